"""cressbrook-2016-17: a designed Word annual report of Cressbrook Local Safeguarding Children Board, laid
out by a council communications officer. The cover is one large DrawingML text box; the chair's foreword
sits in a shaded, bordered frame (w:framePr). The serious case review section opens with a floating table
(w:tblpPr) summarising each review. Child H and Siblings W each have a tracker table (No. / Recommendation /
Agency / Update / Progress) whose Progress cell is a group content control (w:group) of three checkbox
content controls (w14:checkbox, shown as a ballot box) beside the board's own words 'Delivered',
'Developing' and 'Awaited'; some rows leave Progress blank and give the status only as a highlighted word
(w:highlight green / yellow / red) in the Update cell. Baby R's recommendations are an auto-numbered list
with the updates in a sidebar text box beside it. Decoys: section 11 audit actions, Ofsted's areas for
improvement, a CDOP table with the panel's recommendations, and a learning review.
Writes cressbrook-2016-17.docx and its hand-written gold into $DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from wordml import BDR, CELL, FRAME, P, R, SDT, TABLE, TBLPPR, TEXTBOX, Builder  # noqa: E402

NAME = "cressbrook-2016-17"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Cressbrook Local Safeguarding Children Board"
PERIOD = "2016-17"

MOSS, INK, SAFFRON, MIST, PALE = "3B6E3A", "2B3A42", "C98A1B", "EEF3EA", "F7F4EC"
WORDS = ["Delivered", "Developing", "Awaited"]
HIGHLIGHT = {"Delivered": "green", "Developing": "yellow", "Awaited": "red"}
GOLD_STATUS = {"Delivered": "completed", "Developing": "in_progress", "Awaited": "not_started", None: "unknown"}

b = Builder(font="Calibri", size=10.5, color="2B2B2B")


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.raw(P([R(text.upper(), b=True, sz=17, color=MOSS)], style="Heading1", before=0, after=180, keep_next=True,
            page_break_before=pb,
            border='<w:bottom w:val="single" w:sz="18" w:space="4" w:color="%s"/>' % SAFFRON))


def H2(text, pb=False):
    b.raw(P([R(text, b=True, sz=12.5, color=INK)], style="Heading2", before=0 if pb else 240, after=80,
            keep_next=True, page_break_before=pb))


def para(text, after=120, keep=False, sz=None):
    b.raw(P([R(text, sz=sz)], after=after, jc="both", keep_next=keep))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60))


def HLW(word, sz=9):
    """A status word shown only as a highlight."""
    fg = '<w:color w:val="FFFFFF"/>' if HIGHLIGHT[word] == "red" else ""
    return ('<w:r><w:rPr><w:b/><w:bCs/>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:highlight w:val="%s"/>'
            '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (fg, sz * 2, sz * 2, HIGHLIGHT[word], escape(word)))


_cb = iter(range(552310, 552900))


def CHECK(checked, word):
    sid = next(_cb)
    glyph = "\u2612" if checked else "\u2610"
    gothic = '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
    return ('<w:sdt><w:sdtPr><w:rPr>%s<w:sz w:val="20"/></w:rPr><w:alias w:val="%s"/><w:tag w:val="cb-%s"/>'
            '<w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr>%s<w:sz w:val="20"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (gothic, word, word.lower(), sid, 1 if checked else 0, gothic, glyph))


def PROGRESS_GROUP(chosen):
    """Three checkbox controls, one per line, wrapped in a group content control."""
    paras = "".join(P([CHECK(w == chosen, w), R(" " + w, sz=9, b=(w == chosen))], after=20) for w in WORDS)
    return SDT(paras, "Progress", "progress-group", block=True, extra_pr="<w:group/>")


def hcell(text, w, fill=MOSS):
    return CELL(P([R(text, b=True, sz=9.5, color="FFFFFF")], after=0), w, fill=fill, valign="center")


def tcell(runs, w, fill=None, b_=False):
    if isinstance(runs, str):
        runs = [R(runs, sz=9, b=b_)]
    return CELL(P(runs, after=30), w, fill=fill)


entries = []


def add(scr, number, text, action, bodies, word):
    entries.append(dict(scr=scr, number=number, text=text, action=action, bodies=bodies,
                        status=GOLD_STATUS[word]))


# ------------------------------------------------------------------ cover: one large text box
cover = (P([R("CRESSBROOK", b=True, sz=44, color="FFFFFF", font="Calibri Light")], after=0, before=200)
         + P([R("Local Safeguarding Children Board", sz=20, color="FFFFFF")], after=1400,
             border='<w:bottom w:val="single" w:sz="24" w:space="8" w:color="%s"/>' % SAFFRON)
         + P([R("Annual Report", b=True, sz=34, color="FFFFFF")], after=0)
         + P([R("2016/17", b=True, sz=34, color=SAFFRON)], after=120)
         + P([R("1 April 2016 to 31 March 2017", sz=13, color="E4EDE1")], after=1600)
         + P([R("Inside this report", b=True, sz=11, color=SAFFRON, caps=True)], after=80)
         + "".join(P([R("\u25aa  " + t, sz=11, color="FFFFFF")], after=40) for t in (
             "A message from our Independent Chair",
             "Cressbrook's children in numbers",
             "What partners have done this year",
             "Serious case reviews: what we have learned and what has changed",
             "Our priorities for 2017/18"))
         + P([R("")], after=1500)
         + P([R("\u201cEvery contact counts.\u201d", i=True, sz=16, color="FFFFFF")], after=40)
         + P([R("Cressbrook LSCB, Town Hall, Market Street, Cressbrook CB1 2TH", sz=9, color="E4EDE1")],
             after=0))
b.raw(P([TEXTBOX(cover, 17.0, 24.6, x_cm=0, y_cm=0.2, fill=MOSS, line=SAFFRON, line_w=38100,
                 wrap="topAndBottom", name="Cover panel")], after=0))

b.header_footer("Cressbrook Local Safeguarding Children Board  |  Annual Report 2016/17",
                "www.cressbrooklscb.org.uk", rule=MOSS)

# ------------------------------------------------------------------ contents
H1("Contents", pb=True)
b.toc([(1, "A message from the Independent Chair", 2), (1, "Cressbrook in numbers", 3),
       (1, "How the Board works", 3), (1, "Training and learning", 4), (1, "Quality assurance", 4),
       (2, "Section 11 audit", 5), (1, "Child deaths", 5), (1, "LADO and private fostering", 6),
       (1, "Ofsted's review of the Board", 6), (1, "Serious case reviews", 7), (2, "Child H", 7),
       (2, "Baby R", 9), (2, "Siblings W", 10), (2, "Young Person J", 11), (1, "Looking ahead to 2017/18", 11)])

# ------------------------------------------------------------------ foreword in a shaded frame
FW = FRAME(17.0, align="center", hanchor="margin", vanchor="text", hspace=0, vspace=120)
FBDR = BDR(SAFFRON, sz=12, sides=("top", "bottom"), space=8) + BDR(SAFFRON, sz=36, sides=("left",), space=8)


def fw(runs, after=100):
    b.raw(P(runs, frame=FW, border=FBDR, shd=PALE, after=after, jc="both"))


b.raw(P([R("")], after=0))
fw([R("A message from the Independent Chair", b=True, sz=15, color=MOSS)], after=160)
fw([R("I am pleased to introduce the annual report of Cressbrook Local Safeguarding Children Board for "
      "2016/17, my third as Independent Chair. The report is written for everyone who lives or works in "
      "Cressbrook, and we have tried to keep it short and readable. The full data set and our business plan "
      "are on the Board's website.")])
fw([R("This was a year in which the Board had to look hard at itself. Ofsted reviewed us in November "
      "2016 and told us, fairly, that we were better at spotting problems than at proving that we had fixed "
      "them. We published three serious case reviews in twelve months. Each one describes a child who was "
      "let down by the way we worked together, and I do not think any of us read them without feeling that.")])
fw([R("So this report does something we have not done before. For every serious case review "
      "recommendation it shows who is responsible, what they have told us they have done, and whether the "
      "Board's SCR Sub-group is satisfied. Where we are not there yet, we say so.")])
fw([R("My thanks go to the Board's business unit, to the chairs of our sub-groups, and to the thousands of "
      "practitioners in Cressbrook whose everyday work never appears in a report like this one.")])
fw([R("Rosalind Tebbutt", b=True), R("  Independent Chair, September 2017", i=True, color="595959")], after=0)
b.raw(P([R("")], after=120))

# ------------------------------------------------------------------ in numbers (stat tiles)
H1("Cressbrook in numbers", pb=True)
para("Cressbrook is a unitary borough of around 201,000 people on the edge of the Peak hills, with one large "
     "town, three former mill towns along the River Wye and a wide rural hinterland. About 44,600 residents are "
     "under 18. Child poverty is close to the national average overall but reaches 38% in two wards of "
     "Cressbrook town.")


def tile(num, label, fill):
    return CELL(P([R(num, b=True, sz=22, color="FFFFFF")], jc="center", after=0)
                + P([R(label, sz=8.5, color="FFFFFF")], jc="center", after=40), 4.25, fill=fill, valign="center")


b.raw(TABLE([[tile("44,600", "children and young people aged 0-17", MOSS),
              tile("9,812", "contacts to the Cressbrook MASH", INK),
              tile("203", "children on a child protection plan at 31 March", SAFFRON),
              tile("318", "children looked after at 31 March", MOSS)],
             [tile("1,447", "children in need at 31 March", INK),
              tile("27", "privately fostered children notified", SAFFRON),
              tile("112", "allegations referred to the LADO", MOSS),
              tile("19", "child deaths reviewed by CDOP", INK)]],
            [4.25] * 4, border="FFFFFF", header_rows=0))
b.raw(P([R("")], after=60))
para("The rate of children on a child protection plan (45.5 per 10,000) fell slightly from last year but "
     "remains above that of our statistical neighbours. Neglect is the main category for 58% of plans.")

H1("How the Board works")
para("The Board brings together Cressbrook Borough Council, NHS Cressbrook Clinical Commissioning Group, "
     "Hallamdale Police, the National Probation Service, Hallamdale Community Rehabilitation Company, the "
     "three NHS trusts serving the borough, Cafcass, schools, the voluntary sector and two lay members. It met "
     "five times in 2016/17, and its Executive Group met every month.")
para("Most of the detailed work happens in six sub-groups: Serious Case Review; Quality Assurance and "
     "Performance; Learning and Development; Missing and Exploited Children; Health Safeguarding; and Policy "
     "and Procedures. The Wye Valley Child Death Overview Panel is shared with Wyeford.")
b.raw(TABLE([[hcell("Partner", 9.0), hcell("Contribution 2016/17", 4.0)],
             ["Cressbrook Borough Council", "\u00a3121,400"],
             ["NHS Cressbrook CCG", "\u00a358,000"],
             ["Hallamdale Police", "\u00a321,500"],
             ["National Probation Service and Hallamdale CRC", "\u00a35,200"],
             ["Cafcass", "\u00a3550"],
             [tcell("Total", 9.0, b_=True), tcell("\u00a3206,650", 4.0, b_=True)]],
            [9.0, 4.0], border="BFBFBF"))
b.raw(P([R("")], after=60))

# ------------------------------------------------------------------ training
H1("Training and learning", pb=True)
para("The Learning and Development Sub-group commissioned 61 multi-agency courses in 2016/17, attended by "
     "1,384 practitioners. The most popular were Working with Neglect, Child Sexual Exploitation for "
     "Frontline Staff and a new half-day course on Coercive Control. Evaluation three months after training "
     "showed that 71% of respondents could name a change to their practice.")
para("We also published eight seven-minute briefings, including one for each of the serious case reviews "
     "published this year, and held our first Learning Lessons conference in February 2017 for 180 staff.")

# ------------------------------------------------------------------ QA + section 11 (decoy actions)
H1("Quality assurance")
para("The Quality Assurance and Performance Sub-group ran four multi-agency case audits this year: "
     "neglect (20 cases), children who go missing (16 cases), domestic abuse referrals from the police (25 "
     "cases) and pre-birth assessments (12 cases). The pre-birth audit found that fathers were assessed in "
     "only half of the cases, which echoes a finding of the Baby R review described later in this report.")
H2("Section 11 audit")
para("Every two years the Board asks its partners to assess themselves against the standards in section 11 "
     "of the Children Act 2004. Twenty-three agencies returned the 2016 self-assessment, and the sub-group held "
     "challenge sessions with nine of them. The audit produced the following actions, which the sub-group "
     "will review in the autumn.")
S11 = [("1", "Confirm that every member of staff and volunteer in a regulated role has a current DBS "
              "check, and keep a single record of renewal dates.", "All agencies", "June 2017"),
       ("2", "Introduce safeguarding supervision for offender managers who hold cases involving children.",
        "Hallamdale CRC", "September 2017"),
       ("3", "Nominate a designated safeguarding lead at each leisure site and publish their names.",
        "Cressbrook Leisure Trust", "April 2017"),
       ("4", "Align the schools' section 175 return with the section 11 tool so that the two can be compared.",
        "Education Safeguarding Service", "March 2018")]
b.raw(TABLE([[hcell("Action", 1.3, INK), hcell("What the agency will do", 9.0, INK), hcell("Agency", 3.7, INK),
              hcell("By", 3.0, INK)]]
            + [[tcell(n, 1.3), tcell(t, 9.0), tcell(a, 3.7), tcell(d, 3.0)] for n, t, a, d in S11],
            [1.3, 9.0, 3.7, 3.0], border="BFBFBF"))
b.raw(P([R("")], after=60))

# ------------------------------------------------------------------ CDOP (decoy)
H1("Child deaths")
para("The Wye Valley Child Death Overview Panel reviewed 19 deaths of Cressbrook children in 2016/17. "
     "Modifiable factors were identified in five. The table below uses the national categories.")
CDOP = [("Perinatal or neonatal event", "7", "1"), ("Chromosomal, genetic and congenital anomalies", "4", "0"),
        ("Sudden unexpected, unexplained death", "3", "2"), ("Trauma and other external factors", "2", "2"),
        ("Acute medical or surgical condition", "2", "0"), ("Malignancy", "1", "0")]
b.raw(TABLE([[hcell("Category of death", 9.0, SAFFRON), hcell("Deaths reviewed", 3.0, SAFFRON),
              hcell("Modifiable factors", 3.0, SAFFRON)]]
            + [[tcell(c, 9.0), tcell(n, 3.0), tcell(m, 3.0)] for c, n, m in CDOP]
            + [[tcell("Total", 9.0, b_=True), tcell("19", 3.0, b_=True), tcell("5", 3.0, b_=True)]],
            [9.0, 3.0, 3.0], border="BFBFBF"))
b.raw(P([R("")], after=60))
para("Two of the sudden infant deaths involved co-sleeping after parental alcohol use. The panel made two "
     "recommendations to the Board:", keep=True)
bullet("The Board should run a safe sleep campaign aimed at parents and extended family over the Christmas "
       "period, when risk is highest.")
bullet("Cressbrook Borough Council should ask its highways team to review the speed limit on the A623 at "
       "Litton Mill following the death of a young cyclist.")
para("The safe sleep campaign ran in December 2016; the highways review is due to report in summer 2017.")

# ------------------------------------------------------------------ LADO + private fostering
H1("LADO and private fostering", pb=True)
para("The Local Authority Designated Officer received 112 referrals about adults who work with children, up "
     "from 94. Education accounted for 41 and early years settings for 19. Thirty-three allegations were "
     "substantiated; seven people were dismissed and four referred to the Disclosure and Barring Service.")
para("Twenty-seven new private fostering arrangements were notified, most involving young people from "
     "overseas studying at the two independent schools. All but one received a visit within seven working "
     "days.")

# ------------------------------------------------------------------ Ofsted (decoy areas for improvement)
H1("Ofsted's review of the Board")
para("Ofsted reviewed the effectiveness of the Board in November 2016, alongside its inspection of the "
     "Council's services for children in need of help and protection. The report, published in January 2017, "
     "judged the Board to require improvement to be good. The inspectors set out four areas for improvement:",
     keep=True)
for k, t in zip("abcd", [
        "Ensure that the learning and improvement framework leads to measurable change in frontline practice, "
        "and that the Board evaluates its impact.",
        "Strengthen the monitoring of serious case review action plans so that the Board is assured that "
        "recommendations are implemented and sustained.",
        "Improve the range of multi-agency performance data, particularly from health partners and schools.",
        "Make sure that the voice of children and young people informs the Board's priorities."]):
    b.raw(P([R("(%s)" % k, b=True, color=MOSS), R(t, tab_before=True)], after=60,
            ind='<w:ind w:left="567" w:hanging="567"/>', tabs='<w:tab w:val="left" w:pos="567"/>'))
para("The Board agreed an improvement plan in February 2017. Progress against it is reported to every Board "
     "meeting and is the first priority in our business plan for 2017/18.")

# ------------------------------------------------------------------ SCR section
H1("Serious case reviews", pb=True)
MECH = ("The SCR Sub-group keeps one tracker for every published review. Lead agencies send an update before "
        "each quarterly meeting, the sub-group decides which progress box is ticked, and the Board receives an "
        "exception report twice a year.")
th = lambda t, w: CELL(P([R(t, b=True, sz=9, color="FFFFFF")], after=0), w, fill=INK)
tt = lambda t, w, b_=False: CELL(P([R(t, sz=9, b=b_)], after=0), w)
b.raw(TABLE([[th("Review", 3.2), th("Date published", 3.2), th("Recommendations", 2.6)],
             [tt("Child H", 3.2, True), tt("June 2016", 3.2), tt("6", 2.6)],
             [tt("Baby R", 3.2, True), tt("October 2016", 3.2), tt("4", 2.6)],
             [tt("Siblings W", 3.2, True), tt("January 2017", 3.2), tt("5", 2.6)],
             [tt("Young Person J", 3.2, True), tt("Review under way", 3.2), tt("\u2013", 2.6)]],
            [3.2, 3.2, 2.6], floating=TBLPPR(x_spec="right", y_cm=0.1, left=284), border="8FA88E"))
para("A serious case review is held when abuse or neglect is known or suspected and a child has died or been "
     "seriously harmed, and there is cause for concern about how agencies worked together. The aim is to "
     "learn, not to blame.")
para("The Board published three serious case reviews in 2016/17, more than in the previous four years "
     "together. A fourth, about Young Person J, was commissioned in February 2017. The table summarises them.")
para(MECH)
para("Each review's recommendations are set out below with the agency responsible and the latest update. "
     "The Progress column shows the box the sub-group ticked at its March 2017 meeting.")
KEY = ("Progress key:  \u2612 Delivered \u2013 the action is finished and the sub-group has seen evidence.  "
       "\u2612 Developing \u2013 work has started but is not finished.  "
       "\u2612 Awaited \u2013 work has not begun, or no evidence of progress has been received. "
       "Some updates reached us after the tracker was signed off; for those rows the Progress column is left "
       "blank and the status is given as a highlighted word at the end of the update: ")
b.raw(P([R(KEY, sz=9.5), HLW("Delivered", 9.5), R(", ", sz=9.5), HLW("Developing", 9.5), R(" or ", sz=9.5),
         HLW("Awaited", 9.5), R(".", sz=9.5)], shd=MIST, border=BDR(MOSS, sz=6, space=4), after=200,
        jc="left"))

W5 = [1.0, 5.0, 2.9, 5.3, 2.8]


def tracker(scr, rows):
    trs = [[hcell("No.", W5[0]), hcell("Recommendation", W5[1]), hcell("Agency", W5[2]),
            hcell("Update", W5[3]), hcell("Progress", W5[4])]]
    for r in rows:
        word, how = r["word"], r["how"]
        upd = P([R(r["update"], sz=9)], after=30)
        if how == "highlight":
            upd += P([HLW(word)], after=0)
            prog = CELL(P([R("")], after=0), W5[4], fill="F2F2F2")
        else:
            prog = CELL(PROGRESS_GROUP(word) + P([R("", sz=2)], after=0, line=120), W5[4])
        trs.append([tcell([R(r["n"], b=True, sz=9, color=MOSS)], W5[0]), tcell(r["text"], W5[1]),
                    tcell(r["agency"], W5[2]), CELL(upd, W5[3]), prog])
        add(scr, r["n"], r["text"], r["action"], r["bodies"], word)
    b.raw(TABLE(trs, W5, border="A9BCA8"))
    b.raw(P([R("")], after=60))


# ---------------- Child H
H2("Child H")
para("Child H was 14 when she was found in a flat in Cressbrook town with two adult men in March 2015. She had "
     "been reported missing from home 22 times in the previous year. The review, led by an independent "
     "reviewer, found that each agency held part of the picture of her exploitation but no one put it "
     "together. It was published in June 2016.")
CH = [
    dict(n="1",
         text="Cressbrook LSCB should revise its missing from home and care protocol so that every child is offered "
              "a return home interview within 72 hours, and the information gathered is shared with the police and "
              "the child's social worker.",
         agency="CLSCB Missing and Exploited Children Sub-group",
         update="The revised protocol was launched in September 2016. Return home interviews are now carried out by "
                "the Council's Youth Support Service, and a sub-group audit in January 2017 found that 81% were "
                "offered within 72 hours.",
         bodies=[("CLSCB Missing and Exploited Children Sub-group", "lscb"),
                 ("the Council's Youth Support Service", "childrens_social_care")],
         word="Delivered", how="checkbox"),
    dict(n="2",
         text="Hallamdale Police should ensure that intelligence about adults associated with missing children is "
              "recorded and routinely presented to the multi-agency child sexual exploitation meeting.",
         agency="Hallamdale Police",
         update="An intelligence analyst joined the Public Protection Unit in July 2016 and now presents a profile "
                "of linked adults to every fortnightly meeting. The post is funded only until March 2018.",
         bodies=[("Hallamdale Police", "police")],
         word="Developing", how="checkbox"),
    dict(n="3",
         text="Schools should monitor patterns of absence, including part-day absence, for pupils known to be at "
              "risk of exploitation, and share concerns with the pupil's social worker.",
         agency="Education Safeguarding Service; all secondary schools",
         update="Guidance on part-day absence was sent to all secondary schools in November 2016 and discussed at "
                "the designated safeguarding leads' forum. Attendance registers will be audited in the summer term.",
         bodies=[("Education Safeguarding Service", "education"), ("all secondary schools", "education")],
         word="Developing", how="highlight"),
    dict(n="4",
         text="Cressbrook and Wyeford Hospitals NHS Foundation Trust should make sure that emergency department "
              "staff ask about and record the circumstances of any young person under 18 who attends intoxicated "
              "or injured, and refer to children's social care where there is concern.",
         agency="Cressbrook and Wyeford Hospitals NHS Foundation Trust",
         update="The emergency department's safeguarding screening tool now includes exploitation prompts, and a "
                "youth worker is based in the department on Friday and Saturday evenings. A records audit in "
                "February 2017 found the tool completed in 46 of 50 attendances.",
         bodies=[("Cressbrook and Wyeford Hospitals NHS Foundation Trust", "health")],
         word="Delivered", how="checkbox"),
    dict(n="5",
         text="Children's social care should ensure that strategy discussions about young people at risk of "
              "exploitation include health and education as well as the police.",
         agency="Cressbrook Borough Council Children's Social Care",
         update="The MASH strategy discussion template was changed in October 2016. A dip sample of 20 discussions "
                "found education present in 11 and health in 9, so work with the school nursing service continues.",
         bodies=[("Cressbrook Borough Council Children's Social Care", "childrens_social_care")],
         word="Developing", how="checkbox"),
    dict(n="6",
         text="NHS Cressbrook CCG and the Council's public health team should commission sexual health outreach "
              "that can reach young people who do not attend clinics.",
         agency="NHS Cressbrook CCG; Cressbrook Public Health",
         update="No update was received from the commissioners before this report was written.",
         bodies=[("NHS Cressbrook CCG", "health"), ("Cressbrook Public Health", "health")],
         word=None, how="checkbox"),
]
for r in CH:
    r["action"] = None if r["n"] == "6" else r["update"]
tracker("Child H", CH)

# ---------------- Baby R: numbered list with a sidebar of updates
H2("Baby R", pb=True)
para("Baby R was seven weeks old when he was taken to hospital with a serious head injury in August 2015. His "
     "father, who had a conviction for assault and was under probation supervision, was later convicted of "
     "causing grievous bodily harm. The review found that no agency knew enough about the father, and that "
     "advice to parents about coping with a crying baby was given to the mother but not to him. The review was "
     "published in October 2016.")

BR = [
    dict(n="1",
         text="The Board should make sure that advice on coping with a crying baby is given to every parent of a "
              "new baby, including fathers and male carers.",
         lead="CLSCB Learning and Development Sub-group",
         update="The ICON programme was launched across Cressbrook in January 2017. Midwives and health visitors "
                "give the ICON message at three contacts, and fathers are invited to the antenatal appointment.",
         bodies=[("CLSCB Learning and Development Sub-group", "lscb"), ("Midwives", "health"),
                 ("health visitors", "health")],
         word="Delivered"),
    dict(n="2",
         text="Midwifery services should ask about the baby's father and any other adult in the household, "
              "including any history of violence, and share concerns with the GP and health visitor.",
         lead="Cressbrook and Wyeford Hospitals NHS Foundation Trust (maternity)",
         update="The maternity booking record now asks about the father and other adults in the home. Sharing "
                "this with GPs is being piloted in two practices.",
         bodies=[("Cressbrook and Wyeford Hospitals NHS Foundation Trust", "health")],
         word="Developing"),
    dict(n="3",
         text="The National Probation Service should tell children's social care when a man supervised for a "
              "violent offence is living in a household with a newborn baby.",
         lead="National Probation Service",
         update="No evidence of progress has been received.",
         bodies=[("National Probation Service", "probation_youth_justice")],
         word="Awaited"),
    dict(n="4",
         text="All agencies should follow the Board's protocol for bruising in non-mobile babies and refer every "
              "such injury to children's social care.",
         lead="All partner agencies",
         update="The protocol was reissued in November 2016 and is now part of level 3 training. An audit of 30 "
                "referrals in February 2017 found the protocol followed in every case.",
         bodies=[("All partner agencies", "lscb")],
         word="Delivered"),
]
for r in BR:
    r["action"] = None if r["n"] == "3" else r["update"]

side = P([R("Progress updates", b=True, sz=12, color="FFFFFF")], after=60,
         border='<w:bottom w:val="single" w:sz="8" w:space="3" w:color="%s"/>' % SAFFRON)
for r in BR:
    side += P([R("Recommendation %s" % r["n"], b=True, sz=9.5, color=SAFFRON)], before=100, after=20)
    side += P([R("Lead: ", b=True, sz=8.5, color="FFFFFF"), R(r["lead"], sz=8.5, color="FFFFFF")], after=20)
    side += P([R(r["update"], sz=8.5, color="FFFFFF")], after=30)
    side += P([R("Progress: ", sz=8.5, color="FFFFFF"), HLW(r["word"], 8.5)], after=0)
b.raw(P([TEXTBOX(side, 7.2, 15.8, x_cm=9.8, y_cm=0.0, fill=INK, line=None, wrap="square",
                 name="Baby R sidebar")]
        + [R("The review made four recommendations. The updates from the lead agencies are in the panel "
             "alongside.")], after=120))
for r in BR:
    b.raw(P([R(r["text"])], style="ListNumber", after=120))
    add("Baby R", r["n"], r["text"], r["action"], r["bodies"], r["word"])
para("The Health Safeguarding Sub-group has asked the maternity service to report on the pilot in July 2017.")
b.raw(P([R("")], after=0, page_break_before=True))

# ---------------- Siblings W
H2("Siblings W")
para("Siblings W are three children who were aged two, five and seven when they were removed from home in "
     "May 2015. They were living in a two-bedroom flat with their mother, her partner and, at times, other "
     "adults. Both parents were misusing alcohol and cocaine. The review found that professionals saw the "
     "conditions in the home many times over three years but each visit was judged on its own. It was "
     "published in January 2017.")
SW = [
    dict(n="1",
         text="All agencies should use the Cressbrook Neglect Toolkit when working with families where neglect is a "
              "concern, and the Board should audit how it is used.",
         agency="All partner agencies; CLSCB Quality Assurance and Performance Sub-group",
         update="Briefings on the toolkit were attended by 236 practitioners between January and March 2017. The "
                "audit is planned for September 2017.",
         bodies=[("All partner agencies", "lscb"), ("CLSCB Quality Assurance and Performance Sub-group", "lscb")],
         word="Developing", how="checkbox"),
    dict(n="2",
         text="Pathways Cressbrook should ensure that workers ask every adult client whether they have children or "
              "care for children, and record and share the answer.",
         agency="Pathways Cressbrook (drug and alcohol service)",
         update="The assessment form has been changed, and the case management system will not let a worker close "
                "an assessment until the question is answered.",
         bodies=[("Pathways Cressbrook", "adult_services")],
         word="Delivered", how="highlight"),
    dict(n="3",
         text="Cressbrook Homes and the Council's Housing Options team should refer a family to early help when "
              "they find children living in a home that is overcrowded or in poor condition.",
         agency="Cressbrook Homes; Housing Options",
         update="Work on this has not yet begun, as both housing providers were waiting for the refreshed Early "
                "Help Strategy.",
         bodies=[("Cressbrook Homes", "housing"), ("Housing Options", "housing")],
         word="Awaited", how="highlight"),
    dict(n="4",
         text="Peakvale Community Health NHS Trust should ensure that health visitors complete a home environment "
              "assessment at every contact where there are concerns about neglect.",
         agency="Peakvale Community Health NHS Trust",
         update="A home conditions section was added to the health visiting record in December 2016, and the "
                "Trust's safeguarding team checks a sample of records every quarter.",
         bodies=[("Peakvale Community Health NHS Trust", "health")],
         word="Delivered", how="checkbox"),
    dict(n="5",
         text="The Board should seek assurance that supervision challenges over-optimism about parents' capacity "
              "to change, and that supervision records show how drift is identified.",
         agency="CLSCB; Children's Social Care",
         update="Children's Social Care revised its supervision policy in March 2017, and the Principal Social "
                "Worker is running reflective supervision workshops for team managers.",
         bodies=[("CLSCB", "lscb"), ("Children's Social Care", "childrens_social_care")],
         word="Developing", how="checkbox"),
]
for r in SW:
    r["action"] = None if r["n"] == "3" else r["update"]
tracker("Siblings W", SW)

# ---------------- Young Person J
H2("Young Person J")
para("In February 2017 the Independent Chair agreed, on the advice of the SCR Sub-group, that the case of "
     "Young Person J met the criteria for a serious case review. J, aged 16, was seriously injured in a knife "
     "attack linked to drug dealing between Cressbrook and a neighbouring city. An independent reviewer has been "
     "appointed and the review is expected to report in early 2018.")

H2("Other reviews")
para("The sub-group also completed a learning review about Child N, a four-year-old with a serious burn, which "
     "did not meet the criteria for a serious case review. Its three learning points, about the supervision of "
     "young children in homes with open fires, were shared in a seven-minute briefing and are not tracked "
     "here.")

# ------------------------------------------------------------------ looking ahead
H1("Looking ahead to 2017/18")
para("The Children and Social Work Act 2017 will replace LSCBs with new local safeguarding arrangements. The "
     "Council, the CCG and Hallamdale Police have begun to plan for this, and any serious case review actions "
     "still open will move to the new arrangements so that nothing is lost. Our priorities for the year are:",
     keep=True)
for lead, t in [("Improvement. ", "Deliver the Ofsted improvement plan and show its impact."),
                ("Neglect. ", "Audit the use of the Neglect Toolkit and publish a neglect strategy."),
                ("Exploitation. ", "Bring missing, sexual exploitation and criminal exploitation together in one "
                                   "strategy."),
                ("Voice. ", "Set up a young people's advisory group to the Board.")]:
    bullet(t, lead)
b.raw(P([R("Contact the Board: ", b=True, color=MOSS), R("lscb@cressbrook.gov.uk  \u00b7  01762 410 300")],
        before=360, shd=MIST, border=BDR(MOSS, sz=6, space=4), after=0))

b.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ gold
def write_gold(path):
    recs = []
    for k, e in enumerate(entries, 1):
        src = e["text"] or e["action"]
        recs.append({
            "id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"], "text": e["text"],
            "action": e["action"], "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
            "status": e["status"], "due": None, "page": None,
            "evidence": " ".join(src.split()[:16]), "confidence": 1.0})
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
    gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": LSCB, "period": PERIOD,
            "scrs": [{"name": s, "stage": st, "page": None} for s, st in
                     [("Child H", "published"), ("Baby R", "published"), ("Siblings W", "published"),
                      ("Young Person J", "initiated")]],
            "recommendations": recs,
            "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                     "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                     "verdict": verdict}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
