"""Unexpected exceptions: a dialog with the details instead of a vanished window.

:func:`install_excepthook` replaces ``sys.excepthook``. Qt calls it for exceptions
raised in slots and event handlers; the hook first asks the window to write recovery
copies of every open map, then shows :class:`ExceptionDialog` (details, copy to the
clipboard, continue). The process keeps running.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.ui.i18n import translate


def format_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def _signature(exc_type, exc, tb) -> str:
    """Type, message and the innermost frame: the same fault raised again looks the same."""
    last = traceback.extract_tb(tb)[-1:] if tb is not None else []
    where = f"{last[0].filename}:{last[0].lineno}" if last else ""
    return f"{exc_type.__name__}|{exc}|{where}"


class ExceptionDialog(QDialog):
    def __init__(self, summary: str, details: str, saved: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Errors", "Something went wrong"))
        self.setMinimumWidth(560)
        self.details = details
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        head = QLabel(translate("Errors", "<b>cjdesigner hit an unexpected error.</b>"))
        layout.addWidget(head)
        body = QLabel(summary)
        body.setWordWrap(True)
        layout.addWidget(body)
        if saved:
            note = QLabel(
                QCoreApplication.translate("Errors", "Your work is safe: a recovery copy of every open map was "
                          "written (%n file(s)). You can keep working; saving now is a good idea.",
                          None, len(saved))
            )
        else:
            note = QLabel(translate("Errors", "You can keep working. If something looks wrong, save and restart."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(mono)
        self.text.setMinimumHeight(180)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(translate("Errors", "Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button = buttons.addButton(
            translate("Errors", "Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("Errors", "Copied"))


class ExceptionHook:
    """The installed ``sys.excepthook``; ``show`` decides how the dialog appears."""

    def __init__(
        self,
        save_recovery: Callable[[], list[str]] | None = None,
        parent: Callable[[], QWidget | None] | None = None,
        modal: bool = True,
    ) -> None:
        self.save_recovery = save_recovery
        self.parent = parent
        self.modal = modal
        self.previous = sys.excepthook
        self.dialogs: list[ExceptionDialog] = []
        self._busy = False
        self._shown: dict[str, float] = {}  # signature -> when its dialog was last shown
        self.quiet_seconds = 30.0

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        details = format_exception(exc_type, exc, tb)
        sys.stderr.write(details)
        if issubclass(exc_type, KeyboardInterrupt) or self._busy:
            return
        signature = _signature(exc_type, exc, tb)
        now = time.monotonic()
        repeat = now - self._shown.get(signature, -1e9) < self.quiet_seconds
        self._busy = True
        try:
            saved: list[str] = []
            if self.save_recovery is not None:
                try:
                    saved = self.save_recovery()
                except Exception:  # noqa: BLE001 - never fail inside the hook
                    traceback.print_exc()
            if repeat:
                return  # the same fault again (a paint loop): the user has seen it
            self._shown[signature] = now
            summary = f"{exc_type.__name__}: {exc}"
            dialog = ExceptionDialog(summary, details, saved, self.parent() if self.parent else None)
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _=0, d=dialog: self._forget(d))
            if self.modal:
                dialog.exec()
            else:
                dialog.show()
        finally:
            self._busy = False

    def _forget(self, dialog: ExceptionDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install_excepthook(
    save_recovery: Callable[[], list[str]] | None = None,
    parent: Callable[[], QWidget | None] | None = None,
    modal: bool = True,
) -> ExceptionHook:
    hook = ExceptionHook(save_recovery, parent, modal)
    sys.excepthook = hook
    return hook
