"""The journey-map document model: pydantic objects, no Qt.

Import from here: ``from cjdesigner.model import JourneyMap, Card, edits``.
"""

from . import edits
from .derived import (
    BlueprintBoundary,
    CurveValue,
    blueprint_boundaries,
    card_emotion_means,
    curve_values,
    journey_order,
    lowest_moments,
)
from .document import (
    SCHEMA_VERSION,
    Card,
    EmotionCurve,
    EmotionScale,
    JourneyMap,
    Lane,
    MapMeta,
    Persona,
    Stage,
    Step,
    new_id,
    now_iso,
    reference_problems,
)
from .vocabulary import (
    BLUEPRINT_LAYERS,
    CHANNELS,
    TEAMS,
    BlueprintLine,
    Evidence,
    JourneyKind,
    LaneKind,
    MapType,
    channel_label,
    normalize_word,
    parse_channel,
)

__all__ = [
    "BLUEPRINT_LAYERS",
    "CHANNELS",
    "SCHEMA_VERSION",
    "TEAMS",
    "BlueprintBoundary",
    "BlueprintLine",
    "Card",
    "CurveValue",
    "EmotionCurve",
    "EmotionScale",
    "Evidence",
    "JourneyKind",
    "JourneyMap",
    "Lane",
    "LaneKind",
    "MapMeta",
    "MapType",
    "Persona",
    "Stage",
    "Step",
    "blueprint_boundaries",
    "card_emotion_means",
    "channel_label",
    "curve_values",
    "edits",
    "journey_order",
    "lowest_moments",
    "new_id",
    "normalize_word",
    "now_iso",
    "parse_channel",
    "reference_problems",
]
