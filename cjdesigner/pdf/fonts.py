"""The poster's fonts and text: the bundled Source Sans Pro family, embedded and
subset, and the text engine's glyph runs for everything else. No Qt.

Plain text (``layout.text.is_simple``: Latin, Greek, Cyrillic the main face sets as it
is) is written as characters, grouped by font, size and colour into few text objects,
which keeps the file small and fast. Any other line is shaped by the text engine
(:func:`cjdesigner.text.shaping.shape_line`: fallback fonts by script, HarfBuzz, the
bidirectional algorithm) and written glyph by glyph, each at the place HarfBuzz gave it,
from subsets of the same font files the canvas draws with (:class:`GlyphFont`). So that
the PDF's text still reads as the words typed, each such line is marked with its text
(``/ActualText``) and each glyph maps back to its characters (``ToUnicode``).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from bidi.mirror import MIRRORED
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cjdesigner import resources
from cjdesigner.layout.text import FACES, cjk_face, fallback_face, is_simple, runs

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from cjdesigner.text.fonts import Face
    from cjdesigner.text.shaping import GlyphRun, ShapedLine

#: bidi marks and embeddings: never part of the text a PDF reader gets back
RLM = "\u200f"
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

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
    if not is_simple(text, face_name):
        from cjdesigner.text.shaping import line_width

        return line_width(text, face_name, size)
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


#: glyph g of a face is written as the character PUA_BASE + g (plane 15's private use area),
#: so that ReportLab's subsetting, which works by character, keeps glyph ids
PUA_BASE = 0xF0000


class GlyphFont(TTFont):  # type: ignore[misc]
    """A face of the text engine, embedded by glyph id (see :data:`PUA_BASE`); its
    ToUnicode map gives each glyph the characters it was shaped from."""

    def __init__(self, name: str, face: Face) -> None:
        super().__init__(name, str(face.path), subfontIndex=face.index)
        # its own base font name: the same file may also be embedded by character
        # (and one file may serve two faces: a CJK font is also its own synthetic bold)
        tag = "".join(ch for ch in face.key if ch.isalnum()).encode("ascii")
        self.face.name = type(self.face.name)(self.face.name + b"-Glyphs" + tag)
        self.engine_face = face
        self.glyph_text: dict[int, str] = {}
        # a glyph the font maps a character to reads as that character
        self._nominal: dict[int, str] = {}
        for code, glyph in sorted(self.face.charToGlyph.items(), reverse=True):
            if code < PUA_BASE and not _presentation_form(code):
                self._nominal[glyph] = chr(code)

    def char(self, glyph: int, text: str) -> str:
        code = PUA_BASE + glyph
        ttf = self.face
        if code not in ttf.charToGlyph:
            ttf.charToGlyph[code] = glyph
            ttf.charWidths[code] = self.advance(glyph)
        if text and glyph not in self._nominal:
            known = self.glyph_text.get(glyph)
            if known is None or len(text) < len(known):
                self.glyph_text[glyph] = text
        return chr(code)

    def advance(self, glyph: int) -> float:
        """The glyph's own advance (1/1000 em), as a PDF reader reckons it."""
        return float(self.engine_face.hb_font.get_glyph_h_advance(glyph)) * 1000.0 / float(
            self.engine_face.upem)

    def text_of(self, glyph: int) -> str:
        """What ``glyph`` reads as: its character, or the fewest characters it was shaped
        from; a right-to-left ligature (lam-alef) as its presentation form, whose NFKC is
        the letters in typed order."""
        nominal = self._nominal.get(glyph)
        if nominal is not None:
            return nominal
        text = self.glyph_text.get(glyph, "")
        if len(text) > 1 and _has_rtl(text):
            text = presentation_forms().get(text, text)
        return text

    def addObjects(self, doc: object) -> None:  # noqa: N802 (ReportLab's name)
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        from reportlab.pdfbase.ttfonts import SUBSETN

        for n, subset in enumerate(subsets):
            base = (b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
                    ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)  # type: ignore[attr-defined]
            if stream is not None:
                stream.content = self._to_unicode(base, subset)

    def _to_unicode(self, name: str, subset: list[int]) -> str:
        pairs = []
        for index, code in enumerate(subset):
            text = self.text_of(code - PUA_BASE) if code >= PUA_BASE else chr(code)
            text = "".join(ch for ch in text if ch not in BIDI_CONTROLS)
            if text:
                pairs.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                 f"/CMapName /{name} def", "/CMapType 2 def", "1 begincodespacerange",
                 f"<00> <{max(len(subset) - 1, 0):02X}>", "endcodespacerange"]
        for start in range(0, len(pairs), 100):  # at most 100 entries a block
            chunk = pairs[start:start + 100]
            lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)


def _has_rtl(text: str) -> bool:
    import unicodedata

    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _presentation_form(code: int) -> bool:
    return 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


@lru_cache(maxsize=1)
def presentation_forms() -> dict[str, str]:
    """Arabic and Hebrew presentation forms of several letters, by their letters."""
    import unicodedata

    out: dict[str, str] = {}
    for code in list(range(0xFB1D, 0xFB50)) + list(range(0xFB50, 0xFE00)) + list(
            range(0xFE70, 0xFF00)):
        letters = unicodedata.normalize("NFKC", chr(code))
        if len(letters) > 1:
            out.setdefault(letters, chr(code))
    return out


@lru_cache(maxsize=64)
def glyph_font(key: str) -> GlyphFont:
    """The ReportLab font for the engine's face ``key`` (registered once per process)."""
    from cjdesigner.text.fonts import by_key

    name = f"cjd-{key}"
    font = GlyphFont(name, by_key(key))
    pdfmetrics.registerFont(font)
    return font


def _without_controls(text: str) -> str:
    return "".join(ch for ch in text if ch not in BIDI_CONTROLS)


def _actual_text(text: str) -> str:
    """``text`` as a PDF string (UTF-16); the caller leaves out bidi controls it does not
    mean to give a reader."""
    return ("FEFF" + text.encode("utf-16-be").hex().upper()) if text else ""


def _spans(run: GlyphRun, font: GlyphFont) -> list[tuple[list[int], str | None]]:
    """The run's glyphs in spans (glyph indices in writing order, ActualText or None).

    A left-to-right run is one span that reads as its characters: a Devanagari vowel sign
    drawn before its consonant, a Thai consonant with its marks, a conjunct, all read as
    typed. A PDF reader takes a span to run from its first glyph's origin to its last
    glyph's end, so the leftmost glyph goes first and the one ending furthest right last
    (each glyph is placed on its own, so their order is free). Right-to-left glyphs stand
    alone, mapped by ToUnicode, so that a reader ordering them right to left reads them
    in their typed order."""
    indices = list(range(len(run.glyphs)))
    if run.rtl or len(indices) < 2:
        return [(indices, None)]
    order = sorted(indices, key=lambda g: run.xs[g])
    last = max(order[1:], key=lambda g: run.xs[g] + font.advance(run.glyphs[g]))
    if run.xs[last] + font.advance(run.glyphs[last]) < run.x + run.width - 1.0:
        return [(indices, None)]  # only the first glyph reaches the end: no span
    order.remove(last)
    return [([*order, last], run.text)]


#: glyphs of one run, by their indices in it
Piece = tuple["GlyphRun", list[int]]


def line_spans(line: ShapedLine) -> list[tuple[list[Piece], str | None]]:
    """The line's glyphs as spans, left to right: (pieces, ActualText or None).

    Each run is a span of its own (:func:`_spans`). In a right-to-left line, the spaces
    printed just left of a left-to-right stretch ("VAT 15%", a number) follow that stretch
    in the typed text; they join its span, whose text then reads "VAT 15% ", so a reader
    that orders the line right to left puts the space after the stretch, where it was
    typed, not before it."""
    entries: list[tuple[list[Piece], str | None]] = []
    for run in line.runs:
        ((glyphs, actual),) = _spans(run, glyph_font(run.face_key))
        entries.append(([(run, glyphs)], None if actual is None else _without_controls(actual)))
    if not line.rtl:
        return entries
    marked: dict[int, tuple[list[Piece], str | None]] = {}
    for i in range(1, len(line.runs)):
        run, left = line.runs[i], line.runs[i - 1]
        if run.rtl or not left.rtl:
            continue
        pieces, _ = entries[i - 1]
        kept = pieces[0][1]
        moved: list[int] = []
        for g in sorted(kept, key=lambda g: left.xs[g], reverse=True):  # its right end
            if not left.glyph_texts[g] or not left.glyph_texts[g].isspace():
                break
            moved.append(g)
        if not moved:
            continue
        entries[i - 1] = ([(left, [g for g in kept if g not in moved])], None)
        # the spaces, then a right-to-left mark: to a reader that puts neutral characters
        # next to the left-to-right stretch they touch, the mark keeps them with the
        # right-to-left text that follows them
        spaces = "".join(left.glyph_texts[g] for g in moved)
        marked[i - 1] = ([(left, moved[::-1])], spaces + RLM)
    return [entry for i, entry in enumerate(entries)
            for entry in ((marked[i], entry) if i in marked else (entry,))]


def shaped_ops(line: ShapedLine, x: float, y: float, size: float, doc: object) -> list[str]:
    """PDF operators that print ``line`` with its left end at ``x`` on the baseline ``y``:
    one text object, every glyph placed where the engine put it."""
    k = size / 1000.0
    size_s = fp_str(size)
    out = ["BT"]
    bold = False
    current: tuple[str, float] | None = None  # the font and size set last
    # (font, glyph, text) → [(subset font name, glyph code as hex)] in this document
    codes: dict[tuple[str, int, str], list[tuple[str, str]]] | None = getattr(
        doc, "_cjd_glyph_codes", None)
    if codes is None:
        codes = {}
        doc._cjd_glyph_codes = codes  # type: ignore[attr-defined]
    for pieces, actual in line_spans(line):
        if actual is not None:
            out.append(f"/Span <</ActualText <{_actual_text(actual)}>>> BDC")
        for run, glyphs in pieces:
            font = glyph_font(run.face_key)
            if run.synthetic_bold != bold:
                bold = run.synthetic_bold
                out.append(f"2 Tr {fp_str(size * 0.03)} w" if bold else "0 Tr")
            for g in glyphs:
                typed = run.glyph_texts[g]
                # a bracket set right to left prints as its mirror image, the glyph of
                # the other bracket: it reads as the one typed
                mirrored = actual is None and run.rtl and typed in MIRRORED
                if mirrored:
                    out.append(f"/Span <</ActualText <{_actual_text(typed)}>>> BDC")
                key = (font.fontName, run.glyphs[g], typed)
                placed = codes.get(key)
                if placed is None:
                    placed = codes[key] = [
                        (font.getSubsetInternalName(subset, doc), raw.hex())
                        for subset, raw in font.splitString(font.char(run.glyphs[g], typed), doc)]
                for name, hex_code in placed:
                    if (name, size) != current:
                        out.append(f"{name} {size_s} Tf")
                        current = (name, size)
                    out.append(f"1 0 0 1 {fp_str(x + run.xs[g] * k, y + run.ys[g] * k)} Tm "
                               f"<{hex_code}> Tj")
                if mirrored:
                    out.append("EMC")
        if actual is not None:
            out.append("EMC")
    if bold:
        out.append("0 Tr")
    out.append("ET")
    return out


def _ascii_as_is(font: Any, doc: Any) -> frozenset[str]:
    """The ASCII characters ``font`` writes as themselves in its first subset for ``doc``
    (ReportLab's "ASCII readable" subsets: printable ASCII keeps its codes), for which
    ``splitString`` would give the text's own bytes."""
    if not hasattr(font, "splitString") or not hasattr(font, "state"):
        return frozenset()
    font.splitString("", doc)  # makes the document's subset state
    state = font.state.get(doc)
    assignments = getattr(state, "assignments", {})
    return frozenset(chr(n) for n in range(32, 127) if assignments.get(n) == n)


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
        self._shaped: list[tuple[float, float, ShapedLine, float, str]] = []

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
        if not is_simple(text, face_name):
            from cjdesigner.text.shaping import shape_line

            line = shape_line(text, face_name)
            w = line.width * size / 1000.0
            if align != "left":
                x -= w if align == "right" else w / 2
            self._shaped.append((x, y, line, size, fill))
            return w
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
        if self._shaped:
            self._flush_shaped()
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
            plain = _ascii_as_is(font, doc)
            for x, y, text in items:
                add(f"{fp_str(x - x0, y - y0)} Td")
                x0, y0 = x, y
                # ASCII the font's first subset holds as is needs no splitting (most text)
                parts = ([(0, text.encode("ascii"))] if text.isascii() and plain.issuperset(text)
                         else font.splitString(text, doc))
                for subset, raw in parts:
                    if subset != subset_now:
                        add(f"{font.getSubsetInternalName(subset, doc)} {size_s} Tf")
                        subset_now = subset
                    add(f"({escape(raw)}) Tj")
        add("ET Q")
        canv._code.append("\n".join(out))
        self._buckets = {}

    def _flush_shaped(self) -> None:
        doc = self.canvas._doc
        out = ["q"]
        fill = None
        for x, y, line, size, colour_hex in self._shaped:
            if colour_hex != fill:
                c = colour(colour_hex)
                rgb = fp_str(c.red, c.green, c.blue)
                out.append(f"{rgb} rg {rgb} RG")
                fill = colour_hex
            out.extend(shaped_ops(line, x, y, size, doc))
        out.append("Q")
        self.canvas._code.append("\n".join(out))
        self._shaped = []
