"""The Unicode bidirectional algorithm: paragraph direction and embedding levels. No Qt.

Levels come from python-bidi's implementation of the algorithm (``bidi.algorithm``);
text without any right-to-left character skips it (every level is 0).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from bidi import algorithm as _uba

_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_STRONG = {"L": 0, "R": 1, "AL": 1}
#: marks that set a line's direction without being seen
LRM, RLM = "\u200e", "\u200f"
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def has_rtl(text: str) -> bool:
    bidirectional = unicodedata.bidirectional
    return any(bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=8192)
def base_level(text: str) -> int:
    """The paragraph level of ``text``: 1 (right to left) when its first strong character
    is right-to-left, else 0."""
    bidirectional = unicodedata.bidirectional
    for ch in text:
        level = _STRONG.get(bidirectional(ch))
        if level is not None:
            return level
    return 0


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left as a paragraph (aligned right)."""
    return not text.isascii() and base_level(text) == 1


def levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of every character of ``text`` (odd: right to left)."""
    base = base_level(text) if base is None else base
    if not has_rtl(text) and base == 0:
        return [0] * len(text)
    # unassigned code points have no class in unicodedata: they count as left-to-right
    bidirectional = unicodedata.bidirectional
    text = "".join(ch if bidirectional(ch) else "a" for ch in text)
    storage: dict[str, Any] = _uba.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    try:
        _uba.get_embedding_levels(text, storage)
        _uba.explicit_embed_and_overrides(storage)
        _uba.resolve_weak_types(storage)
        _uba.resolve_neutral_types(storage, False)
        _uba.resolve_implicit_levels(storage, False)
    except (AssertionError, KeyError, IndexError):  # text the algorithm cannot take
        return [base] * len(text)
    # rule X9 removed embedding controls and boundary neutrals (ZWJ, ZWNJ …): they take
    # the level of the character before them
    resolved = storage["chars"]
    out: list[int] = []
    j = 0
    for ch in text:
        if j < len(resolved) and resolved[j]["ch"] == ch:
            out.append(int(resolved[j]["level"]))
            j += 1
        else:
            out.append(out[-1] if out else base)
    # rule L1: spaces at the end of the line take the paragraph level
    k = len(text) - 1
    while k >= 0 and (text[k].isspace() or text[k] in BIDI_CONTROLS):
        out[k] = base
        k -= 1
    return out


def visual_order(run_levels: list[int]) -> list[int]:
    """Indices of runs (given by their levels, in logical order) in visual order (rule L2)."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
