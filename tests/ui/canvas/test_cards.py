from PySide6.QtCore import Qt

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
