"""The bundled fonts as QFonts sized in layout units.

One layout unit is one pixel at 100 %. A QFont's pixel size is an integer, but the
layout uses sizes such as 12.5, so fonts are made in points for the paint device's
resolution (``size * 72 / dpi``): the text then covers exactly the widths the layout
measured, on screen, in a QImage or an SVG. Kerning is off because the layout measures
plain advance widths.

Text the main face does not set plainly (Arabic, Hebrew, Indic, Thai, CJK, emoji, marks)
is drawn by :func:`draw_text` as the text engine's glyph runs (QGlyphRun over a QRawFont
of the same font file), the glyphs and places the poster prints.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontDatabase, QGlyphRun, QPainter, QRawFont

from cjdesigner import resources
from cjdesigner.export.svgstream import ShapedText
from cjdesigner.layout import FontRole, baseline_offset
from cjdesigner.layout.text import is_simple

_FAMILY: dict[str, str] = {}
_CACHE: dict[tuple[str, float, int], QFont] = {}
_WEIGHTS = {
    "Regular": (QFont.Weight.Normal, False),
    "Semibold": (QFont.Weight.DemiBold, False),
    "Bold": (QFont.Weight.Bold, False),
    "Italic": (QFont.Weight.Normal, True),
}


def ensure_fonts() -> str:
    """Register the bundled faces once; returns the family name."""
    if "family" not in _FAMILY:
        family = "Source Sans Pro"
        for path in (
            resources.FONT_REGULAR,
            resources.FONT_SEMIBOLD,
            resources.FONT_BOLD,
            resources.FONT_ITALIC,
            resources.FONT_FALLBACK,
        ):
            ident = QFontDatabase.addApplicationFont(str(path))
            if ident >= 0 and path == resources.FONT_REGULAR:
                names = QFontDatabase.applicationFontFamilies(ident)
                if names:
                    family = names[0]
        _FAMILY["family"] = family
    return _FAMILY["family"]


def font(role: FontRole, dpi: int = 96) -> QFont:
    key = (role.face_name, role.size, dpi)
    cached = _CACHE.get(key)
    if cached is None:
        family = ensure_fonts()
        cached = QFont(family)
        weight, italic = _WEIGHTS.get(role.face_name, _WEIGHTS["Regular"])
        cached.setWeight(weight)
        cached.setItalic(italic)
        cached.setPointSizeF(role.size * 72.0 / dpi)
        cached.setKerning(False)
        cached.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        cached.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        _CACHE[key] = cached
    return cached


def painter_font(painter: QPainter, role: FontRole) -> QFont:
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return font(role, dpi)


def baseline(role: FontRole) -> float:
    return baseline_offset(role)


# -- shaped text: the text engine's glyph runs ---------------------------------------------
_RAW: dict[tuple[str, float], QRawFont] = {}
_RUNS: dict[tuple[str, str, float], list[tuple[QGlyphRun, float]]] = {}
#: a bold style the system's CJK font has no bold for is drawn twice, this much apart
#: (em), as the poster strokes it
SYNTHETIC_BOLD_SHIFT = 0.03


def _raw_font(key: str, size: float) -> QRawFont:
    raw = _RAW.get((key, size))
    if raw is None:
        from cjdesigner.text.fonts import by_key

        face = by_key(key)
        raw = QRawFont(str(face.path), size, QFont.HintingPreference.PreferNoHinting)
        _RAW[(key, size)] = raw
    return raw


def glyph_runs(text: str, role: FontRole) -> list[QGlyphRun]:
    """The engine's glyph runs of one line (``shape_line``), as Qt glyph runs placed
    from the line's left end on its baseline: the very glyphs the poster prints."""
    return [glyph_run for glyph_run, _ in _drawn_runs(text, role)]


def _drawn_runs(text: str, role: FontRole) -> list[tuple[QGlyphRun, float]]:
    """Each glyph run with the shift of its second pass (synthetic bold), else 0."""
    key = (text, role.face_name, role.size)
    runs = _RUNS.get(key)
    if runs is None:
        from cjdesigner.text.shaping import shape_line

        line = shape_line(text, role.face_name)
        k = role.size / 1000.0
        runs = []
        for run in line.runs:
            glyph_run = QGlyphRun()
            glyph_run.setRawFont(_raw_font(run.face_key, role.size))
            glyph_run.setGlyphIndexes(list(run.glyphs))
            glyph_run.setPositions([QPointF(x * k, -y * k)
                                    for x, y in zip(run.xs, run.ys, strict=True)])
            runs.append((glyph_run,
                         SYNTHETIC_BOLD_SHIFT * role.size if run.synthetic_bold else 0.0))
        if len(_RUNS) > 20000:
            _RUNS.clear()
        _RUNS[key] = runs
    return runs


#: while an SVG is drawn: every shaped line, in the drawing's coordinates, as
#: (x, baseline y, font size, width, text, right to left); the SVG adds them as invisible
#: text over the glyph outlines Qt writes, so that the text can be selected and found
_shaped_lines: list[ShapedText] | None = None


@contextmanager
def recording_shaped_lines() -> Iterator[list[ShapedText]]:
    """Collect the shaped lines :func:`draw_text` draws until the block ends."""
    global _shaped_lines
    lines: list[ShapedText] = []
    previous, _shaped_lines = _shaped_lines, lines
    try:
        yield lines
    finally:
        _shaped_lines = previous


def _record(painter: QPainter, point: QPointF, text: str, role: FontRole) -> None:
    from cjdesigner.text.bidi import is_rtl
    from cjdesigner.text.shaping import shape_line

    assert _shaped_lines is not None
    transform = painter.combinedTransform()
    at = transform.map(point)
    scale = (transform.m11() ** 2 + transform.m12() ** 2) ** 0.5
    width = shape_line(text, role.face_name).width * role.size / 1000.0
    _shaped_lines.append(ShapedText(at.x(), at.y(), role.size * scale, width * scale, text,
                                    is_rtl(text)))


def draw_text(painter: QPainter, point: QPointF, text: str, role: FontRole) -> None:
    """One line with the left end of its baseline at ``point``, in the painter's pen:
    plain text with the painter's font, any other text as the engine shaped it."""
    if is_simple(text, role.face_name):
        painter.drawText(point, text)
        return
    if _shaped_lines is not None:
        _record(painter, point, text, role)
    for glyph_run, shift in _drawn_runs(text, role):
        painter.drawGlyphRun(point, glyph_run)
        if shift:
            painter.drawGlyphRun(point + QPointF(shift, 0), glyph_run)
