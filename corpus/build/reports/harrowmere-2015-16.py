"""Harrowmere Local Safeguarding Children Board annual report 2015-16 (HELD ASIDE).

SCR layout: a joint SCR with the neighbouring Dunmarsh board (Family M, published), given as
"Recommendation N:" paragraphs each followed by a paragraph beginning "Update:" or
"Progress to date:", with the status (when given) as words at the end of that paragraph.
A second SCR (Child P) was commissioned. Distractors: a domestic homicide review with its
own "Recommendation N:" / "Update:" pairs, and peer review recommendations.
"""
import filler
from blocks import Bullets, Heading, PageBreak, Para, ReportSpec, Table, body, entry, gold

NAME = "harrowmere-2015-16"
BOARD = "Harrowmere Local Safeguarding Children Board"

# (text, label, action or None, closing words, bodies, status, due)
FAMILY_M = [
    ("Harrowmere LSCB and Dunmarsh Safeguarding Children Board should agree a protocol for the transfer of child protection "
     "cases when families move between the two areas, including a joint transfer-in conference.",
     "Update:", "A cross-border transfer protocol was signed by both Boards in September 2015 and has been used in eleven transfers since then.",
     "This recommendation is complete.",
     [body("Harrowmere LSCB", "lscb"), body("Dunmarsh Safeguarding Children Board", "lscb")], "completed", None),
    ("Health visiting services in both areas should ensure that records are transferred within ten working days when a family "
     "moves, and that the receiving health visitor makes contact within a further ten days.",
     "Progress to date:", "Harrowmere Community Healthcare has amended its standard operating procedure for record transfers. An audit "
     "of 40 transfers between October and December 2015 found that 34 were completed within the target.",
     "Status: ongoing.",
     [body("Health visiting services", "health"), body("Harrowmere Community Healthcare", "health")], "in_progress", None),
    ("Harrowmere Police should ensure that intelligence about adults who pose a risk to children is shared with the receiving "
     "force when the adult moves to another force area.",
     "Update:", "The Public Protection Unit has agreed a notification process with Dunmarsh Police, and the force intelligence "
     "system now flags individuals who pose a risk to children when they move out of the area.",
     "Complete.",
     [body("Harrowmere Police", "police"), body("The Public Protection Unit", "police")], "completed", None),
    ("Children's Social Care in both authorities should ensure that child protection plans for families who are known to move "
     "frequently include a contingency plan for what will happen if the family leaves the area.",
     "Progress to date:", "Harrowmere Children's Services has added a family mobility section to the child protection plan "
     "template, and Dunmarsh has told the panel that it is making a similar change.",
     "",
     [body("Children's Social Care", "childrens_social_care"), body("Harrowmere Children's Services", "childrens_social_care")],
     "unknown", None),
    ("Schools should ensure that when a child leaves without a known destination, a referral is made to the Children Missing "
     "Education officer on the same day.",
     "Update:", "Guidance was reissued to all Harrowmere schools in the summer term, and the Education Welfare Service is "
     "monitoring referrals: 52 children missing education were referred in 2015-16, compared with 19 in the previous year.",
     "On track.",
     [body("Schools", "education"), body("Education Welfare Service", "education")], "in_progress", None),
    ("The GP practices involved should review their arrangements for identifying and following up children who are not "
     "brought to health appointments.",
     "Update:", None, "The two clinical commissioning groups have not yet reported on this recommendation.",
     [body("The GP practices involved", "health")], "unknown", None),
    ("Both Boards should commission multi-agency training on working with families who are hostile to professionals or "
     "who avoid contact with them.",
     "Progress to date:", "Three joint sessions were delivered in January and February 2016 to 87 practitioners from both "
     "areas, and the course is now part of the Harrowmere LSCB training programme.",
     "Completed.",
     [body("Both Boards", "lscb")], "completed", None),
    ("Harrowmere LSCB should seek assurance within twelve months that the learning from this review has been embedded in "
     "practice.",
     "Update:", "A multi-agency audit of cross-border cases will take place by June 2016 and will report to the Board in September 2016.",
     "Not yet started.",
     [body("Harrowmere LSCB", "lscb")], "not_started", "2016-06"),
]

MECHANISM = ("Implementation of the Family M action plan is overseen by a joint Serious Case Review Panel with members from "
             "both Boards, which meets quarterly to check progress against each recommendation and sends an exception report "
             "to each Board where actions are overdue.")


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Harrowmere", board=BOARD, short="HLSCB", period="2015-16", seed=23,
                     council="Harrowmere Metropolitan Borough Council", police="Harrowmere Police",
                     ccg="NHS Harrowmere CCG", community_trust="Harrowmere Community Healthcare NHS Trust",
                     chair="Frances Adeyemi")
    b: list = []
    b += filler.foreword(ctx)
    b += filler.introduction(ctx)
    b.append(PageBreak())
    b += filler.area_profile(ctx)
    b += filler.governance(ctx)
    b += filler.membership(ctx)
    b += filler.subgroups(ctx)
    b.append(PageBreak())

    entries = []
    b += [
        Heading("Learning from Case Reviews", 1),
        Para("Harrowmere LSCB published one serious case review during 2015-16, which was carried out jointly with Dunmarsh "
             "Safeguarding Children Board, and commissioned a second review in the final month of the year."),
        Heading("Family M (joint review with Dunmarsh SCB)", 2),
        Para("Family M had five children and moved eight times between Harrowmere and Dunmarsh over four years. The youngest "
             "child was seriously injured in 2014 while the family was living in temporary accommodation. Because agencies in "
             "both areas had been involved, the two Chairs agreed to carry out a single joint review, led by two independent "
             "reviewers. The overview report was published on both Boards' websites in November 2015."),
        Para("The review found that each move meant that the family's history was lost: records arrived late or not at all, "
             "child protection plans were restarted rather than continued, and no single professional held the whole picture. "
             "The reviewers also found that the children were rarely seen on their own."),
        Para(MECHANISM),
        Para("The review made eight recommendations, which are set out below with the progress reported to the panel at its "
             "March 2016 meeting."),
    ]
    for i, (text, label, action, closing, bodies, status, due) in enumerate(FAMILY_M, 1):
        b.append(Para(f"Recommendation {i}: {text}", bold=False))
        update = " ".join(x for x in (label, action, closing) if x)
        b.append(Para(update))
        entries.append(entry(NAME, i, "Family M", str(i), text, action, bodies, status, due))
    b += [
        Heading("Child P", 2),
        Para("In March 2016 the Independent Chair agreed, on the advice of the Case Review Sub-group, to commission a serious "
             "case review in respect of Child P, a baby who suffered a serious head injury at the age of ten weeks. An independent "
             "lead reviewer has been appointed and the review is expected to report in the autumn of 2016."),
        Heading("Domestic Homicide Review: Ms R", 2),
        Para("The Harrowmere Community Safety Partnership completed a domestic homicide review following the death of Ms R, the "
             "mother of two teenage children, in 2014. The Board was represented on the DHR panel. The recommendations below "
             "belong to the Community Safety Partnership's action plan; they are reported here because of their relevance to "
             "children's services."),
        Para("Recommendation 1: Harrowmere Police should ensure that the children of a domestic abuse victim are spoken to "
             "separately when officers attend a repeat incident."),
        Para("Update: a new briefing for response officers was issued in January 2016."),
        Para("Recommendation 2: The MARAC should review its information-sharing arrangements with schools attended by the "
             "children of high-risk victims."),
        Para("Update: schools now receive a notification after every MARAC meeting where a pupil is affected."),
        Para("Recommendation 3: The Community Safety Partnership should commission a support service for children and young "
             "people affected by domestic abuse."),
        Para("Progress to date: a tender will be issued in 2016-17."),
    ]
    b += filler.training(ctx)
    b += filler.performance(ctx)
    b += [
        Heading("Peer review", 2),
        Para("In October 2015 the Board invited a peer review team from the regional network of LSCBs. The team found a "
             "well-attended Board with a strong focus on learning. It recommended that the Board should:"),
        Bullets([
            "sharpen its business plan so that each priority has measurable outcomes;",
            "involve front-line practitioners more directly in its quality assurance work;",
            "consider joining its child death overview panel with Dunmarsh to increase the number of cases reviewed;",
            "make more use of the views of children and families in judging the effectiveness of services.",
        ]),
        Para("An action plan responding to the peer review was agreed in December 2015."),
    ]
    b += filler.cdop(ctx)
    b += filler.lado(ctx)
    b += filler.cse_missing(ctx)
    b += filler.private_fostering(ctx)
    b += filler.budget(ctx)
    b += filler.glossary(ctx)
    g = gold(NAME, BOARD, "2015-16", [("Family M", "published"), ("Child P", "initiated")], entries, MECHANISM)
    return ReportSpec(name=NAME, title="Harrowmere LSCB Annual Report 2015/16", board=BOARD,
                      running_header="Harrowmere Local Safeguarding Children Board - Annual Report 2015/16",
                      blocks=b, gold=g, published="Published July 2016")
