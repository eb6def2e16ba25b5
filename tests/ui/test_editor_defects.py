"""Issue 16: the defects met in a day of real use, each driven by real mouse and key events
in the whole window (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from cjdesigner.layout.style import stage_colour
from tests.ui.canvas.test_repaint import screen_matches_fresh_render


@pytest.fixture
def opened(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    tab.canvas.zoom_to(1.0)
    tab.canvas.setFocus()
    return window, tab


def card_point(canvas, card_id: str) -> QPoint:
    canvas.ensure_visible("card", card_id)
    box = canvas.canvas_scene.layout.cards[card_id]
    return canvas.mapFromScene(QPointF(box.rect.x + box.rect.w / 2, box.rect.y + 12))


def click(widget, pos: QPoint | None = None, double: bool = False) -> None:
    if pos is None:
        pos = widget.rect().center()
    if double:
        QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    else:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def click_card(tab, card_id: str) -> None:
    click(tab.canvas.viewport(), card_point(tab.canvas, card_id))
    assert tab.selection.cards == (card_id,)


def toolbar_button(window, action) -> QToolButton:
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


# 1 ------------------------------------------------------------------------------------
def test_owner_and_evidence_changes_redraw_the_selected_card(opened, qtbot):
    window, tab = opened
    click_card(tab, "card-1")
    tab.canvas.canvas_scene.set_hover(None)
    owner = window.inspector.card_bindings["owner"].combo
    owner.lineEdit().selectAll()
    QTest.keyClicks(owner.lineEdit(), "Marketing team")
    QTest.keyClick(owner.lineEdit(), Qt.Key.Key_Return)
    assert tab.controller.doc.find_card("card-1").owner == "Marketing team"
    assert screen_matches_fresh_render(tab.canvas)
    evidence = window.inspector.card_bindings["evidence"].widget
    evidence.setFocus()
    before = tab.controller.doc.find_card("card-1").evidence
    QTest.keyClick(evidence, Qt.Key.Key_Down)
    assert tab.controller.doc.find_card("card-1").evidence != before
    assert screen_matches_fresh_render(tab.canvas)


# 2 ------------------------------------------------------------------------------------
def test_map_tab_counts_follow_a_new_persona_at_once(opened, qtbot):
    window, tab = opened
    window.map_dock.raise_()
    assert "1 persona ·" in window.map_panel.stats.text() or \
        window.map_panel.stats.text().count("1 persona") == 1
    window.personas_dock.raise_()
    click(window.personas.add_button)
    assert len(tab.controller.doc.personas) == 2
    assert "2 personas" in window.map_panel.stats.text()
    assert "1 emotion curve" in window.map_panel.stats.text()


# 3 ------------------------------------------------------------------------------------
def test_escape_after_a_card_does_not_call_its_cell_empty(opened, qtbot):
    window, tab = opened
    click_card(tab, "card-3")
    QTest.keyClick(tab.canvas, Qt.Key.Key_Escape)
    assert tab.selection.cards == () and tab.selection.cell == ("lane-pain", "step-compare")
    assert window.inspector.empty_title.text() != "Empty cell"
    assert "1 card here" in window.inspector.empty_hint.text()
    # a cell that is empty is still called so
    QTest.keyClick(tab.canvas, Qt.Key.Key_Up)
    QTest.keyClick(tab.canvas, Qt.Key.Key_Escape)
    assert tab.selection.cell == ("lane-feel", "step-compare")
    assert window.inspector.empty_title.text() == "Empty cell"


# 6 ------------------------------------------------------------------------------------
def test_toolbar_and_keys_open_new_structure_for_renaming(opened, qtbot):
    window, tab = opened
    doc = tab.controller.doc
    click_card(tab, "card-3")
    click(toolbar_button(window, window.act_add_step))
    editor = tab.canvas.commands.header_editor()
    assert editor is not None and editor.kind == "step" and editor.hasFocus()
    QTest.keyClicks(editor, "Asks a friend")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.find_stage("stage-buy").steps[1].name == "Asks a friend"
    # the keys for a new lane and stage (no Ctrl+Alt: that is AltGr on many layouts)
    tab.canvas.setFocus()
    QTest.keySequence(window, window.act_add_lane.shortcut())
    editor = tab.canvas.commands.header_editor()
    assert editor is not None and editor.kind == "lane"
    QTest.keyClicks(editor, "Staff")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert any(lane.title == "Staff" for lane in doc.lanes)
    tab.canvas.setFocus()
    QTest.keySequence(window, window.act_add_stage.shortcut())
    editor = tab.canvas.commands.header_editor()
    assert editor is not None and editor.kind == "stage"
    QTest.keyClicks(editor, "After-sales")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert any(stage.name == "After-sales" for stage in doc.stages)
    for action in (window.act_add_stage, window.act_add_step, window.act_add_lane):
        assert "Alt" not in action.shortcut().toString()


def test_outline_add_step_takes_the_typed_name(opened, qtbot):
    window, tab = opened
    outline = window.outline
    item = outline.find_item("step", "step-compare")
    click(outline.tree.viewport(), outline.tree.visualItemRect(item).center())
    click(outline.buttons["step"])
    QTest.keyClicks(QApplication.focusWidget(), "Reads the small print")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tab.controller.doc.find_stage("stage-buy").steps[1].name == "Reads the small print",
        timeout=3000,
    )


# 7 ------------------------------------------------------------------------------------
def test_card_editor_says_how_to_commit_and_escape_keeps_a_new_cards_text(opened, qtbot):
    window, tab = opened
    click_card(tab, "card-3")
    QTest.keyClick(tab.canvas, Qt.Key.Key_Return)
    editor = tab.canvas.commands.editor()
    assert editor is not None and editor.hint.isVisible()
    assert "Enter" in editor.hint.text() and "Esc" in editor.hint.text()
    QTest.keyClicks(editor.title, "Cannot find the delivery fee")
    QTest.keyClick(editor.title, Qt.Key.Key_Tab)
    assert "Ctrl+Enter" in editor.hint.text()
    QTest.keyClicks(editor.body, "Only shown at checkout")
    QTest.keyClick(editor.body, Qt.Key.Key_Escape)
    assert tab.canvas.commands.editor() is None
    added = tab.selection.cards[0]
    card = tab.controller.doc.find_card(added)
    assert (card.title, card.description) == ("Cannot find the delivery fee", "Only shown at checkout")
    # on a card that was already there, Esc still puts the text back
    QTest.keyClick(tab.canvas, Qt.Key.Key_F2)
    QTest.keyClicks(tab.canvas.commands.editor().title, " (again)")
    QTest.keyClick(tab.canvas.commands.editor().title, Qt.Key.Key_Escape)
    assert tab.controller.doc.find_card(added).title == "Cannot find the delivery fee"


# 8 ------------------------------------------------------------------------------------
def test_double_click_on_the_corner_renames_the_map(opened, qtbot):
    window, tab = opened
    canvas = tab.canvas
    scene = canvas.canvas_scene
    corner = scene.corner
    centre = corner.mapToScene(corner.boundingRect().center())
    click(canvas.viewport(), canvas.mapFromScene(centre), double=True)
    editor = canvas.commands.header_editor()
    assert editor is not None and editor.text() == "Sample journey"
    QTest.keyClicks(editor, "Buying a washing machine")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert tab.controller.doc.meta.title == "Buying a washing machine"
    window.act_undo.trigger()
    assert tab.controller.doc.meta.title == "Sample journey"


def test_stage_colours_stay_with_their_stage_when_reordered(make_window, tmp_path, qtbot):
    from cjdesigner.fileio import save
    from cjdesigner.model.sample import sample_map

    plain = sample_map()
    plain = plain.model_copy(update={"stages": [s.model_copy(update={"color": None})
                                                for s in plain.stages]})
    save(plain, tmp_path / "plain.cjm")
    window = make_window()
    tab = window.open_path(str(tmp_path / "plain.cjm"))
    window.resize(1300, 900)
    with qtbot.waitExposed(window):
        window.show()
    doc = tab.controller.doc
    assert all(s.color is None for s in doc.stages)

    def shown() -> dict[str, str]:
        return {s.stage_id: s.colour for s in tab.canvas.canvas_scene.layout.stages}

    before = shown()
    assert before == {s.id: stage_colour(i, None) for i, s in enumerate(doc.stages)}
    outline = window.outline
    item = outline.find_item("stage", "stage-aware")
    click(outline.tree.viewport(), outline.tree.visualItemRect(item).center())
    click(outline.buttons["down"])
    assert [s.id for s in doc.stages] == ["stage-buy", "stage-aware"]
    assert shown() == before
    click(toolbar_button(window, window.act_undo))
    assert [s.id for s in doc.stages] == ["stage-aware", "stage-buy"]
    assert all(s.color is None for s in doc.stages)  # one undo step took the pins back too
    # a new stage between two others gets a colour neither neighbour has
    from cjdesigner.ui.selection import Selection

    tab.canvas.select(Selection.of("stage", "stage-aware"))
    window.act_add_stage.trigger()
    QTest.keyClick(tab.canvas.commands.header_editor(), Qt.Key.Key_Return)
    colours = list(shown().values())
    assert len(colours) == 3 and colours[1] not in (colours[0], colours[2])


def test_a_map_never_saved_says_so_and_the_window_menu_shows_plain_keys(make_window, qtbot, tmp_path):
    window = make_window()
    tab = window.new_map()
    window.show()
    window.map_dock.raise_()
    assert "Last saved not yet" in window.map_panel.dates.text()
    window.dialogs.save_path = str(tmp_path / "saved.cjm")
    window.save_as(tab)
    assert "Last saved not yet" not in window.map_panel.dates.text()
    window.window_menu.aboutToShow.emit()
    shown = [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
             for a in window.window_menu.actions()]
    assert not any("Backtab" in text for text in shown)
    assert window.act_prev_map.shortcut().toString() == "Ctrl+PgUp"
    # Ctrl+Shift+Tab still goes back a map
    window.new_map()
    assert window.tabs.currentIndex() == 1
    QTest.keyClick(window.tabs.currentWidget().canvas, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentIndex() == 0


# 4 and 5 ------------------------------------------------------------------------------
def test_a_small_window_fits_the_map_with_every_lane_named_and_panels_readable(
        make_window, qtbot, tmp_path):
    from PySide6.QtGui import QColor

    from cjdesigner.resources import resource_path

    window = make_window()
    blueprint = tmp_path / "blueprint.cjm"
    blueprint.write_bytes(resource_path("templates", "service-blueprint.cjm").read_bytes())
    tab = window.open_path(str(blueprint))
    window.resize(1024, 700)
    with qtbot.waitExposed(window):
        window.show()
    assert window.minimumSizeHint().width() <= 1024
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    canvas = tab.canvas
    qtbot.wait(200)  # the window's own first fit has happened
    click(toolbar_button(window, window.act_fit))
    assert canvas.zoom_factor() < 0.35
    QApplication.processEvents()
    assert canvas.zoom_factor() < 0.35
    image = canvas.viewport().grab().toImage()
    scene = canvas.canvas_scene
    for lane in scene.layout.lanes:
        top = canvas.mapFromScene(QPointF(0, lane.rect.y)).y()
        bottom = canvas.mapFromScene(QPointF(0, lane.rect.bottom)).y()
        left = canvas.mapFromScene(
            QPointF(scene.header_left() + scene.lane_column.pos().x(), 0)).x()
        dark = 0
        for y in range(max(0, top + 1), min(image.height(), bottom - 1)):
            for x in range(left + 8, left + 120):
                colour = QColor(image.pixel(x, y))
                if colour.lightness() < 90:
                    dark += 1
        assert dark > 25, f"lane {lane.lane_id} shows no name"
    # the panels get a readable width back once the window grows
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: window.inspector_dock.width() >= 240, timeout=3000)


# 9 ------------------------------------------------------------------------------------
def test_service_blueprint_offers_its_layers_and_new_maps_come_in_kinds(opened, qtbot):
    from cjdesigner.model import LaneKind, MapType

    window, tab = opened
    window.map_dock.raise_()
    panel = window.map_panel
    assert not panel.add_layers.isVisibleTo(panel)
    combo = panel.bindings["map_type"].widget
    combo.setFocus()
    index = combo.findData(MapType.SERVICE_BLUEPRINT.value)
    while combo.currentIndex() != index:
        QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
    assert tab.controller.doc.meta.map_type == MapType.SERVICE_BLUEPRINT
    assert panel.add_layers.isVisibleTo(panel)
    click(panel.add_layers)
    kinds = [lane.kind for lane in tab.controller.doc.lanes]
    assert kinds[-3:] == [LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT]
    assert not panel.add_layers.isVisibleTo(panel)
    assert len(tab.canvas.canvas_scene.layout.blueprint_lines) == 3
    window.act_undo.trigger()
    assert LaneKind.FRONTSTAGE not in [lane.kind for lane in tab.controller.doc.lanes]
    # File › New Service Blueprint and New Empty Map
    window.menus["file"].aboutToShow.emit()
    window.act_new_blueprint.trigger()
    blueprint = window.current_tab().controller.doc
    assert blueprint.meta.map_type == MapType.SERVICE_BLUEPRINT
    assert {LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT} <= {
        lane.kind for lane in blueprint.lanes}
    window.act_new_blank.trigger()
    empty = window.current_tab().controller.doc
    assert (empty.stages, empty.lanes, empty.curves, empty.cards) == ([], [], [], [])
    assert "Empty" in window.act_new_blank.text() and "Blueprint" in window.act_new_blueprint.text()
