"""rookhaven-2020-21: a designed Word annual report of Rookhaven Safeguarding Children Partnership, written
as a long letter from the Independent Scrutineer. The recommendations of a serious case review published
under the old LSCB (Siblings W) and of a local child safeguarding practice review (Child J) are quoted in
Word-numbered lists (w:numPr; the numbers are not in the text). Progress is reported later, in "Where we
have got to", a table keyed by review (vertically merged cell) and recommendation number, with three
checkbox content-control columns (w14:checkbox, ticked shown as U+2612) headed by the partnership's own
words "Done and tested", "In hand", "Yet to start", and a column "What has been done and by whom"; two rows
have no box ticked because no update was received. Distractors: rapid review actions, a domestic homicide
review's recommendations (also a Word-numbered list), Ofsted areas for improvement and a business plan
table. Writes rookhaven-2020-21.docx and its hand-written gold into $DESIGNED_OUT."""
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.oxml.ns import qn  # noqa: E402
from wordml import CELL, P, R, TABLE, TEXTBOX, X, Builder  # noqa: E402

NAME = "rookhaven-2020-21"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Rookhaven Safeguarding Children Partnership"
PERIOD = "2020-21"
NAVY, SEA, SAND, INK, GREY = "16324F", "2A7F8E", "EEF4F5", "262626", "5F6B73"
FONT = "Arial"

b = Builder(font=FONT, size=10.5, color=INK)
for sid in ("Heading 1", "Heading 2"):
    st = b.doc.styles[sid]
    st.font.name = FONT
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(k)) is not None:
                del rf.attrib[qn(k)]
        for k in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(k), FONT)


def smart(s):
    """Typographic quotes as Word's AutoFormat would leave them."""
    s = re.sub(r'"(?=\w)', "\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(?<=\w)'", "\u2019", s)
    s = s.replace("'", "\u2018")
    return s


def norm(s):
    return " ".join(smart(s).split())


def runs(text, sz=None, color=None, i=False):
    """Plain text with **bold** spans."""
    out = []
    for k, part in enumerate(smart(text).split("**")):
        if part:
            out.append(R(part, b=(k % 2 == 1), sz=sz, color=color, i=i))
    return out


# ------------------------------------------------------------------ numbering (Word lists)
numbering = b.doc.part.numbering_part.element
LISTABS = 61
abs_list = X('<w:abstractNum w:abstractNumId="%d"><w:nsid w:val="3D7A52E1"/><w:multiLevelType w:val="singleLevel"/>'
             '<w:tmpl w:val="0809000F"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="851" w:hanging="425"/></w:pPr>'
             '<w:rPr><w:b/><w:color w:val="%s"/></w:rPr></w:lvl></w:abstractNum>' % (LISTABS, SEA))
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(abs_list)
else:
    numbering.append(abs_list)
_num_ids = iter(range(70, 90))


def new_list():
    nid = next(_num_ids)
    numbering.append(X('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/><w:lvlOverride w:ilvl="0">'
                       '<w:startOverride w:val="1"/></w:lvlOverride></w:num>' % (nid, LISTABS)))
    return nid


def numbered(items):
    nid = new_list()
    for it in items:
        b.raw(P(runs(it), after=100, jc="both",
                numbered='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % nid,
                ind='<w:ind w:left="851" w:right="284" w:hanging="425"/>'))


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.raw(P([R(smart(text), b=True, sz=16, color=NAVY)], style="Heading1", before=280, after=120,
            keep_next=True, page_break_before=pb,
            border='<w:bottom w:val="single" w:sz="8" w:space="3" w:color="%s"/>' % SEA))


def H2(text):
    b.raw(P([R(smart(text), b=True, sz=12, color=SEA)], style="Heading2", before=200, after=80, keep_next=True))


def para(text, after=140, keep=False, jc="both", i=False, sz=None):
    b.raw(P(runs(text, i=i, sz=sz), after=after, jc=jc, keep_next=keep))


def bullet(text):
    b.raw(P(runs(text), style="ListBullet", after=60, jc="both"))


def hcell(text, w, fill=NAVY, jc=None):
    return CELL(P([R(smart(text), b=True, sz=9, color="FFFFFF")], after=0, jc=jc), w, fill=fill, valign="center")


def tcell(text, w, sz=9, fill=None, bold=False, jc=None):
    return CELL(P([R(smart(text), sz=sz, b=bold)], after=20, jc=jc), w, fill=fill)


_cb_ids = iter(range(552100, 552300))


def CHECKBOX(checked):
    sid = next(_cb_ids)
    glyph = "\u2612" if checked else "\u2610"
    return ('<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
            '<w:sz w:val="24"/></w:rPr><w:alias w:val="Progress"/><w:tag w:val="progress"/><w:id w:val="%d"/>'
            '<w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            'w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/><w:sz w:val="24"/>'
            '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (sid, 1 if checked else 0, glyph))


def VCELL(content_xml, w, merge=None, fill=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w * 567)
    if merge == "restart":
        tcpr += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        tcpr += "<w:vMerge/>"
    if fill:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, content_xml)


# ================================================================== content: the two reviews
# Each entry: number, recommendation text (quoted in the numbered list), the progress row
# (box: 0 done and tested, 1 in hand, 2 yet to start, None no update), what has been done,
# and the gold's bodies / status / due.
SIBLINGS_W = [
    dict(n="1",
         text="The LSCB should ensure that the Graded Care Profile 2 is adopted by all agencies as the standard "
              "tool for assessing neglect, and should audit the quality of its use within twelve months of "
              "its introduction.",
         box=0,
         done="The Graded Care Profile 2 became the partnership's standard neglect tool in April 2020. The "
              "Learning and Workforce Group has trained 286 practitioners to use it, most of them online. The "
              "Quality and Practice Group audited 40 completed assessments in January 2021 and judged 31 of "
              "them good or better; the child's daily experience was clear in most of them.",
         bodies=[("The LSCB", "lscb"), ("Learning and Workforce Group", "lscb"),
                 ("Quality and Practice Group", "lscb")],
         status="completed", due=None),
    dict(n="2",
         text="Rookhaven Borough Council's Education Service should strengthen its arrangements for elective home "
              "education so that, when a child known to children's social care is to be removed from a school "
              "roll, a multi-agency discussion takes place before the removal takes effect.",
         box=0,
         done="Since September 2020 the Education Safeguarding Team has held a multi-agency discussion, with the "
              "child's social worker and school, whenever a parent of a child open to children's social care "
              "asks to remove the child from roll to educate them at home. There had been 23 such discussions "
              "by March 2021, and in 9 of them the parents decided to keep the child in school. The Education "
              "Service checked all 23 records in March 2021 and found the protocol had been followed each time.",
         bodies=[("Rookhaven Borough Council's Education Service", "education"),
                 ("Education Safeguarding Team", "education")],
         status="completed", due=None),
    dict(n="3",
         text="NHS Rookhaven CCG should ensure that GP practices have a consistent process for following up "
              "children who are not brought to appointments, and that repeated missed appointments are "
              "recorded and considered as a possible indicator of neglect.",
         box=1,
         done="NHS Rookhaven CCG's Named GP for Safeguarding issued 'Was Not Brought' guidance and a model "
              "practice policy in July 2020, and 29 of the 33 GP practices have confirmed that they have "
              "adopted it. The audit of practice records planned for the winter was postponed because of the "
              "pandemic and is now due in September 2021.",
         bodies=[("NHS Rookhaven CCG", "health"), ("Named GP for Safeguarding", "health"),
                 ("GP practices", "health")],
         status="in_progress", due="2021-09"),
    dict(n="4",
         text="Coastal Community Health NHS Trust should ensure that health visitors complete a full family "
              "health needs assessment when a family with children under five moves into the area, rather "
              "than relying on records transferred from the previous provider.",
         box=1,
         done="Coastal Community Health NHS Trust revised its transfer-in procedure in June 2020, so that every "
              "family with a child under five who moves into Rookhaven is offered a family health needs "
              "assessment within 28 days. During the lockdowns many of these contacts were made by video. The "
              "Trust's own audit in February 2021 found 71% had been completed within 28 days, against a "
              "target of 90%.",
         bodies=[("Coastal Community Health NHS Trust", "health")],
         status="in_progress", due=None),
    dict(n="5",
         text="Northmarch Police should ensure that officers attending domestic incidents where children live "
              "record the children's names, dates of birth and presentation, and share this information with "
              "the MASH within 24 hours.",
         box=0,
         done="Northmarch Police added a compulsory 'children in the household' section to its domestic abuse "
              "risk assessment in May 2020, and the police officers in the Rookhaven MASH now review every "
              "domestic incident involving children each morning. A dip-sample of 50 incidents in November "
              "2020 found the children's details recorded in 48 and shared with the MASH within 24 hours in 46.",
         bodies=[("Northmarch Police", "police")],
         status="completed", due=None),
    dict(n="6",
         text="Rookhaven Borough Council Children and Families Service should ensure that, when a child "
              "protection plan ends, the step-down to child in need or early help is planned with the family "
              "and the receiving professionals, and that the new plan is reviewed within three months.",
         box=1,
         done="The Children and Families Service introduced a step-down planning meeting in October 2020, "
              "chaired by the child protection conference chair and including the family and the receiving "
              "lead professional. Meetings were held for 38 of the 52 children whose plans ended between "
              "October and March. A check on whether the new plans are reviewed within three months is "
              "planned for the autumn.",
         bodies=[("Rookhaven Borough Council Children and Families Service", "childrens_social_care")],
         status="in_progress", due=None),
    dict(n="7",
         text="Rookhaven Homes and Rookhaven Borough Council's Housing Options Service should share information "
              "with children's social care when a family with a child subject to a child protection or child in "
              "need plan is evicted or gives up a tenancy.",
         box=None,
         done="An update was requested from Rookhaven Homes and the Housing Options Service in February and "
              "again in May 2021. No update had been received when this letter was finalised.",
         bodies=[("Rookhaven Homes", "housing"), ("Rookhaven Borough Council's Housing Options Service", "housing")],
         status="unknown", due=None, action_null=True),
    dict(n="8",
         text="The LSCB should seek assurance that practitioners in all agencies understand the impact of "
              "coercive control on a parent's capacity to protect their children, and should include this in "
              "its multi-agency training programme.",
         box=1,
         done="The Learning and Workforce Group wrote a half-day course, 'Behind closed doors: coercive control "
              "and children', which was delivered online six times between November 2020 and March 2021 to 212 "
              "practitioners. Coercive control is now part of the core multi-agency course. The Group will "
              "survey those who attended in June 2021 to find out whether it has changed their practice.",
         bodies=[("The LSCB", "lscb"), ("Learning and Workforce Group", "lscb")],
         status="in_progress", due=None),
]

CHILD_J = [
    dict(n="1",
         text="The safeguarding partners should agree a single multi-agency approach to child criminal "
              "exploitation, including a shared risk assessment tool and a clear pathway from identification "
              "to intervention, to be in place by September 2021.",
         box=1,
         done="A task and finish group led by Northmarch Police, with the Children and Families Service and the "
              "Youth Justice Service, has drafted the Rookhaven Exploitation Pathway and a single risk "
              "assessment tool to replace the separate tools for sexual and criminal exploitation. "
              "Consultation with partner agencies ran until the end of April 2021, and the partners expect to "
              "sign the pathway off in July.",
         bodies=[("The safeguarding partners", "lscb"), ("Northmarch Police", "police"),
                 ("Children and Families Service", "childrens_social_care"),
                 ("Youth Justice Service", "probation_youth_justice")],
         status="in_progress", due="2021-09"),
    dict(n="2",
         text="Rookhaven Borough Council's Education Service should ensure that, when a child known to be at "
              "risk of exploitation is permanently excluded or moved to alternative provision, a multi-agency "
              "risk discussion is held before the move.",
         box=1,
         done="The Education Service has added a question to the Fair Access Panel's paperwork, so that the "
              "panel asks whether a child is known to be at risk of exploitation before it agrees a move to "
              "alternative provision. Head teachers were briefed at the Secondary Heads' Forum in March 2021. "
              "The multi-agency risk discussion itself is being built into the new Exploitation Pathway.",
         bodies=[("Rookhaven Borough Council's Education Service", "education")],
         status="in_progress", due=None),
    dict(n="3",
         text="Northmarch Police and Rookhaven Children and Families Service should ensure that a return home "
              "interview is offered to every child after each missing episode, and that what is learned is "
              "routinely shared with the multi-agency child exploitation (MACE) panel.",
         box=1,
         done="The council's Missing and Exploitation Team now offers a return home interview after every "
              "missing episode; in the last quarter of the year 84% of the interviews offered were accepted, "
              "up from 61% a year earlier. Northmarch Police and the Missing and Exploitation Team have begun "
              "to share interview summaries with the MACE panel, but this does not yet happen routinely.",
         bodies=[("Northmarch Police", "police"),
                 ("Rookhaven Children and Families Service", "childrens_social_care"),
                 ("Missing and Exploitation Team", "childrens_social_care")],
         status="in_progress", due=None),
    dict(n="4",
         text="Rookhaven Youth Justice Service should ensure that its assessments consider whether a child "
              "charged with drugs offences is a victim of criminal exploitation, and that a referral to the "
              "National Referral Mechanism is made where appropriate.",
         box=0,
         done="Rookhaven Youth Justice Service changed its assessment quality checklist in October 2020 so that "
              "exploitation must be considered for every child charged with a drugs or weapons offence, and "
              "managers now countersign the decision on a National Referral Mechanism referral. The Service's "
              "audit of 15 cases in February 2021 found exploitation considered in all 15, and a referral made "
              "in each of the 6 cases where one was appropriate.",
         bodies=[("Rookhaven Youth Justice Service", "probation_youth_justice")],
         status="completed", due=None),
    dict(n="5",
         text="Northmarch Partnership NHS Foundation Trust should ensure that, when a young person referred to "
              "CAMHS does not attend, the service follows up with the referrer and the young person's school "
              "before the referral is closed.",
         box=None,
         done="Northmarch Partnership NHS Foundation Trust has been asked for an update on this recommendation. "
              "None had been received by the time this letter was written.",
         bodies=[("Northmarch Partnership NHS Foundation Trust", "health")],
         status="unknown", due=None, action_null=True),
    dict(n="6",
         text="The Partnership should ensure that young people with lived experience of exploitation help to "
              "shape the design of services, and should report to the safeguarding partners on how this has "
              "been done within twelve months.",
         box=2,
         done="This work will begin in July 2021, when the Partnership Business Unit and the council's Youth "
              "Participation Team start working with the Rookhaven Young Inspectors.",
         bodies=[("The Partnership", "lscb"), ("Partnership Business Unit", "lscb"),
                 ("Youth Participation Team", "childrens_social_care")],
         status="not_started", due=None),
]

MECHANISM = ("The Case Review Group holds the action plans for both reviews. It asks each lead agency for "
             "evidence, not just a description, before an action can be marked as done and tested, and it "
             "reports progress to the safeguarding partners' Executive every quarter.")

# ================================================================== cover
for txt, sz, bold, col, before, after in [
        ("", 10, False, "FFFFFF", 0, 1500),
        ("Rookhaven", 40, True, "FFFFFF", 0, 0),
        ("Safeguarding Children Partnership", 20, False, "FFFFFF", 0, 800),
        ("Annual Report 2020\u201321", 28, True, "FFFFFF", 0, 100),
        ("1 April 2020 to 31 March 2021", 13, False, "CFE6EA", 0, 1500),
        ("A letter from our Independent Scrutineer", 15, False, "FFFFFF", 0, 120),
        ("to everyone who keeps children safe in Rookhaven, Saltwick Bay and the Fenmoor villages", 11, False,
         "CFE6EA", 0, 1400)]:
    b.raw(P([R(txt, b=bold, sz=sz, color=col)] if txt else [], shd=NAVY, before=before, after=after,
            ind='<w:ind w:left="340" w:right="340"/>'))
b.raw(P([R("Rookhaven Borough Council  \u00b7  NHS Rookhaven Clinical Commissioning Group  \u00b7  Northmarch Police",
           sz=10, color=NAVY, b=True)], before=900, after=80, jc="center"))
b.raw(P([R("Published September 2021  \u00b7  rookhavenscp.org.uk", sz=10, color=GREY)], jc="center", after=0))

b.header_footer("Rookhaven Safeguarding Children Partnership \u00b7 Annual Report 2020\u201321",
                "A letter from the Independent Scrutineer", rule=SEA)

# ================================================================== foreword
H1("A word from the safeguarding partners", pb=True)
para("This is the second annual report of the Rookhaven Safeguarding Children Partnership, and the first to "
     "cover a whole year of the pandemic. As last year, we asked our Independent Scrutineer, Ruth Kinsella, "
     "to write it in her own words, as a letter to everyone who has a part in keeping children safe here. "
     "We have corrected facts and figures where she asked us to check them, but we have not changed her "
     "judgements. Where she says we have not done enough, we accept it, and our response is in the "
     "priorities for 2021-22 at the end of the letter.")
para("We want to thank the social workers, health visitors, school staff, police officers, nurses, youth "
     "workers and volunteers who kept going into homes and classrooms when most of the country was told to "
     "stay at home. We also want to remember the children whose experiences are described in the reviews "
     "in this report. What happened to them is the reason this partnership exists.")
SIG = [("Alison Drury", "Director of Children's Services, Rookhaven Borough Council"),
       ("Dr Samir Qureshi", "Director of Nursing and Quality, NHS Rookhaven CCG"),
       ("Detective Chief Superintendent Claire Beddow", "Head of Public Protection, Northmarch Police")]
rows = [[CELL(P([R(n, b=True, sz=9.5, color=NAVY)], after=0) + P([R(smart(r), sz=8.5, color=GREY)], after=0),
              5.66) for n, r in SIG]]
b.raw(TABLE(rows, [5.66, 5.66, 5.66], border="FFFFFF", header_rows=0))

H2("What this letter covers")
for k, t in enumerate(["Rookhaven and its children", "How the partnership is arranged",
                       "A year shaped by the pandemic", "What we learned from looking at practice",
                       "Training and the workforce", "Child deaths, allegations against staff and private fostering",
                       "Reviews of serious cases", "What other reviews have told us", "Inspection",
                       "Where we have got to", "What the partners will do in 2021-22",
                       "Appendix A: Glossary of abbreviations", "Appendix B: Contact us"], 1):
    b.raw(P([R("%d" % k if k <= 11 else "", b=True, color=SEA, sz=10), R(smart(t), sz=10, tab_before=True)],
            after=20, tabs='<w:tab w:val="left" w:pos="567"/>'))

# ================================================================== the letter
H1("Dear colleagues,", pb=True)
para("I am writing to you, as I did last year, instead of producing the kind of annual report that lists what "
     "every meeting has done. Working Together to Safeguard Children (2018) asks the safeguarding partners to "
     "publish, at least once in every twelve months, a report setting out what they have done as a result of "
     "the arrangements, including on child safeguarding practice reviews, and how effective those "
     "arrangements have been in practice. My job as Independent Scrutineer is to tell you, as plainly as I "
     "can, whether I think they have been. I have tried to do that here, and to write in a way that a "
     "teaching assistant in Saltwick Bay or a new police constable in Eastgate would want to read to the end.")
para("This is a letter about a year that none of us will forget. On the first day of the reporting year, "
     "1 April 2020, the country was a week into its first national lockdown. By the last day, 31 March 2021, "
     "we were coming out of the third. In between, the people who work with children in Rookhaven had to "
     "find new ways of seeing them, hearing them and protecting them, often while worrying about their own "
     "families. I have seen a great deal of good work. I have also seen the places where the strain showed, "
     "and I will say where those were.")
para("I scrutinise the partnership's work in several ways. I attend the Executive, where the three "
     "safeguarding partners meet every six weeks, and I chair none of its groups, so that I can challenge "
     "them all. This year I attended nine of the ten Executive meetings, read every multi-agency audit, sat "
     "in on the Case Review Group's discussions of all three rapid reviews, and met practitioners in four "
     "online focus groups (46 people in all, from eleven agencies). I also spent two afternoons with the "
     "Rookhaven Young Inspectors, a group of twelve young people aged 13 to 19 who have agreed to keep telling "
     "me what it is like to be a young person here. Their voices appear in this letter more than once.")

# ------------------------------------------------------------------ 1
H1("1  Rookhaven and its children")
para("Rookhaven is a unitary borough on the north-east coast with a population of about 264,800, of whom "
     "just over 56,000 are children and young people under 18. Most of them live in Rookhaven town and in "
     "Saltwick Bay, the old fishing port three miles up the coast; the rest are spread across the Fenmoor "
     "villages inland. The borough has some of the most deprived neighbourhoods in England alongside some of "
     "the least. In the Harbour and Eastgate wards more than four in ten children live in low-income "
     "families; in parts of Fenmoor the figure is below one in ten. About 8% of pupils are from minority "
     "ethnic backgrounds, and the number of families moving here from other parts of the country, often to "
     "cheaper private rented flats near the seafront, has grown steadily. Those moves matter: a theme of both "
     "reviews described later in this letter is what is lost when a family crosses a boundary.")
stats = [("56,400", "children and young people aged 0 to 17"), ("14,962", "contacts to the Rookhaven MASH"),
         ("3,208", "referrals to children's social care"), ("1,742", "children in need at 31 March 2021"),
         ("248", "children on a child protection plan"), ("412", "children in the care of the council"),
         ("389", "children electively home educated (241 a year earlier)"),
         ("24.6%", "of pupils eligible for free school meals")]
trs = []
for k in range(0, 8, 4):
    trs.append([CELL(P([R(v, b=True, sz=17, color="FFFFFF")], after=0, jc="center") +
                     P([R(smart(l), sz=8, color="FFFFFF")], after=40, jc="center"), 4.25, fill=SEA if (k // 4 + j) % 2 == 0 else NAVY,
                     valign="center") for j, (v, l) in enumerate(stats[k:k + 4])])
b.raw(TABLE(trs, [4.25] * 4, border="FFFFFF", header_rows=0))
b.raw(P([R("Rookhaven in numbers, 2020-21. Sources: Office for National Statistics mid-2020 estimates; "
           "Rookhaven Borough Council children's services data; January 2021 school census.", i=True, sz=8,
           color=GREY)], before=60, after=160))
para("The number of children on a child protection plan is almost exactly what it was a year ago (251), but "
     "the reasons have shifted. Neglect remains the most common category, at 47% of plans. Plans under the "
     "category of emotional abuse, most of them because a child was living with domestic abuse, rose from "
     "29% to 36%. The number of children in care rose by 27, mostly teenagers, and the council has had to "
     "place more of them outside Rookhaven than it would like: 71 at the end of the year, 23 of them more "
     "than twenty miles away.")

# ------------------------------------------------------------------ 2
H1("2  How the partnership is arranged")
para("The Rookhaven Local Safeguarding Children Board handed over to the Rookhaven Safeguarding Children "
     "Partnership on 29 September 2019. The three safeguarding partners named in the law are Rookhaven "
     "Borough Council, NHS Rookhaven Clinical Commissioning Group and Northmarch Police, whose force area also "
     "covers the two neighbouring districts. Each has named a lead who can speak for the whole of their "
     "organisation, and the three leads sign the foreword to this letter. The published arrangements also "
     "name the relevant agencies that the partners expect to take part: the schools and colleges, the three "
     "NHS trusts that serve the borough, the National Probation Service and the Community Rehabilitation "
     "Company, the Youth Justice Service, Rookhaven Homes and the other housing providers, and the voluntary "
     "and faith organisations who work with children.")
para("The Executive is where decisions are made. Below it sit five groups that do most of the work: the "
     "**Case Review Group**, chaired by the Designated Nurse, which decides whether serious incidents need a "
     "rapid review and then oversees every review and its action plan; the **Quality and Practice Group**, "
     "which runs the multi-agency audits and the performance data set; the **Learning and Workforce Group**, "
     "which plans training and shares the learning from reviews; the **Exploitation and Missing Group**; and "
     "the **Education Safeguarding Forum**, through which 78 schools and colleges take part. The Child Death "
     "Overview Panel is shared with the rest of the Northmarch force area. A small Partnership Business Unit "
     "(a business manager, a training co-ordinator, a case review officer for half the week and an "
     "administrator) keeps all of this going.")
para("Last year I said the partnership's funding depended too heavily on the council. That has improved a "
     "little. The contributions for 2020-21 were:")
brows = [[hcell("Contributor", 8.0), hcell("2020-21", 3.0, jc="right"), hcell("Share", 2.5, jc="right")]]
for who, amt, share in [("Rookhaven Borough Council", "\u00a3148,500", "56%"),
                        ("NHS Rookhaven Clinical Commissioning Group", "\u00a374,250", "28%"),
                        ("Northmarch Police", "\u00a337,100", "14%"),
                        ("National Probation Service and Community Rehabilitation Company", "\u00a34,000", "2%"),
                        ("Total", "\u00a3263,850", "100%")]:
    last = who == "Total"
    brows.append([tcell(who, 8.0, bold=last, fill=SAND if last else None),
                  tcell(amt, 3.0, bold=last, fill=SAND if last else None, jc="right"),
                  tcell(share, 2.5, bold=last, fill=SAND if last else None, jc="right")])
b.raw(TABLE(brows, [8.0, 3.0, 2.5], border="BFCFD4"))
para("Because training moved online and the Executive met by video, the partnership spent \u00a318,400 less "
     "than it planned. The partners have agreed to carry that money forward to pay for the independent "
     "reviewer of the next local child safeguarding practice review, rather than return it.", after=140)

# ------------------------------------------------------------------ 3
H1("3  A year shaped by the pandemic")
para("In the first weeks of the first lockdown, contacts to the MASH fell by almost a third. Nobody who works in "
     "safeguarding believed that children had suddenly become safer; we knew that the people who usually "
     "notice when something is wrong (teachers, nursery staff, school nurses, neighbours, grandparents) could "
     "no longer see them. The partnership set up a fortnightly Covid assurance call in April 2020, at which "
     "each agency reported what it was seeing, and the three partners used the call to agree which services "
     "would keep meeting families face to face.")
para("I want to record some of what that call achieved. Every child on a child protection plan was "
     "visited at home, in person, at least every four weeks throughout the year, and most every fortnight. "
     "Schools stayed open for vulnerable children, and the Education Safeguarding Team telephoned the "
     "designated safeguarding lead of every school weekly during the first lockdown to track which children "
     "with a social worker were attending. At the lowest point only 28% were. By the third lockdown, in "
     "January 2021, 61% were, which was well above the national figure. Child protection conferences moved "
     "online within a week and none was cancelled.")
para("There were costs. Coastal Community Health NHS Trust, following national guidance, moved a third of "
     "its health visitors to other duties between April and June 2020 and offered most of the remaining "
     "contacts by telephone; the Trust was open with the Executive about what that meant for the youngest "
     "children, and every health visitor was back in post by July. Domestic abuse incidents reported to "
     "Northmarch Police in Rookhaven rose by 14% on the year before. The number of children taken out of "
     "school to be educated at home rose by more than 60%, and for some of them that decision was made in "
     "fear of the virus rather than out of any wish to home educate. When contacts to the MASH returned in "
     "September, they came back at a higher level than before and with more complex needs.")
b.raw(P([TEXTBOX(P(runs("\"When everything shut, the only adult I talked to outside my house was my "
                         "youth worker on the phone. She rang every week, even when I didn't answer.\"",
                         sz=12, color=NAVY, i=True), after=60) +
                 P([R("\u2014 a member of the Rookhaven Young Inspectors, aged 15", sz=9, color=GREY)],
                   after=0, jc="right"),
                 w_cm=16.6, h_cm=2.4, fill=SAND, line=SEA, line_w=19050, wrap="topAndBottom")], after=120))

# ------------------------------------------------------------------ 4
H1("4  What we learned from looking at practice")
para("The Quality and Practice Group completed three multi-agency audits this year, all of them online, "
     "each looking at a sample of children's records across every agency that knew them and then talking "
     "to the practitioners involved.")
para("The first, in July 2020, looked at 30 children who had a social worker during the first lockdown. It "
     "found that children had been seen, and that practitioners had been inventive in keeping in touch, but "
     "that in a third of the cases the child's own account of lockdown was missing: we knew the child had "
     "been seen, but not what the child had said. The second, in January 2021, looked at 40 assessments of "
     "neglect completed with the Graded Care Profile 2. I describe its findings later, because it was the "
     "audit the serious case review about Siblings W asked for. The third, in March 2021, looked at 24 "
     "teenagers who had been reported missing three or more times. It found that return home interviews "
     "were being offered far more consistently than a year ago, but that the information from them was "
     "not always reaching the people who needed it, a finding that the review about Child J had also made.")
para("The partnership normally asks every agency to complete a section 11 self-assessment every two years, and "
     "schools a section 175 audit every year. The full section 11 audit due in 2020 was postponed. Instead, "
     "24 agencies completed a shorter 'pandemic assurance' return in October 2020, describing how they had "
     "kept their safeguarding arrangements working, and 71 of the 78 schools and colleges returned their "
     "section 175 audit. The returns were honest and useful. The full section 11 audit will run in the autumn "
     "of 2021.")

# ------------------------------------------------------------------ 5
H1("5  Training and the workforce")
para("The Learning and Workforce Group moved the whole multi-agency training programme online in May 2020. "
     "It ran 64 live sessions, with 1,843 places taken up, and a further 2,960 people completed the "
     "partnership's e-learning. The new course on coercive control, 'Behind closed doors', was the most "
     "requested of the year. Attendance from GP practices and from the voluntary sector was higher than it "
     "has ever been, because people could join from their own desks; attendance from schools was lower, "
     "for obvious reasons.")
para("Ninety-four per cent of those who completed an evaluation said the training would change their "
     "practice. That is encouraging, but I have asked the Group to find out whether it actually did, by "
     "following up a sample of attendees three months later, and it has agreed to do so from June 2021. "
     "Practitioners in my focus groups were clear that online training is efficient but lonely: they miss "
     "the conversations with colleagues from other agencies that used to happen over coffee. The Group "
     "plans to bring back some face-to-face sessions in 2021-22.")

# ------------------------------------------------------------------ 6
H1("6  Child deaths, allegations against staff and private fostering")
H2("Child deaths")
para("Nineteen children who lived in Rookhaven died during the year. The Northmarch Child Death Overview "
     "Panel completed reviews of fourteen deaths of Rookhaven children, some of whom had died in earlier "
     "years, and found modifiable factors in four. Two of those were sudden unexpected deaths of infants "
     "where the baby had been sleeping on a sofa with an adult. The Panel has asked the partnership to "
     "relaunch its safer sleep campaign, which it did in March 2021 with a short film made with local "
     "parents.")
H2("Allegations against people who work with children")
para("The Local Authority Designated Officer (LADO) received 312 contacts, fewer than the 367 of the year "
     "before, mostly because schools and nurseries were closed for long periods. Ninety-four met the "
     "threshold for an allegations management meeting. Concerns about staff in residential children's homes "
     "and about online contact between staff and pupils both rose. Ninety-one per cent of initial meetings "
     "were held within five working days.")
H2("Private fostering")
para("The council received seven notifications of private fostering arrangements, and five children were "
     "privately fostered at the end of the year. Numbers are small, as they are everywhere, and almost "
     "certainly an undercount. The Education Safeguarding Forum will repeat its awareness campaign with "
     "school admissions staff next year.")

# ------------------------------------------------------------------ 7
H1("7  Reviews of serious cases")
para("This is the part of the letter that matters most to me, and I have written it at greater length. When "
     "a child dies or is seriously harmed and abuse or neglect is known or suspected, the council must tell "
     "the national Child Safeguarding Practice Review Panel within five working days, and the partners must "
     "hold a rapid review within fifteen working days to decide whether a local child safeguarding practice "
     "review is needed. Before September 2019 the equivalent was a serious case review, commissioned by the "
     "LSCB. The partnership is still responsible for the action plan of the last serious case review the "
     "Board published, and I report on both kinds of review below.")
H2("Notifications and rapid reviews")
para("The council notified the national Panel of three serious incidents this year. The Case Review Group "
     "met ten times and held a rapid review of each:")
bullet("**Child J**, aged 15, who was seriously injured in August 2020. The rapid review recommended a local "
       "child safeguarding practice review, and the national Panel agreed. The review is described below.")
bullet("**Child P**, a baby of eleven weeks who was admitted to hospital in December 2020 with injuries that "
       "doctors judged non-accidental. The rapid review found that the agencies involved had worked well "
       "together, that the family had not been known to children's social care, and that a full review was "
       "unlikely to produce new learning. The national Panel agreed.")
bullet("**Baby Q**, who died suddenly in February 2021 while sleeping on a sofa with a parent. The rapid "
       "review decided not to commission a practice review, and the learning has gone into the safer sleep "
       "campaign.")
para("Although Child P's case did not lead to a practice review, the rapid review agreed three actions, and I "
     "record them because they were important:")
bullet("the 0-19 Service and the midwives at Rookhaven and Saltwick Hospitals NHS Foundation Trust to give "
       "every parent the ICON message about coping with a crying baby at each contact before the baby is "
       "four months old;")
bullet("Rookhaven and Saltwick Hospitals NHS Foundation Trust to relaunch its protocol for bruising in "
       "babies who are not yet mobile, with a short e-learning module for emergency department staff; and")
bullet("the Partnership Business Unit to publish a seven-minute briefing on the rapid review for all "
       "agencies.")
para("All three had been done by the end of March 2021. The seven-minute briefing was opened 1,140 times in "
     "its first month.")

H2("Serious case review: Siblings W")
para("The serious case review about the three brothers and sisters whom the review called Siblings W was "
     "commissioned by the Rookhaven Local Safeguarding Children Board in March 2018 and published in July "
     "2019, two months before the Board handed over to the partnership. I report on it again because, when "
     "the partnership took over the action plan, fewer than half of the actions were finished, and I said "
     "in last year's letter that I would keep reporting on it until they were.")
para("The children were aged nine, five and twenty months when the youngest was admitted to Rookhaven General "
     "Hospital in October 2017 severely underweight and with an untreated burn to her hand. The family had "
     "moved into Rookhaven from another area eighteen months earlier and had lived at four addresses since, "
     "two of which they left owing rent. Their mother was drinking heavily, and her partner controlled the "
     "household's money, her telephone and whom she could see. The eldest child had been taken out of school "
     "to be educated at home three weeks after his teacher raised a concern about bruising. The youngest "
     "child had missed five health appointments. Every agency saw a part of what was happening; no agency "
     "put the parts together, and none of them recognised what the children's daily lives were like.")
para("The review's author, an independent social work consultant, made eight recommendations. They were "
     "addressed to the Board, which no longer exists, and to individual agencies. The Case Review Group has "
     "kept them in exactly the form in which they were written, so that progress can be measured against "
     "what was actually asked. They are:")
numbered([r["text"] for r in SIBLINGS_W])
para("All three children are now living with their father's sister, and I am told they are doing well. The "
     "eldest, now twelve, is back in school.")

H2("Local child safeguarding practice review: Child J")
para("Child J was fifteen when he was found with stab wounds in a flat in Saltwick Bay in August 2020. He "
     "survived, after a long stay in hospital. In the eighteen months before, he had been permanently "
     "excluded from school, had been reported missing eleven times, and had twice been arrested in another "
     "county carrying drugs. On both occasions he was treated as an offender first and only later as a child "
     "who might be being exploited. He had been referred to CAMHS in the spring of 2020, had not attended "
     "the appointments offered during the first lockdown, and the referral had been closed.")
para("The rapid review was held within fifteen working days, and the partners decided in September 2020 to "
     "commission a local child safeguarding practice review, with an independent reviewer who used a "
     "systems approach and held her practitioner workshops online. Child J and his mother both spoke to "
     "the reviewer, and their words run through the report. The safeguarding partners agreed the final "
     "report on 24 March 2021. Two adults have been charged with offences connected with the exploitation "
     "of Child J, and their trial is not expected before early 2022. After taking advice from the Crown "
     "Prosecution Service, the partners have decided not to publish the report until the criminal "
     "proceedings have ended. The recommendations are not affected by that decision, and the partners have "
     "agreed that I should set them out here:")
numbered([r["text"] for r in CHILD_J])
para("Several of these recommendations describe work that had begun before the review ended, because the "
     "rapid review identified it in August 2020. That is how the new arrangements are meant to work, and I "
     "welcome it. The recommendations were accepted in full by the Executive on 24 March 2021.")
H2("How the partnership keeps track")
para(MECHANISM + " I sit in on those discussions, and I have read the evidence for each of the entries in the "
     "table in section 10 below. Where an agency has not sent an update, the table says so.")

# ------------------------------------------------------------------ 8
H1("8  What other reviews have told us")
para("Rookhaven Community Safety Partnership published its domestic homicide review into the death of the "
     "woman it calls Adult M in November 2020. Adult M was killed by her former partner in 2018; her two "
     "children, then aged seven and eleven, were in the house. The review is not one of ours and its action "
     "plan is held by the Community Safety Partnership, but the partnership has agreed to oversee the three "
     "of its eleven recommendations that are for agencies working with children. They are:")
numbered(["Rookhaven Children and Families Service should ensure that, when a parent is referred to the "
          "MARAC, the social worker of any child in the household contributes to the safety plan.",
          "Northmarch Police should ensure that schools are told, through Operation Encompass, of any domestic "
          "abuse incident involving a pupil's household before the start of the next school day.",
          "NHS Rookhaven CCG should ensure that GPs ask about domestic abuse when a parent presents with "
          "anxiety, depression or repeated minor injuries, and record the names of the children in the "
          "household."])
para("The Community Safety Partnership reports that the first two are complete and the third is in progress. "
     "I have asked for the three to come to the Executive in the autumn so that the partners can see the "
     "evidence for themselves.")
para("The partnership also held one smaller learning review this year, using the 'learning together' model, "
     "about a group of siblings whose neglect was recognised late by their nursery. It was not a statutory "
     "review and did not meet the criteria for one, but its learning has gone into the Graded Care Profile "
     "training.")

# ------------------------------------------------------------------ 9
H1("9  Inspection")
para("Ofsted carried out a remote assurance visit to the council's children's services in February 2021, under "
     "the arrangements it used during the pandemic. The visit found that leaders had a good understanding of "
     "the impact of the pandemic on children and families, that children in need of protection had been seen "
     "and that the MASH had responded well to the rise in contacts in the autumn. It did not give a "
     "judgement.")
para("The council's last full inspection, in June 2019, judged its services good overall and left these "
     "areas for improvement, which the council reports on to the Executive:")
bullet("the consistency of management oversight and supervision in the MASH and assessment teams;")
bullet("the timeliness of return home interviews for children who go missing;")
bullet("the sufficiency of local placements for children in care, particularly for older children; and")
bullet("the quality of pathway plans for care leavers.")
para("The assurance visit found that the first two had improved. The third, as section 1 of this letter "
     "shows, has not, and the council's sufficiency strategy for 2021-24 is an attempt to address it. I will "
     "return to it next year.")

# ------------------------------------------------------------------ 10
H1("10  Where we have got to", pb=True)
para("This table shows where each recommendation of the two reviews in section 7 had got to by the end of "
     "May 2021, when the Case Review Group last met before this letter was finalised. The rows follow the "
     "numbers of the recommendations as they are quoted in section 7. The partnership has agreed three "
     "descriptions, and each lead agency has marked the one that fits:")
bullet("**Done and tested**: the work is finished, and the Case Review Group has seen evidence, usually an "
       "audit or a dip-sample, that it is making a difference for children;")
bullet("**In hand**: the work has started but is not finished, or it is finished and has not yet been tested;")
bullet("**Yet to start**: nothing has been done so far.")
para("Where no box is marked, the lead agency has not sent an update.")

W = [2.3, 1.0, 1.7, 1.7, 1.7, 8.6]
head = [hcell("Review", W[0]), hcell("No.", W[1], jc="center"), hcell("Done and tested", W[2], jc="center"),
        hcell("In hand", W[3], jc="center"), hcell("Yet to start", W[4], jc="center"),
        hcell("What has been done and by whom", W[5])]
trows = [head]
for label, sub, recs in [("Siblings W", "serious case review, published July 2019", SIBLINGS_W),
                         ("Child J", "local child safeguarding practice review, agreed March 2021", CHILD_J)]:
    for k, r in enumerate(recs):
        if k == 0:
            first = VCELL(P([R(label, b=True, sz=9.5, color=NAVY)], after=20) +
                          P([R(smart(sub), sz=8, color=GREY)], after=0), W[0], merge="restart", fill=SAND)
        else:
            first = VCELL(P("", after=0), W[0], merge="continue", fill=SAND)
        row = [first, tcell(r["n"], W[1], sz=9.5, bold=True, jc="center")]
        for col in range(3):
            row.append(CELL(P([CHECKBOX(r["box"] == col)], after=0, jc="center"), W[2 + col], valign="center"))
        row.append(CELL(P([R(smart(r["done"]), sz=9, i=r["box"] is None,
                             color=GREY if r["box"] is None else None)], after=20), W[5]))
        trows.append(row)
b.raw(TABLE(trows, W, border="9FB7BE"))
b.raw(P([R("Source: Case Review Group action plan tracker, May 2021.", i=True, sz=8, color=GREY)],
        before=60, after=160))
para("Of the fourteen recommendations, four are done and tested, seven are in hand, one is yet to start, and "
     "for two we have had no update. For a serious case review that was published almost two years ago, "
     "four recommendations of Siblings W that are still only in hand, and one on which a partner has not "
     "replied, are not good enough. I have written to the chief executives of Rookhaven Homes and of "
     "Northmarch Partnership NHS Foundation Trust to ask for their updates, and the Executive has agreed that "
     "any recommendation of Siblings W not done and tested by March 2022 will come to it in person, with "
     "the lead agency's senior manager, to explain why.")

# ------------------------------------------------------------------ 11
H1("11  What the partners will do in 2021-22")
para("The safeguarding partners have agreed four priorities for the coming year. They are set out in the "
     "partnership's business plan, which is reviewed at each Executive meeting. Some of its actions will "
     "look familiar, because they pick up learning from the reviews; they are the partnership's own "
     "commitments, and I will report on them next year.")
PW = [3.6, 8.3, 3.4, 1.7]
prows = [[hcell("Priority", PW[0]), hcell("What we will do", PW[1]), hcell("Lead", PW[2]), hcell("By", PW[3])]]
for pr, what, lead, when in [
        ("Exploitation", "Launch the Rookhaven Exploitation Pathway and train 300 practitioners to use the "
         "single risk assessment tool.", "Exploitation and Missing Group", "Dec 2021"),
        ("Exploitation", "Bring together the MACE panel and the missing children meeting into a single "
         "weekly meeting.", "Northmarch Police", "Oct 2021"),
        ("Neglect", "Refresh the neglect strategy and repeat the Graded Care Profile 2 audit with a sample "
         "of early help cases.", "Quality and Practice Group", "Mar 2022"),
        ("Hearing children", "Make sure every multi-agency audit includes a conversation with the child or "
         "young person, where it is safe to do so.", "Quality and Practice Group", "Mar 2022"),
        ("Learning from reviews", "Publish a seven-minute briefing within six weeks of every rapid review, "
         "and hold a learning event after each practice review.", "Partnership Business Unit", "Ongoing"),
        ("Learning from reviews", "Run the full section 11 audit, with a follow-up challenge panel for each "
         "agency.", "Quality and Practice Group", "Jan 2022")]:
    prows.append([tcell(pr, PW[0], bold=True), tcell(what, PW[1]), tcell(lead, PW[2]), tcell(when, PW[3])])
b.raw(TABLE(prows, PW, border="9FB7BE"))
b.raw(P("", after=80))

H1("Closing")
para("I said at the start that this has been a year none of us will forget. I hope it is also a year we "
     "learn from. The partnership kept children in sight during the hardest months, and the partners "
     "deserve credit for that. But the review about Child J tells us that a fifteen-year-old can be "
     "excluded, go missing eleven times, be arrested twice and have a mental health referral closed "
     "without any of us stopping to ask what was happening to him. The work in the table in section 10 is "
     "how we make sure that does not happen again, and I will be asking about every line of it next year.")
para("Thank you for reading to the end.")
para("Yours sincerely,", after=480)
b.raw(P([R("Ruth Kinsella", b=True, color=NAVY)], after=0))
b.raw(P([R("Independent Scrutineer, Rookhaven Safeguarding Children Partnership", sz=9.5, color=GREY)], after=0))
b.raw(P([R("August 2021", sz=9.5, color=GREY)], after=120))

# ------------------------------------------------------------------ appendices
H1("Appendix A: Glossary of abbreviations", pb=True)
GLOSS = [("CAMHS", "Child and Adolescent Mental Health Services"),
         ("CCG", "Clinical Commissioning Group"),
         ("CDOP", "Child Death Overview Panel"),
         ("CRC", "Community Rehabilitation Company"),
         ("CSP", "Community Safety Partnership"),
         ("DHR", "Domestic Homicide Review"),
         ("DSL", "Designated Safeguarding Lead (in a school or college)"),
         ("GCP2", "Graded Care Profile 2, a tool for assessing neglect"),
         ("ICON", "Babies cry, you can cope: a programme to prevent abusive head trauma in babies"),
         ("ILACS", "Inspection of Local Authority Children's Services (Ofsted)"),
         ("LADO", "Local Authority Designated Officer"),
         ("LCSPR", "Local Child Safeguarding Practice Review"),
         ("LSCB", "Local Safeguarding Children Board (replaced by the partnership in September 2019)"),
         ("MACE", "Multi-Agency Child Exploitation (panel)"),
         ("MARAC", "Multi-Agency Risk Assessment Conference (for adults at high risk of domestic abuse)"),
         ("MASH", "Multi-Agency Safeguarding Hub, the front door to children's social care"),
         ("NPS", "National Probation Service"),
         ("NRM", "National Referral Mechanism (for victims of modern slavery and trafficking)"),
         ("SCR", "Serious Case Review"),
         ("YJS", "Youth Justice Service")]
grows = [[hcell("Abbreviation", 3.2), hcell("Meaning", 13.8)]]
for k, (a, m) in enumerate(GLOSS):
    grows.append([tcell(a, 3.2, bold=True, fill=SAND if k % 2 else None), tcell(m, 13.8, fill=SAND if k % 2 else None)])
b.raw(TABLE(grows, [3.2, 13.8], border="BFCFD4"))

H1("Appendix B: Contact us")
para("If you are worried about a child in Rookhaven, call the Rookhaven MASH on 01632 960 410 (Monday to "
     "Friday, 8.30am to 5pm) or the Emergency Duty Team on 01632 960 999 at other times. If a child is in "
     "immediate danger, call 999.")
para("Rookhaven Safeguarding Children Partnership Business Unit, Civic Centre, Marine Parade, Rookhaven. "
     "Email: rscp@rookhaven.example. Website: rookhavenscp.org.uk. This letter is available in large print "
     "and in other languages on request.")

b.save(OUT / f"{NAME}.docx")


# ================================================================== gold
def write_gold(path):
    recs = []
    k = 0
    for scr, items in (("Siblings W", SIBLINGS_W), ("Child J", CHILD_J)):
        for r in items:
            k += 1
            text = norm(r["text"])
            action = None if r.get("action_null") else norm(r["done"])
            recs.append({
                "id": "%s-r%02d" % (NAME, k),
                "scr": scr,
                "number": r["n"],
                "text": text,
                "action": action,
                "bodies": [{"name": smart(n), "sector": s} for n, s in r["bodies"]],
                "status": r["status"],
                "due": r["due"],
                "page": None,
                "evidence": " ".join(text.split()[:20]),
                "confidence": 1.0,
            })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None,
        "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": "Siblings W", "stage": "published", "page": None},
                 {"name": "Child J", "stage": "completed", "page": None}],
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
