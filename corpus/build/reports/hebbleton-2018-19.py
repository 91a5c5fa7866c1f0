"""Hebbleton Safeguarding Children Partnership, annual report 2018-19 (invented area).

Shape under test: PLAIN-ENGLISH PROSE IN TWO COLUMNS, PROGRESS PARAGRAPHS WITH A LEAD-IN BUT NO
NUMBER. Hebbleton was an early adopter: the LSCB handed over to the Partnership on 1 October 2018,
halfway through the year. The case review section runs in two columns (Columns(2) ... Columns(1)).
Two legacy SCRs of the LSCB (Child X, published June 2018; Baby Poppy, published November 2018)
and the Partnership's first LCSPR (Family Webb, finished March 2019, unpublished because of care
proceedings: stage completed). For each review: a short summary, "The review recommended:" and
unnumbered bullets (gold text = the bullet, number null), then "Progress" and one paragraph per
recommendation opening with a lead-in of its key words ("Escalation. Work has not yet started").
Child X's progress paragraphs come in a different order from its bullets. Two paragraphs report
two recommendations at once (Child X: return home interviews + shared definitions, with different
statuses inside one paragraph; Family Webb: "The two recommendations about schools"). Statuses are
said in words ("This is now complete", "work continues", "This is on track", "Work has not yet
started", "only partly done") or by a closing tick word "Completed."; Child X's sexual health
paragraph reports past-tense work with no status word: unknown (not inferred completed). Family
Webb's audit recommendation has no progress paragraph at all: action null, status unknown, and it
is passive, so bodies []. 15 entries, 13 with an action, 14 with a body: verdict meets.
Distractors: a rapid review that did not lead to an LCSPR (inside the columns), a DHR action plan
table with its own statuses, an Ofsted focused visit, the section 11 audit, the Independent
Scrutineer's advice and the 2019-20 priorities. Extra rendering: txt.

Gold decisions noted where made:
- Action spans are the sentences saying what was done, without a separate status sentence or
  clause ("Completed.", "; this is now complete", "Work continues.").
- Baby Poppy "Escalation": the paragraph says work has not started and that the group has raised
  the delay with the Executive; raising a delay is not work on the recommendation: action null,
  not_started.
- Family Webb housing: "this is only partly done" = partially complete -> in_progress.
- Acting bodies named in a progress paragraph are added to the recommendation's own bodies.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Columns, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
)

NAME = "hebbleton-2018-19"
AREA = "Hebbleton"
BOARD = "Hebbleton Safeguarding Children Partnership"
YEAR = "2018-19"

COUNCIL = "Hebbleton Council"
POLICE = body("Northvale Police", "police")
CSC = body("Hebbleton Council's children's services", "childrens_social_care")
EST = body("the Education Safeguarding Team", "education")
THE_BOARD = body("The Board", "lscb")

# ---------------------------------------------------------------- the reviews
# A recommendation: key -> (bullet text, bodies named in it)
# A progress paragraph: (lead-in, [(keys, action sentence(s) or None, extra acting bodies)], tail)
# Statuses: key -> taxonomy code, as the words in the paragraph say.

X_RECS = {
    "rhi": ("Northvale Police and Hebbleton Council's children's services should make sure that every "
            "return home interview is shared with the child sexual exploitation co-ordinator within 72 "
            "hours.", [POLICE, CSC]),
    "school": ("Schools should tell children's social care straight away when a pupil thought to be at "
               "risk of exploitation stops coming to school.", [body("Schools", "education")]),
    "sexhealth": ("Sexual health services should ask every young person under 16 who comes to a clinic on "
                  "their own about their relationships, and use the exploitation screening tool if there "
                  "is any worry.", [body("Sexual health services", "health")]),
    "taxi": ("The Board should arrange training for taxi drivers and hotel staff on spotting children who "
             "are being exploited.", [THE_BOARD]),
    "define": ("All agencies should use the same definitions of 'missing' and 'absent' when a child cannot "
               "be found.", [ALL_AGENCIES]),
}
X_ORDER = ["rhi", "school", "sexhealth", "taxi", "define"]  # order of the bullets

X_TAXI_ACT = ("Hebbleton Council's licensing service made a short safeguarding course a condition of every "
              "taxi and private hire licence from September 2018, and 612 drivers have now done it. Staff "
              "from all nine hotels in the town centre were trained in October and November 2018.")
X_DEFINE_ACT = ("A new joint missing protocol, agreed by Northvale Police and children's services in January "
                "2019, uses the national definitions of 'missing' and 'absent', and every partner has signed "
                "up to it")
X_RHI_ACT = ("Return home interviews are now sent to the co-ordinator through the MASH, but only 64 per cent "
             "reached her within 72 hours in the last quarter")
X_SEXHEALTH_ACT = ("The Hebbleton Sexual Health Service added the screening questions to its booking form for "
                   "under-16s in July 2018 and trained its nurses to use them. An audit of 30 records in "
                   "December 2018 found the questions had been asked in 26.")
X_SCHOOL_ACT = ("The Education Safeguarding Team wrote to every head teacher about this in September 2018 and "
                "added a question on it to the annual safeguarding audit of schools.")

X_PROGRESS = [  # deliberately not in bullet order
    f"Taxi drivers and hotel staff. {X_TAXI_ACT} Completed.",
    ("Missing and absent children. The recommendations on return home interviews and on shared "
     f"definitions were taken forward together. {X_DEFINE_ACT}; this is now complete. {X_RHI_ACT}, so "
     "work continues."),
    f"Sexual health clinics. {X_SEXHEALTH_ACT}",
    (f"Schools and pupils who stop attending. {X_SCHOOL_ACT} The audit returns are due in July 2019 and "
     "work continues."),
]
X_GOLD = {  # key -> (action, acting bodies, status)
    "rhi": (X_RHI_ACT, [], "in_progress"),
    "school": (X_SCHOOL_ACT, [EST], "in_progress"),
    "sexhealth": (X_SEXHEALTH_ACT, [body("The Hebbleton Sexual Health Service", "health")], "unknown"),
    "taxi": (X_TAXI_ACT, [body("Hebbleton Council's licensing service", "other")], "completed"),
    "define": (X_DEFINE_ACT, [POLICE, body("children's services", "childrens_social_care")], "completed"),
}

P_RECS = {
    "fathers": ("Maternity and health visiting services should ask about the baby's father, and any other "
                "man living in the household, at every contact, and write down what they learn.",
                [body("Maternity and health visiting services", "health")]),
    "gphv": ("GP practices and health visitors should meet at least every two months to share information "
             "about vulnerable families with children under five.",
             [body("GP practices", "health"), body("health visitors", "health")]),
    "crying": ("The Board should make sure that every agency which works with new parents teaches them how "
               "to cope with a crying baby.", [THE_BOARD]),
    "think": ("Adult mental health services and the drug and alcohol service should ask every adult they see "
              "whether they are a parent or live with children, and record the answer.",
              [body("Adult mental health services", "health"),
               body("the drug and alcohol service", "adult_services")]),
    "escalate": ("All agencies should make sure their staff know how to use the escalation policy when they "
                 "disagree with a decision made by children's social care.", [ALL_AGENCIES]),
}
P_ORDER = ["fathers", "gphv", "crying", "think", "escalate"]

P_FATHERS_ACT = ("Hebbleton Hospitals NHS Foundation Trust and Calder Community Health NHS Trust have added a "
                 "'significant adults in the household' section to the maternity and health visiting "
                 "records, and an audit in February 2019 found it filled in on 88 per cent of records.")
P_GPHV_ACT = ("Since April 2018 each health visitor has been linked to named GP practices, and 24 of the 31 "
              "practices now meet their health visitor every six to eight weeks. NHS Hebbleton CCG has "
              "written to the other seven practices.")
P_CRYING_ACT = ("The ICON programme, which helps parents cope with a crying baby, was launched across "
                "Hebbleton in September 2018. Every agency that sees new parents now gives them the same "
                "leaflet and talks it through, and 740 staff have completed the 20-minute online module.")
P_THINK_ACT = ("Moorside NHS Trust has added the question to its first assessment form, and the Hebbleton "
               "Recovery Service is changing its case record system to do the same by September 2019.")

P_PROGRESS = [
    f"Fathers and other men in the household. {P_FATHERS_ACT} This is now complete.",
    f"Information sharing between GPs and health visitors. {P_GPHV_ACT} Work continues.",
    f"Coping with crying. {P_CRYING_ACT} Completed.",
    f"Think Family in adult services. {P_THINK_ACT} This is on track.",
    ("Escalation. Work has not yet started on this one. It is now the oldest open action we hold, and the "
     "Case Review Group has raised the delay with the Executive."),
]
P_GOLD = {
    "fathers": (P_FATHERS_ACT, [body("Hebbleton Hospitals NHS Foundation Trust", "health"),
                                body("Calder Community Health NHS Trust", "health")], "completed"),
    "gphv": (P_GPHV_ACT, [body("NHS Hebbleton CCG", "health")], "in_progress"),
    "crying": (P_CRYING_ACT, [], "completed"),
    "think": (P_THINK_ACT, [body("Moorside NHS Trust", "health"),
                            body("the Hebbleton Recovery Service", "adult_services")], "in_progress"),
    "escalate": (None, [], "not_started"),
}

W_RECS = {
    "toolkit": ("Schools should use the Hebbleton neglect toolkit whenever a child's attendance, appearance "
                "or hunger gives cause for concern, and send the completed toolkit with any referral.",
                [body("Schools", "education")]),
    "siblings": ("Schools and early years settings should tell the health visitor about any worry they have "
                 "for a younger brother or sister who is not yet at school.",
                 [body("Schools", "education"), body("early years settings", "education")]),
    "closure": ("Children's social care should not close a neglect case after a short assessment unless a "
                "manager or a second worker has visited the home.",
                [body("Children's social care", "childrens_social_care")]),
    "housing": ("Hebbleton Homes and other housing providers should report poor home conditions in a family "
                "with children to the front door, and not only treat them as a tenancy matter.",
                [body("Hebbleton Homes", "housing"), body("other housing providers", "housing")]),
    "audit": ("A multi-agency audit of neglect cases should take place within a year to test whether these "
              "changes have made a difference to children.", []),
}
W_ORDER = ["toolkit", "siblings", "closure", "housing", "audit"]

W_SCHOOLS_ACT = ("The Education Safeguarding Team has added a session on the neglect toolkit and on younger "
                 "siblings to the termly briefings for designated safeguarding leads, and 58 of the "
                 "borough's 71 schools sent someone to the March 2019 briefing.")
W_CLOSURE_ACT = ("Children's social care changed its closure procedure in March 2019, so that a neglect case "
                 "cannot be closed on the case record system until a home visit by a manager or second "
                 "worker has been recorded.")
W_HOUSING_ACT = ("Hebbleton Homes has briefed its 40 neighbourhood officers and added the front door's "
                 "number to their visit checklist.")

W_PROGRESS = [
    (f"The two recommendations about schools. {W_SCHOOLS_ACT} Early years settings will be reached through "
     "the childminder and nursery network from the summer. Work continues on both."),
    f"Closing neglect cases. {W_CLOSURE_ACT} This is now complete.",
    (f"Housing. {W_HOUSING_ACT} The other housing providers in the borough have not yet been approached, so "
     "this is only partly done."),
]
W_GOLD = {
    "toolkit": (W_SCHOOLS_ACT, [EST], "in_progress"),
    "siblings": (W_SCHOOLS_ACT, [EST], "in_progress"),
    "closure": (W_CLOSURE_ACT, [], "completed"),
    "housing": (W_HOUSING_ACT, [], "in_progress"),
    "audit": (None, [], "unknown"),  # no progress paragraph at all
}

MONITORING = ("The Case Review Group keeps one action log for every review, old and new. Each lead agency "
              "reports on its own actions in person, the log goes to the Executive every quarter, and an "
              "action is closed only when the group has seen evidence, such as an audit, that practice has "
              "changed.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child X", "published")
    g.scr("Baby Poppy", "published")
    g.scr("Family Webb", "completed")
    for case, recs, order, acts in (("Child X", X_RECS, X_ORDER, X_GOLD),
                                    ("Baby Poppy", P_RECS, P_ORDER, P_GOLD),
                                    ("Family Webb", W_RECS, W_ORDER, W_GOLD)):
        for key in order:
            text, bodies = recs[key]
            action, acting, status = acts[key]
            g.rec(case, None, text, action, bodies + acting, status)
    return g.dump(MONITORING)


# ---------------------------------------------------------------- the report

def _foreword() -> list:
    return [
        Heading("A word from the safeguarding partners", 1),
        Para("This report covers April 2018 to March 2019. For the first six months of that year, children in "
             "Hebbleton were looked after by agencies working through the Hebbleton Local Safeguarding "
             "Children Board. On 1 October 2018 the Board closed and the Hebbleton Safeguarding Children "
             "Partnership took its place. We were one of the first areas in the country to make the change, "
             "and we did so because we wanted the three organisations with the biggest say over children's "
             "safety to hold that responsibility openly and together."),
        Para("Those three organisations are Hebbleton Council, NHS Hebbleton CCG and Northvale Police. The "
             "three of us signed this report, and we are answerable for what it says. We have tried to write "
             "it for the people who live and work in Hebbleton rather than for inspectors: short sentences, "
             "real numbers, and honesty where things have not gone well."),
        Para("Some things have gone well. Fewer children are on child protection plans for a second time. The "
             "front door now answers nine in ten contacts within a day. More than 2,300 people came to our "
             "training. Other things have not. Our first local child safeguarding practice review, about the "
             "Webb children, told us that neglect was seen and written down for two years before anyone acted "
             "on it. We are sorry for that, and the review section of this report says what we are doing."),
        Para("We want to thank Margaret Oyelaran, who chaired the Board for five years and agreed to stay on as "
             "our Independent Scrutineer for the first six months of the Partnership. Her challenge has made "
             "us better."),
        Para("Karen Ashworth, Chief Executive, Hebbleton Council; Dr Paul Mensah, Accountable Officer, NHS "
             "Hebbleton CCG; Chief Superintendent Lisa Tranter, Hebbleton District Commander, Northvale Police",
             italic=True),
    ]


def _area() -> list:
    return [
        Heading("Hebbleton and its children", 1),
        Para("Hebbleton is a borough of about 186,000 people in the foothills of the Pennines, made up of the "
             "town of Hebbleton itself, the smaller towns of Calder Bridge and Stanwick, and a string of "
             "villages along the valley. Around 41,300 of our residents are children under 18, a little "
             "under a quarter of the population."),
        Para("One child in five belongs to a black or minority ethnic group, most of them of Pakistani or "
             "Bangladeshi heritage and living in the east of Hebbleton town. Three of our neighbourhoods are "
             "among the most deprived tenth in England, and in those areas close to four children in ten live "
             "in low-income households. The valley villages are better off but have few services, and a bus "
             "to the town centre can take over an hour."),
        Table(["At 31 March 2019", "Number", "Rate per 10,000 children"], [
            ["Children in need (including those below)", "1,612", "390"],
            ["Children on a child protection plan", "231", "56"],
            ["Children looked after", "318", "77"],
            ["Care leavers supported by the Council", "164", "-"],
            ["Children privately fostered (notified)", "9", "-"],
        ], caption="Table 1: Children receiving help and protection"),
    ]


def _structure() -> list:
    return [
        Heading("From a Board to a Partnership", 1),
        Para("The Children and Social Work Act 2017 replaced Local Safeguarding Children Boards with "
             "arrangements led by three safeguarding partners: the local authority, the clinical "
             "commissioning group and the chief officer of police. Working Together 2018 gave every area "
             "until September 2019 to make the change. Hebbleton's partners published their arrangements "
             "in July 2018 and went live on 1 October 2018."),
        Para("The main differences people will notice are these. There is no longer a large Board meeting "
             "with thirty people around the table. Instead, a small Executive of the three partners meets "
             "every six weeks and takes the decisions. A wider Safeguarding Assembly of around sixty "
             "organisations, including every secondary school, meets twice a year to hear what we are "
             "doing and tell us what we are missing. Schools, the probation services, the Youth Offending "
             "Team, Hebbleton Homes and the voluntary sector are named as relevant agencies and are expected "
             "to take part."),
        Para("The independent chair role has gone. In its place, an Independent Scrutineer looks at how well "
             "the arrangements work and reports to the Executive. Margaret Oyelaran held that role until "
             "31 March 2019; from April 2019 it has passed to Dr Hugh Farraday, a former director of "
             "children's services in another region."),
        Para("The Partnership's work is supported by a business unit of five people, hosted by Hebbleton "
             "Council. The table below shows who paid for it."),
        Table(["Contributor", "2018-19 (£)"], [
            ["Hebbleton Council", "148,000"],
            ["NHS Hebbleton CCG", "96,500"],
            ["Northvale Police", "41,000"],
            ["National Probation Service and Community Rehabilitation Company", "3,200"],
            ["Cafcass", "550"],
            ["Training income", "12,400"],
            ["Total", "301,650"],
        ], caption="Table 2: Income for the year"),
        Para("Spending was £287,900, most of it on staff (£201,000), reviews (£38,600, including the "
             "independent authors of two reviews) and training (£29,300). The small underspend has been "
             "carried forward to pay for the Family Webb review's publication and learning events."),
    ]


def _groups() -> list:
    return [
        Heading("How the work gets done: our groups", 1),
        Para("Most of the detailed work is done in five groups, each chaired by a senior manager from one of "
             "the partners. The groups kept running through the change from Board to Partnership, though two "
             "of them were merged in October."),
        Heading("Case Review Group", 2),
        Para("This group decides whether a case needs a review, oversees reviews while they are written, and "
             "makes sure that what they recommend actually happens. It is chaired by the Designated Nurse "
             "for Safeguarding Children. Until October it was called the Serious Case Review Panel. "
             + MONITORING),
        Heading("Quality and Performance Group", 2),
        Para("The group looks at the multi-agency dataset every quarter and runs themed audits. This year it "
             "audited 24 cases of children subject to a plan for emotional abuse and 16 cases where a child "
             "had been seen at the emergency department with self-harm. The second audit found that "
             "schools were told about the attendance in only five of the sixteen cases; the hospital's "
             "safeguarding team now copies the school nurse into every notification."),
        Heading("Learning and Development Group", 2),
        Para("This group plans the multi-agency training programme and checks whether it changes anything. "
             "Its work is described in the training section below."),
        Heading("Exploitation and Missing Group", 2),
        Para("Formed in October from the old CSE Sub-group and the Missing Children Panel, this group looks at "
             "every child who is being, or may be, exploited, whether sexually or to move drugs. It meets "
             "monthly and has a named lead from the Youth Offending Team as well as from the police and "
             "children's services."),
        Heading("Education Safeguarding Forum", 2),
        Para("Designated safeguarding leads from schools and colleges meet each term with the Education "
             "Safeguarding Team. The forum has been the main route for getting learning from reviews into "
             "classrooms, and attendance has grown from 31 schools to 58."),
    ]


def _numbers() -> list:
    return [
        Heading("What the numbers tell us", 1),
        Para("The table below compares this year with last. The figures come from children's services and "
             "Northvale Police and were checked by the Quality and Performance Group."),
        Table(["Measure", "2017-18", "2018-19"], [
            ["Contacts to the front door", "14,870", "15,932"],
            ["Contacts decided within 24 hours", "78%", "91%"],
            ["Referrals to children's social care", "3,410", "3,186"],
            ["Re-referrals within 12 months", "24%", "21%"],
            ["Section 47 enquiries", "1,106", "1,177"],
            ["Initial child protection conferences", "301", "288"],
            ["Conferences held within 15 working days", "81%", "87%"],
            ["Children becoming subject to a plan for a second or later time", "19%", "14%"],
            ["Children missing from home (episodes)", "1,044", "962"],
        ], caption="Table 3: Key measures"),
        Para("Neglect is still the main reason for a child protection plan, at 52 per cent of plans, followed "
             "by emotional abuse at 33 per cent. The rise in section 47 enquiries is mostly accounted for by "
             "more joint work with the police on exploitation, which we think is the right direction."),
        Para("Two numbers worry us. The first is the 21 per cent of referrals that are re-referrals; this is "
             "lower than last year but still above similar areas. The second is that only 61 per cent of "
             "children who went missing had a return home interview within three days. We come back to the "
             "second of these in the review section."),
    ]


def _training() -> list:
    return [
        Heading("Training", 1),
        Para("We ran 96 multi-agency courses this year, attended by 2,318 people. A further 1,470 completed one "
             "of our e-learning modules. Just under half of the people on courses came from schools and early "
             "years settings; a sixth came from health; the rest came from children's services, the police, "
             "adult services and the voluntary sector."),
        Table(["Course", "Sessions", "Attended"], [
            ["Working together: an introduction", "18", "512"],
            ["Neglect and the Hebbleton toolkit", "14", "396"],
            ["Exploitation and county lines", "12", "377"],
            ["Designated safeguarding lead refresher", "9", "284"],
            ["Domestic abuse and children", "11", "301"],
            ["Learning from reviews (lunchtime briefings)", "32", "448"],
        ], caption="Table 4: The most attended courses"),
        Para("We follow up a sample of attendees three months after each course. Of the 214 who replied, 71 "
             "per cent could give an example of something they had done differently. The neglect course scored "
             "best; the introductory course scored worst, and is being rewritten."),
    ]


def _section11() -> list:
    return [
        Heading("Section 11 audit", 1),
        Para("Every two years, agencies tell us how well they meet their duties under section 11 of the "
             "Children Act 2004. Eighteen agencies took part in autumn 2018, and eleven schools completed the "
             "matching audit for education. Agencies rated themselves well on safe recruitment and on having "
             "a named lead, and less well on hearing from children and on supervision."),
        Para("After a challenge event in January 2019, the audit's report recommended that every agency should "
             "add a question about the child's own views to its case audits, and that agencies should offer "
             "safeguarding supervision at least every three months to anyone who carries a caseload of "
             "children. These are being followed up by the Quality and Performance Group as part of the next "
             "cycle."),
    ]


def _x_blocks() -> list:
    return [
        Heading("Child X (serious case review, published June 2018)", 2),
        Para("Child X was 14 when she was found in a flat above a shop in Hebbleton town centre with two adult "
             "men, after being missing for four days. In the year before, she had been reported missing 11 "
             "times. She had told a school nurse about an 'older boyfriend' and had been to a sexual health "
             "clinic three times on her own. Each agency knew something; nobody saw the whole picture. The "
             "Board commissioned the review in 2017 and published it in June 2018. Two men were convicted of "
             "offences against her. Child X now lives with foster carers outside the borough and is doing well "
             "at a new school."),
        Para("The review recommended:"),
        Bullets([X_RECS[k][0] for k in X_ORDER]),
        Para("Progress", bold=True),
    ] + [Para(p) for p in X_PROGRESS]


def _p_blocks() -> list:
    return [
        Heading("Baby Poppy (serious case review, published November 2018)", 2),
        Para("Poppy was nine weeks old when she was brought to hospital with a fractured skull and broken ribs. "
             "Her parents were 18 and 19. Her father had been seen by adult mental health services and by the "
             "drug and alcohol service in the year before she was born, but the midwife and the health visitor "
             "did not know this, and he was hardly ever asked about at home visits. He has since admitted "
             "causing her injuries. Poppy lives with her grandmother. 'Poppy' is the name her family chose for "
             "the review. The Board commissioned it in 2017 and the Partnership published it in November 2018."),
        Para("The review recommended:"),
        Bullets([P_RECS[k][0] for k in P_ORDER]),
        Para("Progress", bold=True),
    ] + [Para(p) for p in P_PROGRESS]


def _w_blocks() -> list:
    return [
        Heading("Family Webb (local child safeguarding practice review)", 2),
        Para("The Webb children, a girl aged eight and two boys aged five and two, were taken into police "
             "protection in November 2018 after a neighbour found the youngest outside in the cold without a "
             "coat or shoes. Officers found the house without heating, with little food, and with dog mess on "
             "the floors. The eldest child's school had worried about her hunger and her hair for two years and "
             "had made three referrals; each led to a short assessment and the case being closed. The rapid "
             "review in December 2018 led the partners, with the national Panel's agreement, to hold a local "
             "child safeguarding practice review, our first. It was finished in March 2019. It will be "
             "published when the care proceedings end."),
        Para("The review recommended:"),
        Bullets([W_RECS[k][0] for k in W_ORDER]),
        Para("Progress", bold=True),
    ] + [Para(p) for p in W_PROGRESS]


def _reviews() -> list:
    return [
        Heading("Learning from reviews", 1),
        Columns(2),
        Para("When a child dies or is badly hurt and abuse or neglect is thought to be the cause, we have to "
             "ask whether a review would help agencies learn. Until October the test was the one for a serious "
             "case review in Working Together 2015. Since then, the partners hold a rapid review within 15 "
             "working days and decide, with the national Child Safeguarding Practice Review Panel, whether to "
             "hold a local child safeguarding practice review."),
        Para("This year the old Serious Case Review Panel looked at two referrals before it closed; neither met "
             "the criteria. The Partnership held two rapid reviews. One, about the Webb children, led to a "
             "local review. The other, about Baby K, did not."),
        Para("Below we report on the two serious case reviews that the Board began and that were published this year, and on "
             "the Partnership's first local review. Where a recommendation was addressed to the Board, the "
             "Partnership has taken it on. For each review we set out what it recommended and then what has "
             "happened since, in the words of the agencies concerned."),
    ] + _x_blocks() + _p_blocks() + _w_blocks() + [
        Heading("Baby K (rapid review, February 2019)", 2),
        Para("Baby K, aged four months, was admitted to hospital with a bruise to the ear in February 2019. "
             "The medical opinion was that the injury was most likely accidental. The rapid review found that "
             "agencies had worked well together and that the family had asked for help early. The partners "
             "decided, and the national Panel agreed, that a local review would add nothing. The rapid review "
             "suggested that health visitors should remind parents of babies about safe handling when they "
             "start to roll, and this has been passed to Calder Community Health NHS Trust."),
        Columns(1),
    ]


def _other_reviews() -> list:
    dhr_rows = [
        ["Refuge staff to ask every woman arriving with children whether the children's school has been told.",
         "Hebbleton Women's Aid", "Done"],
        ["MARAC to invite the school nurse when a child in the household is of school age.",
         "MARAC chair", "Started"],
        ["GPs to flag the records of children whose parent is a high-risk victim.",
         "NHS Hebbleton CCG", "Not started"],
    ]
    return [
        Heading("Other reviews and inspections", 1),
        Heading("Domestic homicide review: Ms D", 2),
        Para("Safer Hebbleton, our community safety partnership, completed a domestic homicide review after the "
             "death of Ms D in 2017. Ms D had two children at primary school, who now live with relatives. The "
             "review belongs to Safer Hebbleton, not to us, but because children were affected we asked to see "
             "the parts of its action plan that touch on them. Safer Hebbleton reported progress to us in "
             "March 2019:"),
        Table(["Action", "Lead", "Progress"], dhr_rows, caption="Ms D domestic homicide review: actions about "
                                                                 "children"),
        Heading("Ofsted focused visit", 2),
        Para("Ofsted made a focused visit to the Council's front door in October 2018. Inspectors found that "
             "children at risk were identified quickly and that managers knew their service well. They said "
             "the Council should improve the recording of the reasons for decisions at the front door and "
             "should make sure that strategy discussions always include health. The Council has an action plan "
             "and has reported on it to the Executive."),
        Heading("The Independent Scrutineer's view", 2),
        Para("In her final report in March 2019, Margaret Oyelaran said the new arrangements were 'leaner and "
             "clearer about who decides', but that schools felt further from the table than before. She "
             "advised the partners to invite a head teacher to the Executive for education items and to "
             "publish a one-page summary of every Executive meeting. Both have been agreed."),
    ]


def _cdop() -> list:
    return [
        Heading("Child deaths", 1),
        Para("Hebbleton shares a Child Death Overview Panel with two neighbouring areas. The panel reviews the "
             "death of every child who lived in the three areas, to see whether anything could be learned "
             "that might prevent other deaths."),
        Para("Fourteen Hebbleton children died in 2018-19, nine of them in their first year of life. The panel "
             "completed 17 reviews in the year, some of them about deaths in earlier years. It found modifiable "
             "factors in five: in three of these, the baby had been sharing a sofa or bed with an adult who had "
             "been drinking or smoking. The panel has paid for a safer sleep campaign with the three maternity "
             "units and will take part in the new regional child death review arrangements from September "
             "2019."),
    ]


def _private_fostering() -> list:
    return [
        Heading("Private fostering", 1),
        Para("A child is privately fostered when they live for 28 days or more with someone who is not a close "
             "relative, by private arrangement. The law says the Council must be told so that it can check the "
             "child is safe. Such children can be hidden from view, so we keep pushing the message."),
        Para("The Council was told of nine new arrangements this year, up from six. Seven were of young people "
             "from overseas studying at a language school or college; two were of local teenagers living with "
             "a friend's family after a family breakdown. All nine had a visit within seven working days. We "
             "ran a poster campaign in GP surgeries and mosques in the autumn, and three of the notifications "
             "came from people who had seen it."),
    ]


def _lado() -> list:
    return [
        Heading("Allegations against people who work with children", 1),
        Para("The Local Authority Designated Officer (LADO) handles concerns that an adult who works or "
             "volunteers with children may have harmed a child or may be unsafe. The LADO received 212 "
             "contacts this year, of which 98 met the threshold for a formal referral, compared with 87 last "
             "year."),
        Table(["Sector", "Referrals"], [
            ["Schools and colleges", "41"],
            ["Early years and childminders", "14"],
            ["Foster carers and residential care", "17"],
            ["Health", "6"],
            ["Police", "5"],
            ["Sport, faith and voluntary groups", "15"],
        ], caption="Table 5: LADO referrals by sector"),
        Para("Of the cases closed in the year, 29 were found to be substantiated, 11 led to a dismissal and "
             "four led to a referral to the Disclosure and Barring Service. The rise in referrals from sport "
             "and faith groups follows the LADO's talks to the borough's football league and to the interfaith "
             "forum."),
    ]


def _voice() -> list:
    return [
        Heading("Listening to children", 1),
        Para("Our Young Advisers, a group of twelve young people aged 13 to 19, met six times this year. They "
             "reviewed our leaflet on exploitation and told us, politely, that nobody their age would read it. "
             "They have written a new one. Two Young Advisers sat on the interview panel for the new "
             "Independent Scrutineer, and the group will present to the Safeguarding Assembly in the autumn."),
    ]


def _priorities() -> list:
    return [
        Heading("What we will do in 2019-20", 1),
        Para("The Executive has agreed three priorities for the coming year. These are the partners' own "
             "priorities, not recommendations from any review:"),
        Bullets([
            "Neglect: every agency should use the neglect toolkit, and we should see fewer children on a "
            "second plan for neglect.",
            "Exploitation: young people at risk should have one plan and one lead worker, whatever the kind "
            "of exploitation.",
            "Schools in the Partnership: head teachers should feel that the Partnership is theirs as well, "
            "with a seat at the Executive and a share of the training.",
        ]),
        Para("We will report on all three, and on the open review actions in this report, in next year's "
             "annual report."),
    ]


def _glossary() -> list:
    return [
        Heading("Words and abbreviations", 1),
        Table(["Term", "Meaning"], [
            ["CCG", "Clinical Commissioning Group, which buys NHS services for the borough"],
            ["CDOP", "Child Death Overview Panel"],
            ["CSE", "Child sexual exploitation"],
            ["DHR", "Domestic homicide review"],
            ["ICON", "A programme to help parents cope with a crying baby"],
            ["LADO", "Local Authority Designated Officer"],
            ["LCSPR", "Local child safeguarding practice review"],
            ["MARAC", "Multi-agency risk assessment conference (for high-risk domestic abuse)"],
            ["MASH", "Multi-agency safeguarding hub, our front door"],
            ["SCR", "Serious case review"],
        ]),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _foreword() + [PageBreak()]
    blocks += _area() + _structure()
    blocks += _groups() + _numbers()
    blocks += _training() + _section11() + [PageBreak()]
    blocks += _reviews() + [PageBreak()]
    blocks += _other_reviews()
    blocks += _cdop() + _private_fostering() + _lado() + _voice()
    blocks += _priorities() + _glossary()
    return ReportSpec(
        name=NAME,
        title="Keeping Children Safe in Hebbleton: Annual Report 2018-19",
        running_header="Hebbleton Safeguarding Children Partnership - Annual Report 2018-19",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published September 2019",
    )
