"""A language change without a restart: every window's texts take the new language.

:func:`cjdesigner.ui.i18n.translate` remembers, for each text it returned, the message it
came from (:data:`SOURCES`). When the language changes, Qt sends ``QEvent.LanguageChange``
to every widget; :class:`Retranslator` (an application-wide event filter) answers it for
each window: the texts of its menus, actions, labels, buttons, docks, tabs, group boxes,
combo box items, placeholders and tool tips that are one of those texts are looked up
again in the new language. Texts the window composed from a message and values ("Saved
2 minutes ago") are not found there; their owners write them again on the same event
(:class:`cjdesigner.ui.main_window.MainWindow` refreshes its title, status bar, panels,
start page and canvases). What a user typed (line edits, text edits) is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

#: a text translate() returned → (context, source, disambiguation, count)
Source = tuple[str, str, str | None, int]
SOURCES: dict[str, Source] = {}
#: more distinct texts than this and the oldest are forgotten (texts are few; counts vary)
MAX_SOURCES = 50_000


def remember(text: str, source: Source) -> None:
    if len(SOURCES) >= MAX_SOURCES:
        SOURCES.pop(next(iter(SOURCES)))
    SOURCES[text] = source


def again(text: str) -> str | None:
    """``text`` in the language now installed, when it came from translate()."""
    source = SOURCES.get(text)
    if source is None or not text:
        return None
    context, message, disambiguation, count = source
    fresh = QCoreApplication.translate(context, message, disambiguation, count)
    remember(fresh, source)
    return fresh


def _redo(get, set_) -> None:
    fresh = again(get())
    if fresh is not None:
        set_(fresh)


def retranslate_action(action: QAction) -> None:
    _redo(action.text, action.setText)
    _redo(action.iconText, action.setIconText)
    _redo(action.toolTip, action.setToolTip)
    _redo(action.statusTip, action.setStatusTip)
    _redo(action.whatsThis, action.setWhatsThis)


def retranslate_widget(widget: QWidget) -> None:
    """One widget's own texts (not its children's)."""
    _redo(widget.windowTitle, widget.setWindowTitle)
    _redo(widget.toolTip, widget.setToolTip)
    _redo(widget.statusTip, widget.setStatusTip)
    _redo(widget.whatsThis, widget.setWhatsThis)
    _redo(widget.accessibleName, widget.setAccessibleName)
    _redo(widget.accessibleDescription, widget.setAccessibleDescription)
    if isinstance(widget, QLabel | QAbstractButton):
        _redo(widget.text, widget.setText)
    elif isinstance(widget, QGroupBox | QMenu):
        _redo(widget.title, widget.setTitle)
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        _redo(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QComboBox):
        for index in range(widget.count()):
            _redo(lambda i=index: widget.itemText(i),
                  lambda text, i=index: widget.setItemText(i, text))
        _redo(widget.placeholderText, widget.setPlaceholderText)
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            _redo(lambda i=index: widget.tabText(i),
                  lambda text, i=index: widget.setTabText(i, text))
            _redo(lambda i=index: widget.tabToolTip(i),
                  lambda text, i=index: widget.setTabToolTip(i, text))
    elif isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        for column in range(widget.columnCount()):
            _redo(lambda c=column: header.text(c), lambda text, c=column: header.setText(c, text))
    if isinstance(widget, QAbstractSpinBox):
        for get, set_ in (("prefix", "setPrefix"), ("suffix", "setSuffix"),
                          ("specialValueText", "setSpecialValueText")):
            if hasattr(widget, get):
                _redo(getattr(widget, get), getattr(widget, set_))


def retranslate_tree(root: QWidget) -> None:
    """``root`` and every widget and action inside it, menus' actions included."""
    widgets = [root, *root.findChildren(QWidget)]
    actions: dict[int, QAction] = {}
    for widget in widgets:
        retranslate_widget(widget)
        for action in widget.actions():
            actions[id(action)] = action
        if isinstance(widget, QMenu):
            actions[id(widget.menuAction())] = widget.menuAction()
    for action in root.findChildren(QAction):
        actions[id(action)] = action
    for action in actions.values():
        retranslate_action(action)


class Retranslator(QObject):
    """Installed on the application: each window's texts follow a language change."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget)
                and watched.isWindow()):
            retranslate_tree(watched)
        return False
