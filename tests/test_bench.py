"""The bench's throughput measures work on real files (what they measure, not how fast)."""
from pathlib import Path

from pypdf import PdfReader

from extractor import bench_cpu

DATA = Path(__file__).parent / "data"
REPORT, SHADED = DATA / "report.pdf", DATA / "shaded.pdf"


def test_paired_measure_counts_every_page_and_both_sides():
    result = bench_cpu.paired([REPORT, SHADED], repeat=1)
    assert result["files"] == 2 and result["pages"] == 7 + 2
    assert result["ours_cpu_s"] > 0 and result["ms_per_page"] > 0
    if "pdftotext_cpu_s" in result:  # poppler may be absent
        assert result["ratio_to_pdftotext"] > 0


def test_long_file_is_its_parts_joined_and_cut_to_size(tmp_path):
    files = bench_cpu.scale_files([REPORT, SHADED], sizes=(2, 8), folder=tmp_path)
    assert files[2][0] == SHADED  # the report nearest 2 pages
    joined, parts = files[8]
    assert [len(PdfReader(p).pages) for p in parts] == [7, 1]  # the longest first, the last cut
    assert len(PdfReader(joined).pages) == 8
    assert PdfReader(joined).pages[7].extract_text() == PdfReader(SHADED).pages[0].extract_text()
