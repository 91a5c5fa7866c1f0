"""Corvedale Safeguarding Children Board, annual report 2016/17 (invented area).

Shape under test: STATUS BY COLOUR ALONE. The SCR section tells each review's story briefly in
prose (no recommendation is restated there) and points to Appendix 2, the "SCR action tracker":
a key, then one table per published serious case review, "Recommendation | Lead | Progress (March
2017) | RAG rating", for Family H (published March 2016, carried forward) and Child W (published
November 2016); each recommendation cell starts with a number label "1." ... The RAG cells are
EMPTY and only shaded (Table.fills); the key is a two-column table whose first column is an empty
shaded cell and whose second column gives the meaning: green = "Action complete and evidence
seen" (completed), amber = "In progress, on track" (in_progress), red = "Not started or off
track" (not_started). No colour name or status word for a single recommendation appears anywhere
else. A third SCR, Baby F, was commissioned in February 2017 (stage initiated, no recommendations).

Gold: 13 entries (Family H 5, Child W 8), number from the label, text = the recommendation cell
without it, bodies = the Lead cell (plus a body the progress cell names as having acted), status
through the key. A progress cell that says what was done, or gives a plan naming who will do it and nothing
else (Child W 8), is the action whole. Cells that say little ("Complete.", "On track.", "Update
requested.", "Lead not yet agreed.") give action null. One lead cell is "To be agreed" and the
recommendation is passive: bodies []. 9 of 13 with an action, 12 of 13 with a body, monitoring
described in the Case Review Group paragraph: verdict partly_meets.

Decisions noted for review:
- Family H 3 is shaded green with progress "Complete." only: status completed (the key says
  complete), action null (the report does not say what was done).
- Child W 7 is shaded red ("Not started or off track") although a draft protocol was written: the
  gold follows the colour through the key (not_started) and keeps the progress cell as the action,
  because it reports something that was done.
- Child W 3: the Lead cell "Schools (via the Education Safeguarding Team)" gives two education
  bodies; Child W 2 adds the Community Dental Service, which the progress cell says did the work.

Distractors: a rapid review (Child Q) that did not become an SCR, with its own "should" learning;
a domestic homicide review action plan with a text status column; Ofsted's review of the LSCB
(recommendations to the Board); the section 11 audit; CDOP findings; 2017/18 priorities.
Extra rendering: html (the only format besides DOCX/PDF that can show the shading).
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body

NAME = "corvedale-2016-17"
AREA = "Corvedale"
BOARD = "Corvedale Safeguarding Children Board"
YEAR = "2016-17"

GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
# The key as printed: shaded cell -> meaning; and the taxonomy code each colour maps to
KEY = [(GREEN, "Action complete and evidence seen"),
       (AMBER, "In progress, on track"),
       (RED, "Not started or off track")]
STATUS = {GREEN: "completed", AMBER: "in_progress", RED: "not_started"}

CSC = body("Children's Social Care", "childrens_social_care")

# Each row: (recommendation, lead cell, progress cell, progress is an action?, bodies, colour)
FAMILY_H = [
    ("Children's Social Care should ensure that assessments of families where there has been domestic "
     "abuse record each child's views, in the child's own words where possible.",
     "Children's Social Care",
     "Assessment template changed in June 2016 to include a mandatory 'What the child says' section. "
     "Audit of 30 assessments (January 2017): completed well in 26.",
     True, [CSC], GREEN),
    ("The Board should produce multi-agency guidance on self-harm by children under 16 and promote it to "
     "schools, GPs and the emergency department.",
     "CSCB Policy and Procedures Group",
     "Guidance approved by the Board in July 2016 and published in the online procedures. Launch sessions "
     "in September attended by 94 staff.",
     True, [body("CSCB Policy and Procedures Group", "lscb")], GREEN),
    ("Severnside Hospitals NHS Foundation Trust should ensure that emergency department staff check "
     "whether a child attending with a burn or scald is known to children's social care.",
     "Severnside Hospitals NHS FT",
     "Complete.",
     False, [body("Severnside Hospitals NHS FT", "health")], GREEN),
    ("Marcher Constabulary and Children's Social Care should make sure that every police notification of "
     "domestic abuse involving a child is screened within 24 hours.",
     "Marcher Constabulary and Children's Social Care",
     "Joint police and social work screening in the MASH began in October 2016. Screening within 24 hours "
     "rose from 61% (Q1) to 83% (Q4) against a target of 95%.",
     True, [body("Marcher Constabulary", "police"), CSC], AMBER),
    ("A protocol should be agreed setting out how the needs of children are considered when a parent is "
     "discharged from an adult mental health ward.",
     "To be agreed",
     "Lead not yet agreed.",
     False, [], RED),
]

CHILD_W = [
    ("Children's Social Care should introduce a single neglect assessment tool for use by all agencies and "
     "train practitioners to use it.",
     "Children's Social Care",
     "Corvedale Neglect Toolkit launched 1 February 2017 after a pilot in Hopestow. 214 practitioners "
     "trained; more sessions booked for May and June 2017.",
     True, [CSC], AMBER),
    ("NHS Corvedale CCG should make sure that dentists and the Community Dental Service know how to "
     "recognise and refer dental neglect.",
     "NHS Corvedale CCG",
     "Dental neglect pathway written by the Community Dental Service and sent to all 27 dental practices in "
     "December 2016.",
     True, [body("NHS Corvedale CCG", "health"), body("the Community Dental Service", "health")], GREEN),
    ("Schools should refer to Children's Social Care any child whose attendance falls below 85% in a term "
     "where there are also concerns about the child's appearance or health.",
     "Schools (via the Education Safeguarding Team)",
     "Update requested.",
     False, [body("Schools", "education"), body("the Education Safeguarding Team", "education")], RED),
    ("The Board should make sure that the learning from this review reaches front-line practitioners in "
     "every agency.",
     "CSCB Business Unit",
     "Two-page learning summary sent to all agencies in December 2016. Learning event on 9 February 2017 "
     "attended by 112 practitioners.",
     True, [body("CSCB Business Unit", "lscb")], GREEN),
    ("Health visitors and school nurses should record every adult living in or regularly visiting the "
     "household, and their relationship to the child.",
     "Corvedale Community Health NHS Trust",
     "On track.",
     False, [body("Corvedale Community Health NHS Trust", "health")], AMBER),
    ("Pathways Recovery Service should ask every adult at assessment whether children live with them or "
     "visit, and tell the children's GP when they do.",
     "Pathways Recovery Service",
     "'Hidden Harm' question added to the assessment form in January 2017; answered in 90% of new "
     "assessments. GP notification still under discussion with the CCG.",
     True, [body("Pathways Recovery Service", "adult_services")], AMBER),
    ("Children's Social Care should agree with neighbouring authorities a protocol for transferring cases, "
     "including a face-to-face handover for every family moving into Corvedale.",
     "Children's Social Care",
     "Draft protocol written in August 2016 and shared with two neighbouring authorities. Not agreed; work "
     "stopped when the manager leading it left in December 2016.",
     True, [CSC], RED),
    ("The Board should audit, within twelve months, whether the changes made in response to this review "
     "have improved practice with neglected children.",
     "CSCB Quality Assurance Group",
     "The Quality Assurance Group will carry out a multi-agency audit of neglect cases in September 2017.",
     True, [body("CSCB Quality Assurance Group", "lscb")], AMBER),
]

MONITORING = ("Each lead agency updates its rows of the SCR action tracker before every meeting of the Case "
              "Review Group, and the Group does not shade a recommendation green until it has seen evidence "
              "that the change has been made and is making a difference. The complete tracker goes to the "
              "Board in October and March.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Family H", "published")
    g.scr("Child W", "published")
    g.scr("Baby F", "initiated")
    for case, rows in (("Family H", FAMILY_H), ("Child W", CHILD_W)):
        for i, (text, _lead, progress, acted, bodies, colour) in enumerate(rows, 1):
            g.rec(case, str(i), text, progress if acted else None, bodies, STATUS[colour])
    return g.dump(MONITORING)


# ---------------------------------------------------------------- the report

def _foreword() -> list:
    return [
        Heading("A word from the Independent Chair", 1),
        Para("This is my second annual report as Independent Chair of the Corvedale Safeguarding Children "
             "Board, and I want it to be one that a busy practitioner, a councillor or a parent can read in an "
             "evening and come away knowing how safe children in Corvedale are, and what the Board has done "
             "about it. I have asked the business unit to keep it short and to leave out anything that is "
             "there only because it was there last year."),
        Para("It has not been an easy year. In October Ofsted reviewed the Board at the same time as it "
             "inspected the Council's services for children in need of help and protection, and judged that "
             "the Board requires improvement. I do not think that judgement was unfair. We had been better at "
             "commissioning reviews than at proving that anything changed as a result of them, and the "
             "inspectors said so. Much of this report is about how we have started to put that right."),
        Para("In November we published the serious case review about Child W, a seven-year-old boy whose "
             "neglect was visible to many people over a long time. His story is told in the section on "
             "serious case reviews. I would ask "
             "every manager in Corvedale to read the learning summary and to ask themselves whether the same "
             "thing could happen on their patch tomorrow."),
        Para("There has also been good news. Partners have held their funding steady in a year when every "
             "budget is under pressure. Attendance at the Board has improved. The new Front Door, where police, "
             "health and social care staff now screen referrals side by side, is already making a difference "
             "to how quickly children are seen. And we have heard directly from children: the Young "
             "Inspectors' visit to the Front Door in January was the most useful hour I spent all year."),
        Para("My thanks go to the members of the Board and its groups, to Tom Ellery and the business unit, "
             "and above all to the practitioners who do this work every day in a large and very rural county."),
        Para("Dr Anwen Pryce-Morgan", bold=True),
        Para("Independent Chair, Corvedale Safeguarding Children Board, September 2017", italic=True),
    ]


def _corvedale() -> list:
    return [
        Heading("Corvedale and its children", 1),
        Para("Corvedale is a large rural unitary area of 178,300 people, about 37,900 of them under 18. A third "
             "of the population lives in the market towns of Corvebridge, Hopestow and Millingham; the rest is "
             "scattered across more than 200 villages and hamlets. Public transport is thin, and some families "
             "live forty minutes' drive from the nearest children's centre or GP surgery. That distance is a "
             "theme that runs through our case reviews."),
        Para("Most children in Corvedale do well. Child poverty, at 13% of children under 16, is below the "
             "national figure, but it is concentrated in parts of Corvebridge and Millingham and in isolated "
             "pockets of poor private rented housing in the hills."),
        Table(["Measure", "31 March 2016", "31 March 2017"], [
            ["Children under 18 (mid-year estimate)", "37,650", "37,900"],
            ["Children in need (including CP and looked after)", "1,288", "1,342"],
            ["Children subject to a child protection plan", "151", "167"],
            ["Rate per 10,000 children", "40.1", "44.1"],
            ["Children looked after", "229", "241"],
            ["Privately fostered children known to the Council", "6", "7"],
        ], caption="Table 1: Corvedale's children in numbers"),
        Para("Neglect remains the main reason for child protection plans (58% of plans at year end), followed "
             "by emotional abuse (29%). The rise in plans during the year came almost entirely from families "
             "with children under five."),
    ]


def _board() -> list:
    return [
        Heading("How the Board works", 1),
        Para("The Board is set up under section 13 of the Children Act 2004. Its job is to coordinate what "
             "agencies in Corvedale do to safeguard children and to make sure that they do it well. It does "
             "not deliver services itself. It met five times in 2016/17, including a development day in June "
             "that reshaped the business plan around three priorities: neglect, domestic abuse and "
             "exploitation."),
        Para("Between Board meetings an Executive of six people (the Independent Chair, the Director of "
             "Children's Services, the Chief Nurse of NHS Corvedale CCG, the Superintendent for Corvedale, the "
             "chair of the Case Review Group and the Business Manager) agrees the agenda, tracks the budget and "
             "deals with anything that cannot wait."),
        Para("The Independent Chair is accountable to the Chief Executive of Corvedale Council and meets her "
             "every quarter. This report goes to the Health and Wellbeing Board, the Police and Crime "
             "Commissioner for "
             "the Marches, the Community Safety Partnership and the Chief Executive."),
        Table(["Agency", "Meetings attended (of 5)"], [
            ["Corvedale Council Children's Services", "5"],
            ["NHS Corvedale CCG", "5"],
            ["Severnside Hospitals NHS Foundation Trust", "4"],
            ["Corvedale Community Health NHS Trust", "5"],
            ["Marcher Constabulary", "5"],
            ["National Probation Service", "4"],
            ["Marches Community Rehabilitation Company", "2"],
            ["Corvedale Youth Offending Service", "4"],
            ["Head teacher representatives (primary and secondary)", "4"],
            ["Corvedale Voluntary Action", "5"],
            ["Lay members (2)", "4"],
        ], caption="Table 2: Board attendance 2016/17"),
        Para("Attendance was 82% across the year, up from 71% in 2015/16. The Marches Community Rehabilitation "
             "Company has been written to about its attendance, and has since named a deputy."),
        Heading("Money", 2),
        Para("The Board's budget for 2016/17 was £178,950, most of it spent on the business unit of four "
             "people, the Independent Chair and training. Case reviews are paid for from a reserve, which stood "
             "at £21,400 at the end of the year."),
        Table(["Contributor", "2016/17 (£)"], [
            ["Corvedale Council", "104,600"],
            ["NHS Corvedale CCG", "48,300"],
            ["Marcher Constabulary", "15,200"],
            ["National Probation Service", "1,150"],
            ["Marches Community Rehabilitation Company", "1,150"],
            ["Cafcass", "550"],
            ["Training income", "8,000"],
            ["Total", "178,950"],
        ], caption="Table 3: Income"),
    ]


def _groups() -> list:
    return [
        Heading("The Board's groups", 1),
        Para("Five groups do most of the Board's detailed work. Each is chaired by a senior manager from a "
             "partner agency and has a work plan taken from the business plan."),
        Table(["Group", "Chair", "What it did in 2016/17"], [
            ["Case Review Group", "Head of Safeguarding, Marcher Constabulary",
             "Considered six referrals; commissioned one serious case review; held one rapid review; "
             "oversaw publication of the Child W review."],
            ["Quality Assurance Group", "Designated Nurse, NHS Corvedale CCG",
             "Ran three multi-agency case audits (neglect in under-fives, strategy discussions, "
             "children missing education); managed the section 11 audit."],
            ["Policy and Procedures Group", "Service Manager, Children's Social Care",
             "Published seven new or revised procedures, including self-harm and bruising in "
             "non-mobile babies."],
            ["Learning and Development Group", "Named Nurse, Severnside Hospitals NHS FT",
             "Delivered the multi-agency training programme and two learning events."],
            ["CSE and Missing Group", "Detective Chief Inspector, Marcher Constabulary",
             "Took over the exploitation strategy; began mapping of county lines activity."],
        ], caption="Table 4: The groups of the Board"),
        Heading("Case Review Group", 2),
        Para("The Case Review Group decides whether a case should be referred to the Independent Chair as a "
             "possible serious case review, manages each review once it is commissioned and then follows "
             "through what happens to its recommendations."),
        Para(MONITORING + " Where a lead agency has not updated its rows, the Group chair writes to the agency's "
             "Board member."),
        Para("This year the Group also agreed a simpler way of reporting progress. Each recommendation now has "
             "one row on the tracker, with one named lead and a colour rating, rather than a separate action "
             "plan per agency. The tracker is reproduced at Appendix 2."),
        Heading("Quality Assurance Group", 2),
        Para("The Group's audit of neglect in families with children under five looked at 24 cases across "
             "health visiting, early years and social care. It found good direct work with parents, but too "
             "little attention to what a day in the child's life was actually like. Those findings fed "
             "directly into the design of the Neglect Toolkit."),
    ]


def _data() -> list:
    return [
        Heading("What the data tells us", 1),
        Para("The Board receives a quarterly scorecard of 32 measures from all partners. We have picked out the "
             "ones that matter most for this report."),
        Table(["Measure", "2015/16", "2016/17", "Comment"], [
            ["Contacts to the Front Door", "8,870", "9,412", "Rise mostly from police notifications"],
            ["Re-referrals within 12 months", "25%", "22%", "Improving; target 20%"],
            ["Single assessments completed in 45 days", "78%", "86%", "Better than national average"],
            ["Child protection plans lasting 2 years or more", "4%", "6%", "Being audited"],
            ["Initial health assessments for looked after children within 20 days", "52%", "64%",
             "Still too slow"],
            ["Return home interviews offered within 72 hours", "68%", "81%", "Improving"],
        ], caption="Table 5: Key measures"),
        Para("Two things in this table worry us. Initial health assessments for children coming into care are "
             "still too slow, and the CCG has agreed to report on this to every Board meeting in 2017/18. And "
             "the number of plans lasting two years or more has crept up, which suggests that some neglected "
             "children are drifting. The Quality Assurance Group is auditing those cases."),
    ]


def _reviews() -> list:
    return [
        Heading("Serious case reviews", 1),
        Para("A serious case review is required where abuse or neglect of a child is known or suspected and "
             "the child has died, or has been seriously harmed and there is cause for concern about the way "
             "agencies worked together (Regulation 5 of the Local Safeguarding Children Boards Regulations "
             "2006). The decision belongs to the Independent Chair, on the advice of the Case Review Group."),
        Para("The Group considered six referrals this year. One led to a new serious case review (Baby F). One "
             "was looked at through a rapid review and did not go further. The other four did not meet the "
             "criteria and were returned to the referring agency with advice. We also published one review and "
             "continued to follow up another. Progress on every recommendation of the two published reviews is "
             "shown, recommendation by recommendation, in the SCR action tracker at Appendix 2, which is the "
             "version the Board saw on 23 March 2017."),
        Heading("Family H", 2),
        Para("Family H was a mother and three children, then aged 3, 8 and 13, living in a village in the north "
             "of the county. The children lived with domestic abuse from their mother's partner for at least "
             "four years. The review was started after the youngest child suffered a serious scald and the "
             "eldest was admitted to hospital after taking an overdose in the same month. It was published in "
             "March 2016 and made five recommendations, which were reported in last year's annual report."),
        Para("The review found that each agency saw a part of the family's life, but that nobody asked the "
             "children what home was like. The 13-year-old had told a teacher, a school nurse and an emergency "
             "department nurse, at different times, that she was frightened of her stepfather; none of those "
             "conversations reached her social worker. This year the Board has followed up the five "
             "recommendations to see whether they have made a difference."),
        Heading("Child W", 2),
        Para("Child W was seven when he was taken into care in October 2015. He had lived with his mother, who "
             "misused alcohol, in a caravan and then a privately rented cottage, and had moved into Corvedale "
             "from a neighbouring county eighteen months earlier. When he was brought into care eleven of his "
             "teeth had to be removed under general anaesthetic, he weighed less than he had at five, and he "
             "had missed a third of his schooling. He is now doing well with foster carers."),
        Para("The review was led by an independent author, Simon Marwood, and published on 17 November 2016. "
             "It found that professionals had got used to Child W's presentation, that the information sent "
             "from his previous authority was never read properly, and that nobody knew who else was living in "
             "the home. It made eight recommendations. The Board accepted all of them and agreed leads for each "
             "at its December meeting."),
        Heading("Baby F", 2),
        Para("In February 2017 the Independent Chair agreed that a serious case review should be undertaken "
             "following the death of Baby F, aged ten weeks. A criminal investigation is under way and no more "
             "can be said at this stage. An independent reviewer has been appointed and the panel will meet for "
             "the first time in April 2017. We will report on the review next year."),
        Heading("Child Q: a rapid review", 2),
        Para("In November 2016 the Case Review Group held a rapid review after Child Q, aged 14, was found "
             "unconscious in a Corvebridge park after drinking heavily with older men. The Group concluded that "
             "Child Q had not been seriously harmed within the meaning of the regulations and that agencies had "
             "worked well together once she was known to be at risk, so the criteria for a serious case review "
             "were not met. It did identify some learning, which it passed to the agencies concerned: that the "
             "ambulance service should share safeguarding concerns about a child with the Front Door as well "
             "as the GP; and that licensed premises in the town centre should be reminded of their duties "
             "through the Licensing Authority. The CSE and Missing Group is following this up."),
        Heading("Domestic homicide review: Mrs E", 2),
        Para("The Corvedale Community Safety Partnership completed a domestic homicide review following the "
             "death of Mrs E in 2015. She had two teenage children who were not at home at the time. The review "
             "is the Community Safety Partnership's, not the Board's, but because it raised questions for "
             "children's services we asked to see its action plan, which is summarised below."),
        Table(["DHR action", "Lead", "Status"], [
            ["Train GP practice staff in routine enquiry about domestic abuse",
             "NHS Corvedale CCG", "Complete"],
            ["Add children in the household to the MARAC referral form",
             "MARAC Coordinator", "Complete"],
            ["Review the housing allocations policy for victims fleeing abuse",
             "Corvedale Council Housing", "In progress"],
            ["Commission a perpetrator programme for men who do not meet the criminal threshold",
             "Police and Crime Commissioner", "Not started"],
        ], caption="Table 6: Mrs E domestic homicide review action plan (Community Safety Partnership)"),
    ]


def _training() -> list:
    return [
        Heading("Training and learning", 1),
        Para("The Learning and Development Group ran 47 multi-agency courses this year, attended by 1,296 "
             "people, and 2,938 people completed one of our e-learning modules. The Board charges nothing for "
             "courses to partner agencies and the voluntary sector; non-attendance costs us about £4,000 a "
             "year, so we now charge agencies £40 for a place not cancelled."),
        Para("Schools and early years settings took 31% of course places, children's social care and early "
             "help 24%, health 20% and the voluntary sector 13%. Police took only 71 places (5%), and the "
             "Superintendent has agreed to make the neglect course part of the training for new detectives."),
        Para("Evaluation three months after a course is now sent to every participant: of 402 who replied, "
             "77% could give an example of something they had done differently."),
        Para("Two learning events were held. The first, in October, looked at Family H a year on. The second, "
             "in February, launched the Child W review with the independent author and a foster carer, and was "
             "the best-attended event the Board has ever run."),
    ]


def _cdop() -> list:
    return [
        Heading("Child deaths", 1),
        Para("Corvedale shares a Child Death Overview Panel with two neighbouring boards. The Panel reviews "
             "every death of a child under 18 normally resident in the three areas. In 2016/17 it was notified "
             "of 13 deaths of Corvedale children and completed reviews of 14 (some relating to deaths in "
             "earlier years)."),
        Para("Of the 14 reviews completed, seven concerned babies under one year, four of them from conditions "
             "present at birth. Modifiable factors were found in three deaths: two where a baby was sleeping "
             "with a parent who had been drinking, and one road traffic collision involving a teenage "
             "passenger. The Panel has asked the Board to repeat its safe sleeping campaign, and maternity and "
             "health visiting services have agreed to give every new parent the same safe sleep card."),
    ]


def _private_fostering() -> list:
    return [
        Heading("Private fostering", 1),
        Para("A child under 16 (or under 18 if disabled) who is cared for for 28 days or more by someone who is "
             "not a close relative is privately fostered, and the Council must be told. Nine new arrangements "
             "were notified this year, against five last year; seven children were privately fostered at 31 "
             "March. Four were young people attending language schools in Corvebridge and three were staying "
             "with family friends after a breakdown at home."),
        Para("All but one of the initial visits took place within seven working days. The Council sent private "
             "fostering leaflets to every language school, GP practice and secondary school in September, and "
             "most of the increase in notifications came from schools afterwards."),
    ]


def _lado() -> list:
    return [
        Heading("Allegations against people who work with children", 1),
        Para("The Local Authority Designated Officer (LADO) received 152 contacts this year. Of these, 64 met "
             "the threshold for the allegations procedure, up from 51. The rise reflects better awareness in "
             "sports clubs and faith groups after a series of briefings by the LADO in the summer."),
        Table(["Employment sector", "Allegations 2016/17"], [
            ["Education (schools and colleges)", "24"],
            ["Early years and childminders", "9"],
            ["Foster carers and residential care", "13"],
            ["Health", "4"],
            ["Police", "2"],
            ["Sport, faith and voluntary groups", "12"],
        ], caption="Table 7: Allegations meeting the threshold, by sector"),
        Para("Seventy per cent of allegations were resolved within one month and 92% within three. Six people "
             "were dismissed or removed from their role and two were referred to the Disclosure and Barring "
             "Service."),
    ]


def _exploitation() -> list:
    return [
        Heading("Children who go missing or are at risk of exploitation", 1),
        Para("There were 612 missing episodes involving 203 children this year. Forty children went missing "
             "more than five times; most of them were looked after children placed in Corvedale by other "
             "authorities. At year end 37 children were being supported through the multi-agency CSE panel, "
             "of whom 11 were assessed as at high risk."),
        Para("Marcher Constabulary has reported growing evidence of drug dealing lines from the West Midlands "
             "into Corvebridge and Millingham that use local children as runners. The CSE and Missing Group has "
             "widened its work to cover criminal as well as sexual exploitation and will produce a joint "
             "strategy by the autumn."),
    ]


def _assurance() -> list:
    return [
        Heading("Inspection and assurance", 1),
        Heading("Ofsted's review of the Board", 2),
        Para("Ofsted's review of the Board took place in October 2016 alongside the single inspection of the "
             "Council's children's services, which were judged to require improvement overall. The Board was "
             "also judged to require improvement. Inspectors recommended that the Board should:"),
        Bullets([
            "evaluate the impact of serious case reviews on practice, rather than only the completion of "
            "actions;",
            "improve the challenge it offers partners about the health assessments of looked after children;",
            "make sure that the multi-agency dataset includes information from schools and the police;",
            "publish an annual report that says clearly how safe children in Corvedale are.",
        ]),
        Para("The Board agreed an improvement plan in December 2016. Four of its eleven actions were complete by "
             "March. The change to the way we track case review recommendations, described under the Case "
             "Review Group above, is one of them."),
        Heading("Section 11 audit", 2),
        Para("Every two years partners complete a self-assessment against section 11 of the Children Act 2004. "
             "All 21 agencies returned the 2016 audit, and each took part in a challenge session with the "
             "Independent Chair and two lay members."),
        Para("The weakest areas were supervision and hearing from children. The challenge panel "
             "concluded that agencies should "
             "be able to show how children's views have changed a service, not just that they were asked, and "
             "that smaller voluntary organisations should have access to the Council's safer recruitment "
             "training. Agencies will report back on these points in the 2018 audit."),
    ]


def _priorities() -> list:
    return [
        Heading("Looking ahead: the business plan for 2017/18", 1),
        Para("The Board has kept its three priorities for another year, because the work on each is not "
             "finished. What changes is how we will know whether we have succeeded."),
        Table(["Priority", "We will know it is working when"], [
            ["Neglect", "Audits show that plans for neglected children say what must change for the child, "
                        "and fewer plans last two years or more."],
            ["Domestic abuse", "Every police notification involving a child is screened within 24 hours, and "
                               "schools hear about incidents before the next school day."],
            ["Exploitation", "One joint strategy covers sexual and criminal exploitation, and return home "
                             "interviews are offered to every child within 72 hours."],
        ], caption="Table 8: Priorities for 2017/18"),
    ]


def _glossary() -> list:
    return [
        Heading("Appendix 1: Abbreviations", 1),
        Table(["Abbreviation", "Meaning"], [
            ["CCG", "Clinical Commissioning Group"],
            ["CSCB", "Corvedale Safeguarding Children Board"],
            ["FT", "Foundation Trust"],
            ["MARAC", "Multi-Agency Risk Assessment Conference"],
            ["MASH", "Multi-Agency Safeguarding Hub (the Front Door)"],
            ["RAG", "Red, amber, green rating"],
            ["SCR", "Serious case review"],
        ]),
    ]


def _tracker() -> list:
    out = [
        Heading("Appendix 2: SCR action tracker", 1),
        Para("The tracker shows every recommendation of the Family H and Child W serious case reviews, the "
             "agency leading on it, and the lead's update as presented to the Board on 23 March 2017. The "
             "Case Review Group assigns the rating using the key below."),
        Table(["RAG rating", "Meaning"], [["", meaning] for _colour, meaning in KEY],
              caption="Key", fills=[[colour, None] for colour, _meaning in KEY]),
    ]
    for caption, recs in (("Family H (published March 2016): recommendations carried forward", FAMILY_H),
                          ("Child W (published November 2016): recommendations accepted December 2016",
                           CHILD_W)):
        rows = [[f"{i}. {text}", lead, progress, ""]
                for i, (text, lead, progress, _a, _b, _c) in enumerate(recs, 1)]
        fills = [[None, None, None, colour] for *_rest, colour in recs]
        out.append(Table(["Recommendation", "Lead", "Progress (March 2017)", "RAG rating"], rows,
                         caption=caption, fills=fills))
    return out


def build() -> ReportSpec:
    blocks: list = []
    blocks += _foreword() + [PageBreak()]
    blocks += _corvedale() + _board() + _groups() + _data()
    blocks += _reviews() + _training() + _cdop() + _private_fostering() + _lado()
    blocks += _assurance() + _priorities() + _glossary() + _tracker()
    return ReportSpec(
        name=NAME,
        title="Corvedale Safeguarding Children Board Annual Report 2016/17",
        running_header="CSCB Annual Report 2016/17",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        board=BOARD,
        published="Published September 2017",
    )
