"""Generators for the generic (non-SCR) sections of a fictional LSCB annual report.

Every function takes a `Ctx` and returns a `list` of blocks (corpus/build/blocks.py), about
half a page to two pages long. Wording, numbers and table layouts are chosen with a random
generator seeded from (ctx.seed, ctx.area, section), so two reports built with different
seeds or areas do not share sentences, while a rebuild gives the same text.

None of these sections mentions serious case reviews, named children or SCR recommendations,
so they never disturb a report's gold annotation. The case-review section and the distractors
(Ofsted recommendations, DHRs, learning reviews, business plan...) are hand-written per report.

    ctx = filler.Ctx(area="Brackenholt", board="Brackenholt Safeguarding Children Board",
                     short="BSCB", period="2013-14", seed=1, partnership=False)

    filler.foreword(ctx, chair="Margaret Oyelaran") -> list   # Independent Chair's foreword
    filler.introduction(ctx) -> list       # about the board: statutory role, Working Together
    filler.area_profile(ctx) -> list       # population, CIN, CP plans by category, LAC tables
    filler.governance(ctx) -> list         # governance and accountability arrangements
    filler.membership(ctx) -> list         # membership and attendance table
    filler.budget(ctx) -> list             # partner contributions and expenditure tables
    filler.subgroups(ctx) -> list          # reports of the sub-groups
    filler.training(ctx) -> list           # multi-agency training figures
    filler.performance(ctx) -> list        # quality assurance / performance dataset, audits
    filler.cdop(ctx) -> list               # child death overview panel (no recommendations)
    filler.lado(ctx) -> list               # allegations against staff (LADO)
    filler.private_fostering(ctx) -> list  # private fostering
    filler.cse_missing(ctx) -> list        # child sexual exploitation and missing children
    filler.early_help(ctx) -> list         # early help and the front door / MASH
    filler.voice_of_child(ctx) -> list     # participation of children and young people
    filler.glossary(ctx) -> list           # glossary of abbreviations (a table)
    filler.sections(ctx, "lado", "cdop") -> list  # several of the above, in order

`Ctx` options besides the six above (all have defaults derived from `area`): `council`,
`police`, `ccg`, `acute_trust`, `community_trust`, `chair`, `level` (heading level of the
section heading, default 1). With `partnership=True` the wording follows Working Together
2018 (safeguarding partners, the partnership, LCSPR vocabulary kept out of these sections).
"""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from blocks import Bullets, Heading, Para, Table


@dataclass
class Ctx:
    area: str
    board: str
    short: str
    period: str
    seed: int = 1
    partnership: bool = False
    council: str | None = None
    police: str | None = None
    ccg: str | None = None
    acute_trust: str | None = None
    community_trust: str | None = None
    chair: str | None = None
    level: int = 1

    def __post_init__(self):
        rng = random.Random(f"ctx{self.seed}{self.area}")
        self.council = self.council or f"{self.area} {rng.choice(['Borough Council', 'County Council', 'City Council', 'Council'])}"
        self.police = self.police or rng.choice([f"{self.area} Police", f"{self.area} Constabulary"])
        self.ccg = self.ccg or f"{self.area} Clinical Commissioning Group"
        self.acute_trust = self.acute_trust or f"{self.area} {rng.choice(['Hospitals', 'University Hospitals', 'General Hospital'])} NHS Foundation Trust"
        self.community_trust = self.community_trust or f"{self.area} {rng.choice(['Community Health', 'Partnership', 'Care'])} NHS Trust"
        self.chair = self.chair or rng.choice(["Alison Ferraby", "David Okonjo", "Helen Marchbank", "Peter Lindqvist",
                                               "Ruth Calloway", "Graham Eastey", "Sunita Bhardwaj", "Jonathan Peel"])

    @property
    def y0(self) -> int:
        return int(self.period[:4])

    @property
    def y1(self) -> int:
        return self.y0 + 1

    def slash(self) -> str:
        return f"{self.y0}/{str(self.y1)[2:]}"

    def rng(self, section: str) -> random.Random:
        return random.Random(zlib.crc32(f"{self.seed}|{self.area}|{section}".encode()))

    @property
    def we(self) -> str:
        return "the Partnership" if self.partnership else "the Board"


def sections(ctx: Ctx, *names: str) -> list:
    """The generic sections called `names` (functions of this module), in the order given."""
    out: list = []
    for name in names:
        out += globals()[name](ctx)
    return out


def _h(ctx: Ctx, text: str, sub: int = 0) -> Heading:
    return Heading(text, ctx.level + sub)


def _n(rng: random.Random, lo: int, hi: int) -> int:
    return rng.randint(lo, hi)


def _fmt(n: int) -> str:
    return f"{n:,}"


# ---------------------------------------------------------------- foreword

def foreword(ctx: Ctx, chair: str | None = None) -> list:
    r = ctx.rng("foreword")
    chair = chair or ctx.chair
    title = r.choice(["Foreword by the Independent Chair", "Chair's Foreword", "Introduction from the Independent Chair",
                      "Foreword"])
    opening = r.choice([
        f"I am pleased to present the annual report of the {ctx.board} for {ctx.slash()}. The report sets out how effectively children in {ctx.area} have been safeguarded over the year and where we still need to improve.",
        f"Welcome to the {ctx.period} annual report of {ctx.board}. This is my {r.choice(['second', 'third', 'first'])} report as Independent Chair, and it gives an honest account of the state of safeguarding in {ctx.area}.",
        f"This report describes the work of {ctx.board} between April {ctx.y0} and March {ctx.y1}. It is written for everyone who works with children and families in {ctx.area}, and for the public who rely on us to keep children safe.",
    ])
    middle = r.choice([
        f"The year has been one of considerable change. Budgets across the public sector have continued to tighten, and demand for services has grown: referrals to children's social care rose by {_n(r, 4, 17)}% and the number of children subject to a child protection plan is higher than at any point in the last five years. Against that background I have been impressed by the commitment of front-line staff and managers.",
        f"Partners have worked hard this year to strengthen the way we hold each other to account. Attendance at {ctx.we} has been good, challenge has been robust and, I believe, constructive. We have a clearer picture of the quality of practice than a year ago, largely because of the work of the quality assurance sub-group.",
        f"Much of the year has been spent making sure that the changes we agreed last year are making a difference to children. It is easy to write new procedures; it is harder to know whether practice has changed. This report tries to answer that question honestly.",
    ])
    closing = r.choice([
        f"I would like to thank the members of {ctx.we}, the staff of the business unit and, above all, the practitioners who do this difficult work every day.",
        f"My thanks go to all partners, to the lay members and to the business unit team, without whom none of this work would have been possible.",
        f"I commend this report to you and thank everyone who has contributed to the work of {ctx.we} this year.",
    ])
    priorities = r.sample([
        "tackling neglect, which remains the most common reason for a child protection plan;",
        "making sure the voice of the child is heard in every assessment;",
        "improving the response to children at risk of sexual exploitation;",
        "strengthening early help so that families get support sooner;",
        "understanding the impact of domestic abuse, parental mental ill health and substance misuse on children;",
        "assuring ourselves that learning from audits and reviews changes practice.",
    ], 4)
    return [
        _h(ctx, title),
        Para(opening),
        Para(middle),
        Para(r.choice(["Over the coming year our priorities will be:", "Looking ahead, we will concentrate on:",
                       "The challenges for next year include:"])),
        Bullets(priorities),
        Para(closing),
        Para(chair, bold=True),
        Para(f"Independent Chair, {ctx.board}", italic=True),
    ]


# ---------------------------------------------------------------- introduction

def introduction(ctx: Ctx) -> list:
    r = ctx.rng("introduction")
    wt = "Working Together to Safeguard Children (2018)" if ctx.partnership else \
        r.choice(["Working Together to Safeguard Children (2013)", "Working Together to Safeguard Children 2013",
                  "Working Together to Safeguard Children (2015)"]) if ctx.y0 >= 2013 else \
        "Working Together to Safeguard Children (2010)"
    title = r.choice([f"About {ctx.board}", "Introduction", "The role of the Board", "Statutory context",
                      "Purpose of the Board"]) if not ctx.partnership else \
        r.choice(["About the Partnership", "Introduction and statutory context", "Our safeguarding arrangements"])
    if ctx.partnership:
        paras = [
            f"The Children and Social Work Act 2017 replaced Local Safeguarding Children Boards with new local safeguarding arrangements led by three safeguarding partners: the local authority, the clinical commissioning group and the chief officer of police. In {ctx.area} the three partners are {ctx.council}, {ctx.ccg} and {ctx.police}.",
            f"Our arrangements were published in {r.choice(['April', 'June', 'May'])} {ctx.y1 - 1 if ctx.y0 >= 2019 else ctx.y1} in line with {wt}. {r.choice(['Relevant agencies', 'Schools, health providers, the probation service and the voluntary sector'])} have a duty to co-operate with the safeguarding partners, and many of them sit on our groups.",
            "The partners must publish a report at least once in every twelve-month period setting out what they have done as a result of the arrangements and how effective the arrangements have been in practice. This report meets that requirement.",
        ]
    else:
        paras = [
            f"{ctx.board} ({ctx.short}) is the statutory body established under section 13 of the Children Act 2004. Its objectives, set out in section 14 of the Act, are to co-ordinate what is done by each person or body represented on the Board for the purpose of safeguarding and promoting the welfare of children in {ctx.area}, and to ensure the effectiveness of what is done by each such person or body.",
            r.choice([
                f"{wt} sets out the functions of the Board. These include developing local policies and procedures, communicating the need to safeguard children, monitoring and evaluating the effectiveness of what partners do, participating in the planning of services, and undertaking reviews where a child has died or been seriously harmed and abuse or neglect is known or suspected.",
                f"The statutory guidance, {wt}, requires the Chair to publish an annual report on the effectiveness of child safeguarding in the local area. The report is submitted to the Chief Executive and Leader of the Council, the local Police and Crime Commissioner and the Chair of the Health and Wellbeing Board.",
            ]),
            r.choice([
                f"The Board is not an operational body and does not commission or deliver services directly. Its job is to hold partners to account and to make sure that the system as a whole works well for children.",
                f"{ctx.short} does not deliver front-line services. Its role is to scrutinise, challenge and support the agencies that do, and to report publicly on how well children are safeguarded in {ctx.area}.",
            ]),
        ]
    out = [_h(ctx, title)] + [Para(p) for p in paras]
    out.append(Para(r.choice([
        "This report covers the period from 1 April to 31 March and is structured as follows:",
        "The rest of this report is set out in the following sections:",
        "The report includes:",
    ])))
    out.append(Bullets(r.sample([
        "a profile of children and young people in the area;",
        "the governance and accountability arrangements;",
        "the work of the sub-groups and what difference it has made;",
        "what we have learned from case reviews and audits;",
        "the multi-agency training programme;",
        "the work of the child death overview panel;",
        "allegations against people who work with children;",
        "our priorities for the year ahead.",
    ], 6)))
    return out


# ---------------------------------------------------------------- area profile

def area_profile(ctx: Ctx) -> list:
    r = ctx.rng("area_profile")
    pop = _n(r, 140, 620) * 1000
    children = int(pop * r.uniform(0.19, 0.25))
    bme = _n(r, 6, 38)
    fsm = r.uniform(9, 27)
    cin = int(children * r.uniform(0.025, 0.045))
    cpp = int(children * r.uniform(0.0030, 0.0058))
    lac = int(children * r.uniform(0.005, 0.0085))
    title = r.choice([f"{ctx.area}: the local picture", "Local context", "Area profile", f"Children and young people in {ctx.area}",
                      "Safeguarding context"])
    out = [_h(ctx, title)]
    out.append(Para(r.choice([
        f"{ctx.area} has a population of about {_fmt(pop)}, of whom {_fmt(children)} are children and young people under 18, some {int(children / pop * 100)}% of the total. Around {bme}% of school pupils are from black and minority ethnic groups, and {r.randint(40, 110)} languages are spoken in local schools.",
        f"Approximately {_fmt(children)} children and young people aged 0 to 17 live in {ctx.area} (total population {_fmt(pop)}). The area contains pockets of significant deprivation alongside more affluent communities; {fsm:.1f}% of primary pupils are eligible for free school meals.",
        f"The {ctx.y0} mid-year estimate puts the population of {ctx.area} at {_fmt(pop)}. Children make up {int(children / pop * 100)}% of residents. {bme}% of children are from minority ethnic communities, compared with around 22% nationally.",
    ])))
    out.append(Para(r.choice([
        f"Levels of need are rising. During {ctx.slash()} children's social care received {_fmt(int(cin * r.uniform(1.2, 1.7)))} referrals, of which {r.randint(18, 29)}% were re-referrals within twelve months.",
        f"The number of contacts with children's social care has increased again this year, reaching {_fmt(int(cin * r.uniform(3, 5)))}, and {_fmt(int(cin * r.uniform(1.2, 1.7)))} of these became referrals.",
    ])))
    years = [f"{ctx.y0 - 2}/{str(ctx.y0 - 1)[2:]}", f"{ctx.y0 - 1}/{str(ctx.y0)[2:]}", ctx.slash()]
    def trend(v):
        a = int(v * r.uniform(0.85, 1.05))
        b = int(v * r.uniform(0.9, 1.08))
        return [_fmt(a), _fmt(b), _fmt(v)]
    key_rows = [["Children in need (31 March)"] + trend(cin),
                ["Children subject to a child protection plan"] + trend(cpp),
                ["Looked-after children"] + trend(lac),
                ["Children in need per 10,000"] + [str(int(cin * k / children * 10000)) for k in (0.95, 0.98, 1)],
                ["CP plans per 10,000"] + [f"{cpp * k / children * 10000:.1f}" for k in (0.9, 0.96, 1)]]
    cap = r.choice(["Table 1: Key safeguarding figures", "Key figures at 31 March", "Figure 2: Trend in key indicators", None])
    if r.random() < 0.5:
        out.append(Table(["Indicator"] + years, key_rows, caption=cap))
    else:
        out.append(Table(["Measure", ctx.slash(), years[1], "Change"],
                         [[k[0], k[3], k[2], r.choice(["up", "down", "no change", "up"])] for k in key_rows], caption=cap))
    cats = {"Neglect": r.uniform(0.35, 0.55), "Emotional abuse": r.uniform(0.15, 0.35), "Physical abuse": r.uniform(0.07, 0.15),
            "Sexual abuse": r.uniform(0.03, 0.08)}
    rest = max(0.0, 1 - sum(cats.values()))
    cats["Multiple categories"] = rest
    counts = {k: int(round(v * cpp)) for k, v in cats.items()}
    rows = [[k, str(v), f"{v / max(cpp, 1) * 100:.0f}%"] for k, v in counts.items()]
    out.append(Para(r.choice([
        f"Neglect remains the most common category for a child protection plan in {ctx.area}, followed by emotional abuse, most of which relates to children living with domestic abuse.",
        "The table below shows children subject to a plan by category of abuse at the year end.",
        "As in previous years, neglect accounts for the largest share of child protection plans.",
    ])))
    out.append(Table(r.choice([["Category", "Number", "Percentage"], ["Category of abuse", "Children", "%"],
                               ["Initial category", "No.", "Share"]]), rows,
                     caption=r.choice(["Child protection plans by category", "Table 2: Category of plan at 31 March", None])))
    out.append(Para(r.choice([
        f"There were {lac} looked-after children at 31 March {ctx.y1}, a rate of {lac / children * 10000:.0f} per 10,000 children. {r.randint(55, 75)}% are placed in foster care and {r.randint(8, 20)}% are placed more than 20 miles from home.",
        f"The looked-after population stood at {lac} at the year end. Placement stability has improved, with {r.randint(62, 74)}% of children who have been looked after for more than two and a half years living in the same placement for at least two years.",
    ])))
    out.append(Table(["Looked-after children", "Number"], [
        ["Aged under 1", str(int(lac * r.uniform(0.04, 0.08)))],
        ["Aged 1-4", str(int(lac * r.uniform(0.12, 0.18)))],
        ["Aged 5-9", str(int(lac * r.uniform(0.17, 0.22)))],
        ["Aged 10-15", str(int(lac * r.uniform(0.36, 0.42)))],
        ["Aged 16-17", str(int(lac * r.uniform(0.18, 0.24)))],
        ["Unaccompanied asylum-seeking children", str(r.randint(3, 40))],
    ], caption=r.choice(["Looked-after children by age", "Table 3: Looked-after children at 31 March", None])))
    return out


# ---------------------------------------------------------------- governance

def governance(ctx: Ctx) -> list:
    r = ctx.rng("governance")
    title = r.choice(["Governance and accountability", "Governance arrangements", "How the Board works",
                      "Accountability and structure", "Leadership and governance"])
    out = [_h(ctx, title)]
    if ctx.partnership:
        out.append(Para(f"The three safeguarding partners meet as an Executive Group {r.choice(['every six weeks', 'quarterly', 'bi-monthly'])}. The Executive is supported by an Independent Scrutineer, who provides challenge on the effectiveness of the arrangements and reports to the partners twice a year."))
    else:
        out.append(Para(r.choice([
            f"The Board met {r.choice(['four', 'five', 'six'])} times during the year, with an additional development day in {r.choice(['July', 'October', 'January'])}. It is chaired by an Independent Chair, {ctx.chair}, who is accountable to the Chief Executive of {ctx.council}.",
            f"{ctx.short} is led by an Independent Chair, appointed by the Chief Executive of {ctx.council} with the agreement of partners. Full Board meetings take place quarterly and an Executive Group meets between them to drive the business plan.",
        ])))
    out.append(Para(r.choice([
        f"The Chair meets regularly with the Director of Children's Services, the Lead Member for Children and the Chief Executive. The Director of Public Health and the Chair of the Health and Wellbeing Board receive this report, and a protocol sets out how the {ctx.short} and the Health and Wellbeing Board hold each other to account.",
        f"Links with other strategic partnerships are set out in a joint protocol with the Health and Wellbeing Board, the Community Safety Partnership and the {ctx.area} Safeguarding Adults Board. The Chairs of these bodies meet twice a year to agree shared priorities, including domestic abuse and exploitation.",
        f"The Lead Member for Children's Services attends the Board as a participating observer. The Chief Executive of {ctx.council} meets the Chair every quarter to review the Board's effectiveness, and the Chair reports annually to the Council's scrutiny committee.",
    ])))
    out.append(Para(r.choice([
        "Two lay members sit on the Board. They bring a community perspective and challenge partners on how well they communicate with the public.",
        "The Board has two lay members, recruited through open advertisement, who contribute to Board meetings and to the work of the quality assurance sub-group.",
        "The Board has struggled to recruit lay members this year; one post remains vacant and a further recruitment campaign is planned.",
    ])))
    out.append(Para(r.choice([
        "A business unit of five staff supports the Board, comprising a business manager, a training co-ordinator, a quality assurance officer, a child death review co-ordinator and an administrator.",
        f"The Board is supported by a small business unit hosted by {ctx.council}. Staffing was stable for most of the year, although the business manager post was covered on an interim basis for three months.",
    ])))
    out.append(Para(r.choice(["The structure of the Board and its sub-groups is shown below.",
                              "The Board's groups are:", "The following groups report to the Board:"])))
    out.append(Bullets(r.sample([
        "Executive Group",
        "Quality Assurance and Performance Sub-group",
        "Learning and Development (Training) Sub-group",
        "Policy and Procedures Sub-group",
        "Child Death Overview Panel (joint with a neighbouring area)",
        "Child Sexual Exploitation and Missing Sub-group",
        "Communications and Engagement Group",
        "Education Safeguarding Forum",
        "Health Safeguarding Group",
    ], 6)))
    return out


# ---------------------------------------------------------------- membership

ROLE_POOL = [
    ("Independent Chair", "lscb"), ("Director of Children's Services", "la"), ("Head of Safeguarding, Children's Social Care", "la"),
    ("Detective Superintendent, Public Protection", "police"), ("Director of Nursing", "ccg"), ("Designated Nurse for Safeguarding Children", "ccg"),
    ("Designated Doctor", "ccg"), ("Chief Nurse", "acute"), ("Director of Operations", "community"), ("Head of Service, National Probation Service", "x"),
    ("Assistant Chief Officer, Community Rehabilitation Company", "x"), ("Head of Youth Offending Service", "la"),
    ("Service Manager, Cafcass", "x"), ("Director of Public Health", "la"), ("Head of Housing Needs", "la"),
    ("Primary headteacher representative", "x"), ("Secondary headteacher representative", "x"), ("Further education representative", "x"),
    ("Voluntary sector representative", "x"), ("Lay member", "x"), ("Lay member", "x"), ("Lead Member for Children (observer)", "la"),
    ("Director of Adult Social Care", "la"), ("Head of Education Safeguarding", "la"),
]


def membership(ctx: Ctx) -> list:
    r = ctx.rng("membership")
    title = r.choice(["Membership and attendance", "Board membership", "Attendance at Board meetings",
                      "Who sits on the Board" if not ctx.partnership else "Membership of the Executive and Partnership Board"])
    meetings = r.choice([4, 5, 6])
    orgs = {"lscb": ctx.short, "la": ctx.council, "police": ctx.police, "ccg": ctx.ccg, "acute": ctx.acute_trust,
            "community": ctx.community_trust, "x": "-"}
    roles = r.sample(ROLE_POOL, r.randint(13, 17))
    style = r.choice(["fraction", "percent", "ticks"])
    rows = []
    for role, org in roles:
        att = r.choice([meetings, meetings, meetings - 1, meetings - 1, meetings - 2, max(1, meetings - 3)])
        if style == "fraction":
            rows.append([role, orgs[org] if org != "x" else role.split(",")[-1].strip(), f"{att} of {meetings}"])
        elif style == "percent":
            rows.append([role, f"{int(att / meetings * 100)}%"])
        else:
            rows.append([role] + ["Yes" if i < att else r.choice(["Apologies", "No", "Deputy sent"]) for i in range(min(meetings, 4))])
    if style == "fraction":
        header = ["Role", "Organisation", "Meetings attended"]
    elif style == "percent":
        header = ["Member", "Attendance"]
    else:
        header = ["Role"] + [m for m in r.choice([["Jun", "Sep", "Dec", "Mar"], ["May", "Jul", "Nov", "Feb"]])][:min(meetings, 4)]
    lead = r.choice([
        f"Overall attendance at Board meetings was {r.randint(74, 91)}% this year, compared with {r.randint(68, 88)}% last year. Where a member could not attend, most agencies sent a deputy of suitable seniority.",
        f"Attendance is monitored by the business unit and reported to the Chair each quarter. The Chair has written to agencies whose attendance fell below the expected level of 75%.",
        "The table shows attendance at Board meetings by each member role. Members are expected to attend at least three quarters of meetings or to send a fully briefed deputy.",
    ])
    out = [_h(ctx, title), Para(lead),
           Table(header, rows, caption=r.choice(["Board attendance", f"Attendance {ctx.slash()}", None]))]
    out.append(Para(r.choice([
        "Schools are represented through the primary, secondary and special school headteacher forums, whose representatives report back to their colleagues after each meeting.",
        "Attendance by the probation services and by schools was lower than we would like, and the Chair has raised this with the relevant senior leaders.",
        "The Board reviewed its membership in the autumn and agreed to invite a representative of the adult mental health trust to become a full member.",
    ])))
    return out


# ---------------------------------------------------------------- budget

def budget(ctx: Ctx) -> list:
    r = ctx.rng("budget")
    title = r.choice(["Budget and resources", "Finance", "Board budget", "Financial arrangements", "Resources"])
    la = r.randint(120, 260) * 1000
    ccg = int(la * r.uniform(0.3, 0.55))
    pol = int(la * r.uniform(0.12, 0.3))
    rows = [
        [ctx.council, la],
        [ctx.ccg, ccg],
        [ctx.police, pol],
        ["National Probation Service", r.randint(1, 4) * 1000],
        ["Community Rehabilitation Company", r.randint(1, 3) * 1000],
        ["Cafcass", 550],
        [r.choice(["Schools (through the Schools Forum)", "Schools Forum"]), r.randint(5, 30) * 1000],
    ]
    if r.random() < 0.5:
        rows.append([ctx.acute_trust, r.randint(2, 12) * 1000])
    total = sum(v for _, v in rows)
    fmt_rows = [[k, f"£{v:,}", f"{v / total * 100:.1f}%"] for k, v in rows] + [["Total", f"£{total:,}", "100%"]]
    exp = [
        ["Staffing (business unit)", int(total * r.uniform(0.55, 0.68))],
        ["Independent Chair", int(total * r.uniform(0.06, 0.1))],
        ["Training programme", int(total * r.uniform(0.05, 0.1))],
        ["Case reviews and audits", int(total * r.uniform(0.06, 0.14))],
        ["Child death overview panel", int(total * r.uniform(0.03, 0.07))],
        ["Website, communications and sundries", int(total * r.uniform(0.01, 0.03))],
    ]
    spent = sum(v for _, v in exp)
    out = [_h(ctx, title), Para(r.choice([
        f"{ctx.board} is funded by contributions from its statutory partners. The budget for {ctx.slash()} was £{total:,}. Contributions are shown below.",
        f"Partner contributions for the year totalled £{total:,}. The local authority continues to make the largest contribution and also hosts the business unit, providing accommodation and support services at no charge.",
        f"The income of the Board this year was £{total:,}, made up of contributions from partner agencies as set out in the table.",
    ])), Table(r.choice([["Partner", "Contribution", "Share"], ["Agency", "Amount (£)", "% of total"],
                         ["Funding partner", "Contribution", "Percentage"]]), fmt_rows,
               caption=r.choice(["Income", f"Partner contributions {ctx.slash()}", "Table: Budget contributions"]))]
    out.append(Table(["Expenditure", "Amount"], [[k, f"£{v:,}"] for k, v in exp] + [["Total", f"£{spent:,}"]],
                     caption=r.choice(["Expenditure", "How the budget was spent", None])))
    diff = total - spent
    out.append(Para(r.choice([
        f"The Board ended the year with {'an underspend' if diff >= 0 else 'an overspend'} of £{abs(diff):,}, which {'has been carried forward to fund review activity' if diff >= 0 else 'was met from reserves'}.",
        f"Expenditure was £{spent:,}. Partners have agreed to hold contributions at the current level for next year, although the cost of reviews remains a risk to the budget.",
    ])))
    return out


# ---------------------------------------------------------------- sub-groups

def subgroups(ctx: Ctx) -> list:
    r = ctx.rng("subgroups")
    title = r.choice(["The work of the sub-groups", "Sub-group reports", "What our groups have done",
                      "Sub-group activity", "Reports from the sub-groups"])
    out = [_h(ctx, title), Para(r.choice([
        f"Much of the detailed work of {ctx.we} is carried out by its sub-groups, each chaired by a senior manager from a partner agency. Each sub-group has terms of reference and a work plan drawn from the business plan.",
        "The sub-groups carry forward the Board's priorities between meetings. Their chairs meet as part of the Executive Group to make sure work is joined up.",
    ]))]
    groups = [
        ("Policy and Procedures", [
            f"The group has kept the multi-agency child protection procedures up to date, working with {r.choice(['a regional consortium', 'neighbouring boards', 'the online procedures provider'])}. New or revised chapters this year covered {', '.join(r.sample(['female genital mutilation', 'radicalisation', 'children missing education', 'bruising in non-mobile babies', 'escalation and resolution of professional disagreements', 'fabricated or induced illness', 'safer recruitment', 'pre-birth assessment'], 3))}.",
            f"It also revised the threshold document, '{r.choice(['Continuum of Need', 'Levels of Need', 'Right Help, Right Time'])}', which was relaunched with a series of briefings for practitioners.",
        ]),
        ("Communications and Engagement", [
            f"The website received {_fmt(r.randint(9000, 60000))} visits during the year. A quarterly newsletter is sent to around {_fmt(r.randint(900, 4000))} subscribers.",
            f"The group ran a public awareness campaign on {r.choice(['safe sleeping', 'private fostering', 'online safety', 'child sexual exploitation'])} during {r.choice(['the summer', 'the autumn', 'February'])}, using social media, posters in GP surgeries and a radio advertisement.",
        ]),
        ("Health Safeguarding Group", [
            f"The group brings together the designated and named professionals from {ctx.ccg}, {ctx.acute_trust} and {ctx.community_trust}. It has overseen the health contribution to the section 11 audit and the implementation of the child protection information sharing project.",
        ]),
        ("Education Safeguarding Forum", [
            f"Designated safeguarding leads from {r.randint(40, 120)} schools attended at least one forum meeting. The annual safeguarding audit for schools was returned by {r.randint(85, 100)}% of schools.",
            "The forum has focused on the new Keeping Children Safe in Education guidance, online safety and the Prevent duty.",
        ]),
    ]
    for name, paras in r.sample(groups, r.randint(3, 4)):
        out.append(_h(ctx, name, 1))
        out += [Para(p) for p in paras]
    return out


# ---------------------------------------------------------------- training

def training(ctx: Ctx) -> list:
    r = ctx.rng("training")
    title = r.choice(["Multi-agency training", "Learning and development", "Training and workforce development",
                      "Training Sub-group", "Developing the workforce"])
    courses = r.sample([
        "Working Together: roles and responsibilities (Level 3)", "Neglect and the Graded Care Profile", "Domestic abuse and its impact on children",
        "Child sexual exploitation awareness", "Safeguarding disabled children", "Parental mental health and substance misuse",
        "Core group and child protection conference", "Designated safeguarding lead refresher", "Harmful sexual behaviour",
        "Female genital mutilation", "Online safety", "Safer recruitment", "Assessment and analysis", "Prevent (WRAP)",
    ], r.randint(7, 10))
    rows, tot_p = [], 0
    for c in courses:
        n = r.randint(1, 8)
        p = n * r.randint(12, 24)
        tot_p += p
        rows.append([c, str(n), str(p), f"{r.uniform(4.1, 4.8):.1f}"])
    header = r.choice([["Course", "Sessions", "Attendees", "Average evaluation (out of 5)"],
                       ["Course title", "No. of courses", "Delegates", "Score /5"]])
    out = [_h(ctx, title), Para(r.choice([
        f"The multi-agency training programme was delivered to {_fmt(tot_p)} practitioners this year. The programme is commissioned on the basis of a training needs analysis and is delivered by a pool of trainers from partner agencies.",
        f"{_fmt(tot_p)} places were taken up on multi-agency courses in {ctx.slash()}. Around {r.randint(6, 15)}% of booked places were lost to non-attendance, and the Board has introduced a charge for non-attendance to reduce waste.",
        f"The Board offers a programme of multi-agency courses to all staff and volunteers working with children in {ctx.area}. Courses are free to partners that contribute to the budget.",
    ])), Table(header, rows, caption=r.choice(["Courses delivered", f"Training activity {ctx.slash()}", None]))]
    sectors = [("Children's social care", r.randint(15, 30)), ("Health", r.randint(15, 30)), ("Education", r.randint(15, 30)),
               ("Police", r.randint(2, 8)), ("Voluntary sector", r.randint(5, 15)), ("Other", r.randint(3, 10))]
    s = sum(v for _, v in sectors)
    out.append(Para(r.choice(["Attendance by sector was:", "Delegates came from the following sectors:",
                              "The spread of delegates across agencies was as follows."])))
    out.append(Bullets([f"{k}: {round(v / s * 100)}%" for k, v in sectors]))
    out.append(Para(r.choice([
        f"Evaluation forms are followed up after three months. Of those who responded, {r.randint(70, 92)}% said they had changed their practice as a result of the course, for example by using a chronology, involving fathers or escalating concerns.",
        "The sub-group has started to measure the impact of training through follow-up questionnaires to delegates and their managers. Early results are encouraging, but response rates are low.",
        f"E-learning modules were completed {_fmt(r.randint(1200, 6000))} times, the most popular being the introduction to safeguarding and the module on child sexual exploitation.",
    ])))
    return out


# ---------------------------------------------------------------- performance / QA

def performance(ctx: Ctx) -> list:
    r = ctx.rng("performance")
    title = r.choice(["Quality assurance and performance", "Monitoring and evaluation", "How we know we are making a difference",
                      "Performance and quality", "Quality Assurance Sub-group"])
    out = [_h(ctx, title), Para(r.choice([
        "The Board uses a multi-agency performance dataset, single-agency audits, multi-agency case file audits and the section 11 self-assessment to understand the quality of practice.",
        "The quality assurance framework sets out the sources of information the Board uses: data, audit, the views of children and families and the views of practitioners.",
    ]))]
    ind = [
        ("Referrals completed within one working day", "%"), ("Re-referrals within 12 months", "%"),
        ("Assessments completed within 45 days", "%"), ("Initial child protection conferences within 15 days", "%"),
        ("Children on a plan for a second or subsequent time", "%"), ("Plans lasting two years or more", "%"),
        ("Child protection visits in timescale", "%"), ("Initial health assessments within 28 days", "%"),
    ]
    rows = [[k, f"{r.randint(55, 97)}{u}", f"{r.randint(55, 97)}{u}", r.choice(["Better", "Worse", "Similar"])] for k, u in r.sample(ind, 6)]
    out.append(Table(r.choice([["Indicator", ctx.slash(), "Previous year", "Direction"],
                               ["Measure", "This year", "Last year", "Trend"]]), rows,
                     caption=r.choice(["Selected performance indicators", "Extract from the performance dataset", None])))
    audits = r.sample([
        ("neglect", "chronologies were present in most files but were rarely used to analyse patterns of concern"),
        ("strategy discussions", "health was not consistently involved in strategy discussions, particularly out of hours"),
        ("children with disabilities", "communication needs were well recorded but the child's own views were often missing"),
        ("domestic abuse", "the impact on children was described well, but safety plans were not always shared with schools"),
        ("adolescents at risk", "information about the young person's peers and places was not consistently mapped"),
    ], 2)
    for topic, finding in audits:
        out.append(Para(r.choice([
            f"A multi-agency audit of {topic} looked at {r.randint(8, 20)} cases. It found that {finding}.",
            f"The audit of {topic} ({r.randint(8, 20)} cases) showed good practice in several areas; however, {finding}.",
        ])))
    out.append(Para(r.choice([
        f"The section 11 audit was completed by {r.randint(14, 26)} agencies. Most rated themselves as meeting the standards; challenge sessions were held with each agency to test the evidence behind their ratings.",
        "Agencies completed the section 11 self-assessment in the autumn. Peer challenge events in the spring tested the ratings and agreed agency action plans, which the Quality Assurance Sub-group will follow up.",
    ])))
    return out


# ---------------------------------------------------------------- CDOP

def cdop(ctx: Ctx) -> list:
    r = ctx.rng("cdop")
    title = r.choice(["Child Death Overview Panel", "Child death reviews", "Learning from child deaths", "CDOP annual summary"])
    notified = r.randint(14, 48)
    reviewed = int(notified * r.uniform(0.6, 1.1))
    modifiable = int(reviewed * r.uniform(0.1, 0.3))
    cats = [("Perinatal/neonatal event", r.randint(3, 12)), ("Chromosomal, genetic and congenital anomalies", r.randint(2, 9)),
            ("Sudden unexpected, unexplained death", r.randint(1, 5)), ("Acute medical or surgical condition", r.randint(0, 4)),
            ("Trauma and other external factors", r.randint(0, 4)), ("Chronic medical condition", r.randint(0, 3)),
            ("Malignancy", r.randint(0, 3)), ("Suicide or deliberate self-inflicted harm", r.randint(0, 2))]
    out = [_h(ctx, title), Para(r.choice([
        f"The panel reviews the deaths of all children normally resident in {ctx.area}. During the year it was notified of {notified} deaths and completed {reviewed} reviews, {modifiable} of which were judged to have modifiable factors.",
        f"{notified} child deaths were notified in {ctx.slash()}. The panel completed the review of {reviewed} deaths, including some that occurred in previous years; modifiable factors were identified in {modifiable}.",
    ])), Table(["Category of death", "Number reviewed"], [[k, str(v)] for k, v in cats],
               caption=r.choice(["Reviews completed by category", "Deaths reviewed by category", None]))]
    out.append(Para(r.choice([
        "Modifiable factors most often identified were smoking in pregnancy, unsafe sleeping arrangements and parental alcohol use.",
        "The most common modifiable factors were co-sleeping, often after parental use of alcohol or drugs, and maternal smoking.",
    ])))
    out.append(Para(r.choice([
        "In response, the panel has supported a safer sleep campaign with health visitors and children's centres, and a smoking cessation scheme for pregnant women.",
        "The panel has worked with public health colleagues on a campaign about safer sleeping, and has asked maternity services to report on referral rates to stop smoking services.",
    ])))
    return out


# ---------------------------------------------------------------- LADO

def lado(ctx: Ctx) -> list:
    r = ctx.rng("lado")
    title = r.choice(["Allegations against people who work with children", "Local Authority Designated Officer (LADO)",
                      "Managing allegations", "The LADO service"])
    n = r.randint(60, 260)
    sectors = [("Education", r.randint(30, 45)), ("Social care (including foster carers)", r.randint(10, 22)),
               ("Early years", r.randint(6, 15)), ("Health", r.randint(3, 10)), ("Faith and voluntary groups", r.randint(2, 8)),
               ("Transport", r.randint(1, 5)), ("Police", r.randint(1, 4)), ("Other", r.randint(2, 8))]
    s = sum(v for _, v in sectors)
    rows = [[k, str(round(v / s * n))] for k, v in sectors]
    outc = [("Substantiated", r.randint(15, 30)), ("Unsubstantiated", r.randint(20, 35)), ("Unfounded", r.randint(8, 20)),
            ("Malicious", r.randint(0, 3)), ("False", r.randint(5, 15))]
    os_ = sum(v for _, v in outc)
    out = [_h(ctx, title), Para(r.choice([
        f"The Local Authority Designated Officer received {n} referrals during the year, compared with {int(n * r.uniform(0.8, 1.1))} last year. The increase is believed to reflect better awareness of the process rather than more abuse.",
        f"There were {n} contacts with the LADO in {ctx.slash()}, of which {int(n * r.uniform(0.4, 0.6))} met the threshold for an allegations management meeting.",
    ])), Table(r.choice([["Employment sector", "Referrals"], ["Sector", "Number"]]), rows,
               caption=r.choice(["Referrals by sector", "LADO referrals by employer type", None]))]
    out.append(Para("Outcomes of concluded cases were: " + "; ".join(f"{k.lower()} {round(v / os_ * 100)}%" for k, v in outc) + "."))
    out.append(Para(r.choice([
        f"{r.randint(60, 85)}% of cases were concluded within one month. Delays were mostly caused by parallel police investigations.",
        "Timeliness has improved since the appointment of a second designated officer, with most cases now resolved within three months.",
    ])))
    return out


# ---------------------------------------------------------------- private fostering

def private_fostering(ctx: Ctx) -> list:
    r = ctx.rng("private_fostering")
    title = r.choice(["Private fostering", "Privately fostered children", "Private fostering arrangements"])
    n = r.randint(6, 40)
    return [_h(ctx, title), Para(r.choice([
        "A private fostering arrangement is one where a child under 16 (or 18 if disabled) is cared for by someone who is not a close relative for 28 days or more. The local authority must be notified and must check that the arrangement is safe.",
        "Private fostering is an arrangement made privately for the care of a child under 16 by someone other than a parent or close relative, for 28 days or more. Many such arrangements are never notified.",
    ])), Para(r.choice([
        f"{n} new arrangements were notified this year and {int(n * r.uniform(0.5, 1.0))} children were living in private fostering arrangements at the year end. {r.randint(70, 100)}% of initial visits took place within seven days.",
        f"Notifications rose to {n}, the majority relating to overseas students attending language schools and independent schools. Visits were completed within timescale in {r.randint(72, 100)}% of cases.",
    ])), Para(r.choice([
        "Awareness-raising has targeted schools, GP practices and faith groups, since most notifications come from education.",
        "The Board will continue to promote awareness of private fostering among professionals and the public, as numbers remain low compared with national estimates.",
    ]))]


# ---------------------------------------------------------------- CSE and missing

def cse_missing(ctx: Ctx) -> list:
    r = ctx.rng("cse_missing")
    title = r.choice(["Child sexual exploitation and missing children", "Children missing and at risk of exploitation",
                      "CSE and missing from home or care", "Exploitation"])
    missing = r.randint(180, 900)
    episodes = int(missing * r.uniform(2.2, 3.6))
    cse = r.randint(20, 110)
    out = [_h(ctx, title), Para(r.choice([
        f"Tackling child sexual exploitation has been a priority for {ctx.we}. A multi-agency sexual exploitation (MASE) meeting considers every young person assessed as at risk, and {cse} young people were discussed during the year.",
        f"{cse} children were identified as being at risk of sexual exploitation during {ctx.slash()}. Most were girls aged 13 to 16, though the number of boys identified has increased.",
    ])), Table(["", ctx.slash()], [
        ["Children reported missing", _fmt(missing)],
        ["Missing episodes", _fmt(episodes)],
        ["Return interviews offered", f"{r.randint(75, 98)}%"],
        ["Return interviews completed within 72 hours", f"{r.randint(40, 80)}%"],
        ["Children at risk of CSE (year end)", str(int(cse * r.uniform(0.4, 0.7)))],
    ], caption=r.choice(["Missing and CSE data", "Missing children", None]))]
    out.append(Para(r.choice([
        f"Return home interviews are carried out by a commissioned service from {r.choice(['a national children’s charity', 'a local voluntary organisation', 'the youth service'])}. Information from the interviews is shared with the police and used to map locations of concern.",
        "The police missing persons co-ordinator and the children's social care missing worker meet weekly to review the most frequently missing young people.",
    ])))
    out.append(Para(r.choice([
        "Awareness sessions were delivered to taxi drivers, hotel staff and licensed premises, and a new CSE screening tool was introduced for all agencies.",
        f"The 'Say Something' campaign reached {r.randint(20, 90)} schools through a drama production for Year 8 and Year 9 pupils.",
    ])))
    return out


# ---------------------------------------------------------------- early help / front door

def early_help(ctx: Ctx) -> list:
    r = ctx.rng("early_help")
    title = r.choice(["Early help", "Early help and the front door", "The Multi-Agency Safeguarding Hub", "Getting help early"])
    return [_h(ctx, title), Para(r.choice([
        f"The Multi-Agency Safeguarding Hub (MASH) brings together staff from children's social care, the police, health, education and the probation services. It received {_fmt(r.randint(6000, 20000))} contacts during the year.",
        f"All contacts about children are now received by a single front door, which combines the MASH with the early help hub. {r.randint(30, 45)}% of contacts were passed to early help services.",
    ])), Para(r.choice([
        f"{_fmt(r.randint(400, 1800))} early help assessments were started during the year, a rise of {r.randint(8, 40)}%. Schools started the largest share, followed by health visitors and children's centres.",
        "Early help assessments are increasingly started by schools and health, although the number started by the police and adult services remains low.",
    ])), Para(r.choice([
        "A multi-agency audit of early help found that families valued having a single lead professional, but that plans were not always reviewed when circumstances changed.",
        "Families told us that they want help early and from people they already know. The Board will continue to monitor whether early help is reducing demand for statutory services.",
    ]))]


# ---------------------------------------------------------------- voice of the child

def voice_of_child(ctx: Ctx) -> list:
    r = ctx.rng("voice_of_child")
    title = r.choice(["The voice of the child", "Listening to children and young people", "Participation and engagement"])
    return [_h(ctx, title), Para(r.choice([
        f"{ctx.we.capitalize()} has continued to work with the Youth Council and the Children in Care Council. Young people presented to the Board in {r.choice(['June', 'November', 'March'])} about their experience of child protection conferences.",
        f"A survey of {r.randint(300, 2500)} secondary pupils asked young people how safe they feel at school, online and in their neighbourhood. {r.randint(70, 90)}% said they felt safe most of the time.",
    ])), Bullets(r.sample([
        "young people want workers who stay the same and who listen;",
        "children in care said that they were not always told why their social worker had changed;",
        "many young people did not know how to report online abuse;",
        "young people asked for meetings about them to be held at times that do not clash with school;",
        "children said that they trust school staff more than other professionals;",
    ], 3)), Para(r.choice([
        "These views have shaped the Board's communications plan and the content of the multi-agency training programme.",
        "The Board has asked partners to show how they have used this feedback when they report to the Quality Assurance Sub-group.",
    ]))]


# ---------------------------------------------------------------- glossary

def glossary(ctx: Ctx) -> list:
    r = ctx.rng("glossary")
    terms = [("CAMHS", "Child and Adolescent Mental Health Services"), ("CCG", "Clinical Commissioning Group"),
             ("CDOP", "Child Death Overview Panel"), ("CIN", "Child in need"), ("CP", "Child protection"),
             ("CSE", "Child sexual exploitation"), ("DHR", "Domestic homicide review"), ("LAC", "Looked-after children"),
             ("LADO", "Local Authority Designated Officer"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
             ("MASH", "Multi-Agency Safeguarding Hub"), ("YOS", "Youth Offending Service"), ("GP", "General practitioner"),
             ("DSL", "Designated safeguarding lead")]
    terms = sorted(r.sample(terms, r.randint(10, 14)))
    if ctx.partnership:
        terms.append(("LCSPR", "Local child safeguarding practice review"))
    else:
        terms.append(("LSCB", "Local Safeguarding Children Board"))
    return [_h(ctx, r.choice(["Glossary", "Glossary of terms", "Abbreviations"])),
            Table(["Abbreviation", "Meaning"], [[a, b] for a, b in terms])]
