"""Qt helpers for the benchmark: the application, rendering, and the bare-scene baseline.

The baseline is the lower bound of any QGraphicsScene canvas for a map: one C++
``QGraphicsRectItem`` and one ``QGraphicsSimpleTextItem`` (the title) per card, placed
in a plain grid, no Python ``paint()``. It is built from the plain JSON data, so it
costs neither the model nor the layout.
"""

from __future__ import annotations

from typing import Any

VIEW_W, VIEW_H = 1600, 1000
CARD_W, CARD_H, GAP = 180.0, 90.0, 8.0
COL_W = CARD_W + 2 * GAP
HEAD_W, HEAD_H = 160.0, 80.0


def qapp() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def process_events() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def flush_deletes() -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def render(widget: Any) -> Any:
    """Paint ``widget`` (a whole view: viewport, headers, scroll bars) into a QImage."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    image = QImage(widget.size(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    QWidget.render(widget, image)  # the whole widget (QGraphicsView.render is scene-only)
    return image


def dispose(view: Any) -> None:
    scene = view.scene()
    view.close()
    view.deleteLater()
    if scene is not None and scene.parent() is None:
        scene.deleteLater()
    flush_deletes()


def peak_rss() -> int:
    """Peak resident memory of this process, in bytes.

    ``VmHWM`` of /proc belongs to the address space, so it starts afresh at exec;
    ``ru_maxrss`` does not (a child forked from a big benchmark process reports the
    parent's size), so it is only the fallback.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class PaintCounter:
    """Counts paint events on a widget, to prove a step really repainted."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint

        class _Filter(QObject):
            count = 0

            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt name
                if event.type() == paint:
                    _Filter.count += 1
                return False

        self._filter = _Filter()
        widget.installEventFilter(self._filter)

    @property
    def count(self) -> int:
        return self._filter.count


def bare_view(data: dict[str, Any]) -> tuple[Any, dict[str, Any]]:
    """A plain QGraphicsView over the baseline scene; returns (view, item per card id)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen
    from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

    step_ids = [s["id"] for stage in data["stages"] for s in stage["steps"]]
    col = {sid: i for i, sid in enumerate(step_ids)}
    lanes = [lane["id"] for lane in data["lanes"]]
    depth: dict[tuple[str, str], int] = {}
    slot: list[int] = []
    for card in data["cards"]:
        key = (card["lane_id"], card["step_id"])
        slot.append(depth.get(key, 0))
        depth[key] = slot[-1] + 1
    lane_rows = {lane: 1 for lane in lanes}
    for (lane, _), count in depth.items():
        lane_rows[lane] = max(lane_rows[lane], count)
    top: dict[str, float] = {}
    y = HEAD_H
    for lane in lanes:
        top[lane] = y
        y += lane_rows[lane] * (CARD_H + GAP) + GAP
    width = HEAD_W + len(step_ids) * COL_W
    scene = QGraphicsScene()
    scene.setSceneRect(QRectF(0, 0, width, y))
    pen, brush = QPen(QColor("#999999")), QBrush(QColor("#FFF3B0"))
    items: dict[str, Any] = {}
    for card, k in zip(data["cards"], slot, strict=True):
        rect = scene.addRect(QRectF(0, 0, CARD_W, CARD_H), pen, brush)
        rect.setPos(HEAD_W + col[card["step_id"]] * COL_W + GAP,
                    top[card["lane_id"]] + GAP + k * (CARD_H + GAP))
        text = QGraphicsSimpleTextItem(card["title"], rect)
        text.setPos(6, 6)
        items[card["id"]] = rect
    view = QGraphicsView(scene)
    scene.setParent(view)  # the view owns it: the scene (and its items) live as long
    view.resize(VIEW_W, VIEW_H)
    return view, items
