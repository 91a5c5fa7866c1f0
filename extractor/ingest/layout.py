"""Text clean-up shared by the readers: bullets, hyphenation, control characters.

Kept apart from the format readers because PDF, DOCX, TXT and HTML all meet the
same problems (bullet glyphs from Symbol fonts, words split at line ends,
zero-width characters pasted from Word).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..ratings import key_items, names_symbols
from ..resources import table


#: Bullet glyphs seen in Word/LibreOffice output: Symbol-font private-use bullets,
#: typographic bullets, squares, dashes and "o" (Courier New) used as a bullet.
BULLET_RE = re.compile(
    "^[\\s\u00a0]*(?:[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\u2022\u25aa\u25cf\u25a0\u25e6\u2023"
    "\u2043\u25ba\u27a2\u2713\u2714\u00b7\u2219\u25b8\u25c6\u2666\u25a1\u25cb]|[-\u2013\u2014*](?=\\s)|o(?=[ \t\u00a0]))"
    "[\\s\u00a0]*")
NUMBERED_ITEM_RE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+\S")
# Bidirectional embeddings, overrides and isolates (U+202A-202E, U+2066-2069) go too: they can
# make a cell display other text than it holds.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ufffe]")
_SPACES_RE = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def clean_text(text: str) -> str:
    """Removes NUL/control/zero-width characters and folds runs of spaces into one."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # the common case: nothing to remove or fold
    text = text.replace("\u00ad", "").replace("\u2011", "-")
    text = _CONTROL_RE.sub("", text)
    return _SPACES_RE.sub(" ", text).strip()


def strip_bullet(text: str) -> tuple[bool, str]:
    """(True, text without its bullet) when the line starts with a bullet glyph. A key of
    rating symbols ("✔ Completed ◐ In progress ✖ Not started") starts with its first symbol,
    which is no bullet."""
    m = BULLET_RE.match(text)
    if m and m.end() < len(text):
        if names_symbols(text) and len(key_items(text)) >= 2:
            return False, text
        return True, text[m.end():]
    return False, text


@lru_cache(maxsize=1)
def hyphen_prefixes() -> frozenset[str]:
    """Word starts that keep their hyphen when a line breaks after them ("multi-agency")."""
    return frozenset(r["prefix"].lower() for r in table("hyphen_prefixes.csv") if r["prefix"])


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]*")


def vocabulary(text: str) -> Counter[str]:
    """Lower-cased words of a document with their counts, used to decide whether a
    line-end hyphen is real."""
    # counted as written, then folded: lower-casing each distinct word once rather than every
    # occurrence (the words are ASCII letters; keys keep the order of first occurrence)
    counts: Counter[str] = Counter()
    for word, n in Counter(_WORD_RE.findall(text)).items():
        counts[word.lower()] += n
    return counts


def join_letter_spaced(text: str, written: Counter[str]) -> str:
    """Capitals set with letter-spacing, where the printer wrote no spaces and the reader had to
    guess them from the gaps: the wide side bearings of I and J read as word spaces ("SER IOUS
    CASE REV IEW"). Two pieces are one word when the report writes that word elsewhere in
    ordinary text (`written`: the words of lines with small letters) and the pieces are not
    both words of it ("ANY ONE" stays)."""
    words = text.split(" ")
    out: list[str] = []
    for w in words:
        if out and out[-1].isalpha() and w.isalpha() and out[-1].isupper() and w.isupper():
            a, b = out[-1].lower(), w.lower()
            if (written[a + b] or written[a + b + "s"]) and not (written[a] and written[b]):
                out[-1] += w
                continue
        out.append(w)
    return " ".join(out)


def join_lines(lines: list[str], vocab: Counter[str] | None = None, hyphens_marked: bool = False) -> str:
    """Joins wrapped lines into one string, repairing words split at line ends.

    "safe-" + "guarding" becomes "safeguarding" unless the document elsewhere
    writes "safe-guarding", or the first part is a prefix that keeps its hyphen
    ("multi-" + "agency"). A soft hyphen at the line end is always removed, and so
    is U+2010, the hyphen WeasyPrint sets where it hyphenates a word itself; in a
    document that marks its own hyphenation so (`hyphens_marked`), a plain hyphen
    at a line end is the word's own ("information-" + "sharing") and stays.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out[-1] in "\u00ad\x02\u2010":
            out = out[:-1] + line
            continue
        if hyphens_marked and out.endswith("-") and line[:1].isalnum():
            out = out + line
            continue
        if (out.endswith("-") and len(out) >= 2 and out[-2].isalnum() and line[:1].isalnum()
                and not (out[-2].isalpha() and line[:1].isalpha())):
            out = out + line  # "0-" + "19", "28-" + "week"
            continue
        if out.endswith("-") and len(out) >= 2 and out[-2].isalpha() and line[:1].isalpha():
            left = re.search(r"([A-Za-z]+)-$", out)
            right = re.match(r"[A-Za-z]+", line)
            lw = left.group(1) if left else ""
            rw = right.group(0) if right else ""
            if _keep_hyphen(lw, rw, vocab):
                out = out + line
            else:
                out = out[:-1] + line
            continue
        if line[0] in ".,;:)%" or out[-1] == "(":
            out = out + line  # "No" / "." in a narrow cell
            continue
        out = out + " " + line
    return out


def _keep_hyphen(left: str, right: str, vocab: Counter[str] | None) -> bool:
    if not right[:1].islower():
        return True
    joined, hyphened = (left + right).lower(), f"{left}-{right}".lower()
    if vocab:
        if hyphened in vocab and joined not in vocab:
            return True
        if joined in vocab and hyphened not in vocab:
            return False
    if left.lower() in hyphen_prefixes() or (len(left) > 1 and left.isupper()):
        return True
    # Word and LibreOffice do not hyphenate unless asked, so a line-end hyphen is
    # real unless both halves look like fragments: the left half never occurs as a
    # word and the right half only where it was cut ("pregnan-" + "cy").
    if not vocab:
        return False
    return vocab.get(left.lower(), 0) >= 1 or vocab.get(right.lower(), 0) >= 2


_NUMBERED_HEADING_RE = re.compile(r"^(?:(?:section|part|chapter)\s+)?(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$", re.I)


def numbered_heading(text: str) -> int | None:
    """Level of a short, title-like numbered line ("3. Serious Case Reviews" -> 1,
    "3.2 Learning" -> 2), or None when the line reads like a sentence."""
    m = _NUMBERED_HEADING_RE.match(text.strip())
    if not m:
        return None
    title = m.group(2)
    words = title.split()
    if len(words) > 12 or len(title) > 90 or not title[:1].isupper():
        return None
    if title.rstrip().endswith((".", ";", ",", ":")) and not title.rstrip().endswith("etc."):
        return None
    number = m.group(1)
    if number.count(".") == 0 and int(number) > 40:
        return None
    return number.count(".") + 1


#: shading paler than this (white, pale grey, the faint tint of banded rows) is no colour rating
_MIN_SATURATION = 0.15
_MIN_VALUE = 0.3
#: hue bands (degrees) of the rating colours; a tint between bands is no rating
_RAG_HUES = (("red", 0, 15), ("amber", 20, 65), ("green", 75, 170), ("blue", 180, 260), ("red", 335, 360))
_NAMED_COLOURS = {"red": (255, 0, 0), "orange": (255, 165, 0), "yellow": (255, 255, 0), "gold": (255, 215, 0),
                  "amber": (255, 191, 0), "green": (0, 128, 0), "lime": (0, 255, 0), "limegreen": (50, 205, 50),
                  "blue": (0, 0, 255), "lightgreen": (144, 238, 144), "darkorange": (255, 140, 0),
                  "tomato": (255, 99, 71), "crimson": (220, 20, 60), "forestgreen": (34, 139, 34)}


def rag_colour(red: int, green: int, blue: int) -> str | None:
    """The rating colour an RGB shading stands for, or None for white, greys and other tints."""
    import colorsys

    h, s, v = colorsys.rgb_to_hsv(red / 255, green / 255, blue / 255)
    if s < _MIN_SATURATION or v < _MIN_VALUE:
        return None
    degrees = h * 360
    return next((name for name, lo, hi in _RAG_HUES if lo <= degrees < hi), None)


def rag_colour_of(value: str | None) -> str | None:
    """rag_colour of a colour written as "#C6EFCE", "C6EFCE", "rgb(255, 199, 206)" or a name."""
    if not value:
        return None
    value = value.strip().lower()
    m = re.fullmatch(r"#?([0-9a-f]{6})", value)
    if m:
        n = int(m.group(1), 16)
        return rag_colour(n >> 16, (n >> 8) & 255, n & 255)
    m = re.fullmatch(r"#([0-9a-f])([0-9a-f])([0-9a-f])", value)
    if m:
        return rag_colour(*(int(c * 2, 16) for c in m.groups()))
    m = re.fullmatch(r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,[^)]*)?\)", value)
    if m:
        return rag_colour(*(min(int(c), 255) for c in m.groups()))
    rgb = _NAMED_COLOURS.get(value)
    return rag_colour(*rgb) if rgb else None
