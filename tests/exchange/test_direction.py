"""The web page and the deck leave shaping to the browser and PowerPoint, so they say
what each text is: the page's language and direction, ``dir="auto"`` on map text and a
right-to-left direction on the map's Arabic lines (read in Chromium); the deck's
paragraphs ``rtl="1"`` and aligned right, its runs in the map's language (read from the
pptx XML)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn

from cjdesigner.exchange.deck import deck_bytes
from cjdesigner.exchange.webpage import write_page
from cjdesigner.fileio import load
from cjdesigner.layout import layout_map
from tests.edit_helpers import set_fields

from .test_webpage import CHROMIUM_ARGS
from .tools import program

TEMPLATE = Path("resources/templates/washing-machine-retailer.cjm")
ARABIC_TITLE = "الغسالة لا تعمل"
MIXED = "ضريبة VAT 15% على الفاتورة"
LATIN = "Delivery booked"


def _map(language: str):
    doc = load(TEMPLATE)
    set_fields(doc, "meta", language=language)
    set_fields(doc, "card", doc.cards[0].id, title=ARABIC_TITLE, description=MIXED)
    set_fields(doc, "card", doc.cards[1].id, title=LATIN, description="")
    return doc


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=program("chromium", "chromium"),
                                             args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _open(browser, tmp_path: Path, language: str):
    doc = _map(language)
    path = tmp_path / f"map-{language}.html"
    write_page(doc, path, base_dir=tmp_path)
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector(".card")
    return doc, page


def _direction(page, selector: str) -> str:
    return page.eval_on_selector(selector, "e => getComputedStyle(e).direction")


def test_an_arabic_maps_page_reads_right_to_left(browser, tmp_path) -> None:
    doc, page = _open(browser, tmp_path, "ar")
    assert page.eval_on_selector("html", "e => [e.lang, e.dir]") == ["ar", "rtl"]
    assert _direction(page, "body") == "rtl"
    # the mirrored page: the zoom buttons sit at the reading start, on the right
    box = page.locator(".zoom").bounding_box()
    assert box["x"] > 1280 / 2
    arabic, latin = doc.cards[0].id, doc.cards[1].id
    # the map's lines: Arabic ones right to left, Latin ones still left to right
    assert _direction(page, f'.card[data-id="{arabic}"] text') == "rtl"
    assert _direction(page, f'.card[data-id="{latin}"] text') == "ltr"
    # each line still sits inside its card, where the layout measured it
    lay = layout_map(doc)
    scale = page.evaluate("() => document.getElementById('world').getCTM().a")
    for ident in (arabic, latin):
        note = page.locator(f'.card[data-id="{ident}"] .note').bounding_box()
        line = page.locator(f'.card[data-id="{ident}"] text').first.bounding_box()
        assert note["x"] - 1 <= line["x"] and line["x"] + line["width"] <= note["x"] + \
            note["width"] + 1, ident
        assert scale > 0 and lay.cards[ident]
    # the map flows right to left (the shared layout): the lane column at the right edge,
    # the first stage beside it, each header set from its right
    boxes = page.evaluate("""(names) => {
        const box = t => { const b = [...document.querySelectorAll('#headers text')]
            .find(e => e.textContent === t).getBoundingClientRect();
            return [b.left, b.right]; };
        return names.map(box); }""", [doc.lanes[0].title, doc.stages[0].name,
                                      doc.stages[-1].name])
    lane, first, last = boxes
    assert lane[0] > first[1] > last[1]
    # the Arabic title ends at the card's right, not its left
    note = page.locator(f'.card[data-id="{arabic}"] .note').bounding_box()
    line = page.locator(f'.card[data-id="{arabic}"] text').first.bounding_box()
    assert (note["x"] + note["width"]) - (line["x"] + line["width"]) < \
        line["x"] - note["x"]
    page.context.close()


def test_a_mixed_line_keeps_its_order_in_the_browser(browser, tmp_path) -> None:
    """"ضريبة VAT 15% على الفاتورة": the first Arabic word is on the right, "VAT" reads
    left to right inside the line (a left-to-right paragraph would put the Arabic word
    first on the left)."""
    doc, page = _open(browser, tmp_path, "en")  # an Arabic card on an English map
    card = doc.cards[0].id
    page.click(f'.card[data-id="{card}"]')
    description = page.locator("#details .description")
    assert description.get_attribute("dir") == "auto"
    assert _direction(page, "#details .description") == "rtl"
    assert _direction(page, "#details h2") == "rtl"
    positions = page.evaluate(
        """([text]) => {
            const p = document.querySelector('#details .description');
            const node = p.firstChild, range = document.createRange();
            const at = i => { range.setStart(node, i); range.setEnd(node, i + 1);
                              return range.getBoundingClientRect().x; };
            return [at(0), at(text.indexOf('V')), at(text.indexOf('A')), at(text.indexOf('T'))];
        }""", [MIXED])
    first, v, a, t = positions
    assert first > v  # the line starts on the right
    assert v < a < t  # the Latin inside reads left to right
    # the card list: the Arabic card right to left, the Latin one left to right
    page.click("#show-list")
    assert _direction(page, f'.item[data-id="{card}"] strong') == "rtl"
    assert _direction(page, f'.item[data-id="{doc.cards[1].id}"] strong') == "ltr"
    for ident, side in ((card, "right"), (doc.cards[1].id, "left")):  # each aligns to its start
        item = page.locator(f'.item[data-id="{ident}"]').bounding_box()
        title = page.evaluate(
            """(id) => { const r = document.createRange();
                         r.selectNodeContents(document.querySelector(
                             `.item[data-id="${id}"] strong`));
                         const b = r.getBoundingClientRect(); return [b.x, b.width]; }""", ident)
        gap_left, gap_right = title[0] - item["x"], item["x"] + item["width"] - sum(title)
        assert (gap_left > gap_right) == (side == "right"), (ident, gap_left, gap_right)
    assert page.eval_on_selector("html", "e => [e.lang, e.dir]") == ["en", "ltr"]
    page.context.close()


def _paragraphs(data: bytes):
    """(text, pPr rtl, algn, run langs, runs' cs typefaces, runs' rtl) per paragraph."""
    prs = Presentation(io.BytesIO(data))
    for slide in prs.slides:
        for shape in slide.shapes:
            if not shape.has_text_frame:
                continue
            for para in shape.text_frame.paragraphs:
                p = para._p
                ppr = p.find(qn("a:pPr"))
                runs = [r.find(qn("a:rPr")) for r in p.findall(qn("a:r"))]
                yield (para.text, None if ppr is None else ppr.get("rtl"),
                       None if ppr is None else ppr.get("algn"),
                       {r.get("lang") for r in runs},
                       {c.get("typeface") for r in runs if (c := r.find(qn("a:cs"))) is not None},
                       {x.get("val") for r in runs if (x := r.find(qn("a:rtl"))) is not None})


def test_the_deck_marks_right_to_left_paragraphs_and_the_language() -> None:
    found = list(_paragraphs(deck_bytes(_map("ar"))))
    arabic = [p for p in found if p[0] == ARABIC_TITLE]
    assert arabic, "the Arabic card is on a stage slide"
    for _text, rtl, algn, langs, cs, run_rtl in arabic:
        assert rtl == "1" and algn == "r"
        assert langs == {"ar"} and cs == {"Arial"} and run_rtl == {"1"}
    mixed = [p for p in found if p[0] == MIXED]
    assert mixed and all(p[1] == "1" for p in mixed)
    latin = [p for p in found if p[0] == LATIN]
    assert latin
    for _text, rtl, algn, langs, cs, run_rtl in latin:
        assert rtl is None and algn != "r" and langs == {"ar"} and not cs and not run_rtl
    # every run names the map's language
    assert {lang for p in found for lang in p[3]} == {"ar"}


def test_an_english_decks_runs_are_english() -> None:
    doc = load(TEMPLATE)
    set_fields(doc, "meta", language="en-GB")
    found = list(_paragraphs(deck_bytes(doc)))
    assert {lang for p in found for lang in p[3]} == {"en-GB"}
    assert all(p[1] is None for p in found)
    assert not any(re.search("[\u0600-\u06ff]", p[0]) for p in found)
