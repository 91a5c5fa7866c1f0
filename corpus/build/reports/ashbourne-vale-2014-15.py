"""Ashbourne Vale Local Safeguarding Children Board, annual report 2014-15 (invented area).

Shape under test: RECOMMENDATIONS AND PROGRESS IN SEPARATE SECTIONS, PROGRESS BY NUMBER OR TOPIC.
A formal local-authority report in numbered paragraphs (5.3, 5.4 ...), written without filler.py.
Section 5 sets out the recommendations of two published serious case reviews as a numbered list
per review (Child K, 7; Family P, 6), each item a paragraph "1. ..." (explicit labels, because
DOCX "List Number" would run on from one list to the next); some items are followed by an
italic "Lead: ..." line that names the responsible bodies, the others name them in the text.
A third SCR (Baby L) was commissioned in January 2015: stage initiated, no recommendations.
Section 13 ("Implementation of SCR recommendations"), eight sections later, reports progress in
paragraphs per review that refer to recommendations by number ("Recommendations 1 and 5 have
been completed. ...") or by topic ("On the recommendation about ..."), and ends with a summary
table "Review | Rec. | Status" in words: Complete / Ongoing / Not started / Superseded.

Gold decisions (guidelines applied; the doubtful ones flagged):
- text: the recommendation without its "1." label and without the "Lead:" line; number "1" ...
- action: the sentence(s) of section 13 reporting what was done for that recommendation; the
  status sentences around them are left out.
- bodies: those named in the recommendation or its Lead line, plus a body named in section 13
  as having acted (the Policy and Procedures Sub-group for Child K rec 3).
- Child K rec 4: the police have reported nothing and the Sub-group is chasing: action null;
  the table says Ongoing, so status in_progress (the report's word, not inferred).
- Child K rec 7 and Family P rec 2: "No work has yet been done" / "has not been started",
  with reasons but no plan: action null, not_started.
- DOUBTFUL: Family P rec 3: section 13 gives only a plan ("the Quality Assurance and
  Performance Sub-group will carry out the audit in June 2015 ..."), while the table says
  Not started. Per the guidelines a plan naming who will do what is an action when it is
  all the report says, so action = the plan, status not_started.
- DOUBTFUL: Family P rec 6 is "Superseded" in the table, a word the taxonomy does not list.
  The narrative says the Board "closed the recommendation as superseded", and "closed" maps
  to completed, so status completed; the action is the sub-regional tool that replaced it.
13 entries, 10 with an action (0.769), 13 with a body; monitoring described (Serious Case
Review Sub-group paragraph in section 4): verdict partly_meets.
Distractors: a learning lessons review (Child R, "should" bullets),
a domestic homicide review with an "Action | Lead | Status" table, CDOP recommendations,
Ofsted's recommendations to the LSCB, section 11 actions and the 2015-16 priorities.
Extra rendering: txt (its chapter numbers match the paragraph numbers, since every section is
a level-1 heading and the headings carry no number of their own).
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body

NAME = "ashbourne-vale-2014-15"
BOARD = "Ashbourne Vale Local Safeguarding Children Board"
YEAR = "2014-15"

# ---------------------------------------------------------------- bodies

CSC = body("Ashbourne Vale Council's Children's Services", "childrens_social_care")
ACUTE = body("Ashbourne Vale Hospitals NHS Foundation Trust", "health")
THE_BOARD = body("The Board", "lscb")
POLICE = body("Vale Moors Police", "police")
LEAVING_CARE = body("The leaving care service", "childrens_social_care")
CCG = body("NHS Ashbourne Vale Clinical Commissioning Group", "health")
PP_SUB = body("Policy and Procedures Sub-group", "lscb")
MOORFIELD = body("Moorfield Partnership NHS Foundation Trust", "health")
RECOVERY = body("the Vale Recovery Service", "adult_services")
SCHOOLS = body("Schools", "education")
EDUCATION = body("Ashbourne Vale Council Education Services", "education")
QA_SUB = body("Quality Assurance and Performance Sub-group", "lscb")
CS_SHORT = body("Children's Services", "childrens_social_care")
CAMHS = body("CAMHS", "health")
CSE_SUB = body("CSE and Missing Children Sub-group", "lscb")

# ---------------------------------------------------------------- the two reviews' recommendations
# (text, lead line or None, bodies)

CHILD_K = [
    ("Ashbourne Vale Council's Children's Services should ensure that a pre-birth assessment is started "
     "for every expectant parent who is, or has been in the last three years, a looked after child or "
     "care leaver, and that the assessment begins no later than the 20th week of pregnancy.",
     None, [CSC]),
    ("Ashbourne Vale Hospitals NHS Foundation Trust should ensure that midwives ask about domestic abuse "
     "at the booking appointment and on at least one further occasion when the woman is seen alone.",
     None, [ACUTE]),
    ("The Board should publish a multi-agency protocol for the assessment of bruising and other injuries "
     "in babies who are not yet mobile, and all partner agencies should ensure that their staff are "
     "briefed on it.",
     None, [THE_BOARD, ALL_AGENCIES]),
    ("Vale Moors Police should ensure that notifications of domestic abuse incidents involving a woman "
     "known to be pregnant are passed to the midwifery service and the health visiting service within "
     "48 hours.",
     None, [POLICE]),
    ("The leaving care service should ensure that the pathway plan of every care leaver who becomes a "
     "parent addresses their needs as a parent and names the people who will support them.",
     None, [LEAVING_CARE]),
    ("The names of fathers and of other adults who have a significant role in a child's life should be "
     "recorded on the child's GP record, and GP practices should be reminded of this expectation.",
     "NHS Ashbourne Vale Clinical Commissioning Group", [CCG]),
    ("A single multi-agency chronology should be started for every child who is made the subject of a "
     "child protection plan, and shared with all members of the core group.",
     "LSCB Policy and Procedures Sub-group, with Ashbourne Vale Council's Children's Services",
     [PP_SUB, CSC]),
]

FAMILY_P = [
    ("Adult mental health services and substance misuse services should ask every adult at assessment "
     "whether they are a parent or carer of, or have regular contact with, a child, and should record "
     "the answer and the child's details.",
     "Moorfield Partnership NHS Foundation Trust and the Vale Recovery Service", [MOORFIELD, RECOVERY]),
    ("Schools should refer to the Education Welfare Service any pupil known to children's social care "
     "whose attendance falls below 85 per cent in any half term.",
     "Ashbourne Vale Council Education Services", [SCHOOLS, EDUCATION]),
    ("The Board should commission a multi-agency audit of cases of long-standing neglect to test whether "
     "the Graded Care Profile is being used and whether it changes the plan for the child.",
     "Quality Assurance and Performance Sub-group", [THE_BOARD, QA_SUB]),
    ("Children's Services should ensure that no case is stepped down from a child in need plan to early "
     "help until a lead professional has been agreed and has met the family.",
     None, [CS_SHORT]),
    ("CAMHS should not discharge a young person who has self-harmed and has not been brought to "
     "appointments without first speaking to the referrer and, where there is one, the allocated social "
     "worker.",
     "Moorfield Partnership NHS Foundation Trust", [CAMHS, MOORFIELD]),
    ("The Board should develop a screening tool for child sexual exploitation for use by all agencies, "
     "and monitor how it is used.",
     "CSE and Missing Children Sub-group", [THE_BOARD, CSE_SUB]),
]

# ---------------------------------------------------------------- section 13: what has been done

A_K1 = ("Since October 2014 every referral concerning an expectant parent who is or was looked after has "
        "been allocated to the Family Assessment Team, which starts the pre-birth assessment by the 20th "
        "week; nine such assessments were started during the year and all began on time.")
A_K5 = ("The leaving care service has added a section on parenting to its pathway plan template and "
        "trained its 14 personal advisers in its use in November 2014.")
A_K2 = ("the Trust has changed its maternity booking record so that the appointment cannot be closed until "
        "the domestic abuse question has been answered, and has introduced a second enquiry at the "
        "28-week appointment, when partners are asked to wait outside.")
A_K3 = ("The Policy and Procedures Sub-group published the protocol on bruising in non-mobile babies in "
        "December 2014, and briefings have since been given to health visitors, GPs, children's centre "
        "staff and the Emergency Department.")
A_K6 = ("The CCG's named GP wrote to all 27 practices in November 2014 asking them to record fathers and "
        "other significant adults on the child's record, and the CCG has added this expectation to its "
        "safeguarding standards for primary care.")
A_P5 = ("Moorfield Partnership NHS Foundation Trust has amended its CAMHS discharge policy so that a young "
        "person who has self-harmed cannot be discharged after missed appointments until the clinician "
        "has spoken to the referrer and any allocated social worker.")
A_P1 = ("A question about children has been added to the Vale Recovery Service's assessment form, and "
        "Moorfield Partnership NHS Foundation Trust is adding the same question to its adult mental "
        "health assessment as part of the upgrade of its electronic record.")
A_P4 = ("Children's Services has drafted a revised step-down procedure which requires a joint visit by the "
        "social worker and the new lead professional before a case is closed to social care; it is being "
        "consulted on with early help partners until the end of April 2015.")
A_P3 = ("the Quality Assurance and Performance Sub-group will carry out the audit in June 2015 on a sample "
        "of 20 cases drawn from the four localities, and will report its findings to the Board in "
        "September 2015.")
A_P6 = ("in November 2014 the four LSCBs of the Vale and Peak sub-region adopted a common screening tool "
        "and risk assessment for child sexual exploitation, which all Ashbourne Vale agencies have used "
        "since January 2015.")

# per recommendation: (action or None, extra acting bodies, status word in the summary table)
K_PROGRESS = [
    (A_K1, [], "Complete"),
    (A_K2, [], "Complete"),
    (A_K3, [PP_SUB], "Ongoing"),
    (None, [], "Ongoing"),        # police update awaited
    (A_K5, [], "Complete"),
    (A_K6, [], "Ongoing"),
    (None, [], "Not started"),
]
P_PROGRESS = [
    (A_P1, [], "Ongoing"),
    (None, [], "Not started"),
    (A_P3, [], "Not started"),    # a plan is all the report says: an action (guidelines)
    (A_P4, [], "Ongoing"),
    (A_P5, [], "Complete"),
    (A_P6, [], "Superseded"),     # "closed ... as superseded": closed -> completed
]
STATUS = {"Complete": "completed", "Ongoing": "in_progress", "Not started": "not_started",
          "Superseded": "completed"}

MONITORING = ("The Sub-group holds the action plan for each review and takes a written update from every "
              "lead agency at each of its meetings; any action that has slipped is reported by exception "
              "to the Board each quarter, and a recommendation is recorded as Complete only when the lead "
              "agency has shown the Sub-group evidence that practice has changed.")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child K", "published")
    g.scr("Family P", "published")
    g.scr("Baby L", "initiated")
    for case, recs, progress in (("Child K", CHILD_K, K_PROGRESS), ("Family P", FAMILY_P, P_PROGRESS)):
        for i, ((text, _lead, bodies), (action, acting, word)) in enumerate(zip(recs, progress), 1):
            g.rec(case, str(i), text, action, bodies + acting, STATUS[word])
    return g.dump(MONITORING)


# ---------------------------------------------------------------- numbered-paragraph writer

class Writer:
    """Level-1 headings are sections 1, 2, ...; body paragraphs are numbered 1.1, 1.2 ..."""

    def __init__(self):
        self.blocks: list = []
        self.sec = 0
        self.n = 0
        self.titles: list[str] = []

    def section(self, title: str):
        self.sec += 1
        self.n = 0
        self.titles.append(title)
        self.blocks.append(Heading(title, 1))

    def sub(self, title: str):
        self.blocks.append(Heading(title, 2))

    def p(self, text: str):
        self.n += 1
        self.blocks.append(Para(f"{self.sec}.{self.n} {text}"))

    def raw(self, *blocks):
        self.blocks.extend(blocks)


def _recs(w: Writer, recs: list):
    for i, (text, lead, _b) in enumerate(recs, 1):
        w.raw(Para(f"{i}. {text}"))
        if lead:
            w.raw(Para(f"Lead: {lead}", italic=True))


# ---------------------------------------------------------------- the report

def _foreword(w: Writer):
    w.section("Foreword by the Independent Chair")
    w.p("I am pleased to present the annual report of the Ashbourne Vale Local Safeguarding Children Board "
        "for 1 April 2014 to 31 March 2015, made under section 14A of the Children Act 2004 to the Chief "
        "Executive and Leader of Ashbourne Vale Council, the Police and Crime Commissioner and the Chair of "
        "the Health and Wellbeing Board.")
    w.p("It has been a year in which the Board has had to look hard at itself. Two serious case reviews "
        "were published, concerning Child K in September 2014 and Family P in February 2015, and a third, "
        "concerning Baby L, was commissioned in January 2015. Each tells us something uncomfortable about "
        "how well we notice what is happening to children when the adults around them command our "
        "attention.")
    w.p("In October 2014 Ofsted judged that the Board requires improvement: it could not yet show that its "
        "work was changing practice on the front line. I accept that judgement. The Board does not protect "
        "children directly; agencies do that. Its task is to make sure that they do it well and together, "
        "and to say so publicly when they do not. That is why section 13 of this report sets out what has "
        "and has not been done on each recommendation of the reviews published so far.")
    w.p("I thank the members of the Board, the chairs of its sub-groups, our two lay members and the "
        "business unit, and above all the practitioners across the Vale who do this work every day.")
    w.raw(Para("Dr Frances Ilsley", bold=True),
          Para("Independent Chair, Ashbourne Vale Local Safeguarding Children Board", italic=True))


def _local(w: Writer):
    w.section("Ashbourne Vale: the local picture")
    w.p("Ashbourne Vale is a largely rural unitary authority of about 236,000 people. Just under half live "
        "in the market towns of Ashbourne, Kelmscott and Darrow Bridge; the rest live in some 90 villages "
        "and hamlets across the upper and lower Vale. Public transport is thin outside the towns, which "
        "shapes how families reach services and how services reach them.")
    w.p("There are about 49,800 children and young people under 18, or 21 per cent of the population. "
        "Around 6 per cent of pupils are from black and minority ethnic groups, rising to 15 per cent in "
        "Darrow Bridge, where there is an established Polish and Lithuanian community. Fourteen per cent of "
        "children live in low-income families, over 30 per cent in parts of east Kelmscott.")
    w.p("The Vale has one acute hospital, in Ashbourne, and 104 schools, including 11 secondary schools "
        "(seven of them academies), two special schools and a pupil referral unit.")


def _governance(w: Writer):
    w.section("How the Board is organised")
    w.p("The Board is established under section 13 of the Children Act 2004 to co-ordinate what is done by "
        "its members to safeguard and promote the welfare of children in Ashbourne Vale, and to ensure the "
        "effectiveness of what they do. It met five times in 2014-15. An Executive Group of the Independent "
        "Chair and the senior leads of the Council, the Clinical Commissioning Group and the police meets "
        "between Board meetings to set agendas, manage the budget and hold the sub-groups to account.")
    w.p("The Independent Chair is accountable to the Chief Executive of the Council, whom she meets "
        "quarterly with the Director of Children's Services, Mr Andrew Pelham. She sits on the Health and "
        "Wellbeing Board and meets the chairs of the Safer Ashbourne Vale Partnership and the Safeguarding "
        "Adults Board each term, so that shared concerns such as domestic abuse are not dealt with three "
        "times or not at all.")
    w.p("Members come from the Council, the CCG and the three NHS provider trusts, Vale Moors Police, the "
        "National Probation Service, Mercia and Vale Community Rehabilitation Company, the Youth Offending "
        "Service, Cafcass, Vale Homes, head teachers, Ashbourne Vale College, the Vale Council for "
        "Voluntary Service and two lay members. The police, the acute trust and the Community "
        "Rehabilitation Company each attended three or fewer of the five meetings, and the Chair has "
        "written to their chief officers.")
    w.p("The Board's income in 2014-15 was £218,400, including £6,650 drawn from reserves (Table 1). "
        "Partners have agreed a one-off increase in contributions for 2015-16, since most of the cost of "
        "the Baby L review will fall in that year.")
    w.raw(Table(["Income", "£", "Expenditure", "£"], [
        ["Ashbourne Vale Council", "118,600", "Business unit staffing", "142,300"],
        ["NHS Ashbourne Vale CCG", "52,000", "Independent Chair", "24,000"],
        ["Vale Moors Police", "22,500", "Serious case reviews", "31,500"],
        ["Schools Forum", "15,000", "Multi-agency training", "12,800"],
        ["Probation (NPS and CRC)", "3,100", "Website, venues and other", "7,800"],
        ["Cafcass", "550", "", ""],
        ["From reserves", "6,650", "", ""],
        ["Total", "218,400", "Total", "218,400"],
    ], caption="Table 1: Budget 2014-15"))


def _subgroups(w: Writer):
    w.section("The work of the sub-groups")
    w.p("Most of the Board's work is done through seven sub-groups, each chaired by a Board member and each "
        "with a work plan drawn from the business plan.")
    w.sub("Serious Case Review Sub-group")
    w.p("Chaired by the Designated Nurse for Safeguarding Children, the Sub-group considers every case "
        "referred to the Board under regulation 5 of the Local Safeguarding Children Boards Regulations "
        "2006, advises the Independent Chair whether a serious case review should be held, and manages "
        "each review once commissioned. It met ten times and considered six referrals (sections 5 and 6).")
    w.p(MONITORING)
    w.sub("Quality Assurance and Performance Sub-group")
    w.p("The Sub-group, chaired by the Head of Public Protection for Vale Moors Police, maintains the "
        "multi-agency dataset and carries out themed audits. An audit of 24 cases in which domestic abuse "
        "led to a child protection enquiry found good information sharing between the police and social "
        "care but little involvement of health visitors and GPs in strategy discussions.")
    w.sub("Other sub-groups")
    w.p("The Training Sub-group plans and evaluates the programme described in section 8. The Policy and "
        "Procedures Sub-group maintains the online child protection procedures, shared with three "
        "neighbouring boards, and revised twelve chapters this year. The CSE and Missing Children "
        "Sub-group, set up in April 2014, knew of 37 children at risk of sexual exploitation at 31 March "
        "2015, 9 of them at significant risk. The Health Sub-group and the Education Safeguarding Group "
        "link the Board with named professionals and with designated safeguarding leads in schools.")


def _scrs(w: Writer):
    w.section("Serious case reviews")
    w.p("The Board must undertake a serious case review where abuse or neglect of a child is known or "
        "suspected and either the child has died, or the child has been seriously harmed and there is "
        "cause for concern as to the way in which agencies have worked together to safeguard the child "
        "(Working Together to Safeguard Children 2013, chapter 4). The decision rests with the Independent "
        "Chair on the advice of the Serious Case Review Sub-group.")
    w.p("In 2014-15 the Board published two serious case reviews and commissioned a third. This section "
        "summarises each case and sets out the recommendations of the two published reviews in full. "
        "Progress on each recommendation is reported in section 13.")
    w.sub("Child K")
    w.p("Child K was eleven months old when he was brought to the Emergency Department at Ashbourne Vale "
        "Hospital in November 2013 with a fractured skull and older rib fractures. His father was later "
        "convicted of causing grievous bodily harm. Child K's mother was 17 and had left the care of the "
        "local authority six months before he was born; his father had twice been arrested for assaulting "
        "a previous partner. Child K now lives with his maternal aunt.")
    w.p("The review was led by an independent author, Ms Rachel Dunmore, working with a panel of senior "
        "managers. It found that the pre-birth assessment had been started late and never finished; that "
        "the midwife did not know the father's history because she had never seen the mother alone; that "
        "bruising to Child K's ear at nine weeks was noticed but not referred; and that the leaving care "
        "service had continued to see the mother as a care leaver rather than as a new parent. The "
        "overview report was published on 17 September 2014.")
    w.p("The review made seven recommendations:")
    _recs(w, CHILD_K)
    w.sub("Family P")
    w.p("Family P comprised a mother, her partner and three children aged 15, 11 and 6. Both adults had "
        "long-standing problems with alcohol, and the mother with depression. In January 2014 the eldest "
        "child, a girl, was found by police in a car with two adult men in another county, three days "
        "after she had been reported missing. Enquiries then showed that the younger children had lived in "
        "serious neglect for a long time, and that the 11-year-old had regularly been left in charge of "
        "his sister.")
    w.p("Agencies had worked with the family for more than five years, but each saw only its own part: "
        "adult services saw two adults struggling with their own difficulties, the schools saw poor "
        "attendance and CAMHS saw a teenager who did not come to appointments. The case had twice been "
        "stepped down from social care to early help without a lead professional. The overview report was "
        "finished in July 2014 and the Board accepted its recommendations in September 2014, but "
        "publication was delayed until 10 February 2015 so as not to prejudice criminal proceedings "
        "against one of the men.")
    w.p("The review made six recommendations:")
    _recs(w, FAMILY_P)
    w.sub("Baby L")
    w.p("Baby L died at home in December 2014, aged seven weeks. The cause of death has not yet been "
        "established and the police investigation continues. In January 2015 the Independent Chair "
        "accepted the Sub-group's advice that the criteria for a serious case review were met. An "
        "independent lead reviewer has been appointed and the review panel will meet for the first time "
        "in April 2015. The Board expects to publish the review, subject to any criminal proceedings, "
        "during 2015-16.")
    w.p("No other referral in the year led to a serious case review. One led to the learning lessons "
        "review described in section 6; the other four were returned to the agencies concerned for "
        "single-agency learning.")


def _other_reviews(w: Writer):
    w.section("Other reviews and learning")
    w.p("Not every case referred to the Board meets the criteria for a serious case review. Working "
        "Together 2013 allows boards to learn from such cases in proportionate ways. Neither review below is a serious case review, and neither is included in the "
        "tracking reported in section 13.")
    w.sub("Learning lessons review: Child R")
    w.p("Child R, aged 13, took an overdose in June 2014 after months of bullying, much of it online, and "
        "was treated in hospital; she has recovered. The Sub-group concluded that she had not suffered "
        "abuse or neglect within the meaning of the regulations, but commissioned a learning lessons "
        "review, led by the Board's business manager, Mr Colin Markwick, with the practitioners involved. "
        "It reported in November 2014 and recommended that:")
    w.raw(Bullets([
        "schools should cover online bullying and how to report it in their safeguarding and behaviour "
        "policies, and make sure pupils know how to use them;",
        "the Emergency Department should ask every young person who has self-harmed whether they are "
        "being bullied, including online;",
        "the Board should publish guidance for parents on keeping children safe online.",
    ]))
    w.p("The Education Safeguarding Group is taking the first point forward with schools, and the guidance "
        "for parents was published on the Board's website in February 2015.")
    w.sub("Domestic homicide review: Ms T")
    w.p("Domestic homicide reviews are commissioned by the Safer Ashbourne Vale Partnership, not by the "
        "Board. The review into the death of Ms T, who was killed by her former partner in 2013, was "
        "published in October 2014. Her two children, who now live with relatives, were known to "
        "children's social care. Because the learning overlaps with the Board's own, the Partnership has "
        "shared its action plan, whose current position is shown below for information. The plan is "
        "monitored by the Safer Ashbourne Vale Partnership, not by this Board.")
    w.raw(Table(["Action", "Lead", "Status"], [
        ["GP practices to offer routine enquiry about domestic abuse to patients presenting with anxiety "
         "or depression", "NHS Ashbourne Vale CCG", "Complete"],
        ["MARAC to invite the children's school to meetings where children live in the household",
         "MARAC Chair", "Ongoing"],
        ["Vale Homes to flag tenancies where a non-molestation order is in force", "Vale Homes", "Complete"],
        ["Refresh the multi-agency domestic abuse training for frontline staff",
         "Safer Ashbourne Vale Partnership", "Not started"],
    ], caption="Table 2: Ms T domestic homicide review, action plan (Safer Ashbourne Vale Partnership)"))


def _performance(w: Writer):
    w.section("Safeguarding performance")
    w.p("The multi-agency dataset is compiled quarterly by the Quality Assurance and Performance Sub-group. "
        "The main measures for children's social care are shown in Table 3.")
    w.raw(Table(["Measure", "2013-14", "2014-15"], [
        ["Contacts to the Children's Services front door", "9,420", "10,310"],
        ["Referrals to children's social care", "2,180", "2,415"],
        ["Re-referrals within 12 months", "24%", "21%"],
        ["Assessments completed within 45 working days", "71%", "83%"],
        ["Children in need at 31 March", "1,212", "1,264"],
        ["Children subject to a child protection plan at 31 March", "188", "214"],
        ["Plans lasting two years or more", "4%", "3%"],
        ["Looked after children at 31 March", "201", "209"],
    ], caption="Table 3: Key measures, children's social care"))
    w.p("The rise in child protection plans from 188 to 214 was concentrated among children under five and "
        "in cases of neglect, which is now the primary category for 49 per cent of plans. The Board has "
        "asked the Quality Assurance and Performance Sub-group to establish whether the rise reflects "
        "better recognition of neglect or a shortage of effective early help.")


def _training(w: Writer):
    w.section("Multi-agency training")
    w.p("The programme is planned by the Training Sub-group and delivered by a pool of 22 trainers from "
        "partner agencies, supported by the Board's training co-ordinator. It complements, and does not "
        "replace, the single-agency training that each organisation provides for its own staff.")
    w.raw(Table(["Course", "Sessions", "Attendance"], [
        ["Working together: core child protection", "14", "296"],
        ["Neglect and the Graded Care Profile", "8", "151"],
        ["Domestic abuse and its impact on children", "6", "118"],
        ["Child sexual exploitation awareness", "10", "241"],
        ["Safeguarding babies and infants", "5", "92"],
        ["Designated safeguarding lead refresher", "4", "103"],
        ["Learning from case reviews", "6", "174"],
        ["Total", "53", "1,175"],
    ], caption="Table 4: Multi-agency courses 2014-15"))
    w.p("Of the participants who answered the three-month follow-up, 78 per cent could describe a change in "
        "their practice, most often in how they record concerns or when they consult a manager. Managers "
        "confirmed a change in 61 per cent of cases.")


def _cdop(w: Writer):
    w.section("Child Death Overview Panel")
    w.p("The Panel, shared with Peakridge Local Safeguarding Children Board, was notified of 19 deaths of Ashbourne Vale children in 2014-15, compared with 21 in "
        "2013-14, and completed reviews of 17 deaths, some of them from the previous year. Ten of the "
        "children whose deaths were reviewed were under one year old, most of whom died of conditions "
        "arising in the newborn period. The Panel found modifiable factors in five deaths.")
    w.p("Unsafe sleeping arrangements were a factor in two deaths of infants. The Panel recommended that "
        "midwives and health visitors repeat safe sleep advice at every contact in the first six months, "
        "and that the Board run a public campaign. The 'Sleep Safe in the Vale' campaign ran in March 2015 "
        "through GP surgeries, pharmacies and children's centres.")


def _private_fostering(w: Writer):
    w.section("Private fostering")
    w.p("Children's Services received 9 notifications in 2014-15, compared with 7 the year before, and "
        "6 arrangements were in place at 31 March 2015. Eight of the nine children were visited within "
        "seven days of notification.")
    w.p("The Board does not believe that every arrangement is notified, and an awareness campaign for "
        "schools, GP receptionists and faith groups will run in autumn 2015.")


def _lado(w: Writer):
    w.section("Allegations against people who work with children")
    w.p("The LADO received 84 contacts in 2014-15, of which 46 met the threshold for management under the "
        "allegations procedure, compared with 39 in 2013-14. The rise is mainly from early years settings "
        "and sports clubs, following awareness sessions held with both.")
    w.p("Of the 46 allegations, 19 concerned staff in education, 7 in early years, 6 foster carers and 14 "
        "other settings. Fourteen were substantiated, 23 were unsubstantiated, unfounded or malicious, and "
        "9 had not been concluded at 31 March 2015.")


def _assurance(w: Writer):
    w.section("Assurance: section 11 and inspection")
    w.sub("Section 11 audit")
    w.p("Every two years the Board asks partners to assess themselves against the standards in section 11 "
        "of the Children Act 2004. The audit in autumn 2014 was completed by 19 organisations, including, "
        "for the first time, the Community Rehabilitation Company and Vale Homes.")
    w.p("Most agencies judged that they met most standards. The weakest areas were safer recruitment checks "
        "for volunteers and the recording of children's views. Each agency has an action plan, and three "
        "were asked to resubmit theirs with firmer evidence after a challenge panel in January 2015.")
    w.sub("Ofsted inspection and review of the Board")
    w.p("Ofsted inspected the Council's services for children in need of help and protection, children "
        "looked after and care leavers in October 2014, and reviewed the Board at the same time. Both were "
        "judged to require improvement. Ofsted recommended that the LSCB should:")
    w.raw(Bullets([
        "ensure that its dataset includes information from all partner agencies and that it is used to "
        "challenge performance;",
        "evaluate the impact of multi-agency training on practice;",
        "ensure that the learning from case reviews reaches front-line staff, and be able to show that it "
        "has changed practice.",
    ]))
    w.p("The Board has a single improvement plan in response, overseen by the Executive Group. From April "
        "2015 the dataset will include measures from health, the police and schools; the evaluation of "
        "training is described in section 8.")


def _implementation(w: Writer):
    w.section("Implementation of SCR recommendations")
    w.p("This section reports the position at 31 March 2015 on every recommendation of the Child K and "
        "Family P reviews, as reported by the lead agencies to the Serious Case Review Sub-group at its "
        "meeting on 19 March 2015. The recommendations are set out in full in section 5 and are referred "
        "to below by their number or their subject.")
    w.sub("Child K")
    w.p(f"Recommendations 1 and 5 have been completed. {A_K1} {A_K5}")
    w.p(f"On the recommendation about asking about domestic abuse in pregnancy, {A_K2} The Trust reported "
        "the work as complete in January 2015, and the Sub-group accepted this after an audit found the "
        "question recorded in 55 of a sample of 60 maternity records.")
    w.p(f"Work on recommendation 3 continues. {A_K3} The police and early years settings have yet to be "
        "briefed.")
    w.p("Vale Moors Police have not yet reported any progress on recommendation 4. The Sub-group has asked "
        "twice for an update, most recently in February 2015; the force's lead for public protection "
        "changed in December 2014, and the Independent Chair has raised the delay with the Chief "
        "Superintendent for the Vale.")
    w.p(f"Recommendation 6 is in hand. {A_K6} Practices will be asked to audit themselves against the "
        "standards in 2015-16.")
    w.p("No work has yet been done on recommendation 7. The Policy and Procedures Sub-group discussed it in "
        "February 2015 and advised that a shared chronology cannot sensibly be introduced until Children's "
        "Services moves to its new case recording system, which is not expected before 2016.")
    w.sub("Family P")
    w.p("Although the Family P review was not published until February 2015, the Board accepted its "
        "recommendations in September 2014 and the action plan has been running since then.")
    w.p(f"Recommendation 5 has been completed: {A_P5}")
    w.p(f"Work is under way on recommendations 1 and 4. {A_P1} {A_P4}")
    w.p(f"On the recommendation about an audit of neglect cases, {A_P3}")
    w.p("Recommendation 2 has not been started. Education Services have explained that the Education "
        "Welfare Service is being restructured and that they do not wish to change its referral criteria "
        "while that is under way; the Sub-group has asked them for a date.")
    w.p(f"The recommendation on a screening tool for child sexual exploitation has been overtaken by "
        f"events: {A_P6} The Board agreed in March 2015 that a separate Ashbourne Vale tool would add "
        "nothing, and closed the recommendation as superseded.")
    w.p("Of the thirteen recommendations, four have been completed and one has been superseded; five are "
        "ongoing and three have not been started. The Sub-group will look again at each of the three "
        "that have not started at its meeting in June 2015.")
    rows = [["Child K", str(i), word] for i, (_a, _b, word) in enumerate(K_PROGRESS, 1)]
    rows += [["Family P", str(i), word] for i, (_a, _b, word) in enumerate(P_PROGRESS, 1)]
    w.raw(Table(["Review", "Rec.", "Status"], rows,
                caption="Table 5: Progress on serious case review recommendations at 31 March 2015"))


def _priorities(w: Writer):
    w.section("Priorities for 2015-16")
    w.p("The Board's business plan for 2015-16 sets four priorities, agreed at its development day in March "
        "2015. Each has a lead sub-group and measures of success that will be reported to every Board "
        "meeting.")
    w.raw(Table(["Priority", "What the Board will do"], [
        ["Neglect", "Launch a neglect strategy and extend the use of the Graded Care Profile to early help "
                    "and universal services."],
        ["Children living with domestic abuse, parental mental ill-health or substance misuse",
         "Agree with the Safeguarding Adults Board and the Safer Ashbourne Vale Partnership a joint "
         "'think family' protocol."],
        ["Child sexual exploitation and missing children", "Implement the sub-regional CSE strategy and "
                                                           "report quarterly on children at risk."],
        ["Making a difference", "Show the impact of the Board's work, including learning from reviews, on "
                                "front-line practice."],
    ], caption="Table 6: Business plan priorities 2015-16"))


SECTIONS = [_foreword, _local, _governance, _subgroups, _scrs, _other_reviews, _performance, _training,
            _cdop, _private_fostering, _lado, _assurance, _implementation, _priorities]
BREAK_AFTER = {_foreword}


def build() -> ReportSpec:
    w = Writer()
    for fn in SECTIONS:
        fn(w)
        if fn in BREAK_AFTER:
            w.raw(PageBreak())
    return ReportSpec(
        name=NAME,
        title="Annual Report 2014-15",
        running_header="Ashbourne Vale LSCB - Annual Report 2014/15",
        blocks=w.blocks,
        gold=_gold(),
        extra_formats=("txt",),
        board=BOARD,
        published="Published September 2015",
    )
