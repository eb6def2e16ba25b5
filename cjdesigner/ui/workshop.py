"""The workshop timer in the status bar: a view of the room's countdown.

View ▸ Workshop Timer sets and starts the same countdown the presentation mode shows in
large (``cjdesigner.ui.presenting``) and a session shares with the phones; the label
reads ``Timer 4:59`` while it runs and hides when stopped.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QLabel

from cjdesigner.facilitation import state as fs
from cjdesigner.facilitation.state import format_clock
from cjdesigner.ui.i18n import translate

from .room_state import RoomState


class WorkshopTimer(QLabel):
    """``Timer 4:59`` in the status bar while the room's countdown runs."""

    finished = Signal()

    def __init__(self, room: RoomState | None = None,
                 clock: Callable[[], float] = time.time, tick_ms: int = 250) -> None:
        super().__init__()
        self.setObjectName("workshopTimer")
        self.room = room if room is not None else RoomState(clock, tick_ms, self)
        self.room.changed.connect(self.tick)
        self.room.ticked.connect(self.tick)
        self.room.finished.connect(self._time_up)
        self._done = False
        self.setToolTip(translate("Workshop", "Workshop timer (View ▸ Workshop Timer)"))
        self.hide()

    def running(self) -> bool:
        countdown = self.room.state.countdown
        return countdown.running() and not countdown.finished(self.room.now())

    def remaining(self) -> float:
        return self.room.state.countdown.remaining(self.room.now())

    def start(self, minutes: float) -> None:
        now = self.room.now()
        self._done = False
        self.room.update(lambda s: fs.start_timer(fs.set_timer(s, minutes * 60), now))
        self.tick()

    def stop(self) -> None:
        self._done = False
        self.room.update(fs.reset_timer)
        self.hide()

    def tick(self) -> None:
        if self.running():
            self._done = False
            self.setProperty("done", False)
            self.setText(translate("Workshop", "Timer {time}").format(time=format_clock(self.remaining())))
            self._repolish()
            self.show()
        elif not self._done:
            self.hide()

    def _time_up(self) -> None:
        if self._done:
            return
        self._done = True
        self.setText(translate("Workshop", "Time’s up"))
        self.setProperty("done", True)
        self._repolish()
        self.show()
        QApplication.beep()
        self.finished.emit()

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
