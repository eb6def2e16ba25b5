"""The poster's panels around the map: title block, primary personas, legend. No Qt.

Panels are drawn in page points (y up). Their type is sized from ``unit``, which
follows the physical sheet (one hundredth of its short side, about 24 pt on A0), so
the poster reads from two metres at A0 and stays tidy on A3. Text that does not fit
shrinks to a minimum size and then ends with an ellipsis (:func:`fit_block`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjdesigner.fileio.images import ImageRefused, describe, open_card_image
from cjdesigner.i18n.words import Words
from cjdesigner.layout import MapLayout, layout_map, style
from cjdesigner.layout.direction import map_is_rtl
from cjdesigner.layout.priority_matrix import RATINGS, matrix_dots, quadrants
from cjdesigner.layout.text import FontRole, fit_line, reads_rtl, text_width, wrap
from cjdesigner.model import (
    CHANNELS,
    BlueprintBoundary,
    BlueprintLine,
    Evidence,
    JourneyKind,
    JourneyMap,
    LaneKind,
    Persona,
    channel_label,
)
from cjdesigner.model.priorities import Ranked, ranked_opportunities

from .fonts import FONT_NAMES, TextWriter, colour
from .icons import VOTE, draw_evidence, draw_icon, draw_marker, icon_name

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)
#: persona photos are scaled down to this resolution at their printed size
PHOTO_DPI = 300


def fit_block(
    text: str, face: str, size: float, min_size: float, w: float, h: float, leading: float = 1.22
) -> tuple[FontRole, list[str]]:

    """Largest size from ``size`` down to ``min_size`` at which ``text`` wraps into w × h;
    at the minimum size the last line that fits ends with an ellipsis."""
    current = size
    while True:
        role = FontRole(face, current, current * leading)
        lines = wrap(text, role, w)
        if len(lines) * role.line_height <= h + 0.01 or current <= min_size:
            break
        current = max(min_size, current * 0.9)
    if len(lines) * role.line_height > h + 0.01:
        lines = wrap(text, role, w, max(1, int(h // role.line_height)))
    return role, lines


@dataclass
class Box:
    x: float
    y: float  # bottom, page points
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h


class PanelPainter:
    def __init__(self, canvas: Canvas, doc: JourneyMap, unit: float, date: str,
                 layout: MapLayout | None = None, base_dir: Path | None = None) -> None:
        self.c = canvas
        #: where a persona photo's relative path is read (the map's folder)
        self.base_dir = base_dir
        #: one line per persona photo left out (outside the map's folder, refused, broken)
        self.warnings: list[str] = []
        self.doc = doc
        self.layout = layout
        self.u = unit
        self.date = date
        self.text = TextWriter(canvas)
        #: the map's own words in the map's language
        self.words = Words(doc.meta.language)
        #: the map flows right to left: panels are its mirror image, their text set right
        self.rtl = layout.rtl if layout is not None else map_is_rtl(doc)

    def lines(self, x: float, top: float, role: FontRole, lines: list[str], ink: str,
              width: float | None = None) -> float:
        """Draw lines downwards from ``top``; returns the y below the last one. Given the
        box's ``width``, a right-to-left line (every line of a right-to-left map) ends at
        the box's right edge."""
        for line in lines:
            top -= role.line_height
            right = width is not None and (self.rtl or reads_rtl(line))
            self.text.draw(x + width if right and width is not None else x,
                           top + (role.line_height - role.size * 0.68) / 2, line,
                           role.face_name, role.size, ink, "right" if right else "left")
        return top

    def flush(self) -> None:
        self.text.flush()

    # -- title block -------------------------------------------------------------------------
    def title_block(self, box: Box) -> None:
        u = self.u
        meta = self.doc.meta
        side_w = min(box.w * 0.3, 24 * u)
        main_w = box.w - side_w - 2 * u
        w = self.words
        role, lines = fit_block(meta.title or w("Poster", "Untitled journey"), "Bold", 3.2 * u,
                                1.6 * u, main_w, min(box.h, 4.0 * u))
        # the title at the left and the facts at the right; mirrored on a right-to-left map
        mx = box.x + box.w - main_w if self.rtl else box.x
        sx = box.x if self.rtl else box.x + box.w - side_w
        y = self.lines(mx, box.top, role, lines, style.INK, main_w)
        if meta.objective:
            room = y - box.y
            orole, olines = fit_block(meta.objective, "Regular", 1.25 * u, 0.8 * u, main_w, room)
            self.lines(mx, y - 0.2 * u, orole, olines, style.INK_SOFT, main_w)
        # the side: map type, journey, version, date, author
        rule = sx + side_w + u if self.rtl else sx - u
        self.c.setStrokeColor(colour(style.GRID_LINE))
        self.c.setLineWidth(max(u * 0.08, 0.5))
        self.c.line(rule, box.y, rule, box.top)
        facts = [(w("Poster", "{type} map").format(type=w.label(meta.map_type)), "Semibold")]
        if meta.journey_kind != JourneyKind.OTHER:
            facts.append((w("Poster", "{kind} journey").format(kind=w.label(meta.journey_kind)),
                          "Regular"))
        if meta.version_label:
            facts.append((w("Poster", "Version {version}").format(version=meta.version_label),
                          "Regular"))
        facts.append((w("Poster", "Updated {date}").format(date=self.date), "Regular"))
        if meta.author:
            facts.append((w("Poster", "By {author}").format(author=meta.author), "Regular"))
        size = 1.15 * u
        while len(facts) * size * 1.3 > box.h and size > 0.7 * u:
            size *= 0.9
        y = box.top
        for text, face in facts:
            role = FontRole(face, size, size * 1.3)
            if y - role.line_height < box.y - 0.01:
                break
            y = self.lines(sx, y, role, [fit_line(text, role, side_w)], style.INK, side_w)

    # -- personas ---------------------------------------------------------------------------
    def personas(self, box: Box, personas: list[Persona]) -> None:
        if not personas:
            return
        u = self.u
        gap = u
        n = len(personas)
        w = (box.w - gap * (n - 1)) / n
        for i, persona in enumerate(personas):
            self._persona(Box(box.x + i * (w + gap), box.y, w, box.h), persona, i)

    def _persona_colour(self, persona: Persona, index: int) -> str:
        if persona.color:
            return persona.color
        for i, curve in enumerate(self.doc.curves):
            if curve.persona_id == persona.id:
                return style.curve_style(i, curve.color)[0]
        return style.CURVE_COLOURS[index % len(style.CURVE_COLOURS)]

    def _persona(self, box: Box, persona: Persona, index: int) -> None:
        c = self.c
        u = self.u
        accent = self._persona_colour(persona, index)
        c.setFillColor(colour(style.mix(accent, style.PAPER, 0.92)))
        c.setStrokeColor(colour(style.mix(accent, style.PAPER, 0.5)))
        c.setLineWidth(max(u * 0.08, 0.5))
        c.roundRect(box.x, box.y, box.w, box.h, u * 0.5, stroke=1, fill=1)
        c.setFillColor(colour(accent))
        c.rect(box.x, box.top - 0.45 * u, box.w, 0.45 * u, stroke=0, fill=1)
        pad = u * 0.9
        x = box.x + pad
        inner = box.w - 2 * pad
        # avatar: the persona's photo in a disc, else a disc with initials (white on a
        # colour dark enough for them); at the left, or at the right of a right-to-left
        # map's persona
        r = 1.6 * u
        ax = x + inner - 2 * r if self.rtl else x
        if not self._photo(persona, ax + r, box.top - 0.45 * u - pad - r, r, accent):
            c.setFillColor(colour(style.readable(accent, style.PAPER)))
            c.circle(ax + r, box.top - 0.45 * u - pad - r, r, stroke=0, fill=1)
            initials = "".join(part[0] for part in persona.name.split()[:2]).upper() or "?"
            self.text.draw(ax + r, box.top - 0.45 * u - pad - r - 0.45 * u, initials, "Bold",
                           1.3 * u, style.PAPER, align="center")
        tx = x if self.rtl else x + 2 * r + u
        tw = inner - 2 * r - u
        top = box.top - 0.45 * u - pad * 0.8
        name_role = FontRole("Bold", 1.5 * u, 1.8 * u)
        top = self.lines(tx, top, name_role, [fit_line(persona.name, name_role, tw)], style.INK,
                         tw)
        facts = " · ".join(v for v in (persona.segment, persona.age, persona.occupation,
                                       persona.income) if v)
        if facts:
            role, lines = fit_block(facts, "Regular", 1.0 * u, 0.75 * u, tw, 3.8 * u)
            top = self.lines(tx, top, role, lines, style.INK_SOFT, tw)
        top = min(top, box.top - 0.45 * u - pad - 2 * r) - 0.6 * u
        bottom = box.y + pad * 0.7
        if persona.quote and top - bottom > 2 * u:
            quote = "“" + persona.quote.strip().strip('“”"') + "”"
            qrole, qlines = fit_block(quote, "Italic", 1.1 * u,
                                      0.8 * u, inner, min(4 * u, (top - bottom) * 0.4))
            top = self.lines(x, top, qrole, qlines, style.INK, inner) - 0.5 * u
        sections = persona_sections(persona, self.words)
        if not sections:
            return
        if top - bottom < 1.5 * u:
            self._left_out(x, top, bottom, FontRole("Regular", 0.8 * u, 1.0 * u),
                           [t for t, _ in sections], inner, style.INK_SOFT)
            return
        cols = 2 if inner > 30 * u and len(sections) > 1 else 1
        col_w = (inner - (cols - 1) * u) / cols
        per_col = (len(sections) + cols - 1) // cols
        chunks = [sections[ci * per_col:(ci + 1) * per_col] for ci in range(cols)]
        texts = {title: (" · ".join(items) if title == self.words("Poster", "Channels") else "• " + "\n• ".join(items))
                 for title, items in sections}
        # one size for every list of the persona: the largest at which all fit
        size = 1.0 * u
        while True:
            role = FontRole("Regular", size, size * 1.22)
            head = FontRole("Semibold", size, size * 1.3)
            need = max(
                sum(head.line_height + len(wrap(texts[t], role, col_w)) * role.line_height
                    + 0.4 * size for t, _ in chunk)
                for chunk in chunks
            )
            if need <= top - bottom or size <= 0.72 * u:
                break
            size = max(0.72 * u, size * 0.93)
        gap = 0.4 * size
        for ci, chunk in enumerate(chunks):
            y = top
            # columns from the left, or from the right on a right-to-left map
            cx = x + (cols - 1 - ci if self.rtl else ci) * (col_w + u)
            least = head.line_height + role.line_height + gap  # a heading and one line
            shown = len(chunk)
            while shown and shown * least + (role.line_height if shown < len(chunk) else 0) \
                    > top - bottom + gap + 0.01:
                shown -= 1
            note = role.line_height if shown < len(chunk) else 0.0
            for i, (title, _) in enumerate(chunk[:shown]):
                y = self.lines(cx, y, head, [title.upper()],
                               style.readable(accent, style.mix(accent, style.PAPER, 0.92)),
                               col_w)
                left = shown - i - 1  # sections still to come in this column
                room = (y - bottom) - left * least - note
                lines = wrap(texts[title], role, col_w, max(1, int(room // role.line_height)))
                y = self.lines(cx, y, role, lines, style.INK, col_w) - gap
            if shown < len(chunk):
                # no room for the rest: say so rather than drop them silently
                self._left_out(cx, y, bottom, role, [t for t, _ in chunk[shown:]], col_w,
                               style.INK_SOFT)

    def _photo(self, persona: Persona, cx: float, cy: float, r: float, accent: str) -> bool:
        """Draw the persona's photo filling a disc of radius ``r`` at (cx, cy), ringed in
        its accent; False (with a warning naming the persona) when there is none or it is
        left out."""
        from reportlab.lib.utils import ImageReader

        ref = (persona.photo or "").strip()
        if not ref:
            return False
        need = max(8, round(2 * r / 72.0 * PHOTO_DPI))
        try:
            image = open_card_image(ref, self.base_dir, max_side=need)
        except ImageRefused as exc:
            name = persona.name if len(persona.name) <= 40 else persona.name[:39] + "…"
            message = f"persona {name!r}: photo {describe(ref)} left out: {exc}"
            self.warnings.append(message)
            log.warning("%s", message)
            return False
        c = self.c
        w, h = image.size
        k = 2 * r / min(w, h)  # cover the disc, centred
        c.saveState()
        p = c.beginPath()
        p.circle(cx, cy, r)
        c.clipPath(p, stroke=0, fill=0)
        c.drawImage(ImageReader(image), cx - w * k / 2, cy - h * k / 2, w * k, h * k,
                    mask="auto")
        c.restoreState()
        c.setStrokeColor(colour(accent))
        c.setLineWidth(max(self.u * 0.12, 0.6))
        c.circle(cx, cy, r, stroke=1, fill=0)
        return True

    def _left_out(self, x: float, top: float, bottom: float, role: FontRole,
                  titles: list[str], width: float, ink: str) -> None:
        """A "+N more: …" line for persona sections that found no room, where one fits."""
        if not titles:
            return
        if top - role.line_height < bottom - 0.01:
            role = FontRole(role.face_name, role.size * (top - bottom) / role.line_height,
                            top - bottom)
            if role.size < 3.0:
                return
        note = f"+{len(titles)} more: " + ", ".join(t.lower() for t in titles)
        self.lines(x, top, role, [fit_line(note, role, width)], ink, width)

    # -- impact × effort matrix ------------------------------------------------------------
    def priority_matrix(self, box: Box) -> None:
        """The rated opportunities as numbered dots (their rank, as in the legend's list)
        on the impact × effort matrix; quadrant names above and below the plot, where no
        dot can cover them. Drawn at the top left of ``box``."""
        u = self.u
        c = self.c
        left, right, above, under = (side * u for side in MATRIX_MARGINS)
        side = max(min(box.w - left - right, box.h - above - under), 4 * u)
        x0 = box.x + left
        top = box.top - above  # the plot's top edge
        bottom = top - side
        cell = side / RATINGS
        head = FontRole("Semibold", 1.0 * u, 1.6 * u)
        self.lines(box.x, box.top, head, ["IMPACT × EFFORT"], style.INK_SOFT)
        hairline = max(u * 0.06, 0.4)
        name_size = 0.85 * u
        for quadrant in quadrants():
            q = quadrant.area
            tint = _QUADRANT_TINTS[(quadrant.high_impact, quadrant.high_effort)]
            qx, qy = x0 + q.x * side, top - (q.y + q.h) * side
            c.setFillColor(colour(tint))
            c.rect(qx, qy, q.w * side, q.h * side, stroke=0, fill=1)
            # the name just outside the plot, over (high impact) or under its quadrant
            role = FontRole("Semibold", name_size, name_size)
            name = fit_line(quadrant.name, role, q.w * side - 0.2 * u)
            y = top + 0.35 * u if quadrant.high_impact else bottom - 0.95 * u
            self.text.draw(qx + 0.1 * u, y, name, "Semibold", name_size,
                           style.mix(tint, style.INK, 0.72))
        # the cells' grid, faint, and the split between low and high, firmer
        c.setStrokeColor(colour(style.PAPER))
        c.setLineWidth(hairline)
        for i in range(1, RATINGS):
            c.line(x0 + i * cell, bottom, x0 + i * cell, top)
            c.line(x0, bottom + i * cell, x0 + side, bottom + i * cell)
        c.setStrokeColor(colour(style.INK_FAINT))
        c.rect(x0, bottom, side, side, stroke=1, fill=0)
        # the scales: 1 … 5 along each axis, then the axis' name
        tick = 0.7 * u
        for i in range(RATINGS):
            self.text.draw(x0 + (i + 0.5) * cell, bottom - 1.95 * u, str(i + 1),
                           "Regular", tick, style.INK_SOFT, "center")
            self.text.draw(x0 - 0.4 * u, bottom + (i + 0.5) * cell - 0.35 * tick, str(i + 1),
                           "Regular", tick, style.INK_SOFT, "right")
        axis = 0.85 * u
        self.text.draw(x0 + side / 2, bottom - 3.0 * u, "Effort →", "Semibold",
                       axis, style.INK, "center")
        c.saveState()
        c.translate(x0 - 1.4 * u, bottom + side / 2)
        c.rotate(90)
        c.setFillColor(colour(style.INK))
        c.setFont(FONT_NAMES["Semibold"], axis)
        c.drawCentredString(0, 0, self.words("Poster", "Impact →"))
        c.restoreState()
        # the dots, best ranked drawn last (on top)
        for dot in reversed(matrix_dots(self.ranked(), max_radius=0.27 / RATINGS)):
            cx, cy, r = x0 + dot.x * side, top - dot.y * side, dot.radius * side
            c.setFillColor(colour(style.INK))
            c.setStrokeColor(colour(style.PAPER))
            c.setLineWidth(max(r * 0.12, 0.4))
            c.circle(cx, cy, r, stroke=1, fill=1)
            label = str(dot.rank)
            size = r * (1.15 if len(label) == 1 else 0.95 if len(label) == 2 else 0.75)
            self.text.draw(cx, cy - 0.35 * size, label, "Bold", size, style.PAPER, "center")

    def ranked(self) -> list[Ranked]:
        return [r for r in ranked_opportunities(self.doc) if r.rated]

    # -- legend --------------------------------------------------------------------------------
    def legend_entries(self, blank: bool) -> list[tuple[str, list[LegendEntry]]]:
        return legend_groups(self.doc, blank, self.layout, self.words)

    def legend(self, box: Box, blank: bool) -> None:
        u = self.u
        groups = self.legend_entries(blank)
        c = self.c
        size = 1.0 * u
        while True:
            role = FontRole("Regular", size, size * 1.55)
            head = FontRole("Semibold", size, size * 1.6)
            # flow the groups into columns of the box's height
            col_w = 15 * size
            columns: list[list[tuple[str, tuple[str, Any] | None]]] = [[]]
            y_used = 0.0
            for title, entries in groups:
                need = head.line_height + role.line_height
                if columns[-1] and y_used + need > box.h:
                    columns.append([])
                    y_used = 0.0
                columns[-1].append((title, None))
                y_used += head.line_height
                for entry in entries:
                    if y_used + role.line_height > box.h:
                        columns.append([])
                        y_used = 0.0
                    columns[-1].append(entry)
                    y_used += role.line_height
            if len(columns) * col_w <= box.w or size <= 0.6 * u:
                break
            size *= 0.9
        col_w = max(col_w, min(box.w / len(columns), 22 * size))
        fit = len(columns)
        while fit > 1 and box.x + (fit - 1) * col_w + min(col_w, 10 * size) > box.x + box.w + 0.5:
            fit -= 1
        if fit < len(columns):
            # no room left at the smallest size: the last entry shown says what is not
            hidden = sum(1 for column in columns[fit:] for _, k in column if k is not None)
            last = columns[fit - 1]
            while last and last[-1][1] is None:  # a heading whose entries are off
                last.pop()
            if last:
                last.pop()
                hidden += 1
            last.append((self.words("Poster", "+{count} more (see the map)").format(count=hidden),
                         ("note", None)))
            columns = columns[:fit]
        for ci, column in enumerate(columns):
            col_x = box.x + ci * col_w
            if self.rtl:  # columns from the right, each entry's sample right of its text
                col_x = box.x + box.w - (ci + 1) * col_w
            y = box.top
            for label, kind in column:
                if kind is None:
                    y = self.lines(col_x, y, head, [label.upper()], style.INK_SOFT,
                                   col_w - size)
                    continue
                y -= role.line_height
                cy = y + role.line_height / 2
                k, value = kind
                icon = size * 1.15
                x = col_x + col_w - size - icon * _SAMPLE_W.get(k, 1.0) if self.rtl else col_x
                if k == "channel":
                    draw_icon(c, icon_name(value), x, cy + icon / 2, icon, style.INK_SOFT,
                              y_down=False)
                elif k == "evidence":
                    draw_evidence(c, value, x + icon / 2, cy, icon * 0.33, icon * 0.1,
                                  y_down=False)
                elif k == "swatch":
                    fill, accent = value
                    c.setFillColor(colour(fill))
                    c.setStrokeColor(colour(style.mix(fill, style.INK, 0.14)))
                    c.setLineWidth(size * 0.06)
                    c.roundRect(x, cy - icon * 0.5, icon * 1.3, icon, icon * 0.15, stroke=1, fill=1)
                    c.setFillColor(colour(accent))
                    c.rect(x + icon * 0.1, cy - icon * 0.35, icon * 0.12, icon * 0.7, stroke=0,
                           fill=1)
                elif k == "votes":
                    c.setFillColor(colour(VOTE))
                    for i in range(3):
                        c.circle(x + icon * (0.2 + 0.5 * i), cy, icon * 0.2, stroke=0, fill=1)
                elif k == "curve":
                    col, marker, dash = value
                    c.saveState()
                    c.setStrokeColor(colour(col))
                    c.setLineWidth(size * 0.16)
                    if dash:
                        c.setDash([d * size * 0.12 for d in dash])
                    c.line(x, cy, x + icon * 2.2, cy)
                    c.restoreState()
                    draw_marker(c, marker, x + icon * 1.1, cy, size * 0.32, col, style.PAPER,
                                size * 0.1, y_down=False)
                elif k == "rank":  # a numbered dot, as on the editor's matrix
                    c.setFillColor(colour(style.INK))
                    c.circle(x + icon * 0.5, cy, icon * 0.55, stroke=0, fill=1)
                    self.text.draw(x + icon * 0.5, cy - size * 0.3, str(value), "Bold",
                                   size * 0.75, style.PAPER, "center")
                elif k == "blueprint":  # the line in its own style, as on the map
                    width, dash, round_caps = style.BLUEPRINT_STYLE[value]
                    c.saveState()
                    c.setStrokeColor(colour(style.BLUEPRINT_LINE_COLOUR))
                    c.setLineWidth(size * 0.07 * width)
                    c.setLineCap(1 if round_caps else 0)
                    if dash:
                        c.setDash([d * size * 0.07 for d in dash])
                    c.line(x, cy, x + icon * 2.2, cy)
                    c.restoreState()
                offset = icon * 2.6 if k in ("curve", "blueprint") else icon * 1.7
                if k == "note":
                    offset = 0
                text = fit_line(label, role, col_w - offset - size)
                ink = style.TEXT_MUTED if k == "note" else style.INK
                baseline = y + (role.line_height - size * 0.68) / 2
                if self.rtl or reads_rtl(text):  # ends where its room ends, by the sample
                    right = col_x + col_w - size - offset if self.rtl else col_x + col_w - size
                    if not self.rtl:
                        right = max(right, col_x + offset + text_width(text, role))
                    self.text.draw(right, baseline, text, role.face_name, size, ink, "right")
                else:
                    self.text.draw(col_x + offset, baseline, text, role.face_name, size, ink)


def poster_personas(doc: JourneyMap) -> list[Persona]:
    """Every persona the poster prints: the primary ones first, then the others, each in
    the map's order."""
    return [p for p in doc.personas if p.primary] + [p for p in doc.personas if not p.primary]


def persona_sections(persona: Persona, words: Words | None = None
                     ) -> list[tuple[str, list[str]]]:
    """The persona's filled lists as (heading, items), in the Personas panel's order, in
    the words of ``words`` (English when None)."""
    w = words or Words()
    return [(title, items) for title, items in (
        (w("Poster", "Goals"), list(persona.goals)),
        (w("Poster", "Needs"), list(persona.needs)),
        (w("Poster", "Motivations"), list(persona.motivations)),
        (w("Poster", "Challenges"), list(persona.challenges)),
        (w("Poster", "Behaviours"), list(persona.behaviours)),
        (w("Poster", "Channels"),
         [w("Vocabulary", channel_label(ch)) for ch in persona.preferred_channels]),
    ) if items]


def _blueprint_lines(doc: JourneyMap) -> list[BlueprintBoundary]:
    from cjdesigner.model import blueprint_boundaries

    return blueprint_boundaries(doc)


#: rated opportunities listed under "Priorities" on the poster, best first
PRIORITIES_SHOWN = 8

#: the matrix panel's room around its square plot, in units of ``u``: left (the impact
#: axis and its scale), right, above (heading and quadrant names) and under (quadrant
#: names, the effort scale and the axis' name)
MATRIX_MARGINS = (2.2, 0.3, 3.0, 3.5)

#: (high impact, high effort) → the quadrant's tint, as in the editor
_QUADRANT_TINTS = {
    (True, False): "#DDF0E3",
    (True, True): "#FBEFD5",
    (False, False): "#EEF1F4",
    (False, True): "#F8E0DC",
}


def poster_has_matrix(doc: JourneyMap, blank: bool) -> bool:
    """Whether the poster draws the impact × effort matrix: when a card is rated."""
    return not blank and any(r.rated for r in ranked_opportunities(doc))

#: how wide each kind of legend sample is drawn, in icon sizes (from its left edge)
_SAMPLE_W = {"channel": 1.0, "evidence": 1.0, "swatch": 1.3, "votes": 1.4, "curve": 2.2,
             "rank": 1.05, "blueprint": 2.2, "note": 0.0}

#: a legend line: (label, (kind, value)); the value's type depends on the kind
LegendEntry = tuple[str, tuple[str, Any]]


def legend_groups(doc: JourneyMap, blank: bool, lay: MapLayout | None = None,
                  words: Words | None = None) -> list[tuple[str, list[LegendEntry]]]:
    """The legend's groups: (title, [(label, (kind, value))]), only what the poster draws
    (the curves of ``lay``, the map's layout, drawn with at least one point), in the map's
    language."""
    w = words or Words(doc.meta.language)
    groups: list[tuple[str, list[LegendEntry]]] = []
    if not blank:
        # the ranked list first, next to the matrix its numbers refer to
        ranked = [r for r in ranked_opportunities(doc) if r.rated]
        if ranked:
            ranks: list[LegendEntry] = [
                (f"{r.quadrant} {r.card.impact}/{r.card.effort}: "
                 f"{r.card.title or w('Poster', '(untitled)')}",
                 ("rank", r.rank))
                for r in ranked[:PRIORITIES_SHOWN]
            ]
            if len(ranked) > PRIORITIES_SHOWN:
                ranks.append((w("Poster", "+{count} more (see the editor)").format(
                    count=len(ranked) - PRIORITIES_SHOWN),
                              ("note", None)))
            groups.append((w("Poster", "Priorities (impact/effort)"), ranks))
        used = []
        for card in doc.cards:
            if card.channel and card.channel not in used:
                used.append(card.channel)
        known = [ch for ch in CHANNELS if ch in used] + [ch for ch in used if ch not in CHANNELS]
        if known:
            groups.append((w("Poster", "Channels"), [(w("Vocabulary", channel_label(ch)),
                                                      ("channel", ch)) for ch in known[:16]]))
    if blank:  # a workshop wall: which note colour goes in which lane
        swatches: list[LegendEntry] = []
        for lane in doc.lanes:
            if lane.kind == LaneKind.FEELINGS:
                continue
            fill = style.CARD_FILL[lane.kind]
            accent = lane.color or style.LANE_ACCENT[lane.kind]
            swatches.append((lane.title or w.label(lane.kind), ("swatch", (fill, accent))))
        if swatches:
            groups.append((w("Poster", "Notes by lane"), swatches))
    if blank:  # the workshop's key: every evidence basis, for the notes still to come
        groups.append((w("Poster", "Evidence"), [(w.label(e), ("evidence", e)) for e in Evidence]))
    else:
        used_evidence = {card.evidence for card in doc.cards if card.evidence is not None}
        evidence: list[LegendEntry] = [(w.label(e), ("evidence", e)) for e in Evidence
                                       if e in used_evidence]
        if any(card.votes for card in doc.cards):
            evidence.append((w("Poster", "Votes"), ("votes", None)))
        if evidence:
            groups.append((w("Poster", "Evidence"), evidence))
    if not blank:
        drawn = [cv for cv in (lay if lay is not None else layout_map(doc)).curves if cv.points]
        if drawn:
            entries: list[LegendEntry] = [
                (cv.label or w("Poster", "Emotion"), ("curve", (cv.colour, cv.marker, cv.dash)))
                for cv in drawn
            ]
            if any(not pt.is_set for cv in drawn for pt in cv.points):
                entries.append((w("Poster", "Filled: set · hollow: derived from cards"),
                                ("note", None)))
            groups.append((w("Poster", "Emotion curves"), entries))
    lines = sorted({b.line for b in _blueprint_lines(doc)}, key=list(BlueprintLine).index)
    if lines:
        groups.append((w("Poster", "Service blueprint"),
                       [(w.label(line), ("blueprint", line)) for line in lines]))
    return groups

