"""The room's facilitation state in the session's shared document.

Each top-level part of :class:`~cjdesigner.facilitation.Facilitation` is one entry of the
document's ``session`` map, as JSON text under ``facilitation.<part>`` (the timer, the
notes, the vote round…), so a change to the timer does not rewrite the notes. Reading
validates everything: the document is shared with every peer, and a bad entry is left
out rather than trusted (``facilitation.from_data``).

``session`` is anything with ``get(key)`` and item assignment (a ``pycrdt.Map`` in a
session, a dict in tests); callers hold the document's thread and transaction.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

from cjdesigner.facilitation import Facilitation, from_data, to_data

PREFIX = "facilitation."
#: one part's JSON text at most this long (5,000 notes of a few hundred bytes fit)
MAX_PART = 8 * 1024 * 1024


def read_state(session: Any) -> Facilitation:
    data: dict[str, Any] = {}
    for name in Facilitation.model_fields:
        text = session.get(PREFIX + name)
        if not isinstance(text, str) or len(text) > MAX_PART:
            continue
        try:
            data[name] = json.loads(text)
        except ValueError:
            continue
    return from_data(data)


def write_state(session: MutableMapping[str, Any], new: Facilitation,
                old: Facilitation | None = None) -> list[str]:
    """Write the parts of ``new`` that differ from ``old`` (all when None); returns the
    parts written."""
    fresh = to_data(new)
    before = to_data(old) if old is not None else None
    written = []
    for name, value in fresh.items():
        if before is not None and before.get(name) == value:
            continue
        session[PREFIX + name] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        written.append(name)
    return written
