"""Lines no wider than a width, from the shaped advances. No Qt.

Lines break only where UAX #14 allows (:func:`breaking.line_segments`); a piece longer
than a line is cut between grapheme clusters; the ellipsis that ends cut text follows a
whole cluster. Every line is measured as :func:`shaping.shape_line` shapes it, which is
what the backends draw.

Each line carries its paragraph's direction: a line of a right-to-left paragraph that
begins with a left-to-right word (or the other way round) starts with an invisible mark
(RLM/LRM), so the line alone still says how it reads and aligns.
"""

from __future__ import annotations

from . import bidi, breaking
from .shaping import shape_line

ELLIPSIS = "…"


def _width(text: str, style: str, size: float) -> float:
    return shape_line(text, style).width * size / 1000.0


def _directed(line: str, paragraph_level: int) -> str:
    if not line or bidi.base_level(line) == paragraph_level:
        return line
    return (bidi.RLM if paragraph_level else bidi.LRM) + line


def _cut_clusters(piece: str, style: str, size: float, width: float) -> list[str]:
    """``piece`` (no break opportunity inside) cut between clusters into lines that fit."""
    out: list[str] = []
    current = ""
    for cluster in breaking.graphemes(piece):
        if current and _width(current + cluster, style, size) > width:
            out.append(current)
            current = cluster
        else:
            current += cluster
    if current:
        out.append(current)
    return out


#: a candidate line whose pieces, each shaped alone, add up to within this share of the
#: width either way is shaped whole to decide; further off, the sum decides (pieces meet
#: at break opportunities, where shaping barely changes a width)
MARGIN = 0.04


def _wrap_paragraph(paragraph: str, style: str, size: float, width: float,
                    most: int | None) -> list[str]:
    """The paragraph's lines; past ``most`` lines the rest is not set (it is cut)."""
    if len(paragraph) < 2000 and _width(paragraph.rstrip(), style, size) <= width:
        return [paragraph.rstrip()]
    lines: list[str] = []
    current = ""
    used = 0.0  # the pieces of ``current``, each shaped alone, trailing spaces included
    for piece in breaking.line_segments(paragraph):
        if most is not None and len(lines) > most:
            return lines
        bare = piece.rstrip()
        bare_w = _width(bare, style, size)
        estimate = used + bare_w
        if estimate <= width * (1 - MARGIN) or (
                estimate <= width * (1 + MARGIN)
                and _width((current + piece).rstrip(), style, size) <= width):
            current += piece
            used += _width(piece, style, size) if piece != bare else bare_w
            continue
        if current:
            lines.append(current.rstrip())
            current, used = "", 0.0
        if bare_w <= width:
            current, used = piece, _width(piece, style, size)
        else:
            parts = _cut_clusters(bare, style, size, width)
            lines.extend(parts[:-1])
            current = parts[-1] + piece[len(bare):]
            used = _width(current, style, size)
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines


def with_ellipsis(line: str, style: str, size: float, width: float) -> str:
    """``line`` shortened by whole clusters until it fits with an ellipsis after it."""
    clusters = list(breaking.graphemes(line.rstrip()))
    while clusters:
        text = "".join(clusters).rstrip()
        if _width(text + ELLIPSIS, style, size) <= width:
            return text + ELLIPSIS
        clusters.pop()
    return ELLIPSIS


def wrap(text: str, style: str, size: float, width: float,
         max_lines: int | None = None) -> list[str]:
    """``text`` in lines no wider than ``width`` (points) in ``style`` at ``size``.

    Explicit line breaks are kept; when ``max_lines`` cuts the text short its last line
    ends with an ellipsis. Empty text gives []."""
    lines: list[str] = []
    truncated = False
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if max_lines is not None and len(lines) >= max_lines:
            truncated = True
            break
        level = bidi.base_level(paragraph)
        most = None if max_lines is None else max_lines - len(lines)
        lines.extend(_directed(line, level) for line in
                     _wrap_paragraph(paragraph, style, size, width, most))
    while lines and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        truncated = True
    if truncated and lines:
        lines[-1] = with_ellipsis(lines[-1], style, size, width)
    return lines


def fit_line(text: str, style: str, size: float, width: float) -> str:
    """One line: ``text`` when it fits, else cut by clusters with an ellipsis."""
    if _width(text, style, size) <= width:
        return text
    return with_ellipsis(text, style, size, width)
