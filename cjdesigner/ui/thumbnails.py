"""Small pictures of maps for the start page: the real layout, drawn tiny, cached on disk."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

if TYPE_CHECKING:  # a cached thumbnail is shown without loading its map
    from cjdesigner.model import JourneyMap

THUMB_W, THUMB_H = 240, 150
_memory: dict[str, QImage] = {}


def cache_dir() -> Path:
    override = os.environ.get("CJDESIGNER_CACHE_DIR")
    if override:
        return Path(override) / "thumbnails"
    import platformdirs

    base = Path(platformdirs.user_cache_dir("cjdesigner", "cjdesigner"))
    return base / "thumbnails"


def _key(path: Path) -> str:
    stat = path.stat()
    raw = f"{path.resolve()}|{stat.st_mtime_ns}|{stat.st_size}|v1|{THUMB_W}x{THUMB_H}"
    return hashlib.sha1(raw.encode()).hexdigest()


def render(doc: JourneyMap, width: int = THUMB_W, height: int = THUMB_H) -> QImage:
    """Draw the map's layout into an image of the given size (top-left part if very wide)."""
    from cjdesigner.layout import style
    from cjdesigner.layout.engine import layout_map

    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.CANVAS_BG))
    layout = layout_map(doc)
    if layout.width <= 0 or layout.height <= 0:
        return image
    # fit the height; a long map shows its first half or so rather than a thin strip
    scale = min(height / layout.height, 2.0 * width / layout.width)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ox = max(0.0, (width - layout.width * scale) / 2)
    oy = max(0.0, (height - layout.height * scale) / 2)
    painter.translate(ox, oy)
    painter.scale(scale, scale)

    def rect(r) -> QRectF:
        return QRectF(r.x, r.y, r.w, r.h)

    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(style.PAPER))
    for i, lane in enumerate(layout.lanes):
        if i % 2:
            painter.fillRect(rect(lane.row), QColor(style.ROW_ALT_BG))
        painter.fillRect(rect(lane.rect), QColor(style.HEADER_BG))
        accent = rect(lane.rect)
        accent.setWidth(6)
        painter.fillRect(accent, QColor(lane.accent))
    for stage in layout.stages:
        painter.fillRect(rect(stage.rect), QColor(stage.colour))
    for step in layout.steps:
        painter.fillRect(rect(step.rect), QColor(style.HEADER_BG))
    pen = QPen(QColor(style.GRID_LINE))
    pen.setCosmetic(True)
    painter.setPen(pen)
    for lane in layout.lanes:
        painter.drawLine(QPointF(0, lane.row.y), QPointF(layout.width, lane.row.y))
    for step in layout.steps:
        painter.drawLine(QPointF(step.column.x, step.rect.y), QPointF(step.column.x, layout.height))
    painter.setPen(Qt.PenStyle.NoPen)
    for card in layout.cards.values():
        painter.setBrush(QColor(card.fill))
        painter.drawRoundedRect(rect(card.rect), 6, 6)
        bar = rect(card.rect)
        bar.setHeight(min(bar.height(), 6))
        painter.setBrush(QColor(card.accent))
        painter.drawRect(bar)
    for curve in layout.curves:
        pen = QPen(QColor(curve.colour), 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        pts = [(p.x, p.y) for p in curve.points]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
            painter.drawLine(int(x0), int(y0), int(x1), int(y1))
    painter.end()
    return image


def thumbnail(path: str | os.PathLike[str], doc: JourneyMap | None = None) -> QImage | None:
    """A cached thumbnail of the map file at ``path``; None when it cannot be drawn."""
    path = Path(path)
    try:
        key = _key(path)
    except OSError:
        return None
    if key in _memory:
        return _memory[key]
    cached = cache_dir() / f"{key}.png"
    image = QImage(str(cached)) if cached.exists() else QImage()
    if image.isNull():
        try:
            if doc is None:
                from cjdesigner.fileio import load

                doc = load(path)
            image = render(doc)
        except Exception:  # noqa: BLE001 - a thumbnail is never worth an error
            return None
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            image.save(str(cached))  # PNG, from the suffix
        except OSError:
            pass
    _memory[key] = image
    return image
