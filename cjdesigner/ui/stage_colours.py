"""Stage colours that stay with their stage.

A stage without a colour of its own shows the palette colour of its position, so adding,
removing or reordering stages would repaint its neighbours. Before such an edit the
editor gives every uncoloured stage the colour it shows now, in the same undo step."""

from __future__ import annotations

from cjdesigner.layout.style import STAGE_PALETTE, stage_colour
from cjdesigner.model import JourneyMap
from cjdesigner.model.edits import Edit, SetFields, combine


def keeping_stage_colours(doc: JourneyMap, edit: Edit) -> Edit:
    """``edit``, preceded by pinning the shown colour of every uncoloured stage."""
    pins: Edit | None = None
    for index, stage in enumerate(doc.stages):
        if stage.color is None:
            pin = SetFields(target="stage", ident=stage.id,
                            changes={"color": stage_colour(index, None)})
            pins = pin if pins is None else combine(pins, pin)
    if pins is None:
        return edit
    joined = combine(pins, edit)
    return joined.model_copy(
        update={"text": edit.text, "author": edit.author, "merge_key": edit.merge_key}
    )


def next_stage_colour(doc: JourneyMap, index: int) -> str:
    """A palette colour for a stage added at ``index``: the one its position would show,
    or the next one that neither neighbour (before and after it) already shows."""
    neighbours = {
        stage_colour(i, doc.stages[i].color).upper()
        for i in (index - 1, index)
        if 0 <= i < len(doc.stages)
    }
    for offset in range(len(STAGE_PALETTE)):
        colour = STAGE_PALETTE[(index + offset) % len(STAGE_PALETTE)]
        if colour.upper() not in neighbours:
            return colour
    return STAGE_PALETTE[index % len(STAGE_PALETTE)]
