"""Normal forms: text is stored NFC; find and filter compare folded text. No Qt.

:func:`fold` makes "Østerbro", "østerbro", "OSTERBRO" and "osterbro" the same: it
decomposes (NFKD), drops the combining marks, folds case and spells the Latin letters
that have no decomposition (ø, æ, œ, ß, ł, đ, þ …) with their base letters.
"""

from __future__ import annotations

import unicodedata

#: Latin letters without a canonical decomposition, as a reader who drops accents spells them
_BASE_LETTERS = str.maketrans({
    "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ħ": "h", "Ħ": "h",
    "ı": "i", "ŧ": "t", "Ŧ": "t", "ŋ": "n", "Ŋ": "n", "ĸ": "k", "ſ": "s",
})


#: marks a search ignores: Latin, Greek and Cyrillic accents, Hebrew points, Arabic
#: vowel signs (never an Indic virama or vowel sign, which change the word)
_ACCENT_RANGES = (
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x064B, 0x065F), (0x0670, 0x0670),
    (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F),
)


def _is_accent(ch: str) -> bool:
    code = ord(ch)
    return any(lo <= code <= hi for lo, hi in _ACCENT_RANGES) and unicodedata.combining(ch) > 0


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (what maps store)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """``text`` without case and accents, for comparing what people type."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_BASE_LETTERS))
    bare = "".join(ch for ch in decomposed if not _is_accent(ch))
    return unicodedata.normalize("NFC", bare.casefold().translate(_BASE_LETTERS))


def matches(needle: str, haystack: str) -> bool:
    """Whether ``needle`` occurs in ``haystack``, ignoring case, accents and normal form."""
    return fold(needle) in fold(haystack)
