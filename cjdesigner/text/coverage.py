"""Characters no font of the chain can print, and which fonts would. No Qt.

Every picture export (PDF, PNG, SVG) adds :func:`missing_report` to its warnings, so a
map with Bengali or emoji on a machine without such fonts says which characters print as
empty boxes and what to install, instead of losing them in silence.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from cjdesigner.i18n.messages import msg

from .fonts import chain
from .shaping import ignorable

#: (first, last, what would print it, Debian/Ubuntu package)
SUGGESTIONS: tuple[tuple[int, int, str, str], ...] = (
    (0x0700, 0x074F, "Noto Sans Syriac", "fonts-noto-core"),
    (0x0780, 0x07BF, "Noto Sans Thaana", "fonts-noto-core"),
    (0x0980, 0x09FF, "Noto Sans Bengali", "fonts-noto-core"),
    (0x0A00, 0x0A7F, "Noto Sans Gurmukhi", "fonts-noto-core"),
    (0x0A80, 0x0AFF, "Noto Sans Gujarati", "fonts-noto-core"),
    (0x0B00, 0x0B7F, "Noto Sans Oriya", "fonts-noto-core"),
    (0x0B80, 0x0BFF, "Noto Sans Tamil", "fonts-noto-core"),
    (0x0C00, 0x0C7F, "Noto Sans Telugu", "fonts-noto-core"),
    (0x0C80, 0x0CFF, "Noto Sans Kannada", "fonts-noto-core"),
    (0x0D00, 0x0D7F, "Noto Sans Malayalam", "fonts-noto-core"),
    (0x0D80, 0x0DFF, "Noto Sans Sinhala", "fonts-noto-core"),
    (0x0E80, 0x0EFF, "Noto Sans Lao", "fonts-noto-core"),
    (0x0F00, 0x0FFF, "Noto Serif Tibetan", "fonts-noto-core"),
    (0x1000, 0x109F, "Noto Sans Myanmar", "fonts-noto-core"),
    (0x1200, 0x139F, "Noto Sans Ethiopic", "fonts-noto-core"),
    (0x1780, 0x17FF, "Noto Sans Khmer", "fonts-noto-core"),
    (0x1100, 0x11FF, msg("Export", "a Korean or CJK TrueType font (WenQuanYi Micro Hei)"), "fonts-wqy-microhei"),
    (0x2E80, 0x9FFF, msg("Export", "a CJK TrueType font (WenQuanYi Micro Hei)"), "fonts-wqy-microhei"),
    (0xAC00, 0xD7AF, msg("Export", "a Korean or CJK TrueType font (WenQuanYi Micro Hei)"), "fonts-wqy-microhei"),
    (0xF900, 0xFAFF, msg("Export", "a CJK TrueType font (WenQuanYi Micro Hei)"), "fonts-wqy-microhei"),
    (0xFF00, 0xFFEF, msg("Export", "a CJK TrueType font (WenQuanYi Micro Hei)"), "fonts-wqy-microhei"),
    (0x20000, 0x3FFFF, msg("Export", "a CJK font with the supplementary ideographs"), "fonts-wqy-zenhei"),
    (0x2600, 0x27BF, msg("Export", "a monochrome emoji font (Symbola)"), "fonts-symbola"),
    (0x1F000, 0x1FAFF, msg("Export", "a monochrome emoji font (Symbola)"), "fonts-symbola"),
)
GENERAL = (msg("Export", "Noto Sans for its script"), "fonts-noto-core")
SHOWN = 8  # characters named in the warning; the rest are counted


def suggestion(char: str) -> tuple[str, str]:
    code = ord(char)
    for first, last, font, package in SUGGESTIONS:
        if first <= code <= last:
            return font, package
    return GENERAL


@cache
def _covered() -> frozenset[int]:
    out: set[int] = set()
    for style in ("Regular", "Bold"):
        for face in chain(style):
            out |= face.chars
    return frozenset(out)


def missing_chars(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that no face can print, in code point order."""
    seen: set[str] = set()
    for text in texts:
        if not text.isascii():
            seen.update(text)
    covered = _covered()
    return sorted(ch for ch in seen if ord(ch) not in covered and not ignorable(ch)
                  and not ch.isspace() and ord(ch) >= 0x80)


def missing_report(texts: Iterable[str]) -> list[str]:
    """One warning per font that would help, naming the characters it would print."""
    missing = missing_chars(texts)
    by_font: dict[tuple[str, str], list[str]] = {}
    for ch in missing:
        by_font.setdefault(suggestion(ch), []).append(ch)
    lines: list[str] = []
    for (font, package), chars in by_font.items():
        named = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in chars[:SHOWN])
        if len(chars) > SHOWN:
            named = msg("Export", "{named} and {count} more", named=named,
                        count=len(chars) - SHOWN)
        lines.append(msg("Export", "%n character(s) cannot be printed with the fonts installed "
                         "and show as empty boxes: {named}; {font} would print them "
                         "(Debian/Ubuntu: sudo apt install {package})", n=len(chars),
                         named=named, font=font, package=package))
    return lines
