"""A peer's connection to a session: any y-websocket server (a cjdesigner host, or the
Yjs project's own relay) carries the shared document both ways with pycrdt's ``Provider``.

The connection retries while the peer is away; the document stays in memory, so what the
peer edits offline is merged (by Yjs) when it is back. Presence travels as Yjs awareness
(the y-protocols format every Yjs client speaks).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import websockets
from pycrdt import (
    Awareness,
    Provider,
    YMessageType,
    create_awareness_message,
    create_sync_message,
    read_message,
)

from .loop import LoopThread
from .mapdoc import MapDoc

log = logging.getLogger(__name__)

#: seconds between tries while the server cannot be reached
RETRY = 1.0
#: seconds between asking the server for what this peer lacks, while connected. Yjs keeps
#: an update whose causes have not arrived *pending*; pycrdt (yrs 0.14) can leave such an
#: update pending after its causes arrive (tests/room/test_convergence.py has a delivery
#: order that does). Sync step 1 with the peer's state vector brings those changes again
#: and they then apply; it is the y-websocket protocol's own message, any server answers it.
RESYNC = 3.0
MAX_MESSAGE = 4 * 1024 * 1024


class _Channel:
    """A pycrdt ``Channel`` over a ``websockets`` client connection; awareness messages
    go to the awareness, the rest to the provider."""

    def __init__(self, ws: Any, awareness: Awareness, closed: asyncio.Event) -> None:
        self._ws = ws
        self._awareness = awareness
        self._closed = closed

    @property
    def path(self) -> str:
        return "map"

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        return await self.recv()

    async def send(self, message: bytes) -> None:
        try:
            await self._ws.send(message)
        except websockets.ConnectionClosed:
            self._closed.set()

    async def recv(self) -> bytes:
        while True:
            try:
                message = await self._ws.recv()
            except websockets.ConnectionClosed:
                self._closed.set()
                raise StopAsyncIteration from None
            if isinstance(message, str) or not message:
                continue
            if message[0] == YMessageType.AWARENESS:
                with contextlib.suppress(Exception):
                    self._awareness.apply_awareness_update(read_message(message[1:]), "remote")
                continue
            return bytes(message)


class RoomClient:
    """Keeps ``mapdoc`` joined to the session at ``url`` (``ws://…/room/map?token=…``)."""

    def __init__(
        self,
        url: str,
        mapdoc: MapDoc,
        loop: LoopThread,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        self.url = url
        self.mapdoc = mapdoc
        self.loop = loop
        self.on_status = on_status
        self.status = "connecting"
        self.awareness: Awareness = loop.call(Awareness, mapdoc.ydoc)
        self._ws: Any = None
        self._task: concurrent.futures.Future[None] | None = None
        self._stop = False
        self.synced = threading.Event()
        self._presence_listeners: list[Callable[[], None]] = []
        loop.call(self.awareness.observe, self._awareness_changed)

    # -- presence ---------------------------------------------------------------------
    def set_presence(self, state: dict[str, Any]) -> None:
        """This peer's awareness state (name, colour, selection, view…)."""
        self.loop.post(self.awareness.set_local_state, state)

    def presence(self) -> dict[int, dict[str, Any]]:
        """Everyone's awareness state by client id (this peer's too)."""
        return dict(self.loop.call(lambda: dict(self.awareness.states)))

    def on_presence(self, callback: Callable[[], None]) -> None:
        """``callback()`` (in the loop thread) whenever someone's presence changes."""
        self._presence_listeners.append(callback)

    def _awareness_changed(self, topic: str, changes: tuple[dict[str, Any], Any]) -> None:
        if topic == "update" and changes[1] == "local" and self._ws is not None:
            ids = [i for part in changes[0].values() for i in part]
            message = create_awareness_message(self.awareness.encode_awareness_update(ids))
            ws = self._ws
            asyncio.ensure_future(_send_quietly(ws, message))
        if topic == "change":
            for callback in self._presence_listeners:
                callback()

    # -- connection -------------------------------------------------------------------
    def start(self) -> None:
        self._task = self.loop.submit(self._run())

    def _set_status(self, status: str) -> None:
        if status != self.status:
            self.status = status
            if self.on_status is not None:
                self.on_status(status)

    async def _run(self) -> None:
        while not self._stop:
            closed = asyncio.Event()
            try:
                async with websockets.connect(
                    self.url, max_size=MAX_MESSAGE, open_timeout=5, ping_interval=10, ping_timeout=10
                ) as ws:
                    self._ws = ws
                    channel = _Channel(ws, self.awareness, closed)
                    async with Provider(self.mapdoc.ydoc, channel, log=log) as provider:
                        state = self.awareness.get_local_state()
                        if state:
                            self.awareness.set_local_state(state)
                        await provider.synced.wait() if not closed.is_set() else None
                        self.synced.set()
                        self._set_status("connected")
                        await self._resync_until(closed, channel)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - offline: try again soon
                log.debug("session connection: %s", exc)
            finally:
                self._ws = None
            if self._stop:
                break
            self._set_status("offline")
            await asyncio.sleep(RETRY)

    async def _resync_until(self, closed: asyncio.Event, channel: _Channel) -> None:
        """While connected, ask every ``RESYNC`` seconds for what the document lacks."""
        while not closed.is_set():
            try:
                await asyncio.wait_for(closed.wait(), RESYNC)
            except TimeoutError:
                await channel.send(create_sync_message(self.mapdoc.ydoc))

    def stop(self) -> None:
        """Leave the session (the document and the map stay)."""
        self._stop = True

        async def leave() -> None:
            ws = self._ws
            if ws is not None:
                with contextlib.suppress(Exception):
                    self.awareness.set_local_state(None)
                    await asyncio.sleep(0)
                    await ws.close()

        with contextlib.suppress(Exception):
            self.loop.run(leave(), timeout=5)
        if self._task is not None:
            self._task.cancel()
        self._set_status("left")


async def _send_quietly(ws: Any, message: bytes) -> None:
    with contextlib.suppress(Exception):
        await ws.send(message)
