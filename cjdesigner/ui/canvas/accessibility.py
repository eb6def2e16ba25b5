"""The canvas for screen readers: stages, steps, lanes, cards and curve points exposed
through Qt's accessibility interfaces (and so through AT-SPI, UI Automation, NSAccessibility).

The map is painted by a few layer items, so there are no widgets a screen reader could
find. :func:`install` registers a factory that gives every :class:`CanvasView` a
:class:`CanvasAccessible`: a list whose children are plain interfaces, one per header,
card and curve point of the current layout, made when first asked for and kept (a
reader holds on to them) until the item leaves the map. Each says what it is, where it is
and what it holds (a card: title; description, channel, owner, evidence, emotion, votes),
and which one is selected; the view announces a focus change when the selection moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from cjdesigner.layout import MapLayout, Rect, style
from cjdesigner.model import channel_label, curve_name
from cjdesigner.ui.i18n import signed, translate, vocabulary

if TYPE_CHECKING:
    from .view import CanvasView

#: what each kind of element is to a screen reader
ROLES = {
    "stage": QAccessible.Role.ColumnHeader,
    "step": QAccessible.Role.ColumnHeader,
    "lane": QAccessible.Role.RowHeader,
    "card": QAccessible.Role.ListItem,
    "point": QAccessible.Role.ListItem,
}
@dataclass(frozen=True)
class Element:
    """One thing on the map: ("card", card id), ("point", "curve id/step id"), …"""

    kind: str
    ident: str


class ElementAccessible(QAccessibleInterface):
    """A header, card or curve point of the canvas, read from the current map."""

    def __init__(self, canvas: CanvasAccessible, element: Element) -> None:
        super().__init__()
        self.canvas = canvas
        self.element = element

    # -- identity ---------------------------------------------------------------------
    def isValid(self) -> bool:  # noqa: N802 - Qt's name
        return self.canvas.view_alive() and self.element in self.canvas.index_of

    def object(self) -> QObject | None:  # type: ignore[override] # noqa: A003 - Qt's name
        return None

    def parent(self) -> QAccessibleInterface:
        return self.canvas

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override] # noqa: N802
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override] # noqa: N802
        return None

    def relations(self, _match=None) -> list:
        return []

    def role(self) -> QAccessible.Role:
        return ROLES[self.element.kind]

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        view = self.canvas.view
        if self.canvas.is_selected(self.element):
            state.selected = True
            state.focused = view.hasFocus()
        if not self.canvas.on_screen(self.element):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        return self.canvas.screen_rect(self.element)

    def setText(self, _t: QAccessible.Text, _text: str) -> None:  # noqa: N802
        return None

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return self.canvas.name_of(self.element)
        if t == QAccessible.Text.Description:
            return self.canvas.description_of(self.element)
        if t == QAccessible.Text.Value and self.element.kind == "point":
            return self.canvas.point_value(self.element)
        return ""


class CanvasAccessible(QAccessibleWidget):
    """The canvas as a list of the map's headers, cards and curve points."""

    def __init__(self, view: CanvasView) -> None:
        super().__init__(view, QAccessible.Role.List, "Journey map")
        self.view = view
        self._made: dict[Element, ElementAccessible] = {}
        self.elements: list[Element] = []
        self.index_of: dict[Element, int] = {}
        self._layout: MapLayout | None = None
        self._alive = True
        view.destroyed.connect(self._gone)

    def _gone(self, *_args) -> None:
        self._alive = False

    def view_alive(self) -> bool:
        return self._alive

    # -- the elements of the current layout -------------------------------------------------
    def refresh(self) -> None:
        lay = self.view.canvas_scene.layout
        if lay is self._layout:
            return
        self._layout = lay
        elements = [Element("stage", s.stage_id) for s in lay.stages]
        elements += [Element("step", s.step_id) for s in lay.steps]
        elements += [Element("lane", lane.lane_id) for lane in lay.lanes]
        for lane in lay.lanes:
            for step in lay.steps:
                elements += [Element("card", c) for c in lay.cells.get((lane.lane_id, step.step_id), ())]
        for curve in lay.curves:
            elements += [Element("point", f"{curve.curve_id}/{p.step_id}") for p in curve.points]
        self.elements = elements
        self.index_of = {e: i for i, e in enumerate(elements)}

    def interface(self, element: Element) -> ElementAccessible:
        made = self._made.get(element)
        if made is None:
            made = ElementAccessible(self, element)
            QAccessible.registerAccessibleInterface(made)
            self._made[element] = made
        return made

    # -- QAccessibleInterface -------------------------------------------------------------------
    def childCount(self) -> int:  # noqa: N802 - Qt's name
        self.refresh()
        return len(self.elements)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        self.refresh()
        if 0 <= index < len(self.elements):
            return self.interface(self.elements[index])
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        self.refresh()
        element = getattr(child, "element", None)
        return self.index_of.get(element, -1) if element is not None else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override] # noqa: N802
        view = self.view
        scene_pos = view.mapToScene(view.viewport().mapFromGlobal(QPoint(x, y)))
        scene = view.canvas_scene
        found: Element | None = None
        header = scene.header_at(scene_pos)
        card = scene.hits.card_at(scene_pos.x(), scene_pos.y())
        if header is not None:
            found = Element(*header)
        elif card is not None:
            found = Element("card", card)
        return self.interface(found) if found is not None and found in self.index_of else None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override] # noqa: N802
        element = self.selected_element()
        return self.interface(element) if element is not None else None

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            title = self.view.controller.doc.meta.title or translate("Accessibility", "Untitled")
            return translate("Accessibility", "Journey map: {title}").format(title=title)
        if t == QAccessible.Text.Description:
            return translate("Accessibility", "Arrow keys move between cells and cards and up to "
                             "the step, stage and lane headers; Enter adds a card or renames a "
                             "header, F2 edits the card.")
        return super().text(t)

    # -- reading the map --------------------------------------------------------------------------
    def selected_element(self) -> Element | None:
        sel = self.view.selection()
        if sel.cards:
            return Element("card", sel.cards[-1])
        for kind in ("step", "stage", "lane"):
            ident = getattr(sel, kind)
            if ident:
                return Element(kind, ident)
        return None

    def is_selected(self, element: Element) -> bool:
        sel = self.view.selection()
        if element.kind == "card":
            return element.ident in sel.cards
        if element.kind == "point":
            return sel.curve is not None and element.ident.startswith(sel.curve + "/")
        return getattr(sel, element.kind) == element.ident

    def scene_rect(self, element: Element) -> QRectF | None:
        scene = self.view.canvas_scene
        lay = scene.layout
        r: Rect | None = None
        if element.kind == "card":
            box = lay.cards.get(element.ident)
            r = box.rect if box else None
        elif element.kind == "stage":
            r = next((s.rect for s in lay.stages if s.stage_id == element.ident), None)
        elif element.kind == "step":
            r = next((s.rect for s in lay.steps if s.step_id == element.ident), None)
        elif element.kind == "lane":
            r = next((lane.rect for lane in lay.lanes if lane.lane_id == element.ident), None)
        else:
            curve_id, step_id = element.ident.split("/", 1)
            curve = next((c for c in lay.curves if c.curve_id == curve_id), None)
            point = next((p for p in curve.points if p.step_id == step_id), None) if curve else None
            if point is not None:
                return QRectF(point.x - 6, point.y - 6, 12, 12)
        if r is None:
            return None
        rect = QRectF(r.x, r.y, r.w, r.h)
        # frozen headers are drawn where the view shows them, not where the layout puts them
        off = scene.header_offset()
        k = scene.header_scale
        if element.kind == "stage":
            rect = QRectF(r.x, scene.header_top() + off.y(), r.w, style.STAGE_HEADER_H * k)
        elif element.kind == "step":
            top = scene.header_top() + off.y() + style.STAGE_HEADER_H * k
            rect = QRectF(r.x, top, r.w, style.STEP_HEADER_H * k)
        elif element.kind == "lane":
            rect = QRectF(scene.header_left() + off.x(), r.y, style.LANE_HEADER_W * k, r.h)
        return rect

    def screen_rect(self, element: Element) -> QRect:
        rect = self.scene_rect(element)
        if rect is None:
            return QRect()
        view = self.view
        polygon = view.mapFromScene(rect)
        local = polygon.boundingRect()
        top_left = view.viewport().mapToGlobal(local.topLeft())
        return QRect(top_left, local.size())

    def on_screen(self, element: Element) -> bool:
        rect = self.scene_rect(element)
        if rect is None:
            return False
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return visible.intersects(rect)

    def name_of(self, element: Element) -> str:
        doc = self.view.controller.doc
        try:
            if element.kind == "card":
                return doc.find_card(element.ident).title or translate("Accessibility", "Untitled card")
            if element.kind == "stage":
                return translate("Accessibility", "Stage {name}").format(
                    name=doc.find_stage(element.ident).name)
            if element.kind == "step":
                return translate("Accessibility", "Step {name}").format(
                    name=doc.find_step(element.ident)[1].name)
            if element.kind == "lane":
                lane = doc.find_lane(element.ident)
                return translate("Accessibility", "Lane {name}").format(
                    name=lane.title or vocabulary(lane.kind.label))
            curve_id, step_id = element.ident.split("/", 1)
            curve = doc.find_curve(curve_id)
            step = doc.find_step(step_id)[1]
            return translate("Accessibility", "{curve} at {step}: {value}").format(
                curve=curve_name(doc, curve), step=step.name, value=self.point_value(element))
        except KeyError:
            return ""

    def description_of(self, element: Element) -> str:
        doc = self.view.controller.doc
        try:
            if element.kind == "card":
                card = doc.find_card(element.ident)
                lane = doc.find_lane(card.lane_id)
                stage, step = doc.find_step(card.step_id)
                parts = [translate("Accessibility", "in {lane}, {stage} › {step}").format(
                    lane=lane.title, stage=stage.name, step=step.name)]
                if card.description:
                    parts.append(card.description)
                if card.channel:
                    parts.append(translate("Accessibility", "channel {channel}").format(
                        channel=channel_label(card.channel)))
                if card.owner:
                    parts.append(translate("Accessibility", "owner {owner}").format(owner=card.owner))
                if card.evidence is not None:
                    source = f" ({card.evidence_source})" if card.evidence_source else ""
                    parts.append(translate("Accessibility", "evidence {evidence}").format(
                        evidence=vocabulary(card.evidence.label) + source))
                if card.emotion is not None:
                    parts.append(translate("Accessibility", "emotion {value}").format(
                        value=f"{card.emotion:+g}"))
                if card.votes:
                    parts.append(QCoreApplication.translate("Accessibility", "%n vote(s)", None, card.votes))
                if card.tags:
                    parts.append(translate("Accessibility", "tags {tags}").format(tags=", ".join(card.tags)))
                return "; ".join(parts)
            if element.kind == "stage":
                stage = doc.find_stage(element.ident)
                return QCoreApplication.translate("Accessibility", "%n step(s)", None, len(stage.steps))
            if element.kind == "step":
                stage, step = doc.find_step(element.ident)
                n = sum(1 for c in doc.cards if c.step_id == step.id)
                return translate("Accessibility", "in stage {stage}; {cards}").format(
                    stage=stage.name, cards=QCoreApplication.translate("Accessibility", "%n card(s)", None, n))
            if element.kind == "lane":
                lane = doc.find_lane(element.ident)
                n = sum(1 for c in doc.cards if c.lane_id == lane.id)
                cards = QCoreApplication.translate("Accessibility", "%n card(s)", None, n)
                return f"{vocabulary(lane.kind.label)}; {cards}"
        except KeyError:
            return ""
        return ""

    def point_value(self, element: Element) -> str:
        curve_id, step_id = element.ident.split("/", 1)
        lay = self.view.canvas_scene.layout
        curve = next((c for c in lay.curves if c.curve_id == curve_id), None)
        point = next((p for p in curve.points if p.step_id == step_id), None) if curve else None
        if point is None:
            return ""
        how = "set" if point.is_set else "the cards' mean"
        return f"{signed(point.value, 1)} ({how})"

    # -- events -------------------------------------------------------------------------------------
    def announce_selection(self) -> None:
        """Tell assistive technology that the focus moved to the selected element."""
        self.refresh()
        element = self.selected_element()
        if element is None or element not in self.index_of or not self.view.hasFocus():
            return
        child = self.interface(element)
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Selection))


_installed = False
_by_view: dict[int, CanvasAccessible] = {}


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    from .view import CanvasView

    if isinstance(obj, CanvasView):
        made = CanvasAccessible(obj)
        _by_view[id(obj)] = made
        obj.destroyed.connect(lambda *_a, key=id(obj): _by_view.pop(key, None))
        return made
    return None


def install() -> None:
    """Register the canvas's accessibility factory (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def accessible_of(view: CanvasView) -> CanvasAccessible | None:
    """The canvas's interface if assistive technology (or a test) has asked for it."""
    return _by_view.get(id(view))
