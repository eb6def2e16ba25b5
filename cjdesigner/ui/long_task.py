"""Long operations without a frozen window: a worker thread, a progress bar and Cancel.

``run_with_progress(parent, title, job)`` runs ``job(progress)`` in a worker thread while
the window keeps handling events; after ``show_after_ms`` a window-modal QProgressDialog
shows how far the job is and offers Cancel. The job reports with ``progress(fraction)``,
which raises :class:`Cancelled` once the user has cancelled, so the job stops at its next
report and unwinds (its ``finally`` and ``except`` blocks remove what it started: the
file layer writes nothing before the end, and removes its temporary file on any
exception). The caller gets the job's result or its exception, or ``Cancelled``.

A job that cannot report (an exporter that is one call into a library) runs with
``interruptible``: the bar is a busy indicator, and Cancel raises ``Cancelled`` inside
the worker thread at its next Python instruction (CPython's ``PyThreadState_SetAsyncExc``),
which unwinds it the same way.

Drawing a Qt scene (PNG and SVG pictures) cannot move to a worker: the scene's items
and the fonts belong to the window's thread. ``run_in_steps(parent, title, job)`` runs
such a job right here instead; the job draws in steps (bands of the picture) and reports
after each, and each report moves the bar, lets the window handle its events (repaint,
the click on Cancel) and raises :class:`Cancelled` once the user has cancelled, so the
job unwinds the same way between two steps.

Worker jobs must not touch widgets; the document they build is handed to the window afterwards.
The garbage collector is paused while a job runs: a full collection over the millions of
objects of a large map holds the interpreter for a second at a time, which would freeze
the window just the same (reference counting still frees memory meanwhile).
"""

from __future__ import annotations

import ctypes
import gc
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cjdesigner.ui.i18n import translate

T = TypeVar("T")

STEPS = 1000

LONG_TASK_BYTES = 2_000_000
"""Files at least this large (a map to open, a card list to import) are read in a worker."""
LONG_TASK_CARDS = 2_000
"""Maps with at least this many cards are exported with a progress bar and Cancel: in a
worker (Qt-free formats), or in steps in the window's thread (pictures drawn by Qt)."""


class Cancelled(Exception):
    """The user cancelled a long operation; it stopped and left nothing behind."""


class Progress:
    """How far a job is, and whether it should stop: called by the job, read by the window."""

    def __init__(self) -> None:
        self._stop = threading.Event()
        self.fraction = 0.0
        self.reports = 0

    def __call__(self, fraction: float) -> None:
        self.fraction = min(1.0, max(self.fraction, fraction))
        self.reports += 1
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()


def _progress_dialog(parent: QWidget | None, title: str, show_after_ms: int,
                     progress: Progress) -> QProgressDialog:
    dialog = QProgressDialog(title, translate("LongTask", "Cancel"), 0, STEPS, parent)
    dialog.setObjectName("longTaskProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setValue(0)
    dialog.canceled.connect(progress.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(translate("LongTask", "{title}: stopping…").format(title=title)))
    return dialog


class _StepProgress(Progress):
    """A report of a job in the window's thread: moves the bar and lets the window run."""

    def __init__(self, show_after_ms: int) -> None:
        super().__init__()
        self.dialog: QProgressDialog | None = None
        self._show_at = time.monotonic() + show_after_ms / 1000

    def __call__(self, fraction: float) -> None:
        self.fraction = min(1.0, max(self.fraction, fraction))
        self.reports += 1
        dialog = self.dialog
        if dialog is not None and not self.cancelled:
            if not dialog.isVisible() and time.monotonic() >= self._show_at:
                dialog.show()
            dialog.setValue(round(self.fraction * (STEPS - 1)))
        QApplication.processEvents()  # repaint, and the click on Cancel
        if self.cancelled:
            raise Cancelled


def run_in_steps(
    parent: QWidget | None,
    title: str,
    job: Callable[[Progress], T],
    show_after_ms: int = 400,
) -> T:
    """Run ``job`` here, in the window's thread, with a progress bar and Cancel; the job
    reports after each step (see the module). Raises ``Cancelled`` when cancelled."""
    progress = _StepProgress(show_after_ms)
    dialog = _progress_dialog(parent, title, show_after_ms, progress)
    progress.dialog = dialog
    try:
        return job(progress)
    finally:
        progress.dialog = None
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    job: Callable[[Progress], T],
    show_after_ms: int = 400,
    interruptible: bool = False,
    poll_ms: int = 40,
) -> T:
    """Run ``job`` in a worker thread with a progress bar and Cancel (see the module)."""
    progress = Progress()
    outcome: dict[str, object] = {}
    lock = threading.Lock()

    def work() -> None:
        try:
            value = job(progress)
            with lock:
                outcome["value"] = value
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            outcome["error"] = exc

    dialog = _progress_dialog(parent, title, show_after_ms, progress)
    thread = threading.Thread(target=work, name=f"cjdesigner: {title}", daemon=True)
    if interruptible:
        dialog.setRange(0, 0)  # busy: the job cannot say how far it is

        def interrupt() -> None:
            with lock:
                if "value" not in outcome and thread.is_alive():
                    _raise_in(thread, Cancelled)

        dialog.canceled.connect(interrupt)
    loop = QEventLoop()
    timer = QTimer(interval=poll_ms)

    def poll() -> None:
        if not thread.is_alive():
            loop.quit()
        elif not progress.cancelled and not interruptible:
            dialog.setValue(round(progress.fraction * (STEPS - 1)))

    timer.timeout.connect(poll)
    collecting = gc.isenabled()
    gc.disable()
    try:
        thread.start()
        timer.start()
        loop.exec()
        thread.join()
    finally:
        timer.stop()
        if collecting:
            gc.enable()
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    if progress.cancelled and "value" not in outcome:  # pragma: no cover - job ignored it
        raise Cancelled
    return outcome["value"]  # type: ignore[return-value]


def _raise_in(thread: threading.Thread, error: type[BaseException]) -> None:
    """Raise ``error`` in ``thread`` at its next Python instruction (CPython)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(error)
        )
