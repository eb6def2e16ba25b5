"""Atomic file replacement with an optional backup, for maps, CSV and every export. No Qt.

``atomic_write(path, data, backup)`` writes ``data`` to a temporary file beside the target,
flushes it to disk, keeps the file's permission bits and owner, optionally keeps the old
version as ``<name>.bak`` and then replaces the target in one step: a crash leaves the old
file or the new one, never half of either. A symbolic link is followed, so its target is
replaced and the link stays a link. Failures raise ``OSError`` naming the file the user
asked for (never a temporary file) and leave the old file, and the old ``.bak``, untouched.

Never replaced: anything but a regular file (``NotRegularFileError``: a folder, a FIFO, a
device, a socket, or a link to one), a read-only file (``ReadOnlyFileError``: no write
permission bit, or none for this user), and a file whose owner cannot be kept
(``ForeignOwnerError``: replacing it would hand it to this user).

Temporary files are named ``.<name>.<8 hex digits>.tmp`` and locked until renamed; a save
that was killed leaves one behind, and the next write of the same file removes those that
are older than ``STALE_TEMP_SECONDS`` and not locked by a live process.

``atomic_stream(path)`` is the same for output written piece by piece (the large SVG and
PNG exports): a ``with`` block writes to the temporary file, so memory stays bounded by
the pieces.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

try:  # POSIX: a temporary file being written is locked, so no cleanup takes it away
    import fcntl
except ImportError:  # pragma: no cover - Windows: the age alone tells a stale file
    fcntl = None  # type: ignore[assignment]

STALE_TEMP_SECONDS = 60
"""A temporary file untouched for this long, and not locked, belongs to a save that died:
a live save holds a lock on its temporary file from the moment it is created until it
has become the target (POSIX), and a file being written is never older than a minute
without being locked."""


class NotRegularFileError(OSError):
    """The target exists but is not a regular file (folder, FIFO, device, socket)."""


class ReadOnlyFileError(PermissionError):
    """The target is read-only (for everyone, or for this user)."""


class ForeignOwnerError(PermissionError):
    """The target belongs to another user, and a replacement would belong to this one."""


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version is kept: ``map.cjm`` → ``map.cjm.bak``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def file_kind(mode: int) -> str:
    """What a file is, for messages: "a folder", "a FIFO (named pipe)" …"""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "not a regular file"


def is_read_only(path: str | os.PathLike[str], info: os.stat_result | None = None) -> bool:
    """True for a file without any write permission bit (``chmod 444``; this holds for the
    administrator too, who could write anyway) or one this user may not write."""
    try:
        info = info or os.stat(path)
    except OSError:
        return False
    if stat.S_IMODE(info.st_mode) & 0o222 == 0:
        return True
    return not os.access(path, os.W_OK)


def check_replaceable(path: str | os.PathLike[str]) -> os.stat_result | None:
    """Why ``path`` (links followed) must not be replaced, raised as ``OSError``; its
    status when it may be, None when there is no such file yet."""
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(
            errno.EINVAL,
            f"it is {file_kind(info.st_mode)}, not a regular file; only regular files are "
            "replaced",
            str(path),
        )
    if is_read_only(target, info):
        raise ReadOnlyFileError(errno.EACCES, "the file is read-only", str(path))
    return info


def atomic_write(path: str | os.PathLike[str], data: bytes, backup: bool = False) -> Path:
    """Replace the file at ``path`` (or create it) with ``data``; returns the real path.

    With ``backup`` an existing file is kept as ``<name>.bak`` (beside the real file when
    ``path`` is a symbolic link). Raises ``IsADirectoryError`` for a folder, the errors of
    ``check_replaceable`` and ``OSError`` for anything the system refuses; nothing is left
    behind then.
    """
    target = Path(os.path.realpath(path))
    old = check_replaceable(path)
    try:
        tmp, lock = _write_temp(target, data, old)
    except OSError as exc:
        raise _about(exc, path, target) from None
    staged_backup: Path | None = None
    try:
        if old is not None and backup:
            staged_backup = _stage_backup(target)
        os.replace(tmp, target)
    except BaseException as exc:
        for leftover in (tmp, staged_backup):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
        if isinstance(exc, OSError):
            raise _about(exc, path, target) from None
        raise
    finally:
        if lock is not None:
            os.close(lock)  # the temporary file is the target now (or gone)
    if staged_backup is not None:
        # Only now, so a refused replace never leaves a new .bak behind. Should this fail
        # (a .bak that is a folder), the save stands and the old .bak stays as it was.
        try:
            os.replace(staged_backup, backup_path(target))
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(staged_backup)
    _fsync_folder(target.parent)
    remove_stale_temps(target)
    return target


def _about(exc: OSError, shown: str | os.PathLike[str], target: Path) -> OSError:
    """The same error, naming the file the user asked for rather than a temporary one."""
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        reason = f"the folder {target.parent} does not exist"
    return type(exc)(exc.errno or errno.EIO, reason, str(shown))


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")


def _lock(fd: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _write_temp(target: Path, data: bytes, old: os.stat_result | None) -> tuple[Path, int | None]:
    """The data in a new temporary file beside ``target``, flushed to disk. Where files
    can be locked, the file stays open and locked (the descriptor is returned, for the
    caller to close once the file is renamed), so no cleanup takes it for a dead one."""
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
    keep_open = fcntl is not None  # elsewhere an open file could not be renamed
    try:
        _lock(fd)
        with os.fdopen(fd, "wb", closefd=not keep_open) as handle:
            if old is not None:
                _keep_owner_and_mode(handle.fileno(), old, target)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        if keep_open:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp, fd if keep_open else None


@contextlib.contextmanager
def atomic_stream(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """:func:`atomic_write` for output written piece by piece (large exports): the
    ``with`` block writes to the temporary file (locked until renamed, as in
    :func:`_write_temp`), and ``path`` is replaced only when the block ends without an
    exception; otherwise the temporary file goes and ``path`` stays as it was. Same
    checks, owner, mode and errors as :func:`atomic_write` (no backup)."""
    target = Path(os.path.realpath(path))
    old = check_replaceable(path)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        for _ in range(100):
            tmp = _temp_name(target)
            try:
                fd = os.open(tmp, flags, 0o666)  # the umask applies, as for any new file
            except FileExistsError:
                continue
            break
        else:  # pragma: no cover - 100 random collisions
            raise FileExistsError(f"no free temporary name beside {target}")
    except OSError as exc:
        raise _about(exc, path, target) from None
    try:
        with os.fdopen(fd, "w+b") as handle:
            _lock(fd)
            if old is not None:
                _keep_owner_and_mode(fd, old, target)
            yield handle
            handle.flush()
            os.fsync(fd)
            if fcntl is not None:  # renamed while still open and locked
                os.replace(tmp, target)
        if fcntl is None:  # pragma: no cover - Windows renames only closed files
            os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _about(exc, path, target) from None
        raise
    _fsync_folder(target.parent)
    remove_stale_temps(target)


def _keep_owner_and_mode(fd: int, old: os.stat_result, target: Path) -> None:
    if os.name != "posix":  # pragma: no cover - Windows has neither owners nor modes here
        return
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) != (old.st_uid, old.st_gid):
        try:
            os.fchown(fd, old.st_uid, old.st_gid)
        except PermissionError:
            if mine.st_uid != old.st_uid:
                raise ForeignOwnerError(
                    errno.EPERM,
                    "it belongs to another user, and replacing it would make it yours",
                    str(target),
                ) from None
            with contextlib.suppress(OSError):  # the group, where this user is in it
                os.fchown(fd, -1, old.st_gid)
    with contextlib.suppress(OSError):
        os.chmod(fd, stat.S_IMODE(old.st_mode))


def _stage_backup(target: Path) -> Path:
    """A copy of the current file under a temporary name, to become ``.bak`` once the
    new version is in place."""
    tmp = _temp_name(backup_path(target))
    try:
        try:
            os.link(target, tmp)  # cheap and exact; not every file system has hard links
        except OSError:
            shutil.copy2(target, tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


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


# -- temporary files of saves that died ---------------------------------------------------

_now = time.time


def _temp_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}(?:\.bak)?\.[0-9a-f]{{8}}\.tmp")


def remove_stale_temps(
    path: str | os.PathLike[str], older_than: float = STALE_TEMP_SECONDS
) -> list[Path]:
    """Remove the temporary files that writes of ``path`` left behind when they were
    killed: only names of our own pattern for this very file, only regular files
    untouched for ``older_than`` seconds, never one that a live process holds locked.
    Returns what was removed; errors are ignored (this is tidying, not saving)."""
    target = Path(os.path.realpath(path))
    pattern = _temp_pattern(target)
    removed: list[Path] = []
    now = _now()
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.fullmatch(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        # ctime too: a staged backup is a hard link, with the old file's mtime
        if not stat.S_ISREG(info.st_mode) or now - max(info.st_mtime, info.st_ctime) < older_than:
            continue
        if _remove_unless_locked(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed


def _remove_unless_locked(path: Path) -> bool:
    if fcntl is None:  # pragma: no cover - Windows
        with contextlib.suppress(OSError):
            path.unlink()
            return True
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live process is writing it
        try:
            path.unlink()
        except OSError:
            return False
        return True
    finally:
        os.close(fd)
