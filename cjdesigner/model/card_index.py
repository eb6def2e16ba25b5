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

Cell = tuple[str, str]

_lock = threading.Lock()
#: id(list) → [the list, its ids or None, its cards' cells or None]
_recent: OrderedDict[int, list[Any]] = OrderedDict()


def _cached(cards: Sequence[Any], slot: int) -> Any:
    with _lock:
        hit = _recent.get(id(cards))
        if hit is not None and hit[0] is cards:
            _recent.move_to_end(id(cards))
            return hit[slot]
    return None


def _keep(cards: Sequence[Any], slot: int, value: Any) -> None:
    if type(cards) is not FrozenList:
        return
    with _lock:
        hit = _recent.get(id(cards))
        if hit is None or hit[0] is not cards:
            hit = _recent[id(cards)] = [cards, None, None]
        hit[slot] = value
        _recent.move_to_end(id(cards))
        while len(_recent) > KEEP:
            _recent.popitem(last=False)


def ids_of(cards: Sequence[Any]) -> list[str]:
    """The ids of ``cards`` in order. For a frozen list the answer is shared: read it,
    never change it (copy it first)."""
    ids: list[str] | None = _cached(cards, 1) if type(cards) is FrozenList else None
    if ids is None:
        ids = [card.id for card in cards]
        _keep(cards, 1, ids)
    return ids


def cells_of(cards: Sequence[Any]) -> list[Cell]:
    """The cell ``(lane_id, step_id)`` of each of ``cards``, in order; shared like
    :func:`ids_of`."""
    cells: list[Cell] | None = _cached(cards, 2) if type(cards) is FrozenList else None
    if cells is None:
        cells = [(card.lane_id, card.step_id) for card in cards]
        _keep(cards, 2, cells)
    return cells


def known_cells(cards: Sequence[Any]) -> list[Cell] | None:
    """:func:`cells_of` when it is made already, else None (an edit keeps it up to date
    only when someone asked for it)."""
    return _cached(cards, 2) if type(cards) is FrozenList else None


def remember_ids(cards: Sequence[Any], ids: list[str], cells: list[Cell] | None = None) -> None:
    """Keep ``ids`` (and ``cells``) as those of the frozen list ``cards`` (whoever built
    them knows they match; none of them may be changed afterwards)."""
    _keep(cards, 1, ids)
    if cells is not None:
        _keep(cards, 2, cells)


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
