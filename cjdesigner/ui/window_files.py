"""File commands of the editor window: new, open, save, revert, close, import, export,
and getting work back after a crash. A part of :class:`MainWindow` (``window.files``)
that sees the window only through :class:`FilesHost`; the window itself is handed over
as the Qt parent of progress bars and the export dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.ui.i18n import said, said_all, translate

from .long_task import Cancelled, Progress
from .recovery import RecoveredMap

if TYPE_CHECKING:  # the map, its tab and the file layer come with the first map
    from PySide6.QtGui import QAction, QUndoGroup
    from PySide6.QtWidgets import QMenu, QStackedWidget, QTabWidget

    from cjdesigner.model import JourneyMap

    from .dialogs import Dialogs
    from .document_tab import DocumentTab
    from .recovery import RecoveryStore
    from .settings import Settings
    from .start_page import StartPage

T = TypeVar("T")
IMPORT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Card lists (*.csv *.xlsx *.xlsm);;CSV files (*.csv);;"
                                 "Excel workbooks (*.xlsx *.xlsm);;All files (*)")


class FilesHost(Protocol):
    """What the file commands need from the window."""

    settings: Settings
    dialogs: Dialogs
    store: RecoveryStore
    start_page: StartPage
    tabs: QTabWidget
    stack: QStackedWidget
    undo_group: QUndoGroup
    act_revert: QAction
    export_menu: QMenu
    long_task_bytes: int
    long_task_cards: int
    progress_delay_ms: int

    def run_long(self, title: str, job: Callable[[Progress | None], T], long: bool,
                 interruptible: bool = False) -> T: ...

    def current_tab(self) -> DocumentTab | None: ...

    def all_tabs(self) -> list[DocumentTab]: ...

    def _add_tab(self, doc: JourneyMap, path: str | None) -> DocumentTab: ...

    def _show_tabs(self) -> None: ...

    def _activate(self, tab: DocumentTab) -> None: ...

    def _tab_state_changed(self, tab: DocumentTab) -> None: ...

    def _current_changed(self, _index: int) -> None: ...

    def show_message(self, text: str) -> None: ...

    def show_start_page(self) -> None: ...


class FileCommands:
    def __init__(self, window: FilesHost, widget: QWidget) -> None:
        self.window = window
        #: the window as a Qt widget: parent of progress bars and the export dialog
        self.widget = widget
        #: the export dialog last opened by File › Export Poster…
        self.export_dialog: Any = None

    # ==================================================================== files
    def new_map(self) -> DocumentTab:
        from .file_actions import blank_map

        return self.window._add_tab(blank_map(self.window.settings.author, self.window.settings.emotion_scale), None)

    def new_blank_map(self) -> DocumentTab:
        """A truly empty map (no stages, lanes or curves)."""
        from .file_actions import empty_map

        return self.window._add_tab(empty_map(self.window.settings.author), None)

    def new_blueprint(self) -> DocumentTab:
        """A service blueprint: stages over customer actions and the frontstage,
        backstage and support layers."""
        from .file_actions import blueprint_map

        settings = self.window.settings
        return self.window._add_tab(blueprint_map(settings.author, settings.emotion_scale), None)

    def new_from_template(self, name: str) -> DocumentTab | None:
        from cjdesigner.fileio import LoadError

        from .file_actions import from_template

        try:
            doc = from_template(name, self.window.settings.author)
        except (LoadError, KeyError) as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not use template"), said(exc))
            return None
        return self.window._add_tab(doc, None)

    def open_dialog(self) -> DocumentTab | None:
        folder = ""
        recent = self.window.settings.recent_files()
        if recent:
            folder = str(Path(recent[0]).parent)
        path = self.window.dialogs.open_file(translate("WindowFiles", "Open map"), folder=folder)
        return self.open_path(path) if path else None

    def open_path(self, path: str) -> DocumentTab | None:
        from cjdesigner.fileio import LoadError, load

        resolved = str(Path(path).resolve())
        for tab in self.window.all_tabs():
            if tab.path == resolved:
                self.window._show_tabs()
                self.window.tabs.setCurrentWidget(tab)
                return tab
        try:
            doc = self.window.run_long(
                translate("WindowFiles", "Opening {name}").format(name=Path(resolved).name), lambda progress: load(resolved, progress),
                _size(resolved) >= self.window.long_task_bytes,
            )
        except Cancelled:
            self.window.show_message(translate("WindowFiles", "Stopped opening {name}").format(name=Path(resolved).name))
            return None
        except LoadError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not open the map"), said(exc))
            if not Path(resolved).exists():
                self.window.settings.remove_recent(resolved)
                self.window.start_page.show_recent(self.window.settings.recent_files())
            return None
        self.window.settings.add_recent(resolved)
        tab = self.window._add_tab(doc, resolved)
        self.window.show_message(translate("WindowFiles", "Opened {display_name}").format(display_name=tab.display_name()))
        return tab

    def save(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        if not tab.path or _is_bundled(tab.path):
            return self.save_as(tab)  # never overwrite a bundled template
        if tab.check_read_only():
            return self.save_as(tab)  # a read-only file is never replaced
        return self._write(tab, tab.path)

    def save_as(self, tab: DocumentTab | None = None) -> bool:
        tab = tab or self.window.current_tab()
        if tab is None:
            return False
        title = translate("WindowFiles", "Save map as")
        if tab.path and tab.read_only:
            title = translate("WindowFiles", "Save map as ({name} is read-only)").format(name=Path(tab.path).name)
            suggested = str(Path(tab.path).with_name(f"{Path(tab.path).stem} copy.cjm"))
        elif tab.path and not _is_bundled(tab.path):
            suggested = tab.path
        else:
            mine = [f for f in self.window.settings.recent_files() if not _is_bundled(f)]
            folder = Path(mine[0]).parent if mine else _documents_folder()
            suggested = str(folder / f"{_file_stem(tab.controller.doc.meta.title)}.cjm")
        path = self.window.dialogs.save_file(title, suggested=suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".cjm"
        return self._write(tab, path)

    def _write(self, tab: DocumentTab, path: str) -> bool:
        from cjdesigner.fileio import ChangedOnDiskError, ReadOnlyError

        check_disk = True
        long = len(tab.controller.doc.cards) >= self.window.long_task_cards
        name = Path(path).name

        def run(job: Callable[[Progress | None], bytes]) -> bytes:
            return self.window.run_long(translate("WindowFiles", "Saving {name}").format(name=name), job, long)

        while True:
            try:
                tab.save_to(path, check_disk=check_disk, run=run)
                break
            except Cancelled:
                self.window.show_message(translate("WindowFiles", "Save of {name} stopped; nothing written").format(name=name))
                return False
            except ChangedOnDiskError:
                answer = self.window.dialogs.ask_changed_on_disk(
                    tab.display_name(), tab.difference_from_disk()
                )
                if answer == "overwrite":
                    check_disk = False  # theirs becomes the .bak
                    continue
                if answer == "save_as":
                    return self.save_as(tab)
                if answer == "reload":
                    tab.reload_from_disk()
                return False
            except ReadOnlyError as exc:
                if tab.path and Path(path).resolve() == Path(tab.path):
                    tab.read_only = True  # made read-only since it was opened
                    self.window._tab_state_changed(tab)
                    return self.save_as(tab)
                self.window.dialogs.error(translate("WindowFiles", "Could not save"), said(exc))
                return False
            except OSError as exc:
                self.window.dialogs.error(translate("WindowFiles", "Could not save"), _os_message(path, exc))
                return False
        self.window.settings.add_recent(tab.path or str(Path(path).resolve()))  # set by save_to
        self.window._tab_state_changed(tab)
        self.window.act_revert.setEnabled(True)
        self.window.show_message(translate("WindowFiles", "Saved {display_name}").format(display_name=tab.display_name()))
        return True

    def revert(self) -> None:
        from cjdesigner.fileio import LoadError

        tab = self.window.current_tab()
        if tab is None or not tab.path:
            return
        if tab.is_modified() and not self.window.dialogs.confirm(
            translate("WindowFiles", "Revert to saved"),
            translate("WindowFiles", "Drop all unsaved changes to “{display_name}” and reload it from disk?").format(display_name=tab.display_name()),
            translate("WindowFiles", "Revert"),
        ):
            return
        try:
            tab.revert()
        except LoadError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not revert"), said(exc))

    def close_current(self) -> bool:
        if self.window.stack.currentWidget() is self.window.start_page and self.window.tabs.count():
            self.window._show_tabs()
            return False
        index = self.window.tabs.currentIndex()
        return self.close_tab(index) if index >= 0 else False

    def close_tab(self, index: int) -> bool:
        from .document_tab import DocumentTab

        tab = self.window.tabs.widget(index)
        if not isinstance(tab, DocumentTab):
            return False
        if not self.settle(tab):
            return False
        self.drop_tab(tab)
        return True

    def settle(self, tab: DocumentTab) -> bool:
        """Ask about unsaved changes; False when the user cancels (or a save fails)."""
        if not tab.is_modified():
            return True
        self.window.tabs.setCurrentWidget(tab)
        self.window._show_tabs()
        answer = self.window.dialogs.ask_save_changes(tab.display_name())
        if answer == "save":
            return self.save(tab)
        return answer == "discard"

    def drop_tab(self, tab: DocumentTab) -> None:
        tab.close_down()
        self.window.undo_group.removeStack(tab.controller.undo_stack)
        self.window.tabs.removeTab(self.window.tabs.indexOf(tab))
        tab.deleteLater()
        if not self.window.tabs.count():
            self.window.show_start_page()
            self.window._current_changed(-1)

    def import_csv(self, path: str | None = None) -> DocumentTab | None:
        path = path or self.window.dialogs.open_file(translate("WindowFiles", "Import cards from CSV or Excel"), IMPORT_FILTER)
        if not path:
            return None
        from cjdesigner.csvio import CsvError
        from cjdesigner.exchange.xlsx import WorkbookError

        try:
            doc, warnings = self.window.run_long(
                translate("WindowFiles", "Importing {name}").format(name=Path(path).name), lambda progress: _import_file(path, progress),
                _size(path) >= self.window.long_task_bytes,
            )
        except Cancelled:
            self.window.show_message(translate("WindowFiles", "Import of {name} stopped; nothing imported").format(name=Path(path).name))
            return None
        except (CsvError, WorkbookError, OSError) as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not import the file"), said(exc))
            return None
        if self.window.settings.author and not doc.meta.author:
            doc = doc.with_meta(author=self.window.settings.author)
        tab = self.window._add_tab(doc, None)
        if warnings:
            shown = "\n".join(said_all(warnings[:12]))
            more = translate("WindowFiles", "\n… and {count} more").format(count=len(warnings) - 12) if len(warnings) > 12 else ""
            tab.info_bar.ask(
                QCoreApplication.translate("WindowFiles", "Imported with %n warning(s).", None, len(warnings)),
                {translate("WindowFiles", "Details"): lambda: self.window.dialogs.info(translate("WindowFiles", "Import warnings"), shown + more),
                 translate("WindowFiles", "Dismiss"): tab.info_bar.hide},
            )
        return tab

    def export_csv(self) -> bool:
        """File ▸ Export CSV…: Export As with the registry's CSV format."""
        return self.export_as("csv")

    def suggested_export_path(self, tab: DocumentTab, suffix: str) -> str:
        """Where an export of ``tab`` is first offered, for every export: beside the map
        when it is saved (never inside the bundled templates), else in the folder of the
        last export, else in Documents; named after the map file or its title."""
        if tab.path and not _is_bundled(tab.path):
            folder = Path(tab.path).parent
        else:
            last = self.window.settings.export_folder
            folder = Path(last) if last and Path(last).is_dir() else _documents_folder()
        stem = Path(tab.path).stem if tab.path else _file_stem(tab.controller.doc.meta.title)
        return str(folder / f"{stem}{suffix}")

    def fill_export_menu(self) -> None:
        """File ▸ Export As: one entry per format of the export registry."""
        from cjdesigner.export.registry import all_formats

        menu = self.window.export_menu
        menu.clear()
        for fmt in all_formats():
            action = menu.addAction(f"{fmt.label}…")
            action.setStatusTip(fmt.description)
            action.setEnabled(self.window.current_tab() is not None)
            action.triggered.connect(lambda _c=False, f=fmt.id: self.export_as(f))

    def export_as(self, format_id: str) -> bool:
        """Write the current map in a format of the export registry, with its default
        options (the paper from Preferences)."""
        tab = self.window.current_tab()
        if tab is None:
            return False
        from cjdesigner.export.registry import ExportError, get

        fmt = get(format_id)
        path = self.window.dialogs.save_file(
            translate("WindowFiles", "Export as {label}").format(label=fmt.label), translate("WindowFiles", "{file_filter};;All files (*)").format(file_filter=fmt.file_filter),
            self.suggested_export_path(tab, fmt.suffix),
        )
        if not path:
            return False
        if not Path(path).suffix:
            path += fmt.suffix
        options: dict[str, object] = {}
        if "paper" in fmt.defaults():
            options["paper"] = self.window.settings.paper_size
        if tab.path:
            options["base_dir"] = Path(tab.path).parent  # relative card images
            options["source_name"] = Path(tab.path).name  # the poster's slug line
        doc = tab.controller.doc
        # A large map: Qt-free formats (a function, not "module:function" of the Qt
        # layer) run in a worker thread, and Cancel stops them wherever they are; the
        # pictures Qt draws run here band by band, and Cancel stops them between bands.
        # Either way the file layer then removes its temporary file: nothing is written.
        long = len(doc.cards) >= self.window.long_task_cards
        title = translate("WindowFiles", "Exporting {name}").format(name=Path(path).name)
        self.widget.setCursor(Qt.CursorShape.WaitCursor)
        try:
            if long and not callable(fmt.export):
                from .long_task import run_in_steps

                warnings = run_in_steps(
                    self.widget, title,
                    lambda progress: fmt.run(doc, Path(path), {**options, "progress": progress}),
                    self.window.progress_delay_ms,
                )
            else:
                warnings = self.window.run_long(
                    title, lambda _progress: fmt.run(doc, Path(path), options), long,
                    interruptible=True,
                )
        except Cancelled:
            self.window.show_message(translate("WindowFiles", "Export of {name} stopped; nothing written").format(name=Path(path).name))
            return False
        except ExportError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not export"), said(exc))
            return False
        except OSError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not export"), _os_message(path, exc))
            return False
        finally:
            self.widget.unsetCursor()
        self.window.settings.export_folder = str(Path(path).resolve().parent)
        if warnings:
            self.window.dialogs.info(translate("WindowFiles", "Exported with warnings"), "\n\n".join(said_all(warnings)))
        self.window.show_message(translate("WindowFiles", "Exported {name}").format(name=Path(path).name))
        return True

    def export_poster(self) -> None:
        """File ▸ Export Poster…: the export dialog (poster, tiles, pictures, Mermaid)."""
        tab = self.window.current_tab()
        if tab is None:
            return
        try:
            from cjdesigner.ui.export_dialog import ExportDialog
        except ImportError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Export not available"), said(exc))
            return
        dialog = self.make_export_dialog(ExportDialog, tab)
        self.export_dialog = dialog
        dialog.exec()
        if getattr(dialog, "written", None):
            self.window.show_message(translate("WindowFiles", "Exported {name}").format(name=Path(dialog.written).name))

    def make_export_dialog(self, dialog_class=None, tab: DocumentTab | None = None):
        """The export dialog for ``tab``, asking through this window's settings and dialogs."""
        if dialog_class is None:
            from cjdesigner.ui.export_dialog import ExportDialog as dialog_class
        tab = tab or self.window.current_tab()
        assert tab is not None, "Export needs an open map"
        canvas = tab.canvas
        visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
        dialog = dialog_class(
            tab.controller, self.widget, visible, settings=self.window.settings, dialogs=self.window.dialogs,
            suggested=self.suggested_export_path(tab, ".pdf"),
        )
        if tab.path:
            dialog.base_dir = Path(tab.path).parent
            dialog.source_name = Path(tab.path).name
        dialog.long_task_cards = self.window.long_task_cards
        dialog.progress_delay_ms = self.window.progress_delay_ms
        poster = getattr(dialog, "panels", {}).get("pdf")
        remembered = self.window.settings.export_choices.get("panels")
        if poster is not None and not (isinstance(remembered, dict) and "pdf" in remembered):
            poster.paper.setCurrentText(self.window.settings.paper_size)  # the default from Preferences
        return dialog

    # ==================================================================== recovery
    def autosave_all(self) -> list[str]:
        """Write a recovery copy of every map with unsaved changes, now."""
        written = []
        for tab in self.window.all_tabs():
            path = tab.autosaver.save_now()
            if path is not None:
                written.append(str(path))
        return written

    def offer_recovery(self) -> list[RecoveredMap]:
        """Tell the user about maps left over from a session that died."""
        found = self.window.store.orphans()
        if not found:
            return found
        self.window.start_page.show_recovered(found)
        tab = self.window.current_tab()
        if tab is None:
            self.window.show_start_page()
        else:
            n = len(found)
            tab.info_bar.ask(
                QCoreApplication.translate("WindowFiles", "cjdesigner kept %n map(s) with unsaved changes from "
                          "the last session.", None, n),
                {translate("WindowFiles", "Show"): self.window.show_start_page, translate("WindowFiles", "Later"): tab.info_bar.hide},
            )
        return found

    def restore(self, entry: RecoveredMap) -> DocumentTab | None:
        from cjdesigner.fileio import LoadError, load

        try:
            doc = self.window.run_long(
                translate("WindowFiles", "Restoring {title}").format(title=entry.title), lambda progress: load(entry.map_path, progress),
                _size(str(entry.map_path)) >= self.window.long_task_bytes,
            )
        except Cancelled:
            self.window.show_message(translate("WindowFiles", "Stopped restoring {title}; the copy is kept").format(title=entry.title))
            return None
        except LoadError as exc:
            self.window.dialogs.error(translate("WindowFiles", "Could not restore"), said(exc))
            return None
        source = entry.source if entry.source and Path(entry.source).parent.exists() else None
        resolved = str(Path(source).resolve()) if source else None
        tab = next((t for t in self.window.all_tabs() if resolved and t.path == resolved), None)
        if tab is None:
            tab = self.window._add_tab(doc, source)
        else:  # the file is open already: one tab per file, the recovered work in it
            self.window._activate(tab)
            if tab.is_modified() and not self.window.dialogs.confirm(
                translate("WindowFiles", "Restore recovered map"),
                translate("WindowFiles", "“{display_name}” is open with unsaved changes. Replace them with the recovered copy?").format(display_name=tab.display_name()),
                translate("WindowFiles", "Replace"),
            ):
                return None
            tab.controller.reset(doc)
        tab.controller.undo_stack.resetClean()  # recovered work is unsaved work
        tab.autosaver.save_now()  # the new session owns a copy before the old one goes
        self.window.store.discard(entry.key)
        self.window._tab_state_changed(tab)
        self.window.start_page.show_recovered(self.window.store.orphans())
        self.window.show_message(translate("WindowFiles", "Restored {display_name} — save it to keep it").format(display_name=tab.display_name()))
        return tab

    def discard_recovered(self, entry: RecoveredMap) -> None:
        if self.window.dialogs.confirm(
            translate("WindowFiles", "Discard recovered map"),
            translate("WindowFiles", "Delete the recovered copy of “{title}”? This cannot be undone.").format(title=entry.title),
            translate("WindowFiles", "Discard"),
        ):
            self.window.store.discard(entry.key)
            self.window.start_page.show_recovered(self.window.store.orphans())



def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def _os_message(path: str, exc: OSError) -> str:
    """A file error for people: the file layer's own words, or path and reason."""
    if exc.strerror:
        return f"{path}: {exc.strerror}"
    return said(exc)


def _documents_folder() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _is_bundled(path: str) -> bool:
    """True for files inside the bundled templates folder, which Save must not touch."""
    from cjdesigner.resources import ROOT

    try:
        Path(path).resolve().relative_to(ROOT.resolve())
    except ValueError:
        return False
    return True


def _file_stem(title: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return "-".join(stem.lower().split()) or "journey-map"


def _import_file(path: str, progress: Progress | None) -> tuple:
    """(map, warnings) from a CSV card list or an Excel workbook."""
    from cjdesigner.csvio import import_csv
    from cjdesigner.exchange.xlsx import is_workbook_name
    from cjdesigner.exchange.xlsx_read import read_workbook

    if is_workbook_name(path):
        imported = read_workbook(path)
        return imported.doc, imported.warnings
    return import_csv(path, None, progress)
