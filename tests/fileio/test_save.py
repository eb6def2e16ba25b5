"""Atomic saves with a backup; a file that does not load is never overwritten."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cjdesigner.fileio import SaveError, backup_path, cjm, dumps, load, save
from cjdesigner.model import SCHEMA_VERSION, Card, JourneyMap
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields


def test_new_file_has_no_backup_and_no_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    assert path.read_text(encoding="utf-8") == dumps(sample_map())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjm"]


def test_second_save_keeps_the_previous_version(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    first = path.read_bytes()
    doc = load(path)
    set_fields(doc, "meta", title="Second")
    save(doc, path)
    assert backup_path(path) == tmp_path / "m.cjm.bak"
    assert backup_path(path).read_bytes() == first
    assert load(path).meta.title == "Second"
    set_fields(doc, "meta", title="Third")
    save(doc, path)
    assert load(backup_path(path)).meta.title == "Second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjm", "m.cjm.bak"]


def changed(title: str = "Changed") -> JourneyMap:
    doc = sample_map()
    set_fields(doc, "meta", title=title)
    return doc


def test_saving_an_unchanged_map_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    save(changed("One"), path)
    previous = backup_path(path).read_bytes()
    mtime = path.stat().st_mtime_ns
    save(changed("One"), path)
    assert path.stat().st_mtime_ns == mtime
    assert backup_path(path).read_bytes() == previous  # still the version before


def test_save_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    save(changed(), path, backup=False)
    assert not backup_path(path).exists()


def test_file_that_failed_to_load_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    path.write_text('{"schema_version": 2, "cards": [', encoding="utf-8")
    with pytest.raises(SaveError, match="not overwritten"):
        save(sample_map(), path)
    assert path.read_text(encoding="utf-8") == '{"schema_version": 2, "cards": ['
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjm"]
    save(sample_map(), path, overwrite_unreadable=True)  # "Save as…", user confirmed
    assert load(path) == sample_map()
    assert backup_path(path).read_text(encoding="utf-8").endswith("[")


def test_file_from_a_newer_version_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    newer = f'"schema_version": {SCHEMA_VERSION + 4}'
    path.write_text(dumps(sample_map()).replace(f'"schema_version": {SCHEMA_VERSION}', newer))
    with pytest.raises(SaveError, match="newer cjdesigner"):
        save(sample_map(), path)


def test_file_changed_on_disk_is_checked_again(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    assert cjm.is_known_good(path)
    path.write_text("damaged by another program", encoding="utf-8")
    assert not cjm.is_known_good(path)
    with pytest.raises(SaveError):
        save(sample_map(), path)


def test_map_that_would_not_load_back_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    before = path.read_bytes()
    doc = sample_map()
    stray = Card(id="card-x", lane_id="lane-nowhere", step_id="step-ad")  # the edits refuse it
    doc = doc.model_copy(update={"cards": [*doc.cards, stray]})
    with pytest.raises(SaveError, match="cards\\[\\d+\\].lane_id: no lane"):
        save(doc, path)
    doc = sample_map()
    # code building a value around the edits (which refuse it): model_copy does not validate
    doc = doc.model_copy(update={"cards": [doc.cards[0].model_copy(update={"emotion": float("nan")}),
                                           *doc.cards[1:]]})
    with pytest.raises(SaveError, match="cannot be written"):
        save(doc, path)
    assert path.read_bytes() == before
    assert not backup_path(path).exists()


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cjm.os, "fsync", disk_full)
    doc = sample_map()
    set_fields(doc, "meta", title="Changed")
    with pytest.raises(SaveError, match="No space left on device"):
        save(doc, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjm"]


def test_failed_replace_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cjm.os, "replace", refuse)
    with pytest.raises(SaveError, match="Permission denied"):
        save(changed(), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.cjm"]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="cannot save"):
        save(sample_map(), tmp_path / "no" / "such" / "m.cjm")


def test_folder_as_target(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder"):
        save(sample_map(), tmp_path)


def test_save_error_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        save(sample_map(), tmp_path)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_file_mode_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    path.chmod(0o640)
    save(changed(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_symbolic_link_is_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.cjm"
    save(sample_map(), real)
    link = tmp_path / "link.cjm"
    link.symlink_to(real)
    doc = sample_map()
    set_fields(doc, "meta", title="Through the link")
    save(doc, link)
    assert link.is_symlink()
    assert load(real).meta.title == "Through the link"
    assert (tmp_path / "real.cjm.bak").exists()


def test_no_hard_links_falls_back_to_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    first = path.read_bytes()

    def no_links(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(cjm.os, "link", no_links)
    save(changed(), path)
    assert backup_path(path).read_bytes() == first
