"""Never replace what the user did not mean to (issue 9, items 5 and 7): read-only files,
FIFOs, devices and folders are refused; owner and mode survive a save; temporary files of
killed saves are tidied by the next save; a refused save leaves no stray ``.bak``."""

from __future__ import annotations

import fcntl
import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cjdesigner.fileio import (
    NotRegularFileError,
    ReadOnlyError,
    ReadOnlyFileError,
    SaveError,
    atomic,
    atomic_write,
    load,
    remove_stale_temps,
    save,
)
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields
from tests.fs_helpers import device_link

ROOT = os.geteuid() == 0
OTHER_UID = 65534  # nobody


def changed(title: str = "Changed"):
    doc = sample_map()
    set_fields(doc, "meta", title=title)
    return doc


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_read_only_map_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    before = path.read_bytes()
    path.chmod(0o444)
    with pytest.raises(ReadOnlyError, match="read-only"):
        save(changed(), path)
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o444
    assert names(tmp_path) == ["m.cjm"]  # no .bak, no temporary file
    with pytest.raises(ReadOnlyFileError):
        atomic_write(path, b"x")  # exports too
    assert path.read_bytes() == before


def test_a_fifo_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "m.cjm"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="FIFO"):
        save(sample_map(), fifo, overwrite_unreadable=True)
    with pytest.raises(NotRegularFileError, match="FIFO"):
        atomic_write(fifo, b"data")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert names(tmp_path) == ["m.cjm"]


def test_a_link_to_a_device_is_not_replaced(tmp_path: Path) -> None:
    link = tmp_path / "out.csv"
    device_link(link)
    with pytest.raises(NotRegularFileError, match="device"):
        atomic_write(link, b"data")
    assert link.is_symlink() and stat.S_ISCHR(os.stat(link).st_mode)


def test_save_keeps_mode_and_owner(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    path.chmod(0o640)
    owner = (OTHER_UID, OTHER_UID) if ROOT else (os.getuid(), path.stat().st_gid)
    if ROOT:
        os.chown(path, *owner)  # the administrator saves a colleague's map
    save(changed(), path)
    info = path.stat()
    assert load(path).meta.title == "Changed"
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert (info.st_uid, info.st_gid) == owner


def _as_other_user(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter that becomes user ``nobody`` once it has imported
    cjdesigner (the interpreter itself may live where nobody may read)."""
    prelude = (
        "import os, cjdesigner.fileio.cjm, cjdesigner.model.sample\n"
        f"os.setgroups([]); os.setgid({OTHER_UID}); os.setuid({OTHER_UID})\n"
    )
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True, text=True, timeout=60,
        cwd=str(Path(__file__).resolve().parents[2]),
    )


@pytest.fixture
def shared_folder():
    """A sticky, world-writable folder that another user can reach (like /tmp)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="cjd-sticky-", dir="/tmp"))
    folder.chmod(0o1777)
    yield folder
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


@pytest.mark.skipif(not ROOT, reason="needs a second user: run as root to switch to nobody")
def test_another_users_map_in_a_sticky_folder_is_refused_without_a_stray_bak(
    shared_folder: Path,
) -> None:
    path = shared_folder / "m.cjm"
    save(sample_map(), path)
    path.chmod(0o666)  # anyone may write it; but replacing it would change its owner
    before = path.read_bytes()
    result = _as_other_user(f"""
        from cjdesigner.fileio import ReadOnlyError, save
        from cjdesigner.model.sample import sample_map
        doc = sample_map().with_meta(title="Theirs")
        try:
            save(doc, {str(path)!r})
        except ReadOnlyError as exc:
            print("refused:", exc)
    """)
    assert "refused:" in result.stdout and "another user" in result.stdout, result.stderr
    assert path.read_bytes() == before
    assert path.stat().st_uid == 0
    assert names(shared_folder) == ["m.cjm"]  # no .bak, no temporary file


def test_a_refused_replace_leaves_no_new_bak(tmp_path: Path, monkeypatch) -> None:
    """The replace itself is refused (a sticky folder, a locked file on Windows): the old
    version must not show up as a fresh ``.bak`` beside the untouched file."""
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    real_replace = os.replace

    def refuse_the_map(src, dst):
        if Path(dst) == path:
            raise PermissionError(1, "Operation not permitted")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", refuse_the_map)
    with pytest.raises(SaveError, match="Operation not permitted"):
        save(changed(), path)
    assert names(tmp_path) == ["m.cjm"]


def _leftover(folder: Path, name: str, age: float = 0) -> Path:
    path = folder / name
    path.write_bytes(b"half a map")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def test_the_next_save_removes_temporary_files_of_killed_saves(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    dead = [
        _leftover(tmp_path, ".m.cjm.0123abcd.tmp"),
        _leftover(tmp_path, ".m.cjm.bak.89abcdef.tmp"),
    ]
    others = [
        _leftover(tmp_path, ".other.cjm.0123abcd.tmp"),  # another map's
        _leftover(tmp_path, ".m.cjm.notours.tmp"),  # not our pattern
        _leftover(tmp_path, "m.cjm.0123abcd.tmp"),  # not hidden: not ours
    ]
    # a live save of another process: locked while it writes
    live = _leftover(tmp_path, ".m.cjm.feedf00d.tmp")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl,sys,time;f=open(sys.argv[1],'rb');"
         "fcntl.flock(f,fcntl.LOCK_EX);print('locked',flush=True);time.sleep(60)", str(live)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        # an hour from now, every one of these files is old
        later = time.time() + 3600
        monkeypatch.setattr(atomic, "_now", lambda: later)
        save(changed(), path)
    finally:
        holder.kill()
        holder.wait()
    assert not any(p.exists() for p in dead)
    assert all(p.exists() for p in others)
    assert live.exists()
    assert names(tmp_path) == sorted(["m.cjm", "m.cjm.bak", live.name] + [p.name for p in others])


def test_fresh_temporary_files_are_left_alone(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    fresh = _leftover(tmp_path, ".m.cjm.0123abcd.tmp")
    save(changed(), path)  # a save a moment later: that file may be a live one
    assert fresh.exists()
    assert remove_stale_temps(path) == []
    later = time.time() + atomic.STALE_TEMP_SECONDS + 1
    monkeypatch.setattr(atomic, "_now", lambda: later)
    assert remove_stale_temps(path) == [fresh]


def test_the_lock_a_writer_holds_is_seen(tmp_path: Path) -> None:
    path = tmp_path / "m.cjm"
    temp = _leftover(tmp_path, ".m.cjm.0123abcd.tmp")
    with open(temp, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert remove_stale_temps(path, older_than=0) == []
    assert remove_stale_temps(path, older_than=0) == [temp]


def test_a_save_killed_with_sigkill_is_tidied_by_the_next_one(tmp_path: Path, monkeypatch) -> None:
    """A real SIGKILL in the middle of writing (the data is in the temporary file, not yet
    flushed): the file stays as it was, and the next save removes the dead temporary file
    once it is older than a minute (and, the writer being dead, no longer locked)."""
    import signal

    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    before = path.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import os, sys, time
            from cjdesigner.fileio import atomic, save
            from cjdesigner.model.sample import sample_map
            def hang(fd):
                print("writing", flush=True)
                time.sleep(60)
            atomic.os.fsync = hang
            doc = sample_map().with_meta(title="Killed")
            save(doc, {str(path)!r})
        """)],
        stdout=subprocess.PIPE, text=True, cwd=str(Path(__file__).resolve().parents[2]),
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        leftovers = list(tmp_path.glob(".m.cjm.*.tmp"))
        assert len(leftovers) == 1
        # while the writer lives, its temporary file is locked: even an "old" one stays
        later = time.time() + atomic.STALE_TEMP_SECONDS + 1
        monkeypatch.setattr(atomic, "_now", lambda: later)
        assert remove_stale_temps(path) == []
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    assert path.read_bytes() == before and leftovers[0].exists()
    save(changed("After the crash"), path)
    assert not leftovers[0].exists()
    assert names(tmp_path) == ["m.cjm", "m.cjm.bak"]
    assert load(path).meta.title == "After the crash"
