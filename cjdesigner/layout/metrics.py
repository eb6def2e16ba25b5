"""The metrics band: journey metrics drawn in the map's first "KPIs / metrics" lane. No Qt.

Each metric any step has (CSAT, CES, NPS) gets one row of the band, across every step:
the score as text, then a track of the metric's whole range with the 95 % interval as a
bar and the score as a dot, and the number of answers — "too few answers" below
``MIN_ANSWERS``. Canvas and poster draw these boxes alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.model import SCORE_RANGES, JourneyMap, LaneKind, Metric, StepMetric

from . import style
from .geometry import Rect
from .text import fit_line, text_width

MIN_ANSWERS = 30
"""Fewer answers and the metric says so (the interval is wide; one answer moves it a lot)."""

ROW_H = 34.0  # one metric: label line, then the track
TRACK_H = 5.0
BAND_PAD = 6.0
VALUE = style.STEP_META
NOTE = style.CARD_META


@dataclass(frozen=True)
class MetricBox:
    step_id: str
    metric: Metric
    rect: Rect
    label: str  # "CSAT 82 %", fitted
    note: str  # "n = 45" or "n = 7 · too few answers", fitted
    too_few: bool
    track: Rect  # the metric's whole range
    score_x: float
    low_x: float | None  # the interval's ends, None when not known
    high_x: float | None


def metric_kinds(doc: JourneyMap) -> list[Metric]:
    """The metrics any step has, in CSAT, CES, NPS order."""
    present = {m.metric for step in doc.steps() for m in step.metrics}
    return [m for m in Metric if m in present]


def metrics_lane(doc: JourneyMap) -> str | None:
    """The lane that shows the metrics: the first KPIs / metrics lane, when steps have any."""
    if not metric_kinds(doc):
        return None
    return next((lane.id for lane in doc.lanes if lane.kind is LaneKind.KPIS), None)


def band_height(doc: JourneyMap) -> float:
    kinds = metric_kinds(doc)
    return len(kinds) * ROW_H + 2 * BAND_PAD if kinds else 0.0


def _number(value: float, digits: int, sign: bool = False) -> str:
    """A number as print sets it: a true minus sign (−), ``+`` when ``sign``."""
    text = f"{value:+.{digits}f}" if sign else f"{value:.{digits}f}"
    if text.lstrip("+-").strip("0.") == "":  # no "−0" or "+0"
        text = text.lstrip("+-")
    return text.replace("-", "\u2212")


def score_text(metric: StepMetric) -> str:
    if metric.metric is Metric.CSAT:
        return f"{metric.metric.label} {_number(metric.score, 0)} %"
    if metric.metric is Metric.NPS:
        return f"{metric.metric.label} {_number(metric.score, 0, sign=True)}"
    return f"{metric.metric.label} {_number(metric.score, 1)}"


def note_text(metric: StepMetric) -> str:
    text = f"n = {metric.n}"
    if metric.low is not None and metric.high is not None:
        digits = 1 if metric.metric is Metric.CES else 0
        low, high = _number(metric.low, digits), _number(metric.high, digits)
        text = f"{low} to {high} · {text}"
    if metric.n < MIN_ANSWERS:
        text += " · too few answers"
    return text


def metric_boxes(
    doc: JourneyMap, columns: dict[str, Rect], lane_top: float | None
) -> list[MetricBox]:
    """The boxes of the band whose top is ``lane_top`` (None: no metrics lane)."""
    if lane_top is None:
        return []
    kinds = metric_kinds(doc)
    boxes: list[MetricBox] = []
    for step in doc.steps():
        column = columns.get(step.id)
        if column is None:
            continue
        x = column.x + style.CELL_PAD
        w = column.w - 2 * style.CELL_PAD
        for row, kind in enumerate(kinds):
            metric = step.metric(kind)
            if metric is None:
                continue
            top = lane_top + BAND_PAD + row * ROW_H
            track = Rect(x, top + VALUE.line_height + 3, w, TRACK_H)
            low, high = SCORE_RANGES[kind]

            def at(value: float, track: Rect = track, low: float = low,
                   high: float = high) -> float:
                share = (min(high, max(low, value)) - low) / (high - low)
                return track.x + share * track.w

            label = score_text(metric)
            boxes.append(
                MetricBox(
                    step_id=step.id,
                    metric=kind,
                    rect=Rect(x, top, w, ROW_H),
                    label=fit_line(label, VALUE, w * 0.45),
                    note=fit_line(
                        note_text(metric), NOTE, w - min(w * 0.45, text_width(label, VALUE)) - 6
                    ),
                    too_few=metric.n < MIN_ANSWERS,
                    track=track,
                    score_x=at(metric.score),
                    low_x=None if metric.low is None else at(metric.low),
                    high_x=None if metric.high is None else at(metric.high),
                )
            )
    return boxes
