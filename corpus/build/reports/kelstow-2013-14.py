"""Kelstow Local Safeguarding Children Board, annual report 2013-14 (invented area).

Shape under test: an SCR action plan table (Child J) whose progress column holds symbols and
percentages ("100%", "75%", "50%", "25%", "0%", "✓") explained by a key (✓ or 100% = complete,
25%-75% = in progress, 0% = not started); the "Comments" column holds what was done and twice
says "No update provided" (action null, status still from the percentage). A second SCR (Child P)
is reported only in prose, with two recommendations and what was done and no status (unknown).
A third SCR (Child Q) was commissioned. Monitoring: progress "reported to every Board meeting by
exception". Distractors: a serious incident learning review (Young Person R) in the same table
layout, Ofsted's recommendations, and CDOP findings with "recommended".
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "kelstow-2013-14"
AREA = "Kelstow"
BOARD = "Kelstow Local Safeguarding Children Board"
YEAR = "2013-14"
SEED = 13577

PROGRESS = {"✓": "completed", "100%": "completed", "75%": "in_progress", "50%": "in_progress",
            "25%": "in_progress", "0%": "not_started"}
NO_UPDATE = "No update provided"

# Child J: (ref, recommendation, lead cell, bodies, target cell, due, progress, comments or None)
CHILD_J = [
    ("J1", "Review the LSCB threshold document so that it describes the signs of neglect in children under "
           "five.",
     "LSCB Policy Sub-group", [body("LSCB Policy Sub-group", "lscb")], "Sept 2013", "2013-09", "✓",
     "Revised threshold document issued September 2013 with a new section on neglect in the early years."),
    ("J2", "Children's Social Care to ensure that every referral from a health professional receives a written "
           "response stating the outcome.",
     "KCC Children's Social Care", [body("KCC Children's Social Care", "childrens_social_care")], "Dec 2013",
     "2013-12", "100%",
     "Outcome letters sent automatically from the case recording system since November 2013. Audit in "
     "February 2014 found letters on 94% of health referrals."),
    ("J3", "Health visitors to complete a home visit, not a clinic appointment, for any child under one where "
           "there is a known history of domestic abuse.",
     "Kelstow Community Health Services", [body("Kelstow Community Health Services", "health")], "Mar 2014",
     "2014-03", "75%",
     "Standard operating procedure amended. Staffing pressures in the north locality mean that 20% of visits "
     "are still held at clinic."),
    ("J4", "GP practices to flag the records of children who are subject to a child protection plan and their "
           "siblings.",
     "NHS Kelstow CCG (Named GP)", [body("NHS Kelstow CCG", "health"), body("Named GP", "health")], "Mar 2014",
     "2014-03", "50%",
     "Flagging in place in 31 of 58 practices. Named GP visiting remaining practices."),
    ("J5", "Police to attend or provide a written report to every initial child protection conference.",
     "Kelstow Police Public Protection Unit", [body("Kelstow Police Public Protection Unit", "police")],
     "Dec 2013", "2013-12", "75%", None),
    ("J6", "Kelstow Hospitals NHS Trust to ensure that emergency department staff check whether a child who "
           "attends with an injury is subject to a child protection plan.",
     "Kelstow Hospitals NHS Trust", [body("Kelstow Hospitals NHS Trust", "health")], "Jan 2014", "2014-01",
     "100%",
     "Electronic flag introduced on the ED system in January 2014; checks are now part of triage."),
    ("J7", "Housing providers to notify Children's Social Care when a family with a child on a plan is evicted "
           "or abandons a tenancy.",
     "Kelstow Homes / District Councils' housing teams",
     [body("Kelstow Homes", "housing"), body("District Councils' housing teams", "housing")], "Jun 2014",
     "2014-06", "0%", None),
    ("J8", "Multi-agency training on disguised compliance to be delivered to all staff working with families "
           "where there are child protection concerns.",
     "LSCB Training Sub-group", [body("LSCB Training Sub-group", "lscb")], "Mar 2014", "2014-03", "✓",
     "Four half-day courses delivered to 118 staff between October 2013 and March 2014."),
    ("J9", "All agencies to audit their compliance with the LSCB escalation procedure.",
     "All agencies", [ALL_AGENCIES], "Jun 2014", "2014-06", "25%",
     "Audit tool agreed in March 2014. Returns received from three agencies so far."),
]

# Child P: prose; (recommendation, what was done, bodies)
CHILD_P_1 = ("the LSCB should seek assurance that schools understand their duty to share information about a "
             "child's absence with the social worker when the child is subject to a child protection plan")
CHILD_P_1_DONE = ("The Board wrote to every head teacher in December 2013, and the "
                  "annual safeguarding audit for schools now asks how attendance concerns are shared with social "
                  "workers")
CHILD_P_2 = ("Kelstow Community Health Services should review how school nurses record their contact with "
             "children who are known to be young carers")
CHILD_P_2_DONE = ("School nurses now use a young carers template on the electronic record, and the first audit "
                  "of its use is planned for June 2014")

MONITORING = "Progress against the action plan is reported to every Board meeting by exception"


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child J", "published")
    g.scr("Child P", "published")
    g.scr("Child Q", "initiated")
    for ref, text, _lead, bodies, _t, due, prog, comments in CHILD_J:
        g.rec("Child J", ref, text, comments, bodies, PROGRESS[prog], due)
    g.rec("Child P", None, CHILD_P_1, CHILD_P_1_DONE,
          [body("the LSCB", "lscb")], "unknown")
    g.rec("Child P", None, CHILD_P_2, CHILD_P_2_DONE,
          [body("Kelstow Community Health Services", "health")], "unknown")
    return g.dump(MONITORING)


def _key() -> Table:
    return Table(["Symbol", "Meaning"], [
        ["✓ or 100%", "Action complete"],
        ["25% to 75%", "Action partially complete (in progress); the figure is the lead's estimate of progress"],
        ["0%", "Action not started"],
    ], caption="Key to the progress column")


def _scrs() -> list:
    rows = [[ref, text, lead, target, prog, comments if comments else NO_UPDATE]
            for ref, text, lead, _b, target, _d, prog, comments in CHILD_J]
    return [
        Heading("Serious Case Reviews", 1),
        Para("The Board has a statutory duty to undertake a serious case review where abuse or neglect of a "
             "child is known or suspected and the child has died or been seriously harmed, and there is cause "
             "for concern about the way agencies worked together. Decisions are made by the Independent Chair "
             "on the advice of the SCR Sub-Committee."),
        Para("In 2013-14 the Board published two serious case reviews, Child J (July 2013) and Child P "
             "(November 2013), and commissioned a third, Child Q, in February 2014. The SCR Sub-Committee "
             "meets every two months and holds the lead officer for each action to account. "
             + MONITORING + ", so that the Board's time is spent on actions that are late or stuck."),
        Heading("Child J", 2),
        Para("Child J was 14 months old when she was admitted to hospital with a head injury and old fractures. "
             "The family had been known to children's social care because of domestic abuse. The review found "
             "that professionals had accepted the parents' explanations and that information held by health "
             "services and the police was not brought together. The overview report made nine recommendations, "
             "and the multi-agency action plan below shows the position at 31 March 2014."),
        Table(["Ref", "Recommendation", "Lead", "Target date", "Progress", "Comments"], rows,
              caption="Appendix A: Child J SCR action plan (position at 31 March 2014)"),
        _key(),
        Para("Where a lead agency has not provided an update, the Chair of the SCR Sub-Committee has written to "
             "the agency's Board member."),
        Heading("Child P", 2),
        Para("Child P was a 12-year-old boy who cared for his mother, who had a long-term mental illness. He "
             "took his own life in the autumn of 2012. The review found that the agencies involved saw him as a "
             "capable young carer rather than as a child who needed help himself, and that his falling school "
             "attendance was not shared with the social worker who was supporting his mother's care."),
        Para(f"The review made two recommendations. The first was that {CHILD_P_1}. "
             f"{CHILD_P_1_DONE}."),
        Para(f"The second recommendation was that {CHILD_P_2}. {CHILD_P_2_DONE}."),
        Heading("Child Q", 2),
        Para("Child Q, aged 3, died in January 2014. A criminal investigation is under way. The SCR "
             "Sub-Committee recommended a review and the Independent Chair agreed in February 2014. An "
             "independent lead reviewer has been appointed and the review will follow the systems approach."),
    ]


def _silr() -> list:
    rows = [
        ["R1", "Youth Offending Service to share its risk assessment with the school when a young person "
               "returns to education after a custodial sentence.", "Kelstow YOS", "Dec 2013", "100%",
         "Protocol agreed with secondary heads."],
        ["R2", "Children's Social Care to offer a return interview to every young person reported missing.",
         "KCC Children's Social Care", "Mar 2014", "50%", "Return interviews offered in 60% of episodes."],
        ["R3", "CAMHS to accept referrals from the YOS nurse without a GP letter.", "Kelstow CAMHS",
         "Jun 2014", "0%", NO_UPDATE],
    ]
    return [
        Heading("Serious incident learning review: Young Person R", 2),
        Para("Young Person R, aged 16, was seriously injured in an assault in May 2013. The SCR Sub-Committee "
             "decided that the criteria for a serious case review were not met, but that there was learning "
             "about how agencies support young people leaving custody. A serious incident learning review was "
             "held using a shorter, practitioner-led method. It is not a serious case review; its action plan "
             "uses the same layout and key as the SCR action plans so that the Sub-Committee can track all "
             "learning in one place."),
        Table(["Ref", "Recommendation", "Lead", "Target date", "Progress", "Comments"], rows,
              caption="Young Person R learning review action plan"),
    ]


def _ofsted() -> list:
    return [
        Heading("Ofsted", 1),
        Para("In January 2014 Ofsted carried out an unannounced inspection of the arrangements for the "
             "protection of children in Kelstow and judged them adequate. Inspectors noted that the Board "
             "has a good understanding of its priorities. Areas for improvement were:"),
        Bullets([
            "The LSCB should make sure that its multi-agency audits include the views of children and families.",
            "Partners should improve the quality of child protection plans so that they are specific about "
            "what must change and by when.",
            "The local authority should reduce the number of changes of social worker experienced by children "
            "on plans.",
        ], numbered=True),
        Para("The Board's response forms part of the 2014-15 business plan."),
    ]


def _cdop_findings() -> list:
    return [
        Para("From the deaths reviewed this year, the panel recommended that:"),
        Bullets([
            "the safer sleeping campaign should be repeated in the winter months, when co-sleeping deaths are "
            "more common;",
            "maternity services should record smoking status at every antenatal contact.",
        ]),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="KLSCB", period=YEAR, seed=SEED,
                 council="Kelstow County Council", police="Kelstow Police", ccg="NHS Kelstow CCG",
                 acute_trust="Kelstow Hospitals NHS Trust", community_trust="Kelstow Community Health Services")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c) + [PageBreak()]
    blocks += filler.area_profile(c) + filler.budget(c) + [PageBreak()]
    blocks += filler.subgroups(c) + filler.training(c)
    blocks += _scrs() + _silr() + [PageBreak()]
    blocks += _ofsted() + filler.performance(c)
    blocks += filler.cdop(c) + _cdop_findings() + filler.lado(c) + filler.private_fostering(c)
    blocks += filler.early_help(c) + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Kelstow Local Safeguarding Children Board Annual Report 2013/14",
        running_header="Kelstow LSCB Annual Report 2013/14",
        blocks=blocks,
        gold=_gold(),
        published="Published September 2014",
    )
