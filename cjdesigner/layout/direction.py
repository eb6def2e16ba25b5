"""Which way a map's grid flows: left to right, or right to left for a map in a
right-to-left language (or whose headers are written mostly in a right-to-left script).
No Qt.

A right-to-left map is the mirror image of a left-to-right one: stages and steps run from
the right, the lane headers and the corner sit at the right edge. The layout places every
box so (``MapLayout.rtl``); the canvas and the poster draw the boxes where they are.
"""

from __future__ import annotations

import unicodedata

from cjdesigner.model import JourneyMap

#: languages written right to left (the primary subtag of a BCP 47 tag)
RTL_LANGUAGES = frozenset({
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku-arab", "mzn", "nqo", "pnb", "ps",
    "sd", "syr", "ug", "ur", "yi",
})
#: scripts that make a tag right to left whatever its language ("az-Arab", "pa-Arab")
_RTL_SCRIPTS = frozenset({"arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"})
_LTR_SCRIPTS = frozenset({"latn", "cyrl"})


def language_is_rtl(tag: str) -> bool | None:
    """True or False when the tag's language or script says which way it is written;
    None for an empty tag."""
    parts = tag.replace("_", "-").lower().split("-")
    if not parts or not parts[0]:
        return None
    for part in parts[1:]:
        if part in _RTL_SCRIPTS:
            return True
        if part in _LTR_SCRIPTS:
            return False
    return parts[0] in RTL_LANGUAGES


def mostly_rtl(texts: list[str]) -> bool:
    """Whether more of the strong (directional) letters of ``texts`` are right-to-left."""
    rtl = ltr = 0
    bidirectional = unicodedata.bidirectional
    for text in texts:
        if text.isascii():
            ltr += sum(ch.isalpha() for ch in text)
            continue
        for ch in text:
            kind = bidirectional(ch)
            if kind in ("R", "AL"):
                rtl += 1
            elif kind == "L":
                ltr += 1
    return rtl > ltr


def map_is_rtl(doc: JourneyMap) -> bool:
    """A map flows right to left when its language is written so, or when its title,
    stage and step names are mostly in a right-to-left script (a map whose language is
    left as English but is written in Arabic or Hebrew)."""
    if language_is_rtl(doc.meta.language):
        return True
    headers = [doc.meta.title]
    for stage in doc.stages:
        headers.append(stage.name)
        headers.extend(step.name for step in stage.steps)
    return mostly_rtl(headers)
