"""The poster: one sheet (or the artwork that tiling splits) from the model and layout.

``compose`` decides where everything goes on the sheet: the title block on top, the map
as large as the sheet allows, the primary personas and the legend beside or below it,
whichever leaves the map bigger. ``draw_poster`` draws it. No Qt.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date as _date
from pathlib import Path
from typing import TYPE_CHECKING

from cjdesigner.fileio import atomic_write
from cjdesigner.i18n.messages import msg
from cjdesigner.i18n.words import format_date, parse_iso_date
from cjdesigner.layout import LaneBox, MapLayout, layout_map, style
from cjdesigner.layout.card_parts import MIN_TEXT_FACTOR
from cjdesigner.model import EmotionCurve, JourneyMap, Lane, LaneKind

from .fonts import FONT_NAMES, TextWriter, colour, register_fonts
from .icons import define_symbols
from .mapdraw import DrawOptions, MapPainter
from .marks import draw_crop_marks, draw_slug
from .moments import HEIGHT as MOMENTS_HEIGHT
from .moments import Moments, MomentsPainter, moments, stacked_height
from .panels import (
    MATRIX_MARGINS,
    Box,
    PanelPainter,
    legend_groups,
    poster_has_matrix,
    poster_personas,
)
from .paper import (
    MAX_PAGE_SIDE,
    MAX_SHEET_SIDE,
    MM,
    POINTS_PER_UNIT,
    SAFE_MARGIN,
    Paper,
    PaperError,
    parse_paper,
)
from .readability import MinText
from .sticky import DEFAULT_NOTES, NOTE_COLOURS, row_height_for

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

@dataclass
class PosterOptions:
    paper: str | None = "A0"  # None: the sheet follows the map at ``scale``
    orientation: str = "auto"  # auto | portrait | landscape
    scale: float | None = None  # None: fit the sheet; 1.0 = on-screen size (96 px per inch)
    bleed: float = 0.0  # points; crop marks are drawn when > 0
    blank: bool = False
    tile: str | None = None  # A4 | Letter | A3 | Tabloid (or the name of ``tile_size``)
    tile_size: tuple[float, float] | None = None  # points: tile onto this sheet (a printer's)
    overlap: float = 10 * MM
    date: str | None = None
    title_block: bool = True
    panels: bool = True  # personas and legend
    base_dir: Path | None = None
    #: the smallest printed card text; None: by format (``readability.min_text_for``)
    min_text: MinText | None = None
    #: cards cut short or text under the minimum size are errors, not warnings
    strict: bool = False
    #: compact cards: title and markers only (an overview poster)
    compact: bool = False
    #: "stages": an overview with compact cards, then one page per stage (``split.py``)
    split: str | None = None
    #: the sheet of each stage's page with ``split``; None: ``paper`` (A4, A3: a booklet)
    stage_paper: str | None = None
    #: the "moments that matter" strip under the map (with the panels, when the map has
    #: votes, evidence or low moments to show)
    moments: bool = True
    #: sticky notes per cell on the blank template (across, down); None: none
    sticky_notes: tuple[int, int] | None = DEFAULT_NOTES
    #: the map's file name, for the slug line
    source_name: str | None = None
    #: the slug line's print date (ISO); None: today
    printed: str | None = None


@dataclass
class Composition:
    width: float  # trim size, points
    height: float
    unit: float
    map_box: Box
    scale: float  # points per layout unit
    title_box: Box | None
    persona_box: Box | None
    legend_box: Box | None
    matrix_box: Box | None = None  # the impact × effort matrix, when cards are rated
    clip: bool = False
    warnings: list[str] = field(default_factory=list)
    #: cut card text shrinks no further than this share of its size (the smallest size)
    shrink_floor: float = 0.72
    #: card id → its number in the appendix (cards whose text does not fit)
    footnotes: dict[str, int] = field(default_factory=dict)
    #: the "moments that matter": in the panel row below the map, or a strip of its own
    #: right under the map (``moments_under_map``)
    moments_box: Box | None = None
    moments_under_map: bool = False
    #: the moments' parts one under another (in the column beside the map)
    moments_stacked: bool = False


# -- the blank wall template -------------------------------------------------------------------
def blank_layout(doc: JourneyMap, notes: tuple[int, int] | None = DEFAULT_NOTES,
                 ) -> tuple[JourneyMap, MapLayout]:
    """The map's grid with no cards, rows tall enough for ``notes`` sticky notes per cell
    (across × down; ``sticky.note_squares`` places them), the emotion scale."""
    curves = doc.curves or [EmotionCurve(id="curve-blank", label="")]
    empty = doc.model_copy(update={"cards": [], "curves": [c.model_copy(update={"points": {}})
                                                          for c in curves]})
    lay = layout_map(empty)
    lay.curves = []
    full = layout_map(doc) if doc.cards else lay
    full_h = {lane.lane_id: lane.row.h for lane in full.lanes}
    heights = {}
    narrowest = min((s.column.w for s in lay.steps), default=style.COLUMN_W)
    for lane in lay.lanes:
        want = style.COLUMN_W * (1.0 if lane.kind != LaneKind.FEELINGS else 0.5)
        if notes is not None and lane.kind in NOTE_COLOURS:
            want = max(want, row_height_for(narrowest, notes))
        extra = lane.content_top - lane.row.y
        heights[lane.lane_id] = max(full_h.get(lane.lane_id, 0.0), extra + want, lane.row.h)
    return empty, stretch_rows(lay, heights)


def stretch_rows(lay: MapLayout, heights: dict[str, float]) -> MapLayout:
    """A copy of ``lay`` (without cards) with the given row heights."""
    y = style.GRID_TOP
    lanes: list[LaneBox] = []
    shift: dict[str, float] = {}
    for lane in lay.lanes:
        h = heights.get(lane.lane_id, lane.row.h)
        shift[lane.lane_id] = y - lane.row.y
        lanes.append(replace(
            lane,
            rect=replace(lane.rect, y=y, h=h),
            row=replace(lane.row, y=y, h=h),
            content_top=lane.content_top + shift[lane.lane_id],
        ))
        y += h
    bottom = max(y, style.GRID_TOP + style.MIN_ROW_H)
    out = MapLayout(width=lay.width, height=bottom,
                    grid=replace(lay.grid, h=bottom - lay.grid.y),
                    feelings_lane_id=lay.feelings_lane_id)
    out.lanes = lanes
    out.stages = list(lay.stages)
    out.steps = [replace(s, column=replace(s.column, h=bottom - s.column.y)) for s in lay.steps]
    dy = shift.get(lay.feelings_lane_id or "", 0.0)
    out.scale_ticks = [replace(t, y=t.y + dy) for t in lay.scale_ticks]
    out.curves = [replace(c, band=replace(c.band, y=c.band.y + dy), points=()) for c in lay.curves]
    old_y = {lane.lane_id: lane.row.y for lane in lay.lanes}
    by_old_y = {old_y[k]: k for k in old_y}
    out.blueprint_lines = [
        replace(b, y=b.y + shift.get(by_old_y.get(b.y, ""), 0.0), x1=lay.width)
        for b in lay.blueprint_lines
    ]
    return out


# -- the emotion band --------------------------------------------------------------------------
EMOTION_LANE_ID = "poster-emotion-band"
EMOTION_CURVE_ID = "poster-emotion-curve"


def poster_map(doc: JourneyMap) -> JourneyMap:
    """The map as the poster prints it: wherever cards or curves carry emotions there is
    an emotion band, so a map without a feelings lane (or without a curve) gains one,
    after its first lane, with a curve of the cards' emotions. The map itself is not
    changed."""
    emotional = any(card.emotion is not None for card in doc.cards) or any(
        curve.points or curve.metric for curve in doc.curves)
    if not emotional:
        return doc
    update: dict[str, object] = {}
    if not any(lane.kind == LaneKind.FEELINGS for lane in doc.lanes):
        band = Lane(id=EMOTION_LANE_ID, title="Emotion", kind=LaneKind.FEELINGS)
        at = 1 if doc.lanes else 0
        update["lanes"] = [*doc.lanes[:at], band, *doc.lanes[at:]]
    if not doc.curves:
        update["curves"] = [EmotionCurve(id=EMOTION_CURVE_ID, label="Emotion")]
    return doc.model_copy(update=update) if update else doc


# -- composition ---------------------------------------------------------------------------------
def _unit_for(short_side: float, scale: float | None = None) -> float:
    """Panel type unit: 1 % of the sheet's short side (24 pt on A0), never under 7 pt; with
    the map's ``scale`` known, :data:`PANEL_TO_CARD` × the printed card body (at most
    2.5 % of the short side), so that the panels' lists stay quieter than the map and the
    title (3.2 units) about 1.4 × its stage names."""
    if scale is None:
        return max(short_side / 100.0, 7.0)
    return max(min(PANEL_TO_CARD * style.CARD_BODY.size * scale, short_side / 40.0), 5.0)


#: the panel unit (its lists' text size) as a share of the printed card body text
PANEL_TO_CARD = 0.95
#: the title block's height without an objective, in panel units (one 3.2-unit line)
TITLE_LINE = 4.4


def _sheet(paper: Paper, orientation: str, map_w: float, map_h: float) -> tuple[float, float]:
    assert paper.height is not None
    if paper.name == "Custom" and orientation == "auto":
        return paper.width, paper.height
    if orientation == "auto":
        landscape = map_w >= map_h * 0.8
    else:
        landscape = orientation == "landscape"
    return paper.size(landscape)


#: the coloured band along the top edge, in panel units
BAND = 0.55


def margin_for(u: float) -> float:
    """The sheet's margin around everything: 2.5 panel units, and at least the safe
    margin, the top band inside it and a gap under the band."""
    return max(2.5 * u, SAFE_MARGIN + (BAND + 0.6) * u)


def _legend_height(doc: JourneyMap, u: float, blank: bool, lay: MapLayout | None) -> float:
    """Height the legend needs in a single column at its full size."""
    counts = _FACTS.get(doc, lay, ("legend", blank), lambda: [
        len(entries) for _, entries in legend_groups(doc, blank, lay)])
    assert isinstance(counts, list)
    return float(sum(1.6 * u + count * 1.55 * u for count in counts))


def _legend_width(doc: JourneyMap, u: float, blank: bool, lay: MapLayout | None,
                  height: float) -> float:
    """The width the legend's columns take in a box ``height`` tall, at full size
    (``PanelPainter.legend`` flows its groups into columns 15 units wide)."""
    counts = _FACTS.get(doc, lay, ("legend", blank), lambda: [
        len(entries) for _, entries in legend_groups(doc, blank, lay)])
    assert isinstance(counts, list)
    columns, used = 1, 0.0
    for count in counts:
        for need in (1.6 * u, *([1.55 * u] * count)):
            if used and used + need > height:
                columns, used = columns + 1, 0.0
            used += need
    return columns * 15 * u


#: the least width, in panel units, the moments take in the panel row below the map
MOMENTS_MIN_WIDTH = 80.0


class _MapFacts(threading.local):
    """What the panels of the map being composed need, asked again for each of the many
    sheets the composition and the readability suggestions try. One map (and layout) at
    a time: it keeps them, so a later map can never be mistaken for them; one per thread
    (an export in the background while the dialog plans another)."""

    def __init__(self) -> None:
        self.doc: JourneyMap | None = None
        self.lay: MapLayout | None = None
        self.values: dict[tuple[str, bool], object] = {}

    def get(self, doc: JourneyMap, lay: MapLayout | None, key: tuple[str, bool],
            compute: Callable[[], object]) -> object:
        if self.doc is not doc or self.lay is not lay:
            self.doc, self.lay, self.values = doc, lay, {}
        if key not in self.values:
            self.values[key] = compute()
        return self.values[key]


_FACTS = _MapFacts()


def _has_matrix(doc: JourneyMap, lay: MapLayout, blank: bool) -> bool:
    return bool(_FACTS.get(doc, lay, ("matrix", blank),
                           lambda: poster_has_matrix(doc, blank)))


def _arrange(doc: JourneyMap, W: float, H: float, u: float, lay: MapLayout,
             options: PosterOptions, only: str | None = None) -> Composition:
    """Try the panels below the map and beside it; keep whichever gives the bigger map."""
    map_w, map_h = lay.width, lay.height
    m = margin_for(u)
    gap = 1.5 * u
    personas = poster_personas(doc) if options.panels else []
    title_h = (TITLE_LINE + (2.9 if doc.meta.objective else 0.0)) * u if options.title_block else 0.0
    top = H - m - title_h - (gap if title_h else 0.0)
    title_box = Box(m, H - m - title_h, W - 2 * m, title_h) if title_h else None
    best: Composition | None = None
    matrix = options.panels and _has_matrix(doc, lay, options.blank)
    left, right, above, under = (side * u for side in MATRIX_MARGINS)
    matrix_box: Box | None = None
    legend_box: Box | None
    layouts = ["below", "beside"] if options.panels else ["none"]
    if only is not None:
        layouts = [only]
    zone = MOMENTS_HEIGHT * u if has_moments(doc, lay, options) else 0.0
    for where in layouts:
        row_moments: Box | None = None
        if where == "below":
            strip = (13.0 if personas else 8.0) * u
            if matrix:  # the matrix needs the height to be legible
                strip = max(strip, 17.0 * u)
            area = Box(m, m + strip + gap, W - 2 * m, top - (m + strip + gap))
            pw = min(len(personas) * 42 * u, (W - 2 * m) * 0.62) if personas else 0.0
            persona_box = Box(m, m, pw, strip) if personas else None
            lx = m + (pw + 2 * gap if personas else 0.0)
            if matrix:  # the matrix first, the legend (ranked list first) beside it
                mw = strip - above - under + left + right
                matrix_box = Box(lx, m, mw, strip)
                lx += mw + 2 * gap
            legend_box = Box(lx, m, W - m - lx, strip)
            if zone:  # the moments in the panel row, right of the legend, when it has room
                legend_w = _legend_width(doc, u, options.blank, lay, strip)
                rest = legend_box.w - legend_w - 2 * gap
                if rest >= MOMENTS_MIN_WIDTH * u and strip >= 0.7 * zone:
                    legend_box.w = legend_w
                    row_moments = Box(lx + legend_w + 2 * gap, m, rest, strip)
        elif where == "beside":
            col = 24.0 * u
            area = Box(m, m, W - 2 * m - col - gap, top - m)
            colx = W - m - col
            mh = (col - left - right + above + under + gap) if matrix else 0.0
            # the moments at the foot of the column, when it has the height for them
            stacked = (stacked_height(poster_moments(doc, lay), u, col) + gap) if zone else 0.0
            legend_h = _legend_height(doc, u, options.blank, lay)
            if stacked and (top - m) - legend_h - mh - stacked < (top - m) * (
                    0.45 if personas else 0.0):
                stacked = 0.0  # not enough: a strip under the map instead
            if personas:
                ph = max((top - m) - legend_h - mh - stacked - gap, (top - m) * 0.45)
                ph = min(ph, len(personas) * 30 * u)
                persona_box = Box(colx, top - ph, col, ph)
                panel_top = top - ph - gap
            else:
                persona_box = None
                panel_top = top
            if matrix:  # the matrix on top, the legend (ranked list first) under it
                matrix_box = Box(colx, panel_top - mh + gap, col, mh - gap)
                panel_top -= mh
            foot = m + stacked
            legend_box = Box(colx, foot, col, panel_top - foot)
            if stacked:
                row_moments = Box(colx, m, col, stacked - gap)
        else:
            area = Box(m, m, W - 2 * m, top - m)
            persona_box = legend_box = None
            matrix_box = None
        moments_box = row_moments
        if zone and moments_box is None:  # a strip under the map, as wide as its area
            moments_box = Box(area.x, area.y, area.w, zone)
            area = Box(area.x, area.y + zone + gap, area.w, area.h - zone - gap)
        if area.w <= 0 or area.h <= 0:
            continue
        scale = min(area.w / map_w, area.h / map_h)
        comp = Composition(W, H, u, area, scale, title_box, persona_box, legend_box,
                           matrix_box, moments_box=moments_box,
                           moments_under_map=moments_box is not None and row_moments is None,
                           moments_stacked=row_moments is not None and where == "beside")
        if where == "beside" and persona_box is not None and len(personas) > 1:
            comp.persona_box = persona_box  # stacked vertically, see draw_poster
        if best is None or scale > best.scale * 1.02:
            best = comp
    if best is None:
        raise PaperError(msg("Export", 'the sheet is too small for a poster'))
    return best


def has_moments(doc: JourneyMap, lay: MapLayout, options: PosterOptions) -> bool:
    """Whether the poster has a "moments that matter" strip: with its panels, on a map
    with cards that have something to show."""
    if not (options.panels and options.moments) or options.blank or not doc.cards:
        return False
    return bool(poster_moments(doc, lay))


def poster_moments(doc: JourneyMap, lay: MapLayout) -> Moments:
    found = _FACTS.get(doc, lay, ("moments", False), lambda: moments(doc, lay))
    assert isinstance(found, Moments)
    return found


def _roll(doc: JourneyMap, paper: Paper, options: PosterOptions, fixed: float | None,
          lay: MapLayout) -> Composition:
    """A sheet cut from a roll: the width across the roll is fixed, the length grows to fit.

    Portrait (and auto) runs the map across the roll, the sheet as wide as the roll;
    landscape runs it along the roll, the sheet as tall as the roll. Panels go below or
    beside the map, whichever prints it larger (fit) or on less roll (fixed scale). At a
    fixed scale the map must fit across the roll, else :class:`PaperError` says what to
    do instead."""
    map_w, map_h = lay.width, lay.height
    across = paper.width
    along_x = options.orientation == "landscape"
    map_across, map_along = (map_h, map_w) if along_x else (map_w, map_h)

    def arrange(length: float, u: float, where: str) -> Composition:
        W, H = (length, across) if along_x else (across, length)
        return _arrange(doc, W, H, u, lay, options, where)

    def room(comp: Composition) -> tuple[float, float]:
        """The map's box across the roll and along it."""
        box = comp.map_box
        return (box.h, box.w) if along_x else (box.w, box.h)

    u0 = _unit_for(across)
    best: tuple[float, float, Composition] | None = None
    widest = 0.0
    for where in (("below", "beside") if options.panels else ("none",)):
        try:
            max_across = room(arrange(across * 10 + map_along * (fixed or 0.0), u0, where))[0]
        except PaperError:
            continue
        widest = max(widest, max_across)
        s = max_across / map_across if fixed is None else fixed
        if map_across * s > max_across + 0.5:
            continue
        length, u = across, u0
        try:
            for _ in range(4):
                comp = arrange(length, u, where)
                length = max(length + map_along * s - room(comp)[1], 100 * MM)
            u = min(u0, _unit_for(min(across, length), s))  # never less room across
            for _ in range(3):
                comp = arrange(length, u, where)
                length += map_along * s - room(comp)[1]
            comp = arrange(math.ceil(length), u, where)
        except PaperError:
            continue
        comp.scale = s
        # fit: the larger map wins; fixed scale: the shorter sheet
        key = (-s, length) if fixed is None else (length, 0.0)
        if best is None or key < best[:2]:
            best = (*key, comp)
    if best is None:
        if fixed is None:
            raise PaperError(msg("Export", "a {width:.0f} mm roll is too narrow for a poster", width=across / MM))
        other = "portrait" if along_x else "landscape"
        other_fits = (map_w if along_x else map_h) * fixed <= widest + 0.5
        hint = msg("Export", " run it the other way (--orientation {other}),", other=other) \
            if other_fits else ""
        raise PaperError(
            msg("Export", "At {scale:.0%} the map is {size:.0f} mm tall, but a {width:.0f} mm roll "
                "leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} "
                "choose a wider roll, or tile it (--tile A4).", scale=options.scale,
                size=map_across * fixed / MM, width=across / MM, room=widest / MM, hint=hint)
            if along_x else
            msg("Export", "At {scale:.0%} the map is {size:.0f} mm wide, but a {width:.0f} mm roll "
                "leaves {room:.0f} mm for it: fit it to the roll (leave out --scale),{hint} "
                "choose a wider roll, or tile it (--tile A4).", scale=options.scale,
                size=map_across * fixed / MM, width=across / MM, room=widest / MM, hint=hint)
        )
    comp = best[2]
    _check_side(max(comp.width, comp.height), options)
    s = comp.scale
    fit_across, fit_along = room(comp)
    if map_across * s > fit_across + 0.5 or map_along * s > fit_along + 0.5:
        comp.clip = True
        comp.warnings.append(
            msg("Export", "The map does not quite fit the {width:.0f} mm roll: it is cut off at the edge. "
                "Fit it to the roll or tile it.", width=across / MM)
        )
    _shrink_to_map(comp, map_w, map_h)
    return comp


def choose_readable(doc: JourneyMap, lay: MapLayout, options: PosterOptions
                    ) -> tuple[PosterOptions, str]:
    """``--paper auto``: the first of a named sheet, a roll or A4 tiles that prints card
    text at the minimum size (the largest sheet when none does), and a note saying so."""
    from .readability import WALL_MIN, alternatives, scale_needed

    if options.scale is not None:  # the scale is given: the sheet follows the map
        return replace(options, paper=None), msg("Export", "--paper auto: a sheet the size of the map")
    if options.tile:  # tiles: at the scale that prints the cards at the minimum size
        percent = math.ceil(scale_needed(options.min_text or WALL_MIN) / POINTS_PER_UNIT * 20)
        return (replace(options, paper=None, scale=percent / 20),
                msg("Export", "--paper auto chose --scale {percent} on {sheet} sheets",
                    percent=percent * 5, sheet=options.tile))
    found = [a for a in alternatives(doc, lay, options, options.min_text, first_only=True)
             if "split" not in a.changes]
    if not found:
        return replace(options, paper="4A0", scale=None, tile=None), (
            msg("Export", "--paper auto: no sheet, roll or tiling prints the cards at the minimum "
                "size; printed on 4A0 (try --split stages)"))
    choice = found[0]
    chosen = replace(options, **choice.changes)  # type: ignore[arg-type]
    return chosen, msg("Export", "--paper auto chose {choice}", choice=choice.text)


def plan_footnotes(doc: JourneyMap, lay: MapLayout, options: PosterOptions,
                   comp: Composition) -> list[str]:
    """Decide how far cut card text may shrink (not under the minimum printed size) and
    number the cards that still do not fit; a warning counts them (an error with
    ``options.strict``)."""
    from .appendix import overflowing
    from .readability import min_text_for

    if options.blank:
        return []
    minimum = min_text_for(options, comp.width, comp.height)
    body = style.CARD_BODY.size * comp.scale
    title = style.CARD_TITLE.size * comp.scale
    allowed = max(minimum.body / body, minimum.title / title) if body > 0 else 1.0
    comp.shrink_floor = min(1.0, max(MIN_TEXT_FACTOR, allowed))
    cut = overflowing(doc, lay, comp.shrink_floor)
    comp.footnotes = {card_id: n for n, card_id in enumerate(cut, start=1)}
    if not cut:
        return []
    message = msg("Export", "%n card(s) did not fit on their cards: marked →1…→{count} on the "
                  "poster, their whole text is in the appendix after it", n=len(cut),
                  count=len(cut))
    if options.strict:
        raise PaperError(msg("Export", "{message} (--strict)", message=message))
    return [message]


def readability_problems(doc: JourneyMap, lay: MapLayout, options: PosterOptions,
                         comp: Composition) -> list[str]:
    """A warning when card text prints under the format's minimum, naming what would
    print it larger; raises PaperError instead with ``options.strict``."""
    from .readability import alternatives, meets, min_text_for, too_small_message

    if options.blank or not doc.cards:
        return []
    minimum = min_text_for(options, comp.width, comp.height)
    if meets(comp.scale, minimum):
        return []
    message = too_small_message(comp, minimum,
                                alternatives(doc, lay, options, options.min_text))
    if options.strict:
        raise PaperError(msg("Export", "{message} (--strict)", message=message))
    return [message]


def _check_side(side: float, options: PosterOptions) -> None:
    """Refuse a sheet longer than :data:`MAX_SHEET_SIDE` before anything is drawn."""
    if side > MAX_SHEET_SIDE:
        at = msg("Export", " at {scale:.0%}", scale=options.scale) if options.scale is not None else ""
        raise PaperError(
            msg("Export", "the poster{at} would be {length:.1f} m long; the limit is {limit:.0f} m: choose "
                "a smaller --scale (100 = on-screen size) or a sheet size (--paper A0)", at=at,
                length=side / MM / 1000, limit=MAX_SHEET_SIDE / MM / 1000)
        )


def compose(doc: JourneyMap, lay: MapLayout, options: PosterOptions) -> Composition:
    map_w, map_h = lay.width, lay.height
    warnings: list[str] = []
    fixed = None if options.scale is None else options.scale * POINTS_PER_UNIT
    if options.paper is None:
        if fixed is None:
            fixed = POINTS_PER_UNIT
        u = _unit_for(min(map_w, map_h) * fixed * 1.15, fixed)
        # grow the sheet around the map at the fixed scale
        W, H = map_w * fixed, map_h * fixed
        _check_side(max(W, H), options)
        for _ in range(3):
            comp = _arrange(doc, W, H, u, lay, options)
            W += (map_w * fixed - comp.map_box.w) if comp.map_box.w < map_w * fixed else 0
            H += (map_h * fixed - comp.map_box.h) if comp.map_box.h < map_h * fixed else 0
            W, H = W + 1, H + 1
        comp = _arrange(doc, W, H, u, lay, options)
        comp.scale = fixed
        _shrink_to_map(comp, map_w, map_h)
    else:
        paper = parse_paper(options.paper)
        if paper.roll:
            comp = _roll(doc, paper, options, fixed, lay)
        else:
            sheets = [_sheet(paper, options.orientation, map_w, map_h)]
            if (fixed is None and options.orientation == "auto" and paper.name != "Custom"
                    and paper.height is not None):  # both ways round: the larger print wins
                sheets.append((sheets[0][1], sheets[0][0]))
            chosen: Composition | None = None
            for W, H in sheets:
                u = _unit_for(min(W, H), fixed)
                candidate = _arrange(doc, W, H, u, lay, options)
                if fixed is None:  # panels as loud as the map allows, then the map again
                    for _ in range(2):
                        u = _unit_for(min(W, H), candidate.scale)
                        candidate = _arrange(doc, W, H, u, lay, options)
                if chosen is None or candidate.scale > chosen.scale * 1.02:
                    chosen = candidate
            assert chosen is not None
            comp = chosen
            if fixed is not None:
                if map_w * fixed > comp.map_box.w + 0.5 or map_h * fixed > comp.map_box.h + 0.5:
                    warnings.append(
                        msg("Export", "At {scale:.0%} the map is larger than {paper}: it is cut off. Choose a "
                            "larger sheet, fit to the sheet, or tile.", scale=options.scale,
                            paper=paper.describe())
                    )
                    comp.clip = True
                comp.scale = fixed
            _shrink_to_map(comp, map_w, map_h)
    warnings.extend(comp.warnings)
    comp.warnings = warnings
    if lay.rtl:
        _mirror(comp)
    return comp


def _mirror(comp: Composition) -> None:
    """The sheet of a right-to-left map is the mirror image: the panels that stand left
    of the map (or below it, from the left) stand right of it."""
    for box in (comp.map_box, comp.title_box, comp.persona_box, comp.legend_box,
                comp.matrix_box):
        if box is not None:
            box.x = comp.width - box.x - box.w


def _shrink_to_map(comp: Composition, map_w: float, map_h: float) -> None:
    """Fit the map's box to the map and close up the panels around it.

    Panels beside the map move next to it and the pair is centred across the sheet;
    panels below move up under it and the pair is centred in the height left."""
    area = comp.map_box
    w = min(map_w * comp.scale, area.w) if comp.clip else map_w * comp.scale
    h = min(map_h * comp.scale, area.h) if comp.clip else map_h * comp.scale
    slack_x = max(0.0, area.w - w)
    slack_y = max(0.0, area.h - h)
    panels = [b for b in (comp.persona_box, comp.legend_box, comp.matrix_box,
                          None if comp.moments_under_map else comp.moments_box)
              if b is not None]
    beside = bool(panels) and all(b.x >= area.x + area.w - 1 for b in panels)
    below = bool(panels) and all(b.top <= area.y + 1 for b in panels)
    x, top = area.x + slack_x / 2, area.top
    if beside and slack_x > 0:
        x = area.x + slack_x / 2
        for b in panels:
            b.x -= slack_x / 2
        if comp.title_box is not None:  # the title block spans the map and its panels
            right = max(b.x + b.w for b in panels)
            comp.title_box.x = x
            comp.title_box.w = right - x
    if below and slack_y > 0:
        # give the panels some of the height the map leaves, then centre the pair
        grow = min(slack_y * 0.5, max(b.h for b in panels) * 0.8)
        for b in panels:
            b.h += grow
        matrix, legend = comp.matrix_box, comp.legend_box
        if matrix is not None and legend is not None:
            # the square matrix grows across too, taking at most half the legend's width
            wider = min(grow, legend.w * 0.5)
            matrix.w += wider
            legend.x += wider
            legend.w -= wider
        rest = slack_y - grow
        top = area.top - rest / 2
        for b in panels:
            b.y += rest / 2
    comp.map_box = Box(x, top - h, w, h)
    zone = comp.moments_box
    if zone is not None and comp.moments_under_map:  # right under the map, across the map and at least 60 % of the area
        width = max(w, area.w * 0.6)
        comp.moments_box = Box(x + (w - width) / 2, comp.map_box.y - comp.unit * 1.5 - zone.h,
                               width, zone.h)


# -- drawing ---------------------------------------------------------------------------------
def band_box(comp: Composition, bleed: float = 0.0) -> Box:
    """The coloured band along the top (trim coordinates, y up): into the bleed when
    there is one, else inside the safe margin, as wide as what it heads."""
    u = comp.unit
    if bleed > 0:
        return Box(-bleed, comp.height - BAND * u, comp.width + 2 * bleed, BAND * u + bleed)
    side = margin_for(u)
    return Box(side, comp.height - SAFE_MARGIN - BAND * u, comp.width - 2 * side, BAND * u)



def slug_text(doc: JourneyMap, options: PosterOptions) -> str:
    """The slug line: which file, printed when, which version, by what (``washing.cjm ·
    printed 2026-11-30 · version v3 · cjdesigner 0.1.0``)."""
    from cjdesigner import __version__

    parts = ["Blank wall template"] if options.blank else []
    if options.source_name:
        parts.append(options.source_name)
    parts.append(f"printed {options.printed or _date.today().isoformat()}")
    if doc.meta.version_label:
        parts.append(f"version {doc.meta.version_label}")
    parts.append(f"cjdesigner {__version__}")
    return " · ".join(parts)



def poster_date(doc: JourneyMap, options: PosterOptions) -> str:
    """The date under "Updated", as the map's language writes it (``30. november 2026``);
    ``options.date`` as given, unless it is an ISO date."""
    given = options.date or doc.meta.modified or ""
    day = parse_iso_date(given) or (None if options.date else _date.today())
    if day is None:
        return given
    return format_date(day, doc.meta.language)


def draw_poster(c: Canvas, doc: JourneyMap, lay: MapLayout, comp: Composition,
                options: PosterOptions, bleed: float = 0.0) -> MapPainter:
    """Draw the poster with its trim box's lower-left corner at the origin."""
    register_fonts()
    u = comp.unit
    # a slim band along the top: printed into the bleed when there is one, else inside
    # the safe margin, where every printer prints it
    c.setFillColor(colour(style.INK))
    band = band_box(comp, bleed)
    c.rect(band.x, band.y, band.w, band.h, stroke=0, fill=1)
    mb = comp.map_box
    c.saveState()
    if comp.clip:
        p = c.beginPath()
        p.rect(mb.x, mb.y, mb.w, mb.h)
        c.clipPath(p, stroke=0, fill=0)
    c.translate(mb.x, mb.top)
    c.scale(comp.scale, comp.scale)
    painter = MapPainter(c, doc, lay, DrawOptions(
        blank=options.blank, base_dir=options.base_dir, points_per_unit=comp.scale,
        sticky_notes=options.sticky_notes if options.blank else None,
        shrink_floor=comp.shrink_floor, footnotes=comp.footnotes))
    painter.draw()
    c.restoreState()
    # a hairline frame around the map
    c.setStrokeColor(colour(style.INK_FAINT))
    c.setLineWidth(max(u * 0.05, 0.3))
    c.rect(mb.x, mb.y, mb.w, mb.h, stroke=1, fill=0)
    panels = PanelPainter(c, doc, u, poster_date(doc, options), lay, options.base_dir)
    if comp.title_box is not None:
        panels.title_block(comp.title_box)
    if comp.persona_box is not None:
        personas = poster_personas(doc)
        pb = comp.persona_box
        if pb.h > pb.w and len(personas) > 1:  # stacked in the side column
            gap = u
            h = (pb.h - gap * (len(personas) - 1)) / len(personas)
            for i, persona in enumerate(personas):
                panels._persona(Box(pb.x, pb.top - (i + 1) * h - i * gap, pb.w, h), persona, i)
        else:
            panels.personas(pb, personas)
    if comp.matrix_box is not None:
        panels.priority_matrix(comp.matrix_box)
    if comp.legend_box is not None:
        panels.legend(comp.legend_box, options.blank)
    if comp.moments_box is not None:
        MomentsPainter(c, doc, u).draw(comp.moments_box, poster_moments(doc, lay),
                                       comp.moments_stacked)
    # the slug (file, date, version), small: outside the trim when there is bleed
    # (``export_poster`` draws it there), else bottom right inside the safe margin
    if not (bleed > 0 or options.tile):
        small = max(0.6 * u, 5.0)
        panels.text.draw(comp.width - margin_for(u), SAFE_MARGIN + 0.3 * small,
                         slug_text(doc, options), "Regular", small, style.TEXT_MUTED,
                         align="right")
    panels.flush()
    painter.warnings.extend(panels.warnings)
    return painter


#: card images left out are listed one by one up to this many, then counted
MAX_IMAGE_WARNINGS = 20


def image_warnings(painter: MapPainter) -> list[str]:
    """The painter's warnings about card images left out, the first few in full."""
    found = painter.warnings
    if len(found) <= MAX_IMAGE_WARNINGS:
        return list(found)
    rest = len(found) - MAX_IMAGE_WARNINGS
    return [*found[:MAX_IMAGE_WARNINGS],
            f"… and {rest:,} more card image{'s' if rest != 1 else ''} left out"]


@dataclass
class PosterResult:
    path: Path
    pages: int
    page_size: tuple[float, float]  # points, media box of the poster sheet(s)
    user_unit: float = 1.0
    grid: tuple[int, int] | None = None  # rows, columns when tiled
    warnings: list[str] = field(default_factory=list)


def user_unit_for(width: float, height: float) -> float:
    side = max(width, height)
    return 1.0 if side <= MAX_PAGE_SIDE else float(math.ceil(side / MAX_PAGE_SIDE))


def _set_user_unit(canvas: Canvas, user_unit: float) -> None:
    """Give the page just finished a /UserUnit entry (PDF 1.6)."""
    from reportlab.pdfbase.pdfdoc import PDFPage

    page = canvas._doc.Pages.pages[-1]
    page.UserUnit = user_unit
    page.__NoDefault__ = [*PDFPage.__NoDefault__, "UserUnit"]


def export_poster(doc: JourneyMap, path: str | Path, options: PosterOptions | None = None,
                  layout: MapLayout | None = None) -> PosterResult:
    """Write the poster PDF: one sheet, or tiled when ``options.tile`` is set."""
    from reportlab.pdfgen.canvas import Canvas

    options = options or PosterOptions()
    register_fonts()
    if options.split:
        from .split import export_split

        return export_split(doc, path, options)
    if options.blank:
        doc, lay = blank_layout(doc, options.sticky_notes)
    elif layout is not None:
        lay = layout
    else:
        doc = poster_map(doc)
        lay = layout_map(doc, compact=options.compact)
    notes: list[str] = []
    if options.paper == "auto":
        options, chosen = choose_readable(doc, lay, options)
        notes.append(chosen)
    comp = compose(doc, lay, options)
    notes += readability_problems(doc, lay, options, comp)
    notes += plan_footnotes(doc, lay, options, comp)
    comp.warnings[:0] = notes
    path = Path(path)
    if options.tile:
        from .tiling import export_tiled

        result = export_tiled(doc, lay, comp, options, path)
        if options.bleed > 0:
            result.warnings.append(
                msg("Export", "Bleed and crop marks are for a print shop's single sheet; tiled sheets carry cut and glue marks instead.")
            )
        return result
    bleed = options.bleed
    slug = 12 * MM if bleed > 0 else 0.0
    media_w = comp.width + 2 * (bleed + slug)
    media_h = comp.height + 2 * (bleed + slug)
    uu = user_unit_for(media_w, media_h)
    warnings = list(comp.warnings)
    if uu > 1:
        warnings.append(
            msg("Export", "The sheet is {length:.0f} in long; PDF pages are normally at most 200 in, "
                "so it is written with UserUnit {uu:g} (PDF 1.6), which some viewers and print "
                "shops' RIPs ignore. Tiling (--tile A4) or the print shop's own splitting is "
                "safer.", length=max(media_w, media_h) / 72, uu=uu)
        )
    # the file is written in one step once complete (``fileio.atomic_write``) from the
    # one copy of the PDF that ReportLab makes (no BytesIO and its getvalue() copy)
    c = Canvas(None, pagesize=(media_w / uu, media_h / uu),
               pdfVersion=(1, 6) if uu > 1 else None, pageCompression=1,
               initialFontName=FONT_NAMES["Regular"])
    define_symbols(c)
    c.setTitle(doc.meta.title)
    c.setAuthor(doc.meta.author or "")
    c.setSubject(doc.meta.objective[:200])
    c.setCreator("cjdesigner")
    if bleed > 0:
        o = slug
        trim = (o + bleed, o + bleed, o + bleed + comp.width, o + bleed + comp.height)
        full = (o, o, o + 2 * bleed + comp.width, o + 2 * bleed + comp.height)
        c.setTrimBox(tuple(v / uu for v in trim))
        c.setBleedBox(tuple(v / uu for v in full))
    if uu > 1:
        c.scale(1 / uu, 1 / uu)
    if bleed > 0:
        draw_crop_marks(c, slug + bleed, slug + bleed, comp.width, comp.height, bleed, slug)
        draw_slug(c, slug_text(doc, options), slug + bleed + 3 * MM, slug / 2 - 2.0,
                  comp.width - 6 * MM)
    c.translate(slug + bleed, slug + bleed)
    painter = draw_poster(c, doc, lay, comp, options, bleed=bleed)
    warnings += image_warnings(painter)
    c.showPage()
    if uu > 1:
        _set_user_unit(c, uu)
    pages = 1 + add_appendix(c, doc, lay, comp, options)
    atomic_write(path, c.getpdfdata())
    return PosterResult(path, pages, (media_w, media_h), uu, None, warnings)


def add_appendix(c: Canvas, doc: JourneyMap, lay: MapLayout, comp: Composition,
                 options: PosterOptions) -> int:
    """The appendix pages after the poster's; how many."""
    from .appendix import draw_appendix, entries, page_size

    if options.blank:
        return 0
    return draw_appendix(c, doc, entries(doc, lay, comp.footnotes), page_size(options.paper))


__all__ = [
    "Composition",
    "PosterOptions",
    "PosterResult",
    "TextWriter",
    "blank_layout",
    "compose",
    "draw_poster",
    "export_poster",
]
