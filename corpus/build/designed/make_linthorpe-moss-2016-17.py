#!/usr/bin/env python3
"""Builds linthorpe-moss-2016-17.docx and its gold JSON."""
from wordml import *  # noqa: F401,F403  (the kit shared by the designed Word reports)

# ---------------------------------------------------------------------------
# Linthorpe Moss Local Safeguarding Children Board - Annual Report 2016-17
# SCR recommendations and their progress sit in DrawingML text boxes (cards),
# each progress paragraph wrapped in a content control.
# ---------------------------------------------------------------------------
import json
import math
import os

NAME = "linthorpe-moss-2016-17"
HERE = os.environ.get("DESIGNED_OUT") or os.path.dirname(os.path.abspath(__file__))
BOARD = "Linthorpe Moss Local Safeguarding Children Board"
NAVY, TEAL, SAND = "1B3A5C", "2A7F84", "F4EFE6"
GREEN, AMBER, RED = "2E8B57", "E3A21A", "C0392B"

b = Builder(font="Calibri", size=10.5)
doc = b.doc
for lvl, sz, col in ((1, 18, NAVY), (2, 13, TEAL), (3, 11, NAVY)):
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(col)
    st.font.name = "Calibri"
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia", "w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if k.endswith("Theme") or k.endswith("theme"):
                rf.attrib.pop(qn(k), None)
            else:
                rf.set(qn(k), "Calibri")


def lines_of(text, chars=92):
    return max(1, math.ceil(len(text) / chars))


def est_h(texts, chars=92, extra=0.5, per_line=0.47):
    return round(extra + sum(lines_of(t, chars) * per_line + 0.12 for t in texts), 2)


# ============================ COVER ========================================
b.raw(P([R("Linthorpe Moss", b=True, sz=40, color=NAVY)], before=1800, after=0))
b.raw(P([R("Local Safeguarding Children Board", sz=24, color=TEAL)], after=360))
b.raw(P([R("Annual Report 2016-17", b=True, sz=28, color=NAVY)], after=120,
        border='<w:bottom w:val="single" w:sz="24" w:space="6" w:color="%s"/>' % TEAL))
b.raw(P([R("1 April 2016 to 31 March 2017", sz=14, color="595959")], after=600))
cover_box = (P([R("Our promise", b=True, sz=12, color="FFFFFF")], after=60)
             + P([R("Every child in Linthorpe Moss should grow up safe, be listened to, and get help as soon as "
                    "it is needed, from people who talk to one another.", sz=13, color="FFFFFF", i=True)], after=0))
b.raw(P([TEXTBOX(cover_box, 17.0, 2.6, fill=NAVY, line=None, name="Cover strapline")], after=0))
b.raw(P([R("Published September 2017. Presented to the Chief Executive of Linthorpe Moss Borough Council, "
           "the Leader of the Council, the Police and Crime Commissioner for Northvale and the Chair of the "
           "Linthorpe Moss Health and Wellbeing Board.", sz=9, color="595959")], before=3600, after=0))

# ============================ CONTENTS =====================================
b.raw(P([R("Contents", b=True, sz=18, color=NAVY)], page_break_before=True, after=240))
b.toc([(1, "Foreword from the Independent Chair", 3), (1, "Linthorpe Moss at a glance", 4),
       (1, "How the Board works", 5), (2, "Membership and attendance", 5), (2, "Budget", 6),
       (1, "Learning, child deaths and allegations", 7), (2, "Training", 7), (2, "Child Death Overview Panel", 7),
       (2, "Local Authority Designated Officer", 7), (2, "Private fostering and child sexual exploitation", 7),
       (1, "What inspectors told us", 8), (1, "Serious case reviews", 9), (2, "Child T", 9),
       (2, "Family H, Baby N and Sibling group R", 10), (1, "Other reviews and audits", 11),
       (1, "Priorities for 2017-18", 12)], wrap_sdt=False)
b.raw(P([R("The page numbers above are those of the printed edition.", i=True, sz=8.5, color="7F7F7F")], before=240))

# ============================ FOREWORD =====================================
b.h("Foreword from the Independent Chair", 1, page_break=True)
# drop cap: the first letter sits in its own framed paragraph, the way Word makes one
b.raw(P([R("T", sz=44, color=TEAL, b=True)], frame=DROPCAP(3), after=0, line=240))
b.raw(P([R("his is my second report as Independent Chair of the Board, and it covers a year in which the "
           "partnership was tested hard. We published the serious case review about Child T, a baby who was "
           "seriously injured at fourteen months old, and we have had to look honestly at how well our agencies "
           "know who is living in the homes of the youngest children. I want to thank the family members who "
           "spoke to the reviewers; their account changed the way we understood what happened.")]))
b.p("There has been real progress. The multi-agency safeguarding hub moved into its permanent home at "
    "Carrbrook House in July 2016 and now has health, police, education and early help staff working side by side "
    "five days a week. Partners took part in more audits than ever before, and attendance at the Board improved "
    "to 84 per cent. Our training offer reached more than 2,100 people, including, for the first time, staff from "
    "faith groups and sports clubs.")
b.p("There is also more to do. The Ofsted review of the Board in June 2016 judged us to require improvement, "
    "and we accepted each of the inspectors' findings. The number of children subject to a child protection "
    "plan for neglect has risen for the third year running, and young people continue to tell us that they do "
    "not always know who to speak to when they feel unsafe online.")
b.p("I am grateful to Board members, to the business unit and, above all, to the practitioners across "
    "Linthorpe Moss whose work is described in these pages.")
b.raw(P([R("Margaret Oyelaran", b=True)], after=0))
b.raw(P([R("Independent Chair, " + BOARD, i=True, color="595959")], after=40))
b.raw(P([R("Approved by the Board on ", sz=9, color="595959"),
         SDT(R("12 July 2017", sz=9, color="595959"), "Approval date", "approval-date", block=False,
             extra_pr=DATEPICK("2017-07-12"))]))

# pull quote as a frame on the right
pq = FRAME(6.0, align="right")
b.raw(P([R("\u201cWe have had to look honestly at how well our agencies know who is living in the homes of "
           "the youngest children.\u201d", i=True, sz=13, color=TEAL)], frame=pq, after=0,
        border=BDR(TEAL, 12, ("top", "bottom"), 6)))
b.h("What this report is for", 2)
b.p("Every Local Safeguarding Children Board must publish a report each year on the effectiveness of child "
    "safeguarding and the promotion of children's welfare in its area (Working Together to Safeguard Children "
    "2015). This report looks back on the year from April 2016 to March 2017. It sets out what the Board and its "
    "partners did, what difference that made, and where we are not yet good enough. It is written for the "
    "people who lead our agencies, for practitioners, and for families and young people who want to know how "
    "children are kept safe in the borough.")
b.p("The report is also an account of the serious case reviews that were published, under way or started during "
    "the year, and of the action agencies have taken in response to them. Those reviews are described in the "
    "section headed Serious case reviews.")

# ============================ PROFILE =====================================
b.h("Linthorpe Moss at a glance", 1, page_break=True)
b.p("Linthorpe Moss is a metropolitan borough of about 214,000 people on the northern edge of the Northvale "
    "conurbation. Around 48,300 of its residents are children and young people under 18, which is 22.6 per cent "
    "of the population and a little above the national average. A quarter of children in the borough live in "
    "low-income families, with the highest rates in the Carrbrook, Heyside and Lower Moss wards. Just over 19 per "
    "cent of school pupils are from black and minority ethnic communities, and 71 first languages are spoken in "
    "the borough's schools.")


def stat_box(num, label):
    return (P([R(num, b=True, sz=24, color="FFFFFF")], jc="center", after=0)
            + P([R(label, sz=9, color="FFFFFF")], jc="center", after=0))


anchor_runs = [TEXTBOX(stat_box("48,300", "children and young people under 18"), 5.4, 2.4, x_cm=0.0,
                       fill=TEAL, line=None, name="Stat 1"),
               TEXTBOX(stat_box("2,964", "contacts to the MASH each month, on average"), 5.4, 2.4, x_cm=5.8,
                       fill=NAVY, line=None, name="Stat 2"),
               TEXTBOX(stat_box("231", "children on a child protection plan at 31 March 2017"), 5.4, 2.4,
                       x_cm=11.6, fill=TEAL, line=None, name="Stat 3")]
b.raw(P(anchor_runs, after=120))
b.p("At 31 March 2017 there were 231 children on a child protection plan (a rate of 47.8 per 10,000, compared "
    "with 43.1 per 10,000 for England) and 372 children looked after by the council. Neglect was the main "
    "category of abuse for 54 per cent of child protection plans, emotional abuse for 31 per cent, physical abuse "
    "for 11 per cent and sexual abuse for 4 per cent.")
b.table([["Indicator", "2015-16", "2016-17", "Direction"],
         ["Contacts to the MASH", "33,120", "35,570", "Up 7%"],
         ["Referrals to children's social care", "3,208", "3,041", "Down 5%"],
         ["Re-referrals within 12 months", "24%", "21%", "Improving"],
         ["Children on a child protection plan (31 March)", "214", "231", "Up 8%"],
         ["Plans lasting two years or more", "4%", "3%", "Improving"],
         ["Children looked after (31 March)", "359", "372", "Up 4%"],
         ["Early help assessments started", "1,187", "1,402", "Up 18%"]],
        [7.6, 3.0, 3.0, 3.4])
b.p("Demand on the front door continues to grow, but a smaller share of contacts now become referrals, which "
    "the Board's quality assurance work attributes to better early help conversations in the MASH. The rise in "
    "the number of child protection plans is driven by larger sibling groups rather than by more families.")

# ============================ GOVERNANCE ==================================
b.h("How the Board works", 1, page_break=True)
b.p("The Board is chaired independently and meets six times a year. An Executive Group of the statutory "
    "partners (the council, NHS Linthorpe Moss Clinical Commissioning Group and Northvale Police) sets the "
    "budget and holds the business unit to account between meetings. The Board's work is carried out by six "
    "sub-groups, each chaired by a senior manager from a partner agency:")
b.bullets([("Serious Case Review Panel", " \u2013 chaired by the Designated Nurse for Safeguarding Children;"),
           ("Quality Assurance and Performance Sub-group", " \u2013 chaired by the Head of Safeguarding, Northvale Police;"),
           ("Learning and Development Sub-group", " \u2013 chaired by the Principal Social Worker;"),
           ("Child Sexual Exploitation and Missing Sub-group", " \u2013 chaired by the Detective Superintendent for public protection;"),
           ("Policy and Procedures Sub-group", " \u2013 chaired by the Head of Early Help;"),
           ("Child Death Overview Panel", " \u2013 chaired by the Consultant in Public Health.")])
b.h("Membership and attendance", 2)
b.p("Twenty-three agencies are members of the Board. Overall attendance rose from 76 per cent in 2015-16 to "
    "84 per cent. Two lay members joined in October 2016, one a retired head teacher and one a parent from "
    "Heyside, and they have already challenged the Board to write more plainly.")
b.table([["Agency", "Meetings attended (of 6)", "Attendance"],
         ["Linthorpe Moss Borough Council \u2013 Children's Services", "6", "100%"],
         ["NHS Linthorpe Moss CCG", "6", "100%"],
         ["Northvale Police", "5", "83%"],
         ["Linthorpe Moss Hospitals NHS Foundation Trust", "5", "83%"],
         ["Mosslands Community Health NHS Trust", "6", "100%"],
         ["National Probation Service", "3", "50%"],
         ["Northvale Community Rehabilitation Company", "2", "33%"],
         ["Cafcass", "3", "50%"],
         ["Head teacher representatives (primary and secondary)", "5", "83%"],
         ["Moss Valley Homes", "4", "67%"],
         ["Voluntary sector representative (Linthorpe Moss CVS)", "6", "100%"]],
        [9.6, 4.0, 3.4], style="Light Grid Accent 1")

b.h("Budget", 2, page_break=True)
# floating budget table on the right, text flows around it on the left
budget = TABLE([[CELL(P([R("Income 2016-17", b=True, color="FFFFFF", sz=9)], after=0), 4.2, fill=NAVY),
                 CELL(P([R("\u00a3", b=True, color="FFFFFF", sz=9)], jc="right", after=0), 2.2, fill=NAVY)],
                [CELL(P([R("Borough Council", sz=9)], after=0), 4.2), CELL(P([R("118,400", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("NHS Linthorpe Moss CCG", sz=9)], after=0), 4.2), CELL(P([R("61,900", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("Northvale Police", sz=9)], after=0), 4.2), CELL(P([R("24,500", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("Probation, CRC, Cafcass", sz=9)], after=0), 4.2), CELL(P([R("4,150", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("Training income", sz=9)], after=0), 4.2), CELL(P([R("9,870", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("Carried forward", sz=9)], after=0), 4.2), CELL(P([R("12,300", sz=9)], jc="right", after=0), 2.2)],
                [CELL(P([R("Total", b=True, sz=9)], after=0), 4.2, fill=SAND), CELL(P([R("231,120", b=True, sz=9)], jc="right", after=0), 2.2, fill=SAND)]],
               [4.2, 2.2], floating=TBLPPR(x_spec="right", y_cm=0.1))
b.raw(budget)
b.p("The Board's budget for 2016-17 was \u00a3231,120, of which 51 per cent came from the council, 27 per cent "
    "from the CCG and 11 per cent from the police. Contributions from the National Probation Service, the "
    "Community Rehabilitation Company and Cafcass are set nationally and have not changed since 2013.")
b.p("Spending was \u00a3224,600. Staffing of the business unit (a business manager, a training and development "
    "officer, a quality assurance officer and an administrator) accounted for \u00a3151,200. The Independent "
    "Chair cost \u00a324,000. Serious case reviews cost \u00a331,800, most of it for the Child T review and for the "
    "first stage of the Baby N review. The rest paid for training venues, the website and the annual conference.")
b.p("The underspend of \u00a36,520 will be carried into 2017-18 to help meet the cost of the two serious case "
    "reviews now under way. The Executive Group has agreed to review partner contributions before the 2018-19 "
    "budget is set, because the cost of reviews can no longer be absorbed within the existing budget.")
b.p("The Board's business unit is hosted by the council at Carrbrook House, alongside the MASH. Hosting "
    "arrangements were reviewed in January 2017 and continue unchanged.")

# ============================ TWO-COLUMN SECTION ===========================
b.h("Learning, child deaths and allegations", 1, page_break=True)
b.section_break()  # end single-column section; what follows is set in two columns
b.h("Training", 2)
b.p("The Learning and Development Sub-group ran 96 multi-agency courses during the year, with 2,134 places taken "
    "up (1,806 in 2015-16). The most popular were Working Together (412 places), neglect and the Graded Care "
    "Profile (298), and domestic abuse and its impact on children (271). E-learning modules were completed 3,870 "
    "times.")
b.p("Evaluation forms are returned for 88 per cent of courses. Three months after a course, a sample of "
    "participants and their managers are asked what has changed in their practice; of the 140 who replied, 81 "
    "per cent could describe a specific change, most often earlier contact with other agencies.")
b.h("Child Death Overview Panel", 2)
b.p("The Child Death Overview Panel (CDOP) reviewed 19 deaths of children normally resident in Linthorpe Moss "
    "during the year, and was notified of 17 new deaths. Eleven of the children reviewed were under one year "
    "old, and most of those deaths followed extreme prematurity or congenital anomalies.")
b.p("The panel found modifiable factors in four deaths. In two, an infant died while sharing a sofa or bed with "
    "an adult who had drunk alcohol. CDOP recommended that the safe sleep message be repeated by midwives at "
    "discharge and by health visitors at the new birth visit, and that the Board run a winter safe sleep "
    "campaign; the campaign ran in December 2016. CDOP also recommended that the council's road safety team "
    "review the crossing on Heyside Road after the death of a 12-year-old pedestrian.")
b.h("Local Authority Designated Officer", 2)
b.p("The Local Authority Designated Officer (LADO) received 241 contacts about adults who work with children, of "
    "which 118 met the threshold for a LADO referral (101 in 2015-16). Education staff were the subject of 46 per "
    "cent of referrals, foster carers of 14 per cent and sports coaches of 9 per cent. Eighty-two per cent of "
    "allegations were resolved within three months.")
b.p("The increase reflects work by the LADO with the borough's sports clubs and faith settings, which had made "
    "very few referrals in the past.")
b.h("Private fostering", 2)
b.p("Eleven private fostering arrangements were notified, up from seven. Nine were visited within seven days. "
    "Most involved young people from overseas attending language schools or independent schools.")
b.h("Child sexual exploitation and missing children", 2)
b.p("The CSE and Missing Sub-group oversees the multi-agency response to children at risk of sexual exploitation. "
    "At year end, 38 children were being supported through the exploitation pathway, 27 girls and 11 boys. There "
    "were 612 missing episodes involving 203 children; return home interviews were completed for 74 per cent of "
    "episodes. Operation Kestrel, a police-led investigation, led to charges against four adults in February 2017.")
b.p("Young people from Linthorpe Moss Youth Council helped write the 'Say Something' campaign, which reached "
    "all secondary schools in the autumn term.")
b.section_break(cols=2)  # end of the two-column section

# ============================ OFSTED (distractor) ==========================
b.h("What inspectors told us", 1, page_break=True)
b.p("Ofsted inspected services for children in need of help and protection, children looked after and care "
    "leavers in Linthorpe Moss in June 2016, and at the same time reviewed the effectiveness of the Board. "
    "Children's services were judged to require improvement. The review of the Board also found that it required "
    "improvement to be good. Inspectors made five recommendations for the Board:")
b.bullets(["The LSCB should ensure that its monitoring of early help includes the quality of early help "
           "assessments, not only their number.",
           "The LSCB should strengthen its scrutiny of the effectiveness of the response to children who go "
           "missing from home and care.",
           "The LSCB should make sure that its annual report gives a rigorous assessment of the performance and "
           "effectiveness of local services.",
           "The LSCB should evaluate the impact of its multi-agency training on practice.",
           "The LSCB should ensure that learning from audits is shared with frontline staff."], style="List Number")
b.p("An action plan in response to the Ofsted review is monitored by the Executive Group. Four of the five "
    "actions were complete at 31 March 2017; evaluation of training impact is described in the section on "
    "training above.")
b.h("Peer challenge", 2)
b.p("In February 2017 the Board took part in a peer challenge with two neighbouring boards. The peers found "
    "that partners were committed and that the MASH was a strength, but suggested that the Board should spend "
    "less time receiving reports and more time testing what had changed for children. The Board has changed "
    "the format of its meetings as a result, with each meeting now opening with a case study.")
b.h("Section 11 audit", 2)
b.p("All 17 agencies with a duty under section 11 of the Children Act 2004 completed the Board's self-assessment "
    "in autumn 2016, followed by challenge sessions in January 2017. The audit produced the following actions, "
    "which are tracked by the Quality Assurance and Performance Sub-group and are not part of any case review:")
b.table([["Agency", "Section 11 action", "Due"],
         ["Northvale Community Rehabilitation Company", "Make safeguarding supervision available to all "
          "responsible officers", "September 2017"],
         ["Linthorpe Moss Leisure Trust", "Introduce a safer recruitment checklist for casual staff", "June 2017"],
         ["Moss Valley Homes", "Train all neighbourhood officers in recognising neglect", "December 2017"],
         ["Linthorpe Moss Hospitals NHS Foundation Trust", "Increase compliance with level 3 training in the "
          "emergency department to 90%", "March 2018"]],
        [5.6, 8.4, 3.0], style="Light Grid Accent 1")

# ============================ SERIOUS CASE REVIEWS =========================
b.h("Serious case reviews", 1, page_break=True)
# framed sidebar: how the Board monitors SCR action plans
side = FRAME(6.2, align="right")
sb_border = BDR(NAVY, 8, ("top", "left", "bottom", "right"), 6)
b.raw(P([R("How we check progress", b=True, color=NAVY, sz=11)], frame=side, shd=SAND, border=sb_border, after=0))
MECH = ("The Serious Case Review Panel tracks every SCR action plan at its meetings every two months. A lead "
        "agency must send evidence of impact before an action is rated green, and the Panel reports its RAG "
        "ratings to each meeting of the Board.")
b.raw(P([R(MECH, sz=9.5)], frame=side, shd=SAND, border=sb_border, after=0))
b.raw(P([R("Colour key used in this section: Green \u2013 complete and evidenced; Amber \u2013 under way and on "
           "track; Red \u2013 not started.", sz=9, i=True)], frame=side, shd=SAND, border=sb_border, after=0))
b.p("The Serious Case Review Panel considered five cases against the criteria for a serious case review in "
    "2016-17. The Independent Chair agreed that two met the criteria. One of these, Baby N, is under way; the "
    "other, Sibling group R, was started in February 2017. One review, Child T, was published in November 2016, "
    "and the Panel continued to track the last actions from the Family H review, which was published in January "
    "2016. The other three cases were reviewed in other ways, described in the next section.")
b.p("Reviews are commissioned from independent authors and use a systems approach, so that each review asks why "
    "things happened as they did, not only what happened. Family members are invited to contribute to every review.")
b.h("Child T", 2)
b.p("Child T was 14 months old when he was admitted to hospital in March 2015 with a head injury and fractures "
    "of different ages. His mother's partner was later convicted of causing grievous bodily harm. The review found "
    "that several professionals had seen Child T in the months before, including his GP, health visitor and an "
    "emergency department, but none knew that a new adult was living in the home, and a bruise seen on his ear at "
    "five months was not referred for a paediatric opinion. The review was published on the Board's website in "
    "November 2016 with a seven-minute briefing for staff.")
b.p("The review made five recommendations. Each is shown below with its lead and the progress reported to the "
    "Serious Case Review Panel in March 2017.")
b.raw(P([R("Draft note for the comms team: recommendation 6, that the Board should write to the Department for "
           "Education about the funding of reviews, was withdrawn by the author before publication. Please "
           "delete before print.", vanish=True, color="C00000")]))

REC_CARDS = [
    dict(n="1", lead="NHS Linthorpe Moss CCG and Mosslands Community Health NHS Trust",
         text="The CCG and Mosslands Community Health NHS Trust should ensure that any bruise seen on a baby who "
              "is not yet mobile is referred for a paediatric assessment on the same day, in line with the "
              "Board's bruising protocol.",
         action="The protocol for bruising in babies who are not yet mobile was re-launched in January 2017, with "
                "a flow chart for every GP surgery and health visiting base. An audit of 30 referrals in March "
                "2017 found that 27 babies were seen by a paediatrician on the same day.",
         rag="Green", due="Target date: January 2017",
         bodies=[("NHS Linthorpe Moss CCG", "health"), ("Mosslands Community Health NHS Trust", "health")],
         status="completed", due_iso="2017-01"),
    dict(n="2", lead="Linthorpe Moss Children's Social Care",
         text="Children's Social Care should make sure that every assessment identifies, and where possible sees, "
              "all adults living in or regularly visiting the household, including new partners.",
         action="A 'Who is in the house?' prompt has been added to the single assessment form and practice "
                "guidance has been revised. Team managers now check the household section before they sign off "
                "an assessment.",
         rag="Amber", due="Target date: September 2017 (first compliance audit due June 2017)",
         bodies=[("Linthorpe Moss Children's Social Care", "childrens_social_care")],
         status="in_progress", due_iso="2017-09"),
    dict(n="3", lead="Northvale Police",
         text="Northvale Police should notify the health visitor and GP of any domestic abuse incident at an "
              "address where a child under two lives, within one working day.",
         action="Notifications now go through the MASH health desk, which forwards them to the named health "
                "visitor and GP. In the last quarter of the year 81 per cent were sent within one working day, "
                "against a target of 95 per cent.",
         rag="Amber", due="Target date: June 2017",
         bodies=[("Northvale Police", "police")], status="in_progress", due_iso="2017-06"),
    dict(n="4", lead="To be confirmed",
         text="A single approach to recording and sharing information about fathers and male carers should be "
              "agreed, so that a man's history is known to every practitioner who works with the family.",
         action=None, progress_text="No lead agency has yet been agreed and work has not begun. The Board will "
                                    "decide at its June 2017 meeting who takes this forward.",
         rag="Red", due="Target date: not set",
         bodies=[], status="not_started", due_iso=None),
    dict(n="5", lead="LSCB Learning and Development Sub-group",
         text="The LSCB should make sure that the learning from this review reaches frontline staff in all "
              "agencies, including GP practices and the emergency department at Linthorpe Moss Hospitals.",
         action="A seven-minute briefing on Child T was issued in December 2016 and four learning events in "
                "February and March 2017 reached 386 practitioners. GP safeguarding leads received the briefing "
                "at their quarterly forum.",
         rag="Green", due="Target date: March 2017",
         bodies=[("LSCB Learning and Development Sub-group", "lscb")], status="completed", due_iso="2017-03"),
]
RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED}


def rec_card(c):
    prog = c["action"] or c["progress_text"]
    inner = (P([R("Recommendation " + c["n"], b=True, sz=11, color=NAVY, caps=True),
                R("   Child T serious case review", sz=8.5, color="7F7F7F")], after=40)
             + P([R("Lead: " + c["lead"], b=True, sz=8.5, color="FFFFFF")], shd=TEAL, after=80)
             + P([R(c["text"], sz=10)], after=80)
             + P([R("Progress to March 2017", b=True, sz=8.5, color=TEAL)], after=20)
             + SDT(P([R(prog, sz=9.5)], after=60), "Progress update", "childT-rec%s-progress" % c["n"])
             + P([R("  " + c["rag"] + "  ", b=True, sz=8.5, color="FFFFFF", shd=RAG_FILL[c["rag"]]),
                  R("   " + c["due"], sz=8.5, color="595959")], after=0))
    h = est_h([c["text"], prog, c["lead"], "x", "x", c["due"]], chars=100, extra=0.7)
    fill = "FFFFFF" if c["rag"] != "Red" else "FBEDEC"
    return P([TEXTBOX(inner, 17.0, h, fill=fill, line=NAVY, name="Child T recommendation " + c["n"])], after=60)


for c in REC_CARDS:
    b.raw(rec_card(c))

b.h("Family H, Baby N and Sibling group R", 2)
b.p("The Family H review concerned four brothers and sisters who lived with severe neglect for several years "
    "and was published in January 2016. Its eight recommendations were reported in last year's annual report. "
    "Six were signed off by the Panel during 2015-16. The two actions still open at the start of the year are "
    "shown in the box below.")
FH = [
    dict(action="Moss Valley Homes and the other housing providers in the borough now attend the MASH daily "
                "meeting when a family with children is facing eviction.",
         tail=" Lead: Moss Valley Homes. Signed off by the Panel in November 2016.",
         bodies=[("Moss Valley Homes", "housing")], status="completed"),
    dict(action="The Early Help service has trained 64 family support workers to use the Graded Care Profile 2 "
                "and began using it with families in March 2017.",
         tail=" Lead: Early Help service. Rated amber until an audit of its use is complete.",
         bodies=[("Early Help service", "childrens_social_care")], status="in_progress"),
]
fh_inner = (P([R("Family H: actions still open in 2016-17", b=True, sz=11, color="FFFFFF")], shd=NAVY, after=80)
            + "".join(P([R("\u25aa  ", color=TEAL, b=True), R(f["action"], sz=9.5), R(f["tail"], sz=9.5, i=True, color="595959")],
                        after=80, ind='<w:ind w:left="284" w:hanging="284"/>') for f in FH))
b.raw(P([TEXTBOX(fh_inner, 17.0, est_h([f["action"] + f["tail"] for f in FH] + ["x"], chars=100, extra=0.6),
                 fill=SAND, line=NAVY, name="Family H actions")], after=120))
b.p("Baby N was seven weeks old when she died in August 2016 after being found unresponsive at home. The Panel "
    "recommended a serious case review in September 2016 and the Independent Chair agreed. The review is being "
    "led by an independent author with a panel of senior managers from six agencies. Criminal proceedings are "
    "continuing, and the review will not be published until they have ended. Interim learning about the sharing "
    "of information between maternity and health visiting services has already been passed to both trusts.")
b.p("Sibling group R are three children aged between four and eleven who were found living in very poor "
    "conditions in December 2016. In February 2017 the Independent Chair agreed that the case met the criteria "
    "for a serious case review, and an author was appointed in March 2017. The review will report in 2017-18.")

# ============================ OTHER REVIEWS (distractors) ==================
b.h("Other reviews and audits", 1)
b.p("Not every case that raises concern meets the criteria for a serious case review. The Panel commissioned "
    "a learning review for one case, and the Board contributed to one domestic homicide review.")
b.h("Learning review: Young Person S", 2)
b.p("Young Person S, aged 15, was admitted to hospital after taking an overdose in May 2016. The case did not "
    "meet the criteria for a serious case review, but the Panel commissioned a multi-agency learning review, "
    "completed in October 2016. Its two recommendations are tracked by the Quality Assurance and Performance "
    "Sub-group:")
lr_inner = (P([R("Learning review \u2013 not a serious case review", b=True, sz=8.5, color="FFFFFF")], shd="7F7F7F", after=80)
            + P([R("LR1  ", b=True, color=NAVY), R("Schools should tell the school nursing service when a pupil "
                                                   "discloses self-harm, with the pupil's knowledge.", sz=9.5)], after=60)
            + P([R("LR2  ", b=True, color=NAVY), R("CAMHS should offer a follow-up appointment within seven days "
                                                   "to every young person seen in the emergency department after "
                                                   "self-harm.", sz=9.5)], after=60)
            + P([R("Both are under way; a joint protocol between schools, school nursing and CAMHS is expected in "
                   "the autumn.", sz=9, i=True, color="595959")], after=0))
b.raw(P([TEXTBOX(lr_inner, 17.0, 3.4, fill="F2F2F2", line="7F7F7F", name="Learning review box")], after=120))
b.h("Domestic homicide review: Adult M", 2)
b.p("The Linthorpe Moss Community Safety Partnership published a domestic homicide review in March 2017 after "
    "the death of a woman, Adult M, who had two teenage children. The Board was a member of the review panel. "
    "The actions from the review belong to the Community Safety Partnership; those most relevant to children are:")
b.bullets(["GPs should ask about domestic abuse when a parent presents with anxiety or depression.",
           "MARAC should record the names and ages of all children in the household of every high-risk victim.",
           "The police should review how repeat calls from the same address are flagged to supervisors."])
b.h("Multi-agency audits", 2)
b.p("The Quality Assurance and Performance Sub-group completed four multi-agency case audits in the year, "
    "looking at 48 cases in total: neglect, children who go missing, strategy discussions, and early help "
    "step-down. The neglect audit found good use of chronologies but too little challenge when families did not "
    "engage. Findings are reported to the Board and turned into learning briefs.")
b.p("The Board also carried out its first survey of frontline staff, with 412 responses. Seventy-eight per cent "
    "said they knew how to escalate a disagreement with another agency, but only 49 per cent had done so when "
    "they thought they should.")

# ============================ PRIORITIES (distractor) =====================
b.h("Priorities for 2017-18", 1)
b.p("The Board's business plan for 2017-18 has four priorities, agreed with partners at the development day "
    "in March 2017:")
for k_, pr_ in enumerate(["Tackle neglect earlier, using the Graded Care Profile 2 across all agencies.",
                           "Improve the response to children at risk of exploitation, including criminal exploitation.",
                           "Hear the voice of children and young people in everything the Board does.",
                           "Prepare for the new multi-agency safeguarding arrangements expected from the Children "
                           "and Social Work Bill."], 1):
    b.raw(P([R("Priority %d  " % k_, b=True, color=TEAL), R(pr_)], ind='<w:ind w:left="1134" w:hanging="1134"/>', after=80))
b.p("Progress against these priorities will be reported in next year's annual report.")
b.h("Contact the Board", 2)
b.p("Linthorpe Moss Local Safeguarding Children Board, Carrbrook House, 14 Mill Lane, Linthorpe Moss. "
    "Business manager: Dev Sandhu. If you are worried about a child, call the MASH on 0161 555 0199 (out of "
    "hours: 0161 555 0100). In an emergency, always call 999.")

b.header_footer(BOARD + "  \u00b7  Annual Report 2016-17", "Linthorpe Moss LSCB Annual Report 2016-17")

# ============================ SAVE + GOLD ==================================
out = os.path.join(HERE, NAME + ".docx")
b.save(out)

def ev(s, n=20):
    w = s.split()
    return " ".join(w[:n])


recs = []
k = 0
for c in REC_CARDS:
    k += 1
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": "Child T", "number": c["n"], "text": c["text"],
                 "action": c["action"], "bodies": [{"name": n_, "sector": s_} for n_, s_ in c["bodies"]],
                 "status": c["status"], "due": c["due_iso"], "page": None,
                 "evidence": ev(c["text"]), "confidence": 1.0})
for f in FH:
    k += 1
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": "Family H", "number": None, "text": None,
                 "action": f["action"], "bodies": [{"name": n_, "sector": s_} for n_, s_ in f["bodies"]],
                 "status": f["status"], "due": None, "page": None, "evidence": ev(f["action"]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": BOARD, "period": "2016-17",
        "scrs": [{"name": "Child T", "stage": "published", "page": None},
                 {"name": "Family H", "stage": "published", "page": None},
                 {"name": "Baby N", "stage": "ongoing", "page": None},
                 {"name": "Sibling group R", "stage": "initiated", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict}}
with open(os.path.join(HERE, NAME + ".gold.json"), "w") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
print("wrote", out, "entries", n, "actions", acts, "bodies", bods, verdict)
