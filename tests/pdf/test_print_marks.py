"""Issue 14 part 7: print production marks, read from the PDFs.

A single sheet keeps everything inside a safe margin unless bleed is asked for (then the
top band runs into the bleed and the slug line sits outside the trim); tiled sheets carry
a mini-map, alignment crosshairs on the overlaps and dashed cut lines from edge to edge;
every output names its file, date and version."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfminer.pdftypes import resolve1

from cjdesigner.layout import layout_map
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import PosterOptions, compose, export_poster
from cjdesigner.pdf.paper import MM, SAFE_MARGIN
from cjdesigner.pdf.tiling import (
    EDGE,
    crosshairs,
    minimap_box,
    plan_tiles,
    row_name,
    sheet_layout,
)
from cjdesigner.templates import load_template
from tests.edit_helpers import set_fields

SOURCE = "washing-machine-retailer.cjm"


def _objects(page) -> list[tuple[str, float, float, float, float]]:
    """Every drawn thing on the page: (kind, x0, top, x1, bottom), pdfplumber's space."""
    out = []
    for kind in ("chars", "rects", "lines", "curves", "images"):
        for obj in getattr(page, kind):
            out.append((kind, obj["x0"], obj["top"], obj["x1"], obj["bottom"]))
    return out


@pytest.mark.parametrize("paper", ["A3", "A1", "A0", "roll:914mm", "A4"])
def test_without_bleed_nothing_is_drawn_outside_the_safe_margin(tmp_path: Path, paper: str
                                                                 ) -> None:
    doc = load_template("washing-machine-retailer")
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper=paper, source_name=SOURCE))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        w, h = float(page.width), float(page.height)
        objects = _objects(page)
        assert len(objects) > 500
        safe = SAFE_MARGIN - 0.01
        outside = [o for o in objects
                   if o[1] < safe or o[2] < safe or o[3] > w - safe or o[4] > h - safe]
        assert outside == []
        # the top band is there, inside the margin
        band = [r for r in page.rects if r["width"] > w * 0.8 and r["height"] < 20 * MM
                and r["top"] < 40 * MM]
        assert band and band[0]["top"] >= safe


def test_with_bleed_the_band_runs_into_the_bleed_and_the_slug_sits_outside_the_trim(
        tmp_path: Path) -> None:
    doc = load_template("washing-machine-retailer")
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A3", bleed=3 * MM, source_name=SOURCE,
                                          printed="2026-11-30"))
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        trim = [float(v) for v in resolve1(page.page_obj.attrs["TrimBox"])]
        h = float(page.height)
        # pdfplumber's top is from the page's top edge; the trim box is PDF space (y up)
        trim_top, trim_bottom = h - trim[3], h - trim[1]
        band = [r for r in page.rects if r["width"] > (trim[2] - trim[0]) * 0.9
                and r["height"] < 20 * MM and r["top"] < trim_top + 20 * MM]
        assert band and band[0]["top"] < trim_top - 2 * MM  # into the 3 mm bleed
        slug_words = [wd for wd in page.extract_words() if wd["top"] > trim_bottom]
        slug = " ".join(wd["text"] for wd in slug_words)
        assert SOURCE in slug and "2026-11-30" in slug and "version v2.1" in slug
        assert "cjdesigner" in slug


def test_the_slug_line_names_file_date_and_version_on_a_plain_sheet(tmp_path: Path) -> None:
    doc = sample_map()
    set_fields(doc, "meta", version_label="workshop 3")
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A2", source_name="shop.cjm",
                                          printed="2026-12-01"))
    with pdfplumber.open(out) as pdf:
        text = " ".join(pdf.pages[0].extract_text().split())
    assert "shop.cjm · printed 2026-12-01 · version workshop 3 · cjdesigner" in text


@pytest.fixture(scope="module")
def tiled(tmp_path_factory) -> tuple[Path, tuple[int, int]]:
    out = tmp_path_factory.mktemp("tiles") / "t.pdf"
    result = export_poster(load_template("washing-machine-retailer"), out,
                           PosterOptions(paper="A1", tile="A4", source_name=SOURCE,
                                         printed="2026-11-30"))
    assert result.grid is not None
    return out, result.grid


def test_every_sheet_has_a_mini_map_with_its_own_place_filled(tiled) -> None:
    out, (rows, cols) = tiled
    with pdfplumber.open(out) as pdf:
        for n, page in enumerate(pdf.pages[1:1 + rows * cols]):
            w, h = float(page.width), float(page.height)
            small = [r for r in page.rects if abs(r["width"] - r["height"]) < 0.01
                     and r["width"] < 3 * MM and h - 12 * MM < r["bottom"] < h
                     and 0 < r["x0"] < w]
            assert len(small) == rows * cols
            filled = [r for r in small if r["fill"] and r["non_stroking_color"] != (1, 1, 1)
                      and r["non_stroking_color"] != [1, 1, 1]]
            assert len(filled) == 1
            r, c = divmod(n, cols)
            x0 = min(s["x0"] for s in small)
            top = min(s["top"] for s in small)
            cell = small[0]["width"]
            assert round((filled[0]["x0"] - x0) / cell) == c
            assert round((filled[0]["top"] - top) / cell) == r


def test_cut_lines_are_dashed_from_edge_to_edge(tiled) -> None:
    out, (rows, cols) = tiled
    with pdfplumber.open(out) as pdf:
        for n, page in enumerate(pdf.pages[1:1 + rows * cols]):
            r, c = divmod(n, cols)
            w, h = float(page.width), float(page.height)
            dashed = [ln for ln in page.lines if ln.get("dash") and ln["dash"][0]
                      and ln["x0"] >= 0 and ln["x1"] <= w and ln["top"] >= 0
                      and ln["bottom"] <= h]
            vertical = [ln for ln in dashed if abs(ln["x0"] - ln["x1"]) < 0.01
                        and ln["bottom"] - ln["top"] > h - 4 * MM]
            horizontal = [ln for ln in dashed if abs(ln["top"] - ln["bottom"]) < 0.01
                          and ln["x1"] - ln["x0"] > w - 4 * MM]
            assert len(vertical) == (1 if c > 0 else 0), (r, c)
            assert len(horizontal) == (1 if r > 0 else 0), (r, c)


def test_crosshairs_meet_across_every_seam() -> None:
    doc = sample_map()
    comp = compose(doc, layout_map(doc), PosterOptions(paper="A1"))
    grid = plan_tiles(comp.width, comp.height, "A4", 10 * MM)
    m = grid.margin

    def on_poster(tile, mark):
        return (round(tile.x + mark.x - m, 3), round(tile.y + mark.y - m, 3))

    by_code = {t.code: t for t in grid.tiles}
    for tile in grid.tiles:
        marks = crosshairs(grid, tile)
        expected = ((tile.column > 0) + (tile.column < grid.columns - 1)
                    + (tile.row > 0) + (tile.row < grid.rows - 1))
        assert len(marks) == expected
        right = by_code.get(f"{row_name(tile.row)}{tile.column + 2}")
        if right is not None:
            # the crosshair on the centre line of this seam, on both sheets
            mine = {on_poster(tile, mk)[0] for mk in marks}
            theirs = {on_poster(right, mk)[0] for mk in crosshairs(grid, right)}
            seam = tile.x + tile.w - grid.overlap / 2
            assert round(seam, 3) in mine & theirs
        below = by_code.get(f"{row_name(tile.row + 1)}{tile.column + 1}")
        if below is not None:
            mine = {on_poster(tile, mk)[1] for mk in marks}
            theirs = {on_poster(below, mk)[1] for mk in crosshairs(grid, below)}
            assert round(tile.y + grid.overlap / 2, 3) in mine & theirs
        # in the margins, clear of the window, the edge and the labels
        labels, segments = sheet_layout(doc, grid, tile, "shop.cjm · printed 2026-11-30")
        sw, sh = grid.sheet
        boxes = [lb.box() for lb in labels] + [minimap_box(grid)]
        for mk in marks:
            a = mk.box()
            assert a[0] >= EDGE - 0.01 and a[1] >= EDGE - 0.01
            assert a[2] <= sw - EDGE + 0.01 and a[3] <= sh - EDGE + 0.01
            assert not _overlaps(a, (m, m, m + grid.window[0], m + grid.window[1]))
            assert not any(_overlaps(a, b) for b in boxes), tile.code
            for seg in segments:
                assert not _crosses(a, seg), (tile.code, seg)


@pytest.mark.parametrize(("paper", "sheet", "overlap"), [
    ("A1", "A4", 10), ("A0", "A4", 10), ("A1", "Letter", 25), ("A2", "A3", 5),
    ("A0", "Tabloid", 10),
])
def test_slug_and_mini_map_keep_off_the_labels_and_lines(paper, sheet, overlap) -> None:
    doc = sample_map()
    comp = compose(doc, layout_map(doc), PosterOptions(paper=paper))
    grid = plan_tiles(comp.width, comp.height, sheet, overlap * MM)
    slug = "a-rather-long-file-name-for-a-map.cjm · printed 2026-11-30 · version 12 · cjdesigner 0.1.0"
    m = grid.margin
    for tile in grid.tiles:
        labels, segments = sheet_layout(doc, grid, tile, slug)
        assert any(lb.text.startswith("a-rather-long") for lb in labels)
        mini = minimap_box(grid)
        assert mini[1] >= EDGE - 0.01 and mini[3] <= m
        for lb in labels:
            assert not _overlaps(lb.box(), mini), (tile.code, lb.text)
        for seg in segments:
            assert not _crosses(mini, seg), (tile.code, seg)
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                assert not _overlaps(a.box(), b.box()), (tile.code, a.text, b.text)


def test_the_guide_and_every_sheet_carry_the_slug(tiled) -> None:
    out, (rows, cols) = tiled
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages[:1 + rows * cols]:
            text = " ".join(page.extract_text().split())
            assert SOURCE in text and "printed 2026-11-30" in text


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _crosses(box, seg) -> bool:
    x0, x1 = sorted((seg.x0, seg.x1))
    y0, y1 = sorted((seg.y0, seg.y1))
    return _overlaps(box, (x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01))
