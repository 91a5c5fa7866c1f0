"""Hollinbrook Local Safeguarding Children Board, annual report 2015-16 (invented London borough).

Shape under test: a busy business manager's report, terse and table-heavy, whose SCR material
sits in ONE appendix table, the "SCR tracker" (Review | Rec no. | Recommendation | Lead agency |
Update March 2016 | Complete?), covering three reviews. The Review cell is filled only on the
first row of each review (later rows leave it blank, as a merged cell would read). Child A
(published 2014, 5 recommendations) and Child B (published 2015, 6); Baby C is ongoing and its
single row says no recommendations are listed yet: that row is NOT an entry (Baby C is in scrs).
Recommendation cells are terse ("CSC to ensure ...") as often as "should".

Lead agency cells are abbreviations and lists, one body per named agency: "CSC", "HV/School
Nursing" (two health bodies), "MPS / BTP" (two police bodies), "All" (all partner agencies,
lscb), "LSCB BM" (lscb), "CCG + GP leads" (two health bodies), "Acute trust (ED)", "Mental health
trust", "CSC / Early Years" (childrens_social_care + education).

Status from the report's key under the table (Yes = done and evidence seen by PRG -> completed;
Partly -> in_progress; No = not done yet): "No" with an update that reports work -> in_progress,
"No" with a blank cell or "Awaiting update from trust." -> not_started. Update cells that say only
"See Learning & Improvement report" or are blank or "awaiting" give action null; every other
update cell is the action, copied whole.

Monitoring mechanism: in "How we hold partners to account", a sentence with no SCR words
(the tracker reviewed line by line at each Practice Review Group, drift escalated to the Chair).
11 entries, 7 with an action (0.636), all with bodies -> partly_meets.

Distractors: a section 11 audit table with the same "Complete?" column, a DHR with "should"
recommendations, a Serious Incident Notification (Child D) that the Chair decided did not meet
the SCR criteria (not in scrs), Ofsted recommendations for the LSCB, business plan "must"
statements.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "hollinbrook-2015-16"
AREA = "Hollinbrook"
BOARD = "Hollinbrook Local Safeguarding Children Board"
YEAR = "2015-16"
SEED = 41573

# The "Complete?" key as printed, and its taxonomy code when the update cell reports no work.
KEY = [("Yes", "done, and evidence seen by PRG", "completed"),
       ("Partly", "some of the action done, rest under way", "in_progress"),
       ("No", "not done yet", "not_started")]
SEE_LI = "See Learning & Improvement report"
AWAITING = "Awaiting update from trust."

CSC = body("CSC", "childrens_social_care")
BM = body("LSCB BM", "lscb")

# Tracker rows: (review cell, rec no., recommendation, lead agency cell, bodies,
#                update cell, action (None when the cell reports no work), complete?, status)
CHILD_A = [
    ("Child A (pub. Oct 2014)", "1",
     "CSC should make sure every strategy discussion includes health.",
     "CSC", [CSC],
     "Strategy discussion template changed Sept 2014. Health present at 91% of strategy discussions "
     "Jan-Mar 2016 (PRG audit).", True, "Yes", "completed"),
    ("", "2",
     "HV/School Nursing to use a written handover when a child moves from health visiting to school "
     "nursing.",
     "HV/School Nursing", [body("HV", "health"), body("School Nursing", "health")],
     "Handover form in use from June 2015. Dip sample Feb 2016: 24 of 30 files had the form.", True,
     "Partly", "in_progress"),
    ("", "3",
     "All agencies should use the Graded Care Profile where neglect is suspected.",
     "All", [ALL_AGENCIES],
     SEE_LI, False, "Partly", "in_progress"),
    ("", "4",
     "MPS and BTP to notify CSC of every child found alone on the transport network.",
     "MPS / BTP", [body("MPS", "police"), body("BTP", "police")],
     "BTP now copy all child notifications to the MASH inbox (from Nov 2015). MPS process checked - "
     "already compliant.", True, "Yes", "completed"),
    ("", "5",
     "LSCB to audit the impact of recommendations 1-4 by March 2016.",
     "LSCB BM", [BM],
     "", False, "No", "not_started"),
]

CHILD_B = [
    ("Child B (pub. Jul 2015)", "1",
     "CCG to ensure GPs record who lives in the household, including fathers and male carers.",
     "CCG + GP leads", [body("CCG", "health"), body("GP leads", "health")],
     "Household template added to GP system. GP safeguarding leads briefed at protected learning time, "
     "Nov 2015.", True, "Partly", "in_progress"),
    ("", "2",
     "The acute trust should check previous attendances for any child under 1 seen in ED with an injury.",
     "Acute trust (ED)", [body("Acute trust (ED)", "health")],
     AWAITING, False, "No", "not_started"),
    ("", "3",
     "CSC should include fathers and male carers in all assessments.",
     "CSC", [CSC],
     "Assessment practice standard rewritten Jan 2016. 'Think Father' workshops started - 3 of 6 run.",
     True, "No", "in_progress"),
    ("", "4",
     "LSCB to publish a 7-minute briefing on the review.",
     "LSCB BM", [BM],
     "Briefing published Sept 2015 and sent to 1,400 staff.", True, "Yes", "completed"),
    ("", "5",
     "Adult mental health services should ask about children in the household at every assessment.",
     "Mental health trust", [body("Mental health trust", "health")],
     SEE_LI, False, "Yes", "completed"),
    ("", "6",
     "Early years settings to be invited to child protection conferences for siblings under 5.",
     "CSC / Early Years", [CSC, body("Early Years", "education")],
     "Conference invitation list amended Oct 2015; nursery attended in 11 of 14 cases since.", True,
     "Yes", "completed"),
]

BABY_C_ROW = ["Baby C (ongoing)", "-", "Review under way. No recommendations yet.", "-",
              "Report to LSCB due June 2016.", "-"]

MECHANISM = ("Every open line on the tracker at Appendix 2 is gone through at each Practice Review Group "
             "meeting; where an agency misses two updates in a row, PRG refers it to the Chair, who takes it up "
             "with that agency's chief officer.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child A", "published")
    g.scr("Child B", "published")
    g.scr("Baby C", "ongoing")
    for case, rows in (("Child A", CHILD_A), ("Child B", CHILD_B)):
        for _rev, num, text, _lead, bodies, update, acted, _c, status in rows:
            g.rec(case, num, text, update if acted else None, bodies, status)
    return g.dump(MECHANISM)


def _tracker() -> list:
    rows = [[rev, num, text, lead, update, comp]
            for rev, num, text, lead, _b, update, _a, comp, _s in CHILD_A + CHILD_B]
    rows.append(BABY_C_ROW)
    return [
        Heading("Appendix 2: SCR tracker", 1),
        Para("Position at 31 March 2016. Full action plans held by the LSCB business unit."),
        Table(["Review", "Rec no.", "Recommendation", "Lead agency", "Update March 2016", "Complete?"], rows),
        Para("Key - Complete?: " + "; ".join(f"{w} = {m}" for w, m, _c in KEY) + "."),
    ]


def _case_reviews() -> list:
    return [
        Heading("Case reviews", 1),
        Table(["", "2014/15", "2015/16"], [
            ["Cases referred to PRG", "4", "5"],
            ["SCRs started", "2", "0"],
            ["SCRs published", "1", "1"],
            ["Serious Incident Notifications to Ofsted", "2", "1"],
        ], caption="Case reviews at a glance"),
        Bullets([
            "Child B SCR published July 2015. Overview report and agency response on the LSCB website.",
            "Baby C SCR (decision March 2015) under way. Independent reviewer appointed. Parallel criminal "
            "proceedings - publication date not yet known.",
            "Child A SCR (published 2014) still has lines open on the tracker.",
            "Progress on all open lines: Appendix 2.",
        ]),
        Heading("Serious Incident Notification: Child D", 2),
        Para("One notification to Ofsted in the year (Child D, June 2015; a 15-year-old admitted to hospital "
             "after an overdose). PRG considered it in July 2015. The Chair decided the criteria for a serious "
             "case review were not met. CSC carried out a single-agency review; its learning is in the Learning "
             "& Improvement report."),
        Heading("How we hold partners to account", 2),
        Para("PRG meets six weekly. Membership: LSCB BM (chair), CSC, MPS, CCG designated nurse, acute trust, "
             "education."),
        Para(MECHANISM),
        Para("The Chair reports exceptions to the full Board each quarter."),
    ]


def _section11() -> list:
    return [
        Heading("Section 11 audit 2015", 1),
        Para("14 agencies returned the self-assessment (2 late). Challenge event held Dec 2015. Actions "
             "agreed at the event:"),
        Table(["Agency", "Standard", "Action agreed", "Complete?"], [
            ["CSC", "4 - Safer recruitment", "Re-check DBS for agency social workers.", "Yes"],
            ["Acute trust", "6 - Training", "Level 3 training for all ED nurses.", "Partly"],
            ["MPS", "8 - Information sharing", "Named contact for the MASH out of hours.", "Yes"],
            ["Hollinbrook Homes", "2 - Senior lead", "Appoint a safeguarding lead at director level.", "No"],
            ["Schools (sample of 12)", "7 - Voice of the child", "Pupil survey to include feeling safe.",
             "Partly"],
            ["CCG", "5 - Supervision", "Supervision policy for practice nurses.", "No"],
        ], caption="Section 11 actions"),
        Para("Re-audit due Oct 2016."),
    ]


def _distractors() -> list:
    return [
        Heading("Domestic homicide review: Ms E", 1),
        Para("Commissioned by the Safer Hollinbrook Partnership (CSP), published Feb 2016. Ms E had two "
             "children, both living with their grandmother at the time. The LSCB was a panel member. "
             "The review recommended that:"),
        Bullets([
            "the MARAC should record the names and schools of all children in the household;",
            "GP practices should be told of every MARAC referral for a registered patient;",
            "the LSCB should add coercive control to its Level 2 course.",
        ]),
        Para("DHR action plan held and monitored by the CSP."),
        Heading("Ofsted review of the LSCB", 1),
        Para("Ofsted inspected children's services and reviewed the LSCB in Nov-Dec 2015. LSCB judged: "
             "requires improvement. Recommendations for the LSCB:"),
        Bullets([
            "The LSCB should make sure its learning from case reviews is evaluated for impact on practice.",
            "The LSCB should strengthen its oversight of early help.",
            "The LSCB should use its dataset to challenge partners on the timeliness of health assessments.",
        ], numbered=True),
        Para("Ofsted action plan agreed by the Board March 2016 - first update June 2016."),
        Heading("Business plan 2016-18", 1),
        Table(["Priority", "Partners must...", "Measure"], [
            ["Neglect", "Partners must use the Graded Care Profile in every neglect case going to conference.",
             "GCP on file (audit)"],
            ["Early help", "Every agency must name an early help lead by Sept 2016.", "Leads named"],
            ["Accountability", "Members must attend at least 75% of Board meetings.", "Attendance"],
            ["Learning", "Agencies must report training take-up to the business unit each quarter.",
             "Returns received"],
        ], caption="Priorities"),
    ]


LOCAL_TERMS = Table(["Abbreviation", "Meaning"], [
    ["BM", "Business Manager"], ["BTP", "British Transport Police"], ["CSC", "Children's Social Care"],
    ["ED", "Emergency Department"], ["GCP", "Graded Care Profile"], ["HV", "Health Visiting"],
    ["MPS", "Metropolitan Police Service"], ["PRG", "Practice Review Group"], ["SCR", "Serious Case Review"],
], caption="Local abbreviations")


CTX = filler.Ctx(area=AREA, board=BOARD, short="HLSCB", period=YEAR, seed=SEED,
                 council="London Borough of Hollinbrook", police="Metropolitan Police Service",
                 ccg="NHS Hollinbrook CCG", chair="Dr Frances Ilori")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.sections(c, "introduction", "governance", "membership", "budget") + [PageBreak()]
    blocks += filler.sections(c, "area_profile", "early_help", "performance") + [PageBreak()]
    blocks += _case_reviews() + _section11() + [PageBreak()]
    blocks += _distractors()
    blocks += filler.sections(c, "subgroups", "training", "cdop", "lado", "private_fostering", "cse_missing",
                              "voice_of_child")
    blocks += [PageBreak(), Heading("Appendix 1: Abbreviations", 1)] + filler.glossary(c)[1:] + [LOCAL_TERMS]
    blocks += [PageBreak()] + _tracker()
    return ReportSpec(
        name=NAME,
        title="Hollinbrook LSCB Annual Report 2015-16",
        running_header="Hollinbrook LSCB Annual Report 2015/16",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        board=BOARD,
        published="Published October 2016",
    )
