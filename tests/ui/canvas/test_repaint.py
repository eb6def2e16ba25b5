"""Incremental repaints leave the screen exactly as a full repaint would.

After each edit only the touched cells are repainted; the window's backing store must
then equal a fresh rendering of the whole view."""

import random

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from cjdesigner.model import Card, edits, planning


def screen_matches_fresh_render(view) -> bool:
    """The window's pixels equal a fresh full rendering; glyph antialiasing may differ by a
    shade where text sits at a fractional pixel, anything misplaced differs by far more."""
    QApplication.processEvents()
    on_screen = QGuiApplication.primaryScreen().grabWindow(view.winId()).toImage()
    fresh = view.grab().toImage().convertToFormat(on_screen.format())
    if on_screen == fresh:
        return True
    if on_screen.size() != fresh.size():
        return False
    for y in range(on_screen.height()):
        for x in range(on_screen.width()):
            a, b = on_screen.pixel(x, y), fresh.pixel(x, y)
            if a != b and max(abs(((a >> s) & 255) - ((b >> s) & 255)) for s in (0, 8, 16)) > 12:
                return False
    return True


def test_incremental_repaint_equals_full_repaint(view, controller):
    view.canvas_scene.set_hover(None)
    view.viewport().setMouseTracking(False)
    assert screen_matches_fresh_render(view)
    rng = random.Random(5)
    lanes = [lane.id for lane in controller.doc.lanes]
    steps = controller.doc.step_ids()
    for i in range(25):
        doc = controller.doc
        roll = rng.random()
        if roll < 0.4 and doc.cards:
            card = rng.choice(doc.cards)
            edit = planning.move_cards(doc, [(card.id, rng.choice(lanes), rng.choice(steps), 0)])
        elif roll < 0.6:
            edit = planning.add_cards(
                doc, [Card(lane_id=rng.choice(lanes), step_id=rng.choice(steps), title=f"New {i}")]
            )
        elif roll < 0.8 and doc.cards:
            card = rng.choice(doc.cards)
            edit = edits.SetFields(target="card", ident=card.id, changes={"title": "Renamed " * rng.randint(1, 4)})
        elif doc.cards:
            edit = edits.RemoveCards(ids=[rng.choice(doc.cards).id])
        else:
            continue
        controller.push(edit)
        assert screen_matches_fresh_render(view), i
        if i % 5 == 0:
            controller.undo_stack.undo()
            assert screen_matches_fresh_render(view), i


@pytest.mark.parametrize("zoom", [0.9, 0.4, 0.15, 1.7])
def test_scrolling_repaints_only_strips_but_matches_a_full_repaint(view, controller, zoom):
    """Scrolling moves pixels and paints the uncovered strips: dashed lines, sticky
    titles and frozen headers must still line up with a full repaint."""
    from cjdesigner.model import Lane, LaneKind

    for kind in (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT):
        controller.push(planning.add_lane(controller.doc, Lane(title=kind.label, kind=kind)))
    for _ in range(5):
        view.commands.add_stage()
    cards = [Card(lane_id="lane-opp", step_id="step-order", title=f"Card {i}") for i in range(40)]
    controller.push(planning.add_cards(controller.doc, cards))
    view.resize(700, 450)
    view.zoom_to(zoom)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    assert screen_matches_fresh_render(view)
    for dx, dy in ((37, 0), (0, 53), (121, 17), (-64, -29), (5, 211)):
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        assert screen_matches_fresh_render(view), (dx, dy)
