"""Fixtures shared by the room's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cjdesigner.room.server import SessionServer

from .helpers import sample_map


@pytest.fixture
def server() -> Iterator[SessionServer]:
    """A session on the loopback interface, serving the sample map."""
    session = SessionServer(sample_map(), host="127.0.0.1")
    session.start()
    yield session
    session.close()
