"""Help ▸ Keyboard Shortcuts: every menu entry with its keys, read from the menus."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

#: keys that no menu command shows: the canvas's and the window's own
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Map ▸ Move between cells and cards", "Arrow keys"),
    ("Map ▸ Up from the first row: step, then stage header; Left from the first column: "
     "lane header", "Up / Left"),
    ("Map ▸ Add a card in the cell; rename the selected header", "Enter"),
    ("Map ▸ Edit the selected card's text", "F2"),
    ("Map ▸ Move the selected cards to the next cell", "Alt+Arrow keys"),
    ("Map ▸ Select several cards", "Shift+click, Ctrl+click"),
    ("Map ▸ Pan", "Space+drag, middle drag"),
    ("Map ▸ Scroll sideways", "Shift+wheel"),
    ("Map ▸ Zoom", "Ctrl+wheel"),
    ("Map ▸ Delete the selected cards, header or curve", "Delete"),
    ("Map ▸ Clear the selection; cancel a drag", "Esc"),
    ("Card editor ▸ Keep the text (Ctrl+Enter in the description)", "Enter"),
    ("Card editor ▸ From title to description", "Tab"),
    ("Card editor ▸ Put the text back (a new card keeps it)", "Esc"),
    ("Window ▸ Next panel (map, outline, inspector…)", "F6"),
    ("Window ▸ Previous panel", "Shift+F6"),
    ("Window ▸ Back to the map from a panel", "Esc"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, menus: dict, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(620, 640)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Command", "Keys"])
        self.tree.setRootIsDecorated(False)
        for menu in menus.values():
            title = menu.title().replace("&", "")
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys and not action.isSeparator():
                    text = action.text().replace("&", "").rstrip("…")
                    QTreeWidgetItem(self.tree, [f"{title} ▸ {text}", keys])
        for command, keys in OTHER_KEYS:
            QTreeWidgetItem(self.tree, [command, keys])
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
