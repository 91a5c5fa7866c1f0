"""Wexcombe Local Safeguarding Children Board, annual report 2013-14 (invented area).

Shape under test: recommendations and actions that are FAR APART AND UNNUMBERED IN THE PROSE.
An older, narrative report. Two SCRs: Child M (published November 2013) and Baby T (ongoing, no
recommendations yet). Child M's six recommendations appear only as a lettered list (a) ... (f)
of paragraphs in an appendix; the main text says what was done in one paragraph per agency
("Children's Social Care has ...", "The CCG commissioned ...", "Schools were reminded ...")
without repeating the letters. The gold ties each action to its recommendation by topic, as an
analyst would: the entry has the appendix text and the sentence(s) reporting the action, and its
bodies are those of the recommendation plus any other body named as having acted. Recommendation
(e) (housing) has no action: the Board "has written to" the landlords and "a response is
awaited", so action null. Two actions in the agency paragraphs answer no recommendation (a Named
GP appointed, social work caseloads reduced): entries with text null. Status only where the text
says so ("This work is now complete." -> completed; "The pilot is ongoing" -> in_progress), else
unknown; the status sentences are not part of the gold action. NO monitoring mechanism is
described for SCR actions; monitoring of other things is (the performance dataset, section 11
action plans, the DHR action plan, the Ofsted improvement plan), so monitoring_mechanism is false
and the verdict partly_meets. Distractors: a multi-agency learning review (not an SCR) whose
recommendations use "should", a domestic homicide review, Ofsted's recommendations and the
2014-15 business plan priorities. Extra rendering: txt.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "wexcombe-2013-14"
AREA = "Wexcombe"
BOARD = "Wexcombe Local Safeguarding Children Board"
YEAR = "2013-14"
SEED = 13577

CSC = body("Children's Social Care", "childrens_social_care")
CCG = body("The CCG", "health")
POLICE = body("Wexcombe Constabulary", "police")
SCHOOLS = body("Schools", "education")

# Child M's recommendations, Appendix 2: (letter, text, bodies)
RECS = [
    ("a", "Children's Social Care should ensure that assessments of children living with domestic abuse take "
          "account of the history of every adult in the household, including their previous relationships.",
     [CSC]),
    ("b", "The Clinical Commissioning Group should ensure that GP practices are told when a child registered "
          "with them becomes the subject of a child protection plan.",
     [body("The Clinical Commissioning Group", "health")]),
    ("c", "Wexcombe Constabulary should review its arrangements for telling schools about domestic abuse "
          "incidents at the homes of their pupils.",
     [POLICE]),
    ("d", "Schools should ensure that designated teachers record and follow up patterns of absence for "
          "children who are known to Children's Social Care.",
     [SCHOOLS]),
    ("e", "Wexcombe Homes and other social landlords should inform Children's Social Care when a family with "
          "a child subject to a child protection plan applies to move.",
     [body("Wexcombe Homes", "housing"), body("other social landlords", "housing")]),
    ("f", "The LSCB should provide multi-agency training on the impact of domestic abuse on children, "
          "including the risks that may be posed by a parent's new partner.",
     [body("The LSCB", "lscb")]),
]

# Sentences of the agency paragraphs that report actions, by recommendation letter (None: answers
# no recommendation). Each: (letter, action, extra acting bodies, status)
A_CSC = ("Children's Social Care has revised its core assessment guidance so that social workers complete a "
         "chronology of the relationships of each adult in the household, and compliance is checked through "
         "the monthly case file audit.")
A_CSC_CASELOADS = ("Children's Social Care has also reduced the caseloads of social workers in the child "
                   "protection teams to an average of 18 children, after the review found that Child M had "
                   "four social workers in a year.")
A_CCG = ("The CCG commissioned a review of notification arrangements and, from January 2014, the child "
         "protection administration team has sent a notification to the registered GP practice for every "
         "new plan.")
A_CCG_NAMED_GP = ("The CCG also appointed a Named GP for safeguarding children in September 2013, a post that "
                  "had been vacant for eighteen months. The Named GP has since visited 22 of the county's 41 "
                  "practices to talk to practice staff about safeguarding.")
A_POLICE = ("Wexcombe Constabulary has begun a pilot with eight primary schools in which the designated "
            "teacher is told by 9am the next school day of any domestic abuse incident at a pupil's home.")
A_SCHOOLS = ("Schools were reminded of the importance of following up absence through the head teachers' "
             "briefing in January 2014, and the Education Safeguarding Adviser has added attendance patterns "
             "to the annual safeguarding audit for schools.")
A_TRAINING = ("The Training Sub-group added a new course, 'New adults in the household', to the multi-agency "
              "programme, and 146 practitioners attended it between October 2013 and March 2014.")
HOUSING_AWAITED = ("The Board has written to Wexcombe Homes and the other social landlords operating in the "
                   "county about the review's findings, and a response is awaited.")
DONE = "This work is now complete."
POLICE_ONGOING = "The pilot is ongoing and will be evaluated in the autumn."

ACTIONS = {
    "a": (A_CSC, [], "completed"),
    "b": (A_CCG, [], "completed"),
    "c": (A_POLICE, [], "in_progress"),
    "d": (A_SCHOOLS, [body("the Education Safeguarding Adviser", "education")], "unknown"),
    "e": (None, [], "unknown"),
    "f": (A_TRAINING, [body("The Training Sub-group", "lscb")], "unknown"),
}
UNTIED = [  # actions that answer no recommendation, in document order
    (A_CSC_CASELOADS, [CSC]),
    (A_CCG_NAMED_GP, [CCG]),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child M", "published")
    g.scr("Baby T", "ongoing")
    for letter, text, bodies in RECS:
        action, acting, status = ACTIONS[letter]
        g.rec("Child M", letter, text, action, bodies + acting, status)
    for action, bodies in UNTIED:
        g.rec("Child M", None, None, action, bodies, "unknown")
    return g.dump(None)


def _foreword() -> list:
    return [
        Heading("Foreword by the Independent Chair", 1),
        Para("It is my privilege to introduce the annual report of the Wexcombe Local Safeguarding Children Board "
             "for 2013-14. The Board has a statutory duty to publish a report each year on the effectiveness of "
             "child safeguarding and the promotion of the welfare of children in Wexcombe, and this report is "
             "submitted to the Chief Executive and Leader of Wexcombe County Council, the Police and Crime "
             "Commissioner and the Chair of the Health and Wellbeing Board."),
        Para("The year has been a demanding one. The publication in November of the serious case review "
             "concerning Child M was a painful moment for everyone who works with children in the county. The "
             "review found that agencies each held part of the picture of the risk posed to him, and that no "
             "one put those parts together. I have been encouraged by the seriousness with which agencies "
             "have responded, and this report sets out what they have done. A second review, concerning Baby T, "
             "began in the autumn and will be reported next year."),
        Para("The publication of Working Together to Safeguard Children in April 2013 gave Boards greater "
             "freedom in the way they learn from cases, and the Board has used that freedom to commission a "
             "learning review in one case that did not meet the criteria for a serious case review. Alongside "
             "this, the Board has continued to develop its scrutiny of performance information, and it now "
             "receives a quarterly multi-agency dataset."),
        Para("I should like to record my thanks to the members of the Board, to the chairs of its sub-groups "
             "and to the small team in the Board's business office, on whom so much depends."),
        Para("Dr Imogen Stallard", bold=True),
        Para("Independent Chair, Wexcombe Local Safeguarding Children Board", italic=True),
    ]


def _scrs() -> list:
    return [
        Heading("Serious Case Reviews", 1),
        Para("Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the Board to "
             "undertake a review where abuse or neglect of a child is known or suspected and the child has died "
             "or been seriously harmed, and there is cause for concern as to the way in which agencies have "
             "worked together. The Board's Serious Case Review Sub-group considers every referral and makes a "
             "recommendation to the Independent Chair, who takes the decision."),
        Para("During 2013-14 the Sub-group considered five referrals. One led to a serious case review (Baby T). "
             "One did not meet the criteria but was the subject of a multi-agency learning review, which is "
             "described in the next section. The remaining three were referred back to single agencies for "
             "internal learning. The Sub-group also oversaw the completion and publication of the review "
             "concerning Child M, which had been commissioned in 2012-13."),
        Heading("Child M", 2),
        Para("Child M was seven years old when he was admitted to hospital in March 2012 with serious head "
             "injuries inflicted by his mother's partner, who was later convicted and imprisoned. Child M has "
             "made a partial recovery and lives with his father. The family had been known to Children's Social "
             "Care for four years, largely because of domestic abuse between his mother and a previous partner. "
             "The mother's new partner had convictions for violence against two former partners, but this was "
             "not known to the professionals who were working with the family."),
        Para("The overview report, written by an independent author, was published in November 2013 together "
             "with the Board's response. It found that there had been many opportunities to learn more about the "
             "adults in Child M's life, that information held by the police was not shared with his school, "
             "that his GP did not know he was subject to a child protection plan and that his absences from "
             "school were not followed up. The review made six recommendations, which are reproduced in full in "
             "the appendix to this report."),
        Heading("The response of agencies", 3),
        Para("The agencies' own accounts of what has changed since the review are summarised below."),
        Para(f"{A_CSC} {DONE} {A_CSC_CASELOADS}"),
        Para(f"{A_CCG} {DONE} {A_CCG_NAMED_GP}"),
        Para(f"{A_POLICE} {POLICE_ONGOING}"),
        Para(A_SCHOOLS),
        Para(f"{A_TRAINING} Feedback has been very positive, and the course will run again in 2014-15."),
        Para(HOUSING_AWAITED),
        Heading("Baby T", 2),
        Para("In October 2013 the Independent Chair agreed to the Sub-group's recommendation that a serious case "
             "review be undertaken following the death of Baby T, who was eleven weeks old. Baby T's father has "
             "been charged in connection with his death. The review is being carried out using a systems "
             "methodology, led by two independent reviewers and a panel of senior managers from the agencies "
             "involved. It is expected to report in the summer of 2014, subject to the criminal proceedings, and "
             "its findings and recommendations will be reported in next year's annual report."),
    ]


def _learning_review() -> list:
    return [
        Heading("Learning review: Family W", 1),
        Para("The referral concerning Family W did not meet the criteria for a serious case review, because the "
             "children had not been seriously harmed. The Sub-group nevertheless considered that there was "
             "learning to be gained about the response to parental alcohol misuse, and the Board commissioned a "
             "multi-agency learning review, led by the Board's business manager, which reported in February "
             "2014. This was not a serious case review. The learning review recommended that:"),
        Bullets([
            "adult drug and alcohol services should ask every service user whether children live with them or "
            "visit regularly;",
            "health visitors should use the alcohol screening questions at the new birth visit;",
            "the Board should publish a practice guide on parental substance misuse.",
        ]),
        Para("The Quality Assurance and Performance Sub-group will consider the agencies' responses to these "
             "recommendations at its June 2014 meeting."),
    ]


def _other_reviews() -> list:
    return [
        Heading("Domestic homicide review", 2),
        Para("The Safer Wexcombe Partnership completed a domestic homicide review in 2013-14 following the death "
             "of a woman in the north of the county. Although there were no children in the household, one of "
             "the review's recommendations was that all agencies should include the risks to unborn and future "
             "children in domestic abuse risk assessments. The Safer Wexcombe Partnership monitors the action "
             "plan for the review and has agreed to share its progress with the Board."),
    ]


def _ofsted() -> list:
    return [
        Heading("Inspection", 1),
        Para("Ofsted's unannounced inspection of the local authority's arrangements for the protection of children "
             "took place in July 2013. The inspection judged the overall effectiveness of arrangements to be "
             "adequate. Inspectors found that children at immediate risk were protected, but that the quality "
             "of assessments was too variable. They recommended that Wexcombe County Council should, within three "
             "months:"),
        Bullets([
            "ensure that all child protection plans set out clearly what must change and by when;",
            "improve the timeliness of core assessments;",
            "ensure that the views of children are recorded and taken into account in child protection "
            "conferences.",
        ]),
        Para("The County Council has put an improvement plan in place, and the Board monitors its progress "
             "through a report from the Director of Children's Services to each meeting."),
    ]


def _priorities() -> list:
    return [
        Heading("Business Plan 2014-15", 1),
        Para("The Board has agreed four priorities for 2014-15. In agreeing them, the Board recognised that it "
             "should concentrate on fewer things and do them well, and it has recommended to partners that "
             "their own plans should reflect the same priorities:"),
        Table(["Priority", "What success should look like"], [
            ["Neglect", "Practitioners should recognise neglect earlier and use a common assessment tool."],
            ["Domestic abuse", "Every child living with domestic abuse should have a safety plan shared with "
                               "their school."],
            ["Child sexual exploitation", "The Board should have a complete picture of children at risk."],
            ["Learning and improvement", "The Board should publish a learning and improvement framework that "
                                         "meets the requirements of Working Together 2013."],
        ], caption="Priorities for 2014-15"),
    ]


def _appendix() -> list:
    return [
        Heading("Appendix: Recommendations of the serious case review concerning Child M", 1),
        Para("The recommendations below are reproduced from the overview report as published in November 2013."),
    ] + [Para(f"({letter}) {text}") for letter, text, _b in RECS]


CTX = filler.Ctx(area=AREA, board=BOARD, short="WLSCB", period=YEAR, seed=SEED,
                 council="Wexcombe County Council", police="Wexcombe Constabulary", ccg="NHS Wexcombe CCG",
                 chair="Dr Imogen Stallard")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += _foreword() + [PageBreak()]
    blocks += filler.sections(c, "introduction", "governance", "membership") + [PageBreak()]
    blocks += filler.sections(c, "area_profile", "budget") + [PageBreak()]
    blocks += _scrs() + _learning_review() + _other_reviews() + [PageBreak()]
    blocks += filler.sections(c, "subgroups", "performance", "training")
    blocks += _ofsted() + [PageBreak()]
    blocks += filler.sections(c, "cdop", "lado", "private_fostering", "cse_missing", "early_help")
    blocks += _priorities() + [PageBreak()]
    blocks += filler.glossary(c) + [PageBreak()] + _appendix()
    return ReportSpec(
        name=NAME,
        title="Wexcombe Local Safeguarding Children Board Annual Report 2013-2014",
        running_header="Wexcombe LSCB Annual Report 2013-14",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published October 2014",
    )
