"""Amberleigh Local Safeguarding Children Board, annual report 2017-18.

Shape under test: one two-column "learning summary" table per SCR recommendation, read down
the page as label/value pairs (Case, Key finding, Recommendation N, Response, Responsible
agency, Current position). Status words come from the report's own key ("Met", "Partly met",
"Not met", "Embedded in practice", "Evidence awaited", "Superseded"). Child M published;
Siblings T completed and awaiting publication (no recommendations reported). Distractors: a
learning summary table of the same shape for a multi-agency learning review (not an SCR),
Ofsted recommendations and a section 11 follow-up list. Monitoring: assurance reports to the
Performance and Quality Group.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "amberleigh-2017-18"
AREA = "Amberleigh"
BOARD = "Amberleigh Local Safeguarding Children Board"
YEAR = "2017-18"
SEED = 7719

# The report's key: status word -> meaning (as printed) -> taxonomy code
KEY = [
    ("Embedded in practice", "the change has been made and audit shows it is now routine practice", "completed"),
    ("Met", "the agreed action has been completed and evidence has been provided to the Group", "completed"),
    ("Partly met", "work is under way but not all of the agreed action has been completed", "in_progress"),
    ("Evidence awaited", "the agency reports that it has acted, but the Group has not yet seen the evidence and the item stays open", "in_progress"),
    ("Not met", "no progress has been made against the recommendation", "not_started"),
    ("Superseded", "the recommendation has been overtaken by later national or local changes and has been closed by the Board", "completed"),
]
STATUS = {w: code for w, _m, code in KEY}

# Child M learning summaries: (finding, recommendation, response or None, response cell,
#                              agency cell, bodies, position)
CHILD_M = [
    ("Practitioners saw Child M's mother's new partner as a visitor rather than a member of the household, so "
     "no checks were made on him for seven months.",
     "Amberleigh Children's Services should ensure that every assessment identifies all adults living in or "
     "regularly visiting the household and records the checks made on each of them.",
     "The single assessment form now has a mandatory 'significant adults' section. A dip sample of 40 "
     "assessments in February 2018 found the section completed in 37.",
     None,
     "Amberleigh Children's Services", [body("Amberleigh Children's Services", "childrens_social_care")],
     "Embedded in practice"),
    ("Information about the partner's previous convictions for violence was held by the police but not shared at "
     "the strategy discussion.",
     "Amberleigh Constabulary should ensure that the officer attending a strategy discussion has checked police "
     "systems for every adult connected to the child beforehand.",
     "A pre-strategy checklist has been issued to the Referral and Assessment Team and the MASH police "
     "researchers now complete checks on all named adults before the discussion.",
     None,
     "Amberleigh Constabulary", [body("Amberleigh Constabulary", "police")],
     "Met"),
    ("Child M was not brought to three appointments with the community paediatrician, and each was closed with a "
     "letter to the GP.",
     "The Clinical Commissioning Group should seek assurance that all health providers have a 'was not brought' "
     "policy that requires follow-up of missed appointments for children subject to a plan.",
     "Policies have been received from the acute and community trusts. The policy from the out-of-area "
     "paediatric audiology provider is still being revised.",
     None,
     "NHS Amberleigh CCG", [body("NHS Amberleigh CCG", "health")],
     "Partly met"),
    ("The school noticed Child M's weight loss and changes in behaviour but did not know she was subject to a "
     "child protection plan, because she had moved school mid-year.",
     "The Education Safeguarding Team should ensure that child protection records are transferred securely, "
     "and the receiving designated safeguarding lead informed, within five school days of a child changing school.",
     "Schools have been reminded of the statutory duty through the DSL network and a termly briefing. The "
     "Education Safeguarding Team has said that it has audited transfers, but the audit report has not yet "
     "been provided.",
     None,
     "Education Safeguarding Team / all schools",
     [body("Education Safeguarding Team", "education"), body("all schools", "education")],
     "Evidence awaited"),
    ("Core group members were not clear who was responsible for checking on the children between visits.",
     "The LSCB should revise its child protection procedures so that the core group agrees and records who "
     "will see the child, how often and where.",
     None, "Not yet received from the Policy and Procedures Group.",
     "Policy and Procedures Group", [body("Policy and Procedures Group", "lscb")],
     "Not met"),
    ("Agencies relied on a local housing protocol that has since been withdrawn.",
     "Amberleigh District Council Housing Services should refer families with children who present as homeless "
     "to the MASH under the joint housing protocol.",
     "The joint housing protocol was replaced in April 2018 by the duty to refer under the Homelessness "
     "Reduction Act 2017, which Housing Services has implemented.",
     None,
     "Amberleigh District Council Housing Services",
     [body("Amberleigh District Council Housing Services", "housing")],
     "Superseded"),
    ("Practitioners across agencies described feeling unable to challenge decisions to step the case down.",
     "All agencies should ensure that their staff know and use the LSCB escalation policy when they disagree "
     "with a professional decision.",
     "The escalation policy was relaunched at the LSCB conference in November 2017 and a seven-minute briefing "
     "was issued. Eleven escalations were logged by the Board in the second half of the year, compared with "
     "two in the first.",
     None,
     "All agencies", [ALL_AGENCIES],
     "Partly met"),
]

MONITORING = (
    "Each lead agency provides an assurance report to the Board's Performance and Quality Group, which "
    "tests the evidence and agrees the current position against each recommendation"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child M", "published")
    g.scr("Siblings T", "completed")
    for i, (_f, rec, resp, _cell, _ag, bodies, pos) in enumerate(CHILD_M, 1):
        g.rec("Child M", str(i), rec, resp, bodies, STATUS[pos])
    return g.dump(MONITORING)


def _summary_table(case: str, i: int, n: int, row) -> Table:
    finding, rec, resp, resp_cell, agency, _b, pos = row
    return Table(["Case", case], [
        ["Key finding", finding],
        [f"Recommendation {i}", rec],
        ["Response", resp if resp is not None else resp_cell],
        ["Responsible agency", agency],
        ["Current position", pos],
    ], caption=f"Learning summary {i} of {n}")


def _case_reviews() -> list:
    b = [
        Heading("Learning from Serious Case Reviews", 1),
        Para("The LSCB has a statutory duty to carry out a serious case review when a child has died or been "
             "seriously harmed, abuse or neglect is known or suspected, and there are concerns about how "
             "agencies worked together. Referrals are considered by the Case Review Group, which makes a "
             "recommendation to the Independent Chair."),
        Para("This year the Case Review Group considered four referrals. Two did not meet the criteria and were "
             "addressed through single-agency learning. One, Child M, was published in September 2017. The "
             "review into the circumstances of Siblings T has been completed and accepted by the Board, but "
             "it cannot be published until the criminal trial has concluded. Its findings and recommendations "
             "will be set out in next year's report once it is in the public domain."),
        Heading("How to read the learning summaries", 2),
        Para("Rather than reproduce the full action plan, we have summarised each recommendation on a single "
             "card: what the review found, what it recommended, what has been done, who is responsible and "
             "where things stand. The current position is given using the Board's assurance key:"),
        Table(["Position", "What it means"], [[w, m] for w, m, _c in KEY], caption="Assurance key"),
        Heading("Child M", 2),
        Para("Child M was eight when she was admitted to hospital with serious injuries inflicted by her "
             "mother's partner. She had been subject to a child protection plan for neglect for five months. "
             "The review was led by an independent author using the Significant Incident Learning Process, "
             "and twenty-two practitioners took part. Child M and her father contributed to the review."),
    ]
    n = len(CHILD_M)
    for i, row in enumerate(CHILD_M, 1):
        b.append(_summary_table("Child M", i, n, row))
        if i == 4:
            b.append(PageBreak())
    b += [
        Heading("Assurance", 2),
        Para(MONITORING + ". Items rated 'Not met' or 'Evidence awaited' for two consecutive quarters are "
             "escalated to the Board's Executive Group."),
        Para("Of the seven recommendations, four are now closed (Met, Embedded in practice or Superseded). The "
             "Group will ask for evidence of impact, not only of process, before the remaining items are "
             "closed."),
    ]
    return b


def _learning_review() -> list:
    return [
        Heading("Other case learning", 1),
        Para("Not every case that raises concerns meets the criteria for a serious case review. In 2017-18 the "
             "Case Review Group commissioned one multi-agency learning review, concerning a 14-year-old "
             "(Young Person P) who was repeatedly missing from care. This was not a serious case review; it "
             "used the same learning summary format so that practitioners see learning in a consistent way."),
        Table(["Case", "Young Person P (learning review)"], [
            ["Key finding", "Return home interviews were completed but the information was not passed to the "
                            "police missing persons co-ordinator."],
            ["Recommendation", "The commissioned return interview service should share the outcome of every "
                               "interview with the police within 72 hours."],
            ["Response", "Information-sharing agreement signed in January 2018; the service now sends "
                         "interview summaries through secure email."],
            ["Responsible agency", "Amberleigh Children's Services (commissioner)"],
            ["Current position", "Met"],
        ], caption="Learning review summary"),
        Para("The review also recommended that the Board should consider a multi-agency audit of young people "
             "missing from care, which has been included in the Performance and Quality Group's audit "
             "programme for 2018-19."),
    ]


def _pqg() -> list:
    return [
        Heading("The Performance and Quality Group", 1),
        Para("The Performance and Quality Group is the engine room of the LSCB's assurance work. It is chaired by "
             "the Designated Nurse and meets eight times a year. Its members look at the multi-agency dataset each "
             "quarter, agree the audit programme and receive assurance reports from agencies on the actions they "
             "have committed to, whether those arise from case reviews, audits or inspections."),
        Para("This year the Group changed the way it works. Instead of asking agencies to complete long action "
             "plan templates, it now asks a lead officer to attend and answer three questions: what have you "
             "done, how do you know it has made a difference, and what would a child or parent tell us? Members "
             "say that the discussions are shorter and more searching."),
        Para("Two multi-agency audits were completed: one on the quality of child protection plans for children "
             "living with domestic abuse, and one on the involvement of fathers in assessments. Both found that "
             "plans described services rather than outcomes, a theme the Board will return to in 2018-19."),
    ]


def _ofsted() -> list:
    return [
        Heading("Ofsted review of the LSCB", 1),
        Para("The LSCB was reviewed by Ofsted in November 2017 alongside the inspection of the local "
             "authority's children's services. The Board was judged to require improvement. Ofsted "
             "recommended that the LSCB should:"),
        Bullets([
            "ensure that its performance framework includes the views of children and families;",
            "evaluate the impact of its multi-agency training on front-line practice;",
            "strengthen its oversight of children who go missing from education.",
        ]),
        Para("An improvement plan responding to these recommendations was agreed in January 2018 and is "
             "monitored by the Executive Group."),
        Heading("Section 11 follow-up", 2),
        Para("The section 11 challenge panels in March 2018 agreed the following actions with partner agencies:"),
        Table(["Standard", "Action", "Agency", "Position"], [
            ["Safer recruitment", "Update the safer recruitment policy to reflect DBS changes", "Amberleigh College", "Met"],
            ["Supervision", "Introduce safeguarding supervision for school nurses", "Community Health Trust", "Partly met"],
            ["Training", "Record training compliance for volunteers", "Voluntary sector forum", "Not met"],
        ], caption="Section 11 actions"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="ALSCB", period=YEAR, seed=SEED,
                 council="Amberleigh County Council", police="Amberleigh Constabulary",
                 ccg="NHS Amberleigh CCG")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.introduction(c) + filler.governance(c) + filler.membership(c) + [PageBreak()]
    blocks += filler.area_profile(c) + filler.budget(c) + [PageBreak()]
    blocks += _case_reviews() + [PageBreak()]
    blocks += _learning_review()
    blocks += _pqg() + filler.subgroups(c) + filler.training(c) + [PageBreak()]
    blocks += _ofsted()
    blocks += filler.cdop(c) + filler.lado(c) + filler.cse_missing(c) + filler.private_fostering(c)
    blocks += filler.voice_of_child(c) + [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Amberleigh LSCB Annual Report 2017 to 2018",
        running_header="Amberleigh LSCB | Annual Report 2017-18",
        blocks=blocks,
        gold=_gold(),
        published="Published October 2018",
    )
