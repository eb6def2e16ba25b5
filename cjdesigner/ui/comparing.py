"""View › Compare with…: the map in a tab against another map file or its last saved
version, kept up to date while the user edits.

The canvas marks added, changed and moved cards and shows each step's emotion change
(``CanvasScene.set_comparison``); the comparison panel lists every change, removed cards
included. Each tab remembers what it is compared with; edits recompute the comparison
a moment after the user pauses (a diff of a 10,000-card map takes a few tenths of a second).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from cjdesigner.compare.comparison import Comparison, compare_maps
from cjdesigner.fileio import LoadError, load
from cjdesigner.model import JourneyMap
from cjdesigner.ui.i18n import said, translate

from .dialogs import Dialogs
from .document_tab import DocumentTab
from .panels.comparison import ComparisonPanel

REFRESH_MS = 300


class Comparer(QObject):
    def __init__(
        self,
        panel: ComparisonPanel,
        dialogs: Callable[[], Dialogs],
        current_tab: Callable[[], DocumentTab | None],
        message: Callable[[str], None],
        reveal: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        # parented to the window: its refresh timer must not outlive the window's tabs
        super().__init__(parent)
        self.panel = panel
        self._dialogs = dialogs
        self._current_tab = current_tab
        self._message = message
        self._reveal = reveal
        self._bases: weakref.WeakKeyDictionary[DocumentTab, tuple[JourneyMap, str]] = (
            weakref.WeakKeyDictionary()
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(lambda: self.refresh())
        panel.stopRequested.connect(self.stop)

    # -- starting and stopping ------------------------------------------------------
    def with_file(self) -> None:
        tab = self._current_tab()
        if tab is None:
            return
        folder = str(Path(tab.path).parent) if tab.path else ""
        path = self._dialogs().open_file(translate("Comparing", "Compare with map"), folder=folder)
        if path:
            self._start(tab, path, Path(path).name)

    def with_saved(self) -> None:
        tab = self._current_tab()
        if tab is None:
            return
        if not tab.path:
            self._message("This map has not been saved yet: there is no saved version.")
            return
        self._start(tab, tab.path, "the last saved version")

    def _start(self, tab: DocumentTab, path: str, label: str) -> None:
        try:
            other = load(path)
        except LoadError as exc:
            self._dialogs().error(translate("Comparing", "Cannot compare"), said(exc))
            return
        self.start_with(tab, other, label)

    def base_of(self, tab: DocumentTab | None) -> tuple[JourneyMap, str] | None:
        """What ``tab`` is compared with, and its label."""
        return self._bases.get(tab) if tab is not None else None

    def start_with(self, tab: DocumentTab, other: JourneyMap, label: str) -> None:
        """Compare ``tab``'s map with ``other`` (a map in memory)."""
        first = tab not in self._bases
        self._bases[tab] = (other, label)
        if first:
            for signal in self._signals(tab):
                signal.connect(self._schedule)
        self.refresh(tab)
        self._reveal()

    def stop(self, tab: DocumentTab | None = None) -> None:
        tab = tab or self._current_tab()
        if tab is None or tab not in self._bases:
            return
        del self._bases[tab]
        for signal in self._signals(tab):
            signal.disconnect(self._schedule)
        tab.canvas.canvas_scene.set_comparison(None)
        self.show_current()

    def _schedule(self, *_args) -> None:
        self._timer.start()

    @staticmethod
    def _signals(tab: DocumentTab) -> list:
        c = tab.controller
        return [c.cardsChanged, c.structureChanged, c.curvesChanged, c.personasChanged,
                c.metaChanged, c.documentReset]

    # -- showing ------------------------------------------------------------------------
    def comparing(self, tab: DocumentTab | None) -> bool:
        return tab is not None and tab in self._bases

    def refresh(self, tab: DocumentTab | None = None, *_args) -> None:
        tab = tab if isinstance(tab, DocumentTab) else self._current_tab()
        if tab is None or tab not in self._bases:
            return
        other, label = self._bases[tab]
        comparison = compare_maps(other, tab.controller.doc, label)
        tab.canvas.canvas_scene.set_comparison(comparison)
        if tab is self._current_tab():
            self.panel.show_comparison(comparison)

    def show_current(self) -> None:
        tab = self._current_tab()
        comparison: Comparison | None = (
            tab.canvas.canvas_scene.comparison if tab is not None else None
        )
        self.panel.show_comparison(comparison)
