"""Ravensford Safeguarding Children Partnership, annual report 2020-21 (invented area).

Another author: a short, modern partnership report in plain English ("we", short blocks, an
"at a glance" page). Shape under test: INFOGRAPHIC CARDS. Each review gets one card table
"What we learned | What we did | What difference it made", one row per theme; the "What we did"
cell holds several inline bullets ("• ... • ...") and the report never restates the review's
recommendations ("we haven't repeated them here"). One LCSPR (Child Q, published December 2020)
and one legacy SCR (Siblings B and C, published by the former LSCB in 2019). Gold: every "What
we did" bullet that reports something done is its own entry with text null and the bullet as
`action`; bullets that are plans ("We will ...") are neither recommendations nor actions, so
they are not entries. Bodies as the bullet names them (one bullet is passive and names nobody;
"The Partnership" -> lscb). Status only where the bullet says it ("this is now complete" ->
completed, "rollout is under way" -> in_progress), else unknown. NO monitoring mechanism is
described anywhere (the independent scrutineer even says progress is not tracked in one place),
so the verdict follows the rule: partly_meets. Distractors: two rapid reviews that did not lead
to an LCSPR (one with a card of the SAME shape), the national Panel's review of sudden
unexpected infant deaths and the local response, the scrutineer's recommendations, an Ofsted
focused visit and "we will" priorities for 2021-22. Extra rendering: md.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body, partnership_wording
import filler

NAME = "ravensford-2020-21"
AREA = "Ravensford"
BOARD = "Ravensford Safeguarding Children Partnership"
YEAR = "2020-21"
SEED = 2021

CSC = body("Ravensford Council Children's Services", "childrens_social_care")
HV = body("Ravensford Community Health NHS Trust", "health")
POLICE = body("Ravensford Police", "police")
PARTNERSHIP = body("The Partnership", "lscb")
SCHOOLS = body("Schools", "education")
ESS = body("the Education Safeguarding Service", "education")
CCG = body("NHS Ravensford CCG", "health")

CARD_HEADER = ["What we learned", "What we did", "What difference it made"]

# A "What we did" bullet: (text, bodies, status) for something done; (text, None, None) for a plan.
# Cards: rows of (what we learned, bullets, what difference it made).
CHILD_Q = [
    ("Nobody asked who Q's mum's new partner was. He was invisible to every service, although he had been "
     "living at the house for five months.",
     [("Ravensford Council Children's Services added a 'who lives here?' question to every assessment and "
       "plan in October 2020.", [CSC], "unknown"),
      ("Health visitors from Ravensford Community Health NHS Trust now record every adult in the home at each "
       "contact, not just at the new birth visit.", [HV], "unknown"),
      ("We will look again at how we ask about fathers and partners when we refresh the neglect strategy "
       "next year.", None, None)],
     "In February 2021, 27 of 30 assessments named every adult in the household. A year earlier it was 11."),
    ("Q's nursery didn't know that police had been called to the house three times.",
     [("Operation Encompass notifications were extended to all early years settings from January 2021.", [],
       "unknown"),
      ("Ravensford Police now send each notification before 9am on the next school day, including during "
       "lockdown.", [POLICE], "unknown")],
     "142 notifications reached nurseries and childminders between January and March 2021."),
    ("Practitioners were worried about Q but didn't feel able to challenge decisions they disagreed with.",
     [("The Partnership relaunched its escalation policy in November 2020 with a seven-minute briefing; this "
       "is now complete.", [PARTNERSHIP], "completed"),
      ("We will add a session on professional challenge to the new multi-agency training offer.", None, None)],
     "19 escalations were logged in 2020-21, compared with 6 the year before."),
]

SIBLINGS_BC = [
    ("B and C's neglect was seen as 'low level' for years. Nobody added it up.",
     [("Ravensford Council Children's Services introduced the Graded Care Profile 2 for every family where "
       "neglect is the main concern; this is now complete.", [CSC], "completed"),
      ("Schools and the Education Safeguarding Service agreed a shared neglect recording template, and rollout "
       "is under way in all 74 schools.", [SCHOOLS, ESS], "in_progress")],
     "More neglect referrals now come from schools (up from 38 to 61), and they arrive with a history "
     "attached."),
    ("The children's GP didn't know they had a social worker.",
     [("NHS Ravensford CCG wrote to every GP practice about flagging the records of children with a child "
       "protection or child in need plan.", [CCG], "unknown"),
      ("We will repeat the GP flagging check once practices are back to normal after the pandemic.", None,
       None)],
     "Flags were in place on 88% of the records checked in September 2020."),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Q", "published")
    g.scr("Siblings B and C", "published")
    for case, card in (("Child Q", CHILD_Q), ("Siblings B and C", SIBLINGS_BC)):
        for _learned, did, _difference in card:
            for text, bodies, status in did:
                if bodies is not None:  # a plan is not an entry
                    g.rec(case, None, None, text, bodies, status)
    return g.dump(None)


def _card(rows, caption: str) -> Table:
    """One review's card: the 'What we did' bullets run inline in one cell, as on the printed card."""
    return Table(CARD_HEADER, [[learned, " ".join(f"• {b[0]}" for b in did), difference]
                               for learned, did, difference in rows], caption=caption)


def _opening() -> list:
    return [
        Heading("Welcome", 1),
        Para("This is our second annual report as the Ravensford Safeguarding Children Partnership. It covers "
             "April 2020 to March 2021: a year that none of us will forget. Schools closed twice, most contact "
             "with families moved online or to the doorstep, and many children spent months out of sight of the "
             "adults who usually notice when something is wrong."),
        Para("We have kept this report short. We want it to be read by people who work with children, not just "
             "filed. Where you want more detail, the full reviews and our data are on our website."),
        Para("Thank you to everyone who kept going into homes, schools, wards and police stations this year. "
             "You made a difference."),
        Para("Ravensford Council, NHS Ravensford CCG and Ravensford Police - the three safeguarding partners",
             italic=True),
        Heading("Our year at a glance", 2),
        Table(["", "2020-21"], [
            ["Contacts to the Front Door", "14,912"],
            ["Children with a child protection plan at 31 March", "387"],
            ["Rapid reviews held", "2"],
            ["Local child safeguarding practice reviews published", "1"],
            ["People who joined our online training", "2,406"],
            ["Seven-minute briefings published", "9"],
        ], caption="At a glance"),
    ]


def _reviews() -> list:
    return [
        Heading("Learning from reviews", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, we hold a "
             "rapid review within 15 working days and tell the national Child Safeguarding Practice Review "
             "Panel what we found. If there is more to learn, we commission a local child safeguarding practice "
             "review (LCSPR)."),
        Para("This year we published one LCSPR, about Child Q. We also include an update on Siblings B and C, a "
             "serious case review that the old Ravensford Local Safeguarding Children Board published in 2019."),
        Para("We haven't repeated the reviews' recommendations here - you can read them in the full reports on "
             "our website. Instead, each review has a card: what we learned, what we did about it, and what "
             "difference it has made so far.", italic=True),
        Heading("Child Q", 2),
        Para("Q was 14 months old when she was taken to hospital with a broken arm and bruising. Her mum's new "
             "partner was later convicted of causing her harm. The LCSPR was led by an independent reviewer and "
             "published in December 2020. It made five recommendations, and all the partners accepted them."),
        _card(CHILD_Q, "Child Q: what we learned, what we did, what difference it made"),
        Heading("Siblings B and C", 2),
        Para("B and C, aged 9 and 6, were removed from home in 2018 after years of neglect. The serious case "
             "review was commissioned by the former LSCB and published in March 2019. Most of its actions were "
             "finished before the Partnership took over; these are the ones we have worked on since."),
        _card(SIBLINGS_BC, "Siblings B and C: what we learned, what we did, what difference it made"),
        PageBreak(),
        Heading("Rapid reviews", 2),
        Para("We held two rapid reviews this year. In both cases we decided, and the national Panel agreed, "
             "that an LCSPR would not add to what we had already learned. The learning still matters, so we "
             "share it here in the same way."),
        Table(["Rapid review", "Month", "What happened", "Decision"], [
            ["RR 20-01", "June 2020", "A 7-week-old baby admitted with a skull fracture", "No LCSPR"],
            ["RR 20-02", "January 2021", "A 15-year-old seriously injured in a stabbing", "No LCSPR"],
        ], caption="Rapid reviews 2020-21"),
        Table(CARD_HEADER, [
            ["Dad was the main carer during lockdown but had never been seen by a health visitor.",
             "• Ravensford Hospitals NHS Foundation Trust added a question about the other parent to its "
             "discharge checklist. • We will test whether fathers are now invited to the new birth visit.",
             "Too early to say."],
            ["The young person had been excluded and nobody was in regular contact with him.",
             "• The Youth Offending Service now joins every strategy meeting about a child at risk of "
             "exploitation. • Schools were asked to tell the Exploitation Hub about sudden changes in a pupil's "
             "friends or possessions.",
             "The Exploitation Hub received 31 school referrals in the last quarter."],
        ], caption="Rapid reviews: what we learned, what we did, what difference it made"),
        Heading("The national Panel's review of sudden infant deaths", 2),
        Para("In July 2020 the national Child Safeguarding Practice Review Panel published its review of sudden "
             "unexpected deaths of infants in families where there were safeguarding concerns. It recommended "
             "that local partnerships should make safer sleep advice part of every assessment of a family with "
             "a baby, and that advice should be tailored to families under stress rather than given as a leaflet. "
             "Our Health and Wellbeing Group held a workshop on the review in November 2020, and health visitors "
             "now discuss safer sleep at every contact with a baby under six months."),
    ]


def _scrutiny() -> list:
    return [
        Heading("Independent scrutiny", 1),
        Para("Our Independent Scrutineer, Marcus Adeyemi-Holt, looked this year at how well the partners learn "
             "from reviews. He found real changes in practice after Child Q, but also that there is no single "
             "place where progress on review actions is recorded, so it is hard to see the whole picture. He "
             "recommended that the partners should:"),
        Bullets([
            "set up one learning log for the actions from all rapid reviews and practice reviews;",
            "ask each agency to show, not just say, what has changed;",
            "involve schools and early years settings more in deciding the Partnership's priorities.",
        ]),
        Para("We have accepted all three recommendations and will report on them next year."),
        Heading("Ofsted focused visit", 2),
        Para("Ofsted carried out a focused visit to Ravensford Council's children's services in October 2020, "
             "looking at how the council had responded to the pandemic. Inspectors found that children at risk "
             "had been seen regularly and that the Front Door had kept working well. They identified two areas "
             "for improvement: the council should make sure that management oversight is recorded on every "
             "case, and should improve the timeliness of return home interviews for children who go missing."),
    ]


def _next_year() -> list:
    return [
        Heading("What we will do in 2021-22", 1),
        Para("Our priorities stay the same: neglect, exploitation and hearing the voice of children. Next year:"),
        Bullets([
            "We will refresh the neglect strategy, and every agency should sign up to the Graded Care Profile 2.",
            "We will publish a single exploitation pathway with the Community Safety Partnership.",
            "We will run our first young people's panel, so that children help set our priorities.",
            "We recommend that every partner agency nominates a lead for learning from reviews.",
        ]),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="RSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Ravensford Council", police="Ravensford Police", ccg="NHS Ravensford CCG",
                 acute_trust="Ravensford Hospitals NHS Foundation Trust",
                 community_trust="Ravensford Community Health NHS Trust")


def _generic(*sections: str) -> list:
    return partnership_wording(filler.sections(CTX, *sections))


def build() -> ReportSpec:
    blocks: list = []
    blocks += _opening() + [PageBreak()]
    blocks += _generic("introduction", "governance", "membership", "budget") + [PageBreak()]
    blocks += _generic("area_profile", "early_help") + [PageBreak()]
    blocks += _reviews() + [PageBreak()]
    blocks += _scrutiny()
    blocks += _generic("training", "performance", "cse_missing", "cdop", "lado", "private_fostering",
                       "voice_of_child")
    blocks += _next_year() + [PageBreak()]
    blocks += _generic("glossary")
    return ReportSpec(
        name=NAME,
        title="Ravensford Safeguarding Children Partnership Annual Report 2020-21",
        running_header="RSCP Annual Report 2020-21",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published September 2021",
        extra_formats=("md",),
    )
