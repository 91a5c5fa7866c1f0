#!/usr/bin/env python3
"""Builds skelbrook-2016-17.docx and its gold JSON."""
from wordml import *  # noqa: F401,F403  (the kit shared by the designed Word reports)
import wordml

# ---------------------------------------------------------------------------
# Skelbrook Local Safeguarding Children Board - Annual Report 2016-17
# Each SCR recommendation is a floating text box anchored in, and wrapped by,
# the paragraph of narrative that tells what was done about it. The status is a
# coloured oval with a numbered Word caption whose status word sits in a
# drop-down content control; the colours are explained by a key table.
# ---------------------------------------------------------------------------
import json
import math
import os

NAME = "skelbrook-2016-17"
HERE = os.environ.get("DESIGNED_OUT") or os.path.dirname(os.path.abspath(__file__))
BOARD = "Skelbrook Local Safeguarding Children Board"
PLUM, SLATE, MIST = "4A2C5E", "3E5C76", "EEF2F6"
COL = {"Green": "3A8E3A", "Amber": "E69B00", "Red": "C62828"}

b = Builder(font="Cambria", size=10.5, color="2B2B2B")
doc = b.doc
for lvl, sz, col in ((1, 20, PLUM), (2, 13, SLATE), (3, 11, PLUM)):
    st = doc.styles["Heading %d" % lvl]
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(col)
    st.font.name = "Cambria"
    rf = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        for k in list(rf.attrib):
            if "heme" in k:
                del rf.attrib[k]
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), "Cambria")


def OVAL(fill, d_cm=0.42):
    """An inline coloured oval (DrawingML shape with a VML fallback), as Word saves one."""
    n = next(wordml._ids)
    cx = int(d_cm * EMU_CM)
    pt = "%.2fpt" % (d_cm * 28.3465)
    return f'''<w:r><w:rPr><w:noProof/><w:position w:val="-4"/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cx}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:docPr id="{n}" name="Oval {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cx}"/></a:xfrm><a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></wps:spPr>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict><v:oval id="Oval {n}" o:spid="_x0000_s{3000 + n}" style="width:{pt};height:{pt};mso-position-horizontal-relative:char;mso-position-vertical-relative:line" fillcolor="#{fill.lower()}" strokecolor="white" strokeweight=".5pt"/></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''


def SEQ(num):
    return ('<w:fldSimple w:instr=" SEQ Figure \\* ARABIC "><w:r><w:rPr><w:noProof/></w:rPr><w:t>%d</w:t></w:r>'
            '</w:fldSimple>' % num)


CLEAR = '<w:p><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr><w:r><w:br w:type="textWrapping" w:clear="all"/></w:r></w:p>'


def est_h(texts, chars=44, per_line=0.43, extra=0.55):
    return round(extra + sum(max(1, math.ceil(len(t) / chars)) * per_line + 0.1 for t in texts), 2)


def body(text, **kw):
    b.raw(P([R(text)], **kw))


# ============================ COVER ========================================
b.raw(P([R("Skelbrook", b=True, sz=44, color=PLUM)], before=2200, after=0))
b.raw(P([R("Local Safeguarding Children Board", sz=22, color=SLATE)], after=200))
b.raw(P([R("Annual Report", sz=30, color=PLUM), R(" 2016/17", sz=30, b=True, color=PLUM)], after=120,
        border='<w:bottom w:val="single" w:sz="36" w:space="8" w:color="%s"/>' % COL["Amber"]))
b.raw(P([R("The Board's report on the effectiveness of safeguarding in Skelbrook, April 2016 to March 2017",
           sz=12, i=True, color="595959")], after=1400))
cover = (P([R("\u201cWe asked ourselves one question all year: would a child notice?\u201d", sz=15, i=True,
              color="FFFFFF")], after=80)
         + P([R("Rev. Dr Helen Marsworth, Independent Chair", sz=10, color="FFFFFF", small_caps=True)], after=0))
b.raw(P([TEXTBOX(cover, 17.0, 2.4, fill=PLUM, line=None, name="Cover quotation")], after=0))
b.raw(P([R("Laid before the Skelbrook Health and Wellbeing Board on 12 October 2017.", sz=9, color="7F7F7F")],
        before=1200, after=0))

# ============================ CONTENTS =====================================
b.raw(P([R("In this report", b=True, sz=20, color=PLUM)], page_break_before=True, after=240))
b.toc([(1, "A word from the Independent Chair", 3), (1, "Skelbrook: the place and its children", 4),
       (1, "How the Board is run", 5), (2, "Sub-groups", 5), (1, "Learning and development", 6),
       (1, "Child deaths, allegations and private fostering", 7), (1, "Exploitation and missing children", 8),
       (1, "Inspection and peer review", 8), (1, "The serious case review about Child F", 9),
       (2, "Key to the status shapes", 9), (1, "Other reviews", 12), (1, "What we will do in 2017/18", 13)])

# ============================ FOREWORD =====================================
b.h("A word from the Independent Chair", 1, page_break=True)
body("Every annual report is, in the end, a report about children who cannot read it. This year I asked the Board "
     "to test each thing it did against a single question: would a child notice? A new form, a new protocol or a "
     "well-attended course matters only if a child somewhere is seen sooner, heard more clearly or protected "
     "more reliably because of it.")
# a pull quote in a frame (two framed paragraphs with the same frame properties make one frame)
b.raw(P([R("Would a child notice?", b=True, sz=16, color=PLUM)], frame=FRAME(5.0, align="right"), shd=MIST,
        border=BDR(PLUM, 12, ("top",), 6), after=0))
b.raw(P([R("The question the Board asked of every piece of work in 2016/17.", sz=9, i=True, color="595959")],
        frame=FRAME(5.0, align="right"), shd=MIST, border=BDR(PLUM, 12, ("bottom",), 6), after=0))
body("The year was dominated by the serious case review about Child F, a four-year-old boy who was badly scalded "
     "at home in January 2016 and who had, for most of his life, been living in conditions of serious neglect. "
     "His mother has a learning disability. The review, published in July 2016, shows that professionals were "
     "kind to her but did not adapt what they did so that she could understand what was being asked of her, and "
     "that nobody put together what the nursery, the health visitor and the police each knew.")
body("I am pleased with the response of most agencies, which you can read recommendation by recommendation later "
     "in this report. I am not yet satisfied with all of it, and I say so where that is the case. The Board also "
     "began a second serious case review, about Child D, which will be reported next year.")
body("My thanks go to the Board's business unit, which shrank from five people to four this year without any "
     "loss of output, and to the lay members, whose questions were often the best ones asked.")
body("Rev. Dr Helen Marsworth, Independent Chair, September 2017", jc="right")

# ============================ PROFILE ======================================
b.h("Skelbrook: the place and its children", 1, page_break=True)
stats = [("Children and young people under 18", "52,700"), ("Referrals to children's social care", "3,981"),
         ("Children in need at 31 March 2017", "1,642"), ("Child protection plans at 31 March 2017", "244"),
         ("Children looked after at 31 March 2017", "311"), ("Early help assessments", "927"),
         ("Pupils eligible for free school meals", "16.2%")]
rows = [[CELL(P([R("Skelbrook in figures", b=True, color="FFFFFF", sz=10)], after=0), 6.0, fill=SLATE, gridspan=2)]]
for k_, v_ in stats:
    rows.append([CELL(P([R(k_, sz=9)], after=0), 4.2), CELL(P([R(v_, b=True, sz=10, color=PLUM)], jc="right", after=0), 1.8)])
b.raw(TABLE(rows, [4.2, 1.8], floating=TBLPPR(x_spec="right", y_cm=0.2), border="BFC9D3", header_rows=1))
body("Skelbrook is a unitary authority on the northern coast with a population of about 229,000. The town of "
     "Skelbrook itself, with its port and its former steelworks, holds more than half of the population; the "
     "market towns of Orrington and Kelderby and a string of coastal villages make up the rest.")
body("About 52,700 children and young people live here. Child poverty is high: 24% of children live in low-income "
     "families, and in the East Harbour and Grangeside wards the figure is above 40%. The proportion of children "
     "from minority ethnic backgrounds is small but growing, at 7% of the school population.")
body("The number of children subject to a child protection plan fell from 268 to 244 during the year. Neglect "
     "was the main category for 61% of plans. The number of children looked after rose again, to 311, and the "
     "Board has asked the Corporate Parenting Board to report on the reasons.")
body("Domestic abuse, parental mental ill-health and parental substance misuse were present together in 38% of "
     "the child protection conferences held in the year; parental learning disability was recorded in 9%.")

# ============================ GOVERNANCE ===================================
b.h("How the Board is run", 1, page_break=True)
body("The Board brings together Skelbrook Council, Northdale Constabulary, NHS Skelbrook CCG, Skelbrook Community "
     "Health NHS Trust, North Coast Hospitals NHS Foundation Trust, the Teesmoor Mental Health Trust, the "
     "National Probation Service, the Durwent Community Rehabilitation Company, Cafcass, the Youth Offending "
     "Service, schools and colleges, and the voluntary sector. It met six times; attendance averaged 84%.")
body("The Board's income in 2016/17 was \u00a3198,400. Skelbrook Council contributed 58%, the CCG 22% and "
     "Northdale Constabulary 12%. The Board ended the year with a small underspend, which has been carried "
     "forward to pay for the Child D review.")
b.h("Sub-groups", 2)
b.section_break()  # the single-column part ends here
for title, text in [
    ("Case Review Sub-group", "Chaired by the Designated Nurse. Considers every case referred for a serious case "
     "review, runs the reviews the Chair agrees to, and holds the action plans until every action is signed off."),
    ("Quality and Performance Sub-group", "Chaired by the Head of Quality, North Coast Hospitals. Ran three "
     "multi-agency audits (neglect, strategy discussions, and children with a parent with a learning disability) "
     "and keeps the Board's dataset of 38 measures."),
    ("Learning and Development Sub-group", "Chaired by the Principal Social Worker. Plans the multi-agency "
     "training programme and evaluates its impact three months after each course."),
    ("Exploitation and Missing Sub-group", "Chaired by a Detective Chief Inspector from Northdale Constabulary. "
     "Oversees the multi-agency sexual exploitation meeting and the response to children who go missing."),
    ("Policy and Procedures Sub-group", "Shared with Teesmoor LSCB. Updated 14 chapters of the joint online "
     "procedures, including a new chapter on parents with a learning disability."),
    ("Section 11 and schools audit", "All 21 agencies and 88% of schools completed the self-assessment. "
     "Agencies' own improvement actions from the audit are followed up by the Quality and Performance "
     "Sub-group and are not reported here."),
]:
    b.raw(P([R(title, b=True, color=SLATE)], after=40, keep_next=True))
    body(text)
b.section_break(cols=2)

# ============================ TRAINING =====================================
b.h("Learning and development", 1, page_break=True)
body("The Board ran 52 multi-agency courses attended by 1,288 practitioners; 2,140 more completed one of the "
     "Board's e-learning modules. The most requested course was Working with Parents with a Learning "
     "Disability, added in September 2016 in response to the Child F review.")
rows = [[CELL(P([R(h_, b=True, color="FFFFFF", sz=9)], after=0), w_, fill=PLUM) for h_, w_ in
         (("Agency", 7.0), ("Places", 2.5), ("Change since 2015/16", 3.5))]]
for a_, n_, c_ in (("Children's social care and early help", "402", "+11%"), ("Schools and early years", "351", "+4%"),
                   ("Health", "268", "+19%"), ("Police", "74", "-6%"), ("Voluntary sector", "131", "+2%"),
                   ("Adult services", "62", "+38%")):
    rows.append([CELL(P([R(a_, sz=9)], after=0), 7.0), CELL(P([R(n_, sz=9)], after=0), 2.5),
                 CELL(P([R(c_, sz=9)], after=0), 3.5)])
b.raw(TABLE(rows, [7.0, 2.5, 3.5], border="BFC9D3"))
body("Of those who returned a three-month evaluation, 88% said the course had changed the way they work. The "
     "sub-group followed up 30 of them by telephone; most described using easy-read materials or checking "
     "understanding with parents.")

# ============================ CDOP / LADO / PF =============================
b.h("Child deaths, allegations and private fostering", 1, page_break=True)
b.h("Child Death Overview Panel", 2)
body("The Panel, shared with Teesmoor, reviewed 17 deaths of Skelbrook children in the year. Eleven were of "
     "infants under one. Modifiable factors were found in four deaths, most often unsafe sleeping. The Panel "
     "recommended that maternity services repeat safe sleep advice at the discharge visit; that recommendation "
     "is owned by the Panel, not by a serious case review.")
b.h("Local Authority Designated Officer", 2)
body("The LADO received 176 contacts, of which 81 met the threshold for the allegations procedure. Schools "
     "accounted for 29 and residential children's homes for 16. Nine people were dismissed and three were "
     "referred to the Disclosure and Barring Service.")
b.h("Private fostering", 2)
body("Eight private fostering arrangements were notified, up from five. All initial visits took place within "
     "seven days. A leaflet for schools was reissued in September 2016.")

b.h("Exploitation and missing children", 1)
body("The multi-agency sexual exploitation meeting discussed 57 young people during the year. At 31 March 2017, "
     "19 were assessed as high risk. There were 688 missing episodes involving 214 children, and 82% of return "
     "home interviews were completed within 72 hours. Northdale Constabulary's Operation Harbour led to four "
     "arrests for child sexual exploitation offences.")

# ============================ INSPECTION / PEER REVIEW =====================
b.h("Inspection and peer review", 1)
body("Ofsted's inspection of services for children in need of help and protection, and its review of the Board, "
     "took place in March 2016 and was reported in May 2016. Services were judged to require improvement and the "
     "Board to be good. Ofsted recommended that the Board strengthen its evaluation of the impact of training "
     "and improve the engagement of schools; both are in the business plan.")
body("In November 2016 the Board invited a peer review team from two other LSCBs. The team recommended that "
     "the Board shorten its dataset, and bring the voice of young people into Board meetings at least twice a "
     "year. These are peer review recommendations and are being taken forward through the business plan.")

# ============================ THE SCR ======================================
b.h("The serious case review about Child F", 1, page_break=True)
MECH = ("The Case Review Sub-group meets every six weeks and goes through the action plan line by line. A "
        "recommendation is shown green only when the lead agency has given the sub-group evidence that it has "
        "been implemented, and the sub-group reports the state of the plan to every Board meeting.")
body("Child F was four years old when he was admitted to hospital with scalds to his legs and feet in January "
     "2016. He lived with his mother, who has a learning disability, and at times with her partner. He had been "
     "subject to a child protection plan for neglect for seven months in 2014, and had been known to the health "
     "visiting service, a private nursery and the police. The Board agreed to a serious case review in February "
     "2016 and published it on 14 July 2016.")
body("The review made six recommendations. Each is set out in the box beside the paragraph that describes what "
     "has been done about it, with the lead agency named in the box. The coloured shape under each paragraph "
     "shows the status at 31 March 2017.")
body(MECH)
b.h("Key to the status shapes", 2)
key_rows = []
for col_, meaning in (("Green", "implemented, with evidence accepted by the Case Review Sub-group"),
                      ("Amber", "partly implemented; work is continuing"),
                      ("Red", "not started, or no update from the lead agency")):
    key_rows.append([CELL(P([OVAL(COL[col_]), R("  " + col_, b=True, sz=9)], after=0), 2.6),
                     CELL(P([R(meaning, sz=9)], after=0), 8.0)])
b.raw(TABLE(key_rows, [2.6, 8.0], border="FFFFFF", header_rows=0))

RECS = [
    dict(n="1", topic="Assessing parents with a learning disability",
         text="Skelbrook Council Children's Services should ensure that parenting assessments of parents with a "
              "learning disability are carried out by staff trained in an adapted approach, such as the PAMS framework.",
         lead="Lead: Skelbrook Council Children's Services",
         bodies=[("Skelbrook Council Children's Services", "childrens_social_care")],
         action="Twelve social workers have now completed PAMS training, and the assessment team allocates every "
                "assessment of a parent with a learning disability to one of them. The first eight assessments under "
                "the new arrangement were completed between October 2016 and March 2017.",
         context=" The sub-group looked at two of them in March and found that both used pictures, shorter sessions "
                 "and a written summary for the parent, none of which happened for Child F's mother.",
         rag="Green", status="completed"),
    dict(n="2", topic="Health visiting information in accessible formats",
         text="Skelbrook Community Health NHS Trust should make sure that health visitors adapt the written "
              "information they give to parents with a learning disability, and check that it has been understood.",
         lead="Lead: Skelbrook Community Health NHS Trust",
         bodies=[("Skelbrook Community Health NHS Trust", "health")],
         action="Easy-read versions of the eleven most-used health visiting leaflets have been produced with the "
                "Skelbrook Learning Disability Partnership Board and are being tested with six families.",
         context=" The Trust expects to issue them to all health visitors in the summer, once the families' comments "
                 "have been taken into account. A checklist for confirming understanding is still being drafted.",
         rag="Amber", status="in_progress"),
    dict(n="3", topic="Children who stop attending nursery",
         text="Early years providers should tell the family's health visitor or social worker when a child who is "
              "subject to a plan misses five consecutive sessions.",
         lead="Lead: Early Years and Childcare Service",
         bodies=[("Early Years and Childcare Service", "education")],
         action="The Early Years and Childcare Service wrote to all 146 registered settings in September 2016 and "
                "has made the expectation part of the provider agreement from April 2017.",
         context=" Child F's nursery had noticed that he stopped coming for three weeks before his injury but did not "
                 "know who to tell. Nursery managers now receive the name of the lead professional when a child on a "
                 "plan starts.",
         rag="Green", status="completed"),
    dict(n="4", topic="Police attendance at the home",
         text="Northdale Constabulary should ensure that officers attending incidents at a home where a child is "
              "subject to a child protection plan see the child and record the child's welfare.",
         lead="Lead: Northdale Constabulary",
         bodies=[("Northdale Constabulary", "police")],
         action=None,
         context="Northdale Constabulary accepted this recommendation when the review was published but has not yet "
                 "given the sub-group an update on what it has done. The Independent Chair raised it with the "
                 "Assistant Chief Constable in February 2017 and a response is awaited.",
         rag="Red", status="not_started"),
    dict(n="5", topic="Involving parents in child protection",
         text="All agencies should make sure that their staff understand how to involve parents with a learning "
              "disability in child protection processes, including the use of advocates.",
         lead="Lead: all agencies",
         bodies=[("all partner agencies", "lscb")],
         action="A joint briefing with Skelbrook Advocacy has been delivered to 186 practitioners from nine "
                "agencies, and the child protection conference service now offers an advocate to every parent with "
                "a learning disability.",
         context=" Agencies have been asked to confirm in their next section 11 return how the learning has reached "
                 "staff who did not attend.",
         rag="Amber", status="in_progress"),
    dict(n="6", topic="Carers' assessments",
         text="The LSCB should seek assurance from Adult Social Care that carers' assessments consider the needs of "
              "any children in the household.",
         lead="Lead: Skelbrook LSCB with Adult Social Care",
         bodies=[("Skelbrook LSCB", "lscb"), ("Adult Social Care", "adult_services")],
         action="Adult Social Care changed its carers' assessment form in January 2017 to include a section on "
                "children in the household, and staff have been briefed on it.",
         context=" The Quality and Performance Sub-group sampled 15 assessments in March 2017; the new section had "
                 "been completed in 13.",
         rag="Green", status="completed"),
]

for k, r in enumerate(RECS, 1):
    box = (P([R("RECOMMENDATION %s" % r["n"], b=True, sz=8.5, color="FFFFFF")], shd=SLATE, after=60)
           + P([R(r["text"], sz=9, color="1F1F1F")], after=60, line=250)
           + P([R(r["lead"], i=True, sz=8.5, color=PLUM)], after=0))
    h = est_h([r["text"], r["lead"]])
    b.raw(P([R(r["topic"], b=True, sz=11.5, color=PLUM)], before=160, after=60, keep_next=True))
    narrative = []
    narrative.append(TEXTBOX(box, 7.2, h, x_cm=9.8, y_cm=0.0, fill=MIST, line=SLATE, line_w=9525,
                             wrap="square", rel_h="column", rel_v="paragraph", name="Recommendation %s" % r["n"]))
    if r["action"]:
        narrative.append(R(r["action"]))
    narrative.append(R(r["context"]))
    b.raw(P(narrative, after=80, line=264))
    b.raw(P([OVAL(COL[r["rag"]]), R("  Figure "), SEQ(k), R(": Recommendation %s, status at 31 March 2017: " % r["n"]),
             SDT(R(r["rag"], b=True), "RAG status", "rag-rec-%s" % r["n"], block=False, extra_pr=DROPDOWN(["Green", "Amber", "Red"]))],
            style="Caption", after=60))
    b.raw(CLEAR)

b.h("Child D", 2)
body("In November 2016 the Independent Chair agreed to a serious case review about Child D, a baby who suffered "
     "a fractured skull in September 2016. The review is under way, using a systems approach with a panel of "
     "seven agencies, and is expected to report in the autumn of 2017.")

# ============================ OTHER REVIEWS (distractors) ==================
b.h("Other reviews", 1, page_break=True)
body("The Community Safety Partnership published a domestic homicide review in December 2016, following the death "
     "of a woman who was the mother of a two-year-old. The Board sat on the review panel. The DHR's actions "
     "belong to the Community Safety Partnership; the one most relevant to children is shown below.")
dhr = (P([R("DOMESTIC HOMICIDE REVIEW \u2013 ACTION 3 (not a serious case review)", b=True, sz=8.5, color="FFFFFF")], shd="7F7F7F", after=60)
       + P([R("GP practices should record the names of children living with a patient who discloses domestic abuse.", sz=9)], after=60)
       + P([R("Lead: NHS Skelbrook CCG", i=True, sz=8.5)], after=0))
b.raw(P([TEXTBOX(dhr, 7.2, est_h(["x" * 120, "x"]), x_cm=9.8, fill="F2F2F2", line="7F7F7F", line_w=9525, wrap="square",
                 name="DHR action"),
         R("The CCG has added a prompt to the GP clinical system and will report its use to the Community Safety "
           "Partnership. The Board has asked to see the same report, because the prompt could help practices to "
           "identify children living with domestic abuse earlier than they do now.")], after=80))
b.raw(CLEAR)
body("The Case Review Sub-group also considered two cases that did not meet the criteria for a serious case "
     "review. For one, a fourteen-year-old girl who was sexually exploited, it ran a single-agency learning "
     "exercise with the police and the school; for the other, it issued a practice briefing on bruising in "
     "babies who are not yet mobile.")

# ============================ BUSINESS PLAN (distractor) ===================
b.h("What we will do in 2017/18", 1)
body("The Board's business plan for 2017/18 has four priorities. Progress will be reported in next year's report.")
rows = [[CELL(P([R(h_, b=True, color="FFFFFF", sz=9)], after=0), w_, fill=SLATE) for h_, w_ in
         (("Priority", 4.0), ("What we will do", 9.0), ("Who", 4.0))]]
for a_, c_, d_ in (("Neglect", "Roll out the Graded Care Profile 2 to health visitors and schools.", "Learning and Development Sub-group"),
                   ("Parents with additional needs", "Extend the learning from Child F to parents with mental ill-health.", "Quality and Performance Sub-group"),
                   ("Exploitation", "Include criminal exploitation in the remit of the exploitation meeting.", "Exploitation and Missing Sub-group"),
                   ("New arrangements", "Prepare for the changes proposed in the Children and Social Work Bill.", "Board Executive")):
    rows.append([CELL(P([R(a_, b=True, sz=9)], after=0), 4.0), CELL(P([R(c_, sz=9)], after=0), 9.0),
                 CELL(P([R(d_, sz=9)], after=0), 4.0)])
b.raw(TABLE(rows, [4.0, 9.0, 4.0], border="BFC9D3"))
body("Skelbrook Local Safeguarding Children Board, Harbour House, 2 Quay Road, Skelbrook. If you are worried about "
     "a child, contact the Children's Hub on 01642 555 310, or call 999 if a child is in immediate danger.")

b.header_footer(BOARD + "  \u00b7  Annual Report 2016/17", "Skelbrook LSCB Annual Report 2016/17", rule=PLUM)

# ============================ SAVE + GOLD ==================================
out = os.path.join(HERE, NAME + ".docx")
b.save(out)


def ev(s, n=16):
    return " ".join(s.split()[:n])


recs = []
for k, r in enumerate(RECS, 1):
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": "Child F", "number": r["n"], "text": r["text"],
                 "action": r["action"], "bodies": [{"name": n_, "sector": s_} for n_, s_ in r["bodies"]],
                 "status": r["status"], "due": None, "page": None, "evidence": ev(r["text"]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": BOARD, "period": "2016-17",
        "scrs": [{"name": "Child F", "stage": "published", "page": None},
                 {"name": "Child D", "stage": "ongoing", "page": None}],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict}}
with open(os.path.join(HERE, NAME + ".gold.json"), "w") as fh:
    json.dump(gold, fh, indent=2, ensure_ascii=False)
print("wrote", out, "entries", n, "actions", acts, "bodies", bods, verdict)
