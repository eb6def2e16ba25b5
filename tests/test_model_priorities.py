"""Opportunities ranked by impact × effort, with votes, evidence and metrics as tie-breakers."""

from __future__ import annotations

from cjdesigner.model import Card, Evidence, Metric, Step, StepMetric
from cjdesigner.model.priorities import ranked_opportunities, step_need
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import append_card, set_fields


def opportunity(ident, impact=None, effort=None, votes=0, evidence=None, step="step-ad"):
    return Card(id=ident, lane_id="lane-opp", step_id=step, title=ident, impact=impact,
                effort=effort, votes=votes, evidence=evidence)


def test_ranking_and_its_tie_breakers() -> None:
    doc = sample_map()
    doc = doc.model_copy(update={"cards": [c for c in doc.cards if c.lane_id != "lane-opp"]})
    set_fields(doc, "step", "step-order", metrics=[StepMetric(metric=Metric.CSAT, score=20, n=50)])
    append_card(
        doc,
        opportunity("big-bet", 5, 5),
        opportunity("quick-win", 5, 1),
        opportunity("also-quick", 4, 1),
        opportunity("big-bet-lighter", 4, 4),
        opportunity("tie-votes", 3, 1, votes=4),
        opportunity("tie-plain", 3, 1),
        opportunity("tie-observed", 3, 1, evidence=Evidence.OBSERVED),
        opportunity("tie-needy", 3, 1, step="step-order"),
        opportunity("unrated-voted", votes=9),
        opportunity("unrated"),
        opportunity("money-pit", 1, 5),
    )
    append_card(doc, Card(id="not-an-opportunity", lane_id="lane-pain", step_id="step-ad",
                          impact=5, effort=1))
    ranked = ranked_opportunities(doc)
    assert [r.card.id for r in ranked] == [
        "quick-win",  # quick wins: 5 − 1 = 4
        "also-quick",  # 4 − 1 = 3
        "big-bet",  # big bets: 0, impact 5
        "big-bet-lighter",  # 0, impact 4
        "tie-votes",  # fill-ins: 3 − 1 = 2 … with votes
        "tie-observed",  # … observed evidence
        "tie-needy",  # … a step doing badly (CSAT 20 %)
        "tie-plain",
        "money-pit",  # money pits
        "unrated-voted",
        "unrated",
    ]
    assert [r.rank for r in ranked] == list(range(1, 12))
    quadrants = {r.card.id: r.quadrant for r in ranked}
    assert (quadrants["quick-win"], quadrants["big-bet"], quadrants["money-pit"],
            quadrants["tie-plain"], quadrants["unrated"]) == (
        "Quick win", "Big bet", "Money pit", "Fill-in", "Not rated")
    assert ranked[4].reasons() == "impact 3 · effort 1 · 4 votes"
    assert ranked[6].reasons() == "impact 3 · effort 1 · step need 80%"


def test_step_need_from_metrics() -> None:
    step = Step(metrics=[StepMetric(metric=Metric.CSAT, score=80, n=50),  # share 0.8
                         StepMetric(metric=Metric.CES, score=2.5, n=50),  # 1 − 1.5/6 = 0.75
                         StepMetric(metric=Metric.NPS, score=-20, n=50)])  # 80/200 = 0.4
    assert step_need(step) == round(1 - (0.8 + 0.75 + 0.4) / 3, 4)
    assert step_need(Step()) == 0.0


def test_the_poster_legend_lists_the_ranked_opportunities() -> None:
    from cjdesigner.pdf.panels import PRIORITIES_SHOWN, legend_groups

    doc = sample_map()
    append_card(doc, *(opportunity(f"idea-{i}", 1 + i % 5, 5 - i % 5, votes=i) for i in range(10)))
    groups = dict(legend_groups(doc, blank=False))
    entries = groups["Priorities (impact/effort)"]
    ranked = [r for r in ranked_opportunities(doc) if r.rated]
    assert [kind for _, kind in entries[:PRIORITIES_SHOWN]] == [
        ("rank", r.rank) for r in ranked[:PRIORITIES_SHOWN]]
    assert entries[0][0] == f"Quick win 5/1: {ranked[0].card.title}"
    assert entries[-1] == ("+2 more (see the editor)", ("note", None))
    assert "Priorities (impact/effort)" not in dict(legend_groups(sample_map(), blank=False))


def test_the_ranking_of_the_same_lists_is_made_once_and_follows_edits():
    """A poster asks for the ranking hundreds of times: the same frozen lists give the
    same ranking (made once), and an edit's new lists a new one."""
    from cjdesigner.model import edits
    from cjdesigner.model.priorities import ranked_opportunities
    from cjdesigner.model.sample import sample_map

    doc = sample_map()
    first = ranked_opportunities(doc)
    again = ranked_opportunities(doc)
    assert again == first and again is not first  # a copy of the one ranking
    assert all(a is b for a, b in zip(first, again, strict=True))
    card = first[-1].card
    edits.SetFields(target="card", ident=card.id, changes={"impact": 5, "effort": 1}).apply(doc)
    after = ranked_opportunities(doc)
    assert after[0].card.id == card.id
