"""A region seen for the first time: a frame makes a bounded number of card pictures,
sketches the rest and draws them in full as soon as the application is idle."""

from PySide6.QtWidgets import QApplication

from cjdesigner.model import Card, planning
from cjdesigner.ui.canvas.items import cards as card_items

from .test_repaint import screen_matches_fresh_render


def test_many_new_cards_are_sketched_then_drawn_in_full(view, controller, qtbot):
    doc = controller.doc
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()[:4]
    new = [Card(lane_id=lanes[i % 2], step_id=steps[i % len(steps)], title=f"Card {i}",
                description="words " * (i % 9)) for i in range(80)]
    controller.push(planning.add_cards(doc, new))
    layer = view.canvas_scene.card_layer
    layer.clear_cache()
    view.viewport().repaint()
    # more cards on screen than one frame makes pictures of: some wait, sketched
    assert len(layer._cache) == card_items.FRESH_PER_FRAME
    assert layer._pending
    qtbot.waitUntil(lambda: not layer._pending)
    QApplication.processEvents()
    assert len(layer._cache) > card_items.FRESH_PER_FRAME
    assert screen_matches_fresh_render(view)


def test_a_frame_of_few_new_cards_draws_them_all_at_once(view, controller):
    layer = view.canvas_scene.card_layer
    layer.clear_cache()
    view.viewport().repaint()
    shown = len(layer._cache)
    assert 0 < shown <= card_items.FRESH_PER_FRAME
    assert not layer._pending
