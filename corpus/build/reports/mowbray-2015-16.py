"""Mowbray Safeguarding Children Board, annual report 2015-16 (invented area).

Shape under test: ACTION PRESENCE. An SCR implementation plan (Appendix 3) whose "Progress
reported to the RIG" cells mix real actions with NON-actions that the guidelines treat as
action null ("Awaiting update from the lead agency.", "Partner to provide evidence.", "N/A",
"To be scheduled.", "Due to start in Q2.", "See recommendation 2.", "Not yet due.", "Discussed
at March Board; no progress yet."), plus one plan that is all the report says ("The training
sub-group will build this into the 2016/17 programme.") which IS an action. Rating key with
letters (C closed, G on target, A slipping, R not started; blank = no rating -> unknown).
Monitoring in an uncommon form: lead officers attend the Review Implementation Group every
eight weeks. Two SCRs with entries (Child M, Siblings P and Q) and one initiated (Baby J).
Distractors: Ofsted review of the LSCB, a learning review (not an SCR), section 11 actions,
business plan priorities.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "mowbray-2015-16"
AREA = "Mowbray"
BOARD = "Mowbray Safeguarding Children Board"
YEAR = "2015-16"
SEED = 71529

KEY = {"C": "completed", "G": "in_progress", "A": "in_progress", "R": "not_started", "": "unknown"}

MONITORING = ("Lead officers attend the Review Implementation Group every eight weeks to evidence progress; "
              "actions are only closed when the Group is satisfied that practice has changed.")

CSC = body("Mowbray Children's Services", "childrens_social_care")
HEALTH_CCG = body("Mowbray CCG", "health")

# (no., the review asked for, progress cell, is_action, lead cell, bodies, target cell, due, rating)
CHILD_M = [
    ("1", "Mowbray Children's Services should make sure that every referral from a health professional about an "
           "unexplained injury to a baby leads to a strategy discussion with the police.",
     "The threshold for strategy discussions has been rewritten and the MASH now holds a strategy discussion for "
     "every such referral; an audit of 30 cases in January 2016 found full compliance.", True,
     "Mowbray Children's Services", [CSC], "Sep 2015", "2015-09", "C"),
    ("2", "The Board should revise its bruising protocol so that it applies to all children who are not yet "
           "independently mobile, not only to babies under six months.",
     "Awaiting update from the lead agency.", False,
     "MSCB Policy and Procedures Sub-group", [body("MSCB Policy and Procedures Sub-group", "lscb")],
     "Dec 2015", "2015-12", "A"),
    ("3", "GP practices should record the details of the adults living in a household when a new baby is "
           "registered, including partners who are not the child's parent.",
     "Partner to provide evidence.", False,
     "Mowbray CCG (primary care)", [HEALTH_CCG], "Mar 2016", "2016-03", "A"),
    ("4", "Mowbray Constabulary should check its own records on every adult in the household when it receives a "
           "referral about an injured child.",
     "The public protection unit added a household check to its referral checklist in October 2015 and "
     "supervisors sample ten referrals each month.", True,
     "Mowbray Constabulary PPU", [body("Mowbray Constabulary PPU", "police")], "Oct 2015", "2015-10", "C"),
    ("5", "The Board should seek assurance from the Department for Education that the national guidance on "
           "sharing information about fathers will be reviewed.",
     "N/A", False,
     "MSCB Independent Chair", [body("MSCB Independent Chair", "lscb")], "-", None, ""),
    ("6", "Health visitors should see the baby and the main carer together at every contact in the first year, "
           "and record who else was present.",
     "To be scheduled.", False,
     "Mowbray Community Health NHS Trust", [body("Mowbray Community Health NHS Trust", "health")],
     "Jun 2016", "2016-06", "R"),
    ("7", "All agencies should provide training on the impact of parental learning disability on the care of "
           "an infant.",
     "The training sub-group will build this into the 2016/17 programme.", True,
     "All agencies", [ALL_AGENCIES], "Apr 2016", "2016-04", "G"),
    ("8", "The midwifery service should share the outcome of every pre-birth assessment with the GP and the "
           "health visitor within five working days.",
     "Due to start in Q2.", False,
     "Mowbray General Hospital NHS Foundation Trust (midwifery)",
     [body("Mowbray General Hospital NHS Foundation Trust", "health")], "Sep 2016", "2016-09", "R"),
]

SIBLINGS = [
    ("1", "Schools should report to children's social care when a child who is the subject of a child "
            "protection plan is absent for more than three days without explanation.",
     "Education Safeguarding Forum agreed a reporting standard in February 2016 and it was sent to every "
     "head teacher with a model letter for parents.", True,
     "Mowbray Education Service; head teachers",
     [body("Mowbray Education Service", "education"), body("head teachers", "education")],
     "Feb 2016", "2016-02", "C"),
    ("2", "Children's social care should make sure that core groups hear from every child on the plan, and not "
            "only from the eldest.",
     "Not yet due.", False,
     "Children's Social Care", [body("Children's Social Care", "childrens_social_care")],
     "Sep 2016", "2016-09", ""),
    ("3", "Child protection conference reports should record the views of each child separately, in the child's "
            "own words where possible.",
     "See recommendation 2.", False,
     "Children's Social Care and the Conference Chairs",
     [body("Children's Social Care", "childrens_social_care"), body("the Conference Chairs", "childrens_social_care")],
     "Mar 2016", "2016-03", "A"),
    ("4", "Housing providers should tell children's social care when a family on a child protection plan is "
            "evicted or moves out of the area.",
     "Discussed at March Board; no progress yet.", False,
     "Mowbray Homes", [body("Mowbray Homes", "housing")], "Jan 2016", "2016-01", "R"),
    ("5", "The Youth Offending Service should invite children's social care to every planning meeting for a "
            "young person who is subject to a child protection plan.",
     "YOS case managers now send invitations through the shared inbox; attendance by social workers rose from 40% "
     "to 85% between October and March.", True,
     "Youth Offending Service", [body("Youth Offending Service", "probation_youth_justice")],
     "Dec 2015", "2015-12", "G"),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child M", "published")
    g.scr("Siblings P and Q", "completed")
    g.scr("Baby J", "initiated")
    for case, rows in (("Child M", CHILD_M), ("Siblings P and Q", SIBLINGS)):
        for ref, asked, progress, is_action, _lead, bodies, _t, due, rating in rows:
            g.rec(case, ref, asked, progress if is_action else None, bodies, KEY[rating], due)
    return g.dump(MONITORING)


def _plan(rows) -> list[list[str]]:
    return [[ref, asked, progress, lead, target, rating]
            for ref, asked, progress, _a, lead, _b, target, _d, rating in rows]


HEADER = ["No.", "The review asked for", "Progress reported to the RIG", "Lead", "Target", "Rating"]


def _case_reviews() -> list:
    return [
        Heading("Reviews of practice", 1),
        Para("The Board must consider a serious case review when abuse or neglect of a child is known or suspected "
             "and the child has died or been seriously harmed. In 2015/16 the Serious Case Review Panel considered "
             "four referrals. It recommended one new serious case review, about Baby J, which the Independent "
             "Chair agreed in February 2016; the review has just begun."),
        Para("Two reviews reached their end during the year. The review about Child M, a baby of eight weeks who "
             "suffered a skull fracture, was published in July 2015. The review about Siblings P and Q, two "
             "children aged 7 and 11 who were living in severe neglect, was finished in November 2015 but cannot "
             "be published until criminal proceedings are over."),
        Heading("How we check that things change", 2),
        Para("Each review has an implementation plan owned by the Board. " + MONITORING + " The Review Implementation Group (RIG) reports "
             "to the Board at each meeting by exception."),
        Para("The full plans are at Appendix 3. At the end of March 2016, three of the thirteen actions were rated "
             "C (closed). The Board is concerned that several partners have not yet supplied evidence and the "
             "Independent Chair has written to the chief officers concerned."),
        Heading("Learning review: Child R", 2),
        Para("Child R, aged 14, was admitted to hospital after an overdose. The case did not meet the criteria for "
             "a serious case review, so the Board carried out a smaller learning review using a practitioner "
             "workshop. The workshop recommended that:"),
        Bullets([
            "schools should have a named contact in CAMHS for advice on self-harm;",
            "the emergency department should notify the school nurse of every attendance for self-harm;",
            "the Board should publish a self-harm pathway on its website.",
        ]),
        Para("These are being taken forward by the Health Safeguarding Group and are not part of the serious case "
             "review plans."),
    ]


def _ofsted_and_s11() -> list:
    return [
        Heading("Ofsted review of the Board", 1),
        Para("Ofsted reviewed the effectiveness of the Board in November 2015, alongside the inspection of services "
             "for children in need of help and protection. The Board was judged to require improvement. Ofsted "
             "made four recommendations for the Board:"),
        Table(["Ofsted recommendation", "Board response", "Owner", "When"], [
            ["Ensure that the Board's performance dataset includes multi-agency data and not only children's "
             "social care data.", "New dataset agreed; first quarterly report in April 2016.", "QA Sub-group",
             "Apr 2016"],
            ["Evaluate the impact of multi-agency training on practice.", "Three-month follow-up questionnaire "
             "introduced.", "Training Sub-group", "Jun 2016"],
            ["Strengthen the challenge provided by lay members.", "Lay member induction pack revised.",
             "Business Manager", "Mar 2016"],
            ["Ensure that the annual report includes a rigorous assessment of the performance of local services.",
             "This report is the first to follow the new structure.", "Independent Chair", "Sep 2016"],
        ], caption="Ofsted recommendations (November 2015)"),
        Heading("Section 11 audit", 2),
        Para("Eighteen agencies completed the section 11 audit. Agencies should return their action plans by the "
             "end of June 2016; the most common gaps were safer recruitment records and supervision policies."),
        Heading("Business plan priorities for 2016/17", 1),
        Bullets([
            "Priority 1: Neglect - we will launch a neglect strategy and the graded care profile.",
            "Priority 2: Children at risk of exploitation - we will recommission the return home interview service.",
            "Priority 3: Early help - we will measure whether early help plans reduce re-referrals.",
            "Priority 4: Learning and improvement - we will publish a seven-minute briefing for every review.",
        ], numbered=False),
    ]


def _appendix() -> list:
    return [
        Heading("Appendix 3: Serious case review implementation plans", 1),
        Para("Rating key: C = closed (the Review Implementation Group is satisfied that practice has changed); "
             "G = on target; A = some slippage or evidence outstanding; R = not started. A blank rating means that "
             "the action is not yet rated."),
        Table(HEADER, _plan(CHILD_M), caption="Child M (published July 2015)"),
        Table(HEADER, _plan(SIBLINGS), caption="Siblings P and Q (completed November 2015; not yet published)"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="MSCB", period=YEAR, seed=SEED,
                 council="Mowbray Borough Council", police="Mowbray Constabulary",
                 ccg="Mowbray CCG", acute_trust="Mowbray General Hospital NHS Foundation Trust",
                 community_trust="Mowbray Community Health NHS Trust")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.sections(c, "introduction", "governance", "membership") + [PageBreak()]
    blocks += filler.sections(c, "area_profile", "budget") + [PageBreak()]
    blocks += filler.sections(c, "subgroups", "training", "performance")
    blocks += _case_reviews() + [PageBreak()]
    blocks += _ofsted_and_s11()
    blocks += filler.sections(c, "cdop", "lado", "private_fostering", "cse_missing", "early_help")
    blocks += [PageBreak()] + _appendix() + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Mowbray Safeguarding Children Board Annual Report 2015/16",
        running_header="MSCB Annual Report 2015-16",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published October 2016",
    )
