"""Facts derived from a map, never stored: curve values, blueprint lines, journey order."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from .document import SCORE_RANGES, Card, EmotionCurve, EmotionScale, JourneyMap, StepMetric
from .vocabulary import BlueprintLine, LaneKind, Metric


@dataclass(frozen=True)
class CurveValue:
    step_id: str
    value: float | None  # None: neither set nor derivable (no card emotions in that step)
    is_set: bool


def curve_name(doc: JourneyMap, curve: EmotionCurve) -> str:
    """How a curve is told apart everywhere (legend, inspector, outline, poster): its
    persona and its label ("Sam — Expected"); the persona alone when the label only
    repeats the persona's name."""
    label = curve.label.strip()
    persona = next((p for p in doc.personas if p.id == curve.persona_id), None)
    if persona is None:
        return label or "Emotion curve"
    if not label or label.casefold() == persona.name.strip().casefold():
        return persona.name
    return f"{persona.name} — {label}"


@dataclass(frozen=True)
class StepGap:
    """Between an expected and an experienced curve at one step: ``gap`` is expected
    minus experienced (positive: worse than expected), on the experienced curve's scale."""

    step_id: str
    expected: float
    experienced: float

    @property
    def gap(self) -> float:
        return self.expected - self.experienced


def curve_gaps(doc: JourneyMap, experienced: EmotionCurve, expected: EmotionCurve) -> list[StepGap]:
    """Per step, in journey order, where both curves have a value; the expected curve's
    values are carried onto the experienced curve's scale."""
    mine = {v.step_id: v.value for v in curve_values(doc, experienced)}
    theirs = {v.step_id: v.value for v in curve_values(doc, expected)}
    low, high = expected.scale.min, expected.scale.max
    out = []
    for step_id in doc.step_ids():
        a, b = mine.get(step_id), theirs.get(step_id)
        if a is None or b is None:
            continue
        share = (b - low) / (high - low)
        carried = experienced.scale.min + share * (experienced.scale.max - experienced.scale.min)
        out.append(StepGap(step_id, carried, a))
    return out


#: the stem of "expected" in each language the editor speaks (a curve's label is typed or
#: given in the editor's language: "Expected", "Forventet", "Erwartet", "Attendu", "Esperado")
EXPECTED_STEMS = ("expect", "forvent", "erwart", "attendu", "attente", "esperad", "expectativ",
                  "متوقع", "توقع")


def is_expected(curve: EmotionCurve) -> bool:
    """A curve of what people expected (its label says so: "Expected", "Expectation", or
    the same word in one of the editor's languages)."""
    label = curve.label.casefold()
    return any(stem in label for stem in EXPECTED_STEMS)


def expectation_pairs(doc: JourneyMap) -> list[tuple[EmotionCurve, EmotionCurve]]:
    """(experienced, expected) curve pairs: each curve of a persona (or of no persona)
    measured against that persona's expected curve."""
    pairs = []
    for expected in (c for c in doc.curves if is_expected(c)):
        for other in doc.curves:
            if other.persona_id == expected.persona_id and not is_expected(other):
                pairs.append((other, expected))
    return pairs


def act_first(gaps: list[StepGap], count: int | None = None) -> list[StepGap]:
    """Where to act first: the steps that fall furthest below what was expected, largest
    gap first (journey order breaks ties); steps that met or beat it are left out."""
    ranked = sorted((g for g in gaps if g.gap > 1e-9), key=lambda g: -g.gap)
    return ranked if count is None else ranked[:count]


def card_emotion_means(doc: JourneyMap) -> dict[str, float]:
    """Mean card emotion (default −2…+2 scale) per step that has any. The sum is exact
    (``math.fsum``), so it does not depend on the cards' order: the canvas takes a
    step's mean again from its cells alone after an edit."""
    sums: dict[str, list[float]] = {}
    for card in doc.cards:
        if card.emotion is not None:
            sums.setdefault(card.step_id, []).append(card.emotion)
    return {step: math.fsum(vals) / len(vals) for step, vals in sums.items()}


def metric_on_scale(metric: StepMetric, scale: EmotionScale) -> float:
    """A step metric's score spread over an emotion scale, the best score at the top
    (CES is best at its lowest)."""
    bottom, top = SCORE_RANGES[metric.metric]
    share = (metric.score - bottom) / (top - bottom)
    if metric.metric is Metric.CES:
        share = 1 - share
    return scale.clamp(scale.min + share * (scale.max - scale.min))


def curve_values(doc: JourneyMap, curve: EmotionCurve) -> list[CurveValue]:
    """One value per step in journey order: the step's metric when the curve follows one,
    else the set point, else the mean of the cards."""
    means = card_emotion_means(doc)
    values = []
    measured = {}
    if curve.metric is not None:
        for step in doc.steps():
            found = step.metric(curve.metric)
            if found is not None:
                measured[step.id] = metric_on_scale(found, curve.scale)
    for step_id in doc.step_ids():
        if step_id in measured:
            values.append(CurveValue(step_id, measured[step_id], True))
        elif step_id in curve.points:
            values.append(CurveValue(step_id, curve.points[step_id], True))
        elif step_id in means and curve.from_cards:
            values.append(CurveValue(step_id, curve.scale.from_default(means[step_id]), False))
        else:
            values.append(CurveValue(step_id, None, False))
    return values


@dataclass(frozen=True)
class BlueprintBoundary:
    line: BlueprintLine
    lane_index: int  # the line runs along the top edge of the lane at this index


_CUSTOMER_SIDE = -1  # any non-blueprint lane
_LAYER_RANK = {LaneKind.FRONTSTAGE: 1, LaneKind.BACKSTAGE: 2, LaneKind.SUPPORT: 3}
_LINE_BELOW_RANK = {
    1: BlueprintLine.INTERACTION,
    2: BlueprintLine.VISIBILITY,
    3: BlueprintLine.INTERNAL_INTERACTION,
}


def blueprint_boundaries(doc: JourneyMap) -> list[BlueprintBoundary]:
    """The three service-blueprint lines, derived from the order of the lanes.

    Physical evidence and other customer-side lanes sit above the line of interaction;
    each line is drawn where the layer rank first rises past it: interaction above the
    first frontstage (or deeper) lane, visibility above the first backstage (or support)
    lane, internal interaction above the first support lane. A line is drawn only where
    there is a lane of a shallower layer above it.
    """
    boundaries: list[BlueprintBoundary] = []
    highest_rank_above = None
    drawn: set[int] = set()
    for index, lane in enumerate(doc.lanes):
        rank = _LAYER_RANK.get(lane.kind, 0)
        if highest_rank_above is not None:
            for threshold in (1, 2, 3):
                if threshold in drawn:
                    continue
                if rank >= threshold > highest_rank_above:
                    boundaries.append(BlueprintBoundary(_LINE_BELOW_RANK[threshold], index))
                    drawn.add(threshold)
        highest_rank_above = rank if highest_rank_above is None else max(highest_rank_above, rank)
    return boundaries


def journey_order(doc: JourneyMap, lane_rank: Mapping[str, int] | None = None) -> list[Card]:
    """Cards sorted by step (journey order), then lane, then their order in the cell.

    Lanes go in the map's order unless ``lane_rank`` (lane id → rank) says otherwise.
    """
    step_rank = {step_id: i for i, step_id in enumerate(doc.step_ids())}
    if lane_rank is None:
        lane_rank = {lane.id: i for i, lane in enumerate(doc.lanes)}
    indexed = list(enumerate(doc.cards))
    indexed.sort(
        key=lambda pair: (
            step_rank.get(pair[1].step_id, len(step_rank)),
            lane_rank.get(pair[1].lane_id, len(lane_rank)),
            pair[0],
        )
    )
    return [card for _, card in indexed]


def lowest_moments(doc: JourneyMap, curve: EmotionCurve, count: int = 3) -> list[CurveValue]:
    """The lowest points of a curve: where to act first."""
    known = [v for v in curve_values(doc, curve) if v.value is not None]
    return sorted(known, key=lambda v: v.value)[:count]  # type: ignore[arg-type,return-value]
