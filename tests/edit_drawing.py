"""Random edits of every kind that fit a given map, drawn with hypothesis (shared by the
edit property tests, the two-writer test and the undo state machine)."""

from __future__ import annotations

import itertools

import hypothesis.strategies as st

from cjdesigner.fileio.cjm import dumps, loads
from cjdesigner.model import (
    Card,
    Conflict,
    EmotionCurve,
    EmotionScale,
    ItemKind,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    Step,
    edits,
    reference_problems,
)

KINDS = [cls.model_fields["kind"].default for cls in edits.EDIT_TYPES]
WORDS = st.text(alphabet="abcdefgh ", min_size=0, max_size=10)
_counter = itertools.count()


def fresh(prefix: str) -> str:
    return f"{prefix}-d{next(_counter)}"


def assert_loadable(doc: JourneyMap) -> None:
    """The map passes every check of the file loader (references, ids, values)."""
    assert reference_problems(doc) == []
    assert loads(dumps(doc)).model_dump() == doc.model_dump()


def _anchor(data, ids: list[str], missing: bool = True):
    """An anchor among ``ids``, None (first) or, now and then, an id that is gone."""
    choices = st.none() | st.sampled_from(ids) if ids else st.none()
    if missing:
        choices = choices | st.just("gone-anchor")
    return data.draw(choices)


def _card(data, doc: JourneyMap, prefix: str) -> Card:
    lane = data.draw(st.sampled_from([lane.id for lane in doc.lanes]))
    step = data.draw(st.sampled_from(doc.step_ids()))
    links = data.draw(st.lists(st.sampled_from([c.id for c in doc.cards]), max_size=2,
                               unique=True)) if doc.cards else []
    return Card(id=fresh(f"{prefix}card"), lane_id=lane, step_id=step,
                title=data.draw(WORDS), links=links)


def _set_fields(data, doc: JourneyMap, prefix: str):
    targets = ["meta"]
    targets += ["card"] * bool(doc.cards) + ["stage"] * bool(doc.stages)
    targets += ["step"] * bool(doc.step_ids()) + ["lane"] * bool(doc.lanes)
    targets += ["persona"] * bool(doc.personas) + ["curve"] * bool(doc.curves)
    target = data.draw(st.sampled_from(targets))
    word = data.draw(WORDS)
    if target == "meta":
        return edits.SetFields(target="meta", changes={"title": word or "T"})
    if target == "card":
        card = data.draw(st.sampled_from(doc.cards))
        menu = [
            {"title": word},
            {"votes": len(word)},
            {"emotion": data.draw(st.none() | st.sampled_from([-2, -0.5, 1.5, 2]))},
            {"tags": word.split()},
            {"evidence": data.draw(st.sampled_from([None, "observed", "proposed"]))},
            {"lane_id": data.draw(st.sampled_from([lane.id for lane in doc.lanes]))},
            {"links": data.draw(st.lists(st.sampled_from([c.id for c in doc.cards]),
                                         max_size=3, unique=True))},
            {"emotion": 7},  # refused: outside the scale
            {"lane_id": "no-such-lane"},  # refused: dangling
            {"links": ["no-such-card"]},  # refused: dangling
        ]
        return edits.SetFields(target="card", ident=card.id, changes=data.draw(st.sampled_from(menu)))
    if target == "stage":
        stage = data.draw(st.sampled_from(doc.stages))
        colour = data.draw(st.sampled_from([None, "#7FA7C9", "red"]))
        return edits.SetFields(target="stage", ident=stage.id,
                               changes=data.draw(st.sampled_from([{"name": word}, {"color": colour}])))
    if target == "step":
        step = data.draw(st.sampled_from(doc.step_ids()))
        time = data.draw(st.sampled_from([None, "07:30", "25:00"]))
        return edits.SetFields(target="step", ident=step,
                               changes=data.draw(st.sampled_from([{"name": word}, {"time": time}])))
    if target == "lane":
        lane = data.draw(st.sampled_from(doc.lanes))
        kind = data.draw(st.sampled_from(list(LaneKind)))
        return edits.SetFields(target="lane", ident=lane.id, changes={"kind": kind, "title": word})
    if target == "persona":
        persona = data.draw(st.sampled_from(doc.personas))
        return edits.SetFields(target="persona", ident=persona.id,
                               changes={"goals": word.split(), "primary": bool(word)})
    curve = data.draw(st.sampled_from(doc.curves))
    personas = [p.id for p in doc.personas]
    steps = doc.step_ids()
    lo, hi, n = data.draw(st.sampled_from([(-2, 2, 5), (1, 5, 5), (0, 1, 2)]))
    scale = EmotionScale(min=lo, max=hi, levels=[f"L{i}" for i in range(n)])
    menu = [
        {"label": word},
        {"persona_id": data.draw(st.none() | st.sampled_from(personas) | st.just("nobody"))
         if personas else None},
        {"scale": scale, "points": {k: scale.clamp(v) for k, v in curve.points.items()}},
        {"points": {s: data.draw(st.sampled_from([lo, hi])) for s in
                    data.draw(st.lists(st.sampled_from(steps), max_size=3, unique=True))}}
        if steps else {"label": word},
        {"points": {"no-such-step": 0}},  # refused: dangling
    ]
    return edits.SetFields(target="curve", ident=curve.id, changes=data.draw(st.sampled_from(menu)))


def draw_edit(data, doc: JourneyMap, kind: str, prefix: str = "") -> edits.Edit | None:
    """An edit of ``kind`` that (mostly) fits ``doc``; None when the map lacks what it needs.
    New items get ids starting with ``prefix`` (to tell writers apart)."""
    cards = [c.id for c in doc.cards]
    stages = [s.id for s in doc.stages]
    steps = doc.step_ids()
    lanes = [lane.id for lane in doc.lanes]
    curves = [c.id for c in doc.curves]
    personas = [p.id for p in doc.personas]
    pick = lambda items: data.draw(st.sampled_from(items))  # noqa: E731
    if kind == "set_fields":
        return _set_fields(data, doc, prefix)
    if kind == "add_cards":
        if not (steps and lanes):
            return None
        new = [_card(data, doc, prefix) for _ in range(data.draw(st.integers(1, 3)))]
        return edits.AddCards(cards=new, after=[_anchor(data, cards) for _ in new])
    if kind == "remove_cards":
        if not cards:
            return None
        return edits.RemoveCards(ids=data.draw(st.lists(st.sampled_from(cards), min_size=1,
                                                        max_size=3, unique=True)))
    if kind == "move_cards":
        if not cards:
            return None
        moving = data.draw(st.lists(st.sampled_from(cards), min_size=1, max_size=3, unique=True))
        return edits.MoveCards(moves=[
            edits.CardMove(card=c, lane_id=pick(lanes), step_id=pick(steps),
                           after=_anchor(data, [x for x in cards if x != c]))
            for c in moving
        ])
    if kind == "add_link":
        if not cards:
            return None
        card = doc.find_card(pick(cards))
        return edits.AddLink(card=card.id, target=pick(cards), after=_anchor(data, list(card.links)))
    if kind == "remove_link":
        linked = [c for c in doc.cards if c.links]
        if not linked:
            return None
        card = data.draw(st.sampled_from(linked))
        return edits.RemoveLink(card=card.id, target=pick(list(card.links)))
    if kind == "add_stage":
        steps_new = [Step(id=fresh(f"{prefix}step")) for _ in range(data.draw(st.integers(0, 2)))]
        stage = Stage(id=fresh(f"{prefix}stage"), name=data.draw(WORDS) or "S", steps=steps_new)
        return edits.AddStage(stage=stage, after=_anchor(data, stages))
    if kind == "remove_stage":
        return edits.RemoveStage(stage_id=pick(stages)) if stages else None
    if kind == "move_stage":
        if not stages:
            return None
        stage = pick(stages)
        return edits.MoveStage(stage_id=stage, after=_anchor(data, [s for s in stages if s != stage]))
    if kind == "add_step":
        if not stages:
            return None
        stage = doc.find_stage(pick(stages))
        return edits.AddStep(stage_id=stage.id, step=Step(id=fresh(f"{prefix}step")),
                             after=_anchor(data, [s.id for s in stage.steps]))
    if kind == "remove_step":
        return edits.RemoveStep(step_id=pick(steps)) if steps else None
    if kind == "move_step":
        if not steps:
            return None
        step = pick(steps)
        stage = doc.find_stage(pick(stages))
        return edits.MoveStep(step_id=step, stage_id=stage.id,
                              after=_anchor(data, [s.id for s in stage.steps if s.id != step]))
    if kind == "add_lane":
        lane = Lane(id=fresh(f"{prefix}lane"), kind=pick(list(LaneKind)))
        return edits.AddLane(lane=lane, after=_anchor(data, lanes))
    if kind == "remove_lane":
        return edits.RemoveLane(lane_id=pick(lanes)) if lanes else None
    if kind == "move_lane":
        if not lanes:
            return None
        lane = pick(lanes)
        return edits.MoveLane(lane_id=lane, after=_anchor(data, [x for x in lanes if x != lane]))
    if kind == "set_curve_point":
        if not (curves and steps):
            return None
        return edits.SetCurvePoint(curve_id=pick(curves), step_id=pick(steps),
                                   value=data.draw(st.none() | st.sampled_from([-2.0, 0.5, 2.0, 9.0])))
    if kind == "add_curve":
        points = {s: data.draw(st.sampled_from([-1.0, 1.0]))
                  for s in data.draw(st.lists(st.sampled_from(steps), max_size=2, unique=True))
                  } if steps else {}
        persona = data.draw(st.none() | st.sampled_from(personas)) if personas else None
        curve = EmotionCurve(id=fresh(f"{prefix}curve"), persona_id=persona, points=points)
        return edits.AddCurve(curve=curve, after=_anchor(data, curves))
    if kind == "remove_curve":
        return edits.RemoveCurve(curve_id=pick(curves)) if curves else None
    if kind == "add_persona":
        persona = Persona(id=fresh(f"{prefix}persona"), name=data.draw(WORDS) or "P")
        return edits.AddPersona(persona=persona, after=_anchor(data, personas))
    if kind == "remove_persona":
        return edits.RemovePersona(persona_id=pick(personas)) if personas else None
    if kind == "add_conflict":
        conflict = Conflict(id=fresh(f"{prefix}conflict"), kind=ItemKind.CARD,
                            item_id=pick(cards) if cards else None, field="title",
                            ours=data.draw(WORDS), theirs=data.draw(WORDS))
        return edits.AddConflict(conflict=conflict,
                                 after=_anchor(data, [c.id for c in doc.conflicts]))
    if kind == "drop_conflict":
        conflicts = [c.id for c in doc.conflicts]
        return edits.DropConflict(conflict_id=pick(conflicts)) if conflicts else None
    if kind == "batch":
        parts = []
        for inner in data.draw(st.lists(st.sampled_from(["set_fields", "add_cards", "move_cards",
                                                         "add_lane", "set_curve_point"]),
                                        min_size=1, max_size=3)):
            part = draw_edit(data, doc, inner, prefix)
            if part is not None:
                parts.append(part)
        return edits.Batch(edits=parts, text="Batch")
    raise AssertionError(kind)
