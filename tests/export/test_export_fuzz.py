"""Issue 9: a fuzz target for every exporter. Hypothesis mutates a map (hostile text with
control characters, markup, formulas and odd Unicode; huge numbers) and every format of
the export registry writes it; every output is parsed back: XML for SVG, pypdf for PDF,
Pillow for PNG, the CSV through the importer, the Markdown rendered (no raw markup) with
its Mermaid block through the journey grammar. A format this test cannot parse fails it:
a new exporter brings its parser here."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from PIL import Image
from pypdf import PdfReader

from cjdesigner.csvio import import_csv
from cjdesigner.export.registry import all_formats
from cjdesigner.fileio import dumps
from cjdesigner.model import JourneyMap
from cjdesigner.model.sample import sample_map

from .test_mermaid import parse_journey

#: markup that must never become markup in any output: its tags and attributes carry EVIL
SNIPPETS = [
    '<script>alert("EVIL")</script>', '<img src=x onerror="EVIL">', '<b class="EVIL">b</b>',
    "[x](javascript:EVIL)", "![EVIL](https://evil.example/p.png)", "=cmd|'/C EVIL'!A0",
    "@SUM(1)", "+1", "-1", "'quoted", "]]>", "<![CDATA[", "&amp;", "&#0;", "%%{init}%%",
    "title x", "section y", ": ; #", "```", "\\", "\x00\x01\x0b\x1f\x7f", "\ufffe\uffff",
    "\u202e\u200b\u0301", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "Բարև مرحبا", "\r\n\r", "\t",
]
text = st.lists(st.sampled_from(SNIPPETS) | st.text(max_size=12), min_size=1,
                max_size=4).map("".join)

SAMPLE = json.loads(dumps(sample_map()))
FUZZ = settings(max_examples=4, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])
OPTIONS = {"paper": "A4", "dpi": 10.0}


@st.composite
def hostile_maps(draw) -> JourneyMap:
    data = copy.deepcopy(SAMPLE)
    data["meta"]["title"] = draw(text)
    data["meta"]["objective"] = draw(text)
    data["meta"]["author"] = draw(text)
    for stage in data["stages"]:
        stage["name"] = draw(text)
        for step in stage["steps"]:
            step["name"] = draw(text)
    for lane in data["lanes"]:
        lane["title"] = draw(text)
    for persona in data["personas"]:
        persona["name"] = draw(text)
        persona["quote"] = draw(text)
    for card in data["cards"]:
        card["title"] = draw(text)
        card["description"] = draw(text)
        card["owner"] = draw(text)
        card["channel"] = draw(text)
        card["tags"] = draw(st.lists(text, max_size=2))
        card["votes"] = draw(st.sampled_from([0, 1, 999_999, 1_000_000]))
        card["emotion"] = draw(st.sampled_from([None, -2.0, 2.0, 1e-300, -1.9999999999]))
    return JourneyMap.model_validate(data)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("script", "img", "iframe") or any("EVIL" in (v or "") for _, v in attrs):
            self.bad.append(f"<{tag} {attrs}>")


def no_markup(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    assert not parser.bad, parser.bad


def check_svg(path: Path, doc: JourneyMap) -> None:
    root = ET.parse(path).getroot()  # well-formed XML 1.0
    for element in root.iter():
        assert not element.tag.endswith("script"), element.tag
        assert not any("EVIL" in v for v in element.attrib.values()), element.attrib


def check_pdf(path: Path, doc: JourneyMap) -> None:
    pdf = PdfReader(str(path))
    assert pdf.pages
    for page in pdf.pages:
        page.extract_text()


def check_png(path: Path, doc: JourneyMap) -> None:
    with Image.open(path) as image:
        image.load()
        assert image.width > 0 and image.height > 0


def check_csv(path: Path, doc: JourneyMap) -> None:
    back, _warnings = import_csv(path)
    assert [c.title for c in back.cards] == [c.title for c in doc.cards]
    assert [c.description for c in back.cards] == [c.description for c in doc.cards]


def check_md(path: Path, doc: JourneyMap) -> None:
    markdown = path.read_text(encoding="utf-8")
    no_markup(MarkdownIt("commonmark", {"html": True}).render(markdown))
    block = markdown.split("```mermaid\n", 1)[1].split("\n```", 1)[0]
    parsed = parse_journey(block + "\n")
    assert len(parsed["sections"]) == sum(1 for s in doc.stages if s.steps)


def check_zip_xml(path: Path, doc: JourneyMap) -> None:
    """Office files (xlsx, pptx, docx): every XML part is well-formed, no injected markup."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                root = ET.fromstring(archive.read(name))
                for element in root.iter():
                    assert not any("EVIL" in v for v in element.attrib.values()), name


class _Page(_Tags):
    """A whole web page (the .html export): its own two scripts are expected, the card
    data (JSON, never run) and the one script the page's CSP allows by its hash."""

    OWN = ([("type", "application/json"), ("id", "cjm-data")], [])

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[list[tuple[str, str | None]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        if tag == "script" and attrs in self.OWN:
            self.scripts.append(attrs)
            attrs = []
            tag = "own-script"
        if any(name.startswith("on") for name, _ in attrs):
            self.bad.append(f"<{tag} {attrs}>")
        super().handle_starttag(tag, attrs)


def check_html(path: Path, doc: JourneyMap) -> None:
    html = path.read_text(encoding="utf-8")
    if "<!DOCTYPE html>" not in html[:20]:  # a fragment: no script at all
        no_markup(html)
        return
    parser = _Page()
    parser.feed(html)
    assert not parser.bad, parser.bad
    assert parser.scripts == list(_Page.OWN), parser.scripts
    data = html.split('id="cjm-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data


CHECKS = {".svg": check_svg, ".pdf": check_pdf, ".png": check_png, ".csv": check_csv,
          ".md": check_md, ".xlsx": check_zip_xml, ".pptx": check_zip_xml,
          ".docx": check_zip_xml, ".html": check_html, ".htm": check_html}


def test_every_format_has_a_parser_here():
    missing = [f.suffix for f in all_formats() if f.suffix not in CHECKS]
    assert not missing, f"add a parser for {missing} to CHECKS"


@pytest.mark.parametrize("fmt", all_formats(), ids=lambda f: f.id)
def test_hostile_maps_through_every_exporter(fmt, tmp_path, qapp):
    check = CHECKS[fmt.suffix]

    @FUZZ
    @given(doc=hostile_maps())
    def run(doc: JourneyMap) -> None:
        out = tmp_path / f"out{fmt.suffix}"
        fmt.run(doc, out, {**OPTIONS, "base_dir": tmp_path})
        check(out, doc)

    run()
