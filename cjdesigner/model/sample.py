"""A small map built in code, for tests and as the fallback when no template is at hand."""

from __future__ import annotations

from .document import Card, EmotionCurve, JourneyMap, Lane, MapMeta, Persona, Stage, Step
from .vocabulary import Evidence, LaneKind


def sample_map() -> JourneyMap:
    """Two stages, four steps, five lanes, a handful of cards and one curve, fixed ids."""
    stages = [
        Stage(
            id="stage-aware",
            name="Awareness",
            color="#7FA7C9",
            steps=[
                Step(id="step-ad", name="Sees an advert"),
                Step(id="step-review", name="Reads reviews", time="12:30"),
            ],
        ),
        Stage(
            id="stage-buy",
            name="Decision",
            color="#8DBF9B",
            steps=[
                Step(id="step-compare", name="Compares prices"),
                Step(id="step-order", name="Orders online", duration_minutes=15),
            ],
        ),
    ]
    lanes = [
        Lane(id="lane-actions", title="Customer actions", kind=LaneKind.ACTIONS),
        Lane(id="lane-touch", title="Touchpoints", kind=LaneKind.TOUCHPOINTS),
        Lane(id="lane-feel", title="Feelings", kind=LaneKind.FEELINGS),
        Lane(id="lane-pain", title="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="lane-opp", title="Opportunities", kind=LaneKind.OPPORTUNITIES),
    ]
    cards = [
        Card(
            id="card-1",
            lane_id="lane-actions",
            step_id="step-ad",
            title="Notices a banner",
            channel="advertising",
            emotion=0.5,
            evidence=Evidence.OBSERVED,
        ),
        Card(
            id="card-2",
            lane_id="lane-actions",
            step_id="step-review",
            title="Reads three reviews",
            channel="website",
            emotion=1,
            votes=2,
        ),
        Card(
            id="card-3",
            lane_id="lane-pain",
            step_id="step-compare",
            title="Prices hard to compare",
            description="Each shop lists a different bundle.",
            emotion=-1.5,
            evidence=Evidence.OBSERVED,
            owner="Marketing",
            tags=["pricing"],
            links=["card-4"],
        ),
        Card(
            id="card-4",
            lane_id="lane-opp",
            step_id="step-compare",
            title="Comparison guide",
            evidence=Evidence.PROPOSED,
            links=[],
        ),
        Card(
            id="card-5",
            lane_id="lane-touch",
            step_id="step-order",
            title="Checkout page",
            channel="website",
            emotion=-0.5,
        ),
    ]
    persona = Persona(id="persona-sam", name="Sam", segment="Working parent", primary=True)
    curve = EmotionCurve(
        id="curve-sam",
        label="Experienced",
        persona_id="persona-sam",
        points={"step-ad": 0.0, "step-order": 1.0},
    )
    return JourneyMap(
        meta=MapMeta(
            title="Sample journey", created="2026-01-01T00:00:00Z", modified="2026-01-01T00:00:00Z"
        ),
        personas=[persona],
        stages=stages,
        lanes=lanes,
        cards=cards,
        curves=[curve],
    )
