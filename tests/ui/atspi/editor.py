"""Run by the AT-SPI test: the editor on a map, shown on the X server, until stdin closes."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    path, home = sys.argv[1], Path(sys.argv[2])
    app = QApplication([sys.argv[0]])
    app.setApplicationName("cjdesigner-atspi-test")
    from cjdesigner.ui.main_window import MainWindow
    from cjdesigner.ui.recovery import RecoveryStore
    from cjdesigner.ui.settings import Settings

    settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, store=RecoveryStore(home / "recovery"))
    window.resize(1400, 900)
    window.show()
    tab = window.open_path(path)
    assert tab is not None

    def ready() -> None:
        tab.canvas.zoom_to(0.8)
        tab.canvas.setFocus()
        print("ready", flush=True)

    QTimer.singleShot(500, ready)
    # the test closes our stdin when it has read the tree
    threading.Thread(target=lambda: (sys.stdin.read(), QTimer.singleShot(0, app.quit)),
                     daemon=True).start()
    stop = QTimer(interval=200)
    stop.timeout.connect(lambda: None)  # let Python see the quit request
    stop.start()
    app.exec()
    for tab in window.all_tabs():
        tab.controller.mark_saved()
        tab.close_down()


if __name__ == "__main__":
    main()
