"""Ashgrove LSCB annual report 2016/17, designed in Word: a two-column narrative section, text-box
sidebars, and an SCR action plan table with the review name in vertically merged cells, nested
'action | date | by whom' tables inside some Action cells and status as a symbol (key below).
Writes ashgrove-2016-17.docx and its hand-written gold into $DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordml import BDR, Builder, P, R, TABLE, TEXTBOX  # noqa: E402

NAME = "ashgrove-2016-17"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Ashgrove Local Safeguarding Children Board"
NAVY, TEAL = "203864", "2E7D7A"
SYM = {"completed": ("\u2714", "2E7D32"), "in_progress": ("\u25D0", "B26A00"), "not_started": ("\u2718", "C62828"),
       "unknown": ("", None)}

# ---------------------------------------------------------------- the SCR action plan (and the gold)
# action: a string, or a list of (action, date, by whom) rows for a nested table, or None ("-")
PLAN = [
    dict(scr="Child K", number="1",
         text="Ashgrove Council Children's Social Care should ensure that every pre-birth assessment considers parental drug and alcohol use and includes a safe sleep plan for the baby.",
         action=[("The pre-birth assessment template was revised to add sections on substance misuse and safe sleep.", "Sept 2016", "Principal Social Worker, Children's Social Care"),
                 ("An audit of 20 pre-birth assessments found a safe sleep plan in 18.", "Feb 2017", "LSCB Quality Assurance Sub-group")],
         lead="Children's Social Care",
         bodies=[("Ashgrove Council Children's Social Care", "childrens_social_care"), ("LSCB Quality Assurance Sub-group", "lscb")],
         status="completed", due=None),
    dict(scr="Child K", number="2",
         text="Ashgrove Recovery Partnership should ask every adult who uses its drug and alcohol services whether they live with or care for children, and share any concern with Children's Social Care.",
         action="A 'Hidden Harm' screening question was added to the initial assessment in July 2016. In Quarter 3, 94% of new assessments recorded the answer and 31 referrals were made to the Children's Advice Hub.",
         lead="Ashgrove Recovery Partnership",
         bodies=[("Ashgrove Recovery Partnership", "adult_services")],
         status="completed", due=None),
    dict(scr="Child K", number="3",
         text="Ashgrove Community Healthcare NHS Trust should ensure that health visitors give safe sleep advice at every mandated contact and record that they have done so.",
         action=[("Safe sleep advice was added to the checklist for all five mandated health visiting contacts.", "Aug 2016", "Health Visiting Service"),
                 ("A record-keeping audit will test whether the advice is recorded.", "May 2017", "Named Nurse for Safeguarding")],
         lead="Ashgrove Community Healthcare NHS Trust",
         bodies=[("Ashgrove Community Healthcare NHS Trust", "health")],
         status="in_progress", due="2017-05"),
    dict(scr="Child K", number="4",
         text="Ashgrove Clinical Commissioning Group should ensure that GP practices flag the records of children whose parents are known to have a drug or alcohol problem.",
         action=None,
         lead="Ashgrove CCG",
         bodies=[("Ashgrove Clinical Commissioning Group", "health")],
         status="not_started", due="2017-09"),
    dict(scr="Child K", number="5",
         text="The LSCB should publish a multi-agency safe sleep guideline and launch it with a public campaign.",
         action="The Ashgrove Safe Sleep Guideline was published in November 2016 and launched in December with the 'Sleep Safe, Every Time' campaign on buses, in pharmacies and in all children's centres.",
         lead="LSCB",
         bodies=[(LSCB, "lscb")],
         status="completed", due=None),
    dict(scr="Young Person L", number="1",
         text="Ashgrove and Fernley NHS Foundation Trust should ensure that CAMHS sees within seven days any young person who attends the emergency department after self-harm.",
         action=[("A self-harm pathway was agreed between the emergency department and CAMHS.", "Mar 2017", "Ashgrove and Fernley NHS Foundation Trust"),
                 ("The first quarterly report on seven-day follow-up is due to the Board.", "Jun 2017", "CAMHS")],
         lead="Ashgrove and Fernley NHS FT (CAMHS)",
         bodies=[("Ashgrove and Fernley NHS Foundation Trust", "health"), ("CAMHS", "health")],
         status="in_progress", due="2017-06"),
    dict(scr="Young Person L", number="2",
         text="Thornshire Police should make sure that a young person's missing episodes and any intelligence about sexual exploitation are linked on police systems.",
         action="A CSE marker now links missing person reports with intelligence logs, and the Missing Persons Co-ordinator reviews every linked record each week.",
         lead="Thornshire Police",
         bodies=[("Thornshire Police", "police")],
         status="completed", due=None),
    dict(scr="Young Person L", number="3",
         text="Schools and colleges should make sure that child protection files are passed on within five school days when a student moves to a new school or college.",
         action="Guidance on the transfer of child protection records was re-issued to all schools and to Ashgrove College in October 2016. Twelve of the 14 secondary schools and the college have confirmed that they comply.",
         lead="Schools and colleges",
         bodies=[("Schools and colleges", "education"), ("Ashgrove College", "education")],
         status="in_progress", due=None),
    dict(scr="Young Person L", number="4",
         text="Children's Social Care and Thornshire Police should jointly review how strategy discussions are held for young people at risk of sexual exploitation.",
         action=[("Joint review of 15 strategy discussions held for young people at risk of CSE.", "Jan 2017", "Children's Social Care and Thornshire Police"),
                 ("A new strategy discussion record is in use in the MASH.", "Apr 2017", "MASH")],
         lead="Children's Social Care / Thornshire Police",
         bodies=[("Children's Social Care", "childrens_social_care"), ("Thornshire Police", "police"), ("MASH", "childrens_social_care")],
         status="unknown", due=None),
]
MECH = ("The Learning and Improvement Sub-group holds one action plan for every serious case review. "
        "Lead officers update it before each meeting, and an action is marked complete only when the sub-group "
        "has seen evidence. The sub-group reports to each Board meeting on progress and on any action that is overdue.")

# ---------------------------------------------------------------- helpers
W = [2.0, 0.9, 4.4, 6.2, 2.1, 1.4]   # 17.0 cm


def tc(content, w, fill=None, vmerge=None, valign="top"):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w * 567)
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if fill:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    pr += '<w:vAlign w:val="%s"/>' % valign
    if isinstance(content, str) and not content.startswith("<"):
        content = P([R(content, sz=8.5)], after=0)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def nested(rows):
    """A small table inside the Action cell: action | date | by whom."""
    widths = [2.8, 0.95, 2.15]
    head = [tc(P([R(h, b=True, sz=7.5, color="FFFFFF")], after=0), w, fill=TEAL) for h, w in
            zip(("Action", "Date", "By whom"), widths)]
    body = ["".join(tc(P([R(v, sz=7.5)], after=0), w) for v, w in zip(r, widths)) for r in rows]
    grid = "".join('<w:gridCol w:w="%d"/>' % int(w * 567) for w in widths)
    bd = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="9FBFBD"/>' % s
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    trs = "<w:tr>%s</w:tr>" % "".join(head) + "".join("<w:tr>%s</w:tr>" % b for b in body)
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="45" w:type="dxa"/><w:right w:w="45" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (int(sum(widths) * 567), bd, grid, trs)) + P([R("", sz=4)], after=0)


def plan_table():
    hdr = "".join(tc(P([R(h, b=True, sz=8, color="FFFFFF")], after=0), w, fill=NAVY) for h, w in
                  zip(("Review", "No.", "Recommendation", "Action taken", "Lead agency", "Status"), W))
    rows = ['<w:tr><w:trPr><w:tblHeader/></w:trPr>%s</w:tr>' % hdr]
    prev = None
    for r in PLAN:
        first = r["scr"] != prev
        prev = r["scr"]
        review = tc(P([R(r["scr"], b=True, sz=9, color=NAVY)], after=0) if first else P([], after=0), W[0],
                    fill="E8EEF6", vmerge="restart" if first else "cont")
        act = r["action"]
        if act is None:
            actcell = tc("-", W[3])
        elif isinstance(act, list):
            actcell = tc(nested(act), W[3])
        else:
            actcell = tc(act, W[3])
        sym, col = SYM[r["status"]]
        stcell = tc(P([R(sym, sz=14, color=col, font="Segoe UI Symbol")] if sym else [], jc="center", after=0),
                    W[5], valign="center")
        cells = review + tc(r["number"], W[1]) + tc(r["text"], W[2]) + actcell + tc(r["lead"], W[4]) + stcell
        rows.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>%s</w:tr>" % cells)
    grid = "".join('<w:gridCol w:w="%d"/>' % int(w * 567) for w in W)
    bd = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="8EA9C9"/>' % s
                 for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:tblBorders>%s</w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="70" w:type="dxa"/>'
            '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            '<w:tblGrid>%s</w:tblGrid>%s</w:tbl>' % (int(sum(W) * 567), bd, grid, "".join(rows)))


def sidebar(title, paras, fill="EAF4F3", line=TEAL, w=6.2, h=6.0, x=10.8):
    content = P([R(title, b=True, sz=10.5, color=line)], after=80)
    content += "".join(P([R(t, sz=9)], after=60) for t in paras)
    return P([TEXTBOX(content, w, h, x_cm=x, y_cm=0.0, fill=fill, line=line, wrap="square")], after=0)


def gold():
    entries = []
    for i, r in enumerate(PLAN, 1):
        act = r["action"]
        if isinstance(act, list):
            act = " ".join(a for a, _, _ in act)
        entries.append({"id": "%s-r%02d" % (NAME, i), "scr": r["scr"], "number": r["number"], "text": r["text"],
                        "action": act, "bodies": [{"name": n, "sector": s} for n, s in r["bodies"]],
                        "status": r["status"], "due": r["due"], "page": None,
                        "evidence": " ".join(r["text"].split()[:16]), "confidence": 1.0})
    n = len(entries)
    ar = round(sum(1 for e in entries if e["action"]) / n, 3)
    bn = round(sum(1 for e in entries if e["bodies"]) / n, 3)
    verdict = "meets" if ar >= 0.8 and bn >= 0.8 else "partly_meets"
    return {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": LSCB, "period": "2016-17",
            "scrs": [{"name": "Child K", "stage": "published", "page": None},
                     {"name": "Young Person L", "stage": "published", "page": None},
                     {"name": "Baby N", "stage": "initiated", "page": None}],
            "recommendations": entries,
            "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": ar,
                     "bodies_named": bn, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                     "verdict": verdict}}


# ---------------------------------------------------------------- the document
b = Builder(font="Calibri", size=10.5)
b.header_footer("Ashgrove Local Safeguarding Children Board \u00b7 Annual Report 2016/17", "Ashgrove LSCB Annual Report 2016/17")

b.raw(P([R("Ashgrove", b=True, sz=40, color=NAVY)], before=2400, after=0))
b.raw(P([R("Local Safeguarding Children Board", sz=24, color=TEAL)], after=120))
b.raw(P([R("Annual Report 2016/17", b=True, sz=20, color=NAVY)], after=600,
        border='<w:bottom w:val="single" w:sz="18" w:space="8" w:color="%s"/>' % TEAL))
b.raw(P([R("1 April 2016 to 31 March 2017", sz=13, color="595959")], after=120))
b.raw(P([R("Presented to the Chief Executive of Ashgrove Borough Council, the Leader of the Council, "
           "the Police and Crime Commissioner for Thornshire and the Chair of the Ashgrove Health and Wellbeing Board.",
           sz=10.5, i=True, color="595959")], after=0))

b.h("Contents", 1, page_break=True, color=NAVY)
b.toc([(1, "1. Foreword from the Independent Chair", 3), (1, "2. About the Board", 3), (1, "3. Children in Ashgrove", 4),
       (1, "4. How well are children safeguarded?", 4), (2, "Section 11 audit", 4), (2, "Ofsted", 5),
       (1, "5. Serious case reviews", 5), (2, "SCR action plan", 5), (1, "6. Training", 7),
       (1, "7. Child Death Overview Panel", 7), (1, "8. Priorities for 2017/18", 7)])
b.section_break()

# ---- two-column narrative
b.h("1. Foreword from the Independent Chair", 1, page_break=True, color=NAVY)
b.p("I am pleased to present the annual report of the Ashgrove Local Safeguarding Children Board for 2016/17. "
    "The report is written for the partners who fund and lead the Board, but also for the people of Ashgrove, "
    "who are entitled to know how well their children are protected.")
b.p("This has been a year in which the Board published two serious case reviews, about Child K and about Young "
    "Person L. Both children were known to many services. In each case professionals did some good work, but "
    "nobody put together all that was known. The action plans that followed are set out in full in section 5, "
    "with what each agency has done and how far it has got.")
b.p("The Wood review of LSCBs, and the Children and Social Work Bill now before Parliament, will change how "
    "safeguarding partnerships are organised. Whatever the structure, I am clear that the learning from reviews "
    "has to reach the front line, and that the Board must be able to show that it has.")
b.p("I would like to thank the Board members, the business unit, and the many practitioners who have given their "
    "time to the Board's work this year.")
b.p("Jonathan Pryce, Independent Chair", italic=True)
b.h("2. About the Board", 1, color=NAVY)
b.p("The Board was set up under the Children Act 2004. Its job is to co-ordinate what each of its member agencies "
    "does to safeguard and promote the welfare of children in Ashgrove, and to make sure that it is effective.")
b.p("The Board met five times in 2016/17. It has 27 members, including two lay members and the Lead Member for "
    "Children's Services as a participating observer. Its work is carried out by six sub-groups: Learning and "
    "Improvement (which includes serious case reviews), Quality Assurance, Training and Workforce Development, "
    "Child Sexual Exploitation and Missing, Policy and Procedures, and the Child Death Overview Panel.")
b.raw(sidebar("Ashgrove at a glance", [
    "42,900 children and young people aged 0 to 17",
    "17% of children live in low-income families",
    "1,214 children in need at 31 March 2017",
    "203 children subject to a child protection plan",
    "291 children looked after by the Council",
    "26% of pupils are from black and minority ethnic groups"], w=7.6, h=5.2, x=0.0))
b.p("The Board's budget for the year was \u00a3198,750. The Council contributed 55%, the Clinical Commissioning "
    "Group 22%, Thornshire Police 10%, and the National Probation Service, the Community Rehabilitation "
    "Company, Cafcass and the schools' forum the rest. An underspend of \u00a312,400 has been carried forward to "
    "meet the cost of the serious case review into Baby N.")
b.p("The Board is held to account by the Chief Executive of the Council, who meets the Independent Chair every "
    "quarter, and reports each year to the Health and Wellbeing Board and the Children's Trust.")
b.section_break(cols=2)

# ---- one column again
b.h("3. Children in Ashgrove", 1, color=NAVY)
b.table([["Measure (at 31 March)", "2016", "2017", "England 2017"],
         ["Referrals to Children's Social Care (per 10,000)", "556", "512", "548"],
         ["Re-referrals within 12 months", "24%", "21%", "22%"],
         ["Child protection plans (per 10,000)", "41.9", "47.3", "43.3"],
         ["Second or subsequent plans", "19%", "16%", "19%"],
         ["Children looked after (per 10,000)", "64", "68", "62"],
         ["Children missing from home or care (episodes)", "612", "688", "-"]],
        [8.5, 2.4, 2.4, 3.0])
b.p("The rise in child protection plans was concentrated in children under five, with neglect the main category "
    "in 54% of plans. Referrals fell after the Early Help Hub opened in June 2016.")
b.h("4. How well are children safeguarded?", 1, color=NAVY)
b.h("Section 11 audit", 2, color=TEAL)
b.p("All 21 agencies asked to complete the Board's section 11 self-assessment did so by the deadline. Agencies "
    "rated themselves fully compliant with 81% of the standards, up from 74% in 2014/15. The standard most "
    "often rated partly met was the one on listening to children. A challenge session in January 2017 asked "
    "five agencies to provide further evidence, which the Quality Assurance Sub-group has reviewed.")
b.h("Ofsted", 2, color=TEAL)
b.p("Ofsted's inspection of services for children in need of help and protection, children looked after and care "
    "leavers took place in November 2016. Services were judged to require improvement to be good. The review of "
    "the Board found that it required improvement, and recommended that the Board strengthen its use of "
    "multi-agency performance data and make sure that the voice of children informs its priorities. These "
    "recommendations are in the Board's 2017/18 business plan and are not part of the SCR action plan below.")

b.h("5. Serious case reviews", 1, page_break=True, color=NAVY)
b.raw(sidebar("How we monitor SCR action plans", [MECH,
    "Actions are RAG-rated in the sub-group's tracker; the symbols in the table below summarise that tracker at "
    "31 March 2017."], w=6.6, h=7.2, x=10.4))
b.p("The Independent Chair decides whether a case meets the criteria for a serious case review, on the "
    "recommendation of the Learning and Improvement Sub-group. Three cases were referred in 2016/17. One, Baby N, "
    "met the criteria and the review was commissioned in February 2017; it will be reported on next year. The "
    "other two were considered through a multi-agency case audit.")
b.h("Child K", 3, color=NAVY)
b.p("Child K died aged nine months in September 2014 after sleeping on a sofa with a parent who had been "
    "drinking. Both parents had a history of drug and alcohol use that was known to adult services but not to "
    "the health visitor. The review, by independent author Susan Marr, was published in June 2016 and made "
    "five recommendations.")
b.h("Young Person L", 3, color=NAVY)
b.p("Young Person L, aged 16, was admitted to hospital in March 2015 after a serious overdose. She had been "
    "reported missing eleven times and there was intelligence that she was being sexually exploited by adult "
    "men. She had attended the emergency department after self-harm three times. The review, led by "
    "Dr Peter Okafor, was published in January 2017 and made four recommendations.")
b.h("SCR action plan", 2, color=TEAL)
b.p("The table gives every recommendation of the two published reviews, the action taken by 31 March 2017, the "
    "lead agency and the status. Where several steps have been taken, they are shown in a table within the "
    "Action taken cell, with the date and the team or agency responsible.")
b.raw(plan_table())
b.raw(P([R("Key:  ", b=True, sz=9), R("\u2714", sz=11, color="2E7D32", font="Segoe UI Symbol"), R(" Complete    ", sz=9),
         R("\u25D0", sz=11, color="B26A00", font="Segoe UI Symbol"), R(" In progress    ", sz=9),
         R("\u2718", sz=11, color="C62828", font="Segoe UI Symbol"), R(" Not started    ", sz=9),
         R("blank", sz=9, i=True), R(" no update received by the sub-group    ", sz=9),
         R("-", sz=9, b=True), R(" no action reported", sz=9)],
        before=120, after=120, shd="F2F2F2", border=BDR("BFBFBF", 4)))

b.h("6. Training", 1, color=NAVY)
b.p("The Board's multi-agency programme offered 74 courses and 1,886 places in 2016/17, with an attendance rate "
    "of 87%. Four '7-minute briefings' were written on the learning from Child K and Young Person L and were "
    "used in team meetings by more than 1,100 staff. A three-month follow-up found that 68% of respondents had "
    "made a change to their practice.")
b.h("7. Child Death Overview Panel", 1, color=NAVY)
b.p("The panel reviewed 13 deaths of Ashgrove children in 2016/17. Nine children died in the first year of life. "
    "Modifiable factors were identified in four deaths, two of which involved co-sleeping and parental alcohol "
    "use. The panel supported the safe sleep campaign described in section 5.")
b.h("8. Priorities for 2017/18", 1, color=NAVY)
b.bullets(["Neglect: roll out the Graded Care Profile 2 to all agencies and measure its impact.",
           "Exploitation: bring together the response to sexual and criminal exploitation and going missing.",
           "Learning from reviews: complete the Baby N review and test the impact of the Child K and Young Person L action plans through audit.",
           "Preparing for the new safeguarding arrangements under the Children and Social Work Act."])

OUT.mkdir(parents=True, exist_ok=True)
b.save(str(OUT / f"{NAME}.docx"))
with open(OUT / f"{NAME}.gold.json", "w") as f:
    json.dump(gold(), f, indent=2, ensure_ascii=False)
    f.write("\n")
print("wrote", OUT / f"{NAME}.docx")
