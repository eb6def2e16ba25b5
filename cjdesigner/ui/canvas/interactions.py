"""Mouse modes of the canvas, one small class each (as in orange-canvas-core).

The view picks an interaction on mouse press from what lies under the cursor and hands
it the following move and release events. An interaction shows feedback through the
scene's overlay and, on release, pushes exactly one edit (one undo step).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QMouseEvent

from cjdesigner.model import edits, planning
from cjdesigner.model.planning import target_cells
from cjdesigner.ui.selection import Selection
from cjdesigner.ui.stage_colours import keeping_stage_colours

if TYPE_CHECKING:
    from .view import CanvasView

DRAG_THRESHOLD = 4  # pixels on screen before a press becomes a drag


class Interaction:
    def __init__(self, view: CanvasView, event: QMouseEvent) -> None:
        self.view = view
        self.scene = view.canvas_scene
        self.start_view = event.position().toPoint()
        self.start = view.mapToScene(self.start_view)
        self.started = False

    def _beyond_threshold(self, event: QMouseEvent) -> bool:
        delta = event.position().toPoint() - self.start_view
        return delta.manhattanLength() >= DRAG_THRESHOLD

    def move(self, event: QMouseEvent) -> None:
        pass

    def release(self, event: QMouseEvent) -> None:
        pass

    def cancel(self) -> None:
        self.scene.overlay.clear()


class PanInteraction(Interaction):
    """Middle button or Space + left button: the map follows the hand."""

    def __init__(self, view: CanvasView, event: QMouseEvent) -> None:
        super().__init__(view, event)
        self._last = event.position().toPoint()
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def move(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        delta = pos - self._last
        self._last = pos
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - delta.x())
        v.setValue(v.value() - delta.y())

    def release(self, event: QMouseEvent) -> None:
        self.view.update_cursor()

    def cancel(self) -> None:
        self.view.update_cursor()


class RubberBandInteraction(Interaction):
    """Press on an empty spot: choose the cell; drag: select the cards in a rectangle."""

    def __init__(self, view: CanvasView, event: QMouseEvent, additive: bool) -> None:
        super().__init__(view, event)
        self.additive = additive
        self.base = list(self.scene.selected) if additive else []

    def move(self, event: QMouseEvent) -> None:
        if not self.started and not self._beyond_threshold(event):
            return
        self.started = True
        rect = QRectF(self.start, self.view.mapToScene(event.position().toPoint())).normalized()
        self.scene.overlay.set_band(rect)
        found = self.scene.cards_in_rect(rect)
        cards = self.base + [c for c in found if c not in self.base]
        self.scene.set_selection(Selection(cards=tuple(cards), cell=self.scene.current_cell))

    def release(self, event: QMouseEvent) -> None:
        self.scene.overlay.set_band(None)


class CardDragInteraction(Interaction):
    """Drag the selected cards to another cell or place; one MoveCards on release.

    Every card moves by the pressed card's offset in lanes and steps (clamped to the
    grid), so cards picked from several cells keep their arrangement, as a paste does.
    """

    def __init__(
        self,
        view: CanvasView,
        event: QMouseEvent,
        card_ids: list[str],
        anchor: str | None = None,
        collapse: bool = False,
    ) -> None:
        super().__init__(view, event)
        order = {c.id: i for i, c in enumerate(self.scene.doc.cards)}
        self.ids = sorted(card_ids, key=lambda c: order.get(c, 0))
        self.moving = set(self.ids)
        self.anchor = anchor if anchor in self.moving else (self.ids[0] if self.ids else None)
        #: released without a drag: select only the pressed card
        self.collapse = collapse
        self.target: tuple[tuple[str, str], int] | None = None

    def move(self, event: QMouseEvent) -> None:
        if not self.started:
            if not self._beyond_threshold(event):
                return
            self.started = True
            self.scene.set_dragging(self.moving)
            boxes = [self.scene.card_box(c) for c in self.ids]
            self.boxes = [b for b in boxes if b is not None]
        pos = self.view.mapToScene(event.position().toPoint())
        self.view.autoscroll(event.position().toPoint())
        self.scene.overlay.set_ghost(self.boxes, pos - self.start)
        cell = self.scene.hits.cell_at(pos.x(), pos.y())
        if cell is None or self.scene.in_headers(pos):
            self.target = None
            self.scene.overlay.set_drop(None, None)
            return
        position = self.scene.hits.insert_position(cell, pos.y(), self.moving, pos.x())
        self.target = (cell, position)
        rect = self.scene.cell_rect(*cell)
        assert rect is not None  # cell_at found the cell
        x0, x1, line_y = self.scene.hits.insert_line(cell, position, self.moving)
        others = []
        for other in sorted(
            set(target_cells(self.scene.doc, self.ids, self.anchor, cell).values())
        ):
            if other != cell:
                other_rect = self.scene.cell_rect(*other)
                if other_rect is not None:
                    others.append(other_rect)
        self.scene.overlay.set_drop(rect, (x0, x1, line_y), others)

    def release(self, event: QMouseEvent) -> None:
        scene = self.scene
        scene.overlay.clear()
        scene.set_dragging(set())
        if not self.started:
            if self.collapse and self.anchor is not None:
                box = scene.card_box(self.anchor)
                cell = (box.lane_id, box.step_id) if box is not None else None
                scene.set_selection(Selection(cards=(self.anchor,), cell=cell))
            return
        if self.target is None:
            return
        edit = planning.drag_cards(
            scene.doc, self.ids, self.anchor, *self.target, text=QCoreApplication.translate("Interactions", "Move %n card(s)", None, len(self.ids))
        )
        if edit is not None:
            self.view.controller.push(edit)
            scene.set_selection(Selection(cards=tuple(self.ids), cell=self.target[0]))

    def cancel(self) -> None:
        self.scene.overlay.clear()
        self.scene.set_dragging(set())


class CurvePointInteraction(Interaction):
    """Drag a curve point up or down; it snaps to the scale's levels (quarters with Shift).
    Dragging a derived point sets it."""

    def __init__(
        self,
        view: CanvasView,
        event: QMouseEvent,
        curve_id: str,
        step_id: str,
        create: bool = False,
    ):
        super().__init__(view, event)
        self.curve_id, self.step_id = curve_id, step_id
        self.value: float | None = None
        scene = self.scene
        scene.set_selection(Selection(cards=(), curve=curve_id, cell=scene.current_cell))
        if create:  # a step without a value: the press itself places the point
            self.started = True
            self._follow(event)

    def move(self, event: QMouseEvent) -> None:
        if not self.started and not self._beyond_threshold(event):
            return
        self.started = True
        self._follow(event)

    def _follow(self, event: QMouseEvent) -> None:
        scene = self.scene
        pos = self.view.mapToScene(event.position().toPoint())
        band = scene.curve_band()
        if band is None:
            return
        y = min(max(pos.y(), band.top()), band.bottom())
        curve = scene.doc.find_curve(self.curve_id)
        fine = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.value = curve.scale.snap(scene.curve_value_at(self.curve_id, y), fine=fine)
        scene.curve_drag = (self.curve_id, self.step_id, scene.curve_y(self.curve_id, self.value))
        scene.curve_item.update()

    def release(self, event: QMouseEvent) -> None:
        scene = self.scene
        scene.curve_drag = None
        scene.curve_item.update()
        if not self.started or self.value is None:
            return
        curve = scene.doc.find_curve(self.curve_id)
        if curve.points.get(self.step_id) == self.value:
            return
        self.view.controller.push(
            edits.SetCurvePoint(curve_id=self.curve_id, step_id=self.step_id, value=self.value)
        )

    def cancel(self) -> None:
        self.scene.curve_drag = None
        self.scene.curve_item.update()


class HeaderDragInteraction(Interaction):
    """Press a stage, step or lane header: select it; drag it: reorder (one edit)."""

    def __init__(self, view: CanvasView, event: QMouseEvent, kind: str, ident: str) -> None:
        super().__init__(view, event)
        self.kind, self.ident = kind, ident
        self.edit: edits.Edit | None = None
        self.scene.set_selection(Selection.of(kind, ident))

    def move(self, event: QMouseEvent) -> None:
        if not self.started and not self._beyond_threshold(event):
            return
        self.started = True
        pos = self.view.mapToScene(event.position().toPoint())
        self.view.autoscroll(event.position().toPoint())
        plan = self._plan(pos)
        if plan is None:
            self.edit = None
            self.scene.overlay.set_marker(None)
            return
        self.edit, marker = plan
        self.scene.overlay.set_marker(marker)

    def _plan(self, pos: QPointF):
        scene = self.scene
        lay = scene.layout
        doc = scene.doc
        off = scene.header_offset()
        if self.kind == "lane":
            edges = scene.hits.row_edges
            b = _nearest(edges, pos.y())
            old = [lane.lane_id for lane in lay.lanes].index(self.ident)
            new = b if b <= old else b - 1
            marker = (QPointF(off.x(), edges[b]), QPointF(off.x() + lay.width, edges[b]))
            return (planning.move_lane(doc, self.ident, new) if new != old else None), marker
        top = off.y()
        if self.kind == "stage":
            # where each stage begins in reading order, then where the last one ends
            edges = ([s.rect.right for s in lay.stages] + [lay.stages[-1].rect.x] if lay.rtl
                     else [s.rect.x for s in lay.stages] + [lay.stages[-1].rect.right])
            b = _nearest(edges, pos.x())
            old = [s.stage_id for s in lay.stages].index(self.ident)
            new = b if b <= old else b - 1
            marker = (QPointF(edges[b], top), QPointF(edges[b], top + lay.height))
            move = planning.move_stage(doc, self.ident, new) if new != old else None
            return (keeping_stage_colours(doc, move) if move else None), marker
        # a step: may move into another stage, also into one without steps yet
        for stage in lay.stages:
            r = stage.rect
            if r.x <= pos.x() < r.right and not doc.find_stage(stage.stage_id).steps:
                marker = (QPointF(r.x + r.w / 2, top), QPointF(r.x + r.w / 2, top + lay.height))
                return planning.move_step(doc, self.ident, stage.stage_id, 0), marker
        edges = scene.hits.column_starts
        b = _nearest(edges, pos.x())
        steps = lay.steps
        if b < len(steps):
            stage_id = steps[b].stage_id
            stage_model = doc.find_stage(stage_id)
            index = [s.id for s in stage_model.steps].index(steps[b].step_id)
        else:
            stage_id = steps[-1].stage_id
            stage_model = doc.find_stage(stage_id)
            index = len(stage_model.steps)
        # dropping right after the previous stage's last step keeps it in that stage
        if 0 < b < len(steps) and steps[b - 1].stage_id != stage_id:
            hx = pos.x()
            if (hx > edges[b]) if lay.rtl else (hx < edges[b]):
                stage_id = steps[b - 1].stage_id
                stage_model = doc.find_stage(stage_id)
                index = len(stage_model.steps)
        own_stage, _ = doc.find_step(self.ident)
        old_index = [s.id for s in own_stage.steps].index(self.ident)
        if own_stage.id == stage_id and index > old_index:
            index -= 1
        marker = (QPointF(edges[b], top), QPointF(edges[b], top + lay.height))
        if own_stage.id == stage_id and index == old_index:
            return None, marker
        return planning.move_step(doc, self.ident, stage_id, index), marker

    def release(self, event: QMouseEvent) -> None:
        self.scene.overlay.clear()
        if self.started and self.edit is not None:
            self.view.controller.push(self.edit)


def _nearest(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


__all__ = [
    "CardDragInteraction",
    "CurvePointInteraction",
    "HeaderDragInteraction",
    "Interaction",
    "PanInteraction",
    "RubberBandInteraction",
]
