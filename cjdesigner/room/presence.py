"""Presence: what each person in a session shows the others, as Yjs awareness state.

A desktop peer publishes its name and colour, what it has selected (cards, or a stage, a
step, a lane or an emotion curve), whether it presents and, while it does, its view:

    {"user": {"name": "Ana", "color": "#1b998b"},
     "selection": ["card-1", "card-4"],                 # cards (what other Yjs clients read)
     "focus": {"stage": null, "step": "step-2", "lane": null, "curve": null},
     "presenting": false, "view": {"x": 410.0, "y": 220.0, "zoom": 0.8}}

Everyone's state is untrusted (any client with the token may publish anything):
:func:`read` keeps only what fits (plain ids, at most :data:`MAX_IDS` cards, a short
name, a ``#rrggbb`` colour, finite view numbers) and answers None for a state that is no
person's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

#: cards one person's selection shows to the others at most
MAX_IDS = 100
MAX_NAME = 60
KINDS = ("stage", "step", "lane", "curve")
_ID = re.compile(r"^[A-Za-z0-9_.:\-]{1,64}$")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class Focus:
    """What one person has selected: cards, or one stage, step, lane or curve."""

    cards: tuple[str, ...] = ()
    stage: str | None = None
    step: str | None = None
    lane: str | None = None
    curve: str | None = None

    def is_empty(self) -> bool:
        return not (self.cards or self.stage or self.step or self.lane or self.curve)

    def items(self) -> list[tuple[str, str]]:
        """(kind, id) of each selected item: ``card`` for cards, then the header or curve."""
        out = [("card", card) for card in self.cards]
        out += [(kind, ident) for kind in KINDS if (ident := getattr(self, kind)) is not None]
        return out


@dataclass(frozen=True)
class Person:
    """Someone in the session, as their presence says."""

    client_id: int
    name: str
    colour: str | None
    focus: Focus
    presenting: bool = False
    #: the presenter's view: scene centre and zoom
    view: tuple[float, float, float] | None = None


def state(name: str, colour: str, focus: Focus, presenting: bool = False,
          view: tuple[float, float, float] | None = None) -> dict[str, Any]:
    """The awareness state this side publishes."""
    published: dict[str, Any] = {
        "user": {"name": name[:MAX_NAME], "color": colour},
        "selection": list(focus.cards[:MAX_IDS]),
        "focus": {kind: getattr(focus, kind) for kind in KINDS},
        "presenting": presenting,
    }
    if view is not None:
        published["view"] = {"x": view[0], "y": view[1], "zoom": view[2]}
    return published


def read(client_id: int, value: object) -> Person | None:
    """The person behind someone's awareness state (validated), or None."""
    if not isinstance(value, dict):
        return None
    user = value.get("user")
    if not isinstance(user, dict):
        return None
    name = user.get("name")
    name = name[:MAX_NAME] if isinstance(name, str) else ""
    colour = user.get("color")
    colour = colour if isinstance(colour, str) and _COLOUR.match(colour) else None
    return Person(client_id, name, colour, _focus(value), value.get("presenting") is True,
                  _view(value.get("view")))


def _plain_id(value: object) -> str | None:
    return value if isinstance(value, str) and _ID.match(value) else None


def _focus(value: dict[str, Any]) -> Focus:
    selection = value.get("selection")
    cards: list[str] = []
    if isinstance(selection, list):
        for item in selection[:MAX_IDS]:
            ident = _plain_id(item)
            if ident is not None and ident not in cards:
                cards.append(ident)
    focus = value.get("focus")
    chosen = {kind: _plain_id(focus.get(kind)) for kind in KINDS} if isinstance(focus, dict) else {}
    return Focus(cards=tuple(cards), **chosen)


def _view(value: object) -> tuple[float, float, float] | None:
    if not isinstance(value, dict):
        return None
    try:
        x, y, zoom = (float(value[k]) for k in ("x", "y", "zoom"))
    except (KeyError, TypeError, ValueError):
        return None
    if not all(math.isfinite(n) for n in (x, y, zoom)) or zoom <= 0:
        return None
    return x, y, zoom
