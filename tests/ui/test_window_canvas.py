"""The window and the real canvas together: clicks on the map drive the panels, and
panel edits show on the map."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt


def _card_point(canvas, card_id: str) -> QPoint:
    box = canvas.canvas_scene.layout.cards[card_id]
    canvas.ensure_visible("card", card_id)
    return canvas.mapFromScene(QPointF(box.rect.x + box.rect.w / 2, box.rect.y + 12))


def test_clicking_a_card_fills_the_inspector_and_edits_show_on_the_map(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    canvas = tab.canvas
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_card_point(canvas, "card-3"))
    assert tab.selection.cards == ("card-3",)
    assert window.inspector.currentWidget() is window.inspector.card_page
    assert window.selection_label.text() == "1 card selected"
    title = window.inspector.card_bindings["title"].edit
    assert title.text() == "Prices hard to compare"
    title.selectAll()
    qtbot.keyClicks(title, "Bundles impossible to compare")
    box = canvas.canvas_scene.layout.cards["card-3"]
    assert " ".join(box.title_lines).startswith("Bundles impossible")
    assert window.isWindowModified()


def test_find_dims_the_other_cards_on_the_map(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    window.edit.find()
    tab.find_bar.set_filter("channel", "website")
    assert tab.canvas.canvas_scene.faded_cards() == {"card-1", "card-3", "card-4"}
    tab.find_bar.close_bar()
    assert tab.canvas.canvas_scene.faded_cards() == set()


def test_insert_card_adds_to_the_current_cell(make_window, map_file, qtbot):
    from cjdesigner.ui.selection import Selection

    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    tab.canvas.select(Selection(cell=("lane-opp", "step-ad")))
    window.act_add_card.trigger()
    added = tab.selection.cards
    assert len(added) == 1
    card = tab.controller.doc.find_card(added[0])
    assert (card.lane_id, card.step_id) == ("lane-opp", "step-ad")
    assert window.inspector.currentWidget() is window.inspector.card_page
    window.act_undo.trigger()
    assert added[0] not in [c.id for c in tab.controller.doc.cards]
