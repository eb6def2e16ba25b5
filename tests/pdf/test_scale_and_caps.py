"""--scale numbers are percent; page size and sheet count are capped with a clear message
before anything is drawn (issue 14: ``--scale 100 --tile A4`` once planned 1.37 million
sheets)."""

from __future__ import annotations

import tracemalloc

import pytest
from pypdf import PdfReader

from cjdesigner.cli import main
from cjdesigner.fileio import save
from cjdesigner.layout import layout_map
from cjdesigner.model import Stage, Step
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, PaperError, PosterOptions, export_poster, parse_scale, plan_tiles
from cjdesigner.pdf.paper import MAX_TILES, POINTS_PER_UNIT


@pytest.mark.parametrize(("text", "factor"), [("100", 1.0), ("100%", 1.0), (" 150 % ", 1.5),
                                              (80, 0.8), ("5", 0.05), ("1000", 10.0)])
def test_bare_scale_numbers_are_percent(text, factor):
    assert parse_scale(text) == pytest.approx(factor)


@pytest.mark.parametrize("text", ["1", "2", "10000", "0", "-50", "abc", "1001%"])
def test_scales_out_of_range_are_refused_with_the_range(text):
    with pytest.raises(PaperError) as info:
        parse_scale(text)
    assert "%" in str(info.value)


def test_cli_scale_100_prints_the_map_at_its_on_screen_size(tmp_path):
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    out = tmp_path / "p.pdf"
    assert main(["export", str(path), "-o", str(out), "--paper", "map", "--scale", "100"]) == 0
    width = float(PdfReader(str(out)).pages[0].mediabox.width)
    map_width = layout_map(sample_map()).width * POINTS_PER_UNIT
    # the map at 1:1 plus its margins and panels: not a hundred times the map
    assert map_width <= width < 3 * map_width


def test_tiling_more_than_the_cap_is_refused_before_planning():
    tracemalloc.start()
    with pytest.raises(PaperError) as info:
        plan_tiles(200_000 * MM, 50_000 * MM, "A4")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    message = str(info.value)
    assert f"{MAX_TILES}" in message and "sheets" in message and "--scale" in message
    assert peak < 5_000_000


def _wide_map(steps: int):
    doc = sample_map()
    stage = Stage(id="s-wide", name="Wide", steps=[Step(id=f"w{i}", name=f"Step {i}")
                                                   for i in range(steps)])
    return doc.model_copy(update={"stages": [*doc.stages, stage]})


def test_a_sheet_longer_than_the_cap_is_refused(tmp_path):
    out = tmp_path / "p.pdf"
    with pytest.raises(PaperError) as info:
        export_poster(_wide_map(120), out, PosterOptions(paper=None, scale=10.0))
    assert "m long" in str(info.value) and "--scale" in str(info.value)
    assert not out.exists()


def test_cli_huge_tiled_poster_is_one_line_and_no_file(tmp_path, capsys):
    path = tmp_path / "map.cjm"
    save(_wide_map(40), path)
    out = tmp_path / "p.pdf"
    code = main(["export", str(path), "-o", str(out), "--paper", "map", "--scale", "1000",
                 "--tile", "A4"])
    assert code == 1
    err = capsys.readouterr().err
    assert "sheets" in err and "limit" in err and "Traceback" not in err
    assert not out.exists()
