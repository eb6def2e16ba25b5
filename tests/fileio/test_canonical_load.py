"""The quick way in for a file as cjdesigner writes it (``cjm._canonical``) accepts
exactly what the full path accepts: the same map, and every file it does not vouch for
byte for byte goes the full way, which names the problem. The save's own check
(``cjm.save_problems``) refuses what loading would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjdesigner.fileio import LoadError, SaveError, cjm, dumps, load, loads, save
from cjdesigner.model import Card
from cjdesigner.model.sample import sample_map


def _awkward_map():
    """Text that tempts a shortcut: quotes, colons, backslashes, escapes, non-ASCII."""
    doc = sample_map()
    return _with_card(doc, Card(id="card-odd:1", lane_id="lane-actions", step_id="step-ad",
                          title='He said "no": twice \\ then\ttab', tags=["a:b", "ü\u0007"],
                          description='{"cards": []}\n"title": "x"'))


def _with_card(doc, card: Card):
    """``doc`` with one more card (a new map: maps are not changed in place)."""
    return doc.model_copy(update={"cards": [*doc.cards, card]})


def _without_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("the full path was taken")

    monkeypatch.setattr(cjm, "_parse", refuse)


def test_canonical_bytes_skip_the_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _awkward_map()
    raw = dumps(doc).encode("utf-8")
    full = loads(raw.decode("utf-8"))  # text: always the full path
    _without_full_path(monkeypatch)
    quick = loads(raw)
    assert quick == full == doc
    assert dumps(quick).encode("utf-8") == raw


@pytest.mark.parametrize("change", [
    lambda raw: raw.replace(b'  "cards": [', b'  "cards"  : [', 1),  # other spacing
    lambda raw: b"\xef\xbb\xbf" + raw,  # a byte order mark
    lambda raw: raw.replace(b'"schema_version": 4', b'"schema_version":4', 1),
])
def test_other_spellings_of_the_same_map_load_the_full_way(change) -> None:
    doc = _awkward_map()
    raw = change(dumps(doc).encode("utf-8"))
    assert cjm._canonical(raw) is None
    assert loads(raw) == doc


def test_a_key_twice_is_refused_even_in_canonical_layout() -> None:
    raw = dumps(sample_map()).encode("utf-8")
    twice = raw.replace(b'    "title": ', b'    "title": "Again",\n    "title": ', 1)
    assert cjm._canonical(twice) is None
    with pytest.raises(LoadError, match="appears twice"):
        loads(twice)


def test_dangling_reference_in_canonical_text_is_named() -> None:
    doc = _with_card(sample_map(), Card(id="card-x", lane_id="lane-nowhere", step_id="step-ad"))
    with pytest.raises(LoadError, match=r"cards\[\d+\]\.lane_id: no lane"):
        loads(dumps(doc).encode("utf-8"))


def test_values_the_schema_refuses_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = dumps(sample_map()).encode("utf-8")
    votes = raw.replace(b'"votes": 0', b'"votes": "0"', 1)
    assert votes != raw
    with pytest.raises(LoadError, match="votes"):
        loads(votes)
    monkeypatch.setattr(cjm, "MAX_OBJECTS", 3)  # the structure limits come first
    with pytest.raises(LoadError, match="too large"):
        loads(raw)


def test_save_refuses_what_loading_would_refuse(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "m.cjm"
    save(sample_map(), path)
    before = path.read_bytes()
    monkeypatch.setattr(cjm, "MAX_ARRAYS", 3)
    with pytest.raises(SaveError, match="too large"):
        save(_awkward_map(), path)
    monkeypatch.undo()
    doc = sample_map()
    doc = _with_card(doc, Card(id=doc.cards[0].id, lane_id="lane-actions", step_id="step-ad"))
    with pytest.raises(SaveError, match="duplicate id"):
        save(doc, path)
    assert path.read_bytes() == before
    save(_awkward_map(), path)
    assert load(path) == _awkward_map()


def _many_cards(doc, count: int):
    cards = [Card(id=f"bulk-{i}", lane_id="lane-actions", step_id="step-ad",
                  title=f'Card {i}: "quoted", ü', tags=["x", "y:z"]) for i in range(count)]
    return doc.model_copy(update={"cards": [*doc.cards, *cards]})


def test_a_snapshot_writes_the_map_as_it_was_when_taken() -> None:
    from cjdesigner.model.edits import AddCards, SetFields

    doc = _many_cards(_awkward_map(), 40)
    snapshot = cjm.Snapshot(doc, cards_per_piece=7)
    before = dumps(doc)
    SetFields(target="card", ident="bulk-3", changes={"title": "changed later"}).apply(doc)
    SetFields(target="meta", changes={"title": "Renamed later"}).apply(doc)
    AddCards(cards=[Card(id="late", lane_id="lane-actions", step_id="step-ad")],
             after=["bulk-5"]).apply(doc)
    assert dumps(doc) != before
    pieces = list(snapshot.pieces())
    assert len(pieces) >= 7  # head, cards seven at a time, tail
    assert "".join(pieces) == before == snapshot.text()


@pytest.mark.parametrize("emotion", [1e-05, None])
def test_a_snapshot_writes_what_dumps_writes(emotion) -> None:
    doc = _many_cards(sample_map(), 3)
    doc = doc.model_copy(update={"cards": [
        doc.cards[0].model_copy(update={"emotion": emotion}), *doc.cards[1:]]})
    assert cjm.Snapshot(doc, cards_per_piece=2).text() == dumps(doc)
    empty = doc.model_copy(update={"cards": []})
    assert cjm.Snapshot(empty).text() == dumps(empty)
