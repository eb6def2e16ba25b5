"""Context menus of the canvas: headers (rename, colour, clock time, add before/after,
lane kind, remove), curve points (clear), cards (edit, copy, cut, duplicate, delete),
cells (add, paste) and the empty canvas (add stage, add lane). A part of
:class:`CanvasView` (``view.menus``) whose actions call the view's commands;
``build_context_menu`` returns the menu so tests can trigger its actions without opening
it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from cjdesigner.model import LaneKind, edits
from cjdesigner.ui.i18n import translate, vocabulary
from cjdesigner.ui.selection import Selection

from . import clipboard

if TYPE_CHECKING:
    from .commands import CanvasCommands
    from .view import CanvasView


class CanvasMenus:
    def __init__(self, view: CanvasView, commands: CanvasCommands) -> None:
        self.view = view
        self.commands = commands

    def build_context_menu(self, scene_pos: QPointF) -> QMenu:
        scene = self.view.canvas_scene
        commands = self.commands
        menu = QMenu(self.view)
        header = scene.header_at(scene_pos)
        doc = self.view.controller.doc
        if header is not None:
            kind, ident = header
            scene.set_selection(Selection.of(kind, ident))
            menu.addAction(translate("Menus", "Rename…"), lambda: commands.rename(kind, ident))
            if kind in ("stage", "lane"):
                menu.addAction(translate("Menus", "Colour…"), lambda: commands.recolour(kind, ident))
                model = doc.find_stage(ident) if kind == "stage" else doc.find_lane(ident)
                if model.color:
                    menu.addAction(translate("Menus", "Default colour"), lambda: commands.recolour(kind, ident, reset=True))
            if kind == "stage":
                index = [s.id for s in doc.stages].index(ident)
                menu.addAction(translate("Menus", "Add step"), lambda: commands.add_step(ident, rename=True))
                menu.addSeparator()
                menu.addAction(translate("Menus", "Add stage before"), lambda: commands.add_stage(index, rename=True))
                menu.addAction(translate("Menus", "Add stage after"), lambda: commands.add_stage(index + 1, rename=True))
            elif kind == "step":
                stage, _ = doc.find_step(ident)
                index = [s.id for s in stage.steps].index(ident)
                menu.addAction(translate("Menus", "Clock time…"), lambda: commands.set_step_time(ident))
                menu.addSeparator()
                menu.addAction(translate("Menus", "Add step before"), lambda: commands.add_step(stage.id, index, rename=True))
                menu.addAction(translate("Menus", "Add step after"), lambda: commands.add_step(stage.id, index + 1, rename=True))
            else:
                index = [lane.id for lane in doc.lanes].index(ident)
                kinds = menu.addMenu(translate("Menus", "Lane kind"))
                for lane_kind in LaneKind:
                    action = kinds.addAction(
                        vocabulary(lane_kind.label), functools.partial(commands.set_lane_kind, ident, lane_kind)
                    )
                    action.setCheckable(True)
                    action.setChecked(doc.find_lane(ident).kind == lane_kind)
                menu.addSeparator()
                menu.addAction(translate("Menus", "Add lane above"), lambda: commands.add_lane(index, rename=True))
                menu.addAction(translate("Menus", "Add lane below"), lambda: commands.add_lane(index + 1, rename=True))
            menu.addSeparator()
            menu.addAction({"stage": translate("Menus", "Remove stage"), "step": translate("Menus", "Remove step")}.get(kind, translate("Menus", "Remove lane")), lambda: commands.remove_header(kind, ident))
            return menu
        point = scene.hits.curve_point_at(scene_pos.x(), scene_pos.y(), 8 / self.view.zoom_factor())
        if point is not None:
            curve_id, step_id = point
            if step_id in doc.find_curve(curve_id).points:
                menu.addAction(
                    translate("Menus", "Clear point (use the cards' mean)"),
                    lambda: self.view.controller.push(
                        edits.SetCurvePoint(
                            curve_id=curve_id, step_id=step_id, value=None, text=translate("Menus", "Clear curve point")
                        )
                    ),
                )
                return menu
        on_curve = (point[0] if point is not None else scene.legend_at(scene_pos)
                    or scene.hits.curve_at(scene_pos.x(), scene_pos.y(),
                                        5 / self.view.zoom_factor()))
        if on_curve is not None:
            chosen: str = on_curve
            scene.set_selection(Selection(curve=chosen, cell=scene.current_cell))
            menu.addAction(translate("Menus", "Delete curve"), lambda: commands.remove_curve(chosen))
            return menu
        card_id = scene.hits.card_at(scene_pos.x(), scene_pos.y())
        cell = scene.hits.cell_at(scene_pos.x(), scene_pos.y())
        if card_id is not None:
            if card_id not in scene.selected_set:
                scene.set_selection(Selection(cards=(card_id,), cell=cell))
            menu.addAction(translate("Menus", "Edit text"), lambda: commands.edit_card(card_id))
            menu.addAction(_action(menu, translate("Menus", "Copy"), QKeySequence.StandardKey.Copy, commands.copy))
            menu.addAction(_action(menu, translate("Menus", "Cut"), QKeySequence.StandardKey.Cut, commands.cut))
            menu.addAction(
                _action(menu, translate("Menus", "Duplicate"), QKeySequence("Ctrl+D"), commands.duplicate_selection)
            )
            menu.addSeparator()
            menu.addAction(
                _action(menu, translate("Menus", "Delete"), QKeySequence.StandardKey.Delete, commands.delete_selection)
            )
        elif cell is not None:
            scene.set_selection(Selection(cell=cell))
            menu.addAction(translate("Menus", "Add card here"), commands.add_card)
            paste = menu.addAction(translate("Menus", "Paste"), commands.paste)
            paste.setEnabled(clipboard.read_clipboard() is not None)
        else:
            menu.addAction(translate("Menus", "Add stage"), lambda: commands.add_stage(rename=True))
            menu.addAction(translate("Menus", "Add lane"), lambda: commands.add_lane(rename=True))
        return menu

    def show_for(self, event: QContextMenuEvent) -> None:
        """The view's context menu event: the menu for what lies under the pointer."""
        menu = self.build_context_menu(self.view.mapToScene(event.pos()))
        if not menu.isEmpty():
            menu.exec(event.globalPos())
        menu.deleteLater()


def _action(parent, text: str, shortcut, slot) -> QAction:
    action = QAction(text, parent)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutVisibleInContextMenu(True)
    action.triggered.connect(slot)
    return action
