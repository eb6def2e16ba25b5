"""The canvas shows dense cells' cards side by side, as the poster prints them, and a
drop lands where the pointer is among them."""

import pytest

from cjdesigner.layout import layout_map
from cjdesigner.ui.canvas.hit_testing import HitTester
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController
from tests.layout.test_dense_cells import dense_map
from tests.ui.canvas.conftest import Mouse, centre


@pytest.fixture
def dense_view(qtbot):
    controller = DocumentController(dense_map())
    v = CanvasView(controller)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_to(0.6)
    v.horizontalScrollBar().setValue(0)
    v.verticalScrollBar().setValue(0)
    return v, controller


def order(doc):
    return [c.id for c in doc.cards if (c.lane_id, c.step_id) == ("lane-do", "step-1")]


def test_the_canvas_draws_the_shared_layout_with_columns(dense_view):
    view, _ = dense_view
    lay = view.canvas_scene.layout
    assert lay.step_columns.get("step-1", 1) > 1
    first, second = lay.cards["crowd-0"].rect, lay.cards["crowd-1"].rect
    assert second.x > first.right and second.y == first.y  # side by side on screen


def test_drop_positions_read_across_the_row():
    lay = HitTester(layout_map(dense_map()))
    cards = lay.layout.cards
    first, second = cards["crowd-0"].rect, cards["crowd-1"].rect
    cell = ("lane-do", "step-1")
    mid_y = first.y + 10
    assert lay.insert_position(cell, mid_y, set(), first.x + 5) == 0
    assert lay.insert_position(cell, mid_y, set(), first.right - 5) == 1
    assert lay.insert_position(cell, mid_y, set(), second.right - 5) == 2
    x0, x1, y = lay.insert_line(cell, 1, set())
    assert (x0, x1) == (second.x, second.right) and y < second.y


def test_dragging_a_card_beside_the_first_puts_it_second(dense_view):
    view, controller = dense_view
    doc = controller.doc
    mouse = Mouse(view)
    before = order(doc)
    last = before[-1]
    first = view.canvas_scene.layout.cards["crowd-0"].rect
    mouse.drag(centre(view, last), (first.right - 8, first.y + 12))
    assert order(doc) == [before[0], last, *before[1:-1]]
    controller.undo_stack.undo()
    assert order(doc) == before
