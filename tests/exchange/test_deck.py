"""The PowerPoint deck: opened by python-pptx, converted to PDF by LibreOffice, slides
counted, cards as editable text boxes in their lanes, curves as a native chart."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu

from cjdesigner.exchange.deck import DeckBuilder, deck_bytes, write_deck
from cjdesigner.fileio import load
from cjdesigner.layout import layout_map
from cjdesigner.model import Card, LaneKind
from tests.edit_helpers import append_card

from .tools import program, soffice_convert

TEMPLATES = sorted(Path("resources/templates").glob("*.cjm"))


def _texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def _open(data: bytes):
    return Presentation(io.BytesIO(data))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_deck_of_every_template(template: Path) -> None:
    doc = load(template)
    prs = _open(deck_bytes(doc))
    assert (prs.slide_width, prs.slide_height) == (Emu(12192000), Emu(6858000))  # 16:9
    slides = list(prs.slides)
    stages = [s for s in slides if any(t.startswith("STAGE ") for t in _texts(s))]
    # one slide per stage (a stage too dense for one may take more, never fewer)
    assert len({_texts(s)[1].split("  (")[0] for s in stages}) == len(doc.stages)
    expected = 2 + len(stages) + (1 if doc.curves else 0) + len(doc.personas) + 1
    assert len(slides) == expected
    assert doc.meta.title in _texts(slides[0])
    # every card is an editable text box on the slide of its stage
    stage_of = {step.id: stage.name for stage in doc.stages for step in stage.steps}
    found: dict[str, list[str]] = {}
    for slide in stages:
        name = _texts(slide)[1].split("  (")[0]
        for text in _texts(slide):
            found.setdefault(text.split("\n")[0], []).append(name)
    for card in doc.cards:
        title = card.title or "Untitled"
        assert stage_of[card.step_id] in found.get(title, []), title
    if doc.curves:
        charts = [sh for s in slides for sh in s.shapes if sh.has_chart]
        assert len(charts) == 1
        chart = charts[0].chart
        assert len(list(chart.plots[0].series)) == len(doc.curves)
        assert len(chart.plots[0].categories) == len(doc.steps())


def test_cards_sit_in_their_lanes_and_columns() -> None:
    doc = load(Path("resources/templates/washing-machine-retailer.cjm"))
    builder = DeckBuilder(doc, layout_map(doc))
    prs = _open(builder.build())
    stage = doc.stages[1]
    slide = next(s for s in prs.slides if stage.name in _texts(s)[1:2])
    boxes = {sh.text_frame.text.split("\n")[0]: sh for sh in slide.shapes if sh.has_text_frame}
    lane_y = {lane.title: boxes[lane.title].top for lane in doc.lanes if lane.title in boxes}
    for card in doc.cards:
        if card.step_id not in {s.id for s in stage.steps}:
            continue
        shape = boxes[card.title]
        lane = doc.find_lane(card.lane_id)
        top = lane_y[lane.title]
        following = sorted(y for y in lane_y.values() if y > top)
        assert top <= shape.top < (following[0] if following else 10**9)
        column = [s.id for s in stage.steps].index(card.step_id)
        step_box = boxes[stage.steps[column].name.split("\n")[0]] if stage.steps[column].name \
            in boxes else None
        if step_box is not None:
            assert step_box.left <= shape.left < step_box.left + step_box.width
        # editable: the text is the card's own, in runs of the map's font
        run = shape.text_frame.paragraphs[0].runs[0]
        assert run.font.name == "Source Sans Pro" and run.text == card.title


def test_hostile_and_unwritable_text_is_kept_as_text() -> None:
    doc = load(Path("resources/templates/five-stage-journey.cjm"))
    lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.OPPORTUNITIES)
    step = doc.stages[0].steps[0]
    append_card(doc, Card(lane_id=lane.id, step_id=step.id, votes=99,
                          title="<img src=x onerror=alert(1)> &amp; \x01\x0bbell",
                          description="]]></a:t><p:sp/>"))
    prs = _open(deck_bytes(doc))
    texts = [t for s in prs.slides for t in _texts(s)]
    assert any(t.startswith("<img src=x onerror=alert(1)> &amp; ") and "bell" in t
               for t in texts)
    assert any("]]></a:t><p:sp/>" in t for t in texts)
    # the most voted opportunity comes first
    last = list(prs.slides)[-1]
    assert "<img src=x onerror=alert(1)>" in " ".join(_texts(last))


def test_libreoffice_converts_decks_to_pdf(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = ("washing-machine-retailer", "service-blueprint", "day-in-the-life")
    decks = []
    counts = {}
    for name in names:
        deck = folder / f"{name}.pptx"
        write_deck(load(Path(f"resources/templates/{name}.cjm")), deck)
        decks.append(deck)
        counts[name] = len(Presentation(str(deck)).slides)
    pdfs = soffice_convert(decks, "pdf", tmp_path / "out", tmp_path / "profile")
    pdfinfo = program("pdfinfo", "poppler-utils")
    for name, pdf in zip(names, pdfs, strict=True):
        info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, check=True)
        pages = int(next(line for line in info.stdout.splitlines()
                         if line.startswith("Pages:")).split()[1])
        assert pages == counts[name]
    text = subprocess.run([program("pdftotext", "poppler-utils"), str(pdfs[0]), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Top opportunities" in text and "How it feels" in text


def test_deck_writes_atomically_and_refuses_folders(tmp_path: Path) -> None:
    from cjdesigner.exchange.deck import DeckError

    doc = load(TEMPLATES[0])
    with pytest.raises(DeckError, match="folder"):
        write_deck(doc, tmp_path)
    write_deck(doc, tmp_path / "deck.pptx")
    assert Presentation(str(tmp_path / "deck.pptx")).slides
