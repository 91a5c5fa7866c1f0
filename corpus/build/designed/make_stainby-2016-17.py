"""stainby-2016-17: a designed Word annual report (Stainby Local Safeguarding Children Board).

Layout: a cover built from one floating text box; the body is a council-style numbered document (Word
multi-level list numbering: "6." on each main heading, "6.4" on each body paragraph, the numbers exist only
in the numbering, not in the text). Pull quotes sit in floating text boxes with square wrapping at the right
of the column, and the serious case review section opens beside a tall shaded side panel (a text box:
"Our reviews at a glance" and how progress is checked). Each SCR recommendation is a numbered paragraph,
followed by an unnumbered, indented "Update:" paragraph; the status is given only by a sentence inside the
update, in different words each time ("The Board signed this off in March.", "This is ongoing.", "Work has
yet to begin."), with no key, no chips and no colour. One update gives no status sentence at all. The Child J
review quotes its recommendations ("Recommendation N: ..."); the unpublished Siblings F review paraphrases
them by ordinal ("The review's first recommendation asks ..."); the older Young Person D review has one
recommendation still open. Decoys in the same recommendation/update form: a learning review (Child Q) and a
domestic homicide review; others: section 11 findings, Ofsted's recommendations, CDOP, the business plan."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.oxml.ns import qn  # noqa: E402
from wordml import BDR, CELL, P, R, TABLE, TEXTBOX, Builder, X  # noqa: E402

NAME = "stainby-2016-17"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Stainby Local Safeguarding Children Board"
PERIOD = "2016-17"

HEATHER, SEA, INK, PANEL, MIST = "5B3A6E", "2E7D6B", "2B2B2B", "EFE8F4", "E6F2EF"

b = Builder(font="Arial", size=10)
gold_entries = []

# ------------------------------------------------------------------ numbering (legal style 1. / 1.1)
NUM_ID = 77
numbering = b.doc.part.numbering_part.element
abstract = X('''<w:abstractNum w:abstractNumId="77"><w:nsid w:val="5A7B3C21"/>
<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0809001F"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="680" w:hanging="680"/></w:pPr><w:rPr><w:b/><w:color w:val="5B3A6E"/></w:rPr></w:lvl>
</w:abstractNum>''')
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(abstract)
else:
    numbering.append(abstract)
numbering.append(X('<w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
NUM0 = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % NUM_ID
NUM1 = '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="%d"/></w:numPr>' % NUM_ID


def H1(text, pb=True, numbered=True):
    b.raw(P([R(text, b=True, sz=17, color=HEATHER)], style="Heading1", page_break_before=pb,
            numbered=NUM0 if numbered else None, before=0, after=200, keep_next=True))


def H2(text):
    b.raw(P([R(text, b=True, sz=12.5, color=SEA)], style="Heading2", before=240, after=100, keep_next=True,
            ind='<w:ind w:left="680"/>'))


def np_(runs, after=120, keep_next=False):
    """A numbered body paragraph (1.1, 1.2, ...)."""
    if isinstance(runs, str):
        runs = [R(runs)]
    b.raw(P(runs, numbered=NUM1, after=after, jc="both", keep_next=keep_next))


def plain(text, after=120):
    b.raw(P([R(text)], after=after, jc="both", ind='<w:ind w:left="680"/>'))


def spacer(after=60):
    b.raw(P([R("")], after=after))


def pull_quote(quote, who, w=5.6, h=4.2):
    inner = (P([R("\u201c", b=True, sz=30, color=SEA)], after=0, line=200)
             + P([R(quote, i=True, sz=12, color=HEATHER)], after=80)
             + P([R(who, sz=8.5, color="595959")], after=0))
    return TEXTBOX(inner, w, h, x_cm=17.0 - w, y_cm=0.0, fill="FFFFFF", line=SEA, line_w=19050, wrap="square",
                   name="Pull quote")


def np_with_box(box, text, after=120):
    b.raw(P([box, R(text)], numbered=NUM1, after=after, jc="both"))


def hdr_cell(text, w, fill=HEATHER):
    return CELL(P([R(text, b=True, sz=9, color="FFFFFF")], after=0), w, fill=fill)


def cell(text, w, fill=None, b_=False, sz=9):
    return CELL(P([R(text, sz=sz, b=b_)], after=0), w, fill=fill)


def rec_para(label, text):
    """The recommendation itself: a numbered paragraph with a bold run-in label."""
    if label:
        np_([R(label + " ", b=True, color=HEATHER), R(text)], after=60, keep_next=True)
    else:
        np_([R(text)], after=60, keep_next=True)


def update_para(text):
    b.raw(P([R("Update: ", b=True, color=SEA), R(text)], after=160, jc="both",
            ind='<w:ind w:left="964"/>', shd=MIST,
            border='<w:left w:val="single" w:sz="18" w:space="6" w:color="%s"/>' % SEA))


def add(scr, number, text, action, bodies, status, due=None):
    gold_entries.append(dict(scr=scr, number=number, text=text, action=action, bodies=bodies,
                             status=status, due=due))


# ================================================================== cover
cover = (P([R("")], after=900)
         + P([R("STAINBY", b=True, sz=44, color="FFFFFF")], after=0, ind='<w:ind w:left="400"/>')
         + P([R("Local Safeguarding Children Board", sz=20, color="E8DDF0")], after=700,
             ind='<w:ind w:left="400"/>')
         + P([R("Annual Report 2016\u201317", b=True, sz=30, color="FFFFFF")], after=60,
             ind='<w:ind w:left="400"/>')
         + P([R("1 April 2016 to 31 March 2017", sz=14, color="E8DDF0")], after=1400, ind='<w:ind w:left="400"/>')
         + P([R("Safe at home, safe in school, safe in our community", i=True, sz=13, color="FFFFFF")], after=0,
             ind='<w:ind w:left="400"/>'))
b.raw(P([TEXTBOX(cover, 17.0, 14.5, x_cm=0, y_cm=1.5, fill=HEATHER, line=None, wrap="topAndBottom",
                 name="Cover panel")], after=0))
b.raw(P([R("Presented to Stainby Borough Council's Health and Wellbeing Board and the Police and Crime "
           "Commissioner for Eskmoor, October 2017", sz=9, color="595959")], before=3200, after=40, jc="right"))
b.raw(P([R("www.stainbylscb.org.uk  \u00b7  0300 555 0176  \u00b7  lscb@stainby.gov.uk", sz=9, color=SEA)],
        after=0, jc="right"))

b.header_footer("Stainby LSCB  \u00b7  Annual Report 2016\u201317", "Stainby Local Safeguarding Children Board",
                rule=HEATHER)

# ================================================================== contents
H1("Contents", numbered=False)
b.toc([(1, "Foreword from the Independent Chair", 3), (1, "1. Stainby at a glance", 4),
       (1, "2. How the Board works", 5), (1, "3. What children and young people told us", 5),
       (1, "4. Training and learning", 5), (1, "5. Checking our work", 6),
       (1, "6. Serious case reviews", 7), (2, "Child J", 7), (2, "Siblings F", 8), (2, "Baby E", 9),
       (2, "Young Person D", 9), (1, "7. Other reviews", 10),
       (1, "8. Child deaths, allegations and private fostering", 11),
       (1, "9. Our priorities for 2017\u201318", 12), (1, "Glossary", 13)])

# ================================================================== foreword
H1("Foreword from the Independent Chair", numbered=False)
b.raw(P([pull_quote("We have started to ask not only what we did, but what difference it made to a child.",
                    "Margaret Ilkley, Independent Chair", h=4.6),
         R("This is my third annual report as Independent Chair of the Stainby Local Safeguarding Children "
           "Board. It covers the year from April 2016 to March 2017, a year in which the Board published one "
           "serious case review, finished a second that cannot yet be published, and started a third. Each of "
           "them concerns a child who was badly let down, and I do not want the language of action plans and "
           "sub-groups to hide that.")], after=120, jc="both"))
b.raw(P([R("The review about Child J, a little boy who was scalded and beaten in his own home, was hard for "
           "everyone who works with families in Stainby to read. His grandmother met the reviewer twice and "
           "asked us to make sure that the next family is seen as a whole, not in pieces. In section 6 we have "
           "set out, recommendation by recommendation, what each agency has done since the review was "
           "published. Where an agency has not told us what it has done, we say so plainly.")], after=120,
        jc="both"))
b.raw(P([R("Ofsted reviewed the Board in November 2016, alongside its inspection of the Council's services for "
           "children. The inspectors judged the Board to require improvement. They were right to say that we "
           "had been better at recording what we did than at finding out whether it worked, and much of the "
           "Board's business plan for 2017\u201318 is built around that lesson.")], after=120, jc="both"))
b.raw(P([R("The Children and Social Work Act 2017 will replace Local Safeguarding Children Boards with new "
           "arrangements led by the Council, the clinical commissioning group and the police. The Board will "
           "keep working in its current form until those arrangements are agreed, and I have asked that no "
           "review's action plan be closed simply because the Board is changing shape.")], after=120, jc="both"))
b.raw(P([R("I thank the Board's members, the business unit, our two lay members and, above all, the "
           "practitioners across Stainby who keep children safe every day.")], after=160, jc="both"))
b.raw(P([R("Margaret Ilkley", b=True)], after=0))
b.raw(P([R("Independent Chair, Stainby Local Safeguarding Children Board", i=True, color="595959")], after=0))

# ================================================================== 1. numbers
H1("Stainby at a glance")
np_("Stainby is a unitary borough on the north-east coast, made up of the port town of Stainby, the seaside "
    "resort of Wyke Bay and eighteen villages on the edge of the Eskmoor hills. About 187,400 people live in the "
    "borough, of whom 40,900 are children and young people under 18. Three of its 26 wards are among the most "
    "deprived ten per cent in England, and almost one child in four lives in a low-income household.")
tiles = [("40,900", "children and young people under 18"), ("1,622", "children in need at 31 March 2017"),
         ("198", "children with a child protection plan"), ("286", "children looked after by the Council")]
row = [CELL(P([R(n, b=True, sz=20, color="FFFFFF")], after=0, jc="center")
            + P([R(t, sz=8.5, color="FFFFFF")], after=0, jc="center"), 4.25,
            fill=(HEATHER if k % 2 == 0 else SEA), valign="center") for k, (n, t) in enumerate(tiles)]
b.raw(TABLE([row], [4.25] * 4, border="FFFFFF", header_rows=0))
spacer(120)
NW = [8.4, 2.6, 2.6, 3.4]
b.raw(TABLE([
    [hdr_cell("At 31 March", NW[0]), hdr_cell("2016", NW[1]), hdr_cell("2017", NW[2]),
     hdr_cell("England 2017", NW[3])],
    [cell("Contacts to the Stainby Safeguarding Hub", NW[0]), cell("9,410", NW[1]), cell("10,188", NW[2]),
     cell("\u2013", NW[3])],
    [cell("Referrals to children's social care (rate per 10,000)", NW[0]), cell("602", NW[1]),
     cell("577", NW[2]), cell("548", NW[3])],
    [cell("Re-referrals within 12 months", NW[0]), cell("26%", NW[1]), cell("22%", NW[2]), cell("22%", NW[3])],
    [cell("Child protection plans (rate per 10,000)", NW[0]), cell("52.1", NW[1]), cell("48.4", NW[2]),
     cell("43.3", NW[3])],
    [cell("Second or later child protection plan", NW[0]), cell("21%", NW[1]), cell("17%", NW[2]),
     cell("19%", NW[3])],
    [cell("Children looked after (rate per 10,000)", NW[0]), cell("72", NW[1]), cell("70", NW[2]),
     cell("62", NW[3])],
    [cell("Children privately fostered", NW[0]), cell("9", NW[1]), cell("12", NW[2]), cell("\u2013", NW[3])],
], NW))
spacer(120)
np_("Neglect is the main reason for a child protection plan in Stainby, as it has been for six years: it accounted "
    "for 58% of plans at the year end, with emotional abuse at 27%, physical abuse at 11% and sexual abuse at 4%. "
    "Domestic abuse, parental drinking or drug use and parental mental ill health were present in more than two "
    "thirds of the families discussed at initial child protection conferences.")
np_("The number of children on a plan fell for the second year, after the Council's children's services "
    "introduced a family support service working with families at the point of step-down. The Board has asked "
    "for a check that the fall reflects safer children, not a change in thresholds; the Quality Assurance "
    "Sub-group will report on this in the summer of 2017.")

# ================================================================== 2. how the board works
H1("How the Board works")
np_("The Board brings together the organisations responsible for keeping children safe in Stainby. Its "
    "statutory members are Stainby Borough Council, Stainby Clinical Commissioning Group, Eskmoor Police, the "
    "National Probation Service, Eskmoor Community Rehabilitation Company, Cafcass, the Stainby Youth Offending "
    "Team and the NHS trusts serving the borough: Stainby and Wyke Hospitals NHS Foundation Trust, Wyke Valley "
    "Community Health NHS Trust and Moorside Partnership NHS Foundation Trust. Schools, the further education "
    "college, Stainby Homes, the voluntary sector and two lay members also sit on the Board.")
np_("The Board met four times in 2016\u201317 and held a development day in September 2016 on neglect. "
    "Attendance averaged 84%. The Chair wrote to two agencies whose representatives missed more than one "
    "meeting, and both have since named deputies.")
np_([R("Much of the Board's work is done in its sub-groups, each chaired by a senior manager from a member "
       "agency:")], after=60)
for name, text in [
    ("Case Review Sub-group", "considers cases against the criteria for a serious case review, manages the "
                              "reviews, and holds every review's action plan until it is closed."),
    ("Quality Assurance Sub-group", "runs multi-agency case audits and the section 11 audit, and keeps the "
                                    "Board's performance dataset."),
    ("Learning and Improvement Sub-group", "plans, delivers and evaluates the multi-agency training programme "
                                           "and the Board's briefings."),
    ("Policy and Procedures Sub-group", "keeps the Board's online child protection procedures up to date."),
    ("Child Sexual Exploitation and Missing Sub-group", "oversees the multi-agency panel for children at risk of "
                                                        "exploitation or going missing."),
]:
    b.raw(P([R(name + " \u2013 ", b=True, color=HEATHER), R(text)], after=60, jc="left",
            ind='<w:ind w:left="964" w:hanging="284"/>', style="ListBullet"))
spacer(60)
np_("The Board's budget in 2016\u201317 was \u00a3187,350. Stainby Borough Council contributed 61%, the CCG 22%, "
    "Eskmoor Police 10%, and the probation services, Cafcass and the Youth Offending Team the rest. Serious case "
    "reviews cost \u00a324,900 in the year.")
np_("The Board reports to the Health and Wellbeing Board and to the Children and Young People's Partnership. The "
    "Chair meets the Council's Chief Executive and Director of Children's Services every quarter, and the Director "
    "of Children's Services and Lead Member attend the Board as participant observer and observer respectively.")

# ================================================================== 3. voice of the child
H1("What children and young people told us", pb=False)
b.raw(P([pull_quote("If a teacher asks how you are, they should wait for the real answer.",
                    "Year 9 pupil, Stainby schools survey", h=3.9),
         R("The Board's Youth Panel, twelve young people aged 13 to 18 from schools, the youth council and the "
           "children in care council, met five times. The panel helped design the Board's schools survey, which "
           "was answered by 1,870 pupils in Years 7 to 11 in the autumn term.")], numbered=NUM1, after=120,
        jc="both"))
np_("Of those pupils, 72% said there was an adult in school they could talk to if they were worried, but only 41% "
    "said they would tell an adult about something that happened online. Pupils asked for more lessons about "
    "healthy relationships, and for teachers to follow up when a pupil seems upset. The Learning and Improvement "
    "Sub-group shared the results with every secondary school's designated safeguarding lead.")
np_("The panel also reviewed the Board's leaflet for young people who go missing, and rewrote it in their own "
    "words. The new leaflet is given out at every return home interview.")

# ================================================================== 4. training
H1("Training and learning", pb=False)
np_("The Board ran 54 multi-agency courses in 2016\u201317, attended by 1,306 practitioners, and a further 2,410 "
    "people completed its introductory e-learning. New courses covered neglect and the Graded Care Profile, "
    "working with resistant families, and online safety. Every course is evaluated on the day and again after "
    "three months; at three months, 74% of those who replied could give an example of how their practice had "
    "changed.")
LW = [7.0, 2.6, 2.6, 4.8]
b.raw(TABLE([
    [hdr_cell("Course", LW[0], fill=SEA), hdr_cell("Sessions", LW[1], fill=SEA), hdr_cell("Attended", LW[2], fill=SEA),
     hdr_cell("Largest agency groups", LW[3], fill=SEA)],
    [cell("Working Together: multi-agency child protection", LW[0]), cell("14", LW[1]), cell("352", LW[2]),
     cell("Schools, health visiting", LW[3])],
    [cell("Neglect and the Graded Care Profile", LW[0]), cell("12", LW[1]), cell("298", LW[2]),
     cell("Social care, early years", LW[3])],
    [cell("Working with resistant and hostile families", LW[0]), cell("8", LW[1]), cell("187", LW[2]),
     cell("Social care, police", LW[3])],
    [cell("Child sexual exploitation", LW[0]), cell("9", LW[1]), cell("231", LW[2]),
     cell("Schools, housing, taxi licensing", LW[3])],
    [cell("Online safety for practitioners", LW[0]), cell("11", LW[1]), cell("238", LW[2]),
     cell("Schools, youth services", LW[3])],
], LW))
spacer(120)
np_("Six seven-minute briefings were published, including one on the Child J review. Teams that use a briefing "
    "are asked to send back a short return; returns covered 1,540 staff in 13 agencies. Two learning events on "
    "the Child J review, in October and November 2016, were attended by 212 practitioners.")

# ================================================================== 5. QA
H1("Checking our work", pb=False)
H2("Multi-agency case audits")
np_("The Quality Assurance Sub-group completed three multi-agency case audits in the year. An audit of 18 "
    "children on plans for neglect found that plans were too often lists of services rather than changes the "
    "family needed to make. An audit of 15 cases of children who went missing found that return home interviews "
    "were offered within 72 hours in 12. An audit of 20 strategy discussions found that health staff took part in "
    "only eight; the CCG's designated nurse has since arranged for the named nurses to join by telephone.")
H2("Section 11 audit")
np_("Nineteen agencies completed the section 11 self-assessment in September 2016 and each met the Chair and a "
    "lay member to test its findings. The audit found three areas where several agencies fell short, and each "
    "agency has an improvement action that the Quality Assurance Sub-group will follow up in 2017\u201318:")
for t in ["Agencies should keep a record of the safeguarding training of every volunteer, not only paid staff.",
          "Agencies should be able to show how the views of children have changed the services they provide.",
          "Agencies should check every two years that staff in posts needing a DBS check have a current one."]:
    b.raw(P([R(t)], style="ListBullet", after=40, ind='<w:ind w:left="964" w:hanging="284"/>'))
spacer(60)
H2("Ofsted")
np_("Ofsted inspected services for children in need of help and protection, children looked after and care "
    "leavers in Stainby in November 2016, and at the same time reviewed the effectiveness of the Board. The "
    "Council's services and the Board were both judged to require improvement. Ofsted recommended that the "
    "Board:")
for t in ["evaluate the impact of its multi-agency training on the quality of practice;",
          "make sure that its performance dataset includes information from all partner agencies, including "
          "health and the police;",
          "strengthen its oversight of children who go missing from home and care."]:
    b.raw(P([R(t)], style="ListBullet", after=40, ind='<w:ind w:left="964" w:hanging="284"/>'))
spacer(60)
np_("The Board's response to these recommendations is part of its business plan for 2017\u201318 (section 9). "
    "The Council's own improvement plan is overseen by its Children's Improvement Board.")

# ================================================================== 6. SCRs
H1("Serious case reviews")
MECH = ("The Case Review Sub-group keeps an action plan for every review. Before each of its meetings, held "
        "every two months, the lead officer for each recommendation sends a written update with evidence, and "
        "only the sub-group can agree that a recommendation is closed. A report on every open action plan goes "
        "to each meeting of the Board.")
side = (P([R("Our reviews at a glance", b=True, sz=11.5, color=HEATHER)], after=80,
          border='<w:bottom w:val="single" w:sz="8" w:space="3" w:color="%s"/>' % HEATHER)
        + P([R("Child J", b=True, sz=9.5, color=SEA)], before=60, after=0)
        + P([R("Published September 2016. Seven recommendations.", sz=9)], after=60)
        + P([R("Siblings F", b=True, sz=9.5, color=SEA)], after=0)
        + P([R("Completed December 2016. Not yet published because of criminal proceedings. Five "
               "recommendations.", sz=9)], after=60)
        + P([R("Baby E", b=True, sz=9.5, color=SEA)], after=0)
        + P([R("Started February 2017. Expected to report in the autumn.", sz=9)], after=60)
        + P([R("Young Person D", b=True, sz=9.5, color=SEA)], after=0)
        + P([R("Published March 2015. One recommendation still open.", sz=9)], after=140)
        + P([R("How we check progress", b=True, sz=10.5, color=HEATHER)], after=60,
            border='<w:bottom w:val="single" w:sz="8" w:space="3" w:color="%s"/>' % HEATHER)
        + P([R(MECH, sz=9)], after=80)
        + P([R("Updates in this section are those reported to the sub-group's meeting of 21 March 2017.", sz=9,
               i=True)], after=0))
b.raw(P([TEXTBOX(side, 6.0, 14.6, x_cm=11.0, y_cm=0.0, fill=PANEL, line=None, wrap="square",
                 name="Reviews side panel"),
         R("The Chair of the Board must arrange a serious case review when abuse or neglect of a child is known or "
           "suspected, and the child has died or been seriously harmed and there is cause for concern about the "
           "way agencies worked together. The purpose of a review is to learn, not to blame.")],
        numbered=NUM1, after=120, jc="both"))
np_("In 2016\u201317 the Case Review Sub-group considered six cases. The Chair agreed that one, Baby E, met the "
    "criteria, and that review began in February 2017. The review about Child J was published in September 2016, "
    "and the review about Siblings F was completed in December 2016. Of the other five cases, one was the subject "
    "of a learning review (section 7) and four were looked at by single agencies.")
np_("Below, each review's recommendations are set out in turn, with the latest update from the agency that "
    "leads on it underneath.")

# ------------------------------------------------------------------ Child J
H2("Child J")
np_("Child J was two years old when he was taken to Stainby General Hospital in March 2015 with scalds to his "
    "feet and legs and bruising to his face and body. His mother's partner, who had moved into the family home "
    "four months earlier, was later convicted of causing him grievous bodily harm. Child J has recovered well "
    "and now lives with his grandmother.")
np_([R("The review found that agencies knew different things about the family's new lodger and partner, "
           "including his convictions for violence, but that nobody put them together. The family had moved three "
           "times in a year between temporary addresses, and health visiting appointments were missed without "
           "follow-up. The review, written by an independent author, was published on 14 September 2016 and made "
           "seven recommendations.")])

CHILD_J = [
    dict(n="1",
         text="Stainby LSCB should produce practice guidance for all agencies on identifying and assessing new "
              "adults, particularly new partners, who join a household where there are young children.",
         update=("The Policy and Procedures Sub-group wrote the guidance with help from Child J's grandmother and "
                 "published it in the online procedures in February 2017, together with a short briefing "
                 "for frontline staff.", "The Board signed this off in March."),
         status="completed",
         bodies=[("Stainby LSCB", "lscb"), ("Policy and Procedures Sub-group", "lscb")]),
    dict(n="2",
         text="Stainby Borough Council's Housing Options service should tell the health visiting service within "
              "five working days whenever a family with a child under five is placed in temporary accommodation, "
              "including placements outside the borough.",
         update=("Housing Options and Wyke Valley Community Health NHS Trust have agreed a notification form, "
                 "which has been used for placements inside the borough since January 2017. An agreement with "
                 "the two neighbouring councils covering placements outside Stainby is still being negotiated.",
                 "This is ongoing."),
         lead_status=True, status="in_progress",
         bodies=[("Stainby Borough Council's Housing Options service", "housing"),
                 ("Wyke Valley Community Health NHS Trust", "health")]),
    dict(n="3",
         text="Wyke Valley Community Health NHS Trust should make sure that health visitors follow up every child "
              "who is not brought to a developmental review, and record the reason.",
         update=("The trust introduced a \u201cwas not brought\u201d procedure for health visitors in November "
                 "2016. An audit of 40 records in February 2017 found that 37 missed reviews had been followed up "
                 "within a fortnight.", "The Case Review Sub-group agreed in March that this recommendation can "
                 "be closed."),
         status="completed",
         bodies=[("Wyke Valley Community Health NHS Trust", "health")]),
    dict(n="4",
         text="Eskmoor Police should make sure that, when a disclosure is made under the Domestic Violence "
              "Disclosure Scheme and a child lives in the household, Stainby Children's Services is told.",
         update=(None, "We have had no update from Eskmoor Police, despite reminders from the Board's business "
                 "manager in January and March 2017, so we cannot say where this stands."),
         status="unknown",
         bodies=[("Eskmoor Police", "police")]),
    dict(n="5",
         text="Stainby Children's Services should make sure that assessments name and consider every adult living "
              "in or regularly visiting the child's home, and that managers check this before an assessment is "
              "signed off.",
         update=("The single assessment template was changed in January 2017 so that it cannot be completed "
                 "without a section on the people in the household, and 146 social workers and team managers "
                 "have been briefed on it.", "Part of this is done, but the audit that will show whether "
                 "assessments have changed is not due until July 2017, so the recommendation remains open."),
         status="in_progress", due="2017-07",
         bodies=[("Stainby Children's Services", "childrens_social_care")]),
    dict(n="6",
         text="Stainby Clinical Commissioning Group should ask GP practices to link the records of children with "
              "those of the adults in their household, so that a GP seeing one member of the family can see "
              "concerns about the others.",
         update=("The CCG's named GP for safeguarding wrote to all 24 practices in December 2016 with guidance on "
                 "linking family records, and raised it again at the practice safeguarding leads' forum in "
                 "February 2017.", None),
         status="unknown",
         bodies=[("Stainby Clinical Commissioning Group", "health"), ("named GP for safeguarding", "health")]),
    dict(n="7",
         text="All partner agencies should make sure that practitioners are trained to recognise disguised "
              "compliance and to check what parents tell them against what they see.",
         update=("The Learning and Improvement Sub-group will add a course on disguised compliance to the "
                 "2017\u201318 training programme, starting in the autumn.", "Work has yet to begin."),
         lead_status=True, status="not_started",
         bodies=[("All partner agencies", "lscb"), ("Learning and Improvement Sub-group", "lscb")]),
]


def upd_text(r):
    act, st = r["update"]
    parts = [st, act] if r.get("lead_status") else [act, st]
    return " ".join(p for p in parts if p)


for r in CHILD_J:
    rec_para("Recommendation %s:" % r["n"], r["text"])
    update_para(upd_text(r))
    # the status sentence is no action: the action is the rest of the update
    add("Child J", r["n"], r["text"], r["update"][0], r["bodies"], r["status"], r.get("due"))

b.raw(P([pull_quote("Everyone knew a little bit. Nobody put it together.", "Child J's grandmother", h=3.6),
         R("The Child J action plan stays open. The sub-group has asked Eskmoor Police's head of public "
           "protection to attend its May 2017 meeting to report on recommendation 4.")], numbered=NUM1, after=120,
        jc="both"))

# ------------------------------------------------------------------ Siblings F
H2("Siblings F")
np_("Siblings F are a brother and two sisters who were aged five, eight and eleven when they were taken into care "
    "in June 2015. For more than six years they had lived with severe neglect: the house was often without "
    "heating or food, the youngest had untreated tooth decay, and the eldest regularly missed school to look "
    "after the others. Their mother was dependent on alcohol, and their father had long-standing depression. "
    "Agencies offered help many times, but each episode was closed when things briefly improved.")
np_("The review was completed in December 2016. It cannot be published until criminal proceedings against the "
    "children's parents have finished, and the trial is not expected before the autumn of 2017. Because the "
    "report cannot yet be published, its five recommendations are summarised here rather than quoted. The Board "
    "accepted all of them in January 2017.")

SIB_F = [
    dict(n="1",
         text="The review's first recommendation asks Stainby Children's Services to make sure that any child "
              "protection plan for neglect that has lasted more than twelve months is looked at afresh by a "
              "senior manager who has not been involved in the case.",
         action="Senior managers began these reviews in January 2017 and had looked at 18 of the 23 plans by the "
                "end of March.",
         status_sentence="This is well under way, and all 23 should be done by June 2017.",
         status="in_progress", due="2017-06",
         bodies=[("Stainby Children's Services", "childrens_social_care")]),
    dict(n="2",
         text="Its second recommendation asks Turning Tide, the adult drug and alcohol service, to ask every adult "
              "who begins treatment whether they have or look after children, and to share any worries with "
              "children's social care.",
         action="Turning Tide changed its assessment form in October 2016 and now sends the Board a quarterly "
                "count of parents in treatment and of the referrals it has made.",
         status_sentence="The Board signed this off in February 2017.",
         status="completed",
         bodies=[("Turning Tide", "adult_services")]),
    dict(n="3",
         text="The third asks Moorside Partnership NHS Foundation Trust to make sure that adult mental health "
              "staff ask about, and think about, the children of the patients they see.",
         action=None,
         status_sentence="Nothing has been done on this yet. The trust's named nurse post has been vacant since "
                         "November 2016, and the trust has told the sub-group that the work cannot start until "
                         "it is filled.",
         status="not_started",
         bodies=[("Moorside Partnership NHS Foundation Trust", "health")]),
    dict(n="4",
         text="The fourth asks the Council's Education Safeguarding Team to make sure that schools refer, rather "
              "than manage on their own, persistent signs of neglect such as hunger, poor hygiene and repeated "
              "lateness.",
         action="Designated safeguarding leads from 61 schools attended briefings in the spring term, and a "
                "neglect toolkit for schools was put on the Board's website in March 2017.",
         status_sentence="This one is finished.",
         status="completed",
         bodies=[("the Council's Education Safeguarding Team", "education")]),
    dict(n="5",
         text="Finally, the review asks the Board to check, through a multi-agency case audit, that the help "
              "given to neglected children is making a difference to their daily lives.",
         action="The Quality Assurance Sub-group has put this audit into its programme for September 2017.",
         status_sentence="It has not started yet.",
         status="not_started", due="2017-09",
         bodies=[("the Board", "lscb"), ("Quality Assurance Sub-group", "lscb")]),
]
for r in SIB_F:
    rec_para(None, r["text"])
    update_para(" ".join(p for p in (r["action"], r["status_sentence"]) if p))
    add("Siblings F", r["n"], r["text"], r["action"], r["bodies"], r["status"], r.get("due"))

# ------------------------------------------------------------------ Baby E
H2("Baby E")
np_("Baby E was seven weeks old when she was admitted to hospital in January 2017 with fractured ribs and "
    "bleeding on the brain. She is now being cared for by foster carers. In February 2017 the Chair agreed that "
    "the case met the criteria for a serious case review. An independent reviewer has been appointed, both parents "
    "have agreed to take part, and the review is expected to report in the autumn of 2017. It has made no "
    "recommendations yet.")

# ------------------------------------------------------------------ Young Person D
H2("Young Person D")
np_("The review about Young Person D, a sixteen-year-old who was sexually exploited after being placed in bed "
    "and breakfast accommodation when she became homeless, was published in March 2015. Five of its six "
    "recommendations were signed off during 2015\u201316. The last of them is still open.")
YPD_TEXT = ("Stainby Borough Council's Housing Options service and Stainby Homes should agree a joint protocol so "
            "that no 16- or 17-year-old who is homeless is offered accommodation before children's social care "
            "has assessed them.")
YPD_ACTION = ("A draft protocol was agreed by both organisations in November 2016 and is being tried out in the "
              "Stainby town office.")
YPD_STATUS = "It remains in progress, and the sub-group expects to close it in July 2017 once the trial has been " \
             "reviewed."
rec_para("Recommendation 6:", YPD_TEXT)
update_para(YPD_ACTION + " " + YPD_STATUS)
add("Young Person D", "6", YPD_TEXT, YPD_ACTION,
    [("Stainby Borough Council's Housing Options service", "housing"), ("Stainby Homes", "housing")],
    "in_progress", "2017-07")

H2("Sharing the learning")
np_("Every published review is followed by a seven-minute briefing and at least one learning event. The Child J "
    "briefing was discussed in 96 team meetings across the partnership. The Learning and Improvement Sub-group "
    "will produce a briefing on the themes of the Siblings F review, without identifying the family, before the "
    "report itself is published.")

# ================================================================== 7. other reviews (decoys)
H1("Other reviews")
H2("Learning review: Child Q")
np_("Child Q, a fourteen-year-old girl living in a children's home, went missing eleven times in three months in "
    "2016 and was found on two occasions with adult men in another town. Her case did not meet the criteria for a "
    "serious case review, but the Case Review Sub-group asked for a learning review, which was carried out with "
    "the practitioners involved at a workshop in November 2016. The review identified two points of learning for "
    "the partnership.")
np_([R("Learning point 1: ", b=True, color=HEATHER),
     R("Children's homes and Eskmoor Police should agree how information about the adults a child is seen with "
       "while missing is recorded and shared.")], after=60, keep_next=True)
update_para("A joint protocol was agreed in January 2017 and is used by all four children's homes in the borough. "
            "The sub-group has closed this point.")
np_([R("Learning point 2: ", b=True, color=HEATHER),
     R("Return home interviews should be carried out by someone the child already knows, wherever possible.")],
    after=60, keep_next=True)
update_para("The Council's commissioned return interview service is changing its rota so that children see the "
            "same worker each time. This is ongoing.")
H2("Domestic homicide review")
np_("Domestic homicide reviews are commissioned by the Safer Stainby Partnership, not by this Board, and its "
    "action plans are monitored there. We report on the review about Ms K, published by the Home Office in "
    "December 2016, because she was the mother of two young children and two of its recommendations concern "
    "children's services.")
np_([R("DHR recommendation 3: ", b=True, color=HEATHER),
     R("Harbourlight should offer a support worker to every child living in a household whose case is heard at "
       "the multi-agency risk assessment conference.")], after=60, keep_next=True)
update_para("Harbourlight secured funding from the Police and Crime Commissioner in February 2017 and is recruiting "
            "two children's workers. This is ongoing.")
np_([R("DHR recommendation 5: ", b=True, color=HEATHER),
     R("Eskmoor Police and the Council's Education Safeguarding Team should introduce Operation Encompass, so that "
       "schools are told before the start of the next school day about domestic abuse incidents in a pupil's "
       "home.")], after=60, keep_next=True)
update_para("Operation Encompass went live in all Stainby schools in January 2017. This recommendation is "
            "complete.")

# ================================================================== 8. CDOP, LADO, PF
H1("Child deaths, allegations and private fostering")
H2("Child Death Overview Panel")
np_("The Child Death Overview Panel, which Stainby shares with the neighbouring borough of Tollerby, reviewed 17 "
    "deaths of Stainby children in 2016\u201317. Eleven were of babies under one year old. Modifiable factors were "
    "identified in four deaths, three of them involving unsafe sleeping arrangements, often where a parent had "
    "been drinking. The panel recommended that midwives and health visitors repeat safer sleep advice at every "
    "contact in the first six months, and both NHS trusts have added this to their record templates.")
H2("Allegations against people who work with children")
np_("The Local Authority Designated Officer received 268 contacts in the year, of which 112 led to a formal "
    "allegations management meeting, up from 94 in 2015\u201316. Staff in schools were the subject of 44% of "
    "allegations, and 81% of cases were concluded within three months.")
H2("Private fostering")
np_("Twelve children were known to be living in private fostering arrangements at 31 March 2017, most of them "
    "students at the two language schools in Wyke Bay. Every new arrangement was visited within seven working "
    "days. A campaign with GP practices and schools in the spring term led to three new notifications.")

# ================================================================== 9. business plan (decoy)
H1("Our priorities for 2017\u201318")
np_("The Board agreed its business plan for 2017\u201318 in March 2017. It has four priorities, and for each the "
    "Board has set out what it will do:")
BP_W = [3.6, 9.4, 4.0]
b.raw(TABLE([
    [hdr_cell("Priority", BP_W[0]), hdr_cell("We will", BP_W[1]), hdr_cell("Lead", BP_W[2])],
    [cell("Neglect", BP_W[0], b_=True),
     cell("Make sure every child protection plan for neglect says what must change for the child, and audit "
          "plans against this in the autumn.", BP_W[1]), cell("Quality Assurance Sub-group", BP_W[2])],
    [cell("Impact of training", BP_W[0], b_=True),
     cell("Follow up a sample of course attenders with their managers to find out whether practice has "
          "changed.", BP_W[1]), cell("Learning and Improvement Sub-group", BP_W[2])],
    [cell("Missing and exploited children", BP_W[0], b_=True),
     cell("Add police and health information to the Board's dataset on children who go missing, and report it "
          "to every Board meeting.", BP_W[1]), cell("CSE and Missing Sub-group", BP_W[2])],
    [cell("New arrangements", BP_W[0], b_=True),
     cell("Work with the Council, the CCG and Eskmoor Police on the arrangements that will replace the Board, "
          "and make sure open action plans are handed over safely.", BP_W[1]), cell("Independent Chair", BP_W[2])],
], BP_W))
spacer(120)
np_("Progress against the business plan will be reported to each meeting of the Board and in next year's annual "
    "report.")

# ================================================================== glossary
H1("Glossary", numbered=False)
for term, meaning in [
    ("CCG", "Clinical Commissioning Group: the NHS body that buys most health services for local people."),
    ("CDOP", "Child Death Overview Panel."),
    ("DHR", "Domestic homicide review, commissioned by the Safer Stainby Partnership."),
    ("LADO", "Local Authority Designated Officer, who manages allegations against adults who work with "
             "children."),
    ("MARAC", "Multi-agency risk assessment conference, for victims of domestic abuse at high risk."),
    ("SCR", "Serious case review, under regulation 5 of the Local Safeguarding Children Boards Regulations "
            "2006."),
    ("Section 11", "The duty in the Children Act 2004 on named agencies to safeguard and promote the welfare of "
                   "children."),
]:
    b.raw(P([R(term, b=True, color=HEATHER), R(meaning, tab_before=True)], after=60,
            ind='<w:ind w:left="1418" w:hanging="1418"/>', tabs='<w:tab w:val="left" w:pos="1418"/>'))

OUT.mkdir(parents=True, exist_ok=True)
b.save(OUT / f"{NAME}.docx")


# ================================================================== gold
def write_gold(path):
    recs = []
    for k, e in enumerate(gold_entries, 1):
        src = e["text"] or e["action"]
        recs.append({
            "id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"],
            "text": e["text"], "action": e["action"],
            "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
            "status": e["status"], "due": e["due"], "page": None,
            "evidence": " ".join(src.split()[:15]), "confidence": 1.0,
        })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None,
        "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": s, "stage": st, "page": None}
                 for s, st in [("Child J", "published"), ("Siblings F", "completed"), ("Baby E", "initiated"),
                               ("Young Person D", "published")]],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict},
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
