"""Upgrading older .cjm files, one format version at a time. No Qt.

Each step is a plain function ``vN -> vN+1`` on the raw JSON data (dicts and lists, before
pydantic sees it), registered in ``MIGRATIONS`` under the version it upgrades *from*.
``migrate`` runs the steps in order up to ``SCHEMA_VERSION``. Steps must cope with any
JSON value at all: when the data is not shaped as expected they leave it alone, and the
model's validation reports the problem with its path afterwards.

To change the format: bump ``SCHEMA_VERSION`` in ``cjdesigner/model/document.py``, add
the step here, add a fixture of the old version to ``tests/fileio/fixtures/`` and
regenerate ``resources/schema/cjm.schema.json`` (``cjdesigner schema``).

Format history
--------------
1. First release. Cards named their cell with ``"lane"`` and ``"step"``; emotion curve
   points were a list of ``{"step": STEP_ID, "value": NUMBER}``.
2. Cards use ``"lane_id"`` and ``"step_id"`` like every other reference; curve points are
   an object ``{STEP_ID: NUMBER}`` in journey order (one point per step, by construction).
3. Compare, merge and measure: steps carry journey ``metrics`` (CSAT, CES, NPS with
   sample size and interval); cards carry ``impact``, ``effort`` and ``origin`` (the card
   of the current state a future-state card was made from); a curve may follow a
   ``metric``; the map lists merge ``conflicts``. The step writes each new key, empty,
   where version 3 puts it, so an upgraded file reads like one written by version 3.
4. Every language: the map's ``meta.language`` (a BCP 47 tag) says in which language its
   poster prints its own words and dates; files of version 3 get ``"en"``, the words they
   printed.
5. Emotion curves as designers use them: each curve says whether steps without a point
   take the mean emotion of their cards (``from_cards``); files of version 4 get ``true``,
   as every curve was drawn.
6. Persona photos: a persona may carry a ``photo`` (a file in the map's folder or an
   embedded picture); files of version 5 get ``null`` after each persona's ``color``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cjdesigner.i18n.messages import msg
from cjdesigner.model import SCHEMA_VERSION

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(ValueError):
    """The data cannot be upgraded; ``path`` is the JSON path of the culprit."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(msg("Files", "{path}: {problem}", path=path, problem=message))
        self.path = path
        self.message = message


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    cards = data.get("cards")
    if isinstance(cards, list):
        for card in cards:
            if not isinstance(card, dict):
                continue
            for old, new in (("lane", "lane_id"), ("step", "step_id")):
                if old in card and new not in card:
                    # Rebuild to keep the key where it was (diffs stay readable).
                    items = [(new if key == old else key, value) for key, value in card.items()]
                    card.clear()
                    card.update(items)
    curves = data.get("curves")
    if isinstance(curves, list):
        for i, curve in enumerate(curves):
            if not isinstance(curve, dict) or not isinstance(curve.get("points"), list):
                continue
            points: dict[str, Any] = {}
            for j, point in enumerate(curve["points"]):
                where = f"curves[{i}].points[{j}]"
                if not isinstance(point, dict) or not isinstance(point.get("step"), str):
                    raise MigrationError(where, msg("Files", 'expected {"step": STEP_ID, "value": NUMBER}'))
                if point["step"] in points:
                    raise MigrationError(where, msg("Files", 'second point for step {value!r}', value=point['step']))
                points[point["step"]] = point.get("value")
            curve["points"] = points
    data["schema_version"] = 2
    return data


def _insert_after(item: dict[str, Any], after: tuple[str, ...], new: dict[str, Any]) -> None:
    """Add the keys of ``new`` that ``item`` lacks right after the last of ``after``
    that it has (at the end when it has none), keeping every other key in place."""
    missing = {key: value for key, value in new.items() if key not in item}
    if not missing:
        return
    anchor = next((key for key in reversed(after) if key in item), None)
    items = list(item.items())
    at = len(items) if anchor is None else [k for k, _ in items].index(anchor) + 1
    items[at:at] = list(missing.items())
    item.clear()
    item.update(items)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    for card in _dicts(data.get("cards")):
        _insert_after(
            card,
            ("id", "lane_id", "step_id", "title", "description", "channel", "owner",
             "evidence", "evidence_source", "emotion", "tags", "color", "votes", "links",
             "image"),
            {"impact": None, "effort": None, "origin": None},
        )
    for stage in _dicts(data.get("stages")):
        for step in _dicts(stage.get("steps")):
            _insert_after(
                step, ("id", "name", "time", "duration_minutes", "description"), {"metrics": []}
            )
    for curve in _dicts(data.get("curves")):
        _insert_after(curve, ("id", "label", "persona_id", "color", "scale"), {"metric": None})
    _insert_after(
        data,
        ("schema_version", "meta", "personas", "stages", "lanes", "cards", "curves"),
        {"conflicts": []},
    )
    return data


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    meta = data.get("meta")
    if isinstance(meta, dict):
        # maps from before the field printed English words: they keep doing so
        _insert_after(
            meta,
            ("title", "objective", "scope", "map_type", "journey_kind", "version_label",
             "author", "created", "modified"),
            {"language": "en"},
        )
    return data


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    # every curve of a version 4 file filled its empty steps from the cards' mean
    for curve in _dicts(data.get("curves")):
        _insert_after(
            curve, ("id", "label", "persona_id", "color", "scale", "metric", "points"),
            {"from_cards": True},
        )
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    # no persona of a version 5 file had a photo
    for persona in _dicts(data.get("personas")):
        _insert_after(
            persona,
            ("id", "name", "segment", "age", "occupation", "income", "goals", "needs",
             "motivations", "challenges", "behaviours", "preferred_channels", "quote",
             "primary", "color"),
            {"photo": None},
        )
    return data


MIGRATIONS: dict[int, Migration] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}
"""Step functions by the version they upgrade from; ``n`` upgrades ``n`` to ``n + 1``."""

OLDEST_VERSION = min(MIGRATIONS, default=SCHEMA_VERSION)


class NewerVersionError(ValueError):
    """The file was written by a newer cjdesigner than this one."""


def file_version(data: object) -> int:
    """The ``schema_version`` of raw file data, or ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise MigrationError(msg("Files", '(top level)'), msg("Files", 'expected a JSON object, found {json_type_name}', json_type_name=json_type_name(data)))
    if "schema_version" not in data:
        raise MigrationError(
            "schema_version", msg("Files", 'missing: this does not look like a cjdesigner map (.cjm) file')
        )
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError(
            "schema_version", msg("Files", 'expected a whole number, found {json_type_name}', json_type_name=json_type_name(version))
        )
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            msg("Files", 'this file was made by a newer cjdesigner (file format version {version}; this cjdesigner reads versions up to {SCHEMA_VERSION}). Update cjdesigner to open it.', version=version, SCHEMA_VERSION=SCHEMA_VERSION)
        )
    if version < OLDEST_VERSION:
        raise MigrationError(
            "schema_version", msg("Files", 'unknown file format version {version} (oldest is {OLDEST_VERSION})', version=version, OLDEST_VERSION=OLDEST_VERSION)
        )
    return version


def migrate(data: object) -> dict[str, Any]:
    """Upgrade raw file data in place to ``SCHEMA_VERSION`` and return it."""
    version = file_version(data)
    assert isinstance(data, dict)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def json_type_name(value: object) -> str:
    """The JSON word for a Python value from ``json.loads``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value != value:
        return "NaN"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "-Infinity" if value < 0 else "Infinity"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
