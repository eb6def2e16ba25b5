"""Odd maps (no lanes, no steps, empty stages, no curves) paint and take clicks, keys
and drags without errors."""

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cjdesigner.model import Card, EmotionCurve, JourneyMap, Lane, LaneKind, Stage, Step
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController


def maps():
    yield JourneyMap()
    yield JourneyMap(stages=[Stage(name="Only stage")])
    yield JourneyMap(lanes=[Lane(kind=LaneKind.FEELINGS)], curves=[EmotionCurve()])
    yield JourneyMap(
        stages=[Stage(steps=[Step(id="s1")]), Stage(), Stage(steps=[Step(id="s2")])],
        lanes=[Lane(id="l1", kind=LaneKind.FEELINGS), Lane(id="l2", kind=LaneKind.SUPPORT)],
        cards=[Card(lane_id="l1", step_id="s2", title="x" * 400, emotion=-2)],
        curves=[EmotionCurve(), EmotionCurve(label="Expected")],
    )


@pytest.mark.parametrize("index", range(4))
def test_odd_maps_survive_random_input(qtbot, index):
    doc = list(maps())[index]
    before = doc.model_dump()
    controller = DocumentController(doc)
    view = CanvasView(controller)
    view.confirm = lambda q: True
    view.ask_text = lambda *a: None
    view.ask_colour = lambda c: None
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    rng = random.Random(index)
    vp = view.viewport()
    for _ in range(40):
        p = QPoint(rng.randrange(600), rng.randrange(400))
        action = rng.random()
        if action < 0.4:
            QTest.mouseClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
        elif action < 0.6:
            QTest.mouseDClick(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
            if view.commands.editor() is not None:
                QTest.keyClick(view.commands.editor().title, Qt.Key.Key_Escape)
            if view.commands.header_editor() is not None:
                QTest.keyClick(view.commands.header_editor(), Qt.Key.Key_Escape)
        elif action < 0.8:
            key = rng.choice(
                [
                    Qt.Key.Key_Left,
                    Qt.Key.Key_Right,
                    Qt.Key.Key_Up,
                    Qt.Key.Key_Down,
                    Qt.Key.Key_Delete,
                    Qt.Key.Key_0,
                    Qt.Key.Key_1,
                ]
            )
            mods = (
                Qt.KeyboardModifier.ControlModifier
                if key in (Qt.Key.Key_0, Qt.Key.Key_1)
                else (Qt.KeyboardModifier.NoModifier)
            )
            view.setFocus()
            QTest.keyClick(view, key, mods)
        else:
            view.zoom_to(rng.choice([0.05, 0.3, 1.0, 2.5]))
        view.viewport().repaint()
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before
