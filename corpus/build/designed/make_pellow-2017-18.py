"""pellow-2017-18: a designed Word annual report. Cover built from a floating text box, a sidebar text
box on the SCR pages, each SCR recommendation in its own text box (Child Q) or framed, shaded paragraph
(Siblings B) carrying the lead agency and a status content control (drop-down: Complete / On track /
Delayed); what has been done is in the body text below each box."""
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from wordml import BDR, DROPDOWN, FRAME, P, R, SDT, TEXTBOX, Builder  # noqa: E402
from common_gold_blind12 import write_gold  # noqa: E402

NAME = "pellow-2017-18"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Pellow Safeguarding Children Board"
TEAL, PLUM = "0E6E74", "6B2C5F"
STATUSES = ["Complete", "On track", "Delayed"]

b = Builder(font="Calibri", size=10.5)


def H(text, pb=False):
    b.h(text, 1, page_break=pb, color=TEAL)


def H2(text):
    b.h(text, 2, color=PLUM)


def para(text):
    b.raw(P([R(text)], after=120, jc="both"))


def status_cc(value):
    return SDT(R(value, b=True, color=PLUM), "Status", "status", block=False, extra_pr=DROPDOWN(STATUSES))


# ------------------------------------------------------------------ cover
cover = (P([R("PELLOW", b=True, sz=40, color="FFFFFF")], after=0)
         + P([R("Safeguarding Children Board", sz=22, color="FFFFFF")], after=600)
         + P([R("Annual Report", b=True, sz=30, color="FFFFFF")], after=0)
         + P([R("April 2017 \u2013 March 2018", sz=18, color="D9F2F2")], after=900)
         + P([R("Keeping children safe is everybody's business", i=True, sz=14, color="FFFFFF")], after=0))
b.raw(P([TEXTBOX(cover, 17.0, 12.0, x_cm=0, y_cm=3.0, fill=TEAL, line=None, wrap="topAndBottom",
                 name="Cover panel")], after=0))
b.raw(P([R("www.pellowscb.org.uk", sz=11, color=TEAL)], before=5200, jc="right", after=0))
b.raw(P([R("Published October 2018", sz=10, color="595959")], jc="right", after=0))

b.header_footer("Pellow Safeguarding Children Board  \u00b7  Annual Report 2017-18", "pellowscb.org.uk", rule=TEAL)

# ------------------------------------------------------------------ contents + foreword
H("Contents", pb=True)
b.toc([(1, "Foreword from the Independent Chair", 2), (1, "About Pellow", 3), (1, "How the Board works", 3),
       (1, "What we did in 2017-18", 4), (1, "Serious case reviews", 6), (2, "Child Q", 6),
       (2, "Siblings B", 8), (2, "Baby E", 9), (1, "Looking ahead: 2018-19", 9)])
H("Foreword from the Independent Chair")
para("This is my second annual report as Independent Chair of the Pellow Safeguarding Children Board, and it "
     "will be the Board's last full year in its current form. The Children and Social Work Act 2017 replaces "
     "LSCBs with new safeguarding partnerships led by the local authority, the clinical commissioning group "
     "and the police, and the three statutory partners published their plans for Pellow in June 2018.")
para("The year has been a demanding one. We published two serious case reviews, about Child Q and about "
     "Siblings B, both of which make uncomfortable reading. I want to thank the families who spoke to the "
     "reviewers, and the practitioners who took part openly. This report sets out what the reviews asked "
     "us to do, who is responsible, and how far we have got.")
para("I am grateful to all partners for their commitment, and to the Board's small business unit for its "
     "work through a year of change.")
b.raw(P([R("Dr Helen Marchbank", b=True), R(", Independent Chair", color="595959")], after=240))

H("About Pellow")
para("Pellow is a largely rural unitary area with two market towns, Pellow and St Everly, and a long "
     "coastline. Around 38,900 of its 176,000 residents are children. Seasonal employment and poor transport "
     "shape family life: one in five children lives in a household where no adult works all year round.")
para("On 31 March 2018, 162 children were subject to a child protection plan (42 per 10,000) and 271 were "
     "looked after. The front door received 6,940 contacts in the year, of which 31% became referrals.")

H("How the Board works")
para("The Board meets quarterly and is supported by an Executive Group and five sub-groups: Case Review; "
     "Quality and Performance; Learning and Development; Exploitation and Missing; and Health Safeguarding. "
     "The Pellow and Tamarin Child Death Overview Panel is shared with our neighbouring authority.")
b.table([["Partner", "Contribution 2017-18"],
         ["Pellow Council", "\u00a398,500"], ["NHS Pellow CCG", "\u00a342,000"],
         ["Kernow Vale Police", "\u00a318,000"], ["National Probation Service and CRC", "\u00a34,500"],
         ["Cafcass", "\u00a3550"]], [9.0, 5.0])

H("What we did in 2017-18", pb=True)
H2("Training and learning")
para("The Learning and Development sub-group ran 48 multi-agency courses attended by 1,106 practitioners, "
     "and 14 seven-minute briefings were downloaded more than 3,000 times. A new course on contextual "
     "safeguarding was the most oversubscribed of the year.")
H2("Audits and quality assurance")
para("Three multi-agency audits were completed: early help (24 cases), children missing education (12 cases) "
     "and the quality of child protection plans (30 cases). The plans audit found that outcomes were too "
     "often written as tasks for professionals; a template change was agreed in February 2018.")
H2("Section 11")
para("Eighteen agencies completed the biennial section 11 self-assessment. Two agencies rated themselves as "
     "not meeting the standard on safer recruitment; both have submitted plans that the Quality and "
     "Performance sub-group is following up.")
H2("Child deaths")
para("The CDOP reviewed 19 deaths of Pellow children. Modifiable factors were identified in five, including "
     "two drownings; the Panel has asked the Council to review water safety signage along the coast path.")
H2("Learning reviews")
para("The Case Review sub-group completed one local learning review (Young Person R) that did not meet the "
     "criteria for a serious case review. Its recommendation that schools share concerns about exclusion "
     "with the Youth Offending Team is being taken forward through the exploitation strategy and is not "
     "included in the serious case review tracker.")
H2("Inspection")
para("Ofsted's inspection of Pellow Council children's services under the ILACS framework in January 2018 "
     "judged services to require improvement to be good. The improvement plan is monitored by the Council's "
     "Improvement Board, with quarterly reports to this Board.")
H2("Business plan priorities 2017-18")
for t in ["Neglect: roll out the neglect screening tool to all universal services (achieved).",
          "Exploitation: launch the joint exploitation strategy and MACE panel (achieved).",
          "Early help: increase early help assessments completed by partners other than the Council "
          "(partly achieved: 41%, target 50%).",
          "Transition: prepare for the new safeguarding partnership arrangements (on track)."]:
    b.p(t, style="List Bullet")

# ------------------------------------------------------------------ SCR pages
H("Serious case reviews", pb=True)
MECH = ("The Case Review sub-group tracks every recommendation on a single action tracker. Lead agencies "
        "report progress at each meeting and the status is agreed by the sub-group, not by the agency itself. "
        "The Board sees the tracker every quarter.")
side = (P([R("SCRs at a glance", b=True, sz=13, color="FFFFFF")], after=120)
        + P([R("2", b=True, sz=26, color="FFFFFF")], after=0)
        + P([R("reviews published (Child Q, Siblings B)", sz=9.5, color="FFFFFF")], after=120)
        + P([R("1", b=True, sz=26, color="FFFFFF")], after=0)
        + P([R("review started (Baby E)", sz=9.5, color="FFFFFF")], after=160)
        + P([R("How we check progress", b=True, sz=10.5, color="FFFFFF")], after=60)
        + P([R(MECH, sz=9.5, color="FFFFFF")], after=160)
        + P([R("What the status means", b=True, sz=10.5, color="FFFFFF")], after=60)
        + P([R("Complete: ", b=True, sz=9.5, color="FFFFFF"),
             R("all actions done and evidence seen", sz=9.5, color="FFFFFF")], after=40)
        + P([R("On track: ", b=True, sz=9.5, color="FFFFFF"),
             R("work under way and within timescale", sz=9.5, color="FFFFFF")], after=40)
        + P([R("Delayed: ", b=True, sz=9.5, color="FFFFFF"),
             R("work not yet started or past its timescale with no progress", sz=9.5, color="FFFFFF")], after=0))
b.raw(P([TEXTBOX(side, 5.8, 17.5, x_cm=11.4, y_cm=0.0, fill=PLUM, line=None, wrap="square", name="Sidebar SCR")]
        + [R("A serious case review is carried out when a child dies or is seriously harmed, abuse or neglect "
             "is known or suspected, and there is cause for concern about how agencies worked together. "
             "Its purpose is learning, not blame.")], after=120, jc="both"))
para("In 2017-18 the Board published the serious case reviews about Child Q and Siblings B. In February 2018 "
     "the Board's Independent Chair agreed to commission a further review, about Baby E, which is under way.")
para("On the following pages each recommendation is shown in a box with the agency that leads on it and its "
     "current status. Underneath, we describe what has actually been done.")

entries = []


def rec_box(scr, n, text, lead, status):
    inner = (P([R("Recommendation %s" % n, b=True, sz=11, color=TEAL)], after=60)
             + P([R(text, sz=10.5)], after=100)
             + P([R("Lead agency: ", b=True, sz=9.5), R(lead, sz=9.5)], after=40)
             + P([R("Status: ", b=True, sz=9.5), status_cc(status)], after=0))
    b.raw(P([TEXTBOX(inner, 17.0, 3.6, fill="EAF5F5", line=TEAL, wrap="topAndBottom",
                     name="Rec %s %s" % (scr, n))], after=60, keep_next=True))


def rec_frame(n, text, lead, status):
    fr = FRAME(8.0, align="left", hspace=340)
    bdr = BDR(PLUM, sz=12, sides=("top", "left", "bottom", "right"), space=4)
    b.raw(P([R("Recommendation %s" % n, b=True, color=PLUM)], frame=fr, border=bdr, shd="F5ECF3", after=0))
    b.raw(P([R(text, sz=10)], frame=fr, border=bdr, shd="F5ECF3", after=0))
    b.raw(P([R("Lead: ", b=True, sz=9.5), R(lead, sz=9.5)], frame=fr, border=bdr, shd="F5ECF3", after=0))
    b.raw(P([R("Status: ", b=True, sz=9.5), status_cc(status)], frame=fr, border=bdr, shd="F5ECF3", after=0))


para("Serious case reviews in Pellow are commissioned by the Independent Chair on the advice of the Case "
     "Review sub-group, which considers every notification of a serious incident. In 2017-18 the sub-group "
     "considered seven cases: two led to serious case reviews, one to a local learning review and four "
     "needed no further review beyond single-agency learning.")
para("Each review is carried out by an independent lead reviewer working with a panel of senior managers "
     "from the agencies involved. Families are invited to contribute, and the final report is published on "
     "the Board's website unless publication would harm the children concerned. The national panel of "
     "independent experts is sent every report before publication.")
para("Once a review is published, each recommendation is given to a lead agency, which writes the actions "
     "into its own plans. The Board does not close a recommendation on the strength of a promise: it asks "
     "for evidence, such as an audit or a change to a procedure, before the status is set to Complete.")
b.raw(P([R("")], after=0, page_break_before=True))
H2("Child Q")
para("Child Q was three when she was admitted to hospital in March 2016 with severe malnutrition and "
     "untreated dental disease. She lived with her mother, who had a learning disability, and an older "
     "half-brother. The family was known to early help, to the health visiting service and to adult social "
     "care, but no agency had seen Child Q in the eight months before her admission. The review was "
     "published in September 2017.")

CHILD_Q = [
    dict(n="1", text="Pellow Council should ensure that parents with a learning disability are offered an "
                     "adult social care assessment that considers their parenting role, and that adult and "
                     "children's services plan jointly.",
         lead="Pellow Council adult social care and children's services",
         bodies=[("Pellow Council adult social care", "adult_services"),
                 ("children's services", "childrens_social_care")],
         status="Complete", gold_status="completed",
         action="A joint protocol for parents with additional needs came into force in December 2017. Every "
                "referral of a parent with a learning disability now triggers a joint visit by an adult "
                "social worker and a children's social worker, and 23 joint visits took place before March."),
    dict(n="2", text="Health visitors should see a child face to face at least once every three months where "
                     "early help is closed and there are unresolved concerns about a child's development.",
         lead="Kernow Community Health NHS Trust (health visiting)",
         bodies=[("Kernow Community Health NHS Trust", "health")],
         status="On track", gold_status="in_progress",
         action="The health visiting service has adopted an enhanced contact pathway. It is being tested in "
                "the St Everly locality and will be extended across Pellow in the autumn of 2018."),
    dict(n="3", text="The Board should seek assurance that agencies escalate concerns when a child is "
                     "repeatedly not brought to appointments, including dental appointments.",
         lead="Pellow Safeguarding Children Board",
         bodies=[("Pellow Safeguarding Children Board", "lscb")],
         status="Complete", gold_status="completed",
         action="The Board replaced its \u2018did not attend\u2019 guidance with \u2018was not brought\u2019 "
                "guidance in October 2017 and ran a seven-minute briefing on it. A dip sample of 40 health "
                "records in February 2018 found that missed appointments were followed up in 35."),
    dict(n="4", text="NHS Pellow CCG should ensure that community dental services notify the child's GP and "
                     "health visitor when a child under five is found to have severe dental decay.",
         lead="NHS Pellow CCG",
         bodies=[("NHS Pellow CCG", "health")],
         status="Delayed", gold_status="not_started",
         action=None,
         body_text="This has not yet started. The community dental contract is being re-procured and the CCG "
                   "will include the notification requirement in the new specification, due in 2019."),
]
for r in CHILD_Q:
    rec_box("Child Q", r["n"], r["text"], r["lead"], r["status"])
    b.raw(P([R("What has happened: ", b=True, color=TEAL), R(r["action"] or r["body_text"])], after=240, jc="both"))
    entries.append(dict(scr="Child Q", number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                        status=r["gold_status"]))

H2("Siblings B")
para("Siblings B are two boys, aged 9 and 12 at the time, who were living with their father and his "
     "partner when the older boy disclosed in 2016 that both had been physically assaulted over a long "
     "period. The family had moved into Pellow from another area shortly before. The review was published "
     "in March 2018 and focused on how information followed the family and on the voice of the children.")
SIB_B = [
    dict(n="1", text="Children's social care should request the full case file, not only a transfer summary, "
                     "whenever a family with an open child protection or child in need plan moves into Pellow.",
         lead="Pellow Children's Social Care",
         bodies=[("Pellow Children's Social Care", "childrens_social_care")],
         status="Complete", gold_status="completed",
         why="The review found that the receiving team relied on a two-page summary and did not know that "
             "the older boy had made an earlier disclosure in the previous area.",
         action="The transfer-in procedure now requires the receiving team manager to obtain and read the full "
                "file within ten working days. This was in place from January 2018 and is checked monthly."),
    dict(n="2", text="Schools should ensure that records of safeguarding concerns transfer with a pupil within "
                     "five school days of the pupil starting at the new school.",
         lead="Pellow Education Safeguarding Team and all schools",
         bodies=[("Pellow Education Safeguarding Team", "education"), ("all schools", "education")],
         status="On track", gold_status="in_progress",
         why="The younger boy's file from his previous school arrived eleven weeks after he started, and the "
             "concerns it recorded were never read by his new teachers.",
         action="Designated safeguarding leads were briefed at the spring forum and a checklist was issued. "
                "The Education Safeguarding Team will audit transfers in the summer term."),
    dict(n="3", text="Kernow Vale Police should ensure that children are spoken to on their own when officers "
                     "attend domestic incidents where children are present.",
         lead="Kernow Vale Police",
         bodies=[("Kernow Vale Police", "police")],
         status="On track", gold_status="in_progress",
         why="Police attended the home four times in two years. On none of those visits did an officer speak "
             "to either boy without their father present.",
         action="Kernow Vale Police have added a \u2018voice of the child\u2019 question to the domestic abuse "
                "attendance form and are training response officers; 60% had been trained by March 2018."),
]
for r in SIB_B:
    rec_frame(r["n"], r["text"], r["lead"], r["status"])
    b.raw(P([R("Why it matters: ", b=True, color=PLUM), R(r["why"])], after=120, jc="both"))
    b.raw(P([R(r["action"])], after=120, jc="both"))
    b.raw(P([R("The Case Review sub-group reviewed this action at its March 2018 meeting.", i=True, sz=9.5,
               color="595959")], after=0))
    b.raw(P([R("")], after=480))
    entries.append(dict(scr="Siblings B", number=r["n"], text=r["text"], action=r["action"], bodies=r["bodies"],
                        status=r["gold_status"]))

H2("Baby E")
para("In February 2018 the Independent Chair agreed that the circumstances of Baby E, who suffered a "
     "serious head injury at ten weeks old, met the criteria for a serious case review. The review began in "
     "April 2018 and is expected to be published in the new partnership's first year.")

H("Looking ahead: 2018-19", pb=False)
para("From 2019 serious case reviews will be replaced by local child safeguarding practice reviews, "
     "commissioned by the new Pellow Safeguarding Children Partnership. Outstanding SCR actions will transfer "
     "to the partnership's Practice Review Group, so that nothing is lost in the change.")
for t in ["Embed the neglect screening tool and measure its impact on early help referrals.",
          "Launch the new safeguarding partnership arrangements by September 2019.",
          "Improve the quality of child protection plans following the audit findings."]:
    b.p(t, style="List Bullet")

b.save(OUT / f"{NAME}.docx")
write_gold(OUT / f"{NAME}.gold.json", NAME, LSCB, "2017-18",
           [("Child Q", "published"), ("Siblings B", "published"), ("Baby E", "initiated")], entries, MECH)
