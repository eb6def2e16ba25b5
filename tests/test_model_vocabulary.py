"""Channel spellings: the unambiguous ones become a known channel, the rest stay as written."""

from __future__ import annotations

import pytest

from cjdesigner.model import CHANNELS, channel_label, parse_channel


@pytest.mark.parametrize(
    ("written", "channel"),
    [
        ("E-mail", "email"),
        ("email", "email"),
        ("SMS", "text_message"),
        ("Text message", "text_message"),
        ("phone", "phone_helpline"),
        ("Call centre", "phone_helpline"),
        ("Live chat", "webchat"),
        ("web_chat", "webchat"),
        ("App", "mobile_app"),
        ("Branch or store", "store"),
        ("Sales staff", "sales_staff"),
        ("marketing content", "marketing_content"),
    ],
)
def test_unambiguous_spellings_name_a_known_channel(written: str, channel: str) -> None:
    assert parse_channel(written) == channel


@pytest.mark.parametrize(
    "written", ["Mail", "Staff", "Content", "Marketing", "Sales", "Shop", "Chat", "Mobile", "Text"]
)
def test_ambiguous_words_are_kept_as_written(written: str) -> None:
    """The issue: an unknown channel is kept as written; "Mail" may be a letter, not email."""
    assert parse_channel(f" {written} ") == written
    assert channel_label(parse_channel(written)) == written


def test_every_label_and_key_parses_to_itself() -> None:
    for key, label in CHANNELS.items():
        assert parse_channel(key) == parse_channel(label) == key
