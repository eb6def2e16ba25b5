"""Facilitation: the workshop timer and presentation mode."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjdesigner.ui.workshop import WorkshopTimer


def test_timer_counts_down_and_says_when_time_is_up(qtbot):
    now = [1000.0]
    timer = WorkshopTimer(clock=lambda: now[0])
    qtbot.addWidget(timer)
    timer.start(5)
    assert not timer.isHidden()
    assert timer.text() == "Timer 5:00"
    now[0] += 61.2
    timer.room.tick()
    assert timer.text() == "Timer 3:59"
    with qtbot.waitSignal(timer.finished):
        now[0] += 240
        timer.room.tick()
    assert timer.text() == "Time’s up"
    assert not timer.running()
    timer.stop()
    assert timer.isHidden()


def test_timer_from_the_view_menu(make_window, map_file):
    window = make_window()
    window.open_path(str(map_file))
    window.show()
    action = next(a for a in window.timer_menu.actions() if a.text() == "10 minutes")
    action.trigger()
    assert window.timer.running()
    assert window.timer.text() in ("Timer 10:00", "Timer 9:59")
    window.act_timer_stop.trigger()
    assert not window.timer.running() and window.timer.isHidden()


def test_presentation_mode_gives_the_map_the_screen(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert not window.inspector_dock.isHidden()
    window.act_present.trigger()
    assert window.presenting()
    assert window.inspector_dock.isHidden() and window.outline_dock.isHidden()
    assert window.toolbar.isHidden() and window.menuBar().isHidden()
    assert tab.canvas.isVisible()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
    assert not window.presenting()
    assert not window.inspector_dock.isHidden() and not window.outline_dock.isHidden()
    assert not window.toolbar.isHidden() and not window.menuBar().isHidden()


def test_presentation_needs_a_map(make_window):
    window = make_window()
    window.act_present.trigger()
    assert not window.presenting()
    assert not window.act_present.isChecked()


def test_dot_voting_on_selected_cards(make_window, map_file):
    from cjdesigner.ui.selection import Selection

    window = make_window()
    tab = window.open_path(str(map_file))
    doc = tab.controller.doc
    tab.canvas.select(Selection(cards=("card-1", "card-2")))
    window.act_vote.trigger()
    window.act_vote.trigger()
    assert (doc.find_card("card-1").votes, doc.find_card("card-2").votes) == (2, 4)
    window.act_unvote.trigger()
    assert (doc.find_card("card-1").votes, doc.find_card("card-2").votes) == (1, 3)
    assert tab.controller.undo_stack.undoText() == "Remove vote"
    tab.canvas.select(Selection(cards=("card-1",)))
    window.act_unvote.trigger()
    window.act_unvote.trigger()  # never below zero
    assert doc.find_card("card-1").votes == 0
    tab.canvas.select(Selection())
    window.act_vote.trigger()
    assert "Select the cards" in window.statusBar().currentMessage()


@pytest.mark.parametrize("how", ["presentation", "full screen"])
def test_leaving_full_screen_keeps_the_window_maximised(make_window, map_file, qtbot, how):
    window = make_window()
    tab = window.open_path(str(map_file))
    with qtbot.waitActive(window):
        window.showMaximized()
        window.activateWindow()
    assert window.isMaximized()
    key = Qt.Key.Key_F5 if how == "presentation" else None
    if key is not None:
        qtbot.keyClick(tab.canvas, key)
        assert window.presenting() and window.isFullScreen()
        qtbot.keyClick(tab.canvas, Qt.Key.Key_Escape)
        assert not window.presenting()
    else:
        shortcut = window.act_full.shortcut()[0]  # F11 or the platform's own
        qtbot.keyClick(tab.canvas, shortcut.key(), shortcut.keyboardModifiers())
        assert window.isFullScreen() and window.act_full.isChecked()
        qtbot.keyClick(tab.canvas, shortcut.key(), shortcut.keyboardModifiers())
        assert not window.act_full.isChecked()
    assert not window.isFullScreen()
    assert window.isMaximized()
