"""The emotion curves in the feelings lane: one smooth line per curve, set points filled,
derived points (the mean of the step's cards) hollow and smaller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjdesigner.i18n.words import DERIVED
from cjdesigner.layout import CurveLayout, style, text_width

from .. import fonts
from ..painting import NO_BRUSH, NO_PEN, SELECTION, brush, fitted, marker_path, pen, smooth_path
from .headers import LEGEND_MIN_ZOOM
from .layer import LayerItem

if TYPE_CHECKING:
    from ..scene import CanvasScene


SET_R = 5.0
DERIVED_R = 3.8


class CurveItem(LayerItem):
    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, 20)
        self._paths: dict[str, QPainterPath] = {}

    def refresh(self) -> None:
        lay = self._scene.layout
        self._paths = {c.curve_id: smooth_path([(p.x, p.y) for p in c.points]) for c in lay.curves}
        rect = QRectF()
        if lay.curves:
            b = lay.curves[0].band
            rect = QRectF(b.x, b.y - style.CURVE_BAND_PAD, b.w, b.h + 2 * style.CURVE_BAND_PAD)
        self.set_rect(rect)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        if not lay.curves:
            return
        ex = self.exposed(option, painter)
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
        if not scene.export_mode:
            self._paint_placeholders(painter, ex, grow, drag)
        # zoomed out the key moves to the frozen feelings header (headers.py), where
        # it keeps a readable size
        if scale >= LEGEND_MIN_ZOOM or (scene.export_mode and scale >= 0.35):
            self._paint_legend(painter)

    def _paint_placeholders(self, painter: QPainter, ex: QRectF, grow: float, drag) -> None:
        """Faint rings where the target curve has no value yet: press one to set it."""
        scene = self._scene
        lay = scene.layout
        target = scene.target_curve()
        curve = next((c for c in lay.curves if c.curve_id == target), None)
        if curve is None:
            return
        have = {p.step_id for p in curve.points}
        band = curve.band
        mid = band.y + band.h / 2
        for step in lay.steps:
            x = step.column.x + step.column.w / 2
            if step.step_id in have or not ex.left() - 10 <= x <= ex.right() + 10:
                continue
            if drag and drag[0] == curve.curve_id and drag[1] == step.step_id:
                painter.setPen(pen(style.PAPER, 1.6 * grow))
                painter.setBrush(brush(curve.colour))
                painter.drawPath(marker_path(curve.marker, SET_R * grow).translated(x, drag[2]))
                continue
            painter.setPen(pen(curve.colour, 1.2 * grow, 110, (2.0 * grow, 2.0 * grow)))
            painter.setBrush(NO_BRUSH)
            painter.drawEllipse(QPointF(x, mid), DERIVED_R * grow, DERIVED_R * grow)

    def _paint_legend(self, painter: QPainter) -> None:
        """Curve key at the top of the band, kept at the visible left edge."""
        scene = self._scene
        lay = scene.layout
        band = lay.curves[0].band
        vis = scene.visible_rect
        left = band.x if vis.isNull() else max(band.x, scene.frozen_right())
        x = left + 12
        y = band.y - style.CURVE_BAND_PAD / 2 - 1
        role = style.SCALE_LABEL
        entries = [(c, fitted(c.label, role, 180)) for c in lay.curves]
        width = sum(34 + text_width(t, role) + 14 for _, t in entries)
        derived = self._scene.words("Poster", DERIVED)
        width += 34 + text_width(derived, role) + 8
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER, 235))
        painter.drawRoundedRect(QRectF(x - 6, y - 8, width + 4, 16), 8, 8)
        painter.setFont(fonts.painter_font(painter, role))
        for curve, label in entries:
            painter.setPen(pen(curve.colour, 2.0, 255, curve.dash))
            painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            painter.setPen(pen(style.PAPER, 1.2))
            painter.setBrush(brush(curve.colour))
            painter.drawPath(marker_path(curve.marker, 4.0).translated(x + 13, y))
            painter.setPen(pen(style.INK_SOFT))
            painter.drawText(QPointF(x + 32, y + 3.5), label)
            x += 34 + text_width(label, role) + 14
        painter.setPen(pen(style.INK_FAINT, 1.4))
        painter.setBrush(brush(style.PAPER))
        painter.drawEllipse(QPointF(x + 13, y), 3.4, 3.4)
        painter.setPen(pen(style.INK_FAINT))
        painter.drawText(QPointF(x + 32, y + 3.5), derived)

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
