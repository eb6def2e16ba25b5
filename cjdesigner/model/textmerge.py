"""One person's change to a text, made again in a text others have typed in since.

Two people may type into the same card at once (in a live session). When one of them
undoes, the undo must take back their own typing only: :func:`rebase` takes the change
from ``before`` to ``after`` (what the undo would write: the text before their edit,
from the text their edit made) and makes it in ``current`` (the text now, with the
others' typing), as long as the others typed elsewhere in the text. Where they typed in
the same place, there is no telling what to keep, and :func:`rebase` returns None (the
undo leaves that text as it is).
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

#: free text people type (two may type into one at once), by the kind of item
TYPED_TEXT: dict[str, frozenset[str]] = {
    "card": frozenset({"title", "description"}),
    "step": frozenset({"name", "description"}),
    "stage": frozenset({"name"}),
    "lane": frozenset({"title"}),
    "persona": frozenset({"name", "quote"}),
    "curve": frozenset({"label"}),
    "meta": frozenset({"title", "objective", "scope"}),
}

#: texts longer than this are not compared (the comparison grows with their length)
MAX_LENGTH = 20_000


def _changed_range(before: str, after: str) -> tuple[int, int, str]:
    """The one range of ``before`` that differs from ``after``, and what replaces it."""
    limit = min(len(before), len(after))
    start = 0
    while start < limit and before[start] == after[start]:
        start += 1
    end_before, end_after = len(before), len(after)
    while end_before > start and end_after > start and before[end_before - 1] == after[end_after - 1]:
        end_before -= 1
        end_after -= 1
    return start, end_before, after[start:end_after]


def rebase(before: str, after: str, current: str) -> str | None:
    """``current`` with the change ``before`` → ``after`` made in it (see the module
    docstring); ``current`` itself when that change is already there; None when others
    changed the part of the text this change touches."""
    if current == before:
        return after
    if current == after:
        return current
    if max(len(before), len(current)) > MAX_LENGTH:
        return None
    start, end, inserted = _changed_range(before, after)
    blocks = SequenceMatcher(None, before, current, autojunk=False).get_opcodes()
    for tag, low, high, _j1, _j2 in blocks:
        if tag == "equal":
            continue
        if low < end and start < high:
            return None  # they changed text this change replaces
        if low == high and start < low < end:
            return None  # they typed inside it
        if start == end and low < start < high:
            return None  # this change types inside what they replaced
    new_start, new_end = _position(blocks, start, at_end=False), _position(blocks, end, at_end=True)
    if new_start is None or new_end is None or new_end < new_start:
        return None
    return current[:new_start] + inserted + current[new_end:]


def _position(blocks: Sequence[tuple[str, int, int, int, int]], index: int, at_end: bool) -> int | None:
    """Where ``index`` of ``before`` is in ``current``: inside text both share. At a
    place where others typed, a start goes after their text and an end before it."""
    found: int | None = None
    for tag, low, high, j1, _j2 in blocks:
        if tag == "equal" and low <= index <= high:
            found = j1 + index - low
            if at_end:
                return found
    return found
