"""The canvas view: zoom, pan, mouse, keys and the public editing interface.

Mouse presses are handed to a small interaction object (``interactions``) chosen from
what lies under the cursor; the editing commands (``view.commands``, a
:class:`CanvasCommands` that also owns the in-place editors) and the context menus
(``view.menus``) are typed parts the view holds, not mixins. Every edit is one push
(one undo step). Dialogs (clock time, colour, confirm; rename when not in place) go
through replaceable callables (``ask_text``, ``ask_colour``, ``confirm``) so tests and
other front ends can answer them without blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QFrame,
    QGestureEvent,
    QGraphicsView,
    QInputDialog,
    QMessageBox,
    QPinchGesture,
    QWidget,
)

from cjdesigner.layout import LaneBox, StageBox, StepBox, style
from cjdesigner.model import planning
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.i18n import translate, vocabulary
from cjdesigner.ui.selection import Selection

from .commands import CanvasCommands
from .interactions import (
    CardDragInteraction,
    CurvePointInteraction,
    HeaderDragInteraction,
    Interaction,
    PanInteraction,
    RubberBandInteraction,
)
from .items.headers import HEADER_MIN_ZOOM
from .menus import CanvasMenus
from .scene import CanvasScene

MIN_ZOOM = 0.03
MAX_ZOOM = 4.0


def _ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def _ask_colour(parent: QWidget, initial: str) -> str | None:
    chosen = QColorDialog.getColor(QColor(initial), parent, "Choose a colour")
    return chosen.name().upper() if chosen.isValid() else None


def _confirm(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, translate("View", "Remove"), text)
    return answer == QMessageBox.StandardButton.Yes


_DIRECTIONS: dict[Qt.Key, planning.Direction] = {
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
}


# on a right-to-left map the arrows act as their mirror images do on a left-to-right
# one: Left goes to the next step (drawn left of this one), Right to the previous
_MIRRORED = {Qt.Key.Key_Left: Qt.Key.Key_Right, Qt.Key.Key_Right: Qt.Key.Key_Left}


class CanvasView(QGraphicsView):
    selectionChanged = Signal(object)  # noqa: N815 - Qt naming
    zoomChanged = Signal(float)  # noqa: N815

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        self.canvas_scene = CanvasScene(controller)
        #: the document's selection, shared with the panels through the tab
        self.selection_model = self.canvas_scene.selection_model
        super().__init__(self.canvas_scene, parent)
        self.controller = controller
        self.canvas_scene.setParent(self)
        # replaceable dialogs: (title, label, text) -> str | None, (hex) -> hex | None,
        # (question) -> bool
        self.ask_text: Callable[[str, str, str], str | None] = lambda t, lbl, x: _ask_text(
            self, t, lbl, x
        )
        self.ask_colour: Callable[[str], str | None] = lambda c: _ask_colour(self, c)
        self.confirm: Callable[[str], bool] = lambda q: _confirm(self, q)
        #: the editing commands (and the in-place editors they open) and the context menus
        self.commands = CanvasCommands(self)
        self.menus = CanvasMenus(self, self.commands)

        self._zoom = 1.0
        self._interaction: Interaction | None = None
        self._space = False
        #: consecutive Alt+arrow nudges of the same cards merge into one undo step, until a click
        self._nudge_session = 0
        #: rename headers with a line edit over them (else through ``ask_text``)
        self.rename_in_place = True
        self._autoscroll_pos: QPoint | None = None
        self._autoscroll_timer = QTimer(self)
        self._autoscroll_timer.setInterval(30)
        self._autoscroll_timer.timeout.connect(self._autoscroll_tick)

        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.canvas_scene.selectionChanged.connect(self.selectionChanged)
        self.canvas_scene.selectionChanged.connect(self._announce_selection)
        from . import accessibility

        accessibility.install()
        self.setAccessibleName(translate("Accessibility", "Journey map"))
        #: a ring around the canvas while it has the keyboard focus
        self.focus_ring = FocusRing(self)
        self.canvas_scene.layoutChanged.connect(self._on_layout_changed)
        self.horizontalScrollBar().valueChanged.connect(self._sync_headers)
        self.verticalScrollBar().valueChanged.connect(self._sync_headers)

    # ================================================================ zoom and scroll
    def zoom_factor(self) -> float:
        return self._zoom

    def zoom_to(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor`` (1.0 = 100 %), keeping the scene point under ``anchor``
        (a viewport position; default the centre) in place."""
        factor = min(MAX_ZOOM, max(MIN_ZOOM, float(factor)))
        if anchor is None:
            anchor = self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.canvas_scene.set_header_scale(HEADER_MIN_ZOOM / factor)
        self.setTransform(QTransform.fromScale(factor, factor))
        self._zoom = self.canvas_scene.view_zoom = factor
        moved = self.mapFromScene(fixed)
        delta = moved - anchor
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + delta.x())
        v.setValue(v.value() + delta.y())
        self._sync_headers()
        self.commands.reposition_editors(refont=True)
        self.zoomChanged.emit(factor)

    def fit_all(self) -> None:
        rect = self.canvas_scene.map_rect()
        vp = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or vp.width() <= 0:
            return
        w, h = vp.width() - 24, vp.height() - 24
        factor = min(w / rect.width(), h / rect.height())
        if factor < HEADER_MIN_ZOOM:
            # the headers keep HEADER_MIN_ZOOM on screen: fit the grid into what is left
            hw, hh = style.LANE_HEADER_W, style.GRID_TOP
            factor = min(
                (w - hw * HEADER_MIN_ZOOM) / max(1.0, rect.width() - hw),
                (h - hh * HEADER_MIN_ZOOM) / max(1.0, rect.height() - hh),
                HEADER_MIN_ZOOM,
            )
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        self.canvas_scene.set_header_scale(HEADER_MIN_ZOOM / factor)
        self.setTransform(QTransform.fromScale(factor, factor))
        self._zoom = self.canvas_scene.view_zoom = factor
        self.show_start()
        self.zoomChanged.emit(factor)

    def show_start(self) -> None:
        """Scroll to where the map begins: its top left, or its top right when the map
        flows right to left."""
        bar = self.horizontalScrollBar()
        bar.setValue(bar.maximum() if self.canvas_scene.layout.rtl else bar.minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._sync_headers()

    def _announce_selection(self, _selection=None) -> None:
        from . import accessibility

        made = accessibility.accessible_of(self)
        if made is not None:
            made.announce_selection()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focus_ring.follow()
        self._announce_selection()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_ring.follow()

    def _sync_headers(self, *_args) -> None:
        self.canvas_scene.set_visible_rect(self.mapToScene(self.viewport().rect()).boundingRect())
        self.commands.reposition_editors()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._sync_headers()
        self.focus_ring.follow()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._sync_headers()

    def _on_layout_changed(self) -> None:
        self._sync_headers()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.zoom_to(self._zoom * (1.15**steps), event.position().toPoint())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Shift+wheel scrolls sideways, as in every design tool
            delta = event.angleDelta()
            steps = delta.y() or delta.x()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(steps / 120 * bar.singleStep() * 3))
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.zoom_to(self._zoom * (1.0 + event.value()), event.position().toPoint())
                return True
            if event.gestureType() == Qt.NativeGestureType.SmartZoomNativeGesture:
                self.fit_all() if self._zoom >= 0.99 else self.zoom_to(1.0)
                return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.zoom_to(self._zoom * pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    def autoscroll(self, pos: QPoint) -> None:
        """While a drag is near the viewport's edge, keep scrolling (and keep the drag's
        feedback under the cursor) until the pointer moves away or the button is released."""
        self._autoscroll_pos = QPoint(pos)
        if self._edge_step(pos) != (0, 0):
            if not self._autoscroll_timer.isActive():
                self._autoscroll_timer.start()
        else:
            self._autoscroll_timer.stop()

    def _edge_step(self, pos: QPoint) -> tuple[int, int]:
        vp = self.viewport().rect()
        margin, step = 28, 16
        dx = -step if pos.x() < margin else step if pos.x() > vp.width() - margin else 0
        dy = -step if pos.y() < margin else step if pos.y() > vp.height() - margin else 0
        return dx, dy

    def _autoscroll_tick(self) -> None:
        if self._interaction is None or self._autoscroll_pos is None:
            self._autoscroll_timer.stop()
            return
        dx, dy = self._edge_step(self._autoscroll_pos)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (h.value(), v.value())
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        if (h.value(), v.value()) == before:
            self._autoscroll_timer.stop()
            return
        pos = QPointF(self._autoscroll_pos)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            pos,
            QPointF(self.viewport().mapToGlobal(self._autoscroll_pos)),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            QGuiApplication.keyboardModifiers(),
        )
        self._interaction.move(event)

    # ================================================================ public selection
    def select(self, selection: Selection) -> None:
        self.canvas_scene.set_selection(selection)

    def selection(self) -> Selection:
        return self.canvas_scene.selection()

    def selected_card_ids(self) -> list[str]:
        return list(self.canvas_scene.selected)

    def set_highlight(self, card_ids: set[str] | None) -> None:
        self.canvas_scene.set_highlight(card_ids)

    def select_all(self) -> None:
        ids = [c.id for c in self.controller.doc.cards]
        self.canvas_scene.set_selection(
            Selection(cards=tuple(ids), cell=self.canvas_scene.current_cell)
        )

    def ensure_visible(self, kind: str, ident: str) -> None:
        scene = self.canvas_scene
        lay = scene.layout
        rect: QRectF | None = None
        s: StageBox | StepBox | LaneBox | None
        if kind == "card" and ident in lay.cards:
            r = lay.cards[ident].rect
            rect = QRectF(r.x, r.y, r.w, r.h)
        elif kind == "stage":
            s = next((s for s in lay.stages if s.stage_id == ident), None)
            if s is not None:
                rect = QRectF(s.rect.x, self.mapToScene(0, 0).y(), min(s.rect.w, 400), 1)
        elif kind == "step":
            s = next((s for s in lay.steps if s.step_id == ident), None)
            if s is not None:
                rect = QRectF(s.rect.x, self.mapToScene(0, 0).y(), s.rect.w, 1)
        elif kind in ("lane", "curve"):
            if kind == "curve":  # the curves live in the feelings lane
                ident = lay.feelings_lane_id or ""
            lane = next((lane for lane in lay.lanes if lane.lane_id == ident), None)
            if lane is not None:
                rect = QRectF(self.mapToScene(0, 0).x(), lane.row.y, 1, min(lane.row.h, 300))
        if rect is None:
            return
        # leave room for the frozen headers
        z, k = self._zoom, scene.header_scale
        hw, hh = style.LANE_HEADER_W * k * z + 16, style.GRID_TOP * k * z + 16
        mx, my = round(hw), round(hh)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if scene.layout.rtl:  # the lane column is frozen at the right
            visible = visible.adjusted(16 / z, hh / z, -hw / z, -16 / z)
        else:
            visible = visible.adjusted(hw / z, hh / z, -16 / z, -16 / z)
        if not visible.contains(rect):
            self.ensureVisible(rect, mx, my)
            self._sync_headers()

    # ================================================================ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._nudge_session += 1  # a click ends a run of nudges
        if self._interaction is not None:
            self._interaction.cancel()
            self._interaction = None
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space
        ):
            # panning leaves an open editor open (it follows its card)
            self._interaction = PanInteraction(self, event)
            event.accept()
            return
        self.commands.close_editors()
        self.setFocus()
        if button != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        scene = self.canvas_scene
        pos = self.mapToScene(event.position().toPoint())
        mods = event.modifiers()
        toggle = bool(
            mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        )
        extend = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        keyed = scene.legend_at(pos)
        if keyed is not None:  # a click on the curve key selects that curve
            scene.set_selection(Selection(curve=keyed, cell=scene.current_cell))
            event.accept()
            return
        header = scene.header_at(pos)
        if header is not None:
            self._interaction = HeaderDragInteraction(self, event, *header)
            event.accept()
            return
        if scene.in_headers(pos):
            event.accept()
            return
        point = scene.hits.curve_point_at(pos.x(), pos.y(), 8 / self._zoom)
        if point is not None:
            self._interaction = CurvePointInteraction(self, event, *point)
            event.accept()
            return
        empty = scene.valueless_step_at(pos)
        if empty is not None:
            self._interaction = CurvePointInteraction(self, event, *empty, create=True)
            event.accept()
            return
        curve = scene.hits.curve_at(pos.x(), pos.y(), 5 / self._zoom)
        if curve is not None:
            scene.set_selection(Selection(curve=curve, cell=scene.current_cell))
            event.accept()
            return
        card_id = scene.hits.card_at(pos.x(), pos.y())
        cell = scene.hits.cell_at(pos.x(), pos.y())
        if card_id is not None:
            selected = list(scene.selected)
            if toggle or extend:
                if card_id in scene.selected_set and toggle:
                    selected.remove(card_id)
                elif card_id not in scene.selected_set:
                    selected.append(card_id)
                scene.set_selection(Selection(cards=tuple(selected), cell=cell))
                if card_id not in scene.selected_set:
                    event.accept()
                    return
            elif card_id not in scene.selected_set:
                scene.set_selection(Selection(cards=(card_id,), cell=cell))
            else:
                scene.set_selection(Selection(cards=tuple(selected), cell=cell))
            # a plain click on one card of several selected ones keeps them all for a
            # drag; released without dragging it selects that card alone
            collapse = not (toggle or extend) and len(scene.selected) > 1
            self._interaction = CardDragInteraction(
                self, event, list(scene.selected), card_id, collapse
            )
            event.accept()
            return
        if not (toggle or extend):
            scene.set_selection(Selection(cell=cell))
        self._interaction = RubberBandInteraction(self, event, toggle or extend)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._interaction is not None:
            self._interaction.move(event)
            event.accept()
            return
        pos = self.mapToScene(event.position().toPoint())
        scene = self.canvas_scene
        if scene.in_headers(pos):
            scene.set_hover(None)
            scene.set_hover_cell(None)
            header = scene.header_at(pos)
            cursor = Qt.CursorShape.OpenHandCursor if header else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else cursor)
            return
        hovered = scene.hits.card_at(pos.x(), pos.y())
        scene.set_hover_cell(None if hovered else scene.hits.cell_at(pos.x(), pos.y()))
        if hovered != scene.hover_card:
            self.viewport().setToolTip(_card_tooltip(self.controller.doc, hovered))
        scene.set_hover(hovered)
        if not self._space:
            on_point = scene.hits.curve_point_at(pos.x(), pos.y(), 8 / self._zoom) is not None
            self.viewport().setCursor(
                Qt.CursorShape.SizeVerCursor if on_point else Qt.CursorShape.ArrowCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._interaction is not None:
            interaction, self._interaction = self._interaction, None
            self._autoscroll_timer.stop()
            interaction.release(event)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if self._interaction is not None:
            self._interaction.cancel()
            self._interaction = None
        scene = self.canvas_scene
        pos = self.mapToScene(event.position().toPoint())
        header = scene.header_at(pos)
        if header is not None:
            self.commands.rename(*header)
            return
        if scene.in_corner(pos):
            self.commands.rename("map", "")  # the map's title, in the corner
            return
        if scene.in_headers(pos):
            return
        if self._on_curves(pos):
            return  # the curve band belongs to the curves: no card is added there
        card_id = scene.hits.card_at(pos.x(), pos.y())
        if card_id is not None:
            scene.set_selection(Selection(cards=(card_id,), cell=scene.hits.cell_at(pos.x(), pos.y())))
            self.commands.edit_card(card_id)
            return
        cell = scene.hits.cell_at(pos.x(), pos.y())
        if cell is not None:
            scene.set_selection(Selection(cell=cell))
            self.commands.add_card()

    def _on_curves(self, pos: QPointF) -> bool:
        """On a curve point, a curve line or the curve band of the feelings lane."""
        scene = self.canvas_scene
        if scene.hits.curve_point_at(pos.x(), pos.y(), 8 / self._zoom) is not None:
            return True
        if scene.hits.curve_at(pos.x(), pos.y(), 5 / self._zoom) is not None:
            return True
        lay = scene.layout
        if not lay.curves or lay.feelings_lane_id is None:
            return False
        lane = next((lane for lane in lay.lanes if lane.lane_id == lay.feelings_lane_id), None)
        return (
            lane is not None
            and lane.row.x <= pos.x() < lane.row.right
            and lane.row.y <= pos.y() < lane.content_top
        )

    def update_cursor(self) -> None:
        shape = Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.canvas_scene.set_hover(None)
        self.canvas_scene.set_hover_cell(None)
        super().leaveEvent(event)

    # ================================================================ keys
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self.menus.show_for(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.update_cursor()
            return
        if key == Qt.Key.Key_Escape and self._interaction is not None:
            # Esc during a drag puts everything back: nothing is pushed
            self._interaction.cancel()
            self._interaction = None
            self._autoscroll_timer.stop()
            self.update_cursor()
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            # reached only when no window action owns the shortcut
            self.controller.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.controller.undo_stack.redo()
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.commands.copy()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.commands.cut()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.commands.paste()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif ctrl and key == Qt.Key.Key_D:
            self.commands.duplicate_selection()
        elif ctrl and key == Qt.Key.Key_0:
            self.fit_all()
        elif ctrl and key == Qt.Key.Key_1:
            self.zoom_to(1.0)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_to(self._zoom * 1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_to(self._zoom / 1.25)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not ctrl:
            self.commands.delete_selection()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not ctrl:
            header = self.canvas_scene.header_selection
            if header is not None and not self.canvas_scene.selected:
                self.commands.rename(*header)  # Enter on a selected header renames it
            else:
                self.commands.add_card()
        elif key == Qt.Key.Key_F2:
            if self.canvas_scene.selected:
                self.commands.edit_card(self.canvas_scene.selected[-1])
        elif key == Qt.Key.Key_Escape:
            self.canvas_scene.set_selection(Selection(cell=self.canvas_scene.current_cell))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.canvas_scene.layout.rtl and key in _MIRRORED:
                key = _MIRRORED[key]  # the arrows follow the map as drawn: left is later
            if mods & Qt.KeyboardModifier.AltModifier:
                self.nudge_cards(key)
            else:
                self.move_cell(key)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.update_cursor()
            return
        super().keyReleaseEvent(event)

    def nudge_cards(self, key) -> None:
        """Alt+arrows: move the selected cards to the neighbouring cell; Alt+Up/Down
        within a cell first moves them up or down in it. Consecutive nudges of the same
        cards merge into one undo step (until a click)."""
        scene = self.canvas_scene
        ids = [c for c in scene.selected if c in scene.layout.cards]
        direction = _DIRECTIONS[key]
        key_text = f"nudge:{self._nudge_session}:{','.join(sorted(ids))}"
        planned = planning.nudge_cards(
            self.controller.doc, ids, direction, text=translate("View", "Move cards"), merge_key=key_text
        )
        if planned is None:
            return
        edit, target = planned
        self.controller.push(edit)
        order = {c.id: i for i, c in enumerate(self.controller.doc.cards)}
        ids.sort(key=lambda c: order[c])
        scene.set_selection(Selection(cards=tuple(ids), cell=target))
        self.ensure_visible("card", ids[0])

    def _select_header(self, kind: str, ident: str, cell: tuple[str, str] | None) -> None:
        """Select a stage, step or lane header from the keyboard (the cell is kept, so
        Down or Right goes back where it came from)."""
        self.canvas_scene.set_selection(replace(Selection.of(kind, ident), cell=cell))
        self.ensure_visible(kind, ident)

    def _move_from_header(self, key, kind: str, ident: str) -> None:
        """Arrows on a selected header: along the headers of its kind, between step and
        stage headers, and back into the grid."""
        scene = self.canvas_scene
        lay = scene.layout
        doc = self.controller.doc
        rows, cols = scene.row_ids(), scene.column_ids()
        cell = scene.current_cell
        stages = [s.stage_id for s in lay.stages]
        left, right = key == Qt.Key.Key_Left, key == Qt.Key.Key_Right
        up, down = key == Qt.Key.Key_Up, key == Qt.Key.Key_Down
        if kind == "step" and ident in cols:
            if left or right:
                self._select_header("step", _neighbour(cols, ident, -1 if left else 1), cell)
            elif up:
                self._select_header("stage", doc.find_step(ident)[0].id, cell)
            else:
                lane = cell[0] if cell and cell[0] in rows else rows[0]
                self._land_in_cell((rows[0] if cell is None else lane, ident))
        elif kind == "stage" and ident in stages:
            if left or right:
                self._select_header("stage", _neighbour(stages, ident, -1 if left else 1), cell)
            elif down:
                steps = [s.step_id for s in lay.steps if s.stage_id == ident]
                if steps:
                    pick = cell[1] if cell and cell[1] in steps else steps[0]
                    self._select_header("step", pick, cell)
        elif kind == "lane" and ident in rows:
            if up or down:
                self._select_header("lane", _neighbour(rows, ident, -1 if up else 1), cell)
            elif right:
                self._land_in_cell((ident, cols[0]))

    def _land_in_cell(self, cell: tuple[str, str]) -> None:
        scene = self.canvas_scene
        members = scene.layout.cells.get(cell, [])
        scene.set_selection(Selection(cards=tuple(members[:1]), cell=cell))
        if members:
            self.ensure_visible("card", members[0])

    def move_cell(self, key) -> None:
        """Arrow keys: up/down go card by card within a cell and on to the next row's cell;
        left/right go to the neighbouring column."""
        scene = self.canvas_scene
        lay = scene.layout
        if not lay.lanes or not lay.steps:
            return
        if scene.header_selection is not None and not scene.selected:
            self._move_from_header(key, *scene.header_selection)
            return
        if scene.current_cell is None and not scene.selected:
            # nothing chosen yet: the first press lands on the first cell
            first = (lay.lanes[0].lane_id, lay.steps[0].step_id)
            members = lay.cells.get(first, [])
            scene.set_selection(Selection(cards=tuple(members[:1]), cell=first))
            rect = scene.cell_rect(*first)
            if rect is not None:
                self.ensureVisible(rect, 16, 16)
            return
        cell = self.commands.target_cell()
        if cell is None:
            return
        rows, cols = scene.row_ids(), scene.column_ids()
        r, c = rows.index(cell[0]), cols.index(cell[1])
        members = lay.cells.get(cell, [])
        current = scene.selected[-1] if scene.selected and scene.selected[-1] in members else None
        index = members.index(current) if current else None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            down = key == Qt.Key.Key_Down
            if index is not None and 0 <= index + (1 if down else -1) < len(members):
                target = members[index + (1 if down else -1)]
                scene.set_selection(Selection(cards=(target,), cell=cell))
                self.ensure_visible("card", target)
                return
            if not down and r == 0:  # up from the first row: the step's header
                self._select_header("step", cols[c], cell)
                return
            r = min(len(rows) - 1, r + 1) if down else max(0, r - 1)
        else:
            if key == Qt.Key.Key_Left and c == 0:  # left of the first column: the lane's header
                self._select_header("lane", rows[r], cell)
                return
            c = min(len(cols) - 1, c + 1) if key == Qt.Key.Key_Right else max(0, c - 1)
        new_cell = (rows[r], cols[c])
        new_members = lay.cells.get(new_cell, [])
        if new_members:
            up = key == Qt.Key.Key_Up
            target = new_members[-1] if up else new_members[0]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and index is not None:
                target = new_members[min(index, len(new_members) - 1)]
            scene.set_selection(Selection(cards=(target,), cell=new_cell))
            self.ensure_visible("card", target)
        else:
            scene.set_selection(Selection(cell=new_cell))
            rect = scene.cell_rect(*new_cell)
            if rect is not None:
                self.ensureVisible(rect, 16, 16)


class FocusRing(QWidget):
    """A ring drawn over the canvas's edge while it has the keyboard focus (the map's own
    selection frame shows which item; this shows that the keys go to the map)."""

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view)
        self.view = view
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def follow(self) -> None:
        self.setGeometry(self.view.rect())
        self.setVisible(self.view.hasFocus())
        self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().color(self.palette().ColorRole.Highlight))
        colour.setAlpha(200)
        painter.setPen(QPen(colour, 3))
        painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))


def _neighbour(ids: list[str], ident: str, delta: int) -> str:
    index = ids.index(ident) + delta
    return ids[max(0, min(len(ids) - 1, index))]


def _card_tooltip(doc, card_id: str | None) -> str:
    """The whole text of a card, which the note may show cut short."""
    if card_id is None:
        return ""
    try:
        card = doc.find_card(card_id)
    except KeyError:
        return ""
    from html import escape

    parts = [f"<b>{escape(card.title or 'Untitled')}</b>"]
    if card.description:
        parts.append(escape(card.description[:600]).replace("\n", "<br>"))
    details = [d for d in (card.owner, vocabulary(card.evidence.label) if card.evidence else "") if d]
    if details:
        parts.append(f"<i>{escape(' · '.join(details))}</i>")
    return "<br>".join(parts)


__all__ = ["CanvasView"]
