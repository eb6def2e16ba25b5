"""In-place editing of a card's title and description.

A small frame over the card on the viewport. Typing pushes ``SetFields`` edits that
share one merge key, so the whole edit is one undo step and the map (and the panels)
follow as you type. Enter (in the title, or Ctrl+Enter in the description) or moving
the focus elsewhere commits; Esc cancels and leaves no trace in the history. On a card
just added, Esc keeps what was typed (and takes back a card left empty). A line under
the fields says which keys do what.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from cjdesigner.layout import LaneBox, StageBox, StepBox, style
from cjdesigner.model.edits import SetFields
from cjdesigner.ui.i18n import translate

from . import fonts

if TYPE_CHECKING:
    from .view import CanvasView

_sessions = itertools.count(1)


class CardEditor(QFrame):
    def __init__(self, view: CanvasView, card_id: str, new: bool = False) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.controller = view.controller
        self.card_id = card_id
        #: the card was added for this editor: Esc keeps the text, or drops an empty card
        self.new = new
        card = self.controller.doc.find_card(card_id)
        self.original = {"title": card.title, "description": card.description}
        self.merge_key = f"card-text:{card_id}:{next(_sessions)}"
        self.pushed = False
        self.closed = False
        self.setObjectName("cardEditor")
        box = view.canvas_scene.card_box(card_id)
        fill = box.fill if box is not None else style.PAPER
        self.setStyleSheet(
            f"#cardEditor {{ background: {fill}; border: 2px solid #2F6FED; border-radius: 7px; }}"
            f"QLineEdit, QPlainTextEdit {{ border: none; background: transparent;"
            f" color: {style.INK}; }}"
            f"#cardEditorHint {{ color: {style.INK_FAINT}; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        self.title = QLineEdit(card.title, self)
        self.title.setPlaceholderText(translate("Editor", "Title"))
        self.body = QPlainTextEdit(card.description, self)
        self.body.setPlaceholderText(translate("Editor", "Description"))
        self.body.setTabChangesFocus(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("cardEditorHint")
        self.title.setAccessibleName(translate("Editor", "Card title"))
        self.body.setAccessibleName(translate("Editor", "Card description"))
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.hint)
        self._apply_fonts()
        self._show_hint(in_body=False)
        self.title.textEdited.connect(self._typed)
        self.body.textChanged.connect(self._typed)
        for widget in (self.title, self.body):
            widget.installEventFilter(self)
        self.reposition()
        self.show()
        self.title.setFocus()
        self.title.end(False)
        # Tab from the title goes on writing after the description, not before it
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def _show_hint(self, in_body: bool) -> None:
        save = (translate("Editor", "Ctrl+Enter saves") if in_body
                else translate("Editor", "Enter saves · Tab: description"))
        esc = translate("Editor", "Esc closes") if self.new else translate("Editor", "Esc cancels")
        self.hint.setText(f"{save} · {esc}")
        self.hint.setToolTip(
            translate("Editor", "Enter (Ctrl+Enter in the description) or a click elsewhere "
                      "keeps the text; Esc keeps what you typed and takes back a card left "
                      "empty.") if self.new else
            translate("Editor", "Enter (Ctrl+Enter in the description) or a click elsewhere "
                      "keeps the text; Esc puts the card's text back as it was.")
        )

    def _apply_fonts(self) -> None:
        zoom = max(0.6, min(self.view.zoom_factor(), 2.0))
        for widget, role in ((self.title, style.CARD_TITLE), (self.body, style.CARD_BODY)):
            f = QFont(fonts.font(role))
            f.setPixelSize(max(9, round(role.size * zoom)))
            widget.setFont(f)
        small = QFont(fonts.font(style.CARD_BODY))
        small.setPixelSize(11)
        self.hint.setFont(small)

    def reposition(self) -> None:
        box = self.view.canvas_scene.card_box(self.card_id)
        if box is None:  # the card went away (undo, reset): nothing left to edit
            self.closed = True
            self._close()
            return
        r = self.view.mapFromScene(box.rect.x, box.rect.y)
        zoom = self.view.zoom_factor()
        w = max(220, round(box.rect.w * zoom))
        h = max(150, round(box.rect.h * zoom))
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
            SetFields(
                target="card",
                ident=self.card_id,
                changes=changes,
                text=translate("Editor", "Edit card text"),
                merge_key=self.merge_key,
            )
        )
        self.pushed = True

    # -- ending --------------------------------------------------------------------
    def commit(self) -> None:
        if self.closed:
            return
        self._typed()
        self.closed = True
        try:
            card = self.controller.doc.find_card(self.card_id)
        except KeyError:
            card = None
        if card is not None and {"title": card.title, "description": card.description} == (
            self.original
        ):
            # typed and taken back (Ctrl+Z in the editor): no empty step in the history
            self._drop_step()
        self._close()

    def cancel(self) -> None:
        """Esc: an existing card gets its text back; a new card keeps what was typed,
        and a new card left empty is taken back (no trace in the history)."""
        if self.closed:
            return
        if self.new:
            self._typed()
            if self.title.text().strip() or self.body.toPlainText().strip():
                self.commit()
                return
            self.closed = True
            self._drop_step()
            self._drop_new_card()
            self._close()
            return
        self.closed = True
        self._drop_step()
        self._close()

    def _drop_new_card(self) -> None:
        """Take the empty new card off the map and its "Add card" step off the history."""
        stack = self.controller.undo_stack
        index = stack.index()
        command = stack.command(index - 1) if index > 0 else None
        edit = getattr(command, "edit", None)
        if command is not None and edit is not None and edit.card_ids() == {self.card_id} \
                and getattr(edit, "kind", "") == "add_cards":
            command.undo()
            command.setObsolete(True)
            stack.undo()

    def _drop_step(self) -> None:
        """Take this session's merged edit back off the undo stack, leaving no trace."""
        if not self.pushed:
            return
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
        self.pushed = False

    def _close(self) -> None:
        self.closed = True
        self.hide()
        self.view.commands.editor_closed(self)
        self.deleteLater()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                in_body = watched is self.body
                if not in_body or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commit()
                    return True
        elif isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusIn:
            self._show_hint(in_body=watched is self.body)
        elif isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusOut and event.reason() not in (
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


class HeaderEditor(QLineEdit):
    """Rename a stage, step or lane in place: a line edit over its header. Enter or
    moving the focus away commits (one undo step), Esc cancels."""

    def __init__(self, view: CanvasView, kind: str, ident: str, current: str, on_commit) -> None:
        super().__init__(current, view.viewport())
        self.view = view
        self.kind, self.ident = kind, ident
        self.original = current
        self.on_commit = on_commit
        self.closed = False
        self.setObjectName("headerEditor")
        self.setStyleSheet(
            "#headerEditor { background: white; border: 2px solid #2F6FED; border-radius: 5px;"
            " padding: 0 4px; }"
        )
        self.setFont(self._font())
        self.reposition()
        self.show()
        self.setFocus()
        self.selectAll()

    def _font(self) -> QFont:
        scene = self.view.canvas_scene
        role = {"stage": style.STAGE_TITLE, "step": style.STEP_TITLE}.get(
            self.kind, style.LANE_TITLE
        )
        f = QFont(fonts.font(role))
        f.setPixelSize(max(10, round(role.size * self.view.zoom_factor() * scene.header_scale)))
        return f

    def reposition(self) -> None:
        scene = self.view.canvas_scene
        lay = scene.layout
        k = scene.header_scale
        off = scene.header_offset()
        rect = None
        box: StageBox | StepBox | LaneBox | None
        if self.kind == "map":
            rect = (scene.header_left() + off.x(), scene.header_top() + off.y(),
                    style.LANE_HEADER_W * k, style.STEP_TITLE.line_height * 2 * k + 16 * k)
        elif self.kind == "stage":
            box = next((s for s in lay.stages if s.stage_id == self.ident), None)
            if box is not None:
                top = scene.header_top() + off.y()
                rect = (box.rect.x, top, box.rect.w, style.STAGE_HEADER_H * k)
        elif self.kind == "step":
            box = next((s for s in lay.steps if s.step_id == self.ident), None)
            if box is not None:
                top = scene.header_top() + off.y() + style.STAGE_HEADER_H * k
                rect = (box.rect.x, top, box.rect.w, style.STEP_HEADER_H * k)
        else:
            box = next((lane for lane in lay.lanes if lane.lane_id == self.ident), None)
            if box is not None:
                left = scene.header_left() + off.x()
                h = min(box.rect.h, 44 * k)
                rect = (left, box.rect.y, style.LANE_HEADER_W * k, h)
        if rect is None:
            self._close()
            return
        a = self.view.mapFromScene(rect[0], rect[1])
        b = self.view.mapFromScene(rect[0] + rect[2], rect[1] + rect[3])
        height = max(b.y() - a.y(), self.fontMetrics().height() + 8)
        self.setGeometry(QRect(a.x() + 2, a.y() + 2, max(80, b.x() - a.x() - 4), height - 4))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self._close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            QTimer.singleShot(0, self.commit)

    def commit(self) -> None:
        if self.closed:
            return
        value = self.text().strip()
        self._close()
        if value and value != self.original:
            self.on_commit(value)

    def _close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self.hide()
        self.view.commands.header_editor_closed(self)
        self.deleteLater()
