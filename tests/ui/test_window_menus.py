"""Every menu entry runs without error, with scripted answers to every question."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from cjdesigner.ui.selection import Selection
from tests.ui.test_window import EXAMPLE

SKIP = {"&Quit", "About &Qt", "F&ull Screen", "&Export Poster…", "&Presentation Mode"}


def _leaves(menu, path=()):
    menu.aboutToShow.emit()
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from _leaves(action.menu(), (*path, action.text()))
        else:
            yield (*path, action.text()), action


def test_every_menu_entry_runs(make_window, map_file, dialogs, tmp_path, qtbot):
    window = make_window()
    window.show()
    dialogs.save_answer = "discard"
    dialogs.confirm_answer = True
    window.open_path(str(map_file))
    seen = []
    for key in ("file", "edit", "view", "insert", "window", "help"):
        menu = window.menus[key]
        for path, action in list(_leaves(menu, (menu.title(),))):
            if action.text() in SKIP or not action.isEnabled():
                continue
            name = action.text().replace("&", "")
            suffix = ".csv" if "CSV" in name else ".cjm"
            for fmt, ext in (("PDF", ".pdf"), ("PNG", ".png"), ("SVG", ".svg"), ("Mermaid", ".md")):
                if fmt in name:
                    suffix = ext
            dialogs.save_path = str(tmp_path / f"out-{len(seen)}{suffix}")
            dialogs.open_answer = str(EXAMPLE if suffix == ".cjm" else tmp_path / "in.csv")
            if "Import" in name:
                (tmp_path / "in.csv").write_text("Stage,Step,Lane,Title\nA,a,Actions,x\n")
            tab = window.current_tab()
            if tab is not None:
                tab.canvas.select(Selection(cards=(tab.controller.doc.cards[0].id,))
                                  if tab.controller.doc.cards else Selection())
            action.trigger()
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.close()
            if window.current_tab() is None:
                window.open_path(str(map_file))
            seen.append(" ▸ ".join(p.replace("&", "") for p in path))
    errors = [a for a in dialogs.asked if a[0] == "error"]
    assert errors == []
    assert len(seen) > 50
    for expected in ("File ▸ Save As…", "Edit ▸ Find and Filter…", "Insert ▸ Persona",
                     "View ▸ Panels ▸ Outline", "Help ▸ Keyboard Shortcuts"):
        assert expected in seen
