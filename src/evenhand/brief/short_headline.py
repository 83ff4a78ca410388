"""A short headline made from the lede where articles have no title: its main clause through the
deed, its object and what says who told it, at most about 14 words, cut at a phrase's end and never
inside a name, a list or a quotation."""

from __future__ import annotations

import re

from .. import lexicon
from .features import entities_in, numbers_in, words
from .segment import sentences_of
from .standalone import ANY_QUOTED, SPEECH
from .wording import (
    DAY_WORDS,
    PHOTO_PLACE,
    balanced_quotes,
)

_HEADLINE_WORDS = 14
# A headline that must keep a relative clause naming where the news happened may run to this many
# words to reach its main verb ("A man who had fired a gun inside a ticketing area at Houston's
# largest airport was killed …"), rather than stop inside the clause with nothing happening.
_HEADLINE_STRETCH = 18
_MIN_HEADLINE_WORDS = 5
# "About 14 words": a headline may run to this many to end where the lede ends, rather than cut what the
# deed was for or why (multinews-043's "... after falling 3,500 feet …" left out "during a skydiving accident").
_WHOLE_WORDS = 16
# How many words past the main verb a headline runs to close the verb's object, where a relative
# clause before it leaves no room under the stretch.
_OBJECT_REACH = 5
_CLAUSE_END = re.compile(r",\s|\s[—–-]{1,2}\s|;\s|:\s")
# Words that open a phrase: a long lede's headline is cut before one, so that it ends on a whole phrase.
_PHRASE_STARTERS = frozenset(
    """at in on for with by from into onto after before during against over under about as than while when where
    who whom whose which that and but or to of amid since until including following despite near across between
    through without within because""".split()
)
# A lede opening with a subordinate clause has no main clause before its first comma.
_SUBORDINATE = re.compile(
    r"^(?:According|As|If|When|While|After|Before|Although|Though|Because|Since|Despite|Amid|In|On|At|For|With|"
    r"Following|Ahead|Speaking|Asked|Unlike|Like)\b"
)
# An opening phrase of time, place or circumstance, or a concession ("In a briefing at the museum, ",
# "Although a pill remains a long way off, "): a headline tells the main clause after it. Not an
# attribution ("According to ...") nor a condition ("If ..."), without which the clause misleads.
_HEADLINE_INTRO = re.compile(
    r"^(?:In|On|At|During|Over|Within|After|Before|Since|Until|Earlier|Later|Last|This|Next|Early|Late|"
    r"(?:Moments|Minutes|Hours|Days|Weeks|Months|Shortly|Soon|Just|Right|Immediately) (?:after|before)|"
    # "Just over two weeks after the fatal shooting, and less than a month before an arrest was made, ..."
    r"(?:(?:Just|Only|About|Nearly|Almost|More than|Less than|Just over|Just under|Over|Under) )?"
    r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:and a half )?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:after|before)|"
    # "Flanked by his family and before Spain's Parliament, Felipe VI was ..."
    r"[A-Z][a-z]+ed by|"
    r"Although|Though|While|Despite|Amid|Following)\b[^,;:]{0,120},\s+"
    r"(?:and [^,;:]{0,80},\s+)?"
    # not a pronoun or another opening phrase, nor the rest of a place or a date ("In Washington, D.C.,
    # ...", "On Sunday, Jan. 5, ...")
    r"(?!(?:he|she|they|it|we|I|this|that|these|those|his|her|their|its|from|in|on|at|for|by|with|to|of)\b|\S+,|\d|(?:Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)"
)
# What follows an aside between commas when the sentence goes on to its verb.
_VERB_NEXT = (
    r"(?=(?:is|are|was|were|has|have|had|will|would|could|can|[a-z]+ed|[a-z]+s|"
    + "|".join(lexicon.IRREGULAR_PAST) + r")\b)"
)
# The subject's description between commas, before the verb: "Actor Christopher Lawford, the son
# of Peter Lawford and Patricia Kennedy, has died"; where it spoke ("President Trump, in a conference
# call with the governors, threatened ..."); its role ("Lisa Kendzior and Paul Petersen, local chapter
# leaders of the Survivors Network ..., said"); or its mood ("Donald Trump, angered over a ... retweet,
# called"): a headline names the subject and what happened. Not an exception, a condition, a measure or
# a time the claim holds at ("None, except for two deckhands, survived", "Tal, if convicted of fraud,
# faces", "Wages, adjusted for inflation, fell", "Diesel, as of June 3, was"): without them it misleads.
_ROLES = (
    "leaders? members? heads? chiefs? chair chairman chairwoman chairperson presidents? directors? founders? "
    "co-founders? spokesman spokeswoman spokesperson executives? managers? owners? editors? professors? "
    "lawyers? attorneys? advocates? organizers? organisers? authors? officials? representatives?"
).split()
_MOODS = (
    "angered incensed infuriated enraged frustrated irritated annoyed upset stung buoyed emboldened dogged "
    "haunted flanked surrounded accompanied"
).split()
_APPOSITION = re.compile(
    r"^((?:[A-Z][\w’'.-]*\s+|(?:and|of)\s+(?=[A-Z])){0,6}[A-Z][\w’'.-]*), (?:the|a|an|who|whose|in|at|during|speaking|"
    r"(?:" + "|".join(_MOODS) + r") (?:over|by|at|about|with|in)|"
    r"(?:[a-z][\w’'-]* ){0,2}(?:" + "|".join(_ROLES) + r") (?:of|for|at))\b"
    # a title it names may be quoted, its comma inside the marks ("the mind behind the film “You And
    # Me,” has confessed")
    r"(?:[^,;:\"“”]|[\"“][^\"“”]{1,80}[\"”])*?(?:, |(?<=,[\"”]) )" + _VERB_NEXT
)
# A relative clause between commas after the subject, whatever the subject's words: "One of the four
# “Zebra killers,” whose string of ... in the 1970s, was found dead": it describes, and the headline
# tells what happened. A quotation mark the first comma stands inside stays with the subject.
_RELATIVE_ASIDE = re.compile(
    r"^([A-Z][^,;:\"“”]{0,60}(?:[\"“][^,;:\"“”]{1,40})?),([\"”]?) (?:who|whose|which)\b[^,;:\"“”]*, "
    + _VERB_NEXT
)
# A participle phrase between commas after a subject, before its verb: "Several multi-vehicle crashes,
# involving as many as 100 cars ..., shut down the Pennsylvania Turnpike" (multinews-095).
# Not a phrase that qualifies the claim: "Retail sales, excluding autos and gasoline, rose ...".
_QUALIFYING = (
    "including according excluding barring pending regarding concerning following counting adjusting assuming "
    "depending notwithstanding considering starting beginning ending excepting"
).split()
_PARTICIPLE_ASIDE = re.compile(
    r"^([A-Z][^,;:\"“”]{0,60}), (?!(?:" + "|".join(_QUALIFYING) + r")\b)[a-z]{3,}ing\b(?:[^,;:\"“”]|,(?=\d{3}))*, "
)
# A relative clause between commas after an object, where the clause goes on after it to what the
# object is called ("called the test of the missile, which came as ..., a 'fiery, catastrophic'
# failure"): cut there, the headline would stop before it.
_INNER_RELATIVE = re.compile(r",\s(?:which|who)\s[^,;:\"“”]*,\s(?=(?:a|an)\s)")
# A list of what a thing includes between commas, where the thing goes on after it to whose it is
# ("the account information, including emails and passwords, of 117 million LinkedIn users",
# multinews-118): cut at its comma, the headline would not say whose.
_INNER_LIST = re.compile(r",\s(?:including|such as)\s[^;:\"“”]*?,\s(?=(?:of|belonging to)\s)")
# A subject of a few words and the relative clause that describes it, with no comma but between the
# words that describe a thing: "A man who ...", "Pro-Russian separatists who ...", "The number of
# advertisers who ...", "An imaginative, cavern-style house in Malibu that ...".
_SUBJECT_WHO = re.compile(
    r"^((?:An?|The) [a-z][\w’'-]*, [a-z][\w’'-]*(?: [\w’'-]+){0,3}|[A-Za-z][\w’'-]*(?: [\w’'-]+){0,5}) "
    r"(who|that) (?=[a-z])"
)
# Whom a clause defines, where without it the sentence tells of everyone ("those who are fully
# vaccinated will no longer ..."), and what a "that" tells the content of ("Claims that vaccines cause
# autism were rejected"): the clause is what the sentence says, not a description.
_DEFINED = frozenset(
    "those anyone anybody everyone everybody someone somebody people one all few many claims claim fears fear "
    "reports report news evidence warnings warning hopes hope signs concerns concern fact belief idea rumors "
    "rumours allegations allegation suggestions suggestion speculation".split()
)
# Who says what the rest of a lede tells, with no "that": "Authorities say a man who ..." (multinews-102).
_SOURCE_SAYS = re.compile(r"^[A-Z][\w’'-]*(?: [\w’'-]+){0,3} (?:say|says|said) (?!that\b)(?=[a-z])")
_MIN_CLAUSE_WORDS = 3
_CLAUSE_REACH = 16
_IN_VERB_GROUP = frozenset("least not also already just never still even have has had been be being to".split())
_AFTER_PARTICIPLE = frozenset("of by with in for as from on at".split())
# An aside set off by dashes after the subject: "Alan Thicke's sons -- Robin and Brennan -- believe
# ...": a headline names the subject and what happened, as with a description between commas.
_DASH = r"(?:\s+(?:--|—|–)\s+|—)"
_DASH_ASIDE = re.compile(r"^([^\"“”—–]{1,80}?)" + _DASH + r"[^\"“”—–]{1,160}?" + _DASH + r"(?=[a-z])")
# ... where what comes before it is a subject: no dateline ("PITTSFIELD —", "Gaza City, Gaza (CNN) --"), no
# verb ("The economy grew at a record pace in the third quarter—increasing 7.4% ...—recovering ..."), no
# word left open ("and—for the unluckiest few—difficulty breathing").
_DATELINE_WORD = re.compile(r"\b[A-Z]{3,}\b|\(|\b(?:and|or|but|of|for|to|the|a|an)$")
# ... and what follows it goes on with the subject's verb, not a phrase of the verb before it.
_GOES_ON_FROM = re.compile(r"[a-z]+ing\b")
# What a name stands for in short, or a lawmaker's party and state: "esophageal squamous cell carcinoma
# (ESCC)", "Mitch McConnell (R-Ky.)". The headline has the name; the letters add nothing to it.
_ABBREVIATED = re.compile(r"\s+\((?:[A-Z]{2,6}|[RDI]-[A-Z][A-Za-z.]{0,8})\)")
# The "that" after a verb of saying or finding, which a headline does without ("A judge ruled the
# case will go forward"): the word it takes goes to what was said.
_SAID_THAT = re.compile(
    # (not a word that may be a noun: "acknowledged reports that ...", "denied claims that ...")
    r"\b((?:said|says|announced|announces|reported|claimed|ruled|found|argued|argues|warned|warns|confirmed|"
    r"confirms|estimated|believes|believed|told (?:reporters|him|her|them|[A-Z]\w+))"
    r") that (?=[A-Z]|(?:the|a|an|it|he|she|they|his|her|their|its|there|more|most|after|when|if|once|since|"
    r"while|because|despite|as)\b)"
)
# A verb: a clause without one ("Actor Christopher Lawford, the son of ...", "Between November
# 2016 and October 2017") names someone or a time and tells nothing.
_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|don[’']t|"
    r"doesn[’']t|[a-z]{2,}ed|finds|shows|leads|trails|gives|faces|wants|plans|seeks|makes|takes|gets|wins|loses|"
    r"remains|becomes|cry|cries|estimates|predicts|expects|projects|calculates|"
    + "|".join(lexicon.IRREGULAR_PAST + tuple(v for v in lexicon.SPEECH_VERBS if " " not in v)) + r")\b"
)
# A comma inside a list ("used computers, monitors, TVs and cellphones"): no clause ends there.
_LIST_ITEM = r",\s(?:[\w’'-]+\s)?[\w’'-]+"
_LIST_GOES_ON = re.compile(_LIST_ITEM + r"(?:" + _LIST_ITEM + r")+,?\s(?:and|or)\s")
# ... or one item before the last, after another: "computers, monitors, TVs and cellphones"
_LIST_ENDS = re.compile(_LIST_ITEM + r",?\s(?:and|or)\s")
_LIST_BEGUN = re.compile(_LIST_ITEM + r"$")
# What is yet to happen: its day stays in the headline.
_PLANNED = re.compile(r"\b(?:will|would|shall|(?:set|expected|scheduled|due|plans?|planning) to)\b", re.I)
# Words that make a day part of a name ("Super Tuesday", "Black Friday").
_NAMED_DAYS = frozenset("Super Black Cyber Good Ash Easter Palm Bloody Holy Maundy Shrove Giving".split())
# When it happened, in a lede's words ("on Wednesday night", "Sunday afternoon", "late Tuesday").
_WHEN = re.compile(
    r",?\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:" + "|".join(day.capitalize() for day in lexicon.WEEK) + ")"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.;:]|$)"
    r"|\s+(?:earlier\s+|late\s+|early\s+)?(?:today|yesterday|tonight|last night|this (?:morning|afternoon|evening|week|"
    r"weekend))\b"
    r"(?![’']s\b)"  # "this week's issue" names the issue, not when it happened
)


def short_headline(lede: str) -> str:
    """A headline made from the lede where no article has a title: the lede itself when short, else
    its main clause, else its opening words and an ellipsis; at most ``_HEADLINE_WORDS`` words, or
    ``_WHOLE_WORDS`` where that ends the lede. A
    description of its subject between commas ("Judy Nir-Mozes, the wife of ..., was berated") or
    dashes ("Alan Thicke's sons -- Robin and Brennan -- believe"), where the page's photo shows
    someone ("(pictured)") and an opening phrase of time or circumstance ("In a briefing at the
    museum, ...") are left out first, then, where it is still too long, the day of its deed
    (:func:`_undated`), then where something was said (``_VENUE``: "confessed in this week's issue of
    ... to ..."); a clause that tells nothing happening (no verb) is no headline. A lede of two
    sentences gives its first, which stands alone."""
    first = _first_sentence(lede).strip()
    text = _ABBREVIATED.sub("", PHOTO_PLACE.sub("", first))
    text = _without_apposition(_without_dash_aside(text))
    text = _without_participle_aside(_RELATIVE_ASIDE.sub(r"\1\2 ", text, count=1))
    text = _INNER_RELATIVE.sub(" ", text, count=1)
    text = _SAID_THAT.sub(r"\1 ", _main_clause_first(text.rstrip(".")))
    whole = text
    # Each shortening only where those before it left the lede too long.
    for shorten in (
        lambda text: _INNER_LIST.sub(" ", text, count=1),
        lambda text: _SAID_THAT.sub(r"\1 ", _undated(text)),
        lambda text: _SAID_THAT.sub(r"\1 ", _VENUE.sub(r"\1", text, count=1)),
        _without_relative_clause,
    ):
        if len(words(text)) <= _HEADLINE_WORDS:
            return text
        text = shorten(text)
    if len(words(text)) <= _HEADLINE_WORDS:
        return text
    sourced = _with_its_source(whole)
    if sourced:
        return sourced
    cuts = [m.start() for m in _CLAUSE_END.finditer(text)]
    fitting = [
        text[:at] for at in cuts
        if _MIN_HEADLINE_WORDS <= len(words(text[:at])) <= _HEADLINE_WORDS and balanced_quotes(text[:at])
        and _VERB.search(ANY_QUOTED.sub(" ", text[:at])) and not _in_list(text, at) and not _sets_off_name(text, at)
        # (not the subject and an aside before its verb: "Most of the passengers rescued ..., officials said,
        # citing hospital records, were young children", review 51b)
        and not (_SAID_LAST.search(text, 0, at) and _VERB_AFTER_ASIDE.search(text, at))
    ]
    if fitting and not _SUBORDINATE.match(text):
        # A claim whose source the rest of the lede names is marked as cut: alone it reads as settled;
        # so is a clause the lede goes on from to another, or sets against one: "Republicans argue the
        # bill would provide greater election security" alone drops ", while Democrats charge ...".
        rest = text[len(fitting[-1]) :]
        return fitting[-1] + (" …" if _attributes(rest) or _ANOTHER_CLAIM.match(rest) else "")
    through = _through_main_verb(text)
    if through is not None:
        return through + " …"
    split = _relative_clause(text)
    # (not a teaser's lede, nor one a clause was taken from)
    may_be_whole = split is None and not first.endswith(("..", "…"))
    if split is not None:
        # The clause names where, but its main verb is out of reach: a headline cut inside the clause
        # ("Authorities say a man who was in a Colorado court …", multinews-102) tells nothing happening.
        text = split[0] + " " + split[2]
    cut = _phrase_cut(text.split())
    if _hollow(text, cut):
        cut = _phrase_cut(text.split(), limit=_HEADLINE_STRETCH - 1, beyond=len(cut.split())) or cut
    if not _VERB.search(ANY_QUOTED.sub(" ", cut)):
        cut = _through_the_deed(text.split(), len(cut.split())) or cut
    # Always marked: a cut before "after a nurse switched off his ventilator" leaves out the news
    # itself, and a headline with no ellipsis reads as the whole of it.
    if may_be_whole and _one_phrase_more(text, cut):
        return text
    return _named_clause(text, cut) or _reported_whole(text, cut) or cut + " …"


# Who the rest of the lede says the claim is from: "... than in other countries – proved for first time
# by new research by the University of Warwick" (multinews-042, reading 34l: the headline ended before it
# with no mark of the cut, a claim whole and unattributed).
_BY_STUDY = re.compile(r"\b(?:by|in|from|of|according to)\s+(?:(?:a|an|the|new|recent|latest)\s+)*"
                       r"(?:research|study|studies|survey|report|poll|analysis)\b", re.I)


# Who the lede says told its claim, after the comma that ends the claim's one clause: ", witnesses and
# police said", ", the army said Tuesday", ", according to the U.S. Labor Department". A headline cut before
# it prints one source's claim as settled (reading 50e, multinews-071: "thousands of anti-American
# protesters", where AP says hundreds). Not a pronoun the headline would leave pointing nowhere (", he
# said"), nor a clause of its own (", which officials said").
_SOURCE_VERBS = r"(?:said|says|say|reported|announced|confirmed)"
_TOLD_BY = re.compile(
    r",\s((?!(?:he|she|they|it|we|I|you|which|who|that|and|but|as|when|while|after|before|because|although)\b)"
    r"(?:according to [^,;:\"“”]{2,60}?|(?:[\w’'.-]+\s){1,5}?" + _SOURCE_VERBS + r"))"
    r"(?:\s+(?:on\s+)?(?:" + DAY_WORDS + r"|today|yesterday))?(?=,\s|$)"
)


def _with_its_source(text: str) -> str:
    """The lede's claim and who told it, word for word, where the claim is one main clause and the
    two fit in ``_HEADLINE_STRETCH`` words: "Police fired into the air to disperse thousands of
    protesters in Kabul Wednesday, witnesses and police said …". Else nothing."""
    told = _TOLD_BY.search(text)
    if told is None:
        return ""
    claim, source, rest = text[: told.start()], told.group(1), text[told.end() :]
    # (a comma inside a figure, "473,000", parts no clauses)
    one_clause = not re.search(r",(?!\d{3})|[;:()\"“”—–]|\s-{1,2}\s", claim) and not _SUBORDINATE.match(claim)
    last = claim.split()[-1]
    ends_whole = not (last.islower() and last in lexicon.STOPWORDS | _PHRASE_STARTERS)
    if not (one_clause and ends_whole and _VERB.search(claim)) or not _source_ends_claim(rest):
        return ""
    room = _HEADLINE_STRETCH - len(words(source))
    if len(words(claim)) > room and _done(claim):
        claim = _without_last_day(claim)
    if not _MIN_HEADLINE_WORDS <= len(words(claim)) <= room:
        return ""
    return f"{claim}, {source}" + (" …" if rest else "")


# A deed done, its subject and past verb side by side: "Police fired ...", "Two men were arrested ...", "A
# pilot flying into London reported ..."; not "The curfew imposed after the riots expires ..." (review 51b).
_PAST = re.compile(
    r"(?:\b[A-Z][\w’'.-]*|\b[a-z]{2,}s|\b(?:police|people|men|women|children))\s+"
    r"(?:was|were|had|did|[a-z]{3,}ed|" + "|".join(lexicon.IRREGULAR_PAST) + r")\b"
)
_NOT_DONE = re.compile(
    r"\b(?:is|are|am|has|have|will|would|shall|can|may|might|must|begins?|starts?|starting|ends?|opens?|takes?)\b",
    re.I,
)


def _done(claim: str) -> bool:
    return bool(_PAST.search(claim)) and not _NOT_DONE.search(claim)


def _without_last_day(claim: str) -> str:
    """The claim without the day it ends on ("... his plane Sunday afternoon"), which a brief's date
    gives; a day inside it stays ("suspended until Thursday after the storm")."""
    last = next((m for m in _WHEN.finditer(claim) if m.end() == len(claim)), None)
    before = claim[: last.start()].split()[-1:] if last else []
    if last is None or (before and before[0].lower() in _BOUNDS):
        return claim
    return claim[: last.start()]


# What may follow the source where the claim before it is a whole clause: "..., police said, with one person
# killed", "..., the board said, adding that ...", "..., though ...". Anything else may be the claim's verb,
# and what came before the source its subject ("The rumor that ..., the mayor said, is false"); so may a
# verb after an aside ("..., the mayor said, in a rare rebuke, are false", review 51b).
_AFTER_SOURCE = re.compile(
    r",\s+(?:with|and|but|as|after|in|on|at|amid|while|though|although|due|by|up|down|more|less|[a-z]{3,}ing)\b"
)
# What a lede goes on to after a clause: another claim joined to it, or one set against it.
_ANOTHER_CLAIM = re.compile(
    r"\s*;|\s*[,—–-]+\s*(?:and|but|while|whereas|yet|although|though|so|nor|even as|only to|not)\b"
    # ... or a count of some of them: ", 90 percent of whom were black" (reading 52c, multinews-046)
    r"|\s*,\s*(?:(?:about|some|nearly|almost|more than|over|most|many|half|all|\d[\d,.]*)\s+){1,3}"
    r"(?:percent\s+|%\s+)?of (?:whom|which|them)\b",
    re.I,
)
_VERB_AFTER_ASIDE = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b")
# A cut that ends on its source's verb.
_SAID_LAST = re.compile(r"\b" + _SOURCE_VERBS + r"$")


def _source_ends_claim(rest: str) -> bool:
    return not rest or (bool(_AFTER_SOURCE.match(rest)) and not _VERB_AFTER_ASIDE.search(rest))


def _attributes(rest: str) -> bool:
    return bool(SPEECH.search(ANY_QUOTED.sub(" ", rest)) or _BY_STUDY.search(rest))


def _reported_whole(text: str, cut: str) -> str:
    """The lede whole, where it has at most ``_HEADLINE_STRETCH`` words and the cut would end
    between a verb of saying and what was said ("The U.S. Defense Department called the test of the
    road-mobile missile a “fiery, catastrophic” …" never says what it called it)."""
    said = SPEECH.search(cut) or _RULED.search(cut)
    if len(words(text)) > _HEADLINE_STRETCH or said is None or _VERB.search(cut, said.end()):
        return ""
    return text


# A verdict's verb: "... ruled California's controversial “assault weapons” …" never says what was ruled
# (allsides-5980, review 51b).
_RULED = re.compile(r"\b(?:ruled|concluded|determined)\b(?!\s+to\b)")


def _one_phrase_more(text: str, cut: str) -> bool:
    """Whether the lede is about 14 words (``_WHOLE_WORDS``) and what the cut leaves out is one phrase
    with no verb of its own, which says what the deed was for, how or why: "A 16-year-old is on the mend
    after falling 3,500 feet …" (multinews-043) dropped "during a skydiving accident"."""
    rest = text[len(cut) :]
    return (
        len(words(text)) <= _WHOLE_WORDS and not _CLAUSE_END.search(rest) and not _VERB.search(rest)
        # (a feed's lede cut off with no mark: "... the release of jailed opposition leader Ada Lind from")
        and _last_word(text) not in lexicon.STOPWORDS
    )


def _named_clause(text: str, cut: str) -> str:
    """The lede whole, where it has at most ``_HEADLINE_STRETCH`` words, one clause, and a name
    only what the cut leaves out gives: "Orange is the New Black star Laverne Cox was announced …"
    never says as what (Madame Tussauds' first transgender wax figure)."""
    if len(words(text)) > _HEADLINE_STRETCH or _CLAUSE_END.search(text, len(cut)):
        return ""
    return text if entities_in(text[len(cut) :]) - entities_in(cut) else ""


def _sets_off_name(text: str, at: int) -> bool:
    """Whether the comma at ``at`` opens or closes a name set off after a description ("leads his
    Democratic challenger, Rep. Beto O’Rourke, by just 1 point"): what the sentence says of them
    goes on after it."""
    closes = _NAME_CLOSED.search(text[max(0, at - _NAME_REACH) : at]) and _GOES_ON.match(text, at + 1)
    return bool(closes or _NAME_SET_OFF.match(text + ",", at - len(_last_word(text[:at]))))


def _last_word(text: str) -> str:
    return text.rsplit(" ", 1)[-1]


# A description's name between commas: "challenger, Rep. Beto O’Rourke," (up to the comma that
# closes it), not an item of a list of names ("Britain, Canada, Italy").
_NAME = r"\b[a-z]+,\s(?:[A-Z][\w.’'-]*\s){0,3}[A-Z][\w’'-]*"
_NAME_SET_OFF = re.compile(_NAME + r"(?=,)")
_NAME_CLOSED = re.compile(_NAME + r"\Z")
# How far before a comma the name it closes is looked for.
_NAME_REACH = 80
# ... after which the sentence's predicate goes on: "..., by just 1 point" (not "..., conceding that").
_GOES_ON = re.compile(r"\s(?:by|in|on|at|to|with|for|from|over|against)\b")


def _in_list(text: str, at: int) -> bool:
    """Whether the comma at ``at`` parts the items of a list, where no clause ends."""
    return bool(_LIST_GOES_ON.match(text, at) or (_LIST_ENDS.match(text, at) and _LIST_BEGUN.search(text, 0, at)))


def _without_apposition(text: str) -> str:
    """The lede without its subject's description (``_APPOSITION``), unless the comma that seems to
    close it is inside a list ("Ada Wren, head of operations, services and sales at ..., said")."""
    match = _APPOSITION.match(text)
    if match is None or _LIST_ENDS.match(text, match.end() - 2) or _LIST_GOES_ON.match(text, match.end() - 2):
        return text
    return match.group(1) + " " + text[match.end() :]


def _without_dash_aside(text: str) -> str:
    """The lede without an aside set off by dashes after its subject (:data:`_DASH_ASIDE`)."""
    match = _DASH_ASIDE.match(text)
    if match is None:
        return text
    subject, rest = match.group(1), text[match.end() :]
    # not "Despite a high rate in April — ... — many employers ...", whose comma the aside stood for
    no_subject = bool(_SUBORDINATE.match(subject) or _DATELINE_WORD.search(subject)) or "," in subject
    if no_subject or _VERB.search(subject) or _GOES_ON_FROM.match(rest):
        return text
    return subject + " " + rest


def _without_participle_aside(text: str) -> str:
    """The lede without a participle phrase that describes its subject, where the subject has no verb
    of its own and the sentence's verb follows the phrase."""
    match = _PARTICIPLE_ASIDE.match(text)
    if match is None or _VERB.search(match.group(1)) or not _VERB.match(text, match.end()):
        return text
    return match.group(1) + " " + text[match.end() :]


def _without_relative_clause(text: str) -> str:
    """The lede without the relative clause that describes its subject, where its main verb follows
    it ("A man who had fired a gun inside a ticketing area at Houston's largest airport was killed
    after ..." -> "A man was killed after ..."): cut inside that clause, the headline would name
    someone and tell nothing of what happened."""
    split = _relative_clause(text)
    if split is None:
        return text
    subject, described, rest = split
    # A name the clause alone gives ("at Houston's largest airport", "in ... Donetsk") is where the
    # news happened: without it, "A man was killed ..." and "proclaimed the region ..." say where not.
    if entities_in(ANY_QUOTED.sub(" ", described)) - entities_in(subject + " " + rest):
        return text
    return subject + " " + rest


def _through_main_verb(text: str) -> str | None:
    """The lede cut where a phrase ends after the main verb that follows its subject's relative
    clause, within ``_HEADLINE_STRETCH`` words, where the clause stays (it alone names where)."""
    split = _relative_clause(text)
    if split is None:
        return None
    rest = split[2]
    verb = _VERB.match(rest)
    end = len(text) - len(rest) + (_verb_group_end(rest, verb.end()) if verb else 0)
    keep = len(text[:end].split())
    if keep >= _HEADLINE_STRETCH:
        return None
    tokens = text.split()
    cut = _phrase_cut(tokens, limit=_HEADLINE_STRETCH - 1, keep=keep)
    if len(cut.split()) > keep or keep >= len(tokens) or tokens[keep].lower() in _PHRASE_STARTERS:
        return cut
    # The verb's object opens after it: "... of Donetsk proclaimed …" never says what was proclaimed
    # (reading 38e, multinews-121), so the cut runs on to where the object's phrase ends, or is none.
    return _object_end(tokens, keep)


def _object_end(tokens: list[str], verb_end: int) -> str | None:
    """The lede cut where the first phrase after the main verb's object ends ("... proclaimed the region
    an independent republic"), within ``_OBJECT_REACH`` words, or None."""
    ends = (
        cut for cut in range(verb_end + 2, min(verb_end + _OBJECT_REACH, len(tokens) - 1) + 1)
        if tokens[cut].lower() in _PHRASE_STARTERS and tokens[cut - 1].lower() not in lexicon.STOPWORDS
    )
    return next((kept for cut in ends if balanced_quotes(kept := " ".join(tokens[:cut]))), None)


# A verb in the present that opens a relative clause: "a house that looks like ..."; after "that", only
# where an article or a preposition follows it ("that prices keep rising": "prices" is no verb).
_PRESENT_VERB = re.compile(r"(?!(?:" + "|".join(sorted(lexicon.STOPWORDS)) + r")\b)[a-z]{2,}s\b")
_PRESENT_THAT = re.compile(r"[a-z]{2,}s (?:like|a|an|the|on|in|at|to|as|for|with|from|over)\b")


def _relative_clause(text: str) -> tuple[str, str, str] | None:
    """The lede's subject, the relative clause that describes it and the rest from its main verb on
    ("A man", "had fired a gun ...", "was killed after ..."), where it has one; a source that says it
    opens the subject ("Authorities say a man", "who was in a Colorado court ...", "is in ...")."""
    source = _SOURCE_SAYS.match(text)
    if source:
        split = _relative_clause(text[source.end() :])
        return (source.group() + split[0], split[1], split[2]) if split else None
    match = _SUBJECT_WHO.match(text)
    if not match or _VERB.search(match.group(1)) or match.group(1).split()[-1].lower() in _DEFINED:
        return None  # "A circuit judge ruled that ...": what follows "that" is what was ruled
    clause = text[match.end() :]
    # The clause's own verb: a present one right after the pronoun ("that looks like ..."), which _VERB
    # does not know, or else the first _VERB ("had fired", "has been arrested").
    present = _PRESENT_VERB.match(clause) if match.group(2) == "who" or _PRESENT_THAT.match(clause) else None
    own = present or _VERB.search(clause)
    if not own:
        return None
    after = next((m for m in _VERB.finditer(clause, _verb_group_end(clause, own.end())) if _main_verb(clause, m)), None)
    described = clause[: after.start()] if after else ""
    if not after or len(words(described)) < _MIN_CLAUSE_WORDS or not balanced_quotes(described):
        return None
    if _SOURCE_TAG_BEFORE.search(described) and SPEECH.fullmatch(after.group()):
        return None  # the verb of the lede's source (", the harbour union said"), not the subject's (review 51b)
    return match.group(1), described, clause[after.start() :]


# A source's name after a comma, just before its verb of saying: "... ends Monday, the harbour union| said".
_SOURCE_TAG_BEFORE = re.compile(r",\s+(?:[\w’'.-]+\s+){0,5}$")


def _main_verb(clause: str, verb: re.Match[str]) -> bool:
    """Whether a verb after a relative clause is the sentence's own: not one the clause's verb group
    goes on to ("have at least temporarily cut"), nor a participle that describes ("accused of ...")."""
    before = clause[: verb.start()].split()[-1:]
    after = clause[verb.end() :].split()[:1]
    in_group = bool(before) and (before[0].endswith("ly") or before[0].lower() in _IN_VERB_GROUP)
    describes = verb.group().endswith("ed") and bool(after) and after[0].lower() in _AFTER_PARTICIPLE
    # "self-described" is no verb, and one far from the clause's start is another clause's
    near = len(words(clause[: verb.start()])) <= _CLAUSE_REACH and not clause[: verb.start()].endswith("-")
    return near and not in_group and not describes


def _verb_group_end(text: str, end: int) -> int:
    """Where a verb group that ends at ``end`` goes on to its last verb ("has been arrested")."""
    nxt = _VERB.match(text, end + 1) if end < len(text) and text[end] == " " else None
    return _verb_group_end(text, nxt.end()) if nxt else end


# Where something was said, between the verb of saying and what was said ("has confessed in this week's
# issue of The New Yorker to ...", "said in a joint statement that ..."): the headline tells what. Not
# where a word after it goes on describing it ("in a statement released by ...", "in a letter of ..."),
# nor where the venue is news itself ("in her concession speech", "in his resignation letter").
_VENUE = re.compile(
    r"\b((?:said|says|told|tells|wrote|writes|confessed|admitted|revealed|announced|conceded|acknowledged)"
    # (whom: "told CNN in an interview", "told reporters at a news conference")
    r"(?: (?:reporters|journalists|lawmakers|him|her|them|[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,2}))?)"
    r" (?:(?:in|at|during) (?:a|an|the|his|her|their|its|this week[’']s|[A-Z][\w’'.-]*[’']s) "
    r"(?!(?:[\w’'-]+ ){0,3}?(?:concession|resignation|farewell|victory|inaugural|acceptance|apology|eulogy|"
    r"retirement|campaign)\b)(?:[\w’'-]+ ){0,3}?"
    r"(?:statement|interview|issue|post|letter|essay|op-ed|column|tweet|e-?mail|video|speech|filing|memo|message|"
    r"news conference|press conference|press release|briefing|appearance|podcast|broadcast)"
    r"(?: (?:of|with|to|on|for) (?:the |a )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})?"
    r"|on (?:Twitter|Facebook|Instagram|X))"
    r"(?= (?:that|to|it|he|she|they|we|I|there|the|a|an|his|her|their|its|this|these|those|[A-Z][\w’'.-]*)\b)"
)


_BOUNDS = frozenset("from until till by since to between through before after".split())


def _undated(text: str) -> str:
    """The lede without the day it tells ("went to war Wednesday with Nordstrom"): a headline names
    the deed, and the brief is dated. The day a plan is for is its news ("will strike for a week on
    Monday"), and a day that is part of a name stays ("Super Tuesday", "the Sunday Times")."""
    def drop(match: re.Match[str]) -> str:
        before = text[: match.start()].split()[-1:]
        after = text[match.end() :].split()[:1]
        named = bool(set(before) & _NAMED_DAYS) or bool(after and after[0][:1].isupper())
        # "suspended until Thursday" is how long, not when: without its day, "until after the storm"
        bounds = bool(before) and before[0].lower() in _BOUNDS and not match.group().lstrip(", ").startswith("on ")
        return match.group() if named or bounds or _PLANNED.search(text, 0, match.start()) else ""

    return _WHEN.sub(drop, text)


def _first_sentence(lede: str) -> str:
    """A two-sentence lede's first sentence, where it ends on a full stop: after an ellipsis the
    sentence goes on ("Actor Christopher Lawford has died ... TMZ has confirmed"), and what
    follows it may be its source."""
    sentences = sentences_of(lede)
    first = sentences[0] if sentences else lede
    whole = first.endswith(".") and not first.endswith("..") and len(words(first)) >= _MIN_HEADLINE_WORDS
    return first if len(sentences) > 1 and whole else lede


def _main_clause_first(text: str) -> str:
    """The lede without its opening phrase of time or circumstance, where what follows it is enough
    words to be a headline."""
    match = _HEADLINE_INTRO.match(text)
    if not match or not balanced_quotes(match.group()):
        return text
    rest = text[match.end():]
    if len(words(rest)) < _MIN_HEADLINE_WORDS:
        return text
    return rest[:1].upper() + rest[1:]


# A phrase of time with no preposition before it ("... in mainland China a week from this Friday",
# "... next week"): a phrase's start, where a long lede's headline may end.
_TIME_PHRASE = re.compile(
    r"(?i:(?:a|an|one|two|three|four) (?:hours?|days?|weeks?|months?|years?) "
    r"(?:(?:earlier|sooner|later) than|from|after|before|later|ago)|"
    r"(?:next|this|last) (?:week|month|year|weekend|" + "|".join(lexicon.WEEK) + r"))\b"
)
# What opens a clause of its own, whose verb is not the sentence's.
_CLAUSE_OPENERS = frozenset(
    "who whom whose which that where when while whereas after before because since until if as".split()
)


def _through_the_deed(tokens: list[str], start: int) -> str:
    """The shortest cut that goes on past the first ``start`` words, which name no deed, to where
    a phrase ends after the sentence's verb, within ``_HEADLINE_STRETCH`` words: "Saturday's
    dedication of the National Museum ... brought together the president" (multinews-128); or
    none where a relative pronoun or a conjunction comes first (the verb would be its clause's: "the church
    where a gunman opened fire")."""
    reach = min(_HEADLINE_STRETCH, len(tokens))
    verb = next((at for at in range(start, reach) if _VERB.fullmatch(tokens[at].rstrip(",;:."))), None)
    if verb is None or {token.lower() for token in tokens[start:verb]} & _CLAUSE_OPENERS:
        return ""
    return next((cut for limit in range(verb + 2, reach) if (cut := _phrase_cut(tokens, limit, beyond=verb + 1))), "")


def _holds_on(tokens: list[str], cut: int) -> bool:
    """Whether the verb before ``cut`` needs the "to" after it: "are seeking …" and "was
    sentenced …" tell nothing of what."""
    return tokens[cut].lower() == "to" and tokens[cut - 1].lower().endswith(("ing", "ed"))


def _hollow(text: str, cut: str) -> bool:
    """Whether a headline cut from ``text`` stops inside a phrase: before the "of" or "to" that its
    verb or noun needs ("... were alerted to rising levels …", "... want …"), or mid-way ("... alerted
    to rising …", "... claimed the board's lawyer Olav Tal Brandt …")."""
    rest = text[len(cut) :].split()
    if not rest or not text.startswith(cut):
        return False
    if cut.endswith((",", ";", ":")):
        return False
    return rest[0] in ("of", "to") or rest[0].lower() not in _PHRASE_STARTERS


# What a verb's object opens with: "featuring two deaf-mute militants delivering a sign language message".
_OBJECT_OPENING = frozenset("a an the his her their its two three four five six seven eight nine ten".split())


def _participle_phrase(tokens: list[str], at: int) -> bool:
    """Whether a participle phrase opens at ``at``: "... two deaf-mute militants | delivering a sign
    language message" (multinews-030, reading 41a, cut "... militants delivering …"); a noun in -ing
    ("a Senate hearing on ...", "denied doing anything the ...") takes no object."""
    word = tokens[at]
    following = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
    return word.islower() and word.endswith("ing") and not word.endswith("thing") and len(word) > 5 and (
        following in _OBJECT_OPENING or following[:1].isdigit()
    )


# Prepositions of "in" and two words ("in connection with", "in response to"): a phrase does not end
# inside them. (After a noun, "response to" is no preposition: "the government's response to ...".)
_IN_PHRASES = frozenset(
    tuple(pair.split()) for pair in (
        "connection with", "response to", "addition to", "regard to", "relation to", "exchange for",
        "comparison with", "comparison to", "contrast to", "contrast with", "line with", "return for",
        "preparation for",
    )
)


def _phrase_cut(tokens: list[str], limit: int = _HEADLINE_WORDS - 1, keep: int = 0, beyond: int = 0) -> str:
    """The opening words of a long lede, cut where a phrase ends: before a preposition, a
    conjunction or a relative pronoun ("... sentenced a woman for trafficking" rather than
    "... for trafficking at"), never inside a quotation or parentheses, at most ``limit`` words
    (the ellipsis says the rest is in the lede) and at least the first ``keep``."""
    # A lede of few tokens can still count more words than a headline holds ("3:40" is two): the cut
    # stays inside it.
    limit = min(limit, len(tokens) - 1)
    least = max(_MIN_HEADLINE_WORDS, keep, beyond)

    def whole(cut: int) -> bool:
        kept = " ".join(tokens[:cut])
        return balanced_quotes(kept) and kept.count("(") == kept.count(")")

    # Where each time phrase opens, and the cuts inside it ("a day earlier | than planned" is no phrase end).
    phrases = {at: len(m.group(0).split()) for at in range(len(tokens))
               if (m := _TIME_PHRASE.match(" ".join(tokens[at : at + 4])))}
    timed = set(phrases)
    within = {at + k for at, n in phrases.items() for k in range(1, n)}

    ends = [
        cut for cut in range(limit, least, -1)
        if (tokens[cut].lower() in _PHRASE_STARTERS or cut in timed or _participle_phrase(tokens, cut))
        and cut not in within
        and tokens[cut - 1].lower() not in lexicon.STOPWORDS
        and not (tokens[cut].lower() == "of" and not tokens[cut - 1].endswith("ed"))
        and not tokens[cut - 1].endswith((",", ";", ":")) and whole(cut)
        # "between the ages of five and 11": a range or a list of figures is one phrase
        and not (tokens[cut].lower() in ("and", "or", "to") and numbers_in(tokens[cut - 1]))
        # "in connection | with the death of ...": a preposition of three words is one
        and not (tokens[cut - 2].lower() == "in" and (tokens[cut - 1].lower(), tokens[cut].lower()) in _IN_PHRASES)
    ]
    if ends and not _holds_on(tokens, ends[0]):
        return " ".join(tokens[: ends[0]])
    if beyond:
        return ""  # no phrase ends past ``beyond`` words: the shorter cut stands
    if keep:
        return " ".join(tokens[:keep])  # no phrase ends within the limit: the main verb ends it
    # A limit inside a quotation that closes soon after runs on to its close ("The station claimed it
    # had “just learned the names of the 4 pilots on board” …"), rather than stop before it opens.
    closing = next((
        cut for cut in range(limit + 1, min(_HEADLINE_STRETCH, len(tokens)))
        if whole(cut) and tokens[cut - 1].rstrip(",.;:")[-1:] in "\"”"
    ), None) if not whole(limit) else None
    cut = closing or next((cut for cut in range(limit, 0, -1) if whole(cut)), limit)
    # "... Trump's personal lawyer Michael" cuts a name in two: the name goes whole or not at all.
    named = cut
    while named > _MIN_HEADLINE_WORDS and tokens[named][:1].isupper() and tokens[named - 1][:1].isupper():
        named -= 1
    if named > _MIN_HEADLINE_WORDS and whole(named):
        cut = named
    if tokens[cut - 1].endswith(("'s", "’s")):
        # "... took a page out of President Trump’s" owns nothing: what it owns comes too, where it fits
        if cut < min(_HEADLINE_STRETCH, len(tokens)) and tokens[cut][:1].islower():
            return " ".join(tokens[: cut + 1]).rstrip(" ,;:—–-")
        cut -= 1  # ... or the possessor goes, name and all
        while cut > _MIN_HEADLINE_WORDS and tokens[cut - 1][:1].isupper():
            cut -= 1
    while cut > 1 and tokens[cut - 1].lower().strip(",;:") in lexicon.STOPWORDS:
        cut -= 1  # "... a drone had" reads as a cut sentence; "... a drone" as a shortened one
    return " ".join(tokens[:cut]).rstrip(" ,;:—–-")
