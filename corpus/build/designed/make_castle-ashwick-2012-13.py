#!/usr/bin/env python3
"""Builds castle-ashwick-2012-13.docx and its gold JSON."""
from wordml import *  # noqa: F401,F403  (the kit shared by the designed Word reports)

# ---------------------------------------------------------------------------
# Castle Ashwick Local Safeguarding Children Board - Annual Report 2012-13
# A Word report in sections: portrait two-column chapters, and a landscape
# two-column section in which the SCR action plan is one long table whose first
# column holds the review's name as rotated text in a vertically merged cell.
# Status is a word in the last column; its meaning is given in a key above.
# ---------------------------------------------------------------------------
import copy
import json
import os

NAME = "castle-ashwick-2012-13"
HERE = os.environ.get("DESIGNED_OUT") or os.path.dirname(os.path.abspath(__file__))
BOARD = "Castle Ashwick Local Safeguarding Children Board"
GREEN, INK, STONE, PALE = "1E5631", "263238", "A1887F", "EFEBE9"
STATUS_FILL = {"Achieved": "C8E6C9", "Partly achieved": "FFE0B2", "Not yet started": "FFCDD2"}

b = Builder(font="Georgia", size=10, color="263238")
doc = b.doc
for lvl, sz, col in ((1, 17, GREEN), (2, 12, INK), (3, 10.5, GREEN)):
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(col)
    st.font.name = "Georgia"
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for k in list(rf.attrib):
            if "heme" in k:
                del rf.attrib[k]
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), "Georgia")


def end_section(landscape=False, cols=1, start="nextPage"):
    """Close the section that runs up to here. Its properties (orientation, columns) and the way it starts
    are written into a paragraph-level sectPr, as Word does."""
    body_sp = b.body.find(qn("w:sectPr"))
    sp = copy.deepcopy(body_sp)
    for el in list(sp):
        if el.tag in (qn("w:type"), qn("w:cols"), qn("w:titlePg")):
            sp.remove(el)
    pgsz = sp.find(qn("w:pgSz"))
    pgsz.addprevious(X('<w:type w:val="%s"/>' % start))
    if landscape:
        pgsz.set(qn("w:w"), str(16838))
        pgsz.set(qn("w:h"), str(11906))
        pgsz.set(qn("w:orient"), "landscape")
    else:
        pgsz.set(qn("w:w"), str(11906))
        pgsz.set(qn("w:h"), str(16838))
        pgsz.attrib.pop(qn("w:orient"), None)
    sp.find(qn("w:pgMar")).addnext(X('<w:cols w:num="%d" w:space="567"%s/>' % (cols, ' w:sep="1"' if cols > 1 else "")))
    p = X('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>')
    p.find(qn("w:pPr")).append(sp)
    body_sp.addprevious(p)


def body(text, **kw):
    b.raw(P([R(text)], **kw))


def hd(text, level=1, page_break=False):
    b.h(text, level, page_break=page_break)


def MCELL(content, w_cm, fill=None, vmerge=None, rotate=False, valign=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w_cm * 567)
    if vmerge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tcpr += "<w:vMerge/>"
    if fill:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    if rotate:
        tcpr += '<w:textDirection w:val="btLr"/>'
    if valign:
        tcpr += '<w:vAlign w:val="%s"/>' % valign
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, content)


# ============================ COVER (portrait, one column) ================
b.raw(P([R("CASTLE ASHWICK", b=True, sz=34, color=GREEN)], before=2600, after=0, jc="center"))
b.raw(P([R("Local Safeguarding Children Board", sz=18, color=INK)], after=240, jc="center"))
b.raw(P([R("Annual Report", i=True, sz=26, color=STONE)], after=0, jc="center"))
b.raw(P([R("2012 \u2013 2013", b=True, sz=26, color=GREEN)], after=600, jc="center",
        border='<w:bottom w:val="double" w:sz="6" w:space="10" w:color="%s"/>' % STONE))
b.raw(P([R("Safeguarding children is everyone's business", i=True, sz=12, color="5D4037")], jc="center", after=3000))
b.raw(P([R("Castle Ashwick Local Safeguarding Children Board, The Old Courthouse, Bailey Street, Castle Ashwick. Published July 2013.",
           sz=8.5, color="757575")], jc="center", after=0))
end_section(start="nextPage")

# ============================ CONTENTS + FOREWORD ==========================
b.raw(P([R("Contents", b=True, sz=17, color=GREEN)], after=200))
b.toc([(1, "Foreword by the Independent Chair", 3), (1, "Castle Ashwick and its children", 4),
       (1, "The Board and its sub-groups", 5), (1, "Training and workforce development", 6),
       (1, "Child Death Overview Panel", 6), (1, "Managing allegations", 7), (1, "Private fostering", 7),
       (1, "Sexual exploitation and missing children", 7), (1, "Inspection", 8),
       (1, "Serious case reviews", 9), (2, "Action plan", 9), (1, "Business plan 2013-14", 12)], wrap_sdt=True)
hd("Foreword by the Independent Chair", 1, page_break=True)
body("I took up the post of Independent Chair in June 2012, following the retirement of my predecessor, Dr Alan "
     "Preece, who had chaired the Board since 2008. I am grateful to him, and to the members of the Board, for "
     "the welcome I have been given and for the frankness with which they have told me what works in Castle "
     "Ashwick and what does not.")
body("This has been a year of considerable change for every partner. The primary care trust is preparing to hand "
     "its responsibilities to the new clinical commissioning group on 1 April 2013; the probation trust is "
     "preparing for the reforms proposed by the government; and schools are becoming academies at a pace that "
     "makes it harder for the Board to keep in touch with every one of them.")
body("The Board published two serious case reviews during the year, about Child A and Child J, and completed a "
     "third, about Child P, which cannot yet be published. Each has made me ask how well we listen to children "
     "and how well we know the adults around them. The action plan for the two published reviews is printed "
     "in full in this report, with the progress each agency has made. Not everything has been done, and where "
     "that is so the plan says so.")
body("I should like to thank the staff of all agencies for their work during a demanding year, and the Board's "
     "small business team, without whom none of this would have happened.")
body("Jonathan Ridler-Cole, Independent Chair", jc="right")
end_section(start="nextPage")

# ============================ PROFILE etc. (portrait, two columns) =========
hd("Castle Ashwick and its children", 1)
body("Castle Ashwick is a largely rural unitary authority of about 158,000 people, with the historic market "
     "town of Castle Ashwick at its centre and the former mining settlements of Pelwick and Stannerby to the "
     "east. About 33,900 residents are under 18.")
body("Most children in Castle Ashwick are healthy and do well at school. But 17% live in poverty, and in "
     "Pelwick East the figure is 36%. Rural isolation, poor transport and the lack of local services affect "
     "many families in the west of the authority.")
stats = [("Children under 18", "33,900"), ("Referrals to children's social care", "2,614"),
         ("Initial assessments", "1,908"), ("Child protection plans at 31 March 2013", "161"),
         ("Looked-after children at 31 March 2013", "198"), ("Common Assessment Frameworks started", "702")]
rows = [[CELL(P([R("Key figures 2012-13", b=True, sz=9, color="FFFFFF")], after=0), 7.6, fill=GREEN, gridspan=2)]]
for k_, v_ in stats:
    rows.append([CELL(P([R(k_, sz=8.5)], after=0), 5.6), CELL(P([R(v_, b=True, sz=9, color=GREEN)], jc="right", after=0), 2.0)])
b.raw(TABLE(rows, [5.6, 2.0], border="D7CCC8"))
body("The number of children subject to a child protection plan rose from 139 to 161. For the first time, "
     "neglect (44%) overtook emotional abuse (38%) as the most common category. Domestic abuse was present "
     "in more than half of all initial child protection conferences.")
body("There are 71 schools in the authority: 58 primary, 10 secondary and 3 special schools. Eleven became "
     "academies during the year.")
hd("The Board and its sub-groups", 1)
body("The Board met six times. Its members include Castle Ashwick Council, Westshire Police, Castle Ashwick PCT "
     "and the shadow clinical commissioning group, Ashwick General Hospital NHS Trust, Westshire Partnership NHS "
     "Foundation Trust, the Westshire Probation Trust, the Youth Offending Service, Cafcass, schools and "
     "colleges, and the voluntary sector. Two lay members were appointed in January 2013.")
body("The Board's budget was \u00a3176,500, of which the council contributed 57%, health 24% and the police 11%.")
for t_, d_ in (("Executive Group", "Plans the Board's business and holds partners to account between meetings."),
               ("Serious Case Review Sub-group", "Considers referrals for serious case reviews, oversees the "
                "reviews and monitors the action plans that come from them."),
               ("Quality Assurance Sub-group", "Audits multi-agency practice and reviews the Board's "
                "performance information."),
               ("Training Sub-group", "Plans and evaluates the multi-agency training programme."),
               ("CSE and Missing Sub-group", "Leads the Board's response to sexual exploitation and children "
                "who go missing from home and care."),
               ("Policy and Procedures Sub-group", "Keeps the child protection procedures up to date.")):
    b.raw(P([R(t_ + ". ", b=True, color=GREEN), R(d_)], after=80))
body("The Quality Assurance Sub-group completed the section 11 audit in the autumn of 2012. Fifteen agencies "
     "returned it, and each agreed an action plan for the standards it rated amber or red. Those plans are "
     "overseen by the sub-group and are not reproduced here.")
hd("Training and workforce development", 1)
body("The Board delivered 44 multi-agency courses to 961 practitioners, an increase of 12%. Courses on domestic "
     "abuse, neglect and child sexual exploitation were the most in demand. An e-learning introduction to "
     "safeguarding was completed by 1,420 people, many of them volunteers in sport and faith groups.")
hd("Child Death Overview Panel", 1)
body("The Panel reviewed 14 deaths of children resident in Castle Ashwick. Modifiable factors were identified in "
     "three. Two of the deaths were of teenagers in road traffic collisions on rural roads, and the Panel has "
     "asked the road safety partnership to consider a campaign aimed at young drivers and passengers.")
hd("Managing allegations", 1)
body("The Local Authority Designated Officer managed 63 allegations against adults who work with children "
     "(2011-12: 57). Half concerned school staff. Eighty-one per cent were concluded within three months.")
hd("Private fostering", 1)
body("Five private fostering arrangements were notified. The number remains low and the Board has asked "
     "children's social care to repeat its awareness campaign with schools and GP practices.")
hd("Sexual exploitation and missing children", 1)
body("The CSE and Missing Sub-group was set up in September 2012, partly in response to the Child J review. It "
     "has mapped 31 young people at risk of sexual exploitation. There were 402 reported missing episodes "
     "involving 131 children and young people.")
hd("Inspection", 1)
body("Ofsted's inspection of safeguarding and looked after children services in November 2012 judged "
     "safeguarding services to be adequate. Inspectors recommended that the council should improve the "
     "timeliness of initial assessments, and that partners should make sure that child protection plans have "
     "clear, measurable outcomes. These recommendations are being taken forward in the council's improvement "
     "plan and are not part of the serious case review action plan.")
end_section(cols=2, start="nextPage")

# ============================ SCRs (landscape, two columns) ================
MECH = ("The Serious Case Review Sub-group monitors the action plan at every meeting and asks each lead agency "
        "for evidence before an action is marked as achieved. An exception report on actions that are behind "
        "is presented to each meeting of the Board.")
hd("Serious case reviews", 1)
body("The Board published two serious case reviews in 2012-13 and completed a third.")
body("Child A was a seven-month-old boy who was admitted to hospital in September 2011 with fractures to his "
     "ribs and legs. His father, who had a history of violence towards a previous partner, was later convicted. "
     "The review was published on 3 October 2012 and made five recommendations.")
body("Child J was a 13-year-old girl who was sexually exploited by a group of adult men over a period of ten "
     "months in 2011 and 2012. She went missing from home more than thirty times. The review was published on "
     "19 February 2013 and made four recommendations.")
body("The review about Child P, a baby who died in March 2012, was completed in January 2013. It will not be "
     "published until criminal proceedings have ended; its recommendations will be reported next year.")
body(MECH)
hd("Action plan", 2)
b.raw(P([R("Status key: ", b=True, sz=8.5), R("Achieved", b=True, sz=8.5, shd=STATUS_FILL["Achieved"]),
         R(" \u2013 action complete and evidence seen; ", sz=8.5),
         R("Partly achieved", b=True, sz=8.5, shd=STATUS_FILL["Partly achieved"]),
         R(" \u2013 action under way; ", sz=8.5),
         R("Not yet started", b=True, sz=8.5, shd=STATUS_FILL["Not yet started"]),
         R(" \u2013 no action has been reported.", sz=8.5)], after=100))

PLAN = [
    ("Serious case review: Child A", "Child A", [
        dict(n="1", text="Castle Ashwick PCT should ensure that the health visiting service receives information "
                         "from the midwifery service about a father's history of violence, where it is known, before "
                         "the first visit.",
             action="A new midwifery to health visiting transfer form, with a section on fathers and other adults "
                    "in the household, was introduced in January 2013.",
             by="Castle Ashwick PCT; Ashwick General Hospital NHS Trust",
             bodies=[("Castle Ashwick PCT", "health"), ("Ashwick General Hospital NHS Trust", "health")],
             st="Achieved", status="completed"),
        dict(n="2", text="The Probation Trust should notify children's social care when an offender with a history "
                         "of violence is known to be living with a child under one.",
             action="Offender managers now complete a child safeguarding check at every review of a case. An audit "
                    "in March 2013 found the check completed in 96% of cases.",
             by="Westshire Probation Trust", bodies=[("Westshire Probation Trust", "probation_youth_justice")],
             st="Achieved", status="completed"),
        dict(n="3", text="Ashwick General Hospital NHS Trust should ensure that every child under one who attends "
                         "the emergency department with a bruise or a fracture is seen by a paediatrician.",
             action="A protocol has been agreed and emergency department staff are being trained in it; 70% of "
                    "nursing and medical staff had been trained by 31 March 2013.",
             by="Ashwick General Hospital NHS Trust", bodies=[("Ashwick General Hospital NHS Trust", "health")],
             st="Partly achieved", status="in_progress"),
        dict(n="4", text="Children's social care should ensure that assessments of families with a new baby consider "
                         "the history of both parents, including a father who does not live in the household.",
             action=None, cell="Update awaited from lead agency.",
             by="Castle Ashwick Council Children's Social Care",
             bodies=[("Castle Ashwick Council Children's Social Care", "childrens_social_care")],
             st="Not yet started", status="not_started"),
        dict(n="5", text="The LSCB should evaluate the impact of its protocol on bruising in babies who are not yet "
                         "mobile within twelve months.",
             action="The Quality Assurance Sub-group audited 40 cases of bruising in non-mobile babies in March "
                    "2013 and reported its findings to the Board.",
             by="LSCB Quality Assurance Sub-group", bodies=[("LSCB Quality Assurance Sub-group", "lscb")],
             st="Achieved", status="completed"),
    ]),
    ("Serious case review: Child J", "Child J", [
        dict(n="1", text="All agencies should use the LSCB's child sexual exploitation risk assessment tool when a "
                         "young person goes missing three or more times in a month.",
             action="The tool was relaunched in March 2013 with a shorter form, and a briefing was sent to every "
                    "agency's safeguarding lead.",
             by="All agencies", bodies=[("all partner agencies", "lscb")],
             st="Partly achieved", status="in_progress"),
        dict(n="2", text="Westshire Police should share information about every missing episode with children's "
                         "social care within 24 hours.",
             action="Daily notifications of missing children from the police to the Access Team began in February "
                    "2013.",
             by="Westshire Police", bodies=[("Westshire Police", "police")],
             st="Partly achieved", status="in_progress"),
        dict(n="3", text="The Education Service should ensure that schools tell the child's social worker on the "
                         "same day about any unexplained absence of a pupil known to be at risk of sexual "
                         "exploitation.",
             action="The Education Service wrote to all head teachers in March 2013, and the requirement has been "
                    "added to the model attendance policy for schools.",
             by="Castle Ashwick Council Education Service",
             bodies=[("Castle Ashwick Council Education Service", "education")],
             st="Achieved", status="completed"),
        dict(n="4", text="Children's social care should commission an independent return interview service for "
                         "young people who go missing from home or care.",
             action=None, cell="\u2014",
             by="Castle Ashwick Council Children's Social Care",
             bodies=[("Castle Ashwick Council Children's Social Care", "childrens_social_care")],
             st="Not yet started", status="not_started"),
    ]),
]
W = [0.9, 0.7, 3.7, 3.5, 1.8, 1.7]   # 12.3 cm: one column of the landscape section
hdr = ["SCR", "No", "Recommendation", "Action taken", "By whom", "Status"]
rows = [[MCELL(P([R(h_, b=True, sz=7.5, color="FFFFFF")], after=0), W[i], fill=GREEN, rotate=(i == 0))
         for i, h_ in enumerate(hdr)]]
for review, _, recs_ in PLAN:
    for j, r in enumerate(recs_):
        first = MCELL(P([R(review, b=True, sz=8.5, color=GREEN)], after=0, jc="center"), W[0], fill=PALE,
                      vmerge="restart" if j == 0 else "continue", rotate=True, valign="center") if j == 0 else \
            MCELL(P([], after=0), W[0], fill=PALE, vmerge="continue", rotate=True)
        act = r["action"] if r["action"] else r["cell"]
        rows.append([first,
                     MCELL(P([R(r["n"], b=True, sz=8.5)], after=0, jc="center"), W[1]),
                     MCELL(P([R(r["text"], sz=8)], after=0), W[2]),
                     MCELL(P([R(act, sz=8, i=not r["action"])], after=0), W[3]),
                     MCELL(P([R(r["by"], sz=8)], after=0), W[4]),
                     MCELL(P([R(r["st"], b=True, sz=7.5)], after=0), W[5], fill=STATUS_FILL[r["st"]])])
b.raw(TABLE(rows, W, border="BCAAA4", header_rows=1))
body("Where an action has not started, the Independent Chair has written to the chief officer of the agency "
     "concerned and asked for a date by which it will be completed.")
b.raw(P([R("Other reviews. ", b=True, color=GREEN),
         R("The Serious Case Review Sub-group considered four further cases that did not meet the criteria for a "
           "serious case review. For one, the death of a 16-year-old girl from an overdose, it commissioned a "
           "multi-agency learning review, which recommended that the mental health trust and schools agree how "
           "a young person's discharge from CAMHS is shared with the school. That recommendation is being "
           "followed up by the Quality Assurance Sub-group and is not part of the action plan above.")], after=80))
end_section(landscape=True, cols=2, start="nextPage")

# ============================ BUSINESS PLAN (portrait, distractor) =========
hd("Business plan 2013-14", 1)
body("The Board agreed its business plan for 2013-14 in March 2013. It is set out below with a lead for each "
     "priority. It is the Board's own plan and does not come from a serious case review.")
BW = [1.0, 6.5, 5.0, 2.6, 1.9]
rows = [[MCELL(P([R(h_, b=True, sz=8.5, color="FFFFFF")], after=0), BW[i], fill=INK)
         for i, h_ in enumerate(["No.", "Priority", "Outcome sought", "Lead", "Status"])]]
for n_, p_, o_, l_, s_ in (("1", "Tackle neglect", "A neglect strategy adopted by all partners", "Quality Assurance Sub-group", "New"),
                           ("2", "Respond to child sexual exploitation", "A multi-agency CSE team in place", "CSE and Missing Sub-group", "New"),
                           ("3", "Prepare for the new health structures", "Clear safeguarding leads in the CCG and NHS England", "Executive Group", "New"),
                           ("4", "Hear children's voices", "A young people's panel advising the Board", "Training Sub-group", "New")):
    rows.append([MCELL(P([R(n_, sz=8.5)], after=0), BW[0]), MCELL(P([R(p_, sz=8.5, b=True)], after=0), BW[1]),
                 MCELL(P([R(o_, sz=8.5)], after=0), BW[2]), MCELL(P([R(l_, sz=8.5)], after=0), BW[3]),
                 MCELL(P([R(s_, sz=8.5)], after=0), BW[4])])
b.raw(TABLE(rows, BW, border="BCAAA4"))
body("If you are worried about a child in Castle Ashwick, contact the Access Team on 01632 880 400 (out of hours "
     "01632 880 999). If a child is in immediate danger, call 999.")

b.header_footer(BOARD + "  \u00b7  Annual Report 2012-13", "Castle Ashwick LSCB Annual Report 2012-13", rule=GREEN)

# ============================ SAVE + GOLD ==================================
out = os.path.join(HERE, NAME + ".docx")
b.save(out)


def ev(s, n=16):
    return " ".join(s.split()[:n])


recs = []
k = 0
for _, scr, rs in PLAN:
    for r in rs:
        k += 1
        recs.append({"id": "%s-r%02d" % (NAME, k), "scr": scr, "number": r["n"], "text": r["text"],
                     "action": r["action"], "bodies": [{"name": n_, "sector": s_} for n_, s_ in r["bodies"]],
                     "status": r["status"], "due": None, "page": None, "evidence": ev(r["text"]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": BOARD, "period": "2012-13",
        "scrs": [{"name": "Child A", "stage": "published", "page": None},
                 {"name": "Child J", "stage": "published", "page": None},
                 {"name": "Child P", "stage": "completed", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict}}
with open(os.path.join(HERE, NAME + ".gold.json"), "w") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
print("wrote", out, "entries", n, "actions", acts, "bodies", bods, verdict)
