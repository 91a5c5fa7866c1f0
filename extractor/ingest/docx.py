"""DOCX reader: the body XML in document order -> headings, paragraphs, list items, table rows.

python-docx loads the package (styles, numbering, core properties); the body is
walked element by element so that tables stay where they are among the
paragraphs, which `doc.paragraphs` and `doc.tables` would lose. The zip is
checked before anything is parsed: reports come from the open web.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections import Counter

from .. import errors
from ..document import Block, Cell, Document
from ..errors import ReadError
from ..ratings import SYMBOLS, symbol_fonts
from .layout import clean_text, rag_colour_of, strip_bullet

MAX_INFLATED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 200          # uncompressed/compressed; zip bombs reach thousands
RATIO_FLOOR = 1024 * 1024  # small parts compress well legitimately

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
HEADING_STYLE_RE = re.compile(r"^heading\s*(\d)$", re.I)


def check_package(data: bytes) -> None:
    """Refuses non-zips, zip bombs and XML with DOCTYPE declarations before python-docx parses."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):  # NotImplemented: a zip version zipfile does not read
        raise ReadError(errors.NOT_A_ZIP) from None
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_INFLATED_BYTES:
            raise ReadError(errors.DOCX_TOO_LARGE.format(limit_mb=MAX_INFLATED_BYTES // 2**20))
        for i in infos:
            if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
                raise ReadError(errors.DOCX_TOO_LARGE.format(limit_mb=MAX_INFLATED_BYTES // 2**20))
        names = {i.filename for i in infos}
        if len(names) < len(infos):
            twice = min(name for name, n in Counter(i.filename for i in infos).items() if n > 1)
            raise ReadError(errors.NOT_A_DOCX.format(detail=f"duplicate zip entry {twice}"[:120]))
        if "word/document.xml" not in names and "[Content_Types].xml" not in names:
            raise ReadError(errors.NOT_A_DOCX.format(detail="no word/document.xml"))
        for i in infos:
            if i.filename.endswith((".xml", ".rels")):
                try:
                    with zf.open(i) as fh:
                        xml = fh.read()
                except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
                        OSError, ValueError) as exc:
                    raise ReadError(errors.NOT_A_DOCX.format(detail=f"damaged part {i.filename}: {exc}"[:120])) from None
                # The whole part, not its head: a DOCTYPE may hide behind a long comment.
                if _DECLARATION.search(xml):
                    raise ReadError(errors.DOCX_DOCTYPE)


# "<!DOCTYPE" or "<!ENTITY", also in UTF-16 (a NUL byte between letters).
_DECLARATION = re.compile(
    rb"<\x00?!\x00?(?:D\x00?O\x00?C\x00?T\x00?Y\x00?P\x00?E|E\x00?N\x00?T\x00?I\x00?T\x00?Y)",
    re.IGNORECASE)


def read_docx(data: bytes, source: str) -> Document:
    """Reads a DOCX into blocks in body order, or raises ReadError."""
    check_package(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        package = docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise ReadError(errors.NOT_A_DOCX.format(detail="no main document part")) from None
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(errors.NOT_A_DOCX.format(detail=str(exc)[:80] or type(exc).__name__)) from None
    except Exception as exc:  # lxml XMLSyntaxError and friends: still one line, never a crash
        raise ReadError(errors.NOT_A_DOCX.format(detail=str(exc).split("\n")[0][:80])) from None
    try:
        reader = _BodyReader(package)
        reader.walk(package.element.body)
        props = package.core_properties
        metadata = {k: v for k, v in (("title", props.title), ("author", props.author)) if v}
    except (zlib.error, zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError) as exc:
        # a part python-docx opens late: damaged, or packed in a way zipfile does not read
        raise ReadError(errors.NOT_A_DOCX.format(detail=f"damaged part: {exc}"[:120])) from None
    except (ValueError, KeyError, IndexError) as exc:
        # python-docx trusts the XML's values (an unknown style type, a missing relationship)
        raise ReadError(errors.NOT_A_DOCX.format(
            detail=f"damaged XML: {type(exc).__name__}: {exc}".split("\n")[0][:120])) from None
    doc = Document(source=source, format="docx", sha256="", pages=None, blocks=reader.blocks)
    doc.metadata = metadata
    return doc


def _int(text: str | None, default: int) -> int:
    """A number attribute of the XML; a missing or non-numeric one (w:start="one") is the default."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


class _Numbering:
    """List labels ("1.", "2.1", "a)") computed from numbering.xml, as Word shows them."""

    def __init__(self, package) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = package.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for an in root.findall(f"{W}abstractNum"):
            levels = {}
            for lvl in an.findall(f"{W}lvl"):
                fmt = _val(lvl.find(f"{W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{W}lvlText")) or ""
                start = _int(_val(lvl.find(f"{W}start")), 1)
                levels[_int(lvl.get(f"{W}ilvl"), 0)] = (fmt, text, start)
            abstract[an.get(f"{W}abstractNumId")] = levels
        for num in root.findall(f"{W}num"):
            aid = _val(num.find(f"{W}abstractNumId"))
            for ilvl, spec in abstract.get(aid, {}).items():
                self.formats[(num.get(f"{W}numId"), ilvl)] = spec

    def is_bullet(self, num_id: str, ilvl: int) -> bool:
        spec = self.formats.get((num_id, ilvl))
        return spec is None or spec[0] in ("bullet", "none")

    def label(self, num_id: str, ilvl: int) -> str:
        spec = self.formats.get((num_id, ilvl))
        if spec is None or spec[0] in ("bullet", "none"):
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        ilvl = min(ilvl, 8)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else spec[2]
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        text = spec[1]
        for k in range(ilvl + 1):
            kspec = self.formats.get((num_id, k), ("decimal", "", 1))
            text = text.replace(f"%{k + 1}", _format_number(counts[k] or kspec[2], kspec[0]))
        return text.strip()


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, m = "", n
        for v, r in vals:
            while m >= v:
                out, m = out + r, m - v
        return out.upper() if fmt == "upperRoman" else out
    return str(n)


def _val(el) -> str | None:
    return None if el is None else el.get(f"{W}val")


class _BodyReader:
    """Walks w:body children in order, turning each into blocks."""

    def __init__(self, package) -> None:
        self.blocks: list[Block] = []
        self.tables = 0
        # Word records where its last layout broke pages; a DOCX without them (python-docx,
        # LibreOffice) has no printed pages, and its blocks are located by count alone
        self.printed_pages = next(package.element.body.iter(f"{W}lastRenderedPageBreak"), None) is not None
        self.printed_page = 1
        self.numbering = _Numbering(package)
        self.styles: dict[str, tuple[str, int | None, bool, tuple[str, int] | None]] = {}
        try:
            for st in package.styles.element.findall(f"{W}style"):
                sid = st.get(f"{W}styleId")
                name = _val(st.find(f"{W}name")) or sid or ""
                ppr = st.find(f"{W}pPr")
                outline = _val(ppr.find(f"{W}outlineLvl")) if ppr is not None else None
                rpr = st.find(f"{W}rPr")
                bold = rpr is not None and rpr.find(f"{W}b") is not None and _val(rpr.find(f"{W}b")) not in ("0", "false")
                numpr = ppr.find(f"{W}numPr") if ppr is not None else None
                num = None
                if numpr is not None and _val(numpr.find(f"{W}numId")):
                    num = (_val(numpr.find(f"{W}numId")), _int(_val(numpr.find(f"{W}ilvl")), 0))
                based = _val(st.find(f"{W}basedOn"))
                self.styles[sid] = (name, int(outline) if outline and outline.isdigit() else None, bold, num, based)
        except (AttributeError, NotImplementedError, KeyError):
            pass

    # --- style lookups (following basedOn) ---

    def _style_chain(self, sid: str | None):
        seen = 0
        while sid and sid in self.styles and seen < 10:
            yield self.styles[sid]
            sid = self.styles[sid][4]
            seen += 1

    def heading_level(self, sid: str | None, ppr) -> int | None:
        outline = _val(ppr.find(f"{W}outlineLvl")) if ppr is not None else None
        if outline and outline.isdigit() and int(outline) < 9:
            return int(outline) + 1
        for name, out_lvl, _bold, _num, _based in self._style_chain(sid):
            m = HEADING_STYLE_RE.match(name.strip())
            if m:
                return int(m.group(1))
            if name.strip().lower() == "title":
                return 1
            if name.strip().lower() == "subtitle":
                return 2
            if out_lvl is not None and out_lvl < 9:
                return out_lvl + 1
        return None

    def style_numbering(self, sid: str | None):
        for _name, _o, _b, num, _based in self._style_chain(sid):
            if num is not None:
                return num
        return None

    def list_style(self, sid: str | None) -> str | None:
        for name, *_ in self._style_chain(sid):
            low = name.lower()
            if low.startswith("list bullet"):
                return "bullet"
            if low.startswith("list number"):
                return "number"
        return None

    # --- walking ---

    def add(self, kind: str, text: str, level: int | None = None, **kw) -> None:
        printed = self.printed_page if self.printed_pages else None
        self.blocks.append(Block(kind, text, len(self.blocks) + 1, level=level, printed_page=printed, **kw))

    def walk(self, parent) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}p":
                before, after = _rendered_breaks(child)
                self.printed_page += before
                self.paragraph(child)
                self.printed_page += after
            elif tag == f"{W}tbl":
                self.table(child)
            elif tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent") if tag == f"{W}sdt" else child
                if content is not None:
                    self.walk(content)

    def paragraph(self, p) -> None:
        boxes: list = []
        leading: list = []
        text = clean_text(paragraph_text(p, boxes, leading))
        # a text box anchored before the paragraph's words is read before them, where Word
        # keeps it: a recommendation's box beside the narrative of what was done about it
        for box in leading:
            self.read_box(box)
        ppr = p.find(f"{W}pPr")
        sid = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
        if text:
            level = self.heading_level(sid, ppr)
            numpr = ppr.find(f"{W}numPr") if ppr is not None else None
            num = None
            if numpr is not None:
                nid = _val(numpr.find(f"{W}numId"))
                if nid and nid != "0":
                    num = (nid, _int(_val(numpr.find(f"{W}ilvl")), 0))
            else:
                num = self.style_numbering(sid)
            label = self.numbering.label(*num) if num is not None else ""
            if label and not text.startswith(label):
                text = f"{label} {text}"
            ink = ink_of(p) if level is None else None
            if level is not None:
                self.add("heading", text, level=min(level, 9))
            elif num is not None or self.list_style(sid):
                is_bullet, rest = strip_bullet(text)
                self.add("list_item", rest if is_bullet else text, ink=ink)
            else:
                is_bullet, rest = strip_bullet(text)
                self.add("list_item" if is_bullet else "paragraph", rest if is_bullet else text, ink=ink)
        for box in boxes:
            if not any(box is b for b in leading):
                self.read_box(box)

    def read_box(self, box) -> None:
        page = self.printed_page  # a text box's breaks are counted with its paragraph's
        self.walk(box)
        self.printed_page = page

    def table(self, tbl) -> None:
        rows = _children(tbl, "tr")
        grid_rows: list[list[tuple[int, int, str, str | None]]] = []
        header_flags: list[bool] = []
        for tr in rows:
            col = 0
            cells = []
            trpr = tr.find(f"{W}trPr")
            before = trpr.find(f"{W}gridBefore") if trpr is not None else None
            if before is not None:
                col += _int(_val(before), 0)
            for tc in _children(tr, "tc"):
                tcpr = tc.find(f"{W}tcPr")
                span = 1
                continued = False
                if tcpr is not None:
                    gs = tcpr.find(f"{W}gridSpan")
                    if gs is not None and (_val(gs) or "1").isdigit():
                        span = max(1, _int(_val(gs), 1))
                    vm = tcpr.find(f"{W}vMerge")
                    continued = vm is not None and _val(vm) != "restart"
                text = "" if continued else cell_text(tc)
                shd = tcpr.find(f"{W}shd") if tcpr is not None else None
                fill = rag_colour_of(shd.get(f"{W}fill")) if shd is not None and not continued else None
                cells.append((col, col + span, text, fill, continued, ink_of(tc) if text else None))
                col += span
            grid_rows.append(cells)
            header_flags.append(trpr is not None and trpr.find(f"{W}tblHeader") is not None)
        grid_rows_nonempty = [(r, h) for r, h in zip(grid_rows, header_flags) if any(c[2] for c in r)]
        if not grid_rows_nonempty:
            return
        ncols = max(c[1] for r, _ in grid_rows_nonempty for c in r)
        if ncols == 1 and len(grid_rows_nonempty) <= 2:
            for tr in rows:  # a one-cell box used for layout: its content is ordinary text
                for tc in _children(tr, "tc"):
                    self.walk(tc)
            return
        self.tables += 1
        row_pages = {}  # the printed page each row starts on
        for tr in rows:
            before, after = _rendered_breaks(tr)
            self.printed_page += before
            row_pages[id(tr)] = self.printed_page
            self.printed_page += after
        table_end = self.printed_page
        first_row, first_flag = grid_rows_nonempty[0]
        is_header = first_flag or (len(grid_rows_nonempty) >= 2 and _all_bold(rows[grid_rows.index(first_row)]))
        headers = [(a, b, t) for a, b, t, *_ in first_row] if is_header else []
        band = 0  # header rows repeated on each page, two or more: "Progress" over "Sept 2016 | March 2017"
        while band < len(grid_rows_nonempty) - 1 and grid_rows_nonempty[band][1]:
            band += 1
        if band >= 2:
            # one header row, each column named by the lowest header cell over it, as the rows below are laid out
            names: dict[int, str] = {}
            for cells, _ in grid_rows_nonempty[:band]:
                for a, b, t, *_ in cells:
                    for k in range(a, b):
                        names[k] = t or names.get(k, "")
            headers = [(k, k + 1, names.get(k, "")) for k in range(ncols)]
            first_row = [(a, b, t, None, False, None) for a, b, t in headers]
            grid_rows_nonempty = [(first_row, True)] + grid_rows_nonempty[band:]
        for index, (cells, flag) in enumerate(grid_rows_nonempty):
            header_row = index == 0 and is_header
            if index > 0 and flag and is_header and [c[2] for c in cells] == [h[2] for h in headers]:
                continue
            out = []
            for a, b, t, fill, continued, ink in cells:
                header = None
                for ha, hb, ht in headers:
                    if ha <= a < hb:
                        header = ht or None
                        break
                out.append(Cell(header=header, text=t, fill=fill, merged=continued, ink=ink))
            self.printed_page = row_pages[id(rows[next((i for i, g in enumerate(grid_rows) if g is cells), 0)])]
            self.add("table_row", " | ".join(c.text for c in out), cells=tuple(out),
                     table=self.tables, is_header=header_row)
        self.printed_page = table_end


def _rendered_breaks(el) -> tuple[int, int]:
    """Word's rendered page breaks in a paragraph or table row: (before its first text, after)."""
    before = after = 0
    seen_text = False
    for node in el.iter(f"{W}t", f"{W}lastRenderedPageBreak"):
        if node.tag == f"{W}t":
            seen_text = seen_text or bool(node.text and node.text.strip())
        elif seen_text:
            after += 1
        else:
            before += 1
    return before, after


def _children(parent, name: str) -> list:
    """The w:tr of a table or the w:tc of a row, also those wrapped in content controls
    (w:sdt) or custom XML, as forms and templates wrap them."""
    found = []
    for child in parent:
        if child.tag == f"{W}{name}":
            found.append(child)
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                found.extend(_children(content, name))
    return found


def _all_bold(tr) -> bool:
    runs = [r for r in tr.iter(f"{W}r") if any(t.text and t.text.strip() for t in r.findall(f"{W}t"))]
    if not runs:
        return False
    for r in runs:
        rpr = r.find(f"{W}rPr")
        b = rpr.find(f"{W}b") if rpr is not None else None
        if b is None or _val(b) in ("0", "false"):
            return False
    return True


def paragraph_text(p, boxes: list | None = None, leading: list | None = None) -> str:
    """Visible text of a w:p: runs, tabs, breaks, non-breaking and soft hyphens, symbols.

    Text boxes inside the paragraph are not part of its text; their content
    elements are appended to `boxes` so they can be read as paragraphs of their own, and
    those anchored before any of its text to `leading` too.
    """
    parts: list[str] = []
    dots: list[tuple[int, int, str]] = []  # runs that are a dot in a rating colour: parts[start:end], colour

    def visit(el, font: dict[int, str] | None = None):
        for child in el:
            tag = child.tag
            if tag == f"{W}t":
                text = child.text or ""
                parts.append(text if font is None else "".join(font.get(ord(ch) & 0xFF, ch) for ch in text))
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append("\t")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append(" ")
            elif tag == f"{W}noBreakHyphen":
                parts.append("-")
            elif tag == f"{W}softHyphen":
                parts.append("\u00ad")
            elif tag == f"{W}sym":
                char = child.get(f"{W}char") or ""
                if char.upper() in ("F0B7", "F0A7", "F0D8"):
                    parts.append("\u2022")
                else:  # a tick or a cross in Wingdings says a status (models/symbol_fonts.csv)
                    code = int(char, 16) & 0xFF if re.fullmatch(r"[0-9A-Fa-f]{1,4}", char) else -1
                    parts.append(symbol_fonts().get((child.get(f"{W}font") or "").lower(), {}).get(code, ""))
            elif tag in (f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText", f"{W}pPr", f"{W}rPr"):
                continue
            elif tag == f"{W}r" and _hidden(child):
                continue  # hidden text (w:vanish): a draft note Word does not show or print
            elif tag == f"{W}r":
                start = len(parts)
                visit(child, _symbol_font(child))
                said = "".join(parts[start:]).strip()
                if said in SYMBOLS and SYMBOLS[said][0] == "dot" and not SYMBOLS[said][1]:
                    colour = _run_colour(child)
                    if colour:
                        dots.append((start, len(parts), colour))
                elif not said and "".join(parts[start:]):
                    # blank space shaded or highlighted in a rating colour: a swatch, as a dot is
                    colour = _run_colour(child, ("highlight", "shd"))
                    if colour:
                        dots.append((start, len(parts), colour))
            elif tag == f"{W}txbxContent":
                if boxes is not None:
                    boxes.append(child)
                if leading is not None and not "".join(parts).strip():
                    leading.append(child)
            elif tag == f"{MC}Fallback":
                continue  # same content as mc:Choice
            else:
                visit(child)

    visit(p)
    del visit  # it calls itself through its closure: a reference cycle per paragraph otherwise
    if dots and (len(dots) >= 2 or not "".join(parts[:dots[0][0]] + parts[dots[0][1]:]).strip()):
        # a dot in a rating colour alone in its cell, or a key of such dots ("● complete ● in
        # progress"), says its colour, as the HTML reader writes it; one beside words says no more
        for start, end, colour in reversed(dots):
            parts[start:end] = [f" {colour.capitalize()} " if len(dots) >= 2 else colour.capitalize()]
    return "".join(parts)


def ink_of(el) -> str | None:
    """The rating colour every run with words in a paragraph or cell is written or highlighted
    in, if one (text boxes and hidden runs aside)."""
    colours = set()
    for run in el.iter(f"{W}r"):
        if any((t.text or "").strip() for t in run.findall(f"{W}t")) and not _hidden(run):
            colours.add(_run_colour(run))
            if len(colours) > 1:
                return None
    return next(iter(colours)) if colours else None


_RUN_PAINT = {"color": "val", "highlight": "val", "shd": "fill"}


def _run_colour(run, paints: tuple[str, ...] = ("color", "highlight", "shd")) -> str | None:
    """The rating colour a run is drawn in: its font colour, highlight or shading (of `paints`)."""
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        return None
    for tag in paints:
        attr = _RUN_PAINT[tag]
        el = rpr.find(f"{W}{tag}")
        colour = rag_colour_of(el.get(f"{W}{attr}")) if el is not None and el.get(f"{W}{attr}") else None
        if colour:
            return colour
    return None


def _symbol_font(run) -> dict[int, str] | None:
    """The code table of the symbol font a run is set in ("ü" in Wingdings is a tick), if it is."""
    rpr = run.find(f"{W}rPr")
    fonts = rpr.find(f"{W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return symbol_fonts().get((fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "").lower())


def _hidden(run) -> bool:
    rpr = run.find(f"{W}rPr")
    vanish = rpr.find(f"{W}vanish") if rpr is not None else None
    return vanish is not None and _val(vanish) not in ("0", "false", "off")


def cell_text(tc) -> str:
    """All text of a table cell, nested tables included, paragraphs joined by spaces."""
    texts = []
    for child in tc:
        if child.tag == f"{W}p":
            boxes: list = []
            t = clean_text(paragraph_text(child, boxes))
            if t:
                texts.append(t)
            texts.extend(t for t in (cell_text(box) for box in boxes) if t)
        elif child.tag == f"{W}tbl":
            for tr in _children(child, "tr"):
                row = [cell_text(inner) for inner in _children(tr, "tc")]
                row = [r for r in row if r]
                if row:
                    texts.append("; ".join(row))
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                t = cell_text(content)
                if t:
                    texts.append(t)
    return " ".join(texts)
