"""Issue 16: the editor for people who use the keyboard or a screen reader. F6 through the
panels, Esc back to the map, arrows up to the headers, a visible focus, one Tab stop for
the colour swatches, every key in F1, Shift+wheel; the canvas's headers, cards and curve
points in Qt's accessibility tree (in-process through QAccessible, and through AT-SPI under
Xvfb as a screen reader reads them)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.selection import Selection


@pytest.fixture
def opened(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1400, 900)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    tab.canvas.zoom_to(1.0)
    tab.canvas.setFocus()
    return window, tab


def tree_of(interface) -> list:
    nodes = [interface]
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None:
            nodes.extend(tree_of(child))
    return nodes


def focus() -> object:
    return QApplication.focusWidget()


def test_every_card_header_and_curve_point_is_in_the_accessibility_tree(opened):
    window, tab = opened
    doc = tab.controller.doc
    canvas = QAccessible.queryAccessibleInterface(tab.canvas)
    assert canvas.text(QAccessible.Text.Name) == "Journey map: Sample journey"
    names = {canvas.child(i).text(QAccessible.Text.Name): canvas.child(i)
             for i in range(canvas.childCount())}
    for card in doc.cards:
        assert card.title in names
        assert names[card.title].role() == QAccessible.Role.ListItem
    for stage in doc.stages:
        assert names[f"Stage {stage.name}"].role() == QAccessible.Role.ColumnHeader
    for step in doc.steps():
        assert f"Step {step.name}" in names
    for lane in doc.lanes:
        assert names[f"Lane {lane.title}"].role() == QAccessible.Role.RowHeader
    assert "Sam — Experienced at Sees an advert: +0.0 (set)" in names
    card = doc.find_card("card-3")
    described = names[card.title].text(QAccessible.Text.Description)
    assert "Pain points, Decision › Compares prices" in described
    assert card.description in described and f"owner {card.owner}" in described
    # the whole window: every visible card found by its title, from the top
    everything = [n.text(QAccessible.Text.Name)
                  for n in tree_of(QAccessible.queryAccessibleInterface(window))]
    for card in doc.cards:
        assert card.title in everything
    # a card on screen has a screen rectangle inside the canvas
    rect = names[card.title].rect()
    top_left = tab.canvas.viewport().mapToGlobal(QPoint(0, 0))
    assert rect.width() > 20 and rect.left() >= top_left.x()


def test_the_accessible_focus_follows_the_selection(opened):
    window, tab = opened
    canvas = QAccessible.queryAccessibleInterface(tab.canvas)
    assert canvas.focusChild() is None
    tab.canvas.select(Selection(cards=("card-1",)))
    assert canvas.focusChild().text(QAccessible.Text.Name) == "Notices a banner"
    assert canvas.focusChild().state().focused
    QTest.keyClick(tab.canvas, Qt.Key.Key_Right)
    assert canvas.focusChild().text(QAccessible.Text.Name) == "Reads three reviews"
    QTest.keyClick(tab.canvas, Qt.Key.Key_Up)  # the first row: up to the step's header
    assert canvas.focusChild().text(QAccessible.Text.Name) == "Step Reads reviews"


def test_the_find_bar_and_tab_controls_have_names(opened):
    window, tab = opened
    window.edit.find()
    bar = tab.find_bar
    for widget in (bar.edit, bar.field, bar.value, bar.prev_button, bar.next_button,
                   bar.close_button):
        name = QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
        assert name and name not in ("‹", "›", "✕")
    close = window.tabs.tabBar().tabButton(0, window.tabs.tabBar().ButtonPosition.RightSide)
    assert QAccessible.queryAccessibleInterface(close).text(QAccessible.Text.Name) == "Close sample.cjm"


def test_f6_cycles_the_canvas_and_panels_and_esc_returns_to_the_map(opened, qtbot):
    window, tab = opened
    assert focus() is tab.canvas
    seen = []
    for _ in range(len(window.keys.stops())):
        QTest.keyClick(focus(), Qt.Key.Key_F6)
        seen.append(next(s for s in window.keys.stops() if s is focus() or s.isAncestorOf(focus())))
    assert seen[-1] is tab.canvas  # round the whole ring and back to the map
    assert window.outline in seen and window.inspector in seen
    QTest.keyClick(focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert seen[-2] is focus() or seen[-2].isAncestorOf(focus())
    # Esc from the outline (nothing there uses it) goes back to the map
    while not (window.outline is focus() or window.outline.isAncestorOf(focus())):
        QTest.keyClick(focus(), Qt.Key.Key_F6)
    QTest.keyClick(focus(), Qt.Key.Key_Escape)
    assert focus() is tab.canvas
    assert tab.canvas.focus_ring.isVisible()


def test_arrows_reach_the_step_stage_and_lane_headers(opened):
    window, tab = opened
    canvas = tab.canvas
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # the first cell
    assert tab.selection.cell == ("lane-actions", "step-ad")
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert tab.selection.step == "step-ad"
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert tab.selection.step == "step-review"
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert tab.selection.stage == "stage-aware"
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert tab.selection.stage == "stage-buy"
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert tab.selection.step == "step-compare"
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert tab.selection.cell == ("lane-actions", "step-compare")
    for _ in range(3):
        QTest.keyClick(canvas, Qt.Key.Key_Left)
    assert tab.selection.lane == "lane-actions"
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert tab.selection.lane == "lane-touch"
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert tab.selection.cell == ("lane-touch", "step-ad")
    # Enter on a header reached by keys renames it
    QTest.keyClick(canvas, Qt.Key.Key_Up)  # the card in the first row
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert tab.selection.step == "step-ad"
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert canvas.commands.header_editor() is not None


def test_the_colour_swatches_are_one_tab_stop(opened):
    window, tab = opened
    tab.canvas.select(Selection(lane="lane-pain"))
    picker = window.inspector.lane_bindings["color"].picker
    swatches = list(picker.buttons.values())
    assert sum(1 for b in swatches if b.focusPolicy() & Qt.FocusPolicy.TabFocus) == 1
    # Tab from the field before the swatches lands on one swatch, the next Tab leaves them
    stop = next(b for b in swatches if b.focusPolicy() & Qt.FocusPolicy.TabFocus)
    stop.setFocus()
    QTest.keyClick(stop, Qt.Key.Key_Right)
    assert focus() is swatches[swatches.index(stop) + 1]
    QTest.keyClick(focus(), Qt.Key.Key_Space)  # picks it
    assert tab.controller.doc.find_lane("lane-pain").color is not None
    QTest.keyClick(focus(), Qt.Key.Key_Tab)
    assert focus() not in swatches


def test_f1_lists_every_key_not_only_menu_commands(opened, qtbot):
    window, tab = opened
    dialog = window.show_shortcuts()
    keys = {dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())}
    for needed in ("Enter", "F2", "Arrow keys", "Alt+Arrow keys", "Space+drag, middle drag",
                   "Esc", "Shift+wheel", "F6", "Shift+F6"):
        assert needed in keys
    dialog.close()


def test_shift_wheel_scrolls_sideways(opened):
    window, tab = opened
    canvas = tab.canvas
    canvas.zoom_to(2.0)
    h, v = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h.setValue(0)
    v.setValue(0)
    pos = QPointF(canvas.viewport().rect().center())
    event = QWheelEvent(pos, QPointF(canvas.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport(), event)
    assert h.value() > 0 and v.value() == 0


def test_a_screen_reader_finds_every_card_through_at_spi(tmp_path):
    """The running editor on Xvfb with Qt's AT-SPI bridge, read by the system's AT-SPI
    client (python3-gi, gir1.2-atspi-2.0, at-spi2-core, dbus): a screen reader's view."""
    system_python = "/usr/bin/python3"
    for tool in ("dbus-run-session", "xvfb-run", system_python):
        assert shutil.which(tool), f"{tool} is needed (README: system packages)"
    check = subprocess.run([system_python, "-c", "import gi; gi.require_version('Atspi', '2.0');"
                            " from gi.repository import Atspi"], capture_output=True, text=True)
    assert check.returncode == 0, "python3-gi and gir1.2-atspi-2.0 are needed: " + check.stderr
    doc = sample_map()
    save(doc, tmp_path / "map.cjm")
    root = Path(__file__).resolve().parents[2]
    driver = Path(__file__).parent / "atspi" / "driver.py"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(root),
           "CJDESIGNER_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
         sys.executable, str(driver), str(tmp_path / "map.cjm"), str(tmp_path), system_python],
        capture_output=True, text=True, timeout=400, env=env, cwd=root,
    )
    nodes = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert nodes and "error" not in nodes[0], result.stdout + result.stderr[-2000:]
    names = {n["name"]: n for n in nodes}
    assert "Journey map: Sample journey" in names
    for card in doc.cards:
        assert names[card.title]["role"] == "list item"
    assert names["Stage Awareness"]["role"] == "table column header"
    assert names["Lane Pain points"]["role"] == "table row header"
    assert "Compares prices" in names["Prices hard to compare"]["description"]
    # the controls around the map are named too
    assert "Find in cards" in names or "Close sample.cjm" in names or "Close map.cjm" in names
    assert not any(n["name"] in ("‹", "›", "✕") for n in nodes)
