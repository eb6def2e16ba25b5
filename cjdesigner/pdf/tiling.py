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

from cjdesigner.layout import MapLayout, style
from cjdesigner.layout.text import FontRole, fit_line
from cjdesigner.model import JourneyMap

from .fonts import FONT_NAMES, TextWriter, colour, width
from .icons import define_symbols
from .marks import draw_glue_zone
from .paper import MM, SHEETS, TILE_SHEETS, PaperError
from .poster import Composition, PosterOptions, PosterResult, draw_poster

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
               overlap: float = 10 * MM, margin: float = SHEET_MARGIN) -> TileGrid:
    """Split a poster of poster_w × poster_h points across sheets; picks the sheet
    orientation that needs fewer sheets (portrait on a tie)."""
    key = next((s for s in TILE_SHEETS if s.lower() == sheet_name.strip().lower()), None)
    if key is None:
        raise PaperError(f"tile onto one of {', '.join(TILE_SHEETS)}, not {sheet_name!r}")
    if overlap < 0:
        raise PaperError("the overlap cannot be negative")
    w, h = SHEETS[key]
    best = None
    for sheet in ((w, h), (h, w)):
        rows, cols, cw, ch = _grid_for(poster_w, poster_h, sheet, overlap, margin)
        if best is None or rows * cols < best[0] * best[1]:
            best = (rows, cols, cw, ch, sheet)
    assert best is not None
    rows, cols, cw, ch, sheet = best
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


def _mm(value: float) -> str:
    return f"{value / MM:.0f} mm"


def export_tiled(doc: JourneyMap, lay: MapLayout, comp: Composition, options: PosterOptions,
                 path: Path) -> PosterResult:
    from reportlab.pdfgen.canvas import Canvas

    grid = plan_tiles(comp.width, comp.height, options.tile or "A4", options.overlap)
    c = Canvas(str(path), pagesize=grid.sheet, pageCompression=1,
               initialFontName=FONT_NAMES["Regular"])
    define_symbols(c)
    c.setTitle(doc.meta.title)
    c.setAuthor(doc.meta.author or "")
    c.setCreator("cjdesigner")
    _define_glue_forms(c, grid)
    c.beginForm(FORM, 0, 0, comp.width, comp.height)
    draw_poster(c, doc, lay, comp, options)
    c.endForm()
    _guide_page(c, doc, comp, grid)
    c.showPage()
    # viewers list the sheets by their codes: Guide, A1, A2 … B1 …
    c.addPageLabel(0, prefix="Guide")
    for r in range(grid.rows):
        c.addPageLabel(1 + r * grid.columns, style="ARABIC", start=1, prefix=row_name(r))
    for tile in grid.tiles:
        _sheet(c, doc, comp, grid, tile)
        c.showPage()
    c.save()
    warnings = list(comp.warnings)
    if grid.count > 200:
        warnings.append(f"{grid.count} sheets: consider a smaller poster or a larger tile sheet.")
    return PosterResult(path, grid.count + 1, grid.sheet, 1.0, (grid.rows, grid.columns), warnings)


GLUE_V = "cjdGlueV"
GLUE_H = "cjdGlueH"


def _define_glue_forms(c, grid: TileGrid) -> None:
    """The hatched glue zones beside a sheet's window, drawn once and reused."""
    m = grid.margin
    cw, ch = grid.window
    faint = style.mix(style.INK_SOFT, style.PAPER, 0.55)
    c.beginForm(GLUE_V, 0, 0, m - 3 * MM, ch)
    draw_glue_zone(c, 0, 0, m - 3 * MM, ch, faint)
    c.endForm()
    c.beginForm(GLUE_H, 0, 0, cw, m - 3.5 * MM)
    draw_glue_zone(c, 0, 0, cw, m - 3.5 * MM, faint)
    c.endForm()


def _sheet(c, doc: JourneyMap, comp: Composition, grid: TileGrid, tile: Tile) -> None:
    sw, sh = grid.sheet
    m = grid.margin
    cw, ch = grid.window
    ov = grid.overlap
    # the window onto the poster
    c.saveState()
    p = c.beginPath()
    p.rect(m, m, cw, ch)
    c.clipPath(p, stroke=0, fill=0)
    c.translate(m - tile.x, m - tile.y)
    c.doForm(FORM)
    c.restoreState()
    ink = style.INK_SOFT
    c.setStrokeColor(colour(ink))
    c.setLineWidth(0.4)
    last_col = tile.column == grid.columns - 1
    last_row = tile.row == grid.rows - 1
    # corner marks at the window's corners, in the margin
    mark = m - 3 * MM
    for x, sx in ((m, -1), (m + cw, 1)):
        for y, sy in ((m, -1), (m + ch, 1)):
            c.line(x + sx * 1.5 * MM, y, x + sx * mark, y)
            c.line(x, y + sy * 1.5 * MM, x, y + sy * mark)
    text = TextWriter(c)
    small = 6.5
    # cut lines: left edge (unless column 1), top edge (unless row A)
    c.setLineWidth(0.6)
    c.setStrokeColor(colour(style.INK))
    if tile.column > 0:
        c.setDash(4, 2)
        c.line(m, 1.5 * MM, m, m - 1.5 * MM)
        c.line(m, m + ch + 1.5 * MM, m, sh - 1.5 * MM)
        c.setDash()
        text.draw(m - 1.2 * MM, sh / 2, "cut ✂", "Regular", small, style.INK, align="right")
    if tile.row > 0:
        c.setDash(4, 2)
        c.line(1.5 * MM, m + ch, m - 1.5 * MM, m + ch)
        c.line(m + cw + 1.5 * MM, m + ch, sw - 1.5 * MM, m + ch)
        c.setDash()
    # glue lines where the next sheet's cut edge goes, and the glue zone beyond
    if not last_col:
        gx = m + cw - ov
        c.setStrokeColor(colour(style.INK))
        c.line(gx, 2 * MM, gx, m - 1 * MM)
        c.line(gx, m + ch + 1 * MM, gx, sh - 2 * MM)
        c.saveState()
        c.translate(m + cw + 1 * MM, m)
        c.doForm(GLUE_V)
        c.restoreState()
    if not last_row:
        gy = m + ov
        c.setStrokeColor(colour(style.INK))
        c.line(2 * MM, gy, m - 1 * MM, gy)
        c.line(m + cw + 1 * MM, gy, sw - 2 * MM, gy)
        c.saveState()
        c.translate(m, 2 * MM)
        c.doForm(GLUE_H)
        c.restoreState()
    # neighbours, so sheets are easy to lay out
    codes = {
        "up": f"{row_name(tile.row - 1)}{tile.column + 1}" if tile.row > 0 else "",
        "down": f"{row_name(tile.row + 1)}{tile.column + 1}" if not last_row else "",
        "left": f"{row_name(tile.row)}{tile.column}" if tile.column > 0 else "",
        "right": f"{row_name(tile.row)}{tile.column + 2}" if not last_col else "",
    }

    def backed(x: float, y: float, label: str, align: str) -> None:
        """Small text on a white patch (it may sit on a glue zone)."""
        w = width(label, "Semibold", small)
        left = x - (w if align == "right" else w / 2 if align == "center" else 0)
        c.setFillColor(colour(style.PAPER))
        c.rect(left - 1, y - 2, w + 2, small + 3, stroke=0, fill=1)
        text.draw(x, y, label, "Semibold", small, ink, align)

    if codes["left"]:
        backed(m - 1.2 * MM, sh / 2 - 3 * MM, f"← {codes['left']}", "right")
    if codes["right"]:
        backed(sw - 1.5 * MM, sh / 2, f"{codes['right']} →", "right")
    if codes["down"]:
        backed(sw / 2, 4.0 * MM, f"↓ {codes['down']}", "center")
    # the label: which sheet this is, of which poster
    base = sh - m + 4.6 * MM
    title = doc.meta.title or "Untitled journey"
    label = (f"row {row_name(tile.row)} · column {tile.column + 1} · "
             f"sheet {tile.number} of {grid.count}")
    code_w = width(tile.code, "Bold", 11)
    text.draw(sw - m - 2 * MM, base, tile.code, "Bold", 11, style.INK, align="right")
    right_note = f"overlap {_mm(grid.overlap)} · print at 100 %"
    if codes["up"]:
        right_note = f"↑ {codes['up']}   " + right_note
    note_w = width(right_note, "Regular", small)
    text.draw(sw - m - 4 * MM - code_w, base, right_note, "Regular", small, ink, align="right")
    text.draw(m + 2 * MM, base, label, "Semibold", 7.5, style.INK)
    lw = width(label, "Semibold", 7.5) + 2 * MM
    room = sw - 2 * m - lw - code_w - note_w - 12 * MM
    if room > 15 * MM:
        role = FontRole("Regular", 7.5, 9)
        text.draw(m + lw + 3 * MM, base, fit_line(title, role, room), "Regular", 7.5, ink)
    text.flush()


def _guide_page(c, doc: JourneyMap, comp: Composition, grid: TileGrid) -> None:
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
