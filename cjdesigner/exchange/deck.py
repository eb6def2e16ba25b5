"""The map as a PowerPoint deck (python-pptx), for meetings. No Qt.

Slides, 16:9, in the map's colours and the bundled font's family (Source Sans Pro; a
machine without it shows its own sans-serif):

1. the title: the map's title, objective, kind, author and date, over a band of the
   stages' colours;
2. the overview: the whole map in miniature, drawn from the shared layout (stage bands,
   lanes, every card as a small note, the emotion curves);
3. one slide per stage: its steps as columns and the lanes as rows, every card a real
   text box (title and description, editable) in its lane, the curve of that stage in
   the feelings lane. The columns and the stacking of cards come from the layout; rows
   take the height this stage needs, lanes without cards here shrink to a strip, and
   when a stage would be too small to read, its lanes continue on a second slide;
4. the emotion curves as a native line chart (a series per curve, steps by stage) and
   the lowest moments;
5. one slide per persona;
6. the top opportunities: by votes, then impact (high first) and effort (low first).

Map text is written through python-pptx (which escapes it for XML) after characters XML
cannot hold are dropped (``cjdesigner.export.escape.xml_chars``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cjdesigner.export.escape import xml_chars
from cjdesigner.fileio import atomic_write
from cjdesigner.i18n.words import DEFAULT_LANGUAGE, locale_tag
from cjdesigner.layout import (
    CardBox,
    CurvePoint,
    LaneBox,
    MapLayout,
    Rect,
    StepBox,
    layout_map,
    style,
)
from cjdesigner.layout.text import FontRole, reads_rtl, wrap
from cjdesigner.model import (
    Card,
    JourneyMap,
    LaneKind,
    Persona,
    Stage,
    channel_label,
    curve_values,
    journey_order,
    lowest_moments,
)

FONT = "Source Sans Pro"
#: the font for complex scripts (Arabic, Hebrew) in right-to-left runs: on every machine
#: with Office, and it covers both
FONT_COMPLEX = "Arial"
EMU_PER_INCH = 914400
SLIDE_W = 12192000  # 13.333 in: 16:9
SLIDE_H = 6858000  # 7.5 in
MARGIN = int(0.4 * EMU_PER_INCH)
#: one layout unit is a pixel at 96 dpi: 9525 EMU at 100 %
EMU_PER_UNIT = EMU_PER_INCH / 96
#: a stage slide is split over two when its card titles would print smaller than this
MIN_TITLE_PT = 9.0
TOP_OPPORTUNITIES = 6
# stage slides (EMU)
GRID_TOP = int(1.1 * EMU_PER_INCH)  # below the heading
STEP_ROW = int(0.5 * EMU_PER_INCH)
LANE_COLUMN = int(1.6 * EMU_PER_INCH)
EMPTY_ROW_EMU = int(0.26 * EMU_PER_INCH)  # a lane without cards in this stage: a strip
CURVE_BAND = int(0.75 * EMU_PER_INCH)  # the curve's band in the feelings lane
CELL_GAP = int(0.05 * EMU_PER_INCH)
MAX_COLUMN = int(5.4 * EMU_PER_INCH)
MAX_CELL_CARDS = 8  # more in one cell, and a stage slide shows 7 and "+N more"
MORE_H = int(0.22 * EMU_PER_INCH)
#: the overview draws every card up to this many, one block per cell beyond
OVERVIEW_CARDS = 400


class DeckError(Exception):
    """A deck that could not be written; the message is for people."""


def _rgb(colour: str) -> Any:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour.lstrip("#").upper())


def _clean(text: str) -> str:
    return xml_chars(text).replace("\r\n", "\n").replace("\r", "\n")


def _set_direction(para: Any, right_to_left: bool) -> None:
    """``<a:pPr rtl="1">`` for a paragraph that reads right to left (PowerPoint then
    orders and aligns it as such; python-pptx has no property for it)."""
    if right_to_left:
        para._p.get_or_add_pPr().set("rtl", "1")


def _set_language(run: Any, language: str, right_to_left: bool) -> None:
    """The run's language (``<a:rPr lang>``) and, for right-to-left text, the font
    PowerPoint shapes complex scripts with (``<a:cs>``) and the run's direction."""
    from pptx.oxml.ns import qn

    properties = run._r.get_or_add_rPr()
    properties.set("lang", language)
    if not right_to_left:
        return
    latin = properties.find(qn("a:latin"))
    complex_script = properties.makeelement(qn("a:cs"), {"typeface": FONT_COMPLEX})
    if latin is not None:  # the schema's order: latin, ea, cs, sym, …, rtl
        latin.addnext(complex_script)
    else:
        properties.append(complex_script)
    properties.append(properties.makeelement(qn("a:rtl"), {"val": "1"}))


@dataclass
class _Text:
    text: str
    size: float
    colour: str = style.INK
    bold: bool = False
    italic: bool = False


class DeckBuilder:
    """Builds the deck slide by slide; ``build()`` returns the pptx bytes."""

    def __init__(self, doc: JourneyMap, lay: MapLayout | None = None) -> None:
        from pptx import Presentation
        from pptx.util import Emu

        self.doc = doc
        self.lay = lay or layout_map(doc)
        self.prs = Presentation()
        self.prs.slide_width = Emu(SLIDE_W)
        self.prs.slide_height = Emu(SLIDE_H)
        self.blank = self.prs.slide_layouts[6]
        self.cards = {card.id: card for card in doc.cards}
        self.stage_index = {stage.id: i for i, stage in enumerate(doc.stages)}
        #: the language PowerPoint proofs and shapes the map's text in
        self.language = locale_tag(doc.meta.language or DEFAULT_LANGUAGE)

    # -- primitives ---------------------------------------------------------------------
    def slide(self) -> Any:
        return self.prs.slides.add_slide(self.blank)

    def box(self, slide: Any, x: float, y: float, w: float, h: float, fill: str | None,
            line: str | None = None, radius: float | None = None, line_w: float = 0.75) -> Any:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        kind = MSO_SHAPE.ROUNDED_RECTANGLE if radius else MSO_SHAPE.RECTANGLE
        shape = slide.shapes.add_shape(kind, int(x), int(y), max(1, int(w)), max(1, int(h)))
        if radius:
            shape.adjustments[0] = min(0.5, radius / max(1.0, min(w, h)))
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb(fill)
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = _rgb(line)
            shape.line.width = Pt(line_w)
        shape.shadow.inherit = False
        return shape

    def write(self, shape: Any, paragraphs: Sequence[Sequence[_Text]] | Sequence[_Text],
              align: str = "left",
              anchor: str = "top", margin: float = 0.05, spacing: float = 1.0) -> None:
        """Put text into ``shape``: a list of paragraphs, each a list of runs."""
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Inches, Pt

        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE,
                                 "bottom": MSO_ANCHOR.BOTTOM}[anchor]
        frame.margin_left = frame.margin_right = Inches(margin)
        frame.margin_top = frame.margin_bottom = Inches(margin * 0.6)
        if paragraphs and isinstance(paragraphs[0], _Text):
            paragraphs = [paragraphs]  # type: ignore[assignment]
        first = True
        for runs in paragraphs:
            para = frame.paragraphs[0] if first else frame.add_paragraph()
            first = False
            right_to_left = reads_rtl("".join(part.text for part in runs))  # type: ignore[union-attr]
            # a right-to-left paragraph starts on the right: "left" (the start) mirrors
            side = {"left": "right", "right": "left"}.get(align, align) if right_to_left \
                else align
            para.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER,
                              "right": PP_ALIGN.RIGHT}[side]
            para.line_spacing = spacing
            _set_direction(para, right_to_left)
            for part in runs:  # type: ignore[union-attr]
                run = para.add_run()
                run.text = _clean(part.text)
                font = run.font
                font.name = FONT
                font.size = Pt(max(1.0, round(part.size * 2) / 2))
                font.bold = part.bold
                font.italic = part.italic
                font.color.rgb = _rgb(part.colour)
                _set_language(run, self.language, right_to_left)

    def label(self, slide: Any, x: float, y: float, w: float, h: float,
              parts: Sequence[Sequence[_Text]] | Sequence[_Text], align: str = "left",
              anchor: str = "top", margin: float = 0.0, spacing: float = 1.0) -> Any:
        shape = slide.shapes.add_textbox(int(x), int(y), max(1, int(w)), max(1, int(h)))
        self.write(shape, parts, align, anchor, margin, spacing)
        return shape

    def heading(self, slide: Any, title: str, kicker: str = "",
                colour: str = style.INK_FAINT) -> None:
        inch = EMU_PER_INCH
        if kicker:
            self.label(slide, MARGIN, int(0.22 * inch), SLIDE_W - 2 * MARGIN, int(0.3 * inch),
                       [_Text(kicker.upper(), 11, colour, bold=True)])
        self.label(slide, MARGIN, int(0.42 * inch), SLIDE_W - 2 * MARGIN, int(0.6 * inch),
                   [_Text(title, 26, style.INK, bold=True)], anchor="top")

    def polyline(self, slide: Any, points: list[tuple[float, float]], colour: str, width: float,
                 dash: tuple[float, ...] = ()) -> Any:
        from pptx.enum.dml import MSO_LINE_DASH_STYLE
        from pptx.util import Pt

        if len(points) < 2:
            return None
        builder = slide.shapes.build_freeform(int(points[0][0]), int(points[0][1]), scale=1.0)
        builder.add_line_segments([(int(x), int(y)) for x, y in points[1:]], close=False)
        shape = builder.convert_to_shape()
        shape.fill.background()
        shape.line.color.rgb = _rgb(colour)
        shape.line.width = Pt(width)
        if dash:
            shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        shape.shadow.inherit = False
        return shape

    def dot(self, slide: Any, cx: float, cy: float, r: float, fill: str,
            line: str | None = None) -> Any:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = slide.shapes.add_shape(MSO_SHAPE.OVAL, int(cx - r), int(cy - r), int(2 * r),
                                       int(2 * r))
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
        if line:
            shape.line.color.rgb = _rgb(line)
            shape.line.width = Pt(1)
        else:
            shape.line.fill.background()
        shape.shadow.inherit = False
        return shape

    # -- the deck ---------------------------------------------------------------------------
    def build(self) -> bytes:
        self.title_slide()
        self.overview_slide()
        for index, stage in enumerate(self.doc.stages):
            self.stage_slides(index, stage)
        if self.lay.curves or self.doc.curves:
            self.curve_slide()
        for persona in self.doc.personas:
            self.persona_slide(persona)
        self.opportunities_slide()
        core = self.prs.core_properties
        core.title = _clean(self.doc.meta.title)[:255]
        core.author = _clean(self.doc.meta.author)[:255]
        core.subject = _clean(self.doc.meta.map_type.label)
        buffer = io.BytesIO()
        self.prs.save(buffer)
        return buffer.getvalue()

    def stage_colour(self, index: int) -> str:
        stage = self.doc.stages[index]
        return style.stage_colour(index, stage.color)

    def title_slide(self) -> None:
        doc, meta = self.doc, self.doc.meta
        slide = self.slide()
        inch = EMU_PER_INCH
        # the stages' colours as a band along the bottom, as wide as their steps
        spans = [max(1, len(stage.steps)) for stage in doc.stages] or [1]
        total = sum(spans)
        x = 0.0
        band_y = SLIDE_H - int(0.55 * inch)
        for index, span in enumerate(spans):
            w = SLIDE_W * span / total
            colour = self.stage_colour(index) if doc.stages else style.STAGE_PALETTE[0]
            self.box(slide, x, band_y, w + 1, int(0.55 * inch), colour)
            if doc.stages and w > 0.9 * inch:
                self.label(slide, x + 0.12 * inch, band_y, w - 0.2 * inch, int(0.55 * inch),
                           [_Text(doc.stages[index].name, 12,
                                  style.mix(colour, style.INK, 0.75), bold=True)],
                           anchor="middle")
            x += w
        kind = f"{meta.map_type.label} · {meta.journey_kind.label}"
        self.label(slide, int(0.8 * inch), int(1.25 * inch), SLIDE_W - int(1.6 * inch),
                   int(0.4 * inch), [_Text(kind.upper(), 14, style.INK_FAINT, bold=True)])
        self.label(slide, int(0.8 * inch), int(1.7 * inch), SLIDE_W - int(1.6 * inch),
                   int(1.8 * inch), [_Text(meta.title, 40, style.INK, bold=True)],
                   anchor="top", spacing=0.95)
        objective = meta.objective.strip()
        if objective:
            if len(objective) > 420:
                objective = objective[:419].rstrip() + "…"
            self.label(slide, int(0.8 * inch), int(3.6 * inch), SLIDE_W - int(2.6 * inch),
                       int(1.6 * inch), [_Text(objective, 18, style.INK_SOFT)], spacing=1.1)
        facts = [p for p in (meta.author, meta.version_label, meta.modified[:10]) if p]
        primary = [p.name for p in doc.primary_personas()] or [p.name for p in doc.personas[:2]]
        if primary:
            facts.insert(0, "For " + " & ".join(primary))
        if facts:
            self.label(slide, int(0.8 * inch), band_y - int(0.75 * inch),
                       SLIDE_W - int(1.6 * inch), int(0.4 * inch),
                       [_Text(" · ".join(facts), 14, style.INK_SOFT)])

    # -- overview ------------------------------------------------------------------------------
    def overview_slide(self) -> None:
        lay, doc = self.lay, self.doc
        slide = self.slide()
        self.heading(slide, "The whole journey", f"{len(doc.stages)} stages · "
                     f"{len(doc.steps())} steps · {len(doc.cards)} cards")
        inch = EMU_PER_INCH
        top = int(1.3 * inch)
        area_w, area_h = SLIDE_W - 2 * MARGIN, SLIDE_H - top - int(0.35 * inch)
        k = min(area_w / lay.width, area_h / lay.height)
        ox = MARGIN + (area_w - lay.width * k) / 2
        oy = top

        def X(x: float) -> float:  # noqa: N802 - a coordinate transform
            return ox + x * k

        def Y(y: float) -> float:  # noqa: N802
            return oy + y * k

        self.box(slide, X(0), Y(0), lay.width * k, lay.height * k, style.PAPER, style.GRID_LINE)
        title_pt = style.STAGE_TITLE.size * 0.75 * k / EMU_PER_UNIT
        for stage in lay.stages:
            r = stage.rect
            index = self.stage_index[stage.stage_id]
            colour = self.stage_colour(index)
            self.box(slide, X(r.x), Y(lay.grid.y), r.w * k, lay.grid.h * k,
                     style.mix(colour, style.PAPER, 0.93))
            shape = self.box(slide, X(r.x), Y(r.y), r.w * k, (r.h + style.STEP_HEADER_H) * k,
                             style.mix(colour, style.PAPER, 0.55))
            self.write(shape, [_Text(doc.stages[index].name, max(7.0, min(14.0, title_pt * 1.3)),
                                     style.mix(colour, style.INK, 0.75), bold=True)],
                       anchor="middle", margin=0.04)
        lane_pt = max(6.5, min(12.0, style.LANE_TITLE.size * 0.75 * k / EMU_PER_UNIT * 1.4))
        for lane in lay.lanes:
            r = lane.rect
            self.box(slide, X(0), Y(r.y), 3 * k + 1, r.h * k, lane.accent)
            title = self.doc.find_lane(lane.lane_id).title or lane.kind.label
            self.label(slide, X(6), Y(r.y), (style.LANE_HEADER_W - 8) * k, r.h * k,
                       [_Text(title, lane_pt, style.INK)], anchor="middle", margin=0.02)
            self.box(slide, X(lay.grid.x), Y(r.bottom), lay.grid.w * k, 1, style.GRID_LINE)
        if len(lay.cards) <= OVERVIEW_CARDS:
            for box in lay.cards.values():
                r = box.rect
                self.box(slide, X(r.x), Y(r.y), r.w * k, r.h * k, box.fill,
                         style.mix(box.fill, style.INK, 0.18), radius=style.CARD_RADIUS * k,
                         line_w=0.25)
        else:  # one block per cell keeps a huge map's overview light
            for ids in lay.cells.values():
                first, last = lay.cards[ids[0]], lay.cards[ids[-1]]
                self.box(slide, X(first.rect.x), Y(first.rect.y), first.rect.w * k,
                         (last.rect.bottom - first.rect.y) * k, first.fill,
                         style.mix(first.fill, style.INK, 0.18), line_w=0.25)
        for curve in lay.curves:
            points = [(X(p.x), Y(p.y)) for p in curve.points]
            self.polyline(slide, points, curve.colour, 1.75, curve.dash)
        for bl in lay.blueprint_lines:
            self.polyline(slide, [(X(0), Y(bl.y)), (X(lay.width), Y(bl.y))],
                          style.BLUEPRINT_LINE_COLOUR, 1.0, style.BLUEPRINT_DASH)

    # -- one stage -----------------------------------------------------------------------------
    def stage_slides(self, index: int, stage: Stage) -> None:
        doc = self.doc
        steps = [s for s in self.lay.steps if s.stage_id == stage.id]
        colour = self.stage_colour(index)
        plans = self._plan_stage(steps)
        for number, plan in enumerate(plans, start=1):
            slide = self.slide()
            suffix = f"  ({number} of {len(plans)})" if len(plans) > 1 else ""
            self.heading(slide, stage.name + suffix,
                         f"Stage {index + 1} of {len(doc.stages)}", colour)
            self._draw_stage(slide, steps, plan, colour)
            notes = [f"{s.name}: {s.description}" for s in stage.steps if s.description.strip()]
            for row in plan.rows:
                for card, *_ in row.cards:
                    if card is None:
                        continue
                    text = card.title or "Untitled"
                    notes.append(f"{text}: {card.description}" if card.description else text)
            if notes:
                slide.notes_slide.notes_text_frame.text = _clean("\n".join(notes))

    def _plan_stage(self, steps: list[StepBox]) -> list[_StagePlan]:
        """The stage's slides: one when its lanes fit with card titles of at least
        ``MIN_TITLE_PT``, else the lanes in runs over several slides."""
        lanes = list(self.lay.lanes)
        col_w = _column_width(len(steps))
        for parts in range(1, len(lanes) + 1):
            runs = _runs(lanes, parts)
            plans = [self._fit(steps, run, col_w) for run in runs]
            if all(plan is not None for plan in plans):
                return plans  # type: ignore[return-value]
        return [self._fit(steps, [lane], col_w, force=True) for lane in lanes]  # type: ignore

    def _fit(self, steps: list[StepBox], lanes: list[LaneBox], col_w: float,
             force: bool = False) -> _StagePlan | None:
        """The best type size (15 pt down to ``MIN_TITLE_PT``) and number of description
        lines (three down to none) at which ``lanes`` fit: larger titles weigh more than
        description lines (the speaker notes keep every description whole). The choices
        are searched by halves: each one down the list needs less room."""
        area_h = SLIDE_H - GRID_TOP - int(0.25 * EMU_PER_INCH) - STEP_ROW
        low, high = 0, len(_CHOICES) - 1
        best = None
        if self._measure(steps, lanes, col_w, *_CHOICES[high]).height > area_h:
            return self._measure(steps, lanes, col_w, *_CHOICES[high]) if force else None
        while low <= high:
            middle = (low + high) // 2
            plan = self._measure(steps, lanes, col_w, *_CHOICES[middle])
            if plan.height <= area_h:
                best, high = plan, middle - 1
            else:
                low = middle + 1
        return best

    def _measure(self, steps: list[StepBox], lanes: list[LaneBox], col_w: float, size: float,
                 lines: int) -> _StagePlan:
        """Row heights and card boxes (EMU) at title size ``size`` (pt); the cards keep
        the layout's cells and order, their heights come from their text at that size."""
        lay = self.lay
        title_role = FontRole("Semibold", size, size * 1.18)
        body_role = FontRole("Regular", size * 0.85, size * 0.85 * 1.2)
        meta_size = max(7.0, size * 0.72)
        pad = 0.07 * EMU_PER_INCH
        # measured with the bundled font; a little room is kept for a wider stand-in
        inner_pt = (col_w - 2 * CELL_GAP - 2 * pad) / 12700 * 0.86
        rows: list[_Row] = []
        for lane in lanes:
            is_curve_lane = lane.lane_id == lay.feelings_lane_id and bool(lay.curves)
            top = CURVE_BAND if is_curve_lane else 0.0
            tallest = 0.0
            #: (card, its box, column, y, height, title lines, body lines); a card of None
            #: is the "+N more" line of a full cell, N in the place of the box
            cards: list[tuple[Any, ...]] = []
            for column, step in enumerate(steps):
                y = top + CELL_GAP
                boxes = lay.cards_in_cell(lane.lane_id, step.step_id)
                if len(boxes) > MAX_CELL_CARDS:  # the rest: "+N more" below the last
                    more = len(boxes) - MAX_CELL_CARDS + 1
                    boxes = boxes[: MAX_CELL_CARDS - 1]
                else:
                    more = 0
                for box in boxes:
                    card = self.cards.get(box.card_id)
                    if card is None:
                        continue
                    title = _wrap(card.title or "Untitled", title_role, inner_pt, 4)
                    body = (_wrap(card.description, body_role, inner_pt, lines)
                            if lines > 0 else [])
                    h = 2 * pad + len(title) * title_role.line_height * 12700
                    if body:
                        h += (len(body) * body_role.line_height + size * 0.25) * 12700
                    if lines >= 0 and _facts(card):
                        h += meta_size * 1.3 * 12700
                    cards.append((card, box, column, y, h, title, body))
                    y += h + CELL_GAP
                if more:
                    cards.append((None, more, column, y, MORE_H, [], []))
                    y += MORE_H + CELL_GAP
                tallest = max(tallest, y - top)
            if cards:
                height = top + tallest + CELL_GAP
            else:
                height = top if is_curve_lane else EMPTY_ROW_EMU
            rows.append(_Row(lane, max(height, EMPTY_ROW_EMU), top, cards))
        return _StagePlan(rows, size, meta_size, col_w, lines >= 0)

    def _draw_stage(self, slide: Any, steps: list[StepBox], plan: _StagePlan,
                    colour: str) -> None:
        doc = self.doc
        left = MARGIN + LANE_COLUMN
        width = plan.col_w * max(1, len(steps))
        for column, step_box in enumerate(steps):
            step = doc.find_step(step_box.step_id)[1]
            shape = self.box(slide, left + column * plan.col_w, GRID_TOP, plan.col_w - 2,
                             STEP_ROW, style.mix(colour, style.PAPER, 0.55))
            runs = [[_Text(step.name, 13, style.INK, bold=True)]]
            if step_box.meta:
                runs.append([_Text(step_box.meta, 10.5, style.INK_SOFT)])
            self.write(shape, runs, anchor="middle", margin=0.08)
        y: float = GRID_TOP + STEP_ROW
        for row in plan.rows:
            lane = doc.find_lane(row.lane.lane_id)
            h = row.height
            if row.cards or row.top:
                self.box(slide, left, y, width, h, style.mix(colour, style.PAPER, 0.95))
            self.box(slide, MARGIN, y + 2, 0.05 * EMU_PER_INCH, h - 4, row.lane.accent)
            small = h < 0.45 * EMU_PER_INCH
            self.label(slide, MARGIN + 0.1 * EMU_PER_INCH, y, LANE_COLUMN - 0.16 * EMU_PER_INCH,
                       h, [_Text(lane.title or lane.kind.label, 10 if small else 12,
                                 style.INK if row.cards else style.INK_FAINT, bold=True)],
                       anchor="middle" if small else "top", margin=0.03)
            self.box(slide, MARGIN, y + h, LANE_COLUMN + width, 9525, style.GRID_LINE)
            for card, box, column, cy, ch, title, body in row.cards:
                if card is None:  # box is the number of cards left out
                    self.label(slide, left + column * plan.col_w + CELL_GAP, y + cy,
                               plan.col_w - 2 * CELL_GAP, ch,
                               [_Text(f"+ {box} more cards (all of them in the workbook and "
                                      "the web page)", plan.meta_size, style.INK_SOFT)],
                               margin=0.05)
                    continue
                self._card_box(slide, left + column * plan.col_w + CELL_GAP, y + cy,
                               plan.col_w - 2 * CELL_GAP, ch, box, card, title, body, plan)
            if row.top:
                self._stage_curves(slide, row, steps, y, left, plan.col_w)
            y += h
        for bl in self.lay.blueprint_lines:
            line_y: float = GRID_TOP + STEP_ROW
            for row in plan.rows:
                if abs(row.lane.row.y - bl.y) < 0.5:
                    self.polyline(slide, [(MARGIN, line_y), (left + width, line_y)],
                                  style.BLUEPRINT_LINE_COLOUR, 1.25, style.BLUEPRINT_DASH)
                    break
                line_y += row.height

    def _card_box(self, slide: Any, x: float, y: float, w: float, h: float, box: CardBox,
                  card: Card, title: list[str],
                  body: list[str], plan: _StagePlan) -> None:
        shape = self.box(slide, x, y, w, h, box.fill, style.mix(box.fill, style.INK, 0.16),
                         radius=0.06 * EMU_PER_INCH)
        self.box(slide, x + 0.025 * EMU_PER_INCH, y + h * 0.14, 0.035 * EMU_PER_INCH,
                 h * 0.72, box.accent)
        shown_title = (card.title or "Untitled") if not title[-1].endswith("…") else _shown(title)
        paragraphs = [[_Text(shown_title, plan.size, style.INK, bold=True)]]
        if body:
            text = card.description if not body[-1].endswith("…") else _shown(body)
            paragraphs.append([_Text(text, plan.size * 0.85, style.INK_SOFT)])
        facts = _facts(card) if plan.facts else ""
        if facts:
            paragraphs.append([_Text(facts, plan.meta_size, style.INK_SOFT)])
        self.write(shape, paragraphs, margin=0.07, spacing=1.0)

    def _stage_curves(self, slide: Any, row: _Row, steps: list[StepBox], row_top: float,
                      left: float, col_w: float) -> None:
        lay = self.lay
        columns = {s.step_id: i for i, s in enumerate(steps)}
        pad = 0.12 * EMU_PER_INCH
        for curve in lay.curves:
            band = curve.band

            def at(p: CurvePoint, band: Rect = band) -> tuple[float, float]:
                x = left + (columns[p.step_id] + 0.5) * col_w
                share = (p.y - band.y) / band.h if band.h else 0.5
                return x, row_top + pad + share * (row.top - 2 * pad)

            shown = [p for p in curve.points if p.step_id in columns]
            self.polyline(slide, [at(p) for p in shown], curve.colour, 2.25, curve.dash)
            for p in shown:
                px, py = at(p)
                if p.is_set:
                    self.dot(slide, px, py, 0.055 * EMU_PER_INCH, curve.colour, style.PAPER)
                else:
                    self.dot(slide, px, py, 0.045 * EMU_PER_INCH, style.PAPER, curve.colour)

    # -- emotion curves ----------------------------------------------------------------------
    def curve_slide(self) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
        from pptx.util import Pt

        doc = self.doc
        slide = self.slide()
        self.heading(slide, "How it feels", "Emotion curves")
        inch = EMU_PER_INCH
        data = CategoryChartData()
        for stage in doc.stages:
            if not stage.steps:
                continue
            group = data.add_category(_clean(stage.name) or " ")
            for step in stage.steps:
                group.add_sub_category(_clean(step.name) or " ")
        first = doc.curves[0].scale
        for index, curve in enumerate(doc.curves):
            scale = curve.scale
            values: list[float | None] = []
            for value in curve_values(doc, curve):
                if value.value is None:
                    values.append(None)
                else:  # every curve on the first curve's scale
                    share = (value.value - scale.min) / (scale.max - scale.min)
                    values.append(round(first.min + share * (first.max - first.min), 4))
            label = curve.label
            if curve.persona_id:
                persona = next((p for p in doc.personas if p.id == curve.persona_id), None)
                if persona is not None:
                    label = f"{persona.name} — {curve.label}" if curve.label else persona.name
            data.add_series(_clean(label) or f"Curve {index + 1}", values)
        chart_w = SLIDE_W - 2 * MARGIN - int(3.4 * inch)
        frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, MARGIN, int(1.3 * inch),
                                       chart_w, SLIDE_H - int(1.7 * inch), data)
        chart = frame.chart
        chart.font.name = FONT
        chart.font.size = Pt(11)
        chart.font.color.rgb = _rgb(style.INK_SOFT)
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.TOP
        chart.legend.include_in_layout = False
        axis = chart.value_axis
        axis.minimum_scale = first.min
        axis.maximum_scale = first.max
        axis.major_unit = (first.max - first.min) / (len(first.levels) - 1)
        axis.has_major_gridlines = True
        axis.major_gridlines.format.line.color.rgb = _rgb(style.GRID_LINE)
        axis.tick_labels.font.size = Pt(10)
        chart.category_axis.tick_labels.font.size = Pt(10)
        markers = {"circle": XL_MARKER_STYLE.CIRCLE, "square": XL_MARKER_STYLE.SQUARE,
                   "triangle": XL_MARKER_STYLE.TRIANGLE, "diamond": XL_MARKER_STYLE.DIAMOND,
                   "cross": XL_MARKER_STYLE.X, "star": XL_MARKER_STYLE.STAR}
        for index, series in enumerate(chart.plots[0].series):
            colour, marker, dash = style.curve_style(index, doc.curves[index].color)
            series.smooth = False
            line = series.format.line
            line.color.rgb = _rgb(colour)
            line.width = Pt(2.5)
            series.marker.style = markers.get(marker, XL_MARKER_STYLE.CIRCLE)
            series.marker.size = 8
            series.marker.format.fill.solid()
            series.marker.format.fill.fore_color.rgb = _rgb(colour)
            series.marker.format.line.color.rgb = _rgb(style.PAPER)
        # the scale's names and the lowest moments beside the chart
        side_x = MARGIN + chart_w + int(0.3 * inch)
        side_w = SLIDE_W - side_x - MARGIN
        levels = [[_Text(f"{value:g}  {name}", 12, style.INK_SOFT)]
                  for value, name in reversed(list(zip(first.level_values(), first.levels,
                                                       strict=True)))]
        self.label(slide, side_x, int(1.35 * inch), side_w, int(2.0 * inch),
                   [[_Text("Scale", 12, style.INK_FAINT, bold=True)], *levels])
        lows = []
        names = {step.id: (stage.name, step.name) for stage in doc.stages for step in stage.steps}
        for value in lowest_moments(doc, doc.curves[0]):
            stage_name, step_name = names.get(value.step_id, ("", ""))
            lows.append([_Text(f"{step_name}", 13, style.INK, bold=True),
                         _Text(f"  {stage_name} · {value.value:g}", 12, style.INK_SOFT)])
        if lows:
            self.label(slide, side_x, int(3.6 * inch), side_w, int(2.6 * inch),
                       [[_Text("Lowest moments: act here first", 12, style.INK_FAINT,
                               bold=True)], *lows], spacing=1.15)

    # -- personas --------------------------------------------------------------------------------
    def persona_slide(self, persona: Persona) -> None:
        slide = self.slide()
        colour = persona.color or style.CURVE_COLOURS[self.doc.personas.index(persona)
                                                      % len(style.CURVE_COLOURS)]
        self.heading(slide, persona.name, "Primary persona" if persona.primary else "Persona",
                     colour)
        inch = EMU_PER_INCH
        facts = " · ".join(p for p in (persona.segment, persona.age, persona.occupation,
                                       persona.income) if p)
        y = int(1.15 * inch)
        if facts:
            self.label(slide, MARGIN, y, SLIDE_W - 2 * MARGIN, int(0.4 * inch),
                       [_Text(facts, 15, style.INK_SOFT)])
        y = int(1.65 * inch)
        if persona.quote.strip():
            shape = self.box(slide, MARGIN, y, SLIDE_W - 2 * MARGIN, int(0.95 * inch),
                             style.mix(colour, style.PAPER, 0.88))
            self.write(shape, [_Text(f"“{persona.quote.strip()}”", 18, style.INK, italic=True)],
                       anchor="middle", margin=0.2)
            y += int(1.15 * inch)
        lists = [(name, items) for name, items in (
            ("Goals", persona.goals), ("Needs", persona.needs),
            ("Motivations", persona.motivations), ("Challenges", persona.challenges),
            ("Behaviours", persona.behaviours),
            ("Preferred channels", [channel_label(c) for c in persona.preferred_channels]))
            if items]
        if not lists:
            return
        columns = min(3, len(lists))
        rows = (len(lists) + columns - 1) // columns
        gap = int(0.25 * inch)
        col_w = (SLIDE_W - 2 * MARGIN - gap * (columns - 1)) / columns
        row_h = (SLIDE_H - y - int(0.35 * inch)) / rows
        for i, (name, items) in enumerate(lists):
            cx = MARGIN + (i % columns) * (col_w + gap)
            cy = y + (i // columns) * row_h
            shown = items[:8] + ([f"… {len(items) - 8} more"] if len(items) > 8 else [])
            size = 14 if rows == 1 else 12.5
            self.label(slide, cx, cy, col_w, row_h,
                       [[_Text(name.upper(), 11, colour, bold=True)],
                        *[[_Text("• " + item, size, style.INK)] for item in shown]],
                       spacing=1.05)

    # -- opportunities ---------------------------------------------------------------------------
    def top_opportunities(self) -> list[Card]:
        lanes = {lane.id: lane for lane in self.doc.lanes}
        kinds = (LaneKind.OPPORTUNITIES,)
        chosen = [c for c in journey_order(self.doc)
                  if lanes.get(c.lane_id) and lanes[c.lane_id].kind in kinds]
        if not chosen:
            chosen = [c for c in journey_order(self.doc)
                      if lanes.get(c.lane_id) and lanes[c.lane_id].kind == LaneKind.IDEAS]
        rank = {c.id: i for i, c in enumerate(chosen)}
        chosen.sort(key=lambda c: (-c.votes, -(c.impact or 0), c.effort or 6, rank[c.id]))
        return chosen[:TOP_OPPORTUNITIES]

    def opportunities_slide(self) -> None:
        top = self.top_opportunities()
        slide = self.slide()
        self.heading(slide, "Top opportunities", "Where to act")
        inch = EMU_PER_INCH
        if not top:
            self.label(slide, MARGIN, int(1.6 * inch), SLIDE_W - 2 * MARGIN, int(1 * inch),
                       [_Text("No opportunities on this map yet: add cards to an "
                              "Opportunities lane.", 18, style.INK_SOFT)])
            return
        where = {step.id: (stage.name, step.name) for stage in self.doc.stages
                 for step in stage.steps}
        columns, rows = 3, 2
        gap = int(0.25 * inch)
        top_y = int(1.35 * inch)
        w = (SLIDE_W - 2 * MARGIN - gap * (columns - 1)) / columns
        h = (SLIDE_H - top_y - int(0.4 * inch) - gap * (rows - 1)) / rows
        fill = style.CARD_FILL[LaneKind.OPPORTUNITIES]
        accent = style.LANE_ACCENT[LaneKind.OPPORTUNITIES]
        for i, card in enumerate(top):
            x = MARGIN + (i % columns) * (w + gap)
            y = top_y + (i // columns) * (h + gap)
            shape = self.box(slide, x, y, w, h, card.color or fill,
                             style.mix(card.color or fill, style.INK, 0.16), radius=8 * 12700)
            self.box(slide, x, y + h * 0.1, 5 * 12700, h * 0.8, accent)
            stage_name, step_name = where.get(card.step_id, ("", ""))
            description = card.description
            if len(description) > 260:
                description = description[:259].rstrip() + "…"
            facts = []
            if card.owner.strip():
                facts.append(card.owner.strip())
            if card.votes:
                facts.append(f"{card.votes} vote{'s' if card.votes != 1 else ''}")
            if card.impact:
                facts.append(f"impact {card.impact}/5")
            if card.effort:
                facts.append(f"effort {card.effort}/5")
            paragraphs = [[_Text(f"{i + 1}", 12, accent, bold=True),
                           _Text(f"   {stage_name} › {step_name}", 11, style.INK_FAINT)],
                          [_Text(card.title or "Untitled", 17, style.INK, bold=True)]]
            if description:
                paragraphs.append([_Text(description, 12.5, style.INK_SOFT)])
            if facts:
                paragraphs.append([_Text(" · ".join(facts), 12, accent, bold=True)])
            self.write(shape, paragraphs, margin=0.18, spacing=1.05)


#: (title size, description lines) from the most to the least wanted; -1: titles alone,
#: without the channel and owner line (a dense stage stays on one slide)
_CHOICES = sorted(
    ((size / 2, lines) for size in range(30, int(MIN_TITLE_PT * 2) - 1, -1)
     for lines in (3, 2, 1, 0, -1)),
    key=lambda choice: (-(choice[0] + 0.8 * choice[1]), -choice[0]),
)


@dataclass
class _Row:
    lane: LaneBox
    height: float  # EMU
    top: float  # the curve band's height in the feelings lane, else 0
    #: (card, its layout box, column, y in the row, height, title lines, body lines)
    cards: list[tuple[Any, ...]]


@dataclass
class _StagePlan:
    rows: list[_Row]
    size: float  # card titles, pt
    meta_size: float
    col_w: float  # EMU
    facts: bool = True  # the channel, owner and votes line under each card

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows)


def _column_width(columns: int) -> float:
    area = SLIDE_W - 2 * MARGIN - LANE_COLUMN
    return min(MAX_COLUMN, area / max(1, columns))


def _runs(items: list[Any], parts: int) -> list[list[Any]]:
    """``items`` in ``parts`` runs of about equal length, in order."""
    size, extra = divmod(len(items), parts)
    out, at = [], 0
    for i in range(parts):
        n = size + (1 if i < extra else 0)
        if n:
            out.append(items[at : at + n])
        at += n
    return out


@lru_cache(maxsize=65536)
def _wrap(text: str, role: FontRole, width: float, lines: int) -> list[str]:
    return wrap(text, role, width, lines)


def _facts(card: Card) -> str:
    facts = [channel_label(card.channel) if card.channel else "", card.owner.strip()]
    if card.votes:
        facts.append("●" * min(card.votes, 5) + (f" +{card.votes - 5}" if card.votes > 5 else ""))
    return " · ".join(f for f in facts if f)


def _shown(lines: list[str]) -> str:
    """The text of wrapped lines (the last cut with an ellipsis), joined again."""
    return " ".join(line.strip() for line in lines)


def deck_outline(doc: JourneyMap) -> list[str]:
    """The slides a deck of ``doc`` has, in words (without laying anything out; a stage
    too dense for one slide may take two)."""
    def count(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    parts = ["a title slide", "an overview", count(len(doc.stages), "stage slide")]
    if doc.curves:
        parts.append("the emotion curves as a chart")
    if doc.personas:
        parts.append(count(len(doc.personas), "persona slide"))
    parts.append("the top opportunities")
    return parts


def deck_bytes(doc: JourneyMap, lay: MapLayout | None = None) -> bytes:
    return DeckBuilder(doc, lay).build()


def write_deck(doc: JourneyMap, path: str | os.PathLike[str], lay: MapLayout | None = None) -> None:
    """Write the deck, replacing ``path`` atomically. Raises ``DeckError``."""
    data = deck_bytes(doc, lay)
    try:
        atomic_write(path, data)
    except IsADirectoryError:
        raise DeckError(f"{path}: cannot write: it is a folder") from None
    except OSError as exc:
        raise DeckError(f"{path}: cannot write ({exc.strerror or exc})") from None
