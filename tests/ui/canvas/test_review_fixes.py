"""Problems found by driving the canvas with real events, each pinned by a test that
uses real mouse and key events on the viewport, checks the model and undoes back."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjdesigner.layout import layout_map
from cjdesigner.model import edits
from tests.ui.canvas.conftest import cell_point, centre, key

CTRL = Qt.KeyboardModifier.ControlModifier


def place(doc, card_id):
    card = doc.find_card(card_id)
    return card.lane_id, card.step_id


def curve_y(layout, step_id):
    return [p.y for p in layout.curves[0].points if p.step_id == step_id]


# -- 1: the curve follows an emotion that is cleared or undone -----------------------
def test_curve_follows_an_emotion_taken_back_by_undo(view, controller):
    doc = controller.doc
    before = doc.model_dump()
    scene = view.canvas_scene
    controller.push(edits.SetFields(target="card", ident="card-4", changes={"emotion": 2.0}))
    assert scene.layout.curves == layout_map(doc).curves
    key(view, Qt.Key.Key_Z, CTRL)  # undo with the key
    assert doc.find_card("card-4").emotion is None
    assert curve_y(scene.layout, "step-compare") == curve_y(layout_map(doc), "step-compare")
    assert scene.layout.curves == layout_map(doc).curves
    # clearing an emotion a card had from the start moves the point too
    controller.push(edits.SetFields(target="card", ident="card-3", changes={"emotion": None}))
    assert scene.layout.curves == layout_map(doc).curves
    key(view, Qt.Key.Key_Z, CTRL)
    assert scene.layout.curves == layout_map(doc).curves
    assert doc.model_dump() == before


# -- 2: a plain click on one of several selected cards selects it alone -----------------
def test_plain_click_on_one_of_several_selected_cards_selects_only_it(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    mouse.click(*centre(view, "card-1"), mods=CTRL)
    mouse.click(*centre(view, "card-2"), mods=CTRL)
    assert set(view.selected_card_ids()) == {"card-1", "card-2"}
    mouse.click(*centre(view, "card-2"))
    assert view.selected_card_ids() == ["card-2"]
    key(view, Qt.Key.Key_Delete)
    ids = {c.id for c in doc.cards}
    assert "card-2" not in ids and "card-1" in ids
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- 3: cards from several cells keep their arrangement when dragged -------------------
def test_drag_from_several_cells_moves_each_card_by_the_same_offset(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    scene = view.canvas_scene
    mouse.click(*centre(view, "card-1"))
    mouse.click(*centre(view, "card-3"), mods=CTRL)
    assert set(view.selected_card_ids()) == {"card-1", "card-3"}
    # card-1 (actions × ad) goes one lane down and one step right
    start = centre(view, "card-1")
    target = cell_point(view, "lane-touch", "step-review")
    mouse.press(*start)
    mouse.move(start[0] + 12, start[1] + 12)
    mouse.move(*target)
    overlay = scene.overlay
    assert overlay.drop_cell == scene.cell_rect("lane-touch", "step-review")
    # card-3 (pain × compare) will land in opp × order: that cell lights up too
    assert overlay.drop_cells == [scene.cell_rect("lane-opp", "step-order")]
    mouse.release(*target)
    assert place(doc, "card-1") == ("lane-touch", "step-review")
    assert place(doc, "card-3") == ("lane-opp", "step-order")
    assert controller.undo_stack.count() == 1
    assert not overlay.drop_cells and overlay.drop_cell is None
    assert scene.layout.cards == layout_map(doc).cards
    controller.undo_stack.undo()
    assert doc.model_dump() == before


def test_drag_from_several_cells_clamps_to_the_grid(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    mouse.click(*centre(view, "card-3"), mods=CTRL)
    # card-3 (pain × compare) to actions × order: card-1 would go left of the first step
    # and above the first lane, so it stops at the edge
    mouse.drag(centre(view, "card-3"), cell_point(view, "lane-actions", "step-order"))
    assert place(doc, "card-3") == ("lane-actions", "step-order")
    assert place(doc, "card-1") == ("lane-actions", "step-review")
    controller.undo_stack.undo()
    assert doc.model_dump() == before


def test_alt_arrow_moves_cards_from_several_cells_one_cell_each(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    mouse.click(*centre(view, "card-1"))
    mouse.click(*centre(view, "card-3"), mods=CTRL)
    key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert place(doc, "card-1") == ("lane-actions", "step-review")
    assert place(doc, "card-3") == ("lane-pain", "step-order")
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- 4: double-clicks on the curves add no card ------------------------------------------
def test_double_click_on_the_curves_adds_no_card(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    lay = view.canvas_scene.layout
    points = lay.curves[0].points
    a, b = points[1], points[2]
    feel = next(lane for lane in lay.lanes if lane.lane_id == lay.feelings_lane_id)
    column = lay.steps[1].column
    spots = [
        (a.x, a.y),  # a point
        ((a.x + b.x) / 2, (a.y + b.y) / 2),  # the line between two points
        (column.x + 20, feel.row.y + 6),  # the band, away from the line
    ]
    for x, y in spots:
        mouse.double_click(x, y)
        assert view.commands.editor() is None
        assert len(doc.cards) == len(before["cards"])
        assert controller.undo_stack.count() == 0
    # elsewhere a double-click still adds a card
    mouse.double_click(*cell_point(view, "lane-pain", "step-ad"))
    assert len(doc.cards) == len(before["cards"]) + 1
    key(view.commands.editor().title, Qt.Key.Key_Escape)
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- 5: Enter on a selected header renames it -----------------------------------------------
def test_enter_on_a_selected_header_starts_renaming(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    scene = view.canvas_scene
    stage = scene.layout.stages[1]
    mouse.click(stage.rect.x + 30, scene.header_top() + 10)
    assert view.selection().stage == stage.stage_id
    key(view, Qt.Key.Key_Return)
    assert len(doc.cards) == len(before["cards"])
    editor = view.commands.header_editor()
    assert editor is not None and editor.ident == stage.stage_id
    QTest.keyClicks(editor, "Checkout")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.find_stage(stage.stage_id).name == "Checkout"
    assert controller.undo_stack.count() == 1
    # a selected lane and step too
    lane = scene.layout.lanes[0]
    mouse.click(lane.rect.x + 60, lane.rect.y + 20)
    key(view, Qt.Key.Key_Enter)
    assert view.commands.header_editor() is not None and view.commands.header_editor().ident == lane.lane_id
    QTest.keyClick(view.commands.header_editor(), Qt.Key.Key_Escape)
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- 6: typing taken back with Ctrl+Z leaves no step -----------------------------------------
def test_text_undone_inside_the_editor_leaves_no_undo_step(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    mouse.double_click(*centre(view, "card-1"))
    editor = view.commands.editor()
    assert editor is not None
    QTest.keyClicks(editor.title, "xy")
    assert doc.find_card("card-1").title.endswith("xy")
    QTest.keyClick(editor.title, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert view.commands.editor() is None
    assert doc.model_dump() == before
    assert controller.undo_stack.count() == 0
    assert not controller.undo_stack.canRedo()


# -- 7: the first arrow key lands on the first cell --------------------------------------------
def test_first_arrow_key_selects_the_first_cell(view, controller):
    before = controller.doc.model_dump()
    scene = view.canvas_scene
    assert scene.current_cell is None and not view.selected_card_ids()
    key(view, Qt.Key.Key_Down)
    assert view.selection().cell == ("lane-actions", "step-ad")
    assert view.selected_card_ids() == ["card-1"]
    key(view, Qt.Key.Key_Down)  # and the next one goes on from there
    assert view.selection().cell == ("lane-touch", "step-ad")
    assert controller.doc.model_dump() == before


# -- 9: Tab into the description puts the cursor at its end -------------------------------------
def test_tab_into_the_description_goes_to_its_end(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    description = doc.find_card("card-3").description
    assert description
    mouse.double_click(*centre(view, "card-3"))
    editor = view.commands.editor()
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    assert editor.body.hasFocus()
    assert editor.body.textCursor().position() == len(description)
    QTest.keyClicks(editor.body, " more")
    QTest.keyClick(editor.body, Qt.Key.Key_Return, CTRL)
    assert doc.find_card("card-3").description == description + " more"
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- panning leaves the editor open ------------------------------------------------------------
def test_panning_leaves_the_card_editor_open(view, mouse, controller):
    doc = controller.doc
    before = doc.model_dump()
    mouse.double_click(*centre(view, "card-1"))
    editor = view.commands.editor()
    QTest.keyClicks(editor.title, " draft")
    x, y = centre(view, "card-4")
    mouse.drag((x, y), (x - 80, y - 40), button=Qt.MouseButton.MiddleButton)
    assert view.commands.editor() is editor and not editor.closed
    QTest.keyClicks(editor.title, "!")
    QTest.keyClick(editor.title, Qt.Key.Key_Return)
    assert doc.find_card("card-1").title.endswith(" draft!")
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert doc.model_dump() == before


# -- 8: what stays readable zoomed out and at 100 % ------------------------------------------------
def test_zoomed_out_the_curve_key_moves_to_the_frozen_feelings_header(
    view, controller, monkeypatch
):
    from cjdesigner.ui.canvas.items.curve import CurveItem
    from cjdesigner.ui.canvas.items.headers import LaneColumnItem

    before = controller.doc.model_dump()
    calls = []
    band_legend, header_legend = CurveItem._paint_legend, LaneColumnItem._paint_legend

    def in_band(self, painter):
        calls.append("band")
        band_legend(self, painter)

    def in_header(self, painter, *args):
        calls.append("header")
        header_legend(self, painter, *args)

    monkeypatch.setattr(CurveItem, "_paint_legend", in_band)
    monkeypatch.setattr(LaneColumnItem, "_paint_legend", in_header)
    view.grab()
    assert "band" in calls and "header" not in calls
    for _ in range(4):  # 100 % → 41 %
        key(view, Qt.Key.Key_Minus, CTRL)
    assert 0.35 < view.zoom_factor() < 0.5
    calls.clear()
    view.grab()
    assert "header" in calls and "band" not in calls
    key(view, Qt.Key.Key_1, CTRL)
    calls.clear()
    view.grab()
    assert "band" in calls and "header" not in calls
    assert controller.doc.model_dump() == before


def test_labels_cut_to_a_stub_are_left_out():
    from cjdesigner.layout import style
    from cjdesigner.ui.canvas.items.headers import legible

    role = style.STEP_TITLE
    assert legible("Compares models and prices", role, 14) == ""  # not "…" or "C…"
    assert legible("Compares models and prices", role, 24) == ""
    kept = legible("Compares models and prices", role, 60)
    assert kept.endswith("…") and len(kept.rstrip("…")) >= 3
    assert legible("Go", role, 30) == "Go"  # a short name that fits whole stays


def test_the_corner_title_wraps_to_two_lines():
    from cjdesigner.ui.canvas.items.headers import corner_title_lines

    lines = corner_title_lines("Service blueprint: home broadband installation")
    assert len(lines) == 2 and not lines[-1].endswith("…")
    assert " ".join(lines) == "Service blueprint: home broadband installation"
    assert corner_title_lines("Short") == ["Short"]
    assert len(corner_title_lines("word " * 40)) == 2
