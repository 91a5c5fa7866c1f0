#!/usr/bin/env python3
"""Builds ebbsfield-2016-17.docx and its gold JSON into $DESIGNED_OUT."""
from wordml import *  # noqa: F401,F403  (the kit shared by the designed Word reports)
import wordml  # noqa: F401

# ---------------------------------------------------------------------------
# Ebbsfield Local Safeguarding Children Board - Annual Report 2016-17
# A plain, long Word report written by the Board's business manager: numbered
# headings and numbered paragraphs (4.1, 4.2 ...) throughout. The Child R review's
# recommendations are told one per numbered paragraph of running prose (some
# quoted, some paraphrased), progress in the prose, and a closing paragraph that
# says by number which are complete, open or outstanding. The Siblings H action
# plan is a landscape section holding a table whose recommendation cells are
# merged vertically over several action rows, each action with its own lead and
# a shaded RAG word; a closing paragraph follows it. An older review (Baby E)
# has one closing action reported without its recommendation; Child W is newly
# commissioned. Distractors: a learning review, a DHR, CDOP, section 11,
# Ofsted's recommendations and two business plan tables.
# ---------------------------------------------------------------------------
import json
import os

from docx.enum.section import WD_ORIENT, WD_SECTION

NAME = "ebbsfield-2016-17"
OUT = os.environ.get("DESIGNED_OUT") or os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)
BOARD = "Ebbsfield Local Safeguarding Children Board"
NAVY, GREY = "1F3864", "D9D9D9"
RAGFILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def c(s):
    """Word's smart apostrophes (used for the document and the gold alike)."""
    return s.replace("'", "\u2019") if s is not None else None


b = Builder(font="Arial", size=10.5, color="000000")
doc = b.doc
for lvl, sz in ((1, 15), (2, 12), (3, 11)):
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(NAVY)
    st.font.name = "Arial"
    st.font.bold = True
    st.font.italic = False
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for k in list(rf.attrib):
            if "heme" in k:
                del rf.attrib[k]
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), "Arial")
    st.paragraph_format.space_before = Pt(12 if lvl == 1 else 9)
    st.paragraph_format.space_after = Pt(6)

IND = '<w:ind w:left="709" w:hanging="709"/>'
TAB = '<w:tab w:val="left" w:pos="709"/>'


def T(text, **kw):
    return R(c(text), **kw)


def H1(text, page_break=True):
    b.raw(P([T(text)], style="Heading1", page_break_before=page_break, keep_next=True))


def H2(text, page_break=False):
    b.raw(P([T(text)], style="Heading2", keep_next=True, page_break_before=page_break))


def NP(num, runs, lead=None, keep_next=False):
    """A numbered paragraph: '4.6<tab>text', hanging indent."""
    if isinstance(runs, str):
        runs = [T(runs)]
    first = [R(num)]
    if lead:
        first.append(T(lead, b=True, tab_before=True))
        runs = [T(" ")] + runs
    else:
        runs = list(runs)
        # put the tab before the first run of text
        runs[0] = runs[0].replace("<w:t xml:space", "<w:tab/><w:t xml:space", 1)
    b.raw(P(first + runs, ind=IND, tabs=TAB, after=140, keep_next=keep_next))


def BUL(text, lead=None, left=1134):
    runs = [T(lead, b=True), T(" " + text)] if lead else [T(text)]
    b.raw(P(runs, style="ListBullet", ind='<w:ind w:left="%d" w:hanging="360"/>' % left, after=60))


def plain(text, **kw):
    b.raw(P([T(text)], **kw))


def hcell(text, w, fill=GREY):
    return CELL(P([T(text, b=True, sz=9)], after=0), w, fill=fill)


def dcell(text, w, fill=None, b_=False, jc=None):
    return CELL(P([T(text, sz=9, b=b_)], after=0, jc=jc), w, fill=fill)


def simple_table(head, rows, widths, bold_first=False):
    out = [[hcell(h, w) for h, w in zip(head, widths)]]
    for r in rows:
        out.append([dcell(v, w, b_=(bold_first and i == 0)) for i, (v, w) in enumerate(zip(r, widths))])
    b.raw(TABLE(out, widths, border="808080"))
    b.raw(P("", after=60))


# =========================================================================== COVER
b.raw(P([R("")], before=1800, after=0))
b.raw(P([T("Ebbsfield", b=True, sz=30, color=NAVY)], after=0))
b.raw(P([T("Local Safeguarding Children Board", b=True, sz=22, color=NAVY)], after=600,
        border='<w:bottom w:val="single" w:sz="18" w:space="8" w:color="%s"/>' % NAVY))
b.raw(P([T("Annual Report 2016-17", sz=26)], after=120))
b.raw(P([T("1 April 2016 to 31 March 2017", sz=14, color="404040")], after=2400))
b.raw(P([T("Safeguarding children is everyone's responsibility", i=True, sz=12, color="404040")], after=2200))
cw = [4.5, 12.5]
b.raw(TABLE([
    [hcell("Document", cw[0]), dcell("Ebbsfield LSCB Annual Report 2016-17", cw[1])],
    [hcell("Author", cw[0]), dcell("Steve Pennington, LSCB Business Manager", cw[1])],
    [hcell("Version", cw[0]), dcell("1.4 FINAL", cw[1])],
    [hcell("Approved by", cw[0]), dcell("Ebbsfield LSCB, 21 September 2017", cw[1])],
    [hcell("Circulation", cw[0]), dcell("Chief Executive and Leader of Ebbsfield Borough Council; Police and Crime "
                                        "Commissioner for Wealdshire; Chair of the Ebbsfield Health and Wellbeing "
                                        "Board; Board members; published at www.ebbsfieldlscb.org.uk", cw[1])],
], cw, border="808080", header_rows=0))

# =========================================================================== CONTENTS
b.raw(P([T("Contents", b=True, sz=15, color=NAVY)], page_break_before=True, after=200))
TOC_ENTRIES = [
    (1, "1. Foreword from the Independent Chair", 3),
    (1, "2. Ebbsfield: the local picture", 4),
    (1, "3. How the Board works", 5),
    (1, "4. Serious case reviews", 7),
    (2, "Child R", 7),
    (2, "Siblings H", 9),
    (2, "Baby E and Child W", 11),
    (1, "5. Other reviews: learning reviews and domestic homicide reviews", 12),
    (1, "6. Child Death Overview Panel", 13),
    (1, "7. Allegations against people who work with children", 14),
    (1, "8. Private fostering", 14),
    (1, "9. Section 11 audit and quality assurance", 15),
    (1, "10. Training and learning", 16),
    (1, "11. Ofsted inspection", 18),
    (1, "12. Business plan: progress in 2016-17 and priorities for 2017-18", 18),
]
b.toc([(l, c(t), p) for l, t, p in TOC_ENTRIES])

# =========================================================================== 1 FOREWORD
H1("1. Foreword from the Independent Chair")
NP("1.1", "I am pleased to introduce the annual report of Ebbsfield Local Safeguarding Children Board for 2016-17, my "
          "second as Independent Chair. The report is a requirement of section 14A of the Children Act 2004. It is "
          "addressed to the Chief Executive and Leader of Ebbsfield Borough Council, the Police and Crime "
          "Commissioner for Wealdshire and the Chair of the Ebbsfield Health and Wellbeing Board, and it is "
          "published on the Board's website for the public and for the people who work with children in Ebbsfield.")
NP("1.2", "It has been a demanding year. The Board published two serious case reviews: Child R in June 2016 and "
          "Siblings H in January 2017. Both make uncomfortable reading. In each case professionals from several "
          "agencies held part of the picture, but nobody put the parts together, and in each case the children's "
          "own experience of daily life was lost behind the adults' accounts. Section 4 of this report sets out in "
          "some detail what each agency has done in response to the reviews, and, just as importantly, where we "
          "have not yet done enough. I have asked the Business Manager to be plain about this, and he has been.")
NP("1.3", "In November and December 2016 Ofsted inspected services for children in need of help and protection, "
          "children looked after and care leavers in Ebbsfield, and at the same time reviewed the effectiveness of "
          "the Board. Both were judged to require improvement. Ofsted's findings about the Board were fair: we "
          "have been better at agreeing actions than at finding out whether they have made a difference to "
          "children. The Board has accepted Ofsted's recommendations in full and they are built into the business "
          "plan for 2017-18 (section 12).")
NP("1.4", "Looking ahead, the Children and Social Work Act 2017 will replace Local Safeguarding Children Boards with "
          "new arrangements led jointly by the local authority, the police and the clinical commissioning group. "
          "The three statutory partners in Ebbsfield have begun to discuss what our arrangements should look like. "
          "Whatever shape they take, the priorities in this report will not change, and I would ask every partner "
          "to keep its attention on them during the transition.")
NP("1.5", "I would like to thank the members of the Board and its sub-groups, our two lay members, and the small "
          "Business Unit team, for their work this year, and above all the practitioners in every agency who "
          "keep children in Ebbsfield safe.")
b.raw(P([T("Margaret Oduya", b=True)], before=200, after=0, ind='<w:ind w:left="709"/>'))
b.raw(P([T("Independent Chair, Ebbsfield Local Safeguarding Children Board")], ind='<w:ind w:left="709"/>'))

# =========================================================================== 2 LOCAL PICTURE
H1("2. Ebbsfield: the local picture")
NP("2.1", "Ebbsfield is a unitary borough in the east of Wealdshire with a population of about 187,400 (ONS mid-2016 "
          "estimate), of whom 44,100 (23.5%) are children and young people under 18. The borough has become more "
          "diverse in the last ten years: 27% of school pupils are from minority ethnic groups and 71 languages are "
          "spoken in Ebbsfield schools. Four wards in the town centre and the Ashby Road estate are among the 10% "
          "most deprived in England, and 19.8% of children live in low-income families.")
NP("2.2", "The table below gives the main figures for children's social care and for the Board's own areas of "
          "work. Figures are for the year to 31 March 2017 unless stated, with the previous year for comparison.")
nw = [10.0, 3.5, 3.5]
simple_table(["Measure", "2015-16", "2016-17"], [
    ["Contacts received by the Front Door (MASH)", "10,906", "11,842"],
    ["Referrals to children's social care", "2,701", "2,916"],
    ["Re-referrals within 12 months", "21%", "19%"],
    ["Single assessments completed", "2,588", "2,744"],
    ["Children subject to a child protection plan at 31 March", "196", "218"],
    ["  rate per 10,000 children (England 2016: 43.1)", "44.6", "49.4"],
    ["Child protection plans with neglect as the main category", "48%", "52%"],
    ["Children looked after at 31 March", "287", "301"],
    ["Children reported missing from home or care (episodes)", "612", "688"],
    ["Private fostering arrangements notified", "5", "7"],
    ["Allegations referred to the LADO", "83", "96"],
    ["Child deaths reviewed by CDOP (Ebbsfield children)", "12", "14"],
], nw)
NP("2.3", "The rise in child protection plans, and in the proportion made under the category of neglect, has been "
          "discussed at every Board meeting this year. It is partly the result of the work that followed the "
          "Child R review (section 4), which has made practitioners more alert to neglect, and the Quality "
          "Assurance and Performance Sub-group has checked through a dip sample that thresholds are being applied "
          "consistently.")

# =========================================================================== 3 HOW THE BOARD WORKS
H1("3. How the Board works")
NP("3.1", "Ebbsfield LSCB is the statutory body that coordinates what is done by each partner to safeguard and "
          "promote the welfare of children in the borough, and ensures that it is effective (section 14 of the "
          "Children Act 2004). It works to Working Together to Safeguard Children 2015 and to the Wealdshire and "
          "Ebbsfield child protection procedures, which are shared with Wealdshire Safeguarding Children Board.")
NP("3.2", "The Board has an Independent Chair, Margaret Oduya, who is accountable to the Chief Executive of "
          "Ebbsfield Borough Council. The Board met five times in 2016-17. Its Executive Group, made up of the "
          "Chair, the Director of Children's Services, the Detective Superintendent for Public Protection and the "
          "Director of Nursing of Ebbsfield Clinical Commissioning Group, met between Board meetings to set agendas "
          "and to hold partners to account for their contributions.")
NP("3.3", "Most of the Board's work is done through its sub-groups, each chaired by a Board member:", keep_next=True)
for lead, txt in (
        ("Serious Case Review Sub-group", "(chair: Designated Nurse for Safeguarding Children): considers cases "
                                          "against the SCR criteria, commissions reviews and monitors their action plans."),
        ("Quality Assurance and Performance Sub-group", "(chair: Head of Safeguarding, Wealdshire Police): runs the "
                                                        "multi-agency audit programme, the section 11 audit and the "
                                                        "performance dataset."),
        ("Training and Development Sub-group", "(chair: Named Nurse, Ebbsfield and District Hospitals NHS Foundation "
                                               "Trust): plans and evaluates the multi-agency training programme."),
        ("Child Sexual Exploitation and Missing Sub-group", "(chair: Head of Early Help, Ebbsfield Borough Council)."),
        ("Policy and Procedures Group", "(shared with Wealdshire Safeguarding Children Board)."),
        ("Child Death Overview Panel", "(shared with Wealdshire; see section 6)."),
):
    BUL(txt, lead=lead)
NP("3.4", "The Business Unit is hosted by Ebbsfield Borough Council and has four staff: the Business Manager, a "
          "Training Coordinator (0.8 FTE), a Learning and Development Officer and an Administrator. The Learning "
          "and Development Officer post was vacant from June to October 2016, which delayed some of the audit "
          "programme.")
NP("3.5", "Partner contributions to the Board's budget in 2016-17 were as follows. The Board underspent by £6,210, "
          "mainly because of the vacancy, and the underspend has been carried forward to meet the cost of the "
          "Child W review.", keep_next=True)
bw = [10.0, 3.5, 3.5]
simple_table(["Partner", "Contribution", "Share"], [
    ["Ebbsfield Borough Council", "£142,500", "63.8%"],
    ["Ebbsfield Clinical Commissioning Group", "£61,000", "27.3%"],
    ["Wealdshire Police (Office of the Police and Crime Commissioner)", "£16,250", "7.3%"],
    ["National Probation Service", "£1,500", "0.7%"],
    ["Wealdshire Community Rehabilitation Company", "£1,000", "0.4%"],
    ["Cafcass", "£550", "0.2%"],
    ["Total", "£222,800", "100%"],
], bw)
NP("3.6", "Attendance at Board meetings is reported to the Executive Group after each meeting. Most agencies "
          "attended at least four of the five meetings. The Board wrote to the two agencies whose attendance was "
          "below 60%, and both have since nominated deputies.", keep_next=True)
aw = [11.0, 6.0]
simple_table(["Agency", "Meetings attended (out of 5)"], [
    ["Ebbsfield Borough Council Children's Services", "5"],
    ["Ebbsfield Borough Council Education and Learning", "4"],
    ["Ebbsfield Borough Council Adult Social Care", "3"],
    ["Ebbsfield Borough Council Public Health", "4"],
    ["Ebbsfield Clinical Commissioning Group", "5"],
    ["Ebbsfield and District Hospitals NHS Foundation Trust", "5"],
    ["Wealdshire Community Health NHS Trust", "4"],
    ["Wealdshire Partnership NHS Foundation Trust (mental health)", "2"],
    ["Wealdshire Police", "5"],
    ["National Probation Service", "3"],
    ["Wealdshire Community Rehabilitation Company", "2"],
    ["Ebbsfield Youth Offending Service", "4"],
    ["Cafcass", "2"],
    ["Ebbsfield Homes", "3"],
    ["Schools (primary, secondary and special head teacher representatives)", "5"],
    ["Ebbsfield Council for Voluntary Service", "4"],
    ["Lay members (2)", "5 and 4"],
], aw)

# =========================================================================== 4 SCRs
H1("4. Serious case reviews")
NP("4.1", "Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the Board to undertake a "
          "serious case review (SCR) when abuse or neglect of a child is known or suspected and the child has died, "
          "or has been seriously harmed and there is cause for concern about the way in which agencies have worked "
          "together. The decision is taken by the Independent Chair on the recommendation of the Serious Case "
          "Review Sub-group.")
NP("4.2", "The Sub-group met eight times in 2016-17 and considered four cases. One (Child W) met the criteria and "
          "an SCR was commissioned in February 2017. One (Young Person J) did not meet the criteria but the "
          "Sub-group decided that a multi-agency learning review would be useful; this is reported in section 5. "
          "The other two did not meet the criteria and were addressed through single-agency reviews by the "
          "agencies concerned. Two SCRs were published in the year, Child R and Siblings H, and the action plan "
          "of an earlier review, Baby E, was closed.")
MECH = ("Each serious case review has a multi-agency action plan, which is held by the SCR Sub-group. Lead officers "
        "report progress to every meeting of the Sub-group, and an action is only marked as complete when the lead "
        "agency has given the Sub-group evidence that it has been done. A RAG-rated summary of all open action "
        "plans is presented to each meeting of the Board, and any action that is overdue is raised with the "
        "agency's Board member by the Independent Chair.")
NP("4.3", MECH)

H2("Child R")
NP("4.4", "Child R was 22 months old when she was admitted to Ebbsfield General Hospital in November 2014 with severe "
          "malnutrition and dehydration. She had been known to universal health services since birth and to "
          "Children's Services as a child in need for eleven months. Her mother has a mild learning disability. "
          "The review was led by an independent reviewer, Dr Alison Carrow, and was published on 14 June 2016 "
          "after criminal proceedings had ended. It found that professionals relied on the mother's own account of "
          "how R was eating, that R's falling weight was recorded on three occasions but not acted upon, and that "
          "no single agency had the full picture of the family's circumstances.")
NP("4.5", "The review made seven recommendations. The Board accepted all of them and the SCR Sub-group agreed a "
          "multi-agency action plan in July 2016. The recommendations, and the progress made on each by 31 March "
          "2017, are described below.")

CHILD_R = [
    dict(n="1", lead="Recommendation 1 (Children's Services).", pre="Recommendation 1 read: \u201c", q=True,
         text="Ebbsfield Borough Council Children's Services should ensure that assessments of parents with a "
              "learning disability are informed by specialist advice from the adult learning disability service, "
              "and are adapted to the way the parent understands and retains information.",
         action="Children's Services and the Community Learning Disability Team agreed a joint working protocol in "
                "October 2016, under which a learning disability nurse or psychologist contributes to any parenting "
                "assessment where the parent has a known or suspected learning disability. Forty-six social workers "
                "attended a half-day workshop on the protocol, and it has been used in nine assessments since it "
                "was introduced.",
         after=None,
         bodies=[("Ebbsfield Borough Council Children's Services", "childrens_social_care"),
                 ("Community Learning Disability Team", "adult_services")],
         status="completed", due=None),
    dict(n="2", lead="Recommendation 2 (GP practices).", pre="", q=False,
         text="The review asked Ebbsfield Clinical Commissioning Group to make sure that GP practices follow up "
              "children who are not brought to their appointments, and treat repeated missed appointments for a "
              "young child as a possible sign of neglect.",
         action="In response, the CCG's Named GP for Safeguarding issued \u2018Was Not Brought\u2019 guidance and a "
                "model practice policy in November 2016, and 19 of the 24 practices in Ebbsfield have now adopted "
                "it. The Named GP is visiting the remaining five practices, and the CCG will test the policy in its "
                "annual safeguarding audit of practices in the summer of 2017.",
         after=None,
         bodies=[("Ebbsfield Clinical Commissioning Group", "health")],
         status="in_progress", due=None),
    dict(n="3", lead="Recommendation 3 (health visiting).", pre="The third recommendation was that \u201c", q=True,
         text="Wealdshire Community Health NHS Trust should ensure that health visitors weigh and measure a child "
              "whenever there is a concern about growth or feeding, and that growth charts are reviewed in "
              "safeguarding supervision.",
         action="The Trust has revised its standard operating procedure for growth monitoring, and the template for "
                "safeguarding supervision now includes a prompt to review the child's growth chart. An audit of 60 "
                "health visiting records in January 2017 found that children with a growth concern had been weighed "
                "at each contact in 54 cases (90%), against 61% in the baseline audit.",
         after=None,
         bodies=[("Wealdshire Community Health NHS Trust", "health")],
         status="completed", due=None),
    dict(n="4", lead="Recommendation 4 (police).", pre="", q=False,
         text="The review asked Wealdshire Police to ensure that officers who visit a home where young children "
              "live, for whatever reason, record the condition of the home and of the children, and share this with "
              "Children's Services when it gives cause for concern.",
         action="A briefing has been given to neighbourhood and response officers in the Ebbsfield district, and "
                "the public protection notice that officers complete now includes a prompt about home conditions.",
         after="However, the force's records system cannot yet send these notices to the Front Door "
               "electronically, so they are still being sent by email in batches. The force expects the change to "
               "its system to be made by September 2017.",
         bodies=[("Wealdshire Police", "police")],
         status="in_progress", due="2017-09"),
    dict(n="5", lead="Recommendation 5 (training).", pre="Recommendation 5 said that \u201c", q=True,
         text="Ebbsfield LSCB should commission multi-agency training on neglect, including the use of the Graded "
              "Care Profile 2, and evaluate its impact on practice.",
         action="The Training and Development Sub-group commissioned a one-day neglect course, which ran six times "
                "between September 2016 and March 2017 for 131 practitioners from 14 agencies, and 84 practitioners "
                "are now licensed to use the Graded Care Profile 2. A follow-up survey three months after each "
                "course found that 71% of those who replied had used the tool with at least one family.",
         after=None,
         bodies=[("Ebbsfield LSCB", "lscb"), ("Training and Development Sub-group", "lscb")],
         status="completed", due=None),
    dict(n="6", lead="Recommendation 6 (housing).", pre="", q=False,
         text="It also recommended that Ebbsfield Homes, which manages the council's housing stock, should give its "
              "housing officers a clear route for reporting concerns about the condition of a tenant's home where "
              "children live.",
         action=None,
         after="No update on this recommendation had been received from Ebbsfield Homes by 31 March 2017. The "
               "Independent Chair has written to the Chief Executive of Ebbsfield Homes asking for a report to the "
               "Board's July 2017 meeting.",
         bodies=[("Ebbsfield Homes", "housing")],
         status="not_started", due=None),
    dict(n="7", lead="Recommendation 7 (sharing the learning).", pre="Finally, the review recommended that \u201c",
         q=True,
         text="The Board should assure itself that the learning from this review has reached frontline staff in all "
              "partner agencies.",
         action="The Business Unit produced a seven-minute briefing and ran three learning events in September and "
                "October 2016, which were attended by 238 staff. Each partner agency was asked to confirm how it had "
                "shared the learning internally, and all fourteen returned the template by December 2016.",
         after=None,
         bodies=[("The Board", "lscb"), ("Business Unit", "lscb")],
         status="completed", due=None),
]
para_no = 6
for r in CHILD_R:
    runs = []
    if r["q"]:
        runs.append(T(r["pre"]))
        runs.append(T(r["text"], i=True))
        runs.append(T("\u201d "))
    else:
        runs.append(T(r["text"] + " "))
    if r["action"]:
        runs.append(T(r["action"] + (" " if r["after"] else "")))
    if r["after"]:
        runs.append(T(r["after"]))
    NP("4.%d" % para_no, runs, lead=r["lead"])
    para_no += 1
NP("4.%d" % para_no, "In summary, recommendations 1, 3, 5 and 7 of the Child R review are complete and have been signed "
                     "off by the SCR Sub-group. Recommendations 2 and 4 remain open, but work on both is well advanced. "
                     "Recommendation 6 is outstanding. The Sub-group will keep the Child R action plan open until all "
                     "seven recommendations are complete, and will then ask the Quality Assurance and Performance "
                     "Sub-group to test their impact through a multi-agency case audit in 2017-18.")
para_no += 1

H2("Siblings H", page_break=True)
NP("4.%d" % para_no, "Siblings H are a brother and sister who were aged 9 and 6 when, in February 2015, the older child told a "
                     "teacher that their mother's partner had hurt their mother and had locked the children in their "
                     "bedroom overnight. The family had been discussed twice at MARAC, the partner was being supervised "
                     "by Wealdshire Community Rehabilitation Company for an offence of violence, and the mother was in "
                     "treatment for alcohol misuse. The school, the Community Rehabilitation Company and the drug and "
                     "alcohol service did not know of each other's involvement, and the child's disclosure was not "
                     "referred to Children's Services for eleven days.")
para_no += 1
NP("4.%d" % para_no, "The review was carried out by an independent reviewer, Kevin Ashworth, using a systems approach, and "
                     "was published on 23 January 2017. It made six recommendations. The action plan had been agreed by "
                     "the SCR Sub-group in November 2016, when the Board accepted the review, so that work could begin "
                     "before publication. The plan is reproduced on the next page as it was presented to the Board in "
                     "April 2017. Where a recommendation has more than one action, each action has its own lead and "
                     "its own RAG rating.")
para_no += 1

SIB_H = [
    dict(n="1",
         text="All agencies should ensure that practitioners know and use the Ebbsfield LSCB Escalation Policy when "
              "they disagree with a decision made by another agency, and that managers support them to do so.",
         acts=[("1.1", "Escalation Policy revised to include shorter timescales and a named senior manager in each "
                       "agency; re-issued to all partners in March 2017.", "LSCB Business Unit", "March 2017", "Green"),
               ("1.2", "Escalation and professional challenge to be covered in every LSCB multi-agency course from "
                       "April 2017; seven-minute briefing on escalation circulated.",
                "Training and Development Sub-group", "June 2017", "Amber"),
               ("1.3", "Multi-agency audit of the use of the Escalation Policy, including cases where concerns were "
                       "raised but not escalated.", "Quality Assurance and Performance Sub-group", "October 2017",
                "Red")],
         bodies=[("LSCB Business Unit", "lscb"), ("Training and Development Sub-group", "lscb"),
                 ("Quality Assurance and Performance Sub-group", "lscb")],
         status="in_progress", due="2017-10"),
    dict(n="2",
         text="Ebbsfield Borough Council's Education Safeguarding Service should remind designated safeguarding "
              "leads that a child's disclosure of domestic abuse at home must be recorded and referred to the Front "
              "Door on the same day.",
         acts=[("2.1", "Disclosures of domestic abuse covered at the termly Designated Safeguarding Lead briefings "
                       "(autumn 2016 and spring 2017); 71 of 74 schools attended at least one briefing.",
                "Education Safeguarding Service", "March 2017", "Green"),
               ("2.2", "Police to notify the school by 9am on the next school day of any domestic abuse incident "
                       "attended where a pupil lives in the household; pilot running in the 12 schools of the Ashby "
                       "Road cluster since February 2017.",
                "Wealdshire Police and Education Safeguarding Service", "September 2017", "Amber")],
         bodies=[("Education Safeguarding Service", "education"), ("Wealdshire Police", "police")],
         status="in_progress", due="2017-09"),
    dict(n="3",
         text="The National Probation Service and Wealdshire Community Rehabilitation Company should check with "
              "Children's Services whether a person they supervise lives with, or has regular contact with, "
              "children, at the start of supervision and whenever the person's address changes.",
         acts=[("3.1", "Household and children check added to the NPS assessment and change of address procedure; "
                       "dip sample in January 2017 found 19 of 20 cases compliant.",
                "National Probation Service", "January 2017", "Green"),
               ("3.2", "CRC safeguarding checklist revised to include the same check; all case managers briefed at "
                       "team meetings.", "Wealdshire Community Rehabilitation Company", "February 2017", "Green")],
         bodies=[("National Probation Service", "probation_youth_justice"),
                 ("Wealdshire Community Rehabilitation Company", "probation_youth_justice")],
         status="completed", due="2017-02"),
    dict(n="4",
         text="Ebbsfield Borough Council Children's Services should ensure that, where domestic abuse is the reason "
              "for a referral, the assessment considers the impact on each child separately and records each "
              "child's own views.",
         acts=[("4.1", "Single assessment template amended so that a separate section is completed for each child "
                       "in the household.", "Children's Services (Head of Safeguarding and Quality Assurance)",
                "February 2017", "Green"),
               ("4.2", "Audit of 30 assessments where domestic abuse was the presenting concern, to check that the "
                       "change has been made in practice.", "Children's Services Quality Assurance Team",
                "July 2017", "Amber")],
         bodies=[("Children's Services", "childrens_social_care"),
                 ("Children's Services Quality Assurance Team", "childrens_social_care")],
         status="in_progress", due="2017-07"),
    dict(n="5",
         text="Commissioners of adult drug and alcohol services should require providers to ask every adult "
              "entering treatment whether children live with them or visit them regularly, and to share concerns "
              "with Children's Services.",
         acts=[("5.1", "Question on children in the household added to the assessment form; training for key "
                       "workers under way (42 of 58 trained).", "Ebbsfield Recovery Partnership", "June 2017",
                "Amber"),
               ("5.2", "Safeguarding children standard to be added to the contract monitoring framework for the drug "
                       "and alcohol service.", "Public Health, Ebbsfield Borough Council", "April 2017", "Red")],
         bodies=[("Ebbsfield Recovery Partnership", "adult_services"),
                 ("Public Health, Ebbsfield Borough Council", "health")],
         status="in_progress", due="2017-06"),
    dict(n="6",
         text="The LSCB should review, with the MARAC Steering Group, how information from MARAC about children is "
              "passed to schools, health visitors and school nurses.",
         acts=[("6.1", "Joint review of MARAC information-sharing with schools and health services to be carried out "
                       "once the new MARAC coordinator is in post.", "LSCB Business Manager and MARAC Steering Group",
                "September 2017", "Red")],
         bodies=[("LSCB Business Manager", "lscb"), ("MARAC Steering Group", "adult_services")],
         status="not_started", due="2017-09"),
]

# ---- landscape section for the Siblings H action plan
sec = doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
b.raw(P([T("Siblings H serious case review: multi-agency action plan (position at 31 March 2017)", b=True, sz=12,
           color=NAVY)], after=80, keep_next=True))
b.raw(P([T("RAG rating:  ", b=True, sz=9),
         T(" Green ", b=True, sz=9, shd=RAGFILL["Green"]), T(" action complete     ", sz=9),
         T(" Amber ", b=True, sz=9, shd=RAGFILL["Amber"]), T(" in progress and on track     ", sz=9),
         T(" Red ", b=True, sz=9, color="FFFFFF", shd=RAGFILL["Red"]), T(" not started, or behind schedule", sz=9)],
        after=120, keep_next=True))

LW = [1.1, 6.5, 1.0, 8.7, 4.3, 2.2, 1.9]  # 25.7 cm


def tc(content, w, fill=None, vmerge=None, valign="top"):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w * 567)
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if fill:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    pr += '<w:vAlign w:val="%s"/>' % valign
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def cp(text, b_=False, color=None, jc=None):
    return P([T(text, sz=9, b=b_, color=color)], after=0, jc=jc)


rows = [[tc(cp(h, b_=True), w, fill=GREY) for h, w in
         zip(("Rec", "Recommendation", "No.", "Action", "Lead", "Target date", "RAG"), LW)]]
for r in SIB_H:
    for k, (an, atext, lead, tdate, rag) in enumerate(r["acts"]):
        vm = None if len(r["acts"]) == 1 else ("restart" if k == 0 else "cont")
        row = [tc(cp(r["n"], b_=True) if k == 0 else P("", after=0), LW[0], vmerge=vm),
               tc(cp(r["text"]) if k == 0 else P("", after=0), LW[1], vmerge=vm),
               tc(cp(an), LW[2]), tc(cp(atext), LW[3]), tc(cp(lead), LW[4]), tc(cp(tdate), LW[5]),
               tc(cp(rag, b_=True, color="FFFFFF" if rag == "Red" else None, jc="center"), LW[6],
                  fill=RAGFILL[rag], valign="center")]
        rows.append(row)
tbl = TABLE(rows, LW, border="808080")
# let rows of this table split across pages is not wanted: keep cantSplit (set by TABLE)
b.raw(tbl)
b.raw(P([T("Source: Siblings H action plan tracker, SCR Sub-group, 6 April 2017.", i=True, sz=8.5)], before=80,
        after=0))

# ---- back to portrait
sec = doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

NP("4.%d" % para_no, "Recommendation 3 of the Siblings H review is complete and was signed off by the SCR Sub-group in "
                     "March 2017. Recommendations 1, 2, 4 and 5 remain open: in each case one or more of the actions "
                     "is complete and the rest are in progress. Recommendation 6 has not yet started, because the MARAC "
                     "coordinator post was vacant from December 2016 until April 2017. Public Health has been asked to "
                     "explain to the June meeting of the Sub-group why action 5.2 is behind schedule.")
para_no += 1

H2("Baby E and Child W")
BABY_E_ACTION = ("The revised multi-agency protocol for bruising in babies who are not yet mobile was re-launched in "
                 "July 2016 by the Designated Doctor for Safeguarding Children, with briefings for GPs, health "
                 "visitors, emergency department staff and children's centre workers.")
NP("4.%d" % para_no, [T("The Baby E review was published in March 2015 and its action plan was carried into 2016-17 "
                        "with one action still open. "), T(BABY_E_ACTION + " "),
                      T("The SCR Sub-group was satisfied with the evidence it received and closed the Baby E action "
                        "plan in September 2016.")], lead="Baby E.")
para_no += 1
NP("4.%d" % para_no, "In January 2017 the SCR Sub-group considered the case of Child W, a 15-year-old young person who was "
                     "seriously injured in October 2016 in circumstances that suggest criminal exploitation. The "
                     "Independent Chair agreed in February 2017 that the criteria for a serious case review were met, "
                     "and Ofsted and the national panel of independent experts were informed. An independent reviewer "
                     "has been appointed and the review is expected to report to the Board in November 2017. Because "
                     "criminal proceedings are under way, no further detail can be given in this report.",
   lead="Child W.")
para_no += 1

# =========================================================================== 5 OTHER REVIEWS
H1("5. Other reviews: learning reviews and domestic homicide reviews")
NP("5.1", "Not every case that the SCR Sub-group considers meets the criteria for a serious case review, but the "
          "Board can still learn from it. In 2016-17 the Sub-group commissioned one multi-agency learning review, "
          "and the Board contributed to a domestic homicide review commissioned by the Ebbsfield Community Safety "
          "Partnership.")
H2("Learning review: Young Person J")
NP("5.2", "Young Person J is a 14-year-old girl who went missing from home on 17 occasions between April and "
          "September 2016 and was identified as at high risk of child sexual exploitation. The learning review was "
          "led by the Business Manager and two Sub-group members, using a workshop with the practitioners involved, "
          "and was reported to the Board in January 2017. It did not find that any agency had failed J, but it "
          "found that return home interviews were often late and that information from them was not always shared "
          "with the police.")
NP("5.3", "The learning review recommended that: (a) return home interviews should be offered within 72 hours of a "
          "young person's return in every case; (b) the information gathered in return home interviews should be "
          "shared with Wealdshire Police's Missing Person Coordinator on the same day; and (c) the Child Sexual "
          "Exploitation and Missing Sub-group should review the CSE risk assessment tool. Recommendations (a) and "
          "(b) are being taken forward by the Early Help Service and the police, and 68% of return home interviews "
          "in the last quarter were held within 72 hours, against 41% a year earlier. The review of the CSE risk "
          "assessment tool will be completed by July 2017.")
H2("Domestic homicide review: Ms D")
NP("5.4", "Domestic homicide reviews (DHRs) are commissioned by the Community Safety Partnership under section 9 of "
          "the Domestic Violence, Crime and Victims Act 2004. The review into the death of Ms D, who was killed by "
          "her former partner in 2015, was published by the Ebbsfield Community Safety Partnership in November 2016 "
          "after approval by the Home Office Quality Assurance Panel. Ms D's two children, then aged 12 and 15, now "
          "live with relatives.")
NP("5.5", "Two of the DHR's eleven recommendations were addressed to the LSCB. The first was that the Board "
          "should make sure that its multi-agency domestic abuse training covers coercive and controlling "
          "behaviour and its effect on children; the course was revised in January 2017 and this recommendation "
          "is complete. The second was that the Board and the Community Safety Partnership should agree a joint "
          "protocol for reviews where both a child and an adult have been harmed; a draft protocol has been "
          "written and will go to both boards in the summer of 2017.")

# =========================================================================== 6 CDOP
H1("6. Child Death Overview Panel")
NP("6.1", "The Child Death Overview Panel (CDOP) is shared by Ebbsfield and Wealdshire LSCBs and is chaired by the "
          "Director of Public Health for Wealdshire. It reviews the deaths of all children who were normally "
          "resident in either area. In 2016-17 the panel completed reviews of 14 deaths of Ebbsfield children, "
          "nine of them of babies under one year old.")
cdw = [9.0, 4.0, 4.0]
simple_table(["Category of death (Ebbsfield children)", "Number", "Modifiable factors identified"], [
    ["Perinatal / neonatal event", "5", "1"],
    ["Chromosomal, genetic and congenital anomalies", "3", "0"],
    ["Sudden unexpected, unexplained death", "2", "2"],
    ["Acute medical or surgical condition", "2", "0"],
    ["Trauma and other external factors", "1", "1"],
    ["Suicide or deliberate self-inflicted harm", "1", "1"],
    ["Total", "14", "5"],
], cdw)
NP("6.2", "Both sudden unexpected deaths in infancy involved a parent sharing a sofa or bed with the baby after "
          "drinking alcohol. The panel recommended that the LSCB run a safer sleeping campaign, and that midwives "
          "and health visitors record a safer sleeping discussion at every contact in the first six months. The "
          "campaign was launched in March 2017, with leaflets in eight languages and posters in every GP surgery "
          "and children's centre, and the two NHS trusts have added the discussion to their electronic records.")
NP("6.3", "The panel also considered the death of a 16-year-old by suicide, which is being reviewed separately under "
          "the Wealdshire suicide prevention strategy. The panel's annual report for 2016-17 will be published on "
          "the Board's website.")

# =========================================================================== 7 LADO
H1("7. Allegations against people who work with children", page_break=False)
NP("7.1", "The Local Authority Designated Officer (LADO) manages allegations that a person who works with children "
          "has harmed a child, behaved towards a child in a way that indicates they may pose a risk, or committed "
          "an offence against a child. There were 96 referrals in 2016-17 (83 in 2015-16), of which 61 met the "
          "threshold for an allegations management meeting.", keep_next=True)
lw_ = [9.0, 4.0, 4.0]
simple_table(["Employment sector", "Referrals", "Met threshold"], [
    ["Education (schools and colleges)", "38", "24"],
    ["Early years and childminders", "14", "9"],
    ["Foster carers and residential care", "17", "12"],
    ["Health", "7", "5"],
    ["Police", "4", "3"],
    ["Faith groups, sport and voluntary organisations", "11", "6"],
    ["Other", "5", "2"],
    ["Total", "96", "61"],
], lw_)
NP("7.2", "Of the 61 allegations that met the threshold, 22 were substantiated, 19 were unsubstantiated, 14 were "
          "unfounded, 3 were malicious and 3 were still open at 31 March 2017. Eight people were dismissed or "
          "ceased to be used, and five referrals were made to the Disclosure and Barring Service. The LADO has "
          "run briefings for sports clubs and faith groups, where referrals remain low.")

# =========================================================================== 8 PRIVATE FOSTERING
H1("8. Private fostering", page_break=False)
NP("8.1", "A private fostering arrangement is one in which a child under 16 (under 18 if disabled) is cared for for "
          "28 days or more by someone who is not a parent or close relative. The local authority must be notified "
          "and must check that the arrangement is safe. Seven new arrangements were notified in 2016-17, five of "
          "them involving young people from overseas attending language schools or independent schools.")
NP("8.2", "Initial visits were made within seven working days in six of the seven cases (86%), and all statutory "
          "visits were made on time. Awareness of private fostering remains low: the Board's campaign in "
          "September 2016 targeted schools, GP practices and faith groups, and it will be repeated in 2017-18.")

# =========================================================================== 9 S11 and QA
H1("9. Section 11 audit and quality assurance")
NP("9.1", "Section 11 of the Children Act 2004 places a duty on key agencies to make arrangements to ensure that "
          "their functions are discharged with regard to the need to safeguard and promote the welfare of children. "
          "The Board checks this every two years through a self-assessment audit, followed by a challenge meeting "
          "with each agency. The 2016 audit was completed by 21 agencies.", keep_next=True)
sw = [9.0, 2.6, 2.7, 2.7]
simple_table(["Section 11 standard", "Fully met", "Partly met", "Not met"], [
    ["1. Senior management commitment to safeguarding", "20", "1", "0"],
    ["2. Clear lines of accountability", "19", "2", "0"],
    ["3. Service development takes account of children's views", "12", "8", "1"],
    ["4. Staff training on safeguarding", "17", "4", "0"],
    ["5. Safer recruitment and allegations management", "16", "5", "0"],
    ["6. Effective inter-agency working", "18", "3", "0"],
    ["7. Information sharing", "15", "6", "0"],
    ["8. Supervision and support for staff", "13", "7", "1"],
], sw)
NP("9.2", "The audit identified three areas for improvement across the partnership, and each agency has been "
          "asked to include them in its own action plan:", keep_next=True)
BUL("agencies should find practical ways of hearing from children and young people when they design or change "
    "services;")
BUL("all agencies should check that staff who have not had safeguarding supervision in the last six months "
    "receive it, and should report their supervision rates to the Board;")
BUL("agencies should make sure that their safer recruitment training for managers is refreshed every three years.")
NP("9.3", "The Quality Assurance and Performance Sub-group will hold a challenge event in June 2017 at which each "
          "agency will report on its section 11 action plan.")
NP("9.4", "The Sub-group also completed two multi-agency case audits this year. The neglect audit (eight cases, "
          "October 2016) found good use of chronologies but limited evidence that children's lived experience was "
          "recorded. The child sexual exploitation audit (six cases, February 2017) found that risk was well "
          "identified but that plans did not always say who would do what if a young person went missing. Findings "
          "were shared with the relevant sub-groups and with the agencies concerned.")

# =========================================================================== 10 TRAINING
H1("10. Training and learning", page_break=False)
NP("10.1", "The Board's multi-agency training programme ran 38 courses in 2016-17, attended by 1,142 practitioners "
           "(1,018 in 2015-16). A further 3,400 people completed the Board's e-learning modules. The largest groups "
           "attending face-to-face courses were from schools (29%), health (24%) and children's social care (18%); "
           "attendance by the police and by adult services remains low.", keep_next=True)
tw = [9.0, 4.0, 4.0]
simple_table(["Course", "Sessions", "Attendees"], [
    ["Working Together: multi-agency child protection", "8", "244"],
    ["Neglect and the Graded Care Profile 2", "6", "131"],
    ["Domestic abuse and its impact on children", "5", "146"],
    ["Child sexual exploitation and missing children", "5", "159"],
    ["Designated safeguarding lead refresher", "4", "118"],
    ["Learning from serious case reviews (learning events)", "3", "238"],
    ["Other courses (FGM, Prevent, private fostering, safer recruitment)", "7", "106"],
    ["Total", "38", "1,142"],
], tw)
NP("10.2", "Every course is evaluated on the day and, for a sample of courses, again after three months. In the "
           "three-month survey 78% of respondents said they had changed some part of their practice as a result of "
           "the course.")

# =========================================================================== 11 OFSTED
H1("11. Ofsted inspection")
NP("11.1", "Ofsted inspected services for children in need of help and protection, children looked after and care "
           "leavers in Ebbsfield between 14 November and 8 December 2016, and at the same time reviewed the "
           "effectiveness of the LSCB. The report was published on 1 February 2017. The overall judgement for "
           "children's services was requires improvement to be good, and the Board was also judged to require "
           "improvement.")
NP("11.2", "Ofsted found that the Board has a clear understanding of its priorities and strong leadership from the "
           "Independent Chair, and that the learning from serious case reviews is shared well. It made the "
           "following recommendations for the Board:", keep_next=True)
for t_ in ("Strengthen the multi-agency audit programme so that it evaluates the impact of the Board's work, "
           "including the learning from serious case reviews, on the experience of children.",
           "Ensure that the Board's performance dataset includes information from all partners, in particular "
           "health and the police.",
           "Monitor the take-up of early help assessments by partner agencies other than children's services.",
           "Ensure that the annual report includes a rigorous assessment of the performance and effectiveness of "
           "local services."):
    BUL(t_)
NP("11.3", "The Board has agreed an action plan in response, which has been merged with the business plan for "
           "2017-18 (section 12), and progress will be reported to each Board meeting.")

# =========================================================================== 12 BUSINESS PLAN
H1("12. Business plan: progress in 2016-17 and priorities for 2017-18", page_break=False)
NP("12.1", "The Board's business plan for 2016-17 had four priorities. The table summarises what was achieved "
           "against each of them.", keep_next=True)
pw = [3.6, 6.2, 5.0, 2.2]
simple_table(["Priority", "What we said we would do", "What happened", "Outcome"], [
    ["Neglect", "Launch the neglect strategy and the Graded Care Profile 2 across all agencies.",
     "Strategy launched June 2016; 84 licensed GCP2 users.", "Achieved"],
    ["Child sexual exploitation and missing", "Establish a multi-agency CSE team and improve return home "
                                              "interviews.",
     "CSE team co-located from September 2016; return home interviews improving but below target.",
     "Partly achieved"],
    ["Domestic abuse", "Agree a domestic abuse pathway for children with the Community Safety Partnership.",
     "Pathway drafted but not yet agreed by all partners.", "Partly achieved"],
    ["Listening to children", "Set up a young people's reference group for the Board.",
     "Not started: recruitment of a participation worker delayed.", "Not achieved"],
], pw, bold_first=True)
NP("12.2", "For 2017-18 the Board has kept neglect, exploitation and domestic abuse as its priorities and has added "
           "a fourth, the transition to the new safeguarding arrangements. The main actions are set out below.",
   keep_next=True)
qw = [3.4, 7.6, 3.8, 2.2]
simple_table(["Priority", "Action", "Lead", "By when"], [
    ["Neglect", "Repeat the multi-agency neglect audit to test whether practice has improved since October 2016.",
     "QA and Performance Sub-group", "Dec 2017"],
    ["Neglect", "Extend the Graded Care Profile 2 to school nurses and early years settings.",
     "Training and Development Sub-group", "Mar 2018"],
    ["Exploitation", "Include criminal exploitation and county lines in the CSE and Missing Sub-group's remit and "
                     "rename it.", "Head of Early Help", "Sept 2017"],
    ["Domestic abuse", "Agree and launch the domestic abuse pathway for children.",
     "Community Safety Partnership and LSCB", "Oct 2017"],
    ["Effectiveness", "Build a multi-agency performance dataset with police and health data (Ofsted "
                      "recommendation).", "LSCB Business Manager", "Sept 2017"],
    ["Effectiveness", "Recruit a participation worker and set up a young people's reference group.",
     "Director of Children's Services", "Dec 2017"],
    ["New arrangements", "Agree with the three statutory partners the new local safeguarding arrangements.",
     "Executive Group", "Mar 2018"],
], qw, bold_first=True)
NP("12.3", "Ebbsfield Local Safeguarding Children Board, Civic Centre, Market Square, Ebbsfield. If you are worried "
           "about a child, contact the Front Door on 01632 960 410 (out of hours 01632 960 999), or call 999 if a "
           "child is in immediate danger.")

b.header_footer("Ebbsfield LSCB Annual Report 2016-17", "Ebbsfield LSCB Annual Report 2016-17  |  Final v1.4",
                rule=NAVY)

# ============================ SAVE + GOLD ==================================
out = os.path.join(OUT, NAME + ".docx")
b.save(out)


def ev(s, n=16):
    return " ".join(s.split()[:n])


entries = []
for r in CHILD_R:
    entries.append(dict(scr="Child R", number=r["n"], text=c(r["text"]), action=c(r["action"]),
                        bodies=r["bodies"], status=r["status"], due=r["due"]))
for r in SIB_H:
    entries.append(dict(scr="Siblings H", number=r["n"], text=c(r["text"]),
                        action=c(" ".join(a[1] for a in r["acts"])),
                        bodies=r["bodies"], status=r["status"], due=r["due"]))
entries.append(dict(scr="Baby E", number=None, text=None, action=c(BABY_E_ACTION),
                    bodies=[("Designated Doctor for Safeguarding Children", "health")],
                    status="completed", due=None))

recs = []
for k, e in enumerate(entries, 1):
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"], "text": e["text"],
                 "action": e["action"],
                 "bodies": [{"name": c(n_), "sector": s_} for n_, s_ in e["bodies"]],
                 "status": e["status"], "due": e["due"], "page": None,
                 "evidence": ev(e["text"] or e["action"]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": BOARD, "period": "2016-17",
        "scrs": [{"name": "Child R", "stage": "published", "page": None},
                 {"name": "Siblings H", "stage": "published", "page": None},
                 {"name": "Baby E", "stage": "published", "page": None},
                 {"name": "Child W", "stage": "initiated", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": c(MECH),
                 "verdict": verdict}}
with open(os.path.join(OUT, NAME + ".gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
    fh.write("\n")
print("wrote", out, "entries", n, "actions", acts, "bodies", bods, verdict)
