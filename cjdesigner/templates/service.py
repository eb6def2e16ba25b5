"""Maps that look past the single purchase: a service blueprint and a day in the life."""

from __future__ import annotations

from cjdesigner.model import JourneyKind, JourneyMap, MapType, Persona

from .builder import ASSUMED, OBSERVED, PROPOSED, MapBuilder


def service_blueprint() -> JourneyMap:
    b = MapBuilder(
        "Service blueprint: home broadband installation",
        objective=(
            "A service blueprint of a home broadband installation, from the online order to "
            "the first call for help, with the staff actions and systems behind each step. "
            "It shows which backstage hand-offs cause the visible delays, so operations and "
            "customer service can fix them together."
        ),
        scope=(
            "Fibrelink residential customers ordering a new fibre line to a home that has "
            "none. Covers ordering, scheduling, the engineer visit, Wi-Fi set-up and the "
            "first support contact; billing and moving home are separate blueprints."
        ),
        map_type=MapType.SERVICE_BLUEPRINT,
        journey_kind=JourneyKind.WELCOME,
    )
    b.persona(
        Persona(
            id="persona-daniel",
            name="Daniel Reyes",
            segment="Remote worker who has just moved",
            age="29",
            occupation="UX researcher, works from home four days a week",
            income="Salaried, comfortable",
            goals=["Fast, stable internet before his first video call from the new flat"],
            needs=[
                "A firm installation date and time window",
                "To know what the engineer needs from him",
            ],
            motivations=["Work without interruptions", "No surprises on the bill"],
            challenges=["Cannot take a whole day off", "Landlord must approve any drilling"],
            behaviours=["Orders online at night", "Tracks everything by text and app"],
            preferred_channels=["Website", "Mobile app", "Text message", "Webchat"],
            quote="Just tell me when, and make it work the first time.",
            primary=True,
            color="#4E79A7",
        )
    )
    orr = b.stage("or", "Order")
    or1 = orr.step("Orders a fibre plan online", minutes=15)
    sc = b.stage("sc", "Scheduling")
    sc1 = sc.step("Books the installation slot", minutes=5)
    ins = b.stage("in", "Installation")
    in1 = ins.step("Engineer arrives", minutes=10)
    in2 = ins.step("Line installed and tested", minutes=90)
    go = b.stage("go", "Getting online")
    go1 = go.step("Sets up the Wi-Fi", minutes=20)
    hp = b.stage("hp", "Help")
    hp1 = hp.step("Reports slow evening speeds", minutes=35)
    b.lanes_of("evidence", "actions", "front", "back", "support", "pain", "opp", "ideas", "kpi")

    crm = "Order system audit, August 2026"
    field = "Field engineer ride-alongs, July 2026 (8 visits)"
    calls = "Contact-centre call sampling, Q3 2026"

    # Order
    b.card("evidence", or1, "Order confirmation email",
           "Plan, monthly price, order number; no installation date yet.",
           channel="email", evidence=OBSERVED, source=crm)
    b.card("actions", or1, "Checks availability and orders",
           "Enters his postcode, picks the 500 Mb plan, pays nothing up front.",
           channel="website", evidence=OBSERVED, source=crm, emotion=1)
    b.card("front", or1, "Webchat adviser answers a contract question",
           "Confirms the 24-month term and what happens if he moves again.",
           channel="webchat", owner="Sales", evidence=OBSERVED, source=calls)
    b.card("back", or1, "Order checked against the line database",
           "Credit check and address match; about 1 in 12 orders is held for a manual check.",
           owner="Sales", evidence=OBSERVED, source=crm, tags=["hand-off"])
    b.card("support", or1, "Order management and credit-check systems",
           owner="Technical support", evidence=OBSERVED, source=crm)
    p_hold = b.card("pain", or1, "Held orders go quiet for days",
                    "A manual address check sends no message; Daniel thinks the order failed.",
                    owner="Sales", evidence=OBSERVED, source=crm, emotion=-1.5, votes=5,
                    tags=["hand-off", "silence"])
    o_hold = b.card("opp", or1, "Never leave an order silent",
                    owner="Customer service", evidence=PROPOSED)
    i_hold = b.card("ideas", or1, "Status text when an order is held",
                    "Automatic text: what is being checked, by when, and a link to chat.",
                    channel="text_message", owner="Technical support", evidence=PROPOSED, votes=4)
    b.link(p_hold, o_hold, i_hold)
    b.card("kpi", or1, "Orders confirmed within 24 hours", "Currently 81%; target 95%.",
           owner="Sales", evidence=OBSERVED, source=crm)

    # Scheduling
    b.card("evidence", sc1, "Appointment text with a four-hour window",
           channel="text_message", evidence=OBSERVED, source=crm)
    b.card("actions", sc1, "Picks a Tuesday morning slot",
           "Moves two meetings; asks the landlord about drilling through the wall.",
           channel="mobile_app", evidence=OBSERVED, source=field, emotion=0)
    b.card("front", sc1, "Booking page offers slots",
           channel="mobile_app", owner="Customer service", evidence=OBSERVED, source=crm)
    b.card("back", sc1, "Planner assigns an engineer and a van",
           "Job sheet built from the order; access notes are often missing.",
           owner="Management", evidence=OBSERVED, source=field)
    b.card("support", sc1, "Field scheduling and stock systems",
           "Router stock reserved per van.", owner="Technical support",
           evidence=OBSERVED, source=field)
    p_notes = b.card("pain", sc1, "Access needs never reach the engineer",
                     "The landlord question typed into chat is not on the job sheet.",
                     owner="Customer service", evidence=OBSERVED, source=field, emotion=-0.5,
                     votes=3, tags=["hand-off"])
    o_notes = b.card("opp", sc1, "One record of what the customer told us",
                     owner="Management", evidence=PROPOSED)
    i_notes = b.card("ideas", sc1, "Access questions in the booking flow",
                     "Three questions (parking, drilling, where the line enters) copied to the job.",
                     channel="mobile_app", owner="Product development", evidence=PROPOSED,
                     votes=3)
    b.link(p_notes, o_notes, i_notes)

    # Installation
    b.card("evidence", in1, "Engineer's ID badge and branded van",
           evidence=OBSERVED, source=field)
    b.card("actions", in1, "Lets the engineer in, shows the socket",
           evidence=OBSERVED, source=field, emotion=0.5)
    b.card("front", in1, "Engineer explains the plan for the visit",
           "Where the cable will run, how long it takes, what Daniel needs to do.",
           owner="Front-line staff", evidence=OBSERVED, source=field)
    b.card("back", in1, "Dispatcher updates the arrival time",
           owner="Customer service", evidence=OBSERVED, source=field)
    b.card("support", in1, "Engineer tablet with the job sheet",
           owner="Technical support", evidence=OBSERVED, source=field)
    b.card("evidence", in2, "Router, wall socket and a printed card with the Wi-Fi key",
           evidence=OBSERVED, source=field)
    b.card("actions", in2, "Works from the kitchen table while waiting",
           evidence=OBSERVED, source=field, emotion=0)
    b.card("front", in2, "Engineer installs, then tests speed with Daniel",
           owner="Front-line staff", evidence=OBSERVED, source=field)
    b.card("back", in2, "Network team activates the line",
           "Remote activation; when the queue is long the engineer waits on the phone.",
           owner="Technical support", evidence=OBSERVED, source=field, tags=["hand-off"])
    b.card("support", in2, "Network provisioning platform",
           owner="Technical support", evidence=OBSERVED, source=field)
    p_act = b.card("pain", in2, "Engineer waits 40 minutes for activation",
                   "The customer watches an idle engineer and starts to doubt the service.",
                   owner="Technical support", evidence=OBSERVED, source=field, emotion=-1,
                   votes=6, tags=["waiting"])
    o_act = b.card("opp", in2, "Line ready before the engineer arrives",
                   owner="Technical support", evidence=PROPOSED)
    i_act = b.card("ideas", in2, "Pre-activate lines the evening before",
                   "Activation queued overnight for next-day jobs; engineer only confirms.",
                   owner="Technical support", evidence=PROPOSED, votes=5)
    b.link(p_act, o_act, i_act)
    b.card("kpi", in2, "Right first time", "Installations that need no second visit.",
           owner="Management", evidence=OBSERVED, source=field)

    # Getting online
    b.card("evidence", go1, "Welcome pack and app set-up screen",
           channel="mobile_app", evidence=OBSERVED, source=crm)
    b.card("actions", go1, "Connects laptop, phone and TV",
           channel="mobile_app", evidence=OBSERVED, source=field, emotion=1.5)
    b.card("front", go1, "App walks through Wi-Fi naming and parental controls",
           channel="mobile_app", owner="Product development", evidence=OBSERVED, source=crm)
    b.card("back", go1, "Account moved from 'order' to 'live' in billing",
           owner="Sales", evidence=OBSERVED, source=crm)
    b.card("support", go1, "Billing and customer-account platform",
           owner="Technical support", evidence=OBSERVED, source=crm)

    # Help
    b.card("evidence", hp1, "Speed test result and a ticket number by email",
           channel="email", evidence=OBSERVED, source=calls)
    b.card("actions", hp1, "Calls the helpline about slow evenings",
           "Video calls freeze after 7pm; he runs three speed tests first.",
           channel="phone_helpline", evidence=OBSERVED, source=calls, emotion=-1.5)
    b.card("front", hp1, "Helpline adviser runs a line test",
           "Asks him to restart the router he has already restarted twice.",
           channel="phone_helpline", owner="Customer service", evidence=OBSERVED, source=calls)
    b.card("back", hp1, "Ticket passed to the network team",
           owner="Technical support", evidence=OBSERVED, source=calls, tags=["hand-off"])
    b.card("support", hp1, "Line diagnostics and ticketing tool",
           owner="Technical support", evidence=OBSERVED, source=calls)
    p_rep = b.card("pain", hp1, "Asked to repeat the same checks",
                   "The adviser cannot see the app's speed tests, so the script starts over.",
                   owner="Customer service", evidence=OBSERVED, source=calls, emotion=-1.5,
                   votes=7, tags=["repetition"])
    o_rep = b.card("opp", hp1, "Start the call where the customer is",
                   owner="Customer service", evidence=PROPOSED)
    i_rep = b.card("ideas", hp1, "Show the app's test history to the adviser",
                   "Last five speed tests and restarts appear on the adviser's screen.",
                   owner="Product development", evidence=PROPOSED, votes=6)
    b.link(p_rep, o_rep, i_rep)
    b.card("kpi", hp1, "First-contact resolution", "Target 75% of speed calls solved in one.",
           owner="Customer service", evidence=ASSUMED)

    b.curve("daniel", "Experienced", {
        or1: 0.5, sc1: 0, in1: 0.5, in2: -1, go1: 1.5, hp1: -1.5,
    }, persona="persona-daniel", color="#4E79A7")
    return b.build()
