"""Hostile clients with the token: too large, too fast, too many, malformed, replayed or
nonsensical Yjs updates. Each is refused or repaired; the session and the map stay whole."""

from __future__ import annotations

import contextlib
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
import websockets
import websockets.sync.client as ws_client
from pycrdt import Doc, Map, Text, create_sync_message, create_update_message

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e
from cjdesigner.room.client import RoomClient
from cjdesigner.room.limits import MAX_CONNECTIONS_PER_ADDRESS, MAX_MESSAGE, MAX_STRIKES
from cjdesigner.room.loop import LoopThread
from cjdesigner.room.mapdoc import MapDoc

from .helpers import sample_map, wait_for
from .owners import Owner


@pytest.fixture
def host() -> Iterator[Owner]:
    owner = Owner(sample_map())
    owner.host()
    yield owner
    owner.session.stop()  # type: ignore[union-attr]


def _url(host: Owner) -> str:
    return host.session.server.ws_url  # type: ignore[union-attr]


def _session_still_works(host: Owner) -> None:
    """A good peer joins, edits, and the host's map takes it and still loads."""
    peer = Owner(sample_map())
    peer.join(_url(host))
    try:
        peer.pump()
        card = peer.doc.cards[0]
        peer.edit(e.SetFields(target="card", ident=card.id, changes={"owner": "still works"}))

        def arrived() -> bool:
            host.pump()
            return host.doc.find_card(card.id).owner == "still works"

        wait_for(arrived, what="the good peer's edit")
        cjm.loads(cjm.dumps(host.doc))
    finally:
        peer.session.stop()  # type: ignore[union-attr]


def _closed_with(ws: ws_client.ClientConnection) -> int | None:
    with pytest.raises(websockets.ConnectionClosed) as closed:
        for _ in range(10_000):
            ws.recv(timeout=10)
    return closed.value.rcvd.code if closed.value.rcvd else None


def test_a_message_too_large_closes_that_client_only(host: Owner) -> None:
    before = cjm.dumps(host.doc)
    with ws_client.connect(_url(host), max_size=None) as ws:
        ws.send(b"\x00\x02" + b"\x01" * (MAX_MESSAGE + 10))
        assert _closed_with(ws) == 1009
    with ws_client.connect(_url(host), max_size=None) as ws:
        ws.send(b"\x00\x02" + b"\x01" * (3 * MAX_MESSAGE))
        assert _closed_with(ws) == 1009
    host.pump()
    assert cjm.dumps(host.doc) == before
    _session_still_works(host)


def test_a_flood_closes_that_client(host: Owner) -> None:
    probe = create_sync_message(Doc())
    # a slow rate for this test, so that a loaded machine still floods it
    host.session.server.limits.rates["ws-message"] = (20.0, 40.0)  # type: ignore[union-attr]
    with ws_client.connect(_url(host)) as ws:
        try:
            for _ in range(2000):
                ws.send(probe)
        except websockets.ConnectionClosed:
            pass
        assert _closed_with(ws) == 1008
    _session_still_works(host)


def test_malformed_messages_are_dropped_then_the_client_cut_off(host: Owner) -> None:
    before = cjm.dumps(host.doc)
    garbage = [b"\x00\x02\x05\xff\xff\xff\xff\xff", b"\x07junk", b"\x01\x03abc", b"\x00", b"\x00\x09\x00"]
    with ws_client.connect(_url(host)) as ws:
        for message in (garbage * MAX_STRIKES)[: MAX_STRIKES + 1]:
            ws.send(message)
        ws.send("text is not a Yjs message")
        assert _closed_with(ws) == 1008
    host.pump()
    assert cjm.dumps(host.doc) == before
    _session_still_works(host)


def test_an_awareness_state_too_large_is_dropped(host: Owner) -> None:
    loop = LoopThread("hostile")
    try:
        mapdoc = loop.call(MapDoc)
        client = RoomClient(_url(host), mapdoc, loop)
        client.start()
        assert client.synced.wait(10)
        client.set_presence({"user": {"name": "x" * 100_000}})
        client.set_presence({"user": {"name": "fits"}})
        server = host.session.server  # type: ignore[union-attr]
        wait_for(lambda: any(s.get("user", {}).get("name") == "fits" for s in server.presence()))
        assert all(len(str(s)) < 20_000 for s in server.presence())
        client.stop()
    finally:
        loop.close()


def test_nonsense_written_through_yjs_is_repaired_not_obeyed(host: Owner) -> None:
    """Valid Yjs updates that make no map: wrong types, dangling and duplicate ids, text
    past its limit, bad order keys. The host's map stays one the loader accepts."""
    loop = LoopThread("hostile")
    try:
        mapdoc = loop.call(MapDoc)
        client = RoomClient(_url(host), mapdoc, loop)
        client.start()
        assert client.synced.wait(10)
        victim = host.doc.cards[0]
        other_stage = host.doc.stages[1].id

        def vandalise() -> None:
            with mapdoc.ydoc.transaction():
                cards = mapdoc.roots["cards"]
                cards["card-evil"] = Map({"lane_id": 5, "step_id": [], "title": Text("x"), "pos": "!!"})
                cards["card-long"] = Map({
                    "lane_id": victim.lane_id, "step_id": victim.step_id,
                    "title": Text("y" * 5000), "pos": "z" * 1000, "links": '["nowhere", 3]'})
                cards[victim.id]["votes"] = -5
                cards[victim.id]["tags"] = "{not json"
                mapdoc.roots["stages"][victim.id] = Map({"name": "a stage with a card's id", "pos": "A"})
                mapdoc.roots["lanes"]["lane-junk"] = "not a map"
                mapdoc.roots["steps"]["step-orphan"] = Map({"name": "no stage", "stage": "nowhere"})
                mapdoc.meta["title"] = 12345
                mapdoc.roots["stages"][other_stage]["pos"] = None

        loop.call(vandalise)

        def repaired() -> bool:
            host.pump()
            return any(c.id == "card-long" for c in host.doc.cards)

        wait_for(repaired, what="the host reads the nonsense")
        doc = host.doc
        cjm.loads(cjm.dumps(doc))  # the loader accepts it
        assert all(c.id != "card-evil" for c in doc.cards)
        long = doc.find_card("card-long")
        assert len(long.title) == 500 and long.links == []
        assert doc.find_card(victim.id).votes == victim.votes or doc.find_card(victim.id).votes == 0
        assert all(s.id != victim.id for s in doc.stages)
        assert {s.id for s in doc.stages} == {s.id for s in sample_map().stages}
        assert host.session.binding.resets == 0  # type: ignore[union-attr]
        client.stop()
    finally:
        loop.close()
    _session_still_works(host)


def test_replayed_updates_change_nothing(host: Owner) -> None:
    peer = Owner(sample_map())
    peer.join(_url(host))
    updates: list[bytes] = []
    session = peer.session
    session.call(lambda: session.mapdoc.ydoc.observe(lambda ev: updates.append(ev.update)))  # type: ignore[union-attr]
    card = peer.doc.cards[0]
    peer.edit(e.SetFields(target="card", ident=card.id, changes={"title": "once"}))
    peer.edit(e.SetFields(target="card", ident=card.id, changes={"title": "once, twice"}))
    wait_for(lambda: (host.pump(), host.doc.find_card(card.id).title == "once, twice")[-1])
    before = cjm.dumps(host.doc)
    with ws_client.connect(_url(host)) as ws:
        for _ in range(3):
            for update in updates:
                ws.send(create_update_message(update))
        # the server answers a sync request after what came before it on this connection
        ws.send(create_sync_message(Doc()))
        while ws.recv(timeout=10)[:2] != bytes([0, 1]):
            pass
    host.pump()
    assert cjm.dumps(host.doc) == before
    peer.session.stop()  # type: ignore[union-attr]
    _session_still_works(host)


def test_too_many_connections_from_one_address_are_refused(host: Owner) -> None:
    with contextlib.ExitStack() as stack:
        for _ in range(MAX_CONNECTIONS_PER_ADDRESS):
            stack.enter_context(ws_client.connect(_url(host)))
        with pytest.raises(websockets.InvalidStatus):
            ws_client.connect(_url(host), open_timeout=5)

    def freed() -> bool:
        try:
            with ws_client.connect(_url(host), open_timeout=5):
                pass
        except websockets.InvalidStatus:
            return False
        return True

    wait_for(freed, what="connections counted down after they close")


def _http(url: str, data: bytes | None = None) -> int:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=5) as r:
            return int(r.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_http_limits(host: Owner) -> None:
    server = host.session.server  # type: ignore[union-attr]
    base = f"http://127.0.0.1:{server.port}"
    # a request body too large, even with the token
    assert _http(f"{base}/join?token={server.token}", data=b"x" * 100_000) == 413
    # guessing the code: after a few tries the address is refused
    codes = [_http(f"{base}/join?code=AAAA-AAA{n}") for n in range(12)]
    assert 429 in codes and codes[0] == 403
    assert _http(f"{base}/join?code={server.code}") == 429
    # a flood of requests (a slow rate for this test, so that a loaded machine still floods it)
    server.limits.rates["http"] = (2.0, 20.0)
    server.limits.rate_limits.buckets.clear()
    statuses = [_http(f"{base}/nothing-here?token={server.token}") for _ in range(120)]
    assert 429 in statuses


def test_the_token_is_needed_for_every_route(host: Owner) -> None:
    server = host.session.server  # type: ignore[union-attr]
    base = f"http://127.0.0.1:{server.port}"
    assert _http(f"{base}/") == 403
    assert _http(f"{base}/room/map") == 403
    assert _http(f"{base}/?token=wrong") == 403
    assert _http(f"{base}/?token={server.token}") == 200  # through the gate: the phone page
