"""The translations are complete and current: every user-visible string of the UI goes
through translate(), the .ts files list exactly the code's messages, each finished in all
five languages with the same placeholders, and the .qm files are compiled from them.

A string added without translate() fails ``test_no_user_visible_string_outside_translate``;
one added with it fails ``test_ts_files_list_the_codes_messages`` until ``make translations``
is run, and ``test_every_message_is_translated`` until it is translated in all five
languages (Qt Linguist, or edit the .ts files)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tools.i18n import catalogue
from tools.i18n.catalogue import FILES, LANGUAGES, PLURAL_FORMS, messages, qm_path, ts_path
from tools.i18n.sources import source_messages
from tools.i18n.untranslated import findings, findings_in

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def test_no_user_visible_string_outside_translate():
    assert [str(f) for f in findings()] == []


@pytest.mark.parametrize("code", [
    'label = QLabel("Open a map")',
    'widget.setToolTip(f"Saved {name} just now")',
    'menu.addAction("Remove from List", slot)',
    'box.setText("Nothing" if empty else "Something here")',
    'self.dialogs.error("Could not save", str(exc))',
    'form.addRow("Author", field)',
    'b = LineBinding("title", "Title", placeholder="What happens")',
    'bar.ask(text, {"Show": show, "Later": hide})',
    'def f():\n    return "This map was never saved"',
    'title = "Print poster"',
])
def test_the_check_finds_strings_left_in_english(tmp_path, code):
    path = tmp_path / "widget.py"
    path.write_text(code + "\n")
    assert findings_in(path), code


@pytest.mark.parametrize("code", [
    'label = QLabel(translate("Start", "Open a map"))',
    'widget.setObjectName("mapTabs")',
    'combo.addItem(translate("Find", text), "channel")',
    'label.setText(f"{n} %")',
    'def kind():\n    return "stage"',
    'box.setText("—")',
])
def test_the_check_leaves_translated_and_non_language_strings(tmp_path, code):
    path = tmp_path / "widget.py"
    path.write_text(code + "\n")
    assert findings_in(path) == []


def test_ts_files_list_the_codes_messages(tmp_path):
    """Running the extraction again changes nothing: no message missing, none stale."""
    for language in FILES:
        shutil.copy(ts_path(language), tmp_path)
    catalogue.update(tmp_path)
    for language in FILES:
        assert ts_path(language, tmp_path).read_text(encoding="utf-8") == \
            ts_path(language).read_text(encoding="utf-8"), f"run `make translations` ({language})"
    wanted = {(m.context, m.text) for m in source_messages()}
    assert {(m.context, m.source) for m in messages(ts_path("da"))} == wanted


def test_no_stray_comments_in_the_translation_files():
    """The code's "#:" doc comments are not translator comments (lupdate reads them so):
    `make translations` leaves none in the .ts files."""
    for language in FILES:
        text = ts_path(language).read_text(encoding="utf-8")
        assert "<extracomment>" not in text and "<translatorcomment>" not in text, language


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    found = messages(ts_path(language))
    assert len(found) > 500
    unfinished = [(m.context, m.source) for m in found if m.state or not all(m.translations)]
    assert unfinished == []
    for m in found:
        if m.numerus:
            assert len(m.translations) == PLURAL_FORMS[language], m.source
        wanted = sorted(set(PLACEHOLDER.findall(m.source)) - {"%n"})
        for text in m.translations:
            assert sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) == wanted, (m.source, text)
            assert text.count("&") <= 1, text
        if "&" in m.source and not m.source.startswith("<"):
            assert all("&" in text for text in m.translations), (m.source, m.translations)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_differs_from_english(language):
    """Not English copied through: most messages read differently from their source."""
    found = messages(ts_path(language))
    same = [m for m in found if m.translations[0] == m.source]
    assert len(same) < len(found) * 0.08, [m.source for m in same]


def test_qm_files_are_compiled_from_the_ts_files(tmp_path):
    catalogue.release(out=tmp_path)
    for language in FILES:
        assert qm_path(language, tmp_path).read_bytes() == qm_path(language).read_bytes(), \
            f"run `make translations` ({language})"


def test_numerus_messages_are_counted_in_the_code():
    counted = {(m.context, m.text) for m in source_messages() if m.numerus}
    for m in messages(ts_path("ar")):
        assert m.numerus == ((m.context, m.source) in counted), m.source
        if "%n" in m.source:
            assert m.numerus, f"{m.source}: pass the count (translate(c, text, None, n))"


def test_sources_are_inside_the_package():
    assert all(Path(m.path).is_relative_to(catalogue.PACKAGE) for m in source_messages())


def _format_calls():
    """(path, line, placeholders of the message, keyword names given to .format)."""
    import ast

    from tools.i18n.catalogue import sources

    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "format" and isinstance(node.func.value, ast.Call)):
                continue
            inner = node.func.value
            name = inner.func.id if isinstance(inner.func, ast.Name) else getattr(
                inner.func, "attr", "")
            if name not in ("translate", "words", "w") or len(inner.args) < 2:
                continue
            text = inner.args[1]
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                continue
            fields = {m.split(":")[0].split("!")[0].strip("{}")
                      for m in PLACEHOLDER.findall(text.value) if m != "%n"}
            yield path, node.lineno, fields, {k.arg for k in node.keywords}, bool(node.args)


def test_format_fills_every_placeholder_of_a_message():
    """translate(c, "… {name} …").format(name=…): the names agree, so no translation can
    raise KeyError (the translations keep the same placeholders, tested above)."""
    calls = list(_format_calls())
    assert len(calls) > 50
    for path, line, fields, keywords, positional in calls:
        assert not positional, f"{path}:{line}: name the placeholders"
        assert fields == keywords, f"{path}:{line}: {fields} != {keywords}"


def test_english_has_its_plural_forms():
    """English shows "1 card" and "3 cards", not "3 card(s)": its file gives the plural
    forms of every counted message (and nothing else: the source is the English)."""
    found = messages(ts_path("en"))
    counted = [m for m in found if m.numerus]
    assert len(counted) >= 10
    for m in counted:
        assert not m.state and len(m.translations) == 2 and all(m.translations), m.source
        assert all("(s)" not in form for form in m.translations), m.translations
    assert all(m.state == "unfinished" for m in found if not m.numerus)


def test_the_editor_counts_in_english(qapp):
    from PySide6.QtCore import QCoreApplication

    from cjdesigner.ui import i18n

    i18n.install(qapp, "en")
    assert QCoreApplication.translate("FindBar", "%n card(s)", None, 1) == "1 card"
    assert QCoreApplication.translate("FindBar", "%n card(s)", None, 3) == "3 cards"
    assert QCoreApplication.translate("Interactions", "Move %n card(s)", None, 2) == "Move cards"


def test_every_edit_kind_names_its_undo_step_for_translation():
    """The undo stack shows translate("Edits", edit.text): every edit kind's default
    name is listed for the translators (cjdesigner/ui/edit_texts.py)."""
    import inspect

    from cjdesigner.model import edits
    from cjdesigner.ui.edit_texts import EDIT_TEXTS

    defaults = {cls.model_fields["text"].default
                for _, cls in inspect.getmembers(edits, inspect.isclass)
                if issubclass(cls, edits.Edit) and "text" in cls.model_fields}
    assert len(defaults) > 15
    assert defaults <= set(EDIT_TEXTS)


def test_the_undo_menu_names_steps_in_the_editors_language(qapp):
    from cjdesigner.model import edits
    from cjdesigner.model.sample import sample_map
    from cjdesigner.ui import i18n
    from cjdesigner.ui.controller import DocumentController

    i18n.install(qapp, "de")
    try:
        controller = DocumentController(sample_map())
        stage = controller.doc.stages[0]
        controller.push(edits.RemoveStage(stage_id=stage.id))
        assert controller.undo_stack.undoText() == "Phase entfernen"
    finally:
        i18n.install(qapp, "en")
