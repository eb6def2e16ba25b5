"""Desktop integration at run time: the application id, one editor per user (a second
launch hands over its file), files the OS sends (QFileOpenEvent), files dropped on the
window (real drag-enter, drag-move and drop events)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFileOpenEvent,
    QGuiApplication,
)
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QApplication

from cjdesigner.about import APP_ID
from cjdesigner.csvio import export_csv
from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map
from cjdesigner.ui import single_instance
from cjdesigner.ui.application import Application
from cjdesigner.ui.main_window import MainWindow
from cjdesigner.ui.single_instance import InstanceServer, Reply, hand_over

ROOT = Path(__file__).resolve().parents[2]


def socket_name(tmp_path: Path) -> str:
    """A socket path of the test's own (short: Unix socket paths are limited)."""
    if sys.platform == "win32":
        return f"cjd-test-{os.getpid()}-{tmp_path.name}"
    return str(tmp_path / "s")


# -- application id and the OS's file-open events ---------------------------------------------
def test_the_application_names_its_desktop_file(qapp):
    from cjdesigner.ui.app import make_app

    assert make_app() is qapp
    assert QGuiApplication.desktopFileName() == APP_ID
    assert APP_ID == "org.cjdesigner.CJDesigner"


def test_a_file_open_event_opens_the_map_in_a_tab(qapp, make_window, map_file, qtbot):
    assert isinstance(qapp, Application)
    window = make_window()
    seen = []
    qapp.fileOpenRequested.connect(seen.append)
    qapp.fileOpenRequested.connect(lambda p: window.desktop.open_from_outside([p]))
    try:
        assert qapp.listen_for_files() == []
        QCoreApplication.postEvent(qapp, QFileOpenEvent(str(map_file)))
        qtbot.waitUntil(lambda: window.current_tab() is not None)
    finally:
        qapp.fileOpenRequested.disconnect()
        qapp.stop_listening()
    assert seen == [str(map_file)]
    assert window.current_tab().path == str(map_file.resolve())


def test_file_open_events_before_the_window_are_kept(qapp, map_file):
    qapp.stop_listening()
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(map_file)))
    try:
        assert qapp.listen_for_files() == [str(map_file)]
        assert qapp.listen_for_files() == []
    finally:
        qapp.stop_listening()


# -- one editor per user -------------------------------------------------------------------------
def test_a_second_launch_hands_its_file_to_the_running_editor(
    monkeypatch, tmp_path, map_file, qtbot
):
    """The first editor runs (``app.run``, its loop driven by the test); a second
    ``cjdesigner FILE`` in another process gives it the file and exits 0; the first
    comes to the front with the map in a new tab."""
    from cjdesigner.ui import app as app_module

    name = socket_name(tmp_path)
    monkeypatch.setenv("CJDESIGNER_INSTANCE", name)
    monkeypatch.setenv("CJDESIGNER_SETTINGS", str(tmp_path / "run.ini"))
    monkeypatch.setenv("CJDESIGNER_RECOVERY_DIR", str(tmp_path / "rec"))
    monkeypatch.setenv("CJDESIGNER_CACHE_DIR", str(tmp_path / "cache"))
    made: list[MainWindow] = []

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr("cjdesigner.ui.main_window.MainWindow", Recorded)
    other = tmp_path / "other"
    save(sample_map(), other)  # no suffix: recognised by its first bytes
    seen = {}

    def loop():
        (window,) = made
        assert window.all_tabs() == []  # the start page: no file given
        second = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), str(other)], cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        try:
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
            qtbot.waitUntil(lambda: len(window.all_tabs()) == 1, timeout=5_000)
        finally:
            if second.poll() is None:
                second.kill()
        seen["exit"] = second.wait()
        seen["err"] = second.stderr.read().decode()
        seen["path"] = window.current_tab().path
        for tab in window.all_tabs():
            tab.close_down()
        window.hide()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(loop))
    assert app_module.run() == 0
    assert seen["exit"] == 0, seen["err"]
    assert seen["path"] == str(other.resolve())
    # the first editor has stopped listening: the next launch would be the first again
    server = InstanceServer(name)
    assert server.start([]) is None
    server.close()


def test_a_launch_without_files_brings_the_editor_to_the_front(tmp_path, qtbot):
    name = socket_name(tmp_path)
    server = InstanceServer(name)
    assert server.start([]) is None and server.is_listening()
    with qtbot.waitSignal(server.filesReceived, timeout=10_000) as blocker:
        child = _launch_hand_over(name, [])
    assert blocker.args == [[]]
    assert child.wait(timeout=30) == 0
    server.close()


def _launch_hand_over(name: str, files: list[str]) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from cjdesigner.ui.single_instance import Reply, hand_over
        app = QCoreApplication([])
        sys.exit(0 if hand_over({name!r}, {files!r}) is Reply.TAKEN else 3)
    """)
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file is what a crash leaves")
def test_the_socket_of_a_crashed_editor_is_taken_over(tmp_path, qtbot):
    name = socket_name(tmp_path)
    code = textwrap.dedent(f"""
        import os, signal
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtNetwork import QLocalServer
        app = QCoreApplication([])
        server = QLocalServer()
        assert server.listen({name!r})
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    crashed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60)
    assert crashed.returncode == -signal.SIGKILL
    assert Path(name).exists()  # the socket it left behind
    assert hand_over(name, []) is Reply.NOBODY
    server = InstanceServer(name)
    assert server.start(["/some/map.cjm"]) is None
    assert server.is_listening()
    with qtbot.waitSignal(server.filesReceived, timeout=10_000) as blocker:
        child = _launch_hand_over(name, ["/tmp/a.cjm"])
    assert blocker.args == [["/tmp/a.cjm"]]
    assert child.wait(timeout=30) == 0
    server.close()


def test_a_live_editor_that_does_not_answer_is_left_alone(tmp_path, monkeypatch):
    """Something listens but never answers (a hung editor): the new launch runs on its
    own and does not take the name away from the live process."""
    monkeypatch.setattr(single_instance, "TIMEOUT_MS", 300)
    name = socket_name(tmp_path)
    hung = QLocalServer()
    assert hung.listen(name)
    server = InstanceServer(name)
    assert server.start(["x.cjm"]) is Reply.NO_ANSWER
    assert not server.is_listening()
    assert hung.isListening()
    hung.close()


def test_garbage_on_the_socket_opens_nothing(tmp_path, qtbot):
    from PySide6.QtNetwork import QLocalSocket

    name = socket_name(tmp_path)
    server = InstanceServer(name)
    assert server.start([]) is None
    received = []
    server.filesReceived.connect(received.append)
    for junk in (b"not json\n", b'{"files": [1, 2]}\n', b'["a"]\n', b"x" * 300_000):
        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(2000)
        client.write(junk)
        client.flush()
        qtbot.wait(50)
        client.abort()
    qtbot.wait(100)
    assert received == []
    server.close()


# -- drag and drop ---------------------------------------------------------------------------------
def drop_files(window, paths: list[Path], at: QPoint | None = None) -> bool:
    """Drag ``paths`` over ``window`` at ``at`` (window coordinates) and drop them, as
    Qt delivers a system drag: to the innermost widget there that accepts drops (Qt's
    own search), enter, move, drop, each sent through the application. Returns whether
    the drop was accepted."""
    at = at if at is not None else window.rect().center()
    target = window.childAt(at) or window
    while not target.acceptDrops() and not target.isWindow():
        target = target.parentWidget()
    assert target.acceptDrops()
    local = QPointF(target.mapFrom(window, at))
    mime = QMimeData()  # kept referenced until the events are done
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(local.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(local.toPoint(), action, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(local, action, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    accepted = drop.isAccepted()
    del enter, move, drop
    mime.deleteLater()
    QApplication.processEvents()  # the window opens the files once the drop is over
    return accepted


def test_a_map_dropped_on_the_start_page_opens(make_window, map_file, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert window.childAt(window.rect().center()) is not None  # somewhere on the start page
    assert drop_files(window, [map_file])
    assert window.current_tab().path == str(map_file.resolve())


def test_maps_and_card_lists_dropped_on_the_canvas_open_and_import(
    make_window, map_file, tmp_path, qtbot, dialogs
):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.open_path(str(map_file))
    canvas = window.current_tab().canvas
    middle = canvas.viewport().mapTo(window, canvas.viewport().rect().center())
    assert window.childAt(middle) is canvas.viewport()
    plain = tmp_path / "plain-map"  # a map without its suffix
    save(sample_map(), plain)
    cards = tmp_path / "cards.csv"
    export_csv(sample_map(), cards)
    assert drop_files(window, [plain, cards], middle)
    paths = [t.path for t in window.all_tabs()]
    assert paths[:2] == [str(map_file.resolve()), str(plain.resolve())]
    assert len(paths) == 3 and paths[2] is None  # the imported list: a new, unsaved map
    imported = window.all_tabs()[2].controller.doc
    assert len(imported.cards) == len(sample_map().cards)
    assert not [a for a in dialogs.asked if a[0] == "error"]


def test_a_dropped_file_that_is_not_a_map_gets_a_clear_message(make_window, tmp_path, qtbot,
                                                                 dialogs, map_file):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    package = tmp_path / "package.json"
    package.write_text('{"name": "x"}', encoding="utf-8")
    assert drop_files(window, [photo])
    assert window.tabs.count() == 0
    kind, title, text = dialogs.asked[-1]
    assert (kind, title) == ("error", "Not a journey map")
    assert "“photo.png” is neither a journey map (.cjm) nor a card list (.csv, .xlsx)" in text
    # several at once: the maps open, one message names the rest
    assert drop_files(window, [photo, map_file, package])
    assert window.tabs.count() == 1
    kind, title, text = dialogs.asked[-1]
    assert "“photo.png”, “package.json” are neither" in text


def test_a_drag_without_files_is_refused(make_window, qtbot):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/map.cjm")])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
    del enter
    mime.deleteLater()
