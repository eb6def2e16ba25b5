"""The export functions and summaries of the exchange formats (``.xlsx``, ``.pptx``,
``.html``), listed in ``cjdesigner.export.registry``.

Light at import: openpyxl and python-pptx are imported by the export functions.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cjdesigner.export.base import ExportError
from cjdesigner.model import JourneyMap


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def export_xlsx(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .xlsx import WorkbookError
    from .xlsx_write import write_workbook

    try:
        write_workbook(doc, path)
    except WorkbookError as exc:
        raise ExportError(str(exc)) from None


def xlsx_summary(doc: JourneyMap) -> str:
    metrics = sum(len(step.metrics) for step in doc.steps())
    return (f"An Excel workbook: {_count(len(doc.cards), 'card')} on the Cards sheet (the CSV "
            f"columns and the rest of each card), {_count(len(doc.steps()), 'step')}, "
            f"{_count(len(doc.lanes), 'lane')}, {_count(len(doc.personas), 'persona')}, "
            f"{_count(len(doc.curves), 'emotion curve')} and {_count(metrics, 'metric')} on "
            "sheets of their own. Importing it gives back this map exactly.")


def export_html(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> list[str]:
    from .webpage import write_page

    return write_page(doc, path, base_dir=options.get("base_dir"))


def html_summary(doc: JourneyMap) -> str:
    return (f"One self-contained web page (no network): the whole map as vector, with zoom, "
            f"pan and filters, {_count(len(doc.cards), 'card')} whose fields show on a click, "
            "a card list for phones, and a print style. Opens in any browser.")


def export_pptx(doc: JourneyMap, path: Path, options: Mapping[str, Any]) -> None:
    from .deck import DeckError, write_deck

    try:
        write_deck(doc, path)
    except DeckError as exc:
        raise ExportError(str(exc)) from None


def pptx_summary(doc: JourneyMap) -> str:
    from .deck import deck_outline

    return ("A 16:9 PowerPoint deck in the map's colours: " + ", ".join(deck_outline(doc))
            + ". Every card is an editable text box.")
