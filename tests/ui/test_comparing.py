"""View › Compare: the map against its last saved version or another file; the canvas
marks changed cards and emotion changes, the panel lists every change, edits refresh it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter

from cjdesigner.fileio import save
from cjdesigner.model import Card, Step, edits
from cjdesigner.model.edits import AddStep
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.items.cards import COMPARE_COLOURS


def edited(tab) -> None:
    c = tab.controller
    c.push(edits.SetFields(target="card", ident="card-1", changes={"title": "Spots a banner"}))
    c.push(edits.AddCards(cards=[Card(id="card-new", lane_id="lane-opp", step_id="step-ad",
                                      title="Free delivery")], after=[None]))
    c.push(edits.RemoveCards(ids=["card-5"]))
    c.push(edits.SetCurvePoint(curve_id="curve-sam", step_id="step-order", value=-1.0))


def test_compare_with_last_saved_marks_cards_and_steps(make_window, map_file, qtbot) -> None:
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    edited(tab)
    window.act_compare_saved.trigger()
    assert window.comparison_dock.isVisible()
    comparison = tab.canvas.canvas_scene.comparison
    assert comparison.card_marks == {"card-1": "changed", "card-new": "added"}
    assert [c.name for c in comparison.removed_cards] == ["Checkout page"]
    assert comparison.step_deltas["step-order"] < 0  # from +1 to −1 on the curve
    lines = [window.comparison.list.item(i).text()
             for i in range(window.comparison.list.count())]
    assert '- card "Checkout page" removed (Touchpoints × Orders online)' in lines
    assert window.comparison.summary.text().startswith(
        "Compared with the last saved version: 1 added, 1 removed, 2 changed")
    # edits refresh the comparison a moment later
    tab.controller.push(edits.SetFields(target="card", ident="card-2", changes={"votes": 9}))
    qtbot.waitUntil(lambda: "card-2" in tab.canvas.canvas_scene.comparison.card_marks,
                    timeout=3000)
    # undoing everything leaves nothing to mark
    while tab.controller.undo_stack.canUndo():
        tab.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: tab.canvas.canvas_scene.comparison.diff.equal, timeout=3000)
    window.act_compare_stop.trigger()
    assert tab.canvas.canvas_scene.comparison is None
    assert window.comparison.list.count() == 0


def test_compare_with_another_file(make_window, map_file, dialogs, tmp_path) -> None:
    other = sample_map()
    first = other.stages[0]
    AddStep(stage_id=first.id, step=Step(id="step-extra", name="Asks a friend"),
            after=first.steps[-1].id).apply(other)
    path = tmp_path / "other.cjm"
    save(other, path)
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    dialogs.open_answer = str(path)
    window.act_compare_file.trigger()
    comparison = tab.canvas.canvas_scene.comparison
    assert comparison.label == "other.cjm"
    assert [(c.kind, c.action, c.name) for c in comparison.diff.changes] == [
        ("step", "removed", "Asks a friend")]


def test_compare_with_last_saved_needs_a_saved_map(make_window) -> None:
    window = make_window()
    window.new_map()
    window.act_compare_saved.trigger()
    assert window.current_tab().canvas.canvas_scene.comparison is None


def test_canvas_draws_the_marks(make_window, map_file) -> None:
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    edited(tab)
    window.act_compare_saved.trigger()
    scene = tab.canvas.canvas_scene
    box = scene.layout.cards["card-new"].rect
    image = QImage(int(scene.layout.width), int(scene.layout.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, source=scene.map_rect(), target=scene.map_rect())
    painter.end()
    outline = image.pixelColor(round(box.x + box.w / 3), round(box.y - 3))
    assert outline.name().upper() == COMPARE_COLOURS["added"].upper()


def test_create_future_state_and_open_the_comparison_map(make_window, map_file) -> None:
    window = make_window()
    current = window.open_path(str(map_file))
    window.show()
    window.act_future.trigger()
    future = window.current_tab()
    assert future is not current and future.path is None
    doc = future.controller.doc
    assert doc.meta.map_type.value == "future_state"
    assert {c.origin for c in doc.cards} == {c.id for c in current.controller.doc.cards}
    comparison = future.canvas.canvas_scene.comparison
    assert comparison.label == "the current state" and comparison.card_marks == {}
    future.controller.push(edits.SetFields(target="card", ident=doc.cards[0].id, changes={"title": "Better"}))
    window.comparer.refresh()
    assert future.canvas.canvas_scene.comparison.card_marks == {doc.cards[0].id: "changed"}
    window._compare_menu_shown()
    assert window.act_comparison_map.isEnabled()
    window.act_comparison_map.trigger()
    both = window.current_tab().controller.doc
    assert both.lanes[0].title == "Now · Customer actions"
    assert any(c.title == "Better" and "changed" in c.tags for c in both.cards)
