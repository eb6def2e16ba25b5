"""The bottom zone, "moments that matter": a strip under the map built from its data. No Qt.

Three parts, left to right:

- **Top opportunities**: opportunity and idea cards ranked by votes, then by evidence (an
  observed card first, then by how many observed cards link to it), each with its owner
  or a note that it has none.
- **Worst moments**: the steps where an emotion curve is lowest, with its value, the
  curve's name when there are several, and the card behind the moment (a pain point, a
  quote, the lowest-rated card).
- **Observed rather than assumed**: per stage, how many of the cards whose evidence is
  recorded were observed (a bar and "3/8").

The words are the map's language's (``cjdesigner.i18n`` poster words).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjdesigner.i18n.words import Words
from cjdesigner.layout import MapLayout, style
from cjdesigner.layout.text import FontRole, fit_line, text_width, wrap
from cjdesigner.model import Card, Evidence, JourneyMap, LaneKind

from .fonts import TextWriter, colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .panels import Box

OPPORTUNITY_LANES = (LaneKind.OPPORTUNITIES, LaneKind.IDEAS)
TOP_OPPORTUNITIES = 5
WORST_MOMENTS = 3
#: the strip's height in panel units (see ``poster._arrange``)
HEIGHT = 12.6


@dataclass(frozen=True)
class Opportunity:
    card: Card
    votes: int
    observed: int  # observed cards linking to it, and itself when observed
    owner: str


@dataclass(frozen=True)
class Moment:
    step_name: str
    value: float
    curve: str  # the curve's name (when the map has several)
    card: Card | None


@dataclass(frozen=True)
class StageEvidence:
    stage_name: str
    observed: int
    recorded: int  # cards observed or assumed

    @property
    def share(self) -> float | None:
        return self.observed / self.recorded if self.recorded else None


@dataclass(frozen=True)
class Moments:
    opportunities: list[Opportunity]
    worst: list[Moment]
    stages: list[StageEvidence]

    def __bool__(self) -> bool:
        return bool(self.opportunities or self.worst
                    or any(s.recorded for s in self.stages))


def top_opportunities(doc: JourneyMap, count: int = TOP_OPPORTUNITIES) -> list[Opportunity]:
    kinds = {lane.id: lane.kind for lane in doc.lanes}
    observed_links: dict[str, int] = {}
    for card in doc.cards:
        if card.evidence is Evidence.OBSERVED:
            for target in card.links:
                observed_links[target] = observed_links.get(target, 0) + 1
    found = []
    for order, card in enumerate(doc.cards):
        if kinds.get(card.lane_id) not in OPPORTUNITY_LANES:
            continue
        own = 1 if card.evidence is Evidence.OBSERVED else 0
        observed = own + observed_links.get(card.id, 0)
        found.append((-card.votes, -own, -observed, order,
                      Opportunity(card, card.votes, observed, card.owner)))
    found.sort(key=lambda item: item[:4])
    return [item[4] for item in found[:count] if item[4].votes or item[4].observed]


def worst_moments(doc: JourneyMap, lay: MapLayout, count: int = WORST_MOMENTS) -> list[Moment]:
    """The lowest points of the curves drawn, one per step, lowest first; only points
    below the middle of their scale."""
    from .mapdraw import behind_moment

    names = {step.step_id: " ".join(step.title_lines) for step in lay.steps}
    scales = {curve.id: curve.scale for curve in doc.curves}
    lows: dict[str, tuple[float, str]] = {}
    for curve in lay.curves:
        scale = scales.get(curve.curve_id)
        if scale is None:
            continue
        middle = (scale.min + scale.max) / 2
        for point in curve.points:
            # measured on the default −2…+2 scale, so curves of other scales compare
            value = (point.value - middle) / (scale.max - scale.min) * 4
            if value < 0 and (point.step_id not in lows or value < lows[point.step_id][0]):
                lows[point.step_id] = (value, curve.label)
    several = len(lay.curves) > 1
    ranked = sorted(lows.items(), key=lambda item: item[1][0])[:count]
    return [Moment(names.get(step_id, ""), value, label if several else "",
                   behind_moment(doc, step_id, worst=True))
            for step_id, (value, label) in ranked]


def stage_evidence(doc: JourneyMap) -> list[StageEvidence]:
    step_stage = {step.id: stage.id for stage in doc.stages for step in stage.steps}
    counts = {stage.id: [0, 0] for stage in doc.stages}
    for card in doc.cards:
        stage_id = step_stage.get(card.step_id)
        if stage_id is None or card.evidence not in (Evidence.OBSERVED, Evidence.ASSUMED):
            continue
        counts[stage_id][1] += 1
        if card.evidence is Evidence.OBSERVED:
            counts[stage_id][0] += 1
    return [StageEvidence(stage.name, *counts[stage.id]) for stage in doc.stages if stage.steps]


def moments(doc: JourneyMap, lay: MapLayout) -> Moments:
    return Moments(top_opportunities(doc), worst_moments(doc, lay), stage_evidence(doc))


#: between the parts when they stand one under another, in panel units
SECTION_GAP = 0.8
HEAD_UNITS = 0.4 + 1.9 + 0.3  # the strip's heading and the space around it
PART_HEAD = 1.55  # a part's heading
ROW = 1.4  # one line of a list


def _stacked_heights(found: Moments, u: float, width: float) -> tuple[float, float, float]:
    """The heights of the three parts one under another in a column ``width`` wide."""
    opportunities = (PART_HEAD + ROW * 2 * max(1, len(found.opportunities))) * u
    worst = (PART_HEAD + ROW * 2 * max(1, len(found.worst))) * u
    names = sum(len(_name_lines(stage.stage_name, u, width)) for stage in found.stages)
    evidence = (PART_HEAD + ROW * max(1, names)) * u
    return opportunities, worst, evidence


def stacked_height(found: Moments, u: float, width: float) -> float:
    """The height the moments need in a column ``width`` wide beside the map."""
    return HEAD_UNITS * u + sum(_stacked_heights(found, u, width)) + 2 * SECTION_GAP * u


def _number(value: float) -> str:
    text = f"{value:+.1f}"
    return text.replace("-", "\u2212") if text.lstrip("+-").strip("0.") != "" else "0"


class MomentsPainter:
    """Draws :class:`Moments` into a box in page points (y up), type sized from ``unit``."""

    def __init__(self, c: Canvas, doc: JourneyMap, unit: float) -> None:
        self.c = c
        self.doc = doc
        self.u = unit
        self.text = TextWriter(c)
        self.words = Words(doc.meta.language)

    def draw(self, box: Box, found: Moments, stacked: bool = False) -> None:
        """The three parts side by side, or one under another (``stacked``: a column)."""
        u, w = self.u, self.words
        c = self.c
        c.setStrokeColor(colour(style.INK))
        c.setLineWidth(max(0.12 * u, 0.6))
        c.line(box.x, box.top, box.x + box.w, box.top)
        head = FontRole("Bold", 1.45 * u, 1.9 * u)
        self._line(box.x, box.top - 0.4 * u, head, w.upper(w("Poster", "Moments that matter")),
                   style.INK, box.w)
        top = box.top - 0.4 * u - head.line_height - 0.3 * u
        if stacked:  # a column beside the map: the three parts one under another
            opportunities, worst, _ = _stacked_heights(found, u, box.w)
            column = (box.x, box.w)
            self._opportunities(column, top, top - opportunities, found.opportunities, True)
            top -= opportunities + SECTION_GAP * u
            self._worst(column, top, top - worst, found.worst)
            top -= worst + SECTION_GAP * u
            self._evidence(column, top, box.y, found.stages)
            self.text.flush()
            return
        gap = 1.5 * u
        widths = (0.42, 0.33, 0.25)
        x = box.x
        columns = []
        for share in widths:
            columns.append((x, box.w * share - gap))
            x += box.w * share
        self._opportunities(columns[0], top, box.y, found.opportunities)
        self._worst(columns[1], top, box.y, found.worst)
        self._evidence(columns[2], top, box.y, found.stages)
        self.text.flush()

    # -- parts ---------------------------------------------------------------------------------
    def _heading(self, x: float, top: float, width: float, text: str) -> float:
        role = FontRole("Semibold", 1.15 * self.u, 1.55 * self.u)
        return self._line(x, top, role, text, style.INK, width)

    def _line(self, x: float, top: float, role: FontRole, text: str, ink: str,
              width: float) -> float:
        """One line under ``top``, cut to ``width``; returns the y below it."""
        top -= role.line_height
        if width < role.size:
            return top
        self.text.draw(x, top + (role.line_height - role.size * 0.68) / 2,
                       fit_line(text, role, width), role.face_name, role.size, ink)
        return top

    def _rows(self, bottom: float, top: float, count: int) -> FontRole:
        """The role of a list's lines: 1 unit, smaller when ``count`` lines must fit."""
        size = self.u
        room = top - bottom
        if count and count * size * 1.4 > room:
            size = max(room / count / 1.4, 0.6 * self.u)
        return FontRole("Regular", size, size * 1.4)

    def _opportunities(self, column: tuple[float, float], top: float, bottom: float,
                       items: list[Opportunity], two_lines: bool = False) -> None:
        x, width = column
        w = self.words
        top = self._heading(x, top, width, w("Poster", "Top opportunities"))
        if not items:
            self._line(x, top, self._rows(bottom, top, 1), w("Poster", "No votes or evidence yet"),
                       style.TEXT_MUTED, width)
            return
        role = self._rows(bottom, top, len(items) * (2 if two_lines else 1))
        bold = FontRole("Semibold", role.size, role.line_height)
        for rank, item in enumerate(items, start=1):
            # one line each: the title, then votes, evidence and owner (two in a column)
            title = fit_line(f"{rank}. {item.card.title or w('Poster', '(untitled)')}", bold,
                             width if two_lines else width * 0.6)
            line_top = top
            top = self._line(x, top, bold, title, style.INK, width)
            facts = [w("Poster", "Votes: {count}").format(count=item.votes)]
            if item.observed:
                facts.append(w("Poster", "Observed: {count}").format(count=item.observed))
            facts.append(w("Poster", "Owner: {owner}").format(owner=item.owner) if item.owner
                         else w("Poster", "No owner yet"))
            if two_lines:
                top = self._line(x + 1.1 * role.size, top, role, " · ".join(facts),
                                 style.INK_SOFT, width - 1.1 * role.size)
                continue
            start = x + text_width(title, bold) + 0.8 * role.size
            self._line(start, line_top, role, " · ".join(facts), style.INK_SOFT,
                       x + width - start)

    def _worst(self, column: tuple[float, float], top: float, bottom: float,
               items: list[Moment]) -> None:
        x, width = column
        w = self.words
        top = self._heading(x, top, width, w("Poster", "Worst moments"))
        if not items:
            self._line(x, top, self._rows(bottom, top, 1), w("Poster", "No low moments"),
                       style.TEXT_MUTED, width)
            return
        role = self._rows(bottom, top, len(items) * 2)
        bold = FontRole("Semibold", role.size, role.line_height)
        for item in items:
            head = f"{_number(item.value)}  {item.step_name}"
            if item.curve:
                head += f" · {item.curve}"
            top = self._line(x, top, bold, head, style.INK, width)
            behind = (item.card.title or "").strip().strip('“”"') if item.card else ""
            if behind:
                top = self._line(x + 1.1 * role.size, top, role, f"“{behind}”", style.INK_SOFT,
                                 width - role.size)

    def _evidence(self, column: tuple[float, float], top: float, bottom: float,
                  stages: list[StageEvidence]) -> None:
        x, width = column
        w = self.words
        c = self.c
        top = self._heading(x, top, width, w("Poster", "Observed rather than assumed"))
        if not any(s.recorded for s in stages):
            self._line(x, top, self._rows(bottom, top, 1), w("Poster", "No evidence recorded"),
                       style.TEXT_MUTED, width)
            return
        role = self._rows(bottom, top, sum(len(_name_lines(st.stage_name, self.u, width))
                                           for st in stages))
        name_w = width * NAME_SHARE
        bar_x = x + name_w + 0.4 * role.size
        count_w = 3.2 * role.size
        bar_w = max(width - name_w - count_w - 0.8 * role.size, role.size)
        bar_h = role.size * 0.62
        for stage in stages:
            line_top = top
            # the whole name, on as many lines as it needs (nothing is cut)
            for line in wrap(stage.stage_name, role, name_w) or [""]:
                top = self._line(x, top, role, line, style.INK, name_w)
            y = line_top - role.line_height + (role.line_height - bar_h) / 2
            c.setFillColor(colour(style.GRID_LINE))
            c.rect(bar_x, y, bar_w, bar_h, stroke=0, fill=1)
            share = stage.share
            if share:
                c.setFillColor(colour(style.INK))
                c.rect(bar_x, y, bar_w * share, bar_h, stroke=0, fill=1)
            count = f"{stage.observed}/{stage.recorded}" if stage.recorded else "—"
            self.text.draw(x + width, line_top - role.line_height
                           + (role.line_height - role.size * 0.68) / 2, count,
                           role.face_name, role.size, style.INK_SOFT, align="right")


#: the share of the evidence part's width its stage names take
NAME_SHARE = 0.5


def _name_lines(name: str, u: float, width: float) -> list[str]:
    return wrap(name, FontRole("Regular", u, 1.4 * u), width * NAME_SHARE) or [""]
