"""Printer's marks: crop marks and the slug line for a print shop, cut and glue marks,
alignment crosshairs and the sheet's place for tiled sheets. No Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .fonts import TextWriter, colour
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


SLUG_SIZE = 6.5


def draw_slug(c: Canvas, text: str, x: float, y: float, width: float) -> None:
    """The slug line (file, date, version) from ``x`` on the baseline ``y``, outside the
    trim, in registration-free black; cut to ``width``."""
    from cjdesigner.layout.text import FontRole, fit_line

    writer = TextWriter(c)
    writer.draw(x, y, fit_line(text, FontRole("Regular", SLUG_SIZE, SLUG_SIZE * 1.2), width),
                "Regular", SLUG_SIZE, REGISTRATION)
    writer.flush()


def draw_crosshair(c: Canvas, x: float, y: float, r: float, ink: str) -> None:
    """An alignment crosshair: a circle of radius ``r`` and a cross through it."""
    c.setStrokeColor(colour(ink))
    c.setLineWidth(0.3)
    c.circle(x, y, r * 0.6, stroke=1, fill=0)
    c.line(x - r, y, x + r, y)
    c.line(x, y - r, x, y + r)
