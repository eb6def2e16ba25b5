"""Canonical form: same map, same bytes; every template and the sample survive a round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjdesigner.fileio import dumps, load, loads, save
from cjdesigner.model import SCHEMA_VERSION, EmotionCurve, JourneyMap
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields

from .conftest import TEMPLATES


def test_sample_round_trip_is_byte_identical(tmp_path: Path) -> None:
    doc = sample_map()
    path = tmp_path / "a.cjm"
    save(doc, path)
    first = path.read_bytes()
    assert load(path) == doc
    save(load(path), path)
    assert path.read_bytes() == first
    assert dumps(loads(first)) == first.decode("utf-8")


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_template_load_save_is_byte_identical(template: Path, tmp_path: Path) -> None:
    original = template.read_bytes()
    doc = load(template)
    assert dumps(doc).encode("utf-8") == original, "template is not in canonical form"
    copy = tmp_path / template.name
    save(doc, copy)
    assert copy.read_bytes() == original


def test_canonical_form_details() -> None:
    text = dumps(sample_map())
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "\r" not in text
    assert text.startswith(f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "meta": {{')
    data = json.loads(text)
    assert list(data) == [
        "schema_version",
        "meta",
        "personas",
        "stages",
        "lanes",
        "cards",
        "curves",
        "conflicts",
    ]
    assert list(data["cards"][0])[:3] == ["id", "lane_id", "step_id"]


def test_non_ascii_text_is_kept_readable() -> None:
    doc = sample_map()
    set_fields(doc, "meta", title="Kundenreise – Café ☕ 顧客")
    text = dumps(doc)
    assert "Kundenreise – Café ☕ 顧客" in text
    assert loads(text.encode("utf-8")).meta.title == doc.meta.title


def test_curve_points_are_written_in_journey_order() -> None:
    doc = sample_map()
    steps = doc.step_ids()
    doc = doc.model_copy(update={"curves": [EmotionCurve(id="c", points={s: 0.0 for s in reversed(steps)})]})
    data = json.loads(dumps(doc))
    assert list(data["curves"][0]["points"]) == steps


def test_dumps_does_not_touch_modified() -> None:
    doc = sample_map()
    before = doc.meta.modified
    dumps(doc)
    assert doc.meta.modified == before


def test_utf8_bom_is_accepted(sample_text: str) -> None:
    assert loads(b"\xef\xbb\xbf" + sample_text.encode("utf-8")) == loads(sample_text)
    assert loads("\ufeff" + sample_text) == loads(sample_text)


def test_non_canonical_input_becomes_canonical(sample_text: str) -> None:
    squashed = json.dumps(json.loads(sample_text), separators=(",", ":"))
    assert dumps(loads(squashed)) == sample_text


def reference_dumps(doc: JourneyMap) -> str:
    """The canonical form by its definition: json.dumps of the model, points in step order."""
    data = doc.model_dump(mode="json")
    order = doc.step_ids()
    for curve in data["curves"]:
        points = curve["points"]
        ordered = {s: points[s] for s in order if s in points}
        ordered.update({s: points[s] for s in sorted(points) if s not in ordered})
        curve["points"] = ordered
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def test_dumps_is_the_canonical_json_dumps_form() -> None:
    """dumps uses pydantic's faster serializer; it must write the very same bytes."""
    from bench.generate import generate_map

    docs = [sample_map(), generate_map(300, seed=5), *(load(t) for t in TEMPLATES)]
    for doc in docs:
        assert dumps(doc) == reference_dumps(doc)
    doc = sample_map()
    set_fields(doc, "meta", title="".join(chr(i) for i in range(0x20)) + "\x7f\u2028\u2029 \"\\/ 😀 \ufeff")
    steps = doc.step_ids()
    set_fields(doc, "curve", doc.curves[0].id, points={steps[2]: 1e-05, steps[0]: -1.25e-07, steps[1]: 0.30000000000000004})
    set_fields(doc, "card", doc.cards[0].id, emotion=-0.0)
    set_fields(doc, "step", doc.stages[0].steps[0].id, duration_minutes=9_999_999.5)
    set_fields(doc, "card", doc.cards[1].id, emotion=1e-4)
    text = dumps(doc)
    assert text == reference_dumps(doc)
    assert "-1.25e-07" in text and "1e-05" in text  # Python's spelling, not 0.00001
    assert dumps(loads(text)) == text


def test_dumps_refuses_nan_set_by_code() -> None:
    doc = sample_map()
    curve = doc.curves[0]  # set by code around the edits (which refuse it)
    points = {**curve.points, doc.step_ids()[0]: float("inf")}
    doc = doc.model_copy(update={"curves": [curve.model_copy(update={"points": points})]})
    with pytest.raises(ValueError):
        dumps(doc)
