"""pelham-cross-2020-21: a designed Word annual report of Pelham Cross Safeguarding Children Partnership
(local child safeguarding practice reviews). Each LCSPR recommendation sits in its own text box
(DrawingML w:txbxContent with a VML fallback) holding the recommendation, the lead agency and the status:
for Child W a highlighted status word (w:highlight green 'Complete', yellow 'Ongoing', red 'Not started',
keyed in a line before the boxes); for Baby S a row of checkbox content controls (w14:checkbox) beside
'Completed', 'Ongoing' and 'Not started'. What has been done is in body text below each box. The report
also has a business-plan table with coloured status words (w:color), a local learning review and a rapid
review, none of them LCSPR entries. Writes pelham-cross-2020-21.docx and its hand-written gold into
$DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, P, R, TABLE, TEXTBOX, Builder  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

NAME = "pelham-cross-2020-21"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Pelham Cross Safeguarding Children Partnership"
PERIOD = "2020-21"
PLUM, TEAL, SAND, GREY = "4B2E83", "00827F", "F3EFE6", "5A5A5A"

b = Builder(font="Calibri", size=10.5)


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.raw(P([R(text, b=True, sz=18, color=PLUM)], style="Heading1", before=120, after=160, keep_next=True,
            page_break_before=pb,
            border='<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>' % TEAL))


def H2(text):
    b.raw(P([R(text, b=True, sz=13, color=TEAL)], style="Heading2", before=220, after=100, keep_next=True))


def para(text, after=120, keep=False):
    b.raw(P([R(text)], after=after, jc="both", keep_next=keep))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60))


def HL(word, colour, sz=None, fg=None):
    """A highlighted status word."""
    rpr = "<w:b/><w:bCs/>"
    if fg:
        rpr += '<w:color w:val="%s"/>' % fg
    if sz:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2)
    rpr += '<w:highlight w:val="%s"/>' % colour
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(word))


def CW(word, colour):
    """A status word in colour (no highlight)."""
    return R(word, b=True, color=colour)


HL_STATUS = {"Complete": ("green", None), "Ongoing": ("yellow", None), "Not started": ("red", "FFFFFF")}

_cb_ids = iter(range(781200, 781400))


def CHECKBOX(checked):
    sid = next(_cb_ids)
    glyph = "\u2612" if checked else "\u2610"
    return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
            '<w:sz w:val="22"/></w:rPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/><w:sz w:val="22"/>'
            '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (sid, 1 if checked else 0, glyph))


def hcell(text, w, fill=PLUM):
    return CELL(P([R(text, b=True, sz=9.5, color="FFFFFF")], after=0), w, fill=fill, valign="center")


def tcell(content, w, sz=9.5, fill=None, b_=False):
    if not content.startswith("<"):
        content = P([R(content, sz=sz, b=b_)], after=30)
    return CELL(content, w, fill=fill)


# ------------------------------------------------------------------ cover (shaded paragraphs)
for txt, sz, bold, col, before, after in [
        ("", 10, False, "FFFFFF", 0, 1800),
        ("Pelham Cross", 40, True, "FFFFFF", 0, 0),
        ("Safeguarding Children Partnership", 22, False, "FFFFFF", 0, 900),
        ("Annual Report 2020\u201321", 30, True, "FFFFFF", 0, 120),
        ("Covering 1 April 2020 to 31 March 2021", 14, False, "E6DDF5", 0, 1800),
        ("Pelham Cross Council  \u00b7  NHS Pelham Cross Clinical Commissioning Group  \u00b7  Westholm Police",
         11, False, "FFFFFF", 0, 1600)]:
    b.raw(P([R(txt, b=bold, sz=sz, color=col)] if txt else [], shd=PLUM, before=before, after=after,
            ind='<w:ind w:left="284" w:right="284"/>'))
b.raw(P([R("\u201cA year like no other: keeping children safe through the pandemic\u201d", i=True, sz=14,
           color=PLUM)], before=1400, after=120, jc="center"))
b.raw(P([R("pelhamcrossscp.org.uk", b=True, sz=11, color=TEAL)], before=1800, jc="center", after=0))

b.header_footer("Pelham Cross Safeguarding Children Partnership \u2014 Annual Report 2020-21",
                "Pelham Cross SCP", rule=TEAL)

# ------------------------------------------------------------------ contents
H1("Contents", pb=True)
b.toc([(1, "Foreword from the safeguarding partners", 3), (1, "Pelham Cross in numbers", 3),
       (1, "Our safeguarding arrangements", 4), (1, "Safeguarding during the pandemic", 4),
       (1, "Progress on our priorities", 5), (1, "Independent scrutiny", 5),
       (1, "Learning and development", 5), (1, "Multi-agency audit", 6),
       (1, "Other statutory functions", 6), (1, "Learning from practice reviews", 7),
       (2, "Rapid review: Child P", 7), (2, "LCSPR: Child W", 7), (2, "LCSPR: Baby S", 9),
       (2, "LCSPR: Child F", 11), (2, "Local learning review: Sibling Group K", 11),
       (1, "Looking ahead to 2021-22", 12), (1, "Appendix: partnership budget", 12)])

# ------------------------------------------------------------------ foreword
H1("Foreword from the safeguarding partners", pb=True)
para("This is the second annual report of the Pelham Cross Safeguarding Children Partnership since the "
     "three safeguarding partners \u2013 Pelham Cross Council, NHS Pelham Cross Clinical Commissioning Group "
     "and Westholm Police \u2013 took over from the Local Safeguarding Children Board in September 2019.")
para("Nobody could have predicted the year it describes. Within a fortnight of the first national lockdown in "
     "March 2020, schools had closed to most pupils, health visitors were working by telephone and video, "
     "family courts had moved online and many of the places where children are usually seen had stopped. "
     "We are proud of how practitioners across the partnership adapted. Children with a social worker "
     "continued to be visited, most of them face to face; the front door stayed open throughout; and "
     "schools worked tirelessly to keep in touch with their most vulnerable pupils.")
para("But we are also clear about the harm the pandemic has caused. Referrals fell sharply during the first "
     "lockdown and then rose above their usual level. We have seen more very young babies with serious "
     "injuries, more older children drawn into criminal exploitation, and more families under severe "
     "financial and emotional strain. This report describes two local child safeguarding practice reviews, "
     "about Child W and about Baby S, that bring those risks home.")
para("We thank every practitioner, volunteer and manager who has kept children safe in Pelham Cross in "
     "such difficult circumstances, and our independent scrutineer for her challenge and support.")
sig = [("Joanne Whitlock", "Director of Children's Services, Pelham Cross Council"),
       ("Dr Ravi Anand", "Accountable Officer, NHS Pelham Cross CCG"),
       ("Ch Supt Mark Eddington", "Westholm Police, Pelham Cross District Commander")]
rows = [[CELL(P([R(n, b=True, sz=10, color=PLUM)], after=0) + P([R(r, sz=9, color=GREY)], after=0), 5.66)
         for n, r in sig]]
b.raw(TABLE(rows, [5.66] * 3, border="FFFFFF", header_rows=0))
b.raw(P([], after=160))

# ------------------------------------------------------------------ numbers
H1("Pelham Cross in numbers")
para("Pelham Cross is a unitary authority of 212,000 people in the south Midlands: a large market town, the "
     "new town of Aldwick and a rural south. About 48,300 residents are children. Child poverty is below "
     "the national average overall but there are pockets of deep deprivation in Aldwick and the Northfields "
     "estate of Pelham Cross town.")
stats = [("48,300", "children aged 0-17"), ("9,850", "contacts to the front door (8,720 in 2019-20)"),
         ("1,912", "referrals to children's social care"), ("214", "children with a child protection plan"),
         ("302", "children in care"), ("67", "young people assessed at risk of exploitation"),
         ("5", "serious incident notifications"), ("2", "LCSPRs published")]
rows = []
for k in range(0, 8, 2):
    row = []
    for n, lbl in stats[k:k + 2]:
        row.append(CELL(P([R(n, b=True, sz=16, color=TEAL)], after=0, jc="right"), 2.8, fill=SAND, valign="center"))
        row.append(CELL(P([R(lbl, sz=9.5)], after=0), 5.7, fill=SAND, valign="center"))
    rows.append(row)
b.raw(TABLE(rows, [2.8, 5.7, 2.8, 5.7], border="FFFFFF", header_rows=0))
b.raw(P([R("Figures for the year to 31 March 2021 unless stated.", i=True, sz=9, color=GREY)], before=60,
        after=200))

# ------------------------------------------------------------------ arrangements
H1("Our safeguarding arrangements", pb=True)
para("The three safeguarding partners share equal responsibility for the arrangements. They meet monthly "
     "as the Safeguarding Partners' Executive, which the partners chair in rotation. A wider Partnership "
     "Forum, including schools, the voluntary sector, probation, the Youth Justice Service and the two NHS "
     "trusts, meets quarterly. The partnership's published arrangements were revised in September 2020 to "
     "take account of what we learned in the first year.")
para("The work of the partnership is carried out by five groups:")
for lead, t in [("Practice Review Group", " \u2013 considers serious incident notifications, carries out "
                 "rapid reviews, commissions local child safeguarding practice reviews and tracks their "
                 "action plans."),
                ("Quality Assurance Group", " \u2013 multi-agency audits, the section 11 process and the "
                 "performance dataset."),
                ("Workforce Development Group", " \u2013 multi-agency training and learning events."),
                ("Exploitation and Missing Group", " \u2013 child sexual and criminal exploitation, "
                 "county lines and children missing from home, care and education."),
                ("Education Safeguarding Group", " \u2013 the link between the partnership and schools, "
                 "colleges and early years settings.")]:
    bullet(t, lead)
para("Pelham Cross shares a Child Death Overview Panel with two neighbouring partnerships. Relevant agencies "
     "named in our arrangements include all schools and colleges, early years providers, the NHS trusts, "
     "Cafcass, probation, the Youth Justice Service, housing providers and the larger voluntary "
     "organisations working with children.")

# ------------------------------------------------------------------ Covid
H1("Safeguarding during the pandemic")
para("In March 2020 the safeguarding partners agreed a Covid-19 assurance framework. For the first six "
     "months the Executive met weekly, reviewing a short dashboard of contacts, visits to children with "
     "a plan, attendance of vulnerable pupils at school and police call-outs to domestic abuse.")
for lead, t in [("Visits. ", "92% of children on a child protection plan were seen face to face at least "
                 "every four weeks between April and September 2020; the remainder were seen by video."),
                ("Schools. ", "Attendance of children with a social worker reached 43% in the first "
                 "lockdown, well above the national figure. Every school kept a list of vulnerable pupils "
                 "and a weekly contact record."),
                ("Domestic abuse. ", "Police call-outs to domestic abuse rose by 18% between April and "
                 "June 2020; the partners funded a children's domestic abuse worker at the refuge."),
                ("Babies. ", "The Practice Review Group saw four notifications involving babies under "
                 "one year in nine months, compared with one in the previous year.")]:
    bullet(t, lead)

# ------------------------------------------------------------------ priorities (distractor, coloured words)
H1("Progress on our priorities", pb=True)
para("Our plan for 2020-21 had three priorities, which the partners reaffirmed in June 2020 after "
     "considering the impact of the pandemic. The words in the last column are coloured as in the rest "
     "of the report.")
pri = [("Early help", "Launch the early help strategy and the family hubs model in Aldwick.",
        "Strategy launched July 2020; two family hubs open, third delayed by building works.", "Ongoing", "B8860B"),
       ("Early help", "Train 200 practitioners to lead early help assessments.",
        "236 trained, all online.", "Complete", "2E7D32"),
       ("Exploitation", "Publish the child exploitation strategy and a single screening tool.",
        "Strategy and screening tool published October 2020.", "Complete", "2E7D32"),
       ("Exploitation", "Set up a MACE panel for children at high risk.",
        "Panel meets fortnightly since November 2020.", "Complete", "2E7D32"),
       ("Neglect", "Roll out the Graded Care Profile 2 across all agencies.",
        "Paused March-September 2020; 94 practitioners licensed since.", "Ongoing", "B8860B"),
       ("Neglect", "Repeat the 2019 multi-agency neglect audit.",
        "Postponed to 2021-22.", "Not started", "C62828")]
rows = [[hcell("Priority", 2.6), hcell("What we said we would do", 5.6), hcell("What happened", 6.0),
         hcell("Position", 2.8)]]
for p_, a, h_, st, col in pri:
    rows.append([tcell(p_, 2.6, b_=True), tcell(a, 5.6), tcell(h_, 6.0),
                 tcell(P([CW(st, col)], after=0), 2.8)])
b.raw(TABLE(rows, [2.6, 5.6, 6.0, 2.8]))
b.raw(P([], after=120))

# ------------------------------------------------------------------ scrutiny
H1("Independent scrutiny")
para("The partners appointed Dr Elaine Mackie as independent scrutineer in January 2020. Her role is to "
     "challenge the partners and relevant agencies and to tell them, and the public, how well the "
     "arrangements are working. During 2020-21 she attended the Executive and the Practice Review Group, "
     "led two practitioner surveys and carried out a scrutiny review of the front door during lockdown.")
para("In her annual statement she concludes that the arrangements \u201care working well at strategic level, "
     "with a real sense of shared ownership between the three partners\u201d, but that \u201cthe voice of "
     "schools and of the voluntary sector is not yet heard strongly enough\u201d and that the partnership "
     "\u201cneeds to be more confident that learning from reviews is changing practice\u201d. The partners "
     "have accepted both points.")

# ------------------------------------------------------------------ training
H1("Learning and development")
para("All multi-agency training moved online in April 2020. The Workforce Development Group converted 14 "
     "courses into 90-minute live sessions and added new sessions on domestic abuse during lockdown, on "
     "working with families by video, and on the learning from rapid reviews.")
trows = [[hcell("Learning offer", 8.5), hcell("Sessions", 2.5), hcell("Participants", 2.5),
          hcell("Change in confidence", 3.5)]]
for c in [("Working Together: introduction to multi-agency safeguarding", "18", "512", "+31%"),
          ("Child exploitation and county lines", "9", "264", "+38%"),
          ("Neglect and the Graded Care Profile 2", "7", "94", "+29%"),
          ("Infant head trauma and coping with crying (ICON)", "6", "211", "+42%"),
          ("Learning from local reviews (briefings)", "5", "388", "n/a"),
          ("Safer recruitment and allegations", "4", "73", "+22%")]:
    trows.append([tcell(c[0], 8.5), tcell(c[1], 2.5), tcell(c[2], 2.5), tcell(c[3], 3.5)])
b.raw(TABLE(trows, [8.5, 2.5, 2.5, 3.5]))
b.raw(P([], after=120))
para("Participation rose by 40% compared with 2019-20, mostly because online sessions were easier for "
     "GPs, school staff and police officers to join. Feedback was good, although practitioners told us "
     "they missed the chance to meet colleagues from other agencies.")

# ------------------------------------------------------------------ audit
H1("Multi-agency audit")
para("The Quality Assurance Group completed two multi-agency audits, both held virtually.")
for lead, t in [("Domestic abuse and children under five (September 2020, 16 cases). ",
                 "Information from police reached health visitors quickly in most cases, but the impact of "
                 "the abuse on the baby or young child was rarely recorded in plans."),
                ("Children missing education (February 2021, 12 cases). ",
                 "Schools and the Children Missing Education service worked well together; children were "
                 "removed from roll before all enquiries had been completed in three cases.")]:
    bullet(t, lead)
para("Twenty-six agencies completed the section 11 and section 175 self-assessment in autumn 2020. The "
     "results were presented to the Partnership Forum in January 2021.")

# ------------------------------------------------------------------ other functions
H1("Other statutory functions")
H2("Child death review")
para("The joint CDOP reviewed 38 deaths, 12 of Pelham Cross children. Modifiable factors were found in four "
     "Pelham Cross cases. Two were sudden unexpected deaths in infancy where the baby was sharing a sofa "
     "with a parent, and the Panel has asked the partnership to repeat its safe sleep campaign.")
H2("Allegations against adults who work with children")
para("The LADO received 148 referrals (171 in 2019-20). The fall reflects school closures; referrals about "
     "online conduct by staff doubled. Eighteen allegations were substantiated.")
H2("Private fostering")
para("Six private fostering arrangements were notified, all of them of young people from overseas studying "
     "at independent schools whose families could not travel because of the pandemic.")

# ------------------------------------------------------------------ practice reviews
H1("Learning from practice reviews", pb=True)
MECH = ("The Practice Review Group keeps a single tracker for every LCSPR action plan. Lead agencies update "
        "it before each meeting and the Group challenges any update that is not backed by evidence. A "
        "summary goes to the Safeguarding Partners' Executive every quarter, and the independent scrutineer "
        "reviews the tracker twice a year.")
para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the local "
     "authority notifies the national Child Safeguarding Practice Review Panel, and the Practice Review "
     "Group carries out a rapid review within 15 working days. The safeguarding partners then decide whether "
     "a local child safeguarding practice review (LCSPR) is needed.")
para("In 2020-21 there were five notifications and five rapid reviews. Two led to LCSPRs: Child F "
     "(commissioned in January 2021) and Baby S (which moved quickly to a published review, because the "
     "rapid review had already identified the learning). In three cases, including the rapid review about "
     "Child P described below, the partners and the national Panel agreed that no further review was "
     "needed. The review of Child W, commissioned in 2019-20, was published in November 2020.")
para(MECH)
H2("Rapid review: Child P")
para("Child P, aged 15, was admitted to hospital after taking an overdose in December 2020. The rapid review "
     "found that agencies had worked well together and that the learning \u2013 about children who are "
     "educated at home and about the use of the emotional health helpline \u2013 could be shared without a "
     "full review. A seven-minute briefing was issued in February 2021. The national Panel agreed.")

b.raw(P([R("How to read the recommendation boxes", b=True, color=PLUM)], before=200, after=60, keep_next=True))
para("Each recommendation of the review is shown in a box, with the agency that leads on it. Below the box we "
     "describe what has been done. For Child W, the status agreed by the Practice Review Group in March 2021 "
     "is highlighted:", keep=True)
KEY_BDR = '<w:left w:val="single" w:sz="18" w:space="6" w:color="%s"/>' % TEAL
for w_, c_, fg_, expl in [("Complete", "green", None, "all actions done and evidence seen by the Group"),
                          ("Ongoing", "yellow", None, "work under way"),
                          ("Not started", "red", "FFFFFF", "work has not begun")]:
    b.raw(P([HL(w_, c_, fg=fg_), R("  \u2013  " + expl, sz=10)], shd=SAND, border=KEY_BDR, after=0,
            keep_next=True, ind='<w:ind w:left="567" w:right="2200"/>'))
b.raw(P([], after=160))

entries = []


def rec_box(scr, n, text, lead, status_runs, target=None, fill="F6F2FB", line=PLUM):
    inner = (P([R("Recommendation %s" % n, b=True, sz=11, color=line)], after=60)
             + P([R(text, sz=10.5)], after=100)
             + P([R("Lead agency: ", b=True, sz=9.5), R(lead, sz=9.5)], after=40))
    if target:
        inner += P([R("Target date: ", b=True, sz=9.5), R(target, sz=9.5)], after=40)
    inner += P([R("Status: ", b=True, sz=9.5)] + status_runs, after=0)
    b.raw(P([TEXTBOX(inner, 17.0, 3.8, fill=fill, line=line, wrap="topAndBottom",
                     name="%s rec %s" % (scr, n))], after=60, keep_next=True))


def done(text, label="What has been done: "):
    b.raw(P([R(label, b=True, color=TEAL), R(text)], after=260, jc="both"))


H2("LCSPR: Child W")
para("Child W was 14 when he was seriously injured in a stabbing in Aldwick in August 2019. In the year "
     "before, he had been permanently excluded from school, had gone missing from home eleven times and had "
     "twice been found in another county with cash and drugs. The review, by an independent reviewer, was "
     "commissioned in October 2019 and published on 19 November 2020. It found that each agency saw part "
     "of the picture but that nobody put it together; that Child W was too often seen as a young offender "
     "rather than a child being exploited; and that his exclusion from school removed the one adult he "
     "trusted.")
para("The review made five recommendations. The partnership accepted all of them.")

CHILD_W = [
    dict(n="1",
         text="The safeguarding partners should agree a multi-agency child exploitation pathway that sets out "
              "how agencies share information and intelligence about children at risk of criminal "
              "exploitation, and who coordinates the response.",
         lead="Pelham Cross Safeguarding Children Partnership (Exploitation and Missing Group)",
         bodies=[("Pelham Cross Safeguarding Children Partnership (Exploitation and Missing Group)", "lscb")],
         target="December 2020", due="2020-12", st="Complete", status="completed",
         action="The exploitation pathway and screening tool were published in October 2020, together with the "
                "new MACE panel, which meets every fortnight and has considered 41 children. 312 practitioners "
                "attended briefings on the pathway. A review of the first 20 MACE cases in March 2021 found "
                "that intelligence from police, schools and the Youth Justice Service was shared in all of them."),
    dict(n="2",
         text="Pelham Cross Council should ensure that schools consult the child's social worker and the "
              "Inclusion Service before a child with a social worker is permanently excluded, moved to "
              "alternative provision or placed on a reduced timetable.",
         lead="Pelham Cross Council Inclusion Service; schools and academies",
         bodies=[("Pelham Cross Council Inclusion Service", "education"),
                 ("schools and academies", "education")],
         target="July 2021", due="2021-07", st="Ongoing", status="in_progress",
         action="A protocol was agreed with head teachers in January 2021 and the Inclusion Service now "
                "receives a weekly list of pupils with a social worker who are at risk of exclusion. Academy "
                "trusts have been asked to sign up to the protocol; four of the six have done so."),
    dict(n="3",
         text="Westholm Police and the Youth Justice Service should ensure that when a child is found in "
              "possession of drugs, cash or weapons away from home, the child is treated as a possible victim "
              "of exploitation and a referral is made to children's social care.",
         lead="Westholm Police; Pelham Cross Youth Justice Service",
         bodies=[("Westholm Police", "police"), ("Pelham Cross Youth Justice Service", "probation_youth_justice")],
         target="September 2020", due="2020-09", st="Complete", status="completed",
         action="Westholm Police issued a force instruction in August 2020 and added a National Referral "
                "Mechanism prompt to the custody record. The Youth Justice Service now screens every "
                "out-of-court disposal for exploitation. An audit of 25 cases in January 2021 found a referral "
                "to children's social care in 23."),
    dict(n="4",
         text="NHS Pelham Cross CCG should seek assurance that the child and adolescent mental health service "
              "offers appointments away from the clinic to young people who do not attend, and does not "
              "discharge a young person for non-attendance without discussing it with the referrer.",
         lead="NHS Pelham Cross CCG; Northgate Healthcare NHS Foundation Trust (CAMHS)",
         bodies=[("NHS Pelham Cross CCG", "health"), ("Northgate Healthcare NHS Foundation Trust (CAMHS)", "health")],
         target="March 2021", due="2021-03", st="Ongoing", status="in_progress",
         action="CAMHS has changed its \u2018was not brought\u2019 policy so that no child is discharged without a "
                "call to the referrer, and video and outreach appointments are now offered as standard. The CCG "
                "will audit compliance in the summer of 2021 before the recommendation can be closed."),
    dict(n="5",
         text="Children's social care should ensure that return home interviews are offered to every child "
              "after each missing episode and that the information from them is shared with the police and "
              "the child's school.",
         lead="Pelham Cross Council Children's Social Care",
         bodies=[("Pelham Cross Council Children's Social Care", "childrens_social_care")],
         target="March 2021", due="2021-03", st="Not started", status="not_started",
         action=None,
         body="Work on this recommendation has not yet begun. The return home interview workers were redeployed "
              "to support the front door during the first lockdown, and the service is now being "
              "re-commissioned. The Practice Review Group has escalated the delay to the Executive."),
]
for r in CHILD_W:
    col, fg = HL_STATUS[r["st"]]
    rec_box("Child W", r["n"], r["text"], r["lead"], [HL(r["st"], col, sz=10.5, fg=fg)], target=r["target"])
    done(r["action"] or r["body"])
    entries.append(dict(scr="Child W", number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                        status=r["status"], due=r["due"]))

H2("LCSPR: Baby S")
para("Baby S was six weeks old when she was taken to hospital in June 2020 with a skull fracture and bleeding "
     "on the brain. Her father, aged 19, later admitted shaking her. He had grown up in care in another "
     "local authority and was living with Baby S's mother in Pelham Cross. The midwife and health visitor "
     "had met him once each, by video, and knew nothing about his history.")
para("The rapid review identified the learning so clearly that the partners asked the same reviewer to "
     "complete a short LCSPR, which was published on 15 March 2021. The action plan was agreed on 25 March, "
     "so much of the work below is at an early stage. For this review the Practice Review Group records the "
     "status on the action plan form itself, and we reproduce the form's tick boxes here.")

BABY_S = [
    dict(n="1",
         text="Maternity and health visiting services should ask about fathers and male carers, including "
              "whether they have been in care, at booking and at the new birth visit, and should pass this "
              "information on at the handover from midwife to health visitor.",
         lead="Pelham Cross Hospitals NHS Trust (maternity); Pelham Community Health Services (health visiting)",
         bodies=[("Pelham Cross Hospitals NHS Trust", "health"), ("Pelham Community Health Services", "health")],
         boxes=(False, True, False), status="in_progress", due=None,
         action="Questions about fathers have been added to the maternity booking form and the health visiting "
                "new birth template. The two services are agreeing a joint handover form."),
    dict(n="2",
         text="The safeguarding partners should relaunch the ICON programme so that every parent of a new "
              "baby is told about infant crying and how to cope, and so that fathers hear the message directly.",
         lead="Pelham Cross Safeguarding Children Partnership; Public Health Pelham Cross",
         bodies=[("Pelham Cross Safeguarding Children Partnership", "lscb"), ("Public Health Pelham Cross", "health")],
         boxes=(True, False, False), status="completed", due=None,
         action="ICON was relaunched in January 2021 with a new video for fathers and posters in GP surgeries, "
                "pharmacies and the maternity unit. 211 practitioners have completed ICON training."),
    dict(n="3",
         text="Pelham Cross Council should ensure that the pathway plans of care leavers who are, or are about "
              "to become, parents include an assessment of their support needs as parents, and that this "
              "applies to care leavers placed by other local authorities.",
         lead="Pelham Cross Council Leaving Care Service",
         bodies=[("Pelham Cross Council Leaving Care Service", "childrens_social_care")],
         boxes=(False, True, False), status="in_progress", due=None,
         action="The pathway plan template now includes a section on becoming a parent. Personal advisers will "
                "be trained from May 2021, and the Service is writing to neighbouring authorities about care "
                "leavers they have placed in Pelham Cross."),
    dict(n="4",
         text="NHS Pelham Cross CCG should remind GP practices to record the details of fathers and other "
              "adults in the household on the baby's record when a new birth is registered with the practice.",
         lead="NHS Pelham Cross CCG",
         bodies=[("NHS Pelham Cross CCG", "health")],
         boxes=(False, False, False), status="unknown", due=None,
         action=None,
         body="An update from the CCG had not been received when this report was written."),
]
for r in BABY_S:
    c, o, ns = r["boxes"]
    status_runs = [CHECKBOX(c), R(" Completed     ", sz=9.5), CHECKBOX(o), R(" Ongoing     ", sz=9.5),
                   CHECKBOX(ns), R(" Not started", sz=9.5)]
    rec_box("Baby S", r["n"], r["text"], r["lead"], status_runs, fill="EEF7F6", line=TEAL)
    done(r["action"] or r["body"], label="Update: ")
    entries.append(dict(scr="Baby S", number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                        status=r["status"], due=r["due"]))

H2("LCSPR: Child F")
para("In January 2021 the safeguarding partners commissioned an LCSPR about Child F, a nine-year-old girl "
     "with complex disabilities who died in hospital after a long period of neglect of her medical needs. "
     "The review is being carried out by an independent reviewer and is expected to report in autumn 2021.")

H2("Local learning review: Sibling Group K")
para("Before the pandemic the Practice Review Group had begun a local learning review about Sibling Group K, "
     "four children aged between two and eleven who lived with chronic neglect for several years. The case "
     "did not meet the criteria for a rapid review or an LCSPR, so this was a non-statutory review, using a "
     "practitioner learning event held online in July 2020. It asked the partnership to:")
for t, st in [("make sure that the Graded Care Profile 2 is used in every case where neglect is the main "
               "concern;", ("Ongoing", "yellow", None)),
              ("remind practitioners that improvement in a family's circumstances must be sustained for at least "
               "six months before a child protection plan is ended;", ("Complete", "green", None)),
              ("give dental practices a simple route to share concerns about untreated tooth decay.",
               ("Not started", "red", "FFFFFF"))]:
    b.raw(P([R(t + "  "), HL(st[0], st[1], fg=st[2])], style="ListNumber", after=60))
para("These actions are tracked by the Quality Assurance Group through the neglect strategy, not on the "
     "LCSPR tracker.")

# ------------------------------------------------------------------ Ofsted + ahead
H1("Looking ahead to 2021-22", pb=True)
para("Ofsted's assurance visit to Pelham Cross children's services in October 2020 found that leaders had "
     "\u201cresponded swiftly and effectively\u201d to the pandemic. It asked the Council to improve the "
     "timeliness of return home interviews and to strengthen management oversight of children on reduced "
     "school timetables. These points are being taken forward by the Council's improvement board.")
para("The partners have agreed three priorities for 2021-22:")
for lead, t in [("Babies and young children: ", "act on the learning from Baby S and the rise in infant "
                 "injuries, including a partnership-wide approach to fathers."),
                ("Exploitation: ", "embed the exploitation pathway and evaluate the MACE panel; complete the "
                 "outstanding actions from the Child W review."),
                ("Neglect: ", "complete the rollout of the Graded Care Profile 2 and repeat the neglect audit.")]:
    bullet(t, lead)
para("We will also listen more to children and young people. A young people's advisory group will be "
     "set up with the Children in Care Council and the youth council in the summer of 2021.")

H1("Appendix: partnership budget")
para("The partnership budget for 2020-21 was \u00a3284,600. Underspends on venues and travel, because "
     "training and meetings were held online, have been carried forward to fund the Child F review.")
brows = [[hcell("Contributor", 9.0), hcell("2020-21", 3.0), hcell("Share", 3.0)]]
for n, v, s in [("Pelham Cross Council", "\u00a3142,300", "50%"), ("NHS Pelham Cross CCG", "\u00a385,400", "30%"),
                ("Westholm Police", "\u00a356,900", "20%")]:
    brows.append([tcell(n, 9.0), tcell(v, 3.0), tcell(s, 3.0)])
b.raw(TABLE(brows, [9.0, 3.0, 3.0]))
b.raw(P([R("Pelham Cross Safeguarding Children Partnership, Civic Offices, Market Square, Pelham Cross. "
           "scp@pelhamcross.gov.uk", sz=9, color=GREY)], before=240, after=0))

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
            "scrs": [{"name": "Child W", "stage": "published", "page": None},
                     {"name": "Baby S", "stage": "published", "page": None},
                     {"name": "Child F", "stage": "initiated", "page": None}],
            "recommendations": recs,
            "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                     "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                     "verdict": verdict}}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
