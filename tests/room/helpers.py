"""Helpers for the room tests: maps, waiting for something to happen, peers."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from cjdesigner.fileio import cjm
from cjdesigner.model import JourneyMap

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"


def sample_map() -> JourneyMap:
    return cjm.load(sorted(TEMPLATES.glob("*.cjm"))[0])


def wait_for(condition: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    """Poll ``condition`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what or condition}")


def same_file(a: JourneyMap, b: JourneyMap) -> bool:
    return cjm.dumps(a) == cjm.dumps(b)
