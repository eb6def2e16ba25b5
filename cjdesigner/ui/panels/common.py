"""Helpers shared by the panels: following a controller, scrolling forms, titles, hints."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def follow(old, new, connections: Callable[[object], list[tuple]]) -> None:
    """Move a panel's signal connections from controller ``old`` to ``new``.

    ``connections(controller)`` lists ``(signal, slot)`` pairs; either controller may be
    None (no map open). A connection already gone with its object is ignored.
    """
    if old is not None:
        for signal, slot in connections(old):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
    if new is not None:
        for signal, slot in connections(new):
            signal.connect(slot)


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def make_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(7)
    return form


class ScrollPage(QScrollArea):
    """A page that scrolls vertically; ``body`` is a VBox to fill."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        inner.setObjectName("panelPage")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(8)
        self.setWidget(inner)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # as wide as the fields need (they would be cut off on the right, never scrolled
        # to), as short as a scroll bar allows
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2, 80)

    def finish(self) -> None:
        self.body.addStretch(1)
