"""Work done in a fresh interpreter: cold start and peak memory.

    python -m bench.child start app|bare [FILE]   prints "ready" once a window is painted
    python -m bench.child memory editor|bare FILE  prints JSON with the peak RSS
    python -m bench.child poster app|qpdf FILE OUT  prints JSON with the first export's time
    python -m bench.child export FILE [OUT ARGS…]   ``cjdesigner export FILE -o OUT ARGS``
                                                   (without OUT: ``validate``); JSON with
                                                   its time and peak RSS

With a map, "ready" waits for the window's delayed zoom-to-fit (a single-shot timer
after the tab opens) and paints after it, so the figure is the time to the view the
user actually sees.

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


def _watch_fit(window: Any) -> list[bool] | None:
    """Wrap the window's delayed initial fit; the list turns [True] once it has run."""
    fit = getattr(window, "_initial_fit", None)
    if not callable(fit):
        return None
    done: list[bool] = []

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        try:
            return fit(*args, **kwargs)
        finally:
            done.append(True)

    window._initial_fit = wrapped  # the timer looks the method up when it fires
    return done


def _paint_and_report(window: Any, fitted: list[bool] | None = None) -> None:
    import time

    from PySide6.QtCore import QCoreApplication, QEventLoop

    window.resize(1600, 1000)
    window.show()
    QCoreApplication.processEvents()
    if fitted is not None:
        give_up = time.perf_counter() + 10
        while not fitted and time.perf_counter() < give_up:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        if not fitted:
            print("error: the window's initial fit never ran", flush=True)
            return
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
    fitted = _watch_fit(window) if path else None
    if path and not open_in(window, path):
        print("n/a: the main window has no open method", flush=True)
        return 2
    _paint_and_report(window, fitted)
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


def poster(mode: str, path: str, out: str) -> int:
    """The first A0 export of a process that has only loaded the map (and, for QPdfWriter,
    built the canvas scene it renders): no warm-up, no caches from earlier runs."""
    import time
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from cjdesigner.fileio import load

    app = QApplication(sys.argv[:1])
    doc = load(path)
    if mode == "qpdf":
        from bench.poster import qpdfwriter_scene
        from cjdesigner.ui.canvas.view import CanvasView
        from cjdesigner.ui.controller import DocumentController

        view = CanvasView(DocumentController(doc))
        begin = time.perf_counter()
        qpdfwriter_scene(view.scene(), Path(out))
    else:
        from bench.poster import poster_api

        single, _tiled = poster_api()
        begin = time.perf_counter()
        single(doc, Path(out))
    elapsed = time.perf_counter() - begin
    print(json.dumps({"seconds": elapsed, "bytes": Path(out).stat().st_size}), flush=True)
    del app
    return 0


def export(path: str, out: str | None, args: list[str]) -> int:
    """One command-line export (or, without ``out``, a validate: the load alone) in this
    fresh process, timed from the call, with the process's peak RSS after it."""
    import time

    from bench.qtbits import peak_rss
    from cjdesigner.cli import main as cli

    command = ["export", path, "-o", out, "--force", *args] if out else ["validate", path]
    begin = time.perf_counter()
    code = cli(command)
    elapsed = time.perf_counter() - begin
    if code != 0:
        print(f"error: cjdesigner {' '.join(command[:1])} exited {code}", flush=True)
        return 1
    print(json.dumps({"seconds": elapsed, "peak_bytes": peak_rss()}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "export":
        return export(argv[1], argv[2] if len(argv) > 2 else None, argv[3:])
    if len(argv) >= 2 and argv[0] == "start":
        return start(argv[1], argv[2] if len(argv) > 2 else None)
    if len(argv) == 4 and argv[0] == "poster":
        return poster(argv[1], argv[2], argv[3])
    if len(argv) == 3 and argv[0] == "memory":
        return memory(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
