"""The export dialog offers the workbook, the deck and the web page, previews them (the
map's picture and what the file will hold) and writes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from cjdesigner.fileio import dumps
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController
from cjdesigner.ui.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, tmp_path):
    controller = DocumentController(sample_map())
    dlg = ExportDialog(controller, None, visible_rect=QRectF(0, 0, 400, 300))
    qtbot.addWidget(dlg)
    dlg.path.setText(str(tmp_path / "out.pdf"))
    return dlg


@pytest.mark.parametrize("kind, words", [
    ("xlsx", "Importing it gives back this map exactly"),
    ("pptx", "stage slide"),
    ("html", "no network"),
])
def test_exchange_formats_in_the_dialog(dialog, tmp_path, kind, words):
    dialog.format.setCurrentIndex(dialog.format.findData(kind))
    assert dialog.path.text().endswith(f"out.{kind}")
    assert words in dialog.info.text()
    assert dialog.preview.thumb is not None  # the map's picture as the preview
    out = tmp_path / f"map.{kind}"
    dialog.export_to(out)
    doc = dialog.doc
    if kind == "xlsx":
        from cjdesigner.exchange.xlsx_read import read_workbook

        assert dumps(read_workbook(out).doc) == dumps(doc)
    elif kind == "pptx":
        from pptx import Presentation

        texts = [sh.text_frame.text for s in Presentation(str(out)).slides for sh in s.shapes
                 if sh.has_text_frame]
        assert doc.meta.title in texts and doc.cards[0].title in " ".join(texts)
    else:
        page = out.read_text(encoding="utf-8")
        assert page.startswith("<!DOCTYPE html>") and 'class="card"' in page
