"""The room's facilitation state in the session's shared document, one entry per part.

Every peer (the host's window, each desktop peer) and the phones' endpoints on the host
write this state at once, so it is kept so that writes to different parts merge: under
the ``session`` map's key ``facilitation`` is a map with one entry per field of
:class:`~cjdesigner.facilitation.Facilitation` (the timer, the spotlight, private mode…
each as JSON text); the notes and the participants are maps with one entry per note and
per person, and the vote round a map of the round's settings and its ballots, one entry
per voter. A writer writes only the entries that differ from the state it started from
(:func:`write_state`), so a facilitator's click on the timer right after a phone's card
or vote does not undo it, and two phones voting at once both count.

Reading validates everything: the document is shared with every peer, and a bad entry
is left out rather than trusted (``facilitation.from_data``); an entry too long or not
JSON reads as missing. The layout before this one (the whole state as one JSON text) is
still read.

``session`` is anything with ``get(key)``, ``keys()``, item assignment and deletion (a
``pycrdt.Map`` in a session, a dict in tests); nested maps are made of the same type.
Callers hold the document's thread and transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, MutableMapping
from typing import Any

from cjdesigner.facilitation import Facilitation, from_data, to_data

KEY = "facilitation"
#: one entry's JSON text at most this long; the old one-text layout at most MAX_TEXT
MAX_ENTRY = 256 * 1024
MAX_TEXT = 8 * 1024 * 1024
#: fields kept as a map of entries (one per note, per person)
KEYED = ("notes", "participants")
VOTE = "vote"
#: the vote round's map: its settings (without ballots), and the ballots by voter
ROUND, BALLOTS = "round", "ballots"
#: at most this many entries are read from one map (the model's limits are lower)
MAX_ENTRIES = 20_000


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _parse(text: Any) -> Any:
    if not isinstance(text, str) or len(text) > MAX_ENTRY:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _entries(value: Any) -> dict[str, Any]:
    """A nested map's entries, parsed (bad ones left out)."""
    if isinstance(value, str) or not hasattr(value, "keys"):
        return {}
    out: dict[str, Any] = {}
    for n, key in enumerate(value.keys()):
        if n >= MAX_ENTRIES:
            break
        parsed = _parse(value.get(key))
        if isinstance(key, str) and parsed is not None:
            out[key] = parsed
    return out


def read_data(session: Any) -> dict[str, Any]:
    """The state as plain data (what ``facilitation.from_data`` reads)."""
    stored = session.get(KEY)
    if isinstance(stored, str):  # the layout before: one JSON text
        if len(stored) > MAX_TEXT:
            return {}
        try:
            whole = json.loads(stored)
        except ValueError:
            return {}
        return dict(whole) if isinstance(whole, dict) else {}
    if stored is None or not hasattr(stored, "keys"):
        return {}
    data: dict[str, Any] = {}
    for name in Facilitation.model_fields:
        value = stored.get(name)
        if value is None:
            continue
        if name in KEYED:
            data[name] = _entries(value)
        elif name == VOTE:
            if isinstance(value, str):
                data[name] = _parse(value)  # "null": no round
                continue
            vote = _parse(value.get(ROUND)) if hasattr(value, "get") else None
            if isinstance(vote, dict):
                data[name] = {**vote, BALLOTS: _entries(value.get(BALLOTS))}
        else:
            parsed = _parse(value)
            if parsed is not None or value == "null":
                data[name] = parsed
    return data


def read_state(session: Any) -> Facilitation:
    data = read_data(session)
    return from_data(data) if data else Facilitation()


def write_state(session: MutableMapping[str, Any], new: Facilitation,
                old: Facilitation | None = None) -> bool:
    """Write the parts of ``new`` that differ from ``old`` (the state this writer started
    from: what it last read or wrote); everything without ``old``. True when written."""
    if old is not None and new == old:
        return False
    stored = session.get(KEY)
    if stored is None or isinstance(stored, str) or not hasattr(stored, "keys"):
        session[KEY] = type(session)()
        stored = session[KEY]
        old = None  # a fresh map: write every part
    after = to_data(new)
    before = to_data(old) if old is not None else {}
    for name, value in after.items():
        if name in before and before[name] == value:
            continue
        if name in KEYED:
            _write_entries(stored, name, before.get(name) or {}, value, old is None)
        elif name == VOTE:
            _write_vote(stored, before.get(name), value, old is None)
        else:
            stored[name] = _json(value)
    return True


def _child(parent: MutableMapping[str, Any], name: str, fresh: bool) -> Any:
    child = parent.get(name)
    if fresh or child is None or isinstance(child, str) or not hasattr(child, "keys"):
        parent[name] = type(parent)()
        child = parent[name]
    return child


def _write_entries(parent: MutableMapping[str, Any], name: str, before: Mapping[str, Any],
                   after: Mapping[str, Any], fresh: bool) -> None:
    child = _child(parent, name, fresh)
    for key in before:
        if key not in after and key in child:
            del child[key]
    for key, value in after.items():
        if fresh or before.get(key) != value:
            child[key] = _json(value)


def _write_vote(parent: MutableMapping[str, Any], before: Any, after: Any, fresh: bool) -> None:
    if after is None:
        parent[VOTE] = "null"
        return
    settings = {k: v for k, v in after.items() if k != BALLOTS}
    previous: dict[str, Any] = before if isinstance(before, dict) else {}
    # a new round (or none before) starts a fresh map: the old round's ballots go with it
    new_round = fresh or not previous or previous.get("id") != after.get("id")
    vote = _child(parent, VOTE, new_round)
    if new_round or {k: v for k, v in previous.items() if k != BALLOTS} != settings:
        vote[ROUND] = _json(settings)
    _write_entries(vote, BALLOTS, {} if new_round else previous.get(BALLOTS) or {},
                   after.get(BALLOTS) or {}, new_round)
