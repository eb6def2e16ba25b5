"""A session as one side of it sees it: the map bound to the shared document, and the
connection that carries the document (a server this side runs, or a client to someone
else's). The editor wraps these in Qt; tests and the host command use them as they are.

``notify`` is how the owner of the map hears that the document changed elsewhere: it is
called in the session's loop thread and must arrange for :meth:`receive` to run in the
owner's thread (the editor posts it to the window's thread); calls are coalesced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit

from .binding import MapBinding
from .client import RoomClient
from .loop import LoopThread
from .mapdoc import MapDoc
from .server import CODE_KEY, SessionServer, token_in

Notify = Callable[[], None]


class Session:
    """What hosting and joining share: the loop, the document, the binding."""

    def __init__(
        self,
        loop: LoopThread,
        mapdoc: MapDoc,
        get_map: Callable[[], JourneyMap],
        apply: Callable[[Edit], object],
        reset: Callable[[JourneyMap], None],
        notify: Notify,
    ) -> None:
        self.loop = loop
        self.mapdoc = mapdoc
        self.binding = MapBinding(mapdoc, get_map, apply, reset, run=loop.call)
        self._notify = notify
        self._pending = threading.Event()
        self._listener: Callable[[bool], None] | None = loop.call(mapdoc.observe, self._heard)

    def _heard(self, local: bool) -> None:
        if local or self._pending.is_set():
            return
        self._pending.set()
        self._notify()

    def receive(self) -> None:
        """Bring the local map to the shared one (in the map owner's thread)."""
        self._pending.clear()
        self.binding.receive()

    def local_changed(self, edit: object = None) -> None:
        """The local map changed by its own edit (the controller's ``changed``)."""
        self.binding.local_changed(edit)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.loop.call(fn, *args)

    def detach(self) -> None:
        """Stop hearing the document (this side's map stays as it is)."""
        listener, self._listener = self._listener, None
        if listener is not None:
            self.loop.call(self.mapdoc.unobserve, listener)
            self.binding.close()


class HostSession(Session):
    """This side runs the server; the document starts as its map."""

    def __init__(
        self,
        get_map: Callable[[], JourneyMap],
        apply: Callable[[Edit], object],
        reset: Callable[[JourneyMap], None],
        notify: Notify,
        *,
        bind: str = "0.0.0.0",
        port: int = 0,
        advertised_host: str | None = None,
        from_session: Session | None = None,
        token: str | None = None,
        code: str | None = None,
    ) -> None:
        if from_session is not None:
            # a peer hosts again (the host is gone): its document carries the shared history
            loop, mapdoc = from_session.loop, from_session.mapdoc
            self.server = SessionServer(mapdoc=mapdoc, loop=loop, host=bind, port=port,
                                        advertised_host=advertised_host, token=token, code=code)
        else:
            self.server = SessionServer(host=bind, port=port, advertised_host=advertised_host,
                                        token=token, code=code)
            loop, mapdoc = self.server.loop, self.server.room_doc
        super().__init__(loop, mapdoc, get_map, apply, reset, notify)
        self._adopted_loop = from_session is not None
        if from_session is None:
            self.binding.publish_all()
        else:
            self.binding.local_changed()

    def start(self) -> None:
        self.server.start()

    def stop(self) -> None:
        self.detach()
        self.server.close()
        if self._adopted_loop:
            self.loop.close()


class PeerSession(Session):
    """This side joins someone's session (or a relay) at ``url``."""

    def __init__(
        self,
        url: str,
        get_map: Callable[[], JourneyMap],
        apply: Callable[[Edit], object],
        reset: Callable[[JourneyMap], None],
        notify: Notify,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        loop = LoopThread("cjdesigner-peer")
        mapdoc = loop.call(MapDoc)
        super().__init__(loop, mapdoc, get_map, apply, reset, notify)
        self.client = RoomClient(url, mapdoc, loop, on_status)

    def start(self, timeout: float = 10.0, seed_if_empty: bool = False) -> bool:
        """Connect; once in sync take the shared map (or, for the first peer on an empty
        relay with ``seed_if_empty``, put this map into it). False: not reached in time
        (the peer keeps trying in the background)."""
        self.client.start()
        if not self.client.synced.wait(timeout):
            return False
        if seed_if_empty and self.loop.call(_empty, self.mapdoc):
            self.binding.publish_all()
        else:
            self._pending.clear()
            self.binding.adopt()
        return True

    def rejoin(self, url: str) -> None:
        """Follow the session to another address (someone hosts again): this peer's
        document, with whatever was edited meanwhile, merges into the new host's."""
        presence = self.loop.call(self.client.awareness.get_local_state)
        self.client.stop()
        self.client = RoomClient(url, self.mapdoc, self.loop, self.client.on_status)
        if presence:
            self.client.set_presence(presence)
        self.client.start()

    def set_presence(self, state: dict[str, Any]) -> None:
        self.client.set_presence(state)

    def presence(self) -> dict[int, dict[str, Any]]:
        return self.client.presence()

    @property
    def token(self) -> str | None:
        """The session's token, as this peer's address carries it."""
        return token_in(self.client.url)

    def host_again(self, notify: Notify, **options: Any) -> HostSession:
        """The host is gone: serve this peer's document (others join it). The session
        keeps its token and join code, so the others come back with what they know."""
        options.setdefault("token", self.token)
        options.setdefault("code", self.loop.call(lambda: self.mapdoc.session.get(CODE_KEY)))
        self.client.stop()
        self.detach()
        get, apply, reset = self.binding.get_map, self.binding.apply, self.binding.reset
        return HostSession(get, apply, reset, notify, from_session=self, **options)

    def stop(self) -> None:
        self.client.stop()
        self.detach()
        self.loop.close()


def _empty(mapdoc: MapDoc) -> bool:
    return not any(len(root) for root in mapdoc.roots.values()) and not len(mapdoc.meta)
