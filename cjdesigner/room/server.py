"""The session server: one map, one port, only while a session runs.

A Starlette application served by uvicorn in the session's loop thread
(:class:`~.loop.LoopThread`):

* ``/room/map`` — the y-websocket endpoint (pycrdt-websocket's ``YRoom`` over the shared
  document), for cjdesigner peers and any Yjs client (``new WebsocketProvider("ws://…/room",
  "map", doc, {params: {token}})``);
* ``/join?code=…`` — the short code a person types, exchanged for the token (rate-limited);
* routes that facilitation mounts with :meth:`SessionServer.add_route` (the phone page).

Every request and connection must carry the session's token (``?token=``, the ``cj_token``
cookie the server sets after a good ``?token=``, or ``Authorization: Bearer``), except
``/join``. Each client has limits on message size, rate and connection count
(:mod:`.limits`, :mod:`.guard`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlsplit

import uvicorn
from pycrdt.websocket import YRoom
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.websockets import WebSocket

from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit
from cjdesigner.phone.api import PhoneApi, mount_phone

from .addresses import lan_address
from .binding import MapBinding
from .guard import GuardedChannel
from .limits import MAX_BODY, Limits
from .loop import LoopThread
from .mapdoc import SERVER_ORIGIN, MapDoc

log = logging.getLogger(__name__)

ROOM = "map"
ROOM_PATH = "/room"
COOKIE = "cj_token"
#: the code's alphabet: no 0/O, 1/I/L, so it reads and types without doubt
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
Endpoint = Callable[[Request], Awaitable[Response]]
Installer = Callable[["SessionServer"], None]

#: called with every session server before it starts, wherever it is started (the editor's
#: Share › Start session, ``cjdesigner host``): facilitation mounts its routes here
INSTALLERS: list[Installer] = []


def new_code() -> str:
    """A short join code such as ``K7QX-M2PA`` (31⁸ ≈ 8·10¹¹ codes; tries are limited)."""
    chars = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
    return f"{chars[:4]}-{chars[4:]}"


def normal_code(text: str) -> str:
    return "".join(c for c in text.upper() if c.isalnum())


#: the key of the join code in the document's ``session`` area: a peer that hosts again
#: (the host is gone) keeps the session's code, so people type the code they know
CODE_KEY = "code"


def usable_token(token: object) -> bool:
    """A token a session may keep (one it made: URL-safe, 16 to 128 characters)."""
    return (isinstance(token, str) and 16 <= len(token) <= 128
            and all(c.isalnum() or c in "-_" for c in token))


def usable_code(code: object) -> bool:
    return isinstance(code, str) and len(normal_code(code)) == 8 and all(
        c in CODE_ALPHABET for c in normal_code(code))


def token_in(url: str) -> str | None:
    """The ``token`` query parameter of a session address, if it has one."""
    values = parse_qs(urlsplit(url).query).get("token") or []
    return values[0] if values and usable_token(values[0]) else None


@dataclass(frozen=True)
class Address:
    """Where a session can be reached."""

    host: str
    port: int
    token: str

    @property
    def page_url(self) -> str:
        return f"http://{_netloc(self.host, self.port)}/?token={self.token}"

    @property
    def ws_url(self) -> str:
        return f"ws://{_netloc(self.host, self.port)}{ROOM_PATH}/{ROOM}?token={self.token}"

    @property
    def ws_base(self) -> str:
        """y-websocket's ``serverUrl`` (the room name ``map`` and the token go apart)."""
        return f"ws://{_netloc(self.host, self.port)}{ROOM_PATH}"


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class TokenGate:
    """ASGI middleware: the token on everything but public paths; HTTP rate and body limits."""

    def __init__(self, app: Any, server: SessionServer) -> None:
        self.app = app
        self.server = server

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("?", 0))[0]
        limits = self.server.limits
        if kind == "http" and not limits.allow(client, "http"):
            await PlainTextResponse("too many requests", status_code=429)(scope, receive, send)
            return
        query = parse_qs((scope.get("query_string") or b"").decode("latin-1"))
        from_query = (query.get("token") or [""])[0]
        public = scope["path"] in self.server.public_paths
        if not public and not self._allowed(scope, from_query):
            if kind == "websocket":
                await send({"type": "websocket.close", "code": 4401, "reason": "token"})
            else:
                await PlainTextResponse("forbidden", status_code=403)(scope, receive, send)
            return
        if kind == "http":
            length = dict(scope.get("headers") or []).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
                await PlainTextResponse("too large", status_code=413)(scope, receive, send)
                return
            receive = _bounded(receive)
            if from_query and secrets.compare_digest(from_query, self.server.token):
                send = _with_cookie(send, self.server.token)
        await self.app(scope, receive, send)

    def _allowed(self, scope: dict[str, Any], from_query: str) -> bool:
        token = self.server.token
        if from_query:
            return secrets.compare_digest(from_query, token)
        headers = dict(scope.get("headers") or [])
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.startswith("Bearer "):
            return secrets.compare_digest(auth[7:].strip(), token)
        cookie = headers.get(b"cookie", b"").decode("latin-1")
        if cookie:
            jar: SimpleCookie = SimpleCookie()
            with contextlib.suppress(Exception):
                jar.load(cookie)
            morsel = jar.get(COOKIE)
            if morsel is not None:
                return secrets.compare_digest(morsel.value, token)
        return False


class BodyTooLarge(Exception):
    pass


def _bounded(receive: Any) -> Any:
    seen = 0

    async def bounded() -> Any:
        nonlocal seen
        message = await receive()
        if message.get("type") == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY:
                raise BodyTooLarge
        return message

    return bounded


def _with_cookie(send: Any, token: str) -> Any:
    async def sending(message: dict[str, Any]) -> None:
        if message.get("type") == "http.response.start":
            value = f"{COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict"
            headers = [*message.get("headers", []), (b"set-cookie", value.encode("latin-1"))]
            message = {**message, "headers": headers}
        await send(message)

    return sending


class SessionServer:
    """A running session's server; see the module docstring and
    ``/work/notes/room-interface.md`` for what facilitation builds on."""

    def __init__(
        self,
        doc: JourneyMap | None = None,
        *,
        mapdoc: MapDoc | None = None,
        loop: LoopThread | None = None,
        host: str = "0.0.0.0",
        port: int = 0,
        advertised_host: str | None = None,
        rates: dict[str, tuple[float, float]] | None = None,
        phone: bool = True,
        token: str | None = None,
        code: str | None = None,
    ) -> None:
        if mapdoc is not None and loop is None:
            raise ValueError("a MapDoc lives in a loop: pass the loop it lives in")
        self._own_loop = loop is None
        self.loop = loop if loop is not None else LoopThread("cjdesigner-session")
        self.bind_host = host
        self.port = port
        self.advertised_host = advertised_host
        #: a session hosted again keeps its token and code (see :data:`CODE_KEY`)
        self.token = token if token is not None and usable_token(token) else secrets.token_urlsafe(24)
        self.code = code if code is not None and usable_code(code) else new_code()
        self.limits = Limits(rates)
        self.public_paths = {"/join"}
        self._routes: list[BaseRoute] = []
        self._server: uvicorn.Server | None = None
        self._serving: asyncio.Task[None] | None = None
        self._room_task: asyncio.Task[None] | None = None
        self._room: YRoom | None = None
        self._socket: socket.socket | None = None
        if mapdoc is None:
            mapdoc = self.loop.call(MapDoc)
            if doc is not None:
                self.loop.call(mapdoc.seed, doc)
        self.room_doc: MapDoc = mapdoc
        #: called (in the loop thread) with each edit a phone submits, before it is written
        self.edit_listeners: list[Callable[[Edit], None]] = []
        # the map as the room has it, kept up to date from the document's changes (loop
        # thread only): what phones read and edit
        self._room_map = JourneyMap()
        self._room_binding: MapBinding | None = None
        #: the participants' page and its endpoints (``cjdesigner.phone``), at ``page_url``
        self.phone: PhoneApi | None = mount_phone(self) if phone else None

    # -- facilitation's hooks ---------------------------------------------------------
    def add_route(
        self, path: str, endpoint: Endpoint, methods: list[str] | None = None, *, public: bool = False
    ) -> None:
        """Mount an HTTP endpoint (before :meth:`start`)."""
        if self._server is not None:
            raise RuntimeError("add routes before the session starts")
        self._routes.append(Route(path, endpoint, methods=methods or ["GET"]))
        if public:
            self.public_paths.add(path)

    def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        """``fn(*args)`` in the session's loop thread (where the Yjs document lives)."""
        return self.loop.call(fn, *args)

    def current_map(self) -> JourneyMap:
        """The map as the room has it now (a copy: later changes do not reach it)."""
        return self.loop.call(lambda: self._up_to_date().model_copy())

    def _up_to_date(self) -> JourneyMap:
        """The room's map with every change of the document taken in (loop thread)."""
        if self._room_binding is None:
            self._room_binding = MapBinding(
                self.room_doc, lambda: self._room_map, self._apply_to_room, self._reset_room,
                origin=SERVER_ORIGIN,
            )
            self._room_binding.adopt()
        else:
            self._room_binding.receive()
        return self._room_map

    def _apply_to_room(self, edit: Edit) -> None:
        edit.apply(self._room_map, lenient=True)

    def _reset_room(self, doc: JourneyMap) -> None:
        self._room_map = doc

    def submit_edit(self, edit: Edit) -> Edit:
        """Apply ``edit`` to the map as the room has it now and write the change into the
        shared document (every peer, the host's window too, receives it as a remote
        change). Raises ``EditError`` if it does not fit."""
        return self.loop.call(self._submit, edit)

    def _submit(self, edit: Edit) -> Edit:
        current = self._up_to_date()
        inverse = edit.apply(current, lenient=False)
        for listener in self.edit_listeners:
            listener(edit)
        assert self._room_binding is not None
        self._room_binding.local_changed()
        return inverse

    def presence(self) -> list[dict[str, Any]]:
        def states() -> list[dict[str, Any]]:
            if self._room is None:
                return []
            return [s for s in self._room.awareness.states.values() if isinstance(s, dict) and s]

        return list(self.loop.call(states))

    @property
    def room(self) -> YRoom | None:
        return self._room

    # -- addresses --------------------------------------------------------------------
    @property
    def address(self) -> Address:
        host = self.advertised_host or (
            self.bind_host if self.bind_host not in ("0.0.0.0", "::", "") else lan_address()
        )
        return Address(host, self.port, self.token)

    @property
    def page_url(self) -> str:
        return self.address.page_url

    @property
    def ws_url(self) -> str:
        return self.address.ws_url

    @property
    def running(self) -> bool:
        return self._server is not None

    # -- running ----------------------------------------------------------------------
    def app(self) -> Any:
        routes: list[BaseRoute] = [
            WebSocketRoute(f"{ROOM_PATH}/{{name}}", self._websocket),
            Route("/join", self._join),
            *self._routes,
        ]
        app = Starlette(routes=routes)
        return TokenGate(app, self)

    def start(self) -> None:
        """Listen (returns once listening; :attr:`port` is then the real port)."""
        if self._server is not None:
            return
        for install in INSTALLERS:
            install(self)
        family = socket.AF_INET6 if ":" in self.bind_host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.bind_host, self.port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._socket = sock
        self.port = sock.getsockname()[1]
        self.loop.call(self.room_doc.set_session, CODE_KEY, self.code)
        self.loop.run(self._start(sock))

    async def _start(self, sock: socket.socket) -> None:
        room = YRoom(ydoc=self.room_doc.ydoc, exception_handler=_log_and_go_on, log=log)
        room.on_message_error = _skip_bad_message
        self._room = room
        started = asyncio.Event()

        async def run_room() -> None:
            async with room:
                started.set()
                await asyncio.Event().wait()

        self._room_task = asyncio.create_task(run_room())
        await started.wait()
        config = uvicorn.Config(
            self.app(),
            log_level="warning",
            ws="websockets-sansio",
            ws_max_size=2 * 1024 * 1024,
            ws_ping_interval=20,
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._serving = asyncio.create_task(server.serve(sockets=[sock]))
        for _ in range(200):
            if server.started or self._serving.done():
                break
            await asyncio.sleep(0.01)
        if self._serving.done():
            self._server = None
            self._serving.result()

    def stop(self) -> None:
        """Stop listening and close every connection; the document stays (a peer may host
        again from it)."""
        if self._server is None:
            return
        self.loop.run(self._stop())
        self._server = None
        if self._own_loop:
            pass

    async def _stop(self) -> None:
        server = self._server
        if server is not None:
            server.should_exit = True
            server.force_exit = True
        if self._serving is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(self._serving, 5)
        if self._room_task is not None:
            self._room_task.cancel()
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._room_task
        if self._socket is not None:
            self._socket.close()
            self._socket = None
        self._room = None

    def close(self) -> None:
        """Stop, and end the loop thread if this server made it."""
        self.stop()
        if self._own_loop:
            self.loop.close()

    # -- endpoints --------------------------------------------------------------------
    async def _websocket(self, websocket: WebSocket) -> None:
        if websocket.path_params.get("name") != ROOM or self._room is None:
            await websocket.close(code=4404)
            return
        address = websocket.client.host if websocket.client else "?"
        if not self.limits.open_connection(address):
            await websocket.close(code=1013, reason="too many connections")
            return
        try:
            await websocket.accept()
            channel = GuardedChannel(websocket, self.limits, ROOM)
            await self._room.serve(channel)
        finally:
            self.limits.close_connection(address)
            with contextlib.suppress(Exception):
                await websocket.close()

    async def _join(self, request: Request) -> Response:
        address = request.client.host if request.client else "?"
        if self.limits.codes_blocked(address) or not self.limits.allow(address, "join"):
            return JSONResponse({"error": "too many tries"}, status_code=429)
        code = normal_code(request.query_params.get("code", ""))
        if code and secrets.compare_digest(code, normal_code(self.code)):
            return JSONResponse({"token": self.token, "room": f"{ROOM_PATH}/{ROOM}"})
        self.limits.code_failed(address)
        return JSONResponse({"error": "wrong code"}, status_code=403)


def _log_and_go_on(exception: Exception, logger: logging.Logger) -> bool:
    logger.debug("session: %s", exception)
    return True


def _skip_bad_message(_exc: Exception, _message: bytes, _channel: Any) -> bool:
    return True
