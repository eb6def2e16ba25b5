"""Preferences › Language applies at once: no restart. Switched in the dialog with real
clicks, en → da → ar → en, the menus, toolbar, docks, panels, status bar, an open dialog
and the decimal separator follow; Arabic lays the window out right to left and the docks
change sides."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QDoubleSpinBox, QPushButton

from cjdesigner.ui import i18n


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def choose(window, qtbot, language: str) -> None:
    """Preferences › Language › ``language``, then OK (a real click)."""
    dialog = window.preferences()
    qtbot.addWidget(dialog)
    combo = dialog.language
    combo.setCurrentIndex(combo.findData(language))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: i18n.current_language() == language)
    QApplication.processEvents()  # the posted LanguageChange events


def titles(window) -> list[str]:
    return [window.menus[k].title() for k in ("file", "edit", "view", "help")]


def test_the_language_changes_without_a_restart(make_window, qtbot, qapp, english_afterwards):
    i18n.install(qapp, "en")
    window = make_window()
    window.resize(1200, 800)
    window.show()
    window.files.new_map()
    qtbot.waitExposed(window)
    assert titles(window) == ["&File", "&Edit", "&View", "&Help"]
    shortcuts = window.show_shortcuts()  # a dialog left open while the language changes
    qtbot.addWidget(shortcuts)
    english_title = shortcuts.windowTitle()
    spin = window.inspector.scale_min.widget
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(-1.5)
    assert spin.text() == "-1.5"

    choose(window, qtbot, "da")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Filer")
    assert titles(window) == ["&Filer", "R&ediger", "&Vis", "&Hjælp"]
    assert window.act_save.text() == "&Gem" and window.act_new.iconText() == "Nyt"
    assert window.inspector_dock.windowTitle() == "Inspektør"
    assert window.selection_label.text() == "Intet valgt"
    assert window.toolbar.toggleViewAction().text() == i18n.translate("MainWindow", "Toolbar")
    assert shortcuts.windowTitle() == i18n.translate("Help", "Keyboard shortcuts") != english_title
    assert spin.text() == "-1,5"  # the inspector's numbers in Danish
    assert not window.isRightToLeft()
    english_left = window.inspector_dock.x() > window.outline_dock.x()
    assert english_left  # the inspector on the right, the outline on the left

    choose(window, qtbot, "ar")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&ملف")
    assert window.menus["help"].title() == "م&ساعدة"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.inspector.isRightToLeft()
    assert window.inspector_dock.windowTitle() == "المفتش"
    bar = window.menuBar()
    qtbot.waitUntil(lambda: bar.actionGeometry(bar.actions()[0]).x()
                    > bar.actionGeometry(bar.actions()[-1]).x())  # File on the right
    qtbot.waitUntil(lambda: window.inspector_dock.x() < window.outline_dock.x())  # docks swap

    choose(window, qtbot, "en")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&File")
    assert titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert window.selection_label.text() == "Nothing selected"
    assert shortcuts.windowTitle() == english_title
    assert not window.isRightToLeft()
    qtbot.waitUntil(lambda: window.inspector_dock.x() > window.outline_dock.x())
    assert spin.text() == "-1.5"


def test_typed_text_is_never_translated(make_window, qtbot, qapp, english_afterwards):
    """A line edit holding a word that is also a menu's word keeps what was typed."""
    i18n.install(qapp, "en")
    window = make_window()
    window.files.new_map()
    window.edit.find()
    bar = window.current_tab().find_bar
    bar.edit.setText("&File")
    i18n.install(qapp, "da")
    QApplication.processEvents()
    assert window.menus["file"].title() == "&Filer"
    assert bar.edit.text() == "&File"


def test_numbers_are_typed_and_shown_in_the_editors_locale(qapp, english_afterwards):
    """Export options take "2,5" in Danish (and "2.5" anywhere); differences on the
    canvas and numbers in the preferences are written as the locale writes them."""
    from cjdesigner.export.base import Option
    from cjdesigner.ui.export_options import ExportError, _read

    dpi = Option("dpi", 150.0, "resolution", number=True)
    i18n.install(qapp, "da")
    assert _read(dpi, "2,5") == 2.5 and _read(dpi, "300") == 300.0
    assert _read(dpi, "2.5") == 2.5 or _read(dpi, "2.5") == 25.0  # a point groups in Danish
    assert i18n.signed(-0.5, 1) == "\u22120,5" and i18n.signed(1.25, 1) in ("+1,2", "+1,3")
    assert i18n.short_number(2.5) == "2,5" and i18n.short_number(150.0) == "150"
    with pytest.raises(ExportError):
        _read(dpi, "lots")
    i18n.install(qapp, "en")
    assert _read(dpi, "2.5") == 2.5 and i18n.signed(-0.5, 1) == "\u22120.5"


def test_messages_of_loading_and_importing_in_the_editors_language(make_window, dialogs, qapp,
                                                                   tmp_path, english_afterwards):
    """A load error and import warnings come from the Qt-free layers as messages and
    show in the editor's language, also after a switch."""
    i18n.install(qapp, "da")
    window = make_window()
    gone = tmp_path / "gone.cjm"
    assert window.open_path(str(gone)) is None
    kind, _title, text = dialogs.asked[-1]
    assert kind == "error" and text == f"{gone}: filen findes ikke"
    cards = tmp_path / "cards.csv"
    cards.write_text("stage,step,lane,title,colour\nA,a,Actions,Hej,rød\n", encoding="utf-8")
    i18n.install(qapp, "de")
    tab = window.import_csv(str(cards))
    assert tab is not None and tab.info_bar.isVisibleTo(window)
    details = next(b for b in tab.info_bar.findChildren(QPushButton)
                   if b.text() == i18n.translate("WindowFiles", "Details"))
    details.click()
    kind, _title, text = dialogs.asked[-1]
    assert kind == "info" and "unbekannte Spalte 'colour' ignoriert" in text
