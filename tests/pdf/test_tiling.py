"""Tiled printing: sheet counts, window positions, labels, the form XObject."""

from __future__ import annotations

import pytest

from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, SHEETS, PosterOptions, export_poster, plan_tiles
from cjdesigner.pdf.tiling import SHEET_MARGIN, row_name

from .helpers import fonts_of, image_count, reader


def test_row_names():
    assert [row_name(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_a0_on_a4_grid_and_positions():
    w, h = SHEETS["A0"][1], SHEETS["A0"][0]  # landscape
    grid = plan_tiles(w, h, "A4", 10 * MM)
    cw, ch = grid.window
    assert cw == pytest.approx(grid.sheet[0] - 2 * SHEET_MARGIN)
    # every part of the poster is on some sheet, neighbours overlap by exactly 10 mm
    assert grid.columns * (cw - 10 * MM) + 10 * MM >= w
    assert (grid.columns - 1) * (cw - 10 * MM) + 10 * MM < w
    assert grid.rows * (ch - 10 * MM) + 10 * MM >= h
    first, second = grid.tiles[0], grid.tiles[1]
    last = grid.tiles[-1]
    # the poster sits centred in the span the sheets cover
    assert first.x <= 0 and last.x + last.w >= w
    assert -first.x == pytest.approx(last.x + last.w - w)
    assert first.y + first.h >= h and last.y <= 0
    assert first.y + first.h - h == pytest.approx(-last.y)
    assert second.x - first.x == pytest.approx(cw - 10 * MM)
    below = grid.tiles[grid.columns]
    assert below.row == 1 and below.y + below.h == pytest.approx(first.y + 10 * MM)
    assert [t.number for t in grid.tiles] == list(range(1, grid.count + 1))
    assert grid.tiles[-1].code == f"{row_name(grid.rows - 1)}{grid.columns}"


def test_orientation_with_fewer_sheets():
    w, h = 1000 * MM, 180 * MM  # a long strip
    grid = plan_tiles(w, h, "A4", 10 * MM)
    assert grid.sheet[0] > grid.sheet[1]  # landscape sheets
    assert grid.rows == 1


@pytest.mark.parametrize("sheet", ["A4", "Letter", "A3", "Tabloid"])
def test_tiled_file(tmp_path, sheet):
    out = tmp_path / "t.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="A1", tile=sheet))
    pdf = reader(out)
    rows, cols = result.grid
    assert len(pdf.pages) == rows * cols + 1
    for page in pdf.pages:
        box = [float(v) for v in page["/MediaBox"]]
        assert sorted((box[2], box[3])) == pytest.approx(sorted(SHEETS[sheet]))
    text = pdf.pages[3].extract_text()
    assert f"sheet 3 of {rows * cols}" in " ".join(text.split())
    assert "Assembly guide" in pdf.pages[0].extract_text()
    assert all(fonts_of(out).values())
    assert image_count(out) == 0


def test_poster_drawn_once_as_a_form(tmp_path):
    out = tmp_path / "t.pdf"
    export_poster(sample_map(), out, PosterOptions(paper="A1", tile="A4"))
    pdf = reader(out)
    forms = set()
    for page in pdf.pages:
        xobjects = page["/Resources"]["/XObject"]
        for name, ref in xobjects.items():
            if "cjdPoster" in name:
                forms.add(ref.idnum)
    assert len(forms) == 1
    # the sheets themselves carry only marks and labels, not the map
    sheet = pdf.pages[2].get_contents().get_data()
    assert len(sheet) < 8000


def test_overlap_changes_count():
    w, h = SHEETS["A1"][1], SHEETS["A1"][0]
    small = plan_tiles(w, h, "A4", 5 * MM)
    large = plan_tiles(w, h, "A4", 60 * MM)
    assert large.count > small.count


def test_bleed_is_not_for_tiles(tmp_path):
    result = export_poster(sample_map(), tmp_path / "t.pdf",
                           PosterOptions(paper="A2", tile="A4", bleed=3 * MM))
    assert any("tiled sheets" in w for w in result.warnings)


def test_each_sheet_shows_its_window(tmp_path):
    import re

    out = tmp_path / "t.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="A1", tile="A4"))
    pdf = reader(out)
    from cjdesigner.layout import layout_map
    from cjdesigner.pdf import compose

    comp = compose(sample_map(), layout_map(sample_map()), PosterOptions(paper="A1"))
    grid = plan_tiles(comp.width, comp.height, "A4")
    assert (grid.rows, grid.columns) == result.grid
    for tile, page in zip(grid.tiles, pdf.pages[1:], strict=True):
        stream = page.get_contents().get_data().decode("latin1")
        clip = re.search(r"n ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re W\* n", stream)
        assert clip and float(clip.group(3)) == pytest.approx(grid.window[0], abs=0.01)
        move = re.search(r"1 0 0 1 (-?[\d.]+) (-?[\d.]+) cm\s*/FormXob\.cjdPoster Do", stream)
        assert move, stream[:300]
        assert float(move.group(1)) == pytest.approx(SHEET_MARGIN - tile.x, abs=0.01)
        assert float(move.group(2)) == pytest.approx(SHEET_MARGIN - tile.y, abs=0.01)


def test_page_labels_are_sheet_codes(tmp_path):
    out = tmp_path / "t.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="A1", tile="A4"))
    labels = reader(out).page_labels
    rows, cols = result.grid
    assert labels[0] == "Guide"
    assert labels[1] == "A1" and labels[cols] == f"A{cols}"
    assert labels[-1] == f"{row_name(rows - 1)}{cols}"
