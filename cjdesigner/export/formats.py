"""The export formats this package adds to the command line's suffix registry:
``.pdf`` (poster), ``.png`` and ``.svg`` (pictures of the map), ``.md`` (Mermaid).

Light at import: ReportLab and Qt are imported by the export functions themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cjdesigner.export.base import Exporter, ExportError
from cjdesigner.model import JourneyMap

OPTIONS_TITLE = "poster and picture options (.pdf; .png reads only --dpi and --scale)"


def add_poster_options(group) -> None:
    group.add_argument("--paper", default="A0", metavar="SIZE",
                       help="A4…A0, 2A0, 4A0, Letter, Legal, Tabloid, 'ANSI C'…'ANSI E', "
                            "'Arch C'…'Arch E', a size such as 900x2000mm or 36x48in, a "
                            "roll such as roll:914mm (length to fit), or auto: a sheet the "
                            "size of the map at --scale; default A0")
    group.add_argument("--orientation", default="auto", choices=("auto", "portrait", "landscape"),
                       help="sheet orientation; auto follows the map's shape")
    group.add_argument("--scale", default=None, metavar="PERCENT",
                       help="print at a fixed scale (100%% = on-screen size) instead of fitting "
                            "the sheet; for .png, a zoom factor")
    group.add_argument("--tile", default=None, metavar="SHEET",
                       help="split the poster onto A4, Letter, A3 or Tabloid sheets to tape "
                            "together, with an assembly guide first")
    group.add_argument("--overlap", default="10mm", metavar="LENGTH",
                       help="overlap between tiled sheets (default 10mm)")
    group.add_argument("--bleed", default=None, nargs="?", const="3mm", metavar="LENGTH",
                       help="add bleed (3mm when no length is given) and crop marks for a "
                            "print shop")
    group.add_argument("--blank", action="store_true",
                       help="a blank wall template: the grid, headers and emotion scale, no cards")
    group.add_argument("--dpi", type=float, default=150.0,
                       help="resolution of a .png (default 150)")


def poster_options(options: Mapping[str, Any], base_dir: Path | None = None):
    from cjdesigner.pdf import PaperError, PosterOptions, parse_length, parse_scale

    try:
        return PosterOptions(
            paper=None if (options.get("paper") or "").lower() in ("auto", "map", "none")
            else (options.get("paper") or "A0"),
            orientation=options.get("orientation") or "auto",
            scale=parse_scale(options["scale"]) if options.get("scale") else None,
            bleed=parse_length(options["bleed"]) if options.get("bleed") else 0.0,
            blank=bool(options.get("blank")),
            tile=options.get("tile") or None,
            overlap=parse_length(options.get("overlap") or "10mm"),
            base_dir=base_dir,
        )
    except PaperError as exc:
        raise ExportError(str(exc)) from None


def export_pdf(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from cjdesigner.pdf import PaperError, export_poster

    opts = poster_options(options, base_dir=options.get("base_dir"))
    try:
        result = export_poster(doc, path, opts)
    except PaperError as exc:
        raise ExportError(str(exc)) from None
    for warning in result.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)


def _zoom(options: Mapping[str, Any]) -> float:
    from cjdesigner.pdf import PaperError, parse_scale

    try:
        return parse_scale(options["scale"]) if options.get("scale") else 1.0
    except PaperError as exc:
        raise ExportError(str(exc)) from None


def export_png(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .raster import RasterError, render_png

    dpi = float(options.get("dpi") or 150.0) * _zoom(options)
    try:
        render_png(doc, path, dpi=dpi)
    except RasterError as exc:
        raise ExportError(str(exc)) from None


def export_svg(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .raster import RasterError, render_svg

    try:
        render_svg(doc, path)
    except RasterError as exc:
        raise ExportError(str(exc)) from None


def export_md(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .mermaid import export_mermaid

    export_mermaid(doc, path)


FORMATS = (
    Exporter(".pdf", "vector poster: one sheet, a roll, or tiled onto office sheets",
             export_pdf, add_poster_options, OPTIONS_TITLE,
             uses=frozenset({"paper", "orientation", "scale", "tile", "overlap", "bleed",
                             "blank"})),
    Exporter(".png", "picture of the whole map at --dpi", export_png, add_poster_options,
             OPTIONS_TITLE, uses=frozenset({"dpi", "scale"})),
    Exporter(".svg", "vector picture of the whole map", export_svg, add_poster_options,
             OPTIONS_TITLE, uses=frozenset()),
    Exporter(".md", "Mermaid journey diagram and card outline in Markdown", export_md),
)
