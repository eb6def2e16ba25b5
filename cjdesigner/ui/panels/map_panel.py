"""The map panel: what this map is about (title, objective, scope, kind, version, author)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from cjdesigner.model import JourneyKind, JourneyMap, Lane, LaneKind, MapMeta, MapType
from cjdesigner.model.edits import AddLane, Batch, Edit, EditError
from cjdesigner.ui.i18n import translate, vocabulary

from .common import ScrollPage, follow, hint, make_form
from .fields import ComboBinding, Form, LineBinding, TextBinding

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController


def _when(stamp: str) -> str:
    return stamp.replace("T", " ").replace("Z", " UTC") if stamp else "—"


_LAYERS = (LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT)


def _missing_layers(doc) -> list[LaneKind]:
    have = {lane.kind for lane in doc.lanes}
    return [kind for kind in _LAYERS if kind not in have]


def _counts(doc: JourneyMap) -> list[str]:
    """How many of each thing the map holds, as the editor's language counts them."""
    return [
        QCoreApplication.translate("MapPanel", "%n stage(s)", None, len(doc.stages)),
        QCoreApplication.translate("MapPanel", "%n step(s)", None, len(doc.step_ids())),
        QCoreApplication.translate("MapPanel", "%n lane(s)", None, len(doc.lanes)),
        QCoreApplication.translate("MapPanel", "%n card(s)", None, len(doc.cards)),
        QCoreApplication.translate("MapPanel", "%n persona(s)", None, len(doc.personas)),
        QCoreApplication.translate("MapPanel", "%n emotion curve(s)", None, len(doc.curves)),
    ]


class MapPanel(QWidget):
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mapPanel")
        self.controller: DocumentController | None = None
        #: whether the current map was ever written to a file (the window answers)
        self.saved_to_file: Callable[[], bool] = lambda: True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        page = ScrollPage()
        page.body.addWidget(hint(translate("MapPanel", "What this map is about, for whom and how far it reaches.")))
        self.form = Form(MapMeta, self)
        self.form.message.connect(self.message)
        self.bindings = {
            "title": LineBinding("title", translate("MapPanel", "Title")),
            "objective": TextBinding("objective", translate("MapPanel", "Objective"), lines=3),
            "scope": TextBinding("scope", translate("MapPanel", "Scope"), lines=3),
            "map_type": ComboBinding("map_type", translate("MapPanel", "Map type"), [(m.value, vocabulary(m.label)) for m in MapType]),
            "journey_kind": ComboBinding(
                "journey_kind", translate("MapPanel", "Journey"), [(k.value, vocabulary(k.label)) for k in JourneyKind]
            ),
            "version_label": LineBinding("version_label", translate("MapPanel", "Version"), placeholder=translate("MapPanel", "v1, workshop 2…")),
            "author": LineBinding("author", translate("MapPanel", "Author")),
        }
        form = make_form()
        for binding in self.bindings.values():
            self.form.add(binding)
            form.addRow(binding.label, binding.widget)
        page.body.addLayout(form)
        # a service blueprint needs its layers: offered where the map type is chosen
        self.blueprint_hint = hint(translate("MapPanel", "A service blueprint shows what happens frontstage, "
                                   "backstage and in support processes, under the lines of "
                                   "interaction, visibility and internal interaction."))
        page.body.addWidget(self.blueprint_hint)
        self.add_layers = QPushButton(translate("MapPanel", "Add the blueprint layers"))
        self.add_layers.setObjectName("addBlueprintLayers")
        self.add_layers.clicked.connect(self._add_layers)
        page.body.addWidget(self.add_layers)
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
            for signal in (c.metaChanged, c.documentReset, c.structureChanged, c.cardsChanged,
                           c.personasChanged, c.curvesChanged)
        ]

    def refresh(self, *_args) -> None:
        self.setEnabled(self.controller is not None)
        if self.controller is None:
            return
        self.form.bind(self.controller, ["meta"])
        doc = self.controller.doc
        self.stats.setText(" · ".join(_counts(doc)))
        saved = (_when(doc.meta.modified) if self.saved_to_file()
                 else translate("MapPanel", "not yet"))
        self.dates.setText(translate("MapPanel", "Created {created}\nLast saved {saved}").format(
            created=_when(doc.meta.created), saved=saved))
        missing = _missing_layers(doc)
        blueprint = doc.meta.map_type == MapType.SERVICE_BLUEPRINT
        self.blueprint_hint.setVisible(blueprint and bool(missing))
        self.add_layers.setVisible(blueprint and bool(missing))
        if missing:
            self.add_layers.setText(translate("MapPanel", "Add {layers}").format(
                layers=", ".join(vocabulary(k.label).lower() for k in missing)))

    def _add_layers(self) -> None:
        """The missing frontstage, backstage and support lanes, below the others, in one
        undo step."""
        if self.controller is None:
            return
        doc = self.controller.doc
        lanes = [Lane(title=kind.label, kind=kind) for kind in _missing_layers(doc)]
        if not lanes:
            return
        parts: list[Edit] = []
        after = doc.lanes[-1].id if doc.lanes else None
        for lane in lanes:
            parts.append(AddLane(lane=lane, after=after))
            after = lane.id
        try:
            self.controller.push(Batch(edits=parts, text=translate("MapPanel", "Add blueprint layers")))
        except EditError as exc:
            self.message.emit(str(exc).splitlines()[0])
