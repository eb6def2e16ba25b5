"""For facilitators in the room: a session timer and a presentation mode.

The timer counts down in the status bar (a "dot-voting: 5 minutes" round); the
presentation mode gives the map the whole screen for a projector.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel


def format_seconds(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class WorkshopTimer(QLabel):
    """A countdown shown as ``Timer 04:59``; hidden while not running."""

    finished = Signal()

    def __init__(self, clock: Callable[[], float] = time.monotonic, tick_ms: int = 250) -> None:
        super().__init__()
        self.setObjectName("workshopTimer")
        self.clock = clock
        self._ends_at: float | None = None
        self._ticker = QTimer(self, interval=tick_ms)
        self._ticker.timeout.connect(self.tick)
        self.setToolTip("Workshop timer (View ▸ Workshop Timer)")
        self.hide()

    def running(self) -> bool:
        return self._ends_at is not None

    def remaining(self) -> float:
        return 0.0 if self._ends_at is None else max(0.0, self._ends_at - self.clock())

    def start(self, minutes: float) -> None:
        self._ends_at = self.clock() + minutes * 60
        self.setProperty("done", False)
        self._repolish()
        self._ticker.start()
        self.show()
        self.tick()

    def stop(self) -> None:
        self._ends_at = None
        self._ticker.stop()
        self.hide()

    def tick(self) -> None:
        if self._ends_at is None:
            return
        left = self.remaining()
        if left <= 0:
            self._ends_at = None
            self._ticker.stop()
            self.setText("Time’s up")
            self.setProperty("done", True)
            self._repolish()
            QApplication.beep()
            self.finished.emit()
            return
        self.setText(f"Timer {format_seconds(left)}")

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
