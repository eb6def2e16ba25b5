"""One SVG document written piece by piece, so that memory stays bounded. No Qt.

Qt's SVG generator keeps everything it draws in memory until the end (its definitions
come first in the file), and the whole text was then copied several times: a map of
50,000 cards took 2.8 GB. The picture is instead drawn in horizontal bands
(:func:`plan_bands`), each by its own generator into a small buffer, and
:class:`SvgWriter` writes each band into the open file as it comes:

- the band's body, moved to its place (``<g transform="translate(0,y)">``), with its
  clip path (Qt clips to the band) and other ids made unique per band;
- text characters XML 1.0 forbids (``\\x01`` in a title) dropped (``escape.xml_chars``),
  so the file is always well-formed XML;
- the characters and faces the text uses collected, and the font subsets written once
  at the end (a ``<style>`` applies to the whole document wherever it stands);
- text the text engine shaped (Arabic, Hebrew, Indic, Thai, CJK), which Qt writes as
  glyph outlines, written again over them as invisible ``<text>`` in typed order
  (:class:`ShapedText`), stretched to the line's width: a browser selects, copies and
  finds it as the words typed.
"""

from __future__ import annotations

import math
import re
from typing import BinaryIO, NamedTuple

from .escape import xml_attr, xml_chars, xml_text
from .svgfonts import FAMILY_ATTR, QT_FAMILY_ATTR, faces_used, font_style, text_chars

#: about this many cards are drawn into one band
CARDS_PER_BAND = 1500

_DEFS = re.compile(r"<defs>(.*?)</defs>", re.DOTALL)
_ID = re.compile(r'\bid="([^"]+)"')


def plan_bands(card_tops: list[float], top: float, bottom: float,
               per_band: int | None = None) -> list[tuple[float, float]]:
    """(y, height) bands from ``top`` to ``bottom`` that each hold about ``per_band``
    (default :data:`CARDS_PER_BAND`) of the cards whose top edges are ``card_tops``; a
    band ends just above a card, on a whole unit."""
    per_band = per_band or CARDS_PER_BAND
    tops = sorted(t for t in card_tops if top < t < bottom)
    cuts = [top]
    for index in range(per_band, len(tops), per_band):
        y = float(math.floor(tops[index]) - 2)  # whole units: no half-pixel seam
        if y > cuts[-1] + 1.0:
            cuts.append(y)
    cuts.append(bottom)
    return [(y0, y1 - y0) for y0, y1 in zip(cuts, cuts[1:], strict=False) if y1 > y0]


def _unique_ids(defs: str, body: str, prefix: str) -> tuple[str, str]:
    """The band's definitions and body with the ids its definitions declare (Qt's
    ``clipPath1`` …) and the references to them led by ``prefix``. Plain string
    replacement of the quoted forms: one pass per id, not a callback per tag."""
    for name in _ID.findall(defs):
        new = prefix + name
        defs = defs.replace(f'id="{name}"', f'id="{new}"')
        for old_ref, new_ref in ((f"url(#{name})", f"url(#{new})"),
                                 (f'href="#{name}"', f'href="#{new}"')):
            defs = defs.replace(old_ref, new_ref)
            body = body.replace(old_ref, new_ref)
    return defs, body


class ShapedText(NamedTuple):
    """A line drawn as glyph outlines: where it is (left end of its baseline), its size
    and width in the drawing's units, its text in typed order, and its direction."""

    x: float
    y: float
    size: float
    width: float
    text: str
    rtl: bool


def text_layer(lines: list[ShapedText]) -> str:
    """The invisible, selectable text over the outlines of ``lines``: each line centred on
    its outlines and stretched to their width (``textLength``), so a selection covers
    what is drawn; a right-to-left line has that base direction."""
    out = []
    for line in lines:
        text = line.text.strip()
        if not text or line.width <= 0:
            continue
        direction = ' direction="rtl"' if line.rtl else ""
        out.append(
            f'<text x="{line.x + line.width / 2:.6g}" y="{line.y:.6g}" '
            f'font-size="{line.size:.6g}" textLength="{line.width:.6g}" '
            f'lengthAdjust="spacingAndGlyphs" text-anchor="middle"{direction}>'
            f"{xml_text(text)}</text>")
    if not out:
        return ""
    return (f'<g class="cjd-text" fill="#000" fill-opacity="0" font-family='
            f'"{xml_attr("sans-serif")}" xml:space="preserve">\n' + "\n".join(out) + "\n</g>\n")


class SvgWriter:
    """Writes the document's head, then each band as it is drawn, then the fonts."""

    def __init__(self, out: BinaryIO, width: float, height: float, dpi: float,
                 title: str, description: str, embed_fonts: bool = True) -> None:
        self.out = out
        self.embed_fonts = embed_fonts
        self.chars: set[str] = set()
        self.faces: set[tuple[str, str]] = set()
        self.bands = 0
        mm = 25.4 / dpi
        self._write(
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<svg width="{width * mm:.6g}mm" height="{height * mm:.6g}mm"\n'
            f' viewBox="0 0 {width:.6g} {height:.6g}"\n'
            ' xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
            ' version="1.1">\n'
            f"<title>{xml_text(title)}</title>\n<desc>{xml_text(description)}</desc>\n"
        )

    def _write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))

    def add_band(self, svg: str, dy: float, shaped: list[ShapedText] | None = None) -> None:
        """A band drawn by Qt's generator (a whole SVG document), placed ``dy`` down, with
        the text layer of its ``shaped`` lines."""
        svg = xml_chars(svg)
        head_end = svg.find("</defs>")
        defs = _DEFS.search(svg)
        body_start = svg.find("<g ", head_end if head_end >= 0 else 0)
        body_end = svg.rfind("</svg>")
        if body_start < 0 or body_end < body_start:
            return  # nothing drawn
        prefix = f"b{self.bands}-"
        self.bands += 1
        band_defs, body = _unique_ids(defs.group(1) if defs else "", svg[body_start:body_end],
                                      prefix)
        if self.embed_fonts:
            self.chars |= text_chars(body)
            self.faces |= faces_used(body)
            body = body.replace(QT_FAMILY_ATTR, FAMILY_ATTR)
        if band_defs.strip():
            self._write(f"<defs>{band_defs}</defs>\n")
        layer = text_layer(shaped) if shaped else ""
        self._write(f'<g transform="translate(0,{dy:.6g})">\n{body}{layer}</g>\n')

    def finish(self) -> None:
        """The font subsets the text needs, and the end of the document."""
        if self.embed_fonts:
            style = font_style(self.chars, self.faces)
            if style is not None:
                self._write(f"<defs>\n{style}\n</defs>\n")
        self._write("</svg>\n")


__all__ = ["CARDS_PER_BAND", "ShapedText", "SvgWriter", "plan_bands", "text_layer"]
