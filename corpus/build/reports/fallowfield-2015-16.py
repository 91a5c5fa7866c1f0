"""Fallowfield Safeguarding Children Board, annual report 2015-16. HELD ASIDE.

Shape under test: the main body gives only a short narrative of the Child V serious case
review; its eight recommendations sit in Appendix B, in a six-column table (Ref. | The review
recommended | Accountable | Response so far | Agreed deadline | Rating at 31/03/16) rated by the
report's own four-colour key (Blue and Green both mean done, Amber in hand, Red not started),
itself a small table. The Family U SCR is under way; two changes made on its early learning are
listed without recommendations (entries with text null). Distractors: the Ofsted review of the
LSCB ("The LSCB should..."), a domestic homicide review, the multi-agency audit programme table
and the business plan 2016-18.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table
import filler

NAME = "fallowfield-2015-16"
AREA = "Fallowfield"
BOARD = "Fallowfield Safeguarding Children Board"
YEAR = "2015-16"
SEED = 6617

# --- Child V: Appendix B rows ---------------------------------------------------------------
# (ref, recommendation, accountable cell, [(body, sector)], response or None, deadline cell, due, rating)
V_ROWS = [
    ("R1",
     "Children's Social Care should ensure that every child who goes missing from home or care is "
     "offered a return home interview within 72 hours and that what the child says is passed to the "
     "CSE Panel.",
     "Children's Social Care",
     [("Children's Social Care", "childrens_social_care"), ("Safe Steps", "voluntary_sector")],
     "Safe Steps, a local charity commissioned by Children's Social Care, has run the return interview "
     "service since 1 September 2015. In the last quarter 81% of interviews took place within 72 hours "
     "and every completed interview was shared with the CSE Panel.",
     "31/12/2015", "2015-12", "Green"),
    ("R2",
     "Schools and academies should tell the Children Missing Education officer when a pupil on a "
     "reduced timetable has been absent for ten school days in a row.",
     "Education Welfare Service; all schools and academies",
     [("Education Welfare Service", "education"), ("all schools and academies", "education")],
     "The Children Missing Education protocol was rewritten in January 2016 and sent to every head "
     "teacher and designated safeguarding lead. An audit of reduced timetables is booked for the summer "
     "term.",
     "30/04/2016", "2016-04", "Amber"),
    ("R3",
     "Fallowfield Police should make sure that intelligence about adults who associate with missing "
     "children is brought to the weekly CSE operational meeting.",
     "Fallowfield Police",
     [("Fallowfield Police", "police")],
     "The daily missing persons briefing now includes a check against CSE intelligence, and a detective "
     "sergeant from the CSE team attends every operational meeting. The March 2016 audit of CSE cases "
     "found the intelligence had been shared in all twelve cases examined.",
     "31/10/2015", "2015-10", "Blue"),
    ("R4",
     "Fallowfield Community Health Trust should ensure that the school nursing and sexual health "
     "services use the CSE screening tool whenever a young person under 16 asks for contraception or "
     "sexual health advice.",
     "Fallowfield Community Health Trust",
     [("Fallowfield Community Health Trust", "health")],
     "The screening tool was built into the sexual health service's electronic record in December 2015. "
     "46 of the 52 school nurses have been trained to use it.",
     "31/03/2016", "2016-03", "Green"),
    ("R5",
     "All agencies should make sure that their staff understand that a sexually exploited child is a "
     "victim of abuse, and that records do not describe the child as consenting to or choosing it.",
     "All agencies",
     [("all partner agencies", "lscb")],
     "The Board issued a short guide, 'Words matter', in January 2016 and it is now part of every CSE "
     "course. Each agency will check a sample of its own records as part of its internal audit "
     "programme.",
     "30/06/2016", "2016-06", "Amber"),
    ("R6",
     "The FSCB should commission a multi-agency course on working with adolescents who are hard to "
     "engage, drawing on what Child V and her family told the reviewer.",
     "FSCB Learning and Development Group",
     [("FSCB Learning and Development Group", "lscb")],
     None,
     "30/09/2016", "2016-09", "Red"),
    ("R7",
     "Fallowfield CCG should seek assurance that GP practices follow up when a child is not brought to "
     "an appointment, and record what they did.",
     "Fallowfield CCG (Named GP)",
     [("Fallowfield CCG", "health"), ("Named GP", "health")],
     "The Named GP has run 'was not brought' sessions at three protected learning time events, reaching "
     "31 of the 38 practices. The CCG now asks about it in its annual safeguarding return from practices.",
     "31/12/2015", "2015-12", "Green"),
    ("R8",
     "Fallowfield Homes and Children's Social Care should agree how a family's move between temporary "
     "addresses will trigger a review of a child's plan.",
     "Fallowfield Homes / Children's Social Care",
     [("Fallowfield Homes", "housing"), ("Children's Social Care", "childrens_social_care")],
     "A joint protocol has been drafted by the Housing Needs manager and the Head of Safeguarding and is "
     "waiting for sign-off by the Fallowfield Homes board.",
     "31/07/2016", "2016-07", "Amber"),
]
R6_CELL = "Not yet commissioned. Funding to be found in the 2016/17 training budget."

RATING = {"Blue": "completed", "Green": "completed", "Amber": "in_progress", "Red": "not_started"}

# --- Family U: changes made before the review reports (no recommendations stated) ------------
U_ACTIONS = [
    ("The maternity service at Fallowfield Royal Infirmary has added questions about the father's or "
     "mother's partner's history to the booking assessment, and midwives now ask to meet him.",
     [("Fallowfield Royal Infirmary", "health")]),
    ("Fallowfield Police now tell the health visiting service about every domestic abuse incident at an "
     "address where a baby under one year old lives, on the next working day.",
     [("Fallowfield Police", "police")]),
]

MONITORING = (
    "The Case Review Group owns the Child V action plan. Each accountable agency sends the group a "
    "written return every quarter, with evidence, and the group - not the agency - decides the rating. "
    "The full rated plan goes to the Board twice a year"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child V", "published")
    g.scr("Family U", "ongoing")
    # document order: the Family U changes are in the main body (Part Three), Appendix B comes last
    for action, bodies in U_ACTIONS:
        g.rec("Family U", None, None, action, bodies, "completed")
    for ref, text, _cell, bodies, action, _dl, due, rating in V_ROWS:
        g.rec("Child V", ref[1:], text, action, bodies, RATING[rating], due)
    return g.dump(MONITORING)


# --- Part Three: learning when things go wrong -----------------------------------------------

def _learning() -> list:
    return [
        Heading("Part Three: Learning when things go wrong", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the "
             "Board must consider whether agencies could have worked together better. The Independent "
             "Chair decides whether a serious case review is needed, on the advice of the Case Review "
             "Group, which is chaired by the Designated Doctor and meets every six weeks."),
        Para("Four cases were referred to the Case Review Group in 2015/16. Two did not meet the criteria "
             "for a serious case review; one of these was looked at instead through a single-agency review "
             "by the ambulance trust, and the other informed the audit programme described in Part Two. "
             "The Chair agreed to one new serious case review (Family U), and the review of Child V, begun "
             "in 2014/15, was published in November 2015. The fourth referral was received in March 2016 "
             "and will be decided in the new year."),
        Heading("Child V", 2),
        Para("Child V was 14 when she disclosed that she had been sexually exploited over many months by a "
             "group of adult men. In the year before her disclosure she had been reported missing 23 times, "
             "her school attendance had fallen below 40%, and she had been seen by the sexual health service "
             "on four occasions. Each agency knew part of the picture; none of them put it together."),
        Para("The reviewer, an independent social work consultant, used the Significant Incident Learning "
             "Process, which brings together the practitioners who were involved. Child V and her mother "
             "both met the reviewer, and what they said runs through the report. Their message was simple: "
             "'people kept asking me why I went, not who I went with'."),
        Para("The review made eight recommendations, which the Board accepted in full. In short, they ask "
             "agencies to treat going missing as a warning sign, to share what they know about the adults "
             "around a child, to use the language of abuse rather than of choice, and to keep a child's "
             "plan up to date when the family moves. The recommendations, who is accountable for each, and "
             "what has been done so far are set out in Appendix B. The overview report and a two-page "
             "summary are on the FSCB website."),
        Heading("How we hold partners to account", 3),
        Para(MONITORING + ". An action is rated Blue only when an audit or a sample of cases shows that "
             "practice has actually changed; Green means the agency has done what it said it would do but "
             "the group has not yet tested the difference it has made."),
        Para("By 31 March 2016 one of the eight actions was rated Blue, three Green, three Amber and one Red. "
             "The Red action (a new course on working with adolescents) depends on funding and has been "
             "escalated to the Board's Executive."),
        Heading("Family U", 2),
        Para("In August 2015 the youngest of three children in Family U, a baby of seven months, was admitted "
             "to hospital with a serious head injury. The Independent Chair agreed in October 2015 that the "
             "criteria for a serious case review were met. The review is being led by two reviewers from "
             "outside Fallowfield and is expected to report in the summer of 2016; criminal proceedings are "
             "continuing and may delay publication."),
        Para("The Case Review Group did not wait for the final report. Two changes were made straight away, "
             "and both were in place by January 2016:"),
        Bullets([a for a, _b in U_ACTIONS]),
        Heading("Other reviews", 2),
        Para("The Safer Fallowfield Partnership (the community safety partnership) completed a domestic "
             "homicide review into the death of a woman, referred to as Adult F, in the autumn of 2015. "
             "Two of her children were living at home at the time. The Board was represented on the review "
             "panel and has agreed to take the lead on the recommendations that concern children. The DHR "
             "recommended that:"),
        Bullets([
            "Children's Social Care should make sure that assessments in families where there is domestic "
            "abuse record the views of every child in the household;",
            "the MARAC should ensure that a representative of the child's school is invited when a case "
            "involving school-age children is heard;",
            "GP practices should be reminded to ask about domestic abuse when a patient presents with "
            "anxiety or depression.",
        ]),
        Para("These recommendations are monitored by the Safer Fallowfield Partnership, and the Board will "
             "receive a report on them in October 2016."),
    ]


def _appendix_b() -> list:
    rows = []
    for ref, text, cell, _b, action, dl, _due, rating in V_ROWS:
        rows.append([ref, text, cell, action if action is not None else R6_CELL, dl, rating])
    return [
        Heading("Appendix B: Child V serious case review - recommendations and response", 1),
        Para("The table below is the Child V action plan as it stood at the Case Review Group meeting on "
             "22 March 2016. The rating in the final column uses the Board's key:"),
        Table(["Rating", "Definition"], [
            ["Blue", "Action completed and the Case Review Group has seen evidence that practice has changed"],
            ["Green", "Action completed; the difference it has made is still to be tested"],
            ["Amber", "Action started and on course to meet the agreed deadline"],
            ["Red", "Action not started"],
        ]),
        Table(["Ref.", "The review recommended", "Accountable", "Response so far", "Agreed deadline",
               "Rating at 31/03/16"], rows, caption="Child V (published November 2015)"),
    ]


# --- distractors and own generic passages ---------------------------------------------------

def _audit_programme() -> list:
    return [
        Heading("Multi-agency audit programme", 2),
        Para("The Performance and Quality Committee ran four multi-agency case audits in 2015/16. Each audit "
             "looks at between eight and twelve cases chosen at random, and practitioners from every agency "
             "involved take part in a feedback session. The table lists what each audit found and what "
             "the Committee asked partners to change."),
        Table(["Audit (month)", "Cases", "Key finding", "What must change", "Owner"], [
            ["Neglect (May 2015)", "10", "Chronologies were missing or out of date in six cases",
             "Every child on a plan for neglect should have a chronology updated before each review",
             "Children's Social Care"],
            ["Children with disabilities (August 2015)", "8",
             "Children who do not use speech were rarely asked their views",
             "Practitioners should use communication aids and record how the child's views were sought",
             "All agencies"],
            ["Domestic abuse (November 2015)", "12", "Health visitors were told of incidents late",
             "Notifications should reach health visitors within two working days", "Fallowfield Police"],
            ["Self-harm in teenagers (February 2016)", "9",
             "Follow-up after A&E attendance depended on the young person phoning CAMHS",
             "CAMHS should contact the young person within five days of an A&E attendance",
             "CAMHS"],
        ], caption="Audits completed in 2015/16"),
        Para("Actions from audits are followed up by the Committee at its next meeting but one. Re-audit of "
             "the neglect findings in February 2016 showed chronologies in place in eight of ten cases."),
    ]


def _ofsted() -> list:
    return [
        Heading("External scrutiny: Ofsted's review of the Board", 2),
        Para("Ofsted reviewed the effectiveness of the FSCB in October 2015, at the same time as its "
             "inspection of services for children in need of help and protection. The Board was judged to "
             "require improvement. Inspectors said that the Board had 'a good grip on learning from serious "
             "case reviews' but that its oversight of early help and of the quality of front-line practice "
             "was weaker."),
        Para("Ofsted identified the following areas for improvement:"),
        Bullets([
            "(i) The LSCB should ensure that its dataset includes early help and allows the Board to see "
            "whether thresholds are applied consistently.",
            "(ii) The LSCB should evaluate the impact of multi-agency training on practice.",
            "(iii) The LSCB should strengthen its challenge to partners where attendance at child "
            "protection conferences is poor.",
            "(iv) The LSCB should ensure that the views of children and young people inform its priorities.",
        ]),
        Para("An improvement plan was agreed in January 2016. It is overseen by the Executive and its actions "
             "have been built into the business plan below."),
    ]


def _looking_forward() -> list:
    return [
        Heading("Part Four: Looking forward", 1),
        Heading("Business Plan 2016-18", 2),
        Para("The Board agreed a two-year business plan in March 2016. It has three priorities, each owned by "
             "a member of the Executive:"),
        Table(["Priority", "Owner", "We will", "Success will mean"], [
            ["Exploitation and missing", "Detective Superintendent, Public Protection",
             "Launch a joint CSE and missing strategy with the Safer Fallowfield Partnership",
             "Fewer repeat missing episodes; every child offered a return interview"],
            ["Neglect", "Assistant Director, Children's Social Care",
             "Introduce a graded care profile tool for all agencies",
             "Tool used in 75% of neglect referrals by March 2017"],
            ["Early help", "Head of Early Help",
             "Add early help measures to the Board's dataset (Ofsted area for improvement (i))",
             "Quarterly early help data in every performance report"],
        ], caption="Our priorities"),
        Para("We also intend to review how the Board itself works. The Executive will meet monthly from "
             "April 2016 and the full Board four times a year, and we will recruit two new lay members."),
    ]


def _reading_guide(c) -> list:
    return [
        Heading("How to read this report", 1),
        Para("This is the Board's annual report for 1 April 2015 to 31 March 2016. It is written in four "
             "parts. Part One explains who we are and how we are organised. Part Two looks at how safe "
             "children in Fallowfield are, using the data and audits the Board has seen during the year. "
             "Part Three is about what we have learned from reviews of cases where children were seriously "
             "harmed. Part Four sets out what we will do next."),
        Para("Appendices at the back give the glossary and the detailed action plan for the serious case "
             "review published during the year. A summary of this report for children and young people is "
             "available from the Board's business office."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="FSCB", period=YEAR, seed=SEED, level=2,
                 council="Fallowfield City Council", police="Fallowfield Police",
                 ccg="Fallowfield CCG", acute_trust="Fallowfield Royal Infirmary NHS Foundation Trust",
                 community_trust="Fallowfield Community Health Trust", chair="Rosalind Achebe-Grant")


def build() -> ReportSpec:
    c = CTX
    b: list = []
    b += filler.foreword(c) + [PageBreak()]
    b += _reading_guide(c)
    b += [Heading("Part One: About the FSCB", 1)]
    b += filler.introduction(c) + filler.governance(c) + filler.membership(c) + filler.budget(c)
    b += filler.subgroups(c) + [PageBreak()]
    b += [Heading("Part Two: How safe are children in Fallowfield?", 1)]
    b += filler.area_profile(c) + filler.performance(c) + _audit_programme()
    b += filler.early_help(c) + filler.cse_missing(c) + filler.private_fostering(c)
    b += filler.lado(c) + filler.cdop(c) + _ofsted() + [PageBreak()]
    b += _learning() + [PageBreak()]
    b += filler.training(c) + filler.voice_of_child(c)
    b += _looking_forward() + [PageBreak()]
    b += [Heading("Appendix A: Glossary", 1)] + filler.glossary(c) + [PageBreak()]
    b += _appendix_b()
    return ReportSpec(
        name=NAME,
        title="Fallowfield Safeguarding Children Board: Annual Report 2015-2016",
        running_header="Fallowfield SCB - Annual Report 2015-2016",
        blocks=b,
        gold=_gold(),
        published="Published October 2016",
    )
