"""Pictograms, curve markers and smooth curves as plain drawing steps. No Qt.

The canvas and the poster draw the same shapes: each is described here once, as a
tuple of steps on a 16 × 16 grid (icons) or around (0, 0) (markers), y down, and each
backend replays the steps into its own path type (QPainterPath, ReportLab path).

Steps: ("M", x, y) move, ("L", x, y) line, ("Q", cx, cy, x, y) quadratic,
("C", c1x, c1y, c2x, c2y, x, y) cubic, ("Z",) close, ("E", x, y, w, h) ellipse in a
box, ("O", cx, cy, r) circle, ("R", x, y, w, h, radius) rectangle (rounded when
radius > 0).
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

#: one drawing step: ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("O", x, y, r), ("Z",)
Op = tuple[Any, ...]


def _circle(ops: list[Op], x: float, y: float, r: float) -> None:
    ops.append(("O", x, y, r))


def _lines(ops: list[Op], *points: tuple[float, float]) -> None:
    ops.append(("M", *points[0]))
    for p in points[1:]:
        ops.append(("L", *p))


def _person(ops: list[Op], cx: float = 8.0) -> None:
    _circle(ops, cx, 4.5, 2.6)
    ops.append(("M", cx - 5, 15))
    ops.append(("C", cx - 5, 9, cx + 5, 9, cx + 5, 15))


@lru_cache(maxsize=64)
def icon_ops(name: str) -> tuple[Op, ...]:
    p: list[Op] = []
    if name in ("actions", "sales_staff"):
        _person(p)
    elif name == "touchpoints":
        _circle(p, 8, 8, 6.5)
        _circle(p, 8, 8, 3.5)
        _circle(p, 8, 8, 0.6)
    elif name == "channels":
        _circle(p, 8, 11, 1.2)
        p += [("M", 4.5, 7.5), ("Q", 8, 4, 11.5, 7.5), ("M", 2, 5), ("Q", 8, -1, 14, 5)]
    elif name == "thoughts":
        p.append(("E", 2, 1.5, 12, 8.5))
        _circle(p, 4.5, 12.5, 1.4)
        _circle(p, 2.2, 15, 0.8)
    elif name == "feelings":
        p += [
            ("M", 8, 14.5),
            ("C", 1, 10, 0, 5.5, 3, 3),
            ("C", 5, 1.5, 7, 2.5, 8, 4.5),
            ("C", 9, 2.5, 11, 1.5, 13, 3),
            ("C", 16, 5.5, 15, 10, 8, 14.5),
        ]
    elif name == "pain_points":
        _lines(p, (8, 1.5), (15, 14), (1, 14), (8, 1.5))
        _lines(p, (8, 6), (8, 10))
        _circle(p, 8, 12, 0.4)
    elif name == "opportunities":
        _lines(p, (2, 13), (6.5, 8.5), (9.5, 11), (14, 4))
        _lines(p, (10, 4), (14, 4), (14, 8))
    elif name == "ideas":
        p += [
            ("M", 6, 12),
            ("C", 6, 9.5, 3, 8.5, 3, 6),
            ("C", 3, 3, 5.5, 1, 8, 1),
            ("C", 10.5, 1, 13, 3, 13, 6),
            ("C", 13, 8.5, 10, 9.5, 10, 12),
            ("Z",),
        ]
        _lines(p, (6, 14.5), (10, 14.5))
    elif name == "kpis":
        _lines(p, (1.5, 14.5), (14.5, 14.5))
        p += [("R", 3, 8, 2.5, 6.5, 0), ("R", 7, 4, 2.5, 10.5, 0), ("R", 11, 10, 2.5, 4.5, 0)]
    elif name in ("content", "marketing_content"):
        _lines(p, (3, 1.5), (10, 1.5), (13, 4.5), (13, 14.5), (3, 14.5), (3, 1.5))
        _lines(p, (5.5, 7), (10.5, 7))
        _lines(p, (5.5, 9.5), (10.5, 9.5))
        _lines(p, (5.5, 12), (9, 12))
    elif name == "text":
        for y in (3.5, 7, 10.5):
            _lines(p, (2, y), (14, y))
        _lines(p, (2, 14), (9, 14))
    elif name == "images":
        p.append(("R", 1.5, 2.5, 13, 11, 1.5))
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
        p.append(("R", 1.5, 2.5, 13, 11, 1.5))
        _lines(p, (1.5, 5.5), (14.5, 5.5))
        _circle(p, 3.5, 4, 0.3)
    elif name in ("webchat", "text_message"):
        p += [
            ("M", 3, 2.5),
            ("L", 13, 2.5),
            ("Q", 14.5, 2.5, 14.5, 4),
            ("L", 14.5, 9.5),
            ("Q", 14.5, 11, 13, 11),
            ("L", 7, 11),
            ("L", 3.5, 14),
            ("L", 3.5, 11),
            ("Q", 1.5, 11, 1.5, 9.5),
            ("L", 1.5, 4),
            ("Q", 1.5, 2.5, 3, 2.5),
        ]
        if name == "text_message":
            for x in (5, 8, 11):
                _circle(p, x, 6.8, 0.3)
    elif name == "phone_helpline":
        p += [
            ("M", 4, 2),
            ("L", 6.5, 2),
            ("L", 7.5, 5.5),
            ("L", 5.8, 6.8),
            ("Q", 7, 9.3, 9.2, 10.3),
            ("L", 10.5, 8.5),
            ("L", 14, 9.5),
            ("L", 14, 12),
            ("Q", 14, 14, 12, 14),
            ("Q", 2, 13, 2, 4),
            ("Q", 2, 2, 4, 2),
        ]
    elif name == "email":
        p.append(("R", 1.5, 3.5, 13, 9, 1.2))
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
        p += [("E", 1.5, 2, 8.5, 6.5), ("E", 6, 7.5, 8.5, 6.5)]
    elif name == "mobile_app":
        p.append(("R", 4, 1.5, 8, 13, 1.6))
        _lines(p, (7, 12.3), (9, 12.3))
    elif name == "clock":
        _circle(p, 8, 8, 6.5)
        _lines(p, (8, 4), (8, 8), (11, 9.5))
    elif name == "duration":
        _lines(p, (4, 1.5), (12, 1.5))
        _lines(p, (4, 14.5), (12, 14.5))
        _lines(p, (5, 1.5), (5, 4), (8, 8), (5, 12), (5, 14.5))
        _lines(p, (11, 1.5), (11, 4), (8, 8), (11, 12), (11, 14.5))
    else:  # a channel the user named: a plain dot
        _circle(p, 8, 8, 3)
    return tuple(p)


@lru_cache(maxsize=64)
def marker_ops(shape: str, r: float) -> tuple[Op, ...]:
    """Marker outline centred on (0, 0), y down, as the canvas draws it."""
    if shape == "square":
        s = r * 0.85
        return (("R", -s, -s, 2 * s, 2 * s, 0),)
    if shape == "triangle":
        return (("M", 0, -r * 1.1), ("L", r, r * 0.75), ("L", -r, r * 0.75), ("Z",))
    if shape == "diamond":
        k = r * 1.15
        return (("M", 0, -k), ("L", k, 0), ("L", 0, k), ("L", -k, 0), ("Z",))
    if shape == "cross":
        w = r * 0.38
        pts = [
            (-r, -w),
            (-w, -w),
            (-w, -r),
            (w, -r),
            (w, -w),
            (r, -w),
            (r, w),
            (w, w),
            (w, r),
            (-w, r),
            (-w, w),
            (-r, w),
        ]
        return (("M", *pts[0]), *[("L", *pt) for pt in pts[1:]], ("Z",))
    if shape == "star":
        ops: list[Op] = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * 1.2 if i % 2 == 0 else r * 0.5
            ops.append(("M" if i == 0 else "L", rr * math.cos(a), rr * math.sin(a)))
        ops.append(("Z",))
        return tuple(ops)
    return (("O", 0, 0, r),)


def smooth_ops(points: list[tuple[float, float]]) -> list[Op]:
    """A monotone cubic through the points (no overshoot past a level):
    a list of ("M", x, y) / ("L", x, y) / ("C", ...) steps."""
    if not points:
        return []
    ops: list[Op] = [("M", *points[0])]
    n = len(points)
    if n == 1:
        return ops
    if n == 2:
        return ops + [("L", *points[1])]
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    d = [(ys[i + 1] - ys[i]) / ((xs[i + 1] - xs[i]) or 1e-9) for i in range(n - 1)]
    m = [d[0]] + [0.0] * (n - 2) + [d[-1]]
    for i in range(1, n - 1):
        m[i] = 0.0 if d[i - 1] * d[i] <= 0 else (d[i - 1] + d[i]) / 2
    for i in range(n - 1):
        h = xs[i + 1] - xs[i]
        ops.append(
            (
                "C",
                xs[i] + h / 3,
                ys[i] + m[i] * h / 3,
                xs[i + 1] - h / 3,
                ys[i + 1] - m[i + 1] * h / 3,
                xs[i + 1],
                ys[i + 1],
            )
        )
    return ops
