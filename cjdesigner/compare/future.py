"""As-is to to-be: a future-state map made from a current one, and a comparison map that
shows both step by step, for the canvas and the poster. No Qt.

``future_state`` keeps the stages, steps, lanes, personas and curves (same ids, so the
two maps line up step by step) and gives every card a new id whose ``origin`` is the
card it came from.

``comparison_map`` lays the two maps over one grid: the future's stages and steps (steps
only the current state has go in a last stage of their own), each lane twice — "Now"
with the current cards, "Future" with the future ones — and one feelings lane holding
both maps' emotion curves (the current ones dashed). Cards added in the future are
green, removed ones red, changed ones amber, each with a tag saying so; the objective
lists the counts. It is an ordinary map, so the editor opens it and the poster prints it.
"""

from __future__ import annotations

from cjdesigner.model import (
    Card,
    EmotionCurve,
    JourneyMap,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
    Stage,
    Step,
    new_id,
    now_iso,
)

from .diff import diff_maps

ADDED, REMOVED, CHANGED, MOVED = "#CDEBD6", "#F6D2CC", "#F8E3B5", "#D6E4F5"
MARK_TAGS = {"added": "added", "removed": "removed", "changed": "changed", "moved": "moved"}


def future_state(current: JourneyMap) -> JourneyMap:
    """A future-state map grown from ``current``; each card remembers its origin."""
    stamp = now_iso()
    meta = current.meta.model_copy(update={
        "title": f"{current.meta.title} — future state"[:500],
        "map_type": MapType.FUTURE_STATE,
        "version_label": "",
        "created": stamp,
        "modified": stamp,
    })
    renamed = {card.id: new_id("card") for card in current.cards}
    cards = [
        card.model_copy(update={
            "origin": card.id,
            "id": renamed[card.id],
            "links": [renamed[link] for link in card.links],
        })
        for card in current.cards
    ]
    return current.model_copy(update={"meta": meta, "cards": cards, "conflicts": []})


def comparison_map(current: JourneyMap, future: JourneyMap) -> JourneyMap:
    """Both maps over one grid (see the module text)."""
    diff = diff_maps(current, future)
    forward = diff.matched  # current id → future id
    marks_future: dict[str, str] = {}
    for action in ("moved", "changed", "added"):
        for change in diff.of("card", action):
            marks_future[change.id] = action
    marks_current = {c.id: "removed" for c in diff.of("card", "removed")}
    for change in diff.of("card", "changed"):
        marks_current[change.old_id or change.id] = "changed"

    # steps: the future's, then the current state's own in a stage of their own
    stages = [Stage(id=f"cmp-{s.id}", name=s.name, color=s.color,
                    steps=[Step(id=f"cmp-{t.id}", name=t.name, time=t.time,
                                duration_minutes=t.duration_minutes, metrics=t.metrics)
                           for t in s.steps])
              for s in future.stages]
    step_of_future = {t.id: f"cmp-{t.id}" for t in future.steps()}
    step_of_current: dict[str, str] = {}
    gone: list[Step] = []
    for step in current.steps():
        if forward.get(step.id) in step_of_future:
            step_of_current[step.id] = step_of_future[forward[step.id]]
        else:
            step_of_current[step.id] = f"cmp-now-{step.id}"
            gone.append(Step(id=f"cmp-now-{step.id}", name=step.name, time=step.time))
    if gone:
        stages.append(Stage(id="cmp-now-only", name="Only in the current state",
                            color="#C9CED6", steps=gone))

    # lanes: each twice, Now above Future; one feelings lane for both maps' curves
    lanes: list[Lane] = []
    lane_now: dict[str, str] = {}
    lane_future: dict[str, str] = {}
    feelings = Lane(id="cmp-feelings", title="Feelings, now and future", kind=LaneKind.FEELINGS)
    back = {new: old for old, new in forward.items()}
    current_lanes = {lane.id: lane for lane in current.lanes}
    placed_feelings = False
    for lane in future.lanes:
        if lane.kind is LaneKind.FEELINGS:
            if not placed_feelings:
                lanes.append(feelings)
                placed_feelings = True
            lane_now[back.get(lane.id, lane.id)] = lane_future[lane.id] = feelings.id
            continue
        old = current_lanes.get(back.get(lane.id, ""))
        if old is not None:
            lane_now[old.id] = f"cmp-now-{old.id}"
            lanes.append(Lane(id=lane_now[old.id], title=f"Now · {old.title}", kind=old.kind,
                              color=old.color))
        lane_future[lane.id] = f"cmp-future-{lane.id}"
        lanes.append(Lane(id=lane_future[lane.id], title=f"Future · {lane.title}",
                          kind=lane.kind, color=lane.color))
    for lane in current.lanes:
        if lane.id in lane_now:
            continue
        if lane.kind is LaneKind.FEELINGS:
            if not placed_feelings:
                lanes.append(feelings)
                placed_feelings = True
            lane_now[lane.id] = feelings.id
            continue
        lane_now[lane.id] = f"cmp-now-{lane.id}"
        lanes.append(Lane(id=lane_now[lane.id], title=f"Now · {lane.title}", kind=lane.kind,
                          color=lane.color))
    if not placed_feelings and (current.curves or future.curves):
        lanes.insert(0, feelings)

    cards: list[Card] = []
    for side, doc, lane_map, step_map, marks, colours in (
        ("now", current, lane_now, step_of_current, marks_current,
         {"removed": REMOVED, "changed": CHANGED}),
        ("future", future, lane_future, step_of_future, marks_future,
         {"added": ADDED, "changed": CHANGED, "moved": MOVED}),
    ):
        for card in doc.cards:
            mark = marks.get(card.id)
            cards.append(card.model_copy(update={
                "id": f"cmp-{side}-{card.id}",
                "lane_id": lane_map[card.lane_id],
                "step_id": step_map[card.step_id],
                "links": [],
                "origin": card.id,
                "tags": [*card.tags, MARK_TAGS[mark]] if mark else list(card.tags),
                "color": colours.get(mark or "", card.color),
            }))

    personas = [p.model_copy() for p in future.personas]
    known = {p.id for p in personas}
    personas += [p.model_copy() for p in current.personas if p.id not in known]
    curves: list[EmotionCurve] = []
    for side, doc, step_map, dash in (("now", current, step_of_current, True),
                                      ("future", future, step_of_future, False)):
        for curve in doc.curves:
            curves.append(curve.model_copy(update={
                "id": f"cmp-{side}-{curve.id}",
                "label": f"{'Now' if side == 'now' else 'Future'}: {curve.label}"[:500],
                "points": {step_map[s]: v for s, v in curve.points.items() if s in step_map},
                "metric": curve.metric,
                "color": curve.color if not dash else "#8A94A3",
            }))
    counts = diff.counts()
    summary = ", ".join(f"{counts[a]} {a}" for a in ("added", "removed", "moved", "changed")
                        if counts[a]) or "no changes"
    meta = MapMeta(
        title=f"{current.meta.title} → {future.meta.title}"[:500],
        objective=(f"The current state (Now lanes, grey dashed curves) and the future state "
                   f"(Future lanes) step by step: {summary}. Cards added in the future are "
                   "green, removed ones red, changed ones amber, moved ones blue.")[:20_000],
        scope=future.meta.scope,
        map_type=MapType.FUTURE_STATE,
        journey_kind=future.meta.journey_kind,
        author=future.meta.author,
    )
    return JourneyMap(meta=meta, personas=personas, stages=stages, lanes=lanes, cards=cards,
                      curves=curves[:50])
