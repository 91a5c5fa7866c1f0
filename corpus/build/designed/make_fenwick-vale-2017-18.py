"""fenwick-vale-2017-18: a designed Word annual report (Fenwick Vale Local Safeguarding Children Board).

Layout: a shaded-paragraph cover, then ordinary one-column pages. The serious case review section
opens in one column, then switches to a two-column Word section (section columns, not a table) for
the Child R review: a shaded key paragraph explains the Board's own progress words, and each
recommendation is a bold run-in head ("Recommendation 4 (Health).") followed by its text, then a
progress paragraph opening with a bold capitalised status word run into the sentence. Back in one
column, the Baby M review is a table whose rows are shaded whole in a colour (no status words),
with a small legend table of coloured cells after it; the older Child T review is reported only in
the section's closing paragraph. Decoys: a domestic homicide review action table, a section 11
audit action table, a business plan priorities table."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.oxml.ns import qn  # noqa: E402
from wordml import BDR, CELL, P, R, TABLE, Builder  # noqa: E402

NAME = "fenwick-vale-2017-18"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Fenwick Vale Local Safeguarding Children Board"
PERIOD = "2017-18"

PETROL, RUST, INK, SOFT = "23596B", "A4512A", "2B2B2B", "EAF1F3"
ROW_DONE, ROW_HAND, ROW_NOTBEGUN, ROW_AWAIT = "C9E6C3", "FCEFB4", "F4CACA", "D9D9D9"

b = Builder(font="Arial", size=10)
gold_entries = []


def H1(text, pb=False):
    b.h(text, 1, page_break=pb, color=PETROL)


def H2(text):
    b.h(text, 2, color=RUST)


def para(text, after=120, jc="both"):
    b.raw(P([R(text)], after=after, jc=jc))


def lead_para(lead, text):
    b.raw(P([R(lead, b=True, color=PETROL), R(text)], after=120, jc="both"))


def hdr_cell(text, w, fill=PETROL):
    return CELL(P([R(text, b=True, sz=9, color="FFFFFF")], after=0), w, fill=fill)


def cell(text, w, fill=None, b_=False, sz=9):
    return CELL(P([R(text, sz=sz, b=b_)], after=0), w, fill=fill)


def spacer(after=60):
    b.raw(P([R("")], after=after))


# ================================================================== cover (shaded paragraphs)
COVER_BOX = dict(shd=PETROL, border=BDR(PETROL, sz=4, space=12), ind='<w:ind w:left="227" w:right="227"/>')
b.raw(P([R("")], after=0, before=1400, **COVER_BOX))
b.raw(P([R("Fenwick Vale", b=True, sz=38, color="FFFFFF")], after=0, **COVER_BOX))
b.raw(P([R("Local Safeguarding Children Board", sz=20, color="FFFFFF")], after=480, **COVER_BOX))
b.raw(P([R("Annual Report", b=True, sz=28, color="FFFFFF")], after=0, **COVER_BOX))
b.raw(P([R("1 April 2017 to 31 March 2018", sz=16, color="CFE3E8")], after=900, **COVER_BOX))
b.raw(P([R("\u201cWe listen, we check, we follow through.\u201d", i=True, sz=13, color="FFFFFF")],
        after=1200, **COVER_BOX))
b.raw(P([R("Presented to the Fenwick Vale Health and Wellbeing Board, the Police and Crime Commissioner and "
           "the Chief Executive of Fenwick Vale Council, November 2018", sz=9, color="595959")],
        before=2600, after=0, jc="right"))
b.raw(P([R("www.fenwickvalelscb.org.uk  \u00b7  lscb@fenwickvale.gov.uk", sz=9, color=RUST)], after=0, jc="right"))

b.header_footer("Fenwick Vale LSCB \u2014 Annual Report 2017-18", "Fenwick Vale Local Safeguarding Children Board",
                rule=PETROL)

# ================================================================== contents
H1("Contents", pb=True)
b.toc([(1, "1. A word from the Independent Chair", 3), (1, "2. Fenwick Vale in numbers", 3),
       (1, "3. How the Board works", 4), (1, "4. Learning and development", 4),
       (1, "5. Checking how well we are doing", 5), (2, "Multi-agency audits", 5), (2, "Section 11 audit", 5),
       (1, "6. Serious case reviews", 6), (2, "Child R", 6), (2, "Baby M", 7), (2, "Child W and Child T", 8),
       (1, "7. Other reviews: domestic homicide", 9), (1, "8. Child deaths, LADO and private fostering", 9),
       (1, "9. Our business plan", 10), (1, "Glossary", 10)])

# ================================================================== foreword
H1("1. A word from the Independent Chair", pb=True)
para("This is the last full-year report of the Fenwick Vale Local Safeguarding Children Board in the form it has "
     "had since 2006. The Children and Social Work Act 2017 asks the Council, Fenwick Vale Clinical "
     "Commissioning Group and Northmarch Police to set up new local safeguarding arrangements, and the three "
     "of them will publish their plan by June 2019. I want the new partnership to inherit a Board that knows "
     "what it has done with the lessons it has been given, and that is honest about what it has not.")
para("That is why the serious case review section of this report is longer than usual. We published the Child R "
     "review in November 2017. Child R was a fifteen-year-old boy who was drawn into selling drugs for a gang "
     "from outside the county and was seriously hurt. His story is hard to read, and I am grateful to his "
     "mother, who met the reviewer and asked that other families be spared what hers went through. The Board "
     "has also acted on the review into the injuries suffered by Baby M, even though that report cannot yet be "
     "published.")
para("I have asked every agency to tell us plainly where it has got to. Where an agency has not told us, we say "
     "so. Where something has been done but we have not yet checked that it has made a difference, we say "
     "that too: this year we have started to separate \u201cdone\u201d from \u201cdone and tested\u201d, and "
     "I hope the new partnership keeps that habit.")
para("My thanks go to the Board's members, to the business unit, to the lay members who keep us honest, and "
     "above all to the practitioners in Fenwick Vale who do this work every day.")
b.raw(P([R("Dr Helen Ashdown", b=True)], after=0))
b.raw(P([R("Independent Chair, Fenwick Vale Local Safeguarding Children Board", i=True, color="595959")], after=240))

# ================================================================== numbers
H1("2. Fenwick Vale in numbers")
para("Fenwick Vale is a mainly rural district of market towns and former mining villages, with the larger towns "
     "of Fenwick and Wendlebridge at its centre. About 51,300 of its 228,000 residents are under 18. Child "
     "poverty is above the national average in eleven of the district's 34 wards.")
tiles = [("51,300", "children and young people aged 0\u201317"), ("1,486", "children in need at 31 March 2018"),
         ("241", "children with a child protection plan"), ("318", "children looked after by the Council")]
row = [CELL(P([R(n, b=True, sz=20, color="FFFFFF")], after=0, jc="center")
            + P([R(t, sz=8.5, color="FFFFFF")], after=0, jc="center"), 4.25,
            fill=(PETROL if k % 2 == 0 else RUST), valign="center") for k, (n, t) in enumerate(tiles)]
b.raw(TABLE([row], [4.25] * 4, border="FFFFFF", header_rows=0))
spacer(120)
b.raw(TABLE([
    [hdr_cell("At 31 March", 8.0), hdr_cell("2017", 2.6), hdr_cell("2018", 2.6), hdr_cell("England 2018", 3.8)],
    [cell("Contacts to the MASH", 8.0), cell("11,942", 2.6), cell("12,610", 2.6), cell("\u2013", 3.8)],
    [cell("Referrals to children's social care (rate per 10,000)", 8.0), cell("538", 2.6), cell("561", 2.6),
     cell("552", 3.8)],
    [cell("Re-referrals within 12 months", 8.0), cell("23%", 2.6), cell("20%", 2.6), cell("22%", 3.8)],
    [cell("Child protection plans (rate per 10,000)", 8.0), cell("44.8", 2.6), cell("47.0", 2.6),
     cell("45.3", 3.8)],
    [cell("Plans lasting two years or more", 8.0), cell("4.1%", 2.6), cell("2.9%", 2.6), cell("2.1%", 3.8)],
    [cell("Children reported missing (individuals)", 8.0), cell("402", 2.6), cell("455", 2.6),
     cell("\u2013", 3.8)],
    [cell("Children referred to the Missing and Exploited Children panel", 8.0), cell("61", 2.6),
     cell("97", 2.6), cell("\u2013", 3.8)],
], [8.0, 2.6, 2.6, 3.8]))
spacer()
para("Neglect remains the most common reason for a child protection plan (49% of plans), followed by emotional "
     "abuse (33%). The sharp rise in referrals to the Missing and Exploited Children panel reflects the panel's "
     "decision in January 2018 to take children at risk of criminal as well as sexual exploitation.")

# ================================================================== how the board works
H1("3. How the Board works", pb=True)
para("The Board brings together the organisations that work with children and families in Fenwick Vale. It met "
     "five times in 2017-18 and held one development day, in September 2017, on adolescents at risk outside "
     "the home. Average attendance was 81%; Cafcass and the Community Rehabilitation Company were the least "
     "frequent attenders and the Chair has raised this with both.")
para("Members include Fenwick Vale Council (children's services, education, adult social care, housing and "
     "public health), Fenwick Vale CCG, Fenwick and Wendle Hospitals NHS Foundation Trust, Vale Community Health "
     "NHS Trust, Northmarch Police, the National Probation Service, Northmarch Community Rehabilitation "
     "Company, the Youth Offending Service, Cafcass, head teachers from the primary, secondary and special "
     "sectors, the further education college, the voluntary sector forum and two lay members.")
H2("Sub-groups")
for name, text in [
    ("Serious Case Review Sub-group. ", "Chaired by the Designated Doctor. Decides which cases to put to the "
     "Chair for a review, manages the reviews, and holds every SCR action plan until the last action is closed."),
    ("Quality Assurance Sub-group. ", "Chaired by the Head of Safeguarding at Northmarch Police. Runs the "
     "multi-agency audit programme and the section 11 audit, and keeps the Board's performance dataset."),
    ("Learning and Development Sub-group. ", "Chaired by the Principal Social Worker. Plans and evaluates the "
     "multi-agency training programme."),
    ("Missing and Exploited Children Sub-group. ", "Chaired by the Head of the Youth Offending Service. Oversees "
     "the Missing and Exploited Children (MEC) panel and the Board's exploitation strategy."),
    ("Policy and Procedures Sub-group. ", "Shared with the neighbouring Northmarch LSCB; maintains the joint "
     "online child protection procedures."),
]:
    lead_para(name, text)
H2("Money")
para("The Board's budget was \u00a3214,600. Fenwick Vale Council paid 57%, the CCG 23%, Northmarch Police 11%, "
     "and the National Probation Service, the Community Rehabilitation Company and Cafcass the rest. The two "
     "serious case reviews cost \u00a331,800 between them, met from the reserve built up in earlier years.")

# ================================================================== training
H1("4. Learning and development")
para("The Board ran 61 multi-agency courses in the year, attended by 1,512 practitioners, and 2,290 more "
     "completed the Board's introductory e-learning. New courses this year covered criminal exploitation, "
     "coercive control, and working with fathers. Every course is evaluated on the day and again three months "
     "later; in the three-month follow-up, 78% of respondents gave an example of something they now do "
     "differently.")
para("Eight \u201cseven-minute briefings\u201d were published, including one on each of the Child R and Baby M "
     "reviews. The briefings are discussed in team meetings and a short return tells the business unit how "
     "many staff took part: returns covered 2,040 staff across 14 agencies.")

H2("What children and families told us")
para("The Board's two young advisers, both members of the Fenwick Vale Youth Council, sat on the panel that "
     "chose the Child R reviewer and helped write the seven-minute briefing on the review. A survey of 412 "
     "secondary pupils in the autumn term found that 61% knew who to talk to in school if they were worried "
     "about their safety, but only 23% thought adults would understand pressure from older young people "
     "outside school. The Learning and Development Sub-group has used the survey's comments in the new "
     "criminal exploitation course.")
para("Lay members visited the MASH, the Pupil Referral Unit and a children's centre during the year, and "
     "reported what they saw to the Board. Their observation that parents waiting at the children's centre "
     "could not find any information about the Board's work led to a new leaflet for families.")

# ================================================================== QA + section 11
H1("5. Checking how well we are doing", pb=True)
H2("Multi-agency audits")
para("The Quality Assurance Sub-group completed three multi-agency case audits. An audit of 20 strategy "
     "discussions found that health professionals took part in only 9; the CCG has since agreed that the named "
     "nurses will join strategy discussions by phone when they cannot attend. An audit of 16 neglect cases "
     "found good use of the Graded Care Profile but weak planning for older siblings. An audit of children "
     "who go missing found return interviews offered within 72 hours in 83% of episodes.")
H2("Section 11 audit")
para("Every two years the Board asks its member agencies to assess themselves against the eight standards of "
     "section 11 of the Children Act 2004. Eighteen agencies returned the audit in October 2017, and each "
     "took part in a challenge session with the Chair and a lay member. The agencies' own improvement actions "
     "below are followed up by the Quality Assurance Sub-group; they are not serious case review actions.")
S11_W = [3.0, 4.8, 5.2, 2.6, 1.4]
b.raw(TABLE([
    [hdr_cell("Standard", S11_W[0]), hdr_cell("What the audit found", S11_W[1]),
     hdr_cell("Action required", S11_W[2]), hdr_cell("Lead", S11_W[3]), hdr_cell("By", S11_W[4])],
    [cell("3. Safer recruitment", S11_W[0]),
     cell("Two agencies could not show that DBS checks for volunteers were renewed.", S11_W[1]),
     cell("Agencies should introduce a register of volunteers' DBS checks with renewal dates.", S11_W[2]),
     cell("Voluntary sector forum", S11_W[3]), cell("Jun 2018", S11_W[4])],
    [cell("5. Training", S11_W[0]),
     cell("Levels of refresher training for GP practice staff were not known.", S11_W[1]),
     cell("The CCG should collect safeguarding training figures from every practice twice a year.", S11_W[2]),
     cell("Fenwick Vale CCG", S11_W[3]), cell("Apr 2018", S11_W[4])],
    [cell("6. Voice of the child", S11_W[0]),
     cell("Few agencies could show how children's views had changed their services.", S11_W[1]),
     cell("Each agency should give one example of a service changed because of what children said.",
          S11_W[2]),
     cell("All agencies", S11_W[3]), cell("Oct 2018", S11_W[4])],
    [cell("8. Information sharing", S11_W[0]),
     cell("Staff in the Community Rehabilitation Company were unsure when to share information about "
          "children.", S11_W[1]),
     cell("The Community Rehabilitation Company should brief all staff on the Board's information sharing "
          "guidance.", S11_W[2]),
     cell("Northmarch CRC", S11_W[3]), cell("Mar 2018", S11_W[4])],
], S11_W))
spacer()
para("Ofsted inspected the Council's services for children in need of help and protection in June 2017 and "
     "judged them to require improvement to be good. Its report asked the Council to improve the timeliness "
     "of initial child protection conferences and the quality of plans for care leavers; the Council's "
     "improvement plan is monitored by its own Improvement Board, and the LSCB receives a report every six "
     "months.")

# ================================================================== SERIOUS CASE REVIEWS
H1("6. Serious case reviews", pb=True)
para("The Chair of the Board must arrange a serious case review when abuse or neglect of a child is known or "
     "suspected and the child has died or been seriously harmed, and there is cause for concern about the way "
     "agencies worked together. In 2017-18 the Serious Case Review Sub-group considered five cases. Two "
     "reviews already under way were finished (Child R, published in November 2017, and Baby M, completed in "
     "September 2017), one new review was started (Child W), and two cases were judged not to meet the "
     "criteria.")
MECH = ("The Serious Case Review Sub-group holds the action plan for each review. Before every meeting, which "
        "is held every two months, the lead officer for each recommendation sends a written update with "
        "evidence, and the sub-group decides whether the recommendation can be closed. Progress on every "
        "open plan is reported to the full Board twice a year.")
para(MECH)
para("The next pages set out what each review recommended and what has been done. The Child R plan is shown "
     "in the Board's own progress words; the Baby M plan, which was agreed before we adopted them, is shown "
     "by colour.")
b.section_break()  # the single-column opening of the section ends here

# ------------------------------------------------------------------ two-column part: Child R
KEY_WORDS = [("DONE AND TESTED", "the action is finished and an audit or case file check has shown it is "
                                 "making a difference;"),
             ("DONE", "the action is finished but its effect has not yet been checked;"),
             ("PARTLY DONE", "some of the work is finished and the rest is under way;"),
             ("NOT YET", "work has not started;"),
             ("NO RETURN", "the lead agency has not sent the sub-group an update, so we cannot say.")]
key_runs = [R("Our progress words. ", b=True, color=PETROL),
            R("Each recommendation below is followed by a note of where things stood on 31 March 2018. The "
              "note begins with one of five phrases the Board uses for all its action plans: ")]
for k, (w, meaning) in enumerate(KEY_WORDS):
    key_runs.append(R(w, b=True, color=RUST))
    key_runs.append(R(" \u2014 " + meaning + (" " if k < len(KEY_WORDS) - 1 else "")))
b.raw(P(key_runs, shd=SOFT, border=BDR(PETROL, sz=6, sides=("top", "bottom"), space=6), after=200, jc="left",
        ind='<w:ind w:left="57" w:right="57"/>'))

b.h("Child R", 2, color=RUST)
para("Child R was fifteen when he was found with stab wounds in a flat in a neighbouring county in July 2016. "
     "Over the previous eighteen months he had been excluded from school, had gone missing eleven times and "
     "had twice been found in other force areas carrying drugs and cash. Each agency saw part of the picture; "
     "none saw that he was being exploited by an organised group, and the help he was offered was aimed at "
     "his behaviour rather than at the danger he was in.")
para("The review, by an independent author, was published on 21 November 2017. It made eight "
     "recommendations. The sub-group has met four times since publication to review progress.")

CHILD_R = [
    dict(n="1", label="Board",
         text="Fenwick Vale LSCB should agree a single multi-agency approach to children at risk of criminal "
              "exploitation, with a screening tool that every agency uses and one meeting where concerns "
              "about a child are pooled.",
         word="DONE AND TESTED",
         action="The Board launched its criminal exploitation protocol and screening tool in January 2018, and "
                "the Missing and Exploited Children panel now hears criminal as well as sexual exploitation "
                "cases. A dip sample of 15 cases by the Quality Assurance Sub-group in March 2018 found the "
                "tool had been used in 13, and every child had been discussed at the panel within a fortnight.",
         bodies=[("Fenwick Vale LSCB", "lscb"), ("Missing and Exploited Children panel", "lscb"),
                 ("Quality Assurance Sub-group", "lscb")]),
    dict(n="2", label="Education",
         text="Fenwick Vale Council's Education Service should make sure that no child is taken off a school "
              "roll, or moved to alternative provision, without a check on whether the child is known to "
              "children's social care or the youth offending service.",
         word="PARTLY DONE",
         action="The Education Service has added this check to its children missing education procedure and to "
                "the Pupil Referral Unit's admission form. Academies are not bound by the procedure; nine of "
                "the fourteen secondary academies have so far agreed to follow it.",
         bodies=[("Fenwick Vale Council's Education Service", "education")]),
    dict(n="3", label="Police",
         text="Northmarch Police should make sure that when a Fenwick Vale child is found in another force "
              "area with drugs or large sums of cash, the force is told within 24 hours and a referral is made "
              "to children's social care.",
         word="NOT YET",
         action=None,
         rest="Work on this has not begun. The force told the sub-group in March 2018 that it is waiting for "
              "a regional agreement between forces on cross-border notifications.",
         bodies=[("Northmarch Police", "police")]),
    dict(n="4", label="Health",
         text="Fenwick and Wendle Hospitals NHS Foundation Trust should make sure that its emergency "
              "department tells the child's GP and school nurse whenever a child of secondary school age "
              "attends with an injury caused by a knife or other weapon.",
         word="PARTLY DONE",
         action="The trust has changed its discharge letter so that the school nursing service is copied in "
                "automatically, and letters to GPs now go electronically on the day of attendance. A prompt in "
                "the emergency department's electronic record, asking staff to record the child's school, is "
                "due to go live in July 2018.",
         bodies=[("Fenwick and Wendle Hospitals NHS Foundation Trust", "health")]),
    dict(n="5", label="Children's Social Care",
         text="Fenwick Vale Children's Services should make sure that assessments of older children look at "
              "risks outside the family home, and record the young person's own account of where and with "
              "whom they spend their time.",
         word="DONE",
         action="Children's Services rewrote the single assessment guidance in October 2017 to add a section on "
                "risks outside the home, and 212 social workers and managers have attended a half-day workshop "
                "on contextual safeguarding. Whether assessments have changed will be checked in the case "
                "audit planned for the autumn.",
         bodies=[("Fenwick Vale Children's Services", "childrens_social_care")]),
    dict(n="6", label="Youth Justice",
         text="Fenwick Vale Youth Offending Service should share its assessment of a young person's risk of "
              "exploitation with the allocated social worker at the start of every court order, and should "
              "attend every strategy discussion held about a young person it is working with.",
         word="DONE AND TESTED",
         action="The Youth Offending Service now sends the exploitation section of its assessment to the "
                "allocated social worker within five working days of an order starting. A check of the 29 "
                "orders made between November 2017 and February 2018 found this had happened in 27, and a "
                "Youth Offending Service officer had attended every strategy discussion held for those young "
                "people.",
         bodies=[("Fenwick Vale Youth Offending Service", "probation_youth_justice")]),
    dict(n="7", label="Housing",
         text="Vale Homes should alert children's social care when a tenancy where children live is the "
              "subject of repeated reports of visitors late at night or of suspected drug dealing.",
         word="NO RETURN",
         action=None,
         rest="Vale Homes has not reported on this recommendation, despite two reminders from the business "
              "unit.",
         bodies=[("Vale Homes", "housing")]),
    dict(n="8", label="All agencies",
         text="All partner agencies should make sure that practitioners who work with teenagers attend the "
              "Board's training on criminal exploitation within twelve months of the review's publication.",
         word="PARTLY DONE",
         action="The Board has run eleven sessions of the course, attended by 384 practitioners from the "
                "police, schools, health services, the Youth Offending Service and children's social care. "
                "Take-up by GP practices and the voluntary sector has been low, and four more sessions are "
                "booked for May and June 2018.",
         bodies=[("All partner agencies", "lscb")]),
]
WORD_STATUS = {"DONE AND TESTED": "completed", "DONE": "completed", "PARTLY DONE": "in_progress",
               "NOT YET": "not_started", "NO RETURN": "unknown"}

for r in CHILD_R:
    b.raw(P([R("Recommendation %s (%s)." % (r["n"], r["label"]), b=True, color=PETROL), R(" " + r["text"])],
            after=60, jc="left", keep_next=True))
    follow = r["action"] if r["action"] else r["rest"]
    b.raw(P([R(r["word"] + ".", b=True, color=RUST), R(" " + follow)], after=200, jc="left",
            ind='<w:ind w:left="170"/>',
            border='<w:left w:val="single" w:sz="12" w:space="6" w:color="%s"/>' % RUST))
    gold_entries.append(dict(scr="Child R", number=r["n"], text=r["text"], action=r["action"],
                             bodies=r["bodies"], status=WORD_STATUS[r["word"]], due=None))

b.raw(P([R("The Child R action plan stays open. The sub-group will ask Vale Homes and Northmarch Police to "
           "attend its June 2018 meeting in person.", i=True, sz=9, color="595959")], after=0, jc="left"))
sp2 = b.section_break(cols=2)  # end of the two-column part
sp2.find(qn("w:cols")).set(qn("w:sep"), "1")

# ------------------------------------------------------------------ one column again: Baby M
b.h("Baby M", 2, color=RUST)
para("Baby M was seven weeks old when she was taken to hospital in February 2016 with a skull fracture and "
     "bleeding on the brain. She has since made a good recovery and lives with her grandparents. Her father "
     "had a history of violence towards former partners that was known to the probation service but not to "
     "the midwife or health visitor, and her mother's postnatal depression had been recorded by her GP but "
     "not shared.")
para("The review was completed in September 2017. Its publication has been held back until criminal "
     "proceedings end, but the Board agreed the action plan straight away. The colour of each row shows where "
     "the work stood at the end of March 2018; the legend is below the table.")

BABY_M = [
    dict(n="1", fill=ROW_DONE, status="completed", by="Dec 2017", due="2017-12",
         text="Maternity and health visiting services should record the name, date of birth and address of the "
              "baby's father, or the mother's partner, at booking and at the new birth visit, and check them "
              "against their own records.",
         action="Both services now use a shared template for fathers' details. A record audit in January 2018 "
                "found the details recorded in 88% of cases.",
         lead="Fenwick and Wendle Hospitals NHS Foundation Trust; Vale Community Health NHS Trust",
         bodies=[("Fenwick and Wendle Hospitals NHS Foundation Trust", "health"),
                 ("Vale Community Health NHS Trust", "health")]),
    dict(n="2", fill=ROW_HAND, status="in_progress", by="Sep 2018", due="2018-09",
         text="The Board should introduce a programme, delivered by midwives, health visitors and GPs, to help "
              "parents cope with a crying baby.",
         action="The ICON programme was launched in March 2018. All community midwives have been trained; "
                "training for health visitors and practice nurses runs until September 2018.",
         lead="LSCB Learning and Development Sub-group",
         bodies=[("LSCB Learning and Development Sub-group", "lscb")]),
    dict(n="3", fill=ROW_HAND, status="in_progress", by="Mar 2018", due="2018-03",
         text="The National Probation Service should tell children's social care when a man it supervises for "
              "a domestic abuse offence is known to be living with a pregnant woman or a baby.",
         action="The home visit checklist now asks about pregnancy and babies in the household. The first "
                "quarterly compliance check is due in May 2018.",
         lead="National Probation Service",
         bodies=[("National Probation Service", "probation_youth_justice")]),
    dict(n="4", fill=ROW_NOTBEGUN, status="not_started", by="Jun 2018", due="2018-06",
         text="GP practices should make sure that a mother's postnatal mental health concerns are shared with "
              "her health visitor, and that risks known about a father are considered when he is registered "
              "with the same practice.",
         action=None,
         rest="The CCG's named GP post was vacant from October 2017 to April 2018.",
         lead="Fenwick Vale CCG",
         bodies=[("Fenwick Vale CCG", "health")]),
    dict(n="5", fill=ROW_DONE, status="completed", by="Aug 2017", due="2017-08",
         text="Children's Services should make sure that every police domestic abuse notification involving a "
              "pregnant woman is screened by a social worker in the MASH, rather than filed for information.",
         action="The MASH screening rules were changed in August 2017. An audit six months later found all 41 "
                "such notifications had been screened by a qualified social worker.",
         lead="Fenwick Vale Children's Services (MASH)",
         bodies=[("Fenwick Vale Children's Services (MASH)", "childrens_social_care")]),
    dict(n="6", fill=ROW_AWAIT, status="unknown", by="Mar 2018", due="2018-03",
         text="Northmarch Police should make sure that officers attending a domestic abuse incident record "
              "whether a woman living at the address is pregnant.",
         action=None,
         rest="No update has been received.",
         lead="Northmarch Police",
         bodies=[("Northmarch Police", "police")]),
]
BM_W = [0.9, 6.2, 5.6, 3.0, 1.3]
rows = [[hdr_cell("No.", BM_W[0], fill=INK), hdr_cell("Recommendation", BM_W[1], fill=INK),
         hdr_cell("What has happened", BM_W[2], fill=INK), hdr_cell("Lead", BM_W[3], fill=INK),
         hdr_cell("By", BM_W[4], fill=INK)]]
for r in BABY_M:
    f = r["fill"]
    rows.append([cell(r["n"], BM_W[0], fill=f, b_=True), cell(r["text"], BM_W[1], fill=f),
                 cell(r["action"] or r["rest"], BM_W[2], fill=f), cell(r["lead"], BM_W[3], fill=f),
                 cell(r["by"], BM_W[4], fill=f)])
    gold_entries.append(dict(scr="Baby M", number=r["n"], text=r["text"], action=r["action"],
                             bodies=r["bodies"], status=r["status"], due=r["due"]))
b.raw(TABLE(rows, BM_W, border="FFFFFF"))
b.raw(P([R("Legend", b=True, sz=9, color=INK)], before=160, after=40, keep_next=True))
LG_W = [1.2, 7.0]
b.raw(TABLE([
    [CELL(P([R("")], after=0), LG_W[0], fill=ROW_DONE),
     cell("Finished, and closed by the Serious Case Review Sub-group", LG_W[1], sz=8.5)],
    [CELL(P([R("")], after=0), LG_W[0], fill=ROW_HAND), cell("Work in hand", LG_W[1], sz=8.5)],
    [CELL(P([R("")], after=0), LG_W[0], fill=ROW_NOTBEGUN), cell("Not yet begun", LG_W[1], sz=8.5)],
    [CELL(P([R("")], after=0), LG_W[0], fill=ROW_AWAIT),
     cell("Waiting for an update from the lead agency", LG_W[1], sz=8.5)],
], LG_W, header_rows=0))
spacer(120)

H2("Child W and Child T")
para("In February 2018 the Chair agreed that the case of Child W, a three-year-old girl admitted to hospital "
     "severely malnourished, met the criteria for a serious case review. An independent reviewer has been "
     "appointed and the review is expected to report in the autumn of 2018.")
CHILD_T_TEXT = ("Fenwick Vale CCG should make sure that every GP practice flags the records of children subject "
                "to a child protection plan, and of their parents and brothers and sisters.")
CHILD_T_ACTION = ("By the end of March 2018, 29 of the 33 practices had done so, and the Designated Nurse is "
                  "visiting the other four.")
b.raw(P([R("All five recommendations of the Child T review were signed off in 2016-17 except the fourth: "
           "\u201c" + CHILD_T_TEXT + "\u201d " + CHILD_T_ACTION + " The recommendation remains open and is "
           "expected to close in the summer, three years after the review was published in June 2015.")],
        after=120, jc="both"))
gold_entries.append(dict(scr="Child T", number="4", text=CHILD_T_TEXT, action=CHILD_T_ACTION,
                         bodies=[("Fenwick Vale CCG", "health"), ("Designated Nurse", "health")],
                         status="in_progress", due=None))

# ================================================================== DHR (decoy)
H1("7. Other reviews: domestic homicide", pb=True)
para("Domestic homicide reviews are commissioned by the Safer Fenwick Vale Partnership, the district's "
     "community safety partnership, not by this Board. We report on the review into the death of Ms D because "
     "she was the mother of two children, and because all four of its recommendations fall to agencies that sit "
     "on the Board. The review was published by the Home Office in January 2018.")
para("Ms D was killed by her former partner in 2016. Her children, then aged 6 and 9, were at school at the "
     "time. The review found that the risk posed by her former partner had been assessed as \u201cstandard\u201d "
     "three weeks before her death, and that her children's school knew of the separation but not of the "
     "threats she had received.")
DHR_W = [1.0, 5.6, 5.6, 3.0, 1.8]
b.raw(TABLE([
    [hdr_cell("No.", DHR_W[0], fill=RUST), hdr_cell("DHR recommendation", DHR_W[1], fill=RUST),
     hdr_cell("Action", DHR_W[2], fill=RUST), hdr_cell("Lead", DHR_W[3], fill=RUST),
     hdr_cell("Status", DHR_W[4], fill=RUST)],
    [cell("1", DHR_W[0]), cell("Northmarch Police should make sure that a DASH risk assessment is reviewed by a "
                               "supervisor when a victim reports new threats after separation.", DHR_W[1]),
     cell("Supervisor review added to the domestic abuse policy; 300 officers briefed.", DHR_W[2]),
     cell("Northmarch Police", DHR_W[3]), cell("Complete", DHR_W[4])],
    [cell("2", DHR_W[0]), cell("Schools should be told, through Operation Encompass, of every domestic abuse "
                               "incident involving a pupil's household by the start of the next school day.",
                               DHR_W[1]),
     cell("Operation Encompass launched in all Fenwick Vale schools in February 2018.", DHR_W[2]),
     cell("Northmarch Police; Education Service", DHR_W[3]), cell("Complete", DHR_W[4])],
    [cell("3", DHR_W[0]), cell("The Safer Fenwick Vale Partnership and the LSCB should jointly commission "
                               "training on coercive control for staff in children's and adults' services.",
                               DHR_W[1]),
     cell("Course designed; first sessions booked for June 2018.", DHR_W[2]),
     cell("Safer Fenwick Vale Partnership", DHR_W[3]), cell("Ongoing", DHR_W[4])],
    [cell("4", DHR_W[0]), cell("The specialist domestic abuse service should offer support to children "
                               "bereaved by domestic homicide.", DHR_W[1]),
     cell("Funding bid submitted to the Police and Crime Commissioner.", DHR_W[2]),
     cell("Vale Women's Aid", DHR_W[3]), cell("Ongoing", DHR_W[4])],
], DHR_W))
spacer()
para("The Safer Fenwick Vale Partnership monitors this action plan. The LSCB's part in recommendation 3 is "
     "included in the Board's own training plan for 2018-19.")

# ================================================================== CDOP, LADO, private fostering
H1("8. Child deaths, LADO and private fostering")
H2("Child Death Overview Panel")
para("The panel, shared with Northmarch, reviewed 19 deaths of Fenwick Vale children in the year, 12 of them "
     "of babies under one. Modifiable factors were found in five deaths, most often unsafe sleeping "
     "arrangements. The panel has asked the two NHS trusts to repeat the safer sleep campaign in the winter "
     "months, when most of these deaths happened.")
H2("Allegations against people who work with children")
para("The Local Authority Designated Officer (LADO) received 312 contacts, of which 147 met the threshold for "
     "a formal allegations meeting, up from 118 in 2016-17. Education staff were the subject of 41% of "
     "allegations; 84% of cases were concluded within three months.")
H2("Private fostering")
para("Seventeen children were known to be privately fostered at 31 March 2018. Every new arrangement had an "
     "initial visit within seven working days. Notifications from language schools remain low, and the "
     "private fostering officer has visited all six schools in the district.")

# ================================================================== business plan (decoy)
H1("9. Our business plan", pb=True)
para("The Board's business plan for 2017-19 has four priorities. The table shows what we said we would do "
     "this year and where we have got to.")
BP_W = [3.4, 6.6, 5.0, 2.0]
b.raw(TABLE([
    [hdr_cell("Priority", BP_W[0]), hdr_cell("What we said we would do", BP_W[1]),
     hdr_cell("Where we are", BP_W[2]), hdr_cell("Rating", BP_W[3])],
    [cell("1. Neglect", BP_W[0], b_=True),
     cell("Train 300 practitioners in the Graded Care Profile 2 and audit its use.", BP_W[1]),
     cell("341 trained; audit completed in December 2017.", BP_W[2]), cell("Achieved", BP_W[3])],
    [cell("2. Adolescents at risk", BP_W[0], b_=True),
     cell("Publish an exploitation strategy covering criminal and sexual exploitation.", BP_W[1]),
     cell("Strategy published January 2018; performance measures being developed.", BP_W[2]),
     cell("On track", BP_W[3])],
    [cell("3. Early help", BP_W[0], b_=True),
     cell("Agree a single early help assessment for all agencies.", BP_W[1]),
     cell("Draft agreed; schools consulted in spring term.", BP_W[2]), cell("On track", BP_W[3])],
    [cell("4. New arrangements", BP_W[0], b_=True),
     cell("Work with the three statutory partners to design the safeguarding partnership that will replace "
          "the Board.", BP_W[1]),
     cell("Two workshops held; options paper to the Board in July 2018.", BP_W[2]),
     cell("On track", BP_W[3])],
], BP_W))
spacer()
para("For 2018-19 the Board will add a fifth priority: to make sure that every open serious case review "
     "action passes safely to the new partnership, with nothing closed for the sake of tidiness.")

# ================================================================== glossary
H1("Glossary")
for term, meaning in [
    ("CCG", "Clinical Commissioning Group, which buys most NHS services for local people."),
    ("DHR", "Domestic homicide review, commissioned by the community safety partnership."),
    ("LADO", "Local Authority Designated Officer, who manages allegations against people who work with "
             "children."),
    ("MASH", "Multi-Agency Safeguarding Hub, the front door to children's social care."),
    ("MEC panel", "Missing and Exploited Children panel."),
    ("SCR", "Serious case review, arranged by the Board under the Local Safeguarding Children Boards "
            "Regulations 2006."),
]:
    b.raw(P([R(term + "  ", b=True, color=PETROL), R(meaning)], after=60,
            ind='<w:ind w:left="1134" w:hanging="1134"/>', tabs='<w:tab w:val="left" w:pos="1134"/>'))

# only the first section keeps a different first page (the cover)
sect_prs = b.body.findall(".//" + qn("w:sectPr"))
for sp in sect_prs[1:]:
    tp = sp.find(qn("w:titlePg"))
    if tp is not None:
        sp.remove(tp)

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
                 for s, st in [("Child R", "published"), ("Baby M", "completed"), ("Child W", "initiated"),
                               ("Child T", "published")]],
        "recommendations": recs,
        "rec9": {"scrs_reported": True, "recommendations_listed": True, "actions_reported": acts,
                 "bodies_named": bods, "monitoring_mechanism": True, "mechanism_evidence": MECH,
                 "verdict": verdict},
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
