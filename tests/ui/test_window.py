"""The editor window: files, tabs, unsaved changes, reload on external change, settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cjdesigner.fileio import load, save
from cjdesigner.model.edits import SetFields
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.dialogs import Dialogs
from cjdesigner.ui.main_window import MainWindow
from cjdesigner.ui.selection import Selection
from tests.edit_helpers import set_fields

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "templates" / "washing-machine-retailer.cjm"


def record_jumps(canvas) -> list[tuple[str, str]]:
    """Wrap the canvas's ensure_visible so a test can see where the window jumped to."""
    seen: list[tuple[str, str]] = []
    real = canvas.ensure_visible

    def ensure_visible(kind, ident):
        seen.append((kind, ident))
        real(kind, ident)

    canvas.ensure_visible = ensure_visible
    return seen


class ScriptedDialogs(Dialogs):
    """Answers every question from a script and records what was asked; never blocks."""

    def __init__(self) -> None:
        super().__init__(None)
        self.asked: list[tuple] = []
        self.save_answer = "cancel"
        self.open_answer = ""
        self.save_path = ""
        self.confirm_answer = True
        self.disk_answers: list[str] = []  # answers to "changed on disk", in turn
        self.colour = "#123456"
        self.print_answer = True
        self.print_path = ""
        self.page_layout = None  # what Page Setup sets; None: the user cancels

    def ask_save_changes(self, name):
        self.asked.append(("save?", name))
        return self.save_answer

    def ask_changed_on_disk(self, name, difference):
        self.asked.append(("changed on disk", name, difference))
        return self.disk_answers.pop(0) if self.disk_answers else "cancel"

    def confirm(self, title, text, ok="OK"):
        self.asked.append(("confirm", title))
        return self.confirm_answer

    def error(self, title, text):
        self.asked.append(("error", title, text))

    def info(self, title, text):
        self.asked.append(("info", title, text))

    def open_file(self, title="Open map", filter="", folder=""):  # noqa: A002
        self.asked.append(("open", title))
        return self.open_answer

    def save_file(self, title="Save map", filter="", suggested=""):  # noqa: A002
        self.asked.append(("save as", title, suggested))
        return self.save_path

    def choose_color(self, initial):
        self.asked.append(("colour", initial))
        return self.colour

    def print_setup(self, printer, title, options=None):
        """Prints to a PDF file (``print_path``, else ``save_path``) as a person would
        choose "Print to file" in the dialog; ``options`` is the dialog's extra tab."""
        from PySide6.QtPrintSupport import QPrinter

        self.asked.append(("print", title, options))
        if self.print_answer:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(self.print_path or self.save_path)
        return self.print_answer

    def page_setup(self, printer):
        self.asked.append(("page setup", printer.pageLayout()))
        if self.page_layout is not None:
            printer.setPageLayout(self.page_layout)
        return self.page_layout is not None


def test_starts_on_the_start_page_then_opens_a_file(make_window, map_file, settings):
    window = make_window()
    assert window.stack.currentWidget() is window.start_page
    assert window.windowTitle() == "cjdesigner"
    assert not window.act_save.isEnabled()
    tab = window.open_path(str(map_file))
    assert tab is not None and window.current_tab() is tab
    assert window.stack.currentWidget() is window.tabs
    assert window.windowTitle().startswith("sample.cjm")
    assert not window.isWindowModified()
    assert settings.recent_files() == [str(map_file.resolve())]
    # opening the same file again switches to its tab
    assert window.open_path(str(map_file)) is tab
    assert window.tabs.count() == 1


def test_bad_file_shows_the_loader_message_and_window_stays_usable(make_window, tmp_path, dialogs):
    bad = tmp_path / "broken.cjm"
    bad.write_text('{"stages": [', encoding="utf-8")
    window = make_window()
    assert window.open_path(str(bad)) is None
    kind, title, text = dialogs.asked[-1]
    assert kind == "error" and "broken.cjm" in text and "truncated" in text
    assert window.tabs.count() == 0
    window.new_map()
    assert window.tabs.count() == 1


def test_title_marks_unsaved_changes_and_save_clears_them(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Changed"}))
    assert window.isWindowModified()
    assert window.tabs.tabText(0).endswith("•")
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert load(map_file).find_card("card-1").title == "Changed"
    assert (map_file.parent / "sample.cjm.bak").exists()


def test_save_as_for_a_new_map_and_recent_files(make_window, tmp_path, dialogs, settings):
    window = make_window()
    tab = window.new_map()
    assert tab.path is None
    dialogs.save_path = str(tmp_path / "fresh")
    assert window.save()
    assert tab.path == str((tmp_path / "fresh.cjm").resolve())
    assert load(tmp_path / "fresh.cjm").meta.title == "Untitled journey"
    assert settings.recent_files()[0] == tab.path
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions()]
    assert any("fresh.cjm" in t for t in texts)


def test_unsaved_changes_prompt_cancel_discard_save(make_window, map_file, dialogs):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Edited"}))
    window.show()
    dialogs.save_answer = "cancel"
    assert not window.close()
    assert window.isVisible()
    assert dialogs.asked[-1] == ("save?", "sample.cjm")
    dialogs.save_answer = "save"
    assert window.close()
    assert load(map_file).meta.title == "Edited"


def test_closing_a_tab_with_discard_drops_changes(make_window, map_file, dialogs):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Edited"}))
    dialogs.save_answer = "discard"
    assert window.close_tab(0)
    assert window.tabs.count() == 0
    assert window.stack.currentWidget() is window.start_page
    assert load(map_file).meta.title == "Sample journey"


def test_revert_reloads_from_disk(make_window, map_file, dialogs):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Changed"}))
    window.act_revert.trigger()
    assert ("confirm", "Revert to saved") in dialogs.asked
    assert tab.controller.doc.find_card("card-1").title == "Notices a banner"
    assert not tab.is_modified()


def test_reload_offer_on_external_change_but_not_after_own_save(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    # our own save must not trigger the offer
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Mine"}))
    assert window.save()
    tab.check_disk()
    assert tab.info_bar.isHidden()
    # someone else (a git pull) rewrites the file
    other = load(map_file)
    set_fields(other, "meta", title="Pulled from git")
    save(other, map_file)
    qtbot.waitUntil(lambda: tab.info_bar.isVisible(), timeout=3000)
    assert "changed on disk" in tab.info_bar.label.text()
    qtbot.mouseClick(tab.info_bar.buttons["Reload"], Qt.MouseButton.LeftButton)
    assert tab.controller.doc.meta.title == "Pulled from git"
    assert tab.info_bar.isHidden()
    assert not tab.is_modified()


def test_keep_mine_leaves_the_map_unsaved(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    data = json.loads(map_file.read_text())
    data["meta"]["title"] = "Theirs"
    map_file.write_text(json.dumps(data))
    tab.check_disk()
    assert tab.info_bar.isVisible()
    qtbot.mouseClick(tab.info_bar.buttons["Keep mine"], Qt.MouseButton.LeftButton)
    assert tab.controller.doc.meta.title == "Sample journey"
    assert tab.is_modified()


def test_several_maps_in_tabs_share_one_undo_menu(make_window, map_file, tmp_path):
    second = tmp_path / "second.cjm"
    shutil.copy(map_file, second)
    window = make_window()
    first_tab = window.open_path(str(map_file))
    second_tab = window.open_path(str(second))
    assert window.tabs.count() == 2
    second_tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Second"}))
    assert window.act_undo.isEnabled()
    window.tabs.setCurrentWidget(first_tab)
    assert not window.act_undo.isEnabled()
    assert window.windowTitle().startswith("sample.cjm")
    window.act_next_map.trigger()
    assert window.current_tab() is second_tab
    window.act_undo.trigger()
    assert second_tab.controller.doc.find_card("card-1").title == "Notices a banner"


def test_new_map_uses_author_and_default_scale(make_window, settings):
    from cjdesigner.ui.settings import SCALE_PRESETS

    settings.author = "Dana Designer"
    settings.emotion_scale = SCALE_PRESETS["1 … 5, five levels"]
    window = make_window()
    tab = window.new_map()
    doc = tab.controller.doc
    assert doc.meta.author == "Dana Designer"
    assert doc.curves[0].scale.min == 1 and doc.curves[0].scale.max == 5
    assert len(doc.stages) == 5 and doc.lanes


def test_new_from_template_and_start_page_click(make_window, settings, qtbot):
    settings.author = "Dana"
    window = make_window()
    grid = window.start_page.templates
    assert grid.count() >= 1
    names = [grid.item(i).data(Qt.ItemDataRole.UserRole) for i in range(grid.count())]
    assert "washing-machine-retailer" in names
    item = grid.item(names.index("washing-machine-retailer"))
    rect = grid.visualItemRect(item)
    window.show()
    grid.scrollToItem(item)
    rect = grid.visualItemRect(item)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.current_tab()
    assert tab is not None and tab.path is None
    assert tab.controller.doc.meta.author == "Dana"
    assert not tab.is_modified()


def test_a_map_from_a_template_is_a_new_map_of_its_own(make_window, settings, qtbot):
    """Not the template's author, version label or dates: as `cjdesigner new` does."""
    from cjdesigner.templates import load_template

    template = load_template("washing-machine-retailer")
    assert template.meta.author and template.meta.version_label
    window = make_window()
    window.show()
    grid = window.start_page.templates
    names = [grid.item(i).data(Qt.ItemDataRole.UserRole) for i in range(grid.count())]
    item = grid.item(names.index("washing-machine-retailer"))
    grid.scrollToItem(item)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     pos=grid.visualItemRect(item).center())
    meta = window.current_tab().controller.doc.meta
    assert meta.author == ""
    assert meta.version_label == ""
    assert meta.created == meta.modified != template.meta.created


def test_double_click_on_a_template_adds_no_card_to_the_map_it_opens(make_window, qtbot):
    """The first click opens the map; the second must not land on it as a double-click
    in a cell (which adds a card)."""
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    grid = window.start_page.templates
    rect = grid.visualItemRect(grid.item(0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    tab = window.current_tab()
    doc, canvas = tab.controller.doc, tab.canvas

    def empty_cell():
        busy = {(c.lane_id, c.step_id) for c in doc.cards}
        for lane in doc.lanes:
            for step_id in doc.step_ids():
                cell = canvas.scene().cell_rect(lane.id, step_id)
                if (lane.id, step_id) in busy or cell is None or lane.kind.value == "feelings":
                    continue
                point = canvas.mapFromScene(cell.center())
                if canvas.viewport().rect().contains(point):
                    return point
        raise AssertionError("no empty cell in view")

    cards = len(doc.cards)
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=empty_cell())
    assert len(doc.cards) == cards
    # a moment later the map takes double-clicks as usual
    qtbot.wait(QApplication.styleHints().mouseDoubleClickInterval() + 50)
    spot = empty_cell()
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert len(doc.cards) == cards + 1


@pytest.mark.parametrize("single_click_activates", [False, True])
def test_one_click_on_the_start_page_opens_one_map(
    make_window, map_file, settings, qtbot, single_click_activates
):
    """Whatever the platform's single-click activation, one click is one map."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    class Style(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
            if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
                return int(single_click_activates)
            return super().styleHint(hint, option, widget, data)

    settings.add_recent(map_file)
    window = make_window()
    window.show()
    style = Style("Fusion")
    views = (window.start_page.templates, window.start_page.recent_list)
    try:
        for view in views:
            view.setStyle(style)
            view.item(0).setSelected(False)
            rect = view.visualItemRect(view.item(0))
            before = len(window.all_tabs())
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert len(window.all_tabs()) == before + 1, view.objectName()
            window.show_start_page()
    finally:
        for view in views:
            view.setStyle(None)  # back to the application's style before ours goes away


def test_recent_file_on_start_page_opens(make_window, map_file, settings, qtbot):
    settings.add_recent(map_file)
    window = make_window()
    window.show()
    recent = window.start_page.recent_list
    assert recent.count() == 1
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_tab() is not None
    assert window.current_tab().path == str(map_file.resolve())


def test_geometry_and_docks_are_remembered(make_window, settings, map_file):
    window = make_window()
    window.open_path(str(map_file))
    window.resize(777, 555)
    window.outline_dock.hide()
    window.show()
    assert window.close()
    again = make_window()
    again.open_path(str(map_file))
    assert again.size().height() == 555
    assert again.outline_dock.isHidden()
    assert not again.inspector_dock.isHidden()


def test_docks_hide_on_the_start_page_and_come_back(make_window, map_file):
    window = make_window()
    assert window.inspector_dock.isHidden()
    window.open_path(str(map_file))
    assert not window.inspector_dock.isHidden()
    window.act_start.trigger()
    assert window.stack.currentWidget() is window.start_page
    window.act_next_map.trigger()
    assert not window.inspector_dock.isHidden()


def test_every_menu_has_entries_with_standard_shortcuts(make_window, map_file):
    from PySide6.QtGui import QKeySequence

    window = make_window()
    window.open_path(str(map_file))
    assert list(window.menus) == ["file", "edit", "view", "insert", "share", "window", "help"]
    assert window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.act_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)


def test_edit_menu_acts_on_the_canvas(make_window, map_file):
    """Each Edit entry does its work on the map (no stand-in methods: a renamed command
    method breaks its entry here)."""
    from cjdesigner.ui.canvas.clipboard import read_clipboard

    window = make_window()
    tab = window.open_path(str(map_file))
    doc = tab.controller.doc
    tab.canvas.setFocus()

    def pick(index: int = 0) -> str:
        card = doc.cards[index]
        tab.canvas.select(Selection(cards=(card.id,), cell=(card.lane_id, card.step_id)))
        return card.id

    count = len(doc.cards)
    first = pick()
    window.act_copy.trigger()
    assert first in (read_clipboard() or "") and len(doc.cards) == count
    window.act_paste.trigger()
    assert len(doc.cards) == count + 1
    window.act_duplicate.trigger()
    assert len(doc.cards) == count + 2
    gone = pick(1)
    window.act_delete.trigger()
    assert len(doc.cards) == count + 1 and gone not in {c.id for c in doc.cards}
    cut = pick(0)
    window.act_cut.trigger()
    assert cut not in {c.id for c in doc.cards} and cut in (read_clipboard() or "")
    window.act_select_all.trigger()
    assert set(tab.selection.cards) == {c.id for c in doc.cards}


def test_zoom_and_selection_in_the_status_bar(make_window, map_file):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.canvas.zoom_to(1.0)
    window.act_zoom_in.trigger()
    assert window.status_zoom.text() == "Zoom 125 %"
    assert window.zoom_label.text() == "125 %"
    tab.canvas.select(Selection(cards=("card-1", "card-2")))
    assert window.selection_label.text() == "2 cards selected"
    window.act_zoom_100.trigger()
    assert window.zoom_label.text() == "100 %"


def test_insert_menu_adds_structure_undoably(make_window, map_file):
    window = make_window()
    tab = window.open_path(str(map_file))
    doc = tab.controller.doc
    tab.canvas.select(Selection(step="step-ad"))
    window.act_add_step.trigger()
    assert len(doc.find_stage("stage-aware").steps) == 3
    assert doc.find_stage("stage-aware").steps[1].name == "New step"
    window.act_add_stage.trigger()
    window.act_add_lane.trigger()
    window.act_add_curve.trigger()
    assert len(doc.stages) == 3 and len(doc.lanes) == 6 and len(doc.curves) == 2
    for _ in range(4):
        window.act_undo.trigger()
    assert doc.model_dump() == sample_map().model_dump()


def test_csv_import_and_export(make_window, map_file, tmp_path, dialogs):
    window = make_window()
    window.open_path(str(map_file))
    dialogs.save_path = str(tmp_path / "cards.csv")
    assert window.files.export_csv()
    assert (tmp_path / "cards.csv").exists()
    dialogs.open_answer = str(tmp_path / "cards.csv")
    tab = window.import_csv()
    assert tab is not None
    assert len(tab.controller.doc.cards) == len(sample_map().cards)


def test_preferences_dialog_saves_author(make_window, settings, qtbot):
    window = make_window()
    dialog = window.preferences()
    dialog.author.clear()
    qtbot.keyClicks(dialog.author, "Robin")
    dialog.paper.setCurrentText("A1")
    dialog.accept()
    assert settings.author == "Robin"
    assert settings.paper_size == "A1"
    assert window.new_map().controller.doc.meta.author == "Robin"


def test_shortcuts_dialog_lists_menu_shortcuts(make_window):
    window = make_window()
    dialog = window.show_shortcuts()
    texts = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any("Save" in t for t in texts)
    dialog.close()


def test_run_function_exists_and_opens_path(monkeypatch, tmp_path, map_file):
    """``ui.app.run`` builds the app and window and opens the path (exec is stubbed)."""
    from cjdesigner.ui import app as app_module

    monkeypatch.setenv("CJDESIGNER_SETTINGS", str(tmp_path / "run.ini"))
    monkeypatch.setenv("CJDESIGNER_RECOVERY_DIR", str(tmp_path / "rec"))
    monkeypatch.setenv("CJDESIGNER_CACHE_DIR", str(tmp_path / "cache"))
    seen = {}
    made = []

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr("cjdesigner.ui.main_window.MainWindow", Recorded)

    def fake_exec():
        (window,) = made  # the window run() made, not one left over by another test
        assert window.isVisible()
        seen["title"] = window.windowTitle()
        seen["font"] = QApplication.font().family()
        for tab in window.all_tabs():
            tab.close_down()
        window.hide()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(str(map_file)) == 0
    assert seen["title"].startswith("sample.cjm")
    assert "Source Sans" in seen["font"]


def test_save_never_overwrites_a_bundled_template(make_window, dialogs, tmp_path):
    window = make_window()
    tab = window.open_path(str(EXAMPLE))
    before = EXAMPLE.read_bytes()
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Mine now"}))
    dialogs.save_path = str(tmp_path / "mine.cjm")
    assert window.save()
    assert EXAMPLE.read_bytes() == before
    assert tab.path == str((tmp_path / "mine.cjm").resolve())
    assert dialogs.asked[-1][2].endswith(".cjm") and "templates" not in dialogs.asked[-1][2]


def test_tab_close_button(make_window, map_file, qtbot):
    from PySide6.QtWidgets import QTabBar

    window = make_window()
    window.open_path(str(map_file))
    window.show()
    button = window.tabs.tabBar().tabButton(0, QTabBar.ButtonPosition.RightSide)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.tabs.count() == 0


@pytest.mark.parametrize("suffix", [".md", ".svg"])
def test_export_as_every_command_line_format(make_window, map_file, dialogs, tmp_path, suffix):
    from cjdesigner.export.registry import all_formats

    window = make_window()
    window.open_path(str(map_file))
    window.files.fill_export_menu()
    labels = [a.text() for a in window.export_menu.actions()]
    assert labels == [f"{fmt.label}…" for fmt in all_formats()]
    dialogs.save_path = str(tmp_path / f"out{suffix}")
    assert window.export_as(suffix.lstrip("."))
    assert (tmp_path / f"out{suffix}").stat().st_size > 0


def test_edit_actions_follow_the_focus(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    tab.canvas.select(Selection(cards=("card-1",)))
    edit = window.inspector.card_bindings["title"].edit
    edit.setFocus()
    edit.selectAll()
    window.act_copy.trigger()
    assert QApplication.clipboard().text() == "Notices a banner"
    # Delete in the outline removes the outline's item, not the selected card
    outline = window.outline
    outline.tree.setFocus()
    outline.set_current("lane", "lane-opp")
    window.act_delete.trigger()
    doc = tab.controller.doc
    assert "lane-opp" not in [lane.id for lane in doc.lanes]
    assert doc.find_card("card-1")
    # with the canvas focused, Delete deletes the selected cards
    tab.canvas.setFocus()
    tab.canvas.select(Selection(cards=("card-1",)))
    window.act_delete.trigger()
    assert "card-1" not in [c.id for c in doc.cards]


def test_dropping_a_map_file_opens_it(make_window, map_file):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(map_file))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    QApplication.processEvents()  # opened once the drop is over
    assert window.current_tab().path == str(map_file.resolve())


def test_theme_follows_dark_and_light(monkeypatch, qapp):
    from PySide6.QtGui import QPalette

    from cjdesigner.ui import theme

    before = (qapp.palette(), qapp.styleSheet())
    try:
        monkeypatch.setenv("CJDESIGNER_THEME", "dark")
        theme.apply(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        monkeypatch.setenv("CJDESIGNER_THEME", "light")
        theme.apply(qapp)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    finally:
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])


def test_theme_follows_the_system_switching_scheme(monkeypatch, qapp, make_window, qtbot):
    """The system announces dark, then light: the running window's palette follows."""
    from PySide6.QtGui import QPalette

    from cjdesigner.ui import theme

    monkeypatch.delenv("CJDESIGNER_THEME", raising=False)
    before = (qapp.palette(), qapp.styleSheet())
    window = make_window()
    window.show()
    hints = qapp.styleHints()

    def window_lightness() -> int:
        return window.palette().color(QPalette.ColorRole.Window).lightness()

    try:
        theme.follow_system(qapp)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
        qtbot.waitUntil(lambda: window_lightness() < 80, timeout=1000)
        assert theme.DARK["window"].lower() in qapp.styleSheet().lower()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.waitUntil(lambda: window_lightness() > 200, timeout=1000)
        assert theme.LIGHT["window"].lower() in qapp.styleSheet().lower()
    finally:
        theme.stop_following()
        qapp.setPalette(before[0])
        qapp.setStyleSheet(before[1])
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # no longer followed
    assert qapp.palette() == before[0]


def test_template_thumbnails_are_drawn_and_cached(monkeypatch, tmp_path, qapp):
    from cjdesigner.ui import thumbnails

    monkeypatch.setenv("CJDESIGNER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(thumbnails, "_memory", {})
    image = thumbnails.thumbnail(EXAMPLE)
    assert image is not None and image.width() == thumbnails.THUMB_W
    assert len(list((tmp_path / "cache" / "thumbnails").glob("*.png"))) == 1
    # not plain background: the stages and cards are drawn
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 8
    # the second call is served from the cache
    monkeypatch.setattr(thumbnails, "render", lambda doc: (_ for _ in ()).throw(AssertionError))
    assert thumbnails.thumbnail(EXAMPLE) is image
    monkeypatch.setattr(thumbnails, "_memory", {})
    assert not thumbnails.thumbnail(EXAMPLE).isNull()  # from the disk cache


def test_save_failure_is_reported_and_the_map_stays_unsaved(make_window, map_file, dialogs, tmp_path):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "x"}))
    dialogs.save_path = str(tmp_path / "no" / "such" / "folder" / "map.cjm")
    assert not window.save_as()
    assert dialogs.asked[-1][0] == "error"
    assert tab.is_modified()


def test_deleted_file_is_reported(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    map_file.unlink()
    tab.check_disk()
    assert tab.info_bar.isVisible()
    assert "moved or deleted" in tab.info_bar.label.text()


def test_export_poster_opens_the_export_dialog_with_the_default_paper(
    make_window, map_file, settings, monkeypatch
):
    from cjdesigner.ui import export_dialog

    settings.paper_size = "A1"
    shown = {}

    def fake_exec(self):
        shown["paper"] = self.panel("pdf").paper.currentText()
        shown["controller"] = self.controller
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)
    window = make_window()
    tab = window.open_path(str(map_file))
    assert window.act_export.isEnabled()
    window.act_export.trigger()
    assert shown == {"paper": "A1", "controller": tab.controller}


def test_recent_entry_can_be_removed_from_the_start_page(make_window, map_file, settings):
    settings.add_recent(map_file)
    window = make_window()
    item = window.start_page.recent_list.item(0)
    menu = window.start_page.recent_menu(item)
    remove = next(a for a in menu.actions() if a.text() == "Remove from List")
    remove.trigger()
    assert settings.recent_files() == []
    assert window.start_page.recent_list.count() == 0


def test_workbook_import_gives_back_the_whole_map(make_window, tmp_path, dialogs):
    from cjdesigner.exchange.xlsx_write import write_workbook
    from cjdesigner.fileio import dumps

    write_workbook(sample_map(), tmp_path / "map.xlsx")
    window = make_window()
    dialogs.open_answer = str(tmp_path / "map.xlsx")
    tab = window.import_csv()
    assert tab is not None
    assert dumps(tab.controller.doc) == dumps(sample_map())
    (tmp_path / "bad.xlsx").write_bytes(b"%PDF-1.4")
    dialogs.open_answer = str(tmp_path / "bad.xlsx")
    assert window.import_csv() is None
