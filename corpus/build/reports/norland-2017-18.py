"""Norland Local Safeguarding Children Board, annual report 2017-18 (invented area).

Shape under test: ACTION PRESENCE in prose, and the ABSENCE of a monitoring mechanism.
Two published SCRs: Child H ("Recommendation N:" paragraphs, each followed by a "Response:"
paragraph) and Young Person K (a numbered list, then a "Progress" section of paragraphs that
start "On recommendation N,"). Responses mix real actions ("Police have introduced ...") with
non-actions that the guidelines give action null: "No action has been possible yet because ...",
"This is scheduled for review in the autumn.", "Agencies have been asked to respond by June.",
"Work on this has not started ...", "A response from the provider is awaited.". Status only
where the report says it (complete / embedded -> completed; "has not started" / "No action has
been possible yet" -> not_started), else unknown. NO monitoring mechanism for SCR actions is
described; monitoring of other things is ("The Board monitors the number of children subject to
a plan ...", the Community Safety Partnership monitors the DHR action plan), so
monitoring_mechanism is false and the verdict partly_meets. Distractors: a DHR with "should"
recommendations, Ofsted inspection recommendations, business plan priorities.
"""
from __future__ import annotations

from blocks import ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body
import filler

NAME = "norland-2017-18"
AREA = "Norland"
BOARD = "Norland Local Safeguarding Children Board"
YEAR = "2017-18"
SEED = 88231

LSCB = body("the LSCB", "lscb")

# Child H: (number, recommendation, response paragraph, action span or None, bodies, status, due)
H_RESPONSE_1 = ("No action has been possible yet because the regional child protection procedures are being "
                "rewritten, and the concealed pregnancy chapter will be replaced as part of that work in 2018.")
H_ACTION_2 = ("Police have introduced a mandatory 'children present' field on the domestic abuse risk form, and "
              "since October 2017 every incident involving a child has been triaged by the MASH the next working "
              "day.")
H_RESPONSE_3 = "This is scheduled for review in the autumn."
H_ACTION_4 = ("A pre-birth pathway setting the 20-week standard was agreed by Norland County Council Children's "
              "Services in June 2017.")
H_RESPONSE_5 = "Agencies have been asked to respond by June."

CHILD_H = [
    ("1", "The LSCB should revise the multi-agency procedures on concealed and denied pregnancy so that they "
          "describe what each agency must do when a pregnancy is discovered late.",
     H_RESPONSE_1, None, [LSCB], "not_started", None),
    ("2", "Norland Police should make sure that officers attending a domestic incident record whether children "
          "live at the address and share that information with the MASH.",
     H_ACTION_2 + " The Public Protection Unit checks a sample of forms each month.", H_ACTION_2,
     [body("Norland Police", "police")], "unknown", None),
    ("3", "Norland Clinical Commissioning Group should make sure that GPs are told when a pregnant woman misses "
          "two or more antenatal appointments.",
     H_RESPONSE_3, None, [body("Norland Clinical Commissioning Group", "health")], "unknown", None),
    ("4", "Children's social care should start every pre-birth assessment no later than the 20th week of "
          "pregnancy.",
     H_ACTION_4 + " This recommendation is complete.", H_ACTION_4,
     [body("Children's social care", "childrens_social_care")], "completed", None),
    ("5", "All agencies should check that their staff know how to escalate a concern when they disagree with "
          "the decision of another agency.",
     H_RESPONSE_5, None, [ALL_AGENCIES], "unknown", "2018-06"),
]

# Young Person K: (number, recommendation, progress paragraph, action span or None, bodies, status)
K_ACTION_1 = ("Norland Youth Offending Service now screens every young person for signs of criminal exploitation "
              "at the first appointment, using the regional screening tool.")
K_ACTION_2 = ("The education welfare service has written to all schools and the Pupil Referral Unit, and a "
              "notification route to the missing children co-ordinator went live in January 2018.")
K_RESPONSE_3 = ("Work on this has not started; the lead officer left in December and a replacement is being "
                "recruited.")
K_RESPONSE_4 = "A response from the provider is awaited."
K_ACTION_5 = ("Two workshops on contextual safeguarding were held in February 2018, and 140 practitioners from "
              "eleven agencies attended.")
K_ACTION_6 = ("Norland County Council Children's Services has introduced a placement stability meeting after the "
              "third missing episode in a month.")

YOUNG_PERSON_K = [
    ("1", "The Youth Offending Service should screen young people for criminal exploitation at the start of "
          "every order.",
     "On recommendation 1, " + K_ACTION_1, K_ACTION_1,
     [body("Youth Offending Service", "probation_youth_justice")], "unknown"),
    ("2", "Schools and the Pupil Referral Unit should tell the missing children co-ordinator whenever a pupil "
          "on a reduced timetable has not been seen for two school days.",
     "On recommendation 2, " + K_ACTION_2 + " This is complete.", K_ACTION_2,
     [body("Schools", "education"), body("the Pupil Referral Unit", "education"),
      body("The education welfare service", "education")], "completed"),
    ("3", "Norland Police and children's social care should agree a joint protocol for young people who are "
          "found with drugs in another police force area.",
     "On recommendation 3, " + K_RESPONSE_3, None,
     [body("Norland Police", "police"), body("children's social care", "childrens_social_care")], "not_started"),
    ("4", "The child and adolescent mental health service should offer appointments to young people in places "
          "other than the clinic.",
     "On recommendation 4, " + K_RESPONSE_4, None,
     [body("The child and adolescent mental health service", "health")], "unknown"),
    ("5", "The LSCB should commission training on contextual safeguarding for practitioners who work with "
          "adolescents.",
     "On recommendation 5, " + K_ACTION_5, K_ACTION_5, [LSCB], "unknown"),
    ("6", "Children's social care should review a young person's placement when they go missing three times in "
          "a month.",
     "On recommendation 6, " + K_ACTION_6 + " This is now embedded in practice.", K_ACTION_6,
     [body("Norland County Council Children's Services", "childrens_social_care")], "completed"),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child H", "published")
    g.scr("Young Person K", "published")
    for num, text, _resp, action, bodies, status, due in CHILD_H:
        g.rec("Child H", num, text, action, bodies, status, due)
    for num, text, _prog, action, bodies, status in YOUNG_PERSON_K:
        g.rec("Young Person K", num, text, action, bodies, status)
    return g.dump(None)


def _scrs() -> list:
    out = [
        Heading("Serious case reviews", 1),
        Para("Two serious case reviews were published by the Board in 2017/18. No new serious case review was "
             "started during the year: the Board's case review panel considered three referrals and decided that "
             "none met the criteria, although one became a single-agency learning exercise for health."),
        Heading("Child H", 2),
        Para("Child H was born at home to a mother who had concealed her pregnancy. The baby was found to have "
             "serious injuries at six weeks old. The review was led by an independent reviewer and published in "
             "September 2017. Its recommendations, and the Board's response to each, are set out below."),
    ]
    for num, text, resp, *_ in CHILD_H:
        out.append(Para(f"Recommendation {num}: {text}", bold=True))
        out.append(Para(f"Response: {resp}"))
    out += [
        Heading("Young Person K", 2),
        Para("K was 16 when he was stabbed in a neighbouring city, where he had been taken to sell drugs. He "
             "survived his injuries. He had been missing from his foster placement eleven times in the three "
             "months before the attack. The review was published in March 2018 and made six recommendations:"),
        Bullets([t for _n, t, *_ in YOUNG_PERSON_K], numbered=True),
        Heading("Progress", 3),
        Para("The review was published late in the year, so some partners have only just started work on it."),
    ]
    out += [Para(prog) for _n, _t, prog, *_ in YOUNG_PERSON_K]
    return out


def _distractors() -> list:
    return [
        Heading("Domestic homicide review: Adult F", 1),
        Para("In 2017 the Norland Community Safety Partnership published a domestic homicide review following the "
             "death of a woman, Adult F, who was killed by her former partner. Two of her children were living "
             "with her at the time. The review recommended that:"),
        Bullets([
            "GP practices should ask about domestic abuse when a patient presents with anxiety or depression;",
            "the MARAC should review its threshold for repeat referrals;",
            "the Board should include the impact of coercive control on children in its training programme.",
        ]),
        Para("The Community Safety Partnership monitors the DHR action plan, and the Board will receive a summary "
             "once it is complete."),
        Heading("Ofsted inspection of children's services", 1),
        Para("Ofsted inspected services for children in need of help and protection, children looked after and "
             "care leavers in January 2018. Services were judged to require improvement to be good. The "
             "inspectors recommended that the local authority should:"),
        Bullets([
            "improve the timeliness of initial child protection conferences;",
            "make sure that the written plans of children in need are specific and measurable;",
            "strengthen management oversight of the work of the out-of-hours service.",
        ], numbered=True),
        Para("Norland County Council has prepared an improvement plan in response, which the Board will scrutinise "
             "at its June meeting."),
        Heading("Children subject to a plan", 2),
        Para("The Board monitors the number of children subject to a child protection plan and the proportion who "
             "become subject to a plan for a second time. At 31 March 2018 there were 412 children on a plan; 19% "
             "were on a plan for a second or later time, above the national average of 18.7%."),
        Heading("Our priorities for 2018/19", 1),
        Table(["Priority", "What we will do", "Lead"], [
            ["Neglect", "Roll out the graded care profile to all health visitors and school nurses.", "Health"],
            ["Exploitation", "Agree a single exploitation screening tool across agencies.", "Police / YOS"],
            ["New arrangements", "Publish the local safeguarding partnership arrangements by June 2019.",
             "Three safeguarding partners"],
        ], caption="Business plan priorities"),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="NLSCB", period=YEAR, seed=SEED,
                 council="Norland County Council", police="Norland Police",
                 ccg="Norland Clinical Commissioning Group")


def build() -> ReportSpec:
    c = CTX
    blocks: list = []
    blocks += filler.foreword(c) + [PageBreak()]
    blocks += filler.sections(c, "introduction", "governance", "membership") + [PageBreak()]
    blocks += filler.sections(c, "area_profile", "budget", "training") + [PageBreak()]
    blocks += _scrs() + [PageBreak()]
    blocks += _distractors()
    blocks += filler.sections(c, "cdop", "lado", "private_fostering", "cse_missing", "voice_of_child")
    blocks += [PageBreak()] + filler.glossary(c)
    return ReportSpec(
        name=NAME,
        title="Norland Local Safeguarding Children Board Annual Report 2017-18",
        running_header="Norland LSCB | Annual Report 2017-18",
        blocks=blocks,
        gold=_gold(),
        board=BOARD,
        published="Published November 2018",
    )
