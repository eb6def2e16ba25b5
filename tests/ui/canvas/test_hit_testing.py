"""The HitTester answers from the layout alone: no window, no scene, no Qt."""

import subprocess
import sys

from cjdesigner.layout import LayoutEngine, style
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.hit_testing import HitTester


def _hits(doc=None):
    doc = doc or sample_map()
    return doc, HitTester(LayoutEngine().layout(doc))


def test_the_hit_tester_imports_no_qt():
    code = (
        "import sys, cjdesigner.ui.canvas.hit_testing\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_card_is_found_at_its_centre_and_in_its_cell():
    doc, hits = _hits()
    for card in doc.cards:
        r = hits.layout.cards[card.id].rect
        x, y = r.x + r.w / 2, r.y + r.h / 2
        assert hits.card_at(x, y) == card.id
        assert hits.cell_at(x, y) == (card.lane_id, card.step_id)
        cell = hits.cell_rect(card.lane_id, card.step_id)
        assert cell is not None and cell.contains(x, y)


def test_nothing_is_found_outside_the_grid():
    _doc, hits = _hits()
    grid = hits.layout.grid
    assert hits.cell_at(grid.x - 1, grid.y + 1) is None
    assert hits.card_at(grid.right + 5, grid.bottom + 5) is None
    assert hits.cell_rect("no-lane", "no-step") is None


def test_headers_are_found_by_kind():
    _doc, hits = _hits()
    lay = hits.layout
    stage = lay.stages[0]
    assert hits.header_at(stage.rect.x + 2, 2) == ("stage", stage.stage_id)
    step = lay.steps[0]
    y = style.STAGE_HEADER_H + 2
    assert hits.header_at(step.column.x + 2, y) == ("step", step.step_id)
    lane = lay.lanes[0]
    assert hits.header_at(2, lane.row.y + 2) == ("lane", lane.lane_id)
    # the frozen headers shifted down by 100: the old spot is the grid, the new one a header
    assert hits.header_at(2, lane.row.y + 2, offset=(0.0, 0.0)) is not None
    assert hits.header_at(step.column.x + 2, y, offset=(0.0, 100.0)) is None
    assert hits.header_at(step.column.x + 2, y + 100, offset=(0.0, 100.0)) == ("step", step.step_id)


def test_curve_points_and_lines_are_picked_within_the_tolerance():
    _doc, hits = _hits()
    curve = hits.layout.curves[0]
    p = curve.points[0]
    assert hits.curve_point_at(p.x + 3, p.y, 5) == (curve.curve_id, p.step_id)
    assert hits.curve_point_at(p.x + 30, p.y + 30, 5) is None
    a, b = curve.points[0], curve.points[1]
    assert hits.curve_at((a.x + b.x) / 2, (a.y + b.y) / 2, 4) == curve.curve_id
    band = hits.curve_band()
    assert band is not None and band.h > 0


def test_drop_positions_count_the_cards_that_stay():
    doc = sample_map()
    a, b = doc.cards[0], doc.cards[1]
    moved = b.model_copy(update={"lane_id": a.lane_id, "step_id": a.step_id})
    _doc, hits = _hits(doc.model_copy(update={"cards": [a, moved, *doc.cards[2:]]}))
    cell, ids = next((c, ids) for c, ids in hits.layout.cells.items() if len(ids) >= 2)
    first, second = (hits.layout.cards[i].rect for i in ids[:2])
    assert hits.insert_position(cell, first.y + 1, set()) == 0
    assert hits.insert_position(cell, first.bottom + 1, set()) == 1
    assert hits.insert_position(cell, second.bottom + 1, {ids[0]}) == 1
    assert hits.insert_line_y(cell, 0, set()) == first.y - style.CARD_GAP / 2
    assert hits.insert_line_y(cell, len(ids), set()) > hits.layout.cards[ids[-1]].rect.bottom
