"""The selection of one document, shared by the canvas and the panels.

A document tab owns one :class:`SelectionModel`; the canvas writes it (clicks, keys,
edits that prune deleted ids) and the inspector and status bar follow its ``changed``
signal instead of asking the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cjdesigner.ui.selection import Selection


class SelectionModel(QObject):
    """Holds the current :class:`Selection`; ``changed`` carries each new one."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._selection = Selection()
        self._card_set: frozenset[str] = frozenset()

    @property
    def selection(self) -> Selection:
        return self._selection

    def set(self, selection: Selection) -> None:
        """Take ``selection`` and announce it (also when it is unchanged: a click on the
        selected card still tells the panels)."""
        self._selection = selection
        self._card_set = frozenset(selection.cards)
        self.changed.emit(selection)

    # -- read by the canvas items --------------------------------------------------------
    @property
    def cards(self) -> list[str]:
        return list(self._selection.cards)

    @property
    def card_set(self) -> frozenset[str]:
        return self._card_set

    @property
    def cell(self) -> tuple[str, str] | None:
        return self._selection.cell

    @property
    def curve(self) -> str | None:
        return self._selection.curve

    @property
    def header(self) -> tuple[str, str] | None:
        """('stage'|'step'|'lane', id) when a header is selected."""
        s = self._selection
        for kind, ident in (("lane", s.lane), ("step", s.step), ("stage", s.stage)):
            if ident:
                return kind, ident
        return None
