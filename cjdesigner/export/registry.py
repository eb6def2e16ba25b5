"""The one list of export formats. The command line (``cjdesigner export -o OUT.SUFFIX``
and its option flags), File ▸ Export As, the export dialog (format list, options widget,
summary) and drag-out all read it. No Qt.

**A new export format is one entry in** ``BUNDLED`` below: an :class:`ExportFormat` with an
id, a suffix, a label, a description, its export function and its options. Write the
function beside the code it exports (``cjdesigner/<package>/…``, importing heavy libraries
inside the function so the command line starts fast); a function that needs Qt lives in
the UI and is named by ``"module:function"``. Declare options with :class:`Option` (or
share a group, as PDF, PNG and SVG share the poster options); the dialog shows them as
plain fields unless ``cjdesigner.ui.export_options.PANELS`` has a panel for the format's
id. Raise ``ExportError`` with a message for people when the export cannot be done, and
write the file with ``cjdesigner.fileio.atomic_write`` (temporary file, fsync, replace) so
a failed export never leaves half a file where a good one was.

The command line has already refused to replace an existing file without ``--force``, and
the map itself in any case.
"""

from __future__ import annotations

from pathlib import Path

from cjdesigner.exchange import formats as exchange

from . import formats
from .base import ExportError, ExportFormat, Option, OptionGroup

__all__ = ["BUNDLED", "REGISTRY", "ExportError", "ExportFormat", "Option", "OptionGroup",
           "all_formats", "for_path", "get", "register", "suffixes"]

BUNDLED: tuple[ExportFormat, ...] = (
    ExportFormat("pdf", ".pdf", "PDF poster",
                 "vector poster: one sheet, a roll, or tiled onto office sheets",
                 formats.export_pdf, formats.POSTER_OPTIONS, uses=formats.PDF_USES,
                 prints_text=True),
    ExportFormat("png", ".png", "PNG picture", "picture of the whole map at --dpi",
                 "cjdesigner.ui.raster:export_png", formats.POSTER_OPTIONS,
                 uses=formats.PICTURE_USES, prints_text=True),
    ExportFormat("svg", ".svg", "SVG picture", "vector picture of the whole map",
                 "cjdesigner.ui.raster:export_svg", formats.POSTER_OPTIONS, uses=frozenset(),
                 prints_text=True),
    ExportFormat("md", ".md", "Mermaid journey (Markdown)",
                 "Mermaid journey diagram and card outline in Markdown", formats.export_md,
                 summary=formats.mermaid_summary),
    ExportFormat("csv", ".csv", "CSV cards", "one row per card, for spreadsheets",
                 formats.export_csv, summary=formats.csv_summary),
    ExportFormat("xlsx", ".xlsx", "Excel workbook",
                 "workbook of cards, stages, steps, lanes, personas, curves and metrics; "
                 "imports back as the same map", exchange.export_xlsx,
                 summary=exchange.xlsx_summary),
    ExportFormat("pptx", ".pptx", "PowerPoint deck",
                 "16:9 deck: title, overview, a slide per stage with editable cards, the "
                 "emotion curves as a chart, personas, top opportunities",
                 exchange.export_pptx, summary=exchange.pptx_summary),
    ExportFormat("html", ".html", "Web page",
                 "one self-contained web page: zoomable map, card details, filters; no network",
                 exchange.export_html, summary=exchange.html_summary),
)

#: format id → format, in menu order
REGISTRY: dict[str, ExportFormat] = {fmt.id: fmt for fmt in BUNDLED}


def register(fmt: ExportFormat) -> None:
    """Add a format, or replace the one with the same id."""
    REGISTRY[fmt.id] = fmt


def all_formats() -> list[ExportFormat]:
    return list(REGISTRY.values())


def get(format_id: str) -> ExportFormat:
    return REGISTRY[format_id]


def for_path(path: str | Path) -> ExportFormat | None:
    """The format for a file name's suffix (case-insensitive), or None."""
    suffix = Path(path).suffix.lower()
    return next((fmt for fmt in REGISTRY.values() if fmt.suffix == suffix), None)


def suffixes() -> list[str]:
    return sorted(fmt.suffix for fmt in REGISTRY.values())
