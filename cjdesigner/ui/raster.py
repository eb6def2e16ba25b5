"""PNG and SVG pictures of a map, rendered from the canvas's own scene (Qt): the Qt side
of the export registry (``cjdesigner.export.registry`` names ``export_png`` and
``export_svg`` here).

The scene (made from the document alone, no controller) is put in export mode (no
selection, hover or caches; headers in their natural place) and rendered with QPainter into a QImage at the chosen DPI, or into a
QSvgGenerator. ``rect`` (scene coordinates) picks a part, e.g. the visible part of a view;
by default the whole map is drawn.

Both are drawn band by band. Given a ``progress`` report (the window passes one for a
large map, as the export option ``progress``), they draw smaller bands and call
``progress(fraction)`` after each; the report may raise (the user cancelled), which
unwinds the file layer's ``atomic_stream``: no partial and no temporary file is left.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from cjdesigner.export.base import ExportError
from cjdesigner.export.formats import zoom
from cjdesigner.export.pngstream import PngWriter
from cjdesigner.export.svgstream import ShapedText, SvgWriter, plan_bands
from cjdesigner.fileio import atomic_stream
from cjdesigner.model import JourneyMap
from cjdesigner.ui.canvas.fonts import recording_shaped_lines
from cjdesigner.ui.canvas.scene import CanvasScene
from cjdesigner.ui.i18n import translate

#: scene units are screen pixels at 100 % zoom
SCENE_DPI = 96.0
#: refuse pictures larger than this many pixels (the file would be hundreds of MB; the
#: memory used is bounded by the strips either way)
MAX_PIXELS = 400_000_000
#: a PNG is drawn in strips of at most this many pixels (64 MB while drawn)
STRIP_PIXELS = 16_000_000
#: with a progress report, strips of at most this many pixels, and SVG bands of about
#: this many cards: the window answers (and Cancel works) after each
PROGRESS_STRIP_PIXELS = 2_000_000
PROGRESS_CARDS_PER_BAND = 250

ProgressReport = Callable[[float], None]


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
        raise RasterError(translate("Raster", "the part to export lies outside the map"))
    return part


def _picture_size(scene, dpi: float, rect) -> tuple[QRectF, int, int]:
    """The part of the scene drawn and the picture's size in pixels at ``dpi``."""
    if not 10 <= dpi <= 2400:
        raise RasterError(translate("Raster", "a resolution of {dpi:g} dpi is out of range (10–2400)").format(dpi=dpi))
    source = _source(scene, rect)
    k = dpi / SCENE_DPI
    w, h = max(1, round(source.width() * k)), max(1, round(source.height() * k))
    if w * h > MAX_PIXELS:
        raise RasterError(
            translate("Raster", "a {w} × {h} pixel picture is too large; lower --dpi or export a PDF poster").format(w=w, h=h)
        )
    return source, w, h


def _paint(scene, image: QImage, source: QRectF) -> None:
    """Draw ``source`` (scene units) onto the whole of ``image``, on white."""
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source,
                 Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()


def render_image(scene, dpi: float = 150.0, rect=None):
    """A QImage of the scene (or its part ``rect``) at ``dpi``, whole in memory (for
    thumbnails and previews; files are written in strips by :func:`render_png`)."""
    source, w, h = _picture_size(scene, dpi, rect)
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise RasterError(translate("Raster", "not enough memory for a {w} × {h} pixel picture").format(w=w, h=h))
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    _paint(scene, image, source)
    return image


def render_png(doc: JourneyMap, path: str | Path, dpi: float = 150.0, rect=None,
               scene=None, progress: ProgressReport | None = None) -> None:
    """A PNG of the map (or ``rect``) at ``dpi``, drawn in strips of at most
    :data:`STRIP_PIXELS` pixels and written as it goes (``export.pngstream``);
    ``progress`` (see the module) hears after each strip."""
    scene = scene if scene is not None else export_scene(doc)
    source, w, h = _picture_size(scene, dpi, rect)
    k = dpi / SCENE_DPI
    rows = max(1, (STRIP_PIXELS if progress is None else PROGRESS_STRIP_PIXELS) // w)
    if progress is not None:
        progress(0.0)
    strip = QImage(w, min(rows, h), QImage.Format.Format_RGB32)
    if strip.isNull():
        raise RasterError(translate("Raster", "not enough memory for a {w}-pixel-wide picture").format(w=w))
    with atomic_stream(path) as out:  # replaced in one step: never half a picture
        png = PngWriter(out, w, h, dpi)
        for top in range(0, h, rows):
            count = min(rows, h - top)
            if count != strip.height():
                strip = QImage(w, count, QImage.Format.Format_RGB32)
            part = QRectF(source.left(), source.top() + top / k, source.width(), count / k)
            _paint(scene, strip, part)
            rgb = strip.convertToFormat(QImage.Format.Format_RGB888)
            png.add_rows(rgb.constBits(), rgb.bytesPerLine(), count)
            if progress is not None:
                progress((top + count) / h)
        png.finish()


def render_svg(doc: JourneyMap, path: str | Path, rect=None, scene=None,
               embed_fonts: bool = True, progress: ProgressReport | None = None) -> None:
    """An SVG of the map (or ``rect``); text stays text, in subsets of the bundled fonts
    embedded as @font-face so it keeps its width in any browser.

    Drawn band by band (``export.svgstream``): each band of about
    ``CARDS_PER_BAND`` cards goes through its own generator into a small buffer and is
    written to the file at once, so memory does not grow with the map. ``progress``
    (see the module) hears after each band."""
    scene = scene if scene is not None else export_scene(doc)
    source = _source(scene, rect)
    w, h = source.width(), source.height()
    tops = [box.rect.y for box in scene.layout.cards.values()
            if box.rect.right >= source.left() and box.rect.x <= source.right()]
    bands = plan_bands(tops, source.top(), source.bottom(),
                       None if progress is None else PROGRESS_CARDS_PER_BAND)
    if progress is not None:
        progress(0.0)
    title = doc.meta.title
    description = doc.meta.objective[:500] or "A customer journey map made with cjdesigner"
    with atomic_stream(path) as out:  # replaced in one step: never half a picture
        writer = SvgWriter(out, w, h, SCENE_DPI, title, description, embed_fonts)
        for y, band_h in bands:
            svg, shaped = _svg_band(scene, QRectF(source.left(), y, w, band_h), path)
            writer.add_band(svg, y - source.top(), shaped)
            if progress is not None:
                progress((y + band_h - source.top()) / max(h, 1e-9))
        writer.finish()


def _svg_band(scene, band: QRectF, path: str | Path) -> tuple[str, list[ShapedText]]:
    """One band of the scene as a small SVG document of its own (clipped to the band),
    and the shaped lines drawn in it as outlines (for the selectable text layer)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1: clip paths at band edges
    gen.setOutputDevice(buffer)
    gen.setSize(QSize(max(1, round(band.width())), max(1, round(band.height()))))
    gen.setViewBox(QRectF(0, 0, band.width(), band.height()))
    gen.setResolution(round(SCENE_DPI))
    painter = QPainter()
    if not painter.begin(gen):
        raise RasterError(translate("Raster", "{path}: cannot write the SVG").format(path=path))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    with recording_shaped_lines() as shaped:
        scene.render(painter, QRectF(0, 0, band.width(), band.height()), band,
                     Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    buffer.close()
    return bytes(data.data()).decode("utf-8", errors="replace"), shaped


# -- the registry's export functions -----------------------------------------------------------
def _region(options: Mapping[str, Any]) -> QRectF | None:
    """The part of the map to draw: ``region`` = (x, y, width, height) in scene units."""
    region = options.get("region")
    return QRectF(*region) if region else None


def _progress(options: Mapping[str, Any]) -> ProgressReport | None:
    """The window's progress report for a large map (option ``progress``), if any."""
    report = options.get("progress")
    return report if callable(report) else None


def export_png(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> list[str] | None:
    if options.get("picture") == "poster":  # the whole poster, the sheet's size at --dpi
        from cjdesigner.export.poster_picture import export_poster_png

        return export_poster_png(doc, path, options)
    dpi = float(options.get("dpi") or 150.0) * zoom(options)
    try:
        render_png(doc, path, dpi=dpi, rect=_region(options), progress=_progress(options))
    except RasterError as exc:
        raise ExportError(str(exc)) from None
    return None


def export_svg(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    try:
        render_svg(doc, path, rect=_region(options), progress=_progress(options))
    except RasterError as exc:
        raise ExportError(str(exc)) from None
