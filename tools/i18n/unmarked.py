"""Find messages for people in the Qt-free layers that escape the catalogue.

Loading, importing, exporting and the command line speak through
``cjdesigner.i18n.messages.msg`` (a message id and its values, said in the reader's
language where it is shown). In the modules of :data:`MESSAGE_MODULES`, a worded string
literal or f-string is a message for people, and must be the text of a ``msg(…)`` call,
when it is

- an argument of a raised exception (``raise CsvError("…")``) or of an exception made to
  be raised or kept (``LoadError(source, "…")``),
- added to a list of shown lines (``warnings.append("…")``, ``problems.extend(…)``),
- printed by the command line (``print("…")``, ``_err("…")``), or
- returned by a function that makes messages (its name ends in ``_message``).

``python -m tools.i18n.unmarked`` lists what it finds as ``path:line: text``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cjdesigner"

#: the modules whose messages reach people through msg() (load and save errors, card
#: list imports, poster export warnings and readability advice, the missing-glyph
#: report, the command line)
MESSAGE_MODULES = (
    "fileio/cjm.py",
    "fileio/migrations.py",
    "csvio.py",
    "exchange/xlsx_read.py",
    "pdf/poster.py",
    "pdf/readability.py",
    "text/coverage.py",
    "cli.py",
)
#: exceptions that carry messages for people (besides anything raised)
MESSAGE_EXCEPTIONS = frozenset({
    "LoadError", "SaveError", "ReadOnlyError", "ChangedOnDiskError", "CsvError",
    "PaperError", "MigrationError", "NewerVersionError", "_Failure", "Alternative",
})
#: lists whose lines are shown
SHOWN_LISTS = frozenset({"warnings", "problems", "notes", "ignored", "lines"})
#: calls that write to the terminal
PRINTS = frozenset({"print", "_err"})
#: the call that marks a message
MARK = "msg"

_WORD = re.compile(r"[^\W\d_]{2,}")
#: names and paths, not language: ``schema_version``, ``cards[3].lane_id``
#: a git diff header the command line writes for git, not for people
NOT_MESSAGES = ("diff --",)
_KEY = re.compile(r"^[a-z][a-z0-9]*([_.][a-z0-9\[\]]+)+$")


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _worded(node: ast.expr) -> str | None:
    """The words of a literal or an f-string's literal parts, when it has any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return None
    if text.startswith(NOT_MESSAGES):
        return None
    return text if _WORD.search(text) and not _KEY.match(text) else None


def _pieces(node: ast.expr) -> Iterator[ast.expr]:
    """The literal pieces of an expression that would be shown as they are: the node
    itself, the branches of a conditional, the parts of a concatenation or a join, the
    elements of a generator's result; not what goes through msg()."""
    if isinstance(node, ast.Call):
        if _name(node.func) == MARK:
            return
        if _name(node.func) in ("join", "format"):  # ", ".join(…), "…".format(…)
            if isinstance(node.func, ast.Attribute):
                yield from _pieces(node.func.value)
            for arg in node.args:
                yield from _pieces(arg)
        return
    if isinstance(node, ast.IfExp):
        yield from _pieces(node.body)
        yield from _pieces(node.orelse)
    elif isinstance(node, ast.BinOp):
        yield from _pieces(node.left)
        yield from _pieces(node.right)
    elif isinstance(node, ast.GeneratorExp | ast.ListComp):
        yield from _pieces(node.elt)
    elif isinstance(node, ast.Constant | ast.JoinedStr):
        yield node


def _shown(node: ast.AST, in_message_function: bool) -> Iterator[ast.expr]:
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
        yield from node.exc.args
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in MESSAGE_EXCEPTIONS or name in PRINTS:
            yield from node.args
        elif name in ("append", "extend", "insert") and isinstance(node.func, ast.Attribute) \
                and _name(node.func.value) in SHOWN_LISTS:
            yield from node.args[-1:]
    elif isinstance(node, ast.Return) and node.value is not None and in_message_function:
        yield node.value


def unmarked_in(path: Path, source: str | None = None) -> list[Unmarked]:
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found: dict[tuple[int, int], Unmarked] = {}
    functions = [tree, *(n for n in ast.walk(tree)
                         if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef))]
    for scope in functions:
        making = isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef) and \
            scope.name.endswith("_message")
        for node in ast.walk(scope):
            for value in _shown(node, making):
                for piece in _pieces(value):
                    text = _worded(piece)
                    if text is not None:
                        found.setdefault((piece.lineno, piece.col_offset),
                                         Unmarked(path, piece.lineno, text))
    return sorted(found.values(), key=lambda u: u.line)


def message_modules() -> list[Path]:
    return [PACKAGE / name for name in MESSAGE_MODULES]


def unmarked() -> list[Unmarked]:
    return [u for path in message_modules() for u in unmarked_in(path)]


def main() -> int:
    found = unmarked()
    for item in found:
        print(item)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
