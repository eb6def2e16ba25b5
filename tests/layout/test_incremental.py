"""LayoutEngine.update and refresh_curves give exactly what a fresh layout gives."""

import random

from cjdesigner.layout import LayoutEngine, layout_map
from cjdesigner.model import Card, edits, planning
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
            edit = planning.add_cards(
                doc,
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
            edit = planning.move_cards(
                doc, [(card.id, rng.choice(lanes), rng.choice(steps), rng.randint(0, 3))]
            )
        elif choice < 0.8:
            card = rng.choice(doc.cards)
            edit = edits.SetFields(target="card", ident=card.id, changes={"description": "longer " * rng.randint(0, 30)})
        else:
            edit = edits.RemoveCards(ids=[rng.choice(doc.cards).id])
        inverse = edit.apply(doc)
        lay = engine.update(doc, lay, edit.card_ids())
        same(lay, layout_map(doc))
        if i % 10 == 0:  # and back again
            redo = inverse.apply(doc)
            lay = engine.update(doc, lay, inverse.card_ids())
            same(lay, layout_map(doc))
            redo.apply(doc)
            lay = engine.update(doc, lay, edit.card_ids())


def test_refresh_curves_matches_a_fresh_layout():
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    curve = doc.curves[0].id
    for step, value in (("step-review", -2.0), ("step-ad", None), ("step-compare", 1.5)):
        edits.SetCurvePoint(curve_id=curve, step_id=step, value=value).apply(doc)
        lay = engine.refresh_curves(doc, lay)
        same(lay, layout_map(doc))


def test_update_without_changes_returns_the_same_layout():
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    assert engine.update(doc, lay, set()) is lay


def test_clearing_or_undoing_an_emotion_moves_the_curve():
    """The curve point follows a card whose emotion goes away, not only one that gets one."""
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    curve = doc.curves[0]
    card = next(c for c in doc.cards if c.emotion is None and c.step_id not in curve.points)
    edit = edits.SetFields(target="card", ident=card.id, changes={"emotion": 2.0})
    inverse = edit.apply(doc)
    lay = engine.update(doc, lay, edit.card_ids())
    same(lay, layout_map(doc))
    inverse.apply(doc)  # undo: the card has no emotion now, it had one a moment ago
    lay = engine.update(doc, lay, edit.card_ids())
    same(lay, layout_map(doc))
    # clearing an emotion the card had from the start
    felt = next(c for c in doc.cards if c.emotion is not None)
    clear = edits.SetFields(target="card", ident=felt.id, changes={"emotion": None})
    clear.apply(doc)
    lay = engine.update(doc, lay, clear.card_ids())
    same(lay, layout_map(doc))


def _structure_edit(doc, rng, counter):
    """A random structure edit of the kinds the canvas offers (renames, moves, removals)."""
    from cjdesigner.model import Lane, LaneKind, Stage, Step

    stages = doc.stages
    steps = doc.step_ids()
    choice = rng.randrange(9)
    if choice == 0 and len(stages) > 1:
        return planning.move_stage(doc, rng.choice(stages).id, rng.randrange(len(stages)))
    if choice == 1 and steps:
        stage = rng.choice(stages)
        return planning.move_step(doc, rng.choice(steps), stage.id, rng.randint(0, len(stage.steps)))
    if choice == 2 and len(stages) > 1:
        return edits.RemoveStage(stage_id=rng.choice(stages).id)
    if choice == 3 and len(doc.lanes) > 1:
        return edits.RemoveLane(lane_id=rng.choice(doc.lanes).id)
    if choice == 4:
        return edits.SetFields(target="stage", ident=rng.choice(stages).id, changes={"name": "Stage " * rng.randint(1, 6)})
    if choice == 5 and steps:
        return edits.SetFields(target="step", ident=rng.choice(steps), changes={"name": "Step name " * rng.randint(1, 5)})
    if choice == 6:
        lane = rng.choice(doc.lanes)
        return edits.SetFields(target="lane", ident=lane.id, changes={"title": "Lane " * rng.randint(1, 8)})
    if choice == 7:
        return planning.add_lane(doc, Lane(id=f"lane-x{counter}", kind=LaneKind.BACKSTAGE))
    return planning.add_stage(doc, Stage(id=f"stage-x{counter}", steps=[Step(id=f"step-x{counter}")]))


def test_incremental_layout_matches_a_fresh_one_over_card_and_structure_edits():
    """Card edits (emotions set and cleared among them) relayout incrementally, structure
    edits through the same engine's full layout, as the canvas does; undo goes back."""
    doc = sample_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    rng = random.Random(11)
    done = []
    for i in range(400):
        lanes = [lane.id for lane in doc.lanes]
        steps = doc.step_ids()
        choice = rng.random()
        if choice < 0.25 and doc.cards:
            card = rng.choice(doc.cards)
            value = rng.choice([None, None, -2.0, 0.0, 1.5, 2.0])
            edit = edits.SetFields(target="card", ident=card.id, changes={"emotion": value})
        elif choice < 0.4 and doc.cards and steps:
            card = rng.choice(doc.cards)
            edit = planning.move_cards(
                doc, [(card.id, rng.choice(lanes), rng.choice(steps), rng.randint(0, 3))]
            )
        elif choice < 0.5 and steps:
            edit = planning.add_cards(
                doc,
                [
                    Card(
                        lane_id=rng.choice(lanes),
                        step_id=rng.choice(steps),
                        title="new",
                        emotion=rng.choice([None, -1.0, 2.0]),
                    )
                ]
            )
        elif choice < 0.55 and doc.cards:
            edit = edits.RemoveCards(ids=[rng.choice(doc.cards).id])
        elif choice < 0.65 and doc.curves and steps:
            edit = edits.SetCurvePoint(
                curve_id=doc.curves[0].id,
                step_id=rng.choice(steps),
                value=rng.choice([None, -1.0, 1.0]),
            )
        else:
            edit = _structure_edit(doc, rng, i)
        done.append(edit.apply(doc))
        lay = _relayout(engine, doc, lay, edit)
        same(lay, layout_map(doc))
        if rng.random() < 0.3:  # undo a few
            for _ in range(rng.randint(1, min(3, len(done)))):
                inverse = done.pop()
                inverse.apply(doc)
                lay = _relayout(engine, doc, lay, inverse)
                same(lay, layout_map(doc))


def _relayout(engine, doc, lay, edit):
    """What the canvas scene does for each kind of edit."""
    if edit.scope == "cards":
        return engine.update(doc, lay, edit.card_ids())
    if edit.scope == "curves":
        if bool(lay.curves) != bool(doc.curves):
            return engine.layout(doc)
        return engine.refresh_curves(doc, lay)
    return engine.layout(doc)
