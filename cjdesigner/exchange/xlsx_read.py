"""Reading an Excel workbook into a map (openpyxl); see ``cjdesigner.exchange.xlsx``. No Qt.

Workbooks are untrusted: the file's size, the unpacked size of its parts and the number
of rows and columns read are limited before anything large is built, and XML is parsed
through defusedxml (openpyxl uses it when it is installed), so entity tricks fail.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cjdesigner import csvio
from cjdesigner.i18n.messages import Lines, msg
from cjdesigner.model import (
    ConflictReason,
    Evidence,
    ItemKind,
    JourneyKind,
    JourneyMap,
    LaneKind,
    MapType,
    Metric,
    new_id,
    normalize_word,
    parse_channel,
    reference_problems,
)
from cjdesigner.model.vocabulary import CHANNELS

from .filekind import XLSX, describe
from .xlsx import (
    CARD_COLUMNS,
    META_FIELDS,
    PERSONA_LISTS,
    STRUCTURE_SHEETS,
    WorkbookError,
    split_list,
    unescape_cell_text,
)

MAX_BYTES = 50_000_000
#: the parts of the zip unpacked together may not exceed this (a zip bomb stops here)
MAX_UNPACKED = 400_000_000
MAX_PARTS = 2_000
MAX_COLUMNS = 200
MAX_ROWS = csvio.MAX_ROWS + 50
MAX_PROBLEMS = 50
_HEADER_SEARCH = 30  # rows looked at for the header (title rows above it are skipped)


@dataclass
class ImportedWorkbook:
    doc: JourneyMap
    warnings: list[str] = field(default_factory=list)
    #: True when the workbook held a whole map (Stages, Steps and Lanes sheets), so its
    #: title, dates and ids are the map's own; False for a card list
    whole_map: bool = False


# -- entry points --------------------------------------------------------------------------


def read_workbook(path: str | os.PathLike[str], title: str | None = None) -> ImportedWorkbook:
    """A map from a workbook file. Raises ``WorkbookError`` (message starts with the path)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise WorkbookError(msg("Import", '{path}: too large for a workbook of a map ({size:,} bytes)', path=path, size=size))
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError(msg("Import", '{path}: cannot read ({reason})', path=path, reason=exc.strerror or exc)) from None
    try:
        return read_workbook_bytes(data, title or _title_from(path))
    except WorkbookError as exc:
        raise WorkbookError(msg("Import", "{path}: {problem}", path=path, problem=exc),
                            exc.problems) from None


def read_workbook_bytes(data: bytes, title: str = "Imported journey") -> ImportedWorkbook:
    if len(data) > MAX_BYTES:
        raise WorkbookError(msg("Import", 'too large for a workbook of a map ({count:,} bytes)', count=len(data)))
    what = describe(data[:8192], data)
    if what != XLSX:
        raise WorkbookError(_not_a_workbook(what))
    _check_zip(data)
    wb = _open(data)
    try:
        sheets = {normalize_word(ws.title): ws for ws in wb.worksheets}
        structure = [name for name in STRUCTURE_SHEETS if normalize_word(name) in sheets]
        if structure:
            missing = [n for n in STRUCTURE_SHEETS if n not in structure]
            if missing:
                raise WorkbookError(msg(
                    "Import", "the workbook has a {sheet} sheet but no {missing}; a whole map "
                    "needs Stages, Steps and Lanes (or give only a Cards sheet)", sheet=structure[0],
                    missing=Lines((msg("Import", "{sheet} sheet", sheet=m) for m in missing),
                                  msg("Import", " or "))))
            imported = _WholeMap(sheets, title).build()
        else:
            imported = _card_list(wb, title)
        uncomputed = _uncomputed_formulas(data)
        if uncomputed:
            imported.warnings.append(
                msg("Import", "%n formula cell(s) have no computed value (the workbook was written by "
                    "a program that does not calculate) and read as empty; open and save it in "
                    "Excel or LibreOffice first to compute them", n=uncomputed))
        return imported
    finally:
        wb.close()


def _not_a_workbook(what: str | None) -> str:
    if what is None:
        return msg("Import", "this is a text file, not an Excel workbook; a card list in CSV "
                   "form needs a file name ending in .csv")
    if what.startswith(("an Excel 97", "an OpenDocument spreadsheet", "an Excel binary")):
        return msg("Import", "this is {what}; save it as an Excel workbook (.xlsx) and import that",
                   what=what)
    return msg("Import", "this is {what}, not an Excel workbook", what=what)


def _title_from(path: Path) -> str:
    stem = path.stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Imported journey"


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError(msg("Import", 'the workbook is damaged ({exc})', exc=exc)) from None
    if len(infos) > MAX_PARTS:
        raise WorkbookError(msg("Import", 'the workbook has {count:,} parts; too many to be a map', count=len(infos)))
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED:
        raise WorkbookError(
            msg("Import", 'the workbook unpacks to {unpacked:,} bytes; too large to be a map', unpacked=unpacked)
        )


_FORMULA_CELL = re.compile(rb"<c\b[^>]*>\s*<f\b[^>]*(?:/>|>[^<]*</f>)\s*(?:<v\s*/>|<v>\s*</v>)?\s*</c>")


def _uncomputed_formulas(data: bytes) -> int:
    """How many formula cells carry no cached value (openpyxl keeps none of its own)."""
    count = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                count += len(_FORMULA_CELL.findall(archive.read(info.filename)))
    return count


def _open(data: bytes) -> Any:
    import openpyxl
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        raise WorkbookError(msg("Import", 'cannot read workbooks safely: the defusedxml package is missing'))
    try:
        return openpyxl.load_workbook(
            io.BytesIO(data), data_only=True, keep_links=False, keep_vba=False
        )
    except WorkbookError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise WorkbookError(msg("Import", 'the workbook cannot be read ({reason})', reason=reason)) from None


# -- cells ---------------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as the text a person sees: numbers without a needless ".0", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_cell_text(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, timedelta):
        minutes = value.total_seconds() / 60
        return f"{minutes:g} min"
    return str(value)


class _CellError(ValueError):
    pass


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _CellError(msg("Import", '{value!r} is not a number', value=cell_text(value)))
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, timedelta):
        return value.total_seconds() / 60
    text = cell_text(value).strip().replace("\u2212", "-").replace("\u00a0", "")
    if not text:
        return None
    if re.fullmatch(r"[+-]?\d+,\d+", text):
        text = text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        raise _CellError(msg("Import", '{value!r} is not a number', value=cell_text(value))) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise _CellError(msg("Import", '{value!r} is not a number', value=cell_text(value)))
    return number


def _whole(value: Any) -> int:
    number = _number(value)
    if number is None:
        return 0
    if not number.is_integer():
        raise _CellError(msg("Import", '{value!r} is not a whole number', value=cell_text(value)))
    return int(number)


def _clock(value: Any) -> str | None:
    """A step's clock time: a time cell, a day fraction, a datetime or "7:30" → "07:30"."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.time()
    if isinstance(value, float | int) and not isinstance(value, bool) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        value = time(minutes // 60 % 24, minutes % 60)
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = cell_text(value).strip()
    match = re.fullmatch(r"(\d{1,2})[:.h](\d{2})(?::\d{2})?", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise _CellError(msg("Import", '{text!r} is not a clock time such as 07:30', text=text))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _flag(value: Any) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    text = normalize_word(cell_text(value))
    if text in ("yes", "y", "true", "1", "x", "primary", "ja", "oui", "si", "wahr", "vrai"):
        return True
    if text in ("no", "n", "false", "0", "", "nein", "non", "falsch", "faux"):
        return False
    raise _CellError(msg("Import", '{value!r} is neither yes nor no', value=cell_text(value)))


def _optional(value: Any) -> str | None:
    text = cell_text(value)
    return text if text != "" else None


def _stamp_text(value: Any) -> str:
    """``created``/``modified``: the text, or a date cell as an ISO time in UTC."""
    if isinstance(value, datetime):
        return value.replace(microsecond=0).isoformat() + ("Z" if value.tzinfo is None else "")
    return cell_text(value)


def _enum(cls: Any, value: Any, what: str) -> Any:
    text = cell_text(value).strip()
    if not text:
        return None
    member = cls.parse(text)
    if member is None:
        raise _CellError(msg("Import", "{text!r} is not a {what} (use one of: {choices})",
                             text=text, what=what, choices=", ".join(m.label for m in cls)))
    return member


def _channel(value: Any, exact: bool) -> str:
    """A card's channel: a known channel's label becomes its key; other text is kept as
    written when ``exact`` (the row came from a written workbook), else tidied up."""
    text = cell_text(value)
    if not exact:
        return parse_channel(text)
    labels = {label: key for key, label in CHANNELS.items()}
    return labels.get(text, text)


# -- sheets --------------------------------------------------------------------------------


def sheet_rows(ws: Any) -> list[list[Any]]:
    """The sheet's values, row by row; a merged range's value fills its first column
    downwards (a stage merged over its rows names every row). Limited in size."""
    max_row = min(ws.max_row or 0, MAX_ROWS)
    max_col = min(ws.max_column or 0, MAX_COLUMNS)
    if (ws.max_row or 0) > MAX_ROWS:
        raise WorkbookError(msg("Import", 'sheet {title!r} has more than {limit:,} rows', title=ws.title, limit=csvio.MAX_ROWS))
    if max_row == 0 or max_col == 0:
        return []
    rows = [list(values) for values in ws.iter_rows(
        min_row=1, max_row=max_row, min_col=1, max_col=max_col, values_only=True)]
    for merged in ws.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= max_col:
            continue
        value = rows[top][left]
        for r in range(top + 1, min(merged.max_row, len(rows))):
            rows[r][left] = value
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()
    return rows


def _find_header(rows: list[list[Any]], wanted: Callable[[list[str]], bool]) -> int | None:
    for index, row in enumerate(rows[:_HEADER_SEARCH]):
        if wanted([cell_text(v) for v in row]):
            return index
    return None


@dataclass
class _Table:
    sheet: str
    header: dict[str, int]  # column name → position
    rows: list[tuple[int, list[Any]]]  # (spreadsheet row number, values)

    def get(self, values: list[Any], column: str) -> Any:
        position = self.header.get(column)
        if position is None or position >= len(values):
            return None
        return values[position]


def _table(ws: Any, columns: tuple[str, ...], key: str) -> _Table:
    rows = sheet_rows(ws)
    at = _find_header(rows, lambda cells: key in {normalize_word(c) for c in cells})
    if at is None:
        raise WorkbookError(
            msg("Import", 'sheet {title!r} has no header row naming the column {key!r} (its columns are: {columns})', title=ws.title, key=key, columns=', '.join(columns))
        )
    header: dict[str, int] = {}
    for position, name in enumerate(rows[at]):
        column = normalize_word(cell_text(name))
        if column in columns and column not in header:
            header[column] = position
    body = [
        (number, values)
        for number, values in enumerate(rows[at + 1 :], start=at + 2)
        if any(v is not None and cell_text(v).strip() for v in values)
    ]
    return _Table(ws.title, header, body)


# -- a card list -----------------------------------------------------------------------------


def _card_list(wb: Any, title: str) -> ImportedWorkbook:
    """One sheet of cards with the CSV columns, read by the CSV importer's rules."""

    def is_header(cells: list[str]) -> bool:
        return set(csvio.REQUIRED) <= csvio.known_columns(cells)

    warnings: list[str] = []
    chosen = None
    by_name = [ws for ws in wb.worksheets if normalize_word(ws.title) == "cards"]
    candidates = by_name or [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    rows: list[list[Any]] = []
    for ws in candidates:
        sheet = sheet_rows(ws)
        if _find_header(sheet, is_header) is not None:
            chosen, rows = ws, sheet
            break
    if chosen is None:
        if not candidates:
            raise WorkbookError(msg("Import", 'the workbook has no visible sheet'))
        chosen = candidates[0]
        rows = sheet_rows(chosen)
    for ws in wb.worksheets:
        if ws is chosen:
            continue
        if (ws.max_row or 0) > 1 or (ws.max_column or 0) > 1 or ws["A1"].value is not None:
            warnings.append(
                msg("Import", "ignored the sheet {title!r}; cards are read from {chosen!r}",
                    title=ws.title, chosen=chosen.title) if ws.sheet_state == "visible" else
                msg("Import", "ignored the hidden sheet {title!r}; cards are read from {chosen!r}",
                    title=ws.title, chosen=chosen.title))
    text_rows = [[cell_text(v) for v in row] for row in rows]
    at = _find_header(rows, is_header) or 0
    if at:
        if any(cell.strip() for row in text_rows[:at] for cell in row):
            warnings.append(msg("Import", 'sheet {title!r}: skipped {at} row(s) above the header row (titles or notes)', title=chosen.title, at=at))
        text_rows = [[] for _ in range(at)] + text_rows[at:]
    try:
        doc, csv_warnings = csvio.import_records(text_rows, title)
    except csvio.CsvError as exc:
        raise WorkbookError(msg("Import", 'sheet {title!r}: {problem}', title=chosen.title, problem=exc), exc.problems) from None
    warnings += [w for w in csv_warnings if "blank row(s) before the header" not in w]
    return ImportedWorkbook(doc, warnings, whole_map=False)


# -- a whole map ---------------------------------------------------------------------------


class _WholeMap:
    """Builds a map from the sheets a written workbook has (and rows people added)."""

    def __init__(self, sheets: dict[str, Any], title: str) -> None:
        self.sheets = sheets
        self.title = title
        self.problems: list[str] = []
        self.warnings: list[str] = []
        #: where each object came from: ("cards", 3) → "Cards row 5"
        self.origin: dict[tuple[Any, ...], str] = {}

    def _sheet(self, name: str) -> Any:
        return self.sheets.get(normalize_word(name))

    def _cell(self, where: str, column: str, convert: Callable[[Any], Any], value: Any) -> Any:
        try:
            return convert(value)
        except _CellError as exc:
            self.problems.append(msg("Import", "{where}, {column}: {problem}", where=where,
                                     column=column, problem=exc))
            return None

    def build(self) -> ImportedWorkbook:
        from .xlsx import (
            CONFLICT_COLUMNS,
            CURVE_COLUMNS,
            LANE_COLUMNS,
            METRIC_COLUMNS,
            PERSONA_COLUMNS,
            POINT_COLUMNS,
            STAGE_COLUMNS,
            STEP_COLUMNS,
        )

        meta = self._meta()
        stages, step_index = self._stages(
            _table(self._sheet("Stages"), STAGE_COLUMNS, "id"),
            _table(self._sheet("Steps"), STEP_COLUMNS, "id"),
        )
        lanes = self._lanes(_table(self._sheet("Lanes"), LANE_COLUMNS, "id"))
        personas: list[dict[str, Any]] = []
        if self._sheet("Personas") is not None:
            personas = self._personas(_table(self._sheet("Personas"), PERSONA_COLUMNS, "id"))
        curves: list[dict[str, Any]] = []
        if self._sheet("Curves") is not None:
            curves = self._curves(_table(self._sheet("Curves"), CURVE_COLUMNS, "id"))
            if self._sheet("Curve points") is not None:
                self._points(_table(self._sheet("Curve points"), POINT_COLUMNS, "curve_id"),
                             curves, step_index)
        cards: list[dict[str, Any]] = []
        if self._sheet("Cards") is not None:
            cards = self._cards(_table(self._sheet("Cards"), CARD_COLUMNS, "title"),
                                lanes, step_index)
        else:
            self.warnings.append(msg("Import", 'the workbook has no Cards sheet: the map has no cards'))
        if self._sheet("Metrics") is not None:
            self._metrics(_table(self._sheet("Metrics"), METRIC_COLUMNS, "metric"),
                          stages, step_index)
        conflicts: list[dict[str, Any]] = []
        if self._sheet("Conflicts") is not None:
            conflicts = self._conflicts(_table(self._sheet("Conflicts"), CONFLICT_COLUMNS, "id"))
        if self.problems:
            raise self._failure(self.problems)
        data = {"meta": meta, "personas": personas, "stages": stages, "lanes": lanes,
                "cards": cards, "curves": curves, "conflicts": conflicts}
        try:
            doc = JourneyMap.model_validate(data, context={"defer_references": True})
        except ValidationError as exc:
            raise self._failure([self._describe(e) for e in exc.errors()]) from None
        problems = [self._locate(p) for p in reference_problems(doc)]
        if problems:
            raise self._failure(problems)
        return ImportedWorkbook(doc, self.warnings, whole_map=True)

    # -- errors ----------------------------------------------------------------------
    def _failure(self, problems: list[str]) -> WorkbookError:
        count = len(problems)
        shown = problems[:MAX_PROBLEMS]
        if count > MAX_PROBLEMS:
            shown.append(msg("Import", "… and {count:,} more", count=count - MAX_PROBLEMS))
        return WorkbookError(
            msg("Import", "%n problem(s), nothing imported:\n  {problems}", n=count,
                problems=Lines(shown, "\n  ")),
            problems,
        )

    def _where(self, loc: tuple[Any, ...]) -> tuple[str, str]:
        """(sheet and row, field) for a pydantic error location."""
        parts = list(loc)
        key: tuple[Any, ...]
        if parts[:1] == ["meta"]:
            return msg("Import", "sheet 'Map'"), str(parts[1]) if len(parts) > 1 else ""
        if len(parts) >= 6 and parts[0] == "stages" and parts[4] == "metrics":
            key = ("metrics", parts[1], parts[3], parts[5])
            rest = parts[6:]
        elif len(parts) >= 4 and parts[0] == "stages" and parts[2] == "steps":
            key = ("steps", parts[1], parts[3])
            rest = parts[4:]
        elif len(parts) >= 4 and parts[0] == "curves" and parts[2] == "points":
            key = ("points", parts[1], parts[3])
            rest = ["value"]
        elif len(parts) >= 2:
            key = (parts[0], parts[1])
            rest = parts[2:]
        else:
            return msg("Import", "the workbook"), ".".join(map(str, parts))
        return self.origin.get(key, msg("Import", "the workbook")), ".".join(str(p) for p in rest)

    def _describe(self, error: Any) -> str:
        where, column = self._where(tuple(error["loc"]))
        if column:
            return msg("Import", "{where}, {column}: {problem}", where=where, column=column,
                       problem=error["msg"])
        return msg("Import", "{where}: {problem}", where=where, problem=error["msg"])

    def _locate(self, problem: str) -> str:
        """A reference problem (``cards[3].lane_id: …``) with its sheet and row."""
        match = re.match(r"(\w+)\[(\d+)\](?:\.steps\[(\d+)\])?\.?([\w.\[\]]*): (.*)", problem)
        if not match:
            return problem
        collection, i, j, column, message = match.groups()
        key = ("steps", int(i), int(j)) if j is not None else (collection, int(i))
        column = re.sub(r"\[\d+\]", "", column)
        return msg("Import", "{where}, {column}: {problem}", where=self.origin.get(key, collection),
                   column=column, problem=message)

    # -- sheets ------------------------------------------------------------------------
    def _meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"title": self.title[:500]}
        ws = self._sheet("Map")
        if ws is None:
            self.warnings.append(msg("Import", 'the workbook has no Map sheet: the title is the file name'))
            return meta
        table = _table(ws, ("field", "value"), "field")
        for number, values in table.rows:
            key = normalize_word(cell_text(table.get(values, "field")))
            value = table.get(values, "value")
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=ws.title, row=number)
            if key not in META_FIELDS:
                if key:
                    self.warnings.append(msg("Import", '{where}: ignored the unknown field {key!r}', where=where, key=key))
                continue
            if key == "map_type":
                member = self._cell(where, key, lambda v: _enum(MapType, v, msg("Import", "map type")), value)
                if member is not None:
                    meta[key] = member
            elif key == "journey_kind":
                member = self._cell(where, key,
                                    lambda v: _enum(JourneyKind, v, msg("Import", "journey kind")), value)
                if member is not None:
                    meta[key] = member
            elif key in ("created", "modified"):
                meta[key] = _stamp_text(value)
            else:
                meta[key] = cell_text(value)
        return meta

    def _stages(self, stage_table: _Table, step_table: _Table
                ) -> tuple[list[dict[str, Any]], dict[Any, str]]:
        stages: list[dict[str, Any]] = []
        by_id: dict[str, dict[str, Any]] = {}
        by_name: dict[str, dict[str, Any]] = {}
        for number, values in stage_table.rows:
            get = partial(stage_table.get, values)
            stage: dict[str, Any] = {"id": cell_text(get("id")).strip() or new_id("stage"),
                     "name": cell_text(get("name")), "color": _optional(get("color")),
                     "steps": []}
            self.origin[("stages", len(stages))] = msg("Import", "sheet {sheet!r} row {row}", sheet=stage_table.sheet, row=number)
            stages.append(stage)
            by_id.setdefault(stage["id"], stage)
            by_name.setdefault(stage["name"].strip(), stage)
        #: (stage name, step name) and step id → step id, for cards and points by name
        index: dict[Any, str] = {}
        for number, values in step_table.rows:
            get = partial(step_table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=step_table.sheet, row=number)
            stage_id = cell_text(get("stage_id")).strip()
            owner = by_id.get(stage_id) if stage_id else by_name.get(cell_text(get("stage")).strip())
            if owner is None:
                self.problems.append(
                    msg("Import", "{where}: no stage with id {stage!r} in the Stages sheet",
                        where=where, stage=stage_id) if stage_id else
                    msg("Import", "{where}: no stage named {stage!r} in the Stages sheet",
                        where=where, stage=cell_text(get("stage"))))
                continue
            step = {
                "id": cell_text(get("id")).strip() or new_id("step"),
                "name": cell_text(get("name")),
                "time": self._cell(where, "time", _clock, get("time")),
                "duration_minutes": self._cell(where, "duration_minutes", _number,
                                               get("duration_minutes")),
                "description": cell_text(get("description")),
            }
            i = stages.index(owner)
            self.origin[("steps", i, len(owner["steps"]))] = where
            owner["steps"].append(step)
            index[step["id"]] = step["id"]
            index.setdefault((owner["name"].strip(), step["name"].strip()), step["id"])
            index.setdefault((owner["name"].strip(), ""), step["id"])
        return stages, index

    def _lanes(self, table: _Table) -> list[dict[str, Any]]:
        lanes: list[dict[str, Any]] = []
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            title = cell_text(get("title"))
            kind = self._cell(where, "kind", lambda v: _enum(LaneKind, v, msg("Import", "lane kind")), get("kind"))
            kind = kind or LaneKind.parse(title) or LaneKind.TEXT
            self.origin[("lanes", len(lanes))] = where
            lanes.append({"id": cell_text(get("id")).strip() or new_id("lane"), "title": title,
                          "kind": kind, "color": _optional(get("color"))})
        return lanes

    def _personas(self, table: _Table) -> list[dict[str, Any]]:
        personas: list[dict[str, Any]] = []
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            persona: dict[str, Any] = {"id": cell_text(get("id")).strip() or new_id("persona")}
            for name in ("name", "segment", "age", "occupation", "income", "quote"):
                persona[name] = cell_text(get(name))
            for name in PERSONA_LISTS:
                persona[name] = split_list(cell_text(get(name)), "\n")
            persona["primary"] = self._cell(where, "primary", _flag, get("primary")) or False
            persona["color"] = _optional(get("color"))
            self.origin[("personas", len(personas))] = where
            personas.append(persona)
        return personas

    def _curves(self, table: _Table) -> list[dict[str, Any]]:
        curves: list[dict[str, Any]] = []
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            scale: dict[str, Any] = {}
            low = self._cell(where, "scale_min", _number, get("scale_min"))
            high = self._cell(where, "scale_max", _number, get("scale_max"))
            levels = split_list(cell_text(get("levels")), "\n")
            if low is not None:
                scale["min"] = low
            if high is not None:
                scale["max"] = high
            if levels:
                scale["levels"] = levels
            self.origin[("curves", len(curves))] = where
            curves.append({"id": cell_text(get("id")).strip() or new_id("curve"),
                           "label": cell_text(get("label")),
                           "persona_id": _optional(cell_text(get("persona_id")).strip()),
                           "color": _optional(get("color")), "scale": scale,
                           "metric": self._cell(where, "metric",
                                                lambda v: _enum(Metric, v, msg("Import", "metric")),
                                                get("metric")),
                           "points": {}})
        return curves

    def _points(self, table: _Table, curves: list[dict[str, Any]], steps: dict[Any, str]) -> None:
        by_id = {curve["id"]: (i, curve) for i, curve in enumerate(curves)}
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            found = by_id.get(cell_text(get("curve_id")).strip())
            if found is None:
                self.problems.append(msg("Import", '{where}: no curve with id {curve!r} in the Curves sheet', where=where, curve=cell_text(get('curve_id'))))
                continue
            i, curve = found
            step_id = self._step(get, steps, where)
            value = self._cell(where, "value", _number, get("value"))
            if step_id is None or value is None:
                continue
            self.origin[("points", i, step_id)] = where
            curve["points"][step_id] = value

    def _step(self, get: Callable[[str], Any], steps: dict[Any, str], where: str
              ) -> str | None:
        step_id = cell_text(get("step_id")).strip()
        if step_id:
            return step_id  # checked with the other references
        stage, step = cell_text(get("stage")).strip(), cell_text(get("step")).strip()
        found = steps.get((stage, step)) or steps.get((stage, ""))
        if found is None:
            self.problems.append(msg("Import", '{where}: no step {step!r} in stage {stage!r} (Steps sheet); name them or give a step_id', where=where, step=step, stage=stage))
        return found

    def _cards(self, table: _Table, lanes: list[dict[str, Any]],
               steps: dict[Any, str]) -> list[dict[str, Any]]:
        lane_by_title: dict[str, str] = {}
        for lane in lanes:
            lane_by_title.setdefault(lane["title"].strip(), lane["id"])
        cards: list[dict[str, Any]] = []
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            card_id = cell_text(get("id")).strip()
            exact = bool(card_id)
            lane_id = cell_text(get("lane_id")).strip()
            if not lane_id:
                lane_id = lane_by_title.get(cell_text(get("lane")).strip(), "")
                if not lane_id:
                    self.problems.append(msg("Import", '{where}: no lane titled {lane!r} in the Lanes sheet; name one or give a lane_id', where=where, lane=cell_text(get('lane'))))
            step_id = self._step(get, steps, where) or ""
            image = get("image")
            card = {
                "id": card_id or new_id("card"),
                "lane_id": lane_id,
                "step_id": step_id,
                "title": cell_text(get("title")),
                "description": cell_text(get("description")),
                "channel": _channel(get("channel"), exact),
                "owner": cell_text(get("owner")) if exact else cell_text(get("owner")).strip(),
                "evidence": self._cell(where, "evidence",
                                       lambda v: _enum(Evidence, v, msg("Import", "evidence basis")),
                                       get("evidence")),
                "evidence_source": cell_text(get("evidence_source")),
                "emotion": self._cell(where, "emotion", _number, get("emotion")),
                "tags": split_list(cell_text(get("tags")), "; "),
                "color": _optional(get("color")),
                "votes": self._cell(where, "votes", _whole, get("votes")) or 0,
                "links": cell_text(get("links")).split(),
                "image": None if image is None else cell_text(image),
                "impact": self._cell(where, "impact", _rating, get("impact")),
                "effort": self._cell(where, "effort", _rating, get("effort")),
                "origin": _optional(cell_text(get("origin")).strip()),
            }
            self.origin[("cards", len(cards))] = where
            cards.append(card)
        return cards

    def _metrics(self, table: _Table, stages: list[dict[str, Any]],
                 steps: dict[Any, str]) -> None:
        where_step = {step["id"]: (i, j, step) for i, stage in enumerate(stages)
                      for j, step in enumerate(stage["steps"])}
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            step_id = self._step(get, steps, where)
            if step_id is None:
                continue
            if step_id not in where_step:
                self.problems.append(msg("Import", '{where}, step_id: no step with id {step_id!r}', where=where, step_id=step_id))
                continue
            metric = self._cell(where, "metric", lambda v: _enum(Metric, v, msg("Import", "metric")),
                                get("metric"))
            score = self._cell(where, "score", _number, get("score"))
            if metric is None or score is None:
                if metric is None and get("metric") in (None, ""):
                    self.problems.append(msg("Import", '{where}, metric: empty (CSAT, CES or NPS)', where=where))
                elif score is None and get("score") in (None, ""):
                    self.problems.append(msg("Import", '{where}, score: empty', where=where))
                continue
            i, j, step = where_step[step_id]
            self.origin[("metrics", i, j, len(step.setdefault("metrics", [])))] = where
            step["metrics"].append({
                "metric": metric, "score": score,
                "n": self._cell(where, "n", _whole, get("n")) or 0,
                "low": self._cell(where, "low", _number, get("low")),
                "high": self._cell(where, "high", _number, get("high")),
                "source": cell_text(get("source")),
            })

    def _conflicts(self, table: _Table) -> list[dict[str, Any]]:
        conflicts: list[dict[str, Any]] = []
        for number, values in table.rows:
            get = partial(table.get, values)
            where = msg("Import", "sheet {sheet!r} row {row}", sheet=table.sheet, row=number)
            conflict: dict[str, Any] = {
                "id": cell_text(get("id")).strip() or new_id("conflict"),
                "kind": self._cell(where, "kind", lambda v: _enum(ItemKind, v, msg("Import", "kind of item")),
                                   get("kind")),
                "item_id": _optional(cell_text(get("item_id")).strip()),
                "name": cell_text(get("name")),
                "field": cell_text(get("field")),
                "key": _optional(cell_text(get("key")).strip()),
                "reason": self._cell(where, "reason",
                                     lambda v: _enum(ConflictReason, v, msg("Import", "reason")),
                                     get("reason")) or ConflictReason.EDITED,
                "ours_label": cell_text(get("ours_label")) or "ours",
                "theirs_label": cell_text(get("theirs_label")) or "theirs",
            }
            for side in ("base", "ours", "theirs"):
                conflict[side] = self._cell(where, side, _json_value, get(side))
            self.origin[("conflicts", len(conflicts))] = where
            conflicts.append(conflict)
        return conflicts


def _rating(value: Any) -> int | None:
    if value is None or value == "" or not cell_text(value).strip():
        return None
    return _whole(value)


def _json_value(value: Any) -> Any:
    import json

    text = cell_text(value)
    if not text.strip():
        return None
    try:
        return json.loads(text)
    except ValueError:
        raise _CellError(msg("Import", '{value!r} is not JSON', value=text[:40])) from None
