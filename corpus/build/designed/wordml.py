"""The small WordprocessingML kit the designed Word reports are built with: python-docx for what
it can do, raw XML for the rest (text boxes with VML fallbacks, frames, floating tables,
content controls, fields)."""
import copy
import itertools
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
NSDECL = " ".join('xmlns:%s="%s"' % kv for kv in NS.items())

_ids = itertools.count(1)
_sdt_ids = itertools.count(401873)
_first_shapetype = [True]

EMU_CM = 360000


def X(xml):
    """Parse one element written with the usual prefixes."""
    xml = xml.strip()
    # insert namespace declarations into the first start tag
    first_space = min([p for p in (xml.find(" "), xml.find(">"), xml.find("/>")) if p > 0])
    xml = xml[:first_space] + " " + NSDECL + xml[first_space:]
    return parse_xml(xml)


def R(text, b=False, i=False, sz=None, color=None, caps=False, font=None,
      shd=None, vanish=False, small_caps=False, tab_before=False, br_before=False):
    rpr = ""
    if font:
        rpr += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font)
    if b:
        rpr += "<w:b/><w:bCs/>"
    if i:
        rpr += "<w:i/><w:iCs/>"
    if caps:
        rpr += "<w:caps/>"
    if small_caps:
        rpr += "<w:smallCaps/>"
    if vanish:
        rpr += "<w:vanish/>"
    if color:
        rpr += '<w:color w:val="%s"/>' % color
    if sz:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz * 2, sz * 2)
    if shd:
        rpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    pre = ""
    if tab_before:
        pre += "<w:tab/>"
    if br_before:
        pre += "<w:br/>"
    return '<w:r>%s%s<w:t xml:space="preserve">%s</w:t></w:r>' % (
        ("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", pre, escape(text))


def P(runs, style=None, jc=None, before=None, after=None, shd=None, border=None,
      frame=None, ind=None, keep_next=False, page_break_before=False, tabs=None,
      line=None, numbered=None):
    """runs: str (plain text) or list of R() strings."""
    if isinstance(runs, str):
        runs = [R(runs)]
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_break_before:
        ppr += "<w:pageBreakBefore/>"
    if frame:
        ppr += frame
    if numbered:
        ppr += numbered
    if border:
        ppr += "<w:pBdr>%s</w:pBdr>" % border
    if shd:
        ppr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    if tabs:
        ppr += "<w:tabs>%s</w:tabs>" % tabs
    if before is not None or after is not None or line is not None:
        ppr += "<w:spacing%s%s%s/>" % (
            (' w:before="%d"' % before) if before is not None else "",
            (' w:after="%d"' % after) if after is not None else "",
            (' w:line="%d" w:lineRule="auto"' % line) if line is not None else "")
    if ind:
        ppr += ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    return "<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % ppr) if ppr else "", "".join(runs))


def BDR(color="1F4E79", sz=8, sides=("top", "left", "bottom", "right"), space=4):
    return "".join('<w:%s w:val="single" w:sz="%d" w:space="%d" w:color="%s"/>' % (s, sz, space, color)
                   for s in sides)


def SDT(inner, alias, tag, block=True, extra_pr="", plc=False):
    """A content control. block=True: inner is paragraphs; else runs."""
    sid = next(_sdt_ids)
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (escape(alias), escape(tag), sid)
    if plc:
        pr += "<w:showingPlcHdr/>"
    pr += extra_pr
    return "<w:sdt><w:sdtPr>%s</w:sdtPr><w:sdtEndPr/><w:sdtContent>%s</w:sdtContent></w:sdt>" % (pr, inner)


def DROPDOWN(items):
    return "<w:dropDownList>%s</w:dropDownList>" % "".join(
        '<w:listItem w:displayText="%s" w:value="%s"/>' % (escape(t), escape(t)) for t in items)


def DATEPICK(iso):
    return ('<w:date w:fullDate="%sT00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' % iso)


def TEXTBOX(content, w_cm, h_cm, x_cm=0.0, y_cm=0.0, fill="FFFFFF", line="1F4E79",
            line_w=12700, wrap="topAndBottom", rel_h="column", rel_v="paragraph", name=None):
    """A run holding a DrawingML text box with its VML fallback, as Word saves it.
    content: the inner XML of w:txbxContent (paragraphs, tables, sdt)."""
    n = next(_ids)
    name = name or "Text Box %d" % n
    cx, cy = int(w_cm * EMU_CM), int(h_cm * EMU_CM)
    ox, oy = int(x_cm * EMU_CM), int(y_cm * EMU_CM)
    zh = 251659264 + n * 1024
    wrap_dml = {"topAndBottom": "<wp:wrapTopAndBottom/>",
                "square": '<wp:wrapSquare wrapText="bothSides"/>',
                "none": "<wp:wrapNone/>"}[wrap]
    wrap_vml = {"topAndBottom": '<w10:wrap type="topAndBottom"/>',
                "square": '<w10:wrap type="square"/>', "none": ""}[wrap]
    ln = ('<a:ln w="%d"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>' % (line_w, line)
          if line else "<a:ln><a:noFill/></a:ln>")
    shapetype = ""
    if _first_shapetype[0]:
        shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                     'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                     '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>')
        _first_shapetype[0] = False
    pt = lambda cm: "%.2fpt" % (cm * 28.3465)
    stroke = ('strokecolor="#%s" strokeweight="%.1fpt"' % (line.lower(), line_w / 12700)
              if line else 'stroked="f"')
    return f'''<w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{zh}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="{rel_h}"><wp:posOffset>{ox}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="{rel_v}"><wp:posOffset>{oy}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>{wrap_dml}
<wp:docPr id="{n}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic>
<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH><wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>
</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>{shapetype}
<v:shape id="{name}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:{pt(x_cm)};margin-top:{pt(y_cm)};width:{pt(w_cm)};height:{pt(h_cm)};z-index:{zh};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:absolute;mso-position-horizontal-relative:text;mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" fillcolor="#{fill.lower()}" {stroke}>
<v:textbox style="mso-fit-shape-to-text:t" inset="3mm,2mm,3mm,2mm"><w:txbxContent>{content}</w:txbxContent></v:textbox>{wrap_vml}
</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''


def FRAME(width_cm, align="right", hanchor="margin", vanchor="text", y=None, hspace=284, vspace=0):
    return ('<w:framePr w:w="%d" w:hSpace="%d" w:vSpace="%d" w:wrap="around" w:vAnchor="%s" '
            'w:hAnchor="%s" w:xAlign="%s"%s/>' % (int(width_cm * 567), hspace, vspace, vanchor, hanchor,
                                                 align, (' w:y="%d"' % y) if y is not None else ' w:y="1"'))


def DROPCAP(lines=3):
    return '<w:framePr w:dropCap="drop" w:lines="%d" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>' % lines


def CELL(content, w_cm, fill=None, valign=None, gridspan=None):
    tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % int(w_cm * 567)
    if gridspan:
        tcpr += '<w:gridSpan w:val="%d"/>' % gridspan
    if fill:
        tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % fill
    if valign:
        tcpr += '<w:vAlign w:val="%s"/>' % valign
    if isinstance(content, str) and not content.startswith("<"):
        content = P(content, after=0)
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, content)


def TABLE(rows, widths, floating=None, border="A6A6A6", header_rows=1, caption=None):
    """rows: list of lists of cell XML (from CELL) or plain strings.
    floating: a w:tblpPr string or None."""
    grid = "".join('<w:gridCol w:w="%d"/>' % int(w * 567) for w in widths)
    tblpr = '<w:tblStyle w:val="TableGrid"/>'
    if floating:
        tblpr += floating + '<w:tblOverlap w:val="never"/>'
    tblpr += '<w:tblW w:w="%d" w:type="dxa"/>' % int(sum(widths) * 567)
    tblpr += ("<w:tblBorders>%s</w:tblBorders>" % "".join(
        '<w:%s w:val="single" w:sz="4" w:space="0" w:color="%s"/>' % (s, border)
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")))
    tblpr += '<w:tblLayout w:type="fixed"/>'
    tblpr += ('<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
              '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
    tblpr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    body = ""
    for ri, row in enumerate(rows):
        cells = "".join(c if c.startswith("<w:tc>") else CELL(c, widths[ci]) for ci, c in enumerate(row))
        trpr = "<w:trPr><w:cantSplit/>%s</w:trPr>" % ("<w:tblHeader/>" if ri < header_rows else "")
        body += "<w:tr>%s%s</w:tr>" % (trpr, cells)
    return "<w:tbl><w:tblPr>%s</w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>" % (tblpr, grid, body)


def TBLPPR(x_spec=None, x_cm=None, y_cm=0.1, h_anchor="margin", v_anchor="text", left=180, right=180,
           top=113, bottom=113):
    s = '<w:tblpPr w:leftFromText="%d" w:rightFromText="%d" w:topFromText="%d" w:bottomFromText="%d" ' \
        'w:vertAnchor="%s" w:horzAnchor="%s"' % (left, right, top, bottom, v_anchor, h_anchor)
    if x_spec:
        s += ' w:tblpXSpec="%s"' % x_spec
    if x_cm is not None:
        s += ' w:tblpX="%d"' % int(x_cm * 567)
    s += ' w:tblpY="%d"/>' % int(y_cm * 567)
    return s


class Builder:
    def __init__(self, font="Calibri", size=10.5, color="262626"):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(color)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(k), font)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.line_spacing = 1.08
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
        sec.header_distance = sec.footer_distance = Cm(1.0)
        self.body = self.doc.element.body

    # raw XML straight into the body, before the final sectPr
    def raw(self, xml):
        el = X(xml)
        self.body.find(qn("w:sectPr")).addprevious(el)
        return el

    def h(self, text, level=1, page_break=False, color=None):
        p = self.doc.add_heading(text, level)
        if page_break:
            p.paragraph_format.page_break_before = True
        if color:
            for r in p.runs:
                r.font.color.rgb = RGBColor.from_string(color)
        return p

    def p(self, text, style=None, bold_lead=None, italic=False):
        p = self.doc.add_paragraph(style=style)
        if bold_lead:
            r = p.add_run(bold_lead)
            r.bold = True
        r = p.add_run(text)
        r.italic = italic
        return p

    def bullets(self, items, style="List Bullet"):
        for it in items:
            if isinstance(it, tuple):
                self.p(it[1], style=style, bold_lead=it[0])
            else:
                self.p(it, style=style)

    def table(self, rows, widths, style="Light List Accent 1", header=True):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = self.doc.styles[style]
        t.autofit = False
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                c = t.cell(ri, ci)
                c.width = Cm(widths[ci])
                c.text = val
                for par in c.paragraphs:
                    par.paragraph_format.space_after = Pt(0)
                    for r in par.runs:
                        r.font.size = Pt(9.5)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def section_break(self, cols=None):
        """End the current section here (continuous); cols sets the column count
        of the section that is being ended."""
        self.doc.add_section(WD_SECTION.CONTINUOUS)
        # the new paragraph-level sectPr holds the properties of the section just ended
        sp = self.body.findall(".//" + qn("w:pPr") + "/" + qn("w:sectPr"))[-1]
        if cols:
            c = sp.find(qn("w:cols"))
            if c is None:
                c = etree.SubElement(sp, qn("w:cols"))
            c.set(qn("w:num"), str(cols))
            c.set(qn("w:space"), "567")
        return sp

    def header_footer(self, header_text, footer_text, rule="1F4E79"):
        sec = self.doc.sections[0]
        sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp._p.addnext(X(P([R(header_text, sz=8, color="595959", small_caps=True)], jc="right", after=0,
                          border='<w:bottom w:val="single" w:sz="6" w:space="4" w:color="%s"/>' % rule)))
        hp._p.getparent().remove(hp._p)
        fp = sec.footer.paragraphs[0]
        fxml = P([R(footer_text, sz=8, color="595959"), R("Page ", sz=8, color="595959", tab_before=True),
                  '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple>'],
                 tabs='<w:tab w:val="right" w:pos="9638"/>', after=0,
                 border='<w:top w:val="single" w:sz="4" w:space="4" w:color="%s"/>' % rule)
        fp._p.addnext(X(fxml))
        fp._p.getparent().remove(fp._p)

    def toc(self, entries, wrap_sdt=True):
        """A TOC field with its cached result (entries: (level, text, page))."""
        paras = []
        tabs = '<w:tab w:val="right" w:leader="dot" w:pos="9628"/>'
        for k, (lvl, text, page) in enumerate(entries):
            ind = '<w:ind w:left="%d"/>' % (0 if lvl == 1 else 397)
            runs = []
            if k == 0:
                runs.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                            '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            runs.append(R(text, b=(lvl == 1), sz=10 if lvl == 1 else 9.5))
            runs.append(R(str(page), b=(lvl == 1), sz=10 if lvl == 1 else 9.5, tab_before=True))
            if k == len(entries) - 1:
                runs.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
            paras.append(P(runs, tabs=tabs, ind=ind, after=60 if lvl == 1 else 20, before=60 if lvl == 1 else 0))
        inner = "".join(paras)
        if wrap_sdt:
            sid = next(_sdt_ids)
            self.raw('<w:sdt><w:sdtPr><w:id w:val="%d"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
                     '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (sid, inner))
        else:
            for p_ in paras:
                self.raw(p_)

    def save(self, path):
        root = self.doc.element
        etree.cleanup_namespaces(root, top_nsmap=NS, keep_ns_prefixes=list(NS))
        root.set("{%s}Ignorable" % NS["mc"], "w14 wp14")
        self.doc.save(path)
