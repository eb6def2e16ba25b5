"""A right-to-left map on the poster: stages and steps run from the right, the lane
headers and the corner stand at the right, their texts aligned right (pdfplumber reads
where each word is printed)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from cjdesigner.pdf.poster import PosterOptions, export_poster
from tests.text.maps import TEXTS, script_map


def _words(path: Path) -> list[tuple[str, float, float, float]]:
    """(NFKC text, x0, x1, top) of every word printed."""
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[0]
        return [(unicodedata.normalize("NFKC", w["text"]), w["x0"], w["x1"], w["top"])
                for w in page.extract_words()]


def _find(words, token: str) -> tuple[float, float, float]:
    """Where ``token`` is printed (pdfplumber gives right-to-left words in visual order,
    so a word may come back reversed); the first match from the top."""
    hits = [(top, x0, x1) for text, x0, x1, top in words if token in (text, text[::-1])]
    assert hits, f"{token!r} is not on the poster"
    top, x0, x1 = min(hits)
    return x0, x1, top


@pytest.fixture(scope="module")
def arabic(tmp_path_factory):
    path = tmp_path_factory.mktemp("rtl") / "ar.pdf"
    export_poster(script_map("ar"), path, PosterOptions())
    return _words(path)


def test_stages_and_steps_run_from_the_right(arabic):
    first, second = TEXTS["ar"]["stages"]
    assert _find(arabic, first)[0] > _find(arabic, second)[0]
    # the steps' first words, in the map's order, printed from right to left
    steps = [name.split()[0] for name in TEXTS["ar"]["steps"]]
    xs = [_find(arabic, word)[0] for word in steps]
    assert xs == sorted(xs, reverse=True)


def test_lane_headers_stand_right_of_the_grid_and_align_right(arabic):
    steps = [name.split()[0] for name in TEXTS["ar"]["steps"]]
    rightmost_step = max(_find(arabic, word)[1] for word in steps)
    ends = []
    for title in TEXTS["ar"]["lanes"]:
        x0, x1, _ = _find(arabic, title.split()[0])  # the title's first word: its right end
        assert x0 > rightmost_step
        ends.append(x1)
    # every lane title ends at the same place: the right edge of its box, by the icon
    assert max(ends) - min(ends) < 2.0


def test_stage_titles_align_right_in_their_bands(arabic):
    first, second = TEXTS["ar"]["stages"]
    a, b = _find(arabic, first), _find(arabic, second)
    # the bands are equally wide (two steps each): the titles' right ends are a band apart
    steps = [name.split()[0] for name in TEXTS["ar"]["steps"]]
    band = _find(arabic, steps[0])[1] - _find(arabic, steps[2])[1]
    assert a[1] - b[1] == pytest.approx(band, abs=3.0)
    assert a[1] > _find(arabic, steps[0])[1] - 5  # near the band's right edge


def test_a_left_to_right_map_is_unchanged(tmp_path):
    path = tmp_path / "da.pdf"
    export_poster(script_map("da"), path, PosterOptions())
    words = _words(path)
    first, second = TEXTS["da"]["stages"]
    assert _find(words, first)[0] < _find(words, second)[0]
    lane = _find(words, TEXTS["da"]["lanes"][0].split()[0])
    assert lane[0] < _find(words, TEXTS["da"]["steps"][0].split()[0])[0]


def _page_width(path: Path) -> float:
    with pdfplumber.open(str(path)) as pdf:
        return float(pdf.pages[0].width)


def test_a_right_to_left_stage_title_aligns_right_on_a_left_to_right_map(tmp_path):
    from cjdesigner.model.sample import sample_map

    doc = sample_map()
    stages = [doc.stages[0].model_copy(update={"name": "الوعي"}), *doc.stages[1:]]
    path = tmp_path / "en.pdf"
    export_poster(doc.model_copy(update={"stages": stages}), path, PosterOptions())
    words = _words(path)
    title = _find(words, "الوعي")
    last_step = _find(words, "Reads")  # the stage's second step, left-aligned in its header
    first_step = _find(words, "Sees")
    assert title[1] > last_step[0]  # the title ends at the band's right, over the last step
    assert title[0] > first_step[0]


def test_the_sheet_of_a_right_to_left_map_is_mirrored_and_its_panels_align_right(tmp_path):
    from cjdesigner.model.sample import sample_map

    doc = script_map("ar")
    personas = [doc.personas[0].model_copy(update={"name": "سامي", "occupation": "والد يعمل"})]
    doc = doc.model_copy(update={"personas": personas})
    path = tmp_path / "ar.pdf"
    export_poster(doc, path, PosterOptions())
    words = _words(path)
    width = _page_width(path)
    title = _find(words, TEXTS["ar"]["title"].split()[0])
    assert title[1] > width * 0.9  # the map's title at the sheet's right
    # the persona's avatar (its initial) right of its name, the name and facts set right
    occupation = _find(words, "والد")  # its first word: at its right end
    # the name just above the facts (the curve's label in the map names the persona too)
    name = min(((occupation[2] - top, x0, x1) for text, x0, x1, top in words
                if "سامي" in (text, text[::-1]) and top < occupation[2]))[1:]
    assert occupation[1] == pytest.approx(name[1], abs=2.0)
    initial = _find(words, "س")
    assert initial[0] > name[1]
    # the same map in English keeps its persona at the left
    latin = sample_map()
    path = tmp_path / "en.pdf"
    export_poster(latin, path, PosterOptions())
    words = _words(path)
    assert _find(words, "S")[1] < _find(words, "Sam")[0]  # the avatar left of the name
