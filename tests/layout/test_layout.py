from cjdesigner.layout import LayoutEngine, layout_map, style, text_width, wrap
from cjdesigner.model import BlueprintLine, Card, Lane, LaneKind, planning
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import append_card


def test_cards_sit_inside_their_cells_without_overlap():
    doc = sample_map()
    # a crowded cell, a long card and an empty-titled one: stacking has work to do
    for title in ("First of three", "Second " * 30, ""):
        append_card(doc, Card(title=title, lane_id="lane-pain", step_id="step-compare"))
    lay = layout_map(doc)
    for box in lay.cards.values():
        cell = lay.cell_rect(box.lane_id, box.step_id)
        assert cell.x <= box.rect.x and box.rect.right <= cell.right
        assert cell.y <= box.rect.y and box.rect.bottom <= cell.bottom
    crowded = lay.cards_in_cell("lane-pain", "step-compare")
    assert len(crowded) == 4
    # stacked in list order, top to bottom, with a gap
    tops = [b.rect.y for b in crowded]
    assert tops == sorted(tops)
    boxes = list(lay.cards.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a.rect.right <= b.rect.x or b.rect.right <= a.rect.x
                     or a.rect.bottom <= b.rect.y or b.rect.bottom <= a.rect.y)
            assert apart, f"{a.card_id} overlaps {b.card_id}"


def test_rows_and_columns_line_up_across_the_map():
    lay = layout_map(sample_map())
    xs = [s.column.x for s in lay.steps]
    assert xs == sorted(xs)
    assert all(b.column.x == a.column.right for a, b in zip(lay.steps, lay.steps[1:], strict=False))
    ys = [lane.row.y for lane in lay.lanes]
    assert all(b == a.row.bottom for a, b in zip(lay.lanes, ys[1:], strict=False))


def test_wrap_respects_width_and_ends_with_ellipsis_when_cut():
    text = "word " * 60
    lines = wrap(text, style.CARD_BODY, 120, 3)
    assert len(lines) == 3
    assert lines[-1].endswith("…")
    assert all(text_width(line, style.CARD_BODY) <= 120 for line in lines)


def test_curve_points_follow_the_scale():
    doc = sample_map()
    lay = layout_map(doc)
    curve = lay.curves[0]
    set_point = next(p for p in curve.points if p.step_id == "step-order")
    assert set_point.is_set
    band = curve.band
    assert band.y <= set_point.y <= band.bottom
    derived = next(p for p in curve.points if p.step_id == "step-compare")
    assert not derived.is_set and derived.value == -1.5


def test_blueprint_lines_follow_the_lane_order():
    doc = sample_map()
    for kind in (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT):
        planning.add_lane(doc, Lane(title=kind.label, kind=kind)).apply(doc)
    lines = [line.line for line in layout_map(doc).blueprint_lines]
    assert lines == [
        BlueprintLine.INTERACTION,
        BlueprintLine.VISIBILITY,
        BlueprintLine.INTERNAL_INTERACTION,
    ]


def test_engine_reuses_measurements_and_follows_edits():
    doc = sample_map()
    engine = LayoutEngine()
    first = engine.layout(doc)
    planning.move_cards(doc, [("card-1", "lane-pain", "step-compare", 0)]).apply(doc)
    second = engine.layout(doc)
    assert second.cards["card-1"].step_id == "step-compare"
    assert second.cards["card-1"].rect.y < second.cards["card-3"].rect.y
    assert first.cards["card-1"].title_lines == second.cards["card-1"].title_lines
