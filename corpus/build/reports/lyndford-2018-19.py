"""Lyndford Safeguarding Children Partnership annual report 2018-19 (post-2018 arrangements).

The narrative runs in two newspaper columns (Columns(2)); the appendix returns to one column.
A legacy SCR (Child T, published) whose recommendations are only in an appendix table
"No. | Recommendation | Agency | Progress | Status" with statuses in words (Complete,
Ongoing, Not yet started, Partially achieved, Closed); one LCSPR (Child W, initiated) with no
recommendations yet. Distractors: rapid reviews that did not lead to an LCSPR (with their
learning actions), the independent scrutineer's recommendations.
"""
import filler
from blocks import Bullets, Columns, Heading, PageBreak, Para, ReportSpec, Table, body, entry, gold

NAME = "lyndford-2018-19"
BOARD = "Lyndford Safeguarding Children Partnership"

STATUS = {"Complete": "completed", "Closed": "completed", "Ongoing": "in_progress",
          "Partially achieved": "in_progress", "Not yet started": "not_started"}

# (no, text, agency cell, bodies, progress cell, is_action, status word)
CHILD_T = [
    ("R1", "Lyndford Children's Services should ensure that assessments of adolescents consider risks from outside the family "
     "home, including criminal exploitation, and use a contextual safeguarding approach.",
     "LCC Children's Services", [body("LCC Children's Services", "childrens_social_care")],
     "Contextual safeguarding pilot launched in two localities in October 2018, with 46 staff trained. Evaluation due in summer 2019.",
     True, "Ongoing"),
    ("R2", "The Youth Offending Service should share information about young people at risk of exploitation with the "
     "partnership's exploitation panel at the point of referral.",
     "Youth Offending Service", [body("Youth Offending Service", "probation_youth_justice")],
     "YOS now attends every weekly exploitation panel and contributes to the risk assessment of each young person discussed.",
     True, "Complete"),
    ("R3", "Lyndford Police should review how intelligence about children found with drugs or large amounts of cash away from "
     "home is used to identify exploitation.",
     "Lyndford Police", [body("Lyndford Police", "police")],
     "A child exploitation marker has been added to police systems and the force intelligence unit produces a monthly profile "
     "of locations of concern.",
     True, "Complete"),
    ("R4", "Schools and the Education Inclusion Service should ensure that a managed move or exclusion of a child known to be at "
     "risk of exploitation triggers a multi-agency meeting.",
     "Education Inclusion Service / Schools", [body("Education Inclusion Service", "education"), body("Schools", "education")],
     "Protocol drafted and out for consultation with headteachers; the secondary heads' forum has agreed it in principle.",
     True, "Partially achieved"),
    ("R5", "The Designated Nurse should ensure that emergency department staff record and share attendances by adolescents with "
     "injuries consistent with violence.",
     "Designated Nurse (Lyndford CCG)", [body("Designated Nurse", "health"), body("Lyndford CCG", "health")],
     "-", False, "Not yet started"),
    ("R6", "The Partnership should develop a multi-agency training offer on criminal exploitation and county lines for "
     "practitioners and managers.",
     "LSCP Learning and Development Group", [body("LSCP Learning and Development Group", "lscb")],
     "A two-hour briefing was delivered to 410 practitioners, and a full-day course started in January 2019.",
     True, "Closed"),
    ("R7", "Housing providers should report concerns about vulnerable tenants whose homes may be being used by others for drug "
     "dealing.",
     "Lyndford Homes and registered housing providers",
     [body("Lyndford Homes", "housing"), body("registered housing providers", "housing")],
     "A reporting pathway was agreed with the two largest housing providers in February 2019.",
     True, "Ongoing"),
    ("R8", "Cafcass and Children's Services should ensure that, in private law proceedings, the court is told about known risks "
     "to the child from outside the family.",
     "Cafcass / LCC Children's Services", [body("Cafcass", "cafcass"), body("LCC Children's Services", "childrens_social_care")],
     "Update to follow.", False, "Ongoing"),
]

MECHANISM = ("The Learning from Practice Group tracks the Child T action plan at every meeting, and the safeguarding partners "
             "receive a progress report each quarter; the group will audit the impact of the changes during 2019-20.")


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Lyndford", board=BOARD, short="LSCP", period="2018-19", seed=41, partnership=True,
                     council="Lyndford City Council", police="Lyndford Police", ccg="NHS Lyndford CCG",
                     chair="Catherine Moyo")
    b: list = [Columns(2)]
    b += filler.foreword(ctx, chair="Catherine Moyo, Independent Scrutineer")
    b += filler.introduction(ctx)
    b += filler.area_profile(ctx)
    b += filler.governance(ctx)
    b += filler.membership(ctx)
    b += filler.early_help(ctx)
    b += [
        Heading("Our priorities: what we said and what we did", 1),
        Para("The Lyndford LSCB business plan for 2017-19 set three priorities, which the Partnership adopted when it took over "
             "from the Board in September 2018. The table below summarises the progress made against each."),
        Table(["Priority", "What we said we would do", "What we did", "Rating"], [
            ["Neglect", "All agencies should use the neglect toolkit when neglect is suspected.",
             "Toolkit used in 61% of relevant assessments audited, up from 22%.", "Good progress"],
            ["Exploitation", "Partners should set up a single exploitation panel covering sexual and criminal exploitation.",
             "Weekly panel established in July 2018; 74 young people discussed.", "Achieved"],
            ["Early help", "Schools and health should lead more early help assessments.",
             "Early help assessments led by schools rose by 18%; health-led assessments remain low.", "Some progress"],
            ["Transition to new arrangements", "Publish the new safeguarding arrangements by 29 June 2019.",
             "Arrangements agreed and published in September 2018 as an early adopter.", "Achieved"],
            ["Workforce", "The Partnership should reduce the number of places lost through non-attendance at training.",
             "Non-attendance fell from 14% to 9% after a charging policy was introduced.", "Good progress"],
        ], caption="Table 4: Priorities 2017-19"),
        Para("For 2019-20 the partners have agreed to keep exploitation and neglect as priorities and to add a new priority on "
             "the mental health and emotional wellbeing of children and young people."),
        PageBreak(),
        Heading("Reviews of Practice", 1),
        Para("From 29 June 2018 the Child Safeguarding Practice Review Panel replaced the national SCR panel, and local "
             "safeguarding partners became responsible for local child safeguarding practice reviews (LCSPRs). A serious "
             "incident must be notified to the national panel within five working days, and the partners must carry out a "
             "rapid review within fifteen working days to decide whether a local review is needed."),
        Heading("Serious case review: Child T", 2),
        Para("The serious case review concerning Child T was started under the previous arrangements by Lyndford LSCB and was "
             "published in November 2018. Child T was fifteen when he was seriously injured in a knife attack in a neighbouring "
             "city. He had been reported missing eleven times in the previous year and had been found on two occasions in "
             "possession of drugs and cash."),
        Para("The review found that agencies treated each episode as a separate event, that Child T was seen as making choices "
             "rather than as a victim of exploitation, and that his exclusion from school removed the one adult he trusted. The "
             "review made eight recommendations; these and the progress made are set out in Appendix 2."),
        Para(MECHANISM),
        Heading("Local child safeguarding practice review: Child W", 2),
        Para("Following a rapid review in February 2019, the safeguarding partners decided to commission a local child "
             "safeguarding practice review concerning Child W, a two-year-old who was admitted to hospital with serious "
             "injuries. The national panel agreed with the decision. The reviewer has been appointed and the review is at an "
             "early stage; it has not yet made any recommendations."),
        Heading("Rapid reviews", 2),
        Para("Three further serious incidents were notified to the national panel during the year. In each case a rapid review "
             "was held and the partners concluded that the learning could be taken forward without a local child safeguarding "
             "practice review; the national panel agreed in all three cases. The rapid reviews identified the following actions, "
             "which the Learning from Practice Group is also monitoring:"),
        Bullets([
            "midwifery services should ask every pregnant woman about previous children who are not in her care;",
            "the MASH should seek the views of the school before deciding that a referral about a teenager needs no further action;",
            "GPs should be invited to contribute to every initial child protection conference, and their reports chased when they are not received;",
            "the police should make sure that a child who discloses abuse in a video interview is offered support on the same day.",
        ]),
    ]
    b += filler.subgroups(ctx)
    b += [
        Heading("Independent scrutiny", 2),
        Para("The Independent Scrutineer reviewed the new arrangements in March 2019. Her report concluded that the transition "
             "from the LSCB had been well managed and that the three partners shared leadership well. She recommended that the "
             "partners should:"),
        Bullets([
            "strengthen the voice of schools in the arrangements, as schools are not a statutory partner;",
            "agree a shared performance dataset within six months;",
            "review the funding formula so that contributions reflect the size of each partner's budget.",
        ], numbered=True),
    ]
    b += filler.training(ctx)
    b += filler.performance(ctx)
    b += filler.voice_of_child(ctx)
    b += filler.cse_missing(ctx)
    b += filler.cdop(ctx)
    b += filler.lado(ctx)
    b += filler.private_fostering(ctx)
    b += filler.budget(ctx)
    b += [Columns(1), PageBreak()]

    rows, entries = [], []
    for i, (no, text, agency, bodies, progress, is_action, word) in enumerate(CHILD_T, 1):
        rows.append([no, text, agency, progress, word])
        entries.append(entry(NAME, i, "Child T", no[1:], text, progress if is_action else None, bodies, STATUS[word]))
    b += [
        Heading("Appendix 1: Glossary", 1),
    ] + filler.glossary(filler.Ctx(area="Lyndford", board=BOARD, short="LSCP", period="2018-19", seed=41,
                                   partnership=True, level=2))[1:] + [
        PageBreak(),
        Heading("Appendix 2: Child T serious case review - action plan update", 1),
        Para("Position at 31 March 2019, as reported to the Learning from Practice Group."),
        Table(["No.", "Recommendation", "Agency", "Progress", "Status"], rows),
    ]
    g = gold(NAME, BOARD, "2018-19", [("Child T", "published"), ("Child W", "initiated")], entries, MECHANISM)
    return ReportSpec(name=NAME, title="Lyndford Safeguarding Children Partnership: Annual Report 2018 to 2019",
                      running_header="Lyndford Safeguarding Children Partnership", blocks=b, gold=g,
                      published="Published October 2019")
