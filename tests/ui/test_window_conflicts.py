"""Two editors on one file, and read-only maps (issue 9, items 4 and 5): Save on a file
changed on disk asks (overwrite, save as, reload, with the difference to look at), and no
answer loses the other editor's work silently; a read-only map opens read-only and Save
leads to Save As."""

from __future__ import annotations

import stat

import pytest

from cjdesigner.fileio import backup_path, load
from cjdesigner.model import Card
from cjdesigner.model.edits import AddCards, SetFields


def _two_editors(make_window, map_file):
    a, b = make_window(), make_window()
    tab_a, tab_b = a.open_path(str(map_file)), b.open_path(str(map_file))
    assert tab_a.controller is not tab_b.controller
    return a, tab_a, b, tab_b


def _b_saves_new_work(b, tab_b) -> None:
    tab_b.controller.push(
        AddCards(
            cards=[Card(id="card-from-b", lane_id="lane-actions", step_id="step-ad", title="B's idea")],
            after=[None],
        )
    )
    tab_b.controller.push(SetFields(target="card", ident="card-2", changes={"title": "B renamed this"}))
    b.act_save.trigger()
    assert not tab_b.is_modified()


@pytest.mark.parametrize("answer", ["cancel", "overwrite", "save_as", "reload"])
def test_save_over_another_editors_save_asks_and_loses_nothing_silently(
    make_window, map_file, dialogs, tmp_path, answer
) -> None:
    a, tab_a, b, tab_b = _two_editors(make_window, map_file)
    tab_a.controller.push(SetFields(target="card", ident="card-1", changes={"title": "A's edit"}))  # unsaved in A
    _b_saves_new_work(b, tab_b)
    theirs = map_file.read_bytes()

    dialogs.disk_answers = [answer]
    dialogs.save_path = str(tmp_path / "a-copy.cjm")
    saved = a.save()

    asked = [q for q in dialogs.asked if q[0] == "changed on disk"]
    assert len(asked) == 1, dialogs.asked
    difference = asked[0][2]
    # the difference is real: B's new card and B's rename, and A's own edit
    assert "1 removed, 2 changed." in difference.splitlines()
    assert '- card "B\'s idea" removed (Customer actions × Sees an advert)' in difference
    assert 'title: "B renamed this" → "Reads three reviews"' in difference
    assert 'title: "Notices a banner" → "A\'s edit"' in difference

    if answer == "cancel":
        assert not saved and map_file.read_bytes() == theirs and tab_a.is_modified()
    elif answer == "overwrite":  # chosen knowingly: theirs is kept as the .bak
        assert saved and load(map_file).find_card("card-1").title == "A's edit"
        assert backup_path(map_file).read_bytes() == theirs
    elif answer == "save_as":
        assert saved and map_file.read_bytes() == theirs
        assert load(tmp_path / "a-copy.cjm").find_card("card-1").title == "A's edit"
        assert tab_a.path == str((tmp_path / "a-copy.cjm").resolve())
    else:  # reload: A now shows B's work
        assert not saved and map_file.read_bytes() == theirs
        assert tab_a.controller.doc.find_card("card-from-b").title == "B's idea"
        assert not tab_a.is_modified()
    if answer != "overwrite":
        assert load(map_file).find_card("card-from-b").title == "B's idea"


def test_an_unmodified_editor_also_asks_and_keep_mine_does_not_silence_it(
    make_window, map_file, dialogs, qtbot
) -> None:
    a, tab_a, b, tab_b = _two_editors(make_window, map_file)
    _b_saves_new_work(b, tab_b)
    theirs = map_file.read_bytes()
    a.show()
    tab_a.check_disk()
    assert tab_a.info_bar.isVisible()
    tab_a.info_bar.buttons["Keep mine"].click()
    a.act_save.trigger()
    assert [q[0] for q in dialogs.asked].count("changed on disk") == 1
    assert map_file.read_bytes() == theirs
    # and after one overwrite, the next save of A's own file needs no question
    dialogs.disk_answers = ["overwrite"]
    a.act_save.trigger()
    assert backup_path(map_file).read_bytes() == theirs
    tab_a.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Later"}))
    a.act_save.trigger()
    assert [q[0] for q in dialogs.asked].count("changed on disk") == 2
    assert load(map_file).find_card("card-1").title == "Later"


def test_a_read_only_map_opens_read_only_and_save_leads_to_save_as(
    make_window, map_file, dialogs, tmp_path
) -> None:
    map_file.chmod(0o444)
    before = map_file.read_bytes()
    window = make_window()
    tab = window.open_path(str(map_file))
    assert tab.read_only
    assert "(read-only)" in window.windowTitle()
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Mine"}))
    dialogs.save_path = ""  # the user cancels Save As
    assert not window.save()
    assert dialogs.asked[-1][0] == "save as" and "read-only" in dialogs.asked[-1][1]
    assert map_file.read_bytes() == before
    assert stat.S_IMODE(map_file.stat().st_mode) == 0o444
    copy = tmp_path / "copy.cjm"
    dialogs.save_path = str(copy)
    window.act_save.trigger()
    assert load(copy).find_card("card-1").title == "Mine"
    assert map_file.read_bytes() == before
    assert "(read-only)" not in window.windowTitle()
    assert not tab.is_modified()


def test_a_map_made_read_only_while_open_is_not_replaced(make_window, map_file, dialogs) -> None:
    window = make_window()
    tab = window.open_path(str(map_file))
    assert not tab.read_only
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Mine"}))
    map_file.chmod(0o444)
    before = map_file.read_bytes()
    assert not window.save()
    assert dialogs.asked[-1][0] == "save as"
    assert map_file.read_bytes() == before
    assert "(read-only)" in window.windowTitle()


def test_a_map_in_a_read_only_folder_opens_read_only(
    make_window, map_file, dialogs, tmp_path, monkeypatch
) -> None:
    import os

    from tests.fs_helpers import read_only_folder

    folder = map_file.parent
    with read_only_folder(folder, monkeypatch):
        if os.access(folder, os.W_OK):  # the patched fallback: tell access() as well
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if str(p) == str(
                folder) and mode & os.W_OK else real_access(p, mode, *a, **k))
        before = map_file.read_bytes()
        window = make_window()
        tab = window.open_path(str(map_file))
        assert tab.read_only and "(read-only)" in window.windowTitle()
        tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Mine"}))
        dialogs.save_path = str(tmp_path / "elsewhere.cjm")
        assert window.save()
        assert dialogs.asked[-1][0] != "error"
        assert any(q[0] == "save as" and "read-only" in q[1] for q in dialogs.asked)
        assert map_file.read_bytes() == before
    assert load(tmp_path / "elsewhere.cjm").find_card("card-1").title == "Mine"
