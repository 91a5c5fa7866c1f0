"""dunsmere-2014-15: a designed Word annual report of Dunsmere Local Safeguarding Children Board.
Cover built from floating text boxes anchored to the page; headings are coloured, shaded paragraphs
(Heading 1 / Heading 2 with direct shading); the serious case review section is a table per review with a
'Progress' column holding Wingdings symbol-font characters (w:sym: F0FC tick = complete, F0E8 arrow = in
progress, F0FB cross = not started), keyed by a paragraph using the same symbols. Some Progress cells are
blank and the status is given only in a sentence of the action text. A business-plan table earlier in the
report uses the same symbols (not SCR entries). Writes dunsmere-2014-15.docx and its hand-written gold into
$DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, P, R, TABLE, TEXTBOX, Builder  # noqa: E402

NAME = "dunsmere-2014-15"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Dunsmere Local Safeguarding Children Board"
PERIOD = "2014-15"
NAVY, RUST, PALE, GREY = "1F3B5C", "B5472A", "E3EBF3", "595959"
GREEN, AMBER, RED = "2E7D32", "C77700", "B71C1C"

b = Builder(font="Arial", size=10)


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.raw(P([R(text, b=True, sz=15, color="FFFFFF")], style="Heading1", shd=NAVY, before=120, after=200,
            keep_next=True, page_break_before=pb,
            border='<w:left w:val="single" w:sz="48" w:space="6" w:color="%s"/>' % RUST,
            ind='<w:ind w:left="170" w:right="113"/>'))


def H2(text):
    b.raw(P([R(text, b=True, sz=12, color=NAVY)], style="Heading2", shd=PALE, before=240, after=120,
            keep_next=True,
            border='<w:left w:val="single" w:sz="24" w:space="6" w:color="%s"/>' % RUST,
            ind='<w:ind w:left="142"/>'))


def para(text, after=120):
    b.raw(P([R(text)], after=after, jc="both"))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60))


def SYM(char, color, sz=13):
    return ('<w:r><w:rPr><w:color w:val="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
            '<w:sym w:font="Wingdings" w:char="%s"/></w:r>' % (color, sz * 2, sz * 2, char))


TICK, ARROW, CROSS = ("F0FC", GREEN), ("F0E8", AMBER), ("F0FB", RED)


def hcell(text, w, fill=NAVY):
    return CELL(P([R(text, b=True, sz=9, color="FFFFFF")], after=0), w, fill=fill, valign="center")


def tcell(text, w, sz=9, fill=None, b_=False):
    paras = text.split("\n") if text else [""]
    return CELL("".join(P([R(t, sz=sz, b=b_)], after=40) for t in paras), w, fill=fill)


def symcell(sym, w):
    if sym is None:
        return CELL(P([], jc="center", after=0), w, valign="center")
    return CELL(P([SYM(*sym)], jc="center", after=0), w, valign="center")


# ------------------------------------------------------------------ cover (floating text boxes)
cover = (P([R("DUNSMERE", b=True, sz=38, color="FFFFFF")], after=0)
         + P([R("Local Safeguarding Children Board", sz=20, color="FFFFFF")], after=700)
         + P([R("Annual Report", b=True, sz=32, color="FFFFFF")], after=0)
         + P([R("1 April 2014 to 31 March 2015", sz=16, color="D6E2EE")], after=900)
         + P([R("\u201cWorking together so that children in Dunsmere grow up safe\u201d", i=True, sz=13,
                color="FFFFFF")], after=2500)
         + P([R("Safeguarding is everyone's responsibility", b=True, sz=11, color="D6E2EE")], after=0))
strap = (P([R("Presented to the Chief Executive of Dunsmere Metropolitan Borough Council, the Leader of the "
              "Council, the Police and Crime Commissioner and the Chair of the Health and Wellbeing Board",
              sz=9.5, color="FFFFFF")], after=0))
b.raw(P([TEXTBOX(cover, 17.0, 13.5, x_cm=2.0, y_cm=3.2, fill=NAVY, line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover title"),
         TEXTBOX(strap, 17.0, 2.0, x_cm=2.0, y_cm=16.9, fill=RUST, line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover strap")], after=0))
b.raw(P([R("www.dunsmerelscb.org.uk", b=True, sz=12, color=NAVY)], before=12400, jc="right", after=40))
b.raw(P([R("Published September 2015", sz=10, color=GREY)], jc="right", after=0))

b.header_footer("Dunsmere Local Safeguarding Children Board  \u2013  Annual Report 2014/15",
                "Dunsmere LSCB", rule=NAVY)

# ------------------------------------------------------------------ contents
H1("Contents", pb=True)
b.toc([(1, "Foreword by the Independent Chair", 3), (1, "Dunsmere at a glance", 3),
       (1, "How the Board works", 3), (1, "Our priorities in 2014/15", 5),
       (1, "Learning and development", 5), (1, "Quality assurance and performance", 6),
       (1, "Other statutory functions", 6), (2, "Child Death Overview Panel", 6),
       (2, "Allegations against people who work with children", 6), (2, "Private fostering", 6),
       (2, "Child sexual exploitation and missing children", 7), (1, "Inspection", 7),
       (1, "Serious case reviews", 8), (2, "Child H", 8), (2, "Siblings R", 9),
       (2, "Other case reviews", 10), (1, "Domestic homicide reviews", 11),
       (1, "Priorities for 2015/16", 11), (1, "Appendix: Board membership and attendance", 11)])

# ------------------------------------------------------------------ foreword
H1("Foreword by the Independent Chair", pb=True)
para("I am pleased to present the annual report of the Dunsmere Local Safeguarding Children Board for "
     "2014/15. The report is required by section 14A of the Children Act 2004. It is meant to give a "
     "rigorous and transparent assessment of how well children are safeguarded in Dunsmere, and I have tried "
     "to make it honest about what is not yet good enough as well as about what has gone well.")
para("This has been my second year as Independent Chair. It has been a year dominated by the findings of "
     "two serious case reviews. The review into the injuries suffered by Child H was published in November "
     "2014; the review concerning Siblings R was completed in February 2015 but cannot be published until "
     "criminal proceedings have finished. Both reviews describe children whose lives were visible to many "
     "professionals and yet whose experience was not understood. I want to thank the practitioners who "
     "took part in the reviews openly, and the members of the children's wider families who spoke to the "
     "reviewers.")
para("The national picture also shaped our year. The reports on child sexual exploitation in Rotherham and "
     "elsewhere led every partner to look again at its own response, and in Dunsmere we brought forward the "
     "launch of our multi-agency CSE team. Partners have continued to commit resources to the Board in a "
     "time of real financial pressure, and I am grateful to them.")
para("Finally, I thank the Board's business unit, and the chairs and members of the sub-groups, who carry "
     "most of the Board's work between meetings. This report describes the difference they have made; it "
     "also sets out the challenges that we are carrying into 2015/16.")
b.raw(P([R("Margaret Oyelaran", b=True), R("  Independent Chair, Dunsmere LSCB", color=GREY)], before=120,
        after=240))

# ------------------------------------------------------------------ area in numbers
H1("Dunsmere at a glance")
para("Dunsmere is a metropolitan borough of about 247,000 people, made up of the town of Dunsmere and the "
     "former mining villages of the Aire valley. Around 56,800 residents are under 18. Almost a quarter of "
     "children live in low-income households, rising to more than 40% in three wards of the town centre. "
     "The population is becoming more diverse: 19% of school pupils now speak English as an additional "
     "language, double the proportion of ten years ago.")

tiles = [("56,800", "children and young people aged 0-17"), ("7,412", "contacts to the MASH in 2014/15"),
         ("2,281", "referrals to children's social care"), ("1,604", "children in need on 31 March 2015"),
         ("243", "children with a child protection plan"), ("391", "looked after children"),
         ("22%", "of referrals were re-referrals within 12 months"), ("96", "schools and academies")]
rows = []
for k in range(0, 8, 4):
    rows.append([CELL(P([R(n, b=True, sz=18, color=NAVY)], jc="center", after=0)
                      + P([R(lbl, sz=8.5, color=GREY)], jc="center", after=0), 4.25,
                      fill=PALE if (k // 4 + j) % 2 == 0 else "F4F7FA", valign="center")
                 for j, (n, lbl) in enumerate(tiles[k:k + 4])])
b.raw(TABLE(rows, [4.25] * 4, border="FFFFFF", header_rows=0))
b.raw(P([R("Source: Dunsmere MBC children's services performance report, March 2015.", i=True, sz=8.5,
           color=GREY)], before=60, after=200))
para("The rate of children subject to a child protection plan (43 per 10,000) is close to the average for "
     "statistical neighbours, but it rose during the year from 37 per 10,000. Neglect is the main category "
     "for 58% of plans. The rate of re-referrals remains higher than we would like and is one reason why "
     "the Board asked for a multi-agency audit of re-referrals, described later in this report.")

# ------------------------------------------------------------------ governance
H1("How the Board works")
para("The Board brings together the agencies that have a statutory duty to cooperate in safeguarding "
     "children, together with two lay members and representatives of schools and the voluntary sector. It "
     "met five times in 2014/15, including a development day in July 2014 that set the business plan. An "
     "Executive Group of the Chair and the three main funding partners meets between Board meetings.")
para("Most of the Board's work is done by its sub-groups:")
for lead, t in [("Serious Case Review sub-group", " \u2013 considers notifications of serious incidents, "
                 "recommends to the Chair whether the criteria for an SCR are met and monitors the action "
                 "plans arising from reviews."),
                ("Quality Assurance and Performance sub-group", " \u2013 runs the multi-agency audit "
                 "programme, the section 11 audit and the performance dataset."),
                ("Learning and Development sub-group", " \u2013 commissions and evaluates multi-agency "
                 "training."),
                ("Policy and Procedures sub-group", " \u2013 maintains the online procedures shared with "
                 "the four other boards in West Dunsmere."),
                ("CSE and Missing sub-group", " \u2013 oversees the CSE strategy and the response to "
                 "children who go missing."),
                ("Child Death Overview Panel", " \u2013 shared with Calder Heath LSCB.")]:
    bullet(t, lead)
para("The Board's budget for 2014/15 was \u00a3312,400. Contributions are set out below. The business unit "
     "has a business manager, a training coordinator, a quality assurance officer and an administrator.")
brows = [[hcell("Partner", 9.0), hcell("Contribution 2014/15", 4.0)]]
for n, v in [("Dunsmere Metropolitan Borough Council", "\u00a3176,900"), ("NHS Dunsmere CCG", "\u00a381,200"),
             ("West Dunsmere Police", "\u00a328,400"), ("Dunsmere Hospitals NHS Foundation Trust", "\u00a39,000"),
             ("Aire Valley Partnership NHS Trust", "\u00a36,000"),
             ("Probation (NPS and CRC)", "\u00a34,100"), ("Cafcass", "\u00a3550"),
             ("Carried forward from 2013/14", "\u00a36,250")]:
    brows.append([tcell(n, 9.0), tcell(v, 4.0)])
b.raw(TABLE(brows, [9.0, 4.0]))
b.raw(P([], after=120))

# ------------------------------------------------------------------ priorities (distractor, same symbols)
H1("Our priorities in 2014/15", pb=True)
para("The business plan for 2014/15 had four priorities. The table shows what was done and how far each "
     "action got by the end of March 2015, using the same symbols as the rest of this report: ")
b.raw(P([SYM(*TICK, sz=11), R("  achieved     ", sz=9), SYM(*ARROW, sz=11), R("  partly achieved / continuing   ",
        sz=9), SYM(*CROSS, sz=11), R("  not achieved", sz=9)], after=160, jc="center"))
bp = [("1. Neglect", "Launch a neglect strategy and screening tool for universal services.",
       "Strategy agreed by the Board in October 2014; screening tool piloted in two children's centres.", ARROW),
      ("1. Neglect", "Train 300 practitioners in recognising neglect.",
       "412 practitioners trained across 19 sessions.", TICK),
      ("2. Child sexual exploitation", "Establish a co-located multi-agency CSE team.",
       "Team of police, social workers and a health worker in place from January 2015.", TICK),
      ("2. Child sexual exploitation", "Raise awareness among taxi drivers and hotel staff.",
       "Licensing conditions amended; hotel campaign planned for summer 2015.", ARROW),
      ("3. Early help", "Increase the share of early help assessments led by schools and health to 40%.",
       "Share rose from 24% to 31%.", ARROW),
      ("4. Board effectiveness", "Publish a multi-agency performance dataset every quarter.",
       "Dataset not yet produced because health and police data could not be matched in time.", CROSS)]
rows = [[hcell("Priority", 3.2), hcell("Action", 5.0), hcell("What we did", 7.0), hcell("", 1.8)]]
for pr, a, did, s in bp:
    rows.append([tcell(pr, 3.2, b_=True), tcell(a, 5.0), tcell(did, 7.0), symcell(s, 1.8)])
b.raw(TABLE(rows, [3.2, 5.0, 7.0, 1.8]))
b.raw(P([], after=120))
para("Two of the four priorities (neglect and child sexual exploitation) remain Board priorities for "
     "2015/16, because we do not yet have the evidence that practice has changed for children. The "
     "performance dataset is being rebuilt with support from the Council's business intelligence team.")

# ------------------------------------------------------------------ training
H1("Learning and development")
para("The Learning and Development sub-group delivered a programme of 64 multi-agency courses in 2014/15, "
     "attended by 1,388 practitioners and volunteers. In addition, 2,950 people completed the Board's "
     "e-learning introduction to safeguarding. Attendance by GPs and by the police remains low in "
     "comparison with other agencies, and this has been raised with both through the Executive Group.")
trows = [[hcell("Course", 8.0), hcell("Sessions", 2.5), hcell("Attendees", 2.5), hcell("Rated good or better", 4.0)]]
for c in [("Working Together: core multi-agency course", "14", "356", "94%"),
          ("Recognising and responding to neglect", "19", "412", "91%"),
          ("Child sexual exploitation: spotting the signs", "11", "287", "96%"),
          ("Domestic abuse and its impact on children", "8", "171", "89%"),
          ("Lessons from serious case reviews", "6", "118", "97%"),
          ("Safer recruitment", "6", "44", "88%")]:
    trows.append([tcell(c[0], 8.0), tcell(c[1], 2.5), tcell(c[2], 2.5), tcell(c[3], 4.0)])
b.raw(TABLE(trows, [8.0, 2.5, 2.5, 4.0]))
b.raw(P([], after=120))
para("Evaluation three months after courses was introduced this year. Of 240 practitioners who replied, "
     "71% could describe a specific change they had made in their practice. Examples included a health "
     "visitor who now always asks who else lives in the home, and a housing officer who had made her first "
     "referral to the MASH after the neglect course.")
para("The \u2018Lessons from serious case reviews\u2019 sessions were rewritten after the publication of the "
     "Child H review, and a seven-minute briefing on the review was sent to all partner agencies in "
     "December 2014.")

# ------------------------------------------------------------------ QA
H1("Quality assurance and performance", pb=True)
H2("Multi-agency audits")
para("The Quality Assurance and Performance sub-group completed three multi-agency case audits in the "
     "year. Each looked at a sample of cases chosen at random by the Board's quality assurance officer, with "
     "practitioners from each agency reading their own records and then meeting to discuss the case together.")
for lead, t in [("Neglect (June 2014, 15 cases).", " Practitioners recognised neglect but plans drifted: in "
                 "six cases the same concerns were recorded at three or more successive core groups without "
                 "escalation. Findings fed into the neglect strategy."),
                ("Re-referrals (October 2014, 20 cases).", " In 14 cases the re-referral concerned the same "
                 "issue as the first referral; in nine the earlier history was not considered when the new "
                 "referral was screened. The sub-group asked Children's Social Care for an action plan."),
                ("Domestic abuse and pregnancy (February 2015, 12 cases).", " Good information-sharing between "
                 "police and midwifery, but fathers were rarely involved in assessments.")]:
    bullet(t, lead)
H2("Section 11 audit")
para("All 23 partner agencies completed the section 11 self-assessment in 2014, a 100% return for the first "
     "time. Agencies were then challenged on their returns at two peer challenge events. Common areas for "
     "development were supervision arrangements for staff who are not social workers, and ensuring that "
     "the voice of the child is recorded. Two schools' returns were followed up by the Education "
     "Safeguarding Service. A further section 11 audit will take place in 2016.")
H2("Performance information")
para("The Board receives a quarterly performance report from Children's Social Care and a smaller set of "
     "indicators from health and police. The aim of a single multi-agency dataset was not met in 2014/15 "
     "(see priorities above). Areas that the Board challenged during the year included the timeliness of "
     "initial child protection conferences (79% within 15 working days, against 89% the year before) and "
     "the number of children missing education.")
H2("Listening to children")
para("The Board's young people's reference group, drawn from the Children in Care Council and two secondary "
     "school councils, met four times. It reviewed the Board's website and helped design the CSE awareness "
     "campaign. Its members told us that young people do not know what the LSCB is, and that they would "
     "rather hear about safeguarding from other young people than from adults.")

# ------------------------------------------------------------------ other functions
H1("Other statutory functions")
H2("Child Death Overview Panel")
para("The CDOP, shared with Calder Heath, reviewed 31 child deaths in 2014/15, of which 17 were of Dunsmere "
     "children. Modifiable factors were identified in six Dunsmere cases, most often unsafe sleeping "
     "arrangements and parental smoking. The Panel's safe sleep campaign was relaunched in January 2015 "
     "with the health visiting service and children's centres.")
H2("Allegations against people who work with children")
para("The Local Authority Designated Officer received 164 referrals about adults who work with children, "
     "compared with 139 in 2013/14. Most concerned education staff (61) and foster carers (22). Of the 118 "
     "allegations concluded, 34 were substantiated; 11 people were dismissed or ceased to be used and 6 "
     "were referred to the Disclosure and Barring Service.")
H2("Private fostering")
para("Eleven private fostering arrangements were notified during the year, up from six. Eight children "
     "were from overseas, most attending language schools. Timeliness of initial visits improved to 91% "
     "within seven working days. Awareness raising with schools and GP practices will continue, as we "
     "believe that many arrangements are still not notified.")
H2("Child sexual exploitation and missing children")
para("The CSE team received 118 referrals between January and March 2015. At year end 46 children were "
     "assessed as at risk of sexual exploitation, 9 of them at high risk. Return interviews were offered to "
     "82% of children who went missing from home or care, and completed with 61%.")

# ------------------------------------------------------------------ Ofsted (distractor)
H1("Inspection")
para("Ofsted inspected services for children in need of help and protection, children looked after and "
     "care leavers in Dunsmere, and reviewed the effectiveness of the LSCB, in June 2014. Children's "
     "services were judged to require improvement. The LSCB was also judged to require improvement.")
para("Ofsted's areas for improvement for the LSCB were:")
for t in ["Ensure that the multi-agency performance dataset enables the Board to evaluate the effectiveness "
          "of early help.",
          "Strengthen the monitoring of actions arising from serious case reviews so that the Board can be "
          "assured that learning has changed practice.",
          "Evaluate the impact of multi-agency training on front-line practice."]:
    b.raw(P([R(t)], style="ListNumber", after=60))
para("The Board's improvement plan in response was agreed in September 2014. Evaluation of training is now "
     "in place and the SCR sub-group has changed how it monitors action plans (see next section); the "
     "dataset remains outstanding.")

# ------------------------------------------------------------------ SCRs
H1("Serious case reviews", pb=True)
MECH = ("The SCR sub-group holds a single action plan for each review. Lead officers report progress at "
        "every meeting, and the sub-group will only mark a recommendation complete when it has seen "
        "evidence that practice has changed, such as an audit. The sub-group reports progress to the Board "
        "at each of its meetings.")
para("Under Working Together to Safeguard Children 2013, the LSCB must undertake a serious case review when "
     "abuse or neglect of a child is known or suspected and either the child has died, or the child has "
     "been seriously harmed and there is cause for concern about the way in which agencies worked together.")
para("The SCR sub-group considered five notifications in 2014/15. One (Siblings R) met the criteria and a "
     "review was completed during the year; one led to a local learning review (see \u2018Other case "
     "reviews\u2019 below); three did not require a review. The review about Child H, begun in 2013/14, was "
     "published in November 2014.")
para(MECH)
para("Following Ofsted's recommendation, the action plans were simplified this year. The tables below show "
     "each recommendation as it appears in the review, what has been done, the lead agency and the target "
     "date, and a symbol for progress at 31 March 2015:")
b.raw(P([R("Key:  ", b=True), SYM(*TICK), R("  complete \u2013 evidence of impact seen by the sub-group;   "),
         SYM(*ARROW), R("  in progress;   "), SYM(*CROSS), R("  not started.  "),
         R("A blank means that the position is explained in the text of the action.", i=True)],
        shd="F7F3EE", border='<w:top w:val="single" w:sz="4" w:space="4" w:color="%s"/>'
                             '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="%s"/>' % (RUST, RUST),
        after=200, before=80))

entries = []
W = [0.9, 5.4, 6.1, 2.7, 1.9]


def scr_table(scr, recs):
    rows = [[hcell("No.", W[0]), hcell("Recommendation", W[1]), hcell("Action taken", W[2]),
             hcell("Lead / target", W[3]), hcell("Progress", W[4])]]
    for r in recs:
        lead_txt = r["lead"] + ("\n" + r["target"] if r.get("target") else "")
        rows.append([tcell(r["n"], W[0], b_=True), tcell(r["text"], W[1]), tcell(r["cell"], W[2]),
                     tcell(lead_txt, W[3], sz=8.5), symcell(r["sym"], W[4])])
        entries.append(dict(scr=scr, number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                            status=r["status"], due=r.get("due")))
    b.raw(TABLE(rows, W))
    b.raw(P([], after=120))


H2("Child H")
para("Child H was 22 months old when he was admitted to hospital in July 2013 with a fractured skull, rib "
     "fractures of different ages and bruising to his face and ears. His mother's partner was later "
     "convicted of causing grievous bodily harm. Child H had a child in need plan because of domestic abuse "
     "between his mother and his father; the mother's new partner had moved into the home about three "
     "months before the injuries and was not known to any of the professionals working with the family.")
para("The review was led by an independent reviewer and published on the Board's website on 12 November "
     "2014. It found that agencies focused on the risk posed by the father, who had left, and did not ask "
     "who else was living in the home; that information about domestic abuse held by the GP was not shared; "
     "and that a bruise seen at the emergency department six weeks before the admission was accepted as "
     "accidental without a child protection medical. It made five recommendations.")
scr_table("Child H", [
    dict(n="1",
         text="Dunsmere LSCB should revise its threshold guidance to make clear that when a new adult joins a "
              "household where a child has a child in need or child protection plan, the lead professional "
              "must ensure that agency checks are made on that adult.",
         cell="Threshold guidance revised and relaunched in January 2015. Seven-minute briefing on "
              "\u2018unseen men\u2019 issued to all partners; 640 staff attended briefings. Dip sample of 30 "
              "CIN cases in March 2015 found checks on new adults in all relevant cases.",
         action="Threshold guidance revised and relaunched in January 2015. Seven-minute briefing on "
                "\u2018unseen men\u2019 issued to all partners; 640 staff attended briefings. Dip sample of 30 "
                "CIN cases in March 2015 found checks on new adults in all relevant cases.",
         lead="LSCB Policy and Procedures sub-group", target="Jan 2015", due="2015-01",
         bodies=[("LSCB Policy and Procedures sub-group", "lscb")], sym=TICK, status="completed"),
    dict(n="2",
         text="Children's Social Care should ensure that the case records of all children with a child in "
              "need plan include the names, dates of birth and relationship to the child of every adult living "
              "in the household, and that this is updated at each review.",
         cell="A mandatory household composition screen was added to the case management system in March "
              "2015. Team managers check it at each CIN review. A case file audit to test whether it is being "
              "used is planned for July 2015.",
         action="A mandatory household composition screen was added to the case management system in March "
                "2015. Team managers check it at each CIN review. A case file audit to test whether it is "
                "being used is planned for July 2015.",
         lead="Children's Social Care", target="Jul 2015", due="2015-07",
         bodies=[("Children's Social Care", "childrens_social_care")], sym=ARROW, status="in_progress"),
    dict(n="3",
         text="NHS Dunsmere CCG and NHS England (West Yorkshire Area Team) should ensure that GPs share "
              "disclosures of domestic abuse with the health visitor or school nurse of any child in the "
              "household.",
         cell="The Named GP has delivered training at three of the four locality GP forums. A template for "
              "sharing domestic abuse information with health visitors is being piloted in six practices.",
         action="The Named GP has delivered training at three of the four locality GP forums. A template for "
                "sharing domestic abuse information with health visitors is being piloted in six practices.",
         lead="NHS Dunsmere CCG; NHS England (West Yorkshire Area Team)", target="Sep 2015", due="2015-09",
         bodies=[("NHS Dunsmere CCG", "health"), ("NHS England (West Yorkshire Area Team)", "health")],
         sym=ARROW, status="in_progress"),
    dict(n="4",
         text="West Dunsmere Police should ensure that officers attending domestic abuse incidents record the "
              "names and ages of all children in the household and that a notification is sent to children's "
              "social care within 24 hours.",
         cell="Officers now complete a children's section on the DASH form, which cannot be submitted without "
              "it. Notifications go to the MASH electronically. An audit in December 2014 found 94% of "
              "notifications were sent within 24 hours. The SCR sub-group signed off this recommendation as "
              "complete at its February 2015 meeting.",
         action="Officers now complete a children's section on the DASH form, which cannot be submitted without "
                "it. Notifications go to the MASH electronically. An audit in December 2014 found 94% of "
                "notifications were sent within 24 hours. The SCR sub-group signed off this recommendation as "
                "complete at its February 2015 meeting.",
         lead="West Dunsmere Police", target="Dec 2014", due="2014-12",
         bodies=[("West Dunsmere Police", "police")], sym=None, status="completed"),
    dict(n="5",
         text="Dunsmere Hospitals NHS Foundation Trust should ensure that emergency department staff follow the "
              "LSCB protocol for bruising in non-mobile and young children, including referral for a child "
              "protection medical for any child under two with an unexplained bruise.",
         cell="Not yet started. The Trust intends to take this forward once its emergency department "
              "safeguarding nurse post has been filled.",
         action=None,
         lead="Dunsmere Hospitals NHS Foundation Trust", target="Mar 2015", due="2015-03",
         bodies=[("Dunsmere Hospitals NHS Foundation Trust", "health")], sym=CROSS, status="not_started"),
])
para("The Board has written to the Chief Executive of Dunsmere Hospitals NHS Foundation Trust about the lack "
     "of progress on recommendation 5, which is now past its target date, and has asked the Trust's Director "
     "of Nursing to attend the next meeting of the SCR sub-group.")

H2("Siblings R")
para("Siblings R are a brother and sister, then aged six and eight, who were removed from their parents' "
     "care in May 2014 after a teacher found the younger child eating from a bin at school. Both children "
     "were severely underweight and had untreated medical conditions; the home was found to be in an "
     "extremely poor condition. The family had been known to agencies for more than seven years, with "
     "three periods of involvement by children's social care, each closed after a few months.")
para("The SCR sub-group recommended a review in June 2014 and the Independent Chair agreed. The review, "
     "which used the systems methodology, was completed in February 2015. Publication has been postponed "
     "on the advice of the Crown Prosecution Service until criminal proceedings against the parents have "
     "concluded. The Board has accepted the four recommendations below and work started straight away.")
scr_table("Siblings R", [
    dict(n="1",
         text="All agencies working with families where neglect is a concern should use the Graded Care "
              "Profile, and the LSCB should provide multi-agency training in its use.",
         cell="Graded Care Profile training commissioned from the NSPCC; four courses held and 86 "
              "practitioners trained by March 2015. Further courses planned for 2015/16 and use of the tool "
              "will be tested in the next neglect audit.",
         action="Graded Care Profile training commissioned from the NSPCC; four courses held and 86 "
                "practitioners trained by March 2015. Further courses planned for 2015/16 and use of the tool "
                "will be tested in the next neglect audit.",
         lead="All partner agencies; LSCB Learning and Development sub-group", target="Dec 2015", due="2015-12",
         bodies=[("All partner agencies", "lscb"), ("LSCB Learning and Development sub-group", "lscb")],
         sym=ARROW, status="in_progress"),
    dict(n="2",
         text="Schools should keep a single chronology of low-level concerns about a pupil's hygiene, "
              "clothing, hunger and attendance, and share it with children's social care when a referral "
              "is made.",
         cell="Chronology template issued to all 96 schools by the Education Safeguarding Service in March "
              "2015. Designated safeguarding leads were briefed at the spring network meeting; 88 schools "
              "attended.",
         action="Chronology template issued to all 96 schools by the Education Safeguarding Service in March "
                "2015. Designated safeguarding leads were briefed at the spring network meeting; 88 schools "
                "attended.",
         lead="Education Safeguarding Service; schools", target="Mar 2015", due="2015-03",
         bodies=[("Education Safeguarding Service", "education"), ("schools", "education")],
         sym=TICK, status="completed"),
    dict(n="3",
         text="Children's Social Care should ensure that when a child is re-referred within 12 months of a case "
              "being closed, a team manager reviews the full history of previous involvement before the "
              "referral is screened.",
         cell="The MASH procedure has been rewritten so that every re-referral is flagged to a team manager, "
              "who must record a review of the history. The new procedure goes live in May 2015 and this "
              "work is therefore still in progress.",
         action="The MASH procedure has been rewritten so that every re-referral is flagged to a team manager, "
                "who must record a review of the history. The new procedure goes live in May 2015 and this "
                "work is therefore still in progress.",
         lead="Children's Social Care (MASH)", target="May 2015", due="2015-05",
         bodies=[("Children's Social Care (MASH)", "childrens_social_care")], sym=None, status="in_progress"),
    dict(n="4",
         text="Dunsmere Homes should ensure that housing officers who visit a property where children live and "
              "find it in a condition that may harm the children make a referral to the MASH.",
         cell="No update had been received from Dunsmere Homes by the end of March 2015.",
         action=None,
         lead="Dunsmere Homes", target="Jun 2015", due="2015-06",
         bodies=[("Dunsmere Homes", "housing")], sym=None, status="unknown"),
])
para("The Board will publish the Siblings R review, with an update on this action plan, as soon as it is "
     "able to do so.")

H2("Other case reviews")
para("One case considered by the SCR sub-group did not meet the criteria for a serious case review, but the "
     "sub-group agreed that there was learning to be had. A local learning review, using a practitioner "
     "workshop, looked at the case of Young Person E, a 15-year-old girl who was sexually exploited by a "
     "group of adults while she was placed in Dunsmere by another local authority.")
para("The learning review asked the Board to do three things: to agree a protocol with placing authorities "
     "for notifying the CSE team when a child at risk of exploitation is placed in Dunsmere; to include "
     "children placed from other areas in the CSE team's risk register; and to seek assurance that private "
     "children's homes share information with the police when a child goes missing. These are being taken "
     "forward by the CSE and Missing sub-group as part of the CSE strategy rather than through an SCR "
     "action plan.")
para("The sub-group also continued to monitor the two remaining actions from earlier reviews published in "
     "2012/13. Both were closed during the year and are not repeated here.")

# ------------------------------------------------------------------ DHR (distractor)
H1("Domestic homicide reviews", pb=True)
para("Domestic homicide reviews are commissioned by the Safer Dunsmere Partnership rather than by the LSCB, "
     "but the Board is consulted where children were part of the household. One review was published in "
     "2014/15, about the death of a woman (Adult B) whose two teenage children were living with her at the "
     "time. The review made recommendations including that:")
for t in ["the Safer Dunsmere Partnership should ensure that MARAC referrals record the children in the "
          "household and are copied to their schools;",
          "Dunsmere Council's adult social care should include questions about domestic abuse in carers' "
          "assessments;",
          "GP practices should be offered IRIS training in recognising and responding to domestic abuse."]:
    bullet(t)
para("The LSCB has asked for a report on the first of these, which is relevant to its own work on domestic "
     "abuse, at its September 2015 meeting.")

# ------------------------------------------------------------------ priorities 2015/16
H1("Priorities for 2015/16")
para("At its development day in April 2015 the Board agreed the following priorities for the coming year:")
for lead, t in [("Neglect: ", "embed the neglect strategy and measure its impact through a repeat audit."),
                ("Child sexual exploitation: ", "evaluate the multi-agency CSE team after its first year and "
                 "extend awareness raising to the night-time economy."),
                ("Learning from reviews: ", "complete the action plans from the Child H and Siblings R "
                 "reviews and test, through audit, whether practice has changed."),
                ("Early help: ", "agree an early help strategy with the Health and Wellbeing Board."),
                ("Board effectiveness: ", "produce a multi-agency performance dataset each quarter.")]:
    bullet(t, lead)
para("The Board's budget for 2015/16 has been agreed at the same level as 2014/15. The business plan and "
     "the full action plans for the two serious case reviews are available from the business unit.")

# ------------------------------------------------------------------ appendix
H1("Appendix: Board membership and attendance")
para("Attendance at the five Board meetings in 2014/15 (a deputy counts as attendance):")
arows = [[hcell("Organisation", 9.5), hcell("Meetings attended (of 5)", 4.0)]]
for n, v in [("Independent Chair", "5"), ("Dunsmere MBC Children's Services", "5"),
             ("Dunsmere MBC Adult Social Care", "3"), ("Dunsmere MBC Housing", "2"),
             ("NHS Dunsmere CCG", "5"), ("Dunsmere Hospitals NHS Foundation Trust", "4"),
             ("Aire Valley Partnership NHS Trust", "4"), ("NHS England (West Yorkshire Area Team)", "2"),
             ("West Dunsmere Police", "5"), ("National Probation Service", "3"),
             ("West Yorkshire CRC", "2"), ("Youth Offending Team", "4"), ("Cafcass", "1"),
             ("Head teacher representatives (primary and secondary)", "5"), ("Further education", "3"),
             ("Voluntary sector representative", "4"), ("Lay members (2)", "5")]:
    arows.append([tcell(n, 9.5), tcell(v, 4.0)])
b.raw(TABLE(arows, [9.5, 4.0]))
b.raw(P([R("Dunsmere LSCB Business Unit, Civic Centre, Dunsmere. Tel 01924 555 300. "
           "lscb@dunsmere.gov.uk", sz=9, color=GREY)], before=240, after=0))

b.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ gold
def write_gold(path):
    recs = []
    for k, e in enumerate(entries, 1):
        ev = e["text"] or e["action"]
        recs.append({"id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"], "text": e["text"],
                     "action": e["action"], "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
                     "status": e["status"], "due": e["due"], "page": None,
                     "evidence": " ".join(ev.split()[:14]), "confidence": 1.0})
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else "partly_meets"
    gold = {"source": NAME, "sha256": None, "format": None, "pages": None, "lscb": LSCB, "period": PERIOD,
            "scrs": [{"name": "Child H", "stage": "published", "page": None},
                     {"name": "Siblings R", "stage": "completed", "page": None}],
            "recommendations": recs,
            "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                     "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                     "verdict": verdict}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
