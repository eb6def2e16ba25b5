"""The canvas scene: a live picture of one document, drawn from the shared layout.

The scene never writes to the document. It listens to the controller's signals,
relayouts incrementally (``LayoutEngine.update`` re-places only the cells an edit
touched) and repaints. Items read the current :class:`MapLayout` when they paint, so an
edit costs a relayout of the touched cells and one repaint of the visible area.

Hit tests (which card, cell, header or curve point lies under a scene position) are
answered by a Qt-free :class:`HitTester` over the current layout; the selection lives in
a :class:`SelectionModel` the document's panels share. The scene composes both and keeps
the items and their painting.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRect, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from cjdesigner.compare.comparison import Comparison
from cjdesigner.i18n.words import Words
from cjdesigner.layout import CardBox, LayoutEngine, MapLayout, Rect, style
from cjdesigner.model import Card, JourneyMap
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.selection import Selection
from cjdesigner.ui.selection_model import SelectionModel

from . import fonts
from .hit_testing import HitTester
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
                 document: JourneyMap | None = None,
                 selection_model: SelectionModel | None = None) -> None:
        super().__init__(parent)
        fonts.ensure_fonts()
        if controller is None and document is None:
            raise ValueError("a scene needs a controller or a document")
        self.controller = controller
        self._document = document
        self._words: Words | None = None
        self.engine = LayoutEngine()
        self.layout: MapLayout = MapLayout(0, 0, Rect(style.LANE_HEADER_W, style.GRID_TOP, 0, 0))
        self.card_models: dict[str, Card] = {}
        self.hits = HitTester(self.layout)
        self.export_mode = False
        self.visible_rect = QRectF()
        #: how much the frozen headers are enlarged in the scene when zoomed out
        self.header_scale = 1.0
        #: the zoom of the view showing the scene (which curve key is drawn depends on it)
        self.view_zoom = 1.0
        self._placed: tuple[float, float, float] | None = None
        #: the document's selection, shared with its panels
        self.selection_model = selection_model if selection_model is not None else SelectionModel(self)
        self.selection_model.changed.connect(self.selectionChanged)
        # transient state, all plain ids
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

    def drawBackground(self, painter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        """The canvas colour, only where the stages' tinted columns (the grid item's,
        opaque) do not cover: a frame fills its pixels once, not twice."""
        rect = QRectF(rect)
        lay = self.layout
        if not lay.stages:
            super().drawBackground(painter, rect)
            return
        g = lay.grid
        x0 = min(stage.rect.x for stage in (lay.stages[0], lay.stages[-1]))
        x1 = max(stage.rect.right for stage in (lay.stages[0], lay.stages[-1]))
        covered = QRectF(x0, g.y, x1 - x0, g.h)  # (stages run right to left on an rtl map)
        colour = self.backgroundBrush()
        for strip in (
            QRectF(rect.left(), rect.top(), rect.width(), covered.top() - rect.top()),
            QRectF(rect.left(), covered.bottom(), rect.width(), rect.bottom() - covered.bottom()),
            QRectF(rect.left(), covered.top(), covered.left() - rect.left(), covered.height()),
            QRectF(covered.right(), covered.top(), rect.right() - covered.right(),
                   covered.height()),
        ):
            strip = strip.intersected(rect)
            if strip.width() > 0 and strip.height() > 0:
                painter.fillRect(strip, colour)

    # -- public ----------------------------------------------------------------------
    @property
    def doc(self) -> JourneyMap:
        if self.controller is not None:
            return self.controller.doc
        assert self._document is not None
        return self._document

    @property
    def words(self) -> Words:
        """The map's own words in the map's language (lane kinds, blueprint lines), as the
        poster prints them."""
        language = self.doc.meta.language
        if self._words is None or self._words.tag != language:
            self._words = Words(language)
        return self._words

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
        lay = self.engine.layout(self.doc)
        self.card_models = self.engine.models
        self.engine.forget(self.card_models)
        self._install(lay, structure=True)

    # -- controller signals ---------------------------------------------------------------
    def _on_cards_changed(self, ids) -> None:
        ids = set(ids or ())
        previous = self.layout
        new = self.engine.update(self.doc, previous, ids)
        self.card_models = self.engine.models  # the engine keeps them up to date
        structure = new.lanes is not previous.lanes or new.height != previous.height
        gone = [i for i in ids if i not in self.card_models]
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
            for card_id in ids:
                # a change that moves nothing (owner, evidence, channel, votes) still
                # changes the note's own pixels
                box = new.cards.get(card_id)
                if box is not None:
                    r = box.rect
                    dirty.append(QRectF(r.x - 4, r.y - 4, r.w + 10, r.h + 10))
            if self.hover_cell in cells:
                whole = self.cell_rect(*self.hover_cell)
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
            self.selection_model.set(replace(self.selection_model.selection, curve=None))

    def _on_reset(self) -> None:
        self.highlight = None
        self.engine = LayoutEngine()
        self.relayout()
        self.selection_model.set(Selection())

    def _install(self, lay: MapLayout, structure: bool, dirty: list[QRectF] | None = None) -> None:
        """Take a new layout; ``dirty`` (card edits that moved no row) limits the repaint
        to those cell rectangles."""
        previous = self.layout
        self.layout = lay
        self._faded = None
        self.hits = HitTester(lay)
        if structure:
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
        """Scene x of the lane column's left edge (before it is frozen): it grows leftwards
        from the grid, or on a right-to-left map, rightwards from the grid's right edge."""
        lay = self.layout
        return lay.lane_x if lay.rtl else style.LANE_HEADER_W * (1.0 - self.header_scale)

    def header_right(self) -> float:
        """Scene x of the lane column's right edge (before it is frozen)."""
        return self.header_left() + style.LANE_HEADER_W * self.header_scale

    def _update_scene_rect(self) -> None:
        lay = self.layout
        left, top = self.header_left(), self.header_top()
        if lay.rtl:  # the scroll margin at the left, where the map ends
            right = self.header_right()
            self.setSceneRect(QRectF(-MARGIN, top, right + MARGIN, lay.height + MARGIN - top))
            return
        self.setSceneRect(QRectF(left, top, lay.width + MARGIN - left, lay.height + MARGIN - top))

    def _offsets(self) -> tuple[float, float]:
        """How far the frozen lane column and header row are moved to stay in sight:
        right (or on a right-to-left map, left: negative) and down."""
        vis = self.visible_rect
        if vis.isNull() or self.export_mode:
            return 0.0, 0.0
        oy = max(0.0, vis.top() - self.header_top())
        if self.layout.rtl:
            return min(0.0, vis.right() - self.header_right()), oy
        return max(0.0, vis.left() - self.header_left()), oy

    def frozen_right(self) -> float:
        """Scene x of the lane column's inner edge (toward the grid) as it is shown now:
        its right edge, or its left edge on a right-to-left map."""
        if self.layout.rtl:
            return self.layout.lane_x + self._offsets()[0]
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
        column_w = style.LANE_HEADER_W * k
        self.lane_column.set_rect(
            QRectF(
                left - shadow if lay.rtl else left,
                style.GRID_TOP,
                column_w + shadow,
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

    # -- hit tests: callers ask ``self.hits`` (the layout's HitTester) for cells, cards, curve
    # points and drop positions; what needs the scene's header offsets or Qt rectangles is here
    def cell_rect(self, lane_id: str, step_id: str) -> QRectF | None:
        r = self.hits.cell_rect(lane_id, step_id)
        return None if r is None else QRectF(r.x, r.y, r.w, r.h)

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
        return self.hits.header_at(pos.x(), pos.y(), (off.x(), off.y()), self.header_scale)

    def legend_at(self, pos: QPointF) -> str | None:
        """The curve whose entry in the curve key lies under ``pos`` (the key in the band,
        or stacked in the feelings lane's header when zoomed out)."""
        from .items.headers import LEGEND_MIN_ZOOM

        if not self.layout.curves or self.export_mode:
            return None
        shown = self.curve_item if self.view_zoom >= LEGEND_MIN_ZOOM else self.lane_column
        return next((ident for rect, ident in shown.legend_hits if rect.contains(pos)), None)

    def in_corner(self, pos: QPointF) -> bool:
        """On the corner above the lane column, where the map's title is."""
        off = self.header_offset()
        return (
            self.header_top() <= pos.y() - off.y() < style.GRID_TOP
            and self.header_left() <= pos.x() - off.x() < self.header_right()
        )

    def in_headers(self, pos: QPointF) -> bool:
        off = self.header_offset()
        return (
            self.header_top() <= pos.y() - off.y() < style.GRID_TOP
            or self.header_left() <= pos.x() - off.x() < self.header_right()
        )

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
        return self.hits.valueless_step_at(pos.x(), pos.y(), self.target_curve())

    def curve_band(self) -> QRectF | None:
        b = self.hits.curve_band()
        return None if b is None else QRectF(b.x, b.y, b.w, b.h)

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

    # -- selection (held by the shared SelectionModel) --------------------------------------
    @property
    def selected(self) -> list[str]:
        return self.selection_model.cards

    @property
    def selected_set(self) -> frozenset[str]:
        return self.selection_model.card_set

    @property
    def current_cell(self) -> tuple[str, str] | None:
        return self.selection_model.cell

    @property
    def header_selection(self) -> tuple[str, str] | None:
        return self.selection_model.header

    @property
    def selected_curve(self) -> str | None:
        return self.selection_model.curve

    def selection(self) -> Selection:
        return self.selection_model.selection

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
        self._refresh_decorations()
        self._store(cards, header, selection.curve, cell)

    def _store(self, cards: list[str], header: tuple[str, str] | None, curve: str | None,
               cell: tuple[str, str] | None) -> None:
        kind, ident = header or (None, None)
        self.selection_model.set(Selection(
            cards=tuple(cards),
            stage=ident if kind == "stage" else None,
            step=ident if kind == "step" else None,
            lane=ident if kind == "lane" else None,
            curve=curve,
            cell=cell,
        ))

    def _set_cards(self, cards: list[str], cell: tuple[str, str] | None = None) -> None:
        if cell is None and cards:
            box = self.layout.cards.get(cards[-1])
            if box is not None:
                cell = (box.lane_id, box.step_id)
        self.set_selection(Selection(cards=tuple(cards), cell=cell or self.current_cell))

    def _prune_selection(self) -> None:
        valid_cells = set(self.row_ids()), set(self.column_ids())
        cell, header, cards = self.current_cell, self.header_selection, self.selected
        changed = False
        if cell and (cell[0] not in valid_cells[0] or cell[1] not in valid_cells[1]):
            cell = None
            changed = True
        if header:
            kind, ident = header
            known = {
                "stage": {s.stage_id for s in self.layout.stages},
                "step": valid_cells[1],
                "lane": valid_cells[0],
            }[kind]
            if ident not in known:
                header = None
                changed = True
        kept = [c for c in cards if c in self.card_models]
        if kept != cards:
            cards = kept
            changed = True
        if changed:
            self._refresh_decorations()
            self._store(cards, header, self.selected_curve, cell)

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
