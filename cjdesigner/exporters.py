"""Export formats by file suffix: ``cjdesigner export map.cjm -o OUT.SUFFIX``. No Qt.

Each entry of ``EXPORTERS`` maps a suffix to a function ``export(doc, path, options)``
where ``options`` is a dict of every export option of the command line (option dest →
value; defaults included) and ``base_dir``, the map file's folder, against which relative
paths in the map (card images) are resolved. Import heavy libraries inside the function, not here, so the
command line starts fast.

To add a format, add an ``Exporter`` to ``EXPORTERS`` (or call ``register``). Options of
its own go in an ``add_options(group)`` function that adds arguments to an argparse
argument group; formats sharing options (PDF, PNG, SVG) share the same function and the
command line shows the group once, titled ``options_title``; ``uses`` names the options
of the group that a format reads, and the command line warns about the others. Raise ``ExportError`` with a
message for people when the export cannot be done.

Write the file with ``cjdesigner.fileio.atomic_write(path, data)`` (bytes; temporary file,
fsync, replace; symbolic links followed, permissions kept) so that a failed export never
leaves half a file where a good one was. The command line has already refused to replace
an existing file without ``--force``, and the map itself in any case.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cjdesigner.export.base import AddOptions, Exporter, ExportError, ExportFunction
from cjdesigner.export.formats import FORMATS
from cjdesigner.model import JourneyMap

__all__ = ["AddOptions", "EXPORTERS", "ExportError", "ExportFunction", "Exporter",
           "exporter_for", "register", "suffixes"]


def _export_csv(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from cjdesigner.csvio import CsvError, export_csv

    try:
        export_csv(doc, path)
    except CsvError as exc:
        raise ExportError(str(exc)) from None


EXPORTERS: dict[str, Exporter] = {
    ".csv": Exporter(".csv", "one row per card, for spreadsheets", _export_csv),
}


def register(exporter: Exporter) -> None:
    """Add or replace the exporter for ``exporter.suffix``."""
    EXPORTERS[exporter.suffix.lower()] = exporter


def exporter_for(path: str | Path) -> Exporter | None:
    """The exporter for a file name's suffix (case-insensitive), or None."""
    return EXPORTERS.get(Path(path).suffix.lower())


def suffixes() -> list[str]:
    return sorted(EXPORTERS)


for _exporter in FORMATS:
    register(_exporter)
