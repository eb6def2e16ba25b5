"""PNG and SVG pictures of a map, rendered from the canvas's own scene (Qt).

The scene is put in export mode (no selection, hover or caches; headers in their natural
place) and rendered with QPainter into a QImage at the chosen DPI, or into a
QSvgGenerator. ``rect`` (scene coordinates) picks a part, e.g. the visible part of a view;
by default the whole map is drawn.
"""

from __future__ import annotations

import base64
import html
import io
import os
import re
from pathlib import Path

from cjdesigner import resources
from cjdesigner.model import JourneyMap

#: scene units are screen pixels at 100 % zoom
SCENE_DPI = 96.0
#: refuse pictures larger than this many pixels (about 1.6 GB of memory)
MAX_PIXELS = 400_000_000


class RasterError(Exception):
    """A picture that cannot be made; the message is for people."""


def ensure_app():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from cjdesigner.ui.application import Application

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = Application([])
    return app


def export_scene(doc: JourneyMap):
    """A scene of ``doc`` ready to render (its own controller, export mode on)."""
    ensure_app()
    from cjdesigner.ui.canvas.scene import CanvasScene
    from cjdesigner.ui.controller import DocumentController

    controller = DocumentController(doc)
    scene = CanvasScene(controller)
    scene.set_export_mode(True)
    scene._export_controller = controller  # keep the controller alive with the scene
    return scene


def _source(scene, rect):
    from PySide6.QtCore import QRectF

    whole = scene.map_rect()
    if rect is None:
        return whole
    part = QRectF(rect).intersected(whole)
    if part.isEmpty():
        raise RasterError("the part to export lies outside the map")
    return part


def render_image(scene, dpi: float = 150.0, rect=None):
    """A QImage of the scene (or its part ``rect``) at ``dpi``."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    if not 10 <= dpi <= 2400:
        raise RasterError(f"a resolution of {dpi:g} dpi is out of range (10–2400)")
    source = _source(scene, rect)
    k = dpi / SCENE_DPI
    w, h = max(1, round(source.width() * k)), max(1, round(source.height() * k))
    if w * h > MAX_PIXELS:
        raise RasterError(
            f"a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster"
        )
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise RasterError(f"not enough memory for a {w} × {h} pixel picture")
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    scene.render(painter, QRectF(0, 0, w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def render_png(doc: JourneyMap, path: str | Path, dpi: float = 150.0, rect=None, scene=None) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from cjdesigner.fileio import atomic_write

    scene = scene if scene is not None else export_scene(doc)
    image = render_image(scene, dpi, rect)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RasterError(f"{path}: cannot make the PNG")
    buffer.close()
    atomic_write(path, bytes(data.data()))  # in one step: never half a picture


def render_svg(doc: JourneyMap, path: str | Path, rect=None, scene=None,
               embed_fonts: bool = True) -> None:
    """An SVG of the map (or ``rect``); text stays text, in subsets of the bundled fonts
    embedded as @font-face so it keeps its width in any browser."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    from cjdesigner.fileio import atomic_write

    scene = scene if scene is not None else export_scene(doc)
    source = _source(scene, rect)
    w, h = source.width(), source.height()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(round(w), round(h)))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setResolution(round(SCENE_DPI))
    gen.setTitle(doc.meta.title)
    gen.setDescription(doc.meta.objective[:500] or "A customer journey map made with cjdesigner")
    painter = QPainter()
    if not painter.begin(gen):
        raise RasterError(f"{path}: cannot write the SVG")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    scene.render(painter, QRectF(0, 0, w, h), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    buffer.close()
    svg = bytes(data.data())
    if embed_fonts:
        svg = embed_svg_fonts(svg.decode("utf-8")).encode("utf-8")
    atomic_write(path, svg)  # in one step: never half a picture


# -- fonts inside the SVG ----------------------------------------------------------------------
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
    options.layout_features = ["kern", "liga"]
    font = TTFont(str(path))
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def embed_svg_fonts(svg: str) -> str:
    """Embed subsets of the bundled fonts the SVG's text uses (@font-face, base64 TTF)."""
    chars = set()
    for match in _TEXT.finditer(svg):
        chars.update(html.unescape(match.group(1)))
    chars.discard("\n")
    if not chars:
        return svg
    text = "".join(sorted(chars))
    used = {(w if w in ("400", "600", "700") else "400", st if st == "italic" else "normal")
            for w, st in _FACE.findall(svg)} or {("400", "normal")}
    rules = []
    faces = _faces()
    for weight, style in sorted(used):
        data = _subset(faces[(weight, style)], text)
        if data is None:
            return svg
        rules.append(_font_face(FAMILY, weight, style, data))
    from cjdesigner.layout.text import FACES

    regular = FACES["Regular"]()
    missing = "".join(ch for ch in text if not regular.has(ch) and not ch.isspace())
    if missing:
        data = _subset(resources.FONT_FALLBACK, missing)
        if data is not None:
            rules.append(_font_face(FALLBACK_FAMILY, "400", "normal", data))
    style_el = "<style type=\"text/css\"><![CDATA[\n" + "\n".join(rules) + "\n]]></style>"
    svg = svg.replace('font-family="Source Sans Pro"',
                      f"font-family=\"'{FAMILY}', '{FALLBACK_FAMILY}', sans-serif\"")
    if "<defs>" in svg:
        return svg.replace("<defs>", "<defs>\n" + style_el, 1)
    return re.sub(r"(<svg\b[^>]*>)", r"\1\n<defs>" + style_el.replace("\\", "\\\\") + "</defs>",
                  svg, count=1)


def _font_face(family: str, weight: str, style: str, data: bytes) -> str:
    b64 = base64.b64encode(data).decode("ascii")
    return (f"@font-face {{ font-family: '{family}'; font-weight: {weight}; "
            f"font-style: {style}; src: url(data:font/ttf;base64,{b64}) format('truetype'); }}")
