"""Oakwold Safeguarding Children Board annual report 2014-15 (DOCX, PDF and TXT).

SCR layout: the Baby Z review (published) is reported as BULLET LISTS of actions taken,
without the recommendations: each bullet is an entry with text null and the action filled,
bodies taken from the sentence (one bullet names nobody). A short list of learning themes
precedes them; themes are not recommendations. Distractors: bullet lists of actions in the same
style after a multi-agency neglect audit and from the CDOP, and the business plan.
"""
import filler
from blocks import Bullets, Heading, PageBreak, Para, ReportSpec, Table, body, entry, gold

NAME = "oakwold-2014-15"
BOARD = "Oakwold Safeguarding Children Board"

# (action, suffix, bodies, status)
BABY_Z_HEALTH = [
    ("Oakwold Hospitals NHS Trust has introduced a discharge checklist for midwives to record who will be caring for the baby "
     "at home, including any new partner of the mother", " (complete).",
     [body("Oakwold Hospitals NHS Trust", "health")], "completed"),
    ("Health visitors now visit every family whose baby has been discharged from the neonatal unit within 48 hours, rather "
     "than at the usual new birth visit at ten to fourteen days", ".",
     [body("Health visitors", "health")], "unknown"),
    ("GP practices have been sent guidance on recording the details of men who join a household where there is a baby, and "
     "the CCG has added a template to the practice clinical system", ".",
     [body("GP practices", "health"), body("the CCG", "health")], "unknown"),
]
BABY_Z_OTHER = [
    ("Children's Social Care has revised its pre-birth assessment procedure so that the history of any adult joining the "
     "household is checked with the police and probation", " (complete).",
     [body("Children's Social Care", "childrens_social_care")], "completed"),
    ("The police public protection unit has agreed to share information about domestic abuse call-outs involving pregnant "
     "women with the safeguarding midwives within one working day", ".",
     [body("The police public protection unit", "police")], "unknown"),
    ("The Community Rehabilitation Company now asks offenders at every supervision whether they are living with or caring "
     "for children, and tells children's social care about any change", ".",
     [body("The Community Rehabilitation Company", "probation_youth_justice")], "unknown"),
    ("The Housing Options team now informs children's social care whenever a family with a baby is placed in bed and "
     "breakfast accommodation", " - this is in place but is still being embedded.",
     [body("The Housing Options team", "housing")], "in_progress"),
    ("A seven-minute briefing on the review was circulated to 1,450 staff, and the learning has been built into the "
     "Level 3 multi-agency course", ".", [], "unknown"),
]

MECHANISM = ("The Case Review Group has tracked each action to completion, and in March 2015 a multi-agency audit of 15 cases "
             "involving babies tested whether the changes were making a difference to practice.")


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Oakwold", board=BOARD, short="OSCB", period="2014-15", seed=88,
                     council="Oakwold District Council", police="Oakwold Police", ccg="NHS Oakwold CCG",
                     acute_trust="Oakwold Hospitals NHS Trust", chair="Janet Pryce-Holloway")
    b: list = []
    b += filler.foreword(ctx)
    b += filler.introduction(ctx)
    b += filler.area_profile(ctx)
    b += filler.governance(ctx)
    b += filler.membership(ctx)
    b += filler.budget(ctx)
    b += filler.early_help(ctx)
    b += filler.performance(ctx)
    b += [
        Heading("Multi-agency audit of neglect", 2),
        Para("Following the audit of twelve neglect cases in the autumn, partners agreed these actions:"),
        Bullets([
            "Children's Social Care has introduced a neglect screening tool for use at the point of referral.",
            "Health visitors now complete a home conditions assessment at every core contact where neglect is suspected.",
            "Schools have been asked to nominate a neglect champion to attend a termly network meeting.",
            "The police have agreed to photograph home conditions at domestic incidents where children live in neglectful circumstances.",
        ]),
    ]
    b.append(PageBreak())
    b += [
        Heading("Serious Case Reviews", 1),
        Para("The Board published one serious case review in 2014-15, concerning Baby Z. No new reviews were started during "
             "the year."),
        Para("Baby Z was eleven weeks old when she died from head injuries. Her mother's new partner, who had convictions for "
             "violence against a previous partner and her children, had moved into the household shortly after the birth. The "
             "review was published in January 2015 following the conclusion of the criminal trial."),
        Heading("What the review told us", 2),
        Para("The review identified four themes for the partnership:"),
        Bullets([
            "the 'invisible man': professionals focused on the mother and did not ask who else lived in or visited the home;",
            "information held by probation and the police about the partner was not known to health staff;",
            "the early weeks after discharge from the neonatal unit are a time of high stress and high risk;",
            "practitioners were too ready to accept reassurance from the mother that all was well.",
        ]),
        Heading("What has changed", 2),
        Para("The review's action plan was agreed by the Board in February 2015. The following actions have been taken by "
             "health partners:"),
        Bullets([a + s for a, s, _, _ in BABY_Z_HEALTH]),
        Para("Other agencies have made these changes:"),
        Bullets([a + s for a, s, _, _ in BABY_Z_OTHER]),
        Para(MECHANISM),
    ]
    b += filler.subgroups(ctx)
    b += filler.training(ctx)
    b += filler.cdop(ctx)
    b += [
        Para("Actions taken by partners in response to the panel's findings this year:"),
        Bullets([
            "Midwives now give every family a safer sleep leaflet and discuss it before discharge.",
            "Children's centres have run safer sleep sessions for parents of babies under six months.",
            "The CCG has funded a stop smoking advisor based in the antenatal clinic.",
        ]),
    ]
    b += filler.lado(ctx)
    b += filler.private_fostering(ctx)
    b += filler.cse_missing(ctx)
    b += [
        Heading("Business plan 2015-16", 1),
        Table(["Priority", "Outcome we want", "Lead group"], [
            ["Neglect", "Neglect is recognised earlier and the response is consistent across agencies", "Neglect Task Group"],
            ["Child sexual exploitation", "Young people at risk are identified and protected; perpetrators are disrupted", "CSE Sub-group"],
            ["Babies and very young children", "Pre-birth and post-natal assessments consider all adults in the household", "Case Review Group"],
            ["Learning and improvement", "Learning from reviews and audits is shown to change practice", "QA Sub-group"],
        ]),
    ]
    b += filler.glossary(ctx)

    actions = BABY_Z_HEALTH + BABY_Z_OTHER
    entries = [entry(NAME, i, "Baby Z", None, None, a, bodies, status)
               for i, (a, _, bodies, status) in enumerate(actions, 1)]
    g = gold(NAME, BOARD, "2014-15", [("Baby Z", "published")], entries, MECHANISM)
    return ReportSpec(name=NAME, title="Oakwold Safeguarding Children Board - Annual Report April 2014 to March 2015",
                      running_header="OSCB Annual Report 2014-15", blocks=b, gold=g, extra_formats=("txt",))
