"""What an export format is: its id, suffix, label, options and export function. Shared
by the format modules and the registry, and importing neither (so no module of
``cjdesigner.export`` imports another in a circle). No Qt.

A format's options are declared once (:class:`Option`); the command line turns them into
flags, Export As and the export dialog into default values, and the dialog's generic
options widget into fields.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cjdesigner.model import JourneyMap

#: ``export(doc, path, options)`` writes ``path`` and returns warnings for people (or None).
#: ``options`` holds every option of the format (defaults filled in) and ``base_dir``, the
#: map's folder, against which relative paths in the map (card images) are resolved, and
#: ``source_name``, the map's file name (the poster's slug line), when there is one.
ExportFunction = Callable[[JourneyMap, Path, Mapping[str, Any]], Sequence[str] | None]


class ExportError(Exception):
    """An export that could not be done; the message is for people."""


@dataclass(frozen=True)
class Option:
    """One export option: ``--NAME VALUE`` on the command line, a field in the dialog."""

    name: str  # the key in the options mapping; the flag is --name (underscores → dashes)
    default: Any
    help: str
    metavar: str | None = None
    choices: tuple[str, ...] | None = None
    number: bool = False  # a float
    switch: bool = False  # on or off (a flag without a value)
    #: the value when the flag is given without one (``--bleed`` alone means 3mm)
    bare: str | None = None

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def add_to(self, group: argparse._ArgumentGroup) -> None:
        if self.switch:
            group.add_argument(self.flag, dest=self.name, action="store_true", help=self.help)
            return
        kwargs: dict[str, Any] = {"dest": self.name, "default": self.default, "help": self.help}
        if self.metavar:
            kwargs["metavar"] = self.metavar
        if self.choices:
            kwargs["choices"] = self.choices
        if self.number:
            kwargs["type"] = float
        if self.bare is not None:
            kwargs.update(nargs="?", const=self.bare)
        group.add_argument(self.flag, **kwargs)


@dataclass(frozen=True)
class OptionGroup:
    """Options shared by formats (PDF, PNG and SVG share the poster options); the command
    line shows a group once, under ``title``."""

    title: str
    options: tuple[Option, ...]

    def defaults(self) -> dict[str, Any]:
        return {option.name: (False if option.switch else option.default)
                for option in self.options}


@dataclass(frozen=True)
class ExportFormat:
    id: str  # "pdf": the key in the registry and of the dialog's options widget
    suffix: str  # ".pdf", lower case, with the dot
    label: str  # "PDF poster": menus and the dialog's format list
    description: str  # one line for ``cjdesigner export --help`` and status tips
    #: the function, or "module:function" for one that lives in a higher layer (the Qt
    #: pictures): imported only when a file of this format is written
    export: ExportFunction | str
    options: OptionGroup | None = None
    #: the options of its group that this format reads (None: all of them); the command
    #: line warns about the others when they are given, the dialog shows only these
    uses: frozenset[str] | None = None
    #: what the file will hold, in a sentence (the export dialog's summary)
    summary: Callable[[JourneyMap], str] | None = field(default=None, compare=False)
    #: whether it prints the map's text with the text engine's fonts (PDF, PNG, SVG): its
    #: warnings then name the characters no installed font can print
    prints_text: bool = False

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*{self.suffix})"

    def used_options(self) -> tuple[Option, ...]:
        if self.options is None:
            return ()
        return tuple(o for o in self.options.options if self.uses is None or o.name in self.uses)

    def defaults(self) -> dict[str, Any]:
        """Every option at its default value."""
        return self.options.defaults() if self.options is not None else {}

    def function(self) -> ExportFunction:
        if callable(self.export):
            return self.export
        module, _, name = self.export.partition(":")
        function: ExportFunction = getattr(importlib.import_module(module), name)
        return function

    def run(self, doc: JourneyMap, path: str | Path,
            options: Mapping[str, Any] | None = None) -> list[str]:
        """Write ``doc`` to ``path``; ``options`` override the defaults. Returns warnings;
        raises ExportError (for people) or OSError."""
        full = self.defaults()
        full.update(options or {})
        warnings = list(self.function()(doc, Path(path), full) or ())
        if self.prints_text:
            from cjdesigner.text.coverage import missing_report

            warnings.extend(missing_report(map_texts(doc)))
        return warnings


def map_texts(doc: JourneyMap) -> Iterator[str]:
    """Every text of the map that a picture of it may print."""
    meta = doc.meta
    yield from (meta.title, meta.objective, meta.scope, meta.version_label, meta.author)
    for persona in doc.personas:
        yield from (persona.name, persona.segment, persona.age, persona.occupation,
                    persona.income, persona.quote)
        for items in (persona.goals, persona.needs, persona.motivations, persona.challenges,
                      persona.behaviours, persona.preferred_channels):
            yield from items
    for stage in doc.stages:
        yield stage.name
        for step in stage.steps:
            yield from (step.name, step.description, step.time or "")
    for lane in doc.lanes:
        yield lane.title
    for card in doc.cards:
        yield from (card.title, card.description, card.owner, card.channel,
                    card.evidence_source)
        yield from card.tags
    for curve in doc.curves:
        yield curve.label
        yield from curve.scale.levels
