"""Recognising maps and card lists handed over by the desktop, with or without a suffix."""

from __future__ import annotations

from cjdesigner.fileio import save
from cjdesigner.fileio.kinds import FileKind, file_kind, looks_like_map
from cjdesigner.model.sample import sample_map


def test_suffixes_decide_first(tmp_path):
    assert file_kind(tmp_path / "missing.cjm") is FileKind.MAP
    assert file_kind(tmp_path / "Cards.CSV") is FileKind.CARD_LIST


def test_a_map_without_its_suffix_is_recognised_by_its_first_bytes(tmp_path):
    path = tmp_path / "journey"
    save(sample_map(), path)
    assert file_kind(path) is FileKind.MAP
    bom = tmp_path / "journey.json"
    bom.write_bytes(b"\xef\xbb\xbf\n  " + path.read_bytes())
    assert file_kind(bom) is FileKind.MAP


def test_other_files_are_neither(tmp_path):
    (tmp_path / "package.json").write_text('{"name": "x", "version": "1"}', encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "folder").mkdir()
    assert file_kind(tmp_path / "package.json") is None
    assert file_kind(tmp_path / "photo.png") is None
    assert file_kind(tmp_path / "folder") is None
    assert file_kind(tmp_path / "gone") is None
    # the signature counts only near the start and only in an object
    assert not looks_like_map(b"[" + b'"schema_version"')
    assert not looks_like_map(b"{" + b" " * 2000 + b'"schema_version": 2}')
