"""Realistic synthetic journey maps of any size, deterministic per seed.

    python -m bench.generate 2000 -o big.cjm [--stages 12 --steps 48 --lanes 10 --seed 0]

The text is assembled from the vocabulary of journey mapping (stages, moments, channels,
teams, research sources), so card lengths, wrapping, tags and links look like a map a
team would make, not ``lorem ipsum``. Ids are stable (``card-00042``) so two runs with the
same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from cjdesigner.model import CHANNELS, SCHEMA_VERSION, TEAMS, JourneyMap, LaneKind

FIXED_TIME = "2026-11-01T09:00:00Z"

STAGES: list[tuple[str, list[str]]] = [
    ("Awareness", ["Sees an advert", "Hears from a friend", "Reads a blog post",
                   "Spots a social post", "Notices the shop window", "Gets a newsletter"]),
    ("Research", ["Searches online", "Reads reviews", "Watches a video guide",
                  "Asks on a forum", "Downloads a whitepaper", "Checks specifications"]),
    ("Consideration", ["Compares brands", "Reads a case study", "Shortlists options",
                       "Asks sales staff", "Reads the comparison guide", "Saves to wishlist"]),
    ("Comparison", ["Compares prices", "Checks delivery times", "Reads return policy",
                    "Visits the store", "Asks for a quote", "Checks finance options"]),
    ("Decision", ["Books a free demo", "Reads pricing page", "Talks to an advisor",
                  "Chooses a plan", "Applies a voucher", "Asks partner's opinion"]),
    ("Purchase", ["Adds to basket", "Creates an account", "Enters payment details",
                  "Gets order confirmation", "Pays in store", "Chooses delivery slot"]),
    ("Delivery", ["Tracks the parcel", "Reschedules delivery", "Receives the product",
                  "Installation visit", "Unpacks the box", "Recycles packaging"]),
    ("Onboarding", ["Registers the product", "Reads the quick-start guide",
                    "Downloads the app", "First use", "Welcome call", "Sets preferences"]),
    ("Use", ["Daily use", "Changes settings", "Gets a usage report", "Recommends a feature",
             "Runs into an error", "Updates the app"]),
    ("Get help", ["Searches help centre", "Opens webchat", "Calls the helpline",
                  "Emails support", "Books a repair", "Receives a callback"]),
    ("Renewal", ["Gets a renewal reminder", "Reviews the contract", "Compares competitors",
                 "Negotiates a discount", "Renews online", "Updates payment card"]),
    ("Loyalty", ["Joins loyalty programme", "Redeems points", "Refers a friend",
                 "Writes a review", "Attends an event", "Buys an accessory"]),
    ("Advocacy", ["Posts on social media", "Answers on a forum", "Becomes an ambassador",
                  "Shares a discount code"]),
    ("Leave", ["Asks to cancel", "Gets a retention offer", "Returns equipment",
               "Receives final bill"]),
]

STAGE_COLOURS = ["#7FA7C9", "#8DBF9B", "#E3B778", "#C79BC2", "#E39A8B", "#9EC5C0",
                 "#B7B3D9", "#D6C28C", "#A3C4E0", "#C2D59A", "#E0A9B9", "#9FB7A4"]

# Lane kinds in the order lanes are added; the first ten make a service blueprint.
LANE_ORDER: list[LaneKind] = [
    LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.FEELINGS,
    LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE,
    LaneKind.SUPPORT, LaneKind.IDEAS, LaneKind.CHANNELS, LaneKind.KPIS, LaneKind.CONTENT,
    LaneKind.PHYSICAL_EVIDENCE, LaneKind.TEXT,
]
LANE_TITLES = {
    LaneKind.ACTIONS: "Customer actions", LaneKind.TOUCHPOINTS: "Touchpoints",
    LaneKind.THOUGHTS: "Thoughts", LaneKind.FEELINGS: "Feelings",
    LaneKind.PAIN_POINTS: "Pain points", LaneKind.OPPORTUNITIES: "Opportunities",
    LaneKind.FRONTSTAGE: "Frontstage", LaneKind.BACKSTAGE: "Backstage",
    LaneKind.SUPPORT: "Support processes", LaneKind.IDEAS: "Ideas / solutions",
    LaneKind.CHANNELS: "Channels", LaneKind.KPIS: "KPIs / metrics",
    LaneKind.CONTENT: "Content offered", LaneKind.PHYSICAL_EVIDENCE: "Physical evidence",
    LaneKind.TEXT: "Notes",
}
# How many cards a lane of each kind attracts, relatively (the feelings lane mostly
# carries the curves).
LANE_WEIGHT = {LaneKind.FEELINGS: 0.15, LaneKind.PAIN_POINTS: 1.3, LaneKind.ACTIONS: 1.4,
               LaneKind.KPIS: 0.5, LaneKind.TEXT: 0.4}

OBJECTS = ["washing machine", "broadband plan", "mortgage", "running shoes", "sofa",
           "phone contract", "insurance policy", "electric bike", "gym membership",
           "laptop", "holiday booking", "energy tariff", "café loyalty card"]
VERBS = ["Looks for", "Compares", "Asks about", "Reads about", "Checks", "Chooses",
         "Worries about", "Pays for", "Tries", "Cancels", "Recommends", "Returns"]
ASPECTS = ["price", "delivery date", "warranty", "reviews", "energy rating", "size",
           "colour options", "contract length", "hidden fees", "installation",
           "return policy", "availability in store", "payment options"]

TITLES: dict[LaneKind, list[str]] = {
    LaneKind.ACTIONS: ["{verb} the {aspect} of the {obj}", "{verb} a {obj}",
                       "Calls to ask about the {aspect}", "Visits the store to see the {obj}"],
    LaneKind.TOUCHPOINTS: ["Product page for the {obj}", "Comparison table", "Order email",
                           "Store display", "Helpline IVR menu", "Delivery text message",
                           "Checkout page", "Account dashboard", "Printed manual"],
    LaneKind.THOUGHTS: ["“Is the {aspect} really that good?”", "“Can I trust this shop?”",
                        "“Why is the {aspect} so hard to find?”", "“I hope it fits.”",
                        "“That was easier than expected.”", "“Do I need the extended warranty?”"],
    LaneKind.FEELINGS: ["Relieved", "Anxious about the {aspect}", "Excited", "Frustrated",
                        "Confident", "Overwhelmed by choice"],
    LaneKind.PAIN_POINTS: ["Can't find the {aspect}", "Long wait on the phone",
                           "{aspect} unclear until checkout", "Form loses data on back",
                           "Delivery slot missed", "Conflicting info on {aspect}",
                           "Has to repeat details to every agent"],
    LaneKind.OPPORTUNITIES: ["Show the {aspect} up front", "Proactive delivery updates",
                             "One agent owns the case", "Guided chooser for the {obj}",
                             "Save the basket across devices"],
    LaneKind.IDEAS: ["Add a {aspect} filter", "Callback instead of queue",
                     "Live chat on the checkout page", "Video guide for the {obj}",
                     "Loyalty points for reviews"],
    LaneKind.FRONTSTAGE: ["Advisor explains the {aspect}", "Driver calls ahead",
                          "Store staff demo the {obj}", "Agent confirms the order"],
    LaneKind.BACKSTAGE: ["Stock check in warehouse", "Fraud check on payment",
                         "Route planning for delivery", "Case handed to second line"],
    LaneKind.SUPPORT: ["CRM updates customer record", "ERP reserves stock",
                       "Payment gateway", "Knowledge base article", "Courier API"],
    LaneKind.CHANNELS: ["{channel}", "{channel} and email"],
    LaneKind.KPIS: ["Conversion {n}%", "NPS {n}", "Average wait {n} min",
                    "Drop-off {n}%", "CSAT {n}/10"],
    LaneKind.CONTENT: ["How-to article on {aspect}", "Comparison guide", "Case study",
                       "Pricing page", "Onboarding email series", "Referral incentive"],
    LaneKind.PHYSICAL_EVIDENCE: ["Receipt", "Delivery box", "Warranty card",
                                 "Store signage", "Invoice PDF"],
    LaneKind.TEXT: ["Note on the {aspect}", "Open question", "Follow up with research team"],
}
SENTENCES = [
    "Several interviewees mentioned this without being asked.",
    "The {aspect} is only shown after the customer enters a postcode.",
    "On mobile the button sits below the fold, so many people never see it.",
    "Older customers prefer to phone rather than use the webchat.",
    "Working parents research in the evening, mostly on their phones.",
    "This is where most complaints in the service logs start.",
    "Staff said they often have to look the {aspect} up in two systems.",
    "The customer expects a confirmation within minutes, not hours.",
    "Analytics show a drop-off of about a third at this point.",
    "A competitor shows the {aspect} on the first page.",
    "People compare the {obj} with what a friend bought last year.",
    "It is unclear who owns this moment inside the organisation.",
    "Proposed in the workshop; needs validation with real customers.",
    "Quote: “I just wanted someone to tell me what happens next.”",
    "Zoë from the Lyon store said the same applies in France (café customers too).",
]
SOURCES = ["Interview #{n}", "Survey Q{q} 2026", "Call-centre logs", "Web analytics",
           "Store observation", "Workshop {n}", "Social listening", "Complaint log",
           "Diary study, participant {n}"]
TAGS = ["quick-win", "research", "mobile", "accessibility", "legal", "pricing", "delivery",
        "trust", "priority", "later", "needs-data", "omnichannel"]
CARD_COLOURS = ["#FFF3B0", "#FFD6A5", "#CAFFBF", "#9BF6FF", "#BDB2FF", "#FFC6FF"]
EXTRA_CHANNELS = ["Kiosk", "Chatbot", "Letter"]


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        verb=rng.choice(VERBS),
        aspect=rng.choice(ASPECTS),
        obj=rng.choice(OBJECTS),
        channel=rng.choice(list(CHANNELS.values())),
        n=rng.randint(2, 95),
        q=rng.randint(1, 4),
    )


def _description(rng: random.Random) -> str:
    # Lengths like a real map: many empty or one-liners, some paragraphs, a few essays.
    count = rng.choices([0, 1, 2, 3, 5, 9], weights=[25, 30, 20, 12, 9, 4])[0]
    return " ".join(_fill(rng, rng.choice(SENTENCES)) for _ in range(count))


def _grid(stages: int, steps: int, lanes: int) -> tuple[list[dict], list[dict], list[str]]:
    stage_list: list[dict] = []
    step_ids: list[str] = []
    per_stage = [steps // stages + (1 if i < steps % stages else 0) for i in range(stages)]
    n = 0
    for i, count in enumerate(per_stage):
        name, moments = STAGES[i % len(STAGES)]
        round_ = i // len(STAGES)
        stage_steps = []
        for j in range(count):
            step_name = moments[j % len(moments)]
            if j >= len(moments):
                step_name += f" ({j // len(moments) + 1})"
            step: dict[str, Any] = {"id": f"step-{n:03d}", "name": step_name}
            if n % 3 == 0:
                step["time"] = f"{7 + (n * 17 // 60) % 16:02d}:{(n * 17) % 60:02d}"
            if n % 4 == 1:
                step["duration_minutes"] = float(5 * (1 + n % 12))
            stage_steps.append(step)
            step_ids.append(step["id"])
            n += 1
        stage_list.append({
            "id": f"stage-{i:02d}",
            "name": name if round_ == 0 else f"{name} {round_ + 1}",
            "color": STAGE_COLOURS[i % len(STAGE_COLOURS)],
            "steps": stage_steps,
        })
    lane_list = []
    for i in range(lanes):
        kind = LANE_ORDER[i % len(LANE_ORDER)]
        title = LANE_TITLES[kind] + ("" if i < len(LANE_ORDER) else f" {i // len(LANE_ORDER) + 1}")
        lane_list.append({"id": f"lane-{i:02d}", "title": title, "kind": kind.value})
    return stage_list, lane_list, step_ids


def _card(rng: random.Random, index: int, lane: dict, step_id: str) -> dict[str, Any]:
    kind = LaneKind(lane["kind"])
    card: dict[str, Any] = {
        "id": f"card-{index:05d}",
        "lane_id": lane["id"],
        "step_id": step_id,
        "title": _fill(rng, rng.choice(TITLES[kind])),
        "description": _description(rng),
    }
    if rng.random() < 0.6:
        card["channel"] = (rng.choice(list(CHANNELS)) if rng.random() < 0.95
                           else rng.choice(EXTRA_CHANNELS))
    if rng.random() < 0.5:
        card["owner"] = rng.choice(TEAMS)
    if rng.random() < 0.7:
        card["evidence"] = rng.choice(["observed", "observed", "assumed", "proposed"])
        if card["evidence"] == "observed":
            card["evidence_source"] = _fill(rng, rng.choice(SOURCES))
    if kind in (LaneKind.ACTIONS, LaneKind.THOUGHTS, LaneKind.FEELINGS,
                LaneKind.PAIN_POINTS) or rng.random() < 0.15:
        card["emotion"] = rng.choice([-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2])
    card["tags"] = rng.sample(TAGS, rng.choices([0, 1, 2, 3], weights=[40, 35, 18, 7])[0])
    if rng.random() < 0.2:
        card["color"] = rng.choice(CARD_COLOURS)
    card["votes"] = rng.choices([0, 1, 2, 3, 5, 8], weights=[60, 15, 10, 7, 5, 3])[0]
    return card


def _personas_and_curves(rng: random.Random, step_ids: list[str]) -> tuple[list, list]:
    personas = [
        {"id": "persona-retiree", "name": "Margaret, 64", "segment": "Retired, buys in store",
         "age": "60–70", "occupation": "Retired teacher", "income": "Pension",
         "goals": ["A reliable machine that lasts", "Clear advice"],
         "needs": ["Someone to talk to", "Installation included"],
         "motivations": ["Peace of mind"], "challenges": ["Small print on websites"],
         "behaviours": ["Visits two stores before buying"],
         "preferred_channels": ["store", "phone_helpline"],
         "quote": "I'd rather pay a little more and know who to call.", "primary": True,
         "color": "#1F77B4"},
        {"id": "persona-parents", "name": "Sam & Alex, 34", "segment": "Working parents",
         "age": "30–40", "occupation": "Nurse and developer", "income": "Middle",
         "goals": ["Fast delivery", "Best value"], "needs": ["Evening delivery slots"],
         "motivations": ["Save time"], "challenges": ["No time to wait on the phone"],
         "behaviours": ["Research on phones after bedtime"],
         "preferred_channels": ["mobile_app", "webchat", "social_media"],
         "quote": "If I can't do it from my phone at 10 pm, I won't.", "primary": True,
         "color": "#D62728"},
    ]
    levels5 = ["Very unhappy", "Unhappy", "Neutral", "Happy", "Delighted"]
    walk = 0.0
    points_a: dict[str, float] = {}
    points_b: dict[str, float] = {}
    for i, step_id in enumerate(step_ids):
        walk = max(-2.0, min(2.0, walk + rng.choice([-1, -0.5, 0, 0.5, 1])))
        if i % 5 != 4:  # some steps left unset: the canvas shows the derived mean there
            points_a[step_id] = walk
        if rng.random() < 0.85:
            points_b[step_id] = float(rng.randint(1, 5))
    curves = [
        {"id": "curve-retiree", "label": "Margaret (experienced)",
         "persona_id": "persona-retiree", "color": "#1F77B4", "points": points_a},
        {"id": "curve-parents", "label": "Sam & Alex (experienced)",
         "persona_id": "persona-parents", "color": "#D62728",
         "scale": {"min": 1, "max": 5, "levels": levels5}, "points": points_b},
    ]
    return personas, curves


def generate_data(cards: int, stages: int = 12, steps: int = 48, lanes: int = 10,
                  seed: int = 0) -> dict[str, Any]:
    """The map as plain JSON-ready data (what :func:`generate_map` validates)."""
    if stages < 1 or lanes < 1 or steps < stages:
        raise ValueError("need at least one stage, one lane and one step per stage")
    rng = random.Random(seed)
    stage_list, lane_list, step_ids = _grid(stages, steps, lanes)
    # Uneven density, as on a real wall: some cells crowded, some empty.
    cells = [(lane, step_id) for lane in lane_list for step_id in step_ids]
    weights = [LANE_WEIGHT.get(LaneKind(lane["kind"]), 1.0) * rng.choice([0, 0.3, 1, 1, 2, 4])
               for lane, step_id in cells]
    if not any(weights):
        weights = [1.0] * len(cells)
    chosen = rng.choices(cells, weights=weights, k=cards)
    card_list = [_card(rng, i, lane, step_id) for i, (lane, step_id) in enumerate(chosen)]
    # A few links: pain point -> opportunity -> idea, and some arbitrary ones.
    by_kind: dict[str, list[dict]] = {}
    lane_kind = {lane["id"]: lane["kind"] for lane in lane_list}
    for card in card_list:
        by_kind.setdefault(lane_kind[card["lane_id"]], []).append(card)
    chain = [LaneKind.PAIN_POINTS.value, LaneKind.OPPORTUNITIES.value, LaneKind.IDEAS.value]
    for src, dst in zip(chain, chain[1:], strict=False):
        targets = by_kind.get(dst, [])
        for card in by_kind.get(src, []):
            if targets and rng.random() < 0.25:
                card["links"] = [rng.choice(targets)["id"]]
    for card in card_list:
        if "links" not in card and rng.random() < 0.02:
            other = rng.choice(card_list)
            if other is not card:
                card["links"] = [other["id"]]
    personas, curves = _personas_and_curves(rng, step_ids)
    blueprint = any(lane["kind"] == LaneKind.FRONTSTAGE.value for lane in lane_list)
    return {
        "schema_version": SCHEMA_VERSION,
        "meta": {
            "title": f"Washing machine purchase — synthetic map, {cards:,} cards",
            "objective": "Find where first-time buyers drop out between research and "
                         "delivery, and who owns each fix.",
            "scope": "From first awareness to the first year of use; online and in store.",
            "map_type": "service_blueprint" if blueprint else "current_state",
            "journey_kind": "purchase",
            "version_label": f"seed {seed}",
            "author": "bench.generate",
            "created": FIXED_TIME,
            "modified": FIXED_TIME,
        },
        "personas": personas,
        "stages": stage_list,
        "lanes": lane_list,
        "cards": card_list,
        "curves": curves,
    }


def generate_map(cards: int, stages: int = 12, steps: int = 48, lanes: int = 10,
                 seed: int = 0) -> JourneyMap:
    """A realistic, valid :class:`JourneyMap` with ``cards`` cards; same seed, same map."""
    return JourneyMap.model_validate(generate_data(cards, stages, steps, lanes, seed))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cards", type=int, help="number of cards")
    parser.add_argument("-o", "--output", required=True, help="the .cjm file to write")
    parser.add_argument("--stages", type=int, default=12)
    parser.add_argument("--steps", type=int, default=48)
    parser.add_argument("--lanes", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from cjdesigner.fileio import save

    doc = generate_map(args.cards, args.stages, args.steps, args.lanes, args.seed)
    out = Path(args.output)
    save(doc, out)
    print(f"{out}: {len(doc.cards)} cards, {len(doc.steps())} steps, {len(doc.lanes)} lanes, "
          f"{out.stat().st_size / 1024:.0f} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
