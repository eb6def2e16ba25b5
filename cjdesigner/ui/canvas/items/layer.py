"""The base of the canvas's painting layers: one item per layer (grid, cards, curves,
headers) that paints what the exposed area needs from the scene's layout."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

if TYPE_CHECKING:
    from ..scene import CanvasScene


class LayerItem(QGraphicsItem):
    """A layer covering ``set_rect``'s rectangle at stacking order ``z``; it takes no mouse
    buttons (the view's interactions do) and paints only the exposed area."""

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

    @staticmethod
    def exposed(option: QStyleOptionGraphicsItem, painter: QPainter) -> QRectF:
        """The part to paint: the exposed rectangle cut to the painter's clip.
        ``QGraphicsScene.render`` exposes the whole item and only clips, so without the
        cut an export drawn in bands or strips would draw the whole map into each."""
        rect = option.exposedRect
        if painter.hasClipping():
            rect = rect.intersected(painter.clipBoundingRect())
        return rect
