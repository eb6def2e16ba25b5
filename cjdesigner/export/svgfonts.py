"""Fonts inside an SVG: subsets of the bundled fonts the SVG's text uses, embedded as
@font-face rules (base64 TrueType), so the text keeps its width in any browser
(``svgstream.SvgWriter`` collects the text and writes the rules). No Qt."""

from __future__ import annotations

import base64
import html
import io
import re
from pathlib import Path

from cjdesigner import resources

FAMILY = "Source Sans Pro"
FALLBACK_FAMILY = "cjdesigner fallback"
_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.DOTALL)
_FACE = re.compile(r'font-family="Source Sans Pro"[^>]*?font-weight="(\d+)"[^>]*?font-style="(\w+)"')


def _faces() -> dict[tuple[str, str], Path]:
    return {
        ("400", "normal"): resources.FONT_REGULAR,
        ("600", "normal"): resources.FONT_SEMIBOLD,
        ("700", "normal"): resources.FONT_BOLD,
        ("400", "italic"): resources.FONT_ITALIC,
    }


def _subset(path: Path, chars: str) -> bytes | None:
    """A TrueType subset of ``path`` with just ``chars`` (None without fontTools)."""
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        return None
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = ["*"]  # every feature: joining, marks, ligatures, kerning
    font = TTFont(str(path))
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def text_chars(svg: str) -> set[str]:
    """The characters of the SVG's ``<text>`` elements."""
    chars: set[str] = set()
    for match in _TEXT.finditer(svg):
        chars.update(html.unescape(match.group(1)))
    chars.discard("\n")
    return chars


def faces_used(svg: str) -> set[tuple[str, str]]:
    """The (weight, style) faces of the bundled family that the SVG's text uses."""
    return {(w if w in ("400", "600", "700") else "400", st if st == "italic" else "normal")
            for w, st in _FACE.findall(svg)}


#: the font-family attribute Qt writes, and what it becomes once the fonts are embedded
QT_FAMILY_ATTR = 'font-family="Source Sans Pro"'
FAMILY_ATTR = f"font-family=\"'{FAMILY}', '{FALLBACK_FAMILY}', sans-serif\""


def font_style(chars: set[str], used: set[tuple[str, str]]) -> str | None:
    """A ``<style>`` element with @font-face subsets for ``chars`` in the faces ``used``
    (and the fallback face for characters the bundled family lacks); None when there is
    no text or no fontTools."""
    if not chars:
        return None
    text = "".join(sorted(chars))
    rules = []
    faces = _faces()
    for weight, style in sorted(used or {("400", "normal")}):
        data = _subset(faces[(weight, style)], text)
        if data is None:
            return None
        rules.append(_font_face(FAMILY, weight, style, data))
    from cjdesigner.layout.text import FACES

    regular = FACES["Regular"]()
    missing = "".join(ch for ch in text if not regular.has(ch) and not ch.isspace())
    if missing:
        data = _subset(resources.FONT_FALLBACK, missing)
        if data is not None:
            rules.append(_font_face(FALLBACK_FAMILY, "400", "normal", data))
    return "<style type=\"text/css\"><![CDATA[\n" + "\n".join(rules) + "\n]]></style>"


def _font_face(family: str, weight: str, style: str, data: bytes) -> str:
    b64 = base64.b64encode(data).decode("ascii")
    return (f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
            f"font-style: {style}; src: url(data:font/ttf;base64,{b64}) format('truetype'); }}")
