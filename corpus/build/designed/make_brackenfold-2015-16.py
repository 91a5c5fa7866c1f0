"""brackenfold-2015-16: a designed Word annual report, laid out as a busy LSCB business manager would do
it in Word: Word multilevel numbering for headings (1.) and paragraphs (1.1), ordinary grid tables, one
plain cover. Three serious case reviews, each showing progress differently:

- Child H (published November 2015): action-plan table with Wingdings ticks under separate
  Complete / Ongoing / Not started columns (rotated header text); one row with no tick at all.
- Family S (published March 2015): action-plan table whose last column is a RAG cell shaded green /
  amber / red / grey with no words in it, and a key table underneath.
- Baby R (completed, publication deferred): recommendations in a Word auto-numbered list (the numbers
  are list numbers, not text), each followed by an indented "Progress" paragraph whose last sentence
  says how far it has got.

Distractors with 'should' sentences: section 11 audit findings, Ofsted's LSCB review recommendations,
a learning review that was not an SCR (Child W), a DHR, and the 2016-17 business plan table."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, P, R, TABLE, TEXTBOX, Builder, X  # noqa: E402

NAME = "brackenfold-2015-16"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Brackenfold Local Safeguarding Children Board"
NAVY, TEAL_HDR, GREY_TXT = "1F3864", "1F3864", "595959"

b = Builder(font="Calibri", size=11)

# ------------------------------------------------------------------ numbering definitions
# 90: headings "1." and numbered paragraphs "1.1"; 91: the Baby R recommendation list "1."
numbering = b.doc.part.numbering_part.element
ABSTRACTS = [
    X('<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
      '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
      '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
      '</w:abstractNum>'),
    X('<w:abstractNum w:abstractNumId="91"><w:multiLevelType w:val="hybridMultilevel"/>'
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
      '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr>'
      '<w:rPr><w:b/><w:bCs/></w:rPr></w:lvl>'
      '</w:abstractNum>'),
]
first_num = numbering.find("{%s}num" % "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
for a in ABSTRACTS:
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
numbering.append(X('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
numbering.append(X('<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))


def NUMPR(num, lvl):
    return '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (lvl, num)


def H(text, pb=False):
    b.raw(P([R(text, color=NAVY)], style="Heading1", numbered=NUMPR(90, 0), page_break_before=pb,
            keep_next=True, before=240, after=120))


def H2(text):
    b.raw(P([R(text, color=NAVY)], style="Heading2", keep_next=True, before=200, after=80))


def NP(*runs):
    """A numbered paragraph (1.1, 1.2 ...)."""
    rr = [R(x) if isinstance(x, str) else x[0] for x in runs]
    b.raw(P(rr, numbered=NUMPR(90, 1), after=120, jc="both"))


def bold(t):
    return (R(t, b=True),)


def plain(text, after=120, ind=None, i=False):
    b.raw(P([R(text, i=i)], after=after, jc="both", ind=ind))


def bullets(items, ind_left=1134):
    for t in items:
        b.raw(P([R(t)], style="ListBullet", after=60, ind='<w:ind w:left="%d" w:hanging="284"/>' % ind_left))


def HCELL(text, w, rot=False):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % (int(w * 567),
                                                                                              NAVY)
    if rot:
        tcpr += '<w:textDirection w:val="btLr"/><w:vAlign w:val="center"/>'
    else:
        tcpr += '<w:vAlign w:val="bottom"/>'
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (
        tcpr, P([R(text, b=True, sz=9, color="FFFFFF")], after=0, jc="center" if rot else None))


def TCELL(text, w, fill=None, sz=9.5, jc=None, i=False, color=None):
    paras = "".join(P([R(t, sz=sz, i=i, color=color)], after=40, jc=jc) for t in text.split("\n"))
    return CELL(paras, w, fill=fill, valign="top")


def tbl(rows, widths, header_height=None):
    xml = TABLE(rows, widths, border="808080")
    if header_height:
        xml = xml.replace("<w:cantSplit/><w:tblHeader/>",
                          '<w:cantSplit/><w:trHeight w:val="%d" w:hRule="atLeast"/><w:tblHeader/>'
                          % header_height, 1)
    b.raw(xml)
    b.raw(P([R("")], after=0, line=240))


def simple_table(rows, widths, first_col_bold=False):
    out = [[HCELL(h, widths[k]) for k, h in enumerate(rows[0])]]
    for row in rows[1:]:
        out.append([CELL(P([R(c, sz=9.5, b=(first_col_bold and k == 0))], after=20), widths[k], valign="top")
                    for k, c in enumerate(row)])
    tbl(out, widths)


TICK = '<w:r><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'


# ------------------------------------------------------------------ cover (plain, as a business unit makes it)
b.raw(P([R("")], after=1800))
b.raw(P([R("BRACKENFOLD", b=True, sz=34, color=NAVY)], after=0,
        border='<w:top w:val="single" w:sz="36" w:space="8" w:color="%s"/>' % NAVY))
b.raw(P([R("Local Safeguarding Children Board", sz=22, color=NAVY)], after=1000))
b.raw(P([R("Annual Report 2015-16", b=True, sz=28, color="2E74B5")], after=120))
b.raw(P([R("1 April 2015 \u2013 31 March 2016", sz=14, color=GREY_TXT)], after=3600))
b.raw(P([R("Presented to the Board on 14 July 2016 and sent to the Chief Executive of Brackenfold Council, the "
           "Leader of the Council, the Police and Crime Commissioner for Fellside and the Chair of the Brackenfold "
           "Health and Wellbeing Board.", sz=10, color=GREY_TXT)], after=120,
        border='<w:top w:val="single" w:sz="6" w:space="6" w:color="A6A6A6"/>'))
b.raw(P([R("Brackenfold LSCB Business Unit, Civic Offices, Market Street, Brackenfold BF1 2LQ  \u00b7  "
           "01632 960 418  \u00b7  lscb@brackenfold.gov.uk", sz=9, color=GREY_TXT)], after=0))

b.header_footer("Brackenfold LSCB  \u00b7  Annual Report 2015-16", "Brackenfold Local Safeguarding Children Board",
                rule=NAVY)

# ------------------------------------------------------------------ contents (typed list, no field)
b.raw(P([R("Contents", b=True, sz=16, color=NAVY)], page_break_before=True, after=160))
CONTENTS = ["Foreword from the Independent Chair", "Brackenfold at a glance", "How the Board works",
            "Learning and development", "Quality assurance and section 11", "Other statutory functions",
            "Ofsted review of the LSCB", "Serious case reviews", "Domestic homicide reviews",
            "Priorities for 2016-17", "Appendix: Board membership and attendance"]
for k, t in enumerate(CONTENTS, 1):
    b.raw(P([R("%d." % k), R(t, tab_before=True)], after=60,
            tabs='<w:tab w:val="left" w:pos="567"/>'))
b.raw(P([R("")], after=240))
b.raw(P([R("A note on this report. ", b=True, sz=10), R(
    "Paragraphs are numbered so that partners can refer to them when they send comments. Figures are for the "
    "year to 31 March 2016 unless stated. Where we have not had an update from an agency we say so.",
    sz=10)], after=0, shd="EDF2F9",
    border='<w:left w:val="single" w:sz="24" w:space="6" w:color="%s"/>' % NAVY))

# ------------------------------------------------------------------ 1 foreword
H("Foreword from the Independent Chair", pb=True)
NP("This is my second annual report as Independent Chair of Brackenfold LSCB. The Board has a statutory duty "
   "under the Children Act 2004 to co-ordinate what is done by each partner to safeguard and promote the welfare "
   "of children in Brackenfold, and to make sure that it is effective. This report is my assessment of how well "
   "we did that in 2015-16.")
NP("It has been a hard year. In November 2015 we published the serious case review about Child H, a toddler who "
   "suffered serious neglect while his family moved between temporary addresses. In January 2016 a second "
   "review, about Baby R, was completed; it cannot be published until criminal proceedings end. And the Ofsted "
   "review of the Board, carried out alongside the inspection of the Council's children's services in December "
   "2015, judged the Board to require improvement. I accept that judgement.")
NP("There is also good news. Multi-agency training reached more practitioners than ever, the neglect strategy "
   "has been rewritten with front-line staff, and partners have stepped up their challenge of one another at "
   "Board meetings. Section 8 sets out what each serious case review asked us to do and how far we have got, "
   "agency by agency.")
NP("My thanks go to Board members, to the sub-group chairs and to the LSCB business unit, who have carried a "
   "heavy load this year.")
b.raw(P([R("Jill Saxby", b=True), R("  Independent Chair, Brackenfold LSCB", color=GREY_TXT)],
        after=120, ind='<w:ind w:left="567"/>'))

# ------------------------------------------------------------------ 2 at a glance
H("Brackenfold at a glance")
NP("Brackenfold is a metropolitan borough of about 214,000 people, 49,600 of them aged under 18. Around 23% of "
   "children live in low-income families, against 19% nationally, and 31% of school pupils are from black and "
   "minority ethnic groups. The table below gives the main safeguarding figures for the year.")
simple_table([
    ["Measure", "2014-15", "2015-16", "Comment"],
    ["Contacts to the MASH", "11,204", "12,380", "Up 10%; police notifications the largest source"],
    ["Referrals to Children's Social Care", "3,116", "3,342", "Re-referral rate 21% (target 20%)"],
    ["Children subject to a child protection plan at 31 March", "268", "301", "Neglect the main category (52%)"],
    ["Rate per 10,000 children", "54.0", "60.7", "Statistical neighbours 49.8"],
    ["Children looked after at 31 March", "402", "417", "Including 23 unaccompanied asylum-seeking children"],
    ["Early help assessments started", "1,108", "1,296", "34% led by partners other than the Council"],
    ["Children reported missing from home or care", "288", "311", "Return interviews offered in 78% of episodes"],
], [6.0, 2.0, 2.0, 7.0], first_col_bold=True)

# ------------------------------------------------------------------ 3 how the board works
H("How the Board works")
NP("The Board met five times in 2015-16. An Executive Group of the statutory partners meets between Board "
   "meetings to manage the business plan and the budget. Most of the work is done in six sub-groups: Case Review "
   "Group; Quality Assurance and Performance; Learning and Development; Child Sexual Exploitation and Missing; "
   "Policies and Procedures; and the Child Death Overview Panel, which is shared with Wyremouth.")
NP("The business unit is a Business Manager, a Training Co-ordinator (0.8 FTE), a Quality Assurance Officer "
   "and an Administrator. The QA Officer post was vacant from August to November 2015, which delayed two audits.")
NP("The Board's budget for 2015-16 was \u00a3246,300. Contributions are shown below; the shortfall of "
   "\u00a312,400 was met from reserves.")
simple_table([
    ["Partner", "Contribution", "Share"],
    ["Brackenfold Council", "\u00a3151,000", "61%"],
    ["NHS Brackenfold CCG", "\u00a352,500", "21%"],
    ["Fellside Police", "\u00a325,000", "10%"],
    ["National Probation Service and Community Rehabilitation Company", "\u00a34,850", "2%"],
    ["Cafcass", "\u00a3550", "<1%"],
    ["Reserves", "\u00a312,400", "5%"],
], [9.0, 4.0, 4.0])
NP("Lay members: the Board has two lay members, who sit on the Case Review Group and the Learning and "
   "Development sub-group. One lay member stood down in February 2016 and we are recruiting.")

# ------------------------------------------------------------------ 4 learning and development
H("Learning and development")
NP("The Learning and Development sub-group ran 61 multi-agency courses in 2015-16, attended by 1,484 "
   "practitioners (1,217 in 2014-15). Courses were 87% full on average; the non-attendance rate fell from 14% "
   "to 9% after the Board introduced a charge for places not cancelled.")
simple_table([
    ["Course", "Sessions", "Attended"],
    ["Working Together to Safeguard Children (Level 3)", "14", "352"],
    ["Neglect and the Graded Care Profile 2", "9", "208"],
    ["Hidden Harm in the Family", "6", "143"],
    ["Child sexual exploitation awareness", "11", "327"],
    ["Domestic abuse and the impact on children", "8", "196"],
    ["Safer recruitment", "5", "81"],
    ["Other (Prevent, FGM, e-safety, LADO briefings)", "8", "177"],
], [11.0, 3.0, 3.0])
NP("Evaluation three months after training was returned by 38% of attendees. Of those, 81% said they had used "
   "what they learnt in their practice. The sub-group wants a better return rate and will test a shorter "
   "online form in 2016-17.")

# ------------------------------------------------------------------ 5 QA and section 11
H("Quality assurance and section 11", pb=True)
NP("The Quality Assurance and Performance sub-group completed three multi-agency case file audits in the year:")
bullets(["Neglect in children under five (20 cases, June 2015). Good use of chronologies in 12 cases; the voice of "
         "the child was recorded in only 9.",
         "Child sexual exploitation (15 cases, October 2015). Risk assessments were in place in all cases but "
         "were updated after a new incident in only 8.",
         "Children who go missing (18 cases, March 2016). Findings are being reported to the Board in July 2016."])
NP("Section 11 of the Children Act 2004 requires agencies to make arrangements to safeguard and promote the "
   "welfare of children. Nineteen agencies completed the Board's section 11 self-assessment in autumn 2015 and "
   "twelve took part in challenge sessions with the Independent Chair in January 2016.")
simple_table([
    ["Section 11 standard", "Met", "Partly met", "Not met"],
    ["1. Senior management commitment", "18", "1", "0"],
    ["2. Clear lines of accountability", "17", "2", "0"],
    ["3. Service developments take account of children's needs", "13", "5", "1"],
    ["4. Safer recruitment and allegations management", "15", "3", "1"],
    ["5. Staff training", "16", "3", "0"],
    ["6. Safeguarding supervision", "11", "7", "1"],
    ["7. Inter-agency working and information sharing", "16", "3", "0"],
    ["8. The voice of the child", "12", "6", "1"],
], [10.4, 2.2, 2.2, 2.2])
NP("The audit found three areas where agencies should improve, and each agency with a 'not met' standard has "
   "sent the sub-group an action plan:")
bullets(["Agencies should make sure that safeguarding supervision is recorded, including the decisions taken, "
         "for all staff who work directly with children.",
         "Agencies that commission services should check that their contracts require providers to meet the "
         "section 11 standards.",
         "Agencies should be able to show how the views of children have changed the services they provide."])
NP("The next section 11 audit will run in autumn 2016 and will include schools for the first time, through the "
   "annual safeguarding return that schools already make to the Council.")

# ------------------------------------------------------------------ 6 other statutory functions
H("Other statutory functions")
H2("Child Death Overview Panel")
NP("The Brackenfold and Wyremouth CDOP reviewed 27 deaths of Brackenfold children in 2015-16. Modifiable "
   "factors were identified in 7, of which three were sudden unexpected deaths in infancy where the baby was "
   "sharing a bed with an adult who had been drinking or smoking. A safer sleep campaign with the maternity and "
   "health visiting services started in February 2016.")
H2("Allegations against people who work with children (LADO)")
NP("The Local Authority Designated Officer received 214 contacts, of which 97 met the threshold for an "
   "allegations management meeting (82 in 2014-15). Education was the largest source (41%), followed by "
   "foster carers (17%). 62% of cases were concluded within one month.")
H2("Private fostering")
NP("Fourteen private fostering arrangements were notified in the year, up from nine. Most were notified by "
   "schools. Statutory visits were made on time in 12 of the 14 cases.")
H2("Child sexual exploitation and missing children")
NP("The CSE and Missing sub-group now meets monthly. At 31 March 2016, 46 children were being supported through "
   "the multi-agency CSE panel, 11 of them assessed as at high risk. A joint Police and Children's Social Care "
   "CSE team was set up in September 2015.")

# ------------------------------------------------------------------ 7 Ofsted
H("Ofsted review of the LSCB")
NP("Ofsted inspected the Council's services for children in need of help and protection, children looked after "
   "and care leavers between 30 November and 22 December 2015, and at the same time reviewed the effectiveness "
   "of the LSCB. Children's services were judged to require improvement to be good. The review of the LSCB "
   "also judged the Board to require improvement.")
NP("Ofsted made five recommendations to the Board, which are in the Board's improvement plan and are monitored "
   "by the Executive Group, not the Case Review Group:")
b.raw(P([R("Ofsted recommendations for Brackenfold LSCB", b=True, sz=10, color=NAVY)], after=60,
        ind='<w:ind w:left="567"/>'))
for k, t in enumerate([
        "The LSCB should ensure that its multi-agency audits include an evaluation of the impact of practice on "
        "children and that findings are followed up.",
        "The LSCB should strengthen its oversight of early help so that it understands whether help is offered "
        "early enough.",
        "The LSCB should ensure that section 11 findings are tested through challenge and that schools are "
        "included.",
        "The LSCB should evaluate the impact of its training on practice.",
        "The LSCB should ensure that its annual report provides a rigorous assessment of the effectiveness of "
        "local services."], 1):
    b.raw(P([R("(%s)" % "abcde"[k - 1]), R(t, tab_before=True)], after=60,
            tabs='<w:tab w:val="left" w:pos="1134"/>', ind='<w:ind w:left="1134" w:hanging="567"/>'))
b.raw(P([R("")], after=60))

# ------------------------------------------------------------------ 8 SCRs
MECH = ("The Case Review Group holds the action plan for each serious case review and checks progress at every "
        "meeting (six a year). Lead agencies must send evidence before an action is signed off, and the Business "
        "Manager reports progress on all SCR action plans to each Board meeting.")
H("Serious case reviews", pb=True)
NP("Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the Board to undertake a "
   "serious case review when abuse or neglect of a child is known or suspected, and the child has died or been "
   "seriously harmed and there is cause for concern about the way agencies worked together.")
NP("The Case Review Group considered six referrals in 2015-16. The Independent Chair agreed that one (Baby R) "
   "met the criteria for a serious case review; one (Child W) was reviewed through a multi-agency learning "
   "review (see 8.12); the other four did not need a review beyond single-agency learning.")
NP(MECH)
NP("The table below shows the serious case reviews the Board was working on during the year.")
simple_table([
    ["Review", "Stage at 31 March 2016", "Recommendations"],
    ["Family S", "Published March 2015; action plan being implemented", "6"],
    ["Child H", "Published 23 November 2015", "7"],
    ["Baby R", "Completed January 2016; publication deferred until criminal proceedings end", "5"],
], [3.0, 10.0, 4.0], first_col_bold=True)

entries = []

# ---------------- Child H: tick columns
H2("Child H")
NP("Child H was 22 months old when he was admitted to hospital in February 2015 severely underweight, with an "
   "untreated burn to his hand. He lived with his mother and her partner, both of whom were in treatment for "
   "heroin use. In the year before his admission the family moved five times between temporary addresses in "
   "Brackenfold and Wyremouth. The review, led by an independent reviewer, found that no agency had a full "
   "picture of the family and that health visiting lost track of Child H twice. It was published on 23 November "
   "2015 with seven recommendations.")
NP("The action plan is below. A tick shows where each action had got to at the Case Review Group on 12 April "
   "2016.")

CHILD_H = [
    ("1", "The LSCB should revise the Brackenfold neglect strategy so that practitioners in all agencies use the "
          "Graded Care Profile 2 (GCP2) when they are concerned about the neglect of a child under five.",
     "Neglect strategy revised and relaunched at the practitioner conference on 21 January 2016. GCP2 licence "
     "purchased and 64 practitioners from 11 agencies trained as assessors.",
     "LSCB Neglect Task and Finish Group", [("LSCB Neglect Task and Finish Group", "lscb")], "C"),
    ("2", "Children's Social Care should ensure that when a family with a child in need or child protection plan "
          "is placed in temporary accommodation outside Brackenfold, the receiving local authority and health "
          "visiting service are told in writing within five working days.",
     "Procedure 4.12 (Families moving across boundaries) updated December 2015. Notification letter template in "
     "use and checked by team managers in supervision.",
     "Children's Social Care", [("Children's Social Care", "childrens_social_care")], "C"),
    ("3", "Brackenfold Council Housing Options should record whether a homeless household includes children under "
          "five and, with the family's consent, share this with the health visiting service.",
     "Change to the housing case management system requested from the supplier, due to go live June 2016. A "
     "manual referral to health visiting has been used since February 2016.",
     "Brackenfold Council Housing Options", [("Brackenfold Council Housing Options", "housing")], "O"),
    ("4", "NHS Brackenfold CCG should seek assurance that GP practices follow up children who are not brought to "
          "two or more appointments, and treat this as a possible sign of neglect.",
     "'Was Not Brought' policy agreed by the CCG Quality Committee in March 2016. Launch to practices through the "
     "GP safeguarding leads forum in May 2016.",
     "NHS Brackenfold CCG", [("NHS Brackenfold CCG", "health")], "O"),
    ("5", "Brackenfold Recovery Service should ensure that every assessment of an adult in drug or alcohol "
          "treatment records the children who live with them or are in their care, and considers the impact of "
          "the adult's substance use on those children.",
     "Assessment paperwork amended October 2015. The service's audit of 30 assessments in February 2016 found "
     "children recorded in 28; both exceptions followed up with the workers.",
     "Brackenfold Recovery Service", [("Brackenfold Recovery Service", "adult_services")], "C"),
    ("6", "Fellside Police should ensure that officers attending a domestic incident at an address where children "
          "live record each child's name and date of birth and whether the child was seen.",
     None, "Fellside Police", [("Fellside Police", "police")], None),
    ("7", "The LSCB Quality Assurance and Performance Sub-group should carry out a multi-agency audit of cases of "
          "children under five living in temporary accommodation, to test whether the learning from this review "
          "has made a difference.",
     None, "LSCB QA and Performance Sub-group", [("LSCB QA and Performance Sub-group", "lscb")], "N"),
]
NO_ACTION_TEXT = {"6": "Update awaited from Fellside Police.", "7": "\u2013"}
W_H = [1.0, 5.4, 5.2, 2.55, 0.95, 0.95, 0.95]
rows = [[HCELL("No.", W_H[0]), HCELL("Recommendation", W_H[1]), HCELL("Action taken", W_H[2]),
         HCELL("Lead", W_H[3]), HCELL("Complete", W_H[4], rot=True), HCELL("Ongoing", W_H[5], rot=True),
         HCELL("Not started", W_H[6], rot=True)]]
STATUS_OF = {"C": "completed", "O": "in_progress", "N": "not_started", None: "unknown"}
for n, text, action, lead, bodies, st in CHILD_H:
    row = [TCELL(n, W_H[0], jc="center"), TCELL(text, W_H[1]),
           TCELL(action or NO_ACTION_TEXT[n], W_H[2], i=action is None, color=GREY_TXT if action is None else None),
           TCELL(lead, W_H[3])]
    for k, code in enumerate(("C", "O", "N")):
        content = P([TICK] if st == code else [R("")], after=0, jc="center")
        row.append(CELL(content, W_H[4 + k], valign="center"))
    rows.append(row)
    entries.append(dict(scr="Child H", number=n, text=text, action=action, bodies=bodies, status=STATUS_OF[st]))
tbl(rows, W_H, header_height=1650)
NP("Recommendation 7 will be picked up in the September 2016 audit cycle once the Housing Options system change "
   "is live. We have written to Fellside Police about recommendation 6.")

# ---------------- Family S: RAG cells without words
H2("Family S")
NP("The review about Family S, three brothers and sisters aged 6, 9 and 13 who were sexually abused by their "
   "mother's partner over several years, was published in March 2015 and reported in last year's annual report. "
   "The children's school attendance had been poor for two years before the abuse came to light. The action "
   "plan has six recommendations; progress at 31 March 2016 is shown below.")
FAMILY_S = [
    ("1", "Schools should report persistent absence of any child on a child in need or child protection plan to "
          "the allocated social worker within five school days.",
     "Education Welfare Service issued a revised Attendance and Safeguarding Protocol to all 74 schools in "
     "September 2015. Compliance is checked through the termly safeguarding return.",
     "Education Welfare Service", [("Education Welfare Service", "education")], "Sep 2015", "2015-09", "G"),
    ("2", "Children's Social Care should ensure that child in need plans are reviewed at least every three months "
          "and that children are seen on their own as part of every review.",
     "CIN review tracker introduced in all teams. Audit in October 2015 found 71% of reviews on time (target "
     "90%). Seeing the child alone is now a mandatory field in the review record.",
     "Children's Social Care", [("Children's Social Care", "childrens_social_care")], "Mar 2016", "2016-03", "A"),
    ("3", "Pennine Moor Community Health NHS Trust should make sure that the school nursing service passes on "
          "safeguarding information when a child moves school.",
     "Draft standard operating procedure out for consultation with school nurses; sign-off expected at the "
     "Trust's safeguarding committee in July 2016.",
     "Pennine Moor Community Health NHS Trust", [("Pennine Moor Community Health NHS Trust", "health")],
     "Jul 2016", "2016-07", "A"),
    ("4", "The LSCB should include the signs of sexual abuse within the family in its multi-agency training "
          "programme.",
     "New half-day course 'Hidden Harm in the Family' delivered six times in 2015-16 to 143 practitioners.",
     "LSCB Learning and Development Sub-group", [("LSCB Learning and Development Sub-group", "lscb")],
     "Mar 2016", "2016-03", "G"),
    ("5", "All agencies should make sure that their staff know about and use the LSCB policy for resolving "
          "professional disagreements (escalation policy).",
     None, "All agencies", [("all partner agencies", "lscb")], "Jan 2016", "2016-01", "R"),
    ("6", "Fellside Police should share information about previous allegations against adults who join a "
          "household with children with Children's Social Care through the MASH.",
     None, "Fellside Police", [("Fellside Police", "police")], "Dec 2015", "2015-12", "X"),
]
FS_NO_ACTION = {"5": "\u2013", "6": "No update received."}
RAG_FILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "X": "BFBFBF"}
RAG_STATUS = {"G": "completed", "A": "in_progress", "R": "not_started", "X": "unknown"}
W_S = [1.0, 5.1, 5.3, 2.6, 1.7, 1.3]
rows = [[HCELL("Rec", W_S[0]), HCELL("Recommendation", W_S[1]), HCELL("Progress to date", W_S[2]),
         HCELL("Lead agency", W_S[3]), HCELL("Target date", W_S[4]), HCELL("RAG", W_S[5])]]
for n, text, action, lead, bodies, target, due, rag in FAMILY_S:
    rows.append([TCELL(n, W_S[0], jc="center"), TCELL(text, W_S[1]),
                 TCELL(action or FS_NO_ACTION[n], W_S[2]), TCELL(lead, W_S[3]), TCELL(target, W_S[4]),
                 CELL('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>', W_S[5], fill=RAG_FILL[rag])])
    entries.append(dict(scr="Family S", number=n, text=text, action=action, bodies=bodies, status=RAG_STATUS[rag],
                        due=due))
tbl(rows, W_S)
# key under the table: four shaded squares and their meaning
KW = [0.6, 3.65]
key_cells = []
for code, meaning in (("G", "Complete \u2013 evidence seen"), ("A", "In progress, on track"),
                      ("R", "Not started or overdue"), ("X", "No update received")):
    key_cells.append(CELL('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>', KW[0], fill=RAG_FILL[code]))
    key_cells.append(CELL(P([R(meaning, sz=8.5)], after=0), KW[1], valign="center"))
b.raw(P([R("Key to the RAG column:", b=True, sz=9)], after=40))
b.raw(TABLE([key_cells], KW * 4, border="FFFFFF", header_rows=0))
b.raw(P([R("")], after=120))
NP("Recommendations 1 and 4 will be closed at the next Case Review Group. The Board will ask Fellside Police's "
   "representative to report on recommendation 6 at the July Board meeting.")

# ---------------- Baby R: auto-numbered list + Progress paragraphs
H2("Baby R")
NP("Baby R was four months old when she was taken to hospital in February 2015 with a fractured skull and "
   "healing rib fractures. Her father has been charged with causing grievous bodily harm and the trial is listed "
   "for October 2016. The review was completed in January 2016 and its report was agreed by the Board on 10 "
   "February 2016. It will be published when the criminal proceedings are over. The lead reviewer found that "
   "domestic abuse was never asked about during the pregnancy and that Baby R's father was not known to the "
   "health visitor or GP.")
NP("The review made five recommendations, which the Board accepted in full. Because the report is not yet "
   "published, the action plan is reported here in summary.")
BABY_R = [
    ("Brackenfold Hospitals NHS Foundation Trust should ensure that midwives ask every pregnant woman about "
     "domestic abuse at least once when she is seen on her own, and record the answer and any action taken.",
     "The Trust has made routine enquiry part of the 28-week appointment and added a prompt to the maternity "
     "record. An audit of 60 sets of notes in March 2016 found the question had been asked and recorded in 54 "
     "(90%).",
     "The Case Review Group agreed in April 2016 that this recommendation is complete.",
     [("Brackenfold Hospitals NHS Foundation Trust", "health")], "completed", None),
    ("Fellside Police and Children's Social Care should ensure that a health professional takes part in every "
     "strategy discussion about an injury to a baby who is not yet mobile.",
     "The MASH now invites the named nurse or the on-call paediatrician to these strategy discussions, and a "
     "three-month trial started in March 2016. Police and social care managers will review the trial in June.",
     "This work is still in progress and is due to be finished by September 2016.",
     [("Fellside Police", "police"), ("Children's Social Care", "childrens_social_care")], "in_progress",
     "2016-09"),
    ("NHS Brackenfold CCG should work with GP practices so that the details of fathers and other men in the "
     "household are recorded on a baby's GP record.",
     None,
     "The CCG accepted the recommendation but the named GP post was vacant from November to March, and work on "
     "it has not started yet. The CCG will bring a plan to the Case Review Group in July 2016.",
     [("NHS Brackenfold CCG", "health")], "not_started", None),
    ("The LSCB should make sure that the learning from this review about bruising in babies and the role of "
     "fathers reaches front-line staff in all agencies.",
     "A seven-minute briefing and a short presentation have been written with the lead reviewer. They cannot be "
     "used until the review is published, so in the meantime the learning is being shared, without identifying "
     "details, through the refresh of the LSCB Bruising in Non-Mobile Babies protocol.",
     "So far this is partly done.",
     [("LSCB", "lscb")], "in_progress", None),
    ("Pennine Moor Community Health NHS Trust should ensure that health visitors assess the father or male carer "
     "at the new birth visit, wherever he lives.",
     None,
     "We have asked the Trust twice for an update on this recommendation and have not received one, so we cannot "
     "say how far it has got.",
     [("Pennine Moor Community Health NHS Trust", "health")], "unknown", None),
]
for k, (text, action, status_sentence, bodies, status, due) in enumerate(BABY_R, 1):
    b.raw(P([R(text)], numbered=NUMPR(91, 0), after=60, jc="both", keep_next=True))
    prog = (action + " " + status_sentence) if action else status_sentence
    b.raw(P([R("Progress: ", b=True, i=True, color=NAVY), R(prog, i=True)], after=160, jc="both",
            ind='<w:ind w:left="1134"/>'))
    entries.append(dict(scr="Baby R", number=str(k), text=text, action=action, bodies=bodies, status=status,
                        due=due))

# ---------------- not SCRs: learning review
H2("Other case reviews")
NP("Child W, aged 15, was admitted to hospital after taking an overdose in August 2015. The Independent Chair "
   "decided that the case did not meet the criteria for a serious case review, and the Case Review Group held a "
   "multi-agency learning review using the Board's learning review model. It made three recommendations, which "
   "are being taken forward through the CSE and Missing sub-group's plan rather than an SCR action plan:")
bullets(["Schools should refer a pupil to CAMHS when self-harm is disclosed, even where the pupil does not want a "
         "referral, and record why.",
         "CAMHS should offer an appointment within seven days to any young person discharged from hospital after "
         "self-harm.",
         "The CSE and Missing sub-group should add self-harm to the indicators used by the multi-agency CSE panel."])
NP("Two new referrals received in March 2016 are still being considered by the Case Review Group and will be "
   "reported in next year's annual report.")

# ------------------------------------------------------------------ 9 DHR
H("Domestic homicide reviews")
NP("Domestic homicide reviews (DHRs) are commissioned by the Safer Brackenfold Partnership, the community safety "
   "partnership, not by this Board. The Board is told about any DHR where children were living in the "
   "household, and shares learning through its training programme.")
NP("The DHR into the death of 'Anna', a 34-year-old woman killed by her former partner in 2014, was published by "
   "the Safer Brackenfold Partnership in January 2016. Her two children, then aged 8 and 11, were in the house. "
   "The DHR made nine recommendations. Those about children were:")
for k, t in [("3", "Brackenfold Council Adult Social Care should ask about children in the household at every "
                   "assessment of a victim of domestic abuse."),
             ("5", "The Brackenfold MARAC should ensure that Children's Social Care attends every meeting where "
                   "a victim has children living with her."),
             ("8", "Fellside Police should review how officers record the presence of children at repeat domestic "
                   "abuse incidents.")]:
    b.raw(P([R("DHR recommendation %s: " % k, b=True), R(t)], after=60, jc="both", ind='<w:ind w:left="1134"/>'))
NP("The Safer Brackenfold Partnership monitors the DHR action plan. Recommendation 5 was completed in March "
   "2016; the Board will receive an update on the others in the autumn.")

# ------------------------------------------------------------------ 10 priorities
H("Priorities for 2016-17", pb=True)
NP("The Board agreed its business plan for 2016-18 in April 2016. It keeps three priorities from last year and "
   "adds a fourth on early help, in response to Ofsted. Each priority has a lead sub-group and measures that "
   "will be reported to the Board every six months.")
W_B = [3.0, 7.4, 3.3, 3.3]
brows = [[HCELL("Priority", W_B[0]), HCELL("What should happen", W_B[1]), HCELL("Lead", W_B[2]),
          HCELL("How we will know", W_B[3])]]
for pr, what, lead, measure in [
        ("Neglect", "All agencies should use GCP2 when neglect of a child under five is suspected. The Board "
                    "should see the first impact data by December 2016.",
         "Neglect Task and Finish Group", "Number of GCP2 assessments; audit of 20 cases"),
        ("Child sexual exploitation and missing",
         "Fellside Police and Children's Social Care should ensure that every child reported missing is offered "
         "a return interview within 72 hours.", "CSE and Missing sub-group", "Return interview rate (target 95%)"),
        ("Early help", "Partners other than the Council should lead at least 40% of early help assessments.",
         "Early Help Partnership", "Quarterly early help data"),
        ("Voice of the child", "Practitioners should record what children say and what difference it made to the "
                               "plan.", "QA and Performance sub-group", "Multi-agency audit, March 2017")]:
    brows.append([TCELL(pr, W_B[0]), TCELL(what, W_B[1]), TCELL(lead, W_B[2]), TCELL(measure, W_B[3])])
tbl(brows, W_B)
NP("The Board will also prepare for the changes expected from the national review of LSCBs led by Alan Wood, "
   "which reported in March 2016.")

# ------------------------------------------------------------------ 11 appendix
H("Appendix: Board membership and attendance")
simple_table([
    ["Agency", "Members", "Meetings attended (of 5)"],
    ["Independent Chair", "1", "5"],
    ["Brackenfold Council (Children's Services, Adult Social Care, Education, Housing, Public Health)", "6", "5"],
    ["NHS Brackenfold CCG (including Designated Nurse and Doctor)", "3", "5"],
    ["Brackenfold Hospitals NHS Foundation Trust", "1", "4"],
    ["Pennine Moor Community Health NHS Trust", "1", "3"],
    ["Fellside Police", "1", "4"],
    ["National Probation Service", "1", "3"],
    ["Fellside Community Rehabilitation Company", "1", "2"],
    ["Cafcass", "1", "1"],
    ["Brackenfold Youth Offending Service", "1", "4"],
    ["Schools (primary, secondary, special, further education)", "4", "4"],
    ["Voluntary sector (Brackenfold CVS)", "1", "5"],
    ["Lay members", "2", "4"],
], [11.0, 2.5, 3.5])
contact = (P([R("Contact the Board", b=True, sz=11, color="FFFFFF")], after=60)
           + P([R("LSCB Business Unit, Civic Offices, Market Street, Brackenfold BF1 2LQ", sz=9.5, color="FFFFFF")],
               after=20)
           + P([R("lscb@brackenfold.gov.uk  \u00b7  01632 960 418", sz=9.5, color="FFFFFF")], after=20)
           + P([R("If you are worried about a child, call the MASH on 01632 960 500 (out of hours 01632 960 999).",
                  b=True, sz=9.5, color="FFFFFF")], after=0))
b.raw(P([TEXTBOX(contact, 17.0, 2.6, fill=NAVY, line=None, wrap="topAndBottom", name="Contact box")],
        before=240, after=0))

b.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ gold
def write_gold(path):
    recs = []
    for k, e in enumerate(entries, 1):
        ev = e["text"] or e["action"]
        recs.append({
            "id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"], "text": e["text"],
            "action": e["action"], "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
            "status": e["status"], "due": e.get("due"), "page": None,
            "evidence": " ".join(ev.split()[:14]), "confidence": 1.0})
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None, "lscb": LSCB, "period": "2015-16",
        "scrs": [{"name": "Child H", "stage": "published", "page": None},
                 {"name": "Family S", "stage": "published", "page": None},
                 {"name": "Baby R", "stage": "completed", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict},
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
