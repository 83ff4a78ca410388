"""The answer of the party a brief's claims are against: printed after the claim it answers, so that a
brief does not give one side's charge alone; and whether a party's silence a sentence tells is answered
elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..model import Sentence
from .choose import introduced
from .features import content_stems, last_names, stem, words
from .rank import FactGroup
from .standalone import ANY_QUOTED, attributed
from .wording import said

_DENIAL = re.compile(r"\b(?:" + "|".join(lexicon.DENIALS) + r")\b", re.I)
_CHARGE = re.compile(r"\b(?:" + "|".join(lexicon.CHARGES) + r")\b", re.I)
_CHARGING = re.compile(r"\b(?:alleg(?:e|es|ing)|accus(?:e|es|ing)|claim(?:s|ing))\b", re.I)
_POSSESSIVE_OPENING = re.compile(r"[\"“]?([A-Z][a-z]+)['’]s\b")
_FOR_SPEAKER = re.compile(r"\s+(?:[a-z]+\s+)?(?:" + "|".join(lexicon.SPOKESPEOPLE) + r")\b", re.I)
_SPEAKING_FOR = re.compile(
    r"\b(?i:" + "|".join(lexicon.SPOKESPEOPLE) + r")\s+(?:for|of)\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)"
)
_ANSWERING = re.compile(r"\b(?:" + "|".join(lexicon.ANSWER_VERBS) + r")\b")
_SPOKESPERSON = re.compile(r"\b(?:" + "|".join(lexicon.SPOKESPEOPLE) + r")\b", re.I)
# An answer is looked for among this many of the best facts for each one printed, and takes up
# this many of its claim's words or figures.
_REPLY_REACH = 3
_ANSWER_SHARES = 2
# Who is told of, not what is claimed: "the widow's attorney" shares no claim with "his widow, ...,
# is greedy" (a sentence's words are stemmed, as Sentence.content holds them).
_WHO_SPEAKS = frozenset(stem(w) for w in (*lexicon.ROLES, "lawyer", "statement", "widow", "said", "says"))


def with_reply(
    printed: Sequence[FactGroup], ranked: Sequence[FactGroup], sentences: Sequence[Sentence], texts: Sequence[str]
) -> list[FactGroup]:
    """The printed facts with the answer of the party their claims are about, where they print a
    claim against a named party and none of its answer ("Martin paid a $9 million bribe ..." and not
    "Sargeant's lawyers insist the $9 million was payment to ... and deny any wrongdoing"): the
    answer, from among the best facts, is printed right after the claim it answers, in the place of
    the least of the facts after the lede; the accused's own denial of the deed too
    (:func:`_answers_in_person`). An answer to a claim the brief does not print ("has never
    threatened to take private family matters public" where only a threat to challenge a prenup is
    printed) would read as denying another, and is not printed. The fact given up is the least one
    that no other fact leans on for who someone is (``texts``: the articles', :func:`introduced`)."""
    if len(printed) < 2:
        return list(printed)
    charges = [g for g in printed if _CHARGE.search(ANY_QUOTED.sub(" ", sentences[g.rep].text))]
    charged, accusers = _parties([sentences[g.rep] for g in charges])

    def in_person(s: Sentence) -> FactGroup | None:
        return next((c for c in charges if _answers_in_person(s, sentences[c.rep], texts)), None)

    def answer_to(s: Sentence) -> FactGroup | None:
        if _answers(s, charged, accusers):
            return next((c for c in charges if _answers_for(s, sentences[c.rep])), None)
        return in_person(s)

    if any(_answers(sentences[g.rep], charged, accusers) or in_person(sentences[g.rep]) for g in printed):
        return list(printed)
    for g in ranked[: _REPLY_REACH * len(printed)]:
        s = sentences[g.rep]
        if g in printed or any(s.overlaps(sentences[p.rep]) for p in printed):
            continue
        answered_charge = answer_to(s)
        if answered_charge is None:
            continue
        # The least fact gives way, unless another names someone it introduced: then the next least
        # (multinews-140: "... a Pentagon audit requested by Waxman ..." stayed where "A congressional
        # probe led by Rep. Henry Waxman ..." gave way to the answer).
        for least in sorted((f for f in printed[1:] if f is not answered_charge), key=lambda f: f.score):
            kept = [f for f in printed if f is not least]
            at = kept.index(answered_charge) + 1
            replied = [*kept[:at], g, *kept[at:]]
            if len(introduced(replied, sentences, texts)) == len(replied):
                return replied
        return list(printed)
    return list(printed)


def _parties(claims: Sequence[Sentence]) -> tuple[frozenset[str], frozenset[str]]:
    """Whom the claims are against (whom each accuses and everyone else it names) and who makes them: an
    accuser's spokesperson is no answer for the accused (review 48b's B1)."""
    charged: set[str] = set()
    accusing: set[str] = set()
    for claim in claims:
        accused = _accused(claim.text)
        accusers = _accusers(claim.text) | (_victims(claim.text) - accused)
        charged |= (claim.entities - accusers) | accused
        accusing |= accusers
    return frozenset(charged), frozenset(accusing - charged)


# Whom the deed was done to: "charged Dan Reyes with assaulting Maria Lopez" (their lawyer is no answer for Reyes).
_VICTIM = re.compile(
    r"\b(?:with|of|for)\s+(?:\w+ly\s+)?(?:assault|attack|kill|murder|rap|stalk|abus|defraud|threaten|harass|shoot|stabb|"
    r"kidnapp|beat|rob|sexually\s+assault)ing\s+(?:[a-z]+\s+){0,3}?(" + r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)")


def _victims(claim: str) -> frozenset[str]:
    return frozenset().union(*(last_names(m.group(1)) for m in _VICTIM.finditer(claim)))


def _answers_for(answer: Sentence, claim: Sentence) -> bool:
    """Whether a spokesperson's answer answers this claim: for its party, in its words (not another
    printed claim's that shares "city" and "firm", review 49b's B11)."""
    return _answers_claim(answer, claim) and _answers(answer, *_parties([claim]))


def _answers_claim(answer: Sentence, claim: Sentence) -> bool:
    """Whether an answer takes up what the claim says: two of its words or figures, names apart
    ("the $9 million ... payment ... company" to "paid a $9 million bribe ... his company's")."""
    shared = (answer.content - answer.entities) & (claim.content - claim.entities) - _WHO_SPEAKS
    return len(shared) + len(answer.numbers & claim.numbers) >= _ANSWER_SHARES


def _answers_in_person(s: Sentence, claim: Sentence, texts: Sequence[str]) -> bool:
    """Whether the party a claim accuses answers it in person, denying the deed in the claim's words or
    names: "John Kerry ... said on Monday that he had never discussed covert Israeli airstrikes in Syria
    with Iran's foreign minister" after calls to "investigate John Kerry over accusations that he told
    Iran about Israeli military operations" (neus-val-0023, reading 48d). Only the accused: not a
    victim, a witness or the accuser named in the claim (review 48d), nor a namesake; and only a denial
    of their own deed, not "she would never resign" or "he had not yet decided" (reviews 48b, 48d)."""
    speaker, what = said(s.text)
    denial = _OWN_DENIAL.match(what)
    if not speaker or denial is None or not speaker <= _accused(claim.text):
        return False
    if _unknown_first_name(s, claim, texts, speaker):
        return False
    owner = _POSSESSIVE_OPENING.match(s.text)
    if owner and not _FOR_SPEAKER.match(s.text, owner.end()):
        return False  # "Voss's brother said he had never ...": not Voss
    clause = what[denial.end() :]
    if not _denies_the_deed(denial, clause, claim):
        return False
    if _other_gender(denial.group(0), texts[claim.article]):
        return False
    shared = content_stems(clause) & content_stems(claim.text) - speaker - _WHO_SPEAKS - _CHARGE_STEMS
    names = _name_runs(clause) & _name_runs(claim.text)
    return len(shared) >= _ANSWER_SHARES or len(names) >= _ANSWER_NAMES


_CHARGE_STEMS = frozenset(stem(w) for w in lexicon.CHARGE_WORDS)
_DEEDS = frozenset(stem(w) for w in lexicon.DENIED_DEEDS)
# "had never worked harder", "never felt more confident": a boast, no denial.
_COMPARATIVE = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:more|less|harder|better|worse|so|as|happier|prouder)\b", re.I)
_NOT_A_DEED = frozenset({"ever", "once", "even", "at", "all", "in", "fact"})
_FAILING = re.compile(r"\bfail(?:ed|ing|ure|s)?\s+to\b", re.I)


_DENIED_WHAT = re.compile(
    r"\s*(?:(?:any|all|ever|that|it|them|wrongdoing)\b|(?:the|these|those)\s+(?:\w+\s+){0,2}?"
    r"(?:charges?|accusations?|allegations?|claims?|reports?)\b|(?:ever\s+|having\s+)?(?P<deed>\w+ing)\b)", re.I)


def _denies_the_deed(denial: re.Match[str], clause: str, claim: Sentence) -> bool:
    """Whether what the denial negates is a deed: "denied ...", or a verb of the claim's or of a deed's
    ("never discussed"), not the charge itself ("was not formally charged", review 49a's B1)."""
    claimed = content_stems(claim.text)
    if "den" in denial.group(0).lower():
        what = _DENIED_WHAT.match(clause)
        if what is None:
            return False  # "she denied the council's request": a refusal, no denial
        gerund = what.group("deed")
        return gerund is None or stem(gerund) in _DEEDS or stem(gerund) in claimed
    if _COMPARATIVE.match(clause) or _FAILING.search(claim.text):
        return False  # a boast; or charged with "failing to pay", "he had not paid the taxes" admits it
    # the verb the negation governs, past its adverbs ("never knowingly paid"), not a later word ("never
    # reported the bribes")
    first = next((w for w in words(clause) if w.lower() not in _NOT_A_DEED and not w.lower().endswith("ly")), "")
    deed = stem(first)
    if deed in _CHARGE_STEMS or not (deed in _DEEDS or deed in claimed):
        return False
    # a deed in other words than the claim's takes up its object: "never discussed covert Israeli airstrikes"
    # for "told Iran about Israeli ...", not "never told anyone he would run"
    after = [stem(w) for w in words(clause.split(first, 1)[-1]) if w.lower() not in lexicon.STOPWORDS][:3]
    return deed in claimed or any(w in claimed for w in after)


def _other_gender(denial: str, article: str) -> bool:
    """Whether the denial's pronoun is not the one the claim's article uses for its party ("her brother's
    firm" and "he had never ...": the brother's words, review 49a)."""
    told = denial.lower().split()
    pronoun = told[1] if told[0] == "that" else told[0]
    his, hers, theirs = bool(_HIS.search(article)), bool(_HERS.search(article)), bool(_THEIRS.search(article))
    if pronoun == "they":
        return (his or hers) and not theirs  # "Voss said they had never told her ...": her staff
    return (pronoun == "he" and hers and not his) or (pronoun == "she" and his and not hers)


_HIS = re.compile(r"\b(?:he|his|him)\b", re.I)
_HERS = re.compile(r"\b(?:she|her|hers)\b", re.I)
_THEIRS = re.compile(r"\b(?:they|their|them)\b", re.I)


# A denial of one's own deed, opening what the party said: "he had never discussed ...", "she denied ...";
# not what is not yet so or not known ("he had not yet decided", "was not aware", "did not only ..."), nor a
# refusal ("she would never resign").
_OWN_DENIAL = re.compile(
    r"(?:that\s+)?(?:he|she|they)\s+(?:(?:\w+ly\s+)?den(?:y|ies|ied)\b|"
    r"(?:(?:had|has|have|did|does|do|was|were|is|are)\s+)?(?:n['’]t|not|never)\b"
    r"(?!\s+(?:yet|only|been|aware|sure|certain|decided|recall|remember)\b))",
    re.I,
)
_NAME = r"(?:[A-Z][\w’'.-]*\s+(?:of\s+(?=[A-Z]))?){0,4}[A-Z][\w’'-]*"
# Whom a claim accuses: the object of an active "accused", "charged", "sued", "indicted", "investigate"
# ("Sen. Ron Hale accused Mayor Ina Voss of ...", "calls to investigate John Kerry over ..."), the subject
# of a passive one ("Mayor Ina Voss was formally charged ...", "was arrested and charged", "is accused by
# ... of") or of "faces charges". Not the accuser ("was sued by Ron Hale") nor whom the charge names
# ("charged Dan Reyes with assaulting Maria Lopez"), nor a name in a relative clause ("..., who sued ...,").
_ACCUSED = re.compile(
    r"(?:\b(?:accus|charg|su|indict|investigat)(?:e|es|ed|ing)|\b(?:investigation|probe|inquiry)\s+(?:of|into)|"
    # ... or whom those who bring the case say did it: "Prosecutors say Mayor Ina Voss ran an alleged ..."
    r"\b(?:[Pp]rosecutors|[Pp]olice|[Ii]nvestigators|[Aa]uthorities|[Tt]he (?:lawsuit|complaint|indictment|suit))"
    r"\s+(?:say|said|allege[sd]?|claim(?:s|ed)?)(?:\s+that)?)\s+(?P<object>" + _NAME + r")"
    r"|(?<![\w’'.-])(?P<subject>" + _NAME + r")(?:,[^,]{1,80},)?\s+"
    r"(?:(?:was|were|is|are|(?:to\s+)?be|been|being|has been|have been|had been)"
    r"\s+(?:\w+ly\s+)?(?:arrested\s+and\s+|\w+ly\s+)?(?:accused|charged|sued|indicted|investigated)"
    r"|(?:faces|faced|is facing|was facing)\s+(?:\w+\s+){0,2}(?:charges|accusations|allegations|a lawsuit|lawsuits))\b"
)
# "A former aide to Sen. Ron Hale was charged", "a firm owned by ...", "the son of ...": who is charged is another.
_BEFORE_A_PARTY = re.compile(r"\b(?:of|to|for|with|from|at|against|about|near|behind|under|by|on|and|or)\s+$")
_BRINGERS = frozenset({*lexicon.CASE_BRINGERS, "the"})
# Who makes a claim: the subject of an active "accused", "sued", "charged", or whom "by" names after a passive.
_ACCUSER = re.compile(
    r"(?<![\w’'.-])(" + _NAME + r")(?:,[^,]{1,80},)?\s+(?:has\s+|have\s+|had\s+|also\s+|\w+ly\s+)*"
    r"(?:accus|charg|su|indict)(?:es|ed|e)\b|\b(?:accused|charged|sued|indicted)\s+by\s+(" + _NAME + r")"
)


def _accusers(claim: str) -> frozenset[str]:
    found = frozenset().union(*(last_names(m.group(1) or m.group(2)) for m in _ACCUSER.finditer(claim)))
    return found - _accused(claim)


_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,")
# Names an answer shares with its claim besides its speaker's: two ("Israeli", "Iran").
_ANSWER_NAMES = 2
# Words before a surname that are no first name: "Mayor Voss", "Secretary Kerry", "Sen. Hale", "Democrat
# Voss", "But Voss said", "On Monday Voss said".
_NO_FIRST_NAMES = frozenset({
    *lexicon.NAME_TITLES, *(r.lower() for r in lexicon.ROLES), *lexicon.STOPWORDS, *lexicon.DATE_WORDS,
    *lexicon.TITLES_BEFORE_NAMES,
})


@lru_cache(maxsize=1024)
def _accused(claim: str) -> frozenset[str]:
    """The surnames of whom a claim accuses (:data:`_ACCUSED`); asked of each claim for every candidate answer."""
    found: set[str] = set()
    text = _RELATIVE_CLAUSE.sub("", claim)
    for match in _ACCUSED.finditer(text):
        name = match.group("object") or match.group("subject")
        if re.search(r"['’]s$", name) or re.search(r"\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$", text[: match.start()]):
            continue  # "charged Maria Lopez's former boyfriend", "have not accused Cohen"
        if match.group("subject") and _BEFORE_A_PARTY.search(text[: match.start()]):
            continue  # "A former aide to Sen. Ron Hale was charged": the aide
        if match.group(0).split()[0].lower() in _BRINGERS:
            rest = text[match.end("object"):]
            charge = _CHARGE.search(rest)
            between = rest[: charge.start()] if charge else ""
            # another name before the charge: "Prosecutors say Lopez, 23, was lured to where Reyes attacked her"
            others = [w for w in re.findall(r"\b[A-Z][\w’'-]+", between) if w.lower() not in lexicon.DATE_WORDS]
            if charge is None or others or re.search(r"\bby\b", between):
                continue  # "Police said Maria Lopez was attacked by Dan Reyes, who has been charged"
        # (the person of "Secretary of State John Kerry", not the office)
        found |= last_names(name.split(" of ")[-1])
    return frozenset(found)


def _name_runs(text: str) -> frozenset[str]:
    """The capitalised names of a text, each whole, possessives and days apart ("Iran's" and "Iran" are one)."""
    runs = (_POSSESSIVE.sub("", m.group(0)).lower() for m in _NAME_RUN.finditer(text))
    return frozenset(r for r in runs if r and r not in lexicon.WEEKDAYS and r not in lexicon.NOT_NAMES)


_NAME_RUN = re.compile(r"(?<![\w’'])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:['’]s)?")
# Only a possessive's mark goes: "Ross" and "Roberts" end in an "s" of their own.
_POSSESSIVE = re.compile(r"['’]s?$")


def _unknown_first_name(answer: Sentence, claim: Sentence, texts: Sequence[str], surnames: frozenset[str]) -> bool:
    """Whether the answer names its speaker by a first name the claim's article does not give that surname:
    "Sen. Mike Carver" or "Karl Voss, the mayor's brother" for the accused "Carver" or "Voss" (review 48d's
    N1 and N2). A title is no first name ("Mayor Voss" is the accused "Ina Voss")."""
    # (the speaker's own words before "said": not "... to Karl Voss, her brother" after it)
    speaking = _SPEECH_VERB.search(answer.text)
    head = answer.text[: speaking.start()] if speaking else answer.text
    accused = [m.group("object") or m.group("subject") for m in _ACCUSED.finditer(_RELATIVE_CLAUSE.sub("", claim.text))]
    if (_GENERATION.search(head) is None) != (_GENERATION.search(" ".join(accused)) is None):
        return True  # "Donald Trump" is not "Donald Trump Jr."
    given = _first_names(head, surnames) or _first_names_around(answer, texts, surnames)
    known = set().union(*(_first_names(name, surnames) for name in accused)) or _first_names_around(
        claim, texts, surnames
    )
    # (two of that surname where the sentence gives none, "Joe Biden ... Hunter Biden ... President Biden
    # said": which is unknown)
    return len(given) > 1 or len(known) > 1 or bool(given and not given & known)


def _first_names_around(s: Sentence, texts: Sequence[str], surnames: frozenset[str]) -> set[str]:
    """The first names a sentence's article gives the surnames elsewhere."""
    text = texts[s.article]
    return _first_names(text[: s.start] + " " + text[s.end :], surnames)


def _first_names(text: str, surnames: frozenset[str]) -> set[str]:
    return {
        m.group(1) for m in _FIRST_NAME.finditer(text)
        if stem(m.group(2).split("-")[-1].lower()) in surnames and m.group(1).rstrip(".").lower() not in _NO_FIRST_NAMES
    }


_SPEECH_VERB = re.compile(r"\b(?:said|says|told|tells|added|insisted|stated|wrote)\b")
# Each pair of capitalised words, overlapping ("Mayor Ina Voss"), the second any surname ("McCarthy",
# "O'Brien", "Núñez", "Nir-Mozes").
_FIRST_NAME = re.compile(r"(?<![\w’'])([A-Z][^\W\d_]+\.?)\s+(?=([A-Z][\w’'-]*\w))")
_GENERATION = re.compile(r"\b(?:Jr|Sr|II|III|IV)\b")


def _answers(s: Sentence, charged: frozenset[str], accusers: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence is a party's answer to charges against it: a denial, told as someone's
    statement or a spokesperson's, naming one of those ``charged``."""
    spoken = s.kind == "quote" or attributed(s.text) or bool(_ANSWERING.search(s.text))
    denies = bool(_DENIAL.search(s.text)) and not _CHARGING.search(s.text)  # not "Our complaint alleges ..."
    # "Sargeant's lawyers insist ...": a possessive opening names whom they answer for.
    owner = _POSSESSIVE_OPENING.match(s.text)
    if _for_the_other_side(s, owner, accusers):
        return False
    named = s.entities | ({owner.group(1).lower()} if owner else set())
    return denies and spoken and bool(_SPOKESPERSON.search(s.text)) and bool(named & charged)


def _for_the_other_side(s: Sentence, owner: re.Match[str] | None, accusers: frozenset[str]) -> bool:
    """Whether a sentence speaks for those who bring the claim or whom its deed was done to, whoever else
    it names: "Hale's lawyer said ..." (review 48d's P1), "A spokesman for Hale said Voss had never ..."
    (49a's R3), "Hale said in a statement that ...", "Prosecutors said in a statement ...", "A spokesman for
    the U.S. attorney said ...", "Hale spokesman Tom Park said ...", "Lopez attorney Gloria Allred said ..."
    (49b's B10)."""
    if owner and stem(owner.group(1).lower()) in accusers and _FOR_SPEAKER.match(s.text, owner.end()):
        return True
    speaker = said(s.text)[0]
    if (speaker and speaker <= accusers | _BRINGER_STEMS) or _FOR_BRINGERS.search(s.text):
        return True
    if any(last_names(m.group(1)) & accusers for m in _NAMED_SPOKESPERSON.finditer(s.text)):
        return True
    principal = _SPEAKING_FOR.search(s.text)
    return principal is not None and bool(last_names(principal.group(1)) & accusers)


# "A spokesman for the U.S. attorney said ...": the prosecution's side (review 49b's K6).
_FOR_BRINGERS = re.compile(
    r"\b(?i:" + "|".join(lexicon.SPOKESPEOPLE) + r")\s+for\s+the\s+(?:U\.S\.\s+|[Dd]istrict\s+|[Ss]tate\s+)?"
    r"(?:[Aa]ttorney(?:['’]s office| [Gg]eneral)?|[Pp]rosecutors?|[Pp]olice|[Ss]heriff)\b"
)
_BRINGER_STEMS = frozenset(stem(w) for w in lexicon.CASE_BRINGERS)
_NAMED_SPOKESPERSON = re.compile(
    r"(?<![\w’'.-])((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s+(?:campaign\s+|office\s+|press\s+)?(?i:"
    + "|".join(lexicon.SPOKESPEOPLE) + r")\b"
)
_NO_RESPONSE = re.compile(r"\b(?:" + "|".join(lexicon.NO_RESPONSE) + r")\b", re.I)


def answered(s: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether a sentence tells that a party did not answer ("CBS13 reached out to the toy's maker,
    Playmobil, ... but neither responded") where another article reports that party's words
    ("Playmobil said in a statement to The Washington Post that ..."): printed alone, the silence
    hides the answer and leaves the brief one side's."""
    if not _NO_RESPONSE.search(ANY_QUOTED.sub(" ", s.text)):
        return False
    return any(o.article != s.article and said(o.text)[0] & s.entities for o in sentences)
