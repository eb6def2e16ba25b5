"""Transient feedback above the map: drop targets, the dragged cards, the rubber band
and the insertion marker of a header drag. Never drawn in export mode."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from cjdesigner.layout import CardBox, Rect, style

from ..painting import DROP_TARGET, NO_PEN, SELECTION, brush, pen
from .cards import paint_card

if TYPE_CHECKING:
    from ..scene import CanvasScene


class OverlayItem(QGraphicsItem):
    def __init__(self, scene: CanvasScene) -> None:
        super().__init__()
        self._scene = scene
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(50)
        self.drop_cell: QRectF | None = None
        self.drop_line: tuple[float, float, float] | None = None  # x0, x1, y
        #: the other cells a multi-cell drag lands in
        self.drop_cells: list[QRectF] = []
        self.ghost: list[CardBox] = []
        self.ghost_offset = QPointF()
        self.band: QRectF | None = None
        self.marker: tuple[QPointF, QPointF] | None = None
        self._bounds = QRectF()
        self._stacked: list[CardBox] = []

    def _changed(self) -> None:
        rect = QRectF()
        if self.drop_cell is not None:
            rect = rect.united(self.drop_cell.adjusted(-4, -4, 4, 4))
        for cell in self.drop_cells:
            rect = rect.united(cell.adjusted(-4, -4, 4, 4))
        if self.drop_line is not None:
            x0, x1, y = self.drop_line
            rect = rect.united(QRectF(x0 - 6, y - 6, x1 - x0 + 12, 12))
        for box in self.ghost:
            r = box.rect
            rect = rect.united(
                QRectF(r.x, r.y, r.w, r.h).translated(self.ghost_offset).adjusted(-8, -8, 12, 16)
            )
        if self.band is not None:
            rect = rect.united(self.band.adjusted(-2, -2, 2, 2))
        if self.marker is not None:
            a, b = self.marker
            rect = rect.united(QRectF(a, b).normalized().adjusted(-6, -6, 6, 6))
        old = self._bounds
        if rect != old:
            self.prepareGeometryChange()
            self._bounds = rect
        self.update()

    def clear(self) -> None:
        self.drop_cell = self.drop_line = self.band = self.marker = None
        self.ghost = []
        self.drop_cells = []
        self._changed()

    def set_drop(
        self,
        cell: QRectF | None,
        line: tuple[float, float, float] | None,
        others: list[QRectF] | None = None,
    ) -> None:
        self.drop_cell, self.drop_line = cell, line
        self.drop_cells = list(others or [])
        self._changed()

    def set_ghost(self, boxes: list[CardBox], offset: QPointF) -> None:
        """The dragged cards as they will land: stacked under the first one when they
        come from one cell, else in their own arrangement (they keep their offsets)."""
        if boxes and (not self.ghost or self.ghost[0] is not boxes[0]):
            first = boxes[0]
            if len({(b.lane_id, b.step_id) for b in boxes}) > 1:
                self._stacked = list(boxes)
            else:
                y = first.rect.y
                stacked = []
                for box in boxes:
                    r = box.rect
                    stacked.append(replace(box, rect=Rect(first.rect.x, y, r.w, r.h)))
                    y += r.h + style.CARD_GAP
                self._stacked = stacked
        self.ghost = self._stacked if boxes else []
        self.ghost_offset = QPointF(offset)
        self._changed()

    def set_band(self, rect: QRectF | None) -> None:
        self.band = rect
        self._changed()

    def set_marker(self, line: tuple[QPointF, QPointF] | None) -> None:
        self.marker = line
        self._changed()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        for cell in self.drop_cells:
            painter.setPen(pen(DROP_TARGET, 1.5, 170, (4.0, 3.0)))
            painter.setBrush(brush(DROP_TARGET, 16))
            painter.drawRoundedRect(cell.adjusted(2, 2, -2, -2), 6, 6)
        if self.drop_cell is not None:
            painter.setPen(pen(DROP_TARGET, 2))
            painter.setBrush(brush(DROP_TARGET, 22))
            painter.drawRoundedRect(self.drop_cell.adjusted(2, 2, -2, -2), 6, 6)
        if self.drop_line is not None:
            x0, x1, y = self.drop_line
            painter.setPen(pen(DROP_TARGET, 3))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            painter.setPen(NO_PEN)
            painter.setBrush(brush(DROP_TARGET))
            painter.drawEllipse(QPointF(x0, y), 4, 4)
        if self.ghost:
            models = self._scene.card_models
            painter.save()
            painter.translate(self.ghost_offset)
            for box in self.ghost:
                r = box.rect
                # lifted off the wall: a wider, softer shadow
                painter.setPen(NO_PEN)
                for grow, alpha in ((6, 8), (3, 14), (1, 18)):
                    painter.setBrush(brush("#101828", alpha))
                    painter.drawRoundedRect(
                        QRectF(r.x - grow + 2, r.y - grow + 6, r.w + 2 * grow, r.h + 2 * grow),
                        8 + grow,
                        8 + grow,
                    )
                card = models.get(box.card_id)
                if card is not None:
                    paint_card(painter, box, card)
            painter.restore()
        if self.band is not None:
            painter.setPen(pen(SELECTION, 1, 200))
            painter.setBrush(brush(SELECTION, 28))
            painter.drawRect(self.band)
        if self.marker is not None:
            a, b = self.marker
            painter.setPen(pen(DROP_TARGET, 4))
            painter.drawLine(a, b)
