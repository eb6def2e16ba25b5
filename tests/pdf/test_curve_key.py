"""The emotion-curve key (the web page's map) stays inside the curve band, however many
curves there are; the poster names each curve at its end, inside the map."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.layout import layout_map, style
from cjdesigner.layout.text import text_width
from cjdesigner.model import EmotionCurve
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import fonts
from cjdesigner.pdf.mapdraw import DERIVED, DrawOptions, MapPainter, curve_key


def _doc(n_curves: int, n_steps: int, label: str):
    doc = sample_map()
    keep = doc.step_ids()[:n_steps]
    stages = [s.model_copy(update={"steps": [t for t in s.steps if t.id in keep]})
              for s in doc.stages]
    curves = [
        EmotionCurve(id=f"curve-{i}", label=label.format(i=i),
                     points={step: (i % 5) - 2 for step in keep})
        for i in range(n_curves)
    ]
    return doc.model_copy(update={
        "stages": [s for s in stages if s.steps],
        "cards": [c for c in doc.cards if c.step_id in keep],
        "curves": curves,
    })


def _key_texts(doc):
    """The key the web page's map draws above the band (``curve_key``): (x, text, width)."""
    layout = layout_map(doc)
    band = layout.curves[0].band
    entries, more, derived, _ = curve_key(layout.curves, band.w - 24)
    role = style.SCALE_LABEL
    x = band.x + 12
    seen = []
    for _, label in entries:
        seen.append((x + 32, label, text_width(label, role)))
        x += 34 + text_width(label, role) + 14
    if more:
        seen.append((x, more, text_width(more, role)))
        x += text_width(more, role) + 14
    if derived:
        seen.append((x + 32, DERIVED, text_width(DERIVED, role)))
    return band, seen


def _labels(doc):
    """The poster's curve names, drawn beside each curve's last point: (x, text, width)."""
    fonts.register_fonts()
    layout = layout_map(doc)
    canvas = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
    painter = MapPainter(canvas, doc, layout, DrawOptions())
    seen = []

    def record(x, y, text, face_name, size, fill, align="left"):
        seen.append((x, -y, text, fonts.width(text, face_name, size)))
        return 0.0

    painter.text.draw = record
    painter._curve_labels([cv for cv in layout.curves if cv.points])
    return layout, seen


def test_each_curve_is_named_at_its_end_inside_the_map_and_apart():
    doc = _doc(3, 4, "Persona {i} with a long name")
    layout, seen = _labels(doc)
    assert sorted(t for *_, t, _ in seen) == [f"Persona {i} with a long name" for i in range(3)]
    for x, _, _, w in seen:
        assert layout.grid.x <= x and x + w <= layout.grid.right + 0.01
    ys = sorted(y for _, y, _, _ in seen)
    assert all(b - a >= style.CURVE_LABEL.line_height - 0.01 for a, b in zip(ys, ys[1:], strict=False))


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
