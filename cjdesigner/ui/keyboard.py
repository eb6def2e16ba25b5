"""Moving around the window by keyboard: F6 and Shift+F6 go from the canvas to each panel
shown and back, Esc in a panel (when the field there has no use for it) returns to the
canvas. A part of the main window (``window.keys``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget


def first_focusable(container: QWidget) -> QWidget | None:
    """The first widget inside ``container`` that Tab would reach."""
    candidate = container.nextInFocusChain()
    seen = 0
    while candidate is not None and candidate is not container and seen < 5000:
        seen += 1
        if (container.isAncestorOf(candidate) and candidate.isVisible()
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return candidate
        candidate = candidate.nextInFocusChain()
    return None


class PanelKeys(QObject):
    """F6 / Shift+F6 through the canvas and the shown panels; Esc back to the canvas."""

    def __init__(self, window: QMainWindow, canvas: Callable[[], QWidget | None],
                 docks: Callable[[], list[QDockWidget]]) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = canvas
        self.docks = docks
        self.next_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F6), window)
        self.next_shortcut.activated.connect(lambda: self.cycle(1))
        self.previous_shortcut = QShortcut(QKeySequence("Shift+F6"), window)
        self.previous_shortcut.activated.connect(lambda: self.cycle(-1))
        for dock in docks():
            dock.installEventFilter(self)

    def stops(self) -> list[QWidget]:
        """The canvas, then each panel the user can see (tabbed panels: the one in front)."""
        found: list[QWidget] = []
        canvas = self.canvas()
        if canvas is not None and canvas.isVisible():
            found.append(canvas)
        for dock in self.docks():
            body = dock.widget()
            if dock.isVisible() and body is not None and body.isVisible():
                found.append(body)
        return found

    def cycle(self, delta: int) -> None:
        stops = self.stops()
        if not stops:
            return
        focus = QApplication.focusWidget()
        here = next((i for i, stop in enumerate(stops)
                     if focus is not None and (focus is stop or stop.isAncestorOf(focus))), None)
        index = 0 if here is None and delta > 0 else (-1 if here is None else here + delta)
        target = stops[index % len(stops)]
        inner = target if target is self.canvas() else (first_focusable(target) or target)
        inner.setFocus(Qt.FocusReason.OtherFocusReason)

    def to_canvas(self) -> bool:
        canvas = self.canvas()
        if canvas is None or not canvas.isVisible():
            return False
        canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # an Esc no field in the panel used comes up to the dock: back to the map
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and isinstance(watched, QDockWidget)):
            return self.to_canvas()
        return False
