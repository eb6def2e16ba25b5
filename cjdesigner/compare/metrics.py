"""Journey metrics per step from survey answers: CSAT, CES and NPS with 95 % intervals.

A survey file has one row per answer: ``respondent, step, metric, score, date`` (header
row, any order and case). ``step`` is a step's id or its name (a name two steps share
must be given as an id); ``metric`` is CSAT (scores 1–5), CES (1–7) or NPS (0–10);
``date`` an ISO date (2026-03-14) or empty. Every bad row is reported with its row
number (the header is row 1) and nothing is stored until every row is good. No Qt.

The maths, per step and metric, from the n answers:

* **CSAT**: the per cent of satisfied answers (4 or 5); 95 % Wilson score interval of
  that proportion (stays within 0…100 % and behaves at small n and at 0 % or 100 %).
* **CES**: the mean effort (1–7, lower is better); mean ± t(0.975, n − 1) · s / √n,
  kept within 1…7; no interval from a single answer.
* **NPS**: per cent promoters (9–10) minus per cent detractors (0–6), −100…+100; the
  interval is the adjusted Wald interval for a difference of two proportions from one
  sample (Rocks 2016, as Sauro recommends for NPS): add ¾ of a promoter and ¾ of a
  detractor, n + 3 answers, then
  ``nps′ ± z · √((p′ + d′ − (p′ − d′)²) / (n + 3))``, kept within −100…+100. The
  adjusted interval need not contain the raw score at the extremes (3 promoters of 3).

Fewer than ``MIN_ANSWERS`` answers: the metric is stored, and shown as "too few answers".
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from statistics import NormalDist, fmean, stdev

from cjdesigner.csvio import CsvError, decode, sniff_delimiter
from cjdesigner.model import (
    ANSWER_RANGES,
    JourneyMap,
    Lane,
    LaneKind,
    Metric,
    Step,
    StepMetric,
)
from cjdesigner.model import edits as e

MIN_ANSWERS = 30
"""Fewer answers than this and a step's metric says "too few answers": intervals are then
wide and one unhappy respondent moves the score a lot."""

MAX_BYTES = 64 * 1024 * 1024
MAX_ROWS = 1_000_000
COLUMNS = ("respondent", "step", "metric", "score", "date")

Z95 = NormalDist().inv_cdf(0.975)  # 1.959964…

# Two-sided 95 % quantiles of Student's t by degrees of freedom; between the rows the
# quantile is interpolated linearly in 1/df (exact to 3 decimals), beyond 1000 it is z.
_T95 = {
    1: 12.7062, 2: 4.3027, 3: 3.1824, 4: 2.7764, 5: 2.5706, 6: 2.4469, 7: 2.3646,
    8: 2.3060, 9: 2.2622, 10: 2.2281, 11: 2.2010, 12: 2.1788, 13: 2.1604, 14: 2.1448,
    15: 2.1314, 16: 2.1199, 17: 2.1098, 18: 2.1009, 19: 2.0930, 20: 2.0860, 21: 2.0796,
    22: 2.0739, 23: 2.0687, 24: 2.0639, 25: 2.0595, 26: 2.0555, 27: 2.0518, 28: 2.0484,
    29: 2.0452, 30: 2.0423, 40: 2.0211, 50: 2.0086, 60: 2.0003, 80: 1.9901, 100: 1.9840,
    120: 1.9799, 200: 1.9719, 500: 1.9647, 1000: 1.9623,
}


def t95(df: int) -> float:
    """The 0.975 quantile of Student's t with ``df`` degrees of freedom."""
    if df < 1:
        raise ValueError("no interval without at least one degree of freedom")
    if df in _T95:
        return _T95[df]
    if df > 1000:
        return Z95 + (_T95[1000] - Z95) * 1000 / df
    below = max(k for k in _T95 if k < df)
    above = min(k for k in _T95 if k > df)
    share = (1 / below - 1 / df) / (1 / below - 1 / above)
    return _T95[below] + (_T95[above] - _T95[below]) * share


def _clamp(value: float, low: float, high: float) -> float:
    return min(high, max(low, value))


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion, as fractions."""
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def summarise(metric: Metric, scores: list[int], source: str = "") -> StepMetric:
    """The step metric from its answers (each within ``ANSWER_RANGES[metric]``)."""
    n = len(scores)
    if not n:
        raise ValueError("no answers")
    low: float | None
    high: float | None
    if metric is Metric.CSAT:
        satisfied = sum(1 for s in scores if s >= 4)
        score = 100 * satisfied / n
        a, b = wilson(satisfied, n)
        low, high = 100 * a, 100 * b
    elif metric is Metric.CES:
        score = fmean(scores)
        if n > 1:
            half = t95(n - 1) * stdev(scores) / math.sqrt(n)
            low, high = _clamp(score - half, 1, 7), _clamp(score + half, 1, 7)
        else:
            low = high = None
    else:
        promoters = sum(1 for s in scores if s >= 9)
        detractors = sum(1 for s in scores if s <= 6)
        score = 100 * (promoters - detractors) / n
        m = n + 3
        p, d = (promoters + 0.75) / m, (detractors + 0.75) / m
        centre = p - d
        half = Z95 * math.sqrt((p + d - centre * centre) / m)
        low, high = _clamp(100 * (centre - half), -100, 100), _clamp(100 * (centre + half),
                                                                    -100, 100)
    return StepMetric(metric=metric, score=_round(score), n=n, low=_round(low),
                      high=_round(high), source=source)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def too_few(metric: StepMetric) -> bool:
    return metric.n < MIN_ANSWERS


def metric_text(metric: StepMetric) -> str:
    """``CSAT 82 % (69–90), n = 45`` — with "too few answers" below ``MIN_ANSWERS``."""
    unit = " %" if metric.metric is Metric.CSAT else ""
    digits = 1 if metric.metric is Metric.CES else 0
    number = f"{metric.score:+.0f}" if metric.metric is Metric.NPS else f"{metric.score:.{digits}f}"
    text = f"{metric.metric.label} {number}{unit}"
    if metric.low is not None and metric.high is not None:
        text += f" ({metric.low:.{digits}f}–{metric.high:.{digits}f})"
    text += f", n = {metric.n}"
    if too_few(metric):
        text += ", too few answers"
    return text


# -- survey files -----------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    row: int
    respondent: str
    step_id: str
    metric: Metric
    score: int
    day: date | None


class SurveyError(CsvError):
    """The survey could not be read; ``problems`` lists every bad row."""


def _step_finder(doc: JourneyMap) -> tuple[dict[str, Step], dict[str, list[Step]]]:
    by_id = {step.id: step for step in doc.steps()}
    by_name: dict[str, list[Step]] = {}
    for step in doc.steps():
        by_name.setdefault(step.name.strip().casefold(), []).append(step)
    return by_id, by_name


def _header(cells: list[str]) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = cell.strip().lower().replace(" ", "_")
        if key in COLUMNS and key not in index:
            index[key] = i
    missing = [name for name in COLUMNS if name not in index]
    if missing:
        raise SurveyError(
            f"row 1: the header lacks {', '.join(missing)}; expected the columns "
            + ", ".join(COLUMNS)
        )
    return index


def read_survey_text(raw: str | bytes, doc: JourneyMap) -> list[Answer]:
    """Every answer of a survey, checked against the map; ``SurveyError`` lists every
    bad row (unknown step or metric, a score out of range, a bad date)."""
    if len(raw) > MAX_BYTES:
        raise SurveyError(f"too large for a survey ({len(raw):,} bytes)")
    text, _ = decode(raw)
    if not text.strip():
        raise SurveyError("the file is empty; expected a header row: " + ", ".join(COLUMNS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        records = []
        for record in reader:
            records.append(record)
            if len(records) > MAX_ROWS + 1:
                raise SurveyError(f"more than {MAX_ROWS:,} rows; split the file")
    except csv.Error as exc:
        raise SurveyError(f"row {len(records) + 1}: unreadable CSV ({exc})") from None
    index = _header(records[0])
    by_id, by_name = _step_finder(doc)
    answers: list[Answer] = []
    problems: list[str] = []
    for number, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        cell = {name: (cells[i].strip() if i < len(cells) else "") for name, i in index.items()}
        row_problems: list[str] = []
        step_text = cell["step"]
        step = by_id.get(step_text)
        if step is None:
            named = by_name.get(step_text.casefold(), [])
            if len(named) > 1:
                row_problems.append(
                    f"step {step_text!r} names {len(named)} steps; give its id "
                    f"({', '.join(s.id for s in named)})"
                )
            elif named:
                step = named[0]
            else:
                row_problems.append(f"unknown step {step_text!r} (no step has that name or id)")
        metric = Metric.parse(cell["metric"]) if cell["metric"] else None
        if metric is None:
            row_problems.append(f"unknown metric {cell['metric']!r} (expected CSAT, CES or NPS)")
        score: int | None = None
        try:
            score = int(cell["score"])
        except ValueError:
            row_problems.append(f"score {cell['score']!r} is not a whole number")
        if metric is not None and score is not None:
            low, high = ANSWER_RANGES[metric]
            if not low <= score <= high:
                row_problems.append(
                    f"{metric.label} score {score} is out of range ({low}–{high})"
                )
        day = None
        if cell["date"]:
            try:
                day = date.fromisoformat(cell["date"])
            except ValueError:
                row_problems.append(f"date {cell['date']!r} is not a date such as 2026-03-14")
        if row_problems:
            problems.extend(f"row {number}: {p}" for p in row_problems)
            continue
        assert step is not None and metric is not None and score is not None
        answers.append(Answer(number, cell["respondent"], step.id, metric, score, day))
    if problems:
        count = len(problems)
        raise SurveyError(
            f"{count} problem{'s' if count > 1 else ''}, nothing imported:\n  "
            + "\n  ".join(problems),
            problems,
        )
    return answers


def read_survey(path: str | os.PathLike[str], doc: JourneyMap) -> list[Answer]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SurveyError(f"{path}: too large for a survey ({size:,} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise SurveyError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return read_survey_text(raw, doc)
    except SurveyError as exc:
        raise SurveyError(f"{path}: {exc}", exc.problems) from None


def step_metrics(answers: Iterable[Answer], source: str = "") -> dict[str, list[StepMetric]]:
    """Step id → its metrics (CSAT, CES, NPS order), from the answers."""
    grouped: dict[tuple[str, Metric], list[Answer]] = {}
    for answer in answers:
        grouped.setdefault((answer.step_id, answer.metric), []).append(answer)
    result: dict[str, list[StepMetric]] = {}
    for metric in Metric:
        for (step_id, kind), group in grouped.items():
            if kind is not metric:
                continue
            days = sorted(a.day for a in group if a.day is not None)
            when = ""
            if days:
                when = days[0].isoformat() if days[0] == days[-1] else \
                    f"{days[0].isoformat()}…{days[-1].isoformat()}"
            text = ", ".join(part for part in (source, when) if part)
            result.setdefault(step_id, []).append(
                summarise(metric, [a.score for a in group], text[:500])
            )
    return result


def store_metrics(doc: JourneyMap, found: dict[str, list[StepMetric]]) -> e.Edit:
    """One edit setting each step's metrics: the survey's replace those of the same
    kind, others stay. A map without a "KPIs / metrics" lane gets one at the bottom,
    where the metrics show."""
    edits: list[e.Edit] = []
    if found and not any(lane.kind is LaneKind.KPIS for lane in doc.lanes):
        lane = Lane(title="Journey metrics", kind=LaneKind.KPIS)
        edits.append(e.AddLane(lane=lane, after=doc.lanes[-1].id if doc.lanes else None))
    for step in doc.steps():
        new = found.get(step.id)
        if not new:
            continue
        kinds = {m.metric for m in new}
        kept = [m for m in step.metrics if m.metric not in kinds]
        merged = sorted([*kept, *new], key=lambda m: list(Metric).index(m.metric))
        edits.append(e.SetFields(target="step", ident=step.id,
                                 changes={"metrics": [m.model_dump() for m in merged]},
                                 text="Set metrics"))
    return e.Batch(edits=edits, text="Import survey metrics")
