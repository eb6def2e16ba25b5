"""One SelectionModel per document: the canvas writes it, the panels follow it."""

from cjdesigner.model import edits
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.scene import CanvasScene
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.selection import Selection
from cjdesigner.ui.selection_model import SelectionModel


def test_setting_a_selection_announces_it_and_exposes_its_parts(qtbot):
    model = SelectionModel()
    got = []
    model.changed.connect(got.append)
    chosen = Selection(cards=("a", "b"), cell=("lane", "step"))
    model.set(chosen)
    assert got == [chosen]
    assert model.selection == chosen
    assert model.cards == ["a", "b"] and model.card_set == {"a", "b"}
    assert model.cell == ("lane", "step") and model.header is None and model.curve is None
    model.set(Selection.of("step", "s1"))
    assert got[-1].step == "s1" and model.header == ("step", "s1") and model.cards == []


def test_the_scene_writes_the_model_it_is_given_and_prunes_deleted_cards(qtbot):
    controller = DocumentController(sample_map())
    model = SelectionModel()
    scene = CanvasScene(controller, selection_model=model)
    got = []
    model.changed.connect(got.append)
    first, second = (c.id for c in controller.doc.cards[:2])
    scene.set_selection(Selection(cards=(first, second, "unknown")))
    assert model.selection.cards == (first, second)
    assert scene.selected == [first, second] and scene.current_cell is not None
    controller.push(edits.RemoveCards(ids=[first]))
    assert model.selection.cards == (second,)
    assert got[-1].cards == (second,)


def test_the_inspector_follows_the_tabs_shared_selection(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    card_id = tab.controller.doc.cards[0].id
    tab.selection_model.set(Selection(cards=(card_id,)))
    assert tab.selection.cards == (card_id,)
    assert window.inspector.selection.cards == (card_id,)
    assert window.inspector.currentWidget() is window.inspector.card_page
    assert tab.canvas.selection().cards == (card_id,)
    assert tab.canvas.canvas_scene.selected_set == {card_id}
    tab.selection_model.set(Selection())
    assert window.inspector.currentWidget() is not window.inspector.card_page
    assert window.selection_label.text() == "Nothing selected"


def _click_outline(window, qtbot, kind: str, ident: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    tree = window.outline.tree
    item = window.outline.find_item(kind, ident)
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     tree.visualItemRect(item).center())


def test_the_outline_follows_the_tabs_shared_selection(make_window, map_file, qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    qtbot.waitExposed(window)
    outline, view = window.outline, tab.canvas
    assert outline.selection_model is tab.selection_model
    scene = view.canvas_scene
    # a click on a header in the canvas (below the stage row: a step's): the outline shows it
    step = scene.layout.steps[1]
    x = step.column.x + 20
    at = next(view.mapFromScene(QPointF(x, y)) for y in range(int(scene.header_top()), 400)
              if scene.header_at(view.mapToScene(view.mapFromScene(QPointF(x, y))))
              == ("step", step.step_id))
    header = scene.header_at(view.mapToScene(at))
    assert header == ("step", step.step_id)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert header is not None and tab.selection.count() == 1
    kind, ident = header
    assert getattr(tab.selection, kind) == ident
    assert outline.current() == (kind, ident)
    # a click on a card: no stage, step or lane is selected, the outline has no current item
    card = scene.layout.cards[tab.controller.doc.cards[0].id].rect
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(card.x + card.w / 2, card.y + card.h / 2)))
    assert tab.selection.cards and outline.current() is None
    # picking a lane in the outline selects it in the shared model (and on the canvas)
    lane = tab.controller.doc.lanes[2].id
    _click_outline(window, qtbot, "lane", lane)
    assert tab.selection.lane == lane and tab.canvas.canvas_scene.header_selection == ("lane", lane)
    # moving through the outline with the keyboard follows too
    QTest.keyClick(outline.tree, Qt.Key.Key_Down)
    following = tab.controller.doc.lanes[3].id
    assert tab.selection.lane == following and outline.current() == ("lane", following)
    # the model set from elsewhere (another panel, a remote peer's follow): the outline follows
    stage = tab.controller.doc.stages[1].id
    tab.selection_model.set(Selection.of("stage", stage))
    assert outline.current() == ("stage", stage)
    # another tab has its own selection: the outline follows the current tab's model only
    other = window.new_map()
    assert other is not None and window.current_tab() is other
    assert outline.selection_model is other.selection_model
    tab.selection_model.set(Selection.of("lane", lane))
    assert outline.current() is None
