"""The poster's text of shaped scripts: printed with the engine's glyphs, extracted
(pdftotext, NFKC) as the words that were typed, in their order."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from cjdesigner.pdf.poster import PosterOptions, export_poster
from tests.pdf.helpers import fonts_of

from .maps import TEXTS, script_map

_EMBEDDING = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _extracted(path: Path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is needed"
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return _norm(out)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", _EMBEDDING.sub("", text)).split())


def _export(language: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{language}.pdf"
    export_poster(script_map(language), path, PosterOptions())
    return path


@pytest.mark.parametrize("language", ["ar", "he", "hi", "th"])
def test_card_and_header_text_extracts_as_typed(language, tmp_path):
    text = _extracted(_export(language, tmp_path))
    texts = TEXTS[language]
    for title, _ in texts["cards"]:
        assert _norm(title) in text
    for name in [*texts["steps"], *texts["stages"], *texts["lanes"]]:
        assert _norm(name) in text
    assert _norm(str(texts["title"])) in text


@pytest.mark.parametrize("language", ["ar", "he", "hi"])
def test_a_wrapped_description_extracts_word_by_word_in_order(language, tmp_path):
    text = _extracted(_export(language, tmp_path))
    description = next(d for _, d in TEXTS[language]["cards"] if d)
    # each stretch in one direction keeps its words in order (numbers and Latin inside
    # a right-to-left sentence are a separate stretch to any PDF reader)
    stretches = re.split(r"\s*[A-Za-z0-9%]+(?:\s+[A-Za-z0-9%]+)*\s*", description)
    position = 0
    for stretch in filter(None, (s.strip() for s in stretches)):
        for word in _norm(stretch).split():
            found = text.find(word, position if language == "hi" else 0)
            assert found >= 0, (word, text)
            if language == "hi":
                position = found + len(word)
    if language in ("ar", "he"):
        assert re.search(r"(VAT )?1[57]%", text)


def test_thai_without_spaces_extracts_whole(tmp_path):
    text = _extracted(_export("th", tmp_path)).replace(" ", "")
    description = next(d for _, d in TEXTS["th"]["cards"] if d)
    assert _norm(description) in text


def test_the_scripts_faces_are_embedded_subsets(tmp_path):
    fonts = fonts_of(_export("ar", tmp_path))
    arabic = [name for name in fonts if "NotoSansArabic" in name]
    assert arabic and all(fonts[name] for name in arabic)


def test_latin_text_is_still_written_as_characters(tmp_path):
    text = _extracted(_export("da", tmp_path))
    for title, _ in TEXTS["da"]["cards"]:
        assert _norm(title) in text
    # plain Latin needs no shaping: no font of the engine's glyphs is embedded
    assert not any("-Glyphs" in name for name in fonts_of(tmp_path / "da.pdf"))
