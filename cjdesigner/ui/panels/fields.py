"""Form fields bound to model fields: every change becomes an undoable edit.

A :class:`Binding` knows how to read its editor as a model value (``get``, raising
``ValueError`` while the text is not a valid value yet) and how to show a model value
(``put``). A :class:`Form` pushes ``SetFields`` edits through the controller with a
merge key made of item, field and a focus session, so a burst of typing is one undo
step while the next visit to the field starts a new one. Refreshing from the model
never touches an editor that already shows the right value, so the caret stays put.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.model.edits import Batch, EditError, SetFields, target_of
from cjdesigner.ui.i18n import translate

if TYPE_CHECKING:
    from cjdesigner.ui.controller import DocumentController


_UNSET = object()
MIXED_TEXT = QT_TRANSLATE_NOOP("Fields", "Several values")


def mixed() -> str:
    """The placeholder of a field whose selected items differ."""
    return translate("Fields", MIXED_TEXT)

#: calm colours offered as one-click swatches (stage, lane, card, persona, curve colours)
SWATCHES: tuple[str, ...] = (
    "#7FA7C9",
    "#8DBF9B",
    "#E3B76B",
    "#D98C7A",
    "#B39DCE",
    "#7FC4C1",
    "#A9B1BA",
)


def compact_combo() -> QComboBox:
    """A combo box that does not widen its panel to fit its longest item."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


class _GlobalUndo(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in a text field reach the document's undo stack.

    A text field keeps its own little undo history; since every keystroke is already a
    document edit, the field's history would only disagree with the document's.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


_GLOBAL_UNDO: _GlobalUndo | None = None


def route_undo_to_document(widget: QWidget) -> None:
    global _GLOBAL_UNDO
    if _GLOBAL_UNDO is None:
        _GLOBAL_UNDO = _GlobalUndo()
    widget.installEventFilter(_GLOBAL_UNDO)


class Binding(QObject):
    """One editor for one model field."""

    committed = Signal()  # the user changed the value
    finished = Signal()  # the user left the field

    def __init__(self, name: str, label: str, widget: QWidget, live: bool = True) -> None:
        super().__init__(widget)
        self.name = name
        self.label = label
        self.widget = widget
        self.live = live  # commit while typing (merged) rather than when leaving
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            route_undo_to_document(widget)
        elif isinstance(widget, QComboBox) and (line := widget.lineEdit()) is not None:
            route_undo_to_document(line)

    def get(self) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    def put(self, value: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def put_mixed(self, first: Any) -> None:
        """Show that the selected items disagree (default: show the first one's value)."""
        self.put(first)

    def set_invalid(self, message: str | None) -> None:
        self.widget.setProperty("invalid", bool(message))
        self.widget.setToolTip(message or "")
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)


class LineBinding(Binding):
    """A one-line text; ``optional`` maps empty text to None; ``convert`` parses."""

    def __init__(
        self,
        name: str,
        label: str,
        widget: QLineEdit | None = None,
        optional: bool = False,
        convert: Callable[[str], Any] | None = None,
        show: Callable[[Any], str] | None = None,
        placeholder: str = "",
    ) -> None:
        widget = widget or QLineEdit()
        super().__init__(name, label, widget)
        self.edit: QLineEdit = widget
        self.optional = optional
        self.convert = convert
        self.show = show
        if placeholder:
            widget.setPlaceholderText(placeholder)
        self.placeholder = placeholder
        widget.textEdited.connect(lambda _t: self.committed.emit())
        widget.editingFinished.connect(self.finished.emit)

    def get(self) -> Any:
        text = self.edit.text()
        if self.convert is not None:
            return self.convert(text)
        if self.optional and not text.strip():
            return None
        return text

    def put(self, value: Any) -> None:
        if self.show is not None:
            text = self.show(value)
        else:
            text = "" if value is None else str(value)
        if self.edit.placeholderText() != self.placeholder:
            self.edit.setPlaceholderText(self.placeholder)
        if self.edit.text() != text:
            self.edit.setText(text)
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)

    def put_mixed(self, first: Any) -> None:
        self.edit.setText("")
        self.edit.setPlaceholderText(mixed())


class TextBinding(Binding):
    def __init__(self, name: str, label: str, lines: int = 3) -> None:
        widget = QPlainTextEdit()
        widget.setTabChangesFocus(True)
        widget.setFixedHeight(widget.fontMetrics().lineSpacing() * lines + 14)
        super().__init__(name, label, widget)
        self.edit = widget
        self._loading = False
        widget.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.committed.emit()

    def get(self) -> str:
        return self.edit.toPlainText()

    def put(self, value: Any) -> None:
        self._loading = True
        try:
            self.edit.setPlainText(value or "")
        finally:
            self._loading = False

    def put_mixed(self, first: Any) -> None:
        self.put("")


class ListBinding(TextBinding):
    """A list of short texts, one per line."""

    def get(self) -> list[str]:  # type: ignore[override]  # a list field reads a list
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def put(self, value: Any) -> None:
        super().put("\n".join(value or []))


def split_tags(text: str) -> list[str]:
    seen: list[str] = []
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if part and part not in seen:
            seen.append(part)
    return seen


class ComboBinding(Binding):
    """A fixed choice: ``items`` is (value, label) pairs; value None allowed."""

    def __init__(self, name: str, label: str, items: Sequence[tuple[Any, str]]) -> None:
        widget = compact_combo()
        super().__init__(name, label, widget)
        self.combo = widget
        self.set_items(items)
        widget.activated.connect(lambda _i: self.committed.emit())

    def set_items(self, items: Sequence[tuple[Any, str]]) -> None:
        current_items = [
            (self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())
        ]
        if current_items == list(items):
            return  # unchanged: never rebuild a combo from inside its own signal
        with QSignalBlocker(self.combo):
            current = self.combo.currentData()
            self.combo.clear()
            for value, text in items:
                self.combo.addItem(text, value)
            index = self.combo.findData(current)
            if index >= 0:
                self.combo.setCurrentIndex(index)

    def get(self) -> Any:
        return self.combo.currentData()

    def put_mixed(self, first: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setPlaceholderText(mixed())
            self.combo.setCurrentIndex(-1)

    def put(self, value: Any) -> None:
        if isinstance(value, Enum):
            value = value.value
        index = self.combo.findData(value)
        if index < 0:
            index = self.combo.findData(None)
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(index, 0))


class EditableComboBinding(Binding):
    """Free text with suggestions (channel, owner): ``parse`` turns text into the value."""

    def __init__(
        self,
        name: str,
        label: str,
        suggestions: Sequence[str],
        parse: Callable[[str], str] = str.strip,
        show: Callable[[str], str] = str,
    ) -> None:
        widget = compact_combo()
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        widget.addItems(list(suggestions))
        widget.setCurrentIndex(-1)
        widget.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        super().__init__(name, label, widget)
        self.combo = widget
        self.parse = parse
        self.show = show
        widget.lineEdit().textEdited.connect(lambda _t: self.committed.emit())
        widget.activated.connect(self._chosen)
        widget.lineEdit().editingFinished.connect(self.finished.emit)

    def _chosen(self, _index: int) -> None:
        self.committed.emit()
        self.finished.emit()

    def get(self) -> str:
        return self.parse(self.combo.currentText())

    def put_mixed(self, first: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setEditText("")
            self.combo.lineEdit().setPlaceholderText(mixed())

    def put(self, value: Any) -> None:
        text = self.show(value or "")
        self.combo.lineEdit().setPlaceholderText("")
        if self.combo.currentText() != text:
            with QSignalBlocker(self.combo):
                self.combo.setEditText(text)


class SpinBinding(Binding):
    """A number; ``optional`` adds a "not set" value just below the minimum."""

    def __init__(
        self,
        name: str,
        label: str,
        minimum: float,
        maximum: float,
        step: float = 1,
        decimals: int = 0,
        optional: bool = False,
        suffix: str = "",
        none_text: str = "",
    ) -> None:
        widget: QSpinBox | QDoubleSpinBox
        if decimals == 0 and not optional:
            widget = QSpinBox()
            widget.setRange(int(minimum), int(maximum))
        else:
            widget = QDoubleSpinBox()
            widget.setDecimals(decimals)
            widget.setRange(minimum - (step if optional else 0), maximum)
        if isinstance(widget, QSpinBox):
            widget.setSingleStep(int(step))
        else:
            widget.setSingleStep(step)
        widget.setKeyboardTracking(False)
        if suffix:
            widget.setSuffix(suffix)
        if optional:
            widget.setSpecialValueText(none_text or translate("Fields", "Not set"))
        super().__init__(name, label, widget)
        self.spin = widget
        self.minimum = minimum
        self.optional = optional
        self.integer = decimals == 0
        widget.valueChanged.connect(lambda _v: self.committed.emit())

    def get(self) -> Any:
        value = self.spin.value()
        if self.optional and value <= self.spin.minimum():
            return None
        value = max(self.minimum, value)
        return int(round(value)) if self.integer else float(value)

    def put(self, value: Any) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(self.spin.minimum() if value is None else value)  # type: ignore[arg-type]


class CheckBinding(Binding):
    def __init__(self, name: str, label: str, text: str = "") -> None:
        widget = QCheckBox(text)
        super().__init__(name, label, widget)
        self.check = widget
        widget.clicked.connect(lambda _c: self.committed.emit())

    def get(self) -> bool:
        return self.check.isChecked()

    def put(self, value: Any) -> None:
        with QSignalBlocker(self.check):
            self.check.setChecked(bool(value))


def swatch_icon(colour: str | None, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setBrush(QColor(colour))
        painter.setPen(QColor(colour).darker(130))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
    else:
        painter.setPen(QColor("#9aa0a6"))
        painter.drawRoundedRect(1, 1, size - 2, size - 2, 4, 4)
        painter.drawLine(3, size - 3, size - 3, 3)
    painter.end()
    return QIcon(pixmap)


class ColourPicker(QWidget):
    """A row of swatches, a custom colour button and a clear button.

    The swatches are one Tab stop (the chosen one, else the first); Left/Right/Home/End
    move between them and Space picks, as in a radio group."""

    picked = Signal(object)  # str | None

    def __init__(self, choose: Callable[[str | None], str | None] | None = None) -> None:
        super().__init__()
        self.choose = choose
        self.value: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.buttons: dict[str | None, QToolButton] = {}
        for colour in (None, *SWATCHES):
            button = QToolButton()
            button.setAutoRaise(True)
            button.setCheckable(True)
            button.setFixedSize(21, 21)
            button.setIcon(swatch_icon(colour, 14))
            button.setToolTip(colour or translate("Fields", "No colour"))
            button.setAccessibleName(colour or translate("Fields", "No colour"))
            button.clicked.connect(lambda _c=False, c=colour: self._pick(c))
            button.installEventFilter(self)
            layout.addWidget(button)
            self.buttons[colour] = button
        self._roving()
        self.more = QToolButton()
        self.more.setText("…")
        self.more.setToolTip(translate("Fields", "Another colour…"))
        self.more.setAutoRaise(True)
        self.more.setFixedSize(21, 21)
        self.more.clicked.connect(self._custom)
        layout.addWidget(self.more)
        layout.addStretch(1)

    def _pick(self, colour: str | None) -> None:
        self.set_value(colour)
        self.picked.emit(colour)

    def _roving(self) -> None:
        """Only the chosen swatch (else the first) takes Tab; a click takes no focus (a
        run of clicks stays one undo step), arrows move the focus between swatches."""
        buttons = list(self.buttons.values())
        stop = next((b for b in buttons if b.isChecked()), buttons[0])
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus if button is stop
                                  else Qt.FocusPolicy.NoFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            buttons = list(self.buttons.values())
            if watched in buttons:
                index = buttons.index(watched)  # type: ignore[arg-type,unused-ignore]
                moves = {Qt.Key.Key_Left: index - 1, Qt.Key.Key_Right: index + 1,
                         Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(buttons) - 1}
                key = Qt.Key(event.key())
                if key in moves:
                    target = buttons[max(0, min(len(buttons) - 1, moves[key]))]
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    def _custom(self) -> None:
        if self.choose is None:
            return
        colour = self.choose(self.value)
        if colour:
            self._pick(colour.upper() if colour.upper() in SWATCHES else colour)

    def set_value(self, colour: str | None) -> None:
        self.value = colour
        upper = colour.upper() if colour else None
        for key, button in self.buttons.items():
            button.setChecked(key == upper)
        self._roving()
        custom = colour is not None and upper not in self.buttons
        self.more.setIcon(swatch_icon(colour, 14) if custom else QIcon())
        self.more.setText("" if custom else "…")


class ColourBinding(Binding):
    def __init__(
        self, name: str, label: str, choose: Callable[[str | None], str | None] | None = None
    ) -> None:
        widget = ColourPicker(choose)
        super().__init__(name, label, widget)
        self.picker = widget
        widget.picked.connect(lambda _c: self.committed.emit())

    def get(self) -> str | None:
        value = self.picker.value
        return value.upper() if value else None

    def put_mixed(self, first: Any) -> None:
        self.picker.set_value(first)
        for button in self.picker.buttons.values():
            button.setChecked(False)

    def put(self, value: Any) -> None:
        self.picker.set_value(value)


class Form(QObject):
    """Bindings for the fields of one kind of item; the target item changes with selection."""

    message = Signal(str)

    def __init__(self, kind: type, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.controller: DocumentController | None = None
        self.ids: list[str] = []
        self.bindings: list[Binding] = []
        self._session = 0
        self._loading = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, *_args) -> None:
        self._session += 1

    def add(self, binding: Binding) -> Binding:
        self.bindings.append(binding)
        binding.committed.connect(lambda b=binding: self._on_committed(b))
        binding.finished.connect(lambda b=binding: self._on_finished(b))
        return binding

    def bind(self, controller, ids: Sequence[str]) -> None:
        self.controller = controller
        self.ids = list(ids)
        self.refresh()

    def items(self) -> list[Any]:
        if self.controller is None:
            return []
        doc = self.controller.doc
        found = []
        for ident in self.ids:
            try:
                item = _find(doc, self.kind, ident)
            except KeyError:
                continue
            found.append(item)
        return found

    def refresh(self) -> None:
        items = self.items()
        if not items:
            return
        first = items[0]
        self._loading = True
        try:
            for binding in self.bindings:
                value = getattr(first, binding.name)
                if len(items) > 1 and any(getattr(i, binding.name) != value for i in items[1:]):
                    binding.put_mixed(value)
                    binding.set_invalid(None)
                    continue
                try:
                    shown = binding.get()
                except ValueError:
                    shown = _UNSET
                if shown != value or _shows_mixed(binding):
                    binding.put(value)
                binding.set_invalid(None)
        finally:
            self._loading = False

    def _on_committed(self, binding: Binding) -> None:
        if self._loading:
            return
        if len(self.ids) > 1 and isinstance(binding, (LineBinding, EditableComboBinding)):
            return  # several items: text commits when the user leaves the field
        self.commit(binding, merge=binding.live)

    def _on_finished(self, binding: Binding) -> None:
        if self._loading:
            return
        if len(self.ids) > 1 and isinstance(binding, (LineBinding, EditableComboBinding)):
            self.commit(binding, merge=False)
        # show the canonical form (channel label, trimmed tags) once the user is done
        items = self.items()
        if items:
            self._loading = True
            try:
                try:
                    if binding.get() == getattr(items[0], binding.name):
                        binding.put(getattr(items[0], binding.name))
                except ValueError:
                    pass
            finally:
                self._loading = False

    def commit(self, binding: Binding, merge: bool = True) -> bool:
        items = self.items()
        if not items or self.controller is None:
            return False
        try:
            value = binding.get()
        except ValueError as exc:
            binding.set_invalid(str(exc))
            return False
        changed = [item for item in items if getattr(item, binding.name) != value]
        if not changed:
            binding.set_invalid(None)
            return True
        text = translate("Fields", "Edit “{field}”").format(field=binding.label)
        try:
            if len(self.ids) == 1:
                key = f"{self.ids[0]}:{binding.name}:{self._session}" if merge else None
                self.controller.push(
                    SetFields(
                        target=target_of(self.kind),
                        ident=self.ids[0],
                        changes={binding.name: value},
                        text=text,
                        merge_key=key,
                    )
                )
            else:
                # clicks on a spin box or the swatches for several items: one undo step
                key = f"{','.join(self.ids)}:{binding.name}:{self._session}" if merge else None
                self.controller.push(
                    Batch(
                        edits=[
                            SetFields(
                                target=target_of(self.kind),
                                ident=_ident(item),
                                changes={binding.name: value},
                                text=text,
                            )
                            for item in changed
                        ],
                        text=text,
                        merge_key=key,
                    )
                )
        except EditError as exc:
            message = _short_error(str(exc))
            binding.set_invalid(message)
            self.message.emit(message)
            return False
        binding.set_invalid(None)
        return True


def _shows_mixed(binding: Binding) -> bool:
    widget = binding.widget
    if isinstance(widget, QLineEdit):
        return widget.placeholderText() == mixed()
    if isinstance(widget, QComboBox):
        if widget.lineEdit() is not None:
            return widget.lineEdit().placeholderText() == mixed()
        return widget.currentIndex() < 0
    return False


def _ident(item: Any) -> str:
    return getattr(item, "id", "")


def _find(doc, kind: type, ident: str) -> Any:
    from cjdesigner.model import Card, EmotionCurve, Lane, MapMeta, Persona, Stage, Step

    if kind is MapMeta:
        return doc.meta
    if kind is Card:
        return doc.find_card(ident)
    if kind is Step:
        return doc.find_step(ident)[1]
    if kind is Stage:
        return doc.find_stage(ident)
    if kind is Lane:
        return doc.find_lane(ident)
    if kind is Persona:
        return doc.find_persona(ident)
    if kind is EmotionCurve:
        return doc.find_curve(ident)
    raise KeyError(ident)


def _short_error(text: str) -> str:
    """The first useful line of a pydantic message."""
    lines = [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.strip().startswith("For further information")
    ]
    if len(lines) >= 3 and "validation error" in lines[0]:
        return f"{lines[1]}: {lines[2].split(' [type=')[0]}"
    return lines[0] if lines else text
