"""Card images and persona photos: the trust boundary for pictures a map references. No Qt.

A map is untrusted input (it may come from a stranger), so a card's ``image`` (and a
persona's ``photo``) is used only when it is

- a file inside the map's own folder (or a folder below it), after resolving symbolic
  links: no absolute paths, no ``..`` out of the folder, no link planted beside the map
  that points elsewhere, no URL, only regular files (never a FIFO or a device); or
- embedded data: a ``data:image/png``, ``data:image/jpeg`` or ``data:image/webp`` URI in
  base64.

Whatever it is, the bytes are decoded by Pillow with an allow-list of formats (PNG, JPEG,
WebP: decoders in the process; never EPS or PostScript, which Pillow hands to the
Ghostscript program), after checking the size in bytes (:data:`MAX_IMAGE_BYTES`) and the
size in pixels from the header (:data:`MAX_IMAGE_PIXELS`) before any pixel is decoded.
Anything else raises :class:`ImageRefused`, whose message names the reason for people;
the caller leaves the image out and warns, naming the card. Every consumer of card
images and persona photos (the PDF poster, the Personas panel) goes through
:func:`open_card_image`.

A photo the user picks in the Personas panel is stored by :func:`photo_reference`: its
path relative to the map's folder when it lies there, else embedded, scaled down to
:data:`PHOTO_SIDE` pixels.
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
import stat
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Pillow is imported when an image is opened
    from PIL.Image import Image

#: the only formats decoded, as Pillow names them
FORMATS = ("PNG", "JPEG", "WEBP")
#: media types accepted in ``data:`` URIs
DATA_TYPES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/jpg": "JPEG",
              "image/webp": "WEBP"}
MAX_IMAGE_BYTES = 32 * 1024 * 1024
"""A card image file (or decoded data URI) larger than this is refused unread."""
MAX_IMAGE_PIXELS = 50_000_000
"""Width × height, read from the header; a 50-megapixel photo decodes to 200 MB."""

_DATA_URI = re.compile(r"data:(?P<type>[^,;]*)(?P<params>(?:;[^,;]*)*),", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class ImageRefused(Exception):
    """A card image that is not used; the message (for people) says why."""


def describe(ref: str, limit: int = 60) -> str:
    """The reference as a warning shows it: a data URI by its type, long paths cut."""
    ref = ref.strip()
    match = _DATA_URI.match(ref)
    if match:
        return f"embedded {match.group('type') or 'data'}"
    text = ref if len(ref) <= limit else ref[: limit - 1] + "…"
    return repr(text)


def read_image_bytes(ref: str, base_dir: str | os.PathLike[str] | None) -> bytes:
    """The encoded bytes ``ref`` names, within the rules above; ImageRefused otherwise."""
    ref = ref.strip()
    if not ref:
        raise ImageRefused("no image given")
    match = _DATA_URI.match(ref)
    if match:
        return _data_uri_bytes(ref, match)
    if _SCHEME.match(ref) and not re.match(r"^[A-Za-z]:[\\/]", ref):
        raise ImageRefused("a web or other address; only files in the map's folder and "
                           "embedded PNG, JPEG or WebP images are used")
    return _folder_file_bytes(ref, base_dir)


def _data_uri_bytes(ref: str, match: re.Match[str]) -> bytes:
    media = match.group("type").strip().lower()
    params = [p.strip().lower() for p in match.group("params").split(";") if p.strip()]
    if media not in DATA_TYPES:
        raise ImageRefused(f"embedded {media or 'data'} is not a PNG, JPEG or WebP image")
    if "base64" not in params:
        raise ImageRefused("embedded image is not base64")
    payload = ref[match.end():]
    if len(payload) > (MAX_IMAGE_BYTES * 4) // 3 + 4:
        raise ImageRefused(f"embedded image larger than {MAX_IMAGE_BYTES // 2**20} MB")
    try:
        return base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        raise ImageRefused("embedded image data is not valid base64") from None


def _folder_file_bytes(ref: str, base_dir: str | os.PathLike[str] | None) -> bytes:
    if base_dir is None:
        raise ImageRefused("image files are read only from the folder of a saved map")
    if "\x00" in ref:
        raise ImageRefused("not a valid file name")
    path = Path(ref)
    if path.is_absolute() or path.drive or ref.startswith(("/", "\\")):
        raise ImageRefused("an absolute path; only files in the map's folder are used")
    folder = os.path.realpath(base_dir)
    real = os.path.realpath(os.path.join(folder, path))
    try:
        inside = os.path.commonpath([folder, real]) == folder
    except ValueError:  # another drive (Windows)
        inside = False
    if not inside:
        raise ImageRefused("outside the map's folder (only files in the map's folder are "
                           "used)")
    try:
        info = os.stat(real)
        if not stat.S_ISREG(info.st_mode):
            raise ImageRefused("not a regular file")
        if info.st_size > MAX_IMAGE_BYTES:
            raise ImageRefused(f"larger than {MAX_IMAGE_BYTES // 2**20} MB")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(real, flags)
        with os.fdopen(fd, "rb") as handle:
            opened = os.fstat(handle.fileno())
            if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
                raise ImageRefused("the file changed while it was opened")
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except FileNotFoundError:
        raise ImageRefused("no such file in the map's folder") from None
    except PermissionError:
        raise ImageRefused("permission denied") from None
    except OSError as exc:
        raise ImageRefused(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(f"larger than {MAX_IMAGE_BYTES // 2**20} MB")
    return data


def decode_image(data: bytes, max_side: int | None = None) -> Image:
    """Decode PNG, JPEG or WebP bytes into an RGB(A) or grey image, scaled down to at
    most ``max_side`` pixels on its longer side; ImageRefused for anything else, for
    more than :data:`MAX_IMAGE_PIXELS` and for broken data."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image: PILImage.Image = PILImage.open(io.BytesIO(data), formats=FORMATS)
            if image.format not in FORMATS:  # pragma: no cover - formats= guarantees it
                raise ImageRefused(f"{image.format} images are not used")
            width, height = image.size
            if width <= 0 or height <= 0:
                raise ImageRefused("an image without pixels")
            if width * height > MAX_IMAGE_PIXELS:
                raise ImageRefused(
                    f"{width:,} × {height:,} pixels, more than the "
                    f"{MAX_IMAGE_PIXELS // 1_000_000} million allowed")
            if max_side is not None and max(width, height) > max_side * 1.2:
                image.draft(image.mode, (max_side, max_side))  # JPEG: decode smaller
            image.load()
            if max_side is not None and max(image.size) > max_side * 1.2:
                image.thumbnail((max_side, max_side), PILImage.Resampling.LANCZOS)
            if image.mode not in ("RGB", "RGBA", "L", "LA"):
                image = image.convert("RGBA" if "A" in image.getbands()
                                      or "transparency" in image.info else "RGB")
            return image
    except ImageRefused:
        raise
    except UnidentifiedImageError:
        raise ImageRefused("not a PNG, JPEG or WebP image") from None
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise ImageRefused(f"more than {MAX_IMAGE_PIXELS // 1_000_000} million pixels") from None
    except MemoryError:
        raise ImageRefused("too large to decode") from None
    except (OSError, ValueError, SyntaxError, EOFError, IndexError, TypeError,
            ZeroDivisionError) as exc:  # what Pillow's decoders raise for broken data
        raise ImageRefused(f"broken image data ({str(exc)[:80]})") from None


def open_card_image(ref: str, base_dir: str | os.PathLike[str] | None,
                    max_side: int | None = None) -> Image:
    """The card image ``ref`` decoded, within the trust boundary (see the module notes);
    ImageRefused with the reason otherwise."""
    return decode_image(read_image_bytes(ref, base_dir), max_side)


#: an embedded persona photo is scaled down to this many pixels on its longer side
PHOTO_SIDE = 360


def photo_reference(chosen: str | os.PathLike[str], map_folder: str | os.PathLike[str] | None
                    ) -> str:
    """What a persona's ``photo`` stores for a picture the user chose: its path relative
    to the map's folder (with ``/``) when it lies in that folder or below, else the
    picture embedded as a ``data:`` URI (JPEG; PNG when it has transparency) scaled down
    to :data:`PHOTO_SIDE` pixels, a few tens of kilobytes. ImageRefused when it is not a
    usable PNG, JPEG or WebP picture."""
    real = os.path.realpath(chosen)
    if map_folder is not None:
        folder = os.path.realpath(map_folder)
        try:
            inside = os.path.commonpath([folder, real]) == folder
        except ValueError:
            inside = False
        if inside:
            relative = Path(os.path.relpath(real, folder)).as_posix()
            open_card_image(relative, folder, max_side=64)  # refused here, not on the poster
            return relative
    parent, name = os.path.split(real)
    image = decode_image(_folder_file_bytes(name, parent), max_side=PHOTO_SIDE)
    if max(image.size) > PHOTO_SIDE:
        from PIL import Image as PILImage

        image.thumbnail((PHOTO_SIDE, PHOTO_SIDE), PILImage.Resampling.LANCZOS)
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA"):
        image.save(out, format="PNG", optimize=True)
        media = "image/png"
    else:
        image.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
        media = "image/jpeg"
    return f"data:{media};base64," + base64.b64encode(out.getvalue()).decode("ascii")


__all__ = ["DATA_TYPES", "FORMATS", "MAX_IMAGE_BYTES", "MAX_IMAGE_PIXELS", "PHOTO_SIDE",
           "ImageRefused", "decode_image", "describe", "open_card_image", "photo_reference",
           "read_image_bytes"]
