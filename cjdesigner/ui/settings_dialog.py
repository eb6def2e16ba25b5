"""Preferences: the editor's language, the author of new maps, the default poster paper
and emotion scale."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.ui import i18n
from cjdesigner.ui.i18n import language_names, short_number, translate

from .panels.common import hint, make_form
from .settings import PAPER_SIZES, SCALE_PRESETS, Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Preferences"))
        self.setMinimumWidth(420)
        self.settings = settings
        layout = QVBoxLayout(self)
        form = make_form()
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for code, name in language_names():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        form.addRow(translate("SettingsDialog", "Language"), self.language)
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(translate("SettingsDialog", "Your name, written into new maps"))
        form.addRow(translate("SettingsDialog", "Author"), self.author)
        self.paper = QComboBox()
        self.paper.addItems(list(PAPER_SIZES))
        self.paper.setCurrentText(settings.paper_size)
        form.addRow(translate("SettingsDialog", "Poster paper"), self.paper)
        self.scale = QComboBox()
        current = settings.emotion_scale
        for name, scale in SCALE_PRESETS.items():
            self.scale.addItem(translate("Preferences", name), name)
            if scale == current:
                self.scale.setCurrentIndex(self.scale.count() - 1)
        if all(scale != current for scale in SCALE_PRESETS.values()):
            self.scale.addItem(translate("SettingsDialog", "Custom ({min} … {max})").format(min=short_number(current.min), max=short_number(current.max)), None)
            self.scale.setCurrentIndex(self.scale.count() - 1)
        form.addRow(translate("SettingsDialog", "Emotion scale"), self.scale)
        layout.addLayout(form)
        self.language_note = hint(translate(
            "SettingsDialog", "The editor speaks the chosen language as soon as you press OK. "
            "New maps take the editor's language for the words printed on their posters."))
        layout.addWidget(self.language_note)
        layout.addWidget(hint(translate("SettingsDialog", "The emotion scale applies to curves of new maps; each curve "
                              "keeps its own scale, editable in the inspector.")))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        language = str(self.language.currentData() or "")
        self.settings.language = language
        self.settings.author = self.author.text()
        self.settings.paper_size = self.paper.currentText()
        preset = self.scale.currentData()
        if preset in SCALE_PRESETS:
            self.settings.emotion_scale = SCALE_PRESETS[preset]
        self.settings.sync()
        super().accept()
        if i18n.resolve(language) != i18n.current_language():
            app = QApplication.instance()
            if app is not None:  # every window says its texts again (QEvent.LanguageChange)
                i18n.install(app, language)
