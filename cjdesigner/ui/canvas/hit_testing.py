"""What lies at a point of the map: pure geometry lookups over one :class:`MapLayout`.

No Qt and no window: positions are plain scene coordinates, answers are ids. The canvas
scene builds one tester per layout it installs and asks it for every hit test.
"""

from __future__ import annotations

from bisect import bisect_right

from cjdesigner.layout import MapLayout, Rect, style


class HitTester:
    """Lookups in ``layout``: cells, cards, headers, curve points and drop positions."""

    def __init__(self, layout: MapLayout) -> None:
        self.layout = layout
        steps = layout.steps
        #: the steps' indices from left to right as drawn (the reverse of the map's order
        #: on a right-to-left map), and the columns' edges in that order
        self.column_order: list[int] = (list(range(len(steps)))[::-1] if layout.rtl
                                        else list(range(len(steps))))
        self.column_edges: list[float] = [steps[i].column.x for i in self.column_order]
        if steps:
            self.column_edges.append(steps[self.column_order[-1]].column.right)
        #: where each column begins in reading order (its left edge, or its right edge on
        #: a right-to-left map), then where the last one ends: the places a step can go
        self.column_starts: list[float] = (
            [s.column.right for s in steps] + [steps[-1].column.x] if layout.rtl and steps
            else [s.column.x for s in steps] + ([steps[-1].column.right] if steps else []))
        self.row_edges: list[float] = [lane.row.y for lane in layout.lanes]
        if layout.lanes:
            self.row_edges.append(layout.lanes[-1].row.bottom)

    # -- grid -------------------------------------------------------------------------------
    def step_index_at(self, x: float) -> int | None:
        edges = self.column_edges
        if not edges or x < edges[0] or x >= edges[-1]:
            return None
        i = self.column_order[bisect_right(edges, x) - 1]
        # an empty stage leaves a gap between two columns
        column = self.layout.steps[i].column
        return i if column.x <= x < column.right else None

    def lane_index_at(self, y: float) -> int | None:
        edges = self.row_edges
        if not edges or y < edges[0] or y >= edges[-1]:
            return None
        return bisect_right(edges, y) - 1

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        c = self.step_index_at(x)
        r = self.lane_index_at(y)
        if c is None or r is None:
            return None
        return self.layout.lanes[r].lane_id, self.layout.steps[c].step_id

    def cell_rect(self, lane_id: str, step_id: str) -> Rect | None:
        lay = self.layout
        lane = next((lane for lane in lay.lanes if lane.lane_id == lane_id), None)
        step = next((s for s in lay.steps if s.step_id == step_id), None)
        if lane is None or step is None:
            return None
        return Rect(step.column.x, lane.row.y, step.column.w, lane.row.h)

    def card_at(self, x: float, y: float) -> str | None:
        cell = self.cell_at(x, y)
        if cell is None:
            return None
        for card_id in self.layout.cells.get(cell, ()):
            if self.layout.cards[card_id].rect.contains(x, y):
                return card_id
        return None

    # -- headers ----------------------------------------------------------------------------
    def header_at(
        self, x: float, y: float, offset: tuple[float, float] = (0.0, 0.0), scale: float = 1.0
    ) -> tuple[str, str] | None:
        """('stage'|'step'|'lane', id) under a scene position; ``offset`` is where the
        frozen headers are shifted to, ``scale`` how much they are enlarged."""
        lay = self.layout
        hy = y - offset[1]
        hx = x - offset[0]
        top = style.GRID_TOP * (1.0 - scale)
        # the lane column: at the left, grown leftwards, or at the right of a
        # right-to-left map, grown rightwards
        left = lay.lane_x if lay.rtl else style.LANE_HEADER_W * (1.0 - scale)
        right = left + style.LANE_HEADER_W * scale
        beside = hx < left if lay.rtl else hx >= right
        if top <= hy < style.GRID_TOP and beside:
            if hy < top + style.STAGE_HEADER_H * scale:
                for stage in lay.stages:
                    if stage.rect.x <= x < stage.rect.right:
                        return ("stage", stage.stage_id)
                return None
            i = self.step_index_at(x)
            if i is not None:
                return ("step", lay.steps[i].step_id)
            for stage in lay.stages:  # the step row of a stage without steps
                if stage.rect.x <= x < stage.rect.right:
                    return ("stage", stage.stage_id)
            return None
        if left <= hx < right and hy >= style.GRID_TOP:
            i = self.lane_index_at(y)
            return ("lane", lay.lanes[i].lane_id) if i is not None else None
        return None

    # -- curves -----------------------------------------------------------------------------
    def curve_point_at(self, x: float, y: float, tolerance: float) -> tuple[str, str] | None:
        best = None
        best_d = tolerance * tolerance
        for curve in self.layout.curves:
            for p in curve.points:
                dx, dy = p.x - x, p.y - y
                d = dx * dx + dy * dy
                if d <= best_d:
                    best, best_d = (curve.curve_id, p.step_id), d
        return best

    def curve_at(self, x: float, y: float, tolerance: float) -> str | None:
        """The curve whose line passes within ``tolerance`` of (x, y) (straight segments
        between its points are close enough to the drawn curve for picking)."""
        px, py = x, y
        for curve in reversed(self.layout.curves):
            pts = curve.points
            for a, b in zip(pts, pts[1:], strict=False):
                if not (min(a.x, b.x) - tolerance <= px <= max(a.x, b.x) + tolerance):
                    continue
                dx, dy = b.x - a.x, b.y - a.y
                t = (
                    0.0
                    if dx == dy == 0
                    else ((px - a.x) * dx + (py - a.y) * dy) / (dx * dx + dy * dy)
                )
                t = min(1.0, max(0.0, t))
                cx, cy = a.x + t * dx, a.y + t * dy
                if (cx - px) ** 2 + (cy - py) ** 2 <= tolerance * tolerance * 4:
                    return curve.curve_id
        return None

    def curve_band(self) -> Rect | None:
        if not self.layout.curves:
            return None
        return self.layout.curves[0].band

    def valueless_step_at(self, x: float, y: float, curve_id: str | None) -> tuple[str, str] | None:
        """(curve_id, step_id) when (x, y) is in the curve band over a step where
        ``curve_id`` has neither a set nor a derived value."""
        band = self.curve_band()
        if band is None or curve_id is None:
            return None
        pad = style.CURVE_BAND_PAD / 2
        if not band.y - pad <= y <= band.bottom + pad:
            return None
        i = self.step_index_at(x)
        if i is None:
            return None
        step_id = self.layout.steps[i].step_id
        curve = next(c for c in self.layout.curves if c.curve_id == curve_id)
        if any(p.step_id == step_id for p in curve.points):
            return None
        return curve_id, step_id

    # -- drops ------------------------------------------------------------------------------
    def insert_position(self, cell: tuple[str, str], y: float, moving: set[str],
                        x: float | None = None) -> int:
        """Position within ``cell`` (counting cards that stay) for a drop at (``x``, ``y``):
        in a cell of one card column by height alone; where cards sit side by side, after
        the cards of the rows above and those before the point in its row."""
        position = 0
        columns = self.layout.step_columns.get(cell[1], 1)
        for card_id in self.layout.cells.get(cell, ()):
            if card_id in moving:
                continue
            r = self.layout.cards[card_id].rect
            if columns == 1 or x is None:
                before = y > r.y + r.h / 2
            else:  # a right-to-left map reads its rows from the right
                past = x < r.x + r.w / 2 if self.layout.rtl else x > r.x + r.w / 2
                before = y > r.bottom + style.CARD_GAP / 2 or (
                    y >= r.y - style.CARD_GAP / 2 and past)
            if before:
                position += 1
            else:
                break
        return position

    def insert_line(self, cell: tuple[str, str], position: int, moving: set[str]
                    ) -> tuple[float, float, float]:
        """(x0, x1, y) of the line that shows where a drop at ``position`` goes: above
        the card that will follow it, or under the last card."""
        staying = [c for c in self.layout.cells.get(cell, ()) if c not in moving]
        lane = next(lane for lane in self.layout.lanes if lane.lane_id == cell[0])
        step = next(s for s in self.layout.steps if s.step_id == cell[1])
        if not staying:
            x0 = step.column.x + style.CELL_PAD
            return x0, x0 + style.CARD_W, lane.content_top + style.CELL_PAD / 2
        if position >= len(staying):
            r = self.layout.cards[staying[-1]].rect
            return r.x, r.right, r.bottom + style.CARD_GAP / 2
        r = self.layout.cards[staying[position]].rect
        return r.x, r.right, r.y - style.CARD_GAP / 2

    def insert_line_y(self, cell: tuple[str, str], position: int, moving: set[str]) -> float:
        return self.insert_line(cell, position, moving)[2]
