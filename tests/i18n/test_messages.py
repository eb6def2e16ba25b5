"""Messages from the Qt-free layers (load and save errors, import warnings, export
warnings and readability advice, the missing-glyph report, the command line) are data,
said in the reader's language: the editor's in the window, the locale's or --language on
the command line, from the same .ts files as the editor. None escapes the catalogue."""

from __future__ import annotations

import ast
import json
import pickle
import re
from pathlib import Path

import pytest

from cjdesigner.cli import main
from cjdesigner.csvio import CsvError, import_csv_text
from cjdesigner.fileio import LoadError, load, loads
from cjdesigner.i18n.messages import Lines, Message, message_language, msg, plural_index, say
from cjdesigner.text.coverage import missing_report
from tools.i18n.catalogue import sources
from tools.i18n.unmarked import message_modules, unmarked, unmarked_in

PLACEHOLDER = re.compile(r"\{([^{}:!]*)[^{}]*\}")


def test_no_message_of_the_qt_free_layers_escapes_the_catalogue():
    assert [str(u) for u in unmarked()] == []
    assert len(message_modules()) >= 7


@pytest.mark.parametrize("code", [
    'raise CsvError("the file is empty")',
    'raise LoadError(source, f"cannot read {path}")',
    'warnings.append(f"skipped {n} rows")',
    'problems.extend(f"row {i}: bad" for i in rows)',
    '_err("cannot open the editor")',
    'raise PaperError("too small" if small else f"At {scale} the map is cut off")',
    'def too_small_message():\n    return "Card text prints too small"',
])
def test_the_check_finds_messages_left_in_english(tmp_path, code):
    path = tmp_path / "module.py"
    path.write_text(code + "\n")
    assert unmarked_in(path), code


@pytest.mark.parametrize("code", [
    'raise CsvError(msg("Import", "the file is empty"))',
    'warnings.append(msg("Import", "skipped {n} rows", n=3))',
    'raise MigrationError("schema_version", msg("Files", "missing"))',
    'print(f"{path}: {summary}")',
    'raise KeyError(name)',
])
def test_the_check_leaves_marked_and_wordless_messages(tmp_path, code):
    path = tmp_path / "module.py"
    path.write_text(code + "\n")
    assert unmarked_in(path) == []


def test_every_message_names_its_values():
    """msg("…{name}…", name=…): the names agree, so no language can raise KeyError."""
    calls = 0
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "msg" and len(node.args) == 2):
                continue
            text = node.args[1]
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), \
                f"{path}:{node.lineno}: write the message as a literal"
            given = {k.arg for k in node.keywords} - {"n"}
            wanted = set(PLACEHOLDER.findall(text.value)) if given else set()
            assert wanted == given, f"{path}:{node.lineno}: {wanted} != {given}"
            if "%n" in text.value:
                assert any(k.arg == "n" for k in node.keywords), \
                    f"{path}:{node.lineno}: %n needs the count (n=…)"
            calls += 1
    assert calls > 150


@pytest.mark.parametrize(("language", "counts"), [
    ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3, 111: 4}),
    ("fr", {0: 0, 1: 0, 2: 1, 100: 1}),
    ("da", {0: 1, 1: 0, 2: 1}),
    ("de", {1: 0, 5: 1}),
    ("es", {1: 0, 5: 1}),
    ("en", {0: 1, 1: 0, 2: 1}),
])
def test_plural_forms_follow_qts_rules(language, counts):
    assert {n: plural_index(language, n) for n in counts} == counts


def test_a_message_is_english_text_that_can_be_said_again():
    message = msg("Files", "{source}: {problem} (and %n more problem(s))", n=2,
                  source="a.cjm", problem=msg("Files", "no such file"))
    assert message == "a.cjm: no such file (and 2 more problems)"
    assert isinstance(message, str)
    assert message.say("da") == "a.cjm: filen findes ikke (og 2 problemer mere)"
    assert message.say("de-AT") == "a.cjm: Datei nicht gefunden (und 2 weitere Probleme)"
    assert say(message, "ar") == "a.cjm: الملف غير موجود (ومشكلتان أخريان)"
    assert say(message, "tlh") == message  # a language the editor does not speak: English
    again = pickle.loads(pickle.dumps(message))  # a worker's messages cross processes
    assert again.say("fr") == message.say("fr") and again == message


def test_load_errors_in_the_readers_language(tmp_path):
    with pytest.raises(LoadError) as missing:
        load(tmp_path / "gone.cjm")
    assert say(missing.value, "da") == f"{tmp_path / 'gone.cjm'}: filen findes ikke"
    assert say(missing.value, "fr") == f"{tmp_path / 'gone.cjm'} : fichier introuvable"
    with pytest.raises(LoadError) as cut:
        loads('{"schema_version": 5, "meta": {"title": "x', "half.cjm")
    assert say(cut.value, "de").startswith("half.cjm: die Datei endet zu früh")
    assert "الملف" in say(cut.value, "ar")
    with pytest.raises(LoadError) as newer:
        loads(json.dumps({"schema_version": 99}), "new.cjm")
    assert "Opdater cjdesigner" in say(newer.value, "da")
    assert "Update cjdesigner" in str(newer.value)


def test_import_warnings_and_errors_in_the_readers_language():
    doc, warnings = import_csv_text("stage,step,lane,title,colour\nA,a,Actions,Hello,red\n")
    assert doc.cards and len(warnings) == 1
    assert say(warnings[0], "de").startswith("unbekannte Spalte 'colour' ignoriert")
    assert say(warnings[0], "es").startswith("se ignoró la columna desconocida 'colour'")
    with pytest.raises(CsvError) as bad:
        import_csv_text("stage,step,lane,title,emotion\nA,a,Actions,Hi,lots\n,,Actions,x,\n")
    danish = say(bad.value, "da")
    assert danish.startswith("2 problemer, intet importeret:")
    assert "række 2: følelsen 'lots' er ikke et tal" in danish
    assert "række 3: fasen er tom" in danish
    assert "2 problems, nothing imported" in str(bad.value)


def test_export_warnings_in_the_readers_language():
    report = missing_report(["\ue000\ue001"])
    assert len(report) == 1
    assert say(report[0], "fr").startswith("2 caractères ne peuvent pas être imprimés")
    assert "Noto Sans pour son écriture" in say(report[0], "fr")
    one = missing_report(["\ue000"])[0]
    assert one.startswith("1 character cannot be printed")
    assert say(one, "ar").startswith("محرف واحد")
    options = Lines([msg("Export", "--paper {name} (card text {size:.0f} pt)", name="A0",
                         size=16.4)], msg("Export", ", or "))
    advice = msg("Export", "Card text prints at {body:.1f} pt (titles {title:.1f} pt), under "
                 "the {minimum} this format needs to be read; what would work: {options}.",
                 body=9.25, title=11.5, options=options,
                 minimum=msg("Export", "{body:g} pt body / {title:g} pt titles", body=16,
                             title=20))
    assert advice.say("es") == (
        "El texto de las tarjetas se imprime a 9.2 pt (títulos 11.5 pt), por debajo de los "
        "16 pt de texto / 20 pt de títulos que este formato necesita para leerse; lo que "
        "funcionaría: --paper A0 (texto de las tarjetas 16 pt).")


@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["--language", "da", "validate"], {}, "filen findes ikke"),
    (["--language=fr", "validate"], {}, "fichier introuvable"),  # "{path} : …" in French
    (["validate"], {"LANG": "de_DE.UTF-8"}, "Datei nicht gefunden"),
    (["validate"], {"LC_ALL": "es_ES.UTF-8"}, "no existe el archivo"),
    (["validate"], {"LC_MESSAGES": "ar_EG.UTF-8", "LANG": "en_US.UTF-8"}, "الملف غير موجود"),
    (["validate"], {"LANG": "C.UTF-8"}, "no such file"),
    (["validate"], {"LC_ALL": "pt_BR.UTF-8", "LANG": "da_DK.UTF-8"}, "no such file"),
])
def test_the_command_line_speaks_the_locales_language(argv, env, expected, tmp_path, capsys,
                                                       monkeypatch):
    # (LANGUAGE is read too, see test_the_message_language_of_the_environment; set in this
    # process it would also switch the C library's own messages, strerror, for good)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    gone = tmp_path / "gone.cjm"
    assert main([*argv, str(gone)]) == 1
    separator = " : " if expected == "fichier introuvable" else ": "
    assert capsys.readouterr().err.strip() == f"{gone}{separator}{expected}"


def test_the_command_lines_results_are_said_in_its_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "da_DK.UTF-8")
    template = Path("resources/templates/washing-machine-retailer.cjm")
    assert main(["validate", str(template)]) == 0
    out = capsys.readouterr().out
    assert ": i orden, " in out and " faser, " in out and " kort, " in out
    assert "(Nuværende tilstand, køb)" in out  # the map's kind in the words of the poster
    assert main(["--language", "ar", "export", str(template), "-o",
                 str(tmp_path / "map.cjm")]) == 1  # .cjm is no export format
    assert "لا يمكن التصدير" in capsys.readouterr().err


def test_the_message_language_of_the_environment():
    assert message_language(None, {}) == "en"
    assert message_language("da-DK", {"LANG": "de_DE.UTF-8"}) == "da"
    assert message_language(None, {"LANG": "fr_CA.UTF-8"}) == "fr"
    assert message_language(None, {"LANGUAGE": "xx:ar", "LANG": "en_US.UTF-8"}) == "ar"
    assert message_language("tlh", {}) == "en"


def test_a_message_is_a_str_everywhere_text_was():
    message = msg("Import", "row {row}: {problem}", row=4, problem=msg("Import", "lane is empty"))
    assert isinstance(message, Message) and message.upper() == "ROW 4: LANE IS EMPTY"
    assert f"{message}" == "row 4: lane is empty" and json.dumps(message) == '"row 4: lane is empty"'


def test_workbook_warnings_and_errors_in_the_readers_language():
    import io

    import openpyxl

    from cjdesigner.exchange.xlsx import WorkbookError
    from cjdesigner.exchange.xlsx_read import read_workbook_bytes

    wb = openpyxl.Workbook()
    wb.active.append(["Stage", "Lane", "Title", "Emotion"])
    wb.active.append(["Look", "Doing", "Reads", "=1-2"])
    wb.active.append(["Look", "Doing", "Asks", "=2-1"])
    buffer = io.BytesIO()
    wb.save(buffer)  # openpyxl computes nothing
    warnings = read_workbook_bytes(buffer.getvalue()).warnings
    formulas = next(w for w in warnings if "formula" in w)
    assert say(formulas, "da").startswith("2 formelceller uden beregnet værdi")
    assert say(formulas, "ar").startswith("خليتا صيغ")
    with pytest.raises(WorkbookError) as refused:
        read_workbook_bytes(b"stage,lane,title\n")
    assert say(refused.value, "fr").startswith("ceci est un fichier texte, pas un classeur Excel")
