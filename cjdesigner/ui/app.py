"""Starting the editor: application, font, look, exception hook, window, event loop.

One editor per user: when one is running already, ``run`` hands it the file (or just
brings it to the front) and returns 0 (:mod:`single_instance`).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from cjdesigner import __version__
from cjdesigner.about import APP_ID
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
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from .application import Application

        app = Application(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("cjdesigner")
    app.setDesktopFileName(APP_ID)  # Wayland and the taskbar match the window to its .desktop
    icon = resource_path("icons", "cjdesigner.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    family = load_fonts()
    if family:
        font = QFont(family)
        font.setPointSizeF(10.5)
        app.setFont(font)
    from . import i18n, theme
    from .settings import Settings

    i18n.install(app, Settings().language)

    theme.follow_system(app)
    return app


def run(path: str | None = None) -> int:
    """Open the editor on ``path`` (or the start page) and run until the window closes;
    when an editor is running already, give it ``path`` instead and return 0."""
    app = make_app()
    from .single_instance import InstanceServer, Reply, server_name

    files = [path] if path else []
    server = None
    name = server_name()
    if name is not None:
        server = InstanceServer(name, app)
        if server.start(files) is Reply.TAKEN:
            return 0
    from .application import Application
    from .errors import install_excepthook
    from .main_window import MainWindow

    window = MainWindow()
    hook = install_excepthook(window.autosave_all, lambda: window)
    if server is not None and server.is_listening():
        server.filesReceived.connect(window.desktop.open_from_outside)
    window.show()
    if path:
        window.desktop.open_files([path])
    os_files = app if isinstance(app, Application) else None

    def os_open(file: str) -> None:
        window.desktop.open_from_outside([file])

    if os_files is not None:  # files the OS sends (macOS), those from before the window first
        os_files.fileOpenRequested.connect(os_open)
        window.desktop.open_files(os_files.listen_for_files())
    window.offer_recovery()
    try:
        return app.exec()
    finally:
        hook.uninstall()
        if os_files is not None:
            os_files.fileOpenRequested.disconnect(os_open)
            os_files.stop_listening()
        if server is not None:
            server.close()

