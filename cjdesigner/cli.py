"""The command line: ``cjdesigner [FILE]`` opens the editor; sub-commands work headless.

Exit codes: 0 done, 1 failed (a message on stderr), 2 usage error (argparse).
Heavy modules (Qt, CSV, templates, exporters) are imported only by the command using them.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cjdesigner import __version__
from cjdesigner.i18n.messages import Lines, Term, message_language, msg, say
from cjdesigner.i18n.words import DEFAULT_LANGUAGE
from cjdesigner.resources import ResourcesMissing, root

if TYPE_CHECKING:
    from cjdesigner.model import JourneyMap

PROG = "cjdesigner"

HEADLESS_COMMANDS = (
    ("templates", "list the bundled templates"),
    ("new TEMPLATE -o FILE", "start a map from a template"),
    ("validate FILE...", "check maps, one line per problem"),
    ("import CARDS.csv|MAP.xlsx -o FILE", "make a map from a card list or a workbook"),
    ("export FILE -o OUT", "write a map as {formats}"),
    ("schema", "print the JSON Schema of .cjm files"),
    ("diff OLD NEW", "what changed between two maps (exit 1 when they differ)"),
    ("merge BASE OURS THEIRS", "three-way merge into OURS (a git merge driver)"),
    ("metrics SURVEY.csv FILE", "journey metrics per step (CSAT, CES, NPS) from survey answers"),
    ("future FILE -o FUTURE", "a future-state map made from a current one"),
    ("compare CURRENT FUTURE -o OUT", "both maps step by step in one map or poster"),
    ("host FILE [--port N]", "a live session on the map without a window (Ctrl+C saves)"),
)


def _commands_text() -> str:
    formats = ", ".join(s.lstrip(".").upper() for s in _export_suffixes())
    width = max(len(usage) for usage, _ in HEADLESS_COMMANDS)
    return "\n".join(
        f"  {PROG} {usage.ljust(width)}  {text.format(formats=formats)}"
        for usage, text in HEADLESS_COMMANDS
    )


def _export_suffixes() -> list[str]:
    from cjdesigner.export.registry import suffixes

    return suffixes()


def _version_text() -> str:
    from cjdesigner.model import SCHEMA_VERSION

    return f"{PROG} {__version__} (file format version {SCHEMA_VERSION})"


class _Failure(Exception):
    """A command failed; the message goes to stderr and the exit code is 1."""


#: the language the command line speaks: ``--language TAG`` before the command, else the
#: environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); English when it speaks none of them
_SPEAKS = [DEFAULT_LANGUAGE]


def _say(message: object) -> str:
    """A message (cjdesigner.i18n.messages) in the command line's language."""
    return say(message, _SPEAKS[0])


def _err(message: object) -> None:
    print(_say(message), file=sys.stderr)


def _out(message: object) -> None:
    print(_say(message))


LANGUAGE_OPTION = "--language"
LANGUAGE_HELP = ("the language of messages (da, de, en, es, fr, ar), given before the command; "
                 "default: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)")


def _take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--language TAG`` (or ``--language=TAG``) given before the command: the language
    of the command line's messages (after a command, ``new --language`` is the map's)."""
    rest = list(argv)
    index = 0
    while index < len(rest) and rest[index].startswith("-") and rest[index] != "--":
        if rest[index] == "--language" and index + 1 < len(rest):
            tag = rest[index + 1]
            del rest[index : index + 2]
            return tag, rest
        if rest[index].startswith("--language="):
            tag = rest.pop(index).split("=", 1)[1]
            return tag, rest
        index += 1
    return None, rest


# -- the editor -----------------------------------------------------------------------


def has_display(environ: dict[str, str] | os._Environ[str] | None = None) -> bool:
    """False where Qt would abort for want of a screen (Linux/BSD without X or Wayland)."""
    env = os.environ if environ is None else environ
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def summary(doc: JourneyMap) -> str:
    """One line: title, kind, and how much the map holds."""

    parts = [
        msg("CommandLine", "%n stage(s)", n=len(doc.stages)),
        msg("CommandLine", "%n step(s)", n=len(doc.steps())),
        msg("CommandLine", "%n lane(s)", n=len(doc.lanes)),
        msg("CommandLine", "%n card(s)", n=len(doc.cards)),
        msg("CommandLine", "%n persona(s)", n=len(doc.personas)),
        msg("CommandLine", "%n emotion curve(s)", n=len(doc.curves)),
    ]
    comma = msg("CommandLine", ", ")  # "، " in Arabic
    kind = Lines([Term(doc.meta.map_type.label), Term(doc.meta.journey_kind.label, lower=True)],
                 comma)
    return msg("CommandLine", "{title} ({kind}): {parts}", title=doc.meta.title, kind=kind,
               parts=Lines(parts, comma))


def _print_summary(path: str) -> int:
    from cjdesigner.fileio import LoadError, load

    try:
        doc = load(path)
    except LoadError as exc:
        _err(exc)
        return 1
    _out(msg("CommandLine", "{path}: {summary}", path=path, summary=summary(doc)))
    return 0


def _editor_preflight() -> str | None:
    """Before Qt is imported: a one-line problem where Qt would abort, else None. Where
    only one of Wayland and X works, Qt is pointed at that one."""
    from cjdesigner import preflight

    verdict = preflight.check_display()
    if verdict.problem:
        return verdict.problem
    if verdict.platform:
        os.environ["QT_QPA_PLATFORM"] = verdict.platform
    return preflight.pyside_problem()


def _open_editor(path: str | None) -> int:
    root()  # a broken install (no resources folder) is said first: ResourcesMissing
    if not has_display():
        _out(msg("CommandLine", "{program}: no display (DISPLAY and WAYLAND_DISPLAY are unset), "
                 "so the editor cannot open; these commands work without one:", program=PROG))
        print(_commands_text())
        return _print_summary(path) if path else 0
    problem = _editor_preflight()
    if problem:
        _err(msg("CommandLine", '{program}: cannot open the editor: {problem}', program=PROG, problem=problem))
        return 1
    try:
        from cjdesigner.ui.app import run
    except ModuleNotFoundError as exc:
        if exc.name not in ("cjdesigner.ui", "cjdesigner.ui.app"):
            _err(msg("CommandLine", '{program}: cannot start the editor: {exc}', program=PROG, exc=exc))
            return 1
        # The editor is not part of this build: show what the file holds instead.
        if path:
            return _print_summary(path)
        print(f"{_version_text()}\n{_commands_text()}")
        return 0
    except ImportError as exc:
        _err(msg("CommandLine", '{program}: cannot start the editor: {exc}', program=PROG, exc=exc))
        return 1
    return int(run(path) or 0)


# -- commands -------------------------------------------------------------------------


def _cmd_templates(args: argparse.Namespace) -> int:
    from cjdesigner.fileio import LoadError
    from cjdesigner.templates import list_templates

    try:
        templates = list_templates()
    except LoadError as exc:
        raise _Failure(msg("CommandLine", 'a bundled template is damaged: {exc}', exc=exc)) from None
    if not templates:
        raise _Failure(msg("CommandLine", 'no templates are installed'))
    width = max(len(t.name) for t in templates)
    for template in templates:
        print(f"{template.name.ljust(width)}  {template.description}")
    return 0


def _refuse_overwrite(path: Path, force: bool) -> None:
    """An existing output is replaced only with ``--force``, and even then only when it is
    a regular file (links followed) that is not read-only; the replacement keeps the old
    file's owner and mode (``fileio.atomic_write``)."""
    from cjdesigner.fileio import check_replaceable

    try:
        existing = check_replaceable(path)
    except IsADirectoryError:
        raise _Failure(msg("CommandLine", '{path}: is a folder', path=path)) from None
    except OSError as exc:  # a FIFO, a device, a read-only file
        raise _Failure(msg("CommandLine", '{path}: not replaced: {strerror}', path=path, strerror=exc.strerror)) from None
    if existing is not None and not force:
        raise _Failure(msg("CommandLine", '{path}: already exists; add --force to replace it', path=path))


def _stamp(doc: JourneyMap, title: str | None, author: str | None) -> JourneyMap:
    """``doc`` made a new map of its own: new dates, the user's title and author, no version
    label (a template's author and version describe the template, not the new map)."""
    from cjdesigner.model import now_iso

    stamp = now_iso()
    changes = {"created": stamp, "modified": stamp, "author": author or "", "version_label": ""}
    return doc.with_meta(**changes, **({"title": title} if title else {}))


def _with_language(doc: JourneyMap, language: str | None) -> JourneyMap:
    """``doc`` with the map language given, else the environment's (LC_ALL, LANG …: the
    language its poster prints its own words in)."""
    import re

    from cjdesigner.i18n.paper import environment_locale
    from cjdesigner.i18n.words import locale_tag

    tag = language if language is not None else locale_tag(environment_locale())
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", tag) or len(tag) > 35:
        raise _Failure(msg("CommandLine", '--language {tag!r} is not a language tag such as da, en-US or ar', tag=tag))
    return doc.model_copy(update={"meta": doc.meta.model_copy(update={"language": tag})})


def _save_new(doc: JourneyMap, output: Path, force: bool) -> None:
    from cjdesigner.fileio import save

    try:
        save(doc, output, overwrite_unreadable=force)
    except OSError as exc:
        raise _Failure(exc) from None


def _cmd_new(args: argparse.Namespace) -> int:
    from cjdesigner.fileio import LoadError
    from cjdesigner.templates import TemplateNotFound, load_template

    name = args.template.removesuffix(".cjm")
    output = Path(args.output or f"{name}.cjm")
    try:
        doc = load_template(name)
    except TemplateNotFound as exc:
        raise _Failure(
            msg("CommandLine", 'no template named {template!r}; choose one of: {available}', template=args.template, available=', '.join(exc.available))
        ) from None
    except LoadError as exc:
        raise _Failure(msg("CommandLine", 'the template is damaged: {exc}', exc=exc)) from None
    _refuse_overwrite(output, args.force)
    doc = _stamp(doc, args.title, args.author)
    doc = _with_language(doc, args.language)
    _save_new(doc, output, args.force)
    _out(msg("CommandLine", "{output}: new map from template {name}: {summary}", output=output,
             name=name, summary=summary(doc)))
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from cjdesigner.fileio import LoadError, load

    failed = 0
    for path in args.files:
        try:
            doc = load(path)
        except LoadError as exc:
            failed += 1
            for problem in exc.problems:
                _err(msg("CommandLine", "{path}: {problem}", path=path, problem=problem))
            continue
        if not args.quiet:
            _out(msg("CommandLine", "{path}: ok, {summary}", path=path, summary=summary(doc)))
    return 1 if failed else 0


def _refuse_same_file(output: Path, source: str | Path, what: str) -> None:
    """No command writes over the file it reads, not even with --force."""
    try:
        same = output.exists() and os.path.samefile(output, source)
    except OSError:
        same = False
    if same:
        raise _Failure(msg("CommandLine", '{output}: is the {what} itself; choose another output file', output=output, what=what))


def _is_workbook(source: Path) -> bool:
    """An Excel workbook by its name, or by its content whatever its name."""
    from cjdesigner.exchange.filekind import XLSX, describe
    from cjdesigner.exchange.xlsx import is_workbook_name

    if is_workbook_name(source):
        return True
    try:
        with open(source, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04" or source.stat().st_size > 50_000_000:
                return False
        return describe(b"PK\x03\x04", source.read_bytes()) == XLSX
    except OSError:
        return False


def _read_cards(source: Path, title: str | None) -> tuple[JourneyMap, list[str], bool]:
    """(map, warnings, whole map?) from a CSV card list or an Excel workbook."""
    if _is_workbook(source):
        from cjdesigner.exchange.xlsx import WorkbookError
        from cjdesigner.exchange.xlsx_read import read_workbook

        try:
            imported = read_workbook(source, title=title)
        except WorkbookError as exc:
            raise _Failure(exc) from None
        doc = imported.doc.with_meta(title=title) if title else imported.doc
        return doc, imported.warnings, imported.whole_map
    from cjdesigner.csvio import CsvError, import_csv

    try:
        doc, warnings = import_csv(source, title=title)
    except CsvError as exc:
        raise _Failure(exc) from None  # the message already lists every bad row
    return doc, warnings, False


def _cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.csv)
    output = Path(args.output) if args.output else source.with_suffix(".cjm")
    _refuse_same_file(output, source, "file to import")
    _refuse_overwrite(output, args.force)
    if not source.is_file():
        raise _Failure(msg("CommandLine", "{path}: no such file", path=source)
                       if not source.exists() else
                       msg("CommandLine", "{path}: not a file", path=source))
    doc, warnings, whole_map = _read_cards(source, args.title)
    for warning in warnings:
        _err(msg("CommandLine", '{source}: warning: {warning}', source=source, warning=warning))
    if whole_map:  # the map's own title, dates and author come back with it
        if args.author:
            doc = doc.with_meta(author=args.author)
    else:
        doc = _stamp(doc, None, args.author)  # the importer has set the title
    _save_new(doc, output, args.force)
    _out(msg("CommandLine", "{output}: imported from {source}: {summary}", output=output,
             source=source, summary=summary(doc)))
    return 0


def _cmd_export(args: argparse.Namespace, groups: list[_OptionGroup]) -> int:
    from cjdesigner.export.registry import ExportError, for_path, suffixes
    from cjdesigner.fileio import LoadError, load

    output = Path(args.output)
    fmt = for_path(output)
    if fmt is None:
        wanted = output.suffix or "(none)"
        raise _Failure(
            msg("CommandLine", '{output}: cannot export to {wanted} files; use one of {value} as the output suffix', output=output, wanted=wanted, value=', '.join(suffixes()))
        )
    _refuse_same_file(output, args.map, "map")
    _refuse_overwrite(output, args.force)
    # a picture of the whole poster (--picture poster) reads the poster's options too
    from cjdesigner.export.formats import POSTER_PICTURE_USES

    uses = fmt.uses
    if uses is not None and getattr(args, "picture", None) == "poster" and "picture" in uses:
        uses = uses | POSTER_PICTURE_USES
    for group in groups:
        for dest, flag in group.dests.items():
            applies = fmt.id in group.format_ids and (uses is None or dest in uses)
            if not applies and getattr(args, dest) != group.defaults[dest]:
                _err(msg("CommandLine", '{program} export: warning: {flag} does not apply to {suffix} files', program=PROG, flag=flag, suffix=fmt.suffix))
    try:
        doc = load(args.map)
    except LoadError as exc:
        raise _Failure(exc) from None
    options: dict[str, Any] = {
        dest: getattr(args, dest) for group in groups for dest in group.dests
    }
    # relative card image paths are relative to the map's folder, not to where we run
    options["base_dir"] = Path(args.map).resolve().parent
    options["source_name"] = Path(args.map).name  # the poster's slug line
    # exports never show a window: Qt (PNG, SVG) draws offscreen whatever DISPLAY says
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        warnings = fmt.run(doc, output, options)
    except ImportError as exc:  # Qt's libraries or PySide6 itself
        from cjdesigner.preflight import explain_qt_import_error

        raise _Failure(msg("CommandLine", '{output}: cannot export: {reason}', output=output, reason=explain_qt_import_error(exc))) from None
    except ExportError as exc:
        raise _Failure(exc) from None
    except OSError as exc:
        raise _Failure(msg("CommandLine", '{output}: cannot write ({reason})', output=output, reason=exc.strerror or exc)) from None
    for warning in warnings:
        _err(msg("CommandLine", '{output}: warning: {warning}', output=output, warning=warning))
    _out(msg("CommandLine", "{output}: exported {summary}", output=output, summary=summary(doc)))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from cjdesigner.fileio import schema_text

    sys.stdout.write(schema_text())
    return 0


def _load_for_compare(path: str) -> JourneyMap:
    """A map for diff and merge; git's /dev/null (a file added or deleted) is empty."""
    from cjdesigner.fileio import load
    from cjdesigner.model import JourneyMap

    if path == os.devnull:
        return JourneyMap()
    return load(path)


def _cmd_diff(args: argparse.Namespace) -> int:
    """Exit 0 when equal, 1 when different, 2 on error (as diff(1)); as git's diff driver
    (seven arguments) always 0 on success, as git expects."""
    import json

    from cjdesigner.compare import diff_maps, diff_text, listing
    from cjdesigner.fileio import LoadError

    files = args.files
    if args.textconv:
        if len(files) != 1:
            _err(msg("CommandLine", '{program} diff --textconv: give exactly one FILE', program=PROG))
            return 2
    elif len(files) not in (2, 7):
        _err(msg("CommandLine", "{program} diff: give OLD and NEW (or git's seven diff-driver arguments)", program=PROG))
        return 2
    try:
        if args.textconv:
            sys.stdout.write(listing(_load_for_compare(files[0])))
            return 0
        git_driver = len(files) == 7
        old_path, new_path = (files[1], files[4]) if git_driver else (files[0], files[1])
        old = _load_for_compare(old_path)
        new = _load_for_compare(new_path)
    except LoadError as exc:
        for problem in exc.problems:
            _err(msg("CommandLine", "{path}: {problem}", path=exc.source, problem=problem))
        return 2
    if old_path == os.devnull:
        old = old.model_copy(update={"meta": new.meta})
    if new_path == os.devnull:
        new = new.model_copy(update={"meta": old.meta})
    diff = diff_maps(old, new)
    if args.json:
        sys.stdout.write(json.dumps(diff.as_json(), ensure_ascii=False, indent=2) + "\n")
    elif git_driver:
        name = files[0]
        print(f"diff --cjm a/{name} b/{name}")
        sys.stdout.write(diff_text(diff) or "(no differences in the map)\n")
    else:
        sys.stdout.write(diff_text(diff))
    if git_driver:
        return 0
    return 0 if diff.equal else 1


def _cmd_merge(args: argparse.Namespace) -> int:
    """Exit 0 when merged cleanly, 1 with conflicts (recorded in the map, listed on
    stderr), 2 on error (nothing written). Writes over OURS unless -o is given."""
    from cjdesigner.compare.conflicts import describe
    from cjdesigner.compare.merge import merge_maps
    from cjdesigner.fileio import LoadError, save
    from cjdesigner.model import Conflict

    try:
        base, ours, theirs = (_load_for_compare(p) for p in (args.base, args.ours, args.theirs))
    except LoadError as exc:
        for problem in exc.problems:
            _err(msg("CommandLine", "{path}: {problem}", path=exc.source, problem=problem))
        return 2
    result = merge_maps(
        base, ours, theirs, ours_label=args.ours_label, theirs_label=args.theirs_label
    )
    output = Path(args.output or args.ours)
    shown = args.path or str(output)
    try:
        # no .bak: as a git merge driver OURS is git's temporary copy in the work tree
        save(result.doc, output, backup=False)
    except OSError as exc:
        _err(msg("CommandLine", '{program} merge: {exc}', program=PROG, exc=exc))
        return 2
    for record in result.conflicts:
        _err(msg("CommandLine", '{shown}: CONFLICT {describe}', shown=shown, describe=describe(Conflict.model_validate(record))))
    if result.conflicts:
        count = len(result.conflicts)
        _err(
            msg("CommandLine", "{shown}: %n conflict(s) kept in the map; open it in cjdesigner to pick a "
                "side for each", n=count, shown=shown)
        )
        return 1
    return 0


def _cmd_metrics(args: argparse.Namespace) -> int:
    from cjdesigner.compare.metrics import (
        SurveyError,
        metric_text,
        read_survey,
        step_metrics,
        store_metrics,
    )
    from cjdesigner.fileio import LoadError, load, save

    output = Path(args.output or args.map)
    if args.output:
        _refuse_same_file(output, args.survey, "survey")
        _refuse_overwrite(output, args.force)
    try:
        doc = load(args.map)
    except LoadError as exc:
        raise _Failure(exc) from None
    try:
        answers = read_survey(args.survey, doc)
    except SurveyError as exc:
        raise _Failure(exc) from None
    found = step_metrics(answers, Path(args.survey).name)
    store_metrics(doc, found).apply(doc)
    from cjdesigner.model import now_iso

    doc = doc.with_meta(modified=now_iso())
    try:
        save(doc, output)
    except OSError as exc:
        raise _Failure(exc) from None
    for step in doc.steps():
        for metric in found.get(step.id, []):
            print(f"{step.name}: {metric_text(metric)}")
    count = len(answers)
    _out(msg("CommandLine", "{output}: %n answer(s) stored as {metrics} step metrics", n=count,
             output=output, metrics=sum(len(m) for m in found.values())))
    return 0


def _cmd_future(args: argparse.Namespace) -> int:
    from cjdesigner.compare.future import future_state
    from cjdesigner.fileio import LoadError, load

    output = Path(args.output)
    _refuse_same_file(output, args.map, "map")
    _refuse_overwrite(output, args.force)
    try:
        doc = future_state(load(args.map))
    except LoadError as exc:
        raise _Failure(exc) from None
    if args.title:
        doc = doc.with_meta(title=args.title)
    _save_new(doc, output, args.force)
    _out(msg("CommandLine", "{output}: future state of {map}: {summary}", output=output,
             map=args.map, summary=summary(doc)))
    return 0


def _cmd_host(args: argparse.Namespace) -> int:
    from cjdesigner.room import hosting

    return hosting.run(
        Path(args.file), args.port, args.bind, not args.no_announce, sys.stdout, sys.stderr
    )


def _cmd_compare(args: argparse.Namespace) -> int:
    from cjdesigner.compare.future import comparison_map
    from cjdesigner.fileio import LoadError, load

    output = Path(args.output)
    for source in (args.current, args.future):
        _refuse_same_file(output, source, "map")
    _refuse_overwrite(output, args.force)
    try:
        doc = comparison_map(load(args.current), load(args.future))
    except LoadError as exc:
        raise _Failure(exc) from None
    if output.suffix.lower() == ".cjm":
        _save_new(doc, output, args.force)
    elif output.suffix.lower() == ".pdf":
        from cjdesigner.i18n.paper import paper_defaults
        from cjdesigner.pdf.paper import PaperError
        from cjdesigner.pdf.poster import PosterOptions, export_poster

        try:
            export_poster(doc, output,
                          PosterOptions(paper=args.paper or paper_defaults().poster))
        except PaperError as exc:
            raise _Failure(exc) from None
        except OSError as exc:
            raise _Failure(msg("CommandLine", '{output}: cannot write ({reason})', output=output, reason=exc.strerror or exc)) from None
    else:
        raise _Failure(msg("CommandLine", '{output}: write the comparison as .cjm (a map) or .pdf (a poster)', output=output))
    print(f"{output}: {doc.meta.objective.split(': ', 1)[-1].split('.')[0]}")
    return 0


# -- the parser -----------------------------------------------------------------------


class _OptionGroup:
    """Export options shared by some formats; remembers its dests to warn on misuse."""

    def __init__(self, format_ids: list[str], dests: dict[str, str], defaults: dict[str, Any]):
        self.format_ids = format_ids
        self.dests = dests  # dest → the flag as typed, e.g. "--paper"
        self.defaults = defaults


def _add_export_options(parser: argparse.ArgumentParser) -> list[_OptionGroup]:
    from cjdesigner.export.registry import OptionGroup, all_formats

    users: dict[OptionGroup, list[str]] = {}
    for fmt in all_formats():
        if fmt.options is not None:
            users.setdefault(fmt.options, []).append(fmt.id)
    groups = []
    for options, format_ids in users.items():
        group = parser.add_argument_group(options.title or f"options for {', '.join(format_ids)}")
        for option in options.options:
            option.add_to(group)
        dests = {o.name: o.flag for o in options.options}
        groups.append(_OptionGroup(format_ids, dests, options.defaults()))
    return groups


def build_parser() -> tuple[argparse.ArgumentParser, list[_OptionGroup]]:
    """The parser of the sub-commands, and the export option groups it carries."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Customer journey maps and service blueprints.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument(LANGUAGE_OPTION, metavar="TAG", dest="messages_language",
                        help=LANGUAGE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    templates = sub.add_parser("templates", help="list the bundled templates")
    templates.set_defaults(handler=_cmd_templates)

    new = sub.add_parser("new", help="start a map from a template")
    new.add_argument("template", metavar="TEMPLATE", help="a name from `cjdesigner templates`")
    new.add_argument(
        "-o", "--output", metavar="FILE", help="the new .cjm file (default: TEMPLATE.cjm)"
    )
    new.add_argument("--title", help="title of the new map")
    new.add_argument("--author", help="author of the new map (default: none)")
    new.add_argument("--language", metavar="TAG",
                     help="language of the poster's own words and dates, such as da, en-US "
                     "or ar (default: the environment's, LANG)")
    new.add_argument("-f", "--force", action="store_true", help="replace FILE if it exists")
    new.set_defaults(handler=_cmd_new)

    validate = sub.add_parser(
        "validate",
        help="check maps, one line per problem",
        description="Check .cjm files. Exit status 0 when all are valid, 1 otherwise; "
        "each problem is printed on stderr as FILE: JSON.PATH: MESSAGE.",
    )
    validate.add_argument("files", metavar="FILE", nargs="+", help=".cjm files")
    validate.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    validate.set_defaults(handler=_cmd_validate)

    imp = sub.add_parser(
        "import",
        help="make a map from a CSV card list or an Excel workbook",
        description="A CSV file or a workbook sheet of cards with the columns: stage, step, "
        "lane, lane_kind, title, description, channel, owner, evidence, emotion, tags "
        "(header row, any order). A workbook written by `cjdesigner export -o map.xlsx` "
        "gives back the whole map.",
    )
    imp.add_argument("csv", metavar="FILE", help="the card list (.csv) or workbook (.xlsx)")
    imp.add_argument(
        "-o", "--output", metavar="FILE", help="the new .cjm file (default: beside the CSV)"
    )
    imp.add_argument("--title", help="title of the new map (default: from the file name)")
    imp.add_argument("--author", help="author of the new map (default: none)")
    imp.add_argument("-f", "--force", action="store_true", help="replace FILE if it exists")
    imp.set_defaults(handler=_cmd_import)

    from cjdesigner.export.registry import all_formats

    formats = "\n".join(f"  {f.suffix:6} {f.description}"
                        for f in sorted(all_formats(), key=lambda f: f.suffix))
    exp = sub.add_parser(
        "export",
        help="write a map as " + ", ".join(s.lstrip(".").upper() for s in _export_suffixes()),
        description=f"The output suffix chooses the format:\n{formats}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    exp.add_argument("map", metavar="FILE", help="a .cjm map")
    exp.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write")
    exp.add_argument("-f", "--force", action="store_true", help="replace OUT if it exists")
    groups = _add_export_options(exp)
    exp.set_defaults(handler=lambda args: _cmd_export(args, groups))

    schema = sub.add_parser("schema", help="print the JSON Schema of .cjm files")
    schema.set_defaults(handler=_cmd_schema)

    diff = sub.add_parser(
        "diff",
        help="what changed between two maps",
        description="List what was added, removed, moved and changed from OLD to NEW "
        "(cards, stages, steps, lanes, personas, curves and their points), by name. "
        "Exit status 0 when the maps are equal, 1 when they differ, 2 on error. "
        "As git's diff driver (diff.cjm.command) it takes git's seven arguments; "
        "with --textconv FILE it prints the map one item a line (diff.cjm.textconv).",
    )
    diff.add_argument("files", metavar="OLD NEW", nargs="+", help="two .cjm maps")
    diff.add_argument("--json", action="store_true", help="the changes as JSON, for tools")
    diff.add_argument(
        "--textconv", action="store_true", help="print one map as text, one item a line"
    )
    diff.set_defaults(handler=_cmd_diff)

    merge = sub.add_parser(
        "merge",
        help="three-way merge of maps by id (a git merge driver)",
        description="Merge what OURS and THEIRS changed since BASE, item by item and field "
        "by field, and write the result over OURS (as git's merge driver does: "
        "`cjdesigner merge %%O %%A %%B`). A field both sides changed differently is a "
        "conflict: the map keeps ours, records both values for the editor to resolve, "
        "and the command lists it on stderr. Exit status 0 merged cleanly, 1 with "
        "conflicts, 2 on error (nothing written).",
    )
    merge.add_argument("base", metavar="BASE", help="the common ancestor")
    merge.add_argument("ours", metavar="OURS", help="our version; the result replaces it")
    merge.add_argument("theirs", metavar="THEIRS", help="their version")
    merge.add_argument("-o", "--output", metavar="FILE", help="write here instead of OURS")
    merge.add_argument("--path", metavar="NAME", help="the file's name in messages (git: %%P)")
    merge.add_argument("--ours-label", default="ours", help="name of our side (git: %%X)")
    merge.add_argument("--theirs-label", default="theirs", help="name of their side (git: %%Y)")
    merge.set_defaults(handler=_cmd_merge)

    metrics = sub.add_parser(
        "metrics",
        help="journey metrics per step from survey answers",
        description="Read survey answers, one row each (columns respondent, step, metric, "
        "score, date; steps by name or id; metrics CSAT 1-5, CES 1-7, NPS 0-10) and store "
        "per step and metric the score, the number of answers and a 95 %% confidence "
        "interval in the map (in place, keeping map.cjm.bak, unless -o). A bad row is "
        "reported with its row number and nothing is stored.",
    )
    metrics.add_argument("survey", metavar="SURVEY.csv", help="the answers")
    metrics.add_argument("map", metavar="FILE", help="the .cjm map the steps belong to")
    metrics.add_argument("-o", "--output", metavar="OUT", help="write the map here instead")
    metrics.add_argument("-f", "--force", action="store_true", help="replace OUT if it exists")
    metrics.set_defaults(handler=_cmd_metrics)

    future = sub.add_parser(
        "future",
        help="a future-state map made from a current one",
        description="Copy a current-state map as a future state: same stages, steps, lanes "
        "and curves; every card gets a new id and remembers the card it came from (origin), "
        "so `cjdesigner diff` and `cjdesigner compare` pair them.",
    )
    future.add_argument("map", metavar="FILE", help="the current-state map")
    future.add_argument("-o", "--output", metavar="FUTURE", required=True, help="the new map")
    future.add_argument("--title", help="title of the future state")
    future.add_argument("-f", "--force", action="store_true", help="replace FUTURE if it exists")
    future.set_defaults(handler=_cmd_future)

    compare = sub.add_parser(
        "compare",
        help="both maps step by step in one map or poster",
        description="Lay a current and a future state over one grid: each lane twice (Now, "
        "Future), both emotion curves in one feelings lane, added cards green, removed red, "
        "changed amber, moved blue. OUT.cjm is a map to open; OUT.pdf a poster.",
    )
    compare.add_argument("current", metavar="CURRENT", help="the current-state map")
    compare.add_argument("future", metavar="FUTURE", help="the future-state map")
    compare.add_argument("-o", "--output", metavar="OUT", required=True, help=".cjm or .pdf")
    compare.add_argument("--paper", default=None,
                         help="poster paper size (default A0; Arch E where Letter is the "
                         "office paper, as in the US and Canada)")
    compare.add_argument("-f", "--force", action="store_true", help="replace OUT if it exists")
    compare.set_defaults(handler=_cmd_compare)

    host = sub.add_parser(
        "host",
        help="run a live session on a map without a window (Ctrl+C stops it and saves)",
        description="Serve MAP as a live session: prints the page link for phones (http://…) "
        "and the y-websocket address for Yjs clients (ws://…?token=…), one per line; saves "
        "the map whenever it changes; Ctrl+C stops the session and saves the map.",
    )
    host.add_argument("file", metavar="MAP", help="the .cjm file to share")
    host.add_argument("--port", type=int, default=0, help="port to listen on (default: any free one)")
    host.add_argument(
        "--bind", default="0.0.0.0", metavar="ADDRESS",
        help="address to listen on (default: every interface; 127.0.0.1: this machine only)",
    )
    host.add_argument(
        "--no-announce", action="store_true", help="do not announce the session on the network"
    )
    host.set_defaults(handler=_cmd_host)

    parser.epilog = f"commands that need no display:\n{_commands_text()}"
    return parser, groups


def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--language TAG] [FILE]\n"
              f"       {PROG} [--language TAG] COMMAND [options]",
        description="Open the journey-map editor, or run a command.",
        epilog=f"commands:\n{_commands_text()}\n\n`{PROG} COMMAND --help` tells more.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=_version_text())
    parser.add_argument(LANGUAGE_OPTION, metavar="TAG", dest="messages_language",
                        help=LANGUAGE_HELP)
    parser.add_argument("file", nargs="?", metavar="FILE", help="a .cjm map to open")
    return parser


COMMANDS = ("templates", "new", "validate", "import", "export", "schema", "diff", "merge",
            "metrics", "future", "compare", "host")


def _first_positional(argv: Sequence[str]) -> str | None:
    for i, token in enumerate(argv):
        if token == "--":
            return argv[i + 1] if i + 1 < len(argv) else None
        if not token.startswith("-"):
            return token
    return None


def _is_command(argv: Sequence[str]) -> bool:
    first = _first_positional(argv)
    return first in COMMANDS and "--" not in argv[: argv.index(first)]


def _tolerant_output() -> None:
    """Text the console cannot show (a Chinese title on a cp1252 console) is written as
    ``\\u9867`` escapes instead of ending the command with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        # not every stream is a text file (a test or an embedding program replaces them)
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    chosen, argv = _take_language(argv)
    _SPEAKS[0] = message_language(chosen)
    try:
        if _is_command(argv):
            parser, _ = build_parser()
            args = parser.parse_args(argv)
            return int(args.handler(args))
        parser = _editor_parser()
        first = _first_positional(argv)
        if first and "--" not in argv and not os.path.exists(first) and not Path(first).suffix:
            close = difflib.get_close_matches(first, COMMANDS, n=1)
            hint = f"; did you mean `{PROG} {close[0]}`?" if close else ""
            parser.error(f"{first!r} is neither a file nor a command{hint}")
        args = parser.parse_args(argv)
        return _open_editor(args.file)
    except SystemExit as exc:  # argparse: --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except (_Failure, ResourcesMissing) as exc:  # a broken install too: one line
        _err(msg("CommandLine", "{program}: {problem}", program=PROG, problem=exc))
        return 1
    except KeyboardInterrupt:
        _err(msg("CommandLine", '{program}: interrupted', program=PROG))
        return 130
    except BrokenPipeError:  # `cjdesigner schema | head`
        _silence_stdout(sys.stdout)
        return 0


def _silence_stdout(stream: TextIO) -> None:
    """After a closed pipe, point stdout at /dev/null so the exit flush does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(main())
