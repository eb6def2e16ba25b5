"""The facilitation state of the window's room, as a Qt object the views listen to.

It holds one :class:`~cjdesigner.facilitation.Facilitation` value (timer, spotlight, vote
round, private mode, inbox, lock) and replaces it whole on every change; the views
(the presentation overlay, the status bar's timer) repaint on ``changed``. A session
(``cjdesigner.room``) may replace the value from its shared document (``replace``) and
listen to ``changed`` to write it back. The clock is wall-clock seconds, replaceable in
tests; a ticker runs only while the countdown does.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from cjdesigner.facilitation import Facilitation, FacilitationError


class RoomState(QObject):
    #: the state was replaced (by a control here or by the session)
    changed = Signal()
    #: the countdown reached zero
    finished = Signal()
    #: a second went by on a running countdown (views redraw the clock)
    ticked = Signal()
    #: a control could not be applied: the sentence says why
    refused = Signal(str)

    def __init__(self, clock: Callable[[], float] = time.time, tick_ms: int = 250,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.state = Facilitation()
        self._was_running = False
        self._was_timed = False
        self._ticker = QTimer(self, interval=tick_ms)
        self._ticker.timeout.connect(self.tick)

    def now(self) -> float:
        return self.clock()

    def update(self, change: Callable[[Facilitation], Facilitation]) -> bool:
        """Apply ``change`` to the state; a refusal is announced on ``refused``."""
        try:
            new = change(self.state)
        except FacilitationError as exc:
            self.refused.emit(str(exc))
            return False
        self.replace(new)
        return True

    def replace(self, state: Facilitation) -> None:
        if state == self.state:
            return
        self.state = state
        running = self._running()
        if (running or self._vote_timed()) and not self._ticker.isActive():
            self._ticker.start()
        elif not running and not self._vote_timed():
            self._ticker.stop()
        self._was_running = running
        self._was_timed = self._vote_timed()
        self.changed.emit()

    def _running(self) -> bool:
        countdown = self.state.countdown
        return countdown.running() and not countdown.finished(self.now())

    def _vote_timed(self) -> bool:
        vote = self.state.vote
        return vote is not None and vote.closes_at is not None and vote.accepting(self.now())

    def tick(self) -> None:
        """Each quarter second while the countdown runs or a timed vote round is open."""
        running, timed = self._running(), self._vote_timed()
        if running or timed or self._was_timed:  # the tick a round closes on counts too
            self.ticked.emit()
        self._was_timed = timed
        if not running and self._was_running:
            self._was_running = False
            self.ticked.emit()
            self.finished.emit()
        if not running and not timed:
            self._ticker.stop()
