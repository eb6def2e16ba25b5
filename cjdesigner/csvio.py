"""CSV import and export of cards, for spreadsheet people. No Qt.

One row per card, with these columns (header row, any order)::

    stage, step, lane, lane_kind, title, description, channel, owner, evidence, emotion, tags

Import reads what spreadsheets really write: UTF-8 with or without a BOM (UTF-16 with a
BOM too), Windows-1252 when the bytes are not UTF-8, comma, semicolon or tab delimiters
(sniffed from the header row, the first line that is not blank, or named by Excel's
``sep=;`` first line), CRLF, quoted fields with delimiters and line breaks, blank rows
and missing trailing cells. Stages, steps and lanes are created in order of first
appearance; an empty step means one step named after its stage. Every bad row is
reported with its spreadsheet row number (the header is row 1) and nothing is imported
until every row is good.

Export writes the same columns, one row per card in journey order, UTF-8 with ``\\n``
line ends, and round-trips: export → import → export gives the same file.

Choices worth knowing:

* ``export_csv`` (a file) starts with a UTF-8 BOM, so Excel shows accented text
  correctly; ``export_csv_text`` returns the text without it. Import accepts either.
* Formula injection: a text cell that would start with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return is written with a leading apostrophe, so a spreadsheet shows it as
  text instead of running it; a cell that starts with an apostrophe gets one more. On
  import one leading apostrophe is dropped when the rest starts with one of those
  characters or another apostrophe, so every text survives the round trip. The emotion
  column is a number and is never escaped.
* Within a step, rows follow the lanes in the order the lanes first appear in the file
  (for most maps this is simply the map's lane order); that is the order an import
  rebuilds, so the file is the same after a round trip.
* Card ids, votes, links, colours and evidence sources are not part of the CSV.
* Header spellings: the column names themselves, any case, with spaces or hyphens; and
  a few aliases ("Name" or "Card" for title, "Kind" for lane_kind …). A column named
  exactly wins over an alias for the same column; the alias column is then ignored with
  a warning (a sheet with both "Title" and "Name" keeps "Title").
* ``import_csv(path)`` reads a file, ``import_csv_text(text)`` a string or raw bytes.
* Limits: ``MAX_BYTES`` and ``MAX_ROWS``; and the map made must fit the .cjm limits
  (``fileio.limit_problems``), so that nothing is imported that could not be saved and
  recovered. Tests check that a list at both CSV limits of ordinary text fits.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import count
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from cjdesigner.exchange.filekind import XLSX, describe
from cjdesigner.export.escape import FORMULA_START, csv_cell, csv_field
from cjdesigner.fileio import atomic_write, dumps_bytes, limit_problems, shorten
from cjdesigner.i18n.messages import Lines, Message, msg
from cjdesigner.model import (
    BLUEPRINT_LAYERS,
    Card,
    EmotionCurve,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
    Stage,
    Step,
    channel_label,
    journey_order,
    normalize_word,
    parse_channel,
)
from cjdesigner.model.document import MAX_SHORT, MAX_TEXT

COLUMNS = (
    "stage",
    "step",
    "lane",
    "lane_kind",
    "title",
    "description",
    "channel",
    "owner",
    "evidence",
    "emotion",
    "tags",
)
REQUIRED = ("stage", "lane", "title")
MAX_BYTES = 50_000_000
MAX_ROWS = 100_000
_FORMULA_START = FORMULA_START
_BOM = "\ufeff"

# Header spellings people use besides the column names themselves.
_HEADER_ALIASES = {
    "kind": "lane_kind",
    "lane_type": "lane_kind",
    "card": "title",
    "card_title": "title",
    "name": "title",
    "text": "description",
    "details": "description",
    "evidence_basis": "evidence",
    "emotion_score": "emotion",
    "score": "emotion",
    "tag": "tags",
    "team": "owner",
}


class CsvError(Exception):
    """The CSV could not be imported; ``problems`` holds one message per bad row."""

    #: lines of the message shown, each cut to a readable length (``fileio.shorten``)
    MAX_LINES = 50

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        if isinstance(message, Message) and message.count("\n") <= self.MAX_LINES and all(
                shorten(line) == line for line in message.split("\n")):
            super().__init__(message)  # short enough: kept as a message, said in any language
            self.problems: list[str] = [shorten(p) for p in problems] if problems else [message]
            return
        lines = [shorten(line) for line in message.split("\n")]
        if len(lines) > self.MAX_LINES + 1:
            lines = [*lines[: self.MAX_LINES], f"  … and {len(lines) - self.MAX_LINES:,} more"]
        super().__init__("\n".join(lines))
        self.problems = [shorten(p) for p in problems] if problems else [str(self)]


# -- reading ---------------------------------------------------------------------------


def decode(raw: str | bytes) -> tuple[str, list[str]]:
    """Text from spreadsheet bytes: BOMs honoured, UTF-8 first, then Windows-1252."""
    if isinstance(raw, str):
        return raw.removeprefix(_BOM), []
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), []
        except UnicodeDecodeError as exc:
            raise CsvError(msg("Import", 'not valid UTF-8 after the byte-order mark ({reason})', reason=exc.reason)) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise CsvError(msg("Import", 'not valid UTF-16 ({reason})', reason=exc.reason)) from None
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text, ["the file is not UTF-8; read it as Windows-1252 (Western European)"]


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line (the first line that is not
    blank) uses most; comma on a tie."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > counts[","] else ","


def _unescape(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] and (cell[1] in _FORMULA_START or cell[1] == "'"):
        return cell[1:]
    return cell


_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def parse_emotion(text: str) -> float | None:
    """A number on the −2…+2 scale; a decimal comma and a leading plus are fine."""
    cleaned = text.strip().replace("\u2212", "-")
    if not cleaned:
        return None
    if _DECIMAL_COMMA.fullmatch(cleaned):
        cleaned = cleaned.replace(",", ".")
    if not _NUMBER.fullmatch(cleaned):
        raise ValueError(msg("Import", 'emotion {emotion!r} is not a number', emotion=text.strip()))
    value = float(cleaned)
    if not -2 <= value <= 2:
        raise ValueError(msg("Import", 'emotion {emotion!r} is outside the scale −2…+2', emotion=text.strip()))
    return value


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(";") if tag.strip()]


@dataclass
class _Row:
    number: int
    stage: str
    step: str
    lane: str
    lane_kind: LaneKind | None
    card: dict[str, object] = field(default_factory=dict)


def _header_map(
    header: list[str], row: int, delimiter: str | None, warnings: list[str]
) -> dict[str, int]:
    """Column name → position; ``row`` is the header's spreadsheet row number."""
    exact: dict[str, int] = {}
    aliased: dict[str, list[int]] = {}
    unknown = []
    for position, name in enumerate(header):
        key = normalize_word(name.removeprefix(_BOM))
        if key in COLUMNS:
            if key in exact:
                raise CsvError(msg("Import", 'row {row}: the column {key!r} appears twice', row=row, key=key))
            exact[key] = position
        elif key in _HEADER_ALIASES:
            aliased.setdefault(_HEADER_ALIASES[key], []).append(position)
        elif name.strip():
            unknown.append(name.strip())
    index = dict(exact)
    ignored = []
    for column, positions in aliased.items():
        if column not in index:
            index[column] = positions.pop(0)
        for position in positions:
            ignored.append(msg("Import", "ignored column {name!r}: the {column!r} column is {chosen!r}",
                               name=header[position].strip(), column=column,
                               chosen=header[index[column]].strip()))
    warnings.extend(ignored)
    if unknown:
        warnings.append(msg("Import", "ignored unknown column(s) {names} (known columns: {known})",
                            n=len(unknown), names=", ".join(repr(u) for u in unknown),
                            known=", ".join(COLUMNS)))
    missing = [col for col in REQUIRED if col not in index]
    if missing:
        found = ", ".join(h.strip() for h in header if h.strip())
        raise CsvError(msg(
            "Import", "row {row}: missing required column(s) {missing}; the header row must "
            "name at least {required} (found: {found}){hint}", n=len(missing), row=row,
            missing=", ".join(missing), required=", ".join(REQUIRED),
            found=found or msg("Import", "nothing"), hint=_delimiter_hint(header, delimiter))
        )
    return index


def known_columns(header: list[str]) -> set[str]:
    """The card columns a header row names (by name or alias), for finding the header
    among a spreadsheet's first rows."""
    found = set()
    for name in header:
        key = normalize_word(name.removeprefix(_BOM))
        column = key if key in COLUMNS else _HEADER_ALIASES.get(key)
        if column:
            found.add(column)
    return found


_DELIMITER_NAMES = {",": msg("Import", "commas"), ";": msg("Import", "semicolons"),
                    "\t": msg("Import", "tabs")}


def _delimiter_hint(header: list[str], delimiter: str | None) -> str:
    """When the whole header landed in one cell, say which separator it seems to use."""
    cells = [cell for cell in header if cell.strip()]
    if len(cells) != 1 or delimiter is None:
        return ""
    if delimiter in cells[0]:
        return msg("Import", ". The header is one quoted cell; remove the quotes around the header row")
    found = next((d for d in _DELIMITER_NAMES if d in cells[0]), None)
    if found is None:
        return ""
    if found == "\t":
        return msg("Import", ". The header is one cell containing {found}, but the rows were read "
                   "as separated by {used}: separate every row with {found}",
                   found=_DELIMITER_NAMES[found], used=_DELIMITER_NAMES[delimiter])
    return msg("Import", ". The header is one cell containing {found}, but the rows were read as "
               "separated by {used}: separate every row with {found}, or add a first line "
               "sep={separator}", found=_DELIMITER_NAMES[found],
               used=_DELIMITER_NAMES[delimiter], separator=found)


# Words that repeat down a column (lane kinds, evidence, channels) are looked up once
# per distinct spelling; bounded, as a hostile file may make every cell different.
_lane_kind = lru_cache(maxsize=4096)(LaneKind.parse)
_evidence = lru_cache(maxsize=4096)(Evidence.parse)
_channel = lru_cache(maxsize=4096)(parse_channel)


def _parse_row(number: int, cells: list[str], index: dict[str, int]) -> tuple[_Row, list[str]]:
    width = len(cells)

    def get(column: str) -> str:
        position = index.get(column)
        if position is None or position >= width:
            return ""
        cell = cells[position]
        # a formula guard (a leading ') is taken off, except from the emotion number
        if cell[:1] == "'" and column != "emotion":
            return _unescape(cell)
        return cell

    problems: list[str] = []
    stage = get("stage").strip()
    lane = get("lane").strip()
    if not stage:
        problems.append(msg("Import", 'stage is empty'))
    if not lane:
        problems.append(msg("Import", 'lane is empty'))
    for column, value in (("stage", stage), ("step", get("step").strip()), ("lane", lane)):
        if len(value) > MAX_SHORT:
            problems.append(msg("Import", '{column} is longer than {limit} characters', column=column, limit=MAX_SHORT))
    kind = None
    kind_text = get("lane_kind").strip()
    if kind_text:
        kind = _lane_kind(kind_text)
        if kind is None:
            problems.append(msg("Import", "lane_kind {kind!r} is not a lane kind (use one of: {kinds})",
                                kind=kind_text, kinds=", ".join(k.label for k in LaneKind)))
    evidence = None
    evidence_text = get("evidence").strip()
    if evidence_text:
        evidence = _evidence(evidence_text)
        if evidence is None:
            problems.append(
                msg("Import", 'evidence {evidence_text!r} is not one of observed, assumed, proposed', evidence_text=evidence_text)
            )
    emotion = None
    try:
        emotion = parse_emotion(get("emotion"))
    except ValueError as exc:
        problems.append(exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc))
    title = get("title")
    description = get("description")
    owner = get("owner").strip()
    channel = _channel(get("channel"))
    tags = split_tags(get("tags"))
    for column, value, limit in (
        ("title", title, MAX_SHORT),
        ("description", description, MAX_TEXT),
        ("owner", owner, MAX_SHORT),
        ("channel", channel, MAX_SHORT),
    ):
        if len(value) > limit:
            problems.append(msg("Import", '{column} is longer than {limit} characters', column=column, limit=limit))
    if any(len(tag) > MAX_SHORT for tag in tags):
        problems.append(msg("Import", 'a tag is longer than {limit} characters', limit=MAX_SHORT))
    row = _Row(
        number=number,
        stage=stage,
        step=get("step").strip(),
        lane=lane,
        lane_kind=kind,
        card={
            "title": title,
            "description": description,
            "channel": channel,
            "owner": owner,
            "evidence": evidence,
            "emotion": emotion,
            "tags": tags,
        },
    )
    return row, problems


def import_csv(
    path: str | os.PathLike[str], title: str | None = None, progress: Progress | None = None
) -> tuple[JourneyMap, list[str]]:
    """A new map from a card-list file, and warnings for what was read but not used.

    The title defaults to the file name. Raises ``CsvError`` listing every bad row, its
    message starting with the file name; nothing is half-imported. ``progress`` is called
    now and then with the fraction done (0…1); whatever it raises stops the import (the
    editor's Cancel).
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CsvError(msg("Import", '{path}: too large for a card list ({size:,} bytes)', path=path, size=size))
        raw = path.read_bytes()
    except OSError as exc:
        raise CsvError(msg("Import", '{path}: cannot read ({reason})', path=path, reason=exc.strerror or exc)) from None
    try:
        return import_csv_text(raw, title or _title_from(path), progress)
    except CsvError as exc:
        raise CsvError(msg("Import", "{path}: {problem}", path=path, problem=exc),
                       exc.problems) from None


def import_csv_text(
    text: str | bytes, title: str | None = None, progress: Progress | None = None
) -> tuple[JourneyMap, list[str]]:
    """A new map from CSV text (or the raw bytes of a file), and warnings; see ``import_csv``."""
    if len(text) > MAX_BYTES:
        raise CsvError(msg("Import", 'too large for a card list ({count:,} bytes)', count=len(text)))
    return _import(text, title or "Imported journey", progress or _no_progress)


Progress = Callable[[float], None]
"""Told the fraction of an import done; raises to stop it."""

_EVERY = 1_000  # rows between two progress reports


def _no_progress(_fraction: float) -> None:
    pass


def _numbers(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers[:10]) + (" …" if len(numbers) > 10 else "")


def _title_from(path: Path) -> str:
    stem = path.stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Imported journey"


def refuse_binary(raw: bytes) -> None:
    """Raise ``CsvError`` in one line when the bytes are a workbook, a PDF, a picture or
    another binary file rather than CSV text."""
    what = describe(raw[:8192], raw)
    if what is None:
        return
    if what == XLSX:
        raise CsvError(msg("Import", 'this is {what}, not a CSV file; import it as a workbook (a file name ending in .xlsx)', what=what))
    raise CsvError(msg("Import", 'this is {what}, not a CSV file', what=what))


def _import(raw: str | bytes, title: str, progress: Progress) -> tuple[JourneyMap, list[str]]:
    progress(0.0)
    if isinstance(raw, bytes):
        refuse_binary(raw)
    text, warnings = decode(raw)
    if not text.strip():
        raise CsvError(msg("Import", "the file is empty; expected a header row naming at least {required}",
                           required=", ".join(REQUIRED)))
    hint = re.match(r"sep=([,;\t|])[ \t]*\r?\n", text, re.IGNORECASE)
    if hint:  # Excel's "sep=;" first line names the delimiter; Excel then hides it
        delimiter, text = hint.group(1), text[hint.end() :]
    else:
        delimiter = sniff_delimiter(text)
    records = _records(text, delimiter, progress)
    return import_records(records, title, warnings, delimiter, progress)


def import_records(
    records: list[list[str]],
    title: str,
    warnings: list[str] | None = None,
    delimiter: str | None = None,
    progress: Progress = _no_progress,
) -> tuple[JourneyMap, list[str]]:
    """A new map from rows of cells already split (a spreadsheet's rows as text), the
    header among them; the same rules and messages as a CSV file (row numbers count
    from 1 at the first record)."""
    warnings = [] if warnings is None else warnings
    if len(records) > MAX_ROWS + 1:
        raise CsvError(msg("Import", 'more than {limit:,} rows; split the file', limit=MAX_ROWS))
    header_at = next((i for i, r in enumerate(records) if any(c.strip() for c in r)), None)
    if header_at is None:
        raise CsvError(msg("Import", 'the file has no header row'))
    if header_at:
        warnings.append(msg("Import", 'skipped {header_at} blank row(s) before the header', header_at=header_at))
    index = _header_map(records[header_at], header_at + 1, delimiter, warnings)

    too_wide: list[int] = []
    no_card: list[int] = []
    width = len(records[header_at])
    need = max(index.values()) + 1  # cells a row needs to reach every column read
    picked = itemgetter(*sorted(set(index.values())), need - 1)
    numbers: list[int] = []
    kept: list[list[str]] = []
    for offset, cells in enumerate(records[header_at + 1 :], start=header_at + 2):
        if offset % _EVERY == 0:
            progress(0.3 + 0.4 * offset / len(records))
        if _card_row(offset, cells, picked, need, width, too_wide, no_card):
            numbers.append(offset)
            kept.append(cells)
    if too_wide:
        warnings.append(msg("Import", 'ignored cells beyond the last column in row(s) {too_wide}', too_wide=_numbers(too_wide)))
    if no_card:
        warnings.append(msg("Import", 'skipped row(s) {no_card}: nothing in the card columns', no_card=_numbers(no_card)))
    # column by column (a few calls a column); where a cell has a problem, row by row,
    # naming every problem with its row
    table = _read_columns(kept, index, need) or _read_rows(numbers, kept, index)
    if not table.stage:
        warnings.append(msg("Import", 'no cards: the file has a header row but no data rows'))
    doc = _build(table, title, progress)
    progress(0.9)
    _check_saveable(doc)
    progress(1.0)
    return doc, warnings


def _card_row(number: int, cells: list[str], picked: Callable[[list[str]], tuple[str, ...]],
              need: int, width: int, too_wide: list[int], no_card: list[int]) -> bool:
    """Whether row ``number`` holds a card. Notes a row with text beyond the header's
    cells (``too_wide``) or only in ignored columns (``no_card``); blank rows, such as the
    empty trailing rows spreadsheets write, hold none."""
    if not "".join(cells).strip():
        return False
    reach = cells if len(cells) >= need else cells + [""] * (need - len(cells))
    if not "".join(picked(reach)).strip():
        no_card.append(number)
        return False
    if len(cells) > width and "".join(cells[width:]).strip():
        too_wide.append(number)
    return True


@dataclass
class _Table:
    """The cards of a card list, column by column, every cell read and checked."""

    stage: list[str]
    step: list[str]
    lane: list[str]
    title: list[str]
    description: list[str]
    channel: list[str]
    owner: list[str]
    evidence: list[Evidence | None]
    emotion: list[float | None]
    tags: list[list[str]]
    #: the kind each lane is named with, where a row names one
    lane_kinds: dict[str, LaneKind]


def _read_rows(numbers: list[int], kept: list[list[str]], index: dict[str, int]) -> _Table:
    """The rows read one by one; ``CsvError`` naming every problem with its row."""
    rows: list[_Row] = []
    problems: list[str] = []
    for number, cells in zip(numbers, kept, strict=True):
        row, row_problems = _parse_row(number, cells, index)
        problems.extend(msg("Import", "row {row}: {problem}", row=number, problem=p)
                        for p in row_problems)
        rows.append(row)
    lane_kinds: dict[str, tuple[LaneKind, int]] = {}
    for row in rows:
        if row.lane_kind is None or not row.lane:
            continue
        known = lane_kinds.get(row.lane)
        if known is None:
            lane_kinds[row.lane] = (row.lane_kind, row.number)
        elif known[0] != row.lane_kind:
            problems.append(
                msg("Import", 'row {row}: lane {lane!r} is {kind!r} here but {other_kind!r} in row {other_row}', row=row.number, lane=row.lane, kind=row.lane_kind.label, other_kind=known[0].label, other_row=known[1])
            )
    if problems:
        count = len(problems)
        shown: list[str] = [shorten(p) for p in problems[: CsvError.MAX_LINES]]
        if count > CsvError.MAX_LINES:
            shown.append(msg("Import", "… and {count:,} more", count=count - CsvError.MAX_LINES))
        raise CsvError(msg("Import", "%n problem(s), nothing imported:\n  {problems}", n=count,
                           problems=Lines(shown, "\n  ")), problems)
    cards = [row.card for row in rows]

    def values(name: str) -> list[Any]:
        return [card[name] for card in cards]

    return _Table(
        [r.stage for r in rows], [r.step for r in rows], [r.lane for r in rows],
        values("title"), values("description"), values("channel"), values("owner"),
        values("evidence"), values("emotion"), values("tags"),
        {lane: kind for lane, (kind, _number) in lane_kinds.items()},
    )


def _read_columns(kept: list[list[str]], index: dict[str, int], need: int) -> _Table | None:
    """The rows read column by column: the checks of :func:`_parse_row`, each a few calls
    over a whole column (each distinct lane kind, evidence, emotion, channel and tags
    text parsed once). None when any cell or row has a problem (the rows are then read
    one by one, to name it)."""
    rows = [cells if len(cells) >= need else cells + [""] * (need - len(cells))
            for cells in kept]

    def column(name: str, unguard: bool = True) -> list[str]:
        position = index.get(name)
        if position is None:
            return [""] * len(rows)
        cells = list(map(itemgetter(position), rows))
        # a formula guard (a leading ') comes off, but not from the emotion number; the
        # search over the joined column finds every cell that starts with one
        if unguard and "\n'" in "\n" + "\n".join(cells):
            return [_unescape(cell) if cell[:1] == "'" else cell for cell in cells]
        return cells

    def stripped(name: str) -> list[str]:
        return list(map(str.strip, column(name)))

    stage, step, lane = stripped("stage"), stripped("step"), stripped("lane")
    if "" in stage or "" in lane or _longest(stage, step, lane) > MAX_SHORT:
        return None
    kinds = _words(stripped("lane_kind"), _lane_kind)
    evidence = _words(stripped("evidence"), _evidence)
    emotion = _parsed(column("emotion", unguard=False), parse_emotion)
    tags = _parsed(column("tags"), split_tags)
    channel = _parsed(column("channel"), _channel)
    if kinds is None or evidence is None or emotion is None or tags is None or channel is None:
        return None
    title, description, owner = column("title"), column("description"), stripped("owner")
    if (_longest(title, owner, channel) > MAX_SHORT or _longest(description) > MAX_TEXT
            or any(len(tag) > MAX_SHORT for tag_list in tags for tag in tag_list)):
        return None
    lane_kinds: dict[str, LaneKind] = {}
    for name, kind in dict.fromkeys(zip(lane, kinds, strict=True)):
        if kind is not None and lane_kinds.setdefault(name, kind) != kind:
            return None  # a lane named with two kinds
    return _Table(stage, step, lane, title, description, channel, owner, evidence, emotion,
                  tags, lane_kinds)


def _longest(*columns: list[str]) -> int:
    return max((max(map(len, cells), default=0) for cells in columns), default=0)


_Parsed = TypeVar("_Parsed")


def _parsed(cells: list[str], parse: Callable[[str], _Parsed]) -> list[_Parsed] | None:
    """``parse`` of every cell, each distinct text parsed once (a column repeats a few
    words); None when one raises ValueError."""
    known: dict[str, _Parsed] = {}
    for text in set(cells):
        try:
            known[text] = parse(text)
        except ValueError:
            return None
    return list(map(known.__getitem__, cells))


def _words(cells: list[str], parse: Callable[[str], _Parsed | None]) -> list[_Parsed | None] | None:
    """The word of every cell (an empty cell: None), each distinct text parsed once;
    None when a cell that is not empty names no word (``parse`` gives None)."""
    known: dict[str, _Parsed | None] = {"": None}
    for text in set(cells):
        if text not in known:
            word = parse(text)
            if word is None:
                return None
            known[text] = word
    return list(map(known.__getitem__, cells))


def _check_saveable(doc: JourneyMap) -> None:
    """Refuse a card list whose map could not be saved, recovered and opened again (over
    the .cjm file's byte or structure limits), naming the limit: what is imported is
    never work that cannot be kept."""
    problems = limit_problems(dumps_bytes(doc))
    if problems:
        raise CsvError(
            msg("Import", 'nothing imported: the map could not be saved, {problem}; split the file into smaller ones', problem=problems[0])
        )


def _records(text: str, delimiter: str, progress: Progress = _no_progress) -> list[list[str]]:
    """Every row's cells. Read strictly first, so that a quote that is never closed is
    reported in the row where it opens (read leniently, it swallows the rows after it and
    the damage shows up rows later as an empty lane or title); a quote in the middle of
    a one-line cell (``"abc"def``) is then read leniently, as spreadsheets do."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    start = 1  # the line the row being read starts on
    lines = text.count("\n") + 1
    try:
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise CsvError(msg("Import", 'more than {limit:,} rows; split the file', limit=MAX_ROWS))
            start = reader.line_num + 1
            if len(records) % _EVERY == 0:
                progress(0.3 * min(1.0, reader.line_num / lines))
    except csv.Error as exc:
        if "end of data" in str(exc) or reader.line_num > start:
            where = f" (line {start})" if start != len(records) + 1 else ""
            raise CsvError(
                msg("Import", 'row {row}{where}: a quoted cell is never closed: its opening quote (") has no closing quote, so the rows after it would be read as part of that cell; add the missing quote', row=len(records) + 1, where=where)
            ) from None
    else:
        return records
    lenient = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records = []
    try:
        for record in lenient:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise CsvError(msg("Import", 'more than {limit:,} rows; split the file', limit=MAX_ROWS))
    except csv.Error as exc:
        raise CsvError(msg("Import", 'row {row}: unreadable CSV ({exc})', row=len(records) + 1, exc=exc)) from None
    return records


_CARDS = TypeAdapter(list[Card])


def _build(table: _Table, title: str, progress: Progress = _no_progress) -> JourneyMap:
    """The map of the checked cards: stages, steps and lanes in order of first appearance
    (an empty step is one named after its stage), then the cards, validated in one call."""
    progress(0.7)
    cells = list(zip(table.stage, [step or stage for stage, step in
                                   zip(table.stage, table.step, strict=True)], strict=True))
    stage_steps: dict[str, list[Step]] = {}  # stage name → its steps, in order
    step_ids: dict[tuple[str, str], str] = {}
    for number, (stage, name) in enumerate(dict.fromkeys(cells), start=1):
        step = Step(id=f"step-{number}", name=name)
        stage_steps.setdefault(stage, []).append(step)
        step_ids[(stage, name)] = step.id
    lanes: dict[str, Lane] = {}
    for number, name in enumerate(dict.fromkeys(table.lane), start=1):
        kind = table.lane_kinds.get(name) or LaneKind.parse(name) or LaneKind.TEXT
        lanes[name] = Lane(id=f"lane-{number}", title=name, kind=kind)
    lane_ids = [lanes[name].id for name in table.lane]
    card_data = [
        {"id": f"card-{number}", "lane_id": lane_id, "step_id": step_ids[cell], "title": t,
         "description": d, "channel": c, "owner": o, "evidence": e, "emotion": m, "tags": g}
        for number, lane_id, cell, t, d, c, o, e, m, g in zip(
            count(1), lane_ids, cells, table.title, table.description, table.channel,
            table.owner, table.evidence, table.emotion, table.tags)
    ]
    progress(0.8)
    kinds = {lane.kind for lane in lanes.values()}
    curves = []
    try:
        cards = _CARDS.validate_python(card_data)  # all at once: one call, not one a card
        if any(emotion is not None for emotion in table.emotion):
            curves.append(EmotionCurve(id="curve-1", label="Experienced"))
        stages = [Stage(id=f"stage-{i}", name=name, steps=in_stage)
                  for i, (name, in_stage) in enumerate(stage_steps.items(), start=1)]
        return JourneyMap(
            meta=MapMeta(
                title=title[:MAX_SHORT],
                map_type=MapType.SERVICE_BLUEPRINT if kinds & set(BLUEPRINT_LAYERS)
                else MapType.CURRENT_STATE,
            ),
            stages=stages,
            lanes=list(lanes.values()),
            cards=cards,
            curves=curves,
        )
    except ValidationError as exc:  # pragma: no cover - rows are checked above
        raise CsvError(msg("Import", 'the cards do not make a valid map: {reason}', reason=exc.errors()[0]['msg'])) from None


# -- writing ---------------------------------------------------------------------------


def _format_emotion(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _unique(names: Iterable[str]) -> list[str]:
    """The names in order, later repeats suffixed " (2)", " (3)" … so each is unique.

    Linear: each name remembers the last suffix it was given, so 2,000 equal names cost
    2,000 steps, not 2,000² (a name that is itself taken, such as a literal "A (2)",
    only moves the search on)."""
    result: list[str] = []
    taken: set[str] = set()
    last_suffix: dict[str, int] = {}
    for name in names:
        candidate, n = name, last_suffix.get(name, 1)
        if candidate in taken:
            n += 1
            candidate = f"{name} ({n})"
            while candidate in taken:
                n += 1
                candidate = f"{name} ({n})"
        last_suffix[name] = n
        taken.add(candidate)
        result.append(candidate)
    return result


def export_rows(doc: JourneyMap) -> list[list[str]]:
    """The header and one row per card, in journey order (see the module notes)."""
    ordered = journey_order(doc, lane_rank=_lanes_by_first_appearance(doc))
    # Names are the keys of an import, so equal names are told apart with " (2)" etc.
    stage_names = _unique(stage.name.strip() or "Stage" for stage in doc.stages)
    step_names: dict[str, tuple[str, str]] = {}
    for stage, stage_name in zip(doc.stages, stage_names, strict=True):
        names = _unique(step.name.strip() or stage_name for step in stage.steps)
        for step, name in zip(stage.steps, names, strict=True):
            # one step named after its stage is written empty, as an import reads it
            step_names[step.id] = (stage_name, "" if name == stage_name else name)
    lane_names = dict(
        zip(
            (lane.id for lane in doc.lanes),
            _unique(lane.title.strip() or lane.kind.label for lane in doc.lanes),
            strict=True,
        )
    )
    lanes = {lane.id: lane for lane in doc.lanes}
    rows = [list(COLUMNS)]
    for card in ordered:
        stage_name, step_name = step_names[card.step_id]
        lane = lanes[card.lane_id]
        channel = parse_channel(card.channel)
        cells = [
            stage_name,
            step_name,
            lane_names[lane.id],
            lane.kind.label,
            card.title,
            card.description,
            channel_label(channel),
            card.owner.strip(),
            card.evidence.label if card.evidence else "",
            _format_emotion(card.emotion),
            "; ".join(split_tags(";".join(card.tags))),
        ]
        rows.append([cell if i == COLUMNS.index("emotion") else csv_cell(cell)
                     for i, cell in enumerate(cells)])
    return rows


def _lanes_by_first_appearance(doc: JourneyMap) -> dict[str, int]:
    """Lane id → rank in the order an import creates lanes: by the first step holding one
    of the lane's cards, then by the map's lane order."""
    step_rank = {step_id: i for i, step_id in enumerate(doc.step_ids())}
    lane_rank = {lane.id: i for i, lane in enumerate(doc.lanes)}
    first: dict[str, int] = {}
    for card in doc.cards:
        rank = step_rank.get(card.step_id, len(step_rank))
        first[card.lane_id] = min(rank, first.get(card.lane_id, rank))
    ordered = sorted(first, key=lambda lane_id: (first[lane_id], lane_rank.get(lane_id, 0)))
    return {lane_id: i for i, lane_id in enumerate(ordered)}


def export_csv_text(doc: JourneyMap) -> str:
    """The CSV as text: comma-separated, ``\\n`` line ends, no BOM."""
    return "".join(",".join(csv_field(cell) for cell in row) + "\n" for row in export_rows(doc))


def export_csv(doc: JourneyMap, path: str | os.PathLike[str], bom: bool = True) -> None:
    """Write the CSV as UTF-8 (with a BOM by default, for Excel), replacing atomically."""
    data = ((_BOM if bom else "") + export_csv_text(doc)).encode("utf-8")
    try:
        atomic_write(path, data)
    except IsADirectoryError:
        raise CsvError(msg("Import", '{path}: cannot write: it is a folder', path=path)) from None
    except OSError as exc:
        raise CsvError(msg("Import", '{path}: cannot write ({reason})', path=path, reason=exc.strerror or exc)) from None


__all__ = [
    "COLUMNS",
    "CsvError",
    "export_csv",
    "export_csv_text",
    "export_rows",
    "import_csv",
    "import_csv_text",
    "import_records",
    "known_columns",
    "refuse_binary",
]
