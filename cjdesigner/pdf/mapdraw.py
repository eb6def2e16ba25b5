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
from cjdesigner.layout import CardBox, CurveLayout, LaneBox, MapLayout, style
from cjdesigner.layout import words as words_module
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
    text_width,
    wrap,
    wrap_words,
)
from cjdesigner.layout.words import QT_TRANSLATE_NOOP, Words
from cjdesigner.model import Card, JourneyMap

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


def _baseline(top: float, role: FontRole) -> float:
    return top + baseline_offset(role)


@lru_cache(maxsize=4096)
def _mix(colour_a: str, colour_b: str, amount: float) -> str:
    return style.mix(colour_a, colour_b, amount)


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


@dataclass
class DrawOptions:
    blank: bool = False  # a wall template: grid, headers and scale, no cards or curves
    base_dir: Path | None = None  # where relative card image paths are resolved
    points_per_unit: float = 1.0  # the printed size of one layout unit
    #: cut text shrinks down to this share of its size (keeps the smallest printed size)
    shrink_floor: float = 0.72
    #: card id → its footnote number: the card's full text is in the appendix
    footnotes: dict[str, int] = field(default_factory=dict)


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
        for step in lay.steps:
            x = step.column.right
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
        if lay.blueprint_lines:
            c.saveState()
            c.setStrokeColor(colour(style.BLUEPRINT_LINE_COLOUR))
            c.setLineWidth(1.6)
            c.setDash(*style.BLUEPRINT_DASH)
            for line in lay.blueprint_lines:
                c.line(left, -line.y, right, -line.y)
            c.restoreState()

    # -- headers ------------------------------------------------------------------------------
    def _header_row(self) -> None:
        lay = self.layout
        c = self.c
        self.fill_rect(style.LANE_HEADER_W, 0, lay.width - style.LANE_HEADER_W, style.GRID_TOP,
                       style.PAPER)
        for index, stage in enumerate(lay.stages):
            r = stage.rect
            self.fill_rect(r.x, r.y, r.w, r.h, style.mix(stage.colour, style.PAPER, 0.62))
            self.fill_rect(r.x, r.bottom - 4, r.w, 4, stage.colour)
            if index:
                self.line(r.x, r.y, r.x, r.bottom, style.PAPER, 2)
            role = style.STAGE_TITLE
            lines = stage.title_lines or (stage.title,)
            y = r.y + (r.h - 4 - len(lines) * role.line_height) / 2
            for line in lines:
                self.label(r.x + style.CELL_PAD + 2, y, line, role,
                           style.mix(stage.colour, style.INK, 0.8))
                y += role.line_height
        for step in lay.steps:
            r = step.rect
            self.fill_rect(r.x, r.y, r.w, r.h, style.HEADER_BG)
            self.line(r.right - 0.5, r.y + 8, r.right - 0.5, r.bottom - 8, style.GRID_LINE, 1)
            pad = style.CELL_PAD + 2
            role = style.STEP_TITLE
            meta_h = style.STEP_META.line_height if step.meta else 0.0
            y = r.y + (r.h - (len(step.title_lines) * role.line_height + meta_h)) / 2
            for line in step.title_lines:
                self.label(r.x + pad, y, line, role, style.INK)
                y += role.line_height
            if step.meta:
                meta = style.STEP_META
                place(c, symbol_name("Clock"), r.x + pad, y + 1.5)
                self.label(r.x + pad + 14, y, fit_line(step.meta, meta, r.w - 2 * pad - 14), meta,
                           style.INK_SOFT)
        self.line(style.LANE_HEADER_W, style.GRID_TOP - 0.5, lay.width, style.GRID_TOP - 0.5,
                  style.GRID_LINE, 1)

    def _lane_column(self) -> None:
        lay = self.layout
        c = self.c
        w = style.LANE_HEADER_W
        self.fill_rect(0, style.GRID_TOP, w, lay.height - style.GRID_TOP, style.PAPER)
        for lane in lay.lanes:
            r = lane.rect
            self.line(0, r.bottom - 0.5, r.w, r.bottom - 0.5, style.GRID_LINE, 1)
            self.fill_rect(0, r.y + 1, 4, r.h - 2, lane.accent)
            pad = style.CELL_PAD + 6
            c.setFillColor(colour(_tint(style.PAPER, lane.accent, 30)))
            c.circle(pad + 11, -(r.y + 24), 13, stroke=0, fill=1)
            draw_icon(c, lane.kind.value, pad + 3, r.y + 16, 16, lane.accent)
            role = style.LANE_TITLE
            tx = style.LANE_TITLE_X
            ty = r.y + 16
            width = r.w - tx - style.CELL_PAD
            for title_line in lane.title_lines:  # wrapped at this width by the layout
                self.label(tx, ty, title_line, role, style.INK)
                ty += role.line_height
            kind_label = self.words.label(lane.kind)
            if lane.title_lines and " ".join(lane.title_lines) not in (kind_label,
                                                                       lane.kind.label):
                meta = style.LANE_META
                self.label(tx, ty, fit_line(kind_label.upper(), meta, width), meta, style.INK_FAINT)
            if lane.lane_id == lay.feelings_lane_id and lay.scale_ticks:
                self._scale_and_legend(lane)
        for line in lay.blueprint_lines:
            self._line_label(line.y, self.words("Vocabulary", line.label))
        self.line(w - 0.5, style.GRID_TOP, w - 0.5, lay.height, style.GRID_LINE, 1)

    def _scale_and_legend(self, lane: LaneBox) -> None:
        lay = self.layout
        meta = style.SCALE_LABEL
        right = lane.rect.w - 8
        for tick in lay.scale_ticks:
            label = fit_line(tick.label, meta, 84)
            self.text.draw(right - 6, -(tick.y + 3.5), label, meta.face_name, meta.size,
                           style.INK_SOFT, align="right")
            self.line(right - 3, tick.y, right + 8, tick.y, style.INK_FAINT, 1)

    def _line_label(self, y: float, label: str) -> None:
        c = self.c
        role = style.LINE_LABEL
        text = label.upper()
        tw = text_width(text, role)
        c.saveState()
        c.setStrokeColor(colour(style.BLUEPRINT_LINE_COLOUR))
        c.setLineWidth(1.2)
        c.setDash(*style.BLUEPRINT_DASH)
        c.line(0, -y, style.LANE_HEADER_W, -y)
        c.restoreState()
        c.setFillColor(colour(style.BLUEPRINT_LINE_COLOUR))
        c.roundRect(style.CELL_PAD, -(y + 8), tw + 12, 16, 8, stroke=0, fill=1)
        self.text.draw(style.CELL_PAD + 6, -(y + 3.6), text, role.face_name, role.size,
                       style.PAPER)

    def _corner(self) -> None:
        w, h = style.LANE_HEADER_W, style.GRID_TOP
        self.fill_rect(0, 0, w, h, style.PAPER)
        self.line(w - 0.5, 0, w - 0.5, h, style.GRID_LINE, 1)
        self.line(0, h - 0.5, w, h - 0.5, style.GRID_LINE, 1)
        pad = style.CELL_PAD + 6
        width = w - 2 * pad
        head = style.LANE_META
        self.label(pad, 10, self.words("Poster", "HOW TO READ THIS MAP"), head, style.INK_SOFT)
        role = style.CARD_META
        y = 10 + head.line_height + 2
        for line in wrap(self.words("Poster", HOW_TO_READ), role, width)[
                : int((h - y - 4) // role.line_height)]:
            self.label(pad, y, line, role, style.INK)
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
    def _curve_key(self) -> None:
        """The curve key at the top of the band, as on the canvas, cut to the band's width:
        the curves that fit, then "+N more", then the hollow-marker note if it fits."""
        lay = self.layout
        c = self.c
        band = lay.curves[0].band
        x = band.x + 12
        y = band.y - style.CURVE_BAND_PAD / 2 - 1
        role = style.SCALE_LABEL
        entries, more, derived, width = curve_key(lay.curves, band.w - 24, self.words)
        c.setFillColor(colour(style.PAPER))
        c.roundRect(x - 6, -(y + 8), width + 4, 16, 8, stroke=0, fill=1)
        for cv, label in entries:
            c.saveState()
            c.setStrokeColor(colour(cv.colour))
            c.setLineWidth(2)
            if cv.dash:
                c.setDash(list(cv.dash))
            c.line(x, -y, x + 26, -y)
            c.restoreState()
            draw_marker(c, cv.marker, x + 13, y, 4.0, cv.colour, style.PAPER, 1.2)
            self.text.draw(x + 32, -(y + 3.5), label, role.face_name, role.size, style.INK_SOFT)
            x += 34 + text_width(label, role) + 14
        if more:
            self.text.draw(x, -(y + 3.5), more, role.face_name, role.size, style.INK_SOFT)
            x += text_width(more, role) + 14
        if derived:
            c.setStrokeColor(colour(style.INK_FAINT))
            c.setFillColor(colour(style.PAPER))
            c.setLineWidth(1.4)
            c.circle(x + 13, -y, 3.4, stroke=1, fill=1)
            self.text.draw(x + 32, -(y + 3.5), self.words("Poster", DERIVED), role.face_name,
                           role.size,
                           style.INK_FAINT)

    def _curves(self) -> None:
        c = self.c
        if self.layout.curves:
            self._curve_key()
        for curve in self.layout.curves:
            pts = curve.points
            if not pts:
                continue
            c.saveState()
            c.setStrokeColor(colour(curve.colour))
            c.setLineWidth(2.2)
            c.setLineJoin(1)
            c.setLineCap(0 if curve.dash else 1)
            if curve.dash:
                c.setDash(list(curve.dash))
            if len(pts) > 1:
                p = c.beginPath()
                replay(p, smooth_ops([(pt.x, -pt.y) for pt in pts]))
                c.drawPath(p, stroke=1, fill=0)
            c.restoreState()
            for pt in pts:
                if pt.is_set:
                    draw_marker(c, curve.marker, pt.x, pt.y, 5.0, curve.colour, style.PAPER, 1.6)
                else:
                    draw_marker(c, curve.marker, pt.x, pt.y, 3.8, style.PAPER, curve.colour, 1.6)

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
        edge = _mix(box.fill, style.INK, 0.14)
        self.c._code.append(
            f"{_rgb(box.fill)} rg {_rgb(edge)} RG 1 w "
            f"{rrect_path(ox, -r.bottom, r.w, r.h, style.CARD_RADIUS)} B "
            f"{_rgb(box.accent)} rg "
            f"{rrect_path(ox + tab.x, -(oy + tab.bottom), tab.w, tab.h, tab.w / 2)} f"
        )
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
                  label.role.size, label.colour)

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
