import pytest

from cjdesigner.model import (
    Card,
    EmotionCurve,
    Lane,
    Persona,
    Stage,
    Step,
    edits,
    reference_problems,
)
from cjdesigner.model.sample import sample_map


def test_move_then_revert_restores_document():
    doc = sample_map()
    before = doc.model_dump()
    edit = edits.MoveCards([("card-1", "lane-pain", "step-compare", 0)])
    edit.apply(doc)
    assert [c.id for c in doc.cards_in("lane-pain", "step-compare")] == ["card-1", "card-3"]
    edit.revert(doc)
    assert doc.model_dump() == before


def test_remove_stage_cascades_and_reverts():
    doc = sample_map()
    before = doc.model_dump()
    edit = edits.RemoveStage("stage-buy")
    edit.apply(doc)
    assert {c.step_id for c in doc.cards} <= {"step-ad", "step-review"}
    assert "step-order" not in doc.curves[0].points
    edit.revert(doc)
    assert doc.model_dump() == before


def test_set_fields_validates_before_changing():
    doc = sample_map()
    bad = edits.SetFields(Card, "card-1", {"emotion": 7})
    try:
        bad.apply(doc)
    except edits.EditError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an out-of-scale emotion must be refused")
    assert doc.find_card("card-1").emotion == 0.5


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
        edits.AddCards([Card(id=ident, lane_id=lane, step_id=step)]),
        edits.AddStage(Stage(id=ident)),
        edits.AddStage(Stage(id="stage-new", steps=[Step(id=ident)])),
        edits.AddStep(doc.stages[0].id, Step(id=ident)),
        edits.AddLane(Lane(id=ident)),
        edits.AddCurve(EmotionCurve(id=ident)),
        edits.AddPersona(Persona(id=ident)),
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
        edits.AddCards(twins).apply(doc)
    with pytest.raises(edits.EditError, match="duplicate id x"):
        edits.AddStage(Stage(id="x", steps=[Step(id="x")])).apply(doc)


@pytest.mark.parametrize("which", range(7))
def test_fresh_ids_are_added_and_reverted(which):
    doc = sample_map()
    before = doc.model_dump()
    edit = _adding("fresh-id")[which]
    edit.apply(doc)
    assert "fresh-id" in edits.ids_in_use(doc)
    assert reference_problems(doc) == []
    edit.revert(doc)
    assert doc.model_dump() == before
