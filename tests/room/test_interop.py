"""Yjs from npm: a yjs + y-websocket client joins a cjdesigner session, and cjdesigner
peers meet on the Yjs project's own y-websocket server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.room import order

from .helpers import same_file, sample_map, wait_for
from .npm import JsPeer, Relay, ensure_packages
from .owners import Owner


@pytest.fixture(scope="module", autouse=True)
def npm_packages() -> None:
    ensure_packages()


@pytest.fixture
def host() -> Iterator[Owner]:
    owner = Owner(sample_map())
    owner.host()
    yield owner
    assert owner.session is not None
    owner.session.stop()  # type: ignore[attr-defined]


def _pumped(owner: Owner, condition: object) -> object:
    def check() -> bool:
        owner.pump()
        return bool(condition())  # type: ignore[operator]

    return check


def test_a_yjs_client_from_npm_joins_a_cjdesigner_session(host: Owner) -> None:
    session = host.session
    server = session.server  # type: ignore[union-attr]
    js = JsPeer(server.address.ws_base, "map", server.token)
    try:
        js.wait_event("synced")
        data = js.command("dump")["data"]
        assert set(data["cards"]) == {c.id for c in host.doc.cards}
        first = host.doc.cards[0]
        assert data["cards"][first.id]["title"] == first.title

        # a card added by the Yjs client reaches the host's map, in the right place
        last_key = max(v["pos"] for v in data["cards"].values())
        js.command("add_card", id="card-from-npm", lane_id=first.lane_id, step_id=first.step_id,
                   title="Added from npm", pos=order.between(last_key, None))
        wait_for(_pumped(host, lambda: any(c.id == "card-from-npm" for c in host.doc.cards)))
        assert host.doc.cards[-1].title == "Added from npm"

        # typing in the Yjs client and in cjdesigner into one card merges
        js.command("type", root="cards", id=first.id, field="title", index=0, text="JS ")
        host.edit(e.SetFields(target="card", ident=first.id, changes={"title": first.title + " PY"}))
        wait_for(_pumped(host, lambda: host.doc.find_card(first.id).title == f"JS {first.title} PY"))
        wait_for(lambda: js.command("dump")["data"]["cards"][first.id]["title"] == f"JS {first.title} PY")

        # the Yjs client's presence reaches the host
        wait_for(lambda: any(s.get("user", {}).get("name") == "Yjs from npm" for s in server.presence()))
    finally:
        js.close()


def test_a_yjs_client_without_the_token_gets_nothing(host: Owner) -> None:
    server = host.session.server  # type: ignore[union-attr]
    js = JsPeer(server.address.ws_base, "map", "not-the-token")
    try:
        with pytest.raises(AssertionError):
            js.wait_event("synced", timeout=2)
        assert js.command("dump")["data"]["cards"] == {}
    finally:
        js.close()


def test_cjdesigner_peers_meet_on_the_npm_y_websocket_server() -> None:
    relay = Relay()
    first, second = Owner(sample_map()), Owner(JourneyMap())
    js = None
    try:
        url = f"{relay.url}/map?token=unused-by-this-relay"
        first.join(url, seed_if_empty=True)
        second.join(url, seed_if_empty=True)
        wait_for(_pumped(second, lambda: same_file(first.doc, second.doc)), what="second peer has the map")

        card = first.doc.cards[0]
        second.edit(e.SetFields(target="card", ident=card.id, changes={"title": "Changed by the second"}))
        wait_for(_pumped(first, lambda: first.doc.find_card(card.id).title == "Changed by the second"))
        stage = first.doc.stages[0]
        first.edit(e.MoveStage(stage_id=stage.id, after=first.doc.stages[-1].id))
        wait_for(_pumped(second, lambda: second.doc.stages[-1].id == stage.id))
        assert same_file(first.doc, second.doc)

        # and a Yjs client from npm on the same relay sees the same map
        js = JsPeer(relay.url, "map", None)
        js.wait_event("synced")
        assert js.command("dump")["data"]["cards"][card.id]["title"] == "Changed by the second"
    finally:
        if js is not None:
            js.close()
        for owner in (first, second):
            if owner.session is not None:
                owner.session.stop()  # type: ignore[attr-defined]
        relay.close()
