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
    opts = dialog.poster_options()
    assert opts.paper == "A0" and opts.tile is None and opts.scale is None
    assert "Sheet 1189 × 841 mm" in dialog.info.text()
    assert dialog.export_button.isEnabled()


def test_tiling_shows_the_sheet_grid(dialog):
    dialog.tile.setCurrentIndex(dialog.tile.findData("A4"))
    assert dialog.preview.grid is not None
    assert f"{dialog.preview.grid.count} sheets of A4" in dialog.info.text()
    dialog.preview.repaint()


def test_bad_paper_disables_export(dialog):
    dialog.paper.setCurrentText("B9 please")
    assert not dialog.export_button.isEnabled()
    assert "unknown paper" in dialog.info.text()


@pytest.mark.parametrize("kind", ["pdf", "png", "svg", "md"])
def test_export_each_format(dialog, tmp_path, kind):
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    if kind == "png":
        dialog.dpi.setValue(48)
        dialog.visible_only.setChecked(True)
    out = tmp_path / f"map.{kind}"
    dialog.export_to(out)
    assert out.exists() and out.stat().st_size > 100
    if kind == "png":
        from PySide6.QtGui import QImage

        assert QImage(str(out)).width() == 200  # 400 scene px at 48 dpi


def test_blank_tiled_poster(dialog, tmp_path):
    dialog.blank.setChecked(True)
    dialog.paper.setCurrentText("A2")
    dialog.tile.setCurrentIndex(dialog.tile.findData("Letter"))
    out = tmp_path / "blank.pdf"
    dialog.export_to(out)
    from pypdf import PdfReader

    assert len(PdfReader(str(out)).pages) == dialog.preview.grid.count + 1
