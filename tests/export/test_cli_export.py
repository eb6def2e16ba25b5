"""``cjdesigner export`` for every format this package registers."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from cjdesigner.cli import main
from cjdesigner.fileio import save
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM
from tests.edit_helpers import set_fields


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    return path


def test_pdf_a0_landscape(map_file, tmp_path):
    out = tmp_path / "poster.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A0",
                 "--orientation", "landscape"]) == 0
    box = PdfReader(str(out)).pages[0].mediabox
    assert float(box.width) / MM == pytest.approx(1189, abs=0.1)


def test_pdf_tiled_with_overlap(map_file, tmp_path):
    out = tmp_path / "tiled.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A1", "--tile", "A4",
                 "--overlap", "15mm"]) == 0
    pdf = PdfReader(str(out))
    assert len(pdf.pages) > 2
    assert "overlap 15 mm" in pdf.pages[1].extract_text()


def test_pdf_bleed_blank_and_scale(map_file, tmp_path):
    out = tmp_path / "blank.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A2", "--bleed",
                 "--blank"]) == 0
    page = PdfReader(str(out)).pages[0]
    assert "/TrimBox" in page
    out2 = tmp_path / "scaled.pdf"
    assert main(["export", str(map_file), "-o", str(out2), "--paper", "roll:610mm",
                 "--scale", "80%"]) == 0
    pdf = PdfReader(str(out2))
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert float(box.width) / MM == pytest.approx(610, abs=0.1)
    assert 100 < float(box.height) / MM < 2000
    text = " ".join((pdf.pages[0].extract_text() or "").split())
    for card in sample_map().cards:
        assert " ".join(card.title.split()) in text, card.title


def test_bad_paper_is_a_message(map_file, tmp_path, capsys):
    assert main(["export", str(map_file), "-o", str(tmp_path / "x.pdf"), "--paper", "B9"]) == 1
    assert "unknown paper" in capsys.readouterr().err


def test_markdown(map_file, tmp_path):
    out = tmp_path / "map.md"
    assert main(["export", str(map_file), "-o", str(out)]) == 0
    assert "```mermaid\njourney" in out.read_text(encoding="utf-8")


def test_png_at_dpi(map_file, tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "small.png"
    assert main(["export", str(map_file), "-o", str(out), "--dpi", "48"]) == 0
    small = QImage(str(out))
    out = tmp_path / "big.png"
    assert main(["export", str(map_file), "-o", str(out), "--dpi", "96"]) == 0
    big = QImage(str(out))
    assert big.width() == pytest.approx(2 * small.width(), abs=2)
    assert big.dotsPerMeterX() == round(96 / 0.0254)


def test_svg(map_file, tmp_path, qapp):
    out = tmp_path / "map.svg"
    assert main(["export", str(map_file), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "Notices a banner" in text
    assert "<image" not in text
    assert "@font-face" in text  # the bundled fonts travel with the picture


def test_pdf_sheet_sized_to_the_map(map_file, tmp_path):
    small, big = tmp_path / "s.pdf", tmp_path / "b.pdf"
    assert main(["export", str(map_file), "-o", str(small), "--paper", "auto"]) == 0
    assert main(["export", str(map_file), "-o", str(big), "--paper", "auto",
                 "--scale", "200%", "--tile", "A4"]) == 0
    w_small = float(PdfReader(str(small)).pages[0].mediabox.width)
    assert w_small > 500
    assert len(PdfReader(str(big)).pages) > 2


def test_png_and_svg_warn_about_poster_options_they_ignore(map_file, tmp_path, qapp, capsys):
    out = tmp_path / "x.png"
    assert main(["export", str(map_file), "-o", str(out), "--blank", "--tile", "A4",
                 "--dpi", "40"]) == 0
    err = capsys.readouterr().err
    assert "--blank does not apply to .png" in err
    assert "--tile does not apply to .png" in err
    assert "--dpi" not in err
    out = tmp_path / "x.svg"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A3", "--dpi", "300"]) == 0
    err = capsys.readouterr().err
    assert "--paper does not apply to .svg" in err and "--dpi does not apply to .svg" in err
    out = tmp_path / "x.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--paper", "A3", "--dpi", "300"]) == 0
    err = capsys.readouterr().err
    assert "--dpi does not apply to .pdf" in err and "--paper" not in err


def test_relative_card_image_is_found_beside_the_map(tmp_path, monkeypatch):
    from PIL import Image

    from tests.pdf.helpers import image_count

    folder = tmp_path / "maps"
    (folder / "img").mkdir(parents=True)
    Image.new("RGB", (40, 30), (200, 80, 40)).save(folder / "img" / "photo.png")
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, image="img/photo.png")
    save(doc, folder / "map.cjm")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    out = tmp_path / "p.pdf"
    assert main(["export", str(folder / "map.cjm"), "-o", str(out), "--paper", "A2"]) == 0
    assert image_count(out) == 1
