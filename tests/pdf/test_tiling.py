"""Tiled printing: sheet counts, window positions, labels, the form XObject."""

from __future__ import annotations

import pytest

from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, SHEETS, PosterOptions, export_poster, plan_tiles
from cjdesigner.pdf.tiling import SHEET_MARGIN, row_name
from tests.edit_helpers import set_fields

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


def _overlaps(a, b, pad=0.0):
    return not (a[2] + pad <= b[0] or b[2] + pad <= a[0] or a[3] + pad <= b[1]
                or b[3] + pad <= a[1])


def _crosses(box, seg, pad=0.5):
    """Whether a mark line passes through a label's box (``pad`` points around it)."""
    left, bottom, right, top = box
    if seg.x0 == seg.x1:
        lo, hi = sorted((seg.y0, seg.y1))
        return left - pad < seg.x0 < right + pad and lo < top + pad and hi > bottom - pad
    lo, hi = sorted((seg.x0, seg.x1))
    return bottom - pad < seg.y0 < top + pad and lo < right + pad and hi > left - pad


@pytest.mark.parametrize(("paper", "sheet", "overlap"), [
    ("A1", "A4", 10), ("A0", "A4", 10), ("A1", "Letter", 25), ("A2", "A3", 5),
    ("A0", "Tabloid", 10), ("A1", "A4", 0),
])
def test_sheet_labels_keep_off_the_edges_and_the_lines(paper, sheet, overlap):
    from cjdesigner.layout import layout_map
    from cjdesigner.pdf import compose
    from cjdesigner.pdf.tiling import EDGE, sheet_layout

    doc = sample_map()
    set_fields(doc, "meta", title="A journey title long enough to fill the top row of every sheet " * 2)
    comp = compose(doc, layout_map(doc), PosterOptions(paper=paper))
    grid = plan_tiles(comp.width, comp.height, sheet, overlap * MM)
    sw, sh = grid.sheet
    m = grid.margin
    cw, ch = grid.window
    for tile in grid.tiles:
        labels, segments = sheet_layout(doc, grid, tile)
        boxes = [(lb.text, lb.box()) for lb in labels]
        for text, box in boxes:
            assert box[0] >= EDGE - 0.01 and box[1] >= EDGE - 0.01, (tile.code, text, box)
            assert box[2] <= sw - EDGE + 0.01 and box[3] <= sh - EDGE + 0.01, (tile.code, text)
            assert not _overlaps(box, (m, m, m + cw, m + ch)), (tile.code, text, "window")
            for seg in segments:
                assert not _crosses(box, seg), (tile.code, text, seg)
        for i, (text_a, a) in enumerate(boxes):
            for text_b, b in boxes[i + 1:]:
                assert not _overlaps(a, b), (tile.code, text_a, text_b)


def test_every_sheet_still_names_itself_and_its_neighbours(tmp_path):
    out = tmp_path / "t.pdf"
    result = export_poster(sample_map(), out, PosterOptions(paper="A1", tile="A4"))
    rows, cols = result.grid
    pdf = reader(out)
    for n, page in enumerate(pdf.pages[1:]):
        r, c = divmod(n, cols)
        text = " ".join((page.extract_text() or "").split())
        assert f"{row_name(r)}{c + 1}" in text
        assert "print at 100 %" in text
        if c < cols - 1:
            assert f"{row_name(r)}{c + 2} →" in text
        if r < rows - 1:
            assert f"↓ {row_name(r + 1)}{c + 1}" in text
