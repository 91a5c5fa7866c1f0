"""Errors a user sees. Messages are stable strings defined here, in one place,
because they end up in the `errors` list of the JSON and the workbook."""
from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be turned into a Document. str(err) is one line."""


ENCRYPTED_PDF = "encrypted PDF: a password is required"
NO_TEXT_LAYER = "PDF has no text layer (scanned?)"
BROKEN_PDF = "not a readable PDF ({detail})"
NOT_A_ZIP = "not a DOCX file (not a zip archive)"
NOT_A_DOCX = "not a DOCX file ({detail})"
DOCX_TOO_LARGE = "DOCX refused: its parts inflate to more than {limit_mb} MB"
UNSUPPORTED_FORMAT = "unsupported file type '{suffix}' (expected .pdf, .docx, .txt, .md or .html)"
EMPTY_FILE = "empty file (0 bytes)"
NOT_FOUND = "file not found"
NOT_READABLE = "file cannot be read ({detail})"
TOO_LARGE = "file too large ({size_mb:.0f} MB; the limit is {limit_mb} MB)"
TOO_MANY_PAGES = "too many pages ({pages}; the limit is {limit})"
TIMEOUT = "timed out after {seconds:.0f} s"
WORKER_CRASHED = "the reader crashed on this file ({detail})"
OUT_OF_MEMORY = "the reader ran out of memory on this file (limit {limit_mb} MB)"
GOLD_FOLDER_NOT_FOUND = "gold folder not found: {folder}"
GOLD_FOLDER_EMPTY = "no *.gold.json files in {folder}"
NOT_A_GOLD_FILE = "not a gold annotation file: {file} ({detail})"
NOT_A_PREDICTION_FILE = "not an scr-extract/1 prediction file: {file} ({detail})"
BROKEN_LINK = "broken symbolic link (its target does not exist)"
LINK_LOOP = "symbolic link loop"
NOT_A_FILE = "not a regular file"
TEXT_TOO_LONG = ("a paragraph too long to analyse ({chars:,} characters in one; the limit is "
                 "{limit:,})")
EXTRACTOR_FAILED = "internal error while extracting ({detail})"
DOCX_DOCTYPE = "DOCX refused: its XML declares a DOCTYPE (entity declarations are not allowed)"
RESULTS_UNREADABLE = "not a readable scr-extract/1 results file ({detail})"
BAD_RULE_FILE = "rule file {path}, line {line}: {detail}"
