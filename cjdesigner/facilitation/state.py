"""The room's facilitation state as plain, frozen values: no Qt, no network, no clock.

One :class:`Facilitation` value holds what a facilitator runs on the projector and what
the phones see: the countdown (:class:`Countdown`), the stage in the spotlight, the
vote round (:class:`VoteRound`), private mode and the notes it keeps hidden
(:class:`Note`), the inbox of cards waiting for approval, whether the map is unlocked
for editing on the projector, the lanes the facilitator keeps from the phones and the
participants (a name each, asked once).

Every operation is a pure function: it takes a state (and ``now``, seconds since the
epoch, so that clocks are the caller's business and tests are exact) and returns a new
state, or raises :class:`FacilitationError` with a sentence a person can read. Those
that change the map return the model edit as well (approving a note, revealing the
private notes, recording a vote round); the caller applies it through the one writer.

``to_data`` gives plain JSON data, one entry per top-level key, so the state can live in
a shared Yjs map (notes, participants and ballots keyed by id, so two writers touching
different notes do not overwrite each other); ``from_data`` reads it back and validates
everything (data from a peer is untrusted), dropping entries that do not fit.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cjdesigner.model import Card, JourneyMap, edits, planning

#: longest countdown the facilitator may set, in seconds (a whole workshop day)
MAX_DURATION = 12 * 3600
MAX_NAME = 40
MAX_TITLE = 200
MAX_DETAIL = 1_000
MAX_BUDGET = 50
MAX_PARTICIPANTS = 300
MAX_NOTES = 5_000
#: notes one participant may have waiting (hidden or in the inbox) at once
MAX_NOTES_EACH = 100

PlainId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]
Seconds = Annotated[float, Field(ge=0, le=MAX_DURATION)]
Epoch = Annotated[float, Field(ge=0, le=1e11)]


class FacilitationError(ValueError):
    """A request that does not fit the room's state; the message says why, plainly."""


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


def new_token(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(6)}"


def clean_text(text: str, limit: int) -> str:
    """One line of participant text: control characters out, spaces collapsed, trimmed.
    Markup is *not* removed here: it is text, and every view writes it as text."""
    kept = "".join(ch if ch.isprintable() else " " for ch in text)
    return " ".join(kept.split())[:limit]


# --------------------------------------------------------------------------- countdown
class Countdown(Frozen):
    """A timer that counts ``duration`` seconds down; it can pause and go on.

    While running, ``started_at`` is the wall-clock time of the last start and
    ``spent`` the seconds used before it; paused, ``started_at`` is None. ``preset`` is
    the duration the facilitator set (a reset goes back to it, whatever was added)."""

    duration: Seconds = 300.0
    preset: Seconds = 300.0
    spent: Seconds = 0.0
    started_at: Epoch | None = None

    def running(self) -> bool:
        return self.started_at is not None

    def used(self, now: float) -> float:
        extra = 0.0 if self.started_at is None else max(0.0, now - self.started_at)
        return min(self.duration, self.spent + extra)

    def remaining(self, now: float) -> float:
        return max(0.0, self.duration - self.used(now))

    def finished(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    def start(self, now: float) -> Countdown:
        if self.running():
            return self
        if self.finished(now):  # start again from the top after time was up
            return self.model_copy(update={"spent": 0.0, "started_at": now})
        return self.model_copy(update={"started_at": now})

    def pause(self, now: float) -> Countdown:
        if not self.running():
            return self
        return self.model_copy(update={"spent": self.used(now), "started_at": None})

    def toggle(self, now: float) -> Countdown:
        return self.pause(now) if self.running() and not self.finished(now) else self.start(now)

    def set_duration(self, seconds: float) -> Countdown:
        """A fresh, paused countdown of ``seconds`` (1 s … 12 h)."""
        if not math.isfinite(seconds) or not 1 <= seconds <= MAX_DURATION:
            raise FacilitationError("A timer runs from 1 second to 12 hours.")
        return Countdown(duration=float(round(seconds)), preset=float(round(seconds)))

    def extend(self, seconds: float, now: float) -> Countdown:
        """More (or, negative, less) time on the running or paused clock."""
        if not math.isfinite(seconds):
            raise FacilitationError("That is not a number of seconds.")
        remaining = min(MAX_DURATION, max(0.0, self.remaining(now) + seconds))
        used = self.used(now)
        duration = min(MAX_DURATION, used + remaining)
        restart = now if self.running() else None
        return Countdown(duration=duration, preset=self.preset, spent=min(used, duration),
                         started_at=restart)

    def reset(self) -> Countdown:
        """Paused, back at the duration set last."""
        return Countdown(duration=self.preset, preset=self.preset)


def format_clock(seconds: float) -> str:
    """``4:05``, ``25:00``, ``1:02:03``: seconds rounded up, so 0:00 means time is up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# --------------------------------------------------------------------------- people and notes
class Participant(Frozen):
    id: PlainId
    name: Annotated[str, Field(min_length=1, max_length=MAX_NAME)]
    joined_at: Epoch = 0.0


NoteState = Literal["inbox", "hidden"]


class Note(Frozen):
    """A card a participant wrote that is not on the map yet: waiting in the inbox for
    the facilitator's approval, or hidden by private mode until the reveal."""

    id: PlainId
    author: PlainId
    title: Annotated[str, Field(min_length=1, max_length=MAX_TITLE)]
    detail: Annotated[str, Field(max_length=MAX_DETAIL)] = ""
    lane_id: PlainId | None = None
    step_id: PlainId | None = None
    state: NoteState = "inbox"
    created_at: Epoch = 0.0

    def cell(self) -> tuple[str, str] | None:
        if self.lane_id is None or self.step_id is None:
            return None
        return (self.lane_id, self.step_id)


# --------------------------------------------------------------------------- vote rounds
RoundStatus = Literal["open", "closed", "revealed"]


class VoteRound(Frozen):
    """Dot voting: each participant spends up to ``budget`` votes on cards (several on
    one card, up to ``per_card``). Anonymous rounds never show who voted for what.
    ``closes_at`` (when timed) ends voting by the clock; ``revealed`` shows the tally."""

    id: PlainId
    budget: Annotated[int, Field(ge=1, le=MAX_BUDGET)] = 5
    per_card: Annotated[int, Field(ge=1, le=MAX_BUDGET)] = 5
    anonymous: bool = True
    status: RoundStatus = "open"
    closes_at: Epoch | None = None
    #: voter id → card id → votes (only positive counts are kept)
    ballots: dict[PlainId, dict[PlainId, Annotated[int, Field(ge=1, le=MAX_BUDGET)]]] = Field(
        default_factory=dict, max_length=MAX_PARTICIPANTS + 50
    )

    @field_validator("ballots")
    @classmethod
    def _within_budget(cls, value: dict[str, dict[str, int]], info: Any) -> dict[str, dict[str, int]]:
        budget = info.data.get("budget", MAX_BUDGET)
        for voter, ballot in value.items():
            if sum(ballot.values()) > budget:
                raise ValueError(f"{voter} spent more than the budget")
        return value

    def accepting(self, now: float) -> bool:
        return self.status == "open" and (self.closes_at is None or now < self.closes_at)

    def spent(self, voter: str) -> int:
        return sum(self.ballots.get(voter, {}).values())

    def tally(self) -> dict[str, int]:
        """card id → votes, highest first (ties by card id, so it is stable)."""
        totals: dict[str, int] = {}
        for ballot in self.ballots.values():
            for card, votes in ballot.items():
                totals[card] = totals.get(card, 0) + votes
        return dict(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))

    def voters_of(self, card_id: str) -> list[str]:
        """Who voted for a card (empty for anonymous rounds: nobody may know)."""
        if self.anonymous:
            return []
        return sorted(v for v, ballot in self.ballots.items() if ballot.get(card_id))


# --------------------------------------------------------------------------- the whole room
class Facilitation(Frozen):
    countdown: Countdown = Field(default_factory=Countdown)
    spotlight: PlainId | None = None
    private: bool = False
    #: every phone card waits in the inbox for approval, whatever cell it names
    moderated: bool = False
    #: the projector's map may be edited (presentation mode is read-only otherwise)
    unlocked: bool = False
    #: lanes phones never see nor write to (the facilitator's own notes)
    private_lanes: tuple[PlainId, ...] = Field(default=(), max_length=200)
    vote: VoteRound | None = None
    notes: dict[PlainId, Note] = Field(default_factory=dict, max_length=MAX_NOTES)
    participants: dict[PlainId, Participant] = Field(
        default_factory=dict, max_length=MAX_PARTICIPANTS
    )

    # -- lookups ------------------------------------------------------------------
    def inbox(self) -> list[Note]:
        return sorted((n for n in self.notes.values() if n.state == "inbox"),
                      key=lambda n: n.created_at)

    def hidden(self) -> list[Note]:
        return sorted((n for n in self.notes.values() if n.state == "hidden"),
                      key=lambda n: n.created_at)

    def name_of(self, participant_id: str) -> str:
        person = self.participants.get(participant_id)
        return person.name if person is not None else "Someone"

    def _with(self, **changes: Any) -> Facilitation:
        return self.model_copy(update=changes)


# --------------------------------------------------------------------------- facilitator's controls
def start_timer(state: Facilitation, now: float) -> Facilitation:
    return state._with(countdown=state.countdown.start(now))


def pause_timer(state: Facilitation, now: float) -> Facilitation:
    return state._with(countdown=state.countdown.pause(now))


def toggle_timer(state: Facilitation, now: float) -> Facilitation:
    return state._with(countdown=state.countdown.toggle(now))


def set_timer(state: Facilitation, seconds: float) -> Facilitation:
    return state._with(countdown=state.countdown.set_duration(seconds))


def extend_timer(state: Facilitation, seconds: float, now: float) -> Facilitation:
    return state._with(countdown=state.countdown.extend(seconds, now))


def reset_timer(state: Facilitation) -> Facilitation:
    return state._with(countdown=state.countdown.reset())


def spotlight(state: Facilitation, doc: JourneyMap, stage_id: str | None) -> Facilitation:
    if stage_id is not None and stage_id not in {s.id for s in doc.stages}:
        raise FacilitationError("That stage is not on the map.")
    return state._with(spotlight=stage_id)


def step_spotlight(state: Facilitation, doc: JourneyMap, delta: int) -> Facilitation:
    """The next (``delta`` 1) or previous (−1) stage in the spotlight; from none, the
    first or last; past either end, none (the whole map)."""
    ids = [s.id for s in doc.stages]
    if not ids:
        return state._with(spotlight=None)
    if state.spotlight not in ids:
        return state._with(spotlight=ids[0] if delta > 0 else ids[-1])
    index = ids.index(state.spotlight) + delta
    return state._with(spotlight=ids[index] if 0 <= index < len(ids) else None)


def set_private(state: Facilitation, private: bool) -> Facilitation:
    return state._with(private=private)


def set_moderated(state: Facilitation, moderated: bool) -> Facilitation:
    return state._with(moderated=moderated)


def set_unlocked(state: Facilitation, unlocked: bool) -> Facilitation:
    return state._with(unlocked=unlocked)


def set_private_lanes(state: Facilitation, doc: JourneyMap, lane_ids: list[str]) -> Facilitation:
    known = {lane.id for lane in doc.lanes}
    unknown = [lane for lane in lane_ids if lane not in known]
    if unknown:
        raise FacilitationError("That lane is not on the map.")
    return state._with(private_lanes=tuple(dict.fromkeys(lane_ids)))


def open_vote(
    state: Facilitation,
    now: float,
    budget: int = 5,
    anonymous: bool = True,
    seconds: float | None = None,
    per_card: int | None = None,
) -> Facilitation:
    """A new vote round (the previous one's ballots are gone)."""
    if not 1 <= budget <= MAX_BUDGET:
        raise FacilitationError(f"A vote budget is 1 to {MAX_BUDGET} votes each.")
    if seconds is not None and (not math.isfinite(seconds) or not 1 <= seconds <= MAX_DURATION):
        raise FacilitationError("A timed round lasts from 1 second to 12 hours.")
    round_ = VoteRound(
        id=new_token("vote"),
        budget=budget,
        per_card=min(budget, per_card if per_card is not None else budget),
        anonymous=anonymous,
        closes_at=None if seconds is None else now + seconds,
    )
    return state._with(vote=round_)


def _round(state: Facilitation) -> VoteRound:
    if state.vote is None:
        raise FacilitationError("No vote round is running.")
    return state.vote


def close_vote(state: Facilitation) -> Facilitation:
    return state._with(vote=_round(state).model_copy(update={"status": "closed"}))


def reveal_vote(state: Facilitation) -> Facilitation:
    return state._with(vote=_round(state).model_copy(update={"status": "revealed"}))


def reset_vote(state: Facilitation) -> Facilitation:
    """The same round again, every ballot empty, open for voting."""
    vote = _round(state)
    return state._with(vote=vote.model_copy(update={"ballots": {}, "status": "open",
                                                    "id": new_token("vote")}))


def end_vote(state: Facilitation) -> Facilitation:
    return state._with(vote=None)


def record_vote(state: Facilitation, doc: JourneyMap) -> edits.Edit | None:
    """The edit that adds a revealed round's tally to the cards' vote counts (None when
    nothing to add); cards removed since are skipped."""
    vote = _round(state)
    if vote.status != "revealed":
        raise FacilitationError("Reveal the votes before recording them on the map.")
    present = {c.id: c for c in doc.cards}
    parts: list[edits.Edit] = [
        edits.SetFields(target="card", ident=card_id,
                        changes={"votes": min(1_000_000, present[card_id].votes + votes)})
        for card_id, votes in vote.tally().items()
        if card_id in present
    ]
    if not parts:
        return None
    return edits.Batch(edits=parts, text="Record vote round")


def approve_note(
    state: Facilitation, doc: JourneyMap, note_id: str,
    cell: tuple[str, str] | None = None,
) -> tuple[Facilitation, edits.Edit]:
    """Take a note from the inbox onto the map, into ``cell`` or the cell it names."""
    note = state.notes.get(note_id)
    if note is None or note.state != "inbox":
        raise FacilitationError("That note is no longer in the inbox.")
    target = cell or note.cell()
    if target is None:
        raise FacilitationError("Choose a cell for this note.")
    edit = _add_cards(doc, [(note, target)], "Approve card")
    notes = {k: v for k, v in state.notes.items() if k != note_id}
    return state._with(notes=notes), edit


def reject_note(state: Facilitation, note_id: str) -> Facilitation:
    if note_id not in state.notes:
        raise FacilitationError("That note is gone already.")
    return state._with(notes={k: v for k, v in state.notes.items() if k != note_id})


def reveal_notes(state: Facilitation, doc: JourneyMap) -> tuple[Facilitation, edits.Edit | None]:
    """Private mode ends: every hidden note at once, onto the map where it names a cell
    that still exists, else into the inbox. Returns the new state (not private) and the
    one edit that adds them all (None when no note goes onto the map)."""
    lanes = {lane.id for lane in doc.lanes} - set(state.private_lanes)
    steps = set(doc.step_ids())
    placed: list[tuple[Note, tuple[str, str]]] = []
    notes = dict(state.notes)
    for note in state.hidden():
        cell = note.cell()
        if cell is not None and cell[0] in lanes and cell[1] in steps and not state.moderated:
            placed.append((note, cell))
            del notes[note.id]
        else:
            notes[note.id] = note.model_copy(update={"state": "inbox"})
    edit = _add_cards(doc, placed, "Reveal private notes") if placed else None
    return state._with(notes=notes, private=False), edit


def _add_cards(doc: JourneyMap, placed: list[tuple[Note, tuple[str, str]]], text: str) -> edits.Edit:
    """One edit adding each note as a card at the end of its cell, in order."""
    lanes = {lane.id for lane in doc.lanes}
    steps = set(doc.step_ids())
    cards: list[Card] = []
    for note, (lane_id, step_id) in placed:
        if lane_id not in lanes or step_id not in steps:
            raise FacilitationError("That cell is not on the map any more.")
        cards.append(Card(lane_id=lane_id, step_id=step_id, title=note.title,
                          description=note.detail))
    return planning.add_cards(doc, cards, text=text)


# --------------------------------------------------------------------------- participants' requests
def join(state: Facilitation, participant_id: str, name: str, now: float) -> Facilitation:
    """A participant gives (or changes) their name."""
    cleaned = clean_text(name, MAX_NAME)
    if not cleaned:
        raise FacilitationError("Type a name, so the room knows whose cards these are.")
    known = state.participants.get(participant_id)
    if known is None and len(state.participants) >= MAX_PARTICIPANTS:
        raise FacilitationError("The room is full.")
    person = Participant(id=participant_id, name=cleaned,
                         joined_at=known.joined_at if known else now)
    return state._with(participants={**state.participants, participant_id: person})


def _member(state: Facilitation, participant_id: str) -> Participant:
    person = state.participants.get(participant_id)
    if person is None:
        raise FacilitationError("Say your name first.")
    return person


def submit_card(
    state: Facilitation,
    doc: JourneyMap,
    participant_id: str,
    title: str,
    cell: tuple[str, str] | None,
    now: float,
    detail: str = "",
) -> tuple[Facilitation, edits.Edit | None]:
    """A participant's card. Straight onto the map (the returned edit) when it names a
    cell, the room is neither private nor moderated; else a note waiting in the inbox
    (no cell, or moderated) or hidden (private mode) until the facilitator acts."""
    _member(state, participant_id)
    clean_title = clean_text(title, MAX_TITLE)
    if not clean_title:
        raise FacilitationError("A card needs some words.")
    clean_detail = clean_text(detail, MAX_DETAIL)
    if cell is not None:
        lane_id, step_id = cell
        if lane_id in state.private_lanes or lane_id not in {lane.id for lane in doc.lanes}:
            raise FacilitationError("That lane is not open for cards.")
        if step_id not in set(doc.step_ids()):
            raise FacilitationError("That step is not on the map.")
    if not state.private and not state.moderated and cell is not None:
        note = Note(id=new_token("note"), author=participant_id, title=clean_title,
                    detail=clean_detail, lane_id=cell[0], step_id=cell[1], created_at=now)
        return state, _add_cards(doc, [(note, cell)], "Card from a participant")
    waiting = [n for n in state.notes.values() if n.author == participant_id]
    if len(waiting) >= MAX_NOTES_EACH:
        raise FacilitationError("You have many cards waiting; wait for the facilitator.")
    if len(state.notes) >= MAX_NOTES:
        raise FacilitationError("The inbox is full; wait for the facilitator.")
    note = Note(
        id=new_token("note"), author=participant_id, title=clean_title, detail=clean_detail,
        lane_id=cell[0] if cell else None, step_id=cell[1] if cell else None,
        state="hidden" if state.private else "inbox", created_at=now,
    )
    return state._with(notes={**state.notes, note.id: note}), None


def cast_vote(
    state: Facilitation, doc: JourneyMap, participant_id: str, card_id: str, delta: int,
    now: float,
) -> Facilitation:
    """One more (``delta`` 1) or one fewer (−1) vote on a card, within the budget."""
    _member(state, participant_id)
    vote = state.vote
    if vote is None or not vote.accepting(now):
        raise FacilitationError("Voting is closed.")
    if delta not in (1, -1):
        raise FacilitationError("One vote at a time.")
    card = next((c for c in doc.cards if c.id == card_id), None)
    if card is None or card.lane_id in state.private_lanes:
        raise FacilitationError("That card is not on the map.")
    ballot = dict(vote.ballots.get(participant_id, {}))
    count = ballot.get(card_id, 0) + delta
    if count < 0:
        raise FacilitationError("You have no vote on that card to take back.")
    if count > vote.per_card:
        raise FacilitationError(f"At most {vote.per_card} votes on one card.")
    if delta > 0 and vote.spent(participant_id) >= vote.budget:
        raise FacilitationError("You have used all your votes.")
    if count:
        ballot[card_id] = count
    else:
        ballot.pop(card_id, None)
    ballots = {k: v for k, v in vote.ballots.items() if k != participant_id}
    if ballot:
        ballots[participant_id] = ballot
    return state._with(vote=vote.model_copy(update={"ballots": ballots}))


# --------------------------------------------------------------------------- plain data
def to_data(state: Facilitation) -> dict[str, Any]:
    """Plain JSON data (str, float, bool, None, lists, dicts), one entry per key."""
    return state.model_dump(mode="json")


def from_data(data: Mapping[str, Any]) -> Facilitation:
    """The state from plain data (from a peer: untrusted). Keys and entries that do not
    validate are left out, so one bad note never loses the room."""
    if not isinstance(data, Mapping):
        return Facilitation()
    fields: dict[str, Any] = {}
    for name in Facilitation.model_fields:
        if name not in data:
            continue
        value = data[name]
        if name in ("notes", "participants") and isinstance(value, Mapping):
            item = Note if name == "notes" else Participant
            good: dict[str, Any] = {}
            for key, entry in list(value.items())[: MAX_NOTES if name == "notes" else MAX_PARTICIPANTS]:
                try:
                    parsed = item.model_validate(entry)
                except ValidationError:
                    continue
                if parsed.id == key:
                    good[key] = parsed
            fields[name] = good
            continue
        try:
            Facilitation.model_validate({name: value})
        except ValidationError:
            continue
        fields[name] = value
    return Facilitation.model_validate(fields)
