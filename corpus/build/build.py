"""Renders the fictional LSCB annual report corpus and writes its gold annotations.

    python corpus/build/build.py            # every report module in corpus/build/reports/
    python corpus/build/build.py NAME...    # only these (file stems, e.g. brackenholt-2013-14)

Each module in corpus/build/reports/ exposes `build() -> ReportSpec`. For every spec this
script writes corpus/reports/<name>.docx, the PDF LibreOffice makes of it (one soffice call
for all DOCX files, to save time), the extra formats the spec asks for (html/txt/md) and
corpus/gold/<name>.gold.json.

Notes (kept here because corpus/ must hold no stray .md/.txt files):
- Before writing anything the script checks that every gold text/action/evidence/
  mechanism_evidence string occurs verbatim (whitespace-normalised) inside ONE block or table
  cell of the report, and that the gold rec9 figures and verdict follow docs/output.md.
- Fonts and the cover's month are chosen from a hash of the report name, so the layout differs
  between reports but a rebuild gives the same files (save for timestamps inside DOCX/PDF).
- soffice runs with its own throwaway profile so it does not collide with another soffice.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blocks import Bullets, Columns, Heading, PageBreak, Para, ReportSpec, Table  # noqa: E402

CORPUS = HERE.parent
REPORTS_SRC = HERE / "reports"
OUT = CORPUS / "reports"
GOLD = CORPUS / "gold"
ROOT = CORPUS.parent

FONTS = ("Arial", "Liberation Serif", "DejaVu Sans", "Liberation Sans")
MONTHS = ("June", "July", "September", "October", "November", "December")


def _pick(name: str, options, salt: str = ""):
    h = int(hashlib.sha1((salt + name).encode()).hexdigest(), 16)
    return options[h % len(options)]


def norm(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- discovery

def discover() -> dict[str, Path]:
    """Report modules by name: the file stem of each corpus/build/reports/*.py."""
    return {p.stem: p for p in sorted(REPORTS_SRC.glob("*.py")) if not p.name.startswith("_")}


def load_spec(path: Path) -> ReportSpec:
    mod_name = "corpus_report_" + re.sub(r"\W", "_", path.stem)
    spec = importlib.util.spec_from_file_location(mod_name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rs = module.build()
    if rs.name != path.stem:
        raise SystemExit(f"{path.name}: ReportSpec.name {rs.name!r} differs from the file stem")
    return rs


# ---------------------------------------------------------------- checks

def text_units(blocks: list) -> list[str]:
    """The pieces of text a reader sees as one block: headings, paragraphs, items, cells."""
    units: list[str] = []
    for b in blocks:
        if isinstance(b, (Heading, Para)):
            units.append(b.text)
        elif isinstance(b, Bullets):
            units.extend(b.items)
        elif isinstance(b, Table):
            if b.caption:
                units.append(b.caption)
            units.extend(b.header)
            for row in b.rows:
                units.extend(row)
    return [norm(u) for u in units]


def check_gold(rs: ReportSpec) -> list[str]:
    problems: list[str] = []
    g = rs.gold
    units = text_units(rs.blocks)
    if g.get("source") != rs.name:
        problems.append(f"gold source {g.get('source')!r} != {rs.name!r}")

    def verbatim(label: str, s):
        if s is None:
            return
        if not any(norm(s) in u for u in units):
            problems.append(f"{label} not verbatim in one block: {s[:70]!r}")

    entries = g["recommendations"]
    for i, e in enumerate(entries, 1):
        want_id = f"{rs.name}-r{i:02d}"
        if e["id"] != want_id:
            problems.append(f"id {e['id']} should be {want_id}")
        for key in ("text", "action", "evidence"):
            verbatim(f"{e['id']}.{key}", e[key])
        if e["text"] is None and e["action"] is None:
            problems.append(f"{e['id']}: text and action both null")
    r9 = g["rec9"]
    verbatim("mechanism_evidence", r9["mechanism_evidence"])
    n = len(entries)
    actions = round(sum(1 for e in entries if e["action"]) / n, 3) if n else None
    bodies = round(sum(1 for e in entries if e["bodies"]) / n, 3) if n else None
    expect = {
        "scrs_reported": bool(g["scrs"]) or bool(entries),
        "recommendations_listed": any(e["text"] for e in entries),
        "actions_reported": actions,
        "bodies_named": bodies,
        "monitoring_mechanism": r9["mechanism_evidence"] is not None,
    }
    for k, v in expect.items():
        if r9[k] != v:
            problems.append(f"rec9.{k} = {r9[k]!r}, the fields give {v!r}")
    sr, mm = expect["scrs_reported"], expect["monitoring_mechanism"]
    if not sr and n == 0:
        verdict = "no_scrs"
    elif mm and actions is not None and actions >= 0.8 and bodies >= 0.8:
        verdict = "meets"
    elif n == 0 or actions == 0:
        verdict = "does_not_meet"
    else:
        verdict = "partly_meets"
    if r9["verdict"] != verdict:
        problems.append(f"rec9.verdict = {r9['verdict']!r}, the rule gives {verdict!r}")
    return problems


# ---------------------------------------------------------------- DOCX

def _add_field(run, instr: str):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _set_cols(section, n: int):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")  # 1 cm gutter
    # w:cols must precede docGrid etc.; inserting after pgMar keeps schema order
    pgMar = sectPr.find(qn("w:pgMar"))
    if pgMar is not None:
        pgMar.addnext(cols)
    else:
        sectPr.append(cols)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _set_widths(t, b: Table, width: int):
    """Column widths fitted to `width` (EMU): each column first gets room for its longest
    word (so words are not broken), the rest is shared in proportion to the text it holds.
    This keeps tables readable inside a narrow newspaper column too."""
    mins, weights = [], []
    for i, h in enumerate(b.header):
        col = [h] + [r[i] for r in b.rows]
        longest_word = max(len(w) for c in col for w in (c.split() or [""]))
        mins.append(int(Cm(0.25) * longest_word + Cm(0.5)))
        weights.append(max(1.0, sum(len(c) for c in col) / len(col)))
    fixed: dict[int, int] = {}
    for _ in range(len(mins)):  # give short columns their minimum, share the rest by text length
        free = [i for i in range(len(mins)) if i not in fixed]
        room = width - sum(fixed.values())
        tot = sum(weights[i] for i in free) or 1.0
        short = [i for i in free if room * weights[i] / tot < mins[i]]
        if not short:
            break
        for i in short:
            fixed[i] = mins[i]
    free = [i for i in range(len(mins)) if i not in fixed]
    room = max(0, width - sum(fixed.values()))
    tot = sum(weights[i] for i in free) or 1.0
    widths = [fixed.get(i, int(room * weights[i] / tot)) for i in range(len(mins))]
    if sum(widths) > width:
        widths = [int(w * width / sum(widths)) for w in widths]
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w / 635)))  # EMU -> twips
    for row in t.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


_HEX = re.compile(r"[0-9A-Fa-f]{6}")


def _check_fills(rs: ReportSpec, b: Table):
    """A table's `fills` must give one colour-or-None per cell of every body row."""
    if b.fills is None:
        return
    if len(b.fills) != len(b.rows):
        raise SystemExit(f"{rs.name}: table fills has {len(b.fills)} rows, the table {len(b.rows)}")
    for frow in b.fills:
        if len(frow) != len(b.header):
            raise SystemExit(f"{rs.name}: table fills row has {len(frow)} cells, header {len(b.header)}")
        for f in frow:
            if f is not None and not _HEX.fullmatch(f):
                raise SystemExit(f"{rs.name}: table fill {f!r} is not a 6-digit hex colour")


def _shade(cell, fill: str):
    """Cell shading: w:tcPr/w:shd w:val="clear" w:color="auto" w:fill=HEX."""
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.upper())
    # schema order in tcPr: tcW, gridSpan, vMerge, tcBorders, shd, noWrap, tcMar, ...
    after = [tcPr.find(qn(t)) for t in ("w:tcBorders", "w:vMerge", "w:gridSpan", "w:tcW")]
    after = [a for a in after if a is not None]
    if after:
        after[0].addnext(shd)
    else:
        tcPr.insert(0, shd)


def render_docx(rs: ReportSpec, path: Path):
    doc = DocxDocument()
    font = _pick(rs.name, FONTS, "font")
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for lvl in range(1, 5):
        try:
            doc.styles[f"Heading {lvl}"].font.name = font
        except KeyError:
            pass

    sec = doc.sections[0]
    sec.different_first_page_header_footer = True  # no header/footer on the cover
    hp = sec.header.paragraphs[0]
    hp.text = rs.running_header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    _add_field(fp.add_run(), "PAGE")

    # cover page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(rs.title)
    r.bold = True
    r.font.size = Pt(26)
    board = rs.board or rs.gold.get("lscb") or ""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(board).font.size = Pt(16)
    published = rs.published
    if published is None and rs.gold.get("period"):
        year = int(rs.gold["period"][:4]) + 1
        published = f"Published {_pick(rs.name, MONTHS, 'month')} {year}"
    if published:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(published).font.size = Pt(12)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    text_width = sec.page_width - sec.left_margin - sec.right_margin
    ncols = 1
    for b in rs.blocks:
        if isinstance(b, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, Columns):
            ncols = max(1, b.n)
            new = doc.add_section(WD_SECTION.CONTINUOUS)
            new.different_first_page_header_footer = False
            _set_cols(new, b.n)
        elif isinstance(b, Heading):
            doc.add_heading(b.text, level=max(1, min(b.level, 4)))
        elif isinstance(b, Para):
            p = doc.add_paragraph()
            r = p.add_run(b.text)
            r.bold, r.italic = b.bold, b.italic
        elif isinstance(b, Bullets):
            style = "List Number" if b.numbered else "List Bullet"
            for item in b.items:
                doc.add_paragraph(item, style=style)
        elif isinstance(b, Table):
            if b.caption:
                cp = doc.add_paragraph()
                cp.add_run(b.caption).bold = True
                cp.paragraph_format.keep_with_next = True
            t = doc.add_table(rows=1, cols=len(b.header))
            t.style = "Table Grid"
            t.autofit = False
            hdr = t.rows[0]
            _repeat_header(hdr)
            for cell, text in zip(hdr.cells, b.header):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
            for row in b.rows:
                if len(row) != len(b.header):
                    raise SystemExit(f"{rs.name}: table row has {len(row)} cells, header {len(b.header)}")
                cells = t.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
            _set_widths(t, b, text_width // ncols - (Cm(0.5) if ncols > 1 else 0))
            if b.fills is not None:
                _check_fills(rs, b)
                for row, frow in zip(t.rows[1:], b.fills):
                    for cell, fill in zip(row.cells, frow):
                        if fill:
                            _shade(cell, fill)
            doc.add_paragraph()  # space after the table
        else:
            raise SystemExit(f"{rs.name}: unknown block {b!r}")
    doc.core_properties.title = rs.title
    doc.core_properties.author = board
    doc.save(path)


# ---------------------------------------------------------------- HTML / TXT / MD

def render_html(rs: ReportSpec) -> str:
    e = html.escape
    board = rs.board or rs.gold.get("lscb") or ""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(rs.title)}</title>", "</head>", "<body>",
           f'<header><p class="site">{e(board)}</p></header>', "<main>",
           f"<h1>{e(rs.title)}</h1>"]
    in_cols = False
    for b in rs.blocks:
        if isinstance(b, Heading):
            lvl = max(2, min(b.level + 1, 6))
            out.append(f"<h{lvl}>{e(b.text)}</h{lvl}>")
        elif isinstance(b, Para):
            t = e(b.text)
            if b.bold:
                t = f"<strong>{t}</strong>"
            if b.italic:
                t = f"<em>{t}</em>"
            out.append(f"<p>{t}</p>")
        elif isinstance(b, Bullets):
            tag = "ol" if b.numbered else "ul"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + f"</{tag}>")
        elif isinstance(b, Table):
            out.append("<table>")
            if b.caption:
                out.append(f"<caption>{e(b.caption)}</caption>")
            out.append("<thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in b.header) + "</tr></thead>")
            out.append("<tbody>")
            _check_fills(rs, b)
            fills = b.fills or [[None] * len(r) for r in b.rows]
            for row, frow in zip(b.rows, fills):
                out.append("<tr>" + "".join(
                    f'<td style="background-color: #{f.upper()}">{e(c)}</td>' if f else f"<td>{e(c)}</td>"
                    for c, f in zip(row, frow)) + "</tr>")
            out.append("</tbody></table>")
        elif isinstance(b, Columns):
            if in_cols:
                out.append("</div>")
                in_cols = False
            if b.n > 1:
                out.append(f'<div class="columns-{b.n}">')
                in_cols = True
    if in_cols:
        out.append("</div>")
    out += ["</main>", f"<footer><p>{e(rs.running_header)}</p></footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def _wrap(text: str, width: int = 88, indent: str = "") -> list[str]:
    import textwrap
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent), break_on_hyphens=False,
                         break_long_words=False) or [indent]


def render_txt(rs: ReportSpec) -> str:
    """Plain text: numbered top-level headings, underlined sub-headings, '•' bullets,
    narrow tables as aligned columns and wide ones as 'Label: value' records."""
    board = rs.board or rs.gold.get("lscb") or ""
    out = [rs.title.upper(), board, ""]
    chapter = 0
    for b in rs.blocks:
        if isinstance(b, Heading):
            if b.level == 1:
                chapter += 1
                t = f"{chapter}. {b.text.upper()}"
                out += ["", t, "=" * len(t), ""]
            else:
                out += ["", b.text, "-" * len(b.text), ""]
        elif isinstance(b, Para):
            out += _wrap(b.text) + [""]
        elif isinstance(b, Bullets):
            for i, item in enumerate(b.items, 1):
                out += _wrap(item, indent=f"{i}. " if b.numbered else "• ")
            out.append("")
        elif isinstance(b, Table):
            if b.caption:
                out += [b.caption, ""]
            widths = [max(len(h), *(len(r[i]) for r in b.rows)) if b.rows else len(h)
                      for i, h in enumerate(b.header)]
            if sum(widths) + 3 * len(widths) <= 96:
                line = lambda cells: "   ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
                out.append(line(b.header))
                out.append("   ".join("-" * w for w in widths))
                out += [line(r) for r in b.rows]
                out.append("")
            else:
                for r in b.rows:
                    for h, c in zip(b.header, r):
                        out += _wrap(f"{h}: {c}")
                    out.append("")
    return "\n".join(out).rstrip() + "\n"


def render_md(rs: ReportSpec) -> str:
    out = [f"# {rs.title}", ""]
    for b in rs.blocks:
        if isinstance(b, Heading):
            out += ["#" * max(2, min(b.level + 1, 6)) + " " + b.text, ""]
        elif isinstance(b, Para):
            t = b.text
            if b.bold:
                t = f"**{t}**"
            elif b.italic:
                t = f"*{t}*"
            out += [t, ""]
        elif isinstance(b, Bullets):
            for i, item in enumerate(b.items, 1):
                out.append(f"{i}. {item}" if b.numbered else f"- {item}")
            out.append("")
        elif isinstance(b, Table):
            if b.caption:
                out += [f"**{b.caption}**", ""]
            cell = lambda c: c.replace("|", "\\|")
            out.append("| " + " | ".join(cell(h) for h in b.header) + " |")
            out.append("|" + "|".join("---" for _ in b.header) + "|")
            out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in b.rows]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- PDF

def convert_pdfs(docx_paths: list[Path]):
    if not docx_paths:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("soffice not found: install LibreOffice to build the PDFs")
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as profile:
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(OUT), *map(str, docx_paths)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, timeout=900)
    for p in docx_paths:
        if not p.with_suffix(".pdf").exists():
            raise SystemExit(f"soffice made no PDF for {p.name}")


def pdf_pages(path: Path) -> int | None:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    except FileNotFoundError:
        return None
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- main

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="report names (default: all)")
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice step")
    args = ap.parse_args(argv)
    found = discover()
    names = args.names or list(found)
    unknown = [n for n in names if n not in found]
    if unknown:
        raise SystemExit(f"no report module for: {', '.join(unknown)}")
    OUT.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    specs = [load_spec(found[n]) for n in names]
    bad = False
    for rs in specs:
        for prob in check_gold(rs):
            print(f"{rs.name}: {prob}", file=sys.stderr)
            bad = True
    if bad:
        raise SystemExit("gold check failed; nothing written")
    for rs in specs:  # shading must fit its table before anything is written
        for b in rs.blocks:
            if isinstance(b, Table):
                _check_fills(rs, b)
    docx_paths = []
    for rs in specs:
        path = OUT / f"{rs.name}.docx"
        render_docx(rs, path)
        docx_paths.append(path)
        for fmt in rs.extra_formats:
            render = {"html": render_html, "txt": render_txt, "md": render_md}[fmt]
            (OUT / f"{rs.name}.{fmt}").write_text(render(rs), encoding="utf-8")
        (GOLD / f"{rs.name}.gold.json").write_text(
            json.dumps(rs.gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if not args.no_pdf:
        convert_pdfs(docx_paths)
    for rs in specs:
        pages = pdf_pages(OUT / f"{rs.name}.pdf")
        formats = ", ".join(("docx", "pdf", *rs.extra_formats))
        print(f"{rs.name}: {len(rs.gold['recommendations'])} entries, "
              f"verdict {rs.gold['rec9']['verdict']}, {pages} PDF pages ({formats})")


if __name__ == "__main__":
    main()
