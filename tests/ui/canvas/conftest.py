import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController


@pytest.fixture
def controller():
    return DocumentController(sample_map())


@pytest.fixture
def view(qtbot, controller):
    v = CanvasView(controller)
    v.confirm = lambda question: True
    v.ask_text = lambda title, label, text: None
    v.ask_colour = lambda initial: None
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_to(1.0)
    v.horizontalScrollBar().setValue(0)
    v.verticalScrollBar().setValue(0)
    v.setFocus()
    return v


class Mouse:
    """Real mouse events on the viewport at scene positions."""

    def __init__(self, view):
        self.view = view
        self.vp = view.viewport()

    def at(self, x, y) -> QPoint:
        return self.view.mapFromScene(QPointF(x, y))

    def press(self, x, y, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        QTest.mousePress(self.vp, button, mods, self.at(x, y))

    def move(self, x, y, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        # QTest.mouseMove sends no buttons; send a real move event carrying the button
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        pos = QPointF(self.at(x, y))
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            pos,
            QPointF(self.vp.mapToGlobal(pos.toPoint())),
            Qt.MouseButton.NoButton,
            button,
            mods,
        )
        QApplication.sendEvent(self.vp, event)

    def release(self, x, y, button=Qt.MouseButton.LeftButton, mods=Qt.KeyboardModifier.NoModifier):
        QTest.mouseRelease(self.vp, button, mods, self.at(x, y))

    def click(self, x, y, mods=Qt.KeyboardModifier.NoModifier):
        self.press(x, y, mods=mods)
        self.release(x, y, mods=mods)

    def double_click(self, x, y):
        QTest.mouseDClick(
            self.vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, self.at(x, y)
        )

    def drag(
        self,
        start,
        end,
        steps=6,
        button=Qt.MouseButton.LeftButton,
        mods=Qt.KeyboardModifier.NoModifier,
    ):
        (x0, y0), (x1, y1) = start, end
        self.press(x0, y0, button, mods)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, button, mods)
        self.release(x1, y1, button, mods)


@pytest.fixture
def mouse(view):
    return Mouse(view)


def centre(view, card_id):
    r = view.canvas_scene.layout.cards[card_id].rect
    return (r.x + r.w / 2, r.y + r.h / 2)


def cell_point(view, lane_id, step_id, dy=None):
    rect = view.canvas_scene.cell_rect(lane_id, step_id)
    return (rect.center().x(), rect.bottom() - 6 if dy is None else rect.top() + dy)


def key(view, k, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(view, k, mods)


def right_click_pick(view, x, y, text):
    """A real context-menu event at scene (x, y); picks the action named ``text`` from
    the menu that pops up (what a person does with the right button)."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    picked = []

    def pick():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        for action in menu.actions():
            if action.text() == text:
                picked.append(text)
                menu.setActiveAction(action)
                action.trigger()
                break
        menu.close()

    QTimer.singleShot(0, pick)
    pos = view.mapFromScene(QPointF(x, y))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(QPoint(pos))
    )
    QApplication.sendEvent(view.viewport(), event)
    assert picked == [text], f"no {text!r} in the menu"
