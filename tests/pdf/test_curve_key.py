"""The emotion-curve key stays inside the curve band, however many curves there are."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.layout import layout_map
from cjdesigner.model import EmotionCurve
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import fonts
from cjdesigner.pdf.mapdraw import DrawOptions, MapPainter


def _doc(n_curves: int, n_steps: int, label: str):
    doc = sample_map()
    keep = doc.step_ids()[:n_steps]
    for stage in doc.stages:
        stage.steps = [s for s in stage.steps if s.id in keep]
    doc.stages = [s for s in doc.stages if s.steps]
    doc.cards = [c for c in doc.cards if c.step_id in keep]
    doc.curves = [
        EmotionCurve(id=f"curve-{i}", label=label.format(i=i),
                     points={step: (i % 5) - 2 for step in keep})
        for i in range(n_curves)
    ]
    return doc


def _key_texts(doc):
    fonts.register_fonts()
    layout = layout_map(doc)
    canvas = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
    painter = MapPainter(canvas, doc, layout, DrawOptions())
    seen = []

    def record(x, y, text, face_name, size, fill, align="left"):
        seen.append((x, text, fonts.width(text, face_name, size)))
        return 0.0

    painter.text.draw = record
    painter._curve_key()
    return layout.curves[0].band, seen


@pytest.mark.parametrize(("curves", "steps", "label"), [
    (6, 2, "Curve number {i} with a rather long descriptive label"),
    (6, 1, "Curve {i}"),
    (3, 2, "Persona {i}"),
    (1, 1, "A single curve with a label far longer than any band could ever hold " * 3),
])
def test_key_fits_the_band(curves, steps, label):
    band, seen = _key_texts(_doc(curves, steps, label))
    assert seen
    for x, text, w in seen:
        assert x >= band.x - 0.01
        assert x + w <= band.right + 0.01, (text, x + w, band.right)


def test_key_says_how_many_curves_it_leaves_out():
    band, seen = _key_texts(_doc(6, 2, "Curve number {i} with a rather long descriptive label"))
    texts = [t for _, t, _ in seen]
    shown = [t for t in texts if t.startswith("Curve number")]
    more = [t for t in texts if t.endswith(" more")]
    assert len(more) == 1
    assert int(more[0].split()[0].lstrip("+")) == 6 - len(shown)


def test_wide_map_keeps_the_whole_key():
    band, seen = _key_texts(_doc(2, 8, "Persona {i}"))
    texts = [t for _, t, _ in seen]
    assert "Persona 0" in texts and "Persona 1" in texts
    assert not any(t.endswith(" more") for t in texts)
    assert any(t.startswith("hollow") for t in texts)
