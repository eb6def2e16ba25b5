"""``--force`` replaces only regular files and keeps their owner and mode (issue 9, item 5):
``new``, ``import`` and ``export`` refuse FIFOs, devices, folders, links to those and
read-only files with a clear message, and leave them as they were."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from cjdesigner import cli
from cjdesigner.csvio import export_csv
from cjdesigner.fileio import load, save
from cjdesigner.model.sample import sample_map
from cjdesigner.templates import template_names
from tests.fs_helpers import device_link

ROOT = os.geteuid() == 0


@pytest.fixture
def inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    map_file, csv_file = folder / "map.cjm", folder / "cards.csv"
    save(sample_map(), map_file)
    export_csv(sample_map(), csv_file)
    return {"map": map_file, "csv": csv_file}


def command(name: str, inputs: dict[str, Path], output: Path) -> list[str]:
    return {
        "new": ["new", template_names()[0], "-o", str(output), "--force"],
        "import": ["import", str(inputs["csv"]), "-o", str(output), "--force"],
        "export": ["export", str(inputs["map"]), "-o", str(output), "--force"],
    }[name]


def fifo(path: Path) -> str:
    os.mkfifo(path)
    return "FIFO"


def link_to_fifo(path: Path) -> str:
    os.mkfifo(path.with_name("pipe"))
    path.symlink_to(path.with_name("pipe"))
    return "FIFO"


def link_to_device(path: Path) -> str:
    device_link(path)
    return "device"


def folder(path: Path) -> str:
    path.mkdir()
    return "folder"


def read_only(path: Path) -> str:
    save(sample_map(), path) if path.suffix == ".cjm" else path.write_text("x,y\n")
    path.chmod(0o444)
    return "read-only"


@pytest.mark.parametrize("name", ["new", "import", "export"])
@pytest.mark.parametrize("make", [fifo, link_to_fifo, link_to_device, folder, read_only])
def test_force_replaces_only_regular_writable_files(
    name: str, make: Callable[[Path], str], inputs, tmp_path: Path, capsys
) -> None:
    suffix = ".csv" if name == "export" else ".cjm"
    output = tmp_path / f"out{suffix}"
    word = make(output)
    before = os.lstat(output)
    target_before = os.stat(output)
    content = output.read_bytes() if stat.S_ISREG(target_before.st_mode) else None
    assert cli.main(command(name, inputs, output)) == 1
    err = capsys.readouterr().err
    assert word in err and str(output) in err and "Traceback" not in err
    after, target_after = os.lstat(output), os.stat(output)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
    assert (target_after.st_ino, target_after.st_mode) == (target_before.st_ino, target_before.st_mode)
    if content is not None:
        assert output.read_bytes() == content
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize("name", ["new", "import", "export"])
def test_force_keeps_owner_and_mode(name: str, inputs, tmp_path: Path) -> None:
    suffix = ".csv" if name == "export" else ".cjm"
    output = tmp_path / f"out{suffix}"
    save(sample_map(), output) if suffix == ".cjm" else export_csv(sample_map(), output)
    output.chmod(0o640)
    owner = (65534, 65534) if ROOT else (os.getuid(), output.stat().st_gid)
    if ROOT:
        os.chown(output, *owner)
    assert cli.main(command(name, inputs, output)) == 0
    info = output.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert (info.st_uid, info.st_gid) == owner
    if suffix == ".cjm":
        load(output)


def test_without_force_a_fifo_is_named_not_just_existing(tmp_path: Path, capsys) -> None:
    output = tmp_path / "out.cjm"
    os.mkfifo(output)
    assert cli.main(["new", template_names()[0], "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert "FIFO" in err and "--force" not in err  # --force would not help
