"""The host dies mid-session (``cjdesigner host`` killed with SIGKILL): two editor windows
keep working on their own tabs; one hosts again from the Share menu (same tab, same code);
the other joins with the code it knows, in the same tab, and what each wrote while alone
merges on both."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e
from cjdesigner.room.server import CODE_KEY
from cjdesigner.ui.room_dialogs import JoinDialog
from cjdesigner.ui.window_room import RoomCommands
from tests.room.npm import free_port
from tests.ui.test_editor_defects import click_card

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def loopback(monkeypatch):
    monkeypatch.setattr(RoomCommands, "bind", "127.0.0.1")
    monkeypatch.setattr(RoomCommands, "announce", False)
    monkeypatch.setattr(RoomCommands, "discover", False)


@pytest.fixture
def dying_host(map_file):
    """``cjdesigner host`` on the map: (process, y-websocket address, join code)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cjdesigner", "host", str(map_file), "--port", str(free_port()),
         "--bind", "127.0.0.1", "--no-announce"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    ws = process.stdout.readline().strip()
    code = process.stderr.readline().split("code ")[1].split(";")[0]
    yield process, ws, code
    if process.poll() is None:
        process.kill()
    process.wait(10)


def shown(window, qtbot):
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()


def test_a_peer_hosts_again_in_its_tab_and_offline_edits_merge(make_window, dying_host, qtbot):
    process, ws, code = dying_host
    ana, bo = make_window(), make_window()
    ana_link = ana.room.join_session(ws, name="Ana")
    bo_link = bo.room.join_session(ws, name="Bo")
    assert ana_link.status == bo_link.status == "connected"
    ana_tab, bo_tab = ana_link.tab, bo_link.tab
    assert cjm.dumps(ana_tab.controller.doc) == cjm.dumps(bo_tab.controller.doc)

    process.send_signal(signal.SIGKILL)
    process.wait(10)
    qtbot.waitUntil(lambda: ana_link.status == "offline" and bo_link.status == "offline", timeout=15_000)
    ana.room.menu.aboutToShow.emit()
    assert ana.room.host_again_action.isEnabled()

    # each goes on alone: Bo retitles a card with the keyboard, Ana writes a description
    shown(bo, qtbot)
    first, second = (c.id for c in bo_tab.controller.doc.cards[:2])
    bo_tab.canvas.zoom_to(1.0)
    click_card(bo_tab, first)
    QTest.keyClick(bo_tab.canvas, Qt.Key.Key_F2)
    editor = bo_tab.canvas.commands.editor()
    editor.title.selectAll()
    QTest.keyClicks(editor.title, "Written by Bo alone")
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert bo_tab.controller.doc.find_card(first).title == "Written by Bo alone"
    ana_tab.controller.push(e.SetFields(target="card", ident=second, changes={"description": "Ana alone"}))

    # Ana: Share › Host Again. Same tab, same code, a new address
    tabs_before = (len(ana.all_tabs()), len(bo.all_tabs()))
    ana.room.host_again_action.trigger()
    link = ana.room.sessions[ana_tab]
    assert link is ana_link and link.status == "hosting"
    server = link.session.server
    dialog = ana.room.dialogs[ana_tab]
    assert dialog.isVisible() and dialog.code.text() == code == server.code
    assert server.call(lambda: server.room_doc.session.get(CODE_KEY)) == code

    # Bo: Share › Join Session…, types the new address and the code it knows
    def fill_in() -> None:
        join = QApplication.activeModalWidget()
        assert isinstance(join, JoinDialog)
        QTest.keyClicks(join.address, f"127.0.0.1:{server.port}")
        QTest.keyClicks(join.code, code.lower())
        QTest.mouseClick(join.join_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_in)
    assert bo.room.join_session() is bo_link
    assert (len(ana.all_tabs()), len(bo.all_tabs())) == tabs_before
    assert bo.current_tab() is bo_tab

    def merged() -> bool:
        a, b = ana_tab.controller.doc, bo_tab.controller.doc
        return (a.find_card(first).title == "Written by Bo alone"
                and b.find_card(second).description == "Ana alone"
                and cjm.dumps(a) == cjm.dumps(b))

    qtbot.waitUntil(merged, timeout=15_000)
    qtbot.waitUntil(lambda: bo_link.status == "connected", timeout=10_000)
    qtbot.waitUntil(lambda: dialog.people.count() == 2, timeout=10_000)
    # the session goes on: an edit travels as before, and undo stays each side's own
    bo_tab.controller.push(e.SetFields(target="card", ident=first, changes={"owner": "Bo"}))
    qtbot.waitUntil(lambda: ana_tab.controller.doc.find_card(first).owner == "Bo", timeout=10_000)
    ana.room.close_all()
    bo.room.close_all()


def test_the_others_find_the_session_hosted_again_by_themselves(make_window, dying_host, qtbot,
                                                                monkeypatch):
    """Announced on the network, the session hosted again carries its id: a peer whose host
    is gone finds it and joins it in its tab, without typing anything."""
    monkeypatch.setattr(RoomCommands, "announce", True)
    monkeypatch.setattr(RoomCommands, "discover", True)
    monkeypatch.setattr(RoomCommands, "discover_interfaces", ["127.0.0.1"])
    process, ws, code = dying_host
    ana, bo = make_window(), make_window()
    ana_link = ana.room.join_session(ws, name="Ana")
    bo_link = bo.room.join_session(ws, name="Bo")
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    qtbot.waitUntil(lambda: ana_link.status == "offline" and bo_link.status == "offline", timeout=15_000)
    card = bo_link.tab.controller.doc.cards[0].id
    bo_link.tab.controller.push(e.SetFields(target="card", ident=card, changes={"owner": "Bo, alone"}))
    ana.room.menu.aboutToShow.emit()
    ana.room.host_again_action.trigger()
    server = ana_link.session.server
    qtbot.waitUntil(lambda: bo_link.status == "connected" and f":{server.port}/" in bo_link.url,
                    timeout=30_000)
    qtbot.waitUntil(lambda: ana_link.tab.controller.doc.find_card(card).owner == "Bo, alone",
                    timeout=10_000)
    assert len(bo.all_tabs()) == 1
    ana.room.close_all()
    bo.room.close_all()
