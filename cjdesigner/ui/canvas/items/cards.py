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

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPaintEngine, QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjdesigner.layout import CardBox, CardParts, MapLayout, Rect, card_parts, style
from cjdesigner.layout.card_parts import tab_rect
from cjdesigner.model import Card, Evidence
from cjdesigner.ui.i18n import signed

from .. import fonts
from ..painting import (
    NO_BRUSH,
    NO_PEN,
    SELECTION,
    brush,
    draw_icon,
    pen,
)
from .layer import LayerItem

if TYPE_CHECKING:
    from ..scene import CanvasScene

FULL_DETAIL = 0.5
BOX_DETAIL = 0.22
SHADOW = "#101828"
R = style.CARD_RADIUS
MARGIN = 3.0  # room around a cached card for its shadow and antialiasing
#: "Compare with…": outline colours and signs of changed cards, and of emotion changes
COMPARE_COLOURS = {
    "added": "#2E8B57",
    "changed": "#D08A1C",
    "moved": "#3A7BD5",
    "better": "#2E8B57",
    "worse": "#C0392B",
}
COMPARE_SIGNS = {"added": "+", "changed": "~", "moved": "›"}
CACHE_BYTES = 96 * 1024 * 1024
#: how many note pictures (size × colours × zoom) are kept
NOTE_PICTURES = 256
#: how many waiting cards' pixmaps are made in one go when the application is idle
FILL_BATCH = 8
#: how many card pixmaps one frame makes (each costs a quarter of a millisecond: the
#: text is laid on for the first time); more cards are sketched and drawn in full when
#: the application is idle
FRESH_PER_FRAME = 16
#: the most a card can measure from top to bottom (every part at its line limit)
TALLEST_CARD = (2 * style.CARD_PAD + style.CARD_TITLE_LINES * style.CARD_TITLE.line_height
                + style.CARD_BODY_GAP + style.CARD_BODY_LINES * style.CARD_BODY.line_height
                + style.CARD_IMAGE_GAP + style.CARD_IMAGE_H
                + style.CARD_FOOTER_GAP + style.CARD_FOOTER_H)


#: engines that fill pixels; anything else (PDF, SVG, printer, picture) gets vectors
_PIXEL_ENGINES = frozenset(
    {
        QPaintEngine.Type.Raster,
        QPaintEngine.Type.OpenGL2,
        QPaintEngine.Type.X11,
        QPaintEngine.Type.Windows,
        QPaintEngine.Type.CoreGraphics,
    }
)


def paints_pixels(painter: QPainter) -> bool:
    """True when the painter fills pixels (screen, image): bitmap caches are safe there.

    A PDF, SVG, printer or picture device gets vector drawing even when the scene is not
    in export mode, so no card bitmap ever ends up in a document.
    """
    engine = painter.paintEngine()
    return engine is not None and engine.type() in _PIXEL_ENGINES


def _picture_key(box: CardBox, card: Card, device_scale: float) -> tuple:
    """What a card's pixmap shows: when any of it changes, the pixmap is made again."""
    r = box.rect
    return (r.w, r.h, box.title_lines, box.body_lines, box.fill, box.accent,
            box.has_footer, box.has_image, card.channel, card.owner, card.evidence,
            card.votes, device_scale)


def _picture_size(box: CardBox, device_scale: float) -> tuple[int, int]:
    """A card's pixmap in device pixels: the card, its shadow and antialiasing."""
    r = box.rect
    return (max(1, math.ceil((r.w + 2 * MARGIN) * device_scale)),
            max(1, math.ceil((r.h + 2 * MARGIN + 2) * device_scale)))


def _sketch_lines(painter: QPainter, box: CardBox) -> None:
    """Grey bars where a card's title and body lines go (the painter's origin is the
    card's corner): flat rectangles, one call."""
    bars = []
    x, inner = style.CARD_PAD, box.rect.w - 2 * style.CARD_PAD
    y = style.CARD_PAD + 4
    for line in box.title_lines:
        bars.append(QRectF(x, y, min(inner, len(line) * 6.6), 8))
        y += style.CARD_TITLE.line_height
    y += 4
    for line in box.body_lines:
        bars.append(QRectF(x, y + 3, min(inner, len(line) * 5.4), 6))
        y += style.CARD_BODY.line_height
    painter.setPen(NO_PEN)
    painter.setBrush(brush(style.INK, 40))
    painter.drawRects(bars)


def _bytes(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4


def visible_cells(scene: CanvasScene, rect: QRectF) -> list[tuple[str, str]]:
    """(lane_id, step_id) of the cells that intersect ``rect``, via binary search."""
    lay = scene.layout
    xs = scene.hits.column_edges
    ys = scene.hits.row_edges
    if not xs or not ys:
        return []
    c0 = max(0, bisect_right(xs, rect.left()) - 1)
    c1 = min(len(lay.steps), bisect_left(xs, rect.right()))
    r0 = max(0, bisect_right(ys, rect.top()) - 1)
    r1 = min(len(lay.lanes), bisect_left(ys, rect.bottom()))
    steps = lay.steps
    lanes = lay.lanes
    order = scene.hits.column_order  # columns left to right as drawn
    return [(lanes[r].lane_id, steps[order[c]].step_id) for r in range(r0, r1)
            for c in range(c0, c1)]


class CardLayer(LayerItem):
    """Paints the cards of the exposed area; holds no per-card state."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, 10)
        self._cache: OrderedDict[str, tuple[tuple, QPixmap]] = OrderedDict()
        self._cache_bytes = 0
        #: the notes themselves (shadow, paper, tab) by size, colours and scale: a map has
        #: few of them, so a card seen for the first time only has its text drawn
        self._notes: OrderedDict[tuple, QPixmap] = OrderedDict()
        #: cards drawn straight onto the screen whose pixmaps are still to be made
        self._pending: dict[str, tuple[float, float]] = {}
        #: how many more cards the frame being painted may draw for the first time
        self._fresh = FRESH_PER_FRAME
        self._filling = False
        self.use_cache = True
        self._groups: dict[tuple[str, bool], list[QRectF]] = {}
        self._groups_key: tuple[int, int] | None = None
        self._groups_layout: MapLayout | None = None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        exposed = self.exposed(option, painter)
        scale = painter.worldTransform().m11()
        if scale < BOX_DETAIL:
            # far out most cards are visible: draw the whole map's boxes, grouped by
            # colour once per layout, and let the painter clip
            self._paint_all_boxes(painter, scene.faded_cards())
            self._paint_comparison(painter, exposed, scale)
            self._paint_selection(painter, exposed, scale)
            return
        if not scene.export_mode:
            # cards under the frozen headers (opaque) are not seen: not drawn either
            inner, below = scene.frozen_right(), scene.frozen_bottom()
            left, right = exposed.left(), exposed.right()
            if lay.rtl:  # the lane column is at the right edge
                right = min(right, inner)
            else:
                left = max(left, inner)
            exposed = QRectF(QPointF(left, max(exposed.top(), below)),
                             QPointF(right, exposed.bottom()))
            if exposed.width() <= 0 or exposed.height() <= 0:
                return
        boxes: list[CardBox] = []
        cards = lay.cards
        cells = lay.cells
        # a card's shadow and outline reach a few units past its box
        top, bottom = exposed.top() - 2 * MARGIN, exposed.bottom() + 2 * MARGIN
        for key in visible_cells(scene, exposed):
            ids = cells.get(key)
            if ids:
                # a cell's cards go top to bottom: find the visible run by bisection (a
                # cell of a 50,000-card map holds hundreds), from the tallest a card
                # can be above the area
                first = bisect_left(ids, top - TALLEST_CARD, key=lambda i: cards[i].rect.y)
                last = bisect_right(ids, bottom, lo=first, key=lambda i: cards[i].rect.y)
                boxes.extend(b for i in ids[first:last] if (b := cards[i]).rect.bottom >= top)
        if not boxes:
            return
        decorate = not scene.export_mode
        faded = scene.faded_cards()
        if scale < FULL_DETAIL:
            for box in boxes:
                self._paint_simple(painter, box, box.card_id in faded)
        else:
            models = scene.card_models
            cached = decorate and self.use_cache and paints_pixels(painter)
            self._fresh = FRESH_PER_FRAME
            for box in boxes:
                card = models.get(box.card_id)
                if card is None:
                    continue
                if cached:
                    self._paint_cached(painter, box, card, scale, box.card_id in faded)
                else:
                    paint_card(painter, box, card, box.card_id in faded)
        self._paint_comparison(painter, exposed, scale)
        self._paint_selection(painter, exposed, scale)

    def _paint_comparison(self, painter: QPainter, exposed: QRectF, scale: float) -> None:
        """"Compare with…": a coloured outline and sign on each added (+), changed (~) and
        moved (>) card; each step's emotion change in a pill at the top of its column."""
        scene = self._scene
        comparison = scene.comparison
        if comparison is None or scene.export_mode:
            return
        lay = scene.layout
        grow = 1.0 if scale >= BOX_DETAIL else 1.0 / max(scale, 0.01)
        painter.setOpacity(1.0)
        painter.setFont(fonts.painter_font(painter, style.CARD_META))
        for card_id, action in comparison.card_marks.items():
            box = lay.cards.get(card_id)
            if box is None:
                continue
            r = box.rect
            rect = QRectF(r.x - 3 * grow, r.y - 3 * grow, r.w + 6 * grow, r.h + 6 * grow)
            if not rect.intersects(exposed):
                continue
            ink = COMPARE_COLOURS[action]
            painter.setBrush(NO_BRUSH)
            painter.setPen(pen(ink, 2.5 * grow))
            painter.drawRoundedRect(rect, R + 3, R + 3)
            if scale >= BOX_DETAIL:
                badge = QRectF(r.right - 12, r.y - 8, 20, 16)
                painter.setPen(NO_PEN)
                painter.setBrush(brush(ink))
                painter.drawRoundedRect(badge, 8, 8)
                painter.setPen(pen(style.PAPER))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, COMPARE_SIGNS[action])
        # emotion changes at the foot of the curve band (else at the top of the grid)
        feelings = next((la for la in lay.lanes if la.lane_id == lay.feelings_lane_id), None)
        pill_y = lay.grid.y + 3
        if feelings is not None and lay.curves:
            pill_y = feelings.content_top - 21
        for step in lay.steps:
            delta = comparison.step_deltas.get(step.step_id)
            if delta is None:
                continue
            text = f"Δ {signed(delta, 1)}"
            pill = QRectF(step.column.right - 62, pill_y, 56, 17)
            if not pill.intersects(exposed):
                continue
            painter.setPen(NO_PEN)
            painter.setBrush(brush(COMPARE_COLOURS["better" if delta > 0 else "worse"]))
            painter.drawRoundedRect(pill, 8.5, 8.5)
            painter.setPen(pen(style.PAPER))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

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
        sets ``export_mode`` and gets vector output). A frame makes at most
        :data:`FRESH_PER_FRAME` new pixmaps; further cards it has none of are sketched
        (their note and grey lines where the text goes) and drawn in full as soon as the
        application is idle, so a region seen for the first time stays within a frame's
        time however many cards it shows."""
        r = box.rect
        dpr = painter.device().devicePixelRatioF()
        device_scale = scale * dpr
        key = _picture_key(box, card, device_scale)
        cache = self._cache
        hit = cache.get(box.card_id)
        pixmap = None
        if hit is not None and hit[0] == key:
            cache.move_to_end(box.card_id)
            pixmap = hit[1]
        elif self._fresh > 0:
            self._fresh -= 1
            self._pending.pop(box.card_id, None)
            pixmap = self._store(box.card_id, key, self._render(box, card, scale, device_scale))
        else:
            self._later(box.card_id, scale, device_scale)
        # draw 1:1 in device pixels: a pixmap scaled by even 0.5 % without smoothing
        # drops a row of pixels and cuts a line of text in half
        world = painter.worldTransform()
        origin = world.map(QPointF(r.x - MARGIN, r.y - MARGIN))
        painter.setOpacity(0.25 if dim else 1.0)
        painter.resetTransform()
        # floor(x + ½), not round(): Python rounds halves to even, which would put a
        # card one pixel off after scrolling by an odd number of pixels
        px = math.floor(origin.x() * dpr + 0.5) / dpr
        py = math.floor(origin.y() * dpr + 0.5) / dpr
        if pixmap is not None:
            painter.drawPixmap(QPointF(px, py), pixmap)
        else:
            w, h = _picture_size(box, device_scale)
            note = self._note(box, w, h, device_scale)
            painter.drawPixmap(QRectF(px, py, w / dpr, h / dpr), note, QRectF(0, 0, w, h))
            painter.translate(px, py)
            painter.scale(scale, scale)
            painter.translate(MARGIN, MARGIN)
            _sketch_lines(painter, box)
        painter.setWorldTransform(world)
        painter.setOpacity(1.0)

    def _store(self, card_id: str, key: tuple, pixmap: QPixmap) -> QPixmap:
        cache = self._cache
        old = cache.get(card_id)
        if old is not None:
            self._cache_bytes -= _bytes(old[1])
        cache[card_id] = (key, pixmap)
        cache.move_to_end(card_id)
        self._cache_bytes += _bytes(pixmap)
        while self._cache_bytes > CACHE_BYTES and len(cache) > 1:
            _, (_, dropped) = cache.popitem(last=False)
            self._cache_bytes -= _bytes(dropped)
        return pixmap

    def _later(self, card_id: str, scale: float, device_scale: float) -> None:
        """Make the card's pixmap after this frame, when the application is idle, and
        show it (the frame has only sketched it)."""
        self._pending[card_id] = (scale, device_scale)
        if not self._filling:
            self._filling = True
            QTimer.singleShot(0, self._scene, self._fill_pending)

    def _fill_pending(self) -> None:
        """Render a few waiting cards' pixmaps (a few at a time, so input is not held
        up), still as they look now; come back for the rest."""
        self._filling = False
        scene = self._scene
        cards, models = scene.layout.cards, scene.card_models
        pending = self._pending
        for _ in range(min(FILL_BATCH, len(pending))):
            card_id, (scale, device_scale) = pending.popitem()
            box, card = cards.get(card_id), models.get(card_id)
            if box is None or card is None:
                continue
            key = _picture_key(box, card, device_scale)
            hit = self._cache.get(card_id)
            if hit is None or hit[0] != key:
                self._store(card_id, key, self._render(box, card, scale, device_scale))
            r = box.rect
            self.update(QRectF(r.x - MARGIN, r.y - MARGIN, r.w + 2 * MARGIN,
                               r.h + 2 * MARGIN + 2))
        if pending:
            self._filling = True
            QTimer.singleShot(0, scene, self._fill_pending)

    def _render(self, box: CardBox, card: Card, scale: float, device_scale: float) -> QPixmap:
        r = box.rect
        w, h = _picture_size(box, device_scale)
        pixmap = QPixmap(w, h)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.drawPixmap(0, 0, self._note(box, w, h, device_scale))
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.scale(device_scale, device_scale)
        p.translate(-(r.x - MARGIN), -(r.y - MARGIN))
        p.translate(r.x, r.y)
        paint_parts(p, card_parts(box, card), box.accent, tab=False)
        p.end()
        pixmap.setDevicePixelRatio(device_scale / scale)
        return pixmap

    def _note(self, box: CardBox, w: int, h: int, device_scale: float) -> QPixmap:
        """The note without its contents, as :func:`paint_card` draws it, in a pixmap of
        the card's (``w`` × ``h`` device pixels), shared by every card that looks so."""
        r = box.rect
        key = (w, h, r.w, r.h, box.fill, box.accent, device_scale)
        notes = self._notes
        pixmap = notes.get(key)
        if pixmap is not None:
            notes.move_to_end(key)
            return pixmap
        pixmap = QPixmap(max(1, w), max(1, h))
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.scale(device_scale, device_scale)
        p.translate(MARGIN, MARGIN)
        paint_note(p, Rect(0.0, 0.0, r.w, r.h), box.fill, box.accent)
        p.end()
        notes[key] = pixmap
        while len(notes) > NOTE_PICTURES:
            notes.popitem(last=False)
        return pixmap

    def clear_cache(self) -> None:
        """Forget every card's picture (the notes' shared pictures stay: they depend on
        sizes and colours only, like Qt's own glyph cache)."""
        self._cache.clear()
        self._cache_bytes = 0
        self._pending.clear()

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
    """A sticky note at full detail: shadow, note and accent tab, then the parts the
    layout placed inside it (``layout.card_parts``): text, image box, footer."""
    r = box.rect
    painter.setOpacity(0.25 if dim else 1.0)
    paint_note(painter, r, box.fill, box.accent)
    painter.translate(r.x, r.y)
    paint_parts(painter, card_parts(box, card), box.accent, tab=False)
    painter.translate(-r.x, -r.y)
    painter.setOpacity(1.0)


def paint_note(painter: QPainter, r: Rect, fill: str, accent: str) -> None:
    """The note under a card's contents: a soft shadow (two translucent layers), the
    paper, and the accent tab."""
    x, y, w, h = r.x, r.y, r.w, r.h
    painter.setPen(NO_PEN)
    painter.setBrush(brush(SHADOW, 10))
    painter.drawRoundedRect(QRectF(x - 0.5, y + 0.5, w + 1, h + 3), R + 1, R + 1)
    painter.setBrush(brush(SHADOW, 16))
    painter.drawRoundedRect(QRectF(x, y + 1, w, h + 1), R, R)
    painter.setPen(pen(style.mix(fill, style.INK, 0.14)))
    painter.setBrush(brush(fill))
    painter.drawRoundedRect(QRectF(x, y, w, h), R, R)
    tab = tab_rect(h)
    painter.setPen(NO_PEN)
    painter.setBrush(brush(accent))
    painter.drawRoundedRect(QRectF(x + tab.x, y + tab.y, tab.w, tab.h), tab.w / 2, tab.w / 2)


def paint_parts(painter: QPainter, parts: CardParts, accent: str, tab: bool = True) -> None:
    """Draw a card's parts; the painter's origin is the card's top-left corner
    (``tab``: the accent tab too, which :func:`paint_note` draws with the note)."""
    if tab:
        t = parts.tab
        painter.setPen(NO_PEN)
        painter.setBrush(brush(accent))
        painter.drawRoundedRect(QRectF(t.x, t.y, t.w, t.h), t.w / 2, t.w / 2)
    role = ink = None
    for line in parts.lines:
        if line.role is not role:
            role = line.role
            painter.setFont(fonts.painter_font(painter, role))
        if line.colour != ink:
            ink = line.colour
            painter.setPen(pen(ink))
        fonts.draw_text(painter, QPointF(line.x, line.baseline), line.text, line.role)
    if parts.image is not None:
        im = parts.image
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.INK, 14))
        rad = style.CARD_IMAGE_RADIUS
        painter.drawRoundedRect(QRectF(im.x, im.y, im.w, im.h), rad, rad)
        icon = parts.image_icon
        if icon is not None:
            draw_icon(painter, icon.name, icon.x, icon.y, icon.size, style.INK_FAINT)
    meta_font = None
    label = parts.vote_label
    if label is not None:
        meta_font = fonts.painter_font(painter, label.role)
        painter.setFont(meta_font)
        painter.setPen(pen(label.colour))
        fonts.draw_text(painter, QPointF(label.x, label.baseline), label.text, label.role)
    if parts.vote_dots:
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.VOTE))
        vr = parts.vote_r
        for cx, cy in parts.vote_dots:
            painter.drawEllipse(QPointF(cx, cy), vr, vr)
    ev = parts.evidence
    if ev is not None:
        _, fill, outline = style.EVIDENCE_STYLE[ev.kind]
        dash = style.EVIDENCE_DASH if ev.kind == Evidence.PROPOSED else ()
        painter.setPen(pen(outline, style.EVIDENCE_LINE_W, 255, dash))
        painter.setBrush(brush(fill))
        centre = QPointF(ev.cx, ev.cy)
        painter.drawEllipse(centre, ev.r, ev.r)
        if ev.kind != Evidence.OBSERVED:
            painter.setPen(NO_PEN)
            painter.setBrush(brush(outline))
            painter.drawEllipse(centre, style.EVIDENCE_DOT_R, style.EVIDENCE_DOT_R)
    icon = parts.channel_icon
    if icon is not None:
        draw_icon(painter, icon.name, icon.x, icon.y, icon.size, style.INK_SOFT)
    label = parts.channel_label
    if label is not None:
        painter.setFont(meta_font or fonts.painter_font(painter, label.role))
        painter.setPen(pen(label.colour))
        fonts.draw_text(painter, QPointF(label.x, label.baseline), label.text, label.role)
    chip = parts.owner
    if chip is not None:
        c = chip.rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush(chip.ink, chip.alpha))
        painter.drawRoundedRect(QRectF(c.x, c.y, c.w, c.h), chip.radius, chip.radius)
        label = chip.text
        painter.setFont(meta_font or fonts.painter_font(painter, label.role))
        painter.setPen(pen(label.colour))
        fonts.draw_text(painter, QPointF(label.x, label.baseline), label.text, label.role)
