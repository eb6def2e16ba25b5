"""The benchmark machinery runs on a tiny map, so it cannot rot (``make bench`` is separate)."""

from __future__ import annotations

from bench.generate import generate_data, generate_map, main
from cjdesigner.fileio import dumps, load
from cjdesigner.model import LaneKind


def test_generator_is_deterministic_and_valid(tmp_path):
    a = generate_map(60, stages=3, steps=7, lanes=6, seed=3)
    b = generate_map(60, stages=3, steps=7, lanes=6, seed=3)
    assert dumps(a) == dumps(b)
    assert len(a.cards) == 60 and len(a.steps()) == 7 and len(a.lanes) == 6
    assert dumps(generate_map(60, stages=3, steps=7, lanes=6, seed=4)) != dumps(a)
    assert any(lane.kind is LaneKind.FEELINGS for lane in a.lanes)
    assert len(a.curves) == 2 and all(c.persona_id for c in a.curves)


def test_generator_varies_content():
    data = generate_data(400)
    cards = data["cards"]
    lengths = {len(c["description"]) for c in cards}
    assert min(lengths) == 0 and max(lengths) > 300
    assert any(c.get("links") for c in cards)
    assert any(c.get("evidence_source") for c in cards)
    assert len({c["title"] for c in cards}) > 50


def test_generator_cli(tmp_path):
    out = tmp_path / "m.cjm"
    assert main(["25", "-o", str(out), "--stages", "2", "--steps", "4", "--lanes", "3"]) == 0
    assert len(load(out).cards) == 25
