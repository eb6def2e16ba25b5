"""``reference_problems`` answers "none" with set operations (``_no_reference_problems``)
and walks the map only when there is something to name: both ways agree on every kind
of problem, alone and together."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cjdesigner.model import Card, Conflict, ItemKind, JourneyMap
from cjdesigner.model.document import (
    _listed_problems,
    _no_reference_problems,
    reference_problems,
)
from cjdesigner.model.sample import sample_map


def _cards(doc: JourneyMap, *cards: Card) -> JourneyMap:
    return doc.model_copy(update={"cards": [*doc.cards, *cards]})


def _card(**fields: object) -> Card:
    return Card.model_construct(**{"lane_id": "lane-actions", "step_id": "step-ad", **fields})


def _curve(doc: JourneyMap, **changes: object) -> JourneyMap:
    curve = doc.curves[0].model_copy(update=changes)
    return doc.model_copy(update={"curves": [curve, *doc.curves[1:]]})


def _conflict(ident: str) -> Conflict:
    return Conflict(id=ident, kind=ItemKind.CARD, item_id="card-x", field="title")


BREAKS: dict[str, Callable[[JourneyMap], JourneyMap]] = {
    "card id twice": lambda d: _cards(d, _card(id=d.cards[0].id)),
    "card id as a lane's": lambda d: _cards(d, _card(id=d.lanes[0].id)),
    "step id as a persona's": lambda d: d.model_copy(update={"personas": [
        d.personas[0].model_copy(update={"id": d.stages[0].steps[0].id})]}),
    "stage id as a curve's": lambda d: _curve(d, id=d.stages[0].id),
    "unknown lane": lambda d: _cards(d, _card(id="card-new", lane_id="lane-nowhere")),
    "unknown step": lambda d: _cards(d, _card(id="card-new", step_id="step-nowhere")),
    "unknown link": lambda d: _cards(d, _card(id="card-new", links=["card-nowhere"])),
    "unknown persona": lambda d: _curve(d, persona_id="persona-nowhere"),
    "point of no step": lambda d: _curve(d, points={"step-nowhere": 0.0}),
    "conflict id twice": lambda d: d.model_copy(update={
        "conflicts": [_conflict("c-1"), _conflict("c-2"), _conflict("c-1")]}),
}


def test_a_good_map_has_none_both_ways() -> None:
    doc = _cards(sample_map(), _card(id="card-new", links=[sample_map().cards[0].id]))
    doc = doc.model_copy(update={"conflicts": [_conflict("c-1"), _conflict("c-2")]})
    assert _no_reference_problems(doc)
    assert _listed_problems(doc) == reference_problems(doc) == []


@pytest.mark.parametrize("name", list(BREAKS))
def test_every_kind_of_problem_is_seen_both_ways(name: str) -> None:
    doc = BREAKS[name](sample_map())
    assert not _no_reference_problems(doc)
    assert reference_problems(doc) == _listed_problems(doc) != []


def test_problems_together_are_all_named() -> None:
    doc = sample_map()
    for name in ("unknown link", "card id twice", "point of no step"):
        doc = BREAKS[name](doc)
    assert len(reference_problems(doc)) == 3
