"""Builds the small DOCX fixtures of tests/test_pipeline.py (one per report style).

Run `python tests/data/nlp/make_fixtures.py` to rebuild; the .docx files are committed.
Every text is invented; each report also carries a distractor that must not become an entry.
"""
from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent


def _doc(title: str):
    d = docx.Document()
    d.add_paragraph(title)
    d.add_paragraph("Annual Report 2015/16")
    return d


def _table(d, header, rows):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text


def table_style():
    d = _doc("Haverley Local Safeguarding Children Board")
    d.add_heading("Serious Case Reviews", 1)
    d.add_paragraph("The Board published the serious case review into Child T in November 2015.")
    d.add_paragraph("The SCR Sub-group monitors the action plan at every meeting and reports progress to the Board "
                    "using a RAG rating.")
    d.add_paragraph("RAG key: Green = complete; Amber = on track; Red = not started.")
    d.add_paragraph("Table 5: Child T action plan")
    _table(d, ["Recommendation", "Action taken", "Lead agency", "Timescale", "RAG"], [
        ["1. Haverley CCG should ensure that GP practices record fathers.", "Guidance was issued to all practices.",
         "Haverley CCG", "March 2016", "Green"],
        ["2. Haverley Police should notify schools of domestic abuse incidents.", "Operation Encompass has been launched.",
         "Haverley Police", "Q3 2015/16", "Amber"],
        ["3. The LSCB should audit the use of the neglect toolkit.", "Not yet started.", "LSCB", "2016/17", "Red"]])
    d.add_heading("Ofsted inspection", 1)
    d.add_paragraph("Table 6: Ofsted recommendations")
    _table(d, ["Recommendation", "Progress"], [["The LSCB should improve its dataset.", "A new dataset is in place."]])
    d.save(HERE / "table-2015-16.docx")


def numbered_style():
    d = _doc("Haverley Safeguarding Children Board")
    d.add_heading("Learning from case reviews", 1)
    d.add_heading("Family K", 2)
    d.add_paragraph("The serious case review into Family K was published in June 2015 and made three recommendations.")
    d.add_paragraph("Recommendation 1: Children's Services should review the step-down process.")
    d.add_paragraph("Progress: Children's Services revised the protocol in November 2015.")
    d.add_paragraph("Status: complete.")
    d.add_paragraph("Recommendation 2: Schools should refer concerns about neglect.")
    d.add_paragraph("Progress: The Education Safeguarding Team ran four briefings. Status: partially complete.")
    d.add_paragraph("Recommendation 3: The Trust should transfer health visiting records promptly.")
    d.add_paragraph("Progress: Update awaited from the Trust.")
    d.add_heading("Domestic homicide review", 2)
    d.add_paragraph("DHR recommendation 4: MARAC partners should consider the needs of children.")
    d.save(HERE / "numbered-2015-16.docx")


def prose_style():
    d = _doc("Haverley Safeguarding Children Board")
    d.add_heading("Serious case reviews", 1)
    d.add_heading("Young Person A", 2)
    d.add_paragraph("The serious case review into Young Person A was published in January 2016. The review made two "
                    "recommendations. The first asked health partners to offer a follow-up appointment after self-harm. "
                    "In response, the CCG has funded a liaison nurse in the emergency department.")
    d.add_paragraph("The second recommendation was that Children's Social Care should review how it responds to "
                    "repeated referrals. A re-referral trigger has been built into the case system and remains ongoing.")
    d.add_heading("Learning reviews", 2)
    d.add_paragraph("A learning review recommended that schools should keep in contact with excluded pupils.")
    d.save(HERE / "prose-2015-16.docx")


def action_style():
    d = _doc("Haverley Safeguarding Children Board")
    d.add_heading("Serious case reviews", 1)
    d.add_paragraph("The serious case review concerning Baby Z was published in October 2015.")
    d.add_heading("Baby Z: what has changed", 2)
    d.add_paragraph("The following actions have been taken by partners:")
    d.add_paragraph("Haverley Hospitals NHS Trust has introduced a discharge checklist for midwives (complete).",
                    style="List Bullet")
    d.add_paragraph("The police public protection unit has agreed to share information about call-outs.",
                    style="List Bullet")
    d.add_paragraph("A seven-minute briefing was circulated to 1,450 staff.", style="List Bullet")
    d.add_heading("Business plan priorities", 1)
    d.add_paragraph("Neglect: we have launched the neglect strategy.", style="List Bullet")
    d.save(HERE / "actions-2015-16.docx")


if __name__ == "__main__":
    table_style()
    numbered_style()
    prose_style()
    action_style()
