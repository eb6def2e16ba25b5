"""A right-to-left map on the canvas: drawn right to left, clicked where it is drawn,
walked with the arrows as it is drawn, its lane headers frozen at the right edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from cjdesigner.layout import style
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController
from tests.ui.canvas.conftest import Mouse, centre, key


def _arabic():
    doc = sample_map()
    return doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": "ar"})})


@pytest.fixture
def rtl_view(qtbot):
    v = CanvasView(DocumentController(_arabic()))
    qtbot.addWidget(v)
    v.resize(900, 700)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_to(1.0)
    v.show_start()
    v.setFocus()
    return v


def test_the_map_starts_at_the_right_of_the_view(rtl_view):
    lay = rtl_view.canvas_scene.layout
    assert lay.rtl
    vp = rtl_view.viewport().rect()
    # the first step's column is in sight, the lane headers at the view's right edge
    first = lay.steps[0].column
    left = rtl_view.mapFromScene(QPointF(first.x, 0)).x()
    assert 0 <= left < vp.width()
    right = rtl_view.mapFromScene(QPointF(rtl_view.canvas_scene.header_right(), 0)).x()
    assert abs(right - vp.width()) <= 3


def test_arrows_follow_the_map_as_drawn(rtl_view):
    mouse = Mouse(rtl_view)
    mouse.click(*centre(rtl_view, "card-1"))  # the first step, the rightmost column
    key(rtl_view, Qt.Key.Key_Left)  # left is the next step
    assert rtl_view.selection().cell == ("lane-actions", "step-review")
    key(rtl_view, Qt.Key.Key_Right)
    assert rtl_view.selection().cell == ("lane-actions", "step-ad")
    key(rtl_view, Qt.Key.Key_Right)  # right of the first column: the lane's header
    assert rtl_view.canvas_scene.header_selection == ("lane", "lane-actions")
    key(rtl_view, Qt.Key.Key_Left)  # and back into the grid
    assert rtl_view.selection().cell == ("lane-actions", "step-ad")
    alt = Qt.KeyboardModifier.AltModifier
    key(rtl_view, Qt.Key.Key_Left, alt)  # Alt+Left moves the card to the next step
    cards = {c.id: c for c in rtl_view.controller.doc.cards}
    assert cards["card-1"].step_id == "step-review"


def test_clicks_find_headers_and_cells_where_they_are_drawn(rtl_view):
    scene = rtl_view.canvas_scene
    lay = scene.layout
    mouse = Mouse(rtl_view)
    lane = lay.lanes[1]
    x = lay.lane_x + style.LANE_HEADER_W / 2  # the lane header, at the right
    mouse.click(x, lane.row.y + lane.row.h / 2)
    assert scene.header_selection == ("lane", lane.lane_id)
    step = lay.steps[1]
    mouse.click(step.rect.x + step.rect.w / 2, step.rect.y + step.rect.h / 2)
    assert scene.header_selection == ("step", step.step_id)
    cell = scene.cell_rect(lay.lanes[0].lane_id, lay.steps[0].step_id)
    mouse.click(cell.center().x(), cell.bottom() - 4)
    assert rtl_view.selection().cell == (lay.lanes[0].lane_id, lay.steps[0].step_id)


def test_the_lane_column_stays_at_the_right_edge_when_scrolled(rtl_view):
    scene = rtl_view.canvas_scene
    bar = rtl_view.horizontalScrollBar()
    bar.setValue(bar.minimum())  # the map's end, at its left
    vp = rtl_view.viewport().rect()
    right_edge = rtl_view.mapToScene(vp.right(), 0).x()
    column_right = scene.header_right() + scene.lane_column.pos().x()
    assert column_right == pytest.approx(right_edge, abs=2 / rtl_view.zoom_factor())
    # a click under the frozen headers picks the lane, not the cell drawn beneath it
    lane = scene.layout.lanes[0]
    x = right_edge - style.LANE_HEADER_W / 2
    Mouse(rtl_view).click(x, lane.row.y + lane.row.h / 2)
    assert scene.header_selection == ("lane", lane.lane_id)
