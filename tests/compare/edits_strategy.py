"""Random edits of a map for merge tests: every edit keeps the map valid."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import strategies as st

from cjdesigner.model import Card, JourneyMap, Lane, Stage, Step

Draw = Callable[..., object]


def _drop_cards(doc: JourneyMap, doomed: set[str]) -> None:
    doc.cards = [c for c in doc.cards if c.id not in doomed]
    for card in doc.cards:
        card.links = [link for link in card.links if link not in doomed]


def _drop_steps(doc: JourneyMap, doomed: set[str]) -> None:
    for stage in doc.stages:
        stage.steps = [s for s in stage.steps if s.id not in doomed]
    _drop_cards(doc, {c.id for c in doc.cards if c.step_id in doomed})
    for curve in doc.curves:
        curve.points = {k: v for k, v in curve.points.items() if k not in doomed}


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
    if op == "card_field":
        if not doc.cards:
            doc.meta.objective = word()
            return "meta"
        card = pick(doc.cards)
        name = draw(st.sampled_from(["title", "description", "votes", "tags", "impact"]))
        value = {
            "title": word, "description": word,
            "votes": lambda: draw(st.integers(0, 3)),
            "tags": lambda: draw(st.lists(st.sampled_from(["x", "y"]), max_size=2)),
            "impact": lambda: draw(st.none() | st.integers(1, 5)),
        }[name]()
        setattr(card, name, value)
    elif op == "add_card":
        card = Card(id=new_id, lane_id=pick(doc.lanes).id, step_id=pick(steps).id,
                    title=word())
        doc.cards.insert(draw(st.integers(0, len(doc.cards))), card)
    elif op == "remove_card":
        _drop_cards(doc, {pick(doc.cards).id})
    elif op == "move_card":
        card = pick(doc.cards)
        card.lane_id, card.step_id = pick(doc.lanes).id, pick(steps).id
    elif op == "reorder_card":
        card = pick(doc.cards)
        doc.cards.remove(card)
        doc.cards.insert(draw(st.integers(0, len(doc.cards))), card)
    elif op == "link":
        card, other = pick(doc.cards), pick(doc.cards)
        if other.id != card.id and other.id not in card.links:
            card.links = [*card.links, other.id]
    elif op == "meta":
        doc.meta.title = word()
    elif op == "lane_title":
        pick(doc.lanes).title = word()
    elif op == "add_step":
        stage = pick(doc.stages)
        stage.steps.insert(draw(st.integers(0, len(stage.steps))), Step(id=new_id, name=word()))
    elif op == "add_lane":
        doc.lanes.insert(draw(st.integers(0, len(doc.lanes))), Lane(id=new_id, title=word()))
    elif op == "add_stage":
        doc.stages.insert(
            draw(st.integers(0, len(doc.stages))),
            Stage(id=new_id, name=word(), steps=[Step(id=new_id + "s", name=word())]),
        )
    elif op == "remove_step":
        _drop_steps(doc, {pick(steps).id})
    elif op == "move_step":
        step = pick(steps)
        for stage in doc.stages:
            if step in stage.steps:
                stage.steps.remove(step)
        target = pick(doc.stages)
        target.steps.insert(draw(st.integers(0, len(target.steps))), step)
    elif op == "step_name":
        pick(steps).name = word()
    elif op == "remove_lane":
        lane = pick(doc.lanes)
        doc.lanes.remove(lane)
        _drop_cards(doc, {c.id for c in doc.cards if c.lane_id == lane.id})
    elif op == "move_lane":
        lane = pick(doc.lanes)
        doc.lanes.remove(lane)
        doc.lanes.insert(draw(st.integers(0, len(doc.lanes))), lane)
    elif op == "move_stage":
        stage = pick(doc.stages)
        doc.stages.remove(stage)
        doc.stages.insert(draw(st.integers(0, len(doc.stages))), stage)
    elif op == "stage_name":
        pick(doc.stages).name = word()
    elif op == "remove_stage":
        stage = pick(doc.stages)
        doc.stages.remove(stage)
        _drop_steps(doc, {s.id for s in stage.steps})
    elif op == "point":
        curve = pick(doc.curves)
        step = pick(steps)
        value = draw(st.none() | st.sampled_from([-2.0, -1.0, 0.0, 1.5]))
        points = dict(curve.points)
        if value is None:
            points.pop(step.id, None)
        else:
            points[step.id] = value
        order = doc.step_ids()
        curve.points = {s: points[s] for s in order if s in points}
    elif op == "persona":
        pick(doc.personas).quote = word()
    elif op == "remove_persona":
        persona = pick(doc.personas)
        doc.personas.remove(persona)
        for curve in doc.curves:
            if curve.persona_id == persona.id:
                curve.persona_id = None
    return op
