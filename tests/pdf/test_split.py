"""--split stages and the compact card, read from the PDFs (pdfplumber)."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from cjdesigner.cli import main
from cjdesigner.fileio import cjm
from cjdesigner.layout import layout_map
from cjdesigner.model import Card, Evidence, JourneyMap, Lane, LaneKind, Stage, Step
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.readability import WALL_MIN

STAGES = 3


def staged_map() -> JourneyMap:
    """Three stages of two steps, three lanes; every card's title and description carry
    made-up words that name their stage (``Tqa1x3``, ``Dza1x3``)."""
    stages = [Stage(id=f"stage-{s}", name=f"Stage{s}name",
                    steps=[Step(id=f"step-{s}-{t}", name=f"Step {s}.{t}") for t in range(2)])
              for s in range(STAGES)]
    lanes = [Lane(id="lane-do", title="Does", kind=LaneKind.ACTIONS),
             Lane(id="lane-pain", title="Pains", kind=LaneKind.PAIN_POINTS),
             Lane(id="lane-opp", title="Opportunities", kind=LaneKind.OPPORTUNITIES)]
    cards = []
    for s in range(STAGES):
        for i in range(9):
            step = f"step-{s}-{i % 2}"
            lane = lanes[i % 3].id
            cards.append(Card(
                id=f"card-{s}-{i}", lane_id=lane, step_id=step, title=f"Tqa{s}x{i} short",
                description=f"Dza{s}x{i} " + "the customer keeps waiting for an answer " * 2,
                evidence=Evidence.OBSERVED if i % 2 else None, votes=i % 4))
    return JourneyMap(stages=stages, lanes=lanes, cards=cards)


def page_words(path: Path) -> list[dict[str, float]]:
    """Per page: each word → the largest size it prints at."""
    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            sizes: dict[str, float] = {}
            for word in page.extract_words(extra_attrs=["size"]):
                sizes[word["text"]] = max(sizes.get(word["text"], 0.0), float(word["size"]))
            pages.append(sizes)
    return pages


def test_compact_cards_print_titles_and_markers_only_and_larger(tmp_path):
    doc = staged_map()
    full, compact = tmp_path / "full.pdf", tmp_path / "compact.pdf"
    export_poster(doc, full, PosterOptions(paper="A1"))
    export_poster(doc, compact, PosterOptions(paper="A1", compact=True))
    words_full, words_compact = page_words(full)[0], page_words(compact)[0]
    for card in doc.cards:
        title = card.title.split()[0]
        assert title in words_compact
        assert card.description.split()[0] not in words_compact
        assert words_compact[title] >= words_full[title]
    # the cards are much shorter, so a map whose height limits it prints larger
    assert layout_map(doc, compact=True).height < 0.7 * layout_map(doc).height


def test_split_stages_prints_an_overview_then_each_stage_in_full(tmp_path):
    doc = staged_map()
    source, out = tmp_path / "m.cjm", tmp_path / "split.pdf"
    source.write_text(cjm.dumps(doc), encoding="utf-8")
    assert main(["export", str(source), "-o", str(out), "--split", "stages",
                 "--paper", "A0"]) == 0
    pages = page_words(out)
    assert len(pages) == 1 + STAGES
    overview = pages[0]
    for card in doc.cards:  # every card on the overview, by its title only
        assert card.title.split()[0] in overview
        assert card.description.split()[0] not in overview
    for s in range(STAGES):
        page = pages[1 + s]
        assert f"Stage{s}name" in page
        for card in doc.cards:
            title, body = card.title.split()[0], card.description.split()[0]
            if card.id.startswith(f"card-{s}-"):
                # the stage's cards in full, at the wall sizes
                assert page[title] >= WALL_MIN.title - 0.05, (title, page[title])
                assert page[body] >= WALL_MIN.body - 0.05, (body, page[body])
            else:
                assert title not in page and body not in page


def test_split_stages_onto_an_a3_booklet(tmp_path):
    out = tmp_path / "booklet.pdf"
    result = export_poster(staged_map(), out,
                           PosterOptions(paper="A1", split="stages", stage_paper="A3"))
    assert result.pages == 1 + STAGES
    with pdfplumber.open(str(out)) as pdf:
        sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    a3 = {(842, 1191), (1191, 842)}
    assert sizes[0] not in a3 and all(size in a3 for size in sizes[1:])
    pages = page_words(out)
    assert pages[2]["Dza1x0"] >= 8.0  # desk sheets: 8 pt body at least


def test_split_refuses_tiles_with_a_clear_message(tmp_path, capsys):
    source = tmp_path / "m.cjm"
    source.write_text(cjm.dumps(staged_map()), encoding="utf-8")
    code = main(["export", str(source), "-o", str(tmp_path / "x.pdf"), "--split", "stages",
                 "--tile", "A4"])
    assert code != 0
    assert "--split stages" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("paper", ["A4", "A0"])
def test_stage_paper_is_checked(tmp_path, paper, capsys):
    source = tmp_path / "m.cjm"
    source.write_text(cjm.dumps(staged_map()), encoding="utf-8")
    assert main(["export", str(source), "-o", str(tmp_path / "x.pdf"), "--paper", paper,
                 "--split", "stages", "--stage-paper", "B7 nonsense"]) != 0
    assert "B7 nonsense" in capsys.readouterr().err
