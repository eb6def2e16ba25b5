"""As-is to to-be: a future state from a current one, and both in one comparison map."""

from __future__ import annotations

from pathlib import Path

from cjdesigner.cli import main
from cjdesigner.compare import diff_maps
from cjdesigner.compare.future import ADDED, CHANGED, REMOVED, comparison_map, future_state
from cjdesigner.fileio import dumps, load, loads, save
from cjdesigner.model import Card, LaneKind, MapType, Step, reference_problems
from cjdesigner.model.edits import AddCards, AddStep, RemoveCards, SetCurvePoint
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields
from tests.pdf.helpers import text_of


def test_future_state_keeps_the_grid_and_remembers_each_cards_origin() -> None:
    current = sample_map()
    future = future_state(current)
    assert future.meta.map_type is MapType.FUTURE_STATE
    assert future.step_ids() == current.step_ids()
    assert [lane.id for lane in future.lanes] == [lane.id for lane in current.lanes]
    by_origin = {c.origin: c for c in future.cards}
    assert set(by_origin) == {c.id for c in current.cards}
    assert all(c.id != c.origin for c in future.cards)
    assert by_origin["card-3"].links == [by_origin["card-4"].id]  # links follow the new ids
    assert reference_problems(future) == []
    diff = diff_maps(current, future)  # cards paired by origin: only the meta differs
    assert [c.kind for c in diff.changes] == ["meta"]
    assert current.cards[0].origin is None  # the current map is left alone


def edited_pair():
    current = sample_map()
    future = future_state(current)
    by_origin = {c.origin: c for c in future.cards}
    set_fields(future, "card", by_origin["card-1"].id, title="Sees a clearer banner")
    RemoveCards(ids=[by_origin["card-5"].id]).apply(future)
    AddCards(cards=[Card(id="card-new", lane_id="lane-opp", step_id="step-order",
                         title="Live chat")], after=[future.cards[-1].id]).apply(future)
    AddStep(stage_id=current.stages[1].id, step=Step(id="step-call", name="Calls the shop"),
            after=current.stages[1].steps[-1].id).apply(current)
    SetCurvePoint(curve_id=future.curves[0].id, step_id="step-ad", value=1.5).apply(future)
    return current, future


def test_comparison_map_shows_both_step_by_step() -> None:
    current, future = edited_pair()
    both = comparison_map(current, future)
    assert reference_problems(both) == [] and loads(dumps(both)) == both
    titles = [lane.title for lane in both.lanes]
    assert titles[:2] == ["Now · Customer actions", "Future · Customer actions"]
    assert "Feelings, now and future" in titles
    assert sum(lane.kind is LaneKind.FEELINGS for lane in both.lanes) == 1
    assert both.stages[-1].name == "Only in the current state"
    assert [s.name for s in both.stages[-1].steps] == ["Calls the shop"]
    cards = {c.title: c for c in both.cards if c.lane_id.startswith("cmp-future")}
    now = {c.title: c for c in both.cards if c.lane_id.startswith("cmp-now")}
    assert (cards["Live chat"].color, cards["Live chat"].tags) == (ADDED, ["added"])
    assert (now["Checkout page"].color, now["Checkout page"].tags) == (REMOVED, ["removed"])
    assert cards["Sees a clearer banner"].color == CHANGED == now["Notices a banner"].color
    assert "Checkout page" not in cards
    assert [c.label for c in both.curves] == ["Now: Experienced", "Future: Experienced"]
    now_curve, future_curve = both.curves
    assert now_curve.points["cmp-step-ad"] == 0.0 and future_curve.points["cmp-step-ad"] == 1.5
    assert "1 added, 2 removed, 3 changed" in both.meta.objective  # a card and a step gone


def test_cli_future_and_compare(tmp_path: Path, capsys) -> None:
    current, future = edited_pair()
    save(current, tmp_path / "current.cjm")
    assert main(["future", str(tmp_path / "current.cjm"), "-o", str(tmp_path / "f.cjm")]) == 0
    made = load(tmp_path / "f.cjm")
    assert made.meta.map_type is MapType.FUTURE_STATE and all(c.origin for c in made.cards)
    save(future, tmp_path / "future.cjm")
    args = ["compare", str(tmp_path / "current.cjm"), str(tmp_path / "future.cjm")]
    assert main([*args, "-o", str(tmp_path / "both.cjm")]) == 0
    assert load(tmp_path / "both.cjm").lanes[0].title == "Now · Customer actions"
    assert main([*args, "-o", str(tmp_path / "both.pdf"), "--paper", "A2"]) == 0
    text = text_of(tmp_path / "both.pdf")
    # each lane twice, but one feelings lane for both
    assert text.count("Now ·") == 4 and text.count("Future ·") == 4
    assert "Live chat" in text
    assert main([*args, "-o", str(tmp_path / "both.txt")]) == 1
    assert "write the comparison as .cjm" in capsys.readouterr().err
