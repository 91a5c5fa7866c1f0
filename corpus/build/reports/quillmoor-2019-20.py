"""Quillmoor Safeguarding Children Partnership, annual report 2019-20 (post-2018 arrangements).

Shape under test: two local child safeguarding practice reviews (Child H published, Baby T
ongoing) and a legacy serious case review (Young Person A) of which only outstanding ACTIONS
are reported (entries with text null). Child H's recommendations are paragraphs labelled
"R1", "R2" ... that name the responsible bodies inside the sentence, each followed by a
short "Where we are:" paragraph. Three rapid reviews were held; one led to the Baby T LCSPR,
the other two did not (their learning points are distractors, not entries). Other
distractors: a domestic homicide review's recommendations, the independent scrutineer's
recommendations, COVID-19 priorities. Also rendered as Markdown.
"""
from __future__ import annotations

from blocks import (
    Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body, partnership_wording,
)
import filler

NAME = "quillmoor-2019-20"
AREA = "Quillmoor"
BOARD = "Quillmoor Safeguarding Children Partnership"
YEAR = "2019-20"
SEED = 1920

CS = body("Quillmoor Council Children's Services", "childrens_social_care")
POLICE = body("Quillmoor Police", "police")
EST = body("Education Safeguarding Team", "education")
CCG = body("NHS Quillmoor CCG", "health")
PARTNERS = body("three safeguarding partners", "lscb")
SCHOOLNURSE = body("Quillmoor Community Healthcare NHS Trust", "health")
YOS = body("Quillmoor Youth Offending Service", "probation_youth_justice")
COLLEGE = body("Quillmoor College", "education")
POLICE2 = body("the police", "police")

# (number, recommendation, where-we-are, bodies, status, status sentence after the update)
CHILD_H = [
    ("1",
     "Quillmoor Council Children's Services and Quillmoor Police should agree how checks are made on any "
     "new adult who joins a household where a child is subject to a child in need or child protection "
     "plan, and how the result is shared with the child's social worker.",
     "A 'new adult in the household' procedure was agreed by both agencies in October 2019 and has been "
     "used 64 times. Police checks are returned to the social worker within five working days in most "
     "cases.",
     [CS, POLICE], "completed", "This recommendation is complete."),
    ("2",
     "The Education Safeguarding Team should make sure that every school in Quillmoor receives a "
     "notification before the start of the next school day when police attend a domestic abuse incident "
     "at a pupil's home.",
     "Operation Encompass was extended from a pilot in 22 schools to all 96 schools and academies in "
     "January 2020. 1,140 notifications were sent to schools by the end of March.",
     [EST], "completed", "Complete."),
    ("3",
     "NHS Quillmoor CCG should ensure that GP practices record the names of all adults living in a "
     "child's household, and update the record when the household changes.",
     "The CCG's named GP for safeguarding has written guidance and a template for practices, which were "
     "tested with four practices in February. Roll-out to all practices has been delayed by the COVID-19 "
     "response and is now expected in the autumn.",
     [CCG], "in_progress", "In progress."),
    ("4",
     "The three safeguarding partners should agree with neighbouring partnerships a protocol for the "
     "transfer of child protection plans when a family moves across a local authority boundary.",
     "Work on this has not yet begun. It will be raised at the regional safeguarding partners' meeting in "
     "June 2020.",
     [PARTNERS], "not_started", ""),
    ("5",
     "Quillmoor Community Healthcare NHS Trust should review how the school nursing service follows up "
     "children who are frequently absent from school and have unmet health needs.",
     "The Trust has reviewed the service's caseload-weighting tool and added school absence as a trigger "
     "for a health review. The change is ongoing and will be audited in 2020-21.",
     [SCHOOLNURSE], "in_progress", ""),
]
CHILD_H_NONE = {"4"}  # "not yet begun" is not an action

# Young Person A (legacy SCR): outstanding actions only, no recommendation text in the report
YPA = [
    ("Quillmoor Youth Offending Service and Children's Services have set up a joint exploitation risk "
     "panel for young people at risk of criminal exploitation. The panel has met monthly since June 2019 "
     "and this action is now closed.", [YOS, CS], "completed"),
    ("Quillmoor College has appointed a designated safeguarding lead for students aged 16 to 18 on "
     "part-time and re-engagement courses, and this action is now closed.", [COLLEGE], "completed"),
    ("The police are delivering training on county lines and the National Referral Mechanism to "
     "neighbourhood officers; by March 2020 around 60% had been trained, and this action remains open.",
     [POLICE2], "in_progress"),
]

MONITORING = ("The Practice Review Group holds the action plan for each review, asks the lead agency for "
              "evidence before any action is closed, and reports progress to the safeguarding partners' "
              "Executive Group every quarter.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_limit=135, evidence_trim=",;:")
    g.scr("Child H", "published")
    g.scr("Baby T", "ongoing")
    g.scr("Young Person A", "published")
    for num, text, where, bodies, status, _said in CHILD_H:
        g.rec("Child H", num, text, None if num in CHILD_H_NONE else where, bodies, status)
    for action, bodies, status in YPA:
        g.rec("Young Person A", None, None, action, bodies, status)
    return g.dump(MONITORING)


def _opening() -> list:
    return [
        Heading("A message from the safeguarding partners", 1),
        Para("This is the first annual report of the Quillmoor Safeguarding Children Partnership. On 29 September "
             "2019 the Partnership took over from the Quillmoor Local Safeguarding Children Board, as required by "
             "the Children and Social Work Act 2017 and Working Together to Safeguard Children 2018. The three "
             "safeguarding partners - Quillmoor Council, NHS Quillmoor CCG and Quillmoor Police - now share equal "
             "responsibility for the arrangements, and this report covers the whole year, including the last six "
             "months of the Board."),
        Para("Much of the year was spent making the new arrangements work: a smaller Executive Group, three "
             "themed groups instead of eight sub-groups, and an independent scrutineer in place of an "
             "independent chair. We published our first local child safeguarding practice review, into the "
             "circumstances of Child H, in February 2020. It made uncomfortable reading, and we describe below "
             "what each agency has done since."),
        Para("The year ended with the first weeks of the COVID-19 pandemic. Schools closed to most pupils on "
             "20 March and face-to-face contact across services was drastically reduced. Our response to the "
             "pandemic will be the main subject of next year's report, but some early decisions are noted here."),
        Para("Signed by the Chief Executive of Quillmoor Council, the Accountable Officer of NHS Quillmoor CCG "
             "and the Chief Constable of Quillmoor Police.", italic=True),
    ]


def _scrutineer() -> list:
    return [
        Heading("Independent scrutiny", 1),
        Para("The Partnership appointed Dr Ruth Kavanagh as independent scrutineer from October 2019. Her role is "
             "to give assurance to the partners and to the public that the arrangements are working, not to chair "
             "meetings. In her first report, presented to the Executive Group in March 2020, she recommended that "
             "the partners should:"),
        Bullets([
            "publish a simple summary of the new arrangements for families and for front-line staff;",
            "make sure that schools have a clear route to influence the Partnership's priorities, given that "
            "education is not one of the three statutory partners;",
            "agree a set of outcome measures for each priority before the next business plan is written;",
            "review whether the funding formula is fair to all contributing agencies.",
        ], numbered=True),
        Para("The partners have accepted the recommendations. Numbers 1 and 2 are already being worked on by the "
             "Business Unit; numbers 3 and 4 will be addressed in the 2020-21 business plan."),
    ]


def _reviews() -> list:
    b = [
        Heading("Learning from reviews", 1),
        Para("Since 29 June 2019 the Partnership has been responsible for identifying serious child safeguarding "
             "cases and deciding whether a local child safeguarding practice review (LCSPR) should be carried "
             "out. Every serious incident notified to the Child Safeguarding Practice Review Panel is first the "
             "subject of a rapid review, which must be completed within 15 working days."),
        Heading("Rapid reviews", 2),
        Para("Three rapid reviews were held in 2019-20:"),
        Table(["Rapid review", "Date", "Circumstances", "Outcome"], [
            ["RR1", "August 2019", "A 16-year-old seriously injured in a stabbing", "No LCSPR. Learning taken "
             "forward by the Exploitation Group; the national panel agreed."],
            ["RR2", "November 2019", "A 10-week-old baby admitted with a skull fracture", "LCSPR commissioned "
             "(Baby T)"],
            ["RR3", "January 2020", "The death of a 14-year-old by suicide", "No LCSPR. Referred to the Child "
             "Death Overview Panel; single-agency learning."],
        ], caption="Rapid reviews 2019-20"),
        Para("Although RR1 and RR3 did not lead to a practice review, both identified learning. The rapid review "
             "panels recommended that:"),
        Bullets([
            "schools should share concerns about sudden changes in a pupil's friendship group or possessions "
            "with the Exploitation Hub;",
            "the Youth Offending Service should be invited to every strategy discussion about a young person "
            "at risk of criminal exploitation;",
            "agencies should use the Partnership's self-harm pathway when a young person discloses suicidal "
            "thoughts, and record that they have done so.",
        ]),
        Para("These points are being taken forward through the work programmes of the Exploitation Group and the "
             "Emotional Wellbeing Group rather than through a review action plan."),
        Heading("Baby T", 2),
        Para("The LCSPR into the circumstances of Baby T was commissioned in December 2019 following the second "
             "rapid review. An independent reviewer has been appointed and the review is ongoing; practitioner "
             "events planned for March 2020 were postponed because of the pandemic and will now be held online. "
             "We expect the review to be published in the autumn of 2020."),
        Heading("Child H", 2),
        Para("Child H was seven years old when he was taken to hospital with serious injuries inflicted by his "
             "mother's partner, who had moved into the family home four months earlier and who had previous "
             "convictions for violence. Child H had been subject to a child in need plan. The family had moved "
             "to Quillmoor from a neighbouring area a year before."),
        Para("The review, led by an independent reviewer, was one of the first LCSPRs in the region. It found "
             "that no agency knew the full history of the mother's new partner; that Child H's school was not "
             "told about two domestic abuse incidents at the home; that Child H's GP record listed only his "
             "mother and sister; and that the child protection plan from the family's previous area was closed "
             "when they moved rather than being transferred. The review was published on 11 February 2020 and "
             "made five recommendations, which the partners accepted in full."),
        Para("We have set out each recommendation, and where we are with it, below.", italic=True),
    ]
    for num, text, where, _bodies, _status, said in CHILD_H:
        b.append(Para(f"R{num}. {text}", bold=True))
        b.append(Para(f"Where we are: {where} {said}".rstrip()))
    b += [
        Heading("Young Person A", 2),
        Para("The serious case review into Young Person A, a 15-year-old who was exploited by an organised crime "
             "group, was commissioned by the former LSCB and published in March 2018. Most of its action plan "
             "was completed by the Board. The Partnership inherited three actions that were still open, and "
             "their position at the end of March 2020 is set out below."),
        Bullets([a for a, _b, _s in YPA]),
        Heading("How we check that things change", 2),
        Para(MONITORING + " The independent scrutineer has access to the action plans and may ask to see the "
             "evidence behind any closed action."),
    ]
    return b


def _dhr() -> list:
    return [
        Heading("Domestic homicide review", 2),
        Para("The Quillmoor Community Safety Partnership published a domestic homicide review in November 2019 "
             "into the death of a woman, referred to as Adult D, who was killed by her former partner. Her two "
             "children, who now live with relatives, were known to children's services. The Partnership "
             "contributed to the review, and two of its recommendations concern children:"),
        Bullets([
            "Recommendation 6: Agencies should ask about, and record, contact arrangements between children and "
            "a parent who is a known perpetrator of domestic abuse.",
            "Recommendation 9: Quillmoor Council should review the information given to children's services "
            "when a MARAC case involves a parent with children under 18.",
        ]),
        Para("These recommendations are monitored by the Community Safety Partnership, and the Safeguarding "
             "Partnership receives an update once a year."),
    ]


def _covid() -> list:
    return [
        Heading("COVID-19: our early response", 1),
        Para("In the last fortnight of March 2020 the Executive Group began meeting weekly. It agreed that:"),
        Bullets([
            "every child with a child protection plan should be seen face to face at least every two weeks, "
            "unless there is a specific health reason not to;",
            "schools should stay open for vulnerable children and for the children of key workers, and should "
            "contact every child with a social worker who is not attending;",
            "multi-agency training should move online, with priority given to the threshold and neglect courses.",
        ]),
        Para("How these commitments were kept will be reported in 2020-21."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="QSCP", period=YEAR, seed=SEED, partnership=True,
                 ccg="NHS Quillmoor CCG", police="Quillmoor Police", council="Quillmoor Council",
                 community_trust="Quillmoor Community Healthcare NHS Trust")


def _generic(*sections: str) -> list:
    """Generic sections from filler.py, in the order given."""
    return partnership_wording(filler.sections(CTX, *sections), scrutineer=False)


def build() -> ReportSpec:
    blocks: list = []
    blocks += _opening()
    blocks += _generic("introduction", "governance", "membership", "area_profile", "budget", "early_help")
    blocks += _scrutineer()
    blocks += _reviews()
    blocks += _dhr()
    blocks += _generic("performance", "subgroups", "training", "lado", "cdop")
    blocks += _covid()
    blocks += _generic("cse_missing", "private_fostering", "voice_of_child", "glossary")
    return ReportSpec(
        name=NAME,
        title="Quillmoor Safeguarding Children Partnership: Annual Report 2019/20",
        running_header="QSCP Annual Report 2019-2020",
        blocks=blocks,
        gold=_gold(),
        published="Published December 2020",
        extra_formats=("md",),
    )
