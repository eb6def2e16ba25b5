"""The quick way in for a file as cjdesigner writes it (``cjm._canonical``) accepts
exactly what the full path accepts: the same map, and every file it does not vouch for
byte for byte goes the full way, which names the problem. The save's own check
(``cjm.save_problems``) refuses what loading would refuse."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.fileio import LoadError, SaveError, cjm, dumps, load, loads, save
from cjdesigner.model import SCHEMA_VERSION, Card
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
    lambda raw: raw.replace(f'"schema_version": {SCHEMA_VERSION}'.encode(),
                            f'"schema_version":{SCHEMA_VERSION}'.encode(), 1),
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


def _with_conflict(doc):
    from cjdesigner.model import Conflict, ItemKind

    conflict = Conflict(id="conflict-1", kind=ItemKind.CARD, item_id=doc.cards[0].id,
                        field="emotion", base=1.5, ours={"a": [1, "x:y"]}, theirs=None)
    return doc.model_copy(update={"conflicts": [conflict]})


@pytest.mark.parametrize("spelling", [b"Infinity", b"-Infinity", b"NaN", b"1e400"])
def test_a_non_finite_number_in_a_conflict_goes_the_full_way(spelling: bytes) -> None:
    # pydantic's JSON validator takes these in a JSON value; the full path refuses them
    raw = dumps(_with_conflict(sample_map())).encode("utf-8")
    hostile = raw.replace(b'"base": 1.5', b'"base": ' + spelling, 1)
    assert hostile != raw
    assert cjm._canonical(hostile) is None
    with pytest.raises(LoadError):
        loads(hostile)


# Edits a hostile file could make to a file as cjdesigner writes it: the quick way in
# must never accept what the full path refuses, nor read it differently.
_SNIPPETS = [b'"title": "Again",\n', b'\\u0022', b'\\u003a', b'\\/', b"NaN", b"Infinity",
             b"1e400", b" ", b"\n", b"\t", b",", b'"', b"\\", b"\xed\xa0\x80", b"\\ud800",
             b'"a": 1, "a": 2', b"}", b"{", b"1.0", b"-0", b"\x00", b"\xef\xbb\xbf"]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(where=st.floats(0, 1), cut=st.integers(0, 12), snippet=st.sampled_from(_SNIPPETS),
       again=st.booleans())
def test_the_quick_way_in_reads_what_the_full_path_reads(where: float, cut: int,
                                                         snippet: bytes, again: bool) -> None:
    raw = dumps(_with_conflict(_awkward_map())).encode("utf-8")
    at = int(where * len(raw))
    hostile = raw[:at] + snippet + raw[at + cut:]
    if again:  # the same line twice: a key twice in canonical layout
        start = raw.rfind(b"\n", 0, at) + 1
        end = raw.find(b"\n", at) + 1
        hostile = raw[:end] + raw[start:end] + raw[end:]
    quick = cjm._canonical(hostile)
    if quick is None:
        return
    full = loads(hostile.decode("utf-8"))  # text: always the full path
    assert quick == full
    assert dumps(quick) == dumps(full)


@pytest.mark.parametrize("emotion", [None, 1.5, 1e-05, -0.0])
def test_dumps_bytes_are_dumps_in_utf8(emotion) -> None:
    doc = _with_conflict(_many_cards(_awkward_map(), 5))
    doc = doc.model_copy(update={"cards": [
        doc.cards[0].model_copy(update={"emotion": emotion}), *doc.cards[1:]]})
    assert cjm.dumps_bytes(doc) == dumps(doc).encode("utf-8")
