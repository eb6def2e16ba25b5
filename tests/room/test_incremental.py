"""Remote changes taken in item by item: after every delivery, in any order, each peer's
map is the map its whole document reads as, and updates Yjs keeps pending (they arrived
before what they build on) show as soon as they are applied, without waiting for a timer."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycrdt import Doc

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card
from cjdesigner.room.mapdoc import MapDoc
from cjdesigner.room.projection import Raw, project

from .helpers import sample_map
from .peers import Network, Peer, edit_at_random, start


def whole_read(peer: Peer) -> str:
    """The peer's document read afresh, whole, as the map file's text."""
    fresh = MapDoc(Doc())
    fresh.ydoc.apply_update(peer.mapdoc.ydoc.get_update())
    raw = Raw(meta=fresh.meta.to_py() or {}, items={n: r.to_py() or {} for n, r in fresh.roots.items()})
    return cjm.dumps(project(raw))


def assert_in_step(network: Network) -> None:
    for peer in network.peers:
        assert peer.text() == whole_read(peer), f"{peer.name}'s map is not its document's"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(3, 4), st.integers(0, 2**32), st.integers(2, 6))
def test_each_delivery_leaves_every_map_equal_to_its_whole_document(peers: int, seed: int, rounds: int) -> None:
    rng = random.Random(seed)
    network = start(sample_map(), peers, rng)
    serial = 0
    for _ in range(rounds):
        serial = edit_at_random(network, rng, serial)
        network.collect()
        rng.shuffle(network.flight)
        cut = rng.randint(0, len(network.flight))
        now, network.flight = network.flight[:cut], network.flight[cut:]
        for receiver, update in now:
            receiver.receive(update)
            receiver.binding.receive()
        assert_in_step(network)
    # everything delivered (in a random order), then what y-websocket does on connecting:
    # each side sends what the other misses (pycrdt can leave an update pending for good
    # when its causes came by another path). No whole re-read forced: the same map everywhere
    for _ in range(50):
        network.collect()
        if not network.flight:
            break
        rng.shuffle(network.flight)
        now, network.flight = network.flight, []
        for receiver, update in now:
            receiver.receive(update)
            receiver.binding.receive()
        assert_in_step(network)
    for receiver in network.peers:
        for sender in network.peers:
            if sender is not receiver:
                receiver.receive(sender.mapdoc.ydoc.get_update(receiver.mapdoc.ydoc.get_state()))
                receiver.binding.receive()
    assert_in_step(network)
    assert len({peer.text() for peer in network.peers}) == 1
    assert all(peer.binding.resets == 0 for peer in network.peers)
    assert sum(peer.binding.partial for peer in network.peers) > 0


def _two_peers() -> tuple[Peer, Peer]:
    network = start(sample_map(), 2, random.Random(11))
    return network.peers[0], network.peers[1]


def test_a_card_added_and_typed_takes_no_whole_read() -> None:
    writer, reader = _two_peers()
    reader.binding.receive()
    wholes = reader.binding.whole
    first = writer.doc.cards[0]
    card = Card(id="card-new", lane_id=first.lane_id, step_id=first.step_id, title="Queue")
    writer.edit(e.AddCards(cards=[card], after=[first.id]))
    writer.edit(e.SetFields(target="card", ident="card-new", changes={"title": "Queue at the desk"}))
    writer.edit(e.MoveCards(moves=[e.CardMove(card=first.id, lane_id=first.lane_id, step_id=first.step_id,
                                              after="card-new")]))
    writer.edit(e.SetFields(target="stage", ident=writer.doc.stages[0].id, changes={"name": "Before"}))
    for update in writer.outbox:
        reader.receive(update)
        reader.binding.receive()
    assert reader.text() == writer.text()
    assert reader.binding.whole == wholes
    assert reader.binding.partial >= 4


def test_updates_that_wait_for_earlier_ones_show_when_those_arrive() -> None:
    """Delivered newest first, each update waits inside pycrdt for the ones before it; the
    last to arrive releases them all at once. Listeners hear of it, and the map shows
    every change right then (no timer, no whole re-read asked for)."""
    writer, reader = _two_peers()
    heard: list[bool] = []
    reader.mapdoc.observe(heard.append)
    first = writer.doc.cards[0]
    card = Card(id="card-late", lane_id=first.lane_id, step_id=first.step_id, title="x")
    writer.edit(e.SetFields(target="card", ident=first.id, changes={"title": first.title + " there"}))
    writer.edit(e.AddCards(cards=[card], after=[None]))
    writer.edit(e.SetFields(target="card", ident="card-late", changes={"title": "xyz"}))
    writer.edit(e.RemoveCards(ids=[writer.doc.cards[-1].id]))
    updates = list(writer.outbox)
    for update in reversed(updates):
        heard.clear()
        reader.receive(update)
        assert heard and not any(heard), "a remote change was applied without a word"
        reader.binding.receive()
        assert reader.text() == whole_read(reader)
    assert reader.text() == writer.text()
    assert reader.doc.find_card("card-late").title == "xyz"


def test_a_pending_update_released_by_another_writer() -> None:
    """Two writers; the reader gets the second writer's typing (which builds on the
    first writer's card) before that card: it shows once the card arrives."""
    network = start(sample_map(), 3, random.Random(5))
    one, two, reader = network.peers
    first = one.doc.cards[0]
    one.edit(e.AddCards(cards=[Card(id="card-one", lane_id=first.lane_id, step_id=first.step_id,
                                    title="Hello")], after=[None]))
    for update in one.outbox:
        two.receive(update)
    two.binding.receive()
    two.outbox.clear()  # (what it relays of the first writer's)
    two.edit(e.SetFields(target="card", ident="card-one", changes={"title": "Hello, world"}))
    for update in two.outbox:
        reader.receive(update)
        reader.binding.receive()
        assert reader.text() == whole_read(reader)
    assert all(c.id != "card-one" for c in reader.doc.cards)
    for update in one.outbox:
        reader.receive(update)
        reader.binding.receive()
    assert reader.doc.find_card("card-one").title == "Hello, world"
    assert reader.text() == whole_read(reader)
