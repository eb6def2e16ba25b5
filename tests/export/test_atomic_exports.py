"""Every export replaces its file in one step (``fileio.atomic_write``): the new file
appears by a rename, so a failed or interrupted export never leaves half a file."""

from __future__ import annotations

import os

import pytest

from cjdesigner.model.sample import sample_map


@pytest.fixture
def renames(monkeypatch):
    seen: list[str] = []
    real = os.replace

    def spy(src, dst, *args, **kwargs):
        seen.append(os.path.realpath(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", spy)
    return seen


def _check(path, renames, start: bytes):
    assert os.path.realpath(path) in renames
    assert path.read_bytes().startswith(start)
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_poster_and_tiles(tmp_path, renames):
    from cjdesigner.pdf import PosterOptions, export_poster

    out = tmp_path / "p.pdf"
    out.write_bytes(b"old")
    export_poster(sample_map(), out, PosterOptions(paper="A3"))
    _check(out, renames, b"%PDF")
    tiled = tmp_path / "t" / "t.pdf"
    tiled.parent.mkdir()
    export_poster(sample_map(), tiled, PosterOptions(paper="A2", tile="A4"))
    _check(tiled, renames, b"%PDF")


def test_mermaid(tmp_path, renames):
    from cjdesigner.export.mermaid import export_mermaid

    out = tmp_path / "m.md"
    export_mermaid(sample_map(), out)
    _check(out, renames, b"# ")


def test_png_and_svg(tmp_path, renames, qapp):
    from cjdesigner.ui.raster import render_png, render_svg

    png = tmp_path / "a" / "m.png"
    png.parent.mkdir()
    render_png(sample_map(), png, dpi=30)
    _check(png, renames, b"\x89PNG")
    svg = tmp_path / "b" / "m.svg"
    svg.parent.mkdir()
    render_svg(sample_map(), svg)
    _check(svg, renames, b"<?xml")
    assert b"@font-face" in svg.read_bytes()


def test_a_failed_poster_keeps_the_old_file(tmp_path, monkeypatch):
    from reportlab.pdfgen.canvas import Canvas

    from cjdesigner.pdf import PosterOptions, export_poster

    out = tmp_path / "p.pdf"
    out.write_bytes(b"the good old poster")

    def broken_pdf(self):
        self._doc.GetPDFData(self)  # makes the PDF …
        raise OSError(28, "No space left on device")  # … and then the disk is full

    monkeypatch.setattr(Canvas, "getpdfdata", broken_pdf)
    with pytest.raises(OSError):
        export_poster(sample_map(), out, PosterOptions(paper="A3"))
    assert out.read_bytes() == b"the good old poster"
