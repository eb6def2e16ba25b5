"""A map as lines of text, one item a line, for git's ``textconv``. No Qt.

git diffs these listings line by line, so each line names one item by name and id with
its place and fields: a changed card is one changed line, a moved one shows where it
went, and nothing depends on the JSON layout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from cjdesigner.model import JourneyMap

from .diff import card_name, plain


def _value(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False)


def _fields(item: BaseModel, skip: set[str]) -> str:
    parts = []
    for name, info in type(item).model_fields.items():
        if name in skip or name == "id":
            continue
        value = getattr(item, name)
        if value in (None, "", [], {}) or (name == "votes" and value == 0):
            continue
        if not info.is_required() and info.default is not None and value == info.default:
            continue
        parts.append(f"{name}={_value(value)}")
    return (" " + " ".join(parts)) if parts else ""


def listing_lines(doc: JourneyMap) -> Iterator[str]:
    meta = doc.meta
    yield f"map {_value(meta.title)}{_fields(meta, {'title', 'modified'})}"
    for persona in doc.personas:
        yield f"persona {_value(persona.name)} [{persona.id}]{_fields(persona, {'name'})}"
    steps = {}
    for number, stage in enumerate(doc.stages, 1):
        yield f"stage {number} {_value(stage.name)} [{stage.id}]{_fields(stage, {'name', 'steps'})}"
        for sub, step in enumerate(stage.steps, 1):
            steps[step.id] = step.name
            yield (
                f"  step {number}.{sub} {_value(step.name)} [{step.id}]"
                f"{_fields(step, {'name'})}"
            )
    lanes = {}
    for lane in doc.lanes:
        lanes[lane.id] = lane.title
        yield f"lane {_value(lane.title)} [{lane.id}]{_fields(lane, {'title'})}"
    titles = {card.id: card_name(card) for card in doc.cards}
    for card in doc.cards:
        links = [titles.get(link, link) for link in card.links]
        place = f"{lanes.get(card.lane_id, card.lane_id)} × {steps.get(card.step_id, card.step_id)}"
        extra = f" links={_value(links)}" if links else ""
        yield (
            f"card {_value(card_name(card))} [{card.id}] in {place}"
            f"{_fields(card, {'title', 'lane_id', 'step_id', 'links'})}{extra}"
        )
    for curve in doc.curves:
        yield f"curve {_value(curve.label)} [{curve.id}]{_fields(curve, {'label', 'points'})}"
        for step_id, value in curve.points.items():
            yield f"  point {_value(steps.get(step_id, step_id))} [{step_id}] = {value:g}"
    for conflict in doc.conflicts:
        yield (
            f"conflict [{conflict.id}] {conflict.kind.value} {_value(conflict.name)}"
            f"{_fields(conflict, {'kind', 'name'})}"
        )


def listing(doc: JourneyMap) -> str:
    """The whole map as text, one item a line, in map order."""
    return "".join(line + "\n" for line in listing_lines(doc))
