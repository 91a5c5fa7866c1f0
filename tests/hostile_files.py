"""Builds hostile input files (broken, malicious or merely odd) in a folder, for the batch tests.

Nothing here is downloaded or committed: every file is made on the fly from a
valid worked example, so the suite stays small and the cases stay readable.
"""
from __future__ import annotations

import os
import random
import re
import shutil
import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BOMB_PART_MB = 260     # inflated size of the zip bomb's document.xml (ratio ~1000:1)
LONG_LINE_MB = 10


def text_pdf(pages: list[str | None], claimed: int | None = None) -> bytes:
    """A PDF with one page of Helvetica lines per string in `pages`; None makes a page
    object pdfium cannot load, and `claimed` a page tree that claims that many pages."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    kids = []
    n = 4
    for text in pages:
        page_id, content_id = n, n + 1
        n += 2
        kids.append(page_id)
        if text is None:
            objs[page_id] = b"(not a page)"
            continue
        lines = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (600 - 16 * i, line.encode("latin-1"))
                         for i, line in enumerate(text.split("\n")))
        objs[content_id] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(lines), lines)
        objs[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                         b"/Resources << /Font << /F1 3 0 R >> >> >>" % content_id)
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), claimed or len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (i, objs[i])
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[i]) if i in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def _docx_with_document_xml(template: Path, target: Path, document_xml: bytes) -> None:
    """A copy of a real DOCX whose word/document.xml is replaced."""
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = document_xml if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info.filename, data)


def _document_xml(doctype: str, body_text: str, padding: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{padding}{doctype}'
            f'<w:document xmlns:w="{W_NS}"><w:body>'
            f"<w:p><w:r><w:t>Serious case review Child Q. Recommendation 1: {body_text}</w:t></w:r></w:p>"
            f"</w:body></w:document>").encode("utf-8")


def _billion_laughs(root: str) -> str:
    lines = ['<!ENTITY lol0 "lol">']
    lines += [f'<!ENTITY lol{i} "{"".join(f"&lol{i - 1};" for _ in range(10))}">' for i in range(1, 10)]
    return f"<!DOCTYPE {root} [{''.join(lines)}]>"


def _external_entity(root: str, secret: Path) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">]>'


def _zip_bomb(target: Path) -> None:
    """A DOCX whose document.xml inflates from about 250 KB to BOMB_PART_MB."""
    chunk = b"a" * (1 << 20)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>'.encode())
            for _ in range(BOMB_PART_MB):
                part.write(chunk)
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")


def _encrypted_pdf(valid_pdf: Path, target: Path, user_password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(valid_pdf))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with open(target, "wb") as f:
        writer.write(f)


def _image_only_pdf(target: Path) -> None:
    """One A4 page that paints a grey box and an inline image, and holds no text."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    content = DecodedStreamObject()
    content.set_data(b"q 0.5 g 50 50 495 742 re f Q "
                     b"q 200 0 0 200 100 300 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x00\xff\xff\x00 EI Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    with open(target, "wb") as f:
        writer.write(f)


def _broken_xref_pdf(valid_pdf: Path, target: Path) -> None:
    """The valid PDF with its cross-reference table and startxref offset scrambled."""
    data = valid_pdf.read_bytes()
    data = re.sub(rb"startxref\s+\d+", b"startxref\n999999999", data)
    data = re.sub(rb"\d{10} \d{5} n", b"0000000007 00000 n", data)
    target.write_bytes(data)


def make_hostile_corpus(folder: Path, valid_pdf: Path, valid_docx: Path, secret: Path) -> list[str]:
    """Writes the hostile files into `folder`; returns the names of the files made (not links)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(6)
    made: list[str] = []

    def put(name: str, data: bytes | str) -> None:
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        made.append(name)

    put("zero-bytes.pdf", b"")
    put("random-bytes.pdf", rng.randbytes(64 * 1024))
    put("random-bytes.docx", rng.randbytes(64 * 1024))
    put("truncated.pdf", valid_pdf.read_bytes()[: valid_pdf.stat().st_size // 3])
    _broken_xref_pdf(valid_pdf, folder / "broken-xref.pdf")
    made.append("broken-xref.pdf")
    _encrypted_pdf(valid_pdf, folder / "password.pdf", "let-me-in")
    made.append("password.pdf")
    _encrypted_pdf(valid_pdf, folder / "empty-password.pdf", "")
    made.append("empty-password.pdf")
    _image_only_pdf(folder / "image-only.pdf")
    made.append("image-only.pdf")
    put("not-a-zip.docx", "This is plain text pretending to be a Word document.\n")
    _zip_bomb(folder / "zip-bomb.docx")
    made.append("zip-bomb.docx")

    _docx_with_document_xml(valid_docx, folder / "billion-laughs.docx",
                            _document_xml(_billion_laughs("w:document"), "&lol9;"))
    _docx_with_document_xml(valid_docx, folder / "external-entity.docx",
                            _document_xml(_external_entity("w:document", secret), "&xxe;"))
    # The DOCTYPE pushed past the first few kilobytes by a comment.
    _docx_with_document_xml(valid_docx, folder / "external-entity-padded.docx",
                            _document_xml(_external_entity("w:document", secret), "&xxe;",
                                          padding=f"<!-- {'x' * 20000} -->\n"))
    made += ["billion-laughs.docx", "external-entity.docx", "external-entity-padded.docx"]

    html_body = ("<h1>Serious case reviews</h1><p>Recommendation 1: the board should {}.</p>"
                 "<p>Action taken: completed by the police.</p>")
    put("billion-laughs.html", _billion_laughs("html")
        + f"<html><body>{html_body.format('&lol9;')}</body></html>")
    put("external-entity.html", _external_entity("html", secret)
        + f"<html><body>{html_body.format('&xxe;')}</body></html>")
    put("scripts-and-long-line.html",
        "<html><head><script>document.write('SCRIPT-MARKER')</script>"
        "<style>p { color: red }</style></head><body>" + html_body.format("review referrals")
        + "<p>" + ("word " * (LONG_LINE_MB * 1024 * 1024 // 5)) + "</p>"
        + "<script>var x = 'SCRIPT-MARKER';</script></body></html>")

    put("control-characters.txt",
        "Serious case review\u0000 Child\u0007 R.\n"
        "Recommendation 1:\u200b the\u200d board\ufeff should\u202e audit\u202c referrals.\n"
        "\u05d4\u05de\u05dc\u05e6\u05d4 \u0627\u0644\u062a\u0648\u0635\u064a\u0629\u200f\n"
        "Action:\x1b[31m completed\x1b[0m by\u00a0the police.\r\n\x0c")
    put("invalid-utf8.txt", b"Serious case review Child S.\nRecommendation 1: \xff\xfe audit "
                            b"\xc3\x28 referrals \xed\xa0\x80 now.\n\x80\x81\n")

    # Odd names for a valid report: spaces, non-ASCII letters, a leading dash.
    for name in ("annual report 2015 16.docx", "rapport-\u00fcn\u00efc\u00f8d\u00e9-\u5831\u544a.docx",
                 "-leading-dash.docx"):
        shutil.copy(valid_docx, folder / name)
        made.append(name)

    os.symlink(".", folder / "loop")            # a folder containing itself
    os.symlink("self-loop.pdf", folder / "self-loop.pdf")
    return made
