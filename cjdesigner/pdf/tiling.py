"""Tiled printing: the poster split across office sheets, with overlap, cut and glue marks,
a label on every sheet and an assembly guide first. No Qt.

The poster is drawn once into a form XObject and every sheet shows a window onto it,
so a tiled file is barely larger or slower than the single sheet.

Assembly: sheets of column 1 and row A keep their margins; every other sheet is cut
along its left and top cut marks and laid over its neighbours so that the cut edge meets
their glue line, ``overlap`` inside their window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cjdesigner.fileio import atomic_write
from cjdesigner.layout import MapLayout, style
from cjdesigner.layout.text import FontRole, fit_line
from cjdesigner.model import JourneyMap

from .fonts import FONT_NAMES, TextWriter, colour, width
from .icons import define_symbols
from .marks import draw_crosshair, draw_glue_zone, draw_slug
from .paper import MAX_TILES, MM, SHEETS, TILE_SHEETS, PaperError
from .poster import (
    Composition,
    PosterOptions,
    PosterResult,
    add_appendix,
    draw_poster,
    image_warnings,
    slug_text,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

#: margin around each sheet's window; wider than a home printer's unprinted border
SHEET_MARGIN = 12 * MM
FORM = "cjdPoster"


def row_name(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


@dataclass(frozen=True)
class Tile:
    row: int
    column: int
    number: int  # 1-based, row by row
    x: float  # the window's lower-left corner on the poster (points, y up)
    y: float
    w: float
    h: float

    @property
    def code(self) -> str:
        return f"{row_name(self.row)}{self.column + 1}"


@dataclass(frozen=True)
class TileGrid:
    sheet: tuple[float, float]  # the office sheet, points, in the chosen orientation
    sheet_name: str
    rows: int
    columns: int
    window: tuple[float, float]  # printable window on each sheet
    overlap: float
    margin: float
    tiles: tuple[Tile, ...]

    @property
    def count(self) -> int:
        return self.rows * self.columns


def _grid_for(pw: float, ph: float, sheet: tuple[float, float], overlap: float,
              margin: float) -> tuple[int, int, float, float]:
    cw, ch = sheet[0] - 2 * margin, sheet[1] - 2 * margin
    if cw <= overlap or ch <= overlap:
        raise PaperError("the overlap is larger than the printable part of a sheet")
    cols = max(1, math.ceil((pw - overlap) / (cw - overlap) - 1e-9))
    rows = max(1, math.ceil((ph - overlap) / (ch - overlap) - 1e-9))
    return rows, cols, cw, ch


def plan_tiles(poster_w: float, poster_h: float, sheet_name: str = "A4",
               overlap: float = 10 * MM, margin: float = SHEET_MARGIN,
               sheet_size: tuple[float, float] | None = None) -> TileGrid:
    """Split a poster of poster_w × poster_h points across sheets; picks the sheet
    orientation that needs fewer sheets (portrait on a tie). The sheet is one of
    ``TILE_SHEETS`` by name, or ``sheet_size`` (points; a printer's paper) called
    ``sheet_name``."""
    if sheet_size is None:
        key = next((s for s in TILE_SHEETS if s.lower() == sheet_name.strip().lower()), None)
        if key is None:
            raise PaperError(f"tile onto one of {', '.join(TILE_SHEETS)}, not {sheet_name!r}")
        w, h = SHEETS[key]
    else:
        key = sheet_name
        w, h = sorted(sheet_size)
        if w < 50 * MM:
            raise PaperError(f"a sheet of {_mm(w)} × {_mm(h)} is too small to tile onto")
    if overlap < 0:
        raise PaperError("the overlap cannot be negative")
    best = None
    for sheet in ((w, h), (h, w)):
        rows, cols, cw, ch = _grid_for(poster_w, poster_h, sheet, overlap, margin)
        if best is None or rows * cols < best[0] * best[1]:
            best = (rows, cols, cw, ch, sheet)
    assert best is not None
    rows, cols, cw, ch, sheet = best
    if rows * cols > MAX_TILES:
        raise PaperError(
            f"tiling a {_mm(poster_w)} × {_mm(poster_h)} poster onto {key} takes "
            f"{rows * cols:,} sheets; the limit is {MAX_TILES}: choose a smaller --scale, "
            "a larger tile sheet (A3), or a print shop's single sheet"
        )
    # centre the poster in the span the sheets cover, so both edges get the slack
    pad_x = (cols * (cw - overlap) + overlap - poster_w) / 2
    pad_y = (rows * (ch - overlap) + overlap - poster_h) / 2
    tiles = []
    for r in range(rows):
        for c in range(cols):
            x = c * (cw - overlap) - pad_x
            top = poster_h + pad_y - r * (ch - overlap)
            tiles.append(Tile(r, c, r * cols + c + 1, x, top - ch, cw, ch))
    return TileGrid(sheet, key, rows, cols, (cw, ch), overlap, margin, tuple(tiles))


def end_form(c: Canvas, name: str) -> None:
    """``c.endForm()`` for a large form: ReportLab encodes a form's stream with its own
    PDFDocEncoding codec, which takes ~15 ms per megabyte; the stream is plain ASCII
    (text is escaped), so it is encoded as such instead, 30 times faster."""
    data = "\n".join([c._preamble, *c._code])
    if not data.isascii():
        c.endForm()
        return
    c._code = []
    c.endForm()
    form = c._doc.idToObject[c._doc.getXObjectName(name)]
    form.stream = data.encode("ascii")


def _mm(value: float) -> str:
    return f"{value / MM:.0f} mm"


def export_tiled(doc: JourneyMap, lay: MapLayout, comp: Composition, options: PosterOptions,
                 path: Path) -> PosterResult:
    from reportlab.pdfgen.canvas import Canvas

    grid = plan_tiles(comp.width, comp.height, options.tile or "A4", options.overlap,
                      sheet_size=options.tile_size)
    # the file is written in one step once complete (``fileio.atomic_write``) from the
    # one copy of the PDF that ReportLab makes (no BytesIO and its getvalue() copy)
    c = Canvas(None, pagesize=grid.sheet, pageCompression=1,
               initialFontName=FONT_NAMES["Regular"])
    define_symbols(c)
    c.setTitle(doc.meta.title)
    c.setAuthor(doc.meta.author or "")
    c.setCreator("cjdesigner")
    top = _TopRow(doc, grid)
    _define_glue_forms(c, grid, top)
    c.beginForm(FORM, 0, 0, comp.width, comp.height)
    painter = draw_poster(c, doc, lay, comp, options)
    end_form(c, FORM)
    _guide_page(c, doc, comp, grid)
    draw_slug(c, slug_text(doc, options), 14 * MM, 8 * MM, grid.sheet[0] - 28 * MM)
    c.showPage()
    # viewers list the sheets by their codes: Guide, A1, A2 … B1 …
    c.addPageLabel(0, prefix="Guide")
    for r in range(grid.rows):
        c.addPageLabel(1 + r * grid.columns, style="ARABIC", start=1, prefix=row_name(r))
    slug = slug_text(doc, options)
    for tile in grid.tiles:
        _sheet(c, doc, comp, grid, tile, top, slug)
        c.showPage()
    extra = add_appendix(c, doc, lay, comp, options)
    atomic_write(path, c.getpdfdata())
    warnings = list(comp.warnings) + image_warnings(painter)
    if grid.count > 200:
        warnings.append(f"{grid.count} sheets: consider a smaller poster or a larger tile sheet.")
    return PosterResult(path, grid.count + 1 + extra, grid.sheet, 1.0, (grid.rows, grid.columns),
                        warnings)


GLUE_V = "cjdGlueV"
GLUE_H = "cjdGlueH"
#: the marks and labels every sheet repeats, drawn once each (forms) and placed per sheet
COMMON = "cjdSheet"
CUT_LEFT = "cjdCutLeft"
CUT_TOP = "cjdCutTop"
GLUE_RIGHT = "cjdGlueRight"
GLUE_BOTTOM = "cjdGlueBottom"
#: no label comes nearer than this to a sheet's edge (printers do not print there)
EDGE = 6 * MM
SMALL = 6.5  # points: neighbour codes and notes
SLUG = 5.5  # points: the slug line
#: a label's extent above and below its baseline, as a fraction of its size (every font
#: used here stays within these)
ASCENT, DESCENT = 0.8, 0.25


@dataclass(frozen=True)
class Label:
    """A piece of text on a sheet, in sheet coordinates (points, y up)."""

    text: str
    x: float
    y: float  # baseline
    face: str
    size: float
    ink: str
    align: str = "left"  # left | right | center
    rotated: bool = False  # reads upwards (turned 90° anticlockwise about (x, y))
    backed: bool = False  # on a white patch (it may sit on a glue zone)

    def box(self) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of the ink and its patch on the sheet."""
        w = width(self.text, self.face, self.size)
        start = -(w if self.align == "right" else w / 2 if self.align == "center" else 0.0)
        lo, hi = -DESCENT * self.size, ASCENT * self.size
        if self.backed:
            lo, hi = min(lo, -2.0), max(hi, self.size + 1.0)
            start, w = start - 1.0, w + 2.0
        if self.rotated:  # along: up the sheet; across: ascent to the left
            return (self.x - hi, self.y + start, self.x - lo, self.y + start + w)
        return (self.x + start, self.y + lo, self.x + start + w, self.y + hi)


@dataclass(frozen=True)
class Segment:
    x0: float
    y0: float
    x1: float
    y1: float
    kind: str  # corner | cut | glue


def _top_baseline(grid: TileGrid) -> float:
    """Baseline of the top label row: clear of the edge and of the window."""
    return grid.sheet[1] - EDGE - ASCENT * 11 - 0.3 * MM


def _glue_x(grid: TileGrid) -> float:
    return grid.margin + grid.window[0] - grid.overlap


def _glue_y(grid: TileGrid) -> float:
    return grid.margin + grid.overlap


def marks(grid: TileGrid, left_cut: bool, top_cut: bool, right_glue: bool,
          bottom_glue: bool) -> list[Segment]:
    """The lines of a sheet: corner marks, cut lines (edge to edge), glue lines."""
    sw, sh = grid.sheet
    m = grid.margin
    cw, ch = grid.window
    out = []
    mark = m - 3 * MM
    for x, sx in ((m, -1), (m + cw, 1)):
        for y, sy in ((m, -1), (m + ch, 1)):
            out.append(Segment(x + sx * 1.5 * MM, y, x + sx * mark, y, "corner"))
            out.append(Segment(x, y + sy * 1.5 * MM, x, y + sy * mark, "corner"))
    # cut lines run the sheet's whole length, over the window's edge: scissors follow
    # one line from edge to edge, and what is left of it goes with the margin
    if left_cut:
        out.append(Segment(m, 1.5 * MM, m, sh - 1.5 * MM, "cut"))
    if top_cut:
        out.append(Segment(1.5 * MM, m + ch, sw - 1.5 * MM, m + ch, "cut"))
    if right_glue:
        gx = _glue_x(grid)
        out.append(Segment(gx, 2 * MM, gx, m - 1 * MM, "glue"))
        out.append(Segment(gx, m + ch + 1 * MM, gx, sh - 2 * MM, "glue"))
    if bottom_glue:
        gy = _glue_y(grid)
        out.append(Segment(2 * MM, gy, m - 1 * MM, gy, "glue"))
        out.append(Segment(m + cw + 1 * MM, gy, sw - 2 * MM, gy, "glue"))
    return out


def _sheet_label(grid: TileGrid, tile: Tile) -> str:
    return (f"row {row_name(tile.row)} · column {tile.column + 1} · "
            f"sheet {tile.number} of {grid.count}")


def _up(tile: Tile) -> str:
    return f"↑ {row_name(tile.row - 1)}{tile.column + 1}" if tile.row > 0 else ""


class _TopRow:
    """Where the top row's pieces go, the same on every sheet: from the right, the sheet
    code, the neighbour above, the overlap note; none across the glue line; the title in
    what is left after the sheet label on the left."""

    def __init__(self, doc: JourneyMap, grid: TileGrid) -> None:
        sw, _ = grid.sheet
        m = grid.margin
        self.base = _top_baseline(grid)
        self.note = f"overlap {_mm(grid.overlap)} · print at 100 %"
        code_w = max(width(t.code, "Bold", 11) for t in grid.tiles)
        up_w = max((width(_up(t), "Semibold", SMALL) for t in grid.tiles), default=0.0)
        note_w = width(self.note, "Regular", SMALL)
        gx, pad = _glue_x(grid), 1.5 * MM
        cursor = sw - m - 2 * MM
        slots = []
        for w, gap in ((code_w, 2 * MM), (up_w, 3 * MM), (note_w, 3 * MM)):
            if cursor - w < gx + pad and cursor > gx - pad:  # would cross the glue line
                cursor = gx - pad
            slots.append(cursor)
            cursor -= w + gap if w else 0.0
        self.code_x, self.up_x, self.note_x = slots
        label_w = max(width(_sheet_label(grid, t), "Semibold", 7.5) for t in grid.tiles)
        self.label_x = m + 2 * MM
        self.title_x = self.label_x + label_w + 3 * MM
        right = cursor
        if self.title_x < gx < right:
            right = gx - pad
        role = FontRole("Regular", 7.5, 9)
        title = doc.meta.title or "Untitled journey"
        self.title = fit_line(title, role, right - self.title_x) \
            if right - self.title_x > 15 * MM else ""

    def common(self) -> list[Label]:
        out = [Label(self.note, self.note_x, self.base, "Regular", SMALL, style.INK_SOFT,
                     "right")]
        if self.title:
            out.append(Label(self.title, self.title_x, self.base, "Regular", 7.5,
                             style.INK_SOFT))
        return out

    def own(self, grid: TileGrid, tile: Tile) -> list[Label]:
        out = [
            Label(tile.code, self.code_x, self.base, "Bold", 11, style.INK, "right"),
            Label(_sheet_label(grid, tile), self.label_x, self.base, "Semibold", 7.5, style.INK),
        ]
        if tile.row > 0:
            out.append(Label(_up(tile), self.up_x, self.base, "Semibold", SMALL,
                             style.INK_SOFT, "right"))
        return out


def cut_label(grid: TileGrid) -> Label:
    """"cut here" up the left margin, beside the left cut line (a scissors glyph would
    embed a second font for one character)."""
    return Label("cut here", grid.margin - 2.5 * MM, grid.sheet[1] / 2 + 8 * MM, "Regular",
                 SMALL, style.INK, "center", rotated=True)


def neighbour_labels(grid: TileGrid, tile: Tile) -> list[Label]:
    """The codes of the sheets to the left, right and below, at those edges."""
    sw, sh = grid.sheet
    ink = style.INK_SOFT
    out = []
    if tile.column > 0:  # up the left margin; the arrow, turned with the text, points left
        out.append(Label(f"↑ {row_name(tile.row)}{tile.column}", grid.margin - 2.5 * MM,
                         sh / 2 - 8 * MM, "Semibold", SMALL, ink, "center", rotated=True,
                         backed=True))
    if tile.column < grid.columns - 1:
        out.append(Label(f"{row_name(tile.row)}{tile.column + 2} →", sw - EDGE - 1.0, sh / 2,
                         "Semibold", SMALL, ink, "right", backed=True))
    if tile.row < grid.rows - 1:
        out.append(Label(f"↓ {row_name(tile.row + 1)}{tile.column + 1}", sw / 2,
                         EDGE + 2.5, "Semibold", SMALL, ink, "center", backed=True))
    return out


#: the bottom margin's marks sit on this line, halfway between EDGE and the window
def _mark_y(grid: TileGrid) -> float:
    return (EDGE + grid.margin) / 2


def _mark_radius(grid: TileGrid) -> float:
    return min(2.2 * MM, (grid.margin - EDGE) / 2 - 0.4 * MM, grid.overlap / 2 - 0.4 * MM)


@dataclass(frozen=True)
class Crosshair:
    x: float
    y: float
    r: float

    def box(self) -> tuple[float, float, float, float]:
        return (self.x - self.r, self.y - self.r, self.x + self.r, self.y + self.r)


def crosshairs(grid: TileGrid, tile: Tile) -> list[Crosshair]:
    """Alignment crosshairs on the centre lines of the overlaps this sheet shares, in
    its margins: a seam between columns in the bottom margin, one between rows in the
    right margin. Both sheets of a seam print it at the same place on the poster, so
    the two meet when the sheets are laid over each other."""
    r = _mark_radius(grid)
    if r < 1.0 * MM:
        return []  # no overlap to speak of
    m, (sw, _), (cw, ch), half = grid.margin, grid.sheet, grid.window, grid.overlap / 2
    y, x = _mark_y(grid), sw - (EDGE + m) / 2
    out = []
    if tile.column > 0:
        out.append(Crosshair(m + half, y, r))
    if tile.column < grid.columns - 1:
        out.append(Crosshair(m + cw - half, y, r))
    if tile.row > 0:
        out.append(Crosshair(x, m + ch - half, r))
    if tile.row < grid.rows - 1:
        out.append(Crosshair(x, m + half, r))
    return out


def minimap_box(grid: TileGrid) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the sheet's mini-map of the whole grid, in the
    bottom margin after the crosshair of a left seam."""
    left = grid.margin + max(grid.overlap, 0.0) + 3 * MM
    height = grid.margin - EDGE - 1.0 * MM
    cell = min(height / grid.rows, 24 * MM / grid.columns)
    bottom = EDGE + 0.5 * MM
    return (left, bottom, left + cell * grid.columns, bottom + cell * grid.rows)


def slug_label(grid: TileGrid, tile: Tile, slug: str) -> Label | None:
    """The slug line (file, date, version) in the bottom margin, after the mini-map,
    up to the neighbour code at the middle; None when there is no room."""
    x = minimap_box(grid)[2] + 2.5 * MM
    down = f"↓ {row_name(tile.row + 1)}{tile.column + 1}"
    stop = grid.sheet[0] / 2 - width(down, "Semibold", SMALL) / 2 - 4 * MM
    if stop - x < 15 * MM:
        return None
    text = fit_line(slug, FontRole("Regular", SLUG, SLUG * 1.2), stop - x)
    return Label(text, x, EDGE + 2.5, "Regular", SLUG, style.INK_SOFT) if text else None


def sheet_layout(doc: JourneyMap, grid: TileGrid, tile: Tile, slug: str = "",
                 ) -> tuple[list[Label], list[Segment]]:
    """Every label and mark line of one sheet (the shared ones included), for checking."""
    top = _TopRow(doc, grid)
    labels = top.common() + top.own(grid, tile) + neighbour_labels(grid, tile)
    if slug and (line := slug_label(grid, tile, slug)) is not None:
        labels.append(line)
    if tile.column > 0:
        labels.append(cut_label(grid))
    segments = marks(grid, tile.column > 0, tile.row > 0, tile.column < grid.columns - 1,
                     tile.row < grid.rows - 1)
    return labels, segments


def _draw_labels(c: Canvas, labels: list[Label]) -> None:
    flat = [lb for lb in labels if not lb.rotated]
    for lb in flat:
        if lb.backed:
            left, bottom, right, top = lb.box()
            c.setFillColor(colour(style.PAPER))
            c.rect(left, bottom, right - left, top - bottom, stroke=0, fill=1)
    text = TextWriter(c)
    for lb in flat:
        text.draw(lb.x, lb.y, lb.text, lb.face, lb.size, lb.ink, lb.align)
    text.flush()
    for lb in labels:
        if not lb.rotated:
            continue
        c.saveState()
        c.translate(lb.x, lb.y)
        c.rotate(90)
        turned = Label(lb.text, 0.0, 0.0, lb.face, lb.size, lb.ink, lb.align, False, lb.backed)
        _draw_labels(c, [turned])
        c.restoreState()


def _draw_segments(c: Canvas, segments: list[Segment]) -> None:
    for kind, ink, line_w, dash in (("corner", style.INK_SOFT, 0.4, None),
                                     ("cut", style.INK, 0.6, (4, 2)),
                                     ("glue", style.INK, 0.6, None)):
        mine = [sg for sg in segments if sg.kind == kind]
        if not mine:
            continue
        c.setStrokeColor(colour(ink))
        c.setLineWidth(line_w)
        if dash:
            c.setDash(*dash)
        for sg in mine:
            c.line(sg.x0, sg.y0, sg.x1, sg.y1)
        if dash:
            c.setDash()


def _define_glue_forms(c: Canvas, grid: TileGrid, top: _TopRow) -> None:
    """The marks and labels that sheets share, drawn once each and reused on every sheet:
    the hatched glue zones, the corner marks and the top row's note and title, the cut and
    glue lines of each edge."""
    sw, sh = grid.sheet
    m = grid.margin
    cw, ch = grid.window
    faint = style.mix(style.INK_SOFT, style.PAPER, 0.55)
    c.beginForm(GLUE_V, 0, 0, m - 3 * MM, ch)
    draw_glue_zone(c, 0, 0, m - 3 * MM, ch, faint)
    c.endForm()
    c.beginForm(GLUE_H, 0, 0, cw, m - 3.5 * MM)
    draw_glue_zone(c, 0, 0, cw, m - 3.5 * MM, faint)
    c.endForm()
    c.beginForm(COMMON, 0, 0, sw, sh)
    _draw_segments(c, marks(grid, False, False, False, False))
    _draw_labels(c, top.common())
    c.endForm()
    c.beginForm(CUT_LEFT, 0, 0, sw, sh)
    _draw_segments(c, [sg for sg in marks(grid, True, False, False, False) if sg.kind == "cut"])
    _draw_labels(c, [cut_label(grid)])
    c.endForm()
    c.beginForm(CUT_TOP, 0, 0, sw, sh)
    _draw_segments(c, [sg for sg in marks(grid, False, True, False, False) if sg.kind == "cut"])
    c.endForm()
    c.beginForm(GLUE_RIGHT, 0, 0, sw, sh)
    c.saveState()
    c.translate(m + cw + 1 * MM, m)
    c.doForm(GLUE_V)
    c.restoreState()
    _draw_segments(c, [sg for sg in marks(grid, False, False, True, False) if sg.kind == "glue"])
    c.endForm()
    c.beginForm(GLUE_BOTTOM, 0, 0, sw, sh)
    c.saveState()
    c.translate(m, 2 * MM)
    c.doForm(GLUE_H)
    c.restoreState()
    _draw_segments(c, [sg for sg in marks(grid, False, False, False, True) if sg.kind == "glue"])
    c.endForm()


def _sheet(c: Canvas, doc: JourneyMap, comp: Composition, grid: TileGrid, tile: Tile,
           top: _TopRow, slug: str) -> None:
    m = grid.margin
    cw, ch = grid.window
    # the window onto the poster
    c.saveState()
    p = c.beginPath()
    p.rect(m, m, cw, ch)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(m - tile.x, m - tile.y)
    c.doForm(FORM)
    c.restoreState()
    # the shared marks (glue zones first: the labels' patches go over them)
    if tile.column < grid.columns - 1:
        c.doForm(GLUE_RIGHT)
    if tile.row < grid.rows - 1:
        c.doForm(GLUE_BOTTOM)
    c.doForm(COMMON)
    if tile.column > 0:
        c.doForm(CUT_LEFT)
    if tile.row > 0:
        c.doForm(CUT_TOP)
    # what only this sheet says: its code, where it sits, its neighbours, the slug
    own = top.own(grid, tile) + neighbour_labels(grid, tile)
    if (line := slug_label(grid, tile, slug)) is not None:
        own.append(line)
    _draw_minimap(c, grid, tile)
    for mark in crosshairs(grid, tile):
        draw_crosshair(c, mark.x, mark.y, mark.r, style.INK)
    _draw_labels(c, own)


def _draw_minimap(c: Canvas, grid: TileGrid, tile: Tile) -> None:
    """The grid of sheets, small, with this sheet filled: where it sits at a glance."""
    left, bottom, right, top = minimap_box(grid)
    cell = (right - left) / grid.columns
    c.setFillColor(colour(style.PAPER))
    c.rect(left - 0.6 * MM, bottom - 0.4 * MM, right - left + 1.2 * MM, top - bottom + 0.8 * MM,
           stroke=0, fill=1)
    c.setStrokeColor(colour(style.INK_SOFT))
    c.setLineWidth(0.25)
    c.setFillColor(colour(style.INK))
    for r in range(grid.rows):
        for col in range(grid.columns):
            x, y = left + col * cell, top - (r + 1) * cell
            mine = (r, col) == (tile.row, tile.column)
            c.rect(x, y, cell, cell, stroke=1, fill=1 if mine else 0)


def _guide_page(c: Canvas, doc: JourneyMap, comp: Composition, grid: TileGrid) -> None:
    sw, sh = grid.sheet
    m = 14 * MM
    text = TextWriter(c)
    title = doc.meta.title or "Untitled journey"
    role = FontRole("Bold", 16, 20)
    text.draw(m, sh - m - 12, fit_line(f"Assembly guide · {title}", role, sw - 2 * m), "Bold", 16,
              style.INK)
    facts = (f"{grid.count} sheets of {grid.sheet_name} in {grid.rows} rows × {grid.columns} "
             f"columns · poster {_mm(comp.width)} × {_mm(comp.height)} · overlap "
             f"{_mm(grid.overlap)}")
    text.draw(m, sh - m - 30, facts, "Regular", 9.5, style.INK_SOFT)
    steps = [
        "1. Print every sheet at 100 % (“actual size”, not “fit to page”); the bar below must "
        "measure 50 mm.",
        "2. Lay the sheets out by their codes: rows A, B, C … from the top, columns 1, 2, 3 … "
        "from the left.",
        "3. Cut each sheet along the dashed cut lines on its left and top edges (none on row A "
        "or column 1).",
        "4. Lay it over its neighbours so the cut edge meets their glue line; tape on the "
        "hatched zone, from the top-left corner onwards.",
    ]
    y = sh - m - 48
    for line in steps:
        text.draw(m, y, fit_line(line, FontRole("Regular", 9, 11), sw - 2 * m), "Regular", 9,
                  style.INK)
        y -= 12.5
    # the check bar
    c.setFillColor(colour(style.INK))
    bar_y = y - 8
    c.rect(m, bar_y, 50 * MM, 2.2 * MM, stroke=0, fill=1)
    for i in range(6):
        c.rect(m + i * 10 * MM - 0.2, bar_y - 1.2 * MM, 0.4, 1.2 * MM, stroke=0, fill=1)
    text.draw(m + 50 * MM + 3 * MM, bar_y + 0.3 * MM, "50 mm", "Semibold", 8, style.INK)
    # thumbnail of the whole poster with the sheet grid over it
    top = bar_y - 8 * MM
    avail_w, avail_h = sw - 2 * m, top - m
    span_w = grid.columns * (grid.window[0] - grid.overlap) + grid.overlap
    span_h = grid.rows * (grid.window[1] - grid.overlap) + grid.overlap
    k = min(avail_w / span_w, avail_h / span_h)
    ox = m + (avail_w - span_w * k) / 2
    first = grid.tiles[0]
    x0, top0 = first.x, first.y + first.h  # the span's top-left corner on the poster

    def at(px: float, py: float) -> tuple[float, float]:
        return ox + (px - x0) * k, top - (top0 - py) * k

    c.saveState()
    c.translate(*at(0, 0))
    c.scale(k, k)
    c.doForm(FORM)
    c.restoreState()
    c.setStrokeColor(colour(style.INK_FAINT))
    c.setLineWidth(0.5)
    c.rect(*at(0, 0), comp.width * k, comp.height * k, stroke=1, fill=0)
    # each sheet's own part: overlaps split down the middle, so the grid reads cleanly
    half = grid.overlap / 2
    c.setStrokeColor(colour("#D55E00"))
    c.setLineWidth(0.9)
    size = max(5.0, min(14.0, grid.window[0] * k * 0.18))
    cells = []
    for tile in grid.tiles:
        left = tile.x + (half if tile.column else 0)
        right = tile.x + tile.w - (half if tile.column < grid.columns - 1 else 0)
        bottom = tile.y + (half if tile.row < grid.rows - 1 else 0)
        upper = tile.y + tile.h - (half if tile.row else 0)
        cells.append((tile, left, bottom, right, upper))
        x, y = at(left, bottom)
        c.rect(x, y, (right - left) * k, (upper - bottom) * k, stroke=1, fill=0)
    c.setFillColor(colour(style.PAPER))
    for tile, left, bottom, right, upper in cells:
        tx, ty = at((left + right) / 2, (bottom + upper) / 2)
        pw = size * (0.55 * len(tile.code) + 0.6)
        c.roundRect(tx - pw / 2, ty - size * 0.55, pw, size * 1.2, size * 0.3, stroke=0, fill=1)
        text.draw(tx, ty - size * 0.25, tile.code, "Bold", size, "#D55E00", align="center")
    text.flush()
