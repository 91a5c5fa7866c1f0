"""Brackenholt Safeguarding Children Board annual report 2013-14.

SCR layout: an action-plan TABLE "Recommendation | Action taken | Lead agency | Timescale | RAG"
(numbers "1." inside the recommendation cell), a RAG key (Green = completed, Amber = in
progress, Red = not started) and 10 rows that run over a page break. Child D published,
Child E initiated. Distractors: Ofsted recommendations table, business plan priorities table.
"""
import filler
from blocks import Bullets, Heading, PageBreak, Para, ReportSpec, Table, body, entry, gold

NAME = "brackenholt-2013-14"
BOARD = "Brackenholt Safeguarding Children Board"

STATUS = {"Green": "completed", "Amber": "in_progress", "Red": "not_started"}
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                      "September", "October", "November", "December"], 1)}

# (text, action-cell, action-or-None, bodies, lead cell, timescale, RAG)
CHILD_D = [
    ("The BSCB should ensure that the multi-agency procedure for the management of bruising in non-mobile infants is revised and relaunched, and that compliance is audited within twelve months.",
     "Procedure revised in May 2013 and relaunched through 14 briefings attended by 380 staff. An audit of 30 cases in January 2014 found 27 fully compliant with the procedure.",
     True, [body("BSCB Policy and Procedures Sub-group", "lscb")], "BSCB Policy and Procedures Sub-group", "May 2013", "Green"),
    ("Brackenholt Borough Council Children's Social Care should ensure that assessments of unborn and newborn babies include a full history of both parents, including any previous care proceedings.",
     "Pre-birth assessment guidance rewritten; the assessment template now has a mandatory parental history section, which team managers check before they sign the assessment off.",
     True, [body("BBC Children's Social Care", "childrens_social_care")], "BBC Children's Social Care", "September 2013", "Green"),
    ("NHS Brackenholt CCG should ensure that GPs record and share information about parental mental health and substance misuse when they know that a patient is a parent or carer of a young child.",
     "The Named GP has delivered training at 22 of the 31 practices. A flag for parents with mental health needs is being added to the GP clinical system.",
     True, [body("NHS Brackenholt CCG", "health")], "NHS Brackenholt CCG", "June 2014", "Amber"),
    ("Brackenholt Police should ensure that officers attending domestic incidents check whether there are children under two in the household and record this on the incident log.",
     "A prompt has been added to the DASH risk assessment form and a briefing was delivered to all response teams in October 2013.",
     True, [body("Brackenholt Police", "police")], "Brackenholt Police", "October 2013", "Green"),
    ("Brackenholt Hospitals NHS Foundation Trust should ensure that maternity staff share concerns about parental substance misuse with the health visiting service before a baby is discharged.",
     "The midwives' discharge checklist now includes a mandatory handover to the health visitor where concerns are noted. A compliance audit will report in July 2014.",
     True, [body("Brackenholt Hospitals NHS Foundation Trust", "health")], "Brackenholt Hospitals NHS Foundation Trust", "July 2014", "Amber"),
    ("Health visiting and children's centres should agree a protocol for sharing information about families who do not engage with universal services.",
     "Update awaited from lead agency.",
     False, [body("Brackenholt Community Health NHS Trust", "health"), body("Children's Centres", "childrens_social_care")],
     "Brackenholt Community Health NHS Trust / Children's Centres", "March 2014", "Amber"),
    ("All agencies should ensure that practitioners working with families where a parent misuses drugs or alcohol receive training on the impact on babies and very young children.",
     "A one-day multi-agency course, 'Hidden Harm', was delivered six times to 142 practitioners and is now part of the core training programme.",
     True, [body("all partner agencies", "lscb")], "All agencies", "March 2014", "Green"),
    ("The Substance Misuse Service should ensure that its assessments routinely ask whether service users have parental responsibility for, or contact with, children.",
     "Assessment paperwork amended in December 2013. The service is re-auditing case files to check that the question is being asked and recorded.",
     True, [body("Substance Misuse Service", "adult_services")], "Substance Misuse Service", "June 2014", "Amber"),
    ("The BSCB should seek assurance from partners that the escalation policy is understood and used by front-line staff when they disagree with a decision made by another agency.",
     "-",
     False, [body("BSCB Quality Assurance Sub-group", "lscb")], "BSCB Quality Assurance Sub-group", "September 2014", "Red"),
    ("Children's Social Care and Brackenholt Police should review the arrangements for strategy discussions so that health professionals are routinely included.",
     "Strategy discussion guidance revised: the on-call paediatrician is now invited to every strategy discussion about a child under one. A joint audit of strategy discussions is planned for the summer.",
     True, [body("Children's Social Care", "childrens_social_care"), body("Brackenholt Police", "police")],
     "Children's Social Care / Brackenholt Police", "January 2014", "Green"),
]

MECHANISM = ("The SCR Sub-group monitors the Child D action plan at each of its bi-monthly meetings, "
             "challenges lead agencies where actions slip, and reports progress, RAG rated, to every meeting of the Board.")


def due_of(timescale: str) -> str:
    month, year = timescale.split()
    return f"{year}-{MONTHS[month]:02d}"


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Brackenholt", board=BOARD, short="BSCB", period="2013-14", seed=1,
                     council="Brackenholt Borough Council", police="Brackenholt Police",
                     ccg="NHS Brackenholt Clinical Commissioning Group",
                     acute_trust="Brackenholt Hospitals NHS Foundation Trust",
                     community_trust="Brackenholt Community Health NHS Trust", chair="Margaret Oyelaran")
    b: list = []
    b += filler.foreword(ctx)
    b.append(PageBreak())
    b += filler.introduction(ctx)
    b += filler.area_profile(ctx)
    b += filler.governance(ctx)
    b += filler.membership(ctx)
    b += filler.budget(ctx)

    # ---- distractor: Ofsted review of the LSCB
    b += [
        Heading("Ofsted review of the effectiveness of the Board", 1),
        Para("In February 2014 Ofsted inspected services for children in need of help and protection, children looked after "
             "and care leavers in Brackenholt, and at the same time reviewed the effectiveness of the BSCB. The Board was "
             "judged to require improvement. Inspectors found that the Board had a good understanding of local need but that "
             "its quality assurance work was not yet having enough impact on front-line practice."),
        Para("Ofsted recommended that the Board take the following action. The Board's response is shown against each recommendation "
             "and will be monitored by the Executive Group."),
        Table(["Ofsted recommendation", "Board response", "Lead", "Target date"], [
            ["The LSCB should ensure that its multi-agency audit programme tests the quality of practice and that findings lead to measurable improvement.",
             "The audit programme for 2014-15 has been redesigned around the Board's priorities, with a re-audit after six months.",
             "QA Sub-group", "September 2014"],
            ["The LSCB should strengthen its oversight of children who go missing from home and care.",
             "A quarterly missing children report will be presented to the Board from June 2014.", "CSE and Missing Sub-group", "June 2014"],
            ["The LSCB should evaluate the impact of multi-agency training on practice.",
             "Follow-up questionnaires to delegates and managers introduced from April 2014.", "Training Sub-group", "December 2014"],
            ["The LSCB should ensure that the threshold document is understood and consistently applied by all partners.",
             "Threshold document to be relaunched with briefings for schools and GPs.", "Policy and Procedures Sub-group", "October 2014"],
        ], caption="Table 6: Ofsted recommendations and the Board's response"),
    ]
    b += filler.subgroups(ctx)
    b.append(PageBreak())

    # ---- the SCR section
    rows, entries = [], []
    for i, (text, action_cell, has_action, bodies, lead, when, rag) in enumerate(CHILD_D, 1):
        rows.append([f"{i}. {text}", action_cell, lead, when, rag])
        entries.append(entry(NAME, i, "Child D", str(i), text, action_cell if has_action else None, bodies,
                             STATUS[rag], due_of(when)))
    b += [
        Heading("Learning from Serious Case Reviews", 1),
        Para("The Board must undertake a serious case review when abuse or neglect of a child is known or suspected and the child "
             "has died or been seriously harmed, and there is cause for concern about the way agencies worked together. Decisions "
             "are made by the Independent Chair on the advice of the SCR Sub-group, which is chaired by the Designated Nurse."),
        Para("During 2013-14 the Board published one serious case review, concerning Child D, and initiated a further review, "
             "concerning Child E. No other referrals met the criteria for a serious case review, although two cases were the subject "
             "of a multi-agency management review to identify single-agency learning."),
        Heading("Child D", 2),
        Para("Child D was seven months old when he was admitted to hospital with a fractured skull and rib fractures, the "
             "injuries having been caused by a parent. Both parents had a history of mental ill health and drug use, and the "
             "mother had an older child who had been adopted. The review was led by an independent author using a systems "
             "approach and was published in October 2013, after the conclusion of criminal proceedings."),
        Para("The review found that professionals knew a great deal about the parents individually but did not put that "
             "information together. Bruising seen by a health professional when Child D was four months old was accepted as "
             "accidental without a medical opinion, and the father's history was not known to the health visitor."),
        Heading("Child E", 2),
        Para("In January 2014 the Chair accepted the recommendation of the SCR Sub-group that the circumstances of Child E, a "
             "fourteen-year-old girl who was seriously harmed, met the criteria for a serious case review. The review has been "
             "commissioned from an independent reviewer and is expected to conclude in the autumn. Its findings will be reported "
             "in next year's annual report."),
        Heading("Monitoring the action plan", 2),
        Para(MECHANISM),
        Para("The table below sets out each recommendation of the Child D review, the action taken, the lead agency and the "
             "position at 31 March 2014."),
        Para("RAG key: Green = completed; Amber = in progress; Red = not started.", italic=True),
        Table(["Recommendation", "Action taken", "Lead agency", "Timescale", "RAG"], rows,
              caption="Child D serious case review: action plan progress"),
        Para("Four of the ten recommendations are complete. The Board has asked the Substance Misuse Service and NHS Brackenholt "
             "CCG for written reports on the remaining actions for its July 2014 meeting."),
    ]
    b += filler.training(ctx)
    b += filler.performance(ctx)
    b += filler.cdop(ctx)
    b += filler.lado(ctx)
    b += filler.private_fostering(ctx)
    b += filler.cse_missing(ctx)

    # ---- distractor: business plan priorities
    b += [
        Heading("Business plan priorities for 2014-15", 1),
        Para("The Board agreed its business plan for 2014-15 at its March meeting. The priorities reflect the findings of the "
             "Ofsted review, the performance dataset and the views of children and young people."),
        Table(["Priority", "What we will do", "Lead", "By when"], [
            ["1. Neglect", "Partners should adopt a single neglect assessment tool and train 300 practitioners in its use.",
             "Neglect Task Group", "March 2015"],
            ["2. Child sexual exploitation", "The Board should publish a revised CSE strategy and a problem profile with the police.",
             "CSE and Missing Sub-group", "December 2014"],
            ["3. Early help", "Agencies should increase the number of early help assessments started by health and the police.",
             "Early Help Board", "March 2015"],
            ["4. Quality assurance", "A rolling programme of multi-agency audits will test the quality of practice against the priorities.",
             "QA Sub-group", "Ongoing"],
            ["5. Voice of the child", "All agencies should show how the views of children inform their assessments and plans.",
             "All agencies", "March 2015"],
        ], caption="Business plan 2014-15"),
    ]
    b += filler.glossary(ctx)

    g = gold(NAME, BOARD, "2013-14", [("Child D", "published"), ("Child E", "initiated")], entries, MECHANISM)
    return ReportSpec(name=NAME, title="Brackenholt Safeguarding Children Board Annual Report 2013-14",
                      running_header="BSCB Annual Report 2013/14", blocks=b, gold=g)
