"""Shaped text in the SVG: drawn as the engine's glyph outlines (what the poster prints)
and written again as invisible text in typed order, so that a browser (Chromium through
Playwright) finds and selects the words that were typed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from cjdesigner.export.svgstream import ShapedText, text_layer
from cjdesigner.ui.raster import render_svg
from tests.exchange.test_webpage import CHROMIUM_ARGS
from tests.exchange.tools import program

from .maps import TEXTS, script_map


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=program("chromium", "chromium"),
                                             args=CHROMIUM_ARGS)
        yield browser.new_page(viewport={"width": 1400, "height": 900})
        browser.close()


def _norm(text: str) -> str:
    text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_layer_is_escaped_invisible_and_directed():
    layer = text_layer([ShapedText(10, 20, 14, 80, "شركة <b> & co", True),
                        ShapedText(10, 40, 14, 80, "हिन्दी", False),
                        ShapedText(0, 0, 14, 0, "ignored", False)])
    assert 'fill-opacity="0"' in layer and layer.count("<text ") == 2
    assert "&lt;b&gt; &amp; co" in layer and "<b>" not in layer
    assert 'direction="rtl"' in layer.split("\n")[1]
    assert 'direction="rtl"' not in layer.split("\n")[2]
    assert 'textLength="80"' in layer and 'x="50"' in layer  # centred on the outlines


@pytest.mark.parametrize("language", ["ar", "he", "hi", "th", "zh"])
def test_chromium_finds_the_typed_words(qtbot, page, language, tmp_path):
    path = tmp_path / f"{language}.svg"
    render_svg(script_map(language), path)
    page.goto(Path(path).as_uri())
    content = _norm(page.evaluate("document.documentElement.textContent"))
    texts = TEXTS[language]
    for title, _ in texts["cards"]:
        assert _norm(title) in content
    for name in [*texts["steps"], *texts["stages"], *texts["lanes"]]:
        assert _norm(name) in content
    # find in the page, as a reader searching the picture
    for word in (texts["cards"][2][0].split()[0], texts["lanes"][0].split()[0]):
        page.evaluate("window.getSelection().removeAllRanges()")
        assert page.evaluate("(w) => window.find(w)", word), word
        assert _norm(page.evaluate("window.getSelection().toString()")) == _norm(word)
    # the wrapped description, lines in order, a mixed line ("VAT 15%") as typed
    description = next(d for _, d in texts["cards"] if d)
    if language in ("th", "zh"):  # lines break between words without spaces
        assert _norm(description).replace(" ", "") in content.replace(" ", "")
    else:
        assert _norm(description) in content
