"""The text engine: fonts by script, shaping, order, line breaks, clusters, ellipsis."""

from __future__ import annotations

import unicodedata

import pytest

from cjdesigner.text import bidi, breaking
from cjdesigner.text.fonts import chain
from cjdesigner.text.shaping import shape_line
from cjdesigner.text.wrapping import ELLIPSIS, fit_line, wrap


def _faces(text: str, style: str = "Regular") -> list[str]:
    return [run.face_key for run in shape_line(text, style).runs]


@pytest.mark.parametrize(("text", "family"), [
    ("مرحبا بكم", "NotoSansArabic"),
    ("שלום עולם", "NotoSansHebrew"),
    ("नमस्ते दुनिया", "NotoSansDevanagari"),
    ("ภาษาไทย", "NotoSansThai"),
])
def test_each_script_takes_its_bundled_face(text, family):
    assert _faces(text) == [f"{family}-Regular"]
    assert _faces(text, "Bold") == [f"{family}-Bold"]
    assert shape_line(text, "Regular").missing == ""


def test_chinese_takes_the_system_cjk_face_and_latin_stays_in_the_main_face():
    line = shape_line("Café 中文。", "Regular")
    assert [run.face_key for run in line.runs] == ["Regular", "CJK-Regular"]
    assert line.runs[1].text == "中文。"  # the full stop stays with the Chinese


def test_fallback_is_a_list_not_one_slot():
    keys = [face.key for face in chain("Regular")]
    assert keys[:1] == ["Regular"]
    for family in ("NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari", "NotoSansThai"):
        assert f"{family}-Regular" in keys
    assert "DejaVuSans" in keys and "CJK-Regular" in keys
    # one line of four scripts: every one printed, none missing
    line = shape_line("Hi مرحبا שלום नमस्ते 中文", "Regular")
    assert line.missing == ""
    assert {run.face_key for run in line.runs} >= {
        "Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular",
        "NotoSansDevanagari-Regular", "CJK-Regular"}


def test_arabic_is_joined_not_isolated_letters():
    # the same letter takes different glyphs at the start, middle and end of a word
    line = shape_line("ببب", "Regular")
    glyphs = line.runs[0].glyphs
    assert len(set(glyphs)) == 3
    isolated = shape_line("ب", "Regular").runs[0].glyphs[0]
    assert isolated not in glyphs


def test_devanagari_conjunct_and_vowel_sign_are_shaped():
    # क्ष is one conjunct glyph (no visible halant); ि is drawn before its consonant
    conjunct = shape_line("क्ष", "Regular").runs[0]
    assert len(conjunct.glyphs) == 1
    ki = shape_line("कि", "Regular").runs[0]
    ka = shape_line("क", "Regular").runs[0].glyphs[0]
    assert len(ki.glyphs) == 2 and ki.glyphs[1] == ka  # the sign's glyph comes first
    assert ki.glyph_texts[0] == "कि"  # and the pair reads as typed


def test_rtl_line_reads_right_to_left_and_keeps_mixed_order():
    text = "السعر VAT 15% فقط"
    line = shape_line(text, "Regular")
    assert line.rtl
    runs = [(run.text.strip(), run.rtl) for run in line.runs if run.text.strip()]
    # left to right on paper: the last Arabic word, then "VAT 15%", then the first word
    assert runs == [("فقط", True), ("VAT 15%", False), ("السعر", True)]
    xs = [run.x for run in line.runs]
    assert xs == sorted(xs)


def test_a_wrapped_rtl_line_that_starts_with_latin_keeps_the_paragraph_direction():
    lines = wrap("مرحبا بكم في المتجر VAT 15% على الفاتورة", "Regular", 12, 110)
    assert len(lines) > 1
    assert all(bidi.is_rtl(line) for line in lines)
    assert "".join(line.replace(bidi.RLM, "") + " " for line in lines).split() == \
        ["مرحبا", "بكم", "في", "المتجر", "VAT", "15%", "على", "الفاتورة"]


def test_widths_are_the_shaped_advances():
    for text in ("مرحبا بكم", "नमस्ते", "ภาษาไทย", "中文"):
        line = shape_line(text, "Regular")
        assert line.width == pytest.approx(sum(run.width for run in line.runs))
        for line_text in wrap(text * 6, "Regular", 12, 90):
            assert shape_line(line_text, "Regular").width * 12 / 1000 <= 90 + 1e-6


def _starts(lines: list[str]) -> list[str]:
    return [line.lstrip(bidi.RLM + bidi.LRM)[0] for line in lines if line]


@pytest.mark.parametrize("width", [40, 55, 70, 90])
def test_thai_lines_break_between_words_never_before_a_mark(width):
    text = "แต่ละร้านแสดงแพ็กเกจที่แตกต่างกันทำให้ลูกค้าสับสนมาก"
    lines = wrap(text, "Regular", 12, width)
    assert "".join(lines) == text
    assert all(unicodedata.category(ch) != "Mn" for ch in _starts(lines))
    if width >= 70:  # room for whole words: the breaks fall between dictionary words
        words = set(breaking.line_segments(text))
        assert all(line in words or any(line.startswith(w) for w in words) for line in lines)


@pytest.mark.parametrize("width", [20, 30, 45, 60])
def test_hindi_lines_never_start_with_a_virama_or_vowel_sign(width):
    text = "क्षेत्रीयकरपद्धतिमार्गदर्शिका"
    lines = wrap(text, "Regular", 12, width)
    assert "".join(lines) == text
    for ch in _starts(lines):
        assert unicodedata.category(ch) not in ("Mn", "Mc"), lines


@pytest.mark.parametrize("width", [30, 40, 50, 62])
def test_chinese_lines_never_start_with_closing_punctuation(width):
    text = "每家商店提供不同的套餐。顾客很难做出选择，价格也不清楚。"
    lines = wrap(text, "Regular", 12, width)
    assert "".join(lines) == text
    assert not any(ch in "。，、）」" for ch in _starts(lines))
    assert len(lines) > 2


def test_latin_breaks_after_hyphens_and_spaces_as_uax14_allows():
    lines = wrap("state-of-the-art checkout", "Regular", 12, 60)
    assert lines[0].endswith("-")


def test_ellipsis_never_inside_a_cluster():
    for text in ("क्षेत्रीय कर पद्धति", "ที่นี่ที่นั่นที่โน่น", "مرحبا بكم في المتجر"):
        for width in range(20, 80, 7):
            cut = fit_line(text, "Regular", 12, width)
            if cut == text:
                continue
            assert cut.endswith(ELLIPSIS)
            kept = cut[: -len(ELLIPSIS)]
            assert text.startswith(kept)
            clusters = breaking.graphemes(text)
            assert kept in {"".join(clusters[:n]).rstrip() for n in range(len(clusters) + 1)}


def test_max_lines_cuts_with_an_ellipsis_after_a_whole_cluster():
    lines = wrap("ทดสอบภาษาไทย " * 10, "Regular", 12, 60, max_lines=2)
    assert len(lines) == 2 and lines[-1].endswith(ELLIPSIS)
    assert shape_line(lines[-1], "Regular").width * 12 / 1000 <= 60
