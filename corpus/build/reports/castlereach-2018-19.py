"""Castlereach Safeguarding Children Board, annual report 2018-19 (invented area; DOCX, PDF, TXT).

Shape under test: SCR material written as an ESSAY by the Independent Chair in the first person
("I", "we"): long paragraphs, one heading for the case reviews, no tables or lists for SCR material.
The Board is in transition to the 2018 arrangements but is still "the Board" (filler not in
partnership mode).

- Child E (published June 2018): six recommendations inside running prose as numbered clauses
  "(i) that ...; (ii) that ...; ..." spread over two paragraphs (gold `number` is the numeral as
  written, "i" ... "vi"; `text` is the clause without its label and without the joining "and").
  Progress is told later, in an order different from the clauses, by TOPIC ("On information
  sharing, the police and health ...", "The picture on new adults in the household ..."), never
  by number. Statuses come only from the prose: "I regard this recommendation as complete" /
  "That work is complete" -> completed; "this work is in progress" -> in_progress; "Work on it
  has not yet begun" -> not_started; otherwise unknown. Three progress passages report no action
  taken and have action null: an impersonal plan ("a new pathway will be written once ...", "it
  is intended that ..."; no body is named as doing anything, so the guideline's "a plan naming
  who will do what" exception does not apply), an "awaiting" ("We are still awaiting the
  response ...") and a not-begun one whose only content is an intention ("the partners intend
  to fold it into ...", after "Work on it has not yet begun").
- The Hartley children (family-name case, published March 2019): "The review made five
  recommendations, all addressed to the Board", summarised in ONE sentence with semicolons
  ("to refresh ...; to make sure ...; ...; and to review ..."; gold `text` is each clause
  without the leading "to"/"and to", `number` null). "all five have been completed" gives every
  entry status completed and body "the Board" (lscb). The next sentences describe what was done
  for four of them (each sentence is that entry's action); nothing is said about what was done on
  the fifth (children's views in core groups), so its action is null although it is completed
  (the guidelines do not let a status stand in for an action).
- Monitoring (first person): "I receive a quarterly report from the Case Review Subgroup showing
  progress against every SCR action, and I challenge leads where ..." -> monitoring_mechanism.
- rec9: 11 entries, 7 with an action (0.636), all with bodies -> partly_meets.

Distractors, in the same essay voice: a learning review ("Child F", explicitly not an SCR) with
"should" recommendations and a status in prose, a domestic homicide review ("Ms D"), the
recommendations of a joint targeted area inspection (JTAI) and their action plan, and the
Chair's own recommendations/priorities for the new safeguarding partners ("I recommend that the
partners should ...").
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, body
import filler

NAME = "castlereach-2018-19"
AREA = "Castlereach"
BOARD = "Castlereach Safeguarding Children Board"
YEAR = "2018-19"
SEED = 41877
CHAIR = "Margaret Ellery-Hughes"

POLICE = "Castlereach Constabulary"
COUNCIL = "Castlereach Borough Council"
CSC = "Castlereach Borough Council Children's Services"
CCG = "Castlereach Clinical Commissioning Group"
ACUTE = "Castlereach General Hospital NHS Foundation Trust"
COMMUNITY = "Castlereach Community Health NHS Trust"

THE_BOARD = body("the Board", "lscb")

# ---------------------------------------------------------------- Child E
# (numeral, clause, bodies, status, action span or None); the progress prose is written below.
E_I = (f"that {POLICE} and the health visiting service agree a way of sharing information about domestic "
       "abuse incidents at any address where a child under five lives, within one working day")
E_II = (f"that {CSC} make sure that every assessment of a family records the history of any new adult who "
        "joins the household, and the checks made on them")
E_III = (f"that {ACUTE} ensure that every injury to a baby who is not yet walking, seen in its emergency "
         "department, is discussed with the hospital safeguarding team before the baby goes home")
E_IV = ("that the Board revise its multi-agency guidance on bruising and injuries so that it covers children "
        "who are not yet independently mobile, and not only babies under six months")
E_V = (f"that {CCG} satisfy itself that GP practices record who holds parental responsibility for a child "
       "and who the child lives with")
E_VI = ("that all partner agencies remind their staff how to escalate a concern when they disagree with a "
        "decision made by another agency")

E_ACT_I = (f"Since October 2018 {POLICE} has sent every domestic abuse notification for an address where a "
           "child under five lives to the health visiting service by the next working day, and a health "
           "visitor now contacts the family within a week of the incident.")
E_ACT_IV = ("The revised guidance on bruising and injuries in children who are not independently mobile was "
            "approved by the Board in December 2018 and published on our website, and 214 practitioners "
            "attended the lunchtime briefings we ran to launch it.")
E_ACT_II = ("Children's Services have added a 'significant adults' section to the single assessment, and an "
            "audit of 30 assessments in January 2019 found the section completed in 26 of them.")

CHILD_E = [
    ("i", E_I, [body(POLICE, "police"), body("the health visiting service", "health")], "completed", E_ACT_I),
    ("ii", E_II, [body(CSC, "childrens_social_care")], "in_progress", E_ACT_II),
    ("iii", E_III, [body(ACUTE, "health")], "unknown", None),
    ("iv", E_IV, [THE_BOARD], "completed", E_ACT_IV),
    ("v", E_V, [body(CCG, "health")], "unknown", None),
    ("vi", E_VI, [ALL_AGENCIES], "not_started", None),
]

# ---------------------------------------------------------------- the Hartley children
H_RECS = [
    "refresh the neglect strategy and adopt a single tool for assessing neglect",
    "make sure that practitioners understand the cumulative harm that chronic neglect does to older siblings",
    "seek assurance that schools share attendance concerns with the social worker of any child subject to a "
    "plan",
    "commission training on working with parents who are hostile to professionals or who disguise their "
    "lack of co-operation",
    "review how the children's own views are heard in core group meetings",
]
H_ACTS = [
    "The refreshed neglect strategy, with the Graded Care Profile 2 as its common assessment tool, was launched "
    "in January 2019, and 263 practitioners have since been trained to use the tool.",
    "A seven-minute briefing on cumulative neglect and its effect on older brothers and sisters went to every "
    "partner agency in February 2019 and has been discussed in team meetings across the partnership.",
    "The school attendance protocol was amended in November 2018 so that a school now tells the allocated "
    "social worker within two days whenever a child subject to a plan is absent without explanation.",
    "Two full-day workshops on working with hostile and non-engaging families were held in March 2019, and "
    "both were oversubscribed.",
    None,
]

MECHANISM = ("I receive a quarterly report from the Case Review Subgroup showing progress against every SCR "
             "action, and I challenge leads where an action has slipped or where the evidence offered does not "
             "show that practice has changed.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child E", "published")
    g.scr("the Hartley children", "published")
    for num, text, bodies, status, action in CHILD_E:
        g.rec("Child E", num, text, action, bodies, status)
    for text, action in zip(H_RECS, H_ACTS):
        g.rec("the Hartley children", None, text, action, [THE_BOARD], "completed")
    return g.dump(MECHANISM)


def _case_reviews() -> list:
    (_, e1, *_), (_, e2, *_), (_, e3, *_), (_, e4, *_), (_, e5, *_), (_, e6, *_) = CHILD_E
    h1, h2, h3, h4, h5 = H_RECS
    a1, a2, a3, a4, _ = H_ACTS
    return [
        Heading("Learning from serious case reviews", 1),
        Para("Nothing the Board does matters more to me than making sure that when a child in Castlereach is "
             "seriously harmed, we find out honestly what went wrong, and then change what we do. Two serious "
             "case reviews were published during 2018/19, and I want to describe both of them at some length, "
             "because I think partners and the public are entitled to know not only what the reviews found but "
             "what has happened since. No new serious case review was started in the year. The Case Review "
             "Subgroup considered four referrals: one became the learning review about Child F that I describe "
             "later, one was taken forward as a single-agency review by the hospital trust, and two did not "
             "require a review."),
        Para("I should also say something about how I hold partners to account for this work, because it is easy "
             "for an action plan to become a document that is updated once a year and read by nobody. "
             + MECHANISM + " Where an action is closed, I expect to see something more than a policy: an audit, "
             "a sample of records or the views of practitioners. Twice this year I have refused to accept that "
             "an action was complete, and I have reported both occasions to the Board."),
        Para("Child E was 22 months old when he was admitted to Castlereach General Hospital with a fractured "
             "skull. Doctors also found older fractures to his ribs and forearm. His mother's partner, who had "
             "moved into the household four months earlier, was later convicted of causing him grievous bodily "
             "harm. Child E has recovered well and lives with his maternal grandparents. The review, led by an "
             "independent reviewer, Dr Miriam Hollis, was published in June 2018. It found that several "
             "agencies each held a small part of the picture: the police had attended two domestic incidents at "
             "the address, the health visitor had noted a new adult in the home but not his name, and Child E "
             "had been seen in the emergency department with a bruised ear that was accepted as the result of a "
             "fall. None of these pieces of information was, on its own, alarming. Together they should have "
             "been."),
        Para("Dr Hollis made six recommendations, and I set them out here as she wrote them, because I think "
             f"their plainness is part of their force. She recommended (i) {e1}; (ii) {e2}; and (iii) {e3}. "
             "Each of these is addressed to a single agency, and each describes a gap that the agency concerned "
             "had, to its credit, identified in its own management review before the reviewer reached it."),
        Para("Her remaining recommendations were addressed to the Board and to the wider partnership. She "
             f"recommended (iv) {e4}; (v) {e5}; and (vi) {e6}. The Board accepted all six recommendations in "
             "full at its meeting in July 2018, and each was given a lead officer and a date."),
        Para("It is now nine months since the review was published, and I want to give an honest account of "
             "where we are. On information sharing, the police and health have done what was asked of them. "
             + E_ACT_I + " I regard this recommendation as complete, and the first dip sample of notifications "
             "suggests that families are being seen more quickly than before. The Board's own recommendation "
             "on guidance has also been met. " + E_ACT_IV + " That work is complete, although I have asked the "
             "Quality Assurance Subgroup to test in the coming year whether practitioners are using the "
             "guidance, and not simply whether they have read it."),
        Para("The picture on new adults in the household is more mixed. " + E_ACT_II + " That is real progress, "
             "but managers tell me that what is recorded in the section is still too often a name and nothing "
             "more, and this work is in progress. On injuries to babies seen at the hospital, a new pathway "
             "will be written once the regional bruising protocol has been agreed, and it is intended that it "
             "should be in place by the autumn of 2019. I understand the reasons for waiting, but I have made "
             "clear that I do not want the regional timetable to become a reason for delay."),
        Para("GP records are a harder matter. We are still awaiting the response from the clinical "
             "commissioning group on GP registration records; it was due in January and had not arrived by the "
             "end of March. Escalation is the recommendation on which we have made least progress. Work on it "
             "has not yet begun, and the partners intend to fold it into the learning offer of the new "
             "safeguarding arrangements. I have said to partners, and I repeat here, that I expect to see it "
             "there."),
        Para("The second review concerned the Hartley children, four brothers and sisters aged between three and "
             "twelve, who were removed from their parents' care in 2016 after years of neglect. The family had "
             "been known to children's social care, on and off, for nine years, and the children had been "
             "subject to child protection plans three times. The review was published in March 2019, after a "
             "delay caused by criminal proceedings. It describes, in painful detail, how each new plan started "
             "from the beginning, how the older children's needs were overshadowed by those of the baby, and how "
             "the parents' apparent co-operation at meetings was taken as evidence of change at home."),
        Para("The review made five recommendations, all addressed to the Board. In short, it asked us to "
             f"{h1}; to {h2}; to {h3}; to {h4}; and to {h5}. Because the review took a long time to reach "
             "publication, the Board acted on its findings as they emerged, and I am pleased to report that all "
             f"five have been completed. {a1} {a2} {a3} {a4} I do not pretend that completing five "
             "recommendations means that neglect is now well managed in Castlereach; it means that we have the "
             "tools, and the next test is whether children's lives are better for them."),
    ]


def _other_reviews() -> list:
    return [
        Heading("Other reviews and inspection", 1),
        Para("Child F is a fifteen-year-old girl who was found by police in a flat in a neighbouring town, where "
             "she had been sexually exploited by a group of adult men. The Case Review Subgroup decided that "
             "her case did not meet the criteria for a serious case review, because agencies had, in the main, "
             "worked well together once the risk was known, and I agreed with that decision. We commissioned "
             "instead a multi-agency learning review, which reported in February 2019. It found that the early "
             "signs had been visible in school for more than a year. The reviewer recommended that the early "
             "help service should offer a lead professional to any family whose child is excluded from school "
             "more than twice in a term; that schools should record episodes of going missing during the school "
             "day on the same system as absence; and that the police should share intelligence about adults "
             "loitering near schools with the designated safeguarding lead. The first of these has already been "
             "completed, and the Subgroup is overseeing the others."),
        Para("The Castlereach Community Safety Partnership published a domestic homicide review in September 2018 "
             "following the death of Ms D, who was killed by her husband. Their two teenage sons were at home at "
             "the time. The review recommended that GP practices should ask about domestic abuse whenever a "
             "patient discloses thoughts of self-harm, and that the domestic abuse service should offer support "
             "to children in the household as a matter of routine. The Community Safety Partnership owns the "
             "action plan; the Board's part has been to make sure that the learning about the boys reaches "
             "staff in schools, and the Education Safeguarding Forum devoted its January meeting to it."),
        Para("In November 2018 Ofsted, the Care Quality Commission, HMI Constabulary and Fire and Rescue Services "
             "and HMI Probation carried out a joint targeted area inspection of the multi-agency response to "
             "children living with domestic abuse. The inspectors found a committed workforce and a strong "
             "front door, but they were less positive about the quality of plans for children once the initial "
             "risk had passed. They recommended that partners should:"),
        Bullets([
            "make sure that the daily domestic abuse triage meeting considers the needs of unborn children;",
            "improve the quality of child in need plans so that they say what will change for the child and by "
            "when;",
            "strengthen the oversight of perpetrator programmes by the Board and the Community Safety "
            "Partnership;",
            "make sure that the voice of the child is recorded in every MARAC referral.",
        ]),
        Para("A written statement of action was sent to the inspectorates in February 2019. I receive that plan "
             "as well, and two of its eleven actions were complete by the end of March; the rest are on track."),
    ]


def _looking_ahead() -> list:
    return [
        Heading("Looking ahead: the new safeguarding arrangements", 1),
        Para("This is the last annual report of the Board in its present form. Under Working Together to "
             "Safeguard Children 2018, the Board will be replaced in September 2019 by arrangements led by three "
             f"safeguarding partners: {COUNCIL}, {CCG} and {POLICE}. The partners published their plan in June, "
             "and I have agreed to stay on for six months as independent adviser to help with the handover. I "
             "do not think the change should be feared. Much of what works in Castlereach works because of "
             "relationships between people, and those will not change on a date in September."),
        Para("I nevertheless want to leave the partners with some recommendations of my own. I recommend that "
             "the partners should keep a genuinely independent voice in the new arrangements, with the "
             "authority to ask difficult questions and to publish the answers. I recommend that schools should "
             "have a real place at the table, and not merely a seat at a sub-group, because schools see more of "
             "our children than any other agency. And I recommend that the partners should resist the "
             "temptation to start again: the neglect work, the training programme and the case review "
             "arrangements are all sound, and they should be carried over intact."),
        Para("For 2019/20 the Board's business plan, which the new partners have agreed to adopt for its first "
             "six months, has three priorities: neglect, child exploitation, and the experience of children "
             "living with domestic abuse. Each priority has a lead from one of the three partners and a small "
             "set of measures that will be reported to the partners' executive group every quarter."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="CSCB", period=YEAR, seed=SEED, council=COUNCIL,
                 police=POLICE, ccg=CCG, acute_trust=ACUTE, community_trust=COMMUNITY, chair=CHAIR)


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c, chair=CHAIR) + [PageBreak()]
    blocks += filler.sections(c, "introduction", "governance", "membership") + [PageBreak()]
    blocks += filler.sections(c, "area_profile", "budget") + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _other_reviews()
    blocks += filler.sections(c, "training", "performance", "early_help") + [PageBreak()]
    blocks += filler.sections(c, "cdop", "lado", "private_fostering", "cse_missing", "voice_of_child")
    blocks += [PageBreak()] + _looking_ahead()
    blocks += [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Castlereach Safeguarding Children Board Annual Report 2018-19",
        running_header="Castlereach Safeguarding Children Board | Annual Report 2018/19",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published July 2019",
    )
