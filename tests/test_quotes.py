"""Each entry quotes the report's words for its parts, with the page they are on."""
from __future__ import annotations

from conftest import DATA, EXAMPLES
from extractor.pipeline import extract
from extractor.quotes import quote_text


def test_quotes_are_whole_sentences_up_to_the_cap():
    text = "First sentence here. Second one is longer than the first. Third."
    assert quote_text(text, 40) == "First sentence here."
    assert quote_text(text, 300) == text
    assert quote_text("word " * 100, 30).endswith(" \u2026")
    assert len(quote_text("word " * 100, 30)) <= 32


def test_a_pdf_entry_quotes_recommendation_action_status_and_body_verbatim_with_pages():
    report = extract(EXAMPLES / "eastmere-2014-15.pdf")
    assert report.page_kind == "page"
    from extractor.ingest import read_document
    pages = {}
    for b in read_document(EXAMPLES / "eastmere-2014-15.pdf").blocks:
        pages.setdefault(b.page, []).append(" ".join(b.text.split()))
    quoted = 0
    for e in report.recommendations:
        kinds = {q.of for q in e.quotes}
        assert ("action" in kinds) == bool(e.action) and ("recommendation" in kinds) == bool(e.text)
        for q in e.quotes:
            if q.text.startswith("[cell shaded"):
                continue
            words = q.text.rstrip(" \u2026")[:40]
            assert any(words in t for t in pages[q.page]), (q.of, q.page, q.text)
            quoted += 1
    assert quoted >= 3 * len(report.recommendations)


def test_docx_pages_come_from_word_s_rendered_page_breaks():
    report = extract(DATA / "rendered-pages.docx")
    assert report.page_kind == "page"
    pages = {e.number: {q.of: q.page for q in e.quotes} for e in report.recommendations}
    assert pages["1"]["recommendation"] == 2 and pages["1"]["status"] == 2
    assert pages["2"]["action"] == 3


def test_a_docx_without_page_breaks_is_located_by_paragraph():
    report = extract(EXAMPLES / "ardley-vale-2016-17.docx")
    assert report.page_kind == "paragraph"
    assert all(q.page for e in report.recommendations for q in e.quotes)
