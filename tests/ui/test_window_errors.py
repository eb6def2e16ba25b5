"""An unexpected exception shows a dialog with details and saves recovery copies."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from cjdesigner.model.edits import SetFields
from cjdesigner.ui.errors import ExceptionDialog, install_excepthook


def _raise_inside():
    raise ValueError("boom in a slot")


def test_hook_shows_details_copies_and_saves_recovery(make_window, map_file, qtbot, tmp_path):
    window = make_window()
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Precious"}))
    hook = install_excepthook(window.autosave_all, lambda: window, modal=False)
    try:
        try:
            _raise_inside()
        except ValueError:
            hook(*sys.exc_info())
    finally:
        hook.uninstall()
    assert len(hook.dialogs) == 1
    dialog = hook.dialogs[0]
    assert isinstance(dialog, ExceptionDialog)
    assert dialog.isVisible()
    assert "ValueError: boom in a slot" in dialog.details
    assert "_raise_inside" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "boom in a slot" in QApplication.clipboard().text()
    copy = tmp_path / "recovery" / f"{tab.autosaver.key}.cjm"
    assert copy.exists()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.current_tab() is tab  # the window is still there and usable
    assert sys.excepthook is not hook


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_qt_slot_reaches_the_hook(make_window, qtbot):
    window = make_window()
    hook = install_excepthook(window.autosave_all, lambda: window, modal=False)
    try:
        QTimer.singleShot(0, _raise_inside)
        qtbot.waitUntil(lambda: len(hook.dialogs) == 1, timeout=2000)
    finally:
        hook.uninstall()
    assert "boom in a slot" in hook.dialogs[0].details
    hook.dialogs[0].close()


def test_keyboard_interrupt_is_not_a_dialog(make_window):
    hook = install_excepthook(None, None, modal=False)
    try:
        hook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        hook.uninstall()
    assert hook.dialogs == []


def test_the_same_fault_twice_shows_one_dialog_but_saves_twice(make_window, map_file):
    calls = []
    hook = install_excepthook(lambda: calls.append(1) or [], None, modal=False)
    try:
        for _ in range(3):
            try:
                _raise_inside()
            except ValueError:
                hook(*sys.exc_info())
    finally:
        hook.uninstall()
    assert len(hook.dialogs) == 1
    assert len(calls) == 3
    hook.dialogs[0].close()
