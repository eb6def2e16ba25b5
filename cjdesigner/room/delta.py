"""Remote changes as edits, built from what changed rather than from the whole map.

The document's observers tell which items changed (:class:`~.mapdoc.Changes`). When the
local map equals the document's map as it was before those changes, :func:`edits_for`
reads only the changed items and makes the edits that bring the map to the document's map
now — a card added, moved, retyped or removed; fields of a stage, step, lane, persona or
curve; the map's meta — in the time a few items take, however large the map. What it does
not follow item by item (stages, steps, lanes, personas or curves added, removed or
reordered; conflicts; ids claimed by two kinds; collections at their limits) it leaves to
the whole-map :func:`~.reconcile.reconcile` (it returns None).

The result is the same map :func:`~.projection.project` reads from the whole document
(the tests compare the two after every delivery).
"""

from __future__ import annotations

import json
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from typing import Any

from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card, MapMeta

from . import order
from .flat import POS, STAGE
from .mapdoc import Changes
from .projection import (
    ID_PREFIX,
    LIMITS,
    Memo,
    Raw,
    decode,
    fit_curve,
    group_steps,
    item_value,
    known_links,
    ordered,
    valid_model,
)
from .reconcile import AUTHOR, fields_changed

SortKey = tuple[int, str, str]


class CardOrder:
    """The cards' order keys, kept sorted (where one card goes among the others without
    sorting them all again), and which cards link to others."""

    def __init__(self, cards: dict[str, Any]) -> None:
        self.key_of: dict[str, SortKey] = {
            ident: order.sort_key(item.get(POS), ident) for ident, item in cards.items() if isinstance(item, dict)
        }
        self.keys: list[SortKey] = sorted(self.key_of.values())
        #: cards whose links (JSON text in the document) name any card
        self.linking = {ident for ident, item in cards.items() if _links_text(item)}

    def update(self, ident: str, item: Any) -> None:
        old = self.key_of.pop(ident, None)
        if old is not None:
            del self.keys[bisect_left(self.keys, old)]
        if isinstance(item, dict):
            new = order.sort_key(item.get(POS), ident)
            self.key_of[ident] = new
            insort(self.keys, new)
        if _links_text(item):
            self.linking.add(ident)
        else:
            self.linking.discard(ident)

    def rank(self, ident: str) -> SortKey:
        return self.key_of[ident]

    def before(self, ident: str, present: Callable[[str], bool]) -> str | None:
        """The nearest card before ``ident`` for which ``present`` is true."""
        index = bisect_left(self.keys, self.key_of[ident]) - 1
        while index >= 0:
            other = self.keys[index][2]
            if present(other):
                return other
            index -= 1
        return None


def edits_for(raw: Raw, changes: Changes, doc: JourneyMap, cards: CardOrder, memo: Memo) -> list[e.Edit] | None:
    """The edits that bring ``doc`` (the document's map before ``changes``, with this
    side's own edits) to the map ``raw`` holds; None: reconcile the whole map instead.
    ``cards`` is brought up to date with the changed cards' keys (on None the caller
    builds it again)."""
    if changes.whole or changes.items.get("conflicts"):
        return None
    for kind, ids in changes.items.items():
        if not ids:
            continue
        assert ids is not None
        if len(raw.items.get(kind, {})) >= LIMITS[kind]:
            return None
        others = [raw.items.get(k, {}) for k in ID_PREFIX if k != kind]
        if any(ident in other for ident in ids for other in others):
            return None
    parts: list[e.Edit] = []
    if changes.meta:
        meta = valid_model(MapMeta, decode("meta", raw.meta) or {}) or MapMeta()
        changed = fields_changed(doc.meta, meta, set())
        if changed:
            parts.append(e.SetFields(target="meta", changes=changed, author=AUTHOR, lenient=True))
    personas = {p.id for p in doc.personas}
    step_ids = doc.step_ids()
    simple: list[tuple[str, e.Target, list[Any], Callable[[Any], Any] | None]] = [
        ("personas", "persona", list(doc.personas), None),
        ("lanes", "lane", list(doc.lanes), None),
        ("stages", "stage", list(doc.stages), None),
        ("curves", "curve", list(doc.curves), lambda c: fit_curve(c, personas, step_ids)),
    ]
    for kind, target, items, fix in simple:
        ids = changes.items.get(kind)
        if ids:
            found = _same_list(kind, target, raw, items, ids, memo, fix)
            if found is None:
                return None
            parts += found
    ids = changes.items.get("steps")
    if ids:
        found = _steps(raw, doc, ids, memo)
        if found is None:
            return None
        parts += found
    ids = changes.items.get("cards")
    if ids:
        parts += _cards(raw, doc, ids, cards, memo)
    return parts


def _same_list(
    kind: str, target: e.Target, raw: Raw, items: list[Any], changed: set[str], memo: Memo,
    fix: Callable[[Any], Any] | None,
) -> list[e.Edit] | None:
    """Field edits for a collection whose items and order stay as they are (else None)."""
    wanted = [ident for ident, item in ordered(raw.items.get(kind, {}))
              if item_value(kind, ident, item, memo) is not None]
    if wanted[: LIMITS[kind]] != [item.id for item in items]:
        return None
    source = raw.items.get(kind, {})
    skip = {"id", "steps"} if kind == "stages" else {"id"}
    parts: list[e.Edit] = []
    for item in items:
        if item.id not in changed:
            continue
        value = item_value(kind, item.id, source[item.id], memo)
        if fix is not None:
            value = fix(value)
        changes = fields_changed(item, value, skip)
        if changes:
            parts.append(e.SetFields(target=target, ident=item.id, changes=changes, author=AUTHOR))
    return parts


def _steps(raw: Raw, doc: JourneyMap, changed: set[str], memo: Memo) -> list[e.Edit] | None:
    """Field edits for steps that stay in their stage and place (else None)."""
    steps: list[Any] = []
    stage_of: dict[str, str] = {}
    for ident, item in ordered(raw.items.get("steps", {})):
        value = item_value("steps", ident, item, memo)
        stage = item.get(STAGE)
        if value is None or not isinstance(stage, str):
            continue
        stage_of[ident] = stage
        steps.append(value)
    grouped = group_steps(steps[: LIMITS["steps"]], stage_of)
    parts: list[e.Edit] = []
    for stage in doc.stages:
        wanted = grouped.get(stage.id, [])
        if [s.id for s in wanted] != [s.id for s in stage.steps]:
            return None
        for step, value in zip(stage.steps, wanted, strict=True):
            if step.id in changed:
                changes = fields_changed(step, value, {"id"})
                if changes:
                    parts.append(e.SetFields(target="step", ident=step.id, changes=changes, author=AUTHOR))
    return parts


def _cards(raw: Raw, doc: JourneyMap, changed: set[str], cards: CardOrder, memo: Memo) -> list[e.Edit]:
    """Edits for changed cards: removed, added, moved (to a cell or a place in the order),
    fields; and links on other cards that name a card that came (back)."""
    source = raw.items.get("cards", {})
    lanes = {lane.id for lane in doc.lanes}
    steps = set(doc.step_ids())
    have = {card.id: card for card in doc.cards}
    wanted: dict[str, Card | None] = {}
    for ident in changed:
        item = source.get(ident)
        cards.update(ident, item)
        value = item_value("cards", ident, item, memo) if isinstance(item, dict) else None
        if value is not None and (value.lane_id not in lanes or value.step_id not in steps):
            value = None
        wanted[ident] = value

    def in_target(ident: str) -> bool:
        return wanted[ident] is not None if ident in wanted else ident in have

    gone = [ident for ident, value in wanted.items() if value is None and ident in have]
    arrived = [ident for ident, value in wanted.items() if value is not None and ident not in have]
    known = (set(have) - set(gone)) | set(arrived)
    parts: list[e.Edit] = []
    if gone:
        parts.append(e.RemoveCards(ids=gone, author=AUTHOR, lenient=True))
    ids = [card.id for card in doc.cards if card.id not in set(gone)] if gone else [c.id for c in doc.cards]
    present = set(ids)
    now: dict[str, Card] = {}
    placing = sorted((ident for ident, value in wanted.items() if value is not None), key=cards.rank)
    pending: list[e.Edit] = []
    for ident in placing:
        value = wanted[ident]
        assert value is not None
        after = cards.before(ident, in_target)
        if ident not in present:
            bare = value.model_copy(update={"links": [link for link in value.links if link in present]})
            _append(pending, e.AddCards(cards=[bare], after=[after], author=AUTHOR, lenient=True))
            now[ident] = bare
        else:
            card = have[ident]
            index = ids.index(ident)
            if (ids[index - 1] if index else None) == after and (card.lane_id, card.step_id) == (
                value.lane_id, value.step_id):
                now[ident] = card
                continue
            del ids[index]
            move = e.CardMove(card=ident, lane_id=value.lane_id, step_id=value.step_id, after=after)
            _append(pending, e.MoveCards(moves=[move], author=AUTHOR, lenient=True))
            now[ident] = card.model_copy(update={"lane_id": value.lane_id, "step_id": value.step_id})
        ids.insert(ids.index(after) + 1 if after is not None else 0, ident)
        present.add(ident)
    parts += pending
    for ident in placing:
        goal = known_links(wanted[ident], known)
        changes = fields_changed(_unlinked(now[ident], set(gone)), goal, {"id"})
        if changes:
            parts.append(e.SetFields(target="card", ident=ident, changes=changes, author=AUTHOR))
    if arrived:
        parts += _links_back(source, cards.linking, have, wanted, arrived, known, memo)
    return parts


def _names_any(links: str, names: set[str]) -> bool:
    try:
        found = json.loads(links)
    except ValueError:
        return False
    return isinstance(found, list) and any(isinstance(n, str) and n in names for n in found)


def _links_text(item: Any) -> str:
    links = item.get("links") if isinstance(item, dict) else None
    return links if isinstance(links, str) and len(links) > 3 else ""


def _unlinked(card: Card, gone: set[str]) -> Card:
    """``card`` as it is once the cards ``gone`` are removed (their links go with them)."""
    if not gone or not any(link in gone for link in card.links):
        return card
    return card.model_copy(update={"links": [link for link in card.links if link not in gone]})


def _append(parts: list[e.Edit], edit: e.Edit) -> None:
    """Add ``edit``, merged with the one before it when both add or both move cards."""
    last = parts[-1] if parts else None
    if isinstance(last, e.AddCards) and isinstance(edit, e.AddCards):
        parts[-1] = last.model_copy(update={"cards": [*last.cards, *edit.cards], "after": [*last.after, *edit.after]})
    elif isinstance(last, e.MoveCards) and isinstance(edit, e.MoveCards):
        parts[-1] = last.model_copy(update={"moves": [*last.moves, *edit.moves]})
    else:
        parts.append(edit)


def _links_back(
    source: dict[str, Any], linking: set[str], have: dict[str, Card], wanted: dict[str, Card | None],
    arrived: Iterable[str], known: set[str], memo: Memo,
) -> list[e.Edit]:
    """Link edits for unchanged cards whose links name a card that has just come (a link
    to a missing card is left out of the map, and comes back with the card)."""
    names = set(arrived)
    parts: list[e.Edit] = []
    for ident in linking:
        item = source.get(ident)
        if ident in wanted or ident not in have or not _names_any(_links_text(item), names):
            continue
        value = item_value("cards", ident, item, memo)
        if value is None:
            continue
        goal = known_links(value, known)
        if list(goal.links) != list(have[ident].links):
            parts.append(e.SetFields(target="card", ident=ident, changes={"links": list(goal.links)},
                                     author=AUTHOR))
    return parts
