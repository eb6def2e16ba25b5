"""The big clock on the projector never covers the map: the whole map (or the stage in the
spotlight) shows in the part of the screen the clock and the control bar leave free,
measured on screen, card by card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSizeF, Qt

from cjdesigner.ui.presenting import margins_clear_of


@pytest.fixture
def projector(make_window, map_file, qtbot):
    window = make_window()
    tab = window.open_path(str(map_file))
    window.resize(1280, 720)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(tab.canvas, Qt.Key.Key_F5)
    assert window.presenting()
    return window, tab


def on_window(widget, rect: QRect, window) -> QRect:
    return QRect(widget.mapTo(window, rect.topLeft()), rect.size())


def cards_on_screen(window, tab) -> dict[str, QRect]:
    """Each card's rectangle in the window's coordinates, where the viewport shows it."""
    canvas = tab.canvas
    viewport = canvas.viewport()
    shown = on_window(viewport, viewport.rect(), window)
    out = {}
    for card_id, box in canvas.canvas_scene.layout.cards.items():
        r = box.rect
        polygon = canvas.mapFromScene(QRectF(r.x, r.y, r.w, r.h))
        rect = on_window(viewport, polygon.boundingRect(), window)
        out[card_id] = rect.intersected(shown)
    return out


def map_on_screen(window, tab) -> QRect:
    """The whole map (headers, lanes, cards) in the window's coordinates, as far as shown."""
    canvas = tab.canvas
    viewport = canvas.viewport()
    whole = canvas.mapFromScene(canvas.canvas_scene.map_rect()).boundingRect()
    return on_window(viewport, whole.intersected(viewport.rect()), window)


def clock_on_screen(window) -> QRect:
    frame = window.presenter.overlay.clock_frame
    assert frame.isVisible()
    return on_window(frame, frame.rect(), window)


def test_the_whole_map_shows_clear_of_the_clock_and_the_controls(projector, qtbot):
    window, tab = projector
    presenter = window.presenter
    qtbot.waitUntil(lambda: presenter.fitted(), timeout=5_000)
    overlay = presenter.overlay
    bar = on_window(overlay.bar, overlay.bar.rect(), window)

    def clear() -> bool:
        clock, shown = clock_on_screen(window), map_on_screen(window, tab)
        cards = cards_on_screen(window, tab)
        return (not shown.intersects(clock) and not shown.intersects(bar)
                and all(not r.intersects(clock) and not r.intersects(bar) for r in cards.values()))

    qtbot.waitUntil(clear, timeout=5_000)
    cards = cards_on_screen(window, tab)
    # every card shows whole: the map fits, nothing is cut off at an edge
    canvas = tab.canvas
    for card_id, box in canvas.canvas_scene.layout.cards.items():
        whole = canvas.mapFromScene(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
        assert cards[card_id].size() == whole.boundingRect().size(), card_id
    # and the clock sits in its reserved band: the top-right card is under it, not beside it
    clock = clock_on_screen(window)
    right = max(cards.values(), key=lambda r: (r.right(), -r.top()))
    assert right.top() > clock.bottom() or right.right() < clock.left()
    shown = map_on_screen(window, tab)
    assert shown.top() > clock.bottom() or shown.right() < clock.left()
    # the map is no smaller than it needs to be: at least 80 % of the fit without a clock
    rect = canvas.canvas_scene.map_rect()
    plain = min((canvas.width() - 24) / rect.width(), (canvas.height() - 24) / rect.height())
    assert canvas.zoom_factor() >= 0.8 * plain


def test_hiding_the_controls_gives_their_room_back_and_leaving_restores_the_view(projector, qtbot):
    window, tab = projector
    presenter = window.presenter
    qtbot.waitUntil(lambda: presenter.fitted(), timeout=5_000)
    canvas = tab.canvas
    with_bar = canvas.viewportMargins().bottom()
    assert with_bar > 0
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: canvas.viewportMargins().bottom() == 0, timeout=5_000)
    assert presenter.fitted()  # fitted again into the larger space
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not window.presenting()
    assert canvas.viewportMargins().isNull()
    assert canvas.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_the_spotlighted_stage_is_clear_of_the_clock_too(projector, qtbot):
    window, tab = projector
    qtbot.waitUntil(lambda: window.presenter.fitted(), timeout=5_000)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_Right)
    stage = window.room_state.state.spotlight
    assert stage is not None
    clock = clock_on_screen(window)
    doc = tab.controller.doc
    steps = {s.id for s in next(s for s in doc.stages if s.id == stage).steps}
    cards = cards_on_screen(window, tab)
    inside = [cards[c.id] for c in doc.cards if c.step_id in steps]
    assert inside and not any(r.intersects(clock) for r in inside if not r.isEmpty())


@pytest.mark.parametrize(("map_size", "where"), [
    (QSizeF(4000, 1000), "under"),   # a wide map: the clock gets a band above it
    (QSizeF(1000, 1400), "beside"),  # a tall one: a column beside it
])
def test_the_map_goes_where_it_shows_larger(map_size, where):
    canvas = QRect(0, 0, 1920, 1080)
    clock = QRect(1600, 24, 296, 150)
    bar = QRect(560, 1000, 800, 56)
    margins = margins_clear_of(canvas, [clock], bar, map_size)
    free = canvas.marginsRemoved(margins)
    assert not free.intersects(clock) and not free.intersects(bar)
    assert margins.bottom() == 1080 - 1000 + 12 - 1
    if where == "under":
        assert margins.top() > 0 and margins.right() == 0
    else:
        assert margins.right() > 0 and margins.top() == 0
    # without a bar (controls hidden) only the clock is kept clear
    assert margins_clear_of(canvas, [clock], None, map_size).bottom() == 0
    assert margins_clear_of(canvas, [], None, map_size).isNull()


def test_no_point_of_the_map_reaches_under_the_clock_when_zoomed_in(projector, qtbot):
    window, tab = projector
    qtbot.waitUntil(lambda: window.presenter.fitted(), timeout=5_000)
    canvas = tab.canvas
    canvas.zoom_to(2.0)
    clock = clock_on_screen(window)
    viewport = on_window(canvas.viewport(), canvas.viewport().rect(), window)
    assert not viewport.intersects(clock)
    assert viewport.contains(QPoint(viewport.center()))


def test_the_vote_panel_above_the_controls_leaves_the_cards_in_view(projector, qtbot):
    window, tab = projector
    presenter = window.presenter
    qtbot.waitUntil(lambda: presenter.fitted(), timeout=5_000)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_V)
    panel = presenter.overlay.vote_panel
    assert panel.isVisible()

    def clear() -> bool:
        shown = on_window(panel, panel.rect(), window)
        cards = cards_on_screen(window, tab).values()
        return presenter.fitted() and not map_on_screen(window, tab).intersects(shown) and \
            not any(r.intersects(shown) for r in cards)

    qtbot.waitUntil(clear, timeout=5_000)
    qtbot.keyClick(tab.canvas, Qt.Key.Key_V)  # closed: the map takes the room back
    qtbot.waitUntil(lambda: tab.canvas.viewportMargins().bottom() < 150, timeout=5_000)
