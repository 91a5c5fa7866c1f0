"""Dunmere Safeguarding Children Partnership, annual report 2020-21.

Another author: a partnership report written in the pandemic year, organised around "what we
said we would do / what we did / what difference it made", with a RAG-rated table of
partnership priorities (NOT entries). Shape under test: ONE LCSPR ("Child E") published in
the year, but the report gives only its themes and says "An action plan has been agreed and
progress will be reported next year": SCRs reported, no recommendations, no actions, so no
entries and the verdict is does_not_meet. The report does describe who will monitor the plan
(monitoring_mechanism true, which does not change the verdict). Distractors: three rapid reviews
that did not lead to an LCSPR (with learning phrased "should"), a case the National Panel took
into a national review, the Independent Scrutineer's recommendations, an Ofsted focused visit.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table, partnership_wording
import filler

NAME = "dunmere-2020-21"
AREA = "Dunmere"
BOARD = "Dunmere Safeguarding Children Partnership"
YEAR = "2020-21"
SEED = 2120

MONITORING = (
    "The Practice Review Group will track each action in the Child E plan and report progress, "
    "with a RAG rating, to the safeguarding partners' executive every quarter"
)


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR)
    g.scr("Child E", "published")
    return g.dump(MONITORING)


def _scrutineer() -> list:
    return [
        Heading("A message from our Independent Scrutineer", 1),
        Para("This report covers a year that nobody who works with children will forget. The first national "
             "lockdown began a week before the year started, and for most of the twelve months that followed "
             "schools were open only to some children, face-to-face contact was rationed, and many of the "
             "usual routes by which concerns reach professionals were closed."),
        Para("My role is to ask whether the three safeguarding partners - Dunmere Council, NHS Dunmere CCG "
             "and Kelderfield Police - are working together well, and whether they know it. My overall "
             "judgement is that they are, and that relationships held up under pressure. I have made four "
             "recommendations to the partners for 2021-22:"),
        Bullets([
            "the partners should publish a short, plain-language version of this report for children and "
            "families;",
            "the executive should receive performance data from schools and early years settings, not only "
            "from the three statutory partners;",
            "the partnership should test, through audit, whether the changes made during the pandemic are "
            "safe to keep;",
            "it is recommended that the partners review the funding formula, which has not changed since 2016.",
        ]),
        Para("Anne-Marie Tollgate, Independent Scrutineer", italic=True),
    ]


def _covid() -> list:
    return [
        Heading("Keeping children safe in the pandemic", 1),
        Para("From April 2020 the partners met weekly as a Covid-19 safeguarding cell. The cell kept a single "
             "list of vulnerable children who were not in school and made sure that each one had a named "
             "professional in contact with them. At the peak, in May 2020, the list held 1,140 children; by "
             "March 2021 it had fallen to 310."),
        Para("Referrals to children's social care fell by 38 per cent in the first lockdown and then rose "
             "sharply in September, when schools returned. Health visitors moved to video contacts for most "
             "families but kept face-to-face visits for new births and for every child on a protection plan. "
             "Police attended more domestic abuse incidents than in any previous year."),
        Table(["Month", "Referrals to children's social care", "Domestic abuse incidents with children present"], [
            ["April 2020", "302", "211"],
            ["July 2020", "388", "246"],
            ["October 2020", "561", "229"],
            ["January 2021", "447", "238"],
            ["March 2021", "530", "219"],
        ], caption="Referrals and domestic abuse incidents during the pandemic"),
        Para("Ofsted carried out a focused visit to Dunmere's children's services in November 2020. Inspectors "
             "found that children had been kept safe during the pandemic. They identified two areas for "
             "improvement: managers should make sure that supervision records show the reasons for decisions, "
             "and the quality of return home interviews for children who go missing should improve."),
    ]


def _priorities() -> list:
    return [
        Heading("Our priorities: how did we do?", 1),
        Para("The partnership set three priorities in its 2019 arrangements. The table shows our own rating "
             "of progress at March 2021: Green - on track; Amber - some delay; Red - significant delay."),
        Table(["Priority", "What we said we would do", "What we did", "RAG"], [
            ["Neglect", "Roll out Graded Care Profile 2 to all agencies",
             "213 practitioners trained; GCP2 used in 41 per cent of neglect assessments", "Amber"],
            ["Exploitation", "Set up a single exploitation hub covering CSE, county lines and missing children",
             "Hub opened in October 2020 with police, social care and youth justice staff", "Green"],
            ["Early help", "Publish a new early help strategy with a shared assessment",
             "Strategy delayed by the pandemic; draft out for consultation", "Red"],
            ["Learning culture", "Make sure learning from reviews reaches front-line staff",
             "Seven-minute briefings issued after every rapid review; two online learning events", "Green"],
        ], caption="Partnership priorities 2019-21: progress"),
    ]


def _reviews() -> list:
    return [
        Heading("Learning from serious incidents", 1),
        Para("When a child dies or is seriously harmed and abuse or neglect is known or suspected, the council "
             "must notify the national Child Safeguarding Practice Review Panel within five working days. The "
             "partners then hold a rapid review, usually within fifteen working days, to decide whether a local "
             "child safeguarding practice review (LCSPR) is needed."),
        Para("Dunmere notified the National Panel of three serious incidents in 2020-21. A rapid review was "
             "held for each of them. In each case the partners decided that the learning was already known "
             "or could be taken forward without a full review, and the National Panel agreed. None of the "
             "three led to an LCSPR."),
        Table(["Rapid review", "Month", "Decision", "Learning"], [
            ["Infant, serious head injury", "June 2020", "No LCSPR",
             "Practitioners should ask who else cares for the baby, and professionals should not rely on "
             "a single parent's account of the household."],
            ["Teenager, stabbing", "September 2020", "No LCSPR; referred to national review",
             "Schools and youth justice should share information when a pupil is excluded and is known "
             "to be at risk of exploitation."],
            ["Child aged 3, neglect", "February 2021", "No LCSPR",
             "It is recommended that health visitors escalate when a family repeatedly cancels contacts."],
        ], caption="Rapid reviews 2020-21"),
        Para("The second rapid review was also referred by the National Panel into its national thematic "
             "review of the criminal exploitation of adolescents, and Dunmere practitioners took part in the "
             "Panel's practitioner events. The national review will be published by the Panel, not by us."),
        Heading("Child E", 2),
        Para("We published one local child safeguarding practice review this year. Child E was a four-year-old "
             "who suffered serious injuries at home in 2019; the review began in January 2020, was delayed by "
             "the pandemic, and was published in December 2020."),
        Para("The review identified the following themes:"),
        Bullets([
            "the invisibility of a new adult male in the household;",
            "the effect of frequent changes of social worker on the family's willingness to engage;",
            "missed opportunities to share information when the family moved between GP practices;",
            "the limits of telephone contact as a way of understanding a young child's lived experience.",
        ]),
        Para("The review made five recommendations, which are set out in the published report on our website. "
             "An action plan has been agreed and progress will be reported next year."),
        Para(MONITORING + "."),
    ]


def _own_generic() -> list:
    return [
        Heading("Children's online lives", 1),
        Para("With schools closed, children spent much more of their day online. Reports to the police of "
             "online grooming rose from 48 to 79 and self-generated indecent images were a feature of many "
             "of them. The partnership commissioned a short online safety course for parents, delivered "
             "through schools' virtual parents' evenings, and 1,420 parents watched at least part of it."),
        Heading("What young people told us", 1),
        Para("Our youth forum met online nine times. Young people told us that lockdown was hardest for those "
             "without their own space or a reliable internet connection, and that they wanted to hear from "
             "professionals by text or message rather than by phone call. Children's social care changed its "
             "contact policy as a result."),
        Heading("The safeguarding partners' budget", 1),
        Para("The three partners agreed to hold contributions at the 2019-20 level. Underspends on venues and "
             "travel were used to fund online training licences and the exploitation hub coordinator post."),
    ]


CTX = filler.Ctx(area=AREA, board=BOARD, short="DSCP", period=YEAR, seed=SEED, partnership=True,
                 council="Dunmere Council", police="Kelderfield Police", ccg="NHS Dunmere CCG",
                 acute_trust="Dunmere University Hospitals NHS Trust",
                 community_trust="Dunmere and Kelder Community NHS Trust")


def _g(*sections) -> list:
    return partnership_wording(filler.sections(CTX, *sections))


def build() -> ReportSpec:
    blocks: list = []
    blocks += _scrutineer() + [PageBreak()]
    blocks += _g("introduction", "governance", "area_profile", "membership")
    blocks += _covid() + _priorities() + [PageBreak()]
    blocks += _reviews() + [PageBreak()]
    blocks += _g("early_help", "performance", "training", "cse_missing")
    blocks += _own_generic()[:4] + _g("lado", "cdop", "private_fostering", "voice_of_child")
    blocks += _own_generic()[4:] + _g("budget", "subgroups")
    blocks += [PageBreak()] + _g("glossary")
    return ReportSpec(
        name=NAME,
        title="Dunmere Safeguarding Children Partnership - Annual Report April 2020 to March 2021",
        running_header="DSCP Annual Report 2020/21",
        blocks=blocks,
        gold=_gold(),
        published="Published October 2021",
    )
