"""Reading a PDF content stream into (operands, operator) pairs, fast. No Qt.

ReportLab's streams are plain: numbers, names, literal and hex strings, arrays and
operators. A regular expression reads them about ten times faster than pypdf's
general parser (which reads byte by byte), and that is most of the cost of printing a
large poster. Anything else (inline images, dictionaries, a malformed token) makes
:func:`operations` return None, and the caller uses pypdf's parser instead.
"""

from __future__ import annotations

import re

#: one token each: a comment, a literal string (no unescaped parentheses inside), a hex
#: string, a name, an array bracket, or a run of regular characters (number or operator)
_TOKEN = re.compile(
    rb"%[^\r\n]*|\((?:[^\\()]|\\.)*\)|<[0-9A-Fa-f\s]*>|/[^\s/\[\]()<>{}%]*|\[|\]"
    rb"|[^\s/\[\]()<>{}%]+",
    re.S,
)
#: anything the tokens above do not cover (an unbalanced parenthesis, a dictionary)
_LEFTOVER = re.compile(rb"[()<>{}]")
_NUMBER = frozenset(b"+-.0123456789")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f",
            b"(": b"(", b")": b")", b"\\": b"\\", b"\n": b"", b"\r": b""}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.S)
#: operators this reader leaves to pypdf
_UNSUPPORTED = {b"BI", b"ID", b"EI"}


def _unescape(body: bytes) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        if code[:1].isdigit():
            return bytes([int(code, 8) & 255])
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(one, body) if b"\\" in body else body


def operations(data: bytes) -> list[tuple[list, bytes]] | None:
    """The stream's operations, operands as float, str (names, with their slash), bytes
    (strings) and lists (arrays); None when the stream holds something not read here."""
    tokens = _TOKEN.findall(data)
    if _LEFTOVER.search(_TOKEN.sub(b" ", data)):
        return None
    out: list[tuple[list, bytes]] = []
    operands: list = []
    outer: list[list] = []
    number = _NUMBER
    for token in tokens:
        first = token[0]
        if first in number:
            try:
                operands.append(float(token))
            except ValueError:
                return None
        elif first == 47:  # /Name
            operands.append(token.decode("latin-1"))
        elif first == 40:  # (string)
            operands.append(_unescape(token[1:-1]))
        elif first == 60:  # <hex>
            digits = re.sub(rb"\s", b"", token[1:-1])
            if len(digits) % 2:
                digits += b"0"
            operands.append(bytes.fromhex(digits.decode("ascii")))
        elif first == 91:  # [
            outer.append(operands)
            operands = []
        elif first == 93:  # ]
            if not outer:
                return None
            inner = operands
            operands = outer.pop()
            operands.append(inner)
        elif first == 37:  # % comment
            continue
        elif token in (b"true", b"false", b"null"):
            operands.append(token == b"true" if token != b"null" else None)
        else:
            if token in _UNSUPPORTED or outer:
                return None
            out.append((operands, token))
            operands = []
    return out if not outer else None
