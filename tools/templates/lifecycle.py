"""Journeys across the customer relationship: welcome, complaint, renewal, cancellation."""

from __future__ import annotations

from cjdesigner.model import JourneyKind, JourneyMap, MapType, Persona

from .builder import ASSUMED, OBSERVED, PROPOSED, MapBuilder


def welcome_journey() -> JourneyMap:
    b = MapBuilder(
        "Welcome journey: opening a first current account",
        objective=(
            "The welcome journey of a new bank customer, from applying in the app to the "
            "first month of using the account. It finds where new customers stall before "
            "the account becomes their everyday account."
        ),
        scope=(
            "Northway Bank personal current accounts opened by customers new to the bank. "
            "App, website, branch, text message and phone helpline. Business accounts and "
            "joint accounts are out of scope."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.WELCOME,
    )
    b.persona(
        Persona(
            id="persona-leo",
            name="Leo Martins",
            segment="Graduate starting a first job, new to the bank",
            age="23",
            occupation="Junior civil engineer",
            income="First salary, paid monthly",
            goals=["Get paid into the new account from his first payday",
                   "See at a glance what he can spend"],
            needs=["A fast, phone-only sign-up", "Clear steps to move his salary and bills"],
            motivations=["Independence", "A bank that feels modern"],
            challenges=["No utility bills in his name for proof of address",
                        "Unsure how switching works"],
            behaviours=["Does everything on his phone", "Asks friends before trusting a bank"],
            preferred_channels=["Mobile app", "Social media", "Text message", "Webchat"],
            quote="If I can't do it on my phone in ten minutes, I'll try another bank.",
            primary=True,
            color="#3F7CAC",
        )
    )
    ap = b.stage("ap", "Apply")
    ap1 = ap.step("Downloads the app and applies")
    vf = b.stage("vf", "Verify")
    vf1 = vf.step("Proves his identity")
    op = b.stage("op", "Account opened")
    op1 = op.step("Receives account details")
    op2 = op.step("Card arrives by post")
    fu = b.stage("fu", "First use")
    fu1 = fu.step("Moves his salary and bills")
    se = b.stage("se", "Settling in")
    se1 = se.step("First month of everyday use")
    b.lanes_of("actions", "touch", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    research = "New-customer interviews, June 2026 (10 customers under 30)"
    funnel = "Application funnel analytics, Q2 2026"

    b.card("actions", ap1, "Applies after a friend's recommendation",
           "Downloads the app from a link his friend sent; fills in the form in 7 minutes.",
           channel="mobile_app", evidence=OBSERVED, source=research, emotion=1,
           tags=["referral"])
    b.card("touch", ap1, "App store page and application form",
           channel="mobile_app", owner="Product development", evidence=OBSERVED, source=funnel)
    b.card("thoughts", ap1, "“That was quicker than I expected.”", evidence=OBSERVED,
           source=research)
    b.card("kpi", ap1, "Application completion rate", "Currently 64% of starts.",
           owner="Product development", evidence=OBSERVED, source=funnel)

    b.card("actions", vf1, "Scans his passport and records a selfie video",
           "The address check fails: he has no bills in his name yet.",
           channel="mobile_app", evidence=OBSERVED, source=funnel, emotion=-1.5)
    b.card("touch", vf1, "Identity check screens, then a branch-visit request",
           channel="mobile_app", owner="Technical support", evidence=OBSERVED, source=funnel)
    b.card("feel", vf1, "Frustrated, nearly gives up", evidence=OBSERVED, source=research,
           emotion=-1.5)
    b.chain(vf1, ("Proof of address fails for young movers",
                  "Renters and graduates have no bills in their name; 1 in 4 is sent to a branch."),
            ("Accept the proofs young people have", "Tenancy agreements, payslips, council tax."),
            ("Upload a tenancy agreement or payslip in the app",
             "Checked by the back office within four hours instead of a branch visit."),
            owner="Management", idea_owner="Product development", source=funnel,
            emotion=-1.5, votes=8, tags=["identity", "drop-off"], channel="mobile_app")

    b.card("actions", op1, "Sees his account number in the app",
           channel="mobile_app", evidence=OBSERVED, source=funnel, emotion=1.5)
    b.card("touch", op1, "Welcome email and in-app welcome tour",
           channel="email", owner="Marketing", evidence=OBSERVED, source=research)
    b.card("thoughts", op1, "“Now what do I do first?”", evidence=OBSERVED, source=research)
    b.card("actions", op2, "Waits five working days for the card",
           "Uses the virtual card in the app meanwhile, but his gym only takes physical cards.",
           channel="text_message", evidence=OBSERVED, source=research, emotion=-0.5)
    b.card("touch", op2, "Card in a letter and an activation text",
           channel="text_message", owner="Customer service", evidence=OBSERVED,
           source=research)

    b.card("actions", fu1, "Starts a full switch of his salary and direct debits",
           "Has to find his employer's payroll contact himself.",
           channel="website", evidence=OBSERVED, source=research, emotion=0)
    b.card("touch", fu1, "Switching service page and webchat",
           channel="webchat", owner="Customer service", evidence=OBSERVED, source=research)
    b.chain(fu1, ("Unclear what moves automatically",
                  "Leo does not know if his phone contract will follow or must be redone."),
            ("Show the switch as a checklist", "What moves, what doesn't, and when."),
            ("Switch tracker in the app",
             "Each payment moving across appears with its date; gaps are flagged to fix."),
            owner="Customer service", idea_owner="Product development", source=research,
            emotion=-0.5, votes=5, tags=["switching"])
    b.card("kpi", fu1, "Salary paid in within 60 days", "Primary-account rate: 41% today.",
           owner="Management", evidence=OBSERVED, source=funnel)

    b.card("actions", se1, "Sets up a savings pot and spending alerts",
           channel="mobile_app", evidence=OBSERVED, source=research, emotion=1.5)
    b.card("touch", se1, "Spending insights and a branch adviser text offer",
           channel="mobile_app", owner="Sales", evidence=OBSERVED, source=research)
    b.card("feel", se1, "Confident with money", evidence=ASSUMED, emotion=1.5)
    b.chain(se1, ("Too many product offers in week two",
                  "Credit card, loan and insurance messages before he is paid."),
            ("Earn trust before selling", "Help first, offers later."),
            ("No offers until the first salary lands",
             "Sales messages paused until the account is used for pay."),
            owner="Sales", idea_owner="Marketing", source=research, evidence=OBSERVED,
            emotion=-1, votes=3, tags=["trust"], channel="email")
    b.card("kpi", se1, "Active at 90 days", "Logged in weekly, card used, salary in.",
           owner="Management", evidence=PROPOSED)

    b.curve("leo", "Experienced", {
        ap1: 1, vf1: -1.5, op1: 1.5, op2: -0.5, fu1: -0.5, se1: 1.5,
    }, persona="persona-leo", color="#3F7CAC")
    return b.build()


def complaint_and_return() -> JourneyMap:
    b = MapBuilder(
        "Complaint and return: faulty headphones bought online",
        objective=(
            "What a customer goes through when a product bought online breaks and has to go "
            "back, from noticing the fault to getting a replacement. The map shows where "
            "waiting and repeating herself turn a fixable fault into a lost customer."
        ),
        scope=(
            "Soundhaus, an online electronics retailer with two showrooms. Faulty items "
            "within the 12-month guarantee, returned by post or in a showroom. Change-of-mind "
            "returns are a separate map."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.COMPLAINT_OR_RETURN,
    )
    b.persona(
        Persona(
            id="persona-grace",
            name="Grace Mensah",
            segment="Regular online shopper with a faulty item",
            age="45",
            occupation="Secondary-school music teacher",
            income="Teacher's salary",
            goals=["Working headphones before the school concert", "No cost to her"],
            needs=["One person who owns her problem", "A clear date for the replacement"],
            motivations=["Fairness", "Getting back to normal quickly"],
            challenges=["Teaching all day: can only call after 16:00",
                        "Lost the original box"],
            behaviours=["Emails first, then escalates on social media if ignored",
                        "Keeps screenshots of every conversation"],
            preferred_channels=["Email", "Webchat", "Social media", "Branch or store"],
            quote="I don't mind that it broke. I mind explaining it four times.",
            primary=True,
            color="#B5651D",
        )
    )
    pb = b.stage("pb", "Problem")
    pb1 = pb.step("Left earcup stops working")
    cp = b.stage("cp", "Complaint")
    cp1 = cp.step("Looks for how to complain")
    cp2 = cp.step("Explains the fault to an adviser")
    rt = b.stage("rt", "Return")
    rt1 = rt.step("Sends the headphones back")
    rs = b.stage("rs", "Resolution")
    rs1 = rs.step("Waits for the assessment")
    rs2 = rs.step("Receives the replacement")
    b.lanes_of("actions", "touch", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    cases = "Complaint case review, 60 cases, Q3 2026"
    social = "Social media listening, Q3 2026"

    b.card("actions", pb1, "Notices sound only in one ear, 8 months after buying",
           evidence=OBSERVED, source=cases, emotion=-1.5)
    b.card("thoughts", pb1, "“They were expensive. This should not happen.”",
           evidence=OBSERVED, source=cases)
    b.card("feel", pb1, "Annoyed", evidence=OBSERVED, source=cases, emotion=-1)

    b.card("actions", cp1, "Searches the website for a returns form",
           "The help centre talks about change-of-mind returns within 30 days only.",
           channel="website", evidence=OBSERVED, source=cases, emotion=-1)
    b.card("touch", cp1, "Help centre and contact page",
           channel="website", owner="Customer service", evidence=OBSERVED, source=cases)
    b.chain(cp1, ("Faulty-item route is hidden",
                  "Guarantee claims are only mentioned in the terms and conditions."),
            ("Make the fault route obvious", "Start from the customer's words: ‘it broke’."),
            ("“Something's wrong with my order” button on every order",
             "Asks what happened and routes to return, repair or replacement."),
            owner="Customer service", idea_owner="Product development", source=cases,
            emotion=-1, votes=5, tags=["findability"], channel="website")

    b.card("actions", cp2, "Explains the fault by webchat, then by phone",
           "The chat ends at 17:00 mid-conversation; on the phone she starts again.",
           channel="webchat", evidence=OBSERVED, source=cases, emotion=-2)
    b.card("touch", cp2, "Webchat, then the phone helpline",
           channel="phone_helpline", owner="Customer service", evidence=OBSERVED,
           source=cases)
    b.card("thoughts", cp2, "“Didn't I just tell you all this?”", evidence=OBSERVED,
           source=cases)
    b.chain(cp2, ("She repeats her story on every channel",
                  "Chat transcripts don't reach the phone team; 70% of cases were told twice."),
            ("One case, whatever the channel", "The next adviser already knows."),
            ("Case reference carried across chat, phone and email",
             "Chat creates the case; the helpline finds it from her phone number."),
            owner="Customer service", idea_owner="Technical support", source=cases,
            emotion=-2, votes=9, tags=["repetition", "omnichannel"])
    b.card("kpi", cp2, "Contacts per complaint", "Average 3.4; target below 1.5.",
           owner="Customer service", evidence=OBSERVED, source=cases)

    b.card("actions", rt1, "Drops the parcel at a post office",
           "Prints a label at the library because she has no printer.",
           evidence=OBSERVED, source=cases, emotion=-0.5)
    b.card("touch", rt1, "Returns label by email, or showroom drop-off",
           channel="email", owner="Front-line staff", evidence=OBSERVED, source=cases)
    b.chain(rt1, ("Printing a label is a hurdle",
                  "A third of customers have no printer at home."),
            ("Returns without a printer", "Make the parcel the only thing to bring."),
            ("QR-code label shown at the counter",
             "Post office scans a code on her phone; showroom returns need only the order."),
            owner="Front-line staff", idea_owner="Technical support", source=cases,
            emotion=-0.5, votes=3, tags=["returns"], channel="store")

    b.card("actions", rs1, "Waits ten days without news",
           "Posts on social media; gets a reply within an hour.",
           channel="social_media", evidence=OBSERVED, source=social, emotion=-1.5)
    b.card("touch", rs1, "Social media team reply", channel="social_media",
           owner="Marketing", evidence=OBSERVED, source=social)
    b.card("feel", rs1, "Ignored until she went public", evidence=OBSERVED, source=social,
           emotion=-1.5)
    b.chain(rs1, ("No news while the item is assessed",
                  "The returns team has no way to tell her it arrived or what happens next."),
            ("Tell her before she has to ask", "Silence turns a fault into a complaint."),
            ("Status texts at receipt, decision and dispatch",
             "Three automatic messages, each with the name of the team handling her case."),
            owner="Technical support", idea_owner="Customer service", source=cases,
            emotion=-1.5, votes=6, tags=["silence"], channel="text_message")
    b.card("kpi", rs1, "Days from receipt to decision", "Median 9; target 2.",
           owner="Technical support", evidence=OBSERVED, source=cases)

    b.card("actions", rs2, "Gets a new pair and a £10 voucher",
           channel="email", evidence=OBSERVED, source=cases, emotion=1)
    b.card("touch", rs2, "Dispatch email with tracking", channel="email",
           owner="Customer service", evidence=OBSERVED, source=cases)
    b.card("thoughts", rs2, "“Fine in the end, but I'll think twice next time.”",
           evidence=OBSERVED, source=cases)

    b.curve("grace", "Experienced", {
        pb1: -1.5, cp1: -1, cp2: -2, rt1: -0.5, rs1: -1.5, rs2: 1,
    }, persona="persona-grace", color="#B5651D")
    return b.build()


def contract_renewal() -> JourneyMap:
    b = MapBuilder(
        "Contract renewal: home insurance",
        objective=(
            "The yearly renewal of a home insurance policy, from the renewal notice to the "
            "new policy documents. It looks for the moments where a loyal customer starts "
            "to shop around and what would keep them."
        ),
        scope=(
            "Harbour Home Insurance policyholders in their third year or later, renewing "
            "buildings and contents cover. Email, website, phone helpline, comparison sites "
            "and text message. Claims are out of scope."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.RENEWAL,
    )
    b.persona(
        Persona(
            id="persona-michael",
            name="Michael Byrne",
            segment="Long-standing customer, price-aware at renewal",
            age="52",
            occupation="IT project manager",
            income="Comfortable; pays annually",
            goals=["Same cover, fair price", "Renew in one sitting"],
            needs=["To see what changed and why", "Confidence he isn't paying a loyalty penalty"],
            motivations=["Fairness", "Avoiding hassle"],
            challenges=["Renewal letters full of jargon", "No time to compare properly"],
            behaviours=["Checks one comparison site every year",
                        "Phones to haggle if the price rises"],
            preferred_channels=["Email", "Website", "Phone helpline"],
            quote="I've been with you six years. Why does a new customer pay less?",
            primary=True,
            color="#3C6E71",
        )
    )
    nt = b.stage("nt", "Renewal notice")
    nt1 = nt.step("Reads the renewal email")
    rv = b.stage("rv", "Review")
    rv1 = rv.step("Compares this year with last")
    sh = b.stage("sh", "Shop around")
    sh1 = sh.step("Checks a comparison site")
    ng = b.stage("ng", "Negotiate")
    ng1 = ng.step("Calls to ask about the price")
    rn = b.stage("rn", "Renewed")
    rn1 = rn.step("Confirms and receives documents")
    b.lanes_of("actions", "touch", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    calls = "Renewal call recordings, 40 calls, September 2026"
    survey = "Renewal survey 2026 (n=1,150)"

    b.card("actions", nt1, "Opens the email 21 days before renewal",
           "The premium is up 18%; the reason is in an attached PDF.",
           channel="email", evidence=OBSERVED, source=survey, emotion=-1)
    b.card("touch", nt1, "Renewal email and PDF schedule", channel="email",
           owner="Marketing", evidence=OBSERVED, source=survey)
    b.card("thoughts", nt1, "“Eighteen percent? Nothing has changed.”", evidence=OBSERVED,
           source=calls)
    b.chain(nt1, ("Price rise without a reason",
                  "The PDF lists a new premium but not why it moved."),
            ("Explain the price in plain words", "Show what changed, with numbers."),
            ("Price breakdown in the email body",
             "Last year, this year and the three factors behind the difference."),
            owner="Marketing", idea_owner="Product development", source=survey,
            emotion=-1, votes=6, tags=["pricing", "transparency"], channel="email")

    b.card("actions", rv1, "Logs in to compare cover",
           "Cannot find last year's schedule; the portal shows only the current policy.",
           channel="website", evidence=OBSERVED, source=survey, emotion=-0.5)
    b.card("touch", rv1, "Customer portal", channel="website",
           owner="Product development", evidence=OBSERVED, source=survey)
    b.card("kpi", rv1, "Portal logins before renewal", owner="Product development",
           evidence=OBSERVED, source=survey)

    b.card("actions", sh1, "Finds the same cover £70 cheaper elsewhere",
           "A quote from Harbour itself, as a new customer, is £55 cheaper.",
           channel="website", evidence=OBSERVED, source=calls, emotion=-1.5)
    b.card("touch", sh1, "Comparison site listing", channel="advertising",
           owner="Marketing", evidence=OBSERVED, source=survey)
    b.card("feel", sh1, "Taken for granted", evidence=OBSERVED, source=calls, emotion=-1.5)
    b.chain(sh1, ("Loyal customers pay more than new ones",
                  "The gap drives long-standing customers to leave or to call and haggle."),
            ("Reward staying, openly", "Never quote a renewing customer more than a new one."),
            ("Same-price promise at renewal",
             "Renewal price checked against the new-customer price before the email goes out."),
            owner="Management", idea_owner="Sales", source=calls, emotion=-1.5, votes=9,
            tags=["loyalty penalty", "pricing"])

    b.card("actions", ng1, "Calls the helpline and asks for a better price",
           "Waits 25 minutes; the adviser matches the comparison price after a transfer.",
           channel="phone_helpline", evidence=OBSERVED, source=calls, emotion=0)
    b.card("touch", ng1, "Helpline, then the retention team", channel="phone_helpline",
           owner="Customer service", evidence=OBSERVED, source=calls)
    b.card("thoughts", ng1, "“So I only get a fair price if I complain.”",
           evidence=OBSERVED, source=calls)
    b.chain(ng1, ("Transferred to a second team to get the price",
                  "The first adviser cannot change the premium."),
            ("Let the first person solve it", "Give advisers a discount range."),
            ("Renewal adjustment up to 10% at first contact",
             "Advisers apply it themselves; the retention team handles only larger cases."),
            owner="Customer service", idea_owner="Management", source=calls,
            emotion=-1, votes=4, tags=["waiting"], channel="phone_helpline")
    b.card("kpi", ng1, "Renewal calls transferred", "Currently 62%.",
           owner="Customer service", evidence=OBSERVED, source=calls)

    b.card("actions", rn1, "Accepts the matched price",
           "Documents arrive by email; a text confirms the payment date.",
           channel="text_message", evidence=OBSERVED, source=survey, emotion=0.5)
    b.card("touch", rn1, "Confirmation text and policy documents",
           channel="email", owner="Customer service", evidence=OBSERVED, source=survey)
    b.card("feel", rn1, "Relieved, slightly cynical", evidence=OBSERVED, source=survey,
           emotion=0.5)
    b.card("kpi", rn1, "Retention rate at renewal", "Target 85% in year three and later.",
           owner="Management", evidence=PROPOSED)

    b.curve("michael", "Experienced", {
        nt1: -1, rv1: -0.5, sh1: -1.5, ng1: -0.5, rn1: 0.5,
    }, persona="persona-michael", color="#3C6E71")
    return b.build()


def cancellation() -> JourneyMap:
    b = MapBuilder(
        "Cancellation journey: leaving a mobile phone contract",
        objective=(
            "What it takes to leave a mobile phone contract, from deciding to go to the last "
            "bill. An easy, respectful exit keeps the door open for a return and stops "
            "complaints; this map shows where ours is neither."
        ),
        scope=(
            "Lumen Mobile pay-monthly customers out of their minimum term who move to "
            "another network and keep their number. Website, webchat, phone helpline, "
            "text message and email. Mid-contract exits are out of scope."
        ),
        map_type=MapType.CURRENT_STATE,
        journey_kind=JourneyKind.CANCELLATION,
    )
    b.persona(
        Persona(
            id="persona-sofia",
            name="Sofía Álvarez",
            segment="Out-of-contract customer leaving for a cheaper SIM-only deal",
            age="31",
            occupation="Freelance photographer",
            income="Irregular freelance income",
            goals=["Keep her number", "Never pay for two networks at once"],
            needs=["A clear way to leave online", "No surprise final bill"],
            motivations=["Saving £15 a month", "Control over her outgoings"],
            challenges=["Clients call her on that number: no gaps allowed",
                        "Dislikes sales calls"],
            behaviours=["Reads forums before acting", "Prefers text and chat to calls"],
            preferred_channels=["Webchat", "Text message", "Website", "Social media"],
            quote="Let me go without a fight and I might come back.",
            primary=True,
            color="#7B5EA7",
        )
    )
    dc = b.stage("dc", "Decide to leave")
    dc1 = dc.step("Finds a better deal")
    fh = b.stage("fh", "Find how")
    fh1 = fh.step("Looks for how to cancel")
    cn = b.stage("cn", "Contact")
    cn1 = cn.step("Asks for her switching code")
    cn2 = cn.step("Hears a retention offer")
    sw = b.stage("sw", "Switch")
    sw1 = sw.step("Number moves to the new network")
    fb = b.stage("fb", "Final bill")
    fb1 = fb.step("Receives the final bill")
    b.lanes_of("actions", "touch", "thoughts", "feel", "pain", "opp", "ideas", "kpi")

    leavers = "Leaver interviews, August 2026 (14 customers)"
    logs = "Contact logs and billing data, Q3 2026"

    b.card("actions", dc1, "Sees a SIM-only deal advertised",
           "Same data for £15 less a month; checks her contract end date in the app.",
           channel="advertising", evidence=OBSERVED, source=leavers, emotion=0.5)
    b.card("touch", dc1, "App contract page", channel="mobile_app",
           owner="Product development", evidence=OBSERVED, source=logs)
    b.card("thoughts", dc1, "“I've been out of contract for a year and paying full price.”",
           evidence=OBSERVED, source=leavers)
    b.chain(dc1, ("Out-of-contract customers keep paying handset prices",
                  "Nobody told her the handset was paid off 12 months ago."),
            ("Tell customers when their deal ends", "Before they find out from a rival."),
            ("End-of-contract text with a fair SIM-only price",
             "Sent at the end of the term and yearly after, with a one-tap switch."),
            owner="Marketing", idea_owner="Sales", source=logs, emotion=-1, votes=7,
            tags=["fairness", "pricing"], channel="text_message")

    b.card("actions", fh1, "Searches the website for “cancel”",
           "Finds only an FAQ telling her to phone.",
           channel="website", evidence=OBSERVED, source=leavers, emotion=-1)
    b.card("touch", fh1, "Help pages and forum threads", channel="website",
           owner="Customer service", evidence=OBSERVED, source=leavers)
    b.card("kpi", fh1, "Searches for “cancel” ending in a call", owner="Customer service",
           evidence=OBSERVED, source=logs)

    b.card("actions", cn1, "Texts a keyword to get her switching code",
           "Learns this from a forum; the code arrives within a minute.",
           channel="text_message", evidence=OBSERVED, source=logs, emotion=1)
    b.card("touch", cn1, "Switching-code text service", channel="text_message",
           owner="Technical support", evidence=OBSERVED, source=logs)
    b.card("feel", cn1, "Pleasantly surprised", evidence=OBSERVED, source=leavers,
           emotion=1)
    b.chain(cn1, ("The easy way out is a secret",
                  "The text service is never mentioned on our own pages."),
            ("Show every way to leave, honestly", "Text, chat or phone, her choice."),
            ("“Leaving us” page listing the text, chat and phone routes",
             "With what happens to her number, final bill and any credit."),
            owner="Customer service", source=leavers, emotion=-0.5, votes=4,
            tags=["findability"], channel="website")

    b.card("actions", cn2, "Gets a call offering a discount",
           "Two calls in one day while she is on a shoot; the offer is worse than the rival's.",
           channel="phone_helpline", evidence=OBSERVED, source=leavers, emotion=-1.5)
    b.card("touch", cn2, "Outbound retention call", channel="phone_helpline",
           owner="Sales", evidence=OBSERVED, source=logs)
    b.card("thoughts", cn2, "“Why is it better now that I'm leaving?”", evidence=OBSERVED,
           source=leavers)
    b.chain(cn2, ("Retention calls feel like pressure",
                  "Unasked-for calls at work; offers she should have had before."),
            ("Make one offer, in writing, once", "Respect her channel and her decision."),
            ("Single written offer by text, no calls",
             "If she replies ‘no’ or ignores it, the switch goes ahead untouched."),
            owner="Sales", idea_owner="Management", source=leavers, emotion=-1.5, votes=6,
            tags=["pressure"], channel="text_message")

    b.card("actions", sw1, "Gives the code to the new network",
           "Number moves next working day; 40 minutes without signal in the morning.",
           channel="mobile_app", evidence=OBSERVED, source=logs, emotion=0.5)
    b.card("touch", sw1, "Port-out confirmation text", channel="text_message",
           owner="Technical support", evidence=OBSERVED, source=logs)
    b.card("kpi", sw1, "Port-outs completed next working day", "Currently 97%.",
           owner="Technical support", evidence=OBSERVED, source=logs)

    b.card("actions", fb1, "Receives a final bill with a charge for the full month",
           channel="email", evidence=OBSERVED, source=logs, emotion=-1)
    b.card("touch", fb1, "Final bill email", channel="email", owner="Customer service",
           evidence=OBSERVED, source=logs)
    b.card("feel", fb1, "Leaves with a bad taste", evidence=OBSERVED, source=leavers,
           emotion=-1)
    b.card("thoughts", fb1, "“I won't be back, and I'll say so.”", evidence=ASSUMED)
    b.chain(fb1, ("Charged a full month after leaving",
                  "Billing runs monthly; the days after the switch are not refunded."),
            ("End on a fair note", "The last bill is what people remember."),
            ("Bill to the day the number leaves",
             "Pro-rata final bill, with any credit refunded to her card automatically."),
            owner="Management", idea_owner="Technical support", source=logs, emotion=-1,
            votes=5, tags=["fairness", "billing"], channel="email")
    b.card("kpi", fb1, "Win-back within 24 months", owner="Marketing", evidence=PROPOSED)

    b.curve("sofia", "Experienced", {
        dc1: 0.5, fh1: -1, cn1: 1, cn2: -1.5, sw1: 0.5, fb1: -1,
    }, persona="persona-sofia", color="#7B5EA7")
    return b.build()
