"""A client's websocket as the Yjs room sees it, after the session's checks.

Each message is checked before the room reads it: binary only, at most
:data:`~.limits.MAX_MESSAGE` bytes, within the client's rate, and well formed — a sync
message whose update pycrdt can decode, or an awareness message whose states are JSON
objects of bounded size. A malformed message is dropped and counts a strike; too many
strikes, a message too large or a flood closes this client's connection. Nothing a client
sends reaches the shared document or the other clients before these checks pass.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from anyio import Lock
from pycrdt import Awareness, Decoder, Doc, YMessageType, YSyncMessageType
from starlette.websockets import WebSocket, WebSocketDisconnect

from .limits import MAX_MESSAGE, MAX_STRIKES, Limits

#: one client's awareness state (name, colour, selection, view) at most this large
MAX_AWARENESS_STATE = 16 * 1024
#: close codes (the websocket standard's, and the application range)
CLOSE_TOO_BIG = 1009
CLOSE_POLICY = 1008


def _update_ok(update: bytes) -> bool:
    try:
        Doc().apply_update(update)
    except BaseException as exc:  # noqa: BLE001 - pycrdt may raise a Rust panic
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return False
    return True


def well_formed(message: bytes) -> bool:
    """Whether ``message`` is a y-websocket message this session accepts."""
    if len(message) < 2:
        return False
    try:
        if message[0] == YMessageType.SYNC:
            kind = message[1]
            decoder = Decoder(message[2:])
            payload = decoder.read_message()
            if payload is None:
                return False
            if kind == YSyncMessageType.SYNC_STEP1:
                return _update_ok(Doc().get_update(payload)) if payload else True
            if kind in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
                return _update_ok(payload)
            return False
        if message[0] == YMessageType.AWARENESS:
            return _awareness_ok(Decoder(message[1:]).read_message())
    except BaseException as exc:  # noqa: BLE001 - as above
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        return False
    return False


def _awareness_ok(payload: bytes | None) -> bool:
    if payload is None:
        return False
    decoder = Decoder(payload)
    count = decoder.read_var_uint()
    if count > 64:
        return False
    for _ in range(count):
        decoder.read_var_uint()
        decoder.read_var_uint()
        state = decoder.read_var_string()
        if len(state) > MAX_AWARENESS_STATE:
            return False
        value = json.loads(state)
        if value is not None and not isinstance(value, dict):
            return False
    Awareness(Doc()).apply_awareness_update(payload, "check")
    return True


class GuardedChannel:
    """A pycrdt ``Channel`` over a Starlette websocket, with the checks above."""

    def __init__(self, websocket: WebSocket, limits: Limits, path: str = "map") -> None:
        self._websocket = websocket
        self._limits = limits
        self._path = path
        self._key = f"ws-{id(self)}"
        self._send_lock = Lock()
        self.strikes = 0
        self.closed_because = ""

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> GuardedChannel:
        return self

    async def __anext__(self) -> bytes:
        return await self.recv()

    async def send(self, message: bytes) -> None:
        if self.closed_because:
            return
        try:
            async with self._send_lock:
                await self._websocket.send_bytes(message)
        except (WebSocketDisconnect, RuntimeError, OSError):
            self.closed_because = self.closed_because or "gone"
        except Exception:  # noqa: BLE001 - the transport's own errors: this client is gone
            self.closed_because = self.closed_because or "gone"

    async def _close(self, code: int, reason: str) -> None:
        self.closed_because = reason
        with contextlib.suppress(Exception):  # already closed
            await self._websocket.close(code=code, reason=reason)

    async def recv(self) -> bytes:
        while True:
            if self.closed_because:
                raise StopAsyncIteration
            try:
                message: Any = await self._websocket.receive()
            except Exception:  # noqa: BLE001 - the transport broke
                raise StopAsyncIteration from None
            if message["type"] == "websocket.disconnect":
                self.closed_because = "gone"
                raise StopAsyncIteration
            data = message.get("bytes")
            if data is None:
                size = len(message.get("text") or "")
            else:
                size = len(data)
            if size > MAX_MESSAGE:
                await self._close(CLOSE_TOO_BIG, "message too large")
                raise StopAsyncIteration
            if not self._limits.allow(self._key, "ws-message"):
                await self._close(CLOSE_POLICY, "too many messages")
                raise StopAsyncIteration
            if data is None or not well_formed(data):
                self.strikes += 1
                if self.strikes >= MAX_STRIKES:
                    await self._close(CLOSE_POLICY, "malformed messages")
                    raise StopAsyncIteration
                continue
            return bytes(data)
