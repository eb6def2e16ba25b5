"""Paper as the reader's country buys it: US Letter and Tabloid (and Arch E, 36 × 48 in, for a
wall poster) where those are the everyday sizes, ISO A4, A3 and A0 elsewhere. No Qt.

The countries are those whose office paper is US Letter (CLDR's paper-size data: the
United States and its territories, Canada, Mexico, most of Central America, Chile,
Colombia, Venezuela, the Philippines, Belize). The territory comes from a locale tag
(``en_US.UTF-8``, ``fr-CA``) or, without one, from the environment as Python reads it
(``LC_ALL``, ``LC_PAPER``, ``LANG``). Each default is what the user sees first; every
size stays available.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

#: ISO 3166 codes of the countries and territories whose office paper is US Letter
LETTER_TERRITORIES = frozenset({
    "US", "PR", "GU", "VI", "AS", "MP", "UM", "CA", "MX", "BZ", "GT", "SV", "HN", "NI",
    "CR", "PA", "DO", "CO", "VE", "CL", "PH",
})

_TERRITORY = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2}|\d{3})(?:$|[-_.@])")


@dataclass(frozen=True)
class PaperDefaults:
    #: a wall poster
    poster: str
    #: office sheets for tiling and printing
    sheet: str
    #: the larger office sheet (a small poster, tiles of fewer seams)
    large_sheet: str


ISO = PaperDefaults(poster="A0", sheet="A4", large_sheet="A3")
US = PaperDefaults(poster="Arch E", sheet="Letter", large_sheet="Tabloid")


def territory_of(tag: str) -> str:
    """The country of a locale tag in capitals (``"US"`` for ``"en_US.UTF-8"``), else ""."""
    match = _TERRITORY.match(tag.strip())
    return match.group(1).upper() if match else ""


def environment_locale() -> str:
    """The locale the environment names for paper (POSIX order: LC_ALL, LC_PAPER, LANG)."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return value
    return ""


def paper_defaults(tag: str | None = None) -> PaperDefaults:
    """The default papers for a locale tag, or for the environment's locale when None."""
    territory = territory_of(environment_locale() if tag is None else tag)
    return US if territory in LETTER_TERRITORIES else ISO
