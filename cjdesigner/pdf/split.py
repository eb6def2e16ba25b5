"""``--split stages``: a map too large for one readable sheet, printed as an overview and
one page per stage. No Qt.

The first page is the whole map on the chosen paper with compact cards (title and
markers only) and the moments that matter below it; then each stage with steps gets its
own page, on the same paper or on the booklet sheet given (A4, A3), its cards in full
at the largest size the sheet allows. Cards whose text still does not fit are numbered
across the stage pages and printed whole in the appendix at the end.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cjdesigner.fileio import atomic_write
from cjdesigner.i18n.words import Words
from cjdesigner.layout import MapLayout, layout_map
from cjdesigner.model import JourneyMap

from .fonts import FONT_NAMES, register_fonts
from .icons import define_symbols
from .paper import PaperError
from .readability import min_text_for, printed

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .appendix import Entry
    from .poster import Composition, PosterOptions, PosterResult

SPLITS = ("stages",)


def stage_map(doc: JourneyMap, index: int) -> JourneyMap:
    """The map of one stage: its steps and their cards, titled with the stage's name and
    "Stage 2 of 5 · the map's title" (in the map's language)."""
    words = Words(doc.meta.language)
    stage = doc.stages[index]
    steps = {step.id for step in stage.steps}
    count = len(doc.stages)
    line = words("Poster", "Stage {number} of {count}").format(number=index + 1, count=count)
    meta = doc.meta.model_copy(update={
        "title": stage.name or doc.meta.title,
        "objective": f"{line} · {doc.meta.title}" if doc.meta.title else line,
    })
    return doc.model_copy(update={
        "meta": meta,
        "stages": [stage],
        "cards": [card for card in doc.cards if card.step_id in steps],
    })


def _check(options: PosterOptions) -> None:
    if options.split not in SPLITS:
        raise PaperError(f"--split {options.split}: the choice is --split stages")
    if options.tile:
        raise PaperError("--split stages prints whole pages: leave out --tile (or tile the "
                         "poster without --split)")
    if options.blank:
        raise PaperError("--split stages is for maps with cards: leave out --blank")
    if options.paper is None and options.scale is None:
        raise PaperError("--split stages needs a paper size (--paper A0, A3 …)")


def export_split(doc: JourneyMap, path: str | Path, options: PosterOptions) -> PosterResult:
    """The overview page, a page per stage, then the appendix, in one PDF."""
    from reportlab.pdfgen.canvas import Canvas

    from .appendix import draw_appendix, entries, page_size
    from .poster import PosterResult, compose, poster_map

    _check(options)
    register_fonts()
    full = poster_map(doc)
    words = Words(doc.meta.language)
    warnings: list[str] = []
    base = replace(options, split=None, stage_paper=None, bleed=0.0)
    if options.bleed:
        warnings.append("--split stages prints without bleed and crop marks")

    # -- the overview: every card by its title, the map's panels and moments ----------
    overview_paper = options.paper if options.paper != "auto" else "A0"
    overview = replace(base, paper=overview_paper, compact=True)
    over_lay = layout_map(full, compact=True)
    over_comp = compose(full, over_lay, overview)
    warnings += _overview_notes(over_comp, overview)
    c = Canvas(None, pagesize=(over_comp.width, over_comp.height), pageCompression=1,
               pdfVersion=(1, 6), initialFontName=FONT_NAMES["Regular"])
    define_symbols(c)
    c.setTitle(doc.meta.title)
    c.setAuthor(doc.meta.author or "")
    c.setSubject(doc.meta.objective[:200])
    c.setCreator("cjdesigner")
    pages = _page(c, full, over_lay, over_comp, overview, warnings)

    # -- a page per stage, its cards in full -----------------------------------------------
    stage_options = replace(base, paper=options.stage_paper or options.paper, compact=False,
                            panels=False)
    appendix: list[Entry] = []
    number = 0
    for index, stage in enumerate(full.stages):
        if not stage.steps:
            continue
        sub = stage_map(full, index)
        lay = layout_map(sub)
        chosen = stage_options
        name = stage.name or words("Poster", "Stage {number} of {count}").format(
            number=index + 1, count=len(full.stages))
        if chosen.paper == "auto":
            from .poster import choose_readable

            chosen, note = choose_readable(sub, lay, chosen)
            warnings.append(f"{name}: {note}")
        comp = compose(sub, lay, chosen)
        warnings += [f"{name}: {note}" for note in _stage_notes(sub, lay, chosen, comp)]
        # the cards cut short are numbered across the stage pages, as the appendix lists them
        comp.footnotes = {card_id: n + number for card_id, n in comp.footnotes.items()}
        number += len(comp.footnotes)
        pages += _page(c, sub, lay, comp, chosen, warnings)
        appendix += entries(sub, lay, comp.footnotes)
    if number:
        message = (f"{number} card{'s' if number != 1 else ''} did not fit on "
                   f"{'their cards' if number != 1 else 'its card'} on the stage pages: "
                   f"marked →1…→{number}, their whole text is in the appendix at the end")
        if options.strict:
            raise PaperError(message + " (--strict)")
        warnings.append(message)
    pages += draw_appendix(c, doc, appendix, page_size(options.stage_paper or options.paper))
    atomic_write(Path(path), c.getpdfdata())
    return PosterResult(Path(path), pages, (over_comp.width, over_comp.height), 1.0, None,
                        warnings)


def _overview_notes(comp: Composition, options: PosterOptions) -> list[str]:
    """The overview prints titles only: a warning when they print under the minimum."""
    minimum = min_text_for(options, comp.width, comp.height)
    title = printed(comp.scale).title
    if title >= minimum.title * 0.995:
        return []
    message = (f"The overview prints card titles at {title:.1f} pt, under {minimum.title:g} "
               "pt: a larger --paper for the overview; the stage pages carry every card in "
               "full")
    if options.strict:
        raise PaperError(message + " (--strict)")
    return [message]


def _stage_notes(doc: JourneyMap, lay: MapLayout, options: PosterOptions,
                 comp: Composition) -> list[str]:
    from .poster import plan_footnotes, readability_problems

    notes = readability_problems(doc, lay, options, comp)
    # numbers the cards cut short (counted for the whole split, not per page)
    plan_footnotes(doc, lay, replace(options, strict=False), comp)
    return notes


def _page(c: Canvas, doc: JourneyMap, lay: MapLayout, comp: Composition,
          options: PosterOptions, warnings: list[str]) -> int:
    """Draw one poster page of ``comp``'s size; always 1."""
    from .poster import _set_user_unit, draw_poster, image_warnings, user_unit_for

    uu = user_unit_for(comp.width, comp.height)
    c.setPageSize((comp.width / uu, comp.height / uu))
    if uu > 1:
        c.scale(1 / uu, 1 / uu)
    painter = draw_poster(c, doc, lay, comp, options)
    warnings += image_warnings(painter)
    c.showPage()
    if uu > 1:
        _set_user_unit(c, uu)
    return 1
