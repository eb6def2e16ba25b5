"""Cards on the clipboard as JSON, so they paste into this map or another one.

The payload keeps each card's fields and its place relative to the first copied card
(lane and step offsets by index), so a block of cards keeps its shape when pasted into
another cell or another map. It goes on the clipboard as plain text, recognised on
paste by its ``format`` key.

Why text and not a QMimeData of our own: a QMimeData made in Python and handed to the
clipboard is deleted by Qt after Python has shut down, which crashes the interpreter on
exit (PySide6 6.11, seen in every test run that copied a card). ``setText`` lets Qt make
the QMimeData itself.
"""

from __future__ import annotations

import json

from PySide6.QtGui import QGuiApplication

from cjdesigner.model import Card, JourneyMap, new_id

#: read from clipboards written by other programs that use it; never written here
MIME = "application/x-cjdesigner-cards+json"
FORMAT = "cjdesigner/cards"


def cards_to_json(doc: JourneyMap, ids: list[str]) -> str:
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    wanted = set(ids)
    picked = [c for c in doc.cards if c.id in wanted]
    picked.sort(key=lambda c: (steps.index(c.step_id), lanes.index(c.lane_id)))
    if not picked:
        return json.dumps({"format": FORMAT, "version": 1, "cards": []})
    r0 = min(lanes.index(c.lane_id) for c in picked)
    c0 = min(steps.index(c.step_id) for c in picked)
    out = []
    for card in picked:
        data = card.model_dump(mode="json")
        data["_lane_offset"] = lanes.index(card.lane_id) - r0
        data["_step_offset"] = steps.index(card.step_id) - c0
        out.append(data)
    return json.dumps({"format": FORMAT, "version": 1, "cards": out}, ensure_ascii=False)


def cards_from_json(text: str, doc: JourneyMap, cell: tuple[str, str]) -> list[Card]:
    """New cards (fresh ids, links among them kept) placed relative to ``cell``."""
    try:
        payload = json.loads(text)
    except (TypeError, ValueError):
        return []
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return []
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    if not lanes or not steps:
        return []
    r0 = lanes.index(cell[0]) if cell[0] in lanes else 0
    c0 = steps.index(cell[1]) if cell[1] in steps else 0
    fresh: dict[str, str] = {}
    raw = [d for d in payload.get("cards", []) if isinstance(d, dict)]
    for data in raw:
        fresh[str(data.get("id"))] = new_id("card")
    cards = []
    for data in raw:
        data = dict(data)
        dr = int(data.pop("_lane_offset", 0) or 0)
        dc = int(data.pop("_step_offset", 0) or 0)
        data["id"] = fresh[str(data.get("id"))]
        data["lane_id"] = lanes[min(max(r0 + dr, 0), len(lanes) - 1)]
        data["step_id"] = steps[min(max(c0 + dc, 0), len(steps) - 1)]
        data["links"] = [fresh[link] for link in data.get("links", []) if link in fresh]
        try:
            cards.append(Card.model_validate(data))
        except ValueError:
            continue
    return cards


def put_on_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def read_clipboard() -> str | None:
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None:
        return None
    if mime.hasFormat(MIME):
        return bytes(mime.data(MIME).data()).decode("utf-8")
    if mime.hasText() and FORMAT in mime.text():
        return mime.text()
    return None
