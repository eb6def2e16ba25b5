"""A PNG written row band by row band, so that memory stays bounded. No Qt.

A picture of a large map is drawn in strips (``ui.raster.render_png``); each strip's
rows go through :class:`PngWriter` into one zlib stream and out to the file as IDAT
chunks, so no more than one strip is ever in memory, however large the picture
(a whole 400-megapixel image took 1.6 GB before any PNG was made of it). Rows are
8-bit RGB without a filter (every decoder reads it; the file is somewhat larger than
an adaptively filtered one).
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: compressed data is written out in IDAT chunks of about this size
CHUNK_BYTES = 1 << 20


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


class PngWriter:
    """Write an RGB PNG of ``width`` × ``height`` pixels to ``out``, rows in order."""

    def __init__(self, out: BinaryIO, width: int, height: int, dpi: float | None = None,
                 level: int = 6) -> None:
        if not (0 < width < 2**31 and 0 < height < 2**31):
            raise ValueError(f"a PNG cannot be {width} × {height} pixels")
        self.out = out
        self.width, self.height = width, height
        self.rows = 0
        self._zip = zlib.compressobj(level)
        self._pending: list[bytes] = []
        self._pending_size = 0
        out.write(SIGNATURE)
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)))
        if dpi:
            per_metre = round(dpi / 0.0254)
            out.write(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))

    def add_rows(self, data: bytes | bytearray | memoryview, stride: int, count: int) -> None:
        """``count`` rows of packed RGB from ``data``, ``stride`` bytes apart (rows may
        carry padding after their ``width`` × 3 bytes)."""
        if self.rows + count > self.height:
            raise ValueError("more rows than the picture has")
        view = memoryview(data)
        row_bytes = self.width * 3
        for i in range(count):
            start = i * stride
            self._add(b"\x00")  # filter: none
            self._add(view[start:start + row_bytes])
        self.rows += count

    def _add(self, raw: bytes | bytearray | memoryview) -> None:
        packed = self._zip.compress(raw)
        if packed:
            self._pending.append(packed)
            self._pending_size += len(packed)
            if self._pending_size >= CHUNK_BYTES:
                self._flush_idat()

    def _flush_idat(self) -> None:
        if self._pending:
            self.out.write(_chunk(b"IDAT", b"".join(self._pending)))
            self._pending, self._pending_size = [], 0

    def finish(self) -> None:
        if self.rows != self.height:
            raise ValueError(f"{self.rows} of {self.height} rows written")
        self._pending.append(self._zip.flush())
        self._flush_idat()
        self.out.write(_chunk(b"IEND", b""))


__all__ = ["PngWriter"]
