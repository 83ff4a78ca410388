"""What fact matching compares in a sentence: its words and their stems, the numbers, dates and
names it gives."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .. import lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?")
_CAP_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'.-]*|[A-Z]{2,})(?:\s+(?:of|de|al|bin|von|van|the)?\s*[A-Z][\w’'.-]*)*")
# "6 percentage points" is a change of 6 points, no share of 6%.
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(?:%|percent\b|per cent\b))?"
                     r"(?:\s+(million|billion|trillion|thousand))?", re.I)
# "3:40 a.m.", "15:40", and a wire's four-digit time before its zone ("0016 GMT" is "00:16 GMT").
_TIME = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\b\.?|\b(\d{1,2}):(\d{2})\b"
    r"|\b([01]\d|2[0-3])([0-5]\d)(?=\s*(?:GMT|UTC|BST|CET|EST|EDT)\b(?!-))",
    re.I,
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# The capitalised word a name-number follows ("Pier 6"), and the words that instead say how many.
_LABEL_WORD = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+$")
_COUNT_WORDS = lexicon.STOPWORDS | lexicon.DATE_WORDS | frozenset(
    "nearly roughly almost around approximately only just some over under least than about estimated".split()
)
# A name that ends in a number after a hyphen: "Covid-19", "F-35", "MH-17".
_NAME_HYPHEN = re.compile(r"(?<![\w-])[A-Za-z]{1,8}-$")
# How far before a number the word that labels it may start.
_WORD_REACH = 100
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# The last word of a body's name that any such body has: the word before it tells which ("Liberal
# Party" and "the Liberals"; the Republican and the Democratic Party are two).
_BODY_HEADS = frozenset({"party", "department", "ministry", "committee"})
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


# British word beginnings (lexicon.US_SPELLING), longest first; a doubled "l" only before an ending.
_BRITISH = re.compile("^(?:" + "|".join(
    re.escape(k) + ("(?=ed|ing|er)" if k.endswith("ll") else "")
    for k in sorted(lexicon.US_SPELLING, key=len, reverse=True)
) + ")")
# "-ise", "-isation", "-yse" and their forms, where American spelling has "z". A word spelled so
# in both ("promise", "exercise") is rewritten alike in every outlet: only what meets changes.
_ISE = re.compile(r"(?<=[a-z]{2})(?:i(?=s(?:e[sdr]?|ers|ing|ations?)$)|y(?=s(?:e[sd]?|ing)$))s")


def _american(word: str) -> str:
    """A lower-case word in American spelling: 'paralysed' -> 'paralyzed', 'favourite' -> 'favorite'."""
    word = _BRITISH.sub(lambda m: lexicon.US_SPELLING[m.group(0)], word, count=1)
    return _ISE.sub(lambda m: m.group(0)[0] + "z", word, count=1)


@lru_cache(maxsize=65_536)  # every word of every sentence passes here, again in each comparison
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'arrives'/'arrived'/'arriving' without a download,
    and British and American spellings ('paralysed'/'paralyzed')."""
    w = _american(word.lower().replace("’", "'"))
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: len(w) - len(suffix)] + keep
            break
    return lexicon.SAME_HAPPENING.get(w, w)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """The words of :func:`words` with where each starts and ends in ``text``."""
    return [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


def content_stems(text: str) -> frozenset[str]:
    return frozenset(
        stem(w) for w in words(text) if w.lower() not in lexicon.STOPWORDS and len(w) > 1 and not w[0].isdigit()
    )


def normalise_number(digits: str, unit: str | None, scale: str | None) -> str:
    value = float(digits.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    text = f"{value:.6g}" if value < 1e15 else str(value)
    return text + ("%" if unit else "")


def _times(text: str) -> tuple[set[str], str]:
    """Clock times as one token each ("t3:40"), and the text with them blanked out."""
    found: set[str] = set()
    for match in _TIME.finditer(text):
        hour, minute, _, hour24, minute24, wire_hour, wire_minute = match.groups()
        if wire_hour is not None:
            found.add(f"t{int(wire_hour)}:{wire_minute}")
        elif hour24 is not None:
            found.add(f"t{int(hour24)}:{minute24}")
        else:
            found.add(f"t{int(hour)}:{minute or '00'}")
    return found, _TIME.sub(" ", text)


def is_clock_time(number: str) -> bool:
    """Whether a figure of :func:`numbers_in` is a clock time ("t3:40")."""
    return number.startswith("t")


def is_precise(number: str, precise_from: float) -> bool:
    """Whether a figure of :func:`numbers_in` is one two reports do not give by chance: a share, a
    fraction, a clock time, a count of at least ``precise_from``."""
    if number.endswith("%") or is_clock_time(number):
        return True
    value = float(number)
    return value >= precise_from or not value.is_integer()


def numbers_in(text: str) -> frozenset[str]:
    """The quantities a sentence gives, normalised ("1,200", "1.2 thousand"); not years, and not
    the numbers that are part of a name ("Pier 6", "Flight 214", "Chapter 11"): those count nothing."""
    found, text = _times(text)
    for match in _NUMBER.finditer(text):
        digits, unit, scale = match.groups()
        scale = scale or _abbreviated_scale(text, match)
        if _YEAR.fullmatch(digits) and not unit and not scale:
            continue
        # (the word before a number is looked for just before it: from the start, many numbers cost time squared)
        near = max(0, match.start() - _WORD_REACH)
        label = _LABEL_WORD.search(text, near, match.start())
        if label and label.group(1).lower() not in _COUNT_WORDS and not unit and not scale:
            continue
        if _NAME_HYPHEN.search(text, near, match.start()) and not unit and not scale:
            continue  # "Covid-19", "F-35", "G-7": a name
        found.add(normalise_number(digits, unit, scale))
    return frozenset(found | _spelled_numbers(text))


# A headline's short scale: "$1.9T", "$34B", "$5m", "$60bn", "1.5bn people", "266K jobs", "20.5M".
_SHORT_SCALE = re.compile(r"(bn|tn|[mbtk])\b", re.I)
_SHORT_SCALES = {"k": "thousand", "m": "million", "b": "billion", "bn": "billion", "t": "trillion", "tn": "trillion"}


def _abbreviated_scale(text: str, match: re.Match[str]) -> str | None:
    """The scale a short suffix gives a figure: "bn", "tn", "K" and a capital "M", "B" or "T" after
    any figure, a small letter only after a sum of money (a "5m" walk is five metres)."""
    short = _SHORT_SCALE.match(text, match.end())
    if short is None or match.group(2):
        return None
    suffix = short.group(1)
    money = text[max(match.start() - 1, 0) : match.start()] in ("$", "£", "€")
    plain = len(suffix) == 2 or suffix.isupper() or suffix == "k"
    return _SHORT_SCALES[suffix.lower()] if plain or money else None


_SHARE_AFTER = re.compile(r"\s*(?:percent|per cent)\b", re.I)


def _spelled_numbers(text: str) -> set[str]:
    """The numbers a sentence spells out, a tens word and its unit as one ("Fifty two" is 52, as
    "fifty-two" is), a share where "percent" follows ("Thirty three percent" is 33%)."""
    found: set[str] = set()
    spans = word_spans(text)
    joined_with_last = False
    for k, (word, _, end) in enumerate(spans):
        after = spans[k + 1] if k + 1 < len(spans) else None
        if joined_with_last:
            joined_with_last = False
            continue
        value = lexicon.number_word(word)
        if after and text[end : after[1]] == " " and (tens := lexicon.number_word(f"{word}-{after[0]}")) is not None:
            value, end, joined_with_last = tens, after[2], True
        if value is not None:
            found.add(f"{value:.6g}" + ("%" if _SHARE_AFTER.match(text, end) else ""))
    return found


def dates_in(text: str) -> frozenset[str]:
    found = {y for y in _YEAR.findall(text)}
    # "a late-June poll", "mid-March": the month is a date of its own
    found |= {part for w in words(text) for part in w.lower().split("-") if part in lexicon.DATE_WORDS}
    return frozenset(found)


def entities_in(text: str) -> frozenset[str]:
    """The words of capitalised names, one by one ('Kim Jong-un' and 'Kim Jong Un' share all three);
    a sentence's first word counts only when a name follows it."""
    found: set[str] = set()
    for match in _CAP_RUN.finditer(text):
        tokens = re.split(r"[\s-]+", match.group(0).strip(" ."))
        at_start = match.start() == 0 or text[: match.start()].rstrip().endswith((".", "\"", "“"))
        if at_start and (len(tokens) == 1 or tokens[0].lower() in lexicon.STOPWORDS):
            tokens = tokens[1:]
        for token in tokens:
            word = token.lower().strip("’'.")
            if word and word not in lexicon.STOPWORDS and word not in lexicon.DATE_WORDS:
                found.add(stem(word))
    return frozenset(found)


def last_names(text: str) -> frozenset[str]:
    """The last word of each capitalised name ("paterson" of "Former New York Gov. David
    Paterson"; "liberal" of "Liberal Party"): what tells two speakers apart where their titles and
    places agree."""
    found = set()
    for match in _CAP_RUN.finditer(text):
        tokens = [t.lower().strip("’'.,") for t in re.split(r"[\s-]+", match.group(0).strip(" ."))]
        # "Samuel A. Alito Jr.": the surname stands before a generational suffix
        while len(tokens) > 1 and (tokens[-1] in _SUFFIXES or tokens[-1] in _BODY_HEADS):
            tokens.pop()
        word = tokens[-1]
        if len(word) > 1 and word not in lexicon.NOT_NAMES:
            found.add(stem(word))
    return frozenset(found)


# A count told as changed since an earlier report: "The number of people injured in Thursday's
# explosion ... rose to 19", "where the number of injured has risen to 19", "the death toll climbed to 30".
_UPDATED_COUNT = re.compile(
    r"\b(?:(?:number|total|tally|count)\s+of\s+(?P<what>[\w’'-]+(?:\s+[\w’'-]+)?)|(?P<toll>death|injury)\s+toll)\b"
    r"[^.;\"“”]{0,100}?\b(?:rose|risen|rises|climbed|climbs|jumped|grew|grown|increased|swelled|reached)\s+"
    r"(?:to\s+)?(?:at least\s+|more than\s+|nearly\s+|about\s+)?(?P<to>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b"
)
# Words for anyone, which tell nothing of what a count counts ("the number of people injured").
_ANYONE = frozenset({"people", "person", "individual"})
# How many words either side of a number say what it counts ("injuring 12 workers").
_COUNT_WINDOW = 3


# A count told as it stands now: "One remains in critical condition", "two are still missing".
_COUNT_NOW = re.compile(
    r"\b(?P<to>\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:[a-z]+\s+)?(?:of (?:them|the \w+)\s+)?"
    r"(?:remains?|(?:is|are) (?:still|now))\s+"
    r"(?:in\s+)?(?P<what>[\w’'-]+(?:\s+[\w’'-]+)?)"
)
# How many words after a number still say what it counts ("Three workers were listed in critical condition").
_COUNTED_AFTER = 6


def tells_a_count_change(text: str) -> bool:
    """Whether a sentence tells a count risen or standing now (what :func:`count_changed` reads)."""
    return bool(_UPDATED_COUNT.search(text) or _COUNT_NOW.search(text))


def count_changed(report: str, earlier: str) -> bool:
    """Whether ``report`` tells a count that ``earlier`` gives as another value since: risen ("the
    number of people injured ... rose to 19", :func:`count_updated`) or standing now at another
    ("One remains in critical condition" after "Three workers were listed in critical condition")."""
    if count_updated(report, earlier):
        return True
    for match in _COUNT_NOW.finditer(report):
        told = match.group("to")
        now = frozenset({"1"}) if told.lower() == "one" else numbers_in(told)  # "One remains ...": a count here
        counted = content_stems(match.group("what")) - _ANYONE
        if now and counted and _counts_other(earlier, now, counted, _COUNT_WINDOW, _COUNTED_AFTER):
            return True
    return False


def _counts_other(earlier: str, now: frozenset[str], counted: frozenset[str], before: int, after: int) -> bool:
    """Whether ``earlier`` gives another value than ``now`` to a number with ``counted`` near it."""
    tokens = words(earlier)
    for i, token in enumerate(tokens):
        then = numbers_in(token)
        if then and not then & now and counted & content_stems(" ".join(tokens[max(0, i - before) : i + after + 1])):
            return True
    return False


def count_updated(report: str, earlier: str) -> bool:
    """Whether ``report`` tells a count that ``earlier`` gives as changed since to another value
    ("12 injured", then "the number of people injured ... rose to 19"): what it counts is among
    the words around one of ``earlier``'s numbers."""
    match = _UPDATED_COUNT.search(report)
    if match is None:
        return False
    now = numbers_in(match.group("to"))
    counted = content_stems(match.group("what") or match.group("toll")) - _ANYONE
    return bool(now) and _counts_other(earlier, now, counted, _COUNT_WINDOW, _COUNT_WINDOW)


# A rounded figure keeps this many significant digits at least ("9.2 million"; "9 million" may be any).
_ROUNDED_DIGITS = 2
# A whole figure this large is given rounded ("9.2 million" for 9,210,000).
_ROUNDED_FROM = Decimal(1_000_000)


def rounds_to(value: str, rounded: str) -> bool:
    """Whether the figure ``value`` (normalised, as :func:`numbers_in` gives it) is ``rounded``
    given to more digits: "9.21 million" is "9.2 million", "2.49%" is "2.5%". Only a figure given in
    decimals or in millions is read as rounded: 124 passengers are not 120."""
    if value == rounded or value.endswith("%") != rounded.endswith("%"):
        return False
    try:  # a clock time ("t3:40") is no decimal
        fine, coarse = (Decimal(n.rstrip("%")).normalize() for n in (value, rounded))
    except InvalidOperation:
        return False
    step = int(coarse.as_tuple().exponent)
    if int(fine.as_tuple().exponent) >= step or len(coarse.as_tuple().digits) < _ROUNDED_DIGITS:
        return False
    return (step < 0 or coarse >= _ROUNDED_FROM) and fine.quantize(Decimal(1).scaleb(step)) == coarse


def figures_given(claimed: frozenset[str], given: frozenset[str]) -> bool:
    """Whether a sentence giving the figures ``given`` gives every figure of ``claimed``, exactly or
    to more digits ("rose to 9.21 million" gives "9.2 million")."""
    return all(n in given or any(rounds_to(m, n) for m in given) for n in claimed)


def double_quote_marks(text: str) -> tuple[int, int]:
    """How many quotations the text opens without closing, and closes without opening, with
    curly and straight marks; a straight mark pairs with a curly one left over (a page's
    'Dubbed the "Fairness Act,” the law ...' opens and closes one quotation)."""
    opened, closed, straight = text.count("“"), text.count("”"), text.count('"')
    if straight % 2 and opened != closed:
        opened, closed, straight = (opened, closed - 1, straight - 1) if closed > opened else (
            opened - 1, closed, straight - 1
        )
    return max(opened - closed, 0) + straight % 2, max(closed - opened, 0)
