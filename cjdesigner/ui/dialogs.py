"""Every question the window asks, in one replaceable object.

The window never calls QMessageBox or QFileDialog directly: it asks its
:class:`Dialogs`. Tests pass a scripted subclass, so no test ever blocks on a modal box.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QColorDialog, QFileDialog, QMessageBox, QWidget

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.ui.i18n import translate

MAP_FILTER = translate("Dialogs", "Journey maps (*.cjm);;All files (*)")
#: a message box lays out its whole text (about 14 µs a character here): messages are cut
#: where they are made (``fileio.shorten``); this is the last guard for any other
MAX_MESSAGE_CHARS = 5000


def readable(text: str) -> str:
    """A message cut to what a message box shows quickly and a person reads."""
    from cjdesigner.fileio import shorten

    return shorten(text, MAX_MESSAGE_CHARS)
CSV_FILTER = QT_TRANSLATE_NOOP("Dialogs", "CSV files (*.csv);;All files (*)")


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    @contextmanager
    def over(self, widget: QWidget) -> Iterator[Dialogs]:
        """Ask over ``widget`` (a dialog of the window) for the questions in the block."""
        before = self.parent
        self.parent = widget
        try:
            yield self
        finally:
            self.parent = before

    def ask_save_changes(self, name: str) -> str:
        """'save', 'discard' or 'cancel'."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
        box.setText(translate("Dialogs", "Save the changes to “{name}” before closing?").format(name=name))
        box.setInformativeText(translate("Dialogs", "If you don’t save, your changes will be lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_changed_on_disk(self, name: str, difference: str) -> str:
        """The file changed on disk since it was opened or saved here: 'overwrite',
        'save_as', 'reload' or 'cancel'. ``difference`` is shown under "Show Details…"."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Dialogs", "Changed on disk"))
        box.setText(translate("Dialogs", "“{name}” was changed on disk by another program or editor.").format(name=name))
        box.setInformativeText(
            translate("Dialogs", "Overwrite replaces their version (it is kept as the .bak file until the next "
            "save); Save As… keeps both; Reload drops your changes here and shows theirs. "
            "Show Details… lists what differs.")
        )
        box.setDetailedText(difference)
        answers: dict[QAbstractButton, str] = {
            box.addButton(translate("Dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole): "overwrite",
            box.addButton(translate("Dialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole): "save_as",
            box.addButton(translate("Dialogs", "Reload"), QMessageBox.ButtonRole.ResetRole): "reload",
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return answers.get(box.clickedButton(), "cancel")

    def confirm(self, title: str, text: str, ok: str = "OK") -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        yes = box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, readable(text))

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, readable(text))

    def open_file(self, title: str = "", filter: str = MAP_FILTER, folder: str = "") -> str:  # noqa: A002
        path, _ = QFileDialog.getOpenFileName(
            self.parent, title or translate("Dialogs", "Open map"), folder,
            translate("Dialogs", filter))
        return path

    def save_file(
        self, title: str = "", filter: str = MAP_FILTER, suggested: str = ""  # noqa: A002
    ) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title or translate("Dialogs", "Save map"), suggested,
            translate("Dialogs", filter))
        return path

    def print_setup(self, printer, title: str, options: QWidget | None = None) -> bool:
        """Qt's print dialog for ``printer`` (``options``: an extra tab, where Qt's own
        dialog is used); True when the user chose to print."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, self.parent)
        dialog.setWindowTitle(title)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, 9999)
        if options is not None:
            dialog.setOptionTabs([options])
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def page_setup(self, printer) -> bool:
        """Qt's page setup dialog for ``printer``; True when the user accepted."""
        from PySide6.QtPrintSupport import QPageSetupDialog

        dialog = QPageSetupDialog(printer, self.parent)
        return dialog.exec() == QPageSetupDialog.DialogCode.Accepted

    def choose_color(self, initial: str | None) -> str | None:
        colour = QColorDialog.getColor(QColor(initial or "#ffffff"), self.parent, "Colour")
        return colour.name() if colour.isValid() else None
