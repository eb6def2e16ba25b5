"""A merged map with conflicts: the conflicts panel shows each, picking a side is one
undoable edit, Show selects the item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from cjdesigner.compare.merge import merge_maps
from cjdesigner.fileio import dumps, loads, save
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields


def merged_file(tmp_path: Path) -> Path:
    base = sample_map()
    ours, theirs = loads(dumps(base)), loads(dumps(base))
    set_fields(ours, "card", "card-1", title="Ours")
    set_fields(theirs, "card", "card-1", title="Theirs")
    set_fields(ours, "lane", ours.lanes[0].id, title="Doing (ours)")
    set_fields(theirs, "lane", theirs.lanes[0].id, title="Doing (theirs)")
    result = merge_maps(base, ours, theirs, ours_label="main", theirs_label="feature")
    path = tmp_path / "merged.cjm"
    save(result.doc, path)
    return path


def test_conflicts_panel_lists_and_resolves(make_window, tmp_path, qtbot) -> None:
    window = make_window()
    tab = window.open_path(str(merged_file(tmp_path)))
    window.show()
    panel = window.conflicts
    assert window.conflicts_dock.isVisible()
    assert panel.list.count() == 2
    assert panel.list.item(0).text().startswith('lane "Doing (ours)": title changed on both')
    assert panel.keep_theirs.text() == "Keep feature"
    doc = tab.controller.doc
    qtbot.mouseClick(panel.keep_theirs, Qt.MouseButton.LeftButton)  # the lane
    assert doc.lanes[0].title == "Doing (theirs)"
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith('card "Ours"')
    qtbot.mouseClick(panel.keep_ours, Qt.MouseButton.LeftButton)  # the card
    assert doc.find_card("card-1").title == "Ours" and doc.conflicts == []
    assert panel.list.count() == 0 and not panel.keep_ours.isEnabled()
    assert tab.is_modified()
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert doc.lanes[0].title == "Doing (ours)" and len(doc.conflicts) == 2
    assert panel.list.count() == 2


def test_show_selects_the_item_on_the_canvas(make_window, tmp_path, qtbot) -> None:
    window = make_window()
    tab = window.open_path(str(merged_file(tmp_path)))
    window.show()
    panel = window.conflicts
    panel.list.setCurrentRow(1)  # the card
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert tab.selection.cards == ("card-1",)


def test_a_map_without_conflicts_leaves_the_panel_hidden(make_window, map_file) -> None:
    window = make_window()
    window.open_path(str(map_file))
    window.show()
    assert not window.conflicts_dock.isVisible()
    assert window.conflicts.summary.text() == "No merge conflicts."
