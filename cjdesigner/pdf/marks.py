"""Printer's marks: crop marks for a print shop, cut and glue marks for tiled sheets. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fonts import colour
from .paper import MM

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

REGISTRATION = "#000000"


def draw_crop_marks(c: Canvas, x: float, y: float, w: float, h: float, bleed: float, slug: float) -> None:
    """Crop marks at the four corners of the trim box (x, y, w, h), outside the bleed."""
    c.saveState()
    c.setStrokeColor(colour(REGISTRATION))
    c.setLineWidth(0.25)
    gap = bleed + 1 * MM
    length = max(slug - 2 * MM, 3 * MM)
    for cx, sx in ((x, -1), (x + w, 1)):
        for cy, sy in ((y, -1), (y + h, 1)):
            c.line(cx + sx * gap, cy, cx + sx * (gap + length), cy)
            c.line(cx, cy + sy * gap, cx, cy + sy * (gap + length))
    c.restoreState()


def draw_glue_zone(c: Canvas, x: float, y: float, w: float, h: float, ink: str) -> None:
    """Hatched band in a sheet's margin beside the overlap: glue or tape here."""
    c.saveState()
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setStrokeColor(colour(ink))
    c.setLineWidth(0.4)
    step = 2.5 * MM
    span = w + h
    t = -h
    while t < span:
        c.line(x + t, y, x + t + h, y + h)
        t += step
    c.restoreState()
