"""Two editor windows in one session: Share › Start Session on one, Join on the other;
edits, presence and follow-the-presenter between them; the host saves its file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e
from cjdesigner.ui.room_dialogs import JoinDialog, SessionDialog, parse_join, websocket_url
from cjdesigner.ui.selection import Selection
from cjdesigner.ui.window_room import RoomCommands


@pytest.fixture(autouse=True)
def loopback(monkeypatch):
    monkeypatch.setattr(RoomCommands, "bind", "127.0.0.1")
    monkeypatch.setattr(RoomCommands, "announce", False)
    monkeypatch.setattr(RoomCommands, "discover", False)
    monkeypatch.setattr(RoomCommands, "save_every_ms", 200)


@pytest.fixture
def pair(make_window, map_file, qtbot):
    host_window, peer_window = make_window(), make_window()
    host_tab = host_window.open_path(str(map_file))
    link = host_window.room.start_session()
    assert link is not None
    dialog = host_window.room.dialogs[host_tab]
    peer_link = peer_window.room.join_session(link.session.server.ws_url, name="Bo")
    assert peer_link is not None and peer_link.status == "connected"
    yield host_window, host_tab, peer_window, peer_link.tab, dialog
    peer_window.room.close_all()
    host_window.room.close_all()


def test_start_session_shows_link_qr_and_code(pair):
    host_window, host_tab, _peer_window, _peer_tab, dialog = pair
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    server = host_window.room.sessions[host_tab].session.server
    assert dialog.link.text() == server.page_url
    assert dialog.code.text() == server.code
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() > 100


def test_edits_travel_both_ways_and_typing_merges(pair, qtbot):
    _hw, host_tab, _pw, peer_tab, _dialog = pair
    assert cjm.dumps(peer_tab.controller.doc) == cjm.dumps(host_tab.controller.doc)
    card = host_tab.controller.doc.cards[0]
    host_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"title": "Host: " + card.title}))
    peer_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"title": card.title + " (Bo)"}))
    want = f"Host: {card.title} (Bo)"
    qtbot.waitUntil(lambda: host_tab.controller.doc.find_card(card.id).title == want, timeout=10_000)
    qtbot.waitUntil(lambda: peer_tab.controller.doc.find_card(card.id).title == want, timeout=10_000)
    # the peer's undo undoes only its own work, on every copy
    peer_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"channel": "Phone"}))
    qtbot.waitUntil(lambda: host_tab.controller.doc.find_card(card.id).channel == "Phone", timeout=10_000)
    peer_tab.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: host_tab.controller.doc.find_card(card.id).channel == card.channel,
                    timeout=10_000)
    assert host_tab.controller.doc.find_card(card.id).title == want
    # and the canvas shows remote changes: a stage moved on the host moves on the peer
    stage = host_tab.controller.doc.stages[0]
    host_tab.controller.push(e.MoveStage(stage_id=stage.id, after=host_tab.controller.doc.stages[-1].id))
    qtbot.waitUntil(lambda: peer_tab.controller.doc.stages[-1].id == stage.id, timeout=10_000)


def test_the_host_saves_its_file_while_the_map_changes(pair, qtbot, map_file):
    _hw, host_tab, _pw, peer_tab, _dialog = pair
    card = peer_tab.controller.doc.cards[1]
    peer_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"owner": "Bo"}))
    qtbot.waitUntil(lambda: cjm.load(map_file).find_card(card.id).owner == "Bo", timeout=10_000)


def test_presence_outlines_and_follow_the_presenter(pair, qtbot):
    host_window, host_tab, peer_window, peer_tab, dialog = pair
    card = host_tab.controller.doc.cards[0]
    host_window.show()
    peer_window.show()
    host_tab.canvas.select(Selection(cards=(card.id,)))
    qtbot.waitUntil(lambda: peer_window.room.others_outlined(peer_tab) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.people.count() == 2, timeout=10_000)
    assert any("Bo" in dialog.people.item(i).text() for i in range(dialog.people.count()))

    host_window.room.set_presenting(True, host_tab)
    peer_window.room.set_following(True, peer_tab)
    host_tab.canvas.zoom_to(1.5)
    host_tab.canvas.horizontalScrollBar().setValue(host_tab.canvas.horizontalScrollBar().maximum() // 2)
    host_tab.canvas.verticalScrollBar().setValue(40)

    def centre(canvas):
        return canvas.mapToScene(canvas.viewport().rect().center())

    def following() -> bool:
        a, b = centre(host_tab.canvas), centre(peer_tab.canvas)
        return abs(peer_tab.canvas.zoom_factor() - 1.5) < 0.01 and abs(a.x() - b.x()) < 60

    qtbot.waitUntil(following, timeout=10_000)


def test_join_dialog_takes_address_and_code(make_window, map_file, qtbot):
    host_window = make_window()
    host_window.open_path(str(map_file))
    link = host_window.room.start_session()
    server = link.session.server
    dialog = JoinDialog(discover=False)
    qtbot.addWidget(dialog)
    dialog.address.setText(f"127.0.0.1:{server.port}")
    dialog.code.setText("WRONG-CODE")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert "not this session's code" in dialog.problem.text()
    dialog.code.setText(server.code.lower())
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.ws_url == server.ws_url
    host_window.room.close_all()


def test_the_join_dialog_looks_for_sessions_on_the_network(qtbot):
    """Browsing on every interface opens (it once failed: zeroconf refused the choice)."""
    dialog = JoinDialog(discover=True)
    qtbot.addWidget(dialog)
    assert dialog._browser is not None
    dialog.reject()
    assert dialog._browser is None


def test_join_links_parse():
    assert parse_join("http://10.0.0.5:4000/?token=abc") == ("http://10.0.0.5:4000", "abc")
    assert parse_join("10.0.0.5:4000") == ("http://10.0.0.5:4000", None)
    assert websocket_url("http://10.0.0.5:4000", "abc") == "ws://10.0.0.5:4000/room/map?token=abc"
    with pytest.raises(ValueError):
        parse_join("no port here")


def test_the_facilitation_state_is_shared(pair, qtbot):
    from cjdesigner.facilitation import state as facilitation

    host_window, _host_tab, peer_window, _peer_tab, _dialog = pair
    assert host_window.room_state.update(lambda s: facilitation.set_timer(s, 300))
    qtbot.waitUntil(lambda: peer_window.room_state.state == host_window.room_state.state, timeout=10_000)
    assert peer_window.room_state.state.countdown == host_window.room_state.state.countdown
    # and back: the peer turns private mode on, the host follows
    assert peer_window.room_state.update(lambda s: facilitation.set_private(s, True))
    qtbot.waitUntil(lambda: host_window.room_state.state.private, timeout=10_000)


def test_undo_takes_back_only_ones_own_typing_in_a_card_both_typed_in(pair, qtbot):
    _hw, host_tab, _pw, peer_tab, _dialog = pair
    card = host_tab.controller.doc.cards[0]
    host_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"title": "Host: " + card.title}))
    peer_tab.controller.push(e.SetFields(target="card", ident=card.id, changes={"title": card.title + " (Bo)"}))
    both = f"Host: {card.title} (Bo)"
    for tab in (host_tab, peer_tab):
        qtbot.waitUntil(lambda t=tab: t.controller.doc.find_card(card.id).title == both, timeout=10_000)
    host_tab.controller.undo_stack.undo()
    for tab in (host_tab, peer_tab):
        qtbot.waitUntil(lambda t=tab: t.controller.doc.find_card(card.id).title == card.title + " (Bo)",
                        timeout=10_000)
    host_tab.controller.undo_stack.redo()
    for tab in (host_tab, peer_tab):
        qtbot.waitUntil(lambda t=tab: t.controller.doc.find_card(card.id).title == both, timeout=10_000)


def test_a_phones_card_survives_a_facilitators_click_in_the_same_instant(pair, qtbot):
    """A phone's card lands in the inbox (written on the host's server) and the
    facilitator starts the timer before the window has heard of it: both stay."""
    from cjdesigner.facilitation import state as facilitation
    from cjdesigner.phone.store import read_state, write_state

    host_window, host_tab, _peer_window, _peer_tab, _dialog = pair
    server = host_window.room.sessions[host_tab].session.server
    room = server.room_doc

    def phone_writes() -> None:
        old = read_state(room.session)
        note = facilitation.Note(id="note-phone", author="p1", title="Queue at the desk", created_at=1.0)
        with room.ydoc.transaction(origin="phone"):
            write_state(room.session, old.model_copy(update={"notes": {**old.notes, note.id: note}}), old)

    server.call(phone_writes)
    # the window has not taken the phone's write in yet (no events processed) when it writes
    assert "note-phone" not in host_window.room_state.state.notes
    assert host_window.room_state.update(lambda s: facilitation.set_timer(s, 420))
    qtbot.waitUntil(lambda: "note-phone" in host_window.room_state.state.notes, timeout=10_000)
    assert host_window.room_state.state.countdown.duration == 420
    assert "note-phone" in server.call(lambda: read_state(room.session)).notes


def test_two_windows_meet_on_the_yjs_projects_relay(make_window, map_file, qtbot):
    from tests.room.npm import Relay, ensure_packages

    ensure_packages()
    relay = Relay()
    try:
        first, second = make_window(), make_window()
        tab_a = first.open_path(str(map_file))
        second.new_map()
        tab_b = second.current_tab()
        assert first.room.meet_on_relay(f"{relay.url}/map") is not None
        assert second.room.meet_on_relay(f"{relay.url}/map") is not None
        qtbot.waitUntil(lambda: cjm.dumps(tab_b.controller.doc) == cjm.dumps(tab_a.controller.doc),
                        timeout=10_000)
        card = tab_b.controller.doc.cards[0]
        tab_b.controller.push(e.SetFields(target="card", ident=card.id, changes={"title": "Via the relay"}))
        qtbot.waitUntil(lambda: tab_a.controller.doc.find_card(card.id).title == "Via the relay",
                        timeout=10_000)
        first.room.close_all()
        second.room.close_all()
    finally:
        relay.close()


def test_others_see_a_selected_stage_step_lane_or_curve_outlined_in_the_owners_colour(pair, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtTest import QTest

    host_window, host_tab, peer_window, peer_tab, _dialog = pair
    for window in (host_window, peer_window):
        window.resize(1300, 900)
        window.show()
    doc = host_tab.controller.doc
    host_link = host_window.room.sessions[host_tab]
    colour = host_link.own_state()["user"]["color"]

    def outlined(what: str) -> bool:
        return any(w == what and c == colour for w, _r, c in peer_window.room.outlines(peer_tab))

    # a lane header clicked on the host: the peer outlines the lane's whole row
    canvas = host_tab.canvas
    canvas.zoom_to(1.0)
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().minimum())
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().minimum())
    lane = canvas.canvas_scene.layout.lanes[1]
    point = canvas.mapFromScene(QPointF(lane.rect.x + lane.rect.w / 2, lane.rect.y + lane.rect.h / 2))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert host_tab.selection.lane == lane.lane_id
    qtbot.waitUntil(lambda: outlined(f"lane:{lane.lane_id}"), timeout=10_000)
    row = next(r for w, r, _c in peer_window.room.outlines(peer_tab) if w.startswith("lane:"))
    assert row.width() > lane.row.w * 0.9  # the row across the grid, not the header alone
    # a step header clicked
    step = canvas.canvas_scene.layout.steps[0]
    point = canvas.mapFromScene(QPointF(step.rect.x + step.rect.w / 2, step.rect.y + step.rect.h / 2))
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert host_tab.selection.step == step.step_id
    qtbot.waitUntil(lambda: outlined(f"step:{step.step_id}"), timeout=10_000)
    assert not any(w.startswith("lane:") for w, _r, _c in peer_window.room.outlines(peer_tab))
    # a stage and a curve (from the Outline or the legend)
    host_tab.canvas.select(Selection.of("stage", doc.stages[1].id))
    qtbot.waitUntil(lambda: outlined(f"stage:{doc.stages[1].id}"), timeout=10_000)
    curve = doc.curves[0].id
    host_tab.canvas.select(Selection.of("curve", curve))
    qtbot.waitUntil(lambda: outlined(f"curve:{curve}"), timeout=10_000)
    # the projector shows the map alone: no one else's selection while presenting
    peer_window.toggle_presentation()
    assert peer_window.room.others_outlined(peer_tab) == 0
    peer_window.toggle_presentation()
    assert outlined(f"curve:{curve}")
    # nothing selected: no outline left
    host_tab.canvas.select(Selection())
    qtbot.waitUntil(lambda: peer_window.room.others_outlined(peer_tab) == 0, timeout=10_000)
