"""Changing a map in a test: through an edit, as the editor does (maps are immutable)."""

from __future__ import annotations

from typing import Any

from cjdesigner.model import Card, JourneyMap
from cjdesigner.model.edits import AddCards, SetFields, Target


def set_fields(doc: JourneyMap, target: Target, ident: str = "", **changes: Any) -> None:
    """Set fields of one item of ``doc`` (or of its meta) with a checked ``SetFields``."""
    SetFields(target=target, ident=ident, changes=changes).apply(doc)


def replaced(items: list[Any], ident: str, **changes: Any) -> list[Any]:
    """``items`` (a map's list) with the item ``ident`` rebuilt with ``changes``; unchecked."""
    return [item.model_copy(update=changes) if item.id == ident else item for item in items]


def append_card(doc: JourneyMap, *cards: Card) -> None:
    """Add cards at the end of the map's card list (the end of their cells), checked."""
    after = doc.cards[-1].id if doc.cards else None
    AddCards(cards=list(cards), after=[after, *(c.id for c in cards[:-1])]).apply(doc)
