"""Text measurement and wrapping for the layout, without Qt.

The canvas and the PDF poster both draw the lines this module produces, so a card
wraps the same way on screen and on paper. Text the main face sets plainly (Latin,
Greek, Cyrillic without combining marks: :func:`is_simple`) is measured from the face's
own advance table (read with ReportLab's TrueType parser, or for the bundled faces from
the table measured beforehand, ``METRICS``) and broken at spaces, which is fast. Any other text goes through the text engine (:mod:`cjdesigner.text`): fonts by
script, HarfBuzz shaping, the bidirectional algorithm, UAX #14 line breaks and grapheme
clusters; its widths are the shaped advances the backends draw.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner import resources

if TYPE_CHECKING:
    from types import ModuleType

# The text engine (HarfBuzz, ICU, the bidirectional algorithm) is imported when first
# needed: a map in plain Latin never loads it, which keeps start-up quick.


def _engine() -> ModuleType:
    from cjdesigner.text import wrapping

    return wrapping

ELLIPSIS = "…"


@dataclass(frozen=True)
class FontFace:
    """One TrueType face: its file and its advance widths in 1/1000 em."""

    name: str
    path: Path
    widths: dict[int, float]
    default_width: float
    ascent: float
    descent: float

    def has(self, char: str) -> bool:
        return ord(char) in self.widths


@lru_cache(maxsize=16)
def load_face(name: str, path: str) -> FontFace:
    metrics = _bundled_metrics(path) or face_metrics(path)
    return FontFace(
        name=name,
        path=Path(path),
        widths={int(code): width for code, width in metrics["widths"].items()},
        default_width=metrics["default_width"],
        ascent=metrics["ascent"],
        descent=metrics["descent"],
    )


METRICS = "metrics.json"
"""Beside the bundled fonts: the advance widths, ascent and descent of the faces the
layout sets most text in, as :func:`face_metrics` reads them, so that opening a map needs
neither ReportLab's TrueType parser (and Pillow, which it imports) nor parsing the fonts
again (issue 18: cold start). Made by ``python -m tools.font_metrics``; a test checks it
is current."""


def face_metrics(path: str) -> dict[str, Any]:
    """What the layout needs of a TrueType face, read from the file (ReportLab's parser)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    parsed = TTFontFile(path)
    return {
        "widths": {int(code): float(width) for code, width in parsed.charWidths.items()},
        "default_width": float(parsed.defaultWidth),
        "ascent": float(parsed.ascent),
        "descent": float(parsed.descent),
    }


@lru_cache(maxsize=1)
def _metrics_table() -> dict[str, Any]:
    try:
        table = json.loads(resources.resource_path("fonts", METRICS).read_bytes())
    except (OSError, ValueError):
        return {}
    return table if isinstance(table, dict) else {}


def _bundled_metrics(path: str) -> dict[str, Any] | None:
    """The measured metrics of the font at ``path`` when it is, byte for byte, a face
    the table was made from; None for any other file."""
    entry = _metrics_table().get(Path(path).name)
    if not isinstance(entry, dict):
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if len(data) != entry.get("bytes") or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        return None
    return entry


@dataclass(frozen=True)
class FontRole:
    """A face at a size, with its line height, as the layout uses it."""

    face_name: str
    size: float
    line_height: float

    @property
    def face(self) -> FontFace:
        return FACES[self.face_name]()


@lru_cache(maxsize=1)
def _regular() -> FontFace:
    return load_face("Regular", str(resources.FONT_REGULAR))


@lru_cache(maxsize=1)
def _semibold() -> FontFace:
    return load_face("Semibold", str(resources.FONT_SEMIBOLD))


@lru_cache(maxsize=1)
def _bold() -> FontFace:
    return load_face("Bold", str(resources.FONT_BOLD))


@lru_cache(maxsize=1)
def _italic() -> FontFace:
    return load_face("Italic", str(resources.FONT_ITALIC))


@lru_cache(maxsize=1)
def fallback_face() -> FontFace:
    return load_face("Fallback", str(resources.FONT_FALLBACK))


#: TrueType (glyf) CJK fonts that Debian, Ubuntu and Fedora install; CFF .otf will not do
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
    "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/msyh.ttc",
)

#: width (1/1000 em) of an East Asian wide or full-width character when no CJK font is
#: installed: such glyphs are square, one em wide
WIDE_UNITS = 1000.0
#: width of any other character that no font here has (conservative: wider than most)
UNKNOWN_UNITS = 1000.0


@lru_cache(maxsize=1)
def cjk_face() -> FontFace | None:
    """The first usable CJK TrueType font on the system (``CJDESIGNER_CJK_FONT`` first),
    the one the poster prints CJK text with; None when there is none."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    extra = os.environ.get("CJDESIGNER_CJK_FONT")
    for path in ((extra,) if extra else ()) + CJK_CANDIDATES:
        if not path or not Path(path).is_file():
            continue
        try:
            parsed = TTFontFile(path, subfontIndex=0)
        except Exception:  # CFF outlines, broken files: try the next one
            continue
        return FontFace(
            name="CJK",
            path=Path(path),
            widths=dict(parsed.charWidths),
            default_width=float(parsed.defaultWidth),
            ascent=float(parsed.ascent),
            descent=float(parsed.descent),
        )
    return None


_MISSING: dict[str, float] = {}


def missing_width(char: str) -> float:
    """Width (1/1000 em) of a character the main faces lack, as it prints: DejaVu's when
    DejaVu has it, else the CJK font's (its own default for characters it lacks too),
    else one em for East Asian wide characters and :data:`UNKNOWN_UNITS` for the rest."""
    w = _MISSING.get(char)
    if w is not None:
        return w
    code = ord(char)
    if code < 0x20 or 0x7F <= code < 0xA0:  # control characters take no room
        _MISSING[char] = 0.0
        return 0.0
    dejavu = fallback_face()
    w = dejavu.widths.get(code)
    if w is None:
        cjk = cjk_face()
        if cjk is not None:
            w = cjk.widths.get(code, cjk.default_width)
        elif unicodedata.east_asian_width(char) in ("W", "F"):
            w = WIDE_UNITS
        else:
            w = max(UNKNOWN_UNITS, dejavu.default_width)
    _MISSING[char] = w
    return w


FACES = {"Regular": _regular, "Semibold": _semibold, "Bold": _bold, "Italic": _italic}


def runs(text: str, face: FontFace) -> list[tuple[str, bool]]:
    """Split text into runs of (characters, uses_fallback) by the main face's character map."""
    out: list[tuple[str, bool]] = []
    for char in text:
        fallback = not face.has(char) and not char.isspace()
        if out and out[-1][1] == fallback:
            out[-1] = (out[-1][0] + char, fallback)
        else:
            out.append((char, fallback))
    return out


#: widths of words already measured, per face (a 50,000-card map repeats its words)
_WORDS: dict[int, dict[str, float]] = {}
#: how many words a face keeps before it starts over
WORDS_KEPT = 200_000


#: each word with its spaces → (the word, its width, its spaces' width), per face
_TOKENS: dict[int, dict[str, tuple[str, float, float]]] = {}


def _tokens(face: FontFace) -> dict[str, tuple[str, float, float]]:
    known = _TOKENS.get(id(face.widths))
    if known is None or len(known) >= WORDS_KEPT:
        known = _TOKENS[id(face.widths)] = {}
    return known


def _units(text: str, face: FontFace) -> float:
    """Advance width of ``text`` in 1/1000 em (characters the face lacks: the fallback's).
    Each text's width is summed once per face and then looked up: the same sum, in the
    same order, so the same value."""
    known = _WORDS.get(id(face.widths))
    if known is None:
        known = _WORDS[id(face.widths)] = {}
    total = known.get(text)
    if total is not None:
        return total
    widths = face.widths
    total = 0.0
    for char in text:
        w = widths.get(ord(char))
        if w is None:
            w = missing_width(char)
        total += w
    if len(known) >= WORDS_KEPT:
        known.clear()
    known[text] = total
    return total


@lru_cache(maxsize=8)
def simple_chars(face_name: str) -> frozenset[str]:
    """Characters the face ``face_name`` sets without shaping: those it maps, less
    combining marks, format controls and right-to-left letters."""
    # control characters print nothing either way (paragraph ends: wrap() splits at them)
    out = {chr(c) for c in (*range(0x20), *range(0x7F, 0xA0))}
    for code in FACES[face_name]().widths:
        ch = chr(code)
        if unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf", "Cc") and ch != "\t":
            continue
        if unicodedata.bidirectional(ch) in ("R", "AL"):
            continue
        out.add(ch)
    return frozenset(out)


@lru_cache(maxsize=8)
def _ascii_is_simple(face_name: str) -> bool:
    """Whether every ASCII character is simple in ``face_name``."""
    return {chr(c) for c in range(128)} <= simple_chars(face_name)


def is_simple(text: str, face_name: str) -> bool:
    """Whether ``text`` needs no shaping, fallback font or reordering in ``face_name``."""
    if text.isascii() and _ascii_is_simple(face_name):
        return True
    return set(text) <= simple_chars(face_name)


def text_width(text: str, role: FontRole) -> float:
    if not is_simple(text, role.face_name):
        from cjdesigner.text.shaping import line_width

        return line_width(text, role.face_name, role.size)
    return _units(text, role.face) * role.size / 1000.0


_BREAK = re.compile(r"\S+\s*")


def _split_long_word(word: str, role: FontRole, width: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, role) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _with_ellipsis(line: str, role: FontRole, width: float) -> str:
    line = line.rstrip()
    while line and text_width(line + ELLIPSIS, role) > width:
        line = line[:-1].rstrip()
    return line + ELLIPSIS


def wrap(text: str, role: FontRole, width: float, max_lines: int | None = None) -> list[str]:
    """Greedy word wrap into lines no wider than ``width``.

    Honours explicit line breaks; splits words longer than a line; when ``max_lines``
    cuts the text short, the last line ends with an ellipsis. Empty text gives [].
    """
    if not is_simple(text, role.face_name):
        result: list[str] = _engine().wrap(text, role.face_name, role.size, width, max_lines)
        return result
    lines: list[str] = []
    truncated = False
    face = role.face
    tokens = _tokens(face)
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if max_lines is not None and len(lines) >= max_lines:
            truncated = True
            break
        current = ""
        current_units = 0.0  # width of ``current`` with its trailing spaces, 1/1000 em
        for word in _BREAK.findall(paragraph):
            if max_lines is not None and len(lines) > max_lines:
                break  # already cut: the rest cannot change the lines kept
            known = tokens.get(word)
            if known is None:
                bare = word.rstrip()
                known = tokens[word] = (bare, _units(bare, face), _units(word[len(bare):], face))
            bare, bare_units, space_units = known
            # widths add up character by character, so the candidate line's width is
            # the current line's plus the word's (no re-measuring the whole line)
            if (current_units + bare_units) * role.size / 1000.0 <= width:
                current += word
                current_units += bare_units + space_units
                continue
            if current:
                lines.append(current.rstrip())
                current = ""
                current_units = 0.0
            if bare_units * role.size / 1000.0 > width:
                pieces = _split_long_word(bare, role, width)
                lines.extend(pieces[:-1])
                current = pieces[-1] + word[len(bare) :]
                current_units = _units(current, face)
            else:
                current = word
                current_units = bare_units + space_units
        if current.strip() or not paragraph.strip():
            lines.append(current.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        truncated = True
    if truncated and lines:
        lines[-1] = _with_ellipsis(lines[-1], role, width)
    return lines


def fit_line(text: str, role: FontRole, width: float) -> str:
    """One line: the text itself if it fits, else cut with an ellipsis."""
    if not is_simple(text, role.face_name):
        fitted: str = _engine().fit_line(text, role.face_name, role.size, width)
        return fitted
    if text_width(text, role) <= width:
        return text
    return _with_ellipsis(text, role, width)


def reads_rtl(text: str) -> bool:
    """Whether the line reads right to left (its paragraph does): it is aligned right."""
    if text.isascii():
        return False
    from cjdesigner.text.bidi import is_rtl

    return is_rtl(text)


def start_x(text: str, role: FontRole, left: float, width: float) -> float:
    """Where a line set in a box from ``left``, ``width`` wide, starts: at the left,
    or for a right-to-left line, so that it ends at the box's right edge."""
    if reads_rtl(text):
        return left + width - text_width(text, role)
    return left


def baseline_offset(role: FontRole) -> float:
    """Distance from the top of a line box to its baseline (canvas and poster agree)."""
    face = role.face
    em = (face.ascent - face.descent) / 1000.0 * role.size
    return (role.line_height - em) / 2 + face.ascent / 1000.0 * role.size


# -- wrapping one text at several sizes ---------------------------------------------------
#: a word and its trailing space, with their widths at size 1000 (1/1000 em)
Word = tuple[str, str, float, float]
_WORD = re.compile(r"(\S+)(\s*)")


@lru_cache(maxsize=8)
def _char_widths(face_name: str) -> dict[str, float]:
    return {chr(cp): w for cp, w in FACES[face_name]().widths.items()}


def _width_of(text: str, table: dict[str, float]) -> float:
    try:
        return sum(map(table.__getitem__, text))
    except KeyError:
        total = 0.0
        for ch in text:
            w = table.get(ch)
            total += missing_width(ch) if w is None else w
        return total


def measure_words(text: str, face_name: str) -> list[list[Word]]:
    """Per paragraph, each word and trailing space with their widths (1/1000 em), so that
    :func:`wrap_words` can try several sizes without measuring again."""
    if not is_simple(text, face_name):
        # shaped text: no word is narrow enough, so wrap_words leaves it to wrap()
        return [[(text, "", math.inf, 0.0)]]
    table = _char_widths(face_name)
    out = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        out.append([
            (m.group(1), m.group(2), _width_of(m.group(1), table),
             _width_of(m.group(2), table))
            for m in _WORD.finditer(paragraph)
        ])
    return out


def wrap_words(paragraphs: list[list[Word]], size: float, width: float) -> list[str] | None:
    """The lines :func:`wrap` makes (greedy, explicit breaks kept, no line limit), from
    :func:`measure_words`; None when a word is wider than the line (wrap splits those)."""
    limit = width * 1000.0 / size
    lines: list[str] = []
    for words in paragraphs:
        current: list[str] = []
        used = 0.0
        for word, space, ww, sw in words:
            if ww > limit:
                return None
            if current and used + ww > limit:
                lines.append("".join(current).rstrip())
                current, used = [], 0.0
            current.append(word + space)
            used += ww + sw
        lines.append("".join(current).rstrip())
    while lines and not lines[-1]:
        lines.pop()
    return lines
