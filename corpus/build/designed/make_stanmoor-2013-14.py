"""stanmoor-2013-14: a council committee report to the Health and Wellbeing Board presenting the
LSCB annual report. Paragraph numbers (1.1, 1.2 ...) come from Word's multi-level list numbering,
SCR recommendations are auto-numbered paragraphs followed by "Progress:" sub-paragraphs, and an
appendix action plan (landscape section) carries a RAG column of shaded, empty cells keyed in a legend."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402

from wordml import BDR, CELL, P, R, TABLE, X, Builder  # noqa: E402
from common_gold_blind12 import write_gold  # noqa: E402

NAME = "stanmoor-2013-14"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Stanmoor Local Safeguarding Children Board"
FONT = "Arial"

b = Builder(font=FONT, size=11, color="000000")
for sid in ("Heading1", "Heading2"):
    st = b.doc.styles[sid.replace("Heading", "Heading ")]
    st.font.name = FONT
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = X('<w:rFonts/>')
        rpr.insert(0, rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(k), FONT)
    for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(k)) is not None:
            del rf.attrib[qn(k)]

# ---- numbering: one multi-level list for the report's paragraphs, one simple list for quoted recs
numbering = b.doc.part.numbering_part.element
ML = 71
REC = 72


def lvl(i, fmt, text, left, hanging, bold=False, start=1):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return ('<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>%s</w:lvl>'
            % (i, start, fmt, text, left, hanging, rpr))


abs_ml = X('<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="5A3C11F2"/><w:multiLevelType w:val="multilevel"/>'
           '<w:tmpl w:val="0809001F"/>%s%s%s</w:abstractNum>' % (
               ML, lvl(0, "decimal", "%1.", 567, 567, bold=True),
               lvl(1, "decimal", "%1.%2", 567, 567),
               lvl(2, "decimal", "%1.%2.%3", 1276, 709)))
abs_rec = X('<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="1B7E40C9"/><w:multiLevelType w:val="singleLevel"/>'
            '<w:tmpl w:val="08090011"/>%s</w:abstractNum>' % (REC, lvl(0, "decimal", "(%1)", 1134, 567)))
first_num = numbering.find(qn("w:num"))
for a in (abs_ml, abs_rec):
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
numbering.append(X('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (ML, ML)))
rec_num_ids = iter(range(80, 90))


def new_rec_list():
    nid = next(rec_num_ids)
    numbering.append(X('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nid, REC)))
    return nid


def numpr(num, ilvl):
    return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (ilvl, num)


def H(text, page_break=False):
    b.raw(P([R(text, b=True, sz=12)], style="Heading1", numbered=numpr(ML, 0), before=240, after=120,
            keep_next=True, page_break_before=page_break))


def para(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, numbered=numpr(ML, 1), after=120, jc="both"))


def sub(text):
    b.raw(P([R(text)], numbered=numpr(ML, 2), after=100, jc="both"))


def plain(text, ind=567, **kw):
    b.raw(P([R(text)], ind='<w:ind w:left="%d"/>' % ind, after=120, jc="both", **kw))


entries = []


def scr_recs(scr, recs):
    nid = new_rec_list()
    for r in recs:
        b.raw(P([R(r["text"], i=True)], numbered=numpr(nid, 0), after=60, jc="both", keep_next=True))
        prog = r.get("action") or r.get("progress")
        b.raw(P([R("Progress: ", b=True), R(prog), R(" Status: " + r["status_word"], b=True)],
                ind='<w:ind w:left="1134"/>', after=160, jc="both"))
        entries.append(dict(scr=scr, number=r["n"], text=r["text"], action=r["action"],
                            bodies=r["bodies"], status=r["status"], due=r.get("due")))


# ---------------------------------------------------------------- header block
b.raw(P([R("STANMOOR METROPOLITAN BOROUGH COUNCIL", b=True, sz=14)], jc="center", after=60))
b.raw(P([R("Report to the Health and Wellbeing Board", b=True, sz=12)], jc="center", after=240))

W = [5.0, 12.0]
rows = [
    ["Date of meeting", "17 September 2014"],
    ["Report of", "Independent Chair, Stanmoor Local Safeguarding Children Board"],
    ["Report title", "Stanmoor Local Safeguarding Children Board Annual Report 2013/14"],
    ["Wards affected", "All"],
    ["Key decision", "No"],
    ["Public / exempt", "Public"],
    ["Contact officer", "Gillian Ashdown, LSCB Business Manager, tel. 01632 960 418"],
]
b.raw(TABLE([[CELL(P([R(a, b=True, sz=10)], after=0), W[0], fill="E7E6E6"), CELL(P([R(v, sz=10)], after=0), W[1])]
             for a, v in rows], W, header_rows=0, border="808080"))
b.raw(P("", after=120))

b.header_footer("Health and Wellbeing Board  |  17 September 2014  |  Agenda item 9",
                "Stanmoor MBC  |  LSCB Annual Report 2013/14", rule="404040")

# ---------------------------------------------------------------- 1 Recommendations
H("Recommendations")
para("That the Health and Wellbeing Board notes the Stanmoor Local Safeguarding Children Board Annual "
     "Report 2013/14 attached at Appendix A, and the assessment it contains of the effectiveness of "
     "safeguarding arrangements in the borough.")
para("That the Board considers the LSCB's priorities for 2014/15, set out in section 7, when refreshing "
     "the Joint Health and Wellbeing Strategy, in particular the priorities on neglect and on children "
     "at risk of sexual exploitation.")
para("That the Board receives a further report in March 2015 on the implementation of the action plans "
     "arising from the serious case reviews described in section 6.")
para("That Board members ensure that their own organisations continue to contribute to the LSCB budget "
     "at the 2013/14 level.")

# ---------------------------------------------------------------- 2 Purpose
H("Purpose of the report")
para("Under section 14A of the Children Act 2004 the Independent Chair of the Local Safeguarding Children "
     "Board must publish an annual report on the effectiveness of child safeguarding and the promotion of "
     "the welfare of children in the local area. Working Together to Safeguard Children (2013) asks that "
     "the report is submitted to the Chief Executive, the Leader of the Council, the local Police and "
     "Crime Commissioner and the Chair of the Health and Wellbeing Board.")
para("This covering report summarises the main messages of the annual report for the period 1 April 2013 "
     "to 31 March 2014 and draws the Board's attention to those matters where the LSCB would welcome its "
     "support. The full annual report is available on the LSCB website and has been circulated to members.")

# ---------------------------------------------------------------- 3 Background
H("Background")
para("The LSCB brings together the Council, Stanmoor Clinical Commissioning Group, Stanmoor and Fellbridge "
     "NHS Foundation Trust, Northbrook Community Healthcare NHS Trust, Stanmoor Division of the Greater "
     "Holme Police, the Northern Shires Probation Trust, the Youth Offending Service, Cafcass, schools, "
     "Stanmoor College and representatives of the voluntary and community sector. It has been chaired "
     "since January 2012 by Mr Keith Rendall, who is independent of all partner agencies.")
para("The LSCB's work is carried out through six sub-groups: Serious Case Review; Quality Assurance and "
     "Performance; Learning and Development; Child Sexual Exploitation and Missing; Policy and Procedures; "
     "and the Child Death Overview Panel, which is shared with the neighbouring borough of Fellbridge.")
para("The LSCB's budget for 2013/14 was \u00a3214,600, of which the Council contributed 58%, the CCG 21% "
     "and the Police 11%, with the balance from Probation, Cafcass, schools and the two NHS trusts.")

# ---------------------------------------------------------------- 4 Local context
H("Safeguarding in Stanmoor: the context")
para("Stanmoor has a population of around 263,000, of whom 61,400 are children and young people aged under "
     "18. Around 24% of children live in low-income households, rising to over 40% in the three wards of "
     "the Millbrook estate. The proportion of pupils whose first language is not English has risen from "
     "9% to 14% in five years.")
para("At 31 March 2014 there were 318 children subject to a child protection plan (52 per 10,000 children, "
     "against 47 the year before) and 446 looked after children. Neglect remains the most common category "
     "of plan (54%), followed by emotional abuse (31%). The number of contacts to the Children's Social Care "
     "front door rose by 12% over the year, to 11,870.")

# ---------------------------------------------------------------- 5 Effectiveness
H("How effective are safeguarding arrangements?")
para("The annual report concludes that arrangements to safeguard children in Stanmoor are generally sound, "
     "but that the LSCB is not yet assured about the consistency of practice in cases of long-term neglect, "
     "or about the timeliness of the multi-agency response to children who go missing from home or care.")
para("The annual report draws on the following evidence.")
sub("Multi-agency training. ""The Learning and Development sub-group delivered 64 multi-agency courses to 1,482 practitioners in "
    "2013/14 (1,316 in 2012/13). A further 2,900 completed the e-learning introduction to safeguarding. "
    "Evaluations three months after attendance showed 81% of respondents could describe a change in their "
    "practice.")
sub("Attendance by GPs and by staff from independent schools remains low and the sub-group will target "
    "both groups in 2014/15.")
para("Multi-agency audits. The Quality Assurance and Performance sub-group completed four thematic case "
     "audits in the year, covering neglect (20 cases), domestic abuse (15 cases), children with disabilities "
     "(10 cases) and strategy discussions (25 cases). The neglect audit found that the Graded Care Profile "
     "was used in only a third of cases; the sub-group has asked for it to be used in all neglect cases by "
     "September 2014.")
para("Section 11 audit. All 14 statutory partners completed the section 11 self-assessment in autumn 2013. "
     "Compliance was rated as full or substantial on 92% of the standards; the weakest area, shared across "
     "agencies, was the recording of the views of the child. Challenge sessions were held with every agency "
     "in January 2014.")
para("Child Death Overview Panel. The joint CDOP reviewed 27 deaths of Stanmoor children in the year, of "
     "which 6 were judged to have modifiable factors, most often unsafe sleeping arrangements. A safe sleep "
     "campaign run with the health visiting service reached every new parent from October 2013.")
para("Domestic homicide reviews. One domestic homicide review, commissioned by the Safer Stanmoor "
     "Partnership, concluded in the year. Its recommendation that GP practices ask about domestic abuse at "
     "antenatal booking is being taken forward by the CCG; it is reported here for information and is not "
     "an LSCB review.")
para("Inspection. Ofsted inspected the Council's arrangements for the protection of children in July 2013 "
     "and judged them adequate. Its recommendation that management oversight of child in need cases be "
     "strengthened has been completed by Children's Social Care and is monitored by the Quality Assurance "
     "and Performance sub-group.")
para("Child sexual exploitation. The CSE and Missing sub-group approved a new risk assessment toolkit in "
     "June 2013. By March 2014, 37 young people had been assessed, 11 of them as at significant risk; all "
     "11 have a multi-agency plan overseen by the monthly MASE meeting.")

# ---------------------------------------------------------------- 6 SCRs
H("Serious case reviews", page_break=True)
para("The LSCB must undertake a serious case review where abuse or neglect of a child is known or suspected "
     "and the child has died or been seriously harmed and there is cause for concern about the way in which "
     "agencies worked together. During 2013/14 the LSCB published two serious case reviews, concerning "
     "Child T and Siblings D, and in February 2014 decided to initiate a third, concerning Young Person L, "
     "which is under way.")
MECH = ("The Serious Case Review sub-group holds the action plan for every review and receives a RAG-rated "
        "update from each lead agency at its bi-monthly meetings; actions more than three months behind "
        "target are escalated to the LSCB Executive, and the Board receives an exception report twice a year.")
para(MECH + " An action is closed only when the lead agency has provided evidence of impact, usually an audit.")

para("Child T. Child T was a boy of seven months who suffered a fractured skull and rib fractures in "
     "November 2012 while living with his mother and her partner. Both adults were known to adult mental "
     "health and substance misuse services, and the family had moved twice in the preceding six months. "
     "The review, led by an independent author, was published in September 2013. It found that "
     "information about the mother's partner was held by several agencies but never brought together, and "
     "that the health visiting service lost track of the family after the second move.")
para("The review made four recommendations, which are set out below together with the progress reported "
     "to the Serious Case Review sub-group in May 2014.")
scr_recs("Child T", [
    dict(n="1",
         text="Stanmoor LSCB should ensure that all partner agencies have a clear procedure for the transfer "
              "of records when a family with a child under five moves between addresses, including addresses "
              "outside the borough.",
         action="A multi-agency transfer-in and transfer-out protocol was agreed by the Policy and Procedures "
                "sub-group in December 2013 and published in the LSCB procedures manual. Each agency has "
                "confirmed that its own procedure has been brought into line with it.",
         bodies=[("Stanmoor LSCB", "lscb"), ("Policy and Procedures sub-group", "lscb")],
         status="completed", status_word="Complete."),
    dict(n="2",
         text="Northbrook Community Healthcare NHS Trust should ensure that health visitors complete a "
              "tracing procedure within 28 days when a family with a child under one cannot be located.",
         action="The Trust introduced a revised \u2018no access and missing families\u2019 procedure in "
                "January 2014, supported by a report that flags any family not seen for six weeks. An audit "
                "of the first 40 cases is planned for July 2014.",
         bodies=[("Northbrook Community Healthcare NHS Trust", "health")],
         status="in_progress", status_word="In progress; audit due July 2014."),
    dict(n="3",
         text="Greater Holme Police and Children's Social Care should ensure that checks are made on new "
              "adult partners who join a household where a child is subject to a child in need or child "
              "protection plan.",
         action="Children's Social Care have added a prompt for partner checks to the assessment record and "
                "the police have given MASH researchers access to the intelligence system. A joint audit "
                "found partner checks recorded in 14 of 20 cases.",
         bodies=[("Greater Holme Police", "police"), ("Children's Social Care", "childrens_social_care")],
         status="in_progress", status_word="In progress."),
    dict(n="4",
         text="Adult mental health and substance misuse services should consider the needs of any children "
              "in the household when a parent is assessed or discharged, and record that they have done so.",
         action=None,
         progress="The Think Family audit tool has been drafted but the adult services leads have not yet "
                  "agreed it, and no audit has taken place.",
         bodies=[("adult mental health services", "health"), ("substance misuse services", "adult_services")],
         status="not_started", status_word="Not started; escalated to the LSCB Executive in May 2014."),
])

para("Siblings D. This review concerned three brothers and sisters aged between four and eleven who were "
     "removed from the care of their father in April 2013 after a school raised concerns about the "
     "youngest child's weight and the condition of the home. The review, carried out using the Significant "
     "Incident Learning Process, found that the children had experienced chronic neglect over at least four "
     "years, that concerns had been raised by three different schools, and that no agency had taken an "
     "overview of the children's history. The report was published in February 2014.")
para("The Siblings D review made three recommendations:")
scr_recs("Siblings D", [
    dict(n="1",
         text="Schools should share concerns about neglect with Children's Social Care when a pattern of "
              "lower-level concerns emerges, and should use the LSCB neglect toolkit to record the "
              "cumulative picture.",
         action="The neglect toolkit was relaunched at the designated safeguarding leads' forum in March "
                "2014 and 52 of the borough's 88 schools have since had a briefing from the Education "
                "Safeguarding Officer.",
         bodies=[("Schools", "education"), ("Education Safeguarding Officer", "education")],
         status="in_progress", status_word="In progress."),
    dict(n="2",
         text="Children's Social Care should ensure that a chronology is completed for every child subject "
              "to a child protection plan under the category of neglect.",
         action="Chronologies are now a mandatory part of the initial child protection conference report. "
                "Performance reports show chronologies in place for 96% of children on plans for neglect at "
                "31 March 2014.",
         bodies=[("Children's Social Care", "childrens_social_care")],
         status="completed", status_word="Complete."),
    dict(n="3",
         text="The LSCB should develop a neglect strategy, agreed by all partners, that sets out how "
              "agencies will identify and respond to neglect at each level of need.",
         action="A draft neglect strategy has been consulted on with partners and will go to the Board for "
                "approval in July 2014.",
         bodies=[("The LSCB", "lscb")],
         status="in_progress", status_word="In progress."),
])

para("Young Person L. The Board decided in February 2014 to initiate a serious case review following the "
     "serious injury of a sixteen-year-old who was known to the Youth Offending Service and to the CSE and "
     "Missing sub-group. The review is being conducted using a systems methodology and is expected to report "
     "in the autumn of 2014.")
para("Child H. The review concerning Child H was published in the previous reporting year. The action plan, "
     "with the position at March 2014, is attached as Appendix B.")

# ---------------------------------------------------------------- 7 Priorities
H("LSCB priorities for 2014/15")
para("The LSCB's business plan for 2014/15 sets four priorities, which the Health and Wellbeing Board is "
     "asked to take into account:")
sub("to improve the identification of and response to neglect, including the adoption of the neglect "
    "strategy and the use of the Graded Care Profile;")
sub("to protect children and young people from sexual exploitation and to reduce the number of episodes of "
    "children going missing;")
sub("to strengthen the voice of the child in assessments and plans across all agencies;")
sub("to ensure that learning from serious case reviews and audits changes frontline practice.")

# ---------------------------------------------------------------- 8-11 implications
H("Financial implications")
para("There are no direct financial implications for the Council arising from this report. The LSCB "
     "budget for 2014/15 assumes partner contributions at the 2013/14 level.")
H("Legal implications")
para("The Council is required by the Children Act 2004 to establish an LSCB. The publication of the annual "
     "report meets the requirements of section 14A of that Act.")
H("Health and wellbeing and equality implications")
para("Safeguarding children is a shared priority of the Joint Health and Wellbeing Strategy. The annual "
     "report has no specific adverse equality implications; the LSCB will examine the over-representation "
     "of children from the Millbrook estate on child protection plans during 2014/15.")
H("Background papers")
para("Stanmoor LSCB Annual Report 2013/14 (Appendix A); Serious Case Review overview reports: Child T "
     "(September 2013) and Siblings D (February 2014), available on the LSCB website.")
b.raw(P([R("Appendix A: Stanmoor LSCB Annual Report 2013/14 (circulated separately)", i=True)], after=60))
b.raw(P([R("Appendix B: Serious case review action plan, Child H (position at 31 March 2014)", i=True)], after=60))

# ---------------------------------------------------------------- Appendix B, landscape
sp = b.doc.add_section(WD_SECTION.NEW_PAGE)
sp.orientation = WD_ORIENT.LANDSCAPE
sp.different_first_page_header_footer = False
sp.page_width, sp.page_height = Cm(29.7), Cm(21.0)
sp.left_margin = sp.right_margin = Cm(2.0)
sp.top_margin, sp.bottom_margin = Cm(2.0), Cm(1.8)
# the new sectPr is the body's last one; move the landscape props: python-docx's add_section put the
# portrait props on the paragraph before, which is what we want.
b.raw(P([R("Appendix B", b=True, sz=13)], after=40))
b.raw(P([R("Serious Case Review \u2013 Child H: multi-agency action plan (position at 31 March 2014)", b=True, sz=12)],
        after=120))
b.raw(P([R("The Child H review was published in March 2013. Its action plan is monitored by the Serious Case "
           "Review sub-group. The RAG column is shaded according to the key below.", sz=10)], after=120))

KEY = {"G": "00B050", "A": "FFC000", "R": "FF0000"}
kw = [1.0, 7.0, 1.0, 7.0, 1.0, 7.0]
key_row = [CELL(P("", after=0), 1.0, fill=KEY["G"]),
           CELL(P([R("Complete \u2013 action implemented and evidence of impact received", sz=9)], after=0), 7.0),
           CELL(P("", after=0), 1.0, fill=KEY["A"]),
           CELL(P([R("In progress \u2013 action under way and on target", sz=9)], after=0), 7.0),
           CELL(P("", after=0), 1.0, fill=KEY["R"]),
           CELL(P([R("Not started, or no update received from the lead agency", sz=9)], after=0), 7.0)]
b.raw(P([R("Key", b=True, sz=10)], after=40))
b.raw(TABLE([key_row], kw, header_rows=0, border="808080"))
b.raw(P("", after=120))

child_h = [
    dict(n="1", rag="G", due="2013-09", lead="Stanmoor and Fellbridge NHS Foundation Trust",
         bodies=[("Stanmoor and Fellbridge NHS Foundation Trust", "health")], status="completed",
         text="The Trust should ensure that staff in the emergency department consider whether an injury to a "
              "non-mobile baby may be non-accidental and refer to Children's Social Care in every case.",
         action="Non-mobile infant injury protocol adopted in June 2013; mandatory referral built into the "
                "ED electronic record. Audit in December 2013: 100% of 18 cases referred.",
         date="September 2013"),
    dict(n="2", rag="A", due="2014-06", lead="Children's Social Care",
         bodies=[("Children's Social Care", "childrens_social_care")], status="in_progress",
         text="Children's Social Care should ensure that fathers and male carers are assessed as part of "
              "every single assessment where they are in contact with the child.",
         action="Practice guidance on working with fathers issued to all teams. Supervision template "
                "amended. Re-audit scheduled for June 2014 after the first audit found fathers assessed in "
                "58% of cases.",
         date="June 2014"),
    dict(n="3", rag="G", due="2013-12", lead="LSCB Learning and Development sub-group",
         bodies=[("LSCB Learning and Development sub-group", "lscb")], status="completed",
         text="The LSCB should deliver multi-agency training on the assessment of risk to babies, drawing on "
              "the findings of this review.",
         action="Six half-day workshops on risk to babies delivered between September and December 2013 to "
                "164 practitioners from health, police, social care and early years.",
         date="December 2013"),
    dict(n="4", rag="R", due="2014-03", lead="Stanmoor CCG",
         bodies=[("Stanmoor CCG", "health")], status="not_started",
         text="Stanmoor CCG should assure the LSCB that GP practices code safeguarding concerns on the "
              "records of all members of a household, not only the child.",
         action=None, action_cell="No update received. Raised with the CCG Chief Nurse in April 2014.",
         date="March 2014"),
]
tw = [1.1, 7.6, 8.4, 4.2, 2.6, 1.8]
hdr = [CELL(P([R(h, b=True, sz=9.5, color="FFFFFF")], after=0), w, fill="404040")
       for h, w in zip(["No.", "Recommendation", "Action taken", "Lead agency", "Target date", "RAG"], tw)]
trows = [hdr]
for r in child_h:
    trows.append([
        CELL(P([R(r["n"], sz=9.5)], after=0), tw[0]),
        CELL(P([R(r["text"], sz=9.5)], after=0), tw[1]),
        CELL(P([R(r.get("action") or r.get("action_cell"), sz=9.5)], after=0), tw[2]),
        CELL(P([R(r["lead"], sz=9.5)], after=0), tw[3]),
        CELL(P([R(r["date"], sz=9.5)], after=0), tw[4]),
        CELL(P("", after=0), tw[5], fill=KEY[r["rag"]]),
    ])
    entries.append(dict(scr="Child H", number=r["n"], text=r["text"], action=r["action"],
                        bodies=r["bodies"], status=r["status"], due=r["due"]))
b.raw(TABLE(trows, tw, header_rows=1, border="808080"))
b.raw(P([R("Source: SCR sub-group action plan tracker, April 2014.", i=True, sz=9)], before=120))

b.raw(P([R("Appendix C", b=True, sz=13)], after=40, page_break_before=True))
b.raw(P([R("LSCB Business Plan 2013/14: end of year position against priorities", b=True, sz=12)], after=120))
b.raw(P([R("This summary is taken from the LSCB's performance report to the Board in April 2014. It covers the "
           "business plan and is separate from the serious case review action plans.", sz=10)], after=120))
bw = [6.0, 11.2, 5.2, 2.6]
brows = [[CELL(P([R(h, b=True, sz=9.5, color="FFFFFF")], after=0), w, fill="404040")
          for h, w in zip(["Priority", "What we said we would do", "Lead", "RAG"], bw)]]
for pr, what, lead, rag in [
    ("1. Neglect", "Complete a multi-agency audit of neglect cases and introduce the Graded Care Profile "
     "in all agencies.", "QA and Performance sub-group", "A"),
    ("1. Neglect", "Publish a neglect strategy for consultation.", "LSCB Business Manager", "G"),
    ("2. Child sexual exploitation", "Agree a CSE risk assessment toolkit and establish a monthly MASE meeting.",
     "CSE and Missing sub-group", "G"),
    ("2. Child sexual exploitation", "Ensure return interviews are offered to every child reported missing "
     "within 72 hours.", "Children's Social Care", "R"),
    ("3. Voice of the child", "Run a young people's consultation on the LSCB's priorities with the Youth Council.",
     "LSCB Chair", "G"),
    ("4. Learning and improvement", "Evaluate the impact of multi-agency training three months after courses.",
     "Learning and Development sub-group", "G"),
    ("4. Learning and improvement", "Extend safeguarding training to independent schools and GP practice staff.",
     "Learning and Development sub-group", "A"),
]:
    brows.append([CELL(P([R(pr, sz=9.5)], after=0), bw[0]), CELL(P([R(what, sz=9.5)], after=0), bw[1]),
                  CELL(P([R(lead, sz=9.5)], after=0), bw[2]), CELL(P("", after=0), bw[3], fill=KEY[rag])])
b.raw(TABLE(brows, bw, header_rows=1, border="808080"))
b.raw(P([R("RAG shading as in the key to Appendix B.", i=True, sz=9)], before=120))

# the landscape section is the body's final sectPr; python-docx already set it on sections[-1]
b.save(OUT / f"{NAME}.docx")

write_gold(OUT / f"{NAME}.gold.json", NAME, LSCB, "2013-14",
           [("Child T", "published"), ("Siblings D", "published"), ("Young Person L", "initiated"),
            ("Child H", "published")],
           entries, MECH)
