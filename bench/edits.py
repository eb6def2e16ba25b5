"""Edits as data on an immutable map: a drag's edit, its undo, and a save after editing.

- drag: a card moved to the next step as the canvas plans it (``planning.move_cards``)
  and applied (``MoveCards.apply``, which builds the new card list), beside the least an
  immutable map allows: the same card moved in a copied plain list of the cards.
- undo: the move's inverse applied (lenient, as the undo stack applies it), beside the same
  lower bound.
- save: ``save`` of a map that 200 edits have changed, beside ``save`` of the same map
  read fresh from its file (edits must leave nothing that makes writing slower).

No canvas: the canvas group times the same drag and undo with the scene repainting.
"""

from __future__ import annotations

from typing import Any

from cjdesigner.fileio import load, save
from cjdesigner.model import JourneyMap

from .paths import Case, guarded, need
from .stats import Row, measure


def _next_step_move(doc: JourneyMap, i: int, steps: list[str]) -> tuple[str, str, str, int]:
    card = doc.cards[(i * 7919) % len(doc.cards)]
    target = steps[(steps.index(card.step_id) + 1) % len(steps)]
    return card.id, card.lane_id, target, 0


def _by_hand(doc: JourneyMap, move: tuple[str, str, str, int]) -> list[Any]:
    """The lower bound: one card moved in a plain copy of the card list."""
    card_id, lane_id, step_id, _ = move
    cards = list(doc.cards)
    index = next(i for i, c in enumerate(cards) if c.id == card_id)
    card = cards.pop(index)
    cards.append(card.model_copy(update={"lane_id": lane_id, "step_id": step_id}))
    return cards


def edit_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat

    def body() -> list[Row]:
        move_cards = need("cjdesigner.model.planning", "move_cards")
        doc = load(case.cjm)
        steps = doc.step_ids()
        counter = iter(range(10**9))

        def pick() -> Any:
            return _next_step_move(doc, next(counter), steps)

        drag = measure(lambda m: move_cards(doc, [m]).apply(doc), r, setup=pick, warmup=1)
        by_hand = measure(lambda m: _by_hand(doc, m), r, setup=pick, warmup=1)

        def applied() -> Any:
            return move_cards(doc, [pick()]).apply(doc)

        undo = measure(lambda inverse: inverse.apply(doc, lenient=True), r, setup=applied,
                       warmup=1)
        edited = load(case.cjm)
        for i in range(200):
            move_cards(edited, [_next_step_move(edited, i, steps)]).apply(edited)
        fresh = load(case.cjm)
        target = case.workdir / f"edited-{n}.cjm"
        saved = measure(lambda _: save(edited, target), r, warmup=1)
        saved_fresh = measure(lambda _: save(fresh, target), r, warmup=1)
        return [
            Row("edit_drag", n, "drag's edit: plan + MoveCards.apply (no canvas)", drag,
                "same card moved in a plain list copy", by_hand),
            Row("edit_undo", n, "undo of a move: inverse.apply (no canvas)", undo,
                "same card moved in a plain list copy", by_hand),
            Row("edit_save", n, "save after 200 edits", saved, "save of the map read fresh",
                saved_fresh),
        ]

    guarded(rows, n, [("edit_drag", "drag's edit"), ("edit_undo", "undo of a move"),
                      ("edit_save", "save after 200 edits")], body)
    return rows
