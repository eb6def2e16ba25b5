"""The command line, through ``main([...])``: output, messages and exit codes."""

from __future__ import annotations

import io
import json
import sys
import types
from pathlib import Path

import pytest

from cjdesigner import cli
from cjdesigner.export import registry
from cjdesigner.fileio import dumps, load, save, schema_text
from cjdesigner.model import SCHEMA_VERSION
from cjdesigner.model.sample import sample_map
from cjdesigner.templates import list_templates, template_names
from tests.edit_helpers import set_fields

FIXTURES = Path(__file__).parent / "fileio" / "fixtures"


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "map.cjm"
    save(sample_map(), path)
    return path


@pytest.fixture
def no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_editor(monkeypatch: pytest.MonkeyPatch) -> list:
    calls: list = []
    module = types.ModuleType("cjdesigner.ui.app")
    module.run = lambda path: calls.append(path) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cjdesigner.ui.app", module)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return calls


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("cjdesigner ") and f"file format version {SCHEMA_VERSION}" in out


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in cli.COMMANDS:
        assert f"cjdesigner {command}" in out


@pytest.mark.parametrize("command", cli.COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([command, "--help"]) == 0
    assert f"usage: cjdesigner {command}" in capsys.readouterr().out


# -- the editor -----------------------------------------------------------------------


def test_editor_is_called_with_the_file(fake_editor: list, sample_file: Path) -> None:
    assert cli.main([str(sample_file)]) == 0
    assert fake_editor == [str(sample_file)]
    assert cli.main([]) == 0
    assert fake_editor[-1] is None


def test_no_display_prints_one_line_and_the_headless_commands(
    fake_editor: list, no_display: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert "no display" in lines[0]
    assert sum("no display" in line for line in lines) == 1
    assert all(line.startswith("  cjdesigner ") for line in lines[1:])
    assert len(lines) == 1 + len(cli.HEADLESS_COMMANDS)
    assert out.err == ""
    assert fake_editor == []  # Qt never started


def test_no_display_with_a_file_adds_its_summary(
    no_display: None, sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(sample_file)]) == 0
    out = capsys.readouterr().out
    assert "Sample journey" in out.splitlines()[-1]


@pytest.mark.parametrize(
    ("platform", "env", "expected"),
    [
        ("linux", {}, False),
        ("linux", {"DISPLAY": ":0"}, True),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, True),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, True),
        ("freebsd14", {}, False),
        ("win32", {}, True),
        ("darwin", {}, True),
    ],
)
def test_has_display(
    monkeypatch: pytest.MonkeyPatch, platform: str, env: dict, expected: bool
) -> None:
    monkeypatch.setattr(cli.sys, "platform", platform)
    assert cli.has_display(env) is expected


def test_without_the_editor_module_prints_the_summary(
    monkeypatch: pytest.MonkeyPatch, sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setitem(sys.modules, "cjdesigner.ui.app", None)  # import fails: not built
    assert cli.main([str(sample_file)]) == 0
    assert "Sample journey" in capsys.readouterr().out


def test_unreadable_file_without_editor_fails_cleanly(
    no_display: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_text("{", encoding="utf-8")
    assert cli.main([str(bad)]) == 1  # the headless notice, then the problem, and a failure
    out = capsys.readouterr()
    assert "truncated" in out.err and "cjdesigner validate" in out.out


def test_missing_file_without_display_fails(
    no_display: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(tmp_path / "missing.cjm")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_good_file_without_display_succeeds(
    no_display: None, sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([str(sample_file)]) == 0
    assert "Sample journey" in capsys.readouterr().out


def test_output_the_console_cannot_encode_is_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PYTHONIOENCODING=cp1252 cjdesigner validate: no UnicodeEncodeError traceback."""
    doc = sample_map()
    set_fields(doc, "meta", title="顧客 journey")
    path = tmp_path / "jp.cjm"
    save(doc, path)
    out, err = io.BytesIO(), io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="cp1252"))
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="cp1252"))
    assert cli.main(["validate", str(path)]) == 0
    assert cli.main(["validate", str(tmp_path / "顧客.cjm")]) == 1
    sys.stdout.flush()
    sys.stderr.flush()
    assert b"ok, \\u9867\\u5ba2 journey" in out.getvalue()
    assert b"\\u9867\\u5ba2.cjm: no such file" in err.getvalue()


def test_mistyped_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["valdate", "x.cjm"]) == 2
    assert "did you mean `cjdesigner validate`" in capsys.readouterr().err


# -- templates and new ----------------------------------------------------------------


def test_templates(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    infos = list_templates()
    assert len(lines) == len(infos) >= 1
    for line, info in zip(lines, infos, strict=True):
        assert line.startswith(info.name + " ")
        assert line.endswith(info.description)


def test_new_from_every_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in template_names():
        out = tmp_path / f"{name}.cjm"
        assert cli.main(["new", name, "-o", str(out)]) == 0
        doc = load(out)
        template = load(Path(list_templates()[0].path).with_name(f"{name}.cjm"))
        assert doc.meta.created == doc.meta.modified != template.meta.created
        assert doc.meta.author == "" and doc.meta.version_label == ""  # not the template's
        assert doc.meta.title == template.meta.title
        assert doc.cards == template.cards


def test_new_with_author(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ours.cjm"
    assert cli.main(["new", "service-blueprint", "-o", str(out), "--author", "Ana"]) == 0
    assert load(out).meta.author == "Ana"


def test_new_with_title_and_default_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    name = template_names()[0]
    assert cli.main(["new", name, "--title", "Our journey"]) == 0
    assert load(tmp_path / f"{name}.cjm").meta.title == "Our journey"


def test_new_refuses_to_overwrite(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = sample_file.read_bytes()
    name = template_names()[0]
    assert cli.main(["new", name, "-o", str(sample_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert sample_file.read_bytes() == before
    assert cli.main(["new", name, "-o", str(sample_file), "--force"]) == 0
    assert sample_file.read_bytes() != before
    assert sample_file.with_name("map.cjm.bak").read_bytes() == before


def test_new_force_replaces_even_a_non_map(tmp_path: Path) -> None:
    target = tmp_path / "notes.cjm"
    target.write_text("not a map", encoding="utf-8")
    assert cli.main(["new", template_names()[0], "-o", str(target), "--force"]) == 0
    load(target)


def test_new_unknown_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["new", "no-such-template", "-o", str(tmp_path / "x.cjm")]) == 1
    err = capsys.readouterr().err
    assert "no template named 'no-such-template'" in err and template_names()[0] in err
    assert not (tmp_path / "x.cjm").exists()


def test_new_without_template_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["new"]) == 2


# -- validate -------------------------------------------------------------------------


def test_validate_ok(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(sample_file), str(FIXTURES / "v1-bike-shop.cjm")]) == 0
    out = capsys.readouterr()
    assert out.err == "" and out.out.count(": ok, ") == 2


def test_validate_lists_every_problem(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(dumps(sample_map()))
    data["cards"][1]["lane_id"] = "lane-gone"
    data["cards"][2]["links"] = ["card-gone"]
    bad = tmp_path / "bad.cjm"
    bad.write_text(json.dumps(data), encoding="utf-8")
    missing = tmp_path / "missing.cjm"
    assert cli.main(["validate", "-q", str(sample_file), str(bad), str(missing)]) == 1
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.splitlines() == [
        f"{bad}: cards[1].lane_id: no lane with id 'lane-gone'",
        f"{bad}: cards[2].links[0]: no card with id 'card-gone'",
        f"{missing}: no such file",
    ]


def test_validate_needs_a_file() -> None:
    assert cli.main(["validate"]) == 2


# -- import and export ----------------------------------------------------------------


def test_export_csv_then_import(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "cards.csv"
    assert cli.main(["export", str(sample_file), "-o", str(csv_path)]) == 0
    assert csv_path.read_text(encoding="utf-8-sig").startswith("stage,step,lane")
    out = tmp_path / "again.cjm"
    assert cli.main(["import", str(csv_path), "-o", str(out)]) == 0
    doc = load(out)
    assert [c.title for c in doc.cards] == [c.title for c in sample_map().cards]
    again = tmp_path / "again.csv"
    assert cli.main(["export", str(out), "-o", str(again)]) == 0
    assert again.read_bytes() == csv_path.read_bytes()
    assert cli.main(["export", str(out), "-o", str(again), "--force"]) == 0
    assert again.read_bytes() == csv_path.read_bytes()


def test_import_never_replaces_its_own_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "cards.csv"
    text = "stage,lane,title\nBuy,Actions,Pays\n"
    csv_path.write_text(text, encoding="utf-8")
    for extra in ([], ["-f"]):
        assert cli.main(["import", str(csv_path), "-o", str(csv_path), *extra]) == 1
        assert "is the file to import itself" in capsys.readouterr().err
    assert csv_path.read_text(encoding="utf-8") == text


def test_import_with_title_and_author(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text("stage,lane,title\nBuy,Actions,Pays\n", encoding="utf-8")
    out = tmp_path / "m.cjm"
    assert cli.main(["import", str(csv_path), "-o", str(out), "--author", "Bo"]) == 0
    assert (load(out).meta.title, load(out).meta.author) == ("Cards", "Bo")
    args = ["import", str(csv_path), "-o", str(out), "-f", "--title", "Ours"]
    assert cli.main(args) == 0
    assert load(out).meta.title == "Ours"


def test_export_refuses_to_overwrite(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cards.csv"
    target.write_text("my spreadsheet\n", encoding="utf-8")
    assert cli.main(["export", str(sample_file), "-o", str(target)]) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "my spreadsheet\n"
    assert cli.main(["export", str(sample_file), "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8-sig").startswith("stage,step,lane")
    odd = tmp_path / "map.csv"  # a map saved under a .csv name: still never its own output
    odd.write_bytes(sample_file.read_bytes())
    assert cli.main(["export", str(odd), "-o", str(odd), "-f"]) == 1
    assert "is the map itself" in capsys.readouterr().err
    assert odd.read_bytes() == sample_file.read_bytes()


def test_import_refuses_to_overwrite(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text("stage,lane,title\nBuy,Actions,Pays\n", encoding="utf-8")
    assert cli.main(["import", str(csv_path), "-o", str(sample_file)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert cli.main(["import", str(csv_path), "-o", str(sample_file), "--force"]) == 0
    assert load(sample_file).cards[0].title == "Pays"


def test_import_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text("stage,lane,title,mood\nBuy,Actions,Pays,happy\n", encoding="utf-8")
    assert cli.main(["import", str(csv_path)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "mood" in err
    assert (tmp_path / "cards.cjm").exists()


def test_import_bad_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "cards.csv"
    csv_path.write_text("stage,lane,title,emotion\nBuy,Actions,Pays,very\n", encoding="utf-8")
    out = tmp_path / "m.cjm"
    assert cli.main(["import", str(csv_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()
    assert not out.exists()


def test_import_missing_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import", str(tmp_path / "nope.csv")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_export_unknown_suffix(
    sample_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", str(sample_file), "-o", str(tmp_path / "x.docx")]) == 1
    err = capsys.readouterr().err
    assert "cannot export to .docx" in err and ".csv" in err


def test_export_of_a_bad_map(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.cjm"
    bad.write_text("[]", encoding="utf-8")
    assert cli.main(["export", str(bad), "-o", str(tmp_path / "x.csv")]) == 1
    assert "expected a JSON object" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_export_needs_an_output() -> None:
    assert cli.main(["export", "map.cjm"]) == 2


def test_export_registry_with_options(
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """How the poster formats plug in: a suffix, a function, an option group."""
    seen: list = []

    options = registry.OptionGroup("poster options", (
        registry.Option("paper", "A4", "the sheet"),
        registry.Option("dpi", 150.0, "resolution", number=True),
    ))

    def export(doc, path, options) -> None:  # noqa: ANN001
        seen.append((doc.meta.title, path.name, options["paper"], options["dpi"]))
        path.write_text("poster", encoding="utf-8")

    # Only CSV and the two fakes: the bundled poster formats bring their own --paper.
    monkeypatch.setattr(registry, "REGISTRY", {"csv": registry.REGISTRY["csv"]})
    for suffix in (".pdf", ".png"):
        registry.register(
            registry.ExportFormat(suffix[1:], suffix, "Poster", "poster", export, options)
        )
    assert (
        cli.main(["export", str(sample_file), "-o", str(tmp_path / "p.PDF"), "--paper", "A0"]) == 0
    )
    assert seen == [("Sample journey", "p.PDF", "A0", 150)]
    assert cli.main(["export", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.count("poster options") == 1 and "--paper" in out
    assert (
        cli.main(["export", str(sample_file), "-o", str(tmp_path / "c.csv"), "--dpi", "300"]) == 0
    )
    assert "--dpi does not apply to .csv" in capsys.readouterr().err


def test_export_error_is_reported(
    sample_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fail(doc, path, options) -> None:  # noqa: ANN001
        raise registry.ExportError("the poster is wider than 200 inches; use --tile")

    monkeypatch.setitem(registry.REGISTRY, "pdf",
                        registry.ExportFormat("pdf", ".pdf", "Poster", "poster", fail))
    assert cli.main(["export", str(sample_file), "-o", str(tmp_path / "p.pdf")]) == 1
    assert (
        capsys.readouterr().err == "cjdesigner: the poster is wider than 200 inches; use --tile\n"
    )


# -- schema ---------------------------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    assert capsys.readouterr().out == schema_text()


def test_main_py_and_console_script_share_main() -> None:
    text = (Path(__file__).parent.parent / "main.py").read_text(encoding="utf-8")
    assert "from cjdesigner.cli import main" in text
