"""The emotion curves in the feelings lane: one smooth line per curve, set points filled,
derived points (the mean of the step's cards) hollow and smaller. Where a persona has an
expected curve, the gap between it and what was experienced is a shaded band (red where
the experience fell short, green where it did better) with the difference at each step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjdesigner.i18n.words import DERIVED
from cjdesigner.layout import CurveLayout, style, text_width
from cjdesigner.model import expectation_pairs
from cjdesigner.ui.i18n import signed

from .. import fonts
from ..painting import NO_BRUSH, NO_PEN, SELECTION, brush, fitted, marker_path, pen, smooth_path
from .headers import LEGEND_MIN_ZOOM
from .layer import LayerItem

if TYPE_CHECKING:
    from ..scene import CanvasScene

SHORT_OF = "#D64545"  # the experience fell short of what was expected
BETTER_THAN = "#2E9E6A"
SET_R = 5.0
DERIVED_R = 3.8


class CurveItem(LayerItem):
    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, 20)
        self._paths: dict[str, QPainterPath] = {}
        #: (scene rectangle, curve id) of each entry of the key as last painted: a click
        #: there selects the curve
        self.legend_hits: list[tuple[QRectF, str]] = []

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
        self._paint_gaps(painter, scale)
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

    def _paint_gaps(self, painter: QPainter, scale: float) -> None:
        """The band between each experienced curve and its expected one, and the
        difference (experienced minus expected, in scale units) at each step."""
        scene = self._scene
        by_id = {c.curve_id: c for c in scene.layout.curves}
        for experienced, expected in expectation_pairs(scene.doc):
            mine, theirs = by_id.get(experienced.id), by_id.get(expected.id)
            if mine is None or theirs is None:
                continue
            there = {p.step_id: p for p in theirs.points}
            both = [(p, there[p.step_id]) for p in mine.points if p.step_id in there]
            painter.setPen(NO_PEN)
            # the band follows the drawn (smooth) lines where both curves have the same
            # steps, else straight lines between the steps both have
            same = len(both) == len(mine.points) == len(theirs.points)
            band = None
            if same and len(both) > 1:
                band = smooth_path([(p.x, p.y) for p, _ in both])
                back = smooth_path([(e.x, e.y) for _, e in reversed(both)])
                band.lineTo(back.pointAtPercent(0))
                band.connectPath(back)
                band.closeSubpath()
            for (a, ea), (b, eb) in zip(both, both[1:], strict=False):
                short = (a.y - ea.y) + (b.y - eb.y) > 0  # lower on screen: worse
                painter.setBrush(brush(SHORT_OF if short else BETTER_THAN, 46))
                if band is not None:
                    painter.save()
                    painter.setClipRect(QRectF(a.x, band.boundingRect().top() - 1,
                                               b.x - a.x, band.boundingRect().height() + 2),
                                        Qt.ClipOperation.IntersectClip)
                    painter.drawPath(band)
                    painter.restore()
                    continue
                painter.drawPolygon(QPolygonF([
                    QPointF(a.x, ea.y), QPointF(b.x, eb.y), QPointF(b.x, b.y), QPointF(a.x, a.y)
                ]))
            if scale < 0.35:
                continue
            role = style.SCALE_LABEL
            painter.setFont(fonts.painter_font(painter, role))
            span_mine = experienced.scale.max - experienced.scale.min
            span_theirs = expected.scale.max - expected.scale.min
            for p, e in both:
                share = (e.value - expected.scale.min) / span_theirs
                carried = experienced.scale.min + share * span_mine
                difference = p.value - carried
                if abs(difference) < 0.05:
                    continue
                text = signed(difference, 1)
                w = text_width(text, role) + 8
                mid = (p.y + e.y) / 2
                box = QRectF(p.x + 8, mid - 7, w, 14)
                painter.setPen(NO_PEN)
                painter.setBrush(brush(style.PAPER, 225))
                painter.drawRoundedRect(box, 5, 5)
                painter.setPen(pen(SHORT_OF if difference < 0 else BETTER_THAN))
                painter.drawText(QPointF(box.x() + 4, mid + 3.5), text)

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
        y = band.y - style.CURVE_BAND_PAD / 2 - 1
        role = style.SCALE_LABEL
        entries = [(c, fitted(c.label, role, 180)) for c in lay.curves]
        width = sum(34 + text_width(t, role) + 14 for _, t in entries)
        derived = self._scene.words("Poster", DERIVED)
        width += 34 + text_width(derived, role) + 8
        if lay.rtl:  # at the band's start: its right end, kept left of the lane column
            right = band.right if vis.isNull() else min(band.right, scene.frozen_right())
            x = right - 12 - width
        else:
            left = band.x if vis.isNull() else max(band.x, scene.frozen_right())
            x = left + 12
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER, 235))
        painter.drawRoundedRect(QRectF(x - 6, y - 8, width + 4, 16), 8, 8)
        painter.setFont(fonts.painter_font(painter, role))
        hits = []
        for curve, label in entries:
            hits.append((QRectF(x - 4, y - 8, 34 + text_width(label, role) + 8, 16), curve.curve_id))
            if curve.curve_id == scene.selected_curve and not scene.export_mode:
                painter.setPen(pen(SELECTION, 1.5))
                painter.setBrush(NO_BRUSH)
                painter.drawRoundedRect(hits[-1][0], 7, 7)
            painter.setPen(pen(curve.colour, 2.0, 255, curve.dash))
            painter.drawLine(QPointF(x, y), QPointF(x + 26, y))
            painter.setPen(pen(style.PAPER, 1.2))
            painter.setBrush(brush(curve.colour))
            painter.drawPath(marker_path(curve.marker, 4.0).translated(x + 13, y))
            painter.setPen(pen(style.INK_SOFT))
            painter.drawText(QPointF(x + 32, y + 3.5), label)
            x += 34 + text_width(label, role) + 14
        self.legend_hits = hits
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
