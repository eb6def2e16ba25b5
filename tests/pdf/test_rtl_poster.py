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
