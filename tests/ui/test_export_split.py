"""The export dialog offers compact cards and --split stages, says what it will write,
writes it, and remembers the choice."""

import pdfplumber
from PySide6.QtCore import Qt

from cjdesigner.model.sample import sample_map


def words_of(path):
    with pdfplumber.open(str(path)) as pdf:
        return (pdf.pages[0].extract_text() or "").split()


def test_the_dialog_splits_into_an_overview_and_a3_stage_pages(
        make_window, map_file, dialogs, settings, tmp_path, qtbot):
    stages = sum(1 for stage in sample_map().stages if stage.steps)
    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    panel = dialog.panel("pdf")
    panel.paper.setCurrentText("A1")
    panel.split.setCurrentIndex(panel.split.findData("stages:A3"))
    assert not panel.cards.isEnabled()  # the overview's cards are always compact
    assert f"({stages}) on A3" in dialog.info.text()
    target = tmp_path / "split.pdf"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with pdfplumber.open(str(target)) as pdf:
        sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    a3 = {(842, 1191), (1191, 842)}
    assert sizes[0] not in a3
    assert sum(size in a3 for size in sizes) >= stages  # a page per stage (and appendix)
    again = window.files.make_export_dialog()
    qtbot.addWidget(again)
    assert again.panel("pdf").split.currentData() == "stages:A3"


def test_compact_cards_are_a_choice(make_window, map_file, dialogs, settings, tmp_path,
                                    qtbot):
    window = make_window()
    window.open_path(str(map_file))
    dialog = window.files.make_export_dialog()
    qtbot.addWidget(dialog)
    panel = dialog.panel("pdf")
    full = tmp_path / "full.pdf"
    dialog.path.setText(str(full))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    panel.cards.setCurrentIndex(panel.cards.findData("compact"))
    assert panel.values()["compact"] is True
    compact = tmp_path / "compact.pdf"
    dialog.path.setText(str(compact))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    described = sum(len(card.description.split()) for card in sample_map().cards)
    full_words, compact_words = words_of(full), words_of(compact)
    assert len(compact_words) < len(full_words) - described // 2  # no descriptions
    for card in sample_map().cards:
        assert card.title.split()[0] in compact_words
