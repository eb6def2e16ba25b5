"""Every bundled template loads, validates, round-trips and carries real content."""

from __future__ import annotations

import pytest

from cjdesigner.fileio import dumps, loads
from cjdesigner.model import (
    TEAMS,
    BlueprintLine,
    JourneyKind,
    LaneKind,
    MapType,
    blueprint_boundaries,
    reference_problems,
)
from cjdesigner.templates import (
    PREFERRED_ORDER,
    TEMPLATE_DIR,
    TemplateNotFound,
    list_templates,
    load_template,
    template_names,
)
from tools.templates.build import BUILDERS, build_all

NAMES = template_names()


def test_every_builder_has_a_committed_file_and_back():
    assert sorted(NAMES) == sorted(BUILDERS)
    assert list(PREFERRED_ORDER) == NAMES


def test_committed_files_equal_the_builder_output():
    for name, text in build_all().items():
        committed = (TEMPLATE_DIR / f"{name}.cjm").read_bytes()
        assert committed == text.encode("utf-8"), (
            f"{name}.cjm is stale: run python -m tools.templates.build"
        )


def test_list_templates_gives_name_title_description_and_type():
    infos = list_templates()
    assert [i.name for i in infos] == NAMES
    for info in infos:
        assert info.title and info.description
        assert "\n" not in info.description and len(info.description) < 200
        assert isinstance(info.map_type, MapType)
        assert info.path.is_file()


def test_unknown_template_lists_the_names():
    with pytest.raises(TemplateNotFound) as caught:
        load_template("no-such-map")
    assert isinstance(caught.value, KeyError)
    assert caught.value.available == NAMES
    assert "washing-machine-retailer" in str(caught.value)


def test_template_name_may_carry_the_extension():
    assert load_template("five-stage-journey.cjm").meta.title


@pytest.mark.parametrize("name", NAMES)
def test_template_loads_validates_and_round_trips(name):
    raw = (TEMPLATE_DIR / f"{name}.cjm").read_text(encoding="utf-8")
    doc = load_template(name)
    assert reference_problems(doc) == []
    assert dumps(doc) == raw
    assert dumps(loads(raw)) == raw


@pytest.mark.parametrize("name", NAMES)
def test_template_is_a_finished_map(name):
    doc = load_template(name)
    meta = doc.meta
    assert meta.title and meta.objective and meta.scope and meta.version_label
    assert meta.created == "2026-11-01T09:00:00Z"
    steps = doc.steps()
    assert 4 <= len(doc.stages) <= 8 and 4 <= len(steps) <= 10
    assert 5 <= len(doc.lanes) <= 10
    assert all(stage.color for stage in doc.stages)
    assert len(doc.cards) >= 20
    assert all(card.title for card in doc.cards)
    assert sum(1 for c in doc.cards if c.description) >= len(doc.cards) // 2
    assert len({c.channel for c in doc.cards if c.channel}) >= 3
    owners = {c.owner for c in doc.cards if c.owner}
    assert owners and owners <= set(TEAMS)
    assert all(c.evidence is not None for c in doc.cards)
    assert any(c.evidence_source for c in doc.cards)
    assert any(c.emotion is not None for c in doc.cards)
    assert any(c.tags for c in doc.cards) and any(c.votes for c in doc.cards)
    assert doc.curves and all(curve.points for curve in doc.curves)
    assert any(lane.kind == LaneKind.FEELINGS for lane in doc.lanes)  # where curves show
    assert doc.personas and doc.primary_personas()
    # every step belongs to the journey: at least one card in each
    assert {c.step_id for c in doc.cards} == set(doc.step_ids())


@pytest.mark.parametrize("name", NAMES)
def test_pain_points_lead_to_opportunities_and_ideas(name):
    doc = load_template(name)
    kind = {lane.id: lane.kind for lane in doc.lanes}
    cards = {c.id: c for c in doc.cards}
    chains = 0
    for card in doc.cards:
        if kind[card.lane_id] != LaneKind.PAIN_POINTS:
            continue
        for opp_id in card.links:
            opp = cards[opp_id]
            if kind[opp.lane_id] == LaneKind.OPPORTUNITIES and any(
                kind[cards[i].lane_id] == LaneKind.IDEAS for i in opp.links
            ):
                chains += 1
    assert chains >= 2


def test_five_stage_map_has_the_five_stages_and_their_content():
    doc = load_template("five-stage-journey")
    assert [s.name for s in doc.stages] == [
        "Awareness",
        "Consideration",
        "Decision",
        "Retention",
        "Loyalty",
    ]
    content_lane = next(lane for lane in doc.lanes if lane.kind == LaneKind.CONTENT)
    by_stage = {}
    for card in doc.cards:
        if card.lane_id == content_lane.id:
            stage, _ = doc.find_step(card.step_id)
            by_stage.setdefault(stage.name, []).append(card.title.lower())
    expected = {
        "Awareness": ["how-to", "guide", "whitepaper"],
        "Consideration": ["comparison", "case stud"],
        "Decision": ["demo", "sign-up", "pricing"],
        "Retention": ["onboarding", "customer success manager", "customer service"],
        "Loyalty": ["loyalty", "referral"],
    }
    for stage, words in expected.items():
        text = " | ".join(by_stage[stage])
        for word in words:
            assert word in text, (stage, word)


def test_service_blueprint_has_its_layers_and_three_lines():
    doc = load_template("service-blueprint")
    assert doc.meta.map_type == MapType.SERVICE_BLUEPRINT
    kinds = [lane.kind for lane in doc.lanes]
    for kind in (
        LaneKind.PHYSICAL_EVIDENCE,
        LaneKind.ACTIONS,
        LaneKind.FRONTSTAGE,
        LaneKind.BACKSTAGE,
        LaneKind.SUPPORT,
    ):
        assert kind in kinds
    lines = [b.line for b in blueprint_boundaries(doc)]
    assert lines == [
        BlueprintLine.INTERACTION,
        BlueprintLine.VISIBILITY,
        BlueprintLine.INTERNAL_INTERACTION,
    ]
    assert all(step.duration_minutes is not None for step in doc.steps())


def test_day_in_the_life_has_clock_times_in_order():
    doc = load_template("day-in-the-life")
    assert doc.meta.map_type == MapType.DAY_IN_THE_LIFE
    times = [step.time for step in doc.steps()]
    assert all(times) and times == sorted(times)


def test_future_state_map_is_proposed():
    doc = load_template("future-state")
    assert doc.meta.map_type == MapType.FUTURE_STATE
    labels = {curve.label.lower() for curve in doc.curves}
    assert any("expected" in label for label in labels)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("welcome-journey", JourneyKind.WELCOME),
        ("complaint-and-return", JourneyKind.COMPLAINT_OR_RETURN),
        ("contract-renewal", JourneyKind.RENEWAL),
        ("cancellation", JourneyKind.CANCELLATION),
        ("five-stage-journey", JourneyKind.PURCHASE),
        ("washing-machine-retailer", JourneyKind.PURCHASE),
    ],
)
def test_journey_kinds(name, kind):
    assert load_template(name).meta.journey_kind == kind


def test_washing_machine_retailer_has_two_personas_each_with_a_curve():
    doc = load_template("washing-machine-retailer")
    assert len(doc.personas) == 2
    retiree, parents = doc.personas
    assert int(retiree.age) > 60 and "store" in retiree.segment.lower()
    assert "thirties" in parents.segment.lower() and "online" in parents.segment.lower()
    for persona in doc.personas:
        for field in (
            "name",
            "segment",
            "age",
            "occupation",
            "income",
            "goals",
            "needs",
            "motivations",
            "challenges",
            "behaviours",
            "preferred_channels",
            "quote",
        ):
            assert getattr(persona, field), (persona.name, field)
    assert sorted(c.persona_id for c in doc.curves) == sorted(p.id for p in doc.personas)
    for curve in doc.curves:
        assert set(curve.points) == set(doc.step_ids())
    channels = {c.channel for c in doc.cards if c.channel}
    assert {"store", "website", "sales_staff", "phone_helpline"} <= channels
