"""The poster's fonts: the bundled Source Sans Pro family, embedded and subset, with a
per-run fallback (DejaVu Sans for Greek, Cyrillic and symbols; a system CJK TrueType
font when one is installed). No Qt.

ReportLab has no font fallback of its own, so :class:`TextWriter` splits each line into
runs by the main face's character map (``layout.text.runs``) and switches fonts per run.
All text of a page goes into few text objects, which keeps the file small and fast.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner import resources
from cjdesigner.layout.text import FACES, cjk_face, fallback_face, runs

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

FONT_NAMES = {
    "Regular": "SourceSansPro-Regular",
    "Semibold": "SourceSansPro-Semibold",
    "Bold": "SourceSansPro-Bold",
    "Italic": "SourceSansPro-Italic",
}
FALLBACK_NAME = "DejaVuSans"
CJK_NAME = "CJKFallback"

_FILES = {
    "Regular": resources.FONT_REGULAR,
    "Semibold": resources.FONT_SEMIBOLD,
    "Bold": resources.FONT_BOLD,
    "Italic": resources.FONT_ITALIC,
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the family and the fallback with ReportLab (once per process).

    Also turns off ASCII85 on compressed streams: binary streams are 20 % smaller and
    much faster to write (the posters are files, never mail bodies).
    """
    from reportlab import rl_config

    rl_config.useA85 = 0
    for role, name in FONT_NAMES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_FILES[role])))
    if FALLBACK_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FALLBACK_NAME, str(resources.FONT_FALLBACK)))


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Register the first usable CJK TrueType font found on the system; None if none."""
    face = cjk_face()
    if face is None:
        return None
    path = str(face.path)
    try:
        font = (
            TTFont(CJK_NAME, path, subfontIndex=0)
            if path.lower().endswith(".ttc")
            else TTFont(CJK_NAME, path)
        )
    except Exception as exc:  # the layout could read it, ReportLab cannot embed it
        log.debug("CJK font %s unusable: %s", path, exc)
        return None
    pdfmetrics.registerFont(font)
    return CJK_NAME


_warned: set[str] = set()


def _warn_once(key: str, message: str) -> None:
    if key not in _warned:
        _warned.add(key)
        log.warning(message)


@lru_cache(maxsize=4096)
def colour(hex_colour: str) -> Color:
    return HexColor(hex_colour)


def _fallback_runs(text: str) -> list[tuple[str, str]]:
    """Split a run the main face lacks between DejaVu and the CJK font."""
    dejavu = fallback_face()
    out: list[tuple[str, str]] = []
    cjk: str | None | bool = False
    for char in text:
        if dejavu.has(char):
            name = FALLBACK_NAME
        else:
            if cjk is False:
                cjk = cjk_font()
            if cjk is None:
                _warn_once(
                    "cjk",
                    "No CJK TrueType font found (install fonts-wqy-microhei or set "
                    "CJDESIGNER_CJK_FONT); some characters print as empty boxes.",
                )
                name = FALLBACK_NAME
            else:
                name = cjk  # type: ignore[assignment]
        if out and out[-1][1] == name:
            out[-1] = (out[-1][0] + char, name)
        else:
            out.append((char, name))
    return out


@lru_cache(maxsize=8)
def _charset(face_name: str) -> frozenset[str]:
    return frozenset(chr(cp) for cp in FACES[face_name]().widths)


def font_runs(text: str, face_name: str) -> list[tuple[str, str]]:
    """(text, ReportLab font name) runs for ``text`` in the face ``face_name``."""
    face = FACES[face_name]()
    main = FONT_NAMES[face_name]
    if set(text) <= _charset(face_name):
        return [(text, main)]
    out: list[tuple[str, str]] = []
    for chunk, fallback in runs(text, face):
        if fallback:
            out.extend(_fallback_runs(chunk))
        else:
            out.append((chunk, main))
    return out


def width(text: str, face_name: str, size: float) -> float:
    """Printed width of ``text`` in points, fallback runs included."""
    face = FACES[face_name]()
    widths = face.widths
    total = 0.0
    for char in text:
        w = widths.get(ord(char))
        if w is None:
            return sum(float(pdfmetrics.stringWidth(t, n, size))
                       for t, n in font_runs(text, face_name))
        total += w
    return total * size / 1000.0


class TextWriter:
    """Collects positioned text and writes it in one BT … ET block per flush.

    Lines are grouped by font, size and colour, so a poster of thousands of cards sets
    each only a handful of times; each line is placed with a relative ``Td``.
    Coordinates are those of the canvas at the time of :meth:`flush`.
    """

    def __init__(self, canvas: Canvas) -> None:
        register_fonts()
        self.canvas = canvas
        self._buckets: dict[tuple[str, float, str], list[tuple[float, float, str]]] = {}

    def draw(
        self,
        x: float,
        y: float,
        text: str,
        face_name: str,
        size: float,
        fill: str,
        align: str = "left",
    ) -> float:
        """Queue one line with its baseline at ``y``; returns its width when it had to be
        measured (centred or right-aligned, or several font runs), else 0."""
        if not text:
            return 0.0
        parts = font_runs(text, face_name)
        w = 0.0
        if align != "left":
            w = width(text, face_name, size)
            x -= w if align == "right" else w / 2
        if len(parts) == 1:
            self._buckets.setdefault((parts[0][1], size, fill), []).append((x, y, text))
            return w
        start = x
        for chunk, name in parts:
            self._buckets.setdefault((name, size, fill), []).append((x, y, chunk))
            x += pdfmetrics.stringWidth(chunk, name, size)
        return x - start

    def flush(self) -> None:
        if not self._buckets:
            return
        canv = self.canvas
        doc = canv._doc
        escape = canv._escape
        out = ["q BT"]
        add = out.append
        x0 = y0 = 0.0
        fill = None
        for (name, size, colour_hex), items in self._buckets.items():
            font = pdfmetrics.getFont(name)
            if colour_hex != fill:
                c = colour(colour_hex)
                add(f"{fp_str(c.red, c.green, c.blue)} rg")
                fill = colour_hex
            subset_now = None
            size_s = fp_str(size)
            for x, y, text in items:
                add(f"{fp_str(x - x0, y - y0)} Td")
                x0, y0 = x, y
                for subset, raw in font.splitString(text, doc):
                    if subset != subset_now:
                        add(f"{font.getSubsetInternalName(subset, doc)} {size_s} Tf")
                        subset_now = subset
                    add(f"({escape(raw)}) Tj")
        add("ET Q")
        canv._code.append("\n".join(out))
        self._buckets = {}
