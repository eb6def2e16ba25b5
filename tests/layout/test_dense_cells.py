"""Dense cells lay their cards side by side; canvas and poster share the decision."""

import random

import pytest

from cjdesigner.layout import LayoutEngine, layout_map, style
from cjdesigner.layout import engine as engine_module
from cjdesigner.layout.columns import MAX_CARD_COLUMNS, cell_stack, column_width, stack_height
from cjdesigner.model import Card, JourneyMap, Lane, LaneKind, Stage, Step, edits, planning
from cjdesigner.model.sample import sample_map


def dense_map(crowd: int = 12, steps: int = 3) -> JourneyMap:
    """A few steps and lanes; one cell holds ``crowd`` cards, the others one each."""
    stage = Stage(id="stage-a", name="Stage",
                  steps=[Step(id=f"step-{i}", name=f"Step {i}") for i in range(steps)])
    lanes = [Lane(id="lane-do", title="Does", kind=LaneKind.ACTIONS),
             Lane(id="lane-pain", title="Pains", kind=LaneKind.PAIN_POINTS)]
    cards = [Card(id=f"crowd-{i}", lane_id="lane-do", step_id="step-1", title=f"Crowded {i}",
                  description="words " * (i % 4 * 5)) for i in range(crowd)]
    cards += [Card(id=f"single-{i}", lane_id="lane-pain", step_id=f"step-{i}",
                   title=f"Single {i}") for i in range(steps)]
    return JourneyMap(stages=[stage], lanes=lanes, cards=cards)


def test_a_dense_cell_spreads_its_cards_in_reading_order():
    lay = layout_map(dense_map())
    columns = lay.step_columns["step-1"]
    assert 2 <= columns <= MAX_CARD_COLUMNS
    step = next(s for s in lay.steps if s.step_id == "step-1")
    assert step.column.w == column_width(columns) > style.COLUMN_W
    boxes = lay.cards_in_cell("lane-do", "step-1")
    cell = lay.cell_rect("lane-do", "step-1")
    for box in boxes:  # inside the cell, the width of a card
        assert box.rect.w == style.CARD_W
        assert cell.x <= box.rect.x and box.rect.right <= cell.right
        assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom
    for i, box in enumerate(boxes):  # reading order: left to right, then the next row
        row, col = divmod(i, columns)
        assert box.rect.x == pytest.approx(step.column.x + style.CELL_PAD
                                           + col * (style.CARD_W + style.CARD_GAP))
        if col:
            assert box.rect.y == boxes[i - 1].rect.y
        elif row:
            above = boxes[i - columns:i]
            assert box.rect.y == pytest.approx(
                max(b.rect.bottom for b in above) + style.CARD_GAP)
    for a in boxes:  # no overlaps
        for b in boxes:
            if a is not b:
                assert not (a.rect.x < b.rect.right and b.rect.x < a.rect.right
                            and a.rect.y < b.rect.bottom and b.rect.y < a.rect.bottom)
    # the other steps keep one column, and the cell is as tall as its rows
    assert set(lay.step_columns) == {"step-1"}
    heights = [box.rect.h for box in boxes]
    assert lay.cell_heights[("lane-do", "step-1")] == pytest.approx(
        stack_height(heights, columns))


def test_a_sparse_map_keeps_one_column():
    assert layout_map(sample_map()).step_columns == {}


def test_a_small_cell_never_spreads():
    assert cell_stack([80.0, 90.0]) == (178.0,)
    assert len(cell_stack([80.0] * 9)) == MAX_CARD_COLUMNS


def test_the_poster_prints_a_dense_map_larger(monkeypatch):
    from cjdesigner.pdf.poster import PosterOptions, compose

    doc = dense_map(crowd=16)
    spread = compose(doc, layout_map(doc), PosterOptions(paper="A0"))
    monkeypatch.setattr(engine_module, "choose_columns", lambda *args: {})
    stacked = compose(doc, layout_map(doc), PosterOptions(paper="A0"))
    assert spread.scale > stacked.scale * 1.08


FIELDS = ("cards", "cells", "cell_heights", "lanes", "steps", "stages", "grid", "height",
          "width", "curves", "step_columns", "cell_stacks")


def test_incremental_layout_matches_a_fresh_one_as_cells_fill_and_empty():
    doc = dense_map(crowd=6)
    engine = LayoutEngine()
    lay = engine.layout(doc)
    rng = random.Random(3)
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    seen = set()
    for _ in range(120):
        if rng.random() < 0.5 or len(doc.cards) < 3:
            edit = planning.add_cards(doc, [Card(
                lane_id=rng.choice(lanes), step_id=rng.choice(steps[:2]),
                title="t " * rng.randint(1, 9), description="w " * rng.randint(0, 30))], [None])
        elif rng.random() < 0.5:
            card = rng.choice(doc.cards)
            edit = planning.move_cards(doc, [(card.id, rng.choice(lanes), rng.choice(steps),
                                              rng.randint(0, 5))])
        else:
            edit = edits.RemoveCards(ids=[rng.choice(doc.cards).id])
        edit.apply(doc)
        lay = engine.update(doc, lay, edit.card_ids())
        fresh = layout_map(doc)
        for name in FIELDS:
            assert getattr(lay, name) == getattr(fresh, name), name
        seen.add(tuple(sorted(fresh.step_columns.items())))
    assert len(seen) > 2  # the grid did change its columns along the way


def test_a_right_to_left_map_reads_its_rows_from_the_right():
    from cjdesigner.ui.canvas.hit_testing import HitTester

    doc = dense_map()
    doc = doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": "ar"})})
    lay = layout_map(doc)
    assert lay.rtl and lay.step_columns.get("step-1", 1) > 1
    first, second = lay.cards["crowd-0"].rect, lay.cards["crowd-1"].rect
    assert second.right < first.x and second.y == first.y
    step = next(s for s in lay.steps if s.step_id == "step-1")
    assert first.right == pytest.approx(step.column.right - style.CELL_PAD)
    hits = HitTester(lay)
    cell = ("lane-do", "step-1")
    assert hits.insert_position(cell, first.y + 10, set(), first.x + 5) == 1
    assert hits.insert_position(cell, first.y + 10, set(), first.right - 5) == 0
