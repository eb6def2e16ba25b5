"""Every change to a map, as a plain value: the one way to write a :class:`JourneyMap`.

An edit is a frozen pydantic model with a ``kind`` tag, an ``id`` and an ``author``; it
names every item by id and every position by an anchor (``after``: the id of the item
it follows, ``None`` for the first place), never by a list index. So an edit means the
same thing on another copy of the map, after other people's edits, or read back from
JSON::

    from cjdesigner.model import edits
    edit = edits.MoveCards(moves=[edits.CardMove(card="card-1", lane_id="lane-pain",
                                                 step_id="step-compare", after=None)])
    inverse = edit.apply(doc)          # changes doc, returns the edit that undoes it
    text = edits.to_json(edit)         # {"kind": "move_cards", "id": "edit-…", …}
    assert edits.from_json(text) == edit
    inverse.apply(doc)                 # undo: exactly what ``edit`` did, nothing else

``apply`` checks everything the file loader checks (``reference_problems``: lanes,
steps, links, personas, curve points; unique ids; scales and field values) before it
changes anything, and raises :class:`EditError` when the edit does not fit this map;
the map is then untouched. It returns the inverse, computed from the edit's own data
and the few items it touched (no copies of whole lists): undoing an added card removes
that card only, undoing a move moves the moved cards back only. Inverses are
*lenient*: a part that names an item someone else has removed since is skipped instead
of refused, so undo never brings back what another writer deleted and never fails.
Any edit can be applied leniently (``apply(doc, lenient=True)``), which is how remote
changes and merges should arrive (``DocumentController.apply_remote``).

An anchor that no longer exists puts the item at the end (a card: at the end of its
cell). A card's anchor is the card before it in the map's card list; the order within a
cell is the order of its cards in that list (see ``cjdesigner.model.planning`` for
anchors from cell positions).

``scope`` tells listeners what to refresh: ``cards`` (with ``card_ids()``),
``structure`` (stages, steps or lanes), ``curves``, ``personas`` or ``meta``.
Edits with the same ``merge_key`` fold into one undo step (typing, spin boxes, nudges):
:func:`combine` joins two edits applied one after the other into one.

Kinds: ``set_fields``, ``add_cards``, ``remove_cards``, ``move_cards``, ``add_link``,
``remove_link``, ``add_stage``, ``remove_stage``, ``move_stage``, ``add_step``,
``remove_step``, ``move_step``, ``add_lane``, ``remove_lane``, ``move_lane``,
``set_curve_point``, ``add_curve``, ``remove_curve``, ``add_persona``,
``remove_persona``, ``add_conflict``, ``drop_conflict``, ``batch``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from pydantic_core import to_jsonable_python

from . import textmerge
from .card_index import ids_of, known_cells, remember_ids
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
    new_id,
)
from .guard import FrozenDict, FrozenList, replace_field
from .textmerge import TYPED_TEXT


class EditError(ValueError):
    """An edit that cannot apply to this document (unknown id, invalid value)."""


# --------------------------------------------------------------------------- helpers
def ids_in_use(doc: JourneyMap) -> set[str]:
    """Every id of the map: personas, stages, steps, lanes, cards and curves share one space."""
    ids = {p.id for p in doc.personas} | {lane.id for lane in doc.lanes}
    ids |= {c.id for c in doc.cards} | {c.id for c in doc.curves}
    for stage in doc.stages:
        ids.add(stage.id)
        ids.update(step.id for step in stage.steps)
    return ids


def _index(items: Sequence[Any], ident: str) -> int:
    """Index of the item with id ``ident``; -1 when there is none."""
    for i, item in enumerate(items):
        if item.id == ident:
            return i
    return -1


def _predecessor(items: Sequence[Any], index: int) -> str | None:
    return items[index - 1].id if index > 0 else None


def _slot(items: Sequence[Any], after: str | None) -> int:
    """Where an item anchored ``after`` goes: first for None, the end if the anchor is gone."""
    if after is None:
        return 0
    index = _index(items, after)
    return index + 1 if index >= 0 else len(items)


def _card_slot(
    cards: Sequence[Card], lane_id: str, step_id: str, after: str | None, ids: list[str] | None = None
) -> int:
    """Where a card anchored ``after`` goes; the end of its cell if the anchor is gone.
    ``ids``: the cards' ids in the same order, when the caller keeps them (faster)."""
    if after is None:
        return 0
    if ids is not None:
        with contextlib.suppress(ValueError):  # the anchor is gone
            return ids.index(after) + 1
    else:
        index = _index(cards, after)
        if index >= 0:
            return index + 1
    for i in range(len(cards) - 1, -1, -1):
        if cards[i].lane_id == lane_id and cards[i].step_id == step_id:
            return i + 1
    return len(cards)


def _find_step(doc: JourneyMap, step_id: str) -> tuple[Stage, int] | None:
    for stage in doc.stages:
        for i, step in enumerate(stage.steps):
            if step.id == step_id:
                return stage, i
    return None


# The map's lists are frozen: an edit builds a new list and puts it in the map's field.
ListField = Literal["personas", "stages", "lanes", "cards", "curves", "conflicts"]


# A new list is built as a FrozenList and filled through the base ``list`` methods before
# anyone else sees it (one copy of a 10,000-card list, not two).
def _store(doc: JourneyMap, field: ListField, items: Iterable[Any]) -> None:
    replace_field(doc, field, items if type(items) is FrozenList else FrozenList(items))


def _with_inserted(doc: JourneyMap, field: ListField, index: int, item: Any) -> None:
    items = FrozenList(getattr(doc, field))
    list.insert(items, index, item)
    _store(doc, field, items)


def _without(doc: JourneyMap, field: ListField, index: int) -> None:
    items = FrozenList(getattr(doc, field))
    list.__delitem__(items, index)
    _store(doc, field, items)


def _with_replaced(doc: JourneyMap, field: ListField, index: int, item: Any) -> None:
    items = FrozenList(getattr(doc, field))
    list.__setitem__(items, index, item)
    _store(doc, field, items)


def _replace_stage(doc: JourneyMap, stage: Stage, steps: list[Step]) -> Stage:
    """Put a copy of ``stage`` with ``steps`` in its place; returns the copy."""
    new = stage.model_copy(update={"steps": _fresh_list(steps)})
    _with_replaced(doc, "stages", _index(doc.stages, stage.id), new)
    return new


def _fresh_list(items: Iterable[Any]) -> list[Any]:
    return FrozenList(items)


def _ordered_points(doc: JourneyMap, points: dict[str, float]) -> dict[str, float]:
    order = doc.step_ids()
    return FrozenDict((s, points[s]) for s in order if s in points)


# --------------------------------------------------------------------------- base
class Edit(BaseModel):
    """One change to a map; see the module docstring."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    id: str = Field(default_factory=lambda: new_id("edit"))
    author: str = ""
    #: label of the undo step
    text: str = "Edit"
    #: skip parts naming items that are gone instead of refusing the edit
    lenient: bool = False
    #: consecutive edits with the same key merge into one undo step
    merge_key: str | None = None

    scope: ClassVar[str] = "structure"

    def apply(self, doc: JourneyMap, *, lenient: bool | None = None) -> Edit:
        """Change ``doc``; return the edit that undoes exactly this change.

        Raises :class:`EditError` (and leaves ``doc`` as it was) when the edit does not
        fit; with ``lenient`` parts naming missing items are skipped instead."""
        return self._apply(doc, self.lenient if lenient is None else lenient)

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:  # pragma: no cover
        raise NotImplementedError

    def card_ids(self) -> set[str]:
        """Cards whose content, position or existence this edit may change."""
        return set()

    def _undo(self, **fields: Any) -> dict[str, Any]:
        """Common fields of an inverse: same author and label, lenient."""
        return {"author": self.author, "text": self.text, "lenient": True, **fields}


def _nothing(edit: Edit) -> Batch:
    return Batch(edits=[], **edit._undo())


# --------------------------------------------------------------------------- fields
Target = Literal["card", "step", "stage", "lane", "persona", "curve", "meta"]
_MODELS: dict[str, type[BaseModel]] = {
    "card": Card,
    "step": Step,
    "stage": Stage,
    "lane": Lane,
    "persona": Persona,
    "curve": EmotionCurve,
    "meta": MapMeta,
}
_SCOPES = {
    "card": "cards",
    "step": "structure",
    "stage": "structure",
    "lane": "structure",
    "persona": "personas",
    "curve": "curves",
    "meta": "meta",
}
#: fields a SetFields may not change: ids, and a stage's steps (AddStep, MoveStep…)
_FIXED = {"id", "steps"}


def target_of(model: type[BaseModel]) -> Target:
    """The ``SetFields.target`` name of a model class (``Card`` → ``"card"``)."""
    for name, cls in _MODELS.items():
        if cls is model:
            return name  # type: ignore[return-value]
    raise KeyError(model)


class SetFields(Edit):
    """Change fields of one item (card, step, stage, lane, persona, curve) or the map meta.

    ``target`` names the kind of item, ``ident`` its id (ignored for ``meta``). Values are
    stored as JSON values and validated as the file loader validates them. ``expect``
    (inverses have it) holds the values the fields must still have: a field someone else
    changed since is left alone (lenient) or refused (a conflict) — except typed text
    (:data:`~.textmerge.TYPED_TEXT`) that others typed in elsewhere: there only this
    edit's own change of the text is made (an undo takes back one person's typing)."""

    kind: Literal["set_fields"] = "set_fields"
    target: Target
    ident: str = ""
    changes: dict[str, Any]
    expect: dict[str, Any] | None = None

    @field_validator("changes", "expect", mode="before")
    @classmethod
    def _as_json(cls, value: Any) -> Any:
        return to_jsonable_python(value) if isinstance(value, dict) else value

    @property
    def scope(self) -> str:  # type: ignore[override]
        return _SCOPES[self.target]

    def card_ids(self) -> set[str]:
        return {self.ident} if self.target == "card" else set()

    def _locate(self, doc: JourneyMap) -> tuple[BaseModel, Any] | None:
        """The item and where it lives (a list index, a (stage, index) pair, or None)."""
        if self.target == "meta":
            return doc.meta, None
        if self.target == "step":
            found = _find_step(doc, self.ident)
            return (found[0].steps[found[1]], found) if found else None
        items = _items(doc, self.target)
        index = _index(items, self.ident)
        return (items[index], index) if index >= 0 else None

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        model = _MODELS[self.target]
        found = self._locate(doc)
        if found is None:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.ident}")
        target, place = found
        bad = (set(self.changes) - set(model.model_fields)) | (set(self.changes) & _FIXED)
        if bad:
            raise EditError(f"cannot set {sorted(bad)}")
        changes = dict(self.changes)
        old = target.model_dump(mode="json")
        if self.expect:
            changed = [name for name, value in self.expect.items() if old.get(name) != value]
            for name in [n for n in changed if n in TYPED_TEXT.get(self.target, ())]:
                # someone typed in this text since: take back only this edit's typing
                merged = _retyped(self.expect.get(name), changes.get(name), old.get(name))
                if merged is not None:
                    changes[name] = merged
                    changed.remove(name)
            if changed and not lenient:
                raise EditError(f"{self.ident or 'meta'}: {changed[0]} was changed meanwhile")
            for name in changed:
                changes.pop(name, None)
        problems = _reference_problems(doc, self.target, self.ident, changes)
        if problems and lenient:
            for name in problems:
                changes.pop(name)
        elif problems:
            raise EditError("; ".join(problems.values()))
        try:
            checked = model.model_validate({**old, **changes})
        except ValidationError as exc:
            if lenient:
                return _nothing(self)
            raise EditError(str(exc)) from None
        _put(doc, self.target, place, checked)
        new = checked.model_dump(mode="json", include=set(changes))
        return SetFields(
            target=self.target,
            ident=self.ident,
            changes={name: old[name] for name in changes},
            expect=new,
            merge_key=self.merge_key,
            **self._undo(),
        )


def _retyped(made: Any, wanted: Any, current: Any) -> str | None:
    """``current`` with the change from ``made`` to ``wanted`` made in it (see
    :mod:`.textmerge`); None when that cannot be told."""
    if not (isinstance(made, str) and isinstance(wanted, str) and isinstance(current, str)):
        return None
    return textmerge.rebase(made, wanted, current)


def _put(doc: JourneyMap, target: str, place: Any, item: BaseModel) -> None:
    if target == "meta":
        replace_field(doc, "meta", item)
    elif target == "step":
        stage, index = place
        steps = list(stage.steps)
        steps[index] = item
        _replace_stage(doc, stage, steps)
    else:
        _with_replaced(doc, _FIELDS[target], place, item)


_FIELDS: dict[str, ListField] = {
    "card": "cards",
    "stage": "stages",
    "lane": "lanes",
    "persona": "personas",
    "curve": "curves",
}


def _items(doc: JourneyMap, target: str) -> list[Any]:
    """The map's list holding items of ``target`` (not steps, not meta)."""
    lists: dict[str, list[Any]] = {
        "card": doc.cards,
        "stage": doc.stages,
        "lane": doc.lanes,
        "persona": doc.personas,
        "curve": doc.curves,
    }
    return lists[target]


def _reference_problems(
    doc: JourneyMap, target: str, ident: str, changes: dict[str, Any]
) -> dict[str, str]:
    """Changed fields that would point at items the map does not have."""
    problems: dict[str, str] = {}
    if target == "card":
        if "lane_id" in changes and _index(doc.lanes, changes["lane_id"]) < 0:
            problems["lane_id"] = f"no lane with id {changes['lane_id']!r}"
        if "step_id" in changes and _find_step(doc, changes["step_id"]) is None:
            problems["step_id"] = f"no step with id {changes['step_id']!r}"
        if "links" in changes and isinstance(changes["links"], list):
            known = {c.id for c in doc.cards}
            missing = [link for link in changes["links"] if link not in known]
            if missing:
                problems["links"] = f"no card with id {missing[0]!r}"
    elif target == "curve":
        persona = changes.get("persona_id")
        if persona is not None and _index(doc.personas, persona) < 0:
            problems["persona_id"] = f"no persona with id {persona!r}"
        if "points" in changes and isinstance(changes["points"], dict):
            steps = set(doc.step_ids())
            missing = [key for key in changes["points"] if key not in steps]
            if missing:
                problems["points"] = f"no step with id {missing[0]!r}"
    return problems


# --------------------------------------------------------------------------- cards
class AddCards(Edit):
    """Insert cards, each directly after the card named in ``after`` (same order as
    ``cards``; None: first of the map). Links may name existing cards or added ones."""

    kind: Literal["add_cards"] = "add_cards"
    cards: list[Card]
    after: list[str | None]
    text: str = "Add card"
    scope: ClassVar[str] = "cards"

    def model_post_init(self, _context: Any) -> None:
        if len(self.after) != len(self.cards):
            raise ValueError("add_cards: one anchor per card")

    def card_ids(self) -> set[str]:
        return {c.id for c in self.cards}

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        used = ids_in_use(doc)
        lanes = {lane.id for lane in doc.lanes}
        steps = set(doc.step_ids())
        chosen: list[tuple[Card, str | None]] = []
        for card, after in zip(self.cards, self.after, strict=True):
            problem = None
            if card.id in used:
                problem = f"duplicate id {card.id}: the map already uses it"
            elif card.lane_id not in lanes or card.step_id not in steps:
                problem = f"card {card.id} points at a missing lane or step"
            if problem is None:
                used.add(card.id)
                chosen.append((card, after))
            elif not lenient:
                raise EditError(problem)
        known = {c.id for c in doc.cards} | {card.id for card, _ in chosen}
        for i, (card, after) in enumerate(chosen):
            dangling = [link for link in card.links if link not in known]
            if dangling and not lenient:
                raise EditError(f"card {card.id} links to a missing card {dangling[0]}")
            if dangling:
                links = [link for link in card.links if link in known]
                chosen[i] = (card.model_copy(update={"links": _fresh_list(links)}), after)
        cards = list(doc.cards)
        for card, after in chosen:
            cards.insert(_card_slot(cards, card.lane_id, card.step_id, after), card)
        _store(doc, "cards", cards)
        return RemoveCards(ids=[card.id for card, _ in chosen], **self._undo())


class RemoveCards(Edit):
    """Remove cards and every link to them."""

    kind: Literal["remove_cards"] = "remove_cards"
    ids: list[str]
    text: str = "Delete cards"
    scope: ClassVar[str] = "cards"

    def card_ids(self) -> set[str]:
        return set(self.ids)

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        doomed = set(self.ids)
        present = {c.id for c in doc.cards if c.id in doomed}
        if present != doomed and not lenient:
            raise EditError(f"no such card: {sorted(doomed - present)[0]}")
        if not present:
            return _nothing(self)
        removed: list[Card] = []
        anchors: list[str | None] = []
        kept: list[Card] = []
        relinks: list[Edit] = []
        previous: str | None = None
        for card in doc.cards:
            if card.id in present:
                removed.append(card)
                anchors.append(previous)
            else:
                if any(link in present for link in card.links):
                    relinks.extend(_unlinked(card, present, self))
                    card = card.model_copy(
                        update={"links": _fresh_list(x for x in card.links if x not in present)}
                    )
                kept.append(card)
            previous = card.id
        _store(doc, "cards", kept)
        restore = AddCards(cards=removed, after=anchors, **self._undo())
        return Batch(edits=[restore, *relinks], **self._undo()) if relinks else restore


def _unlinked(card: Card, doomed: set[str], edit: Edit) -> list[Edit]:
    """AddLink edits that put back ``card``'s links to ``doomed`` cards, in order."""
    out: list[Edit] = []
    previous: str | None = None
    for link in card.links:
        if link in doomed:
            out.append(AddLink(card=card.id, target=link, after=previous, **edit._undo()))
        previous = link
    return out


class CardMove(BaseModel):
    """One card to a cell (``lane_id`` × ``step_id``), directly after the card ``after``.

    ``expect`` (inverses have it): the cell the card must still be in; a card someone
    else has moved on since is left where they put it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    card: str
    lane_id: str
    step_id: str
    after: str | None
    expect: tuple[str, str] | None = None


class MoveCards(Edit):
    """Move cards; the moves apply in order (a later one may anchor to an earlier card)."""

    kind: Literal["move_cards"] = "move_cards"
    moves: list[CardMove]
    text: str = "Move cards"
    scope: ClassVar[str] = "cards"

    def card_ids(self) -> set[str]:
        return {m.card for m in self.moves}

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        lanes = {lane.id for lane in doc.lanes}
        steps = set(doc.step_ids())
        cards = FrozenList(doc.cards)  # the new card list, stored when every move is made
        # ids kept beside the cards: list.index on strings runs in C (a drag on a
        # 50,000-card map must not walk the models in Python); the list's ids are made
        # once per list and handed on with the new list
        ids = list(ids_of(doc.cards))
        known = known_cells(doc.cards)  # kept up to date too when someone made it
        cells = None if known is None else list(known)
        moves = []
        for move in self.moves:
            problem = None
            if move.card not in ids:
                problem = f"no such card: {move.card}"
            elif move.lane_id not in lanes or move.step_id not in steps:
                problem = f"no such cell: {move.lane_id} × {move.step_id}"
            if problem is None:
                moves.append(move)
            elif not lenient:
                raise EditError(problem)
        back: list[CardMove] = []
        for move in moves:
            index = ids.index(move.card)
            card = cards[index]
            if move.expect is not None and (card.lane_id, card.step_id) != tuple(move.expect):
                if not lenient:
                    raise EditError(f"card {card.id} was moved meanwhile")
                continue
            back.append(
                CardMove(
                    card=card.id,
                    lane_id=card.lane_id,
                    step_id=card.step_id,
                    after=_predecessor(cards, index),
                    expect=(move.lane_id, move.step_id),
                )
            )
            list.__delitem__(cards, index)
            del ids[index]
            if cells is not None:
                del cells[index]
            if (card.lane_id, card.step_id) != (move.lane_id, move.step_id):
                card = card.model_copy(update={"lane_id": move.lane_id, "step_id": move.step_id})
            slot = _card_slot(cards, move.lane_id, move.step_id, move.after, ids)
            list.insert(cards, slot, card)
            ids.insert(slot, card.id)
            if cells is not None:
                cells.insert(slot, (card.lane_id, card.step_id))
        if back:
            _store(doc, "cards", cards)
            remember_ids(cards, ids, cells)
        back.reverse()
        return MoveCards(moves=back, merge_key=self.merge_key, **self._undo())


class AddLink(Edit):
    """Link ``card`` to ``target``, directly after its link to ``after`` (None: first);
    a card links to another once."""

    kind: Literal["add_link"] = "add_link"
    card: str
    target: str
    after: str | None
    text: str = "Link cards"
    scope: ClassVar[str] = "cards"

    def card_ids(self) -> set[str]:
        return {self.card}

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.cards, self.card)
        if index < 0 or _index(doc.cards, self.target) < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such card: {self.card if index < 0 else self.target}")
        card = doc.cards[index]
        if self.target in card.links:
            if lenient:
                return _nothing(self)
            raise EditError(f"card {self.card} already links to {self.target}")
        links = list(card.links)
        if self.after is None:
            at = 0
        else:
            at = links.index(self.after) + 1 if self.after in links else len(links)
        links.insert(at, self.target)
        try:
            new = Card.model_validate({**card.model_dump(mode="json"), "links": links})
        except ValidationError as exc:
            if lenient:
                return _nothing(self)
            raise EditError(str(exc)) from None
        _with_replaced(doc, "cards", index, new)
        return RemoveLink(card=self.card, target=self.target, **self._undo())


class RemoveLink(Edit):
    """Remove ``card``'s links to ``target``."""

    kind: Literal["remove_link"] = "remove_link"
    card: str
    target: str
    text: str = "Unlink cards"
    scope: ClassVar[str] = "cards"

    def card_ids(self) -> set[str]:
        return {self.card}

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.cards, self.card)
        card = doc.cards[index] if index >= 0 else None
        if card is None or self.target not in card.links:
            if lenient:
                return _nothing(self)
            raise EditError(f"card {self.card} has no link to {self.target}")
        restore = _unlinked(card, {self.target}, self)
        links = _fresh_list(link for link in card.links if link != self.target)
        _with_replaced(doc, "cards", index, card.model_copy(update={"links": links}))
        return restore[0] if len(restore) == 1 else Batch(edits=restore, **self._undo())


# --------------------------------------------------------------------------- cascades
def _run(doc: JourneyMap, steps: list[Edit], edit: Edit) -> list[Edit]:
    """Apply ``steps`` (each lenient: they were derived from the map just now); returns
    their inverses in reverse order."""
    inverses: list[Edit] = []
    for step in steps:
        inverses.append(step.apply(doc, lenient=True))
    inverses.reverse()
    return inverses


def _drop_points(doc: JourneyMap, step_ids: set[str], edit: Edit) -> list[Edit]:
    return [
        SetCurvePoint(curve_id=curve.id, step_id=step, value=None)
        for curve in doc.curves
        for step in curve.points
        if step in step_ids
    ]


def _drop_cards(doc: JourneyMap, doomed: list[str], edit: Edit) -> list[Edit]:
    return [RemoveCards(ids=doomed)] if doomed else []


# --------------------------------------------------------------------------- stages
class AddStage(Edit):
    """Insert a stage (with its steps) after the stage ``after`` (None: first)."""

    kind: Literal["add_stage"] = "add_stage"
    stage: Stage
    after: str | None
    text: str = "Add stage"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        used = ids_in_use(doc)
        stage = self.stage
        clash = [i for i in [stage.id, *(s.id for s in stage.steps)] if i in used]
        if len({stage.id, *(s.id for s in stage.steps)}) != len(stage.steps) + 1:
            clash.append(stage.id)
        if clash and not lenient:
            raise EditError(f"duplicate id {clash[0]}: the map already uses it")
        if stage.id in used:
            return _nothing(self)
        if clash:
            seen: set[str] = set()
            steps = []
            for step in stage.steps:
                if step.id not in used and step.id not in seen:
                    steps.append(step)
                    seen.add(step.id)
            stage = stage.model_copy(update={"steps": _fresh_list(steps)})
        _with_inserted(doc, "stages", _slot(doc.stages, self.after), stage)
        return RemoveStage(stage_id=stage.id, **self._undo())


class RemoveStage(Edit):
    """Remove a stage with its steps, their cards and their curve points."""

    kind: Literal["remove_stage"] = "remove_stage"
    stage_id: str
    text: str = "Remove stage"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.stages, self.stage_id)
        if index < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.stage_id}")
        stage = doc.stages[index]
        step_ids = {s.id for s in stage.steps}
        doomed = [c.id for c in doc.cards if c.step_id in step_ids]
        inverses = _run(doc, _drop_cards(doc, doomed, self) + _drop_points(doc, step_ids, self), self)
        anchor = _predecessor(doc.stages, index)
        _without(doc, "stages", index)
        restore = AddStage(stage=stage, after=anchor, **self._undo())
        return Batch(edits=[restore, *inverses], **self._undo())


class Place(BaseModel):
    """Where a stage, step or lane stood right after a move: between ``after`` and
    ``before`` (its neighbours then; None at an end) and, for a step, in ``stage_id``.

    The inverse of a move carries the place the move left the item in (``expect``). If
    the item is no longer between those neighbours (or a step is in another stage),
    someone else moved it since, and the undo leaves it where they put it. Items added
    or removed around it do not count as moving it; a neighbour that is gone is
    ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    after: str | None
    before: str | None
    stage_id: str | None = None


def _place(items: Sequence[Any], index: int, stage_id: str | None = None) -> Place:
    following = items[index + 1].id if index + 1 < len(items) else None
    return Place(after=_predecessor(items, index), before=following, stage_id=stage_id)


def _moved_since(expect: Place, items: Sequence[Any], index: int, stage_id: str | None = None) -> bool:
    """Is the item at ``index`` of ``items`` out of the place ``expect`` describes?"""
    if expect.stage_id != stage_id:
        return True
    if expect.after is not None:
        earlier = _index(items, expect.after)
        if earlier > index:
            return True
    if expect.before is not None:
        later = _index(items, expect.before)
        if 0 <= later < index:
            return True
    return False


class MoveStage(Edit):
    """Put a stage directly after the stage ``after`` (None: first). ``expect``
    (inverses have it): where the stage must still be, see :class:`Place`."""

    kind: Literal["move_stage"] = "move_stage"
    stage_id: str
    after: str | None
    expect: Place | None = None
    text: str = "Move stage"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        return _move(doc, "stages", self.stage_id, self.after, self.expect, self, lenient)


def _move(
    doc: JourneyMap,
    field: ListField,
    ident: str,
    after: str | None,
    expect: Place | None,
    edit: Edit,
    lenient: bool,
) -> Edit:
    items: list[Any] = getattr(doc, field)
    index = _index(items, ident)
    problem = None
    if index < 0 or after == ident:
        problem = f"no such item: {ident}" if index < 0 else "an item cannot follow itself"
    elif expect is not None and _moved_since(expect, items, index):
        problem = f"{ident} was moved meanwhile"
    if problem is not None:
        if lenient:
            return _nothing(edit)
        raise EditError(problem)
    old = _predecessor(items, index)
    moved = list(items)
    item = moved.pop(index)
    slot = _slot(moved, after)
    moved.insert(slot, item)
    _store(doc, field, moved)
    update = {"after": old, "expect": _place(moved, slot), "id": new_id("edit")}
    return edit.model_copy(update={**update, **edit._undo()})


# --------------------------------------------------------------------------- steps
class AddStep(Edit):
    """Insert a step into a stage after the step ``after`` (None: first of the stage)."""

    kind: Literal["add_step"] = "add_step"
    stage_id: str
    step: Step
    after: str | None
    text: str = "Add step"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.stages, self.stage_id)
        problem = None
        if index < 0:
            problem = f"no such item: {self.stage_id}"
        elif self.step.id in ids_in_use(doc):
            problem = f"duplicate id {self.step.id}: the map already uses it"
        if problem is not None:
            if lenient:
                return _nothing(self)
            raise EditError(problem)
        stage = doc.stages[index]
        steps = list(stage.steps)
        steps.insert(_slot(steps, self.after), self.step)
        _check_stage_size(stage, steps)
        _replace_stage(doc, stage, steps)
        return RemoveStep(step_id=self.step.id, **self._undo())


def _check_stage_size(stage: Stage, steps: list[Step]) -> None:
    limit = Stage.model_fields["steps"].metadata
    for rule in limit:
        bound = getattr(rule, "max_length", None)
        if bound is not None and len(steps) > bound:
            raise EditError(f"a stage holds at most {bound} steps")


class RemoveStep(Edit):
    """Remove a step, its cards and its curve points."""

    kind: Literal["remove_step"] = "remove_step"
    step_id: str
    text: str = "Remove step"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        found = _find_step(doc, self.step_id)
        if found is None:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.step_id}")
        doomed = [c.id for c in doc.cards if c.step_id == self.step_id]
        steps = _drop_cards(doc, doomed, self) + _drop_points(doc, {self.step_id}, self)
        inverses = _run(doc, steps, self)
        stage, index = found
        stage = doc.stages[_index(doc.stages, stage.id)]
        step = stage.steps[index]
        anchor = _predecessor(stage.steps, index)
        remaining = list(stage.steps)
        del remaining[index]
        _replace_stage(doc, stage, remaining)
        restore = AddStep(stage_id=stage.id, step=step, after=anchor, **self._undo())
        return Batch(edits=[restore, *inverses], **self._undo())


class MoveStep(Edit):
    """Move a step into ``stage_id`` (possibly another stage) after the step ``after``.
    ``expect`` (inverses have it): where the step must still be, see :class:`Place`."""

    kind: Literal["move_step"] = "move_step"
    step_id: str
    stage_id: str
    after: str | None
    expect: Place | None = None
    text: str = "Move step"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        found = _find_step(doc, self.step_id)
        target_index = _index(doc.stages, self.stage_id)
        problem = None
        if found is None or target_index < 0 or self.after == self.step_id:
            problem = f"no such item: {self.step_id if found is None else self.stage_id}"
        elif self.expect is not None and _moved_since(
            self.expect, found[0].steps, found[1], found[0].id
        ):
            problem = f"{self.step_id} was moved meanwhile"
        if problem is not None:
            if lenient:
                return _nothing(self)
            raise EditError(problem)
        assert found is not None
        stage, index = found
        step = stage.steps[index]
        remaining = list(stage.steps)
        del remaining[index]
        if stage.id == self.stage_id:
            steps = remaining
        else:
            steps = list(doc.stages[target_index].steps)
        slot = _slot(steps, self.after)
        steps.insert(slot, step)
        if stage.id != self.stage_id:
            _check_stage_size(doc.stages[target_index], steps)
            _replace_stage(doc, stage, remaining)
        _replace_stage(doc, doc.stages[target_index], steps)
        return MoveStep(
            step_id=self.step_id,
            stage_id=stage.id,
            after=_predecessor(stage.steps, index),
            expect=_place(steps, slot, self.stage_id),
            **self._undo(),
        )


# --------------------------------------------------------------------------- lanes
class AddLane(Edit):
    """Insert a lane after the lane ``after`` (None: first)."""

    kind: Literal["add_lane"] = "add_lane"
    lane: Lane
    after: str | None
    text: str = "Add lane"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        return _add(doc, "lanes", self.lane, self.after, self, lenient, RemoveLane, "lane_id")


def _add(
    doc: JourneyMap,
    field: ListField,
    item: Any,
    after: str | None,
    edit: Edit,
    lenient: bool,
    remover: type[Edit],
    key: str,
) -> Edit:
    if item.id in ids_in_use(doc):
        if lenient:
            return _nothing(edit)
        raise EditError(f"duplicate id {item.id}: the map already uses it")
    _with_inserted(doc, field, _slot(getattr(doc, field), after), item)
    return remover(**{key: item.id}, **edit._undo())


class RemoveLane(Edit):
    """Remove a lane and its cards."""

    kind: Literal["remove_lane"] = "remove_lane"
    lane_id: str
    text: str = "Remove lane"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        if _index(doc.lanes, self.lane_id) < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.lane_id}")
        doomed = [c.id for c in doc.cards if c.lane_id == self.lane_id]
        inverses = _run(doc, _drop_cards(doc, doomed, self), self)
        index = _index(doc.lanes, self.lane_id)
        lane = doc.lanes[index]
        anchor = _predecessor(doc.lanes, index)
        _without(doc, "lanes", index)
        restore = AddLane(lane=lane, after=anchor, **self._undo())
        return Batch(edits=[restore, *inverses], **self._undo()) if inverses else restore


class MoveLane(Edit):
    """Put a lane directly after the lane ``after`` (None: first). ``expect`` (inverses
    have it): where the lane must still be, see :class:`Place`."""

    kind: Literal["move_lane"] = "move_lane"
    lane_id: str
    after: str | None
    expect: Place | None = None
    text: str = "Move lane"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        return _move(doc, "lanes", self.lane_id, self.after, self.expect, self, lenient)


# --------------------------------------------------------------------------- curves
class SetCurvePoint(Edit):
    """Set a curve's point for a step, or clear it (``None``) to fall back to the mean."""

    kind: Literal["set_curve_point"] = "set_curve_point"
    curve_id: str
    step_id: str
    value: float | None
    #: (inverses) the point must still be ``expect`` (None: no point), else it is left alone
    expect: float | None = None
    expect_set: bool = False
    text: str = "Move curve point"
    scope: ClassVar[str] = "curves"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.curves, self.curve_id)
        problem = None
        if index < 0:
            problem = f"no such item: {self.curve_id}"
        elif _find_step(doc, self.step_id) is None:
            problem = f"no such step: {self.step_id}"
        else:
            scale = doc.curves[index].scale
            if self.value is not None and not scale.min <= self.value <= scale.max:
                problem = f"{self.value:g} lies outside the curve's scale"
        if problem is not None:
            if lenient:
                return _nothing(self)
            raise EditError(problem)
        curve = doc.curves[index]
        old = curve.points.get(self.step_id)
        if self.expect_set and old != self.expect:
            if not lenient:
                raise EditError(f"the point at {self.step_id} was changed meanwhile")
            return _nothing(self)
        points = dict(curve.points)
        if self.value is None:
            points.pop(self.step_id, None)
        else:
            points[self.step_id] = self.value
        new = curve.model_copy(update={"points": _ordered_points(doc, points)})
        _with_replaced(doc, "curves", index, new)
        return SetCurvePoint(
            curve_id=self.curve_id,
            step_id=self.step_id,
            value=old,
            expect=self.value,
            expect_set=True,
            merge_key=self.merge_key,
            **self._undo(),
        )


class AddCurve(Edit):
    """Add an emotion curve after the curve ``after`` (None: first)."""

    kind: Literal["add_curve"] = "add_curve"
    curve: EmotionCurve
    after: str | None
    text: str = "Add emotion curve"
    scope: ClassVar[str] = "curves"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        curve = self.curve
        persona = curve.persona_id
        steps = set(doc.step_ids())
        problems = []
        if persona is not None and _index(doc.personas, persona) < 0:
            problems.append(f"no persona with id {persona!r}")
        stray = [key for key in curve.points if key not in steps]
        if stray:
            problems.append(f"no step with id {stray[0]!r}")
        if problems and not lenient:
            raise EditError("; ".join(problems))
        if problems:
            curve = curve.model_copy(
                update={
                    "persona_id": persona if _index(doc.personas, persona or "") >= 0 else None,
                    "points": _ordered_points(doc, dict(curve.points)),
                }
            )
        return _add(doc, "curves", curve, self.after, self, lenient, RemoveCurve, "curve_id")


class RemoveCurve(Edit):
    kind: Literal["remove_curve"] = "remove_curve"
    curve_id: str
    text: str = "Remove emotion curve"
    scope: ClassVar[str] = "curves"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.curves, self.curve_id)
        if index < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.curve_id}")
        curve = doc.curves[index]
        anchor = _predecessor(doc.curves, index)
        _without(doc, "curves", index)
        return AddCurve(curve=curve, after=anchor, **self._undo())


# --------------------------------------------------------------------------- personas
class AddPersona(Edit):
    """Add a persona after the persona ``after`` (None: first)."""

    kind: Literal["add_persona"] = "add_persona"
    persona: Persona
    after: str | None
    text: str = "Add persona"
    scope: ClassVar[str] = "personas"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        return _add(
            doc, "personas", self.persona, self.after, self, lenient, RemovePersona, "persona_id"
        )


class RemovePersona(Edit):
    """Remove a persona; curves tied to it stay, untied."""

    kind: Literal["remove_persona"] = "remove_persona"
    persona_id: str
    text: str = "Remove persona"
    scope: ClassVar[str] = "personas"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.personas, self.persona_id)
        if index < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such item: {self.persona_id}")
        untie: list[Edit] = [
            SetFields(target="curve", ident=c.id, changes={"persona_id": None})
            for c in doc.curves
            if c.persona_id == self.persona_id
        ]
        inverses = _run(doc, untie, self)
        persona = doc.personas[index]
        anchor = _predecessor(doc.personas, index)
        _without(doc, "personas", index)
        restore = AddPersona(persona=persona, after=anchor, **self._undo())
        if not inverses:
            return restore
        return Batch(edits=[restore, *inverses], **self._undo())


# --------------------------------------------------------------------------- merge conflicts
class AddConflict(Edit):
    """Record a merge conflict after the conflict ``after`` (None: first)."""

    kind: Literal["add_conflict"] = "add_conflict"
    conflict: Conflict
    after: str | None
    text: str = "Record conflict"
    scope: ClassVar[str] = "meta"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        if _index(doc.conflicts, self.conflict.id) >= 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"duplicate id {self.conflict.id}: the map already records it")
        _with_inserted(doc, "conflicts", _slot(doc.conflicts, self.after), self.conflict)
        return DropConflict(conflict_id=self.conflict.id, **self._undo())


class DropConflict(Edit):
    """Remove a merge conflict's record (the user picked a side)."""

    kind: Literal["drop_conflict"] = "drop_conflict"
    conflict_id: str
    text: str = "Resolve conflict"
    scope: ClassVar[str] = "meta"

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        index = _index(doc.conflicts, self.conflict_id)
        if index < 0:
            if lenient:
                return _nothing(self)
            raise EditError(f"no such conflict: {self.conflict_id}")
        conflict = doc.conflicts[index]
        anchor = _predecessor(doc.conflicts, index)
        _without(doc, "conflicts", index)
        return AddConflict(conflict=conflict, after=anchor, **self._undo())


# --------------------------------------------------------------------------- groups
class Batch(Edit):
    """Several edits as one (a paste, an import, a cascade); all apply or none."""

    kind: Literal["batch"] = "batch"
    edits: list[AnyEdit]

    @property
    def scope(self) -> str:  # type: ignore[override]
        scopes = {e.scope for e in self.edits}
        return scopes.pop() if len(scopes) == 1 else "structure"

    def card_ids(self) -> set[str]:
        return set().union(*(e.card_ids() for e in self.edits)) if self.edits else set()

    def _apply(self, doc: JourneyMap, lenient: bool) -> Edit:
        inverses: list[Edit] = []
        try:
            for edit in self.edits:
                inverses.append(edit.apply(doc, lenient=lenient or edit.lenient))
        except Exception:
            for inverse in reversed(inverses):
                inverse.apply(doc, lenient=True)
            raise
        inverses.reverse()
        return Batch(edits=inverses, merge_key=self.merge_key, **self._undo())


AnyEdit = Annotated[
    SetFields
    | AddCards
    | RemoveCards
    | MoveCards
    | AddLink
    | RemoveLink
    | AddStage
    | RemoveStage
    | MoveStage
    | AddStep
    | RemoveStep
    | MoveStep
    | AddLane
    | RemoveLane
    | MoveLane
    | SetCurvePoint
    | AddCurve
    | RemoveCurve
    | AddPersona
    | RemovePersona
    | AddConflict
    | DropConflict
    | Batch,
    Field(discriminator="kind"),
]
Batch.model_rebuild()

EDIT_TYPES: tuple[type[Edit], ...] = (
    SetFields,
    AddCards,
    RemoveCards,
    MoveCards,
    AddLink,
    RemoveLink,
    AddStage,
    RemoveStage,
    MoveStage,
    AddStep,
    RemoveStep,
    MoveStep,
    AddLane,
    RemoveLane,
    MoveLane,
    SetCurvePoint,
    AddCurve,
    RemoveCurve,
    AddPersona,
    RemovePersona,
    AddConflict,
    DropConflict,
    Batch,
)
"""Every kind of edit, for tests and for code that dispatches on the kind."""

_ADAPTER: TypeAdapter[Any] = TypeAdapter(AnyEdit)


def to_json(edit: Edit) -> str:
    """The edit as compact JSON (its ``kind`` says which edit it is)."""
    return edit.model_dump_json()


def from_json(text: str | bytes) -> Edit:
    """An edit back from :func:`to_json`; raises ``pydantic.ValidationError`` if malformed."""
    edit: Edit = _ADAPTER.validate_json(text)
    return edit


def from_data(data: Any) -> Edit:
    """An edit from already-parsed JSON data (``json.loads`` of :func:`to_json`)."""
    edit: Edit = _ADAPTER.validate_python(data)
    return edit


# --------------------------------------------------------------------------- merging
def combine(first: Edit, second: Edit) -> Edit:
    """One edit doing what ``first`` then ``second`` do (two undo steps made one).

    Field changes of one item fold into one ``SetFields`` (the later value wins), moves
    join into one ``MoveCards``; anything else becomes a ``Batch``. The result keeps
    ``first``'s label, author and merge key."""
    keep = {"text": first.text, "author": first.author, "merge_key": first.merge_key}
    lenient = first.lenient or second.lenient
    if isinstance(first, MoveCards) and isinstance(second, MoveCards):
        return MoveCards(moves=[*first.moves, *second.moves], lenient=lenient, **keep)
    parts = _coalesce([*_flat(first), *_flat(second)])
    if len(parts) == 1:
        return parts[0].model_copy(update={**keep, "lenient": lenient})
    return Batch(edits=parts, lenient=lenient, **keep)


def _flat(edit: Edit) -> list[Edit]:
    if isinstance(edit, Batch):
        return [part for inner in edit.edits for part in _flat(inner)]
    return [edit]


def _coalesce(parts: list[Edit]) -> list[Edit]:
    """Fold field changes of the same item within each run of ``SetFields``."""
    out: list[Edit] = []
    run: dict[tuple[str, str], int] = {}
    for part in parts:
        if isinstance(part, SetFields):
            key = (part.target, part.ident)
            if key in run:
                earlier = out[run[key]]
                assert isinstance(earlier, SetFields)
                # the earlier part applies first: its expectations hold, the later values win
                expect = {**(part.expect or {}), **(earlier.expect or {})} or None
                out[run[key]] = earlier.model_copy(
                    update={"changes": {**earlier.changes, **part.changes}, "expect": expect}
                )
                continue
            run[key] = len(out)
        else:
            run = {}
        out.append(part)
    return out
