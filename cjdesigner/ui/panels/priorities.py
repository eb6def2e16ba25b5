"""The priorities panel: opportunity and idea cards on an impact × effort matrix, and the
same cards ranked (``compare.priorities``). Double-click a row, or click a dot, to select
the card; the inspector rates it (Impact, Effort)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from cjdesigner.layout.priority_matrix import cell_centre, matrix_dots, quadrants
from cjdesigner.model.priorities import Ranked, ranked_opportunities
from cjdesigner.ui.i18n import translate

from .common import follow, hint

_TINTS = {  # (high impact, high effort) → quadrant tint
    (True, False): "#DDF0E3",
    (True, True): "#FBEFD5",
    (False, False): "#EEF1F4",
    (False, True): "#F8E0DC",
}


class Matrix(QWidget):
    """Effort 1–5 left to right, impact 1–5 bottom to top; each rated card a numbered dot."""

    picked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("priorityMatrix")
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ranked: list[Ranked] = []

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return width

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def set_ranked(self, ranked: list[Ranked]) -> None:
        self.ranked = [r for r in ranked if r.rated]
        self.update()

    def plot(self) -> QRectF:
        side = min(self.width() - 34, self.height() - 34)
        return QRectF(26, 6, max(side, 10), max(side, 10))

    def spot(self, impact: int, effort: int) -> QPointF:
        area = self.plot()
        x, y = cell_centre(impact, effort)
        return QPointF(area.left() + x * area.width(), area.top() + y * area.height())

    def dots(self) -> list[tuple[QPointF, float, Ranked]]:
        """Where each rated card's dot is (layout.priority_matrix: cards sharing a cell
        are packed inside it)."""
        area = self.plot()
        side = area.width()
        return [(QPointF(area.left() + d.x * side, area.top() + d.y * side),
                 d.radius * side, d.item)
                for d in matrix_dots(self.ranked, max_radius=min(11.0, side / 25) / side)]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot()
        side = area.width()
        for quadrant in quadrants():
            q = quadrant.area
            box = QRectF(area.left() + q.x * side, area.top() + q.y * side,
                         q.w * side, q.h * side)
            painter.fillRect(box, QColor(_TINTS[(quadrant.high_impact, quadrant.high_effort)]))
            painter.setPen(QColor("#52606D"))
            painter.drawText(QRectF(box.left() + 4, box.top() + 2, box.width() - 8, 16),
                             Qt.AlignmentFlag.AlignLeft, quadrant.name)
        painter.setPen(QPen(QColor("#C9CED6"), 1))
        painter.drawRect(area)
        painter.setPen(QColor("#52606D"))
        painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, "effort →")
        painter.save()
        painter.translate(area.left() - 8, area.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-60, -14, 120, 16), Qt.AlignmentFlag.AlignCenter, "impact →")
        painter.restore()
        font = painter.font()
        for centre, radius, item in self.dots():
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor("#1F2933"))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#FFFFFF"))
            font.setPixelSize(max(6, round(radius * (1.1 if item.rank < 10 else 0.9))))
            painter.setFont(font)
            painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius), Qt.AlignmentFlag.AlignCenter, str(item.rank))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        where = event.position()
        for centre, radius, item in reversed(self.dots()):
            if (centre - where).manhattanLength() < radius * 1.4:
                self.picked.emit(item.card.id)
                return
        super().mousePressEvent(event)


class PrioritiesPanel(QWidget):
    jump = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("prioritiesPanel")
        self.controller = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        self.summary = hint("")
        layout.addWidget(self.summary)
        self.matrix = Matrix()
        self.matrix.picked.connect(lambda card_id: self.jump.emit("card", card_id))
        layout.addWidget(self.matrix)
        self.list = QListWidget()
        self.list.setObjectName("rankedList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(
            lambda item: self.jump.emit("card", item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.list, 1)
        self.refresh()

    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.refresh()

    def _connections(self, c):
        return [(signal, self.refresh)
                for signal in (c.cardsChanged, c.structureChanged, c.documentReset)]

    def refresh(self, *_args) -> None:
        ranked: list[Ranked] = ranked_opportunities(self.controller.doc) if self.controller else []
        self.matrix.set_ranked(ranked)
        self.list.clear()
        for item in ranked:
            text = f"{item.rank}. {item.card.title or '(untitled)'} — {item.quadrant}\n" \
                   f"{item.step_name} · {item.reasons()}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.card.id)
            self.list.addItem(row)
        rated = sum(r.rated for r in ranked)
        self.summary.setText(
            translate("Priorities", "{rated} of {count} opportunities rated for impact and effort (Inspector). Ranked by quadrant (quick wins first), then impact − effort, impact, votes, evidence and the step's metrics.").format(rated=rated, count=len(ranked))
            if ranked else translate("Priorities", "No cards in an opportunities or ideas lane yet.")
        )
