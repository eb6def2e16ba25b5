"""The text engine shared by the canvas, the poster, the PNG and the SVG. No Qt.

- :mod:`.normalize`: text stored as NFC; folding for case- and accent-insensitive find.
- :mod:`.fonts`: the faces and their fallback order by script (bundled Source Sans Pro,
  Noto for Arabic, Hebrew, Devanagari and Thai, DejaVu Sans, a system CJK font with its
  bold where one exists, a monochrome emoji font when installed).
- :mod:`.shaping`: a line shaped with HarfBuzz, in the order the Unicode bidirectional
  algorithm gives, as glyph runs every backend draws alike.
- :mod:`.breaking`: line-break opportunities (UAX #14, ICU's dictionaries for Thai) and
  grapheme clusters, so that no line starts with a mark and no cut splits a cluster.
- :mod:`.wrapping`: lines no wider than a width, measured from the shaped advances.
- :mod:`.coverage`: the characters no font can print, and which fonts would.
"""

from __future__ import annotations

from .normalize import fold, matches, nfc

__all__ = ["fold", "matches", "nfc"]
