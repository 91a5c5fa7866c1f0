"""A report's own RAG key: the colours it rates progress in and what each means ("Green = complete").

The colour words, their default meanings and their letters are data: models/rating_colours.csv;
the symbols a key may define instead of colours ("✓ complete ◑ in progress ○ not started") are
models/rating_symbols.csv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import colour_letters, default_ratings, rating_colours, search
from .resources import table

COLOURS = rating_colours()
DEFAULT_RAG = default_ratings()
_COLOUR_WORD = "(?:" + "|".join(COLOURS) + ")"
_KEY_ITEM = re.compile(
    rf"\b(?P<c>{_COLOUR_WORD})\b\s*(?:[:=\-\u2013\u2014]|means|indicates|is)\s*"
    rf"(?P<d>[^;.\n]*?)(?=(?:[;,.]?\s*\b{_COLOUR_WORD}\b\s*(?:[:=\-\u2013\u2014]|means|indicates|is))|[;.\n]|$)",
    re.I)

#: one line of a key naming each colour's word before its meaning ("Green On track – work is under way")
_KEY_NAMED_ITEM = re.compile(rf"^\W*(?P<c>{_COLOUR_WORD})\s+(?P<w>[A-Z][\w'-]*(?:\s+[\w'-]+){{0,3}}?)\s+[\u2013\u2014-]\s+(?P<d>\S.*)$",
                             re.I | re.S)


@dataclass
class RagKey:
    """colour -> status code, as the report defines its colours (defaults where it does not)."""

    colours: dict[str, str] = field(default_factory=dict)
    page: int | None = None

    def status(self, colour: str) -> str | None:
        colour = colour.lower()
        return self.colours.get(colour) or DEFAULT_RAG.get(colour)


_KEY_PROSE = re.compile(
    r"(?P<d>\b[\w\s'-]{3,60}?)\s+(?:are|is)\s+(?:shown|rated|marked|coloured|highlighted)\s+(?:in|as)\s+"
    r"(?P<c>red|amber|green|blue|grey|gray|purple)\b", re.I)


_LETTER = colour_letters()
#: "B – complete; G – on track" (capital letters standing for colours)
#: any capital letter, or two ("C = closed", "IP = in progress", "P means work is in progress"),
#: may be a rating code; it stands for itself, lower-cased
_KEY_LETTER = re.compile(r"(?:^|(?<=[\s;:,(]))(?P<c>[A-Z]{1,2})(?:\s*[:=\-\u2013\u2014]|\s+(?:means|stands for|shows))\s*"
                         r"(?P<d>[^;.,\n]*?)(?=\s*[;.,(\n]|\s+[A-Z]\s*[:=\-\u2013\u2014]|$)")
#: "Key: B complete; G on track to be completed by the target date; A progress made; R not yet
#: started": colour letters each followed by their meaning in lower case, one item a clause
_KEY_LETTER_RUN = re.compile(r"(?:^|(?<=[;:]))\s*(?P<c>[A-Z])\s+(?P<d>[a-z][^;.\n]*)")
#: a scale of scores, three or more counted up from 0 or 1: "1 = not started, 2 = started,
#: 3 = substantially complete, 4 = complete" (or "1 not started; 2 started; ...")
_KEY_SCALE = re.compile(r"(?:^|(?<=[\s;:,(]))(?P<c>[0-5])(?:\s*[:=\-\u2013\u2014)]\s*|\s+(?=[a-z]))"
                        r"(?P<d>[A-Za-z][^;.,\n]*?)(?=\s*[;.,\n]|\s+[0-5]\s*[:=\-\u2013\u2014)]|$)")
#: "Complete (Blue), On track (Green)"
_KEY_PAREN = re.compile(rf"(?P<d>[A-Za-z][\w'-]*(?:\s+[\w'-]+){{0,5}}?)\s*\(\s*(?P<c>{_COLOUR_WORD})\s*\)", re.I)
#: what every match of _KEY_PAREN holds, a colour word alone in brackets: looked for first, since
#: _KEY_PAREN tries up to six words before a bracket at every letter of the text
_COLOUR_IN_BRACKETS = re.compile(rf"\(\s*{_COLOUR_WORD}\s*\)", re.I)
#: "Actions rated blue have been completed, those rated green are on track"
_KEY_RATED = re.compile(rf"\b(?:rated|marked|coloured|shown(?: as| in)?|highlighted(?: in)?)\s+(?P<c>{_COLOUR_WORD})\s+"
                        rf"(?:are|is|have|has|means?|indicates?)?\s*(?P<d>[^,;.]+)", re.I)
#: "..., actions on track in green": a later item of a "shown in" list
_KEY_IN = re.compile(rf"(?P<d>\b[\w\s'-]{{3,60}}?)\s+(?:in|as)\s+(?P<c>{_COLOUR_WORD})\b", re.I)


#: "Status key: Blue completed Green on track Amber delayed": colours as chips, each followed by
#: its meaning with no sign between (read only in a line that calls itself a key)
_KEY_WORD = re.compile(r"\b(?:key|legend)\b", re.I)
#: rating symbols (models/rating_symbols.csv): symbol -> (shape, colour drawn in)
SYMBOLS = {r["symbol"]: (r["shape"], r["colour"]) for r in table("rating_symbols.csv") if r["symbol"]}
_SYMBOL = "[" + "".join(re.escape(s) for s in SYMBOLS) + "]"
#: "✓ = complete ◑ in progress ✗ not started": symbols each followed by its meaning
#: (a spaced dash ends a meaning: "○ not started — no progress reported" keys the dash too)
_KEY_SYMBOL = re.compile(rf"(?P<c>{_SYMBOL})\ufe0f?\s*(?:[:=\-\u2013\u2014]\s*)?(?P<d>(?:(?!{_SYMBOL})(?!\s[\u2013\u2014]\s)[^;,.|\n])+)")
_KEY_RUN = re.compile(rf"\b(?P<c>{_COLOUR_WORD})\b\s+(?P<d>(?:(?!\b{_COLOUR_WORD}\b)[^;.\n])+)", re.I)


def _scale(text: str) -> list[tuple[str, str]]:
    """The items of a key of scores: the last run of scores counted up by one from 0 or 1 ("scored
    1 to 4: 1 not started, 2 started, ..." -> 1, 2, 3, 4)."""
    run: list[tuple[str, str]] = []
    for m in _KEY_SCALE.finditer(text):
        if run and int(m["c"]) == int(run[-1][0]) + 1:
            run.append((m["c"], m["d"].strip()))
        elif m["c"] in "01":
            run = [(m["c"], m["d"].strip())]
        else:
            run = []
    return run


def key_items(text: str) -> list[tuple[str, str]]:
    """(colour, definition) pairs of a key line ("Green = complete; Amber = on track").

    Also the letter form "B – complete; G – on track" (or "Key: B complete; G on track; ..."), the parenthetical form
    "Complete (Blue), On track (Green)", the prose forms "Completed actions are
    shown in green, actions on track in amber", "those rated green are on track", and a key
    of chips each followed by its meaning ("Key: Blue completed Green on track")."""
    items = [(m["c"].lower(), m["d"].strip()) for m in _KEY_ITEM.finditer(text) if m["d"].strip()]
    if len(items) >= 2:
        return items
    named = _KEY_NAMED_ITEM.match(text)
    if named:  # "Green On track – work is under way": a colour, the board's word for it, its meaning
        return [(named["c"].lower(), f'{named["w"]} \u2013 {named["d"].strip()}')]
    letters = [(_LETTER.get(m["c"], m["c"].lower()), m["d"].strip()) for m in _KEY_LETTER.finditer(text)
               if m["d"].strip()]
    if len(letters) >= 2:
        return letters
    scale = _scale(text)
    if len(scale) >= 3:
        return scale
    run = [(_LETTER[m["c"]], m["d"].strip()) for m in _KEY_LETTER_RUN.finditer(text) if m["c"] in _LETTER]
    if (len(run) >= 3 or len(run) == 2 and _KEY_WORD.search(text)) and len({c for c, _ in run}) == len(run):
        return run
    paren = ([(m["c"].lower(), m["d"].strip()) for m in _KEY_PAREN.finditer(text)]
             if _COLOUR_IN_BRACKETS.search(text) else [])
    if len(paren) >= 2:
        return paren
    rated = [(m["c"].lower(), m["d"].strip()) for m in _KEY_RATED.finditer(text) if m["d"].strip()]
    if len(rated) >= 2:
        return rated
    if not items:
        parts = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[\w\s'-]{3,60}?\s+(?:are|is)\s)", text)
        for part in parts:
            m = search(_KEY_PROSE, part)  # not walked over a part without "shown", "rated" ...
            if m:
                items.append((m["c"].lower(), m["d"].strip()))
            elif items:
                m = _KEY_IN.search(part)
                if m:
                    items.append((m["c"].lower(), m["d"].strip()))
    symbols = [(m["c"], m["d"].strip()) for m in _KEY_SYMBOL.finditer(text)
               if any(ch.isalpha() for ch in m["d"]) and len(m["d"].split()) <= 6]
    # distinct symbols: one symbol repeated is a line of bullets ("● Training delivered ● Audit done")
    if len(items) < 2 and len(symbols) >= 2 and len({c for c, _ in symbols}) == len(symbols):
        return symbols
    if len(items) < 2 and _KEY_WORD.search(text):
        run = [(m["c"].lower(), m["d"].strip()) for m in _KEY_RUN.finditer(text)]
        if len(run) >= 2:
            return run
    return items


def symbol_of(text: str) -> str | None:
    """The rating symbol a cell or chip holds alone ("✓", "🟢"), if it is one."""
    code = text.strip().replace("\ufe0f", "")
    return code if code in SYMBOLS else None


#: glyphs that are a plain dot or square, which a report colours to rate (models/rating_symbols.csv)
DOTS = frozenset(sym for sym, (shape, colour) in SYMBOLS.items() if shape == "dot" and not colour)
#: a run of one dot glyph repeated is this long at most ("■■■" inked in a rating colour)
DOT_RUN = 5


def is_dot_run(text: str) -> bool:
    """A dot glyph, or the same one set a few times over ("■■■"), and nothing else: what a
    report inks in a rating colour to rate."""
    text = text.strip()
    return 0 < len(text) <= DOT_RUN and text[0] in DOTS and text == text[0] * len(text)


#: a filled symbol and its outline, set in a row to rate by how many are filled ("★★★☆☆")
_FILLED_OUTLINE = ("\u2605\u2606", "\u25cf\u25cb", "\u25a0\u25a1", "\u25c6\u25c7", "\u2b24\u25ef")
#: such a row has this many symbols at least, and at most
RATING_RUN = (3, 10)


def rating_run_share(text: str) -> float | None:
    """The share a row of filled and outline symbols rates ("★★☆☆" -> 0.5): filled ones first,
    one pair of symbols, three to ten in all; None for any other text."""
    run = "".join(text.split())
    if not RATING_RUN[0] <= len(run) <= RATING_RUN[1]:
        return None
    for filled, outline in _FILLED_OUTLINE:
        lit = len(run) - len(run.lstrip(filled))
        if run == filled * lit + outline * (len(run) - lit):
            return lit / len(run)
    return None


def names_symbols(text: str) -> bool:
    """True when a short line sets out two or more different rating symbols (a symbol key)."""
    return len(text) < 300 and len(set(re.findall(_SYMBOL, text))) >= 2


#: the colours an edge of a box may rate it in (a blue or purple box is the house palette)
_EDGE_COLOURS = frozenset({"red", "amber", "green"})


#: a box rated by its edge or its shading holds this many words at least (a few are a stat
#: tile's figure and label) ...
RATED_BOX_WORDS = 8
#: ... or is a numbered title of its own ("Recommendation 2", a card's header band)
_NUMBERED_TITLE = re.compile(r"^\W*[A-Za-z]+(?: [A-Za-z]+)?\.? ?\d{1,2}[a-z]?\W*$")


def rated_box_text(text: str) -> bool:
    """Whether a box holding `text` may be rated by the colour of its edge or shading."""
    return len(text.split()) >= RATED_BOX_WORDS or bool(_NUMBERED_TITLE.match(text))


def edges_rate(colours: set[str], text: str) -> bool:
    """Whether boxes of one kind whose edges are drawn in `colours` are rated by them: two or
    more of red, amber and green, and the report says what each means ("Green — action
    complete"). One colour on every box, or a palette of colours, is a house style (a pull
    quote ruled in yellow, notes edged in the brand's colours), not a rating."""
    return len(colours) >= 2 and colours <= _EDGE_COLOURS and all(
        re.search(rf"\b{c}\b\s*(?:[:=\u2013\u2014-]|means)", text, re.I) for c in colours)


@lru_cache(maxsize=1)
def symbol_fonts() -> dict[str, dict[int, str]]:
    """Symbol font (lower case) -> its 8-bit code -> the rating symbol it draws
    (models/symbol_fonts.csv; read by the DOCX and PDF readers)."""
    out: dict[str, dict[int, str]] = {}
    for row in table("symbol_fonts.csv"):
        out.setdefault(row["font"].lower(), {})[int(row["code"], 16)] = row["symbol"]
    return out
