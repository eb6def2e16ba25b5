"""Every change to a map, as a small reversible object.

An edit names things by id, applies itself to a :class:`JourneyMap` and reverts itself.
The editor's undo commands wrap these one to one; the command line and the CSV
importer use them too, so there is one way to change a map. ``apply`` followed by
``revert`` leaves the document exactly as before (the undo state machine test checks
this with ``model_dump``). An edit must be reverted on the state it produced, which is
what an undo stack guarantees.

``scope`` tells listeners what to refresh: ``cards`` (with ``card_ids``), ``structure``
(stages, steps or lanes: the grid changes), ``curves``, ``personas`` or ``meta``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel

from .document import (
    Card,
    Conflict,
    EmotionCurve,
    JourneyMap,
    Lane,
    MapMeta,
    Persona,
    Stage,
    Step,
)


class EditError(ValueError):
    """An edit that cannot apply to this document (unknown id, invalid value)."""


def _lookup(doc: JourneyMap, finder: str, ident: str) -> Any:
    try:
        return getattr(doc, finder)(ident)
    except KeyError:
        raise EditError(f"no such item: {ident}") from None


class Edit:
    scope: ClassVar[str] = "structure"
    text: str = "Edit"

    def apply(self, doc: JourneyMap) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def revert(self, doc: JourneyMap) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def card_ids(self) -> set[str]:
        return set()

    def merge(self, other: Edit) -> bool:
        """Fold a following edit into this one (typing into one field); True when merged."""
        return False


# --------------------------------------------------------------------------- helpers
def ids_in_use(doc: JourneyMap) -> set[str]:
    """Every id of the map: personas, stages, steps, lanes, cards and curves share one space."""
    ids = {p.id for p in doc.personas} | {lane.id for lane in doc.lanes}
    ids |= {c.id for c in doc.cards} | {c.id for c in doc.curves}
    for stage in doc.stages:
        ids.add(stage.id)
        ids.update(step.id for step in stage.steps)
    return ids


def _check_new_ids(doc: JourneyMap, new: list[str]) -> None:
    """Refuse ids that the map already uses anywhere, or that repeat among ``new``."""
    used = ids_in_use(doc)
    for ident in new:
        if ident in used:
            raise EditError(f"duplicate id {ident}: the map already uses it")
        used.add(ident)


def cell_insert_index(doc: JourneyMap, lane_id: str, step_id: str, position: int | None) -> int:
    """List index at which a card lands so it is the ``position``-th card of its cell.

    ``None`` or a position past the end puts it after the last card of the cell; an
    empty cell puts it at the end of the list.
    """
    in_cell = [i for i, c in enumerate(doc.cards) if c.lane_id == lane_id and c.step_id == step_id]
    if position is None or position >= len(in_cell):
        return in_cell[-1] + 1 if in_cell else len(doc.cards)
    return in_cell[max(0, position)]


@dataclass
class _Snapshot:
    """Shallow copies of the collections a cascading edit rewrites."""

    cards: list[Card]
    links: dict[str, list[str]]
    points: dict[str, dict[str, float]]
    personas_of_curves: dict[str, str | None]

    @classmethod
    def take(cls, doc: JourneyMap) -> _Snapshot:
        return cls(
            cards=list(doc.cards),
            links={c.id: list(c.links) for c in doc.cards if c.links},
            points={curve.id: dict(curve.points) for curve in doc.curves},
            personas_of_curves={curve.id: curve.persona_id for curve in doc.curves},
        )

    def restore(self, doc: JourneyMap) -> None:
        doc.cards[:] = self.cards
        for card in doc.cards:
            card.links = list(self.links.get(card.id, []))
        for curve in doc.curves:
            if curve.id in self.points:
                curve.points = dict(self.points[curve.id])
                curve.persona_id = self.personas_of_curves[curve.id]


def _drop_cards(doc: JourneyMap, doomed: set[str]) -> None:
    if not doomed:
        return
    doc.cards[:] = [c for c in doc.cards if c.id not in doomed]
    for card in doc.cards:
        if any(link in doomed for link in card.links):
            card.links = [link for link in card.links if link not in doomed]


# --------------------------------------------------------------------------- fields
_FINDERS = {
    Card: "find_card",
    Step: "find_step",
    Stage: "find_stage",
    Lane: "find_lane",
    Persona: "find_persona",
    EmotionCurve: "find_curve",
}
_SCOPES = {
    Card: "cards",
    Step: "structure",
    Stage: "structure",
    Lane: "structure",
    Persona: "personas",
    EmotionCurve: "curves",
}


@dataclass
class SetFields(Edit):
    """Change fields of one item (card, step, stage, lane, persona, curve) or the map meta.

    ``kind`` is the item's class; ``ident`` its id (ignored for meta). Values are
    validated by pydantic before anything changes.
    """

    kind: type[BaseModel]
    ident: str
    changes: dict[str, Any]
    text: str = "Edit"
    merge_key: str | None = None  # edits with the same key merge (typing)
    _old: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def scope(self) -> str:  # type: ignore[override]
        return _SCOPES.get(self.kind, "meta")

    def _target(self, doc: JourneyMap) -> BaseModel:
        if self.kind is MapMeta:
            return doc.meta
        found = _lookup(doc, _FINDERS[self.kind], self.ident)
        target: BaseModel = found[1] if isinstance(found, tuple) else found
        return target

    def apply(self, doc: JourneyMap) -> None:
        target = self._target(doc)
        unknown = set(self.changes) - set(type(target).model_fields) - {"id"}
        if unknown or "id" in self.changes:
            raise EditError(f"cannot set {sorted(unknown | ({'id'} & set(self.changes)))}")
        merged = {**target.model_dump(), **self.changes}
        try:
            checked = type(target).model_validate(merged)
        except Exception as exc:  # pydantic.ValidationError
            raise EditError(str(exc)) from exc
        self._old = {name: copy.deepcopy(getattr(target, name)) for name in self.changes}
        for name in self.changes:
            setattr(target, name, copy.deepcopy(getattr(checked, name)))

    def revert(self, doc: JourneyMap) -> None:
        target = self._target(doc)
        for name, value in self._old.items():
            setattr(target, name, copy.deepcopy(value))

    def card_ids(self) -> set[str]:
        return {self.ident} if self.kind is Card else set()

    def merge(self, other: Edit) -> bool:
        if (
            isinstance(other, SetFields)
            and self.merge_key is not None
            and other.merge_key == self.merge_key
            and other.kind is self.kind
            and other.ident == self.ident
        ):
            self.fold(other)
            return True
        return False

    def fold(self, later: SetFields) -> None:
        """Take in a later change of the same item: first old values, latest new ones."""
        for name, value in later._old.items():
            self._old.setdefault(name, value)
        self.changes.update(later.changes)


# --------------------------------------------------------------------------- cards
@dataclass
class AddCards(Edit):
    """Insert cards; each lands at ``position`` within its cell (None: last)."""

    cards: list[Card]
    positions: list[int | None] | None = None
    text: str = "Add card"
    scope: ClassVar[str] = "cards"
    _before: list[Card] = field(default_factory=list, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        _check_new_ids(doc, [card.id for card in self.cards])
        steps = set(doc.step_ids())
        lanes = {lane.id for lane in doc.lanes}
        for card in self.cards:
            if card.step_id not in steps or card.lane_id not in lanes:
                raise EditError(f"card {card.id} points at a missing lane or step")
        self._before = list(doc.cards)
        positions = self.positions or [None] * len(self.cards)
        for card, position in zip(self.cards, positions, strict=True):
            index = cell_insert_index(doc, card.lane_id, card.step_id, position)
            doc.cards.insert(index, card)
        known = {c.id for c in doc.cards}
        for card in self.cards:
            card.links = [link for link in card.links if link in known]

    def revert(self, doc: JourneyMap) -> None:
        doc.cards[:] = self._before

    def card_ids(self) -> set[str]:
        return {c.id for c in self.cards}


@dataclass
class RemoveCards(Edit):
    ids: list[str]
    text: str = "Delete cards"
    scope: ClassVar[str] = "cards"
    _snapshot: _Snapshot | None = field(default=None, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        for ident in self.ids:
            _lookup(doc, "find_card", ident)
        self._snapshot = _Snapshot.take(doc)
        _drop_cards(doc, set(self.ids))

    def revert(self, doc: JourneyMap) -> None:
        assert self._snapshot is not None
        self._snapshot.restore(doc)

    def card_ids(self) -> set[str]:
        return set(self.ids)


@dataclass
class MoveCards(Edit):
    """Move cards to a cell, at a position in it; several cards keep their relative order.

    ``moves`` is a list of ``(card_id, lane_id, step_id, position)``; a position of
    ``None`` means the end of the cell. Moves are applied in order.
    """

    moves: list[tuple[str, str, str, int | None]]
    text: str = "Move cards"
    scope: ClassVar[str] = "cards"
    _before: list[Card] = field(default_factory=list, repr=False)
    _places: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        steps = set(doc.step_ids())
        lanes = {lane.id for lane in doc.lanes}
        by_id = {c.id: c for c in doc.cards}
        for card_id, lane_id, step_id, _ in self.moves:
            if card_id not in by_id:
                raise EditError(f"no such card: {card_id}")
            if lane_id not in lanes or step_id not in steps:
                raise EditError(f"no such cell: {lane_id} × {step_id}")
        self._before = list(doc.cards)
        self._places = {cid: (by_id[cid].lane_id, by_id[cid].step_id) for cid, *_ in self.moves}
        for card_id, lane_id, step_id, position in self.moves:
            card = by_id[card_id]
            # by identity: list.remove compares with pydantic's __eq__, field by field,
            # every card before this one (about 12 ms a drag on a 10,000-card map)
            del doc.cards[list(map(id, doc.cards)).index(id(card))]
            card.lane_id, card.step_id = lane_id, step_id
            doc.cards.insert(cell_insert_index(doc, lane_id, step_id, position), card)

    def revert(self, doc: JourneyMap) -> None:
        doc.cards[:] = self._before
        by_id = {c.id: c for c in doc.cards}
        for card_id, (lane_id, step_id) in self._places.items():
            by_id[card_id].lane_id, by_id[card_id].step_id = lane_id, step_id

    def card_ids(self) -> set[str]:
        return {m[0] for m in self.moves}


# --------------------------------------------------------------------------- structure
@dataclass
class AddStage(Edit):
    stage: Stage
    index: int | None = None
    text: str = "Add stage"

    def apply(self, doc: JourneyMap) -> None:
        _check_new_ids(doc, [self.stage.id, *(step.id for step in self.stage.steps)])
        index = len(doc.stages) if self.index is None else self.index
        doc.stages.insert(index, self.stage)

    def revert(self, doc: JourneyMap) -> None:
        doc.stages.remove(self.stage)


@dataclass
class RemoveStage(Edit):
    """Remove a stage with its steps, their cards and their curve points."""

    stage_id: str
    text: str = "Remove stage"
    _index: int = 0
    _stage: Stage | None = None
    _snapshot: _Snapshot | None = field(default=None, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        self._stage = _lookup(doc, "find_stage", self.stage_id)
        self._index = doc.stages.index(self._stage)
        self._snapshot = _Snapshot.take(doc)
        step_ids = {s.id for s in self._stage.steps}
        _drop_cards(doc, {c.id for c in doc.cards if c.step_id in step_ids})
        for curve in doc.curves:
            curve.points = {k: v for k, v in curve.points.items() if k not in step_ids}
        doc.stages.remove(self._stage)

    def revert(self, doc: JourneyMap) -> None:
        assert self._stage is not None and self._snapshot is not None
        doc.stages.insert(self._index, self._stage)
        self._snapshot.restore(doc)


@dataclass
class MoveStage(Edit):
    stage_id: str
    index: int
    text: str = "Move stage"
    _old: int = 0

    def apply(self, doc: JourneyMap) -> None:
        stage = _lookup(doc, "find_stage", self.stage_id)
        self._old = doc.stages.index(stage)
        doc.stages.remove(stage)
        doc.stages.insert(max(0, min(self.index, len(doc.stages))), stage)

    def revert(self, doc: JourneyMap) -> None:
        stage = doc.find_stage(self.stage_id)
        doc.stages.remove(stage)
        doc.stages.insert(self._old, stage)


@dataclass
class AddStep(Edit):
    stage_id: str
    step: Step
    index: int | None = None
    text: str = "Add step"

    def apply(self, doc: JourneyMap) -> None:
        stage = _lookup(doc, "find_stage", self.stage_id)
        _check_new_ids(doc, [self.step.id])
        index = len(stage.steps) if self.index is None else self.index
        stage.steps.insert(index, self.step)

    def revert(self, doc: JourneyMap) -> None:
        doc.find_stage(self.stage_id).steps.remove(self.step)


@dataclass
class RemoveStep(Edit):
    step_id: str
    text: str = "Remove step"
    _stage_id: str = ""
    _index: int = 0
    _step: Step | None = None
    _snapshot: _Snapshot | None = field(default=None, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        stage, step = _lookup(doc, "find_step", self.step_id)
        self._stage_id, self._step, self._index = stage.id, step, stage.steps.index(step)
        self._snapshot = _Snapshot.take(doc)
        _drop_cards(doc, {c.id for c in doc.cards if c.step_id == step.id})
        for curve in doc.curves:
            curve.points.pop(step.id, None)
        stage.steps.remove(step)

    def revert(self, doc: JourneyMap) -> None:
        assert self._step is not None and self._snapshot is not None
        doc.find_stage(self._stage_id).steps.insert(self._index, self._step)
        self._snapshot.restore(doc)


@dataclass
class MoveStep(Edit):
    """Move a step to ``index`` within ``stage_id`` (possibly another stage)."""

    step_id: str
    stage_id: str
    index: int
    text: str = "Move step"
    _old_stage: str = ""
    _old_index: int = 0

    def apply(self, doc: JourneyMap) -> None:
        stage, step = _lookup(doc, "find_step", self.step_id)
        target = _lookup(doc, "find_stage", self.stage_id)
        self._old_stage, self._old_index = stage.id, stage.steps.index(step)
        stage.steps.remove(step)
        target.steps.insert(max(0, min(self.index, len(target.steps))), step)

    def revert(self, doc: JourneyMap) -> None:
        stage, step = doc.find_step(self.step_id)
        stage.steps.remove(step)
        doc.find_stage(self._old_stage).steps.insert(self._old_index, step)


@dataclass
class AddLane(Edit):
    lane: Lane
    index: int | None = None
    text: str = "Add lane"

    def apply(self, doc: JourneyMap) -> None:
        _check_new_ids(doc, [self.lane.id])
        doc.lanes.insert(len(doc.lanes) if self.index is None else self.index, self.lane)

    def revert(self, doc: JourneyMap) -> None:
        doc.lanes.remove(self.lane)


@dataclass
class RemoveLane(Edit):
    lane_id: str
    text: str = "Remove lane"
    _index: int = 0
    _lane: Lane | None = None
    _snapshot: _Snapshot | None = field(default=None, repr=False)

    def apply(self, doc: JourneyMap) -> None:
        self._lane = _lookup(doc, "find_lane", self.lane_id)
        self._index = doc.lanes.index(self._lane)
        self._snapshot = _Snapshot.take(doc)
        _drop_cards(doc, {c.id for c in doc.cards if c.lane_id == self.lane_id})
        doc.lanes.remove(self._lane)

    def revert(self, doc: JourneyMap) -> None:
        assert self._lane is not None and self._snapshot is not None
        doc.lanes.insert(self._index, self._lane)
        self._snapshot.restore(doc)


@dataclass
class MoveLane(Edit):
    lane_id: str
    index: int
    text: str = "Move lane"
    _old: int = 0

    def apply(self, doc: JourneyMap) -> None:
        lane = _lookup(doc, "find_lane", self.lane_id)
        self._old = doc.lanes.index(lane)
        doc.lanes.remove(lane)
        doc.lanes.insert(max(0, min(self.index, len(doc.lanes))), lane)

    def revert(self, doc: JourneyMap) -> None:
        lane = doc.find_lane(self.lane_id)
        doc.lanes.remove(lane)
        doc.lanes.insert(self._old, lane)


# --------------------------------------------------------------------------- curves
@dataclass
class SetCurvePoint(Edit):
    """Set a curve's point for a step, or clear it (``None``) to fall back to the mean."""

    curve_id: str
    step_id: str
    value: float | None
    text: str = "Move curve point"
    scope: ClassVar[str] = "curves"
    _old: float | None = None

    def apply(self, doc: JourneyMap) -> None:
        curve = _lookup(doc, "find_curve", self.curve_id)
        if self.step_id not in set(doc.step_ids()):
            raise EditError(f"no such step: {self.step_id}")
        if self.value is not None and not curve.scale.min <= self.value <= curve.scale.max:
            raise EditError(f"{self.value:g} lies outside the curve's scale")
        self._old = curve.points.get(self.step_id)
        _put_point(doc, curve, self.step_id, self.value)

    def revert(self, doc: JourneyMap) -> None:
        _put_point(doc, doc.find_curve(self.curve_id), self.step_id, self._old)


def _put_point(doc: JourneyMap, curve: EmotionCurve, step_id: str, value: float | None) -> None:
    points = dict(curve.points)
    if value is None:
        points.pop(step_id, None)
    else:
        points[step_id] = value
    order = doc.step_ids()
    curve.points = {s: points[s] for s in order if s in points}


@dataclass
class AddCurve(Edit):
    curve: EmotionCurve
    text: str = "Add emotion curve"
    scope: ClassVar[str] = "curves"

    def apply(self, doc: JourneyMap) -> None:
        _check_new_ids(doc, [self.curve.id])
        doc.curves.append(self.curve)

    def revert(self, doc: JourneyMap) -> None:
        doc.curves.remove(self.curve)


@dataclass
class RemoveCurve(Edit):
    curve_id: str
    text: str = "Remove emotion curve"
    scope: ClassVar[str] = "curves"
    _index: int = 0
    _curve: EmotionCurve | None = None

    def apply(self, doc: JourneyMap) -> None:
        self._curve = _lookup(doc, "find_curve", self.curve_id)
        self._index = doc.curves.index(self._curve)
        doc.curves.remove(self._curve)

    def revert(self, doc: JourneyMap) -> None:
        assert self._curve is not None
        doc.curves.insert(self._index, self._curve)


# --------------------------------------------------------------------------- personas
@dataclass
class AddPersona(Edit):
    persona: Persona
    text: str = "Add persona"
    scope: ClassVar[str] = "personas"

    def apply(self, doc: JourneyMap) -> None:
        _check_new_ids(doc, [self.persona.id])
        doc.personas.append(self.persona)

    def revert(self, doc: JourneyMap) -> None:
        doc.personas.remove(self.persona)


@dataclass
class RemovePersona(Edit):
    """Remove a persona; curves tied to it stay, untied."""

    persona_id: str
    text: str = "Remove persona"
    scope: ClassVar[str] = "personas"
    _index: int = 0
    _persona: Persona | None = None
    _tied: list[str] = field(default_factory=list)

    def apply(self, doc: JourneyMap) -> None:
        self._persona = _lookup(doc, "find_persona", self.persona_id)
        self._index = doc.personas.index(self._persona)
        self._tied = [c.id for c in doc.curves if c.persona_id == self.persona_id]
        for curve in doc.curves:
            if curve.persona_id == self.persona_id:
                curve.persona_id = None
        doc.personas.remove(self._persona)

    def revert(self, doc: JourneyMap) -> None:
        assert self._persona is not None
        doc.personas.insert(self._index, self._persona)
        for curve in doc.curves:
            if curve.id in self._tied:
                curve.persona_id = self.persona_id


# --------------------------------------------------------------------------- groups
@dataclass
class Batch(Edit):
    """Several edits as one (a paste, an import); reverted in reverse order."""

    edits: list[Edit]
    text: str = "Edit"
    merge_key: str | None = None  # batches of field changes with the same key merge

    @property
    def scope(self) -> str:  # type: ignore[override]
        scopes = {e.scope for e in self.edits}
        return scopes.pop() if len(scopes) == 1 else "structure"

    def merge(self, other: Edit) -> bool:
        """Fold a following batch of ``SetFields`` with the same key into this one (a spin
        box stepped for several cards): each item keeps its first old value and takes the
        latest new one; an item new in ``other`` joins the batch."""
        if (
            not isinstance(other, Batch)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or not all(isinstance(e, SetFields) for e in (*self.edits, *other.edits))
        ):
            return False
        mine = {(e.kind, e.ident): e for e in self.edits if isinstance(e, SetFields)}
        for edit in other.edits:
            assert isinstance(edit, SetFields)  # checked above
            target = mine.get((edit.kind, edit.ident))
            if target is None:
                self.edits.append(edit)
                mine[(edit.kind, edit.ident)] = edit
            else:
                target.fold(edit)
        return True

    def apply(self, doc: JourneyMap) -> None:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                edit.apply(doc)
                done.append(edit)
        except Exception:
            for edit in reversed(done):
                edit.revert(doc)
            raise

    def revert(self, doc: JourneyMap) -> None:
        for edit in reversed(self.edits):
            edit.revert(doc)

    def card_ids(self) -> set[str]:
        return set().union(*(e.card_ids() for e in self.edits)) if self.edits else set()


# --------------------------------------------------------------------------- merge conflicts
@dataclass
class DropConflict(Edit):
    """Remove a merge conflict's record (the user picked a side)."""

    conflict_id: str
    text: str = "Resolve conflict"
    scope: ClassVar[str] = "meta"
    _index: int = 0
    _conflict: Conflict | None = None

    def apply(self, doc: JourneyMap) -> None:
        found = next((c for c in doc.conflicts if c.id == self.conflict_id), None)
        if found is None:
            raise EditError(f"no such conflict: {self.conflict_id}")
        self._conflict = found
        self._index = doc.conflicts.index(found)
        del doc.conflicts[self._index]

    def revert(self, doc: JourneyMap) -> None:
        assert self._conflict is not None
        doc.conflicts.insert(self._index, self._conflict)
