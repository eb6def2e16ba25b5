"""Edits from what a person does: positions to anchors, drags, nudges, duplicates. No Qt.

The editor thinks in cell positions ("third card of this cell", "index 2 of the
stages"); edits name anchors (``after``: the item a thing follows). These functions
turn the one into the other on the current map and plan the card moves of a drag, an
Alt+arrow nudge or a duplicate, so the canvas only reports gestures. Each planner
returns an edit (or ``None`` when nothing would change), ready for
``DocumentController.push``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from .card_index import cells_of, ids_of, positions
from .document import Card, JourneyMap, Lane, Stage, Step, new_id
from .edits import (
    AddCards,
    AddLane,
    AddStage,
    AddStep,
    CardMove,
    MoveCards,
    MoveLane,
    MoveStage,
    MoveStep,
)

Cell = tuple[str, str]
Direction = Literal["left", "right", "up", "down"]


# --------------------------------------------------------------------------- anchors
def anchor_at(ids: Sequence[str], index: int | None, moving: str | None = None) -> str | None:
    """The anchor that puts an item at ``index`` of ``ids`` (None: the end), counted
    without ``moving`` (the item itself, when it moves within the same list)."""
    rest = [i for i in ids if i != moving]
    at = len(rest) if index is None else max(0, min(index, len(rest)))
    return rest[at - 1] if at > 0 else None


def _cell_index(cells: list[Cell], cell: Cell, position: int | None) -> int:
    """List index that makes a card the ``position``-th of ``cell`` (None or past the
    end: after its last card; an empty cell: the end of the list); ``cells`` holds the
    cell of each card in list order."""
    members = _indices(cells, cell)  # list.index compares in C: fast on a big map
    if position is None or position >= len(members):
        return members[-1] + 1 if members else len(cells)
    return members[max(0, position)]


def _members(doc: JourneyMap, cell: Cell) -> list[str]:
    """Ids of the cards in ``cell``, in cell order (searched in C over the list's cells)."""
    ids = ids_of(doc.cards)
    return [ids[i] for i in _indices(cells_of(doc.cards), cell)]


def _indices(cells: list[Cell], cell: Cell) -> list[int]:
    members: list[int] = []
    with contextlib.suppress(ValueError):
        while True:
            members.append(cells.index(cell, members[-1] + 1 if members else 0))
    return members


def card_moves(doc: JourneyMap, moves: Iterable[tuple[str, str, str, int | None]]) -> list[CardMove]:
    """Anchored moves for ``(card, lane, step, position in cell)`` applied in order."""
    order = list(ids_of(doc.cards))
    cells = list(cells_of(doc.cards))
    out = []
    for card_id, lane_id, step_id, position in moves:
        at = order.index(card_id)
        del order[at], cells[at]
        index = _cell_index(cells, (lane_id, step_id), position)
        order.insert(index, card_id)
        cells.insert(index, (lane_id, step_id))
        after = order[index - 1] if index > 0 else None
        out.append(CardMove(card=card_id, lane_id=lane_id, step_id=step_id, after=after))
    return out


def move_cards(
    doc: JourneyMap, moves: Iterable[tuple[str, str, str, int | None]], **fields: Any
) -> MoveCards:
    """A ``MoveCards`` from cell positions (``(card, lane, step, position)``)."""
    return MoveCards(moves=card_moves(doc, moves), **fields)


def add_cards(
    doc: JourneyMap, cards: list[Card], positions: Sequence[int | None] | None = None, **fields: Any
) -> AddCards:
    """An ``AddCards`` that puts each card at its position in its cell (None: last)."""
    order = [c.id for c in doc.cards]
    cells = [(c.lane_id, c.step_id) for c in doc.cards]
    anchors: list[str | None] = []
    for card, position in zip(cards, positions or [None] * len(cards), strict=True):
        index = _cell_index(cells, (card.lane_id, card.step_id), position)
        order.insert(index, card.id)
        cells.insert(index, (card.lane_id, card.step_id))
        anchors.append(order[index - 1] if index > 0 else None)
    return AddCards(cards=cards, after=anchors, **fields)


def add_stage(doc: JourneyMap, stage: Stage, index: int | None = None, **fields: Any) -> AddStage:
    return AddStage(stage=stage, after=anchor_at([s.id for s in doc.stages], index), **fields)


def add_step(
    doc: JourneyMap, stage_id: str, step: Step, index: int | None = None, **fields: Any
) -> AddStep:
    ids = [s.id for s in doc.find_stage(stage_id).steps]
    return AddStep(stage_id=stage_id, step=step, after=anchor_at(ids, index), **fields)


def add_lane(doc: JourneyMap, lane: Lane, index: int | None = None, **fields: Any) -> AddLane:
    return AddLane(lane=lane, after=anchor_at([x.id for x in doc.lanes], index), **fields)


def move_stage(doc: JourneyMap, stage_id: str, index: int, **fields: Any) -> MoveStage:
    after = anchor_at([s.id for s in doc.stages], index, moving=stage_id)
    return MoveStage(stage_id=stage_id, after=after, **fields)


def move_lane(doc: JourneyMap, lane_id: str, index: int, **fields: Any) -> MoveLane:
    return MoveLane(lane_id=lane_id, after=anchor_at([x.id for x in doc.lanes], index, lane_id),
                    **fields)


def move_step(doc: JourneyMap, step_id: str, stage_id: str, index: int, **fields: Any) -> MoveStep:
    ids = [s.id for s in doc.find_stage(stage_id).steps]
    return MoveStep(step_id=step_id, stage_id=stage_id, after=anchor_at(ids, index, step_id),
                    **fields)


# --------------------------------------------------------------------------- drags
def plan_moves(
    doc: JourneyMap, ids: list[str], cell: Cell, position: int
) -> list[tuple[str, str, str, int]]:
    """Moves ``(card, lane, step, index)`` that put ``ids`` (in this order) at
    ``position`` among the cards that stay in ``cell``; empty when nothing would change."""
    lane_id, step_id = cell
    moving = set(ids)
    current = _members(doc, cell)
    staying = [c for c in current if c not in moving]
    wanted = staying[:position] + list(ids) + staying[position:]
    if wanted == current:
        return []
    simulated = list(current)
    moves = []
    previous = staying[position - 1] if position > 0 else None
    for card_id in ids:
        if card_id in simulated:
            simulated.remove(card_id)
        index = simulated.index(previous) + 1 if previous is not None else 0
        simulated.insert(index, card_id)
        moves.append((card_id, lane_id, step_id, index))
        previous = card_id
    return moves


def target_cells(doc: JourneyMap, ids: list[str], anchor: str | None, cell: Cell) -> dict[str, Cell]:
    """Where each of ``ids`` lands when ``anchor`` goes to ``cell``: every card keeps its
    lane and step offset from the anchor, clamped to the grid."""
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    cells = cells_of(doc.cards)
    found = positions(ids_of(doc.cards), list(dict.fromkeys(ids)))
    places = {card_id: cells[found[card_id]] for card_id in ids if card_id in found}
    if anchor not in places or cell[0] not in lanes or cell[1] not in steps:
        return {card_id: cell for card_id in places}
    lane_index = {lane_id: i for i, lane_id in enumerate(lanes)}
    step_index = {step_id: i for i, step_id in enumerate(steps)}
    a_lane, a_step = places[anchor]
    dr = lane_index[cell[0]] - lane_index[a_lane]
    dc = step_index[cell[1]] - step_index[a_step]
    result = {}
    for card_id, (lane_id, step_id) in places.items():
        r = min(max(lane_index[lane_id] + dr, 0), len(lanes) - 1)
        c = min(max(step_index[step_id] + dc, 0), len(steps) - 1)
        result[card_id] = (lanes[r], steps[c])
    return result


def plan_group_moves(
    doc: JourneyMap, ids: list[str], anchor: str | None, cell: Cell, position: int
) -> list[tuple[str, str, str, int]]:
    """Moves for a drag of ``ids`` whose ``anchor`` card is dropped at ``position`` in
    ``cell``: the anchor's group goes there, cards bound for other cells go to the end of
    those; empty when nothing would change."""
    places = target_cells(doc, ids, anchor, cell)
    groups: dict[Cell, list[str]] = {}
    for card_id in ids:
        if card_id in places:
            groups.setdefault(places[card_id], []).append(card_id)
    moving = set(places)
    if set(groups) <= {cell}:
        staying = sum(1 for c in _members(doc, cell) if c not in moving)
        position = min(max(position, 0), staying)
        return plan_moves(doc, [c for c in ids if c in places], cell, position)
    # only the cells the cards leave and enter change
    all_ids, all_cells = ids_of(doc.cards), cells_of(doc.cards)
    where = {card_id: all_cells[i]
             for card_id, i in positions(all_ids, list(moving)).items()}
    involved = set(where.values()) | set(groups)
    simulated: dict[Cell, list[str]] = {key: [] for key in involved}
    if len(involved) <= 8:
        for key in involved:
            simulated[key] = _members(doc, key)
    else:
        for card_id, key in zip(all_ids, all_cells, strict=True):
            if key in involved:
                simulated[key].append(card_id)
    before = {key: list(members) for key, members in simulated.items()}
    moves = []
    for target in sorted(groups, key=lambda t: t != cell):  # the anchor's cell first
        kept = [c for c in simulated.get(target, []) if c not in moving]
        at = position if target == cell else len(kept)
        at = min(max(at, 0), len(kept))
        previous = kept[at - 1] if at > 0 else None
        for card_id in groups[target]:
            simulated[where[card_id]].remove(card_id)
            members = simulated.setdefault(target, [])
            index = members.index(previous) + 1 if previous is not None else 0
            members.insert(index, card_id)
            where[card_id] = target
            moves.append((card_id, target[0], target[1], index))
            previous = card_id
    after = {key: members for key, members in simulated.items() if members}
    if after == {key: members for key, members in before.items() if members}:
        return []
    return moves


def drag_cards(
    doc: JourneyMap, ids: list[str], anchor: str | None, cell: Cell, position: int, **fields: Any
) -> MoveCards | None:
    """The edit of a card drag (see :func:`plan_group_moves`); None when nothing moves."""
    moves = plan_group_moves(doc, ids, anchor, cell, position)
    return move_cards(doc, moves, **fields) if moves else None


# --------------------------------------------------------------------------- keyboard
def nudge_target(doc: JourneyMap, ids: list[str], direction: Direction) -> tuple[Cell, int] | None:
    """Where Alt+arrow sends the cards ``ids`` (in map order): the neighbouring cell,
    or one place up or down within their cell first; None at the edge of the grid."""
    if not ids:
        return None
    lanes = [lane.id for lane in doc.lanes]
    steps = doc.step_ids()
    by_id = {c.id: c for c in doc.cards}
    first = by_id[ids[0]]
    cell = (first.lane_id, first.step_id)
    r, c = lanes.index(cell[0]), steps.index(cell[1])
    moving = set(ids)
    same_cell = all((by_id[i].lane_id, by_id[i].step_id) == cell for i in ids)
    members = [card.id for card in doc.cards if (card.lane_id, card.step_id) == cell]
    staying = [m for m in members if m not in moving]
    position = None
    if direction in ("left", "right"):
        c += -1 if direction == "left" else 1
    elif same_cell:
        above = sum(1 for m in members[: members.index(ids[0])] if m not in moving)
        if direction == "up" and above > 0:
            position = above - 1
        elif direction == "down" and above < len(staying):
            position = above + 1
        else:
            r += -1 if direction == "up" else 1
    else:
        r += -1 if direction == "up" else 1
    if not (0 <= r < len(lanes) and 0 <= c < len(steps)):
        return None
    target = (lanes[r], steps[c])
    if position is None:
        target_staying = [
            card.id
            for card in doc.cards
            if (card.lane_id, card.step_id) == target and card.id not in moving
        ]
        position = 0 if direction == "down" and target != cell else len(target_staying)
    return target, position


def nudge_cards(
    doc: JourneyMap, ids: list[str], direction: Direction, **fields: Any
) -> tuple[MoveCards, Cell] | None:
    """The edit of an Alt+arrow nudge and the cell the first card lands in; cards from
    several cells each move one cell over, kept apart as in a drag."""
    order = {c.id: i for i, c in enumerate(doc.cards)}
    ids = sorted((i for i in ids if i in order), key=order.__getitem__)
    planned = nudge_target(doc, ids, direction)
    if planned is None:
        return None
    target, position = planned
    edit = drag_cards(doc, ids, ids[0], target, position, **fields)
    return (edit, target) if edit is not None else None


# --------------------------------------------------------------------------- duplicates
def duplicate_cards(doc: JourneyMap, ids: Iterable[str], **fields: Any) -> AddCards | None:
    """Copies of the cards ``ids`` (fresh ids), each directly after its original."""
    wanted = set(ids)
    originals = [c for c in doc.cards if c.id in wanted]
    if not originals:
        return None
    copies = [Card.model_validate({**c.model_dump(), "id": new_id("card")}) for c in originals]
    return AddCards(cards=copies, after=[c.id for c in originals], **fields)
