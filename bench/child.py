"""Work done in a fresh interpreter: cold start and peak memory.

    python -m bench.child start app|bare [FILE]   prints "ready" once a window is painted
    python -m bench.child memory editor|bare FILE  prints JSON with the peak RSS

The parent (``bench.process``) times from spawning the process to reading "ready", so
interpreter start, imports, window construction and the first paint all count.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

WINDOW_MODULES = ("cjdesigner.ui.window", "cjdesigner.ui.main_window", "cjdesigner.ui.mainwindow",
                  "cjdesigner.ui.app")


def find_window_class() -> Any:
    for name in WINDOW_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for attr in ("MainWindow", "EditorWindow", "Window"):
            cls = getattr(module, attr, None)
            if cls is not None:
                return cls
    return None


def open_in(window: Any, path: str) -> bool:
    for method in ("open_path", "open_file", "load_file", "open_document", "open"):
        fn = getattr(window, method, None)
        if callable(fn):
            fn(path)
            return True
    return False


def _paint_and_report(window: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    window.resize(1600, 1000)
    window.show()
    QCoreApplication.processEvents()
    window.grab()  # a full paint of the window, whatever the platform plugin does
    print("ready", flush=True)


def start(mode: str, path: str | None) -> int:
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setWindowTitle("bare")
        _paint_and_report(window)
        del app
        return 0
    try:  # the editor's own start-up: bundled fonts, theme, application names
        from cjdesigner.ui.app import make_app
    except ImportError:
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
    else:
        app = make_app(sys.argv[:1])
    cls = find_window_class()
    if cls is None:
        print("n/a: no main window class in " + ", ".join(WINDOW_MODULES), flush=True)
        return 2
    window = cls()
    if path and not open_in(window, path):
        print("n/a: the main window has no open method", flush=True)
        return 2
    _paint_and_report(window)
    del app
    return 0


def memory(mode: str, path: str) -> int:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from bench import qtbits

    app = QApplication(sys.argv[:1])
    raw = Path(path).read_bytes()
    if mode == "bare":
        view, _items = qtbits.bare_view(json.loads(raw))
    else:
        from cjdesigner.fileio import load

        try:
            from cjdesigner.ui.canvas.view import CanvasView
            from cjdesigner.ui.controller import DocumentController
        except ImportError as exc:
            print(json.dumps({"na": f"n/a (not available: {exc.name or exc})"}), flush=True)
            return 0
        view = CanvasView(DocumentController(load(path)))
        view.resize(qtbits.VIEW_W, qtbits.VIEW_H)
    view.show()
    app.processEvents()
    qtbits.render(view)
    print(json.dumps({"peak_bytes": qtbits.peak_rss()}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "start":
        return start(argv[1], argv[2] if len(argv) > 2 else None)
    if len(argv) == 3 and argv[0] == "memory":
        return memory(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
