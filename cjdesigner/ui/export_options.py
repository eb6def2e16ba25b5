"""The options widget of each export format in the export dialog, keyed by format id (the
Qt half of ``cjdesigner.export.registry``).

A :class:`FormatPanel` shows a format's options, gives them back as the options mapping
the format's export function reads (:meth:`FormatPanel.values`, command-line spelling),
and says what the preview shows (:meth:`FormatPanel.plan`). Formats without an entry in
``PANELS`` get the generic panel: a field per declared option and the format's summary.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.export.formats import poster_options
from cjdesigner.export.registry import ExportError, ExportFormat, Option
from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
from cjdesigner.layout import MapLayout, layout_map
from cjdesigner.model import JourneyMap
from cjdesigner.pdf import (
    MM,
    SHEETS,
    TILE_SHEETS,
    PaperError,
    PosterOptions,
    TileGrid,
    compose,
    plan_tiles,
)
from cjdesigner.pdf.poster import (
    Composition,
    choose_readable,
    readability_problems,
    user_unit_for,
)
from cjdesigner.pdf.readability import printed
from cjdesigner.ui.i18n import (
    locale_papers,
    number,
    parse_number,
    said,
    said_all,
    short_number,
    translate,
)

#: plotter rolls offered, by width in mm
ROLL_WIDTHS = (610, 914, 1067, 1372)
ROLL = QT_TRANSLATE_NOOP("ExportOptions", "Roll {width} mm")
FIT_MAP = QT_TRANSLATE_NOOP("ExportOptions", "Map size (fixed scale)")


def roll_names() -> list[str]:
    """The rolls as the paper combo lists them, in the editor's language."""
    return [translate("ExportOptions", ROLL).format(width=width) for width in ROLL_WIDTHS]


def paper_text(choice: str) -> str | None:
    """The --paper value of a paper combo entry ("Roll 914 mm" → "roll:914mm"), in English
    or in the editor's language."""
    choice = choice.strip()
    if choice in (FIT_MAP, translate("ExportOptions", FIT_MAP)):
        return None
    for width in ROLL_WIDTHS:
        if choice in (ROLL.format(width=width),
                      translate("ExportOptions", ROLL).format(width=width)):
            return f"roll:{width}mm"
    return choice


@dataclass
class ExportContext:
    """What a panel may look at: the map, where it lives, what the editor shows, and the
    dialog's cached layouts and thumbnails."""

    doc: JourneyMap
    base_dir: Callable[[], Path | None]
    visible_rect: QRectF | None
    # (blank?, sticky notes per cell) → (doc, layout)
    layout: Callable[..., tuple[JourneyMap, MapLayout]]
    # (blank?, sticky notes per cell) → a small picture of the map as the poster draws it
    thumbnail: Callable[..., QImage | None]
    # the map's file name (the poster's slug line); None for a map never saved
    source_name: Callable[[], str | None] = lambda: None


@dataclass
class Plan:
    """What the dialog's preview and summary show for the current choices."""

    ok: bool
    text: str
    thumb: QImage | None = None
    comp: Composition | None = None
    grid: TileGrid | None = None
    warnings: list[str] = field(default_factory=list)
    bleed: float = 0.0  # points: the poster's band runs into it


class FormatPanel(QWidget):
    """The generic panel: one field per option the format reads, and its summary."""

    changed = Signal()
    #: False in panels that lay out their own fields
    generic_fields = True

    def __init__(self, fmt: ExportFormat, context: ExportContext, parent=None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self.context = context
        self.fields: dict[str, Callable[[], Any]] = {}
        options = fmt.used_options() if self.generic_fields else ()
        if options:
            box = QGroupBox(translate("ExportOptions", "Options"))
            form = QFormLayout(box)
            for option in options:
                form.addRow(_label(option), self._field(option))
            outer = QVBoxLayout(self)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.addWidget(box)

    def _field(self, option: Option) -> QWidget:
        if option.switch:
            check = QCheckBox()
            check.setChecked(bool(option.default))
            check.toggled.connect(self.changed)
            self.fields[option.name] = check.isChecked
            widget: QWidget = check
        elif option.choices:
            combo = QComboBox()
            combo.addItems(list(option.choices))
            combo.setCurrentText(str(option.default))
            combo.currentIndexChanged.connect(self.changed)
            self.fields[option.name] = combo.currentText
            widget = combo
        else:
            edit = QLineEdit("" if option.default is None else short_number(option.default)
                             if isinstance(option.default, float) else str(option.default))
            edit.textChanged.connect(self.changed)
            self.fields[option.name] = functools.partial(_read_edit, option, edit)
            widget = edit
        widget.setToolTip(option.help.replace("%%", "%"))
        return widget

    def values(self) -> dict[str, Any]:
        """The options mapping for the format's export function (base_dir included)."""
        values = {name: read() for name, read in self.fields.items()}
        values["base_dir"] = self.context.base_dir()
        return values

    def state(self) -> dict[str, Any]:
        """The widgets' choices, to remember between exports (plain JSON values)."""
        return {}

    def restore(self, state: dict[str, Any]) -> None:
        """Put back choices from :meth:`state` (unknown or bad entries are ignored)."""

    def plan(self) -> Plan:
        doc = self.context.doc
        text = self.fmt.summary(doc) if self.fmt.summary else self.fmt.description
        try:
            self.values()
        except ExportError as exc:
            return Plan(False, f"⚠ {said(exc)}", self.context.thumbnail(False))
        return Plan(True, text, self.context.thumbnail(False))


def _label(option: Option) -> str:
    return option.name.replace("_", " ").capitalize()


def _read_edit(option: Option, edit: QLineEdit) -> Any:
    return _read(option, edit.text())


def _read(option: Option, text: str) -> Any:
    text = text.strip()
    if not text:
        return option.default
    if option.number:
        value = parse_number(text)  # "2,5" where the editor's locale writes so
        if value is None:
            raise ExportError(translate("ExportOptions", "{label}: {text!r} is not a number").format(label=_label(option), text=text))
        return value
    return text


class PosterPanel(FormatPanel):
    """Paper, orientation, scale, tiles, bleed and blank template; the preview shows the
    sheet, the map's place on it and the sheet grid."""

    generic_fields = False

    def __init__(self, fmt: ExportFormat, context: ExportContext, parent=None) -> None:
        super().__init__(fmt, context, parent)
        self.paper = QComboBox()
        self.paper.setEditable(True)
        self.paper.addItems([*SHEETS, *roll_names(), translate("ExportOptions", FIT_MAP)])
        self.paper.setCurrentText(locale_papers().poster)
        self.paper.setToolTip(translate("ExportOptions", "A named sheet, a roll, or a size such as 900x2000mm or 36x48in"))
        self.orientation = QComboBox()
        for key, text in (("auto", translate("ExportOptions", "Automatic")),
                          ("landscape", translate("ExportOptions", "Landscape")),
                          ("portrait", translate("ExportOptions", "Portrait"))):
            self.orientation.addItem(text, key)
        self.fixed = QCheckBox(translate("ExportOptions", "Fixed scale"))
        self.scale = QSpinBox()
        self.scale.setRange(5, 1000)
        self.scale.setValue(100)
        self.scale.setSuffix(" %")
        self.scale.setToolTip(translate("ExportOptions", "100 % prints cards at their on-screen size"))
        self.bleed = QCheckBox(translate("ExportOptions", "3 mm bleed and crop marks (print shop)"))
        self.tile = QComboBox()
        self.tile.addItem(translate("ExportOptions", "One sheet"), "")
        papers = locale_papers()  # the sheets the user's country buys first
        for sheet in sorted(TILE_SHEETS, key=lambda s: s not in (papers.sheet, papers.large_sheet)):
            self.tile.addItem(translate("ExportOptions", "Tile onto {sheet}").format(sheet=sheet), sheet)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setValue(10)
        self.overlap.setSuffix(translate("ExportOptions", " mm"))
        self.blank = QCheckBox(translate("ExportOptions", "Blank wall template (grid and headers, no cards)"))
        self.notes = QComboBox()
        for key in ("1x1", "2x1", "2x2", "3x2", "3x3", "4x3"):
            self.notes.addItem(key.replace("x", " × "), key)
        self.notes.addItem(translate("ExportOptions", "None"), "none")
        self.notes.setCurrentIndex(self.notes.findData("2x2"))
        self.notes.setToolTip(translate("ExportOptions", "Squares for sticky notes in every cell of the blank "
                                        "template (across × down), each lane in its pad's colour"))
        self.min_text = QSpinBox()
        self.min_text.setRange(0, 72)
        self.min_text.setValue(0)
        self.min_text.setSpecialValueText(translate("ExportOptions", "By format (16 pt on walls, 8 pt on desks)"))
        self.min_text.setSuffix(translate("ExportOptions", " pt"))
        self.min_text.setToolTip(translate("ExportOptions", "The smallest card text the poster may print; titles get "
                                           "1.25 × this. The summary says what would meet it."))
        self.strict = QCheckBox(translate("ExportOptions", "Refuse to write a poster with text too small or cut short"))
        self.cards = QComboBox()
        self.cards.addItem(translate("ExportOptions", "Full cards"), "full")
        self.cards.addItem(translate("ExportOptions", "Compact cards: titles and markers (an overview)"), "compact")
        self.split = QComboBox()
        self.split.addItem(translate("ExportOptions", "One poster"), "")
        self.split.addItem(translate("ExportOptions", "Overview, then a page per stage on the same paper"), "stages")
        self.split.addItem(translate("ExportOptions", "Overview, then an A3 booklet page per stage"), "stages:A3")
        self.split.addItem(translate("ExportOptions", "Overview, then an A4 booklet page per stage"), "stages:A4")
        self.split.setToolTip(translate("ExportOptions", "For a map too large for one readable sheet: the overview shows every "
                                        "card by its title, each stage's page shows its cards in full"))
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.fixed)
        scale_row.addWidget(self.scale)
        scale_row.addStretch(1)
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile)
        tile_row.addWidget(QLabel(translate("ExportOptions", "overlap")))
        tile_row.addWidget(self.overlap)
        box = QGroupBox(translate("ExportOptions", "Poster"))
        form = QFormLayout(box)
        form.addRow(translate("ExportOptions", "Paper"), self.paper)
        form.addRow(translate("ExportOptions", "Orientation"), self.orientation)
        form.addRow(translate("ExportOptions", "Size"), scale_row)
        form.addRow(translate("ExportOptions", "Printing"), tile_row)
        form.addRow("", self.bleed)
        form.addRow("", self.blank)
        form.addRow(translate("ExportOptions", "Sticky notes per cell"), self.notes)
        form.addRow(translate("ExportOptions", "Smallest card text"), self.min_text)
        form.addRow("", self.strict)
        form.addRow(translate("ExportOptions", "Cards"), self.cards)
        form.addRow(translate("ExportOptions", "Split"), self.split)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        for signal in (self.paper.currentTextChanged, self.orientation.currentIndexChanged,
                       self.fixed.toggled, self.scale.valueChanged, self.bleed.toggled,
                       self.tile.currentIndexChanged, self.overlap.valueChanged,
                       self.blank.toggled, self.min_text.valueChanged, self.strict.toggled,
                       self.cards.currentIndexChanged, self.split.currentIndexChanged,
                       self.notes.currentIndexChanged):
            signal.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        self.scale.setEnabled(self.fixed.isChecked() or paper_text(self.paper.currentText()) is None)
        self.overlap.setEnabled(bool(self.tile.currentData()))
        self.bleed.setEnabled(not self.tile.currentData())
        # a split's overview always has compact cards
        self.cards.setEnabled(not self.split.currentData())
        self.notes.setEnabled(self.blank.isChecked())
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        paper = paper_text(self.paper.currentText())
        fixed = self.fixed.isChecked() or paper is None
        tiled = bool(self.tile.currentData())
        return {
            "paper": "map" if paper is None else paper,
            "orientation": self.orientation.currentData(),
            "scale": f"{self.scale.value()}%" if fixed else None,
            "tile": self.tile.currentData() or None,
            "overlap": f"{self.overlap.value():g}mm",
            "bleed": "3mm" if self.bleed.isChecked() and not tiled else None,
            "blank": self.blank.isChecked(),
            "sticky_notes": self.notes.currentData(),
            "min_text": str(self.min_text.value()) if self.min_text.value() else None,
            "strict": self.strict.isChecked(),
            "compact": self.cards.currentData() == "compact",
            "split": "stages" if self.split.currentData() else None,
            "stage_paper": (self.split.currentData() or "").partition(":")[2] or None,
            "base_dir": self.context.base_dir(),
            "source_name": self.context.source_name(),
        }

    def state(self) -> dict[str, Any]:
        return {"paper": self.paper.currentText(), "orientation": self.orientation.currentData(),
                "fixed": self.fixed.isChecked(), "scale": self.scale.value(),
                "tile": self.tile.currentData(), "overlap": self.overlap.value(),
                "bleed": self.bleed.isChecked(), "blank": self.blank.isChecked(),
                "min_text": self.min_text.value(), "strict": self.strict.isChecked(),
                "cards": self.cards.currentData(), "split": self.split.currentData(),
                "sticky_notes": self.notes.currentData()}

    def restore(self, state: dict[str, Any]) -> None:
        def pick(combo: QComboBox, data: object) -> None:
            index = combo.findData(data)
            if index >= 0:
                combo.setCurrentIndex(index)

        try:
            if isinstance(state.get("paper"), str):
                self.paper.setCurrentText(state["paper"])
            pick(self.orientation, state.get("orientation"))
            pick(self.tile, state.get("tile"))
            pick(self.cards, state.get("cards"))
            pick(self.split, state.get("split"))
            pick(self.notes, state.get("sticky_notes"))
            for box, key in ((self.fixed, "fixed"), (self.bleed, "bleed"),
                             (self.blank, "blank"), (self.strict, "strict")):
                if isinstance(state.get(key), bool):
                    box.setChecked(state[key])
            for spin, key in ((self.scale, "scale"), (self.overlap, "overlap"),
                              (self.min_text, "min_text")):
                if isinstance(state.get(key), int | float):
                    spin.setValue(state[key])
        except (TypeError, ValueError):
            pass

    def poster_options(self) -> PosterOptions:
        """The choices as ``PosterOptions``; raises ExportError when the paper does not read."""
        from cjdesigner.pdf import parse_paper

        values = self.values()
        if values["paper"] not in ("auto", "map"):
            try:
                parse_paper(values["paper"])
            except PaperError as exc:
                raise ExportError(said(exc)) from None
        return poster_options(values, base_dir=values["base_dir"])

    def plan(self) -> Plan:
        try:
            options = self.poster_options()
            doc, lay = self.context.layout(options.blank, options.sticky_notes)
            if (options.compact or options.split) and not options.blank:
                lay = layout_map(doc, compact=True)  # the overview's cards
                options = replace(options, compact=True, split=None,
                                  paper="A0" if options.paper == "auto" else options.paper)
            notes: list[str] = []
            if options.paper == "auto":
                options, chosen = choose_readable(doc, lay, options)
                notes.append(chosen)
            comp = compose(doc, lay, options)
            notes += readability_problems(doc, lay, replace(options, strict=False), comp)
            grid = (plan_tiles(comp.width, comp.height, options.tile, options.overlap)
                    if options.tile else None)
        except (ExportError, PaperError, ValueError) as exc:
            return Plan(False, f"⚠ {said(exc)}")
        w_mm, h_mm = comp.width / MM, comp.height / MM
        size = printed(comp.scale)
        sheet = (translate("ExportOptions", "Sheet {width} × {height} mm (landscape); card text "
                           "prints at {body} pt, titles at {title} pt.") if w_mm > h_mm else
                 translate("ExportOptions", "Sheet {width} × {height} mm (portrait); card text "
                           "prints at {body} pt, titles at {title} pt."))
        lines = [sheet.format(width=number(w_mm, 0), height=number(h_mm, 0),
                              body=number(size.body, 1), title=number(size.title, 1))]
        if grid is not None:
            lines.append(translate(
                "ExportOptions", "{count} sheets of {sheet} ({rows} rows × {columns} columns) "
                "and an assembly guide.").format(count=grid.count, sheet=grid.sheet_name,
                                                 rows=grid.rows, columns=grid.columns))
        if options.bleed:
            lines.append(translate("ExportOptions", "With 3 mm bleed and crop marks."))
        split = self.split.currentData()
        if split:
            stages = sum(1 for stage in doc.stages if stage.steps)
            booklet = split.partition(":")[2]
            lines.append((translate("ExportOptions", "Then a page for each stage ({count}) on {sheet}, its cards in full.")
                          ).format(count=stages, sheet=booklet or paper_text(self.paper.currentText()) or "A0"))
        warnings = []
        if user_unit_for(comp.width, comp.height) > 1 and grid is None:
            warnings.append(translate(
                "ExportOptions", "Longer than 200 in: written with UserUnit, which some "
                "viewers ignore; tiling is safer."))
        warnings += notes + comp.warnings
        lines += [f"⚠ {w}" for w in said_all(warnings)]
        return Plan(True, "\n".join(lines), self.context.thumbnail(options.blank, options.sticky_notes), comp,
                    grid, warnings, 0.0 if options.tile else options.bleed)


class PicturePanel(FormatPanel):
    """PNG and SVG: the resolution (PNG) and whether only the visible part is drawn."""

    generic_fields = False

    def __init__(self, fmt: ExportFormat, context: ExportContext, parent=None) -> None:
        super().__init__(fmt, context, parent)
        self.dpi = QSpinBox()
        self.dpi.setRange(24, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(translate("ExportOptions", " dpi"))
        self.dpi.setEnabled(any(o.name == "dpi" for o in fmt.used_options()))
        self.visible_only = QCheckBox(translate("ExportOptions", "Only the part visible in the editor"))
        self.visible_only.setEnabled(context.visible_rect is not None)
        box = QGroupBox(translate("ExportOptions", "Picture"))
        form = QFormLayout(box)
        form.addRow(translate("ExportOptions", "Resolution"), self.dpi)
        form.addRow("", self.visible_only)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.dpi.valueChanged.connect(self.changed)
        self.visible_only.toggled.connect(self.changed)

    def state(self) -> dict[str, Any]:
        return {"dpi": self.dpi.value()}

    def restore(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("dpi"), int | float):
            self.dpi.setValue(int(state["dpi"]))

    def region(self) -> QRectF | None:
        if self.visible_only.isChecked() and self.context.visible_rect is not None:
            return self.context.visible_rect
        return None

    def values(self) -> dict[str, Any]:
        rect = self.region()
        return {
            "dpi": float(self.dpi.value()),
            "scale": None,
            "region": None if rect is None else (rect.x(), rect.y(), rect.width(), rect.height()),
            "base_dir": self.context.base_dir(),
        }

    def plan(self) -> Plan:
        rect = self.region()
        if rect is None:
            _, lay = self.context.layout(False)
            rect = QRectF(0, 0, lay.width, lay.height)
        part = translate("ExportOptions", "The visible part") if rect is self.context.visible_rect else translate("ExportOptions", "The whole map")
        if self.dpi.isEnabled():
            k = self.dpi.value() / 96
            text = (translate("ExportOptions", "{part}: {width:.0f} × {height:.0f} pixels at {dpi} dpi.").format(part=part, width=rect.width() * k, height=rect.height() * k, dpi=self.dpi.value()))
        else:
            text = (translate("ExportOptions", "{part} as scalable vector graphics ({width:.0f} × {height:.0f}).").format(part=part, width=rect.width(), height=rect.height()))
        return Plan(True, text, self.context.thumbnail(False))


#: format id → its options widget; formats not named here get the generic FormatPanel
PANELS: dict[str, type[FormatPanel]] = {
    "pdf": PosterPanel,
    "png": PicturePanel,
    "svg": PicturePanel,
}


def panel_for(fmt: ExportFormat, context: ExportContext, parent=None) -> FormatPanel:
    return PANELS.get(fmt.id, FormatPanel)(fmt, context, parent)
