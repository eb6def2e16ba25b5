"""Older files are upgraded on load; newer ones are refused with a clear message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjdesigner.fileio import MIGRATIONS, LoadError, dumps, load, loads, migrate, save
from cjdesigner.model import SCHEMA_VERSION
from cjdesigner.model.sample import sample_map

from .conftest import FIXTURES

V1 = FIXTURES / "v1-bike-shop.cjm"


def test_every_version_below_current_has_a_step() -> None:
    assert sorted(MIGRATIONS) == list(range(min(MIGRATIONS), SCHEMA_VERSION))


def test_v1_fixture_is_really_version_1() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    assert "lane" in data["cards"][0] and "lane_id" not in data["cards"][0]
    assert isinstance(data["curves"][0]["points"], list)


def test_v1_file_is_upgraded_on_load() -> None:
    doc = load(V1)
    assert doc.schema_version == SCHEMA_VERSION
    assert [(c.lane_id, c.step_id) for c in doc.cards] == [
        ("lane-do", "step-search"),
        ("lane-pain", "step-visit"),
    ]
    assert doc.curves[0].points == {"step-pay": 0.5, "step-search": 1.0, "step-visit": -1.5}
    assert doc.cards[1].links == ["card-compare"]
    assert doc.personas[0].primary


def test_upgraded_file_saves_in_the_current_format(tmp_path: Path) -> None:
    target = tmp_path / "bike.cjm"
    save(load(V1), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data["cards"][0])[:3] == ["id", "lane_id", "step_id"]
    # journey order, not the order of the old list
    assert list(data["curves"][0]["points"]) == ["step-search", "step-visit", "step-pay"]
    assert dumps(load(target)) == target.read_text(encoding="utf-8")


def test_v1_file_already_using_lane_id_still_loads() -> None:
    data = json.loads(dumps(sample_map()))
    data["schema_version"] = 1
    assert loads(json.dumps(data)) == sample_map()


def test_v1_card_key_order_is_kept() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert list(migrated["cards"][0])[:3] == ["id", "lane_id", "step_id"]


def test_bad_v1_point_is_named() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["curves"][0]["points"][1] = {"value": 3}
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data), "old.cjm")
    assert "curves[0].points[1]" in str(info.value)


def test_v1_error_after_upgrade_names_the_path() -> None:
    data = json.loads(V1.read_text(encoding="utf-8"))
    data["cards"][1]["lane"] = "lane-nowhere"
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    assert info.value.problems == ["cards[1].lane_id: no lane with id 'lane-nowhere'"]


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_newer_version_is_refused(version: int) -> None:
    data = json.loads(dumps(sample_map()))
    data["schema_version"] = version
    data["something_new"] = {"x": 1}
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data), "future.cjm")
    message = str(info.value)
    assert "newer cjdesigner" in message and f"version {version}" in message
    assert message.startswith("future.cjm: ")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "whole number"),
        ("2", "whole number"),
        (2.0, "whole number"),
        (True, "whole number"),
        (0, "unknown file format version 0"),
    ],
)
def test_bad_schema_version(value: object, words: str) -> None:
    data = json.loads(dumps(sample_map()))
    data["schema_version"] = value
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    assert info.value.problems[0].startswith("schema_version: ")
    assert words in str(info.value)


def test_missing_schema_version() -> None:
    data = json.loads(dumps(sample_map()))
    del data["schema_version"]
    with pytest.raises(LoadError, match="does not look like a cjdesigner map"):
        loads(json.dumps(data))


V2 = FIXTURES / "v2-future-state.cjm"


def test_v2_fixture_is_really_version_2() -> None:
    data = json.loads(V2.read_text(encoding="utf-8"))
    assert data["schema_version"] == 2
    assert "conflicts" not in data and "impact" not in data["cards"][0]
    assert "metrics" not in data["stages"][0]["steps"][0]


def test_v2_upgrade_writes_every_new_key_where_version_3_has_it() -> None:
    data = json.loads(V2.read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert all(curve["from_cards"] is True for curve in migrated["curves"])
    # the upgraded data, written out, is byte for byte what cjdesigner saves
    assert json.dumps(migrated, ensure_ascii=False, indent=2) + "\n" == dumps(load(V2))
    card = migrated["cards"][0]
    assert list(card)[-4:] == ["image", "impact", "effort", "origin"]
    assert list(migrated)[-2:] == ["curves", "conflicts"]
    assert migrated["stages"][0]["steps"][0]["metrics"] == []


def test_v2_map_keeps_its_content() -> None:
    old = json.loads(V2.read_text(encoding="utf-8"))
    doc = load(V2)
    assert [c.id for c in doc.cards] == [c["id"] for c in old["cards"]]
    assert [c.title for c in doc.cards] == [c["title"] for c in old["cards"]]
    assert all(c.impact is None and c.effort is None and c.origin is None for c in doc.cards)
    assert doc.conflicts == [] and all(curve.metric is None for curve in doc.curves)


def test_v2_upgrade_leaves_odd_data_for_validation_to_report() -> None:
    data = json.loads(V2.read_text(encoding="utf-8"))
    data["cards"][0] = "not a card"
    data["stages"][0]["steps"] = {"odd": True}
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    assert any(p.startswith("cards[0]") for p in info.value.problems)
    assert any(p.startswith("stages[0].steps") for p in info.value.problems)


V3 = FIXTURES / "v3-welcome-journey.cjm"


def test_v3_fixture_is_really_version_3() -> None:
    data = json.loads(V3.read_text(encoding="utf-8"))
    assert data["schema_version"] == 3
    assert "language" not in data["meta"]


def test_v3_upgrade_gives_the_map_english_words_where_version_4_keeps_them() -> None:
    """Maps from before the language field printed English: they keep doing so."""
    data = json.loads(V3.read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert list(migrated["meta"])[-1] == "language"
    assert migrated["meta"]["language"] == "en"
    assert json.dumps(migrated, ensure_ascii=False, indent=2) + "\n" == dumps(load(V3))
    assert load(V3).meta.language == "en"


V4 = FIXTURES / "v4-washing-machine-retailer.cjm"


def test_v4_fixture_is_really_version_4() -> None:
    data = json.loads(V4.read_text(encoding="utf-8"))
    assert data["schema_version"] == 4
    assert data["curves"] and all("from_cards" not in curve for curve in data["curves"])


def test_v4_upgrade_keeps_every_curve_derived_from_the_cards_as_version_4_drew_it() -> None:
    data = json.loads(V4.read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION
    for curve in migrated["curves"]:
        assert curve["from_cards"] is True
        assert list(curve)[list(curve).index("points") + 1] == "from_cards"
    assert json.dumps(migrated, ensure_ascii=False, indent=2) + "\n" == dumps(load(V4))
    assert all(curve.from_cards for curve in load(V4).curves)


@pytest.mark.parametrize("tag", ["", "english", "da_DK", "d", "da-", "x" * 40, "da-DK-<b>"])
def test_a_malformed_language_is_refused_with_its_path(tag) -> None:
    data = json.loads(dumps(sample_map()))
    data["meta"]["language"] = tag
    with pytest.raises(LoadError) as info:
        loads(json.dumps(data))
    assert any(p.startswith("meta.language") for p in info.value.problems)


@pytest.mark.parametrize("tag", ["da", "en-US", "ar", "zh-Hant-TW", "fr-CA"])
def test_a_language_tag_round_trips(tag) -> None:
    doc = sample_map()
    doc = doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": tag})})
    assert loads(dumps(doc)).meta.language == tag


V5 = FIXTURES / "v5-washing-machine-retailer.cjm"


def test_v5_fixture_is_really_version_5() -> None:
    data = json.loads(V5.read_text(encoding="utf-8"))
    assert data["schema_version"] == 5
    assert len(data["personas"]) == 2
    assert all("photo" not in persona for persona in data["personas"])


def test_v5_upgrade_gives_every_persona_no_photo_after_its_colour() -> None:
    data = json.loads(V5.read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION
    for persona in migrated["personas"]:
        keys = list(persona)
        assert persona["photo"] is None
        assert keys[keys.index("color") + 1] == "photo" if "color" in keys else keys[-1] == "photo"
    assert json.dumps(migrated, ensure_ascii=False, indent=2) + "\n" == dumps(load(V5))
    assert all(persona.photo is None for persona in load(V5).personas)
