"""Preferences: the author of new maps, the default poster paper and emotion scale."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from .panels.common import hint, make_form
from .settings import PAPER_SIZES, SCALE_PRESETS, Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(420)
        self.settings = settings
        layout = QVBoxLayout(self)
        form = make_form()
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText("Your name, written into new maps")
        form.addRow("Author", self.author)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setCurrentText(settings.paper_size)
        form.addRow("Poster paper", self.paper)
        self.scale = QComboBox()
        current = settings.emotion_scale
        for name, scale in SCALE_PRESETS.items():
            self.scale.addItem(name, name)
            if scale == current:
                self.scale.setCurrentIndex(self.scale.count() - 1)
        if all(scale != current for scale in SCALE_PRESETS.values()):
            self.scale.addItem(f"Custom ({current.min:g} … {current.max:g})", None)
            self.scale.setCurrentIndex(self.scale.count() - 1)
        form.addRow("Emotion scale", self.scale)
        layout.addLayout(form)
        layout.addWidget(hint("The emotion scale applies to curves of new maps; each curve "
                              "keeps its own scale, editable in the inspector."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.author = self.author.text()
        self.settings.paper_size = self.paper.currentText()
        preset = self.scale.currentData()
        if preset in SCALE_PRESETS:
            self.settings.emotion_scale = SCALE_PRESETS[preset]
        self.settings.sync()
        super().accept()
