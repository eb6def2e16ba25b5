"""Long operations run without freezing the window, with a progress bar and Cancel
(issue 9): importing a large card list, opening a large map, exporting a large map.
Cancel really stops the work, and leaves no tab, no partial file and no temporary file.

Each test holds the worker at a known point until Cancel has been clicked (a real mouse
click on the progress dialog's button), so nothing depends on timing; that the click
happens at all while the worker is busy shows the window kept handling events."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from cjdesigner import csvio
from cjdesigner.fileio import atomic, cjm, save
from cjdesigner.model import Card
from cjdesigner.model.sample import sample_map
from tests.csvio.limit_rows import card_list


@pytest.fixture
def long_window(make_window):
    window = make_window()
    window.long_task_bytes = 0  # every file is a large one
    window.long_task_cards = 0
    window.progress_delay_ms = 0
    window.show()
    return window


class CancelWhenShown:
    """Clicks Cancel on the progress dialog as soon as it shows; ``clicked`` tells the
    held worker to go on (and meet its next progress report, or its interruption)."""

    def __init__(self, window, qtbot) -> None:
        self.window, self.qtbot = window, qtbot
        self.clicked = threading.Event()
        self.held = threading.Event()
        self.values: list[int] = []
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        dialog = self.window.findChild(QProgressDialog, "longTaskProgress")
        if dialog is None or not dialog.isVisible() or not self.held.is_set():
            return
        self.values.append(dialog.value())
        self._timer.stop()
        button = dialog.findChild(QPushButton)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.clicked.set()

    def hold(self) -> None:
        """Called in the worker: wait here until Cancel was clicked."""
        assert threading.current_thread() is not threading.main_thread()
        self.held.set()
        assert self.clicked.wait(10), "the window never showed a progress dialog"


def test_import_shows_progress_and_cancel_stops_it(long_window, dialogs, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "cards.csv"
    source.write_bytes(card_list(3_000, 300))
    canceller = CancelWhenShown(long_window, qtbot)
    real_row = csvio._card_row  # called for every row read
    parsed = []

    def slow_row(number, *args):
        if number == 2_500:
            canceller.hold()
        parsed.append(number)
        return real_row(number, *args)

    monkeypatch.setattr(csvio, "_card_row", slow_row)
    assert long_window.import_csv(str(source)) is None
    assert canceller.clicked.is_set()
    assert long_window.current_tab() is None and not long_window.all_tabs()
    assert not [q for q in dialogs.asked if q[0] == "error"]
    assert "nothing imported" in long_window.statusBar().currentMessage()
    assert 2_500 <= max(parsed) < 3_000  # stopped at the next report, not at the end
    assert long_window.findChild(QProgressDialog, "longTaskProgress") is None or not \
        long_window.findChild(QProgressDialog, "longTaskProgress").isVisible()


def test_import_runs_to_the_end_with_the_bar(long_window, qtbot, tmp_path, monkeypatch):
    source = tmp_path / "cards.csv"
    source.write_bytes(card_list(3_000, 300))
    seen = []
    real_row = csvio._card_row

    def watch(number, *args):
        if number % 500 == 0:
            dialog = long_window.findChild(QProgressDialog, "longTaskProgress")
            seen.append(threading.current_thread() is threading.main_thread())
            time.sleep(0.02)  # give the window a moment to draw the bar
            assert dialog is not None
        return real_row(number, *args)

    monkeypatch.setattr(csvio, "_card_row", watch)
    tab = long_window.import_csv(str(source))
    assert tab is not None and len(tab.controller.doc.cards) == 3_000
    assert seen and not any(seen)  # parsed in the worker thread


def _big_map(tmp_path, cards: int = 2 * cjm._CHUNK + 10):
    doc = sample_map()
    doc = doc.model_copy(update={"cards": [*doc.cards, *(
        Card(id=f"bulk-{i}", lane_id="lane-actions", step_id="step-ad", title=f"Card {i}")
        for i in range(cards))]})
    path = tmp_path / "big.cjm"
    save(doc, path)
    return path


def test_opening_a_large_map_can_be_cancelled(long_window, dialogs, qtbot, tmp_path, monkeypatch):
    path = _big_map(tmp_path)
    canceller = CancelWhenShown(long_window, qtbot)
    real = cjm._CARD_LIST

    class HeldCards:
        calls = 0

        def validate_python(self, chunk, strict=True):
            HeldCards.calls += 1
            if HeldCards.calls == 2:
                canceller.hold()
            return real.validate_python(chunk, strict=strict)

    monkeypatch.setattr(cjm, "_CARD_LIST", HeldCards())
    assert long_window.open_path(str(path)) is None
    assert canceller.clicked.is_set() and HeldCards.calls == 2  # no chunk after Cancel
    assert not long_window.all_tabs()
    assert not [q for q in dialogs.asked if q[0] == "error"]
    monkeypatch.setattr(cjm, "_CARD_LIST", real)
    tab = long_window.open_path(str(path))  # and without Cancel it opens
    assert tab is not None and len(tab.controller.doc.cards) == len(sample_map().cards) + 2 * cjm._CHUNK + 10


@pytest.mark.parametrize("format_id", ["pdf", "md", "csv"])
def test_cancelled_export_leaves_no_partial_file(
    long_window, map_file, dialogs, qtbot, tmp_path, monkeypatch, format_id
):
    long_window.open_path(str(map_file))
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"map.{format_id}"
    dialogs.save_path = str(target)
    canceller = CancelWhenShown(long_window, qtbot)
    real_fsync = atomic.os.fsync
    held_with = []

    def stuck_disk(fd):
        if threading.current_thread() is not threading.main_thread():
            held_with.append(sorted(p.name for p in out.iterdir()))
            canceller.hold()
            while True:  # a disk that never answers: only Cancel gets out of here
                time.sleep(0.005)
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", stuck_disk)
    assert long_window.export_as(format_id) is False
    assert held_with and held_with[0][0].startswith(f".map.{format_id}.")  # half written
    assert list(out.iterdir()) == []  # no partial file, no temporary file
    assert "nothing written" in long_window.statusBar().currentMessage()
    assert not [q for q in dialogs.asked if q[0] == "error"]


def test_cancelled_poster_from_the_export_dialog_leaves_no_partial_file(
    long_window, map_file, dialogs, qtbot, tmp_path, monkeypatch
):
    long_window.open_path(str(map_file))
    dialog = long_window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    dialog.path.setText(str(out / "poster.pdf"))
    canceller = CancelWhenShown(long_window, qtbot)
    real_fsync = atomic.os.fsync

    def stuck_disk(fd):
        if threading.current_thread() is not threading.main_thread():
            canceller.hold()
            while True:
                time.sleep(0.005)
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", stuck_disk)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert canceller.clicked.is_set()
    assert list(out.iterdir()) == []
    assert dialog.written is None
    assert not [q for q in dialogs.asked if q[0] == "error"]
    monkeypatch.setattr(atomic.os, "fsync", real_fsync)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # and again, to the end
    assert (out / "poster.pdf").read_bytes().startswith(b"%PDF")


def test_restoring_a_large_recovered_copy_runs_in_the_worker(
    make_window, long_window, map_file, qtbot, monkeypatch
):
    from cjdesigner.model.edits import SetFields
    from cjdesigner.ui import recovery

    first = make_window()
    tab = first.open_path(str(map_file))
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Work in progress"}))
    assert tab.autosaver.save_now() is not None
    recovery._LIVE.discard(tab.autosaver.key)  # as if its process had died
    threads = []
    real_loads = cjm.loads

    def watch(text, source="<text>", progress=None):
        threads.append((threading.current_thread() is threading.main_thread(), progress))
        return real_loads(text, source, progress)

    monkeypatch.setattr(cjm, "loads", watch)
    entry = next(e for e in long_window.store.orphans() if e.key == tab.autosaver.key)
    restored = long_window.restore(entry)
    assert restored is not None and restored.controller.doc.meta.title == "Work in progress"
    assert threads and threads[-1][0] is False and threads[-1][1] is not None


def test_saving_a_large_map_runs_in_the_worker_and_cancel_writes_nothing(
    long_window, dialogs, qtbot, tmp_path, monkeypatch
):
    from cjdesigner.model.edits import SetFields

    path = _big_map(tmp_path)
    tab = long_window.open_path(str(path))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Unsaved"}))
    before = path.read_bytes()
    canceller = CancelWhenShown(long_window, qtbot)
    real = cjm.save_problems
    calls = []

    def held_check(doc, data):  # the save's check of the text, in the worker
        calls.append(data)
        canceller.hold()
        return real(doc, data)

    monkeypatch.setattr(cjm, "save_problems", held_check)
    assert long_window.save() is False
    assert canceller.clicked.is_set() and len(calls) == 1
    assert path.read_bytes() == before and tab.is_modified()
    assert not list(tmp_path.glob("big.cjm?*")) and not list(tmp_path.glob(".big.cjm*"))
    assert "nothing written" in long_window.statusBar().currentMessage()
    monkeypatch.setattr(cjm, "save_problems", real)
    assert long_window.save()  # and without Cancel it saves
    assert not tab.is_modified()


class CancelAfterBand:
    """Pictures drawn by Qt stay in the window's thread and are drawn band by band: after
    band ``at`` is drawn, a real click on Cancel is queued; the window handles it in the
    progress report that follows that band (it processes events between bands), so the
    export stops before the next band, however fast the machine is."""

    def __init__(self, window, qtbot, at: int) -> None:
        self.window, self.qtbot, self.at = window, qtbot, at
        self.bands: list[bool] = []  # per band drawn: was it the window's thread
        self.values: list[int] = []

    def drawn(self) -> None:
        self.bands.append(threading.current_thread() is threading.main_thread())
        if len(self.bands) == self.at:
            QTimer.singleShot(0, self._click)

    def _click(self) -> None:
        shown = [d for d in self.window.findChildren(QProgressDialog, "longTaskProgress")
                 if d.isVisible()]  # (the one of opening the map may await deletion)
        assert len(shown) == 1
        dialog = shown[0]
        self.values.append(dialog.value())
        button = dialog.findChild(QPushButton)
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _count_bands(monkeypatch, canceller):
    from cjdesigner.ui import raster

    monkeypatch.setattr(raster, "PROGRESS_STRIP_PIXELS", 100_000)  # several bands
    monkeypatch.setattr(raster, "PROGRESS_CARDS_PER_BAND", 3)
    real_paint, real_band = raster._paint, raster._svg_band

    def paint(*args):
        real_paint(*args)
        canceller.drawn()

    def band(*args):
        svg = real_band(*args)
        canceller.drawn()
        return svg

    monkeypatch.setattr(raster, "_paint", paint)
    monkeypatch.setattr(raster, "_svg_band", band)


@pytest.mark.parametrize("format_id", ["png", "svg"])
def test_cancelled_picture_export_stops_between_bands_and_leaves_nothing(
    long_window, map_file, dialogs, qtbot, tmp_path, monkeypatch, format_id
):
    long_window.open_path(str(map_file))
    out = tmp_path / "out"
    out.mkdir()
    dialogs.save_path = str(out / f"map.{format_id}")
    canceller = CancelAfterBand(long_window, qtbot, at=1)
    _count_bands(monkeypatch, canceller)
    assert long_window.export_as(format_id) is False
    assert canceller.values and canceller.values[0] > 0  # the bar had moved
    assert canceller.bands == [True]  # in the window's thread; stopped before band 2
    assert list(out.iterdir()) == []  # no partial file, no temporary file
    assert "nothing written" in long_window.statusBar().currentMessage()
    assert not [q for q in dialogs.asked if q[0] == "error"]
    assert not [d for d in long_window.findChildren(QProgressDialog) if d.isVisible()]

    canceller.at = 0  # and without Cancel, to the end
    canceller.bands.clear()
    assert long_window.export_as(format_id) is True
    assert len(canceller.bands) >= 2
    written = (out / f"map.{format_id}").read_bytes()
    assert written.startswith(b"\x89PNG" if format_id == "png" else b"<?xml")
    assert [p.name for p in out.iterdir()] == [f"map.{format_id}"]


def test_cancelled_picture_from_the_export_dialog_leaves_no_partial_file(
    long_window, map_file, dialogs, qtbot, tmp_path, monkeypatch
):
    long_window.open_path(str(map_file))
    dialog = long_window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    out = tmp_path / "out"
    out.mkdir()
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    dialog.path.setText(str(out / "map.svg"))
    dialog.show()
    canceller = CancelAfterBand(dialog, qtbot, at=1)
    _count_bands(monkeypatch, canceller)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert canceller.values and len(canceller.bands) == 1
    assert list(out.iterdir()) == [] and dialog.written is None
    assert not [q for q in dialogs.asked if q[0] == "error"]
    canceller.at = 0
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # and again, to the end
    assert (out / "map.svg").read_bytes().startswith(b"<?xml")
