"""The Unicode bidirectional algorithm: paragraph direction and embedding levels. No Qt.

Levels come from python-bidi's current implementation, the Rust crate ``unicode-bidi``
(UAX #9 with isolates), through its ``get_display(..., debug=True)`` report of the
resolved levels; text without any right-to-left character skips it (every level is 0).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bidi import get_base_level, get_display

_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
#: marks that set a line's direction without being seen
LRM, RLM = "\u200e", "\u200f"
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: the numbers in the report's list of resolved levels (``Level(n)``, one per byte of UTF-8)
_NUMBER = re.compile(r"\d+")


def has_rtl(text: str) -> bool:
    bidirectional = unicodedata.bidirectional
    return any(bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=8192)
def base_level(text: str) -> int:
    """The paragraph level of ``text`` (rules P2–P3): 1 (right to left) when its first
    strong character outside isolates is right-to-left, else 0."""
    if text.isascii():
        return 0
    return 1 if get_base_level(text) == 1 else 0


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left as a paragraph (aligned right)."""
    return not text.isascii() and base_level(text) == 1


def _byte_levels(text: str, base: int) -> list[int] | None:
    report = str(get_display(text, base_dir=("L", "R")[base], debug=True))
    start = report.find("levels: [")
    end = report.find("]", start)
    if start < 0 or end < 0:
        return None
    return [int(level) for level in _NUMBER.findall(report, start, end)]


def levels(text: str, base: int | None = None) -> list[int]:
    """The resolved embedding level of every character of ``text`` (odd: right to left),
    with rule L1 (spaces at the end take the paragraph level)."""
    base = base_level(text) if base is None else base
    if not has_rtl(text) and base == 0:
        return [0] * len(text)
    # one paragraph: a separator inside a line would start a new one with its own level
    flat = "".join(" " if unicodedata.bidirectional(ch) == "B" else ch for ch in text)
    per_byte = _byte_levels(flat, base)
    encoded = [len(ch.encode("utf-8")) for ch in flat]
    if per_byte is None or len(per_byte) != sum(encoded):  # a report it cannot read
        return [base] * len(text)
    out: list[int] = []
    offset = 0
    for size in encoded:
        out.append(per_byte[offset])
        offset += size
    # rule L1: spaces and controls at the end of the line take the paragraph level
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
