"""Edits as data: every kind round-trips through JSON, keeps the map loadable, and its
inverse undoes exactly it (property tests over random maps and edits)."""

import contextlib
import json

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, assume, given, settings

from cjdesigner.model import (
    Card,
    EmotionCurve,
    Lane,
    Persona,
    Stage,
    Step,
    edits,
    planning,
    reference_problems,
)
from cjdesigner.model.sample import sample_map
from tests.edit_drawing import KINDS, assert_loadable, draw_edit

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def test_every_edit_type_is_listed_and_tagged():
    assert len(KINDS) == len(set(KINDS)) == len(edits.EDIT_TYPES)
    for cls in edits.EDIT_TYPES:
        assert isinstance(cls.model_fields["kind"].default, str)
    assert edits.SetFields.model_fields["target"].annotation is not type


def _warm_map(data):
    """The sample map after a few random edits, so edits meet varied maps."""
    doc = sample_map()
    for kind in data.draw(st.lists(st.sampled_from(KINDS), max_size=4)):
        edit = draw_edit(data, doc, kind, "w")
        if edit is not None:
            with contextlib.suppress(edits.EditError):
                edit.apply(doc)
    return doc


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(data=st.data())
def test_json_round_trip_and_apply_undo_redo(kind, data):
    doc = _warm_map(data)
    edit = draw_edit(data, doc, kind, "p")
    assume(edit is not None)
    text = edits.to_json(edit)
    assert json.loads(text)["kind"] == kind
    assert edits.from_json(text) == edit
    assert edits.from_data(json.loads(text)) == edit
    before = doc.model_dump()
    try:
        inverse = edit.apply(doc)
    except edits.EditError:
        assert doc.model_dump() == before, "a refused edit changed the map"
        return
    after = doc.model_dump()
    assert_loadable(doc)
    assert edits.from_json(edits.to_json(inverse)) == inverse
    redo = inverse.apply(doc)
    assert doc.model_dump() == before
    assert_loadable(doc)
    again = redo.apply(doc)
    assert doc.model_dump() == after
    again.apply(doc)
    assert doc.model_dump() == before


@pytest.mark.parametrize("kind", KINDS)
@PROPERTY
@given(data=st.data())
def test_lenient_apply_never_fails_and_keeps_the_map_loadable(kind, data):
    doc = _warm_map(data)
    edit = draw_edit(data, doc, kind, "l")
    assume(edit is not None)
    other = _warm_map(data)  # applied to another map, as a remote edit may be
    try:
        inverse = edit.apply(other, lenient=True)
    except edits.EditError as exc:  # only a value no map accepts may be refused
        assert "outside" in str(exc) or "validation" in str(exc) or "cannot set" in str(exc)
        return
    assert_loadable(other)
    inverse.apply(other)
    assert_loadable(other)


def test_move_then_undo_restores_document():
    doc = sample_map()
    before = doc.model_dump()
    edit = planning.move_cards(doc, [("card-1", "lane-pain", "step-compare", 0)])
    inverse = edit.apply(doc)
    assert [c.id for c in doc.cards_in("lane-pain", "step-compare")] == ["card-1", "card-3"]
    inverse.apply(doc)
    assert doc.model_dump() == before


def test_remove_stage_cascades_and_undoes():
    doc = sample_map()
    before = doc.model_dump()
    inverse = edits.RemoveStage(stage_id="stage-buy").apply(doc)
    assert {c.step_id for c in doc.cards} <= {"step-ad", "step-review"}
    assert "step-order" not in doc.curves[0].points
    inverse.apply(doc)
    assert doc.model_dump() == before


def test_set_fields_validates_before_changing():
    doc = sample_map()
    with pytest.raises(edits.EditError):
        edits.SetFields(target="card", ident="card-1", changes={"emotion": 7}).apply(doc)
    assert doc.find_card("card-1").emotion == 0.5


@pytest.mark.parametrize(
    ("target", "ident", "changes"),
    [
        ("card", "card-1", {"lane_id": "lane-nowhere"}),
        ("card", "card-1", {"step_id": "step-nowhere"}),
        ("card", "card-1", {"links": ["card-2", "card-nowhere"]}),
        ("curve", None, {"persona_id": "persona-nowhere"}),
        ("curve", None, {"points": {"step-nowhere": 0}}),
        ("card", "card-1", {"id": "card-2"}),
        ("stage", "stage-buy", {"steps": []}),
    ],
)
def test_set_fields_refuses_dangling_references(target, ident, changes):
    """The writer is airtight: what the loader would refuse, no edit can make."""
    doc = sample_map()
    ident = ident or doc.curves[0].id
    before = doc.model_dump()
    with pytest.raises(edits.EditError):
        edits.SetFields(target=target, ident=ident, changes=changes).apply(doc)
    assert doc.model_dump() == before
    assert reference_problems(doc) == []


def test_set_fields_kind_is_a_string_tag_and_values_are_json():
    edit = edits.SetFields(target="lane", ident="lane-x", changes={"kind": Lane().kind})
    data = json.loads(edits.to_json(edit))
    assert data["kind"] == "set_fields" and data["target"] == "lane"
    assert data["changes"] == {"kind": "text"}
    assert edits.from_json(edits.to_json(edit)) == edit


def test_undoing_an_add_leaves_a_card_added_later_by_someone_else():
    doc = sample_map()
    mine = Card(id="card-mine", lane_id="lane-actions", step_id="step-ad")
    undo_mine = planning.add_cards(doc, [mine]).apply(doc)
    theirs = Card(id="card-theirs", lane_id="lane-actions", step_id="step-ad")
    planning.add_cards(doc, [theirs], author="them").apply(doc)
    undo_mine.apply(doc)
    ids = {c.id for c in doc.cards}
    assert "card-theirs" in ids and "card-mine" not in ids


def test_undoing_a_move_does_not_bring_back_a_card_someone_deleted():
    doc = sample_map()
    undo_move = planning.move_cards(doc, [("card-1", "lane-pain", "step-compare", 0)]).apply(doc)
    edits.RemoveCards(ids=["card-1"], author="them").apply(doc)
    undo_move.apply(doc)
    assert "card-1" not in {c.id for c in doc.cards}
    assert reference_problems(doc) == []


def test_undoing_a_field_change_leaves_a_later_change_by_someone_else():
    doc = sample_map()
    undo = edits.SetFields(target="card", ident="card-1", changes={"title": "mine"}).apply(doc)
    edits.SetFields(target="card", ident="card-1", changes={"title": "theirs"}).apply(doc)
    undo.apply(doc)
    assert doc.find_card("card-1").title == "theirs"


def test_an_anchor_that_is_gone_puts_the_card_at_the_end_of_its_cell():
    doc = sample_map()
    card = Card(id="card-new", lane_id="lane-actions", step_id="step-ad")
    edits.AddCards(cards=[card], after=["card-gone"]).apply(doc)
    assert doc.cards_in("lane-actions", "step-ad")[-1].id == "card-new"


def test_combine_folds_field_changes_and_moves():
    first = edits.SetFields(target="card", ident="c", changes={"title": "a"}, merge_key="k")
    second = edits.SetFields(target="card", ident="c", changes={"title": "ab", "votes": 1})
    merged = edits.combine(first, second)
    assert isinstance(merged, edits.SetFields)
    assert merged.changes == {"title": "ab", "votes": 1} and merged.merge_key == "k"
    move = edits.MoveCards(moves=[edits.CardMove(card="c", lane_id="l", step_id="s", after=None)])
    assert len(edits.combine(move, move).moves) == 2


def _used_ids():
    doc = sample_map()
    return [
        doc.personas[0].id,
        doc.stages[0].id,
        doc.step_ids()[0],
        doc.lanes[0].id,
        doc.cards[0].id,
        doc.curves[0].id,
    ]


def _adding(ident):
    """Every edit that adds something, each adding an item with the id ``ident``."""
    doc = sample_map()
    lane, step = doc.lanes[0].id, doc.step_ids()[0]
    return [
        edits.AddCards(cards=[Card(id=ident, lane_id=lane, step_id=step)], after=[None]),
        edits.AddStage(stage=Stage(id=ident), after=None),
        edits.AddStage(stage=Stage(id="stage-new", steps=[Step(id=ident)]), after=None),
        edits.AddStep(stage_id=doc.stages[0].id, step=Step(id=ident), after=None),
        edits.AddLane(lane=Lane(id=ident), after=None),
        edits.AddCurve(curve=EmotionCurve(id=ident), after=None),
        edits.AddPersona(persona=Persona(id=ident), after=None),
    ]


@pytest.mark.parametrize("ident", _used_ids())
@pytest.mark.parametrize("which", range(7))
def test_adding_an_id_used_anywhere_in_the_map_is_refused(ident, which):
    doc = sample_map()
    before = doc.model_dump()
    edit = _adding(ident)[which]
    with pytest.raises(edits.EditError, match="duplicate id"):
        edit.apply(doc)
    assert doc.model_dump() == before
    assert reference_problems(doc) == []


def test_new_ids_must_differ_among_themselves():
    doc = sample_map()
    lane, step = doc.lanes[0].id, doc.step_ids()[0]
    twins = [Card(id="card-new", lane_id=lane, step_id=step) for _ in range(2)]
    with pytest.raises(edits.EditError, match="duplicate id card-new"):
        edits.AddCards(cards=twins, after=[None, None]).apply(doc)
    with pytest.raises(edits.EditError, match="duplicate id x"):
        edits.AddStage(stage=Stage(id="x", steps=[Step(id="x")]), after=None).apply(doc)


@pytest.mark.parametrize("which", range(7))
def test_fresh_ids_are_added_and_undone(which):
    doc = sample_map()
    before = doc.model_dump()
    edit = _adding("fresh-id")[which]
    inverse = edit.apply(doc)
    assert "fresh-id" in edits.ids_in_use(doc)
    assert reference_problems(doc) == []
    inverse.apply(doc)
    assert doc.model_dump() == before


def test_undoing_typing_takes_back_only_ones_own_when_others_typed_elsewhere():
    doc = sample_map()
    title = doc.find_card("card-1").title
    undo = edits.SetFields(target="card", ident="card-1", changes={"title": "Ana: " + title}).apply(doc)
    # someone else types at the end of the same title meanwhile
    edits.SetFields(target="card", ident="card-1", changes={"title": f"Ana: {title} (Bo)"}).apply(doc)
    redo = undo.apply(doc)
    assert doc.find_card("card-1").title == f"{title} (Bo)"
    redo.apply(doc)
    assert doc.find_card("card-1").title == f"Ana: {title} (Bo)"
    # typing in the very text the edit changed: nothing to tell apart, the undo leaves it
    undo = edits.SetFields(target="card", ident="card-1", changes={"description": "mine"}).apply(doc)
    edits.SetFields(target="card", ident="card-1", changes={"description": "mIne"}).apply(doc)
    undo.apply(doc)
    assert doc.find_card("card-1").description == "mIne"
    # a field that is not typed text is never merged
    undo = edits.SetFields(target="card", ident="card-1", changes={"channel": "Phone"}).apply(doc)
    edits.SetFields(target="card", ident="card-1", changes={"channel": "Phone app"}).apply(doc)
    undo.apply(doc)
    assert doc.find_card("card-1").channel == "Phone app"
