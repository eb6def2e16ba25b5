"""Painting helpers shared by the canvas items: colours, pens, icons and markers.

Icons are vector paths on a 16 × 16 grid, stroked in the caller's colour, so they stay
crisp at every zoom and in SVG/PNG exports; no image files are involved.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from cjdesigner.layout import FontRole, fit_line
from cjdesigner.model import LaneKind

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


# --------------------------------------------------------------------------- icons
def _circle(path: QPainterPath, x: float, y: float, r: float) -> None:
    path.addEllipse(QPointF(x, y), r, r)


def _lines(path: QPainterPath, *points: tuple[float, float]) -> None:
    path.moveTo(*points[0])
    for p in points[1:]:
        path.lineTo(*p)


def _person(path: QPainterPath, cx: float = 8.0) -> None:
    _circle(path, cx, 4.5, 2.6)
    path.moveTo(cx - 5, 15)
    path.cubicTo(cx - 5, 9, cx + 5, 9, cx + 5, 15)


def _build_icon(name: str) -> QPainterPath:
    p = QPainterPath()
    if name in ("actions", "sales_staff"):
        _person(p)
    elif name == "touchpoints":
        _circle(p, 8, 8, 6.5)
        _circle(p, 8, 8, 3.5)
        _circle(p, 8, 8, 0.6)
    elif name == "channels":
        _circle(p, 8, 11, 1.2)
        p.moveTo(4.5, 7.5)
        p.quadTo(8, 4, 11.5, 7.5)
        p.moveTo(2, 5)
        p.quadTo(8, -1, 14, 5)
    elif name == "thoughts":
        p.addEllipse(QRectF(2, 1.5, 12, 8.5))
        _circle(p, 4.5, 12.5, 1.4)
        _circle(p, 2.2, 15, 0.8)
    elif name == "feelings":
        p.moveTo(8, 14.5)
        p.cubicTo(1, 10, 0, 5.5, 3, 3)
        p.cubicTo(5, 1.5, 7, 2.5, 8, 4.5)
        p.cubicTo(9, 2.5, 11, 1.5, 13, 3)
        p.cubicTo(16, 5.5, 15, 10, 8, 14.5)
    elif name == "pain_points":
        _lines(p, (8, 1.5), (15, 14), (1, 14), (8, 1.5))
        _lines(p, (8, 6), (8, 10))
        _circle(p, 8, 12, 0.4)
    elif name == "opportunities":
        _lines(p, (2, 13), (6.5, 8.5), (9.5, 11), (14, 4))
        _lines(p, (10, 4), (14, 4), (14, 8))
    elif name == "ideas":
        p.moveTo(6, 12)
        p.cubicTo(6, 9.5, 3, 8.5, 3, 6)
        p.cubicTo(3, 3, 5.5, 1, 8, 1)
        p.cubicTo(10.5, 1, 13, 3, 13, 6)
        p.cubicTo(13, 8.5, 10, 9.5, 10, 12)
        p.closeSubpath()
        _lines(p, (6, 14.5), (10, 14.5))
    elif name == "kpis":
        _lines(p, (1.5, 14.5), (14.5, 14.5))
        p.addRect(QRectF(3, 8, 2.5, 6.5))
        p.addRect(QRectF(7, 4, 2.5, 10.5))
        p.addRect(QRectF(11, 10, 2.5, 4.5))
    elif name in ("content", "marketing_content"):
        _lines(p, (3, 1.5), (10, 1.5), (13, 4.5), (13, 14.5), (3, 14.5), (3, 1.5))
        _lines(p, (5.5, 7), (10.5, 7))
        _lines(p, (5.5, 9.5), (10.5, 9.5))
        _lines(p, (5.5, 12), (9, 12))
    elif name == "text":
        _lines(p, (2, 3.5), (14, 3.5))
        _lines(p, (2, 7), (14, 7))
        _lines(p, (2, 10.5), (14, 10.5))
        _lines(p, (2, 14), (9, 14))
    elif name == "images":
        p.addRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5)
        _lines(p, (2, 12.5), (6, 8), (9, 11), (11, 9), (14, 12.5))
        _circle(p, 11, 5.5, 1.2)
    elif name == "physical_evidence":
        _lines(p, (8, 1.5), (14.5, 4.5), (14.5, 11.5), (8, 14.5), (1.5, 11.5), (1.5, 4.5), (8, 1.5))
        _lines(p, (1.5, 4.5), (8, 7.5), (14.5, 4.5))
        _lines(p, (8, 7.5), (8, 14.5))
    elif name in ("frontstage", "store"):
        _lines(p, (1.5, 6), (3, 2), (13, 2), (14.5, 6), (1.5, 6))
        _lines(p, (2.5, 6), (2.5, 14.5), (13.5, 14.5), (13.5, 6))
        _lines(p, (6.5, 14.5), (6.5, 10), (9.5, 10), (9.5, 14.5))
    elif name == "backstage":
        _circle(p, 8, 8, 2.4)
        for i in range(8):
            a = i * math.pi / 4
            _lines(
                p,
                (8 + 4.5 * math.cos(a), 8 + 4.5 * math.sin(a)),
                (8 + 6.8 * math.cos(a), 8 + 6.8 * math.sin(a)),
            )
        _circle(p, 8, 8, 4.5)
    elif name == "support":
        _lines(p, (8, 1.5), (14.5, 5), (8, 8.5), (1.5, 5), (8, 1.5))
        _lines(p, (1.5, 8), (8, 11.5), (14.5, 8))
        _lines(p, (1.5, 11), (8, 14.5), (14.5, 11))
    elif name == "website":
        p.addRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5)
        _lines(p, (1.5, 5.5), (14.5, 5.5))
        _circle(p, 3.5, 4, 0.3)
    elif name in ("webchat", "text_message"):
        p.moveTo(3, 2.5)
        p.lineTo(13, 2.5)
        p.quadTo(14.5, 2.5, 14.5, 4)
        p.lineTo(14.5, 9.5)
        p.quadTo(14.5, 11, 13, 11)
        p.lineTo(7, 11)
        p.lineTo(3.5, 14)
        p.lineTo(3.5, 11)
        p.quadTo(1.5, 11, 1.5, 9.5)
        p.lineTo(1.5, 4)
        p.quadTo(1.5, 2.5, 3, 2.5)
        if name == "text_message":
            for x in (5, 8, 11):
                _circle(p, x, 6.8, 0.3)
    elif name == "phone_helpline":
        p.moveTo(4, 2)
        p.lineTo(6.5, 2)
        p.lineTo(7.5, 5.5)
        p.lineTo(5.8, 6.8)
        p.quadTo(7, 9.3, 9.2, 10.3)
        p.lineTo(10.5, 8.5)
        p.lineTo(14, 9.5)
        p.lineTo(14, 12)
        p.quadTo(14, 14, 12, 14)
        p.quadTo(2, 13, 2, 4)
        p.quadTo(2, 2, 4, 2)
    elif name == "email":
        p.addRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.2, 1.2)
        _lines(p, (2, 4.5), (8, 9), (14, 4.5))
    elif name == "social_media":
        _circle(p, 4, 8, 2)
        _circle(p, 12, 3.5, 2)
        _circle(p, 12, 12.5, 2)
        _lines(p, (5.8, 7), (10.2, 4.5))
        _lines(p, (5.8, 9), (10.2, 11.5))
    elif name == "advertising":
        _lines(p, (2, 6), (5, 6), (12, 2.5), (12, 13.5), (5, 10), (2, 10), (2, 6))
        _lines(p, (5, 10), (6.5, 14.5))
        _lines(p, (14, 6.5), (14, 9.5))
    elif name == "word_of_mouth":
        p.addEllipse(QRectF(1.5, 2, 8.5, 6.5))
        p.addEllipse(QRectF(6, 7.5, 8.5, 6.5))
    elif name == "mobile_app":
        p.addRoundedRect(QRectF(4, 1.5, 8, 13), 1.6, 1.6)
        _lines(p, (7, 12.3), (9, 12.3))
    elif name == "clock":
        _circle(p, 8, 8, 6.5)
        _lines(p, (8, 4), (8, 8), (11, 9.5))
    elif name == "duration":
        _lines(p, (4, 1.5), (12, 1.5))
        _lines(p, (4, 14.5), (12, 14.5))
        _lines(p, (5, 1.5), (5, 4), (8, 8), (5, 12), (5, 14.5))
        _lines(p, (11, 1.5), (11, 4), (8, 8), (11, 12), (11, 14.5))
    else:  # unknown channel: a plain dot
        _circle(p, 8, 8, 3)
    return p


@lru_cache(maxsize=128)
def icon_path(name: str) -> QPainterPath:
    return _build_icon(name)


def lane_icon_name(kind: LaneKind) -> str:
    return kind.value


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
    p = QPainterPath()
    if shape == "square":
        s = r * 0.85
        p.addRect(QRectF(-s, -s, 2 * s, 2 * s))
    elif shape == "triangle":
        p.moveTo(0, -r * 1.1)
        p.lineTo(r, r * 0.75)
        p.lineTo(-r, r * 0.75)
        p.closeSubpath()
    elif shape == "diamond":
        p.moveTo(0, -r * 1.15)
        p.lineTo(r * 1.15, 0)
        p.lineTo(0, r * 1.15)
        p.lineTo(-r * 1.15, 0)
        p.closeSubpath()
    elif shape == "cross":
        w = r * 0.38
        p.addRect(QRectF(-r, -w, 2 * r, 2 * w))
        p.addRect(QRectF(-w, -r, 2 * w, 2 * r))
        p = p.simplified()
    elif shape == "star":
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * 1.2 if i % 2 == 0 else r * 0.5
            pt = QPointF(rr * math.cos(a), rr * math.sin(a))
            if i == 0:
                p.moveTo(pt)
            else:
                p.lineTo(pt)
        p.closeSubpath()
    else:
        p.addEllipse(QPointF(0, 0), r, r)
    return p


def smooth_path(points: list[tuple[float, float]]) -> QPainterPath:
    """A smooth curve through every point (monotone cubic: no overshoot past a level)."""
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(*points[0])
    n = len(points)
    if n == 1:
        return path
    if n == 2:
        path.lineTo(*points[1])
        return path
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    d = [(ys[i + 1] - ys[i]) / ((xs[i + 1] - xs[i]) or 1e-9) for i in range(n - 1)]
    m = [d[0]] + [0.0] * (n - 2) + [d[-1]]
    for i in range(1, n - 1):
        m[i] = 0.0 if d[i - 1] * d[i] <= 0 else (d[i - 1] + d[i]) / 2
    for i in range(n - 1):
        h = xs[i + 1] - xs[i]
        path.cubicTo(
            xs[i] + h / 3,
            ys[i] + m[i] * h / 3,
            xs[i + 1] - h / 3,
            ys[i + 1] - m[i + 1] * h / 3,
            xs[i + 1],
            ys[i + 1],
        )
    return path


def draw_text(painter: QPainter, x: float, baseline_y: float, text: str) -> None:
    painter.drawText(QPointF(x, baseline_y), text)
