"""The personas panel: who the map is for; create, edit, mark primary, attach curves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.model import EmotionCurve, EmotionScale, Persona, curve_name
from cjdesigner.model.edits import AddCurve, AddPersona, EditError, RemovePersona, SetFields
from cjdesigner.ui.i18n import translate

from .common import ScrollPage, follow, hint, make_form, section_title
from .fields import (
    CheckBinding,
    ColourBinding,
    Form,
    LineBinding,
    ListBinding,
    TextBinding,
    compact_combo,
    swatch_icon,
)
from .photo import PhotoBinding

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController


class PersonasPanel(QWidget):
    message = Signal(str)

    def __init__(
        self,
        choose_color: Callable[[str | None], str | None] | None = None,
        default_scale: Callable[[], EmotionScale] | None = None,
        choose_photo: Callable[[str], str] | None = None,
        map_folder: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("personasPanel")
        self.controller: DocumentController | None = None
        self.default_scale = default_scale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 10, 12, 6)
        top_layout.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(hint(translate("Personas", "Who the map is for; ★ marks a primary persona.")), 1)
        self.add_button = QToolButton()
        self.add_button.setText(translate("Personas", "＋ Add"))
        self.add_button.setToolTip(translate("Personas", "Add a persona"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QToolButton()
        self.remove_button.setText(translate("Personas", "Remove"))
        self.remove_button.clicked.connect(self.remove_persona)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        top_layout.addLayout(row)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentItemChanged.connect(self._current_changed)
        top_layout.addWidget(self.list)
        layout.addWidget(top)

        self.page = ScrollPage()
        self.form = Form(Persona, self)
        self.form.message.connect(self.message)
        f = make_form()
        self.name_binding = LineBinding("name", translate("Personas", "Name"))
        self.bindings = {
            "name": self.name_binding,
            "primary": CheckBinding("primary", translate("Personas", "Primary"), "Primary persona of this map"),
            "segment": LineBinding("segment", translate("Personas", "Segment"), placeholder=translate("Personas", "Working parents in their 30s")),
            "age": LineBinding("age", translate("Personas", "Age")),
            "occupation": LineBinding("occupation", translate("Personas", "Occupation")),
            "income": LineBinding("income", translate("Personas", "Income")),
            "quote": TextBinding("quote", translate("Personas", "Quote"), lines=2),
            "goals": ListBinding("goals", translate("Personas", "Goals")),
            "needs": ListBinding("needs", translate("Personas", "Needs")),
            "motivations": ListBinding("motivations", translate("Personas", "Motivations")),
            "challenges": ListBinding("challenges", translate("Personas", "Challenges")),
            "behaviours": ListBinding("behaviours", translate("Personas", "Behaviours")),
            "preferred_channels": ListBinding("preferred_channels", translate("Personas", "Channels"), lines=2),
            "color": ColourBinding("color", translate("Personas", "Colour"), choose_color),
            "photo": PhotoBinding("photo", translate("Personas", "Photo"),
                                  choose_photo or (lambda _folder: ""),
                                  map_folder or (lambda: None)),
        }
        for binding in self.bindings.values():
            self.form.add(binding)
            f.addRow(binding.label, binding.widget)
        self.page.body.addLayout(f)
        self.page.body.addWidget(hint(translate("Personas", "Lists take one entry per line.")))
        self.page.body.addWidget(section_title(translate("Personas", "Emotion curves")))
        self.curves_label = hint("")
        self.page.body.addWidget(self.curves_label)
        curve_row = QHBoxLayout()
        self.curve_picker = compact_combo()
        self.curve_picker.setPlaceholderText(translate("Personas", "Attach a curve…"))
        self.curve_picker.activated.connect(self._attach_curve)
        self.new_curve = QToolButton()
        self.new_curve.setText(translate("Personas", "New curve"))
        self.new_curve.clicked.connect(self.add_curve)
        curve_row.addWidget(self.curve_picker, 1)
        curve_row.addWidget(self.new_curve)
        self.page.body.addLayout(curve_row)
        self.page.finish()
        layout.addWidget(self.page, 1)
        self.empty = hint(translate("Personas", "No personas yet. A map is made for one or two primary personas."))
        self.empty.setContentsMargins(12, 6, 12, 6)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.empty, 1)  # with no persona, the hint takes the room: list stays on top
        self._update_enabled()

    # -- document ----------------------------------------------------------------------
    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.refresh()

    def _connections(self, c):
        return [(s, self.refresh) for s in (c.personasChanged, c.curvesChanged, c.documentReset)]

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, persona_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == persona_id:
                self.list.setCurrentRow(i)
                return

    def refresh(self) -> None:
        doc = self.controller.doc if self.controller else None
        current = self.current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            personas: list[Persona] = doc.personas if doc else []
            for persona in personas:
                text = persona.name or translate("Personas", "(unnamed)")
                if persona.primary:
                    text += "  ★"
                if persona.segment:
                    text += f"  —  {persona.segment}"
                item = QListWidgetItem(swatch_icon(persona.color), text)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
                self.list.addItem(item)
            ids: list[str] = [p.id for p in doc.personas] if doc else []
            if current in ids:
                self.list.setCurrentRow(ids.index(current))
            elif ids:
                self.list.setCurrentRow(0)
        self._show_current()

    def _current_changed(self, *_args) -> None:
        self._show_current()

    def _show_current(self) -> None:
        ident = self.current_id()
        self._update_enabled()
        if not ident or self.controller is None:
            return
        self.form.bind(self.controller, [ident])
        doc = self.controller.doc
        attached = [c for c in doc.curves if c.persona_id == ident]
        self.curves_label.setText(
            translate("Personas", "Attached: ") + ", ".join(curve_name(doc, c) for c in attached) if attached
            else translate("Personas", "No curve attached to this persona yet.")
        )
        with QSignalBlocker(self.curve_picker):
            self.curve_picker.clear()
            for curve in doc.curves:
                if curve.persona_id != ident:  # named with the persona it belongs to now
                    self.curve_picker.addItem(curve_name(doc, curve), curve.id)
            self.curve_picker.setCurrentIndex(-1)
        self.curve_picker.setEnabled(self.curve_picker.count() > 0)

    def _update_enabled(self) -> None:
        has = self.current_id() is not None
        self.page.setVisible(has)
        self.empty.setVisible(not has)
        self.list.setVisible(self.list.count() > 0)  # no empty box above "No personas yet"
        self.remove_button.setEnabled(has)
        self.add_button.setEnabled(self.controller is not None)

    # -- actions -----------------------------------------------------------------------------
    def add_persona(self) -> None:
        if self.controller is None:
            return
        persona = Persona(name="New persona", primary=not self.controller.doc.personas)
        doc = self.controller.doc
        self._push(AddPersona(persona=persona, after=doc.personas[-1].id if doc.personas else None))
        self.select(persona.id)
        self.name_binding.edit.setFocus()
        self.name_binding.edit.selectAll()

    def remove_persona(self) -> None:
        ident = self.current_id()
        if ident:
            self._push(RemovePersona(persona_id=ident))

    def add_curve(self) -> None:
        ident = self.current_id()
        if not ident:
            return
        persona = self.controller.doc.find_persona(ident)
        scale = {} if self.default_scale is None else {"scale": self.default_scale()}
        # the persona names the curve already (legend: "Sam — Experienced"): the label
        # says which curve of the persona this is
        labels = {c.label.casefold() for c in self.controller.doc.curves if c.persona_id == ident}
        experienced = translate("Personas", "Experienced")
        expected = translate("Personas", "Expected")
        label = next((word for word in (experienced, expected) if word.casefold() not in labels),
                     translate("Personas", "Curve {number}").format(number=len(labels) + 1))
        # an expected curve is what was set, not what the cards felt
        curve = EmotionCurve(label=label, persona_id=ident, color=persona.color,
                             from_cards=label != expected, **scale)
        curves = self.controller.doc.curves
        after = curves[-1].id if curves else None
        self._push(AddCurve(curve=curve, after=after, text=translate("Personas", "Add emotion curve")))

    def _attach_curve(self, index: int) -> None:
        ident = self.current_id()
        curve_id = self.curve_picker.itemData(index)
        if ident and curve_id:
            self._push(
                SetFields(
                    target="curve", ident=curve_id, changes={"persona_id": ident}, text=translate("Personas", "Attach curve")
                )
            )

    def _push(self, edit) -> None:
        try:
            self.controller.push(edit)
        except EditError as exc:
            self.message.emit(str(exc).splitlines()[0])

