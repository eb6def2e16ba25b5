"""PySide6 6.12.0 aborted the interpreter ("none_dealloc") after a few thousand setter
calls: each dropped a reference to None. This calls one 200,000 times so a release with
the same fault fails here instead of in a designer's hands."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem


def test_set_pos_two_hundred_thousand_times(qapp):
    item = QGraphicsRectItem(0, 0, 10, 10)
    refs_before = sys.getrefcount(None)
    for i in range(200_000):
        item.setPos(i % 97, i % 89)
    assert item.pos().x() == (199_999 % 97)
    # a leak of None references would show as a large drift (immortal in 3.12+: no drift)
    assert sys.getrefcount(None) >= refs_before - 1000
