"""Issue 9, item 11: error messages are cut to a readable length where they are made.

A 10 MB unknown key once made a 10 MB error line, and the editor's message box froze for
about 96 s laying it out (about 14 µs a character)."""

from __future__ import annotations

import json

import pytest

from cjdesigner.csvio import CsvError, import_csv_text
from cjdesigner.fileio import LoadError, dumps, loads, shorten
from cjdesigner.fileio.cjm import MAX_PROBLEM_CHARS
from cjdesigner.model.sample import sample_map

HUGE = 10_000_000


def test_a_huge_unknown_key_gives_a_short_message():
    data = json.loads(dumps(sample_map()))
    data["cards"][0]["k" * HUGE] = 1
    with pytest.raises(LoadError) as caught:
        loads(json.dumps(data), "map.cjm")
    message = str(caught.value)
    assert len(message) < 400, len(message)
    assert message.startswith("map.cjm: cards[0]") and "unknown field" in message
    assert "10,000,000 characters" in message
    assert all(len(p) <= MAX_PROBLEM_CHARS for p in caught.value.problems)


def test_a_huge_duplicate_key_gives_a_short_message():
    key = "d" * HUGE
    text = json.dumps({key: 1})[:-1] + f', "{key}": 2}}'
    with pytest.raises(LoadError) as caught:
        loads(text, "map.cjm")
    assert len(str(caught.value)) < 400 and "appears twice" in str(caught.value)


def test_many_huge_csv_problems_give_a_short_message():
    rows = "".join(f"Buy,Pay,Actions,Title,{'9' * 100_000}\n" for _ in range(300))
    with pytest.raises(CsvError) as caught:
        import_csv_text("stage,step,lane,title,emotion\n" + rows)
    message = str(caught.value)
    assert len(message) < 60 * 400 and "more" in message.splitlines()[-1]
    assert all(len(p) <= MAX_PROBLEM_CHARS for p in caught.value.problems)


def test_shorten():
    assert shorten("short") == "short"
    cut = shorten("x" * 1000, 100)
    assert len(cut) == 100 and cut.endswith("(1,000 characters)")


def test_the_editor_never_lays_out_a_huge_message(qapp):
    from cjdesigner.ui.dialogs import MAX_MESSAGE_CHARS, readable

    assert len(readable("m" * HUGE)) == MAX_MESSAGE_CHARS
