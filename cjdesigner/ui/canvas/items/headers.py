"""Frozen headers: the stage/step row on top, the lane column on the left, the corner.

The scene moves these three items so they stay at the top and left edge of the visible
area (like a spreadsheet's frozen panes) while they keep scrolling along the other
axis; at fit-all they sit in their natural place. Each paints only its exposed part.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from cjdesigner.i18n.words import DERIVED_SHORT
from cjdesigner.layout import LaneBox, StepBox, style, text_width, wrap
from cjdesigner.layout.text import ELLIPSIS, reads_rtl, start_x
from cjdesigner.model import LaneKind

from .. import fonts
from ..painting import (
    NO_BRUSH,
    NO_PEN,
    SELECTION,
    brush,
    draw_icon,
    fitted,
    marker_path,
    pen,
)
from .layer import LayerItem

if TYPE_CHECKING:
    from ..scene import CanvasScene

HEADER_Z = 100
#: below this zoom the headers stop shrinking on screen (they grow in the scene)
HEADER_MIN_ZOOM = 0.75
#: below this zoom the curve legend leaves the band (too small there) for the frozen
#: header of the feelings lane, which keeps a readable size
LEGEND_MIN_ZOOM = 0.7
#: a cut label must keep at least this many characters, else it is left out (a row of
#: bare "…" says nothing)
MIN_LABEL_CHARS = 3


def legible(text: str, role, width: float) -> str:
    """``text`` fitted to ``width``; empty when the cut leaves fewer than
    ``MIN_LABEL_CHARS`` characters of it."""
    line = fitted(text, role, width)
    if line == text:
        return line
    shown = line[: -len(ELLIPSIS)] if line.endswith(ELLIPSIS) else line
    return line if len(shown.strip()) >= MIN_LABEL_CHARS else ""


class HeaderRowItem(LayerItem):
    """Stage bands and step headers; item y follows the top of the visible area.

    Zoomed out below ``HEADER_MIN_ZOOM`` the row grows upwards by the scene's
    ``header_scale`` so its text keeps a readable size on screen; columns still line up
    because only the text and heights are scaled, never the x positions.
    """

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        k = scene.header_scale
        top = scene.header_top()
        exposed = self.exposed(option, painter)
        left, right = exposed.left(), exposed.right()
        world = painter.worldTransform()
        # paper under the whole row, and a soft shadow below it while frozen
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(QRectF(left, top, right - left, style.GRID_TOP - top))
        if self.pos().y() > 0.5:
            painter.setBrush(brush("#101828", 18))
            painter.drawRect(QRectF(left, style.GRID_TOP, right - left, 3 * k))
        sticky_left = scene.frozen_right()
        sel = scene.header_selection if not scene.export_mode else None
        stage_h = style.STAGE_HEADER_H * k
        for index, stage in enumerate(lay.stages):
            r = stage.rect
            if r.right < left or r.x > right:
                continue
            band = QRectF(r.x, top, r.w, stage_h)
            painter.setPen(NO_PEN)
            painter.setBrush(brush(style.mix(stage.colour, style.PAPER, 0.62)))
            painter.drawRect(band)
            painter.setBrush(brush(stage.colour))
            painter.drawRect(QRectF(r.x, top + stage_h - 4 * k, r.w, 4 * k))
            if index:  # the edge toward the stage before
                edge = r.right if lay.rtl else r.x
                painter.setPen(pen(style.PAPER, 2 * k))
                painter.drawLine(QPointF(edge, top), QPointF(edge, top + stage_h))
            role = style.STAGE_TITLE
            pad = style.CELL_PAD + 2
            title = legible(stage.title, role, r.w / k - 2 * pad)
            tw = text_width(title, role) * k
            if lay.rtl:  # kept in sight left of the frozen lane column, from the right
                tx = min(r.right - pad * k, sticky_left - pad * k) - tw
                tx = min(max(tx, r.x + pad * k), r.right - pad * k - tw)
            elif reads_rtl(title):  # a right-to-left title ends at the band's right
                tx = r.right - pad * k - tw
            else:
                tx = max(r.x + pad * k, sticky_left + pad * k)
                tx = max(min(tx, r.right - pad * k - tw), r.x + pad * k)
            if title:
                painter.translate(tx, top)
                painter.scale(k, k)
                painter.setFont(fonts.painter_font(painter, role))
                painter.setPen(pen(style.mix(stage.colour, style.INK, 0.75)))
                by = (style.STAGE_HEADER_H - 4 - role.line_height) / 2 + fonts.baseline(role)
                fonts.draw_text(painter, QPointF(0, by), title, role)
                painter.setWorldTransform(world)
            if sel == ("stage", stage.stage_id):
                _selection_frame(painter, band, k)
            if (
                not scene.export_mode
                and r.w / k > 90
                and not any(st.stage_id == stage.stage_id for st in lay.steps)
            ):
                # a stage without steps: say so where its steps would be
                painter.translate(r.x, top + stage_h)
                painter.scale(k, k)
                meta = style.STEP_META
                painter.setFont(fonts.painter_font(painter, meta))
                painter.setPen(pen(style.INK_FAINT))
                hint = fitted("No steps yet — right-click to add", meta, r.w / k - 24)
                painter.drawText(QPointF(12, style.STEP_HEADER_H / 2 + 4), hint)
                painter.setWorldTransform(world)
        step_top = top + stage_h
        for step in lay.steps:
            r = step.rect
            if r.right < left or r.x > right:
                continue
            painter.translate(r.x, step_top)
            painter.scale(k, k)
            self._paint_step(painter, step, r.w / k, sel == ("step", step.step_id), k, lay.rtl)
            painter.setWorldTransform(world)
        painter.setPen(pen(style.GRID_LINE))
        painter.drawLine(QPointF(left, style.GRID_TOP - 0.5), QPointF(right, style.GRID_TOP - 0.5))

    def _paint_step(
        self, painter: QPainter, step: StepBox, width: float, selected: bool, k: float,
        rtl: bool = False,
    ) -> None:
        """One step header in local units (0, 0, width, STEP_HEADER_H); on a right-to-left
        map its separator is at the left and its time at the right."""
        h = style.STEP_HEADER_H
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.HEADER_BG))
        painter.drawRect(QRectF(0, 0, width, h))
        painter.setPen(pen(style.GRID_LINE, 1 / k))
        edge = 0.5 / k if rtl else width - 0.5 / k
        painter.drawLine(QPointF(edge, 8), QPointF(edge, h - 8))
        pad = style.CELL_PAD + 2
        room = width - 2 * pad
        if room >= 18:
            role = style.STEP_TITLE
            lines = step.title_lines if k == 1 else step.title_lines[:1]
            meta_h = style.STEP_META.line_height if step.meta else 0.0
            block = len(lines) * role.line_height + meta_h
            y = (h - block) / 2
            painter.setFont(fonts.painter_font(painter, role))
            painter.setPen(pen(style.INK))
            for line in lines:
                text = legible(line, role, room)
                if text:
                    fonts.draw_text(painter, QPointF(start_x(text, role, pad, room),
                                                     y + fonts.baseline(role)), text, role)
                y += role.line_height
            if step.meta and room >= 40:
                meta = style.STEP_META
                text = legible(step.meta, meta, room - 14)
                if text:
                    icon_x = width - pad - 10.5 if rtl else pad
                    text_x = width - pad - 14 - text_width(text, meta) if rtl else pad + 14
                    draw_icon(painter, "clock", icon_x, y + 1.5, 10.5, style.INK_SOFT)
                    painter.setFont(fonts.painter_font(painter, meta))
                    painter.setPen(pen(style.INK_SOFT))
                    fonts.draw_text(painter, QPointF(text_x, y + fonts.baseline(meta)), text, meta)
        if selected:
            _selection_frame(painter, QRectF(0, 0, width, h), 1)


class LaneColumnItem(LayerItem):
    """Lane headers down the left; item x follows the left of the visible area."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z - 1)
        #: (scene rectangle, curve id) of the stacked curve key's entries, as last painted
        self.legend_hits: list[tuple[QRectF, str]] = []
        self._base_transform = QTransform()
        self._rtl = False  # the map flows right to left (as last painted)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self._scene
        lay = scene.layout
        k = scene.header_scale
        x0 = scene.header_left()
        exposed = self.exposed(option, painter)
        top, bottom = exposed.top(), exposed.bottom()
        w = style.LANE_HEADER_W
        world = painter.worldTransform()
        self._base_transform = QTransform(world)
        rtl = lay.rtl
        self._rtl = rtl
        x1 = scene.header_right()
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(QRectF(x0, top, x1 - x0, bottom - top))
        if self.pos().x() < -0.5 if rtl else self.pos().x() > 0.5:
            # frozen over the grid: a soft shadow on the grid's side
            painter.setBrush(brush("#101828", 18))
            painter.drawRect(QRectF(x0 - 3 * k if rtl else x1, top, 3 * k, bottom - top))
        sel = scene.header_selection if not scene.export_mode else None
        frozen_bottom = scene.frozen_bottom()
        zoom = world.m11()
        for lane in lay.lanes:
            r = lane.rect
            if r.bottom < top or r.y > bottom:
                continue
            painter.translate(x0, r.y)
            painter.scale(k, k)
            # a lane scrolled half under the step headers keeps its title in sight
            shift = max(0.0, min((frozen_bottom - r.y) / k, r.h / k - 56))
            self._paint_lane(painter, lane, r.h / k, k, shift, zoom)
            if sel == ("lane", lane.lane_id):
                _selection_frame(painter, QRectF(0, 0, w, r.h / k), 1)
            painter.setWorldTransform(world)
        for line in lay.blueprint_lines:
            below = next((lane for lane in lay.lanes if abs(lane.rect.y - line.y) < 0.5), None)
            above = next((lane for lane in lay.lanes if abs(lane.rect.bottom - line.y) < 0.5), None)
            painter.translate(x0, line.y)
            painter.scale(k, k)
            # the chip may not cover the title of the lane below (zoomed out, lanes are
            # short) nor the curve scale's lowest level just above the line
            room = below.rect.h / k if below is not None else 100.0
            after_curves = above is not None and above.lane_id == lay.feelings_lane_id \
                and bool(lay.curves)
            self._paint_line_label(painter, self._scene.words("Vocabulary", line.label),
                                   chip=room >= 48,
                                   below_line=after_curves)
            painter.setWorldTransform(world)
        painter.setPen(pen(style.GRID_LINE, k))
        edge = x0 + 0.5 if rtl else x1 - 0.5  # toward the grid
        painter.drawLine(QPointF(edge, top), QPointF(edge, bottom))

    def _mx(self, x: float, width: float = 0.0) -> float:
        """A lane header's local x (from its outer edge) of something ``width`` wide: the
        header is the mirror image on a right-to-left map."""
        return style.LANE_HEADER_W - x - width if self._rtl else x

    def _paint_lane(
        self,
        painter: QPainter,
        lane: LaneBox,
        h: float,
        k: float,
        shift: float = 0.0,
        zoom: float = 1.0,
    ) -> None:
        """One lane header in local units (0, 0, LANE_HEADER_W, h); icon and title moved
        down by ``shift``."""
        w = style.LANE_HEADER_W
        mx = self._mx
        painter.setPen(pen(style.GRID_LINE, 1 / k))
        painter.drawLine(QPointF(0, h - 0.5 / k), QPointF(w, h - 0.5 / k))
        painter.setPen(NO_PEN)
        painter.setBrush(brush(lane.accent))
        painter.drawRect(QRectF(mx(0, 4), 1 / k, 4, h - 2 / k))
        if h < 30 or min(24.0, h / 2) - 8 + style.LANE_TITLE.line_height > h:
            # too short for the icon and a title under it: the name alone
            self._paint_short_title(painter, lane, h)
            return
        pad = style.CELL_PAD + 6
        cy = min(24.0, h / 2) + shift
        painter.setBrush(brush(lane.accent, 30))
        painter.drawEllipse(QPointF(mx(pad + 11), cy), 13, 13)
        draw_icon(painter, lane.kind.value, mx(pad + 3, 16), cy - 8, 16, lane.accent)
        role = style.LANE_TITLE
        ty = cy - 8
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        width = w - (pad + 32) - style.CELL_PAD
        feelings = lane.kind == LaneKind.FEELINGS and bool(self._scene.layout.curves)
        if feelings:
            width -= style.SCALE_LABEL_W
        tx = mx(pad + 32, width)  # the title's box, beside the icon
        for line in lane.title_lines:
            if ty + role.line_height > h and not shift:
                break
            shown = fitted(line, role, width)
            x = (tx + width - text_width(shown, role) if self._rtl
                 else start_x(shown, role, tx, width))
            fonts.draw_text(painter, QPointF(max(tx, x), ty + fonts.baseline(role)), shown, role)
            ty += role.line_height
        kind_label = self._scene.words.label(lane.kind)
        meta = style.LANE_META
        if (
            lane.title_lines
            and " ".join(lane.title_lines) != kind_label
            and ty + meta.line_height <= h
        ):
            painter.setFont(fonts.painter_font(painter, meta))
            painter.setPen(pen(style.INK_FAINT))
            shown = fitted(kind_label.upper(), meta, width)
            kx = tx + width - text_width(shown, meta) if self._rtl else tx
            fonts.draw_text(painter, QPointF(kx, ty + fonts.baseline(meta)), shown, meta)
            ty += meta.line_height
        if feelings and lane.lane_id == self._scene.layout.feelings_lane_id:
            limit = self._paint_scale(painter, lane, k)
            if zoom < LEGEND_MIN_ZOOM and not self._scene.export_mode:
                # the key between the outer edge and the scale's names
                self._paint_legend(painter, pad, max(ty, 40.0 + shift) + 6,
                                   (w - limit if self._rtl else limit) - 8, h)

    def _paint_legend(
        self, painter: QPainter, x: float, y: float, right: float, bottom: float
    ) -> None:
        """The curve key stacked under the lane title (zoomed out, the band's own key
        would be too small to read): a sample of each line and marker, its name in up
        to two lines, then what a hollow point means; entries that do not fit are left
        out (all curves or none)."""
        lay = self._scene.layout
        self.legend_hits = []  # nothing to click where no key is drawn
        role = style.SCALE_LABEL
        lh = role.line_height
        width = right - (x + 24)
        mx = self._mx  # x and right are measured from the outer edge

        def text_x(line: str) -> float:
            return mx(x + 24, text_width(line, role))
        if width < 30:
            return
        painter.setFont(fonts.painter_font(painter, role))
        # names in up to three lines when all of them fit so, else fewer
        # a key that names only some of the lines misleads: all of them, or none
        for most in (3, 2, 1):
            labels = [wrap(c.label or "Curve", role, width, most) for c in lay.curves]
            if y + sum(len(lines) * lh + 3 for lines in labels) <= bottom - 2:
                break
        else:
            return
        # the key's entries, in scene coordinates, for clicks that select a curve
        to_item = painter.worldTransform() * self._base_transform.inverted()[0]
        hits = []
        for curve, lines in zip(lay.curves, labels, strict=True):
            entry = QRectF(mx(x - 3, right - x + 3), y - 1, right - x + 3, len(lines) * lh + 2)
            hits.append((self.mapRectToScene(to_item.mapRect(entry)), curve.curve_id))
            if curve.curve_id == self._scene.selected_curve:
                painter.setPen(pen(SELECTION, 1.3))
                painter.setBrush(NO_BRUSH)
                painter.drawRoundedRect(entry, 5, 5)
            mid = y + lh / 2
            painter.setPen(pen(curve.colour, 2.0, 255, curve.dash))
            painter.setBrush(NO_BRUSH)
            painter.drawLine(QPointF(mx(x), mid), QPointF(mx(x + 18), mid))
            painter.setPen(pen(style.PAPER, 1.2))
            painter.setBrush(brush(curve.colour))
            painter.drawPath(marker_path(curve.marker, 3.6).translated(mx(x + 9), mid))
            painter.setPen(pen(style.INK_SOFT))
            for line in lines:
                fonts.draw_text(painter, QPointF(text_x(line), y + fonts.baseline(role)), line,
                                role)
                y += lh
            y += 3
        hint = legible(self._scene.words("Poster", DERIVED_SHORT), role, width)
        if hint and y + lh <= bottom - 2:
            painter.setPen(pen(style.INK_FAINT, 1.3))
            painter.setBrush(brush(style.PAPER))
            painter.drawEllipse(QPointF(mx(x + 9), y + lh / 2), 3.2, 3.2)
            painter.setPen(pen(style.INK_FAINT))
            fonts.draw_text(painter, QPointF(text_x(hint), y + fonts.baseline(role)), hint, role)
        self.legend_hits = hits

    def _paint_scale(self, painter: QPainter, lane: LaneBox, k: float) -> float:
        """The level names beside the curve band, at their heights (at the grid's side of
        the header); returns the local x where the widest name begins, seen from the
        grid: its left edge, or on a right-to-left map its right edge."""
        lay = self._scene.layout
        meta = style.SCALE_LABEL
        painter.setFont(fonts.painter_font(painter, meta))
        right = style.LANE_HEADER_W - 8
        left = right
        mx = self._mx
        ticks = lay.scale_ticks
        if len(ticks) > 1 and abs(ticks[0].y - ticks[1].y) / k < meta.line_height:
            ticks = [ticks[0], ticks[-1]]  # too tight for every level: the extremes only
            if abs(ticks[0].y - ticks[1].y) / k < meta.line_height:
                return left
        for tick in ticks:
            y = (tick.y - lane.row.y) / k
            label = fitted(tick.label, meta, 84)
            tw = text_width(label, meta)
            painter.setPen(pen(style.INK_SOFT))
            fonts.draw_text(painter, QPointF(mx(right - tw - 6, tw), y + 3.5), label, meta)
            painter.setPen(pen(style.INK_FAINT))
            painter.drawLine(QPointF(mx(right - 3), y), QPointF(mx(right + 8), y))
            left = min(left, right - tw - 6)
        return mx(left)

    def _paint_short_title(self, painter: QPainter, lane: LaneBox, h: float) -> None:
        """A lane too short for its icon (zoomed far out): its name alone on one line, as
        large as the row allows, so the lane column never shows bare colour bars."""
        role = style.LANE_TITLE
        shrink = min(1.0, (h - 2) / role.line_height)
        if shrink < 0.5 or not lane.title_lines:
            return
        width = (style.LANE_HEADER_W - 20) / shrink
        text = fitted(" ".join(lane.title_lines), role, width)
        painter.save()
        painter.translate(self._mx(12, text_width(text, role) * shrink),
                          (h - role.line_height * shrink) / 2)
        painter.scale(shrink, shrink)
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        painter.drawText(QPointF(0, fonts.baseline(role)), text)
        painter.restore()

    def _paint_line_label(self, painter: QPainter, label: str, chip: bool = True,
                          below_line: bool = False) -> None:
        """A blueprint line's name as a dark chip on the line, at local y = 0 (just under
        it when ``below_line``; the line alone when there is no ``chip`` room)."""
        role = style.LINE_LABEL
        text = label.upper()
        tw = text_width(text, role)
        painter.setPen(pen(style.BLUEPRINT_LINE_COLOUR, 1.2, 255, style.BLUEPRINT_DASH))
        painter.drawLine(QPointF(0, 0), QPointF(style.LANE_HEADER_W, 0))
        if not chip:
            return
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.BLUEPRINT_LINE_COLOUR))
        top = 1.0 if below_line else -8.0
        box = QRectF(self._mx(style.CELL_PAD, tw + 12), top, tw + 12, 16)
        painter.drawRoundedRect(box, 8, 8)
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.PAPER))
        painter.drawText(QPointF(box.x() + 6, top + 11.6), text)


class CornerItem(LayerItem):
    """The top-left corner above the lane column: the map's title."""

    def __init__(self, scene: CanvasScene) -> None:
        super().__init__(scene, HEADER_Z + 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self._rect
        k = self._scene.header_scale
        world = painter.worldTransform()
        painter.translate(r.left(), r.top())
        painter.scale(k, k)
        w, h = style.LANE_HEADER_W, style.GRID_TOP
        rtl = self._scene.layout.rtl
        painter.setPen(NO_PEN)
        painter.setBrush(brush(style.PAPER))
        painter.drawRect(QRectF(0, 0, w, h))
        painter.setPen(pen(style.GRID_LINE, 1 / k))
        edge = 0.5 / k if rtl else w - 0.5 / k  # toward the stage headers
        painter.drawLine(QPointF(edge, 0), QPointF(edge, h))
        painter.drawLine(QPointF(0, h - 0.5 / k), QPointF(w, h - 0.5 / k))
        meta = self._scene.doc.meta
        pad = style.CELL_PAD + 6
        role = style.STEP_TITLE
        small = style.LANE_META
        width = w - 2 * pad
        # the title in up to two lines, the map type under it, centred in the corner
        lines = corner_title_lines(meta.title)
        block = len(lines) * role.line_height + 3 + small.line_height
        y = max(6.0, (h - block) / 2)
        painter.setFont(fonts.painter_font(painter, role))
        painter.setPen(pen(style.INK))
        for line in lines:
            fonts.draw_text(painter, QPointF(start_x(line, role, pad, width),
                                             y + fonts.baseline(role)), line, role)
            y += role.line_height
        painter.setFont(fonts.painter_font(painter, small))
        painter.setPen(pen(style.INK_FAINT))
        kind = fitted(self._scene.words.label(meta.map_type).upper(), small, width)
        kx = pad + width - text_width(kind, small) if rtl else pad
        fonts.draw_text(painter, QPointF(kx, y + 3 + fonts.baseline(small)), kind, small)
        painter.setWorldTransform(world)


def corner_title_lines(title: str) -> list[str]:
    """The map title as the corner shows it: wrapped to two lines at most."""
    width = style.LANE_HEADER_W - 2 * (style.CELL_PAD + 6)
    return wrap(title, style.STEP_TITLE, width, 2)


def _selection_frame(painter: QPainter, rect: QRectF, k: float) -> None:
    painter.setBrush(NO_BRUSH)
    painter.setPen(pen(SELECTION, 2 * k))
    painter.drawRect(rect.adjusted(k, k, -k, -k))
