"""The comparison panel: what changed since the version the map is compared with.

One row per change (added, removed, moved, changed, by name, as ``cjdesigner diff``
lists them); removed cards are only here, since the canvas no longer has them.
Double-clicking a card, step, stage or lane that is still in the map selects it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from cjdesigner.compare.comparison import Comparison
from cjdesigner.compare.diff import ACTIONS, change_lines
from cjdesigner.ui.i18n import translate

from .common import hint

_JUMPS = {"card", "step", "stage", "lane"}


class ComparisonPanel(QWidget):
    jump = Signal(str, str)
    stopRequested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("comparisonPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.summary = hint("")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("changeList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._jump)
        layout.addWidget(self.list, 1)
        self.stop = QPushButton(translate("Comparison", "Stop Comparing"))
        self.stop.clicked.connect(self.stopRequested)
        layout.addWidget(self.stop)
        self.show_comparison(None)

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.list.clear()
        self.stop.setEnabled(comparison is not None)
        if comparison is None:
            self.summary.setText(translate("Comparison", "Not comparing. View › Compare with… shows what changed "
                                 "since the last save or against another map."))
            return
        counts = comparison.diff.counts()
        parts = [f"{counts[a]} {a}" for a in ACTIONS if counts[a]]
        self.summary.setText(
            translate("Comparison", "Compared with {label}: ").format(label=comparison.label) + (", ".join(parts) if parts else translate("Comparison", "no changes"))
            + translate("Comparison", ". On the canvas: + added, ~ changed, › moved; Δ is each step's emotion change.")
        )
        for change in comparison.diff.changes:
            item = QListWidgetItem(next(change_lines(change)))
            item.setData(Qt.ItemDataRole.UserRole, (change.kind, change.id, change.action))
            item.setToolTip("\n".join(change_lines(change)))
            self.list.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        kind, ident, action = item.data(Qt.ItemDataRole.UserRole)
        if kind in _JUMPS and action != "removed":
            self.jump.emit(kind, ident)
