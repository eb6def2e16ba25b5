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
