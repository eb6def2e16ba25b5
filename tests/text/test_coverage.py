"""Characters no font can print are reported by every picture export, with the fonts
that would print them; installed Noto faces for other scripts join the fallback list."""

from __future__ import annotations

import shutil

import pytest

from cjdesigner import resources
from cjdesigner.export.registry import get
from cjdesigner.model.sample import sample_map
from cjdesigner.text import coverage, fonts, shaping


@pytest.fixture
def no_system_fonts(monkeypatch, tmp_path):
    """Only the bundled faces and the CJK font: no Noto of the system, no emoji font."""
    monkeypatch.setattr(fonts, "SYSTEM_FONT_DIRS", ())
    monkeypatch.setenv("CJDESIGNER_FONT_DIRS", str(tmp_path / "none"))
    monkeypatch.setenv("CJDESIGNER_EMOJI_FONT", "none")
    _clear()
    yield
    monkeypatch.undo()
    _clear()


def _clear():
    for cached in (fonts.system_faces, fonts.chain, fonts.by_key, fonts.emoji_face,
                   coverage._covered, shaping.shape_line, shaping._pick_face):
        cached.cache_clear()


def _doc_with(title: str):
    doc = sample_map()
    card = doc.cards[0].model_copy(update={"title": title})
    return doc.model_copy(update={"cards": [card, *doc.cards[1:]]})


@pytest.mark.parametrize("fmt", ["pdf", "png", "svg"])
def test_every_picture_export_names_what_it_cannot_print(fmt, no_system_fonts, tmp_path, qapp):
    doc = _doc_with("বাংলা ✅ ok")
    warnings = get(fmt).run(doc, tmp_path / f"map.{fmt}")
    bengali = [w for w in warnings if "Noto Sans Bengali" in w]
    assert len(bengali) == 1
    assert "ব (U+09AC)" in bengali[0] and "fonts-noto-core" in bengali[0]
    emoji = [w for w in warnings if "emoji" in w]
    assert len(emoji) == 1 and "✅ (U+2705)" in emoji[0] and "fonts-symbola" in emoji[0]


def test_a_printable_map_has_no_such_warning(tmp_path):
    from .maps import script_map

    for language in ("ar", "he", "hi", "th", "zh", "da"):
        warnings = get("pdf").run(script_map(language), tmp_path / f"{language}.pdf")
        assert not any("cannot be printed" in w for w in warnings), (language, warnings)


def test_shaped_line_reports_missing_and_keeps_the_rest(no_system_fonts):
    line = shaping.shape_line("Hi বাংলা", "Regular")
    assert set(line.missing) == {"ব", "া", "ং", "ল"}
    assert line.runs[0].face_key == "Regular"


def test_an_installed_noto_face_joins_the_fallback_list(monkeypatch, tmp_path):
    # a folder with a face named as the system's Noto Bengali would be
    shutil.copy(resources.root() / "fonts" / "NotoSansDevanagari-Regular.ttf",
                tmp_path / "NotoSansBengali-Regular.ttf")
    monkeypatch.setattr(fonts, "SYSTEM_FONT_DIRS", ())
    monkeypatch.setenv("CJDESIGNER_FONT_DIRS", str(tmp_path))
    _clear()
    try:
        keys = [face.key for face in fonts.chain("Regular")]
        assert "System-NotoSansBengali-Regular" in keys
        assert keys.index("System-NotoSansBengali-Regular") > keys.index("DejaVuSans")
    finally:
        monkeypatch.undo()
        _clear()


def test_emoji_prints_with_a_monochrome_emoji_font_when_one_is_installed():
    _clear()
    face = fonts.emoji_face()
    assert face is not None, "install fonts-symbola (a monochrome emoji font)"
    line = shaping.shape_line("Great 🎉", "Regular")
    assert line.missing == "" and line.runs[-1].face_key in ("Emoji", "DejaVuSans")
    assert coverage.missing_chars(["✅ 🎉 🙂"]) == []
