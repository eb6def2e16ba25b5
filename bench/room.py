"""Live sessions (issue 12), as ratios to the natural alternative measured in the same run.

``python -m bench.room [--cards 2000] [--seconds 8]`` (loopback only; bounded in time):

* **card from a client to the host**: a peer adds a card; time until the host's map holds
  it — against the same Yjs update carried by a bare pycrdt-websocket room to a bare
  document (no map, no binding). Target: under 200 ms.
* **join a 2,000-card map**: connect, sync, read the shared map and edit the empty local
  map into it — against loading the same map from its .cjm file. Target: under 1 s.
* **40 phones + 5 desktop peers**: 40 clients add a card every 2 s (through the server's
  ``submit_edit``, as the phone page does) while 5 peers edit; the host's time per remote
  change taken in (the part of a frame the window spends on it) — against the 16 ms budget,
  on the 200-card map and on the 2,000-card one.

Each session figure is measured twice in the same run: with remote changes built from the
items that changed (:mod:`cjdesigner.room.delta`, what the editor does) and with the whole
map read and reconciled on every change (``binding.INCREMENTAL = False``, what it did
before); the line gives both and their ratio.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

from cjdesigner.fileio import cjm
from cjdesigner.model import JourneyMap
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card
from cjdesigner.room import binding
from cjdesigner.room.client import RoomClient
from cjdesigner.room.loop import LoopThread
from cjdesigner.room.mapdoc import MapDoc
from cjdesigner.room.session import HostSession, PeerSession

from .generate import generate_map


class _Owner:
    def __init__(self, doc: JourneyMap) -> None:
        self.doc = doc
        self.heard = threading.Event()
        self.session: HostSession | PeerSession | None = None
        self.receive_times: list[float] = []

    def apply(self, edit: e.Edit) -> None:
        edit.apply(self.doc, lenient=True)

    def reset(self, doc: JourneyMap) -> None:
        self.doc = doc

    def pump(self) -> None:
        if self.heard.is_set() and self.session is not None:
            self.heard.clear()
            start = time.perf_counter()
            self.session.receive()
            self.receive_times.append(time.perf_counter() - start)


def _host(doc: JourneyMap) -> _Owner:
    owner = _Owner(doc.model_copy())  # edits replace the copy's lists, never the original's
    owner.session = HostSession(lambda: owner.doc, owner.apply, owner.reset, owner.heard.set,
                                bind="127.0.0.1")
    owner.session.start()
    return owner


def _join(url: str) -> _Owner:
    owner = _Owner(JourneyMap())
    owner.session = PeerSession(url, lambda: owner.doc, owner.apply, owner.reset, owner.heard.set)
    assert owner.session.start(timeout=30)
    return owner


def _wait(condition, owner: _Owner | None = None, timeout: float = 10.0) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if owner is not None:
            owner.pump()
        if condition():
            return time.perf_counter() - start
        time.sleep(0.0005)
    raise TimeoutError


def card_latency(doc: JourneyMap, repeat: int) -> tuple[float, float]:
    host = _host(doc)
    peer = _join(host.session.server.ws_url)  # type: ignore[union-attr]
    ours = []
    first = peer.doc.cards[0]
    for n in range(repeat):
        card = Card(id=f"card-bench-{n}", lane_id=first.lane_id, step_id=first.step_id, title="x")
        start = time.perf_counter()
        e.AddCards(cards=[card], after=[None]).apply(peer.doc)
        peer.session.local_changed()  # type: ignore[union-attr]
        _wait(lambda c=card: any(x.id == c.id for x in host.doc.cards[:3]), host)
        ours.append(time.perf_counter() - start)
    peer.session.stop()  # type: ignore[union-attr]
    host.session.stop()  # type: ignore[union-attr]
    # the bare alternative: a Yjs update through a pycrdt-websocket room to a bare document
    bare_host = _host(JourneyMap())
    loop = LoopThread("bench-bare")
    doc_a = loop.call(MapDoc)
    client = RoomClient(bare_host.session.server.ws_url, doc_a, loop)  # type: ignore[union-attr]
    client.start()
    client.synced.wait(10)
    seen = threading.Event()
    server_doc = bare_host.session.server.room_doc  # type: ignore[union-attr]
    bare_host.session.server.call(server_doc.ydoc.observe, lambda _ev: seen.set())  # type: ignore[union-attr]
    bare = []
    for n in range(repeat):
        seen.clear()
        start = time.perf_counter()
        loop.call(doc_a.set_session, f"k{n}", n)
        seen.wait(10)
        bare.append(time.perf_counter() - start)
    client.stop()
    loop.close()
    bare_host.session.stop()  # type: ignore[union-attr]
    return statistics.median(ours), statistics.median(bare)


def join_time(doc: JourneyMap, repeat: int) -> tuple[float, float]:
    host = _host(doc)
    ours = []
    for _ in range(repeat):
        start = time.perf_counter()
        peer = _join(host.session.server.ws_url)  # type: ignore[union-attr]
        ours.append(time.perf_counter() - start)
        assert len(peer.doc.cards) == len(doc.cards)
        peer.session.stop()  # type: ignore[union-attr]
    host.session.stop()  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.cjm"
        cjm.save(doc, path)
        loads = []
        for _ in range(repeat):
            start = time.perf_counter()
            cjm.load(path)
            loads.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(loads)


def crowd(doc: JourneyMap, seconds: float, phones: int = 40, peers: int = 5) -> list[float]:
    host = _host(doc)
    server = host.session.server  # type: ignore[union-attr]
    desk = [_join(server.ws_url) for _ in range(peers)]
    stop = threading.Event()
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()

    def phone(n: int) -> None:
        rng = random.Random(n)
        serial = 0
        while not stop.wait(rng.uniform(1.5, 2.5)):
            serial += 1
            card = Card(id=f"card-p{n}-{serial}", lane_id=rng.choice(lanes), step_id=rng.choice(steps),
                        title=f"phone {n}")
            server.submit_edit(e.AddCards(cards=[card], after=[None]))

    def desktop(owner: _Owner, n: int) -> None:
        rng = random.Random(100 + n)
        while not stop.wait(rng.uniform(0.5, 1.5)):
            owner.pump()
            card = rng.choice(owner.doc.cards)
            e.SetFields(target="card", ident=card.id, changes={"title": card.title[:40] + "!"}).apply(owner.doc)
            owner.session.local_changed()  # type: ignore[union-attr]

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
    threads += [threading.Thread(target=desktop, args=(o, n)) for n, o in enumerate(desk)]
    for t in threads:
        t.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        host.pump()
        time.sleep(0.016)
    stop.set()
    for t in threads:
        t.join()
    for owner in desk:
        owner.session.stop()  # type: ignore[union-attr]
    host.session.stop()  # type: ignore[union-attr]
    return host.receive_times


def _both(measure, *args):  # type: ignore[no-untyped-def]
    """``measure(*args)`` with changes taken in item by item, then whole (same run)."""
    binding.INCREMENTAL = True
    try:
        partial = measure(*args)
        binding.INCREMENTAL = False
        whole = measure(*args)
    finally:
        binding.INCREMENTAL = True
    return partial, whole


def _verdict(ok: bool) -> str:
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.room")
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    doc = generate_map(args.cards, stages=12, steps=48, lanes=10, seed=0)
    small = generate_map(200, stages=6, steps=18, lanes=8, seed=0)
    for label, sample, repeat in (("200", small, args.repeat * 4), (str(args.cards), doc, args.repeat * 2)):
        (ours, bare), (whole, _bare) = _both(card_latency, sample, repeat)
        print(f"card from a client to the host ({label} cards): {ours * 1000:.1f} ms; whole-map "
              f"{whole * 1000:.1f} ms ({whole / ours:.1f}× slower); bare Yjs room {bare * 1000:.1f} ms; "
              f"ratio {ours / bare:.1f}× (target < 200 ms: {_verdict(ours < 0.2)})")
    ours, load = join_time(doc, args.repeat)
    print(f"join a {args.cards}-card map: {ours * 1000:.0f} ms; loading its .cjm {load * 1000:.0f} ms; "
          f"ratio {ours / load:.1f}× (target < 1 s: {_verdict(ours < 1)})")
    for label, sample in (("200", small), (str(args.cards), doc)):
        partial, whole = _both(crowd, sample, args.seconds)
        if not partial or not whole:
            print(f"40 phones + 5 peers on {label} cards: n/a (no remote change taken in)")
            continue
        p95, whole95 = _p95(partial), _p95(whole)
        print(f"40 phones + 5 peers on {label} cards, {len(partial)} remote changes taken in: median "
              f"{statistics.median(partial) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms; whole-map p95 "
              f"{whole95 * 1000:.1f} ms ({whole95 / p95:.1f}× slower); ratio to the 16 ms frame "
              f"{p95 / 0.016:.2f} ({_verdict(p95 < 0.016)})")
    return 0


def _p95(times: list[float]) -> float:
    return sorted(times)[int(0.95 * (len(times) - 1))]


if __name__ == "__main__":
    raise SystemExit(main())
