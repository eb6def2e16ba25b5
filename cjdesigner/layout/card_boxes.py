"""Card boxes by card id, the rows a relayout moved shifted as they are read. No Qt.

When one row of a 50,000-card map grows, every card below it moves down. Building a new
box for each of them is most of a drag's cost, so :class:`CardBoxes` keeps the boxes as
they were placed and a vertical shift per lane, and applies the shift to a box when it
is read (once; the shifted box is kept). The layout's lengths are whole and half units,
so a stored box shifted back and forth reads exactly what a full layout computes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Protocol, TypeVar

from .geometry import Rect


class _Box(Protocol):
    @property
    def lane_id(self) -> str: ...

    @property
    def step_id(self) -> str: ...

    @property
    def rect(self) -> Rect: ...


B = TypeVar("B", bound=_Box)


def _moved(box: B, dy: float) -> B:
    """``box`` ``dy`` lower: a copy of the (frozen dataclass) box with another rect,
    made without running its ``__init__`` (a drag may move a few hundred)."""
    r = box.rect
    moved: B = object.__new__(type(box))
    moved.__dict__.update(box.__dict__)
    object.__setattr__(moved, "rect", Rect(r.x, r.y + dy, r.w, r.h))
    return moved


class CardBoxes(Mapping[str, B]):
    """A read-only mapping once published; the layout engine fills it while building
    (:meth:`set_cell`, ``[id] = box``, :meth:`pop`, :meth:`move_lanes`) and derives the
    next layout's with :meth:`evolved`."""

    __slots__ = ("_base", "_boxes", "_memo", "_shift")

    def __init__(self, boxes: dict[str, B] | None = None) -> None:
        self._boxes: dict[str, B] = {} if boxes is None else boxes
        #: lane id → how far that lane has moved down since its first cells were placed
        self._shift: dict[str, float] = {}
        #: cell → how far its lane had moved when the cell was placed (its boxes have it)
        self._base: dict[tuple[str, str], float] = {}
        self._memo: dict[str, B] = {}

    def _offset(self, lane_id: str, step_id: str) -> float:
        return self._shift.get(lane_id, 0.0) - self._base.get((lane_id, step_id), 0.0)

    def __getitem__(self, card_id: str) -> B:
        box = self._boxes[card_id]
        if not self._shift and not self._base:
            return box
        dy = self._offset(box.lane_id, box.step_id)
        if not dy:
            return box
        moved = self._memo.get(card_id)
        if moved is None:
            moved = self._memo[card_id] = _moved(box, dy)
        return moved

    def get(self, card_id: str, default: Any = None) -> Any:  # noqa: D102 - Mapping's
        if card_id not in self._boxes:
            return default
        return self[card_id]

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._boxes

    def __iter__(self) -> Iterator[str]:
        return iter(self._boxes)

    def __len__(self) -> int:
        return len(self._boxes)

    def __repr__(self) -> str:
        return f"CardBoxes({dict(self.items())!r})"

    # -- building (the engine, before the layout is published) ------------------------------
    def set_cell(self, lane_id: str, step_id: str, boxes: Mapping[str, B]) -> None:
        """Put the boxes of one cell, placed where its lane is now."""
        moved = self._shift.get(lane_id, 0.0)
        if moved:
            self._base[(lane_id, step_id)] = moved
        else:
            self._base.pop((lane_id, step_id), None)
        self._boxes.update(boxes)
        if self._memo:
            for card_id in boxes:
                self._memo.pop(card_id, None)

    def __setitem__(self, card_id: str, box: B) -> None:
        dy = self._offset(box.lane_id, box.step_id) if self._shift or self._base else 0.0
        if dy:
            stored = _moved(box, -dy)
            if stored.rect.y + dy != box.rect.y:  # pragma: no cover - lengths are half units
                raise ArithmeticError("a card box does not survive its row's shift exactly")
            self._boxes[card_id] = stored
            self._memo[card_id] = box
        else:
            self._boxes[card_id] = box
            self._memo.pop(card_id, None)

    def pop(self, card_id: str, default: Any = None) -> Any:
        if card_id not in self._boxes:
            return default
        box = self[card_id]
        del self._boxes[card_id]
        self._memo.pop(card_id, None)
        return box

    def move_lanes(self, shift: Mapping[str, float]) -> None:
        """Move the boxes of the lanes in ``shift`` down by so much more."""
        if not shift:
            return
        total = self._shift
        for lane_id, dy in shift.items():
            if dy:
                total[lane_id] = total.get(lane_id, 0.0) + dy
        self._memo.clear()

    def evolved(self, removed: Iterable[str] = ()) -> CardBoxes[B]:
        """A copy to build the next layout in, without ``removed``: copies the id table
        (``dict.copy`` clones it in C) and the lanes' shifts, no box."""
        boxes = self._boxes.copy()
        for card_id in removed:
            boxes.pop(card_id, None)
        result: CardBoxes[B] = CardBoxes(boxes)
        result._shift = self._shift.copy()
        result._base = self._base.copy()
        return result
