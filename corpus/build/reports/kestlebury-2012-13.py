"""Kestlebury Local Safeguarding Children Board annual report 2012-13.

NO serious case review in the year. Everything that looks like an SCR recommendation is a
distractor: a multi-agency learning review with numbered recommendations and progress, a
domestic homicide review with recommendations about children, CDOP findings phrased as
recommendations and a section 11 audit action table. Gold: no scrs, no entries, verdict no_scrs.
"""
import filler
from blocks import Bullets, Heading, PageBreak, Para, ReportSpec, Table, gold

NAME = "kestlebury-2012-13"
BOARD = "Kestlebury Local Safeguarding Children Board"


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Kestlebury", board=BOARD, short="Kestlebury LSCB", period="2012-13", seed=7,
                     council="Kestlebury County Council", police="Kestlebury Constabulary",
                     ccg="Kestlebury and Fenwick Clinical Commissioning Group", chair="Ian Tremayne")
    b: list = []
    b += filler.foreword(ctx)
    b.append(PageBreak())
    b += filler.introduction(ctx)
    b += filler.governance(ctx)
    b += filler.membership(ctx)
    b += filler.area_profile(ctx)
    b += filler.early_help(ctx)
    b += filler.budget(ctx)
    b.append(PageBreak())

    # ---- reviews of practice: no SCR, but a learning review and a DHR (distractors)
    b += [
        Heading("Reviews of Practice", 1),
        Para("Working Together to Safeguard Children requires the Board to undertake a serious case review where abuse or "
             "neglect is known or suspected and a child has died, or has been seriously harmed and there are concerns about how "
             "agencies worked together. The Case Review Group considers every referral against these criteria and advises the Chair."),
        Para("No serious case reviews were initiated or published during 2012-13. The Case Review Group considered three referrals "
             "during the year. None met the criteria for a serious case review; in one case the Group recommended, and the Chair "
             "agreed, that a multi-agency learning review should be carried out instead.", bold=False),
        Heading("Multi-agency learning review: the 'Ashdown' family", 2),
        Para("The learning review concerned four children living with their mother and her partner in circumstances of chronic "
             "neglect. It used a facilitated workshop with the practitioners who had been involved and was completed in "
             "November 2012. The review did not meet the threshold for a serious case review, and its recommendations were "
             "agreed by the Board in December 2012."),
        Para("The learning review made the following recommendations:"),
        Para("LR1. The Board should develop a neglect strategy and a practice tool that helps practitioners to measure the "
             "cumulative impact of neglect over time."),
        Para("Progress: a draft neglect strategy was consulted on in February 2013 and the Graded Care Profile is being piloted in "
             "two children's centres.", italic=True),
        Para("LR2. Kestlebury County Council should ensure that children's social care closes a case only after consulting the "
             "school and the health visitor or school nurse."),
        Para("Progress: the case closure procedure was amended in January 2013.", italic=True),
        Para("LR3. Schools should record concerns about the presentation of children in a chronology that is shared with "
             "children's social care when a referral is made."),
        Para("Progress: a chronology template has been issued to designated teachers; take-up will be checked through the "
             "schools' safeguarding audit.", italic=True),
        Para("LR4. All agencies should make sure that practitioners are supported to challenge decisions they disagree with, "
             "using the escalation procedure."),
        Para("Progress: the escalation procedure has been re-issued, and the Learning and Improvement Group will audit its use "
             "later in 2013.", italic=True),
        Heading("Domestic homicide review", 2),
        Para("The Kestlebury Community Safety Partnership commissioned a domestic homicide review (DHR) following the death of a "
             "woman in July 2012. Two children of primary school age were living in the household. Although a DHR is not a "
             "review commissioned by this Board, its findings are highly relevant to children's services and the Board has asked "
             "to receive the action plan."),
        Para("The DHR panel recommended that:"),
        Bullets([
            "Kestlebury Constabulary should ensure that every domestic abuse incident where children are present is notified to "
            "children's social care within 24 hours;",
            "GP practices should ask about domestic abuse when a patient presents repeatedly with anxiety or unexplained injuries;",
            "the MARAC should invite a representative of children's social care to every meeting where the victim has children;",
            "the Community Safety Partnership should commission specialist support for children who have witnessed domestic abuse.",
        ], numbered=True),
        Para("The Community Safety Partnership monitors the DHR action plan and reports progress to the Board twice a year."),
    ]
    b += filler.training(ctx)
    b += filler.cdop(ctx)
    b += [
        Heading("Child death overview panel findings", 2),
        Para("Having reviewed the deaths of infants who died suddenly and unexpectedly, the panel recommended that:"),
        Bullets([
            "midwives and health visitors should discuss safe sleeping with every family before discharge and at the new birth visit;",
            "the Board should run a public campaign on the risks of co-sleeping after drinking alcohol;",
            "hospital trusts should review the information given to parents of premature babies about smoking in the home.",
        ]),
    ]
    b += filler.performance(ctx)
    b += [
        Heading("Section 11 audit: actions agreed with partners", 2),
        Para("Partners completed the section 11 self-assessment in the autumn. The Quality Assurance Sub-group held challenge "
             "meetings with each agency and agreed the following actions, which it will track through to completion."),
        Table(["Standard", "Finding", "Action agreed", "Agency", "Due"], [
            ["Safer recruitment", "DBS checks not renewed consistently for volunteers", "Introduce three-yearly rechecks for volunteers",
             "Kestlebury Community Health Services", "June 2013"],
            ["Supervision", "Safeguarding supervision not recorded on case files", "Supervision template to be added to the case recording system",
             "Kestlebury County Council", "September 2013"],
            ["Listening to children", "Children's views not routinely sought in service design", "Establish a young people's reference group",
             "Kestlebury Constabulary", "December 2013"],
            ["Training", "Level 3 training uptake below 80% among GPs", "Practice-based training sessions to be offered",
             "Kestlebury and Fenwick CCG", "March 2014"],
            ["Information sharing", "Staff unsure when consent is needed to share information", "Publish a short information-sharing guide",
             "Kestlebury LSCB", "July 2013"],
        ], caption="Section 11 actions 2013"),
    ]
    b += filler.lado(ctx)
    b += filler.private_fostering(ctx)
    b += filler.cse_missing(ctx)
    b += filler.voice_of_child(ctx)
    b += [
        Heading("Priorities for 2013-14", 1),
        Para("In the coming year the Board should:"),
        Bullets([
            "agree and launch the neglect strategy, and measure its impact through a multi-agency audit;",
            "strengthen the response to children at risk of sexual exploitation, including a problem profile with the police;",
            "prepare for the new Ofsted inspection framework for LSCBs;",
            "improve the consistency of the response to domestic abuse where children are in the household.",
        ]),
    ]
    b += filler.glossary(ctx)
    g = gold(NAME, BOARD, "2012-13", [], [], None)
    return ReportSpec(name=NAME, title="Kestlebury Local Safeguarding Children Board: Annual Report 2012-2013",
                      running_header="Kestlebury LSCB | Annual Report 2012-13", blocks=b, gold=g)
