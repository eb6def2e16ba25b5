"""Writing a map as an Excel workbook (openpyxl); see ``cjdesigner.exchange.xlsx``. No Qt."""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from cjdesigner.export.escape import xml_chars
from cjdesigner.fileio import atomic_write
from cjdesigner.layout import style
from cjdesigner.model import JourneyMap

from .xlsx import (
    PERSONA_LISTS,
    SHEETS,
    WorkbookError,
    escape_cell_text,
    join_list,
)

#: zip entries get this time, so the same map always gives the same bytes
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_HEADER_FILL = style.INK
_WIDE = {"title": 32, "description": 48, "objective": 48, "scope": 48, "quote": 40,
         "value": 60, "image": 30, "evidence_source": 24, "levels": 24, "name": 24,
         "stage": 18, "step": 22, "lane": 20, "curve": 20}


def workbook_bytes(doc: JourneyMap) -> bytes:
    """The workbook as bytes (deterministic: the same map gives the same bytes)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    rows = _sheet_rows(doc)
    for spec in SHEETS:
        if spec.name == "Conflicts" and not rows["Conflicts"]:
            continue
        _add_sheet(wb, spec.name, spec.columns, rows[spec.name])
    stamp = _stamp(doc.meta.modified)
    # the file's properties are XML too: characters XML cannot hold are left out
    wb.properties.creator = xml_chars(doc.meta.author) or "cjdesigner"
    wb.properties.lastModifiedBy = None
    wb.properties.title = xml_chars(doc.meta.title)
    wb.properties.created = _stamp(doc.meta.created)
    wb.properties.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    return _fixed_zip_times(buffer.getvalue(), stamp)


def write_workbook(doc: JourneyMap, path: str | os.PathLike[str]) -> None:
    """Write the workbook, replacing ``path`` atomically. Raises ``WorkbookError``."""
    data = workbook_bytes(doc)
    try:
        atomic_write(path, data)
    except IsADirectoryError:
        raise WorkbookError(f"{path}: cannot write: it is a folder") from None
    except OSError as exc:
        raise WorkbookError(f"{path}: cannot write ({exc.strerror or exc})") from None


# -- rows ----------------------------------------------------------------------------------


def _number(value: float | None) -> float | int | str | None:
    """A number cell, or its exact text when Excel's 16 digits would change it."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value) if isinstance(value, int) else float(value)
    if float(f"{value:.16g}") == value:  # what openpyxl writes
        return float(value)
    return repr(float(value))


def _sheet_rows(doc: JourneyMap) -> dict[str, list[list[Any]]]:
    stage_of = {step.id: stage for stage in doc.stages for step in stage.steps}
    steps = {step.id: step for step in doc.steps()}
    lanes = {lane.id: lane for lane in doc.lanes}
    cards = []
    for card in doc.cards:
        stage = stage_of.get(card.step_id)
        step = steps.get(card.step_id)
        lane = lanes.get(card.lane_id)
        cards.append([
            stage.name if stage else "",
            step.name if step else "",
            lane.title if lane else "",
            lane.kind.label if lane else "",
            card.title,
            card.description,
            card.channel,
            card.owner,
            card.evidence.label if card.evidence else None,
            _number(card.emotion),
            join_list(card.tags, "; "),
            card.id,
            card.lane_id,
            card.step_id,
            card.evidence_source,
            card.color,
            card.votes,
            " ".join(card.links),
            card.image,
            card.impact,
            card.effort,
            card.origin,
        ])
    stages = [[s.id, s.name, s.color] for s in doc.stages]
    step_rows = [
        [stage.id, stage.name, step.id, step.name, step.time, _number(step.duration_minutes),
         step.description]
        for stage in doc.stages for step in stage.steps
    ]
    lane_rows = [[lane.id, lane.title, lane.kind.label, lane.color] for lane in doc.lanes]
    personas = [
        [p.id, p.name, p.segment, p.age, p.occupation, p.income,
         *(join_list(getattr(p, name), "\n") for name in PERSONA_LISTS),
         p.quote, "yes" if p.primary else "no", p.color]
        for p in doc.personas
    ]
    curves = [
        [c.id, c.label, c.persona_id, c.color, _number(c.scale.min), _number(c.scale.max),
         join_list(c.scale.levels, "\n"), c.metric.label if c.metric else None]
        for c in doc.curves
    ]
    metrics = [
        [step.id, stage.name, step.name, m.metric.label, _number(m.score), m.n,
         _number(m.low), _number(m.high), m.source]
        for stage in doc.stages for step in stage.steps for m in step.metrics
    ]
    conflicts = [
        [c.id, c.kind.label, c.item_id, c.name, c.field, c.key, c.reason.label,
         _json(c.base), _json(c.ours), _json(c.theirs), c.ours_label, c.theirs_label]
        for c in doc.conflicts
    ]
    order = doc.step_ids()
    points = []
    for curve in doc.curves:
        keys = [s for s in order if s in curve.points]
        keys += sorted(s for s in curve.points if s not in set(order))
        for step_id in keys:
            stage = stage_of.get(step_id)
            step = steps.get(step_id)
            points.append([curve.id, curve.label, step_id, stage.name if stage else "",
                           step.name if step else "", _number(curve.points[step_id])])
    meta = doc.meta
    meta_rows = [
        ["title", meta.title], ["objective", meta.objective], ["scope", meta.scope],
        ["map_type", meta.map_type.label], ["journey_kind", meta.journey_kind.label],
        ["version_label", meta.version_label], ["author", meta.author],
        ["created", meta.created], ["modified", meta.modified],
    ]
    return {"Cards": cards, "Stages": stages, "Steps": step_rows, "Lanes": lane_rows,
            "Personas": personas, "Curves": curves, "Curve points": points,
            "Metrics": metrics, "Map": meta_rows, "Conflicts": conflicts}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- sheets --------------------------------------------------------------------------------


def _add_sheet(wb: Any, title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    ws.append(list(columns))
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=_HEADER_FILL.lstrip("#"))
    for cell in ws[1]:
        cell.font = header_font
        cell.fill = header_fill
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                if value == "":
                    continue
                cell.value = escape_cell_text(value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if "\n" in value:
                    cell.alignment = wrap
            else:
                cell.value = value
    ws.freeze_panes = "A2"
    for c, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = _WIDE.get(name, 14)
    if ws.max_row > 1:
        ws.auto_filter.ref = ws.dimensions


def _stamp(text: str) -> datetime:
    """A document-property time from the map's ISO time (a fixed one when unreadable)."""
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return datetime(2000, 1, 1)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _fixed_zip_times(data: bytes, modified: datetime) -> bytes:
    """The same zip with every entry dated ``_ZIP_TIME`` and the document's modified
    time set to ``modified`` (openpyxl stamps both with the clock)."""
    when = modified.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            part = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + when + rb"\g<2>", part)
            dst.writestr(entry, part)
    return out.getvalue()
