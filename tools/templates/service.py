"""Maps that look past the single purchase: a service blueprint and a day in the life."""

from __future__ import annotations

from cjdesigner.model import JourneyKind, JourneyMap, LaneKind, MapType, Persona

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
    b.lanes_of(
        "evidence", "actions", "feel", "front", "back", "support", "pain", "opp", "ideas", "kpi"
    )

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


def day_in_the_life() -> JourneyMap:
    b = MapBuilder(
        "A day in the life: grocery delivery for a working parent",
        objective=(
            "One weekday in the life of a working parent, hour by hour, with the moments "
            "where a grocery delivery app touches her day. It shows what else competes for "
            "her attention, so the service fits into the gaps she really has."
        ),
        scope=(
            "Ana, a pharmacist with two school-age children, on a Wednesday. Basketful, a "
            "grocery delivery app, and everything around it: school run, work, dinner, "
            "bedtime. Weekend shopping is out of scope."
        ),
        map_type=MapType.DAY_IN_THE_LIFE,
        journey_kind=JourneyKind.OTHER,
    )
    b.persona(
        Persona(
            id="persona-ana",
            name="Ana Costa",
            segment="Time-poor working parent, weekly online grocery shopper",
            age="41",
            occupation="Community pharmacist, four days a week",
            income="Household income above average; watches the weekly food bill",
            goals=["Healthy dinners on the table by 18:30", "One big shop a week, not four"],
            needs=["Delivery slots that fit around work", "Substitutions she can trust"],
            motivations=["Time with the children", "Less food waste"],
            challenges=["Phone use at work is limited to breaks", "Plans change at short notice"],
            behaviours=["Builds the basket over several days", "Shops from her phone at lunch"],
            preferred_channels=["Mobile app", "Text message", "Email"],
            quote="If it takes more than my lunch break, it doesn't happen.",
            primary=True,
            color="#8E6C8A",
        )
    )
    mo = b.stage("mo", "Morning")
    mo1 = mo.step("Checks the fridge before breakfast", time="06:45")
    mo2 = mo.step("School run", time="08:10")
    wk = b.stage("wk", "Working day")
    wk1 = wk.step("Lunch break at the pharmacy", time="12:30")
    wk2 = wk.step("Between prescriptions", time="15:20")
    ev = b.stage("ev", "Evening")
    ev1 = ev.step("Delivery arrives", time="18:00")
    nt = b.stage("nt", "Night")
    nt1 = nt.step("Plans next week's meals", time="21:30")
    b.lane("actions", "What Ana does", LaneKind.ACTIONS)
    b.lane("touch", "Basketful moments", LaneKind.TOUCHPOINTS)
    b.lane("life", "Rest of her day", LaneKind.TEXT)
    b.lanes_of("thoughts", "feel", "pain", "opp", "ideas")

    diary = "Diary study, May 2026 (7 working parents, 5 days each)"
    app = "App analytics, Q2 2026"

    b.card("actions", mo1, "Notices the milk and fruit are nearly gone",
           "Adds them to the basket by voice while making breakfast.",
           channel="mobile_app", evidence=OBSERVED, source=diary, emotion=0)
    b.card("touch", mo1, "Quick-add from the lock screen",
           channel="mobile_app", owner="Product development", evidence=OBSERVED, source=app)
    b.card("life", mo1, "Packed lunches, a lost PE kit, a 7:30 work message",
           evidence=OBSERVED, source=diary)
    b.card("thoughts", mo1, "“I'll sort the shopping properly at lunch.”",
           evidence=OBSERVED, source=diary)
    b.card("actions", mo2, "Drives the children to school",
           "No phone use; hears a delivery-slot reminder as a notification sound.",
           evidence=OBSERVED, source=diary, emotion=-0.5)
    b.card("touch", mo2, "Push notification: “Slots filling up for Thursday”",
           channel="mobile_app", owner="Marketing", evidence=OBSERVED, source=app)
    b.card("life", mo2, "Traffic, a forgotten reading book, a call from her mother",
           evidence=OBSERVED, source=diary)
    b.chain(mo2, ("Notifications arrive when she cannot act",
                  "Reminders land during the school run and are forgotten by lunch."),
            ("Speak when she is free to answer", "Time messages to her habits, not ours."),
            ("Learn each shopper's quiet moments",
             "Send reminders at the time she usually opens the app, e.g. 12:35."),
            owner="Marketing", idea_owner="Product development", source=diary,
            emotion=-0.5, votes=3, tags=["notifications"])

    b.card("actions", wk1, "Finishes the weekly basket in 12 minutes",
           "Reorders last week's shop, swaps two items, books the 18:00 slot.",
           channel="mobile_app", evidence=OBSERVED, source=app, emotion=1)
    b.card("touch", wk1, "“Reorder last week” and slot picker",
           channel="mobile_app", owner="Product development", evidence=OBSERVED, source=app)
    b.card("life", wk1, "Eats a sandwich standing up; a colleague needs a hand",
           evidence=OBSERVED, source=diary)
    b.card("thoughts", wk1, "“Done. One thing off the list.”", evidence=OBSERVED, source=diary)
    b.card("feel", wk1, "Relief", "The best moment in her day with the brand.",
           evidence=OBSERVED, source=diary, emotion=1.5)
    b.card("actions", wk2, "Gets a text about a substitution",
           "Can only glance at it; the reply window closes before her next break.",
           channel="text_message", evidence=OBSERVED, source=diary, emotion=-1)
    b.card("touch", wk2, "Substitution text message",
           channel="text_message", owner="Customer service", evidence=OBSERVED, source=app)
    b.card("life", wk2, "A queue of six customers and a pharmacist's phone rule",
           evidence=OBSERVED, source=diary)
    b.chain(wk2, ("Substitution choices need an answer within 30 minutes",
                  "She misses the window and gets a gluten-containing swap for her son."),
            ("Let shoppers decide once, in advance", "Preferences instead of interruptions."),
            ("Standing substitution rules per item",
             "“Never swap this”, “any brand” or “ask me”, set when the item is added."),
            owner="Customer service", idea_owner="Product development", source=diary,
            emotion=-1.5, votes=6, tags=["substitutions", "allergy"])

    b.card("actions", ev1, "Unpacks while cooking",
           "Driver is on time; one bag has a crushed box of eggs.",
           evidence=OBSERVED, source=diary, emotion=0.5)
    b.card("touch", ev1, "Driver at the door and delivery receipt email",
           channel="email", owner="Front-line staff", evidence=OBSERVED, source=app)
    b.card("life", ev1, "Homework, swimming kit in the wash, dinner at 18:30",
           evidence=OBSERVED, source=diary)
    b.card("feel", ev1, "Hurried but grateful", evidence=OBSERVED, source=diary, emotion=0.5)
    b.chain(ev1, ("Refunds for damaged items take a long form",
                  "Photos, order number and a reason for each item; she gives up on £2.40."),
            ("Make small refunds effortless", "Trust regular shoppers for small amounts."),
            ("One-tap refund under £5 from the receipt",
             "Tap the item on the delivery receipt; refund is instant, no photo."),
            owner="Customer service", source=diary, emotion=-0.5, votes=4,
            tags=["refunds"], channel="email")

    b.card("actions", nt1, "Plans meals on the sofa",
           "Saves two recipes and adds their ingredients for next week.",
           channel="mobile_app", evidence=OBSERVED, source=app, emotion=1)
    b.card("touch", nt1, "Recipe ideas with “add all ingredients”",
           channel="marketing_content", owner="Marketing", evidence=OBSERVED, source=app)
    b.card("life", nt1, "Packed bags for tomorrow, twenty minutes to herself",
           evidence=OBSERVED, source=diary)
    b.card("thoughts", nt1, "“Next week is already half done.”",
           evidence=ASSUMED)

    b.curve("ana", "Experienced", {
        mo1: 0, mo2: -0.5, wk1: 1.5, wk2: -1.5, ev1: 0.5, nt1: 1,
    }, persona="persona-ana", color="#8E6C8A")
    return b.build()

