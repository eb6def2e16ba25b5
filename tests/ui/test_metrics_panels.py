"""Metrics by hand in the inspector, a curve that follows a metric, impact and effort on a
card, and the metrics band painted on the canvas."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cjdesigner.layout import style
from cjdesigner.model import Lane, LaneKind, Metric, StepMetric
from cjdesigner.model.edits import AddLane
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.scene import CanvasScene
from cjdesigner.ui.panels.metric_fields import metric_line, parse_metric_line
from cjdesigner.ui.selection import Selection
from tests.edit_helpers import set_fields


@pytest.fixture
def opened(make_window, map_file):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.show()
    return window, tab


def test_metric_lines_read_back() -> None:
    metric = StepMetric(metric=Metric.NPS, score=-12, n=120, low=-30.4, high=6.2)
    assert metric_line(metric) == "NPS −12 · n = 120 · −30 to 6"
    assert parse_metric_line("NPS −12 · n = 120 · −30 to 6") == StepMetric(
        metric=Metric.NPS, score=-12, n=120, low=-30, high=6)
    assert parse_metric_line("ces 2,5 n=30") == StepMetric(metric=Metric.CES, score=2.5, n=30)
    with pytest.raises(ValueError, match="lies outside"):
        parse_metric_line("CSAT 120 %")
    with pytest.raises(ValueError, match="unknown metric"):
        parse_metric_line("Joy 3")


def test_inspector_edits_a_steps_metrics_by_hand(opened, qtbot) -> None:
    window, tab = opened
    tab.canvas.select(Selection(step="step-ad"))
    page = window.inspector
    assert page.currentWidget() is page.step_page
    edit = page.step_bindings["metrics"].edit
    edit.setFocus()
    qtbot.keyClicks(edit, "CSAT 82 % · n = 45 · 69 to 90")
    step = tab.controller.doc.find_step("step-ad")[1]
    assert step.metrics == [StepMetric(metric=Metric.CSAT, score=82, n=45, low=69, high=90,
                                       source="by hand")]
    qtbot.keyClicks(edit, "0")  # "90" → "900": out of range, shown invalid, map unchanged
    assert edit.property("invalid") is True
    assert step.metrics[0].high == 90
    window.act_undo.trigger()
    assert tab.controller.doc.find_step("step-ad")[1].metrics == []


def test_curve_follows_a_metric_and_card_impact_effort(opened) -> None:
    window, tab = opened
    doc = tab.controller.doc
    tab.canvas.select(Selection(curve="curve-sam"))
    combo = window.inspector.curve_bindings["metric"].combo
    combo.setCurrentIndex(combo.findText("NPS"))
    combo.activated.emit(combo.currentIndex())  # as a choice made with the mouse does
    assert doc.curves[0].metric is Metric.NPS
    tab.canvas.select(Selection(cards=("card-4",)))
    window.inspector.card_bindings["impact"].spin.setValue(4)
    window.inspector.card_bindings["effort"].spin.setValue(2)
    card = doc.find_card("card-4")
    assert (card.impact, card.effort) == (4, 2)


def test_canvas_paints_the_metrics_band(qapp) -> None:
    doc = sample_map()
    AddLane(lane=Lane(id="lane-kpi", title="KPIs", kind=LaneKind.KPIS), after=doc.lanes[-1].id).apply(doc)
    set_fields(doc, "step", "step-ad", metrics=[
        StepMetric(metric=Metric.CSAT, score=70, n=100, low=60, high=80)])
    scene = CanvasScene.of_document(doc)
    scene.set_export_mode(True)
    (box,) = scene.layout.metrics
    image = QImage(int(scene.layout.width), int(scene.layout.height), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, source=scene.map_rect(), target=scene.map_rect())
    painter.end()
    mid = box.track.y + box.track.h / 2
    dot = image.pixelColor(round(box.score_x), round(mid))
    assert dot.lightness() < 80  # the score's dot, in ink
    bar = image.pixelColor(round((box.low_x + box.score_x) / 2 - 6), round(mid))
    assert bar.blue() > bar.red() + 40  # the interval bar
    track = image.pixelColor(round(box.track.right - 3), round(mid))
    assert track.name().upper() == style.GRID_LINE.upper()  # the rest of the range


def test_priorities_panel_ranks_and_jumps(opened, qtbot) -> None:
    window, tab = opened
    doc = tab.controller.doc
    window.priorities_dock.show()
    tab.canvas.select(Selection(cards=("card-4",)))
    window.inspector.card_bindings["impact"].spin.setValue(5)
    window.inspector.card_bindings["effort"].spin.setValue(1)
    panel = window.priorities
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("1. Comparison guide — Quick win")
    assert [r.card.id for r in panel.matrix.ranked] == ["card-4"]
    panel.matrix.resize(300, 300)
    centre = panel.matrix.spot(5, 1)
    tab.canvas.select(Selection())
    qtbot.mouseClick(panel.matrix, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert tab.selection.cards == ("card-4",)
    assert doc.find_card("card-4").impact == 5
