"""Split cleaned text into sentences and into units that stand alone, each of the kind
:mod:`evenhand.brief.kinds` reads it as."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..model import Article, Sentence
from .features import content_stems, dates_in, double_quote_marks, entities_in, numbers_in, stem, words
from .kinds import classify, is_aside, is_caption, is_forecast, is_furniture, is_negated
from .names import shared_surnames
from .regions import analysed_regions, is_heading, listed_regions, paragraph_spans, shown_regions
from .standalone import (
    ACTED_TAG,
    ANY_QUOTED,
    COMPLETES_DEED,
    QUOTE_OPEN,
    ROLE,
    ROLE_OPENING,
    is_bare_quotation,
    leans_back,
    named_speaker,
    speaker_of_unnamed_body,
    thing_named,
)
from .wording import opens_on_dateline

# The writer as "I" anywhere outside quotation marks; where most of a piece's sentences have it, the
# piece is the writer's own essay or letter, and what it tells is their account, not a report.
_WRITER_AS_I = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Mm]yself)(?![\w'’])")
_ESSAY_SHARE = 0.6
_ESSAY_UNITS = 6
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(?=(?:--|—)?\s+[\"'“‘(\[]?[A-Z0-9])")
# A dash a page set between two sentences ("... on December 14.-- A rep for ..."): neither's words.
_DASH_BETWEEN = re.compile(r"(?:--|—)(?=\s)")
# "... 33.The ..." or "... said.”The": a boundary that lost its space in extraction.
_GLUED = re.compile(r"(?:(?<=[a-z0-9]{2})|(?<=\s[a-z0-9]))([.!?]+[\"”’]?)(?=[A-Z][a-z]|[\"“][A-Z])")
# A page's title and byline run into its first sentence: "Huntsman to skip Nevada debate By Justin
# Sink - Tweet Jon Huntsman announced Friday ...". The story starts after them.
_RUN_IN_BYLINE = re.compile(
    r"\bBy [A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+ [-–—]{1,2} (?:(?:Tweet|Share|Email) )*(?=[A-Z])"
)
# How far into a page its run-in title and byline may reach.
_RUN_IN_REACH = 300
# Words that may follow "3 p.m." inside a sentence.
_CLOCK_FOLLOWERS = lexicon.DATE_WORDS | lexicon.TIME_ZONES
# A photo's credit standing alone after its caption: "(AP Photo/Jo Reyes)", "(Veld Festival/VTV)".
_CREDIT = re.compile(r"[ \t]*\([^()\n]{2,60}/[^()\n]{2,60}\)")
# A video's blurb on a station's page ends in the day the clip went up: "... in the slaying of a family
# on Thursday. (Published Monday, May 18, 2015)". The blurb is the player's, not the story's.
_PUBLISHED_STAMP = re.compile(r"[ \t]*\(Published [A-Z][a-z]+day, [^()\n]{4,30}\)")
# Who asked or exclaimed the quotation before it, and nothing more: "... the leaders said in a statement."
_SPEAKER_TAG = re.compile(
    r"\s+(?P<who>[^.!?\"“”]{0,200}?)\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b[^.!?\"“”]{0,40}[.!?](?=\s|$)"
)
# ... or, after a quotation that opens its sentence with no speaker, a speaker by name, a verb of saying,
# where it was said and how: '"Thunder, lightning and torrential downpours!" Bergeron said on stage as he
# reeled off what audiences could expect during ...' (multinews-080, reading 49d: split at the "!", its tag
# printed as a fact), '... Trump posted on Twitter, replying to a video of ...'. Not a sentence with a claim
# of its own ('"... lying down?" Ford said on Tuesday sales fell, citing ...', '... Two more bodies were
# found, officials said ..., bringing ...', "said while they had enough beds, staff were ...": reviews 50a-d).
_SAYING = (
    r"(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|asked|explained|replied|responded|recalled|"
    r"noted|insisted|argued|warned|joked|shouted|exclaimed)\b"
)
# A speaker: a name or a capitalised title first, then a role between commas ("Maria Lopez, a nurse,"), a
# title's words ("White House press secretary Jen Psaki"), ending on a name or a comma; no verb of its own.
_NAMED_SPEAKER = r"(?P<who>[A-Z][\w.'’-]*,?\s+(?:[\w.'’-]+,?\s+){0,8}?)"
# The auxiliaries that tell a clause of its own, in what stands around a verb of saying.
_AUXILIARY = r"were|was|is|are|had|have|has|would|will"
# Words a speaker's name and role do without: a verb, a clause's opening ("Stocks fell as Powell warned").
_NOT_A_SPEAKER = re.compile(
    r"\b(?:as|while|when|after|because|if|that|" + _AUXILIARY + r"|[a-z]+ed|fell|rose|found|made|took)\b"
)
# Where and when it was said: "on stage", "in an interview with CNN", "Sunday".
_PLACE_WORDS = r"(?:on|in|at|during|via|from|with|before|after|to|of|outside|inside|near)\b"
_WHERE_SAID = (
    r"(?:\s+(?:" + _PLACE_WORDS + r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?!least\b)[^\W\d][\w'’-]*"
    r"(?:\s+(?!" + _PLACE_WORDS + r"|as\b|while\b)[^\W\d][\w'’-]*){0,2}"
    # (a place and its state: "in Tampa, Florida,")
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?=,))?,?|of\s+[\d,]+\s+[a-z]+"
    r"|(?:" + "|".join(w.capitalize() for w in lexicon.WEEK) + r")(?:\s+(?:morning|afternoon|evening|night))?))*"
)
# How: "as he reeled off ...", "while she ...", ", replying to ...".
_HOW_SAID = (
    r"(?:,?\s+(?:as|while)\s+(?:he|she|they|we|I)\b|,\s+(?:replying|referring|responding|speaking|gesturing|"
    r"pointing|laughing|joking|smiling)\b)"
)
_HOW_SAID_TAG = re.compile(
    r"\s+" + _NAMED_SPEAKER + _SAYING + _WHERE_SAID + _HOW_SAID + r"(?P<rest>[^.!?\"“”]{0,160})[.!?](?=\s|$)"
)
# What makes how someone said it a claim: "as they announced that ...", "while they had enough beds, staff were ...".
_CLAIM_WORDS = re.compile(r"\b(?:that|" + _AUXILIARY + r"|adding|noting|saying)\b")
# ... and, to join it to a quotation, a figure too: "as they announced 14 arrests" (reviews 50e, 50f).
_NEW_CLAUSE = re.compile(_CLAIM_WORDS.pattern + r"|\d")
# The writer's aside hung on a tag: "... wrote on Facebook, as if a vote on a subsidy had been a cup final."
_AS_IF = re.compile(r"\bas (?:if|though)\b")
# A sentence opening on a speaker by name and a verb of saying after such a quotation, that no rule takes as
# its tag and that says nothing said: printed alone it reads as a fact ("Bergeron said Sunday as he reeled
# off ...", review 50d's B2), joined it may put the words in another's mouth; it is printed neither way. Not
# one with a claim of its own: anything after where and when but how it was said ("Officials said Tuesday the
# storm killed 12 people", review 50e's B1), or an auxiliary in how ("as they arrived the gunman had fled").
_NAMED_TAG_OPENING = re.compile(
    _NAMED_SPEAKER + _SAYING + r"(?:\s+(?:reporters|journalists|supporters|(?:the|a) (?:crowd|audience)(?: of \w+)?|"
    r"(?:the\s+|The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?" + _WHERE_SAID
    + r"(?P<rest>[^.!?\"“”]{0,200})[.!?](?=\s|$)"
)
# How it was said, for a tag that is not printed: "as protesters chanted behind her", ", citing falling demand".
_HOW_LOOSE = re.compile(
    r",?\s+(?:as|while)\s+(?!(?:many|much|of|well|long|soon|far|if|though|part)\b)\w|,?\s+[a-z]+ing\b"
    r"|,?\s+(?:surrounded|flanked)\b|,?\s+(?:his|her|their)\s+\w+\s+\w+ing\b"
)
# A report of its own before a speaker's verb: "Two more bodies were found, officials said", "Police said
# Sunday as they announced 14 arrests ..." (review 50f).
_TOLD_BEFORE = re.compile(r"\b(?:" + _AUXILIARY + r"|as|while|said|says|told)\b")
# The same after a quotation closed by a full stop, where only where it was said may follow the
# verb: '"... we ever imagined." Ada Wren, a biologist, said in a news release.' ('"We won." The
# mayor said the city would rebuild.' is a sentence of its own), nor someone called on to act
# ('... "misinformation." On Thursday, Psaki ... called on the platform to ban them.', allsides-5852):
# not one who called on the radio or on a day to a crowd, nor one who said it, calling on someone.
_CALLED_ON_TO_ACT = (
    r"call(?:ed|s)\s+on\s+(?!(?:" + "|".join(w.capitalize() for w in lexicon.WEEK) + r"|the radio|air)\b)"
    r"[^.!?\"“”]*?\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|reporters)\b)[a-z]"
)
_BARE_SPEAKER_TAG = re.compile(
    r"\s+[^.!?\"“”]{0,200}?\b(?!" + _CALLED_ON_TO_ACT + r")(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b"
    r"(?:\s+(?:in|on|at|during|via|to|after|before|from)\b[^.!?\"“”]{0,40})?\.(?=\s|$)"
)
# A dateline this far down a page's units still opens its story (below a dek, captions, highlights) ...
_DATELINE_WITHIN = 8
# ... where fewer than this many units that are not page furniture stand above it: more are the outlet's own story.
_STORY_ABOVE = 2
# How a text cut short ends: "...", "…", or a typesetter's ". . .".
_ELLIPSES = ("...", "…", ". . .")
# A question of a few words ("That place?", "The result?", "Why?") that the next sentence of its
# paragraph answers: the answer ("Foxboro, Massachusetts, home of the New England Patriots") is no
# sentence alone. (A question set as a heading above a paragraph is answered by the whole of it; a
# full stop after a capital, "U.S. economy?", ends no sentence; a quoted question, '"Why not?"', is
# someone's words, not the writer's setting up what follows.)
_TEASING_QUESTION = re.compile(
    r"(?:(?<!\b[A-Z])[.!?][\"”’']?[ \t]+|\n)(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+\?[ \t]*$"
)
# How far back from a sentence its question may start.
_QUESTION_REACH = 80
# A sentence that supposes ("Even if he had won the nomination against the odds, Rubio said, the
# victory could prove pyrrhic."), and what the next sentence of its paragraph, or the quotation
# that opens the next, says would or could be then ('"Winning a general election with a nominee
# that ... the base thinks stole it ... would be pretty much fatal for the party," Rubio said',
# multinews-049, reading 35b): alone, the second tells as plain, or of another case, what holds
# only if the first comes true.
_SUPPOSING = re.compile(r"[\"“‘']?(?:(?:But|And|Even)\s+)?(?:If|Unless|Should|Were)\s", re.I)
_MAY_BE = re.compile(r"\b(?:would|could|might)\b")
# A measure of a count ("the seven-day average of new COVID-19 deaths ... has hit its lowest point"),
# and the figure the next sentence gives without it ("As of Wednesday, 684 new deaths had been
# reported", allsides-6080, reading 35o): alone, the average reads as a day's count.
_MEASURE_OF = re.compile(
    r"\b(?:average|median|rate|share|proportion)\s+(?:number\s+)?of\s+(?:new\s+|daily\s+|weekly\s+)?"
    r"(?:[A-Z][\w-]*\s+)?([a-z]{3,})\b"
)
_MEASURED = re.compile(r"\b(?:average|median|rate|share|proportion|per\s?cent|percent)\b|%")


def _averaged(before: str, sentence: str) -> bool:
    measure = _MEASURE_OF.search(before)
    if measure is None or _MEASURED.search(sentence):
        return False
    counted = re.search(rf"\b\d[\d,.]*\s+(?:new\s+|daily\s+)?{re.escape(measure.group(1))}\b", sentence)
    return counted is not None


# A sentence that opens on its verb has lost its subject ("was arrested in Maine yesterday ...").
_SUBJECTLESS = re.compile(
    r"^(?:was|were|is|are|has|have|had|will|would|said|says|did|does"
    # ... or the rest of a sentence a line break cut: "of transportation accidents, promoting ..."
    r"|of|and|or|to|for|with|by|from|which|who|whose|than)\b"
)
# ... or lost words inside, where the page was scraped: two clauses with nothing joining them, "The
# protests were the Reuters television pictures showed protesters waving ..." (multinews-071, reading
# 50e). Not a clause that describes without its "that" ("are the figures officials reported", "was the
# man police said was ..."): there the verb's object is the noun before it.
_LOST_WORDS = re.compile(
    r"\b(?:was|were) the (?:(?!(?:that|who|whom|whose|which|and|or|but|when|where)\b)[\w’'-]+ ){1,4}"
    r"(?:showed|said|reported|found|saw) "
    r"(?!(?:was|were|is|are|had|has|have|would|will|could|in|on|at|to|by|for|with|from|last|this|that)\b)[a-z]"
)
# Someone's words after a colon with no quotation mark ("He offered this line: There are 50 former
# intelligence folks who said ..."): what follows in the paragraph is theirs, not the writer's.
_SPOKEN_AFTER_COLON = re.compile(
    r"\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r"|told (?:\w+ ){0,3}|remarked|(?:offered|delivered|used) "
    r"(?:this|the) line|put it)\s*:\s+(?![\"“‘'])[A-Z]"
)
_MAX_JOINED = 3  # sentences in one unit
# A sentence the next one overturns is no unit of its own: an expectation before a turn ("... had
# hopes that the new board would bring back the crossings." then "But when ..."), or a first figure
# before its revision ("... the previous week's initial estimate of 360,000." then "That estimate was
# revised up to 368,000."). Alone, it tells what its article goes on to say was not so.
# The expectation is the unit's claim, told with what was expected ("had hopes that ...", "assumed
# that ..."), not one the report fulfils ("..., as economists had expected.", "than its sponsors had
# hoped", "which forecasters had predicted would weaken") nor someone's belief it reports ("Police said
# they believed he acted alone"); "Yet another storm ..." turns nothing.
_TURNS = re.compile(r"(?:But|However|Instead|Yet(?! (?:another|again|more|other)\b))\b")
_EXPECTED = re.compile(
    r"\b(?:had (?:high )?(?:hopes?|hoped|expected|assumed|thought|believed|predicted)|assumed|expected|predicted|"
    r"believed|thought) (?:that|of|for)\b|\b(?:was|were) supposed to\b"
    # ... or a habit of saying, which the turn says has its limits: "President Joe Biden frequently talks
    # about what he sees as central in executing effective foreign policy: building personal relationships.
    # But ... might have its limits when it comes to the Russian leader" (allsides-5957, reading 50d)
    # (the sentence's own subject's, not a relative clause's: "Ada Lind, who often says she will never step
    # down, resigned on Friday", review 53)
    r"|^[^,;:]*?\b(?:frequently|often|usually|routinely|typically|always|repeatedly|regularly)\s+(?:talks?|talked|says?|said|"
    r"speaks?|spoke|argues?|argued|insists?|insisted|touts?|touted|stresses?|stressed|boasts?|boasted|praises?|"
    r"praised|describes?|described)\b"
)
_NOT_THEIR_CLAIM = re.compile(
    r"\b(?:as|than|which|who|what|said|says|told)\b(?:\s+[\w’'-]+){0,4}\s+(?:had\s+)?"
    r"(?:hopes?|hoped|expected|assumed|thought|believed|predicted)\b"
)
_REVISES = re.compile(
    r"(?:That|This|The|Those|These|It|They) (?:[\w’'-]+ ){0,3}(?:was|were|has been|have been|had been) "
    r"(?:later |since |subsequently |then )?(?:revised|corrected|updated|lowered|raised|adjusted)\b"
)
_INITIAL = re.compile(r"\b(?:initial(?:ly)?|preliminary|first reported|originally reported)\b")
# ... and a plan the next sentence says was only that ("Work was to begin in March. That, at least, was the
# plan."), not what its paragraph told before it, which may well have happened (review 46a's B3).
_ONLY_PLANNED = re.compile(
    r"(?:(?:Or )?(?:That,? at least,?|[Aa]t least,? that)|That) was the (?:plan|idea|hope|theory)"
    r"(?:,? anyway)?(?=\s*[.!?])"
)


# A sentence that says whose the claims before it are: "All of these issues with the ... re-examination
# ... were laid out this week by Katie Hobbs, ..." after "Thousands of ballots are left unattended. People
# with open partisan bias ... are doing the recounting." (allsides-6063, reading 45d: printed as plain fact),
# "Those are among the allegations in a lawsuit filed Tuesday by ...".
_ATTRIBUTES_BACK = re.compile(
    r"(?:(?:All|Each|Both|Many|Most|Some|None) of (?:these|those|the above)|These|Those|Such)\s+"
    r"(?:(?:[\w’'-]+\s+){0,3}(?:issues|claims|allegations|charges|concerns|problems|complaints|criticisms|"
    r"accusations|findings|assertions)\b[^.!?]{0,160}?\b(?:were|was|are|have been|had been)\s+(?:\w+\s+){0,2}"
    r"(?:laid out|raised|made|described|detailed|listed|cited|outlined|voiced|leveled|levelled|alleged|set out|"
    r"spelled out)\b|(?:are|were)\s+(?:among\s+)?(?:the\s+)?(?:[\w’'-]+\s+)?(?:allegations|claims|charges|"
    r"accusations|findings|complaints)\s+(?:in|of|made|laid out|contained)\b)"
)
# ... or that the set-up of its paragraph only seemed so: "Mark Harris was riding high on Election Day in
# 2018. ... Next stop: the U.S. House of Representatives. Or so it seemed." (neus-val-0302, reading 46a: the
# set-up printed as fact).
_ONLY_SEEMED = re.compile(
    r"(?:Or )?[Ss]o (?:it|he|she|they|we|I|everyone|many|most|the [a-z]+) (?:seemed|seems|appeared|appears|thought|"
    r"believed|hoped|assumed|suggested)(?=\s*[.!?,;—–])"  # (not "So the city hoped to reopen it in May.")
)


def _as_theirs(units: list[Sentence], start: int, end: int) -> list[Sentence]:
    """The units with those between ``start`` and ``end`` (the paragraph before a sentence that says whose
    they are, or that they only seemed so) as fragments: printed alone, someone's claims would read as the
    writer's facts, and a set-up as what happened."""
    return [replace(u, kind="fragment") if start <= u.start and u.end <= end else u for u in units]


def _overturned(unit: str, text: str, start: int) -> bool:
    """Whether the sentence of ``text`` at ``start`` overturns the unit just before it."""
    # (the sentence's opening first: it is read for every sentence, the unit's words only after a turn)
    if _TURNS.match(text, start):
        return _EXPECTED.search(unit) is not None and _NOT_THEIR_CLAIM.search(unit) is None
    if _ONLY_PLANNED.match(text, start):
        return True
    return _REVISES.match(text, start) is not None and _INITIAL.search(unit) is not None


def _follows_question(text: str, before: int, start: int) -> bool:
    """Whether the sentence at ``start`` opens on a speaker by name and a verb of saying just after a
    quotation with no speaker that the sentence ending at ``before`` closes on "!" or "?", in one paragraph."""
    closed = text[max(0, before - 2) : before]
    return (
        len(closed) == 2 and closed[1] in "\"”" and closed[0] in "!?" and "\n" not in text[before:start]
        and _speakerless(text, before) and _says_nothing(_NAMED_TAG_OPENING.match(text, start))
    )


def _says_nothing(tag: re.Match[str] | None) -> bool:
    """Whether a speaker's sentence tells no claim of its own after where and when it was said: nothing
    more, or only how it was said ("as she surveyed the ruins ..."; the writer's "as if ..." too), with no
    clause of its own. Not "Officials said rescuers found two more bodies" (review 50g's B1)."""
    if tag is None or not _speaker(tag["who"]):
        return False
    rest = tag["rest"]
    if _AS_IF.search(rest):
        return True
    return (not rest.strip(" ,") or _HOW_LOOSE.match(rest) is not None) and not _CLAIM_WORDS.search(rest)


def _bare_tag(tag: re.Match[str] | None) -> bool:
    """Whether a speaker, a verb of saying, where and how hold no claim of their own."""
    return tag is not None and _speaker(tag["who"]) and not _NEW_CLAUSE.search(tag["rest"])


def _speaker(words: str) -> bool:
    """Whether words before a verb of saying name a speaker: no verb of their own, and ending on a name or
    a role between commas ("Tom Bergeron, longtime host of the show,"), not on a clause's subject ("Two
    families lost their homes, officials", review 50f's B2)."""
    last = words.rstrip()
    return not _NOT_A_SPEAKER.search(words) and (last.endswith(",") or last.split()[-1][:1].isupper())


def _speakerless(paragraph: str, end: int) -> bool:
    """Whether the quotation closing at ``end`` opens a sentence of its paragraph: nothing before it
    names whose words they are ('Trump wrote: "..."' does)."""
    opening = max(paragraph.rfind("“", 0, end - 1), paragraph.rfind('"', 0, end - 1))
    before = paragraph[: max(opening, 0)].rstrip()
    return not before or before[-1] in ".!?\"”"


def _tagged_quote(paragraph: str, end: int) -> bool:
    """Whether the quotation closing at ``end`` is followed by its speaker tag and nothing else."""
    if ACTED_TAG.match(paragraph, end) and paragraph[end - 2] in ".?!":
        return True
    if paragraph[end - 2] in "?!":
        tag = _SPEAKER_TAG.match(paragraph, end)
        # (not a report of its own before the verb: '"Why weren't we warned?" Two more bodies were found,
        # officials said on Tuesday ...', review 50d)
        if tag is not None and not _TOLD_BEFORE.search(tag["who"]):
            return True
        return _speakerless(paragraph, end) and _bare_tag(_HOW_SAID_TAG.match(paragraph, end))
    return paragraph[end - 2] == "." and bool(_BARE_SPEAKER_TAG.match(paragraph, end))


def count_sentences(text: str) -> int:
    return len(sentences_of(text))


def sentences_of(text: str) -> list[str]:
    """The sentences of a unit, its line breaks read as spaces."""
    flat = " ".join(text.split())
    return [flat[start:end] for start, end in _spans(flat, 0)]


def first_sentence(text: str) -> str:
    """A unit's first sentence as the segmenter ends it, running on to the close of a quotation it
    opens; where no later sentence closes it (an inch mark: '12" pipes'), the first alone."""
    parts = sentences_of(text) or [text]
    first = ""
    for part in parts:
        first = f"{first} {part}"
        if not open_quotes(first):
            return first.strip()
    return parts[0]


def open_quotes(text: str) -> int:
    """How many quotations the text opens without closing (curly or straight marks)."""
    return double_quote_marks(text)[0]


def _spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: a boundary is terminal punctuation (and closing quotes)
    before a space and a capital, digit or opening quote, unless the word it ends is an
    abbreviation or an initial; and the end of a title and byline run into the first sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    ends = {m.end(1): m.start(1) for m in _BOUNDARY.finditer(paragraph)}
    glued = {_glued_end(paragraph, m): m.start(1) for m in _GLUED.finditer(paragraph)}
    bylines = {m.end() for m in _RUN_IN_BYLINE.finditer(paragraph)}
    stamps = {m.end() for m in _PUBLISHED_STAMP.finditer(paragraph)}
    for end in sorted(ends.keys() | glued.keys() | bylines | stamps):
        if end in ends and paragraph[end - 1] == "." and _abbreviation(paragraph, ends[end], paragraph[end:]):
            continue
        before = ends.get(end, end - 1)
        if paragraph[end - 1] == "!" and _exclaimed_name(paragraph[max(0, before - _WORD_REACH) : before]):
            continue
        if paragraph[end - 1] in "\"”" and _tagged_quote(paragraph, end):
            continue  # '"Why would he hide it?" two leaders said in a statement.': one sentence
        if paragraph[end - 1] in ".…" and "," not in paragraph[start:before] and _TOLD_BY.search(
            paragraph, max(0, before - _WORD_REACH), end
        ):
            # "We've learned ... 65-year-old Struthers was busted ...": the report is theirs (not a
            # sentence whole before its tag: "The ferry sank, police said ... The next day ...")
            continue
        piece = paragraph[start:end].strip()
        if piece:
            first = start + paragraph[start:end].index(piece[0])
            spans.append((offset + first, offset + first + len(piece)))
        dash = _DASH_BETWEEN.match(paragraph, end)
        start = dash.end() if dash else end
    piece = paragraph[start:].strip()
    if piece:
        first = start + paragraph[start:].index(piece[0])
        spans.append((offset + first, offset + first + len(piece)))
    return spans


def run_in_title(text: str) -> str:
    """The title a page ran into its first sentence with its byline ("Huntsman to skip Nevada debate
    in protest By Justin Sink - Tweet Jon Huntsman announced ..."), or "" where it did not."""
    opening = text.lstrip()[:_RUN_IN_REACH]
    byline = _RUN_IN_BYLINE.search(opening)
    title = opening[: byline.start()].strip() if byline else ""
    return title if title and "\n" not in title and not re.search(r"[.!?]\s", title) else ""


def _exclaimed_name(before: str) -> bool:
    word = re.search(r"(\w+)$", before)
    return word is not None and word.group(1).lower() in lexicon.EXCLAIMED_NAMES and word.group(1)[0].isupper()


def _glued_end(paragraph: str, match: re.Match[str]) -> int:
    """Where a boundary that lost its space ends: a straight quotation mark after the full stop
    closes a quotation only if one is open ('... said "stop."The'); otherwise it opens the next
    sentence ('... breastfeeding."Legal here," she wrote')."""
    end = match.end(1)
    if paragraph[end - 1] == '"' and paragraph[: end - 1].count('"') % 2 == 0:
        return end - 1
    return end


def _abbreviation(text: str, dot: int, after: str) -> bool:
    """Whether the period at ``dot`` ends an abbreviation rather than the sentence. A clock time
    ("3:40 a.m.") ends the sentence when a capitalised word other than a day or month follows."""
    # The word before the period, from a bounded tail: searched from the paragraph's start, each of
    # a paragraph's thousands of periods would cost its whole length ("Word. Word. ..." takes minutes).
    word = re.search(r"([\w.’'-]+)$", text[max(0, dot - _WORD_REACH) : dot])
    if not word:
        return False
    token = word.group(1)
    if token.lower().rstrip(".") in ("a.m", "p.m"):
        following = re.match(r"\s*([A-Za-z]+)", after)
        word_after = following.group(1).lower() if following else ""
        return not following or word_after in _CLOCK_FOLLOWERS or following.group(1).isupper()
    last = token.rsplit(".", 1)[-1] if "." in token else token
    if len(last) == 1 and last.isalpha() and last.isupper():
        # (an initialism before a quotation that opens the next sentence: '... than the U.S. "Today, we
        # mark ...," he said', neus-val-0163; not an initial before a nickname, 'John F. "Jack" Kennedy')
        return not ("." in token.rstrip(".") and _OPENS_QUOTATION.match(after))
    bare = token.lower().rstrip(".")
    if bare in lexicon.BEFORE_A_FIGURE:
        return bool(re.match(r"\s*[\d#]", after))  # "No. 3", not "vote no. The bill ..."
    if bare in _BEFORE_LOWER_CASE:
        return not re.match(r"\s*[A-Z]", after)  # "rivers, lakes etc. and", not "etc. We need ..."
    return bare in lexicon.ABBREVIATIONS or last.lower() in lexicon.ABBREVIATIONS


# ... one that reads as a sentence, closing on its punctuation ('"Today, we mark ...,"'), not a quoted name
# ('the U.S. "Remain in Mexico" policy', review 49c's B3).
_OPENS_QUOTATION = re.compile(r"\s+[\"“][A-Z][^\"“”\n]{0,300}?[,.!?][\"”]")
# How far back from a period or an exclamation mark the word before it is looked for (an
# abbreviation, an exclaimed name): a longer run is neither.
_WORD_REACH = 40
# Who told what an ellipsis leads into ("We've learned ...", "law enforcement tells TMZ ...", "a
# spokeswoman says ..."): the words after it are theirs, one sentence with them.
_TOLD_BY = re.compile(
    r"\b(?:learned|(?:been|[Ww]e're|are|I'm|am) told"
    r"|(?:tells?|told) (?:us|me|reporters|(?:the )?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})"
    r"|says?|said|reports?|reported|confirm(?:s|ed)?|adds?|added)\s*(?:\.\.\.|…)$"
)
# An abbreviation that closes a list ("etc.") ends the sentence before a capital.
_BEFORE_LOWER_CASE = frozenset({"etc"})


def sentence(article: int, text: str, start: int, end: int, position: int) -> Sentence:
    span = text[start:end]
    return Sentence(
        article=article, start=start, end=end, text=span, position=position,
        kind=classify(span), numbers=numbers_in(span), dates=dates_in(span), entities=entities_in(span),
        content=content_stems(span), negated=is_negated(span),
    )


def _answers(text: str, start: int) -> bool:
    """Whether a sentence answers the few-word question just before it in its paragraph."""
    near = max(0, start - _QUESTION_REACH)
    return _TEASING_QUESTION.search(("\n" if near == 0 else "") + text[near:start]) is not None


def _base_spans(text: str, max_chars: int) -> list[tuple[int, int, bool]]:
    """Each sentence's span, and whether it follows a heading or left-out run (then it has no
    sentence before it to lean on)."""
    out: list[tuple[int, int, bool]] = []
    gap = True
    for p_start, p_end in paragraph_spans(text):
        for start, end in _spans(text[p_start:p_end], p_start):
            span = text[start:end]
            if end - start > max_chars or is_heading(span) or len(words(span)) < 3:
                gap = True
                continue
            out.append((start, end, gap))
            gap = False
    return out


def _quotations(text: str, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool, bool]]:
    """Spans with a quotation that runs on joined to the sentences that close it, within its
    paragraph; the last flag marks a quotation that never closes there (a fragment)."""
    out: list[tuple[int, int, bool, bool]] = []
    i = 0
    while i < len(spans):
        start, end, gap = spans[i]
        j = i
        while open_quotes(text[start:end]) and j + 1 < len(spans) and not spans[j + 1][2] and j - i < 3:
            if "\n" in text[end : spans[j + 1][0]]:
                break
            j += 1
            end = spans[j][1]
        out.append((start, end, gap, bool(open_quotes(text[start:end]))))
        i = j + 1
        # A quotation longer than a unit runs on past it, within its paragraph: the sentences up to
        # the one that closes it are the speaker's words too, cut from inside it ("... In a lot of
        # ways, the book feels like his most intensely personal work yet. ...", a review's blurb).
        # A mark that never closes there (an inch mark, a slip) leaves the paragraph as it is.
        closing = _closing(text, start, spans, i) if open_quotes(text[start:end]) else i
        if _SPOKEN_AFTER_COLON.search(ANY_QUOTED.sub(" ", text[start:end])):
            closing = _paragraph_end(text, spans, i)
        out.extend((*span, True) for span in spans[i:closing])
        i = closing
    return out


def _in_paragraph(text: str, spans: list[tuple[int, int, bool]], i: int) -> Iterator[int]:
    """The indices from ``i`` of the spans that share the paragraph of the span before ``i``."""
    end = spans[i - 1][1]
    for j in range(i, len(spans)):
        if spans[j][2] or "\n" in text[end : spans[j][0]]:
            return
        end = spans[j][1]
        yield j


def _paragraph_end(text: str, spans: list[tuple[int, int, bool]], i: int) -> int:
    """Past the last span in ``spans`` from ``i`` that shares the paragraph of the span before it."""
    return max((j + 1 for j in _in_paragraph(text, spans, i)), default=i)


def _closing(text: str, start: int, spans: list[tuple[int, int, bool]], i: int) -> int:
    """Past the span in ``spans`` that closes the quotation open since ``start``, within its
    paragraph; ``i`` (nothing to take) where none does."""
    return next((j + 1 for j in _in_paragraph(text, spans, i) if not open_quotes(text[start : spans[j][1]])), i)


def segment(article: Article, index: int, *, max_chars: int = 1200, max_unit_words: int = 70) -> list[Sentence]:
    """The article's printable units in order, with offsets into ``article.text``; headings and
    over-long runs (lists, debris) are left out. A sentence that leans on the one before it is
    given together with it (up to three sentences), or not at all."""
    text = article.text
    out: list[Sentence] = []
    standing: tuple[int, int] | None = None  # where the unit the next sentence may lean on starts, and its length
    surnames = shared_surnames(text)
    # shown on the page, or taken back by an update above it: not reported
    shown = shown_regions(text)
    analysed = analysed_regions(text)
    listed = listed_regions(text)  # a factbox's entries
    own_blurb = _blurb(article.outlet)
    trailing = False  # the sentence before ended in an ellipsis: this one goes on from it
    began = before = 0  # where the sentence before this one starts and ends (none yet: no text)
    opening = (0, 0)  # where the article's first sentence starts and ends
    opened = 0  # where the first sentence of the unit the next sentence may lean on ends
    tag_alone = -1  # where a speaker tag split from its quotation starts: no unit it opens is printed
    for position, (start, end, gap, fragment) in enumerate(_quotations(text, _base_spans(text, max_chars))):
        if COMPLETES_DEED.match(text, start) or _gives_anew(text[began:before], text[start:end]):
            out = _halves(out, before)
        if position == 0:
            opening = (start, end)
        supposed = (
            position > 0 and _SUPPOSING.match(text, began) is not None and _MAY_BE.search(text, start, end) is not None
            and ("\n" not in text[before:start] or QUOTE_OPEN.match(text, start) is not None)
        ) or (position > 0 and _averaged(text[began:before], text[start:end]))
        if out and out[-1].end == before and _overturned(out[-1].text, text, start):
            out[-1] = replace(out[-1], kind="fragment")
        seemed = position > 0 and _ONLY_SEEMED.match(text, start) is not None
        turned = seemed or (position > 0 and _ONLY_PLANNED.match(text, start) is not None)
        if seemed or (position > 0 and _ATTRIBUTES_BACK.match(text, start)):
            out = _as_theirs(out, text.rfind("\n", 0, began) + 1, start)
        if position > 0 and _follows_question(text, before, start):
            tag_alone = start  # (and every unit it opens: "... special. Later, he added, ...")
        began, before = start, end
        goes_on, trailing = trailing and not gap, text[start:end].rstrip("\"”’' ").endswith(_ELLIPSES)
        if not goes_on and not supposed and not leans_back(text[start:end], surnames):
            standing, opened = (start, 1), end
        elif gap or standing is None or standing[1] >= _MAX_JOINED or (
            len(words(text[standing[0] : end])) > max_unit_words
        ):
            standing = None
        else:
            standing = (standing[0], standing[1] + 1)
        if standing is not None and _named_further_back(text[standing[0] : start], text[start:end]):
            standing = None
        bare = is_bare_quotation(text[start:end])
        if standing is not None and bare and not named_speaker(text[standing[0] : end]):
            standing = None  # a quotation whose speaker the sentences before it do not name
        elif standing is not None and standing[0] < start and _PRONOUN_SAID.search(text, start, end) and not (
            _names_a_speaker(text[standing[0] : start])
        ):
            standing = None  # "..., he says, ...": whose words, the sentence before does not say (reading 49b)
        if standing is None:
            continue
        if bare and out and out[-1].start == standing[0] and _quotes_words(out[-1].text):
            # The speaker's sentence before a quotation that runs on is only part of what they said.
            out[-1] = replace(out[-1], kind="fragment")
        made = sentence(index, text, standing[0], end, position)
        # A page's teaser cut mid-sentence, or a text that ends inside a parenthesis ("Raskin (D-Md.")
        # or begins inside one ("... says Chernow, but the plot failed.)").
        cut = made.text.rstrip("\"”’' ").endswith(_ELLIPSES) or made.text.count("(") != made.text.count(")")
        cut = cut or bool(_SUBJECTLESS.match(made.text) or _LOST_WORDS.search(made.text))
        cut = cut or _list_item(text, standing[0]) or _answers(text, standing[0])
        cut = cut or standing[0] == tag_alone
        # (a sentence alone: with the one before, the body may be named)
        cut = cut or (standing[0] == start and speaker_of_unnamed_body(made.text))
        captioned = standing[0] < start and is_aside(text[start:end])
        if _overlaps(start, end, shown) or _CREDIT.match(text, end) or _PUBLISHED_STAMP.match(text, end) or captioned:
            # a post, a gallery caption, a caption its photo credit follows, or one that points back
            # to its own heading ("... at the site. This August 2012 photo shows ...")
            made = replace(made, kind="aside")
        elif own_blurb is not None and own_blurb.match(made.text):
            made = replace(made, kind="aside")
        elif _overlaps(start, end, analysed) or (standing[0] < start and (
            _writers_reading(made, text[start:end]) or _writers_forecast(made, text[standing[0] : opened])
        )):
            made = replace(made, kind="opinion")
        elif _overlaps(start, end, listed):
            made = replace(made, kind="aside")
        # (the set-up with the sentence that overturns it tells no more than a teaser does)
        out.append(replace(made, kind="fragment") if fragment or cut or turned else made)
        if standing[1] == 1 and position == 1 and _introduced_just_before(text, opening, start):
            # Who the second sentence names by role, the first named: the two are a unit too, told
            # as the opening it is.
            out.append(sentence(index, text, opening[0], end, 0))
        if made.kind == "aside" and standing[1] == 1:
            standing = None  # an aside ("(We all know ...)") is no antecedent for the sentence after it
    return _from_dateline(_as_told(out))


# Someone named by role alone at a sentence's opening ("The San Antonio Spurs guard (pictured) filed
# ...", "The 18-year-old actress ..."), not "The actor Tom Hanks" nor "The wife of Joaquin Guzman".
_BY_ROLE_ALONE = re.compile(
    ROLE_OPENING + r"(?:" + ROLE + r")s?(?:'s|’s|’|')?(?![\w-])"
    r"(?!,?\s+[A-Z][a-z]|\s+(?:of|by|against|filed|brought|who|that|in|at|from|for|with|on)\b)"
)


def _introduced_just_before(text: str, opening: tuple[int, int], start: int) -> bool:
    """Whether the sentence at ``start`` opens on someone by role alone and the article's opening
    sentence, just before it, names them ("This wasn't the kind of bottle service NBA star Tony Parker
    had in mind. The San Antonio Spurs guard ... filed a $20 million lawsuit ..."): the two are also
    one unit, so that the news may lead with who it is about."""
    return bool(_BY_ROLE_ALONE.match(text, start)) and bool(entities_in(text[opening[0] : opening[1]]))


def _writers_forecast(unit: Sentence, first: str) -> bool:
    """Whether a unit of sentences opens on the writer's forecast ("Nevada ... looks to be an easy win
    for the former Massachusetts governor, ... could help Romney ... But the Romney camp has denied
    ..."): what the next sentence reports does not make the guess a report."""
    return unit.kind == "fact" and classify(first) == "opinion" and is_forecast(first)


def _writers_reading(unit: Sentence, last: str) -> bool:
    """Whether a unit of sentences that lean on each other reports, then ends on the writer's reading
    of it ("The report showed claims rose by 51,000 ... Still, the number likely does not suggest a
    material shift ..."): the report's attribution does not make the guess anyone's but theirs."""
    return unit.kind == "fact" and classify(last) == "opinion"


def _as_told(units: list[Sentence]) -> list[Sentence]:
    """The units, as the writer's own account where most of them speak as "I" outside quotation
    marks: a celebrity's essay ("One day, a co-worker was admiring a pink blouse ...") tells what
    they say happened, and printed as a report it loses its teller."""
    told = sum(1 for u in units if _WRITER_AS_I.search(ANY_QUOTED.sub(" ", u.text)))
    if len(units) < _ESSAY_UNITS or told < _ESSAY_SHARE * len(units):
        return units
    return [replace(u, kind="opinion") if u.kind in ("fact", "quote") else u for u in units]


# A figure the next sentence gives anew: "Leno's current salary is between $25 million and $30
# million ..." then "... Leno's new salary is likely around $20 million"; "The weekly budget ... was
# approximately $2.3 million and it stayed there ..." then "The budget now will be closer to $1.7
# million". Printed alone, the first would give the old figure as today's.
# ("new claims", "new cases" are counts of their own: a new value only of what was "current").
_NOW = re.compile(r"^(?:The|Its|His|Her|Their) (?:[a-z]+ )?([a-z]+) (?:is |are |will )?now\b")
_NEW = re.compile(r"\bnew ([a-z]+)\b")
_CURRENT = re.compile(r"\b(?:current|old|previous|present) ([a-z]+)\b")


def _gives_anew(before: str, sentence: str) -> bool:
    # (the words first: few sentences have them, and every sentence of every article passes here)
    renewed = {stem(m.group(1)) for m in _NOW.finditer(sentence.lstrip())}
    new = {stem(m.group(1)) for m in _NEW.finditer(sentence)}
    if not (renewed or new):
        return False
    then, now = numbers_in(before), numbers_in(sentence)
    if not then or not now or now <= then:
        return False
    current = {stem(m.group(1)) for m in _CURRENT.finditer(before)}
    return bool(renewed & content_stems(before) or current & new)


def _named_further_back(before: str, sentence: str) -> bool:
    """Whether a sentence opens on a thing by the name the sentences it leans on never give it ("The
    documents start with ..." after one that names no documents): joined to them, it would tell
    of what they do not."""
    thing = thing_named(sentence)
    return bool(thing) and bool(before.strip()) and stem(thing) not in content_stems(before)


# A quotation of someone's words: three words or more, or one opened and not closed (not a word or two
# in quotation marks: 'people in areas with "substantial" rates', allsides-5825, reading 44a).
_QUOTED_WORDS = 3


def _quotes_words(text: str) -> bool:
    opened = double_quote_marks(text)[0] > 0
    return opened or any(len(m.group()[1:-1].split()) >= _QUOTED_WORDS for m in ANY_QUOTED.finditer(text))


def _halves(units: list[Sentence], end: int) -> list[Sentence]:
    """The units with those ending where the next sentence tells the rest of their deed as fragments:
    printed, they would tell half of what happened as the whole of it."""
    return [replace(u, kind="fragment") if u.end == end and u.kind != "aside" else u for u in units]


def _from_dateline(units: list[Sentence]) -> list[Sentence]:
    """The units with those above the story's dateline ("WASHINGTON -- Jamestown's colonists ...")
    as page furniture: a video's blurb, a dek, a caption and a page's "Story Highlights" stand above
    where the wire story begins, and none of them is its first sentence."""
    first = next((u for u in units[:_DATELINE_WITHIN] if opens_on_dateline(u.text)), None)
    if first is None:
        return units
    # Where the page opens on a photo's caption or a player's blurb, the story's sentences are counted from
    # its first: the dateline's is its opening (multinews-005's Reuters report, whose news came third under
    # a two-sentence caption; multinews-003's USA Today story, fourth under a video's blurb, a dek and a
    # caption). Not below a dek, a box or the outlet's own story: a dek may be the outlet's summary of its
    # news, and a wire story below the outlet's own a sidebar (review 46a's B4); counted from the dateline
    # there, multinews-125's opening fell behind its second sentence.
    shift = first.position if _furniture_above(units, first) else 0
    return [
        replace(u, kind="aside") if u.end <= first.start else replace(u, position=u.position - shift) for u in units
    ]


def _furniture_above(units: list[Sentence], first: Sentence) -> bool:
    """Whether a page opens on furniture (a photo's caption, a player's blurb) above the dateline, and
    the outlet's own story does not stand between: no unit dated to a day of the week but a photo's
    caption in that opening run, dated to the year as captions are ("Monday, Feb. 5, 2018"), and at most
    one other unit (a dek). Else the wire's story below is a sidebar (reviews 48a's B1, 48b's R1 and R2)."""
    above = [u for u in units if u.end <= first.start]
    furniture = [is_furniture(u) or is_caption(u.text) for u in above]
    if not furniture or not furniture[0]:
        return False
    run = furniture.index(False) if False in furniture else len(furniture)
    for at, unit in enumerate(above):
        captioned = at < run and any(d.isdigit() and len(d) == 4 for d in unit.dates)
        if lexicon.WEEKDAYS & unit.dates and not captioned:
            return False
    return furniture.count(False) < _STORY_ABOVE


# What ends one of a list's items before this one: "12 percent on transfers to siblings; and".
_ITEM_BEFORE = re.compile(r";(?:\s+(?:and|or))?\s*$")


def _list_item(text: str, start: int) -> bool:
    """Whether the unit at ``start`` is the last item of a list whose other items come before it
    ("15 percent on transfers to other heirs, ..." after "12 percent on transfers to siblings; and"):
    alone, it reads as the whole of what the list says."""
    return bool(_ITEM_BEFORE.search(text, max(0, start - 20), start))


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < span_end and span_start < end for span_start, span_end in spans)


@lru_cache(maxsize=1024)
def _blurb(outlet: str) -> re.Pattern[str] | None:
    """How the outlet's own blurb opens, telling what it does ("AllSides reveals media bias and
    ...", "Trulia gives home buyers ..."): its name and a verb. Such a sentence is not the story."""
    name = re.match(r"\s*(?:The\s+)?([A-Z][\w’'-]+)", outlet)
    return re.compile(rf"{re.escape(name.group(1))}\s+(?:[a-z]+s)\b") if name else None


def _names_a_speaker(text: str) -> bool:
    """Whether the sentences before one told as "he says" name someone it may be: a speaker named
    ("..., Thompson said"), or a name they open on ("Thompson, a historian, ...")."""
    opening = _OPENING_WORD.match(text)
    return named_speaker(text) or (opening is not None and opening.group(1).lower() not in lexicon.STOPWORDS)


# Who speaks, told only by a pronoun between commas inside the sentence: "By choosing the name, he says,
# ..." (not "He said ..." or "..., she said." after a sentence that names her by a title or a role, which
# the sentence before mostly does: review 49c's B1).
_PRONOUN_SAID = re.compile(
    r",\s+(?:he|she)\s+(?:says|said|adds|added|writes|wrote|argues|argued|explains|explained|notes|noted|contends|"
    r"contended),\s+\S"
)
_OPENING_WORD = re.compile(r"\s*([A-Z][\w’'.-]*[a-z])\b")


def segment_all(articles: Sequence[Article], *, max_chars: int = 1200) -> list[list[Sentence]]:
    return [segment(article, i, max_chars=max_chars) for i, article in enumerate(articles)]
