"""The bidirectional algorithm: python-bidi's current (unicode-bidi) levels."""

from __future__ import annotations

from cjdesigner.text import bidi
from cjdesigner.text.shaping import shape_line


def test_arabic_with_latin_and_a_percentage_keeps_the_numbers_in_a_left_to_right_run():
    text = "ضريبة VAT 15% هنا"
    levels = bidi.levels(text)
    assert len(levels) == len(text)
    assert levels[:6] == [1] * 6  # the Arabic word and the space after it
    assert levels[text.index("VAT"):text.index("%") + 1] == [2] * len("VAT 15%")
    assert levels[-3:] == [1, 1, 1]


def test_hebrew_paragraph_and_latin_paragraph_levels():
    assert bidi.base_level("שלום world") == 1
    assert bidi.base_level("world שלום") == 0
    assert bidi.base_level("123 שלום") == 1  # numbers are weak: the Hebrew decides
    assert bidi.levels("abc") == [0, 0, 0]
    assert bidi.levels("world שלום") == [0] * 6 + [1] * 4


def test_isolates_are_resolved():
    # a right-to-left isolate inside a left-to-right line: its Latin word nests at level 2
    text = "x \u2067שלום abc\u2069 y"
    levels = bidi.levels(text)
    assert levels[text.index("ש")] == 1
    assert levels[text.index("a")] == 2
    assert levels[text.index("y")] == 0
    # and the paragraph direction skips isolated text
    assert bidi.base_level("\u2067שלום\u2069 abc") == 0


def test_trailing_spaces_take_the_paragraph_level_and_characters_outside_the_bmp_count_once():
    text = "שלום abc   "
    assert bidi.levels(text)[-3:] == [1, 1, 1]
    emoji = "שלום 😀 abc"
    assert len(bidi.levels(emoji)) == len(emoji)


def test_shaped_mixed_line_prints_the_runs_in_visual_order():
    line = shape_line("ضريبة VAT 15% هنا", "Regular")
    texts = [run.text for run in line.runs]
    # right to left: the last Arabic word is printed leftmost, the first rightmost
    assert texts[0].strip() == "هنا" and texts[-1].strip() == "ضريبة"
    assert "VAT 15%" in "".join(texts[1:-1])
