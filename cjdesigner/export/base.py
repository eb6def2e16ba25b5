"""What an export format is, and the error it raises: shared by the format modules and the
registry, and importing neither (so no module of ``cjdesigner.export`` imports another in
a circle). No Qt."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cjdesigner.model import JourneyMap

ExportFunction = Callable[[JourneyMap, Path, Mapping[str, Any]], None]
AddOptions = Callable[[argparse._ArgumentGroup], None]


class ExportError(Exception):
    """An export that could not be done; the message is for people."""


@dataclass(frozen=True)
class Exporter:
    suffix: str  # ".csv", lower case, with the dot
    description: str  # one line for ``cjdesigner export --help``
    export: ExportFunction
    add_options: AddOptions | None = None
    options_title: str = ""
    #: the dests of its option group that this format reads (None: all of them); the
    #: command line warns about the others when they are given
    uses: frozenset[str] | None = None
