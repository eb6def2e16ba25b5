from cjdesigner.model import edits, planning
from cjdesigner.model.sample import sample_map
from cjdesigner.ui.controller import DocumentController


def test_push_undo_redo_and_signals(qtbot):
    controller = DocumentController(sample_map())
    before = controller.doc.model_dump()
    with qtbot.waitSignal(controller.cardsChanged) as blocker:
        controller.push(
            planning.move_cards(controller.doc, [("card-1", "lane-pain", "step-compare", None)])
        )
    assert blocker.args == [{"card-1"}]
    assert controller.is_modified()
    controller.undo_stack.undo()
    assert controller.doc.model_dump() == before
    assert not controller.is_modified()
    controller.undo_stack.redo()
    assert controller.doc.find_card("card-1").lane_id == "lane-pain"


def test_typing_merges_into_one_step(qtbot):
    controller = DocumentController(sample_map())
    for text in ("N", "No", "Not"):
        controller.push(
            edits.SetFields(target="card", ident="card-1", changes={"title": text}, text="Edit title", merge_key="t")
        )
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.doc.find_card("card-1").title == "Notices a banner"


def test_record_save_keeps_the_time_without_an_undo_step(qtbot):
    controller = DocumentController(sample_map())
    controller.push(edits.SetFields(target="card", ident="card-1", changes={"title": "Changed"}))
    with qtbot.waitSignal(controller.metaChanged):
        controller.record_save("2026-11-22T10:00:00Z")
    assert controller.doc.meta.modified == "2026-11-22T10:00:00Z"
    assert not controller.is_modified()
    assert controller.undo_stack.count() == 1
