"""The session server: token, join code, a peer joining, an edit on a phone's behalf."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
import websockets
import websockets.sync.client as ws_client

from cjdesigner.model import edits
from cjdesigner.model.document import Card
from cjdesigner.room.client import RoomClient
from cjdesigner.room.loop import LoopThread
from cjdesigner.room.mapdoc import MapDoc
from cjdesigner.room.server import SessionServer

from .helpers import same_file, sample_map, wait_for


@pytest.fixture
def loop() -> Iterator[LoopThread]:
    thread = LoopThread("test-peer")
    yield thread
    thread.close()


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def test_server_listens_only_while_the_session_runs() -> None:
    session = SessionServer(sample_map(), host="127.0.0.1")
    assert not session.running
    session.start()
    port = session.port
    assert _get(f"http://127.0.0.1:{port}/join?code=x")[0] == 403
    session.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/join?code=x", timeout=2)


def test_addresses_carry_the_token(server: SessionServer) -> None:
    assert server.page_url == f"http://127.0.0.1:{server.port}/?token={server.token}"
    assert server.ws_url == f"ws://127.0.0.1:{server.port}/room/map?token={server.token}"
    assert len(server.token) >= 32


def test_websocket_without_the_right_token_is_refused(server: SessionServer) -> None:
    base = f"ws://127.0.0.1:{server.port}/room/map"
    for url in (base, base + "?token=wrong", base + "?token=" + server.token[:-1]):
        with pytest.raises(websockets.InvalidStatus) as refused:
            ws_client.connect(url, open_timeout=5)
        assert refused.value.response.status_code == 403


def test_other_room_names_are_refused(server: SessionServer) -> None:
    with pytest.raises(websockets.InvalidStatus):
        ws_client.connect(f"ws://127.0.0.1:{server.port}/room/other?token={server.token}", open_timeout=5)


def test_the_short_code_gives_the_token(server: SessionServer) -> None:
    status, body = _get(f"http://127.0.0.1:{server.port}/join?code={server.code.lower()}")
    assert status == 200 and json.loads(body)["token"] == server.token
    assert _get(f"http://127.0.0.1:{server.port}/join?code=AAAA-AAAA")[0] == 403


def test_a_peer_joins_and_sees_a_phone_card(server: SessionServer, loop: LoopThread) -> None:
    mapdoc = loop.call(MapDoc)
    peer = RoomClient(server.ws_url, mapdoc, loop)
    peer.start()
    assert peer.synced.wait(10)
    assert same_file(loop.call(mapdoc.project), server.current_map())
    first = server.current_map().cards[0]
    card = Card(lane_id=first.lane_id, step_id=first.step_id, title="From a phone")
    server.submit_edit(edits.AddCards(cards=[card], after=[first.id], author="phone:Ana"))
    wait_for(lambda: any(c.id == card.id for c in loop.call(mapdoc.project).cards), what="card")
    peer.set_presence({"user": {"name": "Ana", "color": "#aa3300"}, "selection": [card.id]})
    wait_for(lambda: any(s.get("user", {}).get("name") == "Ana" for s in server.presence()))
    peer.stop()


def test_an_edit_that_does_not_fit_is_refused(server: SessionServer) -> None:
    card = Card(lane_id="no-such-lane", step_id="no-such-step", title="x")
    with pytest.raises(edits.EditError):
        server.submit_edit(edits.AddCards(cards=[card], after=[None]))
    assert all(c.id != card.id for c in server.current_map().cards)


def test_a_session_hosted_again_keeps_a_token_and_code_it_could_have_made() -> None:
    from cjdesigner.room.server import CODE_KEY, token_in

    kept = SessionServer(sample_map(), host="127.0.0.1", token="k" * 32, code="abcd-efgh")
    assert (kept.token, kept.code) == ("k" * 32, "abcd-efgh")
    kept.start()
    try:
        assert kept.call(lambda: kept.room_doc.session.get(CODE_KEY)) == "abcd-efgh"
        assert token_in(kept.ws_url) == "k" * 32
    finally:
        kept.close()
    # anything else (short, odd characters, a code with O or 1) gets a fresh one
    for token, code in (("short", "AB"), ("k" * 20 + "<script>", "OOOO-1111")):
        fresh = SessionServer(sample_map(), host="127.0.0.1", token=token, code=code, phone=False)
        assert fresh.token != token and len(fresh.token) >= 32 and fresh.code != code
        fresh.close()
    assert token_in("ws://h:1/room/map") is None
    assert token_in("ws://h:1/room/map?token=%3Cx%3E" + "a" * 20) is None


def test_the_hosts_own_map_hears_a_phone_card_at_once() -> None:
    """What the server writes for a phone is a remote change to the host's window too
    (it used to share the window's own origin, so the window skipped it)."""
    from .owners import Owner

    owner = Owner(sample_map())
    session = owner.host()
    try:
        first = owner.doc.cards[0]
        card = Card(lane_id=first.lane_id, step_id=first.step_id, title="From a phone")
        session.server.submit_edit(edits.AddCards(cards=[card], after=[None], author="phone:Ana"))
        assert owner.heard.wait(5), "the host's window was not told"
        owner.pump()
        assert owner.doc.cards[0].id == card.id
        assert same_file(owner.doc, session.server.current_map())
        # the server's map follows the window's edits, item by item
        owner.edit(edits.SetFields(target="card", ident=card.id, changes={"title": "Edited"}))
        assert session.server.current_map().cards[0].title == "Edited"
    finally:
        session.stop()
