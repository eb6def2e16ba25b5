"""In-place editing of a card's title and description.

A small frame over the card on the viewport. Typing pushes ``SetFields`` edits that
share one merge key, so the whole edit is one undo step and the map (and the panels)
follow as you type. Enter (in the title, or Ctrl+Enter in the description) or moving
the focus elsewhere commits; Esc cancels and leaves no trace in the history.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QVBoxLayout

from cjdesigner.layout import style
from cjdesigner.model import Card
from cjdesigner.model.edits import SetFields

from . import fonts

if TYPE_CHECKING:
    from .view import CanvasView

_sessions = itertools.count(1)


class CardEditor(QFrame):
    def __init__(self, view: CanvasView, card_id: str) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.controller = view.canvas_scene.controller
        self.card_id = card_id
        card = self.controller.doc.find_card(card_id)
        self.original = {"title": card.title, "description": card.description}
        self.merge_key = f"card-text:{card_id}:{next(_sessions)}"
        self.pushed = False
        self.closed = False
        self.setObjectName("cardEditor")
        self.setStyleSheet(
            "#cardEditor { background: white; border: 2px solid #2F6FED; border-radius: 7px; }"
            "QLineEdit, QPlainTextEdit { border: none; background: transparent; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLineEdit(card.title, self)
        self.title.setPlaceholderText("Title")
        self.body = QPlainTextEdit(card.description, self)
        self.body.setPlaceholderText("Description")
        self.body.setTabChangesFocus(True)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self._apply_fonts()
        self.title.textEdited.connect(self._typed)
        self.body.textChanged.connect(self._typed)
        for widget in (self.title, self.body):
            widget.installEventFilter(self)
        self.reposition()
        self.show()
        self.title.setFocus()
        self.title.end(False)

    def _apply_fonts(self) -> None:
        zoom = max(0.6, min(self.view.zoom_factor(), 2.0))
        for widget, role in ((self.title, style.CARD_TITLE), (self.body, style.CARD_BODY)):
            f = QFont(fonts.font(role))
            f.setPixelSize(max(9, round(role.size * zoom)))
            widget.setFont(f)

    def reposition(self) -> None:
        box = self.view.canvas_scene.card_box(self.card_id)
        if box is None:  # the card went away (undo, reset): nothing left to edit
            self.closed = True
            self._close()
            return
        r = self.view.mapFromScene(box.rect.x, box.rect.y)
        zoom = self.view.zoom_factor()
        w = max(200, round(box.rect.w * zoom))
        h = max(130, round(box.rect.h * zoom))
        self.setGeometry(QRect(r.x() - 4, r.y() - 4, w + 8, h + 8))

    # -- typing ------------------------------------------------------------------
    def _typed(self, *_args) -> None:
        if self.closed:
            return
        changes = {"title": self.title.text(), "description": self.body.toPlainText()}
        card = self.controller.doc.find_card(self.card_id)
        if changes == {"title": card.title, "description": card.description}:
            return
        self.controller.push(
            SetFields(Card, self.card_id, changes, text="Edit card text", merge_key=self.merge_key)
        )
        self.pushed = True

    # -- ending --------------------------------------------------------------------
    def commit(self) -> None:
        if self.closed:
            return
        self._typed()
        self._close()

    def cancel(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.pushed:
            stack = self.controller.undo_stack
            index = stack.index()
            command = stack.command(index - 1) if index > 0 else None
            edit = getattr(command, "edit", None)
            if command is not None and getattr(edit, "merge_key", None) == self.merge_key:
                # revert, then let the stack drop the command (Qt deletes an obsolete
                # command on undo without undoing it again): no redo entry is left
                command.undo()
                command.setObsolete(True)
                stack.undo()
        self._close()

    def _close(self) -> None:
        self.closed = True
        self.hide()
        self.view.editor_closed(self)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                in_body = watched is self.body
                if not in_body or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit()
                    return True
        elif event.type() == QEvent.Type.FocusOut and event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            QTimer.singleShot(0, self._maybe_commit_on_focus_loss)
        return False

    def _maybe_commit_on_focus_loss(self) -> None:
        if self.closed:
            return
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is None or not (focus is self or self.isAncestorOf(focus)):
            self.commit()
