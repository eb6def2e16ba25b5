"""The map as SVG elements for the web page: the layout the canvas and the poster draw
(``cjdesigner.layout``), turned into vector shapes and text. No Qt.

Every piece of map text goes through ``cjdesigner.export.escape.html_text`` (the SVG is
inline in an HTML page, so the HTML parser reads it); ids and colours the model checked
are written as they are. Cards carry ``data-id`` so the page's script can find them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cjdesigner.export.escape import html_text
from cjdesigner.layout import CardBox, MapLayout, card_parts, style
from cjdesigner.layout.shapes import icon_ops, marker_ops, smooth_ops
from cjdesigner.layout.text import FontRole, baseline_offset, fit_line, reads_rtl, text_width
from cjdesigner.model import Card, Evidence, JourneyMap

_WEIGHT = {"Regular": 400, "Semibold": 600, "Bold": 700}


def _n(value: float) -> str:
    """A coordinate, short: at most two decimals, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def path_data(ops: Iterable[tuple[Any, ...]], dx: float = 0.0, dy: float = 0.0, k: float = 1.0) -> str:
    """SVG path data for the drawing steps of ``cjdesigner.layout.shapes``."""
    out: list[str] = []

    def p(x: float, y: float) -> str:
        return f"{_n(dx + x * k)} {_n(dy + y * k)}"

    for op in ops:
        kind = op[0]
        if kind in ("M", "L"):
            out.append(f"{kind}{p(op[1], op[2])}")
        elif kind == "Q":
            out.append(f"Q{p(op[1], op[2])} {p(op[3], op[4])}")
        elif kind == "C":
            out.append(f"C{p(op[1], op[2])} {p(op[3], op[4])} {p(op[5], op[6])}")
        elif kind == "Z":
            out.append("Z")
        elif kind == "O":
            cx, cy, r = op[1], op[2], op[3]
            out.append(f"M{p(cx - r, cy)}a{_n(r * k)} {_n(r * k)} 0 1 0 {_n(2 * r * k)} 0"
                       f"a{_n(r * k)} {_n(r * k)} 0 1 0 {_n(-2 * r * k)} 0")
        elif kind == "E":
            x, y, w, h = op[1:5]
            rx, ry = w / 2, h / 2
            out.append(f"M{p(x, y + ry)}a{_n(rx * k)} {_n(ry * k)} 0 1 0 {_n(w * k)} 0"
                       f"a{_n(rx * k)} {_n(ry * k)} 0 1 0 {_n(-w * k)} 0")
        elif kind == "R":
            x, y, w, h = op[1:5]
            out.append(f"M{p(x, y)}h{_n(w * k)}v{_n(h * k)}h{_n(-w * k)}Z")
    return "".join(out)


#: where an anchor sits on a right-to-left line: its start is its right end
_RTL_ANCHOR = {"start": "end", "end": "start", "middle": "middle"}


def text(x: float, baseline: float, value: str, role: FontRole, fill: str,
         anchor: str = "start") -> str:
    """A line of text; ``anchor`` as the layout means it (``start``: ``x`` is the left).

    The browser shapes and orders the line; a line that reads right to left (its first
    strong character does, as in the layout) gets ``direction="rtl"``, so an Arabic
    sentence with "VAT 15%" keeps its order, and its anchor is mirrored so the line
    still sits where the layout measured it."""
    attrs = f'x="{_n(x)}" y="{_n(baseline)}" font-size="{_n(role.size)}"'
    if reads_rtl(value):
        attrs += ' direction="rtl"'
        anchor = _RTL_ANCHOR[anchor]
    weight = _WEIGHT.get(role.face_name, 400)
    if weight != 400:
        attrs += f' font-weight="{weight}"'
    if fill != style.INK:
        attrs += f' fill="{fill}"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    return f"<text {attrs}>{html_text(value)}</text>"


def rect(x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> str:
    return (f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" '
            f'fill="{fill}"{extra}/>')


def line(x0: float, y0: float, x1: float, y1: float, stroke: str, width: float = 1.0,
         extra: str = "") -> str:
    return (f'<line x1="{_n(x0)}" y1="{_n(y0)}" x2="{_n(x1)}" y2="{_n(y1)}" '
            f'stroke="{stroke}" stroke-width="{_n(width)}"{extra}/>')


def _tint(base: str, ink: str, alpha: int) -> str:
    return style.mix(base, ink, alpha / 255)


def map_svg(doc: JourneyMap, lay: MapLayout, images: dict[str, str] | None = None) -> str:
    """The ``<svg>`` element of the whole map (``images``: card id → data URI)."""
    images = images or {}
    parts: list[str] = [
        f'<svg id="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(lay.width)} '
        f'{_n(lay.height)}" role="img" aria-labelledby="map-title" direction="ltr">',
        f'<title id="map-title">{html_text(doc.meta.title)}</title>',
        '<g id="world">',
    ]
    parts += _grid(lay)
    cards = {card.id: card for card in doc.cards}
    parts.append('<g id="cards">')
    for box in lay.cards.values():
        card = cards.get(box.card_id)
        if card is not None:
            parts.append(_card(box, card, images.get(card.id)))
    parts.append("</g>")
    parts += _curves(lay)
    parts += _headers(doc, lay)
    parts.append("</g></svg>")
    return "".join(parts)


def _grid(lay: MapLayout) -> list[str]:
    grid = lay.grid
    out = [rect(0, 0, lay.width, lay.height, style.PAPER)]
    for stage in lay.stages:
        r = stage.rect
        out.append(rect(r.x, grid.y, r.w, grid.h, style.mix(stage.colour, style.PAPER, 0.93)))
    for step in lay.steps:  # each column's end: its left side when time runs leftwards
        x = step.column.x if lay.rtl else step.column.right
        out.append(line(x, grid.y, x, grid.bottom, style.GRID_LINE))
    for lane in lay.lanes:
        out.append(line(grid.x, lane.row.bottom, grid.right, lane.row.bottom, style.GRID_LINE))
        if lane.lane_id == lay.feelings_lane_id and lay.scale_ticks:
            faint = _tint(style.PAPER, style.INK_FAINT, 110)
            for tick in lay.scale_ticks:
                out.append(line(grid.x, tick.y, grid.right, tick.y, faint, 1,
                                ' stroke-dasharray="2 4"'))
            if lane.row.bottom - lane.content_top > 4:
                out.append(line(grid.x, lane.content_top, grid.right, lane.content_top,
                                style.GRID_LINE))
    for bl in lay.blueprint_lines:
        dash = " ".join(_n(d) for d in style.BLUEPRINT_DASH)
        out.append(line(grid.x, bl.y, grid.right, bl.y, style.BLUEPRINT_LINE_COLOUR, 1.6,
                        f' stroke-dasharray="{dash}"'))
    return out


def _headers(doc: JourneyMap, lay: MapLayout) -> list[str]:
    """Stage, step and lane headers and the corner. A right-to-left map (``lay.rtl``) is
    the mirror image: the lane column and the corner at the right edge (``lay.lane_x``),
    headers set from the right, each column's end on its left."""
    rtl = lay.rtl
    w = style.LANE_HEADER_W
    x0 = lay.lane_x
    start = "end" if rtl else "start"  # headers read from their start edge

    def col(x: float, width: float = 0.0) -> float:
        """A position ``x`` from the lane column's start edge (``width``: of a box)."""
        return x0 + w - x - width if rtl else x0 + x

    band = 0.0 if rtl else w  # the stage and step headers' band, beside the corner
    out = ['<g id="headers">']
    out.append(rect(band, 0, lay.width - w, style.GRID_TOP, style.PAPER))
    for index, stage in enumerate(lay.stages):
        r = stage.rect
        out.append(rect(r.x, r.y, r.w, r.h, style.mix(stage.colour, style.PAPER, 0.62)))
        out.append(rect(r.x, r.bottom - 4, r.w, 4, stage.colour))
        if index:
            edge = r.right if rtl else r.x
            out.append(line(edge, r.y, edge, r.bottom, style.PAPER, 2))
        role = style.STAGE_TITLE
        top = r.y + (r.h - 4 - role.line_height) / 2
        x = r.right - style.CELL_PAD - 2 if rtl else r.x + style.CELL_PAD + 2
        out.append(text(x, top + baseline_offset(role), stage.title, role,
                        style.mix(stage.colour, style.INK, 0.75), anchor=start))
    for step in lay.steps:
        r = step.rect
        out.append(rect(r.x, r.y, r.w, r.h, style.HEADER_BG))
        edge = r.x + 0.5 if rtl else r.right - 0.5
        out.append(line(edge, r.y + 8, edge, r.bottom - 8, style.GRID_LINE))
        pad = style.CELL_PAD + 2
        role = style.STEP_TITLE
        meta_h = style.STEP_META.line_height if step.meta else 0.0
        y = r.y + (r.h - (len(step.title_lines) * role.line_height + meta_h)) / 2
        x = r.right - pad if rtl else r.x + pad
        for title_line in step.title_lines:
            out.append(text(x, y + baseline_offset(role), title_line, role, style.INK,
                            anchor=start))
            y += role.line_height
        if step.meta:
            meta = style.STEP_META
            out.append(text(x, y + baseline_offset(meta),
                            fit_line("◷ " + step.meta, meta, r.w - 2 * pad), meta,
                            style.INK_SOFT, anchor=start))
    out.append(line(band, style.GRID_TOP - 0.5, band + lay.width - w, style.GRID_TOP - 0.5,
                    style.GRID_LINE))
    # the lane column
    out.append(rect(x0, style.GRID_TOP, w, lay.height - style.GRID_TOP, style.PAPER))
    for lane in lay.lanes:
        r = lane.rect
        out.append(line(x0, r.bottom - 0.5, x0 + w, r.bottom - 0.5, style.GRID_LINE))
        out.append(rect(col(0, 4), r.y + 1, 4, r.h - 2, lane.accent))
        pad = style.CELL_PAD + 6
        out.append(f'<circle cx="{_n(col(pad + 11))}" cy="{_n(r.y + 24)}" r="13" '
                   f'fill="{_tint(style.PAPER, lane.accent, 30)}"/>')
        out.append(_icon(lane.kind.value, col(pad + 3, 16), r.y + 16, 16, lane.accent))
        role = style.LANE_TITLE
        tx, ty = pad + 32, r.y + 16
        width = w - tx - style.CELL_PAD
        for title_line in lane.title_lines[:3]:
            out.append(text(col(tx), ty + baseline_offset(role),
                            fit_line(title_line, role, width), role, style.INK, anchor=start))
            ty += role.line_height
        kind_label = lane.kind.label
        if lane.title_lines and " ".join(lane.title_lines) != kind_label:
            meta = style.LANE_META
            out.append(text(col(tx), ty + baseline_offset(meta),
                            fit_line(kind_label.upper(), meta, width), meta, style.INK_FAINT,
                            anchor=start))
        if lane.lane_id == lay.feelings_lane_id and lay.scale_ticks:
            right = w - 8  # the scale at the column's edge toward the grid
            scale_role = style.SCALE_LABEL
            for tick in lay.scale_ticks:
                out.append(text(col(right - 6), tick.y + 3.5,
                                fit_line(tick.label, scale_role, 84), scale_role,
                                style.INK_SOFT, anchor="start" if rtl else "end"))
                out.append(line(col(right - 3), tick.y, col(right + 8), tick.y,
                                style.INK_FAINT))
    for bl in lay.blueprint_lines:
        role = style.LINE_LABEL
        label = bl.label.upper()
        tw = text_width(label, role)
        dash = " ".join(_n(d) for d in style.BLUEPRINT_DASH)
        out.append(line(x0, bl.y, x0 + w, bl.y, style.BLUEPRINT_LINE_COLOUR, 1.2,
                        f' stroke-dasharray="{dash}"'))
        out.append(rect(col(style.CELL_PAD, tw + 12), bl.y - 8, tw + 12, 16,
                        style.BLUEPRINT_LINE_COLOUR, ' rx="8"'))
        out.append(text(col(style.CELL_PAD + 6), bl.y + 3.6, label, role, style.PAPER,
                        anchor=start))
    out.append(line(col(w - 0.5), style.GRID_TOP, col(w - 0.5), lay.height, style.GRID_LINE))
    # the corner: the map's title and kind
    out.append(rect(x0, 0, w, style.GRID_TOP, style.PAPER))
    out.append(line(col(w - 0.5), 0, col(w - 0.5), style.GRID_TOP, style.GRID_LINE))
    out.append(line(x0, style.GRID_TOP - 0.5, x0 + w, style.GRID_TOP - 0.5, style.GRID_LINE))
    pad = style.CELL_PAD + 6
    role, small = style.STEP_TITLE, style.LANE_META
    out.append(text(col(pad), 26 + baseline_offset(role),
                    fit_line(doc.meta.title, role, w - 2 * pad), role, style.INK, anchor=start))
    out.append(text(col(pad), 44 + baseline_offset(small),
                    fit_line(doc.meta.map_type.label.upper(), small, w - 2 * pad), small,
                    style.INK_FAINT, anchor=start))
    out.append("</g>")
    return out


def _icon(name: str, x: float, y: float, size: float, ink: str) -> str:
    return (f'<path d="{path_data(icon_ops(name), x, y, size / 16)}" fill="none" stroke="{ink}" '
            'stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round"/>')


def _evidence(kind: Evidence, cx: float, cy: float, r: float) -> str:
    _, fill, outline = style.EVIDENCE_STYLE[kind]
    dash = ""
    if kind == Evidence.PROPOSED:
        dash = ' stroke-dasharray="' + " ".join(_n(d) for d in style.EVIDENCE_DASH) + '"'
    out = (f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" fill="{fill}" stroke="{outline}" '
           f'stroke-width="{_n(style.EVIDENCE_LINE_W)}"{dash}/>')
    if kind != Evidence.OBSERVED:
        out += (f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(style.EVIDENCE_DOT_R)}" '
                f'fill="{outline}"/>')
    return out


def _card(box: CardBox, card: Card, image: str | None) -> str:
    parts = card_parts(box, card)
    r = box.rect
    edge = style.mix(box.fill, style.INK, 0.14)
    tab = parts.tab
    out = [f'<g class="card" data-id="{html_text(card.id)}" tabindex="0" '
           f'transform="translate({_n(r.x)} {_n(r.y)})">',
           f'<title>{html_text(card.title or "Untitled")}</title>',
           f'<rect class="note" width="{_n(r.w)}" height="{_n(r.h)}" rx="{_n(style.CARD_RADIUS)}" '
           f'fill="{box.fill}" stroke="{edge}"/>',
           rect(tab.x, tab.y, tab.w, tab.h, box.accent, f' rx="{_n(tab.w / 2)}"')]
    for part in parts.lines:
        out.append(text(part.x, part.baseline, part.text, part.role, part.colour))
    if parts.image is not None:
        im = parts.image
        if image is not None:
            out.append(f'<image x="{_n(im.x)}" y="{_n(im.y)}" width="{_n(im.w)}" '
                       f'height="{_n(im.h)}" preserveAspectRatio="xMidYMid slice" '
                       f'href="{html_text(image)}"/>')
        else:
            out.append(rect(im.x, im.y, im.w, im.h, _tint(box.fill, style.INK, 14),
                            f' rx="{_n(style.CARD_IMAGE_RADIUS)}"'))
            if parts.image_icon is not None:
                ic = parts.image_icon
                out.append(_icon(ic.name, ic.x, ic.y, ic.size, style.INK_FAINT))
    if parts.evidence is not None:
        ev = parts.evidence
        out.append(_evidence(ev.kind, ev.cx, ev.cy, ev.r))
    if parts.channel_icon is not None:
        ic = parts.channel_icon
        out.append(_icon(ic.name, ic.x, ic.y, ic.size, style.INK_SOFT))
    if parts.channel_label is not None:
        t = parts.channel_label
        out.append(text(t.x, t.baseline, t.text, t.role, t.colour))
    if parts.owner is not None:
        chip = parts.owner
        cr = chip.rect
        out.append(rect(cr.x, cr.y, cr.w, cr.h, _tint(box.fill, chip.ink, chip.alpha),
                        f' rx="{_n(chip.radius)}"'))
        out.append(text(chip.text.x, chip.text.baseline, chip.text.text, chip.text.role,
                        chip.text.colour))
    for cx, cy in parts.vote_dots:
        out.append(f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(parts.vote_r)}" '
                   f'fill="{style.VOTE}"/>')
    if parts.vote_label is not None:
        t = parts.vote_label
        out.append(text(t.x, t.baseline, t.text, t.role, t.colour))
    out.append("</g>")
    return "".join(out)


def _curves(lay: MapLayout) -> list[str]:
    out = ['<g id="curves">']
    for curve in lay.curves:
        pts = curve.points
        if not pts:
            continue
        dash = ""
        if curve.dash:
            dash = ' stroke-dasharray="' + " ".join(_n(d) for d in curve.dash) + '"'
        if len(pts) > 1:
            d = path_data(smooth_ops([(p.x, p.y) for p in pts]))
            out.append(f'<path d="{d}" fill="none" stroke="{curve.colour}" stroke-width="2.2" '
                       f'stroke-linejoin="round" stroke-linecap="round"{dash}/>')
        for p in pts:
            r, fill, stroke = (5.0, curve.colour, style.PAPER) if p.is_set else \
                (3.8, style.PAPER, curve.colour)
            out.append(f'<path d="{path_data(marker_ops(curve.marker, r), p.x, p.y)}" '
                       f'fill="{fill}" stroke="{stroke}" stroke-width="1.6"/>')
    if lay.curves:
        out += _curve_key(lay)
    out.append("</g>")
    return out


def _curve_key(lay: MapLayout) -> list[str]:
    """The key at the top of the curve band, as the canvas and the poster draw it."""
    from cjdesigner.pdf.mapdraw import DERIVED, curve_key

    band = lay.curves[0].band
    x = band.x + 12
    y = band.y - style.CURVE_BAND_PAD / 2 - 1
    role = style.SCALE_LABEL
    entries, more, derived, width = curve_key(lay.curves, band.w - 24)
    out = [rect(x - 6, y - 8, width + 4, 16, style.PAPER, ' rx="8"')]
    for cv, label in entries:
        dash = ""
        if cv.dash:
            dash = ' stroke-dasharray="' + " ".join(_n(d) for d in cv.dash) + '"'
        out.append(line(x, y, x + 26, y, cv.colour, 2, dash))
        out.append(f'<path d="{path_data(marker_ops(cv.marker, 4.0), x + 13, y)}" '
                   f'fill="{cv.colour}" stroke="{style.PAPER}" stroke-width="1.2"/>')
        out.append(text(x + 32, y + 3.5, label, role, style.INK_SOFT))
        x += 34 + text_width(label, role) + 14
    if more:
        out.append(text(x, y + 3.5, more, role, style.INK_SOFT))
        x += text_width(more, role) + 14
    if derived:
        out.append(f'<circle cx="{_n(x + 13)}" cy="{_n(y)}" r="3.4" fill="{style.PAPER}" '
                   f'stroke="{style.INK_FAINT}" stroke-width="1.4"/>')
        out.append(text(x + 32, y + 3.5, DERIVED, role, style.INK_FAINT))
    return out
