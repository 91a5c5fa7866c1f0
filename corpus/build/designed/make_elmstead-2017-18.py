"""elmstead-2017-18: a designed Word annual report laid out by the council's design studio.
The SCR section sets each recommendation in its own floating text box, two boxes side by side per
row: the number set large, the recommendation, a "Lead:" line and (Child H) a progress paragraph
ending with one status word shown by its highlight colour (Delivered / Progressing / Stalled); the
key is a small text box at the top of the section. Siblings D's actions are instead given in a
floating table after its boxes, keyed by recommendation number, with a shaded, wordless "Rating"
cell in the key's colours. Young Person S was commissioned in the year; the Child B action plan
was closed. Distractors: Ofsted recommendations, a DHR's recommendations, a learning review, audit
actions and the 2018-19 business plan."""
import json
import os
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, P, R, TABLE, TBLPPR, TEXTBOX, Builder  # noqa: E402

NAME = "elmstead-2017-18"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Elmstead Local Safeguarding Children Board"
PERIOD = "2017-18"

PINE, MOSS, SAND, INK, GREY, MIST = "1E4D3B", "7A9A3A", "F4EFE3", "2B2B2B", "5F5F5F", "EEF3EC"
# status: word -> (w:highlight value, text colour, table fill of the same colour, gold status)
STATUS = {
    "Delivered": ("green", "000000", "00FF00", "completed"),
    "Progressing": ("yellow", "000000", "FFFF00", "in_progress"),
    "Stalled": ("red", "FFFFFF", "FF0000", "not_started"),
}
FILL_STATUS = {v[2]: v[3] for v in STATUS.values()}

b = Builder(font="Calibri", size=10.5, color=INK)
entries = []


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.h(text, 1, page_break=pb, color=PINE)


def H2(text, pb=False):
    b.h(text, 2, page_break=pb, color=MOSS)


def para(text, after=120, keep=False, pb=False):
    b.raw(P([R(text)], after=after, jc="both", keep_next=keep) if not pb else
          P([R(text)], after=after, jc="both", keep_next=keep, page_break_before=True))


def runs_para(runs, after=120, keep=False):
    b.raw(P(runs, after=after, jc="both", keep_next=keep))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60))


def numbered(n, text, sz=None):
    b.raw(P([R("%s.\u2002" % n, b=True, sz=sz), R(text, sz=sz)], after=60, jc="both",
            ind='<w:ind w:left="397" w:hanging="397"/>'))


def HL(word):
    """One status word, highlighted in the key's colour."""
    hl, fg, _, _ = STATUS[word]
    rpr = ('<w:b/><w:bCs/><w:color w:val="%s"/><w:sz w:val="17"/><w:szCs w:val="17"/>'
           '<w:highlight w:val="%s"/>' % (fg, hl))
    return '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(word))


def hcell(text, w, fill=PINE, jc=None):
    return CELL(P([R(text, b=True, sz=9, color="FFFFFF")], after=0, jc=jc), w, fill=fill, valign="center")


def tcell(content, w, sz=9, fill=None, b_=False):
    if not content.startswith("<"):
        content = P([R(content, sz=sz, b=b_)], after=20)
    return CELL(content, w, fill=fill)


def plain_table(rows, widths, head_fill=PINE, sz=9):
    out = [[hcell(t, widths[i], fill=head_fill) for i, t in enumerate(rows[0])]]
    for k, row in enumerate(rows[1:]):
        fill = MIST if k % 2 else None
        out.append([tcell(t, widths[i], sz=sz, fill=fill) for i, t in enumerate(row)])
    b.raw(TABLE(out, widths, border="B7C7B0"))
    b.raw(P([R("")], after=60))


def lines_of(text, chars):
    words, n, cur = text.split(), 1, 0
    for w in words:
        if cur + len(w) + (1 if cur else 0) > chars:
            n, cur = n + 1, len(w)
        else:
            cur += len(w) + (1 if cur else 0)
    return n


BOX_W, GAP = 8.3, 0.4


def rec_box_inner(r, scr, with_progress):
    inner = P([R(r["n"], b=True, sz=30, color=MOSS)], after=0, line=216)
    inner += P([R(r["text"], sz=9.5)], after=100, jc="left")
    inner += P([R("Lead: ", b=True, sz=8.5, color=PINE), R(r["lead"], sz=8.5, color=PINE)], after=100,
               border='<w:top w:val="single" w:sz="4" w:space="3" w:color="B7C7B0"/>')
    if with_progress:
        runs = [R("Progress: ", b=True, sz=8.5), R(r["progress"], sz=8.5)]
        if r.get("word"):
            runs += [R(" ", sz=8.5), HL(r["word"])]
        inner += P(runs, after=0, jc="left")
    return inner


def box_height(r, with_progress):
    h = 1.55 + lines_of(r["text"], 47) * 0.43 + lines_of("Lead: " + r["lead"], 54) * 0.39 + 0.35
    if with_progress:
        h += lines_of("Progress: " + r["progress"] + " " + (r.get("word") or ""), 54) * 0.39 + 0.1
    return round(h, 2)


def box_rows(scr, recs, with_progress):
    for k in range(0, len(recs), 2):
        pair = recs[k:k + 2]
        h = max(box_height(r, with_progress) for r in pair)
        runs = []
        for j, r in enumerate(pair):
            runs.append(TEXTBOX(rec_box_inner(r, scr, with_progress), BOX_W, h, x_cm=j * (BOX_W + GAP), y_cm=0.0,
                                fill="FFFFFF" if j == 0 else SAND, line=PINE, line_w=9525, wrap="topAndBottom",
                                rel_h="column", rel_v="paragraph", name="%s recommendation %s" % (scr, r["n"])))
        b.raw(P(runs, after=60))


def add_entry(scr, number, text, action, bodies, status, due=None):
    entries.append(dict(scr=scr, number=number, text=text, action=action, bodies=bodies, status=status, due=due))


# ------------------------------------------------------------------ cover
cover = (P([R("Elmstead", b=True, sz=44, color="FFFFFF")], after=0)
         + P([R("Local Safeguarding Children Board", sz=20, color="E3EBD3")], after=1100)
         + P([R("Annual Report", b=True, sz=32, color="FFFFFF")], after=0)
         + P([R("2017/18", b=True, sz=32, color="C9DB8E")], after=240)
         + P([R("1 April 2017 \u2013 31 March 2018", sz=14, color="E3EBD3")], after=0))
band = P([R("\u201cWorking together so that every child in Elmstead is safe, seen and heard.\u201d", i=True,
            sz=13, color=PINE)], after=0, jc="left")
b.raw(P([TEXTBOX(cover, 19.0, 14.0, x_cm=1.0, y_cm=2.5, fill=PINE, line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover panel"),
         TEXTBOX(band, 19.0, 1.8, x_cm=1.0, y_cm=16.7, fill="C9DB8E", line=None, wrap="none",
                 rel_h="page", rel_v="page", name="Cover band")], after=0))
b.raw(P([R("Presented to the Chief Executive and Leader of Elmstead Metropolitan Borough Council, the Police "
           "and Crime Commissioner for Wyreside, the Accountable Officer of NHS Elmstead Clinical Commissioning "
           "Group and the Elmstead Health and Wellbeing Board", sz=9.5, color=GREY)], before=10900, after=240))
b.raw(P([R("www.elmsteadlscb.org.uk", b=True, sz=12, color=PINE)], jc="right", after=40))
b.raw(P([R("Published September 2018", sz=10, color=GREY)], jc="right", after=0))

b.header_footer("Elmstead LSCB  \u00b7  Annual Report 2017/18", "Elmstead Local Safeguarding Children Board",
                rule=MOSS)

# ------------------------------------------------------------------ contents
H1("Contents", pb=True)
b.toc([(1, "Foreword from the Independent Chair", 3), (1, "Elmstead at a glance", 4),
       (1, "How the Board works", 4), (1, "Moving to new safeguarding arrangements", 5),
       (1, "Learning and development", 5), (1, "Quality assurance", 6),
       (1, "Children missing and at risk of exploitation", 6),
       (1, "Statutory functions", 6), (2, "Child Death Overview Panel", 6),
       (2, "Allegations against staff and volunteers (LADO)", 7), (2, "Private fostering", 7),
       (1, "Inspection", 7), (1, "Other reviews", 8), (2, "Domestic homicide review: Ms R", 8),
       (2, "Learning review: Child F", 8), (1, "Serious case reviews", 9), (2, "Child H", 9),
       (2, "Siblings D", 11), (2, "Young Person S", 12), (2, "Child B", 12),
       (1, "Our priorities for 2018/19", 13), (1, "Contact us", 13)])

# ------------------------------------------------------------------ foreword
H1("Foreword from the Independent Chair", pb=True)
para("Welcome to the annual report of the Elmstead Local Safeguarding Children Board for 2017/18. Every "
     "year the Board has to publish an assessment of how well children in Elmstead are safeguarded, and "
     "this report is that assessment. It is also, I hope, an honest account for parents, carers and "
     "children of what the agencies that work with them have done, what they have learned, and what they "
     "still need to do.")
para("It has been a hard year. The Board published two serious case reviews: Child H, about a baby who was "
     "seriously hurt by his father, and Siblings D, about four children who lived with neglect for far "
     "too long before anyone acted decisively. Both reviews found professionals who cared and who worked "
     "hard, but who did not share what they knew or did not see the whole picture. Both reviews ask us "
     "to change things that will take time. Later in this report we set out every recommendation, who is "
     "leading on it and how far it has got, and we do not hide the places where progress has been slow.")
para("Ofsted inspected services for children in Elmstead in the autumn and reviewed the Board at the same "
     "time. The Board was judged to require improvement to be good. The inspectors found a Board that "
     "knows itself and challenges partners, but that does not yet show clearly enough the difference its "
     "work makes to children. I accept that, and our response runs through this report.")
para("Next year will be the Board\u2019s last in its current form. The Children and Social Work Act 2017 "
     "replaces LSCBs with arrangements led by three safeguarding partners: the Council, the CCG and the "
     "police. I am determined that what works well here \u2013 the voice of schools and the voluntary "
     "sector, independent scrutiny, and a learning culture that does not look for someone to blame \u2013 "
     "carries on in the new partnership.")
para("My thanks go to the members of the Board and its sub-groups, to the practitioners who took part in "
     "our reviews and audits, and to the Board\u2019s business unit, who have made a small budget go a long "
     "way.")
b.raw(P([R("Jennifer Ashworth", b=True)], after=0, before=200))
b.raw(P([R("Independent Chair, Elmstead Local Safeguarding Children Board", i=True, color=GREY)], after=240))

# ------------------------------------------------------------------ at a glance (stat tiles)
H1("Elmstead at a glance", pb=True)
para("Elmstead is a metropolitan borough of around 268,400 people, made up of the town of Elmstead and "
     "the smaller towns of Brindle, Hatherway and Low Coppice. Just under a quarter of the population are "
     "children. Figures are for the year to 31 March 2018 unless stated.", after=160)
tiles = [("61,900", "children and young people aged 0\u201317"), ("27%", "of children in Brindle live in "
         "low-income families"), ("9,812", "contacts to the MASH"), ("2,734", "referrals to children\u2019s "
         "social care"), ("312", "children on a child protection plan at 31 March"), ("498", "children looked "
         "after at 31 March"), ("1,406", "early help assessments started"), ("9", "private fostering "
         "arrangements at 31 March")]
tw = [4.25] * 4
rows = []
for k in range(0, 8, 4):
    rows.append([CELL(P([R(n, b=True, sz=20, color="FFFFFF")], jc="center", after=0)
                      + P([R(lab, sz=8.5, color="FFFFFF")], jc="center", after=60),
                      tw[i], fill=(PINE if (k // 4 + i) % 2 == 0 else MOSS), valign="center")
                 for i, (n, lab) in enumerate(tiles[k:k + 4])])
b.raw(TABLE(rows, tw, border="FFFFFF", header_rows=0))
b.raw(P([R("")], after=120))
para("The rate of child protection plans (50.4 per 10,000 children) is higher than the England average "
     "(45.3) and has risen for the second year running. Neglect is the main category for 58% of plans, "
     "emotional abuse for 29%. Two in five children on a plan live in a household where domestic abuse "
     "has been reported to the police.")

# ------------------------------------------------------------------ how the Board works
H1("How the Board works")
para("The Board brings together the Council, the NHS, the police, probation services, schools, Cafcass, "
     "housing and the voluntary sector, with two lay members. It met five times in 2017/18, with an "
     "Executive Group meeting between Board meetings. Most of its work is done by sub-groups:")
bullet(" considers cases that may meet the criteria for a serious case review, commissions reviews and "
       "tracks their action plans.", "Case Review and Learning Sub-group:")
bullet(" runs the multi-agency audit programme, the performance data set and the section 11 audit.",
       "Quality Assurance and Performance Sub-group:")
bullet(" plans and evaluates multi-agency training.", "Learning and Development Sub-group:")
bullet(" leads on child sexual exploitation, children missing from home and care, and county lines.",
       "Exploitation and Missing Sub-group:")
bullet(" a time-limited group set up in January 2018 to rewrite the neglect strategy.",
       "Neglect Task Group:")
para("The Board\u2019s budget is shared by its partners. Spending in 2017/18 was \u00a3227,700 against income "
     "of \u00a3229,450; the small underspend is carried forward to the cost of the Young Person S review.",
     keep=True)
plain_table([["Partner", "Contribution 2017/18"],
             ["Elmstead Metropolitan Borough Council", "\u00a3142,600"],
             ["NHS Elmstead Clinical Commissioning Group", "\u00a361,300"],
             ["Office of the Police and Crime Commissioner for Wyreside", "\u00a322,000"],
             ["National Probation Service", "\u00a31,500"],
             ["Wyreside and Fells Community Rehabilitation Company", "\u00a31,500"],
             ["Cafcass", "\u00a3550"], ["Total", "\u00a3229,450"]], [11.0, 6.0])

para("Attendance by partners was good, although probation services missed more meetings than other "
     "members; the Chair has raised this with both organisations.", keep=True)
plain_table([["Board attendance 2017/18 (five meetings)", "Meetings attended"],
             ["Elmstead Children\u2019s Services", "5"], ["NHS Elmstead CCG", "5"], ["Wyreside Police", "4"],
             ["Elmstead Hospitals NHS Foundation Trust", "4"], ["Wyreside Community Healthcare NHS Trust", "5"],
             ["Wyreside Mental Health NHS Foundation Trust", "3"], ["National Probation Service", "3"],
             ["Wyreside and Fells CRC", "2"], ["Head teachers (primary, secondary and special)", "5"],
             ["Elmstead Homes", "3"], ["Voluntary sector representative", "4"], ["Lay members", "5"]],
            [11.0, 6.0], sz=8.5)

# ------------------------------------------------------------------ new arrangements
H1("Moving to new safeguarding arrangements")
para("Working Together to Safeguard Children 2018 was published in July 2018. It requires the three "
     "safeguarding partners to publish their local arrangements by 29 June 2019 and to have them in place "
     "by 29 September 2019. In Elmstead the Director of Children\u2019s Services, the CCG\u2019s Chief "
     "Nurse and the Wyreside Police Superintendent for Public Protection have met monthly since March "
     "2018 to design the new partnership.")
para("They have agreed to keep an independent scrutineer, to keep the current sub-groups for at least a "
     "year, and to bring schools into the partnership as a relevant agency with a seat at the Executive. "
     "Serious case reviews that have started under the old rules, including Young Person S, will be "
     "completed and published by the Board or its successor.")

# ------------------------------------------------------------------ learning and development
H1("Learning and development")
para("The Learning and Development Sub-group ran 61 multi-agency courses in 2017/18, with 1,488 places "
     "taken up (1,352 in 2016/17). A further 2,210 people completed the Board\u2019s e-learning, most of "
     "them on the introduction to safeguarding course used by schools, GP practices and the voluntary "
     "sector. Ninety-four per cent of course evaluations rated the training good or excellent.")
para("We have tried this year to find out whether training changes practice. Attendees on five courses "
     "were asked, three months later, what they had done differently. Of the 212 who replied, 71% "
     "described a specific change, most often in how they recorded the child\u2019s own words or how they "
     "escalated a disagreement with another agency. The seven-minute briefings on the Child H and "
     "Siblings D reviews have been the most downloaded documents on the Board\u2019s website.")
runs_para([R("New courses this year: ", b=True),
           R("\u2018Hidden men: fathers and partners in safeguarding\u2019; \u2018Neglect: what does a day "
             "look like for this child?\u2019; county lines awareness for taxi drivers and licensed premises "
             "staff (run with the Council\u2019s licensing team); and a half-day course on the new Graded "
             "Care Profile 2.")])

# ------------------------------------------------------------------ quality assurance
H1("Quality assurance")
para("The Quality Assurance and Performance Sub-group completed three multi-agency case audits this year. "
     "Each audit looks at a sample of cases across all the agencies involved and ends with a short list "
     "of actions, which the sub-group follows up.")
H2("Domestic abuse and children under five (20 cases)")
para("The audit found good information-sharing between the police and the MASH, but little evidence that "
     "GPs and health visitors were told about incidents in time to make a difference. The sub-group "
     "agreed three actions:", keep=True)
numbered("A1", "The MASH will copy all domestic abuse notifications involving a child under five to the "
               "health visiting single point of access (completed January 2018).")
numbered("A2", "The CCG will remind GP practices to code domestic abuse on the records of the children in "
               "the household (completed).")
numbered("A3", "The audit will be repeated in 2018/19 to test whether practice has changed.")
H2("Child sexual exploitation (15 cases) and neglect (18 cases)")
para("The exploitation audit found that return home interviews were offered to every child but taken up "
     "by only half, and that the information they gathered was not always passed to the police. The "
     "neglect audit, carried out in the wake of Siblings D, found chronologies in fewer than half of the "
     "cases, and too much reliance on parents\u2019 accounts of progress. Its findings have shaped the "
     "new neglect strategy.")
H2("Section 11 audit")
para("Twenty-one agencies completed the section 11 self-assessment in 2017, which asks how well each "
     "meets its duty to safeguard and promote the welfare of children. All but two rated themselves as "
     "meeting every standard. The weakest areas across the partnership were supervision of front-line "
     "staff and the recording of children\u2019s views. A challenge event in November 2017 tested the "
     "returns of six agencies; Elmstead Homes and the drug and alcohol service have been asked to "
     "re-submit their returns by September 2018.")

# ------------------------------------------------------------------ exploitation and missing
H1("Children missing and at risk of exploitation")
para("There were 1,126 episodes of children going missing from home or care in 2017/18, involving 342 "
     "children; 61 children went missing five times or more. The Exploitation and Missing Sub-group "
     "receives a monthly list of these children, and their cases are discussed at the multi-agency child "
     "exploitation meeting chaired by Wyreside Police.")
para("At 31 March 2018, 48 children were assessed as at risk of sexual exploitation (57 a year earlier) and "
     "23 as at risk of criminal exploitation, a category the partnership began recording only in October "
     "2017. County lines are now the fastest-growing concern: Wyreside Police identified four lines running "
     "from neighbouring cities into Brindle and Low Coppice during the year.")

# ------------------------------------------------------------------ statutory functions
H1("Statutory functions")
H2("Child Death Overview Panel")
para("Elmstead shares a Child Death Overview Panel with Tarnbridge. The Panel reviewed 27 deaths of "
     "Elmstead children this year, 16 of them babies under one. Modifiable factors were found in seven "
     "cases; in four of these the baby had been sharing a sofa or bed with an adult who had been drinking "
     "or was very tired. The Panel asked the Board to repeat its safe sleep campaign, which ran again in "
     "the winter of 2017/18 through maternity wards, health visitors, pharmacies and the Council\u2019s "
     "social media.")
H2("Allegations against staff and volunteers (LADO)")
para("The Local Authority Designated Officer received 214 contacts about adults who work with children, "
     "of which 96 met the threshold for a formal allegations process (89 in 2016/17). Education accounted "
     "for 41 referrals, residential and foster care for 19, early years for 12, and sport and faith groups "
     "for 11. Eighty-one per cent of cases were concluded within three months.")
H2("Private fostering")
para("Eleven new private fostering arrangements were notified to Children\u2019s Services in the year and "
     "nine were in place at 31 March 2018. Eighty-two per cent of initial visits were made within seven "
     "days. Language schools remain the main source of notifications; awareness among GPs and schools is "
     "still low, and the annual private fostering report will go to the Board in October 2018.")

# ------------------------------------------------------------------ inspection (distractor)
H1("Inspection")
para("Ofsted inspected services for children in need of help and protection, children looked after and "
     "care leavers in Elmstead in October and November 2017, and reviewed the effectiveness of the LSCB at "
     "the same time. The report, published in January 2018, judged children\u2019s services overall to "
     "require improvement to be good. The review of the LSCB was also judged as requires improvement. "
     "Ofsted made three recommendations to the Board:", keep=True)
numbered("1", "Ensure that the Board\u2019s performance information includes data from all partners, so "
              "that the Board can judge the quality of early help across the partnership.")
numbered("2", "Strengthen the evaluation of the impact of multi-agency training on practice.")
numbered("3", "Ensure that reports to the Board on serious case review action plans show the impact of "
              "actions on practice, not only whether they have been completed.")
para("The Board\u2019s improvement plan was agreed in March 2018. The training evaluation described above "
     "and the way the serious case review section of this report is set out are part of our response.")

# ------------------------------------------------------------------ other reviews (distractors)
H1("Other reviews", pb=True)
H2("Domestic homicide review: Ms R")
para("Elmstead Community Safety Partnership published a domestic homicide review in January 2018 into the "
     "death of Ms R, who was killed by her former partner in 2016. Her two children, then aged 8 and 12, "
     "were in the house. Domestic homicide reviews are not the Board\u2019s reviews, but the Board has "
     "agreed to monitor the recommendations that concern children:", keep=True)
plain_table([["DHR recommendation", "Lead", "Update"],
             ["Recommendation 4: MARAC should ensure that the children of every high-risk victim are "
              "identified and that their school is told of the MARAC outcome.", "MARAC Chair",
              "School notification added to the MARAC procedure in April 2018."],
             ["Recommendation 6: Elmstead Domestic Abuse Service should offer support to children who have "
              "witnessed domestic abuse, including after a homicide.", "Elmstead Domestic Abuse Service",
              "A children\u2019s worker post has been funded for two years from June 2018."],
             ["Recommendation 9: Wyreside Police should review how officers record the presence of children "
              "when attending repeat incidents.", "Wyreside Police",
              "Under review by the force\u2019s domestic abuse lead."]], [9.0, 3.5, 4.5], sz=8.5)
H2("Learning review: Child F")
para("Child F, a 14-year-old boy, was reported missing 23 times in 2017 and was found in March 2018 in a "
     "flat in another county where class A drugs were being sold. The Case Review and Learning Sub-group "
     "decided that the case did not meet the criteria for a serious case review, but commissioned a "
     "learning review using a practitioner workshop. It reported in June 2018 and made three "
     "recommendations, which the Exploitation and Missing Sub-group will take forward:", keep=True)
numbered("1", "Return home interviews should be offered by a worker the child already knows, where possible.")
numbered("2", "Schools should tell the missing co-ordinator about unexplained absences of children who have "
              "been missing from home in the past three months.")
numbered("3", "Partners should use the language of criminal exploitation, not \u2018choices\u2019, when "
              "recording the activities of children who are being exploited.")
para("Child F is not a serious case review and its recommendations are not part of the SCR tracker below.")

# ------------------------------------------------------------------ SCRs
H1("Serious case reviews", pb=True)
key_inner = (P([R("Key to progress", b=True, sz=9, color=PINE)], after=40)
             + P([HL("Delivered"), R("  the action is complete and the sub-group has seen evidence", sz=8)],
                 after=30)
             + P([HL("Progressing"), R("  work is under way and on track or slightly behind", sz=8)], after=30)
             + P([HL("Stalled"), R("  overdue, and work has not begun", sz=8)], after=40)
             + P([R("The Rating column of the Siblings D action table uses the same colours.", i=True, sz=8,
                    color=GREY)], after=0))
runs_para([R("An LSCB must carry out a serious case review when abuse or neglect of a child is known or "
             "suspected and the child has died or been seriously harmed, and there is cause for concern about "
             "the way agencies worked together. In 2017/18 the Case Review and Learning Sub-group considered "
             "five cases. One (Young Person S) met the criteria, one was taken forward as a learning review "
             "(Child F) and three needed no further review. The Board published two serious case reviews "
             "during the year, Child H and Siblings D."),
           TEXTBOX(key_inner, 6.4, 3.7, x_cm=10.6, y_cm=0.0, fill=MIST, line=MOSS, line_w=9525, wrap="square",
                   rel_h="column", rel_v="paragraph", name="Progress key")])
MECH = ("Every recommendation has a lead agency, which reports progress to the Case Review and Learning "
        "Sub-group each quarter. The sub-group will not rate an action as delivered until it has seen "
        "evidence, such as an audit, and it reports the ratings to every Board meeting.")
para(MECH + " The boxes below show where each recommendation stood at 31 March 2018.")

# -- Child H
H2("Child H")
para("Child H was five months old when he was admitted to hospital in February 2016 with bleeding on the "
     "brain and fractures to his ribs. His father was convicted of causing him grievous bodily harm in "
     "2017. Child H\u2019s mother was 19 and had left care a year before he was born; his father had "
     "convictions for violence against a previous partner and was being supervised on licence. The family "
     "moved three times between temporary addresses in the months before he was hurt. The review, led by "
     "an independent reviewer, was published in November 2017. It made eight recommendations.")

child_h = [
    dict(n="1",
         text="Elmstead Hospitals NHS Foundation Trust should ensure that midwives ask about and record the "
              "identity and background of the baby\u2019s father, and of any other adult male in the household, "
              "at booking and again at 28 weeks, and share any concern with the health visitor at handover.",
         lead="Head of Midwifery, Elmstead Hospitals NHS Foundation Trust",
         progress="The maternity booking record was changed in September 2017 so that the father\u2019s details "
                  "are a mandatory field, and the 28-week question was added in January 2018. An audit of 40 "
                  "records in March 2018 found the father\u2019s details recorded in 36.",
         action=True, word="Delivered",
         bodies=[("Elmstead Hospitals NHS Foundation Trust", "health")]),
    dict(n="2",
         text="The National Probation Service and the Community Rehabilitation Company should ensure that, "
              "when an offender with a history of domestic abuse is living with a pregnant woman or a child "
              "under one, children\u2019s social care is told and a home visit is made.",
         lead="National Probation Service and Wyreside and Fells Community Rehabilitation Company",
         progress="A check has been added to the NPS case allocation checklist and notifications to the MASH "
                  "have started. The CRC has drafted a home visiting protocol, which is due to be agreed in "
                  "July 2018.",
         action=True, word="Progressing",
         bodies=[("National Probation Service", "probation_youth_justice"),
                 ("Wyreside and Fells Community Rehabilitation Company", "probation_youth_justice")]),
    dict(n="3",
         text="Wyreside Police should ensure that when officers attend a domestic incident at an address where "
              "a baby lives, the baby is seen and a notification is sent to the MASH, even when no offence is "
              "recorded.",
         lead="Detective Superintendent, Public Protection, Wyreside Police",
         progress="No update had been received from Wyreside Police when this report was written. The "
                  "sub-group has asked for one by its July 2018 meeting.",
         action=False, word=None,
         bodies=[("Wyreside Police", "police")]),
    dict(n="4",
         text="Elmstead Council\u2019s Housing Options service and Elmstead Homes should tell the health "
              "visiting service and the family\u2019s GP whenever a family with a child under five is moved "
              "into or between temporary accommodation.",
         lead="Head of Housing Options, Elmstead Council, and Elmstead Homes",
         progress="An information-sharing agreement between Housing Options and Wyreside Community Healthcare "
                  "NHS Trust was signed in February 2018, and a weekly list of placements now goes to the "
                  "health visiting single point of access. Notifications to GPs have not yet been set up.",
         action=True, word="Progressing",
         bodies=[("Elmstead Council\u2019s Housing Options service", "housing"), ("Elmstead Homes", "housing"),
                 ("Wyreside Community Healthcare NHS Trust", "health")]),
    dict(n="5",
         text="Wyreside Community Healthcare NHS Trust should ensure that health visitors see both parents at "
              "the new birth visit and the six to eight week review, or record why the father or male carer "
              "could not be seen.",
         lead="Wyreside Community Healthcare NHS Trust (Health Visiting)",
         progress="The health visiting record template was changed and guidance on seeing fathers was issued "
                  "to all 74 health visitors in October 2017. A record audit planned for January 2018 was put "
                  "back because of staff shortages and is now due in July 2018.",
         action=True, word="Progressing",
         bodies=[("Wyreside Community Healthcare NHS Trust", "health")]),
    dict(n="6",
         text="Elmstead Children\u2019s Services should ensure that young parents who are care leavers are "
              "offered a pre-birth assessment and that their personal adviser is invited to every "
              "multi-agency meeting about the unborn baby.",
         lead="Elmstead Children\u2019s Services (Leaving Care Service)",
         progress="The pre-birth protocol was revised in December 2017 to name care leavers as a group who must "
                  "be offered an assessment. Personal advisers have been briefed and the invitation is part "
                  "of the meeting checklist.",
         action=True, word="Delivered",
         bodies=[("Elmstead Children\u2019s Services", "childrens_social_care")]),
    dict(n="7",
         text="NHS Elmstead Clinical Commissioning Group should work with GP practices so that a mother\u2019s "
              "postnatal depression is noted on her baby\u2019s record, and so that the GP considers its "
              "impact on the baby\u2019s care.",
         lead="Named GP for Safeguarding, NHS Elmstead CCG",
         progress="The CCG has told the sub-group that this work has not started, because the Named GP post was "
                  "vacant from October 2017 to February 2018. A new Named GP is now in post.",
         action=False, word="Stalled",
         bodies=[("NHS Elmstead Clinical Commissioning Group", "health")]),
    dict(n="8",
         text="Elmstead LSCB should make sure that the learning from this review about the risk to babies from "
              "men with a history of violence is part of multi-agency training, and that parents are given "
              "advice on coping with a crying baby.",
         lead="Learning and Development Sub-group",
         progress="A seven-minute briefing on Child H was published in December 2017 and the \u2018Hidden men\u2019 "
                  "course has run four times. The ICON programme on coping with crying was launched by the "
                  "midwifery and health visiting services in March 2018.",
         action=True, word="Delivered",
         bodies=[("Elmstead LSCB", "lscb"), ("Learning and Development Sub-group", "lscb"),
                 ("midwifery and health visiting services", "health")]),
]
box_rows("Child H", child_h, True)
for r in child_h:
    add_entry("Child H", r["n"], r["text"], r["progress"] if r["action"] else None, r["bodies"],
              STATUS[r["word"]][3] if r["word"] else "unknown")

# -- Siblings D
H2("Siblings D", pb=True)
para("Siblings D are four brothers and sisters who were aged between two and eleven when they were removed "
     "from their home in August 2016, which police officers found without heating, working toilets or food. "
     "The family had been known to agencies for six years, with two periods on child protection plans. The "
     "review found that each new worker started again with the family, that improvements were judged on "
     "what the parents said rather than on what the children experienced, and that schools saw the "
     "children\u2019s hunger every day but did not know how worried other agencies were. It was published "
     "in February 2018 and made six recommendations. The actions taken so far are in the table after them.")

sib_d = [
    dict(n="1",
         text="Elmstead LSCB should relaunch its neglect strategy with a single multi-agency tool for assessing "
              "neglect, and expect all agencies to use it when they are worried about a child\u2019s care over "
              "time.",
         lead="Neglect Task Group, Elmstead LSCB",
         action="The revised neglect strategy was approved by the Board in March 2018. Graded Care Profile 2 "
                "was chosen as the single tool and 36 practitioners have been trained as trainers; roll-out "
                "begins in May 2018.",
         due="2018-09", due_text="September 2018", fill="FFFF00",
         bodies=[("Neglect Task Group", "lscb"), ("Elmstead LSCB", "lscb")]),
    dict(n="2",
         text="Schools should keep a record of patterns of concern about a child\u2019s appearance, attendance "
              "and hunger, and designated safeguarding leads should make a referral when concerns continue "
              "after support has been offered.",
         lead="Education Safeguarding Team, Elmstead Council",
         action="A chronology template for designated safeguarding leads was issued in January 2018 and was "
                "covered at the spring term DSL network meetings, attended by 71 of the borough\u2019s 84 "
                "schools.",
         due="2018-01", due_text="January 2018", fill="00FF00",
         bodies=[("Schools", "education"), ("Education Safeguarding Team, Elmstead Council", "education")]),
    dict(n="3",
         text="Elmstead Children\u2019s Services should ensure that when a child is re-referred within 12 months "
              "of a case being closed, a manager reviews the history of previous involvement before the new "
              "assessment is completed.",
         lead="Elmstead Children\u2019s Services (MASH and Assessment)",
         action="A team manager\u2019s check of the history has been a mandatory step in the assessment "
                "workflow since November 2017. An audit of 25 re-referrals in March 2018 found the check "
                "completed in 24.",
         due="2017-12", due_text="December 2017", fill="00FF00",
         bodies=[("Elmstead Children\u2019s Services", "childrens_social_care")]),
    dict(n="4",
         text="Wyreside Community Healthcare NHS Trust should ensure that school nurses are told when a child "
              "is made subject to a child protection plan for neglect, and that the health needs of every "
              "child in the family, including missed immunisations and dental care, are reviewed.",
         lead="Wyreside Community Healthcare NHS Trust (School Nursing)",
         action="A notification route to the school nursing hub is being tested in two localities. A review "
                "of the health needs of brothers and sisters has been added to the school nursing core offer.",
         due="2018-06", due_text="June 2018", fill="FFFF00",
         bodies=[("Wyreside Community Healthcare NHS Trust", "health")]),
    dict(n="5",
         text="Elmstead Homes should train its neighbourhood officers to recognise and report signs of "
              "neglect that they see during home visits and tenancy checks.",
         lead="Elmstead Homes",
         action=None, cell="Not yet started. Elmstead Homes has not yet given the sub-group a date for the "
                           "training.",
         due="2018-03", due_text="March 2018", fill="FF0000",
         bodies=[("Elmstead Homes", "housing")]),
    dict(n="6",
         text="The Board should seek assurance that the daily lived experience of each child, and not just of "
              "the family as a whole, is recorded in assessments and plans.",
         lead="Quality Assurance and Performance Sub-group",
         action="An audit tool has been drafted for a multi-agency audit of the child\u2019s experience, "
                "which is planned for October 2018.",
         due="2018-10", due_text="October 2018", fill="FFFF00",
         bodies=[("Quality Assurance and Performance Sub-group", "lscb")]),
]
box_rows("Siblings D", sib_d, False)

W4 = [1.4, 10.9, 2.8, 1.9]
caption = P([R("Siblings D: action taken at 31 March 2018", b=True, sz=10, color=PINE)], after=80, keep_next=True,
            page_break_before=True)
b.raw(caption)
trows = [[hcell("Rec.", W4[0], jc="center"), hcell("Action taken", W4[1]), hcell("Target date", W4[2]),
          hcell("Rating", W4[3], jc="center")]]
for r in sib_d:
    shown = r["action"] if r["action"] else r["cell"]
    trows.append([CELL(P([R(r["n"], b=True, sz=11, color=MOSS)], after=0, jc="center"), W4[0], valign="center"),
                  CELL(P([R(shown, sz=8.5, i=r["action"] is None)], after=0), W4[1]),
                  CELL(P([R(r["due_text"], sz=8.5)], after=0), W4[2]),
                  CELL(P([R("")], after=0), W4[3], fill=r["fill"])])
    add_entry("Siblings D", r["n"], r["text"], r["action"], r["bodies"], FILL_STATUS[r["fill"]], r["due"])
b.raw(TABLE(trows, W4, floating=TBLPPR(x_cm=0.0, y_cm=0.1, h_anchor="margin", v_anchor="text"),
            border="9DB38F"))
b.raw(P([R("")], after=120))

# -- Young Person S, Child B
H2("Young Person S")
para("Young Person S is a 15-year-old girl who was found in January 2018 with serious injuries after being "
     "exploited by a county lines network for several months. The Independent Chair agreed in February 2018 "
     "that the criteria for a serious case review were met. An independent lead reviewer has been appointed, "
     "agencies have submitted chronologies, and a practitioner event is planned for September 2018. "
     "Criminal proceedings are under way, so the review is not expected to be published before the spring "
     "of 2019. Early learning about information-sharing between schools and the missing co-ordinator has "
     "been passed to the Exploitation and Missing Sub-group.")
H2("Child B")
para("The action plan from the Child B serious case review, published in 2016, was closed by the Board in "
     "June 2017 after a multi-agency audit showed that the changes to the early help step-down process had "
     "been sustained. It is not reported in detail here.")

# ------------------------------------------------------------------ priorities 2018-19 (distractor)
H1("Our priorities for 2018/19", pb=True)
para("The Board\u2019s business plan for 2018/19 keeps three priorities from last year and adds a fourth, "
     "the move to the new partnership. Progress against the plan is reported to each Board meeting.")
plain_table([["Priority", "What we will do", "Lead", "By when"],
             ["Neglect", "Roll out Graded Care Profile 2 to all agencies and audit its use.",
              "Neglect Task Group", "March 2019"],
             ["Exploitation", "Publish a joint strategy for child sexual and criminal exploitation and set up a "
              "multi-agency exploitation panel.", "Exploitation and Missing Sub-group", "December 2018"],
             ["Domestic abuse", "Repeat the audit of domestic abuse and children under five and report the "
              "results to the Board.", "Quality Assurance and Performance Sub-group", "January 2019"],
             ["New arrangements", "Publish Elmstead\u2019s safeguarding partnership arrangements.",
              "Safeguarding partners", "June 2019"]], [3.0, 8.0, 4.0, 2.0], sz=8.5)
para("We will also listen more to children. The Board\u2019s young people\u2019s reference group, set up "
     "with Elmstead Youth Council in January 2018, will review this report and tell us what it should say "
     "next year.")

# ------------------------------------------------------------------ contact
H1("Contact us")
para("Elmstead Local Safeguarding Children Board, Business Unit, Elmstead Civic Centre, Market Street, "
     "Elmstead. Email lscb@elmstead.gov.uk. Website www.elmsteadlscb.org.uk.")
runs_para([R("If you are worried about a child, ", b=True),
           R("call the Elmstead MASH on 0300 555 0142 (Monday to Friday, 8.30am to 5pm) or the emergency duty "
             "team out of hours on 0300 555 0199. If a child is in immediate danger, call 999.")])

b.save(str(OUT / ("%s.docx" % NAME)))


# ------------------------------------------------------------------ gold
def norm(s):
    return " ".join(s.split()) if s else s


recs = []
for k, e in enumerate(entries, 1):
    ev = norm(e["text"] or e["action"])
    seen, bodies = set(), []
    for n, s in e["bodies"]:
        if n not in seen:
            seen.add(n)
            bodies.append({"name": n, "sector": s})
    recs.append({"id": "%s-r%02d" % (NAME, k), "scr": e["scr"], "number": e["number"], "text": norm(e["text"]),
                 "action": norm(e["action"]), "bodies": bodies, "status": e["status"], "due": e["due"],
                 "page": None, "evidence": " ".join(ev.split()[:16]), "confidence": 1.0})
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
gold = {
    "source": NAME, "sha256": None, "format": None, "pages": None,
    "lscb": LSCB, "period": PERIOD,
    "scrs": [{"name": "Child H", "stage": "published", "page": None},
             {"name": "Siblings D", "stage": "published", "page": None},
             {"name": "Young Person S", "stage": "initiated", "page": None},
             {"name": "Child B", "stage": "published", "page": None}],
    "recommendations": recs,
    "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
             "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
             "verdict": verdict},
}
with open(OUT / ("%s.gold.json" % NAME), "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
    f.write("\n")
