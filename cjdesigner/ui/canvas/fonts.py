"""The bundled fonts as QFonts sized in layout units.

One layout unit is one pixel at 100 %. A QFont's pixel size is an integer, but the
layout uses sizes such as 12.5, so fonts are made in points for the paint device's
resolution (``size * 72 / dpi``): the text then covers exactly the widths the layout
measured, on screen, in a QImage or an SVG. Kerning is off because the layout measures
plain advance widths.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QPainter

from cjdesigner import resources
from cjdesigner.layout import FontRole, baseline_offset

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
