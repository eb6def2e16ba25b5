"""Presence states: what this side publishes reads back the same; what others publish is
untrusted and only what fits is kept."""

from __future__ import annotations

import math

from cjdesigner.room.presence import MAX_IDS, Focus, Person, read, state


def test_a_published_state_reads_back() -> None:
    focus = Focus(cards=("card-1", "card-2"), step="step-2")
    published = state("Ana", "#1b998b", focus, presenting=True, view=(10.0, 20.5, 0.75))
    assert published["selection"] == ["card-1", "card-2"]  # what any Yjs client reads
    assert read(7, published) == Person(7, "Ana", "#1b998b", focus, True, (10.0, 20.5, 0.75))
    assert focus.items() == [("card", "card-1"), ("card", "card-2"), ("step", "step-2")]
    assert Focus().is_empty() and not focus.is_empty()


def test_a_hostile_state_keeps_only_what_fits() -> None:
    hostile = {
        "user": {"name": "<b>x</b>" * 50, "color": "red; background: url(x)"},
        "selection": ["card-1", "card-1", "<script>", 5, None, *(f"c{i}" for i in range(300))],
        "focus": {"stage": "../../etc", "lane": "lane-1", "curve": ["x"], "step": "s" * 65},
        "presenting": "yes",
        "view": {"x": math.inf, "y": 1, "zoom": 1},
    }
    person = read(3, hostile)
    assert person is not None
    assert len(person.name) == 60 and person.colour is None and not person.presenting
    assert person.focus.cards[0] == "card-1" and len(person.focus.cards) <= MAX_IDS
    assert "<script>" not in person.focus.cards and person.focus.cards.count("card-1") == 1
    assert (person.focus.stage, person.focus.lane, person.focus.step, person.focus.curve) == \
        (None, "lane-1", None, None)
    assert person.view is None
    assert read(3, {"view": {"x": 1, "y": 2, "zoom": 0}, "user": {}}).view is None  # type: ignore[union-attr]
    for nobody in (None, "x", [], {"user": "Ana"}, {"selection": ["card-1"]}):
        assert read(1, nobody) is None
