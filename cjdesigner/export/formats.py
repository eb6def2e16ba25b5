"""The bundled export functions that need no Qt: CSV cards, the PDF poster and the
Mermaid journey, and the poster options PDF, PNG and SVG share. The registry
(``registry.py``) lists them; the PNG and SVG functions live in the Qt layer
(``cjdesigner.ui.raster``).

Light at import: ReportLab is imported by the export functions themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner.model import JourneyMap

from .base import ExportError, Option, OptionGroup

if TYPE_CHECKING:
    from cjdesigner.pdf import PosterOptions

POSTER_OPTIONS = OptionGroup(
    "poster and picture options (.pdf; .png and .svg of the map read only --dpi and "
    "--scale, of the whole poster (--picture poster) the poster's options too)",
    (
        Option("paper", None,
               "A4…A0, 2A0, 4A0, Letter, Legal, Tabloid, 'ANSI C'…'ANSI E', 'Arch C'…'Arch E', "
               "a size such as 900x2000mm or 36x48in, a roll such as roll:914mm (length to "
               "fit), map: a sheet the size of the map at --scale, or auto: the smallest "
               "sheet, roll or A4 tiling that prints card text at --min-text; default A0, or "
               "Arch E where the locale's office paper is Letter (US, Canada, Mexico …)",
               metavar="SIZE"),
        Option("orientation", "auto", "sheet orientation; auto follows the map's shape",
               choices=("auto", "portrait", "landscape")),
        Option("scale", None,
               "print at a fixed scale in percent (100 or 100%% = on-screen size, 5 to 1000) "
               "instead of fitting the sheet; for .png, a zoom in percent", metavar="PERCENT"),
        Option("tile", None,
               "split the poster onto A4, Letter, A3 or Tabloid sheets to tape together, with "
               "an assembly guide first", metavar="SHEET"),
        Option("overlap", "10mm", "overlap between tiled sheets (default 10mm)",
               metavar="LENGTH"),
        Option("bleed", None,
               "add bleed (3mm when no length is given) and crop marks for a print shop",
               metavar="LENGTH", bare="3mm"),
        Option("blank", False, "a blank wall template: the grid, headers and emotion scale, "
               "no cards", switch=True),
        Option("sticky_notes", "2x2",
               "sticky-note squares per cell on the blank template, across x down (default "
               "2x2; none for an empty grid), each lane in its pad's colour",
               metavar="NxM"),
        Option("dpi", 150.0, "resolution of a .png (default 150)", number=True),
        Option("picture", "map",
               "what a .png or .svg shows: the map alone (default), or the whole poster "
               "(title, map, personas, legend) on its --paper: a PNG the sheet's size at "
               "--dpi (A3 at 150 dpi: 2480 × 1754 pixels), an SVG with named layers",
               choices=("map", "poster")),
        Option("outline_text", False, "an .svg poster draws its text as outlines (looks the "
               "same in every editor without the fonts; the text is no longer text)",
               switch=True),
        Option("min_text", None,
               "smallest printed card text in points, body or body/titles (default: 16/20 "
               "on wall formats, A2 and up, rolls and tiles; 8/10 on smaller sheets); the "
               "export says what would meet it", metavar="PT"),
        Option("strict", False, "card text under --min-text, or cut short on its card, is "
               "an error instead of a warning", switch=True),
        Option("compact", False, "compact cards: each card's title and markers only, for an "
               "overview poster", switch=True),
        Option("split", None, "stages: an overview poster with compact cards, then one page "
               "per stage with its cards in full (on --stage-paper)", choices=("stages",)),
        Option("stage_paper", None, "the sheet of each stage's page with --split stages: A4 "
               "or A3 for a booklet, or any --paper size (default: --paper)",
               metavar="SIZE"),
    ),
)
PDF_USES = frozenset({"paper", "orientation", "scale", "tile", "overlap", "bleed", "blank",
                      "sticky_notes", "min_text", "strict", "compact", "split", "stage_paper"})
#: what a picture of the whole poster (``--picture poster``) reads besides the picture's
#: own options: the sheet and what is on it (no tiles: a picture is one sheet)
POSTER_PICTURE_USES = frozenset({"paper", "orientation", "scale", "bleed", "blank",
                                 "sticky_notes", "min_text", "strict"})
PICTURE_USES = frozenset({"dpi", "scale", "picture"})


def export_csv(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from cjdesigner.csvio import CsvError
    from cjdesigner.csvio import export_csv as write_csv

    try:
        write_csv(doc, path)
    except CsvError as exc:
        raise ExportError(str(exc)) from None


def poster_options(options: Mapping[str, Any], base_dir: Path | None = None) -> PosterOptions:
    """The poster options of an options mapping (command-line spelling: "A0", "150%",
    "3mm"); raises ExportError when one does not read."""
    from cjdesigner.pdf import PaperError, PosterOptions, parse_length, parse_scale
    from cjdesigner.pdf.readability import parse_min_text
    from cjdesigner.pdf.sticky import NotesError, parse_notes

    try:
        return PosterOptions(
            paper=_paper(options.get("paper")),
            orientation=options.get("orientation") or "auto",
            scale=parse_scale(options["scale"]) if options.get("scale") else None,
            bleed=parse_length(options["bleed"]) if options.get("bleed") else 0.0,
            blank=bool(options.get("blank")),
            tile=options.get("tile") or None,
            overlap=parse_length(options.get("overlap") or "10mm"),
            base_dir=base_dir,
            min_text=parse_min_text(options.get("min_text")),
            strict=bool(options.get("strict")),
            compact=bool(options.get("compact")),
            split=options.get("split") or None,
            stage_paper=_stage_paper(options.get("stage_paper")),
            source_name=options.get("source_name") or None,
            sticky_notes=parse_notes(options.get("sticky_notes")),
        )
    except (PaperError, NotesError) as exc:
        raise ExportError(str(exc)) from None


def _paper(text: str | None) -> str | None:
    """The --paper value as PosterOptions takes it: None for a sheet the size of the map
    ("map"), "auto" for the readable choice, else the paper's name."""
    from cjdesigner.i18n.paper import paper_defaults

    value = (text or paper_defaults().poster).strip()
    return None if value.lower() in ("map", "none") else (
        "auto" if value.lower() == "auto" else value)


def _stage_paper(text: str | None) -> str | None:
    """--stage-paper as PosterOptions takes it (checked here, so a typo fails early)."""
    from cjdesigner.pdf import parse_paper

    if not text or not text.strip():
        return None
    value = text.strip()
    if value.lower() == "auto":
        return "auto"
    parse_paper(value)
    return value


def export_pdf(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> list[str]:
    from cjdesigner.pdf import PaperError, export_poster

    opts = poster_options(options, base_dir=options.get("base_dir"))
    try:
        result = export_poster(doc, path, opts)
    except PaperError as exc:
        raise ExportError(str(exc)) from None
    return list(result.warnings)


def zoom(options: Mapping[str, Any]) -> float:
    """The --scale of a picture as a factor (1.0 when not given)."""
    from cjdesigner.pdf import PaperError, parse_scale

    try:
        return parse_scale(options["scale"]) if options.get("scale") else 1.0
    except PaperError as exc:
        raise ExportError(str(exc)) from None


def export_md(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .mermaid import export_mermaid

    export_mermaid(doc, path)


def csv_summary(doc: JourneyMap) -> str:
    return (f"{len(doc.cards)} cards, one row each, with their stage, step and lane: "
            "for spreadsheets and cjdesigner import.")


def mermaid_summary(doc: JourneyMap) -> str:
    stages = sum(1 for s in doc.stages if s.steps)
    return (f"A Mermaid journey diagram ({stages} sections, {len(doc.step_ids())} tasks) and "
            "the cards as a Markdown outline.")
