"""Convergence: peers editing one map at once, their updates delivered in random order,
late and twice, always end with the same map, one the file loader accepts."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e

from .helpers import sample_map
from .peers import Network, edit_at_random, start


def _check_converged(network: Network) -> None:
    network.settle()
    texts = {peer.text() for peer in network.peers}
    assert len(texts) == 1, "the peers' maps differ"
    loaded = cjm.loads(texts.pop())
    assert loaded == network.peers[0].doc
    # every remote change arrived as edits (never by replacing the map)
    assert all(peer.binding.resets == 0 for peer in network.peers)
    shared = network.peers[0].mapdoc.project()
    assert cjm.dumps(shared) == network.peers[0].text()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(3, 4), st.integers(0, 2**32), st.integers(2, 6))
def test_random_edits_in_random_order_converge(peers: int, seed: int, rounds: int) -> None:
    rng = random.Random(seed)
    network = start(sample_map(), peers, rng)
    serial = 0
    for _ in range(rounds):
        serial = edit_at_random(network, rng, serial)
        network.deliver_some()
    _check_converged(network)


def test_concurrent_moves_of_the_same_stage_and_card() -> None:
    rng = random.Random(7)
    network = start(sample_map(), 4, rng)
    doc = network.peers[0].doc
    stage = doc.stages[0]
    card = doc.cards[0]
    cards_before = {c.id for c in doc.cards}
    stages_before = [s.id for s in doc.stages]
    others = [s.id for s in doc.stages[1:]]
    for n, peer in enumerate(network.peers):
        peer.edit(e.MoveStage(stage_id=stage.id, after=others[n % len(others)]))
        lane = peer.doc.lanes[n % len(peer.doc.lanes)]
        step = peer.doc.steps()[-1 - n]
        peer.edit(e.MoveCards(moves=[e.CardMove(card=card.id, lane_id=lane.id, step_id=step.id, after=None)]))
    _check_converged(network)
    result = network.peers[0].doc
    assert sorted(s.id for s in result.stages) == sorted(stages_before)
    assert [c.id for c in result.cards].count(card.id) == 1
    assert {c.id for c in result.cards} == cards_before


def test_concurrent_typing_in_one_card_merges() -> None:
    network = start(sample_map(), 3, random.Random(3))
    card = network.peers[0].doc.cards[0]
    title = card.title
    network.peers[1].edit(e.SetFields(target="card", ident=card.id, changes={"title": "Ana: " + title}))
    network.peers[2].edit(e.SetFields(target="card", ident=card.id, changes={"title": title + " (Bo)"}))
    _check_converged(network)
    assert network.peers[0].doc.find_card(card.id).title == f"Ana: {title} (Bo)"


def test_a_peer_offline_merges_its_edits_when_back() -> None:
    network = start(sample_map(), 3, random.Random(5))
    away = network.peers[2]
    network.peers.remove(away)
    first = away.doc.cards[0]
    away.edit(e.SetFields(target="card", ident=first.id, changes={"description": "written offline"}))
    network.peers[0].edit(e.RemoveCards(ids=[away.doc.cards[1].id]))
    network.settle()
    network.peers.append(away)
    # back: both sides exchange what the other misses (y-websocket's sync step)
    host = network.peers[0]
    away.receive(host.mapdoc.ydoc.get_update(away.mapdoc.ydoc.get_state()))
    host.receive(away.mapdoc.ydoc.get_update(host.mapdoc.ydoc.get_state()))
    host.binding.receive()
    away.binding.receive()
    _check_converged(network)
    assert host.doc.find_card(first.id).description == "written offline"


def test_undo_takes_back_only_ones_own_typing_in_a_shared_card() -> None:
    network = start(sample_map(), 2, random.Random(9))
    ana, bo = network.peers
    card = ana.doc.cards[0]
    title = card.title
    undo = e.SetFields(target="card", ident=card.id, changes={"title": "Ana: " + title}).apply(ana.doc)
    ana.binding.local_changed()
    bo.edit(e.SetFields(target="card", ident=card.id, changes={"title": title + " (Bo)"}))
    network.settle()
    assert ana.doc.find_card(card.id).title == f"Ana: {title} (Bo)"
    redo = undo.apply(ana.doc)  # Ana's undo (the controller applies the inverse)
    ana.binding.local_changed()
    _check_converged(network)
    assert bo.doc.find_card(card.id).title == f"{title} (Bo)"
    redo.apply(ana.doc)
    ana.binding.local_changed()
    _check_converged(network)
    assert bo.doc.find_card(card.id).title == f"Ana: {title} (Bo)"
