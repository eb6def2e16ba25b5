"""Draw a :class:`MapLayout` onto a ReportLab canvas: the same geometry the canvas shows.

The caller sets up the transformation so that one layout unit is one canvas unit and the
layout's origin (top-left) is at canvas (0, 0); layout y grows downwards, so every y is
negated here. All text is collected and written last in one text object.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.rl_accel import fp_str

from cjdesigner.fileio.images import ImageRefused, describe, open_card_image
from cjdesigner.i18n import words as words_module
from cjdesigner.i18n.words import QT_TRANSLATE_NOOP, Words
from cjdesigner.layout import CardBox, CurveLayout, CurvePoint, LaneBox, MapLayout, style
from cjdesigner.layout.card_parts import CardParts, card_parts
from cjdesigner.layout.metrics import NOTE as METRIC_NOTE
from cjdesigner.layout.metrics import VALUE as METRIC_VALUE
from cjdesigner.layout.shapes import smooth_ops
from cjdesigner.layout.text import (
    ELLIPSIS,
    FontRole,
    baseline_offset,
    fit_line,
    measure_words,
    start_x,
    text_width,
    wrap,
    wrap_words,
)
from cjdesigner.model import BlueprintLine, Card, JourneyMap, LaneKind

from . import fonts
from .fonts import TextWriter, colour
from .icons import (
    draw_icon,
    draw_marker,
    place,
    replay,
    symbol_name,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

#: card images are scaled down to this resolution at their printed size
IMAGE_DPI = 300
DERIVED = words_module.DERIVED
#: the corner cell's explanation (the title is printed large above the map)
HOW_TO_READ = QT_TRANSLATE_NOOP(
    "Poster", "Time runs left to right through stages and steps; each row is a lane of "
    "the experience. Higher on the curve is a better moment.")
#: the same for a map that flows right to left
HOW_TO_READ_RTL = QT_TRANSLATE_NOOP(
    "Poster", "Time runs right to left through stages and steps; each row is a lane of "
    "the experience. Higher on the curve is a better moment.")


def _baseline(top: float, role: FontRole) -> float:
    return top + baseline_offset(role)


@lru_cache(maxsize=4096)
def _mix(colour_a: str, colour_b: str, amount: float) -> str:
    return style.mix(colour_a, colour_b, amount)


@lru_cache(maxsize=1024)
def _readable(ink: str, background: str) -> str:
    return style.readable(ink, background)


def _tint(base: str, ink: str, alpha: int) -> str:
    """``ink`` at ``alpha``/255 over ``base``: the canvas's translucent fills, opaque."""
    return _mix(base, ink, alpha / 255.0)


_K = 0.4477  # control-point distance of a quarter circle, as a fraction of the radius


def rrect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    """PDF path operators of a rounded rectangle, lower-left corner (x, y), y up."""
    r = min(r, w / 2, h / 2)
    k = r * _K
    x1, y1 = x + w, y + h
    return (
        f"{fp_str(x + r, y)} m {fp_str(x1 - r, y)} l "
        f"{fp_str(x1 - k, y, x1, y + k, x1, y + r)} c {fp_str(x1, y1 - r)} l "
        f"{fp_str(x1, y1 - k, x1 - k, y1, x1 - r, y1)} c {fp_str(x + r, y1)} l "
        f"{fp_str(x + k, y1, x, y1 - k, x, y1 - r)} c {fp_str(x, y + r)} l "
        f"{fp_str(x, y + k, x + k, y, x + r, y)} c h"
    )


def _rgb(hex_colour: str) -> str:
    c = colour(hex_colour)
    text: str = fp_str(c.red, c.green, c.blue)
    return text


_rgb = lru_cache(maxsize=4096)(_rgb)


#: the width the emotion scale's level names take at the right of the feelings lane's header
SCALE_ROOM = 100.0


def _cut(text: str, face_name: str, size: float, room: float) -> str:
    """``text`` cut to ``room`` points of printed width, ending with an ellipsis."""
    text = text.rstrip(ELLIPSIS).rstrip()
    while text and fonts.width(text + ELLIPSIS, face_name, size) > room:
        text = text[:-1].rstrip()
    return text + ELLIPSIS


# the fast wrap behind card text shrinking lives in ``layout.text``; old names kept for callers
_words = measure_words
_greedy = wrap_words


def curve_key(curves: Sequence[CurveLayout], room: float, words: Words | None = None
              ) -> tuple[list[tuple[CurveLayout, str]], str, bool, float]:
    """What of the curve key fits in ``room`` units: ([(curve, label)], "+N more" or "",
    whether the hollow-marker note fits, the key's width), in the words of ``words``
    (English when None)."""
    w = words or Words()
    derived_text = w("Poster", DERIVED)
    role = style.SCALE_LABEL
    labels = [(cv, fit_line(cv.label, role, min(180.0, max(room - 48, 0.0))))
              for cv in curves]
    derived_w = 34 + text_width(derived_text, role) + 8
    widths = [34 + text_width(t, role) + 14 for _, t in labels]
    if sum(widths) + derived_w <= room:
        return labels, "", True, sum(widths) + derived_w
    if sum(widths) - 14 <= room:
        return labels, "", False, sum(widths) - 14
    shown: list[tuple[CurveLayout, str]] = []
    used = 0.0
    for n, (entry, width) in enumerate(zip(labels, widths, strict=True)):
        more = w("Poster", "+{count} more").format(count=len(labels) - n - 1)
        more_w = text_width(more, role)
        if used + width + more_w > room:
            more = w("Poster", "+{count} more").format(count=len(labels) - n)
            return shown, more, False, used + text_width(more, role)
        shown.append(entry)
        used += width
    return shown, "", False, used - 14  # not reached: the whole key did not fit


def behind_moment(doc: JourneyMap, step_id: str, worst: bool) -> Card | None:
    """The card that explains a step's lowest (``worst``) or highest moment: a pain point
    (worst) or an opportunity, then a thought (the customer's words), then the card of the
    step with the lowest (highest) emotion."""
    kinds = {lane.id: lane.kind for lane in doc.lanes}
    here = [card for card in doc.cards if card.step_id == step_id]
    first = LaneKind.PAIN_POINTS if worst else LaneKind.OPPORTUNITIES
    for kind in (first, LaneKind.THOUGHTS):
        found = next((card for card in here if kinds.get(card.lane_id) == kind), None)
        if found is not None:
            return found
    rated = [card for card in here if card.emotion is not None]
    if rated:
        return (min if worst else max)(rated, key=lambda card: card.emotion or 0.0)
    return here[0] if here else None


@dataclass
class DrawOptions:
    blank: bool = False  # a wall template: grid, headers and scale, no cards or curves
    base_dir: Path | None = None  # where relative card image paths are resolved
    points_per_unit: float = 1.0  # the printed size of one layout unit
    #: cut text shrinks down to this share of its size (keeps the smallest printed size)
    shrink_floor: float = 0.72
    #: card id → its footnote number: the card's full text is in the appendix
    footnotes: dict[str, int] = field(default_factory=dict)
    #: the blank template's sticky notes per cell (across, down); None: none
    sticky_notes: tuple[int, int] | None = None


class MapPainter:
    def __init__(self, canvas: Canvas, doc: JourneyMap, layout: MapLayout, options: DrawOptions) -> None:
        self.c = canvas
        self.doc = doc
        self.layout = layout
        self.options = options
        self.text = TextWriter(canvas)
        self.cards: dict[str, Card] = {card.id: card for card in doc.cards}
        #: the map's own words in the map's language (lane kinds, blueprint lines)
        self.words = Words(doc.meta.language)
        self._kinds = {lane.lane_id: lane.kind for lane in layout.lanes}
        #: the curves' name labels drawn so far (x, top, w, h): call-outs keep clear
        self._labels: list[tuple[float, float, float, float]] = []
        #: one line per card image left out (outside the map's folder, refused, broken)
        self.warnings: list[str] = []

    # -- helpers ----------------------------------------------------------------------
    def fill_rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.c.setFillColor(colour(fill))
        self.c.rect(x, -y - h, w, h, stroke=0, fill=1)

    def line(self, x0: float, y0: float, x1: float, y1: float, ink: str, width: float) -> None:
        self.c.setStrokeColor(colour(ink))
        self.c.setLineWidth(width)
        self.c.line(x0, -y0, x1, -y1)

    def label(self, x: float, y_top: float, text: str, role: FontRole, ink: str,
              align: str = "left") -> None:
        self.text.draw(x, -_baseline(y_top, role), text, role.face_name, role.size, ink, align)

    # -- the whole map ------------------------------------------------------------------
    def draw(self) -> None:
        c = self.c
        c.saveState()
        c.setLineCap(0)
        self._grid()
        if self.options.blank and self.options.sticky_notes:
            self._sticky_notes()
        if not self.options.blank:
            self._metrics()
            for box in self.layout.cards.values():
                self._card(box)
            self._curves()
        self._header_row()
        self._lane_column()
        self._corner()
        self.text.flush()
        c.restoreState()

    def _sticky_notes(self) -> None:
        """The blank template's squares, in their pads' colours (``sticky``)."""
        from .sticky import note_fill, note_squares

        c = self.c
        c.setLineWidth(0.8)
        for note in note_squares(self.layout, self.options.sticky_notes):
            c.setFillColor(colour(note_fill(note.colour)))
            c.setStrokeColor(colour(style.mix(note.colour, style.INK, 0.25)))
            c.rect(note.x, -note.y - note.side, note.side, note.side, stroke=1, fill=1)

    def _grid(self) -> None:
        lay = self.layout
        c = self.c
        grid = lay.grid
        left, right, top, bottom = grid.x, grid.right, grid.y, grid.bottom
        self.fill_rect(0, 0, lay.width, lay.height, style.PAPER)
        for stage in lay.stages:
            r = stage.rect
            self.fill_rect(r.x, top, r.w, bottom - top, style.mix(stage.colour, style.PAPER, 0.93))
        hair = 1.0
        c.setStrokeColor(colour(style.GRID_LINE))
        c.setLineWidth(hair)
        for step in lay.steps:  # each column's far edge
            x = step.column.x if lay.rtl else step.column.right
            c.line(x, -top, x, -bottom)
        for lane in lay.lanes:
            c.setStrokeColor(colour(style.GRID_LINE))
            c.line(left, -lane.row.bottom, right, -lane.row.bottom)
            if lane.lane_id == lay.feelings_lane_id and lay.scale_ticks:
                c.setStrokeColor(colour(_tint(style.PAPER, style.INK_FAINT, 110)))
                c.setDash(2, 4)
                for tick in lay.scale_ticks:
                    c.line(left, -tick.y, right, -tick.y)
                c.setDash()
                sep = lane.content_top
                if lane.row.bottom - sep > 4:
                    c.setStrokeColor(colour(style.GRID_LINE))
                    c.line(left, -sep, right, -sep)
        for line in lay.blueprint_lines:
            self._blueprint_line(line.line, left, right, line.y)

    # -- headers ------------------------------------------------------------------------------
    def _header_row(self) -> None:
        lay = self.layout
        c = self.c
        left, right = lay.header_span
        self.fill_rect(left, 0, right - left, style.GRID_TOP, style.PAPER)
        for index, stage in enumerate(lay.stages):
            r = stage.rect
            self.fill_rect(r.x, r.y, r.w, r.h, style.mix(stage.colour, style.PAPER, 0.62))
            self.fill_rect(r.x, r.bottom - 4, r.w, 4, stage.colour)
            if index:  # the edge toward the stage before
                edge = r.right if lay.rtl else r.x
                self.line(edge, r.y, edge, r.bottom, style.PAPER, 2)
            role = style.STAGE_TITLE
            lines = stage.title_lines or (stage.title,)
            y = r.y + (r.h - 4 - len(lines) * role.line_height) / 2
            pad = style.CELL_PAD + 2
            ink = style.readable(style.mix(stage.colour, style.INK, 0.8),
                                 style.mix(stage.colour, style.PAPER, 0.62))
            for line in lines:  # a right-to-left title ends at the band's right edge
                self.label(start_x(line, role, r.x + pad, r.w - 2 * pad), y, line, role, ink)
                y += role.line_height
        for step in lay.steps:
            r = step.rect
            self.fill_rect(r.x, r.y, r.w, r.h, style.HEADER_BG)
            edge = r.x + 0.5 if lay.rtl else r.right - 0.5
            self.line(edge, r.y + 8, edge, r.bottom - 8, style.GRID_LINE, 1)
            pad = style.CELL_PAD + 2
            role = style.STEP_TITLE
            meta_h = style.STEP_META.line_height if step.meta else 0.0
            y = r.y + (r.h - (len(step.title_lines) * role.line_height + meta_h)) / 2
            for line in step.title_lines:
                self.label(start_x(line, role, r.x + pad, r.w - 2 * pad), y, line, role,
                           style.INK)
                y += role.line_height
            if step.meta:
                meta = style.STEP_META
                text = fit_line(step.meta, meta, r.w - 2 * pad - 14)
                if lay.rtl:  # the clock at the right, the time left of it
                    place(c, symbol_name("Clock"), r.right - pad - 10.5, y + 1.5)
                    self.label(r.right - pad - 14, y, text, meta, style.INK_SOFT, align="right")
                else:
                    place(c, symbol_name("Clock"), r.x + pad, y + 1.5)
                    self.label(r.x + pad + 14, y, text, meta, style.INK_SOFT)
        self.line(left, style.GRID_TOP - 0.5, right, style.GRID_TOP - 0.5, style.GRID_LINE, 1)

    def _mirror(self, x: float, w: float = 0.0) -> float:
        """The lane column's own x (from its outer edge) of something ``w`` wide, as a
        layout x: the column is the mirror image at the right edge of a right-to-left map."""
        lay = self.layout
        return lay.lane_x + style.LANE_HEADER_W - x - w if lay.rtl else x

    def _lane_column(self) -> None:
        lay = self.layout
        c = self.c
        w = style.LANE_HEADER_W
        x0 = lay.lane_x
        rtl = lay.rtl
        mx = self._mirror
        self.fill_rect(x0, style.GRID_TOP, w, lay.height - style.GRID_TOP, style.PAPER)
        for lane in lay.lanes:
            r = lane.rect
            self.line(r.x, r.bottom - 0.5, r.right, r.bottom - 0.5, style.GRID_LINE, 1)
            self.fill_rect(mx(0, 4), r.y + 1, 4, r.h - 2, lane.accent)
            pad = style.CELL_PAD + 6
            c.setFillColor(colour(_tint(style.PAPER, lane.accent, 30)))
            c.circle(mx(pad + 11), -(r.y + 24), 13, stroke=0, fill=1)
            draw_icon(c, lane.kind.value, mx(pad + 3, 16), r.y + 16, 16, lane.accent)
            role = style.LANE_TITLE
            ty = r.y + 16
            width = r.w - style.LANE_TITLE_X - style.CELL_PAD
            scale = lane.lane_id == lay.feelings_lane_id and bool(lay.scale_ticks)
            # the title's box: beside the icon, short of the emotion scale's names
            room = width - SCALE_ROOM if scale else width
            tx = mx(style.LANE_TITLE_X, room)
            for title_line in lane.title_lines:  # wrapped at this width by the layout
                # beside the icon: at the left, or the right of a right-to-left map
                x = (tx + room - text_width(title_line, role) if rtl
                     else start_x(title_line, role, tx, room))
                self.label(max(tx, x), ty, title_line, role, style.INK)
                ty += role.line_height
            kind_label = self.words.label(lane.kind)
            if lane.title_lines and " ".join(lane.title_lines) not in (kind_label,
                                                                       lane.kind.label):
                meta = style.LANE_META
                shown = fit_line(kind_label.upper(), meta, width)
                kx = mx(style.LANE_TITLE_X, width)
                self.label(kx + width if rtl else kx, ty, shown, meta, style.TEXT_MUTED,
                           align="right" if rtl else "left")
            if scale:
                self._scale_and_legend(lane)
        for line in lay.blueprint_lines:
            self._line_label(line.line, line.y, self.words("Vocabulary", line.label))
        edge = x0 + 0.5 if rtl else x0 + w - 0.5  # toward the grid
        self.line(edge, style.GRID_TOP, edge, lay.height, style.GRID_LINE, 1)

    def _scale_and_legend(self, lane: LaneBox) -> None:
        lay = self.layout
        meta = style.SCALE_LABEL
        for tick in lay.scale_ticks:
            label = fit_line(tick.label, meta, 84)
            if lay.rtl:  # the level names at the grid's side: the left of the column
                left = lane.rect.x + 8
                self.text.draw(left + 6, -(tick.y + 3.5), label, meta.face_name, meta.size,
                               style.INK_SOFT, align="left")
                self.line(left - 8, tick.y, left + 3, tick.y, style.INK_FAINT, 1)
                continue
            right = lane.rect.right - 8
            self.text.draw(right - 6, -(tick.y + 3.5), label, meta.face_name, meta.size,
                           style.INK_SOFT, align="right")
            self.line(right - 3, tick.y, right + 8, tick.y, style.INK_FAINT, 1)

    def _blueprint_line(self, kind: BlueprintLine, x0: float, x1: float, y: float) -> None:
        """A blueprint line in its own style: solid, dashed or dotted."""
        c = self.c
        width, dash, round_caps = style.BLUEPRINT_STYLE[kind]
        c.saveState()
        c.setStrokeColor(colour(style.BLUEPRINT_LINE_COLOUR))
        c.setLineWidth(width)
        c.setLineCap(1 if round_caps else 0)
        if dash:
            c.setDash(list(dash))
        c.line(x0, -y, x1, -y)
        c.restoreState()

    def _line_label(self, kind: BlueprintLine, y: float, label: str) -> None:
        c = self.c
        role = style.LINE_LABEL
        text = label.upper()
        tw = text_width(text, role)
        x0 = self.layout.lane_x
        self._blueprint_line(kind, x0, x0 + style.LANE_HEADER_W, y)
        c.setFillColor(colour(style.BLUEPRINT_LINE_COLOUR))
        chip = self._mirror(style.CELL_PAD, tw + 12)
        c.roundRect(chip, -(y + 8), tw + 12, 16, 8, stroke=0, fill=1)
        self.text.draw(chip + 6, -(y + 3.6), text, role.face_name, role.size, style.PAPER)

    def _corner(self) -> None:
        lay = self.layout
        corner = lay.corner
        x0, w, h = corner.x, corner.w, corner.h
        self.fill_rect(x0, 0, w, h, style.PAPER)
        edge = x0 + 0.5 if lay.rtl else x0 + w - 0.5  # toward the stage headers
        self.line(edge, 0, edge, h, style.GRID_LINE, 1)
        self.line(x0, h - 0.5, x0 + w, h - 0.5, style.GRID_LINE, 1)
        pad = style.CELL_PAD + 6
        left, width = x0 + pad, w - 2 * pad
        head = style.LANE_META
        heading = self.words("Poster", "HOW TO READ THIS MAP")
        self.label(start_x(heading, head, left, width), 10, heading, head, style.INK_SOFT)
        role = style.CARD_META
        y = 10 + head.line_height + 2
        how = self.words("Poster", HOW_TO_READ_RTL if lay.rtl else HOW_TO_READ)
        for line in wrap(how, role, width)[: int((h - y - 4) // role.line_height)]:
            self.label(start_x(line, role, left, width), y, line, role, style.INK)
            y += role.line_height

    # -- journey metrics -------------------------------------------------------------------------
    def _metrics(self) -> None:
        """The metrics band as on the canvas: score and answers, the range as a track, the
        95 % interval as a bar, the score as a dot (hollow, and faint, with too few answers)."""
        c = self.c
        for box in self.layout.metrics:
            r = box.rect
            ink = style.INK_SOFT if box.too_few else style.INK
            self.label(r.x, r.y, box.label, METRIC_VALUE, ink)
            self.label(r.right, r.y + (METRIC_VALUE.line_height - METRIC_NOTE.line_height) / 2,
                       box.note, METRIC_NOTE, style.INK_SOFT, align="right")
            t = box.track
            radius = t.h / 2
            c.setFillColor(colour(style.GRID_LINE))
            c.roundRect(t.x, -t.y - t.h, t.w, t.h, radius, stroke=0, fill=1)
            if box.low_x is not None and box.high_x is not None:
                c.setFillColor(colour(style.METRIC_INTERVAL), alpha=0.45 if box.too_few else 0.8)
                width = max(box.high_x - box.low_x, t.h)
                c.roundRect(box.low_x, -t.y - t.h, width, t.h, radius, stroke=0, fill=1)
                c.setFillAlpha(1)
            mid = -(t.y + t.h / 2)
            c.setLineWidth(1.5)
            if box.too_few:
                c.setStrokeColor(colour(ink))
                c.setFillColor(colour(style.PAPER))
            else:
                c.setStrokeColor(colour(style.PAPER))
                c.setFillColor(colour(ink))
            c.circle(box.score_x, mid, 4.2, stroke=1, fill=1)

    # -- emotion curves -------------------------------------------------------------------------
    def _curves(self) -> None:
        """The emotion curves as the map's spine: a line weight that carries across a room,
        each curve named at its end in its own colour, and the lowest and highest moments
        of the first curve called out with the card behind them."""
        c = self.c
        curves = [cv for cv in self.layout.curves if cv.points]
        if any(not pt.is_set for cv in curves for pt in cv.points):
            self._derived_note()
        for curve in curves:
            pts = curve.points
            c.saveState()
            c.setStrokeColor(colour(curve.colour))
            c.setLineWidth(style.CURVE_LINE_W)
            c.setLineJoin(1)
            c.setLineCap(0 if curve.dash else 1)
            if curve.dash:
                c.setDash([d * style.CURVE_LINE_W / 2.2 for d in curve.dash])
            if len(pts) > 1:
                p = c.beginPath()
                replay(p, smooth_ops([(pt.x, -pt.y) for pt in pts]))
                c.drawPath(p, stroke=1, fill=0)
            c.restoreState()
            r = style.CURVE_MARKER_R
            for pt in pts:
                if pt.is_set:
                    draw_marker(c, curve.marker, pt.x, pt.y, r, curve.colour, style.PAPER, 2.0)
                else:
                    draw_marker(c, curve.marker, pt.x, pt.y, r * 0.8, style.PAPER, curve.colour,
                                2.4)
        self._curve_labels(curves)
        if curves:
            self._moments(curves[0])

    def _derived_note(self) -> None:
        lay = self.layout
        band = lay.curves[0].band
        role = style.SCALE_LABEL
        note = "hollow: derived from the cards' emotions"
        y = band.y - style.CURVE_BAND_PAD / 2 - 1
        # at the band's start: its left, or its right on a right-to-left map
        x = band.right - 20 - text_width(note, role) if lay.rtl else band.x + 12
        c = self.c
        c.setStrokeColor(colour(style.TEXT_MUTED))
        c.setFillColor(colour(style.PAPER))
        c.setLineWidth(1.4)
        c.circle(x + 4, -y, 3.4, stroke=1, fill=1)
        self.text.draw(x + 12, -(y + 3.5), note, role.face_name, role.size, style.TEXT_MUTED)

    def _curve_labels(self, curves: list[CurveLayout]) -> None:
        """Each curve's name beside its last point (left of it near the map's right edge),
        moved apart when two would overlap."""
        role = style.CURVE_LABEL
        taken: list[float] = []
        right_edge = self.layout.grid.right
        for curve in curves:
            label = curve.label or "Emotion"
            last = curve.points[-1]
            width = text_width(label, role)
            y = last.y
            for other in sorted(taken):
                if abs(other - y) < role.line_height:
                    y = other + role.line_height
            y = min(max(y, curve.band.y + role.line_height / 2),
                    curve.band.bottom - role.line_height / 2)
            taken.append(y)
            after = last.x + style.CURVE_MARKER_R + 6
            before = last.x - style.CURVE_MARKER_R - 6 - width
            if self.layout.rtl:  # the curve ends at the left: its name left of the point
                x = before if before >= self.layout.grid.x + 4 else after
            else:
                x = after if after + width <= right_edge - 4 else before
            ink = style.readable(curve.colour, style.PAPER)
            self._backed_label(x, y - role.line_height / 2, label, role, ink)
            self._labels.append((x - 3, y - role.line_height / 2, width + 6, role.line_height))

    def _backed_label(self, x: float, top: float, text: str, role: FontRole, ink: str) -> None:
        """A line of text on a white patch (it may cross a curve or a dashed scale line)."""
        w = text_width(text, role)
        self.c._code.append(
            f"{_rgb(style.PAPER)} rg {rrect_path(x - 3, -(top + role.line_height), w + 6, role.line_height, 3)} f")
        self.label(x, top, text, role, ink)

    def _moments(self, curve: CurveLayout) -> None:
        """The lowest and the highest moment of ``curve``: a leader from the point to a
        note with the step's name and the pain card or quote behind it."""
        pts = curve.points
        if len(pts) < 2:
            return
        low = min(pts, key=lambda p: p.value)
        high = max(pts, key=lambda p: p.value)
        if low.value == high.value:
            return
        for pt, word in ((low, "LOWEST"), (high, "HIGHEST")):
            self._moment(curve, pt, word, worst=pt is low)

    def _moment(self, curve: CurveLayout, pt: CurvePoint, word: str, worst: bool) -> None:
        c = self.c
        head = style.MOMENT_HEAD
        role = style.MOMENT_TEXT
        width = style.COLUMN_W - 2 * style.CELL_PAD
        step = next((s for s in self.layout.steps if s.step_id == pt.step_id), None)
        step_name = " ".join(step.title_lines) if step is not None else ""
        card = behind_moment(self.doc, pt.step_id, worst)
        lines = wrap(f"{word} · {step_name}", head, width - 12)[:2]
        quote = (card.title or "").strip().strip('“”"') if card is not None else ""
        body = wrap(f"“{quote}”", role, width - 12, 3) if quote else []
        h = len(lines) * head.line_height + len(body) * role.line_height + 10
        band = curve.band
        # beside the point (right of it, or left near the map's right edge), level with
        # it as far as the band allows: the point and the curve through it stay visible
        gap = style.CURVE_MARKER_R + 10
        grid = self.layout.grid
        after, before = pt.x + gap, pt.x - gap - width
        if self.layout.rtl:  # time runs leftwards: the note on the left where it fits
            x = before if before >= grid.x + 4 else after
        else:
            x = after if after + width <= grid.right - 4 else before
        lowest, highest = band.y - style.CURVE_BAND_PAD / 2, band.bottom + style.CURVE_BAND_PAD / 2 - h
        top = min(max(pt.y - h / 2, lowest), highest)
        for lx, ly, lw, lh in self._labels:  # clear of the curves' names
            if lx < x + width and x < lx + lw and ly < top + h and top < ly + lh:
                below = ly + lh + 2
                top = below if below <= highest else max(ly - h - 2, lowest)
        ink = style.PAIN_INK if worst else style.GAIN_INK
        c.setStrokeColor(colour(ink))
        c.setLineWidth(1.5)
        edge = x if x > pt.x else x + width
        c.line(pt.x, -pt.y, edge, -min(max(pt.y, top + 4), top + h - 4))
        c._code.append(f"{_rgb(ink)} RG 1.5 w {_rgb(style.PAPER)} rg "
                       f"{rrect_path(x, -(top + h), width, h, 5)} B")
        y = top + 5
        for line in lines:
            self.label(x + 6, y, line, head, ink)
            y += head.line_height
        for line in body:
            self.label(x + 6, y, line, role, style.INK)
            y += role.line_height

    # -- cards ------------------------------------------------------------------------------
    def _card(self, box: CardBox) -> None:
        """The note, then the parts the layout placed inside it (``layout.card_parts``),
        cut text shrunk to fit where it can (down to ``card_parts.MIN_TEXT_FACTOR``)."""
        card = self.cards.get(box.card_id)
        if card is None:
            return
        parts = card_parts(box, card, shrink=True, floor=self.options.shrink_floor)
        r = box.rect
        ox, oy = r.x, r.y
        tab = parts.tab
        kind = self._kinds.get(box.lane_id)
        width, dash, round_caps = style.CARD_EDGE.get(kind, style.EDGE_PLAIN) if kind else (
            style.EDGE_PLAIN)
        pain = kind == LaneKind.PAIN_POINTS
        edge = style.PAIN_INK if pain else _mix(box.fill, style.INK, 0.45 if dash else 0.22)
        pattern = f"[{fp_str(*dash)}] 0 d {1 if round_caps else 0} J " if dash else ""
        self.c._code.append(
            f"{_rgb(box.fill)} rg {_rgb(edge)} RG {fp_str(width)} w {pattern}"
            f"{rrect_path(ox, -r.bottom, r.w, r.h, style.CARD_RADIUS)} B "
            f"{'[] 0 d 0 J ' if dash else ''}{_rgb(box.accent)} rg "
            f"{rrect_path(ox + tab.x, -(oy + tab.bottom), tab.w, tab.h, tab.w / 2)} f"
        )
        if pain:
            self._pain_mark(ox, oy)
        write = self.text.draw
        room = r.w - style.CARD_PAD
        for line in parts.lines:
            role = line.role
            text = line.text
            # the layout measured with the fonts' tables; guard with what really prints
            if (line.x + fonts.width(text, role.face_name, role.size)) > room + 1.0:
                text = _cut(text, role.face_name, role.size, room + 1.0 - line.x)
            write(ox + line.x, -(oy + line.baseline), text, role.face_name, role.size,
                  line.colour)
        if parts.image is not None:
            im = parts.image
            self._image(card, ox + im.x, oy + im.y, im.w, im.h)
        self._footer(box, parts, ox, oy)
        number = self.options.footnotes.get(card.id)
        if number is not None:
            self._footnote_mark(r.right, oy, number)

    def _pain_mark(self, left: float, top: float) -> None:
        """The pain marker: a red disc with "!" across the card's top edge, at the left."""
        role = style.FOOTNOTE
        r = role.line_height / 2
        cx = left + 10 + r
        self.c._code.append(f"{_rgb(style.PAIN_INK)} rg")
        self.c.circle(cx, -top, r, stroke=0, fill=1)
        self.text.draw(cx, -(top + r - baseline_offset(role)), "!", role.face_name, role.size,
                       style.PAPER, align="center")

    def _footnote_mark(self, right: float, top: float, number: int) -> None:
        """A dark tab across the card's top edge with the number of its appendix entry."""
        role = style.FOOTNOTE
        label = f"→{number}"
        h = role.line_height
        w = text_width(label, role) + h * 0.7
        x = right - w - 8
        y = top - h / 2  # layout y of the tab's top
        self.c._code.append(f"{_rgb(style.INK)} rg {rrect_path(x, -(y + h), w, h, h / 2)} f")
        self.text.draw(x + w / 2, -(y + baseline_offset(role)), label, role.face_name,
                       role.size, style.PAPER, align="center")

    def _footer(self, box: CardBox, parts: CardParts, ox: float, oy: float) -> None:
        c = self.c
        write = self.text.draw
        label = parts.vote_label
        if label is not None:
            write(ox + label.x, -(oy + label.baseline), label.text, label.role.face_name,
                  label.role.size, label.colour)
        if parts.vote_dots:
            vote = symbol_name("Vote")
            for cx, cy in parts.vote_dots:
                place(c, vote, ox + cx, oy + cy)
        ev = parts.evidence
        if ev is not None:
            place(c, symbol_name("Ev", ev.kind.value), ox + ev.cx, oy + ev.cy)
        icon = parts.channel_icon
        if icon is not None:
            place(c, symbol_name("Icon", icon.name), ox + icon.x, oy + icon.y)
        label = parts.channel_label
        if label is not None:
            write(ox + label.x, -(oy + label.baseline), label.text, label.role.face_name,
                  label.role.size, label.colour)
        chip = parts.owner
        if chip is not None:
            q = chip.rect
            fill = _tint(box.fill, chip.ink, chip.alpha)
            c._code.append(
                f"{_rgb(fill)} rg {rrect_path(ox + q.x, -(oy + q.bottom), q.w, q.h, chip.radius)} f"
            )
            label = chip.text
            write(ox + label.x, -(oy + label.baseline), label.text, label.role.face_name,
                  label.role.size, _readable(label.colour, fill))

    def _image(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        reader = self._image_reader(card, w, h)
        if reader is not None:
            try:
                c.drawImage(reader, x, -(y + h), w, h, preserveAspectRatio=True, anchor="c",
                            mask="auto")
                return
            except Exception as exc:  # noqa: BLE001 - a broken image must not stop the poster
                self._left_out(card, f"not drawn ({str(exc)[:80]})")
        c.setFillColor(colour(style.GRID_LINE))
        c.setStrokeColor(colour(style.INK_FAINT))
        c.rect(x, -(y + h), w, h, stroke=1, fill=1)
        p = c.beginPath()
        p.moveTo(x + w * 0.2, -(y + h * 0.8))
        p.lineTo(x + w * 0.45, -(y + h * 0.35))
        p.lineTo(x + w * 0.6, -(y + h * 0.6))
        p.lineTo(x + w * 0.7, -(y + h * 0.48))
        p.lineTo(x + w * 0.85, -(y + h * 0.8))
        p.close()
        c.setFillColor(colour(style.INK_FAINT))
        c.drawPath(p, stroke=0, fill=1)

    def _left_out(self, card: Card, reason: str) -> None:
        """Warn, naming the card, that its image is left out (a placeholder is drawn)."""
        title = card.title if len(card.title) <= 40 else card.title[:39] + "…"
        message = (f"card {title!r} ({card.id}): image {describe(card.image or '')} left "
                   f"out: {reason}")
        self.warnings.append(message)
        log.warning("%s", message)

    def _image_reader(self, card: Card, w: float, h: float) -> Any:
        """The card's image (within the trust boundary of ``fileio.images``), scaled down
        to ``IMAGE_DPI`` at its printed size; None, with a warning, when it is left out."""
        from reportlab.lib.utils import ImageReader

        ref = (card.image or "").strip()
        if not ref:
            return None
        # pixels needed: printed size in inches × IMAGE_DPI
        k = self.options.points_per_unit / 72.0 * IMAGE_DPI
        need = max(1, round(w * k), round(h * k))
        try:
            image = open_card_image(ref, self.options.base_dir, max_side=need)
        except ImageRefused as exc:
            self._left_out(card, str(exc))
            return None
        return ImageReader(image)
