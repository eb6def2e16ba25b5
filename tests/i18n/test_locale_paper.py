"""Paper as the reader's country buys it: Letter, Tabloid and Arch E where Letter is the
office paper (the US, Canada, Mexico …), A4, A3 and A0 elsewhere; the command line reads
the environment's locale, the editor the system's."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from cjdesigner.cli import main
from cjdesigner.export.formats import poster_options
from cjdesigner.fileio import save
from cjdesigner.i18n.paper import ISO, US, paper_defaults, territory_of
from cjdesigner.model.sample import sample_map


@pytest.mark.parametrize(("tag", "territory"), [
    ("en_US.UTF-8", "US"), ("fr-CA", "CA"), ("es_MX", "MX"), ("da_DK.UTF-8", "DK"),
    ("zh_Hant_TW", "TW"), ("en", ""), ("C.UTF-8", ""), ("", ""), ("es-419", "419"),
])
def test_the_territory_of_a_locale(tag, territory):
    assert territory_of(tag) == territory


@pytest.mark.parametrize("tag", ["en_US.UTF-8", "en-CA", "fr_CA", "es_MX", "en_PH", "es_CL"])
def test_letter_countries_get_letter_tabloid_and_arch_e(tag):
    assert paper_defaults(tag) == US
    assert (US.sheet, US.large_sheet, US.poster) == ("Letter", "Tabloid", "Arch E")


@pytest.mark.parametrize("tag", ["en_GB.UTF-8", "da_DK", "de_DE", "fr_FR", "ar_EG", "C", ""])
def test_elsewhere_iso_paper(tag):
    assert paper_defaults(tag) == ISO
    assert (ISO.sheet, ISO.large_sheet, ISO.poster) == ("A4", "A3", "A0")


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "en_US.UTF-8"}, US),
    ({"LANG": "da_DK.UTF-8"}, ISO),
    ({"LANG": "da_DK.UTF-8", "LC_PAPER": "en_CA.UTF-8"}, US),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}, ISO),
])
def test_the_environment_chooses(monkeypatch, variables, expected):
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert paper_defaults() == expected
    assert poster_options({}).paper == expected.poster
    assert poster_options({"paper": "A2"}).paper == "A2"  # a chosen size is kept


def test_the_command_line_prints_a_us_poster_on_arch_e(tmp_path, monkeypatch):
    for name in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(name, raising=False)
    source = tmp_path / "map.cjm"
    save(sample_map(), source)
    for lang, size_in in (("en_US.UTF-8", (36, 48)), ("da_DK.UTF-8", (841 / 25.4, 1189 / 25.4))):
        monkeypatch.setenv("LANG", lang)
        out = tmp_path / f"{lang}.pdf"
        assert main(["export", str(source), "-o", str(out)]) == 0
        box = PdfReader(str(out)).pages[0].mediabox
        sides = sorted((float(box.width) / 72, float(box.height) / 72))
        assert sides == pytest.approx(sorted(size_in), abs=0.05), lang
