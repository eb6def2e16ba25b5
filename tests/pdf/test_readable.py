"""Posters sized for reading and nothing lost (issue 14): printed sizes per role read from
the PDF (pdfplumber gives each character's size), the minimum text size with what would
meet it, --paper auto, --strict, the footnote marks and the appendix."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pytest

from cjdesigner.cli import main
from cjdesigner.fileio import save
from cjdesigner.model import Card, Lane, LaneKind, Persona, Stage, Step
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import PaperError, PosterOptions, export_poster
from cjdesigner.pdf.readability import WALL_MIN, parse_min_text

from .helpers import text_of


def word_sizes(path: Path, page: int = 0) -> dict[str, set[float]]:
    """Each word on the page → the sizes it is printed at (rounded to 0.1 pt)."""
    out: dict[str, set[float]] = defaultdict(set)
    with pdfplumber.open(str(path)) as pdf:
        for word in pdf.pages[page].extract_words(extra_attrs=["size"]):
            out[word["text"]].add(round(float(word["size"]), 1))
    return out


def tagged_map():
    """A small map whose every role carries its own made-up word, to find in the PDF."""
    doc = sample_map()
    stages = [
        Stage(id=f"st{i}", name=f"Stagexx {i}",
              steps=[Step(id=f"sp{i}{j}", name=f"Stepyy {i}{j}") for j in range(2)])
        for i in range(3)
    ]
    lanes = [Lane(id="l-a", title="Laneqq actions", kind=LaneKind.ACTIONS),
             Lane(id="l-b", title="Laneqq pains", kind=LaneKind.PAIN_POINTS)]
    cards = [Card(id=f"c{i}{j}", lane_id="l-a" if j % 2 else "l-b", step_id=f"sp{i}{j}",
                  title="Titlezz card", description="Bodyww text of the card",
                  channel="website", evidence="observed")
             for i in range(3) for j in range(2)]
    return doc.model_copy(update={
        "meta": doc.meta.model_copy(update={"title": "Posterkk title"}),
        "stages": stages, "lanes": lanes, "cards": cards, "curves": [],
        "personas": [Persona(id="p1", name="Personaname", goals=["Goalvv"], primary=True)],
    })


def _size(sizes: dict[str, set[float]], word: str) -> float:
    assert word in sizes, f"{word} not on the poster"
    return max(sizes[word])


def test_type_steps_up_from_card_body_to_title_and_panels_stay_quieter(tmp_path):
    out = tmp_path / "p.pdf"
    result = export_poster(tagged_map(), out, PosterOptions(paper="A0"))
    assert not [w for w in result.warnings if "prints at" in w]
    sizes = word_sizes(out)
    title = _size(sizes, "Posterkk")
    stage = _size(sizes, "Stagexx")
    step = _size(sizes, "Stepyy")
    lane = _size(sizes, "Laneqq")
    card_title = _size(sizes, "Titlezz")
    body = _size(sizes, "Bodyww")
    goal = _size(sizes, "Goalvv")
    # a stepped scale: about 1.3–1.4 × a level, the map's stages louder than the panels
    assert title >= 1.35 * stage
    assert stage >= 1.3 * step
    assert step == pytest.approx(lane, rel=0.02)
    assert step >= 1.2 * card_title
    assert card_title >= 1.25 * body
    assert goal <= body
    # a wall poster: at least 16 pt card text, 20 pt titles
    assert body >= WALL_MIN.body - 0.05 and card_title >= WALL_MIN.title - 0.05


def dense_map(steps: int = 16, per_cell: int = 1, long: bool = True):
    doc = sample_map()
    stage = Stage(id="st", name="All of it",
                  steps=[Step(id=f"s{i}", name=f"Step {i}") for i in range(steps)])
    lanes = [Lane(id=f"l{k}", title=f"Lane {k}", kind=LaneKind.ACTIONS) for k in range(10)]
    text = ("The customer reads the delivery note twice, calls the helpline, waits on hold "
            "for twenty minutes and finally gets a slot for Saturday morning between eight "
            "and noon which nobody confirms by email ")
    cards = [Card(id=f"c{i}-{k}-{n}", lane_id=f"l{k}", step_id=f"s{i}",
                  title=f"Card {i} {k} {n} wants a longer title than usual for a card",
                  description=(text * 2 if long and (i + k) % 3 == 0 else "Short note"))
             for i in range(steps) for k in range(10) for n in range(per_cell)]
    return doc.model_copy(update={"stages": [stage], "lanes": lanes, "cards": cards,
                                  "curves": []})


def test_a_map_too_dense_for_the_sheet_says_what_would_work(tmp_path):
    result = export_poster(dense_map(), tmp_path / "p.pdf", PosterOptions(paper="A1"))
    message = next(w for w in result.warnings if "Card text prints at" in w)
    sizes = re.findall(r"prints at ([\d.]+) pt", message)
    assert float(sizes[0]) < 16
    assert "what would work" in message
    assert "--tile A4" in message or "--paper" in message


def test_strict_refuses_text_under_the_minimum_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "m.cjm"
    save(dense_map(long=False), path)
    out = tmp_path / "p.pdf"
    assert main(["export", str(path), "-o", str(out), "--paper", "A1", "--strict"]) == 1
    err = capsys.readouterr().err
    assert "Card text prints at" in err and "Traceback" not in err
    assert not out.exists()


def test_paper_auto_picks_a_format_that_meets_the_minimum(tmp_path):
    out = tmp_path / "p.pdf"
    result = export_poster(dense_map(steps=8, long=False), out, PosterOptions(paper="auto"))
    assert any("--paper auto chose" in w for w in result.warnings)
    assert not [w for w in result.warnings if "Card text prints at" in w]
    # the printed card text of the file itself (first sheet, or the first tile)
    page = 1 if result.grid else 0
    sizes = word_sizes(out, page)
    bodies = sizes.get("Short", set())
    assert bodies and min(bodies) >= WALL_MIN.body - 0.05


def test_min_text_option_and_its_spellings(tmp_path):
    assert parse_min_text("16") == parse_min_text("16/20") == parse_min_text("16pt, 20pt")
    assert parse_min_text(None) is None
    with pytest.raises(PaperError):
        parse_min_text("tiny")
    small = export_poster(dense_map(steps=6, long=False), tmp_path / "a.pdf",
                          PosterOptions(paper="A1", min_text=parse_min_text("6")))
    assert not [w for w in small.warnings if "Card text prints at" in w]


def test_every_word_of_every_card_is_on_the_poster_or_in_its_appendix(tmp_path):
    doc = dense_map()
    out = tmp_path / "p.pdf"
    result = export_poster(doc, out, PosterOptions(paper="A0"))
    note = next(w for w in result.warnings if "did not fit" in w)
    count = int(re.match(r"(\d+) card", note).group(1))
    assert count > 0 and result.pages > 1
    text = text_of(out)
    for card in doc.cards:
        for word in (card.title + " " + card.description).split():
            assert word in text, (card.id, word)
    # every mark on the poster has its entry in the appendix
    with pdfplumber.open(str(out)) as pdf:
        poster = pdf.pages[0].extract_text() or ""
        appendix = " ".join(p.extract_text() or "" for p in pdf.pages[1:])
    assert f"→{count}" in poster and f"→{count + 1}" not in poster
    assert "Appendix" in appendix and "Card 0 0 0 wants" in appendix


def test_strict_refuses_cards_cut_short(tmp_path):
    with pytest.raises(PaperError) as info:
        export_poster(dense_map(), tmp_path / "p.pdf",
                      PosterOptions(paper="A0", min_text=parse_min_text("5"), strict=True))
    assert "did not fit" in str(info.value)


def test_long_lane_headers_and_stage_names_wrap_whole(tmp_path):
    doc = sample_map()
    long_lane = "What the customer says and looks at during the visit to the store"
    lanes = [doc.lanes[0].model_copy(update={"title": long_lane}), *doc.lanes[1:]]
    stages = [doc.stages[0].model_copy(update={"name": "Thinking about it for a while"}),
              *doc.stages[1:]]
    doc = doc.model_copy(update={"lanes": lanes, "stages": stages})
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1"))
    with pdfplumber.open(str(out)) as pdf:
        words = [w["text"] for w in pdf.pages[0].extract_words()]
    text = " ".join(words)
    assert "…" not in text
    for word in long_lane.split() + ["Thinking", "about", "it", "for", "a", "while"]:
        assert word in words, word


def test_the_corner_explains_how_to_read_the_map(tmp_path):
    out = tmp_path / "p.pdf"
    export_poster(sample_map(), out, PosterOptions(paper="A2"))
    assert "HOW TO READ THIS MAP" in text_of(out)
