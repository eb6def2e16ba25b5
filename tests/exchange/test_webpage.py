"""The one-file web page, driven in a real browser (Playwright with Debian's Chromium):
cards open on a click, filters dim cards, nothing leaves the page, hostile text stays text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cjdesigner.exchange.webpage import build_page, write_page
from cjdesigner.fileio import load
from cjdesigner.model import Card
from tests.edit_helpers import append_card, set_fields

from .tools import program

HOSTILE = "<img src=x onerror=alert(1)>"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = program("chromium", "chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _hostile_map():
    doc = load(Path("resources/templates/washing-machine-retailer.cjm"))
    set_fields(doc, "card", doc.cards[0].id, title=HOSTILE,
               description="</script><script>alert(2)</script> & <b>bold</b>",
               tags=["<svg onload=alert(3)>", "stores"],
               owner='"><img src=y onerror=alert(4)>', channel="email")
    first = doc.cards[0]
    set_fields(doc, "meta", title="</title><script>alert(5)</script>")
    append_card(doc, Card(id="card-img", lane_id=first.lane_id, step_id=first.step_id,
                          title="Picture from far away", image="https://example.com/a.png"))
    return doc


@pytest.fixture
def page(browser, tmp_path):
    doc = _hostile_map()
    path = tmp_path / "map.html"
    warnings = write_page(doc, path, base_dir=tmp_path)
    assert any("Picture from far away" in w for w in warnings)  # never fetched
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    page = context.new_page()
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    blocked: list[str] = []

    def refuse(route) -> None:  # anything for the network is stopped and counted
        blocked.append(route.request.url)
        route.abort()

    context.route(re.compile(r"^(https?|wss?|ftp)://"), refuse)
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector(".card")
    page.doc = doc
    page.seen = (requests, dialogs, errors)
    page.blocked = blocked
    yield page
    context.close()


def test_click_a_card_shows_all_its_fields_as_text(page) -> None:
    requests, dialogs, errors = page.seen
    card = page.doc.cards[0]
    page.click(f'.card[data-id="{card.id}"]')
    details = page.locator("#details")
    assert details.is_visible()
    assert page.locator("#details h2").inner_text() == HOSTILE
    text = details.inner_text()
    for shown in ("</script><script>alert(2)</script> & <b>bold</b>", "Email",
                  '"><img src=y onerror=alert(4)>', "<svg onload=alert(3)>", "stores"):
        assert shown in text
    assert page.locator("#details img, #details script, #details b, #details svg").count() == 0
    # the title in the map is text too, and no injected element exists anywhere
    assert page.locator("img, script[src], b").count() == 0
    assert HOSTILE in page.locator(f'.card[data-id="{card.id}"] text').first.inner_html() \
        .replace("&lt;", "<").replace("&gt;", ">")
    assert page.title() == "</title><script>alert(5)</script>"
    page.wait_for_timeout(200)
    assert dialogs == [] and errors == []
    assert requests == [page.url]  # only the page itself: nothing fetched
    assert page.blocked == []


def test_filters_dim_the_other_cards(page) -> None:
    doc = page.doc
    total = len(doc.cards)
    assert page.locator("#count").inner_text() == f"{total} cards"
    page.select_option("#f-channel", label="Email")
    expected = sum(1 for c in doc.cards if c.channel == "email")
    assert page.locator("#count").inner_text() == f"{expected} of {total} cards"
    assert page.locator(".card:not(.dim)").count() == expected
    page.select_option("#f-tag", label="stores")
    assert page.locator(".card:not(.dim)").count() == 1
    page.click("#f-clear")
    page.wait_for_timeout(50)
    assert page.locator(".card.dim").count() == 0
    owners = sorted({c.owner.strip() for c in doc.cards if c.owner.strip()}, key=str.casefold)
    assert page.locator("#f-owner option").all_inner_texts()[1:] == owners
    page.select_option("#f-evidence", label="Observed")
    observed = sum(1 for c in doc.cards if c.evidence and c.evidence.value == "observed")
    assert page.locator(".card:not(.dim)").count() == observed
    page.click("#show-list")
    assert page.locator("#list .item:visible").count() == observed


def test_zoom_and_pan_move_the_map(page) -> None:
    world = page.locator("#world")
    before = world.get_attribute("transform")
    page.click("#zoom-in")
    zoomed = world.get_attribute("transform")
    assert zoomed != before
    scale = float(re.search(r"scale\(([\d.]+)\)", zoomed).group(1))
    box = page.locator("#viewport").bounding_box()
    page.mouse.move(box["x"] + 200, box["y"] + 200)
    page.mouse.down()
    page.mouse.move(box["x"] + 60, box["y"] + 120, steps=5)
    page.mouse.up()
    panned = world.get_attribute("transform")
    assert panned != zoomed and f"scale({scale:.4f})" in panned
    assert page.locator("#details").is_hidden()  # a drag is not a click
    page.mouse.wheel(0, -400)
    assert float(re.search(r"scale\(([\d.]+)\)", world.get_attribute("transform")).group(1)) \
        > scale


def test_phone_sized_page_reads_and_prints(browser, tmp_path) -> None:
    path = tmp_path / "map.html"
    write_page(load(Path("resources/templates/service-blueprint.cjm")), path)
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    page = context.new_page()
    page.goto(path.as_uri())
    page.tap("#show-list")
    first = page.locator("#list .item").first
    assert first.bounding_box()["width"] > 300  # one column, full width
    size = float(first.evaluate("n => parseFloat(getComputedStyle(n).fontSize)"))
    assert size >= 14
    first.tap()
    sheet = page.locator("#details").bounding_box()
    assert sheet["width"] == 390 and sheet["y"] > 300  # a sheet from the bottom
    page.emulate_media(media="print")
    assert page.locator(".filters").is_hidden() and page.locator("#list").is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000
    context.close()


def test_page_is_one_file_with_a_strict_policy() -> None:
    html, _ = build_page(_hostile_map())
    assert "default-src 'none'" in html and "script-src 'sha256-" in html
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)
    assert "@font-face" in html and "data:font/ttf;base64," in html
    data = html.split('id="cjm-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert HOSTILE not in html.replace(data, "")  # escaped wherever it is markup


def test_card_pictures_from_the_map_folder_are_embedded(browser, tmp_path) -> None:
    from PIL import Image

    Image.new("RGB", (300, 200), "#3D7CC9").save(tmp_path / "shop.png")
    doc = load(Path("resources/templates/washing-machine-retailer.cjm"))
    set_fields(doc, "card", doc.cards[0].id, image="shop.png")
    set_fields(doc, "card", doc.cards[1].id, image="../outside.png")  # never read: outside the map's folder
    path = tmp_path / "map.html"
    warnings = write_page(doc, path, base_dir=tmp_path)
    assert len(warnings) == 1 and doc.cards[1].title in warnings[0]
    html = path.read_text(encoding="utf-8")
    assert html.count('href="data:image/jpeg;base64,') == 1
    context = browser.new_context()
    page = context.new_page()
    page.goto(path.as_uri())
    page.click(f'.card[data-id="{doc.cards[0].id}"]')
    image = page.locator("#details img")
    assert image.count() == 1 and image.evaluate("i => i.naturalWidth") == 300
    context.close()
