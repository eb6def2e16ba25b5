"""Loading with a progress report (the editor's large maps): the same map, the same
errors in the same order, fractions that only grow, and whatever the report raises
stops the load."""

from __future__ import annotations

import json

import pytest

from cjdesigner.fileio import LoadError, cjm, dumps, loads
from cjdesigner.model import Card
from cjdesigner.model.sample import sample_map

CARDS = 2 * cjm._CHUNK + 123


def _big_text() -> str:
    doc = sample_map()
    doc = doc.model_copy(update={"cards": [*doc.cards, *(
        Card(id=f"bulk-{i}", lane_id="lane-actions", step_id="step-ad", title=f"Card {i}",
             tags=["x"]) for i in range(CARDS))]})
    return dumps(doc)


def test_the_same_map_with_or_without_progress() -> None:
    text = _big_text()
    fractions: list[float] = []
    assert loads(text, progress=fractions.append) == loads(text)
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 5


def test_the_same_errors_in_the_same_order() -> None:
    data = json.loads(_big_text())
    data["meta"]["title"] = 7
    data["cards"][3]["votes"] = "3"
    data["cards"][cjm._CHUNK + 5]["emotion"] = "high"
    data["cards"][-1]["colour"] = "#fff"
    data["curves"][0]["label"] = None
    data["lanes"][0]["kind"] = "nope"
    text = json.dumps(data)
    with pytest.raises(LoadError) as plain:
        loads(text)
    with pytest.raises(LoadError) as chunked:
        loads(text, progress=lambda _f: None)
    assert chunked.value.problems == plain.value.problems
    assert any(p.startswith(f"cards[{cjm._CHUNK + 5}].emotion") for p in plain.value.problems)


def test_what_the_report_raises_stops_the_load() -> None:
    class Stop(Exception):
        pass

    calls = []

    def stop_in_the_cards(fraction: float) -> None:
        calls.append(fraction)
        if fraction > 0.5:
            raise Stop

    with pytest.raises(Stop):
        loads(_big_text(), progress=stop_in_the_cards)
    assert 0.5 < calls[-1] < 1.0
