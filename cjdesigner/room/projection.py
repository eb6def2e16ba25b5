"""The shared document read back as a map: always one the file loader accepts.

Anyone in the session (or a hostile client with the token) may have written anything
into the document: wrong types, dangling references, duplicate ids across kinds, text
past its length, too many items. :func:`project` is a pure function of the document's
data, so every peer reads the same map from the same document, and it repairs rather than
refuses: a field that does not validate takes its default, an item that cannot be made
valid is left out, a card whose lane or step is gone is left out (it comes back if they
do), links and curve points to missing items are dropped, text is cut to its limit.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from annotated_types import MaxLen
from pydantic import BaseModel, ValidationError

from cjdesigner.model import JourneyMap
from cjdesigner.model.document import SCHEMA_VERSION, MapMeta, Stage

from . import order
from .flat import COLLECTIONS, MODELS, POINTS, POS, STAGE

#: lists and objects, kept as JSON text in the document
STRUCTURED: dict[str, frozenset[str]] = {
    "personas": frozenset(
        {"goals", "needs", "motivations", "challenges", "behaviours", "preferred_channels"}
    ),
    "steps": frozenset({"metrics"}),
    "cards": frozenset({"tags", "links"}),
    "curves": frozenset({"scale"}),
    "conflicts": frozenset({"base", "ours", "theirs"}),
    "stages": frozenset(),
    "lanes": frozenset(),
    "meta": frozenset(),
}

#: at most this many items per collection (the model's own limits)
LIMITS: dict[str, int] = {
    "personas": 200,
    "stages": 500,
    "lanes": 200,
    "cards": 100_000,
    "curves": 50,
    "conflicts": 10_000,
    "steps": 500 * 2_000,
}


@dataclass
class Raw:
    """The document's data as plain Python (``to_py`` of each root Map)."""

    meta: dict[str, Any] = field(default_factory=dict)
    items: dict[str, dict[str, Any]] = field(default_factory=dict)


def _max_lengths(model: type[BaseModel]) -> dict[str, int]:
    out = {}
    for name, info in model.model_fields.items():
        if info.annotation is str:
            for rule in info.metadata:
                if isinstance(rule, MaxLen):
                    out[name] = rule.max_length
    return out


_TEXT_LIMITS = {name: _max_lengths(model) for name, model in MODELS.items()}
_TEXT_LIMITS["meta"] = _max_lengths(MapMeta)


def decode(kind: str, raw: Any) -> dict[str, Any] | None:
    """An item's fields from the document: JSON text decoded, text cut to its limit."""
    if not isinstance(raw, dict):
        return None
    structured = STRUCTURED.get(kind, frozenset())
    limits = _TEXT_LIMITS[kind]
    data: dict[str, Any] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or key in (POS, STAGE, "id"):
            continue
        if key in structured and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                continue
        elif key in limits and isinstance(value, str) and len(value) > limits[key]:
            value = value[: limits[key]]
        elif isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)  # Yjs numbers arrive as floats; the model wants ints where it says so
        data[key] = value
    return data


def valid_model(model: type[BaseModel], data: dict[str, Any]) -> BaseModel | None:
    """``data`` as ``model``; fields that do not validate are dropped (their defaults)."""
    for _ in range(3):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            bad = {e["loc"][0] for e in exc.errors() if e["loc"]}
            if not bad or not bad & set(data):
                return None
            data = {k: v for k, v in data.items() if k not in bad}
        except (RecursionError, ValueError, TypeError):
            return None
    return None


def ordered(items: dict[str, Any]) -> list[tuple[str, Any]]:
    pairs = [(ident, raw) for ident, raw in items.items() if isinstance(raw, dict)]
    pairs.sort(key=lambda pair: order.sort_key(pair[1].get(POS), pair[0]))
    return pairs


def _floats(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        return {}
    return {
        k: float(v)
        for k, v in value.items()
        if isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
        and math.isfinite(v)
    }


#: the prefix of the ids each kind makes (``new_id("card")``)
ID_PREFIX = {
    "personas": "persona-",
    "stages": "stage-",
    "steps": "step-",
    "lanes": "lane-",
    "cards": "card-",
    "curves": "curve-",
}


def owners(raw: Raw) -> dict[str, str]:
    """Which kind an id belongs to when several kinds use it (ids are one space): the kind
    its prefix names, else the first in :data:`COLLECTIONS`. So an item someone adds with
    an existing id of another kind cannot push the existing item out."""
    kinds: dict[str, list[str]] = {}
    for kind in ID_PREFIX:
        for ident in raw.items.get(kind, {}):
            kinds.setdefault(ident, []).append(kind)
    owners = {}
    for ident, found in kinds.items():
        if len(found) > 1:
            named = [k for k in found if isinstance(ident, str) and ident.startswith(ID_PREFIX[k])]
            owners[ident] = named[0] if named else found[0]
    return owners


Memo = dict[tuple[str, str], tuple[Any, Any]]


def project(raw: Raw, memo: Memo | None = None) -> JourneyMap:
    """The map the document holds; see the module docstring. ``memo`` keeps each item's
    validated value beside its data, so an item whose data is the same object as last time
    is not validated again."""
    memo = {} if memo is None else memo
    if len(memo) > 4 * (sum(len(v) for v in raw.items.values()) + 100):
        memo.clear()  # items long gone
    claimed: set[str] = set()
    owner_of = owners(raw)
    built: dict[str, list[Any]] = {}
    stage_of: dict[str, str] = {}
    seen_conflicts: set[str] = set()
    for kind in COLLECTIONS:
        items: list[Any] = []
        for ident, item in ordered(raw.items.get(kind, {})):
            if kind in ID_PREFIX and (ident in claimed or owner_of.get(ident, kind) != kind):
                continue
            if len(items) >= LIMITS[kind] or (kind == "conflicts" and ident in seen_conflicts):
                continue
            value = item_value(kind, ident, item, memo)
            if value is None:
                continue
            if kind == "steps":
                stage = item.get(STAGE)
                if not isinstance(stage, str):
                    continue
                stage_of[ident] = stage
            (seen_conflicts if kind == "conflicts" else claimed).add(ident)
            items.append(value)
        built[kind] = items
    stages = stages_with_steps(built["stages"], built["steps"], stage_of)
    step_ids = [step.id for stage in stages for step in stage.steps]
    steps = set(step_ids)
    lanes = {lane.id for lane in built["lanes"]}
    cards = [c for c in built["cards"] if c.lane_id in lanes and c.step_id in steps]
    card_ids = {c.id for c in cards}
    cards = [known_links(c, card_ids) for c in cards]
    personas = {p.id for p in built["personas"]}
    curves = [fit_curve(c, personas, step_ids) for c in built["curves"]]
    meta = valid_model(MapMeta, decode("meta", raw.meta) or {}) or MapMeta()
    return JourneyMap.model_validate(
        {
            "schema_version": SCHEMA_VERSION,
            "meta": meta,
            "personas": built["personas"],
            "stages": stages,
            "lanes": built["lanes"],
            "cards": cards,
            "curves": curves,
            "conflicts": built["conflicts"],
        },
        context={"defer_references": True},
    )


def item_value(kind: str, ident: str, item: Any, memo: Memo) -> Any:
    """One item of the document as its model (None: it cannot be made valid), validated
    once per version of its data (``memo``)."""
    known = memo.get((kind, ident))
    if known is not None and (known[0] is item or known[0] == item):
        return known[1]
    value = _item(kind, MODELS[kind], ident, item)
    memo[(kind, ident)] = (item, value)
    return value


def _item(kind: str, model: type[BaseModel], ident: str, item: Any) -> Any:
    data = decode(kind, item)
    if data is None:
        return None
    if kind == "curves":
        data[POINTS] = _floats(item.get(POINTS))
    if kind == "stages":
        data["steps"] = []
    data["id"] = ident
    value = valid_model(model, data)
    if value is None or getattr(value, "id", None) != ident:
        return None
    return value


def stages_with_steps(stages: list[Any], steps: list[Any], stage_of: dict[str, str]) -> list[Stage]:
    grouped = group_steps(steps, stage_of)
    return [stage.model_copy(update={"steps": grouped.get(stage.id, [])}) for stage in stages]


#: at most this many steps in one stage (the model's limit)
STEPS_PER_STAGE = 2_000


def group_steps(steps: list[Any], stage_of: dict[str, str]) -> dict[str, list[Any]]:
    """Steps by the id of their stage, in order, each stage's list cut to its limit."""
    grouped: dict[str, list[Any]] = {}
    for step in steps:
        grouped.setdefault(stage_of[step.id], []).append(step)
    return {stage: found[:STEPS_PER_STAGE] for stage, found in grouped.items()}


def known_links(card: Any, known: set[str]) -> Any:
    if not card.links:
        return card
    links = list(dict.fromkeys(link for link in card.links if link in known and link != card.id))
    if links == list(card.links):
        return card
    return card.model_copy(update={"links": links})


def fit_curve(curve: Any, personas: set[str], step_ids: list[str]) -> Any:
    low, high = curve.scale.min, curve.scale.max
    points = {s: curve.points[s] for s in step_ids if s in curve.points and low <= curve.points[s] <= high}
    persona = curve.persona_id if curve.persona_id in personas else None
    if points == dict(curve.points) and list(points) == list(curve.points) and persona == curve.persona_id:
        return curve
    return curve.model_copy(update={"points": points, "persona_id": persona})
