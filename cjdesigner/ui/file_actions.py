"""Making new maps: a customer journey with a sensible grid, a service blueprint with its
layers, a truly empty map, or a copy of a template."""

from __future__ import annotations

from cjdesigner.i18n.words import QT_TRANSLATE_NOOP
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
from cjdesigner.ui.i18n import editor_locale_tag, translate

BLANK_STAGES = (
    QT_TRANSLATE_NOOP("FileActions", "Awareness"),
    QT_TRANSLATE_NOOP("FileActions", "Consideration"),
    QT_TRANSLATE_NOOP("FileActions", "Decision"),
    QT_TRANSLATE_NOOP("FileActions", "Retention"),
    QT_TRANSLATE_NOOP("FileActions", "Loyalty"),
)
BLANK_LANES = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.FEELINGS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)


def blank_map(author: str = "", scale: EmotionScale | None = None) -> JourneyMap:
    """Five classic stages with one step each, the usual lanes and an empty emotion curve,
    named in the editor's language, which becomes the map's language."""
    return JourneyMap(
        meta=MapMeta(title=translate("FileActions", "Untitled journey"), author=author,
                     language=editor_locale_tag()),
        stages=[Stage(name=translate("FileActions", name),
                      steps=[Step(name=translate("FileActions", "First step"))])
                for name in BLANK_STAGES],
        lanes=[Lane(title=kind.label, kind=kind) for kind in BLANK_LANES],  # shown translated
        curves=[EmotionCurve(label=translate("FileActions", "Experienced"), scale=scale or EmotionScale())],
    )


def empty_map(author: str = "") -> JourneyMap:
    """A truly blank map: no stage, step, lane or curve yet."""
    return JourneyMap(meta=MapMeta(title=translate("FileActions", "Untitled map"), author=author))


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
        meta=MapMeta(title=translate("FileActions", "Untitled service blueprint"), author=author,
                     map_type=MapType.SERVICE_BLUEPRINT),
        stages=[Stage(name=name, steps=[Step(name="First step")]) for name in BLANK_STAGES],
        lanes=[Lane(title=kind.label, kind=kind) for kind in BLUEPRINT_LANES],
        curves=[EmotionCurve(label=translate("FileActions", "Experienced"), scale=scale or EmotionScale())],
    )


def from_template(name: str, author: str = "") -> JourneyMap:
    """A fresh copy of a bundled template, stamped as a new map by ``author``: new dates,
    no version label, and the user's name (or none) rather than the template's author, as
    ``cjdesigner new`` does."""
    from cjdesigner.templates import load_template

    stamp = now_iso()
    # the poster speaks the editor's language (the template's own words stay as written)
    return load_template(name).with_meta(
        created=stamp, modified=stamp, author=author or "", version_label="",
        language=editor_locale_tag(),
    )
