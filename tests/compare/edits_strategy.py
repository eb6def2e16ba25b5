"""Random edits of a map for merge tests, made with the model's edits (maps are immutable):
every edit keeps the map valid."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from cjdesigner.model import Card, JourneyMap, Lane, Stage, Step
from cjdesigner.model import edits as e
from cjdesigner.model.planning import anchor_at

Draw = Callable[..., object]


def random_edit(draw: Draw, doc: JourneyMap, prefix: str, serial: int) -> str:
    """Apply one random edit to ``doc``; new ids start with ``prefix``. Returns its name."""
    steps = doc.steps()
    choices = ["card_field", "add_card", "meta", "lane_title", "add_step", "add_lane",
               "add_stage"]
    if doc.cards:
        choices += ["card_field", "card_field", "remove_card", "move_card", "reorder_card",
                    "link"]
    if len(steps) > 1:
        choices += ["remove_step", "move_step", "step_name"]
    if len(doc.lanes) > 1:
        choices += ["remove_lane", "move_lane"]
    if len(doc.stages) > 1:
        choices += ["move_stage", "stage_name", "remove_stage"]
    if doc.curves and steps:
        choices += ["point", "point"]
    if doc.personas:
        choices += ["persona", "remove_persona"]
    op = draw(st.sampled_from(sorted(choices)))
    new_id = f"{prefix}{serial}"
    pick = lambda items: draw(st.sampled_from(items))  # noqa: E731
    word = lambda: draw(st.sampled_from(["a", "b", "c", "long text"]))  # noqa: E731
    at = lambda items, moving=None: anchor_at(  # noqa: E731
        [i.id for i in items], draw(st.integers(0, len(items))), moving)
    edit: e.Edit
    if op == "card_field":
        if not doc.cards:
            e.SetFields(target="meta", changes={"objective": word()}).apply(doc)
            return "meta"
        card = pick(doc.cards)
        name = draw(st.sampled_from(["title", "description", "votes", "tags", "impact"]))
        value = {
            "title": word, "description": word,
            "votes": lambda: draw(st.integers(0, 3)),
            "tags": lambda: draw(st.lists(st.sampled_from(["x", "y"]), max_size=2)),
            "impact": lambda: draw(st.none() | st.integers(1, 5)),
        }[name]()
        edit = e.SetFields(target="card", ident=card.id, changes={name: value})
    elif op == "add_card":
        card = Card(id=new_id, lane_id=pick(doc.lanes).id, step_id=pick(steps).id,
                    title=word())
        edit = e.AddCards(cards=[card], after=[at(doc.cards)])
    elif op == "remove_card":
        edit = e.RemoveCards(ids=[pick(doc.cards).id])
    elif op == "move_card":
        edit = e.SetFields(target="card", ident=pick(doc.cards).id,
                           changes={"lane_id": pick(doc.lanes).id, "step_id": pick(steps).id})
    elif op == "reorder_card":
        card = pick(doc.cards)
        after = at(doc.cards, card.id)
        edit = e.MoveCards(moves=[e.CardMove(card=card.id, lane_id=card.lane_id,
                                             step_id=card.step_id, after=after)])
    elif op == "link":
        card, other = pick(doc.cards), pick(doc.cards)
        if other.id == card.id or other.id in card.links:
            return op
        edit = e.AddLink(card=card.id, target=other.id, after=card.links[-1] if card.links else None)
    elif op == "meta":
        edit = e.SetFields(target="meta", changes={"title": word()})
    elif op == "lane_title":
        edit = e.SetFields(target="lane", ident=pick(doc.lanes).id, changes={"title": word()})
    elif op == "add_step":
        stage = pick(doc.stages)
        edit = e.AddStep(stage_id=stage.id, step=Step(id=new_id, name=word()), after=at(stage.steps))
    elif op == "add_lane":
        edit = e.AddLane(lane=Lane(id=new_id, title=word()), after=at(doc.lanes))
    elif op == "add_stage":
        stage = Stage(id=new_id, name=word(), steps=[Step(id=new_id + "s", name=word())])
        edit = e.AddStage(stage=stage, after=at(doc.stages))
    elif op == "remove_step":
        edit = e.RemoveStep(step_id=pick(steps).id)
    elif op == "move_step":
        step = pick(steps)
        target = pick(doc.stages)
        edit = e.MoveStep(step_id=step.id, stage_id=target.id, after=at(target.steps, step.id))
    elif op == "step_name":
        edit = e.SetFields(target="step", ident=pick(steps).id, changes={"name": word()})
    elif op == "remove_lane":
        edit = e.RemoveLane(lane_id=pick(doc.lanes).id)
    elif op == "move_lane":
        lane = pick(doc.lanes)
        edit = e.MoveLane(lane_id=lane.id, after=at(doc.lanes, lane.id))
    elif op == "move_stage":
        stage = pick(doc.stages)
        edit = e.MoveStage(stage_id=stage.id, after=at(doc.stages, stage.id))
    elif op == "stage_name":
        edit = e.SetFields(target="stage", ident=pick(doc.stages).id, changes={"name": word()})
    elif op == "remove_stage":
        edit = e.RemoveStage(stage_id=pick(doc.stages).id)
    elif op == "point":
        value = draw(st.none() | st.sampled_from([-2.0, -1.0, 0.0, 1.5]))
        edit = e.SetCurvePoint(curve_id=pick(doc.curves).id, step_id=pick(steps).id, value=value)
    elif op == "persona":
        edit = e.SetFields(target="persona", ident=pick(doc.personas).id, changes={"quote": word()})
    else:  # remove_persona
        edit = e.RemovePersona(persona_id=pick(doc.personas).id)
    edit.apply(doc)
    return op
