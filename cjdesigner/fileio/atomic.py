"""Atomic file replacement with an optional backup, for maps, CSV and every export. No Qt.

``atomic_write(path, data, backup)`` writes ``data`` to a temporary file beside the target,
flushes it to disk, keeps the file's permission bits, optionally keeps the old version as
``<name>.bak`` and then replaces the target in one step: a crash leaves the old file or the
new one, never half of either. A symbolic link is followed, so its target is replaced and
the link stays a link. Failures raise ``OSError`` and leave the old file untouched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from pathlib import Path


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version is kept: ``map.cjm`` → ``map.cjm.bak``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def atomic_write(path: str | os.PathLike[str], data: bytes, backup: bool = False) -> Path:
    """Replace the file at ``path`` (or create it) with ``data``; returns the real path.

    With ``backup`` an existing file is kept as ``<name>.bak`` (beside the real file when
    ``path`` is a symbolic link). Raises ``IsADirectoryError`` for a folder and ``OSError``
    for anything the system refuses; nothing is left behind then.
    """
    target = Path(os.path.realpath(path))
    try:
        old: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        old = None
    if old is not None and stat.S_ISDIR(old.st_mode):
        raise IsADirectoryError(21, "is a folder", str(path))
    tmp = _write_temp(target, data, old)
    try:
        if old is not None and backup:
            _backup(target)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(target.parent)
    return target


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _write_temp(target: Path, data: bytes, old: os.stat_result | None) -> Path:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = _temp_name(target)
        try:
            fd = os.open(tmp, flags, 0o666)  # the umask applies, as for any new file
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 random collisions
        raise FileExistsError(f"no free temporary name beside {target}")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if old is not None:
            with contextlib.suppress(OSError):
                os.chmod(tmp, stat.S_IMODE(old.st_mode))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _backup(target: Path) -> None:
    """Keep the current file as ``.bak`` without a moment when ``target`` is missing."""
    tmp = _temp_name(backup_path(target))
    try:
        try:
            os.link(target, tmp)  # cheap and exact; not every file system has hard links
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, backup_path(target))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
