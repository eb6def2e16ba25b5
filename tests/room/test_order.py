"""Order keys: a key between any two, and the fewest new keys for a new order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cjdesigner.room import order

KEYS = st.text(alphabet=order.DIGITS, min_size=1, max_size=6).filter(order.valid_key)


@given(KEYS, KEYS)
def test_between_two_keys_lies_strictly_between(a: str, b: str) -> None:
    low, high = sorted([a, b])
    if low == high:
        return
    key = order.between(low, high)
    assert low < key < high and order.valid_key(key)


@given(st.none() | KEYS, st.none() | KEYS)
def test_between_the_ends(a: str | None, b: str | None) -> None:
    if a is not None and b is not None and not a < b:
        return
    key = order.between(a, b)
    assert (a or "") < key and (b is None or key < b)


def test_spread_is_increasing() -> None:
    for n in (0, 1, 5, 61, 62, 3000):
        keys = order.spread(n)
        assert len(keys) == n and keys == sorted(keys) and len(set(keys)) == n
        assert all(order.valid_key(k) for k in keys)


@given(st.permutations(list(range(12))), st.integers(0, 3))
def test_keys_for_gives_the_order_and_moves_few(permutation: list[int], new: int) -> None:
    ids = [f"i{n}" for n in range(12)]
    keys = dict(zip(ids, order.spread(len(ids)), strict=True))
    wanted = [ids[n] for n in permutation] + [f"new{n}" for n in range(new)]
    changes = order.keys_for(wanted, keys)
    merged = {**keys, **changes}
    assert sorted(wanted, key=lambda i: order.sort_key(merged[i], i)) == wanted
    assert all(f"new{n}" in changes for n in range(new))


def test_one_moved_item_gets_the_only_new_key() -> None:
    ids = [f"i{n}" for n in range(10)]
    keys = dict(zip(ids, order.spread(10), strict=True))
    wanted = ids[1:] + ids[:1]
    assert set(order.keys_for(wanted, keys)) == {"i0"}


def test_ties_sort_by_id_and_invalid_keys_last() -> None:
    items = {"b": "V", "a": "V", "c": "0", "d": "x" * 300}
    ranked = sorted(items, key=lambda i: order.sort_key(items[i], i))
    assert ranked == ["a", "b", "c", "d"]


def test_many_new_items_get_short_keys() -> None:
    ids = [f"i{n}" for n in range(3000)]
    keys = order.keys_for(ids, {})
    assert max(len(k) for k in keys.values()) <= 4
    assert sorted(ids, key=lambda i: order.sort_key(keys[i], i)) == ids
