"""The application object: a QApplication that passes on the files the OS asks it to open.

macOS does not put a double-clicked document on the command line: it sends the
application a ``QFileOpenEvent`` (at launch, before the window exists, or later).
:class:`Application` turns each into :attr:`Application.fileOpenRequested`, and keeps
those that arrive before anything listens until :meth:`take_pending`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication


class Application(QApplication):
    fileOpenRequested = Signal(str)

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self._pending: list[str] = []
        self._listening = False
        from . import i18n

        # English from the start, with its plural forms ("1 card", "3 cards"); make_app
        # then speaks the language the user chose
        i18n.install(self, "en")

    def listen_for_files(self) -> list[str]:
        """From now on files are announced by the signal; returns those that came before."""
        self._listening = True
        pending, self._pending = self._pending, []
        return pending

    def stop_listening(self) -> None:
        """Keep files for the next listener again (the window that listened is gone)."""
        self._listening = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                if self._listening:
                    self.fileOpenRequested.emit(path)
                else:
                    self._pending.append(path)
            return True
        return super().event(event)
