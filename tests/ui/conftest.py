"""Fixtures for the window, panel and recovery tests: a window with scripted dialogs,
settings in a temporary INI file and a recovery folder under tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.main_window import MainWindow
from cjdesigner.ui.recovery import RecoveryStore
from cjdesigner.ui.settings import Settings
from tests.ui.test_window import ScriptedDialogs


@pytest.fixture
def settings(tmp_path):
    s = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield s


@pytest.fixture
def dialogs():
    return ScriptedDialogs()


@pytest.fixture
def make_window(qtbot, tmp_path, settings, dialogs, monkeypatch):
    monkeypatch.setenv("CJDESIGNER_CACHE_DIR", str(tmp_path / "cache"))
    windows = []

    def make(**kwargs) -> MainWindow:
        kwargs.setdefault("settings", settings)
        kwargs.setdefault("store", RecoveryStore(tmp_path / "recovery"))
        kwargs.setdefault("dialogs", dialogs)
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        for tab in window.all_tabs():
            tab.controller.mark_saved()  # nothing left to ask about: the window does close
        window.close()
        for tab in window.all_tabs():
            tab.close_down()


@pytest.fixture
def map_file(tmp_path) -> Path:
    path = tmp_path / "maps" / "sample.cjm"
    path.parent.mkdir()
    save(sample_map(), path)
    return path
