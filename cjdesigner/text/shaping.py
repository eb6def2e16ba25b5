"""One line of text as glyph runs: fonts by script, shaped by HarfBuzz, ordered by the
bidirectional algorithm. No Qt.

:func:`shape_line` is the one place where text becomes glyphs. The canvas (QGlyphRun),
the poster (glyph ids in the PDF) and the PNG and SVG (drawn by the canvas) draw the
runs it returns, so they show the same glyphs at the same places, and the wrapping
measures the same advances.

Units are 1/1000 em, independent of size: multiply by ``size / 1000``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz as hb

from . import bidi, breaking
from .fonts import STYLES, Face, by_key, chain

_PLAIN = {"kern": False, "liga": False}

#: characters never drawn: they need no font (format controls, variation selectors)
_IGNORABLE_CATEGORIES = frozenset({"Cf", "Cc"})


def ignorable(ch: str) -> bool:
    code = ord(ch)
    return (unicodedata.category(ch) in _IGNORABLE_CATEGORIES or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF)


@dataclass(frozen=True)
class GlyphRun:
    """Glyphs of one face in one direction, placed from the line's left edge."""

    face_key: str
    glyphs: tuple[int, ...]
    xs: tuple[float, ...]  # each glyph's origin from the line's left edge (offsets included)
    ys: tuple[float, ...]  # each glyph's offset above the baseline
    x: float  # the run's left edge
    width: float
    text: str  # the run's characters, in logical order
    rtl: bool
    glyph_texts: tuple[str, ...]  # per glyph, the characters of its cluster (first glyph)
    clusters: tuple[int, ...]  # per glyph, the index in the line of its first character
    synthetic_bold: bool = False


@dataclass(frozen=True)
class ShapedLine:
    text: str
    runs: tuple[GlyphRun, ...]  # left to right as printed
    width: float
    rtl: bool  # the line's paragraph direction
    missing: str  # characters no face of the chain has (printed as empty boxes)


@lru_cache(maxsize=65536)
def _pick_face(cluster: str, style: str, previous: str | None) -> str | None:
    """The key of the face for ``cluster`` in ``style`` after a cluster set in
    ``previous``: the first face of the chain that has all its characters; spaces,
    digits and punctuation stay in the previous face when it has them."""
    faces = chain(style)
    needed = [ord(ch) for ch in cluster if not ignorable(ch)]
    if not needed:
        return previous or faces[0].key
    common = not any(unicodedata.category(ch)[0] in "LM" for ch in cluster)
    if common and previous is not None and all(c in by_key(previous).chars for c in needed):
        return previous
    for candidate in faces:
        chars = candidate.chars
        if all(c in chars for c in needed):
            return candidate.key
    return None


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    face: Face
    level: int


def _itemize(text: str, style: str) -> tuple[list[_Item], str]:
    levels = bidi.levels(text)
    starts: list[int] = []
    ends: list[int] = []
    keys: list[str] = []
    run_levels: list[int] = []
    missing: list[str] = []
    previous: str | None = None
    pos = 0
    for cluster in breaking.graphemes(text):
        picked = _pick_face(cluster, style, previous)
        if picked is None:
            missing.extend(ch for ch in cluster if not ignorable(ch) and not ch.isspace())
            picked = previous or chain(style)[0].key
        end = pos + len(cluster)
        level = levels[pos]
        if keys and keys[-1] == picked and run_levels[-1] == level:
            ends[-1] = end
        else:
            starts.append(pos)
            ends.append(end)
            keys.append(picked)
            run_levels.append(level)
        previous = picked
        pos = end
    items = [_Item(start, stop, by_key(key), level)
             for start, stop, key, level in zip(starts, ends, keys, run_levels, strict=True)]
    return items, "".join(dict.fromkeys(missing))


def _shape(codes: list[int], item: _Item) -> tuple[list[int], list[int], list[float],
                                                   list[float], list[float]]:
    """Glyph ids, clusters (indices into the line), advances and offsets (1/1000 em),
    left to right."""
    buf = hb.Buffer()
    buf.add_codepoints(codes, item.start, item.end - item.start)
    buf.guess_segment_properties()
    buf.direction = "rtl" if item.level % 2 else "ltr"
    # marks keep clusters of their own: each glyph maps back to the fewest characters
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    # the main faces are set as plain text sets them (no kerning, no ligatures), so that a
    # line measures the same whichever way it is set
    hb.shape(item.face.hb_font, buf, _PLAIN if item.face.key in STYLES else {})
    scale = 1000.0 / item.face.upem
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    return ([i.codepoint for i in infos], [i.cluster for i in infos],
            [p.x_advance * scale for p in positions], [p.x_offset * scale for p in positions],
            [p.y_offset * scale for p in positions])


@lru_cache(maxsize=16384)
def shape_line(text: str, style: str) -> ShapedLine:
    """``text`` (one line, logical order) shaped in ``style`` (a layout face name)."""
    rtl = bidi.base_level(text) == 1
    if not text:
        return ShapedLine(text, (), 0.0, rtl, "")
    items, missing = _itemize(text, style)
    # control characters print nothing and take no room (a zero-width space to HarfBuzz)
    codes = [0x200B if (c < 0x20 or 0x7F <= c < 0xA0) else c for c in map(ord, text)]
    order = bidi.visual_order([item.level for item in items])
    runs: list[GlyphRun] = []
    pen = 0.0
    for index in order:
        item = items[index]
        glyphs, clusters, advances, dx, dy = _shape(codes, item)
        starts = sorted(set(clusters))
        bounds = {c: (starts[k + 1] if k + 1 < len(starts) else item.end)
                  for k, c in enumerate(starts)}
        seen: set[int] = set()
        texts = []
        for cluster in clusters:
            texts.append("" if cluster in seen else text[cluster:bounds[cluster]])
            seen.add(cluster)
        xs = []
        x = pen
        for adv, off in zip(advances, dx, strict=True):
            xs.append(x + off)
            x += adv
        runs.append(GlyphRun(item.face.key, tuple(glyphs), tuple(xs), tuple(dy), pen, x - pen,
                             text[item.start:item.end], bool(item.level % 2), tuple(texts),
                             tuple(clusters), item.face.synthetic_bold))
        pen = x
    return ShapedLine(text, tuple(runs), pen, rtl, missing)


def line_width(text: str, style: str, size: float) -> float:
    """Printed width of one line in points (layout units)."""
    return shape_line(text, style).width * size / 1000.0


def face_of(run: GlyphRun) -> Face:
    return by_key(run.face_key)
