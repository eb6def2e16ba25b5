"""The canvas draws shaped text as the engine's glyph runs: the glyphs, places and
lines the poster prints; right-to-left cards read and align right on screen too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjdesigner.layout import style
from cjdesigner.pdf import fonts as pdf_fonts
from cjdesigner.pdf.poster import PosterOptions, export_poster
from cjdesigner.text.fonts import by_key
from cjdesigner.text.shaping import shape_line
from cjdesigner.ui.canvas import fonts
from cjdesigner.ui.canvas.view import CanvasView
from cjdesigner.ui.controller import DocumentController

from .maps import script_map


@pytest.mark.parametrize("text", ["يلاحظ لافتة إعلانية", "קורא שלוש ביקורות",
                                  "क्षेत्रीय मार्गदर्शिका", "ที่นี่ที่นั่น", "比较指南。"])
def test_canvas_glyph_runs_are_the_engines(qtbot, text):
    role = style.CARD_TITLE
    line = shape_line(text, role.face_name)
    runs = fonts.glyph_runs(text, role)
    assert len(runs) == len(line.runs)
    k = role.size / 1000.0
    for qt_run, run in zip(runs, line.runs, strict=True):
        assert list(qt_run.glyphIndexes()) == list(run.glyphs)
        for point, x, y in zip(qt_run.positions(), run.xs, run.ys, strict=True):
            assert point.x() == pytest.approx(x * k) and point.y() == pytest.approx(-y * k)
        raw = qt_run.rawFont()
        face = by_key(run.face_key)
        assert raw.unitsPerEm() == pytest.approx(face.upem)
        assert raw.pixelSize() == pytest.approx(role.size)


def _canvas_lines(qtbot, language: str, monkeypatch) -> set[tuple[str, str, float]]:
    drawn: set[tuple[str, str, float]] = set()
    original = fonts.draw_text

    def spy(painter, point, text, role):
        drawn.add((text, role.face_name, role.size))
        original(painter, point, text, role)

    monkeypatch.setattr(fonts, "draw_text", spy)
    view = CanvasView(DocumentController(script_map(language)))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to(1.0)
    view.grab()
    return drawn


@pytest.mark.parametrize("language", ["ar", "he", "hi", "th", "zh"])
def test_canvas_and_poster_draw_the_same_card_lines(qtbot, language, monkeypatch, tmp_path):
    canvas = _canvas_lines(qtbot, language, monkeypatch)
    printed: set[tuple[str, str, float]] = set()
    original = pdf_fonts.TextWriter.draw

    def spy(self, x, y, text, face_name, size, fill, align="left"):
        printed.add((text, face_name, size))
        return original(self, x, y, text, face_name, size, fill, align)

    monkeypatch.setattr(pdf_fonts.TextWriter, "draw", spy)
    export_poster(script_map(language), tmp_path / "p.pdf", PosterOptions())
    cards = {(t, f, s) for t, f, s in canvas
             if s in (style.CARD_TITLE.size, style.CARD_BODY.size) and
             f in (style.CARD_TITLE.face_name, style.CARD_BODY.face_name)}
    assert cards and cards <= printed


def test_an_arabic_card_aligns_right_on_the_canvas(qtbot):
    from cjdesigner.layout import card_parts, layout_map
    from cjdesigner.ui.canvas.items.cards import paint_parts

    doc = script_map("ar")
    box = layout_map(doc).cards["card-1"]
    parts = card_parts(box, next(c for c in doc.cards if c.id == "card-1"))
    title = parts.lines[0]
    inner_right = style.CARD_PAD + 1 + box.rect.w - 2 * style.CARD_PAD - 1
    assert title.x + title.width == pytest.approx(inner_right)
    image = QImage(int(box.rect.w), int(box.rect.h), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_parts(painter, parts, "#3366cc")
    painter.end()
    top, bottom = int(title.baseline - style.CARD_TITLE.size), int(title.baseline + 3)

    def inked(x0: int, x1: int) -> bool:
        return any(QColor(image.pixel(x, y)).lightness() < 128
                   for x in range(x0, x1) for y in range(top, bottom))

    right = int(inner_right)
    assert inked(right - 12, right + 1)  # the title ends at the right edge
    assert not inked(int(style.CARD_PAD + 8), int(title.x) - 2)  # blank before it


def test_draw_text_puts_plain_latin_through_qt_text(qtbot):
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(fonts.painter_font(painter, style.CARD_TITLE))
    fonts.draw_text(painter, QPointF(2, 20), "Østerbro", style.CARD_TITLE)
    fonts.draw_text(painter, QPointF(100, 20), "مرحبا", style.CARD_TITLE)
    painter.end()
    assert not QRectF(0, 0, 1, 1).isEmpty()
    dark = [x for x in range(200) for y in range(40) if QColor(image.pixel(x, y)).lightness() < 128]
    assert min(dark) < 20 and max(dark) > 110
