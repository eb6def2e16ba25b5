"""The export registry: one list that the command line, Export As and the export dialog
read, so a format registered once appears everywhere with its options."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from cjdesigner import cli
from cjdesigner.export import registry
from cjdesigner.model import JourneyMap
from cjdesigner.model.sample import sample_map


def test_every_format_names_a_function_that_exists():
    for fmt in registry.all_formats():
        assert callable(fmt.function()), fmt.id
        assert fmt.suffix.startswith(".") and fmt.suffix == fmt.suffix.lower()
        assert registry.for_path(f"x{fmt.suffix.upper()}") is fmt
        for name in fmt.uses or ():
            assert name in fmt.defaults(), (fmt.id, name)
    ids = [fmt.id for fmt in registry.all_formats()]
    assert len(ids) == len(set(ids))
    assert len(registry.suffixes()) == len(set(registry.suffixes()))


def test_the_registry_imports_no_qt():
    code = ("import sys, cjdesigner.export.registry as r; r.all_formats(); "
            "import json; print(json.dumps(sorted(m for m in sys.modules if 'PySide6' in m)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2]).stdout
    assert json.loads(out) == []


def _write_words(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> list[str]:
    words = [c.title for c in doc.cards][: int(options["count"])]
    sep = " | " if options["pipes"] else "\n"
    path.write_text(sep.join(words), encoding="utf-8")
    return ["only titles"]


WORDS = registry.ExportFormat(
    "words", ".words", "Card titles", "the card titles, one a line", _write_words,
    registry.OptionGroup("title options (.words)", (
        registry.Option("count", 3.0, "how many titles", number=True),
        registry.Option("pipes", False, "separate with pipes", switch=True),
    )),
    summary=lambda doc: f"{len(doc.cards)} card titles",
)


@pytest.fixture
def words_registered(monkeypatch):
    monkeypatch.setattr(registry, "REGISTRY", dict(registry.REGISTRY))
    registry.register(WORDS)


def test_one_registration_reaches_the_command_line(words_registered, tmp_path, capsys):
    from cjdesigner.fileio import save

    source = tmp_path / "map.cjm"
    save(sample_map(), source)
    assert cli.main(["export", "--help"]) == 0
    help_text = capsys.readouterr().out
    assert ".words" in help_text and "title options (.words)" in help_text
    assert "--count" in help_text and "--pipes" in help_text
    out = tmp_path / "t.words"
    assert cli.main(["export", str(source), "-o", str(out), "--count", "2", "--pipes"]) == 0
    captured = capsys.readouterr()
    titles = [c.title for c in sample_map().cards]
    assert out.read_text(encoding="utf-8") == " | ".join(titles[:2])
    assert "warning: only titles" in captured.err
    assert cli.main(["export", str(source), "-o", str(tmp_path / "x.csv"), "--count", "1"]) == 0
    assert "--count does not apply to .csv" in capsys.readouterr().err
