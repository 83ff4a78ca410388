"""Group the sentences of different outlets that state the same fact, rank the groups, and
write each fact as one sentence that its support entails.

Embedding similarity alone ranks "same topic, different fact" above true paraphrases, so two
sentences are merged only when a blend of lexical and embedding similarity is high *and*
their numbers, dates, names and negation agree.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .. import lexicon
from ..config import Config
from ..model import Sentence
from .segment import content_stems, dates_in, entities_in, last_names, numbers_in, words

Matrix = npt.NDArray[np.float32]

# Shared figures and names are stronger evidence of one fact than shared words.
_ANCHOR_WEIGHT = {"#": 2.0, "@": 1.5}
_PARAPHRASE_SHARE = 0.6
_SAME_HAPPENING = 0.2
_ALIKE = 0.5
# A sentence this long, word for word in two articles, was copied, not written twice.
_COPIED_WORDS = 8
# A fact that adds no more content words than this to one already chosen restates it.
_ADDED_WORDS = 2
_COPIED_SENTENCES = 2
# An article's opening: where news writing puts what happened.
_OPENING = 2
# Being in the latest articles only breaks near-ties: a later report of the same step adds little.
_LATEST = 0.05
# "MARROWICK, Oct 14 (NWS) - ": the wire dateline that opens a story.
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'-]{2,40}(?:, [A-Z][a-z]{2,8}\.? \d{1,2}|(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}))?"
    r"(?: \([^)]{1,30}\))?|(?:[A-Z][a-z]{2,8}\.? \d{1,2} )?\([A-Z][\w .&'-]{1,30}\)) ?[-–—]{1,2} "
)
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
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(lexicon.SPEECH_VERBS) + r")\b")
# Being on the way somewhere: an earlier step than arriving, meeting or signing.
_ON_THE_WAY_WORDS = (
    r"(?:is|are) (?:en route|heading|on (?:his|her|their|its) way)|(?:has|have) (?:started|begun|embarked on|"
    r"set off|left for)|(?:set off|embarked|departed|left) for|started (?:his|her|their|its) (?:journey|trip)"
)
# A preview or the first step of what other outlets may already report done: "will testify",
# "is expected to", "has started his journey", "set off for".
_EARLY_STAGE = re.compile(
    r"\b(?:will|is set to|are set to|is expected to|are expected to|is projected to|are projected to|is due to|"
    r"are due to|plans to|is scheduled to|"
    r"are scheduled to|is poised to|is preparing to|" + _ON_THE_WAY_WORDS + r")\b",
    re.I,
)
_ON_THE_WAY = re.compile(r"\b(?:" + _ON_THE_WAY_WORDS + r")\b", re.I)
# A lede opens with what happened, not with a concession, a scene or a condition.
_SIDE_OPENING = re.compile(
    r"^(?:Although|Though|While|Despite|Even|If|As|When|During|Speaking|In an? (?:interview|statement|speech|"
    r"op-ed|letter|post)|There (?:is|was|are|were))\b"
)
# A lede that dates itself to a past month or year ("arrested ... in May 2016") tells the story's
# background, where the news is what came of it.
_DATED_PAST = re.compile(
    r"\b(?:in|since|by) (?:(?:early|late|mid-)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) )?(?:19|20)\d\d\b|\blast (?:year|month)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, "
    r"(?:19|20)\d\d\b"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
_UNQUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A sentence that is nothing but a quotation names no speaker, whatever verbs it quotes.
_WHOLLY_QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”]$")
# A connective is dropped only where a comma marks it off: "So far, 12 died" keeps its "So".
_CONNECTIVE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in lexicon.CONNECTIVES) + r"),\s+")


@dataclass(frozen=True, slots=True)
class FactGroup:
    """Sentences of different articles that state one fact; ``rep`` is the one we print."""

    members: tuple[int, ...]
    rep: int
    score: float


def lexical_matrix(sentences: Sequence[Sentence]) -> Matrix:
    """IDF-weighted overlap of content words, names and figures: half cosine, half containment
    of the shorter sentence in the longer (a short report of a fact inside a long one)."""
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    for s in sentences:
        terms = set(s.content) | {f"@{e}" for e in s.entities} | {f"#{n}" for n in s.numbers}
        rows.append([vocab.setdefault(t, len(vocab)) for t in sorted(terms)])  # one order in every process
    matrix = np.zeros((len(sentences), max(len(vocab), 1)), dtype=np.float32)
    for i, cols in enumerate(rows):
        matrix[i, cols] = 1.0
    df = matrix.sum(axis=0)
    boost = np.ones(matrix.shape[1], dtype=np.float32)
    for term, col in vocab.items():
        boost[col] = _ANCHOR_WEIGHT.get(term[0], 1.0)
    matrix *= (np.log((len(sentences) + 1) / (df + 1)) + 1.0) * boost
    mass = matrix.sum(axis=1)
    norms = np.linalg.norm(matrix, axis=1)
    norms[norms == 0] = 1.0
    # Only terms two sentences share add to either measure; the rest only to their norms.
    matrix = matrix[:, df >= 2]
    shared = matrix @ (matrix > 0).astype(np.float32).T
    cosine = (matrix @ matrix.T) / np.outer(norms, norms)
    smaller = np.minimum(mass[:, None], mass[None, :])
    smaller[smaller == 0] = 1.0
    blended: Matrix = (0.5 * cosine + 0.5 * shared / smaller).astype(np.float32)
    return blended


def agree(a: Sentence, b: Sentence) -> bool:
    """Whether two sentences could state the same fact: no clash of numbers, dates or negation."""
    if a.negated != b.negated:
        return False
    if a.numbers and b.numbers and not (a.numbers & b.numbers):
        return False
    weekdays_a = {d for d in a.dates if not d.isdigit()}
    weekdays_b = {d for d in b.dates if not d.isdigit()}
    if weekdays_a and weekdays_b and not (weekdays_a & weekdays_b):
        return False
    years_a = {d for d in a.dates if d.isdigit()}
    years_b = {d for d in b.dates if d.isdigit()}
    return not (years_a and years_b and not (years_a & years_b))


def _name_clash(a: Sentence, b: Sentence) -> bool:
    return bool(a.entities) and bool(b.entities) and not (a.entities & b.entities)


def similarity(sentences: Sequence[Sentence], embeddings: Matrix, config: Config) -> Matrix:
    g = config.grouping
    sim = g.lexical_weight * lexical_matrix(sentences) + g.embed_weight * (embeddings @ embeddings.T)
    _anchor(sim, sentences, g.same_fact)
    return sim.astype(np.float32)


def _anchor(sim: Matrix, sentences: Sequence[Sentence], floor: float) -> None:
    """Lift to ``floor`` the similarity of sentences that share a telling figure (a clock time,
    a number of two or more digits) and two more content words, and that agree: "the first
    blast came at roughly 3:40 a.m. inside the conveyor gallery" and "the blast started at
    about 3:40 a.m. in a conveyor gallery" share few words but report one fact."""
    telling = [{n for n in s.numbers if n.startswith("t") or len(n.rstrip("%")) >= 2} for s in sentences]
    for i, a in enumerate(sentences):
        if not telling[i]:
            continue
        for j in range(i + 1, len(sentences)):
            b = sentences[j]
            if telling[i] & telling[j] and len(a.content & b.content) >= 2 and agree(a, b):
                sim[i, j] = sim[j, i] = max(float(sim[i, j]), floor)


def group_sentences(sentences: Sequence[Sentence], sim: Matrix, config: Config) -> list[list[int]]:
    """Average-linkage merging of cross-outlet pairs, one sentence per article in a group."""
    threshold = config.grouping.same_fact
    n = len(sentences)
    owner = list(range(n))
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    pairs: list[tuple[float, int, int]] = []
    for i in range(n):
        for j in (int(k) for k in np.nonzero(sim[i, i + 1 :] >= threshold)[0] + i + 1):
            if sentences[i].article != sentences[j].article:
                pairs.append((float(sim[i, j]), i, j))
    pairs.sort(reverse=True)
    for _, i, j in pairs:
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        left, right = groups[gi], groups[gj]
        if {sentences[k].article for k in left} & {sentences[k].article for k in right}:
            continue
        cross = [(x, y) for x in left for y in right]
        if not all(agree(sentences[x], sentences[y]) for x, y in cross):
            continue
        if any(_name_clash(sentences[x], sentences[y]) for x, y in cross):
            continue
        if float(np.mean([sim[x, y] for x, y in cross])) < threshold:
            continue
        left.extend(right)
        for k in right:
            owner[k] = gi
        del groups[gj]
    return list(groups.values())


def compress(text: str) -> str:
    """The sentence as a fact prints it, shortened only by words that carry no meaning: a wire
    dateline and a leading "Notably,"; line breaks inside a unit become spaces. Attributions,
    hedges and contrasts stay: deleting them changes what the sentence says."""
    short = _DATELINE.sub("", text, count=1)
    short = _CONNECTIVE.sub("", short, count=1)
    short = " ".join(short.split())
    if len(words(short)) < 6:
        return " ".join(text.split())
    # A sentence that lost its opening words starts with a capital; one printed whole keeps its
    # source's spelling, lower case and all (a post's "i know").
    shortened = short != " ".join(text.split())
    return short[0].upper() + short[1:] if shortened and short[:1].islower() else short


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


def _kind_weight(s: Sentence, config: Config) -> float:
    rank = config.rank
    weights = {
        "fact": 1.0, "quote": rank.quote, "background": rank.background, "opinion": rank.opinion,
        "aside": 0.0, "fragment": 0.0,
    }
    weight = weights[s.kind]
    if _WHOLLY_QUOTED.match(s.text):
        return 0.0
    if s.kind == "quote" and not _ATTRIBUTION.search(_UNQUOTED.sub(" ", s.text)):
        return 0.0  # a quotation is printed with its speaker or not at all
    return weight


def _specificity(s: Sentence) -> float:
    return min(1.0, 0.25 * len(s.numbers) + 0.2 * len(s.dates) + 0.15 * len(s.entities))


def _length_fit(s: Sentence, config: Config) -> float:
    n = len(words(s.text))
    b = config.brief
    if n < b.min_fact_words or n > b.max_fact_words:
        return 0.0
    return 1.0 if n >= 10 else 0.6


def centrality(sim: Matrix, sentences: Sequence[Sentence], independence: Sequence[str]) -> npt.NDArray[np.float64]:
    """How much each sentence shares with other sources' sentences (cross-document salience); an
    article's copy (``independence``) is not another source."""
    n = len(sentences)
    articles = np.array([independence[s.article] for s in sentences])
    other = articles[:, None] != articles[None, :]
    if not other.any():
        other = ~np.eye(n, dtype=bool)
    clipped = np.where(other, np.clip(sim, 0.0, None), 0.0)
    counts = np.maximum(other.sum(axis=1), 1)
    top = np.sort(clipped, axis=1)[:, -5:]
    scores: npt.NDArray[np.float64] = (0.5 * top.mean(axis=1) + 0.5 * clipped.sum(axis=1) / counts).astype(np.float64)
    return scores


def article_relevance(
    sim: Matrix, sentences: Sequence[Sentence], n_articles: int, independence: Sequence[str]
) -> npt.NDArray[np.float64]:
    """How much each article has to do with the others: the mean, over its sentences, of the best
    match in another source's article, relative to the best article. An off-topic page in a
    cluster (a site notice, a misfiled story, two pages of one site about other cases) scores near
    zero; with one source, all score 1."""
    articles = np.array([s.article for s in sentences])
    sources = np.array([independence[s.article] for s in sentences])
    relevance = np.ones(n_articles, dtype=np.float64)
    if len(set(independence)) < 2:
        return relevance
    other = sources[:, None] != sources[None, :]
    best = np.where(other, sim, 0.0).max(axis=1)
    for a in range(n_articles):
        mine = best[articles == a]
        relevance[a] = float(mine.mean()) if len(mine) else 0.0
    top = relevance.max()
    return relevance / top if top > 0 else np.ones(n_articles, dtype=np.float64)


def rank_groups(
    groups: Sequence[Sequence[int]], sentences: Sequence[Sentence], sim: Matrix,
    independence: Sequence[str], article_lengths: Sequence[int], config: Config,
) -> list[FactGroup]:
    cent = centrality(sim, sentences, independence)
    relevance = article_relevance(sim, sentences, len(article_lengths), independence)
    top_cent = float(cent.max()) if len(cent) else 1.0
    n_independent = max(len(set(independence)), 1)
    ranked: list[FactGroup] = []
    idf = _idf(sentences)
    pending = [list(g) for g in groups]
    while pending:
        grouped = pending.pop()
        rep, members = _best_supported(grouped, sentences, sim, idf, config)
        # Members that do not state the printed sentence form a group of their own, which
        # finds its own wording (and splits again if need be).
        rest = [k for k in grouped if k not in members]
        if rest:
            pending.append(rest)
        s = sentences[rep]
        kind = _kind_weight(s, config)
        fit = _length_fit(s, config)
        if kind == 0.0 or fit == 0.0:
            continue
        support = independent_sources(grouped, sentences, independence)
        position = min(sentences[k].position / max(article_lengths[sentences[k].article], 1) for k in members)
        first = min(sentences[k].position for k in members)
        w = config.rank
        topical = max(float(relevance[sentences[k].article]) for k in members)
        plain = 1.0 / (1.0 + w.loaded * loaded_words(s.text))
        score = plain * kind * fit * (w.off_topic + (1 - w.off_topic) * topical) * (
            w.support * (support - 1) / max(n_independent - 1, 1)
            + w.centrality * float(cent[rep]) / (top_cent or 1.0)
            + w.lead * math.exp(-first / w.lead_decay)
            + w.position * (1.0 - position)
            + w.specificity * _specificity(s)
        )
        ranked.append(FactGroup(tuple(sorted(members)), rep, score))
    ranked.sort(key=lambda g: g.score, reverse=True)
    return ranked


def link_copies(sentences: Sequence[Sentence], independence: Sequence[str]) -> list[str]:
    """``independence`` with the articles that share sentences word for word (wire copy, two pages
    of one site) made one source: two long sentences in common are not a coincidence."""
    keys = list(independence)
    seen: dict[str, int] = {}
    shared: Counter[tuple[int, int]] = Counter()
    for s in sentences:
        text = " ".join(s.text.lower().split())
        if len(words(text)) < _COPIED_WORDS:
            continue
        first = seen.setdefault(text, s.article)
        if first != s.article:
            shared[(first, s.article)] += 1
    for (a, b), count in sorted(shared.items()):
        if count >= _COPIED_SENTENCES and keys[a] != keys[b]:
            old, new = keys[b], keys[a]
            keys = [new if k == old else k for k in keys]
    return keys


def independent_sources(members: Sequence[int], sentences: Sequence[Sentence], independence: Sequence[str]) -> int:
    """How many independent sources state a fact: articles that are copies of one another count
    once (``independence``), and so does a sentence copied word for word into another article
    (wire copy, two pages of one site), however the articles differ elsewhere."""
    copied: dict[str, str] = {}
    sources = set()
    for k in sorted(members):
        key = independence[sentences[k].article]
        text = " ".join(sentences[k].text.lower().split())
        sources.add(copied.setdefault(text, key) if len(words(text)) >= _COPIED_WORDS else key)
    return len(sources)


def _best_supported(
    grouped: Sequence[int], sentences: Sequence[Sentence], sim: Matrix, idf: dict[str, float], config: Config
) -> tuple[int, list[int]]:
    """The member to print and the members that state it: the wording most outlets back (the
    figures they share rather than one outlet's extra detail), then the best-written one."""
    best: tuple[tuple[int, float], int, list[int]] | None = None
    for rep in grouped:
        claim = _Printed.of(sentences[rep])
        backing = [
            k for k in grouped
            if k == rep or supports(sentences[k], claim, idf, config, sim[k, rep] >= config.grouping.same_fact)
        ]
        key = (len(backing), _rep_quality(rep, grouped, sentences, sim, config))
        if best is None or key > best[0]:
            best = (key, rep, backing)
    assert best is not None
    return best[1], best[2]


def _idf(sentences: Sequence[Sentence]) -> dict[str, float]:
    df: Counter[str] = Counter(term for s in sentences for term in s.content)
    return {term: math.log((len(sentences) + 1) / (count + 1)) + 1.0 for term, count in df.items()}


@dataclass(frozen=True, slots=True)
class _Printed:
    """What a sentence asserts once shortened for print: its figures, days and words, and the
    words that are not names (what happened)."""

    numbers: frozenset[str]
    days: frozenset[str]
    terms: frozenset[str]
    happened: frozenset[str]
    names: frozenset[str]
    speaker: frozenset[str]
    statement: frozenset[str]

    @classmethod
    def of(cls, rep: Sentence) -> _Printed:
        printed = claim_of(rep.text)
        terms = content_stems(printed)
        names = entities_in(printed)
        days = frozenset(d for d in dates_in(printed) if d in lexicon.WEEKDAYS)
        speaker, statement = said(rep.text)
        return cls(numbers_in(printed), days, terms, terms - names, names, speaker, content_stems(statement))


def supports(member: Sentence, claim: _Printed, idf: dict[str, float], config: Config, alike: bool = False) -> bool:
    """Whether ``member`` says what a printed fact says, so that its source may be cited for it:
    every figure and day of the fact, most of its names, and most of its words, both of all of
    them and of those that are not names. Two sentences about the same people can report different things
    ("started his journey to Russia" and "reached Russia"): what happened is in the words that
    are not names."""
    if not (claim.numbers <= member.numbers and claim.days <= member.dates):
        return False
    # "X said Y" is stated only where Y is: one person's statement is not corroborated by
    # another's saying the like, nor by the same person saying something else.
    if claim.statement:
        theirs = said(member.text)[0]
        if theirs and claim.speaker and not theirs & claim.speaker:
            return False
        if 2 * len(claim.statement & member.content) <= len(claim.statement):
            return False
    # Precision first: most of the fact's names, and most of its words counted plainly as well as
    # weighted by rarity, or the sentence is not cited for it.
    if claim.names and 2 * len(claim.names & (member.entities | member.content)) <= len(claim.names):
        return False
    if claim.terms and 2 * len(claim.terms & member.content) <= len(claim.terms):
        return False
    needed = config.grouping.support_recall
    # Paraphrase ("the blaze broke out" / "the blast started") shares fewer of the words for
    # what happened; where the pair is alike as a whole, a lower share of them will do.
    return _recall(claim.terms, member.content, idf) >= needed and _recall(
        claim.happened, member.content, idf
    ) >= needed * (_PARAPHRASE_SHARE if alike else 1.0)


def _recall(terms: frozenset[str], found: frozenset[str], idf: dict[str, float]) -> float:
    # fsum: a sum exact whatever order the set gives its terms in, so briefs do not vary by process.
    total = math.fsum(idf.get(t, 1.0) for t in terms)
    return 1.0 if total == 0 else math.fsum(idf.get(t, 1.0) for t in terms & found) / total


def _rep_quality(k: int, members: Sequence[int], sentences: Sequence[Sentence], sim: Matrix, config: Config) -> float:
    s = sentences[k]
    medoid = sum(float(sim[k, m]) for m in members if m != k)
    detail = 0.03 * len(s.content | s.entities) + 0.05 * len(s.numbers | s.dates)
    plain = config.rank.loaded * loaded_words(s.text)
    return _kind_weight(s, config) * _length_fit(s, config) + 0.5 * medoid + detail - 0.1 * s.position / 20.0 - plain


def loaded_words(text: str) -> int:
    """How many emotive, intensifying or partisan words the sentence uses (lexicon.LOADED)."""
    return sum(w.lower() in lexicon.LOADED for w in words(_UNQUOTED.sub(" ", text)))


def balanced_quotes(text: str) -> bool:
    """Whether every quotation the sentence opens, it closes: a sentence cut from the middle of
    a longer quote reads as the writer's own words."""
    straight = text.count('"') % 2 == 0
    return straight and text.count("“") == text.count("”")


def opens_attributed_quote(text: str) -> bool:
    """A quote's first sentence after its speaker ('X said, "...'): it reads as X's words even
    though the quote goes on in the next sentence."""
    first = min((i for i in (text.find('"'), text.find("“")) if i >= 0), default=-1)
    return first > 0 and bool(_ATTRIBUTION.search(text[:first])) and text.count("”") == 0


def select(
    ranked: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    *, limit: int, rivals: dict[int, frozenset[int]] | None = None,
) -> list[FactGroup]:
    """The best groups, none restating one already taken, sharing a sentence with one (a unit and
    the sentence it leans on), or giving the other side of a figure one already gives (``rivals``:
    sentence -> the disputes it takes part in; Contested shows both)."""
    rivals = rivals or {}
    chosen: list[FactGroup] = []
    for group in ranked:
        if len(chosen) >= limit:
            break
        rep = sentences[group.rep]
        if not (balanced_quotes(rep.text) or opens_attributed_quote(rep.text)):
            continue
        if any(_restates(rep, sentences[c.rep], float(sim[group.rep, c.rep]), config) for c in chosen):
            continue
        if any(_contains(sentences[c.rep], rep) or sentences[c.rep].overlaps(rep) for c in chosen):
            continue
        if any(rivals.get(group.rep, frozenset()) & rivals.get(c.rep, frozenset()) for c in chosen):
            continue
        chosen.append(group)
    return chosen


def fit_budget(
    ordered: Sequence[FactGroup], sentences: Sequence[Sentence], *, budget: int, limit: int, hard: bool = True
) -> list[FactGroup]:
    """The lede and then the facts, in order, that fit ``budget`` words (0: any), at most ``limit``
    in all. Where the lede does not fit a ``hard`` budget, the first that does leads; a soft one
    (the default length) never costs the brief its lede."""
    chosen: list[FactGroup] = []
    used = 0
    for group in ordered:
        length = len(words(compress(sentences[group.rep].text)))
        if budget and used + length > budget and (hard or chosen):
            continue
        chosen.append(group)
        used += length
        if len(chosen) >= limit:
            break
    return chosen


def lede_first(
    chosen: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    recency: Sequence[float],
) -> list[FactGroup]:
    """The chosen facts with the lede first: of the most important few, a report of what happened
    (not a quote, background, preview or early stage when a later one is reported) about the
    event most articles open with, in the latest articles (``recency`` per article: 1 for the
    latest published, 0.5 where undated)."""
    if not chosen:
        return []
    head = chosen[: config.brief.lede_candidates]
    news = [g for g in head if sentences[g.rep].kind == "fact"] or list(head)
    settled = [g for g in news if not _EARLY_STAGE.search(_main_clause(sentences[g.rep].text))] or news
    openings = [k for k, s in enumerate(sentences) if s.position < _OPENING]
    n_articles = max(len({sentences[k].article for k in openings}), 1)

    def as_lede(group: FactGroup) -> float:
        # Articles whose opening is about this event, whatever figures they give for it.
        opening = {sentences[k].article for k in openings if sim[group.rep, k] >= config.grouping.redundant}
        opening |= {sentences[k].article for k in group.members if sentences[k].position < _OPENING}
        latest = max(recency[sentences[k].article] for k in group.members)
        share = len(opening) / n_articles
        printed = compress(sentences[group.rep].text)
        side = 0.5 if _SIDE_OPENING.match(printed) or _DATED_PAST.search(printed) else 1.0
        # An outlet's first sentence is where it puts the news, unless it dates itself to the past.
        leads = not _DATED_PAST.search(printed) and min(sentences[k].position for k in group.members) == 0
        first = 1.0 + config.brief.lede_first * leads
        return first * side * group.score * (1.0 + config.brief.lede_opening * share) * (1.0 + _LATEST * latest)

    lede = max(settled, key=as_lede)
    # An earlier step of the event the lede reports ("is en route" after "arrived") is old news.
    stale = [
        g for g in chosen
        if g is not lede and _ON_THE_WAY.search(_main_clause(sentences[g.rep].text))
        and float(sim[g.rep, lede.rep]) >= config.grouping.redundant
    ]
    return [lede, *(g for g in chosen if g is not lede and g not in stale)]


def _main_clause(text: str) -> str:
    """The sentence up to its first comma, relative or coordinated clause, where its main verb is:
    "arrived on Thursday, where she will hold talks" reports an arrival, and "retained power but
    will lead a minority government" a result, not a preview."""
    return re.split(r",|\s(?:where|which|who|after|before|when|while|but|and)\s", text, maxsplit=1)[0]


def _restates(a: Sentence, b: Sentence, similarity: float, config: Config) -> bool:
    """Whether two facts say the same thing: alike enough, with nothing that tells them apart."""
    if not agree(a, b) or similarity < config.grouping.redundant:
        return False
    # Alike sentences about the same people can report different steps ("set off for Russia",
    # "arrived in Russia"): they restate each other only if they share what happened.
    done_a, done_b = a.content - a.entities, b.content - b.entities
    shared = len(done_a & done_b)
    if shared >= _SAME_HAPPENING * min(len(done_a), len(done_b)):
        return True
    # Two long sentences about one happening share its day or figure and a word for it, and are
    # alike as a whole, while each adds its own description.
    anchored = bool((a.dates & b.dates) or (a.numbers & b.numbers))
    return anchored and shared >= 1 and similarity >= _ALIKE


def _contains(a: Sentence, b: Sentence) -> bool:
    """Whether b adds next to nothing to a: its numbers are all in a, and at most two of its
    content words are not ("a dramatic family fight" after the lede that reports the fight)."""
    return bool(b.content) and len(b.content - a.content) <= _ADDED_WORDS and b.numbers <= a.numbers
