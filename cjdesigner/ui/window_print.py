"""File › Page Setup…, Print… and Print Tiled…: the current map's poster on a printer,
through Qt's print dialogs (:mod:`printing`). A part of :class:`MainWindow`
(``window.printing``) that sees the window only through :class:`PrintHost`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from cjdesigner.ui.i18n import said, said_all, translate

from .long_task import Cancelled, Progress
from .printing import (
    PrintError,
    Printout,
    make_pdf,
    make_printer,
    prepare,
    print_pdf,
    remember_page_setup,
)
from .settings import PAPER_SIZES, Settings

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from .dialogs import Dialogs
    from .document_tab import DocumentTab


class TileOptions(QWidget):
    """The "Poster" tab of the print dialog for tiled printouts: poster size and overlap."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("tileOptions")
        self.setWindowTitle(translate("WindowPrint", "Poster"))  # the tab's title
        self.settings = settings
        form = QFormLayout(self)
        self.paper = QComboBox()
        self.paper.addItems(PAPER_SIZES)
        self.paper.setCurrentText(settings.print_poster_paper)
        self.overlap = QDoubleSpinBox()
        self.overlap.setRange(0, 50)
        self.overlap.setDecimals(0)
        self.overlap.setSuffix(translate("WindowPrint", " mm"))
        self.overlap.setValue(settings.print_overlap_mm)
        form.addRow(translate("WindowPrint", "Poster size"), self.paper)
        form.addRow(translate("WindowPrint", "Overlap"), self.overlap)
        hint = QLabel(translate("WindowPrint", "The poster is split across the printer’s sheets, with cut and glue "
                      "marks and an assembly guide first, as in a tiled PDF."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def remember(self) -> None:
        self.settings.print_poster_paper = self.paper.currentText()
        self.settings.print_overlap_mm = self.overlap.value()


T = TypeVar("T")


class PrintHost(Protocol):
    """What printing needs from the window."""

    settings: Settings
    dialogs: Dialogs
    long_task_cards: int

    def run_long(self, title: str, job: Callable[[Progress | None], T], long: bool,
                 interruptible: bool = False) -> T: ...

    def current_tab(self) -> DocumentTab | None: ...

    def show_message(self, text: str) -> None: ...

    def setCursor(self, cursor: Qt.CursorShape) -> None: ...  # noqa: N802 - Qt's name

    def unsetCursor(self) -> None: ...  # noqa: N802 - Qt's name


class PrintCommands:
    def __init__(self, window: PrintHost) -> None:
        self.window = window
        self._printer: QPrinter | None = None

    def printer(self) -> QPrinter:
        """The window's printer, set up as the user last left it."""
        if self._printer is None:
            self._printer = make_printer(self.window.settings)
        return self._printer

    def page_setup(self) -> bool:
        printer = self.printer()
        if not self.window.dialogs.page_setup(printer):
            return False
        remember_page_setup(self.window.settings, printer)
        self.window.show_message(translate("WindowPrint", "Page setup saved"))
        return True

    def print_map(self, tiled: bool = False) -> Printout | None:
        """Print the current map's poster, fitted to a page or tiled across sheets."""
        tab = self.window.current_tab()
        if tab is None:
            return None
        printer = self.printer()
        printer.setFromTo(0, 0)  # every page, unless the user picks a range this time
        options = TileOptions(self.window.settings) if tiled else None
        title = translate("WindowPrint", "Print poster on several sheets") if tiled else translate("WindowPrint", "Print poster")
        if not self.window.dialogs.print_setup(printer, title, options):
            return None
        if options is not None:
            options.remember()
        remember_page_setup(self.window.settings, printer)
        doc = tab.controller.doc
        preparation = prepare(
            printer, tiled=tiled, poster_paper=self.window.settings.print_poster_paper,
            overlap_mm=self.window.settings.print_overlap_mm,
            base_dir=Path(tab.path).parent if tab.path else None,
        )
        try:  # the export in a worker for a large map (Cancel stops it), then the printer
            data, result = self.window.run_long(
                "Preparing the printout", lambda _progress: make_pdf(doc, preparation),
                len(doc.cards) >= self.window.long_task_cards, interruptible=True,
            )
            self.window.setCursor(Qt.CursorShape.WaitCursor)
            try:
                done = print_pdf(printer, preparation, data, result)
            finally:
                self.window.unsetCursor()
        except Cancelled:
            self.window.show_message(translate("WindowPrint", "Printing stopped; nothing was sent to the printer"))
            return None
        except PrintError as exc:
            self.window.dialogs.error(translate("WindowPrint", "Could not print"), said(exc).capitalize())
            return None
        where = (printer.outputFileName() or printer.printerName()
                 or translate("WindowPrint", "the printer"))
        self.window.show_message(
            QCoreApplication.translate("WindowPrint", "Sent %n page(s) to {printer}", None, done.pages)
            .format(printer=Path(where).name if "/" in where else where))
        if done.warnings:
            self.window.dialogs.info(translate("WindowPrint", "Printed with warnings"), "\n".join(said_all(done.warnings)))
        return done
