"""Order keys: where an item sits in a list that several people reorder at once.

Each item of a synced list carries a key (a string); the list's order is the items sorted
by (key, id). Moving an item gives it a new key between its new neighbours' keys, so two
people moving different items never disturb each other, and two people moving the same
item end with one of their moves (the document's last-writer rule), never a duplicate.

Keys are base-62 fractions (``"V"`` is one half): between any two different keys there is
another. Two items may end with the same key (two people inserting at the same place at
once); the id breaks the tie, and :func:`keys_for` steps past such ties.
"""

from __future__ import annotations

from collections.abc import Sequence

from cjdesigner.model.sequences import longest_increasing

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_VALUE = {c: i for i, c in enumerate(DIGITS)}
_BASE = len(DIGITS)
#: keys longer than this are not trusted (a hostile peer): such an item sorts last
MAX_KEY = 256


def valid_key(key: object) -> bool:
    """A key this module could have made: base-62 digits, not ending in 0, not too long."""
    return (isinstance(key, str) and 0 < len(key) <= MAX_KEY and key[-1] != "0"
            and key.isascii() and key.isalnum())


def between(low: str | None, high: str | None) -> str:
    """A key strictly between ``low`` and ``high`` (None: the start, the end of the list)."""
    a = low or ""
    if high is not None and not a < high:
        raise ValueError(f"no key between {low!r} and {high!r}")
    return _midpoint(a, high)


def _midpoint(a: str, b: str | None) -> str:
    if b is not None:
        n = 0
        while n < len(b) and (a[n] if n < len(a) else "0") == b[n]:
            n += 1
        if n:
            return b[:n] + _midpoint(a[n:], b[n:])
    low = _VALUE[a[0]] if a else 0
    high = _VALUE[b[0]] if b else _BASE
    if high - low > 1:
        return DIGITS[(low + high) // 2]
    if b is not None and len(b) > 1:
        return b[:1]
    return DIGITS[low] + _midpoint(a[1:], None)


def spread(count: int) -> list[str]:
    """``count`` increasing keys, evenly spread (a fresh list: the map a session starts from)."""
    width = 1
    while _BASE**width <= count + 1:
        width += 1
    keys = []
    for i in range(1, count + 1):
        value = i * (_BASE**width) // (count + 1)
        digits = []
        for _ in range(width):
            value, digit = divmod(value, _BASE)
            digits.append(DIGITS[digit])
        keys.append("".join(reversed(digits)).rstrip("0"))
    return keys


def sort_key(key: object, ident: str) -> tuple[int, str, str]:
    """The order of an item by its key, then its id; invalid keys sort last."""
    return (0, key, ident) if valid_key(key) else (1, "", ident)  # type: ignore[return-value]


def keys_for(order: Sequence[str], current: dict[str, str], checked: bool = False) -> dict[str, str]:
    """New keys that give the items ``order`` (ids, wanted order) that order.

    ``current`` holds the keys items have now (missing: a new item; ``checked``: every key
    in it is valid). Items whose keys are already in increasing order along ``order`` (the
    longest such run) keep them; only the others get a new key (returned: id → key)."""
    if checked:
        valid = [((0, current[i], i), i) for i in order if i in current]
    else:
        valid = [((0, current[i], i), i) for i in order if i in current and valid_key(current[i])]
    ranks = [p for p, _ in valid]
    if ranks == sorted(ranks):  # already in order (new items only, the usual case): keep all
        keep = {i for _, i in valid}
    else:
        keep = {valid[n][1] for n in longest_increasing(ranks)}
    changes: dict[str, str] = {}
    previous: str | None = None
    run: list[str] = []
    for index, ident in enumerate([*order, None]):
        if ident is not None and ident not in keep:
            run.append(ident)
            continue
        if run:
            upper = _next_kept(order, index - 1, keep, current, previous)
            changes.update(zip(run, keys_between(previous, upper, len(run)), strict=True))
            run = []
        if ident is not None:
            previous = current[ident]
    return changes


def keys_between(low: str | None, high: str | None, count: int) -> list[str]:
    """``count`` increasing keys between ``low`` and ``high``, spread by halving, so that
    they stay short (a thousand new items: keys of a few characters, not hundreds)."""
    if count <= 0:
        return []
    middle = between(low, high)
    left = count // 2
    return [*keys_between(low, middle, left), middle, *keys_between(middle, high, count - left - 1)]


def _next_kept(
    order: Sequence[str], index: int, keep: set[str], current: dict[str, str], low: str | None
) -> str | None:
    for ident in order[index + 1 :]:
        if ident in keep:
            key = current[ident]
            if low is None or key > low:
                return key
    return None
