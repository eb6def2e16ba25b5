"""Sessions announced and found on the local network with zeroconf (mDNS, link-local
multicast: nothing leaves the network). The announcement names the session and where it
listens, never its token: a person joining still types the short code. It also carries
the session's public id (a hash of the token, :func:`session_id`): when someone hosts the
session again at another address, the peers that know the token find it by that id."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from zeroconf import (
    InterfaceChoice,
    IPVersion,
    ServiceBrowser,
    ServiceInfo,
    ServiceStateChange,
    Zeroconf,
)

SERVICE = "_cjdesigner._tcp.local."


def session_id(token: str) -> str:
    """A session's public id: who knows the token recognises it; it tells nothing of the token."""
    return hashlib.sha256(b"cjdesigner-session:" + token.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class FoundSession:
    """A session someone announced: its name (the map's title), address and port."""

    name: str
    title: str
    host: str
    port: int
    #: the session's public id (:func:`session_id`), empty from an older announcer
    session: str = ""

    @property
    def join_url(self) -> str:
        """The page address without a token (the code gives the token: ``/join``)."""
        return f"http://{self.host}:{self.port}/"


def _instance_name(title: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip() or "Session"
    return f"{cleaned[:40]} ({socket.gethostname()[:20]})"


class Announcer:
    """Announces one session while it runs."""

    def __init__(self, title: str, address: str, port: int, session: str = "") -> None:
        self._zeroconf = Zeroconf(interfaces=[address], ip_version=IPVersion.V4Only)
        name = _instance_name(title)
        self.info = ServiceInfo(
            SERVICE,
            f"{name}.{SERVICE}",
            addresses=[socket.inet_aton(address)],
            port=port,
            properties={"title": title[:100], "app": "cjdesigner", "session": session[:40]},
            server=f"cjdesigner-{port}.local.",
        )
        self._zeroconf.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        try:
            self._zeroconf.unregister_service(self.info)
        finally:
            self._zeroconf.close()


class Browser:
    """Keeps a list of announced sessions; ``on_change()`` runs (in zeroconf's thread)
    whenever it changes."""

    def __init__(self, on_change: Callable[[], None] | None = None, interfaces: Any = None) -> None:
        self._lock = threading.Lock()
        self._found: dict[str, FoundSession] = {}
        self._on_change = on_change
        self._zeroconf = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
        self._browser = ServiceBrowser(self._zeroconf, SERVICE, handlers=[self._changed])

    def _changed(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                self._found.pop(name, None)
        else:
            info = zeroconf.get_service_info(service_type, name, timeout=2000)
            if info is None or not info.parsed_addresses() or not info.port:
                return
            props = {
                (k.decode("utf-8", "replace") if isinstance(k, bytes) else str(k)): (
                    v.decode("utf-8", "replace") if isinstance(v, bytes) else ""
                )
                for k, v in (info.properties or {}).items()
            }
            found = FoundSession(
                name=name.removesuffix("." + SERVICE),
                title=props.get("title", "")[:100],
                host=info.parsed_addresses()[0],
                port=int(info.port),
                session=props.get("session", "")[:40],
            )
            with self._lock:
                self._found[name] = found
        if self._on_change is not None:
            self._on_change()

    def sessions(self) -> list[FoundSession]:
        with self._lock:
            return sorted(self._found.values(), key=lambda s: s.name)

    def close(self) -> None:
        self._browser.cancel()
        self._zeroconf.close()
