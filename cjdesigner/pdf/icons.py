"""Vector pictograms, markers and evidence dots for the poster. No Qt, no images.

The icons are the canvas's own (``ui/canvas/painting.py``): the same outlines on a
16 × 16 grid, y down, stroked in one colour, so a channel or lane looks the same on
the wall as on screen. They are described here once as plain drawing steps and
replayed into ReportLab paths.
"""

from __future__ import annotations

import math
from functools import lru_cache

from cjdesigner.layout import style
from cjdesigner.model import CHANNELS, Evidence

from .fonts import colour

VOTE = "#C2410C"  # the canvas's vote dots

# -- a tiny path description: ("M", x, y) ("L", x, y) ("Q", cx, cy, x, y)
# ("C", c1x, c1y, c2x, c2y, x, y) ("Z",) ("E", x, y, w, h) ellipse in a box
# ("O", cx, cy, r) circle ("R", x, y, w, h, radius) rounded rect


def _circle(ops: list, x: float, y: float, r: float) -> None:
    ops.append(("O", x, y, r))


def _lines(ops: list, *points: tuple[float, float]) -> None:
    ops.append(("M", *points[0]))
    for p in points[1:]:
        ops.append(("L", *p))


def _person(ops: list, cx: float = 8.0) -> None:
    _circle(ops, cx, 4.5, 2.6)
    ops.append(("M", cx - 5, 15))
    ops.append(("C", cx - 5, 9, cx + 5, 9, cx + 5, 15))


@lru_cache(maxsize=64)
def icon_ops(name: str) -> tuple[tuple, ...]:
    p: list = []
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
        p += [("M", 8, 14.5), ("C", 1, 10, 0, 5.5, 3, 3), ("C", 5, 1.5, 7, 2.5, 8, 4.5),
              ("C", 9, 2.5, 11, 1.5, 13, 3), ("C", 16, 5.5, 15, 10, 8, 14.5)]
    elif name == "pain_points":
        _lines(p, (8, 1.5), (15, 14), (1, 14), (8, 1.5))
        _lines(p, (8, 6), (8, 10))
        _circle(p, 8, 12, 0.4)
    elif name == "opportunities":
        _lines(p, (2, 13), (6.5, 8.5), (9.5, 11), (14, 4))
        _lines(p, (10, 4), (14, 4), (14, 8))
    elif name == "ideas":
        p += [("M", 6, 12), ("C", 6, 9.5, 3, 8.5, 3, 6), ("C", 3, 3, 5.5, 1, 8, 1),
              ("C", 10.5, 1, 13, 3, 13, 6), ("C", 13, 8.5, 10, 9.5, 10, 12), ("Z",)]
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
            _lines(p, (8 + 4.5 * math.cos(a), 8 + 4.5 * math.sin(a)),
                   (8 + 6.8 * math.cos(a), 8 + 6.8 * math.sin(a)))
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
        p += [("M", 3, 2.5), ("L", 13, 2.5), ("Q", 14.5, 2.5, 14.5, 4), ("L", 14.5, 9.5),
              ("Q", 14.5, 11, 13, 11), ("L", 7, 11), ("L", 3.5, 14), ("L", 3.5, 11),
              ("Q", 1.5, 11, 1.5, 9.5), ("L", 1.5, 4), ("Q", 1.5, 2.5, 3, 2.5)]
        if name == "text_message":
            for x in (5, 8, 11):
                _circle(p, x, 6.8, 0.3)
    elif name == "phone_helpline":
        p += [("M", 4, 2), ("L", 6.5, 2), ("L", 7.5, 5.5), ("L", 5.8, 6.8),
              ("Q", 7, 9.3, 9.2, 10.3), ("L", 10.5, 8.5), ("L", 14, 9.5), ("L", 14, 12),
              ("Q", 14, 14, 12, 14), ("Q", 2, 13, 2, 4), ("Q", 2, 2, 4, 2)]
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
    else:  # a channel the user named: a plain dot
        _circle(p, 8, 8, 3)
    return tuple(p)


def _replay(path, ops) -> None:
    cur = (0.0, 0.0)
    start = (0.0, 0.0)
    for op in ops:
        kind = op[0]
        if kind == "M":
            path.moveTo(op[1], op[2])
            cur = start = (op[1], op[2])
        elif kind == "L":
            path.lineTo(op[1], op[2])
            cur = (op[1], op[2])
        elif kind == "Q":
            qx, qy, x, y = op[1:]
            c1 = (cur[0] + 2 / 3 * (qx - cur[0]), cur[1] + 2 / 3 * (qy - cur[1]))
            c2 = (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y))
            path.curveTo(c1[0], c1[1], c2[0], c2[1], x, y)
            cur = (x, y)
        elif kind == "C":
            path.curveTo(*op[1:])
            cur = (op[5], op[6])
        elif kind == "Z":
            path.close()
            cur = start
        elif kind == "E":
            path.ellipse(op[1], op[2], op[3], op[4])
        elif kind == "O":
            path.circle(op[1], op[2], op[3])
        elif kind == "R":
            if op[5]:
                path.roundRect(op[1], op[2], op[3], op[4], op[5])
            else:
                path.rect(op[1], op[2], op[3], op[4])


def icon_name(channel: str) -> str:
    return channel if channel in CHANNELS else "other"


def draw_icon(c, name: str, x: float, y: float, size: float, ink: str, y_down: bool = True) -> None:
    """Stroke the named icon into the square whose top-left corner is (x, y).

    ``y_down``: the canvas is in map space (y = -layout y), so (x, y) are layout
    coordinates; otherwise (x, y) is the top-left corner in page points (y up).
    """
    c.saveState()
    c.translate(x, -y if y_down else y)
    s = size / 16.0
    c.scale(s, -s)
    c.setStrokeColor(colour(ink))
    c.setLineWidth(1.35)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    _replay(p, icon_ops(name))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


@lru_cache(maxsize=64)
def marker_ops(shape: str, r: float) -> tuple[tuple, ...]:
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
        pts = [(-r, -w), (-w, -w), (-w, -r), (w, -r), (w, -w), (r, -w), (r, w), (w, w), (w, r),
               (-w, r), (-w, w), (-r, w)]
        return (("M", *pts[0]), *[("L", *pt) for pt in pts[1:]], ("Z",))
    if shape == "star":
        ops: list = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = r * 1.2 if i % 2 == 0 else r * 0.5
            ops.append(("M" if i == 0 else "L", rr * math.cos(a), rr * math.sin(a)))
        ops.append(("Z",))
        return tuple(ops)
    return (("O", 0, 0, r),)


def draw_marker(c, shape: str, cx: float, cy: float, r: float, fill: str, stroke: str,
                width: float, y_down: bool = True) -> None:
    """A curve marker centred on (cx, cy) (layout coordinates when ``y_down``)."""
    c.saveState()
    c.translate(cx, -cy if y_down else cy)
    c.scale(1, -1)
    c.setFillColor(colour(fill))
    c.setStrokeColor(colour(stroke))
    c.setLineWidth(width)
    c.setLineJoin(1)
    p = c.beginPath()
    _replay(p, marker_ops(shape, r))
    c.drawPath(p, stroke=1, fill=1)
    c.restoreState()


def draw_evidence(c, evidence: Evidence, cx: float, cy: float, r: float = 3.8,
                  width: float = 1.4, y_down: bool = True) -> None:
    """Filled (observed), hollow with a dot (assumed), dashed with a dot (proposed):
    told apart by shape as well as colour, as on the canvas."""
    _, fill, outline = style.EVIDENCE_STYLE[evidence]
    y = -cy if y_down else cy
    k = r / 3.8
    c.saveState()
    c.setLineWidth(width)
    c.setStrokeColor(colour(outline))
    c.setFillColor(colour(fill))
    if evidence == Evidence.PROPOSED:
        c.setDash(2.0 * k, 1.6 * k)
    c.circle(cx, y, r, stroke=1, fill=1)
    if evidence != Evidence.OBSERVED:
        c.setFillColor(colour(outline))
        c.circle(cx, y, 1.3 * k, stroke=0, fill=1)
    c.restoreState()


def smooth_points(points: list[tuple[float, float]]) -> list[tuple]:
    """The canvas's monotone cubic through the points (no overshoot past a level):
    a list of ("M", x, y) / ("L", x, y) / ("C", ...) steps."""
    if not points:
        return []
    ops: list[tuple] = [("M", *points[0])]
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
        ops.append(("C", xs[i] + h / 3, ys[i] + m[i] * h / 3, xs[i + 1] - h / 3,
                    ys[i + 1] - m[i + 1] * h / 3, xs[i + 1], ys[i + 1]))
    return ops


def replay(path, ops) -> None:
    _replay(path, ops)


# -- symbols: small drawings defined once per file as form XObjects ----------------------------
#: the card footer's symbols, drawn thousands of times on a big map
SYMBOL_ICON_SIZE = 13.0
CLOCK_SIZE = 10.5


def symbol_name(kind: str, value: str = "") -> str:
    return f"cjd{kind}{value}"


def define_symbols(c) -> None:
    """Define the footer symbols (votes, evidence, channel icons, clock) as forms.

    Call before anything else is drawn: ReportLab cannot define a form inside another.
    """
    c.beginForm(symbol_name("Vote"), -4, -4, 4, 4)
    c.setFillColor(colour(VOTE))
    c.circle(0, 0, 3, stroke=0, fill=1)
    c.endForm()
    for ev in Evidence:
        c.beginForm(symbol_name("Ev", ev.value), -5, -5, 5, 5)
        draw_evidence(c, ev, 0, 0)
        c.endForm()
    for name in [*CHANNELS, "other"]:
        c.beginForm(symbol_name("Icon", name), -2, -15, 15, 2)
        draw_icon(c, name, 0, 0, SYMBOL_ICON_SIZE, style.INK_SOFT)
        c.endForm()
    c.beginForm(symbol_name("Clock"), -2, -13, 13, 2)
    draw_icon(c, "clock", 0, 0, CLOCK_SIZE, style.INK_SOFT)
    c.endForm()


def place(c, name: str, x: float, y: float) -> None:
    """Draw a symbol with its origin at layout point (x, y) (map space, y down)."""
    from reportlab.lib.rl_accel import fp_str

    c._code.append(f"q 1 0 0 1 {fp_str(x, -y)} cm /{c._doc.getXObjectName(name)} Do Q")
    c._formsinuse.append(name)
