"""Yarlow Safeguarding Children Board, annual report 2016-17 (held aside).

Shape under test: one SCR published in the year (Baby Q) whose recommendations are listed,
lettered (a)-(f), while the report says only that the action plan is being developed -- so
every entry has action null and the verdict is does_not_meet. A second SCR (Child T) is under
way. Nothing in the report describes how implementation is monitored. Distractors: a domestic
homicide review with its own recommendations, a learning review with an action table, and the
CSE audit action table.
"""
from __future__ import annotations

from blocks import Bullets, Columns, Gold, Heading, PageBreak, Para, ReportSpec, Table

NAME = "yarlow-2016-17"
AREA = "Yarlow"
BOARD = "Yarlow Safeguarding Children Board"
YEAR = "2016-17"
SEED = 1617

# Baby Q recommendations: (letter, text, bodies named in the text)
BABY_Q = [
    ("a",
     "Yarlow Teaching Hospitals NHS Foundation Trust should make sure that midwives ask every expectant "
     "mother, on her own, about domestic abuse at booking and again at 28 weeks, and that the answer is "
     "recorded and shared with the health visitor.",
     [("Yarlow Teaching Hospitals NHS Foundation Trust", "health")]),
    ("b",
     "The Board should commission a local campaign, for parents and carers of babies, about coping with "
     "crying and the dangers of shaking a baby, building on the ICON programme.",
     [("The Board", "lscb")]),
    ("c",
     "Yarlow City Council Children's Social Care should review how it assesses the risk posed by a new "
     "partner who joins a household where there is an infant, including checks with the police and "
     "with other local authorities.",
     [("Yarlow City Council Children's Social Care", "childrens_social_care")]),
    ("d",
     "North Yarlow Police should ensure that information about previous violence by a parent's new "
     "partner is passed to the MASH when officers become aware that the partner is living with a baby.",
     [("North Yarlow Police", "police")]),
    ("e",
     "GP practices, through Yarlow Clinical Commissioning Group, should ensure that a father's or "
     "male carer's relevant history is recorded on the infant's record where it is known to the practice.",
     [("GP practices", "health"), ("Yarlow Clinical Commissioning Group", "health")]),
    ("f",
     "All agencies represented on the Board should provide assurance that their staff understand how to "
     "escalate a concern when they disagree with a decision made by another agency.",
     [("all partner agencies", "lscb")]),
]

ACTION_PLAN_LINE = (
    "The Board accepted all six recommendations. A multi-agency action plan is being developed with the "
    "agencies named above and is expected to be agreed at the Board meeting in July 2017."
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Baby Q", "published")
    g.scr("Child T", "ongoing")
    for letter, text, bodies in BABY_Q:
        g.rec("Baby Q", letter, text, None, bodies, "unknown")
    return g.dump(None)


def _learning_from_reviews() -> list:
    b = [
        Heading("Learning from reviews", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is thought to be a factor, we "
             "have to consider whether agencies could have worked together better. Some cases meet the "
             "criteria for a serious case review (SCR). Others do not, but still have lessons for us, and "
             "we look at those through a smaller learning review. Our Reviews Group makes a recommendation "
             "to the Chair, who takes the final decision."),
        Para("Between April 2016 and March 2017 the Reviews Group looked at four cases. One serious case review "
             "was published, one is still being written, and one case was looked at through a learning "
             "review. The fourth case did not meet the criteria for any review, and the Chair wrote to "
             "the National Panel to explain why."),
        Heading("Baby Q", 2),
        Para("Baby Q was nine weeks old when he was taken to hospital by ambulance with a head injury, "
             "bleeding behind both eyes and fractured ribs. Doctors concluded that the injuries were not "
             "accidental. His mother's new partner was later convicted of causing him grievous bodily harm. "
             "Baby Q survived, but he is likely to have lasting disabilities. He now lives with his "
             "grandparents."),
        Para("The review was written by an independent author and published on our website in March 2017, "
             "after the criminal trial had finished. It found that:"),
        Bullets([
            "the mother was never asked, on her own, about domestic abuse during her pregnancy;",
            "the partner had a history of violence against a previous partner and her children in another "
            "part of the country, but nobody in Yarlow knew about it;",
            "professionals focused on the mother and did not find out who else was living in the house;",
            "a health visitor's concern about the partner's manner was noted but not shared.",
        ]),
        Para("The review makes six recommendations. We have set them out below exactly as the reviewer "
             "wrote them."),
    ]
    for letter, text, _bodies in BABY_Q:
        b.append(Para(f"({letter}) {text}"))
    b += [
        Para(ACTION_PLAN_LINE),
        Heading("Child T", 2),
        Para("A second serious case review, about a 13-year-old girl known as Child T, was started in "
             "January 2016 after she was admitted to hospital following an overdose. There were concerns "
             "that she was being sexually exploited. The review is being carried out by two independent "
             "reviewers and we expect it to finish in the autumn of 2017. We cannot say more about it "
             "while it is still going on."),
        Heading("Child G - a learning review", 2),
        Para("Child G was a six-year-old boy whose school raised concerns about his weight loss and "
             "tiredness. The case did not meet the criteria for a serious case review because he was not "
             "seriously harmed, but the Reviews Group felt that the way the case moved between early help "
             "and social care had lessons for everyone. A short learning review, using a practitioner "
             "workshop, took place in January 2017."),
        Table(["What we learned", "What will happen", "Who", "By when"], [
            ["Referrals from schools were closed at the front door without the school being told",
             "The front door will send an outcome letter to every referrer",
             "Children's Social Care", "June 2017"],
            ["Nobody held the whole picture when the family moved to early help",
             "Early help lead professionals should be named on the family's record",
             "Early Help Service", "September 2017"],
            ["The school nurse did not know the child had been referred",
             "School nurses to be copied into outcome letters",
             "Yarlow Community Health", "June 2017"],
        ], caption="Child G learning review - actions"),
    ]
    return b


def _dhr() -> list:
    return [
        Heading("Domestic homicide review", 2),
        Para("The Safer Yarlow Partnership published a domestic homicide review in October 2016 into the death "
             "of a woman, known as Ms W, who was killed by her husband. Ms W had two teenage children, who "
             "were at the house at the time. Although it is not our review, it contains important learning "
             "for children's services and we have made sure that it has been shared with Board members."),
        Para("The DHR recommended that:"),
        Bullets([
            "the MARAC should always consider the needs of children in the household and record a plan for them;",
            "Children's Social Care should be represented at every MARAC meeting;",
            "the specialist domestic abuse service should offer support to children and young people who have "
            "witnessed abuse, including after the relationship has ended;",
            "GP practices should record domestic abuse disclosures on the records of all household members.",
        ], numbered=True),
        Para("These recommendations are the responsibility of the Safer Yarlow Partnership. Its chair has "
             "agreed to tell us once a year how far they have been put into practice."),
    ]


def _cse() -> list:
    return [
        Heading("Child sexual exploitation and children who go missing", 1),
        Para("Tackling child sexual exploitation (CSE) has been a priority for us for three years. Our CSE and "
             "Missing Sub-group brings together the police, children's services, health, education, the "
             "youth offending service and two local charities. It meets every six weeks."),
        Para("At the end of March 2017, 38 young people were being supported by the multi-agency CSE panel, "
             "compared with 29 a year earlier. Thirty-one were girls and seven were boys. Most were aged 14 "
             "to 16. Return home interviews were offered after 82% of missing episodes, up from 64%."),
        Para("In November 2016 we carried out a multi-agency audit of 15 CSE cases. The audit found good "
             "examples of persistent work by key workers, but also that risk assessments were not always "
             "updated when things changed, and that the disruption of perpetrators was not recorded in "
             "children's files. The sub-group agreed the following actions:"),
        Table(["Action", "Owner", "By when", "Progress"], [
            ["Update the CSE risk assessment tool so that it is reviewed at every panel",
             "CSE coordinator", "January 2017", "Done"],
            ["Record disruption activity on the child's social care file",
             "North Yarlow Police / Children's Social Care", "March 2017", "Partly done"],
            ["Deliver CSE awareness sessions to taxi drivers and hotel staff",
             "Licensing / Community Safety", "June 2017", "Started"],
            ["Repeat the audit to check the changes have made a difference",
             "Quality and Performance Group", "December 2017", "Not started"],
        ], caption="CSE audit - action plan"),
    ]


def _opening() -> list:
    return [
        Heading("A message from our Chair", 1),
        Para("This is the Yarlow Safeguarding Children Board's report for April 2016 to March 2017. It is "
             "my job, as the independent chair, to tell you honestly how well children in Yarlow are kept "
             "safe, and what we, the organisations that make up the Board, are doing about it."),
        Para("Some of this year's news is good. More young people at risk of sexual exploitation are being "
             "identified and helped. Schools tell us that the new front door is quicker and that they get "
             "a reply when they refer. Fewer children are on child protection plans for a second time."),
        Para("But we also published a serious case review into the injuries suffered by a baby, Baby Q, "
             "and I want to be clear that it makes hard reading. A man with a history of violence was able "
             "to move in with a young mother and her baby without any of us knowing who he was. We owe it "
             "to Baby Q to make sure that the lessons are learned."),
        Para("I want to thank the people who do the work: the social workers, health visitors, teachers, "
             "police officers, nurses, youth workers and volunteers who keep children safe every day, often "
             "under a lot of pressure."),
        Para("Rev. Canon Paul Ashdown", bold=True),
        Para("Independent Chair", italic=True),
        PageBreak(),
        Heading("About us", 1),
        Para("Every area in England has to have a Local Safeguarding Children Board. Ours was set up in 2006. "
             "The law says it must do two things: coordinate what local organisations do to protect children "
             "and promote their welfare, and make sure that what they do is effective. The rules for how we "
             "work are in Working Together to Safeguard Children (2015)."),
        Para("The Board does not run services. It brings together the people who do, so that they can "
             "check and challenge each other. Members include Yarlow City Council, North Yarlow Police, "
             "Yarlow Clinical Commissioning Group, the hospital and community health trusts, schools, the "
             "National Probation Service, the Community Rehabilitation Company, Cafcass, the youth offending "
             "service, two lay members and representatives of the voluntary sector."),
        Heading("How we are organised", 2),
        Table(["Group", "What it does", "Meets"], [
            ["The Board", "Sets priorities; holds partners to account", "Four times a year"],
            ["Executive", "Drives the business plan between Board meetings", "Every six weeks"],
            ["Quality and Performance Group", "Looks at data and audits", "Every two months"],
            ["Reviews Group", "Considers cases for serious case and learning reviews", "Monthly"],
            ["CSE and Missing Sub-group", "Leads our work on exploitation", "Every six weeks"],
            ["Learning and Development Group", "Plans and evaluates training", "Quarterly"],
            ["Child Death Overview Panel", "Reviews every child death (shared with Estover)", "Bi-monthly"],
        ], caption="Our structure"),
    ]


def _at_a_glance() -> list:
    return [
        Heading("Yarlow at a glance", 1),
        Para("Yarlow is a cathedral city with a large rural hinterland. About 243,000 people live here, "
             "51,800 of them children under 18. Most children grow up in families that are doing well, but "
             "one in six lives in poverty, and in two city wards the figure is closer to one in three."),
        Table(["", "31 March 2016", "31 March 2017"], [
            ["Children in need", "1,802", "1,911"],
            ["Children on a child protection plan", "214", "197"],
            ["  of whom: neglect", "101", "88"],
            ["  emotional abuse", "67", "71"],
            ["  physical abuse", "31", "27"],
            ["  sexual abuse", "15", "11"],
            ["Children in care", "322", "339"],
            ["Referrals to children's social care in the year", "3,410", "3,166"],
        ], caption="Children in Yarlow - the numbers"),
        Para("Fewer children were on plans at the end of the year than at the start. We looked at this "
             "carefully to make sure it was not because thresholds had crept up. A dip sample of 40 "
             "referrals that did not lead to a conference found that the decisions were right in 37 of them."),
        Para("The number of children in care has gone up again, mostly teenagers coming into care because of "
             "family breakdown. About a third of our children in care live outside Yarlow."),
    ]


def _money_and_people() -> list:
    return [
        Heading("Money", 2),
        Table(["Who paid", "Amount"], [
            ["Yarlow City Council", "£128,400"],
            ["Yarlow Clinical Commissioning Group", "£61,200"],
            ["North Yarlow Police", "£22,000"],
            ["National Probation Service / CRC", "£3,100"],
            ["Cafcass", "£550"],
            ["Schools (through the Schools Forum)", "£12,000"],
            ["Total", "£227,250"],
        ], caption="Where our money came from in 2016/17"),
        Para("Most of the money pays for the Board's small team of four people, the independent chair and "
             "the training programme. Serious case reviews are expensive: the Baby Q review cost about "
             "£24,000, which we paid for from our reserve."),
        Heading("Who came to Board meetings", 2),
        Para("Attendance was good. Every statutory partner sent someone to at least three of the four Board "
             "meetings. Schools were represented at every meeting for the first time, after the "
             "headteachers' associations agreed to a rota."),
    ]


def _training() -> list:
    return [
        Heading("Training", 1),
        Para("We ran 71 multi-agency training sessions this year, attended by 1,684 people. Another 2,950 "
             "people completed our e-learning. The course people rated most highly was 'Think Family', "
             "which looks at parental mental health, drugs, alcohol and domestic abuse together."),
        Para("We asked a sample of people three months after their course whether they were doing anything "
             "differently. Most were. A school nurse told us that she now asks to see the baby's sleeping "
             "place at every visit; a housing officer said that he now knows who to call when he is worried."),
    ]


def _lado_pf() -> list:
    return [
        Heading("Allegations against people who work with children", 1),
        Para("When someone who works with children is suspected of harming a child, the Local Authority "
             "Designated Officer (LADO) makes sure the allegation is looked into properly. The LADO dealt with "
             "186 referrals this year, up from 152. The biggest rise was in referrals from early years "
             "settings and from sports clubs, following training for both."),
        Table(["Where the person worked", "Referrals"], [
            ["Schools and colleges", "71"], ["Early years", "29"], ["Foster carers", "24"],
            ["Residential care", "18"], ["Health", "9"], ["Sports and faith groups", "21"], ["Other", "14"],
        ], caption="LADO referrals by setting"),
        Heading("Private fostering", 2),
        Para("A child is privately fostered when they are looked after for 28 days or more by someone who is "
             "not a close relative, by private arrangement. The council must be told. At the end of March "
             "there were nine private fostering arrangements known to Yarlow City Council, most of them young "
             "people from abroad studying at language schools."),
    ]


def _voice_and_next() -> list:
    return [
        Heading("What children and young people told us", 1),
        Para("The Youth Council asked 600 secondary school pupils what makes them feel safe and unsafe. "
             "Online bullying came top of their worries, followed by being out in the city centre at night. "
             "Many said they would not tell a teacher if something happened online because they thought "
             "their phone would be taken away."),
        Para("We have shared the results with every secondary school and with the police, and the Youth "
             "Council is helping us to write a guide for parents."),
        Heading("Next year", 1),
        Para("Our priorities for 2017/18 are:"),
        Bullets([
            "babies: making sure that everyone who works with a family with a new baby knows who lives in the home;",
            "exploitation: sexual and criminal exploitation, including county lines;",
            "neglect: rolling out the Graded Care Profile across all agencies;",
            "listening: making sure children's views change what we do.",
        ]),
        Para("We will publish our progress on the Board's website during the year."),
    ]


def _neglect_and_words() -> list:
    return [
        Heading("Neglect", 1),
        Para("Neglect is still the most common reason for a child protection plan in Yarlow. Last year we "
             "said we would introduce the Graded Care Profile 2, a tool that helps practitioners measure the "
             "care a child is getting and show parents what needs to change. By March 2017, 214 staff from "
             "social care, health visiting, schools and the voluntary sector had been trained to use it."),
        Para("It is too early to say whether it is making a difference. Practitioners who have used it say "
             "that it helps them to have honest conversations with parents. Some parents have told us it "
             "was the first time they understood what professionals were worried about."),
        Para("We also looked at 12 cases where a child had been on a plan for neglect for more than 18 months. "
             "In most of them things had got better for a while and then slipped back. We have asked "
             "conference chairs to look harder at whether change is lasting before a plan ends."),
        PageBreak(),
        Heading("Words we use", 1),
        Table(["Word", "What it means"], [
            ["CDOP", "Child Death Overview Panel"],
            ["CSE", "Child sexual exploitation"],
            ["DHR", "Domestic homicide review - a review, led by the Community Safety Partnership, after a "
                    "death caused by domestic abuse"],
            ["ICON", "A programme that helps parents cope with a crying baby"],
            ["LADO", "Local Authority Designated Officer"],
            ["MARAC", "Multi-Agency Risk Assessment Conference, for victims of domestic abuse at high risk"],
            ["MASH", "Multi-Agency Safeguarding Hub - the front door for concerns about children"],
            ["SCR", "Serious case review"],
        ], caption=None),
    ]


def _checking() -> list:
    return [
        Heading("How do we know how well we are doing?", 1),
        Para("The Quality and Performance Group looks at a set of figures every quarter from children's social "
             "care, the police, health and schools. Figures on their own do not tell us whether children are "
             "safer, so the group also reads case files, talks to practitioners and, where they agree, to "
             "families."),
        Table(["What we measure", "2015/16", "2016/17", "Are we happy?"], [
            ["Referrals with a decision within one working day", "71%", "92%", "Yes"],
            ["Children seen within 5 days of a referral", "80%", "83%", "Nearly"],
            ["Initial conferences within 15 working days", "66%", "78%", "Not yet"],
            ["Children on a plan for a second time", "19%", "14%", "Yes"],
            ["Health reports provided for conferences", "58%", "61%", "No"],
            ["Return home interviews within 72 hours", "64%", "82%", "Nearly"],
        ], caption="Some of the figures we watch"),
        Para("We looked in detail at four topics this year: neglect, the front door, teenagers who self-harm "
             "and children who live with domestic abuse. In the domestic abuse audit, 14 of the 16 files showed "
             "that the child had been seen on their own, but only six showed that the child's school knew "
             "what was happening at home."),
        Para("Health reports for child protection conferences are still too often late or missing. The Chair "
             "has raised this with the Chief Nurse of the CCG, and both health trusts have agreed to report "
             "their figures to the group each month until things improve."),
        Heading("Child deaths", 1),
        Para("Our Child Death Overview Panel is shared with Estover. In 2016/17 it was told of 31 deaths of "
             "children who lived in the two areas, 17 of them from Yarlow. Most were babies who died in the "
             "first weeks of life because they were born very early or had a serious illness. The panel found "
             "something that might have made a difference in six of the deaths it reviewed, most often "
             "smoking in pregnancy or a baby sleeping in the same bed as an adult who had been drinking."),
    ]


def _front_door() -> list:
    return [
        Heading("Getting help early, and the front door", 1),
        Para("In June 2016 the council and its partners opened a new front door for anyone worried about a child: "
             "the Yarlow Multi-Agency Safeguarding Hub (MASH). Social workers, police officers, a health visitor, "
             "a school nurse, an education welfare officer and a domestic abuse worker sit together, so that "
             "information can be checked quickly and a decision made about what help a child needs."),
        Para("In its first nine months the MASH received 9,870 contacts. About a third led to a referral to "
             "children's social care, a quarter were passed to early help, and the rest were given advice or "
             "signposted to other services. Schools tell us that they now get a reply much faster than before, "
             "although some say they are not always told what happened next."),
        Para("Early help means offering support as soon as problems appear, before they get worse. In 2016/17, "
             "1,420 families had an early help assessment, up from 1,105. Most families said that the help had "
             "made a difference. We are worried, though, that some families are passed back and forth between "
             "early help and social care without anyone taking charge; the Child G learning review, described "
             "later in this report, is an example."),
        Table(["Where contacts came from", "Number", "Share"], [
            ["Police", "3,652", "37%"], ["Schools", "1,876", "19%"], ["Health", "1,481", "15%"],
            ["Family, friends and members of the public", "1,086", "11%"], ["Other council services", "790", "8%"],
            ["Other", "985", "10%"],
        ], caption="MASH contacts, June 2016 to March 2017"),
    ]


def build() -> ReportSpec:
    blocks: list = []
    blocks += _opening() + [PageBreak()]
    blocks += _at_a_glance() + _front_door()
    blocks += _money_and_people() + [PageBreak()]
    blocks += _learning_from_reviews() + _dhr() + [PageBreak()]
    blocks += _cse() + _checking()
    blocks += [PageBreak()] + _training()
    blocks += _lado_pf() + _neglect_and_words()[:4] + _voice_and_next() + _neglect_and_words()[4:]
    return ReportSpec(
        name=NAME,
        title="Keeping children safe in Yarlow: Annual Report 2016/17",
        running_header="Yarlow SCB - Annual Report April 2016 to March 2017",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="October 2017",
    )
