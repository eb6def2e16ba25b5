"""What a file is, from its first bytes: so an importer given a workbook, a PDF or a
picture can refuse it in one line that says what it is, instead of decoding it as text.
No Qt.
"""

from __future__ import annotations

import io
import zipfile

#: (magic prefix, what it is)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97–2003 workbook or another old Office file"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF87a", "a GIF picture"),
    (b"GIF89a", "a GIF picture"),
    (b"RIFF", "a RIFF file (WebP picture, WAV or AVI)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF)"),
    (b"MZ", "a Windows program"),
    (b"{\\rtf", "an RTF document"),
)

#: the part of an Office Open XML package that names its kind
_OOXML_PARTS = (
    ("xl/workbook.xml", "an Excel workbook (.xlsx)"),
    ("xl/workbook.bin", "an Excel binary workbook (.xlsb)"),
    ("word/document.xml", "a Word document (.docx)"),
    ("ppt/presentation.xml", "a PowerPoint deck (.pptx)"),
)

_ODF_KINDS = {
    "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
}

XLSX = "an Excel workbook (.xlsx)"


def describe(head: bytes, whole: bytes | None = None) -> str | None:
    """What a binary file is ("a PDF document", "an Excel workbook (.xlsx)" …), or None
    when it looks like text. ``head`` is the start of the file (a few KB are enough);
    ``whole`` the whole file, which tells a workbook from another zip archive."""
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(whole if whole is not None else head)
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None  # text with a byte-order mark (UTF-16 text has NUL bytes)
    if b"\x00" in head[:8192]:
        return "a binary file (it contains NUL bytes)"
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                kind = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if kind in _ODF_KINDS:
                    return _ODF_KINDS[kind]
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError):
        return "a zip archive (or an Office file) that is damaged or cut short"
    for part, what in _OOXML_PARTS:
        if part in names:
            return what
    return "a zip archive"


def is_workbook(path_head: bytes, whole: bytes | None = None) -> bool:
    """True for an Excel workbook (.xlsx/.xlsm) by content."""
    return describe(path_head, whole) == XLSX
