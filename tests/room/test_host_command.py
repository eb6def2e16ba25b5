"""``cjdesigner host``: the two addresses, saves while the map changes, Ctrl+C saves and
stops; killed with SIGKILL, the peers keep working, the file is whole, one hosts again."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from cjdesigner.fileio import cjm
from cjdesigner.model import edits as e
from cjdesigner.model.document import Card
from cjdesigner.room.hosting import SAVE_EVERY

from .helpers import TEMPLATES, same_file, wait_for
from .npm import free_port
from .owners import Owner

ROOT = Path(__file__).resolve().parents[2]


def _start_host(path: Path, port: int) -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "cjdesigner", "host", str(path), "--port", str(port),
         "--bind", "127.0.0.1", "--no-announce"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    page = process.stdout.readline().strip()
    ws = process.stdout.readline().strip()
    return process, page, ws


def _map_file(tmp_path: Path) -> Path:
    path = tmp_path / "workshop.cjm"
    shutil.copy(sorted(TEMPLATES.glob("*.cjm"))[0], path)
    return path


def _pumped(owner: Owner, condition: object) -> object:
    def check() -> bool:
        owner.pump()
        return bool(condition())  # type: ignore[operator]

    return check


def test_host_prints_both_addresses_and_saves_on_ctrl_c(tmp_path: Path) -> None:
    path = _map_file(tmp_path)
    port = free_port()
    process, page, ws = _start_host(path, port)
    peer, watcher = Owner(cjm.load(path)), Owner(cjm.load(path))
    try:
        assert page.startswith(f"http://127.0.0.1:{port}/?token=")
        token = page.split("token=")[1]
        assert ws == f"ws://127.0.0.1:{port}/room/map?token={token}"
        peer.join(ws)
        watcher.join(ws)
        card = peer.doc.cards[0]
        peer.edit(e.SetFields(target="card", ident=card.id, changes={"title": "Saved by the host"}))
        wait_for(lambda: cjm.load(path).find_card(card.id).title == "Saved by the host",
                 timeout=SAVE_EVERY + 10, what="the host saves while the session runs")
        peer.edit(e.SetFields(target="card", ident=card.id, changes={"description": "last words"}))
        # once another peer has it, the host (who relays it) has it
        wait_for(_pumped(watcher, lambda: watcher.doc.find_card(card.id).description == "last words"))
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0
        assert cjm.load(path).find_card(card.id).description == "last words"
        assert "saved" in process.stderr.read()  # type: ignore[union-attr]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for owner in (peer, watcher):
            if owner.session is not None:
                owner.session.stop()  # type: ignore[attr-defined]


def test_host_killed_peers_keep_working_and_one_hosts_again(tmp_path: Path) -> None:
    path = _map_file(tmp_path)
    process, _page, ws = _start_host(path, free_port())
    assert process.stderr is not None
    code = process.stderr.readline().split("code ")[1].split(";")[0]
    ana, bo = Owner(cjm.load(path)), Owner(cjm.load(path))
    new_host = None
    try:
        ana.join(ws)
        bo.join(ws)
        card = ana.doc.cards[0]
        ana.edit(e.SetFields(target="card", ident=card.id, changes={"title": "Before the crash"}))
        wait_for(_pumped(bo, lambda: bo.doc.find_card(card.id).title == "Before the crash"))
        wait_for(lambda: cjm.load(path).find_card(card.id).title == "Before the crash",
                 timeout=SAVE_EVERY + 10)

        process.send_signal(signal.SIGKILL)
        process.wait(10)
        # the file on disk is whole (saved atomically), and the peers keep working
        assert cjm.load(path).find_card(card.id).title == "Before the crash"
        lane, step = ana.doc.cards[0].lane_id, ana.doc.cards[0].step_id
        offline = Card(id="card-offline", lane_id=lane, step_id=step, title="Written while alone")
        bo.edit(e.AddCards(cards=[offline], after=[None]))
        ana.edit(e.SetFields(target="card", ident=card.id, changes={"description": "Ana alone"}))
        wait_for(lambda: bo.session.client.status == "offline", what="bo sees the host gone")  # type: ignore[union-attr]

        # Ana hosts again from her copy; Bo follows; both sides' offline work merges
        new_host = ana.session.host_again(ana.notify, bind="127.0.0.1")  # type: ignore[union-attr]
        ana.session = new_host
        new_host.start()
        # the session keeps its token and code: the others come back with what they know
        assert new_host.server.token == ws.split("token=")[1]
        assert new_host.server.code == code
        bo.session.rejoin(new_host.server.ws_url)  # type: ignore[union-attr]
        wait_for(_pumped(ana, lambda: any(c.id == "card-offline" for c in ana.doc.cards)))
        wait_for(_pumped(bo, lambda: bo.doc.find_card(card.id).description == "Ana alone"))
        wait_for(lambda: (ana.pump(), bo.pump(), same_file(ana.doc, bo.doc))[-1])
        # each peer can save its own copy at any time
        copy = tmp_path / "bo.cjm"
        cjm.save(bo.doc, copy)
        assert same_file(cjm.load(copy), ana.doc)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        for owner in (ana, bo):
            if owner.session is not None:
                owner.session.stop()  # type: ignore[attr-defined]
