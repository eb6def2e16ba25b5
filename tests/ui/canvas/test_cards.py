from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.canvas.conftest import cell_point, centre, key


def cells(doc):
    return {c.id: (c.lane_id, c.step_id) for c in doc.cards}


def test_drag_card_to_another_cell_is_one_undo_step(view, mouse, controller):
    before = controller.doc.model_dump()
    start = centre(view, "card-1")
    target = cell_point(view, "lane-touch", "step-compare")
    mouse.drag(start, target)
    assert controller.doc.find_card("card-1").lane_id == "lane-touch"
    assert controller.doc.find_card("card-1").step_id == "step-compare"
    assert controller.undo_stack.count() == 1
    assert view.selected_card_ids() == ["card-1"]
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_drop_target_lights_up_during_drag(view, mouse):
    start = centre(view, "card-1")
    tx, ty = cell_point(view, "lane-touch", "step-compare")
    mouse.press(*start)
    mouse.move(start[0] + 10, start[1] + 10)
    mouse.move(tx, ty)
    overlay = view.canvas_scene.overlay
    assert overlay.drop_cell == view.canvas_scene.cell_rect("lane-touch", "step-compare")
    assert overlay.ghost
    mouse.release(tx, ty)
    assert overlay.drop_cell is None and not overlay.ghost


def test_click_without_moving_only_selects(view, mouse, controller):
    mouse.click(*centre(view, "card-1"))
    assert view.selected_card_ids() == ["card-1"]
    assert controller.undo_stack.count() == 0


def test_multi_select_moves_together_as_one_step(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    mouse.click(*centre(view, "card-2"), mods=Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_card_ids()) == {"card-1", "card-2"}
    mouse.drag(centre(view, "card-1"), cell_point(view, "lane-opp", "step-order"))
    moved = cells(controller.doc)
    assert moved["card-1"] == ("lane-opp", "step-order")
    assert moved["card-2"] == ("lane-opp", "step-order")
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_delete_key_removes_and_undo_restores(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_Delete)
    assert "card-1" not in cells(controller.doc)
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def cell_order(doc, lane_id, step_id):
    return [c.id for c in doc.cards if c.lane_id == lane_id and c.step_id == step_id]


def test_drag_within_a_cell_reorders(view, mouse, controller):
    doc = controller.doc
    # put two more cards in card-1's cell so there is an order to change
    view.select(view.selection().__class__(cards=("card-1",), cell=("lane-actions", "step-ad")))
    key(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    key(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    order = cell_order(doc, "lane-actions", "step-ad")
    assert len(order) == 3 and order[0] == "card-1"
    before = doc.model_dump()
    steps_before = controller.undo_stack.count()
    last = view.canvas_scene.layout.cards[order[-1]].rect
    mouse.drag(centre(view, "card-1"), (last.x + 40, last.bottom - 3))
    assert cell_order(doc, "lane-actions", "step-ad") == [order[1], order[2], "card-1"]
    assert controller.undo_stack.count() == steps_before + 1
    controller.undo_stack.undo()
    assert doc.model_dump() == before


def test_rubber_band_selects_cards_and_ctrl_a_selects_all(view, mouse, controller):
    a = view.canvas_scene.layout.cards["card-1"].rect
    mouse.drag((a.x - 5, a.y - 5), (a.right + 2, a.bottom + 2))
    assert view.selected_card_ids() == ["card-1"]
    key(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_card_ids()) == {c.id for c in controller.doc.cards}
    assert controller.undo_stack.count() == 0


def test_enter_adds_a_card_in_the_selected_cell(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*cell_point(view, "lane-opp", "step-ad"))
    assert view.selection().cell == ("lane-opp", "step-ad")
    key(view, Qt.Key.Key_Return)
    added = cell_order(controller.doc, "lane-opp", "step-ad")
    assert len(added) == 1
    editor = view.commands.editor()
    assert editor is not None and editor.card_id == added[0]
    key(editor.title, Qt.Key.Key_Escape)
    assert view.commands.editor() is None
    # Esc on a new card left empty takes the card back, leaving no step in the history
    assert controller.undo_stack.count() == 0
    assert controller.doc.model_dump() == before


def test_ctrl_d_duplicates_next_to_the_original(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    order = cell_order(controller.doc, "lane-actions", "step-ad")
    assert order[0] == "card-1" and len(order) == 2
    copy = controller.doc.find_card(order[1])
    assert copy.title == controller.doc.find_card("card-1").title
    assert view.selected_card_ids() == [copy.id]
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_copy_paste_between_two_maps(qtbot, view, mouse, controller):
    from cjdesigner.model import JourneyMap, Lane, LaneKind, Stage, Step
    from cjdesigner.ui.canvas.view import CanvasView
    from cjdesigner.ui.controller import DocumentController

    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    other = DocumentController(
        JourneyMap(
            stages=[Stage(id="s", steps=[Step(id="a"), Step(id="b")])],
            lanes=[Lane(id="x", kind=LaneKind.ACTIONS), Lane(id="y", kind=LaneKind.IDEAS)],
        )
    )
    second = CanvasView(other)
    qtbot.addWidget(second)
    second.resize(900, 600)
    second.show()
    before = other.doc.model_dump()
    second.select(second.selection().__class__(cell=("y", "b")))
    second.setFocus()
    key(second, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(other.doc.cards) == 1
    pasted = other.doc.cards[0]
    assert (pasted.lane_id, pasted.step_id) == ("y", "b")
    assert pasted.title == controller.doc.find_card("card-1").title
    assert pasted.id != "card-1"
    assert other.undo_stack.count() == 1
    other.undo_stack.undo()
    assert other.doc.model_dump() == before
    # and into the same map, into the selected cell
    before = controller.doc.model_dump()
    mouse.click(*cell_point(view, "lane-opp", "step-order"))
    key(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(cell_order(controller.doc, "lane-opp", "step-order")) == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_cut_removes_and_keeps_on_clipboard(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "card-1" not in cells(controller.doc)
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_arrow_keys_move_from_cell_to_cell(view, mouse, controller):
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_Right)
    sel = view.selection()
    assert sel.cell == ("lane-actions", "step-review")
    key(view, Qt.Key.Key_Down)
    assert view.selection().cell[0] == "lane-touch"
    key(view, Qt.Key.Key_Left)
    assert view.selection().cell[1] == "step-ad"
    key(view, Qt.Key.Key_Up)
    assert view.selection().cell == ("lane-actions", "step-ad")
    assert view.selected_card_ids() == ["card-1"]
    assert controller.undo_stack.count() == 0


def test_double_click_edits_in_place_typing_is_one_step(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.double_click(*centre(view, "card-1"))
    editor = view.commands.editor()
    assert editor is not None
    from PySide6.QtTest import QTest

    key(editor.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor.title, "Sees a poster")
    assert controller.doc.find_card("card-1").title == "Sees a poster"
    editor.body.setFocus()
    QTest.keyClicks(editor.body, "At the bus stop")
    key(editor.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.commands.editor() is None
    card = controller.doc.find_card("card-1")
    assert (card.title, card.description) == ("Sees a poster", "At the bus stop")
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_escape_cancels_an_edit_without_history(view, mouse, controller):
    from PySide6.QtTest import QTest

    before = controller.doc.model_dump()
    mouse.double_click(*centre(view, "card-1"))
    editor = view.commands.editor()
    QTest.keyClicks(editor.title, " Oops")
    assert controller.doc.find_card("card-1").title == "Notices a banner Oops"
    key(editor.title, Qt.Key.Key_Escape)
    assert controller.doc.model_dump() == before
    assert controller.undo_stack.count() == 0


def test_enter_in_title_commits_and_clicking_elsewhere_commits(view, mouse, controller):
    from PySide6.QtTest import QTest

    mouse.double_click(*centre(view, "card-1"))
    key(view.commands.editor().title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.commands.editor().title, "One")
    key(view.commands.editor().title, Qt.Key.Key_Return)
    assert view.commands.editor() is None
    mouse.double_click(*centre(view, "card-2"))
    QTest.keyClicks(view.commands.editor().title, "Two")
    assert controller.doc.find_card("card-2").title == "Reads three reviewsTwo"
    mouse.click(*cell_point(view, "lane-opp", "step-ad"))
    assert view.commands.editor() is None
    assert controller.doc.find_card("card-1").title == "One"
    assert controller.doc.find_card("card-2").title == "Reads three reviewsTwo"
    assert controller.undo_stack.count() == 2


def test_double_click_empty_cell_adds_a_card(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.double_click(*cell_point(view, "lane-opp", "step-ad"))
    assert len(cell_order(controller.doc, "lane-opp", "step-ad")) == 1
    key(view.commands.editor().title, Qt.Key.Key_Escape)
    assert controller.undo_stack.count() == 0
    assert controller.doc.model_dump() == before


def test_undo_under_an_open_editor_closes_it(view, mouse, controller):
    from PySide6.QtTest import QTest

    mouse.click(*cell_point(view, "lane-opp", "step-ad"))
    key(view, Qt.Key.Key_Return)
    editor = view.commands.editor()
    QTest.keyClicks(editor.title, "x")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()  # the typing
    controller.undo_stack.undo()  # the new card: the editor has nothing left to edit
    assert view.commands.editor() is None
    assert controller.undo_stack.count() == 2  # nothing else was undone or dropped


def test_drag_near_the_edge_scrolls(qtbot, view, mouse, controller):
    from PySide6.QtCore import QPoint

    view.resize(500, 400)
    view.horizontalScrollBar().setValue(0)
    start = centre(view, "card-1")
    mouse.press(*start)
    mouse.move(start[0] + 10, start[1] + 10)
    edge = view.mapToScene(QPoint(view.viewport().width() - 5, 200))
    mouse.move(edge.x(), edge.y())
    qtbot.waitUntil(lambda: view.horizontalScrollBar().value() > 40, timeout=3000)
    pos = view.mapToScene(QPoint(view.viewport().width() - 5, 200))
    mouse.release(pos.x(), pos.y())
    assert not view._autoscroll_timer.isActive()
    assert controller.doc.find_card("card-1").step_id != "step-ad"


def test_ctrl_z_and_ctrl_shift_z_on_a_bare_canvas(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.drag(centre(view, "card-1"), cell_point(view, "lane-opp", "step-order"))
    after = controller.doc.model_dump()
    key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.doc.model_dump() == before
    key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert controller.doc.model_dump() == after


def test_card_and_cell_menus_by_right_click(view, controller):
    from tests.ui.canvas.conftest import right_click_pick

    before = controller.doc.model_dump()
    right_click_pick(view, *centre(view, "card-2"), "Duplicate")
    assert len(cell_order(controller.doc, "lane-actions", "step-review")) == 2
    right_click_pick(view, *centre(view, "card-2"), "Delete")
    assert "card-2" not in cells(controller.doc)
    right_click_pick(view, *cell_point(view, "lane-opp", "step-ad"), "Add card here")
    QTest.keyClicks(view.commands.editor().title, "Ad on the radio")
    key(view.commands.editor().title, Qt.Key.Key_Escape)  # a new card keeps what was typed
    assert [controller.doc.find_card(c).title
            for c in cell_order(controller.doc, "lane-opp", "step-ad")] == ["Ad on the radio"]
    assert controller.undo_stack.count() == 4
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_alt_arrows_move_the_selected_cards(view, mouse, controller):
    before = controller.doc.model_dump()
    alt = Qt.KeyboardModifier.AltModifier
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_Right, alt)
    assert cells(controller.doc)["card-1"] == ("lane-actions", "step-review")
    # it lands after card-2; Alt+Up moves it above, Alt+Down back, then to the next lane
    assert cell_order(controller.doc, "lane-actions", "step-review") == ["card-2", "card-1"]
    key(view, Qt.Key.Key_Up, alt)
    assert cell_order(controller.doc, "lane-actions", "step-review") == ["card-1", "card-2"]
    key(view, Qt.Key.Key_Down, alt)
    assert cell_order(controller.doc, "lane-actions", "step-review") == ["card-2", "card-1"]
    key(view, Qt.Key.Key_Down, alt)
    assert cells(controller.doc)["card-1"] == ("lane-touch", "step-review")
    # consecutive nudges are one undo step (QUndoCommand.mergeWith)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before
    controller.undo_stack.redo()
    assert cells(controller.doc)["card-1"] == ("lane-touch", "step-review")
    # a click ends the run: the next nudge is a step of its own
    mouse.click(*centre(view, "card-1"))
    key(view, Qt.Key.Key_Left, alt)
    assert cells(controller.doc)["card-1"] == ("lane-touch", "step-ad")
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert cells(controller.doc)["card-1"] == ("lane-touch", "step-review")
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_escape_cancels_a_drag(view, mouse, controller):
    before = controller.doc.model_dump()
    start = centre(view, "card-1")
    target = cell_point(view, "lane-touch", "step-compare")
    mouse.press(*start)
    mouse.move(start[0] + 10, start[1] + 10)
    mouse.move(*target)
    key(view, Qt.Key.Key_Escape)
    assert not view.canvas_scene.overlay.ghost
    mouse.release(*target)
    assert controller.doc.model_dump() == before
    assert controller.undo_stack.count() == 0


def test_copying_cards_does_not_crash_the_interpreter_on_exit(tmp_path):
    """A Python-made QMimeData on the clipboard made PySide6 segfault at exit."""
    import os
    import subprocess
    import sys

    script = tmp_path / "copy_then_quit.py"
    script.write_text(
        "from PySide6.QtWidgets import QApplication\n"
        "from cjdesigner.model.sample import sample_map\n"
        "from cjdesigner.ui.canvas.clipboard import cards_to_json, put_on_clipboard\n"
        "from cjdesigner.ui.canvas.clipboard import read_clipboard\n"
        "app = QApplication([])\n"
        "put_on_clipboard(cards_to_json(sample_map(), ['card-1']))\n"
        "assert 'Notices a banner' in read_clipboard()\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
