"""A small vocabulary for writing template maps in code with readable, fixed ids.

Ids follow one pattern so a template diffs well and reads well in a .cjm file:
``stage-aw``, ``step-aw-01``, ``lane-pain``, ``card-aw-03``, ``persona-mary``,
``curve-mary``. Dates are fixed, so building twice gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable

from cjdesigner.model import (
    Card,
    EmotionCurve,
    Evidence,
    JourneyKind,
    JourneyMap,
    Lane,
    LaneKind,
    MapMeta,
    MapType,
    Persona,
    Stage,
    Step,
)

CREATED = "2026-11-01T09:00:00Z"
MODIFIED = "2026-11-20T16:30:00Z"
AUTHOR = "cjdesigner template library"

# A calm palette for stages: soft blue, sage, sand, rose, lavender, teal, peach, stone.
PALETTE = (
    "#A9C6DE",
    "#B7D7B0",
    "#EED9A8",
    "#E6B9BC",
    "#CBBDE2",
    "#A8D5CF",
    "#F1C9A5",
    "#D3D1C4",
)

OBSERVED = Evidence.OBSERVED
ASSUMED = Evidence.ASSUMED
PROPOSED = Evidence.PROPOSED

# The lanes most maps use, keyed by a short name: (title, kind).
STANDARD_LANES: dict[str, tuple[str, LaneKind]] = {
    "actions": ("Customer actions", LaneKind.ACTIONS),
    "touch": ("Touchpoints", LaneKind.TOUCHPOINTS),
    "channels": ("Channels", LaneKind.CHANNELS),
    "thoughts": ("Thoughts", LaneKind.THOUGHTS),
    "feel": ("Feelings", LaneKind.FEELINGS),
    "pain": ("Pain points", LaneKind.PAIN_POINTS),
    "opp": ("Opportunities", LaneKind.OPPORTUNITIES),
    "ideas": ("Ideas / solutions", LaneKind.IDEAS),
    "kpi": ("KPIs / metrics", LaneKind.KPIS),
    "content": ("Content offered", LaneKind.CONTENT),
    "notes": ("Notes", LaneKind.TEXT),
    "evidence": ("Physical evidence", LaneKind.PHYSICAL_EVIDENCE),
    "front": ("Frontstage", LaneKind.FRONTSTAGE),
    "back": ("Backstage", LaneKind.BACKSTAGE),
    "support": ("Support processes", LaneKind.SUPPORT),
}


class StageBuilder:
    """Collects one stage's steps; ``build`` makes the (immutable) stage."""

    def __init__(self, owner: MapBuilder, stage_id: str, name: str, color: str, code: str) -> None:
        self._owner = owner
        self.stage_id, self.name, self.color = stage_id, name, color
        self.steps: list[Step] = []
        self.code = code

    def step(
        self,
        name: str,
        *,
        time: str | None = None,
        minutes: float | None = None,
        description: str = "",
    ) -> str:
        step_id = f"step-{self.code}-{len(self.steps) + 1:02d}"
        self.steps.append(
            Step(id=step_id, name=name, time=time, duration_minutes=minutes, description=description)
        )
        self._owner._step_code[step_id] = self.code
        return step_id

    def build(self) -> Stage:
        return Stage(id=self.stage_id, name=self.name, color=self.color, steps=self.steps)


class MapBuilder:
    """Collects stages, lanes, cards, personas and curves, then builds one JourneyMap."""

    def __init__(
        self,
        title: str,
        *,
        objective: str,
        scope: str,
        map_type: MapType,
        journey_kind: JourneyKind,
        version_label: str = "Template 1.0",
    ) -> None:
        self.meta = MapMeta(
            title=title,
            objective=objective,
            scope=scope,
            map_type=map_type,
            journey_kind=journey_kind,
            version_label=version_label,
            author=AUTHOR,
            created=CREATED,
            modified=MODIFIED,
        )
        self.stages: list[StageBuilder] = []
        self.lanes: list[Lane] = []
        self.cards: list[Card] = []
        self.personas: list[Persona] = []
        self.curves: list[EmotionCurve] = []
        self._step_code: dict[str, str] = {}
        self._card_count: dict[str, int] = {}
        self._links: dict[str, list[str]] = {}

    # -- structure -------------------------------------------------------------------
    def stage(self, code: str, name: str, color: str | None = None) -> StageBuilder:
        if color is None:
            color = PALETTE[len(self.stages) % len(PALETTE)]
        stage = StageBuilder(self, f"stage-{code}", name, color, code)
        self.stages.append(stage)
        return stage

    def lanes_of(self, *keys: str) -> None:
        """Add standard lanes by short name, in the order given."""
        for key in keys:
            title, kind = STANDARD_LANES[key]
            self.lane(key, title, kind)

    def lane(self, key: str, title: str, kind: LaneKind) -> str:
        lane_id = f"lane-{key}"
        self.lanes.append(Lane(id=lane_id, title=title, kind=kind))
        return lane_id

    # -- content ---------------------------------------------------------------------
    def card(
        self,
        lane: str,
        step: str,
        title: str,
        description: str = "",
        *,
        channel: str = "",
        owner: str = "",
        evidence: Evidence | None = None,
        source: str = "",
        emotion: float | None = None,
        tags: Iterable[str] = (),
        votes: int = 0,
    ) -> str:
        code = self._step_code[step]
        count = self._card_count.get(code, 0) + 1
        self._card_count[code] = count
        card_id = f"card-{code}-{count:02d}"
        self.cards.append(
            Card(
                id=card_id,
                lane_id=f"lane-{lane}",
                step_id=step,
                title=title,
                description=description,
                channel=channel,
                owner=owner,
                evidence=evidence,
                evidence_source=source,
                emotion=emotion,
                tags=list(tags),
                votes=votes,
            )
        )
        return card_id

    def link(self, *chain: str) -> None:
        """Link each card to the next: pain point → opportunity → idea."""
        for first, second in zip(chain, chain[1:], strict=False):
            links = self._links.setdefault(first, [])
            if second not in links:
                links.append(second)

    def chain(
        self,
        step: str,
        pain: tuple[str, str],
        opportunity: tuple[str, str],
        idea: tuple[str, str],
        *,
        owner: str,
        idea_owner: str | None = None,
        source: str = "",
        evidence: Evidence = Evidence.OBSERVED,
        emotion: float = -1,
        votes: int = 3,
        tags: Iterable[str] = (),
        channel: str = "",
    ) -> tuple[str, str, str]:
        """A pain point, the opportunity it raises and the idea that answers it, linked."""
        tags = list(tags)
        p = self.card("pain", step, *pain, owner=owner, evidence=evidence, source=source,
                      emotion=emotion, votes=votes, tags=tags, channel=channel)
        o = self.card("opp", step, *opportunity, owner=owner, evidence=Evidence.PROPOSED)
        i = self.card("ideas", step, *idea, owner=idea_owner or owner,
                      evidence=Evidence.PROPOSED, votes=max(votes - 1, 0), tags=tags[:1])
        self.link(p, o, i)
        return p, o, i

    def persona(self, persona: Persona) -> str:
        self.personas.append(persona)
        return persona.id

    def curve(
        self,
        key: str,
        label: str,
        points: dict[str, float],
        *,
        persona: str | None = None,
        color: str | None = None,
    ) -> str:
        curve_id = f"curve-{key}"
        self.curves.append(
            EmotionCurve(id=curve_id, label=label, persona_id=persona, color=color, points=points)
        )
        return curve_id

    def build(self) -> JourneyMap:
        return JourneyMap(
            meta=self.meta,
            personas=self.personas,
            stages=[stage.build() for stage in self.stages],
            lanes=self.lanes,
            cards=[
                card.model_copy(update={"links": [*card.links, *self._links[card.id]]})
                if card.id in self._links
                else card
                for card in self.cards
            ],
            curves=self.curves,
        )
