"""Thistlecombe Local Safeguarding Children Board, annual report 2015-16.

Shape under test: two published SCRs (Child F, Family G), each with its own APPENDIX action
plan table (Recommendation | Action | Lead | Target date | Progress) at the back of the report,
while the main text only summarises the SCRs and their themes (the summary is not an entry).
Target dates in mixed forms ("March 2016", "Sept 2016", "Q3 2016/17" -> 2016-12 as the end of
the quarter). Progress in words (Completed, In progress, Partially achieved, Not yet started,
Achieved, Ongoing). Distractor: "Appendix 5: Multi-agency audit action plan" with the SAME
columns, plus Ofsted recommendations and a business plan appendix. Also rendered as HTML.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "thistlecombe-2015-16"
AREA = "Thistlecombe"
BOARD = "Thistlecombe Local Safeguarding Children Board"
YEAR = "2015-16"
SEED = 1516

PROGRESS = {"Completed": "completed", "Achieved": "completed", "In progress": "in_progress",
            "Ongoing": "in_progress", "Partially achieved": "in_progress", "Not yet started": "not_started"}
DUE = {"March 2016": "2016-03", "Sept 2016": "2016-09", "Q3 2016/17": "2016-12", "December 2015": "2015-12",
       "June 2016": "2016-06", "January 2016": "2016-01"}

# (label, recommendation, action (None -> "-"), lead cell, bodies, target date, progress)
CHILD_F = [
    ("1",
     "The LSCB should ensure that information on coping with a crying baby is given to every new parent, "
     "including fathers and male carers, before the baby leaves hospital and again at the new birth visit.",
     "The ICON programme ('Babies cry, you can cope') was launched across maternity and health visiting "
     "services in January 2016. Information has been given to 2,870 families so far.",
     "LSCB; Thistlecombe Hospitals NHS Trust (maternity)",
     [body("LSCB", "lscb"), body("Thistlecombe Hospitals NHS Trust", "health")],
     "March 2016", "Completed"),
    ("2",
     "Midwives and health visitors should record details of the baby's father and of any male partner in "
     "the household, including any known history of violence, and share them with the GP.",
     "A 'Think Family, Think Father' prompt has been added to the antenatal booking and new birth visit "
     "records. An audit of 40 records will test whether it is being completed.",
     "Thistlecombe Hospitals NHS Trust; Thistlecombe Community Health Services",
     [body("Thistlecombe Hospitals NHS Trust", "health"), body("Thistlecombe Community Health Services", "health")],
     "Sept 2016", "In progress"),
    ("3",
     "Thistlecombe Police should ensure that notifications of domestic abuse incidents in a household with a "
     "baby under one year old are shared with the health visiting service.",
     "Notifications are now copied by the MASH police team to the health visiting single point of contact "
     "on the day they are received.",
     "Thistlecombe Police",
     [body("Thistlecombe Police", "police")],
     "December 2015", "Completed"),
    ("4",
     "Thistlecombe CCG should ensure that GPs know and follow the LSCB protocol for bruising in babies who "
     "are not independently mobile.",
     "The Named GP has presented the protocol at three protected learning time events, attended by 61 of "
     "the 74 practices. A reminder has been added to the clinical system.",
     "Thistlecombe CCG (Named GP)",
     [body("Thistlecombe CCG", "health"), body("Named GP", "health")],
     "Q3 2016/17", "Partially achieved"),
    ("5",
     "Children's Social Care should make sure that assessments consider the history and role of any new "
     "adult who joins the household during a period of involvement.",
     None,
     "Thistlecombe County Council Children's Social Care",
     [body("Thistlecombe County Council Children's Social Care", "childrens_social_care")],
     "Q3 2016/17", "Not yet started"),
]

FAMILY_G = [
    ("G1",
     "All agencies should use the Thistlecombe neglect toolkit when working with a family where neglect is "
     "a concern, and should refer to it in their referrals to Children's Social Care.",
     "The toolkit was relaunched in November 2015 with half-day training, attended by 340 practitioners. "
     "Its use is now checked in every multi-agency audit of neglect cases.",
     "All agencies", [ALL_AGENCIES],
     "March 2016", "Completed"),
    ("G2",
     "The Community Dental Service should tell the health visitor or school nurse when a child with "
     "dental decay is not brought for treatment.",
     "A notification pathway between the Community Dental Service and the 0-19 service was agreed in "
     "February 2016 and is being tested in the north of the county.",
     "Community Dental Service; 0-19 service",
     [body("Community Dental Service", "health"), body("0-19 service", "health")],
     "June 2016", "In progress"),
    ("G3",
     "Schools should tell the child's social worker within three school days when a child who has a child "
     "protection or child in need plan is persistently absent.",
     "Guidance was sent to all schools in January 2016. The Education Welfare Service now checks weekly "
     "attendance data for every child with a plan and contacts the school when it falls below 90%.",
     "Education Welfare Service; schools",
     [body("Education Welfare Service", "education"), body("schools", "education")],
     "January 2016", "Completed"),
    ("G4",
     "Children's Social Care should ensure that disabled children are seen, and their wishes and feelings "
     "sought, using communication methods suited to the child.",
     "Training on communication tools was delivered to the Disabled Children's Team in March 2016. The "
     "practice will be audited later in the year.",
     "Disabled Children's Team", [body("Disabled Children's Team", "childrens_social_care")],
     "Q3 2016/17", "Ongoing"),
    ("G5",
     "The LSCB should seek assurance, through a multi-agency audit, that cases of long-term neglect are "
     "escalated to child protection when there is no improvement for the child.",
     "The Quality Assurance Sub-group audited 20 neglect cases in February 2016. Its report will go to the "
     "Board in June 2016.",
     "LSCB Quality Assurance Sub-group", [body("LSCB Quality Assurance Sub-group", "lscb")],
     "Sept 2016", "Achieved"),
]

MONITORING = ("The SCR Sub-group monitors both action plans at each of its bi-monthly meetings. Lead officers "
              "report progress against every action and provide evidence before an action is marked as "
              "completed, and the Sub-group reports to the Board by exception.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_limit=135, evidence_trim=",;:")
    g.scr("Child F", "published")
    g.scr("Family G", "published")
    for case, plan in (("Child F", CHILD_F), ("Family G", FAMILY_G)):
        for label, text, action, _lead, bodies, target, progress in plan:
            g.rec(case, label.lstrip("G"), text, action, bodies, PROGRESS[progress], DUE[target])
    return g.dump(MONITORING)


CTX = filler.Ctx(area=AREA, board=BOARD, short="TLSCB", period=YEAR, seed=SEED,
                 council="Thistlecombe County Council", police="Thistlecombe Police", ccg="Thistlecombe CCG",
                 acute_trust="Thistlecombe Hospitals NHS Trust", chair="Graham Eastey",
                 community_trust="Thistlecombe Community Health Services NHS Trust")


def _generic(*sections: str) -> list:
    """Generic sections from filler.py, in the order given."""
    return filler.sections(CTX, *sections)


def _contents() -> list:
    return [
        Heading("Contents", 1),
        Bullets([
            "Foreword", "About the Board", "Our area", "Governance and membership", "Budget",
            "Learning from serious case reviews", "Quality assurance", "Training", "Other safeguarding activity",
            "Appendix 1: Glossary", "Appendix 2: Business plan 2016-17", "Appendix 3: Child F action plan",
            "Appendix 4: Family G action plan", "Appendix 5: Multi-agency audit action plan",
        ], numbered=True),
        PageBreak(),
    ]


def _foreword() -> list:
    return [
        Heading("Foreword", 1),
        Para("Welcome to the 2015-16 annual report of the Thistlecombe Local Safeguarding Children Board. This is "
             "my first report as Independent Chair, having taken over from Anne Pritchard in July 2015."),
        Para("Two serious case reviews were published this year, about Child F and about the children of Family G. "
             "They are very different cases - a sudden, catastrophic injury to a baby, and years of neglect - but "
             "both tell us that professionals saw pieces of a picture that nobody put together. I have asked every "
             "agency to make sure that the learning reaches the front line, and the action plans at the back of "
             "this report show how far we have got."),
        Para("Ofsted's judgement that the Board requires improvement was disappointing but fair. We have a clear "
             "plan to address what the inspectors found, and I expect next year's report to show the difference."),
        Para("I would like to thank the members of the Board, the business unit and, above all, the practitioners "
             "who do this difficult work every day."),
        Para("Graham Eastey, Independent Chair", italic=True),
    ]


def _scr_summary() -> list:
    return [
        Heading("Learning from serious case reviews", 1),
        Para("The LSCB published two serious case reviews in 2015-16. Both were commissioned in 2014-15 and carried "
             "out by independent lead reviewers with a panel of senior managers from the agencies involved."),
        Para("Child F was nine months old when he suffered a serious head injury caused by his father's partner. "
             "The review, published in November 2015, found that professionals knew very little about the men "
             "in Child F's life, that a bruise seen by the GP two months earlier had not been referred, and "
             "that a police notification of a domestic incident had not reached the health visitor. Family G "
             "is a family of four children who lived with severe neglect over several years, including "
             "untreated tooth decay, poor school attendance and, for the youngest child who is disabled, "
             "missed therapy appointments. That review was published in February 2016 and found a pattern of "
             "'start again' syndrome, in which each new worker began a fresh assessment and the history was "
             "lost."),
        Para("Between them the two reviews have shaped the LSCB's priorities for the coming year: fathers and "
             "male carers, bruising in babies, the cumulative impact of neglect and the voice of disabled "
             "children. The action plans for both reviews, with the progress made by 31 March 2016, are set out "
             "in Appendices 3 and 4."),
        Para(MONITORING),
        Para("Over 450 practitioners attended the 'learning lessons' briefings on the two reviews held in March "
             "2016, and a one-page summary of each is on the LSCB website."),
        Heading("Domestic homicide review", 2),
        Para("The Safer Thistlecombe Partnership completed a domestic homicide review in the year. The LSCB's "
             "Business Manager sat on the review panel because the victim's teenage son had been known to "
             "children's services. Its recommendations for children's services - that young people who witness "
             "domestic abuse should be offered specialist support, and that the MARAC should always consider the "
             "needs of children in the household - are being monitored by the Partnership."),
    ]


def _ofsted() -> list:
    return [
        Heading("Ofsted review of the LSCB", 2),
        Para("Ofsted's review of the effectiveness of the LSCB, carried out alongside the single inspection of "
             "Thistlecombe County Council's children's services in September 2015, judged the LSCB to require "
             "improvement. Inspectors recommended that the LSCB should:"),
        Bullets([
            "ensure that its learning and improvement framework leads to measurable changes in practice;",
            "strengthen its oversight of children missing from home, care and education;",
            "ensure that the annual report provides a rigorous assessment of the effectiveness of local services.",
        ], numbered=True),
        Para("An improvement plan was agreed by the LSCB in December 2015 and is monitored by the Executive Group."),
    ]


def _appendices() -> list:
    def plan_rows(plan, dotted: bool):
        rows = []
        for label, text, action, lead, _b, target, progress in plan:
            lab = f"{label}." if dotted else f"{label}:"
            rows.append([f"{lab} {text}", action if action is not None else "-", lead, target, progress])
        return rows

    header = ["Recommendation", "Action", "Lead", "Target date", "Progress"]
    return [
        PageBreak(),
        Heading("Appendix 2: Business plan 2016-17", 1),
        Table(["Priority", "Outcome we want", "Lead", "By"], [
            ["Fathers and male carers", "Practitioners routinely identify and engage fathers", "Training Sub-group",
             "March 2017"],
            ["Neglect", "Neglect is recognised and escalated earlier", "Neglect Sub-group", "March 2017"],
            ["Missing children", "Every missing child is offered a return interview within 72 hours",
             "CSE and Missing Sub-group", "Sept 2016"],
            ["Voice of the child", "Disabled children's views are heard in their plans", "QA Sub-group",
             "Q4 2016/17"],
        ]),
        PageBreak(),
        Heading("Appendix 3: Child F action plan", 1),
        Para("Progress at 31 March 2016."),
        Table(header, plan_rows(CHILD_F, True)),
        PageBreak(),
        Heading("Appendix 4: Family G action plan", 1),
        Para("Progress at 31 March 2016."),
        Table(header, plan_rows(FAMILY_G, False)),
        PageBreak(),
        Heading("Appendix 5: Multi-agency audit action plan", 1),
        Para("Actions agreed following the LSCB's multi-agency audit of children subject to child protection plans "
             "for more than 18 months (October 2015)."),
        Table(header, [
            ["1. Core groups should meet at least every six weeks and record decisions.",
             "Reminder issued to all core group chairs; minute template revised.", "Children's Social Care",
             "March 2016", "Completed"],
            ["2. Child protection plans should include a contingency plan.",
             "Conference chairs now check for a contingency plan at every review.", "Safeguarding Unit",
             "January 2016", "Completed"],
            ["3. GPs should provide a report to every initial conference.",
             "Report template circulated; attendance being tracked.", "Thistlecombe CCG", "Sept 2016",
             "In progress"],
        ]),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _contents()
    blocks += _foreword()
    blocks += _generic("introduction", "area_profile", "governance", "membership", "budget")
    blocks += _scr_summary()
    blocks += [Heading("Quality assurance", 1)]
    blocks += _ofsted()
    blocks += _generic("performance", "training", "subgroups", "early_help", "cdop", "lado",
                       "private_fostering", "cse_missing", "voice_of_child")
    blocks += [PageBreak(), Heading("Appendix 1: Glossary", 1)]
    blocks += filler.glossary(filler.Ctx(area=AREA, board=BOARD, short="TLSCB", period=YEAR, seed=SEED, level=2))
    blocks += _appendices()
    return ReportSpec(
        name=NAME,
        title="Thistlecombe LSCB Annual Report 2015-16",
        running_header="Thistlecombe Local Safeguarding Children Board - Annual Report 2015/16",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published September 2016",
        extra_formats=("html",),
    )
