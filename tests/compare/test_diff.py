"""cjdesigner diff: what was added, removed, moved and changed, by id and by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.compare import diff_maps, diff_text, listing, summary_text
from cjdesigner.fileio import dumps, loads
from cjdesigner.model import Card, JourneyMap, Persona, Stage, Step
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import replaced, set_fields


def copy(doc: JourneyMap) -> JourneyMap:
    return loads(dumps(doc))


def heads(doc_a: JourneyMap, doc_b: JourneyMap) -> list[str]:
    return [line for line in diff_text(diff_maps(doc_a, doc_b)).splitlines()
            if not line.startswith(" ")]


def test_a_map_equals_itself_and_its_copy() -> None:
    doc = sample_map()
    assert diff_maps(doc, doc).equal
    assert diff_maps(doc, copy(doc)).equal
    assert diff_text(diff_maps(doc, copy(doc))) == ""
    assert summary_text(diff_maps(doc, doc)) == "No differences."


def test_modified_time_alone_is_no_difference() -> None:
    new = copy(sample_map())
    set_fields(new, "meta", modified="2030-01-01T00:00:00Z")
    assert diff_maps(sample_map(), new).equal


def test_cards_added_removed_moved_and_changed_by_name() -> None:
    old = sample_map()
    new = copy(old)
    cards = [*new.cards, Card(id="card-9", lane_id="lane-opp", step_id="step-order", title="Live chat")]
    cards = replaced([c for c in cards if c.id != "card-5"], "card-2", step_id="step-order")
    new = new.model_copy(update={"cards": replaced(cards, "card-1", title="Spots a banner", tags=["ads"])})
    assert heads(old, new) == [
        '+ card "Live chat" added (Opportunities × Orders online)',
        '- card "Checkout page" removed (Touchpoints × Orders online)',
        '> card "Reads three reviews" moved from Customer actions × Reads reviews '
        "to Customer actions × Orders online",
        '~ card "Spots a banner" changed (Customer actions × Sees an advert)',
    ]
    changed = diff_maps(old, new).of("card", "changed")[0]
    assert [(f.field, f.old, f.new) for f in changed.fields] == [
        ("title", "Notices a banner", "Spots a banner"),
        ("tags", [], ["ads"]),
    ]


def test_card_reordered_within_its_cell() -> None:
    old = sample_map()
    old = old.model_copy(update={"cards": [
        *old.cards,
        Card(id="card-6", lane_id="lane-actions", step_id="step-ad", title="B"),
        Card(id="card-7", lane_id="lane-actions", step_id="step-ad", title="C"),
    ]})
    new = old.model_copy(update={"cards": [*old.cards[1:], old.cards[0]]})  # card-1 goes last in its cell
    diff = diff_maps(old, new)
    assert [(c.action, c.id, c.where) for c in diff.changes] == [
        ("moved", "card-1", "within Customer actions × Sees an advert")
    ]


def test_structure_changes() -> None:
    old = sample_map()
    decision, awareness = reversed(old.stages)
    step = awareness.steps[0]  # "Sees an advert" leaves Awareness …
    stages = [
        decision.model_copy(update={"steps": [*decision.steps, step, Step(id="step-new", name="Pays")]}),
        awareness.model_copy(update={"steps": awareness.steps[1:]}),  # … for Decision
        Stage(id="stage-use", name="Use"),
    ]
    lanes = replaced(old.lanes, old.lanes[0].id, title="Doing")
    new = old.model_copy(update={
        "stages": stages,
        "lanes": [lanes[-1], *lanes[:-1]],
        "personas": [old.personas[0].model_copy(update={"quote": "Cheaper, please"}),
                     Persona(id="persona-ann", name="Ann")],
        "curves": [old.curves[0].model_copy(update={
            "label": "Felt", "points": {"step-ad": -1.0, "step-review": 1.0}})],
    })
    lines = heads(old, new)
    assert lines == [
        '+ persona "Ann" added',
        '~ persona "Sam" changed',
        '+ stage "Use" added',
        '> stage "Awareness" moved',
        '+ step "Pays" added (Decision)',
        '> step "Sees an advert" moved from Awareness to Decision',
        '> lane "Opportunities" moved',
        '~ lane "Doing" changed',
        '~ curve "Felt" changed',
        '~ point "Felt at Sees an advert" changed: 0.0 → -1.0',
        '+ point "Felt at Reads reviews" added: (none) → 1.0',
        '- point "Felt at Orders online" removed: 1.0 → (none)',
    ]


def test_items_with_new_ids_are_matched_by_name() -> None:
    """A map imported twice gets new ids: the same names are the same items."""
    old = sample_map()
    text = dumps(old)
    for ident in ["stage-aware", "step-ad", "lane-pain", "card-3", "card-4", "persona-sam"]:
        text = text.replace(f'"{ident}"', f'"{ident}-again"')
    new = loads(text)
    assert diff_maps(old, new).equal
    set_fields(new, "card", "card-3-again", title="Prices opaque")
    set_fields(new, "card", "card-4-again", step_id="step-order")
    diff = diff_maps(old, new)
    # card 3 got a new id and a new title: nothing to match it by
    assert [(c.action, c.kind, c.name) for c in diff.changes] == [
        ("added", "card", "Prices opaque"),
        ("removed", "card", "Prices hard to compare"),
        ("moved", "card", "Comparison guide"),
    ]
    assert diff.changes[2].old_id == "card-4" and diff.changes[2].id == "card-4-again"


def test_card_matched_by_origin() -> None:
    old = sample_map()
    new = old.model_copy(update={"cards": replaced(
        old.cards, "card-3", id="card-3-future", origin="card-3", title="Prices clear")})
    diff = diff_maps(old, new)
    assert [(c.action, c.id, c.old_id) for c in diff.of("card")] == [
        ("changed", "card-3-future", "card-3"),
    ]
    assert [f.field for f in diff.changes[0].fields] == ["title"]


def test_links_are_shown_by_title() -> None:
    old = sample_map()
    new = copy(old)
    set_fields(new, "card", "card-1", links=["card-4"])
    (change,) = diff_maps(old, new).changes
    assert change.fields[0].field == "links"
    assert change.fields[0].new == ["Comparison guide"]


def test_json_and_summary() -> None:
    old = sample_map()
    new = copy(old)
    set_fields(new, "meta", title="Renamed")
    new = new.model_copy(update={"cards": new.cards[:-1]})
    data = diff_maps(old, new).as_json()
    json.dumps(data)  # plain JSON
    assert data["equal"] is False
    assert data["counts"] == {"added": 0, "removed": 1, "moved": 0, "changed": 1}
    assert data["changes"][0] == {
        "kind": "meta",
        "action": "changed",
        "id": "meta",
        "name": "Renamed",
        "fields": [{"field": "title", "old": "Sample journey", "new": "Renamed"}],
    }
    text = summary_text(diff_maps(old, new), max_lines=1)
    assert text.splitlines() == ["1 removed, 1 changed.", '~ meta "Renamed" changed', "… and 1 more"]


def test_listing_names_every_item_once() -> None:
    doc = sample_map()
    lines = listing(doc).splitlines()
    assert lines[0].startswith('map "Sample journey"')
    assert sum(line.startswith("card ") for line in lines) == len(doc.cards)
    assert 'card "Prices hard to compare" [card-3] in Pain points × Compares prices' in listing(doc)
    assert 'links=["Comparison guide"]' in listing(doc)


# -- the command --------------------------------------------------------------------


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    old = tmp_path / "old.cjm"
    new = tmp_path / "new.cjm"
    old.write_text(dumps(sample_map()), encoding="utf-8")
    changed = sample_map()
    set_fields(changed, "card", "card-1", title="Spots a banner")
    new.write_text(dumps(changed), encoding="utf-8")
    return old, new


def test_cli_exit_codes(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair
    assert main(["diff", str(old), str(old)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert out.startswith('~ card "Spots a banner" changed')
    assert main(["diff", str(old), str(old.parent / "missing.cjm")]) == 2
    assert "missing.cjm: no such file" in capsys.readouterr().err
    assert main(["diff", str(old)]) == 2
    assert main(["diff", "--textconv", str(old), str(new)]) == 2


def test_cli_json(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair
    assert main(["diff", "--json", str(old), str(new)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["changes"][0]["id"] == "card-1"


def test_cli_bad_map_is_an_error(tmp_path: Path, pair: tuple[Path, Path],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_text("{", encoding="utf-8")
    assert main(["diff", str(pair[0]), str(bad)]) == 2
    assert "bad.cjm: the file ends too early" in capsys.readouterr().err


def test_cli_as_git_diff_driver(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = pair
    args = ["map.cjm", str(old), "abc", "100644", str(new), "def", "100644"]
    assert main(["diff", *args]) == 0  # git wants 0 unless trustExitCode
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == ["diff --cjm a/map.cjm b/map.cjm",
                                    '~ card "Spots a banner" changed (Customer actions × Sees an advert)']
    # a file added in this commit: git passes /dev/null as the old side
    assert main(["diff", "map.cjm", "/dev/null", ".", ".", str(new), "def", "100644"]) == 0
    assert '+ card "Checkout page" added' in capsys.readouterr().out


def test_cli_textconv(pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--textconv", str(pair[1])]) == 0
    assert capsys.readouterr().out == listing(sample_map()).replace(
        "Notices a banner", "Spots a banner")
