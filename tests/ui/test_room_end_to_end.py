"""End to end, as a workshop runs it: the facilitator's window hosts the session and
presents on the projector, a participant's phone (Chromium, driven by Playwright) joins
from the join link, adds a card into a cell and votes during a vote round; the window's
map shows the card, and after the facilitator reveals the round (by clicks on the
projector) the presentation shows the tally. Every wait is on a condition."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt

from cjdesigner.ui.window_room import RoomCommands
from tests.exchange.tools import program
from tests.phone.test_page import CHROMIUM_ARGS, PHONE

TITLE = "Cannot find the opening hours <b>anywhere</b>"


@pytest.fixture(autouse=True)
def loopback(monkeypatch):
    monkeypatch.setattr(RoomCommands, "bind", "127.0.0.1")
    monkeypatch.setattr(RoomCommands, "announce", False)


@pytest.fixture
def phone_page(qtbot):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=program("chromium", "chromium"),
                                             args=CHROMIUM_ARGS)
        context = browser.new_context(**PHONE)
        page = context.new_page()
        problems: list[str] = []
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("dialog", lambda d: (problems.append(d.message), d.dismiss()))
        yield page
        browser.close()
        assert problems == []


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_phone_adds_a_card_and_votes_and_the_projector_shows_the_tally(
        make_window, map_file, qtbot, phone_page):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1280, 800)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    link = window.room.start_session()
    assert link is not None
    server = link.session.server
    window.room.dialogs[tab].hide()

    # the projector: presentation mode, a named vote round of three votes, by clicks
    qtbot.keyClick(tab.canvas, Qt.Key.Key_F5)
    assert window.presenting()
    overlay = window.presenter.overlay
    click(qtbot, overlay.buttons["vote"])
    panel = overlay.vote_panel
    panel.budget.setValue(3)
    panel.anonymous.setChecked(False)
    click(qtbot, panel.start)
    assert window.room_state.state.vote is not None

    # the phone opens the join link (the QR code's text), gives a name, sees the round
    page = phone_page
    page.goto(server.page_url)
    page.wait_for_selector("#name-step:not([hidden])")
    page.fill("#name", "Ana")
    page.click("#name-form button")
    page.wait_for_selector("#vote:not([hidden])")
    assert "3 of 3 votes left" in page.text_content("#vote-status")

    # a card into a cell, from the phone
    doc = tab.controller.doc
    lane, step = doc.lanes[1], doc.step_ids()[2]
    page.fill("#card-title", TITLE)
    page.select_option("#card-step", step)
    page.select_option("#card-lane", lane.id)
    page.click("#card-form button")
    page.wait_for_selector("#notice:has-text('on the map')")

    # the window's map shows it, in that cell, on screen
    def added():
        return next((c for c in tab.controller.doc.cards if c.title == TITLE), None)

    qtbot.waitUntil(lambda: added() is not None, timeout=10_000)
    card = added()
    assert (card.lane_id, card.step_id) == (lane.id, step)
    scene = tab.canvas.canvas_scene
    qtbot.waitUntil(lambda: card.id in scene.layout.cards, timeout=10_000)
    box = scene.layout.cards[card.id].rect
    on_screen = tab.canvas.mapFromScene(QRectF(box.x, box.y, box.w, box.h)).boundingRect()
    assert tab.canvas.viewport().rect().intersects(on_screen)

    # two of the phone's votes on it
    row = page.locator(f"#vote-cards li[data-card='{card.id}']")
    row.wait_for()
    row.locator("button.more").click()
    page.wait_for_selector("#vote-status:has-text('2 of 3')")
    row.locator("button.more").click()
    page.wait_for_selector("#vote-status:has-text('1 of 3')")

    # the projector hears the ballot, closes the round and reveals it
    def cast() -> int:
        vote = window.room_state.state.vote
        return sum(b.get(card.id, 0) for b in vote.ballots.values()) if vote else 0

    qtbot.waitUntil(lambda: cast() == 2, timeout=10_000)
    assert overlay.ranking.isHidden()
    click(qtbot, panel.controls["close"])
    click(qtbot, panel.controls["reveal"])
    qtbot.waitUntil(lambda: overlay.ranking.isVisible(), timeout=5_000)
    rows = [w.text() for w in overlay.ranking.findChildren(type(overlay.badges))
            if w.objectName() == "presentRow" and w.isVisible()]
    assert rows and rows[0].split()[0] == "2" and TITLE in rows[0] and "Ana" in rows[0]
    # and the phone sees the round revealed, with the total
    page.wait_for_selector("#vote-title:has-text('revealed')")
    assert page.locator(f"#vote-cards li[data-card='{card.id}'] .total").text_content() == "2"
    window.toggle_presentation()
    window.room.close_all()
