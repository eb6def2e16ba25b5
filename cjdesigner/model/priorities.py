"""Which opportunities first: impact × effort, with votes, evidence and metrics to break
ties. No Qt; the editor's Priorities panel and the poster's legend read it.

Opportunity and idea cards rated for impact and effort (1–5 each) fall into four
quadrants — quick wins (high impact, low effort), big bets (high, high), fill-ins (low,
low) and money pits (low impact, high effort); high means 4 or 5 — and are ranked in that
order of quadrants, then by impact minus effort, then by impact, then by votes, then by
evidence (observed before assumed before proposed), then by how badly their step is doing
on its journey metrics (a low CSAT or NPS, a high CES), then by title. Cards not yet
rated follow, by votes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from statistics import fmean

from .document import SCORE_RANGES, Card, JourneyMap, Step
from .guard import FrozenList
from .vocabulary import Evidence, LaneKind, Metric

PRIORITY_LANES = (LaneKind.OPPORTUNITIES, LaneKind.IDEAS)
HIGH = 4  # impact or effort of 4 or 5 is high

QUADRANTS = {
    (True, False): "Quick win",
    (True, True): "Big bet",
    (False, False): "Fill-in",
    (False, True): "Money pit",
}

_QUADRANT_ORDER = {"Quick win": 0, "Big bet": 1, "Fill-in": 2, "Money pit": 3}
_EVIDENCE_ORDER = {Evidence.OBSERVED: 0, Evidence.ASSUMED: 1, Evidence.PROPOSED: 2}


@dataclass(frozen=True)
class Ranked:
    rank: int
    card: Card
    step_name: str
    need: float  # 0 (the step does well on its metrics, or has none) … 1 (as bad as can be)

    @property
    def rated(self) -> bool:
        return self.card.impact is not None and self.card.effort is not None

    @property
    def quadrant(self) -> str:
        if not self.rated:
            return "Not rated"
        impact, effort = self.card.impact or 0, self.card.effort or 0
        return QUADRANTS[(impact >= HIGH, effort >= HIGH)]

    def reasons(self) -> str:
        """``impact 4 · effort 2 · 5 votes · observed · CSAT 40 %`` — what ranked it."""
        card = self.card
        parts = []
        if self.rated:
            parts.append(f"impact {card.impact} · effort {card.effort}")
        else:
            parts.append("not rated")
        if card.votes:
            parts.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
        if card.evidence is not None:
            parts.append(card.evidence.label.lower())
        if self.need:
            parts.append(f"step need {self.need:.0%}")
        return " · ".join(parts)


def step_need(step: Step) -> float:
    """How badly a step does on its metrics: 1 − the mean of their shares of the best."""
    shares = []
    for metric in step.metrics:
        low, high = SCORE_RANGES[metric.metric]
        share = (metric.score - low) / (high - low)
        shares.append(1 - share if metric.metric is Metric.CES else share)
    return round(1 - fmean(shares), 4) if shares else 0.0


_lock = threading.Lock()
#: the last few rankings, by the identity of the (frozen) lists they were made from
_RANKED: OrderedDict[tuple[int, int, int], tuple[tuple[object, ...], list[Ranked]]] = OrderedDict()
_RANKED_KEPT = 4


def ranked_opportunities(doc: JourneyMap) -> list[Ranked]:
    """Every card in an opportunities or ideas lane, best first (see the module text).

    A map's lists are frozen, so the ranking of the same lists is made once (a poster
    asks for it a few hundred times while it fits its panels)."""
    sources = (doc.cards, doc.lanes, doc.stages)
    if not all(type(items) is FrozenList for items in sources):
        return _ranked(doc)
    key = (id(doc.cards), id(doc.lanes), id(doc.stages))
    with _lock:
        hit = _RANKED.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], sources, strict=True)):
            _RANKED.move_to_end(key)
            return list(hit[1])
    ranked = _ranked(doc)
    with _lock:
        _RANKED[key] = (sources, ranked)
        while len(_RANKED) > _RANKED_KEPT:
            _RANKED.popitem(last=False)
    return list(ranked)


def _ranked(doc: JourneyMap) -> list[Ranked]:
    lanes = {lane.id for lane in doc.lanes if lane.kind in PRIORITY_LANES}
    steps = {step.id: step for step in doc.steps()}
    needs = {step_id: step_need(step) for step_id, step in steps.items()}
    cards = [c for c in doc.cards if c.lane_id in lanes]

    def key(card: Card) -> tuple[int, int, int, int, int, float, str]:
        rated = card.impact is not None and card.effort is not None
        impact, effort = card.impact or 0, card.effort or 0
        quadrant = QUADRANTS[(impact >= HIGH, effort >= HIGH)]
        return (
            _QUADRANT_ORDER[quadrant] if rated else 4,
            -(impact - effort) if rated else 0,
            -impact,
            -card.votes,
            _EVIDENCE_ORDER.get(card.evidence, 3) if card.evidence else 3,
            -needs.get(card.step_id, 0.0),
            card.title.casefold(),
        )

    ordered = sorted(cards, key=key)
    return [
        Ranked(i, card, steps[card.step_id].name if card.step_id in steps else "",
               needs.get(card.step_id, 0.0))
        for i, card in enumerate(ordered, start=1)
    ]
