"""LayoutEngine.update and refresh_curves give exactly what a fresh layout gives."""

import random

from cjdesigner.layout import LayoutEngine, layout_map
from cjdesigner.model import Card, edits
from cjdesigner.model.sample import sample_map

FIELDS = (
    "cards",
    "cells",
    "cell_heights",
    "lanes",
    "steps",
    "stages",
    "grid",
    "height",
    "width",
    "curves",
    "scale_ticks",
    "blueprint_lines",
)


def same(a, b):
    for name in FIELDS:
        assert getattr(a, name) == getattr(b, name), name


def test_update_matches_a_fresh_layout_over_random_card_edits():
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    rng = random.Random(7)
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    for i in range(300):
        choice = rng.random()
        if choice < 0.3 or not doc.cards:
            edit = edits.AddCards(
                [
                    Card(
                        lane_id=rng.choice(lanes),
                        step_id=rng.choice(steps),
                        title="t " * rng.randint(1, 12),
                        description="word " * rng.randint(0, 40),
                        emotion=rng.choice([None, -2, 0, 1.5]),
                        votes=rng.randint(0, 3),
                    )
                ],
                [rng.choice([None, 0, 1])],
            )
        elif choice < 0.6:
            card = rng.choice(doc.cards)
            edit = edits.MoveCards(
                [(card.id, rng.choice(lanes), rng.choice(steps), rng.randint(0, 3))]
            )
        elif choice < 0.8:
            card = rng.choice(doc.cards)
            edit = edits.SetFields(Card, card.id, {"description": "longer " * rng.randint(0, 30)})
        else:
            edit = edits.RemoveCards([rng.choice(doc.cards).id])
        edit.apply(doc)
        lay = engine.update(doc, lay, edit.card_ids())
        same(lay, layout_map(doc))
        if i % 10 == 0:  # and back again
            edit.revert(doc)
            lay = engine.update(doc, lay, edit.card_ids())
            same(lay, layout_map(doc))
            edit.apply(doc)
            lay = engine.update(doc, lay, edit.card_ids())


def test_refresh_curves_matches_a_fresh_layout():
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    curve = doc.curves[0].id
    for step, value in (("step-review", -2.0), ("step-ad", None), ("step-compare", 1.5)):
        edits.SetCurvePoint(curve, step, value).apply(doc)
        lay = engine.refresh_curves(doc, lay)
        same(lay, layout_map(doc))


def test_update_without_changes_returns_the_same_layout():
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    assert engine.update(doc, lay, set()) is lay
