"""The conflicts panel: what a merge could not combine, and a side to pick for each.

Each conflict of the map is a row saying what each side did; picking a side is one edit
(``compare.conflicts.resolve``) pushed through the controller, so it undoes like any
other. "Show" selects the item on the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.compare.conflicts import Side, describe, item_exists, resolve
from cjdesigner.model import Conflict, ItemKind
from cjdesigner.model.edits import EditError
from cjdesigner.ui.i18n import translate

from .common import follow, hint

_JUMP_KINDS = {
    ItemKind.CARD: "card",
    ItemKind.STEP: "step",
    ItemKind.STAGE: "stage",
    ItemKind.LANE: "lane",
    ItemKind.CURVE: "curve",
}


class ConflictsPanel(QWidget):
    message = Signal(str)
    jump = Signal(str, str)
    countChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("conflictsPanel")
        self.controller = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.summary = hint("")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.show_item())
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.keep_ours = QPushButton(translate("Conflicts", "Keep ours"))
        self.keep_ours.setObjectName("keepOurs")
        self.keep_ours.clicked.connect(lambda: self.pick("ours"))
        self.keep_theirs = QPushButton(translate("Conflicts", "Keep theirs"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(lambda: self.pick("theirs"))
        self.show_button = QPushButton(translate("Conflicts", "Show"))
        self.show_button.clicked.connect(self.show_item)
        for button in (self.keep_ours, self.keep_theirs, self.show_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.refresh()

    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.refresh()

    def _connections(self, c):
        return [
            (signal, self.refresh)
            for signal in (c.metaChanged, c.documentReset, c.structureChanged, c.cardsChanged,
                           c.curvesChanged, c.personasChanged)
        ]

    def conflicts(self) -> list[Conflict]:
        return list(self.controller.doc.conflicts) if self.controller is not None else []

    def refresh(self, *_args) -> None:
        conflicts = self.conflicts()
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        doc = self.controller.doc if self.controller is not None else None
        for conflict in conflicts:
            text = describe(conflict)
            if doc is not None and not item_exists(doc, conflict):
                text += " — no longer in the map"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if conflicts:
            self.list.setCurrentRow(min(row, len(conflicts) - 1))
            count = len(conflicts)
            self.summary.setText(
                QCoreApplication.translate("Conflicts", "%n conflict(s) from a merge. The map holds ours for "
                          "each until you pick a side.", None, count)
            )
        else:
            self.summary.setText(translate("Conflicts", "No merge conflicts."))
        self._update_buttons()
        self.countChanged.emit(len(conflicts))

    def current(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None or self.controller is None:
            return None
        ident = item.data(Qt.ItemDataRole.UserRole)
        return next((c for c in self.controller.doc.conflicts if c.id == ident), None)

    def _update_buttons(self, *_args) -> None:
        conflict = self.current()
        for button in (self.keep_ours, self.keep_theirs, self.show_button):
            button.setEnabled(conflict is not None)
        if conflict is None:
            self.keep_ours.setText(translate("Conflicts", "Keep ours"))
            self.keep_theirs.setText(translate("Conflicts", "Keep theirs"))
            return
        self.keep_ours.setText(translate("Conflicts", "Keep {ours_label}").format(ours_label=conflict.ours_label))
        self.keep_theirs.setText(translate("Conflicts", "Keep {theirs_label}").format(theirs_label=conflict.theirs_label))
        self.show_button.setEnabled(
            self.controller is not None
            and conflict.kind in _JUMP_KINDS
            and item_exists(self.controller.doc, conflict)
        )

    def pick(self, side: Side) -> None:
        conflict = self.current()
        if conflict is None or self.controller is None:
            return
        try:
            edit = resolve(self.controller.doc, conflict, side)
            self.controller.push(edit)
        except EditError as exc:
            self.message.emit(translate("Conflicts", "Cannot keep that side: {exc}").format(exc=exc))

    def show_item(self) -> None:
        conflict = self.current()
        if conflict is None or conflict.kind not in _JUMP_KINDS or conflict.item_id is None:
            return
        if self.controller is not None and item_exists(self.controller.doc, conflict):
            self.jump.emit(_JUMP_KINDS[conflict.kind], conflict.item_id)
