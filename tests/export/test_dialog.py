"""The export dialog: choices, preview summary, and export of each format."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.export_dialog import ExportDialog, paper_text


@pytest.fixture
def dialog(qtbot, tmp_path):
    controller = DocumentController(sample_map())
    dlg = ExportDialog(controller, None, visible_rect=QRectF(0, 0, 400, 300))
    qtbot.addWidget(dlg)
    dlg.path.setText(str(tmp_path / "out.pdf"))
    return dlg


def test_paper_text():
    assert paper_text("Roll 914 mm") == "roll:914mm"
    assert paper_text("A0") == "A0"
    assert paper_text("900x2000mm") == "900x2000mm"


def test_defaults_to_an_a0_poster(dialog):
    assert dialog.kind() == "pdf"
    opts = dialog.panel("pdf").poster_options()
    assert opts.paper == "A0" and opts.tile is None and opts.scale is None
    assert "Sheet 1189 × 841 mm" in dialog.info.text()
    assert dialog.export_button.isEnabled()


def _longest_orange_row(dialog) -> int:
    """The most pixels of the sheet grid's colour in one row of the painted preview
    (paintEvent runs): a grid line crosses the whole sheet, a sheet code does not."""
    from PySide6.QtGui import QColor

    from cjdesigner.ui.export_dialog import ORANGE

    dialog.preview.resize(480, 340)
    image = dialog.preview.grab().toImage()
    orange = QColor(ORANGE)
    longest = 0
    for y in range(image.height()):
        row = 0
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (abs(c.red() - orange.red()) < 24 and abs(c.green() - orange.green()) < 24
                    and abs(c.blue() - orange.blue()) < 24):
                row += 1
        longest = max(longest, row)
    return longest


def test_tiling_shows_the_sheet_grid(dialog):
    # one sheet: no grid line (the map's thumbnail may use the same orange in short runs)
    assert _longest_orange_row(dialog) < 60
    dialog.panel("pdf").tile.setCurrentIndex(dialog.panel("pdf").tile.findData("A4"))
    assert dialog.preview.grid is not None
    assert f"{dialog.preview.grid.count} sheets of A4" in dialog.info.text()
    assert _longest_orange_row(dialog) > 150  # the grid's lines are painted across


def test_bad_paper_disables_export(dialog):
    dialog.panel("pdf").paper.setCurrentText("B9 please")
    assert not dialog.export_button.isEnabled()
    assert "unknown paper" in dialog.info.text()


def _read_back(kind: str, out, doc) -> None:
    """Parse what the dialog wrote and check it holds the map."""
    if kind == "pdf":
        from pypdf import PdfReader

        text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
        assert doc.meta.title in text and doc.cards[0].title in text
    elif kind == "png":
        from PySide6.QtGui import QImage

        image = QImage(str(out))
        assert image.width() == 200 and image.height() == 150  # 400 × 300 scene px at 48 dpi
    elif kind == "svg":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(out.read_bytes())
        texts = " ".join("".join(el.itertext()) for el in root.iter()
                         if el.tag.endswith("text"))
        assert doc.cards[0].title.split()[0] in texts
    elif kind == "md":
        text = out.read_text(encoding="utf-8")
        assert "```mermaid\njourney\n" in text and f"title {doc.meta.title}" in text
    elif kind == "csv":
        import csv

        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert [r["title"] for r in rows] == [c.title for c in doc.cards]
    else:  # a format added to the registry: at least something was written
        assert out.stat().st_size > 0


def test_the_dialog_offers_every_format_of_the_registry(dialog):
    from cjdesigner.export.registry import all_formats

    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == [fmt.id for fmt in all_formats()]
    assert set(dialog.panels) == set(offered)


@pytest.mark.parametrize("kind", ["pdf", "png", "svg", "md", "csv"])
def test_export_each_format(dialog, tmp_path, kind):
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    assert dialog.path.text().endswith(f"out.{kind}")  # the suffix follows the format
    if kind == "png":
        dialog.panel("png").dpi.setValue(48)
        dialog.panel("png").visible_only.setChecked(True)
    out = tmp_path / f"map.{kind}"
    dialog.export_to(out)
    _read_back(kind, out, dialog.doc)


def test_blank_tiled_poster(dialog, tmp_path):
    dialog.panel("pdf").blank.setChecked(True)
    dialog.panel("pdf").paper.setCurrentText("A2")
    dialog.panel("pdf").tile.setCurrentIndex(dialog.panel("pdf").tile.findData("Letter"))
    out = tmp_path / "blank.pdf"
    dialog.export_to(out)
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == dialog.preview.grid.count + 1


def test_smallest_card_text_is_a_choice_and_the_summary_names_what_would_meet_it(dialog):
    panel = dialog.panel("pdf")
    panel.paper.setCurrentText("A3")
    assert "card text prints at" in dialog.info.text()
    assert "what would work" not in dialog.info.text()  # 8 pt on a desk sheet is met
    panel.min_text.setValue(16)
    assert "what would work" in dialog.info.text()
    assert "--paper A" in dialog.info.text()
    panel.min_text.setValue(4)
    assert "what would work" not in dialog.info.text()
    assert panel.poster_options().min_text is not None
    panel.min_text.setValue(0)  # by format again
    assert panel.poster_options().min_text is None
