"""Where the resources are found: an installed package's data folder, else a checkout's
resources/; neither is a clear error, not a path that leads to a font-file traceback."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cjdesigner import resources

REPO = Path(__file__).resolve().parents[1]


def make_package(root: Path) -> Path:
    package = root / "cjdesigner"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    return package


def test_an_installed_package_uses_its_data_folder(tmp_path: Path) -> None:
    package = make_package(tmp_path / "site-packages")
    (package / "data" / "templates").mkdir(parents=True)
    (tmp_path / "site-packages" / "resources").mkdir()  # a stray folder there is not used
    assert resources.locate(package) == package / "data"


def test_a_checkout_uses_resources_beside_pyproject(tmp_path: Path) -> None:
    package = make_package(tmp_path / "checkout")
    (tmp_path / "checkout" / "resources").mkdir()
    (tmp_path / "checkout" / "pyproject.toml").write_text("[project]\n")
    assert resources.locate(package) == tmp_path / "checkout" / "resources"


def test_a_resources_folder_found_by_folder_depth_alone_is_not_taken(tmp_path: Path) -> None:
    package = make_package(tmp_path / "lib")
    (tmp_path / "lib" / "resources").mkdir()  # no pyproject.toml: not a checkout
    with pytest.raises(resources.ResourcesMissing, match="reinstall"):
        resources.locate(package)


def test_this_run_reads_the_checkout_or_the_installed_data() -> None:
    assert (resources.ROOT / "templates").is_dir() and resources.FONT_REGULAR.is_file()
    assert resources.ROOT.name in ("resources", resources.PACKAGE_DATA)


# -- an install without its resources folder: one line and exit status 1, never a traceback

_BROKEN_RUN = """
import sys
from pathlib import Path
import cjdesigner.resources as resources
resources._package_folder = lambda: Path(sys.argv[1])  # an install without data/
from cjdesigner.cli import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("command", [
    ["templates"],
    ["new", "five-stage-journey", "-o", "{out}/new.cjm"],
    ["export", "{map}", "-o", "{out}/poster.pdf"],
    ["export", "{map}", "-o", "{out}/picture.png"],
    ["export", "{map}", "-o", "{out}/page.html"],
    ["{map}"],  # the editor
], ids=["templates", "new", "pdf", "png", "html", "editor"])
def test_a_missing_resources_folder_is_one_line_and_exit_1(
    tmp_path: Path, command: list[str]
) -> None:
    import subprocess
    import sys

    from cjdesigner.fileio import save
    from cjdesigner.model.sample import sample_map

    package = make_package(tmp_path / "site-packages")  # no data/, no checkout around it
    out = tmp_path / "out"
    out.mkdir()
    save(sample_map(), tmp_path / "map.cjm")
    argv = [part.format(map=tmp_path / "map.cjm", out=out) for part in command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", _BROKEN_RUN, str(package), *argv],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines[0].startswith("cjdesigner: cjdesigner's resources are missing")
    assert "reinstall" in lines[0]
    assert list(out.iterdir()) == []  # nothing half-written


def test_the_editor_says_it_in_process_too(tmp_path: Path, monkeypatch, capsys) -> None:
    from cjdesigner import cli

    package = make_package(tmp_path / "site-packages")
    monkeypatch.setattr(resources, "_package_folder", lambda: package)
    resources.root.cache_clear()
    try:  # the editor looks before the display check and before Qt starts
        assert cli.main([str(tmp_path / "any.cjm")]) == 1
    finally:
        resources.root.cache_clear()
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "resources are missing" in err[0]
