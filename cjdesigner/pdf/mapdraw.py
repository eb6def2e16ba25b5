"""Draw a :class:`MapLayout` onto a ReportLab canvas: the same geometry the canvas shows.

The caller sets up the transformation so that one layout unit is one canvas unit and the
layout's origin (top-left) is at canvas (0, 0); layout y grows downwards, so every y is
negated here. All text is collected and written last in one text object.
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
from dataclasses import dataclass
from pathlib import Path

from cjdesigner.layout import CardBox, MapLayout, style
from cjdesigner.layout.text import ELLIPSIS, FontRole, fit_line, text_width, wrap
from cjdesigner.model import Card, JourneyMap, channel_label

from .fonts import TextWriter, colour
from .icons import draw_channel_icon, draw_evidence, draw_marker, draw_vote

log = logging.getLogger(__name__)

#: the smallest a card's text may shrink to (fraction of its normal size) before an ellipsis
MIN_TEXT_FACTOR = 0.72


def _baseline(top: float, role: FontRole) -> float:
    """Baseline of a line whose box starts at ``top`` (layout units, y down)."""
    return top + (role.line_height + role.size * 0.68) / 2


@dataclass
class DrawOptions:
    blank: bool = False  # a wall template: grid, headers and scale, no cards or curves
    base_dir: Path | None = None  # where relative card image paths are resolved


class MapPainter:
    def __init__(self, canvas, doc: JourneyMap, layout: MapLayout, options: DrawOptions) -> None:
        self.c = canvas
        self.doc = doc
        self.layout = layout
        self.options = options
        self.text = TextWriter(canvas)
        self.cards: dict[str, Card] = {card.id: card for card in doc.cards}
        self.images = 0

    # -- helpers ----------------------------------------------------------------------
    def fill_rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.c.setFillColor(colour(fill))
        self.c.rect(x, -y - h, w, h, stroke=0, fill=1)

    def line(self, x0: float, y0: float, x1: float, y1: float, ink: str, width: float) -> None:
        self.c.setStrokeColor(colour(ink))
        self.c.setLineWidth(width)
        self.c.line(x0, -y0, x1, -y1)

    def label(self, x, y_top, text, role: FontRole, ink, align="left") -> None:
        self.text.draw(x, -_baseline(y_top, role), text, role.face_name, role.size, ink, align)

    # -- the whole map ------------------------------------------------------------------
    def draw(self) -> None:
        lay = self.layout
        c = self.c
        c.saveState()
        self.fill_rect(0, 0, lay.width, lay.height, style.PAPER)
        self._rows()
        self._headers()
        self._grid_lines()
        self._curve_band()
        if not self.options.blank:
            for box in lay.cards.values():
                self._card(box)
            self._curves()
        self._blueprint()
        self.text.flush()
        c.restoreState()

    def _rows(self) -> None:
        lay = self.layout
        for index, lane in enumerate(lay.lanes):
            if index % 2:
                r = lane.row
                self.fill_rect(r.x, r.y, r.w, r.h, style.ROW_ALT_BG)
            h = lane.rect
            self.fill_rect(h.x, h.y, h.w, h.h, style.HEADER_BG)
            self.fill_rect(h.x, h.y, 5, h.h, lane.accent)
            top = h.y + style.CELL_PAD
            for line in lane.title_lines:
                self.label(h.x + style.CELL_PAD + 6, top, line, style.LANE_TITLE, style.INK)
                top += style.LANE_TITLE.line_height
            if lane.kind.label != (lane.title_lines[0] if lane.title_lines else ""):
                text = fit_line(lane.kind.label, style.LANE_META, h.w - 2 * style.CELL_PAD - 6)
                if top + style.LANE_META.line_height <= h.bottom - 4:
                    self.label(h.x + style.CELL_PAD + 6, top + 2, text, style.LANE_META, style.INK_SOFT)

    def _headers(self) -> None:
        lay = self.layout
        stage_colour = {s.stage_id: s.colour for s in lay.stages}
        self.fill_rect(0, 0, style.LANE_HEADER_W, style.GRID_TOP, style.HEADER_BG)
        for stage in lay.stages:
            r = stage.rect
            self.fill_rect(r.x, r.y, r.w, r.h, stage.colour)
            self.label(r.x + style.CELL_PAD, r.y + (r.h - style.STAGE_TITLE.line_height) / 2,
                       stage.title, style.STAGE_TITLE, style.INK)
        for step in lay.steps:
            r = step.rect
            tint = style.mix(stage_colour.get(step.stage_id, style.HEADER_BG), style.PAPER, 0.8)
            self.fill_rect(r.x, r.y, r.w, r.h, tint)
            lines = list(step.title_lines)
            block = len(lines) * style.STEP_TITLE.line_height
            if step.meta:
                block += style.STEP_META.line_height
            top = r.y + (r.h - block) / 2
            for line in lines:
                self.label(r.x + style.CELL_PAD, top, line, style.STEP_TITLE, style.INK)
                top += style.STEP_TITLE.line_height
            if step.meta:
                self.label(r.x + style.CELL_PAD, top, step.meta, style.STEP_META, style.INK_SOFT)

    def _grid_lines(self) -> None:
        lay = self.layout
        c = self.c
        c.setStrokeColor(colour(style.GRID_LINE))
        c.setLineWidth(1)
        top = style.STAGE_HEADER_H
        stage_starts = {s.rect.x for s in lay.stages}
        for step in lay.steps:
            if step.column.x not in stage_starts:
                c.line(step.column.x, -top, step.column.x, -lay.height)
        for lane in lay.lanes:
            c.line(0, -lane.row.y, lay.width, -lane.row.y)
        c.line(0, -lay.height, lay.width, -lay.height)
        c.setStrokeColor(colour(style.INK_FAINT))
        for stage in lay.stages:
            c.line(stage.rect.x, 0, stage.rect.x, -lay.height)
        c.line(lay.width, 0, lay.width, -lay.height)
        c.setLineWidth(1.5)
        c.line(0, -style.GRID_TOP, lay.width, -style.GRID_TOP)
        c.line(style.LANE_HEADER_W, 0, style.LANE_HEADER_W, -lay.height)

    # -- emotion scale and curves ------------------------------------------------------------
    def _curve_band(self) -> None:
        lay = self.layout
        if not lay.scale_ticks:
            return
        c = self.c
        x0, x1 = lay.grid.x, lay.grid.right
        values = [t.value for t in lay.scale_ticks]
        lo, hi = min(values), max(values)
        for tick in lay.scale_ticks:
            neutral = lo < tick.value < hi and abs(tick.value - (lo + hi) / 2) < 1e-9
            c.setStrokeColor(colour(style.INK_FAINT if neutral else style.GRID_LINE))
            c.setLineWidth(1.2 if neutral else 0.8)
            if not neutral:
                c.setDash(3, 3)
            c.line(x0, -tick.y, x1, -tick.y)
            c.setDash()
        # level names at the start of every stage, so the scale reads anywhere on the wall
        starts = sorted({s.rect.x for s in lay.stages if s.rect.x >= x0} | {x0})
        for sx in starts:
            for tick in lay.scale_ticks:
                self.text.draw(sx + 6, -(tick.y - 3), tick.label, style.SCALE_LABEL.face_name,
                               style.SCALE_LABEL.size, style.INK_SOFT)

    def _curves(self) -> None:
        c = self.c
        for curve in self.layout.curves:
            pts = curve.points
            if not pts:
                continue
            c.saveState()
            c.setStrokeColor(colour(curve.colour))
            c.setLineWidth(3)
            c.setLineJoin(1)
            c.setLineCap(1)
            if curve.dash:
                c.setDash([d * 1.5 for d in curve.dash])
            if len(pts) > 1:
                p = c.beginPath()
                p.moveTo(pts[0].x, -pts[0].y)
                for pt in pts[1:]:
                    p.lineTo(pt.x, -pt.y)
                c.drawPath(p, stroke=1, fill=0)
            c.setDash()
            c.setLineWidth(1.6)
            for pt in pts:
                draw_marker(c, curve.marker, pt.x, -pt.y, 11, curve.colour, pt.is_set)
            c.restoreState()

    def _blueprint(self) -> None:
        lay = self.layout
        c = self.c
        role = style.LINE_LABEL
        for bl in lay.blueprint_lines:
            c.saveState()
            c.setStrokeColor(colour(style.BLUEPRINT_LINE_COLOUR))
            c.setLineWidth(2)
            c.setDash(*style.BLUEPRINT_DASH)
            c.line(bl.x0, -bl.y, bl.x1, -bl.y)
            c.restoreState()
            starts = sorted({s.rect.x for s in lay.stages if s.rect.x > lay.grid.x} | {6.0})
            w = text_width(bl.label, role) + 12
            for sx in starts:
                x = sx + (0 if sx == 6.0 else 6)
                c.setFillColor(colour(style.BLUEPRINT_LINE_COLOUR))
                c.roundRect(x, -bl.y - 7, w, 14, 7, stroke=0, fill=1)
                self.label(x + 6, bl.y - 7 - (role.line_height - 14) / 2, bl.label, role, style.PAPER)

    # -- cards ------------------------------------------------------------------------------
    def _card_shape(self, box: CardBox) -> None:
        c = self.c
        r = box.rect
        rad = style.CARD_RADIUS
        top, bottom = -r.y, -r.bottom
        c.setFillColor(colour(box.fill))
        c.setStrokeColor(colour(style.mix(box.accent, style.PAPER, 0.45)))
        c.setLineWidth(1)
        c.roundRect(r.x, bottom, r.w, r.h, rad, stroke=1, fill=1)
        # the accent edge: the card's rounded left side, as wide as the corner radius
        c.setFillColor(colour(box.accent))
        p = c.beginPath()
        p.moveTo(r.x + rad, top)
        p.arcTo(r.x, top - 2 * rad, r.x + 2 * rad, top, 90, 90)
        p.lineTo(r.x, bottom + rad)
        p.arcTo(r.x, bottom, r.x + 2 * rad, bottom + 2 * rad, 180, 90)
        p.lineTo(r.x + rad * 0.8, bottom)
        p.lineTo(r.x + rad * 0.8, top)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def _card_text(self, box: CardBox, card: Card) -> tuple[list[str], FontRole, list[str], FontRole]:
        """The lines to print: the layout's, or the full text a little smaller when the
        layout had to cut it (shrink to ``MIN_TEXT_FACTOR``, then the ellipsis stays)."""
        title, body = list(box.title_lines), list(box.body_lines)
        t_role, b_role = style.CARD_TITLE, style.CARD_BODY
        cut = (title and title[-1].endswith(ELLIPSIS)) or (body and body[-1].endswith(ELLIPSIS))
        if not cut:
            return title, t_role, body, b_role
        inner = style.CARD_W - 2 * style.CARD_PAD
        room = len(title) * t_role.line_height + (4 + len(body) * b_role.line_height if body else 0)
        full_t = card.title or "Untitled"
        full_b = card.description
        # cheap estimate first: total area of text against the room there is
        est = (text_width(full_t, t_role) / inner + 1) * t_role.line_height + (
            (text_width(full_b, b_role) / inner + 1) * b_role.line_height if full_b else 0
        )
        for factor in (0.9, 0.81, MIN_TEXT_FACTOR):
            if est * factor * factor > room * 1.05:
                continue
            tr = FontRole(t_role.face_name, t_role.size * factor, t_role.line_height * factor)
            br = FontRole(b_role.face_name, b_role.size * factor, b_role.line_height * factor)
            tl = wrap(full_t, tr, inner)
            bl = wrap(full_b, br, inner) if full_b else []
            need = len(tl) * tr.line_height + (4 + len(bl) * br.line_height if bl else 0)
            if need <= room + 0.01:
                return tl, tr, bl, br
        return title, t_role, body, b_role

    def _card(self, box: CardBox) -> None:
        card = self.cards.get(box.card_id)
        if card is None:
            return
        self._card_shape(box)
        r = box.rect
        x = r.x + style.CARD_PAD
        top = r.y + style.CARD_PAD
        title, t_role, body, b_role = self._card_text(box, card)
        for line in title:
            self.label(x, top, line, t_role, style.INK)
            top += t_role.line_height
        if body:
            top += 4
            for line in body:
                self.label(x, top, line, b_role, style.INK_SOFT)
                top += b_role.line_height
        if box.has_image:
            top += 6
            self._image(card, x, top, r.w - 2 * style.CARD_PAD, style.CARD_IMAGE_H)
        if box.has_footer:
            self._footer(card, x, r.bottom - style.CARD_PAD - style.CARD_FOOTER_H,
                         r.w - 2 * style.CARD_PAD)

    def _footer(self, card: Card, x: float, y: float, w: float) -> None:
        c = self.c
        role = style.CARD_META
        h = style.CARD_FOOTER_H
        cy = y + h / 2
        right = x + w
        if card.evidence is not None:
            draw_evidence(c, card.evidence, right - 5.5, -cy, 11)
            right -= 16
        if card.votes:
            label = str(card.votes)
            lw = text_width(label, role)
            self.label(right - lw, y + (h - role.line_height) / 2, label, role, style.INK)
            draw_vote(c, right - lw - 6, -cy, 9, style.INK)
            right -= lw + 16
        left = x
        if card.channel:
            draw_channel_icon(c, card.channel, left + 7, -cy, 13, style.INK_SOFT)
            left += 17
            room = right - left - (60 if card.owner else 0)
            text = fit_line(channel_label(card.channel), role, max(room - 4, 12))
            self.label(left, y + (h - role.line_height) / 2, text, role, style.INK_SOFT)
            left += text_width(text, role) + 8
        if card.owner and right - left > 24:
            text = fit_line(card.owner, role, right - left - 14)
            cw = text_width(text, role) + 12
            c.setFillColor(colour(style.PAPER))
            c.setStrokeColor(colour(style.INK_FAINT))
            c.setLineWidth(0.8)
            c.roundRect(left, -(y + h - 1), cw, h - 2, (h - 2) / 2, stroke=1, fill=1)
            self.label(left + 6, y + (h - role.line_height) / 2, text, role, style.INK)

    def _image(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        c = self.c
        reader = self._image_reader(card.image or "")
        if reader is not None:
            try:
                c.drawImage(reader, x, -(y + h), w, h, preserveAspectRatio=True, anchor="c",
                            mask="auto")
                self.images += 1
                return
            except Exception as exc:  # a broken image must not stop the poster
                log.warning("card %s: image not drawn (%s)", card.id, exc)
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

    def _image_reader(self, ref: str):
        from reportlab.lib.utils import ImageReader

        ref = ref.strip()
        if not ref:
            return None
        try:
            if ref.startswith("data:"):
                data = base64.b64decode(ref.split(",", 1)[1])
                return ImageReader(io.BytesIO(data))
            path = Path(ref)
            if not path.is_absolute() and self.options.base_dir is not None:
                path = self.options.base_dir / path
            if path.is_file():
                return ImageReader(str(path))
        except (binascii.Error, IndexError, OSError, ValueError) as exc:
            log.warning("card image %r not readable: %s", ref[:60], exc)
        return None
