"""Excel workbooks: a map as sheets a spreadsheet person knows, and back. No Qt.

A workbook written here has these sheets (header row first, one row per object, in the
map's order):

* **Cards**: the CSV columns (``stage, step, lane, lane_kind, title, description,
  channel, owner, evidence, emotion, tags``) so people who know the CSV know the sheet,
  then the rest of a card (``id, lane_id, step_id, evidence_source, color, votes,
  links, image, impact, effort, origin``).
* **Stages**, **Steps**, **Lanes**, **Personas**, **Curves** (one row per emotion curve)
  and **Curve points** (one row per point), **Map** (title, objective … as field/value
  rows) and, when the map has journey metrics, **Metrics**.

Reading it back gives the same map byte for byte (``dumps`` of both are equal); writing
the same map twice gives the same file (fixed zip times and document properties).

Import (``read_workbook``) also takes workbooks people make: a single sheet of cards
with the CSV columns, as Excel, LibreOffice or Google Sheets save it — dates, numbers
stored as text, merged cells (a stage merged down its rows, a two-row header), title
rows above the header, hidden helper sheets, formulas (their cached values). Rows added
by hand to a full workbook may leave the id columns empty: their lane and step are
found by name. Every problem names its sheet and row; nothing is half-imported.

Text in cells: characters XML cannot hold (control characters) are written as Excel
writes them, ``_x0001_``, and a literal ``_x0041_`` in text is protected as
``_x005F_x0041_``; text is always a text cell, so ``=SUM(A1)`` in a card stays text.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from cjdesigner.csvio import COLUMNS as CSV_COLUMNS

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")

#: the Cards sheet: the CSV's columns, then what the CSV leaves out
CARD_COLUMNS = (
    *CSV_COLUMNS,
    "id",
    "lane_id",
    "step_id",
    "evidence_source",
    "color",
    "votes",
    "links",
    "image",
    "impact",
    "effort",
    "origin",
)
STAGE_COLUMNS = ("id", "name", "color")
STEP_COLUMNS = ("stage_id", "stage", "id", "name", "time", "duration_minutes", "description")
LANE_COLUMNS = ("id", "title", "kind", "color")
PERSONA_LISTS = ("goals", "needs", "motivations", "challenges", "behaviours", "preferred_channels")
PERSONA_COLUMNS = (
    "id",
    "name",
    "segment",
    "age",
    "occupation",
    "income",
    *PERSONA_LISTS,
    "quote",
    "primary",
    "color",
)
CURVE_COLUMNS = ("id", "label", "persona_id", "color", "scale_min", "scale_max", "levels",
                 "metric")
METRIC_COLUMNS = ("step_id", "stage", "step", "metric", "score", "n", "low", "high", "source")
CONFLICT_COLUMNS = ("id", "kind", "item_id", "name", "field", "key", "reason", "base", "ours",
                    "theirs", "ours_label", "theirs_label")
POINT_COLUMNS = ("curve_id", "curve", "step_id", "stage", "step", "value")
META_FIELDS = (
    "title",
    "objective",
    "scope",
    "map_type",
    "journey_kind",
    "version_label",
    "author",
    "created",
    "modified",
)
MAP_COLUMNS = ("field", "value")


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[str, ...]
    widths: tuple[float, ...] = ()


SHEETS = (
    SheetSpec("Cards", CARD_COLUMNS),
    SheetSpec("Stages", STAGE_COLUMNS),
    SheetSpec("Steps", STEP_COLUMNS),
    SheetSpec("Lanes", LANE_COLUMNS),
    SheetSpec("Personas", PERSONA_COLUMNS),
    SheetSpec("Curves", CURVE_COLUMNS),
    SheetSpec("Curve points", POINT_COLUMNS),
    SheetSpec("Metrics", METRIC_COLUMNS),
    SheetSpec("Map", MAP_COLUMNS),
    SheetSpec("Conflicts", CONFLICT_COLUMNS),  # only when a merge left some
)
STRUCTURE_SHEETS = ("Stages", "Steps", "Lanes")


class WorkbookError(Exception):
    """A workbook that could not be read or written; ``problems`` has one line each."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


# -- text in cells -------------------------------------------------------------------------

#: characters an XML 1.0 document cannot hold, which Excel writes as _xHHHH_
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def escape_cell_text(text: str) -> str:
    """Text as a cell holds it: ``_xHHHH_`` for unwritable characters, and a literal
    ``_xHHHH_`` protected by escaping its underscore (``_x005F_``), as Excel does."""
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: "_x005F" + m.group(0), text)
    if _UNWRITABLE.search(text):
        text = _UNWRITABLE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)
    return text


def unescape_cell_text(text: str) -> str:
    """The text ``escape_cell_text`` (or Excel) wrote."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def is_workbook_name(path: str | os.PathLike[str]) -> bool:
    from pathlib import Path

    return Path(path).suffix.lower() in WORKBOOK_SUFFIXES


__all__ = [
    "CARD_COLUMNS",
    "SHEETS",
    "WORKBOOK_SUFFIXES",
    "WorkbookError",
    "escape_cell_text",
    "is_workbook_name",
    "unescape_cell_text",
]


# -- lists in one cell ---------------------------------------------------------------------


def join_list(items: list[str], separator: str) -> str:
    """A list as one cell: items joined by ``separator`` ("\\n" or "; "), or as a JSON
    array when the joined text would not split back into the same items."""
    import json

    joined = separator.join(items)
    if not items:
        return ""
    if split_list(joined, separator) == items and not joined.startswith('["'):
        return joined
    return json.dumps(items, ensure_ascii=False)


def split_list(text: str, separator: str) -> list[str]:
    """The items of a cell written by ``join_list`` (or typed by a person)."""
    import json

    if text.startswith('["') and text.endswith("]"):
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
    mark = separator.strip() or "\n"
    return [item.strip() for item in text.replace("\r\n", "\n").split(mark) if item.strip()]
