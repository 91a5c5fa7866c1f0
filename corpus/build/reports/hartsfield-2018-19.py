"""Hartsfield Safeguarding Children Partnership, annual report 2018-19 (invented area).

Shape under test: cases named by pseudonyms (SCRs "Child Tobias" and "Baby Willow"; "the
Ashdown family" commissioned), recommendations as paragraphs "Recommendation One:",
"Recommendation Two:"... (gold `number` holds the numeral, "1", "2"...), each followed by a
"What has happened since" paragraph whose closing sentence gives the status ("This
recommendation is now closed." / "Work continues." / "This has not yet started."; the closing
sentence is not part of the gold `action`). Bodies are written as pairs and lists ("Hartsfield
Council and Hartsfield Clinical Commissioning Group", "Police, health and education partners");
the gold lists each body once with its sector. Monitoring is described indirectly (the learning
log). Distractors: a domestic homicide review written in the same "Recommendation One:" style,
a rapid review that did not lead to a review, and Ofsted's recommendations. Extra: txt.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "hartsfield-2018-19"
AREA = "Hartsfield"
BOARD = "Hartsfield Safeguarding Children Partnership"
YEAR = "2018-19"
SEED = 41827

WORDS = ["One", "Two", "Three", "Four", "Five", "Six"]
CLOSING = {"completed": "This recommendation is now closed.", "in_progress": "Work continues.",
           "not_started": "This has not yet started."}

# (recommendation, what has happened since or None, text when nothing has happened, bodies, status)
TOBIAS = [
    ("Hartsfield Council and Hartsfield Clinical Commissioning Group should make sure that, when a parent is "
     "known to misuse alcohol, the effect on the children is assessed at the first contact with either "
     "children's or adult services.",
     "Hartsfield Council and the Clinical Commissioning Group agreed a joint 'Think Family' alcohol pathway, "
     "which went live in January 2019. The pathway requires the first worker to ask every new client whether "
     "they live with or care for children, and to contact the Front Door where there are concerns; 41 contacts "
     "were made in the first quarter.",
     None,
     [body("Hartsfield Council", "childrens_social_care"),
      body("Hartsfield Clinical Commissioning Group", "health")], "completed"),
    ("Police, health and education partners should ensure that a child who has not been seen at nursery, at a "
     "health appointment or at home for four weeks is discussed at a multi-agency meeting.",
     "A 'child not seen' protocol was agreed in December 2018. Nursery managers, health visitors and "
     "neighbourhood officers can now ask the Front Door to convene a meeting, and eight such meetings were held "
     "before the end of March. An audit of these meetings is planned for the summer of 2019.",
     None,
     [body("Police", "police"), body("health partners", "health"), body("education partners", "education")],
     "in_progress"),
    ("The Partnership should revise its neglect strategy so that all agencies use a single tool to assess "
     "neglect.",
     "The neglect strategy was rewritten and signed off in February 2019. Partners chose the Graded Care Profile "
     "2 as the common tool, and the first training for 60 practitioners will take place in May 2019.",
     None,
     [body("The Partnership", "lscb")], "in_progress"),
    ("Hartsfield Children's Social Care and the health visiting service should agree how health visitors are "
     "told when a child's case is closed by social care.",
     "A closure letter is now sent to the health visitor and the GP whenever a case is closed, and the health "
     "visiting record shows the date and the reason for closure.",
     None,
     [body("Hartsfield Children's Social Care", "childrens_social_care"),
      body("the health visiting service", "health")], "completed"),
    ("All agencies should make sure that their staff know how to escalate a concern when they disagree with a "
     "decision made by another agency.",
     "The escalation policy was relaunched in November 2018 with a seven-minute briefing. The business team now "
     "records every escalation: 23 were logged between November and March, compared with four in the whole of "
     "the previous year.",
     None,
     [ALL_AGENCIES], "completed"),
]

WILLOW = [
    ("Hartsfield General Hospital maternity services and the 0-19 public health nursing service should ensure "
     "that a mother's disclosure of domestic abuse during pregnancy is passed on at the handover from midwife "
     "to health visitor.",
     "A revised handover form with a mandatory question on domestic abuse has been agreed by both services and "
     "is being tested on two community midwifery teams before it is used across the county.",
     None,
     [body("Hartsfield General Hospital maternity services", "health"),
      body("the 0-19 public health nursing service", "health")], "in_progress"),
    ("The National Probation Service and the Community Rehabilitation Company should check with children's "
     "social care whether a man under their supervision is living with, or having regular contact with, a "
     "baby or young child.",
     None,
     "Neither probation provider has yet reported any work on this recommendation; both are waiting for the "
     "national changes to probation services due in 2019-20.",
     [body("The National Probation Service", "probation_youth_justice"),
      body("the Community Rehabilitation Company", "probation_youth_justice")], "not_started"),
    ("The Partnership should provide safer sleep training for every practitioner who visits families at home, "
     "including housing officers and drug and alcohol workers.",
     "A safer sleep module was added to the multi-agency training programme, and 212 staff attended between "
     "January and March 2019. The Partnership's training officer has also recorded a short film for staff who "
     "cannot attend.",
     None,
     [body("The Partnership", "lscb")], "completed"),
]

MONITORING = (
    "Each action is tracked on the Partnership's learning log and reviewed quarterly by the Safeguarding "
    "Practice Review Group, which will not close an action until evidence of impact is seen."
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Tobias", "published")
    g.scr("Baby Willow", "published")
    g.scr("the Ashdown family", "initiated")
    for case, recs in (("Child Tobias", TOBIAS), ("Baby Willow", WILLOW)):
        for i, (text, done, _none, bodies, status) in enumerate(recs, 1):
            g.rec(case, str(i), text, done, bodies, status)
    return g.dump(MONITORING)


def _recs(recs) -> list:
    out = []
    for i, (text, done, nothing, _b, status) in enumerate(recs):
        out.append(Para(f"Recommendation {WORDS[i]}: {text}", bold=False))
        out.append(Para("What has happened since", italic=True))
        out.append(Para(f"{done or nothing} {CLOSING[status]}"))
    return out


def _case_reviews() -> list:
    b = [
        Heading("Learning from serious cases", 1),
        Para("Until the new arrangements came into force, the Partnership's predecessor, the Hartsfield Local "
             "Safeguarding Children Board, remained responsible for deciding whether a serious case review "
             "should be held. During 2018-19 two serious case reviews were published, and a third was "
             "commissioned in February 2019 under the transitional arrangements. As is usual, the children are "
             "given names that are not their own, chosen by their families where possible."),
        Para(MONITORING + " The log is open to every partner, and agencies report against it rather than "
             "writing separate updates."),
        Heading("Child Tobias", 2),
        Para("Tobias was four years old when he was found by a neighbour, alone in the family flat, "
             "underweight and with untreated tooth decay. His mother had been drinking heavily for several "
             "months. Tobias had stopped attending nursery and had missed his developmental review. The review, "
             "led by an independent author, was published in September 2018 and made five recommendations."),
    ]
    b += _recs(TOBIAS)
    b += [
        Heading("Baby Willow", 2),
        Para("Willow was seven weeks old when she died. She had been sleeping on a sofa with her father, who had "
             "been drinking. Her mother had told her midwife about violence from Willow's father during the "
             "pregnancy, but this was not passed on, and the father was under probation supervision for an "
             "unrelated offence. The coroner recorded an open verdict. The review was published in March 2019 "
             "with three recommendations."),
    ]
    b += _recs(WILLOW)
    b += [
        Heading("The Ashdown family", 2),
        Para("In February 2019 the Independent Chair agreed to commission a serious case review about three "
             "brothers in the Ashdown family, who were found to have been sexually abused by an older relative "
             "over several years. Police enquiries are continuing and the review will not report until they are "
             "complete; we expect to publish it in 2019-20."),
        Heading("Rapid review: Child Juniper", 2),
        Para("Juniper, aged 15, was admitted to hospital after taking an overdose while missing from home. The "
             "rapid review, held in March 2019 under the new national arrangements, concluded that a local "
             "child safeguarding practice review was not needed because the learning was already being "
             "addressed by the exploitation strategy. The rapid review did identify two points for partners:"),
        Bullets([
            "the return home interview service should be told within 24 hours when a young person who is open "
            "to mental health services goes missing;",
            "CAMHS should be invited to the exploitation panel whenever a young person they are treating is "
            "discussed.",
        ]),
        Para("These points have been passed to the Exploitation Sub-group and are not tracked as review actions."),
    ]
    return b


def _dhr() -> list:
    return [
        Heading("Domestic homicide review: Ellen", 1),
        Para("The Hartsfield Community Safety Partnership published a domestic homicide review in January 2019 "
             "following the death of Ellen, a woman of 34 who was killed by her former partner. Ellen's two "
             "children, who were not present, are now cared for by their grandparents. Because the review "
             "contains learning for children's services, the Community Safety Partnership asked us to note two "
             "of its recommendations here. They are owned and monitored by the Community Safety Partnership, "
             "not by us."),
        Para("Recommendation One: The Community Safety Partnership should commission training for GPs on "
             "asking patients about domestic abuse."),
        Para("What has happened since", italic=True),
        Para("Training has been commissioned from a local domestic abuse charity and will start in June 2019. "
             "Work continues."),
        Para("Recommendation Two: The MARAC should ensure that children's social care is represented at every "
             "meeting where a victim has children."),
        Para("What has happened since", italic=True),
        Para("A social worker from the Front Door now attends every MARAC meeting. This recommendation is now "
             "closed."),
    ]


def _ofsted() -> list:
    return [
        Heading("Ofsted inspection of children's services", 1),
        Para("Ofsted inspected Hartsfield Council's services for children under the ILACS framework in "
             "October 2018 and judged them to require improvement to be good. Inspectors found that children at "
             "risk of harm were identified quickly and that the Front Door worked well. They recommended that "
             "the local authority should improve:"),
        Bullets([
            "the quality and consistency of supervision for social workers, so that it challenges drift in "
            "children's plans;",
            "the timeliness of initial health assessments for children coming into care;",
            "the use of chronologies to understand the impact of neglect over time.",
        ]),
        Para("The local authority's improvement plan is overseen by the Children's Services Improvement Board, "
             "and the Partnership receives a progress report twice a year."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="HSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Hartsfield Council", police="Hartsfield Constabulary",
                 ccg="Hartsfield Clinical Commissioning Group")


def build() -> ReportSpec:
    c = CTX
    f = lambda *parts: partnership_wording([blk for p in parts for blk in p], scrutineer=False)  # noqa: E731
    blocks: list = []
    blocks += f(filler.foreword(c)) + [PageBreak()]
    blocks += f(filler.introduction(c), filler.governance(c), filler.membership(c)) + [PageBreak()]
    blocks += f(filler.area_profile(c), filler.budget(c)) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _dhr() + _ofsted()
    blocks += f(filler.subgroups(c), filler.training(c), filler.performance(c)) + [PageBreak()]
    blocks += f(filler.cdop(c), filler.lado(c), filler.private_fostering(c), filler.cse_missing(c))
    blocks += [PageBreak()] + f(filler.glossary(c))
    return ReportSpec(
        name=NAME,
        title="Hartsfield Safeguarding Children Partnership: Annual Report 2018-19",
        running_header="Hartsfield Safeguarding Children Partnership | Annual Report 2018-19",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published October 2019",
    )
