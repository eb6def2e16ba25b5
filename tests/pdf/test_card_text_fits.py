"""Every line the poster prints on a card fits inside the card, whatever the script.

Widths are measured with the fonts the PDF really uses (``pdf.fonts.width``: Source Sans,
DejaVu Sans, the system CJK font), not with the layout's estimate.
"""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.layout import layout_map, style
from cjdesigner.layout.text import ELLIPSIS, FontRole, wrap
from cjdesigner.model import Card
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import fonts
from cjdesigner.pdf.mapdraw import DrawOptions, MapPainter
from tests.edit_helpers import append_card

SAMPLES = {
    "latin": ("Customer compares washing machines online", "Reads reviews " * 30),
    "greek": ("Ωραία μέρα για ψώνια " * 4, "Περιγραφή πολύ μεγάλη " * 20),
    "cyrillic": ("Привет мир покупатель " * 4, "Описание очень длинное и подробное " * 20),
    "armenian": ("Բարև ձեզ հաճախորդ " * 10, "Հայերեն նկարագրություն " * 15),
    "cjk": ("顧客の旅の始まり" * 6, "中文描述很长很长" * 20),
    "cjk_short": ("中文标题", "短描述"),
    "mixed": ("Mix 中文 Ωραία Привет Բարև", "中文 Latin Ελληνικά Кириллица Հայերեն " * 8),
    "armenian_long_word": ("Բարևձեզհաճախորդ" * 6, ""),
    "cjk_owner": ("Owner", "Short"),
}


def _map():
    doc = sample_map()
    lane = doc.lanes[0].id
    steps = doc.step_ids()
    doc = doc.model_copy(update={"cards": []})
    for n, (key, (title, body)) in enumerate(SAMPLES.items()):
        owner = "客户服务部门与售后支持团队负责人" * 2 if key == "cjk_owner" else ""
        card = Card(id=key, lane_id=lane, step_id=steps[n % len(steps)], title=title,
                    description=body, channel="web", owner=owner)
        append_card(doc, card)
    return doc


def _drawn_lines(doc):
    """(card, x in the card, text, face, size) of everything printed for each card."""
    fonts.register_fonts()
    fonts.cjk_font()
    layout = layout_map(doc)
    canvas = Canvas(io.BytesIO(), pagesize=(layout.width, layout.height))
    painter = MapPainter(canvas, doc, layout, DrawOptions())
    seen: list[tuple[object, float, str, str, float]] = []
    current = {}

    def record(x, y, text, face_name, size, fill, align="left"):
        box = current["box"]
        seen.append((box, x - box.rect.x, text, face_name, size))
        return 0.0

    painter.text.draw = record
    for box in layout.cards.values():
        current["box"] = box
        painter._card(box)
    return seen


def test_every_printed_card_line_fits_its_card():
    seen = _drawn_lines(_map())
    assert {box.card_id for box, *_ in seen} == set(SAMPLES)
    inner = style.CARD_W - 2 * style.CARD_PAD
    for box, x, text, face_name, size in seen:
        w = fonts.width(text, face_name, size)
        assert w <= inner + 0.01, (box.card_id, text, w, inner)
        assert x + w <= box.rect.w - style.CARD_PAD + 1.01, (box.card_id, text, x + w)


def test_cjk_description_is_all_there_or_ends_with_an_ellipsis():
    seen = _drawn_lines(_map())
    body = "".join(t for box, _, t, *_ in seen if box.card_id == "cjk_short")
    assert "中文标题" in body and "短描述" in body
    long_lines = [t for box, _, t, *_ in seen if box.card_id == "cjk"]
    assert any(line.endswith(ELLIPSIS) for line in long_lines)


def test_wide_characters_measure_one_em_without_a_cjk_font(monkeypatch):
    from cjdesigner.layout import text
    from cjdesigner.layout.text import missing_width

    monkeypatch.setattr(text, "cjk_face", lambda: None)
    monkeypatch.setattr(text, "_MISSING", {})
    assert missing_width("中") == pytest.approx(1000.0)
    assert missing_width("\U0001F600") >= 1000.0  # not in DejaVu either: the safe default
    role = FontRole("Regular", 10.0, 13.0)
    lines = wrap("中" * 40, role, 100.0)
    assert all(len(line) <= 10 for line in lines)


def test_wrap_and_measure_words_agree_on_missing_characters():
    from cjdesigner.layout.text import is_simple, measure_words, text_width, wrap_words

    for title, _body in SAMPLES.values():
        for face in ("Regular", "Semibold"):
            role = FontRole(face, 1000.0, 1000.0)
            words = measure_words(title, face)
            if not is_simple(title, face):
                # shaped text (fallback fonts, scripts): the fast wrap leaves it to wrap()
                assert wrap_words(words, 10.0, 1e9) is None
                continue
            for paragraph in words:
                for word, _space, ww, _sw in paragraph:
                    assert ww == pytest.approx(text_width(word, role))
