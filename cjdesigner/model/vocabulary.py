"""The words of the domain: lane kinds, channels, evidence bases, map and journey kinds.

Every enumeration keeps a human label and accepts the spellings people type in
spreadsheets ("Customer actions", "pain-points", "PHONE_HELPLINE" ...).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import Self


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark a label for translation (``cjdesigner.i18n.words`` and the editor translate it
    in the context "Vocabulary"); the model keeps the English label."""
    return text


_SEPARATORS = re.compile(r"[\s_\-/]+")


def normalize_word(text: str) -> str:
    """Fold case, spaces, hyphens and underscores so spellings compare equal."""
    return _SEPARATORS.sub("_", text.strip().lower()).strip("_")


class LabelledEnum(StrEnum):
    """A string enum with a display label and a tolerant parser."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Self | None:
        key = normalize_word(text)
        if not key:
            return None
        found = _spellings(cls).get(key)
        return found if isinstance(found, cls) else None


@cache
def _spellings(cls: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Every accepted spelling of a member (value, label, aliases), normalised.

    Members are taken in declaration order and the first claim of a spelling wins, as
    the member-by-member scan this table replaces did (CSV import parses every row).
    """
    table: dict[str, LabelledEnum] = {}
    for member in cls:
        for key in (member.value, normalize_word(member.label), *_ALIASES.get(member, ())):
            table.setdefault(key, member)
    return table


class LaneKind(LabelledEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    CHANNELS = "channels"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    IDEAS = "ideas"
    KPIS = "kpis"
    CONTENT = "content"
    TEXT = "text"
    IMAGES = "images"
    PHYSICAL_EVIDENCE = "physical_evidence"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"


class Evidence(LabelledEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class MapType(LabelledEnum):
    CURRENT_STATE = "current_state"
    FUTURE_STATE = "future_state"
    DAY_IN_THE_LIFE = "day_in_the_life"
    SERVICE_BLUEPRINT = "service_blueprint"


class JourneyKind(LabelledEnum):
    PURCHASE = "purchase"
    WELCOME = "welcome"
    QUERY = "query"
    COMPLAINT_OR_RETURN = "complaint_or_return"
    RENEWAL = "renewal"
    CANCELLATION = "cancellation"
    OTHER = "other"


class Metric(LabelledEnum):
    """Journey metrics measured per step from survey answers."""

    CSAT = "csat"
    CES = "ces"
    NPS = "nps"


class ItemKind(LabelledEnum):
    """The kinds of item a merge conflict names."""

    META = "meta"
    PERSONA = "persona"
    STAGE = "stage"
    STEP = "step"
    LANE = "lane"
    CARD = "card"
    CURVE = "curve"


class ConflictReason(LabelledEnum):
    EDITED = "edited"  # both sides set one field to different values
    REMOVED = "removed"  # one side removed what the other changed or still uses
    MOVED = "moved"  # both sides moved one item to different places


class BlueprintLine(LabelledEnum):
    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal_interaction"


# Channels are open-ended: the known ones get a canonical key, an icon and a label;
# anything else is kept exactly as the user wrote it.
CHANNELS: dict[str, str] = {
    "website": QT_TRANSLATE_NOOP("Vocabulary", "Website"),
    "webchat": QT_TRANSLATE_NOOP("Vocabulary", "Webchat"),
    "phone_helpline": QT_TRANSLATE_NOOP("Vocabulary", "Phone helpline"),
    "text_message": QT_TRANSLATE_NOOP("Vocabulary", "Text message"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "social_media": QT_TRANSLATE_NOOP("Vocabulary", "Social media"),
    "store": QT_TRANSLATE_NOOP("Vocabulary", "Branch or store"),
    "sales_staff": QT_TRANSLATE_NOOP("Vocabulary", "Sales staff"),
    "advertising": QT_TRANSLATE_NOOP("Vocabulary", "Advertising"),
    "marketing_content": QT_TRANSLATE_NOOP("Vocabulary", "Marketing content"),
    "word_of_mouth": QT_TRANSLATE_NOOP("Vocabulary", "Word of mouth"),
    "mobile_app": QT_TRANSLATE_NOOP("Vocabulary", "Mobile app"),
}

# Other spellings of a known channel, normalised. Only unambiguous ones: "mail" may be a
# letter, "staff" anyone, "content" or "marketing" a lane or a team, "shop" a web shop,
# "chat" a messenger, "mobile" a call: those stay as the user wrote them.
_CHANNEL_ALIASES: dict[str, str] = {
    "web_site": "website",
    "live_chat": "webchat",
    "web_chat": "webchat",
    "phone": "phone_helpline",
    "telephone": "phone_helpline",
    "helpline": "phone_helpline",
    "call_centre": "phone_helpline",
    "call_center": "phone_helpline",
    "sms": "text_message",
    "e_mail": "email",
    "branch": "store",
    "in_store": "store",
    "ads": "advertising",
    "advert": "advertising",
    "adverts": "advertising",
    "app": "mobile_app",
}

TEAMS: tuple[str, ...] = (
    "Marketing",
    "Sales",
    "Customer service",
    "Product development",
    "Management",
    "Front-line staff",
    "Technical support",
)


def parse_channel(text: str) -> str:
    """Canonical key for a known channel; anything else is kept as written (stripped)."""
    key = normalize_word(text)
    if not key:
        return ""
    if key in CHANNELS:
        return key
    found = _channel_labels().get(key)
    if found is not None:
        return found
    return _CHANNEL_ALIASES.get(key, text.strip())


@cache
def _channel_labels() -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, label in CHANNELS.items():
        table.setdefault(normalize_word(label), canonical)
    return table


def channel_label(channel: str) -> str:
    return CHANNELS.get(channel, channel)


_LABELS: dict[LabelledEnum, str] = {
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Vocabulary", "Customer actions"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Vocabulary", "Touchpoints"),
    LaneKind.CHANNELS: QT_TRANSLATE_NOOP("Vocabulary", "Channels"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("Vocabulary", "Thoughts"),
    LaneKind.FEELINGS: QT_TRANSLATE_NOOP("Vocabulary", "Feelings"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("Vocabulary", "Pain points"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("Vocabulary", "Opportunities"),
    LaneKind.IDEAS: QT_TRANSLATE_NOOP("Vocabulary", "Ideas / solutions"),
    LaneKind.KPIS: QT_TRANSLATE_NOOP("Vocabulary", "KPIs / metrics"),
    LaneKind.CONTENT: QT_TRANSLATE_NOOP("Vocabulary", "Content offered"),
    LaneKind.TEXT: QT_TRANSLATE_NOOP("Vocabulary", "Text"),
    LaneKind.IMAGES: QT_TRANSLATE_NOOP("Vocabulary", "Images"),
    LaneKind.PHYSICAL_EVIDENCE: QT_TRANSLATE_NOOP("Vocabulary", "Physical evidence"),
    LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("Vocabulary", "Frontstage"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Vocabulary", "Backstage"),
    LaneKind.SUPPORT: QT_TRANSLATE_NOOP("Vocabulary", "Support processes"),
    Evidence.OBSERVED: QT_TRANSLATE_NOOP("Vocabulary", "Observed"),
    Evidence.ASSUMED: QT_TRANSLATE_NOOP("Vocabulary", "Assumed"),
    Evidence.PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
    MapType.CURRENT_STATE: QT_TRANSLATE_NOOP("Vocabulary", "Current state"),
    MapType.FUTURE_STATE: QT_TRANSLATE_NOOP("Vocabulary", "Future state"),
    MapType.DAY_IN_THE_LIFE: QT_TRANSLATE_NOOP("Vocabulary", "Day in the life"),
    MapType.SERVICE_BLUEPRINT: QT_TRANSLATE_NOOP("Vocabulary", "Service blueprint"),
    JourneyKind.PURCHASE: QT_TRANSLATE_NOOP("Vocabulary", "Purchase"),
    JourneyKind.WELCOME: QT_TRANSLATE_NOOP("Vocabulary", "Welcome"),
    JourneyKind.QUERY: QT_TRANSLATE_NOOP("Vocabulary", "Query about a product"),
    JourneyKind.COMPLAINT_OR_RETURN: QT_TRANSLATE_NOOP("Vocabulary", "Complaint or return"),
    JourneyKind.RENEWAL: QT_TRANSLATE_NOOP("Vocabulary", "Contract renewal"),
    JourneyKind.CANCELLATION: QT_TRANSLATE_NOOP("Vocabulary", "Cancellation"),
    JourneyKind.OTHER: QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    Metric.CSAT: QT_TRANSLATE_NOOP("Vocabulary", "CSAT"),
    Metric.CES: QT_TRANSLATE_NOOP("Vocabulary", "CES"),
    Metric.NPS: QT_TRANSLATE_NOOP("Vocabulary", "NPS"),
    ItemKind.META: QT_TRANSLATE_NOOP("Vocabulary", "Map"),
    ItemKind.PERSONA: QT_TRANSLATE_NOOP("Vocabulary", "Persona"),
    ItemKind.STAGE: QT_TRANSLATE_NOOP("Vocabulary", "Stage"),
    ItemKind.STEP: QT_TRANSLATE_NOOP("Vocabulary", "Step"),
    ItemKind.LANE: QT_TRANSLATE_NOOP("Vocabulary", "Lane"),
    ItemKind.CARD: QT_TRANSLATE_NOOP("Vocabulary", "Card"),
    ItemKind.CURVE: QT_TRANSLATE_NOOP("Vocabulary", "Emotion curve"),
    ConflictReason.EDITED: QT_TRANSLATE_NOOP("Vocabulary", "Edited on both sides"),
    ConflictReason.REMOVED: QT_TRANSLATE_NOOP("Vocabulary", "Removed on one side, changed on the other"),
    ConflictReason.MOVED: QT_TRANSLATE_NOOP("Vocabulary", "Moved to different places"),
    BlueprintLine.INTERACTION: QT_TRANSLATE_NOOP("Vocabulary", "Line of interaction"),
    BlueprintLine.VISIBILITY: QT_TRANSLATE_NOOP("Vocabulary", "Line of visibility"),
    BlueprintLine.INTERNAL_INTERACTION: QT_TRANSLATE_NOOP("Vocabulary", "Line of internal interaction"),
}

_ALIASES: dict[LabelledEnum, tuple[str, ...]] = {
    LaneKind.ACTIONS: ("customer_actions", "action", "customer_action", "doing"),
    LaneKind.TOUCHPOINTS: ("touchpoint", "touch_points", "touch_point"),
    LaneKind.CHANNELS: ("channel",),
    LaneKind.THOUGHTS: ("thought", "thinking"),
    LaneKind.FEELINGS: (
        "feeling",
        "emotions",
        "emotion",
        "emotion_curve",
        "feelings_emotion_curve",
    ),
    LaneKind.PAIN_POINTS: ("pain_point", "pains", "pain"),
    LaneKind.OPPORTUNITIES: ("opportunity",),
    LaneKind.IDEAS: ("idea", "solutions", "solution", "ideas_solutions"),
    LaneKind.KPIS: ("kpi", "metrics", "metric", "kpis_metrics"),
    LaneKind.CONTENT: ("content_offered", "contents"),
    LaneKind.TEXT: ("plain_text", "notes", "note"),
    LaneKind.IMAGES: ("image", "pictures", "picture"),
    LaneKind.PHYSICAL_EVIDENCE: ("evidence", "physical"),
    LaneKind.FRONTSTAGE: ("front_stage", "frontstage_actions", "visible_staff_actions"),
    LaneKind.BACKSTAGE: ("back_stage", "backstage_actions", "invisible_staff_actions"),
    LaneKind.SUPPORT: ("support_processes", "support_process", "supporting_processes"),
    Evidence.OBSERVED: ("research", "observation", "fact"),
    Evidence.ASSUMED: ("assumption", "hypothesis"),
    Evidence.PROPOSED: ("future", "proposal", "proposed_for_the_future"),
    MapType.CURRENT_STATE: ("current", "as_is"),
    MapType.FUTURE_STATE: ("future", "to_be"),
    MapType.DAY_IN_THE_LIFE: ("day_in_life", "ditl"),
    MapType.SERVICE_BLUEPRINT: ("blueprint",),
    JourneyKind.COMPLAINT_OR_RETURN: ("complaint", "return", "complaint_return"),
    JourneyKind.QUERY: ("query_about_a_product", "enquiry", "inquiry"),
    JourneyKind.RENEWAL: ("contract_renewal",),
    Metric.CSAT: ("customer_satisfaction", "satisfaction"),
    Metric.CES: ("customer_effort", "effort", "customer_effort_score"),
    Metric.NPS: ("net_promoter", "net_promoter_score"),
}

BLUEPRINT_LAYERS: tuple[LaneKind, ...] = (
    LaneKind.FRONTSTAGE,
    LaneKind.BACKSTAGE,
    LaneKind.SUPPORT,
)
