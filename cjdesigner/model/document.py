"""The journey-map document: plain pydantic objects, the one source of truth.

Everything is named by a stable string id. The field order here is the key order of
the .cjm file, so keep it stable. Cards are one flat list: their order within a cell
(one lane x one step) is their relative order in that list.
"""

from __future__ import annotations

import functools
import math
import operator
import secrets
import unicodedata
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from enum import Enum
from itertools import chain
from typing import Annotated, Any, Self, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    JsonValue,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .guard import FrozenDict, FrozenList, deep_freeze, freeze_fields
from .vocabulary import (
    ConflictReason,
    Evidence,
    ItemKind,
    JourneyKind,
    LaneKind,
    MapType,
    Metric,
)

SCHEMA_VERSION = 6
"""Version of the .cjm format this code writes. Older files are upgraded on load by
``cjdesigner.fileio.migrations``; bump this together with a new migration step."""

MAX_TEXT = 20_000
MAX_SHORT = 500
#: a persona photo: a file name in the map's folder, or a small embedded picture
#: (``data:image/jpeg;base64,…``; the Personas panel embeds about 60 KB at most)
MAX_PHOTO = 400_000


_stored_nfc: Callable[[str], str] = functools.partial(unicodedata.normalize, "NFC")
"""Text is stored in Unicode normal form C, however it was typed or imported. The same
as :func:`cjdesigner.text.normalize.nfc` (an ASCII or already normal text comes back as
it is), but called by pydantic's validator without a Python frame: a map has tens of
thousands of texts, and this runs for each of them on every load (issue 18)."""


ShortText = Annotated[str, Field(max_length=MAX_SHORT), AfterValidator(_stored_nfc)]
LongText = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_stored_nfc)]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
#: a BCP 47 language tag ("da", "en-US", "zh-Hant-TW"): letters, digits and hyphens
LocaleTag = Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)]
Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:\-]+$")]

_Item = TypeVar("_Item")
_Key = TypeVar("_Key")
_Value = TypeVar("_Value")
Items = Annotated[list[_Item], AfterValidator(FrozenList)]
"""A list field of the map: validated as a list, kept as a :class:`FrozenList`."""
Keyed = Annotated[dict[_Key, _Value], AfterValidator(FrozenDict)]
"""A dict field of the map: validated as a dict, kept as a :class:`FrozenDict`."""
FrozenJson = Annotated[JsonValue, AfterValidator(deep_freeze)]
"""A JSON value whose lists and objects are frozen all the way down."""


def _member_of(cls: type[Enum]) -> BeforeValidator:
    """An enumeration member from its exact value, as JSON writes it, also when strict.

    The file loader validates strictly (``"primary": "yes"`` is refused, as the JSON
    Schema refuses it), and strict pydantic wants members, not the strings JSON holds:
    this turns an exact value into its member and refuses anything else.
    """
    members = cls._value2member_map_
    values = [repr(value) for value in members]
    expected = ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]

    def convert(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        if type(value) is str and value in members:
            return members[value]
        raise PydanticCustomError("enum", "Input should be {expected}", {"expected": expected})

    return BeforeValidator(convert)


MapTypeField = Annotated[MapType, _member_of(MapType)]
JourneyKindField = Annotated[JourneyKind, _member_of(JourneyKind)]
LaneKindField = Annotated[LaneKind, _member_of(LaneKind)]
EvidenceField = Annotated[Evidence, _member_of(Evidence)]
MetricField = Annotated[Metric, _member_of(Metric)]
ItemKindField = Annotated[ItemKind, _member_of(ItemKind)]
ConflictReasonField = Annotated[ConflictReason, _member_of(ConflictReason)]
Rating = Annotated[int, Field(ge=1, le=5)]
"""Impact and effort of an opportunity: 1 (very low) … 5 (very high)."""

ANSWER_RANGES: dict[Metric, tuple[int, int]] = {
    Metric.CSAT: (1, 5),
    Metric.CES: (1, 7),
    Metric.NPS: (0, 10),
}
"""The scores a survey answer may give, per metric."""

SCORE_RANGES: dict[Metric, tuple[float, float]] = {
    Metric.CSAT: (0, 100),  # per cent of satisfied answers (4 or 5)
    Metric.CES: (1, 7),  # mean effort; lower is better
    Metric.NPS: (-100, 100),  # per cent promoters (9–10) minus per cent detractors (0–6)
}
"""The range of a step's metric score, per metric."""


def new_id(prefix: str) -> str:
    """A short random id such as ``card-3f9a1c2b``; stable once written to a file."""
    return f"{prefix}-{secrets.token_hex(4)}"


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Base(BaseModel):
    """Every object of a map is immutable: assigning a field raises a ValidationError
    (``frozen_instance``), changing a list or dict field in place raises
    :class:`~cjdesigner.model.guard.ModelMutationError`. Build a new value
    (``model_copy(update=...)``, whose new lists and dicts are frozen too) and change a
    map only through its edits (``cjdesigner.model.edits``).

    Being immutable, a part of a map is its own deep copy: ``copy.deepcopy`` and
    ``model_copy(deep=True)`` share it instead of walking it."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        allow_inf_nan=False,
        str_strip_whitespace=False,
    )

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        if update:
            update = {name: deep_freeze(value) for name, value in update.items()}
        return super().model_copy(update=update, deep=deep)

    @classmethod
    def model_construct(  # type: ignore[override]  # the pydantic plugin types it per model
        cls, _fields_set: set[str] | None = None, **values: Any
    ) -> Self:
        made = super().model_construct(_fields_set, **values)
        freeze_fields(made.__dict__)
        return made

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        return self


class MapMeta(Base):
    title: ShortText = "Untitled journey"
    objective: LongText = ""
    scope: LongText = ""
    map_type: MapTypeField = MapType.CURRENT_STATE
    journey_kind: JourneyKindField = JourneyKind.PURCHASE
    version_label: ShortText = ""
    author: ShortText = ""
    created: ShortText = Field(default_factory=now_iso)
    modified: ShortText = Field(default_factory=now_iso)
    #: the language of the map's own words on paper (poster headings, legend, dates): a
    #: BCP 47 tag such as "da", "en-US" or "ar"; new maps in the editor take its language
    language: LocaleTag = "en"


class Persona(Base):
    id: Id = Field(default_factory=lambda: new_id("persona"))
    name: ShortText = "New persona"
    segment: ShortText = ""
    age: ShortText = ""
    occupation: ShortText = ""
    income: ShortText = ""
    goals: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    needs: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    motivations: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    challenges: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    behaviours: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    preferred_channels: Items[ShortText] = Field(default_factory=FrozenList, max_length=200)
    quote: LongText = ""
    primary: bool = False
    color: Colour | None = None
    #: a picture of the persona: a path relative to the map's folder or a ``data:`` URI
    #: of a PNG, JPEG or WebP image; read only within ``fileio.images``' trust boundary
    photo: Annotated[str, Field(max_length=MAX_PHOTO)] | None = None


class StepMetric(Base):
    """One journey metric of a step: its score, how many answers it rests on, and its 95 %
    confidence interval ``low``…``high`` (None when not known, as when typed by hand).
    An adjusted interval (NPS) need not contain the score at the extremes."""

    metric: MetricField
    score: float
    n: Annotated[int, Field(ge=0, le=100_000_000)] = 0
    low: float | None = None
    high: float | None = None
    source: ShortText = ""

    @model_validator(mode="after")
    def _in_range(self) -> StepMetric:
        bottom, top = SCORE_RANGES[self.metric]
        label = self.metric.label
        for name in ("score", "low", "high"):
            value = getattr(self, name)
            if value is not None and not bottom <= value <= top:
                raise ValueError(f"{label} {name} {value:g} lies outside {bottom:g}…{top:g}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"{label} interval ends below its start")
        return self


class Step(Base):
    id: Id = Field(default_factory=lambda: new_id("step"))
    name: ShortText = "New step"
    time: Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")] | None = None
    duration_minutes: Annotated[float, Field(ge=0, le=10_000_000)] | None = None
    description: LongText = ""
    metrics: Items[StepMetric] = Field(default_factory=FrozenList, max_length=len(Metric))

    @field_validator("metrics")
    @classmethod
    def _one_of_each(cls, value: list[StepMetric]) -> list[StepMetric]:
        kinds = [m.metric for m in value]
        if len(set(kinds)) != len(kinds):
            raise ValueError("a metric appears twice")
        return value

    def metric(self, metric: Metric) -> StepMetric | None:
        return next((m for m in self.metrics if m.metric == metric), None)


class Stage(Base):
    id: Id = Field(default_factory=lambda: new_id("stage"))
    name: ShortText = "New stage"
    color: Colour | None = None
    steps: Items[Step] = Field(default_factory=FrozenList, max_length=2_000)


class Lane(Base):
    id: Id = Field(default_factory=lambda: new_id("lane"))
    title: ShortText = "New lane"
    kind: LaneKindField = LaneKind.TEXT
    color: Colour | None = None


class Card(Base):
    id: Id = Field(default_factory=lambda: new_id("card"))
    lane_id: Id
    step_id: Id
    title: ShortText = ""
    description: LongText = ""
    channel: ShortText = ""
    owner: ShortText = ""
    evidence: EvidenceField | None = None
    evidence_source: ShortText = ""
    emotion: Annotated[float, Field(ge=-2, le=2)] | None = None
    tags: Items[ShortText] = Field(default_factory=FrozenList, max_length=100)
    color: Colour | None = None
    votes: Annotated[int, Field(ge=0, le=1_000_000)] = 0
    links: Items[Id] = Field(default_factory=FrozenList, max_length=1_000)
    image: LongText | None = None
    impact: Rating | None = None
    effort: Rating | None = None
    origin: Id | None = None
    """Id of the card of another map this one was made from (a future state's card
    remembers its current-state card)."""


class EmotionScale(Base):
    """A numeric scale with named levels spread evenly from ``min`` to ``max``."""

    min: Annotated[float, Field(ge=-1000, le=1000)] = -2
    max: Annotated[float, Field(ge=-1000, le=1000)] = 2
    levels: Items[ShortText] = Field(
        default_factory=lambda: FrozenList(
            ["Very negative", "Negative", "Neutral", "Positive", "Very positive"]
        ),
        min_length=2,
        max_length=21,
    )

    @model_validator(mode="after")
    def _ordered(self) -> EmotionScale:
        if not self.max > self.min:
            raise ValueError("scale max must be greater than min")
        return self

    def level_values(self) -> list[float]:
        n = len(self.levels)
        return [self.min + (self.max - self.min) * i / (n - 1) for i in range(n)]

    def clamp(self, value: float) -> float:
        return min(self.max, max(self.min, value))

    def snap(self, value: float, fine: bool = False) -> float:
        """Nearest level (or nearest quarter level when ``fine``), within the scale."""
        step = (self.max - self.min) / (len(self.levels) - 1)
        if fine:
            step /= 4
        snapped = self.min + round((self.clamp(value) - self.min) / step) * step
        return round(self.clamp(snapped), 6)

    def from_default(self, value: float) -> float:
        """Map a value on the default −2…+2 card scale onto this scale."""
        return self.min + (value + 2) / 4 * (self.max - self.min)


class EmotionCurve(Base):
    id: Id = Field(default_factory=lambda: new_id("curve"))
    label: ShortText = "Experienced"
    persona_id: Id | None = None
    color: Colour | None = None
    scale: EmotionScale = Field(default_factory=EmotionScale)
    metric: MetricField | None = None
    """When set, the curve follows this metric of each step (spread over the scale) where
    the step has it, instead of its points."""
    points: Keyed[Id, float] = Field(default_factory=FrozenDict)
    from_cards: bool = True
    """Steps without a point take the mean emotion of their cards (what was experienced);
    off, they stay empty (an expected curve is drawn only where it was set)."""

    @field_validator("points")
    @classmethod
    def _finite(cls, value: dict[str, float]) -> dict[str, float]:
        for key, number in value.items():
            if not math.isfinite(number):
                raise ValueError(f"point for {key} is not a finite number")
        return value

    @model_validator(mode="after")
    def _within_scale(self) -> EmotionCurve:
        # Each bad point is reported at its own place, ``curves[0].points.step-x``.
        low, high = self.scale.min, self.scale.max
        errors = [
            InitErrorDetails(
                type=PydanticCustomError(
                    "out_of_scale",
                    "{value} lies outside the scale {low}…{high}",
                    {"value": f"{number:g}", "low": f"{low:g}", "high": f"{high:g}"},
                ),
                loc=("points", key),
                input=number,
            )
            for key, number in self.points.items()
            if not low <= number <= high
        ]
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self


class Conflict(Base):
    """A change a three-way merge could not combine, kept until the user picks a side.

    The map holds ``ours`` (the side merged into); ``theirs`` is the other side's value.
    ``field`` names the field (``points`` with ``key`` the step id for a curve point,
    ``position`` for a move, empty for a removal); values are JSON, ``None`` where a side
    removed the item. ``item_id`` is None for the map's meta.
    """

    id: Id = Field(default_factory=lambda: new_id("conflict"))
    kind: ItemKindField
    item_id: Id | None = None
    name: ShortText = ""
    field: ShortText = ""
    key: Id | None = None
    reason: ConflictReasonField = ConflictReason.EDITED
    base: FrozenJson = None
    ours: FrozenJson = None
    theirs: FrozenJson = None
    ours_label: ShortText = "ours"
    theirs_label: ShortText = "theirs"


class JourneyMap(Base):
    """A whole map. Like its parts it refuses assignment; its edits alone replace its
    fields (with new frozen lists), so a shallow copy is a full, independent snapshot."""

    schema_version: int = SCHEMA_VERSION
    meta: MapMeta = Field(default_factory=MapMeta)
    personas: Items[Persona] = Field(default_factory=FrozenList, max_length=200)
    stages: Items[Stage] = Field(default_factory=FrozenList, max_length=500)
    lanes: Items[Lane] = Field(default_factory=FrozenList, max_length=200)
    cards: Items[Card] = Field(default_factory=FrozenList, max_length=100_000)
    curves: Items[EmotionCurve] = Field(default_factory=FrozenList, max_length=50)
    conflicts: Items[Conflict] = Field(default_factory=FrozenList, max_length=10_000)

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> JourneyMap:
        # The file loader passes {"defer_references": True} and reports every problem
        # from ``reference_problems`` itself, each with its own JSON path.
        if isinstance(info.context, dict) and info.context.get("defer_references"):
            return self
        problems = reference_problems(self)
        if problems:
            raise ValueError("; ".join(problems[:20]))
        return self

    def __deepcopy__(self, memo: dict[int, Any] | None = None) -> Self:
        # the fields are immutable; only the map's own slots change (through edits)
        return self.model_copy()

    def with_meta(self, **changes: Any) -> JourneyMap:
        """A new map sharing this one's parts, with these meta fields changed (checked as
        the loader checks them). For maps being made (import, template, future state);
        a map being edited changes through ``SetFields(target="meta", ...)``."""
        meta = MapMeta.model_validate({**dict(self.meta), **changes})
        return self.model_copy(update={"meta": meta})

    # -- lookups -------------------------------------------------------------------
    def steps(self) -> list[Step]:
        return [step for stage in self.stages for step in stage.steps]

    def step_ids(self) -> list[str]:
        return [step.id for stage in self.stages for step in stage.steps]

    def find_stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def find_step(self, step_id: str) -> tuple[Stage, Step]:
        for stage in self.stages:
            for step in stage.steps:
                if step.id == step_id:
                    return stage, step
        raise KeyError(step_id)

    def find_lane(self, lane_id: str) -> Lane:
        for lane in self.lanes:
            if lane.id == lane_id:
                return lane
        raise KeyError(lane_id)

    def find_card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def find_persona(self, persona_id: str) -> Persona:
        for persona in self.personas:
            if persona.id == persona_id:
                return persona
        raise KeyError(persona_id)

    def find_curve(self, curve_id: str) -> EmotionCurve:
        for curve in self.curves:
            if curve.id == curve_id:
                return curve
        raise KeyError(curve_id)

    def cards_in(self, lane_id: str, step_id: str) -> list[Card]:
        return [c for c in self.cards if c.lane_id == lane_id and c.step_id == step_id]

    def cells(self) -> dict[tuple[str, str], list[Card]]:
        """All non-empty cells, keyed by (lane_id, step_id), cards in cell order."""
        grid: dict[tuple[str, str], list[Card]] = {}
        for card in self.cards:
            grid.setdefault((card.lane_id, card.step_id), []).append(card)
        return grid

    def primary_personas(self) -> list[Persona]:
        return [p for p in self.personas if p.primary]


_ID = operator.attrgetter("id")


def reference_problems(doc: JourneyMap) -> list[str]:
    """Duplicate ids and dangling references, each as a message with its JSON path.

    Every load and save asks this of the whole map: a map without problems (nearly every
    one) is checked with set operations over the ids, without a Python step per card;
    only a map with a problem is walked to name each one (:func:`_listed_problems`)."""
    if _no_reference_problems(doc):
        return []
    return _listed_problems(doc)


def _no_reference_problems(doc: JourneyMap) -> bool:
    steps = [step for stage in doc.stages for step in stage.steps]
    cards = doc.cards
    claimed = [*map(_ID, doc.personas), *map(_ID, doc.stages), *map(_ID, steps),
               *map(_ID, doc.lanes), *map(_ID, cards), *map(_ID, doc.curves)]
    if len(set(claimed)) != len(claimed):
        return False
    conflict_ids = set(map(_ID, doc.conflicts))
    if len(conflict_ids) != len(doc.conflicts):
        return False
    step_ids = set(map(_ID, steps))
    persona_ids = set(map(_ID, doc.personas))
    for curve in doc.curves:
        if curve.persona_id is not None and curve.persona_id not in persona_ids:
            return False
        if not step_ids.issuperset(curve.points):
            return False
    return (
        set(map(_ID, doc.lanes)).issuperset(map(_LANE_ID, cards))
        and step_ids.issuperset(map(_STEP_ID, cards))
        and set(map(_ID, cards)).issuperset(chain.from_iterable(map(_LINKS, cards)))
    )


_LANE_ID = operator.attrgetter("lane_id")
_STEP_ID = operator.attrgetter("step_id")
_LINKS = operator.attrgetter("links")


def _listed_problems(doc: JourneyMap) -> list[str]:
    """Every reference problem of ``doc``, in the order of the file, each named."""
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(identifier: str, path: str) -> None:
        if identifier in seen:
            problems.append(f"{path}.id: duplicate id {identifier!r} (also at {seen[identifier]})")
        else:
            seen[identifier] = path

    for i, persona in enumerate(doc.personas):
        claim(persona.id, f"personas[{i}]")
    step_ids: set[str] = set()
    for i, stage in enumerate(doc.stages):
        claim(stage.id, f"stages[{i}]")
        for j, step in enumerate(stage.steps):
            claim(step.id, f"stages[{i}].steps[{j}]")
            step_ids.add(step.id)
    lane_ids = set()
    for i, lane in enumerate(doc.lanes):
        claim(lane.id, f"lanes[{i}]")
        lane_ids.add(lane.id)
    card_ids = set()
    for i, card in enumerate(doc.cards):
        claim(card.id, f"cards[{i}]")
        card_ids.add(card.id)
    persona_ids = {p.id for p in doc.personas}
    for i, curve in enumerate(doc.curves):
        claim(curve.id, f"curves[{i}]")
        if curve.persona_id is not None and curve.persona_id not in persona_ids:
            problems.append(f"curves[{i}].persona_id: no persona with id {curve.persona_id!r}")
        for key in curve.points:
            if key not in step_ids:
                problems.append(f"curves[{i}].points: no step with id {key!r}")
    conflict_ids: dict[str, int] = {}
    for i, conflict in enumerate(doc.conflicts):
        if conflict.id in conflict_ids:
            problems.append(
                f"conflicts[{i}].id: duplicate id {conflict.id!r} "
                f"(also at conflicts[{conflict_ids[conflict.id]}])"
            )
        conflict_ids.setdefault(conflict.id, i)
    for i, card in enumerate(doc.cards):
        if card.lane_id not in lane_ids:
            problems.append(f"cards[{i}].lane_id: no lane with id {card.lane_id!r}")
        if card.step_id not in step_ids:
            problems.append(f"cards[{i}].step_id: no step with id {card.step_id!r}")
        for j, link in enumerate(card.links):
            if link not in card_ids:
                problems.append(f"cards[{i}].links[{j}]: no card with id {link!r}")
    return problems
