"""Edit commands follow the keyboard focus: Delete, Cut, Copy and Select All pressed in a
side panel act on that panel, never on the cards selected on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjdesigner.ui.selection import Selection

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def active(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window, tab


def card_ids(tab) -> list[str]:
    return [c.id for c in tab.controller.doc.cards]


def click_item(qtbot, view, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_delete_in_the_personas_list_removes_the_persona_not_the_cards(active, qtbot):
    window, tab = active
    tab.canvas.select(Selection(cards=("card-1",)))
    window.personas_dock.raise_()
    persona_list = window.personas.list
    click_item(qtbot, persona_list, 0)
    assert persona_list.hasFocus()
    qtbot.keyClick(persona_list, Qt.Key.Key_Delete)
    assert "card-1" in card_ids(tab)
    assert tab.controller.doc.personas == []
    before = len(card_ids(tab))
    for key in (Qt.Key.Key_X, Qt.Key.Key_C, Qt.Key.Key_A, Qt.Key.Key_V, Qt.Key.Key_D):
        qtbot.keyClick(persona_list, key, CTRL)
    assert "card-1" in card_ids(tab) and len(card_ids(tab)) == before
    assert tab.selection.cards == ("card-1",)  # Select All did not reach the map


def test_delete_in_the_evidence_combo_does_nothing(active, qtbot):
    window, tab = active
    tab.canvas.select(Selection(cards=("card-1",)))
    combo = window.inspector.card_bindings["evidence"].combo
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    assert combo.hasFocus()
    before = tab.controller.undo_stack.count()
    for key, mods in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_X, CTRL),
                      (Qt.Key.Key_A, CTRL)):
        qtbot.keyClick(combo, key, mods)
    assert "card-1" in card_ids(tab)
    assert tab.controller.undo_stack.count() == before
    assert tab.selection.cards == ("card-1",)


def test_delete_in_the_links_list_removes_the_link(active, qtbot):
    window, tab = active
    tab.canvas.select(Selection(cards=("card-3",)))
    links = window.inspector.links.list
    assert links.count() == 1
    click_item(qtbot, links, 0)
    assert links.hasFocus()
    qtbot.keyClick(links, Qt.Key.Key_Delete)
    doc = tab.controller.doc
    assert {"card-3", "card-4"} <= set(card_ids(tab))
    assert doc.find_card("card-3").links == []


def test_delete_on_the_map_still_deletes_the_selected_card(active, qtbot):
    window, tab = active
    tab.canvas.setFocus()
    tab.canvas.select(Selection(cards=("card-1",)))
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Delete)
    assert "card-1" not in card_ids(tab)


def test_edit_menu_in_a_spin_box_edits_its_text(active, qtbot):
    window, tab = active
    tab.canvas.select(Selection(cards=("card-2",)))
    spin = window.inspector.card_bindings["votes"].spin
    spin.setFocus()
    window.act_select_all.trigger()
    assert spin.lineEdit().selectedText() == "2"
    assert tab.selection.cards == ("card-2",)
