"""PySide6 6.12.0 dropped a reference to None on every setter call and aborted after a
few thousand; the frozen headers call setPos on every scroll. Catch a repeat."""

from cjdesigner.model.sample import sample_map
from cjdesigner.ui.canvas.scene import CanvasScene
from cjdesigner.ui.controller import DocumentController


def test_setpos_200000_times(qapp):
    scene = CanvasScene(DocumentController(sample_map()))
    item = scene.header_row
    for i in range(200_000):
        item.setPos(0.0, float(i & 255))
    assert item.pos().y() == float(199_999 & 255)
