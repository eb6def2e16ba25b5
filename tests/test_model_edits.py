from cjdesigner.model import Card, edits
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
