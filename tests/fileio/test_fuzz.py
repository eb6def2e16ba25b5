"""Hypothesis fuzz of the loader: whatever comes in, only a valid map or LoadError comes out."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.fileio import LoadError, dumps, loads
from cjdesigner.model import JourneyMap
from cjdesigner.model.sample import sample_map

from .conftest import FIXTURES

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

VALID = json.loads(dumps(sample_map()))

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=30,
)


def check(payload: str | bytes) -> None:
    try:
        doc = loads(payload, "fuzz.cjm")
    except LoadError as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)
        assert str(exc).startswith("fuzz.cjm: ")
        return
    assert isinstance(doc, JourneyMap)
    text = dumps(doc)  # a loaded map can always be written …
    assert dumps(loads(text)) == text  # … and read back, byte for byte


def paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


ALL_PATHS = [p for p in paths(VALID) if p]


def copy() -> Any:
    return json.loads(json.dumps(VALID))


def parent_of(data: Any, path: tuple) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


@SETTINGS
@given(json_values)
def test_random_json_values(value: Any) -> None:
    check(json.dumps(value))


@SETTINGS
@given(st.dictionaries(st.sampled_from(list(VALID)), json_values, max_size=7), st.integers(1, 3))
def test_random_top_level_objects(value: dict, version: int) -> None:
    value.setdefault("schema_version", version)
    check(json.dumps(value))


@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["delete", "replace"]), json_values),
        min_size=1,
        max_size=4,
    )
)
def test_mutations_of_a_valid_file(mutations: list) -> None:
    data = copy()
    for path, action, value in mutations:
        try:
            parent = parent_of(data, path)
            key = path[-1]
            if action == "delete":
                del parent[key]
            else:
                parent[key] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or changed the way there
    check(json.dumps(data))


@SETTINGS
@given(st.sampled_from(ALL_PATHS), json_values)
def test_changed_type_at_one_place(path: tuple, value: Any) -> None:
    data = copy()
    parent_of(data, path)[path[-1]] = value
    check(json.dumps(data))


FULL = dumps(sample_map()).encode("utf-8")


@SETTINGS
@given(st.integers(0, len(FULL)))
def test_truncated_bytes(end: int) -> None:
    check(FULL[:end])


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, len(FULL) - 1), st.integers(0, 255)), min_size=1, max_size=5)
)
def test_flipped_bytes(changes: list) -> None:
    raw = bytearray(FULL)
    for position, byte in changes:
        raw[position] = byte
    check(bytes(raw))


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes(raw: bytes) -> None:
    check(raw)


V1_DATA = json.loads((FIXTURES / "v1-bike-shop.cjm").read_text(encoding="utf-8"))
V1_PATHS = [p for p in paths(V1_DATA) if p]


@SETTINGS
@given(st.sampled_from(V1_PATHS), st.sampled_from(["delete", "replace"]), json_values)
def test_mutations_of_a_version_1_file(path: tuple, action: str, value: Any) -> None:
    """The migration steps meet malformed old data too; they must not crash."""
    data = json.loads(json.dumps(V1_DATA))
    parent = parent_of(data, path)
    if action == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    check(json.dumps(data))
