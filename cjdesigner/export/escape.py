"""Text leaving the app, made safe for where it goes: one function per target. No Qt.

Every exporter writes map text (titles, descriptions, names: anything a stranger's map or
spreadsheet may hold) through these, never by hand:

- :func:`xml_text` / :func:`xml_attr`: XML 1.0 character data and attribute values
  (SVG and any other XML); :func:`xml_chars` drops what XML 1.0 does not allow at all
  (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF), also from a
  whole serialised document.
- :func:`html_text`: HTML element content and quoted attribute values.
- :func:`markdown_text`: one line of Markdown prose; raw HTML (``<script>``,
  ``<img onerror>``), links (``[x](javascript:…)``), images (``![](https://…)``),
  emphasis and block syntax all come out as literal text.
- :func:`csv_cell` / :func:`csv_field`: a spreadsheet cell that is never taken for a
  formula, and its quoted form in a comma-separated line.
- :func:`mermaid_text`, :func:`mermaid_task`, :func:`mermaid_actor`: a name inside a
  Mermaid ``journey`` line.
"""

from __future__ import annotations

import html
import re

# -- XML 1.0 ----------------------------------------------------------------------------------
#: characters XML 1.0 forbids (production [2] Char): C0 controls except tab, LF and CR,
#: surrogate code points, U+FFFE and U+FFFF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_chars(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow anywhere (not escaped:
    they cannot be written even as character references)."""
    return _NOT_XML.sub("", text)


def xml_text(text: str) -> str:
    """Character data of an XML element."""
    return html.escape(xml_chars(text), quote=False)


def xml_attr(text: str) -> str:
    """An XML attribute value between double or single quotes."""
    return html.escape(xml_chars(text), quote=True)


# -- HTML -------------------------------------------------------------------------------------
def html_text(text: str) -> str:
    """HTML element content or a quoted attribute value: markup characters as
    references, characters HTML forbids dropped."""
    return html.escape(xml_chars(text).replace("\x7f", ""), quote=True)


# -- Markdown ---------------------------------------------------------------------------------
#: the ASCII punctuation that starts or ends inline syntax: emphasis, code spans, links,
#: images, table cells, a heading's closing hashes (``<`` and ``>`` are references by
#: then). Texts never start a line (a prefix such as ``- **Lane**:`` comes first), so
#: list and quote markers need no escape.
_MARKDOWN_PUNCT = re.compile(r"([\\`*_\[\]()#!|~])")


def markdown_text(text: str) -> str:
    """``text`` as literal Markdown prose on one line.

    HTML is written as character references (a renderer shows ``<script>`` and never
    runs it); Markdown punctuation is backslash-escaped, so no link, image, emphasis,
    code span or table cell can be formed: ``javascript:`` and ``https://…/x.png`` stay
    plain text (no ``[…](…)`` or ``![…](…)`` survives around them; a bare web address may
    still be shown as a link by GitHub, never loaded as an image). Line breaks become
    spaces: a list item or heading stays one line.
    """
    text = " ".join(xml_chars(text).replace("\x7f", "").split())
    text = html.escape(text, quote=True)
    # ``&`` is now only the start of the references just made: escape the rest
    return _MARKDOWN_PUNCT.sub(r"\\\1", text)


# -- CSV --------------------------------------------------------------------------------------
#: a cell starting with one of these is a formula to a spreadsheet (or hides one)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text cell a spreadsheet shows as text: one starting like a formula (or with an
    apostrophe) gets a leading apostrophe. ``csvio`` drops it again on import."""
    if text.startswith(FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def csv_field(cell: str) -> str:
    """The cell as a field of a comma-separated line: quoted when it holds a comma, a
    quote or a line break (a lone carriage return included, which the ``csv`` module
    leaves bare when the line end is ``\\n``)."""
    if any(ch in cell for ch in ',"\n\r'):
        return '"' + cell.replace('"', '""') + '"'
    return cell


# -- Mermaid ----------------------------------------------------------------------------------
#: what ends or comments out a journey statement, and line breaks
_MERMAID_UNSAFE = re.compile(r"[:;#\r\n\t%]+")
#: words the journey lexer takes as statements when a line starts with them, in any case
#: ("journey" even inside a longer word: the lexer has no word boundary there)
_MERMAID_KEYWORD = re.compile(r"(?i)(journey|title|section|acctitle|accdescr)")
#: put before such a word, an invisible character that is not whitespace to the lexer
MERMAID_NEUTRAL = "\u200b"
#: Mermaid renders labels as HTML: no markup characters, no backticks (Markdown strings,
#: and a line of backticks would end the Markdown fence around the diagram)
_MERMAID_MARKUP = str.maketrans({"<": "‹", ">": "›", "&": "+", '"': "'", "`": "'",
                                 "{": "(", "}": ")"})


def mermaid_text(text: str) -> str:
    """Text safe inside a Mermaid journey line: no statement ends (colons, semicolons,
    hashes, percent signs, line breaks), no markup, braces turned to parentheses."""
    text = _MERMAID_UNSAFE.sub(" ", xml_chars(text)).translate(_MERMAID_MARKUP)
    return " ".join(text.split()) or "Untitled"


def mermaid_task(text: str) -> str:
    """A task or section name: :func:`mermaid_text`, and one that starts with a keyword
    of the grammar (``Title deeds arrive``, ``Section 8 review``) led by
    :data:`MERMAID_NEUTRAL`, so that it stays a name."""
    text = mermaid_text(text)
    return MERMAID_NEUTRAL + text if _MERMAID_KEYWORD.match(text) else text


def mermaid_actor(text: str) -> str:
    """An actor: :func:`mermaid_text`, with no comma (commas separate actors)."""
    return " ".join(mermaid_text(text).replace(",", " /").split())


__all__ = [
    "FORMULA_START",
    "MERMAID_NEUTRAL",
    "csv_cell",
    "csv_field",
    "html_text",
    "markdown_text",
    "mermaid_actor",
    "mermaid_task",
    "mermaid_text",
    "xml_attr",
    "xml_chars",
    "xml_text",
]
