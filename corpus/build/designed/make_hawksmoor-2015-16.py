"""hawksmoor-2015-16: a designed Word annual report (Hawksmoor Local Safeguarding Children Board).

Layout: a newsletter. A one-column cover (two page-anchored text boxes: masthead and "inside" panel),
then, from page 2, alternating continuous sections: a full-width shaded banner heading (one column, the
stat tiles of "Hawksmoor in numbers" sit in one) and the text under it in two balanced newspaper columns
with a rule between them (section columns, w:cols num="2" sep="1"). The budget is a small table inside a
column, a timeline and a pull quote are bordered paragraphs; real Word footnotes (word/footnotes.xml)
carry sources and notes.

Serious case reviews: each recommendation is one paragraph (sometimes two) that opens with the
recommendation as a bold lead-in sentence, goes on in plain text with what has been done, and ends with a
bracketed status word, [Complete], [In hand], [Not yet started] or [Awaiting update]. The status words are
explained only in a footnote whose reference mark sits straight after the first bracket. Child O quotes
its recommendations, numbered "1." to "7."; Baby G (completed, not published: criminal proceedings)
paraphrases them, unnumbered; two open recommendations of the earlier Family Y review are labelled
"Recommendation 4:" and "Recommendation 6:". Young Person U has only just been commissioned.
Decoys in the very same lead-in + [status] form: a local learning review (Siblings V) and the business
plan priorities; others in prose or bullets: a domestic homicide review (Mrs L), Ofsted's recommendations
for the Board, CDOP recommendations and section 11 findings."""
import copy
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from wordml import CELL, NSDECL, P, R, TABLE, TEXTBOX, Builder, X  # noqa: E402

NAME = "hawksmoor-2015-16"
OUT = Path(os.environ.get("DESIGNED_OUT", "."))
LSCB = "Hawksmoor Local Safeguarding Children Board"
PERIOD = "2015-16"

GREEN, OCHRE, INK, MIST, SAND = "1E5B4F", "B97A12", "262626", "E7F0EC", "F7EEDC"

b = Builder(font="Calibri", size=10)
b.header_footer("Hawksmoor LSCB  \u00b7  Annual Report 2015\u201316",
                "Hawksmoor Local Safeguarding Children Board", rule=GREEN)
SENTINEL = b.body.find(qn("w:sectPr"))

# ------------------------------------------------------------------ footnotes (real ones)
FOOTNOTES = []


def FN(text):
    """A footnote reference run; the note text goes to word/footnotes.xml."""
    FOOTNOTES.append(text)
    fid = len(FOOTNOTES) + 1          # 0 and 1 are the separators
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            '<w:footnoteReference w:id="%d"/></w:r>' % fid)


def fn_number():
    """The number Word will print on the next footnote."""
    return len(FOOTNOTES) + 1


def install_footnotes():
    notes = ['<w:footnote w:type="separator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:pPr><w:spacing w:after="0" '
             'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, text in enumerate(FOOTNOTES, 2):
        notes.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s'
                     '</w:p></w:footnote>' % (k, R(" " + text)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (NSDECL, "".join(notes)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), b.doc.part.package)
    b.doc.part.relate_to(part, RT.FOOTNOTES)
    styles = b.doc.styles.element
    styles.append(X('<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
                    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:pPr><w:spacing w:after="40" '
                    'w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/>'
                    '</w:rPr></w:style>'))
    styles.append(X('<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote '
                    'reference"/><w:uiPriority w:val="99"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    '</w:style>'))
    settings = b.doc.settings.element
    fpr = X('<w:footnotePr><w:footnote w:id="0"/><w:footnote w:id="1"/></w:footnotePr>')
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)


# ------------------------------------------------------------------ sections
def _set_layout(sp, cols, start, title_page):
    t = sp.find(qn("w:type"))
    if t is None:
        t = X('<w:type w:val="continuous"/>')
        sp.find(qn("w:pgSz")).addprevious(t)
    t.set(qn("w:val"), start)
    c = sp.find(qn("w:cols"))
    c.set(qn("w:num"), str(cols))
    c.set(qn("w:space"), "567")
    if cols > 1:
        c.set(qn("w:sep"), "1")
    elif c.get(qn("w:sep")) is not None:
        del c.attrib[qn("w:sep")]
    tp = sp.find(qn("w:titlePg"))
    if tp is not None and not title_page:
        sp.remove(tp)


def end_section(cols, start="continuous", title_page=False):
    """Close the section that holds everything written since the previous break."""
    sp = copy.deepcopy(SENTINEL)
    _set_layout(sp, cols, start, title_page)
    p = X("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>")
    p.find(qn("w:pPr")).append(sp)
    SENTINEL.addprevious(p)


# ------------------------------------------------------------------ text helpers
def para(runs, after=110, jc="both", **kw):
    if isinstance(runs, str):
        runs = [R(runs)]
    b.raw(P(runs, after=after, jc=jc, **kw))


def sub(text, color=GREEN):
    b.raw(P([R(text, b=True, sz=12.5, color=color)], style="Heading2", before=160, after=60, keep_next=True))


def minor(text):
    b.raw(P([R(text, b=True, sz=10.5, color=OCHRE, small_caps=True)], before=100, after=40, keep_next=True))


def banner(title, kicker, new_page=False, extra=None):
    """Full-width shaded masthead of a section (its own one-column section)."""
    b.raw(P([R(title, b=True, sz=20, color="FFFFFF")], style="Heading1", shd=GREEN, before=0, after=0,
            ind='<w:ind w:left="113" w:right="113"/>', keep_next=True))
    b.raw(P([R(kicker, i=True, sz=10.5, color=GREEN)], shd=SAND, before=0, after=160,
            ind='<w:ind w:left="113" w:right="113"/>',
            border='<w:bottom w:val="single" w:sz="12" w:space="2" w:color="%s"/>' % OCHRE))
    if extra:
        extra()
    end_section(1, "nextPage" if new_page else "continuous")


def bullets(items):
    for t in items:
        b.raw(P([R("\u25aa", color=OCHRE), R(t, tab_before=True)], after=60, jc="left",
                tabs='<w:tab w:val="left" w:pos="284"/>', ind='<w:ind w:left="284" w:hanging="284"/>'))


def callout(title, lines):
    bdr = ('<w:top w:val="single" w:sz="12" w:space="4" w:color="%s"/>'
           '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="%s"/>') % (OCHRE, OCHRE)
    b.raw(P([R(title, b=True, color=GREEN)], shd=SAND, border=bdr, after=0, keep_next=True,
            ind='<w:ind w:left="85" w:right="85"/>'))
    for k, ln in enumerate(lines):
        b.raw(P([R(ln, sz=9.5)], shd=SAND, border=bdr, after=0 if k < len(lines) - 1 else 160,
                keep_next=k < len(lines) - 1, ind='<w:ind w:left="85" w:right="85"/>'))


# ------------------------------------------------------------------ entries (the gold is built from these)
gold_entries = []
STATUS_GOLD = {"Complete": "completed", "In hand": "in_progress", "Not yet started": "not_started",
               "Awaiting update": "unknown"}


def status_run(word):
    return R("[%s]" % word, b=True, color=OCHRE)


def rec(scr, label, number, text, body_paras, status, bodies, action=True, note=None, due=None):
    """One entry: bold lead-in (the recommendation), what has been done, [status].
    body_paras: list of strings; the status word closes the last one."""
    lead = [R(label, b=True, color=GREEN)] if label else []
    lead.append(R(text, b=True))
    paras = list(body_paras)
    for k, ptxt in enumerate(paras):
        runs = (lead + [R(" ")]) if k == 0 else []
        runs.append(R(ptxt))
        if k == len(paras) - 1:
            runs += [R(" "), status_run(status)]
            if note:
                runs.append(FN(note))
        para(runs, after=60 if k < len(paras) - 1 else 140, jc="left")
    gold_entries.append(dict(scr=scr, number=number, text=text,
                             action=" ".join(paras) if action else None,
                             bodies=bodies, status=STATUS_GOLD[status], due=due))


def decoy(lead_text, body, status):
    para([R(lead_text, b=True), R(" " + body + " "), status_run(status)], after=140, jc="left")


# ================================================================== COVER
mast = (P([R("HAWKSMOOR", b=True, sz=38, color="FFFFFF")], after=0)
        + P([R("Local Safeguarding Children Board", sz=18, color="FFFFFF")], after=500)
        + P([R("Annual Report", b=True, sz=30, color="FFFFFF")], after=0)
        + P([R("2015\u201316", b=True, sz=30, color="F2C76E")], after=200)
        + P([R("1 April 2015 to 31 March 2016", sz=13, color="FFFFFF")], after=700)
        + P([R("\u201cSeeing the child, every time.\u201d", i=True, sz=14, color="FFFFFF")], after=500)
        + P([R("Published July 2016  \u00b7  www.hawksmoorlscb.org.uk", sz=10, color="D9E8E2")], after=0))
inside = (P([R("Inside this report", b=True, sz=12, color=GREEN)], after=80)
          + "".join(P([R("\u25aa  ", color=OCHRE), R(t, sz=10.5)], after=30) for t in [
              "A word from the Independent Chair", "Hawksmoor in numbers", "How the Board works",
              "The year at a glance", "What our partners did",
              "Learning and development", "Checking the quality of our work",
              "Exploitation and children who go missing", "Child deaths",
              "What Ofsted said", "Serious case reviews: what we learned and what we did",
              "Other reviews", "Our priorities", "Contact us"]))
b.raw(P([TEXTBOX(mast, 17.0, 11.5, x_cm=0, y_cm=3.2, fill=GREEN, line=None, wrap="none",
                 rel_h="margin", rel_v="page", name="Masthead"),
         TEXTBOX(inside, 9.0, 8.4, x_cm=8.0, y_cm=16.0, fill=MIST, line=OCHRE, wrap="none",
                 rel_h="margin", rel_v="page", name="Inside panel")], after=0))
b.raw(P([R("")], after=0))
end_section(1, "nextPage", title_page=True)

# ================================================================== FOREWORD
banner("A word from the Independent Chair", "Patricia Vanstone, Independent Chair since April 2013", True)
para([R("Welcome to the annual report of the Hawksmoor Local Safeguarding Children Board for 2015\u201316. "
        "Every Board must publish a report each year on how well children are safeguarded in its area and "
        "how effective local services are."),
      FN("Working Together to Safeguard Children, HM Government, March 2015, chapter 3, paragraph 14."),
      R(" We have tried to write it for everyone who lives and works in Hawksmoor, not only for "
        "professionals, and to be honest about where we have fallen short.")])
para("It has been a year of hard lessons. In October we published the serious case review about Child O, "
     "a little boy who disappeared from the view of every agency after he was taken out of school. In "
     "January the Board accepted the findings of a second review, about Baby G, which cannot yet be "
     "published because of criminal proceedings. And in February I commissioned a third review, about "
     "Young Person U, whose story tells us that child sexual exploitation is not something that happens "
     "only in other towns.")
para("I want to thank Child O\u2019s grandparents, who spoke to the lead reviewer with great courage, and "
     "the practitioners who took part in the reviews openly. The point of a serious case review is not to "
     "find someone to blame. It is to find out why the system let a child down, and to change it. This "
     "report sets out what each review asked us to do, who is doing it, and how far we have got. Where we "
     "have not got far enough, we say so.")
para("In November 2015 Ofsted inspected the Council\u2019s services for children and, at the same time, "
     "reviewed the work of the Board. Both were judged to require improvement. I do not disagree with "
     "Ofsted\u2019s findings: we have a good deal of activity but we need to get better at showing what "
     "difference it makes. Our response is set out in this report and in our priorities for 2016\u201317.")
para("Nationally, the Government has asked Alan Wood to review the role and functions of Local "
     "Safeguarding Children Boards. Whatever the future structure, the partners in Hawksmoor have told me "
     "that they are committed to working together, and I am grateful to them, to our two lay members, and to "
     "the small team in the Board\u2019s business unit for all their work this year.")
para([R("Patricia Vanstone", b=True, color=GREEN), R("  Independent Chair", i=True, color="595959")],
     jc="left", after=200)
callout("About this report", [
    "This report covers 1 April 2015 to 31 March 2016. It goes to the Chief Executive of Hawksmoor "
    "Metropolitan Borough Council, the Leader of the Council, the Police and Crime Commissioner for "
    "Fellmarsh and the Chair of the Health and Wellbeing Board, and is published on our website."])
end_section(2)

# ================================================================== NUMBERS
def tile(num, label, fill):
    return CELL(P([R(num, b=True, sz=17, color=GREEN)], after=0, jc="center")
                + P([R(label, sz=8.5)], after=0, jc="center"), 4.25, fill=fill, valign="center")


def tiles():
    rows = [[tile("231,400", "people live in Hawksmoor", MIST), tile("52,900", "are under 18 (22.9%)", SAND),
             tile("9,812", "contacts to the Front Door", MIST), tile("3,104", "referrals to social care", SAND)],
            [tile("261", "children on a child protection plan at 31 March", SAND),
             tile("412", "children looked after at 31 March", MIST),
             tile("1,147", "early help assessments", SAND), tile("142", "allegations against adults (LADO)", MIST)]]
    b.raw(TABLE(rows, [4.25] * 4, border="FFFFFF", header_rows=0))
    b.raw(P([R("")], after=60))


banner("Hawksmoor in numbers", "Who lives here, and what the figures told us in 2015\u201316", extra=tiles)
para([R("Hawksmoor is a metropolitan borough of around 231,400 people",),
      FN("Office for National Statistics, mid-2015 population estimates."),
      R(", built around the old mill town of Hawksmoor and the smaller towns of Edgecroft, Sallowfield and "
        "Ravensclough. Just under a quarter of the population are children and young people, and 17% of "
        "them are from Black and minority ethnic communities, most of them of Pakistani or Bangladeshi "
        "heritage.")], after=110)
para("One child in four lives in a low-income family, and in parts of central Hawksmoor and Sallowfield "
     "the figure is closer to one in two. The borough has 79 schools: 63 primary, 12 secondary and four "
     "special schools, as well as a further education college and two pupil referral units.")
para("The number of children on a child protection plan rose by 14% over the year, to 49.3 per 10,000 "
     "children, which is above the England average. Neglect remains the most common category (58% of "
     "plans), followed by emotional abuse (29%). Nine private fostering arrangements were notified, "
     "compared with six last year; all were visited within the required seven days.")
para("The Local Authority Designated Officer (LADO) dealt with 142 allegations against people who work "
     "with children. Almost a third concerned staff in schools. Thirty-eight were substantiated, and in "
     "eleven cases the person was dismissed or removed from their role.")
end_section(2)

# ================================================================== HOW THE BOARD WORKS
banner("How the Board works", "Partners, sub-groups and money")
para("The Board brings together the organisations that have a duty to keep children safe in Hawksmoor: "
     "the Council, Fellmarsh Police, NHS Hawksmoor Clinical Commissioning Group, Hawksmoor Hospitals NHS "
     "Foundation Trust, Sellgate Care NHS Trust, the National Probation Service, Fellmarsh and Dale "
     "Community Rehabilitation Company, Cafcass, the Youth Offending Service, schools and the voluntary "
     "sector. Two lay members bring the view of the wider community.")
para("The full Board met five times in 2015\u201316 and attendance averaged 81%. An Executive Group of the "
     "statutory partners meets between Board meetings, and most of the detailed work is done by six "
     "sub-groups:")
bullets(["Serious Case Review sub-group (chair: Designated Nurse, NHS Hawksmoor CCG)",
         "Quality Assurance and Performance sub-group",
         "Training and Workforce Development sub-group",
         "Child Sexual Exploitation and Missing sub-group",
         "Policy and Procedures sub-group",
         "Child Death Overview Panel, shared with the other three Fellmarsh districts"])
minor("The Board\u2019s budget")
brow = [["Contributions 2015\u201316", "\u00a3"],
        ["Hawksmoor Metropolitan Borough Council", "142,300"],
        ["NHS Hawksmoor CCG", "61,500"],
        ["Fellmarsh Police and Crime Commissioner", "24,000"],
        ["National Probation Service", "1,500"],
        ["Fellmarsh and Dale CRC", "1,500"],
        ["Cafcass", "550"],
        ["Training income", "18,200"],
        ["Total", "249,550"]]
cells = []
for k, (a, v) in enumerate(brow):
    bold = k in (0, len(brow) - 1)
    fill = GREEN if k == 0 else (MIST if bold else None)
    col = "FFFFFF" if k == 0 else INK
    cells.append([CELL(P([R(a, b=bold, sz=9, color=col)], after=0), 5.7, fill=fill),
                  CELL(P([R(v, b=bold, sz=9, color=col)], after=0, jc="right"), 2.2, fill=fill)])
b.raw(TABLE(cells, [5.7, 2.2], border="BFBFBF"))
para("Most of the money pays for the business unit (a Board manager, a training co-ordinator, a "
     "quality assurance officer and an administrator), the Independent Chair and the cost of serious case "
     "reviews, which came to \u00a331,800 this year. A small underspend has been carried forward to meet "
     "the cost of the Young Person U review.", before=110)
end_section(2)

# ================================================================== YEAR AT A GLANCE
banner("The year at a glance", "Twelve months of the Board\u2019s work")
for month, what in [
        ("April 2015", "New multi-agency escalation procedure launched."),
        ("June 2015", "Neglect strategy launched; Baby G serious case review commissioned."),
        ("July 2015", "Multi-agency standard on interpreting agreed."),
        ("September 2015", "Revised guidance for schools on pupils taken off roll."),
        ("October 2015", "Child O serious case review published."),
        ("November 2015", "Ofsted inspection and review of the Board; domestic homicide review (Mrs L) "
                          "published by the Community Safety Partnership."),
        ("December 2015", "Siblings V local learning review reports."),
        ("January 2016", "Board accepts the Baby G review; child sexual exploitation team opens; all schools "
                         "join Operation Encompass."),
        ("February 2016", "Young Person U serious case review commissioned; CP-IS goes live at Hawksmoor "
                          "General Hospital."),
        ("March 2016", "Young Inspectors review child protection plans with the Board.")]:
    b.raw(P([R(month, b=True, color=GREEN, sz=9.5)], after=0, keep_next=True,
            border='<w:left w:val="single" w:sz="18" w:space="6" w:color="%s"/>' % OCHRE,
            ind='<w:ind w:left="170"/>'))
    b.raw(P([R(what, sz=9.5)], after=90, jc="left",
            border='<w:left w:val="single" w:sz="18" w:space="6" w:color="%s"/>' % OCHRE,
            ind='<w:ind w:left="170"/>'))
end_section(2)

# ================================================================== PARTNERS
banner("What our partners did", "Highlights from each agency\u2019s report to the Board")
for who, what in [
        ("Hawksmoor Children\u2019s Services. ",
         "The Front Door handled 9,812 contacts, 6% more than last year. Caseloads for social workers in the "
         "assessment teams fell from an average of 24 to 19 after eight new posts were filled, and the "
         "proportion of assessments completed within 45 working days rose to 83%."),
        ("Fellmarsh Police. ",
         "The Public Protection Unit was restructured in September 2015 and now has a dedicated child "
         "sexual exploitation team based in Sallowfield. Officers attended 3,920 domestic abuse incidents "
         "in Hawksmoor at which 2,406 children were present."),
        ("NHS Hawksmoor CCG. ",
         "The CCG appointed a Named GP for safeguarding for two sessions a week and ran safeguarding "
         "training for 212 practice staff. Every GP practice now has a safeguarding lead."),
        ("Hawksmoor Hospitals NHS Foundation Trust. ",
         "The Trust trained 94% of its clinical staff in children\u2019s safeguarding to the required "
         "level, and opened a paediatric liaison post that follows up every child seen in the Emergency "
         "Department after self-harm."),
        ("Sellgate Care NHS Trust. ",
         "Health visitors completed 2,780 new birth visits, 93% of them within 14 days. School nurses ran "
         "drop-in sessions in all 12 secondary schools, seeing 1,604 young people."),
        ("Schools. ",
         "All 79 schools returned the annual safeguarding audit for schools. Seventy-four have a "
         "designated safeguarding lead who has been trained in the last two years."),
        ("Probation and youth justice. ",
         "The National Probation Service and Fellmarsh and Dale Community Rehabilitation Company both "
         "introduced a child safeguarding check at the start of every sentence. The Youth Offending Service "
         "worked with 231 young people, 38 of whom were also known to be at risk of exploitation."),
        ("The voluntary sector. ",
         "The Lantern Project supported 64 young people at risk of sexual exploitation, and Hawksmoor "
         "Council for Voluntary Service ran eight safeguarding workshops for small community groups.")]:
    para([R(who, b=True, color=GREEN), R(what)])
end_section(2)

# ================================================================== TRAINING
banner("Learning and development", "Training that changes practice")
para("The Training and Workforce Development sub-group ran 64 multi-agency courses, attended by 1,482 "
     "practitioners from 31 organisations, and 2,310 people completed one of the Board\u2019s e-learning "
     "modules. The most popular courses were on neglect and the Graded Care Profile, on child sexual "
     "exploitation and on the new escalation procedure.")
para("We have started to ask people three months after a course whether it has changed what they do. Of "
     "the 402 who replied, 71% said they had used something they learned with a family, and 54% said they "
     "had shared it with their team. Learning from the Child O review was turned into a seven-minute "
     "briefing in November 2015 and used in 96 team meetings across the partnership.")
end_section(2)

# ================================================================== QUALITY ASSURANCE
banner("Checking the quality of our work", "Audits, section 11 and what they found")
minor("Multi-agency audits")
para("The Quality Assurance and Performance sub-group carried out two multi-agency case audits this year. "
     "The neglect audit looked at 30 cases and found that chronologies were rarely shared between agencies "
     "and that plans too often changed only when a child moved school or home. The child sexual "
     "exploitation audit (18 cases) found good work by the specialist team but late recognition of risk by "
     "universal services, particularly for boys.")
minor("Section 11 audit")
para("Twenty-two agencies completed the section 11 self-assessment in the autumn. Most rated themselves "
     "as meeting the standards, but the peer challenge sessions in January found that three areas needed "
     "more work across the partnership:")
bullets(["Agencies should check that staff who work with adults know how to make a referral about a child.",
         "Safer recruitment training should be refreshed for managers in smaller voluntary organisations.",
         "Agencies should be able to show how children\u2019s views have changed their services."])
para("Each agency has agreed an action plan, and the sub-group will check them in the 2016\u201317 "
     "audit round.", before=60)
end_section(2)

# ================================================================== CSE AND MISSING
banner("Exploitation and children who go missing", "The work of the Child Sexual Exploitation and Missing sub-group")
para("Child sexual exploitation has been a priority for the Board for three years. In 2015\u201316, 97 "
     "children were referred to the multi-agency sexual exploitation (MASE) meeting, compared with 71 the "
     "year before; 14 of them were boys. The new child sexual exploitation team, which opened in January "
     "2016, brings together police officers, social workers and a youth worker from the Lantern Project.")
para("There were 388 episodes of children going missing from home or care, involving 163 children. "
     "Return home interviews were offered after 92% of episodes and took place after 61%. Young people "
     "told us that they would rather talk to someone they already know, and the sub-group is looking at "
     "how youth workers and school staff can carry out more of the interviews.")
para("The sub-group ran a campaign for taxi drivers, hotel staff and takeaway workers in the autumn, and "
     "1,140 of them have now been trained to recognise and report exploitation. Information from the "
     "community led to four disruption orders and two prosecutions.")
minor("Hearing from children and young people")
para("Over 1,200 pupils in years 8 and 10 answered our online safety survey. One in five had been asked "
     "for a sexual image, and most of them had told no one. The Young Inspectors from the Hawksmoor Youth "
     "Council helped us write a new leaflet for young people, \u2018Who can I tell?\u2019, which has been "
     "given to every secondary school pupil in the borough.")
end_section(2)

# ================================================================== CDOP
banner("Child deaths", "The Child Death Overview Panel")
para("The Fellmarsh Child Death Overview Panel reviews the deaths of all children normally resident in "
     "the four Fellmarsh districts. In 2015\u201316 it completed reviews of 21 deaths of Hawksmoor children. "
     "Eleven were of babies under a year old, most of them as a result of prematurity or a life-limiting "
     "condition. The Panel found modifiable factors in six deaths, including two sudden unexpected deaths "
     "of infants where the baby had been sleeping with a parent who had been drinking.")
para("The Panel has recommended that the Board:")
bullets(["repeat its safe sleep campaign, with a focus on fathers and on the risks of co-sleeping after "
         "alcohol or drugs, and",
         "ask the CCG to make sure that every family is given safe sleep advice at the new birth visit "
         "and again at the six to eight week check."])
end_section(2)

# ================================================================== OFSTED
banner("What Ofsted said", "The review of the Board, November 2015")
para("Ofsted inspected the Council\u2019s services for children in need of help and protection, children "
     "looked after and care leavers in November 2015, and reviewed the effectiveness of the Board at the "
     "same time. Both were judged to require improvement to be good. Ofsted found that the Board had a clear "
     "understanding of its priorities and a good training offer, but that its scrutiny of front-line "
     "practice was not yet strong enough. Ofsted recommended that the Board should:")
bullets(["ensure that its multi-agency dataset includes information from all partners, so that it can "
         "identify weaknesses in practice;",
         "evaluate the impact of its training on the quality of practice with children; and",
         "monitor the arrangements for children missing from home, care and education more closely."])
para("Our response forms part of the business plan for 2016\u201317 and is monitored by the Executive "
     "Group.", before=60)
end_section(2)

# ================================================================== SERIOUS CASE REVIEWS
banner("Serious case reviews", "What we learned and what we did about it")
para([R("A serious case review is carried out when abuse or neglect of a child is known or suspected, and "
        "either the child has died, or has been seriously harmed and there is cause for concern about the "
        "way in which agencies worked together."),
      FN("Local Safeguarding Children Boards Regulations 2006, regulation 5; Working Together to "
         "Safeguard Children 2015, chapter 4."),
      R(" The Serious Case Review sub-group looks at every case that is referred to it and advises the "
        "Independent Chair, who makes the decision.")])
para("In 2015\u201316 the sub-group considered six cases. Two led to serious case reviews (Baby G, "
     "commissioned in June 2015, and Young Person U, commissioned in February 2016). One led to a local "
     "learning review (Siblings V, see Other reviews), and three needed no review beyond the learning "
     "each agency took for itself. The review about Child O, commissioned in 2014\u201315, was published "
     "in October.")
MECH = ("The Serious Case Review sub-group keeps one action plan for every review. Lead agencies report "
        "on their actions at each of the sub-group\u2019s meetings, which are held every two months, and a "
        "recommendation is only marked complete when the sub-group has seen evidence that the change has "
        "been made, such as a revised procedure, training records or an audit.")
minor("How we check progress")
para(MECH + " The chair of the sub-group reports the status of every open recommendation to the Board "
     "twice a year, and the Board challenges any agency whose actions have slipped.")
para("On the pages that follow, each recommendation is shown in bold, with what has been done after it and "
     "its current status at the end.")
KEY_NOTE = ("The status in square brackets after each recommendation is the one agreed by the Serious Case "
            "Review sub-group on 15 March 2016. Complete: the action has been taken and the sub-group has "
            "seen evidence of it. In hand: work has started but is not yet finished. Not yet started: no "
            "work has begun. Awaiting update: the lead agency had not reported to the sub-group in time for "
            "this report, so no status can be given.")
KEY_NUMBER = None

# ---------------------------------------------------------------- Child O
b.raw(P([R("\u201cNo professional saw Child O for fourteen months. Each agency thought that another one "
          "was keeping an eye on him.\u201d", i=True, sz=12, color=GREEN)], before=120, after=40, jc="left",
        border='<w:top w:val="single" w:sz="12" w:space="6" w:color="%s"/>' % OCHRE))
b.raw(P([R("From the Child O review", sz=9, color=OCHRE, small_caps=True)], after=160, jc="right",
        border='<w:bottom w:val="single" w:sz="12" w:space="6" w:color="%s"/>' % OCHRE))
sub("Child O")
para("Child O was eight when he was admitted to Hawksmoor General Hospital in January 2015, severely "
     "underweight and with a fracture to his left arm that was several weeks old. His mother had taken him "
     "out of primary school in 2013, saying she would educate him at home, shortly after the school raised "
     "concerns about his attendance and his appearance. The family moved twice in the next eighteen "
     "months.")
para("Child O\u2019s mother had long-standing mental health difficulties and misused alcohol, and she was "
     "in contact with adult services throughout. No professional saw Child O in the fourteen months before "
     "his admission. He now lives with his grandparents and is doing well. The review, led by the "
     "independent reviewer Ruth Ingleby, was published on 14 October 2015 and made seven recommendations.")
KEY_NUMBER = fn_number()
rec("Child O", "1. ", "1",
    "Hawksmoor Council\u2019s education service should make sure that every child who is withdrawn from "
    "school to be educated at home is visited, and seen, within 20 school days of the school telling the "
    "Council.",
    ["The Elective Home Education team has grown from one officer to three, and a new procedure, in force "
     "since November 2015, requires a home visit within 20 school days of every new notification. The child "
     "must be seen and, where they are old enough, spoken with on their own.",
     "Between December 2015 and March 2016 the team received 46 notifications and visited 41 families "
     "within the timescale; the other five declined a visit and were referred to the Front Door for a "
     "decision about what should happen next."],
    "Complete",
    [("Hawksmoor Council\u2019s education service", "education"),
     ("Elective Home Education team", "education")],
    note=KEY_NOTE)
rec("Child O", "2. ", "2",
    "Schools should tell Children\u2019s Social Care, as well as the education service, when a child who "
    "has, or has recently had, a child protection or child in need plan is taken off roll to be home "
    "educated.",
    ["The Board updated its guidance for schools in September 2015, and the off-roll notification form now "
     "goes automatically to the Front Door as well as to the Elective Home Education team. Designated "
     "safeguarding leads from 61 of the borough\u2019s 79 schools were briefed at the autumn network "
     "meetings."],
    "Complete",
    [("Schools", "education"), ("The Board", "lscb")])
rec("Child O", "3. ", "3",
    "NHS Hawksmoor Clinical Commissioning Group should make sure that GP practices follow up children who "
    "are not brought to appointments, and tell the health visitor or school nurse when a child has been "
    "missed three times in a year.",
    ["The CCG\u2019s Named GP for safeguarding wrote a \u2018was not brought\u2019 policy template, which "
     "was sent to all 34 practices in December 2015. By the end of March 2016, 22 practices had adopted "
     "it, and the Named GP is visiting the others."],
    "In hand",
    [("NHS Hawksmoor Clinical Commissioning Group", "health"), ("GP practices", "health")])
rec("Child O", "4. ", "4",
    "Hawksmoor Hospitals NHS Foundation Trust should make sure that Emergency Department staff check "
    "whether every injured child who attends is known to Children\u2019s Social Care, and record who has "
    "parental responsibility for the child.",
    ["The Trust\u2019s Emergency Department and children\u2019s ward were connected to the national Child "
     "Protection Information Sharing system (CP-IS) in February 2016, and \u2018parental "
     "responsibility\u2019 is now a mandatory field on the electronic attendance record. The Named Nurse "
     "will audit 200 attendances in June 2016 to check that both are being used."],
    "In hand",
    [("Hawksmoor Hospitals NHS Foundation Trust", "health")])
rec("Child O", "5. ", "5",
    "Adult mental health and drug and alcohol services should ask every adult they assess whether they "
    "live with or care for children, and record the answer and the children\u2019s details.",
    ["Hawksmoor Drug and Alcohol Service and Sellgate Care NHS Trust\u2019s community mental health teams "
     "have both added a mandatory \u2018children in the household\u2019 section to their assessment forms. "
     "Neither service has yet audited whether the section is being completed well, and the sub-group has "
     "asked for this by September 2016."],
    "In hand",
    [("Hawksmoor Drug and Alcohol Service", "adult_services"), ("Sellgate Care NHS Trust", "health")])
rec("Child O", "6. ", "6",
    "The Council\u2019s housing options service should tell the Front Door when a family with a child "
    "under five has moved home twice or more in twelve months, or has been evicted.",
    ["The housing options service had not reported its progress to the sub-group when this report was "
     "prepared."],
    "Awaiting update",
    [("The Council\u2019s housing options service", "housing")], action=False)
rec("Child O", "7. ", "7",
    "The LSCB should carry out a multi-agency audit of children who are home educated and known to at "
    "least one other agency, and report what it finds to the Board.",
    ["The Quality Assurance and Performance sub-group will carry out the audit in September 2016, when the "
     "new home visiting procedure has been running for ten months."],
    "Not yet started",
    [("The LSCB", "lscb"), ("Quality Assurance and Performance sub-group", "lscb")])

# ---------------------------------------------------------------- Baby G
sub("Baby G")
para("Baby G was nine weeks old when she was taken to hospital in May 2015 with a fractured skull and "
     "healing fractures to three ribs. Her mother, then 19, had been looked after by another local "
     "authority and moved to Hawksmoor during her pregnancy. Her mother\u2019s new partner, who is not "
     "Baby G\u2019s father, had convictions for violence against two previous partners in another police "
     "force area; no agency in Hawksmoor knew this. Baby G has made a good recovery and lives with foster "
     "carers.")
para([R("The review was completed and accepted by the Board in January 2016, but it cannot be published "
        "until criminal proceedings have ended."),
      FN("The Board will publish the report, with any redactions agreed with the national panel of "
         "independent experts, when the trial has concluded. A date has not yet been set."),
      R(" The Board has not waited for publication to act. Its recommendations are summarised below, "
        "without details that could identify the family.")])
rec("Baby G", None, None,
    "Midwives should ask every pregnant woman about domestic abuse at least once when she is seen alone, "
    "and record it when this has not been possible.",
    ["The maternity service at Hawksmoor General Hospital has changed its booking pathway so that one "
     "antenatal appointment is always held without a partner present. Recorded routine enquiry rose from "
     "58% of women in October 2015 to 86% in March 2016."],
    "Complete",
    [("maternity service at Hawksmoor General Hospital", "health")])
rec("Baby G", None, None,
    "Fellmarsh Police should check other forces\u2019 records for domestic abuse when a new adult joins a "
    "household where there is a baby, or a pregnancy that agencies know about.",
    ["Since March 2016 a Police National Database check has been mandatory for every adult named in a "
     "Front Door referral that involves a child under one or an unborn baby. Fellmarsh Police carried out "
     "317 of these checks in March alone."],
    "Complete",
    [("Fellmarsh Police", "police")])
rec("Baby G", None, None,
    "Hawksmoor Children\u2019s Services should agree with the authorities around it how they will share "
    "information about care leavers who are pregnant or new parents and living outside the area that "
    "looked after them.",
    ["A draft protocol has been sent to the four neighbouring authorities and discussed at the regional "
     "leaving care managers\u2019 group. Two authorities have signed it, and the other two are expected to "
     "sign by the summer."],
    "In hand",
    [("Hawksmoor Children\u2019s Services", "childrens_social_care")])
rec("Baby G", None, None,
    "Health visitors should include fathers and other men in the household in the new birth visit, and "
    "record their details and history.",
    ["Sellgate Care NHS Trust has revised its new birth visit template, and health visitors now record the "
     "name, date of birth and GP of every adult man living in the household. A records audit in February "
     "2016 found these details completed in 71% of visits, short of the Trust\u2019s own target of 90%."],
    "In hand",
    [("Sellgate Care NHS Trust", "health")])
rec("Baby G", None, None,
    "The Board should make sure that every new parent, including fathers, is given advice on coping with a "
    "crying baby before leaving hospital and again at the new birth visit.",
    ["The Training and Workforce Development sub-group has not been able to start this work, because no "
     "funding has yet been found for the materials."],
    "Not yet started",
    [("The Board", "lscb"), ("Training and Workforce Development sub-group", "lscb")], action=False)

# ---------------------------------------------------------------- Young Person U
sub("Young Person U")
para("In February 2016 the Independent Chair agreed, on the advice of the sub-group, that the case of "
     "Young Person U met the criteria for a serious case review. Young Person U is a 15-year-old girl who "
     "was sexually exploited by a group of adult men over almost two years. An independent lead reviewer "
     "has been appointed and the review is expected to report in the autumn. Its findings and "
     "recommendations will be in next year\u2019s report.")

# ---------------------------------------------------------------- Family Y
sub("Family Y: recommendations still open")
para("The review about Family Y was published in March 2014 and made eight recommendations. Six were "
     "closed in 2014\u201315. The sub-group kept the other two open into this year:")
rec("Family Y", "Recommendation 4: ", "4",
    "Partner agencies should use professional interpreters, and never family members, in any assessment "
    "where a parent\u2019s first language is not English.",
    ["A multi-agency standard on interpreting was agreed in July 2015 and every partner has confirmed that "
     "it is written into their own procedures. The sub-group closed this recommendation in November 2015."],
    "Complete",
    [("all partner agencies", "lscb")])
rec("Family Y", "Recommendation 6: ", "6",
    "Hawksmoor Council should review how the Front Door records the outcome of contacts that do not lead "
    "to a referral, so that repeated contacts about the same child are noticed.",
    ["Children\u2019s Services commissioned an external review of the Front Door, which reported in January "
     "2016. Its recommendations, including a new contact record that shows the history of earlier "
     "contacts, are being delivered through the MASH development plan."],
    "In hand",
    [("Hawksmoor Council", "childrens_social_care"), ("Children\u2019s Services", "childrens_social_care")])
end_section(2)

# ================================================================== OTHER REVIEWS
banner("Other reviews", "Learning that did not come from a serious case review")
sub("Local learning review: Siblings V")
para("In July 2015 the sub-group decided that the case of Siblings V, two brothers aged six and eleven who "
     "were living in very poor home conditions, did not meet the criteria for a serious case review, but "
     "that there was learning to be had. A local learning review, built around a practitioner workshop, "
     "reported in December 2015. Its two recommendations are tracked by the sub-group in the same way as "
     "those of serious case reviews:")
decoy("Practitioners should use the Graded Care Profile when they are worried about neglect, and managers "
      "should check that it has been used.",
      "Children\u2019s Services and the health visiting service have trained 188 staff in the tool since "
      "January 2016.", "In hand")
decoy("The Board should publish a short guide for practitioners on escalating concerns when they disagree "
      "with another agency\u2019s decision.",
      "A two-page guide was published in February 2016 and is on the Board\u2019s website.", "Complete")
sub("Domestic homicide review: Mrs L")
para("Hawksmoor Community Safety Partnership published a domestic homicide review in November 2015 about "
     "Mrs L, who was killed by her former partner. Her two teenage children were living with her at the "
     "time. The review made eleven recommendations, three of them for agencies that sit on this Board:")
bullets(["Fellmarsh Police should refer every child present at a domestic abuse incident to the Front Door "
         "within 24 hours.",
         "Schools should be told, by the start of the next school day, when police have attended a domestic "
         "abuse incident at a pupil\u2019s home.",
         "The CCG should train GPs to ask about domestic abuse when a patient presents with anxiety or "
         "depression."])
para("The Community Safety Partnership monitors its own action plan and reports progress to the Board once "
     "a year. The second recommendation has been met through the Operation Encompass scheme, which all "
     "Hawksmoor schools joined in January 2016.", before=60)
end_section(2)

# ================================================================== PRIORITIES
banner("Our priorities", "How we did against the 2015\u201316 business plan, and what comes next")
para([R("The Board set four priorities for 2015\u201316. Their progress is shown with the same status words "
        "as the serious case reviews."),
      FN("See note %d for what each status word means." % KEY_NUMBER)])
decoy("Priority 1. Launch a neglect strategy and train practitioners in every agency to use the Graded Care "
      "Profile.", "The strategy was launched in June 2015 and 412 practitioners have been trained.",
      "Complete")
decoy("Priority 2. Set up a multi-agency child sexual exploitation team with police, social workers and "
      "health staff working side by side.",
      "The team opened in Sallowfield police station in January 2016; a health worker will join in the "
      "summer.", "In hand")
decoy("Priority 3. Make sure that the voice of the child is heard in every plan.",
      "Young Inspectors from the Hawksmoor Youth Council reviewed twelve plans with the Board in March.",
      "In hand")
decoy("Priority 4. Publish a single set of thresholds for early help and social care that every agency "
      "signs up to.",
      "This has been held back until the Front Door review has been completed.", "Not yet started")
minor("Priorities for 2016\u201317")
bullets(["Show the difference our work makes: a new dataset and an impact report to every Board meeting.",
         "Children missing from home, care and education, including those who are home educated.",
         "Child sexual exploitation, using the learning from the Young Person U review.",
         "Neglect: embed the Graded Care Profile and audit its use."])
end_section(2)

# ================================================================== CONTACT
banner("Contact us", "Hawksmoor Local Safeguarding Children Board")
para("If you are worried about a child, call the Front Door on 0300 555 0190 (out of hours: 0300 555 0191). "
     "If a child is in immediate danger, call 999.", jc="left")
para("Hawksmoor LSCB Business Unit, Civic Centre, Market Street, Hawksmoor. Board Manager: Leanne "
     "Crossthwaite. Email: lscb@hawksmoor.gov.uk. Web: www.hawksmoorlscb.org.uk", jc="left")
_set_layout(SENTINEL, 2, "continuous", title_page=False)

install_footnotes()
b.save(OUT / f"{NAME}.docx")

# ================================================================== gold
recs = []
for k, e in enumerate(gold_entries, 1):
    ev = e["text"] or e["action"]
    recs.append({
        "id": "%s-r%02d" % (NAME, k),
        "scr": e["scr"],
        "number": e["number"],
        "text": e["text"],
        "action": e["action"],
        "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
        "status": e["status"],
        "due": e["due"],
        "page": None,
        "evidence": " ".join(ev.split()[:16]),
        "confidence": 1.0,
    })
n = len(recs)
acts = round(sum(1 for r in recs if r["action"]) / n, 3)
bods = round(sum(1 for r in recs if r["bodies"]) / n, 3)
verdict = "meets" if (acts >= 0.8 and bods >= 0.8) else ("does_not_meet" if acts == 0 else "partly_meets")
gold = {
    "source": NAME, "sha256": None, "format": None, "pages": None,
    "lscb": LSCB, "period": PERIOD,
    "scrs": [{"name": "Child O", "stage": "published", "page": None},
             {"name": "Baby G", "stage": "completed", "page": None},
             {"name": "Young Person U", "stage": "initiated", "page": None},
             {"name": "Family Y", "stage": "published", "page": None}],
    "recommendations": recs,
    "rec9": {
        "scrs_reported": True,
        "recommendations_listed": any(r["text"] for r in recs),
        "actions_reported": acts,
        "bodies_named": bods,
        "monitoring_mechanism": True,
        "mechanism_evidence": MECH,
        "verdict": verdict,
    },
}
with open(OUT / f"{NAME}.gold.json", "w", encoding="utf-8") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
    f.write("\n")
