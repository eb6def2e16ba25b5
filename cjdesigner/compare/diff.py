"""What changed between two maps: items added, removed, moved and changed. No Qt.

Items are matched by id; items left over on both sides are then matched by name when
the name is unique among the left-overs of its kind (two maps built apart, a CSV imported
twice), and a card whose ``origin`` names a card of the old map is matched to it (a
future state made from a current one). References (a card's lane and step, links,
curve points) are compared through that matching and reported by name.
``meta.modified`` is not compared: it changes whenever anything does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from pydantic import BaseModel

from cjdesigner.model import Card, JourneyMap, Step

from .order import moved_items

KINDS = ("meta", "persona", "stage", "step", "lane", "card", "curve", "point")
"""Kinds of item a change names, in the order changes are listed."""

ACTIONS = ("added", "removed", "moved", "changed")

IGNORED_META = frozenset({"modified"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class Change:
    """One item added, removed, moved or changed. ``id`` is the new id (the old one when
    removed); ``old_id`` differs from it only when the item was matched by name or origin.
    ``where`` places the item (a card's lane × step, a step's stage); for a move it says
    from where to where."""

    kind: str
    action: str
    id: str
    name: str
    where: str = ""
    fields: tuple[FieldChange, ...] = ()
    old_id: str = ""

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "action": self.action,
            "id": self.id,
            "name": self.name,
        }
        if self.old_id and self.old_id != self.id:
            data["old_id"] = self.old_id
        if self.where:
            data["where"] = self.where
        if self.fields:
            data["fields"] = [
                {"field": f.field, "old": f.old, "new": f.new} for f in self.fields
            ]
        return data


@dataclass
class MapDiff:
    changes: list[Change] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)
    """Old id → new id of every item found in both maps (by id, origin or name)."""

    @property
    def equal(self) -> bool:
        return not self.changes

    def of(self, kind: str, action: str | None = None) -> list[Change]:
        return [
            c for c in self.changes if c.kind == kind and (action is None or c.action == action)
        ]

    def ids(self, kind: str, action: str) -> set[str]:
        return {c.id for c in self.of(kind, action)}

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(ACTIONS, 0)
        for change in self.changes:
            counts[change.action] += 1
        return counts

    def as_json(self) -> dict[str, Any]:
        return {
            "equal": self.equal,
            "counts": self.counts(),
            "changes": [change.as_json() for change in self.changes],
        }


# -- values as people and JSON see them ----------------------------------------------


def plain(value: Any) -> Any:
    """A JSON value for any field value (enums by value, models dumped)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


# -- matching ----------------------------------------------------------------------


def _match(
    old: dict[str, Any],
    new: dict[str, Any],
    name: Callable[[Any], str],
    origin: Callable[[Any], str | None] | None = None,
) -> dict[str, str]:
    """old id → new id: same id, then origin, then a name unique on both sides."""
    pairs = {ident: ident for ident in old if ident in new}
    if len(pairs) == len(old) or len(pairs) == len(new):
        return pairs
    left_old = {ident: item for ident, item in old.items() if ident not in pairs}
    left_new = {ident: item for ident, item in new.items() if ident not in old}
    if origin is not None:
        for ident, item in list(left_new.items()):
            source = origin(item)
            if source in left_old:
                pairs[source] = ident
                del left_old[source], left_new[ident]
    by_name_old = _unique_names(left_old, name)
    by_name_new = _unique_names(left_new, name)
    for text, ident in by_name_old.items():
        if text in by_name_new:
            pairs[ident] = by_name_new[text]
    return pairs


def _unique_names(items: dict[str, Any], name: Callable[[Any], str]) -> dict[str, str]:
    seen: dict[str, str | None] = {}
    for ident, item in items.items():
        text = name(item).strip().casefold()
        if text:
            seen[text] = None if text in seen else ident
    return {text: ident for text, ident in seen.items() if ident is not None}


# -- the diff ----------------------------------------------------------------------


class _Names:
    """Display names of one map's items."""

    def __init__(self, doc: JourneyMap) -> None:
        self.steps = {s.id: s.name for s in doc.steps()}
        self.stage_of_step = {s.id: stage.id for stage in doc.stages for s in stage.steps}
        self.stages = {s.id: s.name for s in doc.stages}
        self.lanes = {lane.id: lane.title for lane in doc.lanes}
        self.cards = {c.id: c.title for c in doc.cards}
        self.personas = {p.id: p.name for p in doc.personas}

    def cell(self, card: Card) -> str:
        lane = self.lanes.get(card.lane_id, card.lane_id)
        return f"{lane} × {self.steps.get(card.step_id, card.step_id)}"


def card_name(card: Card) -> str:
    return card.title or (card.description.splitlines()[0][:60] if card.description else "")


class _Differ:
    def __init__(self, old: JourneyMap, new: JourneyMap) -> None:
        self.old, self.new = old, new
        self.old_names, self.new_names = _Names(old), _Names(new)
        self.changes: list[Change] = []
        self.idmap: dict[str, str] = {}  # old id → new id of every matched item
        self.back_map: dict[str, str] = {}

    # references of the old map, named as the new map names them
    def ref(self, ident: str | None) -> str | None:
        return None if ident is None else self.idmap.get(ident, ident)

    def run(self) -> list[Change]:
        old, new = self.old, self.new
        personas = self.match(old.personas, new.personas, lambda p: p.name)
        stages = self.match(old.stages, new.stages, lambda s: s.name)
        steps = self.match(old.steps(), new.steps(), lambda s: s.name)
        lanes = self.match(old.lanes, new.lanes, lambda lane: lane.title)
        cards = self.match(old.cards, new.cards, card_name, origin=lambda c: c.origin)
        curves = self.match(old.curves, new.curves, lambda c: c.label)
        self.back_map = {new_id: old_id for old_id, new_id in self.idmap.items()}
        self.diff_meta()
        self.diff_items("persona", old.personas, new.personas, personas, lambda p: p.name)
        self.diff_stages(stages)
        self.diff_steps(steps)
        self.diff_items("lane", old.lanes, new.lanes, lanes, lambda lane: lane.title)
        self.diff_cards(cards)
        self.diff_items(
            "curve", old.curves, new.curves, curves, lambda c: c.label, skip={"points"}
        )
        self.diff_points(curves)
        order = {kind: i for i, kind in enumerate(KINDS)}
        self.changes.sort(key=lambda c: order[c.kind])
        return self.changes

    def match(
        self,
        old: Iterable[Any],
        new: Iterable[Any],
        name: Callable[[Any], str],
        origin: Callable[[Any], str | None] | None = None,
    ) -> dict[str, str]:
        pairs = _match({i.id: i for i in old}, {i.id: i for i in new}, name, origin)
        self.idmap.update(pairs)
        return pairs

    def fields(self, old: BaseModel, new: BaseModel, skip: set[str]) -> tuple[FieldChange, ...]:
        if old == new:
            return ()
        changes = []
        for name in type(new).model_fields:
            if name == "id" or name in skip:
                continue
            before, after = getattr(old, name), getattr(new, name)
            if name == "links":
                before = [self.ref(link) for link in before]
                after_shown = [self.new_names.cards.get(link, link) for link in after]
                if before != after:
                    shown = [self.new_names.cards.get(link, link) for link in before]
                    changes.append(FieldChange(name, shown, after_shown))
                continue
            if name == "persona_id":
                if self.ref(before) != after:
                    changes.append(
                        FieldChange(
                            "persona",
                            self.old_names.personas.get(before or "", before),
                            self.new_names.personas.get(after or "", after),
                        )
                    )
                continue
            if before != after:
                changes.append(FieldChange(name, plain(before), plain(after)))
        return tuple(changes)

    def diff_meta(self) -> None:
        changes = tuple(
            change
            for change in self.fields(self.old.meta, self.new.meta, set(IGNORED_META))
        )
        if changes:
            self.changes.append(
                Change("meta", "changed", "meta", self.new.meta.title, fields=changes)
            )

    def added_removed(
        self,
        kind: str,
        old: dict[str, Any],
        new: dict[str, Any],
        pairs: dict[str, str],
        name: Callable[[Any], str],
        where_old: Callable[[Any], str] = lambda _: "",
        where_new: Callable[[Any], str] = lambda _: "",
    ) -> None:
        matched_new = set(pairs.values())
        for ident, item in new.items():
            if ident not in matched_new:
                self.changes.append(Change(kind, "added", ident, name(item), where_new(item)))
        for ident, item in old.items():
            if ident not in pairs:
                self.changes.append(Change(kind, "removed", ident, name(item), where_old(item)))

    def diff_items(
        self,
        kind: str,
        old_items: list[Any],
        new_items: list[Any],
        pairs: dict[str, str],
        name: Callable[[Any], str],
        skip: set[str] | None = None,
    ) -> None:
        old = {i.id: i for i in old_items}
        new = {i.id: i for i in new_items}
        self.added_removed(kind, old, new, pairs, name)
        for moved in self.moved([i.id for i in old_items], [i.id for i in new_items]):
            self.changes.append(Change(kind, "moved", moved, name(new[moved]),
                                       old_id=self.back(moved)))
        self.diff_pairs(kind, old, new, pairs, name, skip or set())

    def diff_pairs(
        self,
        kind: str,
        old: dict[str, Any],
        new: dict[str, Any],
        pairs: dict[str, str],
        name: Callable[[Any], str],
        skip: set[str],
        where: Callable[[Any], str] = lambda _: "",
    ) -> None:
        for old_id, new_id in pairs.items():
            changed = self.fields(old[old_id], new[new_id], skip)
            if changed:
                self.changes.append(
                    Change(kind, "changed", new_id, name(new[new_id]), where(new[new_id]),
                           changed, old_id)
                )

    def back(self, new_id: str) -> str:
        """The old id of a matched item, from its new id."""
        return self.back_map.get(new_id, new_id)

    def moved(self, old_order: list[str], new_order: list[str]) -> list[str]:
        """New ids of matched items whose order changed, in new order."""
        mapped = [self.idmap.get(ident, "\0" + ident) for ident in old_order]
        moved = moved_items(mapped, new_order)
        return [ident for ident in new_order if ident in moved]

    def diff_stages(self, pairs: dict[str, str]) -> None:
        old = {s.id: s for s in self.old.stages}
        new = {s.id: s for s in self.new.stages}
        self.added_removed("stage", old, new, pairs, lambda s: s.name)
        for moved in self.moved(list(old), list(new)):
            self.changes.append(Change("stage", "moved", moved, new[moved].name))
        self.diff_pairs("stage", old, new, pairs, lambda s: s.name, {"steps"})

    def diff_steps(self, pairs: dict[str, str]) -> None:
        old = {s.id: s for s in self.old.steps()}
        new = {s.id: s for s in self.new.steps()}
        old_stage, new_stage = self.old_names.stage_of_step, self.new_names.stage_of_step
        def in_old_stage(step: Step) -> str:
            return self.old_names.stages[old_stage[step.id]]

        def in_new_stage(step: Step) -> str:
            return self.new_names.stages[new_stage[step.id]]

        self.added_removed("step", old, new, pairs, lambda s: s.name, in_old_stage, in_new_stage)
        reordered: set[str] = set()
        for stage in self.new.stages:
            old_stage_id = self.back(stage.id)
            if self.idmap.get(old_stage_id) != stage.id:
                continue
            before = [s.id for s in self.old.find_stage(old_stage_id).steps]
            reordered.update(self.moved(before, [s.id for s in stage.steps]))
        for old_id, new_id in pairs.items():
            from_stage = self.ref(old_stage[old_id])
            if from_stage != new_stage[new_id]:
                where = f"from {in_old_stage(old[old_id])} to {in_new_stage(new[new_id])}"
            elif new_id in reordered:
                where = f"within {in_new_stage(new[new_id])}"
            else:
                continue
            self.changes.append(Change("step", "moved", new_id, new[new_id].name, where,
                                       old_id=old_id))
        self.diff_pairs("step", old, new, pairs, lambda s: s.name, set(), in_new_stage)

    def diff_cards(self, pairs: dict[str, str]) -> None:
        old = {c.id: c for c in self.old.cards}
        new = {c.id: c for c in self.new.cards}
        self.added_removed(
            "card", old, new, pairs, card_name, self.old_names.cell, self.new_names.cell
        )
        old_cells = _cells(self.old.cards)
        new_cells = _cells(self.new.cards)
        reordered: set[str] = set()
        for cell, ids in new_cells.items():
            before = old_cells.get(self.old_cell(cell))
            if before:
                reordered.update(self.moved(before, ids))
        for old_id, new_id in pairs.items():
            was, after = old[old_id], new[new_id]
            if (self.ref(was.lane_id), self.ref(was.step_id)) != (after.lane_id,
                                                                  after.step_id):
                where = f"from {self.old_names.cell(was)} to {self.new_names.cell(after)}"
            elif new_id in reordered:
                where = f"within {self.new_names.cell(after)}"
            else:
                continue
            self.changes.append(Change("card", "moved", new_id, card_name(after), where,
                                       old_id=old_id))
        self.diff_pairs("card", old, new, pairs, card_name, {"lane_id", "step_id", "origin"},
                        self.new_names.cell)

    def old_cell(self, cell: tuple[str, str]) -> tuple[str, str]:
        return self.back(cell[0]), self.back(cell[1])

    def diff_points(self, pairs: dict[str, str]) -> None:
        old = {c.id: c for c in self.old.curves}
        for old_id, new_id in pairs.items():
            curve = self.new.find_curve(new_id)
            before = {self.idmap.get(step, step): value
                      for step, value in old[old_id].points.items()}
            after = curve.points
            if before == after:
                continue
            for step in [*after, *(s for s in before if s not in after)]:
                step_name = self.new_names.steps.get(step) or self.old_names.steps.get(
                    self.back(step), step
                )
                name = f"{curve.label} at {step_name}"
                ident = f"{new_id}/{step}"
                if step not in before:
                    self.changes.append(
                        Change("point", "added", ident, name, fields=(
                            FieldChange("value", None, after[step]),))
                    )
                elif step not in after:
                    self.changes.append(
                        Change("point", "removed", ident, name, fields=(
                            FieldChange("value", before[step], None),))
                    )
                elif before[step] != after[step]:
                    self.changes.append(
                        Change("point", "changed", ident, name, fields=(
                            FieldChange("value", before[step], after[step]),))
                    )


def _cells(cards: list[Card]) -> dict[tuple[str, str], list[str]]:
    cells: dict[tuple[str, str], list[str]] = {}
    for card in cards:
        cells.setdefault((card.lane_id, card.step_id), []).append(card.id)
    return cells


def diff_maps(old: JourneyMap, new: JourneyMap) -> MapDiff:
    """Every difference from ``old`` to ``new``; empty when they hold the same map."""
    differ = _Differ(old, new)
    return MapDiff(differ.run(), differ.idmap)


# -- text ----------------------------------------------------------------------------

_SIGNS = {"added": "+", "removed": "-", "moved": ">", "changed": "~"}


def _short(value: Any, limit: int = 60) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return json.dumps(text, ensure_ascii=False)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def change_lines(change: Change) -> Iterator[str]:
    """The change as text: one headline, then one line per changed field."""
    name = json.dumps(change.name, ensure_ascii=False) if change.name else f"[{change.id}]"
    head = f"{_SIGNS[change.action]} {change.kind} {name}"
    if change.action == "moved":
        head += f" moved {change.where}" if change.where else " moved"
    else:
        head += f" {change.action}"
        if change.where:
            head += f" ({change.where})"
    if change.kind == "point" and change.fields:
        only = change.fields[0]
        yield f"{head}: {_short(only.old)} → {_short(only.new)}"
        return
    yield head
    for item in change.fields:
        yield f"    {item.field}: {_short(item.old)} → {_short(item.new)}"


def diff_text(diff: MapDiff) -> str:
    """Every change, one headline each with its field lines; empty when equal."""
    return "".join(line + "\n" for change in diff.changes for line in change_lines(change))


def summary_text(diff: MapDiff, max_lines: int = 20) -> str:
    """A short account for a dialog: counts, then up to ``max_lines`` headlines."""
    if diff.equal:
        return "No differences."
    counts = diff.counts()
    parts = [f"{counts[a]} {a}" for a in ACTIONS if counts[a]]
    lines = [", ".join(parts) + "."]
    heads = [next(change_lines(change)) for change in diff.changes]
    lines.extend(heads[:max_lines])
    if len(heads) > max_lines:
        lines.append(f"… and {len(heads) - max_lines} more")
    return "\n".join(lines)


__all__ = [
    "Change",
    "FieldChange",
    "MapDiff",
    "card_name",
    "change_lines",
    "diff_maps",
    "diff_text",
    "plain",
    "summary_text",
]
