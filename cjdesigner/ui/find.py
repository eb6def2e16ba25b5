"""Find and filter over cards: pure functions the find bar calls (no widgets here)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cjdesigner.model import JourneyMap, channel_label, journey_order
from cjdesigner.text.normalize import fold
from cjdesigner.ui.i18n import vocabulary

FILTER_FIELDS = ("channel", "owner", "tag", "evidence", "votes")


@dataclass(frozen=True)
class CardQuery:
    text: str = ""
    field: str | None = None  # one of FILTER_FIELDS
    value: str | None = None

    def is_empty(self) -> bool:
        return not self.text.strip() and not (self.field and self.value)


def _haystack(card) -> str:
    parts = [
        card.title,
        card.description,
        card.channel,
        channel_label(card.channel),
        card.owner,
        card.evidence_source,
        " ".join(card.tags),
    ]
    return fold("\n".join(parts))


def _field_matches(card, field: str, value: str) -> bool:
    if field == "channel":
        return card.channel == value
    if field == "owner":
        return fold(card.owner) == fold(value)
    if field == "tag":
        return any(fold(t) == fold(value) for t in card.tags)
    if field == "evidence":
        return (card.evidence.value if card.evidence else "") == value
    if field == "votes":
        return card.votes >= int(value)
    raise ValueError(field)


def find_cards(doc: JourneyMap, query: CardQuery) -> list[str]:
    """Ids of matching cards, in journey order (step, then lane, then cell order).

    With a votes filter the most voted come first. Every word of ``text`` must appear in
    the card's title, description, channel, owner, source or tags, ignoring case, accents
    and normal form ("osterbro" finds "Østerbro", "café" typed either way finds "café").
    """
    words = fold(query.text).split()
    result = []
    for card in journey_order(doc):
        if query.field and query.value and not _field_matches(card, query.field, query.value):
            continue
        if words:
            hay = _haystack(card)
            if not all(w in hay for w in words):
                continue
        result.append(card)
    if query.field == "votes" and query.value:
        result.sort(key=lambda c: -c.votes)  # most voted first: where to act
    return [card.id for card in result]


def filter_values(doc: JourneyMap, field: str) -> list[tuple[str, str]]:
    """(value, label) pairs present in the map for a filter field, sorted by label."""
    values: dict[str, str] = {}
    for card in doc.cards:
        if field == "channel" and card.channel:
            values[card.channel] = vocabulary(channel_label(card.channel))
        elif field == "owner" and card.owner:
            values.setdefault(fold(card.owner), card.owner)
        elif field == "tag":
            for tag in card.tags:
                values.setdefault(fold(tag), tag)
        elif field == "evidence" and card.evidence:
            values[card.evidence.value] = vocabulary(card.evidence.label)
    if field == "votes":
        most = max((card.votes for card in doc.cards), default=0)
        return [(str(n), QCoreApplication.translate("Find", "%n+ vote(s)", None, n)) for n in (1, 2, 3, 5, 10) if n <= most]
    if field in ("owner", "tag"):
        return sorted(((label, label) for label in values.values()), key=lambda p: p[1].casefold())
    return sorted(values.items(), key=lambda p: p[1].casefold())
