"""Find user-visible strings in the UI code that do not go through ``translate``.

A string literal (or an f-string with words in it) is user-visible when it is an argument
of a call that shows text: a Qt text setter (``setText``, ``setToolTip``, ``addAction`` …),
a widget made with its text (``QLabel("…")``, ``QAction("…")`` …) or one of the UI's own
helpers that pass text on (``hint``, ``section_title`` …, listed in :data:`HELPERS`).
Literal pieces in conditionals, concatenations, ``"…".format(…)`` and ``"…" % …`` count.
Strings with no word in them ("…", "—", "%", "+", "1:1") are not language.

``python -m tools.i18n.untranslated`` lists what it finds as ``path:line: text``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "cjdesigner" / "ui"

#: Qt methods whose string arguments are shown (any receiver)
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "addMenu", "setLabelText", "setInformativeText",
    "setDetailedText", "showMessage", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "setItemText", "setItemToolTip", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "setHeaderLabels", "setHeaderLabel", "setSuffix", "setPrefix", "setSpecialValueText",
    "setAccessibleName", "setAccessibleDescription", "addRow", "insertRow", "setButtonText",
    "addButton", "setCancelButtonText", "getOpenFileName", "getSaveFileName",
    "getOpenFileNames", "getExistingDirectory", "information", "warning", "critical",
    "question", "about", "getText", "getItem", "getInt", "getDouble", "addAction",
    "addSection", "setWindowIconText", "setOkButtonText", "setTextValue",
    "setFormat", "setIconText", "createUndoAction", "createRedoAction",
})
#: methods whose first text argument is shown; later ones are data (addItem(text, key))
FIRST_TEXT_ONLY = frozenset({"addItem", "insertItem", "addItems", "_dock"})
#: widgets made with their text
WIDGETS = frozenset({
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu",
    "QToolButton", "QMessageBox", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "QTableWidgetItem", "QProgressDialog", "QDockWidget", "QCommandLinkButton", "QUndoCommand",
})
#: the UI's own functions and methods that show every text they are given
HELPERS = frozenset({
    "hint", "section_title", "_action", "a", "_dock", "_button", "tell", "error", "info",
    "confirm", "inform", "show_message", "ask", "ask_text", "open_file", "save_file",
    "print_setup", "PrintError", "RasterError", "ExportError",
})
#: calls whose first argument is a key and the rest is shown (the inspector's bindings)
KEYED = ("Binding",)
#: keyword arguments that are shown, whatever the call
TEXT_KEYWORDS = frozenset({
    "text", "title", "label", "tip", "tooltip", "placeholder", "suffix", "caption",
    "message", "status",
})
#: keyword arguments that are never shown
NOT_TEXT_KEYWORDS = frozenset({"objectName", "name", "key", "data", "icon", "shortcut"})
#: the call that translates
TRANSLATORS = frozenset({"translate", "tr", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "mark"})

#: lists of lines that are shown (``lines.append("…")``)
TEXT_LISTS = frozenset({"lines", "warnings", "parts", "notes", "facts", "messages", "texts",
                        "badges"})
#: tables of names, not words: exported names, paper sizes (Letter, Tabloid, ANSI D …)
NOT_TEXT_CONSTANTS = frozenset({"__all__", "PAPER_SIZES", "keys", "KEYS", "STYLE", "STYLESHEET"})
#: names that look like words but are never translated
NOT_WORDS = frozenset({"Source Sans Pro", "Regular", "Semibold", "Bold", "Italic", "DejaVu Sans"})

_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    column: int
    end_line: int
    end_column: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def is_language(text: str) -> bool:
    """Whether a literal has a word in it (two letters or more in a row)."""
    return bool(_WORD.search(text))


def _text_nodes(node: ast.expr) -> Iterator[ast.expr]:
    """The literal pieces of an argument expression that end up on screen."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if is_language(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values
                          if isinstance(v, ast.Constant) and isinstance(v.value, str))
        if is_language(literal):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from _text_nodes(node.body)
        yield from _text_nodes(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _text_nodes(value)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _text_nodes(node.left)
        if isinstance(node.op, ast.Add):
            yield from _text_nodes(node.right)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "…".format(…), "…".join(…), text.strip(): the receiver is the text
        if node.func.attr in ("format", "strip", "upper", "capitalize", "title"):
            yield from _text_nodes(node.func.value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _text_nodes(element)
    elif isinstance(node, ast.Dict):  # {"Show": slot, …}: buttons named by the keys
        for key in node.keys:
            if key is not None:
                yield from _text_nodes(key)


def shown_arguments(call: ast.Call) -> Iterator[ast.expr]:
    """The arguments of ``call`` that are shown as text (none for other calls)."""
    name = _name(call.func)
    if name in TRANSLATORS:
        return
    if name in ("append", "extend", "insert"):  # lines.append("…"): a list of shown lines
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        if receiver is not None and _name(receiver) in TEXT_LISTS:
            yield from call.args
        return
    if name == "emit":  # a panel's message signal shows its text in the status bar
        if isinstance(call.func, ast.Attribute) and _name(call.func.value) == "message":
            yield from call.args
        return
    if name in FIRST_TEXT_ONLY:
        for arg in call.args:
            icon = (isinstance(arg, ast.Name | ast.Attribute) and arg is call.args[0]
                    and len(call.args) > 1 and _name(arg).lower().endswith("icon"))
            if not icon:  # addItem(icon, "text", data): the text follows the icon
                yield arg
                return
        return
    if name in TEXT_METHODS or name in WIDGETS or name in HELPERS:
        yield from call.args
        for keyword in call.keywords:
            if keyword.arg not in NOT_TEXT_KEYWORDS:
                yield keyword.value
        return
    if name.endswith(KEYED):
        yield from call.args[1:2]
    for keyword in call.keywords:
        if keyword.arg in TEXT_KEYWORDS:
            yield keyword.value


#: variables whose value is shown when a string is assigned to them
TEXT_VARIABLES = frozenset({
    "text", "title", "label", "tip", "message", "summary", "caption", "placeholder", "part",
    "where", "extra", "more", "note", "detail", "details", "heading", "MIXED", "NOT_SET",
})
_PROSE = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]|^[^\W\d_][^\W\d_A-Z]+$|^[A-Z]")


def is_prose(node: ast.expr) -> bool:
    """A returned literal that reads as words (keys and names are single lowercase words)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    else:
        return False
    if "::" in text or text in NOT_WORDS:  # a style sheet, a font's or a format's name
        return False
    if re.search(r"\{[^{}]*:[^{}]*;", text):  # QWidget#name { background: …; }
        return False
    return is_language(text) and bool(re.search(r"[^\W\d_]{2,}\s+[^\W\d_]", text)
                                      or re.match(r"\W*[A-Z][a-z]", text))


def _collection_texts(node: ast.expr) -> Iterator[ast.expr]:
    """Words kept in a literal table (a tuple, list or dict's values, nested): the labels
    of buttons, fields and choices that a loop later shows."""
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        for element in node.elts:
            yield from _collection_texts(element)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _collection_texts(value)
    elif is_prose(node):
        yield node


def shown_values(node: ast.AST) -> Iterator[ast.expr]:
    """Values shown because they are returned from UI code as words, kept in a variable
    named for text (``title = "…"``), in a constant (``NOTHING = "Click a card…"``) or in
    a literal table of labels (``for key, text in (("stage", "+ Stage"), …)``)."""
    if isinstance(node, ast.Return) and node.value is not None:
        for text in _text_nodes(node.value):
            if is_prose(text):
                yield text
    elif isinstance(node, ast.Assign | ast.AnnAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if node.value is None:
            return
        if any(_name(t) in NOT_TEXT_CONSTANTS for t in targets):
            return
        if any(_name(t) in TEXT_VARIABLES for t in targets) or any(_name(t).isupper() for t in targets) and is_prose(node.value):
            yield node.value
        elif isinstance(node.value, ast.List | ast.Tuple | ast.Dict | ast.Set):
            yield from _collection_texts(node.value)
    elif isinstance(node, ast.For) and isinstance(node.iter, ast.List | ast.Tuple):
        yield from _collection_texts(node.iter)


def findings_in(path: Path, source: str | None = None) -> list[Finding]:
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found: dict[tuple[int, int], Finding] = {}
    enum_values = {id(item) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                   and any(_name(base).endswith("Enum") for base in node.bases)
                   for item in node.body}  # an Enum's values are keys, not words
    for node in ast.walk(tree):
        if id(node) in enum_values:
            continue
        for value in shown_values(node):
            for text in _text_nodes(value):
                assert text.end_lineno is not None and text.end_col_offset is not None
                literal = text.value if isinstance(text, ast.Constant) else ast.unparse(text)
                found.setdefault((text.lineno, text.col_offset), Finding(
                    path, text.lineno, text.col_offset, text.end_lineno, text.end_col_offset,
                    str(literal)))
        if not isinstance(node, ast.Call):
            continue
        for argument in shown_arguments(node):
            for text in _text_nodes(argument):
                literal = (text.value if isinstance(text, ast.Constant)
                           else ast.unparse(text))
                assert text.end_lineno is not None and text.end_col_offset is not None
                found.setdefault((text.lineno, text.col_offset), Finding(
                    path, text.lineno, text.col_offset, text.end_lineno, text.end_col_offset,
                    str(literal)))
    return sorted(found.values(), key=lambda f: (f.line, f.column))


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def findings() -> list[Finding]:
    return [f for path in ui_sources() for f in findings_in(path)]


def main() -> int:
    found = findings()
    for finding in found:
        print(finding)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
