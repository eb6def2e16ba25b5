"""Issue 14 part 8: the blank wall template holds N × M sticky-note squares per cell, in
sticky-note colours by lane, on the command line and in the export dialog."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from cjdesigner.cli import main
from cjdesigner.fileio import save
from cjdesigner.layout import style
from cjdesigner.model import LaneKind
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.poster import blank_layout
from cjdesigner.pdf.sticky import (
    NOTE_COLOURS,
    NotesError,
    note_fill,
    note_squares,
    parse_notes,
)
from cjdesigner.templates import load_template


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    return tuple(int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _squares(path: Path) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        fills = {tuple(round(v, 3) for v in _rgb(note_fill(c))) for c in NOTE_COLOURS.values()}
        return [r for r in page.rects if abs(r["width"] - r["height"]) < 0.05
                and r["non_stroking_color"] is not None
                and tuple(round(v, 3) for v in r["non_stroking_color"]) in fills]


@pytest.mark.parametrize(("notes", "across", "down"), [("2x2", 2, 2), ("3x2", 3, 2),
                                                        ("1x1", 1, 1), ("4x3", 4, 3)])
def test_every_cell_holds_n_by_m_notes(tmp_path: Path, notes: str, across: int,
                                       down: int) -> None:
    doc = load_template("service-blueprint")
    out = tmp_path / "blank.pdf"
    export_poster(doc, out, PosterOptions(paper="A1", blank=True,
                                          sticky_notes=parse_notes(notes)))
    note_lanes = [lane for lane in doc.lanes if lane.kind in NOTE_COLOURS]
    steps = doc.step_ids()
    squares = _squares(out)
    assert len(squares) == len(note_lanes) * len(steps) * across * down
    # notes in one lane share their pad's colour; lanes of different kinds differ
    _, lay = blank_layout(doc, (across, down))
    planned = note_squares(lay, (across, down))
    assert {n.colour for n in planned if n.lane_id == note_lanes[0].id} == {
        NOTE_COLOURS[note_lanes[0].kind]}
    # a note never overhangs its cell
    cells = {(lane.lane_id, step.step_id): (step.column, lane)
             for lane in lay.lanes for step in lay.steps}
    for n in planned:
        column, lane = cells[(n.lane_id, n.step_id)]
        assert column.x <= n.x and n.x + n.side <= column.right + 1e-6
        assert lane.content_top <= n.y and n.y + n.side <= lane.row.bottom + 1e-6


def test_real_sticky_note_colours_by_lane_kind() -> None:
    assert NOTE_COLOURS[LaneKind.ACTIONS] != NOTE_COLOURS[LaneKind.PAIN_POINTS]
    assert NOTE_COLOURS[LaneKind.PAIN_POINTS] != NOTE_COLOURS[LaneKind.OPPORTUNITIES]
    assert LaneKind.FEELINGS not in NOTE_COLOURS  # the curve goes there
    # the classic canary yellow pad for what people do
    r, g, b = _rgb(NOTE_COLOURS[LaneKind.ACTIONS])
    assert r > 0.95 and g > 0.9 and b < 0.6
    # printed lighter than the pad, so a real note stands out on its square
    assert note_fill(NOTE_COLOURS[LaneKind.ACTIONS]) != NOTE_COLOURS[LaneKind.ACTIONS]
    assert style.mix  # the tint comes from the poster's one mixing rule


def test_none_prints_the_empty_grid(tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    export_poster(load_template("service-blueprint"), out,
                  PosterOptions(paper="A1", blank=True, sticky_notes=None))
    assert _squares(out) == []


@pytest.mark.parametrize("text", ["2", "x3", "0x2", "7x1", "two by two"])
def test_bad_values_say_what_is_expected(text: str) -> None:
    with pytest.raises(NotesError, match="sticky notes per cell"):
        parse_notes(text)


def test_command_line(tmp_path: Path, capsys) -> None:
    src = tmp_path / "map.cjm"
    save(load_template("five-stage-journey"), src)
    out = tmp_path / "wall.pdf"
    assert main(["export", str(src), "-o", str(out), "--blank", "--sticky-notes", "3x2",
                 "--paper", "A1"]) == 0
    doc = load_template("five-stage-journey")
    lanes = [lane for lane in doc.lanes if lane.kind in NOTE_COLOURS]
    assert len(_squares(out)) == len(lanes) * len(doc.step_ids()) * 6
    assert main(["export", str(src), "-o", str(tmp_path / "x.pdf"), "--blank",
                 "--sticky-notes", "9x9", "--force"]) != 0
    assert "1 to 6 across and down" in capsys.readouterr().err
