"""Edit and insert commands of the editor window: they act on the focused text field,
the outline or the current canvas. A part of :class:`MainWindow` (``window.edit``) that
sees the window only through :class:`EditHost`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cjdesigner.ui.i18n import translate
from cjdesigner.ui.selection import Selection

if TYPE_CHECKING:  # the model comes with the first map, not with the window
    from PySide6.QtWidgets import QDockWidget

    from cjdesigner.model.edits import Edit
    from cjdesigner.ui.canvas.view import CanvasView
    from cjdesigner.ui.document_tab import DocumentTab
    from cjdesigner.ui.panels.inspector import Inspector
    from cjdesigner.ui.panels.outline import OutlinePanel
    from cjdesigner.ui.panels.personas import PersonasPanel
    from cjdesigner.ui.settings import Settings


class EditHost(Protocol):
    """What the edit commands need from the window."""

    settings: Settings
    @property
    def outline(self) -> OutlinePanel: ...
    @property
    def personas(self) -> PersonasPanel: ...
    @property
    def inspector(self) -> Inspector: ...
    personas_dock: QDockWidget

    def current_tab(self) -> DocumentTab | None: ...

    def show_message(self, text: str) -> None: ...

    def _show_tabs(self) -> None: ...

    def _jump(self, kind: str, ident: str) -> None: ...


class EditCommands:
    def __init__(self, window: EditHost) -> None:
        self.window = window

    # ==================================================================== edit helpers
    def on_canvas(self, call: Callable[[CanvasView], object]) -> None:
        """``call`` the current map's canvas, if a map is open."""
        tab = self.window.current_tab()
        if tab is not None:
            call(tab.canvas)

    def run_edit(self, command: EditCommand) -> None:
        """Cut, copy, paste, delete, duplicate, select all for whatever has the focus.

        A text field edits its text; the outline removes its item on Delete; the personas
        list removes its persona and the inspector's links list its link. The map's
        selection is touched only when the map itself (or nothing) has the focus: Delete
        pressed in a side panel never deletes cards."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        if focus is not None and not _owned_by(self.window, focus):
            focus = None  # the focus is in another window: this window's map is meant
        text = _text_editor(focus)
        if text is not None:
            if command.on_text is not None:  # nothing to duplicate in a text field
                command.on_text(text)
            return
        tab = self.window.current_tab()
        if focus is None or (tab is not None and _within(tab.canvas, focus)):
            self.on_canvas(command.on_canvas)
            return
        if not command.removes_from_lists:
            return  # a list or a button has the focus: nothing to cut, copy or select
        if _within(self.window.outline, focus):
            self.window.outline.remove()
        elif _within(self.window.personas.list, focus):
            self.window.personas.remove_persona()
        elif _within(self.window.inspector.links.list, focus):
            self.window.inspector.links.remove_current()

    def zoom_by(self, factor: float) -> None:
        tab = self.window.current_tab()
        if tab is not None:
            tab.canvas.zoom_to(max(0.05, min(8.0, tab.canvas.zoom_factor() * factor)))

    def find(self) -> None:
        tab = self.window.current_tab()
        if tab is not None:
            self.window._show_tabs()
            tab.find_bar.open_bar()

    def find_step(self, delta: int) -> None:
        tab = self.window.current_tab()
        if tab is None:
            return
        if not tab.find_bar.isVisible():
            tab.find_bar.open_bar()
            return
        tab.find_bar.next() if delta > 0 else tab.find_bar.previous()

    def push(self, edit) -> bool:
        from cjdesigner.model.edits import EditError

        tab = self.window.current_tab()
        if tab is None:
            return False
        try:
            tab.controller.push(edit)
        except EditError as exc:
            self.window.show_message(str(exc).splitlines()[0])
            return False
        return True

    def add_card(self) -> str | None:
        tab = self.window.current_tab()
        if tab is None:
            return None
        self.window._show_tabs()
        card_id = tab.canvas.commands.add_card()
        if card_id is None:
            self.window.show_message(translate("WindowEdit", "A card needs a cell: add a stage with a step and a lane first"))
        return card_id

    def vote(self, delta: int = 1) -> int:
        """Add (or take back) one vote on each selected card: dot-voting in a workshop."""
        from cjdesigner.model.edits import Batch, SetFields

        tab = self.window.current_tab()
        if tab is None:
            return 0
        doc = tab.controller.doc
        changes: list[Edit] = []
        for card_id in tab.selection.cards:
            try:
                card = doc.find_card(card_id)
            except KeyError:
                continue
            votes = max(0, card.votes + delta)
            if votes != card.votes:
                changes.append(SetFields(target="card", ident=card.id, changes={"votes": votes}))
        if not changes:
            if not tab.selection.cards:
                self.window.show_message(translate("WindowEdit", "Select the cards to vote for"))
            return 0
        text = translate("WindowEdit", "Add vote") if delta > 0 else translate("WindowEdit", "Remove vote")
        self.push(
            Batch(edits=changes, text=text)
            if len(changes) > 1
            else changes[0].model_copy(update={"text": text})
        )
        return len(changes)

    def add_stage(self) -> None:
        from cjdesigner.model import Stage, Step, planning
        from cjdesigner.ui.stage_colours import keeping_stage_colours, next_stage_colour

        tab = self.window.current_tab()
        if tab is None:
            return
        doc, sel = tab.controller.doc, tab.selection
        index = len(doc.stages)
        stage_id = sel.stage or (doc.find_step(sel.step)[0].id if sel.step else None)
        if stage_id:
            index = [s.id for s in doc.stages].index(stage_id) + 1
        stage = Stage(name="New stage", steps=[Step(name="New step")],
                      color=next_stage_colour(doc, index))
        if self.push(keeping_stage_colours(doc, planning.add_stage(doc, stage, index))):
            self._rename_new(tab, "stage", stage.id)

    def add_step(self) -> None:
        from cjdesigner.model import Step, planning

        tab = self.window.current_tab()
        if tab is None or not tab.controller.doc.stages:
            return
        doc, sel = tab.controller.doc, tab.selection
        step_id = sel.step or (sel.cell[1] if sel.cell else None)
        if step_id:
            stage, step = doc.find_step(step_id)
            stage_id, index = stage.id, stage.steps.index(step) + 1
        else:
            stage_id, index = sel.stage or doc.stages[-1].id, None
        step = Step(name="New step")
        if self.push(planning.add_step(doc, stage_id, step, index)):
            self._rename_new(tab, "step", step.id)

    def add_lane(self) -> None:
        from cjdesigner.model import Lane, LaneKind, planning

        tab = self.window.current_tab()
        if tab is None:
            return
        doc, sel = tab.controller.doc, tab.selection
        lane_id = sel.lane or (sel.cell[0] if sel.cell else None)
        index = [lane.id for lane in doc.lanes].index(lane_id) + 1 if lane_id else None
        lane = Lane(title=translate("WindowEdit", "New lane"), kind=LaneKind.TEXT)
        if self.push(planning.add_lane(doc, lane, index)):
            self._rename_new(tab, "lane", lane.id)

    def _rename_new(self, tab: DocumentTab, kind: str, ident: str) -> None:
        """Show and select a new stage, step or lane and open its name for typing."""
        self.window._jump(kind, ident)
        tab.canvas.commands.rename_new(kind, ident)

    def add_curve(self) -> None:
        from cjdesigner.model import EmotionCurve
        from cjdesigner.model.edits import AddCurve

        tab = self.window.current_tab()
        if tab is None:
            return
        curves = tab.controller.doc.curves
        n = len(curves)
        # a second curve is what the first one's persona expected: the gap between the
        # two is shown on the map and ranks where to act first
        persona = curves[0].persona_id if n == 1 else None
        curve = EmotionCurve(label=translate("WindowEdit", "Expected") if n == 1
                             else translate("WindowEdit", "Curve {number}").format(number=n + 1),
                             persona_id=persona, scale=self.window.settings.emotion_scale,
                             from_cards=n != 1)
        after = tab.controller.doc.curves[-1].id if n else None
        if self.push(AddCurve(curve=curve, after=after)):
            tab.canvas.select(Selection(curve=curve.id))

    def add_persona(self) -> None:
        if self.window.current_tab() is None:
            return
        self.window.personas_dock.show()
        self.window.personas_dock.raise_()
        self.window.personas.add_persona()


def _owned_by(window, widget) -> bool:
    """True when ``widget`` belongs to ``window``, floating docks included."""
    while widget is not None:
        if widget is window:
            return True
        widget = widget.parentWidget()
    return False


def _within(widget, focus) -> bool:
    return focus is widget or widget.isAncestorOf(focus)


def _text_editor(focus):
    """The text field behind the focus widget (a line edit, text edit, the text part of a
    spin box or an editable combo box), or None."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    if isinstance(focus, QLineEdit | QPlainTextEdit):
        return focus
    if isinstance(focus, QComboBox) and focus.isEditable():
        return focus.lineEdit()
    if isinstance(focus, QAbstractSpinBox):
        return focus.findChild(QLineEdit)
    return None


def _delete_char(text: TextField) -> None:
    if isinstance(text, QLineEdit):
        text.del_()
    else:
        text.textCursor().deleteChar()


TextField = QLineEdit | QPlainTextEdit


@dataclass(frozen=True)
class EditCommand:
    """What an Edit menu entry does on the map and in a text field. Bound to the methods
    themselves, so a renamed method fails loudly (mypy, and the menu tests) instead of
    turning the entry into a silent no-op."""

    on_canvas: Callable[[CanvasView], object]
    on_text: Callable[[TextField], object] | None  # None: nothing to do in a text field
    #: Delete in the outline, the personas list or the links list removes the item
    removes_from_lists: bool = False


CUT = EditCommand(lambda canvas: canvas.commands.cut(), lambda text: text.cut())
COPY = EditCommand(lambda canvas: canvas.commands.copy(), lambda text: text.copy())
PASTE = EditCommand(lambda canvas: canvas.commands.paste(), lambda text: text.paste())
DELETE = EditCommand(lambda canvas: canvas.commands.delete_selection(), _delete_char,
                     removes_from_lists=True)
DUPLICATE = EditCommand(lambda canvas: canvas.commands.duplicate_selection(), None)
SELECT_ALL = EditCommand(lambda canvas: canvas.select_all(), lambda text: text.selectAll())


