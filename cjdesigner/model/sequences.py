"""Order within sequences: one longest increasing run, the core of telling which items of
an order moved (the comparison's diff, the room's order keys and its reconcile). No Qt."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar


class _Ordered(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


K = TypeVar("K", bound=_Ordered)


def longest_increasing(keys: Sequence[K]) -> list[int]:
    """Indices, in order, of one longest strictly increasing run (not contiguous) of
    ``keys``, found in O(n log n)."""
    tails: list[K] = []  # tails[k]: smallest last key of an increasing run of k + 1
    tail_at: list[int] = []  # index in ``keys`` of that last key
    parent: list[int] = [-1] * len(keys)
    for i, key in enumerate(keys):
        k = bisect_left(tails, key)
        if k == len(tails):
            tails.append(key)
            tail_at.append(i)
        else:
            tails[k] = key
            tail_at[k] = i
        parent[i] = tail_at[k - 1] if k else -1
    run: list[int] = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        run.append(i)
        i = parent[i]
    return run[::-1]
