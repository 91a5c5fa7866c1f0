"""Pendlecote Local Safeguarding Children Board, annual report 2016-17 (invented area).

Another author: formal, third person ("the LSCB"), chapters called "Part N", detail pushed into
appendices. Shape under test: SPLIT ACTION PLAN. The Family R recommendations are a numbered
list in Part 4; the action plan is a separate table in Appendix 2 "Ref | Action | By whom | By
when | Outcome / impact" whose refs point back to the recommendations in mixed styles ("R1",
"R2a"/"R2b" for the parts of recommendation 2, "3.1"/"3.2" for actions under recommendation 3),
with SEVERAL action rows per recommendation. Gold: one entry per recommendation; `action` is
the Action cell of the first row that was actually carried out (a row rated Achieved or whose
outcome is "Not yet evidenced"); a recommendation whose only row is "Not achieved" has action
null; bodies are the recommendation's addressees plus every "By whom" agency of its rows (the
agency, not the job title); `due` is the latest "By when" of its rows. Status is the
recommendation's own rating, which Part 4 states ("recommendations 1 and 4 ... achieved ...")
under the report's key (Achieved -> completed, Partially achieved -> in_progress, Not achieved
-> not_started; the key says an outcome "Not yet evidenced" counts as partially achieved).
A second SCR, Child J, is reported in PROSE ("The review made four recommendations. The first
... The second ...", each followed by the response): gold text is the recommending sentence,
action the sentence(s) saying what was done; "deferred", "has been asked to ... awaited" give
action null. Child T was initiated (no recommendations). Monitoring: the SCR Implementation
Group. Actions 7/10 -> partly_meets although the mechanism is described.
Distractors: a domestic homicide review whose children's recommendations use the SAME table
layout (Ref | Action | By whom | By when | Outcome / impact, refs R1..R3), a learning review
(not an SCR) with "recommended that", the Ofsted review of the LSCB, section 11 challenge
actions and business plan priorities phrased with "should".
"""
from __future__ import annotations

from dataclasses import replace

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "pendlecote-2016-17"
AREA = "Pendlecote"
BOARD = "Pendlecote Local Safeguarding Children Board"
YEAR = "2016-17"
SEED = 16171

CSC = body("Pendlecote Children's Services", "childrens_social_care")
CCG = body("NHS Pendlecote CCG", "health")
COMMUNITY = body("Pendlecote Community Health NHS Trust", "health")
ACUTE = body("Pendlecote Hospitals NHS Foundation Trust", "health")
POLICE = body("Pendlecote Constabulary", "police")
SCHOOLS = body("Schools", "education")
EST = body("Education Safeguarding Team", "education")
LSCB = body("The LSCB", "lscb")
QA = body("LSCB Quality Assurance Sub-group", "lscb")
TRAINING = body("LSCB Training Sub-group", "lscb")

# The report's key (Appendix 2): rating -> meaning as printed -> taxonomy code
KEY = [
    ("Achieved", "complete, and the SCR Implementation Group has seen evidence that it has made a difference "
                 "to practice; a recommendation is achieved when all of its actions are", "completed"),
    ("Partially achieved", "work has been done but is not complete, or is complete but its impact is not yet "
                           "evidenced", "in_progress"),
    ("Not achieved", "no action has been taken, or the work has stalled", "not_started"),
]
STATUS = {w: code for w, _m, code in KEY}

# Family R: (number, recommendation, extra addressees beyond the rows' agencies, overall rating)
FAMILY_R = [
    ("1", "Pendlecote Children's Services should ensure that assessments of families where neglect is a "
          "concern use a recognised neglect tool and consider the cumulative effect of neglect on each child, "
          "not only the incident that led to the referral.", [CSC], "Achieved"),
    ("2", "NHS Pendlecote CCG and Pendlecote Community Health NHS Trust should (a) make sure that health "
          "visitors and school nurses share information when a family has children in both services, and "
          "(b) ensure that missed health appointments are considered for all the children in a household "
          "together rather than child by child.", [CCG, COMMUNITY], "Partially achieved"),
    ("3", "Pendlecote Constabulary should ensure that officers attending any incident at a home where children "
          "live record the condition of the home and of the children, and share that information with "
          "Children's Services.", [POLICE], "Partially achieved"),
    ("4", "Schools should record persistent lateness, hunger and poor hygiene as possible indicators of "
          "neglect and discuss them with the designated safeguarding lead.", [SCHOOLS], "Achieved"),
    ("5", "The LSCB should ensure that its multi-agency neglect training covers the neglect of older children "
          "and the use of chronologies to identify patterns.", [LSCB], "Partially achieved"),
    ("6", "All agencies should ensure that practitioners know how to escalate their concerns when a child in "
          "need plan is not improving the child's circumstances.", [ALL_AGENCIES], "Not achieved"),
]

# Appendix 2 rows: (ref, recommendation number, action, by whom, bodies of that cell, by when, due,
#                   outcome / impact, carried out?)
ACTION_PLAN = [
    ("R1", "1", "Introduce the Graded Care Profile 2 as the standard assessment tool for neglect in all "
                "assessment and child in need teams.",
     "Head of Service, Assessment and Intervention, Pendlecote Children's Services", [CSC], "June 2016",
     "2016-06", "Achieved. In use in every team since June 2016; 212 social workers and 40 early help staff "
                "trained.", True),
    ("R1", "1", "Audit twenty neglect assessments to test whether the cumulative impact on each child is "
                "analysed.",
     "Pendlecote Children's Services with the LSCB Quality Assurance Sub-group", [CSC, QA], "January 2017",
     "2017-01", "Achieved. Cumulative harm was analysed in 16 of 20 assessments, against 7 of 20 in the "
                "period covered by the review.", True),
    ("R2a", "2", "Set up a shared record alert between the health visiting and school nursing services for "
                 "families with children in both.",
     "Pendlecote Community Health NHS Trust", [COMMUNITY], "September 2016", "2016-09",
     "Achieved. Alert live on the shared record since September 2016; used for 318 families.", True),
    ("R2b", "2", "Revise the 'was not brought' policy so that a missed appointment triggers a review of the "
                 "attendance of every child in the household.",
     "Designated Nurse, NHS Pendlecote CCG", [CCG], "December 2016", "2016-12", "Not yet evidenced", True),
    ("R2b", "2", "Seek assurance that every GP practice has adopted the revised policy.",
     "NHS Pendlecote CCG", [CCG], "March 2017", "2017-03",
     "Not achieved. 9 of 31 practices have replied to the CCG's request.", False),
    ("3.1", "3", "Add a section on the children's living conditions to the police vulnerability assessment "
                 "form.",
     "Pendlecote Constabulary", [POLICE], "July 2016", "2016-07",
     "Achieved. Mandatory field since July 2016; referrals to the MASH now describe the home in 90% of "
     "cases sampled.", True),
    ("3.2", "3", "Brief all response officers on recognising neglect, using the LSCB neglect toolkit.",
     "Detective Inspector, Public Protection Unit, Pendlecote Constabulary", [POLICE], "December 2016",
     "2016-12", "Not yet evidenced", True),
    ("R4", "4", "Issue a neglect indicators recording template to all schools, with guidance for designated "
                "safeguarding leads.",
     "Education Safeguarding Team, Pendlecote Borough Council", [EST], "September 2016", "2016-09",
     "Achieved. Adopted by 58 of 61 schools; neglect referrals from schools rose from 41 to 67.", True),
    ("5.1", "5", "Revise the multi-agency neglect course to cover adolescent neglect and include a "
                 "chronology exercise.",
     "LSCB Training Sub-group", [TRAINING], "October 2016", "2016-10",
     "Achieved. Revised course run five times for 118 practitioners.", True),
    ("5.2", "5", "Survey course participants three months after attendance to test the impact on their "
                 "practice.",
     "LSCB Training Sub-group", [TRAINING], "April 2017", "2017-04", "Not yet evidenced", True),
    ("R6", "6", "Relaunch the LSCB escalation policy across all partner agencies, with a briefing for "
                "front-line managers.",
     "All agencies, co-ordinated by the LSCB Business Manager", [ALL_AGENCIES], "March 2017", "2017-03",
     "Not achieved. The relaunch has been postponed until the revised regional procedures are published, "
     "now expected in summer 2017.", False),
]

# Child J (prose): (number, recommending sentence, response sentence(s) that report an action or None,
#                   the rest of the response paragraph, bodies, status)
CHILD_J = [
    ("1", "The first asked Pendlecote Hospitals NHS Foundation Trust to make sure that every baby who is "
          "brought to the emergency department with a bruise is seen by a paediatrician before going home, "
          "as the LSCB's bruising protocol requires.",
     "The Trust has added a mandatory bruising prompt to the emergency department's electronic record, and "
     "a paediatric review has been recorded for every non-mobile infant with a bruise since October 2016.",
     "The SCR Implementation Group has rated this recommendation achieved.", [ACUTE], "completed"),
    ("2", "The second recommendation was that NHS Pendlecote CCG should make sure that midwives and health "
          "visitors record the details of every adult who lives with, or regularly cares for, a new baby.",
     "Midwives at Pendlecote Hospitals NHS Foundation Trust now ask about all adults in the household at "
     "booking and again before discharge, and the health visiting record has a new household members "
     "section.",
     "The recommendation is partially achieved, because GP records do not yet hold the same information.",
     [CCG, ACUTE], "in_progress"),
    ("3", "Third, the review recommended that Pendlecote Constabulary and Pendlecote Children's Services "
          "agree how information about a parent's previous violence is shared at the point of referral.",
     None,
     "Work on this has been deferred until the Multi-Agency Safeguarding Hub opens in the autumn of 2017, "
     "and the recommendation is rated not achieved.", [POLICE, CSC], "not_started"),
    ("4", "Finally, the review asked the LSCB to make sure that its advice on coping with a crying baby "
          "reaches fathers and male carers as well as mothers.",
     None,
     "The LSCB's communications officer has been asked to produce a revised leaflet and poster, and a draft "
     "is awaited.", [LSCB], "unknown"),
]

MONITORING = (
    "The SCR Implementation Group, a sub-group of the LSCB chaired by the Designated Nurse, holds the action "
    "plan for every serious case review. It meets every eight weeks, expects each lead officer to bring "
    "evidence rather than a verbal update, rates each recommendation against the key in Appendix 2 and "
    "reports the ratings to the LSCB every quarter."
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Family R", "published")
    g.scr("Child J", "published")
    g.scr("Child T", "initiated")
    for num, text, addressees, rating in FAMILY_R:
        rows = [r for r in ACTION_PLAN if r[1] == num]
        done = [r for r in rows if r[8]]
        bodies = addressees + [b for r in rows for b in r[4]]
        due = max(r[6] for r in rows)
        g.rec("Family R", num, text, done[0][2] if done else None, bodies, STATUS[rating], due)
    for num, text, action, _rest, bodies, status in CHILD_J:
        g.rec("Child J", num, text, action, bodies, status)
    return g.dump(MONITORING)


def _ratings_sentence() -> str:
    by_rating: dict[str, list[str]] = {}
    for num, _t, _a, rating in FAMILY_R:
        by_rating.setdefault(rating, []).append(num)
    achieved, partly, not_ = by_rating["Achieved"], by_rating["Partially achieved"], by_rating["Not achieved"]
    return ("At 31 March 2017 the SCR Implementation Group rated recommendations "
            f"{' and '.join(achieved)} as achieved, recommendations {', '.join(partly[:-1])} and {partly[-1]} as "
            f"partially achieved and recommendation {not_[0]} as not achieved. The full action plan, with the "
            "outcome of each action, is in Appendix 2.")


def _case_reviews() -> list:
    out = [
        Heading("Part 4: Serious case reviews", 1),
        Para("4.1 Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the LSCB to "
             "undertake a serious case review where abuse or neglect of a child is known or suspected and either "
             "the child has died, or the child has been seriously harmed and there is cause for concern as to the "
             "way in which agencies worked together. The Independent Chair decides, on the advice of the Case "
             "Review Panel, whether the criteria are met."),
        Para("4.2 The Case Review Panel considered six referrals during 2016-17. Two serious case reviews were "
             "published in the year, concerning Family R and Child J. In March 2017 the Independent Chair agreed "
             "that the circumstances of a third child, Child T, met the criteria, and that review has been "
             "commissioned. Of the remaining referrals, one became a multi-agency learning review (see Part 5) "
             "and three were addressed through single-agency learning."),
        Heading("Family R", 2),
        Para("4.3 Family R comprised a mother and four children aged between 3 and 14. The children had been "
             "known to agencies for more than six years, mostly because of poor school attendance, missed health "
             "appointments and the condition of the home. In November 2014 the youngest child was admitted to "
             "hospital weighing less than the second centile, and all four children were found to be suffering "
             "significant harm through neglect. The overview report was published in June 2016."),
        Para("4.4 The review found that each agency saw part of the picture but that nobody put the pieces "
             "together: every referral was assessed on its own, the older children's needs were overshadowed by "
             "those of the youngest, and practitioners who were worried did not know how to challenge a plan that "
             "was not working. The review made six recommendations:"),
        Bullets([text for _n, text, _a, _r in FAMILY_R], numbered=True),
        Para("4.5 " + _ratings_sentence()),
        Heading("Child J", 2),
        Para("4.6 Child J was four months old when he was admitted to hospital with a head injury and fractured "
             "ribs. His father has since been convicted of causing him grievous bodily harm. Three weeks before "
             "the injuries Child J had been taken to the emergency department with a bruise to his cheek, and he "
             "was discharged without being seen by a paediatrician. The review was published in January 2017."),
    ]
    for i, (_num, text, action, rest, _b, _s) in enumerate(CHILD_J):
        lead = "4.7 The review made four recommendations. " if i == 0 else ""
        said = " ".join(s for s in (text, action, rest) if s)
        out.append(Para(lead + said))
    out += [
        Heading("Monitoring the action plans", 2),
        Para("4.8 " + MONITORING),
        Para("4.9 Actions are closed only when the Group is satisfied that practice has changed. Where an agency "
             "cannot show progress for two consecutive meetings, the Chair of the Group writes to its "
             "representative on the LSCB, and the matter is reported to the Executive Board."),
    ]
    return out


DHR_PLAN = [
    ["R1", "Provide training for adult mental health staff on asking about children in the household.",
     "Mental Health Liaison Team, Pendlecote Partnership NHS Trust", "December 2016",
     "Achieved. 86 staff trained."],
    ["R2", "Ensure that every MARAC referral lists the children in the household and their schools.",
     "MARAC Co-ordinator", "September 2016", "Achieved. Referral form amended."],
    ["R3", "Review the support offered to children who witness domestic abuse at home.",
     "Community Safety Partnership", "June 2017", "Not yet evidenced"],
]


def _other_reviews() -> list:
    return [
        Heading("Part 5: Other learning reviews", 1),
        Heading("Learning review: Young Person L", 2),
        Para("5.1 Young Person L, aged 15, was found by police in a flat in another county, where she had been "
             "taken by adults who were exploiting her. The Case Review Panel decided that the case did not meet "
             "the criteria for a serious case review, but that there was significant learning about the response "
             "to children who go missing. An independent reviewer led a learning review using practitioner "
             "workshops."),
        Para("5.2 The learning review recommended that the return interview service should share information "
             "with the police within 72 hours, that schools should report unexplained absences of more than "
             "three days to the missing children co-ordinator, and that the LSCB should publish a single "
             "missing and exploitation pathway. These recommendations are being taken forward by the CSE and "
             "Missing Sub-group as part of its work plan, not as a serious case review action plan."),
        Heading("Domestic homicide review: Adult K", 2),
        Para("5.3 The Pendlecote Community Safety Partnership published a domestic homicide review in October "
             "2016 following the death of Adult K, who was killed by her husband. Her two children were at home "
             "at the time. The LSCB contributed to the review, which made eleven recommendations, three of "
             "which concern children. The Community Safety Partnership owns the action plan; the extract "
             "below is reproduced for information."),
        Table(["Ref", "Action", "By whom", "By when", "Outcome / impact"], DHR_PLAN,
              caption="Adult K domestic homicide review: recommendations concerning children"),
    ]


def _ofsted() -> list:
    return [
        Heading("Part 6: Inspection and challenge", 1),
        Heading("Ofsted review of the LSCB", 2),
        Para("6.1 Ofsted reviewed the effectiveness of the LSCB in November 2016, alongside the inspection of "
             "children's services. The LSCB was judged to require improvement to be good. Inspectors found that "
             "the LSCB knew its strengths and weaknesses, but that it could not yet show the impact of its "
             "training or of the learning from reviews. Ofsted recommended that the LSCB should:"),
        Bullets([
            "develop its performance dataset so that it includes early help and the experience of children;",
            "evaluate the impact of multi-agency training on the quality of practice;",
            "ensure that the learning from serious case reviews and audits is disseminated to front-line staff "
            "and its impact tested.",
        ], numbered=True),
        Para("6.2 An improvement plan was agreed by the Executive Board in January 2017 and progress is reported "
             "to each meeting of the LSCB."),
        Heading("Section 11 challenge", 2),
        Para("6.3 Challenge sessions with agencies following the section 11 self-assessment agreed the actions "
             "below."),
        Table(["Agency", "Finding", "Agreed action"], [
            ["Pendlecote College", "Safer recruitment records incomplete for agency staff",
             "The college should complete DBS checks for all agency staff by July 2017"],
            ["Pendlecote Partnership NHS Trust", "Safeguarding supervision not recorded for adult mental health "
                                                 "staff", "Introduce recorded supervision for staff working with "
                                                          "parents"],
            ["Voluntary Sector Forum", "Training compliance not known for volunteers",
             "Members should keep a training record for every volunteer"],
        ], caption="Section 11: agreed actions"),
    ]


def _business_plan() -> list:
    return [
        Heading("Part 8: Priorities for 2017-18", 1),
        Para("8.1 The LSCB's business plan for 2017-19 was agreed in March 2017. It keeps neglect as a priority "
             "and adds exploitation and the transition to the new arrangements that the Children and Social "
             "Work Act 2017 will bring."),
        Table(["Priority", "What we will do", "Lead"], [
            ["Neglect", "Partners should use the Graded Care Profile 2 in early help as well as in social care.",
             "Neglect Strategy Group"],
            ["Exploitation", "Publish a single missing and exploitation pathway, as the learning review "
                             "recommended.", "CSE and Missing Sub-group"],
            ["Voice of the child", "Every agency should show how children's views shaped its services.",
             "Quality Assurance Sub-group"],
            ["New arrangements", "Agree the local safeguarding partnership arrangements with the three "
                                 "safeguarding partners.", "Executive Board"],
        ], caption="Business plan 2017-19: priorities"),
    ]


def _appendix_plan() -> list:
    return [
        Heading("Appendix 2: Family R serious case review action plan", 1),
        Para("The action plan below is the version considered by the SCR Implementation Group at its meeting on "
             "22 March 2017. Refs refer to the recommendations listed at paragraph 4.4. Each action, and each "
             "recommendation as a whole, is rated using the following key:"),
        Table(["Rating", "Meaning"], [[w, m] for w, m, _c in KEY], caption="Key to ratings"),
        Para("Where the Group has not yet seen evidence of impact, the outcome column says 'Not yet evidenced' "
             "and the action counts towards a rating of partially achieved."),
        Table(["Ref", "Action", "By whom", "By when", "Outcome / impact"],
              [[ref, action, whom, when, outcome] for ref, _n, action, whom, _b, when, _d, outcome, _c
               in ACTION_PLAN],
              caption="Family R action plan at March 2017"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="PLSCB", period=YEAR, seed=SEED,
                 council="Pendlecote Borough Council", police="Pendlecote Constabulary",
                 ccg="NHS Pendlecote CCG", acute_trust="Pendlecote Hospitals NHS Foundation Trust",
                 community_trust="Pendlecote Community Health NHS Trust", chair="Frances Edgeworth-Lyle")


def _part(title: str, *names: str) -> list:
    """A 'Part' chapter of generic sections, each a sub-heading under the part title."""
    return [Heading(title, 1)] + filler.sections(replace(CTX, level=2), *names)


def build() -> ReportSpec:
    blocks: list = []
    blocks += filler.foreword(CTX) + [PageBreak()]
    blocks += _part("Part 1: About the LSCB", "introduction", "governance", "membership", "budget")
    blocks += [PageBreak()]
    blocks += _part("Part 2: Safeguarding in Pendlecote", "area_profile", "early_help")
    blocks += _part("Part 3: The work of the sub-groups", "subgroups", "training", "performance")
    blocks += [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _other_reviews()
    blocks += _ofsted()
    blocks += _part("Part 7: Specific areas of safeguarding", "cdop", "lado", "private_fostering",
                    "cse_missing", "voice_of_child")
    blocks += _business_plan() + [PageBreak()]
    blocks += [Heading("Appendix 1: Glossary", 1)] + filler.glossary(CTX)[1:]  # the table, under our own title
    blocks += [PageBreak()] + _appendix_plan()
    return ReportSpec(
        name=NAME,
        title="Pendlecote LSCB Annual Report 2016/17",
        running_header="Pendlecote Local Safeguarding Children Board - Annual Report 2016/17",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published October 2017",
    )
