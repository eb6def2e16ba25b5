"""Never lose work: autosave, and getting maps back after a crash or a kill."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from cjdesigner.fileio import load
from cjdesigner.model.edits import SetFields
from cjdesigner.model.sample import sample_map
from cjdesigner.ui import recovery
from cjdesigner.ui.recovery import RecoveryStore
from tests.edit_helpers import set_fields


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_autosave_after_first_change_and_gone_after_save(make_window, map_file, qtbot, tmp_path):
    window = make_window(autosave_idle_ms=30, autosave_max_ms=200)
    tab = window.open_path(str(map_file))
    folder = tmp_path / "recovery"
    copy = folder / f"{tab.autosaver.key}.cjm"
    assert not copy.exists()
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Unsaved idea"}))
    qtbot.waitUntil(copy.exists, timeout=2000)
    assert load(copy).find_card("card-1").title == "Unsaved idea"
    meta = json.loads((folder / f"{tab.autosaver.key}.json").read_text())
    assert meta["source"] == str(map_file.resolve())
    # further edits are saved again while idle
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Second thought"}))
    qtbot.waitUntil(lambda: load(copy).find_card("card-1").title == "Second thought", timeout=2000)
    assert window.save()
    assert not copy.exists()


def test_constant_typing_is_still_autosaved(make_window, map_file, qtbot, tmp_path):
    window = make_window(autosave_idle_ms=10_000, autosave_max_ms=100)
    tab = window.open_path(str(map_file))
    copy = tmp_path / "recovery" / f"{tab.autosaver.key}.cjm"
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "a"}, merge_key="k"))
    qtbot.waitUntil(copy.exists, timeout=2000)


def test_undo_back_to_clean_removes_the_copy(make_window, map_file, qtbot, tmp_path):
    window = make_window(autosave_idle_ms=20)
    tab = window.open_path(str(map_file))
    copy = tmp_path / "recovery" / f"{tab.autosaver.key}.cjm"
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "x"}))
    qtbot.waitUntil(copy.exists, timeout=2000)
    tab.controller.undo_stack.undo()
    assert not copy.exists()


def test_recovery_after_a_simulated_crash(make_window, map_file, qtbot, tmp_path, dialogs):
    # session one: edit, autosave, then die without closing anything
    first = make_window(autosave_idle_ms=20)
    tab = first.open_path(str(map_file))
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Work in progress"}))
    qtbot.waitUntil(lambda: tab.autosaver.last_written is not None, timeout=2000)
    key = tab.autosaver.key
    recovery._LIVE.discard(key)  # the process that owned it is gone

    # session two: a new window offers the map beside the last saved one
    second = make_window()
    second.show()
    found = second.offer_recovery()
    assert [r.key for r in found] == [key]
    page = second.start_page
    assert second.stack.currentWidget() is page
    assert page.recovery_list.count() == 1
    text = page.recovery_list.item(0).text()
    assert "Work in progress" in text and "sample.cjm" in text and "last saved" in text
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    restored = second.current_tab()
    assert restored is not None
    assert restored.controller.doc.meta.title == "Work in progress"
    assert restored.path == str(map_file.resolve())
    assert restored.is_modified()
    assert second.isWindowModified()
    # the old copy is gone; the new session holds its own
    assert not (tmp_path / "recovery" / f"{key}.cjm").exists()
    assert second.store.orphans() == []
    # saving writes the recovered work to the original file
    assert second.save()
    assert load(map_file).meta.title == "Work in progress"


def test_a_killed_process_leaves_an_orphan_a_running_one_does_not(tmp_path):
    store = RecoveryStore(tmp_path)
    doc = sample_map()
    store.write("deadbeef", doc, None)
    meta = json.loads((tmp_path / "deadbeef.json").read_text())
    meta["pid"] = _dead_pid()
    (tmp_path / "deadbeef.json").write_text(json.dumps(meta))
    live_key = store.new_key()
    store.write(live_key, doc, None)
    orphans = store.orphans()
    assert [o.key for o in orphans] == ["deadbeef"]
    assert orphans[0].title == "Sample journey"
    assert orphans[0].load().model_dump() == doc.model_dump()
    store.release(live_key)
    assert not (tmp_path / f"{live_key}.cjm").exists()


def test_damaged_copies_are_skipped(tmp_path):
    store = RecoveryStore(tmp_path)
    (tmp_path / "k.json").write_text("not json")
    (tmp_path / "k.cjm").write_text("{}")
    assert store.orphans() == []


def test_offer_with_a_map_open_shows_a_bar(make_window, map_file, tmp_path):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("cafe0001", sample_map(), None)
    meta_path = tmp_path / "recovery" / "cafe0001.json"
    meta = json.loads(meta_path.read_text())
    meta["pid"] = _dead_pid()
    meta_path.write_text(json.dumps(meta))
    window = make_window(store=store)
    tab = window.open_path(str(map_file))
    window.show()
    window.offer_recovery()
    assert tab.info_bar.isVisible()
    assert "1 map" in tab.info_bar.label.text()
    tab.info_bar.buttons["Show"].click()
    assert window.stack.currentWidget() is window.start_page
    # discard asks first, then deletes
    window.start_page.discard_button.click()
    assert store.orphans() == []


def test_discard_can_be_cancelled(make_window, tmp_path, dialogs):
    store = RecoveryStore(tmp_path / "recovery")
    store.write("cafe0002", sample_map(), None)
    meta_path = tmp_path / "recovery" / "cafe0002.json"
    meta = json.loads(meta_path.read_text())
    meta["pid"] = _dead_pid()
    meta_path.write_text(json.dumps(meta))
    window = make_window(store=store)
    window.offer_recovery()
    dialogs.confirm_answer = False
    window.start_page.discard_button.click()
    assert len(store.orphans()) == 1


def test_full_disk_does_not_break_the_editor(make_window, map_file, tmp_path, qtbot, dialogs):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    window = make_window(store=RecoveryStore(blocker / "recovery"))
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "x"}))
    assert tab.autosaver.save_now() is None  # the recovery copy cannot be written …
    assert tab.is_modified()  # … the edit is kept and still counts as unsaved …
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "xy"}))  # … editing goes on …
    dialogs.save_path = str(tmp_path / "still-saves.cjm")
    assert window.save_as(tab)  # … and the map saves where the disk has room
    assert load(tmp_path / "still-saves.cjm").find_card("card-1").title == "xy"
    assert not tab.is_modified()


KILLED_EDITOR = r"""
import sys, time
from PySide6.QtWidgets import QApplication
from cjdesigner.model import MapMeta
from cjdesigner.model.edits import SetFields
from cjdesigner.ui.main_window import MainWindow
from cjdesigner.ui.recovery import RecoveryStore
from cjdesigner.ui.settings import Settings

app = QApplication([])
window = MainWindow(settings=Settings.at(sys.argv[3]), store=RecoveryStore(sys.argv[2]),
                    autosave_idle_ms=20)
tab = window.open_path(sys.argv[1])
tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Killed mid-edit"}))
while tab.autosaver.last_written is None:
    app.processEvents()
    time.sleep(0.01)
print("written", flush=True)
time.sleep(60)
"""


def test_recovery_after_the_editor_process_is_killed(make_window, map_file, tmp_path, qtbot):
    import os
    import signal

    folder = tmp_path / "killed"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_EDITOR, str(map_file), str(folder), str(tmp_path / "k.ini")],
        stdout=subprocess.PIPE, env=env, text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    window = make_window(store=RecoveryStore(folder))
    window.show()
    found = window.offer_recovery()
    assert len(found) == 1 and found[0].title == "Killed mid-edit"
    assert found[0].source == str(map_file.resolve())
    tab = window.restore(found[0])
    assert tab.controller.doc.meta.title == "Killed mid-edit"
    assert tab.is_modified()
    assert window.save_state_label.text().startswith("Unsaved · recovery copy")


def _orphan(store: RecoveryStore, key: str, doc, source) -> None:
    store.write(key, doc, str(source))
    meta_path = store.folder / f"{key}.json"
    meta = json.loads(meta_path.read_text())
    meta["pid"] = _dead_pid()
    meta_path.write_text(json.dumps(meta))


def test_restoring_a_map_that_is_open_reuses_its_tab(make_window, map_file, tmp_path, qtbot,
                                                     dialogs):
    store = RecoveryStore(tmp_path / "recovery")
    recovered = sample_map()
    set_fields(recovered, "meta", title="Recovered work")
    _orphan(store, "cafe0002", recovered, map_file.resolve())
    window = make_window(store=store)
    tab = window.open_path(str(map_file))
    window.show()
    window.offer_recovery()
    tab.info_bar.buttons["Show"].click()
    qtbot.mouseClick(window.start_page.restore_button, Qt.MouseButton.LeftButton)
    assert window.all_tabs() == [tab]  # no second tab on the same file
    assert window.current_tab() is tab and window.stack.currentWidget() is window.tabs
    assert tab.controller.doc.meta.title == "Recovered work"
    assert tab.is_modified() and window.isWindowModified()
    assert store.orphans() == []


def test_restoring_over_unsaved_changes_asks_first(make_window, map_file, tmp_path, qtbot,
                                                   dialogs):
    store = RecoveryStore(tmp_path / "recovery")
    recovered = sample_map()
    set_fields(recovered, "meta", title="Recovered work")
    _orphan(store, "cafe0003", recovered, map_file.resolve())
    window = make_window(store=store)
    tab = window.open_path(str(map_file))
    tab.controller.push(SetFields(target="meta", ident="meta", changes={"title": "Typed just now"}))
    window.show()
    window.show_start_page()
    dialogs.confirm_answer = False
    qtbot.mouseClick(window.start_page.restore_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[-1] == ("confirm", "Restore recovered map")
    assert tab.controller.doc.meta.title == "Typed just now"
    assert [r.key for r in store.orphans()] == ["cafe0003"]  # still offered
    dialogs.confirm_answer = True
    window.show_start_page()
    qtbot.mouseClick(window.start_page.restore_button, Qt.MouseButton.LeftButton)
    assert window.all_tabs() == [tab]
    assert tab.controller.doc.meta.title == "Recovered work" and tab.is_modified()
    assert store.orphans() == []


def test_a_map_edited_past_the_file_limits_is_said_once_while_it_is_open(
    make_window, map_file, dialogs, monkeypatch
):
    """The recovery copy of a map grown past the limits could not be loaded back (nor a
    save of it): the user is told when the growing edit is autosaved, not after a crash."""
    from cjdesigner.fileio import LoadError, cjm, dumps
    from cjdesigner.model import Card
    from cjdesigner.model.edits import AddCards, RemoveCards

    window = make_window()
    tab = window.open_path(str(map_file))
    objects = dumps(tab.controller.doc).count("{")
    monkeypatch.setattr(cjm, "MAX_OBJECTS", objects + 5)  # room for a few more cards
    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Still fits"}))
    assert tab.autosaver.save_now() is not None
    assert not [q for q in dialogs.asked if q[0] == "error"]

    more = [Card(id=f"more-{i}", lane_id="lane-actions", step_id="step-ad", title=f"More {i}")
            for i in range(20)]
    tab.controller.push(AddCards(cards=more, after=[None] * len(more)))
    copy = tab.autosaver.save_now()
    warned = [q for q in dialogs.asked if q[0] == "error"]
    assert len(warned) == 1 and warned[0][1] == "Map too large to keep safe"
    assert "too large to be a journey map" in warned[0][2] and "Remove cards" in warned[0][2]
    with pytest.raises(LoadError, match="too large"):  # the warning was not a false alarm
        load(copy)

    tab.controller.push(SetFields(target="card", ident="card-1", changes={"title": "Still too large"}))
    tab.autosaver.save_now()
    assert len([q for q in dialogs.asked if q[0] == "error"]) == 1  # said once, not per copy

    tab.controller.push(RemoveCards(ids=[card.id for card in more]))  # back within the limits
    assert load(tab.autosaver.save_now()).find_card("card-1").title == "Still too large"
    tab.controller.push(AddCards(cards=more, after=[None] * len(more)))  # and over again: said again
    tab.autosaver.save_now()
    assert len([q for q in dialogs.asked if q[0] == "error"]) == 2


def test_a_large_map_is_autosaved_by_a_worker_from_a_snapshot(make_window, map_file, qtbot,
                                                              tmp_path, monkeypatch):
    import threading

    from cjdesigner.fileio import dumps

    monkeypatch.setattr(recovery.Autosaver, "background_cards", 1)  # every map is large
    writers: list[str] = []
    write = RecoveryStore.write

    def noted(self, *args, **kwargs):
        writers.append(threading.current_thread().name)
        return write(self, *args, **kwargs)

    monkeypatch.setattr(RecoveryStore, "write", noted)
    window = make_window(autosave_idle_ms=20, autosave_max_ms=200)
    tab = window.open_path(str(map_file))
    copy = tmp_path / "recovery" / f"{tab.autosaver.key}.cjm"
    with qtbot.waitSignal(tab.autosaver.written, timeout=5000):
        tab.controller.push(SetFields(target="card", ident="card-1",
                                      changes={"title": "Unsaved idea"}))
    assert writers == ["cjdesigner: autosave"]
    assert copy.read_text(encoding="utf-8") == dumps(tab.controller.doc)
    meta = json.loads((tmp_path / "recovery" / f"{tab.autosaver.key}.json").read_text())
    assert meta["title"] == tab.controller.doc.meta.title
    tab.autosaver.save_now()  # the crash handler's copy: written right here
    assert writers[-1] == threading.main_thread().name
    assert window.save()
    assert not copy.exists()
