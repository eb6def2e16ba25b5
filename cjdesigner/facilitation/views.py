"""What a participant's phone may read: a projection of the map and the room's state.

Nothing a facilitator keeps private leaves through here: no lane marked private and
none of its cards, no other participant's waiting notes (hidden or in the inbox), no
other participant's ballot, no tally before the reveal and never who voted in an
anonymous round. The phone page reads only these dictionaries; the server builds them
per participant. Text is returned as it was typed: the page writes it as text.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cjdesigner.model import JourneyMap

from .state import Facilitation, format_clock


def map_view(state: Facilitation, doc: JourneyMap) -> dict[str, Any]:
    """The map's grid and card titles, without the private lanes."""
    hidden = set(state.private_lanes)
    lanes = [{"id": lane.id, "title": lane.title} for lane in doc.lanes if lane.id not in hidden]
    stages = [
        {
            "id": stage.id,
            "name": stage.name,
            "color": stage.color,
            "steps": [{"id": step.id, "name": step.name} for step in stage.steps],
        }
        for stage in doc.stages
    ]
    cards = [
        {"id": card.id, "title": card.title, "lane": card.lane_id, "step": card.step_id}
        for card in doc.cards
        if card.lane_id not in hidden
    ]
    return {"title": doc.meta.title, "stages": stages, "lanes": lanes, "cards": cards}


def version_of(data: Any) -> str:
    """A short fingerprint of plain data: the phone asks for the map again when it moves."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def room_view(
    state: Facilitation, doc: JourneyMap, participant_id: str | None, now: float,
    map_version: str = "",
) -> dict[str, Any]:
    """The small, often-read part: timer, spotlight, vote round, the reader's own notes."""
    countdown = state.countdown
    you = state.participants.get(participant_id) if participant_id else None
    view: dict[str, Any] = {
        "timer": {
            "remaining": round(countdown.remaining(now), 1),
            "running": countdown.running() and not countdown.finished(now),
            "duration": countdown.duration,
            "text": format_clock(countdown.remaining(now)),
        },
        "spotlight": state.spotlight,
        "private": state.private,
        "moderated": state.moderated,
        "you": {"id": you.id, "name": you.name} if you else None,
        "waiting": [
            {"id": n.id, "title": n.title, "state": n.state, "lane": n.lane_id, "step": n.step_id}
            for n in sorted(state.notes.values(), key=lambda n: n.created_at)
            if you is not None and n.author == you.id
        ],
        "vote": None,
        "map_version": map_version,
    }
    vote = state.vote
    if vote is not None:
        mine = dict(vote.ballots.get(participant_id, {})) if participant_id else {}
        hidden = set(state.private_lanes)
        secret = {card.id for card in doc.cards if card.lane_id in hidden}
        round_view: dict[str, Any] = {
            "id": vote.id,
            "status": vote.status,
            "accepting": vote.accepting(now),
            "budget": vote.budget,
            "per_card": vote.per_card,
            "anonymous": vote.anonymous,
            "closes_in": None if vote.closes_at is None else round(max(0.0, vote.closes_at - now), 1),
            "mine": {k: v for k, v in mine.items() if k not in secret},
            "left": vote.budget - sum(mine.values()),
            "tally": None,
            "voters": None,
        }
        if vote.status == "revealed":
            tally = {k: v for k, v in vote.tally().items() if k not in secret}
            round_view["tally"] = tally
            if not vote.anonymous:
                round_view["voters"] = {
                    card: [state.name_of(v) for v in vote.voters_of(card)] for card in tally
                }
        view["vote"] = round_view
    return view
