"""Wrenfield Safeguarding Children Board, annual report 2014-15.

Shape under test: the Child J recommendations are a plain numbered list ("1.", "2." ...)
under "The review's recommendations"; the actions sit SEPARATELY in a later table keyed by
recommendation number (Rec | Action | Responsible | Completed by | Status). The gold merges
each recommendation with its table row. Distractors: the Ofsted single-inspection
recommendations (a numbered list phrased with "should"), the business plan table, and a
multi-agency audit action list.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table
import filler

NAME = "wrenfield-2014-15"
AREA = "Wrenfield"
BOARD = "Wrenfield Safeguarding Children Board"
YEAR = "2014-15"
SEED = 3141

SECTORS = {
    "Wrenfield CCG": "health",
    "the Designated Nurse": "health",
    "Wrenfield Children's Services": "childrens_social_care",
    "Wrenfield Police": "police",
    "the Public Protection Unit": "police",
    "Wrenfield Community Health Services NHS Trust": "health",
    "health visitors": "health",
    "WSCB Training Sub-group": "lscb",
    "The Board": "lscb",
    "Education Safeguarding Service": "education",
    "all partner agencies": "lscb",
    "registered social landlords": "housing",
    "Public Protection Unit": "police",
    "Wrenfield and District Hospitals NHS Trust": "health",
    "Housing Options": "housing",
    "Wrenfield Borough Council": "other",
}

# --- Child J: the numbered recommendations ------------------------------------------------
RECS = [
    "Wrenfield Children's Services should ensure that when a child is made subject to a child "
    "protection plan because of neglect, the plan sets out measurable outcomes for the child and "
    "the timescales within which change must be seen.",
    "Wrenfield CCG should ensure that GP practices flag the records of all children subject to a "
    "child protection plan and that the flag is visible to every clinician who sees the child or "
    "a member of the household.",
    "Wrenfield Police should ensure that every domestic abuse incident attended where a child "
    "under five lives at the address is notified to Children's Services and to the health visiting "
    "service within one working day.",
    "Wrenfield Community Health Services NHS Trust should ensure that health visitors complete a "
    "home visit, rather than a clinic contact, whenever a child on a protection plan misses two "
    "consecutive appointments.",
    "The Board should ensure that multi-agency training on neglect includes the cumulative impact of "
    "low-level concerns and the use of chronologies.",
    "All agencies should ensure that practitioners attending core group meetings have the authority "
    "to commit their agency's resources and that attendance is recorded.",
    "Housing Options and registered social landlords should be invited to core groups where a family "
    "is in rent arrears or facing eviction.",
    "Wrenfield and District Hospitals NHS Trust should review its arrangements for sharing information "
    "about children who attend the emergency department with injuries where the explanation is "
    "inconsistent.",
]

# --- Child J: the action table (one row per recommendation number) ------------------------
# (action text or "-", Responsible cell, bodies in that cell, Completed by cell, due, Status)
ACTIONS = [
    ("A neglect outcomes template was added to the child protection plan in the case recording "
     "system in December 2014. Team managers check the outcomes at each review conference.",
     "Wrenfield Children's Services", ["Wrenfield Children's Services"], "December 2014", "2014-12",
     "Complete"),
    ("All 27 practices have confirmed that child protection flags are in place. The Designated Nurse "
     "is carrying out spot checks in ten practices to test that flags are visible to locum staff.",
     "Wrenfield CCG / the Designated Nurse", ["Wrenfield CCG", "the Designated Nurse"], "June 2015",
     "2015-06", "Partially achieved"),
    ("The Public Protection Unit now sends a notification for every attended incident through the "
     "MASH. Health visitors receive the notification on the same day. A compliance check found 94% "
     "sent within one working day.",
     "Wrenfield Police (Public Protection Unit)", ["Wrenfield Police", "Public Protection Unit"],
     "March 2015", "2015-03", "Complete"),
    ("The Trust has amended its was-not-brought policy. Implementation is being tested through the "
     "Trust's record-keeping audit, which will report in the summer.",
     "Wrenfield Community Health Services NHS Trust", ["Wrenfield Community Health Services NHS Trust"],
     "September 2015", "2015-09", "Ongoing"),
    ("A revised one-day neglect course was delivered six times to 142 practitioners. A chronology "
     "workshop has been added to the 2015-16 programme.",
     "WSCB Training Sub-group", ["The Board", "WSCB Training Sub-group"], "March 2015", "2015-03", "Complete"),
    ("Agencies have reminded staff of the expectation. Core group attendance will be examined in "
     "the multi-agency audit of neglect cases planned for autumn 2015.",
     "All agencies", ["all partner agencies"], "October 2015", "2015-10", "Ongoing"),
    ("-",
     "Housing Options", ["Housing Options", "registered social landlords"], "July 2015", "2015-07", "Ongoing"),
    ("The emergency department now sends a liaison form to the health visitor or school nurse for "
     "every child under 16 who attends with an injury, and the safeguarding team reviews cases where "
     "the explanation is inconsistent.",
     "Wrenfield and District Hospitals NHS Trust", ["Wrenfield and District Hospitals NHS Trust"],
     "January 2015", "2015-01", "Complete"),
]

STATUS = {"Complete": "completed", "Ongoing": "in_progress", "Partially achieved": "in_progress"}

MONITORING = (
    "The Serious Case Review Panel receives a written update from each lead agency before every "
    "meeting and will not close an action until evidence of the change has been seen. The Panel "
    "reports progress on the Child J action plan to each meeting of the Board"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Child J", "published")
    g.scr("Young Person H", "ongoing")
    for i, (text, (action, _cell, bodies, _by, due, status)) in enumerate(zip(RECS, ACTIONS), 1):
        g.rec("Child J", str(i), text, None if action == "-" else action,
              [(b, SECTORS[b]) for b in bodies], STATUS[status], due)
    return g.dump(MONITORING)


def _case_reviews() -> list:
    b = [
        Heading("Serious Case Reviews", 1),
        Para("Under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 the Board must "
             "undertake a serious case review where abuse or neglect of a child is known or suspected and "
             "the child has died or been seriously harmed, and there is cause for concern about the way in "
             "which agencies worked together. The decision rests with the Independent Chair, on the advice "
             "of the Serious Case Review Panel."),
        Para("During 2014-15 the Panel considered five referrals. Three did not meet the criteria; one was "
             "taken forward as a single-agency review by the Community Health Services Trust, and one led "
             "to a serious case review. The Board published one serious case review in the year, concerning "
             "Child J, and one further review, Young Person H, was still under way at 31 March 2015. The "
             "Young Person H review concerns a 15-year-old who was seriously injured in an assault; its "
             "publication is likely to be delayed until criminal proceedings have concluded."),
        Table(["Review", "Date commissioned", "Stage at 31 March 2015"],
              [["Child J", "November 2013", "Published 12 February 2015"],
               ["Young Person H", "February 2014", "Under way (parallel criminal proceedings)"]],
              caption="Serious case reviews 2014-15"),
        Heading("Child J", 2),
        Para("Child J was two years old when he was admitted to hospital in a state of severe malnutrition "
             "in October 2013. He had been the subject of a child protection plan under the category of "
             "neglect for eleven months. He has since recovered and is living with extended family. The "
             "review was led by an independent reviewer using a systems approach, with a panel of senior "
             "managers from the agencies involved, and practitioners took part in two learning events."),
        Para("The reviewer found that the plan for Child J described the tasks that professionals would "
             "carry out but not the difference those tasks were meant to make for him. The family were "
             "seen frequently, but the visits recorded what the parents reported rather than what was "
             "observed of the child. Missed health appointments were rebooked rather than followed up, and "
             "the family's mounting rent arrears were known to the landlord but not to the core group."),
        Heading("The review's recommendations", 3),
        Para("The overview report made the following eight recommendations, all of which the Board accepted:"),
    ]
    for i, r in enumerate(RECS, 1):
        b.append(Para(f"{i}. {r}"))
    b += [
        Para("The full overview report and the Board's response are available on the WSCB website. A "
             "single-page briefing for practitioners, 'Child J: what we learned', was sent to all partner "
             "agencies in February 2015 and has been used in team meetings across the borough."),
        Heading("What has been done", 2),
        Para("The Board agreed a multi-agency action plan at its meeting in March 2015, although several "
             "agencies had begun work as soon as the draft findings were shared with them. The table below "
             "shows the position at the end of May 2015. Numbers in the first column refer to the "
             "recommendations listed above."),
    ]
    rows = []
    for i, (action, cell, _b, by, _due, status) in enumerate(ACTIONS, 1):
        rows.append([str(i), action, cell, by, status])
    b.append(Table(["Rec", "Action", "Responsible", "Completed by", "Status"], rows,
                   caption="Child J action plan - progress at May 2015"))
    b += [
        Para("Recommendation 7 depends on an agreement with the three largest registered social landlords in "
             "the borough, and the Housing Options update had not been received when this report went to "
             "print."),
        Heading("How the Board keeps track", 2),
        Para(MONITORING + ". Where an action is late the Independent Chair writes to the chief officer "
             "of the agency concerned."),
        Para("In the coming year the Panel intends to test whether the changes have made a difference to "
             "children, rather than only whether procedures have been amended. A themed audit of neglect "
             "cases has been scheduled with the Quality Assurance Sub-group for October 2015."),
    ]
    return b


def _ofsted() -> list:
    return [
        Heading("Inspection of the Board", 1),
        Para("Ofsted inspected services for children in need of help and protection, children looked after "
             "and care leavers in Wrenfield in June and July 2014, and reviewed the effectiveness of the "
             "Board at the same time. Children's services were judged to require improvement. The Board was "
             "judged to be good: inspectors found that it had 'a clear understanding of its strengths and "
             "weaknesses' and that challenge between partners was 'robust and well-evidenced'."),
        Para("The inspectors' report recommended that the Board should:"),
        Bullets([
            "ensure that the performance dataset includes information from all partners, including the "
            "police and health providers, so that the Board can understand the quality of front-line practice;",
            "evaluate the impact of multi-agency training on practice, not only attendance and satisfaction;",
            "strengthen the involvement of children and young people in the work of the Board;",
            "monitor more closely the effectiveness of early help, including the use of the common assessment "
            "framework by schools.",
        ], numbered=True),
        Para("The Board's response to these recommendations forms part of the business plan and is reported "
             "below. The recommendations for the local authority are monitored through the Children's "
             "Services improvement board, not by the WSCB."),
    ]


def _business_plan() -> list:
    return [
        Heading("Business plan 2014-15: what we achieved", 1),
        Para("The Board set four priorities for 2014-15. Progress against each is summarised below, using the "
             "same wording as the business plan."),
        Table(["Priority", "What we said we would do", "Lead", "Outcome", "Status"], [
            ["1. Neglect", "Launch a neglect strategy and screening tool", "Neglect Task Group",
             "Strategy launched September 2014; tool used in 61% of relevant assessments", "Complete"],
            ["2. Child sexual exploitation", "Appoint a CSE coordinator and establish a multi-agency panel",
             "CSE Sub-group", "Coordinator in post; panel meets fortnightly", "Complete"],
            ["3. Performance information", "Extend the dataset to health and police indicators "
             "(Ofsted recommendation 1)", "QA Sub-group", "Police data included; health data from Q2 2015-16",
             "Ongoing"],
            ["4. Voice of the child", "Establish a young people's advisory group (Ofsted recommendation 3)",
             "Business Manager", "Two meetings held; recruitment continuing", "Partially achieved"],
        ], caption="Business plan progress"),
        Para("Following the multi-agency audit of early help in January 2015, the QA Sub-group agreed the "
             "following actions, which will be reviewed in the autumn:"),
        Bullets([
            "schools should record the outcome of every early help assessment on the shared database;",
            "the early help hub should send a closure summary to the referrer within five working days;",
            "the Board should receive quarterly data on step-down from social care to early help.",
        ]),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="WSCB", period=YEAR, seed=SEED,
                 council="Wrenfield Borough Council", police="Wrenfield Police",
                 ccg="Wrenfield CCG", acute_trust="Wrenfield and District Hospitals NHS Trust",
                 community_trust="Wrenfield Community Health Services NHS Trust")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.area_profile(c) + filler.governance(c)
    blocks += filler.membership(c) + filler.budget(c) + [PageBreak()]
    blocks += filler.subgroups(c) + filler.performance(c) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += filler.training(c) + filler.cdop(c) + filler.lado(c)
    blocks += _ofsted()
    blocks += filler.private_fostering(c) + filler.cse_missing(c) + filler.early_help(c)
    blocks += _business_plan()
    blocks += filler.voice_of_child(c) + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title=f"{BOARD} Annual Report 2014/15",
        running_header="WSCB Annual Report 2014/15",
        blocks=blocks,
        gold=_gold(),
        published="Published September 2015",
    )
