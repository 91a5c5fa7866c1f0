"""Greyhaven Safeguarding Children Partnership, annual report 2020-21. HELD ASIDE.

Shape under test: the Child Felix LCSPR's six recommendations are numbered body paragraphs
("7.1" ... "7.6"), each followed by a paragraph opening "Partners' response:" and closing with
"Partnership assessment: achieved / under way / not yet begun". One rapid review (Baby Isla) led
to an LCSPR now under way; two rapid reviews (RR 2020/04, RR 2021/01) did not and carry learning
actions phrased like recommendations (distractors). The legacy Family C SCR contributes only its
two still-open actions (a small table). The Independent Scrutineer's recommendations ("IS1" ...)
use the same paragraph-plus-response layout as the LCSPR (distractor). Extra format: html.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, partnership_wording
import filler

NAME = "greyhaven-2020-21"
AREA = "Greyhaven"
BOARD = "Greyhaven Safeguarding Children Partnership"
YEAR = "2020-21"
SEED = 2021

CSC = ("Greyhaven Children's Social Care", "childrens_social_care")

# --- Child Felix LCSPR: (number, recommendation, response or None, assessment, bodies) ------
FELIX = [
    ("7.1",
     "Greyhaven Children's Social Care and the health visiting service should make sure that every "
     "assessment of a family with a baby identifies all the adults in the household, including partners "
     "who do not live there full time, and records what is known about them.",
     "Children's Social Care changed its single assessment form in November 2020 so that it cannot be "
     "completed without the household section. The health visiting service has added a 'who lives here?' "
     "prompt to every contact. A dip sample of 40 assessments in January 2021 found the section completed "
     "in 35.",
     "achieved",
     [CSC, ("the health visiting service", "health")]),
    ("7.2",
     "Greyhaven Police should ensure that when officers attend an incident at a home where a child under "
     "two lives, the child is seen and the officer records what they observed of the child.",
     "A 'see the child' question was added to the police domestic abuse risk form in October 2020, and "
     "the Public Protection Unit has briefed all response officers through the force's online learning "
     "system.",
     "achieved",
     [("Greyhaven Police", "police"), ("the Public Protection Unit", "police")]),
    ("7.3",
     "The Partnership should seek assurance that when a face-to-face visit is replaced by a virtual "
     "contact, practitioners consider whether the child can be seen safely and agree with their manager "
     "how risk will be checked.",
     "A joint protocol on virtual contact, first agreed in June 2020, was revised in March 2021 to take "
     "account of the review's findings. The Learning from Practice Group will test its use through a "
     "multi-agency audit in the summer.",
     "under way",
     [("the Partnership", "lscb"), ("the Learning from Practice Group", "lscb")]),
    ("7.4",
     "All partner agencies should make sure that staff know how to obtain a family's history from another "
     "local authority area when the family moves to Greyhaven, and that they make those enquiries.",
     "Each agency has reminded its staff. The Front Door now sends a standard request for records to the "
     "previous authority for every family with a child under one that moves into the area.",
     "under way",
     [("all partner agencies", "lscb"), ("the Front Door", "childrens_social_care")]),
    ("7.5",
     "Greyhaven CCG should work with GP practices so that registering a new baby or a family moving into "
     "the area triggers a request for safeguarding information held by the previous practice.",
     None,
     "not yet begun",
     [("Greyhaven CCG", "health")]),
    ("7.6",
     "Greyhaven Council's Housing Solutions service should tell Children's Social Care when a family with a "
     "child under five is placed in temporary accommodation in Greyhaven by another council.",
     "Housing Solutions now sends a weekly list of out-of-area placements to the Front Door. The first "
     "lists were received in March 2021.",
     "achieved",
     [("Housing Solutions", "housing")]),
]
F75_RESPONSE = ("Work on this recommendation has not yet begun; it depends on a change to the national GP "
                "registration process, and the CCG will report back to the Executive in September 2021.")
ASSESS = {"achieved": "completed", "under way": "in_progress", "not yet begun": "not_started"}

# --- Family C (SCR published 2019): the two actions still open --------------------------------
# (open action, held-by cell, bodies, revised date cell, due, stands cell, action or None, status)
FAMILY_C = [
    ("Agree a joint protocol between adult mental health services and Children's Social Care for "
     "assessing parenting capacity where a parent has a severe mental illness.",
     "Greyhaven and Wold Mental Health NHS Trust with Children's Social Care",
     [("Greyhaven and Wold Mental Health NHS Trust", "health"), ("Children's Social Care", "childrens_social_care")],
     "June 2021", "2021-06",
     "In progress.",
     "A draft protocol went out for consultation in February 2021; sign-off was delayed by the pandemic.",
     "in_progress"),
    ("Test, through a multi-agency audit, whether fathers and male carers are now involved in child "
     "protection plans.",
     "Learning from Practice Group",
     [("Learning from Practice Group", "lscb")],
     "October 2021", "2021-10",
     "Not started. The audit was postponed when audit work was suspended during the first lockdown.",
     None,
     "not_started"),
]

MONITORING = (
    "Every LCSPR and SCR action sits on a single learning tracker held by the Learning from Practice "
    "Group. Lead officers report against the tracker at each meeting of the group, and the Executive "
    "receives a quarterly highlight report that shows any action which has slipped"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Felix", "published")
    g.scr("Baby Isla", "ongoing")
    g.scr("Family C", "published")
    for num, text, resp, assess, bodies in FELIX:
        g.rec("Child Felix", num, text, resp, bodies, ASSESS[assess])
    for text, _cell, bodies, _rev, due, _stands, action, status in FAMILY_C:
        g.rec("Family C", None, text, action, bodies, status, due)
    return g.dump(MONITORING)


# --- section 7: learning from serious incidents ---------------------------------------------

def _reviews() -> list:
    b = [
        Heading("7. Learning from serious incidents", 1),
        Para("Since September 2019 the safeguarding partners, not a board, have been responsible for "
             "deciding whether a local child safeguarding practice review (LCSPR) is needed. When a serious "
             "incident is notified to the national Child Safeguarding Practice Review Panel, the partners "
             "hold a rapid review within 15 working days and send their conclusions to the national Panel."),
        Para("Four serious incidents were notified in 2020/21. Three rapid reviews were completed in the "
             "year and the fourth was held in April 2021. The table gives the outcome of each review held "
             "in the year."),
        Table(["Notification", "Rapid review held", "Decision", "Did the national Panel agree?"], [
            ["RR 2020/04 - young person, 15, stab wound", "July 2020", "No LCSPR: learning taken forward "
             "by single agencies", "Yes"],
            ["Baby Isla - infant, 9 weeks, fractures", "November 2020", "LCSPR commissioned", "Yes"],
            ["RR 2021/01 - child, 3, ingestion of methadone", "February 2021", "No LCSPR: thematic "
             "learning event instead", "Yes"],
        ], caption="Rapid reviews 2020/21"),
        Heading("Child Felix (LCSPR published February 2021)", 2),
        Para("Felix was eleven months old when he was admitted to hospital in April 2020 with fractures to "
             "his ribs and arm. His mother's partner has since been convicted of causing him grievous bodily "
             "harm. Felix now lives with his maternal grandparents. The family had moved to Greyhaven from "
             "a neighbouring county six weeks before the first national lockdown, and most contact with "
             "professionals after that took place by telephone or video call."),
        Para("The review was commissioned in June 2020 and carried out by an independent reviewer, who "
             "spoke to 19 practitioners and to Felix's grandmother. It found that no professional knew that "
             "the mother's partner was staying at the home for most of each week, that the records held by "
             "the family's previous GP and health visitor did not follow them, and that virtual contact "
             "gave a reassuring picture that nobody tested."),
        Para("The reviewer made six recommendations, set out below as paragraphs 7.1 to 7.6. Under each one "
             "we report what partners have done since the review was published and how the Partnership "
             "judges the position."),
    ]
    for num, text, resp, assess, _bodies in FELIX:
        b.append(Para(f"{num} {text}", bold=True))
        said = resp if resp is not None else F75_RESPONSE
        b.append(Para(f"Partners' response: {said} Partnership assessment: {assess}."))
    b += [
        Heading("7.7 Baby Isla", 2),
        Para("Baby Isla was nine weeks old when she was found to have fractures of different ages. The "
             "rapid review in November 2020 concluded that the case raised issues about the support given "
             "to young parents leaving care and about the way bruising in non-mobile babies is responded "
             "to, which merited a full review. The national Panel agreed. An LCSPR was commissioned in "
             "January 2021 and is under way; the reviewer expects to report in the autumn of 2021."),
        Heading("7.8 The two rapid reviews that did not lead to an LCSPR", 2),
        Para("RR 2020/04 concerned a 15-year-old who was stabbed in a park in the town centre. He was known "
             "to the Youth Offending Service and had been excluded from school. The rapid review found that "
             "agencies had worked together well once he was known to be at risk, and that the learning "
             "was mainly for single agencies. The partners agreed that:"),
        Bullets([
            "the Youth Offending Service should share its risk assessments with the school's designated "
            "safeguarding lead when a young person returns to education;",
            "the local authority's exclusions team should alert the Front Door whenever a child known to be "
            "at risk of exploitation is permanently excluded;",
            "the Community Safety Partnership should be asked to include the park in its summer patrol plan.",
        ]),
        Para("RR 2021/01 concerned a three-year-old who swallowed methadone that had been left within reach "
             "at home. The child made a full recovery. The review recommended a thematic learning event on "
             "safe storage of medication rather than an LCSPR, and this was held in March 2021 with 84 "
             "practitioners. The drug and alcohol service has since reissued its safe storage leaflet and "
             "now asks to see the lockable box at every home visit."),
        Heading("7.9 Serious case reviews from earlier years", 2),
        Para("The Family C serious case review was published by the former Greyhaven Safeguarding Children "
             "Board in June 2019. Nine of its eleven actions had been signed off by March 2020. The two that "
             "remain open are shown below."),
        Table(["Action still open", "Held by", "Revised date", "Where it stands"],
              [[text, cell, rev, stands if action is None else f"{stands} {action}"]
               for text, cell, _b, rev, _due, stands, action, _st in FAMILY_C],
              caption="Family C: outstanding actions"),
        Heading("7.10 Making sure the learning sticks", 2),
        Para(MONITORING + ". An action is closed only when the lead officer can show evidence of change, "
             "for example an audit result or a revised procedure in use."),
        Para("Learning from reviews is shared through seven-minute briefings, a podcast series that began in "
             "January 2021 and the Partnership's practitioner forum, which moved online during the year and "
             "now attracts around 150 people to each session."),
    ]
    return b


def _scrutiny() -> list:
    return [
        Heading("8. Independent scrutiny", 1),
        Para("Our Independent Scrutineer, Dr Helena Varga, reports to the three safeguarding partners. Her "
             "second annual assessment, presented to the Executive in February 2021, found that the "
             "arrangements had held up well during the pandemic but that schools and the voluntary sector "
             "were not yet fully part of them. She made five recommendations, which the partners have "
             "accepted:"),
        Para("IS1 The safeguarding partners should give schools a formal place in the arrangements, for "
             "example through a schools safeguarding forum with a seat on the Executive.", bold=True),
        Para("Partners' response: a schools forum met for the first time in March 2021 and its chair will join "
             "the Executive from May 2021."),
        Para("IS2 The Partnership should publish a shorter, more accessible version of this annual report for "
             "families and young people.", bold=True),
        Para("Partners' response: the Youth Council has agreed to help write it."),
        Para("IS3 The Executive should set out how it will measure the impact of its priorities, not only "
             "the activity carried out.", bold=True),
        Para("IS4 Voluntary and community sector organisations should be consulted on the next review of "
             "the arrangements.", bold=True),
        Para("IS5 The partners should agree a fair formula for their financial contributions for 2022/23 "
             "onwards.", bold=True),
        Para("Partners' response to IS3 to IS5: these will be addressed in the business plan for 2021-23, "
             "which is being drafted."),
    ]


def _covid() -> list:
    return [
        Heading("3. Safeguarding during the pandemic", 1),
        Para("The year covered by this report began a week after the first national lockdown. Within days "
             "the partners had set up a weekly Covid safeguarding cell, chaired in turn by each of the "
             "three partners, which met 41 times during the year. It tracked referrals, the number of "
             "vulnerable children attending school, staff absence and the number of children on plans who "
             "had been seen face to face."),
        Table(["Quarter", "Referrals to the Front Door", "Vulnerable children in school (average)",
               "Children on CP plans seen in person within 10 days"], [
            ["Apr-Jun 2020", "1,184", "11%", "78%"],
            ["Jul-Sep 2020", "1,602", "n/a (summer)", "88%"],
            ["Oct-Dec 2020", "1,733", "64%", "91%"],
            ["Jan-Mar 2021", "1,515", "38%", "86%"],
        ], caption="The Covid safeguarding cell's core measures"),
        Para("Referrals fell sharply in the spring of 2020, when schools were closed to most pupils, and rose "
             "again in the autumn. Children's Social Care and the health visiting service continued to visit "
             "the most vulnerable families in person throughout, using protective equipment, and all child "
             "protection conferences moved online within two weeks."),
        Para("Practitioners told us in a survey in September 2020 that virtual meetings had improved "
             "attendance by GPs and schools, but that they found it harder to pick up on what was not said. "
             "Both points are reflected in the learning later in this report."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="GSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Greyhaven Council", police="Greyhaven Police", ccg="Greyhaven CCG",
                 acute_trust="Greyhaven Hospitals NHS Foundation Trust",
                 community_trust="Greyhaven and Wold Community NHS Trust", chair="Helena Varga", level=2)


def build() -> ReportSpec:
    c = CTX
    b: list = []
    b += [Heading("1. A message from the safeguarding partners", 1),
          Para("This report is published jointly by the three safeguarding partners for Greyhaven: the Chief "
               "Executive of Greyhaven Council, the Chief Constable of Greyhaven Police and the Accountable "
               "Officer of Greyhaven CCG. It covers 1 April 2020 to 31 March 2021, a year dominated by "
               "Covid-19."),
          Para("We want to thank every practitioner who kept going into homes, schools and clinics when it "
               "would have been easier not to. The report is honest about what did not go well, including "
               "the death and serious injury of children whose cases we have reviewed, and about the work "
               "that is still outstanding.")]
    b += [Heading("2. How we work", 1)]
    b += partnership_wording(filler.introduction(c) + filler.governance(c) + filler.membership(c))
    b += [PageBreak()]
    b += _covid()
    b += [Heading("4. Greyhaven in numbers", 1)]
    b += partnership_wording(filler.area_profile(c) + filler.budget(c)) + [PageBreak()]
    b += [Heading("5. What our groups did", 1)]
    b += partnership_wording(filler.subgroups(c) + filler.performance(c) + filler.early_help(c))
    b += [Heading("6. Specific areas of safeguarding", 1)]
    b += partnership_wording(filler.cse_missing(c) + filler.lado(c) + filler.private_fostering(c)
                             + filler.cdop(c)) + [PageBreak()]
    b += _reviews() + [PageBreak()]
    b += _scrutiny()
    b += [Heading("9. Training and the voice of children", 1)]
    b += partnership_wording(filler.training(c) + filler.voice_of_child(c)) + [PageBreak()]
    b += [Heading("Annex: Abbreviations", 1)] + partnership_wording(filler.glossary(c))
    return ReportSpec(
        name=NAME,
        title="Greyhaven Safeguarding Children Partnership - Yearly Report April 2020 to March 2021",
        running_header="Greyhaven Safeguarding Children Partnership | Yearly Report 2020-21",
        blocks=b,
        gold=_gold(),
        extra_formats=("html",),
        published="Published September 2021",
    )
