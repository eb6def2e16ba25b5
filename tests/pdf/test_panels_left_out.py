"""Persona sections and legend entries that find no room are counted, not dropped."""

from __future__ import annotations

import io
import re

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.model import CHANNELS, Card, Persona
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf.panels import Box, PanelPainter, legend_groups
from tests.edit_helpers import append_card


def _painter(doc):
    c = Canvas(io.BytesIO(), pagesize=(2000, 2000))
    painter = PanelPainter(c, doc, 12.0, "2026-01-01")
    seen: list[str] = []

    def record(x, y, text, face_name, size, fill, align="left"):
        seen.append(text)
        return 0.0

    painter.text.draw = record
    return painter, seen


def test_persona_sections_without_room_are_named():
    doc = sample_map()
    persona = Persona(id="p", name="Pat", goals=[f"Goal {i} " * 6 for i in range(8)],
                      needs=[f"Need {i}" for i in range(8)],
                      challenges=[f"Challenge {i}" for i in range(8)],
                      preferred_channels=["web", "email"])
    painter, seen = _painter(doc)
    painter._persona(Box(0, 0, 300, 140), persona, 0)
    heads = {t for t in seen if t in ("GOALS", "NEEDS", "CHALLENGES", "CHANNELS")}
    notes = [t for t in seen if re.match(r"\+\d+ more: ", t)]
    assert len(heads) < 4  # the box is too small for all four lists
    mentioned = {w.strip(" ,…").upper() for n in notes for w in n.split(": ", 1)[1].split(",")}
    for title in ("GOALS", "NEEDS", "CHALLENGES", "CHANNELS"):
        assert title in heads or any(m and title.startswith(m) for m in mentioned), (title, seen)
    if notes:
        assert int(notes[0].split()[0][1:]) == 4 - len(heads)


def test_legend_counts_entries_it_cannot_show():
    doc = sample_map()
    steps = doc.step_ids()
    for i, ch in enumerate(list(CHANNELS)[:16]):
        append_card(doc, Card(id=f"x{i}", lane_id=doc.lanes[0].id, step_id=steps[0],
                              title="t", channel=ch))
    total = sum(len(entries) for _, entries in legend_groups(doc, False))
    painter, seen = _painter(doc)
    painter.legend(Box(0, 0, 120, 100), False)
    more = [t for t in seen if re.match(r"\+\d+ more", t)]
    assert len(more) == 1
    shown = len(seen) - len(more) - sum(1 for t in seen if t.isupper())
    assert shown + int(more[0].split()[0][1:]) == total
