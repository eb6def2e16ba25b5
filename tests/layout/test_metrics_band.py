"""The metrics band in the KPIs lane: one row per metric, boxes per step, drawn alike by
the poster (here) and the canvas (tests/ui/canvas)."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.layout import LayoutEngine, layout_map
from cjdesigner.layout.metrics import MIN_ANSWERS, ROW_H, band_height, note_text, score_text
from cjdesigner.model import Lane, LaneKind, Metric, StepMetric
from cjdesigner.model.edits import AddLane
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import fonts
from cjdesigner.pdf.mapdraw import DrawOptions, MapPainter
from tests.edit_helpers import set_fields


def measured_map():
    doc = sample_map()
    AddLane(lane=Lane(id="lane-kpi", title="KPIs", kind=LaneKind.KPIS), after=doc.lanes[-1].id).apply(doc)
    set_fields(doc, "step", "step-ad", metrics=[
        StepMetric(metric=Metric.CSAT, score=70, n=10, low=39.68, high=89.22),
        StepMetric(metric=Metric.NPS, score=-20, n=120, low=-35, high=-5),
    ])
    set_fields(doc, "step", "step-order", metrics=[StepMetric(metric=Metric.NPS, score=40, n=45)])
    return doc


def test_band_rows_and_boxes() -> None:
    doc = measured_map()
    lay = layout_map(doc)
    lane = next(lane for lane in lay.lanes if lane.lane_id == "lane-kpi")
    assert lay.metrics_lane_id == "lane-kpi"
    assert lane.content_top - lane.row.y == band_height(doc) == 2 * ROW_H + 12
    boxes = {(b.step_id, b.metric): b for b in lay.metrics}
    assert set(boxes) == {("step-ad", Metric.CSAT), ("step-ad", Metric.NPS),
                          ("step-order", Metric.NPS)}
    csat = boxes[("step-ad", Metric.CSAT)]
    nps = boxes[("step-ad", Metric.NPS)]
    assert nps.rect.y == csat.rect.y + ROW_H  # one row per metric, CSAT first
    assert boxes[("step-order", Metric.NPS)].rect.y == nps.rect.y  # rows line up
    t = csat.track
    assert abs(csat.score_x - (t.x + 0.70 * t.w)) < 1e-6
    assert abs(csat.low_x - (t.x + 0.3968 * t.w)) < 1e-6
    assert abs(nps.score_x - (t.x + 0.40 * t.w)) < 1e-6  # −20 on −100…100
    assert csat.too_few and not nps.too_few and 10 < MIN_ANSWERS <= 120
    assert csat.label == "CSAT 70 %" and csat.note == "40 to 89 · n = 10 · too few answers"
    assert boxes[("step-order", Metric.NPS)].low_x is None  # no interval known
    column = next(s for s in lay.steps if s.step_id == "step-ad").column
    assert column.x <= csat.rect.x and csat.rect.right <= column.right
    assert lane.row.y <= csat.rect.y and nps.rect.bottom <= lane.content_top


def test_no_band_without_metrics_or_without_a_kpi_lane() -> None:
    doc = measured_map()
    doc = doc.model_copy(update={"lanes": [lane for lane in doc.lanes if lane.kind is not LaneKind.KPIS]})
    assert layout_map(doc).metrics == []
    plain = sample_map()
    AddLane(lane=Lane(id="lane-kpi", title="KPIs", kind=LaneKind.KPIS), after=plain.lanes[-1].id).apply(plain)
    lay = layout_map(plain)
    assert lay.metrics == [] and lay.metrics_lane_id is None


def test_incremental_relayout_keeps_the_band() -> None:
    doc = measured_map()
    engine = LayoutEngine()
    first = engine.layout(doc)
    set_fields(doc, "card", "card-1", description="A much longer text " * 20)  # the first row grows
    again = engine.update(doc, first, {"card-1"})
    full = layout_map(doc)
    assert [(b.step_id, b.metric, b.rect) for b in again.metrics] == [
        (b.step_id, b.metric, b.rect) for b in full.metrics]


def test_texts_use_a_true_minus_and_say_too_few() -> None:
    metric = StepMetric(metric=Metric.NPS, score=-65, n=8, low=-81, high=-40)
    assert score_text(metric) == "NPS −65"
    assert note_text(metric) == "−81 to −40 · n = 8 · too few answers"
    assert score_text(StepMetric(metric=Metric.CES, score=2.35, n=40)) == "CES 2.4"


def test_poster_draws_the_band() -> None:
    fonts.register_fonts()
    doc = measured_map()
    lay = layout_map(doc)
    canvas = Canvas(io.BytesIO(), pagesize=(lay.width, lay.height))
    painter = MapPainter(canvas, doc, lay, DrawOptions())
    seen = []
    painter.text.draw = lambda x, y, text, *a, **k: seen.append(text) or 0.0
    circles = []
    painter.c.circle = lambda x, y, r, **k: circles.append((round(x, 3), round(-y, 3)))
    painter.draw()
    assert {"CSAT 70 %", "NPS −20", "NPS +40", "40 to 89 · n = 10 · too few answers",
            "n = 45"} <= set(seen)
    for box in lay.metrics:  # a dot at every score
        assert (round(box.score_x, 3), round(box.track.y + box.track.h / 2, 3)) in circles
