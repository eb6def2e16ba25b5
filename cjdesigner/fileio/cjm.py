"""The .cjm file: canonical JSON, clear errors, atomic saves with a backup. No Qt.

Canonical form (what ``dumps`` writes): UTF-8, keys in the order the model declares its
fields, 2-space indent, ``\\n`` line ends, one final newline, non-ASCII text as is, curve
points in journey order. Loading and saving an unchanged map gives the same bytes.
``dumps`` never touches ``meta.modified``: the editor sets it when the user changes
something, so saving an unchanged map changes nothing.

Loading never raises anything but ``LoadError``; its ``problems`` are lines such as
``cards[12].lane_id: no lane with id 'lane-x'``. JSON types are checked strictly, as the
published JSON Schema states them: ``"votes": "3"`` is refused, never converted (a test
fuzzes that the loader accepts nothing the schema refuses). Size is limited before
parsing, by bytes (``MAX_FILE_BYTES``) and by structure (``MAX_OBJECTS`` …), so a hostile
file costs no more memory than the largest real map. Saving raises ``SaveError`` (an
OSError) and goes through ``atomic_write``.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import hashlib
import json
import math
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from cjdesigner.i18n.messages import Message, msg
from cjdesigner.model import SCHEMA_VERSION, Card, JourneyMap, reference_problems
from cjdesigner.model.guard import FrozenList

from .atomic import (
    ForeignOwnerError,
    NotRegularFileError,
    ReadOnlyFileError,
    atomic_write,
    check_replaceable,
)
from .kinds import SUFFIX as SUFFIX  # also cjm.SUFFIX
from .migrations import MigrationError, NewerVersionError, json_type_name, migrate

MAX_FILE_BYTES = 128 * 1024 * 1024
"""Larger files are refused before reading. Real maps are a few MB; a generated map of
10,000 cards with full descriptions, tags and links is 5.5 MB. The limit is set by the
largest card list an import accepts (``csvio.MAX_BYTES`` of text in ``csvio.MAX_ROWS``
rows, the model's 100,000 cards): such a map is about 90 MB, and what can be imported
must be saved and recovered (tests check the limits agree). Loading costs roughly ten
times the file size."""

MAX_OBJECTS = 250_000
MAX_ARRAYS = 500_000
MAX_VALUES = 4_000_000
"""Limits on the structure, checked on the raw text before it is parsed, so a file of
tiny values (``[{},{},…]`` costs some 20 bytes of memory per byte of file) is refused
before it takes memory. Counted generously (a brace or comma inside text counts too):
a map of 100,000 cards has about 100,000 objects, 200,000 arrays and 1.6 million commas."""

MAX_PROBLEMS = 50
"""At most this many problems are listed for one file, then a count of the rest."""

MAX_PROBLEM_CHARS = 300
"""A problem line is cut to this many characters: a 10 MB key or value in a hostile file
must not become a 10 MB message (laying one out froze the editor's message box for a
minute and a half)."""

MAX_KEY_CHARS = 60
"""A key or id quoted in a message is cut to this many characters."""


def shorten(text: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    """``text`` cut to ``limit`` characters, saying how long it was when cut."""
    if len(text) <= limit:
        return text
    if isinstance(text, Message):  # shorten its values, keep it translatable
        return Message(text.context, text.source, text.plural, {
            name: shorten(value, limit // 2) if isinstance(value, str) else value
            for name, value in text.values.items()})
    note = f"… ({len(text):,} characters)"
    return text[: max(1, limit - len(note))] + note



class LoadError(Exception):
    """A file that could not be read as a journey map; the message is for people.

    ``problems`` holds one line per problem (``json.path: message``), ``source`` the file.
    """

    def __init__(self, source: str, problems: list[str] | str) -> None:
        if isinstance(problems, str):
            problems = [problems]
        self.source = source
        self.problems = [shorten(p) for p in problems] or [msg("Files", "cannot be read")]
        if len(self.problems) > 1:
            text = msg("Files", "{source}: {problem} (and %n more problem(s))",
                       n=len(self.problems) - 1, source=source, problem=self.problems[0])
        else:
            text = msg("Files", "{source}: {problem}", source=source, problem=self.problems[0])
        super().__init__(text)


class SaveError(OSError):
    """A map that was not saved; the message is for people. The old file is untouched."""


class ReadOnlyError(SaveError):
    """Not saved because the file is read-only (or another user's): save under another
    name instead."""


class ChangedOnDiskError(SaveError):
    """Not saved because the file changed on disk since the caller last read or wrote it
    (another editor, a git pull): saving would silently drop that work."""


# -- writing ----------------------------------------------------------------------------


def dumps(doc: JourneyMap) -> str:
    """Canonical text: same map, same bytes (stable key order, 2-space indent, LF)."""
    ordered = _points_in_journey_order(doc)
    if _has_odd_numbers(ordered):
        # NaN or infinity (refused here, as json.dumps refuses them), or a number below
        # 1e-4 that pydantic would spell 0.00001 where Python's canonical one is 1e-05.
        data = ordered.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    # pydantic's serializer writes exactly what json.dumps(indent=2, ensure_ascii=False)
    # writes for every text and every other number, five times faster (tests check it).
    return ordered.model_dump_json(indent=2) + "\n"


def dumps_bytes(doc: JourneyMap) -> bytes:
    """``dumps(doc)`` encoded as UTF-8, which is what a file holds, made without the text
    in between: pydantic's serializer writes bytes, and decoding them into a string only
    to encode it again costs as much as writing them (issue 18: save, import)."""
    ordered = _points_in_journey_order(doc)
    if _has_odd_numbers(ordered):
        return dumps(ordered).encode("utf-8")
    return _SERIALIZER.to_json(ordered, indent=2) + b"\n"


_SERIALIZER = JourneyMap.__pydantic_serializer__

_LISTS = ("personas", "stages", "lanes", "curves", "conflicts")
_EMPTY_CARDS = '\n  "cards": [],\n'


class Snapshot:
    """The canonical text of a map as it is now, to be written out later, in another
    thread, while the map changes: ``Snapshot(doc).text() == dumps(doc)``.

    Taking it costs little (the map's lists are copied, not its items, which are
    immutable: edits replace them). ``pieces`` writes the cards some hundreds at a time,
    so a thread writing a large map hands the interpreter back to the window between
    pieces, where one ``dumps`` call would hold it for the whole map.
    """

    def __init__(self, doc: JourneyMap, cards_per_piece: int = 500) -> None:
        ordered = _points_in_journey_order(doc)
        self._cards = tuple(ordered.cards)
        self._frame = ordered.model_copy(update={
            "cards": [], **{name: list(getattr(ordered, name)) for name in _LISTS}})
        self._per_piece = max(1, cards_per_piece)

    def pieces(self) -> Iterator[str]:
        """The text in pieces; joined, exactly ``dumps`` of the map when it was taken."""
        cards = self._cards
        if _has_odd_numbers(self._frame) or any(_odd(card.emotion) for card in cards):
            yield dumps(self._frame.model_copy(update={"cards": list(cards)}))
            return
        head = self._frame.model_dump_json(indent=2)
        before, found, after = head.partition(_EMPTY_CARDS)
        if not found or _EMPTY_CARDS in after or not cards:
            yield dumps(self._frame.model_copy(update={"cards": list(cards)}))
            return
        yield before + '\n  "cards": [\n'
        for start in range(0, len(cards), self._per_piece):
            # "[\n  {…},\n  {…}\n]": the items two spaces further in, without the brackets
            listed = _CARD_LIST.dump_json(list(cards[start : start + self._per_piece]),
                                          indent=2).decode("utf-8")
            body = "  " + listed[2:-2].replace("\n", "\n  ")
            yield body if start == 0 else ",\n" + body
        yield "\n  ],\n" + after + "\n"

    def text(self) -> str:
        return "".join(self.pieces())


def _points_in_journey_order(doc: JourneyMap) -> JourneyMap:
    """``doc`` with every curve's points in step order (a shallow copy if that differs)."""
    step_order = doc.step_ids()
    curves = []
    for curve in doc.curves:
        points = curve.points
        ordered = {s: points[s] for s in step_order if s in points}
        # Points for unknown steps cannot come from a loaded map; keep them, sorted, so
        # that nothing is silently lost and the output is still deterministic.
        ordered.update({s: points[s] for s in sorted(points) if s not in ordered})
        if list(ordered) != list(points):
            curve = curve.model_copy(update={"points": ordered})
        curves.append(curve)
    if all(new is old for new, old in zip(curves, doc.curves, strict=True)):
        return doc
    return doc.model_copy(update={"curves": curves})


def _odd(value: float | None) -> bool:
    return value is not None and (
        not math.isfinite(value) or (value != 0 and abs(value) < 1e-4)
    )


def _has_odd_numbers(doc: JourneyMap) -> bool:
    """Any number that pydantic and json.dumps write differently (see ``dumps``)?"""
    return (
        any(_odd(card.emotion) for card in doc.cards)
        or any(_odd(step.duration_minutes) for step in doc.steps())
        or any(
            _odd(curve.scale.min)
            or _odd(curve.scale.max)
            or any(_odd(value) for value in curve.points.values())
            for curve in doc.curves
        )
    )


# -- reading ----------------------------------------------------------------------------


Progress = Callable[[float], None]
"""Told the fraction of a load done (0…1); whatever it raises stops the load."""

_CHUNK = 2_000
"""With a progress report, cards are validated this many at a time, so a large map never
holds the interpreter for long (the window stays responsive) and Cancel acts quickly."""


def loads(
    text: str | bytes, source: str = "<text>", progress: Progress | None = None
) -> JourneyMap:
    """A map from .cjm text or bytes; ``source`` names it in messages. ``progress`` is
    called now and then with the fraction done; the result is the same with or without.

    The garbage collector is paused meanwhile: the hundreds of thousands of objects a
    large map is parsed into would otherwise set off collections that walk every object
    of the process, again and again (what is parsed holds no cycles; reference counting
    frees the temporaries)."""
    with _collector_paused():
        return _loads(text, source, progress)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _loads(text: str | bytes, source: str, progress: Progress | None) -> JourneyMap:
    decoded = False
    if len(text) > MAX_FILE_BYTES:
        raise LoadError(source, _too_large(len(text)))
    if isinstance(text, bytes | bytearray):
        raw = bytes(text)
        doc = _canonical(raw) if progress is None else None
        if doc is not None:
            problems = reference_problems(doc)
            if problems:
                raise LoadError(source, _limit(problems))
            return doc
        text = _decode(raw, source)
        decoded = True
    if progress is not None:
        progress(0.05)
    problems = _structure_problems(text)
    if problems:
        raise LoadError(source, problems)
    data = _parse(text, source, progress, decoded)
    try:
        data = migrate(data)
    except (NewerVersionError, MigrationError) as exc:
        raise LoadError(source, exc.args[0] if isinstance(exc.args[0], str) else str(exc)) from None
    problems = _size_problems(data)
    if problems:
        raise LoadError(source, problems)
    try:
        doc = _validate(data, progress)
    except _Invalid as exc:
        raise LoadError(source, _limit([_describe(error) for error in exc.errors])) from None
    except (RecursionError, MemoryError):
        raise LoadError(source, msg("Files", 'the data is nested too deeply or too large')) from None
    problems = reference_problems(doc)
    if problems:
        raise LoadError(source, _limit(problems))
    if progress is not None:
        progress(1.0)
    return doc


class _Invalid(Exception):
    def __init__(self, errors: list[Any]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


_FIELD_ORDER = {name: i for i, name in enumerate(JourneyMap.model_fields)}
_CARD_LIST = TypeAdapter(list[Card])


_CANONICAL_START = f'{{\n  "schema_version": {SCHEMA_VERSION},\n'.encode()


def _canonical(raw: bytes) -> JourneyMap | None:
    """The map, when ``raw`` is byte for byte the text pydantic writes for a valid map of
    the current version (what ``dumps`` writes, but for the rare numbers it spells as
    ``json.dumps`` does), which every file cjdesigner writes is; None otherwise.

    Parsing and validating happen in one pass (pydantic's JSON validator, strict), about
    half the work of ``json.loads`` followed by validation, and the map is then written
    back (to bytes, as the serializer makes them: no decoding, no copies) and compared.
    Equal bytes prove what the full path checks separately: no key twice in one object
    (the serializer never writes one), no lone surrogate, nothing the strict validation
    of parsed JSON would refuse or convert (the text is what the validated map writes;
    a non-finite number, which the JSON validator takes in a conflict's value, is
    written as ``null`` and so never compares equal). The structure limits are checked
    first, on the bytes, exactly as on the full path, so a hostile file costs no more
    memory here. Anything else, and every error, takes the full path, which says what is
    wrong. References are checked by the caller, as on the full path.
    """
    if not raw.startswith(_CANONICAL_START) or not raw.endswith(b"}\n") or _structure_problems(raw):
        return None
    try:
        doc = JourneyMap.model_validate_json(raw, strict=True, context=_DEFER)
        if doc.schema_version != SCHEMA_VERSION:
            return None
        written = _SERIALIZER.to_json(doc, indent=2)
    except (ValueError, TypeError, RecursionError, MemoryError):  # ValidationError too
        return None
    # ``written`` is ``raw`` without its final newline: compared in place, without a copy
    if len(written) + 1 != len(raw) or not raw.startswith(written):
        return None
    return doc
_DEFER = {"defer_references": True}


def _validate(data: Any, progress: Progress | None) -> JourneyMap:
    """The document, validated strictly: JSON types as the published schema has them
    ("primary": "yes" and "votes": "3" are refused, not converted and rewritten on the next
    save). With ``progress``, a long card list goes in chunks of ``_CHUNK``; the errors are
    the same, in the same order, as in one piece."""
    context = {"defer_references": True}
    cards = data.get("cards") if isinstance(data, dict) else None
    if progress is None or not isinstance(cards, list) or len(cards) <= _CHUNK:
        try:
            return JourneyMap.model_validate(data, strict=True, context=context)
        except ValidationError as exc:
            raise _Invalid(exc.errors()) from None
    errors: list[Any] = []
    doc = None
    try:
        doc = JourneyMap.model_validate({**data, "cards": []}, strict=True, context=context)
    except ValidationError as exc:
        errors.extend(exc.errors())
    validated: list[Card] = []
    for start in range(0, len(cards), _CHUNK):
        progress(0.5 + 0.45 * start / len(cards))
        try:
            validated.extend(_CARD_LIST.validate_python(cards[start : start + _CHUNK], strict=True))
        except ValidationError as exc:
            for error in exc.errors():
                index = start + int(error["loc"][0])
                errors.append({**error, "loc": ("cards", index, *error["loc"][1:])})
    if errors or doc is None:
        errors.sort(key=lambda error: _FIELD_ORDER.get(str(error["loc"][0]), -1) if error["loc"] else -1)
        raise _Invalid(errors)
    return doc.model_copy(update={"cards": FrozenList(validated)})


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> JourneyMap:
    """Read a .cjm file. Every failure is a ``LoadError`` with a message for people.
    ``progress`` as for ``loads``."""
    path = Path(path)
    source = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(source, msg("Files", 'is a folder, not a map file'))
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(source, msg("Files", 'is not a regular file'))
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
        raise LoadError(source, msg("Files", 'no such file')) from None
    except IsADirectoryError:
        raise LoadError(source, msg("Files", 'is a folder, not a map file')) from None
    except PermissionError:
        raise LoadError(source, msg("Files", 'permission denied (you may not read this file)')) from None
    except OSError as exc:
        raise LoadError(source, msg("Files", 'cannot read ({reason})', reason=exc.strerror or exc)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(source, _too_large(len(raw)))
    doc = loads(raw, source, progress)
    _remember(path, info)
    return doc


def limit_problems(text: str | bytes) -> list[str]:
    """Why ``text`` (a map as ``dumps`` writes it, or its bytes, ``dumps_bytes``) could
    not be loaded back: over the byte or structure limits. Empty when it fits. An import
    checks its map with this, so that nothing is imported that could not be saved,
    recovered and opened again."""
    if isinstance(text, bytes):
        size = len(text)
    else:
        size = len(text.encode("utf-8")) if len(text) * 4 > MAX_FILE_BYTES else len(text)
    if size > MAX_FILE_BYTES:
        return [_too_large(size)]
    return _structure_problems(text)


def _too_large(size: int) -> str:
    return msg("Files", "too large to be a journey map ({size:.0f} MB; the limit is {limit} MB, "
               "enough for 100,000 cards)", size=size / 1024 / 1024,
               limit=MAX_FILE_BYTES // 1024 // 1024)


def _structure_problems(text: str | bytes) -> list[str]:
    """Far more objects, arrays or values than any map has, counted before parsing (in
    the text or its UTF-8 bytes: the counts are the same, as these are ASCII)."""
    problems: list[str] = []
    for char, limit, what in (
        ("{", MAX_OBJECTS, msg("Files", "objects ({…})")),
        ("[", MAX_ARRAYS, msg("Files", "arrays ([…])")),
        (",", MAX_VALUES, msg("Files", "values")),
    ):
        if len(text) <= limit:  # cannot hold more (a count costs a pass over the text)
            continue
        count = text.count(char) if isinstance(text, str) else text.count(char.encode())
        if count > limit:
            problems.append(
                msg("Files", 'too large to be a journey map: {count:,} {what}, more than the {limit:,} that a map of 100,000 cards could need', count=count, what=what, limit=limit)
            )
    return problems[:1]


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
            raise LoadError(source, msg("Files", 'is encoded as {name}; .cjm files are UTF-8', name=name))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LoadError(
            source,
            msg("Files", 'is not UTF-8 text (byte 0x{value:02x} on line {line}); .cjm files are UTF-8', value=raw[exc.start], line=line),
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


def _counting(
    progress: Progress, total: int
) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """``_object`` that reports progress every few thousand objects (0.1…0.5)."""
    seen = 0

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal seen
        seen += 1
        if seen % 5_000 == 0:
            progress(0.1 + 0.4 * seen / max(total, 1))
        return _object(pairs)

    return hook


def _parse(text: str, source: str, progress: Progress | None = None,
           decoded: bool = False) -> Any:
    """The JSON data of ``text``; ``decoded``: the text was decoded from UTF-8 here, so
    only an escape (``\\ud800``) can put a lone surrogate in it."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise LoadError(source, msg("Files", 'the file is empty'))
    if "\n<<<<<<< " in "\n" + text or "\n>>>>>>> " in text:
        raise LoadError(
            source, msg("Files", 'contains merge conflict markers (<<<<<<<); resolve the conflict first')
        )
    hook = _object if progress is None else _counting(progress, text.count("{"))
    try:
        data = json.loads(text, object_pairs_hook=hook)
    except _DuplicateKey as exc:
        raise LoadError(
            source, msg("Files", 'not valid: the key {value!r} appears twice in one object', value=shorten(str(exc), MAX_KEY_CHARS))
        ) from None
    except json.JSONDecodeError as exc:
        # a string left open runs to the end of the text: the file ends inside it
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            message = msg("Files", "the file ends too early; it may be truncated (line {line}, column {column})",
                          line=exc.lineno, column=exc.colno)
        else:
            message = msg("Files", "not valid JSON: {reason} (line {line}, column {column})",
                          reason=exc.msg, line=exc.lineno, column=exc.colno)
        raise LoadError(source, message) from None
    except RecursionError:
        raise LoadError(source, msg("Files", 'not a journey map: the JSON is nested too deeply')) from None
    except MemoryError:
        raise LoadError(source, msg("Files", 'too large to load into memory')) from None
    except ValueError:  # an integer with thousands of digits (Python refuses > 4300)
        raise LoadError(
            source, msg("Files", 'not valid JSON: a number is too large{long_number}', long_number=_long_number(text))
        ) from None
    if _ESCAPED_SURROGATE.search(text) or (not decoded and not _encodable(text)):
        problems: list[str] = [
            msg("Files", "{path}: not valid text (a lone surrogate \\u{code:04x}, half of a character)",
                path=json_path(path), code=next(ord(c) for c in value if 0xD800 <= ord(c) < 0xE000))
            for path, value in _strings(data)
            if not _encodable(value)
        ]
        if problems:
            raise LoadError(source, _limit(problems))
    return data


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_LONG_NUMBER = re.compile(r"\d{1000,}")


def _long_number(text: str) -> str:
    match = _LONG_NUMBER.search(text)
    if match is None:  # pragma: no cover - json only refuses long numbers
        return ""
    line = text.count("\n", 0, match.start()) + 1
    column = match.start() - text.rfind("\n", 0, match.start())
    return msg("Files", " ({count:,} digits, line {line}, column {column})",
               count=len(match.group()), line=line, column=column)


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _strings(node: Any, path: tuple[int | str, ...] = ()) -> Iterator[tuple[tuple[int | str, ...], str]]:
    """Every text in parsed JSON, keys included, with its path."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key), key
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, index))


def _size_problems(data: dict[str, Any]) -> list[str]:
    """Top-level lists longer than the model allows, found before validating them all."""
    problems: list[str] = []
    for name, field in JourneyMap.model_fields.items():
        limit = next((m.max_length for m in field.metadata if hasattr(m, "max_length")), None)
        value = data.get(name)
        if limit is not None and isinstance(value, list) and len(value) > limit:
            problems.append(msg("Files", '{name}: {count:,} entries, more than the {limit:,} allowed', name=name, count=len(value), limit=limit))
    return problems


def _limit(problems: list[str]) -> list[str]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    return [*problems[:MAX_PROBLEMS],
            msg("Files", "… and %n more problem(s)", n=len(problems) - MAX_PROBLEMS)]


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("cards", 12, "lane_id")`` → ``cards[12].lane_id``; odd keys are quoted."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part == "[key]":
            text += " (key)"
        elif len(part) > MAX_KEY_CHARS:  # a hostile key: cut, quoted
            text += f"[{json.dumps(shorten(part, MAX_KEY_CHARS), ensure_ascii=False)}]"
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


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """SHA-256 (hex) of the file's bytes, None when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def save(
    doc: JourneyMap,
    path: str | os.PathLike[str],
    *,
    overwrite_unreadable: bool = False,
    backup: bool = True,
    expect_digest: str | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Write ``doc`` to ``path`` atomically, keeping the previous file as ``<name>.bak``.

    The text goes to a temporary file in the same folder, is flushed to disk, then
    replaces the old file in one step: a crash leaves the old file or the new one, never
    half of either. Symbolic links are followed. Saving what the file already holds
    writes nothing, so ``.bak`` keeps the version before. The caller sets
    ``doc.meta.modified``.

    Refuses (``SaveError``, nothing written) when the map would not load back, or when
    ``path`` exists but is not a journey map that loads (for example a file that failed to
    open, a damaged map or one from a newer cjdesigner) — unless ``overwrite_unreadable``,
    which is for "Save as…" after the user confirmed replacing that file. Never replaces
    anything but a regular file; a read-only file or one of another user raises
    ``ReadOnlyError``. With ``expect_digest`` (the SHA-256 of the bytes the caller last
    read or wrote) a file that now holds anything else raises ``ChangedOnDiskError``.
    ``progress`` is told when the map has been written as text and checked (see
    ``save_problems``); what it raises stops the save before anything is written.
    Returns the bytes the file holds now.
    """
    shown = str(path)
    try:
        data = dumps_bytes(doc)
    except (ValueError, TypeError) as exc:  # NaN set by code, lone surrogates …
        raise SaveError(
            msg("Files", '{shown}: not saved: the map holds a value that cannot be written ({exc})', shown=shown, exc=exc)
        ) from None
    problems = save_problems(doc, data)
    if problems:
        why = LoadError(shown, _limit(problems))
        raise SaveError(msg("Files", 'not saved, the map has problems: {why}', why=why)) from None
    if progress is not None:
        progress(0.5)
    target = Path(os.path.realpath(path))
    try:
        old = check_replaceable(path)
    except ReadOnlyFileError:
        raise ReadOnlyError(
            msg("Files", '{shown}: not saved: the file is read-only; save under another name', shown=shown)
        ) from None
    except IsADirectoryError:
        raise SaveError(msg("Files", '{shown}: cannot save: it is a folder', shown=shown)) from None
    except NotRegularFileError as exc:
        raise SaveError(msg("Files", '{shown}: not saved: {strerror}', shown=shown, strerror=exc.strerror)) from None
    except OSError as exc:
        raise SaveError(msg("Files", '{shown}: cannot save ({reason})', shown=shown, reason=exc.strerror or exc)) from None
    if old is not None:
        if expect_digest is not None and file_digest(target) != expect_digest:
            raise ChangedOnDiskError(
                msg("Files", '{shown}: not saved: the file changed on disk since it was opened or saved', shown=shown)
            )
        if not overwrite_unreadable and not is_known_good(target):
            try:
                load(target)
            except LoadError as exc:
                raise SaveError(
                    msg("Files", '{shown}: not overwritten, because the file there does not open as a journey map ({value}). Save under another name.', shown=shown, value='; '.join(exc.problems[:1]))
                ) from None
        if old.st_size == len(data) and _same_bytes(target, data):
            # Nothing changed: leave the file (and the older version in .bak) alone.
            _remember(target, old)
            return data
    try:
        atomic_write(target, data, backup=backup)
    except ForeignOwnerError as exc:
        raise ReadOnlyError(
            msg("Files", '{shown}: not saved: {strerror}; save under another name', shown=shown, strerror=exc.strerror)
        ) from None
    except OSError as exc:
        raise SaveError(msg("Files", '{shown}: cannot save ({reason})', shown=shown, reason=exc.strerror or exc)) from None
    with contextlib.suppress(OSError):
        _remember(target, os.stat(target))
    return data


def save_problems(doc: JourneyMap, data: bytes) -> list[str]:
    """Why ``data`` (``dumps(doc)`` as UTF-8) would not load back; empty when it would.

    Every value of a map was validated when its object was made (loaded, or built by an
    edit, which validates what it sets) and the objects are immutable, so what loading
    could still refuse is what no single object knows: the file's size and structure
    limits, and the references between objects (ids unique, every id named exists).
    ``dumps`` has already refused what cannot be written (NaN, lone surrogates). These
    are the loader's own checks, at a tenth of the cost of loading the text again."""
    if len(data) > MAX_FILE_BYTES:
        return [_too_large(len(data))]
    return _structure_problems(data) or reference_problems(doc)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(data) + 1) == data
    except OSError:
        return False
