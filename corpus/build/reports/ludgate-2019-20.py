"""Ludgate Safeguarding Children Partnership, annual report 2019-20 (invented area).

Shape under test: an LCSPR ("Child Rowan", a pseudonym) whose recommendations are unnumbered
bullets under "The review asked the partnership to:", followed by a table "Learning | What we
have done | Who | Impact so far" whose rows match the bullets BY ORDER only (the Learning cell
is a short label); the gold has one entry per bullet with the row's action and bodies merged.
One row says "Not yet started" (action null, status not_started), one has "To be agreed" in
Who (no bodies); otherwise no status is given (unknown). A second LCSPR (Child Linden) was
initiated; a legacy SCR (Child Birch) is reported only as "all actions ... completed and signed
off" (counted in scrs, no entries). NO monitoring mechanism is described anywhere, so the
verdict is partly_meets. Distractors: rapid reviews, a thematic neglect audit with "should"
findings, and the national Panel's review recommendations. Extra: html.
"""
from __future__ import annotations

from blocks import (
    ALL_AGENCIES, Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, body,
    partnership_wording,
)
import filler

NAME = "ludgate-2019-20"
AREA = "Ludgate"
BOARD = "Ludgate Safeguarding Children Partnership"
YEAR = "2019-20"
SEED = 60423

NOT_STARTED = "Not yet started"

# Child Rowan: (bullet, learning label, what we have done (None -> NOT_STARTED), who cell, bodies,
#               impact so far, status)
ROWAN = [
    ("make sure that practitioners in every agency understand that a neglected teenager may come across as "
     "defiant or 'streetwise' rather than as a child who needs care;",
     "Neglect of adolescents",
     "An adolescent neglect practice guide was launched in November 2019, and the multi-agency neglect course "
     "now has a half-day module on teenagers.",
     "Ludgate Council Children's Services and the Partnership's training team",
     [body("Ludgate Council Children's Services", "childrens_social_care"),
      body("the Partnership's training team", "lscb")],
     "312 practitioners have attended the new module. Early feedback shows more confidence in naming neglect "
     "in older children.", "unknown"),
    ("strengthen the way schools and the Pupil Referral Unit share information when a pupil moves between "
     "them part way through the school year;",
     "Moves between schools",
     "A transfer protocol was agreed between secondary schools and the Pupil Referral Unit. Safeguarding files "
     "now move within five school days and the receiving designated safeguarding lead must confirm receipt.",
     "Ludgate Education Service and secondary head teachers",
     [body("Ludgate Education Service", "education"), body("secondary head teachers", "education")],
     "All 14 secondary schools have signed the protocol.", "unknown"),
    ("ensure that the Youth Offending Service and children's social care hold one plan for a young person "
     "who is known to both;",
     "One plan",
     "Joint planning meetings are now held for every young person open to both services, and a single plan "
     "template has been added to both case recording systems.",
     "Youth Offending Service; Children's Social Care",
     [body("Youth Offending Service", "probation_youth_justice"),
      body("Children's Social Care", "childrens_social_care")],
     "27 young people have a single plan.", "unknown"),
    ("review how the emergency department identifies and follows up young people who attend repeatedly after "
     "self-harm or intoxication;",
     "Repeat attendance at A&E",
     None,
     "Ludgate Hospitals NHS Foundation Trust",
     [body("Ludgate Hospitals NHS Foundation Trust", "health")],
     "None yet", "not_started"),
    ("test whether the Think Family approach is used when a parent's mental health gets worse;",
     "Think Family",
     "A multi-agency audit of 20 cases in which a parent had a mental health crisis began in February 2020.",
     "To be agreed",
     [],
     "Too early to say", "unknown"),
    ("consider how the wishes and feelings of a young person are recorded when they do not want to engage "
     "with services.",
     "The young person's voice",
     "Recording guidance has been updated in every agency, and members of the Children in Care Council helped "
     "to write it.",
     "All partners",
     [ALL_AGENCIES],
     "A case file audit in 2020-21 will test whether records have improved.", "unknown"),
]


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child Rowan", "published")
    g.scr("Child Linden", "initiated")
    g.scr("Child Birch", "published")
    for text, _label, done, _who, bodies, _impact, status in ROWAN:
        g.rec("Child Rowan", None, text, done, bodies, status)
    return g.dump(None)


def _reviews() -> list:
    rows = [[label, done if done else NOT_STARTED, who, impact]
            for _t, label, done, who, _b, impact, _s in ROWAN]
    return [
        Heading("Learning when things go wrong", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the safeguarding "
             "partners hold a rapid review and decide whether a local child safeguarding practice review is "
             "needed. This year we held five rapid reviews. One led to a review that was commissioned in "
             "February 2020 (Child Linden); the others are summarised below. We also published the review about "
             "Child Rowan, which was commissioned in 2019."),
        Heading("Child Rowan", 2),
        Para("Rowan was 15 when he was found unconscious in a park after drinking alcohol and taking prescription "
             "drugs. He survived but has a lasting brain injury. Rowan's mother had been unwell for several years "
             "and Rowan had been largely looking after himself. He had moved from his secondary school to the "
             "Pupil Referral Unit in the spring term and had been arrested twice for shoplifting."),
        Para("The reviewer found that many professionals knew part of Rowan's story, but nobody saw the whole "
             "of it, and that his behaviour was seen as a choice rather than as a sign of neglect. The review "
             "asked the partnership to:"),
        Bullets([t for t, *_ in ROWAN]),
        Para("The table below shows what has been done about each point, in the same order."),
        Table(["Learning", "What we have done", "Who", "Impact so far"], rows,
              caption="Child Rowan: our response"),
        Heading("Child Linden", 2),
        Para("Child Linden is a girl of nine who was seriously injured by her stepfather. The rapid review was "
             "held in January 2020 and the partners agreed to commission a local child safeguarding practice "
             "review, which will be published in 2020-21."),
        Heading("Child Birch (serious case review)", 2),
        Para("The serious case review about Child Birch was published by the former Ludgate Local Safeguarding "
             "Children Board in 2018. We are pleased to report that all actions from this review have now been "
             "completed and signed off."),
        Heading("Rapid reviews that did not lead to a local review", 2),
        Table(["Rapid review", "Month", "Decision", "Points for partners"], [
            ["Baby E", "May 2019", "No further review: learning already known",
             "Safer sleep messages should be repeated at the six-week check."],
            ["Young Person G", "September 2019", "No further review: Panel agreed",
             "Schools should be told when a pupil is the subject of a missing episode."],
            ["Child T", "November 2019", "No further review: good practice",
             "Share the example of good information sharing through the newsletter."],
        ], caption="Rapid reviews 2019-20"),
    ]


def _audit_and_panel() -> list:
    return [
        Heading("Thematic audit: neglect", 1),
        Para("In the autumn the partners audited 24 cases of children living with neglect. Practice was good in "
             "half of the cases. The audit made the following findings:"),
        Bullets([
            "Chronologies should be started as soon as neglect is suspected, not only when a child protection "
            "plan is made.",
            "Health visitors and school nurses should use the graded care profile in their own assessments.",
            "Core groups should review whether a child's circumstances have actually improved, not only whether "
            "tasks have been done.",
        ], numbered=True),
        Heading("National learning", 1),
        Para("In March 2020 the national Child Safeguarding Practice Review Panel published its first national "
             "review, on children at risk of criminal exploitation. The Panel recommended that safeguarding "
             "partners should make sure exploited children are seen as victims, that they should use a "
             "contextual approach to harm outside the home, and that education should be treated as a "
             "protective factor. These are national recommendations; we will consider them at our development "
             "day in June 2020."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="LSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Ludgate Council", police="Ludgate Police",
                 acute_trust="Ludgate Hospitals NHS Foundation Trust")


def build() -> ReportSpec:
    c = CTX
    f = lambda *parts: partnership_wording([blk for p in parts for blk in p])  # noqa: E731
    blocks: list = []
    blocks += f(filler.foreword(c)) + [PageBreak()]
    blocks += f(filler.introduction(c), filler.governance(c), filler.area_profile(c)) + [PageBreak()]
    blocks += f(filler.budget(c), filler.training(c))
    blocks += _reviews() + [PageBreak()]
    blocks += _audit_and_panel()
    blocks += f(filler.early_help(c), filler.cse_missing(c), filler.cdop(c), filler.lado(c))
    blocks += f(filler.voice_of_child(c)) + [PageBreak()] + f(filler.glossary(c))
    return ReportSpec(
        name=NAME,
        title="Ludgate Safeguarding Children Partnership Annual Report 2019/20",
        running_header="Ludgate Safeguarding Children Partnership - Annual Report 2019/20",
        blocks=blocks,
        gold=_gold(),
        extra_formats=("html",),
        board=BOARD,
        published="Published December 2020",
    )
