"""Ashcombe Safeguarding Children Partnership, annual report 2019-20. HELD ASIDE.

Written to feel like another author again: short plain-English sections ("What we learned",
"What we have done"), and every review told through a "learning box" - a two-column
key-value table whose first column holds row labels ("What the review found",
"Recommendation 1", "What we have done", "Who", "Where we are now"), NOT a header-row table.
The first row of each box (rendered bold as the table header) is itself a label/value pair.
Statuses are words under the partnership's own key: Embedded (completed), Partially met and
Awaiting evidence (in_progress), Not started (not_started).

Shape under test: LCSPR "Child K" (published, three recommendations), LCSPR "Sibling Group L"
(ongoing: only actions on emerging learning, so text null), legacy SCR "Child M" (two
remaining recommendations, one with nothing done). Distractors: a rapid review summary whose
case did not go on to an LCSPR (with actions and "should"), a domestic homicide review
summary with recommendations, Ofsted JTAI feedback, partnership priorities.
Extra format: HTML.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "ashcombe-2019-20"
AREA = "Ashcombe"
BOARD = "Ashcombe Safeguarding Children Partnership"
YEAR = "2019-20"
SEED = 1920

KEY = {"Embedded": "completed", "Partially met": "in_progress", "Awaiting evidence": "in_progress",
       "Not started": "not_started"}

CSC = body("Ashcombe Children's Services", "childrens_social_care")
HV = body("Ashcombe Healthcare NHS Trust health visiting service", "health")
AHT = body("Ashcombe Healthcare NHS Trust", "health")
POLICE = body("Wessmoor Police", "police")
MASH = body("the MASH", "childrens_social_care")
CCG = body("Ashcombe and Vale CCG", "health")
GP = body("GP practices", "health")
SCHOOLS = body("schools", "education")
EDU = body("the Education Safeguarding Team", "education")
ADULT = body("Ashcombe Adult Social Care", "adult_services")
TRAIN = body("the ASCP Workforce Development Group", "lscb")
HOUSING = body("Ashcombe Homes", "housing")

# ---------------------------------------------------------------- Child K (LCSPR, published)
K_FOUND = (
    "Child K was seven months old when she was taken to hospital with a fractured skull and rib "
    "fractures. Her father was later convicted. The review found that the family had moved between "
    "three addresses in six months, that the health visitor was never told of the last move, and that "
    "a bruise seen by a GP at four months was recorded but not followed up under the bruising protocol."
)
# (label number, recommendation, what we have done (None = nothing yet), who cell, bodies, status)
K_RECS = [
    ("1",
     "The Partnership should make sure that every agency applies the bruising in non-mobile babies "
     "protocol, and that GPs and practice nurses know that a bruise on a baby who is not yet "
     "crawling must always be referred to children's social care.",
     "The protocol was relaunched in October 2019 with a one-page flowchart for GP surgeries. "
     "The Named GP visited 19 practices to talk it through, and an audit in February 2020 found "
     "that 11 of 12 bruising cases had been referred the same day.",
     "Ashcombe and Vale CCG; GP practices", [CCG, GP], "Embedded"),
    ("2",
     "When a family with a child under one moves home, the agency that learns of the move should "
     "tell the health visiting service within five working days.",
     "A 'change of address' alert now goes from the MASH and from Ashcombe Homes to the health "
     "visiting single point of contact. The alert is live for council tenancies; private lets and "
     "moves across the county border are not yet covered.",
     "Ashcombe Healthcare NHS Trust health visiting service; the MASH; Ashcombe Homes",
     [HV, MASH, HOUSING], "Partially met"),
    ("3",
     "Wessmoor Police and Ashcombe Children's Services should agree how the views of fathers and "
     "other men in the household are sought and recorded during child protection enquiries.",
     "A joint practice guide on working with fathers was written by the police and children's "
     "social care and issued in January 2020. Both agencies say it is in use; we have asked to see "
     "case file evidence before we call this embedded.",
     "Wessmoor Police; Ashcombe Children's Services", [POLICE, CSC], "Awaiting evidence"),
]

# ---------------------------------------------------------------- Sibling Group L (LCSPR, ongoing)
L_LOOKING = (
    "Three brothers and sisters, aged 4, 9 and 13, were removed from home in September 2019 after "
    "the oldest told a teacher that they were often left without food. The review is looking at "
    "neglect over a long period and at why the children's school attendance did not trigger help "
    "sooner. It started in November 2019 and will report in the autumn."
)
L_EARLY = (
    "Attendance of between 80 and 90 per cent over several years was not seen as a concern by "
    "anyone, and nobody had the whole picture across the three schools the children attended."
)
# (what we have done, who cell, bodies, status)
L_DONE = [
    ("Ashcombe Council's Education Safeguarding Team now sends a termly list of children whose "
     "attendance is below 90 per cent and who have siblings in other schools to the designated "
     "safeguarding leads concerned.",
     "the Education Safeguarding Team; schools", [EDU, SCHOOLS], "Embedded"),
    ("A neglect toolkit refresher was added to the designated safeguarding lead network meeting "
     "in February 2020, with a session on chronic low-level neglect led by the Ashcombe "
     "Children's Services practice lead.",
     "Ashcombe Children's Services; the ASCP Workforce Development Group", [CSC, TRAIN],
     "Partially met"),
]

# ---------------------------------------------------------------- Child M (legacy SCR)
M_FOUND = (
    "The serious case review into the death of Child M, a 15-year-old who took his own life, was "
    "published in June 2018 under the previous Board. Seven of its nine recommendations were "
    "signed off in 2018-19. The two that remained open are shown below."
)
M_RECS = [
    ("8",
     "Adult mental health and substance misuse services should ask every adult they assess "
     "whether they live with or care for children, and share that information with children's "
     "services where there are concerns.",
     "The 'Think Family' question is now mandatory in the adult social care and drug and alcohol "
     "assessment forms. A case file audit by Ashcombe Adult Social Care in December 2019 found it "
     "answered in 88 per cent of assessments.",
     "Ashcombe Adult Social Care", [ADULT], "Embedded"),
    ("9",
     "Ashcombe Healthcare NHS Trust should make sure that young people discharged from the "
     "emergency department after self-harm have a follow-up appointment with CAMHS before they "
     "leave.",
     None,
     "Ashcombe Healthcare NHS Trust", [AHT], "Not started"),
]

KEY_TEXT = (
    "How to read the 'Where we are now' row: Embedded means the change has been made and we have "
    "seen evidence that it is making a difference; Partially met means some, but not all, of the "
    "work has been done; Awaiting evidence means the lead agency tells us the work is done but we "
    "have not yet seen proof; Not started means what it says."
)

MONITORING = (
    "The Case Review Group goes through every open row of every learning box at its meetings "
    "every two months, and asks the lead agency for evidence before a row can be marked Embedded. "
    "A summary goes to the three safeguarding partners at each Executive meeting"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child K", "published")
    g.scr("Sibling Group L", "ongoing")
    g.scr("Child M", "published")
    for num, text, done, _who, bodies, st in K_RECS:
        g.rec("Child K", num, text, done, bodies, KEY[st])
    for done, _who, bodies, st in L_DONE:
        g.rec("Sibling Group L", None, None, done, bodies, KEY[st])
    for num, text, done, _who, bodies, st in M_RECS:
        g.rec("Child M", num, text, done, bodies, KEY[st])
    return g.dump(MONITORING)


def _box(first: tuple[str, str], rows: list[list[str]], caption: str) -> Table:
    return Table([first[0], first[1]], rows, caption=caption)


def _reviews() -> list:
    b = [
        Heading("What we learned from reviews", 1),
        Para("Since September 2019 Ashcombe has followed the new arrangements for reviewing serious "
             "child safeguarding cases. When something serious happens to a child and abuse or neglect "
             "is known or suspected, the local authority tells the Child Safeguarding Practice Review "
             "Panel within five working days and we hold a rapid review within fifteen. The rapid review "
             "decides whether a local child safeguarding practice review (LCSPR) would help us learn."),
        Para("This year we held four rapid reviews. Two led to LCSPRs: Child K, which we published in "
             "February 2020, and Sibling Group L, which is still going on. We also finished the last "
             "work on Child M, a serious case review started under the old Board. The other two rapid "
             "reviews did not need an LCSPR; one of them is summarised at the end of this section."),
        Para("We report each review in the same way, as a learning box. " + KEY_TEXT),
        Heading("Child K", 2),
    ]
    rows = [["What the review found", K_FOUND]]
    for num, text, done, who, _b, st in K_RECS:
        rows += [[f"Recommendation {num}", text],
                 ["What we have done", done or "Nothing yet"],
                 ["Who", who],
                 ["Where we are now", st]]
    b.append(_box(("Review", "Child K - local child safeguarding practice review, published February 2020"),
                  rows, "Learning box 1: Child K"))
    b += [
        Para("The full report and a two-page summary for practitioners are on our website. Nearly 300 "
             "people came to the four Child K learning events held in March 2020, the last of them online."),
        Heading("Sibling Group L", 2),
    ]
    rows = [["What the review is looking at", L_LOOKING], ["What we have learned so far", L_EARLY]]
    for done, who, _b, st in L_DONE:
        rows += [["What we have done", done], ["Who", who], ["Where we are now", st]]
    b.append(_box(("Review", "Sibling Group L - local child safeguarding practice review, in progress"),
                  rows, "Learning box 2: Sibling Group L"))
    b += [
        Para("We did not wait for the final report before acting on what the review had already shown "
             "us. The recommendations will be published with the report."),
        Heading("Child M", 2),
    ]
    rows = [["What happened", M_FOUND]]
    for num, text, done, who, _b, st in M_RECS:
        rows += [[f"Recommendation {num}", text],
                 ["What we have done",
                  done or "The Trust has told us that this depends on the new CAMHS crisis service, "
                          "which has been delayed until 2020-21."],
                 ["Who", who],
                 ["Where we are now", st]]
    b.append(_box(("Review", "Child M - serious case review (legacy), published June 2018"),
                  rows, "Learning box 3: Child M"))
    b += [
        Heading("Keeping track", 2),
        Para(MONITORING + ". If an action is late twice in a row the Independent Scrutineer writes to "
             "the agency's chief officer."),
        Heading("A rapid review that did not need an LCSPR", 2),
        Para("In December 2019 a five-month-old baby was admitted to hospital with a head injury. The "
             "rapid review found that agencies had worked well together, that the injury was reported "
             "quickly, and that the learning was already known to us from Child K. We told the National "
             "Panel that we did not think an LCSPR was needed and the Panel agreed."),
        Table(["Item", "Detail"], [
            ["Learning point", "Midwives should give every new parent the ICON 'babies cry, you can cope' "
                               "message before discharge and again at the first health visitor contact."],
            ["What was agreed", "The maternity unit and health visiting will record that the ICON "
                                "conversation has taken place."],
            ["Who", "Ashcombe Healthcare NHS Trust"],
            ["Where we are now", "Embedded"],
        ], caption="Rapid review, December 2019 - summary"),
        Heading("Domestic homicide review", 2),
        Para("The Community Safety Partnership published one domestic homicide review this year, into the "
             "death of a woman known as Adult S, who had two teenage children. Because children were "
             "involved the review was shared with us. Its recommendations are owned by the Community "
             "Safety Partnership, not by us, but we will check how they affect children:"),
        Bullets([
            "The MARAC should consider the needs of every child in the household, including children "
            "who do not live there full-time.",
            "GP practices should record domestic abuse disclosures in the records of both adults.",
            "It is recommended that specialist domestic abuse services offer support to teenage children "
            "in their own right.",
        ]),
    ]
    return b


def _welcome() -> list:
    return [
        Heading("Welcome from the safeguarding partners", 1),
        Para("This is our first full year as the Ashcombe Safeguarding Children Partnership. In place of "
             "the old Board, three partners now share the job: Ashcombe Council, Ashcombe and Vale CCG and "
             "Wessmoor Police. We have kept what worked, such as our sub-groups and multi-agency training, "
             "and changed what did not."),
        Para("The year ended in a way none of us expected. From the middle of March 2020 schools closed to "
             "most children, health visitors moved to phone contacts and many front-line staff began "
             "working from home. Safeguarding did not stop, and the way staff adapted in those last "
             "two weeks of the year has been remarkable. Next year's report will say much more about it."),
        Para("We have tried to write this report so that anyone can read it. Where we use jargon we "
             "explain it, and there is a list of abbreviations at the back."),
        Para("Signed: Director of Children's Services, Ashcombe Council; Director of Nursing, Ashcombe and "
             "Vale CCG; Detective Chief Superintendent, Wessmoor Police", italic=True),
    ]


def _own_generic() -> list:
    return [
        Heading("Children who are educated at home", 1),
        Para("The number of children registered as electively home educated rose from 212 to 268 during "
             "the year, a rise of more than a quarter. Most parents make the choice for good reasons, but "
             "some children leave school after exclusion is discussed, or when the school has raised "
             "concerns. The Education Safeguarding Team now checks every new registration against "
             "children's social care records within two days, and a home visit is offered to every family."),
        Para("Of the 268 children, 14 were known to children's social care at the time they left school "
             "and five were subject to a child protection plan. Each of those five was discussed at a "
             "strategy meeting before the child came off the school roll."),
        Heading("Harmful sexual behaviour", 1),
        Para("Schools told us they were seeing more incidents of harmful sexual behaviour between "
             "children, much of it online. We funded twelve places on the AIM3 assessment training and "
             "produced a short guide for designated safeguarding leads on when to seek advice. Referrals "
             "to the specialist service rose from 31 to 47, which we think reflects better recognition "
             "rather than more harm, although we cannot yet prove this."),
        Heading("Ofsted and HMI joint inspection", 1),
        Para("In November 2019 Ofsted, the Care Quality Commission, HMI Constabulary and HMI Probation "
             "carried out a joint targeted area inspection of the response to children living with "
             "domestic abuse. The inspectors' letter recommended that:"),
        Bullets([
            "partners should make sure that the MASH screens police notifications of domestic abuse "
            "within 24 hours, including at weekends;",
            "health providers should improve the recording of routine enquiry about domestic abuse in "
            "maternity and health visiting records;",
            "the partnership should evaluate the impact of its domestic abuse training on practice.",
        ]),
        Para("An action plan was agreed in January 2020 and is overseen by the Domestic Abuse Strategic "
             "Board, which reports to us twice a year."),
    ]


def _priorities() -> list:
    return [
        Heading("Our priorities for 2020-21", 1),
        Table(["Priority", "What good will look like", "Lead"], [
            ["Neglect", "Every child on a plan for neglect has a Graded Care Profile 2 assessment",
             "Neglect Strategy Group"],
            ["Exploitation", "A single multi-agency exploitation panel covering CSE, county lines and "
                             "modern slavery", "Exploitation Sub-group"],
            ["Safeguarding in the pandemic", "Vulnerable children are seen face to face at least as "
                                             "often as before March 2020", "Executive"],
            ["Voice of children", "Young people help to write next year's report",
             "Business Unit"],
        ], caption="Partnership priorities"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="ASCP", period=YEAR, seed=SEED, partnership=True,
                 council="Ashcombe Council", police="Wessmoor Police", ccg="Ashcombe and Vale CCG",
                 acute_trust="Ashcombe Healthcare NHS Trust",
                 community_trust="Ashcombe Healthcare NHS Trust")


def _g(*sections) -> list:
    return partnership_wording(filler.sections(CTX, *sections))


def build() -> ReportSpec:
    blocks: list = []
    blocks += _welcome() + [PageBreak()]
    blocks += _g("introduction", "area_profile", "governance", "membership", "budget")
    blocks += [PageBreak()] + _reviews() + [PageBreak()]
    blocks += _g("early_help", "performance", "training")
    blocks += _own_generic()
    blocks += _g("cse_missing", "lado", "private_fostering", "cdop", "voice_of_child")
    blocks += _priorities() + [PageBreak()] + _g("glossary")
    return ReportSpec(
        name=NAME,
        title="Ashcombe Safeguarding Children Partnership Annual Report 2019-2020",
        running_header="Ashcombe SCP | Annual Report 2019-20",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        published="Published November 2020",
    )
