"""Profile one path on a generated map: where does the time go?

    python -m bench.profile frame_fit 2000 [--runs 5] [--pyinstrument] [--sort tottime]

Paths: load, save, dumps, csv_import, csv_export, layout, scene_build, first_paint,
frame_100, frame_fit, drag, undo_move, poster_a0, poster_tiled.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .generate import generate_map

_KEEP: list[Any] = []
PATHS = ("load", "save", "dumps", "csv_import", "csv_export", "layout", "scene_build",
         "first_paint", "frame_100", "frame_fit", "drag", "undo_move", "poster_a0",
         "poster_tiled")


def prepare(path: str, size: int, work: Path) -> Callable[[], Any]:
    """A no-argument callable doing one run of ``path`` (set up outside the profile)."""
    from cjdesigner.fileio import dumps, load, save

    doc = generate_map(size)
    cjm = work / "map.cjm"
    save(doc, cjm)
    if path == "load":
        return lambda: load(cjm)
    if path == "save":
        return lambda: save(doc, cjm)
    if path == "dumps":
        return lambda: dumps(doc)
    if path in ("csv_import", "csv_export"):
        from cjdesigner.csvio import export_csv, import_csv

        csv_path = work / "cards.csv"
        export_csv(doc, csv_path)
        return (lambda: import_csv(csv_path)) if path == "csv_import" else (
            lambda: export_csv(doc, csv_path))
    if path == "layout":
        from cjdesigner.layout.engine import layout_map

        return lambda: layout_map(doc)
    if path in ("poster_a0", "poster_tiled"):
        from .poster import poster_api

        single, tiled = poster_api()
        out = work / "poster.pdf"
        fn = single if path == "poster_a0" else tiled
        return lambda: fn(doc, out)
    from . import qtbits

    qtbits.qapp()
    from cjdesigner.model.edits import MoveCards
    from cjdesigner.model.planning import move_cards

    from .paths import need

    CanvasView = need("cjdesigner.ui.canvas.view", "CanvasView")  # noqa: N806
    DocumentController = need("cjdesigner.ui.controller", "DocumentController")  # noqa: N806

    if path == "scene_build":
        return lambda: _KEEP.append(CanvasView(DocumentController(doc)))
    controller = DocumentController(doc)
    view = CanvasView(controller)
    _KEEP.append(view)  # the closures below do not hold it; the scene must outlive them
    view.resize(qtbits.VIEW_W, qtbits.VIEW_H)
    view.show()
    qtbits.process_events()
    if path == "first_paint":
        return lambda: qtbits.render(CanvasView(DocumentController(doc.model_copy(deep=True))))
    if path in ("frame_100", "frame_fit"):
        if path == "frame_fit":
            view.fit_all()
        else:
            view.zoom_to(1.0)
            view.centerOn(view.sceneRect().center())
        qtbits.process_events()
        return lambda: qtbits.render(view)
    steps = doc.step_ids()
    counter = iter(range(10**9))
    view.zoom_to(1.0)

    def move() -> MoveCards:
        card = doc.cards[(next(counter) * 7919) % len(doc.cards)]
        target = steps[(steps.index(card.step_id) + 1) % len(steps)]
        return move_cards(doc, [(card.id, card.lane_id, target, 0)])

    if path == "drag":
        def drag() -> None:
            controller.push(move())
            qtbits.process_events()
        return drag

    def undo() -> None:
        controller.push(move())
        qtbits.process_events()
        controller.undo_stack.undo()
        qtbits.process_events()
    return undo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", choices=PATHS)
    parser.add_argument("size", type=int, nargs="?", default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sort", default="cumulative", help="cProfile sort key")
    parser.add_argument("--lines", type=int, default=30)
    parser.add_argument("--pyinstrument", action="store_true", help="use pyinstrument")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cjprofile-") as tmp:
        fn = prepare(args.path, args.size, Path(tmp))
        fn()  # warm caches and imports
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
            for _ in range(args.runs):
                fn()
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))
            return 0
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.runs):
            fn()
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.lines)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
