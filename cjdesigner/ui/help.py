"""Help ▸ Keyboard Shortcuts: every menu entry with its keys, read from the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from cjdesigner.ui.i18n import translate


class ShortcutsDialog(QDialog):
    def __init__(self, menus: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.resize(460, 560)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("Help", "Command"), translate("Help", "Keys")])
        self.tree.setRootIsDecorated(False)
        for menu in menus.values():
            title = menu.title().replace("&", "")
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and not action.isSeparator():
                    text = action.text().replace("&", "").rstrip("…")
                    QTreeWidgetItem(self.tree, [f"{title} ▸ {text}", keys])
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
