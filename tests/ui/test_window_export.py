"""Exports from the window: where files are first offered, and the export dialog asking
through the window's settings and dialogs (so tests and CJDESIGNER_SETTINGS reach it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QPushButton

from cjdesigner.resources import ROOT
from tests.ui.test_window import EXAMPLE


def offered(dialogs) -> Path:
    kind, _title, suggested = dialogs.asked[-1]
    assert kind == "save as"
    return Path(suggested)


def test_every_export_is_offered_outside_the_templates_and_as_a_full_path(
    make_window, map_file, dialogs, settings, tmp_path
):
    window = make_window()
    window.open_path(str(EXAMPLE))  # a bundled template opened as a file
    window.act_export_csv.trigger()
    first = offered(dialogs)
    assert first.is_absolute() and first.name == "washing-machine-retailer.csv"
    assert ROOT.resolve() not in first.resolve().parents
    window.export_as("md")
    assert offered(dialogs).parent == first.parent
    assert Path(window.files.make_export_dialog().path.text()).parent == first.parent

    window.act_new.trigger()  # never saved: the title names it
    window.act_export_csv.trigger()
    assert offered(dialogs).is_absolute() and offered(dialogs).name == "untitled-journey.csv"

    exports = tmp_path / "exports"
    exports.mkdir()
    settings.export_folder = str(exports)  # the last export went here
    window.act_export_csv.trigger()
    assert offered(dialogs) == exports / "untitled-journey.csv"

    window.open_path(str(map_file))  # a saved map: beside it
    window.act_export_csv.trigger()
    assert offered(dialogs) == map_file.with_suffix(".csv")
    dialogs.save_path = str(tmp_path / "cards")
    window.act_export_csv.trigger()
    assert (tmp_path / "cards.csv").exists()
    assert settings.export_folder == str(tmp_path)


def test_export_dialog_asks_through_the_window(make_window, map_file, dialogs, settings,
                                               tmp_path, qtbot):
    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    assert dialog.path.text() == str(map_file.with_suffix(".pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("md"))
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…")
    dialogs.save_path = str(tmp_path / "missing" / "journey")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][:2] == ("save as", "Export to")
    assert dialog.path.text() == str(tmp_path / "missing" / "journey.md")
    assert dialogs.parent is window  # asked over the export dialog, then given back
    # a folder that does not exist: the window's dialogs report it, nothing blocks
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][:2] == ("error", "Export failed")
    dialog.path.setText(str(tmp_path / "journey.md"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "journey.md").exists()
    assert settings.export_folder == str(tmp_path)  # remembered in the window's settings


def test_export_dialog_on_its_own_honours_cjdesigner_settings(monkeypatch, tmp_path, qtbot):
    from cjdesigner.model.sample import sample_map
    from cjdesigner.ui.controller import DocumentController
    from cjdesigner.ui.export_dialog import ExportDialog

    ini = tmp_path / "settings.ini"
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    store.setValue("export/folder", str(tmp_path / "posters"))
    store.sync()
    monkeypatch.setenv("CJDESIGNER_SETTINGS", str(ini))
    dialog = ExportDialog(DocumentController(sample_map()))
    qtbot.addWidget(dialog)
    assert dialog.path.text() == str(tmp_path / "posters" / "sample-journey.pdf")


def test_exports_read_relative_card_images_from_the_maps_folder(
    make_window, map_file, dialogs, monkeypatch
):
    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    assert dialog.panel("pdf").poster_options().base_dir == map_file.parent

    seen = {}

    def fake_export(doc, path, options):
        seen.update(options)

    from dataclasses import replace

    from cjdesigner.export.registry import REGISTRY

    monkeypatch.setitem(REGISTRY, "pdf", replace(REGISTRY["pdf"], export=fake_export))
    dialogs.save_path = str(map_file.with_suffix(".pdf"))
    window.export_as("pdf")
    assert seen["base_dir"] == map_file.parent


@pytest.fixture
def words_registered(monkeypatch):
    from cjdesigner.export import registry
    from tests.export.test_registry import WORDS

    monkeypatch.setattr(registry, "REGISTRY", dict(registry.REGISTRY))
    registry.register(WORDS)


def test_one_registration_reaches_export_as_and_the_dialog(words_registered, make_window,
                                                           map_file, dialogs, tmp_path, qtbot):
    window = make_window()
    window.open_path(str(map_file))
    window.files.fill_export_menu()
    action = next(a for a in window.export_menu.actions() if a.text() == "Card titles…")
    dialogs.save_path = str(tmp_path / "menu")
    action.trigger()
    assert (tmp_path / "menu.words").read_text(encoding="utf-8").count("\n") == 2

    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("words"))
    panel = dialog.panel()
    assert dialog.options.currentWidget() is panel and set(panel.fields) == {"count", "pipes"}
    assert dialog.info.text() == f"{len(dialog.doc.cards)} card titles"
    from PySide6.QtWidgets import QCheckBox, QLineEdit

    panel.findChild(QLineEdit).setText("4")
    panel.findChild(QCheckBox).setChecked(True)
    out = tmp_path / "dialog.words"
    assert dialog.export_to(out) == ["only titles"]
    assert out.read_text(encoding="utf-8").count(" | ") == 3
    panel.findChild(QLineEdit).setText("many")
    assert not dialog.export_button.isEnabled() and "not a number" in dialog.info.text()


def test_export_dialog_asks_before_replacing_and_remembers_its_choices(
        make_window, map_file, dialogs, settings, tmp_path, qtbot):
    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    panel = dialog.panel("pdf")
    panel.paper.setCurrentText("A2")
    panel.tile.setCurrentIndex(panel.tile.findData("A4"))
    panel.min_text.setValue(12)
    target = tmp_path / "poster.pdf"
    target.write_bytes(b"keep me")
    dialog.path.setText(str(target))
    dialogs.confirm_answer = False  # "Cancel": the file stays as it was
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1][:2] == ("confirm", "Replace file?")
    assert target.read_bytes() == b"keep me"
    dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    # the next dialog opens with the same choices
    again = window.files.make_export_dialog()
    qtbot.addWidget(again)
    panel = again.panel("pdf")
    assert again.kind() == "pdf"
    assert panel.paper.currentText() == "A2" and panel.tile.currentData() == "A4"
    assert panel.min_text.value() == 12


def test_blank_template_preview_matches_the_pdf(make_window, map_file, tmp_path, qtbot):
    """Issue 14 part 9: the export dialog's preview of the blank template is the PDF's:
    the same sheet, the same boxes (band, map), the same picture in the map box (tall
    rows and sticky notes included)."""
    import pdfplumber
    import pypdfium2 as pdfium
    from PIL import Image

    from cjdesigner.pdf import export_poster
    from cjdesigner.pdf.poster import band_box

    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    panel = dialog.panel("pdf")
    panel.paper.setCurrentText("A2")
    panel.blank.setChecked(True)
    assert panel.notes.isEnabled()
    panel.notes.setCurrentIndex(panel.notes.findData("3x2"))
    plan = panel.plan()
    dialog.refresh()
    preview = dialog.preview
    assert preview.comp == plan.comp and preview.thumb is not None
    comp = plan.comp
    out = tmp_path / "blank.pdf"
    export_poster(dialog.doc, out, panel.poster_options())
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert (round(float(page.width), 1), round(float(page.height), 1)) == (
            round(comp.width, 1), round(comp.height, 1))
        h = float(page.height)
        band = band_box(comp, preview.bleed)
        assert any(abs(r["x0"] - band.x) < 0.5 and abs(r["top"] - (h - band.top)) < 0.5
                   and abs(r["width"] - band.w) < 0.5 for r in page.rects)
        mb = comp.map_box
        assert any(abs(r["x0"] - mb.x) < 0.5 and abs(r["top"] - (h - mb.top)) < 0.5
                   and abs(r["width"] - mb.w) < 0.5 and abs(r["height"] - mb.h) < 0.5
                   for r in page.rects), "the map's frame where the preview puts the map"
    # the preview's picture is what the PDF prints in the map box
    thumb = preview.thumb
    assert abs(thumb.width() / thumb.height() - mb.w / mb.h) < 0.01
    scale = 600 / mb.w
    rendered = pdfium.PdfDocument(str(out))[0].render(
        scale=scale, fill_color=(255, 255, 255, 255)).to_pil().convert("L")
    crop = rendered.crop((round(mb.x * scale), round((comp.height - mb.top) * scale),
                          round((mb.x + mb.w) * scale), round((comp.height - mb.y) * scale)))
    shown = thumb.convertToFormat(thumb.Format.Format_Grayscale8)
    ptr = shown.constBits()
    picture = Image.frombuffer("L", (shown.width(), shown.height()), bytes(ptr), "raw", "L",
                               shown.bytesPerLine(), 1).resize(crop.size)
    diff = sum(abs(a - b) for a, b in zip(picture.tobytes(), crop.tobytes(), strict=True))
    assert diff / (crop.width * crop.height) < 12
    # and it follows the choice of notes: none gives another picture
    panel.notes.setCurrentIndex(panel.notes.findData("none"))
    dialog.refresh()
    assert dialog.preview.thumb is not None and dialog.preview.thumb != thumb
