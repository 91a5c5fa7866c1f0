"""Selwater Safeguarding Children Partnership, yearly report 2020-21. HELD ASIDE.

Written to feel like a different author: the report is organised in "Parts" with the generic
sections one heading level down, speaks in the first person plural, and runs its narrative
pages in two columns (Columns(2)) - including the story of the Children V and W review - while
the tables run full width. Shape under test: the LCSPR "Children V and W" (published) with a
table "Recommendation | Partner(s) | Actions to date | RAG" in which the number sits inside the
recommendation cell ("1. ...") and the RAG column holds words (Complete / On track / Not
started); one recommendation is for all agencies. A legacy SCR (Child N) is reported only
through actions completed in the year (text null). Distractors: a non-statutory learning
review ("Baby R") with recommendations, rapid reviews, Covid recovery priorities and the
independent scrutineer's "we should" challenges.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Columns, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "selwater-2020-21"
AREA = "Selwater"
BOARD = "Selwater Safeguarding Children Partnership"
YEAR = "2020-21"
SEED = 2021

RAG = {"Complete": "completed", "On track": "in_progress", "Not started": "not_started"}

SRP = body("Selwater Recovery Partnership", "adult_services")
CSC = body("Children's Social Care", "childrens_social_care")
HOUSING = body("Selwater District Council Housing Solutions", "housing")
HCT = body("Selwater Health and Care NHS Trust", "health")
LDG = body("SSCP Learning and Development Group", "lscb")
EYQT = body("Early Years Quality Team", "education")

# (number, recommendation, partner cell, bodies, actions to date (None -> "-"), RAG word)
VW = [
    ("1",
     "All agencies should make sure that, when a parent is known to misuse drugs or alcohol, practitioners "
     "ask who looks after the children while the parent is using and record the answer in the child's record.",
     "All agencies", [ALL_AGENCIES],
     "A 'who cares for the children?' question has been added to the adult treatment assessment, the "
     "health visiting contact template and the early help assessment. A seven-minute briefing went to "
     "partner agencies in December 2020 and was discussed in 31 team meetings.",
     "On track"),
    ("2",
     "Selwater Recovery Partnership should tell Children's Social Care whenever a parent in treatment who "
     "has children in their care relapses or stops engaging with the service.",
     "Selwater Recovery Partnership; Children's Social Care", [SRP, CSC],
     "An information-sharing agreement was signed in January 2021. Forty-six notifications were received "
     "by the MASH between January and March, and each was screened within one working day.",
     "Complete"),
    ("3",
     "Selwater District Council Housing Solutions should ask about the children in a household that "
     "presents as homeless from another area, and pass that information to the MASH the same day.",
     "Selwater District Council Housing Solutions", [HOUSING],
     None, "Not started"),
    ("4",
     "Selwater Health and Care NHS Trust should make sure that health visitors see children in person, and "
     "not only by telephone or video, where there are known concerns about neglect, including when Covid-19 "
     "restrictions are in place.",
     "Selwater Health and Care NHS Trust (health visiting)", [HCT],
     "Face-to-face contacts were restored in June 2020 for every child with a child in need or child "
     "protection plan, and for children on the neglect pathway. Team leaders check this in monthly "
     "caseload supervision.",
     "Complete"),
    ("5",
     "The Partnership should commission multi-agency training on the impact of parental substance misuse "
     "on babies and young children.",
     "SSCP Learning and Development Group", [LDG],
     "The course has been written with the Recovery Partnership and the first four virtual sessions are "
     "booked for May and June 2021.",
     "On track"),
    ("6",
     "Early years settings should follow up any child who stops attending without explanation within two "
     "working days, and the Early Years Quality Team should check that this happens.",
     "Early Years Quality Team; early years settings", [EYQT, body("early years settings", "education")],
     "Attendance follow-up guidance was issued to 142 settings in October 2020 and is covered in every "
     "quality visit.",
     "Complete"),
]

CHILD_N = [
    ("Selwater Police now attend every initial child protection conference, in person or by video link; "
     "attendance in 2020-21 was 97%.", [body("Selwater Police", "police")]),
    ("The Designated Doctor has delivered training on fabricated or induced illness to the paediatric teams "
     "at both acute hospitals.", [body("The Designated Doctor", "health")]),
    ("Children's Social Care has revised its procedure for children who are not brought to medical "
     "appointments, so that a social worker is told after two missed appointments rather than three.",
     [CSC]),
]

MONITORING = ("Our Case Review Group checks progress against every review action plan at each of its meetings, "
              "using RAG ratings, and will not mark an action complete until the lead partner has shown it has "
              "made a difference.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_limit=135, evidence_trim=",;:")
    g.scr("Children V and W", "published")
    g.scr("Child N", "published")
    for num, text, _cell, bodies, action, rag in VW:
        g.rec("Children V and W", num, text, action, bodies, RAG[rag])
    for action, bodies in CHILD_N:
        g.rec("Child N", None, None, action, bodies, "completed")
    return g.dump(MONITORING)


CTX = filler.Ctx(area=AREA, board=BOARD, short="SSCP", period=YEAR, seed=SEED, partnership=True, level=2,
                 council="Selwater District Council", police="Selwater Police",
                 ccg="NHS Selwater Clinical Commissioning Group", community_trust="Selwater Health and Care NHS Trust")


def _generic(*sections: str) -> list:
    """Generic sections from filler.py, one heading level down (they sit inside our Parts)."""
    return partnership_wording(filler.sections(CTX, *sections), bare_chair=True)


def _welcome() -> list:
    return [
        Columns(2),
        Heading("Welcome", 1),
        Para("2020-21 was a year nobody planned for. Within days of the first national lockdown, most of the "
             "children we worry about had disappeared from view: schools were closed to all but a few, health "
             "visitors moved to telephone contacts, and family members who might have noticed that something "
             "was wrong could not visit. This report is our account of how we, the three safeguarding partners "
             "in Selwater, responded, and of what we learned."),
        Para("It is also the year in which we published our first local child safeguarding practice review, "
             "about two young brothers we call Children V and W. Their story is told in Part 3. We have tried to "
             "be honest about what went wrong and specific about what each of us has done since."),
        Para("We want to thank every practitioner who kept going into homes when it would have been easier not "
             "to, and every school that kept its doors open. And we want to thank the young people of the "
             "Selwater Youth Voice group, who met online every fortnight and told us bluntly what lockdown was "
             "like for them."),
        Para("Lisa Okafor, Director of Children's Services, Selwater District Council; Dr Amrit Sandhu, Chief "
             "Nurse, NHS Selwater CCG; Detective Chief Superintendent Paul Venn, Selwater Police", italic=True),
        Heading("Our year at a glance", 2),
        Bullets([
            "11,842 contacts to the MASH, up 6% on last year",
            "312 children with a child protection plan at 31 March 2021",
            "4 rapid reviews; 1 local child safeguarding practice review published",
            "2,960 places taken up on our online training",
            "96% of children with a social worker were seen face to face during lockdown 1",
        ]),
        Columns(1),
    ]


def _scrutiny() -> list:
    return [
        Heading("What our independent scrutineer told us", 2),
        Para("Our independent scrutineer, Jane Hollis, observed three Executive meetings and a rapid review during "
             "the year. She found the partners 'working more closely than at any time I have seen', but also "
             "challenged us on several points. In her words, we should:"),
        Bullets([
            "stop relying on data about activity and start asking what difference our work makes to children;",
            "involve schools in rapid reviews as a matter of course, not only when a child is of school age;",
            "publish our learning more quickly - the gap between an incident and a published review is still "
            "too long.",
        ]),
        Para("We agree with all three and they are built into our plan for 2021-22."),
    ]


def _reviews() -> list:
    b = [
        Heading("Part 3: Learning from reviews", 1),
        Columns(2),
        Heading("How we decide", 2),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the local "
             "authority notifies the national Child Safeguarding Practice Review Panel and we hold a rapid review "
             "within fifteen working days. The rapid review decides whether a local child safeguarding practice "
             "review is needed, and the national panel is told of the decision."),
        Para("We held four rapid reviews this year. Three concluded that the learning was already known, or could "
             "be taken forward by single agencies, and the national panel agreed. The fourth was the start of the "
             "review of Children V and W, which was completed and published in February 2021."),
        Heading("Children V and W", 2),
        Para("V and W were three and five years old. They lived with their mother, who had a long history of "
             "alcohol and heroin use, in a privately rented flat. In the spring of 2019 the family moved to "
             "Selwater from another county after being evicted. Nine months later W was admitted to hospital "
             "severely malnourished, and V was found to have untreated dental decay and a healed fracture."),
        Para("Many people saw part of the picture. The adult treatment service knew their mother had relapsed but "
             "did not know she had sole care of two children. Housing knew the family had come from another area "
             "but did not ask about the children. The nursery noticed that V had stopped coming but assumed the "
             "family had moved on. Health visitors, working under pressure, offered telephone contacts that "
             "were not answered."),
        Para("The reviewer, Sam Mbeki, talked to the children's grandmother and to 22 practitioners. Her report "
             "makes six recommendations. It also says something that we want every practitioner in Selwater to "
             "hear: the children were not invisible, they were unseen."),
        Columns(1),
        Para("The table below sets out each recommendation, which partner leads on it, and what has happened so "
             "far. RAG ratings are given in words: Complete, On track or Not started."),
    ]
    rows = []
    for num, text, cell, _bodies, action, rag in VW:
        rows.append([f"{num}. {text}", cell, action if action is not None else "-", rag])
    b.append(Table(["Recommendation", "Partner(s)", "Actions to date", "RAG"], rows,
                   caption="Children V and W: our response (position at 31 March 2021)"))
    b += [
        Para("Housing Solutions has told us that the change to its homelessness assessment is waiting for a new "
             "IT system. We have asked for a date and will report on it next year."),
        Heading("Child N: finishing the job", 2),
        Para("The serious case review about Child N, commissioned by the old Safeguarding Children Board, was "
             "published in 2019. Three actions were still open in April 2020. All three were completed during "
             "the year:"),
        Bullets([a for a, _b in CHILD_N]),
        Heading("Keeping track", 2),
        Para(MONITORING + " A summary goes to the Safeguarding Partners Executive every quarter."),
        Heading("Baby R: a learning review", 2),
        Para("Not every case that teaches us something needs a statutory review. After a six-month-old baby, Baby R, "
             "was admitted to hospital having swallowed a parent's methadone, we held a smaller multi-agency "
             "learning review with the practitioners involved. It was not a local child safeguarding practice "
             "review. It recommended that:"),
        Bullets([
            "(a) pharmacists should give safe storage advice, and a lockable box, to every parent collecting "
            "methadone who has children at home;",
            "(b) the Recovery Partnership should check safe storage at every home visit;",
            "(c) the Partnership should share the learning with neighbouring areas.",
        ]),
        Para("Safe storage boxes are now issued by all 19 community pharmacies that dispense methadone."),
    ]
    return b


def _covid() -> list:
    return [
        Heading("Part 2: Keeping children safe during Covid-19", 1),
        Columns(2),
        Para("In March 2020 we set up a weekly 'vulnerable children' meeting of the three partners, education and "
             "the voluntary sector. It met 48 times. Every child with a social worker was RAG-rated for risk, and "
             "schools were asked to contact every one of them who was not attending at least weekly."),
        Para("Referrals to Children's Social Care fell by almost a third in April and May 2020 and then rose "
             "sharply in September when schools reopened. The proportion of referrals about domestic abuse rose "
             "from 19% to 27%. We ran a 'Look Closer' campaign with local supermarkets and delivery drivers to "
             "encourage the public to report concerns."),
        Para("Our priorities for recovery in 2021-22 are that:"),
        Bullets([
            "agencies should return to face-to-face work as the default wherever it is safe;",
            "schools should be supported to identify children whose difficulties began during lockdown;",
            "we should understand the impact of the pandemic on teenagers' mental health.",
        ]),
        Columns(1),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _welcome()
    blocks += [Heading("Part 1: About us", 1)]
    blocks += _generic("introduction", "area_profile", "governance", "membership", "budget")
    blocks += _scrutiny()
    blocks += _covid()
    blocks += _generic("early_help")
    blocks += _reviews()
    blocks += [Heading("Part 4: What else we did", 1)]
    blocks += _generic("performance", "training", "cse_missing", "lado", "private_fostering", "cdop",
                       "voice_of_child", "subgroups")
    blocks += [Heading("Part 5: Glossary", 1)]
    blocks += _generic("glossary")
    return ReportSpec(
        name=NAME,
        title="Selwater Safeguarding Children Partnership: Yearly Report 2020 to 2021",
        running_header="Selwater SCP - Yearly Report 2020-21",
        blocks=blocks,
        gold=_gold(),
        published="Published January 2022",
    )
