"""File-system situations for tests that must never harm the machine: a link to a
character device, and a folder nobody may write into, even the administrator."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def device_link(link: Path) -> Path:
    """Make ``link`` a symbolic link to a character device. The administrator gets a
    private null device beside it (so that code under test that wrongly replaced the
    device could never replace the system's /dev/null); other users link to /dev/null,
    which they cannot replace."""
    if os.geteuid() == 0:
        device = link.with_name(link.name + ".device")
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")
    link.symlink_to(device)
    return device


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.touch()
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``folder`` made read-only for real: ``chmod 555``, and for the administrator (whom
    modes do not stop) the immutable attribute. Where neither holds (root without
    CAP_LINUX_IMMUTABLE, or a file system without attributes), creating files inside it
    is refused by a patched ``os.open``, as the system would refuse it."""
    folder.mkdir(exist_ok=True)
    folder.chmod(0o555)
    immutable = False
    if _writable(folder) and shutil.which("chattr"):
        immutable = subprocess.run(
            ["chattr", "+i", str(folder)], capture_output=True, check=False
        ).returncode == 0
    if _writable(folder):
        real_open = os.open

        def refuse_inside(path, flags, *args, **kwargs):
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse_inside)
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=False)
        folder.chmod(0o755)
