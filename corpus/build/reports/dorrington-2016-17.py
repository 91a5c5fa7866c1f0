"""Dorrington Safeguarding Children Board, annual report 2016-17.

Shape under test: an SCR (Child A) whose action plan is reported WITHOUT its recommendations:
only an "Actions completed this year" bullet list, each bullet naming who did what (gold:
text null, action = the bullet, status completed because the list says so). A second SCR
(Young Person B) is only counted as ongoing. Monitoring: "The Serious Case Review Group has
tracked each action to completion". Distractor in the same bullet style: a domestic homicide
review with recommendations and completed actions; also a peer review and business plan.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "dorrington-2016-17"
AREA = "Dorrington"
BOARD = "Dorrington Safeguarding Children Board"
YEAR = "2016-17"
SEED = 16017

# Child A: (bullet text, bodies)
CHILD_A = [
    ("Dorrington Borough Council Children's Services rewrote its neglect practice guidance and introduced "
     "the Graded Care Profile 2 across all safeguarding teams from September 2016.",
     [body("Dorrington Borough Council Children's Services", "childrens_social_care")]),
    ("The school nursing service introduced a health needs review for every child who is electively home "
     "educated and known to children's social care.",
     [body("the school nursing service", "health")]),
    ("Dorrington Police public protection unit now shares every notification about a child under five with "
     "the health visiting team within 24 hours.",
     [body("Dorrington Police public protection unit", "police")]),
    ("The Elective Home Education Officer and the Education Welfare Service agreed a joint visiting protocol, "
     "so that a child is seen within 20 school days of being withdrawn from school.",
     [body("Elective Home Education Officer", "education"), body("Education Welfare Service", "education")]),
    ("Dorrington CCG commissioned training for GP safeguarding leads on neglect and the impact of parental "
     "learning disability; 41 of 44 practices were represented.",
     [body("Dorrington CCG", "health")]),
    ("The Board's Learning and Development Group delivered six multi-agency 'Learning from Child A' sessions "
     "to 212 practitioners and published a seven-minute briefing.",
     [body("The Board's Learning and Development Group", "lscb")]),
    ("Adult social care learning disability teams added a question about dependent children to their "
     "assessment and review paperwork.",
     [body("Adult social care learning disability teams", "adult_services")]),
]

MONITORING = "The Serious Case Review Group has tracked each action to completion"


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child A", "published")
    g.scr("Young Person B", "ongoing")
    for action, bodies in CHILD_A:
        g.rec("Child A", None, None, action, bodies, "completed")
    return g.dump(MONITORING)


def _case_reviews() -> list:
    return [
        Heading("Case Review Sub-group", 1),
        Para("The Serious Case Review Group meets every six weeks. It considers cases referred for a possible "
             "serious case review, oversees reviews under way and makes sure that what we learn is acted on."),
        Para("Two serious case reviews were active during 2016-17. The Child A review was published in July "
             "2016. The review concerning Young Person B is ongoing and will be published in 2017-18."),
        Heading("Child A", 2),
        Para("Child A was a nine-year-old girl who had been withdrawn from school to be educated at home. When she "
             "was found by police, she was severely underweight and had untreated dental disease. Both her "
             "parents have a learning disability. The review found that each agency saw a part of the picture "
             "but that nobody had seen Child A herself for over a year."),
        Para("The Board published the overview report together with its response. The action plan was agreed by "
             "all partners in September 2016."),
        Heading("Actions completed this year", 3),
        Bullets([a for a, _b in CHILD_A]),
        Para(MONITORING + ", asking each agency for evidence before signing an action off. An audit of "
             "neglect cases in March 2017 will be repeated next year to test whether the changes have lasted."),
        Heading("Young Person B", 2),
        Para("This review is ongoing. Because criminal proceedings are still under way, we cannot say more about "
             "it in this report."),
    ]


def _dhr() -> list:
    return [
        Heading("Domestic Homicide Review: 'Mrs E'", 1),
        Para("The Community Safety Partnership published a domestic homicide review in November 2016 following "
             "the death of a woman who lived with her two teenage children. The Board contributed to the review "
             "because the children were known to agencies. This is not a serious case review, but the Board has "
             "taken a close interest in the learning for children's services."),
        Heading("The review's recommendations", 2),
        Bullets([
            "The MARAC should ensure that children's social care is represented at every meeting.",
            "Agencies should ask about domestic abuse when a parent presents with depression or anxiety.",
            "The Community Safety Partnership should commission a specialist service for teenagers "
            "living with domestic abuse.",
        ]),
        Heading("Actions completed this year", 2),
        Bullets([
            "Dorrington Borough Council Children's Services now sends a manager to every MARAC meeting.",
            "Dorrington CCG issued a routine enquiry prompt to all GP practices.",
            "The Community Safety Partnership commissioned a teenage domestic abuse service, which opened in "
            "January 2017.",
        ]),
    ]


def _peer_review() -> list:
    return [
        Heading("Peer review", 1),
        Para("In October 2016 the Board invited a peer review team from three other safeguarding boards to test "
             "its effectiveness. The team found strong partnership working and good attendance, and recommended "
             "that the Board should:"),
        Bullets([
            "reduce the number of sub-groups and focus on fewer priorities;",
            "make its website easier for young people to use;",
            "involve schools more fully in the work of the Board.",
        ]),
        Para("The Board has agreed to act on all three points in 2017-18."),
        Heading("Business plan 2017-18", 2),
        Table(["Priority", "What we will do", "Who"], [
            ["Neglect", "Roll out the Graded Care Profile 2 to health visitors and schools", "Neglect Strategy Group"],
            ["Children missing education", "Agree a joint protocol on children missing education", "Education Welfare Service"],
            ["Domestic abuse", "Train 300 practitioners in the Safe and Together model", "Learning and Development Group"],
        ]),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="DSCB", period=YEAR, seed=SEED,
                 council="Dorrington Borough Council", police="Dorrington Police", ccg="Dorrington CCG")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.area_profile(c) + filler.governance(c)
    blocks += filler.membership(c) + [PageBreak()]
    blocks += filler.budget(c) + filler.subgroups(c) + filler.performance(c) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _dhr() + filler.training(c) + filler.cdop(c) + filler.lado(c)
    blocks += filler.private_fostering(c) + filler.cse_missing(c) + filler.early_help(c)
    blocks += _peer_review() + filler.voice_of_child(c) + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Dorrington Safeguarding Children Board - Annual Report 2016/17",
        running_header="DSCB Annual Report 2016/17",
        blocks=blocks,
        gold=_gold(),
        published="Published July 2017",
    )
