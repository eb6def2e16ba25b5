"""The inspector's field for a step's journey metrics, typed by hand one a line:

    CSAT 82 % · n = 45 · 69 to 90
    NPS +12 · n = 120 · −3 to 27
    CES 2.4 · n = 30

The interval is optional (``to``, ``–`` or ``…`` between its ends). What the survey
import stored reads back the same way; a line whose numbers are unchanged keeps where it
came from (its source).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from cjdesigner.layout.metrics import note_text, score_text
from cjdesigner.model import Metric, StepMetric
from cjdesigner.ui.i18n import translate

from .fields import TextBinding

_NUMBER = r"[+\-−]?\d+(?:[.,]\d+)?"
_LINE = re.compile(
    rf"^\s*(?P<metric>[A-Za-z_ ]+?)\s+(?P<score>{_NUMBER})\s*%?"
    rf"(?:\s*[·,;]?\s*n\s*=\s*(?P<n>\d+))?"
    rf"(?:\s*[·,;]?\s*(?P<low>{_NUMBER})\s*(?:to|–|-|…|\.\.\.?)\s*(?P<high>{_NUMBER}))?"
    rf"(?:\s*[·,;]?\s*n\s*=\s*(?P<n2>\d+))?"
    r"(?:\s*·\s*too few answers)?\s*$",
    re.IGNORECASE,
)


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    return float(text.replace("−", "-").replace(",", "."))


def metric_line(metric: StepMetric) -> str:
    note = note_text(metric).removesuffix(" · too few answers")
    # "n = 45" first, then the interval: the order people read them in
    parts = note.split(" · ")
    parts.reverse()
    return " · ".join([score_text(metric), *parts])


def parse_metric_line(text: str) -> StepMetric:
    match = _LINE.match(text)
    if match is None:
        raise ValueError(translate("MetricFields", "not a metric line: {text!r} (e.g. CSAT 82 % · "
                                   "n = 45)").format(text=text.strip()))
    metric = Metric.parse(match["metric"])
    if metric is None:
        raise ValueError(translate("MetricFields", "unknown metric {name!r}: CSAT, CES or NPS")
                         .format(name=match["metric"].strip()))
    n = match["n"] or match["n2"] or "0"
    try:
        return StepMetric(metric=metric, score=_number(match["score"]), n=int(n),
                          low=_number(match["low"]), high=_number(match["high"]))
    except ValidationError as exc:
        raise ValueError(exc.errors()[0]["msg"].removeprefix("Value error, ")) from None


class MetricsBinding(TextBinding):
    """``Step.metrics`` as lines of text; each line is checked as the user types."""

    def __init__(self, name: str = "metrics", label: str = "Metrics") -> None:
        super().__init__(name, label, lines=3)
        self.edit.setPlaceholderText(translate("MetricFields", "CSAT 82 % · n = 45 · 69 to 90"))
        self._shown: list[StepMetric] = []

    def get(self) -> list[StepMetric]:  # type: ignore[override]
        lines = [line for line in self.edit.toPlainText().splitlines() if line.strip()]
        metrics = [parse_metric_line(line) for line in lines]
        kinds = [m.metric for m in metrics]
        if len(set(kinds)) != len(kinds):
            raise ValueError(translate("MetricFields", "each metric once per step"))
        kept = {m.metric: m for m in self._shown}
        result: list[StepMetric] = []
        for metric in metrics:
            before = kept.get(metric.metric)
            if before is not None and metric_line(before) == metric_line(metric):
                result.append(before)
            else:
                result.append(metric.model_copy(update={"source": "by hand"}))
        return result

    def put(self, value: Any) -> None:
        self._shown = list(value or [])
        text = "\n".join(metric_line(m) for m in self._shown)
        if self.edit.toPlainText() != text:
            self._loading = True
            try:
                self.edit.setPlainText(text)
            finally:
                self._loading = False
