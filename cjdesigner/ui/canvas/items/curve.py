"""The emotion curves in the feelings lane: one smooth line per curve, set points filled,
derived points (the mean of the step's cards) hollow and smaller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjdesigner.layout import CurveLayout, style

from ..painting import NO_BRUSH, SELECTION, brush, marker_path, pen, smooth_path

if TYPE_CHECKING:
    from ..scene import CanvasScene

SET_R = 5.0
DERIVED_R = 3.8


class CurveItem(QGraphicsItem):
    def __init__(self, scene: CanvasScene) -> None:
        super().__init__()
        self._scene = scene
        self._rect = QRectF()
        self._paths: dict[str, object] = {}
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(20)

    def refresh(self) -> None:
        lay = self._scene.layout
        self._paths = {c.curve_id: smooth_path([(p.x, p.y) for p in c.points]) for c in lay.curves}
        rect = QRectF()
        if lay.curves:
            b = lay.curves[0].band
            rect = QRectF(b.x, b.y - 12, b.w, b.h + 24)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        ex = option.exposedRect
        scale = painter.worldTransform().m11()
        grow = 1.0 if scale >= 0.5 else min(3.0, 0.5 / max(scale, 0.05))
        selected = scene.selected_curve if not scene.export_mode else None
        drag = scene.curve_drag  # (curve_id, step_id, y) while dragging a point
        for curve in lay.curves:
            path = self._paths.get(curve.curve_id)
            if path is None:
                continue
            width = (3.2 if curve.curve_id == selected else 2.2) * grow
            if curve.curve_id == selected:
                painter.setPen(pen(SELECTION, width + 4 * grow, 50))
                painter.setBrush(NO_BRUSH)
                painter.drawPath(path)
            painter.setPen(pen(curve.colour, width, 255, tuple(d * grow for d in curve.dash)))
            painter.setBrush(NO_BRUSH)
            painter.drawPath(path)
            self._paint_points(painter, curve, ex, grow, drag)

    def _paint_points(self, painter, curve: CurveLayout, ex: QRectF, grow: float, drag) -> None:
        left, right = ex.left() - 10, ex.right() + 10
        for point in curve.points:
            if not left <= point.x <= right:
                continue
            y = point.y
            if drag and drag[0] == curve.curve_id and drag[1] == point.step_id:
                y = drag[2]
            if point.is_set:
                painter.setPen(pen(style.PAPER, 1.6 * grow))
                painter.setBrush(brush(curve.colour))
                shape = marker_path(curve.marker, SET_R * grow)
            else:
                painter.setPen(pen(curve.colour, 1.6 * grow))
                painter.setBrush(brush(style.PAPER))
                shape = marker_path(curve.marker, DERIVED_R * grow)
            painter.drawPath(shape.translated(point.x, y))
