"""Editing commands of the canvas, each one undo step: cards (copy, cut, paste, delete,
duplicate, add, edit in place) and structure (rename, recolour, clock time, lane kind, add,
remove with a confirmation; reordering is a header drag in ``interactions``).

A part of :class:`CanvasView` (``view.commands``), holding the in-place editors it opens;
the window's menus, the view's keys and the context menu call these methods directly."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cjdesigner.model import Card, Lane, LaneKind, Stage, Step, edits, new_id, planning
from cjdesigner.ui.i18n import translate
from cjdesigner.ui.selection import Selection

from ..stage_colours import keeping_stage_colours, next_stage_colour
from . import clipboard
from .editor import CardEditor, HeaderEditor

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController

    from .scene import CanvasScene
    from .view import CanvasView


class CanvasCommands:
    """Card and structure commands on ``view``'s document; asks through the view's
    replaceable dialogs (``ask_text``, ``ask_colour``, ``confirm``)."""

    def __init__(self, view: CanvasView) -> None:
        self.view = view
        self._editor: CardEditor | None = None
        self._header_editor: HeaderEditor | None = None

    @property
    def controller(self) -> DocumentController:
        return self.view.controller

    @property
    def canvas_scene(self) -> CanvasScene:
        return self.view.canvas_scene

    def target_cell(self) -> tuple[str, str] | None:
        """Where a new or pasted card goes: the current cell, the last selected card's, or
        the first cell."""
        scene = self.canvas_scene
        if scene.current_cell is not None:
            return scene.current_cell
        if scene.selected:
            box = scene.card_box(scene.selected[-1])
            if box is not None:
                return (box.lane_id, box.step_id)
        lay = scene.layout
        if lay.lanes and lay.steps:
            return (lay.lanes[0].lane_id, lay.steps[0].step_id)
        return None

    def copy(self) -> None:
        ids = self.view.selected_card_ids()
        if ids:
            clipboard.put_on_clipboard(clipboard.cards_to_json(self.controller.doc, ids))

    def cut(self) -> None:
        ids = self.view.selected_card_ids()
        if ids:
            self.copy()
            self.controller.push(edits.RemoveCards(ids=ids, text=translate("Commands", "Cut cards")))

    def paste(self) -> None:
        text = clipboard.read_clipboard()
        cell = self.target_cell()
        if text is None or cell is None:
            return
        cards = clipboard.cards_from_json(text, self.controller.doc, cell)
        if not cards:
            return
        self.controller.push(
            planning.add_cards(self.controller.doc, cards, text=translate("Commands", "Paste cards"))
        )
        self.canvas_scene.set_selection(Selection(cards=tuple(c.id for c in cards), cell=cell))

    def delete_selection(self) -> None:
        scene = self.canvas_scene
        ids = self.view.selected_card_ids()
        if ids:
            self.controller.push(
                edits.RemoveCards(
                    ids=ids, text=translate("Commands", "Delete card") if len(ids) == 1 else translate("Commands", "Delete cards")
                )
            )
            return
        if scene.header_selection is not None:
            self.remove_header(*scene.header_selection)
        elif scene.selected_curve is not None:
            self.remove_curve(scene.selected_curve)

    def remove_curve(self, curve_id: str) -> None:
        """Delete an emotion curve (one undo step brings it back with its points)."""
        self.controller.push(edits.RemoveCurve(curve_id=curve_id))

    def duplicate_selection(self) -> None:
        edit = planning.duplicate_cards(
            self.controller.doc, self.view.selected_card_ids(), text=translate("Commands", "Duplicate cards")
        )
        if edit is None:
            return
        self.controller.push(edit)
        self.canvas_scene.set_selection(
            Selection(cards=tuple(c.id for c in edit.cards), cell=self.canvas_scene.current_cell)
        )

    def add_card(self, edit: bool = True) -> str | None:
        """A new card in the current cell, after the selected card there; opens the editor."""
        cell = self.target_cell()
        if cell is None:
            return None
        scene = self.canvas_scene
        position = None
        members = scene.layout.cells.get(cell, [])
        chosen = [c for c in scene.selected if c in members]
        if chosen:
            position = members.index(chosen[-1]) + 1
        card = Card(id=new_id("card"), lane_id=cell[0], step_id=cell[1])
        self.controller.push(
            planning.add_cards(self.controller.doc, [card], [position], text=translate("Commands", "Add card"))
        )
        scene.set_selection(Selection(cards=(card.id,), cell=cell))
        self.view.ensure_visible("card", card.id)
        if edit:
            self.edit_card(card.id, new=True)
        return card.id

    def edit_card(self, card_id: str, new: bool = False) -> CardEditor | None:
        if self._editor is not None:
            self._editor.commit()
        if card_id not in self.canvas_scene.card_models:
            return None
        self.view.ensure_visible("card", card_id)
        self._editor = CardEditor(self.view, card_id, new=new)
        return self._editor

    def reposition_editors(self, refont: bool = False) -> None:
        """Open in-place editors follow what they edit (zoom, scroll, relayout)."""
        if self._editor is not None and not self._editor.closed:
            self._editor.reposition()
        if self._header_editor is not None and not self._header_editor.closed:
            if refont:
                self._header_editor.setFont(self._header_editor._font())
            self._header_editor.reposition()

    def editor(self) -> CardEditor | None:
        return self._editor

    def editor_closed(self, editor: CardEditor) -> None:
        if self._editor is editor:
            self._editor = None
            self.view.setFocus()

    # ---------------------------------------------------------------- structure
    def rename(self, kind: str, ident: str) -> None:
        doc = self.controller.doc
        if kind == "map":
            current, name = doc.meta.title, "title"
        elif kind == "stage":
            current, name = doc.find_stage(ident).name, "name"
        elif kind == "step":
            current, name = doc.find_step(ident)[1].name, "name"
        else:
            current, name = doc.find_lane(ident).title, "title"

        def push(value: str) -> None:
            if kind == "map":
                edit = edits.SetFields(target="meta", changes={name: value.strip()},
                                       text=translate("Commands", "Rename map"))
            else:
                edit = edits.SetFields(target=kind, ident=ident, changes={name: value.strip()},
                                       text=_rename_text(kind))
            self.controller.push(edit)

        if self.view.rename_in_place and self.view.isVisible():
            self.close_editors()
            self._header_editor = HeaderEditor(self.view, kind, ident, current, push)
            return
        value = self.view.ask_text(_rename_text(kind), translate("Commands", "Name:"), current)
        if value is None or value == current or not value.strip():
            return
        push(value)

    def header_editor(self) -> HeaderEditor | None:
        return self._header_editor

    def header_editor_closed(self, editor: HeaderEditor) -> None:
        if self._header_editor is editor:
            self._header_editor = None
            self.view.setFocus()

    def close_editors(self) -> None:
        """Commit whatever is being edited in place."""
        if self._editor is not None:
            self._editor.commit()
        if self._header_editor is not None:
            self._header_editor.commit()

    def recolour(self, kind: str, ident: str, reset: bool = False) -> None:
        """Pick a colour for a stage or lane (``reset``: back to the palette's)."""
        if reset:
            value = None
        else:
            if kind == "stage":
                box = next(s for s in self.canvas_scene.layout.stages if s.stage_id == ident)
                current = box.colour
            else:
                lanes = self.canvas_scene.layout.lanes
                current = next(lane for lane in lanes if lane.lane_id == ident).accent
            value = self.view.ask_colour(current)
            if value is None or value.upper() == current.upper():
                return
            value = value.upper()
        self.controller.push(
            edits.SetFields(target=kind, ident=ident, changes={"color": value}, text=(translate("Commands", "Recolour stage") if kind == "stage"
                       else translate("Commands", "Recolour lane")))
        )

    def set_step_time(self, step_id: str) -> None:
        step = self.controller.doc.find_step(step_id)[1]
        value = self.view.ask_text(translate("Commands", "Clock time"), translate("Commands", "Time (HH:MM, empty for none):"), step.time or "")
        if value is None:
            return
        value = value.strip() or None
        if value == step.time:
            return
        with contextlib.suppress(edits.EditError):
            self.controller.push(
                edits.SetFields(
                    target="step", ident=step_id, changes={"time": value}, text=translate("Commands", "Set step time")
                )
            )

    def add_stage(self, index: int | None = None, rename: bool = False) -> str:
        """A stage (with one step) at ``index``; ``rename`` opens its name for typing."""
        doc = self.controller.doc
        at = len(doc.stages) if index is None else index
        stage = Stage(steps=[Step(name=translate("Commands", "New step"))],
                      color=next_stage_colour(doc, at))
        self.controller.push(keeping_stage_colours(doc, planning.add_stage(doc, stage, index)))
        self._added("stage", stage.id, rename)
        return stage.id

    def add_step(self, stage_id: str, index: int | None = None, rename: bool = False) -> str:
        step = Step()
        self.controller.push(planning.add_step(self.controller.doc, stage_id, step, index))
        self._added("step", step.id, rename)
        return step.id

    def add_lane(self, index: int | None = None, kind: LaneKind = LaneKind.TEXT,
                 rename: bool = False) -> str:
        lane = Lane(title=kind.label, kind=kind)
        self.controller.push(planning.add_lane(self.controller.doc, lane, index))
        self._added("lane", lane.id, rename)
        return lane.id

    def _added(self, kind: str, ident: str, rename: bool) -> None:
        """A new stage, step or lane is selected and shown; ``rename``: its name is
        open for typing straight away (Enter keeps it, Esc keeps the default)."""
        if not rename:
            return
        self.view.ensure_visible(kind, ident)
        self.canvas_scene.set_selection(Selection.of(kind, ident))
        self.rename_new(kind, ident)

    def rename_new(self, kind: str, ident: str) -> None:
        """Open the name of something just added for typing, in place only (a new item
        keeps its default name rather than raising a dialog)."""
        if self.view.rename_in_place and self.view.isVisible():
            self.rename(kind, ident)

    def set_lane_kind(self, lane_id: str, kind: LaneKind) -> None:
        lane = self.controller.doc.find_lane(lane_id)
        if lane.kind == kind:
            return
        changes: dict = {"kind": kind}
        if lane.title == lane.kind.label:
            changes["title"] = kind.label
        self.controller.push(
            edits.SetFields(target="lane", ident=lane_id, changes=changes, text=translate("Commands", "Change lane kind"))
        )

    def remove_header(self, kind: str, ident: str) -> bool:
        """Remove a stage, step or lane; asks first when it holds cards."""
        doc = self.controller.doc
        if kind == "stage":
            steps = {s.id for s in doc.find_stage(ident).steps}
            count = sum(1 for c in doc.cards if c.step_id in steps)
            edit: edits.Edit = keeping_stage_colours(doc, edits.RemoveStage(stage_id=ident))
            name = doc.find_stage(ident).name
        elif kind == "step":
            count = sum(1 for c in doc.cards if c.step_id == ident)
            edit = edits.RemoveStep(step_id=ident)
            name = doc.find_step(ident)[1].name
        else:
            count = sum(1 for c in doc.cards if c.lane_id == ident)
            edit = edits.RemoveLane(lane_id=ident)
            name = doc.find_lane(ident).title
        if count and not self.view.confirm(
            _remove_question(kind, count).format(name=name)
        ):
            return False
        self.controller.push(edit)
        return True


def _rename_text(kind: str) -> str:
    if kind == "map":
        return translate("Commands", "Rename map")
    if kind == "stage":
        return translate("Commands", "Rename stage")
    if kind == "step":
        return translate("Commands", "Rename step")
    return translate("Commands", "Rename lane")


def _remove_question(kind: str, count: int) -> str:
    if kind == "stage":
        return QCoreApplication.translate("Commands", "Remove the stage “{name}” and the %n card(s) in it?", None,
                         count)
    if kind == "step":
        return QCoreApplication.translate("Commands", "Remove the step “{name}” and the %n card(s) in it?", None,
                         count)
    return QCoreApplication.translate("Commands", "Remove the lane “{name}” and the %n card(s) in it?", None, count)
