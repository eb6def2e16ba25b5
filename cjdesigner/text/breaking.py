"""Where lines may break and where text may be cut, by ICU. No Qt.

Line breaks follow UAX #14 with ICU's dictionaries (Thai, Lao, Khmer, Burmese words have
no spaces between them); a cut (a word too long for its line, an ellipsis) falls between
grapheme clusters, so no line starts with a combining mark or a virama and no ellipsis
lands inside a cluster.
"""

from __future__ import annotations

from functools import lru_cache

from icu4py.breakers import CharacterBreaker, LineBreaker


@lru_cache(maxsize=4096)
def line_segments(text: str) -> tuple[str, ...]:
    """``text`` cut at every line-break opportunity; each piece keeps its trailing spaces."""
    if not text:
        return ()
    return tuple(LineBreaker(text, "en").__iter__())


@lru_cache(maxsize=4096)
def graphemes(text: str) -> tuple[str, ...]:
    """The grapheme clusters of ``text`` (extended, as a reader counts characters)."""
    if not text:
        return ()
    if text.isascii():
        return tuple(text)
    return tuple(CharacterBreaker(text, "en").__iter__())
