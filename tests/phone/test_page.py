"""The phone page in a real browser (Playwright driving Debian's Chromium) against a
running session host, at a phone's size: the name asked once, a card into a cell and
into the inbox, votes within the budget, the timer and the stage in focus, hostile text
shown as text, nothing fetched from anywhere but the host."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.exchange.tools import program

from .conftest import HOSTILE, fs

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}
SHOTS = os.environ.get("CJDESIGNER_SHOTS")  # a folder: screenshots for looking at


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = program("chromium", "chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Phone:
    def __init__(self, browser, host):
        self.host = host
        self.context = browser.new_context(**PHONE)
        self.page = self.context.new_page()
        self.elsewhere: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        own = host.base

        def route(route) -> None:
            if route.request.url.startswith(own):
                route.continue_()
            else:  # anything for elsewhere is stopped and counted
                self.elsewhere.append(route.request.url)
                route.abort()

        self.context.route("**/*", route)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self):
        self.page.goto(f"{self.host.base}/?token={self.host.server.token}")
        return self.page

    def shot(self, name: str) -> None:
        if SHOTS:
            self.page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


@pytest.fixture
def phone(browser, host):
    phone = Phone(browser, host)
    yield phone
    assert phone.elsewhere == [] and phone.dialogs == [] and phone.errors == []
    phone.context.close()


def test_name_once_then_a_card_into_a_cell_and_one_into_the_inbox(phone, host):
    page = phone.open()
    assert "token=" not in page.url  # the address bar (and history) lose the token
    page.wait_for_selector("#name-step:not([hidden])")
    phone.shot("phone-1-name")
    page.fill("#name", "Ana <b>L</b>")
    page.click("#name-form button")
    page.wait_for_selector("#room:not([hidden])")
    assert page.text_content("#you-name") == "Ana <b>L</b>"
    assert page.text_content("#map-title") == HOSTILE  # the map's title, as text
    assert page.locator("#room img, #room script, #room b, #room i").count() == 0
    doc = host.server.current_map()
    lane, step = doc.lanes[1], doc.step_ids()[2]
    page.fill("#card-title", "Queue at the till <script>alert(3)</script>")
    page.select_option("#card-step", step)
    page.select_option("#card-lane", lane.id)
    assert page.locator("#card-lane option").nth(1).text_content() == lane.title
    page.click("#card-form button")
    page.wait_for_selector("#notice:has-text('on the map')")
    cards = host.server.current_map().cards_in(lane.id, step)
    assert cards[-1].title == "Queue at the till <script>alert(3)</script>"
    page.fill("#card-title", "Not sure where this goes")
    page.select_option("#card-step", "")
    assert page.is_disabled("#card-lane")
    page.click("#card-form button")
    page.wait_for_selector("#notice:has-text('inbox')")
    page.wait_for_selector("#waiting:not([hidden])")
    assert page.text_content("#waiting-list li") .startswith("Not sure where this goes")
    assert [n.title for n in host.state().inbox()] == ["Not sure where this goes"]
    phone.shot("phone-2-cards")
    page.reload()  # the name is remembered: not asked again
    page.wait_for_selector("#room:not([hidden])")
    assert page.is_hidden("#name-step")
    assert page.text_content("#you-name") == "Ana <b>L</b>"
    page.wait_for_selector("#waiting:not([hidden])")  # the host still knows this phone


def test_vote_within_the_budget_see_the_timer_and_the_stage_in_focus(phone, host):
    page = phone.open()
    page.fill("#name", "Ben")
    page.click("#name-form button")
    page.wait_for_selector("#room:not([hidden])")
    doc = host.server.current_map()
    focus = doc.stages[0]
    host.change(lambda s, d: fs.open_vote(
        fs.spotlight(fs.start_timer(fs.set_timer(s, 300), host.api.clock()), d, focus.id),
        host.api.clock(), budget=2, anonymous=False))
    page.wait_for_selector("#vote:not([hidden])")
    assert page.text_content("#focus-name") == focus.name  # "<i>stage</i>", as text
    assert page.input_value("#card-step") == focus.steps[0].id  # a new card goes there
    clock = page.text_content("#clock")
    assert clock in ("5:00", "4:59", "4:58")
    assert "2 of 2 votes left" in page.text_content("#vote-status")
    target = page.locator("#vote-cards li[data-card]").first
    card_id = target.get_attribute("data-card")
    target.locator("button.more").click()
    page.wait_for_selector("#vote-status:has-text('1 of 2')")
    target.locator("button.more").click()
    page.wait_for_selector("#vote-status:has-text('0 of 2')")
    assert target.locator(".mine").text_content() == "2"
    assert page.locator("#vote-cards button.more:enabled").count() == 0  # budget spent
    phone.shot("phone-3-vote")
    assert host.state().vote.ballots  # on the host, not only on the page
    target.locator("button.less").click()
    page.wait_for_selector("#vote-status:has-text('1 of 2')")
    host.change(lambda s, d: fs.reveal_vote(s))
    page.wait_for_selector("#vote-title:has-text('revealed')")
    row = page.locator(f"#vote-cards li[data-card='{card_id}']")
    assert row.locator(".total").text_content() == "1"
    assert "Ben" in row.text_content()  # a named round shows who voted
    assert page.locator("#vote-cards li[data-card]").count() == 1  # only cards with votes
    phone.shot("phone-4-revealed")
    page.wait_for_function("c => document.getElementById('clock').textContent !== c", arg=clock)


def test_private_mode_is_said_on_the_phone_and_hostile_cards_stay_text(phone, host):
    host.change(lambda s, d: fs.set_private(s, True))
    page = phone.open()
    page.fill("#name", "Cleo")
    page.click("#name-form button")
    page.wait_for_selector("#room:not([hidden])")
    assert "Private mode" in page.text_content("#mode")
    host.change(lambda s, d: fs.open_vote(s, host.api.clock()))
    page.wait_for_selector("#vote:not([hidden])")
    hostile = page.locator("#vote-cards li[data-card] .words", has_text="onerror")
    assert hostile.text_content() == HOSTILE
    assert page.locator("#vote-cards img, #vote-cards script").count() == 0
    doc = host.server.current_map()
    page.fill("#card-title", "Only I can see this")
    page.select_option("#card-step", doc.step_ids()[0])
    page.click("#card-form button")
    page.wait_for_selector("#notice:has-text('hidden until')")
    assert host.server.current_map() == doc
    assert [n.title for n in host.state().hidden()] == ["Only I can see this"]
