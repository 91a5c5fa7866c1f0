"""Tanbridge Safeguarding Children Partnership, annual report 2019-20 (invented area).

Shape under test: BODIES NAMED ONLY INSIDE THE RECOMMENDATION TEXT, and a four-colour RAG key.
A transition year: two legacy serious case reviews of the former LSCB (Child J, published July
2019; Siblings E, published October 2018, open recommendations only) and one LCSPR (Child V,
published March 2020). Each review has ONE table "Recommendation | Response and progress | RAG"
with no lead column; the responsible bodies appear in the recommendation in varied forms:
"Health providers to ensure ...", "That the local authority reviews ...", the imperative "Ensure
that school nurses and early years settings ...", "The Partnership will seek assurance that ...",
"Named GPs for safeguarding should ...". One recommendation is passive and names no body
("A multi-agency audit ... should be completed ..."): bodies []. Child J's cells carry a number
label "1." ... (gold number "1" ..., text without the label); the other tables are unnumbered.
Response cells mix real past-tense actions with plans ("Compliance will be audited in 2020-21.");
a cell holding a real action is the gold action whole. Two cells report nothing done ("Deferred:
... will be built into ...", "Awaiting update from ..."): action null. Status from the report's
own key, printed as a paragraph: Blue = completed, Green = on track (in_progress), Amber =
delayed (in_progress), Red = not started. Monitoring is described only in the Learning and
Improvement Sub-group section, in words unlike other reports ("tracks every review action to
closure on a shared log, challenging leads whose actions are overdue"). 14 entries, 12 with an
action, 13 with a body: verdict meets. Distractors: Ofsted's ILACS recommendations, a domestic
homicide review, rapid reviews that did not lead to an LCSPR (learning with "should"), the
Independent Scrutineer's recommendations and the 2020-21 priorities. Extra rendering: html.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "tanbridge-2019-20"
AREA = "Tanbridge"
BOARD = "Tanbridge Safeguarding Children Partnership"
YEAR = "2019-20"
SEED = 30517

# The report's RAG key, as printed -> taxonomy code
RAG = {"Blue": "completed", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}
RAG_KEY = ("RAG key: Blue = action completed; Green = on track; Amber = delayed; "
           "Red = not started.")

PARTNERSHIP = body("The Partnership", "lscb")
POLICE = body("Tanbridge Police", "police")

# Each row: (recommendation, response cell, action (None when nothing has been done), bodies, RAG)
J_DEFERRED = ("Deferred: the 0-19 service is being recommissioned and this will be built into the new "
              "service specification from April 2020.")
J_AWAITING = "Awaiting update from Tanbridge Police; the lead officer changed in December 2019."

CHILD_J = [
    ("Health providers to ensure that a child who is not brought to two consecutive health appointments is "
     "followed up with the family and, where the child is known to children's social care, with the "
     "allocated social worker.",
     "A single 'Was Not Brought' policy for children was adopted in September 2019 and added to induction "
     "for outpatient reception staff. Compliance will be audited in 2020-21.",
     True, [body("Health providers", "health")], "Green"),
    ("That the local authority reviews how it assesses parents' capacity to change where neglect has "
     "persisted for more than twelve months, and introduces a tool to support this.",
     "The Graded Care Profile 2 was adopted for all neglect assessments from November 2019 and 112 social "
     "workers have been trained to use it.",
     True, [body("the local authority", "childrens_social_care")], "Blue"),
    ("Ensure that school nurses and early years settings share concerns about a child's weight and "
     "presentation with the health visitor and GP before the child starts school.",
     J_DEFERRED, False,
     [body("school nurses", "health"), body("early years settings", "education")], "Amber"),
    ("The Partnership will seek assurance that the learning from this review has been built into "
     "single-agency safeguarding training.",
     "A seven-minute briefing on Child J was published in August 2019 and presented at 14 team meetings. "
     "Nine of eleven agencies have confirmed that their training has been updated; the remaining two have "
     "been asked to confirm by June.",
     True, [PARTNERSHIP], "Green"),
    ("Named GPs for safeguarding should support practices to record every member of a child's household on "
     "the child's record and to flag any child subject to a child protection plan.",
     "A template and practice guidance were issued to all 31 practices in January 2020. An audit of ten "
     "practices in March found the flag in use in eight.",
     True, [body("Named GPs for safeguarding", "health")], "Blue"),
    ("Tanbridge Police to make sure that officers attending a home where children are living in poor "
     "conditions submit a child concern notification, whatever the reason for the visit.",
     J_AWAITING, False, [POLICE], "Red"),
]

SIBLINGS_E = [
    ("Housing providers to ensure that frontline staff recognise and report signs of domestic abuse when "
     "visiting tenants with children.",
     "Domestic abuse awareness training was delivered to 86 housing officers from three providers between "
     "May and September 2019, and a reporting route to the MASH has been added to the tenancy visit "
     "checklist.",
     True, [body("Housing providers", "housing")], "Blue"),
    ("A multi-agency audit of cases where domestic abuse is the main presenting concern should be completed "
     "within twelve months, to test whether the children's experiences are recorded and acted upon.",
     "The audit of 18 cases was completed in November 2019. It found that children's experiences were "
     "recorded in most cases but rarely shaped the plan; the findings were presented to the Partnership in "
     "January 2020.",
     True, [], "Blue"),
    ("Ensure that the MARAC shares its risk information with the child's school whenever a child lives in a "
     "household discussed at MARAC.",
     "A secure email route from the MARAC coordinator to designated safeguarding leads was set up in "
     "October 2019, and 212 notifications have been sent. A check on how schools use the information is "
     "planned for the summer term.",
     True, [body("the MARAC", "adult_services")], "Green"),
    ("Adult mental health services to ask every adult patient at assessment whether they are a parent or "
     "carer, and to consider the needs of the children.",
     "A 'Think Family' question was added to the initial assessment form in June 2019. The audit of its use "
     "planned for March 2020 was postponed because of the COVID-19 outbreak.",
     True, [body("Adult mental health services", "health")], "Amber"),
]

CHILD_V = [
    ("Tanbridge Borough Council Children's Services and the Youth Offending Service to agree a single risk "
     "assessment for young people at risk of criminal exploitation.",
     "A draft contextual safeguarding risk assessment has been written jointly and is being tested by the "
     "adolescent support team until the end of June 2020.",
     True, [body("Tanbridge Borough Council Children's Services", "childrens_social_care"),
            body("the Youth Offending Service", "probation_youth_justice")], "Green"),
    ("Schools should tell the local authority whenever a pupil is moved onto a part-time timetable or into "
     "alternative provision.",
     "Designated safeguarding leads were reminded of this at their network briefing in March 2020. It will "
     "also be written into the model safeguarding policy for 2020-21.",
     True, [body("Schools", "education")], "Green"),
    ("Tanbridge Police should make sure that a young person found carrying a knife is referred to the MASH on "
     "the same day.",
     "A referral prompt was added to the custody record in February 2020 and all custody sergeants have been "
     "briefed.",
     True, [POLICE], "Green"),
    ("All partner agencies to make sure that practitioners working with adolescents can attend training on "
     "criminal exploitation and county lines.",
     "Three half-day workshops on exploitation were delivered to 140 practitioners in January and February "
     "2020. A further programme will run in 2020-21.",
     True, [ALL_AGENCIES], "Green"),
]

MONITORING = ("The Learning and Improvement Sub-group tracks every review action to closure on a shared "
              "log, challenging leads whose actions are overdue and asking for evidence of impact before "
              "an action is marked Blue.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child J", "published")
    g.scr("Siblings E", "published")
    g.scr("Child V", "published")
    for i, (text, cell, acted, bodies, rag) in enumerate(CHILD_J, 1):
        g.rec("Child J", str(i), text, cell if acted else None, bodies, RAG[rag])
    for case, rows in (("Siblings E", SIBLINGS_E), ("Child V", CHILD_V)):
        for text, cell, acted, bodies, rag in rows:
            g.rec(case, None, text, cell if acted else None, bodies, RAG[rag])
    return g.dump(MONITORING)


def _table(rows: list, caption: str, numbered: bool) -> Table:
    return Table(["Recommendation", "Response and progress", "RAG"],
                 [[f"{i}. {text}" if numbered else text, cell, rag]
                  for i, (text, cell, _a, _b, rag) in enumerate(rows, 1)],
                 caption=caption)


def _opening() -> list:
    return [
        Heading("Welcome from the safeguarding partners", 1),
        Para("This is the first annual report of the Tanbridge Safeguarding Children Partnership. The "
             "Partnership replaced the Tanbridge Local Safeguarding Children Board on 1 September 2019, so "
             "the year covered here straddles two sets of arrangements: five months of the Board and seven "
             "of the Partnership. We have tried to tell one story rather than two."),
        Para("The three safeguarding partners are Tanbridge Borough Council, NHS Tanbridge CCG and Tanbridge "
             "Police. Schools, the Youth Offending Service, probation, housing and the voluntary sector are "
             "relevant agencies under our published arrangements and sit on our groups. An Independent "
             "Scrutineer, appointed in October 2019, reports to us twice a year."),
        Para("We inherited from the Board two serious case reviews whose recommendations were still open, and "
             "in March 2020 we published our own first local child safeguarding practice review. We say "
             "plainly below what has been done on each recommendation and what has not."),
        Para("The last fortnight of the year was dominated by the COVID-19 outbreak. Some of the work reported "
             "here has been delayed as a result; we have said so where that is the case."),
    ]


def _reviews() -> list:
    return [
        Heading("Learning from serious cases", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, we must tell "
             "the national Child Safeguarding Practice Review Panel within five working days and complete a "
             "rapid review within fifteen. Before September 2019 the same cases were considered by the Board's "
             "Serious Case Review Panel against the criteria in Working Together 2015."),
        Para("This section reports on three reviews: two serious case reviews commissioned by the former LSCB "
             "and the first local child safeguarding practice review (LCSPR) completed by the Partnership. For "
             "each, the table shows every recommendation that was open at 1 April 2019, what has happened "
             "since, and its rating at 31 March 2020."),
        Para(RAG_KEY),
        Heading("Child J (serious case review, published July 2019)", 2),
        Para("Child J was three years old when she was admitted to hospital weighing less than she had at her "
             "first birthday. She had lived with her mother and two older brothers in four different homes in "
             "eighteen months. Agencies knew about poor home conditions and missed health appointments but did "
             "not piece together how much harm the neglect was causing. The review was commissioned by the LSCB "
             "in 2018 and published in July 2019. Child J now lives with her grandparents and is thriving."),
        _table(CHILD_J, "Child J - recommendations and progress", numbered=True),
        Heading("Siblings E (serious case review, published October 2018)", 2),
        Para("The review concerned two brothers, aged 6 and 9, who lived with domestic abuse for several years "
             "before their mother was seriously assaulted in front of them. It made nine recommendations. Five "
             "were completed and reported in the Board's 2018-19 annual report; the four that remained open "
             "at the start of this year are shown below."),
        _table(SIBLINGS_E, "Siblings E - open recommendations and progress", numbered=False),
        Heading("Child V (local child safeguarding practice review, published March 2020)", 2),
        Para("Child V was 15 when he was stabbed outside a takeaway in Tanbridge town centre. He survived. In the "
             "year before the attack he had been excluded from school, placed on a part-time timetable and "
             "arrested twice in other counties in possession of drugs. The rapid review was held in July 2019 "
             "and we decided, with the agreement of the national Panel, that a full LCSPR would add to our "
             "understanding of criminal exploitation. The review was published on 12 March 2020, so most "
             "responses below are at an early stage."),
        _table(CHILD_V, "Child V - recommendations and progress", numbered=False),
        Para("Taken together, four of the fourteen recommendations reported here are rated Blue, nine are "
             "Green or Amber and one is Red. The Red recommendation has been escalated "
             "to the Chief Superintendent who represents Tanbridge Police on the Executive."),
        Heading("Rapid reviews that did not lead to an LCSPR", 2),
        Para("We held four other rapid reviews in the year. In each case the partners concluded, and the national "
             "Panel agreed, that a local review was not needed because the learning was already known or could "
             "be taken forward directly. The learning is still acted on, but these are not LCSPRs:"),
        Table(["Rapid review", "Decision", "Learning for partners"], [
            ["Baby R (October 2019)", "No LCSPR: learning known from Child J",
             "Health visitors should check where a baby sleeps at every home visit in the first six months."],
            ["Child S (November 2019)", "No LCSPR: single-agency issue",
             "The ambulance service should share safeguarding referrals with the GP as well as the MASH."],
            ["Young Person D (January 2020)", "No LCSPR: good practice found",
             "Partners should share the example of persistent outreach through a learning bulletin."],
            ["Baby N (February 2020)", "No LCSPR: accidental injury",
             "No recommendations."],
        ], caption="Rapid reviews 2019-20"),
    ]


def _learning_group() -> list:
    return [
        Heading("Learning and Improvement Sub-group", 1),
        Para("The Learning and Improvement Sub-group brings together the former Board's Serious Case Review "
             "Panel and Quality Assurance Sub-group. It is chaired by the Designated Nurse and meets every "
             "six weeks, with extra meetings when a rapid review is needed."),
        Para(MONITORING + " Leads attend in person when an action has slipped by more than one quarter, and "
             "the chair reports any item still stuck after that to the Executive."),
        Para("The Sub-group also ran two multi-agency audits this year, on neglect in families with pre-school "
             "children and on the use of strategy discussions out of hours. The second found that health "
             "professionals were invited to only a third of out-of-hours strategy discussions, and the "
             "Emergency Duty Team has changed its procedure as a result."),
    ]


def _distractors() -> list:
    return [
        Heading("Inspection of local authority children's services", 1),
        Para("Ofsted inspected Tanbridge Borough Council's children's services under the ILACS framework in "
             "November 2019. Overall effectiveness was judged to be good, with the experiences and progress of "
             "children in care rated outstanding. Inspectors recommended that the local authority should "
             "improve:"),
        Bullets([
            "the consistency of management oversight in the assessment teams;",
            "the quality of written plans for children in need, so that they are specific and time-bound;",
            "the timeliness of return home interviews for children who go missing.",
        ]),
        Para("The Council's response is overseen by its Improvement Board, and the Partnership received a copy "
             "of the plan in February 2020."),
        Heading("Domestic homicide review: Ms L", 1),
        Para("The Safer Tanbridge Partnership published a domestic homicide review in January 2020 following the "
             "death of Ms L, a mother of three. The review recommended that GP practices should offer a routine "
             "enquiry about domestic abuse at antenatal and postnatal checks, and that the MARAC should hold an "
             "extra meeting when a repeat victim has children under five. Its action plan belongs to the Safer "
             "Tanbridge Partnership; we have asked to receive its final report."),
        Heading("Independent Scrutineer's findings", 1),
        Para("The Independent Scrutineer reviewed the new arrangements in February 2020, including through "
             "conversations with 40 front-line practitioners. Her report recommended that the partners should "
             "publish a short summary of each group's work for practitioners, that schools should have a seat "
             "on the Executive, and that the Partnership should hear directly from young people at least twice "
             "a year. The partners accepted all three recommendations in March 2020."),
    ]


def _priorities() -> list:
    return [
        Heading("Looking ahead: priorities for 2020-21", 1),
        Para("The partners agreed three priorities for 2020-21 before the outbreak began. They remain our "
             "priorities, but the way we deliver them will change:"),
        Table(["Priority", "What we want to see by March 2021"], [
            ["Neglect", "Every practitioner working with families should know and use the Graded Care Profile 2."],
            ["Exploitation", "Young people at risk of exploitation should have one plan, one lead professional "
                             "and one risk assessment."],
            ["Safeguarding during COVID-19", "Vulnerable children should be seen face to face, and partners "
                                             "should report attendance of vulnerable children weekly."],
        ], caption="Partnership priorities 2020-21"),
        Para("We recommend that every agency reads this report alongside its own annual safeguarding report and "
             "asks what it tells them about their contribution."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="TSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Tanbridge Borough Council", police="Tanbridge Police", ccg="NHS Tanbridge CCG",
                 chair="Rosalind Achebe")


def build() -> ReportSpec:
    c = CTX
    f = lambda *parts: partnership_wording([blk for p in parts for blk in p])  # noqa: E731
    blocks: list = []
    blocks += _opening() + [PageBreak()]
    blocks += f(filler.introduction(c), filler.governance(c), filler.membership(c)) + [PageBreak()]
    blocks += f(filler.area_profile(c), filler.budget(c)) + [PageBreak()]
    blocks += _reviews() + [PageBreak()]
    blocks += _learning_group() + f(filler.subgroups(c), filler.training(c), filler.performance(c))
    blocks += [PageBreak()] + _distractors()
    blocks += f(filler.early_help(c), filler.cse_missing(c), filler.cdop(c), filler.lado(c))
    blocks += f(filler.private_fostering(c), filler.voice_of_child(c))
    blocks += _priorities() + [PageBreak()] + f(filler.glossary(c))
    return ReportSpec(
        name=NAME,
        title="Tanbridge Safeguarding Children Partnership: Annual Report 2019-20",
        running_header="Tanbridge Safeguarding Children Partnership | Annual Report 2019-20",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        board=BOARD,
        published="Published October 2020",
    )
