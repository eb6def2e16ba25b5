"""The map panel: what this map is about (title, objective, scope, kind, version, author)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cjdesigner.model import JourneyKind, MapMeta, MapType

from .common import ScrollPage, follow, hint, make_form
from .fields import ComboBinding, Form, LineBinding, TextBinding

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController


def _when(stamp: str) -> str:
    return stamp.replace("T", " ").replace("Z", " UTC") if stamp else "—"


class MapPanel(QWidget):
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mapPanel")
        self.controller: DocumentController | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        page = ScrollPage()
        page.body.addWidget(hint("What this map is about, for whom and how far it reaches."))
        self.form = Form(MapMeta, self)
        self.form.message.connect(self.message)
        self.bindings = {
            "title": LineBinding("title", "Title"),
            "objective": TextBinding("objective", "Objective", lines=3),
            "scope": TextBinding("scope", "Scope", lines=3),
            "map_type": ComboBinding("map_type", "Map type", [(m.value, m.label) for m in MapType]),
            "journey_kind": ComboBinding(
                "journey_kind", "Journey", [(k.value, k.label) for k in JourneyKind]
            ),
            "version_label": LineBinding("version_label", "Version", placeholder="v1, workshop 2…"),
            "author": LineBinding("author", "Author"),
        }
        form = make_form()
        for binding in self.bindings.values():
            self.form.add(binding)
            form.addRow(binding.label, binding.widget)
        page.body.addLayout(form)
        self.stats = hint("")
        page.body.addWidget(self.stats)
        self.dates = QLabel("")
        self.dates.setObjectName("hint")
        page.body.addWidget(self.dates)
        page.finish()
        layout.addWidget(page)

    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.refresh()

    def _connections(self, c):
        return [
            (signal, self.refresh)
            for signal in (c.metaChanged, c.documentReset, c.structureChanged, c.cardsChanged)
        ]

    def refresh(self, *_args) -> None:
        self.setEnabled(self.controller is not None)
        if self.controller is None:
            return
        self.form.bind(self.controller, ["meta"])
        doc = self.controller.doc
        self.stats.setText(
            f"{len(doc.stages)} stages · {len(doc.step_ids())} steps · {len(doc.lanes)} lanes · "
            f"{len(doc.cards)} cards · {len(doc.personas)} personas"
        )
        self.dates.setText(
            f"Created {_when(doc.meta.created)}\nLast saved {_when(doc.meta.modified)}"
        )
