"""What is selected on the canvas, as plain ids: shared by the canvas, inspector and status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Selection:
    cards: tuple[str, ...] = ()
    stage: str | None = None
    step: str | None = None
    lane: str | None = None
    curve: str | None = None
    #: the current cell (lane_id, step_id): where Enter adds a card, where arrows move from
    cell: tuple[str, str] | None = None

    @classmethod
    def of(cls, kind: str, ident: str) -> Selection:
        """One stage, step, lane or curve selected."""
        if kind not in ("stage", "step", "lane", "curve"):
            raise ValueError(f"not a header or curve kind: {kind!r}")
        chosen: dict[str, Any] = {kind: ident}
        return cls(**chosen)

    def is_empty(self) -> bool:
        return not (self.cards or self.stage or self.step or self.lane or self.curve)

    def count(self) -> int:
        return len(self.cards) + sum(
            x is not None for x in (self.stage, self.step, self.lane, self.curve)
        )
