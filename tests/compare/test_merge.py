"""Three-way merge by id: hand-made cases, then random edits on two branches of one map."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.compare.conflicts import describe, resolve
from cjdesigner.compare.merge import merge_maps
from cjdesigner.fileio import dumps, loads
from cjdesigner.model import Card, ConflictReason, JourneyMap, Step, reference_problems
from cjdesigner.model.edits import (
    AddStep,
    CardMove,
    DropConflict,
    MoveCards,
    RemoveCards,
    RemoveLane,
    SetCurvePoint,
)
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import append_card, set_fields

from .edits_strategy import random_edit


def copy(doc: JourneyMap) -> JourneyMap:
    return loads(dumps(doc))


def flat(doc: JourneyMap) -> dict[tuple[str, str], dict[str, Any]]:
    """Every item as (kind, id) → its fields, with a step's stage and each curve point as
    fields of their own (``points/STEP``); no order."""
    data = doc.model_dump(mode="json")
    items: dict[tuple[str, str], dict[str, Any]] = {("meta", ""): data["meta"]}
    for kind in ("personas", "lanes", "cards"):
        for item in data[kind]:
            items[(kind, item["id"])] = item
    for stage in data["stages"]:
        for step in stage.pop("steps"):
            items[("steps", step["id"])] = {**step, "stage": stage["id"]}
        items[("stages", stage["id"])] = stage
    for curve in data["curves"]:
        points = curve.pop("points")
        items[("curves", curve["id"])] = {
            **curve, **{f"points/{step}": value for step, value in points.items()}
        }
    return items


def order(doc: JourneyMap) -> dict[str, list[str]]:
    result = {
        "stages": [s.id for s in doc.stages],
        "lanes": [lane.id for lane in doc.lanes],
        "personas": [p.id for p in doc.personas],
        "curves": [c.id for c in doc.curves],
    }
    for stage in doc.stages:
        result[stage.id] = [s.id for s in stage.steps]
    for (lane, step), cards in doc.cells().items():
        result[f"{lane}|{step}"] = [c.id for c in cards]
    return result


def conflicted(doc: JourneyMap) -> set[str]:
    return {c.item_id or "" for c in doc.conflicts}


_KINDS = {"meta": "meta", "personas": "persona", "stages": "stage", "steps": "step",
          "lanes": "lane", "cards": "card", "curves": "curve"}


def test_merging_a_map_with_itself_changes_nothing() -> None:
    doc = sample_map()
    result = merge_maps(doc, copy(doc), copy(doc))
    assert result.clean and dumps(result.doc) == dumps(doc)


def test_both_sides_changes_combine() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    set_fields(ours, "card", "card-1", title="Ours")
    append_card(ours, Card(id="card-o", lane_id="lane-opp", step_id="step-ad", title="O"))
    set_fields(theirs, "card", "card-1", votes=7)
    set_fields(theirs, "card", "card-2", step_id="step-order")
    append_card(theirs, Card(id="card-t", lane_id="lane-opp", step_id="step-ad", title="T"))
    AddStep(stage_id="stage-buy", step=Step(id="step-pay", name="Pays"), after="step-order").apply(theirs)
    SetCurvePoint(curve_id="curve-sam", step_id="step-pay", value=1.5).apply(theirs)
    result = merge_maps(base, ours, theirs)
    assert result.clean
    doc = result.doc
    assert (doc.find_card("card-1").title, doc.find_card("card-1").votes) == ("Ours", 7)
    assert doc.find_card("card-2").step_id == "step-order"
    assert [c.id for c in doc.cards_in("lane-opp", "step-ad")] == ["card-o", "card-t"]
    assert doc.curves[0].points == {"step-ad": 0.0, "step-order": 1.0, "step-pay": 1.5}


def test_same_field_changed_differently_is_a_conflict_kept_in_the_map() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    set_fields(ours, "card", "card-1", title="Ours")
    set_fields(theirs, "card", "card-1", title="Theirs")
    SetCurvePoint(curve_id="curve-sam", step_id="step-ad", value=1.0).apply(ours)
    SetCurvePoint(curve_id="curve-sam", step_id="step-ad", value=-1.0).apply(theirs)
    result = merge_maps(base, ours, theirs, ours_label="main", theirs_label="feature")
    assert not result.clean
    doc = result.doc
    assert doc.find_card("card-1").title == "Ours"  # ours kept until the user picks
    assert [(c.kind.value, c.item_id, c.field, c.key, c.ours, c.theirs) for c in doc.conflicts] == [
        ("card", "card-1", "title", None, "Ours", "Theirs"),
        ("curve", "curve-sam", "points", "step-ad", 1.0, -1.0),
    ]
    assert describe(doc.conflicts[0]) == (
        'card "Ours": title changed on both sides: main "Ours", feature "Theirs", '
        'was "Notices a banner" (kept main)'
    )
    # the conflicts survive a save and load
    assert loads(dumps(doc)).conflicts == doc.conflicts


def test_picking_a_side_is_one_edit_and_undoes() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    set_fields(ours, "card", "card-1", title="Ours")
    set_fields(theirs, "card", "card-1", title="Theirs")
    SetCurvePoint(curve_id="curve-sam", step_id="step-ad", value=1.0).apply(ours)
    SetCurvePoint(curve_id="curve-sam", step_id="step-ad", value=None).apply(theirs)
    doc = merge_maps(base, ours, theirs).doc
    before = dumps(doc)
    edit = resolve(doc, doc.conflicts[0], "theirs")
    edit.apply(doc)
    assert doc.find_card("card-1").title == "Theirs" and len(doc.conflicts) == 1
    resolve(doc, doc.conflicts[0], "theirs").apply(doc)
    assert "step-ad" not in doc.curves[0].points and doc.conflicts == []
    fresh = loads(before)
    keep = resolve(fresh, fresh.conflicts[0], "ours")
    undo = keep.apply(fresh)
    assert fresh.find_card("card-1").title == "Ours" and len(fresh.conflicts) == 1
    undo.apply(fresh)
    assert dumps(fresh) == before


def test_removed_on_one_side_changed_on_the_other_is_kept_as_a_conflict() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    RemoveCards(ids=["card-1"]).apply(ours)
    set_fields(theirs, "card", "card-1", title="Still needed")
    result = merge_maps(base, ours, theirs)
    (conflict,) = result.doc.conflicts
    assert conflict.reason is ConflictReason.REMOVED and conflict.ours is None
    assert result.doc.find_card("card-1").title == "Still needed"
    resolve(result.doc, conflict, "ours").apply(result.doc)  # ours removed it
    assert "card-1" not in {c.id for c in result.doc.cards}


def test_card_added_to_a_lane_the_other_side_removed_brings_the_lane_back() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    append_card(ours, Card(id="card-o", lane_id="lane-pain", step_id="step-ad", title="O"))
    RemoveLane(lane_id="lane-pain").apply(theirs)  # with its cards and the links to them
    result = merge_maps(base, ours, theirs)
    doc = result.doc
    assert "lane-pain" in [lane.id for lane in doc.lanes]
    assert [c.id for c in doc.cards_in("lane-pain", "step-ad")] == ["card-o"]
    assert "card-3" not in {c.id for c in doc.cards}  # theirs removed it; ours left it alone
    assert [(c.kind.value, c.item_id, c.reason.value) for c in doc.conflicts] == [
        ("lane", "lane-pain", "removed")
    ]
    assert reference_problems(doc) == []


def test_both_moved_one_card_to_different_places_is_a_position_conflict() -> None:
    base = sample_map()
    for n in (6, 7, 8, 9):
        append_card(base, Card(id=f"card-{n}", lane_id="lane-actions", step_id="step-ad"))
    ours, theirs = copy(base), copy(base)
    move = CardMove(card="card-1", lane_id="lane-actions", step_id="step-ad", after="card-9")
    MoveCards(moves=[move]).apply(ours)  # last in its cell
    MoveCards(moves=[move.model_copy(update={"after": "card-7"})]).apply(theirs)  # middle
    result = merge_maps(base, ours, theirs)
    (conflict,) = result.doc.conflicts
    assert (conflict.reason, conflict.field, conflict.ours, conflict.theirs) == (
        ConflictReason.MOVED, "position", "card-9", "card-7")
    doc = result.doc
    cell = lambda: [c.id for c in doc.cards_in("lane-actions", "step-ad")]  # noqa: E731
    assert cell() == ["card-6", "card-7", "card-8", "card-9", "card-1"]
    resolve(doc, conflict, "theirs").apply(doc)
    assert cell() == ["card-6", "card-7", "card-1", "card-8", "card-9"]


def test_a_conflict_resolved_on_one_side_is_gone_after_the_next_merge() -> None:
    base = sample_map()
    ours, theirs = copy(base), copy(base)
    set_fields(ours, "card", "card-1", title="Ours")
    set_fields(theirs, "card", "card-1", title="Theirs")
    merged = merge_maps(base, ours, theirs).doc
    resolved = copy(merged)
    for conflict in merged.conflicts:
        DropConflict(conflict_id=conflict.id).apply(resolved)
    untouched = copy(merged)
    set_fields(untouched, "card", "card-2", title="Other work")
    again = merge_maps(merged, resolved, untouched)
    assert again.clean and again.doc.conflicts == []
    assert again.doc.find_card("card-2").title == "Other work"


# -- random edits on two branches -----------------------------------------------------


@st.composite
def branches(draw: st.DrawFn) -> tuple[JourneyMap, JourneyMap, JourneyMap]:
    base = sample_map()
    for i in range(draw(st.integers(0, 6))):
        random_edit(draw, base, "b", i)
    base = copy(base)
    ours, theirs = copy(base), copy(base)
    for i in range(draw(st.integers(0, 6))):
        random_edit(draw, ours, "o", i)
    for i in range(draw(st.integers(0, 6))):
        random_edit(draw, theirs, "t", i)
    for doc in (ours, theirs):
        assert reference_problems(doc) == []
    return base, copy(ours), copy(theirs)


SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(branches())
def test_merge_is_valid_and_holds_every_change_that_does_not_conflict(
    maps: tuple[JourneyMap, JourneyMap, JourneyMap],
) -> None:
    base, ours, theirs = maps
    doc = merge_maps(base, ours, theirs).doc
    assert reference_problems(doc) == []
    assert loads(dumps(doc)) == doc  # saves and loads as it is
    flat_base, flat_doc = flat(base), flat(doc)
    in_conflict = conflicted(doc)
    for side, other in ((ours, theirs), (theirs, ours)):
        flat_side, flat_other = flat(side), flat(other)
        for key, item in flat_side.items():
            ident = key[1]
            if key not in flat_base:  # added on this side: in the merge as added
                assert key in flat_doc, f"lost the addition of {key}"
                if ident not in in_conflict:
                    assert flat_doc[key] == item
                continue
            if ident in in_conflict or key not in flat_other:
                continue  # a conflict, or removed on the other side
            for name, value in item.items():
                was = flat_base[key].get(name)
                if value != was and flat_other[key].get(name) == was:
                    assert flat_doc[key].get(name) == value, f"lost {key}.{name}"
        for key in flat_base:
            if key not in flat_side and key[1] not in in_conflict:
                assert key not in flat_doc, f"kept {key}, removed on one side"
    # … and every conflict is real: both sides changed that field, differently
    flat_ours, flat_theirs = flat(ours), flat(theirs)
    for conflict in doc.conflicts:
        if conflict.reason is not ConflictReason.EDITED:
            continue
        kind = next(k for k, v in _KINDS.items() if v == conflict.kind.value)
        key = (kind, conflict.item_id or "")
        name = f"points/{conflict.key}" if conflict.key else conflict.field
        was = flat_base.get(key, {}).get(name)
        mine, yours = flat_ours[key].get(name), flat_theirs[key].get(name)
        assert mine != was and yours != was and mine != yours, conflict
        assert (conflict.base, conflict.ours, conflict.theirs) == (was, mine, yours)


@SETTINGS
@given(branches())
def test_merge_is_symmetric_up_to_conflicts(
    maps: tuple[JourneyMap, JourneyMap, JourneyMap],
) -> None:
    base, ours, theirs = maps
    one = merge_maps(base, ours, theirs).doc
    two = merge_maps(base, theirs, ours).doc
    flat_one, flat_two = flat(one), flat(two)
    # an item only one merge has was brought back for a conflicting value (a link ours
    # added, kept by the merge that prefers ours): that merge names it in a conflict
    revived_one = {c.item_id for c in one.conflicts if c.reason is ConflictReason.REMOVED}
    revived_two = {c.item_id for c in two.conflicts if c.reason is ConflictReason.REMOVED}
    assert {k[1] for k in flat_one.keys() - flat_two.keys()} <= revived_one
    assert {k[1] for k in flat_two.keys() - flat_one.keys()} <= revived_two
    fields_in_conflict = {
        (c.item_id or "", "stage" if c.field == "stage" else (
            f"points/{c.key}" if c.key else c.field))
        for c in one.conflicts
    }
    for key, item in flat_one.items():
        if key not in flat_two or key[1] in revived_one | revived_two:
            continue
        for name, value in item.items():
            if (key[1], name) in fields_in_conflict:
                continue
            if key[0] == "cards" and name in ("lane_id", "step_id") and (
                (key[1], "lane_id") in fields_in_conflict
                or (key[1], "step_id") in fields_in_conflict
            ):
                continue
            assert flat_two[key][name] == value, (key, name)
    swapped = {(c.kind, c.item_id, c.field, c.key, repr(c.theirs), repr(c.ours))
               for c in two.conflicts if c.reason is not ConflictReason.REMOVED}
    assert {(c.kind, c.item_id, c.field, c.key, repr(c.ours), repr(c.theirs))
            for c in one.conflicts if c.reason is not ConflictReason.REMOVED} == swapped
    if not one.conflicts:
        assert order(one) == order(two)


@SETTINGS
@given(branches())
def test_one_sided_changes_merge_to_that_side(
    maps: tuple[JourneyMap, JourneyMap, JourneyMap],
) -> None:
    base, ours, _ = maps
    assert dumps(merge_maps(base, ours, copy(base)).doc) == dumps(ours)
    assert dumps(merge_maps(base, copy(base), ours).doc) == dumps(ours)
    assert dumps(merge_maps(ours, copy(ours), copy(ours)).doc) == dumps(ours)
