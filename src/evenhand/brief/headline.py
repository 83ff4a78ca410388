"""The headline: the best outlet title, or, where articles have none, a short headline made from
the lede (at most about 14 words), never a quotation fragment."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .. import lexicon
from ..model import Article, Fact
from .choose import previews
from .features import content_stems, count_updated, words
from .short_headline import short_headline
from .standalone import ANY_QUOTED, QUOTED_NAME_WORD, SPEECH
from .wording import (
    NAMES_A_SPEAKER,
    in_first_person,
    loaded_words,
    speaker_named,
    without_scoop,
)

# What an explainer's or an argument's title loses against a report's: about a third of its words
# telling the lede's news.
_EXPLAINER_COST = 0.3
# What each loaded word of a title costs it against the others.
_LOADED_COST = 0.1
# A title that looks ahead to its subject's deed ("Newsom to Sign Bill ...", "Senate Will Vote on
# ..."): stale where the lede tells the deed done ("... signing legislation on Tuesday"). Not a
# measure's aim ("Bill to Ban ...", "Plan to Cut ...").
_NOT_A_DOER = (
    "|".join(lexicon.MEASURES)
    + "|plan|deal|move|bid|push|effort|vote|order|proposal|rule|way|how|what|where|when|why|time|right|set|expected"
    + "|poised|plans?"
)
_TITLE_AHEAD = re.compile(
    r"(?i:\b(?!(?:" + _NOT_A_DOER + r")\b)[a-z]+\s+"
    r"(?:to|will|(?:(?:is|are) )?(?:set|expected|poised) to|plans? to)\s+)([A-Za-z]{3,})\b"
)
# A title that explains or argues ("What ... Tells Us About ...", "Why ... should ...", "How ...
# could ..."): an analysis's, where a report's title tells what happened.
_EXPLAINS = re.compile(r"^(?:What|Why|How)\s|\bHere['’]s (?:why|what|how)\b|\bHere are\b")
# A list article's title: "3 key moments in ...", "Five takeaways from ...", "10 things to know about ...".
_LISTS = re.compile(
    r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few)\s+(?:[\w’'-]+\s+)?"
    r"(?:moments|takeaways|things|questions|lessons|ways|reasons|facts|highlights|details|winners|losers|signs|"
    r"tips|surprises|revelations|key points|bombshells|quotes|charts|numbers)\b"
    # ... what the list is of, or nothing: not "Two winners share record jackpot"
    r"(?=\s+(?:in|from|of|about|on|to|for|that|we|you)\b|\W*$)",
    re.I,
)
# A title that tells its reader what to do or feel ("... Here's why you shouldn't panic"): a
# columnist's advice, not the news, whatever it shares with the lede.
_ADVISES = re.compile(
    r"\byou (?:should|shouldn['’]t|need to|must|can['’]t afford to)\b"
    # ... or tells its reader what to do, in any of its sentences: "Don't Kill Remote Learning", "Stop
    # listening to the CDC" (allsides-5932, 5825: columns' calls heading briefs of columns), "Election
    # results are delayed again. Get used to it" (reading 37e, neus-val-0239)
    r"|(?:^|[.!?:]\s+)(?:Don['’]t|Do not|Stop|Let['’]s|Let us|Never|Quit|Forget|Get (?:used to|ready|over)|Brace)\s",
    re.I,
)
# ... or that gives the writer's own verdict as its predicate: "Oversight Board Is Wrong to Uphold
# Facebook's Suspension of Trump" (allsides-6069, an op-ed's, headed the brief over Pew's report), "...
# Ban Over Weed Is America's Fault", "... Is Dangerous Nonsense"; not a verdict the title reports
# ("Supreme Court rules school wrong to punish ...", "Court Says Ferry Board Was Wrong to ...").
_TITLE_VERDICT = re.compile(
    r"\b(?:is|are|was|were)\s+(?:(?:so|very|just|simply|dangerous|utter|complete)\s+)?"
    # (and "Bill de Blasio is right: Remote learning should be done away with", allsides-5932's column)
    r"(?:(?:wrong|right)(?:\s+to\b|\s*:)|(?:nonsense|a (?:disgrace|travesty|mistake|farce|scandal)|"
    r"(?:the\s+)?(?:\w+\s+){0,2}?\w+['’]s\s+fault)\b)"
    # ... or passes it on what it has just told: "..., And It's Reprehensible" (neus-val-0228, a column's)
    r"|(?:^|[,.;:!?—–-]\s*|\band\s+)(?:it|this)(?:['’]s|\s+is)\s+(?:(?:so|very|just|simply|utterly)\s+)?"
    r"(?:reprehensible|shameful|disgraceful|outrageous|unacceptable|disgusting|absurd|ridiculous|indefensible)\b",
    re.I,
)
# A title that opens on what would follow if something happens: "If Democrats take House, Trump
# impeachment will be a priority" (neus-val-0117): a guess, where another title reports (not "Iran
# says it will retaliate if ...", nor "Supreme Court will decide if ...").
_CONDITIONAL = re.compile(r"^If\b")
# A title that ends on a question or an exclamation, a full stop after it or not ("... CNN's megaphone?.").
_ENDS_ASKING_OR_EXCLAIMING = re.compile(r"[?!]\.?\s*$")
_ENDS_ASKING = re.compile(r"\?\.?\s*$")
# "... Trump just reversed that..": a slip of the source's, not an ellipsis.
_DOUBLED_STOP = re.compile(r"(?<=[^.])\.\.\s*$")
# A title's closing verdict on the deed it reports: "Simone Biles withdraws from Olympics team final
# after vault miss, proving she's the GOAT" (allsides-5826, a column's). The brief's headline is the report.
_JUDGING_TAIL = re.compile(r",\s+(?:proving|showing|confirming|proof)\b[^,]*$")


# A title that counts its news among earlier ones: "Another Group of Scientists Calls for ..." (reading 46e,
# allsides-6041): which others, only the outlet's earlier stories say; a title that tells it alone heads the brief
# (not a count of more: "Another 6.6 million Americans filed for unemployment benefits last week").
_ANOTHER = re.compile(r"(?:Yet )?Another\b(?!\s+[\d$£€])")
_ANOTHER_COST = 0.6


def choose_headline(
    articles: Sequence[Article], facts: Sequence[Fact], lede: Fact | None, columns: Sequence[bool],
    cited: Collection[int],
) -> tuple[str, int | None]:
    """The brief's headline and the article whose title it is (None where it is made from the lede):
    the title that tells most of what the lede and first facts tell, no column's (``columns``), no
    question where the lede states the news, no quotation fragment, and none that shares no word
    with them from an article not ``cited`` for them; where no title will do, a short headline
    made from the lede."""
    focus: set[str] = set()
    for fact in ([lede] if lede else []) + list(facts[:4]):
        focus |= content_stems(fact.text)
    best: tuple[float, str, int | None] = (-9.0, "", None)
    told = " ".join(article.text for article in articles).lower()  # what the titles' quoted words are sought in
    called = [name for article in articles for name in _called_names(article.text)]
    for i, article in enumerate(articles):
        title = _JUDGING_TAIL.sub("", unstopped(_DOUBLED_STOP.sub(".", without_scoop(article.title.strip()))))
        n = len(words(title))
        if not title or n < 3 or n > 24 or columns[i]:
            continue
        terms = content_stems(title)
        if focus and not terms & focus and i not in cited:
            # another story of the day, from an article the brief cites for nothing: "2020 Democrats slam
            # Trump over Syria" over a lede on Warren's night at the same debate (neus-val-0044)
            continue
        if _LISTS.match(title):
            continue  # "3 key moments in ...": a list the brief does not give
        score = len(terms & focus) / max(len(terms), 1)
        guessing = _CONDITIONAL.match(title) and not NAMES_A_SPEAKER.search(title)
        if _ENDS_ASKING_OR_EXCLAIMING.search(title) or guessing or _quotes_untraced(title, told):
            score -= 0.6
        if _quotation_fragment(title) or (lede and _ENDS_ASKING.search(title)) or _ADVISES.search(title):
            continue  # a quotation fragment is not a headline, nor a question or advice where the lede states the news
        if _writers_verdict(ANY_QUOTED.sub(" ", title)) or in_first_person(title):
            continue
        if lede and count_updated(lede.text, title):
            continue  # the figure of an earlier stage: "12 injured" where the lede tells it rose to 19
        if lede and _told_done(title, lede.text):
            continue
        if _drops_who_calls_it(title, called):
            continue
        if _EXPLAINS.match(title):
            score -= _EXPLAINER_COST
        if _ANOTHER.match(title):
            score -= _ANOTHER_COST
        if ":" in title or "…" in title:
            score -= 0.1
        # An outlet's emotive or partisan words ("slams", "purge", "censor") are its framing: a plainer
        # title that tells as much heads the brief (issue 7: the plainest words).
        score -= _LOADED_COST * loaded_words(title)
        if score > best[0]:
            best = (score, title, i)
    if best[1]:
        return best[1], best[2]
    if lede:
        return short_headline(lede.text), None
    # No title will do and nothing leads: the first title still says what the story is, as its outlet's
    # (the brief marks a column's as such).
    titled = next((i for i, article in enumerate(articles) if article.title.strip()), None)
    return (unstopped(articles[titled].title.strip()), titled) if titled is not None else ("", None)


# Who gives a verdict a title reports: "Court Says ...", "Judge Rules ...", "Inquiry Finds ...", "Court: ...".
_VERDICT_GIVER = re.compile(
    r"\b(?:says?|said|rules?|ruled|finds?|found|concludes?|concluded|decides?|decided)\b|:", re.I
)
# A call a title makes in its own voice: "The Government Should Stop Telling Facebook To Suppress
# COVID-19 'Misinformation'" (an argument's title, over allsides-5852's news lede, reading 39b), not one
# it reports ("Court Says State Should Redraw Map", "..., Judge Rules", "Biden: Congress should act"), a
# poll's question ("divided on whether ... should"), a question or a condition ("Should the board fall,
# ..."); an order is news ("Ferry line must refund passengers").
_TITLE_CALL = re.compile(r"(?<!^)\b(?:should|shouldn['’]t|ought to)\b(?!-)", re.I)
_TITLE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Words a title quotes: "NYC mayoral race thrown into disarray after 'test' ballots counted; 'foolishness'
# blamed on election board" (allsides-5906, reading 42b: no article's text says who called it that).
_TITLE_QUOTE = re.compile(r"[\"“]([^\"“”]{2,60})[\"”]|(?<!\w)['‘]([^'‘’]{2,60})['’](?!\w)")


def _quotes_untraced(title: str, told: str) -> bool:
    """Whether a title quotes words that the articles' texts (``told``, in lower case) do not give,
    naming no one who said them: whose they are, the brief cannot show ("Trump: ...", "..., Biden
    says" name theirs)."""
    if ":" in title or speaker_named(title):
        return False
    return any(
        (quoted := (m.group(1) or m.group(2)).strip().lower()) and quoted not in told
        for m in _TITLE_QUOTE.finditer(title)
    )


# A fact-check's ruling on a claim: "No, emails to Dr. Anthony Fauci don’t show ...", "Yes, ...", "False: ..."
# (allsides-5986, reading 47e: Poynter's title headed the brief as its own verdict); or the insinuation
# that answers it: "... Raise Disturbing Questions of Federal Foreknowledge" (allsides-5942, beside Snopes's
# "No, the Jan. 6 Attack on the Capitol Wasn’t an FBI False Flag").
_RULING = re.compile(
    r"^(?:No|Yes|Nope|False|True|Fact[ -]check|Misleading)(?:\s*[,:!]|\s+[—–-])\s*\S"
    r"|\braises?\s+(?:disturbing|troubling)\s+questions\b",
    re.I,
)


# What an outlet tells as someone's word for a thing: "conducting what Russian officials call its largest
# exercise in the Pacific since the end of the Cold War", "what critics called a dangerous precedent".
_CALLED = re.compile(
    r"\b[Ww]hat\s+(?:[\w’'.-]+\s+){1,5}?(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed|"
    r"labels?|labell?ed|touts?|touted|bills?|billed)\s+(?:as\s+)?([^,.;:!?\"“”()]{3,120})"
)
# ... and a title that tells whose name for it it is: "... what it calls its largest ...", "Russia says ...".
_CALLED_IN_TITLE = re.compile(
    r"\b(?:calls?|called|describes?|described|terms?|termed|dubs?|dubbed|labels?|labell?ed|touts?|touted|bills?|"
    r"billed|claims?|claimed|says?|said|according)\b|:",
    re.I,
)
# A word that ranks or judges what it names ("its largest exercise", "a historic deal"), where "what
# meteorologists call a heat dome" only names it.
_JUDGES = re.compile(
    r"[a-z]+est|most|least|first|only|best|worst|record|historic|unprecedented|landmark|massive|huge|major|"
    r"dangerous|deadly|illegal|unconstitutional|radical|extreme|extremist"
)
# How much of what is called so a title must tell to tell it: most of it.
_CALLED_SHARE = 0.5


def _called_names(text: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """What an article tells as someone's judgement of a thing ("what Russian officials call its largest
    exercise ..."): the words of each, and the word that ranks or judges (``_JUDGES``, a loaded word):
    none in "what he called the 1776 Commission", "what is called the Dobbs ruling", "what forecasters
    call a heat dome" (review 52c)."""
    named = []
    for match in _CALLED.finditer(text):
        word = " ".join(match.group(1).split()[1:2]).strip("'‘’")
        head = content_stems(word) if _JUDGES.fullmatch(word) or word in lexicon.LOADED else frozenset()
        named.append((content_stems(match.group(1)), head))
    return named


def _drops_who_calls_it(title: str, called: Sequence[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether a title tells as fact what an article tells as someone's judgement of it (``called``:
    :func:`_called_names`): "Russia Conducts Largest Navy Exercise Since Cold War" where the articles
    say "what Russian officials call its largest exercise ... since the end of the Cold War" (reading
    52b, allsides-5949): the word that judges ("largest") and most of the rest."""
    if _CALLED_IN_TITLE.search(title):
        return False
    terms = content_stems(title)
    return any(
        head and head <= terms and len(name & terms) >= max(2, _CALLED_SHARE * len(name)) for name, head in called
    )


def _writers_verdict(title: str) -> bool:
    if _RULING.search(title) and not NAMES_A_SPEAKER.search(title):
        return True
    verdict = _TITLE_VERDICT.search(title)
    # "It's shameful, Pope says ...": a verdict someone the title names gives, after it or before
    given = verdict is not None and (_VERDICT_GIVER.search(title, 0, verdict.start()) or NAMES_A_SPEAKER.search(title))
    return (verdict is not None and not given) or _writers_call(title)


def _writers_call(title: str) -> bool:
    if _VERDICT_GIVER.search(title) or SPEECH.search(title) or "whether" in title.lower():
        return False
    return any(_TITLE_CALL.search(part) for part in _TITLE_SENTENCE.split(title) if not part.rstrip().endswith("?"))


def _told_done(title: str, lede: str) -> bool:
    """Whether a title looks ahead to a deed the lede tells done: "... to Sign Bill" above "...
    signing legislation on Tuesday"."""
    ahead = _TITLE_AHEAD.search(title)
    if ahead is None or previews(lede):
        return False
    verb = ahead.group(1).lower().removesuffix("e")
    return re.search(rf"\b{re.escape(verb)}e?(?:d|ing)\b", lede, re.I) is not None


# A title opening on a quoted name of two words or more that it goes on after ("'NBC Nightly News'
# under fire for ..."): the quotation names something, and the title says what happened to it.
# A quoted word or phrase that is no name ("'Delighted' Trump made no move ...", "'Mean drunk'
# Kavanaugh ...") is one outlet's characterization: a quotation still.
_QUOTED_NAME = re.compile(
    rf"^[\"“‘']{QUOTED_NAME_WORD}(?: {QUOTED_NAME_WORD}){{1,5}}[\"”’'](?=\s)\s+(?:\S+\s+){{2,}}\S"
)


def _quotation_fragment(title: str) -> bool:
    """Whether a title is someone's words, not a headline: it opens on a quotation mark, unless
    the quotation is a name it goes on after."""
    return title[:1] in "\"“‘'" and not _QUOTED_NAME.match(title)


def unstopped(title: str) -> str:
    """A title without the full stop some sources close it with ("Trump responds after North Korea
    threatens hydrogen bomb test."): a headline has none. An abbreviation keeps its own ("U.S.")."""
    if not title.endswith(".") or title.endswith(".."):
        return title
    last = title.split()[-1]
    # "U.S.", "a.m.", "Inc.", "John F." ("... 17 Republicans vote no." and "... to 5.4%." end on a word)
    dotted = re.fullmatch(r"(?:[A-Za-z]{1,3}\.){2,}|[A-Z]\.", last)
    if dotted or last[:-1].lower() in lexicon.ABBREVIATIONS - lexicon.BEFORE_A_FIGURE:
        return title
    return title[:-1]
