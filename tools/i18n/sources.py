"""The translatable strings of the code, read with Python's own parser.

Every call ``translate(CONTEXT, TEXT, …)`` (also ``QCoreApplication.translate``),
``QT_TRANSLATE_NOOP(CONTEXT, TEXT)``, the Qt-free layers' messages ``msg(CONTEXT, TEXT,
…)`` and, in the Qt-free poster code,
``words("Poster", TEXT)`` with literal arguments gives a message. This is the
list ``pyside6-lupdate`` must have found (a test compares them), and it tells which
messages have plural forms: those called with a count (``translate(c, "%n card(s)", None,
n)``), which lupdate's Python reader does not notice unless the count is a literal.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from .catalogue import sources

#: ``msg("Context", "text", n=…, name=…)`` marks a message of the Qt-free layers (loading,
#: importing, exporting, the command line: cjdesigner.i18n.messages)
TRANSLATE_CALLS = frozenset({"translate", "QT_TRANSLATE_NOOP", "msg"})
#: the Qt-free lookups of the map's own words (``words("Poster", "Updated {date}")`` in
#: cjdesigner.pdf and cjdesigner.layout, see cjdesigner.i18n.words), in these contexts
WORDS_CALLS = frozenset({"words", "w"})
WORDS_CONTEXTS = frozenset({"Poster", "Vocabulary"})


@dataclass(frozen=True)
class SourceMessage:
    context: str
    text: str
    numerus: bool
    path: Path
    line: int


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages_in(path: Path) -> list[SourceMessage]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(
            func, ast.Attribute) else ""
        if name not in TRANSLATE_CALLS | WORDS_CALLS:
            continue
        context, text = _literal(node.args[0]), _literal(node.args[1])
        if context is None or text is None:
            continue
        if name in WORDS_CALLS and context not in WORDS_CONTEXTS:
            continue
        numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
        found.append(SourceMessage(context, text, numerus, path, node.lineno))
    return found


def source_messages() -> list[SourceMessage]:
    return [m for path in sources() for m in messages_in(path)]
