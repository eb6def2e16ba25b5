"""The docks push undoable edits: inspector, personas, map panel, outline; find and filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cjdesigner.model import Evidence, LaneKind
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.selection import Selection
from tests.ui.test_window import record_jumps


@pytest.fixture
def opened(make_window, map_file):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    return window, tab


def select(tab, **kwargs):
    tab.canvas.select(Selection(**kwargs))


def test_typing_a_card_title_is_one_undo_step(opened, qtbot):
    window, tab = opened
    select(tab, cards=("card-1",))
    assert window.inspector.currentWidget() is window.inspector.card_page
    edit = window.inspector.card_bindings["title"].edit
    assert edit.text() == "Notices a banner"
    edit.selectAll()
    qtbot.keyClicks(edit, "Sees a bus-stop poster")
    doc = tab.controller.doc
    assert doc.find_card("card-1").title == "Sees a bus-stop poster"
    assert tab.controller.undo_stack.count() == 1
    window.act_undo.trigger()
    assert doc.find_card("card-1").title == "Notices a banner"
    assert edit.text() == "Notices a banner"  # the field follows undo
    window.act_redo.trigger()
    assert edit.text() == "Sees a bus-stop poster"


def test_every_card_field_is_editable(opened, qtbot, dialogs):
    window, tab = opened
    select(tab, cards=("card-3",))
    b = window.inspector.card_bindings
    doc = tab.controller.doc
    # description
    b["description"].edit.selectAll()
    qtbot.keyClicks(b["description"].edit, "Bundles differ")
    # channel: free text with suggestions, stored canonically
    b["channel"].combo.lineEdit().selectAll()
    qtbot.keyClicks(b["channel"].combo.lineEdit(), "Phone")
    assert doc.find_card("card-3").channel == "phone_helpline"
    b["channel"].combo.lineEdit().selectAll()
    qtbot.keyClicks(b["channel"].combo.lineEdit(), "Carrier pigeon")
    assert doc.find_card("card-3").channel == "Carrier pigeon"
    # owner from the teams, or anything
    b["owner"].combo.setCurrentIndex(b["owner"].combo.findText("Customer service"))
    b["owner"].combo.activated.emit(b["owner"].combo.currentIndex())
    assert doc.find_card("card-3").owner == "Customer service"
    # evidence and source
    combo = b["evidence"].combo
    combo.setCurrentIndex(combo.findData("assumed"))
    combo.activated.emit(combo.currentIndex())
    assert doc.find_card("card-3").evidence is Evidence.ASSUMED
    qtbot.keyClicks(b["evidence_source"].edit, "Survey 2026")
    assert doc.find_card("card-3").evidence_source == "Survey 2026"
    # emotion, votes, tags
    b["emotion"].spin.setValue(1.5)
    assert doc.find_card("card-3").emotion == 1.5
    b["emotion"].spin.setValue(b["emotion"].spin.minimum())
    assert doc.find_card("card-3").emotion is None
    b["votes"].spin.setValue(4)
    assert doc.find_card("card-3").votes == 4
    b["tags"].edit.selectAll()
    qtbot.keyClicks(b["tags"].edit, "pricing, web, pricing")
    assert doc.find_card("card-3").tags == ["pricing", "web"]
    # colour: a swatch click, a custom colour, no colour
    picker = b["color"].picker
    qtbot.mouseClick(picker.buttons["#8DBF9B"], Qt.MouseButton.LeftButton)
    assert doc.find_card("card-3").color == "#8DBF9B"
    qtbot.mouseClick(picker.more, Qt.MouseButton.LeftButton)
    assert doc.find_card("card-3").color == "#123456"
    qtbot.mouseClick(picker.buttons[None], Qt.MouseButton.LeftButton)
    assert doc.find_card("card-3").color is None
    # image path
    qtbot.keyClicks(b["image"].edit, "photos/shop.jpg")
    assert doc.find_card("card-3").image == "photos/shop.jpg"
    # undo everything
    while tab.controller.undo_stack.canUndo():
        tab.controller.undo_stack.undo()
    assert doc.model_dump() == sample_map().model_dump()


def test_links_add_and_remove(opened):
    window, tab = opened
    select(tab, cards=("card-1",))
    links = window.inspector.links
    assert links.picker.count() == 0  # filled when opened
    links.fill_picker()
    index = links.picker.findData("card-5")
    links.picker.setCurrentIndex(index)
    links.picker.activated.emit(index)
    assert tab.controller.doc.find_card("card-1").links == ["card-5"]
    assert links.list.count() == 1
    links.list.setCurrentRow(0)
    links.remove.click()
    assert tab.controller.doc.find_card("card-1").links == []


def test_several_cards_get_the_same_owner_in_one_step(opened):
    window, tab = opened
    select(tab, cards=("card-1", "card-2"))
    assert window.inspector.card_heading.text() == "2 cards"
    assert not window.inspector.card_bindings["title"].widget.isEnabled()
    combo = window.inspector.card_bindings["evidence"].combo
    combo.setCurrentIndex(combo.findData("proposed"))
    combo.activated.emit(combo.currentIndex())
    doc = tab.controller.doc
    assert doc.find_card("card-1").evidence is Evidence.PROPOSED
    assert doc.find_card("card-2").evidence is Evidence.PROPOSED
    assert tab.controller.undo_stack.count() == 1


def test_step_time_is_validated_and_duration_set(opened, qtbot):
    window, tab = opened
    select(tab, step="step-ad")
    page = window.inspector
    assert page.currentWidget() is page.step_page
    time_edit = page.step_bindings["time"].edit
    qtbot.keyClicks(time_edit, "7:3")
    assert tab.controller.doc.find_step("step-ad")[1].time is None
    assert time_edit.property("invalid") is True
    qtbot.keyClicks(time_edit, "0")
    assert tab.controller.doc.find_step("step-ad")[1].time == "07:30"
    assert not time_edit.property("invalid")
    page.step_bindings["duration_minutes"].spin.setValue(45)
    assert tab.controller.doc.find_step("step-ad")[1].duration_minutes == 45


def test_stage_and_lane_properties(opened, qtbot):
    window, tab = opened
    select(tab, stage="stage-buy")
    name = window.inspector.stage_bindings["name"].edit
    name.selectAll()
    qtbot.keyClicks(name, "Purchase")
    assert tab.controller.doc.find_stage("stage-buy").name == "Purchase"
    select(tab, lane="lane-touch")
    kind = window.inspector.lane_bindings["kind"].combo
    kind.setCurrentIndex(kind.findData("frontstage"))
    kind.activated.emit(kind.currentIndex())
    assert tab.controller.doc.find_lane("lane-touch").kind is LaneKind.FRONTSTAGE
    # the outline follows the rename
    assert window.outline.find_item("stage", "stage-buy").text(0) == "Purchase"


def test_curve_label_persona_and_scale(opened, qtbot):
    window, tab = opened
    select(tab, curve="curve-sam")
    page = window.inspector
    assert page.currentWidget() is page.curve_page
    persona = page.curve_bindings["persona_id"].combo
    assert persona.findData("persona-sam") >= 0
    persona.setCurrentIndex(persona.findData(None))
    persona.activated.emit(persona.currentIndex())
    assert tab.controller.doc.find_curve("curve-sam").persona_id is None
    # a 1…5 scale moves the points with it: 0 on −2…2 is 3 on 1…5, 1 is 4
    page.scale_max.spin.setValue(5)
    page.scale_min.spin.setValue(1)
    curve = tab.controller.doc.find_curve("curve-sam")
    assert (curve.scale.min, curve.scale.max) == (1, 5)
    assert curve.points["step-ad"] == pytest.approx(3.0)
    assert curve.points["step-order"] == pytest.approx(4.0)
    # highest below lowest is refused and marked
    page.scale_max.spin.setValue(0)
    assert tab.controller.doc.find_curve("curve-sam").scale.max == 5
    assert page.scale_max.spin.property("invalid") is True
    page.scale_max.spin.setValue(5)
    page.scale_levels.edit.setPlainText("Low\nHigh")
    assert tab.controller.doc.find_curve("curve-sam").scale.levels == ["Low", "High"]


def test_personas_create_edit_primary_and_attach(opened, qtbot):
    window, tab = opened
    panel = window.personas
    doc = tab.controller.doc
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(doc.personas) == 2
    new = doc.personas[-1]
    persona = lambda: doc.find_persona(new.id)  # noqa: E731 - edits replace items, ids stay
    assert panel.current_id() == new.id
    name = panel.bindings["name"].edit
    name.selectAll()
    qtbot.keyClicks(name, "Margaret")
    assert persona().name == "Margaret"
    goals = panel.bindings["goals"].edit
    goals.setFocus()
    qtbot.keyClicks(goals, "Same-week delivery")
    qtbot.keyClick(goals, Qt.Key.Key_Return)
    qtbot.keyClicks(goals, "Advice in person")
    assert persona().goals == ["Same-week delivery", "Advice in person"]
    qtbot.mouseClick(panel.bindings["primary"].check, Qt.MouseButton.LeftButton)
    assert persona().primary
    # attach the existing curve, then make a new one for her
    index = panel.curve_picker.findData("curve-sam")
    panel.curve_picker.setCurrentIndex(index)
    panel.curve_picker.activated.emit(index)
    assert doc.find_curve("curve-sam").persona_id == new.id
    qtbot.mouseClick(panel.new_curve, Qt.MouseButton.LeftButton)
    # named by the persona and a label, not her name twice (issue 16)
    assert doc.curves[-1].persona_id == new.id and doc.curves[-1].label == "Expected"
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in doc.personas] == ["persona-sam"]
    while tab.controller.undo_stack.canUndo():
        tab.controller.undo_stack.undo()
    assert doc.model_dump() == sample_map().model_dump()


def test_map_panel_meta_fields(opened, qtbot):
    window, tab = opened
    panel = window.map_panel
    title = panel.bindings["title"].edit
    title.selectAll()
    qtbot.keyClicks(title, "Buying a washing machine")
    doc = tab.controller.doc
    assert doc.meta.title == "Buying a washing machine"
    qtbot.keyClicks(panel.bindings["objective"].edit, "Find where older customers give up")
    assert doc.meta.objective == "Find where older customers give up"
    combo = panel.bindings["map_type"].combo
    combo.setCurrentIndex(combo.findData("service_blueprint"))
    combo.activated.emit(combo.currentIndex())
    assert doc.meta.map_type.value == "service_blueprint"
    qtbot.keyClicks(panel.bindings["version_label"].edit, "v2")
    qtbot.keyClicks(panel.bindings["author"].edit, "Dana")
    assert (doc.meta.version_label, doc.meta.author) == ("v2", "Dana")
    assert tab.controller.undo_stack.count() == 5


def test_outline_click_jumps_and_edits_structure(opened, qtbot):
    window, tab = opened
    outline = window.outline
    jumps = record_jumps(tab.canvas)
    item = outline.find_item("step", "step-compare")
    rect = outline.tree.visualItemRect(item)
    qtbot.mouseClick(outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jumps[-1] == ("step", "step-compare")
    assert tab.selection.step == "step-compare"
    assert window.inspector.currentWidget() is window.inspector.step_page
    doc = tab.controller.doc
    qtbot.mouseClick(outline.buttons["up"], Qt.MouseButton.LeftButton)  # into previous stage
    assert [s.id for s in doc.find_stage("stage-aware").steps][-1] == "step-compare"
    qtbot.mouseClick(outline.buttons["up"], Qt.MouseButton.LeftButton)
    assert doc.step_ids() == ["step-ad", "step-compare", "step-review", "step-order"]
    qtbot.mouseClick(outline.buttons["step"], Qt.MouseButton.LeftButton)
    assert len(doc.find_stage("stage-aware").steps) == 4
    qtbot.mouseClick(outline.buttons["lane"], Qt.MouseButton.LeftButton)
    assert len(doc.lanes) == 6
    qtbot.mouseClick(outline.buttons["remove"], Qt.MouseButton.LeftButton)
    assert len(doc.lanes) == 5
    # rename in place
    lane = outline.find_item("lane", "lane-pain")
    lane.setText(0, "Frictions")
    qtbot.waitUntil(lambda: doc.find_lane("lane-pain").title == "Frictions", timeout=1000)
    while tab.controller.undo_stack.canUndo():
        tab.controller.undo_stack.undo()
    assert doc.model_dump() == sample_map().model_dump()


def test_find_highlights_and_walks_matches(opened, qtbot):
    window, tab = opened
    with qtbot.waitActive(window):
        window.activateWindow()
    jumps = record_jumps(tab.canvas)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = tab.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    qtbot.keyClicks(bar.edit, "compar")
    bar.update_matches()
    assert tab.canvas.canvas_scene.highlight == {"card-3", "card-4"}
    assert bar.count.text() == "2 cards"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert tab.selection.cards == ("card-3",)
    assert jumps[-1] == ("card", "card-3")
    assert bar.count.text() == "1 of 2"
    window.act_find_next.trigger()
    assert tab.selection.cards == ("card-4",)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert bar.isHidden()
    assert tab.canvas.canvas_scene.highlight is None


def test_filter_by_channel_owner_tag_and_evidence(opened):
    window, tab = opened
    window.edit.find()
    bar = tab.find_bar
    bar.set_filter("channel", "website")
    assert tab.canvas.canvas_scene.highlight == {"card-2", "card-5"}
    bar.set_filter("owner", "Marketing")
    assert tab.canvas.canvas_scene.highlight == {"card-3"}
    bar.set_filter("tag", "pricing")
    assert tab.canvas.canvas_scene.highlight == {"card-3"}
    bar.set_filter("evidence", "observed")
    assert tab.canvas.canvas_scene.highlight == {"card-1", "card-3"}
    labels = [bar.value.itemText(i) for i in range(bar.value.count())]
    assert labels == ["Observed", "Proposed"]
    bar.field.setCurrentIndex(0)
    assert tab.canvas.canvas_scene.highlight is None


def test_inspector_follows_deletion_and_reset(opened):
    from cjdesigner.model.edits import RemoveCards

    window, tab = opened
    select(tab, cards=("card-1",))
    tab.controller.push(RemoveCards(ids=["card-1"]))
    assert window.inspector.currentWidget() is window.inspector.empty
    tab.controller.undo_stack.undo()
    select(tab, cards=("card-1",))
    tab.revert()
    assert window.inspector.currentWidget() is window.inspector.empty


def test_bad_value_is_reported_not_pushed(opened, qtbot):
    window, tab = opened
    select(tab, cards=("card-1",))
    edit = window.inspector.card_bindings["title"].edit
    edit.selectAll()
    qtbot.keyClicks(edit, "x" * 10)
    edit.setText("y" * 600)  # past the 500 character limit
    edit.textEdited.emit(edit.text())
    assert tab.controller.doc.find_card("card-1").title == "x" * 10
    assert edit.property("invalid") is True


def test_ctrl_z_in_a_field_undoes_the_document(opened, qtbot):
    window, tab = opened
    with qtbot.waitActive(window):
        window.activateWindow()
    select(tab, cards=("card-1",))
    edit = window.inspector.card_bindings["title"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Typed")
    assert tab.controller.doc.find_card("card-1").title == "Typed"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.controller.doc.find_card("card-1").title == "Notices a banner"
    assert edit.text() == "Notices a banner"


def test_an_empty_cell_says_how_to_add_a_card(opened):
    window, tab = opened
    select(tab, cell=("lane-opp", "step-ad"))
    assert window.inspector.currentWidget() is window.inspector.empty
    assert window.inspector.empty_title.text() == "Empty cell"
    assert "Opportunities · Awareness › Sees an advert" in window.inspector.empty_hint.text()


def test_several_cards_show_which_fields_differ(opened):
    from cjdesigner.ui.panels.fields import mixed

    window, tab = opened
    select(tab, cards=("card-2", "card-5"))  # both on the website, different titles
    b = window.inspector.card_bindings
    assert b["channel"].combo.currentText() == "Website"
    assert b["title"].edit.text() == "" and b["title"].edit.placeholderText() == mixed()
    assert b["evidence"].combo.currentIndex() >= 0  # both unset: the same
    select(tab, cards=("card-1", "card-5"))
    assert b["channel"].combo.lineEdit().placeholderText() == mixed()
    owner = b["owner"].combo
    owner.setCurrentIndex(owner.findText("Sales"))
    owner.activated.emit(owner.currentIndex())
    doc = tab.controller.doc
    assert doc.find_card("card-1").owner == doc.find_card("card-5").owner == "Sales"
    # back to one card: real values again
    select(tab, cards=("card-1",))
    assert b["title"].edit.text() == "Notices a banner"
    assert b["title"].edit.placeholderText() != mixed()
    assert b["channel"].combo.currentText() == "Advertising"
    assert window.outline.current() is None


def test_outline_counts_cards_per_stage_step_and_lane(opened):
    from cjdesigner.model import Card
    from cjdesigner.model.planning import add_cards

    window, tab = opened
    outline = window.outline
    assert outline.find_item("stage", "stage-buy").text(1) == "3"
    assert outline.find_item("step", "step-compare").text(1) == "2"
    assert outline.find_item("lane", "lane-actions").text(1) == "2"
    assert outline.find_item("lane", "lane-feel").text(1) == ""
    tab.controller.push(
        add_cards(tab.controller.doc, [Card(id="card-x", lane_id="lane-feel", step_id="step-ad")])
    )
    assert outline.find_item("lane", "lane-feel").text(1) == "1"
    assert outline.find_item("stage", "stage-aware").text(1) == "3"


def test_double_click_in_the_outline_renames(opened, qtbot):
    window, tab = opened
    outline = window.outline
    item = outline.find_item("lane", "lane-touch")
    rect = outline.tree.visualItemRect(item)
    # a real double click: press and release, then the double-click event
    qtbot.mouseClick(outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(outline.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    from PySide6.QtWidgets import QLineEdit

    qtbot.waitUntil(lambda: outline.tree.viewport().findChild(QLineEdit) is not None, timeout=5000)
    editor = outline.tree.viewport().findChild(QLineEdit)
    assert editor.text() == "Touchpoints"
    editor.selectAll()
    qtbot.keyClicks(editor, "Where they meet us")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.controller.doc.find_lane("lane-touch").title == "Where they meet us",
                    timeout=5000)


def test_filter_by_votes_walks_the_most_voted_first(opened):
    from cjdesigner.model.edits import SetFields

    window, tab = opened
    tab.controller.push(SetFields(target="card", ident="card-3", changes={"votes": 5}))
    window.edit.find()
    bar = tab.find_bar
    bar.field.setCurrentIndex(bar.field.findData("votes"))
    labels = [bar.value.itemText(i) for i in range(bar.value.count())]
    assert labels == ["1+ vote", "2+ votes", "3+ votes", "5+ votes"]
    bar.set_filter("votes", "2")
    assert bar.matches == ["card-3", "card-2"]
    bar.next()
    assert tab.selection.cards == ("card-3",)


def test_curve_shows_where_to_act_first(opened, qtbot):
    window, tab = opened
    jumps = record_jumps(tab.canvas)
    select(tab, curve="curve-sam")
    lowest = window.inspector.lowest
    # card means fill the unset steps: compare −1.5 (lowest), ad 0 (set), review +1
    first = lowest.item(0)
    assert first.text().startswith("Compares prices")
    assert "negative (-1.5)" in first.text()
    rect = lowest.visualItemRect(first)
    qtbot.mouseClick(lowest.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert jumps[-1] == ("step", "step-compare")
    assert tab.selection.step == "step-compare"


def test_where_to_act_first_follows_card_emotions(opened, qtbot):
    window, tab = opened
    with qtbot.waitActive(window):
        window.activateWindow()
    lowest = window.inspector.lowest
    select(tab, cards=("card-2",))  # Reads reviews: the worst moment of the journey
    spin = window.inspector.card_bindings["emotion"].spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "-2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert tab.controller.doc.find_card("card-2").emotion == -2
    select(tab, curve="curve-sam")
    assert lowest.item(0).text().startswith("Reads reviews")
    tab.canvas.setFocus()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.controller.doc.find_card("card-2").emotion == 1
    assert window.inspector.currentWidget() is window.inspector.curve_page
    assert lowest.item(0).text().startswith("Compares prices")


def test_stepping_a_field_for_several_cards_is_one_undo_step(opened, qtbot):
    window, tab = opened
    with qtbot.waitActive(window):
        window.activateWindow()
    doc, stack = tab.controller.doc, tab.controller.undo_stack
    select(tab, cards=("card-1", "card-2"))
    votes = window.inspector.card_bindings["votes"].spin
    votes.setFocus()
    for _ in range(3):
        qtbot.keyClick(votes, Qt.Key.Key_Up)
    assert [doc.find_card(c).votes for c in ("card-1", "card-2")] == [3, 3]
    assert stack.count() == 1
    # the colour swatches: one click after another, one step
    picker = window.inspector.card_bindings["color"].picker
    swatches = [b for colour, b in picker.buttons.items() if colour]
    for button in swatches[:3]:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert doc.find_card("card-1").color == doc.find_card("card-2").color == button.toolTip()
    assert stack.count() == 2
    window.act_undo.trigger()
    assert doc.find_card("card-1").color is None and doc.find_card("card-2").color is None
    window.act_undo.trigger()
    assert [doc.find_card(c).votes for c in ("card-1", "card-2")] == [0, 2]
    window.act_redo.trigger()
    assert [doc.find_card(c).votes for c in ("card-1", "card-2")] == [3, 3]
    # leaving the field and coming back starts a new step
    tab.canvas.setFocus()
    votes.setFocus()
    qtbot.keyClick(votes, Qt.Key.Key_Up)
    assert stack.count() == 2 and stack.index() == 2


def test_links_line_up_with_the_other_card_fields(opened, qtbot):
    from PySide6.QtCore import QPoint

    window, tab = opened
    window.resize(1400, 900)
    select(tab, cards=("card-3",))
    inspector = window.inspector
    page = inspector.card_page
    qtbot.waitUntil(lambda: inspector.links.isVisible())

    def left(widget) -> int:
        return widget.mapTo(page, QPoint(0, 0)).x()

    title = inspector.card_bindings["title"].widget
    assert left(inspector.links) == left(title)
    assert inspector.links.width() == title.width()
    label = inspector.card_layout.labelForField(inspector.links)
    assert label is not None and label.text() == "Links"
    title_label = inspector.card_layout.labelForField(title)
    assert left(label) + label.width() == left(title_label) + title_label.width()


def test_personas_panel_without_personas_keeps_its_buttons_on_top(opened, qtbot):
    from PySide6.QtCore import QPoint

    window, tab = opened
    window.resize(1400, 900)
    window.personas_dock.raise_()
    panel = window.personas
    qtbot.waitUntil(panel.add_button.isVisible)
    top = panel.add_button.mapTo(panel, QPoint(0, 0)).y()
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert tab.controller.doc.personas == []
    qtbot.waitUntil(panel.empty.isVisible)
    assert panel.add_button.mapTo(panel, QPoint(0, 0)).y() == top
    assert panel.list.isHidden()
    assert panel.empty.mapTo(panel, QPoint(0, 0)).y() < panel.height() / 4
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.list.isVisible() and panel.list.count() == 1


def test_persona_photo_is_chosen_shown_and_removed_as_undoable_edits(opened, qtbot, dialogs,
                                                                      tmp_path):
    """Issue 14 part 3: the Personas panel chooses and removes a persona's photo; one in
    the map's folder is linked by its relative path, one from elsewhere embedded."""
    from PIL import Image

    window, tab = opened
    panel = window.personas
    doc = tab.controller.doc
    folder = Path(tab.path).parent
    Image.new("RGB", (80, 60), (200, 90, 40)).save(folder / "sam.png")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    Image.new("RGB", (900, 700), (20, 90, 200)).save(elsewhere / "big.png")
    field = panel.bindings["photo"].field
    assert field.thumb.text() == "No photo" and not field.remove_button.isEnabled()
    dialogs.open_answer = str(folder / "sam.png")
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    assert doc.find_persona("persona-sam").photo == "sam.png"
    assert ("open", "Choose a photo") in dialogs.asked
    assert not field.thumb.pixmap().isNull()
    dialogs.open_answer = str(elsewhere / "big.png")
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    embedded = doc.find_persona("persona-sam").photo
    assert embedded.startswith("data:image/jpeg;base64,")
    qtbot.mouseClick(field.remove_button, Qt.MouseButton.LeftButton)
    assert doc.find_persona("persona-sam").photo is None
    assert field.thumb.text() == "No photo"
    window.act_undo.trigger()
    assert doc.find_persona("persona-sam").photo == embedded
    window.act_undo.trigger()
    assert doc.find_persona("persona-sam").photo == "sam.png"
    assert not field.thumb.pixmap().isNull()
    # something that is not a picture: said so, the photo kept
    (folder / "notes.png").write_text("hello")
    dialogs.open_answer = str(folder / "notes.png")
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    assert doc.find_persona("persona-sam").photo == "sam.png"
    assert "not a PNG, JPEG or WebP" in field.note


def test_persona_photo_of_a_strangers_map_outside_its_folder_is_not_shown(opened, qtbot,
                                                                           tmp_path):
    from PIL import Image

    from cjdesigner.model.edits import SetFields

    window, tab = opened
    secret = tmp_path / "secret.png"
    Image.new("RGB", (8, 8), (1, 2, 3)).save(secret)
    tab.controller.push(SetFields(target="persona", ident="persona-sam",
                                  changes={"photo": str(secret)}))
    field = window.personas.bindings["photo"].field
    assert field.thumb.pixmap().isNull()
    assert "absolute path" in field.note
