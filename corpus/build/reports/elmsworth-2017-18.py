"""Elmsworth Local Safeguarding Children Board, annual report 2017-18.

Shape under test: the Child N recommendations are paragraphs numbered like the overview report
("4.1", "4.2" ...); progress is reported afterwards in prose for about half of them, and some
recommendations and actions name no responsible body ("Consideration should be given ...",
"Practitioners should be supported ..."). Under a second SCR (Family R) a bullet list "What has
changed as a result" gives actions with no recommendation (text null). Nothing describes how
implementation is monitored -> partly_meets. Part of the report runs in two columns.
Distractors: section 11 audit actions, CDOP recommendations, a multi-agency audit's findings.
"""
from __future__ import annotations

from blocks import Bullets, Columns, Gold, Heading, PageBreak, Para, ReportSpec, Table
import filler

NAME = "elmsworth-2017-18"
AREA = "Elmsworth"
BOARD = "Elmsworth Local Safeguarding Children Board"
YEAR = "2017-18"
SEED = 1718

INCL = ("Elmsworth County Council's Inclusion Service", "education")
LSCB = ("The LSCB", "lscb")
POLICE = ("Elmsworth Police", "police")
YOS = ("The Youth Offending Service", "probation_youth_justice")
CSC = ("Children's Social Care", "childrens_social_care")
EPFT = ("Elmsworth Partnership NHS Foundation Trust", "health")
BOARD_B = ("The Board", "lscb")

# Child N: (number, recommendation text, bodies named in it, action or None, bodies of the action,
#           status)
CHILD_N = [
    ("4.1",
     "Elmsworth County Council's Inclusion Service should ensure that every pupil who is permanently "
     "excluded or placed on a reduced timetable is known to the Children Missing Education team and to "
     "any social worker or early help worker already involved with the family.",
     [INCL],
     "the Inclusion Service now receives a daily list of pupils on part-time timetables from all "
     "secondary schools and academies, and the list is checked against the social care system each "
     "morning.",
     [INCL], "completed"),
    ("4.2",
     "The LSCB should develop a multi-agency protocol for identifying and responding to child criminal "
     "exploitation, including when to make a referral under the National Referral Mechanism.",
     [LSCB],
     "a child criminal exploitation protocol was approved by the Board in January 2018 and launched at "
     "a conference for 180 practitioners in February. Referrals under the National Referral Mechanism "
     "rose from two in 2016-17 to eleven in 2017-18.",
     [LSCB], "completed"),
    ("4.3",
     "Consideration should be given to how the views and experiences of young people who are being "
     "exploited are captured in assessments and plans, particularly where they do not see themselves "
     "as victims.",
     [], None, [], "unknown"),
    ("4.4",
     "Elmsworth Police should share information about children from Elmsworth who are found in other "
     "force areas, in circumstances suggesting drug dealing, with children's social care within 24 hours.",
     [POLICE],
     "Elmsworth Police introduced a daily review of out-of-force contacts in October 2017, and a named "
     "officer in the Exploitation Hub now forwards them to the MASH. Work is continuing with two "
     "neighbouring forces to speed up notifications.",
     [POLICE], "in_progress"),
    ("4.5",
     "The Youth Offending Service and Children's Social Care should agree joint supervision arrangements "
     "for young people who are open to both services, so that risk is assessed once and shared.",
     [YOS, CSC], None, [], "unknown"),
    ("4.6",
     "Practitioners should be supported to recognise that a child's involvement in drug dealing may be a "
     "sign of exploitation rather than a lifestyle choice.",
     [],
     "two hundred and ten practitioners from schools, health, housing and the police attended the county "
     "lines workshops held in March and April 2018, and a seven-minute briefing on the case has been "
     "widely circulated.",
     [], "unknown"),
    ("4.7",
     "Elmsworth Partnership NHS Foundation Trust should review the waiting times for CAMHS assessments "
     "for young people who are referred after being a victim of violence.",
     [EPFT], None, [], "unknown"),
    ("4.8",
     "The Board should seek assurance that arrangements are in place to safeguard vulnerable young "
     "people as they approach 18, including where they do not meet the threshold for adult services.",
     [BOARD_B], None, [], "unknown"),
]

STATUS_LINE = {
    "4.1": "This recommendation has been completed.",
    "4.2": "The Board regards this recommendation as complete.",
    "4.4": "This work is ongoing.",
}

# Family R: "What has changed as a result" -- actions with no recommendation stated.
FAMILY_R = [
    ("Health visitors and school nurses now use the Graded Care Profile 2 whenever they are worried "
     "about neglect, and 186 staff have been trained to use it.",
     [("Health visitors", "health"), ("school nurses", "health")]),
    ("Children's Social Care has changed its closure procedure so that a sibling's case cannot be closed "
     "while another child in the family remains subject to a child protection plan.",
     [CSC]),
    ("A neglect practice guide for schools, with a checklist for designated safeguarding leads, was "
     "issued to every school in September 2017.",
     []),
    ("The community dental service now tells the school nursing team when a child on a plan misses two "
     "check-ups in a row.",
     [("The community dental service", "health")]),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Child N", "published")
    g.scr("Family R", "published")
    g.scr("Child M", "initiated")
    for num, text, rb, action, ab, status in CHILD_N:
        g.rec("Child N", num, text, action, rb + ab, status)
    for action, bodies in FAMILY_R:
        g.rec("Family R", None, None, action, bodies, "unknown")
    return g.dump(None)


def _child_n() -> list:
    b = [
        Heading("Serious Case Reviews", 1),
        Para("The LSCB has a statutory duty to undertake a serious case review (SCR) when the criteria in "
             "Regulation 5 are met. In 2017-18 the Serious Case Review Group met eight times and considered "
             "six cases. Two serious case reviews were published in the year, Child N and Family R, and "
             "the Chair decided in March 2018 to begin a further review, Child M, which is at an early "
             "stage. The other cases did not meet the criteria."),
        Heading("Child N", 2),
        Para("Child N was a 16-year-old boy who was stabbed in a town outside the county in April 2017, "
             "while he was being used to sell drugs on a county lines network. He survived his injuries. "
             "In the year before the incident he had been excluded from school, placed on a reduced "
             "timetable, reported missing eleven times and arrested twice in other force areas."),
        Para("The review was published in November 2017. The reviewer found that each agency saw part of "
             "the picture, and that Child N was too often treated as an offender rather than as a child "
             "who was being exploited. The overview report's recommendations are set out in section 4 "
             "of that report and are repeated here with the same numbering."),
    ]
    for num, text, *_ in CHILD_N:
        b.append(Para(f"{num} {text}"))
    b.append(Heading("Progress so far", 3))
    b.append(Para("Some of the recommendations have already led to changes, which are described below. Work "
                  "on the others has not yet been reported to the Board."))
    for num, _text, _rb, action, _ab, _st in CHILD_N:
        if action:
            b.append(Para(f"On {num}, {action} {STATUS_LINE.get(num, '')}".rstrip()))
    return b


def _family_r() -> list:
    return [
        Heading("Family R", 2),
        Para("The Family R review was published in June 2017. It looked at the lives of four brothers and "
             "sisters, aged between two and eleven, who had experienced long-term neglect. The family had "
             "been known to services for nine years, and the children were subject to child protection "
             "plans three times. Professionals saw improvements during each plan which were not sustained "
             "once the plan ended. The youngest child's teeth were so badly decayed that eight had to be "
             "removed under general anaesthetic."),
        Para("The overview report and the Board's response to its recommendations were published together "
             "on the LSCB website. For this report we asked partners what difference the review has made."),
        Heading("What has changed as a result", 3),
        Bullets([a for a, _ in FAMILY_R]),
        Para("The Family R review has also been used in the Board's neglect training, and parts of the "
             "review were read aloud at the launch of the neglect strategy in October 2017, with the "
             "agreement of the children's grandmother, who now cares for them."),
    ]


def _distractors_audit() -> list:
    return [
        Heading("Section 11 audit", 1),
        Para("Every two years the LSCB asks partner agencies to assess themselves against the standards in "
             "section 11 of the Children Act 2004. Fourteen agencies returned the audit in 2017. The Board "
             "held a challenge event in December 2017, where each agency presented its findings to a panel "
             "of Board members."),
        Table(["Standard", "Finding", "Action agreed", "Agency", "Target date"], [
            ["Safer recruitment", "Three agencies could not show that DBS checks were renewed",
             "Introduce a three-yearly DBS renewal policy", "Elmsworth Housing Trust", "June 2018"],
            ["Supervision", "Safeguarding supervision not recorded for sessional staff",
             "Extend the supervision policy to sessional workers", "Youth and Community Service", "May 2018"],
            ["Voice of the child", "Limited evidence that children's views shape services",
             "Consult young people on the design of the new leisure offer", "Elmsworth Leisure", "September 2018"],
            ["Training", "Training records incomplete", "Move records to the council learning system",
             "Elmsworth District Councils", "April 2018"],
        ], caption="Section 11 challenge event: actions agreed"),
        Heading("Multi-agency case audits", 2),
        Para("The Quality Assurance Group completed two multi-agency audits in the year, on neglect and on "
             "children who are electively home educated. The neglect audit recommended that:"),
        Bullets([
            "core groups should meet within ten working days of every review conference;",
            "chronologies should be started in every neglect case that is open for more than three months;",
            "the Graded Care Profile 2 should be repeated before a plan is ended.",
        ]),
    ]


def _cdop() -> list:
    return [
        Heading("Child Death Overview Panel", 1),
        Para("The Elmsworth and Rother Child Death Overview Panel reviews the deaths of all children who "
             "normally live in the two areas. In 2017-18 it was notified of 27 deaths and completed 24 "
             "reviews. Modifiable factors were identified in seven of the reviews, most often unsafe "
             "sleeping arrangements and parental smoking."),
        Para("The panel recommended to both LSCBs that:"),
        Bullets([
            "the safer sleep message should be repeated by health visitors at every contact in the first "
            "six months, not only at the new birth visit;",
            "maternity services should offer smoking cessation support to partners as well as to mothers;",
            "agencies should promote the 'Water Safety' campaign in the spring term.",
        ], numbered=True),
    ]


def build() -> ReportSpec:
    c = filler.Ctx(area=AREA, board=BOARD, short="ELSCB", period=YEAR, seed=SEED,
                   council="Elmsworth County Council", police="Elmsworth Police",
                   community_trust="Elmsworth Partnership NHS Foundation Trust")
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c)
    blocks += filler.area_profile(c) + filler.budget(c) + [PageBreak()]
    blocks += _child_n()
    blocks.append(Columns(2))
    blocks += _family_r()
    blocks += _cdop()
    blocks += [b for b in filler.lado(c) + filler.private_fostering(c) if not isinstance(b, Table)]
    blocks.append(Columns(1))
    blocks += filler.training(c) + filler.performance(c)
    blocks += _distractors_audit()
    blocks += filler.cse_missing(c) + filler.early_help(c) + filler.voice_of_child(c)
    blocks += filler.subgroups(c) + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Elmsworth Local Safeguarding Children Board: Annual Report 2017-2018",
        running_header="Elmsworth LSCB | Annual Report 2017-2018",
        blocks=blocks,
        gold=_gold(),
        published="Published October 2018",
    )
