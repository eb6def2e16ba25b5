"""The ids of a frozen card list, made once per list and shared. No Qt.

A drag on a 50,000-card map must not walk the card models in Python: finding a card by
id in a list of ids runs in C (``list.index``), but building that list costs a pass over
every model. Card lists are frozen, so the ids of one list never change: they are kept
for the few lists seen last (held here, so an identity is never reused while cached),
and an edit that builds a new card list alongside its ids hands them over
(:func:`remember_ids`), so the next edit and the canvas find them made.
"""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from .guard import FrozenList

#: how many card lists keep their ids (the map now, before the last edits, an undo)
KEEP = 8

_lock = threading.Lock()
_recent: OrderedDict[int, tuple[Sequence[Any], list[str]]] = OrderedDict()


def ids_of(cards: Sequence[Any]) -> list[str]:
    """The ids of ``cards`` in order. For a frozen list the answer is shared: read it,
    never change it (copy it first)."""
    if type(cards) is not FrozenList:
        return [card.id for card in cards]
    key = id(cards)
    with _lock:
        hit = _recent.get(key)
        if hit is not None and hit[0] is cards:
            _recent.move_to_end(key)
            return hit[1]
    ids = [card.id for card in cards]
    remember_ids(cards, ids)
    return ids


def remember_ids(cards: Sequence[Any], ids: list[str]) -> None:
    """Keep ``ids`` as the ids of the frozen list ``cards`` (whoever built both knows
    they match; the list must not be changed afterwards)."""
    if type(cards) is not FrozenList:
        return
    with _lock:
        _recent[id(cards)] = (cards, ids)
        _recent.move_to_end(id(cards))
        while len(_recent) > KEEP:
            _recent.popitem(last=False)


def positions(ids: list[str], wanted: Sequence[str]) -> dict[str, int]:
    """Index in ``ids`` of each of ``wanted`` that is there: a few by searching in C,
    many through one table of every position."""
    if len(wanted) <= 8:
        found = {}
        for ident in wanted:
            with contextlib.suppress(ValueError):  # not there: removed
                found[ident] = ids.index(ident)
        return found
    table = dict(zip(ids, range(len(ids)), strict=False))
    return {ident: table[ident] for ident in wanted if ident in table}
