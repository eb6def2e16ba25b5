"""Dense cells lay their cards side by side. No Qt.

One card column per step keeps a sparse map compact, but a cell of many cards then grows
tall, its whole row with it, and a poster has to shrink everything to fit the height. So
a step whose cells are dense gets more card columns (its cell wider, the cards the same
width), its cards placed in reading order: left to right, then the next row.

Which steps widen, and how far, is decided from the cells' heights alone, so the canvas
and the poster show the same grid: cells taller than a threshold spread over as many
columns (up to :data:`MAX_CARD_COLUMNS`) as bring them under it, and the threshold is the
one that lets the map print largest on a landscape or portrait A sheet once the
poster's title and panels have their room (:data:`SHEET_BOXES`). A map whose width
already limits it keeps one column everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import style

#: a cell spreads its cards over columns only from this many cards
SPREAD_FROM = 3
#: the most card columns a step gets
MAX_CARD_COLUMNS = 4
#: the room a poster leaves the map on an A sheet, landscape and portrait (the title
#: block and the panels below it; any unit): the columns make the map fit one of them best
SHEET_BOXES = ((3.3, 2.25), (2.35, 3.2))

Cell = tuple[str, str]  # (lane_id, step_id)


def column_width(columns: int) -> float:
    """A step's width with ``columns`` card columns."""
    return columns * style.CARD_W + (columns - 1) * style.CARD_GAP + 2 * style.CELL_PAD


def stack_height(heights: Sequence[float], columns: int) -> float:
    """The height of cards of ``heights`` placed ``columns`` to a row (the tallest card
    of each row sets its height), gaps included, padding not."""
    if not heights:
        return 0.0
    total = 0.0
    rows = 0
    for start in range(0, len(heights), columns):
        total += max(heights[start:start + columns])
        rows += 1
    return total + style.CARD_GAP * (rows - 1)


def cell_stack(heights: Sequence[float]) -> tuple[float, ...]:
    """A cell's height in 1, 2 … card columns; only one entry when it has too few cards
    to spread."""
    if len(heights) < SPREAD_FROM:
        return (stack_height(heights, 1),)
    widest = min(MAX_CARD_COLUMNS, len(heights))
    return tuple(stack_height(heights, k) for k in range(1, widest + 1))


def cell_height(stack: tuple[float, ...], columns: int) -> float:
    return stack[min(columns, len(stack)) - 1]


def choose_columns(
    stacks: Mapping[Cell, tuple[float, ...]],
    step_ids: Sequence[str],
    lane_rows: Mapping[str, tuple[float, float]],
    base_width: float,
) -> dict[str, int]:
    """Card columns per step (only steps with more than one).

    ``stacks``: each cell's :func:`cell_stack`; ``lane_rows``: each lane's offset above
    its cards (a curve band) and the least height of its row; ``base_width``: the map's
    width outside the steps (lane headers, empty stages)."""
    need: dict[str, list[float]] = {}  # per step: its tallest spreadable cell in k columns
    for (_, step_id), stack in stacks.items():
        if len(stack) < 2:
            continue
        current = need.get(step_id)
        if current is None:
            need[step_id] = list(stack)
            continue
        for index, value in enumerate(stack):
            if index >= len(current):
                current.append(value)
            elif value > current[index]:
                current[index] = value
    if not need:
        return {}

    def columns_at(threshold: float) -> dict[str, int]:
        chosen = {}
        for step_id, heights in need.items():
            k = next((i + 1 for i, h in enumerate(heights) if h <= threshold), len(heights))
            if k > 1:
                chosen[step_id] = k
        return chosen

    def size(chosen: dict[str, int]) -> tuple[float, float]:
        width = base_width + sum(column_width(chosen.get(s, 1)) for s in step_ids)
        tallest: dict[str, float] = {}
        for (lane_id, step_id), stack in stacks.items():
            h = cell_height(stack, chosen.get(step_id, 1))
            if h > tallest.get(lane_id, 0.0):
                tallest[lane_id] = h
        height = style.GRID_TOP
        for lane_id, (offset, least) in lane_rows.items():
            content = tallest.get(lane_id, 0.0)
            height += max(least, offset + (content + 2 * style.CELL_PAD if content else 0.0))
        return width, height

    thresholds = sorted({h for heights in need.values() for h in heights})
    # the larger the threshold, the fewer columns: the map narrower and taller
    best: dict[str, int] = {}
    best_scale = _fit(*size({}))
    for box_w, box_h in SHEET_BOXES:

        def tall_enough(index: int, box_w: float = box_w, box_h: float = box_h) -> bool:
            w, h = size(columns_at(thresholds[index]))
            return w / box_w <= h / box_h

        # the first threshold at which the map is no longer too wide for the box, and the
        # one before it: the best fit for this box is one of the two
        lo, hi = 0, len(thresholds) - 1
        if not tall_enough(hi):
            continue  # wide enough for this box with one column everywhere
        while lo < hi:
            mid = (lo + hi) // 2
            if tall_enough(mid):
                hi = mid
            else:
                lo = mid + 1
        for index in (lo, lo - 1) if lo > 0 else (lo,):
            chosen = columns_at(thresholds[index])
            scale = _fit(*size(chosen))
            if scale > best_scale * 1.005:
                best, best_scale = chosen, scale
    return best


def _fit(width: float, height: float) -> float:
    """How large a map of this size prints on the better of the sheet boxes."""
    return max(min(w / width, h / height) for w, h in SHEET_BOXES)


__all__ = [
    "MAX_CARD_COLUMNS",
    "SPREAD_FROM",
    "SHEET_BOXES",
    "cell_height",
    "cell_stack",
    "choose_columns",
    "column_width",
    "stack_height",
]
