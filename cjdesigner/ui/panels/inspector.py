"""The inspector: every field of what is selected, edited through undoable edits."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.model import (
    CHANNELS,
    TEAMS,
    Card,
    EmotionCurve,
    EmotionScale,
    Evidence,
    Lane,
    LaneKind,
    Metric,
    Stage,
    Step,
    act_first,
    channel_label,
    curve_gaps,
    curve_name,
    expectation_pairs,
    lowest_moments,
    parse_channel,
)
from cjdesigner.model.edits import EditError, RemoveCurve, SetFields
from cjdesigner.ui.i18n import number, translate, vocabulary
from cjdesigner.ui.selection import Selection

from .common import ScrollPage, follow, hint, make_form, section_title
from .fields import (
    Binding,
    CheckBinding,
    ColourBinding,
    ComboBinding,
    EditableComboBinding,
    Form,
    LineBinding,
    ListBinding,
    SpinBinding,
    TextBinding,
    split_tags,
)
from .metric_fields import MetricsBinding

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if not match:
        raise ValueError(translate("Inspector", "Clock time as HH:MM, e.g. 07:30"))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


class _LazyCombo(QComboBox):
    """Fills its list only when opened: a map can hold thousands of cards."""

    def __init__(self, fill) -> None:
        super().__init__()
        self.fill = fill
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.fill()
        super().showPopup()


class LinksEditor(QWidget):
    """The cards this card links to: a list with remove, and a picker to add one."""

    changed = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setMaximumHeight(84)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.picker = _LazyCombo(self.fill_picker)
        self.picker.setPlaceholderText(translate("Inspector", "Link to card…"))
        self.picker.activated.connect(self._add)
        self.remove = QToolButton()
        self.remove.setText(translate("Inspector", "Remove"))
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove)
        layout.addLayout(row)
        self.links: list[str] = []
        self.doc = None
        self.card_id: str | None = None

    def show_links(self, doc, card: Card) -> None:
        self.doc, self.card_id = doc, card.id
        self.links = list(card.links)
        titles = {c.id: c.title for c in doc.cards if c.id in set(self.links)}
        self.list.clear()
        for link in self.links:
            item = QListWidgetItem(f"→ {titles.get(link) or '(untitled card)'}")
            item.setData(256, link)
            self.list.addItem(item)
        with QSignalBlocker(self.picker):
            # not cleared here (we may be inside its own activated signal): it is
            # rebuilt each time it opens
            self.picker.setCurrentIndex(-1)
        self.remove.setEnabled(bool(self.links))

    def fill_picker(self) -> None:
        if self.doc is None:
            return
        taken = set(self.links) | {self.card_id}
        with QSignalBlocker(self.picker):
            self.picker.clear()
            for other in self.doc.cards:
                if other.id not in taken:
                    self.picker.addItem(other.title or translate("Inspector", "(untitled card)"), other.id)
            self.picker.setCurrentIndex(-1)

    def _add(self, index: int) -> None:
        ident = self.picker.itemData(index)
        if ident and ident not in self.links:
            self.changed.emit([*self.links, ident])

    def _remove(self) -> None:
        item = self.list.currentItem() or self.list.item(self.list.count() - 1)
        if item is not None:
            self.changed.emit([x for x in self.links if x != item.data(256)])

    def remove_current(self) -> None:
        """Delete pressed in the list: drop the link the list's cursor is on, if any."""
        item = self.list.currentItem()
        if item is not None and self.isEnabled():
            self.changed.emit([x for x in self.links if x != item.data(256)])


class Inspector(QStackedWidget):
    """Shows a form for the selection: card(s), step, stage, lane or curve."""

    message = Signal(str)
    #: (kind, id): show this on the map
    jump = Signal(str, str)
    NOTHING = QT_TRANSLATE_NOOP(
        "Inspector",
        "Click a card, a stage, a step, a lane or the emotion curve to edit it here. "
        "Double-click an empty cell to add a card.",
    )

    def __init__(self, choose_color: Callable[[str | None], str | None] | None = None) -> None:
        super().__init__()
        self.setObjectName("inspector")
        self.controller: DocumentController | None = None
        self.selection = Selection()
        self.choose_color = choose_color
        self.forms: list[Form] = []
        self.empty = ScrollPage()
        self.empty_title = section_title(translate("Inspector", "Nothing selected"))
        self.empty.body.addWidget(self.empty_title)
        self.empty_hint = hint(translate("Inspector", self.NOTHING))
        self.empty.body.addWidget(self.empty_hint)
        self.empty.finish()
        self.addWidget(self.empty)
        self._build_card()
        self._build_step()
        self._build_stage()
        self._build_lane()
        self._build_curve()

    # -- building ------------------------------------------------------------------------
    def _page(self, title: str, kind: type) -> tuple[ScrollPage, Form, QLabel]:
        page = ScrollPage()
        heading = section_title(title)
        page.body.addWidget(heading)
        form = Form(kind, self)
        form.message.connect(self.message)
        self.forms.append(form)
        self.addWidget(page)
        return page, form, heading

    def _rows(self, page: ScrollPage, form: Form, bindings: list[Binding]):
        layout = make_form()
        for binding in bindings:
            form.add(binding)
            layout.addRow(binding.label, binding.widget)
        page.body.addLayout(layout)
        return layout

    def _build_card(self) -> None:
        page, form, heading = self._page("Card", Card)
        self.card_page, self.card_form, self.card_heading = page, form, heading
        self.card_where = hint("")
        page.body.addWidget(self.card_where)
        b: dict[str, Binding] = {}
        b["title"] = LineBinding("title", translate("Inspector", "Title"), placeholder=translate("Inspector", "What happens"))
        b["description"] = TextBinding("description", translate("Inspector", "Description"), lines=4)
        b["channel"] = EditableComboBinding(
            "channel", translate("Inspector", "Channel"), list(CHANNELS.values()), parse=parse_channel, show=channel_label
        )
        b["owner"] = EditableComboBinding("owner", translate("Inspector", "Owner"), TEAMS)
        b["evidence"] = ComboBinding(
            "evidence", translate("Inspector", "Evidence"), [(None, "—"), *((e.value, vocabulary(e.label)) for e in Evidence)]
        )
        b["evidence_source"] = LineBinding(
            "evidence_source", translate("Inspector", "Source"), placeholder=translate("Inspector", "Interview, survey, analytics…")
        )
        b["emotion"] = SpinBinding(
            "emotion", translate("Inspector", "Emotion"), -2, 2, step=0.5, decimals=1, optional=True
        )
        b["tags"] = LineBinding(
            "tags", translate("Inspector", "Tags"), convert=split_tags, show=lambda v: ", ".join(v or []),
            placeholder=translate("Inspector", "comma, separated"),
        )
        b["color"] = ColourBinding("color", translate("Inspector", "Colour"), self._choose)
        b["votes"] = SpinBinding("votes", translate("Inspector", "Votes"), 0, 1_000_000)
        b["impact"] = SpinBinding("impact", translate("Inspector", "Impact"), 1, 5, optional=True, suffix=translate("Inspector", " of 5"))
        b["effort"] = SpinBinding("effort", translate("Inspector", "Effort"), 1, 5, optional=True, suffix=translate("Inspector", " of 5"))
        b["image"] = LineBinding("image", translate("Inspector", "Image"), optional=True, placeholder=translate("Inspector", "Path or URL"))
        self.card_bindings = b
        self.card_layout = self._rows(page, form, list(b.values()))
        self.links = LinksEditor()
        self.card_layout.addRow(translate("Inspector", "Links"), self.links)  # aligned with the other fields
        self.links.changed.connect(self._set_links)
        page.finish()

    def _build_step(self) -> None:
        page, form, heading = self._page("Step", Step)
        self.step_page, self.step_form = page, form
        self.step_where = hint("")
        page.body.addWidget(self.step_where)
        self.step_bindings = {
            "name": LineBinding("name", translate("Inspector", "Name")),
            "time": LineBinding("time", translate("Inspector", "Clock time"), convert=parse_time, placeholder=translate("Inspector", "HH:MM")),
            "duration_minutes": SpinBinding(
                "duration_minutes", translate("Inspector", "Duration"), 0, 10_000_000, step=5, decimals=0,
                optional=True, suffix=translate("Inspector", " min"),
            ),
            "description": TextBinding("description", translate("Inspector", "Description"), lines=4),
            "metrics": MetricsBinding(),
        }
        self._rows(page, form, list(self.step_bindings.values()))
        page.body.addWidget(hint(
            translate("Inspector", "Metrics: one a line, such as “CSAT 82 % · n = 45 · 69 to 90” (CSAT per cent "
            "satisfied, CES 1–7, NPS −100…100; n answers; 95 % interval). "
            "`cjdesigner metrics` fills them from survey answers.")
        ))
        page.finish()

    def _build_stage(self) -> None:
        page, form, _ = self._page("Stage", Stage)
        self.stage_page, self.stage_form = page, form
        self.stage_bindings = {
            "name": LineBinding("name", translate("Inspector", "Name")),
            "color": ColourBinding("color", translate("Inspector", "Colour"), self._choose),
        }
        self._rows(page, form, list(self.stage_bindings.values()))
        self.stage_info = hint("")
        page.body.addWidget(self.stage_info)
        page.finish()

    def _build_lane(self) -> None:
        page, form, _ = self._page("Lane", Lane)
        self.lane_page, self.lane_form = page, form
        self.lane_bindings = {
            "title": LineBinding("title", translate("Inspector", "Title")),
            "kind": ComboBinding("kind", translate("Inspector", "Kind"), [(k.value, vocabulary(k.label)) for k in LaneKind]),
            "color": ColourBinding("color", translate("Inspector", "Colour"), self._choose),
        }
        self._rows(page, form, list(self.lane_bindings.values()))
        page.finish()

    def _build_curve(self) -> None:
        page, form, heading = self._page("Emotion curve", EmotionCurve)
        self.curve_page, self.curve_form, self.curve_heading = page, form, heading
        self.curve_persona = ComboBinding("persona_id", translate("Inspector", "Persona"), [(None, "—")])
        self.curve_bindings = {
            "label": LineBinding("label", translate("Inspector", "Label"), placeholder=translate("Inspector", "Expected, experienced…")),
            "persona_id": self.curve_persona,
            "color": ColourBinding("color", translate("Inspector", "Colour"), self._choose),
            "metric": ComboBinding(
                "metric", translate("Inspector", "Follows"), [(None, translate("Inspector", "Its points")), *((m.value, m.label) for m in Metric)]
            ),
            "from_cards": CheckBinding(
                "from_cards", translate("Inspector", "Empty steps"),
                translate("Inspector", "Derived from the cards' mean")
            ),
        }
        self._rows(page, form, list(self.curve_bindings.values()))
        page.body.addWidget(section_title(translate("Inspector", "Scale")))
        scale_form = make_form()
        self.scale_min = SpinBinding("min", translate("Inspector", "Lowest"), -1000, 1000, step=1, decimals=1)
        self.scale_max = SpinBinding("max", translate("Inspector", "Highest"), -1000, 1000, step=1, decimals=1)
        self.scale_levels = ListBinding("levels", translate("Inspector", "Levels"), lines=5)
        for binding in (self.scale_min, self.scale_max, self.scale_levels):
            scale_form.addRow(binding.label, binding.widget)
            binding.committed.connect(self._commit_scale)
        page.body.addLayout(scale_form)
        page.body.addWidget(
            hint(translate("Inspector", "Levels run from lowest to highest, one per line. Changing the range "
                 "moves the curve's points with it."))
        )
        buttons = QVBoxLayout()  # one above the other: the panel stays narrow
        self.clear_points = QPushButton(translate("Inspector", "Reset points to card emotions"))
        self.clear_points.clicked.connect(self._clear_points)
        self.delete_curve = QPushButton(translate("Inspector", "Delete curve"))
        self.delete_curve.setObjectName("deleteCurve")
        self.delete_curve.setToolTip(translate("Inspector", "Remove this emotion curve from the map (Undo brings it back)"))
        self.delete_curve.clicked.connect(self._delete_curve)
        buttons.addWidget(self.clear_points)
        buttons.addWidget(self.delete_curve)
        page.body.addLayout(buttons)
        self.gap_title = section_title(translate("Inspector", "Expected against experienced"))
        page.body.addWidget(self.gap_title)
        self.gap_hint = hint("")
        page.body.addWidget(self.gap_hint)
        self.gaps = QListWidget()
        self.gaps.setObjectName("curveGaps")
        self.gaps.setAccessibleName(translate("Inspector", "Difference per step"))
        self.gaps.setMaximumHeight(120)
        self.gaps.setToolTip(translate("Inspector", "Experienced minus expected at each step; click to show the step"))
        self.gaps.itemClicked.connect(
            lambda item: self.jump.emit("step", item.data(Qt.ItemDataRole.UserRole))
        )
        page.body.addWidget(self.gaps)
        page.body.addWidget(section_title(translate("Inspector", "Where to act first")))
        self.act_hint = hint("")
        page.body.addWidget(self.act_hint)
        self.lowest = QListWidget()
        self.lowest.setObjectName("lowestMoments")
        self.lowest.setAccessibleName(translate("Inspector", "Where to act first"))
        self.lowest.setMaximumHeight(86)
        self.lowest.setToolTip(translate("Inspector", "Steps to improve first; click to show the step"))
        self.lowest.itemClicked.connect(
            lambda item: self.jump.emit("step", item.data(Qt.ItemDataRole.UserRole))
        )
        page.body.addWidget(self.lowest)
        page.finish()

    def _choose(self, initial: str | None) -> str | None:
        return self.choose_color(initial) if self.choose_color else None

    # -- binding to a document -------------------------------------------------------------
    def set_controller(self, controller) -> None:
        follow(self.controller, controller, self._connections)
        self.controller = controller
        self.set_selection(Selection())

    def _connections(self, c):
        return [
            (c.cardsChanged, self._cards_changed),
            (c.structureChanged, self.refresh),
            (c.curvesChanged, self.refresh),
            (c.personasChanged, self.refresh),
            (c.documentReset, self._reset),
        ]

    def _reset(self) -> None:
        self.set_selection(Selection())

    def _cards_changed(self, ids) -> None:
        if self.selection.cards:
            if set(ids) & set(self.selection.cards):
                self.refresh()
        elif self.selection.curve:
            self.refresh()  # card emotions fill the curve: "where to act first" follows

    def set_selection(self, selection: Selection) -> None:
        self.selection = selection
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        sel = self.selection
        if c is None:
            self.setCurrentWidget(self.empty)
            return
        doc = c.doc
        cards = [cid for cid in sel.cards if _exists(doc.find_card, cid)]
        if cards:
            self._show_cards(cards)
        elif sel.curve and _exists(doc.find_curve, sel.curve):
            self._show_curve(sel.curve)
        elif sel.step and _exists(doc.find_step, sel.step):
            self._show_step(sel.step)
        elif sel.stage and _exists(doc.find_stage, sel.stage):
            self.stage_form.bind(c, [sel.stage])
            stage = doc.find_stage(sel.stage)
            self.stage_info.setText(QCoreApplication.translate("Inspector", "%n step(s)", None, len(stage.steps)))
            self.setCurrentWidget(self.stage_page)
        elif sel.lane and _exists(doc.find_lane, sel.lane):
            self.lane_form.bind(c, [sel.lane])
            self.setCurrentWidget(self.lane_page)
        else:
            self._show_empty(sel.cell)

    def _show_empty(self, cell: tuple[str, str] | None) -> None:
        doc = self.controller.doc if self.controller else None
        title = translate("Inspector", "Nothing selected")
        text = translate("Inspector", self.NOTHING)
        if doc is not None and cell is not None:
            try:
                lane = doc.find_lane(cell[0])
                stage, step = doc.find_step(cell[1])
            except KeyError:
                pass
            else:
                held = sum(1 for c in doc.cards if (c.lane_id, c.step_id) == cell)
                where = f"{lane.title} · {stage.name} › {step.name}"
                if held:
                    title = translate("Inspector", "Cell")
                    text = QCoreApplication.translate(
                        "Inspector", "{where}\n\n%n card(s) here. Arrow keys pick a card; Enter "
                        "adds another one.", None, held).format(where=where)
                else:
                    title = translate("Inspector", "Empty cell")
                    text = translate("Inspector", "{where}\n\nPress Enter or double-click to add a card here.").format(where=where)

        self.empty_title.setText(title)
        self.empty_hint.setText(text)
        self.setCurrentWidget(self.empty)

    def _show_cards(self, ids: list[str]) -> None:
        doc = self.controller.doc
        card = doc.find_card(ids[0])
        many = len(ids) > 1
        self.card_heading.setText(QCoreApplication.translate("Inspector", "%n card(s)", None, len(ids)) if many else translate("Inspector", "Card"))
        lane = doc.find_lane(card.lane_id)
        stage, step = doc.find_step(card.step_id)
        self.card_where.setText(
            translate("Inspector", "Changes apply to every selected card.") if many
            else f"{lane.title} · {stage.name} › {step.name}"
        )
        for name in ("title", "description", "tags", "image", "evidence_source"):
            self.card_bindings[name].widget.setEnabled(not many)
        self.links.setEnabled(not many)
        self.card_form.bind(self.controller, ids)
        self.links.show_links(doc, card)
        self.setCurrentWidget(self.card_page)

    def _show_step(self, step_id: str) -> None:
        stage, _step = self.controller.doc.find_step(step_id)
        self.step_where.setText(translate("Inspector", "In stage {name}").format(name=stage.name))
        self.step_form.bind(self.controller, [step_id])
        self.setCurrentWidget(self.step_page)

    def _show_curve(self, curve_id: str) -> None:
        doc = self.controller.doc
        self.curve_persona.set_items(
            [(None, "—"), *((p.id, p.name) for p in doc.personas)]
        )
        self.curve_form.bind(self.controller, [curve_id])
        curve = doc.find_curve(curve_id)
        self._loading_scale = True
        self.scale_min.put(curve.scale.min)
        self.scale_max.put(curve.scale.max)
        if self.scale_levels.get() != curve.scale.levels:
            self.scale_levels.put(curve.scale.levels)
        self._loading_scale = False
        self.curve_heading.setText(curve_name(doc, curve))
        self.clear_points.setEnabled(bool(curve.points))
        self.lowest.clear()
        self.gaps.clear()
        pair = next(((a, b) for a, b in expectation_pairs(doc) if curve.id in (a.id, b.id)), None)
        for widget in (self.gap_title, self.gap_hint, self.gaps):
            widget.setVisible(pair is not None)
        if pair is not None:
            experienced, expected = pair
            gaps = curve_gaps(doc, experienced, expected)
            self.gap_hint.setText(translate(
                "Inspector", "{experienced} against {expected}: the shaded band on the map is "
                "the gap."
            ).format(experienced=curve_name(doc, experienced), expected=curve_name(doc, expected)))
            for gap in gaps:
                stage, step = doc.find_step(gap.step_id)
                difference = -gap.gap
                shown = (translate("Inspector", "as expected") if abs(difference) < 0.05
                         else _signed(difference))
                item = QListWidgetItem(f"{step.name}  ·  {shown}")
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setToolTip(translate(
                    "Inspector", "{stage} › {step}: expected {expected}, experienced {experienced}"
                ).format(stage=stage.name, step=step.name, expected=_signed(gap.expected),
                         experienced=_signed(gap.experienced)))
                self.gaps.addItem(item)
            self.act_hint.setText(translate(
                "Inspector", "The steps that fell furthest below what was expected."))
            for gap in act_first(gaps, 3):
                stage, step = doc.find_step(gap.step_id)
                item = QListWidgetItem(translate("Inspector", "{step}  ·  {gap} below expected")
                                       .format(step=step.name, gap=number(gap.gap, 1)))
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setToolTip(f"{stage.name} › {step.name}")
                self.lowest.addItem(item)
            if not self.lowest.count():
                self.act_hint.setText(translate(
                    "Inspector", "Every step met or beat what was expected."))
        else:
            self.act_hint.setText(translate(
                "Inspector", "The lowest moments of this curve. Label another curve of the same "
                "persona “Expected” to rank the steps by the gap instead."
            ))
            for value in lowest_moments(doc, curve, 3):
                stage, step = doc.find_step(value.step_id)
                level = _level_name(curve.scale, value.value) if value.value is not None else ""
                signed = "" if value.value is None else (
                    ("+" if value.value > 0 else "") + number(value.value, 1))
                item = QListWidgetItem(f"{step.name}  ·  {level} ({signed})")
                item.setData(Qt.ItemDataRole.UserRole, step.id)
                item.setToolTip(f"{stage.name} › {step.name}")
                self.lowest.addItem(item)
        self.setCurrentWidget(self.curve_page)

    # -- edits the forms cannot express as one field -----------------------------------------
    def _set_links(self, links: list[str]) -> None:
        card_id = self.selection.cards[0]
        self._push(
            SetFields(target="card", ident=card_id, changes={"links": links}, text=translate("Inspector", "Edit links"))
        )

    _loading_scale = False

    def _commit_scale(self) -> None:
        if self._loading_scale or not self.selection.curve:
            return
        curve = self.controller.doc.find_curve(self.selection.curve)
        old = curve.scale
        for b in (self.scale_min, self.scale_max, self.scale_levels):
            b.set_invalid(None)
        try:
            new = EmotionScale(
                min=self.scale_min.get(), max=self.scale_max.get(), levels=self.scale_levels.get()
            )
        except ValueError as exc:
            message = translate("Inspector", "Highest must be above lowest, with 2–21 levels")
            if "levels" in str(exc):
                self.scale_levels.set_invalid(message)
            else:
                self.scale_max.set_invalid(message)
            self.message.emit(message)
            return
        if new == old:
            return
        span_old = old.max - old.min
        points = {
            step: new.clamp(new.min + (value - old.min) / span_old * (new.max - new.min))
            for step, value in curve.points.items()
        }
        self._push(
            SetFields(
                target="curve",
                ident=curve.id,
                changes={"scale": new, "points": points},
                text=translate("Inspector", "Edit emotion scale"),
                merge_key=f"{curve.id}:scale:{self.curve_form._session}",
            )
        )

    def _delete_curve(self) -> None:
        if self.selection.curve:
            self._push(RemoveCurve(curve_id=self.selection.curve))

    def _clear_points(self) -> None:
        if self.selection.curve:
            self._push(
                SetFields(
                    target="curve",
                    ident=self.selection.curve,
                    changes={"points": {}},
                    text=translate("Inspector", "Reset curve"),
                )
            )

    def _push(self, edit) -> None:
        try:
            self.controller.push(edit)
        except EditError as exc:
            self.message.emit(str(exc).splitlines()[0])


def _signed(value: float) -> str:
    """A value with its sign, as the editor's language writes numbers (−1,5 in Danish)."""
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return sign + number(abs(value), 1)


def _level_name(scale: EmotionScale, value: float) -> str:
    values = scale.level_values()
    nearest = min(range(len(values)), key=lambda i: abs(values[i] - value))
    return scale.levels[nearest]


def _exists(finder, ident: str) -> bool:
    try:
        finder(ident)
    except KeyError:
        return False
    return True

