"""Rushbeck Safeguarding Children Board, annual report 2013-14.

Shape under test: the Child B serious case review is COMPLETED but NOT PUBLISHED (parallel
criminal proceedings). The Chair's foreword describes its early learning and some actions
already taken; a later "Serious Case Reviews" section lists the three recommendations
briefly and what has been done. The material is SPLIT: recommendation 2's action appears
only in the foreword, and recommendation 1's action is mentioned in both places (gold
takes the fuller account once). A second SCR (Child E) was initiated. No monitoring
mechanism for the SCR action plan is described, so the verdict is partly_meets despite
full actions and bodies. Distractors: CDOP recommendations and Ofsted's recommendations.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "rushbeck-2013-14"
AREA = "Rushbeck"
BOARD = "Rushbeck Safeguarding Children Board"
YEAR = "2013-14"
SEED = 1314

REC1 = ("Health visitors, midwives and social workers should always ask who else lives in, or regularly "
        "stays at, the home of a new baby, and should record what they are told.")
REC2 = ("Rushbeck General Hospital should make sure that every baby under one year old who is brought to "
        "the emergency department with an injury is discussed with the on-call paediatrician before the "
        "baby goes home.")
REC3 = ("The Board should revise its multi-agency training on bruising in babies who are not yet mobile, "
        "and find out whether the training has changed what practitioners do.")

# foreword: a short version of action 1 (not the gold span) and the only account of action 2
FOREWORD_ACT1 = ("Health visitors now ask at every new birth visit about everyone who lives in or visits the "
                 "home.")
ACT2 = ("Since October 2013 every baby under one who comes to the emergency department at Rushbeck General "
        "Hospital with an injury has been discussed with the on-call paediatrician before going home.")
# later section: the fuller account of actions 1 and 3
ACT1 = ("Rushbeck Community Health NHS Trust added a 'who lives here' section to the new birth visit and "
        "antenatal booking records in January 2014, and Children's Social Care added the same question to its "
        "assessment template.")
ACT1_STATUS = "This recommendation has been completed."
ACT3 = ("The Training Sub-group rewrote the bruising course, which 96 practitioners attended between "
        "November 2013 and March 2014. An evaluation of its impact is ongoing and will report in the autumn.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_limit=135, evidence_trim=",;:")
    g.scr("Child B", "completed")
    g.scr("Child E", "initiated")
    g.rec("Child B", "1", REC1, ACT1,
          [body("health visitors", "health"), body("midwives", "health"),
           body("social workers", "childrens_social_care"),
           body("Rushbeck Community Health NHS Trust", "health"),
           body("Children's Social Care", "childrens_social_care")], "completed")
    g.rec("Child B", "2", REC2, ACT2, [body("Rushbeck General Hospital", "health")], "unknown")
    g.rec("Child B", "3", REC3, ACT3,
          [body("The Board", "lscb"), body("Training Sub-group", "lscb")], "in_progress")
    return g.dump(None)


def _foreword() -> list:
    return [
        Heading("Chair's foreword", 1),
        Para("Welcome to the annual report of the Rushbeck Safeguarding Children Board for April 2013 to March "
             "2014. This is my third and last report as Independent Chair; I will hand over to my successor in "
             "September."),
        Para("The year has been dominated for many of us by the serious case review into the death of Child B, a "
             "baby of eleven weeks. The overview report was completed and accepted by the Board in January 2014. "
             "Because criminal proceedings against one of Child B's carers have not yet concluded, the report "
             "cannot be published, and I am therefore not able to say as much about it here as I would wish. "
             "It will be published, with the Board's response, as soon as the trial is over."),
        Para("What I can say is that the review has already taught us a great deal. Child B had a small bruise "
             "that was seen by two professionals in the weeks before his death, and neither knew that a new "
             "partner had joined the household. The Board did not wait for the final report before acting on "
             "that learning. " + FOREWORD_ACT1 + " " + ACT2 + " Other agencies have made changes too, and the "
             "section on serious case reviews later in this report describes them."),
        Para("A second serious case review, concerning a child referred to as Child E, was started in February "
             "2014 and will be reported next year."),
        Para("I would also like to record the Board's thanks to the staff of all partner agencies. Caseloads have "
             "risen, budgets have fallen, and the people who do this work have continued to do it with great "
             "care."),
        Para("Professor Hugh Alderton-Pryce, Independent Chair", italic=True),
    ]


def _ofsted() -> list:
    return [
        Heading("Inspection", 1),
        Para("Ofsted inspected Rushbeck's arrangements for the protection of children in May 2013. Overall "
             "effectiveness was judged adequate. Inspectors saw a stable workforce and good partnership working "
             "in the multi-agency safeguarding hub, but found too much variation in the quality of child "
             "protection plans."),
        Para("The inspection report listed areas for improvement. Within three months the Council and its "
             "partners should:"),
        Bullets([
            "ensure that child protection plans are specific about what needs to change, by when, and who is "
            "responsible;",
            "ensure that the LSCB receives performance information from all partners, including health "
            "providers and the police, so that it can hold them to account;",
            "improve the timeliness of initial child protection conferences, so that at least 85% are held within "
            "15 working days of the strategy discussion.",
        ]),
        Para("Within six months:"),
        Bullets([
            "the LSCB should evaluate the impact of its multi-agency training on outcomes for children;",
            "the local authority should increase the proportion of children who take part in their child "
            "protection conferences, or whose views are presented to them.",
        ]),
        Para("The Council's improvement plan, which is overseen by its Children's Improvement Board, covers all of "
             "these areas. The Board has added a health and police section to its performance report in response "
             "to the second recommendation."),
    ]


def _cdop() -> list:
    return [
        Heading("Child deaths", 1),
        Para("The Rushbeck Child Death Overview Panel reviews the death of every child who was normally resident in "
             "the area. In 2013-14 it was notified of 23 deaths and completed reviews of 19, including some deaths "
             "from the previous year. Most of the deaths were of babies in their first weeks of life and were "
             "caused by prematurity or congenital conditions."),
        Table(["Category of death", "Number reviewed"], [
            ["Perinatal/neonatal event", "8"],
            ["Chromosomal, genetic and congenital anomalies", "4"],
            ["Sudden unexpected, unexplained death", "3"],
            ["Acute medical or surgical condition", "2"],
            ["Trauma and other external factors", "1"],
            ["Malignancy", "1"],
            ["Total", "19"],
        ], caption="Child deaths reviewed by the panel, 2013-14"),
        Para("Modifiable factors were identified in five deaths. In three of the sudden unexpected deaths of infants, "
             "the baby had been sleeping with a parent on a sofa or in bed after the parent had drunk alcohol. The "
             "panel has made the following recommendations to the Board:"),
        Bullets([
            "safe sleeping advice should be given by midwives before discharge and repeated by health visitors at "
            "every contact until the baby is six months old;",
            "the Board should run a public campaign on the dangers of co-sleeping after alcohol or drug use, timed "
            "for the Christmas period;",
            "Rushbeck City Council should review the information about water safety given to families in temporary "
            "accommodation with access to open water.",
        ], numbered=True),
        Para("The safe sleeping campaign was run in December 2013 using posters in GP surgeries, pharmacies and "
             "nurseries, and the panel will check whether the advice is being given consistently through an audit "
             "of health visiting records."),
    ]


def _scrs() -> list:
    return [
        Heading("Serious Case Reviews", 1),
        Para("Local Safeguarding Children Boards must undertake a serious case review when a child dies or is "
             "seriously harmed, abuse or neglect is known or suspected, and there is cause for concern about the "
             "way in which agencies worked together. The Board's Serious Case Review Panel, chaired by the "
             "Designated Doctor, considers every referral and makes a recommendation to the Chair."),
        Para("Two new referrals were made in 2013-14. One led to the commissioning in February 2014 of a serious "
             "case review into the circumstances of Child E, using a systems methodology. The other did not "
             "meet the criteria, but the Panel asked the agencies involved to carry out single-agency reviews."),
        Heading("Child B", 2),
        Para("The serious case review concerning Child B was completed in January 2014. Publication has been "
             "deferred on the advice of the police and the Crown Prosecution Service until the end of criminal "
             "proceedings. The reviewer made three recommendations for the Board and its partners. In brief:"),
        Para("1. " + REC1),
        Para("2. " + REC2),
        Para("3. " + REC3),
        Para("What has been done", bold=True),
        Para("The action taken on the second recommendation is described in the Chair's foreword. On the first: "
             + ACT1 + " " + ACT1_STATUS),
        Para("On the third: " + ACT3),
        Para("A fuller account of the review and the Board's response will be published with the overview report."),
        Heading("Child E", 2),
        Para("Child E was four years old when she was admitted to hospital with injuries consistent with physical "
             "abuse. The review began in February 2014 and is being led by an independent author; it is expected "
             "to finish in the autumn."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="RSCB", period=YEAR, seed=SEED,
                 council="Rushbeck City Council", acute_trust="Rushbeck General Hospital NHS Foundation Trust",
                 community_trust="Rushbeck Community Health NHS Trust", chair="Hugh Alderton-Pryce")


def _generic(*sections: str) -> list:
    """Generic sections from filler.py, in the order given."""
    return filler.sections(CTX, *sections)


def _partners() -> list:
    return [
        Heading("What partners told us", 1),
        Para("Each member agency reports to the Board once a year on its own safeguarding work. The summaries "
             "below are taken from those reports."),
        Heading("Rushbeck Police", 2),
        Para("The force restructured its public protection teams in the autumn, bringing the child abuse "
             "investigation unit, the domestic abuse unit and the management of sex offenders under a single "
             "detective superintendent. The number of domestic abuse incidents in which children were present rose "
             "by 11%. A new missing persons coordinator has been appointed and works alongside the CSE team."),
        Heading("Health", 2),
        Para("Rushbeck CCG appointed a new Designated Nurse in June 2013 after a vacancy of eight months. The CCG's "
             "safeguarding assurance visits covered all three provider trusts. Rushbeck General Hospital NHS "
             "Foundation Trust reported that 86% of relevant staff had completed level 3 safeguarding training "
             "against a target of 90%; the community trust reported 93%."),
        Heading("Probation and youth offending", 2),
        Para("The Probation Trust is preparing for the national reorganisation of probation services into the "
             "National Probation Service and a Community Rehabilitation Company from June 2014. The Board has "
             "asked both new organisations to confirm who will represent them. The Youth Offending Service "
             "reported a fall in first-time entrants to the youth justice system for the fourth year running."),
        Heading("Schools and colleges", 2),
        Para("All maintained schools and 17 of the 19 academies returned the annual safeguarding audit to the "
             "Education Safeguarding Adviser. Designated teacher training was attended by 131 staff. Two schools "
             "were asked to strengthen their single central record following Ofsted inspections."),
        Heading("Voluntary and community sector", 2),
        Para("The voluntary sector representative on the Board, from Rushbeck Family Action, surveyed 42 local "
             "organisations. Most had a safeguarding policy, but fewer than half had accessed the Board's training, "
             "mainly because courses were held during the working day. Twilight sessions will be offered from "
             "September 2014."),
    ]


def _priorities() -> list:
    return [
        Heading("Priorities for 2014-15", 1),
        Para("The Board has agreed four priorities for the coming year. These were chosen after a development day "
             "in March 2014 attended by 40 managers and practitioners:"),
        Bullets([
            "Child sexual exploitation: the Board should complete its CSE strategy and make sure every secondary "
            "school has a named CSE lead.",
            "Neglect: partners should adopt a common assessment tool for neglect by the end of 2014.",
            "Early help: the Board should know how many children receive early help and whether it works.",
            "Performance: all partners should contribute data to a single multi-agency dataset.",
        ], numbered=True),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _foreword()
    blocks += _generic("introduction", "governance", "membership", "budget", "area_profile")
    blocks += _ofsted()
    blocks += _generic("early_help", "performance")
    blocks += _scrs()
    blocks += _cdop()
    blocks += _generic("lado", "private_fostering", "cse_missing", "training", "subgroups", "voice_of_child")
    blocks += _partners()
    blocks += _priorities()
    blocks += _generic("glossary")
    return ReportSpec(
        name=NAME,
        title="Rushbeck Safeguarding Children Board - Annual Report 2013/2014",
        running_header="RSCB Annual Report 2013-2014",
        blocks=blocks,
        gold=_gold(),
        published="Published July 2014",
    )
