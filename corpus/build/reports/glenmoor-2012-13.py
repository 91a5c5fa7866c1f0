"""Glenmoor Local Safeguarding Children Board, annual report 2012-13 (held aside).

Shape under test: an older, prose-heavy report. The Child B recommendations are embedded in
running sentences ("The overview report recommended that the Board should ... and that Glenmoor
NHS Trust should ..."), with no numbers; what each agency has done is told in later paragraphs.
A second SCR (Child D) is complete but unpublished because of criminal proceedings. A Case
Review Sub-Committee monitors implementation (mechanism), all six recommendations have an action
and a body -> meets.
Distractors close by: the Ofsted inspection of safeguarding and looked after children services
and its "within three months" recommendations, a serious incident notification that did not lead
to an SCR but to a multi-agency management review with its own recommendations, and the
Board's priorities for 2013-14.
"""
from __future__ import annotations

from blocks import Bullets, Gold, Heading, PageBreak, Para, ReportSpec, Table
import filler

NAME = "glenmoor-2012-13"
AREA = "Glenmoor"
BOARD = "Glenmoor Local Safeguarding Children Board"
YEAR = "2012-13"
SEED = 1213

# The six recommendations, as clauses of running prose.
R1 = ("the Board should establish a multi-agency protocol for the assessment and management of bruising "
      "and other injuries in infants who are not yet independently mobile")
R2 = ("Glenmoor NHS Trust should ensure that all clinical staff in its minor injuries units and the walk-in "
      "centre are trained to recognise and respond to such injuries")
R3 = ("Glenmoor County Council Children's Services should ensure that assessments of young parents who have "
      "themselves been looked after take full account of their own histories of care")
R4 = ("Glenmoor Constabulary should review the way in which information about domestic incidents that do "
      "not result in a crime being recorded is shared with partner agencies")
R5 = ("the Board should seek assurance, through NHS Glenmoor, that general practices record and act upon "
      "information about children who are not brought to appointments")
R6 = ("all agencies should ensure that their staff are aware of, and use, the Board's procedure for "
      "resolving professional disagreements")

A1 = ("A protocol for the assessment of bruising in non-mobile infants was agreed by the Board in September "
      "2012 and has been distributed to all partner agencies, together with a short leaflet for parents "
      "explaining why a referral is made")
A2 = ("Glenmoor NHS Trust has trained 87 of the 96 nursing and medical staff working in its minor injuries "
      "units and walk-in centre, and the remaining staff are to be trained by the end of June 2013")
A3 = ("Children's Services have revised their pre-birth assessment guidance so that it includes a section on "
      "each parent's own experience of care, and the leaving care team is now invited to pre-birth planning "
      "meetings where a parent is a care leaver")
A4 = ("the Constabulary has introduced a procedure under which every domestic incident attended by officers "
      "where children are present is notified to Children's Services and to the school nursing or health "
      "visiting service, whether or not a crime is recorded")
A5 = ("NHS Glenmoor wrote to every general practice in November 2012 setting out the expected response to "
      "children who are not brought to appointments, and a sample audit of practice procedures has been "
      "commissioned for the summer of 2013")
A6 = ("The escalation procedure was revised and relaunched in January 2013 and now forms part of every "
      "multi-agency course provided by the Board")

MONITORING = ("The Case Review Sub-Committee monitors the implementation of the action plan arising from each "
              "serious case review, receiving written reports from the lead officer of each agency, and reports "
              "to the Board on progress at each of its quarterly meetings")


def _gold() -> dict:
    g = Gold(NAME, BOARD, YEAR, evidence_trim=",;:")
    g.scr("Child B", "published")
    g.scr("Child D", "completed")
    board = ("the Board", "lscb")
    g.rec("Child B", None, R1, A1, [board], "completed")
    g.rec("Child B", None, R2, A2, [("Glenmoor NHS Trust", "health")], "in_progress", "2013-06")
    g.rec("Child B", None, R3, A3, [("Glenmoor County Council Children's Services", "childrens_social_care")],
          "unknown")
    g.rec("Child B", None, R4, A4, [("Glenmoor Constabulary", "police")], "unknown")
    g.rec("Child B", None, R5, A5, [board, ("NHS Glenmoor", "health")], "in_progress", "2013")
    g.rec("Child B", None, R6, A6, [("all partner agencies", "lscb")], "completed")
    return g.dump(MONITORING)


def _chair() -> list:
    return [
        Heading("Introduction by the Independent Chair", 1),
        Para("It gives me great pleasure to introduce the fourth annual report of the Glenmoor Local Safeguarding "
             "Children Board, covering the period from 1st April 2012 to 31st March 2013. The publication of an "
             "annual report on the effectiveness of safeguarding arrangements in the local area has been a "
             "requirement upon the Board since the revision of Working Together to Safeguard Children in 2010, "
             "and I am conscious that the report is read not only by the members of the Board and the agencies "
             "which they represent, but also by elected members, by the Children's Trust, by the Health and "
             "Wellbeing Board in shadow form, and, I hope, by members of the public who have an interest in the "
             "welfare of the children of this county."),
        Para("The year under review has been one of considerable change for every agency represented on the "
             "Board. The reorganisation of the National Health Service, which will see NHS Glenmoor, the primary "
             "care trust, replaced by the Glenmoor Clinical Commissioning Group on 1st April 2013, has occupied "
             "a great deal of the time of our health colleagues, and it has been necessary for the Board to "
             "satisfy itself that the expertise of the designated professionals is not lost in the transition. "
             "At the same time, the police have prepared for the election of the first Police and Crime "
             "Commissioner, and the County Council has continued to deliver substantial savings."),
        Para("The Board has also had to consider the consultation on the revision of Working Together, "
             "following Professor Munro's review of child protection. The Board submitted a response to the "
             "consultation in September 2012, in which it welcomed the emphasis on professional judgement and on "
             "learning from practice, while expressing some concern that the proposed removal of the prescribed "
             "timescales for assessment should not lead to drift."),
        Para("It would be wrong of me to introduce this report without referring to the serious case review "
             "concerning Child B, which the Board published in October 2012, and which is described in Section 6. "
             "The circumstances of that case were distressing, and the review identified a number of respects in "
             "which the response of agencies could and should have been better. I am satisfied that the agencies "
             "concerned have responded to the review's findings seriously, and Section 6 sets out in some detail "
             "what has been done. I am equally clear that the Board's task does not end with the amendment of "
             "procedures, and that we must assure ourselves that practice has changed in consequence."),
        Para("Finally, I should like to record my thanks to all the members of the Board and of its "
             "sub-committees, to the staff of the LSCB business unit, and to the many practitioners in "
             "Glenmoor whose work on behalf of children too often goes unremarked."),
        Para("Dr Margaret Ellwood", bold=True),
        Para("Independent Chair, Glenmoor Local Safeguarding Children Board", italic=True),
    ]


def _role() -> list:
    return [
        Heading("Section 1: The role and function of the LSCB", 1),
        Para("The Glenmoor Local Safeguarding Children Board was established under section 13 of the Children Act "
             "2004 and is the key statutory mechanism for agreeing how the relevant organisations in the county "
             "will cooperate to safeguard and promote the welfare of children, and for ensuring the effectiveness "
             "of what they do. Its functions are set out in regulation 5 of the Local Safeguarding Children "
             "Boards Regulations 2006 and include the development of policies and procedures, the communication "
             "to persons and bodies in the area of the need to safeguard and promote the welfare of children, "
             "the monitoring and evaluation of the effectiveness of what is done, participation in the planning "
             "of services, the undertaking of serious case reviews, and the collection and analysis of "
             "information about the deaths of all children in the area."),
        Para("The Board is not an operational body and has no power to direct any agency. Its authority rests "
             "upon the commitment of its members, who are expected to be of sufficient seniority to speak for "
             "their agencies, and upon its ability to challenge them where the effectiveness of their "
             "arrangements is in doubt. The Board's relationship with the Glenmoor Children's Trust is set out "
             "in a protocol agreed in 2011, under which the Board reports to the Trust on the effectiveness of "
             "safeguarding arrangements and the Trust is responsible for responding to the Board's challenge in "
             "the commissioning and delivery of services."),
        Para("During 2012-13 the Board met on five occasions, and its work between meetings was carried forward "
             "by an Executive Committee and by six sub-committees: the Case Review Sub-Committee, the Quality and "
             "Performance Sub-Committee, the Policy and Procedures Sub-Committee, the Training Sub-Committee, the "
             "Child Sexual Exploitation and Missing Sub-Committee, and the Child Death Overview Panel, which is "
             "shared with the neighbouring Harnley LSCB."),
    ]


def _case_reviews() -> list:
    return [
        Heading("Section 6: Serious case reviews", 1),
        Para("Regulation 5 of the Local Safeguarding Children Boards Regulations 2006 requires the Board to "
             "undertake a review where abuse or neglect of a child is known or suspected and either the child has "
             "died, or the child has been seriously harmed and there is cause for concern as to the way in which "
             "the authority, the Board or other relevant persons have worked together to safeguard the child. "
             "Cases are considered in the first instance by the Case Review Sub-Committee, which makes a "
             "recommendation to the Independent Chair. During the year the Sub-Committee considered four cases, "
             "two of which had been notified to Ofsted as serious incidents. One serious case review was "
             "published during the year, and the overview report of a second was completed but cannot yet be "
             "published."),
        Heading("The serious case review concerning Child B", 2),
        Para("Child B was a boy of ten weeks who was admitted to the Glenmoor Royal Infirmary in November 2011 "
             "with a fractured skull and multiple fractures of the ribs which were of differing ages. His mother "
             "was eighteen years old and had herself been looked after by the local authority until shortly "
             "before his birth; his father, who was twenty, was subsequently convicted of offences of cruelty "
             "and of causing grievous bodily harm. Child B has made a good physical recovery and is now placed "
             "for adoption. The review was undertaken by an independent overview author, and the individual "
             "management reviews of eight agencies were completed in accordance with the timescales then "
             "prescribed by Working Together. The overview report and executive summary were evaluated by "
             "Ofsted as adequate, and were published on the Board's website in October 2012 following the "
             "conclusion of the criminal proceedings."),
        Para("The overview author found that Child B had been seen on two occasions prior to his admission with "
             "bruising, once to his ear at a minor injuries unit and once to his cheek by a health visitor, and "
             "that on neither occasion had the bruising been recognised as a matter of concern in a baby who "
             "could not move independently. The author also found that the assessment of the parents undertaken "
             "before Child B's birth had focused principally on the mother's practical preparation for "
             "parenthood, and had given insufficient weight to her own experiences of neglect and of "
             "placement breakdown, and to the father's history, which included three domestic incidents "
             "attended by the police, none of which had resulted in a crime being recorded. It was further noted "
             "that Child B had not been brought to two appointments at the GP surgery, and that this had not "
             "been followed up."),
        Para(f"The overview report recommended that {R1}, and that {R2}. It further recommended that {R3}, "
             f"and that {R4}. In addition, the overview author recommended that {R5}, and that {R6}. The Board "
             "accepted each of these recommendations in full at its meeting in July 2012, and the individual "
             "management reviews contained a further twenty-three single-agency recommendations, which were "
             "incorporated into the same action plan."),
        Para("In the period since the recommendations were accepted, a good deal of work has been undertaken. "
             f"{A1}. The Case Review Sub-Committee has confirmed that this recommendation has been fully implemented. "
             f"In relation to the training of staff in unscheduled care settings, {A2}; this "
             "element of the plan is therefore not yet complete."),
        Para(f"With regard to the assessment of young parents, {A3}. The Board has been told that {A4}, and this "
             "arrangement has been in place since February 2013. It is too early to judge its effect upon the "
             "volume of notifications received by the Children's Services contact centre."),
        Para(f"As to the recommendation concerning general practice, {A5}; this work remains in progress. {A6}, "
             "and the Board regards this recommendation as having been completed."),
        Para(f"{MONITORING}. The Sub-Committee will not regard any action as completed until it has received "
             "evidence that practice has changed, and it intends during 2013-14 to commission a multi-agency "
             "audit of cases involving young parents who are themselves care leavers in order to test whether the "
             "revised guidance has had the intended effect."),
        Heading("The serious case review concerning Child D", 2),
        Para("The Independent Chair decided in March 2012 that the circumstances of the death of Child D, a girl "
             "aged three, met the criteria for a serious case review. The overview report was completed in "
             "January 2013 and has been accepted by the Board, but criminal proceedings against a member of the "
             "household are continuing and the report cannot be published until those proceedings are concluded. "
             "The agencies concerned have nevertheless begun to act upon the lessons identified, and the action "
             "plan will be reported in the Board's next annual report."),
    ]


def _sin_and_ofsted() -> list:
    return [
        Heading("Serious incident notifications and other reviews", 2),
        Para("In August 2012 the Local Authority notified Ofsted of a serious incident concerning a young person "
             "aged fifteen who had been admitted to hospital following a serious assault at a supported lodging "
             "placement. The Case Review Sub-Committee considered whether the criteria for a serious case review "
             "were met and concluded that, although the young person had been seriously harmed, there was no "
             "cause for concern as to the way in which agencies had worked together. The Independent Chair "
             "accepted that advice, but asked the Sub-Committee to carry out a multi-agency management review in "
             "order that any lessons might be identified."),
        Para("The management review, which reported in December 2012, recommended that the commissioning of "
             "supported lodgings for young people aged sixteen and seventeen should include a requirement for "
             "providers to notify the placing authority of any incident involving the police within twenty-four "
             "hours, and that the leaving care service should undertake an assessment of risk before any young "
             "person under eighteen is placed in shared accommodation with adults. Both recommendations have "
             "been accepted by the Director of Children's Services and are being taken forward through the "
             "Children's Services commissioning plan, rather than through the Board."),
        Heading("Section 7: Inspection", 1),
        Para("Ofsted and the Care Quality Commission undertook an announced inspection of safeguarding and looked "
             "after children services in Glenmoor in May 2012. The overall effectiveness of safeguarding services "
             "was judged to be adequate, as was the capacity for improvement; services for looked after children "
             "were judged to be good. The inspectors noted that the LSCB was 'well established and respected by "
             "partners', but that its oversight of the quality of front-line practice was 'at an early stage of "
             "development'."),
        Para("The inspection report set out a number of areas for improvement, of which those relating to the "
             "Board and to its partner agencies were as follows."),
        Para("Immediately:", bold=True),
        Bullets([
            "Glenmoor County Council should ensure that all child protection conferences are quorate and that the "
            "reasons for any conference proceeding without the police or health are recorded.",
        ]),
        Para("Within three months:", bold=True),
        Bullets([
            "the LSCB should develop a multi-agency audit programme which evaluates the quality of front-line "
            "practice and the outcomes for children;",
            "NHS Glenmoor and Glenmoor NHS Trust should ensure that all staff who work with children receive "
            "safeguarding supervision in line with intercollegiate guidance;",
            "the LSCB should ensure that the views of children and families are used to inform its work.",
        ]),
        Para("Within six months:", bold=True),
        Bullets([
            "Glenmoor County Council should reduce the number of social work vacancies filled by agency staff.",
        ]),
        Para("The post-inspection action plan is overseen by the Children's Trust, and the Board receives a "
             "report on it twice yearly. The Quality and Performance Sub-Committee has agreed a multi-agency audit "
             "programme for 2013-14, the first audit in which will examine the quality of child protection plans."),
    ]


def _priorities() -> list:
    return [
        Heading("Section 10: Priorities for 2013-14", 1),
        Para("At its development day in February 2013 the Board reviewed the priorities which it had set for the "
             "year under review and agreed the following priorities for 2013-14, which are set out in greater "
             "detail in the Board's business plan. The Board should, in the coming year:"),
        Bullets([
            "implement the revised Working Together to Safeguard Children (2013), including the new framework "
            "for learning and improvement and the use of systems methodology in case reviews;",
            "develop its oversight of the quality of front-line practice through a programme of multi-agency "
            "audits, as the inspectors recommended;",
            "ensure that the arrangements for safeguarding children are not weakened by the reorganisation of "
            "the health service;",
            "strengthen the response to children at risk of sexual exploitation and to those who go missing;",
            "make the views of children, young people and their families more visible in its work.",
        ]),
        Para("Progress against these priorities will be reported in the annual report for 2013-14."),
    ]


def _other_work() -> list:
    return [
        Heading("Section 9: Other areas of the Board's work", 1),
        Heading("Private fostering", 2),
        Para("The Board has continued to regard the low number of private fostering notifications in "
             "Glenmoor as a matter of some concern. At 31st March 2013 the County Council was aware of eleven "
             "children living in private fostering arrangements, the majority of whom were young people from "
             "overseas attending independent schools in the county. It is generally accepted that the number "
             "of children who are privately fostered is considerably greater than the number notified, and "
             "the Board has therefore supported a further awareness campaign, directed in particular at "
             "schools, general practices and faith communities. The County Council's annual report on private "
             "fostering was presented to the Board in January 2013, and the Board was satisfied that visits to "
             "the children who are known were being undertaken within the required timescales in all but one "
             "case."),
        Heading("Children who go missing and child sexual exploitation", 2),
        Para("The Child Sexual Exploitation and Missing Sub-Committee was established in June 2012, in the "
             "light of the growing national awareness of the sexual exploitation of children and young people, "
             "and has met on five occasions. It has adopted a multi-agency protocol and risk assessment tool, "
             "developed in conjunction with the other boards in the region, and has established a monthly "
             "meeting at which the cases of young people assessed as being at significant risk are discussed. "
             "Twenty-two young people were discussed at that meeting during the year. The Sub-Committee has also "
             "begun to map the locations in the county about which concerns have been expressed, and is working "
             "with the Constabulary and with the district councils' licensing teams."),
        Para("The Board is aware that its knowledge of the extent of child sexual exploitation in Glenmoor "
             "remains incomplete. It has asked the Sub-Committee to prepare a problem profile, with the "
             "assistance of the Constabulary's analysts, which will be presented to the Board in the autumn of "
             "2013. Return interviews for young people who have been missing from home or care are now offered "
             "by a voluntary sector provider commissioned by the County Council, and the rate at which they are "
             "taken up will be monitored by the Quality and Performance Sub-Committee."),
        Heading("Relationships with other partnerships", 2),
        Para("The Board has continued to work closely with the Glenmoor Children's Trust, the Safer Glenmoor "
             "Partnership and the shadow Health and Wellbeing Board. The Independent Chair has met with the "
             "chairs of each of these partnerships during the year, and a joint protocol setting out their "
             "respective responsibilities in relation to domestic abuse was agreed in March 2013. The Board has "
             "also contributed to the Joint Strategic Needs Assessment, in particular in relation to the health "
             "needs of looked after children and of young people who misuse substances."),
    ]


def _sub_committees() -> list:
    return [
        Heading("Section 5: The work of the sub-committees", 1),
        Heading("Quality and Performance Sub-Committee", 2),
        Para("The Quality and Performance Sub-Committee is chaired by the Assistant Director for Safeguarding "
             "of Glenmoor County Council and receives a quarterly report on a dataset of some forty indicators "
             "drawn from the agencies represented on the Board. The Sub-Committee has recognised for some time "
             "that the dataset is dominated by information from Children's Services and says comparatively "
             "little about the contribution of health and police colleagues, and work to broaden it has been "
             "delayed by the reorganisation of the health service. The Sub-Committee has, however, been able to "
             "report to the Board on the timeliness of initial child protection conferences, which improved from "
             "61 per cent to 79 per cent within fifteen working days, and on the proportion of children becoming "
             "the subject of a child protection plan for a second or subsequent time, which remained at around "
             "sixteen per cent."),
        Para("The Sub-Committee also oversaw the section 11 audit, to which nineteen agencies responded in the "
             "autumn of 2012. The audit was, for the first time, followed by a series of challenge meetings at "
             "which each agency was asked to demonstrate the evidence underlying its self-assessment. These "
             "meetings were felt by all concerned to be considerably more useful than the written returns "
             "alone."),
        Heading("Policy and Procedures Sub-Committee", 2),
        Para("The Board's child protection procedures are shared with the other boards in the region and are "
             "published online. During the year the Sub-Committee contributed to revised chapters on forced "
             "marriage, on the management of allegations against staff, and on bruising in non-mobile infants, "
             "the last of which arose directly from the Child B serious case review. The Sub-Committee has also "
             "begun the revision of the local threshold document in preparation for the new Working Together."),
        Heading("Allegations against people who work with children", 2),
        Para("The Local Authority Designated Officer received 138 referrals concerning adults who work with "
             "children during the year, compared with 119 in 2011-12. Forty-four of these concerned staff in "
             "schools, thirty-one foster carers, twenty-two staff in residential settings and the remainder a "
             "range of other settings, including transport, sport and faith organisations. The Designated "
             "Officer has reported that the timeliness of investigations continues to be affected by delays in "
             "police and disciplinary processes, and the Board has asked for further information on the cases "
             "which remained open for more than six months."),
    ]


def _caf() -> list:
    return [
        Heading("Early intervention and the Common Assessment Framework", 2),
        Para("The number of Common Assessment Framework assessments initiated in Glenmoor rose to 1,244 during "
             "the year, of which slightly more than half were initiated by schools. The Board welcomes this "
             "increase, but remains concerned that the quality of assessments is variable and that too many are "
             "closed without the outcomes for the child being recorded. The County Council intends during "
             "2013-14 to bring the Common Assessment Framework and the team around the family arrangements "
             "together within a single early help offer, and the Board has asked to be consulted on the "
             "proposals before they are implemented."),
    ]


def build() -> ReportSpec:
    c = filler.Ctx(area=AREA, board=BOARD, short="GLSCB", period=YEAR, seed=SEED,
                   council="Glenmoor County Council", police="Glenmoor Constabulary", ccg="NHS Glenmoor",
                   acute_trust="Glenmoor NHS Trust", community_trust="Glenmoor Community Services",
                   level=2)
    blocks: list = []
    blocks += _chair() + [PageBreak()]
    blocks += _role()
    blocks += [Heading("Section 2: Glenmoor - the local context", 1)] + filler.area_profile(c)[1:]
    blocks += [Heading("Section 3: Governance and membership", 1)] + filler.membership(c)[1:]
    blocks += [Heading("Section 4: Financial arrangements", 1)] + filler.budget(c)[1:] + [PageBreak()]
    blocks += _sub_committees() + filler.training(c) + [PageBreak()]
    blocks += _case_reviews() + _sin_and_ofsted() + [PageBreak()]
    blocks += [Heading("Section 8: Child deaths", 1)] + filler.cdop(c)[1:]
    blocks += [Heading("Section 9: Other areas of the Board's work", 1)]
    blocks += _other_work()[1:] + _caf()
    blocks += _priorities()
    return ReportSpec(
        name=NAME,
        title="Glenmoor Local Safeguarding Children Board - Annual Report 2012/2013",
        running_header="Glenmoor LSCB Annual Report 2012/2013",
        blocks=blocks,
        gold=_gold(),
        published="Presented to the Glenmoor Children's Trust, September 2013",
    )
