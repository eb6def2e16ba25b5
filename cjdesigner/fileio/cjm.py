"""The .cjm file: canonical JSON, clear errors, atomic saves with a backup. No Qt.

Canonical form (what ``dumps`` writes): UTF-8, keys in the order the model declares its
fields, 2-space indent, ``\\n`` line ends, one final newline, non-ASCII text as is, curve
points in journey order. Loading and saving an unchanged map gives the same bytes.
``dumps`` never touches ``meta.modified``: the editor sets it when the user changes
something, so saving an unchanged map changes nothing.

Loading never raises anything but ``LoadError``; its ``problems`` are lines such as
``cards[12].lane_id: no lane with id 'lane-x'``. Saving raises ``SaveError`` (an OSError).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import secrets
import shutil
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner.model import JourneyMap, reference_problems

from .migrations import MigrationError, NewerVersionError, json_type_name, migrate

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Larger files are refused before reading (the biggest real maps are a few MB)."""

MAX_PROBLEMS = 50
"""At most this many problems are listed for one file, then a count of the rest."""

SUFFIX = ".cjm"


class LoadError(Exception):
    """A file that could not be read as a journey map; the message is for people.

    ``problems`` holds one line per problem (``json.path: message``), ``source`` the file.
    """

    def __init__(self, source: str, problems: list[str] | str) -> None:
        if isinstance(problems, str):
            problems = [problems]
        self.source = source
        self.problems = problems or ["cannot be read"]
        text = f"{source}: {self.problems[0]}"
        if len(self.problems) > 1:
            text += f" (and {len(self.problems) - 1} more problem"
            text += "s)" if len(self.problems) > 2 else ")"
        super().__init__(text)


class SaveError(OSError):
    """A map that was not saved; the message is for people. The old file is untouched."""


# -- writing ----------------------------------------------------------------------------


def dumps(doc: JourneyMap) -> str:
    """Canonical text: same map, same bytes (stable key order, 2-space indent, LF)."""
    data = doc.model_dump(mode="json")
    step_order = doc.step_ids()
    for curve in data["curves"]:
        points = curve["points"]
        ordered = {s: points[s] for s in step_order if s in points}
        # Points for unknown steps cannot come from a loaded map; keep them, sorted, so
        # that nothing is silently lost and the output is still deterministic.
        ordered.update({s: points[s] for s in sorted(points) if s not in ordered})
        curve["points"] = ordered
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# -- reading ----------------------------------------------------------------------------


def loads(text: str | bytes, source: str = "<text>") -> JourneyMap:
    """A map from .cjm text or bytes; ``source`` names it in messages."""
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text), source)
    data = _parse(text, source)
    try:
        data = migrate(data)
    except NewerVersionError as exc:
        raise LoadError(source, str(exc)) from None
    except MigrationError as exc:
        raise LoadError(source, str(exc)) from None
    problems = _size_problems(data)
    if problems:
        raise LoadError(source, problems)
    try:
        doc = JourneyMap.model_validate(data, context={"defer_references": True})
    except ValidationError as exc:
        raise LoadError(source, _limit([_describe(error) for error in exc.errors()])) from None
    except (RecursionError, MemoryError):
        raise LoadError(source, "the data is nested too deeply or too large") from None
    problems = reference_problems(doc)
    if problems:
        raise LoadError(source, _limit(problems))
    return doc


def load(path: str | os.PathLike[str]) -> JourneyMap:
    """Read a .cjm file. Every failure is a ``LoadError`` with a message for people."""
    path = Path(path)
    source = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(source, "is a folder, not a map file")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(source, "is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise LoadError(source, _too_large(info.st_size))
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            # Ask for the size the file has (plus one byte to notice growth), not for
            # the limit: read(n) allocates n bytes up front, 200 MB for every load.
            raw = handle.read(min(info.st_size, MAX_FILE_BYTES) + 1)
            if len(raw) > info.st_size:  # grew since fstat: read on, up to the limit
                raw += handle.read(MAX_FILE_BYTES + 1 - len(raw))
            info = os.fstat(handle.fileno())
    except LoadError:
        raise
    except FileNotFoundError:
        raise LoadError(source, "no such file") from None
    except IsADirectoryError:
        raise LoadError(source, "is a folder, not a map file") from None
    except PermissionError:
        raise LoadError(source, "permission denied (you may not read this file)") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(source, _too_large(len(raw)))
    doc = loads(raw, source)
    _remember(path, info)
    return doc


def _too_large(size: int) -> str:
    return (
        f"too large to be a journey map ({size / 1024 / 1024:.0f} MB; "
        f"the limit is {MAX_FILE_BYTES // 1024 // 1024} MB)"
    )


_FOREIGN_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    for bom, name in _FOREIGN_BOMS:
        if raw.startswith(bom):
            raise LoadError(source, f"is encoded as {name}; .cjm files are UTF-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LoadError(
            source,
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} on line {line}); .cjm files are UTF-8",
        ) from None


class _DuplicateKey(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def _parse(text: str, source: str) -> Any:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise LoadError(source, "the file is empty")
    if "\n<<<<<<< " in "\n" + text or "\n>>>>>>> " in text:
        raise LoadError(
            source, "contains merge conflict markers (<<<<<<<); resolve the conflict first"
        )
    try:
        return json.loads(text, object_pairs_hook=_object)
    except _DuplicateKey as exc:
        raise LoadError(
            source, f"not valid: the key {str(exc)!r} appears twice in one object"
        ) from None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            message = f"the file ends too early; it may be truncated ({where})"
        else:
            message = f"not valid JSON: {exc.msg} ({where})"
        raise LoadError(source, message) from None
    except RecursionError:
        raise LoadError(source, "not a journey map: the JSON is nested too deeply") from None
    except MemoryError:
        raise LoadError(source, "too large to load into memory") from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise LoadError(source, f"not valid JSON: {exc}") from None


def _size_problems(data: dict[str, Any]) -> list[str]:
    """Top-level lists longer than the model allows, found before validating them all."""
    problems = []
    for name, field in JourneyMap.model_fields.items():
        limit = next((m.max_length for m in field.metadata if hasattr(m, "max_length")), None)
        value = data.get(name)
        if limit is not None and isinstance(value, list) and len(value) > limit:
            problems.append(f"{name}: {len(value):,} entries, more than the {limit:,} allowed")
    return problems


def _limit(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS], f"… and {len(problems) - MAX_PROBLEMS} more problems"]


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("cards", 12, "lane_id")`` → ``cards[12].lane_id``; odd keys are quoted."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part == "[key]":
            text += " (key)"
        elif part.isidentifier():
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text or "(top level)"


_TYPE_SUFFIXES = ("_type", "_parsing", "finite_number")

_PATTERNS = {
    r"^[A-Za-z0-9_.:\-]+$": "not a valid id (letters, digits and _ . : - only)",
    r"^#[0-9a-fA-F]{6}$": "not a colour such as #3A7BD5",
    r"^([01]\d|2[0-3]):[0-5]\d$": "not a clock time such as 07:30",
}


def _describe(error: Any) -> str:
    kind = error["type"]
    message = error["msg"]
    if kind == "extra_forbidden":
        message = "unknown field (not part of the .cjm format)"
    elif kind == "missing":
        message = "required field is missing"
    elif kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") in _PATTERNS:
        message = _PATTERNS[error["ctx"]["pattern"]]
    else:
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if kind.endswith(_TYPE_SUFFIXES):
            message += f", found {json_type_name(error.get('input'))}"
    return f"{json_path(error['loc'])}: {message}"


# -- saving -----------------------------------------------------------------------------

# Files this process loaded or saved, by real path → (mtime_ns, size). ``save`` uses it
# to skip re-reading a file it knows is a good map; anything else is checked first.
_known_good: dict[str, tuple[int, int]] = {}


def _remember(path: Path, info: os.stat_result) -> None:
    _known_good[os.path.realpath(path)] = (info.st_mtime_ns, info.st_size)


def is_known_good(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a file this process loaded or saved and it is unchanged."""
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except OSError:
        return False
    return _known_good.get(real) == (info.st_mtime_ns, info.st_size)


def save(
    doc: JourneyMap,
    path: str | os.PathLike[str],
    *,
    overwrite_unreadable: bool = False,
    backup: bool = True,
) -> None:
    """Write ``doc`` to ``path`` atomically, keeping the previous file as ``<name>.bak``.

    The text goes to a temporary file in the same folder, is flushed to disk, then
    replaces the old file in one step: a crash leaves the old file or the new one, never
    half of either. Symbolic links are followed. Saving what the file already holds
    writes nothing, so ``.bak`` keeps the version before. The caller sets
    ``doc.meta.modified``.

    Refuses (``SaveError``, nothing written) when the map would not load back, or when
    ``path`` exists but is not a journey map that loads (for example a file that failed to
    open, a damaged map or one from a newer cjdesigner) — unless ``overwrite_unreadable``,
    which is for "Save as…" after the user confirmed replacing that file.
    """
    shown = str(path)
    try:
        data = dumps(doc).encode("utf-8")
    except (ValueError, TypeError) as exc:  # NaN set by code, lone surrogates …
        raise SaveError(
            f"{shown}: not saved: the map holds a value that cannot be written ({exc})"
        ) from None
    try:
        loads(data, shown)
    except LoadError as exc:
        raise SaveError(f"not saved, the map has problems: {exc}") from None
    target = Path(os.path.realpath(path))
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    except OSError as exc:
        raise SaveError(f"{shown}: cannot save ({exc.strerror or exc})") from None
    if old is not None:
        if stat.S_ISDIR(old.st_mode):
            raise SaveError(f"{shown}: cannot save: it is a folder")
        if not overwrite_unreadable and not is_known_good(target):
            try:
                load(target)
            except LoadError as exc:
                raise SaveError(
                    f"{shown}: not overwritten, because the file there does not open as a "
                    f"journey map ({'; '.join(exc.problems[:1])}). Save under another name."
                ) from None
        if old.st_size == len(data) and _same_bytes(target, data):
            # Nothing changed: leave the file (and the older version in .bak) alone.
            _remember(target, old)
            return
    try:
        tmp = _write_temp(target, data, old)
    except OSError as exc:
        raise SaveError(f"{shown}: cannot save ({exc.strerror or exc})") from None
    try:
        if old is not None and backup:
            _backup(target)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise SaveError(f"{shown}: cannot save ({exc.strerror or exc})") from None
    _fsync_folder(target.parent)
    with contextlib.suppress(OSError):
        _remember(target, os.stat(target))


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where ``save`` keeps the previous version: ``map.cjm`` → ``map.cjm.bak``."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def _write_temp(target: Path, data: bytes, old: os.stat_result | None) -> Path:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
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
    bak = backup_path(target)
    tmp = bak.with_name(f".{bak.name}.{secrets.token_hex(4)}.tmp")
    try:
        os.link(target, tmp)  # cheap and exact; not every file system has hard links
    except OSError:
        shutil.copy2(target, tmp)
    try:
        os.replace(tmp, bak)
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
