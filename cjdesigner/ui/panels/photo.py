"""The persona photo field of the Personas panel: a thumbnail, Choose… and Remove.

The photo is read only through ``fileio.images`` (the map's folder or embedded data,
size-checked, decompression-bomb safe), for the thumbnail as for the poster. A picture
chosen inside the map's folder is stored as its relative path; one from elsewhere is
embedded, scaled down (``fileio.images.photo_reference``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from cjdesigner.fileio.images import ImageRefused, open_card_image, photo_reference
from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.ui.i18n import translate

from .fields import Binding

#: the thumbnail's side in pixels
THUMB = 64
#: the file dialog's choice of pictures (the formats ``fileio.images`` decodes)
PHOTO_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Pictures (*.png *.jpg *.jpeg *.webp)")


class PhotoField(QWidget):
    """A thumbnail (or "No photo"), a Choose… button and a Remove button."""

    chosen = Signal()

    def __init__(self, choose_file: Callable[[str], str],
                 map_folder: Callable[[], Path | None]) -> None:
        super().__init__()
        self.choose_file = choose_file
        self.map_folder = map_folder
        self.value: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setObjectName("personaPhoto")
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setWordWrap(True)
        layout.addWidget(self.thumb)
        buttons = QVBoxLayout()
        self.choose_button = QToolButton()
        self.choose_button.setText(translate("Personas", "Choose photo…"))
        self.choose_button.setToolTip(translate(
            "Personas", "A picture in the map's folder is linked; one from elsewhere is "
            "embedded in the map, scaled down."))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("Personas", "Remove photo"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.note = ""
        self.show_value(None)

    def choose(self) -> None:
        folder = self.map_folder()
        path = self.choose_file(str(folder) if folder else "")
        if not path:
            return
        try:
            self.value = photo_reference(path, folder)
        except ImageRefused as exc:
            self.show_value(self.value, translate("Personas", "Not used: {reason}").format(
                reason=str(exc)))
            return
        self.show_value(self.value)
        self.chosen.emit()

    def remove(self) -> None:
        if self.value is None:
            return
        self.value = None
        self.show_value(None)
        self.chosen.emit()

    def show_value(self, value: str | None, note: str = "") -> None:
        self.value = value
        self.remove_button.setEnabled(value is not None)
        self.thumb.setPixmap(QPixmap())
        self.note = note
        if value is None:
            self.thumb.setText(note or translate("Personas", "No photo"))
            self.thumb.setToolTip(note)
            return
        try:
            picture = open_card_image(value, self.map_folder(), max_side=THUMB * 2)
        except ImageRefused as exc:
            self.note = note or translate("Personas", "Not shown: {reason}").format(
                reason=str(exc))
            self.thumb.setText("⚠")
            self.thumb.setToolTip(self.note)
            return
        rgba = picture.convert("RGBA")
        data = rgba.tobytes()
        image = QImage(data, rgba.width, rgba.height, rgba.width * 4,
                       QImage.Format.Format_RGBA8888).copy()
        self.thumb.setPixmap(QPixmap.fromImage(image).scaled(
            THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self.thumb.setToolTip(note)


class PhotoBinding(Binding):
    """The persona's ``photo``: committed when a picture is chosen or removed."""

    def __init__(self, name: str, label: str, choose_file: Callable[[str], str],
                 map_folder: Callable[[], Path | None]) -> None:
        widget = PhotoField(choose_file, map_folder)
        super().__init__(name, label, widget, live=False)
        self.field = widget
        widget.chosen.connect(self.committed.emit)
        widget.chosen.connect(self.finished.emit)

    def get(self) -> str | None:
        return self.field.value

    def put(self, value: Any) -> None:
        self.field.show_value(value)


__all__ = ["PHOTO_FILTER", "PhotoBinding", "PhotoField"]
