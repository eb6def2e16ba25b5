"""The outline: stages with their steps, lanes, then emotion curves; click to jump,
rename stages, steps and lanes in place, remove any of them (a curve too).

It follows the document's shared :class:`SelectionModel` (``set_selection_model``): the
selected stage, step, lane or curve is its current item, and picking an item there (click
or keys) selects it on the canvas through the ``jump`` signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.i18n.words import Words
from cjdesigner.layout.engine import lane_title
from cjdesigner.model import Lane, LaneKind, Stage, Step, curve_name, planning
from cjdesigner.model.edits import (
    Edit,
    EditError,
    RemoveCurve,
    RemoveLane,
    RemoveStage,
    RemoveStep,
    SetFields,
)
from cjdesigner.ui.i18n import translate, vocabulary
from cjdesigner.ui.selection_model import SelectionModel

from .common import follow
from .fields import swatch_icon

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController
    from cjdesigner.ui.selection import Selection


KIND = Qt.ItemDataRole.UserRole
IDENT = Qt.ItemDataRole.UserRole + 1


class OutlinePanel(QWidget):
    #: (kind, id) with kind in stage/step/lane: the window scrolls the canvas there
    jump = Signal(str, str)
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("outlinePanel")
        self.controller: DocumentController | None = None
        self.selection_model: SelectionModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)  # name, number of cards
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.itemDoubleClicked.connect(self._edit_name)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.tree.itemChanged.connect(self._renamed)
        self.tree.currentItemChanged.connect(self._current_item_changed)
        layout.addWidget(self.tree, 1)
        # two short rows rather than one long one: the panel stays narrow on a small screen
        row = QHBoxLayout()
        row.setSpacing(2)
        second = QHBoxLayout()
        second.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip, slot in (
            ("stage", translate("Outline", "+ Stage"), translate("Outline", "Add a stage"),
             self.add_stage),
            ("step", translate("Outline", "+ Step"),
             translate("Outline", "Add a step to the selected stage"), self.add_step),
            ("lane", translate("Outline", "+ Lane"), translate("Outline", "Add a lane"),
             self.add_lane),
            ("up", "↑", translate("Outline", "Move up"), lambda: self.move(-1)),
            ("down", "↓", translate("Outline", "Move down"), lambda: self.move(1)),
            ("remove", translate("Outline", "Remove"),
             translate("Outline", "Remove the selected stage, step, lane or curve"), self.remove),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(slot)
            (row if name in ("stage", "step", "lane") else second).addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)
        second.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(second)
        self._update_buttons()

    # -- document ----------------------------------------------------------------------
    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.refresh()

    def set_selection_model(self, model: SelectionModel | None) -> None:
        """Follow ``model`` (the document tab's shared selection) from now on."""
        follow(self.selection_model, model, self._selection_connections)
        self.selection_model = model
        if model is not None:
            self.show_selection(model.selection)
        else:
            self.clear_current()

    def _selection_connections(self, model: object) -> list[tuple]:
        assert isinstance(model, SelectionModel)
        return [(model.changed, self.show_selection)]

    def show_selection(self, selection: Selection) -> None:
        """Make the selected stage, step, lane or curve the current item (none: no current
        item)."""
        for kind in ("step", "stage", "lane", "curve"):
            ident = getattr(selection, kind)
            if ident:
                self.set_current(kind, ident)
                return
        self.clear_current()

    def _connections(self, c):
        return [
            (c.structureChanged, self.refresh),
            (c.documentReset, self.refresh),
            (c.curvesChanged, self.refresh),
            (c.personasChanged, self.refresh),
            (c.cardsChanged, self.update_counts),
        ]

    def refresh(self) -> None:
        current = self.current()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            if self.controller is None:
                self._update_buttons()
                return
            doc = self.controller.doc
            stages = QTreeWidgetItem(self.tree, [translate("Outline", "Stages")])
            stages.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for stage in doc.stages:
                s_item = self._item(stages, "stage", stage.id, stage.name, stage.color)
                for step in stage.steps:
                    label = f"{step.time}  {step.name}" if step.time else step.name
                    self._item(s_item, "step", step.id, label, None)
                s_item.setExpanded(True)
            lanes = QTreeWidgetItem(self.tree, [translate("Outline", "Lanes")])
            lanes.setFlags(Qt.ItemFlag.ItemIsEnabled)
            words = Words(doc.meta.language)
            for lane in doc.lanes:
                item = self._item(lanes, "lane", lane.id, lane_title(lane, words), lane.color)
                item.setToolTip(0, vocabulary(lane.kind.label))
            groups = [stages, lanes]
            if doc.curves:
                from cjdesigner.layout.style import curve_style

                curves = QTreeWidgetItem(self.tree, [translate("Outline", "Emotion curves")])
                curves.setFlags(Qt.ItemFlag.ItemIsEnabled)
                for index, curve in enumerate(doc.curves):
                    item = self._item(curves, "curve", curve.id, curve_name(doc, curve),
                                      curve_style(index, curve.color)[0])
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setToolTip(0, translate("Outline", "Emotion curve: select it on the map; Remove deletes it"))
                groups.append(curves)
            for top in groups:
                top.setExpanded(True)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
            if current:
                self.set_current(*current)
        self.update_counts()
        self._update_buttons()

    def update_counts(self, *_args) -> None:
        """The number of cards beside each stage, step and lane (no rebuild)."""
        if self.controller is None:
            return
        doc = self.controller.doc
        per_step: dict[str, int] = {}
        per_lane: dict[str, int] = {}
        for card in doc.cards:
            per_step[card.step_id] = per_step.get(card.step_id, 0) + 1
            per_lane[card.lane_id] = per_lane.get(card.lane_id, 0) + 1
        per_stage = {st.id: sum(per_step.get(sp.id, 0) for sp in st.steps) for st in doc.stages}
        counts = {"stage": per_stage, "step": per_step, "lane": per_lane}
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        with QSignalBlocker(self.tree):
            for item in self._all_items():
                kind = item.data(0, KIND)
                if kind not in counts:
                    continue
                n = counts[kind].get(item.data(0, IDENT), 0)
                item.setText(1, str(n) if n else "")
                item.setForeground(1, faint)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(1, QCoreApplication.translate("Outline", "%n card(s)", None, n))

    def _item(self, parent, kind: str, ident: str, text: str, colour: str | None):
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, KIND, kind)
        item.setData(0, IDENT, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        if kind == "stage":
            from cjdesigner.layout.style import stage_colour

            index = [s.id for s in self.controller.doc.stages].index(ident)
            item.setIcon(0, swatch_icon(stage_colour(index, colour), 12))
        elif colour:
            item.setIcon(0, swatch_icon(colour, 12))
        return item

    def current(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or not item.data(0, KIND):
            return None
        return item.data(0, KIND), item.data(0, IDENT)

    def find_item(self, kind: str, ident: str) -> QTreeWidgetItem | None:
        for item in self._all_items():
            if item.data(0, KIND) == kind and item.data(0, IDENT) == ident:
                return item
        return None

    def _all_items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def clear_current(self) -> None:
        with QSignalBlocker(self.tree):
            self.tree.setCurrentItem(None)  # type: ignore[call-overload]  # None clears it
            self.tree.clearSelection()
        self._update_buttons()

    def set_current(self, kind: str, ident: str) -> None:
        item = self.find_item(kind, ident)
        if item is not None:
            with QSignalBlocker(self.tree):
                self.tree.setCurrentItem(item)
            self._update_buttons()

    # -- interaction ----------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        kind = item.data(0, KIND)
        if kind:
            self.jump.emit(kind, item.data(0, IDENT))

    def _current_item_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        # the user moved through the tree (programmatic changes block the signal)
        self._update_buttons()
        if item is not None and item.data(0, KIND) and self.selection_model is not None:
            kind, ident = item.data(0, KIND), item.data(0, IDENT)
            if getattr(self.selection_model.selection, kind) != ident:
                self.jump.emit(kind, ident)

    def _edit_name(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND):
            self.tree.editItem(item, 0)  # the name, never the card count

    def _renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        # the tree is still inside setData: rebuild it only after this signal returns
        kind, ident, text = item.data(0, KIND), item.data(0, IDENT), item.text(0).strip()
        QTimer.singleShot(0, self, lambda: self._rename(kind, ident, text))

    def _rename(self, kind: str | None, ident: str, text: str) -> None:
        if not kind or not text or self.controller is None:
            self.refresh()
            return
        field = {"stage": "name", "step": "name", "lane": "title"}[kind]
        if kind == "step":
            try:
                step = self.controller.doc.find_step(ident)[1]
            except KeyError:
                return
            if step.time and text.startswith(step.time):
                text = text[len(step.time):].strip()
        doc = self.controller.doc
        try:
            current = {"stage": doc.find_stage, "lane": doc.find_lane}.get(
                kind, lambda i: doc.find_step(i)[1]
            )(ident)
        except KeyError:
            return
        if getattr(current, field) != text:
            self._push(
                SetFields(target=kind, ident=ident, changes={field: text}, text={"stage": translate("Outline", "Rename stage"),
                                                                         "step": translate("Outline", "Rename step")}.get(
                    kind, translate("Outline", "Rename lane")))
            )
        self.refresh()

    def _update_buttons(self) -> None:
        current = self.current()
        has_doc = self.controller is not None
        self.buttons["stage"].setEnabled(has_doc)
        self.buttons["lane"].setEnabled(has_doc)
        self.buttons["step"].setEnabled(has_doc and bool(self.controller.doc.stages))
        for name in ("up", "down", "remove"):
            self.buttons[name].setEnabled(current is not None)
        if current is not None and current[0] == "curve":
            for name in ("up", "down"):
                self.buttons[name].setEnabled(False)

    def _push(self, edit) -> bool:
        try:
            self.controller.push(edit)
        except EditError as exc:
            self.message.emit(str(exc).splitlines()[0])
            return False
        return True

    # -- structure edits ----------------------------------------------------------------------
    def _stage_of_current(self) -> str | None:
        current = self.current()
        doc = self.controller.doc
        if current is None:
            return doc.stages[-1].id if doc.stages else None
        kind, ident = current
        if kind == "stage":
            return ident
        if kind == "step":
            return doc.find_step(ident)[0].id
        return doc.stages[-1].id if doc.stages else None

    def add_stage(self) -> None:
        from ..stage_colours import keeping_stage_colours, next_stage_colour

        doc = self.controller.doc
        index = len(doc.stages)
        current = self.current()
        if current and current[0] in ("stage", "step"):
            stage_id = self._stage_of_current()
            if stage_id is not None:
                index = doc.stages.index(doc.find_stage(stage_id)) + 1
        stage = Stage(name="New stage", steps=[Step(name="New step")],
                      color=next_stage_colour(doc, index))
        if self._push(keeping_stage_colours(doc, planning.add_stage(doc, stage, index))):
            self._rename_new("stage", stage.id)

    def add_step(self) -> None:
        stage_id = self._stage_of_current()
        if stage_id is None:
            return
        doc = self.controller.doc
        index = None
        current = self.current()
        if current and current[0] == "step":
            stage, step = doc.find_step(current[1])
            index = stage.steps.index(step) + 1
        step = Step(name="New step")
        if self._push(planning.add_step(doc, stage_id, step, index)):
            self._rename_new("step", step.id)

    def add_lane(self) -> None:
        doc = self.controller.doc
        index = None
        current = self.current()
        if current and current[0] == "lane":
            index = doc.lanes.index(doc.find_lane(current[1])) + 1
        lane = Lane(title=translate("Outline", "New lane"), kind=LaneKind.TEXT)
        if self._push(planning.add_lane(doc, lane, index)):
            self._rename_new("lane", lane.id)

    def _rename_new(self, kind: str, ident: str) -> None:
        """Show a new stage, step or lane and open its name here for typing: what is
        typed next names it (not the tree's type-ahead)."""
        self.set_current(kind, ident)
        self.jump.emit(kind, ident)
        item = self.find_item(kind, ident)
        if item is not None:
            self.tree.scrollToItem(item)
            self.tree.setFocus()
            self.tree.editItem(item, 0)

    def remove(self) -> None:
        current = self.current()
        if current is None:
            return
        kind, ident = current
        from ..stage_colours import keeping_stage_colours

        edit: Edit
        if kind == "curve":
            edit = RemoveCurve(curve_id=ident)
        elif kind == "stage":
            edit = keeping_stage_colours(self.controller.doc, RemoveStage(stage_id=ident))
        elif kind == "step":
            edit = RemoveStep(step_id=ident)
        else:
            edit = RemoveLane(lane_id=ident)
        self._push(edit)

    def move(self, delta: int) -> None:  # type: ignore[override]  # not QWidget.move
        current = self.current()
        if current is None:
            return
        kind, ident = current
        doc = self.controller.doc
        if kind == "curve":
            return
        if kind == "stage":
            from ..stage_colours import keeping_stage_colours

            index = doc.stages.index(doc.find_stage(ident))
            if 0 <= index + delta < len(doc.stages):
                self._push(keeping_stage_colours(
                    doc, planning.move_stage(doc, ident, index + delta)))
        elif kind == "lane":
            index = doc.lanes.index(doc.find_lane(ident))
            if 0 <= index + delta < len(doc.lanes):
                self._push(planning.move_lane(doc, ident, index + delta))
        else:
            stage, step = doc.find_step(ident)
            index = stage.steps.index(step) + delta
            stage_index = doc.stages.index(stage)
            if 0 <= index < len(stage.steps):
                self._push(planning.move_step(doc, ident, stage.id, index))
            elif index < 0 and stage_index > 0:
                target = doc.stages[stage_index - 1]
                self._push(planning.move_step(doc, ident, target.id, len(target.steps)))
            elif index >= len(stage.steps) and stage_index + 1 < len(doc.stages):
                self._push(planning.move_step(doc, ident, doc.stages[stage_index + 1].id, 0))
        self.set_current(kind, ident)
