"""Issue 14 part 3: a persona's photo, stored as a file in the map's folder or embedded,
printed in its persona panel; a stranger's map cannot make the poster read anything
outside its folder."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from cjdesigner.fileio.images import PHOTO_SIDE, ImageRefused, open_card_image, photo_reference
from cjdesigner.model import Persona
from cjdesigner.model.sample import sample_map
from cjdesigner.pdf import PosterOptions, export_poster

FACE = (200, 90, 40)
SECRET = (173, 41, 199)


def png(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (40, 30)) -> Path:
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def with_photo(photo: str):
    doc = sample_map()
    persona = doc.personas[0].model_copy(update={"photo": photo})
    return doc.model_copy(update={"personas": [persona, *doc.personas[1:]]})


def _persona_images(path: Path) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        return [im for im in page.images if im["x0"] > 0]


def _colours(path: Path) -> set[tuple[int, int, int]]:
    from pypdf import PdfReader

    found = set()
    for page in PdfReader(str(path)).pages:
        for image in page.images:
            found |= {rgb for _, rgb in image.image.convert("RGB").getcolors(1 << 24)}
    return found


def test_a_photo_in_the_maps_folder_prints_in_the_persona_panel(tmp_path: Path) -> None:
    png(tmp_path / "sam.png", FACE)
    doc = with_photo("sam.png")
    out = tmp_path / "poster.pdf"
    result = export_poster(doc, out, PosterOptions(paper="A3", base_dir=tmp_path))
    assert not [w for w in result.warnings if "photo" in w]
    images = _persona_images(out)
    assert len(images) == 1
    # a disc: the picture is as wide as it is tall where it prints (cover, clipped round)
    with pdfplumber.open(out) as pdf:
        name_words = [w for w in pdf.pages[0].extract_words() if w["text"] == "Sam"]
    assert name_words, "the persona's name prints beside its photo"
    assert FACE in _colours(out)


def test_an_embedded_photo_prints_without_a_folder(tmp_path: Path) -> None:
    data = io.BytesIO()
    Image.new("RGB", (20, 20), FACE).save(data, "PNG")
    uri = "data:image/png;base64," + base64.b64encode(data.getvalue()).decode("ascii")
    out = tmp_path / "poster.pdf"
    export_poster(with_photo(uri), out, PosterOptions(paper="A3"))
    assert len(_persona_images(out)) == 1
    assert FACE in _colours(out)


@pytest.mark.parametrize("ref", ["../private/secret.png", "/ABSOLUTE/secret.png",
                                 "link.png", "https://example.com/secret.png"])
def test_a_photo_outside_the_maps_folder_is_never_read(tmp_path: Path, ref: str) -> None:
    private = tmp_path / "private"
    private.mkdir()
    secret = png(private / "secret.png", SECRET)
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "link.png").symlink_to(secret)
    ref = ref.replace("/ABSOLUTE/secret.png", str(secret))
    out = folder / "poster.pdf"
    result = export_poster(with_photo(ref), out, PosterOptions(paper="A3", base_dir=folder))
    assert any("photo" in w and "Sam" in w and "left out" in w for w in result.warnings)
    assert SECRET not in _colours(out)
    assert not _persona_images(out)


def test_a_decompression_bomb_photo_is_a_warning(tmp_path: Path) -> None:
    from tests.export.test_card_images import huge_png_header

    (tmp_path / "bomb.png").write_bytes(huge_png_header())
    result = export_poster(with_photo("bomb.png"), tmp_path / "p.pdf",
                           PosterOptions(paper="A3", base_dir=tmp_path))
    assert any("photo" in w and "million" in w for w in result.warnings)


def test_choosing_a_photo_in_the_folder_keeps_its_relative_path(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    png(tmp_path / "photos" / "sam.png", FACE)
    assert photo_reference(tmp_path / "photos" / "sam.png", tmp_path) == "photos/sam.png"


def test_choosing_a_photo_elsewhere_embeds_a_small_copy(tmp_path: Path) -> None:
    big = png(tmp_path / "big.png", FACE, (3000, 2000))
    folder = tmp_path / "maps"
    folder.mkdir()
    ref = photo_reference(big, folder)
    assert ref.startswith("data:image/jpeg;base64,")
    assert len(ref) < 80_000
    image = open_card_image(ref, None)
    assert max(image.size) == PHOTO_SIDE
    Persona(name="Sam", photo=ref)  # the model takes it


def test_choosing_something_that_is_not_a_picture_says_so(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("not a picture")
    with pytest.raises(ImageRefused, match="not a PNG, JPEG or WebP"):
        photo_reference(tmp_path / "notes.png", None)
