"""The facilitation state in the shared document: writes to different parts merge.

Several writers change the room's state at once (the facilitator's window, phones'
endpoints on the host, a co-facilitator's window). Each writes what it changed from the
state it last read; after the documents exchange their updates, everyone reads every
change that touched a different part: a phone's card kept when the facilitator starts
the timer in the same instant, two phones' votes both counted."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map

from cjdesigner.facilitation import state as fs
from cjdesigner.phone.store import KEY, read_state, write_state

from ..room.helpers import sample_map

SESSION = "session"
MAP = sample_map()


def _replica(client_id: int) -> Doc:
    return Doc(client_id=client_id)


def _sync(docs: list[Doc]) -> None:
    for a in docs:
        for b in docs:
            if a is not b:
                b.apply_update(a.get_update(b.get_state()))


def _write(doc: Doc, new: fs.Facilitation, old: fs.Facilitation | None) -> None:
    session = doc.get(SESSION, type=Map)
    with doc.transaction():
        write_state(session, new, old)


def _read(doc: Doc) -> fs.Facilitation:
    return read_state(doc.get(SESSION, type=Map))


def _started(count: int) -> tuple[list[Doc], fs.Facilitation]:
    """``count`` replicas sharing a room with three participants and an open vote."""
    state = fs.Facilitation()
    for n in range(3):
        state = fs.join(state, f"p{n}", f"Person {n}", 100.0 + n)
    state = fs.open_vote(state, 110.0, budget=5, anonymous=False, per_card=3)
    docs = [_replica(10 + n) for n in range(count)]
    _write(docs[0], state, None)
    _sync(docs)
    return docs, state


def test_a_phone_card_survives_the_facilitators_click_in_the_same_instant() -> None:
    (window, host), base = _started(2)
    assert _read(window) == base
    # the phone's endpoint (on the host) adds a card to the inbox...
    note = fs.Note(id="note-1", author="p1", title="Queue at the desk", created_at=120.0)
    with_note = base.model_copy(update={"notes": {**base.notes, note.id: note}})
    _write(host, with_note, base)
    # ...while the window, not having seen it yet, starts the timer from what it had
    timed = fs.start_timer(base, 121.0)
    _write(window, timed, base)
    _sync([window, host])
    for doc in (window, host):
        merged = _read(doc)
        assert "note-1" in merged.notes, "the phone's card was lost"
        assert merged.countdown.running(), "the facilitator's click was lost"


def test_the_layout_before_is_still_read() -> None:
    doc = _replica(1)
    state = fs.start_timer(fs.Facilitation(), 5.0)
    with doc.transaction():
        doc.get(SESSION, type=Map)[KEY] = json.dumps(fs.to_data(state))
    assert _read(doc) == state
    later = fs.pause_timer(state, 9.0)
    _write(doc, later, state)
    assert _read(doc) == later


def test_bad_entries_are_left_out() -> None:
    (doc,), base = _started(1)
    session = doc.get(SESSION, type=Map)
    with doc.transaction():
        stored = session[KEY]
        stored["participants"]["evil"] = "{not json"
        stored["participants"]["p9"] = json.dumps({"id": "p9", "name": ""})
        stored["countdown"] = "x" * 10
    state = _read(doc)
    assert set(state.participants) == set(base.participants)
    assert state.countdown == fs.Facilitation().countdown


# -- any two or three writers, each changing a different part at once --------------------
Change = tuple[str, int]


def _apply(state: fs.Facilitation, change: Change, voter: str) -> fs.Facilitation:
    kind, n = change
    if kind == "vote":
        card = MAP.cards[n % 4].id
        try:
            return fs.cast_vote(state, MAP, voter, card, 1, 130.0)
        except fs.FacilitationError:  # over the budget or the cap: this change is not made
            return state
    if kind == "note":
        note = fs.Note(id=f"note-{voter}-{n}", author=voter, title=f"Note {n}", created_at=130.0 + n)
        return state.model_copy(update={"notes": {**state.notes, note.id: note}})
    if kind == "join":
        return fs.join(state, f"new-{voter}-{n}", f"New {n}", 140.0)
    if kind == "timer":
        return fs.set_timer(state, 60.0 + n)
    if kind == "spotlight":
        return state.model_copy(update={"spotlight": f"stage-{n}"})
    return fs.set_private(state, bool(n % 2))


PARTS = ["timer", "spotlight", "private"]  # facilitator-only parts: one writer each


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_concurrent_writes_to_different_parts_all_survive(data: st.DataObject) -> None:
    writers = data.draw(st.integers(2, 3))
    docs, base = _started(writers)
    facilitator_part = data.draw(st.sampled_from(PARTS))
    expected = []
    for n, doc in enumerate(docs):
        voter = f"p{n}"
        if n == 0:
            changes = [(facilitator_part, data.draw(st.integers(1, 50)))]
        else:
            changes = data.draw(st.lists(st.tuples(st.sampled_from(["vote", "note", "join"]),
                                                   st.integers(0, 50)), min_size=1, max_size=4))
        state = base
        for change in changes:
            state = _apply(state, change, voter)
            _write(doc, state, _read(doc))
        expected.append((voter, state))
    _sync(docs)
    merged = [_read(doc) for doc in docs]
    assert all(m == merged[0] for m in merged), "the replicas read different states"
    result = merged[0]
    for voter, state in expected:
        assert result.vote is not None and state.vote is not None
        assert result.vote.ballots.get(voter) == state.vote.ballots.get(voter)
        for note_id in state.notes:
            assert note_id in result.notes
        for person in state.participants:
            assert person in result.participants
    facilitator = expected[0][1]
    assert (result.countdown, result.spotlight, result.private) == (
        facilitator.countdown, facilitator.spotlight, facilitator.private)
