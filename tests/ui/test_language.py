"""The editor speaks the chosen language: started in Danish and in Arabic (right to
left) offscreen, switched in a running test application, chosen in the preferences;
new maps take the editor's language; numbers follow its locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QDoubleSpinBox

from cjdesigner.ui import i18n
from cjdesigner.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

START = textwrap.dedent("""
    import json
    from PySide6.QtWidgets import QDialogButtonBox
    from cjdesigner.ui.app import make_app
    from cjdesigner.ui.main_window import MainWindow
    from cjdesigner.ui.recovery import RecoveryStore

    app = make_app(["cjdesigner"])
    window = MainWindow(store=RecoveryStore(RECOVERY))
    window.resize(1200, 800)
    window.show()
    window.files.new_map()
    app.processEvents()
    bar = window.menuBar()
    actions = bar.actions()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    print(json.dumps({
        "menus": [a.text() for a in actions],
        "file_x": bar.actionGeometry(actions[0]).x(),
        "help_x": bar.actionGeometry(actions[-1]).x(),
        "right_to_left": window.isRightToLeft(),
        "toolbar": [a.iconText() for a in window.toolbar.actions() if a.iconText()],
        "inspector": window.inspector_dock.windowTitle(),
        "inspector_x": window.inspector_dock.x(),
        "outline_x": window.outline_dock.x(),
        "cancel": buttons.buttons()[0].text(),
        "map_language": window.current_tab().controller.doc.meta.language,
        "stage": window.current_tab().controller.doc.stages[0].name,
    }))
""")


def start_editor(tmp_path: Path, language: str) -> dict:
    """Start the editor as `cjdesigner` does (make_app reads the setting) in a fresh
    process, offscreen, and report what it shows."""
    ini = tmp_path / "settings.ini"
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("ui/language", language)
    store.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CJDESIGNER_SETTINGS": str(ini),
           "CJDESIGNER_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT),
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": ""}
    code = START.replace("RECOVERY", repr(str(tmp_path / "recovery")))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_editor_starts_in_danish(tmp_path):
    shown = start_editor(tmp_path, "da")
    assert shown["menus"][:4] == ["&Filer", "R&ediger", "&Vis", "&Indsæt"]
    assert shown["menus"][-2:] == ["V&indue", "&Hjælp"] and "&Del" in shown["menus"]
    assert "Nyt" in shown["toolbar"] and "Kort" in shown["toolbar"]
    assert shown["inspector"] == "Inspektør"
    assert shown["cancel"] == "Annuller"  # Qt's own words, from its translations
    assert not shown["right_to_left"] and shown["file_x"] < shown["help_x"]
    assert shown["map_language"] == "da" and shown["stage"] == "Opmærksomhed"


def test_the_editor_starts_in_arabic_right_to_left(tmp_path):
    shown = start_editor(tmp_path, "ar")
    assert shown["menus"][0] == "&ملف" and shown["menus"][-1] == "م&ساعدة"
    assert shown["right_to_left"]
    # the File menu is the rightmost on the bar, the Help menu the leftmost
    assert shown["file_x"] > shown["help_x"]
    # the docks swap sides: the inspector (right in English) is on the left
    assert shown["inspector_x"] < shown["outline_x"]
    assert shown["inspector"] == "المفتش"
    assert shown["cancel"] in ("ألغِ", "إلغاء")  # Qt's own words, from its translations
    assert shown["map_language"] == "ar"


def test_an_english_editor_on_a_c_locale(tmp_path):
    shown = start_editor(tmp_path, "")
    assert shown["menus"][0] == "&File" and shown["map_language"] == "en"
    assert not shown["right_to_left"]


@pytest.fixture
def speak(qapp):
    """Switch the running application's language; English again afterwards."""
    def switch(language: str) -> None:
        i18n.install(qapp, language)

    yield switch
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_window_made_in_danish(speak, make_window):
    speak("da")
    window = make_window()
    assert [m.title() for m in window.menus.values()][:3] == ["&Filer", "R&ediger", "&Vis"]
    assert window.act_save.text() == "&Gem"
    window.files.new_map()
    doc = window.current_tab().controller.doc
    assert doc.meta.language == "da"
    assert doc.meta.title == "Unavngiven rejse"


def test_a_window_made_in_arabic_lays_out_right_to_left(speak, make_window, qapp):
    speak("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = make_window()
    assert window.isRightToLeft() and window.inspector.isRightToLeft()
    assert window.act_new.text() == "خريطة &جديدة"


def test_numbers_in_the_inspector_follow_the_editors_locale(speak, make_window, qtbot):
    speak("da")
    assert QLocale().decimalPoint() == ","
    window = make_window()
    spin = window.inspector.scale_min.widget
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(-1.5)
    assert spin.text() == "-1,5"
    assert i18n.number(12.25, 1) == "12,2" or i18n.number(12.25, 1) == "12,3"
    speak("de")
    assert i18n.number(1234.5, 1) == "1.234,5"
    speak("en")
    assert i18n.number(1234.5, 1).replace(",", "") == "1234.5"  # C or en_US: a point


def test_the_language_is_chosen_in_the_preferences(make_window, settings, qtbot):
    window = make_window()
    dialog = window.preferences()
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert combo.itemData(0) == "" and combo.currentIndex() == 0  # follow the system
    names = [combo.itemText(i) for i in range(combo.count())]
    assert {"Dansk", "Deutsch", "English", "Español", "Français", "العربية"} <= set(names)
    combo.setCurrentIndex(combo.findData("de"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert settings.language == "de"
    assert Settings(settings.store).language == "de"


def test_an_unknown_language_setting_follows_the_system(settings):
    settings.store.setValue("ui/language", "tlh")
    assert settings.language == ""
    settings.language = "xx"
    assert settings.language == ""
    settings.language = "ar"
    assert settings.language == "ar"


PAPERS = textwrap.dedent("""
    import json
    from PySide6.QtWidgets import QApplication
    from cjdesigner.ui.settings import Settings
    from cjdesigner.ui.i18n import locale_papers
    app = QApplication([])
    print(json.dumps({"poster": Settings().paper_size, "print": Settings().print_poster_paper,
                      "sheet": locale_papers().sheet}))
""")


@pytest.mark.parametrize(("lang", "poster", "sheet"), [
    ("en_US.UTF-8", "Arch E", "Letter"), ("fr_CA.UTF-8", "Arch E", "Letter"),
    ("da_DK.UTF-8", "A0", "A4"), ("en_GB.UTF-8", "A0", "A4"),
])
def test_the_editors_paper_follows_the_systems_country(tmp_path, lang, poster, sheet):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "CJDESIGNER_SETTINGS": str(tmp_path / "settings.ini"), "LANG": lang, "LC_ALL": lang,
           "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-c", PAPERS], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"poster": poster, "print": poster, "sheet": sheet}
