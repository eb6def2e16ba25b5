"""Order of id sequences: which items moved, and a three-way merge of an order. No Qt.

An item *moved* between two sequences when it is in both but outside a longest common
subsequence of them: the fewest items that, taken out and put back elsewhere, turn one
order into the other. Ids are unique, so that is a longest increasing subsequence of
positions, found in O(n log n).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cjdesigner.model.sequences import longest_increasing


def moved_items(before: Sequence[str], after: Sequence[str]) -> set[str]:
    """Items present in both sequences whose relative order changed (as few as can be)."""
    common = set(before).intersection(after)
    kept_before = [item for item in before if item in common]
    kept_after = [item for item in after if item in common]
    if kept_before == kept_after:
        return set()
    position = {item: i for i, item in enumerate(kept_after)}
    positions = [position[item] for item in kept_before]
    return common - {kept_after[positions[i]] for i in longest_increasing(positions)}


@dataclass(frozen=True)
class OrderConflict:
    """Both sides moved ``item`` to different places: after ``ours`` / ``theirs``
    (``None``: first)."""

    item: str
    ours: str | None
    theirs: str | None


def _anchors(sequence: Sequence[str], keep: set[str]) -> dict[str, str | None]:
    """Each kept item → the nearest kept item before it (None when it comes first)."""
    anchors: dict[str, str | None] = {}
    previous: str | None = None
    for item in sequence:
        if item in keep:
            anchors[item] = previous
            previous = item
    return anchors


def merge_order(
    base: Sequence[str],
    ours: Sequence[str],
    theirs: Sequence[str],
    keep: set[str],
) -> tuple[list[str], list[OrderConflict]]:
    """The order of the items ``keep`` after a three-way merge.

    Items neither side moved keep their base order; an item one side added or moved goes
    after the item it follows on that side. Items placed after the same item are ordered
    by id, so the result does not depend on which side is "ours" — except where both
    sides moved one item to different places: that is an ``OrderConflict`` and ours wins.
    """
    base_set, ours_set, theirs_set = set(base), set(ours), set(theirs)
    moved_ours = moved_items(base, ours)
    moved_theirs = moved_items(base, theirs)
    anchors_ours = _anchors(ours, keep)
    anchors_theirs = _anchors(theirs, keep)
    stable: list[str] = []
    placed: dict[str, str | None] = {}
    conflicts: list[OrderConflict] = []
    for item in _union_in_order(base, ours, theirs, keep):
        in_ours, in_theirs = item in ours_set, item in theirs_set
        in_base = item in base_set
        if in_base and in_ours and in_theirs and item not in moved_ours | moved_theirs:
            stable.append(item)
            continue
        movers = [
            side
            for side, present, moved in (
                ("ours", in_ours, item in moved_ours),
                ("theirs", in_theirs, item in moved_theirs),
            )
            if present and (moved or not in_base)
        ]
        if not movers:  # kept from one side that left it where it was
            movers = ["ours" if in_ours else "theirs"]
        if movers == ["ours", "theirs"] and anchors_ours[item] != anchors_theirs[item]:
            conflicts.append(OrderConflict(item, anchors_ours[item], anchors_theirs[item]))
        placed[item] = anchors_ours[item] if movers[0] == "ours" else anchors_theirs[item]
    return _assemble(stable, placed), conflicts


def _union_in_order(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str], keep: set[str]
) -> list[str]:
    seen: set[str] = set()
    result = []
    for sequence in (base, ours, theirs):
        for item in sequence:
            if item in keep and item not in seen:
                seen.add(item)
                result.append(item)
    return result


def _assemble(stable: list[str], placed: dict[str, str | None]) -> list[str]:
    children: dict[str | None, list[str]] = {}
    for item, anchor in placed.items():
        children.setdefault(anchor, []).append(item)
    for group in children.values():
        group.sort()
    result: list[str] = []
    emitted: set[str] = set()

    def emit_after(anchor: str | None) -> None:
        stack = list(reversed(children.get(anchor, [])))
        while stack:
            item = stack.pop()
            if item in emitted:
                continue
            emitted.add(item)
            result.append(item)
            stack.extend(reversed(children.get(item, [])))

    emit_after(None)
    for item in stable:
        emitted.add(item)
        result.append(item)
        emit_after(item)
    # Anchors that name each other (ours moved A after B, theirs B after A) are reached
    # from nowhere: they go last, by id.
    result.extend(sorted(item for item in placed if item not in emitted))
    return result
