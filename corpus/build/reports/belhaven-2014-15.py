"""Belhaven Safeguarding Children Board, annual report 2014-15.

Shape under test: long formal prose. The Child Q recommendations are embedded in running
sentences with no numbers ("The overview author recommended that ... It was further
recommended that ... The panel also advised that ..."); the actions appear in separate later
paragraphs that refer back to a recommendation by its subject ("In response to the
recommendation on information sharing, the Trust has ..."), with statuses in prose ("this work
is now complete", "remains outstanding"). Child Q published; Child S (2014) initiated.
Distractors in the same prose style: a serious incident learning review and Ofsted.
"""
from __future__ import annotations

from blocks import Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "belhaven-2014-15"
AREA = "Belhaven"
BOARD = "Belhaven Safeguarding Children Board"
YEAR = "2014-15"
SEED = 40417

# Recommendations as clauses: the gold text is the clause after "recommended that" /
# "advised that", which is how an analyst copies it.
R_INFO = ("Belhaven Hospitals NHS Trust should ensure that information about a parent's mental health "
          "crisis, including any admission, is shared with the health visiting service and the child's GP "
          "on the day of discharge")
R_CAFCASS = ("Cafcass and Belhaven City Council Children's Social Care should agree a protocol so that "
             "safeguarding information gathered for private law proceedings is shared with the allocated "
             "social worker where a family is already known")
R_THRESH = ("the Board should review its threshold document so that the cumulative effect of repeated "
            "referrals below the threshold for assessment is given explicit weight")
R_POLICE = ("Belhaven Police should ensure that officers attending incidents of concern at a family address "
            "record the presence, and where possible the views, of every child in the household")
R_GP = ("the Clinical Commissioning Group should work with GP practices to ensure that a child's record "
        "shows when a parent is subject to a mental health crisis plan")
R_SUPER = ("all agencies should review their arrangements for supervision so that practitioners working "
           "with parents with serious mental illness have access to reflective supervision that focuses on "
           "the child")

RECS_PARA_1 = (
    "The overview author recommended that " + R_INFO + ". It was further recommended that " + R_CAFCASS +
    ". The author also recommended that " + R_THRESH + "."
)
RECS_PARA_2 = (
    "In addition, the overview author recommended that " + R_POLICE + ". Having considered the "
    "individual management reviews, the panel also advised that " + R_GP + ", and, finally, that " +
    R_SUPER + "."
)

A_INFO = ("In response to the recommendation on information sharing, the Trust has introduced a discharge "
          "notification which is sent electronically to the health visiting service and the GP whenever a "
          "patient who is a parent of a child under five is discharged from the mental health unit. An audit "
          "of the first three months found that notifications were sent on the day of discharge in 88 per "
          "cent of cases; this work is now complete.")
A_CAFCASS = ("The recommendation concerning private law proceedings was taken forward jointly by Cafcass and "
             "the City Council. A draft protocol was agreed at officer level in January 2015 and is awaiting "
             "signature by the Cafcass Head of Practice; implementation is therefore still in progress.")
A_THRESH_PARA = ("The recommendation that the Board should revisit its threshold document remains outstanding. "
                 "The review of thresholds was deferred pending the outcome of the Ofsted inspection, and no "
                 "revision of the document has yet been drafted.")
A_POLICE = ("Belhaven Police accepted the recommendation concerning the recording of children at incidents. "
            "The force has added a mandatory field to its incident recording system so that the name, age and "
            "observed demeanour of every child present are captured, and has briefed all response officers; "
            "the force regards this work as complete.")
A_GP = ("With regard to the recommendation on GP records, the Named GP for safeguarding has written to every "
        "practice with guidance on the use of a family-member alert, and the matter was discussed at each of "
        "the four locality meetings of practices during the spring.")
A_SUPER_PARA = ("In respect of the recommendation on supervision, each agency was asked to report to the Board "
                "by March 2015. At the time of writing, returns have been received from only four agencies, "
                "and the recommendation therefore remains outstanding.")

MONITORING = (
    "The Serious Case Review Sub-committee has monitored the implementation of the Child Q action plan "
    "throughout the year, receiving written evidence from each agency at every meeting and reporting to the "
    "Board on a quarterly basis"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Q", "published")
    g.scr("Child S (2014)", "initiated")
    q = "Child Q"
    g.rec(q, None, R_INFO, A_INFO, [body("Belhaven Hospitals NHS Trust", "health")], "completed")
    g.rec(q, None, R_CAFCASS, A_CAFCASS,
          [body("Cafcass", "cafcass"), body("Belhaven City Council Children's Social Care", "childrens_social_care")],
          "in_progress")
    g.rec(q, None, R_THRESH, None, [body("the Board", "lscb")], "not_started")
    g.rec(q, None, R_POLICE, A_POLICE, [body("Belhaven Police", "police")], "completed")
    g.rec(q, None, R_GP, A_GP, [body("the Clinical Commissioning Group", "health"),
                                body("the Named GP for safeguarding", "health")], "unknown")
    g.rec(q, None, R_SUPER, None, [body("all partner agencies", "lscb")], "not_started")
    return g.dump(MONITORING)


def _case_reviews() -> list:
    return [
        Heading("Serious Case Reviews", 1),
        Para("Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 places upon the Board a "
             "duty to undertake reviews of serious cases in accordance with the procedures set out in Working "
             "Together to Safeguard Children. The decision whether a case meets the criteria rests with the "
             "Independent Chair, who is advised in each instance by the Serious Case Review Sub-committee, and "
             "who informs the Department for Education and Ofsted of every decision taken."),
        Para("During the year under report the Sub-committee considered three notifications. In one, it was "
             "concluded that the criteria were not met and that the learning could be secured through a "
             "single-agency review. In a second, the Independent Chair decided in February 2015 that a serious "
             "case review should be initiated; that review, which concerns a child referred to in this report "
             "as Child S (2014), has been commissioned from an independent author and is expected to conclude "
             "in the latter part of 2015. The third notification led to a serious incident learning review, "
             "which is described later in this report and which is not a serious case review."),
        Para("The Board published the overview report of the serious case review concerning Child Q in November "
             "2014, together with its response and the multi-agency action plan. It is with the lessons of that "
             "review that the remainder of this section is principally concerned."),
        Heading("The serious case review concerning Child Q", 2),
        Para("Child Q was a boy of three years of age who sustained serious injuries in the care of his mother, "
             "who at the time was experiencing an acute episode of mental illness. Child Q has made a good "
             "recovery and now lives with his maternal grandparents. His mother has received treatment and has "
             "contributed, with considerable courage, to the review."),
        Para("The overview author found that professionals in several agencies held significant pieces of "
             "information about the mother's deteriorating mental health, but that no single agency had the "
             "complete picture. Each of the referrals made to Children's Social Care was considered in isolation "
             "and judged to fall below the threshold for assessment; the author observed that the cumulative "
             "weight of those referrals was at no point considered. The review further noted that Child Q himself "
             "was rarely seen or spoken to, and that when police officers attended the home his presence was not "
             "recorded."),
        Para("The review also considered the role of private law proceedings between the parents, in the course "
             "of which a Cafcass officer had gathered safeguarding information that was not known to the social "
             "worker subsequently allocated. The author was careful to note that practitioners had acted in good "
             "faith and within the procedures then in force, and that the shortcomings identified were in large "
             "part systemic."),
        Heading("The recommendations of the review", 3),
        Para(RECS_PARA_1),
        Para(RECS_PARA_2),
        Para("The Board accepted each of these recommendations without amendment at its meeting in November 2014, "
             "and the Serious Case Review Sub-committee was charged with overseeing their implementation."),
        Heading("Progress made in implementing the recommendations", 3),
        Para("It is the Board's practice to report candidly on the extent to which the recommendations of its "
             "reviews have been implemented, and to distinguish between those matters which have been concluded "
             "and those on which further work is required. The paragraphs that follow address each of the "
             "recommendations in turn."),
        Para(A_INFO),
        Para(A_CAFCASS),
        Para(A_THRESH_PARA),
        Para(A_POLICE),
        Para(A_GP + " The Clinical Commissioning Group has not yet been able to confirm how many practices have "
                    "adopted the alert."),
        Para(A_SUPER_PARA),
        Para(MONITORING + ". The Sub-committee will not regard a recommendation as discharged until it has seen "
             "evidence that practice, and not merely procedure, has changed; where it is not so satisfied, the "
             "matter is referred to the Independent Chair for escalation to the chief officer concerned."),
    ]


def _silr() -> list:
    return [
        Heading("Serious incident learning review: Young Person R", 1),
        Para("The Board commissioned a serious incident learning review following the serious self-harm of a "
             "fifteen-year-old young person, referred to here as Young Person R, in the summer of 2014. The case "
             "did not meet the criteria for a serious case review, but the Independent Chair considered that "
             "there was significant learning for partner agencies, particularly in relation to the transition "
             "between child and adult mental health services."),
        Para("The review recommended that the Child and Adolescent Mental Health Service should agree with the "
             "adult mental health service a protocol for young people approaching their eighteenth birthday. It "
             "was further recommended that schools should be informed, with the young person's consent, when a "
             "pupil is discharged from in-patient care. The reviewers also advised that the Board's training "
             "programme should include a course on self-harm for staff in universal services."),
        Para("In response to the recommendation on transition, the two mental health services have drafted a "
             "joint protocol, which is expected to be signed off in the summer. The course on self-harm has been "
             "added to the training programme for 2015-16; this work is now complete."),
    ]


def _ofsted() -> list:
    return [
        Heading("Inspection by Ofsted", 1),
        Para("The Board was reviewed by Ofsted in January 2015 as part of the single inspection of services for "
             "children in need of help and protection, children looked after and care leavers. The Board was "
             "judged to require improvement. Inspectors found that the Board had a sound understanding of the "
             "prevalence of domestic abuse and neglect, but that it had not yet established a comprehensive "
             "performance framework."),
        Para("Ofsted recommended that the Board should develop a multi-agency performance dataset that enables "
             "it to evaluate the effectiveness of early help. It was also recommended that the Board should "
             "assure itself that the learning from case reviews is disseminated to front-line staff and that its "
             "impact is measured. The inspectors further advised that the Board should strengthen its scrutiny of "
             "the arrangements for children missing from education."),
        Para("The Board's response to these recommendations has been incorporated into the business plan for "
             "2015-16, and progress will be reported in next year's annual report."),
    ]


def _priorities() -> list:
    return [
        Heading("Priorities for 2015-16", 1),
        Para("Having regard to the findings set out in this report, the Board has resolved that its work during "
             "the coming year should be directed to the following priorities, each of which is owned by a "
             "sub-group of the Board:"),
        Table(["Priority", "Sub-group responsible"], [
            ["The quality of help for children living with parental mental ill health", "Quality Assurance Sub-group"],
            ["The effectiveness of early help", "Early Help Strategic Group"],
            ["Children missing from education and from home", "CSE and Missing Sub-group"],
            ["Measuring the impact of training and case review learning", "Learning and Development Sub-group"],
        ]),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="BSCB", period=YEAR, seed=SEED,
                 council="Belhaven City Council", police="Belhaven Police",
                 acute_trust="Belhaven Hospitals NHS Trust")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c)
    blocks += filler.area_profile(c) + [PageBreak()]
    blocks += filler.subgroups(c) + filler.budget(c) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _silr() + _ofsted()
    blocks += filler.performance(c) + filler.training(c) + filler.early_help(c)
    blocks += filler.lado(c) + filler.cdop(c) + filler.cse_missing(c) + filler.private_fostering(c)
    blocks += _priorities() + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Belhaven Safeguarding Children Board: Annual Report 2014-2015",
        running_header="Belhaven Safeguarding Children Board - Annual Report 2014-2015",
        blocks=blocks,
        gold=_gold(),
        published="Published November 2015",
    )
