"""Corrick Local Safeguarding Children Board, annual report 2016-17.

Another author: brisk, short case-review section with almost no tables. The section counts
the reviews ("Two serious case reviews were published this year and one was commissioned")
and gives each published review's recommendations as a SHORT bullet list under the case name
("Child Y", "Baby R"). Some bullets carry a one-line progress note in the same list item after
a dash ("... — Progress: <what was done>; completed"); one says only "Progress: completed
March 2017" (status without an action), others have no progress at all (action null,
status unknown). The chair's foreword mentions one of the Child Y actions in passing (the
same entry, not a second one). Monitoring: the Serious Case Review Panel.
Distractors: "Learning from audits" bullets phrased with "should", the Ofsted review of the
LSCB with recommendations, section 11 findings, business plan priorities.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "corrick-2016-17"
AREA = "Corrick"
BOARD = "Corrick Local Safeguarding Children Board"
YEAR = "2016-17"
SEED = 1617

POLICE = body("Corrick Constabulary", "police")
SCHOOLS = body("Schools", "education")
LSCB = body("The LSCB", "lscb")
CCG = body("Corrick and District CCG", "health")
HV = body("Health visitors", "health")
MW = body("midwives", "health")
CCT = body("Corrick Community NHS Trust", "health")
MU = body("the maternity unit", "health")
SUBST = body("Adult substance misuse services", "adult_services")

ENCOMPASS = "Operation Encompass went live in all 63 Corrick schools in January 2017"

# (recommendation, action or None, progress tail as printed (None = no progress note),
#  bodies, status)
CHILD_Y = [
    ("Corrick Constabulary should tell a child's school before the start of the next school day "
     "when officers have attended a domestic abuse incident at the child's home.",
     ENCOMPASS, f"{ENCOMPASS}; completed", [POLICE], "completed"),
    ("Schools should ensure that when a child's attendance falls below 85 per cent the designated "
     "safeguarding lead considers whether there is a safeguarding concern.",
     None, "completed March 2017", [SCHOOLS], "completed"),
    ("The LSCB should revise its threshold document so that the impact of domestic abuse on "
     "children is considered at every level of need.",
     None, None, [LSCB], "unknown"),
    ("Corrick and District CCG should ensure that GPs invite both parents to discuss concerns "
     "when a child is subject to a child protection plan.",
     "guidance sent to all practices by the CCG safeguarding team",
     "guidance sent to all practices by the CCG safeguarding team; ongoing", [CCG], "in_progress"),
]

SLEEP = ("safer sleep checklist introduced by Corrick Community NHS Trust and the maternity unit "
         "in September 2016")
DAD = "'Think Dad' briefing sent to all agencies in February 2017"

BABY_R = [
    ("Health visitors and midwives should discuss safe sleeping with both parents at every contact "
     "in the first six months, including when the family is staying somewhere else.",
     SLEEP, f"{SLEEP}; completed", [HV, MW, CCT, MU], "completed"),
    ("Adult substance misuse services should ask clients who are parents of babies where the baby "
     "sleeps, and record the answer.",
     None, "in progress", [SUBST], "in_progress"),
    ("All agencies should make sure that fathers and male partners are included in assessments "
     "and plans.",
     DAD, DAD, [ALL_AGENCIES], "unknown"),
]

MONITORING = (
    "The Serious Case Review Panel monitors both action plans at its six-weekly meetings, does not "
    "sign off an action until it has seen evidence, and reports any slippage to the Board"
)


def _item(rec: str, tail: str | None) -> str:
    return rec if tail is None else f"{rec} — Progress: {tail}"


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Y", "published")
    g.scr("Baby R", "published")
    g.scr("Child T", "initiated")
    for case, recs in (("Child Y", CHILD_Y), ("Baby R", BABY_R)):
        for rec, action, _tail, bodies, status in recs:
            g.rec(case, None, rec, action, bodies, status)
    return g.dump(MONITORING)


def _foreword() -> list:
    return [
        Heading("Chair's foreword", 1),
        Para("I am pleased to introduce the annual report of the Corrick Local Safeguarding Children Board "
             "for 2016-17, my second as Independent Chair. It has been a year of steady progress in a "
             "difficult climate: budgets are tighter, demand on children's social care is higher than ever, "
             "and Corrick, like the rest of the country, is waiting to see what the Wood review of LSCBs "
             "will mean for local arrangements."),
        Para("Reviews of serious cases are never easy reading. This year we published two. What matters is "
             "what changes afterwards, and I was struck by how quickly some agencies acted. To give one "
             "example, Corrick Constabulary and our schools now share information about domestic abuse the "
             "morning after an incident, so that a teacher knows when a child arrives in class having had "
             "a frightening night. That came directly from the Child Y review."),
        Para("I want to thank the Board's members, the small business unit team, and above all the "
             "practitioners who work with Corrick's children every day."),
        Para("Kathryn Ashdown-Lee, Independent Chair", italic=True),
    ]


def _case_reviews() -> list:
    b = [
        Heading("Serious case reviews", 1),
        Para("Two serious case reviews were published this year and one was commissioned. Child Y and Baby R "
             "were both published in the autumn of 2016; the review concerning Child T, a teenager who was "
             "seriously injured in February 2017, was commissioned in March and will report in 2017-18."),
        Heading("Child Y", 2),
        Para("Child Y, aged six, lived with her mother and her mother's partner. Police were called to the "
             "home eleven times in two years, but her school was unaware of any of the incidents. The "
             "review recommended:"),
        Bullets([_item(rec, tail) for rec, _a, tail, _b, _s in CHILD_Y]),
        Heading("Baby R", 2),
        Para("Baby R died at ten weeks old while sleeping on a sofa with his father, who had been drinking. "
             "The family had been staying with relatives for most of the baby's short life. The review "
             "recommended:"),
        Bullets([_item(rec, tail) for rec, _a, tail, _b, _s in BABY_R]),
        Para(MONITORING + ". Summaries of both reviews were discussed at the practitioner forum in "
             "January 2017 and the full reports are on the LSCB website."),
    ]
    return b


def _audits() -> list:
    return [
        Heading("Learning from audits", 1),
        Para("The Quality Assurance Sub-group completed three multi-agency case file audits during the "
             "year, on neglect, on children missing education and on the quality of strategy discussions. "
             "Fifty-four cases were audited in all. The audits found good practice in the timeliness of "
             "strategy discussions but weaker recording of the child's views. The sub-group concluded that:"),
        Bullets([
            "strategy discussions should always include health, even when the referral comes from the police;",
            "agencies should record the child's own words, not a summary of them;",
            "it is recommended that the neglect screening tool is used before a case is stepped down to "
            "early help;",
            "the LSCB should re-audit children missing education in 2017-18.",
        ]),
        Heading("Section 11 audit", 2),
        Para("Nineteen agencies completed the section 11 self-assessment in 2016. Most rated themselves as "
             "fully compliant with the standards. The areas most often rated amber were supervision of "
             "staff working with children (six agencies) and listening to children (five agencies). Each "
             "agency with an amber rating has an improvement action that the QA Sub-group will follow up "
             "at a challenge event in June 2017."),
    ]


def _ofsted() -> list:
    return [
        Heading("Ofsted review of the LSCB", 1),
        Para("Ofsted reviewed the effectiveness of the Board in May 2016 as part of the single inspection of "
             "Corrick's children's services. The Board was judged good. The report made two recommendations:"),
        Bullets([
            "The LSCB should strengthen its oversight of the arrangements for children who go missing from "
            "home and care, including the quality of return interviews.",
            "The LSCB should ensure that the impact of multi-agency training on practice is evaluated.",
        ], numbered=True),
        Para("Both recommendations have been built into the 2016-18 business plan."),
    ]


def _own_generic() -> list:
    return [
        Heading("Young carers", 1),
        Para("Corrick's young carers' service supported 340 children and young people this year, the "
             "youngest of them seven. Many care for a parent with a mental illness or a substance misuse "
             "problem, and some of them are also known to children's social care. The Board heard from "
             "three young carers at its October meeting, who told members that teachers did not always "
             "understand why they were late or tired. A young carers' card, recognised by schools, GP "
             "practices and pharmacies, was launched in March 2017."),
        Heading("Female genital mutilation", 1),
        Para("Health professionals recorded 9 women with FGM who gave birth in Corrick during the year. No "
             "girl in Corrick was identified as having undergone FGM, and no FGM protection orders were "
             "sought. The Board's one-hour e-learning module on FGM was completed by 611 staff, most of them "
             "from schools and GP practices."),
        Heading("Priorities for 2017-18", 1),
        Table(["Priority", "Why", "How we will know"], [
            ["Neglect", "Neglect is the most common category of child protection plan in Corrick",
             "Re-audit shows improved use of the screening tool"],
            ["Missing children", "Ofsted recommendation; rising numbers of children going missing",
             "Return interviews completed within 72 hours in 80% of cases"],
            ["Domestic abuse", "Learning from Child Y and from the audit programme",
             "Threshold document revised and training delivered"],
            ["Transition to new arrangements", "Children and Social Work Act 2017",
             "Safeguarding partners agree arrangements by the statutory deadline"],
        ], caption="Business plan 2017-18: priorities"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="CLSCB", period=YEAR, seed=SEED,
                 council="Corrick Borough Council", police="Corrick Constabulary",
                 ccg="Corrick and District CCG", acute_trust="Corrick General Hospital NHS Foundation Trust",
                 community_trust="Corrick Community NHS Trust", chair="Kathryn Ashdown-Lee")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += _foreword() + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c)
    blocks += filler.area_profile(c) + [PageBreak()]
    blocks += filler.performance(c) + _audits() + _case_reviews()
    blocks += [PageBreak()] + filler.training(c) + filler.subgroups(c)
    blocks += filler.cdop(c) + filler.lado(c) + _ofsted()
    blocks += filler.cse_missing(c) + filler.private_fostering(c) + filler.early_help(c)
    blocks += _own_generic()[:4] + filler.budget(c) + _own_generic()[4:]
    blocks += [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Corrick LSCB Annual Report 2016-17",
        running_header="Corrick LSCB: Annual Report 2016 to 2017",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published September 2017",
    )
