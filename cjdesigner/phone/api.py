"""The phone page's endpoints, mounted on the session server (``cjdesigner.room``).

A participant opens the page from the QR code or link (the session token in it; the
server's gate refuses everything without the token and keeps it in a cookie after). The
page asks a name once (``POST /api/join``: a participant id and a secret the phone keeps),
then reads the room (``GET /api/room``: timer, spotlight, vote round, its own waiting
cards; ``GET /api/map``: stages, steps, open lanes and card titles, asked for again when
``map_version`` moves), adds cards (``POST /api/cards``) and votes (``POST /api/votes``).

Everything is checked here, whatever the page does: bodies are small JSON objects of
known fields and types (``application/json`` only, at most :data:`MAX_REQUEST` bytes);
each participant has rate limits for joining, cards and votes; a phone can add cards
(into open lanes only) and vote within its budget, never edit or remove, never read a
private lane, another participant's waiting cards or ballot, or a tally before the
reveal (``cjdesigner.facilitation.views``). Answers are JSON with ``error`` sentences a
person can read; no answer is cached, none carries a referrer.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Protocol

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from cjdesigner.facilitation import Facilitation, FacilitationError
from cjdesigner.facilitation import state as fs
from cjdesigner.facilitation.views import map_view, room_view, version_of
from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit, EditError
from cjdesigner.ratelimit import RateLimits

from .page import page_routes
from .store import read_state, write_state

#: a phone's request body at most this long (a card's words and a cell's ids)
MAX_REQUEST = 4 * 1024
#: (per second, burst) per participant, or per address for joining
RATES: dict[str, tuple[float, float]] = {
    "join": (0.5, 4.0),
    "card": (0.5, 6.0),
    "vote": (6.0, 20.0),
    "read": (5.0, 20.0),
}
SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
Endpoint = Callable[[Request], Awaitable[Response]]


class SessionHost(Protocol):
    """What the phone needs of the session server (``cjdesigner.room.server.SessionServer``)."""

    room_doc: Any

    def add_route(self, path: str, endpoint: Endpoint, methods: list[str] | None = None) -> None: ...

    def current_map(self) -> JourneyMap: ...

    def submit_edit(self, edit: Edit) -> Edit: ...


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


IdText = Annotated[StrictStr, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]


class JoinRequest(Strict):
    name: StrictStr = Field(max_length=200)


class CardRequest(Strict):
    title: StrictStr = Field(max_length=1_000)
    detail: StrictStr = Field(default="", max_length=2_000)
    lane: IdText | None = None
    step: IdText | None = None


class VoteRequest(Strict):
    card: IdText
    delta: StrictInt = Field(ge=-1, le=1)


def _answer(data: Any, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status, headers=SECURITY_HEADERS)


def _refuse(message: str, status: int = 400) -> Response:
    return _answer({"error": message}, status)


class PhoneApi:
    """The endpoints, bound to one session. Handlers run in the session's loop thread
    (where its document lives), one at a time, so each reads, decides and writes the
    room's state without another request in between."""

    def __init__(self, server: SessionHost, clock: Callable[[], float] = time.time) -> None:
        self.server = server
        self.clock = clock
        self.limits = RateLimits(RATES)
        #: the phones' secrets → participant ids (the secret never leaves this process)
        self._secrets: dict[str, str] = {}

    # -- mounting -----------------------------------------------------------------------
    def mount(self) -> None:
        for path, endpoint, methods in (
            *page_routes(),
            ("/api/join", self.join, ["POST"]),
            ("/api/room", self.room, ["GET"]),
            ("/api/map", self.map, ["GET"]),
            ("/api/cards", self.cards, ["POST"]),
            ("/api/votes", self.votes, ["POST"]),
        ):
            self.server.add_route(path, endpoint, methods=methods)

    # -- the room's state in the shared document --------------------------------------------
    @property
    def session(self) -> Any:
        return self.server.room_doc.session

    def state(self) -> Facilitation:
        return read_state(self.session)

    def _store(self, new: Facilitation, old: Facilitation) -> None:
        doc = self.server.room_doc
        ydoc = getattr(doc, "ydoc", None)
        if ydoc is None:
            write_state(self.session, new, old)
            return
        with ydoc.transaction(origin="phone"):
            write_state(self.session, new, old)

    # -- reading requests -----------------------------------------------------------------
    def _who(self, request: Request) -> str | None:
        secret = request.headers.get("x-participant", "")
        if not secret or len(secret) > 100:
            return None
        return self._secrets.get(secret)

    @staticmethod
    async def _body(request: Request, model: type[Strict]) -> Strict | Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/json":
            return _refuse("Send JSON.", 415)
        raw = b""
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_REQUEST:
                return _refuse("That is too long.", 413)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _refuse("That is not JSON.")
        if not isinstance(data, dict):
            return _refuse("Send one JSON object.")
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ())) or "request"
            return _refuse(f"{where}: {first.get('msg', 'not valid')}")

    # -- endpoints ----------------------------------------------------------------------------
    async def join(self, request: Request) -> Response:
        address = request.client.host if request.client else "?"
        if not self.limits.allow(address, "join"):
            return _refuse("Too many tries; wait a moment.", 429)
        body = await self._body(request, JoinRequest)
        if isinstance(body, Response):
            return body
        assert isinstance(body, JoinRequest)
        known = self._who(request)
        participant = known or fs.new_token("p")
        old = self.state()
        try:
            new = fs.join(old, participant, body.name, self.clock())
        except FacilitationError as exc:
            return _refuse(str(exc), 409 if "full" in str(exc) else 400)
        self._store(new, old)
        secret = request.headers.get("x-participant", "") if known else secrets.token_urlsafe(24)
        self._secrets[secret] = participant
        return _answer({"participant": participant, "secret": secret,
                        "name": new.participants[participant].name})

    async def room(self, request: Request) -> Response:
        who = self._who(request)
        if not self.limits.allow(who or _address(request), "read"):
            return _refuse("Too many requests; wait a moment.", 429)
        state = self.state()
        doc = self.server.current_map()
        version = version_of(map_view(state, doc))
        return _answer(room_view(state, doc, who, self.clock(), version))

    async def map(self, request: Request) -> Response:
        who = self._who(request)
        if not self.limits.allow(who or _address(request), "read"):
            return _refuse("Too many requests; wait a moment.", 429)
        view = map_view(self.state(), self.server.current_map())
        return _answer({**view, "version": version_of(view)})

    async def cards(self, request: Request) -> Response:
        who = self._who(request)
        if who is None:
            return _refuse("Say your name first.", 401)
        if not self.limits.allow(who, "card"):
            return _refuse("Not so fast: wait a moment before the next card.", 429)
        body = await self._body(request, CardRequest)
        if isinstance(body, Response):
            return body
        assert isinstance(body, CardRequest)
        if (body.lane is None) != (body.step is None):
            return _refuse("Choose both a step and a lane, or the inbox.")
        cell = (body.lane, body.step) if body.lane is not None and body.step is not None else None
        old = self.state()
        doc = self.server.current_map()
        try:
            new, edit = fs.submit_card(old, doc, who, body.title, cell, self.clock(), body.detail)
        except FacilitationError as exc:
            return _refuse(str(exc), 401 if "name first" in str(exc) else 400)
        if edit is not None:
            named = edit.model_copy(update={"author": f"phone:{who}"})
            try:
                self.server.submit_edit(named)
            except EditError:
                return _refuse("The map changed; try again.", 409)
            return _answer({"placed": "map"})
        self._store(new, old)
        return _answer({"placed": "hidden" if new.private else "inbox"})

    async def votes(self, request: Request) -> Response:
        who = self._who(request)
        if who is None:
            return _refuse("Say your name first.", 401)
        if not self.limits.allow(who, "vote"):
            return _refuse("Not so fast.", 429)
        body = await self._body(request, VoteRequest)
        if isinstance(body, Response):
            return body
        assert isinstance(body, VoteRequest)
        old = self.state()
        doc = self.server.current_map()
        try:
            new = fs.cast_vote(old, doc, who, body.card, body.delta, self.clock())
        except FacilitationError as exc:
            return _refuse(str(exc), 409)
        self._store(new, old)
        return _answer(room_view(new, doc, who, self.clock())["vote"])


def _address(request: Request) -> str:
    return request.client.host if request.client else "?"


def mount_phone(server: SessionHost, clock: Callable[[], float] = time.time) -> PhoneApi:
    """Add the phone page and its endpoints to a session server (before it starts)."""
    api = PhoneApi(server, clock)
    api.mount()
    return api
