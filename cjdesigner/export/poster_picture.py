"""The whole poster as a picture: title, map, personas, legend, as the PDF prints them.
No Qt.

``--picture poster`` makes a PNG (or SVG, see ``svgposter``) of the poster sheet rather
than of the map alone. The PNG is the poster's PDF page rasterised by PDFium (pypdfium2,
in the process; no program is run) at the chosen dpi, so a PNG for A3 at 150 dpi is
2480 × 1754 pixels, the sheet's size. It is rendered in strips of at most
:data:`STRIP_PIXELS` pixels, each written out at once (``pngstream``), so memory stays
bounded however large the sheet; a picture over :data:`MAX_PIXELS` is refused before
anything is drawn, with the largest dpi that would do.
"""

from __future__ import annotations

import math
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cjdesigner.fileio import atomic_stream
from cjdesigner.model import JourneyMap

from .base import ExportError
from .pngstream import PngWriter

#: a poster picture larger than this many pixels is refused (about 1.2 GB of RGB)
MAX_PIXELS = 400_000_000
#: rendered and written this many pixels at a time
STRIP_PIXELS = 8_000_000
MIN_DPI, MAX_DPI = 10.0, 1200.0


def picture_size(width_pt: float, height_pt: float, dpi: float) -> tuple[int, int]:
    """The picture's size in pixels for a sheet of ``width_pt`` × ``height_pt`` points
    at ``dpi``; ExportError (for people) when the dpi is out of range or the picture
    would be larger than :data:`MAX_PIXELS`."""
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"a resolution of {dpi:g} dpi is out of range "
                          f"({MIN_DPI:g}–{MAX_DPI:g})")
    w = max(1, round(width_pt / 72.0 * dpi))
    h = max(1, round(height_pt / 72.0 * dpi))
    if w * h > MAX_PIXELS:
        most = math.floor(dpi * math.sqrt(MAX_PIXELS / (w * h)))
        raise ExportError(
            f"the poster at {dpi:g} dpi would be {w:,} × {h:,} pixels ({w * h / 1e6:,.0f} "
            f"megapixels); the limit is {MAX_PIXELS // 1_000_000} megapixels: choose "
            f"--dpi {most} or less, a smaller --paper, or export a PDF")
    return w, h


def _poster_pdf(doc: JourneyMap, options: Mapping[str, Any], folder: str) -> tuple[Path,
                                                                                  list[str]]:
    """Write the poster's PDF (one sheet; no tiles) into ``folder``."""
    from dataclasses import replace

    from cjdesigner.pdf import PaperError, export_poster

    from .formats import poster_options

    opts = poster_options(options, base_dir=options.get("base_dir"))
    warnings = []
    if opts.tile:
        warnings.append("--tile is for PDF posters; the picture is the whole sheet")
        opts = replace(opts, tile=None)
    path = Path(folder) / "poster.pdf"
    try:
        result = export_poster(doc, path, opts)
    except PaperError as exc:
        raise ExportError(str(exc)) from None
    warnings += result.warnings
    if result.pages > 1:
        warnings.append(f"the {result.pages - 1} appendix page"
                        f"{'s' if result.pages > 2 else ''} with the text of cut cards "
                        "are in the PDF poster only")
    return path, warnings


def export_poster_png(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> list[str]:
    """The whole poster as a PNG at ``options["dpi"]``, the sheet's size; warnings."""
    import pypdfium2 as pdfium

    dpi = float(options.get("dpi") or 150.0)
    with tempfile.TemporaryDirectory(prefix="cjd-poster-") as folder:
        pdf_path, warnings = _poster_pdf(doc, options, folder)
        pdf = pdfium.PdfDocument(str(pdf_path))
        try:
            page = pdf[0]
            width_pt, height_pt = page.get_size()
            w, h = picture_size(width_pt, height_pt, dpi)
            k = w / width_pt  # pixels per point, exactly across
            rows = max(1, STRIP_PIXELS // w)
            with atomic_stream(path) as out:
                writer = PngWriter(out, w, h, dpi=dpi)
                top = 0
                while top < h:
                    count = min(rows, h - top)
                    strip = page.render(
                        scale=k, crop=(0, (h - top - count) / k, 0, top / k),
                        fill_color=(255, 255, 255, 255), rev_byteorder=True,
                        may_draw_forms=False)
                    image = strip.to_pil().convert("RGB")
                    if image.size != (w, count):  # a pixel of rounding at the edges
                        from PIL import Image

                        fitted = Image.new("RGB", (w, count), (255, 255, 255))
                        fitted.paste(image.crop((0, 0, min(w, image.width),
                                                 min(count, image.height))))
                        image = fitted
                    writer.add_rows(image.tobytes(), w * 3, count)
                    top += count
                    strip.close()
                writer.finish()
            page.close()
        finally:
            pdf.close()
    return warnings




def map_thumbnail(doc: JourneyMap, lay: Any, blank: bool,
                  sticky_notes: tuple[int, int] | None, longest: int = 900) -> Any:
    """The map part of the poster as the PDF draws it (the same painter, the same
    layout: the blank template's tall rows and sticky notes included), as a Pillow RGB
    image whose longer side is ``longest`` pixels: the export dialog's preview."""
    import io

    import pypdfium2 as pdfium
    from reportlab.pdfgen.canvas import Canvas

    from cjdesigner.pdf.fonts import register_fonts
    from cjdesigner.pdf.icons import define_symbols
    from cjdesigner.pdf.mapdraw import DrawOptions, MapPainter

    register_fonts()
    k = min(1.0, 4000.0 / max(lay.width, lay.height))  # a page of at most 4000 points
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(lay.width * k, lay.height * k))
    define_symbols(c)
    c.translate(0, lay.height * k)
    c.scale(k, k)
    MapPainter(c, doc, lay, DrawOptions(blank=blank, points_per_unit=k,
                                        sticky_notes=sticky_notes if blank else None)).draw()
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buffer.getvalue())
    try:
        page = pdf[0]
        scale = longest / max(page.get_size())
        image = page.render(scale=scale, fill_color=(255, 255, 255, 255),
                            rev_byteorder=True).to_pil().convert("RGB")
        page.close()
    finally:
        pdf.close()
    return image


__all__ = ["MAX_PIXELS", "export_poster_png", "map_thumbnail", "picture_size"]
