"""The appendix: the whole text of what the poster could not print in full. No Qt.

A card whose text does not fit on it carries a numbered mark on the poster (``→12``); its
whole title and description, and where it sits, are on the appendix pages that follow
the poster, in reading order (step by step, lane by lane). Stage and step names longer
than their header's lines are listed in full too. The pages are A4 (Letter when the
poster's paper is a US size), in two columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjdesigner.layout import MapLayout, style
from cjdesigner.layout.card_parts import card_parts, is_cut
from cjdesigner.layout.text import ELLIPSIS, FontRole, reads_rtl, wrap
from cjdesigner.model import JourneyMap

from .fonts import TextWriter, colour
from .paper import MM, SHEETS

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class Entry:
    """One appendix entry: its number (``12``, or "" for a header), where it sits on the
    map, its title and its text."""

    mark: str
    where: str
    title: str
    text: str


def overflowing(doc: JourneyMap, lay: MapLayout, floor: float) -> list[str]:
    """Ids of the cards whose text the poster cannot print whole (shrinking no further
    than ``floor``), in reading order: step by step, lane by lane, top to bottom."""
    cards = {card.id: card for card in doc.cards}
    step_rank = {step.step_id: i for i, step in enumerate(lay.steps)}
    lane_rank = {lane.lane_id: i for i, lane in enumerate(lay.lanes)}
    cut = [box for box in lay.cards.values()
           if box.card_id in cards and is_cut(card_parts(box, cards[box.card_id], True, floor))]
    cut.sort(key=lambda b: (step_rank.get(b.step_id, 0), lane_rank.get(b.lane_id, 0), b.index))
    return [box.card_id for box in cut]


def entries(doc: JourneyMap, lay: MapLayout, numbered: dict[str, int]) -> list[Entry]:
    """The appendix entries: the cut headers, then the numbered cards."""
    out: list[Entry] = []
    stage_names = {stage.id: stage.name for stage in doc.stages}
    for stage in lay.stages:
        if stage.title_lines and stage.title_lines[-1].endswith(ELLIPSIS):
            out.append(Entry("", "Stage", stage_names.get(stage.stage_id, ""), ""))
    steps = {step.id: (stage.name, step.name) for stage in doc.stages for step in stage.steps}
    for step in lay.steps:
        if step.title_lines and step.title_lines[-1].endswith(ELLIPSIS):
            stage_name, name = steps.get(step.step_id, ("", ""))
            out.append(Entry("", f"Step in {stage_name}", name, ""))
    lanes = {lane.id: lane.title or lane.kind.label for lane in doc.lanes}
    cards = {card.id: card for card in doc.cards}
    for card_id, number in sorted(numbered.items(), key=lambda item: item[1]):
        card = cards[card_id]
        stage_name, step_name = steps.get(card.step_id, ("", ""))
        out.append(Entry(f"{number}", f"{stage_name} › {step_name} · {lanes.get(card.lane_id, '')}",
                         card.title or "Untitled", card.description))
    return out


US_PAPERS = ("Letter", "Legal", "Tabloid", "ANSI", "Arch", "in")


def page_size(paper: str | None) -> tuple[float, float]:
    """A4, or Letter when the poster's paper is a US size."""
    if paper and any(key.lower() in paper.lower() for key in US_PAPERS):
        return SHEETS["Letter"]
    return SHEETS["A4"]


HEAD = FontRole("Bold", 16.0, 20.0)
INTRO = FontRole("Regular", 9.0, 12.0)
MARK = FontRole("Bold", 9.0, 12.0)
WHERE = FontRole("Regular", 7.5, 10.0)
TITLE = FontRole("Semibold", 10.0, 13.0)
BODY = FontRole("Regular", 9.0, 12.0)


def draw_appendix(c: Canvas, doc: JourneyMap, items: list[Entry],
                  size: tuple[float, float]) -> int:
    """Add the appendix pages to ``c`` (each its own size); returns how many."""
    if not items:
        return 0
    w, h = size
    margin = 15 * MM
    gap = 8 * MM
    col_w = (w - 2 * margin - gap) / 2
    pages = 0

    def start() -> tuple[TextWriter, float]:
        nonlocal pages
        pages += 1
        c.setPageSize(size)
        writer = TextWriter(c)
        top = h - margin
        head = "Appendix: in full" + (f" (continued, page {pages})" if pages > 1 else "")
        writer.draw(margin, top - HEAD.size, head, HEAD.face_name, HEAD.size, style.INK)
        top -= HEAD.line_height + 2
        intro = (f"{doc.meta.title} — what the poster could not print whole. A card marked "
                 "→N on the poster is entry N here.")
        for line in wrap(intro, INTRO, w - 2 * margin):
            top -= INTRO.line_height
            # a right-to-left line ends at the right margin
            if reads_rtl(line):
                writer.draw(w - margin, top + 3, line, INTRO.face_name, INTRO.size,
                            style.INK_SOFT, "right")
            else:
                writer.draw(margin, top + 3, line, INTRO.face_name, INTRO.size, style.INK_SOFT)
        c.setStrokeColor(colour(style.GRID_LINE))
        c.setLineWidth(0.5)
        c.line(margin, top - 4, w - margin, top - 4)
        return writer, top - 10

    writer, top = start()
    column = 0
    y = top
    for item in items:
        block: list[tuple[FontRole, str, str, float]] = []  # role, text, ink, indent
        indent = 9 * MM
        block += [(WHERE, line, style.INK_SOFT, indent)
                  for line in wrap(item.where, WHERE, col_w - indent)]
        block += [(TITLE, line, style.INK, indent)
                  for line in wrap(item.title, TITLE, col_w - indent)]
        block += [(BODY, line, style.INK, indent)
                  for line in wrap(item.text, BODY, col_w - indent)]
        need = sum(role.line_height for role, *_ in block) + 6
        if y - need < margin and y < top:
            column += 1
            y = top
            if column == 2:
                writer.flush()  # the page's text, before the page is closed
                c.showPage()
                writer, top = start()
                column, y = 0, top
        x = margin + column * (col_w + gap)
        if item.mark:
            writer.draw(x, y - MARK.size, item.mark, MARK.face_name, MARK.size, style.INK)
        for role, line, ink, dx in block:
            y -= role.line_height
            baseline = y + (role.line_height - role.size) / 2 + 1
            if reads_rtl(line):  # ends at the column's right edge
                writer.draw(x + col_w, baseline, line, role.face_name, role.size, ink, "right")
            else:
                writer.draw(x + dx, baseline, line, role.face_name, role.size, ink)
        y -= 6
    writer.flush()
    c.showPage()
    return pages
