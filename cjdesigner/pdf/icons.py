"""Vector pictograms, markers and evidence dots for the poster. No Qt, no images.

The shapes are the canvas's own: both replay the steps of ``layout/shapes.py`` (16 × 16
grid, y down, stroked in one colour), so a channel or lane looks the same on the wall as
on screen. Here they become ReportLab paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cjdesigner.layout import style
from cjdesigner.layout.shapes import Op, icon_ops, marker_ops
from cjdesigner.model import CHANNELS, Evidence

from .fonts import colour

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

VOTE = style.VOTE  # the vote dots


def _replay(path: Any, ops: Iterable[Op]) -> None:
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


def draw_icon(c: Canvas, name: str, x: float, y: float, size: float, ink: str, y_down: bool = True) -> None:
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


def draw_marker(c: Canvas, shape: str, cx: float, cy: float, r: float, fill: str, stroke: str,
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


def draw_evidence(c: Canvas, evidence: Evidence, cx: float, cy: float, r: float = style.EVIDENCE_R,
                  width: float = style.EVIDENCE_LINE_W, y_down: bool = True) -> None:
    """Filled (observed), hollow with a dot (assumed), dashed with a dot (proposed):
    told apart by shape as well as colour, as on the canvas."""
    _, fill, outline = style.EVIDENCE_STYLE[evidence]
    y = -cy if y_down else cy
    k = r / style.EVIDENCE_R
    c.saveState()
    c.setLineWidth(width)
    c.setStrokeColor(colour(outline))
    c.setFillColor(colour(fill))
    if evidence == Evidence.PROPOSED:
        c.setDash(*(d * k for d in style.EVIDENCE_DASH))
    c.circle(cx, y, r, stroke=1, fill=1)
    if evidence != Evidence.OBSERVED:
        c.setFillColor(colour(outline))
        c.circle(cx, y, style.EVIDENCE_DOT_R * k, stroke=0, fill=1)
    c.restoreState()


def replay(path: Any, ops: Iterable[Op]) -> None:
    _replay(path, ops)


# -- symbols: small drawings defined once per file as form XObjects ----------------------------
#: the card footer's symbols, drawn thousands of times on a big map
SYMBOL_ICON_SIZE = style.CARD_ICON
CLOCK_SIZE = 10.5


def symbol_name(kind: str, value: str = "") -> str:
    return f"cjd{kind}{value}"


def define_symbols(c: Canvas) -> None:
    """Define the footer symbols (votes, evidence, channel icons, clock) as forms.

    Call before anything else is drawn: ReportLab cannot define a form inside another.
    """
    c.beginForm(symbol_name("Vote"), -4, -4, 4, 4)
    c.setFillColor(colour(VOTE))
    c.circle(0, 0, style.VOTE_R, stroke=0, fill=1)
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


def place(c: Canvas, name: str, x: float, y: float) -> None:
    """Draw a symbol with its origin at layout point (x, y) (map space, y down)."""
    from reportlab.lib.rl_accel import fp_str

    c._code.append(f"q 1 0 0 1 {fp_str(x, -y)} cm /{c._doc.getXObjectName(name)} Do Q")
    c._formsinuse.append(name)
