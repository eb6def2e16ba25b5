"""Issue 16: emotion curves told apart by persona and label, listed in the Outline,
selected from their key, deleted, and an expected curve measured against the experienced
one (shaded gap, difference per step, where to act first). Real clicks and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjdesigner.model import act_first, curve_gaps, curve_name, expectation_pairs
from cjdesigner.model.edits import SetCurvePoint
from cjdesigner.model.sample import sample_map
from tests.ui.test_editor_defects import click


@pytest.fixture
def opened(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    tab.canvas.zoom_to(1.0)
    tab.canvas.horizontalScrollBar().setValue(0)
    tab.canvas.verticalScrollBar().setValue(0)
    return window, tab


def add_expected_curve(window, tab):
    """The Personas panel's "New curve" for Sam, who has an experienced curve already."""
    window.personas_dock.raise_()
    window.personas.list.setCurrentRow(0)
    click(window.personas.new_curve)
    doc = tab.controller.doc
    expected = doc.curves[-1]
    for step_id, value in (("step-ad", 1.0), ("step-review", 1.0), ("step-compare", 1.5),
                           ("step-order", 1.5)):
        tab.controller.push(SetCurvePoint(curve_id=expected.id, step_id=step_id, value=value))
    return expected


def test_a_curve_made_for_a_persona_is_named_by_persona_and_label(opened):
    window, tab = opened
    expected = add_expected_curve(window, tab)
    doc = tab.controller.doc
    assert expected.label == "Expected" and expected.persona_id == "persona-sam"
    labels = [c.label for c in tab.canvas.canvas_scene.layout.curves]
    assert labels == ["Sam — Experienced", "Sam — Expected"]
    # an old map whose curve label only repeats the persona's name shows it once
    curve = doc.curves[0].model_copy(update={"label": "Sam"})
    assert curve_name(doc, curve) == "Sam"


def test_curves_are_listed_in_the_outline_selected_from_there_and_removed(opened, qtbot):
    window, tab = opened
    outline = window.outline
    item = outline.find_item("curve", "curve-sam")
    assert item is not None and item.text(0) == "Sam — Experienced"
    click(outline.tree.viewport(), outline.tree.visualItemRect(item).center())
    assert tab.selection.curve == "curve-sam"
    assert window.inspector.currentWidget() is window.inspector.curve_page
    assert window.inspector.curve_heading.text() == "Sam — Experienced"
    click(outline.buttons["remove"])
    assert tab.controller.doc.curves == []
    assert outline.find_item("curve", "curve-sam") is None
    window.act_undo.trigger()
    assert [c.id for c in tab.controller.doc.curves] == ["curve-sam"]
    assert tab.controller.doc.curves[0].points == sample_map().curves[0].points


def test_clicking_a_curve_in_its_key_selects_it_and_delete_removes_it(opened, qtbot):
    window, tab = opened
    add_expected_curve(window, tab)
    canvas = tab.canvas
    scene = canvas.canvas_scene
    QApplication.processEvents()
    canvas.viewport().repaint()
    hits = dict((ident, rect) for rect, ident in scene.curve_item.legend_hits)
    expected = tab.controller.doc.curves[-1].id
    assert set(hits) == {"curve-sam", expected}
    click(canvas.viewport(), canvas.mapFromScene(hits[expected].center()))
    assert tab.selection.curve == expected
    assert window.inspector.curve_heading.text() == "Sam — Expected"
    # zoomed out the key sits in the feelings lane's header: still clickable
    canvas.zoom_to(0.5)
    canvas.viewport().repaint()
    QApplication.processEvents()
    hits = dict((ident, rect) for rect, ident in scene.lane_column.legend_hits)
    assert set(hits) == {"curve-sam", expected}
    click(canvas.viewport(), canvas.mapFromScene(hits["curve-sam"].center()))
    assert tab.selection.curve == "curve-sam"
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert [c.id for c in tab.controller.doc.curves] == [expected]
    # and the inspector's button deletes the selected one
    click(canvas.viewport(), canvas.mapFromScene(
        next(r for r, i in scene.lane_column.legend_hits if i == expected).center()))
    canvas.viewport().repaint()
    assert tab.selection.curve == expected
    click(window.inspector.delete_curve)
    assert tab.controller.doc.curves == []


def test_the_gap_between_expected_and_experienced_is_shaded_and_ranked(opened, qtbot):
    window, tab = opened
    expected = add_expected_curve(window, tab)
    doc = tab.controller.doc
    experienced = doc.find_curve("curve-sam")
    assert [(a.id, b.id) for a, b in expectation_pairs(doc)] == [("curve-sam", expected.id)]
    expected = doc.find_curve(expected.id)  # edits replace items: read it again
    gaps = {g.step_id: round(g.gap, 2) for g in curve_gaps(doc, experienced, expected)}
    # Sam felt 0 at the advert (expected +1); the order went to +1 (expected +1.5)
    assert gaps["step-ad"] == 1.0 and gaps["step-order"] == 0.5
    ranked = [g.step_id for g in act_first(curve_gaps(doc, experienced, expected))]
    assert ranked[0] in ("step-ad", "step-compare")
    # the inspector of either curve lists the difference per step and ranks by the gap
    outline = window.outline
    item = outline.find_item("curve", expected.id)
    click(outline.tree.viewport(), outline.tree.visualItemRect(item).center())
    inspector = window.inspector
    assert inspector.gaps.isVisibleTo(inspector) and inspector.gaps.count() == len(gaps)
    assert inspector.gaps.item(0).text() == "Sees an advert  ·  −1.0"
    firsts = [inspector.lowest.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(inspector.lowest.count())]
    assert firsts == ranked[:3]
    # a click on a ranked step shows that step
    click(inspector.lowest.viewport(), inspector.lowest.visualItemRect(inspector.lowest.item(0)).center())
    assert tab.selection.step == ranked[0]
    # on the map: the band between the curves at the advert step is shaded red
    scene = tab.canvas.canvas_scene
    lay = {c.curve_id: c for c in scene.layout.curves}
    mine = {p.step_id: p for p in lay["curve-sam"].points}
    theirs = {p.step_id: p for p in lay[expected.id].points}
    a, b = "step-compare", "step-order"
    x = (mine[a].x + mine[b].x) / 2
    y = (mine[a].y + mine[b].y + theirs[a].y + theirs[b].y) / 4
    tab.canvas.ensure_visible("step", a)
    tab.canvas.select(tab.selection.__class__())
    image = tab.canvas.viewport().grab().toImage()
    pixel = QColor(image.pixel(tab.canvas.mapFromScene(QPointF(x, y))))
    assert pixel.red() > pixel.green() + 15 and pixel.red() > pixel.blue() + 15


def test_derived_from_the_cards_mean_is_a_choice_of_each_curve(opened, qtbot):
    """An expected curve does not end at −2 because a card in that step says −2."""
    window, tab = opened
    expected = add_expected_curve(window, tab)
    doc = tab.controller.doc
    assert doc.find_curve(expected.id).from_cards is False
    tab.controller.push(SetCurvePoint(curve_id=expected.id, step_id="step-order", value=None))
    layout = {c.curve_id: c for c in tab.canvas.canvas_scene.layout.curves}
    assert "step-order" not in {p.step_id for p in layout[expected.id].points}
    # the experienced curve still fills a step without a point from its cards
    assert "step-compare" in {p.step_id for p in layout["curve-sam"].points}
    outline = window.outline
    item = outline.find_item("curve", "curve-sam")
    click(outline.tree.viewport(), outline.tree.visualItemRect(item).center())
    check = window.inspector.curve_bindings["from_cards"].check
    assert check.isChecked()
    click(check)
    assert tab.controller.doc.find_curve("curve-sam").from_cards is False
    layout = {c.curve_id: c for c in tab.canvas.canvas_scene.layout.curves}
    assert {p.step_id for p in layout["curve-sam"].points} == {"step-ad", "step-order"}
    window.act_undo.trigger()
    assert tab.controller.doc.find_curve("curve-sam").from_cards is True
