"""The grid under the cards: stage-tinted columns, lane rows, the emotion band's level
lines, the service-blueprint lines and the current cell."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjdesigner.layout import MetricBox, style
from cjdesigner.layout.metrics import NOTE, TRACK_H, VALUE

from .. import fonts
from ..painting import NO_BRUSH, NO_PEN, SELECTION, brush, pen
from .layer import LayerItem

if TYPE_CHECKING:
    from ..scene import CanvasScene


class GridItem(LayerItem):
    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, 0)

    def set_rect(self, rect: QRectF) -> None:
        super().set_rect(rect)
        self.update()  # the stages' tints change without the rectangle changing

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        ex = self.exposed(option, painter)
        grid = lay.grid
        left = max(ex.left(), grid.x)
        right = min(ex.right(), grid.right)
        top = max(ex.top(), grid.y)
        bottom = min(ex.bottom(), grid.bottom)
        if left >= right or top >= bottom:
            return
        # flat, axis-aligned fills need no antialiasing (much cheaper, and crisp)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(NO_PEN)
        # each stage's columns carry a whisper of its colour (the stages cover the grid)
        for stage in lay.stages:
            r = stage.rect
            if r.right < left or r.x > right:
                continue
            x0, x1 = max(r.x, left), min(r.right, right)
            painter.setBrush(brush(style.mix(stage.colour, style.PAPER, 0.93)))
            painter.drawRect(QRectF(x0, top, x1 - x0, bottom - top))
        scale = painter.worldTransform().m11()
        hair = 1.0 / max(scale, 0.05) if scale < 1 else 1.0
        # column lines: one device pixel, crisp at every zoom
        painter.setPen(pen(style.GRID_LINE, 1.0, cosmetic=True))
        for step in lay.steps:  # each column's far edge
            x = step.column.x if lay.rtl else step.column.right
            if left <= x <= right:
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        # lane lines and the feelings band
        for lane in lay.lanes:
            y = lane.row.bottom
            if top <= y <= bottom:
                painter.setPen(pen(style.GRID_LINE, 1.0, cosmetic=True))
                painter.drawLine(QPointF(left, y), QPointF(right, y))
            if lane.lane_id == lay.feelings_lane_id and lay.curves:
                period = 6.0 / max(scale, 1e-3)
                for tick in lay.scale_ticks:
                    if top <= tick.y <= bottom:
                        _dashed(
                            painter,
                            scene.export_mode,
                            left,
                            right,
                            tick.y,
                            grid.x,
                            (2.0 / max(scale, 1e-3), 4.0 / max(scale, 1e-3)),
                            1.0 / max(scale, 1e-3),
                            style.INK_FAINT,
                            110,
                            period,
                        )
                sep = lane.content_top
                if lane.row.bottom - sep > 4 and top <= sep <= bottom:
                    painter.setPen(pen(style.GRID_LINE, 1.0, cosmetic=True))
                    painter.drawLine(QPointF(left, sep), QPointF(right, sep))
        # service-blueprint lines (antialiased: they are the map's content)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if lay.metrics:
            draw_metrics(painter, lay.metrics, QRectF(left, top, right - left, bottom - top))
        width = max(1.6, 1.6 * hair)
        dash_on, dash_off = (d * max(1.0, hair) for d in style.BLUEPRINT_DASH)
        dash = (dash_on, dash_off)
        for line in lay.blueprint_lines:
            if top - width <= line.y <= bottom + width:
                _dashed(
                    painter,
                    scene.export_mode,
                    left,
                    right,
                    line.y,
                    grid.x,
                    dash,
                    width,
                    style.BLUEPRINT_LINE_COLOUR,
                    255,
                    sum(dash),
                )
        # a “+” in the empty cell under the pointer: double-click adds a card there
        hover = scene.hover_cell
        if (
            hover is not None
            and not scene.export_mode
            and scale >= 0.35
            and not lay.cells.get(hover)
        ):
            rect = scene.cell_rect(*hover)
            hover_lane = next((la for la in lay.lanes if la.lane_id == hover[0]), None)
            if rect is not None and hover_lane is not None:
                cx = rect.center().x()
                cy = hover_lane.content_top + max(22.0, (rect.bottom() - hover_lane.content_top) / 2)
                painter.setPen(pen(style.INK_FAINT, 1.6))
                painter.drawLine(QPointF(cx - 7, cy), QPointF(cx + 7, cy))
                painter.drawLine(QPointF(cx, cy - 7), QPointF(cx, cy + 7))
        # the current cell
        cell = scene.current_cell
        if cell is not None and not scene.export_mode:
            rect = scene.cell_rect(*cell)
            if rect is not None:
                painter.setPen(pen(SELECTION, 1.5 * hair, 160))
                painter.setBrush(brush(SELECTION, 12))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def draw_metrics(painter: QPainter, boxes: list[MetricBox], exposed: QRectF) -> None:
    """Each step's metrics: the score and the answers, over a track of the metric's
    range with the 95 % interval as a bar and the score as a dot; a step with too few
    answers is drawn faint."""
    for box in boxes:
        r = box.rect
        if r.right < exposed.left() or r.x > exposed.right() or r.bottom < exposed.top() \
                or r.y > exposed.bottom():
            continue
        ink = style.INK_SOFT if box.too_few else style.INK
        painter.setFont(fonts.painter_font(painter, VALUE))
        painter.setPen(pen(ink))
        painter.drawText(QPointF(r.x, r.y + fonts.baseline(VALUE)), box.label)
        painter.setFont(fonts.painter_font(painter, NOTE))
        painter.setPen(pen(style.INK_SOFT))
        painter.drawText(QRectF(r.x, r.y, r.w, VALUE.line_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, box.note)
        t = box.track
        mid = t.y + t.h / 2
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.GRID_LINE))
        painter.drawRoundedRect(QRectF(t.x, t.y, t.w, t.h), t.h / 2, t.h / 2)
        if box.low_x is not None and box.high_x is not None:
            painter.setBrush(brush(style.METRIC_INTERVAL, 110 if box.too_few else 200))
            painter.drawRoundedRect(
                QRectF(box.low_x, t.y, max(box.high_x - box.low_x, TRACK_H), t.h), t.h / 2, t.h / 2
            )
        painter.setPen(pen(style.PAPER, 1.5))
        painter.setBrush(brush(ink) if not box.too_few else NO_BRUSH)
        if box.too_few:
            painter.setPen(pen(ink, 1.5))
        painter.drawEllipse(QPointF(box.score_x, mid), 4.2, 4.2)


def _aligned(x: float, origin: float, period: float) -> float:
    """The last multiple of ``period`` from ``origin`` at or before ``x``."""
    return origin + math.floor((x - origin) / period) * period


def _dashed(
    painter: QPainter,
    vector: bool,
    left: float,
    right: float,
    y: float,
    origin: float,
    dash: tuple[float, float],
    width: float,
    colour: str,
    alpha: int,
    period: float,
) -> None:
    """A horizontal dashed line whose dashes sit on a fixed grid from ``origin``.

    On screen it is one fill with a small repeating texture, in device pixels, so a
    partial repaint (scrolling, a moved card) draws exactly the pixels a full repaint
    draws; in exports (``vector``) it is a dashed vector line.
    """
    x0 = _aligned(left, origin, period)
    if vector:
        painter.setPen(pen(colour, width, alpha, dash))
        painter.drawLine(QPointF(x0, y), QPointF(right, y))
        return
    world = painter.worldTransform()
    a = world.map(QPointF(x0, y))
    b = world.map(QPointF(right, y))
    scale = world.m11()
    on = max(1, round(dash[0] * scale))
    off = max(1, round(dash[1] * scale))
    h = max(1, round(width * scale))
    top = math.floor(a.y() - h / 2 + 0.5)
    start = math.floor(a.x() + 0.5)
    painter.resetTransform()
    painter.setBrushOrigin(QPointF(start, top))
    painter.fillRect(
        QRectF(start, top, math.ceil(b.x()) - start, h), _dash_brush(colour, alpha, on, off, h)
    )
    painter.setBrushOrigin(QPointF(0, 0))
    painter.setWorldTransform(world)


@lru_cache(maxsize=64)
def _dash_brush(colour: str, alpha: int, on: int, off: int, h: int) -> QBrush:
    texture = QPixmap(on + off, h)
    texture.fill(Qt.GlobalColor.transparent)
    p = QPainter(texture)
    p.fillRect(
        0, 0, on, h, QColor(colour).lighter(100) if alpha == 255 else _with_alpha(colour, alpha)
    )
    p.end()
    return QBrush(texture)


def _with_alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c
