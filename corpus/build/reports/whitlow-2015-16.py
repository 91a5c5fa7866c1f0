"""Whitlow Local Safeguarding Children Board, annual report 2015-16 (invented area).

Shape under test: RECOMMENDATIONS SPLIT INTO ACTION ROWS IN AN APPENDIX ACTION PLAN, rated by
LETTER. The body says only, in short prose, what each serious case review found, how many
recommendations it made and who monitors the plans. The recommendations and progress are in the
appendix "SCR action plans": one table per review, columns "Ref | Recommendation | Action | Owner |
Update | Rating", the target date closing the Action cell ("... (by Dec 2015)"): a separate Target
date column made seven columns, and on a portrait page build.py's widths (fitted to each column's
longest word) then broke the header words ("Recommendat-ion"). Each recommendation has one to
three action rows (Ref 1.1, 1.2, ...); the recommendation text is on the first row of its group
only, the cell below is blank. Rows run over page breaks in the PDF (pages 10-14).
Ratings are letters defined in a key paragraph above the tables: C = complete, G = on track,
A = some slippage, R = not started or significantly off track.

Three SCRs: Child F (published September 2015, 6 recommendations), Family Q (published January
2016, 5) and Baby H (completed February 2016, publication deferred for a criminal trial, 3; the
plan was agreed in March 2016). 14 gold entries, ONE per recommendation (not per action row):
- number: the group's number ("1" for rows 1.1, 1.2); text: the recommendation cell.
- action: what the update cells of the group say was done or is being done, joined. The plans
  are written so that at most one update cell per group reports work done; the others say "-",
  "No update received", "Awaiting update ...", "Not started ...", "See 4.1." or "Covered by the
  briefings at 1.1.". (build.py checks
  that a gold span lies inside ONE cell, so a join of two cells could not be checked; with one
  such cell the join is that cell, whole.) A plan in a cell ("will be written into the new
  contract") is not part of the action when another cell of the group reports work done.
- bodies: every organisation in the group's Owner cells (the part before any role in brackets),
  plus any body an update names as having acted (Family Q 5: CAMHS and the acute trust). The
  addressees named in a recommendation's text are the same organisations as its owners (or, for
  Child F 5's "Schools and early years settings", the same sector), so they are not added again.
- status from the group's letters: completed only if every row is C; not_started only if no row
  has started (every row R and no update reports work); otherwise in_progress. Family Q 1 is C/C
  where 1.2's update says only "Covered by the briefings at 1.1" -> completed, action = 1.1 cell.
- Baby H 3 has no update yet on either row ("No update yet ...", R/R): action null, not_started.
13 of 14 entries have an action, all have a body, and the Case Review Group's monitoring is
described in the body: verdict meets.

Near misses (no gold entries): a domestic homicide review's action plan laid out in a similar
table, a rapid learning review (Child R) that did not meet the SCR criteria, Ofsted's
recommendations to the LSCB, the section 11 audit, and the business plan priorities for 2016-17.
Due dates are left null, as in the other modules: the target dates belong to action rows, not to
recommendations. Extra rendering: txt (where the action plans become "Label: value" records).
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body

NAME = "whitlow-2015-16"
AREA = "Whitlow"
BOARD = "Whitlow Local Safeguarding Children Board"
YEAR = "2015-16"

# The key as printed above the tables, and the letters it defines.
KEY = ("Ratings used in the tables: C = complete; G = on track; A = some slippage against the target "
       "date; R = not started or significantly off track. An update of \"-\" means that the action is "
       "not yet due to report.")
LETTERS = ("C", "G", "A", "R")

MONITORING = ("The Case Review Group holds the action plans for all three reviews. It goes through every "
              "open action at each of its bi-monthly meetings, asks the owning agency for evidence before "
              "an action is rated C, and sends a rated summary of all open SCR actions to every meeting "
              "of the Board.")

# Owners (cell text -> gold body). The cell may add a role in brackets; the body is the organisation.
CSC = body("Whitlow Children's Services", "childrens_social_care")
CCG = body("NHS Whitlow CCG", "health")
NHSE = body("NHS England", "health")
MOORGATE = body("Moorgate Care NHS Foundation Trust", "health")
RECOVERY = body("Whitlow Recovery Service", "adult_services")
TRAINING_SG = body("LSCB Training Sub-group", "lscb")
EDUCATION = body("Education Welfare Service", "education")
EARLY_YEARS = body("Early Years Service", "education")
POLICE = body("Northfold Police", "police")
POLICY_SG = body("LSCB Policy and Procedures Sub-group", "lscb")
HOMES = body("Whitlow Homes", "housing")
WGH = body("Whitlow General Hospital", "health")
BUSINESS_UNIT = body("LSCB Business Unit", "lscb")


def A(action: str, owner: dict, role: str | None, target: str, update: str, rating: str,
      done: bool) -> dict:
    """One action row. `done`: the update reports work done or under way (part of the gold action)."""
    assert rating in LETTERS
    cell = owner["name"] + (f" ({role})" if role else "")
    return {"action": action, "owner": owner, "cell": cell, "target": target, "update": update,
            "rating": rating, "done": done}


# ---------------------------------------------------------------- Child F
# Words in the Action and Owner cells are kept to ten letters or fewer, so that build.py's column
# widths (fitted to each column's longest word) leave room for the Update column on a portrait page.

CHILD_F = [
    ("Whitlow Children's Services should ensure that when a family with an open child in need or child "
     "protection case moves to another authority, a meeting with the receiving authority is held before "
     "the case is closed.",
     [A("Rewrite the transfer procedure to require a handover meeting before closure.",
        CSC, "Head of Service", "Dec 2015",
        "Procedure rewritten in November 2015: a meeting with the receiving authority is now required "
        "before an open case is closed on transfer.", "C", True),
      A("Audit cases moved out of area from January to March 2016.",
        CSC, "QA Unit", "Apr 2016", "-", "G", False)]),
    ("NHS Whitlow CCG should seek assurance that health providers follow up children who are not brought "
     "to appointments and treat a pattern of missed appointments as a possible sign of neglect.",
     [A("Agree one 'Was Not Brought' policy for all NHS providers and GP surgeries.",
        CCG, None, "Jan 2016",
        "Policy agreed by the CCG's assurance group in January 2016, sent to all 34 GP practices and "
        "presented to outpatient managers.", "C", True),
      A("Extend the policy to NHS dental practices.",
        NHSE, "area team", "Mar 2016", "Awaiting update from NHS England.", "R", False)]),
    ("Moorgate Care NHS Foundation Trust and Whitlow Recovery Service should ensure that staff assessing "
     "adults with mental health or substance misuse problems ask about and record every child in the "
     "household.",
     [A("Make the household fields mandatory on the adult mental health form.",
        MOORGATE, "Adult Mental Health", "Oct 2015",
        "'Think Family' fields mandatory on the trust's electronic form since October 2015; found "
        "completed in 37 of 40 assessments sampled.", "C", True),
      A("Add the same fields to the drug and alcohol service's forms.",
        RECOVERY, None, "Jan 2016",
        "Not started. The service is out to tender and the requirement will be in the new contract from "
        "October 2016.", "R", False)]),
    ("The LSCB should ensure that its multi-agency training on neglect covers the Graded Care Profile and "
     "the impact of parental learning disability on the care of children.",
     [A("Rewrite the two-day neglect course.",
        TRAINING_SG, None, "Oct 2015",
        "Course rewritten with a session on parents with a learning disability and half a day on the Graded "
        "Care Profile. Run five times for 132 staff.", "C", True),
      A("Include the Graded Care Profile in the course.",
        TRAINING_SG, None, "Oct 2015", "See 4.1.",
        "C", False)]),
    ("Schools and early years settings should follow up any child whose attendance falls below 90% in a "
     "half-term, and tell the child's social worker where there is one.",
     [A("Reissue the school attendance guidance.",
        EDUCATION, None, "Jan 2016",
        "Guidance reissued in January 2016 with a section on pupils who have a social worker. 61 of 78 "
        "schools have confirmed receipt.", "G", True),
      A("Send the same guidance to private and voluntary nurseries.",
        EARLY_YEARS, None, "Mar 2016", "No update received.", "A", False)]),
    ("Northfold Police should ensure that Children's Services are notified whenever officers attend a "
     "domestic incident where a child is present or lives, whether or not a crime is recorded.",
     [A("Amend the domestic abuse procedure and check that it is followed.",
        POLICE, "Public Protection Unit", "Sep 2015",
        "Procedure amended in August 2015. Dip samples in November and February found a child concern "
        "form in 96% and 98% of cases.", "C", True)]),
]

# ---------------------------------------------------------------- Family Q

FAMILY_Q = [
    ("Whitlow Children's Services should ensure that before a child in need or child protection plan is "
     "closed, the manager reviews the family's history and records why the risks have reduced.",
     [A("Add a closure template with a history summary and the manager's reasons.",
        CSC, "Service Manager", "Mar 2016",
        "Closure template live since 1 March 2016; a plan cannot be closed without a history summary and "
        "reasons. Team managers briefed in February.", "C", True),
      A("Brief team managers on the build-up of harm from neglect.",
        CSC, "Principal Social Worker", "Mar 2016", "Covered by the briefings at 1.1.", "C", False)]),
    ("The LSCB should revise its procedure for resolving professional disagreements and publicise it to "
     "front-line practitioners in every agency.",
     [A("Revise the escalation procedure.",
        POLICY_SG, None, "Mar 2016",
        "Revised procedure, with timescales for each stage, approved by the Board on 10 March 2016 and "
        "published on the LSCB website.", "C", True),
      A("Publicise it to staff through a briefing.",
        POLICY_SG, None, "Apr 2016", "Not started: to follow publication of 2.1.", "R", False)]),
    ("Whitlow Homes should ensure that housing officers who visit a property in serious disrepair where "
     "children live consider whether the state of the home indicates neglect, and know how to make a "
     "referral.",
     [A("Train housing and repairs staff; add a neglect prompt to the tenancy visit form.",
        HOMES, "Head of Tenancy", "Feb 2016",
        "Sessions for 44 housing and repairs officers held from November 2015 to February 2016; neglect "
        "prompt added to the tenancy visit form.", "C", True)]),
    ("Moorgate Care NHS Foundation Trust should ensure that school nurses escalate to their safeguarding "
     "lead where concerns about a child's health or hygiene persist despite advice.",
     [A("Hold six-weekly case reviews for school nurses; issue a flowchart.",
        MOORGATE, "School Nursing", "Dec 2015",
        "Case supervision for school nurses six-weekly since December 2015; flowchart in use. 11 cases "
        "escalated last quarter, against 2 a year earlier.", "G", True),
      A("Audit escalation in school nurse records.",
        MOORGATE, "Named Nurse", "Mar 2016",
        "Postponed to July 2016 because of staff vacancies.", "A", False)]),
    ("All agencies should ensure that practitioners working with adolescents who self-harm consider "
     "whether neglect at home is contributing to the young person's distress.",
     [A("Each agency to confirm that its self-harm pathway asks about neglect.",
        ALL_AGENCIES, None, "Jan 2016",
        "Returns from 9 of 13 agencies. CAMHS and the acute trust's paediatric liaison team have added a "
        "home life question to self-harm checks.", "A", True)]),
]
# Family Q 5: the Owner cell reads "All agencies" (the ALL_AGENCIES body in gold); the update names
# CAMHS and the acute trust as having acted, so they join the bodies.
FAMILY_Q_ACTED = {5: [body("CAMHS", "health"), body("the acute trust", "health")]}
OWNER_CELL = {ALL_AGENCIES["name"]: "All agencies"}

# ---------------------------------------------------------------- Baby H

BABY_H = [
    ("Maternity services at Whitlow General Hospital should ask every expectant mother about the baby's "
     "father, including any history of care or violence, and record the answers.",
     [A("Add questions about the father to the booking form.",
        WGH, "Head of Midwifery", "Apr 2016",
        "Booking form amended in March 2016; midwives are being briefed at team meetings in April and May.",
        "G", True),
      A("Audit how fathers' details are recorded at booking.",
        WGH, "Named Midwife", "Oct 2016", "-", "G", False)]),
    ("Whitlow Children's Services should ensure that the Leaving Care Team tells the Assessment Service "
     "when a care leaver is expecting a baby, so that a pre-birth assessment can be considered.",
     [A("Agree a protocol between the Leaving Care Team and the Assessment Service.",
        CSC, "Leaving Care Team", "Jun 2016",
        "Protocol being drafted by the two team managers; draft due in May.",
        "G", True)]),
    ("The LSCB should ensure that all agencies in contact with new parents give the same advice about "
     "coping with a crying baby and the dangers of shaking.",
     [A("Agree one message and leaflet on crying babies for all agencies.",
        BUSINESS_UNIT, None, "Sep 2016", "No update yet: plan agreed 17 March 2016.", "R", False),
      A("Health visitors to give the message at new birth visits.",
        MOORGATE, "Health Visiting", "Oct 2016", "No update yet.", "R", False)]),
]


def status_of(rows: list[dict]) -> str:
    """The recommendation's status from its action rows' letters (see the module docstring)."""
    ratings = [r["rating"] for r in rows]
    if all(x == "C" for x in ratings):
        return "completed"
    if all(x == "R" for x in ratings) and not any(r["done"] for r in rows):
        return "not_started"
    return "in_progress"


def action_of(rows: list[dict]) -> str | None:
    """The update cells that report work done, joined (the plans hold at most one per group)."""
    done = [r["update"] for r in rows if r["done"]]
    assert len(done) <= 1, done
    return " ".join(done) if done else None


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child F", "published")
    g.scr("Family Q", "published")
    g.scr("Baby H", "completed")
    for case, recs, acted in (("Child F", CHILD_F, {}), ("Family Q", FAMILY_Q, FAMILY_Q_ACTED),
                              ("Baby H", BABY_H, {})):
        for n, (text, rows) in enumerate(recs, 1):
            bodies = [r["owner"] for r in rows] + acted.get(n, [])
            g.rec(case, str(n), text, action_of(rows), bodies, status_of(rows))
    return g.dump(MONITORING)


def _plan_table(recs: list, caption: str) -> Table:
    rows = []
    for n, (text, actions) in enumerate(recs, 1):
        for k, a in enumerate(actions, 1):
            owner = OWNER_CELL.get(a["owner"]["name"], a["cell"])
            rows.append([f"{n}.{k}", text if k == 1 else "", f"{a['action']} (by {a['target']})", owner,
                         a["update"], a["rating"]])
    return Table(["Ref", "Recommendation", "Action", "Owner", "Update", "Rating"], rows, caption=caption)


# ---------------------------------------------------------------- body

def _foreword() -> list:
    return [
        Heading("Independent Chair's introduction", 1),
        Para("Annual reports from safeguarding boards can read as if everything is under control. This one "
             "tries not to. In 2015-16 the Whitlow Local Safeguarding Children Board published two serious "
             "case reviews, received the findings of a third, and was told by Ofsted in December that it "
             "requires improvement. None of that makes comfortable reading, and I do not think it should."),
        Para("What I can say is that partners in Whitlow have not looked away. The reviews of Child F and "
             "Family Q describe families that many agencies knew well and that nobody saw whole. Both "
             "reviews were published with a full action plan, and the appendix to this report shows every "
             "action, who owns it and where it has got to, including the ones that have slipped. I would "
             "rather the Board were judged on that record than on a summary written by me."),
        Para("Two things have improved noticeably during the year. Attendance at the Board by senior "
             "managers is the best it has been since I took up the post in 2013, and the Board now receives "
             "a multi-agency performance report every quarter rather than a collection of single-agency "
             "figures. Two things have not improved enough: our understanding of how neglect is being "
             "tackled in families with older children, and the time it takes some agencies to respond when "
             "the Board asks them for assurance."),
        Para("My thanks go to the practitioners across Whitlow who spoke frankly to the reviewers. Their "
             "honesty is what makes learning possible."),
        Para("Bernadette Quayle, Independent Chair", bold=True),
    ]


def _area() -> list:
    return [
        Heading("Whitlow and its children", 1),
        Para("Whitlow is a metropolitan borough of about 214,000 people on the eastern edge of the Pennines. "
             "Roughly 49,600 of its residents are under 18. About half live in the town itself and the rest "
             "in the mill villages of the Sowe valley. One child in five in the borough lives in a household with "
             "low income, rising to nearly one in two in the Eastgate and Canal Bank wards. About 17% of "
             "pupils speak a language other than English at home, mainly Urdu, Punjabi and Polish."),
        Para("The figures below are taken from the Board's quarterly dataset. They are snapshots at the end "
             "of each year unless stated otherwise."),
        Table(["Measure", "31 March 2015", "31 March 2016"], [
            ["Contacts to Children's Services (year)", "11,842", "12,610"],
            ["Referrals to Children's Services (year)", "3,204", "3,377"],
            ["Re-referrals within 12 months", "24%", "21%"],
            ["Children in need (including those below)", "1,688", "1,741"],
            ["Children subject to a child protection plan", "214", "247"],
            ["Rate per 10,000 children", "43.3", "49.8"],
            ["Plans lasting two years or more", "4.2%", "3.6%"],
            ["Looked after children", "392", "406"],
            ["Early help assessments started (year)", "1,016", "1,295"],
        ], caption="Table 1: Safeguarding activity in Whitlow"),
        Para("Neglect is the main category for 52% of child protection plans, emotional abuse for 33%, "
             "physical abuse for 11% and sexual abuse for 4%. The rise in plans during the year was almost "
             "entirely in neglect. The Quality Assurance and Performance Sub-group looked at this in "
             "January and concluded that it reflects better recognition following the Child F review rather "
             "than a change in the population, but it has asked for a further analysis in the autumn."),
    ]


def _board() -> list:
    return [
        Heading("How the Board works", 1),
        Para("The Board is the statutory body that coordinates what agencies in Whitlow do to safeguard "
             "children and checks whether it is working. It has an independent chair, accountable to the "
             "Chief Executive of Whitlow Metropolitan Borough Council, and meets six times a year. A smaller "
             "Executive Group of the statutory partners meets between Board meetings to manage the budget "
             "and the business plan."),
        Para("The Chair meets the Director of Children's Services, the Lead Member for Children and the "
             "Chief Executive each quarter, and presents this report to the Health and Wellbeing Board, the "
             "Police and Crime Commissioner for Northfold and the Whitlow Community Safety Partnership. Two "
             "lay members, appointed in 2014, sit on the Board and on the Quality Assurance and Performance "
             "Sub-group."),
        Table(["Agency", "Meetings attended (of 6)"], [
            ["Whitlow Metropolitan Borough Council (Children's and Adult Services)", "6"],
            ["Northfold Police", "6"],
            ["NHS Whitlow CCG", "6"],
            ["Whitlow General Hospital NHS Foundation Trust", "5"],
            ["Moorgate Care NHS Foundation Trust", "6"],
            ["National Probation Service and Northfold Community Rehabilitation Company", "4"],
            ["Whitlow Youth Offending Service", "5"],
            ["Cafcass", "2"],
            ["Whitlow Homes", "4"],
            ["Schools (primary, secondary and special representatives)", "6"],
            ["Voluntary and community sector (Whitlow Voluntary Action)", "5"],
            ["Lay members (two)", "6"],
        ], caption="Table 2: Attendance at Board meetings, 2015-16"),
        Heading("Budget", 2),
        Para("The Board's budget for 2015-16 was £268,400, of which the Council contributed £151,000, the "
             "CCG £62,500, Northfold Police £34,000 and other partners £20,900. Serious case reviews cost "
             "£41,200, well above the £25,000 set aside for them; the overspend was met from reserves, which "
             "now stand at £18,700."),
    ]


def _subgroups() -> list:
    return [
        Heading("The sub-groups", 1),
        Para("Most of the Board's work is done in five sub-groups, each chaired by a Board member and "
             "supported by the Business Unit."),
        Heading("Case Review Group", 2),
        Para("The Case Review Group decides whether a case meets the criteria for a serious case review and "
             "makes a recommendation to the Chair, commissions and manages the reviews, and follows up "
             "what happens afterwards. It is chaired by the Designated Nurse. This year it considered four "
             "referrals; none met the criteria for a new serious case review. Its work on the three reviews "
             "is described in the next section."),
        Heading("Quality Assurance and Performance Sub-group", 2),
        Para("The sub-group built the multi-agency dataset that the Board now receives each quarter and ran "
             "three multi-agency case file audits: of strategy discussions, of children subject to a second "
             "or subsequent plan, and of the use of early help assessments for children under five. The "
             "second of these found that in nine of fifteen cases the earlier plan had been closed without "
             "reference to the family's history, which supported one of the findings of the Family Q review."),
        Heading("Training and Workforce Development Sub-group", 2),
        Para("The sub-group sets the multi-agency training programme and checks its quality and impact. Its "
             "figures are given in the training section below."),
        Heading("Policy and Procedures Sub-group", 2),
        Para("Whitlow shares its online child protection procedures with three neighbouring boards. The "
             "sub-group agreed eleven updates this year, including new chapters on female genital "
             "mutilation and on children missing from education, and a revised procedure for resolving "
             "professional disagreements."),
        Heading("Child Sexual Exploitation and Missing Sub-group", 2),
        Para("The sub-group oversees the multi-agency CSE panel, which discussed 58 young people during the "
             "year, and the return interview service. 83% of children who went missing from home were "
             "offered a return interview within 72 hours, up from 64% the year before. Disruption work "
             "led by Northfold Police closed two addresses used to exploit young people in the town centre."),
    ]


def _scrs() -> list:
    return [
        Heading("Serious case reviews", 1),
        Para("A board must carry out a serious case review when abuse or neglect of a child is known or "
             "suspected and the child has died or been seriously harmed, and there is cause for concern "
             "about how agencies worked together. Three reviews were active during 2015-16. Their "
             "recommendations, and the progress made on each action at 31 March 2016, are set out in "
             "Appendix A."),
        Heading("Child F", 2),
        Para("Child F was four years old when she died in hospital in November 2014 from a chest infection "
             "that had gone untreated for several weeks. She was underweight, had severe tooth decay and had "
             "not been seen by a health professional for over a year. Her mother has a learning disability "
             "and misused alcohol, and the family had moved between Whitlow and a neighbouring authority "
             "three times. The review found that each move reset the professional picture, that missed "
             "appointments were closed rather than followed up, and that the services working with her "
             "mother did not think about Child F. It made six recommendations. The overview report was "
             "published on 22 September 2015."),
        Heading("Family Q", 2),
        Para("The review concerned three brothers and sisters, then aged 8, 11 and 14, who lived with "
             "neglect for most of their lives. The eldest was admitted to hospital in February 2015 after "
             "taking an overdose. Over nine years the family had four child in need plans and one child "
             "protection plan, each closed when the home improved and reopened when it deteriorated. The "
             "reviewer called this a pattern of starting again. Housing officers, school nurses and the "
             "children's schools all had concerns that were not pressed. The review made five "
             "recommendations and was published on 28 January 2016."),
        Heading("Baby H", 2),
        Para("Baby H was nine weeks old when he was admitted to hospital with a fractured skull and rib "
             "fractures. His father has been charged with causing grievous bodily harm, and the trial is "
             "listed for the summer of 2016. The review was completed in February 2016 and will be published "
             "when the criminal proceedings are over. Its three recommendations concern information about "
             "fathers during pregnancy, young parents who have been in care, and the advice given to new "
             "parents about crying. The Board agreed the action plan on 17 March 2016, so most actions are "
             "at an early stage."),
        Heading("How the action plans are followed up", 2),
        Para(MONITORING + " Where an action is rated R at two meetings in a row, the chair of the group "
             "writes to the owning agency's Board member, and the matter comes to the Board if there is no "
             "response within a month."),
        Para("Of the 14 recommendations, four are complete in every action, nine are in progress and one has "
             "not yet started. The actions that have slipped most are those that depend on commissioning "
             "decisions, such as the substance misuse contract, or on agencies outside the Board's "
             "membership, such as NHS dental practices."),
        Heading("Other case reviews", 2),
        Para("The Case Review Group considered four referrals in the year. None met the criteria for a "
             "serious case review. For one, concerning Child R, a twelve-year-old who was sexually exploited "
             "by an adult she met online, the group held a rapid learning review with the practitioners "
             "involved in January 2016. This was not a serious case review. It identified that:"),
        Bullets([
            "schools should have a named contact in the CSE panel so that concerns about online contact are "
            "passed on quickly;",
            "the CSE risk assessment tool should include questions about online activity;",
            "the learning should be shared with designated safeguarding leads at their spring network.",
        ]),
        Para("The CSE and Missing Sub-group is taking these points forward as part of its own work plan."),
        Para("The other three referrals were judged to be single-agency matters and were returned to the "
             "agencies concerned, who reported their learning to the group."),
    ]


def _dhr() -> list:
    return [
        Heading("Domestic homicide review: Ms D", 1),
        Para("In October 2015 the Whitlow Community Safety Partnership published a domestic homicide review "
             "into the death of Ms D, who was killed by her former partner. Her two children, aged 6 and 9, "
             "were staying with relatives at the time. The Community Safety Partnership owns the action "
             "plan; the Board has asked to be kept informed of the actions that concern children, which are "
             "reproduced below for information."),
        Table(["Ref", "Recommendation", "Owner", "Update"], [
            ["4", "Ensure that MARAC referrals record the names and schools of all children in the household.",
             "MARAC Coordinator", "Referral form amended December 2015."],
            ["7", "Ensure that child contact arrangements are considered in domestic abuse risk assessments.",
             "Whitlow Women's Aid", "Training planned for June 2016."],
        ], caption="DHR Ms D: actions concerning children (Community Safety Partnership action plan)"),
    ]


def _ofsted() -> list:
    return [
        Heading("Inspection and audit", 1),
        Heading("Ofsted review of the LSCB", 2),
        Para("Ofsted inspected services for children in need of help and protection, children looked after "
             "and care leavers in Whitlow in November and December 2015, and reviewed the effectiveness of "
             "the Board at the same time. The Council's children's services were judged to require "
             "improvement to be good, and so was the Board. Inspectors found the Board's scrutiny of "
             "performance much stronger than in 2013 but said it had not yet shown that its work changed "
             "practice. They recommended that the LSCB should:"),
        Bullets([
            "evaluate the impact of its multi-agency training on practice, not only attendance and "
            "satisfaction;",
            "make sure that the findings of its multi-agency audits are followed up and re-tested;",
            "hear more directly from children and young people about their experience of services.",
        ]),
        Para("These three points are now in the Board's business plan and are reported on at each Executive "
             "Group meeting."),
        Heading("Section 11 audit", 2),
        Para("Every two years the Board asks each agency to assess itself against the duties in section 11 "
             "of the Children Act 2004. Fifteen agencies returned the 2015 audit. Most rated themselves "
             "good on leadership and on safer recruitment; the weakest standard was listening to children, "
             "where six agencies rated themselves as partly compliant. A challenge event in February 2016 "
             "tested the returns of five agencies with their peers. Each agency has its own improvement "
             "plan, which the Quality Assurance and Performance Sub-group will check in the autumn."),
    ]


def _training() -> list:
    return [
        Heading("Multi-agency training", 1),
        Para("The Board ran 74 multi-agency courses in 2015-16, attended by 1,486 practitioners, and a further "
             "2,210 people completed the e-learning introduction to safeguarding. Schools and early years took a quarter of the places, "
             "health a fifth and the police 6%. Courses were 89% full on average; the most oversubscribed were the neglect course and the new course on working with "
             "resistant families."),
        Para("The sub-group followed up a sample of 60 attendees three months after their course. 41 gave an "
             "example of something they now did differently, most often using a chronology or escalating a "
             "concern. The Board accepts Ofsted's view that this is a start rather than an evaluation of "
             "impact."),
    ]


def _cdop() -> list:
    return [
        Heading("Child Death Overview Panel", 1),
        Para("Whitlow shares a Child Death Overview Panel with Calderbrook. The panel reviews the death of "
             "every child who was normally resident in either area. In 2015-16 it was notified of 17 deaths "
             "of Whitlow children and completed reviews of 15 deaths, some of which occurred in earlier "
             "years. Nine of the deaths reviewed were of babies under a year old, most from conditions "
             "arising around birth. The panel judged that modifiable factors were present in four of the "
             "deaths, in three of them unsafe sleeping arrangements combined with parental smoking or "
             "alcohol."),
        Para("The panel has asked the public health team to include safer sleep messages in the smoking in "
             "pregnancy service and will report on this next year."),
    ]


def _private_fostering() -> list:
    return [
        Heading("Private fostering", 1),
        Para("A child is privately fostered when a parent arranges for someone who is not a close relative "
             "to care for them for 28 days or more. Children's Services were notified of 14 new "
             "arrangements this year, against 9 the year before; 12 of them involved young people from "
             "abroad attending language schools or sixth forms. At the year end 11 children were known to "
             "be privately fostered. Visits within the required seven days were made in 13 of the 14 new "
             "arrangements. An awareness campaign with GP receptions and faith groups will run in the "
             "autumn, because the Board thinks that arrangements within local communities are still "
             "under-reported."),
    ]


def _lado() -> list:
    return [
        Heading("Allegations against people who work with children", 1),
        Para("The Local Authority Designated Officer (LADO) received 162 contacts in 2015-16, of which 97 "
             "met the threshold for a referral. Education accounted for 41 referrals, residential and "
             "foster care for 22, the police and other uniformed services for 9, health for 8 and the "
             "voluntary and faith sector for 17."),
        Table(["Outcome of concluded cases", "Number"], [
            ["Substantiated", "29"],
            ["Unsubstantiated", "34"],
            ["Unfounded", "18"],
            ["Malicious", "2"],
            ["Still open at 31 March 2016", "14"],
        ], caption="Table 3: LADO referrals by outcome"),
        Para("78% of cases concluded within three months. The LADO's main concern is the number of "
             "referrals from sports clubs and tuition centres that come late, sometimes months after the "
             "event; a leaflet for small organisations has been produced with Whitlow Voluntary Action."),
    ]


def _voice() -> list:
    return [
        Heading("Listening to children", 1),
        Para("The Board's Young Advisers, a group of nine young people aged 13 to 18, met the Board twice "
             "this year. In October they presented their survey of 340 secondary pupils about online "
             "safety, which found that one in four had been contacted online by an adult they did not know. "
             "In March they questioned Board members about how quickly children in care get to see a "
             "social worker they know. The Board has agreed that the Young Advisers will help to design "
             "next year's child sexual exploitation campaign."),
    ]


def _priorities() -> list:
    return [
        Heading("Business plan priorities for 2016-17", 1),
        Para("The Board has agreed four priorities for the coming year. Each has a lead Board member and "
             "measures that will be reported quarterly."),
        Table(["Priority", "What we want to achieve"], [
            ["Neglect", "Agencies should use the Graded Care Profile consistently, and plans for neglected "
                        "children should not be closed until change has been sustained."],
            ["Adolescents at risk", "Young people at risk of exploitation, self-harm or going missing should "
                                    "have a single coordinated plan."],
            ["Impact of learning", "The Board should be able to show how training, audits and reviews have "
                                   "changed practice."],
            ["Voice of the child", "Every agency should show how children's views shape the help they get."],
        ], caption="Table 4: Priorities 2016-17"),
    ]


def _appendix() -> list:
    return [
        Heading("Appendix A: SCR action plans", 1),
        Para("The tables below are the action plans for the three serious case reviews, as reported to the "
             "Board in April 2016. Each recommendation is broken down into actions, numbered within the "
             "recommendation. The Update column is the owning agency's own account, checked by the Case "
             "Review Group."),
        Para(KEY),
        Heading("A1. Child F (published September 2015)", 2),
        _plan_table(CHILD_F, "Table A1: Child F action plan"),
        Heading("A2. Family Q (published January 2016)", 2),
        _plan_table(FAMILY_Q, "Table A2: Family Q action plan"),
        Heading("A3. Baby H (completed February 2016, not yet published)", 2),
        _plan_table(BABY_H, "Table A3: Baby H action plan"),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _foreword()
    blocks += _area() + _board()
    blocks += _subgroups() + _scrs() + _dhr()
    blocks += _ofsted() + _training() + _cdop() + _private_fostering() + _lado() + _voice()
    blocks += _priorities()
    blocks += _appendix()
    return ReportSpec(
        name=NAME,
        title="Whitlow Local Safeguarding Children Board Annual Report 2015/16",
        running_header="Whitlow LSCB | Annual Report 2015/16",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published September 2016",
    )
