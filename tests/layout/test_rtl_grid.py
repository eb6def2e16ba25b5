"""A map in a right-to-left language is laid out as the mirror image of the same map in a
left-to-right one: stages and steps from the right, lane headers and corner at the right."""

from __future__ import annotations

import random

import pytest

from cjdesigner.layout import LayoutEngine, layout_map, style
from cjdesigner.layout.direction import language_is_rtl, map_is_rtl
from cjdesigner.model import Card, planning
from cjdesigner.model.sample import sample_map


def _in(language: str):
    doc = sample_map()
    return doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": language})})


@pytest.mark.parametrize(("tag", "rtl"), [
    ("ar", True), ("ar-EG", True), ("he", True), ("fa-IR", True), ("ur", True), ("yi", True),
    ("az-Arab", True), ("en", False), ("da", False), ("zh-Hant-TW", False), ("hi", False),
    ("th", False), ("ku-Latn", False), ("", None),
])
def test_languages_written_right_to_left(tag, rtl):
    assert language_is_rtl(tag) is rtl


def test_the_mirror_image_of_the_left_to_right_layout():
    ltr, rtl = layout_map(_in("en")), layout_map(_in("ar"))
    assert not ltr.rtl and rtl.rtl
    width = ltr.width
    assert rtl.width == width and rtl.height == ltr.height

    def mirrored(a, b):
        assert b.x == pytest.approx(width - a.right) and b.w == a.w
        assert (b.y, b.h) == (a.y, a.h)

    mirrored(ltr.grid, rtl.grid)
    assert rtl.grid.x == 0.0 and rtl.lane_x == width - style.LANE_HEADER_W
    assert rtl.corner.x == rtl.lane_x and ltr.corner.x == 0.0
    for a, b in zip(ltr.stages, rtl.stages, strict=True):
        mirrored(a.rect, b.rect)
    for a, b in zip(ltr.steps, rtl.steps, strict=True):
        mirrored(a.rect, b.rect)
        mirrored(a.column, b.column)
    for a, b in zip(ltr.lanes, rtl.lanes, strict=True):
        mirrored(a.rect, b.rect)
        mirrored(a.row, b.row)
    for card_id, box in ltr.cards.items():
        mirrored(box.rect, rtl.cards[card_id].rect)
    for a, b in zip(ltr.curves, rtl.curves, strict=True):
        mirrored(a.band, b.band)
        assert [p.x for p in b.points] == pytest.approx([width - p.x for p in a.points])
    # the first step is the rightmost column, the last the leftmost
    xs = [step.column.x for step in rtl.steps]
    assert xs == sorted(xs, reverse=True)
    assert rtl.steps[0].column.right == rtl.lane_x


def test_headers_mostly_in_a_right_to_left_script_flow_right_to_left():
    doc = _in("en")
    assert not map_is_rtl(doc)
    # Arabic stage names alone are outweighed by the English step names and title
    arabic_stages = doc.model_copy(update={"stages": [
        stage.model_copy(update={"name": "مرحلة"}) for stage in doc.stages]})
    assert not map_is_rtl(arabic_stages)
    hebrew = _in("en").model_copy(update={"stages": [
        stage.model_copy(update={"name": "שלב", "steps": [
            step.model_copy(update={"name": "צעד ראשון"}) for step in stage.steps]})
        for stage in doc.stages]})
    assert map_is_rtl(hebrew) and layout_map(hebrew).rtl
    # a Danish map with one Arabic card still flows left to right (cards do not decide)
    assert not layout_map(_in("da")).rtl


def test_incremental_updates_of_a_right_to_left_map_match_a_fresh_layout():
    doc = _in("he")
    engine = LayoutEngine()
    lay = engine.layout(doc)
    rng = random.Random(3)
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    for _ in range(40):
        if rng.random() < 0.5:
            edit = planning.add_cards(doc, [Card(lane_id=rng.choice(lanes),
                                                 step_id=rng.choice(steps),
                                                 title="כרטיס " * rng.randint(1, 9))], [None])
        else:
            card = rng.choice(doc.cards)
            edit = planning.move_cards(
                doc, [(card.id, rng.choice(lanes), rng.choice(steps), 0)])
        edit.apply(doc)
        lay = engine.update(doc, lay, edit.card_ids())
        fresh = layout_map(doc)
        assert lay.rtl and lay.cards == fresh.cards and lay.lanes == fresh.lanes
        assert lay.curves == fresh.curves
