"""The figures a sentence gives, each with what it counts: a number of a noun, a share, a day, a vote
tally; and whether it is a bound ("at least five"), an estimate, a forecast or a count of others, which
no other figure contests."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise, takewhile

from .. import lexicon
from ..model import Sentence
from .features import SCALES, last_names, normalise_number, numbers_in, stem, word_spans

_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "percent", "per", "cent", "of", "more", "than"})
SPANS = frozenset(
    stem(w) for w in "days weeks months years hours minutes miles kilometres kilometers km metres meters feet".split()
)
_ORDINALS = frozenset("second third fourth fifth".split())
_AGE = re.compile(r"\S+[ -](?:year|month|week)s?[ -]old\b")
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CLOCK = re.compile(r"(?:[ap] m|[ap]m|o'?clock)\b", re.I)
# What forecasters predicted: against it a reported figure is the outcome, and two forecasters'
# figures are two forecasts, so neither is a rival count ("is expected to cost" and "will cost" are
# both estimates of the news, and may dispute each other).
_FORECAST = re.compile(
    r"\b(?:(?:had|had been|were|was) expected|expectations?|expecting|forecasts?|forecast(?:ers|ing)|economists|"
    r"analysts|projected|projections?|predicted|predictions?|consensus|(?:had been|were|was) looking for)\b",
    re.I,
)
# A bound or an estimate is not a count: "at least five" and "three" may both be true, as may "at
# least five" and "at least three". Only two upper bounds in the same words ("up to 9 years", "up to
# 6 years") state one limit differently.
BOUNDS = (
    ("up to", "as many as", "less than", "fewer than", "no more than", "at most", "under", "below", "nearly",
     "almost", "younger than", "just under", "not more than"),
    ("at least", "more than", "over", "upwards of", "older than", "above", "in excess of", "just over",
     "no fewer than", "no less than"),
    ("about", "around", "roughly", "approximately", "some", "estimated", "an estimated", "nearly", "close to"),
)
# A count of others or of more ("three other men", "four more boys", "the remaining eight") counts a
# different set from the plain count another outlet gives.
_RELATIVE_AFTER = frozenset("other others more additional further extra remaining".split())
_RELATIVE_BEFORE = frozenset("remaining another additional further extra other".split())
_RANGE_WORDS = frozenset({"to", "and", "or"})
# A count by the dozen ("dozens", "roughly two dozen", "a dozen") is a round one, no figure to dispute.
_VAGUE = frozenset({"dozens", "dozen"})
_SOURCE_VERBS = frozenset({"said", "say", "says", "told", "according"})
# A poll's sampling error is how far its figures may be off, never a count of what it measured.
# What a count adds to: "..., bringing the total from 12 to 19".
_ADDED_TO_TOTAL = re.compile(r"\bbring(?:ing|s)? (?:the|its|their) (?:total|toll|number|tally|count)\b", re.I)
# A figure this many words after "from" is where a change started.
_FROM_WITHIN = 4
_MARGIN_OF_ERROR = re.compile(r"\bmargin of (?:sampling )?error\b|\bplus or minus\b|±", re.I)
_DAY_PARTS = frozenset("early late morning night evening overnight".split())
# The week a weekday is in ("last Wednesday"): which deed it dates is told before it.
_WEEK_OF_DAY = frozenset("last next this past".split())
_NOT_IN_DAY_LABEL = frozenset("on until by from".split()) | _WEEK_OF_DAY
_DAY_LABEL_WORDS = 6
# A verb in the past tense, in lower case: where a main clause resumes after a relative one.
_PAST_VERB = re.compile(r"[a-z]{2,}ed|" + "|".join(lexicon.IRREGULAR_PAST))
_POINTING = frozenset({"that", "those", "these", "this"})
_HOLDER_WORDS = 6
_SPEECH_WORDS = frozenset(lexicon.SPEECH_VERBS) | {"according", "reported", "reports", "estimated", "estimates"}
# A vote's tally ("passed 222-190", "the 220-to-190 vote", "voted 68 to 32"): one figure of two
# numbers, read where its clause tells of a vote; its two numbers are no count of their own.
_TALLY_JOIN = re.compile(r"\s*(?:[-–]|-?to-?)\s*")
_VOTE = frozenset(
    stem(w) for w in "vote votes voted voting tally margin ruling ruled decision passed approved confirmed".split()
)
_SENTENCE_GAP = re.compile(r"[.!?][\"”’')\]]*\s|\n")
_CLAUSE_GAP = re.compile(r"[,;:()\[\]—–]|\s-\s")


@dataclass(frozen=True, slots=True)
class Figure:
    """A number, a weekday or a vote's tally in a sentence, with the content words around it (what
    it counts): ``noun`` is the first of them, the thing counted ("47 dock workers": dock). ``bound`` is the
    words that make it a limit or an estimate ("up to"), ``part`` the part of the day a weekday
    is qualified by ("late"), ``deed`` what a weekday dates in words other than names ("Cummings
    died Thursday": died), ``forecast`` whether someone predicted it, ``pointed`` whether what it
    counts is pointed to in another sentence ("two were killed in that unrest")."""

    kind: str
    value: str
    surface: str
    context: frozenset[str]
    label: str
    noun: str = ""
    after: str = ""
    severity: frozenset[str] = frozenset()
    holder: frozenset[str] = frozenset()
    bound: str = ""
    part: str = ""
    deed: frozenset[str] = frozenset()
    forecast: bool = False
    pointed: bool = False
    # How many words it spans: a tally's "220-to-190" three.
    size: int = 1


def _value(token: str) -> str | None:
    if re.fullmatch(r"(1[89]|20)\d\d", token) or token.lower() in _VAGUE:
        return None
    if token[0].isdigit():
        values = numbers_in(token)
        return next(iter(values)).rstrip("%") if len(values) == 1 else None
    number = lexicon.number_word(token)
    return f"{number:.6g}" if number is not None and number >= 2 else None


def _content(tokens: Sequence[str]) -> frozenset[str]:
    return frozenset(
        stem(w) for w in tokens
        if w.lower() not in lexicon.STOPWORDS and not w[0].isdigit() and lexicon.number_word(w) is None
    )


def _counted(following: Sequence[str]) -> frozenset[str]:
    """What a number counts: the first two content words after it ("47 dock workers")."""
    return frozenset(list(_content(following[:1])) + list(_content(following[1:2])))


def _noun(following: Sequence[str]) -> tuple[str, str]:
    """The first content word after a number (its unit or noun) and the word after that."""
    for i, word in enumerate(following):
        if word.lower() in _SCALE_WORDS:
            continue
        if _content([word]):
            return stem(word), (following[i + 1].lower() if i + 1 < len(following) else "")
    return "", ""


def _past_total(following: Sequence[str]) -> Sequence[str]:
    """The words after a count, past the total it is part of ("156 of the 338 seats", "157 of 338
    seats": seats)."""
    for lead in (["of", "the"], ["out", "of"], ["of"]):
        n = len(lead)
        if [w.lower() for w in following[:n]] == lead and len(following) > n and _value(following[n]) is not None:
            return following[n + 1 :]
    return following


@dataclass(frozen=True, slots=True)
class _Tokens:
    """A sentence's words, with which sentence and which clause of the text each belongs to
    (a fact may be two sentences; a figure's words are read inside its own)."""

    text: str
    spans: list[tuple[str, int, int]]
    words: list[str]
    sentence: list[int]
    clause: list[int]

    @classmethod
    def of(cls, text: str) -> _Tokens:
        spans = word_spans(text)
        sentence, clause = [0], [0]
        for (previous, _, end), (_, start, _) in pairwise(spans):
            gap = text[end:start]
            ends = bool(_SENTENCE_GAP.search(gap)) and not (
                gap.startswith(".") and (len(previous) == 1 or previous.lower() in lexicon.ABBREVIATIONS)
            )
            sentence.append(sentence[-1] + ends)
            clause.append(clause[-1] + (ends or bool(_CLAUSE_GAP.search(gap))))
        return cls(text, spans, [w for w, _, _ in spans], sentence if spans else [], clause if spans else [])

    def around(self, i: int, before: int, after: int, unit: list[int]) -> list[str]:
        """The words near word ``i`` in its own sentence or clause (``unit``)."""
        return [
            self.spans[k][0] for k in range(max(i - before, 0), min(i + after + 1, len(self.spans)))
            if unit[k] == unit[i]
        ]

    def glued(self, i: int) -> bool:
        """A digit stuck to a letter or a closing mark ("times.”5", "COVID19") is a footnote or a
        name's part, not a count."""
        start = self.spans[i][1]
        return start > 0 and (self.text[start - 1].isalpha() or self.text[start - 1] in ".”\"’)!?")

    def in_range(self, i: int) -> bool:
        """One end of a range ("30 to 60 years", "3-4 weeks", "between six and eight")."""
        toks = self.words
        for step in (1, -1):
            j, k = i + step, i + 2 * step
            if 0 <= k < len(toks) and toks[j].lower() in _RANGE_WORDS and _value(toks[k].rstrip(".,")):
                return True
            if 0 <= j < len(toks) and _value(toks[j].rstrip(".,")):
                a, b = sorted((i, j))
                if self.text[self.spans[a][2] : self.spans[b][1]].strip() in ("-", "–"):
                    return True
        return False


def _bound(tokens: Sequence[str], i: int) -> str:
    before = " " + " ".join(t.lower() for t in tokens[max(i - 3, 0) : i])
    for phrases in BOUNDS:
        for phrase in phrases:
            if before.endswith(" " + phrase):
                return phrase
    return ""


def _not_a_count(toks: _Tokens, i: int) -> bool:
    """Numbers that are not a count another outlet could give differently: dates, ranks, ages,
    times of day, a total ("of the 338"), a range's end, a footnote, a count of others or of
    more, a count whose make-up is qualified ("four, including the gunman"), a count of sources
    ("four officials said"), a vague one ("dozens"), a poll's margin of error."""
    tokens = toks.words
    token, previous = tokens[i], (tokens[i - 1].lower().rstrip(".") if i else "")
    if previous in _MONTHS or token.lower() in _ORDINALS:
        return True
    if _AGE.match(" ".join(tokens[i : i + 3]).lower()) or _CLOCK.match(" ".join(tokens[i + 1 : i + 3])):
        return True
    if " ".join(tokens[max(i - 2, 0) : i]).lower() in ("of the", "out of") or toks.glued(i) or toks.in_range(i):
        return True
    after = [w.lower() for w in toks.around(i, 0, 10, toks.sentence)[1:]]
    if (after[:1] and after[0] in _RELATIVE_AFTER) or previous in _RELATIVE_BEFORE or "including" in after:
        return True
    if _MARGIN_OF_ERROR.search(" ".join(toks.around(i, 4, 6, toks.clause))):
        return True
    if previous == "the" and any(_value(t.rstrip(".,")) == _value(token.rstrip(".,")) for t in tokens[:i]):
        return True  # "... after seven more workers sought treatment. The seven workers went ...": told already
    if _ADDED_TO_TOTAL.search(" ".join(toks.around(i, 0, 40, toks.sentence))):
        return True  # "Seven workers ... were treated, bringing the total from 12 to 19": a part, not the total
    if "from" in [w.lower() for w in tokens[max(i - _FROM_WITHIN, 0) : i]]:
        return True  # "to fall to 400,000 from last week's 406,000": where a change started, not the count now
    in_clause = [w.lower() for w in toks.around(i, 0, 7, toks.clause)[1:]]
    return bool(_SOURCE_VERBS.intersection(in_clause))


# A day told from another ("'Tomorrow morning I'm announcing ...,' the governor tweeted on Monday"):
# the weekday is when it was said, and the happening's own day is another.
_TOLD_FROM_ANOTHER_DAY = re.compile(r"\b(?:tomorrow|yesterday|tonight|last night)\b", re.I)


def figures(s: Sentence) -> list[Figure]:
    toks = _Tokens.of(s.text)
    tokens = toks.words
    told_from_another_day = bool(_TOLD_FROM_ANOTHER_DAY.search(s.text))
    tallies = _tallies(toks)
    found = list(tallies.values())
    in_tally = {k for i, figure in tallies.items() for k in range(i, i + figure.size)}
    for i, token in enumerate(tokens):
        if i in in_tally:
            continue
        lowered = token.lower()
        if lowered in lexicon.WEEKDAYS:
            if not (told_from_another_day or _day_of_which_verb_unclear(toks, i)):
                found.append(_day(toks, i))
            continue
        value = _value(token.rstrip(".,"))
        if value is not None and not _not_a_count(toks, i):
            found.append(_number(toks, i, value))
    return found


def _tallies(toks: _Tokens) -> dict[int, Figure]:
    """Each vote's tally in a sentence, by the index of its first word: two numbers joined by a
    dash or "to" in a clause that tells of a vote, not a range of a measure ("10-12 percent")."""
    found: dict[int, Figure] = {}
    words = toks.words
    for i in range(len(words) - 1):
        k = None if i - 1 in found else _tally_end(toks, i)
        if k is None or not _VOTE & {stem(w.lower()) for w in toks.around(i, 8, 8, toks.clause)}:
            continue
        if k + 1 < len(words) and (words[k + 1].lower() in _SCALE_WORDS or stem(words[k + 1].lower()) in SPANS):
            continue
        high, low = sorted((int(words[n].rstrip(".,")) for n in (i, k)), reverse=True)
        found[i] = Figure(
            "tally", f"{high}-{low}", toks.text[toks.spans[i][1] : toks.spans[k][2]].rstrip(".,"),
            frozenset({stem("vote")}), "the vote", stem("vote"), holder=_holder(toks, i), size=k - i + 1,
        )
    return found


def _tally_end(toks: _Tokens, i: int) -> int | None:
    """The word that ends a pair of whole numbers starting at word ``i`` ("222-190", "220-to-190",
    "68 to 32")."""
    words = toks.words
    if not re.fullmatch(r"\d{1,3}", words[i]):
        return None
    return next((
        k for k in (i + 1, i + 2)
        if k < len(words) and re.fullmatch(r"\d{1,3}[.,]?", words[k])
        and _TALLY_JOIN.fullmatch(toks.text[toks.spans[i][2] : toks.spans[k][1]])
    ), None)


def _day_of_which_verb_unclear(toks: _Tokens, i: int) -> bool:
    """A day between a relative clause and the main verb it runs into ("separatists who seized a
    building on Monday proclaimed a republic"): the seizure's day or the proclamation's, the
    sentence does not say."""
    following = toks.words[i + 1 : i + 2]
    resumes = bool(following) and bool(_PAST_VERB.fullmatch(following[0]))
    before = [w.lower() for w in toks.around(i, 30, 0, toks.clause)[:-1]]
    return resumes and bool({"who", "which", "that"} & set(before))


def _day(toks: _Tokens, i: int) -> Figure:
    before = toks.around(i - _week_word(toks.words, i), 5, 0, toks.sentence)[:-1]
    context = _content(before)
    label = "which day: " + _day_label(toks, i) if before else "which day"
    near = {w.lower() for w in toks.around(i, 1, 1, toks.clause)}
    part = next(iter(sorted(near & _DAY_PARTS)), "")
    token = toks.words[i]
    # Names, and the titles right before them ("harbour master Ada Wren"), say who, not what.
    deed = _content([w for k, w in enumerate(before) if not any(x[:1].isupper() for x in before[k : k + 2])])
    return Figure("day", token.lower(), token.rstrip(".,"), context, label, part=part, deed=deed,
                  forecast=_is_forecast(toks, i), severity=_severity(toks.words, i))


def _week_word(tokens: Sequence[str], i: int) -> int:
    """1 where the word before a weekday tells its week ("arrested in a Paris suburb last
    Wednesday"): it must not push the deed the day dates out of sight."""
    return int(i > 0 and tokens[i - 1].lower() in _WEEK_OF_DAY)


def _day_label(toks: _Tokens, i: int) -> str:
    """What happened on the day, in the words of its own clause ("Cummings died early"): words
    from before a comma would run two phrases together ("and Reform died early"). Where the clause
    opens on its verb, the name the sentence opens on (its subject) goes before it. Where a verb in
    the past tense is near, the label starts on it ("arrested in the Argenteuil suburb", not "in the
    Argenteuil suburb")."""
    before = toks.around(i, 7, 0, toks.clause)[:-1]
    shown, nearer = ([w for w in window if w.lower() not in _NOT_IN_DAY_LABEL] for window in (before[-5:], before))
    opening = toks.words[toks.sentence.index(toks.sentence[i]) : i]
    subject = list(takewhile(lambda w: w[:1].isupper() and w.lower() not in lexicon.NOT_NAMES, opening[:3]))
    verbs = [k for k, w in enumerate(nearer) if _PAST_VERB.fullmatch(w)]
    if verbs and len(nearer) - verbs[-1] <= _DAY_LABEL_WORDS:
        # "Police said the man was arrested ...": the opening name is the speaker, not who was arrested.
        doer = [] if _SPEECH_WORDS.intersection(w.lower() for w in opening) else subject
        return " ".join([*doer, *nearer[verbs[-1] :]])
    if subject and (not shown or shown[0][:1].islower()):
        return " ".join([*subject, *shown[-3:]])
    return " ".join(shown[-4:])


def _number(toks: _Tokens, i: int, value: str) -> Figure:
    tokens, token = toks.words, toks.words[i]
    # "1.2 million containers" counts 1,200,000 of them, not 1.2 (a tryout: disputed by "two container terminals").
    scale = tokens[i + 1].lower() if i + 1 < len(tokens) and toks.sentence[i + 1] == toks.sentence[i] else ""
    if scale in SCALES:
        value, token = normalise_number(value, None, scale), f"{token} {tokens[i + 1]}"
    following = _past_total(toks.around(i, 0, 8, toks.sentence)[1:])
    context = _counted(following[:3])
    noun, after = _noun(following[:4])
    unit = _share_unit(token, following)
    if unit:
        token = f"{token} {unit}"
    shown = next((w for w in following[:2] if stem(w) in context and w.lower() not in ("percent", "per", "cent")), "")
    label = _share_label(shown) if unit or token.endswith("%") else (f"how many {shown}" if shown else "the figure")
    pointed = bool(_POINTING.intersection(w.lower() for w in toks.around(i, 0, 8, toks.clause)[1:]))
    return Figure("number", value, token.rstrip(".,"), context, label, noun, after, _severity(tokens, i),
                  _holder(toks, i), _bound(tokens, i), forecast=_is_forecast(toks, i), pointed=pointed)


def _share_unit(token: str, following: Sequence[str]) -> str:
    """The words that make a figure a share ("13 percent", "13 per cent"), shown with it."""
    if token.endswith("%") or not following:
        return ""
    if following[0].lower() == "percent":
        return following[0]
    return " ".join(following[:2]) if [w.lower() for w in following[:2]] == ["per", "cent"] else ""


# What a share measures, where the word after it says: "a 13 percent increase".
_MEASURES = frozenset(stem(w) for w in "increase rise drop decline fall gain jump cut growth share rate".split())


def _share_label(shown: str) -> str:
    """A disputed share labelled by what it measures: "the increase in percent: 13 percent; 12%", not
    "how many percent: 13; 12%" (neus-val-0030, reading 39b)."""
    return f"the {shown} in percent" if stem(shown) in _MEASURES else "the percentage"


def _severity(tokens: Sequence[str], i: int) -> frozenset[str]:
    return frozenset(stem(w) for w in tokens[max(i - 1, 0) : i + 5] if w.lower() in lexicon.SEVERITY)


def _is_forecast(toks: _Tokens, i: int) -> bool:
    """Whether the figure is what someone expected, read in its own sentence near it (another
    sentence may give both the outcome and the forecast, far apart)."""
    return bool(_FORECAST.search(" ".join(toks.around(i, 8, 4, toks.sentence))))


def _holder(toks: _Tokens, i: int) -> frozenset[str]:
    """Whose figure it is: the names just before it in its clause, after any "said" ("Love faces
    99 years" and "McKinnon faced 60 years" are two people's terms; in "Reyes said 47 were
    hurt" Reyes gives the figure, not holds it)."""
    before = toks.around(i, _HOLDER_WORDS, 0, toks.clause)[:-1]
    for k in range(len(before) - 1, -1, -1):
        if before[k].lower() in _SPEECH_WORDS:
            before = before[k + 1 :]
            break
    return last_names(" ".join(before))
