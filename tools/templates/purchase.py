"""Purchase journeys: the five-stage map and the washing-machine retailer."""

from __future__ import annotations

from cjdesigner.model import JourneyKind, JourneyMap, LaneKind, MapType, Persona

from .builder import ASSUMED, OBSERVED, PROPOSED, MapBuilder

INTERVIEWS = "Customer interviews, spring 2026 (12 small-business owners)"
ANALYTICS = "Web analytics, Jan–Jun 2026"
SUPPORT_LOG = "Support ticket log, Q2 2026"


def five_stage_journey() -> JourneyMap:
    b = MapBuilder(
        "Five-stage journey: online bookkeeping software",
        objective=(
            "The classic five-stage journey from first awareness to loyal advocate, with the "
            "content each stage needs. Use it to check that every stage offers the right "
            "help: education first, comparison next, an easy purchase, real support after "
            "it, and a reason to recommend."
        ),
        scope=(
            "Owners of small service businesses (1–10 staff) who move from spreadsheets to "
            "Ledgerly, an online bookkeeping service, from the first search to recommending "
            "it to a peer. Website, email, webchat and the phone helpline; the accountant "
            "channel is out of scope."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.PURCHASE,
    )
    b.persona(
        Persona(
            id="persona-priya",
            name="Priya Shah",
            segment="Small-business owner, does her own books",
            age="38",
            occupation="Owner of a four-person design studio",
            income="Business turnover about £320k a year",
            goals=[
                "Spend less than an hour a week on invoices and expenses",
                "Know her cash position without waiting for the accountant",
            ],
            needs=[
                "Invoices that get paid on time",
                "A tool her part-time bookkeeper can share",
                "Plain-language help when tax rules change",
            ],
            motivations=["Time back for client work", "Fewer late-night admin sessions"],
            challenges=[
                "Little time to evaluate software",
                "Worried about moving years of spreadsheet data",
            ],
            behaviours=[
                "Searches for answers on her phone between meetings",
                "Asks other studio owners in an online community before buying",
            ],
            preferred_channels=["Website", "Email", "Social media", "Word of mouth"],
            quote="I started a design studio, not an accounts department.",
            primary=True,
            color="#5B7FA6",
        )
    )
    aw = b.stage("aw", "Awareness")
    aw1 = aw.step("Realises invoicing is out of hand", description="A client pays 60 days late.")
    aw2 = aw.step("Searches for a better way")
    co = b.stage("co", "Consideration")
    co1 = co.step("Compares bookkeeping tools")
    co2 = co.step("Reads how others switched")
    de = b.stage("de", "Decision")
    de1 = de.step("Tries the free demo")
    de2 = de.step("Signs up and chooses a plan")
    re = b.stage("re", "Retention")
    re1 = re.step("Onboards and gets support")
    lo = b.stage("lo", "Loyalty")
    lo1 = lo.step("Stays and recommends")
    b.lanes_of("actions", "touch", "content", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    # Awareness
    b.card("actions", aw1, "Chases an overdue invoice",
           "Spends an evening matching bank lines to a spreadsheet to find who has not paid.",
           evidence=OBSERVED, source=INTERVIEWS, emotion=-1, tags=["cash flow"])
    b.card("actions", aw2, "Searches 'how to get invoices paid faster'",
           "Types the problem, not a product name, into a search engine on her phone.",
           channel="website", evidence=OBSERVED, source=ANALYTICS, emotion=0)
    b.card("touch", aw2, "Blog article in search results",
           "Lands on a how-to article from the Ledgerly blog.",
           channel="marketing_content", owner="Marketing", evidence=OBSERVED, source=ANALYTICS)
    b.card("content", aw1, "How-to article: getting paid on time",
           "Practical tips: payment terms, reminders, card payments on invoices.",
           channel="marketing_content", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["how-to"])
    b.card("content", aw2, "Guide: bookkeeping for small studios",
           "A downloadable guide that explains the basics without jargon.",
           channel="website", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["guide"])
    b.card("content", aw2, "Whitepaper: the real cost of manual books",
           "Hours lost per month and typical errors, with figures from a survey of owners.",
           channel="website", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["whitepaper"])
    b.card("thoughts", aw1, "“There must be a better way than this spreadsheet.”",
           evidence=OBSERVED, source=INTERVIEWS)
    p_aw = b.card("pain", aw2, "Advice is generic or a sales pitch",
                  "Most results are written for accountants or push a product in the first line.",
                  owner="Marketing", evidence=OBSERVED, source=INTERVIEWS, emotion=-1,
                  votes=3, tags=["content"])
    o_aw = b.card("opp", aw2, "Be the helpful resource",
                  "Answer the owner's question first; mention the product last.",
                  owner="Marketing", evidence=PROPOSED)
    i_aw = b.card("ideas", aw2, "Late-payment calculator on the blog",
                  "Owner enters invoices and terms, sees days of cash tied up. No sign-up needed.",
                  owner="Marketing", evidence=PROPOSED, votes=2, tags=["quick win"])
    b.link(p_aw, o_aw, i_aw)
    b.card("kpi", aw2, "Organic visits to how-to content",
           "Monthly sessions on educational articles; target +20% in two quarters.",
           owner="Marketing", evidence=OBSERVED, source=ANALYTICS)

    # Consideration
    b.card("actions", co1, "Shortlists three tools",
           "Opens comparison sites and vendor pages in tabs; checks bank feeds and VAT support.",
           channel="website", evidence=OBSERVED, source=INTERVIEWS, emotion=0)
    b.card("actions", co2, "Asks peers in a community group",
           "Posts in a studio owners' group: what do you use and would you switch again?",
           channel="social_media", evidence=OBSERVED, source=INTERVIEWS, emotion=1)
    b.card("touch", co1, "Pricing and features pages",
           channel="website", owner="Product development", evidence=OBSERVED, source=ANALYTICS)
    b.card("content", co1, "Product comparison guide",
           "Side-by-side table against spreadsheets and two common rivals, honest about gaps.",
           channel="marketing_content", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["comparison"])
    b.card("content", co2, "Case studies from similar studios",
           "Three short stories: a design studio, a physio practice, a web agency.",
           channel="website", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["case study"])
    b.card("thoughts", co1, "“They all look the same. Which one fits a team of four?”",
           evidence=OBSERVED, source=INTERVIEWS)
    p_co = b.card("pain", co1, "Hard to compare like for like",
                  "Each vendor names features differently; plan limits are hidden in footnotes.",
                  owner="Product development", evidence=OBSERVED, source=INTERVIEWS,
                  emotion=-1, votes=5, tags=["pricing"])
    o_co = b.card("opp", co1, "Make the choice easy for small teams",
                  owner="Marketing", evidence=PROPOSED)
    i_co = b.card("ideas", co1, "“Which plan fits me?” three-question picker",
                  "Team size, invoices per month, VAT or not → one recommended plan.",
                  owner="Product development", evidence=PROPOSED, votes=4)
    b.link(p_co, o_co, i_co)
    b.card("kpi", co2, "Comparison-guide to demo conversion",
           "Share of guide readers who start the demo within 14 days.",
           owner="Marketing", evidence=ASSUMED)

    # Decision
    b.card("actions", de1, "Runs the free demo with sample data",
           "Creates an invoice and connects a test bank account in ten minutes.",
           channel="website", evidence=OBSERVED, source=ANALYTICS, emotion=1)
    b.card("actions", de2, "Signs up and imports her contacts",
           channel="website", evidence=OBSERVED, source=ANALYTICS, emotion=0.5)
    b.card("touch", de2, "Sign-up page and checkout",
           channel="website", owner="Sales", evidence=OBSERVED, source=ANALYTICS)
    b.card("content", de1, "Free demo with a sample company",
           channel="website", owner="Sales", evidence=OBSERVED, source="Content inventory",
           tags=["demo"])
    b.card("content", de2, "Product sign-up page",
           channel="website", owner="Sales", evidence=OBSERVED, source="Content inventory")
    b.card("content", de2, "Clear pricing information",
           "Monthly price per plan, VAT shown, no card needed for the trial.",
           channel="website", owner="Sales", evidence=OBSERVED, source="Content inventory",
           tags=["pricing"])
    b.card("thoughts", de2, "“Will my old spreadsheet data come across?”",
           evidence=OBSERVED, source=INTERVIEWS)
    p_de = b.card("pain", de2, "Data import fails on her CSV",
                  "The importer rejects dates written day-first; she gives up for the evening.",
                  owner="Technical support", evidence=OBSERVED, source=SUPPORT_LOG,
                  emotion=-2, votes=7, tags=["import", "drop-off"])
    o_de = b.card("opp", de2, "Make switching painless",
                  owner="Product development", evidence=PROPOSED)
    i_de = b.card("ideas", de2, "Guided import with a human fallback",
                  "Importer guesses date formats; one click books a 15-minute call to finish it.",
                  owner="Technical support", evidence=PROPOSED, votes=6)
    b.link(p_de, o_de, i_de)
    b.card("kpi", de2, "Trial-to-paid conversion",
           "Currently 18%; target 25%.",
           owner="Sales", evidence=OBSERVED, source=ANALYTICS)

    # Retention
    b.card("actions", re1, "Sends her first ten invoices",
           "Follows the onboarding checklist; asks webchat about VAT settings.",
           channel="webchat", evidence=OBSERVED, source=SUPPORT_LOG, emotion=1)
    b.card("touch", re1, "Onboarding emails and webchat",
           channel="email", owner="Customer service", evidence=OBSERVED, source=SUPPORT_LOG)
    b.card("content", re1, "Onboarding support",
           "A five-step checklist in the app and a welcome call in week one.",
           channel="email", owner="Customer service", evidence=OBSERVED,
           source="Content inventory", tags=["onboarding"])
    b.card("content", re1, "Dedicated customer success manager",
           "For teams of three or more: a named person who checks in at 30 and 90 days.",
           channel="phone_helpline", owner="Customer service", evidence=OBSERVED,
           source="Content inventory")
    b.card("content", re1, "Accessible customer service",
           "Webchat and phone in plain language, screen-reader friendly help pages.",
           channel="webchat", owner="Customer service", evidence=OBSERVED,
           source="Content inventory", tags=["accessibility"])
    b.card("thoughts", re1, "“Someone actually answered in two minutes.”",
           evidence=OBSERVED, source=INTERVIEWS)
    p_re = b.card("pain", re1, "Bank feed disconnects every 90 days",
                  "Re-authorising is buried in settings; transactions silently stop arriving.",
                  owner="Technical support", evidence=OBSERVED, source=SUPPORT_LOG,
                  emotion=-1, votes=4, tags=["bank feed"])
    o_re = b.card("opp", re1, "Warn before things break",
                  owner="Customer service", evidence=PROPOSED)
    i_re = b.card("ideas", re1, "Proactive reconnect reminder",
                  "Email and in-app banner seven days before consent expires, one-tap renew.",
                  owner="Product development", evidence=PROPOSED, votes=3)
    b.link(p_re, o_re, i_re)
    b.card("kpi", re1, "90-day retention", "Share of new customers still active at day 90.",
           owner="Customer service", evidence=OBSERVED, source=ANALYTICS)

    # Loyalty
    b.card("actions", lo1, "Recommends Ledgerly in her community",
           "Shares her referral link when another owner asks about bookkeeping.",
           channel="word_of_mouth", evidence=ASSUMED, emotion=1.5)
    b.card("touch", lo1, "Referral page and annual review email",
           channel="email", owner="Marketing", evidence=OBSERVED, source="Content inventory")
    b.card("content", lo1, "Loyalty programme",
           "Second year at a lower price; early access to new features.",
           channel="email", owner="Marketing", evidence=OBSERVED, source="Content inventory",
           tags=["loyalty"])
    b.card("content", lo1, "Referral incentive",
           "One free month for her and for the business she refers.",
           channel="word_of_mouth", owner="Marketing", evidence=OBSERVED,
           source="Content inventory", tags=["referral"])
    b.card("thoughts", lo1, "“I'd tell anyone in my position to switch.”",
           evidence=ASSUMED)
    p_lo = b.card("pain", lo1, "Referral reward is hard to find",
                  "The link lives three menus deep; few customers know the scheme exists.",
                  owner="Marketing", evidence=ASSUMED, emotion=-0.5, votes=1)
    o_lo = b.card("opp", lo1, "Ask at the happiest moment", owner="Marketing",
                  evidence=PROPOSED)
    i_lo = b.card("ideas", lo1, "Referral prompt after the first paid invoice",
                  "When an invoice is paid through Ledgerly, offer the referral link once.",
                  owner="Marketing", evidence=PROPOSED, votes=2)
    b.link(p_lo, o_lo, i_lo)
    b.card("kpi", lo1, "Net Promoter Score and referrals",
           "NPS from the annual survey; referred sign-ups per month.",
           owner="Management", evidence=OBSERVED, source="Annual customer survey 2026")

    b.curve("priya", "Experienced", {
        aw1: -1, aw2: -0.5, co1: -0.5, co2: 0.5, de1: 1, de2: -1.5, re1: 1, lo1: 1.5,
    }, persona="persona-priya", color="#5B7FA6")
    return b.build()


def washing_machine_retailer() -> JourneyMap:
    b = MapBuilder(
        "Buying a washing machine at Brightwash Appliances",
        objective=(
            "How two very different customers replace a broken washing machine, from the day "
            "it fails to the first weeks of use. The map shows where a retiree who buys in "
            "store and working parents who research online move forward, delay or give up, "
            "so the store and web teams can fix the moments that hurt most."
        ),
        scope=(
            "Brightwash Appliances, a regional retailer with six stores, a website and a "
            "delivery and installation crew. Purchase of a washing machine, including "
            "delivery, installation and removal of the old machine; repairs under warranty "
            "are out of scope."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.PURCHASE,
        version_label="v2.1 — after store interviews",
    )
    margaret = b.persona(
        Persona(
            id="persona-margaret",
            name="Margaret Hughes",
            segment="Retiree over 60 who buys in store",
            age="67",
            occupation="Retired school librarian",
            income="State and teacher's pension, careful with large purchases",
            goals=[
                "Replace the broken machine the same week",
                "Buy something reliable that will last ten years",
            ],
            needs=[
                "One-on-one advice from someone who knows the products",
                "Delivery, installation and the old machine taken away",
                "Large print and a person to phone if something goes wrong",
            ],
            motivations=["Trust in a local shop", "Peace of mind", "Personal service"],
            challenges=[
                "Technical specifications she cannot compare",
                "Best prices often online only",
                "Cannot lift or connect the machine herself",
            ],
            behaviours=[
                "Asks a neighbour which shop to trust",
                "Visits her local store and decides on the day",
                "Pays by card in store, keeps the paper receipt",
            ],
            preferred_channels=["Branch or store", "Sales staff", "Phone helpline",
                                "Word of mouth"],
            quote="I want to talk to someone who knows what they're selling, "
                  "and I want it sorted this week.",
            primary=True,
            color="#A0522D",
        )
    )
    okafor = b.persona(
        Persona(
            id="persona-okafor",
            name="Tom and Aisha Okafor",
            segment="Working parents in their thirties who research online",
            age="34 and 36",
            occupation="Ward nurse and software tester",
            income="Two incomes, a tight monthly family budget",
            goals=[
                "The best machine their budget allows",
                "Large drum for a family of four",
                "Delivery that does not cost a day off work",
            ],
            needs=[
                "Honest reviews and clear price comparisons",
                "Evening or Saturday delivery slots",
                "Price match if they find it cheaper",
            ],
            motivations=["Convenience", "Value for money", "Running costs (energy label)"],
            challenges=[
                "Little time: research happens after the children are in bed",
                "Dozens of near-identical models",
                "Stock shown online does not match the store",
            ],
            behaviours=[
                "Compare prices across sites on their phones",
                "Read reviews and watch short videos",
                "Visit a store at the weekend to see the machine and finalise",
            ],
            preferred_channels=["Website", "Mobile app", "Social media", "Branch or store"],
            quote="We'll spend the evenings researching, but the buying bit has to be quick.",
            primary=True,
            color="#2E7D6B",
        )
    )

    tr = b.stage("tr", "Trigger")
    tr1 = tr.step("Old machine breaks down")
    rs = b.stage("rs", "Research")
    rs1 = rs.step("Looks for options")
    rs2 = rs.step("Compares models and prices")
    st = b.stage("st", "Store visit")
    st1 = st.step("Visits the store")
    st2 = st.step("Talks to sales staff")
    by = b.stage("by", "Purchase")
    by1 = by.step("Pays and books delivery")
    dl = b.stage("dl", "Delivery")
    dl1 = dl.step("Delivered and installed")
    us = b.stage("us", "Use")
    us1 = us.step("First weeks of use")

    b.lane("act-m", "Margaret, in store", LaneKind.ACTIONS)
    b.lane("act-o", "Tom & Aisha, online", LaneKind.ACTIONS)
    b.lanes_of("touch", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    src_store = "Store interviews, September 2026 (9 customers over 60)"
    src_online = "Online diary study, October 2026 (6 families)"
    src_web = "Website analytics, Q3 2026"
    src_delivery = "Delivery feedback cards, Q3 2026"

    # Trigger
    b.card("act-m", tr1, "Finds the machine leaking mid-wash",
           "Calls her son, who is at work; decides to go to the shop tomorrow.",
           evidence=OBSERVED, source=src_store, emotion=-1.5)
    b.card("act-o", tr1, "Drum stops with a full family load",
           "Hand-wash school uniforms that night; start searching on the sofa.",
           channel="mobile_app", evidence=OBSERVED, source=src_online, emotion=-2)
    b.card("thoughts", tr1, "“We can't go a week without a washing machine.”",
           evidence=OBSERVED, source=src_online)
    b.card("feel", tr1, "Stressed and rushed",
           "Both personas feel pressure to solve it within days.",
           evidence=OBSERVED, source=src_store, emotion=-1.5)

    # Research
    b.card("act-m", rs1, "Asks her neighbour where to buy",
           "Hears that Brightwash staff were patient and delivered on time.",
           channel="word_of_mouth", evidence=OBSERVED, source=src_store, emotion=0.5)
    b.card("act-o", rs1, "Searches “best 9kg washing machine”",
           "Reads two review sites and watches a comparison video.",
           channel="website", evidence=OBSERVED, source=src_online, emotion=0)
    b.card("act-o", rs2, "Compares prices across five shops",
           "Builds a shortlist of three models within their budget; checks energy labels.",
           channel="website", evidence=OBSERVED, source=src_online, emotion=-0.5)
    b.card("touch", rs1, "Local newspaper advert",
           "Margaret remembers the store from the weekly paper.",
           channel="advertising", owner="Marketing", evidence=OBSERVED, source=src_store)
    b.card("touch", rs2, "Product pages and filters",
           channel="website", owner="Marketing", evidence=OBSERVED, source=src_web)
    b.card("thoughts", rs2, "“Is the cheaper one really the same machine?”",
           evidence=OBSERVED, source=src_online)
    p_stock = b.card("pain", rs2, "Online stock doesn't match the store",
                     "The website shows 'in stock' but the nearest store has only the display model.",
                     channel="website", owner="Technical support", evidence=OBSERVED,
                     source=src_online, emotion=-1.5, votes=6, tags=["stock", "omnichannel"])
    o_stock = b.card("opp", rs2, "Trustworthy store stock online",
                     owner="Product development", evidence=PROPOSED)
    i_stock = b.card("ideas", rs2, "Live stock per store with “reserve and collect”",
                     "Stock updated from the till system every 15 minutes; hold a machine for 24 h.",
                     channel="website", owner="Product development", evidence=PROPOSED,
                     votes=5, tags=["omnichannel"])
    b.link(p_stock, o_stock, i_stock)
    b.card("kpi", rs2, "Product page to store-visit rate",
           "Share of product-page visitors who use the store finder.",
           owner="Marketing", evidence=OBSERVED, source=src_web)

    # Store visit
    b.card("act-m", st1, "Takes the bus to her local store",
           "Arrives mid-morning on a weekday when the store is quiet.",
           channel="store", evidence=OBSERVED, source=src_store, emotion=0.5)
    b.card("act-o", st1, "Visit the store on Saturday with the children",
           "Want to see the drum size and hear how loud the spin is.",
           channel="store", evidence=OBSERVED, source=src_online, emotion=0)
    b.card("act-m", st2, "Sits down with a sales adviser",
           "The adviser explains three models in plain words and writes the prices down.",
           channel="sales_staff", evidence=OBSERVED, source=src_store, emotion=1.5)
    b.card("act-o", st2, "Ask staff to match an online price",
           "The adviser needs a manager's approval; they wait twenty minutes.",
           channel="sales_staff", evidence=OBSERVED, source=src_online, emotion=-1)
    b.card("touch", st2, "Sales adviser on the shop floor",
           channel="sales_staff", owner="Front-line staff", evidence=OBSERVED, source=src_store)
    b.card("thoughts", st2, "“She took her time with me. I trust this shop.”",
           "Margaret, after the conversation.", evidence=OBSERVED, source=src_store)
    p_match = b.card("pain", st2, "Price match needs a manager",
                     "Saturday is busy; the manager is on the phone; the family nearly leaves.",
                     owner="Management", evidence=OBSERVED, source=src_online, emotion=-1.5,
                     votes=8, tags=["pricing", "waiting"])
    o_match = b.card("opp", st2, "Let advisers decide on the spot",
                     owner="Management", evidence=PROPOSED)
    i_match = b.card("ideas", st2, "Price-match rule advisers can apply alone",
                     "Match any major UK retailer's live price up to £50 without approval.",
                     owner="Sales", evidence=PROPOSED, votes=7, tags=["quick win"])
    b.link(p_match, o_match, i_match)
    b.card("kpi", st2, "Store conversion rate",
           "Share of appliance-aisle visitors who buy the same day.",
           owner="Sales", evidence=OBSERVED, source="Till and footfall data, Q3 2026")

    # Purchase
    b.card("act-m", by1, "Pays by card and books delivery for Thursday",
           "Asks for the old machine to be taken away; gets a printed receipt.",
           channel="store", evidence=OBSERVED, source=src_store, emotion=1)
    b.card("act-o", by1, "Pay at the till, look for an evening slot",
           "Only weekday 7am–7pm slots; Aisha swaps a shift to be home.",
           channel="store", evidence=OBSERVED, source=src_online, emotion=-0.5)
    b.card("touch", by1, "Till and delivery booking screen",
           channel="store", owner="Front-line staff", evidence=OBSERVED, source=src_store)
    p_slot = b.card("pain", by1, "No evening or weekend delivery",
                    "Working families must take time off; the 12-hour window is too wide.",
                    owner="Management", evidence=OBSERVED, source=src_online, emotion=-1,
                    votes=5, tags=["delivery"])
    o_slot = b.card("opp", by1, "Delivery that fits working lives",
                    owner="Management", evidence=PROPOSED)
    i_slot = b.card("ideas", by1, "Two-hour slots, evenings and Saturdays",
                    "Pilot in two stores; confirm the slot by text message the day before.",
                    channel="text_message", owner="Management", evidence=PROPOSED, votes=4)
    b.link(p_slot, o_slot, i_slot)

    # Delivery
    b.card("act-m", dl1, "Waits at home all Thursday",
           "No call ahead; the crew arrive at 4pm. They install and take the old machine.",
           channel="phone_helpline", evidence=OBSERVED, source=src_delivery, emotion=0)
    b.card("act-o", dl1, "Track the van on their phones",
           "A text message with a live link arrives an hour before.",
           channel="text_message", evidence=OBSERVED, source=src_delivery, emotion=1)
    b.card("touch", dl1, "Delivery crew and confirmation text",
           channel="text_message", owner="Front-line staff", evidence=OBSERVED,
           source=src_delivery)
    b.card("thoughts", dl1, "“Why couldn't they tell me a time?”",
           "Margaret has no mobile phone number on file, so she gets no texts.",
           evidence=OBSERVED, source=src_delivery)
    p_call = b.card("pain", dl1, "Customers without a mobile get no arrival time",
                    owner="Customer service", evidence=OBSERVED, source=src_delivery,
                    emotion=-1, votes=4, tags=["delivery", "accessibility"])
    o_call = b.card("opp", dl1, "Keep every customer informed",
                    owner="Customer service", evidence=PROPOSED)
    i_call = b.card("ideas", dl1, "Automated landline call 60 minutes before arrival",
                    channel="phone_helpline", owner="Technical support", evidence=PROPOSED,
                    votes=3)
    b.link(p_call, o_call, i_call)
    b.card("kpi", dl1, "Delivered in the promised slot",
           "Target 95% of deliveries on the booked day and window.",
           owner="Management", evidence=OBSERVED, source=src_delivery)

    # Use
    b.card("act-m", us1, "Phones the store about a programme",
           "Cannot read the small print on the dial; an adviser talks her through it.",
           channel="phone_helpline", evidence=OBSERVED, source=src_store, emotion=1)
    b.card("act-o", us1, "Leave a review and register the warranty online",
           channel="website", evidence=OBSERVED, source=src_online, emotion=1.5)
    b.card("touch", us1, "Aftercare helpline and review email",
           channel="email", owner="Customer service", evidence=OBSERVED, source=src_web)
    b.card("feel", us1, "Relieved, and loyal to the store",
           "Both would buy their next appliance here.", evidence=OBSERVED,
           source=src_store, emotion=1.5)
    p_manual = b.card("pain", us1, "Manual print too small to read",
                      owner="Customer service", evidence=OBSERVED, source=src_store,
                      emotion=-0.5, votes=2, tags=["accessibility"])
    o_manual = b.card("opp", us1, "Set people up to succeed on day one",
                      owner="Customer service", evidence=PROPOSED)
    i_manual = b.card("ideas", us1, "Large-print quick-start card left by the crew",
                      "The installer runs the first wash with the customer and leaves a card.",
                      owner="Front-line staff", evidence=PROPOSED, votes=3)
    b.link(p_manual, o_manual, i_manual)
    b.card("kpi", us1, "Repeat purchase within three years",
           owner="Marketing", evidence=ASSUMED)

    b.curve("margaret", "Experienced", {
        tr1: -1.5, rs1: 0.5, rs2: 0, st1: 0.5, st2: 1.5, by1: 1, dl1: -0.5, us1: 1,
    }, persona=margaret, color="#A0522D")
    b.curve("okafor", "Experienced", {
        tr1: -2, rs1: 0, rs2: -1, st1: 0, st2: -1.5, by1: -0.5, dl1: 1, us1: 1.5,
    }, persona=okafor, color="#2E7D6B")
    return b.build()


def future_state() -> JourneyMap:
    b = MapBuilder(
        "Future state: appliance delivery and installation",
        objective=(
            "How delivery and installation of a large appliance should feel in eighteen "
            "months, set against how it feels today. Each step names the change that gets "
            "us there, who owns it and how we will know it worked."
        ),
        scope=(
            "Brightwash Appliances, all six stores and the website, for washing machines, "
            "dishwashers and fridges that need installing. From choosing a delivery slot to "
            "the first month of use. Target date: spring 2028."
        ),
        map_type=MapType.FUTURE_STATE,
        journey_kind=JourneyKind.PURCHASE,
        version_label="Draft for the leadership workshop",
    )
    family = b.persona(
        Persona(
            id="persona-okafor",
            name="Tom and Aisha Okafor",
            segment="Working parents in their thirties who research online",
            age="34 and 36",
            occupation="Ward nurse and software tester",
            income="Two incomes, a tight monthly family budget",
            goals=["Delivery without taking a day off", "A machine that works first time"],
            needs=["Short, reliable time windows", "Updates on their phones"],
            motivations=["Convenience", "Value for money"],
            challenges=["Shift work", "Two small children at home"],
            behaviours=["Track everything by app", "Leave reviews when delighted or angry"],
            preferred_channels=["Mobile app", "Text message", "Website"],
            quote="Give us a two-hour window and stick to it.",
            primary=True,
            color="#2E7D6B",
        )
    )
    ch = b.stage("ch", "Choose a slot")
    ch1 = ch.step("Picks a two-hour slot at checkout")
    pr = b.stage("pr", "Before delivery")
    pr1 = pr.step("Gets ready with a checklist")
    pr2 = pr.step("Tracks the van")
    dd = b.stage("dd", "Delivery day")
    dd1 = dd.step("Crew installs and runs a test wash")
    af = b.stage("af", "Aftercare")
    af1 = af.step("First month of use")
    b.lanes_of("actions", "touch", "thoughts", "feel")
    b.lane("today", "How it is today", LaneKind.TEXT)
    b.lanes_of("pain", "opp", "ideas", "kpi")

    today = "Current-state map v2.1 and delivery feedback, Q3 2026"
    workshop = "Future-state workshop, November 2026"

    b.card("actions", ch1, "Chooses Thursday 18:00–20:00",
           "Evening and Saturday slots shown next to the price, in store and online.",
           channel="website", evidence=PROPOSED, source=workshop, emotion=1.5)
    b.card("touch", ch1, "Slot picker at checkout and at the till",
           channel="website", owner="Product development", evidence=PROPOSED, source=workshop)
    b.card("thoughts", ch1, "“Great, neither of us has to swap a shift.”", evidence=PROPOSED)
    b.card("today", ch1, "Today: weekday 7am–7pm only",
           "12-hour windows; one in five customers rebooks.", owner="Management",
           evidence=OBSERVED, source=today)
    b.card("kpi", ch1, "Customers who get their first-choice slot", "Target 90%.",
           owner="Management", evidence=PROPOSED, source=workshop)

    b.card("actions", pr1, "Works through a short readiness checklist",
           "Measures the gap, checks the tap, clears a path; photos optional.",
           channel="mobile_app", evidence=PROPOSED, source=workshop, emotion=1)
    b.card("touch", pr1, "Checklist email and app card three days before",
           channel="email", owner="Customer service", evidence=PROPOSED, source=workshop)
    b.card("today", pr1, "Today: 8% of installs fail on the day",
           "Wrong tap, no space, no parking: found only when the crew arrives.",
           owner="Front-line staff", evidence=OBSERVED, source=today)
    b.chain(pr1, ("Some homes still won't be ready",
                  "Older houses need plumbing work a checklist cannot fix."),
            ("Catch the hard cases early", "Spot likely problems from the answers."),
            ("Video pre-check call for flagged homes",
             "A five-minute video call with an installer when an answer raises a flag."),
            owner="Front-line staff", idea_owner="Customer service", source=workshop,
            evidence=ASSUMED, emotion=-0.5, votes=4, tags=["installation"],
            channel="mobile_app")

    b.card("actions", pr2, "Follows the van on a live map",
           "Text message one hour before; map link shows the crew's progress.",
           channel="text_message", evidence=PROPOSED, source=workshop, emotion=1)
    b.card("touch", pr2, "Live tracking text and landline call for those without a mobile",
           channel="text_message", owner="Technical support", evidence=PROPOSED,
           source=workshop, tags=["accessibility"])
    b.card("feel", pr2, "In control", evidence=PROPOSED, emotion=1)
    b.card("today", pr2, "Today: no arrival time at all",
           owner="Customer service", evidence=OBSERVED, source=today)

    b.card("actions", dd1, "Watches the first test wash with the installer",
           "Learns the three programmes they will really use.",
           evidence=PROPOSED, source=workshop, emotion=1.5)
    b.card("touch", dd1, "Installer with a tablet and a large-print quick-start card",
           owner="Front-line staff", evidence=PROPOSED, source=workshop)
    b.card("thoughts", dd1, "“It works, and we know how to use it.”", evidence=PROPOSED)
    b.card("today", dd1, "Today: crew leaves once the machine is plugged in",
           owner="Front-line staff", evidence=OBSERVED, source=today)
    b.chain(dd1, ("Test wash adds 20 minutes per visit",
                  "Fewer visits per crew per day unless routes change."),
            ("Pay for the time with fewer repeat visits",
             "Failed first washes cause most return trips today."),
            ("Route planning with install time built in",
             "Planner allows 45 minutes per install; crews measured on right first time."),
            owner="Management", idea_owner="Technical support", source=workshop,
            evidence=ASSUMED, emotion=0, votes=5, tags=["cost"])
    b.card("kpi", dd1, "Right first time", "Target 97% of installs without a return visit.",
           owner="Management", evidence=PROPOSED, source=workshop)

    b.card("actions", af1, "Gets a check-in message after a week",
           "One question: is everything working? A reply of “no” books a call back.",
           channel="text_message", evidence=PROPOSED, source=workshop, emotion=1)
    b.card("touch", af1, "Aftercare text and helpline with a named team",
           channel="phone_helpline", owner="Customer service", evidence=PROPOSED,
           source=workshop)
    b.card("feel", af1, "Looked after", evidence=PROPOSED, emotion=1.5)
    b.card("today", af1, "Today: no contact after delivery", owner="Customer service",
           evidence=OBSERVED, source=today)
    b.chain(af1, ("Check-ins could feel like marketing",
                  "Customers may ignore or resent a message that ends in an offer."),
            ("Keep aftercare purely helpful", "No offers in the first month."),
            ("Service-only message rule",
             "Marketing may not contact a customer in the 30 days after an install."),
            owner="Marketing", idea_owner="Management", source=workshop, evidence=ASSUMED,
            emotion=-0.5, votes=2, tags=["trust"])
    b.card("kpi", af1, "Delivery satisfaction", "From 3.4 to 4.6 out of 5.",
           owner="Management", evidence=PROPOSED, source=workshop)

    b.curve("expected", "Expected", {
        ch1: 1.5, pr1: 1, pr2: 1, dd1: 1.5, af1: 1.5,
    }, persona=family, color="#2E7D6B")
    b.curve("today", "Experienced today", {
        ch1: -0.5, pr1: -0.5, pr2: -1, dd1: 0.5, af1: 0,
    }, persona=family, color="#9E9E9E")
    return b.build()
