"""oxcombe-2017-18: a designed Word annual report, put together by a small board business team.
The SCR section gives Child K and Young Person J one floating table each (Recommendation / Action
taken / Lead / RAG) whose RAG cell is shaded with no word in it; the BRAG key is a small text box
anchored at the bottom of the page. Family P is reported as paragraphs in text boxes ending with a
highlighted status word (Achieved / Under way / Not yet started / Awaiting update). Baby T was
commissioned in the year. Distractors: a learning review, a DHR table, Ofsted areas for
improvement, section 11 findings and business plan priorities."""
import json
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, P, R, TABLE, TBLPPR, TEXTBOX, Builder  # noqa: E402

NAME = "oxcombe-2017-18"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Oxcombe Local Safeguarding Children Board"
PERIOD = "2017-18"

NAVY, ORANGE, GREY, PALE = "23395B", "E07A1F", "595959", "EEF2F7"
# the BRAG shading used in the review tables
BLUE, GREEN, AMBER, RED, NOUPD = "2E75B6", "3A9A4A", "F2B233", "C8102E", "BFBFBF"
GOLD_OF_FILL = {BLUE: "completed", GREEN: "in_progress", AMBER: "in_progress", RED: "not_started",
                NOUPD: "unknown"}

b = Builder(font="Calibri", size=10.5)
entries = []


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.h(text, 1, page_break=pb, color=NAVY)


def H2(text):
    b.h(text, 2, color=ORANGE)


def para(text, after=120, keep=False):
    b.raw(P([R(text)], after=after, jc="both", keep_next=keep))


def runs_para(runs, after=120, keep=False):
    b.raw(P(runs, after=after, jc="both", keep_next=keep))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60))


def numbered(n, text):
    b.raw(P([R("%s.\u2002" % n, b=True), R(text)], after=60,
            ind='<w:ind w:left="397" w:hanging="397"/>'))


def HL(word, colour, fg=None):
    """A highlighted status word, as typed by the business team."""
    rpr = "<w:b/><w:bCs/>"
    if fg:
        rpr += '<w:color w:val="%s"/>' % fg
    rpr += '<w:highlight w:val="%s"/>' % colour
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(word))


def hcell(text, w, fill=NAVY, jc=None):
    return CELL(P([R(text, b=True, sz=9, color="FFFFFF")], after=0, jc=jc), w, fill=fill, valign="center")


def tcell(content, w, sz=9, fill=None, b_=False):
    if not content.startswith("<"):
        content = P([R(content, sz=sz, b=b_)], after=20)
    return CELL(content, w, fill=fill)


def plain_table(rows, widths, head_fill=NAVY, sz=9):
    out = [[hcell(t, widths[i], fill=head_fill) for i, t in enumerate(rows[0])]]
    for k, row in enumerate(rows[1:]):
        fill = PALE if k % 2 else None
        out.append([tcell(t, widths[i], sz=sz, fill=fill) for i, t in enumerate(row)])
    b.raw(TABLE(out, widths, border="A6B4C8"))
    b.raw(P([R("")], after=60))


def key_box():
    """The BRAG key: a small text box sitting at the bottom of the page."""
    def chip(fill):
        return R("\u00a0\u00a0\u00a0\u00a0", sz=8, shd=fill)
    runs = [R("Key\u2003", b=True, sz=8, color=NAVY)]
    for fill, label in [(BLUE, "Complete and embedded"), (GREEN, "On track"),
                        (AMBER, "Behind timescale"), (RED, "Not started"),
                        (NOUPD, "No update received")]:
        runs += [chip(fill), R("\u00a0" + label + "\u2003", sz=8)]
    content = P(runs, after=0, jc="center")
    return TEXTBOX(content, 17.0, 0.75, x_cm=2.0, y_cm=26.55, fill="FFFFFF", line="A6B4C8", line_w=6350,
                   wrap="topAndBottom", rel_h="page", rel_v="page", name="RAG key")


W4 = [6.35, 6.55, 2.75, 1.35]


def scr_table(scr, recs, anchor_para_runs):
    """One floating table for a review; the key box is anchored in the paragraph before it."""
    b.raw(P(anchor_para_runs + [key_box()], after=120, jc="both"))
    rows = [[hcell("Recommendation", W4[0]), hcell("Action taken", W4[1]), hcell("Lead", W4[2]),
             hcell("RAG", W4[3], jc="center")]]
    for r in recs:
        rec = P([R(r["n"] + ".\u2002", b=True, sz=8.5, color=NAVY), R(r["text"], sz=8.5)], after=0)
        act = P([R(r["cell"], sz=8.5, i=r["action"] is None, color=GREY if r["action"] is None else None)],
                after=0)
        lead = P([R(r["lead"], sz=8.5)], after=0)
        rows.append([CELL(rec, W4[0]), CELL(act, W4[1]), CELL(lead, W4[2]),
                     CELL(P([R("")], after=0), W4[3], fill=r["rag"])])
        entries.append(dict(scr=scr, number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                            status=GOLD_OF_FILL[r["rag"]], due=r.get("due")))
    b.raw(TABLE(rows, W4, floating=TBLPPR(x_cm=0.0, y_cm=0.1, h_anchor="margin", v_anchor="text"),
                border="8A9BB5"))
    b.raw(P([R("")], after=0))


# ------------------------------------------------------------------ cover
cover = (P([R("OXCOMBE", b=True, sz=40, color="FFFFFF")], after=0)
         + P([R("Local Safeguarding Children Board", sz=20, color="FFFFFF")], after=900)
         + P([R("Annual Report", b=True, sz=30, color="FFFFFF")], after=0)
         + P([R("2017\u201318", b=True, sz=30, color="F7C08A")], after=300)
         + P([R("1 April 2017 to 31 March 2018", sz=14, color="DCE4EE")], after=1800)
         + P([R("\u201cEveryone\u2019s business: keeping Oxcombe\u2019s children safe\u201d", i=True, sz=13,
                color="FFFFFF")], after=0))
strap = P([R("Presented to the Chief Executive and Leader of Oxcombe City Council, the Police and Crime "
             "Commissioner for Wessex Vale, the Accountable Officer of Oxcombe CCG and the Chair of the "
             "Oxcombe Health and Wellbeing Board", sz=9.5, color="FFFFFF")], after=0)
b.raw(P([TEXTBOX(cover, 17.0, 13.0, x_cm=2.0, y_cm=3.0, fill=NAVY, line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover panel"),
         TEXTBOX(strap, 17.0, 1.9, x_cm=2.0, y_cm=16.3, fill=ORANGE, line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover strap")], after=0))
b.raw(P([R("www.oxcombelscb.org.uk", b=True, sz=12, color=NAVY)], before=12600, jc="right", after=40))
b.raw(P([R("Published October 2018", sz=10, color=GREY)], jc="right", after=0))

b.header_footer("Oxcombe LSCB  |  Annual Report 2017-18", "Oxcombe Local Safeguarding Children Board",
                rule=ORANGE)

# ------------------------------------------------------------------ contents
H1("Contents", pb=True)
b.toc([(1, "Foreword from the Independent Chair", 3), (1, "Oxcombe in numbers", 3),
       (1, "How the Board works", 4), (1, "Learning and development", 5),
       (1, "Quality assurance", 5), (1, "Serious case reviews", 6),
       (2, "Child K", 7), (2, "Young Person J", 8), (2, "Family P", 9), (2, "Baby T", 10),
       (1, "Other reviews", 11), (2, "Learning review: Young Person S", 11),
       (2, "Domestic homicide review: Adult D", 11),
       (1, "Statutory functions", 12), (1, "Inspection", 12),
       (1, "Our priorities for 2018-19", 13), (1, "Glossary", 13)])

# ------------------------------------------------------------------ foreword
H1("Foreword from the Independent Chair", pb=True)
para("I am pleased to introduce the annual report of the Oxcombe Local Safeguarding Children Board for "
     "2017-18. It sets out what partners in Oxcombe have done over the year to keep children safe, how well "
     "we think they have done it, and where we still need to improve. It is written for the public as much "
     "as for the professionals who work with children, and I hope that it is read that way.")
para("This has been a year of change. The Children and Social Work Act 2017 means that LSCBs will be "
     "replaced by new arrangements led by three safeguarding partners: the council, the clinical "
     "commissioning group and the police. In Oxcombe the three partners have agreed to publish their "
     "plans by June 2019 and to move to the new arrangements in September 2019. I want the best of what "
     "the Board does \u2013 independent challenge, learning from reviews, and a strong voice for schools "
     "and the voluntary sector \u2013 to carry over into the new partnership.")
para("The Board published one serious case review this year, Child K, and has continued to track the "
     "actions from two earlier reviews. We also began a new review, Baby T, in January 2018. Serious case "
     "reviews are never comfortable reading. They matter because they show us where the system failed a "
     "child, and they only make a difference if agencies do what they said they would. This report is "
     "honest about where that has happened and where it has not.")
para("Ofsted inspected children\u2019s services in Oxcombe in June 2017 and reviewed the effectiveness of the "
     "Board at the same time. The Board was judged to require improvement to be good. We accepted the "
     "findings and our response is set out in the Inspection section. I would like to thank the members of the Board, the "
     "sub-group chairs and the small business team, who have worked hard through a demanding year.")
b.raw(P([R("Janet Morrow", b=True)], after=0, before=200))
b.raw(P([R("Independent Chair, Oxcombe Local Safeguarding Children Board", i=True, color=GREY)], after=240))

# ------------------------------------------------------------------ numbers (stat tiles)
H1("Oxcombe in numbers")
para("Oxcombe is a unitary city council area of around 162,000 people, of whom about 34,500 are children "
     "and young people under 18. Figures are for the year to 31 March 2018 unless stated.", after=160)
tiles = [("34,500", "children aged 0-17"), ("24%", "of pupils from minority ethnic groups"),
         ("2,914", "referrals to children\u2019s social care"), ("186", "children on a child protection plan"),
         ("297", "children looked after"), ("1,412", "early help assessments"),
         ("63", "young people assessed as at risk of CSE"), ("9", "private fostering arrangements")]
tw = [4.25] * 4
rows = []
for k in range(0, 8, 4):
    rows.append([CELL(P([R(n, b=True, sz=20, color="FFFFFF")], jc="center", after=0)
                      + P([R(l, sz=8.5, color="FFFFFF")], jc="center", after=40),
                      tw[i], fill=(NAVY if (k // 4 + i) % 2 == 0 else ORANGE), valign="center")
                 for i, (n, l) in enumerate(tiles[k:k + 4])])
b.raw(TABLE(rows, tw, border="FFFFFF", header_rows=0))
b.raw(P([R("")], after=120))
para("The rate of referrals per 10,000 children (845) has fallen slightly from last year (881) and is close "
     "to the average for our statistical neighbours. The number of children on a child protection plan "
     "rose from 161 to 186. Neglect remains the most common category, for 52% of plans, followed by "
     "emotional abuse (31%).")

# ------------------------------------------------------------------ how the board works
H1("How the Board works", pb=True)
para("The Board meets five times a year and brings together senior leaders from Oxcombe City Council, Oxcombe "
     "Clinical Commissioning Group, Wessex Vale Police, the two NHS trusts in the city, the National "
     "Probation Service, the Wessex Community Rehabilitation Company, Cafcass, schools and colleges, and the "
     "voluntary sector. Two lay members sit on the Board. Most of the detailed work is done by its "
     "sub-groups:")
for lead, t in [("Serious Case Review (SCR) Sub-group", " \u2013 considers referrals, commissions reviews and "
                 "tracks every SCR action plan. Chaired by the Designated Nurse for Safeguarding Children."),
                ("Quality Assurance and Performance Sub-group", " \u2013 runs multi-agency audits, the section 11 "
                 "process and the performance dataset."),
                ("Training Sub-group", " \u2013 plans and evaluates the multi-agency training programme."),
                ("CSE and Missing Sub-group", " \u2013 oversees the response to child sexual exploitation and "
                 "children who go missing."),
                ("Neglect Sub-group", " \u2013 set up in September 2017 to lead the refreshed neglect strategy."),
                ("Child Death Overview Panel", " \u2013 shared with Wendle and reviews all child deaths.")]:
    bullet(t, lead)
para("The Board\u2019s business unit is small: a business manager, a training coordinator (0.8 FTE) and an "
     "administrator. The budget for 2017-18 was \u00a3214,600.", after=160)
plain_table([["Contributor", "2017-18 (\u00a3)", "Share"],
             ["Oxcombe City Council", "118,030", "55%"],
             ["Oxcombe CCG", "53,650", "25%"],
             ["Wessex Vale Police and Crime Commissioner", "32,190", "15%"],
             ["National Probation Service and Wessex CRC", "6,440", "3%"],
             ["Cafcass", "550", "0.3%"],
             ["Training income", "3,740", "2%"]], [9.0, 4.0, 4.0])

# ------------------------------------------------------------------ training
H1("Learning and development", pb=True)
para("The Training Sub-group ran 71 multi-agency courses this year, attended by 1,688 people, up from 1,402 in "
     "2016-17. The most popular were \u2018Working Together\u2019 (312 places), neglect (244) and CSE "
     "awareness (198). Post-course evaluations were good, with 94% of attendees rating courses good or "
     "excellent. Three-month follow-up questionnaires were returned by 38% of attendees; most reported a "
     "change in how they recorded and shared concerns.")
para("We published four 7-minute briefings during the year, on Child K, on the \u2018unseen man\u2019, on "
     "dental neglect and on safe sleep, and held two learning events for front-line staff, each attended by "
     "about 120 people.")
plain_table([["Attendance by sector", "2016-17", "2017-18"],
             ["Children\u2019s social care and early help", "388", "421"],
             ["Health", "301", "397"],
             ["Schools and early years", "412", "466"],
             ["Police", "64", "88"],
             ["Voluntary and community sector", "153", "201"],
             ["Other (housing, probation, adult services)", "84", "115"],
             ["Total", "1,402", "1,688"]], [9.0, 4.0, 4.0], head_fill=ORANGE)

# ------------------------------------------------------------------ QA
H1("Quality assurance")
para("The Quality Assurance and Performance Sub-group carried out three multi-agency case file audits during "
     "the year. An audit of 24 cases of neglect in September 2017 found that chronologies were rarely used "
     "and that fathers and male partners were often invisible in assessments. An audit of 18 strategy "
     "discussions in December 2017 found good police and social care attendance but health was involved in "
     "only 7. An audit of the response to children missing from home in February 2018 found that return "
     "home interviews had improved but were still not always shared with schools.")
para("Each audit produces its own action plan, monitored by the sub-group. These audit actions are reported "
     "separately from the actions arising from serious case reviews.")

# ------------------------------------------------------------------ SCRs
H1("Serious case reviews", pb=True)
para("Local Safeguarding Children Boards must carry out a serious case review when abuse or neglect of a child "
     "is known or suspected and the child has died or been seriously harmed, and there is cause for concern "
     "about the way agencies worked together. The SCR Sub-group considered three referrals in 2017-18. One "
     "met the criteria and the Independent Chair commissioned a review (Baby T). One led to a local learning "
     "review (Young Person S, see Other reviews) and one did not meet the criteria for any further review.")
H2("How we track SCR actions")
mech = ("Every SCR action plan is held by the SCR Sub-group. Lead agencies send a written update each quarter, "
        "and the sub-group gives each action a BRAG rating. An action is not rated blue until the sub-group "
        "has seen evidence that the change has been made and is working. An exception report on any action "
        "rated red or amber goes to every Board meeting.")
para(mech)
para("The tables on the next two pages show the position on each recommendation at the end of March 2018. "
     "The key to the shading is at the foot of each page. Where a lead agency has not provided an update, we "
     "say so.")

# -- Child K
b.raw(P([R("")], after=0, page_break_before=True))
H2("Child K")
child_k = [
    dict(n="1", text="Oxcombe Children\u2019s Social Care should ensure that assessments consider every adult "
                     "living in or regularly visiting the household, including new partners, and that checks "
                     "on them are made with the police and probation.",
         cell="\u2018Unseen men\u2019 practice guidance issued in October 2017. Household members are now a "
              "mandatory section of the single assessment. An audit in January 2018 found that new partners had "
              "been checked in 15 of 18 cases.",
         lead="Children\u2019s Social Care", bodies=[("Children\u2019s Social Care", "childrens_social_care")],
         rag=BLUE),
    dict(n="2", text="Oxcombe Recovery Service should ask every adult starting treatment whether they live with "
                     "or care for children, and share concerns about those children with children\u2019s "
                     "social care.",
         cell="A \u2018hidden children\u2019 question was added to the assessment form in September 2017. A joint "
              "working protocol between the service and Children\u2019s Social Care is being redrafted.",
         lead="Oxcombe Recovery Service", bodies=[("Oxcombe Recovery Service", "adult_services")],
         rag=GREEN),
    dict(n="3", text="Health visitors should make a home visit, rather than offer a further clinic appointment, "
                     "when a child under five is not brought to two appointments in a row.",
         cell="Oxcombe Health NHS Foundation Trust revised its \u2018was not brought\u2019 policy in December "
              "2017. Compliance will be audited in the first quarter of 2018-19; this was due in March.",
         lead="Oxcombe Health NHS FT", bodies=[("Oxcombe Health NHS FT", "health")],
         rag=AMBER),
    dict(n="4", text="Wessex Vale Police should make sure that notifications of domestic abuse incidents where a "
                     "child under five lives in the household reach the health visiting service within 72 hours.",
         cell="Notifications now pass through the MASH, where the health navigator sends them on to the health "
              "visiting team. Timeliness is reported quarterly; 81% met the 72-hour target in Q4.",
         lead="Wessex Vale Police / MASH",
         bodies=[("Wessex Vale Police", "police"), ("MASH", "childrens_social_care")],
         rag=GREEN),
    dict(n="5", text="The Board should refresh its neglect strategy and promote the use of the Graded Care "
                     "Profile 2 by all agencies.",
         cell="The Neglect Strategy 2018-20 was approved by the Board in March 2018. Training in the Graded Care "
              "Profile 2 was planned for January but will now start in May 2018.",
         lead="OLSCB Neglect Sub-group", bodies=[("The Board", "lscb"), ("OLSCB Neglect Sub-group", "lscb")],
         rag=AMBER),
    dict(n="6", text="Oxcombe CCG should seek assurance that GP practices record the adults in a child\u2019s "
                     "household and link the records of parents and children.",
         cell="No update received.", action=None,
         lead="Oxcombe CCG", bodies=[("Oxcombe CCG", "health")],
         rag=NOUPD),
    dict(n="7", text="Oxcombe Homes should tell children\u2019s social care when an adult is added to or removed "
                     "from a tenancy where a child in the household is subject to a child protection plan.",
         cell="Work on this has not yet started.", action=None,
         lead="Oxcombe Homes", bodies=[("Oxcombe Homes", "housing")],
         rag=RED),
]
for r in child_k:
    r.setdefault("action", r["cell"])
scr_table("Child K", child_k, [
    R("Child K was four years old when he was admitted to hospital in March 2016 with serious injuries and "
      "signs of long-standing neglect. His mother\u2019s partner was later convicted of causing him grievous "
      "bodily harm. The review, led by an independent author, was published in July 2017. It found that "
      "agencies knew little about the man who had moved into the household, that missed health appointments "
      "were not followed up, and that the family\u2019s drug use was treated as an adult issue. The review "
      "made seven recommendations.")])

# -- Young Person J
b.raw(P([R("")], after=0, page_break_before=True))
H2("Young Person J")
yp_j = [
    dict(n="1", text="All agencies should use the Board\u2019s CSE screening tool when a young person has been "
                     "reported missing three or more times in 90 days.",
         cell="The screening tool is now part of the missing protocol. The February 2018 audit found it had "
              "been used in 23 of 25 cases.",
         lead="CSE and Missing Sub-group", bodies=[("CSE and Missing Sub-group", "lscb")],
         rag=BLUE),
    dict(n="2", text="Children\u2019s Social Care and Wessex Vale Police should ensure that every child who "
                     "returns from a missing episode is offered a return home interview within 72 hours and "
                     "that what the child says is shared with the agencies working with them.",
         cell="The return home interview service was recommissioned in April 2017 from Oxcombe Young People\u2019s "
              "Trust. 78% of interviews were offered within 72 hours in 2017-18, up from 52%. Sharing with "
              "schools is still inconsistent.",
         lead="Children\u2019s Social Care / Wessex Vale Police",
         bodies=[("Children\u2019s Social Care", "childrens_social_care"), ("Wessex Vale Police", "police")],
         rag=GREEN),
    dict(n="3", text="Schools should check daily that pupils placed in alternative provision have attended, and "
                     "follow up any absence on the same day.",
         cell="All secondary schools and the pupil referral unit signed up to the daily attendance check in "
              "September 2016. It is now tested in the annual section 11 return for schools.",
         lead="Education Safeguarding Team", bodies=[("Education Safeguarding Team", "education")],
         rag=BLUE),
    dict(n="4", text="CAMHS should offer consultation to professionals working with a young person at risk of "
                     "sexual exploitation, without waiting for a formal referral to be accepted.",
         cell="A named CSE practitioner has been in post in CAMHS since June 2017 and runs a weekly consultation "
              "line for professionals.",
         lead="Oxcombe Health NHS FT (CAMHS)", bodies=[("Oxcombe Health NHS FT (CAMHS)", "health")],
         rag=BLUE),
]
for r in yp_j:
    r.setdefault("action", r["cell"])
scr_table("Young Person J", yp_j, [
    R("The review of Young Person J, a 15-year-old girl who was sexually exploited by a group of adult men, was "
      "published in January 2016. This is the last year the Board will report on it. In January 2018 the SCR "
      "Sub-group agreed that the action plan could close, and that the one action still open would pass to the "
      "CSE and Missing Sub-group\u2019s work plan.")])
para("The men who exploited Young Person J were convicted in 2016. The Board thanks Young Person J and her mother, "
     "who met the reviewer and agreed that the review could be published.")

# -- Family P (text boxes)
b.raw(P([R("")], after=0, page_break_before=True))
H2("Family P")
para("The Family P review was published in March 2017. It looked at the lives of three brothers and sisters "
     "who lived with chronic neglect for more than six years before the middle child, then aged seven, was "
     "admitted to hospital underweight and with severe dental decay. The family had been known to most "
     "agencies for most of that time and two child protection plans had been ended without change being "
     "sustained. The review made six recommendations.")
para("Our first update on these was in last year\u2019s report. Each box below sets out the recommendation, "
     "what has happened since, and the status the SCR Sub-group agreed at its March 2018 meeting, which is "
     "highlighted at the end of the box: Achieved, Under way or Not yet started. Where the lead agency has "
     "sent no update we show this as Awaiting update.", after=200)

HLS = {"Achieved": ("green", None, "completed"), "Under way": ("yellow", None, "in_progress"),
       "Not yet started": ("red", "FFFFFF", "not_started"), "Awaiting update": ("lightGray", None, "unknown")}

family_p = [
    dict(n="1", text="Oxcombe Children\u2019s Social Care should ensure that, when a child protection plan for "
                     "neglect ends, the family\u2019s progress is reviewed three months later to check that "
                     "improvements have lasted.",
         intro="Addressed to Children\u2019s Social Care, the review said:",
         action="A three-month review after the end of a plan was introduced in November 2017. Fourteen reviews "
                "have taken place so far, and two families were referred back as a result.",
         bodies=[("Oxcombe Children\u2019s Social Care", "childrens_social_care")], status="Achieved", h=3.6),
    dict(n="2", text="The review asked Oxcombe CCG to make sure that GP practices follow up children who are not "
                     "brought to hospital appointments, and treat repeated missed appointments as a possible "
                     "sign of neglect.",
         intro=None,
         action="The CCG\u2019s Named GP has issued a template \u2018was not brought\u2019 policy, and 19 of the "
                "27 practices have adopted it. The Designated Nurse is visiting the remaining practices.",
         bodies=[("Oxcombe CCG", "health")], status="Under way", h=3.4),
    dict(n="3", text="The Board should seek assurance that the views and experiences of children are heard in "
                     "core group meetings.",
         intro="Addressed to the Board itself:",
         action="The Quality Assurance and Performance Sub-group will audit a sample of core groups in the summer "
                "of 2018.",
         bodies=[("The Board", "lscb"), ("Quality Assurance and Performance Sub-group", "lscb")], status="Not yet started", h=3.2,
         due="2018"),
    dict(n="4", text="Oxcombe University Hospitals should ensure that every child admitted for dental extractions "
                     "under general anaesthetic is screened for wider neglect.",
         intro="For recommendation 4, on dental neglect, the review said:",
         action="The paediatric dental team at Oxcombe University Hospitals and the community dental service "
                "agreed a neglect screening checklist, which has been used for every child admitted since "
                "January 2018. The first 60 checklists led to four referrals.",
         bodies=[("Oxcombe University Hospitals", "health"), ("community dental service", "health")],
         status="Achieved", h=3.9),
    dict(n="5", text="The review asked the City Council\u2019s Housing Services and Oxcombe Homes to tell "
                     "children\u2019s social care when staff visiting a home where children live find serious "
                     "hazards or very poor conditions.",
         intro=None,
         action=None,
         note="No update has been received from Housing Services or Oxcombe Homes at the time of writing. The "
              "Chair has written to both.",
         bodies=[("City Council\u2019s Housing Services", "housing"), ("Oxcombe Homes", "housing")], status="Awaiting update", h=3.2),
    dict(n="6", text="The Training Sub-group should build the learning from this review into multi-agency "
                     "training on neglect.",
         intro=None,
         action="The Family P case study has been part of the \u2018Neglect: seeing the child\u2019 course since "
                "September 2017, and 244 staff attended this year. A 7-minute briefing is being drafted.",
         bodies=[("Training Sub-group", "lscb")], status="Under way", h=3.4),
]
for r in family_p:
    word = r["status"]
    hl, fg, gold_status = HLS[word]
    inner = P([R("Recommendation %s" % r["n"], b=True, color=ORANGE, sz=11)], after=60)
    if r["intro"]:
        inner += P([R(r["intro"], sz=10)], after=40)
        inner += P([R("\u201c" + r["text"] + "\u201d", i=True, sz=10)], after=80, jc="both")
    else:
        inner += P([R(r["text"], sz=10)], after=80, jc="both")
    body = r["action"] if r["action"] else r["note"]
    inner += P([R("Progress: ", b=True, sz=10, color=NAVY), R(body, sz=10)], after=80, jc="both")
    inner += P([R("Status: ", b=True, sz=10, color=NAVY), HL(word, hl, fg)], after=0)
    b.raw(P([TEXTBOX(inner, 17.0, r["h"], fill="F7F9FC", line="8A9BB5", line_w=9525, wrap="topAndBottom",
                     rel_h="column", rel_v="paragraph", name="Family P rec %s" % r["n"])], after=80))
    entries.append(dict(scr="Family P", number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                        status=gold_status, due=r.get("due")))

# -- Baby T
H2("Baby T")
para("Baby T was nine weeks old when she was taken to hospital in December 2017 with a fractured skull and "
     "rib fractures. The SCR Sub-group met in January 2018 and the Independent Chair agreed that the criteria "
     "for a serious case review were met. An independent lead reviewer has been appointed and agencies have "
     "submitted their chronologies. Criminal proceedings are under way, and the review is not expected to be "
     "published until they have finished. Early learning about the support offered to young fathers has "
     "already been shared with the health visiting and midwifery services.")

# ------------------------------------------------------------------ other reviews (distractors)
H1("Other reviews", pb=True)
H2("Learning review: Young Person S")
para("Young Person S, aged 16, was seriously injured in a stabbing in August 2017. The SCR Sub-group decided "
     "that the case did not meet the criteria for a serious case review, because there was no evidence that "
     "abuse or neglect was a factor, but that there was learning for partners. A local learning review, "
     "using a practitioner workshop, reported in February 2018. It recommended that:")
for n, t in [("1", "schools inform the Youth Offending Service when a young person open to them is excluded;"),
             ("2", "the MASH screens referrals about young people carrying knives for signs of criminal "
                   "exploitation;"),
             ("3", "the Board develops a multi-agency approach to criminal exploitation and \u2018county lines\u2019, "
                   "alongside its work on CSE.")]:
    numbered(n, t)
para("The CSE and Missing Sub-group has taken on recommendation 3 and will become the Exploitation Sub-group "
     "from April 2018.", after=200)

H2("Domestic homicide review: Adult D")
para("Domestic homicide reviews are commissioned by the Oxcombe Community Safety Partnership, not by the "
     "Board, but the Board is told of any that involve children. The review into the death of Adult D, a "
     "mother of two young children who was killed by her former partner, was published by the Home Office "
     "in November 2017. The recommendations with most bearing on children are shown below with the "
     "progress the Community Safety Partnership has reported.", after=160)
plain_table([["DHR recommendation", "Lead", "Progress"],
             ["1. MARAC should routinely check whether children in a high-risk household are known to schools "
              "and early help, and tell them of the outcome.", "MARAC steering group", "Completed"],
             ["2. GP practices should ask about domestic abuse when a patient discloses a relationship breakdown "
              "with children involved.", "Oxcombe CCG", "In progress"],
             ["3. The police should review how breaches of non-molestation orders are recorded and prioritised.",
              "Wessex Vale Police", "In progress"],
             ["4. Oxcombe City Council should commission a service for children who have lived with domestic "
              "abuse.", "Oxcombe City Council", "Not started"]],
            [10.0, 3.6, 3.4], head_fill=GREY)

# ------------------------------------------------------------------ statutory functions
H1("Statutory functions", pb=True)
H2("Child Death Overview Panel")
para("The Oxcombe and Wendle Child Death Overview Panel reviewed 19 deaths of Oxcombe children this year, 11 of "
     "them of babies under one year old. Modifiable factors were found in five, most often unsafe sleeping "
     "arrangements and smoking in pregnancy. The panel\u2019s safe sleep campaign was relaunched in October 2017 "
     "with a 7-minute briefing and a leaflet given to every new parent by midwives.")
H2("Allegations against people who work with children (LADO)")
para("The Local Authority Designated Officer received 211 contacts in 2017-18 (2016-17: 188), of which 97 met the "
     "threshold for a multi-agency allegations meeting. Most came from education settings (41%), followed by "
     "residential and foster care (19%) and the police (12%). 84% of cases were concluded within three months.")
H2("Private fostering")
para("Nine private fostering arrangements were notified during the year, compared with six in 2016-17. All had an "
     "initial visit within seven working days. Awareness of private fostering among schools remains low and the "
     "council ran a campaign with language schools in the spring.")
H2("Section 11 audit")
para("Twenty-three agencies completed the section 11 self-assessment in 2017. Each rated itself against eight "
     "standards and then took part in a challenge session with two Board members. The main findings were:", after=80)
for t in ["agencies should make sure safer recruitment training is refreshed every three years for all managers "
          "who recruit;",
          "more agencies need to show how they listen to children when designing their services;",
          "two agencies need to update their whistleblowing policies."]:
    bullet(t)
para("Agencies have been asked to report progress on their section 11 actions to the Quality Assurance and "
     "Performance Sub-group by September 2018.")

# ------------------------------------------------------------------ inspection
H1("Inspection")
para("Ofsted inspected services for children in need of help and protection, children looked after and care "
     "leavers in Oxcombe in June 2017, and reviewed the Board at the same time. Children\u2019s services were judged "
     "to require improvement to be good overall. The review of the LSCB found that the Board also requires "
     "improvement to be good. Ofsted said the Board should:", after=80)
for n, t in [("1", "Make sure that the learning from serious case reviews is evaluated for its impact on "
                   "practice, and not only disseminated."),
             ("2", "Strengthen the multi-agency audit programme so that it includes the experience of children "
                   "and families."),
             ("3", "Improve the performance dataset so that the Board can see trends and challenge partners."),
             ("4", "Ensure that the annual report gives a rigorous assessment of the effectiveness of local "
                   "services.")]:
    numbered(n, t)
para("The Board\u2019s improvement plan in response was agreed in September 2017. Areas 2 and 3 are complete; areas "
     "1 and 4 are being taken forward through the 2018-19 business plan and this report.")

# ------------------------------------------------------------------ priorities
H1("Our priorities for 2018-19")
para("The business plan for 2018-19 is the Board\u2019s last full year before the new safeguarding partnership. "
     "It keeps four priorities:", after=120)
plain_table([["Priority", "What we will do", "Lead", "By"],
             ["Neglect", "Roll out the Graded Care Profile 2 and measure its use through audit", "Neglect Sub-group",
              "March 2019"],
             ["Exploitation", "Set up the Exploitation Sub-group and agree a joint CSE and criminal exploitation "
              "strategy", "Exploitation Sub-group", "September 2018"],
             ["Learning", "Evaluate the impact of SCR learning on practice, as Ofsted asked", "SCR Sub-group",
              "March 2019"],
             ["Transition", "Agree and publish the new safeguarding partnership arrangements",
              "Three safeguarding partners", "June 2019"]],
            [2.6, 8.2, 3.6, 2.6])

H1("Glossary")
for t, d in [("BRAG", "Blue, Red, Amber, Green: the rating the SCR Sub-group gives each action."),
             ("CAMHS", "Child and Adolescent Mental Health Services"), ("CCG", "Clinical Commissioning Group"),
             ("CSE", "Child sexual exploitation"), ("DHR", "Domestic homicide review"),
             ("FT", "Foundation Trust"), ("LADO", "Local Authority Designated Officer"),
             ("MARAC", "Multi-agency risk assessment conference"), ("MASH", "Multi-agency safeguarding hub"),
             ("OLSCB", "Oxcombe Local Safeguarding Children Board"), ("SCR", "Serious case review")]:
    b.raw(P([R(t, b=True), R("\t" + d)], after=40, tabs='<w:tab w:val="left" w:pos="1418"/>'))

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
            "evidence": " ".join(ev.split()[:16]), "confidence": 1.0})
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else "partly_meets"
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None, "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": s, "stage": st, "page": None} for s, st in
                 [("Child K", "published"), ("Young Person J", "published"), ("Family P", "published"),
                  ("Baby T", "initiated")]],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": mech,
                 "verdict": verdict},
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
