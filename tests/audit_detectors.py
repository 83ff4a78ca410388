"""The issue-7 audit's detectors: what a reader would flag in one printed fact, read mechanically.

Each takes printed text (and, where it needs one, the source sentence or another item) and says
whether the defect is there. They are this instrument's own (their own word lists, Porter stems),
not the engine's, so that changing the engine does not change the ruler it is measured with.
``tests/audit_eval.py`` runs them over briefs; ``tests/test_audit.py`` checks each on sentences
written for it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from nltk.stem.porter import PorterStemmer
from sumy.utils import get_stop_words

from evenhand import Fact

DEFECTS = (
    "dropped_attribution", "dangling_opener", "speakerless_quotation", "glued_sentences", "caption_aside",
    "duplicate_fact",
)
DEFECT_NAMES = {
    "dropped_attribution": "dropped attribution",
    "dangling_opener": "dangling opener",
    "speakerless_quotation": "speakerless or cut quotation",
    "glued_sentences": "glued sentences",
    "caption_aside": "caption, correction or aside",
    "duplicate_fact": "duplicate fact",
}

# --- words --------------------------------------------------------------------------------

_STEMMER = PorterStemmer()
_STOPWORDS = frozenset(get_stop_words("english"))
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d[\d,.]*\d|\d")
_SPELLED = {
    w: str(n) for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {w: str(n) for w, n in zip("thirty forty fifty sixty seventy eighty ninety".split(), range(30, 100, 10),
                                strict=True)}
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Capitalised, but not what a fact is about: days and honorifics.
_NOT_NAMES = WEEKDAYS | frozenset("mr mrs ms dr prof sir".split())


# British "-ise"/"-yse" and "-our" spellings: one word in a British and an American outlet's sentence.
_ISE = re.compile(r"(?<=[a-z]{2})([iy])s(?=(?:e|es|ed|ing|ation|ations)$)")
_OUR = re.compile(r"^(favo|hono|colo|labo|neighbo|behavio|humo|rumo|flavo)u(?=r)")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    return str(_STEMMER.stem(_OUR.sub(r"\1", _ISE.sub(r"\1z", word))))


def content_stems(text: str) -> frozenset[str]:
    """Porter stems of the words that are not stop words, numbers or single letters."""
    return frozenset(
        _stem(w) for w in _TOKEN.findall(text)
        if not w[0].isdigit() and len(w) > 1 and w.lower() not in _STOPWORDS and w.lower() not in _SPELLED
    )


def numbers(text: str) -> frozenset[str]:
    """Every figure, as digits without separators: '1,200' and '1200' agree, 'three' is '3'."""
    found = set()
    for token in _TOKEN.findall(text):
        if token[0].isdigit():
            found.add(token.replace(",", "").rstrip("."))
        elif token.lower() in _SPELLED:
            found.add(_SPELLED[token.lower()])
    return frozenset(found)


def weekdays(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _TOKEN.findall(text) if w.lower() in WEEKDAYS)


def name_runs(text: str) -> list[frozenset[str]]:
    """The capitalised names of a sentence, each a run of capitalised words ('Mayor Ada Okafor')
    as the stems of its words. A sentence's (or quotation's) first word is a name only where a
    capitalised word follows it ('Police said' has none, 'Kim Jong Un said' one)."""
    tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    runs: list[list[str]] = []
    previous_end = -1
    for i, (token, start, end) in enumerate(tokens):
        lowered = token.lower()
        inside = previous_end >= 0 and bool(re.fullmatch(r"[\s.-]*", text[previous_end:start]))
        # A capitalised stop word opens no name ("The", "In") but may go on one ("Kim Jong Un").
        if not token[0].isupper() or lowered in _NOT_NAMES or (lowered in _STOPWORDS and not inside):
            previous_end = -1
            continue
        # Spans are single sentences: a full stop inside one ends an abbreviation ("Mr."), so
        # only the first word and a quotation's first word open a sentence.
        opening = i == 0 or text[:start].rstrip()[-1:] in (":", '"', "“", "‘")
        follows = i + 1 < len(tokens) and tokens[i + 1][0][0].isupper()
        if opening and not follows:
            continue
        if inside:
            runs[-1].append(_stem(token))
        else:
            runs.append([_stem(token)])
        previous_end = end
    return [frozenset(run) for run in runs]


# --- quotations ---------------------------------------------------------------------------

_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def quoted_spans(text: str) -> list[str]:
    return [m.group(0)[1:-1] for m in _QUOTED.finditer(text)]


# 'Single' quotations: an opening mark not inside a word, a closing one not before a letter.
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘](?:[^'‘’]|['’](?=[A-Za-z]))*['’](?![A-Za-z])")


def outside_quotes(text: str) -> str:
    """The text with its quotations (double or single) blanked out; a double quotation left
    open runs to the end."""
    text = _SINGLE_QUOTED.sub(" ", _QUOTED.sub(" ", text))
    opening = min((i for i in (text.find("“"), text.find('"')) if i >= 0), default=-1)
    return text[:opening] if opening >= 0 else text


# A quotation, as against a quoted term ('the so-called "deal of the century"').
_QUOTATION_WORDS = 4


def balanced_quotes(text: str) -> bool:
    """Whether every quotation that opens closes. Sources mix straight and curly marks
    ('“crushing response ... knows it,"'), so marks are counted together."""
    return (text.count('"') + text.count("“") + text.count("”")) % 2 == 0


# --- defect detectors ---------------------------------------------------------------------

# What makes a claim someone's claim rather than the brief's: dropping any of these turns an
# allegation or a single source into plain fact.
_ATTRIBUTION_CUES = re.compile(
    r"\b(?:according to|reportedly|allegedly|alleged|alleges|sources? familiar|familiar with|sources? close to|"
    r"said|says|say|saying|told|tells|reported|reports|claimed|claims|claiming|stated|announced|confirmed|"
    r"added|adds|wrote|writes|tweeted|estimated|citing|cited|quoted|quoting|in a statement)\b",
    re.I,
)
# "per Kyodo", "per the ministry": not "per cent", "per day", "per a person".
_PER_SOURCE = re.compile(r"\bper (?:the\b|[A-Z])")


_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.I)


def attribution_cues(text: str) -> Counter[str]:
    """How often each attribution phrase occurs, lower-cased ('per X' as 'per'). A passive
    ("when the sale was announced", "cases were reported") attributes nothing."""
    cues = Counter(
        " ".join(m.group(0).lower().split()) for m in _ATTRIBUTION_CUES.finditer(text)
        if not _PASSIVE.search(text[: m.start()])
    )
    cues["per"] += len(_PER_SOURCE.findall(text))
    return +cues


def dropped_attribution(printed: str, source: str) -> bool:
    """Whether the printed fact lacks an attribution phrase that its own source sentence has.
    A fact is printed by deletion from its sentence, so a phrase that occurs fewer times in
    print than in the source was deleted."""
    have = attribution_cues(printed)
    return any(have[cue] < count for cue, count in attribution_cues(source).items())


_OPENERS = (
    "He", "She", "It", "They", "This", "These", "That", "Those", "Such", "His", "Her", "Its", "Their", "Him", "Them",
    "Also", "But", "However", "Yet", "Still", "Instead", "Both", "And", "Or", "Nor", "Meanwhile", "Moreover",
    "Furthermore", "Nevertheless", "Nonetheless", "Thus", "Therefore", "Hence", "Then", "Besides", "Likewise",
    "Similarly", "Otherwise", "Other", "Another", "Even so", "In exchange", "In addition", "In response", "In turn",
    "In contrast", "By contrast", "As a result", "On the other hand", "The move", "The two", "The latter",
    "The same", "The pair", "Despite this", "Because of this",
)
# A quotation's own pronouns are its speaker's, who is named: only the fact's first word counts.
_DANGLING = re.compile(r"^(?:" + "|".join(re.escape(o) for o in _OPENERS) + r")(?=[\s,’']|$)")
# "This week, ..." names a time, not an antecedent ("Instead of ..." points forward).
_NOT_DANGLING = re.compile(
    r"^(?:Instead of|In addition to|(?:This|That|These|Those) (?:week|weekend|month|year|morning|afternoon|"
    r"evening|night|season|spring|summer|fall|autumn|winter|past|coming|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
)
# Verbs that give a quotation or a claim its speaker, in any inflection ("respond" finds
# "responds", "responded", "responding"; "argu" with its e: "argue", "argued", "arguing").
_E_VERBS = (
    "argu not acknowledg conced continu conclud jok quot alleg announc declar promis urg reiterat describ "
    "emphasiz emphasis derid pledg ridicul denounc characteriz charg invit prais criticiz criticis accus deplor"
).split()
_VERBS = (
    "add tweet post ask warn insist explain claim admit respond recall quip remark "
    "observe suggest contend maintain stress caution predict complain lament boast vow counter retort answer plead "
    "wonder muse shout text email call confirm report thank brand hail blast slam term demand refer threaten "
    "speak condemn mock lambast label labell dub dubb decri"
).split()
_SPEECH = re.compile(
    r"\b(?:said|say|says|saying|told|tell|tells|telling|wrote|written|writ(?:e|es|ing)|found|finds?|read|reads|"
    r"stated|stating|spoke|spoken|point(?:s|ed|ing)? out|testif(?:y|ies|ied|ying)|repl(?:y|ies|ied|ying)|"
    r"(?:" + "|".join(_E_VERBS) + r")(?:e|es|ed|ing)|(?:" + "|".join(_VERBS) + r")(?:s|ed|ing)?)\b"
)
# ... and what else names where a quotation comes from.
_QUOTE_SOURCE = re.compile(
    r"\b(?:according to|statements?|interviews?|remarks|comments?|tweets?|posts?|letters?|reports?|messages?|"
    r"speech|warning|emails?|notes?|release|complaint|lawsuit|ruling|order|signs?|headlines?|caption|text|"
    r"(?:his|her|their|its) words)\b", re.I
)
# '"...," he said.' / ", she told reporters.": the sentence's attribution is its last clause.
_TRAILING_PRONOUN = re.compile(r",[\"”]?\s+(?:he|she|they)\s+\w+(?:\s+[\w’'-]+){0,4}\s*[.!?]?[\"”]?$")
_PRONOUNS = frozenset({"he", "she", "they"})
_ADVERBS = frozenset({"also", "later", "previously", "then", "once", "recently", "earlier", "had", "has", "have",
                      "reportedly", "again", "further", "repeatedly", "publicly", "privately"})


def pronoun_only_speaker(text: str) -> bool:
    """Whether the printed text attributes a quotation or itself to 'he', 'she' or 'they' and
    to no one named: the reader cannot tell who spoke."""
    if "according to" in text.lower():
        return False
    quotes = not balanced_quotes(text) or any(len(q.split()) >= _QUOTATION_WORDS for q in quoted_spans(text))
    if not (quotes or _TRAILING_PRONOUN.search(text)):
        return False
    unquoted = outside_quotes(text) if balanced_quotes(text) else _QUOTED.sub(" ", text)
    pronoun = named = 0
    first_pronoun = len(unquoted)
    for match in _SPEECH.finditer(unquoted):
        before = [w for w in re.findall(r"[\w’'-]+", unquoted[: match.start()]) if w.lower() not in _ADVERBS]
        after = re.match(r"\s+([\w’'-]+)", unquoted[match.end():])
        subject = before[-1].lower() if before else ""
        inverted = bool(after) and after.group(1).lower() in _PRONOUNS and not before  # type: ignore[union-attr]
        if subject in _PRONOUNS or inverted:
            pronoun += 1
            first_pronoun = min(first_pronoun, match.start())
        else:
            named += 1
    # A fact of two sentences may name its speaker first: 'Gosselin ... "...," she said.'
    return pronoun > 0 and named == 0 and not _named_before(unquoted[:first_pronoun])


def _named_before(text: str) -> bool:
    """Whether the text names someone or something: a capitalised word that is not a stop word
    or a pronoun ("Okafor will lead ...", where the sentence's first word is the name)."""
    return any(
        w[0].isupper() and w.lower() not in _STOPWORDS and w not in _OPENERS for w in _TOKEN.findall(text)
    )


def dangling_opener(text: str) -> bool:
    """Whether the printed fact leans on a sentence the brief does not print: it opens with a
    pronoun or an anaphoric or contrastive word, or its only speaker is a pronoun."""
    opens = bool(_DANGLING.match(text.strip())) and not _NOT_DANGLING.match(text.strip())
    return opens or pronoun_only_speaker(text)




def speakerless_quotation(text: str) -> bool:
    """Unbalanced quotation marks (a quotation cut mid-way), a sentence that is wholly a
    quotation, or a quotation whose speaker the printed text does not name."""
    if not balanced_quotes(text):
        return True
    quotations = [q for q in quoted_spans(text) if len(q.split()) >= _QUOTATION_WORDS and not _title(q)]
    if not quotations:
        return False
    outside = outside_quotes(text)
    if not re.search(r"[A-Za-z]", outside):
        return True
    return not (_SPEECH.search(outside) or _QUOTE_SOURCE.search(outside))


def _title(quoted: str) -> bool:
    """Whether a quoted span is a name (a title, an initiative): most of its words capitalised."""
    words = [w for w in quoted.split() if w.lower() not in _STOPWORDS]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# "33.The", 'said.”The', "p.m.Tuesday": a full stop with no space before the next sentence.
_GLUED = re.compile(r"(?<=[a-z0-9%)])[.!?]+[\"”’)]*(?=[A-Z][a-z])")


def glued_sentences(text: str) -> bool:
    return bool(_GLUED.search(text))


_CAPTION = (
    re.compile(r"\bfile (?:photo|image|picture)\b|\bEditor['’]s note\b|\bCorrection:|\bClarification:", re.I),
    re.compile(r"\((?:AP|AFP|Reuters|Getty|EPA|Associated Press)[^)]*\b(?:Photo|Images?)\b|\bCORRECT(?:S|ED|ION)\b"),
    re.compile(
        r"\((?:Photo|Image|Video|Credit|Reporting|Editing|Writing|Additional reporting|Read more|Related|RELATED|"
        r"See also|Click|Watch|Listen)\b"
    ),
    re.compile(r"\b(?:Photo|Image|Credit|Caption)s?:\s"),
    re.compile(r"^(?:In )?(?:[Tt]his|[Tt]hese) (?:[\w.,'’-]+ ){0,5}(?:photos?|images?|pictures?|handout|screenshot)\b"),
)
# "Details: ...", "Pro tip: ...": a one- or two-word label opening the sentence.
_LABEL = re.compile(r"^[\"“]?[A-Z][\w'’&-]*(?: [\w'’&-]+)?:\s")
# Capitalised, "We", "Our" and "My" are first person only where a sentence or clause starts:
# inside one they are part of a title ("There's A Girl In My Soup").
_FIRST_PERSON = re.compile(
    r"\b(?:we|we're|we’re|we've|we’ve|our|ours|ourselves|us|my|me|myself)\b"
    r"|(?:^|(?<=[.!?:;—(\[-]\s)|(?<=[.!?:;—(\[-]))(?:We|We're|We’re|We've|We’ve|Our|My)\b"
)
_I = re.compile(r"\bI(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?\b(?![.\-])")


def first_person(text: str) -> bool:
    """First person outside quotation marks: the reporter speaking. 'World War I' and
    'Phase I' are not: an 'I' after a capitalised word that does not open the sentence is
    a numeral or part of a name."""
    unquoted = outside_quotes(text)
    if _FIRST_PERSON.search(unquoted):
        return True
    for match in _I.finditer(unquoted):
        before = re.findall(r"[\w’'-]+", unquoted[: match.start()])
        if len(before) >= 2 and before[-1][:1].isupper():
            continue
        return True
    return False


def caption_or_aside(text: str) -> bool:
    """A photo caption, a correction or editor's note, a bracketed aside, a leading label, or
    the reporter in the first person: never a fact."""
    stripped = text.strip()
    label = _LABEL.match(stripped)
    if label and not _SPEECH.search(label.group(0)):  # "She added: ..." introduces a quotation
        return True
    if any(pattern.search(stripped) for pattern in _CAPTION):
        return True
    if re.search(r"\[[^\]]*\]", outside_quotes(stripped)):
        return True
    return first_person(stripped)


def _overlap(a: Fact, b: Fact) -> bool:
    """Whether any support span of one item overlaps one of the other's: one source text stands
    behind two printed items. On today's dev briefs about half of these are one claim printed
    twice from two outlets, the rest a multi-sentence unit cited for one fact that contains the
    sentence printed as another; both print a source's text twice."""
    return any(
        x.source == y.source and x.start < y.end and y.start < x.end for x in a.support for y in b.support
    )


# Content words "nearly coincide": the same claim printed twice, one wording a light edit of the other.
_SAME_WORDS = 0.7


def duplicates(items: Sequence[Fact]) -> list[int | None]:
    """For each printed item, the earlier one it repeats, if any: their support spans overlap
    (:func:`_overlap`), or their content words nearly coincide (Jaccard at least 0.7)."""
    stems = [content_stems(item.text) for item in items]
    out: list[int | None] = []
    for j, item in enumerate(items):
        out.append(next(
            (i for i in range(j) if _overlap(items[i], item) or _jaccard(stems[i], stems[j]) >= _SAME_WORDS), None
        ))
    return out


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def citation_agrees(fact: str, span: str) -> bool:
    """A mechanical proxy for 'the cited sentence states the fact': every number and weekday of
    the fact is in it, more than half the fact's names, and more than half of its content words
    (by Porter stem)."""
    if not (numbers(fact) <= numbers(span) and weekdays(fact) <= weekdays(span)):
        return False
    # A name is present where the span has any word of it ("Ms. Okafor" for "Mayor Ada Okafor"),
    # anywhere: it may open the span's sentence.
    # A hyphenated name has each of its parts: "Nir-Mozes" names "Mozes".
    anywhere = frozenset(_stem(part) for w in _TOKEN.findall(span) for part in (w, *w.split("-")))
    runs = name_runs(fact)
    if runs and sum(bool(run & anywhere) for run in runs) <= len(runs) / 2:
        return False
    mine = content_stems(fact)
    return not mine or len(mine & content_stems(span)) > len(mine) / 2


def fact_defects(fact: Fact) -> list[str]:
    """The defect classes of one printed fact, apart from duplication (a property of the brief)."""
    text = fact.text
    source = fact.support[0].text if fact.support else text
    found = []
    if dropped_attribution(text, source):
        found.append("dropped_attribution")
    if dangling_opener(text):
        found.append("dangling_opener")
    if speakerless_quotation(text):
        found.append("speakerless_quotation")
    if glued_sentences(text):
        found.append("glued_sentences")
    if caption_or_aside(text):
        found.append("caption_aside")
    return found
