"""Drawing the pages of a cjdesigner PDF with QPainter, as vectors (for the printer).

Printing shares the export's drawing: the poster and the tiled sheets are made by
``cjdesigner.pdf`` exactly as for a file, and this module plays their pages onto any
QPainter (a QPrinter). Paths stay paths and text stays text in the poster's own fonts,
so a printout is as sharp as the PDF and a PDF printer's file can be searched. Qt's
own PDF module (QtPdf) is not part of PySide6-Essentials, and it only rasterises.

pypdf parses the file and its content streams; this module interprets the operators
ReportLab writes: graphics state, paths, clipping, colours and alpha, text with
``Tf``/``Td``/``Tm``/``Tj``/``TJ``, form XObjects (drawn once per use) and images.
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
from dataclasses import dataclass, field, replace

from pypdf import PdfReader
from pypdf.generic import ArrayObject, ContentStream, IndirectObject
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

_CAPS = (Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap, Qt.PenCapStyle.SquareCap)
_JOINS = (Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin, Qt.PenJoinStyle.BevelJoin)


@dataclass
class _Font:
    """A PDF font resource: codes to characters and widths, and the font file to draw
    them with (None: the application's font stands in)."""

    to_unicode: dict[int, str]
    widths: dict[int, float]  # code → width in 1/1000 of the size
    raw: QRawFont | None
    sizes: dict[float, QRawFont] = field(default_factory=dict)

    def at(self, size: float) -> QRawFont | None:
        if self.raw is None:
            return None
        raw = self.sizes.get(size)
        if raw is None:
            raw = QRawFont(self.raw)
            raw.setPixelSize(size)
            self.sizes[size] = raw
        return raw


@dataclass
class _State:
    fill: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    stroke: QColor = field(default_factory=lambda: QColor(0, 0, 0))
    fill_alpha: float = 1.0
    stroke_alpha: float = 1.0
    width: float = 1.0
    cap: int = 0
    join: int = 0
    miter: float = 10.0
    dash: tuple[float, ...] = ()
    dash_phase: float = 0.0
    font: _Font | None = None
    size: float = 1.0
    char_spacing: float = 0.0
    word_spacing: float = 0.0
    hscale: float = 1.0
    leading: float = 0.0
    rise: float = 0.0
    render: int = 0

    def pen(self) -> QPen:
        colour = QColor(self.stroke)
        colour.setAlphaF(self.stroke_alpha)
        pen = QPen(QBrush(colour), self.width)
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
        colour = QColor(self.fill)
        colour.setAlphaF(self.fill_alpha)
        return QBrush(colour)


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
        self._operations: dict[object, list] = {}
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
        contents = page.get_contents()
        resources = page.get("/Resources")
        if contents is not None:  # a page is drawn once per printout: no cache
            ops = contents.operations
            _Run(self, painter).run(ops, resources.get_object() if resources else {})
        painter.restore()

    # -- caches ----------------------------------------------------------------------------
    def _key(self, ref) -> object:
        """A cache key for a PDF object: its object number, or (for a direct object) its
        identity, kept alive here so that the identity is never reused."""
        if isinstance(ref, IndirectObject):
            return ("ref", ref.idnum, ref.generation)
        self._keep.append(ref)
        return ("direct", id(ref))

    def _ops_of(self, stream, ref) -> list:
        key = self._key(ref if ref is not None else stream)
        ops = self._operations.get(key)
        if ops is None:
            if not isinstance(stream, ContentStream):
                stream = ContentStream(stream, self.reader)
            ops = stream.operations
            self._operations[key] = ops
        return ops

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


class _Run:
    """One pass over a content stream (a page or a form) with its own state stack."""

    def __init__(self, player: PdfPlayer, painter: QPainter) -> None:
        self.player = player
        self.painter = painter
        self.state = _State()
        self.stack: list[_State] = []
        self.path = QPainterPath()
        self.clip: Qt.FillRule | None = None
        self.tm = QTransform()
        self.tlm = QTransform()
        self.depth = 0

    def run(self, operations: list, resources) -> None:
        handlers = _HANDLERS
        for operands, operator in operations:
            handler = handlers.get(operator)
            if handler is not None:
                try:
                    handler(self, operands, resources)
                except (IndexError, KeyError, TypeError, ValueError):
                    continue  # a malformed operator is skipped, like a viewer does

    # -- graphics state --------------------------------------------------------------------
    def save(self, _o=None, _r=None) -> None:
        self.painter.save()
        self.stack.append(replace(self.state))

    def restore(self, _o=None, _r=None) -> None:
        if self.stack:
            self.painter.restore()
            self.state = self.stack.pop()

    def concat(self, o, _r=None) -> None:
        a, b, c, d, e, f = (_num(v) for v in o[:6])
        self.painter.setWorldTransform(QTransform(a, b, c, d, e, f), True)

    def ext_state(self, o, resources) -> None:
        gs = resources["/ExtGState"][o[0]].get_object()
        if "/ca" in gs:
            self.state.fill_alpha = _num(gs["/ca"])
        if "/CA" in gs:
            self.state.stroke_alpha = _num(gs["/CA"])
        if "/LW" in gs:
            self.state.width = _num(gs["/LW"])

    def set_width(self, o, _r=None) -> None:
        self.state.width = _num(o[0])

    def set_cap(self, o, _r=None) -> None:
        self.state.cap = int(o[0])

    def set_join(self, o, _r=None) -> None:
        self.state.join = int(o[0])

    def set_miter(self, o, _r=None) -> None:
        self.state.miter = _num(o[0])

    def set_dash(self, o, _r=None) -> None:
        self.state.dash = tuple(_num(v) for v in o[0])
        self.state.dash_phase = _num(o[1])

    # -- colour ----------------------------------------------------------------------------
    def fill_rgb(self, o, _r=None) -> None:
        self.state.fill = QColor.fromRgbF(*(_clamp(v) for v in o[:3]))

    def stroke_rgb(self, o, _r=None) -> None:
        self.state.stroke = QColor.fromRgbF(*(_clamp(v) for v in o[:3]))

    def fill_gray(self, o, _r=None) -> None:
        g = _clamp(o[0])
        self.state.fill = QColor.fromRgbF(g, g, g)

    def stroke_gray(self, o, _r=None) -> None:
        g = _clamp(o[0])
        self.state.stroke = QColor.fromRgbF(g, g, g)

    def fill_cmyk(self, o, _r=None) -> None:
        self.state.fill = QColor.fromCmykF(*(_clamp(v) for v in o[:4]))

    def stroke_cmyk(self, o, _r=None) -> None:
        self.state.stroke = QColor.fromCmykF(*(_clamp(v) for v in o[:4]))

    def fill_any(self, o, _r=None) -> None:
        self._any(o, fill=True)

    def stroke_any(self, o, _r=None) -> None:
        self._any(o, fill=False)

    def _any(self, o, fill: bool) -> None:
        values = [_clamp(v) for v in o if isinstance(v, int | float) or hasattr(v, "as_numeric")]
        setters = {1: self.fill_gray if fill else self.stroke_gray,
                   3: self.fill_rgb if fill else self.stroke_rgb,
                   4: self.fill_cmyk if fill else self.stroke_cmyk}
        if len(values) in setters:
            setters[len(values)](values)

    # -- paths -----------------------------------------------------------------------------
    def move(self, o, _r=None) -> None:
        self.path.moveTo(_num(o[0]), _num(o[1]))

    def line(self, o, _r=None) -> None:
        self.path.lineTo(_num(o[0]), _num(o[1]))

    def curve(self, o, _r=None) -> None:
        x1, y1, x2, y2, x3, y3 = (_num(v) for v in o[:6])
        self.path.cubicTo(x1, y1, x2, y2, x3, y3)

    def curve_v(self, o, _r=None) -> None:
        x2, y2, x3, y3 = (_num(v) for v in o[:4])
        self.path.cubicTo(self.path.currentPosition(), QPointF(x2, y2), QPointF(x3, y3))

    def curve_y(self, o, _r=None) -> None:
        x1, y1, x3, y3 = (_num(v) for v in o[:4])
        self.path.cubicTo(x1, y1, x3, y3, x3, y3)

    def close(self, _o=None, _r=None) -> None:
        self.path.closeSubpath()

    def rect(self, o, _r=None) -> None:
        x, y, w, h = (_num(v) for v in o[:4])
        self.path.addRect(QRectF(x, y, w, h).normalized())

    def clip_nonzero(self, _o=None, _r=None) -> None:
        self.clip = Qt.FillRule.WindingFill

    def clip_evenodd(self, _o=None, _r=None) -> None:
        self.clip = Qt.FillRule.OddEvenFill

    def _paint(self, fill: Qt.FillRule | None, stroke: bool, close: bool = False) -> None:
        path = self.path
        if close:
            path.closeSubpath()
        if fill is not None:
            path.setFillRule(fill)
            self.painter.fillPath(path, self.state.brush())
        if stroke:
            self.painter.strokePath(path, self.state.pen())
        if self.clip is not None:
            path.setFillRule(self.clip)
            self.painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
            self.clip = None
        self.path = QPainterPath()

    def op_S(self, _o, _r) -> None:  # noqa: N802 - PDF operator names
        self._paint(None, True)

    def op_s(self, _o, _r) -> None:
        self._paint(None, True, close=True)

    def op_f(self, _o, _r) -> None:
        self._paint(Qt.FillRule.WindingFill, False)

    def op_f_star(self, _o, _r) -> None:
        self._paint(Qt.FillRule.OddEvenFill, False)

    def op_B(self, _o, _r) -> None:  # noqa: N802
        self._paint(Qt.FillRule.WindingFill, True)

    def op_B_star(self, _o, _r) -> None:  # noqa: N802
        self._paint(Qt.FillRule.OddEvenFill, True)

    def op_b(self, _o, _r) -> None:
        self._paint(Qt.FillRule.WindingFill, True, close=True)

    def op_b_star(self, _o, _r) -> None:
        self._paint(Qt.FillRule.OddEvenFill, True, close=True)

    def op_n(self, _o, _r) -> None:
        self._paint(None, False)

    # -- text ------------------------------------------------------------------------------
    def begin_text(self, _o=None, _r=None) -> None:
        self.tm = QTransform()
        self.tlm = QTransform()

    def set_font(self, o, resources) -> None:
        self.state.font = self.player.font(resources["/Font"].raw_get(o[0]))
        self.state.size = _num(o[1])

    def text_move(self, o, _r=None) -> None:
        self.tlm = QTransform.fromTranslate(_num(o[0]), _num(o[1])) * self.tlm
        self.tm = QTransform(self.tlm)

    def text_move_leading(self, o, _r=None) -> None:
        self.state.leading = -_num(o[1])
        self.text_move(o)

    def text_matrix(self, o, _r=None) -> None:
        a, b, c, d, e, f = (_num(v) for v in o[:6])
        self.tlm = QTransform(a, b, c, d, e, f)
        self.tm = QTransform(self.tlm)

    def next_line(self, _o=None, _r=None) -> None:
        self.text_move([0, -self.state.leading])

    def set_char_spacing(self, o, _r=None) -> None:
        self.state.char_spacing = _num(o[0])

    def set_word_spacing(self, o, _r=None) -> None:
        self.state.word_spacing = _num(o[0])

    def set_hscale(self, o, _r=None) -> None:
        self.state.hscale = _num(o[0]) / 100.0

    def set_leading(self, o, _r=None) -> None:
        self.state.leading = _num(o[0])

    def set_rise(self, o, _r=None) -> None:
        self.state.rise = _num(o[0])

    def set_render(self, o, _r=None) -> None:
        self.state.render = int(o[0])

    def show(self, o, _r=None) -> None:
        self._show(o[0])

    def show_next(self, o, _r=None) -> None:
        self.next_line()
        self._show(o[0])

    def show_spaced(self, o, _r=None) -> None:
        self.state.word_spacing = _num(o[0])
        self.state.char_spacing = _num(o[1])
        self.next_line()
        self._show(o[2])

    def show_array(self, o, _r=None) -> None:
        for item in o[0] if isinstance(o[0], ArrayObject | list) else []:
            if isinstance(item, int | float) or hasattr(item, "as_numeric"):
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
        size = st.size
        chars: list[str] = []
        xs: list[float] = []
        x = 0.0
        for code in raw_bytes:
            char = font.to_unicode.get(code, chr(code))
            chars.append(char)
            xs.append(x)
            x += font.widths.get(code, 500.0) / 1000.0 * size + st.char_spacing
            if code == 32:
                x += st.word_spacing
        if st.render != 3 and chars:  # 3: invisible text
            self._draw_glyphs(font, size, chars, xs)
        self.tm = QTransform.fromTranslate(x * st.hscale, 0) * self.tm

    def _draw_glyphs(self, font: _Font, size: float, chars: list[str], xs: list[float]) -> None:
        painter = self.painter
        painter.save()
        painter.setWorldTransform(self.tm, True)
        painter.setWorldTransform(QTransform(self.state.hscale, 0, 0, -1, 0, -self.state.rise),
                                  True)
        raw = font.at(size)
        colour = self.state.brush().color()
        if raw is None:  # a font this program did not write: the application's face
            qfont = QFont()
            qfont.setPixelSize(max(1, round(size)))
            painter.setFont(qfont)
            painter.setPen(colour)
            for char, x in zip(chars, xs, strict=True):
                painter.drawText(QPointF(x, 0), char)
        else:
            indexes: list[int] = []
            positions: list[QPointF] = []
            for char, x in zip(chars, xs, strict=True):
                for glyph in raw.glyphIndexesForString(char)[:1]:
                    indexes.append(glyph)
                    positions.append(QPointF(x, 0))
            run = QGlyphRun()
            run.setRawFont(raw)
            run.setGlyphIndexes(indexes)
            run.setPositions(positions)
            painter.setPen(colour)
            painter.drawGlyphRun(QPointF(0, 0), run)
        painter.restore()

    # -- XObjects --------------------------------------------------------------------------
    def draw_object(self, o, resources) -> None:
        xobjects = resources["/XObject"]
        ref = xobjects.raw_get(o[0])
        obj = ref.get_object()
        subtype = obj.get("/Subtype")
        if subtype == "/Form" and self.depth < 12:
            self._form(ref, obj, resources)
        elif subtype == "/Image":
            image = self.player.image(ref)
            if image is not None:
                self.painter.save()
                self.painter.setWorldTransform(QTransform(1, 0, 0, -1, 0, 1), True)
                self.painter.drawImage(QRectF(0, 0, 1, 1), image)
                self.painter.restore()

    def _form(self, ref, obj, resources) -> None:
        self.save()
        matrix = obj.get("/Matrix")
        if matrix is not None:
            self.concat(matrix)
        bbox = obj.get("/BBox")
        if bbox is not None:
            x0, y0, x1, y1 = (_num(v) for v in bbox)
            self.painter.setClipRect(QRectF(x0, y0, x1 - x0, y1 - y0).normalized(),
                                     Qt.ClipOperation.IntersectClip)
        inner = _Run(self.player, self.painter)
        inner.state = replace(self.state)
        inner.depth = self.depth + 1
        own = obj.get("/Resources")
        inner.run(self.player._ops_of(obj, ref),
                  own.get_object() if own is not None else resources)
        while inner.stack:  # an unbalanced form must not leak its state
            inner.restore()
        self.restore()


def _clamp(value) -> float:
    return min(1.0, max(0.0, float(value)))


_HANDLERS: dict[bytes, Callable] = {
    b"q": _Run.save, b"Q": _Run.restore, b"cm": _Run.concat, b"gs": _Run.ext_state,
    b"w": _Run.set_width, b"J": _Run.set_cap, b"j": _Run.set_join, b"M": _Run.set_miter,
    b"d": _Run.set_dash,
    b"rg": _Run.fill_rgb, b"RG": _Run.stroke_rgb, b"g": _Run.fill_gray, b"G": _Run.stroke_gray,
    b"k": _Run.fill_cmyk, b"K": _Run.stroke_cmyk, b"sc": _Run.fill_any, b"scn": _Run.fill_any,
    b"SC": _Run.stroke_any, b"SCN": _Run.stroke_any,
    b"m": _Run.move, b"l": _Run.line, b"c": _Run.curve, b"v": _Run.curve_v, b"y": _Run.curve_y,
    b"h": _Run.close, b"re": _Run.rect, b"W": _Run.clip_nonzero, b"W*": _Run.clip_evenodd,
    b"S": _Run.op_S, b"s": _Run.op_s, b"f": _Run.op_f, b"F": _Run.op_f, b"f*": _Run.op_f_star,
    b"B": _Run.op_B, b"B*": _Run.op_B_star, b"b": _Run.op_b, b"b*": _Run.op_b_star,
    b"n": _Run.op_n,
    b"BT": _Run.begin_text, b"Tf": _Run.set_font, b"Td": _Run.text_move,
    b"TD": _Run.text_move_leading, b"Tm": _Run.text_matrix, b"T*": _Run.next_line,
    b"Tc": _Run.set_char_spacing, b"Tw": _Run.set_word_spacing, b"Tz": _Run.set_hscale,
    b"TL": _Run.set_leading, b"Ts": _Run.set_rise, b"Tr": _Run.set_render,
    b"Tj": _Run.show, b"'": _Run.show_next, b'"': _Run.show_spaced, b"TJ": _Run.show_array,
    b"Do": _Run.draw_object,
}
