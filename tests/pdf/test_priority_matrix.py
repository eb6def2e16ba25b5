"""The impact × effort matrix: its shared geometry and its panel on the poster."""

from __future__ import annotations

import re

from cjdesigner.layout import layout_map
from cjdesigner.layout.priority_matrix import matrix_dots, quadrants
from cjdesigner.model import Card
from cjdesigner.model.priorities import ranked_opportunities
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import PosterOptions, export_poster
from cjdesigner.pdf.panels import PRIORITIES_SHOWN
from cjdesigner.pdf.poster import compose

from .helpers import text_of

MATRIX_WORDS = ("IMPACT × EFFORT", "Impact", "Effort", "Quick wins", "Big bets", "Fill-ins",
                "Money pits")


def rated_map(ratings: list[tuple[int | None, int | None]]):
    doc = sample_map()
    steps = [step.id for step in doc.steps()]
    return doc.model_copy(update={"cards": [
        *doc.cards,
        *(Card(id=f"opp-{i}", lane_id="lane-opp", step_id=steps[i % len(steps)],
               title=f"Opportunity {i}", impact=impact, effort=effort)
          for i, (impact, effort) in enumerate(ratings)),
    ]})


def test_each_card_lands_in_its_quadrant_and_cell() -> None:
    doc = rated_map([(5, 1), (5, 5), (1, 1), (1, 5), (4, 4), (3, 3), (5, 1), (None, 2)])
    ranked = ranked_opportunities(doc)
    dots = matrix_dots(ranked)
    assert [d.rank for d in dots] == [r.rank for r in ranked if r.rated]
    assert len(dots) == 7  # the card without an impact is not on the matrix
    areas = {q.name: q.area for q in quadrants()}
    for dot in dots:
        card = dot.item.card
        inside = [name for name, a in areas.items() if a.contains(dot.x, dot.y)]
        expected = {"Quick win": "Quick wins", "Big bet": "Big bets", "Fill-in": "Fill-ins",
                    "Money pit": "Money pits"}[dot.item.quadrant]
        assert inside == [expected], card.title
        # inside its own cell, the whole dot: effort 1–5 left to right, impact 5–1 top down
        assert (card.effort - 1) / 5 <= dot.x - dot.radius and dot.x + dot.radius <= card.effort / 5
        assert (5 - card.impact) / 5 <= dot.y - dot.radius
        assert dot.y + dot.radius <= (6 - card.impact) / 5
    # two cards in one cell do not cover each other
    a, b = (d for d in dots if (d.item.card.impact, d.item.card.effort) == (5, 1))
    assert ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5 >= a.radius + b.radius


def test_quadrants_tile_the_plot() -> None:
    total = sum(q.area.w * q.area.h for q in quadrants())
    assert abs(total - 1.0) < 1e-9
    quick = next(q for q in quadrants() if q.name == "Quick wins").area
    assert (quick.x, quick.y) == (0.0, 0.0)  # low effort left, high impact on top


def test_the_poster_draws_the_matrix_with_every_rated_card(tmp_path) -> None:
    ratings = [(1 + i % 5, 1 + (i * 2) % 5) for i in range(PRIORITIES_SHOWN + 4)]
    doc = rated_map(ratings)
    out = tmp_path / "p.pdf"
    for paper, orientation in (("A1", "landscape"), ("A0", "portrait")):
        export_poster(doc, out, PosterOptions(paper=paper, orientation=orientation))
        text = text_of(out)
        for word in MATRIX_WORDS:
            assert word in text, (paper, word)
        tokens = set(re.findall(r"\d+", text))
        ranks = [r.rank for r in ranked_opportunities(doc) if r.rated]
        assert len(ranks) == len(ratings)
        # the ranks past the legend's list are printed only as the matrix's dots
        assert all(str(rank) in tokens for rank in ranks), (paper, tokens)
        assert "+4 more (see the editor)" in text
        comp = compose(doc, layout_map(doc), PosterOptions(paper=paper,
                                                           orientation=orientation))
        assert comp.matrix_box is not None and comp.legend_box is not None
        box, legend = comp.matrix_box, comp.legend_box
        assert box.x + box.w <= legend.x + 1 or box.y >= legend.top - 1  # beside or above


def test_no_rated_cards_no_matrix(tmp_path) -> None:
    for doc in (sample_map(), rated_map([(None, None), (4, None)])):
        out = tmp_path / "p.pdf"
        export_poster(doc, out, PosterOptions(paper="A1"))
        text = text_of(out)
        for word in ("IMPACT × EFFORT", "Quick wins", "Money pits", "Priorities"):
            assert word not in text and word.upper() not in text
        assert compose(doc, layout_map(doc), PosterOptions(paper="A1")).matrix_box is None


def test_a_blank_wall_template_has_no_matrix(tmp_path) -> None:
    doc = rated_map([(5, 1), (2, 4)])
    out = tmp_path / "p.pdf"
    export_poster(doc, out, PosterOptions(paper="A1", blank=True))
    assert "Quick wins" not in text_of(out)
