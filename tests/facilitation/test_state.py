"""The room's facilitation state: timer, spotlight, vote rounds, private mode, inbox,
participants; pure values, plain data both ways, and what a phone may read."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.facilitation import state as fs
from cjdesigner.facilitation.state import Countdown, Facilitation, FacilitationError
from cjdesigner.facilitation.views import map_view, room_view
from cjdesigner.model import sample

NOW = 1_800_000_000.0
SAMPLE = sample.sample_map()  # read only


@pytest.fixture
def doc():
    return sample.sample_map()


def cell(doc, lane=0, step=0):
    return (doc.lanes[lane].id, doc.step_ids()[step])


def joined(*names: str) -> Facilitation:
    state = Facilitation()
    for i, name in enumerate(names):
        state = fs.join(state, f"p{i}", name, NOW)
    return state


# --------------------------------------------------------------------------- countdown
def test_countdown_runs_pauses_and_goes_on():
    clock = Countdown().set_duration(300)
    assert not clock.running() and clock.remaining(NOW) == 300
    clock = clock.start(NOW)
    assert clock.remaining(NOW + 61) == 239
    clock = clock.pause(NOW + 61)
    assert not clock.running()
    assert clock.remaining(NOW + 1000) == 239  # paused: time does not pass
    clock = clock.start(NOW + 2000)
    assert clock.remaining(NOW + 2039) == 200
    assert clock.finished(NOW + 2300) and clock.remaining(NOW + 9999) == 0
    again = clock.start(NOW + 3000)  # started after time was up: from the top
    assert again is clock  # still running: start does nothing
    restarted = clock.pause(NOW + 3000).start(NOW + 3001)
    assert restarted.remaining(NOW + 3001) == 300


def test_countdown_toggle_extend_and_reset():
    clock = Countdown().set_duration(120).toggle(NOW)
    assert clock.running()
    clock = clock.extend(60, NOW + 20)  # one more minute while it runs
    assert clock.running() and clock.remaining(NOW + 20) == pytest.approx(160)
    clock = clock.toggle(NOW + 30)
    assert not clock.running() and clock.remaining(NOW + 99) == pytest.approx(150)
    clock = clock.extend(-1000, NOW + 99)
    assert clock.remaining(NOW) == 0
    assert clock.reset().remaining(NOW) == 120  # back to what was set
    assert not clock.reset().running()


@pytest.mark.parametrize("bad", [0, -5, 0.4, 12 * 3600 + 1, float("nan"), float("inf")])
def test_countdown_refuses_silly_durations(bad):
    with pytest.raises(FacilitationError, match="1 second to 12 hours"):
        Countdown().set_duration(bad)


@pytest.mark.parametrize(("seconds", "text"), [
    (0, "0:00"), (0.2, "0:01"), (59.5, "1:00"), (300, "5:00"), (3723, "1:02:03"),
    (-3, "0:00"),
])
def test_format_clock(seconds, text):
    assert fs.format_clock(seconds) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["start", "pause", "toggle", "extend"]),
                          st.floats(0, 600), st.floats(-900, 900)), max_size=30))
def test_countdown_never_goes_below_zero_or_past_its_duration(steps):
    clock = Countdown().set_duration(600)
    now = NOW
    for op, dt, extra in steps:
        now += dt
        if op == "extend":
            clock = clock.extend(extra, now)
        else:
            clock = getattr(clock, op)(now)
        assert 0 <= clock.remaining(now) <= clock.duration <= fs.MAX_DURATION
        if not clock.running():  # a paused clock holds still
            assert clock.remaining(now + 500) == clock.remaining(now)
        Countdown.model_validate(clock.model_dump(mode="json"))


# --------------------------------------------------------------------------- spotlight, flags
def test_spotlight_walks_the_stages_and_back_to_the_whole_map(doc):
    ids = [s.id for s in doc.stages]
    state = Facilitation()
    seen = []
    for _ in range(len(ids) + 1):
        state = fs.step_spotlight(state, doc, 1)
        seen.append(state.spotlight)
    assert seen == [*ids, None]
    assert fs.step_spotlight(Facilitation(), doc, -1).spotlight == ids[-1]
    assert fs.spotlight(state, doc, ids[1]).spotlight == ids[1]
    with pytest.raises(FacilitationError, match="not on the map"):
        fs.spotlight(state, doc, "stage-nope")


def test_private_lanes_must_exist(doc):
    state = fs.set_private_lanes(Facilitation(), doc, [doc.lanes[0].id, doc.lanes[0].id])
    assert state.private_lanes == (doc.lanes[0].id,)
    with pytest.raises(FacilitationError):
        fs.set_private_lanes(state, doc, ["lane-made-up"])


# --------------------------------------------------------------------------- participants and cards
def test_a_name_is_cleaned_and_needed():
    state = fs.join(Facilitation(), "p1", "  Ana\n\t<b>Lima</b>\x00 ", NOW)
    assert state.participants["p1"].name == "Ana <b>Lima</b>"  # text, kept as typed
    renamed = fs.join(state, "p1", "Ana L.", NOW + 50)
    assert renamed.participants["p1"].name == "Ana L."
    assert renamed.participants["p1"].joined_at == NOW
    with pytest.raises(FacilitationError, match="Type a name"):
        fs.join(state, "p2", " \n ", NOW)
    assert len(fs.join(state, "p3", "x" * 500, NOW).participants["p3"].name) == fs.MAX_NAME


def test_a_card_into_a_cell_is_an_edit_for_the_map(doc):
    state = joined("Ana")
    before = len(doc.cards)
    after_state, edit = fs.submit_card(state, doc, "p0", "Waited 20 min on hold", cell(doc, 1, 2), NOW)
    assert after_state == state and edit is not None
    edit.apply(doc)
    assert len(doc.cards) == before + 1
    added = doc.cards_in(*cell(doc, 1, 2))[-1]  # at the end of its cell
    assert added.title == "Waited 20 min on hold"


def test_cards_need_a_member_words_and_an_open_cell(doc):
    state = fs.set_private_lanes(joined("Ana"), doc, [doc.lanes[0].id])
    with pytest.raises(FacilitationError, match="name first"):
        fs.submit_card(state, doc, "stranger", "hi", cell(doc, 1), NOW)
    with pytest.raises(FacilitationError, match="some words"):
        fs.submit_card(state, doc, "p0", " \n ", cell(doc, 1), NOW)
    with pytest.raises(FacilitationError, match="not open"):
        fs.submit_card(state, doc, "p0", "hi", cell(doc, 0), NOW)  # the private lane
    with pytest.raises(FacilitationError, match="not open"):
        fs.submit_card(state, doc, "p0", "hi", ("lane-x", doc.step_ids()[0]), NOW)
    with pytest.raises(FacilitationError, match="step"):
        fs.submit_card(state, doc, "p0", "hi", (doc.lanes[1].id, "step-x"), NOW)


def test_inbox_then_approval_puts_the_card_where_the_facilitator_says(doc):
    state = joined("Ana")
    state, edit = fs.submit_card(state, doc, "p0", "No idea where", None, NOW)
    assert edit is None
    [note] = state.inbox()
    state2, approve = fs.approve_note(state, doc, note.id, cell(doc, 2, 1))
    assert state2.notes == {}
    approve.apply(doc)
    assert doc.cards_in(*cell(doc, 2, 1))[-1].title == "No idea where"
    with pytest.raises(FacilitationError, match="no longer"):
        fs.approve_note(state2, doc, note.id, cell(doc))
    with pytest.raises(FacilitationError, match="Choose a cell"):
        fs.approve_note(state, doc, note.id)
    assert fs.reject_note(state, note.id).notes == {}


def test_moderated_room_sends_every_card_to_the_inbox(doc):
    state = fs.set_moderated(joined("Ana"), True)
    state, edit = fs.submit_card(state, doc, "p0", "Needs a look", cell(doc, 1, 1), NOW)
    assert edit is None
    [note] = state.inbox()
    assert note.cell() == cell(doc, 1, 1)
    _, approve = fs.approve_note(state, doc, note.id)  # the cell it asked for
    approve.apply(doc)
    assert doc.cards_in(*cell(doc, 1, 1))[-1].title == "Needs a look"


def test_private_mode_hides_notes_until_revealed_together(doc):
    state = fs.set_private(joined("Ana", "Ben"), True)
    state, e1 = fs.submit_card(state, doc, "p0", "Ana's secret", cell(doc, 1, 0), NOW)
    state, e2 = fs.submit_card(state, doc, "p1", "Ben's secret", cell(doc, 1, 0), NOW + 1)
    state, e3 = fs.submit_card(state, doc, "p1", "Ben, no cell", None, NOW + 2)
    assert (e1, e2, e3) == (None, None, None)
    assert [n.title for n in state.hidden()] == ["Ana's secret", "Ben's secret", "Ben, no cell"]
    # each phone sees its own notes, never the others'
    ana = json.dumps(room_view(state, doc, "p0", NOW))
    assert "Ana's secret" in ana and "Ben" not in ana
    before = len(doc.cards)
    revealed, edit = fs.reveal_notes(state, doc)
    assert not revealed.private
    edit.apply(doc)  # one edit: both at once
    assert len(doc.cards) == before + 2
    assert [c.title for c in doc.cards_in(*cell(doc, 1, 0))][-2:] == ["Ana's secret", "Ben's secret"]
    assert [n.title for n in revealed.inbox()] == ["Ben, no cell"]


def test_each_participant_has_a_limit_on_waiting_notes(doc):
    state = joined("Ana")
    for i in range(fs.MAX_NOTES_EACH):
        state, _ = fs.submit_card(state, doc, "p0", f"n{i}", None, NOW)
    with pytest.raises(FacilitationError, match="many cards waiting"):
        fs.submit_card(state, doc, "p0", "one too many", None, NOW)


# --------------------------------------------------------------------------- votes
def test_vote_round_budget_per_card_reveal_reset(doc):
    a, b, c = (card.id for card in doc.cards[:3])
    state = fs.open_vote(joined("Ana", "Ben"), NOW, budget=3, per_card=2, anonymous=False)
    state = fs.cast_vote(state, doc, "p0", a, 1, NOW)
    state = fs.cast_vote(state, doc, "p0", a, 1, NOW)
    with pytest.raises(FacilitationError, match="At most 2"):
        fs.cast_vote(state, doc, "p0", a, 1, NOW)
    state = fs.cast_vote(state, doc, "p0", b, 1, NOW)
    with pytest.raises(FacilitationError, match="used all"):
        fs.cast_vote(state, doc, "p0", c, 1, NOW)
    state = fs.cast_vote(state, doc, "p0", b, -1, NOW)  # take one back, spend it elsewhere
    state = fs.cast_vote(state, doc, "p0", c, 1, NOW)
    state = fs.cast_vote(state, doc, "p1", c, 1, NOW)
    with pytest.raises(FacilitationError, match="no vote on that card"):
        fs.cast_vote(state, doc, "p1", a, -1, NOW)
    assert state.vote.tally() == {a: 2, c: 2}
    view = room_view(state, doc, "p1", NOW)["vote"]
    assert view["tally"] is None and view["voters"] is None  # not before the reveal
    assert view["mine"] == {c: 1} and view["left"] == 2
    state = fs.reveal_vote(state)
    view = room_view(state, doc, "p1", NOW)["vote"]
    assert view["tally"] == {a: 2, c: 2}
    assert view["voters"] == {a: ["Ana"], c: ["Ana", "Ben"]}
    with pytest.raises(FacilitationError, match="closed"):
        fs.cast_vote(state, doc, "p1", a, 1, NOW)
    record = fs.record_vote(state, doc)
    votes_before = doc.find_card(a).votes
    record.apply(doc)
    assert doc.find_card(a).votes == votes_before + 2
    reset = fs.reset_vote(state)
    assert reset.vote.ballots == {} and reset.vote.status == "open"
    assert reset.vote.budget == 3 and reset.vote.id != state.vote.id


def test_anonymous_rounds_never_name_voters(doc):
    a = doc.cards[0].id
    state = fs.open_vote(joined("Ana"), NOW, budget=2)
    state = fs.reveal_vote(fs.cast_vote(state, doc, "p0", a, 1, NOW))
    view = room_view(state, doc, "p0", NOW)["vote"]
    assert view["tally"] == {a: 1} and view["voters"] is None
    assert state.vote.voters_of(a) == []


def test_timed_rounds_close_by_the_clock(doc):
    a = doc.cards[0].id
    state = fs.open_vote(joined("Ana"), NOW, budget=2, seconds=60)
    state = fs.cast_vote(state, doc, "p0", a, 1, NOW + 59)
    with pytest.raises(FacilitationError, match="closed"):
        fs.cast_vote(state, doc, "p0", a, 1, NOW + 60)
    assert room_view(state, doc, "p0", NOW + 30)["vote"]["closes_in"] == 30


def test_votes_only_on_visible_cards_and_by_members(doc):
    state = fs.open_vote(joined("Ana"), NOW)
    secret = next(c for c in doc.cards if c.lane_id == doc.lanes[0].id)
    state = fs.set_private_lanes(state, doc, [doc.lanes[0].id])
    with pytest.raises(FacilitationError, match="not on the map"):
        fs.cast_vote(state, doc, "p0", secret.id, 1, NOW)
    with pytest.raises(FacilitationError, match="not on the map"):
        fs.cast_vote(state, doc, "p0", "card-nope", 1, NOW)
    with pytest.raises(FacilitationError, match="name first"):
        fs.cast_vote(state, doc, "nobody", doc.cards[-1].id, 1, NOW)
    with pytest.raises(FacilitationError, match="One vote"):
        fs.cast_vote(state, doc, "p0", doc.cards[-1].id, 5, NOW)
    with pytest.raises(FacilitationError, match="No vote round"):
        fs.reveal_vote(fs.end_vote(state))
    with pytest.raises(FacilitationError, match="budget"):
        fs.open_vote(state, NOW, budget=0)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from([1, -1])),
                max_size=60), st.integers(1, 6), st.integers(1, 6))
def test_nobody_ever_spends_more_than_the_budget(moves, budget, per_card):
    doc = SAMPLE
    cards = [c.id for c in doc.cards[:3]]
    state = fs.open_vote(joined("A", "B", "C", "D"), NOW, budget=budget, per_card=per_card)
    for voter, card, delta in moves:
        with contextlib.suppress(FacilitationError):
            state = fs.cast_vote(state, doc, f"p{voter}", cards[card], delta, NOW)
        for ballot in state.vote.ballots.values():
            assert sum(ballot.values()) <= budget
            assert all(1 <= n <= min(budget, per_card) for n in ballot.values())
    assert sum(state.vote.tally().values()) == sum(
        sum(b.values()) for b in state.vote.ballots.values())


# --------------------------------------------------------------------------- plain data
def _busy_state(doc) -> Facilitation:
    state = joined("Ana <script>", "Ben")
    state = fs.set_private(state, True)
    state, _ = fs.submit_card(state, doc, "p0", "hidden one", cell(doc, 1), NOW)
    state = fs.set_private(state, False)
    state, _ = fs.submit_card(state, doc, "p1", "inbox one", None, NOW)
    state = fs.open_vote(state, NOW, budget=4, anonymous=False, seconds=90)
    state = fs.cast_vote(state, doc, "p0", doc.cards[1].id, 1, NOW)
    state = fs.spotlight(state, doc, doc.stages[1].id)
    state = fs.set_private_lanes(state, doc, [doc.lanes[-1].id])
    return fs.start_timer(fs.set_timer(state, 420), NOW)


def test_plain_data_round_trip(doc):
    state = _busy_state(doc)
    data = fs.to_data(state)
    text = json.dumps(data)  # plain JSON only
    assert fs.from_data(json.loads(text)) == state
    assert fs.from_data({}) == Facilitation()
    assert fs.from_data("nonsense") == Facilitation()  # type: ignore[arg-type]


def test_bad_entries_from_a_peer_are_dropped_not_fatal(doc):
    data = fs.to_data(_busy_state(doc))
    good_notes = set(data["notes"])
    data["notes"]["note-evil"] = {"id": "note-evil", "author": "p0", "title": "x" * 10_000}
    data["notes"]["note-liar"] = {**next(iter(data["notes"].values())), "id": "other"}
    data["participants"]["p9"] = {"id": "p9", "name": ""}
    data["countdown"] = {"duration": -5}
    data["vote"]["ballots"]["p1"] = {data["vote"]["ballots"]["p0"].popitem()[0]: 99}
    data["private_lanes"] = ["not an id!"]
    data["unknown_key"] = 1
    state = fs.from_data(data)
    assert set(state.notes) == good_notes  # the good ones stay, the bad ones go
    assert set(state.participants) == {"p0", "p1"}
    assert "p9" not in state.participants
    assert state.countdown == Countdown() and state.vote is None
    assert state.private_lanes == ()


def test_the_map_view_leaves_out_private_lanes(doc):
    state = fs.set_private_lanes(Facilitation(), doc, [doc.lanes[0].id])
    view = map_view(state, doc)
    assert doc.lanes[0].id not in {lane["id"] for lane in view["lanes"]}
    assert all(card["lane"] != doc.lanes[0].id for card in view["cards"])
    assert {c["id"] for c in view["cards"]} == {
        c.id for c in doc.cards if c.lane_id != doc.lanes[0].id}
    assert set(view["cards"][0]) == {"id", "title", "lane", "step"}  # titles only
