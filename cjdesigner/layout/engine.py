"""Map → geometry: the one layout both the canvas and the poster draw.

``LayoutEngine.layout(doc)`` returns a :class:`MapLayout` of plain rectangles, wrapped
text lines and curve points. Measuring a card (wrapping its text) is the costly part,
so the engine keeps each card's measurement and reuses it while the card's text and
fields are unchanged: after a drag only the assembly runs, which is a linear pass.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from cjdesigner.i18n.words import Words
from cjdesigner.model import (
    BlueprintLine,
    Card,
    JourneyMap,
    Lane,
    LaneKind,
    Step,
    blueprint_boundaries,
    card_emotion_means,
    curve_name,
)

from . import style
from .columns import cell_height, cell_stack, choose_columns, column_width
from .direction import map_is_rtl
from .geometry import Rect
from .metrics import MetricBox, band_height, metric_boxes, metrics_lane
from .text import fit_line, wrap


@dataclass(frozen=True)
class CardMeasure:
    height: float
    title_lines: tuple[str, ...]
    body_lines: tuple[str, ...]
    has_footer: bool
    has_image: bool


@dataclass(frozen=True)
class CardBox:
    card_id: str
    lane_id: str
    step_id: str
    index: int  # position within its cell
    rect: Rect
    title_lines: tuple[str, ...]
    body_lines: tuple[str, ...]
    has_footer: bool
    has_image: bool
    fill: str
    accent: str
    #: a compact card (an overview poster): its title and markers only
    compact: bool = False


@dataclass(frozen=True)
class StageBox:
    stage_id: str
    rect: Rect
    colour: str
    title: str  # fitted to one line of the band (the canvas)
    #: the whole name wrapped into the band's lines (the poster); the last line ends in
    #: an ellipsis only when the name is longer than :data:`style.STAGE_TITLE_LINES` lines
    title_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepBox:
    step_id: str
    stage_id: str
    rect: Rect  # the header
    column: Rect  # the whole column, header to bottom of the grid
    title_lines: tuple[str, ...]
    meta: str  # clock time and/or duration


@dataclass(frozen=True)
class LaneBox:
    lane_id: str
    kind: LaneKind
    rect: Rect  # the header on the left
    row: Rect  # the whole row across the grid
    title_lines: tuple[str, ...]
    accent: str
    content_top: float  # where cards start (below the curve band in a feelings lane)


@dataclass(frozen=True)
class CurvePoint:
    step_id: str
    x: float
    y: float
    value: float
    is_set: bool


@dataclass(frozen=True)
class CurveLayout:
    curve_id: str
    label: str
    colour: str
    marker: str
    dash: tuple[float, ...]
    points: tuple[CurvePoint, ...]
    band: Rect  # the plotting band (top = scale max, bottom = scale min)


@dataclass(frozen=True)
class ScaleTick:
    y: float
    value: float
    label: str


@dataclass(frozen=True)
class BlueprintLineLayout:
    line: BlueprintLine
    y: float
    x0: float
    x1: float
    label: str


@dataclass
class MapLayout:
    width: float
    height: float
    grid: Rect  # the cell area, beside the lane headers and below the step headers
    stages: list[StageBox] = field(default_factory=list)
    steps: list[StepBox] = field(default_factory=list)
    lanes: list[LaneBox] = field(default_factory=list)
    cards: dict[str, CardBox] = field(default_factory=dict)
    curves: list[CurveLayout] = field(default_factory=list)
    scale_ticks: list[ScaleTick] = field(default_factory=list)
    blueprint_lines: list[BlueprintLineLayout] = field(default_factory=list)
    feelings_lane_id: str | None = None
    #: the lane whose band shows the steps' journey metrics, and the band's boxes
    metrics_lane_id: str | None = None
    metrics: list[MetricBox] = field(default_factory=list)
    #: card ids per non-empty cell (lane_id, step_id), in cell order
    cells: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: content height of each non-empty cell (cards and gaps, without padding)
    cell_heights: dict[tuple[str, str], float] = field(default_factory=dict)
    #: card columns of each step whose dense cells lay their cards side by side (absent: 1)
    step_columns: dict[str, int] = field(default_factory=dict)
    #: each non-empty cell's height in 1, 2 … card columns (one entry for cells too small
    #: to spread): what :func:`choose_columns` decides from
    cell_stacks: dict[tuple[str, str], tuple[float, ...]] = field(default_factory=dict)
    #: the grid flows right to left: stages and steps from the right, the lane headers
    #: and the corner at the right edge (a map in a right-to-left language)
    rtl: bool = False

    @property
    def lane_x(self) -> float:
        """The left edge of the lane headers' column (0, or the grid's right edge)."""
        return self.grid.right if self.rtl else 0.0

    @property
    def corner(self) -> Rect:
        """The corner cell above the lane headers, beside the stage and step headers."""
        return Rect(self.lane_x, 0.0, style.LANE_HEADER_W, style.GRID_TOP)

    @property
    def header_span(self) -> tuple[float, float]:
        """Left and right edge of the stage and step headers (the grid's width)."""
        return self.grid.x, self.grid.right

    def cell_rect(self, lane_id: str, step_id: str) -> Rect:
        lane = next(lane for lane in self.lanes if lane.lane_id == lane_id)
        step = next(step for step in self.steps if step.step_id == step_id)
        return Rect(step.column.x, lane.row.y, step.column.w, lane.row.h)

    def cards_in_cell(self, lane_id: str, step_id: str) -> list[CardBox]:
        return [self.cards[card_id] for card_id in self.cells.get((lane_id, step_id), ())]


def _card_key(card: Card) -> tuple[object, ...]:
    return (
        card.title,
        card.description,
        bool(card.channel or card.owner or card.evidence or card.votes),
        card.image is not None,
    )


def measure_card(card: Card, compact: bool = False) -> CardMeasure:
    """A card's wrapped text and height; ``compact``: the title and the markers only
    (no description, no picture), as an overview poster prints it."""
    inner = style.CARD_W - 2 * style.CARD_PAD
    title = wrap(card.title or "Untitled", style.CARD_TITLE, inner, style.CARD_TITLE_LINES)
    body = [] if compact else wrap(card.description, style.CARD_BODY, inner,
                                   style.CARD_BODY_LINES)
    has_footer = bool(card.channel or card.owner or card.evidence or card.votes)
    has_image = card.image is not None and not compact
    height = style.CARD_PAD + len(title) * style.CARD_TITLE.line_height
    if body:
        height += style.CARD_BODY_GAP + len(body) * style.CARD_BODY.line_height
    if has_image:
        height += style.CARD_IMAGE_GAP + style.CARD_IMAGE_H
    if has_footer:
        height += style.CARD_FOOTER_GAP + style.CARD_FOOTER_H
    height += style.CARD_PAD
    return CardMeasure(
        max(style.CARD_MIN_H, height), tuple(title), tuple(body), has_footer, has_image
    )


def lane_title_width(with_scale: bool) -> float:
    """The width a lane's title is drawn in (less the emotion scale's labels)."""
    width = style.LANE_HEADER_W - style.LANE_TITLE_X - style.CELL_PAD
    return width - style.SCALE_LABEL_W if with_scale else width


def lane_title_lines(lane: Lane, with_scale: bool, words: Words | None = None
                     ) -> tuple[str, ...]:
    """The lane's whole title, wrapped at the width it is drawn (no line limit); a title
    left as the kind's English label reads in the language of ``words``."""
    return tuple(wrap(lane_title(lane, words or Words()), style.LANE_TITLE,
                      lane_title_width(with_scale)))


def lane_header_height(lines: int) -> float:
    """The row height a lane header of ``lines`` title lines needs (and its kind line)."""
    return 16 + lines * style.LANE_TITLE.line_height + style.LANE_META.line_height + 12


def _step_meta(step: Step) -> str:
    parts = []
    if step.time:
        parts.append(step.time)
    if step.duration_minutes is not None:
        minutes = step.duration_minutes
        if minutes >= 60 and minutes % 60 == 0:
            parts.append(f"{minutes / 60:g} h")
        elif minutes >= 60:
            parts.append(f"{int(minutes // 60)} h {minutes % 60:g} min")
        else:
            parts.append(f"{minutes:g} min")
    return " · ".join(parts)


class LayoutEngine:
    """Lays out maps, remembering card measurements between calls."""

    def __init__(self) -> None:
        self._measures: dict[str, tuple[tuple[object, ...], CardMeasure]] = {}
        #: each card's emotion as of the last layout or update: an edit that clears one
        #: (or an undo that takes it away) must move the curve as much as setting it
        self._emotions: dict[str, float | None] = {}

    def measure(self, card: Card) -> CardMeasure:
        key = _card_key(card)
        cached = self._measures.get(card.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        measured = measure_card(card)
        self._measures[card.id] = (key, measured)
        return measured

    def forget(self, keep: set[str]) -> None:
        """Drop measurements of cards that no longer exist."""
        for card_id in list(self._measures):
            if card_id not in keep:
                del self._measures[card_id]

    def layout(self, doc: JourneyMap) -> MapLayout:
        self._emotions = {card.id: card.emotion for card in doc.cards}
        return _assemble(doc, self.measure)

    def refresh_curves(self, doc: JourneyMap, previous: MapLayout) -> MapLayout:
        """Relayout after an edit of curves or personas only (the grid is unchanged)."""
        if bool(previous.curves) != bool(doc.curves and previous.feelings_lane_id):
            return self.layout(doc)
        result = copy.copy(previous)
        result.curves = _curves(doc, result)
        result.scale_ticks = _scale_ticks(doc, result)
        return result

    def update(self, doc: JourneyMap, previous: MapLayout | None, card_ids: set[str]) -> MapLayout:
        """Relayout after an edit that touched only ``card_ids`` (not stages, steps or lanes).

        Only the cells those cards left or entered are measured and placed again; the
        rest of ``previous`` is shared. When a row must grow or shrink, everything
        below it moves, so that case falls back to a full :meth:`layout`.
        """
        if previous is None:
            return self.layout(doc)
        touched: set[tuple[str, str]] = set()
        old_cards = previous.cards
        for card_id in card_ids:
            box = old_cards.get(card_id)
            if box is not None:
                touched.add((box.lane_id, box.step_id))
        # the curves follow the cards' emotions: recompute them when a touched card had
        # one before this edit or has one now (set, cleared, moved, added or removed)
        emotions = self._emotions
        emotional = any(emotions.pop(card_id, None) is not None for card_id in card_ids)
        for card in doc.cards:
            if card.id in card_ids:
                touched.add((card.lane_id, card.step_id))
                emotions[card.id] = card.emotion
                emotional = emotional or card.emotion is not None
        if not touched:
            return previous
        entries: dict[tuple[str, str], list[tuple[Card, CardMeasure]]] = {t: [] for t in touched}
        for card in doc.cards:
            bucket = entries.get((card.lane_id, card.step_id))
            if bucket is not None:
                bucket.append((card, self.measure(card)))
        stacks = dict(previous.cell_stacks)
        for key, bucket in entries.items():
            if bucket:
                stacks[key] = cell_stack([m.height for _, m in bucket])
            else:
                stacks.pop(key, None)
        lanes = {lane.lane_id: lane for lane in previous.lanes}
        columns = {step.step_id: step for step in previous.steps}
        if any(key[0] not in lanes or key[1] not in columns for key in touched):
            return self.layout(doc)
        # dense cells may now want more or fewer card columns: the grid changes widths
        step_columns = choose_columns(stacks, [s.step_id for s in previous.steps],
                                      _lane_rows(previous.lanes), _base_width(doc))
        if step_columns != previous.step_columns:
            return self.layout(doc)
        heights = dict(previous.cell_heights)
        for key in entries:
            if key in stacks:
                heights[key] = cell_height(stacks[key], step_columns.get(key[1], 1))
            else:
                heights.pop(key, None)
        new_heights: dict[str, float] = {}
        for lane_id in {key[0] for key in touched}:
            lane = lanes[lane_id]
            tallest = max((h for (lid, _), h in heights.items() if lid == lane_id), default=0.0)
            offset = lane.content_top - lane.row.y
            wanted = max(
                style.MIN_ROW_H, offset + (tallest + 2 * style.CELL_PAD if tallest else 0.0),
                lane_header_height(len(lane.title_lines)),
            )
            if wanted != lane.row.h:
                new_heights[lane_id] = wanted
        result = MapLayout(
            width=previous.width,
            height=previous.height,
            grid=previous.grid,
            stages=previous.stages,
            steps=previous.steps,
            lanes=previous.lanes,
            cards=dict(old_cards),
            scale_ticks=previous.scale_ticks,
            blueprint_lines=previous.blueprint_lines,
            feelings_lane_id=previous.feelings_lane_id,
            metrics_lane_id=previous.metrics_lane_id,
            metrics=previous.metrics,
            cells=dict(previous.cells),
            cell_heights=heights,
            rtl=previous.rtl,
            step_columns=previous.step_columns,
            cell_stacks=stacks,
        )
        for key in touched:
            for card_id in previous.cells.get(key, ()):
                result.cards.pop(card_id, None)
        if new_heights:
            _resize_rows(doc, result, new_heights)
            lanes = {lane.lane_id: lane for lane in result.lanes}
        lane_model = {lane.id: lane for lane in doc.lanes}
        for key, bucket in entries.items():
            lane_id, step_id = key
            if not bucket:
                result.cells.pop(key, None)
                continue
            column_x = columns[step_id].column.x
            _place_cell(result, lanes[lane_id], column_x, lane_model[lane_id], bucket,
                        step_columns.get(step_id, 1))
        if not new_heights:
            result.curves = _curves(doc, result) if emotional else previous.curves
        return result


def lane_title(lane: Lane, words: Words) -> str:
    """A lane's title; one left as its kind's English label reads in the map's language."""
    if not lane.title or lane.title == lane.kind.label:
        return words.label(lane.kind)
    return lane.title


def layout_map(doc: JourneyMap, compact: bool = False) -> MapLayout:
    """One-off layout without a cache (the poster export, tests); ``compact``: cards
    with their title and markers only (an overview poster)."""
    if compact:
        return _assemble(doc, _measure_compact, compact=True)
    return _assemble(doc, measure_card)


def _measure_compact(card: Card) -> CardMeasure:
    return measure_card(card, compact=True)


def _assemble(doc: JourneyMap, measure: Callable[[Card], CardMeasure],
              compact: bool = False) -> MapLayout:
    words = Words(doc.meta.language)
    # -- cards per cell, measured --------------------------------------------------
    cells: dict[tuple[str, str], list[tuple[Card, CardMeasure]]] = {}
    for card in doc.cards:
        cells.setdefault((card.lane_id, card.step_id), []).append((card, measure(card)))

    feelings = next((lane.id for lane in doc.lanes if lane.kind == LaneKind.FEELINGS), None)
    has_curves = bool(doc.curves) and feelings is not None
    measured = metrics_lane(doc)

    # -- lanes' fixed parts: curve/metrics band above the cards, header lines -----------
    content_offset: dict[str, float] = {}
    lane_titles: dict[str, tuple[str, ...]] = {}
    for lane in doc.lanes:
        offset = style.CURVE_BAND_H if (has_curves and lane.id == feelings) else 0.0
        if lane.id == measured:
            offset += band_height(doc)
        content_offset[lane.id] = offset
        lane_titles[lane.id] = lane_title_lines(lane, has_curves and lane.id == feelings, words)

    # -- dense cells: how many card columns each step gets --------------------------
    stacks = {key: cell_stack([m.height for _, m in entries]) for key, entries in cells.items()}
    step_ids = [step.id for stage in doc.stages for step in stage.steps]
    lane_rows = {lane.id: (content_offset[lane.id], max(
        style.MIN_ROW_H, lane_header_height(len(lane_titles[lane.id])))) for lane in doc.lanes}
    step_columns = choose_columns(stacks, step_ids, lane_rows, _base_width(doc))

    # -- columns -----------------------------------------------------------------
    x = style.LANE_HEADER_W
    stage_spans: list[tuple[int, float, float]] = []
    columns: list[tuple[str, str, float, float]] = []  # (step_id, stage_id, x, width)
    for index, stage in enumerate(doc.stages):
        start = x
        if stage.steps:
            for step in stage.steps:
                width = column_width(step_columns.get(step.id, 1))
                columns.append((step.id, stage.id, x, width))
                x += width
        else:
            x += style.EMPTY_STAGE_W
        stage_spans.append((index, start, x))
    grid_right = max(x, style.LANE_HEADER_W + style.COLUMN_W)
    rtl = map_is_rtl(doc)
    header_x, grid_x = 0.0, style.LANE_HEADER_W
    if rtl:  # the mirror image: the first column ends where the lane headers begin
        columns = [(step_id, stage_id, grid_right - cx - cw, cw)
                   for step_id, stage_id, cx, cw in columns]
        stage_spans = [(index, grid_right - end, grid_right - start)
                       for index, start, end in stage_spans]
        header_x, grid_x = grid_right - style.LANE_HEADER_W, 0.0

    # -- rows ----------------------------------------------------------------------
    row_heights: dict[str, float] = {}
    cell_heights: dict[tuple[str, str], float] = {}
    for key, stack in stacks.items():
        cell_heights[key] = cell_height(stack, step_columns.get(key[1], 1))
    tallest: dict[str, float] = {}
    for (lane_id, _), height in cell_heights.items():
        if height > tallest.get(lane_id, 0.0):
            tallest[lane_id] = height
    for lane in doc.lanes:
        offset = content_offset[lane.id]
        content = tallest.get(lane.id, 0.0)
        height = offset + (content + 2 * style.CELL_PAD if content else 0.0)
        row_heights[lane.id] = max(style.MIN_ROW_H, height)

    y = style.GRID_TOP
    lanes: list[LaneBox] = []
    lane_y: dict[str, float] = {}
    for lane in doc.lanes:
        title_lines = lane_titles[lane.id]
        h = max(row_heights[lane.id], lane_header_height(len(title_lines)))
        lane_y[lane.id] = y
        lanes.append(
            LaneBox(
                lane_id=lane.id,
                kind=lane.kind,
                rect=Rect(header_x, y, style.LANE_HEADER_W, h),
                row=Rect(grid_x, y, grid_right - style.LANE_HEADER_W, h),
                title_lines=title_lines,
                accent=lane.color or style.LANE_ACCENT[lane.kind],
                content_top=y + content_offset[lane.id],
            )
        )
        y += h
    grid_bottom = max(y, style.GRID_TOP + style.MIN_ROW_H)
    grid = Rect(
        grid_x,
        style.GRID_TOP,
        grid_right - style.LANE_HEADER_W,
        grid_bottom - style.GRID_TOP,
    )
    result = MapLayout(width=grid_right, height=grid_bottom, grid=grid, feelings_lane_id=feelings,
                       metrics_lane_id=measured, rtl=rtl, step_columns=step_columns,
                       cell_stacks=stacks)
    result.lanes = lanes
    lanes_by_id = {lane.lane_id: lane for lane in lanes}

    # -- headers -------------------------------------------------------------------
    for index, start, end in stage_spans:
        stage = doc.stages[index]
        width = end - start
        result.stages.append(
            StageBox(
                stage_id=stage.id,
                rect=Rect(start, 0.0, width, style.STAGE_HEADER_H),
                colour=style.stage_colour(index, stage.color),
                title=fit_line(stage.name, style.STAGE_TITLE, width - 2 * style.CELL_PAD - 2),
                title_lines=tuple(wrap(stage.name, style.STAGE_TITLE,
                                       width - 2 * style.CELL_PAD - 2, style.STAGE_TITLE_LINES)),
            )
        )
    step_lookup = {step.id: step for stage in doc.stages for step in stage.steps}
    for step_id, stage_id, cx, cw in columns:
        step = step_lookup[step_id]
        meta = _step_meta(step)
        inner = cw - 2 * (style.CELL_PAD + 2)  # the width the headers draw in
        title = wrap(step.name, style.STEP_TITLE, inner, style.STEP_TITLE_LINES)
        result.steps.append(
            StepBox(
                step_id=step_id,
                stage_id=stage_id,
                rect=Rect(cx, style.STAGE_HEADER_H, cw, style.STEP_HEADER_H),
                column=Rect(cx, style.STAGE_HEADER_H, cw, grid_bottom - style.STAGE_HEADER_H),
                title_lines=tuple(title),
                meta=meta,
            )
        )

    # -- cards ---------------------------------------------------------------------
    column_x = {step_id: cx for step_id, _, cx, _ in columns}
    lane_model = {lane.id: lane for lane in doc.lanes}
    for key, entries in cells.items():
        lane_id, step_id = key
        if lane_id not in lane_y or step_id not in column_x:
            continue
        result.cell_heights[key] = cell_heights[key]
        _place_cell(result, lanes_by_id[lane_id], column_x[step_id], lane_model[lane_id], entries,
                    step_columns.get(step_id, 1), compact)

    # -- emotion curves and metrics ---------------------------------------------------
    result.curves = _curves(doc, result)
    result.scale_ticks = _scale_ticks(doc, result)
    result.metrics = _metrics(doc, result)

    # -- service-blueprint lines -------------------------------------------------------
    for boundary in blueprint_boundaries(doc):
        lane_box = lanes[boundary.lane_index]
        result.blueprint_lines.append(
            BlueprintLineLayout(boundary.line, lane_box.row.y, 0.0, grid_right, boundary.line.label)
        )
    return result


def _resize_rows(doc: JourneyMap, result: MapLayout, new_heights: dict[str, float]) -> None:
    """Give some rows new heights and move everything below them (cards, columns,
    curves, blueprint lines) instead of laying the whole map out again."""
    shift: dict[str, float] = {}
    lanes: list[LaneBox] = []
    y = result.lanes[0].row.y
    for lane in result.lanes:
        h = new_heights.get(lane.lane_id, lane.row.h)
        dy = y - lane.row.y
        shift[lane.lane_id] = dy
        if dy or h != lane.row.h:
            lane = LaneBox(
                lane.lane_id,
                lane.kind,
                Rect(lane.rect.x, y, lane.rect.w, h),
                Rect(lane.row.x, y, lane.row.w, h),
                lane.title_lines,
                lane.accent,
                lane.content_top + dy,
            )
        lanes.append(lane)
        y += h
    grid_bottom = max(y, style.GRID_TOP + style.MIN_ROW_H)
    result.lanes = lanes
    result.height = grid_bottom
    g = result.grid
    result.grid = Rect(g.x, g.y, g.w, grid_bottom - style.GRID_TOP)
    result.steps = [
        StepBox(
            s.step_id,
            s.stage_id,
            s.rect,
            Rect(s.column.x, s.column.y, s.column.w, grid_bottom - s.column.y),
            s.title_lines,
            s.meta,
        )
        for s in result.steps
    ]
    cards = result.cards
    for card_id, box in list(cards.items()):
        dy = shift[box.lane_id]
        if dy:
            r = box.rect
            cards[card_id] = CardBox(
                box.card_id,
                box.lane_id,
                box.step_id,
                box.index,
                Rect(r.x, r.y + dy, r.w, r.h),
                box.title_lines,
                box.body_lines,
                box.has_footer,
                box.has_image,
                box.fill,
                box.accent,
                box.compact,
            )
    result.blueprint_lines = [
        BlueprintLineLayout(b.line, lanes[b.lane_index].row.y, 0.0, result.width, b.line.label)
        for b in blueprint_boundaries(doc)
    ]
    result.curves = _curves(doc, result)
    result.scale_ticks = _scale_ticks(doc, result)
    result.metrics = _metrics(doc, result)


def _lane_rows(lanes: list[LaneBox]) -> dict[str, tuple[float, float]]:
    """Each lane's band above its cards and the least height of its row (its header)."""
    return {lane.lane_id: (lane.content_top - lane.row.y,
                           max(style.MIN_ROW_H, lane_header_height(len(lane.title_lines))))
            for lane in lanes}


def _base_width(doc: JourneyMap) -> float:
    """The map's width outside its steps' columns (lane headers, empty stages)."""
    return style.LANE_HEADER_W + sum(style.EMPTY_STAGE_W for s in doc.stages if not s.steps)


def _metrics(doc: JourneyMap, result: MapLayout) -> list[MetricBox]:
    """The metrics band's boxes, at the top of the metrics lane (below a curve band)."""
    lane = next((lane for lane in result.lanes if lane.lane_id == result.metrics_lane_id), None)
    if lane is None:
        return []
    top = lane.content_top - band_height(doc)
    return metric_boxes(doc, {s.step_id: s.column for s in result.steps}, top)


def _place_cell(
    result: MapLayout,
    lane: LaneBox,
    column_x: float,
    lane_model: Lane,
    entries: list[tuple[Card, CardMeasure]],
    columns: int = 1,
    compact: bool = False,
) -> None:
    """Place a cell's cards, ``columns`` to a row in reading order (one column: top to
    bottom), and record them in ``result``."""
    cy = lane.content_top + style.CELL_PAD
    advance = style.CARD_W + style.CARD_GAP
    left = column_x + style.CELL_PAD
    if result.rtl:  # rows read from the right, as the grid does
        left += (columns - 1) * advance
        advance = -advance
    cx = left
    kind = lane_model.kind
    accent = lane_model.color or style.LANE_ACCENT[kind]
    default_fill = style.CARD_FILL[kind]
    ids = []
    cards = result.cards
    row_h = 0.0
    for position, (card, m) in enumerate(entries):
        if position and position % columns == 0:  # the next row
            cy += row_h + style.CARD_GAP
            cx, row_h = left, 0.0
        cards[card.id] = CardBox(
            card.id,
            lane.lane_id,
            card.step_id,
            position,
            Rect(cx, cy, style.CARD_W, m.height),
            m.title_lines,
            m.body_lines,
            m.has_footer,
            m.has_image,
            card.color or default_fill,
            accent,
            compact,
        )
        ids.append(card.id)
        cx += advance
        row_h = max(row_h, m.height)
    result.cells[(lane.lane_id, entries[0][0].step_id)] = ids


def _scale_ticks(doc: JourneyMap, result: MapLayout) -> list[ScaleTick]:
    """The first curve's level names, at their heights in the band."""
    if not result.curves:
        return []
    band = result.curves[0].band
    top, bottom = band.y, band.bottom
    scale = doc.curves[0].scale
    span = scale.max - scale.min
    words = Words(doc.meta.language)  # the preset level names read in the map's language
    return [
        ScaleTick(bottom - (value - scale.min) / span * (bottom - top), value,
                  words("Vocabulary", name))
        for value, name in zip(scale.level_values(), scale.levels, strict=True)
    ]


def _curves(doc: JourneyMap, result: MapLayout) -> list[CurveLayout]:
    """Curve points in the feelings lane's band: set points, else the cards' mean."""
    feelings = result.feelings_lane_id
    if not doc.curves or feelings is None:
        return []
    lane = next((lane for lane in result.lanes if lane.lane_id == feelings), None)
    if lane is None:
        return []
    top = lane.row.y + style.CURVE_BAND_PAD
    bottom = lane.row.y + style.CURVE_BAND_H - style.CURVE_BAND_PAD
    left = result.grid.x
    band = Rect(left, top, result.grid.right - left, bottom - top)
    centre = {step.step_id: step.column.x + step.column.w / 2 for step in result.steps}
    curves = []
    means = card_emotion_means(doc)  # once for all curves (what curve_values computes)
    step_ids = [step.step_id for step in result.steps]
    for index, curve in enumerate(doc.curves):
        colour, marker, dash = style.curve_style(index, curve.color)
        scale = curve.scale
        span = scale.max - scale.min
        points = []
        for step_id in step_ids:
            if step_id in curve.points:
                value, is_set = curve.points[step_id], True
            elif step_id in means and curve.from_cards:
                value, is_set = scale.from_default(means[step_id]), False
            else:
                continue
            py = bottom - (value - scale.min) / span * (bottom - top)
            points.append(CurvePoint(step_id, centre[step_id], py, value, is_set))
        label = curve_name(doc, curve)
        curves.append(CurveLayout(curve.id, label, colour, marker, dash, tuple(points), band))
    return curves
