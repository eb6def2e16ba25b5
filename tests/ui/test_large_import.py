"""The 100,000-row card list of issue 9 (item 6) through import, save, recovery and
reload in the editor. Building 100,000 cards takes about 10 s, so the test runs the same
path at 1/100 of the size with every limit scaled by the same factor: a card list like
the issue's (41 MB in 100,000 rows, here 410 KB in 1,000 rows) must survive every step.
``tests/csvio/test_limits_agree.py`` checks that the real limits agree at full size."""

from __future__ import annotations

import pytest

from cjdesigner import csvio
from cjdesigner.fileio import cjm, load
from cjdesigner.model.edits import SetFields
from tests.csvio.limit_rows import card_list

SCALE = 100


@pytest.fixture
def scaled_limits(monkeypatch):
    for module, name in ((csvio, "MAX_ROWS"), (csvio, "MAX_BYTES"), (cjm, "MAX_FILE_BYTES"),
                         (cjm, "MAX_OBJECTS"), (cjm, "MAX_ARRAYS"), (cjm, "MAX_VALUES")):
        monkeypatch.setattr(module, name, getattr(module, name) // SCALE)


def test_the_issues_card_list_survives_import_save_recovery_and_reload(
    scaled_limits, make_window, dialogs, tmp_path
) -> None:
    rows = 100_000 // SCALE
    source = tmp_path / "cards.csv"
    source.write_bytes(card_list(rows, 410))
    assert rows <= csvio.MAX_ROWS and source.stat().st_size <= csvio.MAX_BYTES

    window = make_window()
    tab = window.import_csv(str(source))
    assert tab is not None, dialogs.asked
    assert len(tab.controller.doc.cards) == rows

    # recovery: unsaved work is copied, and the copy opens again
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Edited after import"}))
    copy = tab.autosaver.save_now()
    assert copy is not None and load(copy) == tab.controller.doc

    # save: written, and nothing asked but the file name
    dialogs.save_path = str(tmp_path / "imported.cjm")
    assert window.save(), dialogs.asked
    assert not [q for q in dialogs.asked if q[0] == "error"]

    # reload: a second editor opens exactly what was saved
    other = make_window()
    reopened = other.open_path(dialogs.save_path)
    assert reopened is not None, dialogs.asked
    assert reopened.controller.doc.cards == tab.controller.doc.cards
    assert reopened.controller.doc.find_card("card-1").title == "Edited after import"


def test_a_card_list_that_would_make_an_unsaveable_map_is_refused_at_import(
    scaled_limits, make_window, dialogs, tmp_path
) -> None:
    rows = 100_000 // SCALE
    source = tmp_path / "cards.csv"
    source.write_bytes(card_list(rows, 490))
    cjm.MAX_FILE_BYTES = 700_000  # patched back by the fixture; this map is ~0.9 MB
    window = make_window()
    assert window.import_csv(str(source)) is None
    error = [q for q in dialogs.asked if q[0] == "error"][-1]
    assert "nothing imported" in error[2] and "the limit is" in error[2]
    assert window.current_tab() is None
