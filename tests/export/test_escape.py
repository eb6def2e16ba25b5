"""Issue 9, item 3 and the rule "every text that leaves the app is escaped for where it
goes": one escaper per target (``cjdesigner.export.escape``)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from cjdesigner.export.escape import (
    csv_cell,
    csv_field,
    html_text,
    markdown_text,
    mermaid_actor,
    mermaid_task,
    mermaid_text,
    xml_attr,
    xml_chars,
    xml_text,
)
from cjdesigner.export.mermaid import markdown
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click me](javascript:alert(1))",
    "![tracker](https://evil.example/pixel.png)",
    "<https://evil.example/auto>",
    "&lt;script&gt; and &#106;avascript:",
    "**bold** _it_ `code` ~~gone~~ | cell | # not a heading #",
    "Line one\nLine two\r\n- a list\n> a quote",
    "Title \x01\x02\x0b with controls \ufffe",
]


def render(text: str) -> str:
    """HTML as a Markdown renderer that passes raw HTML (as GitHub does before its
    sanitiser) makes it."""
    return MarkdownIt("commonmark", {"html": True}).render(text)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


def tags_of(html: str) -> list[tuple[str, list]]:
    """Every element the rendered HTML really has, with its attributes."""
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_is_literal(text):
    html = render(f"- **Lane**: {markdown_text(text)}")
    assert tags_of(html) == [("ul", []), ("li", []), ("strong", [])], html


def test_markdown_export_neutralises_hostile_cards():
    doc = sample_map()
    set_fields(doc, "meta", title=HOSTILE[0])
    set_fields(doc, "meta", objective=HOSTILE[3])
    set_fields(doc, "stage", doc.stages[0].id, name=HOSTILE[1])
    set_fields(doc, "step", doc.stages[0].steps[0].id, name=HOSTILE[2])
    set_fields(doc, "lane", doc.lanes[0].id, title=HOSTILE[4])
    for card, text in zip(doc.cards, HOSTILE[5:] + HOSTILE[:3], strict=False):
        set_fields(doc, "card", card.id, title=text, description=HOSTILE[3], owner=HOSTILE[2])
    html = render(markdown(doc))
    for tag, attrs in tags_of(html):
        assert tag in {"h1", "h2", "h3", "p", "em", "strong", "ul", "li", "pre", "code"}, tag
        assert attrs in ([], [("class", "language-mermaid")]), (tag, attrs)
    # the words are all still there, as text
    assert "alert(1)" in html and "pixel.png" in html


def test_xml_escapers_make_well_formed_xml():
    for text in HOSTILE + ["".join(chr(c) for c in range(32)) + "\ud800 end"]:
        element = ET.fromstring(f'<t a="{xml_attr(text)}">{xml_text(text)}</t>')
        assert element.text == xml_chars(text).replace("\r\n", "\n").replace("\r", "\n")
        assert "\x01" not in element.text


def test_xml_chars_keeps_what_xml_allows():
    assert xml_chars("a\tb\nc\rd\x00e\x1ff\x7fg\U0001F600") == "a\tb\nc\rdef\x7fg\U0001F600"


def test_html_text():
    assert html_text('<a href="x">&</a>\x01') == "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"


def test_csv_cells_are_never_formulas():
    for text in ("=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"):
        assert csv_cell(text).startswith("'")
    assert csv_cell("plain") == "plain"
    assert csv_field('a,"b"\rc') == '"a,""b""\rc"'


def test_mermaid_names_carry_no_statement_or_markup():
    assert mermaid_text("Pay: now; #1\n<b>bold</b> %% `x`") == "Pay now 1 ‹b›bold‹/b› 'x'"
    assert mermaid_task("title deeds").startswith("\u200b")
    assert "," not in mermaid_actor("Sales, North")
