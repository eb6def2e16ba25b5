"""Property: the incremental layout (``LayoutEngine.update``) equals a full layout of the
same map after any sequence of card edits and their undos (hypothesis)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.layout import LayoutEngine, layout_map
from cjdesigner.layout.card_boxes import CardBoxes
from cjdesigner.layout.engine import FEW_CARDS
from cjdesigner.model import Card, edits, planning
from cjdesigner.model.card_index import cells_of, ids_of, known_cells
from cjdesigner.model.sample import sample_map

from .test_incremental import same

EMOTIONS = st.sampled_from([None, None, -2.0, -0.5, 0.0, 1.5, 2.0])


def _edit(doc, data):
    """One card edit of the kinds the canvas makes: drags of one or many cards, adds,
    removals, text and emotion changes, and edits of more cards than the fast path takes."""
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    kind = data.draw(st.sampled_from(["move", "move", "group", "add", "remove", "text",
                                      "emotion", "many"]))
    if not doc.cards:
        kind = "add"
    card_ids = [c.id for c in doc.cards]
    if kind == "move":
        card = data.draw(st.sampled_from(card_ids))
        return planning.move_cards(doc, [(card, data.draw(st.sampled_from(lanes)),
                                          data.draw(st.sampled_from(steps)),
                                          data.draw(st.integers(0, 5)))])
    if kind == "group":
        ids = data.draw(st.lists(st.sampled_from(card_ids), min_size=1, max_size=6, unique=True))
        anchor = ids[0]
        cell = (data.draw(st.sampled_from(lanes)), data.draw(st.sampled_from(steps)))
        moves = planning.plan_group_moves(doc, ids, anchor, cell, data.draw(st.integers(0, 4)))
        return planning.move_cards(doc, moves) if moves else None
    if kind == "add":
        count = data.draw(st.integers(1, 3))
        cards = [Card(lane_id=data.draw(st.sampled_from(lanes)),
                      step_id=data.draw(st.sampled_from(steps)),
                      title="t " * data.draw(st.integers(1, 12)),
                      description="word " * data.draw(st.integers(0, 30)),
                      emotion=data.draw(EMOTIONS)) for _ in range(count)]
        return planning.add_cards(doc, cards, [data.draw(st.sampled_from([None, 0, 1, 3]))
                                               for _ in cards])
    if kind == "remove":
        ids = data.draw(st.lists(st.sampled_from(card_ids), min_size=1, max_size=3, unique=True))
        return edits.RemoveCards(ids=ids)
    if kind == "text":
        return edits.SetFields(target="card", ident=data.draw(st.sampled_from(card_ids)),
                               changes={"description": "longer " * data.draw(st.integers(0, 40))})
    if kind == "emotion":
        return edits.SetFields(target="card", ident=data.draw(st.sampled_from(card_ids)),
                               changes={"emotion": data.draw(EMOTIONS)})
    # more cards than the fast path handles: one pass over the list
    many = card_ids[: FEW_CARDS + 1]
    target = data.draw(st.sampled_from(steps))
    lane = data.draw(st.sampled_from(lanes))
    return planning.move_cards(doc, [(c, lane, target, None) for c in many])


def _crowded_map():
    """The sample map with enough cards that rows grow, shrink and shift."""
    doc = sample_map()
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    extra = [Card(lane_id=lanes[i % len(lanes)], step_id=steps[(i * 7) % len(steps)],
                  title=f"Card {i} " * (1 + i % 3), description="text " * (i % 17),
                  emotion=[None, -1.0, 2.0][i % 3]) for i in range(90)]
    planning.add_cards(doc, extra).apply(doc)
    return doc


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), rtl=st.booleans())
def test_incremental_layout_equals_full_layout_after_random_edits(data, rtl):
    doc = _crowded_map()
    if rtl:  # a map in a right-to-left language: the grid runs from the right
        edits.SetFields(target="meta", changes={"language": "ar"}).apply(doc)
    engine = LayoutEngine()
    lay = engine.layout(doc)
    assert lay.rtl == rtl
    done = []
    for _ in range(data.draw(st.integers(1, 12))):
        if done and data.draw(st.integers(0, 3)) == 0:
            edit = done.pop()  # an undo: the inverse of the last edit
            inverse = edit.apply(doc)
        else:
            edit = _edit(doc, data)
            if edit is None:
                continue
            inverse = edit.apply(doc)
            done.append(inverse)
        # what the controller announces: the cards the edit and its inverse name
        lay = engine.update(doc, lay, edit.card_ids() | inverse.card_ids())
        same(lay, layout_map(doc))
        assert engine.models == {c.id: c for c in doc.cards}
        # the ids and cells kept per card list (MoveCards hands them on) are the list's
        assert ids_of(doc.cards) == [c.id for c in doc.cards]
        assert known_cells(doc.cards) in (None, [(c.lane_id, c.step_id) for c in doc.cards])
        cells_of(doc.cards)  # made now: the next move keeps it up to date


def test_shifted_rows_read_exactly_what_a_full_layout_places():
    """A card that makes its row taller moves every row below; their cards are not placed
    again but shifted as they are read, to the very same boxes."""
    doc = _crowded_map()
    engine = LayoutEngine()
    lay = engine.layout(doc)
    first_lane = doc.lanes[0].id
    card = next(c for c in doc.cards if c.lane_id == first_lane)
    edit = edits.SetFields(target="card", ident=card.id, changes={"description": "word " * 60})
    edit.apply(doc)
    new = engine.update(doc, lay, edit.card_ids())
    assert new.lanes is not lay.lanes  # the row grew
    assert isinstance(new.cards, CardBoxes)
    fresh = layout_map(doc)
    assert dict(new.cards.items()) == dict(fresh.cards.items())
    below = next(c for c in doc.cards if c.lane_id == doc.lanes[-1].id)
    assert new.cards[below.id].rect.y > lay.cards[below.id].rect.y
