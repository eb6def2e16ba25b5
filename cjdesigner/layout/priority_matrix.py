"""Where things go on the impact × effort matrix. No Qt; the editor's Priorities panel and
the poster draw the same geometry.

Coordinates are fractions of the plot's side, x to the right and y *down* from the
plot's top-left corner (the poster flips y). Effort runs 1–5 left to right, impact 1–5
bottom to top, one cell per rating; ratings of ``HIGH`` and more are high, so the
quadrants split the plot three cells to two.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from cjdesigner.model.priorities import HIGH, Ranked

from .geometry import Rect

RATINGS = 5
CELL = 1.0 / RATINGS
_LOW_CELLS = HIGH - 1  # ratings 1 … HIGH − 1 are low

#: (high impact, high effort) → the quadrant's name, as the matrix labels it
QUADRANT_NAMES = {
    (True, False): "Quick wins",
    (True, True): "Big bets",
    (False, False): "Fill-ins",
    (False, True): "Money pits",
}


@dataclass(frozen=True)
class Quadrant:
    name: str
    high_impact: bool
    high_effort: bool
    area: Rect  # fractions of the plot's side, y down


@dataclass(frozen=True)
class MatrixDot:
    item: Ranked
    x: float  # centre, fractions of the plot's side, y down
    y: float
    radius: float

    @property
    def rank(self) -> int:
        return self.item.rank


def quadrants() -> list[Quadrant]:
    """The four quadrants, quick wins first (the ranking's order)."""
    found = []
    for (high_impact, high_effort), name in QUADRANT_NAMES.items():
        x = _LOW_CELLS * CELL if high_effort else 0.0
        w = (RATINGS - _LOW_CELLS) * CELL if high_effort else _LOW_CELLS * CELL
        y = 0.0 if high_impact else (RATINGS - _LOW_CELLS) * CELL
        h = (RATINGS - _LOW_CELLS) * CELL if high_impact else _LOW_CELLS * CELL
        found.append(Quadrant(name, high_impact, high_effort, Rect(x, y, w, h)))
    return found


def cell_centre(impact: int, effort: int) -> tuple[float, float]:
    """The centre of the cell for these ratings (each clamped to 1 … 5)."""
    impact = min(max(impact, 1), RATINGS)
    effort = min(max(effort, 1), RATINGS)
    return (effort - 0.5) * CELL, (RATINGS - impact + 0.5) * CELL


def matrix_dots(ranked: list[Ranked], max_radius: float = 0.26 * CELL) -> list[MatrixDot]:
    """A dot for each rated card, in rank order. Cards sharing a cell are packed in a
    grid centred in it (best ranked top left); every dot has the same size, small enough
    for the most crowded cell's dots to stay inside it."""
    rated = [r for r in ranked if r.rated]
    by_cell: dict[tuple[int, int], list[Ranked]] = {}
    for item in rated:
        key = (item.card.impact or 1, item.card.effort or 1)
        by_cell.setdefault(key, []).append(item)
    crowd = max((len(items) for items in by_cell.values()), default=1)
    radius = min(max_radius, CELL * 0.94 / math.ceil(math.sqrt(crowd)) * 0.44)
    dots: dict[str, MatrixDot] = {}
    for (impact, effort), items in by_cell.items():
        cx, cy = cell_centre(impact, effort)
        per_row = math.ceil(math.sqrt(len(items)))
        rows = math.ceil(len(items) / per_row)
        pitch = CELL * 0.94 / per_row
        for i, item in enumerate(items):
            row, col = divmod(i, per_row)
            in_row = min(per_row, len(items) - row * per_row)
            x = cx + (col - (in_row - 1) / 2) * pitch
            y = cy + (row - (rows - 1) / 2) * pitch
            dots[item.card.id] = MatrixDot(item, x, y, radius)
    return [dots[item.card.id] for item in rated]
