"""Regenerates the reader fixtures in tests/data (run by hand, not by the tests).

    .venv/bin/python tests/data/build_fixtures.py

DOCX files are built with python-docx and converted to PDF with LibreOffice
(`soffice --headless --convert-to pdf`), so the PDFs have the same make-up as
the LibreOffice-made report PDFs the reader is tuned on. Encrypted and broken
PDFs are made with pypdf. Text, Markdown and HTML fixtures are written as bytes
so that their encodings (BOM, cp1252) are exactly what the tests expect.
"""
from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches
from pypdf import PdfReader, PdfWriter

HERE = Path(__file__).resolve().parent

AGENCIES = ["Children's Social Care", "Westbrook Constabulary", "NHS Westbrook CCG",
            "Westbrook Hospitals NHS Foundation Trust", "Education Safeguarding Team"]


def recommendation(n: int) -> str:
    return (f"Recommendation {n}: {AGENCIES[n % 5]} should ensure that practitioners record the "
            f"views of the child at every visit and share them with the multi-agency core group "
            f"within {n + 4} working days of the visit.")


def action(n: int) -> str:
    return (f"Action {n}: a revised practice standard was issued and an audit of {10 + n} cases "
            f"found the views of the child recorded in {5 + n} of them.")


def add_field(run, instr: str) -> None:
    """Adds a Word field (PAGE, NUMPAGES) to a run, so LibreOffice prints the page number."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {text} "
        elif kind == "text":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def header_row(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def bold_row(row) -> None:
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def action_table(doc, rows: int, first: int, repeat_header: bool):
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Action taken", "Lead agency", "Status"]):
        cell.text = text
    bold_row(table.rows[0])
    if repeat_header:
        header_row(table.rows[0])
    for n in range(first, first + rows):
        cells = table.add_row().cells
        cells[0].text = recommendation(n)
        cells[1].text = action(n)
        cells[2].text = AGENCIES[n % 5]
        cells[3].text = ["Complete", "In progress", "Not started"][n % 3]
    widths = (Inches(2.4), Inches(2.0), Inches(1.2), Inches(0.9))
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(width.inches * 1440)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    return table


def build_report() -> Path:
    """A report with running header/footer, heading hierarchy, lists, two long tables, two columns."""
    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = "Westbrook LSCB Annual Report 2015-16"
    footer = section.footer.paragraphs[0]
    footer.add_run("Page ")
    add_field(footer.add_run(), "PAGE")
    footer.add_run(" of ")
    add_field(footer.add_run(), "NUMPAGES")
    doc.core_properties.title = "Westbrook LSCB Annual Report 2015-16"
    doc.core_properties.author = "Westbrook Business Unit"

    doc.add_paragraph("Westbrook Local Safeguarding Children Board", style="Title")
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph("This report describes the work of the Board during 2015-16. It sets out the "
                      "learning from serious case reviews and the multi-agency response to it.")
    doc.add_heading("1.1 Our priorities", level=2)
    doc.add_paragraph("The Board agreed three priorities for the year:")
    for item in ["Neglect and the Graded Care Profile", "Child sexual exploitation", "Early help"]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Priority detail", level=3)
    doc.add_paragraph("The sub-groups reported on the following actions:")
    for item in ["Audit of neglect cases", "Training for school staff", "Review of thresholds"]:
        doc.add_paragraph(item, style="List Number")
    doc.add_heading("2. Serious case reviews", level=1)
    doc.add_paragraph("Table A shows the action plan for the review of Child W. It runs over a page "
                      "break and its header row repeats on the next page.")
    action_table(doc, rows=9, first=1, repeat_header=True)
    doc.add_paragraph("Table B shows the older review of Family Q. Its header row does not repeat.")
    action_table(doc, rows=9, first=21, repeat_header=False)
    doc.add_paragraph("The Board will monitor both action plans during 2016-17.")

    two = doc.add_section(WD_SECTION.NEW_PAGE)
    cols = two._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        two._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")
    doc.add_heading("3. Learning and development", level=1)
    soft = "safe\u00adguarding"
    for n in range(1, 15):
        doc.add_paragraph(
            f"Column paragraph {n:02d}. The training programme reached practitioners from every "
            f"agency; the {soft} courses on neglect were full and the multi-agency course on "
            f"exploitation was repeated twice because demand for {soft} learning was high.")
    doc.add_paragraph(f"A word split at the line end must be repaired: {soft} {soft} {soft} {soft} "
                      f"{soft} {soft} {soft} {soft} {soft}.")
    path = HERE / "report.docx"
    doc.save(path)
    return path


def build_features() -> Path:
    """Small DOCX with the XML features the DOCX reader must handle."""
    doc = Document()
    doc.core_properties.title = "Features"
    doc.add_heading("Heading One", level=1)
    doc.add_heading("Heading Two", level=2)
    p = doc.add_paragraph("Outline level paragraph")
    ppr = p._p.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")
    ppr.append(outline)
    p = doc.add_paragraph()
    p.add_run("multi")
    p.add_run()._r.append(OxmlElement("w:noBreakHyphen"))
    p.add_run("agency work and safe")
    p.add_run()._r.append(OxmlElement("w:softHyphen"))
    p.add_run("guarding")
    r = p.add_run()
    r._r.append(OxmlElement("w:tab"))
    p.add_run("after tab\u200b.")
    doc.add_paragraph("Before the table.")
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Action taken", "Lead agency"]):
        cell.text = text
    bold_row(table.rows[0])
    a = table.cell(1, 0).merge(table.cell(1, 1))
    a.text = "Merged across two columns"
    table.cell(1, 2).text = "Police"
    v = table.cell(1, 2).merge(table.cell(2, 2))
    v.text = "Police"
    table.cell(2, 0).text = "Second recommendation"
    nested_host = table.cell(2, 1)
    nested_host.text = "Outer text"
    inner = nested_host.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Inner one"
    inner.cell(0, 1).text = "Inner two"
    doc.add_paragraph("After the table.")
    p = doc.add_paragraph("Numbered by numPr without a list style")
    num_ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "1")
    numpr.append(ilvl)
    numpr.append(num_id)
    num_ppr.append(numpr)
    doc.add_paragraph("\u2022 Typed bullet item")
    path = HERE / "features.docx"
    doc.save(path)
    return path


def rewrite_part(src: Path, dst: Path, part: str, transform) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == part:
                data = transform(data)
            zout.writestr(info.filename, data)


def build_hostile(features: Path) -> None:
    def doctype(xml: bytes) -> bytes:
        head, _, body = xml.partition(b"?>")
        return (head + b"?>\n<!DOCTYPE w:document [<!ENTITY lol \"lollollollollol\">"
                b"<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">]>" + body.replace(
                    b"Before the table.", b"Before &lol2; the table."))
    rewrite_part(features, HERE / "doctype.docx", "word/document.xml", doctype)
    bomb = HERE / "bomb.docx"
    with zipfile.ZipFile(features) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info))
        zout.writestr("word/media/filler.bin", b"\0" * (4 * 1024 * 1024))


def to_pdf(path: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                   check=True, capture_output=True, timeout=180)
    return path.with_suffix(".pdf")


def build_pdfs(report_pdf: Path) -> None:
    reader = PdfReader(report_pdf)
    for name, user in (("encrypted-empty.pdf", ""), ("encrypted-secret.pdf", "secret")):
        writer = PdfWriter()
        writer.append(reader, pages=(0, 1))
        writer.encrypt(user_password=user, owner_password="owner-pw", algorithm="AES-128")
        with (HERE / name).open("wb") as fh:
            writer.write(fh)
    blank = PdfWriter()
    blank.add_blank_page(width=595, height=842)
    with (HERE / "no-text.pdf").open("wb") as fh:
        blank.write(fh)
    (HERE / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog /Pages 2 0 R\n" + bytes(range(256)) * 4)


TEXT_MD = """\
# Westbrook LSCB Annual Report

Introduction
============

The Board publishes this report every year. The report covers safe-
guarding work by all partners and the multi-
agency response to serious case reviews.

3. Serious Case Reviews

3.2 Learning from Child W

The review made the following recommendations:

- Children's Social Care should record the views of the child.
- Westbrook Constabulary should notify schools
  within 24 hours of a domestic abuse incident.
* Health visitors should see fathers.
1. Audit the use of the neglect tool.
a) Report to the Board in March.

| Recommendation | Action taken | Lead agency |
|---|---|---|
| Record the views of the child | Practice standard issued | Children's Social Care |
| Notify schools within 24 hours | Operation Encompass launched | Westbrook Constabulary |

Progress
--------
All actions are on track.
"""

TEXT_TXT = ("\ufeffWESTBROOK LSCB\r\n\r\n1. Introduction\r\n\r\nThe Board\u200b met six times.\x00 Its "
            "work\r\ncontinued through the year.\r\n\r\n\u2022 First bullet\r\n\u2022 Second bullet\r\n")

TABLES_TXT = """\
Key figures

Measure                                       2015/16   2014/15
-------------------------------------------   -------   -------
Children subject to a child protection plan   303       322
Children in need per 10,000 children in the   341       335
  local authority area

Child W action plan

Recommendation: Children's Social Care should record the views of the child at
every visit.
Agency: Children's Social Care
RAG: Green

Recommendation: Westbrook Constabulary should notify schools within 24 hours.
Agency: Westbrook Constabulary
RAG: Amber

Chair: Jane Doe
"""

HTML = """\
<!DOCTYPE html>
<html><head><title>Westbrook LSCB annual report</title><meta name="author" content="Business Unit">
<style>p { color: red }</style><script>var secret = "do not read";</script></head>
<body>
<h1>Westbrook LSCB Annual Report</h1>
<div>Text directly in a div.<p>A paragraph with a<br>line break.</p></div>
<h2>Serious case reviews</h2>
<ul><li>Outer item<ul><li>Inner item</li></ul></li><li>Second outer item</li></ul>
<table><caption>Table 1: Child W action plan</caption>
<thead><tr><th>Recommendation</th><th>Action taken</th><th>Lead agency</th></tr></thead>
<tbody>
<tr><td>Record the views of the child</td><td>Practice standard issued</td><td>Children's Social Care</td></tr>
<tr><td colspan="2">Spanning two columns</td><td>Westbrook Constabulary</td></tr>
</tbody></table>
<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>
</body></html>
"""


def shade(cell, fill: str) -> None:
    """Shades a table cell (w:shd fill), as Word does for a RAG rating given by colour alone."""
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


#: (recommendation, lead, action, shading of its RAG cell); the key below defines the colours
SHADED_ROWS = [
    ("Children's Social Care should audit the use of chronologies in long-term neglect cases.",
     "Children's Social Care", "An audit of 40 cases was completed in May and reported to the Board.", "00B050"),
    ("The CCG should remind GPs to record who lives in a child's household.",
     "NHS Kestrel CCG", "A GP briefing is being drafted with the named GP.", "FFC000"),
    ("Kestrel Police should refer every child present at a domestic incident to the MASH.",
     "Kestrel Police", "", "FF0000"),
    ("Schools should share attendance concerns with the child's social worker within two days.",
     "Education Safeguarding Team", "Guidance was issued to all head teachers in March.", "92D050"),
]


def build_shaded() -> Path:
    """A report whose RAG ratings are cell colours with no words, and whose key is coloured too."""
    doc = Document()
    doc.add_heading("Kestrel Local Safeguarding Children Board Annual Report 2016-17", 0)
    doc.add_heading("Serious Case Reviews", 1)
    doc.add_paragraph("The Board published one serious case review in the year, about Child K. The SCR "
                      "sub-group monitors the action plan at every meeting and reports progress to the Board.")
    doc.add_paragraph("Key to the progress ratings:")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for fill, meaning in (("00B050", "Completed"), ("FFC000", "In progress"), ("FF0000", "Not started")):
        cells = key.add_row().cells
        shade(cells[0], fill)
        cells[1].text = meaning
    doc.add_paragraph("Child K: recommendations and progress")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["No.", "Recommendation", "Lead", "Action taken", "RAG"]):
        cell.text = text
        shade(cell, "D9D9D9")
    bold_row(table.rows[0])
    for n, (rec, lead, act, fill) in enumerate(SHADED_ROWS, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(n), rec, lead, act, ""]):
            cell.text = text
        shade(cells[4], fill)
    path = HERE / "shaded.docx"
    doc.save(path)
    return path


SHADED_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kestrel LSCB Annual Report 2016-17</title></head><body>
<h1>Kestrel Local Safeguarding Children Board Annual Report 2016-17</h1>
<h2>Serious Case Reviews</h2>
<p>The Board published one serious case review in the year, about Child K. The SCR sub-group monitors
the action plan at every meeting and reports progress to the Board.</p>
<p>Key to the progress ratings:</p>
<table>
<tr><td style="background-color: #00B050">&nbsp;</td><td>Completed</td></tr>
<tr><td bgcolor="#FFC000">&nbsp;</td><td>In progress</td></tr>
<tr><td style="background:red">&nbsp;</td><td>Not started</td></tr>
</table>
<p>Child K: recommendations and progress</p>
<table>
<tr><th>No.</th><th>Recommendation</th><th>Lead</th><th>Action taken</th><th>RAG</th></tr>
{rows}
</table>
</body></html>
"""


NESTED_ROWS = [
    ("Ashby Children's Social Care should ensure that every pre-birth assessment considers parental drug use.",
     [("The pre-birth assessment template was revised to add a section on drug use.", "Sept 2016",
       "Principal Social Worker"),
      ("An audit of twenty pre-birth assessments found the section completed in eighteen.", "Feb 2017",
       "Quality Assurance Sub-group")],
     "Children's Social Care"),
    ("Ashby Police should share every domestic abuse notification about a pregnant woman with midwives.",
     None, "Ashby Police"),
]


def _widths(table, cm: tuple[float, ...]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, cm):
        column.width = Cm(width)  # the grid LibreOffice lays out by
    for row in table.rows:
        for cell, width in zip(row.cells, cm):
            cell.width = Cm(width)


def _tracker(title: str, section: str, lead_in: str, header: list[str]):
    """A Word report opening on its title, an SCR heading and a lead-in, then a tracker table
    with a bold header row (the start every tracker fixture shares): (document, table)."""
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_heading(section, 1)
    doc.add_paragraph(lead_in)
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    bold_row(table.rows[0])
    return doc, table


def build_nested() -> Path:
    """A Word action plan whose "Action taken" cell holds a small table of its own (Action | Date
    | By whom), as Word's users build them."""
    doc, table = _tracker("Ashby Local Safeguarding Children Board Annual Report 2016-17", "Serious case review: Child K",
                          "The review was published in October 2016. Its action plan at 31 March 2017:",
                          ["No.", "Recommendation", "Action taken", "Lead agency"])
    for n, (rec, actions, lead) in enumerate(NESTED_ROWS, 1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[3].text = str(n), rec, lead
        if actions is None:
            cells[2].text = "Action agreed; work starts in April 2017."
            continue
        inner = cells[2].add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        for cell, text in zip(inner.rows[0].cells, ["Action", "Date", "By whom"]):
            cell.text = text
        for row in actions:
            for cell, text in zip(inner.add_row().cells, row):
                cell.text = text
        _widths(inner, (4.2, 1.6, 2.2))
    _widths(table, (1.0, 5.0, 8.6, 2.4))
    path = HERE / "nested.docx"
    doc.save(path)
    return path


def build_shaded_html() -> None:
    rows = "\n".join(
        f'<tr><td>{n}</td><td>{rec}</td><td>{lead}</td><td>{act}</td><td style="background-color: #{fill}"></td></tr>'
        for n, (rec, lead, act, fill) in enumerate(SHADED_ROWS, 1))
    (HERE / "shaded.html").write_text(SHADED_HTML.replace("{rows}", rows), encoding="utf-8")


def build_text() -> None:
    (HERE / "report.md").write_text(TEXT_MD, encoding="utf-8")
    (HERE / "bom.txt").write_bytes(TEXT_TXT.encode("utf-8"))
    (HERE / "cp1252.txt").write_bytes("Children\u2019s Services \u2013 \u00a3250 budget\n".encode("cp1252"))
    (HERE / "report.html").write_text(HTML, encoding="utf-8")
    (HERE / "tables.txt").write_text(TABLES_TXT, encoding="utf-8")


# Namespaces Word declares on every document.xml; raw WordprocessingML below uses them.
WORD_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _p(text: str, extra_ppr: str = "") -> str:
    return f'<w:p><w:pPr>{extra_ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def text_box(paragraphs: list[str]) -> str:
    """A run holding a text box as Word saves it: DrawingML in mc:Choice, the same text again
    in a VML fallback (a reader that reads both reads it twice)."""
    body = "".join(_p(t) for t in paragraphs)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2400000" cy="1800000"/><wp:wrapSquare wrapText="bothSides"/>'
            '<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
            '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape style="position:absolute;width:189pt;height:142pt">'
            f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r>')


def build_text_boxes() -> Path:
    """A designed Word report's tricks: text boxes (with VML fallbacks), a frame, a floating
    table whose rows and cells sit in content controls, and a text box inside a table cell."""
    from docx.oxml import parse_xml

    doc = Document()
    doc.add_heading("Serious case reviews", level=1)
    body = doc.element.body
    sect = body[-1]
    xml = [
        f'<w:p {WORD_NS}><w:r><w:t xml:space="preserve">The Board published the review of Child M in May 2016. </w:t></w:r>'
        + text_box(["Key fact: 1,240 practitioners attended the learning events.",
                    "Recommendation 1: The CCG should ensure GP practices flag children who are not brought to appointments."])
        + '<w:r><w:t xml:space="preserve">Its action plan is tracked by the Case Review Sub-group.</w:t></w:r></w:p>',
        f'<w:p {WORD_NS}><w:pPr><w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
        'w:hAnchor="page" w:x="8000" w:y="1"/></w:pPr><w:r><w:t>Progress: the flag went live in all 31 practices.</w:t>'
        '</w:r></w:p>',
        f'<w:tbl {WORD_NS}><w:tblPr><w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" '
        'w:horzAnchor="margin" w:tblpY="200"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
        '<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
        '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
        '<w:tc><w:p><w:r><w:t>Recommendation</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Lead</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Status</w:t></w:r></w:p></w:tc></w:tr>'
        '<w:sdt><w:sdtPr><w:alias w:val="Recommendation row"/></w:sdtPr><w:sdtContent>'
        '<w:tr><w:tc><w:p><w:r><w:t>Police should share domestic abuse notifications with schools.</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Police</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Complete</w:t></w:r></w:p></w:tc></w:tr>'
        '</w:sdtContent></w:sdt>'
        '<w:tr><w:tc><w:p><w:r><w:t>Schools should record every notification received.</w:t></w:r></w:p></w:tc>'
        '<w:sdt><w:sdtPr><w:alias w:val="Lead"/></w:sdtPr><w:sdtContent>'
        '<w:tc><w:p><w:r><w:t>Education</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>'
        '<w:tc><w:p>' + text_box(["In progress"]) + '</w:p></w:tc></w:tr></w:tbl>',
        f'<w:p {WORD_NS}><w:r><w:t>The Board will report on both reviews next year.</w:t></w:r></w:p>',
        # a box anchored before its paragraph's words: the recommendation beside the narrative of
        # what was done about it
        f'<w:p {WORD_NS}>' + text_box(["Recommendation 2: Schools should tell the health visitor when a child on a plan misses nursery."])
        + '<w:r><w:t xml:space="preserve">Every setting was written to in September, and the expectation is now in the provider agreement.</w:t></w:r></w:p>',
        f'<w:p {WORD_NS}><w:r><w:rPr><w:vanish/></w:rPr><w:t>Draft note: delete recommendation 6 before print.</w:t>'
        '</w:r></w:p>',
    ]
    for fragment in xml:
        sect.addprevious(parse_xml(fragment))
    out = HERE / "text-boxes.docx"
    doc.save(out)
    return out


def rendered_break(paragraph, before_text: bool = True) -> None:
    """Marks where Word's last layout started a new page, as Word saves it."""
    run = paragraph.runs[0] if before_text else paragraph.add_run("")
    run._r.insert(0 if before_text else len(run._r), OxmlElement("w:lastRenderedPageBreak"))


def build_rendered_pages() -> Path:
    """A DOCX as Word saves it, with w:lastRenderedPageBreak: page 1 the introduction,
    page 2 a recommendation, page 3 (the table's second row) its action."""
    doc = Document()
    doc.add_heading("Westbrook Local Safeguarding Children Board Annual Report 2015-16", 1)
    doc.add_paragraph("The Board met six times. " * 20)
    doc.add_heading("Serious case reviews", 2)
    rendered_break(doc.paragraphs[-1])
    doc.add_paragraph("The Board published the serious case review of Child W in June 2015.")
    table = doc.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Recommendation", "Action taken", "Status")):
        cell.text = text
    header_row(table.rows[0])
    bold_row(table.rows[0])
    for row, n in zip(table.rows[1:], (1, 2)):
        row.cells[0].text = recommendation(n)
        row.cells[1].text = action(n)
        row.cells[2].text = "Complete"
    rendered_break(table.rows[2].cells[0].paragraphs[0])
    path = HERE / "rendered-pages.docx"
    doc.save(path)
    return path


def build_right_to_left() -> Path:
    """A report page quoting Arabic and Hebrew beside English: pdfium reorders the characters
    of a line holding right-to-left script, so the PDF reader reads such a page's text object
    by object."""
    doc = Document()
    doc.add_heading("Leaflets for families", level=1)
    doc.add_paragraph("The Board published its leaflet on safe sleeping in the languages most "
                      "spoken by the families it reaches.")
    doc.add_paragraph("The Arabic edition is titled \u0627\u0644\u0646\u0648\u0645 \u0627\u0644\u0622\u0645\u0646 "
                      "and the Hebrew edition \u05e9\u05d9\u05e0\u05d4 \u05d1\u05d8\u05d5\u05d7\u05d4; both were "
                      "checked by community groups before printing.")
    doc.add_paragraph("Recommendation 1: the Board should ensure that every leaflet is reviewed "
                      "with families who read it before it is printed again.")
    path = HERE / "right-to-left.docx"
    doc.save(path)
    return path


def symbol_run(paragraph, font: str, char: str, as_sym: bool = False) -> None:
    """A tick or cross set in a symbol font, as Word writes it: a w:sym naming the font and
    its code (Insert > Symbol), or a run in that font holding the code's letter."""
    run = paragraph.add_run()
    if as_sym:
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), font)
        sym.set(qn("w:char"), f"F0{ord(char):02X}")
        run._r.append(sym)
    else:
        fonts = OxmlElement("w:rFonts")
        for attr in ("w:ascii", "w:hAnsi"):
            fonts.set(qn(attr), font)
        run._r.get_or_add_rPr().append(fonts)
        run.text = char


#: (recommendation, action, its progress as (font, the font's letter, written as a w:sym))
SYMBOL_ROWS = [
    ("Children's Social Care should audit the use of chronologies in long-term neglect cases.",
     "An audit of 40 cases was completed in May and reported to the Board.", ("Wingdings 2", "P", False)),
    ("The CCG should remind GPs to record who lives in a child's household.",
     "A GP briefing has been drafted with the named GP and goes out in the autumn.", ("Wingdings", "\u00a1", True)),
    ("Kestrel Police should refer every child present at a domestic incident to the MASH.",
     "No update has been received.", ("Wingdings", "\u00fb", False)),
]


def build_symbol_fonts() -> Path:
    """A report whose progress column holds ticks and crosses set in Wingdings (w:sym and
    runs in the font), with a key written in the same symbols."""
    doc = Document()
    doc.add_heading("Kestrel Local Safeguarding Children Board Annual Report 2017-18", 0)
    doc.add_heading("Serious Case Reviews", 1)
    doc.add_paragraph("The Board published one serious case review in the year, about Child T. The SCR "
                      "sub-group monitors the action plan at every meeting.")
    key = doc.add_paragraph("Key: ")
    symbol_run(key, "Wingdings", "\u00fc", as_sym=True)
    key.add_run(" achieved  ")
    symbol_run(key, "Wingdings", "\u00a1")
    key.add_run(" well under way  ")
    symbol_run(key, "Wingdings", "\u00fb")
    key.add_run(" not yet begun")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["No.", "Recommendation", "Action taken", "Progress"]):
        cell.text = text
    bold_row(table.rows[0])
    for n, (rec, act, (font, char, as_sym)) in enumerate(SYMBOL_ROWS, 1):
        cells = table.add_row().cells
        for cell, text in zip(cells, [str(n), rec, act]):
            cell.text = text
        symbol_run(cells[3].paragraphs[0], font, char, as_sym)
    path = HERE / "symbol-fonts.docx"
    doc.save(path)
    return path


def coloured_run(paragraph, text: str, colour: str, how: str = "color") -> None:
    """A run drawn in a colour: its font colour (w:color), highlight (w:highlight) or shading (w:shd)."""
    run = paragraph.add_run(text)
    el = OxmlElement(f"w:{how}")
    if how == "shd":
        el.set(qn("w:val"), "clear")
        el.set(qn("w:fill"), colour)
    else:
        el.set(qn("w:val"), colour)
    run._r.get_or_add_rPr().append(el)


def build_coloured_dots() -> Path:
    """A RAG column of dots (●) coloured by font colour, highlight or shading, with a key of
    such dots each followed by its meaning, and one dot set beside words of its own."""
    doc = Document()
    doc.add_heading("Kestrel Local Safeguarding Children Board Annual Report 2018-19", 0)
    doc.add_heading("Serious Case Reviews", 1)
    doc.add_paragraph("The Board published one serious case review in the year, about Baby R.")
    key = doc.add_paragraph("Key: ")
    for colour, meaning in (("00B050", " complete  "), ("FFC000", " on track  "), ("FF0000", " not started")):
        coloured_run(key, "\u25cf", colour)
        key.add_run(meaning)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Action taken", "RAG"]):
        cell.text = text
    bold_row(table.rows[0])
    rows = [("Midwives should ask every pregnant woman about domestic abuse when she is seen alone.",
             "The question is now part of every booking appointment.", ("00B050", "color"), ""),
            ("Health visitors should share concerns about a new partner with the social worker.",
             "A sharing template is being tested in two teams.", ("yellow", "highlight"), ""),
            ("Kestrel Police should check the history of every new adult in a household with a child on a plan.",
             "", ("FF0000", "shd"), ""),
            ("The Board should audit the use of the neglect toolkit.",
             "The audit has started.", ("FFC000", "color"), " Audit under way")]
    for rec, act, (colour, how), words in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = rec, act
        coloured_run(cells[2].paragraphs[0], "\u25cf", colour, how)
        if words:
            cells[2].paragraphs[0].add_run(words)
    path = HERE / "coloured-dots.docx"
    doc.save(path)
    return path


def build_swatch_key() -> Path:
    """A tracker rated by shaded cells with nothing in them, keyed by a line of swatches (blank
    runs shaded in each colour, no colour named) where blue is complete and green on track."""
    doc, table = _tracker("Kestrel Local Safeguarding Children Board Annual Report 2018-19", "Serious Case Reviews",
                          "The Board published one serious case review in the year, about Baby R.",
                          ["Recommendation", "Action taken", "RAG"])
    rows = [("Midwives should ask every pregnant woman about domestic abuse when she is seen alone.",
             "The question is now part of every booking appointment.", "2E75B6"),
            ("Health visitors should share concerns about a new partner with the social worker.",
             "A sharing template is being tested in two teams.", "00B050"),
            ("Kestrel Police should check the history of every new adult in a household with a child on a plan.",
             "", "FF0000")]
    for rec, act, fill in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = rec, act
        shade(cells[2], fill)
    key = doc.add_paragraph()
    key.add_run("Key\u2003").bold = True
    for colour, meaning in (("2E75B6", "Complete and embedded"), ("00B050", "On track"), ("FF0000", "Not started")):
        coloured_run(key, "\u00a0\u00a0\u00a0\u00a0", colour, "shd")
        key.add_run("\u00a0" + meaning + "\u2003")
    path = HERE / "swatch-key.docx"
    doc.save(path)
    return path


def main() -> None:
    build_rendered_pages()
    report = build_report()
    features = build_features()
    build_hostile(features)
    report_pdf = to_pdf(report)
    to_pdf(features)
    build_pdfs(report_pdf)
    to_pdf(build_shaded())
    to_pdf(build_nested())
    build_shaded_html()
    build_text()
    build_text_boxes()
    to_pdf(build_right_to_left())
    to_pdf(build_symbol_fonts())
    to_pdf(build_coloured_dots())
    build_swatch_key()
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix != ".py":
            print(f"{p.name:28s} {p.stat().st_size:8d}")


if __name__ == "__main__":
    main()
