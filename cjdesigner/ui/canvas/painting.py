"""Painting helpers shared by the canvas items: colours, pens, icons and markers.

Icons, markers and curves replay the Qt-free steps of ``cjdesigner.layout.shapes`` (the
poster replays the same ones), stroked in the caller's colour, so they stay crisp at
every zoom and in SVG/PNG exports; no image files are involved.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from cjdesigner.layout import FontRole, fit_line
from cjdesigner.layout.shapes import icon_ops, marker_ops, smooth_ops

SELECTION = "#2F6FED"
DROP_TARGET = "#2F6FED"


@lru_cache(maxsize=512)
def colour(hex_colour: str, alpha: int = 255) -> QColor:
    c = QColor(hex_colour)
    if alpha != 255:
        c.setAlpha(alpha)
    return c


@lru_cache(maxsize=512)
def brush(hex_colour: str, alpha: int = 255) -> QBrush:
    return QBrush(colour(hex_colour, alpha))


@lru_cache(maxsize=512)
def pen(
    hex_colour: str,
    width: float = 1.0,
    alpha: int = 255,
    dash: tuple[float, ...] = (),
    cosmetic: bool = False,
) -> QPen:
    p = QPen(colour(hex_colour, alpha), width)
    p.setCosmetic(cosmetic)
    p.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        p.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setDashPattern([d / max(width, 0.1) for d in dash])
    return p


NO_PEN = QPen(Qt.PenStyle.NoPen)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


@lru_cache(maxsize=4096)
def fitted(text: str, role: FontRole, width: float) -> str:
    return fit_line(text, role, width)


# --------------------------------------------------------------------------- shapes
def path_from_ops(ops: tuple[tuple, ...] | list[tuple]) -> QPainterPath:
    """Replay the drawing steps of ``cjdesigner.layout.shapes`` into a QPainterPath."""
    p = QPainterPath()
    for op in ops:
        kind = op[0]
        if kind == "M":
            p.moveTo(op[1], op[2])
        elif kind == "L":
            p.lineTo(op[1], op[2])
        elif kind == "Q":
            p.quadTo(op[1], op[2], op[3], op[4])
        elif kind == "C":
            p.cubicTo(*op[1:])
        elif kind == "Z":
            p.closeSubpath()
        elif kind == "E":
            p.addEllipse(QRectF(op[1], op[2], op[3], op[4]))
        elif kind == "O":
            p.addEllipse(QPointF(op[1], op[2]), op[3], op[3])
        elif kind == "R":
            rect = QRectF(op[1], op[2], op[3], op[4])
            if op[5]:
                p.addRoundedRect(rect, op[5], op[5])
            else:
                p.addRect(rect)
    return p


@lru_cache(maxsize=128)
def icon_path(name: str) -> QPainterPath:
    return path_from_ops(icon_ops(name))


def draw_icon(
    painter: QPainter, name: str, x: float, y: float, size: float, hex_colour: str
) -> None:
    """Stroke the named 16 × 16 icon into the square (x, y, size, size)."""
    painter.save()
    painter.translate(x, y)
    s = size / 16.0
    painter.scale(s, s)
    painter.setPen(pen(hex_colour, 1.35))
    painter.setBrush(NO_BRUSH)
    painter.drawPath(icon_path(name))
    painter.restore()


# --------------------------------------------------------------------------- markers
@lru_cache(maxsize=64)
def marker_path(shape: str, r: float) -> QPainterPath:
    return path_from_ops(marker_ops(shape, r))


def smooth_path(points: list[tuple[float, float]]) -> QPainterPath:
    """A smooth curve through every point (monotone cubic: no overshoot past a level)."""
    return path_from_ops(smooth_ops(points))
