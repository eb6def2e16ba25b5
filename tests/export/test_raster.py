"""PNG and SVG from the canvas scene: whole map and a part."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from cjdesigner.model.sample import sample_map
from cjdesigner.ui.raster import RasterError, export_scene, render_image, render_png, render_svg


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
    doc.cards[0].title = "Notices a banner — Բարև"  # Armenian: the fallback face
    out = tmp_path / "map.svg"
    render_svg(doc, out)
    text = out.read_text(encoding="utf-8")
    ET.fromstring(text.encode("utf-8"))  # still well-formed XML
    faces = re.findall(r"font-family: '([^']+)'; font-weight: (\d+); font-style: \w+; "
                       r"src: url\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\)", text)
    families = {family for family, _, _ in faces}
    assert families == {"Source Sans Pro", "cjdesigner fallback"}
    for family, _, data in faces:
        cmap = TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()
        wanted = "Բարև" if family == "cjdesigner fallback" else "Notices a banner"
        assert all(ord(ch) in cmap for ch in wanted)
    assert len(text) < 400_000
