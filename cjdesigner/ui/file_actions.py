"""Making new maps: a blank one with a sensible grid, or a copy of a template."""

from __future__ import annotations

from cjdesigner.model import (
    EmotionCurve,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapMeta,
    Stage,
    Step,
    now_iso,
)

BLANK_STAGES = ("Awareness", "Consideration", "Decision", "Retention", "Loyalty")
BLANK_LANES = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.FEELINGS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)


def blank_map(author: str = "", scale: EmotionScale | None = None) -> JourneyMap:
    """Five classic stages with one step each, the usual lanes and an empty emotion curve."""
    return JourneyMap(
        meta=MapMeta(title="Untitled journey", author=author),
        stages=[Stage(name=name, steps=[Step(name="First step")]) for name in BLANK_STAGES],
        lanes=[Lane(title=kind.label, kind=kind) for kind in BLANK_LANES],
        curves=[EmotionCurve(label="Experienced", scale=scale or EmotionScale())],
    )


def from_template(name: str, author: str = "") -> JourneyMap:
    """A fresh copy of a bundled template, stamped as a new map by ``author``: new dates,
    no version label, and the user's name (or none) rather than the template's author, as
    ``cjdesigner new`` does."""
    from cjdesigner.templates import load_template

    stamp = now_iso()
    return load_template(name).with_meta(
        created=stamp, modified=stamp, author=author or "", version_label=""
    )
