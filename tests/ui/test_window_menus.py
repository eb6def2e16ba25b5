"""Every menu entry runs without error, with scripted answers to every question, and
does what it says where that is cheap to see (a new tab, a changed zoom, a dock shown)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

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


def _state(window, dialogs) -> SimpleNamespace:
    """What a person would see change: tabs, page, the map's contents, zoom, panels."""
    tab = window.current_tab()
    doc = tab.controller.doc if tab is not None else None
    clip = QApplication.clipboard().mimeData()
    return SimpleNamespace(
        tabs=len(window.all_tabs()),
        tab=tab,
        name=tab.display_name() if tab else None,
        on_tabs=window.stack.currentWidget() is window.tabs,
        path=tab.path if tab else None,
        modified=tab.is_modified() if tab else None,
        page=window.stack.currentWidget(),
        cards=len(doc.cards) if doc else 0,
        votes=sum(c.votes for c in doc.cards) if doc else 0,
        stages=len(doc.stages) if doc else 0,
        steps=sum(len(s.steps) for s in doc.stages) if doc else 0,
        lanes=len(doc.lanes) if doc else 0,
        curves=len(doc.curves) if doc else 0,
        personas=len(doc.personas) if doc else 0,
        selected=len(tab.selection.cards) if tab else 0,
        zoom=tab.canvas.zoom_factor() if tab else None,
        fits=_whole_map_shown(tab) if tab else False,
        docks={d.windowTitle(): d.isHidden() for d in window.docks()},
        toolbar=window.toolbar.isHidden(),
        find=tab.find_bar.isVisible() if tab else False,
        timer=window.timer.running(),
        dialog=any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()),
        asked=list(dialogs.asked),
        clipboard=bool(clip is not None and clip.formats()),
        recent=window.settings.recent_files(),
    )


def _whole_map_shown(tab) -> bool:
    canvas = tab.canvas
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    return shown.adjusted(-1, -1, 1, 1).contains(canvas.scene().map_rect())


def _written(dialogs) -> bool:
    return Path(dialogs.save_path).exists() and Path(dialogs.save_path).stat().st_size > 0


def _dock_toggled(title):
    return lambda b, a, d: a.docks[title] != b.docks[title]


#: menu path (or path prefix ending in " ▸ ") → what must be visible after the entry ran
EFFECTS = {
    "File ▸ New Map": lambda b, a, d: a.tabs == b.tabs + 1 and a.path is None,
    "File ▸ New from Template ▸ ": lambda b, a, d: a.tabs == b.tabs + 1 and a.cards > 0,
    "File ▸ Open…": lambda b, a, d: a.path == str(EXAMPLE.resolve()),
    "File ▸ Open Recent ▸ 1  sample.cjm": lambda b, a, d: Path(a.path).name == "sample.cjm",
    "File ▸ Open Recent ▸ Clear Recent": lambda b, a, d: a.recent == [],
    "File ▸ Save": lambda b, a, d: not a.modified and a.path and Path(a.path).exists(),
    "File ▸ Save As…": lambda b, a, d: _written(d) and a.path == str(Path(d.save_path).resolve()),
    "File ▸ Revert to Saved": lambda b, a, d: not a.modified,
    "File ▸ Import CSV…": lambda b, a, d: a.tabs == b.tabs + 1 and a.cards == 1,
    "File ▸ Export As ▸ ": lambda b, a, d: _written(d),
    "File ▸ Page Setup…": lambda b, a, d: a.asked[-1][0] == "page setup",
    "File ▸ Print…": lambda b, a, d: _written(d) and a.asked[-1][:2] == ("print", "Print poster"),
    "File ▸ Print Tiled…": lambda b, a, d: _written(d) and a.asked[-1][0] == "print",
    "File ▸ Close Map": lambda b, a, d: a.tabs == b.tabs - 1,
    "Edit ▸ Cut": lambda b, a, d: a.cards == b.cards - 1 and a.clipboard,
    "Edit ▸ Copy": lambda b, a, d: a.clipboard and a.cards == b.cards,
    "Edit ▸ Paste": lambda b, a, d: a.cards == b.cards + 1,
    "Edit ▸ Delete": lambda b, a, d: a.cards == b.cards - 1,
    "Edit ▸ Duplicate": lambda b, a, d: a.cards == b.cards + 1,
    "Edit ▸ Add a Vote": lambda b, a, d: a.votes == b.votes + 1,
    "Edit ▸ Take Back a Vote": lambda b, a, d: a.votes == b.votes - 1,
    "Edit ▸ Select All": lambda b, a, d: a.selected == a.cards > 1,
    "Edit ▸ Find and Filter…": lambda b, a, d: a.find,
    "Edit ▸ Find Next": lambda b, a, d: a.find,
    "Edit ▸ Find Previous": lambda b, a, d: a.find,
    "Edit ▸ Preferences…": lambda b, a, d: a.dialog,
    "View ▸ Zoom In": lambda b, a, d: a.zoom > b.zoom,
    "View ▸ Zoom Out": lambda b, a, d: a.zoom < b.zoom,
    "View ▸ Actual Size": lambda b, a, d: abs(a.zoom - 1.0) < 1e-6,
    "View ▸ Fit Map": lambda b, a, d: a.fits,
    "View ▸ Panels ▸ Inspector": _dock_toggled("Inspector"),
    "View ▸ Panels ▸ Personas": _dock_toggled("Personas"),
    "View ▸ Panels ▸ Map": _dock_toggled("Map"),
    "View ▸ Panels ▸ Outline": _dock_toggled("Outline"),
    "View ▸ Panels ▸ Conflicts": _dock_toggled("Conflicts"),
    "View ▸ Panels ▸ Comparison": _dock_toggled("Comparison"),
    "View ▸ Compare ▸ Compare with Last Saved": lambda b, a, d: not a.docks["Comparison"],
    "View ▸ Compare ▸ Compare with File…": lambda b, a, d: (
        not a.docks["Comparison"] and a.asked[-1] == ("open", "Compare with map")),
    "View ▸ Workshop Timer ▸ ": lambda b, a, d: a.timer,
    "View ▸ Toolbar": lambda b, a, d: a.toolbar != b.toolbar,
    "Insert ▸ Card": lambda b, a, d: a.cards == b.cards + 1,
    "Insert ▸ Stage": lambda b, a, d: a.stages == b.stages + 1,
    "Insert ▸ Step": lambda b, a, d: a.steps == b.steps + 1,
    "Insert ▸ Lane": lambda b, a, d: a.lanes == b.lanes + 1,
    "Insert ▸ Emotion Curve": lambda b, a, d: a.curves == b.curves + 1,
    "Insert ▸ Persona": lambda b, a, d: a.personas == b.personas + 1,
    "Window ▸ Next Map": lambda b, a, d: a.tab is not b.tab,
    "Window ▸ Previous Map": lambda b, a, d: a.tab is not b.tab,
    "Window ▸ Start Page": lambda b, a, d: a.page is not b.page and a.tab is not None,
    # the other Window entries name an open map: it comes to the front
    "Window ▸ ": lambda b, a, d: a.on_tabs and d.label.endswith(a.name),
    "Help ▸ Keyboard Shortcuts": lambda b, a, d: a.dialog,
    "Help ▸ About cjdesigner": lambda b, a, d: a.asked[-1][:2] == ("info", "About cjdesigner"),
}


def _effect(name: str):
    if name in EFFECTS:
        return EFFECTS[name]
    for key, check in EFFECTS.items():
        if key.endswith(" ▸ ") and name.startswith(key) and "Stop Timer" not in name:
            return check
    return None


def test_every_menu_entry_runs(make_window, map_file, dialogs, tmp_path, qtbot):
    window = make_window()
    window.show()
    dialogs.save_answer = "discard"
    dialogs.confirm_answer = True
    window.open_path(str(map_file))
    seen, checked, failed = [], [], []
    for key in ("file", "edit", "view", "insert", "window", "help"):
        menu = window.menus[key]
        for path, action in list(_leaves(menu, (menu.title(),))):
            if action.text() in SKIP or not action.isEnabled():
                continue
            name = action.text().replace("&", "")
            suffix = ".csv" if "CSV" in name else ".cjm"
            for fmt, ext in (("PDF", ".pdf"), ("PNG", ".png"), ("SVG", ".svg"), ("Mermaid", ".md"),
                             ("Print", ".pdf")):
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
                tab.canvas.setFocus()  # as after clicking a card on the map
            if name == "Copy":
                QApplication.clipboard().clear()
            label = dialogs.label = " ▸ ".join(p.replace("&", "") for p in path)
            before = _state(window, dialogs)
            action.trigger()
            after = _state(window, dialogs)
            check = _effect(label)
            if check is not None:
                checked.append(label)
                if not check(before, after, dialogs):
                    failed.append(label)
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.close()
            if window.current_tab() is None:
                window.open_path(str(map_file))
            seen.append(label)
    errors = [a for a in dialogs.asked if a[0] == "error"]
    assert errors == []
    assert failed == []
    assert len(seen) > 50
    assert len(checked) > 50
    for expected in ("File ▸ Save As…", "Edit ▸ Find and Filter…", "Insert ▸ Persona",
                     "View ▸ Panels ▸ Outline", "Help ▸ Keyboard Shortcuts"):
        assert expected in seen
