"""Issue 9, items 1, 2 and 8: the trust boundary for card images (``fileio.images``).

A stranger's map may use images only from its own folder or embedded as PNG/JPEG/WebP
data; nothing outside the folder reaches the PDF, no external program runs, and a huge
image is a warning, never a traceback."""

from __future__ import annotations

import base64
import io
import os
import struct
import zlib

import pytest
from PIL import Image
from pypdf import PdfReader

from cjdesigner.cli import main
from cjdesigner.fileio import save
from cjdesigner.fileio.images import (
    ImageRefused,
    decode_image,
    open_card_image,
    read_image_bytes,
)
from cjdesigner.model.sample import sample_map
from tests.edit_helpers import set_fields

SECRET = (173, 41, 199)  # the private picture's colour: must never reach the PDF
INSIDE = (20, 180, 60)
EMBEDDED = (30, 60, 220)


def png_bytes(colour: tuple[int, int, int], size: int = 16) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (size, size), colour).save(out, "PNG")
    return out.getvalue()


def data_uri(media: str, data: bytes) -> str:
    return f"data:{media};base64," + base64.b64encode(data).decode("ascii")


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def huge_png_header(width: int = 100_000, height: int = 100_000) -> bytes:
    """A PNG that claims width × height pixels, in a few dozen bytes."""
    return (b"\x89PNG\r\n\x1a\n"
            + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
            + _chunk(b"IEND", b""))


EPS = (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
       b"newpath 0 0 moveto 10 10 lineto stroke\nshowpage\n")


@pytest.fixture
def fake_gs(tmp_path, monkeypatch):
    """A ``gs`` first on PATH that leaves a marker file if anything runs it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    marker = tmp_path / "gs-ran"
    script = bin_dir / "gs"
    script.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return marker


@pytest.fixture
def stranger(tmp_path):
    """A private picture outside the map's folder, and a map folder with a planted link."""
    private = tmp_path / "home" / "private"
    private.mkdir(parents=True)
    secret = private / "secret.png"
    secret.write_bytes(png_bytes(SECRET))
    folder = tmp_path / "home" / "downloads" / "client-map"
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "inside.png").write_bytes(png_bytes(INSIDE))
    (folder / "planted.png").symlink_to(secret)
    (folder / "pictures" / "up").symlink_to(private)  # a folder link out of the map
    os.mkfifo(folder / "fifo.png")
    return folder, secret


def _image_colours(pdf_path) -> set[tuple[int, int, int]]:
    found = set()
    for page in PdfReader(str(pdf_path)).pages:
        for image in page.images:
            rgb = image.image.convert("RGB")
            found.update(colour for _, colour in rgb.getcolors(maxcolors=1 << 20))
    return found


def test_a_strangers_map_reads_nothing_outside_its_folder(stranger, fake_gs, tmp_path,
                                                          capsys):
    folder, secret = stranger
    refs = {
        "Absolute": str(secret),
        "Relative up": "../../private/secret.png",
        "Dotted inside": "pictures/../../../private/secret.png",
        "Planted link": "planted.png",
        "Folder link": "pictures/up/secret.png",
        "File URL": secret.as_uri(),
        "Remote": "https://example.com/tracker.png",
        "Fifo": "fifo.png",
        "PostScript": data_uri("application/postscript", EPS),
        "EPS as PNG": data_uri("image/png", EPS),
        "Inside": "pictures/inside.png",
        "Embedded": data_uri("image/png", png_bytes(EMBEDDED)),
    }
    doc = sample_map()
    first = doc.cards[0]
    doc = doc.model_copy(update={"cards": [
        first.model_copy(update={"id": f"img-{i}", "title": title, "image": ref})
        for i, (title, ref) in enumerate(refs.items())]})
    map_path = folder / "map.cjm"
    save(doc, map_path)
    out = tmp_path / "poster.pdf"
    assert main(["export", str(map_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    colours = _image_colours(out)
    assert SECRET not in colours
    assert INSIDE in colours and EMBEDDED in colours  # what is allowed is still used
    assert secret.read_bytes()[8:40] not in out.read_bytes()
    assert not fake_gs.exists(), "an external program (gs) was run"
    for title in refs:
        if title not in ("Inside", "Embedded"):
            assert f"card '{title}'" in err and "left out" in err, (title, err)
    assert "card 'Inside'" not in err and "card 'Embedded'" not in err


def test_a_huge_png_is_a_warning_not_a_traceback(tmp_path, capsys):
    doc = sample_map()
    set_fields(doc, "card", doc.cards[0].id, title="Huge")
    set_fields(doc, "card", doc.cards[0].id, image=data_uri("image/png", huge_png_header()))
    map_path = tmp_path / "map.cjm"
    save(doc, map_path)
    out = tmp_path / "poster.pdf"
    assert main(["export", str(map_path), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "card 'Huge'" in err and "more than 50 million pixels" in err
    assert "Traceback" not in err
    assert PdfReader(str(out)).pages


def test_decoding_uses_only_the_allowed_formats(fake_gs):
    with pytest.raises(ImageRefused, match="not a PNG, JPEG or WebP"):
        decode_image(EPS)
    for fmt in ("GIF", "BMP", "TIFF"):
        out = io.BytesIO()
        Image.new("RGB", (4, 4)).save(out, fmt)
        with pytest.raises(ImageRefused):
            decode_image(out.getvalue())
    for fmt in ("PNG", "JPEG", "WEBP"):
        out = io.BytesIO()
        Image.new("RGB", (40, 20), INSIDE).save(out, fmt)
        image = decode_image(out.getvalue(), max_side=10)
        assert max(image.size) <= 12 and image.mode in ("RGB", "RGBA", "L", "LA")
    assert not fake_gs.exists()


def test_broken_and_oversized_data_are_refused(tmp_path):
    good = png_bytes(INSIDE)
    with pytest.raises(ImageRefused, match="broken|not a PNG"):
        decode_image(good[:60])
    with pytest.raises(ImageRefused, match="million"):
        decode_image(huge_png_header(20_000, 20_000))
    with pytest.raises(ImageRefused, match="base64"):
        read_image_bytes("data:image/png;base64,@@@not base64@@@", None)
    with pytest.raises(ImageRefused, match="not a PNG"):
        read_image_bytes("data:image/svg+xml;base64,PHN2Zz4=", None)
    with pytest.raises(ImageRefused, match="valid file name"):
        read_image_bytes("a\x00b.png", tmp_path)
    with pytest.raises(ImageRefused, match="saved map"):
        read_image_bytes("picture.png", None)  # a map without a folder reads no files
    big = tmp_path / "big.png"
    with open(big, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    with pytest.raises(ImageRefused, match="larger than"):
        read_image_bytes("big.png", tmp_path)
    (tmp_path / "ok.png").write_bytes(good)
    assert open_card_image("ok.png", tmp_path).getpixel((0, 0))[:3] == INSIDE
