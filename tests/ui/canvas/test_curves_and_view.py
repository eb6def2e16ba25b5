"""Emotion curve points, zoom, pan, highlight and export mode."""

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QNativeGestureEvent, QPainter, QPointingDevice, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.canvas.conftest import centre


def point(view, step_id):
    curve = view.canvas_scene.layout.curves[0]
    p = next(p for p in curve.points if p.step_id == step_id)
    return p


def level_y(view, value):
    return view.canvas_scene.curve_y("curve-sam", value)


def test_drag_set_point_snaps_to_a_level(view, mouse, controller):
    before = controller.doc.model_dump()
    p = point(view, "step-ad")
    assert p.is_set and p.value == 0
    target = level_y(view, 1.0) + 7  # near "Positive", a little off
    mouse.drag((p.x, p.y), (p.x, target))
    assert controller.doc.find_curve("curve-sam").points["step-ad"] == 1.0
    assert view.selection().curve == "curve-sam"
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def test_shift_snaps_to_quarter_levels(view, mouse, controller):
    p = point(view, "step-ad")
    target = level_y(view, 0.25)
    mods = Qt.KeyboardModifier.ShiftModifier
    mouse.drag((p.x, p.y), (p.x, target), mods=mods)
    assert controller.doc.find_curve("curve-sam").points["step-ad"] == 0.25


def test_dragging_a_derived_point_sets_it(view, mouse, controller):
    before = controller.doc.model_dump()
    p = point(view, "step-compare")
    assert not p.is_set
    mouse.drag((p.x, p.y), (p.x, level_y(view, -2.0) + 2))
    assert controller.doc.find_curve("curve-sam").points["step-compare"] == -2.0
    assert point(view, "step-compare").is_set
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before
    assert not point(view, "step-compare").is_set


def test_clear_a_set_point_from_its_menu(view, controller):
    from tests.ui.canvas.conftest import right_click_pick

    p = point(view, "step-order")
    right_click_pick(view, p.x, p.y, "Clear point (use the cards' mean)")
    assert "step-order" not in controller.doc.find_curve("curve-sam").points
    controller.undo_stack.undo()
    assert controller.doc.find_curve("curve-sam").points["step-order"] == 1.0


def wheel(view, delta, mods):
    pos = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        mods,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_and_plain_wheel_scrolls(view):
    zooms = []
    view.zoomChanged.connect(zooms.append)
    wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() > 1.0 and zooms[-1] == view.zoom_factor()
    wheel(view, -240, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() < 1.0
    z = view.zoom_factor()
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom_factor() == z


def test_pinch_zooms(view):
    device = QPointingDevice.primaryPointingDevice()
    pos = QPointF(200, 200)
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        device,
        1,
        pos,
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        0.5,
        QPointF(),
    )
    QApplication.sendEvent(view.viewport(), event)
    assert abs(view.zoom_factor() - 1.5) < 1e-6


def test_ctrl_0_fits_and_ctrl_1_is_100_percent(view):
    view.zoom_to(2.0)
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    rect = view.canvas_scene.map_rect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(rect)
    QTest.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom_factor() == 1.0


def test_pan_with_middle_button_and_space_drag(view, mouse):
    view.resize(500, 400)
    view.zoom_to(1.5)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(200)
    v.setValue(200)
    vp = view.viewport()
    QTest.mousePress(
        vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300)
    )
    mouse_move(vp, QPoint(250, 260), Qt.MouseButton.MiddleButton)
    QTest.mouseRelease(
        vp, Qt.MouseButton.MiddleButton, Qt.KeyboardModifier.NoModifier, QPoint(250, 260)
    )
    assert (h.value(), v.value()) == (250, 240)
    QTest.keyPress(view, Qt.Key.Key_Space)
    QTest.mousePress(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(300, 300)
    )
    mouse_move(vp, QPoint(320, 310), Qt.MouseButton.LeftButton)
    QTest.mouseRelease(
        vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(320, 310)
    )
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert (h.value(), v.value()) == (230, 230)
    assert view.canvas_scene.controller.undo_stack.count() == 0


def mouse_move(vp, pos, button):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QMouseEvent

    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(vp.mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        button,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(vp, event)


def test_highlight_dims_the_other_cards(view):
    scene = view.canvas_scene
    view.set_highlight({"card-1"})
    assert "card-2" in scene.faded_cards() and "card-1" not in scene.faded_cards()
    view.set_highlight(None)
    assert not scene.faded_cards()


def test_ensure_visible_scrolls_to_a_card(view, controller):
    from cjdesigner.model import Card, planning

    cards = [Card(lane_id="lane-opp", step_id="step-order", title=f"Card {i}") for i in range(40)]
    controller.push(planning.add_cards(controller.doc, cards))
    view.resize(600, 400)
    view.ensure_visible("card", cards[-1].id)
    r = view.canvas_scene.layout.cards[cards[-1].id].rect
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(r.x + r.w / 2, r.y + r.h / 2))


def test_export_mode_renders_without_decorations(view, mouse, controller):
    from cjdesigner.ui.canvas.scene import CanvasScene

    mouse.click(*centre(view, "card-1"))
    scene = CanvasScene(controller)
    scene.set_selection(view.selection())
    scene.set_export_mode(True)
    rect = scene.map_rect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    scene.render(painter, image.rect(), rect)
    painter.end()
    assert scene.card_layer._cache_bytes == 0  # no item cache in exports
    # the selection outline colour appears nowhere
    r = scene.layout.cards["card-1"].rect
    edge = image.pixelColor(int(r.x) - 1, int(r.y + r.h / 2))
    assert edge.blue() < 200 or edge.red() > 200


def test_selection_survives_and_follows_undo(view, mouse, controller):
    mouse.click(*centre(view, "card-1"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert view.selected_card_ids() == []
    controller.undo_stack.undo()
    assert controller.doc.find_card("card-1")


def test_click_on_a_curve_line_selects_the_curve(view, mouse, controller):
    a, b = point(view, "step-ad"), point(view, "step-review")
    mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2)
    assert view.selection().curve == "curve-sam"
    assert controller.undo_stack.count() == 0


def test_zoom_keeps_the_point_under_the_cursor(view, controller):
    from cjdesigner.model import Card, planning

    cards = [Card(lane_id="lane-opp", step_id="step-order", title=f"Card {i}") for i in range(60)]
    controller.push(planning.add_cards(controller.doc, cards))
    for _ in range(6):
        view.commands.add_stage()
    view.resize(700, 500)
    view.zoom_to(1.0)
    view.verticalScrollBar().setValue(900)
    view.horizontalScrollBar().setValue(500)
    anchor = QPoint(400, 300)
    for factor in (0.8, 0.6, 0.45, 1.3, 0.5):
        before = view.mapToScene(anchor)
        view.zoom_to(factor, anchor)
        after = view.mapToScene(anchor)
        assert abs(after.x() - before.x()) < 2 / factor
        assert abs(after.y() - before.y()) < 2 / factor


def test_headers_keep_a_readable_size_when_zoomed_out(view):
    from cjdesigner.layout import style

    view.zoom_to(0.25)
    scene = view.canvas_scene
    assert scene.header_scale == 0.75 / 0.25
    # on screen the header row is as tall as at 75 %
    top = view.mapFromScene(QPointF(0, scene.header_top() + scene.header_offset().y()))
    bottom = view.mapFromScene(QPointF(0, style.GRID_TOP + scene.header_offset().y()))
    assert abs((bottom.y() - top.y()) - style.GRID_TOP * 0.75) <= 1
    assert (
        scene.header_at(QPointF(scene.layout.steps[0].column.x + 5, scene.header_top() + 5))[0]
        == "stage"
    )
    view.zoom_to(1.0)
    assert scene.header_scale == 1.0


def test_press_on_a_step_without_a_value_sets_a_point(view, mouse, controller):
    before = controller.doc.model_dump()
    new_step = view.commands.add_step("stage-buy")  # no cards, so no derived value either
    scene = view.canvas_scene
    curve = scene.layout.curves[0]
    assert all(p.step_id != new_step for p in curve.points)
    step = next(s for s in scene.layout.steps if s.step_id == new_step)
    x = step.column.x + step.column.w / 2
    mouse.click(x, scene.curve_y("curve-sam", -1.0) + 4)
    assert controller.doc.find_curve("curve-sam").points[new_step] == -1.0
    assert controller.undo_stack.count() == 2
    while controller.undo_stack.canUndo():
        controller.undo_stack.undo()
    assert controller.doc.model_dump() == before


def _pdf_images(tmp_path, scene):
    from pypdf import PdfReader
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    rect = scene.map_rect()
    path = tmp_path / "map.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(rect.width(), rect.height()), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setResolution(72)
    painter = QPainter(writer)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    page = PdfReader(str(path)).pages[0]
    resources = page["/Resources"]
    xobjects = resources.get("/XObject", {}) if resources else {}
    images = [
        name for name, ref in xobjects.items() if ref.get_object().get("/Subtype") == "/Image"
    ]
    return images, " ".join(page.extract_text().split())


def test_export_to_pdf_is_vector_with_no_bitmaps(tmp_path, view, controller):
    """Item caches turn PDF output into bitmaps; the export mode must never use them."""
    from cjdesigner.ui.canvas.scene import CanvasScene

    view.viewport().repaint()  # the on-screen cache is warm
    scene = CanvasScene(controller)
    scene.set_export_mode(True)
    images, text = _pdf_images(tmp_path, scene)
    assert images == []
    assert "Notices a banner" in text


def test_on_screen_scene_printed_to_pdf_still_gets_vectors(tmp_path, view):
    """Even outside export mode, a PDF painter never receives the cards' bitmap cache."""
    view.zoom_to(1.0)
    view.viewport().repaint()  # the on-screen cache is warm
    images, text = _pdf_images(tmp_path, view.scene())
    assert images == []
    assert "Notices a banner" in text
