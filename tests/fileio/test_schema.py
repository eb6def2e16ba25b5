"""The published JSON Schema equals the generated one; the sample and templates obey it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.fileio import LoadError, dumps, json_schema, loads, schema_text
from cjdesigner.model import SCHEMA_VERSION
from cjdesigner.model.sample import sample_map
from cjdesigner.resources import resource_path

from .conftest import FIXTURES, TEMPLATES

PUBLISHED = resource_path("schema", "cjm.schema.json")


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema())


def test_published_schema_is_up_to_date() -> None:
    assert PUBLISHED.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: cjdesigner schema > resources/schema/cjm.schema.json"
    )


def test_schema_is_a_valid_2020_12_schema() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(str(SCHEMA_VERSION))
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert "schema_version" in schema["required"]


def test_sample_validates() -> None:
    validator().validate(json.loads(dumps(sample_map())))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_template_validates(template: Path) -> None:
    validator().validate(json.loads(template.read_text(encoding="utf-8")))


def test_schema_rejects_what_the_loader_rejects() -> None:
    data = json.loads(dumps(sample_map()))
    data["cards"][0]["colour"] = "#000000"
    data["lanes"][0]["kind"] = "dreams"
    data["schema_version"] = SCHEMA_VERSION + 1
    assert len(list(validator().iter_errors(data))) == 3


def test_old_version_fixture_is_not_current() -> None:
    old = json.loads((FIXTURES / "v1-bike-shop.cjm").read_text(encoding="utf-8"))
    assert not validator().is_valid(old)


# -- the loader is never more lenient than the published schema ----------------------------

FUZZ = settings(max_examples=300, deadline=None, derandomize=True, database=None)
SAMPLE = json.loads(dumps(sample_map()))


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(SAMPLE)
# Values a sloppy writer or a hand edit puts where JSON types matter.
values = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**7)
    | st.floats(-1e8, 1e8, allow_nan=False)
    | st.sampled_from(["", "yes", "true", "1", "1.5", "-2", "15", "3", "observed", "Observed",
                       "pain_points", "Pain points", "current_state", "#3A7BD5", "07:30", "x"])
    | st.lists(st.sampled_from(["a", "1", ""]), max_size=3)
    | st.dictionaries(st.sampled_from(["step-ad", "x"]), st.integers(-3, 3), max_size=2)
)


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(PATHS), values), min_size=1, max_size=3))
def test_whatever_the_loader_accepts_the_schema_accepts(changes: list) -> None:
    data = json.loads(json.dumps(SAMPLE))
    for path, value in changes:
        node = data
        try:
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the way there
    try:
        loads(json.dumps(data))
    except LoadError:
        return
    if data.get("schema_version") == SCHEMA_VERSION:  # older versions are migrated first
        errors = [e.message for e in validator().iter_errors(data)]
        assert not errors, (changes, errors)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("personas", 0, "primary"), "yes"),
        (("cards", 0, "emotion"), "1.5"),
        (("cards", 0, "votes"), "3"),
        (("stages", 0, "steps", 0, "duration_minutes"), "15"),
    ],
)
def test_loader_and_schema_refuse_the_same_wrong_types(path: tuple, value: str) -> None:
    data = json.loads(json.dumps(SAMPLE))
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert not validator().is_valid(data)
    with pytest.raises(LoadError):
        loads(json.dumps(data))
