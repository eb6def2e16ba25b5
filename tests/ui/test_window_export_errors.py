"""Exports into a folder that is missing or read-only (issue 9, item 10): a clear
message naming the file the user chose, never the "Something went wrong" dialog and
never an internal temporary file."""

from __future__ import annotations

import pytest

from tests.fs_helpers import read_only_folder


def _error(dialogs) -> str:
    errors = [q for q in dialogs.asked if q[0] == "error"]
    assert len(errors) == 1, dialogs.asked
    return errors[0][2]


def test_export_csv_into_a_missing_folder(make_window, map_file, dialogs, tmp_path) -> None:
    window = make_window()
    window.open_path(str(map_file))
    target = tmp_path / "gone" / "cards.csv"
    dialogs.save_path = str(target)
    assert window.files.export_csv() is False
    text = _error(dialogs)
    assert str(target) in text and "does not exist" in text and ".tmp" not in text


def test_export_csv_into_a_read_only_folder(
    make_window, map_file, dialogs, tmp_path, monkeypatch
) -> None:
    window = make_window()
    window.open_path(str(map_file))
    with read_only_folder(tmp_path / "locked", monkeypatch) as folder:
        dialogs.save_path = str(folder / "cards.csv")
        assert window.files.export_csv() is False
        assert list(folder.iterdir()) == []
    text = _error(dialogs)
    assert str(folder / "cards.csv") in text
    assert "ermission denied" in text or "not permitted" in text  # chmod 555 or chattr +i
    assert ".tmp" not in text


@pytest.mark.parametrize("suffix", ["pdf", "svg", "png", "md", "csv"])
def test_export_as_into_a_missing_folder_names_the_real_target(
    make_window, map_file, dialogs, tmp_path, suffix
) -> None:
    window = make_window()
    window.open_path(str(map_file))
    target = tmp_path / "gone" / f"poster.{suffix}"
    dialogs.save_path = str(target)
    assert window.export_as(suffix) is False
    text = _error(dialogs)
    assert str(target) in text and "does not exist" in text and ".tmp" not in text
