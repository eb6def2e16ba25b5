"""Issue 9, items 9 and 12: SVG and PNG are written band by band (memory bounded by a
band, not by the map), and the SVG is well-formed XML whatever the text holds."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PIL import Image, ImageChops

from bench.generate import generate_map
from cjdesigner.export import svgstream
from cjdesigner.export.pngstream import PngWriter
from cjdesigner.model.sample import sample_map
from cjdesigner.ui import raster
from tests.edit_helpers import set_fields

CONTROL = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r")


def test_svg_is_xml_with_control_characters_in_every_text(tmp_path, qapp):
    doc = sample_map()
    set_fields(doc, "meta", title=f"Map\x01{CONTROL}")
    set_fields(doc, "meta", objective="Goal\x02 <b>&</b>")
    for stage in doc.stages:
        set_fields(doc, "stage", stage.id, name=stage.name + "\x03")
        for step in stage.steps:
            set_fields(doc, "step", step.id, name="\x0b" + step.name)
    for lane in doc.lanes:
        set_fields(doc, "lane", lane.id, title=lane.title + "\x1f")
    for card in doc.cards:
        set_fields(doc, "card", card.id, title=f"T\x01{CONTROL}itle ]]> <script>",
                   description="D\x0c\ufffe", owner="O\x08", tags=["t\x07"])
    out = tmp_path / "map.svg"
    raster.render_svg(doc, out)
    root = ET.parse(out).getroot()  # well-formed
    texts = "".join(root.itertext())
    assert "itle ]]> <script>" in texts and "\x01" not in texts


def test_svg_is_drawn_in_bands_of_bounded_size(tmp_path, qapp, monkeypatch):
    doc = generate_map(400, stages=2, steps=3, lanes=3)
    sizes: list[int] = []
    real = raster._svg_band

    def band(scene, rect, path):
        text = real(scene, rect, path)
        sizes.append(len(text))
        return text

    monkeypatch.setattr(raster, "_svg_band", band)
    monkeypatch.setattr(svgstream, "CARDS_PER_BAND", 40)
    out = tmp_path / "map.svg"
    raster.render_svg(doc, out)
    whole = out.stat().st_size
    assert len(sizes) >= 8 and max(sizes) < whole / 4, (sizes, whole)
    root = ET.parse(out).getroot()
    texts = " ".join(" ".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for card in doc.cards:
        assert card.title.split()[0] in texts
    ids = [e.get("id") for e in root.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) and len(ids) >= len(sizes)  # a clip path per band


def test_plan_bands():
    tops = [float(y) for y in range(0, 1000, 10)]
    bands = svgstream.plan_bands(tops, -5.0, 1005.0, per_band=25)
    assert bands[0][0] == -5.0 and abs(sum(h for _, h in bands) - 1010.0) < 1e-9
    assert len(bands) == 4 and all(y == int(y) for y, _ in bands[1:])
    assert svgstream.plan_bands([], 0.0, 50.0) == [(0.0, 50.0)]


def test_png_is_drawn_in_strips_and_matches_the_whole_picture(tmp_path, qapp, monkeypatch):
    doc = generate_map(120, stages=2, steps=4, lanes=3)
    scene = raster.export_scene(doc)
    whole = raster.render_image(scene, 60).convertToFormat(raster.QImage.Format.Format_RGB888)
    whole_path = tmp_path / "whole.png"
    whole.save(str(whole_path))
    painted: list[int] = []
    real = raster._paint

    def paint(scene, image, source):
        painted.append(image.height())
        real(scene, image, source)

    monkeypatch.setattr(raster, "_paint", paint)
    monkeypatch.setattr(raster, "STRIP_PIXELS", whole.width() * 50)
    out = tmp_path / "strips.png"
    raster.render_png(doc, out, 60, scene=scene)
    assert len(painted) > 3 and max(painted) <= 50
    strips = Image.open(out)
    assert strips.size == (whole.width(), whole.height()) and strips.mode == "RGB"
    assert round(strips.info["dpi"][0]) == 60
    diff = ImageChops.difference(Image.open(whole_path).convert("RGB"), strips).convert("L")
    strong = sum(diff.histogram()[64:])
    assert strong < 0.01 * whole.width() * whole.height()  # text antialiasing only


def test_png_writer_checks_its_rows(tmp_path):
    import io

    import pytest

    out = io.BytesIO()
    png = PngWriter(out, 2, 2)
    png.add_rows(bytes([255, 0, 0, 0, 255, 0, 0, 0]), 8, 1)
    with pytest.raises(ValueError):
        png.finish()
    png.add_rows(bytes([0, 0, 255, 9, 9, 9]), 6, 1)
    png.finish()
    image = Image.open(io.BytesIO(out.getvalue()))
    assert image.getpixel((1, 0)) == (0, 255, 0) and image.getpixel((0, 1)) == (0, 0, 255)
