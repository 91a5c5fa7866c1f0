"""Marshcombe Safeguarding Children Board annual report 2017-18 (DOCX, PDF and HTML).

SCR material in PROSE only: "The review made five recommendations. The first asked health
partners to ... In response, the CCG has ...". Bodies are inside sentences; statuses are in
words in the prose or absent (unknown). No monitoring mechanism is described for the SCR
(only a vague "keep under review"), so the verdict is partly_meets. Young Person A published;
Child S (2017) completed but unpublished. Distractors in the same prose style: a learning
lessons review, a DHR, Ofsted's monitoring visit.
"""
import filler
from blocks import Bullets, Heading, PageBreak, Para, ReportSpec, Table, body, entry, gold

NAME = "marshcombe-2017-18"
BOARD = "Marshcombe Safeguarding Children Board"

R1 = ("The first asked health partners to make sure that young people who attend the emergency department after self-harm "
      "are offered a follow-up appointment with CAMHS before they leave hospital.")
A1 = ("In response, the CCG has funded a CAMHS liaison nurse in the emergency department seven days a week since September "
      "2017, and every young person seen after self-harm now leaves with an appointment.")
R2 = ("The second recommendation was that Marshcombe Council's children's social care service should review how it responds "
      "to repeated referrals about the same young person from different agencies, so that a pattern of concern is recognised.")
A2 = ("A re-referral trigger has been built into the case management system: a third contact within six months now leads "
      "automatically to a manager's review and, where appropriate, a strategy discussion.")
R3 = ("Third, the review asked the police and the Community Safety Partnership to map the places where young people were "
      "being targeted and to share that information with schools and licensing officers.")
A3 = ("Marshcombe Police now produce a quarterly exploitation problem profile, which is shared with designated safeguarding "
      "leads and with the council's licensing team.")
R4 = ("The fourth recommendation asked schools to ensure that a young person who is excluded or moved to alternative "
      "provision has a named adult who keeps in regular contact with them.")
R5 = ("Finally, the Board was asked to seek assurance that professionals understand how to apply the law on consent when "
      "working with young people who are in relationships with adults.")
A5 = ("The Board commissioned a briefing on consent and exploitation from the Designated Doctor, which has been delivered to "
      "260 staff across health, education and social care.")


def build() -> ReportSpec:
    ctx = filler.Ctx(area="Marshcombe", board=BOARD, short="MSCB", period="2017-18", seed=5,
                     council="Marshcombe Council", police="Marshcombe Police", ccg="NHS Marshcombe CCG",
                     chair="Robert Ashdown-Clarke")
    b: list = []
    b += filler.foreword(ctx)
    b += filler.introduction(ctx)
    b += filler.governance(ctx)
    b += filler.area_profile(ctx)
    b += filler.membership(ctx)
    b += [
        Heading("Ofsted", 1),
        Para("Ofsted carried out a monitoring visit to children's social care in November 2017, following the 2016 inspection "
             "that judged services to require improvement. Inspectors found that the quality of assessments had improved but "
             "that management oversight was still inconsistent. They recommended that the local authority should make sure "
             "that supervision records show clear direction and timescales, and that the Board should continue to test the "
             "effectiveness of the front door through multi-agency audit. Both points have been built into the Board's plan."),
    ]
    b += filler.subgroups(ctx)
    b.append(PageBreak())
    b += [
        Heading("Learning and Improvement", 1),
        Para("The Board has a statutory duty to undertake a serious case review when a child dies or is seriously harmed, abuse "
             "or neglect is known or suspected, and there is cause for concern about the way agencies have worked together. "
             "The Learning and Improvement Sub-group considers every notification and advises the Independent Chair."),
        Para("In 2017-18 the Board published the serious case review concerning Young Person A. The overview report for a "
             "second review, Child S (2017), has been completed, but publication has been delayed until criminal proceedings "
             "are concluded. Its findings will be reported once it is published."),
        Heading("Young Person A", 2),
        Para("Young Person A was fifteen when she died. In the eighteen months before her death she had attended the emergency "
             "department four times after self-harming, had been reported missing eight times and was known to have been "
             "spending time with adult men. She had been permanently excluded from school the previous summer."),
        Para("The review found many examples of caring practice, but no agency had the whole picture. Each referral was treated "
             "on its own merits, her relationships with adults were seen as her choice, and after her exclusion there was no "
             "professional she saw regularly."),
        Para(f"The review made five recommendations. {R1} {A1} The Board was told in March that this work is complete."),
        Para(f"{R2} {A2} This is being monitored through the performance dataset and remains ongoing."),
        Para(f"{R3} {A3}"),
        Para(f"{R4} The Education Safeguarding Team has been asked to take this forward, but no progress had been reported by "
             "the end of the year."),
        Para(f"{R5} {A5} This recommendation is partly achieved."),
        Para("The Board will continue to keep the learning from this review under review, and the lessons have been shared "
             "widely through a seven-minute briefing and two practitioner workshops."),
        Heading("Learning lessons review", 2),
        Para("The Sub-group also carried out a learning lessons review, which did not meet the criteria for a serious case "
             "review, concerning a baby who was admitted to hospital with a skull fracture. The review recommended that GP "
             "practices should be told whenever a child protection plan is started for an unborn baby, and that the health "
             "visitor should see the baby within five days of discharge from hospital. In response, the CCG has written to "
             "every practice and the health visiting service has changed its discharge procedure."),
        Heading("Domestic homicide review", 2),
        Para("The Marshcombe Community Safety Partnership published a domestic homicide review in January 2018. Among its "
             "recommendations were that the police should refer all children present at a domestic abuse incident to the MASH, "
             "and that adult mental health services should ask every patient whether they care for children. The Board's "
             "Business Manager sits on the group that monitors the DHR action plan."),
    ]
    b += filler.training(ctx)
    b += filler.performance(ctx)
    b += filler.cse_missing(ctx)
    b += filler.cdop(ctx)
    b += filler.lado(ctx)
    b += filler.private_fostering(ctx)
    b += filler.budget(ctx)
    b += [
        Heading("Looking ahead", 1),
        Para("In 2018-19 the Board will prepare for the new safeguarding arrangements required by the Children and Social Work "
             "Act 2017. The three safeguarding partners have begun to meet and will publish their arrangements by June 2019. "
             "Until then the Board will continue to carry out its statutory functions."),
        Bullets(["Priority 1: children at risk of exploitation", "Priority 2: the emotional wellbeing of young people",
                 "Priority 3: neglect", "Priority 4: the transition to the new arrangements"]),
    ]
    entries = [
        entry(NAME, 1, "Young Person A", "1", R1, A1, [body("health partners", "health"), body("the CCG", "health")], "completed"),
        entry(NAME, 2, "Young Person A", "2", R2, A2,
              [body("Marshcombe Council's children's social care service", "childrens_social_care")], "in_progress"),
        entry(NAME, 3, "Young Person A", "3", R3, A3,
              [body("the police", "police"), body("the Community Safety Partnership", "other")], "unknown"),
        entry(NAME, 4, "Young Person A", "4", R4, None,
              [body("schools", "education"), body("The Education Safeguarding Team", "education")], "not_started"),
        entry(NAME, 5, "Young Person A", "5", R5, A5, [body("the Board", "lscb"), body("the Designated Doctor", "health")],
              "in_progress"),
    ]
    g = gold(NAME, BOARD, "2017-18", [("Young Person A", "published"), ("Child S (2017)", "completed")], entries, None)
    return ReportSpec(name=NAME, title="Annual Report 2017-18", board=BOARD,
                      running_header="Marshcombe Safeguarding Children Board Annual Report 2017-18",
                      blocks=b, gold=g, extra_formats=("html",), published="September 2018")
