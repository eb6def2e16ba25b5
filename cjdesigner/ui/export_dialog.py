"""The export dialog: poster PDF (one sheet, roll, tiled, blank template), PNG, SVG and
Mermaid, with a preview of the sheet, the map's place on it and the sheet grid.

``ExportDialog(controller, parent).exec()``. The choices are those of
``cjdesigner export``; the work is done by ``cjdesigner.pdf`` and ``cjdesigner.export``.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.layout import layout_map
from cjdesigner.pdf import MM, SHEETS, TILE_SHEETS, PaperError, PosterOptions, compose, plan_tiles
from cjdesigner.pdf.poster import blank_layout, user_unit_for

from .dialogs import Dialogs
from .settings import Settings

FORMATS = (
    ("pdf", "PDF poster"),
    ("png", "PNG picture"),
    ("svg", "SVG picture"),
    ("md", "Mermaid journey (Markdown)"),
)
ROLLS = ("Roll 610 mm", "Roll 914 mm", "Roll 1067 mm", "Roll 1372 mm")
FIT_MAP = "Map size (fixed scale)"
ORANGE = "#D55E00"


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "journey-map"


def paper_text(choice: str) -> str | None:
    """The --paper value of a paper combo entry ("Roll 914 mm" → "roll:914mm")."""
    choice = choice.strip()
    if choice == FIT_MAP:
        return None
    match = re.fullmatch(r"Roll (\d+) mm", choice)
    return f"roll:{match.group(1)}mm" if match else choice


class SheetPreview(QWidget):
    """The sheet at scale: title and panels as soft blocks, the map's thumbnail in its
    place, and when tiling, the sheet grid with each sheet's code."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 260)
        self.comp = None
        self.grid = None
        self.thumb: QImage | None = None

    def show_plan(self, comp, grid, thumb: QImage | None) -> None:
        self.comp, self.grid, self.thumb = comp, grid, thumb
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("#E4E7EB"))
        comp = self.comp
        if comp is None:
            if self.thumb is not None:
                self._image(p, QRectF(self.rect()).adjusted(12, 12, -12, -12))
            p.end()
            return
        area = QRectF(self.rect()).adjusted(14, 14, -14, -14)
        k = min(area.width() / comp.width, area.height() / comp.height)
        ox = area.x() + (area.width() - comp.width * k) / 2
        oy = area.y() + (area.height() - comp.height * k) / 2

        def box(x: float, y: float, w: float, h: float) -> QRectF:  # PDF points, y up
            return QRectF(ox + x * k, oy + (comp.height - y - h) * k, w * k, h * k)

        page = box(0, 0, comp.width, comp.height)
        p.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))
        p.fillRect(page, QColor("#FFFFFF"))
        p.fillRect(box(0, comp.height - 0.55 * comp.unit, comp.width, 0.55 * comp.unit),
                   QColor("#1F2933"))
        soft = QColor("#DDE3EA")
        if comp.title_box is not None:
            t = comp.title_box
            p.fillRect(box(t.x, t.top - t.h * 0.45, t.w * 0.55, t.h * 0.4), QColor("#9AA5B1"))
            p.fillRect(box(t.x, t.y + t.h * 0.1, t.w * 0.7, t.h * 0.25), soft)
        for b in (comp.persona_box, comp.legend_box):
            if b is not None:
                p.fillRect(box(b.x, b.y, b.w, b.h), QColor("#EEF1F4"))
        mb = comp.map_box
        self._image(p, box(mb.x, mb.y, mb.w, mb.h))
        if self.grid is not None:
            g = self.grid
            first = g.tiles[0]
            x0, top0 = first.x, first.y + first.h
            span = box(x0, top0 - g.rows * (g.window[1] - g.overlap) - g.overlap,
                       g.columns * (g.window[0] - g.overlap) + g.overlap,
                       g.rows * (g.window[1] - g.overlap) + g.overlap)
            p.setPen(QPen(QColor(ORANGE), 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            half = g.overlap / 2
            font = QFont(self.font())
            for tile in g.tiles:
                left = tile.x + (half if tile.column else 0)
                right = tile.x + tile.w - (half if tile.column < g.columns - 1 else 0)
                bottom = tile.y + (half if tile.row < g.rows - 1 else 0)
                upper = tile.y + tile.h - (half if tile.row else 0)
                cell = box(left, bottom, right - left, upper - bottom)
                p.drawRect(cell)
                if cell.width() > 22 and cell.height() > 14:
                    font.setPixelSize(max(8, min(14, int(cell.height() * 0.3))))
                    p.setFont(font)
                    p.drawText(cell, Qt.AlignmentFlag.AlignCenter, tile.code)
            del span
        p.end()

    def _image(self, p: QPainter, target: QRectF) -> None:
        if self.thumb is None or self.thumb.isNull():
            p.fillRect(target, QColor("#F5F6F8"))
            return
        img = self.thumb
        k = min(target.width() / img.width(), target.height() / img.height())
        w, h = img.width() * k, img.height() * k
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.drawImage(QRectF(target.x() + (target.width() - w) / 2, target.y(), w, h), img)


class ExportDialog(QDialog):
    def __init__(
        self,
        controller,
        parent=None,
        visible_rect: QRectF | None = None,
        settings: Settings | None = None,
        dialogs: Dialogs | None = None,
        suggested: str | None = None,
    ) -> None:
        """``settings`` and ``dialogs`` are the window's (so CJDESIGNER_SETTINGS and a
        test's scripted answers hold here too); ``suggested`` is the first file offered."""
        super().__init__(parent)
        self.controller = controller
        self.settings = settings if settings is not None else Settings()
        self.dialogs = dialogs if dialogs is not None else Dialogs(self)
        self.suggested = suggested
        #: the map's folder: relative card image paths are read from there
        self.base_dir: Path | None = None
        self.setWindowTitle("Export")
        self._scene = None
        self._thumbs: dict[bool, QImage | None] = {}
        self._layouts: dict[bool, tuple] = {}
        self.visible_rect = visible_rect if visible_rect is not None else self._find_visible(parent)
        self.warnings: list[str] = []
        self.written: Path | None = None

        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(label, key)
        # -- poster
        self.paper = QComboBox()
        self.paper.setEditable(True)
        self.paper.addItems([*SHEETS, *ROLLS, FIT_MAP])
        self.paper.setCurrentText("A0")
        self.paper.setToolTip("A named sheet, a roll, or a size such as 900x2000mm or 36x48in")
        self.orientation = QComboBox()
        for key in ("auto", "landscape", "portrait"):
            self.orientation.addItem(key.capitalize(), key)
        self.fixed = QCheckBox("Fixed scale")
        self.scale = QSpinBox()
        self.scale.setRange(5, 2000)
        self.scale.setValue(100)
        self.scale.setSuffix(" %")
        self.scale.setToolTip("100 % prints cards at their on-screen size")
        self.bleed = QCheckBox("3 mm bleed and crop marks (print shop)")
        self.tile = QComboBox()
        self.tile.addItem("One sheet", "")
        for sheet in TILE_SHEETS:
            self.tile.addItem(f"Tile onto {sheet}", sheet)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setValue(10)
        self.overlap.setSuffix(" mm")
        self.blank = QCheckBox("Blank wall template (grid and headers, no cards)")
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.fixed)
        scale_row.addWidget(self.scale)
        scale_row.addStretch(1)
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile)
        tile_row.addWidget(QLabel("overlap"))
        tile_row.addWidget(self.overlap)
        self.poster_box = QGroupBox("Poster")
        form = QFormLayout(self.poster_box)
        form.addRow("Paper", self.paper)
        form.addRow("Orientation", self.orientation)
        form.addRow("Size", scale_row)
        form.addRow("Printing", tile_row)
        form.addRow("", self.bleed)
        form.addRow("", self.blank)
        # -- pictures
        self.dpi = QSpinBox()
        self.dpi.setRange(24, 1200)
        self.dpi.setValue(150)
        self.dpi.setSuffix(" dpi")
        self.visible_only = QCheckBox("Only the part visible in the editor")
        self.visible_only.setEnabled(self.visible_rect is not None)
        self.picture_box = QGroupBox("Picture")
        pform = QFormLayout(self.picture_box)
        pform.addRow("Resolution", self.dpi)
        pform.addRow("", self.visible_only)
        # -- output
        self.path = QLineEdit()
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.path, 1)
        out_row.addWidget(browse)
        self.preview = SheetPreview()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._export_clicked)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        top_form = QFormLayout()
        top_form.addRow("Format", self.format)
        left.addLayout(top_form)
        left.addWidget(self.poster_box)
        left.addWidget(self.picture_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.info)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        file_form = QFormLayout()
        file_form.addRow("Save as", out_row)
        outer.addLayout(file_form)
        outer.addWidget(buttons)
        self.resize(900, 560)

        self._restore()
        for signal in (self.format.currentIndexChanged, self.paper.currentTextChanged,
                       self.orientation.currentIndexChanged, self.fixed.toggled,
                       self.scale.valueChanged, self.bleed.toggled, self.tile.currentIndexChanged,
                       self.overlap.valueChanged, self.blank.toggled, self.dpi.valueChanged,
                       self.visible_only.toggled):
            signal.connect(self.refresh)
        self.format.currentIndexChanged.connect(self._suffix_follows_format)
        self.refresh()

    # -- state ---------------------------------------------------------------------------------
    @property
    def doc(self):
        return self.controller.doc

    def kind(self) -> str:
        return self.format.currentData()

    def poster_options(self) -> PosterOptions:
        """The poster choices as ``PosterOptions``; raises PaperError when unreadable."""
        from cjdesigner.pdf import parse_paper

        paper = paper_text(self.paper.currentText())
        if paper is not None:
            parse_paper(paper)
        scale = self.scale.value() / 100 if (self.fixed.isChecked() or paper is None) else None
        return PosterOptions(
            paper=paper,
            orientation=self.orientation.currentData(),
            scale=scale,
            bleed=3 * MM if self.bleed.isChecked() and not self.tile.currentData() else 0.0,
            blank=self.blank.isChecked(),
            tile=self.tile.currentData() or None,
            overlap=self.overlap.value() * MM,
            base_dir=self.base_dir,
        )

    def _find_visible(self, parent) -> QRectF | None:
        """The scene rect the editor shows for this document, if a view can be found."""
        if parent is None:
            return None
        for view in parent.findChildren(QGraphicsView):
            scene = view.scene()
            if getattr(scene, "controller", None) is self.controller and view.isVisible():
                rect = view.mapToScene(view.viewport().rect()).boundingRect()
                return rect.intersected(scene.map_rect())
        return None

    def _layout(self, blank: bool):
        if blank not in self._layouts:
            self._layouts[blank] = (blank_layout(self.doc) if blank
                                    else (self.doc, layout_map(self.doc)))
        return self._layouts[blank]

    def _export_scene(self):
        if self._scene is None:
            from cjdesigner.export.raster import export_scene

            self._scene = export_scene(self.doc.model_copy(deep=True))
        return self._scene

    def _thumb(self, blank: bool) -> QImage | None:
        if blank not in self._thumbs:
            try:
                from cjdesigner.export.raster import render_image

                scene = self._export_scene() if not blank else None
                if scene is None:
                    from cjdesigner.export.raster import export_scene

                    doc, _ = self._layout(True)
                    scene = export_scene(doc)
                rect = scene.map_rect()
                dpi = max(10.0, min(96.0, 96.0 * 900 / max(rect.width(), 1)))
                self._thumbs[blank] = render_image(scene, dpi)
            except Exception:  # the preview is a help, never a reason to fail
                self._thumbs[blank] = None
        return self._thumbs[blank]

    # -- the preview and the summary ---------------------------------------------------------------
    def refresh(self) -> None:
        kind = self.kind()
        self.poster_box.setVisible(kind == "pdf")
        self.picture_box.setVisible(kind in ("png", "svg"))
        self.dpi.setEnabled(kind == "png")
        self.scale.setEnabled(self.fixed.isChecked() or
                              paper_text(self.paper.currentText()) is None)
        self.overlap.setEnabled(bool(self.tile.currentData()))
        self.bleed.setEnabled(not self.tile.currentData())
        self.warnings = []
        ok = True
        if kind == "pdf":
            ok = self._plan_poster()
        elif kind in ("png", "svg"):
            self._plan_picture(kind)
        else:
            self.preview.show_plan(None, None, self._thumb(False))
            stages = sum(1 for s in self.doc.stages if s.steps)
            self.info.setText(f"A Mermaid journey diagram ({stages} sections, "
                              f"{len(self.doc.step_ids())} tasks) and the cards as a "
                              "Markdown outline.")
        self.export_button.setEnabled(ok and bool(self.path.text().strip()))

    def _plan_poster(self) -> bool:
        try:
            options = self.poster_options()
            doc, lay = self._layout(options.blank)
            comp = compose(doc, lay, options)
            grid = plan_tiles(comp.width, comp.height, options.tile, options.overlap) \
                if options.tile else None
        except (PaperError, ValueError) as exc:
            self.preview.show_plan(None, None, None)
            self.info.setText(f"⚠ {exc}")
            return False
        self.preview.show_plan(comp, grid, self._thumb(options.blank))
        w_mm, h_mm = comp.width / MM, comp.height / MM
        shape = "landscape" if w_mm > h_mm else "portrait"
        lines = [f"Sheet {w_mm:.0f} × {h_mm:.0f} mm ({shape}); card titles print at "
                 f"{13 * comp.scale:.1f} pt."]
        if grid is not None:
            lines.append(f"{grid.count} sheets of {grid.sheet_name} ({grid.rows} rows × "
                         f"{grid.columns} columns) and an assembly guide.")
        if options.bleed:
            lines.append("With 3 mm bleed and crop marks.")
        uu = user_unit_for(comp.width, comp.height)
        if uu > 1 and grid is None:
            self.warnings.append("Longer than 200 in: written with UserUnit, which some "
                                 "viewers ignore; tiling is safer.")
        self.warnings += comp.warnings
        lines += [f"⚠ {w}" for w in self.warnings]
        self.info.setText("\n".join(lines))
        return True

    def _plan_picture(self, kind: str) -> None:
        rect = self._picture_rect()
        thumb = self._thumb(False)
        self.preview.show_plan(None, None, thumb)
        if rect is None:
            _, lay = self._layout(False)
            rect = QRectF(0, 0, lay.width, lay.height)
        part = "the visible part" if self.visible_only.isChecked() else "the whole map"
        if kind == "png":
            k = self.dpi.value() / 96
            self.info.setText(f"{part.capitalize()}: {rect.width() * k:.0f} × "
                              f"{rect.height() * k:.0f} pixels at {self.dpi.value()} dpi.")
        else:
            self.info.setText(f"{part.capitalize()} as scalable vector graphics "
                              f"({rect.width():.0f} × {rect.height():.0f}).")

    def _picture_rect(self) -> QRectF | None:
        if self.visible_only.isChecked() and self.visible_rect is not None:
            return self.visible_rect
        return None

    # -- files ----------------------------------------------------------------------------------------
    def _suffix_follows_format(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self.kind())))
        self.refresh()

    def _restore(self) -> None:
        if self.suggested:
            self.path.setText(str(Path(self.suggested).with_suffix(".pdf")))
        else:
            folder = self.settings.export_folder or str(Path.home())
            self.path.setText(str(Path(folder) / f"{_slug(self.doc.meta.title)}.pdf"))
        self.path.textChanged.connect(self.refresh)

    def _browse(self) -> None:
        kind = self.kind()
        filters = {"pdf": "PDF (*.pdf)", "png": "PNG picture (*.png)", "svg": "SVG (*.svg)",
                   "md": "Markdown (*.md)"}
        with self.dialogs.over(self) as dialogs:
            path = dialogs.save_file("Export to", filters[kind], self.path.text())
        if path:
            if Path(path).suffix.lower() != "." + kind:
                path += "." + kind
            self.path.setText(path)

    def export_to(self, path: str | Path) -> list[str]:
        """Write the chosen export to ``path``; returns warnings. Raises on failure."""
        path = Path(path)
        kind = self.kind()
        doc = self.doc
        if kind == "pdf":
            from cjdesigner.pdf import export_poster

            result = export_poster(doc, path, self.poster_options())
            warnings = result.warnings
        elif kind in ("png", "svg"):
            from cjdesigner.export.raster import render_png, render_svg

            scene = self._export_scene()
            rect = self._picture_rect()
            if kind == "png":
                render_png(doc, path, float(self.dpi.value()), rect, scene=scene)
            else:
                render_svg(doc, path, rect, scene=scene)
            warnings = []
        else:
            from cjdesigner.export.mermaid import export_mermaid

            export_mermaid(doc, path)
            warnings = []
        self.written = path
        return warnings

    def _export_clicked(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != "." + self.kind():
            path = path.with_suffix("." + self.kind())
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            warnings = self.export_to(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing is lost
            self.unsetCursor()
            with self.dialogs.over(self) as dialogs:
                dialogs.error("Export failed", f"{path.name} was not written:\n{exc}")
            return
        self.unsetCursor()
        self.settings.export_folder = str(path.resolve().parent)
        if warnings:
            with self.dialogs.over(self) as dialogs:
                dialogs.info("Exported with warnings", "\n\n".join(warnings))
        self.accept()
