"""The canvas scene: a live picture of one document, drawn from the shared layout.

The scene never writes to the document. It listens to the controller's signals,
relayouts incrementally (``LayoutEngine.update`` re-places only the cells an edit
touched) and repaints. Items read the current :class:`MapLayout` when they paint, so an
edit costs a relayout of the touched cells and one repaint of the visible area.

It also answers hit tests (which card, cell, header or curve point lies under a scene
position) for the view's interactions, and holds the selection as plain ids.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from cjdesigner.compare.comparison import Comparison
from cjdesigner.layout import CardBox, LayoutEngine, MapLayout, Rect, style
from cjdesigner.model import Card, JourneyMap
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.selection import Selection

from . import fonts
from .items.cards import CardLayer, visible_cells
from .items.curve import CurveItem
from .items.grid import GridItem
from .items.headers import CornerItem, HeaderRowItem, LaneColumnItem
from .items.overlay import OverlayItem

MARGIN = 48.0
SHADOW = 4.0


class CanvasScene(QGraphicsScene):
    """Mirrors a :class:`DocumentController`'s document; usable without a view (export),
    and without a controller: :meth:`of_document` draws a document that nothing edits."""

    selectionChanged = Signal(object)  # noqa: N815 - Qt naming, shadows the C++ signal
    layoutChanged = Signal()  # noqa: N815

    def __init__(self, controller: DocumentController | None, parent=None,
                 document: JourneyMap | None = None) -> None:
        super().__init__(parent)
        fonts.ensure_fonts()
        if controller is None and document is None:
            raise ValueError("a scene needs a controller or a document")
        self.controller = controller
        self._document = document
        self.engine = LayoutEngine()
        self.layout: MapLayout = MapLayout(0, 0, Rect(style.LANE_HEADER_W, style.GRID_TOP, 0, 0))
        self.card_models: dict[str, Card] = {}
        self.column_edges: list[float] = []
        self.row_edges: list[float] = []
        self.export_mode = False
        self.visible_rect = QRectF()
        #: how much the frozen headers are enlarged in the scene when zoomed out
        self.header_scale = 1.0
        self._placed: tuple[float, float, float] | None = None
        # selection and transient state, all plain ids
        self.selected: list[str] = []
        self.selected_set: set[str] = set()
        self.current_cell: tuple[str, str] | None = None
        self.header_selection: tuple[str, str] | None = None
        self.selected_curve: str | None = None
        self.hover_card: str | None = None
        self.hover_cell: tuple[str, str] | None = None
        self.curve_drag: tuple[str, str, float] | None = None
        self.highlight: set[str] | None = None
        #: "Compare with…": the other version's differences, drawn over the cards
        self.comparison: Comparison | None = None
        self.dragging: set[str] = set()
        self._faded: set[str] | None = None

        self.setBackgroundBrush(QColor(style.CANVAS_BG))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.grid_item = GridItem(self)
        self.card_layer = CardLayer(self)
        self.curve_item = CurveItem(self)
        self.overlay = OverlayItem(self)
        self.header_row = HeaderRowItem(self)
        self.lane_column = LaneColumnItem(self)
        self.corner = CornerItem(self)
        for item in (
            self.grid_item,
            self.card_layer,
            self.curve_item,
            self.overlay,
            self.header_row,
            self.lane_column,
            self.corner,
        ):
            self.addItem(item)

        if controller is not None:
            controller.cardsChanged.connect(self._on_cards_changed)
            controller.structureChanged.connect(self._on_structure_changed)
            controller.curvesChanged.connect(self._on_curves_changed)
            controller.personasChanged.connect(self._on_curves_changed)
            controller.metaChanged.connect(self.corner.update)
            controller.documentReset.connect(self._on_reset)
        self.relayout()

    @classmethod
    def of_document(cls, doc: JourneyMap) -> CanvasScene:
        """A scene of ``doc`` alone, for exports: no controller, so it follows no edits."""
        return cls(None, document=doc)

    # -- public ----------------------------------------------------------------------
    @property
    def doc(self) -> JourneyMap:
        if self.controller is not None:
            return self.controller.doc
        assert self._document is not None
        return self._document

    def set_export_mode(self, on: bool) -> None:
        """Exports: no selection, hover or drop decorations, no item caches, no frozen
        headers (they sit in their natural place)."""
        self.export_mode = on
        self._faded = None
        self.card_layer.clear_cache()
        if on:
            self.overlay.clear()
            self.hover_card = None
            self.set_header_scale(1.0)
            self.set_visible_rect(QRectF())
        self.update()

    def map_rect(self) -> QRectF:
        """The map itself, without the scroll margin (what an export should render)."""
        return QRectF(0, 0, self.layout.width, self.layout.height)

    def relayout(self) -> None:
        """Full layout from the document (open, structure edits)."""
        self.card_models = {c.id: c for c in self.doc.cards}
        self.engine.forget(set(self.card_models))
        self._install(self.engine.layout(self.doc), structure=True)

    # -- controller signals ---------------------------------------------------------------
    def _on_cards_changed(self, ids) -> None:
        ids = set(ids or ())
        self.card_models = {c.id: c for c in self.doc.cards}
        previous = self.layout
        new = self.engine.update(self.doc, previous, ids)
        structure = new.lanes is not previous.lanes or new.height != previous.height
        gone = [i for i in ids if i not in self.card_models]
        if gone:
            self.engine.forget(set(self.card_models))
        dirty = None
        if not structure:
            # repaint only what changed in the cells the cards left and entered: from
            # the first card that moved down to the lower of the old and new bottoms
            cells = set()
            for layout in (previous, new):
                for card_id in ids:
                    box = layout.cards.get(card_id)
                    if box is not None:
                        cells.add((box.lane_id, box.step_id))
            dirty = []
            for cell in cells:
                rect = self._changed_part(cell, previous, new)
                if rect is not None:
                    dirty.append(rect)
                if cell == self.hover_cell:
                    whole = self.cell_rect(*cell)
                    if whole is not None:
                        dirty.append(whole)
        self._install(new, structure=structure, dirty=dirty)
        if gone and any(i in self.selected_set for i in gone):
            self._set_cards([i for i in self.selected if i in self.card_models])

    def _changed_part(self, cell, old: MapLayout, new: MapLayout) -> QRectF | None:
        before = old.cells.get(cell, [])
        after = new.cells.get(cell, [])
        first = None
        for i in range(max(len(before), len(after))):
            a = old.cards.get(before[i]) if i < len(before) else None
            b = new.cards.get(after[i]) if i < len(after) else None
            if a != b:
                first = i
                break
        if first is None:
            return None
        ys, bottoms = [], []
        for layout, ids in ((old, before), (new, after)):
            if first < len(ids):
                ys.append(layout.cards[ids[first]].rect.y)
            if ids:
                bottoms.append(layout.cards[ids[-1]].rect.bottom)
        column = self.cell_rect(*cell)
        if column is None or not ys:
            return None
        top, bottom = min(ys), max(bottoms)
        return QRectF(column.x(), top - 4, column.width(), bottom - top + 10)

    def _on_structure_changed(self) -> None:
        self.relayout()
        self._prune_selection()

    def _on_curves_changed(self) -> None:
        had = bool(self.layout.curves)
        if had != bool(self.doc.curves):
            self.relayout()
        else:
            self._install(self.engine.refresh_curves(self.doc, self.layout), structure=False)
        if self.selected_curve and all(c.id != self.selected_curve for c in self.doc.curves):
            self.selected_curve = None
            self._emit()

    def _on_reset(self) -> None:
        self.selected, self.selected_set = [], set()
        self.current_cell = self.header_selection = self.selected_curve = None
        self.highlight = None
        self.engine = LayoutEngine()
        self.relayout()
        self._emit()

    def _install(self, lay: MapLayout, structure: bool, dirty: list[QRectF] | None = None) -> None:
        """Take a new layout; ``dirty`` (card edits that moved no row) limits the repaint
        to those cell rectangles."""
        previous = self.layout
        self.layout = lay
        self._faded = None
        if structure:
            self.column_edges = [s.column.x for s in lay.steps]
            if lay.steps:
                self.column_edges.append(lay.steps[-1].column.right)
            self.row_edges = [lane.row.y for lane in lay.lanes]
            if lay.lanes:
                self.row_edges.append(lay.lanes[-1].row.bottom)
            self._update_scene_rect()
            self.grid_item.set_rect(QRectF(lay.grid.x, lay.grid.y, lay.grid.w, lay.grid.h))
            self.card_layer.set_rect(QRectF(lay.grid.x, lay.grid.y, lay.grid.w, lay.grid.h))
            self._place_headers(force=True)
        if dirty is not None and not structure:
            for rect in dirty:
                self.card_layer.update(rect)
            if lay.curves is not previous.curves:
                self.curve_item.refresh()
            self.layoutChanged.emit()
            return
        self.card_layer.update()
        self.grid_item.update()
        self.curve_item.refresh()
        self.lane_column.update()
        self.layoutChanged.emit()

    # -- frozen headers ----------------------------------------------------------------
    def set_visible_rect(self, rect: QRectF) -> None:
        """The part of the scene the view shows; headers stick to its top and left."""
        self.visible_rect = QRectF(rect)
        self._place_headers()

    def set_header_scale(self, k: float) -> None:
        """Enlarge the headers by ``k`` (≥ 1) so their text stays readable zoomed out;
        they grow up and left from the grid's corner, outside the map."""
        k = 1.0 if self.export_mode else max(1.0, k)
        if abs(k - self.header_scale) < 1e-9:
            return
        self.header_scale = k
        self._update_scene_rect()
        self._place_headers()

    def header_top(self) -> float:
        return style.GRID_TOP * (1.0 - self.header_scale)

    def header_left(self) -> float:
        return style.LANE_HEADER_W * (1.0 - self.header_scale)

    def _update_scene_rect(self) -> None:
        lay = self.layout
        left, top = self.header_left(), self.header_top()
        self.setSceneRect(QRectF(left, top, lay.width + MARGIN - left, lay.height + MARGIN - top))

    def _offsets(self) -> tuple[float, float]:
        vis = self.visible_rect
        if vis.isNull() or self.export_mode:
            return 0.0, 0.0
        return max(0.0, vis.left() - self.header_left()), max(0.0, vis.top() - self.header_top())

    def frozen_right(self) -> float:
        """Scene x of the right edge of the lane column as it is shown now."""
        return style.LANE_HEADER_W + self._offsets()[0]

    def frozen_bottom(self) -> float:
        """Scene y of the bottom edge of the header row as it is shown now."""
        return style.GRID_TOP + self._offsets()[1]

    def _place_headers(self, force: bool = False) -> None:
        """Move the frozen headers to the visible area's top and left edges; repaint
        what depends on that position only when it changed."""
        lay = self.layout
        ox, oy = self._offsets()
        left, top, k = self.header_left(), self.header_top(), self.header_scale
        shadow = SHADOW * k  # the frozen headers cast a soft shadow over the grid
        self.header_row.set_rect(QRectF(0, top, lay.width, style.GRID_TOP - top + shadow))
        self.lane_column.set_rect(
            QRectF(
                left,
                style.GRID_TOP,
                style.LANE_HEADER_W - left + shadow,
                max(0.0, lay.height - style.GRID_TOP),
            )
        )
        self.corner.set_rect(QRectF(left, top, style.LANE_HEADER_W * k, style.GRID_TOP * k))
        placed = (ox, oy, k)
        if placed == self._placed and not force:
            return
        moved_x = self._placed is None or self._placed[0] != ox or self._placed[2] != k
        moved_y = self._placed is None or self._placed[1] != oy or self._placed[2] != k
        self._placed = placed
        if self.header_row.pos().y() != oy:
            self.header_row.setPos(0, oy)
        if self.lane_column.pos().x() != ox:
            self.lane_column.setPos(ox, 0)
        if self.corner.pos() != QPointF(ox, oy):
            self.corner.setPos(ox, oy)
        if moved_y or force:
            self.lane_column.update()  # lane titles follow the frozen header row
        if moved_x or force:
            self.header_row.update()  # stage titles follow the frozen lane column
            if self.layout.curves:
                band = self.layout.curves[0].band
                self.curve_item.update(QRectF(band.x, band.y - style.CURVE_BAND_PAD, band.w, 24))

    def header_offset(self) -> QPointF:
        return QPointF(self.lane_column.pos().x(), self.header_row.pos().y())

    # -- hit tests --------------------------------------------------------------------------
    def step_index_at(self, x: float) -> int | None:
        edges = self.column_edges
        if not edges or x < edges[0] or x >= edges[-1]:
            return None
        i = bisect_right(edges, x) - 1
        # an empty stage leaves a gap between two columns
        return i if x < self.layout.steps[i].column.right else None

    def lane_index_at(self, y: float) -> int | None:
        edges = self.row_edges
        if not edges or y < edges[0] or y >= edges[-1]:
            return None
        return bisect_right(edges, y) - 1

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        c = self.step_index_at(pos.x())
        r = self.lane_index_at(pos.y())
        if c is None or r is None:
            return None
        return self.layout.lanes[r].lane_id, self.layout.steps[c].step_id

    def cell_rect(self, lane_id: str, step_id: str) -> QRectF | None:
        lay = self.layout
        lane = next((lane for lane in lay.lanes if lane.lane_id == lane_id), None)
        step = next((s for s in lay.steps if s.step_id == step_id), None)
        if lane is None or step is None:
            return None
        return QRectF(step.column.x, lane.row.y, step.column.w, lane.row.h)

    def card_at(self, pos: QPointF) -> str | None:
        cell = self.cell_at(pos)
        if cell is None:
            return None
        for card_id in self.layout.cells.get(cell, ()):
            if self.layout.cards[card_id].rect.contains(pos.x(), pos.y()):
                return card_id
        return None

    def card_box(self, card_id: str) -> CardBox | None:
        return self.layout.cards.get(card_id)

    def cards_in_rect(self, rect: QRectF) -> list[str]:
        found = []
        for key in visible_cells(self, rect):
            for card_id in self.layout.cells.get(key, ()):
                r = self.layout.cards[card_id].rect
                if rect.intersects(QRectF(r.x, r.y, r.w, r.h)):
                    found.append(card_id)
        return found

    def header_at(self, pos: QPointF) -> tuple[str, str] | None:
        """('stage'|'step'|'lane', id) under a scene position, frozen offsets included."""
        off = self.header_offset()
        lay = self.layout
        k = self.header_scale
        y = pos.y() - off.y()
        x = pos.x() - off.x()
        top, left = self.header_top(), self.header_left()
        if top <= y < style.GRID_TOP and x >= style.LANE_HEADER_W:
            if y < top + style.STAGE_HEADER_H * k:
                for stage in lay.stages:
                    if stage.rect.x <= pos.x() < stage.rect.right:
                        return ("stage", stage.stage_id)
                return None
            i = self.step_index_at(pos.x())
            if i is not None:
                return ("step", lay.steps[i].step_id)
            for stage in lay.stages:  # the step row of a stage without steps
                if stage.rect.x <= pos.x() < stage.rect.right:
                    return ("stage", stage.stage_id)
            return None
        if left <= x < style.LANE_HEADER_W and y >= style.GRID_TOP:
            i = self.lane_index_at(pos.y())
            return ("lane", lay.lanes[i].lane_id) if i is not None else None
        return None

    def in_headers(self, pos: QPointF) -> bool:
        off = self.header_offset()
        return (
            self.header_top() <= pos.y() - off.y() < style.GRID_TOP
            or self.header_left() <= pos.x() - off.x() < style.LANE_HEADER_W
        )

    def curve_point_at(self, pos: QPointF, tolerance: float) -> tuple[str, str] | None:
        best = None
        best_d = tolerance * tolerance
        for curve in self.layout.curves:
            for p in curve.points:
                dx, dy = p.x - pos.x(), p.y - pos.y()
                d = dx * dx + dy * dy
                if d <= best_d:
                    best, best_d = (curve.curve_id, p.step_id), d
        return best

    def curve_at(self, pos: QPointF, tolerance: float) -> str | None:
        """The curve whose line passes within ``tolerance`` of ``pos`` (straight segments
        between its points are close enough to the drawn curve for picking)."""
        px, py = pos.x(), pos.y()
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

    def target_curve(self) -> str | None:
        """The curve that clicks on empty steps of the band act on: the selected one, else
        the first."""
        ids = [c.curve_id for c in self.layout.curves]
        if self.selected_curve in ids:
            return self.selected_curve
        return ids[0] if ids else None

    def valueless_step_at(self, pos: QPointF) -> tuple[str, str] | None:
        """(curve_id, step_id) when ``pos`` is in the curve band over a step where the
        target curve has neither a set nor a derived value."""
        band = self.curve_band()
        curve_id = self.target_curve()
        if band is None or curve_id is None:
            return None
        pad = style.CURVE_BAND_PAD / 2
        if not band.top() - pad <= pos.y() <= band.bottom() + pad:
            return None
        i = self.step_index_at(pos.x())
        if i is None:
            return None
        step_id = self.layout.steps[i].step_id
        curve = next(c for c in self.layout.curves if c.curve_id == curve_id)
        if any(p.step_id == step_id for p in curve.points):
            return None
        return curve_id, step_id

    def curve_band(self) -> QRectF | None:
        if not self.layout.curves:
            return None
        b = self.layout.curves[0].band
        return QRectF(b.x, b.y, b.w, b.h)

    def curve_value_at(self, curve_id: str, y: float) -> float:
        curve = self.doc.find_curve(curve_id)
        band = self.layout.curves[0].band
        frac = (band.bottom - y) / band.h
        return curve.scale.min + frac * (curve.scale.max - curve.scale.min)

    def curve_y(self, curve_id: str, value: float) -> float:
        curve = self.doc.find_curve(curve_id)
        band = self.layout.curves[0].band
        span = curve.scale.max - curve.scale.min
        return band.bottom - (value - curve.scale.min) / span * band.h

    def insert_position(self, cell: tuple[str, str], y: float, moving: set[str]) -> int:
        """Position within ``cell`` (counting cards that stay) for a drop at ``y``."""
        position = 0
        for card_id in self.layout.cells.get(cell, ()):
            if card_id in moving:
                continue
            r = self.layout.cards[card_id].rect
            if y > r.y + r.h / 2:
                position += 1
            else:
                break
        return position

    def insert_line_y(self, cell: tuple[str, str], position: int, moving: set[str]) -> float:
        staying = [c for c in self.layout.cells.get(cell, ()) if c not in moving]
        lane = next(lane for lane in self.layout.lanes if lane.lane_id == cell[0])
        if not staying:
            return lane.content_top + style.CELL_PAD / 2
        if position >= len(staying):
            r = self.layout.cards[staying[-1]].rect
            return r.bottom + style.CARD_GAP / 2
        r = self.layout.cards[staying[position]].rect
        return r.y - style.CARD_GAP / 2

    # -- selection --------------------------------------------------------------------------
    def selection(self) -> Selection:
        kind, ident = self.header_selection or (None, None)
        return Selection(
            cards=tuple(self.selected),
            stage=ident if kind == "stage" else None,
            step=ident if kind == "step" else None,
            lane=ident if kind == "lane" else None,
            curve=self.selected_curve,
            cell=self.current_cell,
        )

    def set_selection(self, selection: Selection) -> None:
        cards = [c for c in selection.cards if c in self.card_models]
        header = None
        for kind in ("stage", "step", "lane"):
            if getattr(selection, kind):
                header = (kind, getattr(selection, kind))
        cell = selection.cell
        if cell is None and cards:
            box = self.layout.cards.get(cards[-1])
            cell = (box.lane_id, box.step_id) if box else None
        self.selected, self.selected_set = cards, set(cards)
        self.header_selection = header
        self.selected_curve = selection.curve
        self.current_cell = cell
        self._refresh_decorations()
        self._emit()

    def _set_cards(self, cards: list[str], cell: tuple[str, str] | None = None) -> None:
        if cell is None and cards:
            box = self.layout.cards.get(cards[-1])
            if box is not None:
                cell = (box.lane_id, box.step_id)
        self.set_selection(Selection(cards=tuple(cards), cell=cell or self.current_cell))

    def _prune_selection(self) -> None:
        valid_cells = set(self.row_ids()), set(self.column_ids())
        changed = False
        if self.current_cell and (
            self.current_cell[0] not in valid_cells[0] or self.current_cell[1] not in valid_cells[1]
        ):
            self.current_cell = None
            changed = True
        if self.header_selection:
            kind, ident = self.header_selection
            known = {
                "stage": {s.stage_id for s in self.layout.stages},
                "step": valid_cells[1],
                "lane": valid_cells[0],
            }[kind]
            if ident not in known:
                self.header_selection = None
                changed = True
        kept = [c for c in self.selected if c in self.card_models]
        if kept != self.selected:
            self.selected, self.selected_set = kept, set(kept)
            changed = True
        if changed:
            self._refresh_decorations()
            self._emit()

    def row_ids(self) -> list[str]:
        return [lane.lane_id for lane in self.layout.lanes]

    def column_ids(self) -> list[str]:
        return [s.step_id for s in self.layout.steps]

    def _refresh_decorations(self) -> None:
        self.card_layer.update()
        self.grid_item.update()
        self.header_row.update()
        self.lane_column.update()
        self.curve_item.update()

    def _emit(self) -> None:
        self.selectionChanged.emit(self.selection())

    # -- dimming ---------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None) -> None:
        """Mark added, changed and moved cards and show each step's emotion change."""
        self.comparison = comparison
        self.card_layer.update()

    def set_highlight(self, ids: set[str] | None) -> None:
        self.highlight = set(ids) if ids is not None else None
        self._faded = None
        self.card_layer.update()

    def set_dragging(self, ids: set[str]) -> None:
        self.dragging = set(ids)
        self._faded = None
        self.card_layer.update()

    def faded_cards(self) -> set[str]:
        if self._faded is None:
            faded = set(self.dragging)
            if self.highlight is not None and not self.export_mode:
                faded |= set(self.card_models) - self.highlight
            self._faded = faded
        return self._faded

    def set_hover_cell(self, cell: tuple[str, str] | None) -> None:
        """The empty cell under the pointer shows a faint “+” (double-click adds)."""
        if cell is not None and self.layout.cells.get(cell):
            cell = None
        if cell == self.hover_cell:
            return
        for old in (self.hover_cell, cell):
            rect = self.cell_rect(*old) if old else None
            if rect is not None:
                self.grid_item.update(rect)
        self.hover_cell = cell

    def set_hover(self, card_id: str | None) -> None:
        if card_id == self.hover_card:
            return
        for old in (self.hover_card, card_id):
            box = self.layout.cards.get(old) if old else None
            if box is not None:
                r = box.rect
                self.card_layer.update(QRectF(r.x - 3, r.y - 3, r.w + 6, r.h + 6))
        self.hover_card = card_id
