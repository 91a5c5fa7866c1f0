"""Ravenglass LSCB annual report 2012-13, laid out as a council committee report: every paragraph
numbered (1.1 ... 5.3.13), the Child H SCR recommendations as numbered sub-paragraphs of section 5
each followed by a "Response:" or "Update:" sub-paragraph, and a landscape Appendix B action plan
with a repeated header row, RAG letters and a key. Written blind. Writes NAME.docx and
NAME.gold.json into $DESIGNED_OUT."""
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.shared import Cm  # noqa: E402
from wordml import BDR, CELL, P, R, TABLE, Builder  # noqa: E402

NAME = "ravenglass-2012-13"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
NUM_IND = '<w:ind w:left="1134" w:hanging="1134"/>'
NUM_TABS = '<w:tab w:val="left" w:pos="1134"/>'
NAVY = "17365D"

b = Builder(font="Arial", size=11, color="000000")


def para(num, text, lead=None):
    runs = [R(num)]
    if lead:
        runs.append(R(lead, b=True, tab_before=True))
        runs.append(R(" " + text))
    else:
        runs.append(R(text, tab_before=True))
    b.raw(P(runs, ind=NUM_IND, tabs=NUM_TABS, after=140, jc="both"))


def head(num, text, level=1):
    b.raw(P([R(num, b=True, sz=12 if level == 1 else 11, color=NAVY),
             R(text, b=True, sz=12 if level == 1 else 11, color=NAVY, tab_before=True)],
            ind=NUM_IND, tabs=NUM_TABS, before=240 if level == 1 else 120, after=120, keep_next=True))


def bullet_para(text):
    b.raw(P([R("\u2022"), R(text, tab_before=True)], ind='<w:ind w:left="1701" w:hanging="567"/>',
            tabs='<w:tab w:val="left" w:pos="1701"/>', after=80))


# ---------------------------------------------------------------- front sheet
b.header_footer("Ravenglass Borough Council · Children and Young People Scrutiny Committee · 17 October 2013",
                "Agenda item 7 · Ravenglass LSCB Annual Report 2012-13", rule=NAVY)
b.raw(P([R("RAVENGLASS BOROUGH COUNCIL", b=True, sz=14)], jc="center", after=0))
b.raw(P([R("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE", b=True, sz=12)], jc="center", after=0))
b.raw(P([R("17 OCTOBER 2013", b=True, sz=12)], jc="center", after=240))
front = [
    ("Report of:", "Independent Chair, Ravenglass Local Safeguarding Children Board"),
    ("Subject:", "Ravenglass Local Safeguarding Children Board Annual Report 2012-13"),
    ("Wards affected:", "All"),
    ("Key decision:", "No"),
    ("Contact officer:", "Graham Tully, LSCB Business Manager, tel. 01946 555 218"),
]
b.raw(TABLE([[CELL(P([R(k, b=True)], after=0), 4.5), CELL(v, 12.5)] for k, v in front], [4.5, 12.5],
            header_rows=0, border="7F7F7F"))
b.raw(P("", after=120))

head("1.", "PURPOSE OF REPORT AND RECOMMENDATIONS TO THE COMMITTEE")
para("1.1", "This report presents the annual report of the Ravenglass Local Safeguarding Children Board (LSCB) "
     "for the period 1 April 2012 to 31 March 2013, as required by section 14A of the Children Act 2004. "
     "It is brought to the Committee so that elected members can scrutinise the effectiveness of local "
     "arrangements to safeguard and promote the welfare of children.")
para("1.2", "The Committee is recommended to:")
bullet_para("note the annual report of the LSCB for 2012-13;")
bullet_para("note the findings of the serious case review into the death of Child H and the progress made on "
            "its action plan (Appendix B); and")
bullet_para("ask the Independent Chair to report again in April 2014 on the outstanding actions.")
para("1.3", "The Board's statutory partners have each received this report through their own governance. "
     "It will be published on the LSCB website after this meeting.")

head("2.", "BACKGROUND AND GOVERNANCE")
para("2.1", "The LSCB is the key statutory mechanism for agreeing how the relevant organisations in Ravenglass "
     "will co-operate to safeguard and promote the welfare of children, and for ensuring the effectiveness "
     "of what they do. Its work in 2012-13 was governed by Working Together to Safeguard Children (2010); "
     "the revised guidance published in March 2013 took effect on 15 April 2013.")
para("2.2", "The Board is chaired by an Independent Chair, Mrs Patricia Ainsworth, appointed in September 2011. "
     "It met six times in the year. Attendance by members is set out in Appendix A; the average attendance "
     "rate was 81%, with the lowest attendance from the probation trust (50%) following its reorganisation.")
para("2.3", "Much of the work of the Board is done by its sub-groups: the Executive Group; the Serious Case "
     "Review Sub-group; the Quality Assurance and Performance Sub-group; the Policy and Procedures Sub-group; "
     "the Training Sub-group; and the Child Sexual Exploitation and Missing Sub-group, established in "
     "November 2012. The Child Death Overview Panel is shared with the neighbouring Eskdale LSCB.")
para("2.4", "The Board's budget for 2012-13 was £187,300. Ravenglass Borough Council contributed 58%, NHS "
     "Ravenglass 20%, Ravenglass and Furness Police 14% and the remaining partners 8%. There was an "
     "underspend of £6,140, which has been carried forward to fund the Family T serious case review.")
para("2.5", "Lay members were recruited for the first time in 2012-13. Two lay members joined the Board in "
     "February 2013 following an open recruitment exercise.")

head("3.", "PERFORMANCE AND QUALITY ASSURANCE")
para("3.1", "The Quality Assurance and Performance Sub-group receives a multi-agency dataset each quarter. "
     "Key measures at 31 March 2013 are set out below.")
b.raw(TABLE([[CELL(P([R(h, b=True, color="FFFFFF")], after=0), w, fill=NAVY) for h, w in
              (("Measure", 9.0), ("2011-12", 2.6), ("2012-13", 2.6), ("Statistical neighbours", 2.8))]] +
            [[CELL(a, 9.0), CELL(c, 2.6), CELL(d, 2.6), CELL(e, 2.8)] for a, c, d, e in (
                ("Referrals to Children's Social Care", "1,742", "1,918", "-"),
                ("Re-referrals within 12 months (%)", "24.1", "21.7", "23.0"),
                ("Initial assessments within 10 working days (%)", "71", "78", "77"),
                ("Children subject to a child protection plan", "131", "148", "-"),
                ("Rate per 10,000 children", "42.3", "47.8", "44.1"),
                ("Children looked after", "164", "171", "-"))], [9.0, 2.6, 2.6, 2.8], border="7F7F7F"))
para("3.2", "The rise in child protection plans was driven largely by neglect, which was the initial category "
     "for 57% of new plans. The Board has made neglect one of its priorities for 2013-14 (section 6).")
para("3.3", "The Board carried out its section 11 audit in the autumn of 2012. Fourteen agencies completed "
     "the self-assessment and each was challenged at a peer panel in January 2013. The main gaps identified "
     "were in safer recruitment checks for volunteers and in the recording of the child's views.")
para("3.4", "Three multi-agency case file audits were completed, on domestic abuse, on children missing from "
     "home and on the quality of child protection plans. Actions from the audits are monitored by the "
     "Quality Assurance and Performance Sub-group.")

head("4.", "INSPECTION, TRAINING AND CHILD DEATHS")
para("4.1", "Ofsted's unannounced inspection of safeguarding and looked after children services in July 2012 "
     "judged overall effectiveness to be adequate and capacity for improvement to be good. Inspectors asked "
     "the Board to strengthen its challenge to partners about the quality of referrals. The Board's response "
     "has been taken forward through the Quality Assurance and Performance Sub-group.")
para("4.2", "The Training Sub-group delivered 41 multi-agency courses attended by 1,106 practitioners. "
     "Attendance by GPs improved following the introduction of practice-based sessions.")
para("4.3", "The Child Death Overview Panel reviewed 14 deaths of Ravenglass children during the year. "
     "Modifiable factors were identified in four cases, three of which involved unsafe sleeping.")

head("5.", "SERIOUS CASE REVIEWS")
head("5.1", "The Board's responsibilities", level=2)
para("5.1.1", "Under Regulation 5 of the Local Safeguarding Children Boards Regulations 2006, the Board must "
     "undertake a serious case review when abuse or neglect of a child is known or suspected and the child "
     "has died, or has been seriously harmed and there is cause for concern about the way agencies worked "
     "together. The Serious Case Review Sub-group considers every notification and makes a recommendation "
     "to the Independent Chair.")
para("5.1.2", "During 2012-13 the Sub-group considered five cases. One serious case review, Child H, was "
     "completed and published, and one new serious case review, Family T, was commissioned. The other three "
     "cases did not meet the criteria; one of them is the subject of a multi-agency learning review.")
head("5.2", "Child H", level=2)
para("5.2.1", "Child H was two years old when he died in June 2011 after swallowing methadone that had been "
     "prescribed to his father. Both parents were known to the drug treatment service, and the family had "
     "been known to Children's Social Care until the case was closed five months before Child H died.")
para("5.2.2", "The overview report, by independent author Dr Susan Reeve, was presented to the Board in "
     "September 2012 and evaluated by Ofsted as adequate. Following the criminal trial, the report was "
     "published in full on 14 March 2013.")
para("5.2.3", "The review found that professionals focused on the parents' treatment rather than on the child; "
     "that no agency checked whether the medication was stored safely; and that the decision to close the "
     "case was taken without consulting the drug treatment service.")
head("5.3", "Recommendations and the Board's response", level=2)
para("5.3.1", "The overview report made six recommendations. Each is set out below, followed by the response "
     "or latest update. The full action plan, with lead officers, target dates and RAG ratings, is at "
     "Appendix B.")
RECS = [
    ("The LSCB should ensure that all agencies working with parents who misuse drugs or alcohol follow the "
     "Hidden Harm protocol, and that the protocol is revised to include the safe storage of prescribed "
     "substitute medication.",
     "Response:", "The Hidden Harm protocol was revised by the Policy and Procedures Sub-group with the Drug and "
     "Alcohol Action Team and relaunched in February 2013. It now requires a safe storage check, and the "
     "offer of a lockable box, at every home visit to a parent on substitute prescribing."),
    ("Ravenglass Recovery Service should ensure that every assessment of an adult in treatment records whether "
     "children live in or visit the household, and that a referral is made to Children's Social Care when a "
     "child may be at risk.",
     "Response:", "The Recovery Service has made the questions about children mandatory fields in its "
     "assessment. An audit of 40 case files in March 2013 found the household recorded in 36; the four "
     "exceptions have been followed up with the workers concerned."),
    ("NHS Ravenglass and Ravenglass Clinical Commissioning Group should ensure that any GP who prescribes "
     "substitute medication to a parent informs the health visitor or school nurse for the family.",
     "Response:", "The Designated Nurse wrote to all 38 GP practices in December 2012, and a template "
     "notification letter has been added to the practice clinical system. Responsibility for this action "
     "passed to the Clinical Commissioning Group on 1 April 2013."),
    ("Children's Social Care should not close the case of a child whose parent is misusing drugs without a "
     "multi-agency meeting and a plan agreed with the drug treatment provider and Ravenglass and Furness "
     "Police where they are involved.",
     "Response:", "The case closure procedure was amended in October 2012 and team managers must now record "
     "that a closure meeting has taken place. A dip sample of 25 closures in January 2013 found that the "
     "procedure had been followed in every case."),
    ("NHS England and the Local Pharmaceutical Committee should ensure that community pharmacists tell the "
     "prescriber when a client misses three consecutive supervised doses.",
     "Update:", "Work on this recommendation has not started. Responsibility for community pharmacy "
     "contracts moved to the NHS England Area Team on 1 April 2013 and the Board is still waiting for a "
     "lead officer to be named."),
    ("The LSCB should deliver multi-agency training on the impact of parental substance misuse on young "
     "children and evaluate its impact on practice.",
     "Response:", "Three half-day courses on parental substance misuse ran between January and March 2013 "
     "and were attended by 87 practitioners. The Training Sub-group will evaluate their impact through a "
     "follow-up questionnaire three months after each course."),
]
n = 2
for text, label, resp in RECS:
    para("5.3.%d" % n, text)
    para("5.3.%d" % (n + 1), resp, lead=label)
    n += 2
head("5.4", "Family T", level=2)
para("5.4.1", "In January 2013 the Independent Chair agreed the Sub-group's recommendation that a serious case "
     "review be undertaken following serious injuries to a four-month-old baby in Family T. An independent "
     "lead reviewer has been appointed and the review is being carried out using the systems methodology "
     "allowed by the new guidance. It is expected to report to the Board in the autumn of 2013 and there are "
     "no recommendations yet.")
head("5.5", "How the Board monitors serious case review action plans", level=2)
para("5.5.1", "The Serious Case Review Sub-group monitors the Child H action plan at each of its six-weekly "
     "meetings. Lead officers must provide written evidence before an action can be rated green, and the "
     "Sub-group presents a RAG-rated progress report to every meeting of the Board.")
para("5.5.2", "Actions rated red for two consecutive meetings are escalated by the Independent Chair to the "
     "chief officer of the agency concerned.")
head("5.6", "Other reviews", level=2)
para("5.6.1", "The Ravenglass Community Safety Partnership published a domestic homicide review in November "
     "2012. One of its recommendations was that the LSCB and the Safeguarding Adults Board should jointly "
     "review the MARAC referral pathway; this is being taken forward by the Community Safety Partnership "
     "and is reported to its board.")

head("6.", "PRIORITIES FOR 2013-14")
para("6.1", "The Board has agreed four priorities for 2013-14:")
for t in ("tackling neglect, including a neglect strategy and a common assessment tool;",
          "child sexual exploitation and children missing from home or care;",
          "implementing Working Together to Safeguard Children 2013 and a new learning and improvement framework;",
          "hearing the voice of the child in assessments and plans."):
    bullet_para(t)

head("7.", "IMPLICATIONS")
para("7.1", "Financial: the Council's contribution to the LSCB for 2013-14 is contained within the existing "
     "budget of the Children's Services directorate.")
para("7.2", "Legal: the Council is required by section 13 of the Children Act 2004 to establish an LSCB, and the "
     "Board must publish an annual report on the effectiveness of safeguarding in the area.")
para("7.3", "Equalities: there are no direct equality implications arising from this report.")

b.raw(P([R("Background papers: Child H serious case review overview report (March 2013); LSCB business plan "
           "2012-15.", i=True, sz=9)], before=240))

# ---------------------------------------------------------------- Appendix A
b.raw(P([R("APPENDIX A – BOARD MEMBERSHIP AND ATTENDANCE 2012-13", b=True, sz=12, color=NAVY)],
        page_break_before=True, after=120))
members = [("Independent Chair", "6/6"), ("Director of Children's Services, Ravenglass Borough Council", "6/6"),
           ("Head of Safeguarding, Children's Social Care", "6/6"), ("Ravenglass and Furness Police", "5/6"),
           ("NHS Ravenglass (Primary Care Trust)", "5/6"), ("West Ravenglass Hospitals NHS Foundation Trust", "5/6"),
           ("Furness Community and Mental Health NHS Trust", "4/6"), ("Cumbria Probation Trust", "3/6"),
           ("Ravenglass Youth Offending Team", "5/6"), ("Cafcass", "2/6"), ("Head teacher representatives", "5/6"),
           ("Ravenglass Recovery Service", "4/6"), ("Lay members (from February 2013)", "1/1")]
b.raw(TABLE([[CELL(P([R("Member", b=True)], after=0), 12.0, fill="DBE5F1"),
              CELL(P([R("Meetings attended", b=True)], after=0), 5.0, fill="DBE5F1")]] +
            [[CELL(m, 12.0), CELL(a, 5.0)] for m, a in members], [12.0, 5.0], border="7F7F7F"))

# ---------------------------------------------------------------- Appendix B (landscape)
b.doc.add_section(WD_SECTION.NEW_PAGE)
sec = b.doc.sections[-1]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.8)
b.raw(P([R("APPENDIX B – CHILD H SERIOUS CASE REVIEW: ACTION PLAN (position at 31 March 2013)", b=True,
           sz=12, color=NAVY)], after=120))
b.raw(P([R("The action plan below was agreed by the Board on 27 September 2012. It is reviewed by the Serious Case "
           "Review Sub-group at each meeting; the RAG rating shows the position reported to the Board on 21 March "
           "2013. Evidence listed in the fifth column must be seen by the Sub-group before an action is closed.",
           sz=10)], after=120))
W = [1.0, 6.3, 6.3, 4.4, 4.2, 2.0, 1.3]
EVID = ["Revised protocol; briefing attendance lists; compliance audit report.",
        "Audit results for two consecutive quarters showing 95% or more of assessments complete.",
        "CCG audit of notifications received by health visitors.",
        "Dip sample report to the Quality Assurance and Performance Sub-group.",
        "Pharmacy service specification; report of missed-dose notifications.",
        "Evaluation report to the Training Sub-group and the Board."]
PLAN = [
    ("1", RECS[0][0], "Revise the Hidden Harm protocol to cover safe storage of substitute medication; relaunch "
     "with a briefing for all agencies; audit compliance after six months.",
     "Policy and Procedures Sub-group; Drug and Alcohol Action Team", "Feb 2013", "G"),
    ("2", RECS[1][0], "Add mandatory fields on children in the household to the Recovery Service assessment; "
     "quarterly audit of 10% of new assessments; joint protocol with Children's Social Care.",
     "Ravenglass Recovery Service", "Jun 2013", "A"),
    ("3", RECS[2][0], "Letter from the Designated Nurse to all GP practices; template notification letter on "
     "the practice clinical system; audit of notifications by the CCG safeguarding team.",
     "NHS Ravenglass / Ravenglass CCG (Designated Nurse)", "Sep 2013", "A"),
    ("4", RECS[3][0], "Amend the case closure procedure; closure meeting to be recorded by the team manager; "
     "dip sample of closures by the Quality Assurance and Performance Sub-group.",
     "Children's Social Care, Ravenglass Borough Council; Ravenglass and Furness Police", "Dec 2012", "G"),
    ("5", RECS[4][0], "Agree a reporting standard for missed supervised doses with community pharmacies and "
     "include it in pharmacy service specifications.",
     "NHS England Area Team; Local Pharmaceutical Committee", "Mar 2014", "R"),
    ("6", RECS[5][0], "Design and deliver a half-day multi-agency course; evaluate impact at three months "
     "through a practitioner questionnaire and a case file audit.",
     "LSCB Training Sub-group", "Jun 2013", "A"),
]
RAG_FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
hdr = [CELL(P([R(h, b=True, color="FFFFFF", sz=9.5)], after=0), w, fill=NAVY) for h, w in
       zip(("No.", "Recommendation", "Action to be taken", "Lead agency / officer", "Evidence required for sign-off", "Target date", "RAG"), W)]
rows = [hdr]
for (no, rec, act, lead, due, rag), ev in zip(PLAN, EVID):
    rows.append([CELL(P([R(no, sz=10.5)], after=0), W[0]), CELL(P([R(rec, sz=10.5)], after=0), W[1]),
                 CELL(P([R(act, sz=10.5)], after=0), W[2]), CELL(P([R(lead, sz=10.5)], after=0), W[3]),
                 CELL(P([R(ev, sz=10.5)], after=0), W[4]), CELL(P([R(due, sz=10.5)], after=0), W[5]),
                 CELL(P([R(rag, b=True, sz=11)], jc="center", after=0), W[6], fill=RAG_FILL[rag], valign="center")])
b.raw(TABLE(rows, W, border="7F7F7F", header_rows=1))
b.raw(P([R("Key: ", b=True, sz=9.5), R("R = not started.  A = in progress and on track.  G = complete, and "
           "evidence of impact has been seen by the Serious Case Review Sub-group.", sz=9.5)], before=120,
        border=BDR(color="7F7F7F", sz=4, space=4)))

OUT.mkdir(parents=True, exist_ok=True)
b.save(OUT / (NAME + ".docx"))

# ---------------------------------------------------------------- gold (hand-written)
SECTORS = {"lscb", "childrens_social_care", "education", "police", "health", "probation_youth_justice",
           "adult_services", "housing", "cafcass", "voluntary_sector", "national", "other"}
GOLD_BODIES = [
    [("Policy and Procedures Sub-group", "lscb"), ("Drug and Alcohol Action Team", "adult_services")],
    [("Ravenglass Recovery Service", "adult_services")],
    [("NHS Ravenglass", "health"), ("Ravenglass Clinical Commissioning Group", "health")],
    [("Children's Social Care, Ravenglass Borough Council", "childrens_social_care"),
     ("Ravenglass and Furness Police", "police")],
    [("NHS England Area Team", "health"), ("Local Pharmaceutical Committee", "health")],
    [("LSCB Training Sub-group", "lscb")],
]
STATUS = {"G": "completed", "A": "in_progress", "R": "not_started"}
DUE = {"Feb 2013": "2013-02", "Jun 2013": "2013-06", "Sep 2013": "2013-09", "Dec 2012": "2012-12",
       "Mar 2014": "2014-03"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


entries = []
for i, ((text, label, resp), plan, bodies) in enumerate(zip(RECS, PLAN, GOLD_BODIES), 1):
    assert all(s in SECTORS for _, s in bodies)
    action = None if label == "Update:" else norm(resp)
    entries.append({"id": "%s-r%02d" % (NAME, i), "scr": "Child H", "number": plan[0], "text": norm(text),
                    "action": action, "bodies": [{"name": n_, "sector": s} for n_, s in bodies],
                    "status": STATUS[plan[5]], "due": DUE[plan[4]], "page": None,
                    "evidence": " ".join(text.split()[:16]), "confidence": 1.0})
n_e = len(entries)
acts = round(sum(1 for e in entries if e["action"]) / n_e, 3)
bods = round(sum(1 for e in entries if e["bodies"]) / n_e, 3)
verdict = "meets" if acts >= 0.8 and bods >= 0.8 else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {
    "source": NAME, "sha256": None, "format": None, "pages": None,
    "lscb": "Ravenglass Local Safeguarding Children Board", "period": "2012-13",
    "scrs": [{"name": "Child H", "stage": "published", "page": None},
             {"name": "Family T", "stage": "initiated", "page": None}],
    "recommendations": entries,
    "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
             "bodies_named": bods, "monitoring_mechanism": True,
             "mechanism_evidence": "The Serious Case Review Sub-group monitors the Child H action plan at each of "
                                   "its six-weekly meetings. Lead officers must provide written evidence before an "
                                   "action can be rated green, and the Sub-group presents a RAG-rated progress "
                                   "report to every meeting of the Board.",
             "verdict": verdict},
}
with open(OUT / (NAME + ".gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
