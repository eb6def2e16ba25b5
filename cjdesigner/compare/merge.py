"""Three-way merge of maps by id, as git's merge driver does it for .cjm files. No Qt.

Every item (persona, stage, step, lane, card, curve, the map's meta) is merged field by
field against the common ancestor: a field one side changed takes that side's value; a
field both sides changed to the same value takes it; a field both changed differently
is a *conflict* — the result keeps ours and records both values in the map's
``conflicts``, for the editor to show and the user to pick a side. Curve points merge
one step at a time. Additions of both sides are kept; an item one side removed is
removed unless the other side changed it (then it is kept, and that is a conflict too).
Orders (stages, steps within stages, lanes, cards within a cell …) merge with
``order.merge_order``. References are repaired last: an item one side removed but the
merged map still uses (a card the other side added to a removed lane) comes back, with a
conflict saying so. The result is always a valid map.

The merge is symmetric up to conflicts: swapping ours and theirs gives the same map
except for the values of conflicting fields (ours wins) and the records' labels.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from cjdesigner.model import (
    SCHEMA_VERSION,
    Card,
    Conflict,
    ConflictReason,
    EmotionCurve,
    ItemKind,
    JourneyMap,
    Lane,
    MapMeta,
    Persona,
    Stage,
    Step,
    reference_problems,
)

from .diff import plain
from .order import OrderConflict, merge_order

_GONE = object()  # a curve point that one version does not have

Item = dict[str, Any]
Items = dict[str, Item]


@dataclass
class MergeResult:
    doc: JourneyMap
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    """The conflicts this merge found (also in ``doc.conflicts``, after older ones)."""

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Version:
    """One version of the map: each item's fields as a dict (Python values), by id."""

    meta: Item
    personas: Items
    stages: Items  # without their steps
    steps: Items  # each with "_stage": the id of its stage
    lanes: Items
    cards: Items
    curves: Items
    conflicts: Items
    objects: dict[int, Any] = field(default_factory=dict)
    """id() of an item's dict → the model object it was read from."""

    @classmethod
    def of(cls, doc: JourneyMap) -> _Version:
        stages: Items = {}
        steps: Items = {}
        for stage in doc.stages:
            fields = dict(stage.__dict__)
            del fields["steps"]
            stages[stage.id] = fields
            for step in stage.steps:
                steps[step.id] = {**step.__dict__, "_stage": stage.id}
        objects: dict[int, Any] = {}
        meta = dict(doc.meta.__dict__)
        objects[id(meta)] = doc.meta
        return cls(
            meta=meta,
            personas=_by_id(doc.personas, objects),
            stages=stages,
            steps=steps,
            lanes=_by_id(doc.lanes, objects),
            cards=_by_id(doc.cards, objects),
            curves=_by_id(doc.curves, objects),
            conflicts=_by_id(doc.conflicts, objects),
            objects=objects,
        )

    def items(self, kind: str) -> Items:
        items: Items = getattr(self, kind)
        return items


def _by_id(items: list[Any], objects: dict[int, Any]) -> Items:
    found = {}
    for item in items:
        fields = found[item.id] = dict(item.__dict__)
        objects[id(fields)] = item
    return found


_KIND_OF = {
    "personas": ItemKind.PERSONA,
    "stages": ItemKind.STAGE,
    "steps": ItemKind.STEP,
    "lanes": ItemKind.LANE,
    "cards": ItemKind.CARD,
    "curves": ItemKind.CURVE,
}
_MODELS: dict[str, type[Any]] = {
    "meta": MapMeta,
    "personas": Persona,
    "stages": Stage,
    "steps": Step,
    "lanes": Lane,
    "cards": Card,
    "curves": EmotionCurve,
}
_NAME_FIELD = {
    "personas": "name",
    "stages": "name",
    "steps": "name",
    "lanes": "title",
    "cards": "title",
    "curves": "label",
    "conflicts": "name",
}


class _Merger:
    def __init__(self, base: JourneyMap, ours: JourneyMap, theirs: JourneyMap,
                 ours_label: str, theirs_label: str) -> None:
        self.base = _Version.of(base)
        self.ours = _Version.of(ours)
        self.theirs = _Version.of(theirs)
        self.labels = (ours_label, theirs_label)
        self.found: dict[str, dict[str, Any]] = {}
        self.combined: set[tuple[str, str | None]] = {("meta", None)}

    # -- conflicts ------------------------------------------------------------------
    def conflict(
        self,
        kind: ItemKind,
        item_id: str | None,
        name: str,
        reason: ConflictReason,
        field_name: str = "",
        key: str | None = None,
        base: Any = None,
        ours: Any = None,
        theirs: Any = None,
    ) -> None:
        digest = hashlib.sha1(
            f"{kind.value}\0{item_id}\0{field_name}\0{key}".encode()
        ).hexdigest()[:10]
        ident = f"conflict-{digest}"
        self.found[ident] = {
            "id": ident,
            "kind": kind.value,
            "item_id": item_id,
            "name": name[:500],
            "field": field_name,
            "key": key,
            "reason": reason.value,
            "base": plain(base),
            "ours": plain(ours),
            "theirs": plain(theirs),
            "ours_label": self.labels[0],
            "theirs_label": self.labels[1],
        }

    # -- fields -----------------------------------------------------------------------
    def merge_fields(self, kind: ItemKind, base: Item, ours: Item, theirs: Item,
                     name: str) -> Item:
        result = dict(ours)
        for key in _keys(ours, theirs, base):
            o, t, b = ours.get(key), theirs.get(key), base.get(key)
            if o == t:
                continue
            if key == "points":
                result[key] = self.merge_points(str(base.get("id", ours.get("id"))), name,
                                                b or {}, o or {}, t or {})
            elif kind is ItemKind.META and key == "modified":
                result[key] = max(o or "", t or "")
            elif o == b:
                result[key] = t
            elif t != b:
                shown = "stage" if key == "_stage" else key
                self.conflict(kind, ours.get("id"), name, ConflictReason.EDITED, shown,
                              base=b, ours=o, theirs=t)
        return result

    def merge_points(self, curve_id: str, name: str, base: dict[str, float],
                     ours: dict[str, float], theirs: dict[str, float]) -> dict[str, float]:
        result: dict[str, float] = {}
        for step in _keys(ours, theirs, base):
            o, t, b = ours.get(step, _GONE), theirs.get(step, _GONE), base.get(step, _GONE)
            if o == t or t == b:
                value = o
            elif o == b:
                value = t
            else:
                value = o
                self.conflict(ItemKind.CURVE, curve_id, name, ConflictReason.EDITED, "points",
                              step, _none(b), _none(o), _none(t))
            if value is not _GONE:
                result[step] = value  # type: ignore[assignment]
        return result

    # -- items ------------------------------------------------------------------------
    def merge_items(self, kind_name: str) -> Items:
        kind = _KIND_OF.get(kind_name)
        base, ours, theirs = (v.items(kind_name) for v in (self.base, self.ours, self.theirs))
        result: Items = {}
        for ident in _keys(ours, theirs, base):
            b, o, t = base.get(ident), ours.get(ident), theirs.get(ident)
            if o is None and t is None:
                continue
            if kind_name == "conflicts":  # records: gone once either side resolved it
                if b is None or (o is not None and t is not None):
                    result[ident] = o if o is not None else t  # type: ignore[assignment]
                continue
            assert kind is not None
            name = _name(kind_name, o if o is not None else t)  # type: ignore[arg-type]
            if o is not None and t is not None:
                if o == t or t == b:
                    result[ident] = o
                elif o == b:
                    result[ident] = t
                else:
                    result[ident] = self.merge_fields(kind, b or {}, o, t, name)
                    self.combined.add((kind_name, ident))
            elif b is None:  # added by one side
                result[ident] = o if o is not None else t  # type: ignore[assignment]
            elif o is None:
                if t != b:  # ours removed it, theirs changed it: keep theirs'
                    result[ident] = t  # type: ignore[assignment]
                    self.conflict(kind, ident, name, ConflictReason.REMOVED,
                                  ours=None, theirs=_changed(b, t))  # type: ignore[arg-type]
            elif o != b:  # theirs removed it, ours changed it: keep ours'
                result[ident] = o
                self.conflict(kind, ident, name, ConflictReason.REMOVED,
                              ours=_changed(b, o), theirs=None)
        return result

    # -- references ------------------------------------------------------------------
    def revive(self, kind_name: str, ident: str, merged: Items, used_by: str) -> bool:
        """Bring back an item one side removed that the merge still uses."""
        o = self.ours.items(kind_name).get(ident)
        t = self.theirs.items(kind_name).get(ident)
        item = o if o is not None else t
        if item is None:
            return False
        merged[ident] = item
        name = _name(kind_name, item)
        self.conflict(
            _KIND_OF[kind_name], ident, name, ConflictReason.REMOVED,
            ours=None if o is None else f"kept: {used_by}",
            theirs=None if t is None else f"kept: {used_by}",
        )
        return True

    def repair(self, merged: dict[str, Items]) -> None:
        changed = True
        while changed:
            changed = False
            for card in list(merged["cards"].values()):
                title = _name("cards", card)
                for kind_name, key in (("lanes", "lane_id"), ("steps", "step_id")):
                    if card[key] not in merged[kind_name]:
                        changed |= self.revive(kind_name, card[key], merged[kind_name],
                                               f"card {title!r} is in it")
                for link in card["links"]:
                    if link not in merged["cards"]:
                        changed |= self.revive("cards", link, merged["cards"],
                                               f"card {title!r} links to it")
            for step in list(merged["steps"].values()):
                if step["_stage"] not in merged["stages"]:
                    changed |= self.revive("stages", step["_stage"], merged["stages"],
                                           f"step {step['name']!r} is in it")
            for curve in merged["curves"].values():
                persona = curve["persona_id"]
                if persona is not None and persona not in merged["personas"]:
                    changed |= self.revive("personas", persona, merged["personas"],
                                           f"curve {curve['label']!r} belongs to it")
                for step_id in curve["points"]:
                    if step_id not in merged["steps"]:
                        changed |= self.revive("steps", step_id, merged["steps"],
                                               f"curve {curve['label']!r} has a point there")
        # Anything still dangling could not come back: drop the reference (on a copy of
        # the item, so that build() does not take the item as read).
        for items in (merged["cards"], merged["curves"]):
            for ident, item in items.items():
                links = [link for link in item.get("links", ()) if link in merged["cards"]]
                points = {s: v for s, v in item.get("points", {}).items() if s in merged["steps"]}
                persona = item.get("persona_id")
                if "links" in item and links != item["links"]:
                    items[ident] = item = {**item, "links": links}
                if "points" in item and points != item["points"]:
                    items[ident] = item = {**item, "points": points}
                if persona is not None and persona not in merged["personas"]:
                    items[ident] = {**item, "persona_id": None}
        merged["cards"] = {
            ident: card for ident, card in merged["cards"].items()
            if card["lane_id"] in merged["lanes"] and card["step_id"] in merged["steps"]
        }
        merged["steps"] = {
            ident: step for ident, step in merged["steps"].items()
            if step["_stage"] in merged["stages"]
        }

    # -- order ------------------------------------------------------------------------
    def order(self, kind_name: str, keep: Iterable[str],
              where: Callable[[_Version], list[str]] | None = None) -> list[str]:
        def sequence(version: _Version) -> list[str]:
            return where(version) if where else list(version.items(kind_name))

        keep_set = set(keep)
        merged, conflicts = merge_order(
            sequence(self.base), sequence(self.ours), sequence(self.theirs), keep_set
        )
        if kind_name != "conflicts":
            for item in conflicts:
                self.order_conflict(kind_name, item)
        return merged

    def order_conflict(self, kind_name: str, item: OrderConflict) -> None:
        version = self.ours if item.item in self.ours.items(kind_name) else self.theirs
        self.conflict(
            _KIND_OF[kind_name], item.item, _name(kind_name, version.items(kind_name)[item.item]),
            ConflictReason.MOVED, "position", ours=item.ours, theirs=item.theirs,
        )

    def run(self) -> tuple[JourneyMap, list[dict[str, Any]]]:
        meta = self.merge_fields(ItemKind.META, self.base.meta, self.ours.meta,
                                 self.theirs.meta, self.ours.meta.get("title", ""))
        merged = {
            name: self.merge_items(name)
            for name in ("personas", "stages", "steps", "lanes", "cards", "curves", "conflicts")
        }
        self.repair(merged)
        stages = []
        for stage_id in self.order("stages", merged["stages"]):
            in_stage = {i for i, s in merged["steps"].items() if s["_stage"] == stage_id}
            def steps_in(version: _Version, sid: str = stage_id) -> list[str]:
                return [i for i, s in version.steps.items() if s["_stage"] == sid]

            order = self.order("steps", in_stage, steps_in)
            steps = [self.build("steps", _without_stage(merged["steps"][i])) for i in order]
            stage = self.build("stages", merged["stages"][stage_id])
            stages.append(stage.model_copy(update={"steps": steps}))
        cards = self.card_order(merged["cards"])
        new = [self.found[i] for i in sorted(self.found, key=self._conflict_rank)]
        fresh = {c["id"] for c in new}
        older = [
            merged["conflicts"][i]
            for i in self.order("conflicts", merged["conflicts"])
            if i not in fresh
        ]
        doc = JourneyMap.model_construct(
            schema_version=SCHEMA_VERSION,
            meta=self.build("meta", meta),
            personas=self.built("personas", merged, self.order("personas", merged["personas"])),
            stages=stages,
            lanes=self.built("lanes", merged, self.order("lanes", merged["lanes"])),
            cards=self.built("cards", merged, cards),
            curves=self.built("curves", merged, self.order("curves", merged["curves"])),
            conflicts=[Conflict.model_construct(**c) for c in older]
            + [Conflict.model_validate(c) for c in new],
        )
        return doc, new

    def built(self, kind_name: str, merged: dict[str, Items], order: list[str]) -> list[Any]:
        items = merged[kind_name]
        return [self.build(kind_name, items[ident]) for ident in order]

    def build(self, kind_name: str, item: Item) -> Any:
        """The model object of a merged item; items combined from both sides are
        validated (a scale from one side must hold the other side's points)."""
        model = _MODELS[kind_name]
        if (kind_name, item.get("id")) not in self.combined:
            for version in (self.ours, self.theirs):
                original = version.objects.get(id(item))
                if original is not None:
                    return original.model_copy()  # as read: no need to build it again
            return model.model_construct(**item)
        try:
            return model.model_validate(item)
        except ValidationError:
            ident = str(item.get("id"))
            ours = self.ours.meta if kind_name == "meta" else self.ours.items(kind_name)[ident]
            theirs = (self.theirs.meta if kind_name == "meta"
                      else self.theirs.items(kind_name)[ident])
            base = (self.base.meta if kind_name == "meta"
                    else self.base.items(kind_name).get(ident, {}))
            self.conflict(_KIND_OF.get(kind_name, ItemKind.META), ident,
                          _name(kind_name, ours) if kind_name != "meta" else ours["title"],
                          ConflictReason.EDITED, ours=_changed(base, ours),
                          theirs=_changed(base, theirs))
            return model.model_construct(**{k: v for k, v in ours.items() if k != "_stage"})

    def _conflict_rank(self, ident: str) -> tuple[int, str, str, str]:
        record = self.found[ident]
        order = [k.value for k in ItemKind]
        return (order.index(record["kind"]), record["item_id"] or "", record["field"],
                record["key"] or "")

    def flat_card_order(self, keep: Items) -> list[str]:
        """The cards' order in the file: ours, with the cards only theirs has placed after
        the card they follow there (a side that kept the base order leaves the other's)."""
        base, ours, theirs = list(self.base.cards), list(self.ours.cards), list(self.theirs.cards)
        if ours == base:
            ours, theirs = theirs, ours  # theirs then gives the layout: one-sided = that side
        result = [ident for ident in ours if ident in keep]
        placed = set(result)
        after: dict[str | None, list[str]] = {}
        previous: str | None = None
        for ident in theirs:
            if ident not in keep:
                continue
            if ident in placed:
                previous = ident
            else:  # runs of their own cards stay together, in their order
                after.setdefault(previous, []).append(ident)
        ordered = list(after.get(None, ()))
        for ident in result:
            ordered.append(ident)
            ordered.extend(after.get(ident, ()))
        if len(ordered) < len(keep):  # kept from neither list (cannot happen): by id, last
            shown = set(ordered)
            ordered.extend(sorted(ident for ident in keep if ident not in shown))
        return ordered

    def card_order(self, cards: Items) -> list[str]:
        """The flat order, then each cell's cards put in their merged cell order."""
        flat = self.flat_card_order(cards)
        # the flat order is only a file layout; within a cell the order is the meaning
        by_cell: dict[tuple[str, str], list[str]] = {}
        for ident in flat:
            card = cards[ident]
            by_cell.setdefault((card["lane_id"], card["step_id"]), []).append(ident)

        def in_cell(version: _Version, cell: tuple[str, str]) -> list[str]:
            return version_cells(version).get(cell, [])

        cache: dict[int, dict[tuple[str, str], list[str]]] = {}

        def version_cells(version: _Version) -> dict[tuple[str, str], list[str]]:
            key = id(version)
            if key not in cache:
                grid: dict[tuple[str, str], list[str]] = {}
                for ident, card in version.cards.items():
                    grid.setdefault((card["lane_id"], card["step_id"]), []).append(ident)
                cache[key] = grid
            return cache[key]

        slots: dict[str, str] = {}
        for cell, members in by_cell.items():
            if len(members) < 2:
                continue
            mine, yours = in_cell(self.ours, cell), in_cell(self.theirs, cell)
            if mine == yours == members:
                continue
            ordered = self.order("cards", members, functools.partial(in_cell, cell=cell))
            slots.update(zip(members, ordered, strict=True))
        return [slots.get(ident, ident) for ident in flat]


def _keys(*dicts: dict[str, Any]) -> list[str]:
    """Every key of the dicts, in first-seen order."""
    seen: dict[str, None] = {}
    for d in dicts:
        for key in d:
            seen.setdefault(key, None)
    return list(seen)


def _none(value: Any) -> Any:
    return None if value is _GONE else value


def _name(kind_name: str, item: Item) -> str:
    return str(item.get(_NAME_FIELD[kind_name]) or item.get("description") or item.get("id"))


def _changed(base: Item, version: Item) -> dict[str, Any]:
    """The fields ``version`` changed from ``base``."""
    return {key: version.get(key) for key in _keys(version, base)
            if key not in ("id", "_stage") and version.get(key) != base.get(key)}


def _without_stage(step: Item) -> Item:
    return {key: value for key, value in step.items() if key != "_stage"}


def merge_maps(
    base: JourneyMap,
    ours: JourneyMap,
    theirs: JourneyMap,
    *,
    ours_label: str = "ours",
    theirs_label: str = "theirs",
) -> MergeResult:
    """Merge what ``ours`` and ``theirs`` changed since ``base``; see the module text."""
    # Tens of thousands of small dicts and no cycles among them: the cyclic collector
    # would walk the three whole maps again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc, found = _Merger(base, ours, theirs, ours_label, theirs_label).run()
    finally:
        if collecting:
            gc.enable()
    problems = reference_problems(doc)
    if problems:  # pragma: no cover - repair() guarantees references; a last guard
        raise ValueError("the merge made an invalid map: " + "; ".join(problems[:5]))
    return MergeResult(doc, found)
