"""The published JSON Schema equals the generated one; the sample and templates obey it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cjdesigner.fileio import dumps, json_schema, schema_text
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
