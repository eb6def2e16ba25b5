"""Presentation mode on the projector: the large timer, the spotlight, vote rounds,
private mode, the inbox and the lock, all driven by real keys and clicks without
leaving the mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from cjdesigner.facilitation import state as fs
from cjdesigner.ui.presenting import parse_duration

HOSTILE = "<b>bold</b><img src=x onerror=alert(1)>"


@pytest.fixture
def clock():
    return [1_800_000_000.0]


@pytest.fixture
def presenting(make_window, map_file, qtbot, clock):
    window = make_window()
    window.room_state.clock = lambda: clock[0]
    tab = window.open_path(str(map_file))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_F5)
    assert window.presenting()
    return window, tab


def key(qtbot, window, tab, k, text="", mods=Qt.KeyboardModifier.NoModifier):
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, k, mods)


def click(qtbot, button):
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_timer_runs_pauses_and_takes_a_custom_duration_by_keys(presenting, qtbot, clock):
    window, tab = presenting
    overlay = window.presenter.overlay
    assert overlay.isVisible() and overlay.time_label.text() == "5:00"
    assert window.statusBar().isHidden()  # no status chatter on the projector
    key(qtbot, window, tab, Qt.Key.Key_T)
    edit = overlay.duration_edit
    assert edit.isVisible() and edit.hasFocus()
    qtbot.keyClicks(edit, "7:30")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.isHidden() and window.presenting()
    assert overlay.time_label.text() == "7:30"
    key(qtbot, window, tab, Qt.Key.Key_Space)  # start
    assert window.room_state.state.countdown.running()
    assert overlay.buttons["toggle"].text() == "Pause"
    clock[0] += 90
    window.room_state.tick()
    assert overlay.time_label.text() == "6:00"
    key(qtbot, window, tab, Qt.Key.Key_Plus)
    assert overlay.time_label.text() == "7:00"
    key(qtbot, window, tab, Qt.Key.Key_Minus)
    key(qtbot, window, tab, Qt.Key.Key_Minus)
    assert overlay.time_label.text() == "5:00"
    key(qtbot, window, tab, Qt.Key.Key_Space)  # pause
    clock[0] += 100
    window.room_state.tick()
    assert overlay.time_label.text() == "5:00"
    assert overlay.time_label.property("paused") is True
    key(qtbot, window, tab, Qt.Key.Key_R)
    assert overlay.time_label.text() == "7:30"
    assert window.presenting()  # never left the mode
    assert window.statusBar().currentMessage() == ""


def test_time_up_turns_the_clock_red_and_a_bad_duration_is_said_on_the_overlay(
        presenting, qtbot, clock):
    window, tab = presenting
    overlay = window.presenter.overlay
    click(qtbot, overlay.buttons["set"])
    qtbot.keyClicks(overlay.duration_edit, "soon")
    qtbot.keyClick(overlay.duration_edit, Qt.Key.Key_Return)
    assert "Type minutes" in overlay.badges.text()
    assert overlay.duration_edit.isVisible()
    qtbot.keyClick(overlay.duration_edit, Qt.Key.Key_Escape)  # closes the field only
    assert overlay.duration_edit.isHidden() and window.presenting()
    click(qtbot, overlay.buttons["toggle"])
    with qtbot.waitSignal(window.room_state.finished):
        clock[0] += 301
        window.room_state.tick()
    assert overlay.time_label.text() == "0:00"
    assert overlay.time_label.property("done") is True


def test_spotlight_walks_the_stages_with_arrows_and_fades_the_rest(presenting, qtbot):
    window, tab = presenting
    doc = tab.controller.doc
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_Right)
    first = doc.stages[0]
    assert window.room_state.state.spotlight == first.id
    assert overlay.stage_label.text() == first.name and overlay.stage_label.isVisible()
    in_stage = {c.id for c in doc.cards if c.step_id in {s.id for s in first.steps}}
    assert tab.canvas.canvas_scene.faded_cards() == {c.id for c in doc.cards} - in_stage
    key(qtbot, window, tab, Qt.Key.Key_Right)
    assert window.room_state.state.spotlight == doc.stages[1].id
    key(qtbot, window, tab, Qt.Key.Key_Left)
    assert window.room_state.state.spotlight == first.id
    key(qtbot, window, tab, Qt.Key.Key_Home)
    assert window.room_state.state.spotlight is None
    assert tab.canvas.canvas_scene.faded_cards() == set()
    click(qtbot, overlay.buttons["next"])
    assert window.room_state.state.spotlight == first.id


def test_the_map_is_read_only_until_unlocked(presenting, qtbot):
    window, tab = presenting
    doc = tab.controller.doc
    before = doc.model_dump()
    card = doc.cards[0].id
    canvas = tab.canvas
    box = canvas.canvas_scene.layout.cards[card].rect
    at = canvas.mapFromScene(box.x + box.w / 2, box.y + box.h / 2)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.keyClick(canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.act_delete.isEnabled() and not window.act_add_card.isEnabled()
    assert doc.model_dump() == before
    key(qtbot, window, tab, Qt.Key.Key_L)  # unlock
    assert window.room_state.state.unlocked
    assert "Map unlocked" in window.presenter.overlay.badges.text()
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert canvas.selected_card_ids() == [card]
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert card not in {c.id for c in doc.cards}
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo works again
    assert card in {c.id for c in doc.cards}
    click(qtbot, window.presenter.overlay.buttons["lock"])  # locked again
    assert not window.room_state.state.unlocked and not window.act_delete.isEnabled()
    key(qtbot, window, tab, Qt.Key.Key_Escape)
    assert not window.presenting()
    assert window.act_delete.isEnabled() and window.act_add_card.isEnabled()


def test_a_vote_round_from_setup_to_reveal_and_recording(presenting, qtbot, clock):
    window, tab = presenting
    doc = tab.controller.doc
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_V)
    panel = overlay.vote_panel
    assert panel.isVisible() and panel.setup.isVisible()
    panel.budget.setValue(3)
    panel.anonymous.setChecked(False)
    panel.minutes.setValue(2)
    click(qtbot, panel.start)
    vote = window.room_state.state.vote
    assert vote is not None and vote.budget == 3 and not vote.anonymous
    assert vote.closes_at == clock[0] + 120
    assert "Voting open (named)" in panel.status.text()
    # two phones vote (through the same pure functions the server uses)
    room = window.room_state
    a, b = doc.cards[0].id, doc.cards[1].id
    room.update(lambda s: fs.join(fs.join(s, "p1", HOSTILE, clock[0]), "p2", "Ben", clock[0]))
    for voter, card in (("p1", a), ("p1", a), ("p2", a), ("p2", b)):
        room.update(lambda s, v=voter, c=card: fs.cast_vote(s, doc, v, c, 1, clock[0]))
    assert "4 votes cast by 2 of 2" in panel.status.text()
    assert overlay.ranking.isHidden()  # nothing shown before the reveal
    click(qtbot, panel.controls["close"])
    click(qtbot, panel.controls["reveal"])
    assert overlay.ranking.isVisible()
    rows = [w.text() for w in overlay.ranking.findChildren(type(overlay.badges))
            if w.objectName() == "presentRow"]
    assert rows[0].startswith("  3") and HOSTILE in rows[0]  # a name shown as text
    assert all(w.textFormat() == Qt.TextFormat.PlainText
               for w in overlay.findChildren(type(overlay.badges)))
    votes_before = doc.find_card(a).votes
    click(qtbot, panel.controls["record"])
    assert doc.find_card(a).votes == votes_before + 3
    assert window.room_state.state.vote is None
    tab.controller.undo_stack.undo()  # one undo step for the facilitator
    assert doc.find_card(a).votes == votes_before
    key(qtbot, window, tab, Qt.Key.Key_V)
    assert panel.isHidden()


def test_vote_reset_keeps_the_settings_and_empties_the_ballots(presenting, qtbot, clock):
    window, tab = presenting
    doc = tab.controller.doc
    room = window.room_state
    room.update(lambda s: fs.join(fs.open_vote(s, clock[0], budget=2), "p1", "Ana", clock[0]))
    room.update(lambda s: fs.cast_vote(s, doc, "p1", doc.cards[0].id, 1, clock[0]))
    click(qtbot, window.presenter.overlay.buttons["vote"])
    click(qtbot, window.presenter.overlay.vote_panel.controls["reset"])
    assert room.state.vote.ballots == {} and room.state.vote.budget == 2


def test_private_mode_hides_notes_then_reveals_them_together(presenting, qtbot, clock):
    window, tab = presenting
    doc = tab.controller.doc
    room = window.room_state
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_P)
    assert room.state.private
    cell = (doc.lanes[1].id, doc.step_ids()[0])
    room.update(lambda s: fs.join(s, "p1", "Ana", clock[0]))
    for title in ("first secret", HOSTILE):
        new_state, edit = fs.submit_card(room.state, doc, "p1", title, cell, clock[0])
        assert edit is None
        room.replace(new_state)
    assert "Private · 2 notes hidden" in overlay.badges.text()
    assert HOSTILE not in overlay.badges.text()
    count = len(doc.cards)
    click(qtbot, overlay.buttons["private"])  # "Reveal notes"
    assert not room.state.private
    assert len(doc.cards) == count + 2
    assert [c.title for c in doc.cards_in(*cell)][-2:] == ["first secret", HOSTILE]
    tab.controller.undo_stack.undo()
    assert len(doc.cards) == count  # both at once, one step


def test_the_inbox_approves_into_the_cell_and_rejects(presenting, qtbot, clock):
    window, tab = presenting
    doc = tab.controller.doc
    room = window.room_state
    room.update(lambda s: fs.join(s, "p1", "Ana", clock[0]))
    cell = (doc.lanes[2].id, doc.step_ids()[1])
    state, _ = fs.submit_card(room.state, doc, "p1", "asked for a cell", None, clock[0])
    state = fs.set_moderated(state, True)
    state, _ = fs.submit_card(state, doc, "p1", "with a cell", cell, clock[0])
    room.replace(state)
    overlay = window.presenter.overlay
    assert overlay.buttons["inbox"].text() == "Inbox (2)"
    key(qtbot, window, tab, Qt.Key.Key_I)
    assert overlay.inbox_panel.isVisible()
    first, second = room.state.inbox()
    from PySide6.QtWidgets import QPushButton

    def button(name):  # rows of the last drawing only (older ones wait to be deleted)
        qtbot.wait(5)  # new rows show once events run
        return next(b for b in overlay.inbox_panel.findChildren(QPushButton, name)
                    if b.isVisible())

    click(qtbot, button(f"approve_{second.id}"))
    assert doc.cards_in(*cell)[-1].title == "with a cell"
    click(qtbot, button(f"approve_{first.id}"))
    assert "Choose a cell" in overlay.badges.text()  # no cell and none selected
    click(qtbot, button(f"reject_{first.id}"))
    assert room.state.inbox() == []


def test_controls_hide_and_the_overlay_leaves_with_the_mode(presenting, qtbot):
    window, tab = presenting
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_H)
    assert overlay.bar.isHidden() and overlay.time_label.isVisible()
    key(qtbot, window, tab, Qt.Key.Key_H)
    assert overlay.bar.isVisible()
    # the overlay takes the mouse only on its panels: the map beneath stays reachable
    assert not overlay.mask().contains(QPoint(overlay.width() // 2, overlay.height() // 2))
    key(qtbot, window, tab, Qt.Key.Key_F5)
    assert not window.presenting() and window.presenter.overlay is None
    assert not window.statusBar().isHidden()
    key(qtbot, window, tab, Qt.Key.Key_Space)  # Space is the canvas's again: no timer
    assert not window.room_state.state.countdown.running()


@pytest.mark.parametrize(("text", "seconds"), [
    ("7", 420), ("7:30", 450), ("1:00:00", 3600), ("90s", 90), ("5m", 300), ("1h", 3600),
    (" 2.5 ", 150),
])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "7:75", "-3", "1e9", "12:00:00:00"])
def test_parse_duration_refuses(text):
    with pytest.raises(fs.FacilitationError):
        parse_duration(text)


def test_what_phones_may_do_is_set_on_the_projector(presenting, qtbot):
    window, tab = presenting
    doc = tab.controller.doc
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_O)
    assert overlay.phones_panel.isVisible()
    from PySide6.QtWidgets import QCheckBox

    def box(name):
        qtbot.wait(5)
        return next(b for b in overlay.phones_panel.findChildren(QCheckBox, name)
                    if b.isVisible())

    def tick(name):  # a click on the box itself, at the left of its label
        widget = box(name)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(9, widget.height() // 2))

    lane = doc.lanes[0]
    assert box(f"lane_{lane.id}").isChecked()
    tick(f"lane_{lane.id}")
    assert window.room_state.state.private_lanes == (lane.id,)
    assert not box(f"lane_{lane.id}").isChecked()
    tick("phonesModerated")
    assert window.room_state.state.moderated
    tick(f"lane_{lane.id}")
    assert window.room_state.state.private_lanes == ()
    key(qtbot, window, tab, Qt.Key.Key_V)  # one panel at a time
    assert overlay.phones_panel.isHidden() and overlay.vote_panel.isVisible()


def test_a_timed_round_closes_by_the_clock_on_the_projector(presenting, qtbot, clock):
    window, tab = presenting
    overlay = window.presenter.overlay
    key(qtbot, window, tab, Qt.Key.Key_V)
    overlay.vote_panel.minutes.setValue(1)
    click(qtbot, overlay.vote_panel.start)
    assert "Voting open" in overlay.badges.text()
    assert "1:00 left" in overlay.vote_panel.status.text()
    clock[0] += 61
    window.room_state.tick()  # the timer itself is not running: the round still ticks
    assert "Voting open" not in overlay.badges.text()
    assert "Voting closed" in overlay.vote_panel.status.text()
