"""Small vector pictograms for channels, evidence markers and votes. No Qt, no images.

Every function draws centred on (cx, cy) in the canvas's current coordinates (y up),
``size`` being the side of the square the icon fills.
"""

from __future__ import annotations

from cjdesigner.layout import style
from cjdesigner.model import Evidence

from .fonts import colour


def _pen(c, size: float, ink: str) -> None:
    c.setStrokeColor(colour(ink))
    c.setFillColor(colour(ink))
    c.setLineWidth(max(size * 0.09, 0.2))
    c.setLineJoin(1)
    c.setLineCap(1)


def _bubble(c, x: float, y: float, w: float, h: float, tail_left: bool, fill: int) -> None:
    r = h * 0.35
    p = c.beginPath()
    p.roundRect(x, y, w, h, r)
    c.drawPath(p, stroke=1, fill=fill)
    p = c.beginPath()
    tx = x + w * (0.25 if tail_left else 0.75)
    p.moveTo(tx - h * 0.12, y + 0.01)
    p.lineTo(tx - h * (0.22 if tail_left else -0.22), y - h * 0.3)
    p.lineTo(tx + h * 0.15, y + 0.01)
    c.drawPath(p, stroke=1, fill=fill)


def draw_channel_icon(c, key: str, cx: float, cy: float, size: float, ink: str) -> None:
    h = size / 2
    c.saveState()
    _pen(c, size, ink)
    if key == "website":
        c.roundRect(cx - h, cy - h * 0.8, size, h * 1.6, h * 0.15, stroke=1, fill=0)
        c.line(cx - h, cy + h * 0.4, cx + h, cy + h * 0.4)
        c.circle(cx - h * 0.7, cy + h * 0.6, h * 0.06, stroke=0, fill=1)
        c.circle(cx - h * 0.5, cy + h * 0.6, h * 0.06, stroke=0, fill=1)
    elif key == "webchat":
        _bubble(c, cx - h, cy - h * 0.1, h * 1.3, h * 0.9, True, 0)
        c.setFillColor(colour(style.PAPER))
        _bubble(c, cx - h * 0.2, cy - h * 0.75, h * 1.2, h * 0.8, False, 1)
    elif key == "phone_helpline":
        c.setLineWidth(size * 0.16)
        p = c.beginPath()
        p.arc(cx - h * 0.8, cy - h * 0.4, cx + h * 0.8, cy + h * 1.0, 20, 140)
        c.drawPath(p, stroke=1, fill=0)
        c.setLineWidth(size * 0.09)
        c.roundRect(cx - h * 0.6, cy - h * 0.85, h * 1.2, h * 0.9, h * 0.15, stroke=1, fill=0)
        c.circle(cx, cy - h * 0.4, h * 0.2, stroke=1, fill=0)
    elif key == "text_message":
        _bubble(c, cx - h * 0.95, cy - h * 0.45, h * 1.9, h * 1.25, True, 0)
        for dx in (-0.45, 0.0, 0.45):
            c.circle(cx + dx * h, cy + h * 0.17, h * 0.1, stroke=0, fill=1)
    elif key == "email":
        c.rect(cx - h, cy - h * 0.7, size, h * 1.4, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx - h, cy + h * 0.7)
        p.lineTo(cx, cy - h * 0.05)
        p.lineTo(cx + h, cy + h * 0.7)
        c.drawPath(p, stroke=1, fill=0)
    elif key == "social_media":
        nodes = ((cx + h * 0.6, cy + h * 0.6), (cx - h * 0.6, cy), (cx + h * 0.6, cy - h * 0.6))
        c.line(*nodes[0], *nodes[1])
        c.line(*nodes[1], *nodes[2])
        for nx, ny in nodes:
            c.circle(nx, ny, h * 0.28, stroke=0, fill=1)
    elif key == "store":
        c.rect(cx - h * 0.85, cy - h, h * 1.7, h * 1.2, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx - h, cy + h * 0.2)
        p.lineTo(cx - h * 0.8, cy + h * 0.8)
        p.lineTo(cx + h * 0.8, cy + h * 0.8)
        p.lineTo(cx + h, cy + h * 0.2)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.rect(cx - h * 0.25, cy - h, h * 0.5, h * 0.75, stroke=1, fill=0)
    elif key == "sales_staff":
        c.circle(cx, cy + h * 0.45, h * 0.38, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - h * 0.8, cy - h)
        p.curveTo(cx - h * 0.8, cy + h * 0.05, cx + h * 0.8, cy + h * 0.05, cx + h * 0.8, cy - h)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif key == "advertising":
        p = c.beginPath()
        p.moveTo(cx - h * 0.8, cy - h * 0.3)
        p.lineTo(cx - h * 0.8, cy + h * 0.3)
        p.lineTo(cx + h * 0.7, cy + h * 0.85)
        p.lineTo(cx + h * 0.7, cy - h * 0.85)
        p.close()
        c.drawPath(p, stroke=1, fill=1)
        c.line(cx - h * 0.5, cy - h * 0.3, cx - h * 0.3, cy - h * 0.9)
    elif key == "marketing_content":
        p = c.beginPath()
        p.moveTo(cx - h * 0.7, cy - h)
        p.lineTo(cx - h * 0.7, cy + h)
        p.lineTo(cx + h * 0.3, cy + h)
        p.lineTo(cx + h * 0.7, cy + h * 0.6)
        p.lineTo(cx + h * 0.7, cy - h)
        p.close()
        c.drawPath(p, stroke=1, fill=0)
        for dy in (0.3, -0.1, -0.5):
            c.line(cx - h * 0.4, cy + dy * h, cx + h * 0.4, cy + dy * h)
    elif key == "word_of_mouth":
        c.circle(cx - h * 0.45, cy + h * 0.15, h * 0.28, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(cx - h * 1.0, cy - h)
        p.curveTo(cx - h * 1.0, cy - h * 0.1, cx + h * 0.1, cy - h * 0.1, cx + h * 0.1, cy - h)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        _bubble(c, cx + h * 0.05, cy + h * 0.25, h * 0.95, h * 0.65, True, 0)
    elif key == "mobile_app":
        c.roundRect(cx - h * 0.55, cy - h, h * 1.1, size, h * 0.2, stroke=1, fill=0)
        for dx in (-0.2, 0.2):
            for dy in (0.45, 0.05):
                c.rect(cx + dx * h - h * 0.12, cy + dy * h - h * 0.12, h * 0.24, h * 0.24, 0, 1)
        c.circle(cx, cy - h * 0.65, h * 0.1, stroke=0, fill=1)
    else:  # a channel the user named: a plain ring
        c.circle(cx, cy, h * 0.55, stroke=1, fill=0)
        c.circle(cx, cy, h * 0.18, stroke=0, fill=1)
    c.restoreState()


def draw_evidence(c, evidence: Evidence, cx: float, cy: float, size: float) -> None:
    """Filled (observed), hollow (assumed) or dashed (proposed) circle: shape, not only hue."""
    _, fill, outline = style.EVIDENCE_STYLE[evidence]
    r = size / 2
    c.saveState()
    c.setLineWidth(max(size * 0.16, 0.3))
    c.setStrokeColor(colour(outline))
    c.setFillColor(colour(fill))
    if evidence == Evidence.PROPOSED:
        c.setDash(size * 0.22, size * 0.16)
    c.circle(cx, cy, r - size * 0.08, stroke=1, fill=1)
    if evidence == Evidence.ASSUMED:
        c.setFillColor(colour(outline))
        c.circle(cx, cy, r * 0.2, stroke=0, fill=1)
    c.restoreState()


def draw_vote(c, cx: float, cy: float, size: float, ink: str) -> None:
    """An upward triangle (a vote)."""
    h = size / 2
    c.setFillColor(colour(ink))
    p = c.beginPath()
    p.moveTo(cx - h * 0.8, cy - h * 0.6)
    p.lineTo(cx + h * 0.8, cy - h * 0.6)
    p.lineTo(cx, cy + h * 0.7)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def draw_marker(c, marker: str, cx: float, cy: float, size: float, ink: str, filled: bool) -> None:
    """A curve point marker; hollow for points derived from card emotions."""
    r = size / 2
    c.setStrokeColor(colour(ink))
    c.setFillColor(colour(ink if filled else style.PAPER))
    p = c.beginPath()
    if marker == "square":
        p.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7)
    elif marker == "triangle":
        p.moveTo(cx - r, cy - r * 0.8)
        p.lineTo(cx + r, cy - r * 0.8)
        p.lineTo(cx, cy + r)
        p.close()
    elif marker == "diamond":
        p.moveTo(cx, cy - r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy + r)
        p.lineTo(cx - r, cy)
        p.close()
    elif marker == "cross":
        w = r * 0.35
        p.moveTo(cx - w, cy - r)
        p.lineTo(cx + w, cy - r)
        p.lineTo(cx + w, cy - w)
        p.lineTo(cx + r, cy - w)
        p.lineTo(cx + r, cy + w)
        p.lineTo(cx + w, cy + w)
        p.lineTo(cx + w, cy + r)
        p.lineTo(cx - w, cy + r)
        p.lineTo(cx - w, cy + w)
        p.lineTo(cx - r, cy + w)
        p.lineTo(cx - r, cy - w)
        p.lineTo(cx - w, cy - w)
        p.close()
    elif marker == "star":
        import math

        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.45
            a = math.pi / 2 + i * math.pi / 5
            (p.moveTo if i == 0 else p.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
        p.close()
    else:
        p.circle(cx, cy, r * 0.9)
    c.drawPath(p, stroke=1, fill=1)
