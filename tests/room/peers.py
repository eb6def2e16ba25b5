"""Peers without a network: a map, its shared document and the updates it sends, which a
test delivers in any order, late, or twice."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from cjdesigner.fileio import cjm
from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card, Lane, Persona, Step
from cjdesigner.room.binding import MapBinding
from cjdesigner.room.mapdoc import MapDoc


class Peer:
    """One copy of the map, bound to its own Yjs document."""

    def __init__(self, doc: JourneyMap, name: str, client_id: int) -> None:
        self.name = name
        self.doc = doc
        self.mapdoc = MapDoc(client_id=client_id)
        self.outbox: list[bytes] = []
        self.mapdoc.ydoc.observe(lambda event: self.outbox.append(event.update))
        self.binding = MapBinding(self.mapdoc, lambda: self.doc, self._apply, self._reset)

    def _apply(self, edit: e.Edit) -> None:
        edit.apply(self.doc, lenient=True)

    def _reset(self, doc: JourneyMap) -> None:
        self.doc = doc

    def edit(self, edit: e.Edit) -> bool:
        """Apply a local edit (refused ones are skipped) and publish it."""
        try:
            edit.apply(self.doc)
        except e.EditError:
            return False
        self.binding.local_changed(edit)
        return True

    def receive(self, update: bytes) -> None:
        self.mapdoc.ydoc.apply_update(update)

    def text(self) -> str:
        return cjm.dumps(self.doc)


@dataclass
class Network:
    """Updates in flight: (receiver, update); delivered in random order, some twice."""

    peers: list[Peer]
    rng: random.Random
    flight: list[tuple[Peer, bytes]] = field(default_factory=list)

    def collect(self) -> None:
        for peer in self.peers:
            for update in peer.outbox:
                self.flight += [(other, update) for other in self.peers if other is not peer]
            peer.outbox.clear()

    def deliver_some(self) -> None:
        """Deliver a random part of what is in flight (the rest waits), some twice."""
        self.collect()
        self.rng.shuffle(self.flight)
        cut = self.rng.randint(0, len(self.flight))
        now, self.flight = self.flight[:cut], self.flight[cut:]
        touched = set()
        for peer, update in now:
            peer.receive(update)
            touched.add(peer.name)
            if self.rng.random() < 0.2:
                self.flight.append((peer, update))  # duplicated: arrives again later
        for peer in self.peers:
            if peer.name in touched:
                peer.binding.receive()

    def settle(self) -> None:
        """Deliver everything (random order, duplicates), until nothing is in flight; then
        the peers resync, and each reads its document whole once (as sessions do a moment after the last
        change: ``MapDoc.invalidate``)."""
        for _ in range(50):
            self.collect()
            if not self.flight:
                self.resync()
                for peer in self.peers:
                    peer.mapdoc.invalidate()
                    peer.binding.receive()
                self.collect()
                if not self.flight:
                    return
                continue
            self.rng.shuffle(self.flight)
            now, self.flight = self.flight, []
            for peer, update in now:
                peer.receive(update)
                if self.rng.random() < 0.1:
                    peer.receive(update)
            for peer in self.peers:
                peer.binding.receive()
        raise AssertionError("the peers kept sending")

    def resync(self) -> None:
        """Each peer asks for what it lacks by its state vector, as ``RoomClient`` does every
        few seconds (sync step 1 and 2 of the y-websocket protocol): pycrdt can leave an
        update pending after all it builds on has arrived (tests/room/test_resync.py)."""
        for peer in self.peers:
            for other in self.peers:
                if other is not peer:
                    peer.receive(other.mapdoc.ydoc.get_update(peer.mapdoc.ydoc.get_state()))


def start(doc: JourneyMap, count: int, rng: random.Random) -> Network:
    """A host with ``doc`` and ``count - 1`` peers that joined it."""
    host = Peer(doc, "p0", 1000 + rng.randint(0, 10**6))
    host.binding.publish_all()
    host.outbox.clear()
    peers = [host]
    for n in range(1, count):
        peer = Peer(JourneyMap(), f"p{n}", 1000 * (n + 2) * 10**6 + rng.randint(0, 10**6))
        peer.receive(host.mapdoc.ydoc.get_update())
        peer.binding.adopt()
        peer.outbox.clear()
        peers.append(peer)
    return Network(peers, rng)


def edit_at_random(network: Network, rng: random.Random, serial: int) -> int:
    """Each peer makes 0 to 3 random edits; returns the serial number of the last."""
    for peer in network.peers:
        for _ in range(rng.randint(0, 3)):
            serial += 1
            edit = random_edit(peer, rng, f"{peer.name}-{serial}")
            if edit is not None:
                peer.edit(edit)
    return serial


WORDS = ["a", "b", "ü", "日本", "😀", " ", "long words here"]


def random_edit(peer: Peer, rng: random.Random, serial: str) -> e.Edit | None:
    """A random edit of ``peer``'s map, as a person would make it (may not fit: then None)."""
    doc = peer.doc
    steps = doc.steps()
    cards = list(doc.cards)
    pick = rng.choice
    kinds = ["add_card", "add_lane", "add_step", "meta"]
    if cards:
        kinds += ["type", "type", "type", "move_card", "move_card", "remove_card", "votes", "link"]
    if len(doc.stages) > 1:
        kinds += ["move_stage", "move_stage", "stage_name"]
    if len(steps) > 1:
        kinds += ["move_step", "remove_step"]
    if len(doc.lanes) > 1:
        kinds += ["move_lane", "remove_lane"]
    if doc.curves and steps:
        kinds += ["point"]
    kinds += ["persona"] + (["remove_persona"] if doc.personas else [])
    kind = pick(kinds)
    if kind == "type":
        card = pick(cards)
        field_name = pick(["title", "description"])
        old = getattr(card, field_name)
        at = rng.randint(0, len(old))
        if old and rng.random() < 0.3:
            new = old[:at] + old[at + 1 :]
        else:
            new = old[:at] + pick(WORDS) + old[at:]
        return e.SetFields(target="card", ident=card.id, changes={field_name: new[:500]})
    if kind == "votes":
        card = pick(cards)
        return e.SetFields(target="card", ident=card.id, changes={"votes": rng.randint(0, 9)})
    if kind == "add_card":
        if not doc.lanes or not steps:
            return None
        card = Card(id=f"card-{serial}", lane_id=pick(doc.lanes).id, step_id=pick(steps).id,
                    title=pick(WORDS))
        return e.AddCards(cards=[card], after=[pick([None, *[c.id for c in cards]])])
    if kind == "remove_card":
        return e.RemoveCards(ids=[pick(cards).id])
    if kind == "move_card":
        card = pick(cards)
        lane, step = pick(doc.lanes).id, pick(steps).id
        return e.MoveCards(moves=[e.CardMove(card=card.id, lane_id=lane, step_id=step,
                                             after=pick([None, *[c.id for c in cards if c.id != card.id]]))])
    if kind == "link":
        a, b = pick(cards), pick(cards)
        if a.id == b.id or b.id in a.links:
            return None
        return e.AddLink(card=a.id, target=b.id, after=None)
    if kind == "move_stage":
        stage = pick(doc.stages)
        return e.MoveStage(stage_id=stage.id, after=pick([None, *[s.id for s in doc.stages if s.id != stage.id]]))
    if kind == "stage_name":
        stage = pick(doc.stages)
        return e.SetFields(target="stage", ident=stage.id, changes={"name": stage.name + pick(WORDS)})
    if kind == "add_step":
        if not doc.stages:
            return None
        stage = pick(doc.stages)
        return e.AddStep(stage_id=stage.id, step=Step(id=f"step-{serial}", name=pick(WORDS)),
                         after=pick([None, *[s.id for s in stage.steps]]))
    if kind == "move_step":
        step = pick(steps)
        stage = pick(doc.stages)
        return e.MoveStep(step_id=step.id, stage_id=stage.id,
                          after=pick([None, *[s.id for s in stage.steps if s.id != step.id]]))
    if kind == "remove_step":
        return e.RemoveStep(step_id=pick(steps).id)
    if kind == "add_lane":
        return e.AddLane(lane=Lane(id=f"lane-{serial}", title=pick(WORDS)),
                         after=pick([None, *[lane.id for lane in doc.lanes]]))
    if kind == "move_lane":
        lane = pick(doc.lanes)
        return e.MoveLane(lane_id=lane.id, after=pick([None, *[x.id for x in doc.lanes if x.id != lane.id]]))
    if kind == "remove_lane":
        return e.RemoveLane(lane_id=pick(doc.lanes).id)
    if kind == "point":
        curve = pick(doc.curves)
        value = pick([None, curve.scale.min, curve.scale.max, (curve.scale.min + curve.scale.max) / 2])
        return e.SetCurvePoint(curve_id=curve.id, step_id=pick(steps).id, value=value)
    if kind == "persona":
        return e.AddPersona(persona=Persona(id=f"persona-{serial}", name=pick(WORDS)),
                            after=pick([None, *[p.id for p in doc.personas]]))
    if kind == "remove_persona":
        return e.RemovePersona(persona_id=pick(doc.personas).id)
    return e.SetFields(target="meta", changes={"objective": doc.meta.objective + pick(WORDS)})
