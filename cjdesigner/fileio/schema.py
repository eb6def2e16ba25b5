"""The JSON Schema of the .cjm format, generated from the pydantic model. No Qt.

The published copy is ``resources/schema/cjm.schema.json``; a test keeps it equal to
``schema_text()``. Regenerate it with ``cjdesigner schema > resources/schema/cjm.schema.json``.
The schema checks shapes and values; references between ids (a card's ``lane_id`` names a
lane of the map, ids are unique …) are checked by cjdesigner itself (``cjdesigner validate``).
"""

from __future__ import annotations

import json
from typing import Any

from cjdesigner.model import SCHEMA_VERSION, JourneyMap

SCHEMA_ID = f"urn:cjdesigner:schema:cjm:{SCHEMA_VERSION}"


def json_schema() -> dict[str, Any]:
    """The schema as a dict: ``$schema``, ``$id``, title and description first."""
    generated = JourneyMap.model_json_schema(mode="validation")
    version = generated["properties"]["schema_version"]
    version.pop("default", None)
    version["const"] = SCHEMA_VERSION
    version["description"] = "Version of the .cjm format; older files are upgraded on load."
    if "schema_version" not in generated.setdefault("required", []):
        generated["required"].insert(0, "schema_version")
    generated.pop("title", None)
    generated.pop("description", None)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"cjdesigner journey map (.cjm), format version {SCHEMA_VERSION}",
        "description": (
            "A customer journey map or service blueprint saved by cjdesigner. UTF-8 JSON. "
            "Ids must be unique within a map, and every reference (lane_id, step_id, "
            "persona_id, links, curve point keys) must name an object of the map."
        ),
        **generated,
    }


def schema_text() -> str:
    """The schema as the text of ``resources/schema/cjm.schema.json``."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
