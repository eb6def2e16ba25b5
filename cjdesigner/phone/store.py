"""The room's facilitation state in the session's shared document.

The whole :class:`~cjdesigner.facilitation.Facilitation` is one entry of the document's
``session`` map: JSON text under the key ``facilitation`` (the window's ``RoomState`` is
bound to the same entry by ``cjdesigner/ui/room_link.py``, on the host and every peer).
Reading validates everything: the document is shared with every peer, and a bad entry
is left out rather than trusted (``facilitation.from_data``); text too long or not JSON
reads as a fresh room.

``session`` is anything with ``get(key)`` and item assignment (a ``pycrdt.Map`` in a
session, a dict in tests); callers hold the document's thread and transaction.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

from cjdesigner.facilitation import Facilitation, from_data, to_data

KEY = "facilitation"
#: the state's JSON text at most this long (5,000 notes of a few hundred bytes fit)
MAX_TEXT = 8 * 1024 * 1024


def read_state(session: Any) -> Facilitation:
    text = session.get(KEY)
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        return Facilitation()
    try:
        data = json.loads(text)
    except ValueError:
        return Facilitation()
    return from_data(data) if isinstance(data, dict) else Facilitation()


def write_state(session: MutableMapping[str, Any], new: Facilitation,
                old: Facilitation | None = None) -> bool:
    """Write ``new`` unless it equals ``old``; True when written."""
    if old is not None and new == old:
        return False
    session[KEY] = json.dumps(to_data(new), ensure_ascii=False, separators=(",", ":"))
    return True
