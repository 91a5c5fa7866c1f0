"""harrowden-2019-20: a designed Word annual report of Harrowden Safeguarding Children Partnership, the first
year under the new partnership arrangements. The main chapter on reviews ("Learning from reviews") tells the
story of each review in floating "case study" text-box sidebars and carries a pull quote in a text box; it
does not state the recommendations. Those are in Appendix 2, a landscape section holding one wide action-plan
table per review (Ref | Learning / recommendation | Action agreed | Lead | Target date | Evidence of impact |
BRAG), the recommendation cell merged vertically over several action rows where there is more than one
action. The BRAG cell holds only a letter in a coloured cell; the key is in a text box floating beside the
first table, and one row (Child N 4) is blank in Evidence and BRAG ("awaiting update" per the key).
Reviews: SCR Child N (published), LCSPR Young Person D (completed, publication deferred), SCR Siblings F
(older, actions carried forward), LCSPR Siblings R (commissioned, no recommendations yet).
Decoys: a rapid review action table with BRAG letters (portrait), an Ofsted ILACS action plan table with the
same columns (landscape Appendix 3), a domestic homicide review's recommendations in prose, section 11 audit
findings and the business plan priorities. Writes harrowden-2019-20.docx and its gold into $DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_ORIENT, WD_SECTION  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm  # noqa: E402
from wordml import CELL, P, R, TABLE, TEXTBOX, Builder  # noqa: E402

NAME = "harrowden-2019-20"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Harrowden Safeguarding Children Partnership"
PERIOD = "2019-20"
FONT = "Arial"
PLUM, TEAL, MIST, INK, GREY, PALE = "4B2463", "1B7A78", "F3EEF6", "222222", "6B6B6B", "E6F2F1"
BRAG = {"B": ("2F6EBA", "FFFFFF"), "R": ("C0261E", "FFFFFF"), "A": ("F2B000", "222222"), "G": ("4E9A3A", "FFFFFF")}


def q(s):
    """Word's typographic apostrophe, used for the document and the gold alike."""
    return None if s is None else s.replace("'", "\u2019")


def norm(s):
    return None if s is None else " ".join(q(s).split())


def T(text, **kw):
    return R(q(text), **kw)


def runs(text, sz=None, color=None, i=False):
    """Plain text with **bold** spans."""
    out = []
    for k, part in enumerate(q(text).split("**")):
        if part:
            out.append(R(part, b=(k % 2 == 1), sz=sz, color=color, i=i))
    return out


b = Builder(font=FONT, size=10.5, color=INK)
for sid in ("Heading 1", "Heading 2"):
    st = b.doc.styles[sid]
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(k)) is not None:
                del rf.attrib[qn(k)]
        for k in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(k), FONT)


def H1(text, pb=True):
    b.raw(P([T(text, b=True, sz=18, color=PLUM)], style="Heading1", before=0 if pb else 280, after=160,
            keep_next=True, page_break_before=pb,
            border='<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>' % TEAL))


def H2(text):
    b.raw(P([T(text, b=True, sz=12.5, color=TEAL)], style="Heading2", before=220, after=90, keep_next=True))


def para(text, after=140, jc="both", keep=False, i=False, sz=None, ind=None):
    b.raw(P(runs(text, i=i, sz=sz), after=after, jc=jc, keep_next=keep, ind=ind))


def bullet(text):
    b.raw(P(runs(text), style="ListBullet", after=60, jc="both"))


def cp(text, sz=8.5, bold=False, color=None, jc=None, i=False, after=0, font=None):
    return P([T(text, sz=sz, b=bold, color=color, i=i, font=font)], after=after, jc=jc)


def tc(content, w, fill=None, vmerge=None, valign="top"):
    pr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w * 567)
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += "<w:vMerge/>"
    if fill:
        pr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    pr += '<w:vAlign w:val="%s"/>' % valign
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, content)


def brag_cell(letter, w):
    if not letter:
        return tc(P("", after=0), w, valign="center")
    fill, fg = BRAG[letter]
    return tc(P([R(letter, b=True, sz=11, color=fg)], after=0, jc="center"), w, fill=fill, valign="center")


def sidebar(title, paras, h_cm, w_cm=6.1, fill=MIST):
    inner = P([T(title.upper(), b=True, sz=8, color=TEAL)], after=40)
    inner += P([T(paras[0][0], b=True, sz=10.5, color=PLUM)], after=80)
    for ptxt in paras[1:]:
        inner += P(runs(ptxt, sz=8.5), after=80)
    return TEXTBOX(inner, w_cm, h_cm, x_cm=17.0 - w_cm, y_cm=0.1, fill=fill, line=PLUM, line_w=9525,
                   wrap="square", rel_h="margin", rel_v="paragraph", name="Case study " + title)


# ================================================================== the reviews' action plans (Appendix 2)
# acts: (ref, action agreed, lead, target date, evidence of impact, BRAG letter or "")
CHILD_N = [
    dict(n="1",
         text="Harrowden Borough Council Children's Services should ensure that, when a young woman leaving care "
              "becomes pregnant, her personal adviser and midwife jointly decide whether a pre-birth assessment is "
              "needed, and that the decision and its reasons are recorded.",
         acts=[("1.1", "Leaving Care Service and maternity service to agree a joint protocol for pregnant care "
                       "leavers, including a recorded joint decision on pre-birth assessment.",
                "Leaving Care Service and HGH Maternity Services", "Oct 2019",
                "Protocol in use from October 2019. Eight care leavers have become pregnant since; a joint decision "
                "was recorded for all eight and three pre-birth assessments were started.", "B"),
               ("1.2", "Personal advisers to complete the partnership's pre-birth vulnerability course.",
                "Leaving Care Service", "Dec 2019",
                "All 14 personal advisers trained by December 2019. The course is now part of induction.", "B")],
         bodies=[("Harrowden Borough Council Children's Services", "childrens_social_care"),
                 ("Leaving Care Service", "childrens_social_care"), ("HGH Maternity Services", "health")],
         status="completed", due="2019-12"),
    dict(n="2",
         text="The Partnership should relaunch its protocol for bruising in babies who are not yet mobile, and seek "
              "assurance through audit that it is followed in general practice and in the emergency department.",
         acts=[("2.1", "Relaunch the Bruising in Non-Mobile Babies protocol with a 7-minute briefing and a poster "
                       "for GP surgeries and the urgent care centre.",
                "Partnership Business Unit", "Dec 2019",
                "Relaunched 2 December 2019. Briefing downloaded 1,140 times; posters sent to all 27 GP practices.",
                "B"),
               ("2.2", "Audit GP records of babies under six months seen with a bruise.",
                "Harrowden and Nene Valley CCG", "Feb 2020",
                "31 consultations audited in February 2020: a referral, or a recorded discussion with the "
                "paediatrician, in 29.", "B"),
               ("2.3", "Audit emergency department attendances of non-mobile babies with a bruise.",
                "HGH Emergency Department", "Mar 2020",
                "Data collected, but analysis paused in March 2020 when staff were redeployed for COVID-19. Now "
                "expected September 2020.", "A")],
         bodies=[("Partnership Business Unit", "lscb"), ("Harrowden and Nene Valley CCG", "health"),
                 ("HGH Emergency Department", "health")],
         status="in_progress", due="2020-03"),
    dict(n="3",
         text="Harrowden Police should ensure that, when a new partner of a parent is named in a referral about a "
              "child, checks are made with other forces through the Police National Database and the results are "
              "shared at the strategy discussion.",
         acts=[("3.1", "Make a Police National Database check on any new partner a mandatory step in the MASH "
                       "police research template.",
                "Harrowden Police Public Protection Unit", "Sep 2019",
                "Template changed in August 2019. Dip sample of 40 referrals in January 2020: the check had been "
                "made in 38 and shared at the strategy discussion in all 38.", "B")],
         bodies=[("Harrowden Police", "police"), ("Harrowden Police Public Protection Unit", "police")],
         status="completed", due="2019-09"),
    dict(n="4",
         text="Harrowden Borough Council's Housing Options Service should tell the health visiting service and the "
              "family's GP whenever a family with a child under five is placed in temporary accommodation or moved "
              "between placements.",
         acts=[("4.1", "Add an automatic notification to the 0-19 health service and the GP to the temporary "
                       "accommodation placement procedure.",
                "Housing Options Service", "Jan 2020", "", "")],
         bodies=[("Housing Options Service", "housing")],
         status="unknown", due="2020-01"),
    dict(n="5",
         text="All agencies should make sure that practitioners ask who lives in, and who regularly visits, a "
              "baby's home at every contact, and record what they are told.",
         acts=[("5.1", "Issue a 'Who's in the house?' 7-minute briefing and add prompts to each agency's contact "
                       "records.",
                "Learning and Development Group, with all partner agencies", "Jun 2020",
                "Briefing issued January 2020. Prompts added to health visiting and GP templates; police and early "
                "help templates still to change.", "G")],
         bodies=[("all partner agencies", "lscb"), ("Learning and Development Group", "lscb")],
         status="in_progress", due="2020-06"),
]

YP_D = [
    dict(n="1", learning="Exclusion was the point at which D's world narrowed.",
         text="The Partnership should ask the Council's Education Service and secondary head teachers to agree that "
              "no child known to Children's Services or the Youth Justice Service is permanently excluded without "
              "a multi-agency discussion first taking place.",
         acts=[("1.1", "Agree an inclusion panel protocol, so that a multi-agency discussion is held before any "
                       "permanent exclusion of a child open to Children's Services or the YJS.",
                "Education Service", "Apr 2020",
                "Protocol agreed with the Secondary Heads' Forum in March 2020; the first panels will sit in the "
                "summer term.", "G"),
               ("1.2", "Brief secondary head teachers and chairs of governors on the learning from the review.",
                "Education Service and Secondary Heads' Forum", "Feb 2020",
                "Briefings held on 6 and 12 February 2020. All 11 secondary schools and the pupil referral unit "
                "attended.", "B")],
         bodies=[("Education Service", "education"), ("Secondary Heads' Forum", "education")],
         status="in_progress", due="2020-04"),
    dict(n="2", learning="D was seen as an offender before he was seen as a victim.",
         text="Harrowden Police and the Youth Justice Service should ensure that when a child is found in "
              "circumstances that suggest criminal exploitation, a referral to the National Referral Mechanism is "
              "considered and the decision is recorded.",
         acts=[("2.1", "Add an NRM decision prompt to police custody records and YJS assessments, and train custody "
                       "sergeants and YJS case managers.",
                "Harrowden Police and Youth Justice Service", "Mar 2020",
                "YJS prompt in place and all YJS case managers trained. Custody training postponed in March 2020.",
                "A")],
         bodies=[("Harrowden Police", "police"), ("Youth Justice Service", "probation_youth_justice")],
         status="in_progress", due="2020-03"),
    dict(n="3", learning="What D said when he came home was not passed on.",
         text="Children's Services should make sure that what a child says in a return home interview is shared "
              "with the child's school and, where exploitation is suspected, with the MACE panel within five "
              "working days.",
         acts=[("3.1", "Write the five-day information-sharing standard into the specification for the "
                       "recommissioned return home interview service.",
                "Children's Services (Commissioning)", "Apr 2020",
                "Recommissioning postponed and the current contract extended to March 2021. No change yet.", "R")],
         bodies=[("Children's Services (Commissioning)", "childrens_social_care")],
         status="not_started", due="2020-04"),
    dict(n="4", learning="D's mother asked for help many times.",
         text="All partner agencies should treat a parent's request for help because they fear their child is "
              "being exploited as a referral, and make sure it receives a recorded multi-agency response.",
         acts=[("4.1", "Publish a guide for parents and open a direct route into the MASH for exploitation "
                       "concerns.",
                "Children's Services (MASH)", "Jan 2020",
                "Guide published in January 2020 with Harrowden Parent Carer Forum. 23 parents used the new route "
                "by 31 March.", "B"),
               ("4.2", "Test agencies' responses to parents' requests for help in the multi-agency exploitation "
                       "audit.",
                "Quality Assurance and Performance Group", "Jul 2020", "Audit scheduled for July 2020.", "G")],
         bodies=[("all partner agencies", "lscb"), ("Children's Services (MASH)", "childrens_social_care"),
                 ("Quality Assurance and Performance Group", "lscb")],
         status="in_progress", due="2020-07"),
]

SIBLINGS_F = [
    dict(n="4",
         text="Harrowden Community Health NHS Trust should ensure that the school nursing service is told when a "
              "child subject to a child protection plan changes school.",
         acts=[("4.1", "Add school nursing to the distribution of all child protection conference minutes and "
                       "school transfer notifications.",
                "Harrowden Community Health NHS Trust", "Jun 2019",
                "In place since June 2019 and tested in the section 11 audit in November 2019. Closed by the Case "
                "Review Group in December 2019.", "B")],
         bodies=[("Harrowden Community Health NHS Trust", "health")],
         status="completed", due="2019-06"),
    dict(n="6",
         text="The Partnership should assure itself that neglect is recognised earlier, by making the Graded Care "
              "Profile 2 the common assessment tool across agencies.",
         acts=[("6.1", "Train licensed GCP2 practitioners in every partner agency.",
                "Learning and Development Group", "Dec 2019",
                "212 practitioners licensed. None yet from adult mental health services; sessions offered for "
                "autumn 2020.", "A"),
               ("6.2", "Multi-agency audit of the use of GCP2 in neglect cases.",
                "Quality Assurance and Performance Group", "Mar 2020",
                "25 neglect cases audited in February 2020: GCP2 used in 17. Findings reported to the Executive "
                "Group.", "B")],
         bodies=[("Learning and Development Group", "lscb"), ("Quality Assurance and Performance Group", "lscb")],
         status="in_progress", due="2020-03"),
]

MECHANISM = ("The Case Review Group holds the action plan for every review. Lead officers update their actions "
             "before each meeting, and the Group rates every action Blue, Red, Amber or Green; an action is only "
             "rated Blue when the Group has seen evidence of its impact.")

# ================================================================== cover
b.raw(P([T(" ", sz=30)], shd=PLUM, after=0, before=0))
b.raw(P([T("HARROWDEN", b=True, sz=13, color="E7D9F0")], shd=PLUM, after=0, ind='<w:ind w:left="340"/>'))
b.raw(P([T("Safeguarding Children Partnership", b=True, sz=28, color="FFFFFF")], shd=PLUM, after=0,
        ind='<w:ind w:left="340"/>'))
b.raw(P([T(" ", sz=20)], shd=PLUM, after=0))
b.raw(P([T("Annual Report 2019–20", sz=22, color="FFFFFF")], shd=PLUM, after=0, ind='<w:ind w:left="340"/>'))
b.raw(P([T("1 April 2019 to 31 March 2020", sz=12, color="E7D9F0")], shd=PLUM, after=0,
        ind='<w:ind w:left="340"/>'))
b.raw(P([T(" ", sz=60)], shd=PLUM, after=0))
b.raw(P([T(" ", sz=8)], shd=TEAL, after=240))
b.raw(P([T("Keeping children safe is everyone's business", i=True, sz=13, color=TEAL)], after=120,
        before=600))
b.raw(P([T("Published by the Harrowden Safeguarding Children Partnership Business Unit, Town Hall, Market Square, "
           "Harrowden. Presented to the Harrowden Health and Wellbeing Board and the Children's Scrutiny Panel in "
           "September 2020.", sz=9, color=GREY)], after=0, before=2400))

b.raw(P([T("Contents", b=True, sz=18, color=PLUM)], after=200, page_break_before=True))
b.toc([(1, "1. Foreword", 3), (1, "2. Harrowden at a glance", 4), (1, "3. Our safeguarding arrangements", 5),
       (1, "4. Learning from reviews", 6), (2, "Child N", 6), (2, "Young Person D", 6),
       (2, "Rapid reviews and new reviews", 7), (2, "Siblings F", 7), (2, "How we track what has changed", 8),
       (1, "5. Quality assurance and section 11", 9), (1, "6. Child deaths, LADO and private fostering", 10),
       (1, "7. Inspection", 11), (1, "8. Training and workforce", 12), (1, "9. Our priorities for 2020–21", 12),
       (1, "Appendix 1. Partners and budget", 13), (1, "Appendix 2. Review action plans", 14),
       (1, "Appendix 3. Ofsted ILACS improvement plan: partnership actions", 18),
       (1, "Appendix 4. Glossary", 19)])

# ================================================================== foreword
H1("1. Foreword")
para("This is the first annual report of the Harrowden Safeguarding Children Partnership. On 29 September 2019 "
     "the three safeguarding partners named in Working Together 2018 – Harrowden Borough Council, Harrowden and "
     "Nene Valley Clinical Commissioning Group and Harrowden Police – took over from the Harrowden Local "
     "Safeguarding Children Board, which had served the borough since 2006. The report covers the whole year: six "
     "months of the old Board and six months of the new partnership.")
para("We did not want the change to be a change of letterhead. We have kept what worked – the sub-groups, the "
     "multi-agency audit programme, the training offer – and we have tried to be sharper about the few things "
     "that matter most. Schools are now a relevant agency in their own right, and head teachers sit on the "
     "Executive Group alongside the three partners.")
para("Two reviews dominated our year. The serious case review about **Child N**, a baby who was badly hurt by his "
     "mother's partner, was published in November 2019. The first review under the new arrangements, about a "
     "15-year-old we call **Young Person D**, was completed in February 2020; it will be published when criminal "
     "proceedings end. Both reviews describe professionals who were busy and kind and who did not put together "
     "what each of them knew. Chapter 4 tells their stories, and Appendix 2 sets out every action we agreed and "
     "how far each has got.")
para("The year ended in the first weeks of the COVID-19 pandemic. Some actions due in March 2020 have slipped, and "
     "we say so where they have. Front-line staff kept visiting the children they were most worried about, and "
     "we are grateful to every one of them.")
b.raw(P([T("Dr Ruth Okonjo-Hale", b=True)], after=0, before=200))
b.raw(P([T("Independent Scrutineer, Harrowden Safeguarding Children Partnership", i=True, color=GREY)], after=120))
b.raw(P([T("on behalf of ", color=GREY, i=True), T("Jane Pettifer", b=True),
         T(" (Chief Executive, Harrowden Borough Council), ", color=GREY, i=True), T("Marcus Lindqvist", b=True),
         T(" (Accountable Officer, Harrowden and Nene Valley CCG) and ", color=GREY, i=True),
         T("Det Ch Supt Alan Brereton", b=True), T(" (Harrowden Police)", color=GREY, i=True)], after=200))

# ================================================================== at a glance
H1("2. Harrowden at a glance")
para("Harrowden is a borough of 184,000 people, 41,300 of them children and young people under 18. About one "
     "child in five lives in low-income households, rising to almost one in two in parts of Eastfield and the "
     "Canal Wharf estate. The figures below are at 31 March 2020, with 31 March 2019 in brackets.")
TW = [4.25] * 4
tiles = [("2,874", "contacts to the MASH each month on average (2,610)"),
         ("1,318", "children in need (1,242)"),
         ("211", "children subject to a child protection plan (236)"),
         ("287", "children looked after (271)"),
         ("62", "children reported missing more than once (48)"),
         ("39", "children discussed at the MACE panel (27)"),
         ("14", "children privately fostered (11)"),
         ("3", "rapid reviews held (2)")]
trs = []
for row in (tiles[:4], tiles[4:]):
    trs.append([tc(P([T(n, b=True, sz=20, color=PLUM)], after=0, jc="center") +
                   P([T(lbl, sz=8.5, color=INK)], after=40, jc="center"), w,
                   fill=(MIST if k % 2 == 0 else PALE), valign="center") for k, ((n, lbl), w) in
                enumerate(zip(row, TW))])
b.raw(TABLE(trs, TW, border="FFFFFF", header_rows=0))
para("", after=60)
para("Contacts rose by 10% in the year, most of the increase coming from schools in the autumn term. Fewer "
     "children were on child protection plans at the year end, largely because plans for neglect were being "
     "ended sooner after the review of long-running plans described in chapter 5. The rise in children missing "
     "more than once reflects better recording as much as a real increase; it is one reason the partnership has "
     "made exploitation a priority.")

# ================================================================== arrangements
H1("3. Our safeguarding arrangements")
para("Our published arrangements took effect on 29 September 2019. The **Executive Group** – the three "
     "safeguarding partners' delegated leads, two head teachers and the Independent Scrutineer – meets every "
     "two months and decides what the partnership will do. Four groups do the work:")
bullet("**Case Review Group** (chair: Designated Nurse, Harrowden and Nene Valley CCG): rapid reviews, local "
       "child safeguarding practice reviews and the action plans of every review;")
bullet("**Quality Assurance and Performance Group** (chair: Head of Quality Assurance, Children's Services): the "
       "performance dataset, multi-agency audits and the section 11 audit;")
bullet("**Learning and Development Group** (chair: Named Nurse, Harrowden General Hospital NHS Foundation Trust): "
       "training, briefings and the annual learning conference;")
bullet("**Exploitation and Missing Group** (chair: Detective Chief Inspector, Public Protection): child sexual "
       "and criminal exploitation, missing children and the MACE panel.")
para("The **Independent Scrutineer** reads the minutes of every group, attends at least one meeting of each a "
     "year, and this year spoke to 41 front-line practitioners and 12 young people from the Children in Care "
     "Council about how safeguarding works in practice. Her report to the Executive Group in February 2020 said "
     "the new arrangements were clear and well understood by senior leaders but less so by practitioners, and "
     "that the voice of children was still too often reported second-hand.", after=100)
para("The partnership's budget for 2019–20 was £312,400 (Appendix 1). The three partners contributed in the same "
     "proportions as under the Board, and schools contributed £18,000 through the Schools Forum.")

# ================================================================== reviews (main text, with sidebars)
H1("4. Learning from reviews")
para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the partnership must "
     "decide whether a review could help agencies learn. From 29 September 2019 every such case is notified to "
     "the national Child Safeguarding Practice Review Panel and starts with a **rapid review** within 15 working "
     "days. The rapid review decides whether a **local child safeguarding practice review** (LCSPR) is needed. "
     "Before that date the Board commissioned **serious case reviews** (SCRs) under the 2015 rules; the last of "
     "these, Child N, was published this year.")
para("This chapter tells the story of each review and what it taught us. To respect the children and their "
     "families, names and some details have been changed. The recommendations, the actions we agreed and the "
     "progress made are set out in full in **Appendix 2**.")

H2("Child N – serious case review, published November 2019")
b.raw(P(runs("The Board commissioned this review in June 2018 after Child N, then ten months old, was admitted to "
             "Harrowden General Hospital with a fractured skull; older fractures to his ribs were found on the "
             "skeletal survey. The independent reviewer, Helen Carsworth, worked with a panel of senior managers "
             "from nine agencies and spoke at length to N's mother and great-aunt.") +
        [sidebar("Case study", [
            ("Child N's story",),
            "N's mother was 18 and had left foster care a year before he was born. She was proud of her flat and "
            "told everyone she was coping. Her personal adviser saw the pregnancy as a fresh start.",
            "When N was four months old his mother met a man who had been violent to two previous partners in "
            "another part of the country. Nobody in Harrowden knew. The family moved three times between "
            "temporary addresses, and the health visitor's letters kept going to the old one.",
            "At six months N had a bruise on his ear. His mother said he had rolled against the cot. At ten "
            "months he was rushed to hospital. He has recovered well and lives with his great-aunt under a "
            "special guardianship order. The man was convicted in 2019.",
        ], h_cm=10.6)], after=140, jc="both"))
para("The review found no single moment at which N's injuries could have been predicted, but several at which a "
     "fuller picture might have been put together. N's mother was a care leaver whose pregnancy was welcomed "
     "rather than assessed. Her new partner moved in without any agency knowing who he was, and the police "
     "checks that would have shown his history in another force area were not made because he was not the "
     "subject of the referral. The family's moves between temporary addresses meant that health visiting "
     "contacts were missed and nobody noticed that the missed contacts were a pattern.")
para("The bruise at six months was seen by a GP who accepted the explanation and did not follow the Board's "
     "protocol for bruising in babies who are not yet mobile. The reviewer was clear that the protocol was "
     "sound; it was not known well enough in general practice and urgent care.")
para("The review made five recommendations. The Case Review Group turned them into nine actions with named "
     "leads, and by 31 March 2020 six of those actions had been completed and tested. One update, from the "
     "Council's Housing Options Service, had not been received when this report was prepared. The full plan is "
     "in Appendix 2, table A2.1.")
para("N's great-aunt asked us to say one thing in this report: that she was listened to by the reviewer and "
     "that she hopes the next baby in N's position is noticed sooner.", after=200)

H2("Young Person D – local child safeguarding practice review, completed February 2020")
b.raw(P(runs("D was 15 when he was stabbed in Brook Park in July 2019. He survived, but with injuries that will "
             "affect him for the rest of his life. The rapid review in August 2019 was the partnership's first, and "
             "it agreed with the national panel that an LCSPR should be carried out. The review was led by two "
             "independent reviewers, Sam Adeyemi and Claire Watts, and used a systems approach, with two "
             "practitioner workshops attended by 26 people.") +
        [sidebar("Case study", [
            ("Young Person D's story",),
            "D loved football and was good at it. At 13 he began to fall out with teachers and was excluded for "
            "a day, then for a week. In Year 9 he was permanently excluded and went to the pupil referral unit "
            "for two hours a day.",
            "Over the next year he went missing eleven times. Once he was found in a flat in another county with "
            "cash and drugs, and was arrested. His mother rang the school, the police, the MASH and their GP, "
            "asking each of them for help.",
            "After each missing episode D told a return home worker a little more about the older boys he was "
            "running for. The notes stayed on one file. In July 2019 he was attacked in the park near his home.",
        ], h_cm=10.2)], after=140, jc="both"))
para("The reviewers found that D's permanent exclusion was the turning point. It removed him from the one adult "
     "outside his family who saw him every day, and it left him with time, and a reason, to be with the young "
     "men who were exploiting him. The exclusion decision was taken properly by the school's rules, but nobody "
     "asked the agencies who knew him what it would mean.")
para("When D was found with drugs far from home he was treated as a suspect. The question of whether he was a "
     "victim of trafficking – and should be referred to the National Referral Mechanism – was not asked. What "
     "he said in return home interviews was recorded but not shared with his school or with the MACE panel, and "
     "his mother's calls for help were each dealt with as a request for advice.")
b.raw(P([TEXTBOX(
    P([T("\u201c", b=True, sz=36, color=TEAL)], after=0, line=240) +
    P([T("I rang everyone I could think of. Everybody was kind to me, and nobody came.", i=True, sz=15,
         color=PLUM)], after=80, jc="left") +
    P([T("— D's mother, speaking to the reviewers", sz=9, color=GREY)], after=0, jc="right"),
    13.0, 3.6, x_cm=2.0, y_cm=0.0, fill="FFFFFF", line=None, wrap="topAndBottom", rel_h="margin",
    rel_v="paragraph", name="Pull quote")] +
    runs("The review made four recommendations, each built on a piece of learning. The partnership accepted all "
         "four in February 2020 and agreed six actions. Publication has been deferred at the request of the "
         "Crown Prosecution Service until the trial of two young men is concluded, but the action plan is being "
         "carried out now and is reported in Appendix 2, table A2.2."), after=140, jc="both"))

H2("Rapid reviews and new reviews")
para("The partnership held three rapid reviews in 2019–20. In two of them, **Baby Q** (October 2019) and **Child "
     "E** (January 2020), the Case Review Group concluded that the learning was clear, was being acted on by the "
     "agencies involved, and would not be added to by a full review; the national panel agreed both decisions. "
     "The actions the rapid reviews agreed are tracked by the Case Review Group in the same way as review "
     "actions, and are shown below.")
RW = [1.2, 4.6, 4.7, 3.0, 1.8, 1.2]
rrh = [tc(cp(h, bold=True, color="FFFFFF", sz=8.5), w, fill=TEAL) for h, w in
       zip(("Ref", "Learning identified", "Action agreed", "Lead", "Target date", "BRAG"), RW)]
rr_rows = [
    ("RR1.1", "Baby Q: safer sleep advice was not repeated when the family moved to a new address.",
     "Safer sleep advice to be repeated by the health visitor at every change of address and recorded in the "
     "child's record.", "Harrowden Community Health NHS Trust", "Dec 2019", "B"),
    ("RR1.2", "Baby Q: the father's alcohol use was known to the GP but not to the health visitor.",
     "Restore monthly GP and health visitor liaison meetings in every practice.", "Harrowden and Nene Valley CCG",
     "Mar 2020", "A"),
    ("RR2.1", "Child E: a school's worries about an older 'boyfriend' met online were not referred.",
     "Refresher session on online grooming for all designated safeguarding leads.", "Education Service",
     "May 2020", "G"),
    ("RR2.2", "Child E: police did not check the man's online contact with other children.",
     "Digital media investigators to be consulted in every online grooming investigation.", "Harrowden Police",
     "Apr 2020", "G"),
]
rrt = [rrh]
for ref, learn, act, lead, date, letter in rr_rows:
    rrt.append([tc(cp(ref, bold=True), RW[0]), tc(cp(learn), RW[1]), tc(cp(act), RW[2]), tc(cp(lead), RW[3]),
                tc(cp(date), RW[4]), brag_cell(letter, RW[5])])
b.raw(P([T("Table 4.1 Rapid review actions 2019–20 (BRAG as in the key to Appendix 2)", b=True, sz=9,
           color=TEAL)], after=60, keep_next=True))
b.raw(TABLE(rrt, RW, border="B9B9B9"))
para("", after=60)
para("The third rapid review, in February 2020, concerned **Siblings R**, two young children from one family. "
     "The Case Review Group recommended, and the Executive Group agreed in March 2020, that an LCSPR should be "
     "carried out. An independent reviewer has been appointed and the review has begun; because a police "
     "investigation is continuing we can say no more about the circumstances this year.")

H2("Siblings F – serious case review, published March 2018")
b.raw(P(runs("The Siblings F review was published by the former Board in March 2018 and was reported in the "
             "Board's last two annual reports. Four of its six recommendations were closed in 2018–19. The two that "
             "were still open on 1 April 2019 are carried forward in Appendix 2, table A2.3, so that the "
             "partnership can show they have not been forgotten.") +
        [sidebar("Case study", [
            ("Siblings F: a reminder",),
            "Three brothers, aged four, seven and nine, lived with chronic neglect for more than five years. "
            "Their school saw them arrive hungry and in dirty clothes; their GP and the school nurse saw missed "
            "appointments and head lice.",
            "Each agency had its own worries, and each thought things were not quite bad enough. When the "
            "oldest boy moved school, his child protection records followed him but the school nurse was never "
            "told. The brothers are now in long-term foster care together.",
        ], h_cm=7.6)], after=140, jc="both"))
para("The review's lasting lesson for Harrowden was about neglect that is slow and ordinary. It led the former "
     "Board to adopt the Graded Care Profile 2 as a common tool, and the final piece of that work – making sure "
     "every agency has licensed practitioners – is still under way.")
para("In December 2019 the Community Safety Partnership published a **domestic homicide review** about the death "
     "of a woman we call Adult J, whose two teenage children lived with her. The DHR is not a children's review "
     "and its action plan is held by the Community Safety Partnership, but two of its eight recommendations were "
     "addressed to us: that the Safeguarding Children Partnership should make sure practitioners working with "
     "children ask about domestic abuse when a parent discloses depression; and that the Partnership should "
     "include the impact of coercive control on children in its multi-agency training. The Learning and "
     "Development Group has added coercive control to the domestic abuse course from April 2020.")

H2("How we track what has changed")
para(MECHANISM + " A highlight report on every open action goes to the Executive Group each quarter, and the "
     "Independent Scrutineer reviews any action that has been Red or Amber for two quarters running.")
para("The Case Review Group also asks whether an action has made a difference for children, not only whether it "
     "was done. For the Child N review, for example, the Group will repeat the dip sample of police checks in the "
     "summer of 2020 and look at whether household members are being recorded in early help assessments. We will "
     "report on both next year.")

# ================================================================== QA / section 11
H1("5. Quality assurance and section 11")
para("The Quality Assurance and Performance Group completed four multi-agency audits in 2019–20, looking at 84 "
     "children's records in all:")
bullet("**Long-running child protection plans** (June 2019): 20 children on plans for more than 18 months. In "
       "seven, the plan had not changed for over a year. Each case was reviewed by a conference chair, and 11 "
       "plans have since ended.")
bullet("**Strategy discussions** (September 2019): health attended 46% of discussions and education 30%. New "
       "standards were agreed in January 2020.")
bullet("**Neglect and the Graded Care Profile 2** (February 2020): the audit carried out for the Siblings F "
       "action plan (see Appendix 2).")
bullet("**Children missing from home** (March 2020): 14 children; return home interviews were offered within 72 "
       "hours to 12.")
para("The **section 11 audit** was sent to 22 agencies in September 2019, and 21 returned it. Most agencies rated "
     "themselves good against all eight standards. The challenge events in November 2019 asked agencies to "
     "produce evidence for their ratings, and three agencies lowered their own rating for safer recruitment. The "
     "Quality Assurance and Performance Group asked all three to provide a safer recruitment improvement plan "
     "by June 2020, and asked the two acute trusts to report on how staff are supervised in safeguarding.")
para("Schools completed their own audit under section 175 of the Education Act 2002. 68 of the borough's 71 "
     "schools responded; the lowest-scoring standard was the recording of concerns about children who are "
     "electively home educated.")

# ================================================================== CDOP, LADO, PF
H1("6. Child deaths, LADO and private fostering")
H2("Child death review")
para("Harrowden is part of the Nene Valley Child Death Overview Panel, shared with two neighbouring areas. In "
     "2019–20 the panel was notified of 17 deaths of Harrowden children and completed reviews of 15. Modifiable "
     "factors were found in four, two of them related to unsafe sleeping. The panel's recommendations go to the "
     "child death review partners (the Council and the CCG) and are reported in the panel's own annual report.")
H2("Allegations against people who work with children")
para("The Local Authority Designated Officer (LADO) received 188 contacts, of which 97 met the threshold for an "
     "allegations management meeting (2018–19: 164 and 82). A third concerned education staff. Referrals from "
     "sports clubs and faith groups rose from 6 to 15 after the LADO's community awareness sessions.")
H2("Private fostering")
para("Fourteen children were known to be privately fostered at 31 March 2020. Eleven had been visited within the "
     "required timescales. An awareness campaign with language schools is planned for summer 2020.")

# ================================================================== inspection
H1("7. Inspection")
para("Ofsted inspected Harrowden's children's services under the ILACS framework in November 2019 and judged "
     "them **requires improvement to be good** overall, with help and protection also requiring improvement and "
     "the experiences of children in care judged good. Inspectors found that children at immediate risk were "
     "protected quickly, but that strategy discussions did not always involve health and education, and that "
     "the response to older children at risk of exploitation was not consistent.")
para("The Council's improvement plan responds to each of Ofsted's areas for improvement. The actions that depend "
     "on partner agencies are monitored by the Executive Group and are shown in Appendix 3. They are reported "
     "separately from the review action plans.")
para("In February 2020 the CQC and Ofsted joint inspection of special educational needs and disabilities "
     "revisited Harrowden and found sufficient progress in all five areas of weakness identified in 2017.")

# ================================================================== training
H1("8. Training and workforce")
para("The Learning and Development Group ran 64 multi-agency courses in 2019–20, attended by 1,786 people; 93% "
     "of those who completed the follow-up survey three months later said they had changed something in their "
     "practice. New courses this year were 'Contextual safeguarding', 'Pre-birth vulnerability' and 'Working "
     "with men who are new to the household'. The annual learning conference in October 2019, 'Whose story is "
     "it?', heard from N's great-aunt by recorded interview and from the reviewers of the Child N review.")
para("Seven-minute briefings were issued on Child N, on the bruising protocol, on the learning from the Baby Q "
     "rapid review and on the new partnership arrangements. From March 2020 all face-to-face training moved "
     "online.")

# ================================================================== priorities
H1("9. Our priorities for 2020–21", pb=False)
para("The Executive Group agreed the partnership's business plan for 2020–21 in March 2020. Its three "
     "priorities are:")
bullet("**Exploitation and missing children** – a single exploitation strategy with the Community Safety "
       "Partnership, contextual safeguarding in two neighbourhoods, and a review of the MACE panel by December "
       "2020;")
bullet("**Neglect** – relaunching the neglect strategy and measuring how the Graded Care Profile 2 changes plans "
       "for children;")
bullet("**Hearing the child** – a young people's advisory group for the partnership by September 2020, and a "
       "'voice of the child' standard in every multi-agency audit.")
para("We will also assess the effect of the COVID-19 lockdown on referrals and on children who are not seen by "
     "schools, and report to the Executive Group each month while restrictions continue.")

# ================================================================== Appendix 1 (portrait)
H1("Appendix 1. Partners and budget")
AW = [9.0, 4.0, 4.0]
arows = [[tc(cp(h, bold=True, color="FFFFFF", sz=9), w, fill=PLUM) for h, w in
          zip(("Contributor", "2019–20 (£)", "Share"), AW)]]
for who, amt, pc in [("Harrowden Borough Council", "146,830", "47%"),
                     ("Harrowden and Nene Valley CCG", "93,720", "30%"),
                     ("Harrowden Police", "46,860", "15%"),
                     ("Schools (through the Schools Forum)", "18,000", "6%"),
                     ("National Probation Service and Cafcass", "6,990", "2%"),
                     ("Total", "312,400", "100%")]:
    bold = who == "Total"
    arows.append([tc(cp(who, sz=9, bold=bold), AW[0]), tc(cp(amt, sz=9, bold=bold, jc="right"), AW[1]),
                  tc(cp(pc, sz=9, bold=bold, jc="right"), AW[2])])
b.raw(TABLE(arows, AW, border="B9B9B9"))
para("", after=60)
para("Relevant agencies named in the published arrangements include all schools and colleges in the borough, "
     "Harrowden General Hospital NHS Foundation Trust (HGH), Harrowden Community Health NHS Trust, the mental "
     "health trust, the National Probation Service, the Community Rehabilitation Company, Cafcass, the Youth "
     "Justice Service, housing providers and the voluntary sector through Harrowden Voluntary Action.")

# ================================================================== Appendix 2 (landscape)
sec = b.doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.6)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
sec.different_first_page_header_footer = False

LW = [1.1, 5.4, 5.4, 2.9, 1.7, 3.7, 1.25]  # 21.45 cm; the key floats in the 5.1 cm beside it
HEAD = ("Ref", "Learning / recommendation", "Action agreed", "Lead", "Target date", "Evidence of impact", "BRAG")


def head_row(fill=PLUM):
    return [tc(cp(h, bold=True, color="FFFFFF", sz=8.5, jc="center" if h == "BRAG" else None), w, fill=fill,
               valign="center") for h, w in zip(HEAD, LW)]


def plan_rows(recs, learning=False):
    rows = [head_row()]
    for r in recs:
        rec_xml = ""
        if learning:
            rec_xml += P([T("Learning: ", b=True, sz=8.5, color=TEAL), T(r["learning"], i=True, sz=8.5)], after=60)
        rec_xml += P([T("Recommendation %s" % r["n"], b=True, sz=8.5, color=PLUM)], after=20)
        rec_xml += cp(r["text"])
        multi = len(r["acts"]) > 1
        for k, (ref, act, lead, date, ev, letter) in enumerate(r["acts"]):
            vm = None if not multi else ("restart" if k == 0 else "cont")
            rows.append([tc(cp(ref, bold=True), LW[0]),
                         tc(rec_xml if k == 0 else P("", after=0), LW[1], vmerge=vm, fill="FBF9FC"),
                         tc(cp(act), LW[2]), tc(cp(lead), LW[3]), tc(cp(date), LW[4]),
                         tc(cp(ev) if ev else P("", after=0), LW[5]), brag_cell(letter, LW[6])])
    return rows


KEY_BOX = (
    P([T("BRAG key", b=True, sz=11, color=PLUM)], after=80) +
    P([T("How the Case Review Group rates each action:", sz=8, color=GREY)], after=80) +
    TABLE([[tc(P([R(k, b=True, sz=10, color=BRAG[k][1], font=FONT)], after=0, jc="center"), 0.7,
               fill=BRAG[k][0], valign="center"), tc(cp(txt, sz=8, font=FONT), 3.1)] for k, txt in [
        ("B", "Blue – complete: action delivered and evidence of impact seen by the Group"),
        ("G", "Green – on track: under way and expected to be delivered by the target date"),
        ("A", "Amber – some slippage: under way but behind the target date or at risk"),
        ("R", "Red – not started, or overdue with no progress")]] +
          [[tc(P("", after=0), 0.7, valign="center"), tc(cp("Blank – awaiting update from the lead agency", sz=8, font=FONT),
                                                         3.1)]],
          [0.7, 3.1], border="D0C4D8", header_rows=0) +
    P([T("Position at 31 March 2020. Target dates are those agreed when the plan was approved.", sz=7.5,
         color=GREY, i=True)], before=100, after=0))

b.raw(P([T("Appendix 2. Review action plans", b=True, sz=18, color=PLUM)], style="Heading1", after=80,
        border='<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>' % TEAL))
b.raw(P(runs("This appendix sets out the action plan for each review reported in chapter 4, as held by the Case "
             "Review Group. Each recommendation is shown with the actions agreed in response to it; where "
             "there is more than one action, each has its own row, lead and rating.", sz=9.5),
        after=120, ind='<w:ind w:right="2892"/>'))
b.raw(P([T("Table A2.1 Serious case review: Child N (published 14 November 2019)", b=True, sz=10.5, color=TEAL)] +
        [TEXTBOX(KEY_BOX, 4.7, 8.4, x_cm=21.8, y_cm=0.0, fill="FFFFFF", line=PLUM, line_w=9525, wrap="none",
                 rel_h="margin", rel_v="paragraph", name="BRAG key")],
        after=80, keep_next=True, ind='<w:ind w:right="2892"/>'))
b.raw(TABLE(plan_rows(CHILD_N), LW, border="B9B9B9"))
b.raw(P([T("Source: Case Review Group action tracker, 31 March 2020.", i=True, sz=8, color=GREY)], before=60,
        after=240))

b.raw(P([T("Table A2.2 Local child safeguarding practice review: Young Person D (completed February 2020; "
           "publication deferred)", b=True, sz=10.5, color=TEAL)], after=80, keep_next=True, page_break_before=True))
b.raw(TABLE(plan_rows(YP_D, learning=True), LW, border="B9B9B9"))
b.raw(P([T("The review's findings were framed as learning points; each recommendation is shown under the "
           "learning it addresses. BRAG ratings use the key on the first page of this appendix.", i=True, sz=8,
           color=GREY)], before=60, after=240))

b.raw(P([T("Table A2.3 Serious case review: Siblings F (published March 2018) – recommendations still open at "
           "1 April 2019", b=True, sz=10.5, color=TEAL)], after=80, keep_next=True))
b.raw(TABLE(plan_rows(SIBLINGS_F), LW, border="B9B9B9"))
b.raw(P([T("Recommendations 1, 2, 3 and 5 were closed in 2018–19 and were reported in the Board's annual report "
           "for that year.", i=True, sz=8, color=GREY)], before=60, after=0))

# ================================================================== Appendix 3 (same landscape section)
b.raw(P([T("Appendix 3. Ofsted ILACS improvement plan: partnership actions", b=True, sz=18, color=PLUM)],
        style="Heading1", after=80, page_break_before=True,
        border='<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>' % TEAL))
b.raw(P(runs("These are the actions in the Council's post-inspection improvement plan that depend on partner "
             "agencies. They respond to Ofsted's areas for improvement, not to a review, and are monitored by the "
             "Executive Group. Ratings use the same BRAG key.", sz=9.5), after=120))
OW = [1.3, 7.0, 6.6, 3.6, 1.9, 4.7, 1.3]
ofh = [tc(cp(h, bold=True, color="FFFFFF", sz=8.5, jc="center" if h == "BRAG" else None), w, fill=GREY,
          valign="center") for h, w in
       zip(("Ref", "Area for improvement", "Action agreed", "Lead", "Target date", "Evidence of impact", "BRAG"), OW)]
of_rows = [
    ("OF1", "The quality and timeliness of strategy discussions, including the involvement of health and education "
            "professionals.",
     "Agree multi-agency standards for strategy discussions; the MASH nurse to attend or contribute to every "
     "discussion.", "Children's Services, Harrowden Police and the CCG", "Mar 2020",
     "March 2020 audit: health took part in 81% of strategy discussions, up from 46%.", "G"),
    ("OF2", "Oversight of children missing education and of children who are electively home educated.",
     "Monthly tracking meeting for children missing education, with education welfare and the MASH.",
     "Education Service", "Feb 2020", "Meeting running since January 2020; 37 children tracked.", "B"),
    ("OF3", "The response to older children at risk of exploitation, including the quality of return home "
            "interviews.",
     "Refresh the exploitation strategy and recommission the return home interview service.",
     "Children's Services and Exploitation and Missing Group", "Jun 2020", "Strategy drafted; recommissioning "
                                                                             "delayed.", "A"),
    ("OF4", "Management oversight and supervision in the assessment teams.",
     "Supervision audit every quarter by the Principal Social Worker.", "Children's Services", "Mar 2020",
     "", "R"),
]
oft = [ofh]
for ref, area, act, lead, date, ev, letter in of_rows:
    oft.append([tc(cp(ref, bold=True), OW[0]), tc(cp(area), OW[1]), tc(cp(act), OW[2]), tc(cp(lead), OW[3]),
                tc(cp(date), OW[4]), tc(cp(ev) if ev else P("", after=0), OW[5]), brag_cell(letter, OW[6])])
b.raw(TABLE(oft, OW, border="B9B9B9"))
b.raw(P([T("Source: Harrowden Children's Services Improvement Board, April 2020.", i=True, sz=8, color=GREY)],
        before=60, after=0))

# ================================================================== back to portrait: glossary
sec = b.doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
sec.different_first_page_header_footer = False

b.raw(P([T("Appendix 4. Glossary", b=True, sz=18, color=PLUM)], style="Heading1", after=160,
        border='<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>' % TEAL))
GW = [3.0, 14.0]
gl = [[tc(cp(h, bold=True, color="FFFFFF", sz=9), w, fill=PLUM) for h, w in zip(("Term", "Meaning"), GW)]]
for k, (a, m) in enumerate([
        ("BRAG", "Blue, Red, Amber, Green: the rating the partnership gives each action (see Appendix 2)"),
        ("CCG", "Clinical Commissioning Group (Harrowden and Nene Valley CCG)"),
        ("DHR", "Domestic Homicide Review, commissioned by the Community Safety Partnership"),
        ("GCP2", "Graded Care Profile 2, a tool for assessing neglect"),
        ("HGH", "Harrowden General Hospital NHS Foundation Trust"),
        ("ILACS", "Ofsted's inspection of local authority children's services"),
        ("LCSPR", "Local Child Safeguarding Practice Review"),
        ("LADO", "Local Authority Designated Officer"),
        ("MACE", "Multi-Agency Child Exploitation panel"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("NRM", "National Referral Mechanism, for victims of trafficking and modern slavery"),
        ("SCR", "Serious Case Review (replaced by LCSPRs from September 2019)"),
        ("YJS", "Youth Justice Service")]):
    fill = MIST if k % 2 else None
    gl.append([tc(cp(a, bold=True, sz=9), GW[0], fill=fill), tc(cp(m, sz=9), GW[1], fill=fill)])
b.raw(TABLE(gl, GW, border="D0C4D8"))
para("", after=120)
para("**If you are worried about a child** in Harrowden, call the MASH on 01632 960 275 (Monday to Friday, 8.45am "
     "to 5pm) or the Emergency Duty Team on 01632 960 900 at other times. If a child is in immediate danger, "
     "call 999.")
para("Harrowden Safeguarding Children Partnership Business Unit, Town Hall, Market Square, Harrowden. "
     "hscp@harrowden.example – www.harrowdenscp.org.uk", sz=9)

b.header_footer("Harrowden Safeguarding Children Partnership  |  Annual Report 2019–20",
                "Harrowden Safeguarding Children Partnership", rule=PLUM)
b.save(OUT / f"{NAME}.docx")


# ================================================================== gold
def write_gold(path):
    recs = []
    k = 0
    for scr, items in (("Child N", CHILD_N), ("Young Person D", YP_D), ("Siblings F", SIBLINGS_F)):
        for r in items:
            k += 1
            text = norm(r["text"])
            # one entry per recommendation: the "Action agreed" cells of its action rows, in order
            action = norm(" ".join(a[1] for a in r["acts"]))
            recs.append({
                "id": "%s-r%02d" % (NAME, k),
                "scr": scr,
                "number": r["n"],
                "text": text,
                "action": action,
                "bodies": [{"name": q(n), "sector": s} for n, s in r["bodies"]],
                "status": r["status"],
                "due": r["due"],
                "page": None,
                "evidence": " ".join(text.split()[:16]),
                "confidence": 1.0,
            })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None,
        "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": "Child N", "stage": "published", "page": None},
                 {"name": "Young Person D", "stage": "completed", "page": None},
                 {"name": "Siblings R", "stage": "initiated", "page": None},
                 {"name": "Siblings F", "stage": "published", "page": None}],
        "recommendations": recs,
        "rec9": {
            "scrs_reported": True,
            "recommendations_listed": True,
            "actions_reported": acts,
            "bodies_named": bods,
            "monitoring_mechanism": True,
            "mechanism_evidence": norm(MECHANISM),
            "verdict": verdict,
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")


write_gold(OUT / f"{NAME}.gold.json")
