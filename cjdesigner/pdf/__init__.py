"""Vector PDF posters drawn with ReportLab from the model and the shared layout. No Qt.

``export_poster(doc, path, PosterOptions(...))`` writes one sheet, a roll, a sheet with
bleed and crop marks, a blank wall template, or the poster tiled onto office sheets.
"""

from .paper import (
    MM,
    SHEETS,
    TILE_SHEETS,
    Paper,
    PaperError,
    parse_length,
    parse_paper,
    parse_scale,
)
from .poster import PosterOptions, PosterResult, compose, export_poster
from .tiling import TileGrid, plan_tiles

__all__ = [
    "MM",
    "SHEETS",
    "TILE_SHEETS",
    "Paper",
    "PaperError",
    "PosterOptions",
    "PosterResult",
    "TileGrid",
    "compose",
    "export_poster",
    "parse_length",
    "parse_paper",
    "parse_scale",
    "plan_tiles",
]
