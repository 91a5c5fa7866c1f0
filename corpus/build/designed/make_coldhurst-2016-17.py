"""coldhurst-2016-17: a designed Word annual report of Coldhurst Local Safeguarding Children Board.

Layout: a cover made of one tall shaded table cell, a contents list, stat tiles, then ordinary portrait
chapters. The serious case review chapter tells each review's story in prose and lists its learning as
bullets, without the recommendations; those are in Appendix A, a landscape section holding one action plan
table per review. Each table has a two-level header: a 'Progress' cell spans two sub-columns, 'Sept 2016' and
'March 2017' (the two six-monthly reports to the SCR Panel), both repeated on every page. The recommendation is
quoted (in quotation marks, italic) in a cell merged vertically over its action rows. Progress cells hold the
Board's own words: Met, Partially met, Not met, Too early to say, plus a dash (action not yet agreed at that
date) and No update; the March column is shaded in the key's colours, the September column is grey text only.
The key is a full-width text box at the head of the appendix, and says that a recommendation is closed only
when every action under it is Met.
Reviews: SCR Child U (published November 2016, 7 recommendations, 11 actions), SCR Family V (published 2015,
the 3 recommendations still open), SCR Baby O (initiated February 2017, none yet).
Decoys: a learning review (Young Person Y) table rated with the same words, a domestic homicide review's
numbered recommendations, Ofsted's areas for improvement with progress, section 11 findings, and the
business plan priorities table. Writes coldhurst-2016-17.docx and its gold into $DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
from wordml import P, R, TABLE, TEXTBOX, Builder  # noqa: E402

NAME = "coldhurst-2016-17"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Coldhurst Local Safeguarding Children Board"
PERIOD = "2016-17"
FONT = "Liberation Sans"
NAVY, SLATE, CORAL, INK, GREY, PALE, LINE = "1D3557", "457B9D", "C8553D", "1F1F1F", "6E6E6E", "EEF3F8", "A9B6C4"

# the Board's progress words: (fill of the March cell, text colour)
WORDS = {
    "Met": ("B7DDB0", "1E4620"),
    "Partially met": ("FBE3A1", "5C4300"),
    "Not met": ("F2B8B0", "6B1A10"),
    "Too early to say": ("D3E3F1", "1D3557"),
    "No update": ("E7E7E7", "404040"),
    "\u2013": (None, "404040"),
}


def q(s):
    """Word's typographic apostrophe, used for the document and the gold alike."""
    return None if s is None else s.replace("'", "\u2019")


def norm(s):
    return None if s is None else " ".join(q(s).split())


def T(text, **kw):
    return R(q(text), **kw)


def runs(text, sz=None, color=None, i=False):
    """Plain text with **bold** spans."""
    out = []
    for k, part in enumerate(q(text).split("**")):
        if part:
            out.append(R(part, b=(k % 2 == 1), sz=sz, color=color, i=i))
    return out


b = Builder(font=FONT, size=10.5, color=INK)
for sid in ("Heading 1", "Heading 2"):
    st = b.doc.styles[sid]
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(k)) is not None:
                del rf.attrib[qn(k)]
        for k in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(k), FONT)


def H1(text, pb=True):
    b.raw(P([T(text, b=True, sz=19, color=NAVY)], style="Heading1", before=0 if pb else 300, after=180,
            keep_next=True, page_break_before=pb,
            border='<w:left w:val="single" w:sz="36" w:space="8" w:color="%s"/>' % CORAL,
            ind='<w:ind w:left="227"/>'))


def H2(text):
    b.raw(P([T(text, b=True, sz=12.5, color=SLATE)], style="Heading2", before=240, after=100, keep_next=True))


def para(text, after=140, jc="both", keep=False, i=False, sz=None, ind=None, color=None):
    b.raw(P(runs(text, i=i, sz=sz, color=color), after=after, jc=jc, keep_next=keep, ind=ind))


def bullet(text):
    b.raw(P(runs(text), style="ListBullet", after=70, jc="both"))


def numbered(n, text, ind_cm=0.8):
    twips = int(ind_cm * 567)
    b.raw(P([T("%s." % n, b=True, color=SLATE), R("", tab_before=True)] + runs(text), after=80, jc="both",
            tabs='<w:tab w:val="left" w:pos="%d"/>' % twips,
            ind='<w:ind w:left="%d" w:hanging="%d"/>' % (twips, twips)))


def cp(text, sz=8.5, bold=False, color=None, jc=None, i=False, after=0, font=None):
    return P([T(text, sz=sz, b=bold, color=color, i=i, font=font)], after=after, jc=jc)


def tc(content, w, fill=None, vmerge=None, valign="top", span=None):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w * 567)
    if span:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if fill:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    pr += '<w:vAlign w:val="%s"/>' % valign
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def simple_table(head, rows, widths, head_fill=NAVY, sz=9, zebra=PALE, border=LINE):
    out = [[tc(cp(h, bold=True, color="FFFFFF", sz=sz), w, fill=head_fill, valign="center")
            for h, w in zip(head, widths)]]
    for k, row in enumerate(rows):
        fill = zebra if (zebra and k % 2) else None
        out.append([tc(cp(c, sz=sz), w, fill=fill) for c, w in zip(row, widths)])
    b.raw(TABLE(out, widths, border=border))


def spacer(after=80):
    b.raw(P("", after=after))


# ================================================================== cover: one tall shaded cell
cover_inner = (
    P([T("COLDHURST", b=True, sz=13, color="F1C9BF")], after=60, before=600) +
    P([T("Local Safeguarding", b=True, sz=34, color="FFFFFF")], after=0, line=220) +
    P([T("Children Board", b=True, sz=34, color="FFFFFF")], after=360, line=220) +
    P([T("Annual Report 2016–17", sz=24, color="FFFFFF")], after=120) +
    P([T("1 April 2016 – 31 March 2017", sz=13, color="D3E3F1")], after=1800) +
    P([T("“Doing what we said we would, and saying so when we haven’t.”", i=True, sz=12.5, color="FFFFFF")],
      after=120) +
    P([T("Published September 2017", sz=10, color="D3E3F1")], after=0))
cover = ("<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:tblInd w:w=\"567\" w:type=\"dxa\"/>"
         "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"567\" w:type=\"dxa\"/><w:right w:w=\"567\" w:type=\"dxa\"/></w:tblCellMar>"
         "</w:tblPr><w:tblGrid><w:gridCol w:w=\"%d\"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val=\"%d\" "
         "w:hRule=\"exact\"/></w:trPr>%s</w:tr></w:tbl>") % (
    int(17 * 567), int(17 * 567), int(17.5 * 567), tc(cover_inner, 17.0, fill=NAVY))
b.raw(cover)
b.raw(P([T("Coldhurst Local Safeguarding Children Board, Civic Centre, West Street, Coldhurst. "
           "Telephone 01632 960 418  ·  lscb@coldhurst.example  ·  www.coldhurstlscb.org.uk", sz=8.5,
           color=GREY)], before=400, after=0, jc="center"))
b.raw(P([T("This report is presented to the Chief Executive and Leader of Coldhurst Metropolitan Borough Council, "
           "the Police and Crime Commissioner for Irkdale, the Chair of the Coldhurst Health and Wellbeing Board "
           "and the Coldhurst Children’s Trust.", sz=8.5, color=GREY)], before=120, after=0, jc="center"))

# ================================================================== contents
H1("Contents")
b.toc([(1, "1. Foreword from the Independent Chair", 3), (1, "2. Coldhurst at a glance", 4),
       (1, "3. How the Board works", 5), (1, "4. Serious case reviews", 6), (2, "Child U", 6),
       (2, "Family V", 6), (2, "Baby O", 6), (2, "How we check that actions are carried out", 7),
       (1, "5. Other reviews", 8), (2, "Learning review: Young Person Y", 8),
       (2, "Domestic homicide review", 8), (1, "6. Child deaths", 9),
       (1, "7. Quality assurance and section 11", 9), (1, "8. LADO and private fostering", 9),
       (1, "9. Training", 9), (1, "10. Inspection", 10), (1, "11. Priorities for 2017–18", 11),
       (1, "Appendix A. Serious case review action plans", 12), (1, "Appendix B. Glossary", 15)])
para("", after=200)
para("If you are worried about a child in Coldhurst, call the Multi-Agency Safeguarding Hub (MASH) on "
     "01632 960 550, Monday to Friday 8.30am to 5pm, or the Emergency Duty Team on 01632 960 999 at other times. "
     "If a child is in immediate danger, call 999.", sz=9.5, i=True, color=SLATE)

# ================================================================== foreword
H1("1. Foreword from the Independent Chair")
para("This is my second annual report as Independent Chair, and it covers a year in which the Board published "
     "its first serious case review for three years. The review into the care of **Child U**, a twelve-year-old "
     "boy who became dangerously ill after months in which nobody outside his home saw how unwell he was, is "
     "uncomfortable reading for every agency on the Board, including the Board itself. U is now doing well, "
     "living with his aunt and back at school, and I am grateful to him and to his family for allowing us to "
     "publish what happened.")
para("I said last year that the Board would stop reporting that actions had been ‘completed’ when all that had "
     "happened was that a policy had been written. This year, for the first time, every serious case review "
     "action plan has been rated twice by the SCR Panel, in September and in March, and the ratings are set out "
     "in full in Appendix A. Some of them are not comfortable either. Where an action is late, we say so; "
     "where a lead agency has not told us what it has done, we say that too.")
para("The Board also commissioned a new serious case review in February 2017, into injuries suffered by a baby "
     "we call **Baby O**. That review will report in the autumn.")
para("Next year will bring change. The Children and Social Work Act 2017 replaces LSCBs with new local "
     "arrangements led by the Council, the CCG and the police. Whatever shape those arrangements take, the "
     "habit of checking that we have done what we said we would do must survive them.")
para("My thanks go to Board members, to the business unit, to our two lay members, and to the practitioners "
     "across Coldhurst who keep children safe every day.")
b.raw(P([T("Maureen Ashcombe", b=True)], after=0))
b.raw(P([T("Independent Chair, Coldhurst Local Safeguarding Children Board", i=True, color=GREY)], after=240))

# ================================================================== at a glance
H1("2. Coldhurst at a glance")
para("Coldhurst is a metropolitan borough of about 229,000 people on the edge of the Irkdale hills, made up of "
     "the town of Coldhurst and six smaller towns and villages along the valley. About 52,800 residents are "
     "under 18. A quarter of the borough’s children live in low-income households, and in two wards, Mill Brow "
     "and Fernside, the figure is over 40%.")
TW = [4.25] * 4
tiles = [("52,800", "children and young people aged 0–17"), ("1,702", "children in need at 31 March 2017"),
         ("263", "children with a child protection plan"), ("391", "children looked after by the Council")]
tile_row = [tc(P([T(n, b=True, sz=21, color="FFFFFF")], after=0, jc="center") +
               P([T(t, sz=8.5, color="FFFFFF")], after=40, jc="center"), TW[k],
               fill=(NAVY if k % 2 == 0 else SLATE), valign="center") for k, (n, t) in enumerate(tiles)]
b.raw(TABLE([tile_row], TW, border="FFFFFF", header_rows=0))
spacer(140)
simple_table(("At 31 March", "2016", "2017", "England 2017"), [
    ("Contacts to the MASH", "13,118", "14,206", "–"),
    ("Referrals to children’s social care (rate per 10,000)", "602", "577", "548"),
    ("Re-referrals within 12 months", "24%", "21%", "22%"),
    ("Child protection plans (rate per 10,000)", "47.1", "49.8", "43.3"),
    ("Second or later child protection plans", "19%", "17%", "19%"),
    ("Children missing from home or care (individuals)", "388", "421", "–"),
    ("Children electively home educated", "214", "266", "–"),
], [8.2, 2.6, 2.6, 3.6])
spacer()
para("Neglect is the main reason for half of all child protection plans in Coldhurst (51%), and emotional abuse "
     "for a third. The number of children registered as electively home educated rose by a quarter during the "
     "year, a trend the Board is watching closely because of the Child U review.")

# ================================================================== how the board works
H1("3. How the Board works")
para("The Board met five times in 2016–17 and held a development day in November 2016 on neglect and "
     "children’s health. Attendance averaged 84%. Members come from Coldhurst Metropolitan Borough Council "
     "(children’s services, education, adult social care, housing and public health), NHS Coldhurst Clinical "
     "Commissioning Group, Coldhurst Hospitals NHS Foundation Trust, Tarnside Community Health NHS Trust, "
     "Hallowmoor Mental Health NHS Foundation Trust, Irkdale Police, the National Probation Service, Pennine "
     "and Dales Community Rehabilitation Company, the Youth Offending Service, Cafcass, Coldhurst Homes, schools "
     "and colleges, the voluntary sector and two lay members.")
H2("Sub-groups")
for name, text in [
    ("SCR Panel. ", "Chaired by the Designated Nurse. Considers cases that may meet the criteria for a serious "
     "case review, oversees the reviews, and holds each review’s action plan until the Board agrees to close it."),
    ("Quality Assurance Sub-group. ", "Chaired by the Detective Superintendent for Public Protection. Runs the "
     "multi-agency audit programme and the section 11 audit."),
    ("Learning and Development Sub-group. ", "Chaired by the Principal Social Worker. Plans and evaluates the "
     "training programme and the seven-minute briefings."),
    ("Policy and Procedures Sub-group. ", "Keeps the Board’s online procedures up to date and writes new "
     "multi-agency guidance."),
    ("Child Sexual Exploitation and Missing Sub-group. ", "Oversees the monthly multi-agency sexual "
     "exploitation (MASE) meeting and the missing children protocol."),
]:
    b.raw(P([T(name, b=True, color=NAVY)] + runs(text), after=110, jc="both"))
H2("Budget")
para("The Board’s budget in 2016–17 was £231,500, of which £38,900 was spent on serious case reviews.")
simple_table(("Contributor", "£", "Share"), [
    ("Coldhurst Metropolitan Borough Council", "129,640", "56%"),
    ("NHS Coldhurst CCG", "57,875", "25%"),
    ("Irkdale Police", "30,095", "13%"),
    ("National Probation Service, CRC and Cafcass", "6,400", "3%"),
    ("Schools (through the Schools Forum)", "7,490", "3%"),
], [9.5, 3.5, 4.0])

# ================================================================== SCRs
H1("4. Serious case reviews")
para("An LSCB must carry out a serious case review when abuse or neglect of a child is known or suspected and the "
     "child has died, or has been seriously harmed and there is cause for concern about the way agencies worked "
     "together. The SCR Panel considered four cases in 2016–17. One, Baby O, led to a serious case review. One "
     "was the subject of a multi-agency learning review (section 5), and two were returned to single agencies "
     "for their own review.")
para("During the year the Board published one review, Child U, and continued to oversee the action plan of "
     "the Family V review, which was published in May 2015. The recommendations of both reviews, and the actions "
     "agreed in response, are set out with their progress ratings in Appendix A.")
simple_table(("Review", "Stage at 31 March 2017", "Recommendations", "Still open"), [
    ("Child U", "Published 15 November 2016", "7", "5"),
    ("Family V", "Published May 2015", "7", "2"),
    ("Baby O", "Commissioned February 2017", "–", "–"),
], [3.2, 6.6, 3.6, 3.6], head_fill=CORAL)
spacer(60)

H2("Child U")
para("U was twelve when he was admitted to the Royal Coldhurst Infirmary in January 2015 with diabetic "
     "ketoacidosis, a life-threatening complication of type 1 diabetes, and severe weight loss. He had been "
     "diagnosed with diabetes at the age of eight. In the eighteen months before his admission he missed nine "
     "appointments at the children’s diabetes clinic, and his mother, who had a long history of depression, "
     "withdrew him from school to educate him at home. U was caring for his mother and his younger sister, and "
     "was often managing his own insulin, or not managing it, alone.")
para("The review was led by an independent reviewer, Alan Fairhurst, using a systems approach. It was completed "
     "in June 2016 and the Board agreed an action plan in July 2016. Publication was held back until 15 November "
     "2016, after the family court proceedings had finished and U had been told about the report. The review "
     "made seven recommendations.")
b.raw(P([T("What we learned", b=True, color=CORAL)], after=60, keep_next=True))
for text in [
    "Missed hospital appointments were treated as the family’s choice, not as a sign that U was not being "
    "cared for. Nobody added up the nine missed appointments.",
    "When U was withdrawn from school, the home education team visited once and did not see U on his own. "
    "The school nurse and the diabetes team did not know he had left school.",
    "Adult mental health staff knew U’s mother had children but did not ask who was looking after them when "
    "she was unwell.",
    "U was a young carer, but no one had assessed what that role was doing to his health and schooling.",
    "U told a housing officer that ‘Mum’s not well and I do everything’. The officer thought the house was in "
    "a poor state but did not know how to raise a concern.",
]:
    bullet(text)

H2("Family V")
para("The Family V review, published in May 2015, looked at the neglect of four brothers and sisters in a "
     "home where there was domestic abuse and parental drug use. It made seven recommendations. Four were closed "
     "by the Board in 2015–16. The three still open at 1 April 2016, recommendations 2, 4 and 6, are reported "
     "in Appendix A. Recommendation 2 was closed by the Board in March 2017.")

H2("Baby O")
para("In February 2017 the Independent Chair agreed the SCR Panel’s recommendation to commission a serious "
     "case review into the injuries of Baby O, who was nine weeks old when she was found to have fractures to "
     "her ribs and arm. A criminal investigation is under way. The review is being led by an independent "
     "reviewer and is expected to report to the Board in October 2017. It has not yet made any recommendations.")

H2("How we check that actions are carried out")
MECHANISM = ("The SCR Panel holds the action plan of every serious case review until the Board agrees to close "
             "it. Lead agencies report progress on each action twice a year, in September and in March, and the "
             "Panel rates each action as Met, Partially met, Not met or Too early to say. The Panel asks for "
             "evidence, such as an audit or a dip sample, before it rates an action as Met, and it reports the "
             "ratings, with any actions that are late, to the next meeting of the Board.")
para(MECHANISM)
para("Where an agency has not reported, the Panel records ‘No update’ and the Independent Chair writes to "
     "the agency’s chief officer. This happened once in 2016–17.")
para("In 2016–17 the Board closed Family V recommendation 2. It also asked the Quality Assurance Sub-group to "
     "repeat, in 2017–18, two of the audits used as evidence, to check that the changes have lasted.")

# ================================================================== other reviews
H1("5. Other reviews")
H2("Learning review: Young Person Y")
para("Young Person Y, aged 15, took an overdose in August 2016 while living in a residential children’s home "
     "outside Coldhurst. The SCR Panel decided that the case did not meet the criteria for a serious case review, "
     "but that there was learning about placements out of the borough. A multi-agency learning review, led by "
     "the Board’s business manager, reported in December 2016. The Board agreed the following actions; they are "
     "monitored by the Learning and Development Sub-group, not by the SCR Panel.")
simple_table(("What we agreed", "Lead", "Progress (March 2017)"), [
    ("Children’s Social Care to notify the host authority’s LSCB and CAMHS whenever a Coldhurst child is "
     "placed in a residential home out of the borough.", "Children’s Social Care", "Met"),
    ("Hallowmoor CAMHS to keep a child’s case open for three months after an out-of-area move and to agree a "
     "handover with the receiving CAMHS.", "Hallowmoor Mental Health NHS Foundation Trust", "Partially met"),
    ("Seven-minute briefing on the learning for residential staff and social workers.",
     "LSCB Business Unit", "Met"),
], [9.6, 4.6, 2.8], head_fill=SLATE)
spacer(120)

H2("Domestic homicide review")
para("The Coldhurst Community Safety Partnership published a domestic homicide review in January 2017 into the "
     "death of a woman, called ‘Marie’ in the review, who was killed by her former partner. Marie had two "
     "children of primary school age. The Board’s business manager sat on the review panel. The review made nine "
     "recommendations, three of which were for agencies working with children:")
numbered("4", "Schools should be told when a pupil’s family is discussed at the Multi-Agency Risk Assessment "
         "Conference (MARAC), so that the designated safeguarding lead can support the children.")
numbered("6", "Tarnside Community Health NHS Trust should ask about domestic abuse at every school nurse "
         "health review with a parent present, where it is safe to do so.")
numbered("8", "The Coldhurst LSCB and the Community Safety Partnership should run joint training on coercive "
         "control for children’s and adults’ practitioners.")
para("The Community Safety Partnership monitors the action plan for this review. The Board has included the "
     "joint training in its programme for 2017–18 (section 9).")

# ================================================================== child deaths
H1("6. Child deaths")
para("The Irkdale and Coldhurst Child Death Overview Panel (CDOP), which Coldhurst shares with Irkdale, reviewed "
     "31 deaths of children in 2016–17, 14 of them of Coldhurst children. Nineteen were of babies under a year "
     "old, most from conditions present at birth or the effects of being born very early. The panel found "
     "modifiable factors in nine deaths, most often smoking in pregnancy and unsafe sleeping. The panel "
     "recommended a joint safer sleep campaign with health visitors and midwives, which began in February 2017.")

# ================================================================== QA and section 11
H1("7. Quality assurance and section 11", pb=False)
para("The Quality Assurance Sub-group completed three multi-agency case audits in the year: of strategy "
     "discussions, of children at risk of sexual exploitation, and of neglect in families with children under "
     "five. The neglect audit found that health visitors used the Board’s neglect toolkit well, but that GPs "
     "were rarely invited to core group meetings. The audit of strategy discussions found that health took part "
     "in only 11 of the 24 discussions looked at.")
para("Twenty-two agencies completed the Board’s **section 11 audit** in autumn 2016, and the Board held a "
     "challenge event with each of them in January 2017. The main findings were:")
for text in [
    "Safer recruitment: all agencies met the standard, but three could not show that staff were re-checked "
    "after three years.",
    "Supervision: two agencies said that safeguarding supervision was not recorded.",
    "Listening to children: only nine agencies could give an example of a change made because of what children "
    "had told them. Agencies should develop ways of hearing children’s views on their services, and report "
    "them in the 2017 audit.",
]:
    bullet(text)

# ================================================================== LADO and private fostering
H1("8. LADO and private fostering", pb=False)
para("The Local Authority Designated Officer (LADO) received 187 contacts about adults who work with children, "
     "up from 152. Ninety-four met the threshold for a LADO referral; the largest groups were education staff "
     "(38) and foster carers (17). Eighty-one per cent of referrals were resolved within one month.")
para("Eleven private fostering arrangements were notified to the Council during the year, compared with seven "
     "in 2015–16. All eleven children were visited within seven days. A campaign with language schools and "
     "faith groups will run in summer 2017.")

# ================================================================== training
H1("9. Training", pb=False)
para("The Learning and Development Sub-group ran 58 multi-agency courses, attended by 1,644 people, and a further "
     "2,310 completed the Board’s introductory e-learning. A new half-day course, ‘Was not brought’, based on the "
     "learning from the Child U review, ran six times from January 2017. Five seven-minute briefings were "
     "published, including one on Child U and one on the Young Person Y learning review.")
para("Three months after each course, participants are asked what they are now doing differently; 74% of those "
     "who replied gave a specific example.")

# ================================================================== inspection
H1("10. Inspection", pb=False)
para("Ofsted’s inspection of services for children in need of help and protection, children looked after and "
     "care leavers, with a review of the effectiveness of the LSCB, took place in November 2015. The Board was "
     "judged to **require improvement**. Ofsted’s areas for improvement for the Board, and the progress made, were:")
for text in [
    "**Ensure that the Board’s performance data show the quality of practice, not only activity.** A new "
    "dataset was agreed in June 2016 and includes audit findings for the first time. Done.",
    "**Make sure that learning from reviews is disseminated and its impact evaluated.** Seven-minute briefings "
    "and the follow-up survey are now in place. Partly done.",
    "**Strengthen the Board’s oversight of children who go missing from home and care.** A monthly report on "
    "return home interviews now goes to the CSE and Missing Sub-group. Done.",
]:
    bullet(text)

# ================================================================== priorities
H1("11. Priorities for 2017–18")
para("The Board agreed its business plan for 2017–18 in March 2017. Its three priorities are set out below. "
     "These are the Board’s own priorities: they are not actions arising from a serious case review.")
simple_table(("Priority", "What we will do", "Lead", "By"), [
    ("Neglect, including medical neglect", "Relaunch the neglect strategy and toolkit, and add a section on "
     "children with long-term health conditions.", "Policy and Procedures Sub-group", "Dec 2017"),
    ("Children who are not in school", "Report to the Board each term on children missing education and "
     "electively home educated.", "Education Inclusion Service", "Each term"),
    ("The voice of the child", "Set up a young people’s reference group and involve it in two audits.",
     "LSCB Business Unit", "Mar 2018"),
    ("New arrangements", "Work with the Council, CCG and police on the arrangements that will replace the Board.",
     "Independent Chair", "Mar 2018"),
], [3.6, 7.2, 4.0, 2.2])

# ================================================================== Appendix A (landscape)
sec = b.doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.5)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)

# action rows: (ref, action agreed, lead, by, Sept 2016, March 2017, commentary at March 2017)
CHILD_U = [
    dict(n="1",
         text="Coldhurst LSCB should produce multi-agency guidance on children with long-term medical conditions "
              "whose parents do not engage with their treatment, setting out when missed appointments and poor "
              "control of the condition should be treated as possible neglect.",
         acts=[("1.1", "Write and publish ‘Medical neglect: children with long-term conditions’ guidance in the "
                       "Board’s online procedures.", "LSCB Policy and Procedures Sub-group", "Dec 2016",
                "Too early to say", "Met",
                "Guidance published on 5 December 2016 after consultation with the diabetes, epilepsy and "
                "asthma nurse specialists."),
               ("1.2", "Brief the children’s diabetes team, GPs, practice nurses and school nurses on the "
                       "guidance.", "Tarnside Community Health NHS Trust and Coldhurst Hospitals NHS Foundation "
                                    "Trust", "Mar 2017",
                "Not met", "Partially met",
                "School nurses and the hospital diabetes team briefed in January 2017. GP briefings are booked "
                "for the protected learning time sessions in May and June 2017.")],
         bodies=[("Coldhurst LSCB", "lscb"), ("LSCB Policy and Procedures Sub-group", "lscb"),
                 ("Tarnside Community Health NHS Trust", "health"),
                 ("Coldhurst Hospitals NHS Foundation Trust", "health")],
         status="in_progress", due="2017-03"),
    dict(n="2",
         text="Coldhurst Hospitals NHS Foundation Trust should ensure that its children’s diabetes team follows "
              "the ‘was not brought’ policy when a child misses clinic appointments, and that repeated missed "
              "appointments are discussed with the Trust’s named nurse for safeguarding children.",
         acts=[("2.1", "Extend the paediatric outpatients’ ‘Was not brought’ policy to the diabetes clinic, with "
                       "a referral to the named nurse after two missed appointments.",
                "Coldhurst Hospitals NHS Foundation Trust", "Oct 2016", "Partially met", "Met",
                "Revised policy in use from October 2016."),
               ("2.2", "Audit the follow-up of missed diabetes clinic appointments.",
                "Coldhurst Hospitals NHS Foundation Trust (Named Nurse)", "Feb 2017", "\u2013", "Met",
                "Audit of 46 missed appointments in February 2017: the policy was followed in 43, and the three "
                "children concerned were followed up within a week.")],
         bodies=[("Coldhurst Hospitals NHS Foundation Trust", "health")],
         status="completed", due="2017-02"),
    dict(n="3",
         text="The Council’s Education Inclusion Service should revise its procedures for elective home education "
              "so that, when a child who is known to children’s social care or to health services for a "
              "safeguarding reason is withdrawn from school, the child is seen alone and a multi-agency "
              "discussion takes place within 10 school days.",
         acts=[("3.1", "Revise the elective home education procedures to require a home visit at which the child "
                       "is seen alone, and a multi-agency discussion, within 10 school days.",
                "Education Inclusion Service", "Nov 2016", "Too early to say", "Met",
                "Procedures revised and agreed by the Schools Forum in November 2016."),
               ("3.2", "Check every new elective home education registration against MASH records within two "
                       "working days.", "Coldhurst MASH", "Jan 2017", "\u2013", "Partially met",
                "Checks started in January 2017 and are being made on about three-quarters of registrations. "
                "An automatic notice from the schools’ admissions system to the MASH is being built.")],
         bodies=[("Education Inclusion Service", "education"), ("Coldhurst MASH", "childrens_social_care")],
         status="in_progress", due="2017-01"),
    dict(n="4",
         text="Hallowmoor Mental Health NHS Foundation Trust should ensure that adult mental health practitioners "
              "ask every patient who is a parent about the children they care for, including children who act as "
              "young carers, and record what they are told.",
         acts=[("4.1", "Add a mandatory ‘Think Family’ section to the care programme approach assessment and "
                       "review forms.", "Hallowmoor Mental Health NHS Foundation Trust", "Dec 2016",
                "Not met", "Not met",
                "The change has been held up by the Trust’s move to a new electronic patient record, now due in "
                "July 2017. The Independent Chair raised the delay with the Trust’s Chief Executive in February "
                "2017.")],
         bodies=[("Hallowmoor Mental Health NHS Foundation Trust", "health")],
         status="not_started", due="2016-12"),
    dict(n="5",
         text="Coldhurst Children’s Services should ensure that young carers’ assessments consider whether the "
              "caring role is harming the child’s health, education or safety, and that young carers are offered "
              "support in their own right.",
         acts=[("5.1", "Redesign the young carers’ assessment with young carers, and add questions on health, "
                       "school attendance and safety.",
                "Children’s Services with Coldhurst Young Carers", "Jan 2017", "Too early to say", "Met",
                "New assessment in use from January 2017; 38 young carers assessed by the end of March, and all "
                "offered a place in the Coldhurst Young Carers groups.")],
         bodies=[("Coldhurst Children’s Services", "childrens_social_care"),
                 ("Coldhurst Young Carers", "voluntary_sector")],
         status="completed", due="2017-01"),
    dict(n="6",
         text="All agencies should remind practitioners that the views of a child who is old enough to give them "
              "must be sought directly, away from the parent, and recorded.",
         acts=[("6.1", "Publish a seven-minute briefing, ‘Hearing U’, and ask each agency to use it in team "
                       "meetings.", "LSCB Business Unit", "Sept 2016", "Met", "Met",
                "Briefing issued in September 2016 and used in team meetings by 17 agencies (1,290 staff)."),
               ("6.2", "Multi-agency audit of how the child’s views are sought and recorded.",
                "LSCB Quality Assurance Sub-group", "Mar 2017", "\u2013", "Too early to say",
                "Twenty cases audited in March 2017; findings go to the SCR Panel in May 2017.")],
         bodies=[("all partner agencies", "lscb"), ("LSCB Business Unit", "lscb"),
                 ("LSCB Quality Assurance Sub-group", "lscb")],
         status="in_progress", due="2017-03"),
    dict(n="7",
         text="Coldhurst Homes should make sure that its housing officers know how to raise a safeguarding concern "
              "when they visit a home in very poor condition where children live.",
         acts=[("7.1", "Safeguarding training for all tenancy and estate officers, and a one-page guide on "
                       "contacting the MASH.", "Coldhurst Homes", "Feb 2017", "\u2013", "No update",
                "No update was received from Coldhurst Homes for this report. The Independent Chair has written "
                "to its Chief Executive.")],
         bodies=[("Coldhurst Homes", "housing")],
         status="unknown", due="2017-02"),
]

FAMILY_V = [
    dict(n="2",
         text="Irkdale Police should ensure that every domestic abuse incident at which children are present or "
              "normally live is notified to the MASH within 24 hours.",
         acts=[("2.1", "Send notifications of domestic abuse incidents involving children to the MASH through the "
                       "police referral unit, seven days a week.", "Irkdale Police Public Protection Unit",
                "Mar 2016", "Partially met", "Met",
                "Dip sample of 50 incidents in January 2017: 47 notified within 24 hours. Closed by the Board in "
                "March 2017.")],
         bodies=[("Irkdale Police", "police"), ("Irkdale Police Public Protection Unit", "police")],
         status="completed", due="2016-03"),
    dict(n="4",
         text="NHS Coldhurst CCG should ensure that GP practices flag the records of children who have a child "
              "protection plan, and of their brothers, sisters and parents.",
         acts=[("4.1", "The named GP to help every practice set up and check record flags, with a quarterly "
                       "report to the CCG.", "NHS Coldhurst CCG (Named GP)", "Sept 2016", "Partially met",
                "Partially met",
                "Flags in place in 38 of the borough’s 41 practices. The named GP is visiting the other three.")],
         bodies=[("NHS Coldhurst CCG", "health")],
         status="in_progress", due="2016-09"),
    dict(n="6",
         text="Ravensclough Recovery Service and Children’s Social Care should agree a joint protocol for working "
              "with parents who misuse drugs or alcohol, including how information is shared when a client has "
              "children.",
         acts=[("6.1", "Agree and launch a joint working protocol.",
                "Ravensclough Recovery Service and Children’s Social Care", "Jun 2016", "Met", "Met",
                "Protocol launched in June 2016."),
               ("6.2", "Joint audit of 15 shared cases to test whether the protocol is followed.",
                "LSCB Quality Assurance Sub-group", "Jun 2017", "\u2013", "Too early to say",
                "Cases chosen; the audit takes place in June 2017.")],
         bodies=[("Ravensclough Recovery Service", "adult_services"),
                 ("Children’s Social Care", "childrens_social_care"),
                 ("LSCB Quality Assurance Sub-group", "lscb")],
         status="in_progress", due="2017-06"),
]

# column widths, 26.7 cm in all
LW = [6.3, 1.0, 5.3, 3.0, 1.6, 1.95, 1.95, 5.6]


def head_rows():
    fill = NAVY

    def h(text, w, vm=None, span=None, jc=None, sz=8.5):
        return tc(cp(text, bold=True, color="FFFFFF", sz=sz, jc=jc), w, fill=fill, vmerge=vm, valign="center",
                  span=span)
    top = [h("Recommendation", LW[0], "restart"), h("Ref", LW[1], "restart"),
           h("Action agreed", LW[2], "restart"), h("Lead", LW[3], "restart"), h("By", LW[4], "restart"),
           h("Progress", LW[5] + LW[6], span=2, jc="center"),
           h("Commentary at March 2017", LW[7], "restart")]
    sub_fill = SLATE
    bottom = [tc(P("", after=0), LW[0], fill=fill, vmerge="cont"), tc(P("", after=0), LW[1], fill=fill, vmerge="cont"),
              tc(P("", after=0), LW[2], fill=fill, vmerge="cont"), tc(P("", after=0), LW[3], fill=fill, vmerge="cont"),
              tc(P("", after=0), LW[4], fill=fill, vmerge="cont"),
              tc(cp("Sept 2016", bold=True, color="FFFFFF", sz=8, jc="center"), LW[5], fill=sub_fill,
                 valign="center"),
              tc(cp("March 2017", bold=True, color="FFFFFF", sz=8, jc="center"), LW[6], fill=sub_fill,
                 valign="center"),
              tc(P("", after=0), LW[7], fill=fill, vmerge="cont")]
    return [top, bottom]


def sept_cell(word, w):
    return tc(cp(word, sz=8.5, color="7A7A7A", jc="center", i=(word != "\u2013")), w, valign="center")


def march_cell(word, w):
    fill, fg = WORDS[word]
    return tc(cp(word, sz=8.5, bold=True, color=fg, jc="center"), w, fill=fill, valign="center")


def plan_rows(recs):
    rows = head_rows()
    for r in recs:
        rec_xml = (P([T("Recommendation %s" % r["n"], b=True, sz=8.5, color=NAVY)], after=30) +
                   P([T("\u201c" + r["text"] + "\u201d", i=True, sz=8.5)], after=0))
        multi = len(r["acts"]) > 1
        for k, (ref, act, lead, by, sept, march, comm) in enumerate(r["acts"]):
            vm = None if not multi else ("restart" if k == 0 else "cont")
            rows.append([tc(rec_xml if k == 0 else P("", after=0), LW[0], vmerge=vm, fill="F7F9FC"),
                         tc(cp(ref, bold=True), LW[1]), tc(cp(act), LW[2]), tc(cp(lead), LW[3]),
                         tc(cp(by), LW[4]), sept_cell(sept, LW[5]), march_cell(march, LW[6]),
                         tc(cp(comm), LW[7])])
    return rows


def key_chip(word, desc, w_chip, w_desc):
    fill, fg = WORDS[word]
    return [tc(cp(word, sz=8, bold=True, color=fg, jc="center", font=FONT), w_chip, fill=fill, valign="center"),
            tc(cp(desc, sz=7.5, font=FONT), w_desc, valign="center")]


KW = [2.3, 6.1, 2.3, 6.1, 2.3, 6.1]
KEY_ROWS = [
    key_chip("Met", "The action is complete and the Panel has seen evidence that it is in place.", KW[0], KW[1]) +
    key_chip("Partially met", "Some of the action is done; work continues.", KW[2], KW[3]) +
    key_chip("Not met", "Not started, or overdue with no progress.", KW[4], KW[5]),
    key_chip("Too early to say", "Under way, but too soon to judge whether it has been met.", KW[0], KW[1]) +
    key_chip("No update", "The lead agency did not report by the deadline.", KW[2], KW[3]) +
    key_chip("\u2013", "The action had not yet been agreed at that date.", KW[4], KW[5]),
]
KEY_BOX = (
    P([T("How to read the action plans", b=True, sz=10.5, color=NAVY)], after=40) +
    P([T("Each action is rated by the SCR Panel twice a year. The September 2016 rating is shown in grey; the "
         "March 2017 rating is the current position.", sz=8, color=GREY)], after=80) +
    TABLE(KEY_ROWS, KW, border="D0D7E1", header_rows=0) +
    P([T("A recommendation is closed only when every action under it is rated Met.", b=True, sz=8, color=CORAL)],
      before=80, after=0))

b.raw(P([T("Appendix A. Serious case review action plans", b=True, sz=19, color=NAVY)], style="Heading1",
        after=120, border='<w:left w:val="single" w:sz="36" w:space="8" w:color="%s"/>' % CORAL,
        ind='<w:ind w:left="227"/>'))
b.raw(P(runs("This appendix shows the action plans that the SCR Panel held during 2016–17. Each recommendation "
             "of a review is quoted as the reviewer wrote it, followed by the actions agreed in response, the "
             "lead agency for each, and the Panel’s ratings at its two progress reviews.", sz=9.5),
        after=120))
b.raw(P([TEXTBOX(KEY_BOX, 26.7, 3.9, x_cm=0.0, y_cm=0.0, fill="FFFFFF", line=SLATE, line_w=9525,
                 wrap="topAndBottom", rel_h="margin", rel_v="paragraph", name="Progress key")], after=60))
b.raw(P([T("Table A1. Serious case review: Child U (published 15 November 2016)", b=True, sz=10.5,
           color=SLATE)], after=80, keep_next=True))
b.raw(TABLE(plan_rows(CHILD_U), LW, border=LINE, header_rows=2))
b.raw(P([T("Source: SCR Panel action tracker, position at 31 March 2017.", i=True, sz=8, color=GREY)], before=60,
        after=240))

b.raw(P([T("Table A2. Serious case review: Family V (published May 2015) – recommendations open at 1 April 2016",
           b=True, sz=10.5, color=SLATE)], after=80, keep_next=True))
b.raw(TABLE(plan_rows(FAMILY_V), LW, border=LINE, header_rows=2))
b.raw(P([T("Recommendations 1, 3, 5 and 7 were closed in 2015–16 and are reported in the Board’s annual report "
           "for that year. Ratings use the key at the start of this appendix.", i=True, sz=8, color=GREY)],
        before=60, after=240))
b.raw(P([T("Baby O: the review began in February 2017 and has made no recommendations yet. Its action plan will "
           "be reported in the 2017–18 annual report.", sz=9, color=INK)], after=0))

# ================================================================== back to portrait: glossary
sec = b.doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)

b.raw(P([T("Appendix B. Glossary", b=True, sz=19, color=NAVY)], style="Heading1", after=180,
        border='<w:left w:val="single" w:sz="36" w:space="8" w:color="%s"/>' % CORAL, ind='<w:ind w:left="227"/>'))
simple_table(("Term", "Meaning"), [
    ("CAMHS", "Child and Adolescent Mental Health Services"),
    ("CCG", "Clinical Commissioning Group (NHS Coldhurst CCG)"),
    ("CDOP", "Child Death Overview Panel"),
    ("CRC", "Community Rehabilitation Company"),
    ("CSE", "Child sexual exploitation"),
    ("DHR", "Domestic homicide review, commissioned by the Community Safety Partnership"),
    ("LADO", "Local Authority Designated Officer"),
    ("MARAC", "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high risk"),
    ("MASH", "Multi-Agency Safeguarding Hub"),
    ("SCR", "Serious case review"),
    ("Section 11", "The duty in the Children Act 2004 on agencies to safeguard and promote the welfare of children"),
], [3.0, 14.0])
spacer(200)
para("Coldhurst Local Safeguarding Children Board Business Unit, Civic Centre, West Street, Coldhurst. "
     "lscb@coldhurst.example – www.coldhurstlscb.org.uk", sz=9, color=GREY)

b.header_footer("Coldhurst LSCB  |  Annual Report 2016–17", "Coldhurst Local Safeguarding Children Board",
                rule=NAVY)
b.save(OUT / f"{NAME}.docx")


# ================================================================== gold
def write_gold(path):
    recs = []
    k = 0
    for scr, items in (("Child U", CHILD_U), ("Family V", FAMILY_V)):
        for r in items:
            k += 1
            text = norm(r["text"])
            # one entry per recommendation; its action is the "Action agreed" cell of its first action row
            # (kept to one cell so that the gold stays a verbatim span of the page)
            action = norm(r["acts"][0][1])
            recs.append({
                "id": "%s-r%02d" % (NAME, k),
                "scr": scr,
                "number": r["n"],
                "text": text,
                "action": action,
                "bodies": [{"name": q(n), "sector": s} for n, s in r["bodies"]],
                "status": r["status"],
                "due": r["due"],
                "page": None,
                "evidence": " ".join(text.split()[:16]),
                "confidence": 1.0,
            })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None,
        "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": "Child U", "stage": "published", "page": None},
                 {"name": "Family V", "stage": "published", "page": None},
                 {"name": "Baby O", "stage": "initiated", "page": None}],
        "recommendations": recs,
        "rec9": {
            "scrs_reported": True,
            "recommendations_listed": True,
            "actions_reported": acts,
            "bodies_named": bods,
            "monitoring_mechanism": True,
            "mechanism_evidence": norm(MECHANISM),
            "verdict": verdict,
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
