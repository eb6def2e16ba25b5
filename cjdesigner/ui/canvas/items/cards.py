"""Cards as sticky notes, painted by one layer item.

One item paints every card that lies in the exposed area, found through the layout's
cell index (visible columns × visible lanes), instead of one QGraphicsItem per card:
a map of 10,000 cards opens without creating 10,000 Python wrappers, and zoomed out the
cards are drawn in a few batched ``drawRects`` calls, one per colour.

Level of detail follows the on-screen scale: full notes with text from 50 %, boxes with
title bars from 22 %, and plain coloured boxes below. Text is never drawn smaller than
the layout intends; it is left out instead.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjdesigner.layout import CardBox, style, text_width
from cjdesigner.model import Card, Evidence
from cjdesigner.model.vocabulary import CHANNELS, channel_label

from .. import fonts
from ..painting import (
    NO_BRUSH,
    NO_PEN,
    SELECTION,
    brush,
    draw_icon,
    fitted,
    pen,
)

if TYPE_CHECKING:
    from ..scene import CanvasScene

FULL_DETAIL = 0.5
BOX_DETAIL = 0.22
SHADOW = "#101828"
VOTE = "#C2410C"
R = style.CARD_RADIUS
MARGIN = 3.0  # room around a cached card for its shadow and antialiasing
CACHE_BYTES = 96 * 1024 * 1024


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


def visible_cells(scene: CanvasScene, rect: QRectF) -> list[tuple[str, str]]:
    """(lane_id, step_id) of the cells that intersect ``rect``, via binary search."""
    lay = scene.layout
    xs = scene.column_edges
    ys = scene.row_edges
    if not xs or not ys:
        return []
    c0 = max(0, bisect_right(xs, rect.left()) - 1)
    c1 = min(len(lay.steps), bisect_left(xs, rect.right()))
    r0 = max(0, bisect_right(ys, rect.top()) - 1)
    r1 = min(len(lay.lanes), bisect_left(ys, rect.bottom()))
    steps = lay.steps
    lanes = lay.lanes
    return [(lanes[r].lane_id, steps[c].step_id) for r in range(r0, r1) for c in range(c0, c1)]


class CardLayer(QGraphicsItem):
    """Paints the cards of the exposed area; holds no per-card state."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__()
        self._scene = scene
        self._rect = QRectF()
        self._cache: OrderedDict[str, tuple[tuple, QPixmap]] = OrderedDict()
        self._cache_bytes = 0
        self.use_cache = True
        self._groups: dict[tuple[str, bool], list[QRectF]] = {}
        self._groups_key: tuple[int, int] | None = None
        self._groups_layout = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        exposed = option.exposedRect
        scale = painter.worldTransform().m11()
        if scale < BOX_DETAIL:
            # far out most cards are visible: draw the whole map's boxes, grouped by
            # colour once per layout, and let the painter clip
            self._paint_all_boxes(painter, scene.faded_cards())
            self._paint_selection(painter, exposed, scale)
            return
        boxes: list[CardBox] = []
        cards = lay.cards
        cells = lay.cells
        for key in visible_cells(scene, exposed):
            ids = cells.get(key)
            if ids:
                boxes.extend(cards[i] for i in ids)
        if not boxes:
            return
        # a card's shadow and outline reach a few units past its box
        top, bottom = exposed.top() - 2 * MARGIN, exposed.bottom() + 2 * MARGIN
        boxes = [b for b in boxes if b.rect.bottom >= top and b.rect.y <= bottom]
        decorate = not scene.export_mode
        faded = scene.faded_cards()
        if scale < FULL_DETAIL:
            for box in boxes:
                self._paint_simple(painter, box, box.card_id in faded)
        else:
            models = scene.card_models
            cached = decorate and self.use_cache
            for box in boxes:
                card = models.get(box.card_id)
                if card is None:
                    continue
                if cached:
                    self._paint_cached(painter, box, card, scale, box.card_id in faded)
                else:
                    paint_card(painter, box, card, box.card_id in faded)
        self._paint_selection(painter, exposed, scale)

    def _paint_selection(self, painter: QPainter, exposed: QRectF, scale: float) -> None:
        scene = self._scene
        if scene.export_mode:
            return
        cards = scene.layout.cards
        painter.setOpacity(1.0)
        painter.setBrush(NO_BRUSH)
        grow = 1.0 if scale >= BOX_DETAIL else 1.0 / max(scale, 0.01)
        painter.setPen(pen(SELECTION, 2.0 * grow))
        for card_id in scene.selected:
            box = cards.get(card_id)
            if box is None:
                continue
            r = box.rect
            rect = QRectF(r.x - 1.5 * grow, r.y - 1.5 * grow, r.w + 3 * grow, r.h + 3 * grow)
            if rect.intersects(exposed):
                painter.drawRoundedRect(rect, R + 1.5, R + 1.5)
        hover = scene.hover_card
        if hover and hover not in scene.selected_set and hover in cards:
            r = cards[hover].rect
            painter.setPen(pen(SELECTION, 1.0 * grow, 120))
            painter.drawRoundedRect(QRectF(r.x - 1, r.y - 1, r.w + 2, r.h + 2), R + 1, R + 1)

    # -- on-screen pixmap cache --------------------------------------------------------
    def _paint_cached(
        self, painter: QPainter, box: CardBox, card: Card, scale: float, dim: bool
    ) -> None:
        """Draw a card from a pixmap rendered at the current zoom (screen only: an export
        sets ``export_mode`` and gets vector output)."""
        r = box.rect
        device_scale = scale * painter.device().devicePixelRatioF()
        key = (
            r.w,
            r.h,
            box.title_lines,
            box.body_lines,
            box.fill,
            box.accent,
            box.has_footer,
            box.has_image,
            card.channel,
            card.owner,
            card.evidence,
            card.votes,
            device_scale,
        )
        cache = self._cache
        hit = cache.get(box.card_id)
        if hit is not None and hit[0] == key:
            cache.move_to_end(box.card_id)
            pixmap = hit[1]
        else:
            pixmap = self._render(box, card, scale, device_scale)
            if hit is not None:
                self._cache_bytes -= _bytes(hit[1])
            cache[box.card_id] = (key, pixmap)
            self._cache_bytes += _bytes(pixmap)
            while self._cache_bytes > CACHE_BYTES and len(cache) > 1:
                _, (_, old) = cache.popitem(last=False)
                self._cache_bytes -= _bytes(old)
        # draw 1:1 in device pixels: a pixmap scaled by even 0.5 % without smoothing
        # drops a row of pixels and cuts a line of text in half
        dpr = painter.device().devicePixelRatioF()
        world = painter.worldTransform()
        origin = world.map(QPointF(r.x - MARGIN, r.y - MARGIN))
        painter.setOpacity(0.25 if dim else 1.0)
        painter.resetTransform()
        # floor(x + ½), not round(): Python rounds halves to even, which would put a
        # card one pixel off after scrolling by an odd number of pixels
        px = math.floor(origin.x() * dpr + 0.5) / dpr
        py = math.floor(origin.y() * dpr + 0.5) / dpr
        painter.drawPixmap(QPointF(px, py), pixmap)
        painter.setWorldTransform(world)
        painter.setOpacity(1.0)

    def _render(self, box: CardBox, card: Card, scale: float, device_scale: float) -> QPixmap:
        r = box.rect
        w = math.ceil((r.w + 2 * MARGIN) * device_scale)
        h = math.ceil((r.h + 2 * MARGIN + 2) * device_scale)
        pixmap = QPixmap(max(1, w), max(1, h))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.scale(device_scale, device_scale)
        p.translate(-(r.x - MARGIN), -(r.y - MARGIN))
        paint_card(p, box, card)
        p.end()
        pixmap.setDevicePixelRatio(device_scale / scale)
        return pixmap

    def clear_cache(self) -> None:
        self._cache.clear()
        self._cache_bytes = 0

    # -- levels of detail ------------------------------------------------------------
    def _paint_all_boxes(self, painter: QPainter, faded: set[str]) -> None:
        lay = self._scene.layout
        key = (id(lay), id(faded))
        if self._groups_key != key:
            groups: dict[tuple[str, bool], list[QRectF]] = {}
            for box in lay.cards.values():
                r = box.rect
                groups.setdefault((box.fill, box.card_id in faded), []).append(
                    QRectF(r.x, r.y, r.w, r.h)
                )
            self._groups = groups
            self._groups_key = key
            self._groups_layout = lay  # keep it alive so its id stays unique
        painter.setPen(NO_PEN)
        for (fill, dim), rects in self._groups.items():
            painter.setOpacity(0.25 if dim else 1.0)
            painter.setBrush(brush(style.mix(fill, style.INK, 0.10)))
            painter.drawRects(rects)
        painter.setOpacity(1.0)

    def _paint_simple(self, painter: QPainter, box: CardBox, dim: bool) -> None:
        r = box.rect
        painter.setOpacity(0.25 if dim else 1.0)
        rect = QRectF(r.x, r.y, r.w, r.h)
        painter.setPen(pen(style.mix(box.fill, style.INK, 0.18)))
        painter.setBrush(brush(box.fill))
        painter.drawRoundedRect(rect, R, R)
        painter.setPen(NO_PEN)
        painter.setBrush(brush(box.accent))
        painter.drawRoundedRect(QRectF(r.x + 3, r.y + 6, 3, r.h - 12), 1.5, 1.5)
        painter.setBrush(brush(style.INK, 70))
        y = r.y + style.CARD_PAD + 4
        for line in box.title_lines:
            w = min(r.w - 2 * style.CARD_PAD, len(line) * 6.6)
            painter.drawRoundedRect(QRectF(r.x + style.CARD_PAD, y, w, 8), 3, 3)
            y += style.CARD_TITLE.line_height
        if box.body_lines:
            painter.setBrush(brush(style.INK, 28))
            y += 4
            for line in box.body_lines:
                w = min(r.w - 2 * style.CARD_PAD, len(line) * 5.4)
                painter.drawRoundedRect(QRectF(r.x + style.CARD_PAD, y + 3, w, 6), 2.5, 2.5)
                y += style.CARD_BODY.line_height
        painter.setOpacity(1.0)


def paint_card(painter: QPainter, box: CardBox, card: Card, dim: bool = False) -> None:
    """A sticky note at full detail: shadow, note, accent tab, text, footer."""
    r = box.rect
    x, y, w, h = r.x, r.y, r.w, r.h
    painter.setOpacity(0.25 if dim else 1.0)
    # soft shadow: two translucent layers below the note
    painter.setPen(NO_PEN)
    painter.setBrush(brush(SHADOW, 10))
    painter.drawRoundedRect(QRectF(x - 0.5, y + 0.5, w + 1, h + 3), R + 1, R + 1)
    painter.setBrush(brush(SHADOW, 16))
    painter.drawRoundedRect(QRectF(x, y + 1, w, h + 1), R, R)
    # the note
    painter.setPen(pen(style.mix(box.fill, style.INK, 0.14)))
    painter.setBrush(brush(box.fill))
    painter.drawRoundedRect(QRectF(x, y, w, h), R, R)
    painter.setPen(NO_PEN)
    painter.setBrush(brush(box.accent))
    painter.drawRoundedRect(QRectF(x + 3, y + 7, 3, h - 14), 1.5, 1.5)

    pad = style.CARD_PAD
    tx = x + pad + 1
    ty = y + pad
    title_role = style.CARD_TITLE
    painter.setFont(fonts.painter_font(painter, title_role))
    painter.setPen(pen(style.INK))
    base = fonts.baseline(title_role)
    for line in box.title_lines:
        painter.drawText(QPointF(tx, ty + base), line)
        ty += title_role.line_height
    if box.body_lines:
        body_role = style.CARD_BODY
        ty += 4
        painter.setFont(fonts.painter_font(painter, body_role))
        painter.setPen(pen(style.INK_SOFT))
        base = fonts.baseline(body_role)
        for line in box.body_lines:
            painter.drawText(QPointF(tx, ty + base), line)
            ty += body_role.line_height
    if box.has_image:
        ty += 6
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.INK, 14))
        painter.drawRoundedRect(QRectF(tx, ty, w - 2 * pad - 1, style.CARD_IMAGE_H), 4, 4)
        draw_icon(
            painter,
            "images",
            x + w / 2 - 12,
            ty + style.CARD_IMAGE_H / 2 - 12,
            24,
            style.INK_FAINT,
        )
        ty += style.CARD_IMAGE_H
    if box.has_footer:
        paint_footer(painter, box, card, tx, y + h - pad - style.CARD_FOOTER_H, w - 2 * pad - 1)
    painter.setOpacity(1.0)


EVIDENCE_LETTER = {Evidence.OBSERVED: "O", Evidence.ASSUMED: "A", Evidence.PROPOSED: "P"}


def paint_footer(
    painter: QPainter, box: CardBox, card: Card, x: float, y: float, width: float
) -> None:
    meta = style.CARD_META
    cy = y + style.CARD_FOOTER_H / 2
    right = x + width
    # vote dots on the right
    if card.votes:
        shown = min(card.votes, 5)
        extra = card.votes - shown
        if extra:
            label = f"+{extra}"
            painter.setFont(fonts.painter_font(painter, meta))
            painter.setPen(pen(VOTE))
            lw = text_width(label, meta)
            painter.drawText(QPointF(right - lw, cy + 3.5), label)
            right -= lw + 3
        painter.setPen(NO_PEN)
        painter.setBrush(brush(VOTE))
        for _ in range(shown):
            painter.drawEllipse(QPointF(right - 3, cy), 3, 3)
            right -= 8
        right -= 4
    cx = x
    if card.evidence is not None:
        label, fill, outline = style.EVIDENCE_STYLE[card.evidence]
        dash = (2.0, 1.6) if card.evidence == Evidence.PROPOSED else ()
        painter.setPen(pen(outline, 1.4, 255, dash))
        painter.setBrush(brush(fill))
        painter.drawEllipse(QPointF(cx + 4, cy), 3.8, 3.8)
        if card.evidence != Evidence.OBSERVED:
            painter.setPen(NO_PEN)
            painter.setBrush(brush(outline))
            painter.drawEllipse(QPointF(cx + 4, cy), 1.3, 1.3)
        cx += 13
    if card.channel:
        known = card.channel in CHANNELS
        draw_icon(painter, card.channel if known else "other", cx, cy - 6.5, 13, style.INK_SOFT)
        cx += 17
        if not card.owner:
            text = fitted(channel_label(card.channel), meta, max(0.0, right - cx))
            if text:
                painter.setFont(fonts.painter_font(painter, meta))
                painter.setPen(pen(style.INK_SOFT))
                painter.drawText(QPointF(cx, cy + 3.5), text)
    if card.owner:
        room = right - cx - 10
        if room > 20:
            text = fitted(card.owner, meta, room)
            chip_w = text_width(text, meta) + 10
            painter.setPen(NO_PEN)
            painter.setBrush(brush(style.INK, 20))
            painter.drawRoundedRect(QRectF(cx, cy - 7.5, chip_w, 15), 7.5, 7.5)
            painter.setFont(fonts.painter_font(painter, meta))
            painter.setPen(pen(style.INK_SOFT))
            painter.drawText(QPointF(cx + 5, cy + 3.5), text)
