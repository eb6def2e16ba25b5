"""What the desktop hands the editor window: files dropped on it, files opened from the
OS or passed to a second launch (:mod:`single_instance`). A mixin of :class:`MainWindow`.

Maps open in tabs (by suffix, or by their first bytes when they have none), CSV card
lists are imported; anything else gets one message naming it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from cjdesigner.fileio.kinds import FileKind, file_kind


def local_files(mime) -> list[str]:
    """The local files a drag carries (web links and the like are not files)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DesktopCommands:
    def open_files(self, paths: list[str]) -> list:
        """Open maps and import card lists; one message for the files that are neither.
        Returns the tabs opened (or switched to)."""
        tabs = []
        refused = []
        for path in paths:
            kind = file_kind(path)
            if kind is None and not Path(path).exists():
                kind = FileKind.MAP  # the loader says that it is missing
            if kind is FileKind.CARD_LIST:
                tab = self.import_csv(path)
            elif kind is FileKind.MAP:
                tab = self.open_path(path)
            else:
                refused.append(path)
                continue
            if tab is not None:
                tabs.append(tab)
        if refused:
            names = ", ".join(f"“{Path(p).name or p}”" for p in refused[:5])
            more = f" and {len(refused) - 5} more" if len(refused) > 5 else ""
            one = len(refused) == 1 and not more
            self.dialogs.error(
                "Not a journey map",
                f"{names}{more} {'is' if one else 'are'} neither a journey map (.cjm) nor a "
                "CSV card list (.csv), so cjdesigner cannot open "
                f"{'it' if one else 'them'}.",
            )
        return tabs

    def open_from_outside(self, paths: list[str]) -> None:
        """Files from the OS or a second launch: come to the front, then open them."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        self.open_files(list(paths))

    # ==================================================================== drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if local_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        if local_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.open_files(paths)
