"""What kind of file a path holds, for files handed to the editor by the desktop (drops,
a second launch, the OS's "open with"): a map, a CSV card list, or neither. No Qt.

A map is recognised by its suffix or, without one, by its first bytes, as the MIME
magic of ``application/x-cjdesigner-map`` does it: a JSON object whose first key is
``schema_version`` (every .cjm file, old or new, starts that way in canonical form).
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

SUFFIX = ".cjm"
"""The suffix of a journey map file (also ``cjm.SUFFIX``)."""

#: how far into a file the map's signature is looked for
SNIFF_BYTES = 1024
MAP_SIGNATURE = b'"schema_version"'


class FileKind(Enum):
    MAP = "map"
    CARD_LIST = "csv"


def looks_like_map(head: bytes) -> bool:
    """True when ``head`` (a file's first bytes) begins like a .cjm file."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"{") and MAP_SIGNATURE in text[:SNIFF_BYTES]


def file_kind(path: str | os.PathLike[str]) -> FileKind | None:
    """The kind of the file at ``path``; None for folders, unreadable files and others."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == SUFFIX:
        return FileKind.MAP
    if suffix in (".csv", ".xlsx", ".xlsm"):  # a CSV card list or an Excel workbook
        return FileKind.CARD_LIST
    try:
        if not path.is_file():
            return None
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError:
        return None
    return FileKind.MAP if looks_like_map(head) else None
