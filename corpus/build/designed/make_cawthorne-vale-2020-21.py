"""cawthorne-vale-2020-21: a designed Word annual report of Cawthorne Vale Safeguarding Children Partnership
(the successor of the Local Safeguarding Children Board), put together by the council's communications team.
The reviews chapter holds one action plan per review as a floating table (w:tblpPr) with the columns
Rec | Action | Lead | By when | Evidence of impact | RAG. The RAG cell is shaded (green / amber / red / grey)
with no letter or word in it; the key is a small separate table placed after the last plan. Where a
recommendation has two actions, the Rec cell is merged vertically (w:vMerge) over two action rows, each with
its own lead, date, evidence and rating. The serious case review Child E (published) quotes each
recommendation in the Rec cell; the local child safeguarding practice review "Kacey" (completed, publication
deferred) lists its recommendations in the narrative and the Rec cell holds only the number. Baby U was
commissioned in the year. Decoys: a rapid review that did not lead to an LCSPR (actions in prose), a domestic
homicide review's recommendations, Ofsted's focused-visit findings, section 11 actions, a thematic learning
review and a business-plan progress table with the same shaded RAG cells.
Writes cawthorne-vale-2020-21.docx and its hand-written gold into $DESIGNED_OUT."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordml import CELL, FRAME, P, R, TABLE, TBLPPR, TEXTBOX, Builder  # noqa: E402

NAME = "cawthorne-vale-2020-21"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
OUT.mkdir(parents=True, exist_ok=True)
LSCB = "Cawthorne Vale Safeguarding Children Partnership"
PERIOD = "2020-21"

HEATHER, MOSS, STONE, INK, GREY, MIST = "5B2A6E", "3F7D4E", "F2EEE6", "2B2B2B", "666666", "EDE6F1"
# the RAG fills (no letter in the cell) and what the key says they mean
RAG = {"G": "3FA34D", "A": "F2A900", "R": "D6312B", "X": "BDBDBD"}
KEY = [("G", "Complete \u2013 action delivered and evidence of impact seen by the Case Review Subgroup"),
       ("A", "In progress \u2013 under way and on track, or slipped by less than three months"),
       ("R", "Not started, or overdue with no progress"),
       ("X", "No update received from the lead agency")]

b = Builder(font="Arial", size=10, color=INK)


def norm(s):
    return " ".join(s.split()) if s else s


# ------------------------------------------------------------------ helpers
def H1(text, pb=False):
    b.raw(P([R(text, b=True, sz=19, color=HEATHER)], style="Heading1", before=0, after=160, keep_next=True,
            page_break_before=pb,
            border='<w:bottom w:val="single" w:sz="18" w:space="4" w:color="%s"/>' % MOSS))


def H2(text, pb=False):
    b.raw(P([R(text, b=True, sz=13, color=MOSS)], style="Heading2", before=220, after=100, keep_next=True,
            page_break_before=pb))


def H3(text):
    b.raw(P([R(text, b=True, sz=11, color=HEATHER)], style="Heading3", before=160, after=60, keep_next=True))


def para(text, after=120, keep=False, i=False, sz=None, color=None):
    b.raw(P([R(text, i=i, sz=sz, color=color)], after=after, jc="both", keep_next=keep))


def bullet(text, lead=None):
    runs = ([R(lead, b=True)] if lead else []) + [R(text)]
    b.raw(P(runs, style="ListBullet", after=60, jc="both"))


def cp(text, sz=8, bold=False, color=None, jc=None, i=False, after=0):
    return P([R(text, sz=sz, b=bold, color=color, i=i)], after=after, jc=jc)


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


def hcell(text, w, fill=HEATHER):
    return tc(P([R(text, b=True, sz=8.5, color="FFFFFF")], after=0), w, fill=fill, valign="center")


def rag_cell(code, w):
    """A shaded cell with nothing written in it."""
    return tc(P([R("", sz=8)], after=0), w, fill=RAG[code], valign="center")


def caption(text):
    b.raw(P([R(text, b=True, sz=9.5, color=HEATHER)], after=60, keep_next=True))


def source_note(text):
    b.raw(P([R(text, i=True, sz=8, color=GREY)], before=60, after=200))


# ================================================================== the two action plans (data)
# acts: (action agreed or None, lead, by when, evidence of impact, RAG code)
CHILD_E = [
    dict(n="1",
         text="NHS Cawthorne Vale CCG should lead the adoption of a single \u2018Was Not Brought\u2019 policy by all "
              "health providers, so that a child\u2019s missed appointments are treated as a possible sign of "
              "neglect and followed up with the family and with the other professionals involved.",
         acts=[("Agree one Was Not Brought policy for the acute trust, community health services and GP "
                "practices.", "NHS Cawthorne Vale CCG", "Dec 2020",
                "Policy ratified by all providers in November 2020. GP audit of 60 missed appointments "
                "(February 2021): follow-up recorded in 51.", "G"),
               ("Add a missed-appointment alert to the records of children on a child in need or child "
                "protection plan.", "Aireholme Teaching Hospitals NHS FT", "Mar 2021",
                "Alert built and tested. Go-live moved to May 2021 because of the records system upgrade.", "A")],
         bodies=[("NHS Cawthorne Vale CCG", "health"), ("Aireholme Teaching Hospitals NHS FT", "health")],
         status="in_progress", due="2021-03"),
    dict(n="2",
         text="Cawthorne Vale Council Children\u2019s Services should make sure that, when a family with an open "
              "case moves address, the social worker confirms the child\u2019s new address with the health visitor "
              "or school nurse and the GP within five working days.",
         acts=[("Add a change-of-address task to the case recording system, with an automatic reminder to the "
                "social worker on day three.", "Children\u2019s Services", "Oct 2020",
                "Live from October 2020. Audit of 20 moves in January 2021: 17 confirmed within five working "
                "days and the other 3 within ten.", "G")],
         bodies=[("Cawthorne Vale Council Children\u2019s Services", "childrens_social_care")],
         status="completed", due="2020-10"),
    dict(n="3",
         text="All partner agencies should make sure that practitioners use the Cawthorne Vale Neglect Screening "
              "Tool when a young child is repeatedly seen with minor injuries, poor hygiene or missed care, so "
              "that the cumulative impact of neglect is recognised.",
         acts=[("Relaunch the Neglect Screening Tool with a series of online briefings for all agencies.",
                "Partnership Business Unit", "Oct 2020",
                "Five briefings held in September and October 2020, attended by 412 practitioners.", "G"),
               ("Multi-agency audit of 15 neglect cases to test whether the tool is being used and is making a "
                "difference.", "Quality Assurance Subgroup", "Mar 2021",
                "Postponed twice because of pandemic pressures. Not yet started.", "R")],
         bodies=[("All partner agencies", "lscb"), ("Partnership Business Unit", "lscb"),
                 ("Quality Assurance Subgroup", "lscb")],
         status="in_progress", due="2021-03"),
    dict(n="4",
         text="Holmedale Police should ensure that officers attending a domestic abuse incident record the name, "
              "age and presentation of every child in the household and share this with the MASH on the same "
              "day.",
         acts=[("Make the child-focused questions mandatory in the domestic abuse app on officers\u2019 mobile "
                "devices, with refresher training for response officers.", "Holmedale Police", "Sep 2020",
                "Dip sample of 50 incidents in December 2020: children\u2019s details recorded in 47 and shared "
                "the same day in 45.", "G")],
         bodies=[("Holmedale Police", "police")],
         status="completed", due="2020-09"),
    dict(n="5",
         text="Cawthorne Recovery Partnership should ask every adult entering treatment whether they are a parent "
              "or carer or have regular contact with children, and should share concerns with Children\u2019s "
              "Services and attend child protection meetings when invited.",
         acts=[("Revise the treatment assessment form and agree an information-sharing protocol with "
                "Children\u2019s Services.", "Cawthorne Recovery Partnership", "Dec 2020", "", "X")],
         bodies=[("Cawthorne Recovery Partnership", "adult_services")],
         status="unknown", due="2020-12"),
    dict(n="6",
         text="The Partnership should make sure that the learning from this review reaches frontline "
              "practitioners, and should test its impact on practice twelve months after publication.",
         acts=[("Publish a 7-minute briefing and hold a learning webinar for practitioners across the "
                "partnership.", "Learning and Development Subgroup", "Nov 2020",
                "Briefing issued on publication in September 2020; webinar on 23 November 2020 attended by 188 "
                "practitioners.", "G"),
               ("Review the impact of the action plan with frontline practitioners.", "Case Review Subgroup",
                "Sep 2021", "Practitioner survey drafted; focus groups booked for September 2021.", "A")],
         bodies=[("Learning and Development Subgroup", "lscb"), ("Case Review Subgroup", "lscb")],
         status="in_progress", due="2021-09"),
]

KACEY = [
    dict(n="1",
         text="Cawthorne Vale Council should make sure that a child\u2019s risk of criminal exploitation is "
              "reassessed whenever the child is excluded from school, moved to alternative provision or reported "
              "missing more than twice in a month.",
         acts=[("Daily notification of exclusions and repeat missing episodes to the Exploitation Hub, "
                "triggering a review of the child\u2019s exploitation risk assessment.",
                "Education Inclusion Service and Exploitation Hub", "Jun 2021",
                "Daily notification live from 1 March 2021; 23 reassessments triggered in March.", "A")],
         bodies=[("Cawthorne Vale Council", "childrens_social_care"), ("Education Inclusion Service", "education"),
                 ("Exploitation Hub", "childrens_social_care")],
         status="in_progress", due="2021-06"),
    dict(n="2",
         text="Schools and alternative provision providers should agree how information about a pupil\u2019s "
              "attendance, behaviour and safeguarding concerns is passed on, and acted upon, when the pupil "
              "moves between them.",
         acts=[("Write a transfer protocol for pupils moving between mainstream schools, Ravensmoor Learning "
                "Centre and other alternative providers.", "Secondary Heads\u2019 Safeguarding Forum",
                "Jul 2021", "Draft protocol out for consultation with headteachers until May 2021.", "A"),
               ("Bring alternative provision providers into the designated safeguarding lead network and its "
                "termly briefings.", "Education Safeguarding Team", "Jan 2021",
                "Seven providers now attend; first joint briefing held in February 2021.", "G")],
         bodies=[("Schools and alternative provision providers", "education"),
                 ("Secondary Heads\u2019 Safeguarding Forum", "education"),
                 ("Education Safeguarding Team", "education")],
         status="in_progress", due="2021-07"),
    dict(n="3",
         text="Holmedale Police and Cawthorne Vale Youth Justice Service should treat a child found in possession "
              "of drugs in circumstances suggesting exploitation as a possible victim first, and should consider "
              "a National Referral Mechanism referral in every such case.",
         acts=[("Issue joint guidance for custody officers and youth justice staff on recognising exploitation "
                "and making National Referral Mechanism referrals.", "Holmedale Police and Youth Justice Service",
                "Jun 2021", "", "R")],
         bodies=[("Holmedale Police", "police"), ("Cawthorne Vale Youth Justice Service", "probation_youth_justice")],
         status="not_started", due="2021-06"),
    dict(n="4",
         text="NHS Cawthorne Vale CCG should seek assurance that young people who attend the emergency department "
              "with a knife wound or other injury linked to violence are referred to the Exploitation Hub and "
              "offered support from a youth worker.",
         acts=[(None, "NHS Cawthorne Vale CCG", "Jun 2021", "Update requested in March 2021; not yet received.",
                "X")],
         bodies=[("NHS Cawthorne Vale CCG", "health")],
         status="unknown", due="2021-06"),
]

MECHANISM = ("The Case Review Subgroup holds the action plan for every review. Lead officers send their update and "
             "evidence of impact before each bi-monthly meeting, the Subgroup agrees the RAG rating of each "
             "action, and a summary of the plans goes to the Executive every quarter.")

PW = [4.4, 3.6, 2.2, 1.3, 4.4, 1.1]          # 17.0 cm: the full text width


def plan_table(items, rec_in_cell):
    rows = [[hcell(h, w) for h, w in zip(["Rec", "Action", "Lead", "By when", "Evidence of impact", "RAG"], PW)]]
    for r in items:
        many = len(r["acts"]) > 1
        for k, (act, lead, when, ev, rag) in enumerate(r["acts"]):
            if k == 0:
                rec = cp(r["n"], sz=10, bold=True, color=HEATHER, after=30 if rec_in_cell else 0)
                if rec_in_cell:
                    rec += cp(r["text"])
                rec_cell = tc(rec, PW[0], vmerge="restart" if many else None)
            else:
                rec_cell = tc(P("", after=0), PW[0], vmerge="cont")
            act_p = cp(act) if act else cp("\u2013", jc="center")
            rows.append([rec_cell, tc(act_p, PW[1]), tc(cp(lead), PW[2]), tc(cp(when), PW[3]),
                         tc(cp(ev) if ev else P("", after=0), PW[4]), rag_cell(rag, PW[5])])
    return TABLE(rows, PW, floating=TBLPPR(x_cm=0.0, y_cm=0.15, h_anchor="margin", v_anchor="text"),
                 border="A99BB0")


# ================================================================== cover
cover = (P([R("CAWTHORNE VALE", b=True, sz=34, color="FFFFFF")], after=0)
         + P([R("Safeguarding Children Partnership", sz=18, color="E9DDF0")], after=1000)
         + P([R("Annual Report", b=True, sz=30, color="FFFFFF")], after=0)
         + P([R("2020\u201321", b=True, sz=30, color="B9E0A5")], after=240)
         + P([R("1 April 2020 to 31 March 2021", sz=13, color="E9DDF0")], after=1500)
         + P([R("\u201cStill here, still seeing children\u201d", i=True, sz=14, color="FFFFFF")], after=80)
         + P([R("Safeguarding in Cawthorne Vale through a year of lockdowns", sz=10.5, color="E9DDF0")], after=0))
b.raw(P([TEXTBOX(cover, 17.0, 14.2, x_cm=0.0, y_cm=0.8, fill=HEATHER, line=None, wrap="topAndBottom",
                 rel_h="margin", rel_v="paragraph", name="Cover panel")], after=0))
b.raw(P([], after=3000))
b.raw(P([R("Cawthorne Vale Metropolitan Borough Council  \u00b7  NHS Cawthorne Vale Clinical Commissioning Group  "
           "\u00b7  Holmedale Police", sz=9.5, color=HEATHER, b=True)], jc="center", after=60))
b.raw(P([R("www.cawthornevalescp.org.uk", sz=9.5, color=MOSS)], jc="center", after=0))

b.header_footer("Cawthorne Vale Safeguarding Children Partnership \u2013 Annual Report 2020\u201321",
                "Cawthorne Vale SCP", rule=MOSS)

# ================================================================== contents
H1("Contents", pb=True)
b.toc([(1, "Foreword", 3), (1, "Cawthorne Vale at a glance", 4), (1, "How the partnership works", 4),
       (1, "Safeguarding through the pandemic", 5), (1, "Learning and development", 5),
       (1, "Quality assurance", 6), (1, "Other statutory business", 6),
       (1, "Learning from serious incidents", 7), (2, "Rapid reviews", 7),
       (2, "Serious case review: Child E", 7), (2, "Local child safeguarding practice review: Kacey", 9),
       (2, "Local child safeguarding practice review: Baby U", 10),
       (2, "How we check that actions make a difference", 10),
       (2, "Other reviews", 10), (1, "Our priorities: progress and next steps", 11),
       (1, "Appendix: budget and contributions", 11)])

# ================================================================== foreword
H1("Foreword", pb=True)
quote = (P([R("\u201cOur practitioners kept going into homes when almost everything else had stopped.\u201d", i=True,
              sz=12, color=HEATHER)], after=60, frame=FRAME(5.6, align="right", y=None),
           shd=MIST, border='<w:left w:val="single" w:sz="24" w:space="6" w:color="%s"/>' % MOSS))
b.raw(quote)
para("This is the second annual report of the Cawthorne Vale Safeguarding Children Partnership. The three "
     "safeguarding partners \u2013 Cawthorne Vale Metropolitan Borough Council, NHS Cawthorne Vale Clinical "
     "Commissioning Group and Holmedale Police \u2013 took over from the Cawthorne Vale Local Safeguarding "
     "Children Board in September 2019. Some of the work in this report, including the serious case review about "
     "Child E, began under the Board and was completed by the partnership.")
para("The year began a week into the first national lockdown and ended during the third. Schools closed to most "
     "pupils twice, family hubs and youth clubs shut their doors, and many health contacts moved to the telephone. "
     "The places where children are usually seen, and where worries about them are usually first noticed, were "
     "suddenly closed. Contacts to our front door fell by a third in April and May 2020 and then rose well above "
     "their usual level in the autumn.")
para("We are proud of how practitioners responded. Social workers continued to visit children on plans, most of them "
     "face to face. Schools phoned their vulnerable pupils every week. Health visitors kept up new birth visits in "
     "person. Police officers delivered food parcels as well as safeguarding messages. This report tells some of "
     "that story.")
para("It also tells harder stories. The serious case review about Child E, published in September 2020, describes "
     "a little girl whose neglect was not recognised for too long, in part because her family moved so often. The "
     "local child safeguarding practice review about Kacey, a teenager who was drawn into county lines and then "
     "seriously hurt, shows how easily a child can slip between schools and services. We have accepted every "
     "recommendation of both reviews, and this report sets out honestly where we have got to.")
para("Thank you to everyone who has worked to keep children safe in Cawthorne Vale this year, and to our "
     "Independent Scrutineer, Gillian Oakshott, for her challenge.")
sig = [("Andrea Fensome", "Director of Children\u2019s Services, Cawthorne Vale MBC"),
       ("Dr Imran Qadir", "Chief Nurse, NHS Cawthorne Vale CCG"),
       ("Det Ch Supt Claire Hebblethwaite", "Head of Public Protection, Holmedale Police")]
rows = [[CELL(P([R(n, b=True, sz=9.5, color=HEATHER)], after=0) + P([R(r_, sz=8.5, color=GREY)], after=0), 5.66)
         for n, r_ in sig]]
b.raw(TABLE(rows, [5.66] * 3, border="FFFFFF", header_rows=0))

# ================================================================== at a glance
H1("Cawthorne Vale at a glance", pb=True)
para("Cawthorne Vale is a metropolitan borough of about 247,000 people on the eastern edge of the Pennines. Most "
     "people live in the towns of Cawthorne, Silkstead and Ravensmoor; the upper valley is rural and sparsely "
     "populated. Around 55,900 residents are under 18. One child in four lives in a low-income household, and in "
     "parts of Ravensmoor it is nearer one in two.")
stats = [("55,900", "children and young people aged 0\u201317"), ("11,482", "contacts to the front door"),
         ("2,316", "referrals to children\u2019s social care"), ("281", "children on a child protection plan "
                                                                 "at 31 March 2021"),
         ("412", "children in care"), ("96", "children open to the Exploitation Hub"),
         ("6", "serious incident notifications"), ("1", "serious case review published")]
rows = []
for k in range(0, 8, 2):
    row = []
    for n, lbl in stats[k:k + 2]:
        row.append(tc(P([R(n, b=True, sz=17, color=MOSS)], after=0, jc="right"), 2.9, fill=STONE, valign="center"))
        row.append(tc(P([R(lbl, sz=9)], after=0), 5.6, fill=STONE, valign="center"))
    rows.append(row)
b.raw(TABLE(rows, [2.9, 5.6, 2.9, 5.6], border="FFFFFF", header_rows=0))
b.raw(P([R("Figures for the year to 31 March 2021 unless stated. Source: partnership performance dataset.", i=True,
           sz=8, color=GREY)], before=60, after=200))

# ================================================================== how the partnership works
H1("How the partnership works")
para("The three safeguarding partners meet every month as the Executive. The chair rotates each year; in 2020\u201321 "
     "it was held by the Director of Children\u2019s Services. The Executive sets priorities, agrees the budget and "
     "receives reports from the subgroups. A wider Partnership Board, which includes schools, the voluntary "
     "sector, probation, Cafcass and the NHS trusts, meets four times a year.")
para("Most of the detailed work is done by five subgroups, each chaired by a senior manager from a partner agency:")
for lead, t in [("Case Review Subgroup", " considers notifications of serious incidents, carries out rapid reviews, "
                 "commissions local child safeguarding practice reviews and holds their action plans."),
                ("Quality Assurance Subgroup", " runs multi-agency audits and the section 11 process and owns the "
                 "performance dataset."),
                ("Learning and Development Subgroup", " plans multi-agency training and learning events."),
                ("Exploitation and Missing Subgroup", " oversees the Exploitation Hub, the multi-agency team hosted "
                 "by Children\u2019s Services that works with children at risk of sexual and criminal exploitation."),
                ("Education Safeguarding Subgroup", " links the partnership with schools, colleges and early "
                 "years settings.")]:
    bullet(t, lead)
para("The Partnership Business Unit, a team of five hosted by the council, supports the Executive and the subgroups. "
     "Our Independent Scrutineer attends the Executive, chairs the Partnership Board and reports to the partners on "
     "how well the arrangements are working.")

# ================================================================== pandemic
H1("Safeguarding through the pandemic", pb=True)
para("On 23 March 2020 the Executive moved to weekly meetings and agreed a short Covid-19 assurance dashboard. It "
     "tracked contacts and referrals, visits to children on plans, the attendance at school of children with a "
     "social worker, domestic abuse incidents and hospital attendances for injuries to babies.")
for lead, t in [("Visits. ", "Between April and September 2020, 94% of children on a child protection plan were seen "
                 "face to face at least every four weeks; the rest were seen by video while a household was "
                 "isolating."),
                ("Schools. ", "Attendance of children with a social worker reached 46% in the summer term of 2020 and "
                 "71% in the spring term of 2021, both above the national average."),
                ("Health. ", "Health visitors kept new birth visits face to face throughout. Other contacts were "
                 "triaged, and families with a known vulnerability were always seen at home."),
                ("Domestic abuse. ", "Police recorded 14% more domestic abuse incidents where children lived than in "
                 "2019\u201320. The partnership paid for an extra independent domestic violence adviser for six "
                 "months.")]:
    bullet(t, lead)
para("The Independent Scrutineer reviewed the dashboard in July 2020 and again in January 2021. She concluded that the "
     "partners had a good grip on the children known to services, but that the partnership knew much less about "
     "children who were not known, and recommended a campaign to help neighbours, relatives and shop workers "
     "recognise and report concerns. The \u2018See Something, Say Something\u2019 campaign ran on local radio and "
     "buses from November 2020.")

# ================================================================== learning and development
H1("Learning and development")
para("All multi-agency training moved online from April 2020. We ran 74 sessions for 2,310 practitioners, "
     "compared with 61 sessions for 1,640 practitioners in 2019\u201320. Shorter sessions made it easier for GPs, "
     "teachers and police officers to attend, and evaluations were good: 92% of those who replied said they would "
     "change something about their practice.")
tw = [7.4, 3.2, 3.2, 3.2]
th = lambda t, w: tc(P([R(t, b=True, sz=8.5, color="FFFFFF")], after=0), w, fill=MOSS)
tt = lambda t, w, b_=False: tc(P([R(t, sz=8.5, b=b_)], after=0), w)
b.raw(TABLE([[th("Course", tw[0]), th("Sessions", tw[1]), th("Attendees", tw[2]), th("Rated good or better", tw[3])],
             [tt("Working together to safeguard children (level 3)", tw[0]), tt("18", tw[1]), tt("702", tw[2]),
              tt("94%", tw[3])],
             [tt("Recognising and responding to neglect", tw[0]), tt("12", tw[1]), tt("448", tw[2]),
              tt("91%", tw[3])],
             [tt("Child criminal exploitation and county lines", tw[0]), tt("10", tw[1]), tt("391", tw[2]),
              tt("95%", tw[3])],
             [tt("Domestic abuse and the impact on children", tw[0]), tt("9", tw[1]), tt("286", tw[2]),
              tt("89%", tw[3])],
             [tt("Learning from reviews webinars", tw[0]), tt("6", tw[1]), tt("352", tw[2]), tt("93%", tw[3])],
             [tt("Other courses", tw[0]), tt("19", tw[1]), tt("131", tw[2]), tt("88%", tw[3])]],
            tw, border="B8C9B8"))
b.raw(P([], after=120))

# ================================================================== quality assurance (decoys)
H1("Quality assurance", pb=True)
H2("Multi-agency audits")
para("The Quality Assurance Subgroup completed two multi-agency audits in the year, both online. The first looked at "
     "18 strategy discussions held during the first lockdown. Police, children\u2019s social care and health took "
     "part in all of them, but schools were invited to only four. The second looked at 12 children who had been "
     "reported missing three or more times; it found good return-home interviews but too little curiosity about "
     "where the children had been and with whom.")
para("A third audit, of neglect cases, was postponed twice because of pressures on frontline teams and is now planned "
     "for June 2021.")
H2("Section 11 audit")
para("Twenty-three agencies completed the section 11 self-assessment in autumn 2020, using a shortened tool agreed "
     "with our neighbouring partnerships. Two peer challenge sessions were held by video in January 2021. The "
     "Subgroup agreed three actions for all agencies, which it will follow up in the 2021 audit:")
bullet("Agencies should check that staff working from home know how to escalate a safeguarding concern out of hours.")
bullet("Agencies should make sure that safer recruitment checks are completed before new staff start work, including "
       "when interviews are held online.")
bullet("Agencies should include the voice of children and families in their own audits.")

# ================================================================== other statutory business
H1("Other statutory business")
H3("Child Death Overview Panel")
para("Cawthorne Vale shares a Child Death Overview Panel with two neighbouring areas. The panel was told of 21 deaths "
     "of Cawthorne Vale children in 2020\u201321 and completed reviews of 17. Modifiable factors were found in six, "
     "most often unsafe sleep and smoking in pregnancy. The panel\u2019s safer sleep campaign will be relaunched in "
     "2021\u201322.")
H3("Allegations against people who work with children")
para("The Local Authority Designated Officer received 204 contacts, a fall of 18% on the previous year because fewer "
     "children were in school and in clubs. Sixty-one met the threshold for an allegations management meeting; 22 "
     "of them concerned school staff and 14 foster carers.")
H3("Private fostering")
para("Nine private fostering arrangements were notified in the year, against 13 in 2019\u201320. Awareness-raising with "
     "language schools, which were closed for much of the year, will resume in 2021\u201322.")
H3("Ofsted focused visit")
para("In November 2020 Ofsted made a focused visit to Cawthorne Vale Children\u2019s Services, as part of its "
     "assurance work during the pandemic. Inspectors found that leaders had acted quickly to keep children safe and "
     "that most children were seen regularly. They identified two areas for improvement:")
bullet("the timeliness of initial child protection conferences, which had fallen to 71% within 15 working days;")
bullet("the quality of written plans for children in need, some of which did not say what needed to change or by "
       "when.")
para("The council\u2019s improvement plan responds to both, and the Executive receives a quarterly update.")

# ================================================================== reviews
H1("Learning from serious incidents", pb=True)
para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the council must notify "
     "the national Child Safeguarding Practice Review Panel. The partnership then holds a rapid review within 15 "
     "working days to decide whether a local child safeguarding practice review (LCSPR) is needed. Serious case "
     "reviews that the Board had started before September 2019 were completed under the old rules.")
H2("Rapid reviews")
para("Six serious incidents were notified in 2020\u201321 and the Case Review Subgroup held six rapid reviews. Two led "
     "to local child safeguarding practice reviews (Kacey and Baby U, below). In the other four the Subgroup and the "
     "national Panel agreed that the learning was already clear and could be taken forward without a further "
     "review.")
para("One of those four concerned Child Q, a 14-year-old who took an overdose in November 2020 while her school was "
     "closed to her year group. The rapid review found that her school, her GP and the children and young people\u2019s "
     "mental health service each knew part of her story. It agreed three actions, all of which are complete: the "
     "mental health service now copies discharge letters to the school\u2019s designated safeguarding lead with "
     "consent; the Education Safeguarding Team has issued guidance on contacting pupils who are self-isolating; and "
     "GPs have been reminded to ask about self-harm when a young person asks for help with sleep.")

# ---------------------------------------------------------------- Child E
H2("Serious case review: Child E")
para("Child E was three years old when she was admitted to hospital in March 2019, severely underweight and with a "
     "fracture of her arm that had not been treated. She lived with her mother and her mother\u2019s partner. In the "
     "18 months before her admission the family had lived at four temporary addresses in two boroughs, Child E had "
     "missed eleven health appointments, and police had attended three incidents of domestic abuse at the family\u2019s "
     "home. Her mother was in treatment for alcohol and opiate use.")
para("The former Cawthorne Vale LSCB commissioned the review in May 2019 from an independent reviewer, Ruth "
     "Ellingham. It was completed in February 2020 but could not be published until the criminal trial of "
     "Child E\u2019s mother\u2019s partner ended. He was convicted of child cruelty in July 2020, and the review was "
     "published on 24 September 2020. Child E now lives with her grandparents and is doing well.")
para("The review found that each agency saw Child E\u2019s family through its own narrow lens. Missed appointments "
     "were treated as an administrative problem, not as a sign that she was not being cared for. Each move of address "
     "meant a new health visitor and a new GP, and each new professional started from the beginning. Police officers "
     "at the domestic incidents did not record that a child lived at the address. The adult drug and alcohol service "
     "knew the mother had a young child but did not share its concerns.")
para("The review made six recommendations, which are set out in full in the action plan below with the actions the "
     "partnership agreed. Where a recommendation needed more than one action, each action is shown on its own line "
     "with its own lead and rating. The plan shows the position at 31 March 2021.", keep=True)
caption("Table 1. Child E: action plan at 31 March 2021")
b.raw(plan_table(CHILD_E, rec_in_cell=True))
source_note("Source: Case Review Subgroup action tracker. Ratings use the key at the end of this section.")
para("Two actions are behind. The neglect audit (recommendation 3) has been postponed twice, and the Executive has "
     "asked the Quality Assurance Subgroup to hold it in June 2021 without further delay. The Cawthorne Recovery "
     "Partnership changed its senior team in the autumn and has not sent an update on recommendation 5; the chair of "
     "the Case Review Subgroup has written to its chief executive.")

# ---------------------------------------------------------------- Kacey
H2("Local child safeguarding practice review: Kacey", pb=True)
para("Kacey, a name his family chose for this review, was 15 when he was stabbed in Silkstead in August 2020. He "
     "survived, but his injuries were serious and life-changing. He had been permanently excluded from school in "
     "Year 9 and placed at Ravensmoor Learning Centre, the borough\u2019s pupil referral unit. Over the next year he "
     "was reported missing 19 times and was twice found in another county with Class A drugs.")
para("After a rapid review in September 2020 the partnership commissioned an LCSPR using a systems approach, led by "
     "two independent reviewers, Sam Okonjo and Delyth Price, who talked to Kacey, his mother and 23 practitioners. "
     "The review was completed in March 2021. Its publication has been deferred until youth court proceedings "
     "against two adults are finished; we expect to publish it in the summer of 2021.")
para("The reviewers found that Kacey was seen as a young person who caused trouble rather than as a child being "
     "exploited. Nobody reassessed the risks to him when he was excluded or when he started going missing. "
     "Information did not follow him when he moved between schools, and when he was found with drugs he was "
     "treated as an offender. The review made four recommendations:")
for r in KACEY:
    b.raw(P([R("Recommendation %s. " % r["n"], b=True, color=HEATHER), R(r["text"])], after=80, jc="both",
            ind='<w:ind w:left="340"/>'))
para("The safeguarding partners accepted all four recommendations in March 2021 and agreed the action plan below. "
     "Because the plan is new, most of its actions are at an early stage.", keep=True)
caption("Table 2. Kacey: action plan at 31 March 2021")
b.raw(plan_table(KACEY, rec_in_cell=False))
source_note("Source: Case Review Subgroup action tracker. The recommendations are quoted in full above.")

# ---------------------------------------------------------------- the key: a small separate table after the plans
kw = [1.0, 8.4]
key_rows = [[tc(P([R("Key to the RAG ratings in Tables 1 and 2", b=True, sz=8.5, color="FFFFFF")], after=0), sum(kw),
                fill=HEATHER).replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="2"/>', 1)]]
for code, meaning in KEY:
    key_rows.append([tc(P([R("", sz=8)], after=0), kw[0], fill=RAG[code], valign="center"),
                     tc(cp(meaning, sz=8), kw[1], valign="center")])
b.raw(TABLE(key_rows, kw, border="A99BB0", header_rows=0))
b.raw(P([R("Where a recommendation has two actions, each action is rated on its own line.", i=True, sz=8,
           color=GREY)], before=60, after=200))

# ---------------------------------------------------------------- Baby U
H2("Local child safeguarding practice review: Baby U")
para("Baby U was nine weeks old when she was admitted to hospital in January 2021 with head injuries that doctors "
     "believe were not accidental. The rapid review in February 2021 raised questions about how agencies supported "
     "her young parents, who had both been in care, during the lockdown. The national Panel agreed with our view "
     "that an LCSPR should be held, and the partnership commissioned it in March 2021. It is expected to report in "
     "the autumn.")

# ---------------------------------------------------------------- monitoring
H2("How we check that actions make a difference")
para(MECHANISM)
para("An action is not rated complete until the lead agency has shown the Subgroup what has changed for children, "
     "usually through an audit, a dip sample or what practitioners and families tell us. Actions that are overdue "
     "for two meetings in a row are reported to the Executive by exception, and lead officers may be asked to attend "
     "to explain the delay.")

# ---------------------------------------------------------------- other reviews (decoys)
H2("Other reviews")
H3("Domestic homicide review: \u2018Anne\u2019")
para("The Safer Cawthorne Vale Partnership published a domestic homicide review in January 2021 about the death of "
     "a woman, called Anne in the review, who was killed by her former partner. Her two teenage children were at "
     "home at the time. The review made seven recommendations. Three concern services for children and are "
     "monitored by this partnership as well as by the Safer Cawthorne Vale Partnership:")
for n, t in [("2", "Children\u2019s Services should make sure that, when a child\u2019s parent is the subject of a "
                   "MARAC referral, the child\u2019s school is told the same day."),
             ("4", "Schools should record disclosures of domestic abuse by a pupil about a parent in the pupil\u2019s "
                   "safeguarding file and share them with the MASH."),
             ("6", "The Safer Cawthorne Vale Partnership should commission a support service for children who have "
                   "lived with domestic abuse.")]:
    b.raw(P([R("Recommendation %s: " % n, b=True), R(t)], after=60, jc="both", ind='<w:ind w:left="340"/>'))
para("Progress on all seven recommendations is reported to the Safer Cawthorne Vale Partnership, which holds the "
     "action plan.")
H3("Thematic learning review: adolescent self-harm")
para("The Case Review Subgroup carried out a thematic learning review of five young people who self-harmed "
     "seriously during the first lockdown. It did not meet the criteria for an LCSPR. Its learning points were "
     "that school pastoral staff need quicker access to mental health advice, that A&E staff should always ask who "
     "else knows about a young person\u2019s distress, and that parents want clearer information about where to get "
     "help. A briefing was issued in March 2021.")

# ================================================================== priorities (decoy table with the same shading)
H1("Our priorities: progress and next steps")
para("Our business plan for 2020\u201321 had four priorities. The table shows where we got to, rated in the same way "
     "as the review action plans.")
bw = [3.4, 5.6, 6.9, 1.1]
bp = [("Neglect", "Embed the Neglect Screening Tool in every agency and test its use through audit.",
       "Tool relaunched and 412 practitioners briefed. The audit has been moved to June 2021.", "A"),
      ("Exploitation", "Open the multi-agency Exploitation Hub and agree a single risk assessment.",
       "Hub opened in June 2020; 96 children open at year end.", "G"),
      ("Voice of the child", "Set up a young people\u2019s reference group to advise the partnership.",
       "Recruitment paused during lockdown; first meeting planned for May 2021.", "R"),
      ("Safeguarding in a pandemic", "Keep sight of vulnerable children through a weekly assurance dashboard.",
       "Dashboard in place from March 2020 and reviewed twice by the Independent Scrutineer.", "G")]
rows = [[hcell(h, w, fill=MOSS) for h, w in zip(["Priority", "What we said we would do", "Where we are", "RAG"], bw)]]
for pr, what, where, rag in bp:
    rows.append([tc(cp(pr, sz=8.5, bold=True), bw[0]), tc(cp(what, sz=8.5), bw[1]), tc(cp(where, sz=8.5), bw[2]),
                 rag_cell(rag, bw[3])])
b.raw(TABLE(rows, bw, border="B8C9B8"))
b.raw(P([], after=120))
para("For 2021\u201322 the Executive has agreed three priorities: children at risk outside the home, including "
     "criminal exploitation; neglect, with a new strategy to be published in the autumn; and babies and the first "
     "1,001 days. Each has a lead partner and a delivery plan, and progress will be reported in next year\u2019s "
     "annual report.")

# ================================================================== appendix
H1("Appendix: budget and contributions")
aw = [8.0, 4.5, 4.5]
b.raw(TABLE([[th("Partner", aw[0]), th("Contribution (\u00a3)", aw[1]), th("Share", aw[2])],
             [tt("Cawthorne Vale Metropolitan Borough Council", aw[0]), tt("168,400", aw[1]), tt("52%", aw[2])],
             [tt("NHS Cawthorne Vale CCG", aw[0]), tt("84,200", aw[1]), tt("26%", aw[2])],
             [tt("Holmedale Police", aw[0]), tt("51,800", aw[1]), tt("16%", aw[2])],
             [tt("Other partners (probation, Cafcass, schools forum)", aw[0]), tt("19,400", aw[1]),
              tt("6%", aw[2])],
             [tt("Total", aw[0], True), tt("323,800", aw[1], True), tt("100%", aw[2], True)]],
            aw, border="B8C9B8"))
b.raw(P([R("Spending in 2020\u201321 was \u00a3301,650. The underspend, mostly on venues and travel, has been carried "
           "forward to pay for the Baby U review.", sz=9)], before=120, after=0))

b.save(OUT / f"{NAME}.docx")


# ================================================================== gold
def write_gold(path):
    recs = []
    k = 0
    for scr, items in (("Child E", CHILD_E), ("Kacey", KACEY)):
        for r in items:
            k += 1
            text = norm(r["text"])
            acts = [a[0] for a in r["acts"] if a[0]]
            # one entry per recommendation: the Action cells of its rows, in reading order
            action = norm(" ".join(acts)) if acts else None
            recs.append({
                "id": "%s-r%02d" % (NAME, k),
                "scr": scr,
                "number": r["n"],
                "text": text,
                "action": action,
                "bodies": [{"name": n, "sector": s} for n, s in r["bodies"]],
                "status": r["status"],
                "due": r["due"],
                "page": None,
                "evidence": " ".join(text.split()[:14]),
                "confidence": 1.0,
            })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3)
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
    verdict = "meets" if acts >= 0.8 and bods >= 0.8 else "partly_meets"
    gold = {
        "source": NAME, "sha256": None, "format": None, "pages": None,
        "lscb": LSCB, "period": PERIOD,
        "scrs": [{"name": "Child E", "stage": "published", "page": None},
                 {"name": "Kacey", "stage": "completed", "page": None},
                 {"name": "Baby U", "stage": "initiated", "page": None}],
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
