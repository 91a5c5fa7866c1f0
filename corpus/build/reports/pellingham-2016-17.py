"""Pellingham Local Safeguarding Children Board, annual report 2016-17.

Shape under test: the Child S action plan is a table whose columns come in an unusual order
and with plain-English names (Ref | What the review asked | By whom | What we did | Status),
refs numbered like the overview report's paragraphs (4.1, 4.2 ...), and a RAG key of the
report's own in which GREEN means "on track" and BLUE means "complete" (so Green maps to
in_progress, Blue to completed). One recommendation is addressed to all agencies.
Distractors: the peer review's recommendations (prose + bullets with "should") and a
section 11 audit action table with almost the same columns and the same RAG colours.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "pellingham-2016-17"
AREA = "Pellingham"
BOARD = "Pellingham Local Safeguarding Children Board"
SHORT = "PLSCB"
YEAR = "2016-17"
SEED = 1617

# RAG key of this report: Green = on track, Blue = complete, Amber = some slippage, Red = not started/overdue
RAG = {"Blue": "completed", "Green": "in_progress", "Amber": "in_progress", "Red": "not_started"}

CCG = body("Pellingham and District CCG", "health")
ACUTE = body("Pellingham Hospitals NHS Foundation Trust", "health")
CSC = body("Pellingham Council Children's Social Care", "childrens_social_care")
CAMHS = body("Southvale Partnership NHS Trust (CAMHS)", "health")
EDU = body("Education and Inclusion Service", "education")
HEADS = body("secondary headteachers", "education")
POLICE = body("Pellingham Constabulary", "police")
LIS = body("LSCB Learning and Improvement Sub-group", "lscb")

# (ref, what the review asked, by-whom cell, bodies, what we did (None -> cell text), cell if None, RAG)
CHILD_S = [
    ("4.1",
     "All agencies should make sure that practitioners who work with adolescents who repeatedly go "
     "missing consider the risk of child sexual exploitation, and complete the Pellingham CSE "
     "screening tool each time the young person returns.",
     "All agencies", [ALL_AGENCIES],
     "The screening tool was simplified and re-issued in July 2016, with a 20-minute e-learning module. "
     "214 practitioners from eleven agencies have completed the module. A dip sample in January 2017 "
     "found the tool had been used after 23 of 30 missing episodes.",
     None, "Green"),
    ("4.2",
     "Pellingham and District CCG and Pellingham Hospitals NHS Foundation Trust should ensure that a "
     "young person's GP is told whenever the young person attends the emergency department after "
     "self-harm.",
     "Pellingham and District CCG; Pellingham Hospitals NHS Foundation Trust", [CCG, ACUTE],
     "An electronic discharge notification from the emergency department to the registered GP went "
     "live in October 2016 for all patients under 18. The Trust's safeguarding team checks a sample "
     "each month; compliance has been above 95% since November.",
     None, "Blue"),
    ("4.3",
     "Children's Social Care should offer every child who has been missing a return home interview "
     "within 72 hours and make sure that what the child says is passed to the allocated worker and "
     "recorded on the child's file.",
     "Pellingham Council Children's Social Care", [CSC],
     "Return home interviews were brought in-house in September 2016 and are now carried out by two "
     "dedicated workers in the Adolescent Support Team. In the final quarter 81% were offered within "
     "72 hours against a target of 90%, so this remains amber.",
     None, "Amber"),
    ("4.4",
     "CAMHS should review its acceptance criteria for young people who self-harm, and what happens "
     "when a young person does not attend a first appointment.",
     "Southvale Partnership NHS Trust (CAMHS)", [CAMHS],
     "New access criteria were published in December 2016. A young person who is not brought to a "
     "first appointment is no longer discharged automatically: the clinician speaks to the referrer "
     "and agrees the next step first.",
     None, "Blue"),
    ("4.5",
     "Schools and the pupil referral unit should tell Children's Social Care before a child with a "
     "child in need or child protection plan is permanently excluded or placed on a reduced timetable.",
     "Education and Inclusion Service; secondary headteachers", [EDU, HEADS],
     "A protocol was agreed at the secondary headteachers' forum in February 2017. Launch was planned "
     "for April but has slipped to June 2017 so that it can be included in the summer DSL briefings.",
     None, "Amber"),
    ("4.6",
     "Pellingham Constabulary should share with the MASH any information about adults who may pose a "
     "risk to children that is gathered during missing person enquiries.",
     "Pellingham Constabulary", [POLICE],
     None, "Awaiting outcome of the force review of missing persons procedures (now due July 2017).",
     "Red"),
    ("4.7",
     "The LSCB should seek assurance, through a multi-agency case audit, that the views and wishes of "
     "young people are recorded and acted on in their plans.",
     "LSCB Learning and Improvement Sub-group", [LIS],
     "The audit of 25 cases has been scheduled for May 2017 and the audit tool has been agreed.",
     None, "Red"),
]

# dates the report gives for the open actions ("slipped to June 2017", "now due July 2017", "scheduled for May 2017")
DUE = {"4.5": "2017-06", "4.6": "2017-07", "4.7": "2017-05"}

MONITORING = ("The Learning and Improvement Sub-group receives a RAG-rated update at each meeting from "
              "the lead for every open action, and refers any action rated Red for two meetings running "
              "to the Board's Executive Group.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_limit=135, evidence_trim=",;:")
    g.scr("Child S", "published")
    for ref, text, _cell, bodies, action, _none, rag in CHILD_S:
        g.rec("Child S", ref, text, action, bodies, RAG[rag], DUE.get(ref))
    return g.dump(MONITORING)


def _foreword() -> list:
    return [
        Heading("Foreword from the Independent Chair", 1),
        Para("I am pleased to present the annual report of the Pellingham Local Safeguarding Children Board "
             "for 2016-17. It is my second report as Independent Chair, and it comes at a time of change: the "
             "Children and Social Work Bill, now before Parliament, will replace LSCBs with new local "
             "arrangements led by the local authority, the police and health commissioners. Whatever form those "
             "arrangements take, the work described in these pages has to continue."),
        Para("The most difficult moment of the year was the publication in September 2016 of the serious case "
             "review into the circumstances of Child S, a fifteen-year-old girl who was seriously harmed after "
             "being exploited by adults she met while missing from home. Child S and her mother took part in "
             "the review and I want to thank them. What they told us was hard to hear: that Child S felt "
             "professionals were more interested in where she had been than in why she kept leaving. The section on serious case reviews "
             "sets out what each agency has done in response."),
        Para("I also want to thank the members of the Board, the chairs of its sub-groups and the small "
             "business team who support them, and the many practitioners who give their time to audits, "
             "training and reviews on top of demanding jobs."),
        Para("Margaret Ellory-Shaw, Independent Chair", italic=True),
    ]


def _peer_review() -> list:
    return [
        Heading("Peer review of the Board", 2),
        Para("In November 2016 the Board invited a team of three peers, led by the independent chair of a "
             "neighbouring board, to spend two days looking at how effectively the Board holds partners to "
             "account. The team read the Board's minutes and performance reports, observed a Board meeting, "
             "and held focus groups with front-line practitioners and with members of the Youth Council."),
        Para("The peers found a Board with 'a strong culture of mutual challenge' and praised the quality of its "
             "learning briefings. They were less positive about how far the Board's priorities were understood "
             "on the front line. They recommended that:"),
        Bullets([
            "the Board should reduce the number of its priorities from six to three and say how it will know "
            "whether each has made a difference;",
            "the performance report should include measures of the quality of practice, not only volumes;",
            "the Board should hear directly from young people at least twice a year;",
            "partners should review whether the current level of business unit funding is sufficient for the "
            "Board's work programme.",
        ]),
        Para("The Executive Group has accepted all four recommendations, and they are reflected in the business "
             "plan for 2017-18 summarised at the end of this report."),
    ]


def _section11() -> list:
    return [
        Heading("Section 11 audit", 2),
        Para("Section 11 of the Children Act 2004 places a duty on key organisations to make sure that their "
             "functions are discharged with regard to the need to safeguard and promote the welfare of children. "
             "Every two years the Board asks agencies to complete a self-assessment against eight standards, "
             "followed by a challenge session with the Chair and two lay members. Fourteen organisations took "
             "part in the 2016 round."),
        Para("Most agencies rated themselves as fully meeting the standards on leadership, safer recruitment and "
             "information sharing. The weakest area overall was listening to children: only five agencies could "
             "show how children's views had changed their services. The challenge sessions agreed the following "
             "cross-agency actions, which use the same RAG key as the rest of this report."),
        Table(["Ref", "What the audit asked", "By whom", "What we did", "Status"], [
            ["S11/1", "Agencies should be able to show how the views of children have influenced the design of "
             "their services.", "All agencies", "Good practice examples collected and shared at the "
             "practitioners' forum in March 2017.", "Green"],
            ["S11/2", "Safer recruitment training should be refreshed for all recruiting managers every three "
             "years.", "HR leads", "Refresher course commissioned; first two sessions held.", "Green"],
            ["S11/3", "Agencies should confirm that their safeguarding policies refer to the current version of "
             "the Pellingham threshold document.", "All agencies", "Eleven of fourteen agencies confirmed.",
             "Amber"],
            ["S11/4", "Voluntary and faith groups should be offered support to complete a shortened "
             "self-assessment.", "Pellingham Council for Voluntary Service", "Not started.", "Red"],
        ], caption="Section 11 challenge sessions: agreed actions"),
    ]


def _priorities() -> list:
    return [
        Heading("Looking ahead: priorities for 2017-18", 1),
        Para("Following the peer review, the Board has agreed three priorities for 2017-18 in place of six. For "
             "each, the business plan says what partners will do and how the Board will know it has made a "
             "difference."),
        Table(["Priority", "We will", "We will know it has worked when"], [
            ["Adolescents at risk", "Bring the CSE, missing and criminal exploitation pathways together into a "
             "single adolescent risk pathway", "Fewer young people go missing repeatedly, and young people tell us "
             "that professionals listened to them"],
            ["Neglect", "Roll out the Graded Care Profile 2 across health, early help and social care",
             "Audits show neglect is recognised earlier and plans set out what must change for the child"],
            ["Transition to new arrangements", "Agree with the three statutory partners the shape of the local "
             "arrangements that will replace the LSCB", "A published plan has been agreed by all partners"],
        ], caption="Business plan priorities 2017-18"),
    ]


def _rag_key() -> Table:
    return Table(["Colour", "What it means in this report"], [
        ["Blue", "Action complete and evidence of the change received"],
        ["Green", "On track to be completed by the agreed date"],
        ["Amber", "Some slippage, or partly completed"],
        ["Red", "Not started, or overdue"],
    ], caption="Key to RAG ratings")


def _case_reviews() -> list:
    b = [
        Heading("Learning from serious case reviews", 1),
        Para("The Board must carry out a serious case review when abuse or neglect of a child is known or "
             "suspected and either the child has died, or the child has been seriously harmed and there is cause "
             "for concern as to the way in which the Board, its partners or other relevant persons have worked "
             "together to safeguard the child. Referrals are considered by the Serious Case Review Panel, which "
             "makes a recommendation to the Independent Chair."),
        Para("The Panel considered four referrals during 2016-17. Three did not meet the criteria for a serious "
             "case review. In two of these the Panel asked for a single-agency review, and in the third a "
             "multi-agency audit of the agencies' involvement was carried out instead. No new serious case review "
             "was started in the year. The review of Child S, which had been commissioned in 2015, was published "
             "on 14 September 2016."),
        Heading("Child S", 2),
        Para("Child S was fifteen when she was found seriously injured at a flat in another part of the county. "
             "In the eighteen months before that she had been reported missing 27 times, had been excluded from "
             "school, and had twice attended the emergency department after self-harming. Several agencies "
             "knew about her, and each responded to the incident in front of it. No agency brought the whole "
             "picture together until after she was harmed."),
        Para("The review was carried out by an independent lead reviewer using the Significant Incident Learning "
             "Process. It found that:"),
        Bullets([
            "repeated missing episodes were treated as a behaviour to be managed rather than a sign of harm;",
            "information gathered by different agencies about the adults Child S was spending time with was "
            "never put together;",
            "Child S's exclusion from school removed the one professional relationship she valued;",
            "her self-harm was seen as a health matter and not connected to the risk of exploitation.",
        ]),
        Para("The overview report, an executive summary and a seven-minute briefing are on the Board's website. "
             "More than 600 practitioners attended the eleven learning events held in the autumn."),
        Heading("What the review asked us to do and what we have done", 2),
        Para("The review made seven recommendations. The Board accepted them all and agreed a multi-agency action "
             "plan in October 2016. The table shows the position on 31 March 2017. The references are the "
             "paragraph numbers of the recommendations in the overview report."),
        _rag_key(),
    ]
    rows = []
    for ref, text, cell, _bodies, action, none_cell, rag in CHILD_S:
        rows.append([ref, text, cell, action if action is not None else none_cell, rag])
    b.append(Table(["Ref", "What the review asked", "By whom", "What we did", "Status"], rows,
                   caption="Child S action plan: progress at March 2017"))
    b += [
        Para("Two actions are rated Red. The police review of missing persons procedures, on which "
             "recommendation 4.6 depends, was delayed by a change of senior officers and is now expected to "
             "finish in July 2017. The case audit in 4.7 was "
             "deliberately put back so that it could look at cases opened after the new return home interview "
             "arrangements began."),
        Heading("Keeping track", 2),
        Para(MONITORING + " The Board itself receives the full action plan twice a year."),
        Para("Completing the actions is not the end of the matter. In 2017-18 the Board will repeat the dip "
             "sample of missing episodes and ask young people who have been missing what difference, if any, "
             "they have noticed."),
    ]
    return b


CTX = filler.Ctx(area=AREA, board=BOARD, short=SHORT, period=YEAR, seed=SEED,
                 ccg="Pellingham and District CCG", police="Pellingham Constabulary",
                 acute_trust="Pellingham Hospitals NHS Foundation Trust", chair="Margaret Ellory-Shaw")


def _generic(*sections: str) -> list:
    """Generic sections from filler.py, in the order given."""
    return filler.sections(CTX, *sections)


def build() -> ReportSpec:
    blocks: list = []
    blocks += _foreword()
    blocks += _generic("introduction", "area_profile", "governance", "membership", "budget")
    blocks += [Heading("Assurance and challenge", 1),
               Para("This section describes the main ways in which the Board tested the effectiveness of "
                    "safeguarding arrangements during the year.")]
    blocks += _section11()
    blocks += _peer_review()
    blocks += _case_reviews()
    blocks += _generic("subgroups", "training", "performance", "early_help", "cdop", "lado",
                       "private_fostering", "cse_missing", "voice_of_child")
    blocks += _priorities()
    blocks += _generic("glossary")
    return ReportSpec(
        name=NAME,
        title=f"{BOARD} Annual Report 2016-17",
        running_header="Pellingham LSCB | Annual Report 2016/17",
        blocks=blocks,
        gold=_gold(),
        published="Published October 2017",
    )
