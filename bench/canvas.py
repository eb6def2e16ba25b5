"""Canvas paths: open to first paint, scene build, frames, a card drag, undo of a move.

Each beside the bare-scene baseline (``qtbits.bare_view``) doing the same thing, or, for
undo, the same edit undone on a controller without a canvas.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cjdesigner.fileio import load

from . import qtbits
from .paths import Case, guarded, need
from .stats import Row, measure


def _canvas_api() -> tuple[Any, Any]:
    view_cls = need("cjdesigner.ui.canvas.view", "CanvasView")
    controller_cls = need("cjdesigner.ui.controller", "DocumentController")
    return view_cls, controller_cls


def _open_view(view_cls: Any, controller: Any) -> Any:
    view = view_cls(controller)
    view.resize(qtbits.VIEW_W, qtbits.VIEW_H)
    return view


def _card_centres(doc: Any) -> dict[str, tuple[float, float]]:
    """Scene position of each card from the shared layout (when it exists)."""
    try:
        layout_map = need("cjdesigner.layout.engine", "layout_map")
        layout = layout_map(doc)
        boxes = getattr(layout, "cards", None)
        if isinstance(boxes, Mapping):  # a dict, or the layout's CardBoxes
            boxes = boxes.values()
        return {b.card_id: (b.rect.x + b.rect.w / 2, b.rect.y + b.rect.h / 2) for b in boxes}
    except Exception:  # noqa: BLE001 - only used to aim the view
        return {}


def canvas_rows(case: Case) -> list[Row]:
    rows: list[Row] = []
    n, r = case.size, case.repeat
    qtbits.qapp()
    data = json.loads(case.raw)

    def _open() -> list[Row]:
        view_cls, controller_cls = _canvas_api()

        def open_app(_: Any) -> Any:
            controller = controller_cls(load(case.cjm))
            view = _open_view(view_cls, controller)
            qtbits.render(view)
            return view, controller

        def open_bare(_: Any) -> Any:
            view, _items = qtbits.bare_view(json.loads(case.cjm.read_bytes()))
            qtbits.render(view)
            return view, None

        def fresh_controller() -> Any:  # untimed: a private copy of the map
            return controller_cls(case.doc.model_copy(deep=True))

        def build(controller: Any) -> Any:
            return _open_view(view_cls, controller), None

        def build_bare(_: Any) -> Any:
            return qtbits.bare_view(data)[0], None

        def paint_setup() -> Any:
            return _open_view(view_cls, controller_cls(case.doc.model_copy(deep=True)))

        def paint_bare_setup() -> Any:
            return qtbits.bare_view(data)[0]

        def first_paint(view: Any) -> Any:
            qtbits.render(view)
            return view, None

        def drop(pair: Any) -> None:
            qtbits.dispose(pair[0])

        return [
            Row("open_to_paint", n, "open: load + scene + first paint",
                measure(open_app, r, teardown=drop),
                "json.loads + bare scene + paint", measure(open_bare, r, teardown=drop)),
            Row("scene_build", n, "scene build", measure(build, r, setup=fresh_controller,
                                                        teardown=drop),
                "bare scene build", measure(build_bare, r, teardown=drop)),
            Row("first_paint", n, "first paint (render to QImage)",
                measure(first_paint, r, setup=paint_setup, teardown=drop),
                "bare scene first paint",
                measure(first_paint, r, setup=paint_bare_setup, teardown=drop)),
        ]

    def _frames() -> list[Row]:
        view_cls, controller_cls = _canvas_api()
        view = _open_view(view_cls, controller_cls(case.doc.model_copy(deep=True)))
        bare, _items = qtbits.bare_view(data)
        try:
            for v in (view, bare):
                v.show()
            qtbits.process_events()
            out: list[Row] = []
            view.zoom_to(1.0)
            view.centerOn(view.sceneRect().center())
            bare.centerOn(bare.sceneRect().center())
            qtbits.process_events()
            layer = view.scene().card_layer

            def cleared() -> None:  # untimed: the next frame renders every card afresh
                layer.clear_cache()

            def frame_rows(path: str, where: str, bare_label: str,
                           extra: dict[str, Any]) -> None:
                bare_stat = measure(lambda _: qtbits.render(bare), r, warmup=1)
                out.append(Row(path, n, f"frame {where} (cards cached)",
                               measure(lambda _: qtbits.render(view), r, warmup=1),
                               bare_label, bare_stat, extra=dict(extra, cache="warm")))
                out.append(Row(f"{path}_cold", n, f"frame {where} (cache cleared)",
                               measure(lambda _: qtbits.render(view), r, setup=cleared,
                                       warmup=1),
                               bare_label, bare_stat, extra=dict(extra, cache="cleared")))

            frame_rows("frame_100", "at 100 %", "bare scene at 100 %", {})
            view.fit_all()
            from PySide6.QtCore import Qt

            bare.fitInView(bare.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            qtbits.process_events()
            frame_rows("frame_fit", "zoomed to fit", "bare scene fitted",
                       {"zoom": view.transform().m11()})
            return out
        finally:
            qtbits.dispose(view)
            qtbits.dispose(bare)

    def _drag() -> list[Row]:
        view_cls, controller_cls = _canvas_api()
        move_cards = need("cjdesigner.model.planning", "move_cards")
        controller = controller_cls(case.doc.model_copy(deep=True))
        doc = controller.doc
        view = _open_view(view_cls, controller)
        bare, items = qtbits.bare_view(data)
        centres = _card_centres(doc)
        steps = doc.step_ids()
        try:
            for v in (view, bare):
                v.show()
            view.zoom_to(1.0)
            qtbits.process_events()
            painted = qtbits.PaintCounter(view.viewport())
            k = iter(range(10**9))

            def pick() -> Any:
                i = next(k)
                card = doc.cards[(i * 7919) % len(doc.cards)]
                target = steps[(steps.index(card.step_id) + 1) % len(steps)]
                where = centres.get(card.id)
                if where is not None:
                    view.centerOn(*where)
                    qtbits.process_events()
                return move_cards(doc, [(card.id, card.lane_id, target, 0)])

            paints: list[int] = []

            def drag(edit: Any) -> None:
                before = painted.count
                controller.push(edit)
                qtbits.process_events()
                paints.append(painted.count - before)

            stat = measure(drag, r, setup=pick, warmup=1)

            bare_ids = list(items)

            def bare_pick() -> Any:
                i = next(k)
                item = items[bare_ids[(i * 7919) % len(bare_ids)]]
                bare.centerOn(item)
                qtbits.process_events()
                return item

            def bare_drag(item: Any) -> None:
                item.setPos(item.pos().x() + qtbits.COL_W, item.pos().y())
                qtbits.process_events()

            alt = measure(bare_drag, r, setup=bare_pick, warmup=1)
            drag_row = Row("drag", n, "card drag: push MoveCards + relayout + repaint", stat,
                           "bare item setPos + repaint", alt,
                           extra={"viewport_paints_per_drag": paints,
                                  "view": "100 %, centred on the dragged card"})

            # undo of a move, beside the same undo on a controller without a canvas
            def undo_setup() -> None:
                controller.push(pick())
                qtbits.process_events()

            def undo(_: Any) -> None:
                controller.undo_stack.undo()
                qtbits.process_events()

            undo_stat = measure(undo, r, setup=undo_setup, warmup=1)
            plain = controller_cls(case.doc.model_copy(deep=True))
            plain_doc = plain.doc

            def plain_setup() -> None:
                i = next(k)
                card = plain_doc.cards[(i * 7919) % len(plain_doc.cards)]
                target = steps[(steps.index(card.step_id) + 1) % len(steps)]
                plain.push(move_cards(plain_doc, [(card.id, card.lane_id, target, 0)]))

            def plain_undo(_: Any) -> None:
                plain.undo_stack.undo()
                qtbits.process_events()

            undo_alt = measure(plain_undo, r, setup=plain_setup, warmup=1)
            undo_row = Row("undo_move", n, "undo of a move (+ scene update)", undo_stat,
                           "same undo, no canvas", undo_alt)
            return [drag_row, undo_row]
        finally:
            qtbits.dispose(view)
            qtbits.dispose(bare)

    guarded(rows, n, [("open_to_paint", "open: load + scene + first paint"),
                      ("scene_build", "scene build"),
                      ("first_paint", "first paint (render to QImage)")], _open)
    guarded(rows, n, [("frame_100", "frame at 100 % (cards cached)"),
                      ("frame_100_cold", "frame at 100 % (cache cleared)"),
                      ("frame_fit", "frame zoomed to fit (cards cached)"),
                      ("frame_fit_cold", "frame zoomed to fit (cache cleared)")], _frames)
    guarded(rows, n, [("drag", "card drag"), ("undo_move", "undo of a move")], _drag)
    return rows
