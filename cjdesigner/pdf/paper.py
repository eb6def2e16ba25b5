"""Paper sizes and lengths: ISO, US, ANSI, Arch, custom sheets and rolls. No Qt.

All sizes are in PostScript points (1/72 in), portrait (width <= height).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MM = 72.0 / 25.4
CM = 10 * MM
INCH = 72.0

#: the largest page side Acrobat accepts without ``UserUnit`` (200 in)
MAX_PAGE_SIDE = 200 * INCH
#: nothing of the poster comes nearer than this to the trim unless bleed is asked for:
#: office and large-format printers leave a few millimetres unprinted, and a guillotine
#: may cut a millimetre or two inside the trim
SAFE_MARGIN = 6 * MM


def _mm(w: float, h: float) -> tuple[float, float]:
    return (w * MM, h * MM)


def _in(w: float, h: float) -> tuple[float, float]:
    return (w * INCH, h * INCH)


#: named sheets, portrait, in points
SHEETS: dict[str, tuple[float, float]] = {
    "A5": _mm(148, 210),
    "A4": _mm(210, 297),
    "A3": _mm(297, 420),
    "A2": _mm(420, 594),
    "A1": _mm(594, 841),
    "A0": _mm(841, 1189),
    "2A0": _mm(1189, 1682),
    "4A0": _mm(1682, 2378),
    "Letter": _in(8.5, 11),
    "Legal": _in(8.5, 14),
    "Tabloid": _in(11, 17),
    "ANSI C": _in(17, 22),
    "ANSI D": _in(22, 34),
    "ANSI E": _in(34, 44),
    "Arch C": _in(18, 24),
    "Arch D": _in(24, 36),
    "Arch E": _in(36, 48),
}

#: sheets offered for tiled printing on an office printer
TILE_SHEETS = ("A4", "Letter", "A3", "Tabloid")

_UNITS = {"mm": MM, "cm": CM, "in": INCH, '"': INCH, "inch": INCH, "pt": 1.0}
_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|inch|pt|\")?\s*$", re.IGNORECASE)
_SIZE = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|inch|\")?\s*[x×*]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|inch|\")?\s*$",
    re.IGNORECASE,
)


class PaperError(ValueError):
    """A paper name or length that cannot be understood."""


def parse_length(text: str | float, default_unit: str = "mm") -> float:
    """``"10mm"``, ``"1.5 cm"``, ``"0.5in"`` or a bare number (in ``default_unit``) → points."""
    if isinstance(text, int | float):
        return float(text) * _UNITS[default_unit]
    match = _LENGTH.match(text)
    if not match:
        raise PaperError(f"not a length: {text!r} (try 10mm, 1cm or 0.5in)")
    unit = (match.group(2) or default_unit).lower()
    return float(match.group(1)) * _UNITS[unit]


def _key(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name).lower()


_BY_KEY = {_key(name): name for name in SHEETS}
_BY_KEY.update({"usletter": "Letter", "uslegal": "Legal", "ledger": "Tabloid", "11x17": "Tabloid"})


@dataclass(frozen=True)
class Paper:
    """A sheet (``length`` known) or a roll (``roll`` True: fixed width, length to fit)."""

    name: str
    width: float  # points, the short side for named sheets
    height: float | None  # None for a roll
    roll: bool = False

    def size(self, landscape: bool) -> tuple[float, float]:
        if self.height is None:
            raise ValueError("a roll has no fixed length")
        w, h = sorted((self.width, self.height))
        return (h, w) if landscape else (w, h)

    def describe(self) -> str:
        if self.roll:
            return f"{self.name} roll ({self.width / MM:.0f} mm wide)"
        assert self.height is not None
        return f"{self.name} ({self.width / MM:.0f} × {self.height / MM:.0f} mm)"


def parse_paper(text: str) -> Paper:
    """A named sheet (``A0``, ``Letter``, ``ANSI D``, ``Arch E``), a custom size
    (``900x2000mm``, ``90 x 200 cm``, ``36x48in``) or a roll (``roll:914mm``, ``roll 36in``)."""
    raw = text.strip()
    key = _key(raw)
    if key in _BY_KEY:
        name = _BY_KEY[key]
        w, h = SHEETS[name]
        return Paper(name, w, h)
    lowered = raw.lower()
    if lowered.startswith("roll"):
        rest = raw[4:].lstrip(" :=")
        width = parse_length(rest)
        if width < 50 * MM:
            raise PaperError(f"a roll narrower than 50 mm: {text!r}")
        return Paper("Roll", width, None, roll=True)
    match = _SIZE.match(raw)
    if match:
        unit_a = match.group(2) or match.group(4) or "mm"
        unit_b = match.group(4) or unit_a
        w = parse_length(match.group(1) + unit_a)
        h = parse_length(match.group(3) + unit_b)
        if min(w, h) < 20 * MM:
            raise PaperError(f"a sheet smaller than 20 mm: {text!r}")
        if max(w, h) > 100_000 * MM:
            raise PaperError(f"a sheet longer than 100 m: {text!r}")
        return Paper("Custom", w, h)
    names = ", ".join(SHEETS)
    raise PaperError(
        f"unknown paper {text!r}: use one of {names}, a size such as 900x2000mm, or roll:914mm"
    )


#: the printed scale's bounds: 5 % … 1000 % of the on-screen size
MIN_SCALE = 0.05
MAX_SCALE = 10.0


def parse_scale(text: str | float) -> float:
    """``"150%"``, ``"150"`` or ``150`` → 1.5: a bare number is a percentage, as on the
    command line's ``--scale 100``. 100 % prints the map at its on-screen size (96 px/in).
    Refuses anything outside :data:`MIN_SCALE` … :data:`MAX_SCALE` with a message."""
    if isinstance(text, int | float):
        value = float(text) / 100
    else:
        t = text.strip().rstrip("%").strip()
        try:
            value = float(t) / 100
        except ValueError as exc:
            raise PaperError(f"not a scale: {text!r} (try 100% or 150)") from exc
    if not MIN_SCALE <= value <= MAX_SCALE:
        raise PaperError(
            f"scale out of range: {text!r} is {value:.0%} of the on-screen size; use "
            f"{MIN_SCALE:.0%} to {MAX_SCALE:.0%} (100 = on-screen size)"
        )
    return value


#: the longest sheet side a poster may have (a roll or a sheet grown around the map)
MAX_SHEET_SIDE = 50_000 * MM
#: the most office sheets a tiled poster may take
MAX_TILES = 400


#: points per layout unit at 100 % (one layout unit is one screen pixel at 96 px/in)
POINTS_PER_UNIT = 72.0 / 96.0
