"""Pure layout: map → rectangles, wrapped text, card positions, curve points. No Qt.

The canvas and the poster export draw the same :class:`MapLayout`, so a poster looks
like the screen.
"""

from . import style
from .card_parts import CardParts, card_parts
from .engine import (
    BlueprintLineLayout,
    CardBox,
    CardMeasure,
    CurveLayout,
    CurvePoint,
    LaneBox,
    LayoutEngine,
    MapLayout,
    ScaleTick,
    StageBox,
    StepBox,
    layout_map,
    measure_card,
)
from .geometry import Rect
from .metrics import MetricBox
from .text import FontRole, baseline_offset, fit_line, runs, text_width, wrap

__all__ = [
    "BlueprintLineLayout",
    "CardBox",
    "CardMeasure",
    "CardParts",
    "CurveLayout",
    "CurvePoint",
    "FontRole",
    "LaneBox",
    "LayoutEngine",
    "MapLayout",
    "MetricBox",
    "Rect",
    "ScaleTick",
    "StageBox",
    "StepBox",
    "baseline_offset",
    "card_parts",
    "fit_line",
    "layout_map",
    "measure_card",
    "runs",
    "style",
    "text_width",
    "wrap",
]
