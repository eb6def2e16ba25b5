"""Stages, steps and lanes: reorder by dragging headers, context-menu actions."""

from PySide6.QtCore import QPointF, Qt

from cjdesigner.layout import style


def stage_ids(doc):
    return [s.id for s in doc.stages]


def step_ids(doc):
    return doc.step_ids()


def lane_ids(doc):
    return [lane.id for lane in doc.lanes]


def header_point(view, kind, ident):
    lay = view.canvas_scene.layout
    if kind == "stage":
        r = next(s for s in lay.stages if s.stage_id == ident).rect
    elif kind == "step":
        r = next(s for s in lay.steps if s.step_id == ident).rect
    else:
        r = next(lane for lane in lay.lanes if lane.lane_id == ident).rect
    return (r.x + r.w / 2, r.y + r.h / 2)


def trigger(menu, text):
    for action in menu.actions():
        if action.text() == text:
            action.trigger()
            return
        if action.menu():
            for sub in action.menu().actions():
                if sub.text() == text:
                    sub.trigger()
                    return
    raise AssertionError(f"no action {text!r} in {[a.text() for a in menu.actions()]}")


def menu_at(view, point):
    return view.menus.build_context_menu(QPointF(*point))


def test_drag_stage_header_reorders_stages(view, mouse, controller):
    before = controller.doc.model_dump()
    start = header_point(view, "stage", "stage-aware")
    end_x = view.canvas_scene.layout.stages[-1].rect.right - 4
    mouse.drag(start, (end_x, start[1]))
    assert stage_ids(controller.doc) == ["stage-buy", "stage-aware"]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_drag_step_header_moves_step_into_other_stage(view, mouse, controller):
    before = controller.doc.model_dump()
    start = header_point(view, "step", "step-ad")
    # drop at the boundary between step-compare and step-order (inside "Decision")
    target = next(s for s in view.canvas_scene.layout.steps if s.step_id == "step-order").rect
    mouse.drag(start, (target.x + 5, start[1]))
    assert step_ids(controller.doc) == ["step-review", "step-compare", "step-ad", "step-order"]
    assert controller.doc.find_step("step-ad")[0].id == "stage-buy"
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_drag_lane_header_reorders_lanes(view, mouse, controller):
    before = controller.doc.model_dump()
    start = header_point(view, "lane", "lane-actions")
    target = next(lane for lane in view.canvas_scene.layout.lanes if lane.lane_id == "lane-touch")
    mouse.drag(start, (start[0], target.row.bottom - 3))
    assert lane_ids(controller.doc)[:2] == ["lane-touch", "lane-actions"]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_click_on_header_selects_it(view, mouse, controller):
    got = []
    view.selectionChanged.connect(got.append)
    mouse.click(*header_point(view, "step", "step-review"))
    assert view.selection().step == "step-review"
    assert got and got[-1].step == "step-review"
    assert controller.undo_stack.count() == 0


def type_into(widget, text):
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_rename_in_place_from_menu_and_double_click(view, mouse, controller):
    from PySide6.QtTest import QTest

    before = controller.doc.model_dump()
    trigger(menu_at(view, header_point(view, "stage", "stage-aware")), "Rename…")
    editor = view.commands.header_editor()
    assert editor is not None and editor.text() == "Awareness"
    type_into(editor, "Discover")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert controller.doc.find_stage("stage-aware").name == "Discover"
    assert view.commands.header_editor() is None
    mouse.double_click(*header_point(view, "lane", "lane-actions"))
    type_into(view.commands.header_editor(), "Doing")
    mouse.click(*centre_of_cell(view))  # clicking elsewhere commits
    assert controller.doc.find_lane("lane-actions").title == "Doing"
    mouse.double_click(*header_point(view, "step", "step-ad"))
    type_into(view.commands.header_editor(), "Never mind")
    QTest.keyClick(view.commands.header_editor(), Qt.Key.Key_Escape)
    assert controller.doc.find_step("step-ad")[1].name == "Sees an advert"
    assert controller.undo_stack.count() == 2
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def centre_of_cell(view):
    rect = view.canvas_scene.cell_rect("lane-opp", "step-ad")
    return rect.center().x(), rect.bottom() - 6


def test_rename_through_a_dialog_when_not_in_place(view, controller):
    view.rename_in_place = False
    view.ask_text = lambda title, label, text: "Sees a poster"
    trigger(menu_at(view, header_point(view, "step", "step-ad")), "Rename…")
    assert controller.doc.find_step("step-ad")[1].name == "Sees a poster"
    controller.undo_stack.undo()
    assert controller.doc.find_step("step-ad")[1].name == "Sees an advert"


def test_recolour_stage_and_lane(view, controller):
    before = controller.doc.model_dump()
    view.ask_colour = lambda initial: "#123456"
    trigger(menu_at(view, header_point(view, "stage", "stage-buy")), "Colour…")
    trigger(menu_at(view, header_point(view, "lane", "lane-pain")), "Colour…")
    assert controller.doc.find_stage("stage-buy").color == "#123456"
    assert controller.doc.find_lane("lane-pain").color == "#123456"
    box = next(s for s in view.canvas_scene.layout.stages if s.stage_id == "stage-buy")
    assert box.colour == "#123456"
    trigger(menu_at(view, header_point(view, "lane", "lane-pain")), "Default colour")
    assert controller.doc.find_lane("lane-pain").color is None
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_step_clock_time(view, controller):
    before = controller.doc.model_dump()
    view.ask_text = lambda title, label, text: "07:30"
    trigger(menu_at(view, header_point(view, "step", "step-ad")), "Clock time…")
    assert controller.doc.find_step("step-ad")[1].time == "07:30"
    step = next(s for s in view.canvas_scene.layout.steps if s.step_id == "step-ad")
    assert "07:30" in step.meta
    view.ask_text = lambda title, label, text: "25:99"  # invalid: ignored
    trigger(menu_at(view, header_point(view, "step", "step-ad")), "Clock time…")
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_add_stage_step_lane_before_and_after(view, controller):
    before = controller.doc.model_dump()
    trigger(menu_at(view, header_point(view, "stage", "stage-buy")), "Add stage before")
    assert len(controller.doc.stages) == 3 and controller.doc.stages[2].id == "stage-buy"
    trigger(menu_at(view, header_point(view, "step", "step-ad")), "Add step after")
    assert controller.doc.stages[0].steps[0].id == "step-ad"
    assert len(controller.doc.stages[0].steps) == 3
    trigger(menu_at(view, header_point(view, "lane", "lane-touch")), "Add lane above")
    assert lane_ids(controller.doc)[2] == "lane-touch"
    trigger(menu_at(view, header_point(view, "lane", "lane-touch")), "Pain points")
    assert controller.doc.find_lane("lane-touch").kind.value == "pain_points"
    assert controller.undo_stack.count() == 4
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_remove_asks_first_when_cards_would_go(view, controller):
    before = controller.doc.model_dump()
    questions = []

    def refuse(question):
        questions.append(question)
        return False

    view.confirm = refuse
    trigger(menu_at(view, header_point(view, "lane", "lane-actions")), "Remove lane")
    assert "lane-actions" in lane_ids(controller.doc)
    assert questions and "2 cards" in questions[0]
    view.confirm = lambda q: True
    trigger(menu_at(view, header_point(view, "lane", "lane-actions")), "Remove lane")
    assert "lane-actions" not in lane_ids(controller.doc)
    trigger(menu_at(view, header_point(view, "step", "step-compare")), "Remove step")
    trigger(menu_at(view, header_point(view, "stage", "stage-aware")), "Remove stage")
    assert stage_ids(controller.doc) == ["stage-buy"]
    assert controller.undo_stack.count() == 3
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_removing_an_empty_lane_does_not_ask(view, controller):
    view.confirm = lambda q: (_ for _ in ()).throw(AssertionError("asked"))
    trigger(menu_at(view, header_point(view, "lane", "lane-feel")), "Add lane below")
    new = lane_ids(controller.doc)[3]
    trigger(menu_at(view, header_point(view, "lane", new)), "Remove lane")
    assert new not in lane_ids(controller.doc)


def test_delete_key_on_selected_header_removes_it(view, mouse, controller):
    before = controller.doc.model_dump()
    mouse.click(*header_point(view, "step", "step-order"))
    from PySide6.QtTest import QTest

    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert "step-order" not in step_ids(controller.doc)
    assert view.selection().step is None
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_headers_stay_frozen_while_scrolling(view, controller):
    from cjdesigner.model import Card, planning

    # make the map tall and wide enough to scroll
    cards = [Card(lane_id="lane-opp", step_id="step-order", title=f"Card {i}") for i in range(30)]
    controller.push(planning.add_cards(controller.doc, cards))
    for _ in range(8):
        view.commands.add_stage()
    view.resize(700, 500)
    view.verticalScrollBar().setValue(400)
    view.horizontalScrollBar().setValue(300)
    scene = view.canvas_scene
    top_left = view.mapToScene(0, 0)
    assert abs(scene.header_row.pos().y() - top_left.y()) < 1
    assert abs(scene.lane_column.pos().x() - top_left.x()) < 1
    # a click on the visible step header row hits a step, not a card below it
    y = top_left.y() + style.STAGE_HEADER_H + 10
    x = top_left.x() + style.LANE_HEADER_W + 30
    hit = scene.header_at(QPointF(x, y))
    assert hit is not None and hit[0] == "step"


def test_empty_map_offers_stage_and_lane(qtbot):
    from cjdesigner.model import JourneyMap
    from cjdesigner.ui.canvas.view import CanvasView
    from cjdesigner.ui.controller import DocumentController

    controller = DocumentController(JourneyMap())
    view = CanvasView(controller)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    menu = view.menus.build_context_menu(QPointF(400, 300))
    trigger(menu, "Add stage")
    trigger(view.menus.build_context_menu(QPointF(400, 300)), "Add lane")
    assert len(controller.doc.stages) == 1 and len(controller.doc.lanes) == 1
    view.commands.add_card(edit=False)
    assert len(controller.doc.cards) == 1
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert (
        controller.doc.model_dump()
        == JourneyMap.model_validate(controller.doc.model_dump()).model_dump()
    )
    assert not controller.doc.stages and not controller.doc.cards


def test_step_dragged_into_an_empty_stage(view, mouse, controller):
    before = controller.doc.model_dump()
    new = view.commands.add_stage(1)  # comes with one step: empty it
    step = controller.doc.find_stage(new).steps[0].id
    from cjdesigner.model import edits

    controller.push(edits.RemoveStep(step_id=step))
    box = next(s for s in view.canvas_scene.layout.stages if s.stage_id == new)
    # the gap an empty stage leaves is no cell
    assert view.canvas_scene.hits.cell_at(box.rect.x + 20, 300) is None
    start = header_point(view, "step", "step-ad")
    mouse.drag(start, (box.rect.x + box.rect.w / 2, start[1]))
    assert [s.id for s in controller.doc.find_stage(new).steps] == ["step-ad"]
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_real_right_click_menus(view, controller):
    from tests.ui.canvas.conftest import right_click_pick

    before = controller.doc.model_dump()
    right_click_pick(view, *header_point(view, "stage", "stage-aware"), "Rename…")
    type_into(view.commands.header_editor(), "Discover")
    from PySide6.QtTest import QTest

    QTest.keyClick(view.commands.header_editor(), Qt.Key.Key_Enter)
    assert controller.doc.find_stage("stage-aware").name == "Discover"
    right_click_pick(view, *header_point(view, "lane", "lane-opp"), "Add lane below")
    assert len(controller.doc.lanes) == 6
    right_click_pick(view, *header_point(view, "step", "step-order"), "Remove step")
    assert "step-order" not in step_ids(controller.doc)
    assert controller.undo_stack.count() == 3
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before
