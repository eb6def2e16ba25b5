"""A running session host with the phone page mounted (a real server on loopback)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

import pytest

from cjdesigner.facilitation import Facilitation
from cjdesigner.facilitation import state as fs
from cjdesigner.model import Card, JourneyMap, sample
from cjdesigner.phone.api import PhoneApi
from cjdesigner.phone.store import read_state, write_state
from cjdesigner.room.server import SessionServer

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"


@dataclass
class Answer:
    status: int
    data: Any
    headers: Any


@dataclass
class Host:
    server: SessionServer
    api: PhoneApi

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    def request(self, path: str, body: Any = None, *, secret: str | None = None,
                token: bool = True, raw: bytes | None = None, method: str | None = None,
                content_type: str = "application/json") -> Answer:
        url = self.base + path
        headers = {}
        if token:
            headers["Authorization"] = f"Bearer {self.server.token}"
        if secret:
            headers["X-Participant"] = secret
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        if data is not None:
            headers["Content-Type"] = content_type
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                text = response.read()
                status, answer_headers = response.status, response.headers
        except urllib.error.HTTPError as error:
            text, status, answer_headers = error.read(), error.code, error.headers
        try:
            parsed = json.loads(text)
        except ValueError:
            parsed = text.decode("utf-8", "replace")
        return Answer(status, parsed, answer_headers)

    def join(self, name: str) -> str:
        answer = self.request("/api/join", {"name": name})
        assert answer.status == 200, answer.data
        return answer.data["secret"]

    def state(self) -> Facilitation:
        return self.server.call(lambda: read_state(self.server.room_doc.session))

    def change(self, change) -> Facilitation:
        """The facilitator changes the room (as the window does, through the document)."""
        def run() -> Facilitation:
            doc = self.server.room_doc
            old = read_state(doc.session)
            new = change(old, doc.project())
            with doc.ydoc.transaction(origin="facilitator"):
                write_state(doc.session, new, old)
            return new
        return self.server.call(run)


def hostile_map() -> JourneyMap:
    """The sample map with markup in every name a participant's page shows."""
    data = sample.sample_map().model_dump(mode="json")
    data["meta"]["title"] = HOSTILE
    data["lanes"][1]["title"] = "</option><b>lane</b>"
    data["stages"][0]["name"] = "<i>stage</i>"
    first = data["cards"][0]
    data["cards"].append(Card(lane_id=data["lanes"][1]["id"], step_id=first["step_id"],
                              title=HOSTILE).model_dump(mode="json"))
    return JourneyMap.model_validate(data)


@pytest.fixture
def host():
    server = SessionServer(hostile_map(), host="127.0.0.1", port=0)  # the page comes with it
    assert server.phone is not None
    server.start()
    try:
        yield Host(server, server.phone)
    finally:
        server.close()


__all__ = ["HOSTILE", "Host", "fs"]
