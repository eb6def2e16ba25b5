"""Facilitating a room: the timer, the spotlight, vote rounds, private mode, the inbox
and what a participant's phone may see. Plain values and pure functions, no Qt; the
presentation mode (``cjdesigner.ui``) and the phone page's server use them."""

from .state import (
    Countdown,
    Facilitation,
    FacilitationError,
    Note,
    Participant,
    VoteRound,
    format_clock,
    from_data,
    to_data,
)

__all__ = [
    "Countdown",
    "Facilitation",
    "FacilitationError",
    "Note",
    "Participant",
    "VoteRound",
    "format_clock",
    "from_data",
    "to_data",
]
