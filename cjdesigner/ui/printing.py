"""Printing the poster on a printer (QPrinter): fitted to its page, or tiled across its paper.

Nothing here draws a map. The export makes the PDF (``cjdesigner.pdf``): a poster the
size of the printer's printable area, or the tiled poster planned onto the printer's
paper by ``pdf.tiling.plan_tiles`` (same overlap, cut and glue marks, labels and
assembly guide as the tiled PDF); :class:`~cjdesigner.ui.pdf_player.PdfPlayer` then
draws its pages on the printer as vectors.

The page setup (printer, paper, orientation, margins) is remembered in the settings.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

if TYPE_CHECKING:  # the map comes with the first map, not with the window
    from cjdesigner.model import JourneyMap

from cjdesigner.ui.i18n import said, translate

from .settings import Settings

MM = 72 / 25.4


class PrintError(Exception):
    """A printout that could not be made; the message is for people."""


@dataclass(frozen=True)
class Printout:
    pages: int  # pages sent to the printer
    sheet: tuple[float, float]  # points, the paper as printed on
    grid: tuple[int, int] | None  # rows, columns of a tiled printout
    warnings: tuple[str, ...] = ()


def make_printer(settings: Settings) -> QPrinter:
    """A printer set up as the user last left it (Page Setup), else the default one."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup = settings.page_setup()
    if setup is None:
        # maps are wide: landscape until the user says otherwise
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        return printer
    if setup["printer"] and setup["printer"] in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(setup["printer"])
    size = QPageSize(QSizeF(setup["width"], setup["height"]), QPageSize.Unit.Point,
                     setup["name"], QPageSize.SizeMatchPolicy.FuzzyMatch)
    margins = setup["margins"] if len(setup["margins"]) == 4 else [10.0] * 4
    orientation = (QPageLayout.Orientation.Landscape if setup["landscape"]
                   else QPageLayout.Orientation.Portrait)
    layout = QPageLayout(size, orientation, QMarginsF(*margins), QPageLayout.Unit.Millimeter)
    printer.setPageLayout(layout)
    return printer


def remember_page_setup(settings: Settings, printer: QPrinter) -> None:
    layout = printer.pageLayout()
    size = layout.pageSize().size(QPageSize.Unit.Point)
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    settings.set_page_setup({
        "printer": printer.printerName(),
        "width": size.width(),
        "height": size.height(),
        "name": layout.pageSize().name(),
        "landscape": layout.orientation() == QPageLayout.Orientation.Landscape,
        "margins": [margins.left(), margins.top(), margins.right(), margins.bottom()],
    })


def _paper_name(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize()
    name = size.name() or "paper"
    return name if len(name) <= 40 else name[:39] + "…"


@dataclass(frozen=True)
class Preparation:
    """What the printout needs from the export: the options made from the printer's page
    (taken on the GUI thread), then the PDF (made anywhere: it touches no Qt)."""

    tiled: bool
    options: object  # cjdesigner.pdf.PosterOptions


#: on a printer's own page the user has chosen the size: say so only when card text is
#: too small to read even up close, body and titles in points (--min-text is for posters)
PRINTED_MIN = (5.0, 6.0)


def prepare(printer: QPrinter, tiled: bool = False, poster_paper: str = "A0",
            overlap_mm: float = 10.0, base_dir: Path | None = None) -> Preparation:
    """The poster options for ``printer``'s page: its printable area (fitted), or its
    paper as the tile sheet (tiled, a ``poster_paper`` poster, ``overlap_mm``)."""
    from cjdesigner.pdf import PosterOptions
    from cjdesigner.pdf.readability import MinText

    smallest = MinText(*PRINTED_MIN)
    layout = printer.pageLayout()
    if tiled:
        paper = layout.pageSize().size(QPageSize.Unit.Point)
        options = PosterOptions(
            paper=poster_paper, tile=_paper_name(printer),
            tile_size=(paper.width(), paper.height()), overlap=overlap_mm * MM,
            base_dir=base_dir, min_text=smallest,
        )
    else:
        area = layout.paintRect(QPageLayout.Unit.Millimeter)
        options = PosterOptions(paper=f"{area.width():.3f}x{area.height():.3f}mm",
                                base_dir=base_dir, min_text=smallest)
    return Preparation(tiled, options)


def make_pdf(doc: JourneyMap, preparation: Preparation):
    """The printout's PDF (bytes) and the export's result; no Qt, so it can run in a
    worker thread. Raises PrintError."""
    from cjdesigner.pdf import PaperError, export_poster

    try:
        with tempfile.TemporaryDirectory(prefix="cjdesigner-print-") as folder:
            path = Path(folder) / "poster.pdf"
            result = export_poster(doc, path, preparation.options)  # type: ignore[arg-type]
            return path.read_bytes(), result
    except PaperError as exc:
        raise PrintError(said(exc)) from exc
    except OSError as exc:
        raise PrintError(translate("Printing", "could not prepare the printout: {value}").format(value=exc.strerror or exc)) from exc


def print_poster(doc: JourneyMap, printer: QPrinter, tiled: bool = False,
                 poster_paper: str = "A0", overlap_mm: float = 10.0,
                 base_dir: Path | None = None) -> Printout:
    """Print ``doc``'s poster on ``printer``: fitted to its printable area, or (``tiled``)
    a ``poster_paper`` poster across its sheets with ``overlap_mm`` of overlap. Honours
    the page range chosen in the print dialog. Raises PrintError."""
    preparation = prepare(printer, tiled, poster_paper, overlap_mm, base_dir)
    data, result = make_pdf(doc, preparation)
    return print_pdf(printer, preparation, data, result)


def print_pdf(printer: QPrinter, preparation: Preparation, data: bytes, result) -> Printout:
    """Draw the printout's PDF on ``printer`` (GUI thread). Raises PrintError."""
    from .pdf_player import PdfPlayer

    player = PdfPlayer(data)
    first, last = 1, player.page_count
    if printer.fromPage() > 0:
        first = max(first, printer.fromPage())
        last = min(last, printer.toPage() or last)
    if first > last:
        raise PrintError(translate("Printing", "the printout has {page_count} pages; none is in the range {fromPage}–{toPage}").format(page_count=player.page_count, fromPage=printer.fromPage(), toPage=printer.toPage()))
    was = (printer.pageLayout(), printer.fullPage())
    if preparation.tiled:  # sheets turned as the plan says, edge to edge: marks are margins
        w, h = result.page_size
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if w > h
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintError(translate("Printing", "the printer could not be started"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        target = printer.pageRect(QPrinter.Unit.DevicePixel)
        area = QRectF(0, 0, target.width(), target.height())
        for number in range(first, last + 1):
            if number > first:
                printer.newPage()
            player.draw_page(painter, number - 1, area)
    finally:
        if painter.isActive():
            painter.end()
        printer.setPageLayout(was[0])
        printer.setFullPage(was[1])
    return Printout(last - first + 1, result.page_size, result.grid, tuple(result.warnings))
