"""One open map: its controller, canvas, find bar, file on disk and autosave."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cjdesigner.fileio import LoadError, is_read_only, load
from cjdesigner.model import JourneyMap, now_iso
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.i18n import said, translate
from cjdesigner.ui.selection import Selection
from cjdesigner.ui.selection_model import SelectionModel

from .find_bar import FindBar
from .long_task import Progress
from .recovery import Autosaver, RecoveryStore


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class InfoBar(QWidget):
    """A quiet strip across the top of the canvas with a message and a few buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("infoBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel("")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.buttons_layout = layout
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def ask(self, text: str, buttons: dict[str, Callable[[], None]]) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        self.label.setText(text)
        for name, slot in buttons.items():
            button = QPushButton(name)
            button.clicked.connect(slot)
            self.buttons_layout.addWidget(button)
            self.buttons[name] = button
        self.show()


def default_canvas(controller: DocumentController) -> CanvasView:
    return CanvasView(controller)


class DocumentTab(QWidget):
    modifiedChanged = Signal(bool)
    titleChanged = Signal()
    selectionChanged = Signal(object)
    zoomChanged = Signal(float)
    message = Signal(str)

    def __init__(
        self,
        doc: JourneyMap,
        path: str | None,
        store: RecoveryStore,
        canvas_factory: Callable[[DocumentController], CanvasView] = default_canvas,
        autosave_idle_ms: int = 3_000,
        autosave_max_ms: int = 30_000,
    ) -> None:
        super().__init__()
        self.controller = DocumentController(doc, self)
        self.path: str | None = str(Path(path).resolve()) if path else None
        self._disk_digest: str | None = None
        #: the file is read-only (or another user's): Save leads to Save As
        self.read_only = False
        self.autosaved_at: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.info_bar = InfoBar()
        layout.addWidget(self.info_bar)
        self.find_bar = FindBar()
        self.find_bar.set_controller(self.controller)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        self.canvas: CanvasView = canvas_factory(self.controller)
        layout.addWidget(self.canvas, 1)
        #: the document's selection: the canvas writes it, the panels follow it
        self.selection_model: SelectionModel = self.canvas.selection_model
        self.selection_model.changed.connect(self._selection_changed)
        self.canvas.zoomChanged.connect(self.zoomChanged)
        self.find_bar.highlight.connect(self.canvas.set_highlight)
        self.find_bar.goto.connect(self.show_card)
        self.find_bar.closed.connect(self.canvas.setFocus)
        self.controller.modifiedChanged.connect(self._modified_changed)
        self.controller.metaChanged.connect(self.titleChanged)
        self.autosaver = Autosaver(
            store, self.controller, lambda: self.path, autosave_idle_ms, autosave_max_ms, self
        )
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._disk_timer = QTimer(self, singleShot=True, interval=250)
        self._disk_timer.timeout.connect(self.check_disk)
        if self.path:
            self._remember_disk()

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.autosaved_at = None  # a clean map has no recovery copy
        self.modifiedChanged.emit(modified)

    # -- names -------------------------------------------------------------------------
    def display_name(self) -> str:
        if self.path:
            return Path(self.path).name
        return self.controller.doc.meta.title or translate("DocumentTab", "Untitled journey")

    def is_modified(self) -> bool:
        return self.controller.is_modified()

    # -- selection ------------------------------------------------------------------------
    @property
    def selection(self) -> Selection:
        return self.selection_model.selection

    def _selection_changed(self, selection: Selection) -> None:
        self.selectionChanged.emit(selection)

    def show_card(self, card_id: str) -> None:
        self.canvas.ensure_visible("card", card_id)
        self.canvas.select(Selection(cards=(card_id,)))

    # -- files -----------------------------------------------------------------------------
    def save_to(
        self,
        path: str,
        check_disk: bool = True,
        run: Callable[[Callable[[Progress | None], bytes]], bytes] | None = None,
    ) -> None:
        """Write the map (atomic, with .bak); raises OSError on failure.

        Saving over the tab's own file first checks that the file still holds what was
        last read or written here (``check_disk``): if another editor or a git pull
        changed it, ``fileio.ChangedOnDiskError`` is raised and nothing is written.
        ``run`` runs the writing job (the window's worker with a progress bar, for a
        large map); it touches no widget."""
        from cjdesigner.fileio import save

        doc = self.controller.doc
        stamped = doc.with_meta(modified=now_iso())
        path = str(Path(path).resolve())
        expect = self._disk_digest if check_disk and path == self.path else None
        def write(progress: Progress | None) -> bytes:
            return save(stamped, path, expect_digest=expect, progress=progress)

        written = run(write) if run is not None else write(None)
        if self.path and self.path != path:
            self.watcher.removePath(self.path)
        self._disk_digest = digest(written)
        self.path = path
        self.read_only = False  # it was just written
        self.info_bar.hide()
        self._watch()
        self.controller.record_save(stamped.meta.modified)  # "last saved" in the map panel
        self.titleChanged.emit()

    def difference_from_disk(self, max_lines: int = 200) -> str:
        """What differs between the file on disk and this editor's map, item by item
        (``cjdesigner.compare``, as ``cjdesigner diff`` shows it)."""
        from cjdesigner.compare import diff_maps, diff_text, summary_text

        if not self.path:
            return translate("DocumentTab", "This map has not been saved yet.")
        try:
            theirs = load(self.path)
        except LoadError as exc:
            return translate("DocumentTab", "The file on disk does not open as a map: {exc}").format(exc=said(exc))
        diff = diff_maps(theirs, self.controller.doc)
        if diff.equal:
            return translate("DocumentTab", "The file on disk holds the same map as this editor.")
        lines = diff_text(diff).splitlines()
        if len(lines) > max_lines:
            lines = [*lines[:max_lines], translate("DocumentTab", "… and {count} more lines").format(count=len(lines) - max_lines)]
        return "\n".join([
            "From the file on disk to this editor ("
            "“removed”: only on disk; “added”: only here):",
            summary_text(diff, max_lines=0).splitlines()[0],
            "",
            *lines,
        ])

    def revert(self) -> None:
        """Reload from disk, dropping unsaved changes; raises LoadError."""
        if not self.path:
            return
        doc = load(self.path)
        self._remember_disk()
        self.controller.reset(doc)
        self.info_bar.hide()
        self.titleChanged.emit()

    def check_read_only(self) -> bool:
        """Whether the file cannot be saved in place: read-only itself, or in a folder
        where no file may be created (a save writes a new file and renames it)."""
        path = self.path
        read_only = path is not None and (
            is_read_only(path) or not os.access(Path(path).parent, os.W_OK | os.X_OK)
        )
        if read_only != self.read_only:
            self.read_only = read_only
            self.titleChanged.emit()
        return read_only

    def _remember_disk(self) -> None:
        if self.path is None:
            return
        try:
            self._disk_digest = digest(Path(self.path).read_bytes())
        except OSError:
            self._disk_digest = None
        self.check_read_only()
        self._watch()

    def _watch(self) -> None:
        if self.path and self.path not in self.watcher.files() and Path(self.path).exists():
            self.watcher.addPath(self.path)

    def _file_changed(self, _path: str) -> None:
        self._disk_timer.start()

    def check_disk(self) -> None:
        """Compare the file with what we last read or wrote; offer to reload if it differs."""
        if not self.path:
            return
        file = Path(self.path)
        if not file.exists():
            self.info_bar.ask(
                translate("DocumentTab", "<b>{name}</b> was moved or deleted on disk. Save to write it again.").format(name=file.name),
                {translate("DocumentTab", "Dismiss"): self.info_bar.hide},
            )
            return
        self._watch()  # an atomic replace drops the watch; take it again
        self.check_read_only()  # chmod: the title says so, Save leads to Save As
        try:
            now = digest(file.read_bytes())
        except OSError:
            return
        if now == self._disk_digest:
            return  # our own save, or a touch without change
        extra = (
            translate("DocumentTab", " Reload would drop your unsaved changes here; Save will ask before it replaces "
            "their version.") if self.is_modified() else ""
        )
        self.info_bar.ask(
            translate("DocumentTab", "<b>{name}</b> changed on disk.{extra}").format(name=file.name, extra=extra),
            {translate("DocumentTab", "Reload"): self.reload_from_disk, translate("DocumentTab", "Keep mine"): self._keep_mine},
        )

    def reload_from_disk(self) -> None:
        try:
            self.revert()
        except LoadError as exc:
            self.info_bar.ask(translate("DocumentTab", "Could not reload: {exc}").format(exc=said(exc)), {translate("DocumentTab", "Dismiss"): self.info_bar.hide})
            return
        self.message.emit(translate("DocumentTab", "Reloaded {display_name}").format(display_name=self.display_name()))

    def _keep_mine(self) -> None:
        # The digest stays that of the version this editor knows: Save still asks before
        # it replaces theirs (overwrite, save as, reload or look at the difference).
        self.info_bar.hide()
        # what is on disk is no longer what we have: remember there is something to save
        if not self.is_modified():
            self.controller.undo_stack.resetClean()

    def close_down(self) -> None:
        self.autosaver.release()
        if self.path:
            self.watcher.removePath(self.path)
