"""What the desktop hands the editor window: files dropped on it, files opened from the
OS or passed to a second launch (:mod:`single_instance`). A part of :class:`MainWindow`
(``window.desktop``) that sees the window only through :class:`DesktopHost`; the window's
drag and drop handlers hand it the files.

Maps open in tabs (by suffix, or by their first bytes when they have none), CSV card
lists are imported; anything else gets one message naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from cjdesigner.fileio.kinds import FileKind, file_kind
from cjdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from .dialogs import Dialogs
    from .document_tab import DocumentTab


def local_files(mime: QMimeData | None) -> list[str]:
    """The local files a drag carries (web links and the like are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DesktopHost(Protocol):
    """What the desktop's files need from the window."""

    dialogs: Dialogs

    def open_path(self, path: str) -> DocumentTab | None: ...

    def import_csv(self, path: str | None = None) -> DocumentTab | None: ...

    def isMinimized(self) -> bool: ...  # noqa: N802 - Qt's name

    def showNormal(self) -> None: ...  # noqa: N802 - Qt's name

    def show(self) -> None: ...

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...  # noqa: N802 - Qt's name


class DesktopCommands:
    def __init__(self, window: DesktopHost) -> None:
        self.window = window

    def open_files(self, paths: list[str]) -> list[DocumentTab]:
        """Open maps and import card lists; one message for the files that are neither.
        Returns the tabs opened (or switched to)."""
        tabs: list[DocumentTab] = []
        refused = []
        for path in paths:
            kind = file_kind(path)
            if kind is None and not Path(path).exists():
                kind = FileKind.MAP  # the loader says that it is missing
            if kind is FileKind.CARD_LIST:
                tab = self.window.import_csv(path)
            elif kind is FileKind.MAP:
                tab = self.window.open_path(path)
            else:
                refused.append(path)
                continue
            if tab is not None:
                tabs.append(tab)
        if refused:
            names = ", ".join(f"“{Path(p).name or p}”" for p in refused[:5])
            more = (QCoreApplication.translate("WindowDesktop", " and %n more", None, len(refused) - 5)
                    if len(refused) > 5 else "")
            one = len(refused) == 1 and not more
            self.window.dialogs.error(
                translate("WindowDesktop", "Not a journey map"),
                translate("WindowDesktop", "{names} is neither a journey map (.cjm) nor a card "
                          "list (.csv, .xlsx), so cjdesigner cannot open it.").format(names=names)
                if one else
                translate("WindowDesktop", "{names}{more} are neither journey maps (.cjm) nor card "
                          "lists (.csv, .xlsx), so cjdesigner cannot open them.").format(
                              names=names, more=more),
            )
        return tabs

    def open_from_outside(self, paths: list[str]) -> None:
        """Files from the OS or a second launch: come to the front, then open them."""
        if self.window.isMinimized():
            self.window.showNormal()
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.open_files(list(paths))


def accept_files(event: QDragEnterEvent | QDragMoveEvent) -> None:
    """Drag enter and move: take a drag that carries local files, as a copy."""
    if local_files(event.mimeData()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
    else:
        event.ignore()


def dropped_files(event: QDropEvent) -> list[str]:
    """The local files of a drop (the drop accepted as a copy), or [] (ignored)."""
    paths = local_files(event.mimeData())
    if not paths:
        event.ignore()
        return []
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return paths
