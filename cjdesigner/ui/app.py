"""Starting the editor: application, font, look, exception hook, window, event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.resources import (
    FONT_BOLD,
    FONT_ITALIC,
    FONT_REGULAR,
    FONT_SEMIBOLD,
    resource_path,
)

ORG_NAME = "cjdesigner"
APP_NAME = "cjdesigner"


def load_fonts() -> str | None:
    """Register the bundled Source Sans faces; the family name of the regular one."""
    family = None
    for path in (FONT_REGULAR, FONT_SEMIBOLD, FONT_BOLD, FONT_ITALIC):
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and path == FONT_REGULAR:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    return family


def make_app(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setOrganizationDomain("cjdesigner.example")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("cjdesigner")
    icon = resource_path("icons", "cjdesigner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(10.5)
        app.setFont(font)
    from . import theme

    theme.follow_system(app)
    return app


def run(path: str | None = None) -> int:
    """Open the editor on ``path`` (or the start page) and run until the window closes."""
    app = make_app()
    from .errors import install_excepthook
    from .main_window import MainWindow

    window = MainWindow()
    hook = install_excepthook(window.autosave_all, lambda: window)
    window.show()
    if path:
        window.open_path(path)
    window.offer_recovery()
    try:
        return app.exec()
    finally:
        hook.uninstall()
