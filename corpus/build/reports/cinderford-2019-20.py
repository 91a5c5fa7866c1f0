"""Cinderford Safeguarding Children Partnership, annual report 2019-20 (invented area).

Shape under test: an LCSPR (Child F) whose action table has an unusual header set "Area for
improvement | Partner response | Lead | RAG", RAG given as a word in the cell and a key where
Green = fully implemented, Amber = partially implemented, Red = not implemented; one row says
"No update received" (action null). A legacy SCR (Family H, commissioned by the former LSCB)
reports its open recommendations as lettered bullets with the response and RAG inline. A second
LCSPR (Children L and N) was initiated. Distractors: rapid reviews that did not lead to an LCSPR
(a table with learning actions) and a partnership priorities list. Extra rendering: md.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "cinderford-2019-20"
AREA = "Cinderford"
BOARD = "Cinderford Safeguarding Children Partnership"
YEAR = "2019-20"
SEED = 90211

RAG = {"Green": "completed", "Amber": "in_progress", "Red": "not_started"}

# Child F LCSPR: (area for improvement, partner response or None, response cell, lead cell, bodies, RAG)
CHILD_F = [
    ("Midwifery and health visiting should share information about a mother's previous pregnancies and "
     "any children not in her care at the point of booking.",
     "A shared antenatal information-sharing pathway went live in November 2019. Midwives now complete a "
     "'previous children' check with children's social care for every booking where there is a history of "
     "removal.",
     None, "Cinderford Maternity Services and 0-19 Service",
     [body("Cinderford Maternity Services", "health"), body("0-19 Service", "health")], "Green"),
    ("The partnership should develop guidance on pre-birth assessment that sets out when an assessment must "
     "begin and who should contribute.",
     "Draft pre-birth protocol written by the Procedures Group and consulted on in February 2020; launch "
     "delayed by the Covid-19 response.",
     None, "Safeguarding Partnership Procedures Group",
     [body("Safeguarding Partnership Procedures Group", "lscb")], "Amber"),
    ("Children's social care managers should ensure that decisions to close a case where a new baby is "
     "expected are signed off by a service manager.",
     "Case closure guidance amended; the electronic record now blocks closure of a pre-birth case without "
     "service manager authorisation.",
     None, "Cinderford Council Children's Services",
     [body("Cinderford Council Children's Services", "childrens_social_care")], "Green"),
    ("The police should ensure that intelligence about a father's history of violence towards previous "
     "partners is shared with the MASH when a pregnancy becomes known.",
     None, "No update received.", "Cinderford Police",
     [body("Cinderford Police", "police")], "Red"),
    ("GP practices should record the father or male carer of a new baby on the child's record where he is "
     "known to the practice.",
     "The Named GP has issued practice guidance and the CCG is auditing ten practices; three have completed "
     "the audit so far.",
     None, "Cinderford CCG / Named GP",
     [body("Cinderford CCG", "health"), body("Named GP", "health")], "Amber"),
    ("All partners should ensure that practitioners are trained to recognise and respond to the 'invisible' "
     "men in a baby's life.",
     "Two multi-agency workshops were delivered to 96 practitioners, and a briefing on hidden men is now part "
     "of the induction programme.",
     None, "All partners", [ALL_AGENCIES], "Green"),
]

# Family H legacy SCR: lettered bullets; (letter, recommendation, response or None, lead, bodies, RAG)
FAMILY_H = [
    ("a", "Schools should make a referral to children's social care when a child who is subject to a child "
          "protection plan is absent for more than three consecutive days without explanation.",
     "The Education Safeguarding Service reissued its attendance guidance in September 2019 and designated "
     "safeguarding leads were briefed at the autumn network.",
     "Education Safeguarding Service", [body("Education Safeguarding Service", "education")], "Green"),
    ("b", "Housing providers should be invited to child protection conferences where a family has a tenancy "
          "with them.",
     "Conference invitations now include housing where the landlord is known; attendance is being monitored.",
     "Cinderford Homes", [body("Cinderford Homes", "housing")], "Amber"),
]

MONITORING = (
    "Progress on every LCSPR and SCR action plan is reported to the Case Review Group each quarter using the "
    "RAG key below, and the Group reports exceptions to the Executive Group of the three safeguarding partners"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child F", "published")
    g.scr("Children L and N", "initiated")
    g.scr("Family H", "published")
    for i, (text, resp, _cell, _lead, bodies, rag) in enumerate(CHILD_F, 1):
        g.rec("Child F", None, text, resp, bodies, RAG[rag])
    for letter, text, resp, _lead, bodies, rag in FAMILY_H:
        g.rec("Family H", letter, text, resp, bodies, RAG[rag])
    return g.dump(MONITORING)


def _reviews() -> list:
    rows = [[t, r if r is not None else cell, lead, rag] for t, r, cell, lead, _b, rag in CHILD_F]
    b = [
        Heading("Reviews of Practice", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the "
             "safeguarding partners must notify the Child Safeguarding Practice Review Panel and complete a "
             "rapid review within 15 working days. The rapid review decides whether a local child safeguarding "
             "practice review (LCSPR) should be carried out."),
        Para("In 2019-20 we completed five rapid reviews. Two led to LCSPRs: Child F, which was completed and "
             "published in March 2020, and Children L and N, which we commissioned in February 2020. The other "
             "three did not lead to an LCSPR and are described at the end of this section."),
        Para("We also completed the work arising from Family H, the last serious case review commissioned by the "
             "former Cinderford Local Safeguarding Children Board, which was published in June 2019."),
        Heading("Child F (LCSPR)", 2),
        Para("Child F was ten weeks old when she was taken to hospital with a fractured skull and rib fractures. "
             "Her father was later convicted of causing grievous bodily harm. The review looked at how agencies "
             "understood the risks posed by the men in a baby's life, and how pre-birth planning worked when the "
             "mother had previously had children removed from her care."),
        Para("The reviewers identified six areas for improvement. The partners' response to each, and the position "
             "at 31 March 2020, is shown below."),
        Table(["Area for improvement", "Partner response", "Lead", "RAG"], rows,
              caption="Child F: areas for improvement and partner response"),
        Table(["RAG", "Meaning"], [["Green", "fully implemented"], ["Amber", "partially implemented"],
                                   ["Red", "not implemented"]], caption="RAG key"),
        Para("The Case Review Group has written to the police about the area for improvement on which no update "
             "has been received, and the matter will be raised at the next meeting of the three safeguarding "
             "partners if a response is not provided."),
        Heading("Family H (legacy serious case review)", 2),
        Para("Family H concerned three children who lived with chronic neglect and whose school attendance fell "
             "sharply before the youngest was admitted to hospital. Eight recommendations were made; six had been "
             "fully implemented by the end of 2018-19. The two that remained open at the start of this year are "
             "reported below."),
    ]
    items = []
    for letter, text, resp, lead, _b, rag in FAMILY_H:
        items.append(f"({letter}) {text} Partner response: {resp} Lead: {lead}. RAG: {rag}.")
    b.append(Bullets(items))
    b += [
        Heading("Children L and N", 2),
        Para("This LCSPR concerns two brothers aged 13 and 15 who were exploited by an organised crime group "
             "supplying drugs across county lines. Terms of reference were agreed in March 2020 and the review "
             "will report in 2020-21."),
        Heading("How we check that learning is used", 2),
        Para(MONITORING + ". Actions are closed only when the lead agency has provided evidence, such as audit "
             "results, that practice has changed."),
        Heading("Rapid reviews that did not lead to an LCSPR", 2),
        Para("For three rapid reviews the partners concluded, and the National Panel agreed, that the learning "
             "was already understood or could be addressed without a full review. The rapid reviews still "
             "identified actions for partners, which are tracked by the Case Review Group alongside the LCSPR "
             "actions but are not part of any LCSPR:"),
        Table(["Rapid review", "Decision", "Learning actions"], [
            ["Baby K (July 2019)", "No LCSPR: learning known from earlier reviews",
             "Health visitors should give safer sleep advice at every contact in the first six months; "
             "the ICON programme should be extended to fathers."],
            ["Young Person D (October 2019)", "No LCSPR: single-agency learning",
             "The YOS should review how it shares risk information with schools. Completed January 2020."],
            ["Child R (December 2019)", "No LCSPR: practice was good",
             "Partners should share the example of good practice through a seven-minute briefing."],
        ], caption="Rapid reviews 2019-20"),
    ]
    return b


def _priorities() -> list:
    return [
        Heading("Our priorities for 2020-21", 1),
        Para("The safeguarding partners have agreed three priorities. For each, we have said what we should be "
             "able to show by March 2021:"),
        Bullets([
            "Exploitation: every young person at risk of criminal exploitation should have a single multi-agency plan;",
            "Neglect: the graded care profile should be used in all neglect cases open to children's social care;",
            "Early help: schools should lead early help assessments for at least 40% of families who need them.",
        ], numbered=True),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="CSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Cinderford Council", police="Cinderford Police", ccg="Cinderford CCG")


def build() -> ReportSpec:
    c = CTX
    f = lambda *parts: partnership_wording([blk for p in parts for blk in p])  # noqa: E731
    blocks: list = []
    blocks += f(filler.foreword(c)) + [PageBreak()]
    blocks += f(filler.introduction(c), filler.governance(c), filler.area_profile(c))
    blocks += f(filler.budget(c), filler.subgroups(c)) + [PageBreak()]
    blocks += _reviews() + [PageBreak()]
    blocks += f(filler.performance(c), filler.training(c), filler.early_help(c), filler.cse_missing(c))
    blocks += f(filler.cdop(c), filler.lado(c), filler.voice_of_child(c))
    blocks += _priorities() + [PageBreak()] + f(filler.glossary(c))
    return ReportSpec(
        name=NAME,
        title="Cinderford Safeguarding Children Partnership Annual Report 2019-20",
        running_header="CSCP Annual Report 2019-20",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("md",),
        board="Cinderford Safeguarding Children Partnership",
        published="Published September 2020",
    )
