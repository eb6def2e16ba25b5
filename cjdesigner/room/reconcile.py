"""Bring a map to the shared map through edits: how remote changes reach the model.

The controller is the one writer of a map, and everything that changes it is an edit
(:mod:`cjdesigner.model.edits`). When the shared document changes, :func:`reconcile`
compares the map as it is with the map the document now holds (the *target*, a valid map
from :mod:`cjdesigner.room.projection`) and applies the edits that make the first equal to
the second, a few batches in an order that keeps every reference valid on the way: new
lanes, stages and steps first, then cards, then what was removed, then curves and the rest.
The caller's ``apply`` is ``DocumentController.apply_remote`` in the editor (so the
canvas, panels and autosave hear each change, and the local undo history undoes only
local work) or plain ``edit.apply`` on a window-less host.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card, Stage
from cjdesigner.model.sequences import longest_increasing

AUTHOR = "room"
Apply = Callable[[e.Edit], object]


def fields_changed(old: Any, new: Any, skip: set[str]) -> dict[str, Any]:
    if old == new:
        return {}
    before = old.model_dump(mode="json", exclude=skip)
    after = new.model_dump(mode="json", exclude=skip)
    return {k: v for k, v in after.items() if before.get(k) != v}


def run_edits(apply: Apply, parts: list[e.Edit]) -> None:
    """Apply ``parts`` as one edit (a lenient batch when there are several)."""
    if len(parts) == 1:
        apply(parts[0])
    elif parts:
        apply(e.Batch(edits=parts, author=AUTHOR, text="Changes from the session", lenient=True))


def _predecessors(ids: Sequence[str]) -> dict[str, str | None]:
    return {ident: (ids[i - 1] if i else None) for i, ident in enumerate(ids)}


def _stable(current: Sequence[str], wanted: Sequence[str]) -> set[str]:
    """Ids of ``wanted`` that can stay where they are: the longest run (not contiguous)
    of ``wanted`` whose order ``current`` already has."""
    where = {ident: i for i, ident in enumerate(current)}
    seq = [(where[i], i) for i in wanted if i in where]
    return {seq[n][1] for n in longest_increasing([position for position, _ in seq])}


def reconcile(
    get: Callable[[], JourneyMap], target: JourneyMap, apply: Apply,
    changed_cards: Callable[[], set[str]] | None = None,
) -> bool:
    """Edit the map ``get()`` returns into ``target`` through ``apply``; True when they
    are then equal (False: a change could not be made as an edit; the caller resets).

    ``changed_cards`` (a large map's shortcut): the ids of the cards whose fields may
    differ; without it every card is compared. The caller that passes it checks the result
    itself (the return value is then True)."""
    _meta(get(), target, apply)
    _personas(get(), target, apply)
    _lanes(get(), target, apply)
    _stages(get(), target, apply)
    _steps(get(), target, apply)
    _cards(get, target, apply, changed_cards)
    _removals(get(), target, apply)
    _curves(get(), target, apply)
    _conflicts(get(), target, apply)
    return True if changed_cards is not None else get() == target


def _meta(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    changes = fields_changed(doc.meta, target.meta, set())
    if changes:
        apply(e.SetFields(target="meta", changes=changes, author=AUTHOR, lenient=True))


def _replace_list(
    current: list[Any], wanted: list[Any], remove: Callable[[str], e.Edit], add: Callable[[Any, str | None], e.Edit],
    target_name: e.Target, skip: set[str],
) -> list[e.Edit]:
    """Edits for a short list without move edits: out-of-place items are removed and added."""
    wanted_ids = [item.id for item in wanted]
    stable = _stable([i.id for i in current], wanted_ids)
    parts: list[e.Edit] = [remove(item.id) for item in current if item.id not in stable]
    previous: str | None = None
    by_id = {item.id: item for item in current}
    for item in wanted:
        if item.id not in stable:
            parts.append(add(item, previous))
        else:
            changes = fields_changed(by_id[item.id], item, skip)
            if changes:
                parts.append(e.SetFields(target=target_name, ident=item.id, changes=changes, author=AUTHOR))
        previous = item.id
    return parts


def _personas(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    run_edits(apply, _replace_list(
        list(doc.personas), list(target.personas),
        lambda i: e.RemovePersona(persona_id=i, author=AUTHOR),
        lambda p, after: e.AddPersona(persona=p, after=after, author=AUTHOR),
        "persona", {"id"},
    ))


def _ordered_moves(current: list[str], wanted: list[str], move: Callable[[str, str | None], e.Edit]) -> list[e.Edit]:
    stable = _stable(current, wanted)
    before = _predecessors(wanted)
    return [move(i, before[i]) for i in wanted if i not in stable]


def _lanes(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    have = {lane.id: lane for lane in doc.lanes}
    wanted = [lane.id for lane in target.lanes]
    before = _predecessors(wanted)
    parts: list[e.Edit] = [
        e.AddLane(lane=lane, after=before[lane.id], author=AUTHOR) for lane in target.lanes if lane.id not in have
    ]
    for lane in target.lanes:
        if lane.id in have:
            changes = fields_changed(have[lane.id], lane, {"id"})
            if changes:
                parts.append(e.SetFields(target="lane", ident=lane.id, changes=changes, author=AUTHOR))
    run_edits(apply, parts)
    keep = set(wanted)
    moves = _ordered_moves([lane.id for lane in doc.lanes if lane.id in keep], wanted,
                           lambda i, after: e.MoveLane(lane_id=i, after=after, author=AUTHOR))
    run_edits(apply, moves)


def _stages(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    have = {stage.id: stage for stage in doc.stages}
    wanted = [stage.id for stage in target.stages]
    before = _predecessors(wanted)
    parts: list[e.Edit] = []
    for stage in target.stages:
        if stage.id not in have:
            empty = Stage.model_validate({**stage.model_dump(mode="json"), "steps": []})
            parts.append(e.AddStage(stage=empty, after=before[stage.id], author=AUTHOR))
        else:
            changes = fields_changed(have[stage.id], stage, {"id", "steps"})
            if changes:
                parts.append(e.SetFields(target="stage", ident=stage.id, changes=changes, author=AUTHOR))
    run_edits(apply, parts)
    current = [s.id for s in doc.stages if s.id in set(wanted)]
    run_edits(apply, _ordered_moves(current, wanted,
                               lambda i, after: e.MoveStage(stage_id=i, after=after, author=AUTHOR)))


def _steps(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    have = {}
    for stage in doc.stages:
        for step in stage.steps:
            have[step.id] = step
    parts: list[e.Edit] = []
    for stage in target.stages:
        previous: str | None = None
        for step in stage.steps:
            if step.id not in have:
                parts.append(e.AddStep(stage_id=stage.id, step=step, after=previous, author=AUTHOR))
            else:
                changes = fields_changed(have[step.id], step, {"id"})
                if changes:
                    parts.append(e.SetFields(target="step", ident=step.id, changes=changes, author=AUTHOR))
            previous = step.id
    run_edits(apply, parts)
    moves: list[e.Edit] = []
    for stage in target.stages:
        here = next(s for s in doc.stages if s.id == stage.id)
        current = [s.id for s in here.steps]
        wanted = [s.id for s in stage.steps]
        if current[: len(wanted)] == wanted:
            continue
        stable = _stable(current, wanted)
        before = _predecessors(wanted)
        moves += [
            e.MoveStep(step_id=i, stage_id=stage.id, after=before[i], author=AUTHOR)
            for i in wanted if i not in stable
        ]
    run_edits(apply, moves)


def _cards(
    get: Callable[[], JourneyMap], target: JourneyMap, apply: Apply,
    changed_cards: Callable[[], set[str]] | None,
) -> None:
    doc = get()
    wanted = {c.id: c for c in target.cards}
    gone = [c.id for c in doc.cards if c.id not in wanted]
    if gone:
        apply(e.RemoveCards(ids=gone, author=AUTHOR, lenient=True))
    doc = get()
    have = {c.id: c for c in doc.cards}
    order = [c.id for c in target.cards]
    before = _predecessors(order)
    new = [c for c in target.cards if c.id not in have]
    if new:
        known = set(have) | set(wanted)
        bare = [Card.model_validate({**c.model_dump(mode="json"), "links": [
            link for link in c.links if link in known]}) for c in new]
        apply(e.AddCards(cards=bare, after=[before[c.id] for c in new], author=AUTHOR, lenient=True))
    doc = get()
    current = [c.id for c in doc.cards]
    if current != order:
        stable = _stable(current, order)
        moves = [
            e.CardMove(card=i, lane_id=wanted[i].lane_id, step_id=wanted[i].step_id, after=before[i])
            for i in order if i not in stable
        ]
        for card in doc.cards:
            target_card = wanted.get(card.id)
            if card.id in stable and target_card is not None and (
                card.lane_id, card.step_id) != (target_card.lane_id, target_card.step_id):
                moves.append(e.CardMove(card=card.id, lane_id=target_card.lane_id,
                                        step_id=target_card.step_id, after=before[card.id]))
        if moves:
            apply(e.MoveCards(moves=moves, author=AUTHOR, lenient=True))
    doc = get()
    parts: list[e.Edit] = []
    suspects = changed_cards() if changed_cards is not None else None
    for card in doc.cards:
        if suspects is not None and card.id not in suspects:
            continue
        goal = wanted[card.id]
        if card is goal or card == goal:
            continue
        changes = fields_changed(card, goal, {"id"})
        if changes:
            parts.append(e.SetFields(target="card", ident=card.id, changes=changes, author=AUTHOR))
    run_edits(apply, parts)
    doc = get()
    if [c.id for c in doc.cards] != order:
        # a move that landed a card elsewhere than asked (cells changed meanwhile)
        fixes = [e.CardMove(card=i, lane_id=wanted[i].lane_id, step_id=wanted[i].step_id, after=before[i])
                 for i in order]
        apply(e.MoveCards(moves=fixes, author=AUTHOR, lenient=True))


def _removals(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    steps = set(target.step_ids())
    stages = {s.id for s in target.stages}
    lanes = {lane.id for lane in target.lanes}
    parts: list[e.Edit] = [
        e.RemoveStep(step_id=step.id, author=AUTHOR)
        for stage in doc.stages for step in stage.steps if step.id not in steps
    ]
    parts += [e.RemoveStage(stage_id=s.id, author=AUTHOR) for s in doc.stages if s.id not in stages]
    parts += [e.RemoveLane(lane_id=lane.id, author=AUTHOR) for lane in doc.lanes if lane.id not in lanes]
    run_edits(apply, parts)


def _curves(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    run_edits(apply, _replace_list(
        list(doc.curves), list(target.curves),
        lambda i: e.RemoveCurve(curve_id=i, author=AUTHOR),
        lambda c, after: e.AddCurve(curve=c, after=after, author=AUTHOR),
        "curve", {"id"},
    ))


def _conflicts(doc: JourneyMap, target: JourneyMap, apply: Apply) -> None:
    current = list(doc.conflicts)
    if current == list(target.conflicts):
        return
    parts: list[e.Edit] = [e.DropConflict(conflict_id=c.id, author=AUTHOR) for c in current]
    previous: str | None = None
    for conflict in target.conflicts:
        parts.append(e.AddConflict(conflict=conflict, after=previous, author=AUTHOR))
        previous = conflict.id
    run_edits(apply, parts)
