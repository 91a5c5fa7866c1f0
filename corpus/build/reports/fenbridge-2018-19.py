"""Fenbridge Safeguarding Children Partnership, annual report 2018-19 (the transitional year).

Shape under test: the last report of the outgoing LSCB, published by the new partnership. A legacy
SCR (Child C, published) with a table "Recommendation | Agency | Update | RAG" and a RAG key in
which Green = completed and evidenced, Amber = in progress, Red = not started; two Red rows have
no action ("No update received", "Not started ..."). One LCSPR (Child F) was initiated after a
rapid review. Monitoring is described (the Learning and Improvement Sub-group reviews the RAG
ratings), actions 5/7 -> partly_meets. Extra format: txt.
Distractors: a rapid review that did not lead to an LCSPR (with actions), the business plan
with the same RAG colours, and the transition plan.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table
import filler

NAME = "fenbridge-2018-19"
AREA = "Fenbridge"
BOARD = "Fenbridge Safeguarding Children Partnership"
OLD_BOARD = "Fenbridge Local Safeguarding Children Board"
YEAR = "2018-19"
SEED = 1819

RAG = {"Green": "completed", "Amber": "in_progress", "Red": "not_started"}

# (recommendation, agency cell, bodies, update cell, is the update an action?, RAG)
CHILD_C = [
    ("Fenbridge Hospitals NHS Foundation Trust should ensure that staff in the emergency department check "
     "the Child Protection Information Sharing system (CP-IS) for every child who attends.",
     "Fenbridge Hospitals NHS Foundation Trust", [("Fenbridge Hospitals NHS Foundation Trust", "health")],
     "CP-IS went live in the emergency department and the paediatric assessment unit in September 2018. "
     "An audit in February 2019 found that the system had been checked in 97% of attendances.",
     True, "Green"),
    ("Fenbridge CCG should ensure that GPs are invited to initial and review child protection conferences "
     "and that they provide a written report when they cannot attend.",
     "Fenbridge CCG", [("Fenbridge CCG", "health")],
     "A GP report template was agreed with the Local Medical Committee and invitations are now sent to "
     "practice safeguarding leads by secure email. GP reports were received for 48% of conferences in "
     "Q4, up from 21%.",
     True, "Amber"),
    ("Children's Social Care should ensure that assessments of parents with a learning disability involve "
     "adult services and use an approach adapted to the parents' needs.",
     "Children's Social Care / Adult Social Care",
     [("Children's Social Care", "childrens_social_care"), ("Adult Social Care", "adult_services")],
     "A joint protocol for working with parents with learning disabilities has been drafted with Adult "
     "Social Care and is due to be signed off in June 2019.",
     True, "Amber"),
    ("Fenbridge Police should ensure that officers attending domestic abuse incidents speak to any "
     "children present and record their views and presentation.",
     "Fenbridge Police", [("Fenbridge Police", "police")],
     "Voice of the child prompts were added to officers' mobile devices in January 2019 and are now "
     "mandatory fields in the domestic abuse risk assessment.",
     True, "Green"),
    ("The LSCB should provide multi-agency training on recognising disguised compliance and on "
     "maintaining professional curiosity when parents appear to cooperate.",
     "Learning and Development Sub-group", [("The LSCB", "lscb"), ("Learning and Development Sub-group", "lscb")],
     "Three half-day workshops were delivered to 94 practitioners between October 2018 and March 2019, "
     "and an evaluation three months later found that 80% had used the learning in their practice.",
     True, "Green"),
    ("Schools should ensure that attendance concerns about a child subject to a child protection plan "
     "are passed to the child's social worker within two school days.",
     "Education (Schools Safeguarding Team)", [("Schools Safeguarding Team", "education")],
     "No update received.",
     False, "Red"),
    ("Fenbridge Homes and other social housing providers should share concerns about the condition of a "
     "tenancy with children's social care where children live in the household.",
     "Fenbridge Homes", [("Fenbridge Homes", "housing")],
     "Not started - awaiting the new information sharing agreement.",
     False, "Red"),
]

RAG_KEY = ("RAG key: Green = completed and evidenced; Amber = in progress; Red = not started.")

MONITORING = (
    "The Learning and Improvement Sub-group holds the Child C action plan and reviews the RAG rating of "
    "every action at its quarterly meetings. An action is only rated Green when the lead agency has "
    "provided evidence that the change is in place"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Child C", "published")
    g.scr("Child F", "initiated")
    due = {2: "2019-06"}  # "due to be signed off in June 2019"
    for i, (rec, _cell, bodies, update, is_action, rag) in enumerate(CHILD_C):
        g.rec("Child C", None, rec, update if is_action else None, bodies, RAG[rag], due.get(i))
    return g.dump(MONITORING)


def _transition() -> list:
    return [
        Heading("A year of change", 1),
        Para(f"This is the final annual report of the {OLD_BOARD}. The Children and Social Work Act 2017 "
             "abolished Local Safeguarding Children Boards and placed the duty to make arrangements to "
             "safeguard children on three safeguarding partners: the local authority, the clinical "
             "commissioning group and the chief officer of police. Fenbridge's new arrangements, the "
             "Fenbridge Safeguarding Children Partnership, were published in June 2019 and come fully "
             "into effect on 29 September 2019."),
        Para("Until then the LSCB continues to meet, and its sub-groups carry on their work. This report "
             "covers April 2018 to March 2019 and is published by the new Partnership on behalf of the "
             "outgoing Board, so that the work of the last year is properly accounted for."),
        Table(["Milestone", "Date", "Done?"], [
            ["Safeguarding partners agree the model", "October 2018", "Yes"],
            ["Consultation with relevant agencies and schools", "January - March 2019", "Yes"],
            ["Arrangements published", "June 2019", "Yes"],
            ["Independent scrutineer appointed", "July 2019", "In progress"],
            ["LSCB holds its last meeting", "September 2019", "Planned"],
        ], caption="Moving to the new arrangements"),
    ]


def _case_reviews() -> list:
    b = [
        Heading("Case reviews", 1),
        Para("Working Together 2018 replaced serious case reviews with rapid reviews and local child "
             "safeguarding practice reviews (LCSPRs). Reviews begun before 29 June 2018 continue as serious "
             "case reviews under the old rules. In 2018-19 the LSCB therefore dealt with one legacy "
             "serious case review, Child C, which was published, and began its first local child "
             "safeguarding practice review, Child F."),
        Table(["Case", "Type of review", "Position at 31 March 2019"], [
            ["Child C", "Serious case review (legacy)", "Published November 2018"],
            ["Baby S", "Rapid review", "Completed; the National Panel agreed no LCSPR was needed"],
            ["Child F", "Rapid review leading to an LCSPR", "LCSPR commissioned March 2019"],
        ], caption="Reviews in 2018-19"),
        Heading("Child C (serious case review)", 2),
        Para("Child C was a three-year-old girl who suffered a serious head injury at home in 2017. Both of "
             "her parents have a learning disability, and the family had support from several agencies. "
             "The review found that professionals were reassured by the parents' cooperation and did not "
             "test whether the care of the children was actually improving. Information held by the "
             "hospital, the GP and the police was not brought together."),
        Para("The review made seven recommendations. The table shows each recommendation, the agency "
             "leading the response and the latest update, as reported to the Learning and Improvement "
             "Sub-group in April 2019."),
        Para(RAG_KEY, bold=True),
        Table(["Recommendation", "Agency", "Update", "RAG"],
              [[rec, cell, update, rag] for rec, cell, _b, update, _a, rag in CHILD_C],
              caption="Child C action plan: progress at April 2019"),
        Para(MONITORING + ". Agencies with an action rated Red for two quarters in a row are asked to "
             "explain the delay to the Executive Group."),
        Heading("Child F (local child safeguarding practice review)", 2),
        Para("Child F is a 14-year-old boy who was seriously injured in a fall from a car park in January "
             "2019. A rapid review was held within 15 working days and recommended that the case be the "
             "subject of a local child safeguarding practice review, because there were questions about how "
             "agencies had responded to concerns about his exploitation. The National Panel agreed. The "
             "LCSPR was commissioned in March 2019 and is expected to report in the autumn."),
        Heading("Baby S (rapid review)", 2),
        Para("Baby S was admitted to hospital at four months with a fractured femur. The rapid review found "
             "that agencies had responded well once the injury was found, and the National Panel agreed that "
             "a full review would not add further learning. The rapid review nevertheless identified three "
             "points for action:"),
        Table(["Action", "Lead", "Timescale", "RAG"], [
            ["Remind GPs that bruising in a non-mobile baby must be referred", "Designated Doctor",
             "January 2019", "Green"],
            ["Include fathers in the health visitor's antenatal contact", "Health Visiting Service",
             "April 2019", "Amber"],
            ["Audit the use of the bruising protocol in minor injury units", "Fenbridge Community Health",
             "July 2019", "Red"],
        ], caption="Baby S rapid review: actions"),
    ]
    return b


def _business_plan() -> list:
    return [
        Heading("Our priorities in 2018-19", 1),
        Para("The Board's business plan for 2018-19 had three priorities. The RAG ratings use the same key as "
             "the rest of this report."),
        Table(["Priority", "Action", "Lead", "RAG"], [
            ["Neglect", "Relaunch the neglect strategy and screening tool", "Neglect Group", "Green"],
            ["Neglect", "Audit the quality of child in need plans for neglect", "QA Sub-group", "Amber"],
            ["Exploitation", "Agree a single risk assessment for sexual and criminal exploitation",
             "Exploitation Sub-group", "Green"],
            ["Exploitation", "Map the places where young people are at risk", "Fenbridge Police", "Amber"],
            ["Transition", "Agree and publish the new safeguarding arrangements", "Safeguarding partners",
             "Green"],
            ["Transition", "Consult young people on the priorities of the new Partnership", "Business Unit",
             "Red"],
        ], caption="Business plan 2018-19"),
        Para("Priorities for 2019-20 will be set by the new Partnership. The safeguarding partners have "
             "said that the new arrangements should keep the focus on neglect, should do more to hear from "
             "children and families, and should make sure that schools have a stronger voice."),
    ]


def build() -> ReportSpec:
    c = filler.Ctx(area=AREA, board=BOARD, short="FSCP", period=YEAR, seed=SEED, partnership=True,
                   police="Fenbridge Police", ccg="Fenbridge CCG",
                   acute_trust="Fenbridge Hospitals NHS Foundation Trust",
                   community_trust="Fenbridge Community Health NHS Trust")
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += _transition() + filler.introduction(c) + filler.governance(c)
    blocks += filler.area_profile(c) + filler.membership(c) + filler.budget(c) + [PageBreak()]
    blocks += filler.performance(c) + filler.subgroups(c) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += filler.training(c) + filler.cdop(c) + filler.lado(c) + filler.private_fostering(c)
    blocks += filler.cse_missing(c) + filler.early_help(c) + filler.voice_of_child(c)
    blocks += _business_plan() + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Fenbridge Safeguarding Children Partnership Annual Report 2018-19",
        running_header="Fenbridge Safeguarding Children Partnership - Annual Report 2018-19",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        published="Published August 2019",
    )
