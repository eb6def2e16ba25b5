"""Merge conflicts kept in a map: what each says, and picking a side as an edit. No Qt.

A conflict's record holds both sides' values; the map holds ours (or, for an item one
side removed, the item). ``resolve(doc, conflict, side)`` is one edit (a ``Batch``) that
makes the map hold ``side``'s value and drops the record, so picking a side is one undo
step like any other change.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel

from cjdesigner.model import (
    Card,
    Conflict,
    ConflictReason,
    EmotionCurve,
    ItemKind,
    JourneyMap,
    Lane,
    MapMeta,
    Persona,
    Stage,
    Step,
    planning,
    reference_problems,
)
from cjdesigner.model import edits as e

Side = Literal["ours", "theirs"]

_MODELS: dict[ItemKind, type[BaseModel]] = {
    ItemKind.META: MapMeta,
    ItemKind.PERSONA: Persona,
    ItemKind.STAGE: Stage,
    ItemKind.STEP: Step,
    ItemKind.LANE: Lane,
    ItemKind.CARD: Card,
    ItemKind.CURVE: EmotionCurve,
}


def _shown(value: Any, limit: int = 50) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def removing_side(conflict: Conflict) -> Side | None:
    """The side that removed the item, for a removal conflict."""
    if conflict.reason is not ConflictReason.REMOVED:
        return None
    return "ours" if conflict.ours is None else "theirs"


def describe(conflict: Conflict) -> str:
    """One line for people: which item, what each side did."""
    what = f"{conflict.kind.label.lower()} {json.dumps(conflict.name, ensure_ascii=False)}"
    ours, theirs = conflict.ours_label, conflict.theirs_label
    if conflict.reason is ConflictReason.REMOVED:
        remover = removing_side(conflict)
        gone, kept = (ours, theirs) if remover == "ours" else (theirs, ours)
        return f"{what}: removed in {gone}, changed or still used in {kept} (kept for now)"
    if conflict.reason is ConflictReason.MOVED:
        return (
            f"{what}: moved to different places in {ours} and {theirs} "
            f"(kept where {ours} put it)"
        )
    field = conflict.field + (f" at step {conflict.key}" if conflict.key else "")
    return (
        f"{what}: {field} changed on both sides: {ours} {_shown(conflict.ours)}, "
        f"{theirs} {_shown(conflict.theirs)}, was {_shown(conflict.base)} (kept {ours})"
    )


def item_exists(doc: JourneyMap, conflict: Conflict) -> bool:
    if conflict.kind is ItemKind.META:
        return True
    finder = {
        ItemKind.PERSONA: doc.find_persona,
        ItemKind.STAGE: doc.find_stage,
        ItemKind.STEP: doc.find_step,
        ItemKind.LANE: doc.find_lane,
        ItemKind.CARD: doc.find_card,
        ItemKind.CURVE: doc.find_curve,
    }[conflict.kind]
    try:
        finder(conflict.item_id or "")
    except KeyError:
        return False
    return True


def resolve(doc: JourneyMap, conflict: Conflict, side: Side) -> e.Edit:
    """The edit that keeps ``side`` and drops the record; EditError when it cannot
    apply (the item is gone, or the value names something no longer in the map)."""
    done = e.DropConflict(conflict_id=conflict.id)
    if conflict.reason is ConflictReason.REMOVED:
        steps = [_remove(conflict)] if side == removing_side(conflict) else []
    elif side == "ours" or not item_exists(doc, conflict):
        steps = []
    elif conflict.reason is ConflictReason.MOVED:
        steps = [_move(doc, conflict)]
    else:
        steps = [_set(doc, conflict)]
    if steps and not item_exists(doc, conflict):
        raise e.EditError(f"the {conflict.kind.label.lower()} is no longer in the map")
    label = conflict.ours_label if side == "ours" else conflict.theirs_label
    edit = e.Batch(edits=[*steps, done], text=f"Keep {label}: {conflict.name or conflict.kind.label}")
    if steps:  # try it on a copy: their value may name an item no longer in the map
        trial = doc.model_copy(deep=True)
        edit.apply(trial)
        problems = reference_problems(trial)
        if problems:
            raise e.EditError(f"their value no longer fits the map: {problems[0]}")
        edit = e.Batch(edits=[*steps, done], text=edit.text)  # a plain value: reusable
    return edit


def _remove(conflict: Conflict) -> e.Edit:
    ident = conflict.item_id or ""
    removers: dict[ItemKind, Any] = {
        ItemKind.CARD: lambda: e.RemoveCards(ids=[ident]),
        ItemKind.LANE: lambda: e.RemoveLane(lane_id=ident),
        ItemKind.STEP: lambda: e.RemoveStep(step_id=ident),
        ItemKind.STAGE: lambda: e.RemoveStage(stage_id=ident),
        ItemKind.CURVE: lambda: e.RemoveCurve(curve_id=ident),
        ItemKind.PERSONA: lambda: e.RemovePersona(persona_id=ident),
    }
    if conflict.kind not in removers:
        raise e.EditError(f"a {conflict.kind.label.lower()} cannot be removed")
    edit: e.Edit = removers[conflict.kind]()
    return edit


def _set(doc: JourneyMap, conflict: Conflict) -> e.Edit:
    value = conflict.theirs
    if conflict.kind is ItemKind.CURVE and conflict.field == "points" and conflict.key:
        if value is not None and not isinstance(value, int | float):
            raise e.EditError("their value is not a number")
        return e.SetCurvePoint(curve_id=conflict.item_id or "", step_id=conflict.key, value=value)
    if conflict.kind is ItemKind.STEP and conflict.field == "stage":
        try:
            return planning.move_step(doc, conflict.item_id or "", str(value), 1_000_000)
        except KeyError:
            raise e.EditError("their stage is no longer in the map") from None
    return e.SetFields(
        target=e.target_of(_MODELS[conflict.kind]),
        ident=conflict.item_id or "",
        changes={conflict.field: value},
        text="Keep their value",
    )


def _index_after(order: list[str], item: str, anchor: Any) -> int:
    rest = [ident for ident in order if ident != item]
    if anchor is None:
        return 0
    if anchor not in rest:
        raise e.EditError("the item it followed is no longer in the map")
    return rest.index(anchor) + 1


def _move(doc: JourneyMap, conflict: Conflict) -> e.Edit:
    ident, anchor = conflict.item_id or "", conflict.theirs
    if conflict.kind is ItemKind.CARD:
        card = doc.find_card(ident)
        cell = [c.id for c in doc.cards_in(card.lane_id, card.step_id)]
        position = _index_after(cell, ident, anchor)
        return planning.move_cards(doc, [(ident, card.lane_id, card.step_id, position)])
    if conflict.kind is ItemKind.STEP:
        stage, _ = doc.find_step(ident)
        order = [s.id for s in stage.steps]
        return planning.move_step(doc, ident, stage.id, _index_after(order, ident, anchor))
    if conflict.kind is ItemKind.STAGE:
        order = [s.id for s in doc.stages]
        return planning.move_stage(doc, ident, _index_after(order, ident, anchor))
    if conflict.kind is ItemKind.LANE:
        order = [lane.id for lane in doc.lanes]
        return planning.move_lane(doc, ident, _index_after(order, ident, anchor))
    raise e.EditError(f"a {conflict.kind.label.lower()} cannot be moved here; keep ours")
