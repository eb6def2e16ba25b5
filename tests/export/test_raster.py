"""PNG and SVG from the canvas scene: whole map and a part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from cjdesigner.model.sample import sample_map
from cjdesigner.ui.raster import RasterError, export_scene, render_image, render_png, render_svg
from tests.edit_helpers import set_fields


def test_whole_map_size_follows_dpi(qapp):
    scene = export_scene(sample_map())
    rect = scene.map_rect()
    image = render_image(scene, dpi=192)
    assert image.width() == round(rect.width() * 2)
    assert image.height() == round(rect.height() * 2)


def test_visible_part(tmp_path, qapp):
    doc = sample_map()
    scene = export_scene(doc)
    out = tmp_path / "part.png"
    render_png(doc, out, dpi=96, rect=QRectF(0, 0, 300, 200), scene=scene)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (300, 200)
    svg = tmp_path / "part.svg"
    render_svg(doc, svg, rect=QRectF(100, 0, 400, 300), scene=scene)
    assert 'viewBox="0 0 400 300"' in svg.read_text(encoding="utf-8")


def test_outside_and_huge_are_refused(qapp):
    scene = export_scene(sample_map())
    with pytest.raises(RasterError):
        render_image(scene, 96, QRectF(-1000, -1000, 10, 10))
    with pytest.raises(RasterError):
        render_image(scene, 5000)


def test_svg_embeds_font_subsets_for_its_text(tmp_path, qapp):
    import base64
    import io
    import re
    import xml.etree.ElementTree as ET

    from fontTools.ttLib import TTFont

    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="Notices a banner — Բարև")  # Armenian: shaped by the engine
    out = tmp_path / "map.svg"
    render_svg(doc, out)
    text = out.read_text(encoding="utf-8")
    ET.fromstring(text.encode("utf-8"))  # still well-formed XML
    faces = re.findall(r"font-family: '([^']+)'; font-weight: (\d+); font-style: \w+; "
                       r"src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", text)
    families = {family for family, _, _ in faces}
    # text the main face sets plainly stays text, in subsets that keep the layout
    # features (GSUB, GPOS); the line with Armenian is the engine's glyphs, as outlines
    assert families == {"Source Sans Pro"}
    for _, _, data in faces:
        subset = TTFont(io.BytesIO(base64.b64decode(data)))
        assert all(ord(ch) in subset.getBestCmap() for ch in "Notices a banner")
        assert "GSUB" in subset and "GPOS" in subset
    assert len(text) < 400_000
