"""The export dialog: every format of the export registry, each with its options widget
(``export_options.PANELS``), a preview (for the poster: the sheet, the map's place on it
and the sheet grid) and a summary.

``ExportDialog(controller, parent).exec()``. The formats and their options are those of
``cjdesigner export`` (``cjdesigner.export.registry``); the format's own export function
writes the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cjdesigner.export.registry import ExportFormat, all_formats
from cjdesigner.layout import MapLayout, layout_map
from cjdesigner.model import JourneyMap
from cjdesigner.pdf.poster import band_box, blank_layout, poster_map
from cjdesigner.pdf.sticky import DEFAULT_NOTES
from cjdesigner.ui.i18n import said_all, translate

from .dialogs import Dialogs
from .export_options import ExportContext, FormatPanel, Plan, panel_for, paper_text
from .long_task import LONG_TASK_CARDS, Cancelled, run_in_steps, run_with_progress
from .settings import Settings

__all__ = ["ExportDialog", "SheetPreview", "paper_text"]

ORANGE = "#D55E00"


def _slug(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()[:60] or "journey-map"


class SheetPreview(QWidget):
    """The sheet at scale: title and panels as soft blocks, the map's thumbnail in its
    place, and when tiling, the sheet grid with each sheet's code."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumSize(360, 260)
        self.comp = None
        self.grid = None
        self.thumb: QImage | None = None
        self.bleed = 0.0

    def show_plan(self, comp, grid, thumb: QImage | None, bleed: float = 0.0) -> None:
        self.comp, self.grid, self.thumb, self.bleed = comp, grid, thumb, bleed
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
        band = band_box(comp, self.bleed)  # as the PDF draws it (into the bleed or not)
        p.fillRect(box(band.x, band.y, band.w, band.h).intersected(page), QColor("#1F2933"))
        soft = QColor("#DDE3EA")
        if comp.title_box is not None:
            t = comp.title_box
            p.fillRect(box(t.x, t.top - t.h * 0.45, t.w * 0.55, t.h * 0.4), QColor("#9AA5B1"))
            p.fillRect(box(t.x, t.y + t.h * 0.1, t.w * 0.7, t.h * 0.25), soft)
        for b in (comp.persona_box, comp.legend_box, comp.matrix_box):
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
        # the map's file name, for the poster's slug line
        self.source_name: str | None = None
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self._scene = None
        self._thumbs: dict[tuple[bool, tuple[int, int] | None], QImage | None] = {}
        self._layouts: dict[tuple[bool, tuple[int, int] | None],
                            tuple[JourneyMap, MapLayout]] = {}
        self.visible_rect = visible_rect if visible_rect is not None else self._find_visible(parent)
        self.warnings: list[str] = []
        self.written: Path | None = None

        context = ExportContext(self.doc, lambda: self.base_dir, self.visible_rect,
                                self._layout, self._thumb, lambda: self.source_name)
        self.format = QComboBox()
        self.options = QStackedWidget()
        #: format id → its options widget
        self.panels: dict[str, FormatPanel] = {}
        for fmt in all_formats():
            self.format.addItem(fmt.label, fmt.id)
            panel = panel_for(fmt, context)
            panel.changed.connect(self.refresh)
            self.panels[fmt.id] = panel
            self.options.addWidget(panel)
        # -- output
        self.path = QLineEdit()
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.path, 1)
        out_row.addWidget(browse)
        self.preview = SheetPreview()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(translate("ExportDialog", "Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._export_clicked)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        top_form = QFormLayout()
        top_form.addRow(translate("ExportDialog", "Format"), self.format)
        left.addLayout(top_form)
        left.addWidget(self.options)
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
        file_form.addRow(translate("ExportDialog", "Save as"), out_row)
        outer.addLayout(file_form)
        outer.addWidget(buttons)
        self.resize(900, 560)

        self._restore_choices()
        self._restore()
        self.format.currentIndexChanged.connect(self._suffix_follows_format)
        self.refresh()

    # -- state ---------------------------------------------------------------------------------
    @property
    def doc(self):
        return self.controller.doc

    def kind(self) -> str:
        """The id of the chosen format ("pdf")."""
        return self.format.currentData()

    def chosen(self) -> ExportFormat:
        return self.panel().fmt

    def panel(self, format_id: str | None = None) -> FormatPanel:
        """The options widget of ``format_id`` (default: the chosen format)."""
        return self.panels[format_id or self.kind()]

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

    def _layout(self, blank: bool, notes: tuple[int, int] | None = DEFAULT_NOTES,
                ) -> tuple[JourneyMap, MapLayout]:
        key = (blank, notes if blank else None)
        if key not in self._layouts:
            if blank:
                self._layouts[key] = blank_layout(self.doc, notes)
            else:
                shown = poster_map(self.doc)  # as the poster prints it (an emotion band)
                self._layouts[key] = (shown, layout_map(shown))
        return self._layouts[key]

    def _thumb(self, blank: bool, notes: tuple[int, int] | None = DEFAULT_NOTES,
               ) -> QImage | None:
        key = (blank, notes if blank else None)
        if key not in self._thumbs:
            try:
                if blank:
                    # the blank template as the PDF draws it: its tall rows, its notes
                    self._thumbs[key] = self._pdf_thumb(notes)
                else:
                    from .raster import export_scene, render_image

                    # the map as the poster prints it (with its emotion band)
                    doc = poster_map(self.doc).model_copy(deep=True)
                    scene = export_scene(doc)
                    rect = scene.map_rect()
                    dpi = max(10.0, min(96.0, 96.0 * 900 / max(rect.width(), 1)))
                    self._thumbs[key] = render_image(scene, dpi)
            except Exception:  # the preview is a help, never a reason to fail
                self._thumbs[key] = None
        return self._thumbs[key]

    def _pdf_thumb(self, notes: tuple[int, int] | None) -> QImage:
        from cjdesigner.export.poster_picture import map_thumbnail

        doc, lay = self._layout(True, notes)
        picture = map_thumbnail(doc, lay, True, notes)
        data = picture.tobytes()
        return QImage(data, picture.width, picture.height, picture.width * 3,
                      QImage.Format.Format_RGB888).copy()

    # -- the preview and the summary ---------------------------------------------------------------
    def refresh(self) -> None:
        panel = self.panel()
        self.options.setCurrentWidget(panel)
        plan: Plan = panel.plan()
        self.preview.show_plan(plan.comp, plan.grid, plan.thumb, plan.bleed)
        self.warnings = plan.warnings
        self.info.setText(plan.text)
        self.export_button.setEnabled(plan.ok and bool(self.path.text().strip()))

    # -- files ----------------------------------------------------------------------------------------
    def _suffix_follows_format(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.chosen().suffix)))
        self.refresh()

    def _restore_choices(self) -> None:
        """The format and options chosen at the last export."""
        choices = self.settings.export_choices
        panels = choices.get("panels")
        if isinstance(panels, dict):
            for format_id, state in panels.items():
                if format_id in self.panels and isinstance(state, dict):
                    self.panels[format_id].restore(state)
        index = self.format.findData(choices.get("format"))
        if index >= 0:
            self.format.setCurrentIndex(index)

    def _remember_choices(self) -> None:
        previous = self.settings.export_choices.get("panels")
        panels = dict(previous) if isinstance(previous, dict) else {}
        panels[self.kind()] = self.panel().state()
        self.settings.export_choices = {"format": self.kind(), "panels": panels}

    def _restore(self) -> None:
        suffix = self.chosen().suffix
        if self.suggested:
            self.path.setText(str(Path(self.suggested).with_suffix(suffix)))
        else:
            folder = self.settings.export_folder or str(Path.home())
            self.path.setText(str(Path(folder) / f"{_slug(self.doc.meta.title)}{suffix}"))
        self.path.textChanged.connect(self.refresh)

    def _browse(self) -> None:
        fmt = self.chosen()
        with self.dialogs.over(self) as dialogs:
            path = dialogs.save_file(translate("ExportDialog", "Export to"), fmt.file_filter, self.path.text())
        if path:
            if Path(path).suffix.lower() != fmt.suffix:
                path += fmt.suffix
            self.path.setText(path)

    #: maps with this many cards are exported with a progress bar and Cancel: in a worker
    #: thread when the format is Qt-free, band by band here when Qt draws it (the window
    #: passes its own figures)
    long_task_cards = LONG_TASK_CARDS
    progress_delay_ms = 400

    def export_to(self, path: str | Path) -> list[str]:
        """Write the chosen export to ``path``; returns warnings. Raises on failure, and
        ``Cancelled`` when the user stopped a long export (nothing is written then)."""
        path = Path(path)
        fmt, doc, options = self.chosen(), self.doc, self.panel().values()
        if len(doc.cards) >= self.long_task_cards and not callable(fmt.export):
            # drawn by Qt: here, band by band, Cancel between bands (``long_task``)
            warnings = run_in_steps(
                self, translate("ExportDialog", "Exporting {name}").format(name=path.name),
                lambda progress: fmt.run(doc, path, {**options, "progress": progress}),
                self.progress_delay_ms,
            )
        elif len(doc.cards) >= self.long_task_cards:
            warnings = run_with_progress(
                self, translate("ExportDialog", "Exporting {name}").format(name=path.name), lambda _progress: fmt.run(doc, path, options),
                self.progress_delay_ms, interruptible=True,
            )
        else:
            warnings = fmt.run(doc, path, options)
        self.written = path
        return warnings

    def _export_clicked(self) -> None:
        fmt = self.chosen()
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != fmt.suffix:
            path = path.with_suffix(fmt.suffix)
        if path.exists():
            with self.dialogs.over(self) as dialogs:
                if not dialogs.confirm(translate("ExportDialog", "Replace file?"),
                                       translate("ExportDialog", "“{name}” already exists in {parent}. Replace it?").format(name=path.name, parent=path.parent), translate("ExportDialog", "Replace")):
                    return  # nothing written; the dialog stays for another name
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            warnings = self.export_to(path)
        except Cancelled:
            self.unsetCursor()  # stopped by the user: nothing written, the dialog stays
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing is lost
            self.unsetCursor()
            with self.dialogs.over(self) as dialogs:
                dialogs.error(translate("ExportDialog", "Export failed"), translate("ExportDialog", "{name} was not written:\n{exc}").format(name=path.name, exc=exc))
            return
        self.unsetCursor()
        self.settings.export_folder = str(path.resolve().parent)
        self._remember_choices()
        if warnings:
            with self.dialogs.over(self) as dialogs:
                dialogs.info(translate("ExportDialog", "Exported with warnings"), "\n\n".join(said_all(warnings)))
        self.accept()
