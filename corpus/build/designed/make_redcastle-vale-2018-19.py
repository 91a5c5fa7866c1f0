#!/usr/bin/env python3
"""Builds redcastle-vale-2018-19.docx and its gold JSON."""
from wordml import *  # noqa: F401,F403  (the kit shared by the designed Word reports)
from wordml import _sdt_ids  # noqa: F401

# ---------------------------------------------------------------------------
# Redcastle Vale Local Safeguarding Children Board - Annual Report 2018-19
# SCR recommendations sit in a floating table (Young Person D) and in content
# controls with nested progress / status / date controls (Family W).
# ---------------------------------------------------------------------------
import json
import os

NAME = "redcastle-vale-2018-19"
HERE = os.environ.get("DESIGNED_OUT") or os.path.dirname(os.path.abspath(__file__))
BOARD = "Redcastle Vale Local Safeguarding Children Board"
PLUM, ROSE, MINT, GREY = "5B2A6E", "B0457B", "E8F1EC", "595959"
LILAC = "F1EAF4"

b = Builder(font="Arial", size=10, color="222222")
doc = b.doc
for lvl, sz, col in ((1, 17, PLUM), (2, 12.5, ROSE), (3, 10.5, PLUM)):
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(col)
    st.font.name = "Arial"
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for k in list(rf.attrib):
            if k.endswith("Theme") or k.endswith("theme"):
                del rf.attrib[k]
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), "Arial")


def cover_sdt(inner):
    sid = next(_sdt_ids)
    return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:docPartObj><w:docPartGallery w:val="Cover Pages"/>'
            '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (sid, inner))


# ============================ COVER (Cover Pages building block) ===========
cover = (P([R("Redcastle Vale", b=True, sz=38, color="FFFFFF")], shd=PLUM, before=0, after=0,
           ind='<w:ind w:left="113" w:right="113"/>')
         + P([R("Local Safeguarding Children Board", sz=20, color="FFFFFF")], shd=PLUM, after=0,
             ind='<w:ind w:left="113" w:right="113"/>')
         + P([R(" ", sz=12)], shd=PLUM, after=0)
         + P([R("Annual Report 2018/19", b=True, sz=26, color=PLUM)], before=600, after=120)
         + P([R("The Board's final annual report before the Redcastle Vale Safeguarding Children Partnership "
                "takes over on 29 September 2019", sz=13, color=ROSE, i=True)], after=1200)
         + P([R("Published: ", sz=10, color=GREY),
              SDT(R("30 September 2019", sz=10, color=GREY), "Publication date", "pubdate", block=False,
                  extra_pr=DATEPICK("2019-09-30"))], after=60)
         + P([R("Reporting period: 1 April 2018 to 31 March 2019", sz=10, color=GREY)], after=60)
         + P([R("Independent Chair: Dr Helen Marchetti", sz=10, color=GREY)], after=60))
b.raw(cover_sdt(cover))

box = (P([R("Safe children, strong families, one Vale.", b=True, sz=14, color=PLUM)], jc="center", after=60)
       + P([R("This report is also available in large print and in Polish, Urdu and Romanian on request.",
              sz=9, color=GREY)], jc="center", after=0))
b.raw(P([TEXTBOX(box, 17.0, 1.9, y_cm=2.0, fill=LILAC, line=ROSE, name="Cover strap")], after=0))

# ============================ CONTENTS =====================================
b.raw(P([R("Contents", b=True, sz=17, color=PLUM)], page_break_before=True, after=200))
b.toc([(1, "A joint foreword", 3), (1, "Redcastle Vale: the picture in 2018/19", 4),
       (1, "The front door, early help and what children told us", 5),
       (1, "Governance and the move to new arrangements", 6), (2, "Board membership", 6),
       (2, "Budget", 6), (1, "Sub-group reports", 7), (2, "Learning and development", 7),
       (2, "Child Death Overview Panel", 7), (2, "Allegations against staff (LADO)", 7),
       (2, "Private fostering", 7), (2, "Exploitation and missing children", 7),
       (1, "Inspection and challenge", 8), (1, "Serious case reviews", 9), (2, "Young Person D", 9),
       (2, "Family W", 10), (2, "Child E", 10), (1, "Rapid reviews and other learning", 11),
       (1, "Looking ahead", 11)], wrap_sdt=True)

# ============================ FOREWORD =====================================
b.h("A joint foreword", 1, page_break=True)
quote = FRAME(5.8, align="right")
b.raw(P([R("\u201cWhen the police took me home they actually asked me why I kept running. Nobody had asked "
           "me that before.\u201d", i=True, sz=11.5, color=PLUM)], frame=quote, shd=LILAC, after=0,
        border=BDR(ROSE, 18, ("left",), 8)))
b.raw(P([R("\u2013 young person, Redcastle Vale Youth Voice survey 2018", sz=8.5, color=GREY)], frame=quote,
        shd=LILAC, after=0, border=BDR(ROSE, 18, ("left",), 8)))
b.p("This is the last annual report of the Redcastle Vale Local Safeguarding Children Board. From 29 September "
    "2019 the Board will be replaced by the Redcastle Vale Safeguarding Children Partnership, led jointly by "
    "the council, NHS Redcastle Vale Clinical Commissioning Group and Redcastle Constabulary, as the Children and "
    "Social Work Act 2017 requires. We have written this foreword together because the three of us will carry "
    "responsibility for what happens next.")
b.p("The year was dominated by the exploitation of children. The serious case review about Young Person D, "
    "published in May 2018, described how a 16-year-old was drawn into selling drugs in towns far from home and "
    "was seriously injured. The joint targeted area inspection in October 2018 looked at the same issue and found "
    "that we had learned a great deal, but that children were still being seen as offenders first and victims "
    "second too often. We agree.")
b.p("We also published the review about Family W, a family whose children lived with neglect for many years "
    "while professionals focused on the needs of their parents. It is an uncomfortable read, and it should be.")
b.p("Safeguarding children is everybody's business, but it only works when the people in our organisations "
    "have time to think, to talk to each other and to challenge each other. We thank them for the work "
    "described in this report.")
b.raw(P([R("Dr Helen Marchetti", b=True), R(", Independent Chair   \u00b7   "), R("Siobhan Kerr", b=True),
         R(", Director of Children's Services   \u00b7   "), R("Paul Adeyemi", b=True),
         R(", Chief Nurse, NHS Redcastle Vale CCG   \u00b7   "), R("Detective Chief Superintendent Ruth Lowe", b=True),
         R(", Redcastle Constabulary")], before=120, after=120, border=BDR(PLUM, 4, ("top",), 4)))

# ============================ PROFILE =====================================
b.h("Redcastle Vale: the picture in 2018/19", 1, page_break=True)


def tile(num, label, fill):
    inner = (P([R(num, b=True, sz=20, color="FFFFFF")], after=0)
             + P([R(label, sz=8.5, color="FFFFFF")], after=0))
    return inner, fill


b.p("Redcastle Vale is a unitary authority of 276,000 people. The port town of Redcastle holds just over half "
    "the population; the rest live in market towns and villages along the Vale. About 61,240 residents are "
    "under 18. Child poverty is concentrated in the Harbourside and Eastgate wards of Redcastle, where more than "
    "a third of children live in low-income households, but there are pockets of hidden rural poverty too.")
tiles = [tile("61,240", "children aged 0-17", PLUM), tile("1 in 5", "children living in poverty", ROSE),
         tile("318", "children on a child protection plan", PLUM), tile("447", "children in care", ROSE)]
b.raw(P([TEXTBOX(t[0], 4.0, 2.2, x_cm=i * 4.33, fill=t[1], line=None, name="Tile %d" % (i + 1))
         for i, t in enumerate(tiles)], after=120))
b.p("The population is becoming more diverse. Eleven per cent of pupils speak English as an additional "
    "language, up from six per cent five years ago, with Polish, Romanian and Urdu the most common first "
    "languages after English. The number of unaccompanied asylum-seeking children arriving through the port "
    "rose to 41 in the year.")
b.table([["Measure", "2017/18", "2018/19", "England 2018/19"],
         ["Referrals to children's social care (rate per 10,000)", "561", "538", "544"],
         ["Re-referrals within 12 months", "23%", "20%", "22%"],
         ["Child protection plans (rate per 10,000)", "47", "52", "44"],
         ["Second or subsequent plans", "21%", "18%", "21%"],
         ["Children in care (rate per 10,000)", "70", "73", "65"],
         ["Missing episodes reported to police", "1,486", "1,612", "\u2013"],
         ["Children open to the exploitation pathway (31 March)", "44", "67", "\u2013"]],
        [8.2, 2.6, 2.6, 3.4], style="Medium Shading 1 Accent 4")
dyk = FRAME(5.6, align="right")
dyk_b = BDR(ROSE, 6, ("top", "left", "bottom", "right"), 6)
b.raw(P([R("Did you know?", b=True, color=ROSE)], frame=dyk, shd="FFFFFF", border=dyk_b, after=40))
b.raw(P([R("Redcastle Vale covers 412 square miles, from the port of Redcastle to the hill farms of the upper "
           "Vale. A child in Tolhurst lives 38 miles from the nearest children's A&E.", sz=9)],
        frame=dyk, border=dyk_b, after=40))
b.raw(P([R("Ninety schools, 14 of them secondary, and two pupil referral units serve the area.", sz=9)],
        frame=dyk, border=dyk_b, after=0))
b.p("The rate of child protection plans rose during the year. A multi-agency audit in January 2019 found that "
    "thresholds were being applied correctly and that the rise reflected the number of larger families who "
    "came to the attention of services through the neglect strategy.")

# ============================ FRONT DOOR + VOICE ============================
b.h("The front door, early help and what children told us", 1, page_break=True)
b.p("The Children's Advice and Support Hub (CASH) is the single front door for concerns about children in "
    "Redcastle Vale. It received 14,906 contacts in 2018/19, 9 per cent more than the year before. Police "
    "notifications of domestic abuse made up 38 per cent of contacts, and schools 19 per cent. A social worker "
    "made a decision on 96 per cent of contacts within one working day.")
fd = (P([R("Front door in numbers", b=True, sz=10, color=PLUM)], after=60)
      + P([R("14,906", b=True, sz=16, color=ROSE)], after=0) + P([R("contacts to the CASH", sz=8.5)], after=80)
      + P([R("96%", b=True, sz=16, color=ROSE)], after=0) + P([R("decided within one working day", sz=8.5)], after=80)
      + P([R("2,311", b=True, sz=16, color=ROSE)], after=0) + P([R("early help assessments started", sz=8.5)], after=0))
b.raw(P([TEXTBOX(fd, 5.2, 5.6, x_cm=11.8, fill=LILAC, line=None, wrap="square", name="Front door call-out"),
         R("Early help in Redcastle Vale is provided by the council's family support teams, by schools, by health "
           "visitors and by a network of voluntary organisations led by Vale Together. During the year 2,311 early "
           "help assessments were started, compared with 1,954 in 2017/18. Schools led 41 per cent of them.")]))
b.p("The Board's audit of early help in December 2018 looked at 30 families. In 23, the family's situation had "
    "improved by the time the plan closed. The audit found that plans were better when a single lead "
    "professional co-ordinated the work, and weaker when several services each kept their own plan. It also "
    "found that fathers were named in only half of the assessments.")
b.p("Step-down from social care to early help has been a concern for some time. A new step-down meeting, held "
    "before a social worker closes a case, was introduced in September 2018; by March 2019 it was being used in "
    "82 per cent of eligible cases.")
b.h("What children and young people told us", 2)
b.p("The Board's Youth Voice survey was completed by 1,412 young people aged 11 to 18 in the autumn term. "
    "Eighty-one per cent said they felt safe at home and 72 per cent at school, but only 54 per cent felt safe "
    "in Redcastle town centre after dark. Young people most often named online bullying, knife crime and "
    "being pressured to carry or sell drugs as the things that worried them.")
b.p("Twelve young people from the Children in Care Council helped recruit the partnership's new Independent "
    "Scrutineer and wrote their own questions for the interview panel. They also reviewed the Board's leaflet "
    "on going missing and rewrote it in their own words.")
b.bullets(["“Tell us who will see what we say before we say it.”",
           "“Don't change my social worker without telling me why.”",
           "“Ask us about our friends, not just our families.”"])

# ============================ GOVERNANCE ===================================
b.h("Governance and the move to new arrangements", 1, page_break=True)
b.p("The Board met five times in the year, with an Executive Group of the statutory partners meeting every six "
    "weeks. The Independent Chair, Dr Helen Marchetti, has led the Board since 2015 and will become the "
    "Independent Scrutineer of the new partnership.")
b.p("The three safeguarding partners published their new arrangements in June 2019. Most of the Board's "
    "sub-groups will continue under the partnership, but the Board itself will be replaced by a smaller "
    "Safeguarding Partnership Executive, supported by a wider Safeguarding Assembly of schools, the voluntary "
    "sector and other relevant agencies that will meet twice a year.")
b.h("Board membership", 2)
b.table([["Member agency", "Attendance 2018/19"],
         ["Redcastle Vale Council (Children's Services, Education, Adult Social Care, Public Health)", "100%"],
         ["NHS Redcastle Vale CCG", "100%"],
         ["Redcastle Constabulary", "80%"],
         ["Redcastle General Hospital NHS Foundation Trust", "80%"],
         ["Vale Health and Care NHS Trust", "100%"],
         ["Redcastle Vale Youth Offending Service", "60%"],
         ["National Probation Service and Vale Community Rehabilitation Company", "40%"],
         ["Cafcass", "40%"],
         ["Schools (three head teacher representatives)", "80%"],
         ["Voluntary sector (Vale Together)", "100%"],
         ["Lay members (2)", "90%"]],
        [12.8, 4.2], style="Light List Accent 4")
b.p("Attendance by the probation services and Cafcass has been low for two years. The Chair has written to "
    "their regional leads, and both have agreed to take part in the Safeguarding Assembly.")
b.h("Budget", 2)
b.table([["Contributions", "\u00a3", "Expenditure", "\u00a3"],
         ["Redcastle Vale Council", "142,000", "Business unit staffing", "168,400"],
         ["NHS Redcastle Vale CCG", "71,000", "Independent Chair", "27,500"],
         ["Redcastle Constabulary", "35,500", "Case reviews", "48,900"],
         ["Probation services and Cafcass", "5,650", "Training and conference", "11,700"],
         ["Reserves used", "14,200", "Website and communications", "9,850"],
         ["Total", "268,350", "Total", "266,350"]],
        [4.8, 2.2, 6.8, 3.2], style="Light Grid Accent 4")
b.p("Case review costs rose from \u00a321,600 to \u00a348,900 because two serious case reviews were completed "
    "and a third commissioned. The safeguarding partners have agreed equal shares of the cost of reviews under "
    "the new arrangements.")

# ============================ TWO-COLUMN SUB-GROUP REPORTS =================
b.h("Sub-group reports", 1, page_break=True)
b.section_break()
b.h("Learning and development", 2)
b.p("The Learning and Development Sub-group delivered 71 multi-agency courses to 1,688 practitioners and "
    "volunteers. New courses on child criminal exploitation and on contextual safeguarding were fully booked "
    "within days of being advertised and will run again. Over 4,000 e-learning modules were completed.")
b.p("The sub-group's impact survey found that 77 per cent of practitioners who attended the neglect course "
    "had used the Graded Care Profile 2 in the following three months.")
b.h("Child Death Overview Panel", 2)
b.p("The Redcastle Vale and Northmarsh Child Death Overview Panel reviewed 24 child deaths, 13 of them of "
    "Redcastle Vale children. Modifiable factors were identified in five. The panel's main findings were:")
b.bullets(["unsafe sleeping arrangements remain the most common modifiable factor in sudden infant deaths;",
           "two teenage deaths by suicide showed the need for better information sharing between schools and "
           "CAMHS;",
           "smoking in pregnancy was a factor in three neonatal deaths."])
b.p("The panel will move to new child death review arrangements, led by the council and CCG, in September 2019.")
b.h("Allegations against staff (LADO)", 2)
b.p("The LADO handled 304 enquiries, of which 152 became referrals. Referrals about staff in residential "
    "children's homes rose from 9 to 21, reflecting the opening of four new private homes in the Vale. Most "
    "referrals (61 per cent) were resolved within one month.")
b.h("Private fostering", 2)
b.p("Eight private fostering arrangements were notified, all involving teenagers. Awareness sessions were held "
    "with the port health team and with two language schools.")
b.h("Exploitation and missing children", 2)
b.p("The Exploitation and Missing Sub-group oversees the Vale's response to sexual and criminal exploitation. "
    "The Multi-agency Child Exploitation (MACE) panel met monthly and considered 112 children. Sixty-seven were "
    "open to the exploitation pathway at year end, 29 of them for criminal exploitation linked to county lines.")
b.p("Return home interviews were offered after 84 per cent of missing episodes, compared with 61 per cent in "
    "2017/18. The Vale's first contextual safeguarding pilot, at Eastgate bus station, began in February 2019.")
b.section_break(cols=2)

# ============================ INSPECTION (distractors) =====================
b.h("Inspection and challenge", 1, page_break=True)
jtai = TABLE([[CELL(P([R("JTAI October 2018: areas for improvement", b=True, sz=9, color="FFFFFF")], after=0), 6.4, fill=PLUM)],
              [CELL(P([R("1. Partners should make sure that children who are criminally exploited are consistently "
                         "treated as victims.", sz=8.5)], after=0), 6.4)],
              [CELL(P([R("2. The police should improve the quality of information recorded when children are "
                         "found after being missing.", sz=8.5)], after=0), 6.4)],
              [CELL(P([R("3. Health partners should ensure that the emergency department routinely shares "
                         "concerns about exploitation with the MACE panel.", sz=8.5)], after=0), 6.4)],
              [CELL(P([R("4. The LSCB should strengthen its oversight of the quality of return home interviews.",
                         sz=8.5)], after=0), 6.4)]],
             [6.4], floating=TBLPPR(x_spec="right", y_cm=0.1), border="B0457B")
b.raw(jtai)
b.p("In October 2018 Ofsted, the Care Quality Commission, HMI Constabulary and Fire & Rescue Services and HMI "
    "Probation carried out a joint targeted area inspection (JTAI) of the multi-agency response to children at "
    "risk of criminal exploitation in Redcastle Vale. Inspectors found strong leadership and a shared commitment "
    "to tackling exploitation, and they praised the MACE panel. They also identified four areas for improvement, "
    "set out in the box beside this text.")
b.p("A written statement of action was sent to the inspectorates in January 2019. The Exploitation and Missing "
    "Sub-group monitors it, and three of the nineteen actions were complete by 31 March 2019. These actions are "
    "separate from the serious case review action plans described later, although some of the work overlaps.")
b.p("Ofsted inspected the council's children's services under the ILACS framework in January 2019 and judged "
    "them to be good overall, with the experiences and progress of children who need help and protection also "
    "judged good. Inspectors noted that the front door was timely and that managers understood their service "
    "well.")
b.h("Section 11 and peer review", 2)
b.p("Twenty-one agencies completed the section 11 self-assessment. The main shared weakness was supervision: "
    "five agencies could not show that staff with safeguarding responsibilities received regular safeguarding "
    "supervision. Each agency agreed an action, and the Quality Assurance Sub-group will test these in 2019/20.")
b.p("A peer review by the Local Government Association in November 2018 looked at early help. The peers "
    "recommended that the partnership develop a single early help strategy, that schools be given a clearer "
    "role as lead professionals, and that the Board stop counting early help assessments and start measuring "
    "what changed for families. These findings have been built into the early help strategy for 2019 to 2022.")
b.p("The Board's own multi-agency audits in the year looked at neglect, strategy discussions, children with "
    "disabilities and the quality of return home interviews. Each audit ended with a learning event for the "
    "practitioners whose cases were examined.")

# ============================ SERIOUS CASE REVIEWS ==========================
b.h("Serious case reviews", 1, page_break=True)
MECH = ("The Learning and Improvement Sub-group receives a RAG-rated update on every serious case review action "
        "plan each quarter, and any action that is overdue is escalated to the Executive Group.")
b.p("Two serious case reviews were published during the year: Young Person D in May 2018 and Family W in March "
    "2019. A third, Child E, was commissioned in March 2019 after a rapid review. " + MECH + " When the Board is "
    "replaced in September 2019, the Safeguarding Partnership Executive will inherit the open actions.")
b.h("Young Person D", 2)
b.p("Young Person D was 16 when he was stabbed in a town 90 miles from his home in November 2017. He survived. "
    "Over the previous eighteen months he had been reported missing 23 times, had been permanently excluded "
    "from school, and had been arrested twice for possessing class A drugs with intent to supply. The review "
    "found that agencies responded to each incident separately and that he was treated as an offender rather "
    "than as a child being exploited. Its four recommendations, and progress by March 2019, are set out in the "
    "table.")


def c(text, w, fill=None, bold=False, color=None, sz=8.5):
    return CELL(P([R(text, sz=sz, b=bold, color=color)], after=0), w, fill=fill)


YPD = [
    dict(n="1", text="Redcastle Vale Council should ensure that return home interviews are offered within 72 hours "
                     "of every missing episode and that what the child says is shared with the police and the "
                     "child's school.",
         lead="Redcastle Vale Council Children's Services",
         action="The return home interview service was brought in-house in July 2018. Interviews were offered "
                "within 72 hours after 86% of episodes in the last quarter, and summaries now go to the MASH to be "
                "shared with Redcastle Constabulary and schools.",
         st="Complete", status="completed",
         bodies=[("Redcastle Vale Council Children's Services", "childrens_social_care")]),
    dict(n="2", text="Schools and the local authority should agree a protocol so that no pupil known to be at risk "
                     "of exploitation is permanently excluded or placed on a reduced timetable without a "
                     "multi-agency meeting.",
         lead="Education Safeguarding Service and secondary head teachers",
         action="A protocol was signed by all 14 secondary schools and both pupil referral units in January 2019. "
                "The Inclusion Panel now reviews every proposed exclusion of a child on the exploitation pathway.",
         st="Complete", status="completed",
         bodies=[("Education Safeguarding Service", "education"), ("secondary head teachers", "education")]),
    dict(n="3", text="Redcastle Constabulary and Redcastle Vale Youth Offending Service should treat children found "
                     "with drugs away from home as possible victims of criminal exploitation and refer them through "
                     "the National Referral Mechanism.",
         lead="Redcastle Constabulary; Redcastle Vale Youth Offending Service",
         action="A joint exploitation screening tool is used in custody and at Youth Offending Service intake. "
                "National Referral Mechanism referrals for children rose from 3 in 2017/18 to 21 in 2018/19.",
         st="In progress", status="in_progress",
         bodies=[("Redcastle Constabulary", "police"), ("Redcastle Vale Youth Offending Service", "probation_youth_justice")]),
    dict(n="4", text="The Board should commission a multi-agency audit of the exploitation pathway within twelve "
                     "months of the review's publication.",
         lead="LSCB Quality Assurance Sub-group", action=None, shown="Not yet started.",
         st="Not started", status="not_started",
         bodies=[("LSCB Quality Assurance Sub-group", "lscb")]),
]
ST_FILL = {"Complete": "D5ECD9", "In progress": "FCEFC7", "Not started": "F6D3D3"}
W5 = [0.8, 5.4, 2.8, 5.6, 2.4]
rows = [[c("No.", W5[0], PLUM, True, "FFFFFF"), c("Recommendation", W5[1], PLUM, True, "FFFFFF"),
         c("Lead", W5[2], PLUM, True, "FFFFFF"), c("Action taken to March 2019", W5[3], PLUM, True, "FFFFFF"),
         c("Status", W5[4], PLUM, True, "FFFFFF")]]
for r_ in YPD:
    rows.append([c(r_["n"], W5[0], bold=True), c(r_["text"], W5[1]), c(r_["lead"], W5[2]),
                 c(r_["action"] or r_["shown"], W5[3]), c(r_["st"], W5[4], fill=ST_FILL[r_["st"]], bold=True)])
b.raw(TABLE(rows, W5, floating=TBLPPR(x_cm=0.0, y_cm=0.15, h_anchor="margin"), border="8E6A9B"))
b.raw(P([R("Table: Young Person D serious case review \u2013 recommendations and progress. Source: Learning and "
           "Improvement Sub-group tracker, March 2019.", sz=8, i=True, color=GREY)], before=80))
b.raw(P([R("Note to designer: the audit in recommendation 4 may now be combined with the JTAI action plan "
           "\u2013 check with Owen before publishing.", vanish=True, color="C00000")]))

# --------------------------- Family W: content controls ---------------------
b.h("Family W", 2, page_break=True)
b.p("Family W included five children, two of whom are disabled, and parents who both have learning "
    "disabilities. Over nine years the family was known to more than twenty services. The children lived in a "
    "house that was cold, damp and cluttered, and the youngest two were often hungry. The review, published in "
    "March 2019, found that adult services and children's services each worked hard with the family but rarely "
    "together, and that the parents' wish to be seen as coping was allowed to outweigh what the children were "
    "experiencing. It made three recommendations.")
b.p("Each recommendation below is held in the Board's online tracker, which lead agencies update directly; the "
    "entries are reproduced as they stood on 30 June 2019.", )
STATUS_LIST = ["Not started", "In progress", "Complete"]
FW = [
    dict(n="1", text="Adult Social Care and Children's Services should carry out joint assessments whenever a "
                     "parent with a learning disability is known to both services.",
         lead="Adult Social Care and Children's Services",
         action="A joint working protocol between Adult Social Care and Children's Services was agreed in June "
                "2019 and is being tried out in the North locality.",
         st="In progress", status="in_progress", date="2019-06-28", date_txt="28 June 2019",
         bodies=[("Adult Social Care", "adult_services"), ("Children's Services", "childrens_social_care")]),
    dict(n="2", text="Vale Health and Care NHS Trust should ensure that health visitors use the Graded Care Profile "
                     "2 at every contact where neglect has previously been identified.",
         lead="Vale Health and Care NHS Trust", action=None, shown="Update awaited from the lead agency.",
         st=None, status="unknown", date=None, date_txt=None,
         bodies=[("Vale Health and Care NHS Trust", "health")]),
    dict(n="3", text="Information about serious hazards in the homes of children on child protection plans should be "
                     "shared routinely, so that enforcement and repairs can be prioritised.",
         lead="Not yet agreed",
         action="A referral route for reporting hazards has been drafted and will go to the Neglect Strategy Group "
                "in July 2019.",
         st="In progress", status="in_progress", date="2019-06-14", date_txt="14 June 2019", bodies=[]),
]
card_b = BDR(PLUM, 6, ("top", "left", "bottom", "right"), 4)
for f in FW:
    status_ctl = SDT(R(f["st"] if f["st"] else "Choose an item.", b=bool(f["st"]), color=None if f["st"] else "808080"),
                     "Status", "fw-rec%s-status" % f["n"], block=False, extra_pr=DROPDOWN(STATUS_LIST),
                     plc=not f["st"])
    date_ctl = (SDT(R(f["date_txt"]), "Last updated", "fw-rec%s-date" % f["n"], block=False,
                    extra_pr=DATEPICK(f["date"])) if f["date"] else
                SDT(R("Click or tap to enter a date.", color="808080"), "Last updated", "fw-rec%s-date" % f["n"],
                    block=False, extra_pr=DATEPICK("2019-06-30").replace(' w:fullDate="2019-06-30T00:00:00Z"', ""),
                    plc=True))
    progress = SDT(P([R(f["action"] or f["shown"], sz=9.5)], shd=LILAC, border=card_b, after=0),
                   "Progress update", "fw-rec%s-progress" % f["n"])
    b.raw(P([R("Family W \u2013 recommendation " + f["n"], b=True, color="FFFFFF", sz=10)], shd=PLUM,
            after=0, before=120, keep_next=True, ind='<w:ind w:left="57" w:right="57"/>'))
    inner = (P([R(f["text"])], shd=LILAC, border=card_b, after=0, keep_next=True)
             + P([R("Lead agency: ", b=True, sz=9, color=PLUM), R(f["lead"], sz=9)], shd=LILAC, border=card_b,
                 after=0, keep_next=True)
             + P([R("Progress update", b=True, sz=9, color=PLUM)], shd=LILAC, border=card_b, after=0, keep_next=True)
             + progress
             + P([R("Status: ", b=True, sz=9, color=PLUM), status_ctl, R("     Last updated: ", b=True, sz=9, color=PLUM),
                  date_ctl, R(" ", sz=9)], shd=LILAC, border=card_b, after=0))
    b.raw(SDT(inner, "SCR recommendation", "fw-rec%s" % f["n"]))
    b.raw(P([R(" ", sz=4)], after=0, line=120))

b.h("Child E", 2)
b.p("Child E, aged three, was admitted to hospital in January 2019 with injuries that doctors believe were "
    "caused deliberately. The Board held a rapid review within 15 working days and sent it to the national "
    "Child Safeguarding Practice Review Panel, which agreed with the Board's view that a local child safeguarding "
    "practice review should be carried out. The review was commissioned in March 2019, with an independent "
    "reviewer, and will be overseen by the new partnership. Police enquiries are continuing.")

# ============================ RAPID REVIEWS + OTHER (distractors) ==========
b.h("Rapid reviews and other learning", 1, page_break=True)
b.p("Since June 2018 every serious incident notified to Ofsted has been followed by a rapid review. The Board "
    "carried out three rapid reviews in the year. One led to the Child E review. The other two, Baby F and "
    "Young Person K, did not meet the criteria for a local child safeguarding practice review, and the national "
    "panel agreed. The learning from them is being taken forward by single agencies.")
b.raw(P([R("Rapid review: Baby F \u2013 learning actions (not a case review)", b=True, sz=9.5, color="FFFFFF")],
        shd=ROSE, after=0, keep_next=True))
rr = (P([R("The maternity unit at Redcastle General Hospital will add a question about the father's mental health "
             "to the booking appointment.", sz=9)], shd="FBEFF5", after=0, ind='<w:ind w:left="113"/>')
      + P([R("Health visitors will offer a second safe sleep conversation when a baby moves into a different "
             "household.", sz=9)], shd="FBEFF5", after=0, ind='<w:ind w:left="113"/>')
      + P([R("Both actions were reported complete to the Learning and Improvement Sub-group in March 2019.",
             sz=8.5, i=True, color=GREY)], shd="FBEFF5", after=120, ind='<w:ind w:left="113"/>'))
b.raw(SDT(rr, "Rapid review learning", "rr-babyF"))
b.h("Domestic homicide review", 2)
b.p("The Board is a member of the panel for every domestic homicide review in the Vale where children were part "
    "of the household. One such review was published in the year.")
dhr = (P([R("Domestic homicide review: Ms G", b=True, sz=10, color=PLUM)], after=60)
       + P([R("The Redcastle Vale Community Safety Partnership published its review of the death of Ms G, a "
              "mother of three, in February 2019. Its action plan is owned by the Community Safety Partnership. "
              "Two of its actions involve children's services:", sz=9)], after=60)
       + P([R("\u2022 the MARAC should make sure that the children's school is told when a parent is discussed at "
              "MARAC;", sz=9)], after=40, ind='<w:ind w:left="227" w:hanging="227"/>')
       + P([R("\u2022 domestic abuse services should offer support to children in their own right, not only "
              "through their mother.", sz=9)], after=0, ind='<w:ind w:left="227" w:hanging="227"/>'))
b.raw(P([TEXTBOX(dhr, 17.0, 3.6, fill=MINT, line="3C7A5A", name="DHR box")], after=120))
b.p("Learning from all of these reviews is shared through seven-minute briefings, which are now read by an "
    "average of 950 practitioners each, and through the Board's annual learning conference, which in March 2019 "
    "was attended by 280 people.")

# ============================ LOOKING AHEAD (distractor) ==================
b.h("Looking ahead", 1)
b.p("The safeguarding partners have agreed three priorities for the first year of the new partnership:")
b.bullets([("Exploitation: ", "every child at risk of exploitation is seen as a child first, and has one "
                              "plan and one lead professional."),
           ("Neglect: ", "practitioners across the Vale recognise neglect early and use the Graded Care Profile 2 "
                         "consistently."),
           ("Voice: ", "children and young people help shape the partnership's work, including through a young "
                       "scrutineer programme.")])
b.p("Open actions from the serious case reviews described in this report will transfer to the partnership's "
    "Learning and Improvement Sub-group, which will continue to report on them publicly.")
b.h("Contact us", 2)
b.p("Redcastle Vale Local Safeguarding Children Board, Harbour House, Quay Street, Redcastle. Business manager: "
    "Owen Pritchard. Worried about a child? Call the Children's Advice and Support Hub on 01632 960 400, or 999 "
    "in an emergency.")

b.header_footer("Redcastle Vale LSCB  \u00b7  Annual Report 2018/19", BOARD, rule=PLUM)

# ============================ SAVE + GOLD ==================================
out = os.path.join(HERE, NAME + ".docx")
b.save(out)


def ev(s, n=18):
    return " ".join(s.split()[:n])


recs = []
k = 0
for r_ in YPD:
    k += 1
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": "Young Person D", "number": r_["n"], "text": r_["text"],
                 "action": r_["action"], "bodies": [{"name": a, "sector": s} for a, s in r_["bodies"]],
                 "status": r_["status"], "due": None, "page": None, "evidence": ev(r_["text"]), "confidence": 1.0})
for f in FW:
    k += 1
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": "Family W", "number": f["n"], "text": f["text"],
                 "action": f["action"], "bodies": [{"name": a, "sector": s} for a, s in f["bodies"]],
                 "status": f["status"], "due": None, "page": None, "evidence": ev(f["text"]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": BOARD, "period": "2018-19",
        "scrs": [{"name": "Young Person D", "stage": "published", "page": None},
                 {"name": "Family W", "stage": "published", "page": None},
                 {"name": "Child E", "stage": "initiated", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict}}
with open(os.path.join(HERE, NAME + ".gold.json"), "w") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
print("wrote", out, "entries", n, "actions", acts, "bodies", bods, verdict)
