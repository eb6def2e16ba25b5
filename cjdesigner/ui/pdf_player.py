"""Drawing the pages of a cjdesigner PDF with QPainter, as vectors (for the printer).

Printing shares the export's drawing: the poster and the tiled sheets are made by
``cjdesigner.pdf`` exactly as for a file, and this module plays their pages onto any
QPainter (a QPrinter). Paths stay paths and text stays text in the poster's own fonts,
so a printout is as sharp as the PDF and a PDF printer's file can be searched. Qt's
own PDF module (QtPdf) is not part of PySide6-Essentials, and it only rasterises.

pypdf reads the file (objects, fonts, images); content streams are read by
:mod:`pdf_tokens` (pypdf's parser where that declines). Each stream is compiled once
into drawing commands (ready paths, pens, brushes, glyph runs, each with its bounds)
and played as often as needed: a tiled printout plays the poster once per sheet, and
only the commands whose bounds meet the sheet's window are drawn. The operators are
those ReportLab writes: graphics state, paths, clipping, colours and alpha, text with
``Tf``/``Td``/``Tm``/``Tj``/``TJ``, form XObjects and images.
Text is drawn with ``QGlyphRun``s of the same font files ReportLab embedded (found by
their PostScript names), placed by the PDF's own widths; the characters come from
each font's ``ToUnicode`` map. (Qt's PDF writer maps the space glyph back to U+0009,
the lowest code point Qt gives that glyph, so a PDF printer's text has tabs between
words; viewers and ``pdftotext`` treat them as spaces.) Anything else (shadings, patterns, Type 3 fonts) is
skipped: cjdesigner never writes it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from pypdf import PdfReader
from pypdf.generic import ContentStream, IndirectObject
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
    QTransform,
)

from .pdf_tokens import operations as fast_operations

_CAPS = (Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap, Qt.PenCapStyle.SquareCap)
_JOINS = (Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin, Qt.PenJoinStyle.BevelJoin)

# drawing commands: (tag, …); the bounds (QRectF in the stream's own space) come last
SAVE, RESTORE, CONCAT, CLIP, CLIP_RECT, FILL, STROKE, GLYPHS, TEXT, IMAGE, FORM = range(11)
EVERYWHERE = QRectF(-1e9, -1e9, 2e9, 2e9)


@dataclass
class _Font:
    """A PDF font resource: codes to characters and widths, and the font file to draw
    them with (None: the application's font stands in)."""

    to_unicode: dict[int, str]
    widths: dict[int, float]  # code → width in 1/1000 of the size
    raw: QRawFont | None
    sizes: dict[float, QRawFont] = field(default_factory=dict)
    glyphs: dict[str, int] = field(default_factory=dict)
    _advances: list[float] | None = None
    _chars: dict[int, str] | None = None

    def at(self, size: float) -> QRawFont | None:
        if self.raw is None:
            return None
        raw = self.sizes.get(size)
        if raw is None:
            raw = QRawFont(self.raw)
            raw.setPixelSize(size)
            self.sizes[size] = raw
        return raw

    def advance_table(self) -> list[float]:
        """Width (1/1000 of the size) of each single-byte code."""
        if self._advances is None:
            self._advances = [self.widths.get(code, 500.0) for code in range(256)]
        return self._advances

    def char_table(self) -> dict[int, str]:
        """``str.translate`` table from codes (as latin-1 characters) to the text; a code
        with more than one character (a ligature) keeps its first."""
        if self._chars is None:
            self._chars = {code: (text[:1] or " ") for code, text in self.to_unicode.items()
                           if code < 256}
        return self._chars

    def glyph_indexes(self, text: str) -> list[int]:
        """One glyph per character of ``text`` (0 where the font has none)."""
        assert self.raw is not None
        if len(text) == 1 or text.isascii():
            indexes = self.raw.glyphIndexesForString(text)
            if len(indexes) == len(text):
                return indexes
        out = []
        for char in text:
            found = self.glyphs.get(char)
            if found is None:
                got = self.raw.glyphIndexesForString(char)
                found = self.glyphs[char] = got[0] if got else 0
            out.append(found)
        return out


class _State:
    """The graphics state a stream sets up as it goes (saved by ``q``, restored by ``Q``)."""

    __slots__ = ("fill", "stroke", "fill_alpha", "stroke_alpha", "width", "cap", "join",
                 "miter", "dash", "dash_phase", "font", "size", "char_spacing",
                 "word_spacing", "hscale", "leading", "rise", "render", "ctm")

    def __init__(self) -> None:
        self.fill = (0.0, 0.0, 0.0)
        self.stroke = (0.0, 0.0, 0.0)
        self.fill_alpha = 1.0
        self.stroke_alpha = 1.0
        self.width = 1.0
        self.cap = 0
        self.join = 0
        self.miter = 10.0
        self.dash: tuple[float, ...] = ()
        self.dash_phase = 0.0
        self.font: _Font | None = None
        self.size = 1.0
        self.char_spacing = 0.0
        self.word_spacing = 0.0
        self.hscale = 1.0
        self.leading = 0.0
        self.rise = 0.0
        self.render = 0
        self.ctm = QTransform()  # relative to the start of the stream

    def copy(self) -> _State:
        other = _State.__new__(_State)
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def key(self) -> tuple:
        """What a form inherits from the state it is drawn in (its compile depends on it)."""
        return (self.fill, self.stroke, self.fill_alpha, self.stroke_alpha, self.width,
                self.cap, self.join, self.miter, self.dash, self.dash_phase, id(self.font),
                self.size, self.char_spacing, self.word_spacing, self.hscale, self.leading,
                self.rise, self.render)

    def colour(self, rgb: tuple[float, float, float], alpha: float) -> QColor:
        colour = QColor.fromRgbF(*rgb)
        colour.setAlphaF(alpha)
        return colour

    def pen(self) -> QPen:
        pen = QPen(QBrush(self.colour(self.stroke, self.stroke_alpha)), self.width)
        pen.setCapStyle(_CAPS[self.cap if 0 <= self.cap < 3 else 0])
        pen.setJoinStyle(_JOINS[self.join if 0 <= self.join < 3 else 0])
        pen.setMiterLimit(self.miter)
        if self.dash and any(self.dash):
            unit = self.width if self.width > 0 else 1.0
            pattern = [max(d / unit, 0.001) for d in self.dash]
            if len(pattern) % 2:
                pattern *= 2
            pen.setDashPattern(pattern)
            pen.setDashOffset(self.dash_phase / unit)
        return pen

    def brush(self) -> QBrush:
        return QBrush(self.colour(self.fill, self.fill_alpha))


def font_files() -> dict[str, str]:
    """PostScript name → file of every font the poster code has registered with ReportLab
    (the bundled family, the fallback, a system CJK font once used)."""
    from reportlab.pdfbase import pdfmetrics

    from cjdesigner.pdf.fonts import register_fonts

    register_fonts()
    out: dict[str, str] = {}
    for name in pdfmetrics.getRegisteredFontNames():
        face = getattr(pdfmetrics.getFont(name), "face", None)
        ps_name = getattr(face, "name", None)
        path = getattr(face, "filename", None)
        if ps_name and isinstance(path, str):
            out[ps_name.decode("latin-1") if isinstance(ps_name, bytes) else str(ps_name)] = path
    return out


def application_raw_font(path: str) -> QRawFont:
    """The font file at ``path`` as the application knows it (registered with the font
    database, so a PDF printer embeds it as a font, text and all; a font made from bare
    data would be drawn as outlines). Falls back to the bare file."""
    bare = QRawFont(path, 12.0, QFont.HintingPreference.PreferNoHinting)
    if not bare.isValid():
        return bare
    font_id = _registered.get(path)
    if font_id is None:
        font_id = _registered[path] = QFontDatabase.addApplicationFont(path)
    if font_id >= 0 and bare.familyName() in QFontDatabase.applicationFontFamilies(font_id):
        font = QFontDatabase.font(bare.familyName(), bare.styleName(), 12)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(False)
        known = QRawFont.fromFont(font)
        if known.isValid() and (known.familyName(), known.styleName()) == (
            bare.familyName(), bare.styleName()
        ):
            return known
    return bare


_registered: dict[str, int] = {}
_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def parse_to_unicode(data: bytes) -> dict[int, str]:
    """The code → text map of a ToUnicode CMap (``bfchar`` and ``bfrange`` sections)."""

    def text(hex_digits: bytes) -> str:
        raw = bytes.fromhex(hex_digits.decode("ascii"))
        return raw.decode("utf-16-be", "replace")

    out: dict[int, str] = {}
    for section in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        pairs = _HEX.findall(section)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            out[int(src, 16)] = text(dst)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for line in section.splitlines():
            codes = _HEX.findall(line)
            if len(codes) < 3:
                continue
            lo, hi = int(codes[0], 16), int(codes[1], 16)
            if b"[" in line:  # one destination per code
                for code, dst in zip(range(lo, hi + 1), codes[2:], strict=False):
                    out[code] = text(dst)
            else:
                start = bytes.fromhex(codes[2].decode("ascii"))
                base = int.from_bytes(start[-2:], "big")
                prefix = start[:-2].decode("utf-16-be", "replace")
                for code in range(lo, min(hi, lo + 65535) + 1):
                    out[code] = prefix + chr(base + code - lo)
    return out


class PdfPlayer:
    """The pages of one PDF, ready to draw onto QPainters."""

    def __init__(self, data: bytes) -> None:
        self.reader = PdfReader(io.BytesIO(data))
        self._compiled: dict[object, list] = {}
        self._fonts: dict[object, _Font] = {}
        self._images: dict[object, QImage | None] = {}
        self._keep: list = []
        self._font_files: dict[str, str] | None = None
        self._raw_fonts: dict[str, QRawFont] = {}

    @property
    def page_count(self) -> int:
        return len(self.reader.pages)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of a page in points (its media box)."""
        box = self.reader.pages[index].mediabox
        return float(box.width), float(box.height)

    def draw_page(self, painter: QPainter, index: int, target: QRectF) -> None:
        """Draw page ``index`` so that its media box fills ``target`` (painter units)."""
        page = self.reader.pages[index]
        box = page.mediabox
        w, h = float(box.width), float(box.height)
        sx, sy = target.width() / w, target.height() / h
        painter.save()
        painter.setWorldTransform(
            QTransform(sx, 0, 0, -sy, target.x() - float(box.left) * sx,
                       target.y() + float(box.top) * sy),
            True,
        )
        painter.setClipRect(QRectF(float(box.left), float(box.bottom), w, h),
                            Qt.ClipOperation.IntersectClip)
        contents = page.get("/Contents")
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else {}
        if contents is not None:
            streams = contents.get_object()
            streams = list(streams) if isinstance(streams, list) else [contents]
            data = b"\n".join(ref.get_object().get_data() for ref in streams)
            commands = _Compiler(self, resources, _State()).compile(
                self._operations(data, page.get_contents))
            self.play(painter, commands)
        painter.restore()

    def play(self, painter: QPainter, commands: list) -> None:
        """Draw compiled commands; those wholly outside the painter's clip are skipped.
        Bounds are in the coordinates the stream starts in, as is ``visible``; clips set
        on the way only shrink what shows, so the first window stays a safe test."""
        visible = painter.clipBoundingRect() if painter.hasClipping() else EVERYWHERE
        for command in commands:
            tag = command[0]
            if tag == SAVE:
                painter.save()
            elif tag == RESTORE:
                painter.restore()
            elif tag == CONCAT:
                painter.setWorldTransform(command[1], True)
            elif tag == CLIP:
                painter.setClipPath(command[1], Qt.ClipOperation.IntersectClip)
            elif tag == CLIP_RECT:
                painter.setClipRect(command[1], Qt.ClipOperation.IntersectClip)
            elif not command[-1].intersects(visible):
                continue  # nothing of it shows on this page
            elif tag == FILL:
                painter.fillPath(command[1], command[2])
            elif tag == STROKE:
                painter.strokePath(command[1], command[2])
            elif tag == GLYPHS:
                painter.save()
                painter.setWorldTransform(command[1], True)
                painter.setPen(command[3])
                painter.drawGlyphRun(QPointF(0, 0), command[2])
                painter.restore()
            elif tag == TEXT:
                painter.save()
                painter.setWorldTransform(command[1], True)
                painter.setPen(command[3])
                painter.setFont(command[4])
                for char, x in command[2]:
                    painter.drawText(QPointF(x, 0), char)
                painter.restore()
            elif tag == IMAGE:
                painter.save()
                painter.setWorldTransform(QTransform(1, 0, 0, -1, 0, 1), True)
                painter.drawImage(QRectF(0, 0, 1, 1), command[1])
                painter.restore()
            elif tag == FORM:
                self.play(painter, command[1])

    # -- streams and resources -------------------------------------------------------------
    def _operations(self, data: bytes, slow: Callable[[], ContentStream | None]) -> list:
        ops = fast_operations(data)
        if ops is None:  # something the fast reader leaves to pypdf
            stream = slow()
            ops = stream.operations if stream is not None else []
        return ops

    def _key(self, ref) -> object:
        """A cache key for a PDF object: its object number, or (for a direct object) its
        identity, kept alive here so that the identity is never reused."""
        if isinstance(ref, IndirectObject):
            return ("ref", ref.idnum, ref.generation)
        self._keep.append(ref)
        return ("direct", id(ref))

    def form(self, ref, state: _State) -> list:
        """The compiled commands of a form XObject drawn in ``state`` (cached)."""
        key = (self._key(ref), state.key())
        commands = self._compiled.get(key)
        if commands is None:
            obj = ref.get_object()
            own = obj.get("/Resources")
            resources = own.get_object() if own is not None else {}
            inner = state.copy()
            inner.ctm = QTransform()
            commands = _Compiler(self, resources, inner).compile(
                self._operations(obj.get_data(), lambda: ContentStream(obj, self.reader)))
            self._compiled[key] = commands
        return commands

    def font(self, ref) -> _Font:
        key = self._key(ref)
        font = self._fonts.get(key)
        if font is None:
            font = self._fonts[key] = self._load_font(ref.get_object())
        return font

    def _load_font(self, obj) -> _Font:
        to_unicode: dict[int, str] = {}
        if "/ToUnicode" in obj:
            to_unicode = parse_to_unicode(obj["/ToUnicode"].get_object().get_data())
        widths: dict[int, float] = {}
        first = int(obj.get("/FirstChar", 0))
        for i, value in enumerate(obj.get("/Widths", [])):
            widths[first + i] = float(value)
        name = str(obj.get("/BaseFont", "")).lstrip("/")
        ps_name = name.split("+", 1)[1] if re.match(r"^[A-Z]{6}\+", name) else name
        if self._font_files is None:
            self._font_files = font_files()
        path = self._font_files.get(ps_name)
        raw = None
        if path is not None:
            raw = self._raw_fonts.get(path)
            if raw is None:
                raw = self._raw_fonts[path] = application_raw_font(path)
            if not raw.isValid():
                raw = None
        return _Font(to_unicode, widths, raw)

    def image(self, ref) -> QImage | None:
        key = self._key(ref)
        if key not in self._images:
            self._images[key] = _decode_image(ref.get_object())
        return self._images[key]


def _decode_image(obj) -> QImage | None:
    try:
        picture = obj.decode_as_image()
        if picture is None:
            return None
        picture = picture.convert("RGBA")
        if "/SMask" in obj:
            mask = obj["/SMask"].get_object().decode_as_image()
            if mask is not None and mask.size == picture.size:
                picture.putalpha(mask.convert("L"))
    except Exception:  # an image that does not decode is left out, the page still prints
        return None
    w, h = picture.size
    return QImage(picture.tobytes(), w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def _num(value) -> float:
    return float(value)


def _clamp(value) -> float:
    return min(1.0, max(0.0, float(value)))


class _Compiler:
    """Turns one stream's operations into drawing commands, following the state."""

    def __init__(self, player: PdfPlayer, resources, state: _State) -> None:
        self.player = player
        self.resources = resources
        self.state = state
        self.stack: list[_State] = []
        self.path = QPainterPath()
        self.clip: Qt.FillRule | None = None
        self.tm = QTransform()
        self.tlm = QTransform()
        self.out: list[tuple] = []
        self.depth = 0

    def compile(self, operations: list) -> list:
        handlers = _HANDLERS
        for operands, operator in operations:
            handler = handlers.get(operator)
            if handler is not None:
                try:
                    handler(self, operands)
                except (IndexError, KeyError, TypeError, ValueError, AttributeError):
                    continue  # a malformed operator is skipped, like a viewer does
        while self.stack:  # an unbalanced stream must not leak its state
            self.restore(None)
        return self.out

    def _bounds(self, rect: QRectF, margin: float = 0.0) -> QRectF:
        if margin:
            rect = rect.adjusted(-margin, -margin, margin, margin)
        return self.state.ctm.mapRect(rect)

    # -- graphics state --------------------------------------------------------------------
    def save(self, _o) -> None:
        self.out.append((SAVE,))
        self.stack.append(self.state.copy())

    def restore(self, _o) -> None:
        if self.stack:
            self.out.append((RESTORE,))
            self.state = self.stack.pop()

    def concat(self, o) -> None:
        a, b, c, d, e, f = (_num(v) for v in o[:6])
        matrix = QTransform(a, b, c, d, e, f)
        self.out.append((CONCAT, matrix))
        self.state.ctm = matrix * self.state.ctm

    def ext_state(self, o) -> None:
        gs = self.resources["/ExtGState"][o[0]].get_object()
        if "/ca" in gs:
            self.state.fill_alpha = _num(gs["/ca"])
        if "/CA" in gs:
            self.state.stroke_alpha = _num(gs["/CA"])
        if "/LW" in gs:
            self.state.width = _num(gs["/LW"])

    def set_width(self, o) -> None:
        self.state.width = _num(o[0])

    def set_cap(self, o) -> None:
        self.state.cap = int(o[0])

    def set_join(self, o) -> None:
        self.state.join = int(o[0])

    def set_miter(self, o) -> None:
        self.state.miter = _num(o[0])

    def set_dash(self, o) -> None:
        self.state.dash = tuple(_num(v) for v in o[0])
        self.state.dash_phase = _num(o[1])

    # -- colour ----------------------------------------------------------------------------
    def fill_rgb(self, o) -> None:
        self.state.fill = (_clamp(o[0]), _clamp(o[1]), _clamp(o[2]))

    def stroke_rgb(self, o) -> None:
        self.state.stroke = (_clamp(o[0]), _clamp(o[1]), _clamp(o[2]))

    def fill_gray(self, o) -> None:
        g = _clamp(o[0])
        self.state.fill = (g, g, g)

    def stroke_gray(self, o) -> None:
        g = _clamp(o[0])
        self.state.stroke = (g, g, g)

    def fill_cmyk(self, o) -> None:
        self.state.fill = _cmyk(o)

    def stroke_cmyk(self, o) -> None:
        self.state.stroke = _cmyk(o)

    def fill_any(self, o) -> None:
        self._any(o, fill=True)

    def stroke_any(self, o) -> None:
        self._any(o, fill=False)

    def _any(self, o, fill: bool) -> None:
        values = [_clamp(v) for v in o if isinstance(v, int | float)]
        rgb: tuple[float, float, float]
        if len(values) == 1:
            rgb = (values[0], values[0], values[0])
        elif len(values) == 3:
            rgb = (values[0], values[1], values[2])
        elif len(values) == 4:
            rgb = _cmyk(values)
        else:
            return
        if fill:
            self.state.fill = rgb
        else:
            self.state.stroke = rgb

    # -- paths -----------------------------------------------------------------------------
    def move(self, o) -> None:
        self.path.moveTo(_num(o[0]), _num(o[1]))

    def line(self, o) -> None:
        self.path.lineTo(_num(o[0]), _num(o[1]))

    def curve(self, o) -> None:
        x1, y1, x2, y2, x3, y3 = (_num(v) for v in o[:6])
        self.path.cubicTo(x1, y1, x2, y2, x3, y3)

    def curve_v(self, o) -> None:
        x2, y2, x3, y3 = (_num(v) for v in o[:4])
        self.path.cubicTo(self.path.currentPosition(), QPointF(x2, y2), QPointF(x3, y3))

    def curve_y(self, o) -> None:
        x1, y1, x3, y3 = (_num(v) for v in o[:4])
        self.path.cubicTo(x1, y1, x3, y3, x3, y3)

    def close(self, _o) -> None:
        self.path.closeSubpath()

    def rect(self, o) -> None:
        x, y, w, h = (_num(v) for v in o[:4])
        self.path.addRect(QRectF(x, y, w, h).normalized())

    def clip_nonzero(self, _o) -> None:
        self.clip = Qt.FillRule.WindingFill

    def clip_evenodd(self, _o) -> None:
        self.clip = Qt.FillRule.OddEvenFill

    def _paint(self, fill: Qt.FillRule | None, stroke: bool, close: bool = False) -> None:
        path = self.path
        if close:
            path.closeSubpath()
        if fill is not None or stroke:
            bounds = path.boundingRect()
            if fill is not None:
                filled = QPainterPath(path)
                filled.setFillRule(fill)
                self.out.append((FILL, filled, self.state.brush(), self._bounds(bounds)))
            if stroke:
                self.out.append((STROKE, path, self.state.pen(),
                                 self._bounds(bounds, self.state.width * 2 + 1)))
        if self.clip is not None:
            clipped = QPainterPath(path)
            clipped.setFillRule(self.clip)
            self.out.append((CLIP, clipped))
            self.clip = None
        self.path = QPainterPath()

    def op_S(self, _o) -> None:  # noqa: N802 - PDF operator names
        self._paint(None, True)

    def op_s(self, _o) -> None:
        self._paint(None, True, close=True)

    def op_f(self, _o) -> None:
        self._paint(Qt.FillRule.WindingFill, False)

    def op_f_star(self, _o) -> None:
        self._paint(Qt.FillRule.OddEvenFill, False)

    def op_B(self, _o) -> None:  # noqa: N802
        self._paint(Qt.FillRule.WindingFill, True)

    def op_B_star(self, _o) -> None:  # noqa: N802
        self._paint(Qt.FillRule.OddEvenFill, True)

    def op_b(self, _o) -> None:
        self._paint(Qt.FillRule.WindingFill, True, close=True)

    def op_b_star(self, _o) -> None:
        self._paint(Qt.FillRule.OddEvenFill, True, close=True)

    def op_n(self, _o) -> None:
        self._paint(None, False)

    # -- text ------------------------------------------------------------------------------
    def begin_text(self, _o) -> None:
        self.tm = QTransform()
        self.tlm = QTransform()

    def set_font(self, o) -> None:
        self.state.font = self.player.font(self.resources["/Font"].raw_get(o[0]))
        self.state.size = _num(o[1])

    def text_move(self, o) -> None:
        self.tlm = QTransform.fromTranslate(_num(o[0]), _num(o[1])) * self.tlm
        self.tm = QTransform(self.tlm)

    def text_move_leading(self, o) -> None:
        self.state.leading = -_num(o[1])
        self.text_move(o)

    def text_matrix(self, o) -> None:
        a, b, c, d, e, f = (_num(v) for v in o[:6])
        self.tlm = QTransform(a, b, c, d, e, f)
        self.tm = QTransform(self.tlm)

    def next_line(self, _o) -> None:
        self.text_move([0, -self.state.leading])

    def set_char_spacing(self, o) -> None:
        self.state.char_spacing = _num(o[0])

    def set_word_spacing(self, o) -> None:
        self.state.word_spacing = _num(o[0])

    def set_hscale(self, o) -> None:
        self.state.hscale = _num(o[0]) / 100.0

    def set_leading(self, o) -> None:
        self.state.leading = _num(o[0])

    def set_rise(self, o) -> None:
        self.state.rise = _num(o[0])

    def set_render(self, o) -> None:
        self.state.render = int(o[0])

    def show(self, o) -> None:
        self._show(o[0])

    def show_next(self, o) -> None:
        self.next_line(None)
        self._show(o[0])

    def show_spaced(self, o) -> None:
        self.state.word_spacing = _num(o[0])
        self.state.char_spacing = _num(o[1])
        self.next_line(None)
        self._show(o[2])

    def show_array(self, o) -> None:
        for item in o[0] if isinstance(o[0], list) else []:
            if isinstance(item, int | float):
                dx = -_num(item) / 1000.0 * self.state.size * self.state.hscale
                self.tm = QTransform.fromTranslate(dx, 0) * self.tm
            else:
                self._show(item)

    def _show(self, string) -> None:
        st = self.state
        font = st.font
        if font is None:
            return
        raw_bytes = string.get_original_bytes() if hasattr(string, "get_original_bytes") \
            else bytes(string)
        if not raw_bytes:
            return
        size = st.size
        per_point = [w / 1000.0 * size + st.char_spacing for w in font.advance_table()]
        if st.word_spacing:
            per_point[32] += st.word_spacing
        xs = list(accumulate(map(per_point.__getitem__, raw_bytes), initial=0.0))
        text = raw_bytes.decode("latin-1").translate(font.char_table())
        if st.render != 3:  # 3: invisible text
            self._glyphs(font, size, text, xs)
        self.tm = QTransform.fromTranslate(xs[-1] * st.hscale, 0) * self.tm

    def _glyphs(self, font: _Font, size: float, text: str, xs: list[float]) -> None:
        """Queue the glyphs of ``text`` (one character per code), the n-th at xs[n]."""
        st = self.state
        # text space, turned y-down for Qt's glyphs; scaled horizontally by Tz
        where = QTransform(st.hscale, 0, 0, -1, 0, -st.rise) * self.tm
        bounds = self._bounds(where.mapRect(QRectF(0, -size, xs[-1], size * 1.4)))
        colour = st.colour(st.fill, st.fill_alpha)
        raw = font.at(size)
        if raw is None:  # a font this program did not write: the application's face
            qfont = QFont()
            qfont.setPixelSize(max(1, round(size)))
            self.out.append((TEXT, where, list(zip(text, xs, strict=False)), colour, qfont,
                             bounds))
            return
        indexes = font.glyph_indexes(text)
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(indexes)
        run.setPositions([QPointF(x, 0.0) for x in xs[:len(indexes)]])
        self.out.append((GLYPHS, where, run, colour, bounds))

    # -- XObjects --------------------------------------------------------------------------
    def draw_object(self, o) -> None:
        ref = self.resources["/XObject"].raw_get(o[0])
        obj = ref.get_object()
        subtype = obj.get("/Subtype")
        if subtype == "/Form" and self.depth < 12:
            self._form(ref, obj)
        elif subtype == "/Image":
            image = self.player.image(ref)
            if image is not None:
                self.out.append((IMAGE, image, self._bounds(QRectF(0, 0, 1, 1))))

    def _form(self, ref, obj) -> None:
        self.save(None)
        matrix = obj.get("/Matrix")
        if matrix is not None:
            self.concat(matrix)
        bbox = obj.get("/BBox")
        bounds = EVERYWHERE
        if bbox is not None:
            x0, y0, x1, y1 = (_num(v) for v in bbox)
            box = QRectF(x0, y0, x1 - x0, y1 - y0).normalized()
            self.out.append((CLIP_RECT, box))
            bounds = self._bounds(box)
        self.out.append((FORM, self.player.form(ref, self.state), bounds))
        self.restore(None)


def _cmyk(o) -> tuple[float, float, float]:
    c, m, y, k = (_clamp(v) for v in o[:4])
    return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))


_HANDLERS: dict[bytes, Callable] = {
    b"q": _Compiler.save, b"Q": _Compiler.restore, b"cm": _Compiler.concat,
    b"gs": _Compiler.ext_state, b"w": _Compiler.set_width, b"J": _Compiler.set_cap,
    b"j": _Compiler.set_join, b"M": _Compiler.set_miter, b"d": _Compiler.set_dash,
    b"rg": _Compiler.fill_rgb, b"RG": _Compiler.stroke_rgb, b"g": _Compiler.fill_gray,
    b"G": _Compiler.stroke_gray, b"k": _Compiler.fill_cmyk, b"K": _Compiler.stroke_cmyk,
    b"sc": _Compiler.fill_any, b"scn": _Compiler.fill_any, b"SC": _Compiler.stroke_any,
    b"SCN": _Compiler.stroke_any,
    b"m": _Compiler.move, b"l": _Compiler.line, b"c": _Compiler.curve, b"v": _Compiler.curve_v,
    b"y": _Compiler.curve_y, b"h": _Compiler.close, b"re": _Compiler.rect,
    b"W": _Compiler.clip_nonzero, b"W*": _Compiler.clip_evenodd,
    b"S": _Compiler.op_S, b"s": _Compiler.op_s, b"f": _Compiler.op_f, b"F": _Compiler.op_f,
    b"f*": _Compiler.op_f_star, b"B": _Compiler.op_B, b"B*": _Compiler.op_B_star,
    b"b": _Compiler.op_b, b"b*": _Compiler.op_b_star, b"n": _Compiler.op_n,
    b"BT": _Compiler.begin_text, b"Tf": _Compiler.set_font, b"Td": _Compiler.text_move,
    b"TD": _Compiler.text_move_leading, b"Tm": _Compiler.text_matrix,
    b"T*": _Compiler.next_line, b"Tc": _Compiler.set_char_spacing,
    b"Tw": _Compiler.set_word_spacing, b"Tz": _Compiler.set_hscale,
    b"TL": _Compiler.set_leading, b"Ts": _Compiler.set_rise, b"Tr": _Compiler.set_render,
    b"Tj": _Compiler.show, b"'": _Compiler.show_next, b'"': _Compiler.show_spaced,
    b"TJ": _Compiler.show_array, b"Do": _Compiler.draw_object,
}
