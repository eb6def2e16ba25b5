"""Frozen headers: the stage/step row on top, the lane column on the left, the corner.

The scene moves these three items so they stay at the top and left edge of the visible
area (like a spreadsheet's frozen panes) while they keep scrolling along the other
axis; at fit-all they sit in their natural place. Each paints only its exposed part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjdesigner.layout import LaneBox, StepBox, style, text_width
from cjdesigner.model import LaneKind

from .. import fonts
from ..painting import NO_BRUSH, NO_PEN, SELECTION, brush, draw_icon, fitted, pen

if TYPE_CHECKING:
    from ..scene import CanvasScene

HEADER_Z = 100


class _HeaderItem(QGraphicsItem):
    def __init__(self, scene: CanvasScene, z: float) -> None:
        super().__init__()
        self._scene = scene
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(z)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect


class HeaderRowItem(_HeaderItem):
    """Stage bands and step headers; item y follows the top of the visible area."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        exposed = option.exposedRect
        left, right = exposed.left(), exposed.right()
        # paper under the whole row, and a hairline shadow below it
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(QRectF(left, 0, right - left, style.GRID_TOP))
        if self.pos().y() > 0.5:
            painter.setBrush(brush("#101828", 18))
            painter.drawRect(QRectF(left, style.GRID_TOP, right - left, 3))
        sticky_left = scene.visible_rect.left() + style.LANE_HEADER_W
        sel = scene.header_selection if not scene.export_mode else None
        for index, stage in enumerate(lay.stages):
            r = stage.rect
            if r.right < left or r.x > right:
                continue
            painter.setPen(NO_PEN)
            painter.setBrush(brush(style.mix(stage.colour, style.PAPER, 0.62)))
            painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
            painter.setBrush(brush(stage.colour))
            painter.drawRect(QRectF(r.x, r.bottom - 4, r.w, 4))
            if index:
                painter.setPen(pen(style.PAPER, 2))
                painter.drawLine(QPointF(r.x, r.y), QPointF(r.x, r.bottom))
            role = style.STAGE_TITLE
            tw = text_width(stage.title, role)
            tx = max(r.x + style.CELL_PAD + 2, sticky_left + style.CELL_PAD + 2)
            tx = min(tx, r.right - style.CELL_PAD - tw)
            tx = max(tx, r.x + style.CELL_PAD)
            painter.setFont(fonts.painter_font(painter, role))
            painter.setPen(pen(style.mix(stage.colour, style.INK, 0.75)))
            painter.drawText(
                QPointF(tx, r.y + (r.h - 4 - role.line_height) / 2 + fonts.baseline(role)),
                stage.title,
            )
            if sel == ("stage", stage.stage_id):
                _selection_frame(painter, QRectF(r.x, r.y, r.w, r.h))
        for step in lay.steps:
            r = step.rect
            if r.right < left or r.x > right:
                continue
            self._paint_step(painter, step, sel == ("step", step.step_id))
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(left, style.GRID_TOP - 0.5), QPointF(right, style.GRID_TOP - 0.5))

    def _paint_step(self, painter: QPainter, step: StepBox, selected: bool) -> None:
        r = step.rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.HEADER_BG))
        painter.drawRect(QRectF(r.x, r.y, r.w, r.h))
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(r.right - 0.5, r.y + 8), QPointF(r.right - 0.5, r.bottom - 8))
        pad = style.CELL_PAD + 2
        role = style.STEP_TITLE
        lines = step.title_lines
        meta_h = style.STEP_META.line_height if step.meta else 0.0
        block = len(lines) * role.line_height + meta_h
        y = r.y + (r.h - block) / 2
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        for line in lines:
            painter.drawText(QPointF(r.x + pad, y + fonts.baseline(role)), line)
            y += role.line_height
        if step.meta:
            meta = style.STEP_META
            draw_icon(painter, "clock", r.x + pad, y + 1.5, 10.5, style.INK_SOFT)
            painter.setFont(fonts.painter_font(painter, meta))
            painter.setPen(pen(style.INK_SOFT))
            text = fitted(step.meta, meta, r.w - 2 * pad - 14)
            painter.drawText(QPointF(r.x + pad + 14, y + fonts.baseline(meta)), text)
        if selected:
            _selection_frame(painter, QRectF(r.x, r.y, r.w, r.h))


class LaneColumnItem(_HeaderItem):
    """Lane headers down the left; item x follows the left of the visible area."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z - 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        exposed = option.exposedRect
        top, bottom = exposed.top(), exposed.bottom()
        w = style.LANE_HEADER_W
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(QRectF(0, top, w, bottom - top))
        if self.pos().x() > 0.5:
            painter.setBrush(brush("#101828", 18))
            painter.drawRect(QRectF(w, top, 3, bottom - top))
        sel = scene.header_selection if not scene.export_mode else None
        for lane in lay.lanes:
            r = lane.rect
            if r.bottom < top or r.y > bottom:
                continue
            self._paint_lane(painter, lane)
            if sel == ("lane", lane.lane_id):
                _selection_frame(painter, QRectF(r.x, r.y, r.w, r.h))
        for line in lay.blueprint_lines:
            self._paint_line_label(painter, line.y, line.label)
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(w - 0.5, top), QPointF(w - 0.5, bottom))

    def _paint_lane(self, painter: QPainter, lane: LaneBox) -> None:
        r = lane.rect
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(0, r.bottom - 0.5), QPointF(r.w, r.bottom - 0.5))
        painter.setPen(NO_PEN)
        painter.setBrush(brush(lane.accent))
        painter.drawRect(QRectF(0, r.y + 1, 4, r.h - 2))
        pad = style.CELL_PAD + 6
        # icon in a soft disc
        painter.setBrush(brush(lane.accent, 30))
        painter.drawEllipse(QPointF(pad + 11, r.y + 24), 13, 13)
        draw_icon(painter, lane.kind.value, pad + 3, r.y + 16, 16, lane.accent)
        role = style.LANE_TITLE
        tx = pad + 32
        ty = r.y + 16
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        width = r.w - tx - style.CELL_PAD
        for line in lane.title_lines[:3]:
            painter.drawText(QPointF(tx, ty + fonts.baseline(role)), fitted(line, role, width))
            ty += role.line_height
        kind_label = lane.kind.label
        if lane.title_lines and " ".join(lane.title_lines) != kind_label:
            meta = style.LANE_META
            painter.setFont(fonts.painter_font(painter, meta))
            painter.setPen(pen(style.INK_FAINT))
            painter.drawText(
                QPointF(tx, ty + fonts.baseline(meta)), fitted(kind_label.upper(), meta, width)
            )
        if lane.kind == LaneKind.FEELINGS and lane.lane_id == self._scene.layout.feelings_lane_id:
            self._paint_scale_and_legend(painter, lane)

    def _paint_scale_and_legend(self, painter: QPainter, lane: LaneBox) -> None:
        lay = self._scene.layout
        if not lay.curves:
            return
        meta = style.SCALE_LABEL
        painter.setFont(fonts.painter_font(painter, meta))
        right = lane.rect.w - 8
        for tick in lay.scale_ticks:
            label = fitted(tick.label, meta, 84)
            tw = text_width(label, meta)
            painter.setPen(pen(style.INK_SOFT))
            painter.drawText(QPointF(right - tw - 6, tick.y + 3.5), label)
            painter.setPen(pen(style.INK_FAINT))
            painter.drawLine(QPointF(right - 3, tick.y), QPointF(right + 8, tick.y))

    def _paint_line_label(self, painter: QPainter, y: float, label: str) -> None:
        role = style.LINE_LABEL
        text = label.upper()
        tw = text_width(text, role)
        painter.setPen(pen(style.BLUEPRINT_LINE_COLOUR, 1.2, 255, style.BLUEPRINT_DASH))
        painter.drawLine(QPointF(0, y), QPointF(style.LANE_HEADER_W, y))
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.BLUEPRINT_LINE_COLOUR))
        chip = QRectF(style.CELL_PAD, y - 8, tw + 12, 16)
        painter.drawRoundedRect(chip, 8, 8)
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.PAPER))
        painter.drawText(QPointF(chip.x() + 6, y + 3.6), text)


class CornerItem(_HeaderItem):
    """The top-left corner above the lane column: the map's title."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z + 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self._rect
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(r)
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(r.right() - 0.5, r.top()), QPointF(r.right() - 0.5, r.bottom()))
        painter.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
        meta = self._scene.controller.doc.meta
        pad = style.CELL_PAD + 6
        role = style.STEP_TITLE
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        width = r.width() - 2 * pad
        painter.drawText(QPointF(pad, 26 + fonts.baseline(role)), fitted(meta.title, role, width))
        small = style.LANE_META
        painter.setFont(fonts.painter_font(painter, small))
        painter.setPen(pen(style.INK_FAINT))
        painter.drawText(
            QPointF(pad, 44 + fonts.baseline(small)),
            fitted(meta.map_type.label.upper(), small, width),
        )


def _selection_frame(painter: QPainter, rect: QRectF) -> None:
    painter.setBrush(NO_BRUSH)
    painter.setPen(pen(SELECTION, 2))
    painter.drawRect(rect.adjusted(1, 1, -1, -1))
