"""Map → geometry: the one layout both the canvas and the poster draw.

``LayoutEngine.layout(doc)`` returns a :class:`MapLayout` of plain rectangles, wrapped
text lines and curve points. Measuring a card (wrapping its text) is the costly part,
so the engine keeps each card's measurement and reuses it while the card's text and
fields are unchanged: after a drag only the assembly runs, which is a linear pass.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Collection, Mapping
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
from cjdesigner.model.card_index import ids_of, positions

from . import style
from .card_boxes import CardBoxes
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
    #: a mapping of card id → box (rows moved by a relayout are shifted when read)
    cards: CardBoxes[CardBox] = field(default_factory=CardBoxes)
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


#: an edit of more cards than this is laid out again by one pass over the card list
FEW_CARDS = 64


class LayoutEngine:
    """Lays out maps, remembering card measurements between calls."""

    def __init__(self) -> None:
        self._measures: dict[str, tuple[tuple[object, ...], CardMeasure]] = {}
        #: the cards as of the last layout or update, by id (the canvas reads them; an
        #: update changes it in place)
        self.models: dict[str, Card] = {}
        #: mean card emotion per step as of the last layout or update (the curves')
        self._means: dict[str, float] = {}

    def measure(self, card: Card) -> CardMeasure:
        key = _card_key(card)
        cached = self._measures.get(card.id)
        if cached is not None and cached[0] == key:
            return cached[1]
        measured = measure_card(card)
        self._measures[card.id] = (key, measured)
        return measured

    def forget(self, keep: Collection[str]) -> None:
        """Drop measurements of cards that no longer exist."""
        for card_id in list(self._measures):
            if card_id not in keep:
                del self._measures[card_id]

    def layout(self, doc: JourneyMap) -> MapLayout:
        self.models = {card.id: card for card in doc.cards}
        self._means = card_emotion_means(doc)
        return _assemble(doc, self.measure, means=self._means)

    def refresh_curves(self, doc: JourneyMap, previous: MapLayout) -> MapLayout:
        """Relayout after an edit of curves or personas only (the grid is unchanged)."""
        if bool(previous.curves) != bool(doc.curves and previous.feelings_lane_id):
            return self.layout(doc)
        result = copy.copy(previous)
        result.curves = _curves(doc, result, self._means)
        result.scale_ticks = _scale_ticks(doc, result)
        return result

    def update(self, doc: JourneyMap, previous: MapLayout | None, card_ids: set[str]) -> MapLayout:
        """Relayout after an edit that touched only ``card_ids`` (not stages, steps or lanes).

        Only the cells those cards left or entered are measured and placed again; the
        rest of ``previous`` is shared, and rows below a row that grew or shrank are
        shifted, not placed again. Nothing walks the whole card list: the touched cards
        are found through the list's ids (made once per list), and each lands in its
        cell's order next to its nearest neighbour in the list.
        """
        if previous is None or not self.models:
            return self.layout(doc)
        if len(card_ids) > FEW_CARDS:
            return self._update_all(doc, previous, card_ids)
        ids = ids_of(doc.cards)
        found = positions(ids, list(card_ids))
        new_models = {card_id: doc.cards[index] for card_id, index in found.items()}
        models = self.models
        old_boxes = previous.cards
        touched: set[tuple[str, str]] = set()
        feeling_steps: set[str] = set()  # steps whose mean card emotion may change
        for card_id in card_ids:
            box = old_boxes.get(card_id)
            if box is not None:
                touched.add((box.lane_id, box.step_id))
            old = models.get(card_id)
            if old is not None and old.emotion is not None:
                feeling_steps.add(old.step_id)
            card = new_models.get(card_id)
            if card is not None:
                touched.add((card.lane_id, card.step_id))
                if card.emotion is not None:
                    feeling_steps.add(card.step_id)
        for card_id in card_ids:
            card = new_models.get(card_id)
            if card is None:
                models.pop(card_id, None)
                self._measures.pop(card_id, None)
            else:
                models[card_id] = card
        if not touched:
            return previous
        lanes = {lane.lane_id: lane for lane in previous.lanes}
        if any(key[0] not in lanes for key in touched) or any(
                key[1] not in {s.step_id for s in previous.steps} for key in touched):
            return self.layout(doc)
        # each touched cell's cards in list order: the others keep theirs, the touched
        # ones go where the list has them
        members = {key: [m for m in previous.cells.get(key, ()) if m not in card_ids]
                   for key in touched}
        for index, card_id in sorted((index, card_id) for card_id, index in found.items()):
            card = new_models[card_id]
            cell = members[(card.lane_id, card.step_id)]
            cell.insert(_slot_in_cell(ids, index, cell), card_id)
        entries = {key: [(models[m], self.measure(models[m])) for m in cell]
                   for key, cell in members.items()}
        try:
            result = self._place(doc, previous, entries, touched)
        except ArithmeticError:  # pragma: no cover - lengths are whole and half units
            return self.layout(doc)
        if result is None:  # the dense cells want other card columns: new widths
            return self.layout(doc)
        if feeling_steps:
            self._means = _step_means(self._means, feeling_steps, result, models)
        if result.lanes is previous.lanes:
            result.curves = (_curves(doc, result, self._means) if feeling_steps
                             else previous.curves)
        else:
            _follow_rows(doc, result, self._means)
        return result

    def _update_all(self, doc: JourneyMap, previous: MapLayout, card_ids: set[str]) -> MapLayout:
        """:meth:`update` for edits of many cards: one pass over the card list."""
        self.models = {card.id: card for card in doc.cards}
        for card_id in card_ids:
            if card_id not in self.models:
                self._measures.pop(card_id, None)
        touched: set[tuple[str, str]] = set()
        for card_id in card_ids:
            box = previous.cards.get(card_id)
            if box is not None:
                touched.add((box.lane_id, box.step_id))
        for card in doc.cards:
            if card.id in card_ids:
                touched.add((card.lane_id, card.step_id))
        if not touched:
            return previous
        entries: dict[tuple[str, str], list[tuple[Card, CardMeasure]]] = {t: [] for t in touched}
        for card in doc.cards:
            bucket = entries.get((card.lane_id, card.step_id))
            if bucket is not None:
                bucket.append((card, self.measure(card)))
        lanes = {lane.lane_id for lane in previous.lanes}
        steps = {step.step_id for step in previous.steps}
        if any(key[0] not in lanes or key[1] not in steps for key in touched):
            return self.layout(doc)
        try:
            result = self._place(doc, previous, entries, touched)
        except ArithmeticError:  # pragma: no cover - lengths are whole and half units
            return self.layout(doc)
        if result is None:  # the dense cells want other card columns: new widths
            return self.layout(doc)
        self._means = card_emotion_means(doc)
        if result.lanes is previous.lanes:
            result.curves = _curves(doc, result, self._means)
        else:
            _follow_rows(doc, result, self._means)
        return result

    def _place(self, doc: JourneyMap, previous: MapLayout,
               entries: dict[tuple[str, str], list[tuple[Card, CardMeasure]]],
               touched: set[tuple[str, str]]) -> MapLayout | None:
        """A layout sharing ``previous`` but for the ``touched`` cells, whose cards (in
        order, measured) are ``entries``; rows that grow or shrink move those below.
        None when the dense cells now want other card columns (the grid's widths)."""
        stacks = dict(previous.cell_stacks)
        for key, bucket in entries.items():
            if bucket:
                stacks[key] = cell_stack([m.height for _, m in bucket])
            else:
                stacks.pop(key, None)
        lanes = {lane.lane_id: lane for lane in previous.lanes}
        columns = {step.step_id: step for step in previous.steps}
        # dense cells may now want more or fewer card columns: the grid changes widths
        step_columns = choose_columns(stacks, [s.step_id for s in previous.steps],
                                      _lane_rows(previous.lanes), _base_width(doc))
        if step_columns != previous.step_columns:
            return None
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
        gone = [card_id for key in touched for card_id in previous.cells.get(key, ())]
        result = MapLayout(
            width=previous.width,
            height=previous.height,
            grid=previous.grid,
            stages=previous.stages,
            steps=previous.steps,
            lanes=previous.lanes,
            cards=previous.cards.evolved(removed=gone),
            curves=previous.curves,
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
        if new_heights:
            _resize_rows(result, new_heights)
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
        return result


def _slot_in_cell(ids: list[str], index: int, cell: list[str]) -> int:
    """Where the card at ``index`` of the card list goes among ``cell`` (ids in list
    order): next to the cell's card nearest to it in the list, looking both ways."""
    if not cell:
        return 0
    inside = set(cell)
    before, after, end = index - 1, index + 1, len(ids)
    while before >= 0 or after < end:
        if before >= 0:
            if ids[before] in inside:
                return cell.index(ids[before]) + 1
            before -= 1
        if after < end:
            if ids[after] in inside:
                return cell.index(ids[after])
            after += 1
    return len(cell)  # pragma: no cover - the cell's cards are in the list


def _step_means(means: Mapping[str, float], steps: set[str], result: MapLayout,
                models: Mapping[str, Card]) -> dict[str, float]:
    """``means`` with those of ``steps`` taken again from their cells' cards (what
    :func:`card_emotion_means` gives: the exact sum does not depend on order)."""
    fresh = dict(means)
    for step_id in steps:
        values = [
            emotion
            for lane in result.lanes
            for card_id in result.cells.get((lane.lane_id, step_id), ())
            if (emotion := models[card_id].emotion) is not None
        ]
        if values:
            fresh[step_id] = math.fsum(values) / len(values)
        else:
            fresh.pop(step_id, None)
    return fresh


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
              compact: bool = False, means: Mapping[str, float] | None = None) -> MapLayout:
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
    result.curves = _curves(doc, result, means)
    result.scale_ticks = _scale_ticks(doc, result)
    result.metrics = _metrics(doc, result)

    # -- service-blueprint lines -------------------------------------------------------
    for boundary in blueprint_boundaries(doc):
        lane_box = lanes[boundary.lane_index]
        result.blueprint_lines.append(
            BlueprintLineLayout(boundary.line, lane_box.row.y, 0.0, grid_right, boundary.line.label)
        )
    return result


def _resize_rows(result: MapLayout, new_heights: dict[str, float]) -> None:
    """Give some rows new heights and move everything below them: the lanes and columns
    here, the cards as they are read (:class:`CardBoxes`); :func:`_follow_rows` moves
    the curves, metrics and blueprint lines."""
    shift: dict[str, float] = {}
    lanes: list[LaneBox] = []
    y = result.lanes[0].row.y
    for lane in result.lanes:
        h = new_heights.get(lane.lane_id, lane.row.h)
        dy = y - lane.row.y
        if dy:
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
    result.cards.move_lanes(shift)


def _follow_rows(doc: JourneyMap, result: MapLayout, means: Mapping[str, float]) -> None:
    """After :func:`_resize_rows`: what hangs on the rows (blueprint lines, curves, their
    scale, the metrics band) to where the rows are now."""
    lanes = result.lanes
    result.blueprint_lines = [
        BlueprintLineLayout(b.line, lanes[b.lane_index].row.y, 0.0, result.width, b.line.label)
        for b in blueprint_boundaries(doc)
    ]
    result.curves = _curves(doc, result, means)
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
    cards: dict[str, CardBox] = {}
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
    step_id = entries[0][0].step_id
    result.cards.set_cell(lane.lane_id, step_id, cards)
    result.cells[(lane.lane_id, step_id)] = ids


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


def _curves(doc: JourneyMap, result: MapLayout,
            means: Mapping[str, float] | None = None) -> list[CurveLayout]:
    """Curve points in the feelings lane's band: set points, else the cards' mean
    (``means``: :func:`card_emotion_means` of ``doc`` when the caller has it)."""
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
    if means is None:  # once for all curves (what curve_values computes)
        means = card_emotion_means(doc)
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
