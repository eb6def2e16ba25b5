"""Issue 14 part 8: the whole poster as a PNG, the size of its sheet at the chosen dpi,
drawn in strips (memory bounded), refused with a clear message when too large."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from cjdesigner.cli import main
from cjdesigner.export import poster_picture
from cjdesigner.export.base import ExportError
from cjdesigner.export.registry import get
from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map


def test_a3_at_150_dpi_is_the_sheets_size(tmp_path: Path) -> None:
    out = tmp_path / "a3.png"
    get("png").run(sample_map(), out, {"picture": "poster", "paper": "A3", "dpi": 150})
    with Image.open(out) as image:
        assert image.size == (2480, 1754)
        assert round(image.info["dpi"][0]) == 150
        pixels = image.convert("L")
        # the poster, not the map alone: the dark band across the top inside the margin
        # and white paper at the edges
        w, h = image.size
        assert pixels.getpixel((5, 5)) == 255
        band_row = next(y for y in range(h // 8) if pixels.getpixel((w // 2, y)) < 60)
        assert 30 < band_row < 60  # 6 mm safe margin at 150 dpi is 35 px


def test_strips_add_up_to_the_page_drawn_whole(tmp_path: Path, monkeypatch) -> None:
    import pypdfium2 as pdfium

    monkeypatch.setattr(poster_picture, "STRIP_PIXELS", 150_000)  # many strips
    doc = sample_map()
    out = tmp_path / "a4.png"
    rows_per_call = []
    real = poster_picture.PngWriter.add_rows

    def spy(self, data, stride, count):
        rows_per_call.append(count)
        return real(self, data, stride, count)

    monkeypatch.setattr(poster_picture.PngWriter, "add_rows", spy)
    get("png").run(doc, out, {"picture": "poster", "paper": "A4", "dpi": 72})
    assert len(rows_per_call) > 3 and max(rows_per_call) * 842 <= 150_000 + 842
    # the same poster as one PDF page drawn whole
    pdf_path = tmp_path / "a4.pdf"
    get("pdf").run(doc, pdf_path, {"paper": "A4"})
    page = pdfium.PdfDocument(str(pdf_path))[0]
    whole = page.render(scale=1.0, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    with Image.open(out) as image:
        strips = image.convert("L")
        # PDFium rounds a part pixel up, the sheet's size in pixels rounds to nearest
        assert abs(strips.width - whole.width) <= 1 and abs(strips.height - whole.height) <= 1
        whole = whole.crop((0, 0, strips.width, strips.height))
        diff = sum(abs(a - b) for a, b in zip(strips.tobytes(), whole.tobytes(), strict=True))
        assert diff / (whole.width * whole.height) < 2.0


def test_too_many_pixels_is_refused_naming_a_dpi_that_works(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"limit is 400 megapixels: choose --dpi (\d+) or"):
        get("png").run(sample_map(), tmp_path / "a0.png",
                       {"picture": "poster", "paper": "A0", "dpi": 600})
    assert not (tmp_path / "a0.png").exists()
    assert poster_picture.picture_size(841.89 * 4, 1190.55 * 4, 150)  # A0 at 150 dpi is fine


def test_command_line_poster_png(tmp_path: Path, capsys) -> None:
    src = tmp_path / "map.cjm"
    save(sample_map(), src)
    out = tmp_path / "poster.png"
    assert main(["export", str(src), "-o", str(out), "--picture", "poster", "--paper", "A4",
                 "--dpi", "100"]) == 0
    with Image.open(out) as image:
        assert image.size in ((1169, 827), (827, 1169))
    assert main(["export", str(src), "-o", str(tmp_path / "x.png"), "--picture", "poster",
                 "--paper", "A0", "--dpi", "1000"]) != 0
    assert "megapixels" in capsys.readouterr().err
