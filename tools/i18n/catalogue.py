"""Qt Linguist files: the project's own commands around pyside6-lupdate / pyside6-lrelease.

``update`` extracts every marked string of ``cjdesigner/`` into
``resources/translations/cjdesigner_LANG.ts`` (no line numbers, so the files change only
when strings do); ``release`` compiles them to ``.qm``; ``messages`` reads a ``.ts``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .sources import SourceMessage

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cjdesigner"
FOLDER = ROOT / "resources" / "translations"
#: the five translations the project keeps complete
LANGUAGES = ("da", "de", "fr", "es", "ar")
#: English needs a file too, for its plural forms only ("1 card", "3 cards" from
#: "%n card(s)"); its other messages stay unfinished and show the source text
ENGLISH = "en"
FILES = (*LANGUAGES, ENGLISH)
#: Qt's name for each language in the .ts header (plural rules come from it)
QT_LANGUAGE = {"da": "da_DK", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "ar": "ar",
               "en": "en_US"}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is missing: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"cjdesigner_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"cjdesigner_{language}.qm"


#: plural forms Qt uses per language (numerusform elements of a counted message)
PLURAL_FORMS = {"da": 2, "de": 2, "fr": 2, "es": 2, "ar": 6, "en": 2}


def update(folder: Path = FOLDER) -> None:
    """Extract the strings into each language's .ts (keeping what is translated).

    pyside6-lupdate reads the code; its Python reader misses a call whose count is not a
    literal (``translate(c, "%n card(s)", None, len(cards))``) and never marks a counted
    message as plural, so the messages the code has (:mod:`tools.i18n.sources`) complete
    its result: missing ones are added, counted ones get their plural forms back.
    """
    from .sources import source_messages

    folder.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    wanted = source_messages()
    for language in FILES:
        target = ts_path(language, folder)
        before = {(m.context, m.source): m for m in messages(target)} if target.exists() else {}
        subprocess.run(
            [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-target-language", QT_LANGUAGE[language], *files, "-ts", str(target)],
            cwd=ROOT, check=True, capture_output=True,
        )
        _complete(target, wanted, before, PLURAL_FORMS[language])


def _complete(target: Path, wanted: list[SourceMessage], before: dict[tuple[str, str], Message],
              plurals: int) -> None:
    tree = ElementTree.parse(target)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for want in wanted:
        context = contexts.get(want.context)
        if context is None:
            context = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = want.context
            contexts[want.context] = context
        message = next((m for m in context.iter("message")
                        if m.findtext("source") == want.text), None)
        if message is None:
            message = ElementTree.SubElement(context, "message")
            ElementTree.SubElement(message, "source").text = want.text
            translation = ElementTree.SubElement(message, "translation", type="unfinished")
            old = before.get((want.context, want.text))
            if old is not None and not old.numerus:
                translation.text = old.translations[0]
                if not old.state:
                    del translation.attrib["type"]
        if not want.numerus:
            continue
        message.set("numerus", "yes")
        found = message.find("translation")
        assert found is not None
        translation = found
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        old = before.get((want.context, want.text))
        forms = old.translations if old is not None and old.numerus else ()
        if len(forms) == plurals and all(forms) and old is not None and not old.state:
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            forms = ("",) * plurals
        for form in forms:
            ElementTree.SubElement(translation, "numerusform").text = form
    for message in root.iter("message"):
        # pyside6-lupdate takes a Python "#:" comment above a translate() call for a
        # translator's comment; here "#:" documents the code (Sphinx), so whatever
        # attribute's doc stood above a call landed in the file: none are kept
        for comment in message.findall("extracomment"):
            message.remove(comment)
    for context in root.iter("context"):  # one order, whoever added what
        in_order = sorted(context.findall("message"), key=lambda m: m.findtext("source") or "")
        for message in in_order:
            context.remove(message)
        context.extend(in_order)
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
    root.extend(ordered)
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")


def release(folder: Path = FOLDER, out: Path | None = None) -> None:
    """Compile each .ts to its .qm (into ``out``, else beside it)."""
    for language in FILES:
        target = qm_path(language, out or folder)
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(target)],
            cwd=ROOT, check=True,
        )


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    #: "" when finished; "unfinished", "obsolete" or "vanished" otherwise
    state: str
    numerus: bool


def messages(path: Path) -> list[Message]:
    found = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(Message(
                name, message.findtext("source") or "",
                tuple(forms) if forms else (translation.text or "",),
                translation.get("type", ""), message.get("numerus") == "yes",
            ))
    return found
