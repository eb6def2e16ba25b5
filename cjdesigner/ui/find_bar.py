"""The find bar above the canvas: text search and a filter that dims the other cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.ui.i18n import translate

from .find import CardQuery, filter_values, find_cards

FIELDS = [(None, QT_TRANSLATE_NOOP("FindBar", "All cards")),
          ("channel", QT_TRANSLATE_NOOP("FindBar", "Channel")),
          ("owner", QT_TRANSLATE_NOOP("FindBar", "Owner")),
          ("tag", QT_TRANSLATE_NOOP("FindBar", "Tag")),
          ("evidence", QT_TRANSLATE_NOOP("FindBar", "Evidence")),
          ("votes", QT_TRANSLATE_NOOP("FindBar", "Votes"))]


class FindBar(QWidget):
    #: card ids to highlight, or None for no filter
    highlight = Signal(object)
    #: a card to show and select
    goto = Signal(str)
    closed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("findBar")
        self.controller = None
        self.matches: list[str] = []
        self.index = -1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("FindBar", "Find in cards…"))
        self.edit.setAccessibleName(translate("FindBar", "Find in cards"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(220)
        self.edit.textChanged.connect(self._schedule)
        self.edit.returnPressed.connect(self.next)
        layout.addWidget(self.edit, 2)
        self.field = QComboBox()
        self.field.setAccessibleName(translate("FindBar", "Filter by"))
        for value, text in FIELDS:
            self.field.addItem(translate("FindBar", text), value)
        self.field.currentIndexChanged.connect(self._field_changed)
        layout.addWidget(QLabel(translate("FindBar", "Filter")))
        layout.addWidget(self.field)
        self.value = QComboBox()
        self.value.setAccessibleName(translate("FindBar", "Filter value"))
        self.value.setMinimumWidth(140)
        self.value.setEnabled(False)
        self.value.currentIndexChanged.connect(self._schedule)
        layout.addWidget(self.value, 1)
        self.count = QLabel("")
        self.count.setObjectName("hint")
        self.count.setMinimumWidth(90)
        layout.addWidget(self.count)
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.setAccessibleName(translate("FindBar", "Previous match"))
        self.prev_button.setToolTip(translate("FindBar", "Previous match (Shift+F3)"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setAccessibleName(translate("FindBar", "Next match"))
        self.next_button.setToolTip(translate("FindBar", "Next match (F3)"))
        self.next_button.clicked.connect(self.next)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(translate("FindBar", "Close find bar"))
        self.close_button.setToolTip(translate("FindBar", "Close (Esc)"))
        self.close_button.clicked.connect(self.close_bar)
        for button in (self.prev_button, self.next_button, self.close_button):
            button.setAutoRaise(True)
            layout.addWidget(button)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.update_matches)

    def set_controller(self, controller) -> None:
        self.controller = controller
        controller.cardsChanged.connect(self._cards_changed)
        controller.documentReset.connect(self._cards_changed)
        controller.structureChanged.connect(self._cards_changed)

    def _cards_changed(self, *_args) -> None:
        if self.isVisible() and not self.query().is_empty():
            self._schedule()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._refresh_values()
        self.update_matches()

    def close_bar(self) -> None:
        with QSignalBlocker(self.edit), QSignalBlocker(self.field):
            self.edit.clear()
            self.field.setCurrentIndex(0)
        self.value.clear()
        self.value.setEnabled(False)
        self.matches, self.index = [], -1
        self.hide()
        self.highlight.emit(None)
        self.closed.emit()

    def query(self) -> CardQuery:
        return CardQuery(self.edit.text(), self.field.currentData(), self.value.currentData())

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def _field_changed(self, *_args) -> None:
        self._refresh_values()
        self.update_matches()

    def _refresh_values(self) -> None:
        field = self.field.currentData()
        with QSignalBlocker(self.value):
            current = self.value.currentData()
            self.value.clear()
            if field and self.controller is not None:
                for value, label in filter_values(self.controller.doc, field):
                    self.value.addItem(label, value)
                index = self.value.findData(current)
                self.value.setCurrentIndex(index if index >= 0 else 0)
        self.value.setEnabled(bool(field))

    def set_filter(self, field: str, value: str) -> None:
        self.field.setCurrentIndex(self.field.findData(field))
        self.value.setCurrentIndex(self.value.findData(value))
        self.update_matches()

    def update_matches(self) -> None:
        self._timer.stop()
        query = self.query()
        if self.controller is None or query.is_empty():
            self.matches, self.index = [], -1
            self.count.setText("")
            self.highlight.emit(None)
            return
        self.matches = find_cards(self.controller.doc, query)
        self.index = -1
        n = len(self.matches)
        self.count.setText(translate("FindBar", "No matches") if not n else QCoreApplication.translate("FindBar", "%n card(s)", None, n))
        self.highlight.emit(set(self.matches))

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self._timer.isActive():
            self.update_matches()
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self.count.setText(translate("FindBar", "{number} of {count}").format(number=self.index + 1, count=len(self.matches)))
        self.goto.emit(self.matches[self.index])
