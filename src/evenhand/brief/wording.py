"""How a fact is printed and what it asserts: a source's sentence shortened only by words that
carry no meaning, the claim without who makes it, and the marks of quotation and loaded words."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from .features import double_quote_marks, last_names, stem, words
from .standalone import ANY_QUOTED, SPEECH

# "MARROWICK, Oct 14 (NWS) - ": the wire dateline that opens a story.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]{2,40}(?:, [A-Z][a-z]{2,8}\.? \d{1,2}|(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))?"
    r"(?: \([^)]{1,30}\))?|(?:[A-Z][a-z]{2,8}\.? \d{1,2} )?\([A-Z][\w .&'-]{1,30}\)) ?[-–—]{1,2} "
    # "Moscow (AFP) - ", "Gaza City, Gaza (CNN) -- ", "Seoul (CNN) North and ...", "Washington (CNN)President":
    # a place in title case before a wire's name, the dash left out as often as not
    r"|^(?:[A-Z][\w.'-]+(?:,? [A-Z][\w.'-]+){0,3} )?\((?:" + "|".join(lexicon.WIRES) + r")\)"
    r"(?: ?[-–—]{1,2} | ?(?=[A-Z\"“]))"
    # ... its dash set close to the story, as the Wall Street Journal sets it: "WEST PALM BEACH, Fla.—President
    # Trump called ..." (not "U.S.—China talks")
    r"|^(?=[A-Z .'-]*[A-Z]{3})[A-Z][A-Z .'-]{2,40}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?[-–—](?=[A-Z\"“])"
    # a place in capitals with no dash at all, before the story's first article: "HOUSTON A man who ..."
    r"|^[A-Z]{3,}(?:[ ,]+[A-Z.]{2,})* (?=(?:A|An|The) [A-Za-z])"
    # one word in title case before a dash, a publication's or a place's: "Computerworld - Apple today ..."
    r"|^[A-Z][a-z][A-Za-z]{1,29} [-–—]{1,2} (?=[A-Z])"
)
# A live report's update stamp before the sentence: "UPDATE: 905 a.m. - ", "Updated 7:51 p.m.:".
_UPDATE_STAMP = re.compile(r"^(?i:update[ds]?)\s*:?\s*\d{1,2}:?\d{2}\s*(?i:[ap]\.?m\.?)?\s*[-–—:]\s+")
# An outlet's scoop marker before the sentence ("EXCLUSIVE: ", "BREAKING… "): its billing, not its news.
_SCOOP = re.compile(r"^(?:(?:EXCLUSIVE|BREAKING(?: NEWS)?|JUST IN|DEVELOPING)\s*(?::|…|\.\.\.|[-–—])\s*)+(?=[A-Z\"“])")
_ACCORDING = re.compile(r"^According to [^,;:\"“”]{3,80}, ")
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:according to [^,;:\"“”]{3,80}|per [^,;:\"“”]{3,60}|"
    r"(?:the |an? )?[^,;:\"“”]{2,60}\s+(?:said|says|reported|reports|told [^,;:\"“”]{2,40}|added|confirmed|announced)"
    r"(?: on \w+day)?)([.!])$"
)
# "The defence minister, Moshe Ya'alon, said (on Monday) that ...": a named speaker before what
# they said. Not "a man who said" (the speaker of a clause inside the claim), nor "the storm
# killed 12 and officials said" (a clause of the claim before it), nor a quotation.
_LEADING_SPEAKER = re.compile(
    r"^((?:(?!\b(?:who|which|that|when|after|before|while|if)\b|\b[a-z]{2,}ed\b|\d)[^\"“”;:]){2,90}?)\s(?:said|"
    r"says|told [^,;:\"“”]{2,40}?|announced|confirmed|added|warned|stated|claimed|wrote|tweeted)"
    r"(?: on \w+day)?,?\s+(?:that\s+)?(?=[^\"“”\s])"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_UNQUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A sentence that is nothing but a quotation names no speaker, whatever verbs it quotes.
_WHOLLY_QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”]$")
DAY_WORDS = (
    "|".join(day.capitalize() for day in lexicon.WEEK)
    + r"|[Tt]oday|[Yy]esterday|[Tt]onight|(?:this|last) (?:morning|afternoon|evening|night|week|weekend)"
)
# A day told between a verb and the "to" it governs: "is expected Wednesday to revoke", "was set on
# Friday to ..." are "is expected to", "was set to".
DAY_BEFORE_TO = r"(?:\s+(?:on\s+|as early as\s+)?(?:" + DAY_WORDS + r"))?"
# What was still to come when the sentence was written: "was poised to become", "were expected to".
_WAS_TO_COME = re.compile(r"\b(?:was|were) (?:" + "|".join(lexicon.PREVIEWING) + r")" + DAY_BEFORE_TO + r" to\b")
# A connective is dropped only where a comma marks it off: "So far, 12 died" keeps its "So".
_CONNECTIVE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in lexicon.CONNECTIVES) + r"),\s+")
# A wire's instrument code after a company's name ("Saudi Aramco [SDABO.UL]", "Apple <AAPL.O>"): a
# link for its terminals' readers, meaning nothing in the sentence.
_INSTRUMENT_CODE = re.compile(
    r"\s(?:\[[A-Z0-9]{2,10}\.[A-Z]{1,3}\]|<\.?[A-Z0-9]{1,10}(?:\.[A-Z]{1,3})?>)(?=[\s,.;:)]|$)"
)
# A footnote's number after a quotation closes its sentence ('... the fulness of times.”5 Ancient
# ...'): in a brief it reads as a citation of a source that is not there.
_FOOTNOTE_MARK = re.compile(r"(?<=[.!?][”\"’])\d{1,3}(?=\s+[A-Z“\"‘]|\s*$)")


def without_scoop(text: str) -> str:
    """The sentence without an outlet's scoop marker before it ("EXCLUSIVE: Marvel Studios ...")."""
    return _SCOOP.sub("", text.lstrip(), count=1)


def opens_on_dateline(text: str) -> bool:
    """Whether a unit opens on a wire dateline ("WASHINGTON -- ", "Seoul (CNN) "): where a story begins."""
    return bool(_DATELINE.match(text))


# Where the page's photo shows someone: "The San Antonio Spurs guard (pictured) filed ...".
PHOTO_PLACE = re.compile(
    r"\s+\((?:pictured|above|below|left|right|center|centre)(?: (?:left|right|above|below))?\)", re.I
)


# A space a page's markup left before a mark ("Senator Joe Biden , who", "Teen Vogue 's editor",
# multinews-131) or after an opening bracket ("( who was not named)"): no word, and read as a gap.
_SPACE_BEFORE_MARK = re.compile(r"(?<=\w) +(?=[,.;:!?)](?:\s|$)|['’]s\b)|(?<=\() +(?=\w)")


@lru_cache(maxsize=8192)
def compress(text: str) -> str:
    """The sentence as a fact prints it, shortened only by words that carry no meaning: a wire
    dateline, a live report's update stamp, a leading "Notably,", a wire's instrument codes
    ("[SDABO.UL]"), footnote numbers and where the page's photo shows someone ("(pictured)"); line
    breaks inside a unit become spaces, and a space before a mark goes. Attributions, hedges and
    contrasts stay: deleting them changes what the sentence says."""
    short = _DATELINE.sub("", _UPDATE_STAMP.sub("", without_scoop(text), count=1), count=1)
    short = _CONNECTIVE.sub("", short, count=1)
    short = _FOOTNOTE_MARK.sub("", _INSTRUMENT_CODE.sub("", PHOTO_PLACE.sub("", short)))
    short, whole = _flat(short), _flat(text)
    if len(words(short)) < 6:
        return whole
    # A sentence that lost its opening words starts with a capital; one printed whole keeps its
    # source's spelling, lower case and all (a post's "i know").
    return short[0].upper() + short[1:] if short != whole and short[:1].islower() else short


def _flat(text: str) -> str:
    """The text on one line, with no space before a mark."""
    return _SPACE_BEFORE_MARK.sub("", " ".join(text.split()))


def claim_of(text: str) -> str:
    """What a printed sentence asserts, without who says it: the words a corroborating sentence
    must share ("According to Kyodo, Kim arrived" and "Kim arrived, officials said" state one
    claim, each with its own source)."""
    core = _ACCORDING.sub("", compress(text), count=1)
    return core if _QUOTE_MARK.search(core) else _TRAILING_ATTRIBUTION.sub(r"\1", core, count=1)


@lru_cache(maxsize=8192)
def said(text: str) -> tuple[frozenset[str], str]:
    """The names of who a sentence opens by saying makes its claim, and what they say
    ("Ya'alon said Israel holds Hamas responsible"); no names and "" where it opens otherwise."""
    printed = compress(text)
    leading = _LEADING_SPEAKER.match(printed)
    if not leading or len(words(printed[leading.end():])) < 4:
        return frozenset(), ""
    return last_names(leading.group(1)), printed[leading.end():]


def loaded_words(text: str) -> int:
    """How many emotive, intensifying or partisan words the sentence uses (lexicon.LOADED)."""
    return sum(w.lower() in lexicon.LOADED for w in words(_UNQUOTED.sub(" ", text)))


_OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s“\"(]))‘")
_CLOSING_SINGLE = re.compile(r"[’'](?![A-Za-z])")


def balanced_quotes(text: str) -> bool:
    """Whether every quotation the sentence opens, it closes: a sentence cut from the middle of
    a longer quote reads as the writer's own words."""
    # A single mark opens a quotation as ‘ after a space (not "Show‘s", a slip for an apostrophe); a ’
    # or ' closes one where no letter follows it ("I’d" is an apostrophe): "‘Goldie poisoned them
    # against me. She told the kids I’d moved ..." is cut.
    single = len(_OPENING_SINGLE.findall(text)) <= len(_CLOSING_SINGLE.findall(text))
    return single and double_quote_marks(text) == (0, 0)


def opens_attributed_quote(text: str) -> bool:
    """A quote's first sentence after its speaker ('X said, "...'): it reads as X's words even
    though the quote goes on in the next sentence."""
    first = min((i for i in (text.find('"'), text.find("“")) if i >= 0), default=-1)
    return first > 0 and bool(SPEECH.search(text[:first])) and text.count("”") == 0


def wholly_quoted(text: str) -> bool:
    """A sentence that is nothing but a quotation: it names no speaker, whatever verbs it quotes."""
    return bool(_WHOLLY_QUOTED.match(text))


def was_to_come(text: str) -> bool:
    """Whether a sentence tells, in the past, what was yet to happen ("was poised to become"):
    an earlier report of what other sentences may tell as done."""
    return bool(_WAS_TO_COME.search(re.split(r"[,;]", text, maxsplit=1)[0]))


# What happened: a verb in the past tense (or a perfect or a passive), or a day it happened on. A
# sentence with neither describes a state, a mood or a trend ("X and Y are on the outs", "Democrats
# believe they have a chance"): a feature's framing, not the news.
_EVENT = re.compile(r"\b(?:[a-z]{2,}ed|" + "|".join(lexicon.IRREGULAR_PAST) + "|" + DAY_WORDS + r")\b")


# A sentence's opening phrase of time or circumstance ("In the next few days, ", "By late
# afternoon, "): the main clause comes after it.
_INTRO = re.compile(
    r"^(?:In|On|By|At|During|Over|Within|After|Before|Since|Until|Earlier|Later|Last|This|Next|Early|Late)\b"
    r"[^,\"“]{0,40},\s+"
)
_CLAUSE_END = re.compile(
    # (not a figure's thousands: "for 23,226 days")
    r",(?!\d)|\s(?:where|which|who|after|before|when|while|but|and)\s"
    r"|\sthat\s(?=(?:is|are|was|were|will|would|could|may|might|has|have|had)\b)"
)
# A name that is the subject's, not the object of a preposition ("met Trump in March and Biden will ...").
_NAME_BEFORE = re.compile(
    r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bto )(?<!\bby )(?<!\bof )(?<!\bwith )(?<!\bfrom )(?<!\bfor )"
    r"(?<!\bover )(?<!\bthan )(?<!\bagainst )\b[A-Z][\w’'.-]*$"
)
_NAME_AFTER = re.compile(r"\s*[A-Z]")
# How far before an "and" the word it follows may start.
_NAME_REACH = 200
_APPOSITIVE = re.compile(
    r"^([^,;:\"“”]{2,60}),\s[^,;:\"“”]{2,100},\s(?=(?:will|would|is|are|was|were|has|have|had|can|could|may|might|"
    r"must|should|did|does)\b)"
)


def main_clause(text: str) -> str:
    """The sentence up to its first comma, relative or coordinated clause, where its main verb is:
    "arrived on Thursday, where she will hold talks" reports an arrival, and "retained power but
    will lead a minority government" a result, not a preview. A "that" straight before a verb opens a
    relative clause ("convened a grand jury that is expected to weigh ..."); before a subject it
    opens what was said ("said that he will resign") and stays."""
    body = _INTRO.sub("", text, count=1)
    # "Her great-great-granddaughter, Queen Elizabeth II, will surpass Victoria": a name or a
    # description between commas after the subject, and the verb comes after it.
    body = _APPOSITIVE.sub(r"\1 ", body, count=1)
    for end in _CLAUSE_END.finditer(body):
        # "Kim and Putin are expected to meet": an "and" between two names joins the subject.
        # (the name is looked for just before the "and": from the start, many "and"s cost time squared)
        near = max(0, end.start() - _NAME_REACH)
        joins_names = _NAME_BEFORE.search(body, near, end.start()) and _NAME_AFTER.match(body, end.end())
        if end.group().strip() != "and" or not joins_names:
            return body[: end.start()]
    return body


def tells_a_happening(text: str) -> bool:
    """Whether a sentence has a verb in the past tense (or a perfect or a passive) or a day."""
    return bool(_EVENT.search(text))


def main_deeds(text: str) -> set[str]:
    """The stems of what its main clause says was done ("signed the measure into law on Tuesday": sign)."""
    return {stem(m.group(0)) for m in _EVENT.finditer(main_clause(text)) if m.group(0).lower() not in lexicon.WEEKDAYS}


# Someone speaking in the first person: "Reelect me and I will continue to deliver safety, prosperity
# and opportunity for all Americans" (neus-val-0031, a candidate's op-ed's title, headed a brief as if
# in its own words). Lower case only ("My Lai", "Me Too", "March for Our Lives" are names; not "Trump's
# impeach-me strategy"), and "I" only where a verb follows and no name goes before it ("World War I had").
_SPEAKING_ALONE = (
    r"(?<!-)\b(?:me|my|myself)\b(?!-)|\bI(?:['’](?:m|ve|ll|d)\b|\s+(?i:will|am|was|have|had|can|could|would|do|"
    r"did|think|want|know|believe|feel|hope|won['’]t|don['’]t)\b)"
)
_FIRST_PERSON = {
    True: re.compile(_SPEAKING_ALONE),
    False: re.compile(_SPEAKING_ALONE + r"|\b(?:we|our|ours|ourselves)\b"),
}
# Words a capitalised title may set before "I": "Reelect Me And I Will ...", "Why I Support ...".
_BEFORE_I = frozenset("And But So If When Why What How Where As Because".split())
# A chant or slogan a title quotes in single marks: "Cruz confronted with ‘We believe survivors!’ chant",
# "'We will celebrate my brother's life': George Floyd's family to hold rallies" (an apostrophe inside).
_SINGLE_QUOTED = re.compile(r"‘(?:[^‘’]|(?<=\w)’(?=\w)){1,80}’|(?<!\w)'(?:[^']|(?<=\w)'(?=\w)){1,80}'(?!\w)")
# Whose words a title gives, in any case: "It's Shameful, Pope Says", "Trump slams ... in our country".
NAMES_A_SPEAKER = re.compile(
    r"\b(?:says?|said|tells?|told|warns?|warned|argues?|argued|insists?|insisted|vows?|vowed|slams?|slammed|"
    r"blasts?|blasted|condemns?|condemned|predicts?|predicted|calls?|called|denies|denied|admits?|admitted)\b",
    re.I,
)


def in_first_person(title: str, singular: bool = False) -> bool:
    """Whether a title, its quoted words left out, speaks in the first person with no speaker named:
    a pitch or a column's voice, not a report's ("Biden: We will beat the virus" and "We will win,
    Trump says" name theirs). ``singular``: only "I", "me", "my": a newsroom's "what we know" is no
    one's own case."""
    title = _SINGLE_QUOTED.sub(" ", ANY_QUOTED.sub(" ", title))
    for voice in _FIRST_PERSON[singular].finditer(title):
        before = title[: voice.start()].split()[-1:]
        numeral = voice.group().startswith("I") and bool(before) and before[0][:1].isupper()
        if not (numeral and before[0] not in _BEFORE_I) and ":" not in title[: voice.start()]:
            return not speaker_named(title)
    return False


def speaker_named(title: str) -> bool:
    """Whether a title names someone as saying what it tells, by a verb of saying in any case."""
    return bool(SPEECH.search(title) or NAMES_A_SPEAKER.search(title))
