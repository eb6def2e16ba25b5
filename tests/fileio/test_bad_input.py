"""Bad input of every kind gives LoadError with a message for people, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cjdesigner.fileio import LoadError, cjm, dumps, load, loads
from cjdesigner.model import Card, JourneyMap, Lane, MapMeta, Stage, Step
from cjdesigner.model.sample import sample_map


def problems_of(data: object) -> list[str]:
    text = data if isinstance(data, str | bytes) else json.dumps(data)
    with pytest.raises(LoadError) as info:
        loads(text, "m.cjm")
    assert str(info.value).startswith("m.cjm: ")
    assert "Traceback" not in str(info.value)
    return info.value.problems


def sample_data() -> dict:
    return json.loads(dumps(sample_map()))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"hello", "not valid JSON"),
        (b"PK\x03\x04\x00\x00", "not valid JSON"),
        (b"{'schema_version': 2}", "not valid JSON"),
        (b'{"schema_version": 2,}', "not valid JSON"),
        (b"[]", "expected a JSON object, found an array"),
        (b"null", "found null"),
        (b'"a map"', "found a string"),
        (b"42", "found the number 42"),
        (b"\xff\xfe{\x00}\x00", "UTF-16"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b'{"meta": {"title": "Caf\xe9"}}', "not UTF-8 text (byte 0xe9 on line 1)"),
        (b'{"a": 1, "a": 2}', "the key 'a' appears twice"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"schema_version": 2, "x": ' + b"9" * 5000 + b"}", "a number is too large"),
    ],
)
def test_not_a_map(text: bytes, words: str) -> None:
    assert words in " ".join(problems_of(text))


def small_map_bytes() -> bytes:
    doc = JourneyMap(
        meta=MapMeta(title="Tiny", created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z"),
        stages=[Stage(id="s", name="Buy", steps=[Step(id="t", name="Pay")])],
        lanes=[Lane(id="l", title="Doing")],
        cards=[Card(id="c", lane_id="l", step_id="t", title="Pays", emotion=-1)],
    )
    return dumps(doc).encode("utf-8")


def test_truncated_file_at_every_length() -> None:
    full = small_map_bytes()
    assert loads(full)  # the whole file is a map …
    for end in range(len(full) - 2):  # … and no shorter piece of it is (the end is "}\n")
        with pytest.raises(LoadError):
            loads(full[:end])
    assert "truncated" in problems_of(full[: len(full) // 2])[0]
    assert "truncated" in problems_of(dumps(sample_map())[:-300])[0]


def test_huge_integer_gets_a_plain_message() -> None:
    text = '{"schema_version": 2,\n "meta": {"title": ' + "7" * 5000 + "}}"
    problems = problems_of(text)
    assert problems == [
        "not valid JSON: a number is too large (5,000 digits, line 2, column 20)"
    ]
    assert "set_int_max_str_digits" not in problems[0]


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("personas", 0, "primary"), "yes"),
        (("personas", 0, "primary"), 1),
        (("cards", 0, "emotion"), "1.5"),
        (("cards", 0, "votes"), "3"),
        (("cards", 0, "votes"), 3.0),
        (("cards", 0, "votes"), True),
        (("cards", 0, "emotion"), True),
        (("cards", 0, "title"), 12),
        (("stages", 0, "steps", 0, "duration_minutes"), "15"),
        (("lanes", 0, "kind"), "Pain points"),
        (("lanes", 0, "kind"), 3),
        (("meta", "map_type"), None),
        (("curves", 0, "points", "step-ad"), "1"),
    ],
)
def test_wrong_json_types_are_refused_not_converted(where: tuple, value: object) -> None:
    """What the published schema refuses, the loader refuses: nothing is silently rewritten."""
    data = sample_data()
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    problems = problems_of(data)
    assert any(p.startswith(cjm.json_path(where) + ": ") for p in problems), problems


def test_merge_conflict_markers() -> None:
    text = dumps(sample_map()).replace(
        '  "personas"', '<<<<<<< HEAD\n  "x": 1,\n=======\n  "x": 2,\n>>>>>>> b\n  "personas"'
    )
    assert "merge conflict" in problems_of(text)[0]


def test_wrong_types_name_the_json_path() -> None:
    data = sample_data()
    data["meta"]["title"] = ["not", "text"]
    data["cards"][2]["votes"] = "many"
    data["cards"][3]["tags"] = "one;two"
    data["stages"][1]["steps"][0]["duration_minutes"] = {"h": 1}
    data["lanes"][0]["kind"] = "dreams"
    problems = problems_of(data)
    joined = "\n".join(problems)
    assert "meta.title: Input should be a valid string, found an array" in joined
    assert "cards[2].votes: " in joined
    assert "cards[3].tags: " in joined
    assert "stages[1].steps[0].duration_minutes: " in joined
    assert "lanes[0].kind: " in joined and "'pain_points'" in joined
    assert not any("(" in p.split(":")[0] and "key" not in p for p in problems)


def test_unknown_and_missing_fields() -> None:
    data = sample_data()
    data["cards"][1]["colour"] = "#112233"
    del data["cards"][0]["lane_id"]
    data["extra"] = True
    problems = problems_of(data)
    assert "cards[1].colour: unknown field (not part of the .cjm format)" in problems
    assert "cards[0].lane_id: required field is missing" in problems
    assert "extra: unknown field (not part of the .cjm format)" in problems


def test_values_out_of_range() -> None:
    data = sample_data()
    data["cards"][0]["emotion"] = 7
    data["cards"][0]["color"] = "red"
    data["stages"][0]["steps"][0]["time"] = "25:61"
    data["meta"]["title"] = "x" * 501
    data["curves"][0]["points"]["step-ad"] = 99
    joined = "\n".join(problems_of(data))
    assert "cards[0].emotion: " in joined
    assert "cards[0].color: not a colour such as #3A7BD5" in joined
    assert "stages[0].steps[0].time: not a clock time" in joined
    assert "meta.title: String should have at most 500 characters" in joined
    assert 'curves[0].points["step-ad"]: 99 lies outside the scale -2…2' in joined


def test_dangling_references_and_duplicate_ids_are_all_listed() -> None:
    data = sample_data()
    data["cards"][1]["lane_id"] = "lane-gone"
    data["cards"][2]["step_id"] = "step-gone"
    data["cards"][3]["links"] = ["card-gone"]
    data["lanes"][1]["id"] = "lane-actions"
    data["curves"][0]["persona_id"] = "persona-gone"
    data["curves"][0]["points"]["step-gone"] = 1
    problems = problems_of(data)
    assert "cards[1].lane_id: no lane with id 'lane-gone'" in problems
    assert "cards[2].step_id: no step with id 'step-gone'" in problems
    assert "cards[3].links[0]: no card with id 'card-gone'" in problems
    assert "lanes[1].id: duplicate id 'lane-actions' (also at lanes[0])" in problems
    assert "curves[0].persona_id: no persona with id 'persona-gone'" in problems
    assert "curves[0].points: no step with id 'step-gone'" in problems


def test_bad_id_as_point_key_is_named() -> None:
    data = sample_data()
    data["curves"][0]["points"]["no spaces allowed"] = 0
    assert any(
        p.startswith('curves[0].points["no spaces allowed"] (key): not a valid id')
        for p in problems_of(data)
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize(
    "where",
    [
        ("cards", 0, "emotion"),
        ("cards", 0, "votes"),
        ("cards", 0, "title"),
        ("stages", 1, "steps", 1, "duration_minutes"),
        ("curves", 0, "scale", "max"),
        ("curves", 0, "points", "step-ad"),
        ("meta", "unknown"),
    ],
)
def test_nan_and_infinity_are_refused(constant: str, where: tuple) -> None:
    data = sample_data()
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = "@@"
    text = json.dumps(data).replace('"@@"', constant)
    problems = problems_of(text)
    path = cjm.json_path(where)
    assert any(p.startswith(path) for p in problems), problems


def test_too_many_cards_fails_fast() -> None:
    data = sample_data()
    data["cards"] = [{}] * 100_001
    assert problems_of(data) == ["cards: 100,001 entries, more than the 100,000 allowed"]


def test_problem_list_is_capped() -> None:
    data = sample_data()
    data["cards"] = [{"lane_id": "x", "step_id": "y", "bad": i} for i in range(500)]
    problems = problems_of(data)
    assert len(problems) == cjm.MAX_PROBLEMS + 1
    assert problems[-1].endswith("more problems")


def test_huge_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.cjm"
    with open(path, "wb") as handle:
        handle.truncate(cjm.MAX_FILE_BYTES + 1)  # sparse: no disk used

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(cjm, "open", no_reading, raising=False)
    with pytest.raises(LoadError, match="too large to be a journey map"):
        load(path)


def test_file_limit_fits_the_largest_map_the_model_allows() -> None:
    """The byte and structure limits admit 100,000 realistic cards (50 x a 2,000-card map)."""
    from bench.generate import generate_map

    text = dumps(generate_map(2000))
    assert 50 * len(text.encode("utf-8")) < cjm.MAX_FILE_BYTES <= 128 * 1024 * 1024
    assert 50 * text.count("{") < cjm.MAX_OBJECTS
    assert 50 * text.count("[") < cjm.MAX_ARRAYS
    assert 50 * text.count(",") < cjm.MAX_VALUES


@pytest.mark.parametrize(
    ("item", "limit"), [("{}", "MAX_OBJECTS"), ("[]", "MAX_ARRAYS"), ("0", "MAX_VALUES")]
)
def test_too_many_values_are_refused_before_parsing(
    item: str, limit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory is guarded by structure: a file of tiny values is refused before it is parsed."""
    monkeypatch.setattr(cjm, limit, 1000)

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the text was parsed")

    monkeypatch.setattr(cjm.json, "loads", no_parsing)
    text = '{"schema_version": 2, "x": [' + ",".join([item] * 1001) + "]}"
    (problem,) = problems_of(text)
    assert problem.startswith("too large to be a journey map: 1,00")
    assert "more than the 1,000 that a map of 100,000 cards could need" in problem


def test_too_large_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cjm, "MAX_FILE_BYTES", 100)
    assert "too large to be a journey map" in problems_of(" " * 101)[0]


def test_growing_file_is_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cjm, "MAX_FILE_BYTES", 100)
    small = tmp_path / "small.cjm"
    small.write_bytes(b" " * 50)
    path = tmp_path / "m.cjm"
    path.write_bytes(b" " * 5000)
    real_stat = os.stat
    # The file grows between the size check and the read (a log, a FIFO-like source).
    monkeypatch.setattr(cjm.os, "stat", lambda p: real_stat(small))
    with pytest.raises(LoadError, match="too large"):
        load(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as info:
        load(tmp_path / "nope.cjm")
    assert str(info.value) == f"{tmp_path / 'nope.cjm'}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="is a folder"):
        load(tmp_path)


def test_special_file() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(LoadError, match="not a regular file"):
        load("/dev/zero")


def test_permission_denied(sample_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        sample_file.chmod(0)
    else:  # root reads anything: make open() behave as for a normal user

        def denied(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(cjm, "open", denied, raising=False)
    try:
        with pytest.raises(LoadError, match="permission denied"):
            load(sample_file)
    finally:
        sample_file.chmod(0o644)


def test_other_os_error(sample_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(cjm, "open", broken, raising=False)
    with pytest.raises(LoadError, match=r"cannot read \(Input/output error\)"):
        load(sample_file)


def test_lone_surrogate_is_refused() -> None:
    text = dumps(sample_map()).replace('"Sees an advert"', '"\\ud800"')
    assert any(p.startswith("stages[0].steps[0].name") for p in problems_of(text))


def test_deep_nesting_inside_a_field() -> None:
    data = sample_data()
    deep: object = "x"
    for _ in range(500):
        deep = [deep]
    data["cards"][0]["tags"] = deep
    data["meta"]["unknown"] = {"a": deep}
    problems = problems_of(json.dumps(data))
    assert any(p.startswith("cards[0].tags[0]: ") for p in problems)
    assert "meta.unknown: unknown field (not part of the .cjm format)" in problems
