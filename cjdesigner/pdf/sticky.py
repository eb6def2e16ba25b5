"""Sticky notes on the blank wall template: N × M squares per cell, in the colours a
workshop's sticky notes come in, a colour per kind of lane. No Qt.

The squares are where the notes go; each lane's colour says which pad to take (yellow for
what the customer does, blue for thoughts, pink for pain points, green for
opportunities …), as facilitators sort them. The blank template's rows are made tall
enough for the squares (``poster.blank_layout``), so a note never overhangs its cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cjdesigner.layout import MapLayout, style
from cjdesigner.model import LaneKind

#: the pads' colours (the classic sticky-note range)
CANARY = "#FFF27A"
BLUE = "#8ED3F5"
PINK = "#FF9FC8"
GREEN = "#C4E58A"
ORANGE = "#FFBE6B"
LILAC = "#CBB3F2"

#: which pad a lane's notes come from; feelings lanes get none (the curve goes there)
NOTE_COLOURS: dict[LaneKind, str] = {
    LaneKind.ACTIONS: CANARY,
    LaneKind.TOUCHPOINTS: CANARY,
    LaneKind.CHANNELS: CANARY,
    LaneKind.THOUGHTS: BLUE,
    LaneKind.PAIN_POINTS: PINK,
    LaneKind.OPPORTUNITIES: GREEN,
    LaneKind.IDEAS: ORANGE,
    LaneKind.KPIS: LILAC,
    LaneKind.CONTENT: CANARY,
    LaneKind.TEXT: CANARY,
    LaneKind.IMAGES: CANARY,
    LaneKind.PHYSICAL_EVIDENCE: CANARY,
    LaneKind.FRONTSTAGE: CANARY,
    LaneKind.BACKSTAGE: BLUE,
    LaneKind.SUPPORT: GREEN,
}
#: the template's default: two notes across, two down
DEFAULT_NOTES = (2, 2)
MAX_NOTES = 6
#: the gap between notes and around them, as a share of a note's side
GAP = 0.08

_NOTES = re.compile(r"^\s*(\d+)\s*[x×*]\s*(\d+)\s*$", re.IGNORECASE)


class NotesError(ValueError):
    """A --sticky-notes value that does not read; the message is for people."""


def parse_notes(text: str | None) -> tuple[int, int] | None:
    """``"2x3"`` (across × down per cell) → (2, 3); ``"none"`` or ``"0"`` → None;
    None → the default."""
    if text is None or not str(text).strip():
        return DEFAULT_NOTES
    value = str(text).strip().lower()
    if value in ("none", "0", "off", "no"):
        return None
    match = _NOTES.match(value)
    if not match:
        raise NotesError(f"sticky notes per cell: {text!r} is not ACROSSxDOWN such as 2x2, "
                         "or none")
    across, down = int(match.group(1)), int(match.group(2))
    if not (1 <= across <= MAX_NOTES and 1 <= down <= MAX_NOTES):
        raise NotesError(f"sticky notes per cell: 1 to {MAX_NOTES} across and down, "
                         f"not {across}x{down}")
    return across, down


def note_side(cell_width: float, across: int) -> float:
    """A note's side in a cell ``cell_width`` wide with ``across`` notes in a row."""
    return cell_width / (across + (across + 1) * GAP)


def row_height_for(cell_width: float, notes: tuple[int, int]) -> float:
    """The content height a row needs for ``notes`` in cells ``cell_width`` wide."""
    across, down = notes
    side = note_side(cell_width, across)
    return side * (down + (down + 1) * GAP)


@dataclass(frozen=True)
class Note:
    """One square, in layout units (y down)."""

    x: float
    y: float
    side: float
    colour: str
    lane_id: str
    step_id: str


def note_squares(lay: MapLayout, notes: tuple[int, int] | None) -> list[Note]:
    """Every note square of the blank template, cell by cell, centred in its cell."""
    if notes is None:
        return []
    across, down = notes
    out = []
    for lane in lay.lanes:
        ink = NOTE_COLOURS.get(lane.kind)
        if ink is None:
            continue
        top, bottom = lane.content_top, lane.row.bottom
        for step in lay.steps:
            x0, w = step.column.x, step.column.w
            side = min(note_side(w, across),
                       (bottom - top) / (down + (down + 1) * GAP))
            if side <= 0:
                continue
            gap = side * GAP
            left = x0 + (w - (across * side + (across - 1) * gap)) / 2
            upper = top + (bottom - top - (down * side + (down - 1) * gap)) / 2
            for row in range(down):
                for col in range(across):
                    out.append(Note(left + col * (side + gap), upper + row * (side + gap),
                                    side, ink, lane.lane_id, step.step_id))
    return out


def note_fill(ink: str) -> str:
    """The printed square: the pad's colour, lightened so a real note stands out on it."""
    return style.mix(ink, style.PAPER, 0.5)


__all__ = ["DEFAULT_NOTES", "NOTE_COLOURS", "Note", "NotesError", "note_fill", "note_side",
           "note_squares", "parse_notes", "row_height_for"]
