"""Brindlemoor Safeguarding Children Board, annual report 2015-16.

Another author: formal, third-person, numbered paragraphs in the case review chapter, and
the detail pushed into appendices. Shape under test: "Appendix 2: Serious Case Review Action
Plan", ONE seven-column table "No. | Recommendation | Key actions | Lead officer | Evidence of
impact | Date | RAG" covering TWO reviews; the rows are grouped under sub-header rows whose
first cell names the case ("Child W (published July 2015)", "Family X") and whose other cells
are empty. The lead officer is a job title with the agency after a comma ("Head of
Safeguarding, Brindlemoor CCG"). RAG words under the Board's key: Green = action complete and
impact evidenced (completed), Amber = action complete, impact not yet evidenced (in_progress,
per docs/taxonomy.md: amber), Red = not complete (used only for rows where nothing has been
done: not_started). Distractor: "Appendix 3: LSCB Business Plan 2015-17" with the SAME seven
columns, plus Ofsted review recommendations and a learning review.
"""
from __future__ import annotations

from blocks import Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "brindlemoor-2015-16"
AREA = "Brindlemoor"
BOARD = "Brindlemoor Safeguarding Children Board"
YEAR = "2015-16"
SEED = 1516

RAG = {"Green": "completed", "Amber": "in_progress", "Red": "not_started"}
COLS = ["No.", "Recommendation", "Key actions", "Lead officer", "Evidence of impact", "Date", "RAG"]

HOS_CCG = body("Designated Nurse, Brindlemoor CCG", "health")
DI_PPU = body("Detective Inspector, Public Protection Unit", "police")
SM_CSC = body("Service Manager, Children's Social Care", "childrens_social_care")
BM = body("LSCB Business Manager", "lscb")
NN = body("Named Nurse, Brindlemoor Community Health NHS Trust", "health")
LI_CHAIR = body("Chair, Learning and Improvement Sub-group", "lscb")
HOE = body("Principal Education Welfare Officer, Brindlemoor County Council", "education")
MW = body("Head of Midwifery, Brindlemoor Hospitals NHS Foundation Trust", "health")
HSM = body("Housing Services Manager, Brindlemoor District Council", "housing")

# (no., recommendation, key actions (None -> cell "Not yet agreed"), lead officer cell, bodies,
#  evidence of impact, date cell, due, RAG)
CHILD_W = [
    ("1",
     "BSCB partners should ensure that practitioners who see a child with an unexplained injury "
     "seek the child's own account, where the child is old enough, before accepting the parent's "
     "explanation.",
     "Briefing on 'hearing the child' given to 214 staff; each agency's injury policy now says "
     "the child's own account must be written down.",
     "Chair, Learning and Improvement Sub-group", [LI_CHAIR],
     "Audit of 30 injury cases (Jan 2016): child's account recorded in 26.",
     "Dec 2015", "2015-12", "Green"),
    ("2",
     "Brindlemoor CCG should ensure that GP practices code and review children who are not brought "
     "to appointments, and that repeated non-attendance is shared with the health visitor or school "
     "nurse.",
     "Was Not Brought guidance issued to all 41 GPs; Read code agreed; GP systems now send "
     "a report to the CCG team every quarter.",
     "Designated Nurse, Brindlemoor CCG", [HOS_CCG],
     "First report due June 2016.",
     "Mar 2016", "2016-03", "Amber"),
    ("3",
     "Children's Social Care should ensure that assessments of families who have moved into the area "
     "obtain and consider records from the previous local authority.",
     "Practice standard issued; the case file system now asks for checks with the previous "
     "council when a new case is opened.",
     "Service Manager, Children's Social Care", [SM_CSC],
     "Dip sample of 20 cases (Feb 2016): records from the previous council obtained in 18.",
     "Jan 2016", "2016-01", "Green"),
    ("4",
     "The Public Protection Unit should ensure that where a child is present at a domestic abuse "
     "incident the child is seen and spoken to by the attending officer and this is recorded.",
     "DASH risk form now has a section, which must be filled in, on how the child looked and "
     "what they said; response officers trained again.",
     "Detective Inspector, Public Protection Unit", [DI_PPU],
     "Spot check of 50 cases planned for Q1 2016-17.",
     "Apr 2016", "2016-04", "Amber"),
    ("5",
     "The LSCB should seek assurance that the learning from this review has been disseminated and has "
     "changed practice.",
     "Short briefing and a learning event (October 2015, 160 people came); audit of practice "
     "booked for June 2016.",
     "LSCB Business Manager", [BM],
     "Feedback after the event: 87% said they had changed how they work.",
     "Jun 2016", "2016-06", "Amber"),
]

FAMILY_X = [
    ("1",
     "Brindlemoor Hospitals NHS Foundation Trust should ensure that midwives complete a routine "
     "enquiry about domestic abuse at booking and at least once more during pregnancy, seeing the "
     "woman alone.",
     "Routine enquiry added to the e-record used by midwives as a field that must be filled in at "
     "booking and at 28 weeks.",
     "Head of Midwifery, Brindlemoor Hospitals NHS Foundation Trust", [MW],
     "Enquiry made at 91% of bookings and 64% of 28-week visits (March 2016).",
     "Mar 2016", "2016-03", "Amber"),
    ("2",
     "Brindlemoor Community Health NHS Trust should ensure that health visitors review the whole "
     "family history, including older siblings' records, at the new birth visit.",
     "Family history template now in use; the list that managers use in 1:1s has been "
     "updated.",
     "Named Nurse, Brindlemoor Community Health NHS Trust", [NN],
     "Records audit (March 2016): history read in 47 of 50 records.",
     "Feb 2016", "2016-02", "Green"),
    ("3",
     "Brindlemoor District Council should ensure that housing officers who have concerns about "
     "children during tenancy visits know how to make a referral.",
     None,
     "Housing Services Manager, Brindlemoor District Council", [HSM],
     "-",
     "Sep 2016", "2016-09", "Red"),
    ("4",
     "Schools should ensure that when a pupil transfers mid-year the child protection file is "
     "transferred separately from the main pupil file and receipt is confirmed.",
     "Model transfer protocol sent to all schools; sessions for DSLs held in each area of the "
     "county.",
     "Principal Education Welfare Officer, Brindlemoor County Council", [HOE],
     "The section 175 return will test this (autumn 2016).",
     "Nov 2015", "2015-11", "Amber"),
]

RAG_KEY = [
    ["Green", "Action complete and impact evidenced"],
    ["Amber", "Action complete, impact not yet evidenced"],
    ["Red", "Not complete"],
]

MONITORING = (
    "The Learning and Improvement Sub-group reviews the serious case review action plan at each of "
    "its meetings, and the RAG ratings in Appendix 2 are reported to the Board each quarter"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child W", "published")
    g.scr("Family X", "completed")
    g.scr("Child Z", "initiated")
    for case, rows in (("Child W", CHILD_W), ("Family X", FAMILY_X)):
        for no, rec, act, _lead, bodies, _imp, _date, due, rag in rows:
            g.rec(case, no, rec, act, bodies, RAG[rag], due)
    return g.dump(MONITORING)


def _case_reviews() -> list:
    return [
        Heading("6. Serious Case Reviews", 1),
        Para("6.1 The Board has a statutory duty under Regulation 5 of the Local Safeguarding Children "
             "Boards Regulations 2006 to undertake reviews of serious cases. Referrals are considered by "
             "the Serious Case Review Sub-panel of the Learning and Improvement Sub-group, which makes a "
             "recommendation to the Independent Chair."),
        Para("6.2 In 2015-16 the Board published one serious case review (Child W, July 2015). The review "
             "concerning Family X was completed in December 2015 and accepted by the Board; publication has "
             "been deferred until the conclusion of criminal proceedings. One new review, Child Z, was "
             "commissioned in February 2016 following the serious injury of a three-year-old; it is being "
             "conducted using the Significant Incident Learning Process."),
        Para("6.3 Child W was a nine-year-old boy who sustained serious injuries at the hands of his "
             "step-father. The review identified that Child W had presented with injuries on four occasions "
             "over eighteen months and that on each occasion the explanation of the adult was accepted "
             "without the child being spoken to alone. The family had moved to Brindlemoor from another "
             "authority and the records of earlier concerns were not obtained."),
        Para("6.4 Family X concerns the death of an infant and the serious injury of her older sibling. The "
             "key themes are the recognition of domestic abuse during pregnancy, the use of family history "
             "in health visiting assessments, and the transfer of child protection information between "
             "schools."),
        Para("6.5 Both reviews produced recommendations for the Board and for individual agencies. The "
             "combined action plan, with the position at 31 March 2016, is at Appendix 2. " + MONITORING +
             ". Actions are not closed until the lead officer has provided evidence of impact."),
        Para("6.6 The Board also undertook a multi-agency learning review (not a serious case review) of the "
             "circumstances of a young person who went missing on eleven occasions. The learning review "
             "recommended that the missing persons coordinator should attend the CSE panel and that return "
             "interviews should be completed within 72 hours. These recommendations are being taken forward "
             "by the CSE and Missing Sub-group."),
    ]


def _appendix2() -> list:
    rows = [["", "Child W (published July 2015)", "", "", "", "", ""]]
    for no, rec, act, lead, _b, imp, date, _due, rag in CHILD_W:
        rows.append([no, rec, act or "Not yet agreed", lead, imp, date, rag])
    rows.append(["", "Family X", "", "", "", "", ""])
    for no, rec, act, lead, _b, imp, date, _due, rag in FAMILY_X:
        rows.append([no, rec, act or "Not yet agreed", lead, imp, date, rag])
    return [
        Heading("Appendix 2: Serious Case Review Action Plan", 1),
        Para("Position at 31 March 2016. RAG ratings use the key below."),
        Table(["RAG", "Meaning"], RAG_KEY, caption="RAG key"),
        Table(COLS, rows, caption="SCR action plan: Child W and Family X"),
        Para("Family X recommendation 3: the District Council has accepted the recommendation; the training "
             "for housing officers has not yet been scheduled."),
    ]


def _appendix3() -> list:
    rows = [
        ["1.1", "Improve the Board's grasp of neglect", "Launch neglect plan and Graded Care Profile",
         "Service Manager, Early Help", "GCP used in 58 cases", "Sep 2015", "Green"],
        ["1.2", "Agencies should use a common neglect screening tool", "Tool built into the Board's "
         "courses", "Chair, Training Sub-group", "Review of impact due", "Mar 2016", "Amber"],
        ["2.1", "Improve the response to child sexual exploitation", "Set up CSE panel; appoint CSE "
         "lead officer", "Detective Inspector, Public Protection Unit", "Panel meets monthly; 44 children "
         "discussed", "Jul 2015", "Green"],
        ["2.2", "The Board should hear directly from young people at risk of CSE", "Youth service to "
         "run group work with young people", "LSCB Business Manager", "-", "Dec 2016", "Red"],
        ["3.1", "Develop a performance framework that shows outcomes", "Add health and police measures "
         "to the shared data set", "Chair, Quality Assurance Sub-group", "Data set agreed; health data "
         "from Q3", "Mar 2016", "Amber"],
        ["4.1", "Ensure effective early help", "New early help form; new local panels",
         "Head of Early Help, Brindlemoor County Council", "Early help cases up 22%", "Jan 2016", "Green"],
    ]
    return [
        Heading("Appendix 3: LSCB Business Plan 2015-17", 1),
        Para("The business plan sets out the Board's four strategic priorities for 2015-17. The position at "
             "31 March 2016 is shown below using the same RAG key as Appendix 2."),
        Table(COLS, rows, caption="LSCB Business Plan 2015-17 - action plan"),
    ]


def _ofsted() -> list:
    return [
        Heading("9. Ofsted review of the LSCB", 1),
        Para("9.1 Ofsted's review of the effectiveness of the Board, carried out alongside the single "
             "inspection of children's services in October 2015, judged the Board to require improvement. "
             "The report recommended that the LSCB should:"),
        Para("(a) ensure that its multi-agency audit programme evaluates the quality of practice, not only "
             "compliance with procedures;"),
        Para("(b) monitor the effectiveness of thresholds in the MASH and challenge partners where referral "
             "rates vary;"),
        Para("(c) ensure that the annual report provides a rigorous assessment of the performance and "
             "effectiveness of local services."),
        Para("9.2 An improvement plan was approved in December 2015. These recommendations are included in "
             "the business plan at Appendix 3 and are monitored by the Executive Group."),
    ]


def _own_generic() -> list:
    return [
        Heading("8. Safeguarding disabled children", 1),
        Para("8.1 Disabled children are more likely to be abused than non-disabled children and are less "
             "likely to be able to tell someone. During the year the Board held a themed meeting on the "
             "safeguarding of disabled children, hearing from the short breaks service, the special schools "
             "and the designated doctor."),
        Para("8.2 The number of disabled children subject to a child protection plan at year end was 23 "
             "(2014-15: 17). The Board has asked the Quality Assurance Sub-group to look at whether "
             "communication needs are identified in child protection conferences, and whether an advocate "
             "is offered."),
        Heading("10. Faith and community organisations", 1),
        Para("10.1 Brindlemoor has over 200 places of worship and a large number of supplementary schools, "
             "sports clubs and uniformed organisations. The Board's community safeguarding officer delivered "
             "basic awareness sessions to 37 organisations and distributed a safer recruitment checklist. "
             "A directory of out-of-school settings is being compiled with the district councils."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="BSCB", period=YEAR, seed=SEED,
                 council="Brindlemoor County Council", police="Brindlemoor Constabulary",
                 ccg="Brindlemoor CCG", acute_trust="Brindlemoor Hospitals NHS Foundation Trust",
                 community_trust="Brindlemoor Community Health NHS Trust", chair="Malcolm Redfearn")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c)
    blocks += filler.area_profile(c) + filler.budget(c) + [PageBreak()]
    blocks += filler.subgroups(c) + filler.performance(c)
    blocks += _case_reviews()
    blocks += filler.training(c) + filler.early_help(c) + _own_generic()[:3]
    blocks += _ofsted() + _own_generic()[3:]
    blocks += filler.cdop(c) + filler.lado(c) + filler.cse_missing(c) + filler.private_fostering(c)
    blocks += [PageBreak()] + filler.glossary(c)
    blocks += [PageBreak()] + _appendix2() + [PageBreak()] + _appendix3()
    return ReportSpec(
        name=NAME,
        title="Brindlemoor Safeguarding Children Board: Annual Report 2015/2016",
        running_header="Brindlemoor SCB - Annual Report 2015-2016",
        blocks=blocks,
        gold=_gold(),
        published="Published October 2016",
    )
