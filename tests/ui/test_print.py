"""File › Print… and Print Tiled…: the poster on a printer's pages, fitted or tiled with
the tiled PDF's plan, marks and guide; Page Setup remembered. Printed to a PDF printer
(QPrinter, PdfFormat) and read back with pypdf; the PDF player against poppler."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter

from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import MM, PosterOptions, export_poster
from cjdesigner.ui.pdf_player import PdfPlayer, parse_to_unicode
from cjdesigner.ui.window_print import TileOptions

TITLES = ("Notices a banner", "Reads three reviews", "Prices hard to compare", "Comparison guide")


def set_paper(window, size_id, orientation=QPageLayout.Orientation.Portrait):
    window.printing.printer().setPageLayout(QPageLayout(
        QPageSize(size_id), orientation, QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter))


def page_sizes(reader: PdfReader) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]


def words(text: str) -> str:
    """Text with every run of white space as one space (Qt's PDF writer puts a tab for a
    space: it maps the space glyph back to the lowest code point it draws it for)."""
    return " ".join(text.split())


def text_of(reader: PdfReader) -> str:
    return words(" ".join(page.extract_text() for page in reader.pages))


def test_ctrl_p_prints_the_poster_fitted_to_the_page(make_window, map_file, dialogs, tmp_path,
                                                    qtbot):
    window = make_window()
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_path(str(map_file))
    set_paper(window, QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape)
    dialogs.print_path = str(tmp_path / "fitted.pdf")
    qtbot.keyClick(window.current_tab().canvas, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.asked[-1][:2] == ("print", "Print poster"), dialogs.asked[-1]
    reader = PdfReader(dialogs.print_path)
    assert page_sizes(reader) == [(842, 595)]  # A4 landscape, the printer's paper
    text = text_of(reader)
    for title in TITLES:
        assert title in text
    assert sample_map().meta.title in text
    fonts = {str(f["/BaseFont"]) for f in _fonts(reader)}
    assert any("SourceSansPro" in f for f in fonts)  # text in the poster's own fonts
    assert "Sent 1 page to fitted.pdf" in window.statusBar().currentMessage()


def _fonts(reader):
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            yield font.get_object()


def test_print_tiled_follows_the_tiled_pdf_plan_on_the_printer_paper(make_window, map_file,
                                                                     dialogs, tmp_path):
    window = make_window()
    window.open_path(str(map_file))
    set_paper(window, QPageSize.PageSizeId.A4)
    window.settings.print_poster_paper = "A2"
    window.settings.print_overlap_mm = 10
    dialogs.print_path = str(tmp_path / "tiled.pdf")
    done = window.printing.print_map(tiled=True)
    assert isinstance(dialogs.asked[-1][2], TileOptions)  # the dialog's Poster tab
    # the same plan, marks and guide as the tiled PDF export of an A2 poster on A4
    export = export_poster(sample_map(), tmp_path / "export.pdf",
                           PosterOptions(paper="A2", tile="A4", overlap=10 * MM))
    printed = PdfReader(dialogs.print_path)
    exported = PdfReader(export.path)
    assert done.grid == export.grid and done.pages == export.pages == export.grid[0] * export.grid[1] + 1
    assert page_sizes(printed) == page_sizes(exported)
    assert {tuple(sorted(s)) for s in page_sizes(printed)} == {(595, 842)}  # A4, either way
    guide = words(printed.pages[0].extract_text())
    assert "Assembly guide" in guide and "overlap 10 mm" in guide
    assert f"{done.pages - 1} sheets of A4" in guide
    sheet = words(printed.pages[2].extract_text())
    assert "A2" in sheet and "cut here" in sheet and "sheet 2 of" in sheet
    text = text_of(printed)
    for title in TITLES:
        assert title in text


def test_the_poster_tab_sets_size_and_overlap_and_they_are_remembered(make_window, map_file,
                                                                      dialogs, tmp_path):
    window = make_window()
    window.open_path(str(map_file))
    set_paper(window, QPageSize.PageSizeId.Letter)
    real = dialogs.print_setup

    def choose_in_tab(printer, title, options=None):
        options.paper.setCurrentText("A3")
        options.overlap.setValue(15)
        return real(printer, title, options)

    dialogs.print_setup = choose_in_tab
    dialogs.print_path = str(tmp_path / "letter.pdf")
    done = window.printing.print_map(tiled=True)
    assert window.settings.print_poster_paper == "A3"
    assert window.settings.print_overlap_mm == 15
    reader = PdfReader(dialogs.print_path)
    assert {tuple(sorted(s)) for s in page_sizes(reader)} == {(612, 792)}  # US Letter
    guide = words(reader.pages[0].extract_text())
    assert "overlap 15 mm" in guide and "poster 420 mm × 297 mm" in guide
    assert len(reader.pages) == done.pages
    assert TileOptions(window.settings).overlap.value() == 15


def test_a_page_range_prints_only_those_sheets(make_window, map_file, dialogs, tmp_path):
    window = make_window()
    window.open_path(str(map_file))
    set_paper(window, QPageSize.PageSizeId.A4)
    window.settings.print_poster_paper = "A2"
    real = dialogs.print_setup

    def sheets_two_and_three(printer, title, options=None):
        printer.setFromTo(2, 3)
        return real(printer, title, options)

    dialogs.print_setup = sheets_two_and_three
    dialogs.print_path = str(tmp_path / "two.pdf")
    assert window.printing.print_map(tiled=True).pages == 2
    reader = PdfReader(dialogs.print_path)
    assert len(reader.pages) == 2
    assert "A1" in reader.pages[0].extract_text() and "Assembly" not in text_of(reader)
    # the range was for that printout only
    dialogs.print_setup = real
    dialogs.print_path = str(tmp_path / "all.pdf")
    assert window.printing.print_map(tiled=True).pages > 2


def test_cancelling_the_print_dialog_prints_nothing(make_window, map_file, dialogs, tmp_path):
    window = make_window()
    window.open_path(str(map_file))
    dialogs.print_answer = False
    dialogs.print_path = str(tmp_path / "never.pdf")
    assert window.printing.print_map() is None
    assert not (tmp_path / "never.pdf").exists()


def test_page_setup_is_remembered_for_the_next_session(make_window, dialogs, settings):
    window = make_window()
    assert window.printing.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    dialogs.page_layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A5),
                                      QPageLayout.Orientation.Portrait,
                                      QMarginsF(5, 6, 7, 8), QPageLayout.Unit.Millimeter)
    window.act_page_setup.trigger()
    assert dialogs.asked[-1][0] == "page setup"
    window.close()
    later = make_window()
    layout = later.printing.printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A5
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert [round(v, 3) for v in (margins.left(), margins.top(), margins.right(),
                                  margins.bottom())] == [5, 6, 7, 8]
    # a cancelled page setup changes nothing
    dialogs.page_layout = None
    assert later.printing.page_setup() is False


def test_a_poster_too_small_for_its_text_says_so_after_printing(make_window, map_file, dialogs,
                                                                tmp_path):
    window = make_window()
    window.open_path(str(map_file))
    window.printing.printer().setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait,
        QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    dialogs.print_path = str(tmp_path / "a6.pdf")
    assert window.printing.print_map() is not None
    assert dialogs.asked[-1][:2] == ("info", "Printed with warnings")
    assert PdfReader(dialogs.print_path).pages[0].extract_text()


# -- the player --------------------------------------------------------------------------------
def test_to_unicode_maps_are_read_char_by_char_and_by_range():
    cmap = (b"2 beginbfchar <01> <0041> <02> <00660069> endbfchar\n"
            b"1 beginbfrange\n<03> <05> <0061>\n<06> <07> [<00E9> <2191>]\nendbfrange")
    assert parse_to_unicode(cmap) == {1: "A", 2: "fi", 3: "a", 4: "b", 5: "c", 6: "é", 7: "↑"}


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_the_player_draws_pages_as_poppler_does(tmp_path, qapp):
    """Every sheet of a tiled poster (marks, labels, the poster's part) drawn by the player
    and by poppler at the same size: nearly the same picture, far nearer than a blank
    page (a sheet showing the wrong part of the poster is about twice as far off)."""
    # without the moments that matter the panels go below the map, so every sheet holds a
    # good share of the poster (beside it, the bottom-left sheet is almost blank, and a
    # blank sheet says little about the drawing)
    result = export_poster(sample_map(), tmp_path / "t.pdf",
                           PosterOptions(paper="A3", tile="A4", overlap=10 * MM, moments=False))
    player = PdfPlayer(result.path.read_bytes())
    assert player.page_count == 5
    for index in range(1, player.page_count):
        w, h = player.page_size(index)
        dpi = 40
        size = (round(w / 72 * dpi), round(h / 72 * dpi))
        mine = QImage(*size, QImage.Format.Format_RGB32)
        mine.fill(QColor("white"))
        painter = QPainter(mine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        player.draw_page(painter, index, QRectF(0, 0, *size))
        painter.end()
        out = tmp_path / f"p{index}"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(index + 1), "-l", str(index + 1),
                        "-png", "-singlefile", "-scale-to-x", str(size[0]), "-scale-to-y",
                        str(size[1]), str(result.path), str(out)], check=True)
        poppler = QImage(str(out) + ".png")
        assert (poppler.width(), poppler.height()) == size
        blank = QImage(*size, QImage.Format.Format_RGB32)
        blank.fill(QColor("white"))
        assert _difference(mine, poppler) < 0.22 * _difference(blank, poppler), index


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of the colour channels, both pictures scaled to a quarter
    (anti-aliasing of hairlines differs between renderers; shapes and places do not)."""

    def quarter(image: QImage) -> QImage:
        return image.convertToFormat(QImage.Format.Format_RGB32).scaled(
            image.width() // 4, image.height() // 4, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation)

    a, b = quarter(a), quarter(b)
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            total += sum(abs(((pa >> s) & 255) - ((pb >> s) & 255)) for s in (0, 8, 16))
    return total / (3 * a.width() * a.height())


def test_a_large_map_is_prepared_in_a_worker_and_can_be_cancelled(make_window, map_file,
                                                                  dialogs, tmp_path, qtbot,
                                                                  monkeypatch):
    """The export for a large map runs in a worker thread behind a progress dialog (the
    window stays responsive); a click on its Cancel sends nothing to the printer."""
    from tests.ui.test_long_tasks import CancelWhenShown

    window = make_window()
    window.progress_delay_ms = 0
    window.show()
    window.open_path(str(map_file))
    window.long_task_cards = 1  # the sample map counts as large here
    dialogs.print_path = str(tmp_path / "worker.pdf")
    done = window.printing.print_map()
    assert done is not None and done.pages == 1
    assert "Notices a banner" in text_of(PdfReader(dialogs.print_path))

    canceller = CancelWhenShown(window, qtbot)

    def slow_export(doc, preparation):  # as a huge map's export: busy until interrupted
        canceller.hold()
        while True:
            time.sleep(0.005)

    monkeypatch.setattr("cjdesigner.ui.window_print.make_pdf", slow_export)
    dialogs.print_path = str(tmp_path / "cancelled.pdf")
    assert window.printing.print_map(tiled=True) is None
    assert canceller.clicked.is_set()
    assert not (tmp_path / "cancelled.pdf").exists()
    assert "Printing stopped" in window.statusBar().currentMessage()
