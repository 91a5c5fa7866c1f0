"""Tarnwick Safeguarding Children Partnership, annual report 2019-20 (invented area).

Shape under test: A DESIGNED PUBLIC REPORT WITH HEADED BOXES PER REVIEW. Each review has four
short headed boxes: "What happened", "What we were asked to do" (the recommendations, as
unnumbered bullets), "What we have done" (one short first-person-plural paragraph per
recommendation, in the same order as the bullets) and "Where we are now" (one bullet per
recommendation, a status symbol and word from a key printed once: "✓ done", "◐ under way",
"✗ not yet started", sometimes with a percentage). The link between a bullet, its paragraph and
its status line is by order and topic only: there are no numbers (gold number null).

Reviews: Child Q (legacy serious case review of the former LSCB, published September 2019),
Young Person W (the Partnership's first LCSPR, published January 2020) and Children F (an LCSPR
started in February 2020, no recommendations yet: listed in scrs as ongoing, no entries).
Child Q's box carries one older recommendation forward from the 2017 Baby H serious case
review ("Carried forward from ...: GP practices should ..."). GOLD DECISION (unsure): that entry
is attributed to the review that made it, scr "Baby H", and Baby H is listed in scrs as
published (it is named and reported on, like a legacy SCR with open recommendations), even
though the entry sits in Child Q's box.

Actions: the "What we have done" paragraph for a recommendation is its gold action, whole.
Three paragraphs say nothing has been done yet ("has not started this yet", "We have not started
work ...", "We are still waiting for a plan from ..."): action null (guidelines: a statement that
nothing has happened yet / update awaited is not an action, even when a future plan follows).
One paragraph is only a plan naming who will do it (the young people's survey, "Our Youth Voice
Group will run ...") and the report says nothing else: that plan is the action; "Where we are
now" gives no line for it, so its status is unknown.

Bodies: those named in the recommendation plus those named as acting in the paragraph. "We"
(the Partnership speaking) is not treated as naming a body; where the recommendation is
addressed to the Partnership it is named there. One recommendation is passive ("A multi-agency
audit should test ...") and its action names no agency: bodies [].

13 entries (Child Q 6, Baby H 1, Young Person W 6); 10 with an action, 12 with a body; the
monitoring mechanism is described in plain words in "How we hold ourselves to account":
verdict partly_meets (actions 0.769 < 0.8).
Near misses (not entries): three rapid reviews that did not lead to an LCSPR (with "should"
learning), the Ms B domestic homicide review action plan (with ✓/◐ symbols of its own), the
Ofsted ILACS recommendations, the section 11 audit findings, the Independent Scrutineer's
recommendations and the 2020-21 priorities. Extra rendering: html.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Columns, Gold, Heading, PageBreak, Para, ReportSpec, Table, body

NAME = "tarnwick-2019-20"
BOARD = "Tarnwick Safeguarding Children Partnership"
YEAR = "2019-20"

DONE, UNDER_WAY, NOT_STARTED = "✓ Done", "◐ Under way", "✗ Not yet started"
STATUS = {DONE: "completed", UNDER_WAY: "in_progress", NOT_STARTED: "not_started", None: "unknown"}
KEY = ("How to read \"Where we are now\": ✓ done means the change is in place and has been checked; "
       "◐ under way means work has started but is not finished; ✗ not yet started means nothing has "
       "changed yet. We use the same key for every review.")

PARTNERSHIP = body("The Partnership", "lscb")
POLICE = body("Northvale Police", "police")


class Rec:
    """One recommendation as it appears across the four boxes of a review."""

    def __init__(self, text, done_para, acted, bodies, status, where, prefix=""):
        self.text, self.done_para, self.acted = text, done_para, acted
        self.bodies, self.status, self.where, self.prefix = bodies, status, where, prefix

    @property
    def action(self):
        return self.done_para if self.acted else None

    def bullet(self):
        return f"{self.prefix}{self.text}"

    def where_line(self):
        return None if self.status is None else f"{self.status}: {self.where}"


# ---------------------------------------------------------------- Child Q (SCR) and Baby H

BABY_H_PREFIX = "Carried forward from our 2017 serious case review about Baby H, and still open: "

CHILD_Q = [
    Rec("Health visitors and midwives should find out who lives in, or regularly stays at, a baby's home, "
        "and record the details of the baby's father and of the mother's partner on the baby's health record.",
        "Our health partners have changed the records. Brightwater Community Health's health visitors now fill "
        "in a 'who is in the home' section at every contact, and midwives at Tarnwick Hospitals NHS Foundation "
        "Trust ask the question at booking and again before the baby goes home. Both services have shown "
        "their staff a short film we made with a Tarnwick dad about why it matters.",
        True,
        [body("Health visitors", "health"), body("midwives", "health"),
         body("Brightwater Community Health", "health"),
         body("Tarnwick Hospitals NHS Foundation Trust", "health")],
        UNDER_WAY,
        "knowing who is in the home. In the March audit, about 80% of new birth visits recorded the "
        "father's or partner's details, up from under half a year ago."),
    Rec("Northvale Police should tell children's social care when a man with a history of violence is found "
        "to be living with a pregnant woman or a baby.",
        "Our police colleagues have added a question to the domestic abuse risk assessment: is there a "
        "pregnant woman or a baby under one in the household? Since October 2019 a 'yes', where the man has "
        "a violent history, sends an automatic notification to the Tarnwick MASH. 142 notifications were "
        "made by the end of March.",
        True, [POLICE], DONE,
        "police notifications about violent men living with babies are automatic and are checked "
        "every month by the MASH police team."),
    Rec("Tarnwick Council's leaving care service should give every care leaver who becomes a parent a named "
        "worker who keeps visiting after the baby is born.",
        "The leaving care service has not started this yet. It is being reorganised into two teams, and a "
        "named-worker offer for young parents will be part of the new service from September 2020.",
        False, [body("Tarnwick Council's leaving care service", "childrens_social_care")], NOT_STARTED,
        "a named worker for young parents leaving care. This is waiting for the new leaving care teams."),
    Rec("Tarnwick Hospitals NHS Foundation Trust should make sure that every baby under one who comes to the "
        "emergency department with a bruise or other injury is seen by a paediatrician, and that a check is "
        "made with children's social care.",
        "The hospital trust introduced a protocol for bruising in babies who are not yet mobile in October "
        "2019. Every such baby is now seen by a paediatrician before going home, and the emergency "
        "department's electronic record will not close the attendance until the check with children's "
        "social care has been logged.",
        True, [body("Tarnwick Hospitals NHS Foundation Trust", "health")], DONE,
        "the bruising protocol is in use. A spot check of 40 attendances in February found it followed "
        "in 38."),
    Rec("The Partnership should run a campaign on coping with a crying baby that reaches fathers and other "
        "men who care for babies.",
        "We launched 'Babies cry, you can cope' in November 2019, with posters in barbers' shops, gyms and "
        "football grounds and a 90-second film that has been shared more than 38,000 times. Midwives now "
        "talk to both parents about crying on the postnatal ward before the baby goes home.",
        True, [PARTNERSHIP, body("Midwives", "health")], DONE,
        "the crying baby campaign has run and is now part of every postnatal discharge."),
    Rec("A multi-agency audit should test, within a year of publication, whether practitioners are finding "
        "out about the men in a baby's life.",
        "The audit was carried out in February 2020 by practitioners from six agencies and looked at 30 "
        "babies under one who were known to more than one service. Someone had asked about the father or "
        "partner in 24 of the 30, but in only 9 had anyone actually met him.",
        True, [], DONE,
        "the audit is finished. Its finding, that men are asked about but not met, has gone into next "
        "year's priorities."),
    Rec("GP practices should have a system to recall children who are not brought to their immunisations, "
        "and should tell the health visitor when a child misses two appointments in a row.",
        "NHS Tarnwick CCG's safeguarding team has given every practice a ready-made 'was not brought' search, "
        "which picks out children who have missed two immunisation appointments and sends an alert to the "
        "health visiting team. Our health partners are visiting the practices that have not yet switched it "
        "on.",
        True, [body("GP practices", "health"), body("NHS Tarnwick CCG", "health")], UNDER_WAY,
        "about 70% of GP practices (27 of 38) are now running the monthly search. We want all of them "
        "to by September 2020.",
        prefix=BABY_H_PREFIX),
]

# ---------------------------------------------------------------- Young Person W (LCSPR)

YP_W = [
    Rec("Moorside Partnership NHS Foundation Trust should make sure that young people waiting for a CAMHS "
        "appointment are contacted at least once a month and that their risk is looked at again each time.",
        "We are still waiting for a plan from Moorside Partnership NHS Foundation Trust, which has been asked "
        "to bring one to the Case Review Group in June 2020.",
        False, [body("Moorside Partnership NHS Foundation Trust", "health")], NOT_STARTED,
        "monthly contact with young people on the CAMHS waiting list. We do not yet have a plan."),
    Rec("Schools should tell the local authority whenever a pupil is put on a reduced timetable, and review "
        "the timetable at least every six weeks.",
        "We have written this into the Safeguarding in Education toolkit that every school in Tarnwick uses, "
        "and our education colleagues now ask to see the list of reduced timetables at each school "
        "safeguarding visit. Head teachers heard about Young Person W at their conference in February.",
        True, [body("Schools", "education")], UNDER_WAY,
        "reduced timetables. About 55% of secondary schools and a quarter of primary schools are now "
        "telling the local authority; the rest will be followed up in the summer term."),
    Rec("Tarnwick Council's children's services should offer a return home interview within 72 hours every "
        "time a child is reported missing.",
        "Children's services brought the return home interview service back in-house in November 2019 and "
        "moved it into the adolescent support team, so that the worker who knows the young person does the "
        "interview. In January to March, 81% of interviews were offered within 72 hours, up from 46% in the "
        "same months last year.",
        True, [body("Tarnwick Council's children's services", "childrens_social_care")], UNDER_WAY,
        "return home interviews within 72 hours. We are at 81% against a target of 95%."),
    Rec("Northvale Police and Tarnwick Council's children's services should agree one screening tool for "
        "child exploitation, so that both use the same measure of risk.",
        "We have not started work on a shared screening tool. The four police areas in the region are "
        "writing a regional tool, due in the autumn of 2020, and we have decided to wait for it rather than "
        "build our own.",
        False, [POLICE, body("Tarnwick Council's children's services", "childrens_social_care")], NOT_STARTED,
        "a shared exploitation screening tool. We are waiting for the regional tool."),
    Rec("The Partnership should ask young people who have used local services how easy it is to get help with "
        "their mental health, and publish what they say.",
        "Our Youth Voice Group will run an online survey in the summer of 2020, led by the Partnership's "
        "participation officer, and will present the results to the Executive in the autumn.",
        True, [PARTNERSHIP, body("Youth Voice Group", "lscb")], None, ""),
    Rec("All agencies should make sure that their staff know how to escalate a disagreement with another "
        "agency's decision, using the Partnership's resolving professional differences protocol.",
        "We relaunched the resolving professional differences protocol in October 2019 with a seven-minute "
        "briefing, and every partner agency has confirmed that it has been shared with its front-line "
        "teams. The protocol was used 23 times this year, compared with 9 times in 2018-19.",
        True, [ALL_AGENCIES], DONE,
        "escalation. Every agency has confirmed that its staff know the protocol, and it is being used "
        "more."),
]

MONITORING = ("Every action that comes out of a case review goes onto a single tracker, and the Case Review "
              "Group goes through it line by line every three months.")
MONITORING_MORE = ("An action is only marked as done when the agency has shown us evidence that it has made a "
                   "difference, such as an audit, a spot check or figures, not just a new policy. If an "
                   "action has not moved for two meetings in a row, the agency's senior lead is asked to "
                   "come and explain why, and anything still stuck after that goes to the Executive.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Q", "published")
    g.scr("Baby H", "published")
    g.scr("Young Person W", "published")
    g.scr("Children F", "ongoing")
    for r in CHILD_Q:
        case = "Baby H" if r.prefix == BABY_H_PREFIX else "Child Q"
        g.rec(case, None, r.text, r.action, r.bodies, STATUS[r.status])
    for r in YP_W:
        g.rec("Young Person W", None, r.text, r.action, r.bodies, STATUS[r.status])
    return g.dump(MONITORING)


# ---------------------------------------------------------------- the report

def _welcome() -> list:
    return [
        Heading("A word from the safeguarding partners", 1),
        Para("This is the first annual report of the Tarnwick Safeguarding Children Partnership. On 29 "
             "September 2019 the Partnership took over from the Tarnwick Local Safeguarding Children Board, "
             "which had led this work in the borough since 2006. So this report covers six months of the old "
             "Board and six months of the new Partnership."),
        Para("The law now puts the duty to keep children safe on three partners: the council, the local NHS and "
             "the police. For Tarnwick that means Tarnwick Council, NHS Tarnwick Clinical Commissioning Group "
             "and Northvale Police. We have chosen to share the lead equally. None of us can do this alone, "
             "and we would rather be judged together."),
        Para("We have written this report for everyone in Tarnwick, not just for professionals. We have tried "
             "to keep it short and plain. Where things have not gone well, we say so. The section on learning "
             "from reviews is the most important part: it sets out what happened to two children, what we "
             "were asked to change and how far we have got."),
        Para("As we finished the year, the COVID-19 pandemic changed almost everything about the way we work. "
             "Schools closed to most children on 20 March. Some of the work described here has been slowed "
             "down as a result, and we will report on how children were kept safe during lockdown in next "
             "year's report."),
        Para("Sajid Mahmood, Chief Executive, Tarnwick Council | Dr Fiona Ashworth, Accountable Officer, NHS "
             "Tarnwick CCG | Chief Superintendent Paul Brennan, Tarnwick District Commander, Northvale Police",
             italic=True),
    ]


def _at_a_glance() -> list:
    return [
        Heading("Tarnwick at a glance", 1),
        Columns(2),
        Para("Tarnwick is a metropolitan borough of about 268,000 people, made up of the town of Tarnwick, the "
             "old mill towns of the Colne valley and a wide stretch of moorland villages. Around 61,500 of "
             "our residents are children and young people under 18."),
        Para("One child in four lives in a household with a low income. In the central wards it is closer to "
             "one in two. Around 18% of children come from Black, Asian and other minority ethnic "
             "backgrounds, mostly of Pakistani and Bangladeshi heritage, and more than 70 languages are "
             "spoken in our schools."),
        Para("We have 94 schools: 76 primary, 13 secondary, three special schools and two pupil referral "
             "units. Two thirds of our secondary schools are academies."),
        Table(["On 31 March 2020", "Tarnwick", "Last year"], [
            ["Children in need", "2,184", "2,031"],
            ["Children on a child protection plan", "311", "287"],
            ["Children in care", "452", "430"],
            ["Care leavers we support", "236", "221"],
            ["Children privately fostered (known to us)", "9", "12"],
        ], caption="Tarnwick's children in numbers"),
        Columns(1),
    ]


def _how_we_work() -> list:
    return [
        Heading("How the Partnership works", 1),
        Para("Our arrangements were published in June 2019, as Working Together to Safeguard Children 2018 "
             "requires. They describe how the three partners will work together and with the other agencies "
             "that children depend on. Schools, colleges, the Youth Justice Service, the National Probation "
             "Service, Tarnwick Homes, Cafcass and our voluntary sector are all named as relevant agencies. "
             "They must take part, and they have."),
        Table(["Group", "Who is on it", "What it does", "How often"], [
            ["Executive", "The three partners' senior leads and the Independent Scrutineer",
             "Sets priorities, agrees the budget, decides on case reviews and unblocks problems", "Every two months"],
            ["Partnership Assembly", "Around 60 people from every agency, schools and community groups",
             "Hears what the groups have found and tells the Executive what front-line staff are seeing",
             "Twice a year"],
            ["Case Review Group", "Designated nurse (chair), police, social care, education, probation",
             "Runs rapid reviews and LCSPRs and tracks the actions that come out of them", "Every month"],
            ["Quality and Performance Group", "Managers from each agency and the Partnership's analyst",
             "Looks at data, runs multi-agency audits and the section 11 audit", "Every two months"],
            ["Learning and Workforce Group", "Training leads from each agency",
             "Plans multi-agency training and checks whether it changes practice", "Quarterly"],
            ["Exploitation and Missing Group", "Police, social care, youth justice, schools and two charities",
             "Oversees the response to criminal and sexual exploitation and children who go missing",
             "Every month"],
        ], caption="Our groups"),
        Para("A small business unit of four people supports all of this: a business manager, a learning and "
             "development officer, a data analyst and an administrator. The partners share the cost: the "
             "council pays 50%, the CCG 30% and the police 20%, with small contributions from the Youth "
             "Justice Service, probation and Cafcass. The total budget for 2019-20 was £318,400, and we "
             "finished the year £6,200 under budget because a post was vacant for two months."),
        Heading("Independent scrutiny", 2),
        Para("Anne-Marie Kettlewell, a former director of children's services from outside the region, became "
             "our Independent Scrutineer in October 2019. She is not a chair and does not run meetings. Her "
             "job is to tell us, and you, whether our arrangements are working. She attends the Executive, "
             "sits in on other groups when she chooses and talks directly to front-line staff."),
        Para("Her first report, in March 2020, found that the move from Board to Partnership had gone smoothly "
             "but that schools felt less involved than before. She recommended that the Partnership should "
             "give schools a place on the Executive, that the Executive should publish a one-page summary after "
             "every meeting, and that the partners should check that their own boards receive this annual "
             "report. We have accepted all three recommendations."),
    ]


def _groups() -> list:
    return [
        Heading("What our groups did this year", 1),
        Columns(2),
        Heading("Quality and Performance Group", 2),
        Para("The group built a new dashboard of 42 measures, shared by all three partners, and looks at it at "
             "every meeting. It ran two multi-agency audits this year: one on strategy discussions and one on "
             "children living with parental mental ill health. The second found good information sharing "
             "between adult mental health services and the MASH, but few plans that said what the child "
             "needed, rather than the parent."),
        Heading("Learning and Workforce Group", 2),
        Para("The group rewrote the training programme around three themes: neglect, exploitation and the "
             "'hidden' adults in a child's life. It also set up a network of 35 safeguarding champions in "
             "agencies that do not have their own safeguarding team, such as sports clubs and faith groups."),
        Heading("Exploitation and Missing Group", 2),
        Para("The group mapped 64 young people thought to be at risk of criminal exploitation and held "
             "monthly meetings about the places where they gathered. It worked with Northvale Police on two "
             "operations against county lines, which led to 19 arrests and the safeguarding of 11 young "
             "people found in houses used to sell drugs."),
        Heading("Case Review Group", 2),
        Para("The group held five rapid reviews this year and oversaw the publication of one serious case "
             "review and one LCSPR. It also keeps the tracker of actions from all our reviews, described in "
             "the section on holding ourselves to account."),
        Columns(1),
    ]


def _numbers() -> list:
    return [
        Heading("What the numbers tell us", 1),
        Para("The front door for worries about children is the Tarnwick MASH, where social workers, police "
             "officers, health staff and an education adviser sit together. It received 14,906 contacts this "
             "year, about 4% more than last year. A little under a third became referrals to children's social "
             "care."),
        Table(["Measure", "2018-19", "2019-20", "What it means"], [
            ["Contacts to the MASH", "14,332", "14,906", "Slightly more worries reported"],
            ["Referrals to children's social care", "4,410", "4,655", "Up 6%"],
            ["Re-referrals within 12 months", "24%", "21%", "Better: fewer families coming back"],
            ["Assessments completed within 45 days", "79%", "86%", "Better"],
            ["Child protection conferences within 15 days", "83%", "91%", "Better"],
            ["Children on a plan for a second time", "19%", "23%", "Worse: we are looking at why"],
            ["Early help assessments started", "1,742", "2,108", "More families helped earlier"],
        ], caption="Key figures"),
        Para("Neglect is still the main reason children in Tarnwick need a child protection plan (58% of "
             "plans), followed by emotional abuse (29%), physical abuse (9%) and sexual abuse (4%). Domestic "
             "abuse is a factor in well over half of all plans."),
        Para("The rise in children on a plan for a second time is the figure we are least happy with. The "
             "Quality and Performance Group has asked children's social care to look at every case where a "
             "plan ended and restarted within two years, and will report back in September 2020."),
    ]


def _reviews() -> list:
    blocks = [
        Heading("Learning when things go wrong", 1),
        Para("When a child dies or is seriously hurt and we think abuse or neglect played a part, we must tell "
             "the national Child Safeguarding Practice Review Panel within five working days. We then hold a "
             "rapid review, bringing together everyone who knew the child, to decide whether a full local "
             "child safeguarding practice review (LCSPR) would help us learn. Before September 2019 the same "
             "decisions were made by the old Board, and the reviews were called serious case reviews."),
        Para("This year we published one serious case review started by the old Board (Child Q) and our first "
             "LCSPR (Young Person W). A second LCSPR (Children F) began in February 2020. The names are not "
             "the children's real names."),
        Para(KEY),
    ]
    blocks += [
        Heading("Child Q: serious case review, published September 2019", 2),
        Heading("What happened", 3),
        Para("Child Q was nine months old when his mother's partner brought him to hospital with a fractured "
             "skull. Doctors also found older broken ribs. His mother was 19 and had grown up in care. Her "
             "partner had a history of violence towards women in another part of the country, but none of the "
             "professionals visiting the home knew that he lived there. The health visitor had met him once "
             "and recorded him as a family friend. The partner was convicted in November 2019. Child Q has "
             "made a good recovery and lives with his great-aunt."),
        Heading("What we were asked to do", 3),
        Para("The review made six recommendations. We have added a seventh, from an earlier review, because it "
             "is about the same gap and it is not yet finished."),
        Bullets([r.bullet() for r in CHILD_Q]),
        Heading("What we have done", 3),
    ]
    blocks += [Para(r.done_para) for r in CHILD_Q]
    blocks += [Heading("Where we are now", 3),
               Bullets([r.where_line() for r in CHILD_Q if r.where_line()])]
    blocks += [
        Heading("Young Person W: local child safeguarding practice review, published January 2020", 2),
        Heading("What happened", 3),
        Para("Young Person W was 15 when she took a serious overdose in August 2019. She spent a week in "
             "intensive care and has since recovered. In the year before, she had been on a reduced timetable "
             "at school for five months, had been reported missing eleven times and had been seen with older "
             "men in cars. She had been referred to CAMHS, but was still on the waiting list nine months "
             "later. Each agency saw part of her story, but no one put the pieces together or pressed hard "
             "enough when they disagreed with another agency's decision."),
        Heading("What we were asked to do", 3),
        Bullets([r.bullet() for r in YP_W]),
        Heading("What we have done", 3),
    ]
    blocks += [Para(r.done_para) for r in YP_W]
    blocks += [Heading("Where we are now", 3),
               Bullets([r.where_line() for r in YP_W if r.where_line()]),
               Para("This review was published only ten weeks before the end of the year, and the pandemic "
                    "has slowed things further. We expect to be able to report much more progress next year.")]
    blocks += [
        Heading("Children F: local child safeguarding practice review, started February 2020", 2),
        Heading("What happened", 3),
        Para("In December 2019 a brother and sister, aged four and six, were found living in a home without "
             "heating, with very little food and with serious dental decay. Their parents had told schools "
             "and health services that they were being home educated and had moved house. The rapid review "
             "found questions about how we respond to families who withdraw from services, and the Executive "
             "agreed to an LCSPR."),
        Heading("Where we are now", 3),
        Para("The review is being led by an independent reviewer and is due to finish in the autumn of 2020. It "
             "has not made any recommendations yet, and we will report them, and what we have done about "
             "them, next year."),
    ]
    return blocks


def _other_reviews() -> list:
    return [
        Heading("Rapid reviews that did not lead to a full review", 2),
        Para("Three of this year's five rapid reviews ended without an LCSPR. In each case the national Panel "
             "agreed with our decision. These are not case reviews, but we have still acted on what they "
             "told us:"),
        Table(["Rapid review", "Why no full review", "What partners should take from it"], [
            ["Baby M (June 2019)", "The learning was the same as in Child Q",
             "Health visitors should ask about safe sleep again whenever a family moves house."],
            ["Child D (October 2019)", "Good multi-agency practice; the injury was accidental",
             "No new learning; the practice was shared as a good example."],
            ["Young Person S (January 2020)", "The learning was being taken forward by one agency",
             "Youth justice workers should share a young person's bail address with children's social care "
             "on the same day."],
        ], caption="Rapid reviews without an LCSPR"),
        Heading("A domestic homicide review", 2),
        Para("Domestic homicide reviews are run by the Safer Tarnwick Partnership, not by us. The review into "
             "the death of Ms B, a mother of two, was published in September 2019. Because her children were "
             "at home when she died, the Safer Tarnwick Partnership asked us to follow its action plan. It "
             "reports progress as follows:"),
        Bullets([
            "✓ GP practices have added routine questions about domestic abuse to postnatal checks.",
            "✓ The MARAC now invites the school of every child in a household it discusses.",
            "◐ Tarnwick Homes is training its housing officers to recognise controlling behaviour.",
        ]),
        Para("These actions belong to the domestic homicide review and are tracked by the Safer Tarnwick "
             "Partnership, which will send us its final report."),
    ]


def _accountability() -> list:
    return [
        Heading("How we hold ourselves to account", 1),
        Para("Publishing a review is the start of the work, not the end. We have been honest with ourselves "
             "that in the past some actions were marked complete when a leaflet had been printed, without "
             "anyone checking whether practice had changed."),
        Para(f"{MONITORING} {MONITORING_MORE}"),
        Para("Twice a year the Case Review Group sends the Executive a short report showing every open action "
             "and its status, using the same key as this report. The Independent Scrutineer reads the "
             "tracker and may pick any action to test for herself."),
        Heading("Section 11 audit", 2),
        Para("Every two years each agency checks itself against the standards in section 11 of the Children Act "
             "2004 and tells us how well it is doing. Twenty-four agencies took part in the autumn of 2019. "
             "Most rated themselves strongly on safe recruitment and on having a named safeguarding lead. Three "
             "areas were weaker across the board: hearing the child's voice in agency records, supervision for "
             "front-line staff and checking that training has made a difference. Each agency has its own "
             "action plan, and we held challenge sessions with eight of them in January and February."),
        Heading("Ofsted", 2),
        Para("Ofsted inspected Tarnwick Council's children's services in October 2019 and judged them to "
             "require improvement to be good, the same as in 2016. Inspectors said that children at immediate "
             "risk are protected quickly, but that help for children in need is not always timely. They "
             "recommended that the council should improve:"),
        Bullets([
            "the quality of plans for children in need, so that families know what must change;",
            "management oversight of drift and delay for children on a plan for more than a year;",
            "the range of homes available for older children in care.",
        ]),
        Para("The council's improvement plan is overseen by its own Improvement Board. The Executive receives "
             "an update at every second meeting."),
    ]


def _training() -> list:
    return [
        Heading("Training and learning", 1),
        Para("We ran 71 multi-agency training sessions this year, reaching 2,214 people. That is slightly "
             "fewer than last year because our last eight sessions, in late March, were cancelled when the "
             "pandemic began. We are moving most courses online for 2020-21."),
        Table(["Course", "Sessions", "People"], [
            ["Working together: the basics", "18", "612"],
            ["Neglect and the Graded Care Profile 2", "14", "398"],
            ["Child exploitation and county lines", "11", "421"],
            ["Domestic abuse and children", "10", "306"],
            ["Hidden adults: men in a child's life", "8", "247"],
            ["Designated safeguarding leads' update", "6", "152"],
            ["Managing allegations against staff", "4", "78"],
        ], caption="Multi-agency training 2019-20"),
        Para("We now ask everyone who comes on a course to tell us, three months later, one thing they do "
             "differently. Of the 640 people who replied, 88% could name a change. The most common was "
             "'I ask who else lives in the house'."),
        Para("Our seven-minute briefings, short summaries designed to be read out at team meetings, were "
             "downloaded 5,300 times. Topics this year included neglect, exploitation, professional curiosity "
             "and the new safeguarding arrangements themselves."),
    ]


def _child_deaths() -> list:
    return [
        Heading("When a child dies", 1),
        Para("Every child death in Tarnwick is reviewed by the Tarnwick and Wyford Child Death Overview Panel, "
             "which we share with our neighbours in Wyford. The panel looks for anything that could be changed "
             "to stop other children dying. Its arrangements changed this year to follow the 2018 child death "
             "review guidance, and it now reports to the CCGs and the two councils rather than to the old "
             "Boards."),
        Para("Twenty-three Tarnwick children died in 2019-20, compared with 26 the year before. Just over half "
             "died in their first year of life, most because they were born very early or had a serious "
             "condition from birth. The panel completed 21 reviews in the year and found something that could "
             "have been changed in six."),
        Para("Three babies died while sleeping in an unsafe place, in two cases on a sofa with a parent who had "
             "been drinking. The panel's safe sleep message is now given at every health visitor contact in "
             "the first six months, and we included it in our crying baby campaign. Smoking in pregnancy "
             "remains a factor in many of the deaths of young babies, and public health is funding a new "
             "stop-smoking offer for pregnant women and their partners."),
    ]


def _private_fostering() -> list:
    return [
        Heading("Private fostering", 1),
        Para("A child is privately fostered when they live for 28 days or more with someone who is not a close "
             "relative, by private arrangement between the parent and the carer. The council must be told, "
             "so that it can check the child is safe. We think many arrangements are never reported."),
        Para("Nine children were known to be privately fostered at the end of March, down from 12. Fifteen new "
             "arrangements were notified during the year, most by schools, and 13 of the 15 first visits "
             "happened within seven working days. Three of the children were students from overseas at a "
             "language school. We ran an awareness week in November with leaflets in five community "
             "languages."),
    ]


def _lado() -> list:
    return [
        Heading("Allegations against people who work with children", 1),
        Para("When someone who works or volunteers with children may have harmed a child, the council's Local "
             "Authority Designated Officer (LADO) makes sure the allegation is looked into properly and "
             "fairly. Tarnwick has one full-time LADO and a part-time deputy."),
        Table(["Where the person worked", "2018-19", "2019-20"], [
            ["Schools and colleges", "94", "101"],
            ["Early years and childminders", "31", "28"],
            ["Foster carers and residential homes", "37", "44"],
            ["Health services", "9", "12"],
            ["Police", "6", "5"],
            ["Sport, faith and voluntary groups", "22", "31"],
            ["Total", "199", "221"],
        ], caption="Referrals to the LADO"),
        Para("Of the 206 allegations concluded in the year, 41% were substantiated. Most cases were resolved "
             "within three months. The rise in referrals from sport, faith and voluntary groups follows our "
             "work with the new safeguarding champions, and we see it as a good sign."),
    ]


def _voices() -> list:
    return [
        Heading("What children and young people told us", 1),
        Para("Our Youth Voice Group has 14 members aged 12 to 19. They helped us design the crying baby "
             "posters, interviewed the shortlisted candidates for the Independent Scrutineer post and "
             "told us, bluntly, that our website was 'made for social workers'. We have rewritten it."),
        Para("A survey of 1,120 secondary pupils in November found that 81% felt safe at school, but only 54% "
             "felt safe online. Young people said they would tell a friend first and a teacher second, and "
             "very few would go to the police."),
    ]


def _next_year() -> list:
    return [
        Heading("Our priorities for 2020-21", 1),
        Para("The Executive agreed these priorities in February 2020. We have kept them through the pandemic, "
             "but we will add a fourth: making sure vulnerable children are seen and heard while schools and "
             "services are working differently."),
        Table(["Priority", "What we want to be true by March 2021"], [
            ["Hidden adults", "Practitioners meet, not just ask about, the men in a baby's or young child's life."],
            ["Neglect", "Every practitioner who works with families knows and uses the Graded Care Profile 2."],
            ["Exploitation", "Young people at risk of exploitation have one plan, one lead worker and one "
                             "measure of risk."],
            ["Children during COVID-19", "Vulnerable children are seen face to face and their attendance at "
                                         "school is checked every week."],
        ], caption="Priorities for 2020-21"),
        Para("If you are worried about a child in Tarnwick, call the MASH on 01632 960 400, or 999 if a child "
             "is in immediate danger."),
    ]


def _glossary() -> list:
    return [
        Heading("Words we use", 1),
        Table(["Term", "What it means"], [
            ["CAMHS", "Child and adolescent mental health services"],
            ["CCG", "Clinical commissioning group: the NHS body that buys local health services"],
            ["CDOP", "Child death overview panel"],
            ["ICON", "A programme to help parents cope with a crying baby"],
            ["LADO", "Local authority designated officer"],
            ["LCSPR", "Local child safeguarding practice review"],
            ["MARAC", "Multi-agency risk assessment conference, for victims of domestic abuse at high risk"],
            ["MASH", "Multi-agency safeguarding hub: the front door for worries about a child"],
            ["Rapid review", "A quick review held within 15 working days of a serious incident"],
            ["Serious case review", "The review used before September 2019 when a child died or was seriously "
                                    "harmed and abuse or neglect was suspected"],
        ]),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _welcome() + [PageBreak()]
    blocks += _at_a_glance() + _how_we_work()
    blocks += _groups() + _numbers() + [PageBreak()]
    blocks += _reviews() + _other_reviews()
    blocks += _accountability() + _training()
    blocks += _child_deaths() + _private_fostering() + _lado() + _voices()
    blocks += _next_year() + _glossary()
    return ReportSpec(
        name=NAME,
        title="Keeping Tarnwick's Children Safe: Annual Report 2019-20",
        running_header="Tarnwick Safeguarding Children Partnership · Annual Report 2019-20",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        board=BOARD,
        published="Published November 2020",
    )
