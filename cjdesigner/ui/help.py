"""Help ▸ Keyboard Shortcuts: every menu entry with its keys, read from the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from cjdesigner.ui.i18n import translate


def other_keys() -> list[tuple[str, str]]:
    """Keys that no menu command shows: the canvas's and the window's own."""
    return [
        (translate("Help", "Map ▸ Move between cells and cards"),
         translate("Help", "Arrow keys")),
        (translate("Help", "Map ▸ Up from the first row: step, then stage header; Left from the first column: "
                   "lane header"),
         translate("Help", "Up / Left")),
        (translate("Help", "Map ▸ Add a card in the cell; rename the selected header"),
         translate("Help", "Enter")),
        (translate("Help", "Map ▸ Edit the selected card's text"),
         translate("Help", "F2")),
        (translate("Help", "Map ▸ Move the selected cards to the next cell"),
         translate("Help", "Alt+Arrow keys")),
        (translate("Help", "Map ▸ Select several cards"),
         translate("Help", "Shift+click, Ctrl+click")),
        (translate("Help", "Map ▸ Pan"),
         translate("Help", "Space+drag, middle drag")),
        (translate("Help", "Map ▸ Scroll sideways"),
         translate("Help", "Shift+wheel")),
        (translate("Help", "Map ▸ Zoom"),
         translate("Help", "Ctrl+wheel")),
        (translate("Help", "Map ▸ Delete the selected cards, header or curve"),
         translate("Help", "Delete")),
        (translate("Help", "Map ▸ Clear the selection; cancel a drag"),
         translate("Help", "Esc")),
        (translate("Help", "Card editor ▸ Keep the text (Ctrl+Enter in the description)"),
         translate("Help", "Enter")),
        (translate("Help", "Card editor ▸ From title to description"),
         translate("Help", "Tab")),
        (translate("Help", "Card editor ▸ Put the text back (a new card keeps it)"),
         translate("Help", "Esc")),
        (translate("Help", "Window ▸ Next panel (map, outline, inspector…)"),
         translate("Help", "F6")),
        (translate("Help", "Window ▸ Previous panel"),
         translate("Help", "Shift+F6")),
        (translate("Help", "Window ▸ Back to the map from a panel"),
         translate("Help", "Esc")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, menus: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.resize(620, 640)
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
        for command, keys in other_keys():
            QTreeWidgetItem(self.tree, [command, keys])
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
