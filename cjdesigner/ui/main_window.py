"""The editor window: maps in tabs around the canvas, docks, menus, files, recovery.

The window mostly wires parts together: each open map is a :class:`DocumentTab`
(controller, canvas, find bar, file watcher, autosave); the docks show the current
tab's document; all questions go through a replaceable :class:`Dialogs`. The Edit and
Insert commands (``window.edit``), printing (``window.printing``) and the files the
desktop hands over (``window.desktop``) are parts that see the window through small
protocols (``EditHost``, ``PrintHost``, ``DesktopHost``), as are the file commands
(``window.files``, ``FilesHost``): new, open, save, close, import, export, recovery. The
window keeps thin methods for its public entry points (``open_path``, ``save``, …).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from cjdesigner import __version__
from cjdesigner.ui.i18n import translate
from cjdesigner.ui.selection import Selection

from .dialogs import Dialogs
from .keyboard import PanelKeys
from .long_task import LONG_TASK_BYTES, LONG_TASK_CARDS, Progress
from .recovery import RecoveredMap, RecoveryStore
from .settings import Settings
from .start_page import StartPage
from .window_desktop import DesktopCommands, accept_files, dropped_files
from .window_edit import COPY, CUT, DELETE, DUPLICATE, PASTE, SELECT_ALL, EditCommands
from .window_files import FileCommands
from .window_print import PrintCommands
from .window_room import RoomCommands

if TYPE_CHECKING:  # imported when first needed: the start page is drawn without them
    from cjdesigner.model import JourneyMap

    from .comparing import Comparer
    from .document_tab import DocumentTab
    from .panels.comparison import ComparisonPanel
    from .panels.conflicts import ConflictsPanel
    from .panels.inspector import Inspector
    from .panels.map_panel import MapPanel
    from .panels.outline import OutlinePanel
    from .panels.personas import PersonasPanel
    from .panels.priorities import PrioritiesPanel
    from .presenting import Presenter
    from .room_state import RoomState
    from .workshop import WorkshopTimer

APP_NAME = "cjdesigner"
T = TypeVar("T")


@dataclass(frozen=True)
class _Panels:
    """The docks' contents, made when first needed (see ``MainWindow._panels``)."""

    inspector: Inspector
    personas: PersonasPanel
    map_panel: MapPanel
    outline: OutlinePanel
    conflicts: ConflictsPanel
    comparison: ComparisonPanel
    priorities: PrioritiesPanel
    comparer: Comparer


class MainWindow(QMainWindow):
    #: files (a map to open, a CSV to import) at least this large, and maps with at least
    #: this many cards to export, are read or written in a worker thread with a progress
    #: bar and Cancel (tests lower them)
    long_task_bytes = LONG_TASK_BYTES
    long_task_cards = LONG_TASK_CARDS
    #: the progress bar shows after this long (a short job finishes without it)
    progress_delay_ms = 400

    def __init__(
        self,
        settings: Settings | None = None,
        store: RecoveryStore | None = None,
        dialogs: Dialogs | None = None,
        canvas_factory: Callable | None = None,
        autosave_idle_ms: int = 3_000,
        autosave_max_ms: int = 30_000,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.store = store or RecoveryStore()
        self.dialogs = dialogs or Dialogs(self)
        if self.dialogs.parent is None:
            self.dialogs.parent = self
        #: Edit and Insert menu commands (cut, copy, … find, zoom, add stage, …)
        self.edit = EditCommands(self)
        #: Page Setup, Print, Print Tiled
        self.printing = PrintCommands(self)
        #: files dropped on the window, opened from the OS or by a second launch
        self.desktop = DesktopCommands(self)
        #: New, Open, Save, Revert, Close, Import, Export, recovery
        self.files = FileCommands(self, self)
        #: Share: live sessions (start, join, follow the presenter)
        self.room = RoomCommands(self, author=self.settings.author)
        self.canvas_factory = canvas_factory
        self.autosave_idle_ms = autosave_idle_ms
        self.autosave_max_ms = autosave_max_ms
        self.undo_group = QUndoGroup(self)
        self._docks_before_start: list[QDockWidget] | None = None
        self._page_set = False
        self._presenting: dict | None = None
        # the room's facilitation state, its status-bar timer and the presentation mode
        # are made when first needed (``room_state``): not part of a cold start
        self._room_state: RoomState | None = None
        self._timer: WorkshopTimer | None = None
        self._presenter: Presenter | None = None
        self.setDocumentMode(True)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mapTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.tabCloseRequested.connect(self.files.close_tab)
        self.tabs.currentChanged.connect(self._current_changed)
        self.start_page = StartPage()
        self.start_page.newRequested.connect(self.files.new_map)
        self.start_page.openRequested.connect(self.files.open_dialog)
        self.start_page.fileRequested.connect(self.files.open_path)
        self.start_page.templateRequested.connect(self.files.new_from_template)
        self.start_page.restoreRequested.connect(self.files.restore)
        self.start_page.discardRequested.connect(self.files.discard_recovered)
        self.start_page.removeRecentRequested.connect(self._remove_recent)
        self.stack = QStackedWidget()
        # the start page's natural width must not keep the window from a small screen
        self.stack.setMinimumSize(360, 280)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)

        self._build_docks()
        self._docks_right_to_left = self.isRightToLeft()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status()
        self._leave_presentation = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._leave_presentation.setContext(Qt.ShortcutContext.WindowShortcut)
        self._leave_presentation.activated.connect(self.toggle_presentation)
        self._leave_presentation.setEnabled(False)
        #: F6 / Shift+F6 through canvas and panels, Esc from a panel back to the map
        self.keys = PanelKeys(
            self, lambda: (tab.canvas if (tab := self.current_tab()) is not None
                           and self.stack.currentWidget() is self.tabs else None),
            self.docks,
        )
        self._restore_window()
        self.show_start_page()
        self._current_changed(-1)
        for dock in self.docks():  # a dock shown from the menu on the start page
            dock.visibilityChanged.connect(self._dock_shown)

    # ==================================================================== building
    def _dock(self, title: str, name: str, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        """The docks, still empty: their panels (and with them the model, the canvas and
        the comparison code) are made when first needed, when a map opens or a dock is
        shown, so the start page comes up without them (``_made_panels``)."""
        right = Qt.DockWidgetArea.RightDockWidgetArea
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        # the panels sit at the end of the reading direction, the outline at its start
        # (a right-to-left editor mirrors them, as it mirrors the menus and forms)
        if self.isRightToLeft():
            right, left = left, right
        self._panels: _Panels | None = None
        self.inspector_dock = self._dock(translate("MainWindow", "Inspector"), "inspectorDock", right)
        self.personas_dock = self._dock(translate("MainWindow", "Personas"), "personasDock", right)
        self.map_dock = self._dock(translate("MainWindow", "Map"), "mapDock", right)
        self.outline_dock = self._dock(translate("MainWindow", "Outline"), "outlineDock", left)
        self.conflicts_dock = self._dock(translate("MainWindow", "Conflicts"), "conflictsDock", right)
        self.tabifyDockWidget(self.inspector_dock, self.personas_dock)
        self.tabifyDockWidget(self.personas_dock, self.map_dock)
        self.tabifyDockWidget(self.map_dock, self.conflicts_dock)
        self.conflicts_dock.hide()  # shown when a map with merge conflicts is current
        self.inspector_dock.raise_()
        self.comparison_dock = self._dock(translate("MainWindow", "Comparison"), "comparisonDock", left)
        self.tabifyDockWidget(self.outline_dock, self.comparison_dock)
        self.comparison_dock.hide()  # shown by View › Compare with…
        self.outline_dock.raise_()
        self.priorities_dock = self._dock(translate("MainWindow", "Priorities"), "prioritiesDock", right)
        self.tabifyDockWidget(self.conflicts_dock, self.priorities_dock)
        self.priorities_dock.hide()  # View › Panels › Priorities
        self.inspector_dock.raise_()

    def _made_panels(self) -> _Panels:
        """The panels in the docks, made and wired on the first call."""
        if self._panels is not None:
            return self._panels
        from .comparing import Comparer
        from .panels.comparison import ComparisonPanel
        from .panels.conflicts import ConflictsPanel
        from .panels.inspector import Inspector
        from .panels.map_panel import MapPanel
        from .panels.outline import OutlinePanel
        from .panels.personas import PersonasPanel
        from .panels.priorities import PrioritiesPanel

        comparison = ComparisonPanel()
        panels = _Panels(
            inspector=Inspector(self.dialogs.choose_color),
            personas=PersonasPanel(self.dialogs.choose_color,
                                   lambda: self.settings.emotion_scale,
                                   self._choose_photo, self._map_folder),
            map_panel=MapPanel(),
            outline=OutlinePanel(),
            conflicts=ConflictsPanel(),
            comparison=comparison,
            priorities=PrioritiesPanel(),
            comparer=Comparer(comparison, lambda: self.dialogs, self.current_tab,
                              self.show_message, self._reveal_comparison, self),
        )
        self._panels = panels
        panels.map_panel.saved_to_file = lambda: bool((tab := self.current_tab()) and tab.path)
        for dock, widget in ((self.inspector_dock, panels.inspector),
                             (self.personas_dock, panels.personas),
                             (self.map_dock, panels.map_panel),
                             (self.outline_dock, panels.outline),
                             (self.conflicts_dock, panels.conflicts),
                             (self.comparison_dock, panels.comparison),
                             (self.priorities_dock, panels.priorities)):
            dock.setWidget(widget)
        for panel in (panels.inspector, panels.personas, panels.map_panel, panels.outline,
                      panels.conflicts):
            panel.message.connect(self.show_message)
        for jumping in (panels.outline, panels.inspector, panels.conflicts,
                        panels.comparison, panels.priorities):
            jumping.jump.connect(self._jump)
        panels.conflicts.countChanged.connect(self._conflicts_counted)
        self._panels_follow(self.current_tab())
        return panels

    def _dock_shown(self, visible: bool) -> None:
        if visible:
            self._made_panels()

    @property
    def inspector(self) -> Inspector:
        return self._made_panels().inspector

    @property
    def personas(self) -> PersonasPanel:
        return self._made_panels().personas

    @property
    def map_panel(self) -> MapPanel:
        return self._made_panels().map_panel

    @property
    def outline(self) -> OutlinePanel:
        return self._made_panels().outline

    @property
    def conflicts(self) -> ConflictsPanel:
        return self._made_panels().conflicts

    @property
    def comparison(self) -> ComparisonPanel:
        return self._made_panels().comparison

    @property
    def priorities(self) -> PrioritiesPanel:
        return self._made_panels().priorities

    @property
    def comparer(self) -> Comparer:
        return self._made_panels().comparer

    def _action(
        self,
        text: str,
        slot: Callable | None = None,
        shortcut=None,
        tip: str = "",
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.setCheckable(checkable)
        if slot is not None:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = self._action
        self.act_new = a(translate("MainWindow", "&New Map"), self.files.new_map, K.New, translate("MainWindow", "Start a new customer journey: five stages and the usual lanes"))
        self.act_new_blueprint = a(translate("MainWindow", "New Service &Blueprint"), self.files.new_blueprint, None,
                                   translate("MainWindow", "Start a service blueprint: customer actions over the "
                                             "frontstage, backstage and support layers"))
        self.act_new_blank = a(translate("MainWindow", "New &Empty Map"), self.files.new_blank_map, None,
                               translate("MainWindow", "Start a map with no stages, lanes or curves"))
        self.act_open = a(translate("MainWindow", "&Open…"), self.files.open_dialog, K.Open, translate("MainWindow", "Open a map file"))
        self.act_save = a(translate("MainWindow", "&Save"), self.files.save, K.Save, translate("MainWindow", "Save the map"))
        self.act_save_as = a(translate("MainWindow", "Save &As…"), self.files.save_as, K.SaveAs, translate("MainWindow", "Save the map under a new name"))
        self.act_revert = a(translate("MainWindow", "&Revert to Saved"), self.files.revert, None, translate("MainWindow", "Drop unsaved changes"))
        self.act_import_csv = a(translate("MainWindow", "Import &CSV or Excel…"), self.files.import_csv, None,
                                translate("MainWindow", "Open cards or a whole map from a spreadsheet"))
        self.act_export_csv = a(translate("MainWindow", "Export C&SV…"), self.files.export_csv, None, translate("MainWindow", "Write the cards to a CSV file"))
        self.act_export = a(
            translate("MainWindow", "&Export Poster…"), self.files.export_poster, QKeySequence("Ctrl+E"), translate("MainWindow", "Export a PDF poster")
        )
        self.act_export.setEnabled(False)
        self.act_page_setup = a(translate("MainWindow", "Page Set&up…"), self.printing.page_setup, None,
                                translate("MainWindow", "Printer, paper, orientation and margins for printing"))
        self.act_print = a(translate("MainWindow", "&Print…"), self.printing.print_map, K.Print,
                           translate("MainWindow", "Print the poster on one page of the printer's paper"))
        self.act_print_tiled = a(translate("MainWindow", "Print &Tiled…"), lambda: self.printing.print_map(tiled=True), None,
                                 translate("MainWindow", "Print the poster across several sheets to tape together"))
        self.act_close = a(translate("MainWindow", "&Close Map"), self.files.close_current, K.Close, translate("MainWindow", "Close this map"))
        self.act_quit = a(translate("MainWindow", "&Quit"), self.close, K.Quit, translate("MainWindow", "Quit cjdesigner"))
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.act_undo = self.undo_group.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.act_undo.setShortcuts(K.Undo)
        self.act_redo = self.undo_group.createRedoAction(self, translate("MainWindow", "&Redo"))
        self.act_redo.setShortcuts(K.Redo)
        self.act_cut = a(translate("MainWindow", "Cu&t"), lambda: self.edit.run_edit(CUT), K.Cut)
        self.act_copy = a(translate("MainWindow", "&Copy"), lambda: self.edit.run_edit(COPY), K.Copy)
        self.act_paste = a(translate("MainWindow", "&Paste"), lambda: self.edit.run_edit(PASTE), K.Paste)
        self.act_delete = a(translate("MainWindow", "&Delete"), lambda: self.edit.run_edit(DELETE), K.Delete)
        self.act_duplicate = a(
            translate("MainWindow", "D&uplicate"), lambda: self.edit.run_edit(DUPLICATE), QKeySequence("Ctrl+D")
        )
        self.act_vote = a(translate("MainWindow", "Add a &Vote"), lambda: self.edit.vote(1), QKeySequence("Ctrl+Shift+Up"),
                          translate("MainWindow", "One more vote for each selected card"))
        self.act_unvote = a(translate("MainWindow", "Take Back a V&ote"), lambda: self.edit.vote(-1),
                            QKeySequence("Ctrl+Shift+Down"), translate("MainWindow", "One vote less for each selected card"))
        self.act_select_all = a(translate("MainWindow", "Select &All"), lambda: self.edit.run_edit(SELECT_ALL), K.SelectAll)
        self.act_find = a(translate("MainWindow", "&Find and Filter…"), self.edit.find, K.Find, translate("MainWindow", "Find cards; filter by channel, owner, tag or evidence"))
        self.act_find_next = a(translate("MainWindow", "Find &Next"), lambda: self.edit.find_step(1), K.FindNext)
        self.act_find_prev = a(translate("MainWindow", "Find Pre&vious"), lambda: self.edit.find_step(-1), K.FindPrevious)
        self.act_prefs = a(translate("MainWindow", "Pr&eferences…"), self.preferences, K.Preferences)
        self.act_prefs.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.act_zoom_in = a(translate("MainWindow", "Zoom &In"), lambda: self.edit.zoom_by(1.25), K.ZoomIn)
        self.act_zoom_out = a(translate("MainWindow", "Zoom &Out"), lambda: self.edit.zoom_by(0.8), K.ZoomOut)
        self.act_zoom_100 = a(translate("MainWindow", "&Actual Size"), lambda: self.edit.on_canvas(lambda canvas: canvas.zoom_to(1.0)), QKeySequence("Ctrl+1"))
        self.act_fit = a(translate("MainWindow", "&Fit Map"), lambda: self.edit.on_canvas(lambda canvas: canvas.fit_all()), QKeySequence("Ctrl+0"))
        self.act_full = a(translate("MainWindow", "F&ull Screen"), self._toggle_full_screen, K.FullScreen, checkable=True)
        self.act_present = a(
            translate("MainWindow", "&Presentation Mode"), self.toggle_presentation, QKeySequence("F5"),
            translate("MainWindow", "The map alone, full screen, for a projector (Esc or F5 to leave)"), checkable=True,
        )
        self.act_timer_stop = a(translate("MainWindow", "&Stop Timer"), lambda: self.timer.stop())

        self.act_add_card = a(translate("MainWindow", "&Card"), self.edit.add_card, QKeySequence("Ctrl+Return"), translate("MainWindow", "Add a card in the current cell"))
        self.act_add_stage = a(translate("MainWindow", "&Stage"), self.edit.add_stage, QKeySequence("Ctrl+Shift+T"), translate("MainWindow", "Add a stage after the selected one"))
        self.act_add_step = a(translate("MainWindow", "S&tep"), self.edit.add_step, QKeySequence("Ctrl+Shift+P"), translate("MainWindow", "Add a step after the selected one"))
        self.act_add_lane = a(translate("MainWindow", "&Lane"), self.edit.add_lane, QKeySequence("Ctrl+Shift+L"), translate("MainWindow", "Add a lane below the selected one"))
        self.act_add_curve = a(translate("MainWindow", "&Emotion Curve"), self.edit.add_curve, None, translate("MainWindow", "Add another emotion curve"))
        self.act_add_persona = a(translate("MainWindow", "&Persona"), self.edit.add_persona, None, translate("MainWindow", "Add a persona"))

        # the menu shows the first key; Ctrl+Tab and Ctrl+Shift+Tab work as well (Qt
        # names the latter "Ctrl+Shift+Backtab", which no menu should show)
        self.act_next_map = a(translate("MainWindow", "&Next Map"), lambda: self._cycle(1),
                              [QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
        self.act_prev_map = a(translate("MainWindow", "&Previous Map"), lambda: self._cycle(-1),
                              [QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Backtab")])
        self.act_start = a(translate("MainWindow", "&Start Page"), self.show_start_page, None, translate("MainWindow", "Recent files, templates and recovered work"))
        self.act_shortcuts = a(translate("MainWindow", "&Keyboard Shortcuts"), self.show_shortcuts, K.HelpContents)
        self.act_about = a(translate("MainWindow", "&About {APP_NAME}").format(APP_NAME=APP_NAME), self.about)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about_qt = a(translate("MainWindow", "About &Qt"), self._about_qt)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        self.act_compare_file = a(translate("MainWindow", "Compare with &File…"), lambda: self.comparer.with_file(),
                                  tip=translate("MainWindow", "Mark what changed against another map file"))
        self.act_compare_saved = a(translate("MainWindow", "Compare with &Last Saved"), lambda: self.comparer.with_saved(),
                                   tip=translate("MainWindow", "Mark what changed since the map was last saved"))
        self.act_compare_stop = a(translate("MainWindow", "Stop &Comparing"), lambda: self.comparer.stop())
        self.act_future = a(translate("MainWindow", "Create &Future State"), self.create_future_state,
                            tip=translate("MainWindow", "A future-state map made from this one, compared with it"))
        self.act_comparison_map = a(
            translate("MainWindow", "Open Comparison &Map"), self.open_comparison_map,
            tip=translate("MainWindow", "Both versions step by step in one map (Now and Future lanes), to print"),
        )

        if importlib.util.find_spec("cjdesigner.ui.export_dialog") is not None:
            self._export_available = True
        else:
            self._export_available = False
            self.act_export.setToolTip(translate("MainWindow", "Poster export is not installed"))

        self.doc_actions = [
            self.act_save, self.act_save_as, self.act_revert, self.act_export_csv, self.act_close,
            self.act_print, self.act_print_tiled,
            self.act_cut, self.act_copy, self.act_paste, self.act_delete, self.act_duplicate,
            self.act_select_all, self.act_vote, self.act_unvote, self.act_find, self.act_find_next, self.act_find_prev,
            self.act_zoom_in, self.act_zoom_out, self.act_zoom_100, self.act_fit,
            self.act_add_card, self.act_add_stage, self.act_add_step, self.act_add_lane,
            self.act_add_curve, self.act_add_persona, self.act_next_map, self.act_prev_map,
            self.act_compare_file, self.act_compare_saved,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(translate("MainWindow", "&File"))
        file.addAction(self.act_new)
        file.addAction(self.act_new_blueprint)
        file.addAction(self.act_new_blank)
        self.template_menu = file.addMenu(translate("MainWindow", "New from &Template"))
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        file.addAction(self.act_open)
        self.recent_menu = file.addMenu(translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file.addSeparator()
        file.addAction(self.act_save)
        file.addAction(self.act_save_as)
        file.addAction(self.act_revert)
        file.addSeparator()
        file.addAction(self.act_import_csv)
        file.addAction(self.act_export)
        self.export_menu = file.addMenu(translate("MainWindow", "Export &As"))
        self.export_menu.aboutToShow.connect(self.files.fill_export_menu)  # filled when opened
        file.addSeparator()
        file.addAction(self.act_page_setup)
        file.addAction(self.act_print)
        file.addAction(self.act_print_tiled)
        file.addSeparator()
        file.addAction(self.act_close)
        file.addAction(self.act_quit)

        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        for action in (self.act_undo, self.act_redo, None, self.act_cut, self.act_copy,
                       self.act_paste, self.act_delete, self.act_duplicate, None,
                       self.act_vote, self.act_unvote, None, self.act_select_all, None, self.act_find, self.act_find_next,
                       self.act_find_prev, None, self.act_prefs):
            edit.addSeparator() if action is None else edit.addAction(action)

        view = bar.addMenu(translate("MainWindow", "&View"))
        for action in (self.act_zoom_in, self.act_zoom_out, self.act_zoom_100, self.act_fit):
            view.addAction(action)
        view.addSeparator()
        self.panels_menu = view.addMenu(translate("MainWindow", "&Panels"))
        for dock in (self.inspector_dock, self.personas_dock, self.map_dock, self.outline_dock,
                     self.conflicts_dock, self.comparison_dock, self.priorities_dock):
            self.panels_menu.addAction(dock.toggleViewAction())
        view.addSeparator()
        self.compare_menu = view.addMenu(translate("MainWindow", "Co&mpare"))
        for action in (self.act_compare_saved, self.act_compare_file, self.act_compare_stop,
                       None, self.act_future, self.act_comparison_map):
            self.compare_menu.addSeparator() if action is None else \
                self.compare_menu.addAction(action)
        self.compare_menu.aboutToShow.connect(self._compare_menu_shown)
        view.addSeparator()
        self.timer_menu = view.addMenu(translate("MainWindow", "Workshop &Timer"))
        self._timer_actions: dict[int, QAction] = {}
        for minutes in (2, 5, 10, 15, 25):

            def start(m: int = minutes) -> None:  # the timer is made later
                self.timer.start(m)

            self._timer_actions[minutes] = self.timer_menu.addAction("", start)
        self._name_timer_actions()
        self.timer_menu.addSeparator()
        self.timer_menu.addAction(self.act_timer_stop)
        self.timer_menu.aboutToShow.connect(
            lambda: self.act_timer_stop.setEnabled(self._timer is not None and self._timer.running())
        )
        view.addSeparator()
        view.addAction(self.act_present)
        view.addAction(self.act_full)
        self.view_menu = view

        insert = bar.addMenu(translate("MainWindow", "&Insert"))
        for action in (self.act_add_card, None, self.act_add_stage, self.act_add_step,
                       self.act_add_lane, None, self.act_add_curve, self.act_add_persona):
            insert.addSeparator() if action is None else insert.addAction(action)

        bar.addMenu(self.room.menu)

        self.window_menu = bar.addMenu(translate("MainWindow", "&Window"))
        self.window_menu.aboutToShow.connect(self._fill_window_menu)
        self._fill_window_menu()

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.act_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)
        self.menus = {"file": file, "edit": edit, "view": view, "insert": insert,
                      "share": self.room.menu, "window": self.window_menu, "help": help_menu}

    def _name_timer_actions(self) -> None:
        for minutes, action in self._timer_actions.items():
            action.setText(translate("MainWindow", "{minutes} minutes").format(minutes=minutes))
            action.setStatusTip(translate("MainWindow", "Count down {minutes} minutes in the status bar").format(minutes=minutes))

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainWindow", "Toolbar"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new, self.act_open, self.act_save, None, self.act_undo,
                       self.act_redo, None, self.act_add_card, self.act_add_step,
                       self.act_add_lane, self.act_vote, None, self.act_zoom_out):
            bar.addSeparator() if action is None else bar.addAction(action)
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(52)
        bar.addWidget(self.zoom_label)
        for action in (self.act_zoom_in, self.act_fit, None, self.act_find, self.act_export):
            bar.addSeparator() if action is None else bar.addAction(action)
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.view_menu.insertAction(self.act_full, bar.toggleViewAction())
        # shorter labels on the toolbar than in the menus
        self._toolbar_texts = {
            self.act_add_card: translate("Toolbar", "Card"),
            self.act_add_step: translate("Toolbar", "Step"),
            self.act_add_lane: translate("Toolbar", "Lane"),
            self.act_zoom_in: "+", self.act_zoom_out: "−",
            self.act_fit: translate("Toolbar", "Fit"),
            self.act_find: translate("Toolbar", "Find"),
            self.act_export: translate("Toolbar", "Export"),
            self.act_new: translate("Toolbar", "New"),
            self.act_open: translate("Toolbar", "Open"),
            self.act_save: translate("Toolbar", "Save"),
            self.act_undo: translate("Toolbar", "Undo"),
            self.act_redo: translate("Toolbar", "Redo"),
            self.act_vote: translate("Toolbar", "+1 Vote"),
        }
        for action, text in self._toolbar_texts.items():
            action.setIconText(text)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.selection_label = QLabel("")
        self.selection_label.setObjectName("selectionLabel")
        self.status_zoom = QLabel("")
        self.status_zoom.setObjectName("statusZoom")
        self.save_state_label = QLabel("")
        self.save_state_label.setObjectName("saveState")
        status.addPermanentWidget(self.save_state_label)
        status.addPermanentWidget(self.selection_label)
        status.addPermanentWidget(self.status_zoom)

    # ==================================================================== the room
    @property
    def room_state(self) -> RoomState:
        """The room's facilitation state (timer, spotlight, votes, private mode, inbox,
        lock), made when first needed: a session, the presentation, the workshop timer.
        Its values are pydantic models, which a cold start does without (issue 18)."""
        if self._room_state is None:
            from .room_state import RoomState
            from .workshop import WorkshopTimer

            self._room_state = RoomState(parent=self)
            timer = WorkshopTimer(self._room_state)
            timer.finished.connect(lambda: self.show_message(translate("MainWindow", "Time’s up")))
            self.statusBar().insertPermanentWidget(0, timer)
            self._timer = timer
        return self._room_state

    @property
    def timer(self) -> WorkshopTimer:
        """The workshop timer in the status bar (a view of ``room_state``'s countdown)."""
        if self._timer is None:
            self.room_state  # noqa: B018 - makes the timer with it
        assert self._timer is not None
        return self._timer

    @property
    def presenter(self) -> Presenter:
        """Presentation mode's controls (made when the window first presents)."""
        if self._presenter is None:
            from .presenting import Presenter

            self._presenter = Presenter(self, self.room_state, self.current_tab,
                                        self._edit_actions, self._set_undo_active)
        return self._presenter

    # ==================================================================== files
    # The window's public entry points (the app, tests, the desktop); the work is in
    # ``self.files``.
    def new_map(self) -> DocumentTab:
        return self.files.new_map()

    def open_path(self, path: str) -> DocumentTab | None:
        return self.files.open_path(path)

    def save(self, tab: DocumentTab | None = None) -> bool:
        return self.files.save(tab)

    def save_as(self, tab: DocumentTab | None = None) -> bool:
        return self.files.save_as(tab)

    def close_tab(self, index: int) -> bool:
        return self.files.close_tab(index)

    def import_csv(self, path: str | None = None) -> DocumentTab | None:
        return self.files.import_csv(path)

    def export_as(self, format_id: str) -> bool:
        return self.files.export_as(format_id)

    def autosave_all(self) -> list[str]:
        return self.files.autosave_all()

    def offer_recovery(self) -> list[RecoveredMap]:
        return self.files.offer_recovery()

    def restore(self, entry: RecoveredMap) -> DocumentTab | None:
        return self.files.restore(entry)

    def run_long(self, title: str, job: Callable[[Progress | None], T], long: bool,
                 interruptible: bool = False) -> T:
        """``job(progress)`` in a worker thread with a progress bar and Cancel when
        ``long``, else ``job(None)`` right here. Raises ``Cancelled`` when cancelled."""
        if not long:
            return job(None)
        from .long_task import run_with_progress

        return run_with_progress(self, title, job, self.progress_delay_ms,
                                 interruptible=interruptible)

    # ==================================================================== tabs
    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        if widget is None:
            return None
        from .document_tab import DocumentTab

        return widget if isinstance(widget, DocumentTab) else None

    def all_tabs(self) -> list[DocumentTab]:
        if not self.tabs.count():
            return []
        from .document_tab import DocumentTab

        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), DocumentTab)]

    def _add_tab(self, doc: JourneyMap, path: str | None) -> DocumentTab:
        from .document_tab import DocumentTab, default_canvas

        tab = DocumentTab(
            doc, path, self.store, self.canvas_factory or default_canvas,
            self.autosave_idle_ms, self.autosave_max_ms,
        )
        self.undo_group.addStack(tab.controller.undo_stack)
        tab.modifiedChanged.connect(lambda _m, t=tab: self._tab_state_changed(t))
        tab.titleChanged.connect(lambda t=tab: self._tab_state_changed(t))
        tab.selectionChanged.connect(lambda s, t=tab: self._selection_changed(t, s))
        tab.zoomChanged.connect(lambda z, t=tab: self._zoom_changed(t, z))
        tab.message.connect(self.show_message)
        tab.canvas.setAcceptDrops(False)  # files dropped on the map go to the window
        tab.canvas.viewport().setAcceptDrops(False)
        if hasattr(tab.canvas, "ask_colour"):  # one colour dialog for the whole app
            tab.canvas.ask_colour = lambda colour: self.dialogs.choose_color(colour)
        tab.autosaver.written.connect(lambda when, t=tab: self._autosaved(t, when))
        tab.autosaver.too_large.connect(lambda why, t=tab: self._too_large_to_keep(t, why))
        index = self.tabs.addTab(tab, tab.display_name())
        close = QToolButton()
        close.setObjectName("tabClose")
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(translate("MainWindow", "Close map"))
        close.setAccessibleName(translate("MainWindow", "Close {name}").format(name=tab.display_name()))
        close.clicked.connect(lambda _c=False, t=tab: self.files.close_tab(self.tabs.indexOf(t)))
        self.tabs.tabBar().setTabButton(index, QTabBar.ButtonPosition.RightSide, close)
        self._set_page(self.tabs)
        self.tabs.setCurrentIndex(index)
        self._tab_state_changed(tab)
        QTimer.singleShot(30, tab, lambda t=tab: self._initial_fit(t))
        return tab

    READABLE_ZOOM = 0.6  # below this, card text turns into grey bars

    def _initial_fit(self, tab: DocumentTab) -> None:
        """Show the whole map if it is readable that way; else its start, readable."""
        if self.tabs.indexOf(tab) < 0:
            return
        canvas = tab.canvas
        canvas.setFocus()  # arrows, Enter and shortcuts go to the map straight away
        canvas.fit_all()
        zoom = canvas.zoom_factor()
        if zoom > 1.0:
            canvas.zoom_to(1.0)
        elif zoom < self.READABLE_ZOOM:
            canvas.zoom_to(self.READABLE_ZOOM)
            canvas.show_start()

    def _tab_state_changed(self, tab: DocumentTab) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        name = tab.display_name() + (translate("MainWindow", " (read-only)") if tab.read_only else "")
        self.tabs.setTabText(index, f"{name} •" if tab.is_modified() else name)
        self.tabs.setTabToolTip(index, tab.path or translate("MainWindow", "Not saved yet"))
        if tab is self.current_tab():
            self._update_title()

    def _autosaved(self, tab: DocumentTab, when: float) -> None:
        tab.autosaved_at = when
        if tab is self.current_tab():
            self._update_save_state()

    def _too_large_to_keep(self, tab: DocumentTab, why: str) -> None:
        """Edits made the map too large to be opened again: say so while it is open."""
        self.dialogs.error(
            translate("MainWindow", "Map too large to keep safe"),
            translate("MainWindow", "{display_name} is now {why}.\n\nNeither a save nor the recovery copy could be opened again. Remove cards (or move some to another map) before you close it; exports still work.").format(display_name=tab.display_name(), why=why),
        )

    def _update_save_state(self) -> None:
        import time

        tab = self.current_tab()
        if tab is None or self.stack.currentWidget() is self.start_page:
            self.save_state_label.setText("")
        elif not tab.is_modified():
            self.save_state_label.setText(translate("MainWindow", "All changes saved") if tab.path else "")
        elif getattr(tab, "autosaved_at", None):
            stamp = time.strftime("%H:%M", time.localtime(tab.autosaved_at))
            self.save_state_label.setText(translate("MainWindow", "Unsaved · recovery copy {stamp}").format(stamp=stamp))
            self.save_state_label.setToolTip(
                translate("MainWindow", "cjdesigner keeps a copy of unsaved work and offers it back after a crash")
            )
        else:
            self.save_state_label.setText(translate("MainWindow", "Unsaved changes"))

    def _update_title(self) -> None:
        self._update_save_state()
        tab = self.current_tab()
        if tab is None or self.stack.currentWidget() is self.start_page:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        read_only = translate("MainWindow", " (read-only)") if tab.read_only else ""
        self.setWindowTitle(f"{tab.display_name()}{read_only}[*] — {APP_NAME}")
        self.setWindowModified(tab.is_modified())

    def _current_changed(self, _index: int) -> None:
        tab = self.current_tab()
        if tab is not None:
            self.undo_group.setActiveStack(tab.controller.undo_stack)
        if tab is not None or self._panels is not None:
            self._panels_follow(tab)
        has = tab is not None
        for action in self.doc_actions:
            action.setEnabled(has)
        self.act_export.setEnabled(has and self._export_available)
        self.act_revert.setEnabled(has and bool(tab and tab.path))
        if tab is not None:
            self.inspector.set_selection(tab.selection)
            self._selection_changed(tab, tab.selection)
            zoom = tab.canvas.zoom_factor() if hasattr(tab.canvas, "zoom_factor") else 1.0
            self._zoom_changed(tab, zoom)
        else:
            self.selection_label.setText("")
            self.status_zoom.setText("")
            self.zoom_label.setText("—")
        self._update_title()

    def _panels_follow(self, tab: DocumentTab | None) -> None:
        """The panels show ``tab``'s map (the current one), or nothing."""
        panels = self._made_panels()
        controller = tab.controller if tab else None
        for panel in (panels.inspector, panels.personas, panels.map_panel, panels.outline,
                      panels.conflicts, panels.priorities):
            panel.set_controller(controller)
        panels.outline.set_selection_model(tab.selection_model if tab else None)
        panels.comparer.show_current()

    def _selection_changed(self, tab: DocumentTab, selection: Selection) -> None:
        if tab is not self.current_tab():
            return
        self.inspector.set_selection(selection)
        n = len(selection.cards)
        if n:
            text = QCoreApplication.translate("MainWindow", "%n card(s) selected", None, n)
        elif selection.count():
            kind = next(k for k in ("curve", "step", "stage", "lane") if getattr(selection, k))
            text = {
                "curve": translate("MainWindow", "Emotion curve selected"),
                "step": translate("MainWindow", "Step selected"),
                "stage": translate("MainWindow", "Stage selected"),
                "lane": translate("MainWindow", "Lane selected"),
            }[kind]
        else:
            text = translate("MainWindow", "Nothing selected")
        self.selection_label.setText(text)
        if n and not self.inspector_dock.isHidden():
            self.inspector_dock.raise_()

    def _zoom_changed(self, tab: DocumentTab, zoom: float) -> None:
        if tab is not self.current_tab():
            return
        text = f"{round(zoom * 100)} %"
        self.zoom_label.setText(text)
        self.status_zoom.setText(translate("MainWindow", "Zoom {text}").format(text=text))

    def _jump(self, kind: str, ident: str) -> None:
        tab = self.current_tab()
        if tab is None:
            return
        tab.canvas.ensure_visible(kind, ident)
        tab.canvas.select(Selection(cards=(ident,)) if kind == "card" else
                          Selection.of(kind, ident))

    def _compare_menu_shown(self) -> None:
        comparing = self._panels is not None and self.comparer.comparing(self.current_tab())
        self.act_compare_stop.setEnabled(comparing)
        self.act_comparison_map.setEnabled(comparing)

    def create_future_state(self) -> DocumentTab | None:
        """A new tab with a future state grown from the current map, compared with it."""
        from cjdesigner.compare.future import future_state

        tab = self.current_tab()
        if tab is None:
            return None
        current = tab.controller.doc.model_copy(deep=True)
        future = self._add_tab(future_state(current), None)
        if future is not None:
            self.comparer.start_with(future, current, "the current state")
        return future

    def open_comparison_map(self) -> DocumentTab | None:
        """A new tab showing the map and what it is compared with, step by step."""
        from cjdesigner.compare.future import comparison_map

        tab = self.current_tab()
        base = self.comparer.base_of(tab)
        if tab is None or base is None:
            self.show_message(translate("MainWindow", "Compare the map with another version first (View › Compare)."))
            return None
        return self._add_tab(comparison_map(base[0], tab.controller.doc), None)

    def _reveal_comparison(self) -> None:
        self.comparison_dock.show()
        self.comparison_dock.raise_()

    def _conflicts_counted(self, count: int) -> None:
        """A map with merge conflicts brings the conflicts panel forward."""
        if count and self.stack.currentWidget() is self.tabs and self.conflicts_dock.isHidden():
            self.conflicts_dock.show()
            self.conflicts_dock.raise_()

    def show_start_page(self) -> None:
        self.start_page.show_recent(self.settings.recent_files())
        self.start_page.show_recovered(self.store.orphans())
        self.start_page.show_templates()
        self._set_page(self.start_page)
        self._update_title()

    def _show_tabs(self) -> None:
        if self.tabs.count():
            self._set_page(self.tabs)
            self._update_title()

    def docks(self) -> list[QDockWidget]:
        return [self.inspector_dock, self.personas_dock, self.map_dock, self.outline_dock,
                self.conflicts_dock, self.comparison_dock, self.priorities_dock]

    def _set_page(self, page: QWidget) -> None:
        """The start page has the window to itself; the docks come back with the maps."""
        if page is self.stack.currentWidget() and self._page_set:
            return
        self._page_set = True
        self.stack.setCurrentWidget(page)
        if page is self.start_page:
            if self._docks_before_start is None:
                self._docks_before_start = [d for d in self.docks() if not d.isHidden()]
            for dock in self.docks():
                dock.hide()
        elif self._docks_before_start is not None:
            for dock in self._docks_before_start:
                dock.show()
            self._docks_before_start = None
        if page is self.tabs:
            self._conflicts_counted(len(self.conflicts.conflicts()))

    def _cycle(self, delta: int) -> None:
        if self.tabs.count():
            self._show_tabs()
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())

    # ==================================================================== misc
    # ==================================================================== drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        accept_files(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        accept_files(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = dropped_files(event)
        if paths:  # opened once the drop is over: the file manager is not kept waiting
            QTimer.singleShot(0, self, lambda: self.desktop.open_files(paths))

    def _toggle_full_screen(self) -> None:
        # flip only the full-screen flag: a maximised window comes back maximised
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        self.act_full.setChecked(self.isFullScreen())

    def _choose_photo(self, folder: str) -> str:
        """Ask for a persona photo, starting in the map's folder."""
        from .panels.photo import PHOTO_FILTER

        return self.dialogs.open_file(translate("Personas", "Choose a photo"), PHOTO_FILTER,
                                      folder)

    def _map_folder(self) -> Path | None:
        """The current map's folder (relative photo paths are read there); None unsaved."""
        tab = self.current_tab()
        return Path(tab.path).parent if tab is not None and tab.path else None

    def show_message(self, text: str) -> None:
        if self._presenting is not None:
            return  # no status chatter on the projector
        self.statusBar().showMessage(text, 5000)

    def _set_undo_active(self, active: bool) -> None:
        """Undo and Redo off while the presented map is locked, back after."""
        tab = self.current_tab()
        # Qt takes no stack (None) as "none active"; the stubs do not say so
        self.undo_group.setActiveStack(
            tab.controller.undo_stack if active and tab else None  # type: ignore[arg-type]
        )

    def _edit_actions(self) -> list[QAction]:
        """What changes the map from the keyboard: off while a presented map is locked."""
        return [*self.doc_actions, self.act_paste]

    def preferences(self):
        from .settings_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.open()
        return dialog

    def show_shortcuts(self):
        from .help import ShortcutsDialog

        dialog = ShortcutsDialog(self.menus, self)
        dialog.open()
        return dialog

    def about(self) -> None:
        self.dialogs.info(
            translate("MainWindow", "About {APP_NAME}").format(APP_NAME=APP_NAME),
            translate("MainWindow", "{APP_NAME} {version}\n\nCustomer journey maps and service blueprints, made offline, printed as wall-size posters.").format(APP_NAME=APP_NAME, version=__version__),
        )

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_files()
        for i, path in enumerate(recent):
            label = f"&{i + 1}  {Path(path).name}" if i < 9 else Path(path).name
            action = menu.addAction(label)
            action.setStatusTip(path)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
        if not recent:
            empty = menu.addAction(translate("MainWindow", "No recent maps"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "Clear Recent"), self._clear_recent)
        clear.setEnabled(bool(recent))

    def _remove_recent(self, path: str) -> None:
        self.settings.remove_recent(path)
        self.start_page.show_recent(self.settings.recent_files())

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.start_page.show_recent([])

    def _fill_template_menu(self) -> None:
        menu = self.template_menu
        menu.clear()
        from .start_page import _list_templates

        for info in _list_templates():
            action = menu.addAction(info.title)
            action.setStatusTip(info.description)
            action.triggered.connect(lambda _c=False, n=info.name: self.files.new_from_template(n))
        if menu.isEmpty():
            menu.addAction(translate("MainWindow", "No templates installed")).setEnabled(False)

    def _fill_window_menu(self) -> None:
        menu: QMenu = self.window_menu
        menu.clear()
        menu.addAction(self.act_next_map)
        menu.addAction(self.act_prev_map)
        menu.addSeparator()
        group = QActionGroup(menu)
        for i, tab in enumerate(self.all_tabs()):
            action = menu.addAction(f"&{i + 1}  {tab.display_name()}" if i < 9 else tab.display_name())
            action.setCheckable(True)
            action.setChecked(tab is self.current_tab() and self.stack.currentWidget() is self.tabs)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, t=tab: self._activate(t))
        if self.tabs.count():
            menu.addSeparator()
        menu.addAction(self.act_start)

    def _activate(self, tab: DocumentTab) -> None:
        self._show_tabs()
        self.tabs.setCurrentWidget(tab)

    # ==================================================================== window state
    def _restore_window(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 880)
        state = self.settings.window_state()
        self._first_run = state is None
        if state is not None:
            self.restoreState(state)

    def save_window_state(self) -> None:
        if self._presenting is not None:  # remember the working layout, not the projector one
            self.toggle_presentation()
        if self._docks_before_start is not None:  # remember the docks as they are with maps
            self._set_page(self.tabs)
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.sync()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """The language changed (Preferences › Language): the menus, actions, docks and
        panels' fixed texts are said again by :mod:`cjdesigner.ui.retranslate` before
        this runs; here the window writes again what it composed from values (title,
        tabs, status bar, the timer's entries), the panels show the map again, the start
        page and the canvases are redrawn, and the docks change sides when the reading
        direction did."""
        self.act_about.setText(translate("MainWindow", "&About {APP_NAME}").format(APP_NAME=APP_NAME))
        self._name_timer_actions()
        for tab in self.all_tabs():
            self._tab_state_changed(tab)
            tab.canvas.viewport().update()
        if self.stack.currentWidget() is self.start_page:
            self.start_page.show_recent(self.settings.recent_files())
            self.start_page.show_recovered(self.store.orphans())
            self.start_page.show_templates()
        if self._panels is not None or self.current_tab() is not None:
            self._current_changed(self.tabs.currentIndex())
        else:
            self._update_title()
        self._place_docks()

    def _place_docks(self) -> None:
        """Panels at the end of the reading direction, the outline at its start: after a
        change of direction the docks on either side swap (tabbed groups stay together)."""
        right_to_left = self.isRightToLeft()
        if right_to_left == getattr(self, "_docks_right_to_left", right_to_left):
            self._docks_right_to_left = right_to_left
            return
        self._docks_right_to_left = right_to_left
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        swap = {left: right, right: left}
        groups: list[list[QDockWidget]] = []
        for dock in self.docks():
            if dock.isFloating() or self.dockWidgetArea(dock) not in swap:
                continue
            if any(dock in group for group in groups):
                continue
            groups.append([dock, *self.tabifiedDockWidgets(dock)])
        for group in groups:
            area = swap[self.dockWidgetArea(group[0])]
            raised = next((d for d in group if not d.visibleRegion().isEmpty()), group[0])
            hidden = [d for d in group if d.isHidden()]
            for dock in group:
                self.addDockWidget(area, dock)
            for dock in group[1:]:
                self.tabifyDockWidget(group[0], dock)
            for dock in hidden:
                dock.hide()
            raised.raise_()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._first_run:  # sensible dock widths before anything was remembered
            self._first_run = False
            QTimer.singleShot(0, self._default_dock_sizes)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks(
            [self.outline_dock, self.inspector_dock], [210, 330], Qt.Orientation.Horizontal
        )

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.balance_docks)

    def balance_docks(self) -> None:
        """Give the side panels a readable width again when the window has room: a
        window made small squeezes them, and they must not stay squeezed once it grows."""
        width = self.width()
        wanted = {
            self.inspector_dock: max(240, min(360, round(width * 0.24))),
            self.outline_dock: max(170, min(240, round(width * 0.16))),
        }
        docks, sizes = [], []
        for dock, target in wanted.items():
            if dock.isVisible() and not dock.isFloating() and dock.width() < target - 16:
                docks.append(dock)
                sizes.append(target)
        room = self.centralWidget().width() - sum(t - d.width() for d, t in zip(docks, sizes, strict=True))
        if docks and room >= 420:
            self.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)

    # ==================================================================== presenting
    def toggle_presentation(self) -> None:
        """The map alone on the screen: no menus, toolbar, docks or tabs; Esc leaves."""
        if self._presenting is None:
            if self.current_tab() is None:
                self.act_present.setChecked(False)
                return
            self._show_tabs()
            self._presenting = {
                "docks": [d for d in self.docks() if not d.isHidden()],
                "toolbar": not self.toolbar.isHidden(),
                "window_state": self.windowState(),  # maximised stays maximised after
            }
            for dock in self.docks():
                dock.hide()
            self.toolbar.hide()
            self.menuBar().hide()
            self.tabs.tabBar().hide()
            self.statusBar().clearMessage()
            self.statusBar().hide()
            self.showFullScreen()
            self._leave_presentation.setEnabled(True)
            self.act_present.setChecked(True)
            self.presenter.enter(self.tabs)
            self.room.redraw_presence()  # no one else's selection on the projector
            if (shown := self.current_tab()) is not None:  # once the screen is filled
                QTimer.singleShot(50, shown, self.presenter.fit_view)
        else:
            self.presenter.leave()
            state, self._presenting = self._presenting, None
            for dock in state["docks"]:
                dock.show()
            self.toolbar.setVisible(state["toolbar"])
            self.menuBar().show()
            self.tabs.tabBar().show()
            self.statusBar().show()
            self.setWindowState(state["window_state"])
            self._leave_presentation.setEnabled(False)
            self.act_present.setChecked(False)
            self.room.redraw_presence()

    def presenting(self) -> bool:
        return self._presenting is not None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for tab in self.all_tabs():
            if not self.files.settle(tab):
                event.ignore()
                return
        self.save_window_state()
        self.room.close_all()
        for tab in self.all_tabs():
            tab.close_down()
        event.accept()

