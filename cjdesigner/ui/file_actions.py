"""Making new maps: a customer journey with a sensible grid, a service blueprint with its
layers, a truly empty map, or a copy of a template."""

from __future__ import annotations

from cjdesigner.model import (
    EmotionCurve,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
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


def empty_map(author: str = "") -> JourneyMap:
    """A truly blank map: no stage, step, lane or curve yet."""
    return JourneyMap(meta=MapMeta(title="Untitled map", author=author))


#: the service blueprint's rows, customer side first, then the three layers under the lines
BLUEPRINT_LANES = (
    LaneKind.PHYSICAL_EVIDENCE,
    LaneKind.ACTIONS,
    LaneKind.FEELINGS,
    LaneKind.FRONTSTAGE,
    LaneKind.BACKSTAGE,
    LaneKind.SUPPORT,
)


def blueprint_map(author: str = "", scale: EmotionScale | None = None) -> JourneyMap:
    """A service blueprint skeleton: the five stages, physical evidence and customer
    actions over the frontstage, backstage and support layers."""
    return JourneyMap(
        meta=MapMeta(title="Untitled service blueprint", author=author,
                     map_type=MapType.SERVICE_BLUEPRINT),
        stages=[Stage(name=name, steps=[Step(name="First step")]) for name in BLANK_STAGES],
        lanes=[Lane(title=kind.label, kind=kind) for kind in BLUEPRINT_LANES],
        curves=[EmotionCurve(label="Experienced", scale=scale or EmotionScale())],
    )


def from_template(name: str, author: str = "") -> JourneyMap:
    """A fresh copy of a bundled template, stamped as a new map by ``author``: new dates,
    no version label, and the user's name (or none) rather than the template's author, as
    ``cjdesigner new`` does."""
    from cjdesigner.templates import load_template

    doc = load_template(name)
    doc.meta.created = doc.meta.modified = now_iso()
    doc.meta.author = author or ""
    doc.meta.version_label = ""
    return doc
