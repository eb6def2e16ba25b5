"""Nothing a session does reaches outside the local network.

Every way this process could contact another machine goes through Python's socket layer
(``connect``, ``connect_ex``, ``sendto``, name lookups), so the test records each call
while a whole session runs — the server listening on every interface, the session
announced and browsed for over zeroconf, a desktop peer joining with presence and edits,
a phone opening its page and adding a card, everyone leaving — and then checks that
every address is on this machine or the local network (loopback, private ranges,
link-local, the local multicast groups mDNS uses), and that no name was looked up that
is not a literal address or ``localhost`` (a lookup would itself ask a DNS server).
The phone page's Content-Security-Policy forbids the browser the rest (tests/phone)."""

from __future__ import annotations

import ipaddress
import json
import socket
import threading
import urllib.request
from typing import Any

import pytest
from zeroconf import InterfaceChoice

from cjdesigner.model import edits as e
from cjdesigner.model.document import Card
from cjdesigner.room.discovery import Announcer, Browser
from cjdesigner.room.session import HostSession

from .helpers import sample_map, wait_for
from .owners import Owner

#: multicast groups that stay on the local link or site (mDNS is 224.0.0.251, ff02::fb)
LOCAL_MULTICAST = [ipaddress.ip_network(n) for n in ("224.0.0.0/24", "239.0.0.0/8", "ff02::/16")]


def local(host: object) -> bool:
    """True for an address on this machine or the local network."""
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    if host in ("", "localhost", "<broadcast>"):
        return True
    try:
        ip = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    if ip.is_multicast:
        return any(ip in network for network in LOCAL_MULTICAST if network.version == ip.version)
    return ip.is_loopback or ip.is_private or ip.is_link_local or ip.is_unspecified


def test_the_checker_tells_local_from_outside() -> None:
    assert all(local(h) for h in ("127.0.0.1", "::1", "192.168.1.20", "10.0.0.5", "172.16.3.4",
                                  "169.254.0.9", "fe80::1%eth0", "224.0.0.251", "ff02::fb", "0.0.0.0"))
    assert not any(local(h) for h in ("8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "example.com",
                                      "224.0.1.1", "ff0e::1", None))


@pytest.fixture
def contacts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Every address the process connects or sends to, and every name it looks up."""
    seen: list[tuple[str, Any]] = []
    lock = threading.Lock()

    def note(kind: str, address: Any) -> None:
        with lock:
            seen.append((kind, address))

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_sendto, real_getaddrinfo = socket.socket.sendto, socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            note("connect", address[0])
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            note("connect", address[0])
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: Any, *rest: Any) -> Any:
        address = rest[-1]
        if isinstance(address, tuple):
            note("send", address[0])
        return real_sendto(self, data, *rest)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        note("lookup", host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return seen


def _lookup_is_local(host: object) -> bool:
    """A name lookup that needs no DNS server: a literal address, localhost, or none."""
    return host is None or local(host)


def test_a_whole_session_contacts_only_the_local_network(contacts: list[tuple[str, Any]]) -> None:
    host = Owner(sample_map())
    session = HostSession(host.get, host.apply, host.reset, host.notify)  # every interface
    host.session = session
    session.start()
    server = session.server
    port = server.port
    announcer = Announcer(host.doc.meta.title, "127.0.0.1", port)
    browser = Browser(interfaces=InterfaceChoice.All)  # every interface, as the Join dialog browses
    peer = Owner(sample_map())
    try:
        wait_for(lambda: browser.sessions(), timeout=15, what="the announcement")
        url = f"ws://127.0.0.1:{port}/room/map?token={server.token}"
        peer.join(url)
        peer.session.set_presence({"user": {"name": "Bo", "color": "#1b998b"}, "selection": []})  # type: ignore[union-attr]
        card = peer.doc.cards[0]
        peer.edit(e.SetFields(target="card", ident=card.id, changes={"title": "Edited by Bo"}))
        wait_for(lambda: (host.pump(), host.doc.find_card(card.id).title == "Edited by Bo")[1],
                 what="the peer's edit on the host")
        # a phone: its page, its name, a card into a cell
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/?token={server.token}", timeout=5) as page:
            assert page.status == 200
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {server.token}"}
        joined = _post(f"{base}/api/join", {"name": "Ana"}, headers)
        headers["X-Participant"] = joined["secret"]
        lane, step = host.doc.lanes[0].id, host.doc.step_ids()[0]
        _post(f"{base}/api/cards", {"title": "From a phone", "lane": lane, "step": step}, headers)
        wait_for(lambda: (peer.pump(), any(c.title == "From a phone" for c in peer.doc.cards))[1],
                 what="the phone's card on the peer")
        host.edit(e.AddCards(cards=[Card(lane_id=lane, step_id=step, title="Host")], after=[None]))
    finally:
        if peer.session is not None:
            peer.session.stop()  # type: ignore[attr-defined]
        browser.close()
        announcer.close()
        session.stop()
    kinds = {kind for kind, _ in contacts}
    assert {"connect", "send"} <= kinds, f"the recording saw too little: {kinds}"
    outside = [(kind, address) for kind, address in contacts
               if not (_lookup_is_local(address) if kind == "lookup" else local(address))]
    assert not outside, f"contacted outside the local network: {outside[:10]}"


def _post(url: str, body: dict[str, Any], headers: dict[str, str]) -> Any:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())
