"""The map's own words in the map's language, without Qt: the catalogue read from the
.ts files, dates as the language writes them, and the poster printing them."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader

from cjdesigner.i18n.words import Words, format_date, language_of
from cjdesigner.layout import layout_map
from cjdesigner.model import BlueprintLine, Evidence, LaneKind, MapType
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.templates import load_template


def with_language(doc, tag):
    return doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": tag})})


def test_words_of_each_language():
    assert Words("da")("Poster", "Updated {date}") == "Opdateret {date}"
    assert Words("de-AT").label(LaneKind.ACTIONS) == "Kundenaktionen"
    assert Words("fr").label(BlueprintLine.INTERACTION) == "Ligne d’interaction"
    assert Words("es").label(MapType.SERVICE_BLUEPRINT) == "Blueprint de servicio"
    assert Words("ar").label(Evidence.OBSERVED) == "مُلاحَظ"
    assert Words("ar").right_to_left and not Words("da").right_to_left


@pytest.mark.parametrize("tag", ["en", "en-US", "sv", "", "zz-Top"])
def test_a_language_without_a_translation_prints_english(tag):
    assert Words(tag).label(LaneKind.ACTIONS) == "Customer actions"
    assert Words(tag)("Poster", "Goals") == "Goals"


def test_language_of_a_tag():
    assert language_of("da-DK") == "da"
    assert language_of("da_DK.UTF-8") == "da"
    assert language_of("C") == "en"
    assert language_of("") == "en"


@pytest.mark.parametrize(("tag", "written"), [
    ("da", "30. november 2026"),
    ("de", "30. November 2026"),
    ("fr", "30 novembre 2026"),
    ("es", "30 de noviembre de 2026"),
    ("en-US", "November 30, 2026"),
    ("en-GB", "30 November 2026"),
    ("ar", "30 نوفمبر 2026"),
])
def test_dates_as_the_language_writes_them(tag, written):
    assert format_date(dt.date(2026, 11, 30), tag) == written


def test_layout_shows_default_lane_titles_and_scale_in_the_maps_language():
    doc = with_language(load_template("five-stage-journey"), "da")
    lay = layout_map(doc)
    titles = [" ".join(lane.title_lines) for lane in lay.lanes]
    assert "Kundens handlinger" in titles and "Customer actions" not in titles
    assert [t.label for t in lay.scale_ticks][-1] == "Meget positiv"
    english = layout_map(with_language(doc, "en"))
    assert "Customer actions" in [" ".join(lane.title_lines) for lane in english.lanes]


def _poster_text(tmp_path, doc) -> str:
    out = tmp_path / "poster.pdf"
    export_poster(doc, out, PosterOptions(paper="A1", date="2026-11-30"))
    text = "\n".join(page.extract_text() for page in PdfReader(str(out)).pages)
    return unicodedata.normalize("NFKC", text)


def test_a_danish_poster_prints_danish_words(tmp_path):
    doc = with_language(load_template("service-blueprint"), "da")
    text = _poster_text(tmp_path, doc)
    for word in ("Opdateret 30. november 2026", "INTERAKTIONSLINJE", "SYNLIGHEDSLINJE",
                 "GRUNDLAG", "Observeret", "FØLELSESKURVER"):
        assert word in text, word
    for word in ("Updated", "LINE OF INTERACTION", "EVIDENCE", "EMOTION CURVES", "Observed"):
        assert word not in text, word


def test_an_english_map_prints_english_words(tmp_path):
    doc = with_language(load_template("service-blueprint"), "en-US")
    text = _poster_text(tmp_path, doc)
    for word in ("Updated November 30, 2026", "LINE OF INTERACTION", "EVIDENCE"):
        assert word in text, word


@pytest.mark.parametrize(("lang", "option", "expected"), [
    ("da_DK.UTF-8", [], "da-DK"),
    ("C.UTF-8", [], "en"),
    ("en_US.UTF-8", ["--language", "ar"], "ar"),
])
def test_a_new_map_from_the_command_line_speaks_the_environments_language(
        tmp_path, monkeypatch, lang, option, expected):
    from cjdesigner.cli import main
    from cjdesigner.fileio import load

    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    monkeypatch.setenv("LANG", lang)
    out = tmp_path / "new.cjm"
    assert main(["new", "five-stage-journey", "-o", str(out), *option]) == 0
    assert load(out).meta.language == expected


def test_a_malformed_language_option_is_refused(tmp_path, capsys):
    from cjdesigner.cli import main

    assert main(["new", "five-stage-journey", "-o", str(tmp_path / "x.cjm"),
                 "--language", "<b>"]) == 1
    assert "not a language tag" in capsys.readouterr().err
    assert not (tmp_path / "x.cjm").exists()


@pytest.mark.parametrize(("name", "tag"), [
    ("da_DK.UTF-8", "da-DK"), ("C", "en"), ("POSIX", "en"), ("", "en"), ("fr_CA", "fr-CA"),
    ("zh_Hant_TW", "zh-Hant-TW"), ("en_US@euro", "en-US"),
])
def test_locale_tags(name, tag):
    from cjdesigner.i18n.words import locale_tag

    assert locale_tag(name) == tag
