"""Printed sizes for reading: the smallest card text a format allows, whether a poster
meets it, and what would (a larger sheet, a roll, tiles at a scale, or a split). No Qt.

On wall formats (A2 and up, rolls, tiled posters, a sheet grown around the map) card
body text must print at 16 pt or more and card titles at 20 pt; on desk formats (A3 and
smaller) at 8 pt and 10 pt. ``--min-text`` sets other sizes.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from cjdesigner.i18n.messages import Lines, msg
from cjdesigner.layout import MapLayout, layout_map, style

from .paper import MAX_TILES, MM, POINTS_PER_UNIT, PaperError, parse_paper

if TYPE_CHECKING:
    from cjdesigner.model import JourneyMap

    from .poster import Composition, PosterOptions


@dataclass(frozen=True)
class MinText:
    """The smallest printed sizes (points) of card body text and of card titles."""

    body: float
    title: float

    def describe(self) -> str:
        return msg("Export", "{body:g} pt body / {title:g} pt titles", body=self.body,
                   title=self.title)


WALL_MIN = MinText(16.0, 20.0)
DESK_MIN = MinText(8.0, 10.0)
#: a sheet whose short side is at least this is a wall poster (A2: 420 mm)
WALL_SHORT_SIDE = 419 * MM

_MIN_TEXT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:pt)?\s*(?:[/,]\s*(\d+(?:\.\d+)?)\s*(?:pt)?)?\s*$")


def parse_min_text(text: str | float | None) -> MinText | None:
    """``"16"`` (titles 1.25 × the body), ``"16/20"`` or ``"16pt,20pt"`` → MinText;
    None or empty → None (the format's default)."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    if isinstance(text, int | float):
        body, title = float(text), float(text) * 1.25
    else:
        match = _MIN_TEXT.match(text)
        if not match:
            raise PaperError(msg("Export", 'not a text size: {text!r} (try 16 or 16/20, in points)', text=text))
        body = float(match.group(1))
        title = float(match.group(2)) if match.group(2) else body * 1.25
    if not 4 <= body <= 200 or not 4 <= title <= 300:
        raise PaperError(msg("Export", 'text sizes must lie between 4 and 200 pt, not {text!r}', text=text))
    return MinText(body, title)


def is_wall(options: PosterOptions, width: float, height: float) -> bool:
    if options.tile or options.paper is None:
        return True
    paper = parse_paper(options.paper)
    return paper.roll or min(width, height) >= WALL_SHORT_SIDE


def min_text_for(options: PosterOptions, width: float, height: float) -> MinText:
    if options.min_text is not None:
        return options.min_text
    return WALL_MIN if is_wall(options, width, height) else DESK_MIN


def printed(scale: float) -> MinText:
    """The printed sizes of card body text and titles at ``scale`` points per unit."""
    return MinText(style.CARD_BODY.size * scale, style.CARD_TITLE.size * scale)


def scale_needed(minimum: MinText) -> float:
    """Points per layout unit at which both card roles reach ``minimum``."""
    return max(minimum.body / style.CARD_BODY.size, minimum.title / style.CARD_TITLE.size)


def meets(scale: float, minimum: MinText) -> bool:
    return scale >= scale_needed(minimum) * 0.995  # within 0.1 pt: as printed, rounded


@dataclass(frozen=True)
class Alternative:
    """An export that prints the map at a readable size: the options to change, and a
    phrase for people (``--paper 2A0 (card text 17 pt)``)."""

    changes: dict[str, object]
    text: str


#: named sheets tried for a readable poster, smallest first
SHEET_LADDER = ("A4", "A3", "A2", "A1", "A0", "2A0", "4A0")
#: rolls of the common plotters, narrowest first (mm)
ROLL_WIDTHS = (610, 914, 1067, 1372, 1524)
#: the longest roll the suggestions offer
MAX_ROLL = 20_000 * MM


def _try(doc: JourneyMap, lay: MapLayout, options: PosterOptions) -> Composition | None:
    from .poster import compose

    try:
        return compose(doc, lay, options)
    except PaperError:
        return None


def alternatives(doc: JourneyMap, lay: MapLayout, options: PosterOptions,
                 minimum: MinText | None = None, first_only: bool = False) -> list[Alternative]:
    """What prints ``doc`` at ``minimum`` (the wall default): the smallest named sheet
    (``changes`` are :class:`PosterOptions` fields)
    that does, the narrowest roll, tiles onto A4 at the scale needed, and a split by stage.
    ``first_only``: stop at the first that works (``--paper auto``)."""
    from .tiling import plan_tiles

    found: list[Alternative] = []
    wall = minimum or WALL_MIN
    base = replace(options, scale=None, tile=None, min_text=minimum)
    for name in SHEET_LADDER:
        comp = _try(doc, lay, replace(base, paper=name))
        if comp is None:
            continue
        if meets(comp.scale, wall):
            size = printed(comp.scale)
            found.append(Alternative({"paper": name, "scale": None, "tile": None},
                                     msg("Export", "--paper {name} (card text {size:.0f} pt)",
                                         name=name, size=size.body)))
            break
    if first_only and found:
        return found
    for width in ROLL_WIDTHS:
        comp = _try(doc, lay, replace(base, paper=f"roll:{width}mm"))
        if comp is None or not meets(comp.scale, wall):
            continue
        length = max(comp.width, comp.height)
        if length > MAX_ROLL:
            continue
        found.append(Alternative({"paper": f"roll:{width}mm", "scale": None, "tile": None},
                                 msg("Export", "--paper roll:{width}mm ({length:.1f} m long)",
                                     width=width, length=length / MM / 1000)))
        break
    if first_only and found:
        return found
    percent = math.ceil(scale_needed(wall) / POINTS_PER_UNIT * 100 / 5) * 5
    tiled = replace(base, paper=None, scale=percent / 100, tile="A4")
    comp = _try(doc, lay, tiled)
    if comp is not None:
        try:
            grid = plan_tiles(comp.width, comp.height, "A4", options.overlap)
        except PaperError:
            grid = None
        if grid is not None and grid.count <= MAX_TILES:
            found.append(Alternative({"paper": None, "scale": percent / 100, "tile": "A4"},
                                     msg("Export", "--paper map --scale {percent} --tile A4 "
                                         "(%n sheet(s))", n=grid.count, percent=percent)))
    split = _split_alternative(doc, options, wall)
    if split is not None:
        found.append(split)
    return found


def _split_alternative(doc: JourneyMap, options: PosterOptions,
                       minimum: MinText) -> Alternative | None:
    """``--split stages`` on the same paper, when every stage's page meets ``minimum``."""
    from .split import stage_map

    paper = options.paper if options.paper not in (None, "auto") else None
    stages = [i for i, stage in enumerate(doc.stages) if stage.steps]
    if paper is None or len(stages) < 2:
        return None
    smallest = math.inf
    page = replace(options, scale=None, tile=None, panels=False, split=None, compact=False)
    for index in stages:
        sub = stage_map(doc, index)
        comp = _try(sub, layout_map(sub), page)
        if comp is None or not meets(comp.scale, minimum):
            return None
        smallest = min(smallest, printed(comp.scale).body)
    return Alternative({"split": "stages"},
                       msg("Export", "--split stages (an overview and {count} stage pages on "
                           "{paper}, card text {size:.0f} pt or more)", count=len(stages),
                           paper=paper, size=smallest))


def too_small_message(comp: Composition, minimum: MinText,
                      options_found: list[Alternative]) -> str:
    size = printed(comp.scale)
    if options_found:
        return msg("Export", "Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the "
                   "{minimum} this format needs to be read; what would work: {options}.",
                   body=size.body, title=size.title, minimum=minimum.describe(),
                   options=Lines((a.text for a in options_found),
                                 msg("Export", ", or ")))
    return msg("Export", "Card text prints at {body:.1f} pt (titles {title:.1f} pt), under the "
               "{minimum} this format needs to be read.", body=size.body, title=size.title,
               minimum=minimum.describe())
