"""PNG and SVG pictures of a map, rendered from the canvas's own scene (Qt): the Qt side
of the export registry (``cjdesigner.export.registry`` names ``export_png`` and
``export_svg`` here).

The scene (made from the document alone, no controller) is put in export mode (no
selection, hover or caches; headers in their natural place) and rendered with QPainter into a QImage at the chosen DPI, or into a
QSvgGenerator. ``rect`` (scene coordinates) picks a part, e.g. the visible part of a view;
by default the whole map is drawn.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from cjdesigner.export.base import ExportError
from cjdesigner.export.formats import zoom
from cjdesigner.export.svgfonts import embed_svg_fonts
from cjdesigner.fileio import atomic_write
from cjdesigner.model import JourneyMap
from cjdesigner.ui.canvas.scene import CanvasScene

#: scene units are screen pixels at 100 % zoom
SCENE_DPI = 96.0
#: refuse pictures larger than this many pixels (about 1.6 GB of memory)
MAX_PIXELS = 400_000_000


class RasterError(Exception):
    """A picture that cannot be made; the message is for people."""


def ensure_app():
    """The running QApplication, or a new one (offscreen when there is no display)."""
    app = QApplication.instance()
    if app is None:
        from cjdesigner.ui.application import Application

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = Application([])
    return app


def export_scene(doc: JourneyMap):
    """A scene of ``doc`` ready to render: no controller (it follows no edits), export
    mode on."""
    ensure_app()
    scene = CanvasScene.of_document(doc)
    scene.set_export_mode(True)
    return scene


def _source(scene, rect):
    whole = scene.map_rect()
    if rect is None:
        return whole
    part = QRectF(rect).intersected(whole)
    if part.isEmpty():
        raise RasterError("the part to export lies outside the map")
    return part


def render_image(scene, dpi: float = 150.0, rect=None):
    """A QImage of the scene (or its part ``rect``) at ``dpi``."""
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



# -- the registry's export functions -----------------------------------------------------------
def _region(options: Mapping[str, Any]) -> QRectF | None:
    """The part of the map to draw: ``region`` = (x, y, width, height) in scene units."""
    region = options.get("region")
    return QRectF(*region) if region else None


def export_png(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    dpi = float(options.get("dpi") or 150.0) * zoom(options)
    try:
        render_png(doc, path, dpi=dpi, rect=_region(options))
    except RasterError as exc:
        raise ExportError(str(exc)) from None


def export_svg(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    try:
        render_svg(doc, path, rect=_region(options))
    except RasterError as exc:
        raise ExportError(str(exc)) from None
