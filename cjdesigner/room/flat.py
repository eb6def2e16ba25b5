"""A map as flat collections of items by id: the shape the shared Yjs document has.

The Yjs document cannot hold the map's nested lists as they are (two people inserting
into the same JSON list would both win), so a session keeps each kind of item in its own
keyed collection and the order as sort keys (:mod:`cjdesigner.room.order`). :class:`Flat`
is that shape in plain Python, made from a :class:`JourneyMap` in one pass: each item is
its JSON fields without its id (a step also names its ``stage``), and ``order`` lists
each collection's ids in map order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from cjdesigner.model import JourneyMap
from cjdesigner.model.document import Card, Conflict, EmotionCurve, Lane, Persona, Stage, Step

#: the keyed collections, in the order their ids are claimed (the first claim wins)
COLLECTIONS: tuple[str, ...] = ("personas", "stages", "steps", "lanes", "cards", "curves", "conflicts")

MODELS: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "stages": Stage,
    "steps": Step,
    "lanes": Lane,
    "cards": Card,
    "curves": EmotionCurve,
    "conflicts": Conflict,
}

#: text that several people may type into at once: a Y.Text each, so typing merges
TEXT_FIELDS: dict[str, frozenset[str]] = {
    "meta": frozenset({"title", "objective", "scope"}),
    "personas": frozenset({"name", "quote"}),
    "stages": frozenset({"name"}),
    "steps": frozenset({"name", "description"}),
    "lanes": frozenset({"title"}),
    "cards": frozenset({"title", "description"}),
    "curves": frozenset({"label"}),
    "conflicts": frozenset(),
}

#: a curve's points are a nested map (step id → value): points at different steps merge
POINTS = "points"
#: the sort key of an item in its collection; a step's stage
POS = "pos"
STAGE = "stage"


@dataclass
class Flat:
    """A map as keyed collections; see the module docstring."""

    meta: dict[str, Any] = field(default_factory=dict)
    items: dict[str, dict[str, dict[str, Any]]] = field(
        default_factory=lambda: {name: {} for name in COLLECTIONS}
    )
    order: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in COLLECTIONS})
    schema_version: int = 0


def _fields(item: BaseModel, exclude: set[str]) -> dict[str, Any]:
    return item.model_dump(mode="json", exclude=exclude)


class Flattener:
    """Makes the flat form of a map again and again, cheaply: the model replaces an item
    when it changes (edits never change one in place), so an item that is the same object
    as last time has the same fields, and only new objects are dumped."""

    def __init__(self) -> None:
        self._seen: dict[str, dict[str, tuple[object, dict[str, Any]]]] = {
            name: {} for name in COLLECTIONS
        }
        self._meta: tuple[object, dict[str, Any]] | None = None

    def _dump(self, name: str, item: Any, exclude: set[str], extra: dict[str, Any]) -> dict[str, Any]:
        seen = self._seen[name].get(item.id)
        if seen is not None and seen[0] is item and (not extra or seen[1].get(STAGE) == extra[STAGE]):
            return seen[1]
        fields = {**_fields(item, exclude), **extra}
        self._seen[name][item.id] = (item, fields)
        return fields

    def take(self, doc: JourneyMap) -> Flat:
        if self._meta is None or self._meta[0] is not doc.meta:
            self._meta = (doc.meta, doc.meta.model_dump(mode="json"))
        flat = Flat(meta=self._meta[1], schema_version=doc.schema_version)
        for name, items in (
            ("personas", doc.personas),
            ("lanes", doc.lanes),
            ("cards", doc.cards),
            ("curves", doc.curves),
            ("conflicts", doc.conflicts),
        ):
            flat.items[name] = {item.id: self._dump(name, item, {"id"}, {}) for item in items}
            flat.order[name] = [item.id for item in items]
        for stage in doc.stages:
            flat.items["stages"][stage.id] = self._dump("stages", stage, {"id", "steps"}, {})
            flat.order["stages"].append(stage.id)
            for step in stage.steps:
                flat.items["steps"][step.id] = self._dump("steps", step, {"id"}, {STAGE: stage.id})
                flat.order["steps"].append(step.id)
        for name in COLLECTIONS:
            seen = self._seen[name]
            if len(seen) > len(flat.items[name]):
                for ident in [i for i in seen if i not in flat.items[name]]:
                    del seen[ident]
        return flat


def flatten(doc: JourneyMap) -> Flat:
    """The map in flat form (see :class:`Flat`)."""
    return Flattener().take(doc)
