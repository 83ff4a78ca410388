"""Assemble a brief: headline, lede, facts, sources, narratives and contested claims."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..config import Config, load_config
from ..dedup import shingles
from ..embed import Embedder, load_embedder
from ..model import Article, Brief, Contested, Fact, Narrative, Sentence, Source, Support, Unused
from ..outlets.identity import load_registry
from ..outlets.ratings import rating_of
from .choose import (
    fit_budget,
    happenings_first,
    in_article_order,
    introduced,
    select,
    tells_something,
    with_contrast,
)
from .cite import Stating, cited_facts
from .contested import Dispute, find_disputes, to_contested
from .corroborate import link_copies
from .features import content_stems, numbers_in, words
from .figures import Figure, figures
from .group import Matrix, group_sentences, similarity
from .headline import choose_headline
from .kinds import in_english
from .lede import lede_first, with_sequel
from .llm import Writer, reword
from .narratives import find_narratives, writer_argues, writer_judges
from .rank import FactGroup, rank_groups
from .reply import answered, with_reply
from .retold import without_retold_claims, without_retold_clauses, without_retold_figures, without_second_ledes
from .sections import columnist, filed_beyond_its_title, opinion_mark, opinion_section
from .segment import run_in_title, segment_all, sentence
from .wording import compress


def jaccard(a: set[int], b: set[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def deduplicate(articles: Sequence[Article], threshold: float) -> tuple[list[Article], list[str]]:
    """Drop repeated copies of one outlet's article; link other outlets' syndicated copies.

    Returns the articles kept and, for each, its independence key: copies of one text share it,
    and so do one outlet's articles (two reports of one newsroom are one source).
    """
    kept: list[Article] = []
    keys: list[str] = []
    sets: list[set[int]] = []
    for i, article in enumerate(articles):
        sh = shingles(article.text)
        match = next((k for k, other in enumerate(sets) if jaccard(sh, other) >= threshold), None)
        if match is not None and kept[match].outlet == article.outlet:
            continue
        own = article.independent_of or article.id or f"#{i}"
        keys.append(keys[match] if match is not None else own)
        kept.append(article)
        sets.append(sh)
    return kept, _one_per_outlet(kept, keys)


def _in_one_language(articles: list[Article], keys: list[str]) -> tuple[list[Article], list[str]]:
    """The articles without those in another language than English where some are in English: a
    fact a reader of the brief cannot read serves no one, and no English sentence can be checked
    against it. A story told only in other languages keeps them all."""
    english = [in_english(a.text) for a in articles]
    if all(english) or not any(english):
        return articles, keys
    kept = [k for k, e in enumerate(english) if e]
    return [articles[k] for k in kept], [keys[k] for k in kept]


def _one_per_outlet(articles: Sequence[Article], keys: Sequence[str]) -> list[str]:
    """``keys`` with every key of one outlet's articles made one, across copies too."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for article, key in zip(articles, keys, strict=True):
        a, b = root(key), root(f"outlet:{article.outlet.casefold()}")
        if a != b:
            parent[b] = a
    return [root(key) for key in keys]


@dataclass(slots=True)
class _Numbering:
    """Source numbers in order of first citation."""

    order: dict[int, int] = field(default_factory=dict)

    def number(self, article: int) -> int:
        return self.order.setdefault(article, len(self.order) + 1)

    def articles(self) -> dict[int, int]:
        """Each source number's article."""
        return {number: article for article, number in self.order.items()}


# Candidates chosen beyond the limit, so that dropping stale steps and fitting the word budget
# still leave the brief full.
_SPARE = 8


def _leading(per_article: list[list[Sentence]], cap: int) -> list[list[Sentence]]:
    """At most ``cap`` sentences in all, each article keeping its first ones: the comparison of
    every sentence with every other is quadratic, and news puts what matters first."""
    if sum(len(group) for group in per_article) <= cap:
        return per_article
    depth = 0
    while sum(min(len(group), depth + 1) for group in per_article) <= cap:
        depth += 1
    return [group[:depth] for group in per_article]


def _argued(sections: Sequence[bool], per_article: list[list[Sentence]]) -> list[list[Sentence]]:
    """In a piece filed as argument (opinion, editorial, column, analysis: ``sections``, each
    article's :func:`opinion_section`), a sentence that argues in the writer's words is the writer's
    opinion: a narrative's, never a fact's. Where news reports tell the story too, the rest are
    marked as argued: facts the writer chose to make a case with."""
    reported = not all(sections)
    return [
        [
            replace(s, argued=reported, kind="opinion" if _writers_view_of(s) else s.kind)
            for s in sentences
        ] if section else sentences
        for section, sentences in zip(sections, per_article, strict=True)
    ]


def _writers_view_of(s: Sentence) -> bool:
    """A column's report or quotation that the writer tells in their own verdict ('..., announced New
    York's often-feckless mayor', allsides-5932) is their view; a quotation's own words are its speaker's."""
    if s.kind == "quote":
        return writer_judges(s.text)
    return s.kind in ("fact", "background") and _writers_view(s.text)


def _writers_view(text: str) -> bool:
    """A column's sentence that argues, or that tells no happening and no one's words ("Vaccine
    hesitancy is an increasing problem", "Relations with Washington often act as a barometer"):
    the writer's reading of the world, not a report of it."""
    return writer_argues(text) or not tells_something(text)


def _without_retellings(
    ordered: Sequence[FactGroup], sentences: Sequence[Sentence], sim: Matrix, config: Config,
    states: Callable[[int, int], bool],
) -> list[FactGroup]:
    """The facts in print order without another outlet's lede, a retelling of a printed figure,
    a unit that holds a claim printed before it, or a claim printed before it in other words."""
    kept = without_retold_claims(without_second_ledes(ordered, sentences, sim), sentences)
    kept = without_retold_figures(without_retold_clauses(kept, sentences), sentences, config.grouping.precise_figure)
    return _without_restated(kept, states)


def _without_restated(ordered: Sequence[FactGroup], states: Callable[[int, int], bool]) -> list[FactGroup]:
    """The facts in print order, each that states a claim printed before it, and is stated by it,
    told as that one's (its outlet cited there): one claim is printed once."""
    kept: list[FactGroup] = []
    for g in ordered:
        same = next((i for i, k in enumerate(kept) if states(g.rep, k.rep) and states(k.rep, g.rep)), None)
        if same is None:
            kept.append(g)
        else:
            kept[same] = replace(kept[same], members=(*kept[same].members, *g.members))
    return kept


def _point_words(point: Contested) -> int:
    return len(point.about.split()) + sum(len(c.value.split()) for c in point.claims)


def _sides(dispute: Dispute) -> list[Figure]:
    """Each side's figure of a dispute, as its first sentence gives it."""
    return [f for value, members in dispute.sides.items() for f in figures(members[0]) if f.value == value]


def _told(text: str) -> set[tuple[str, str]]:
    """The figures a printed text gives, each by its value and the thing it counts."""
    return {(f.value, f.noun) for f in figures(sentence(0, text, 0, len(text), 0))}


def _figures_printed(disputes: Sequence[Dispute], texts: Sequence[str]) -> list[bool]:
    """For each dispute, whether a printed text gives one of its values for the same thing."""
    told = set().union(*(_told(text) for text in texts))
    return [any((f.value, f.noun) in told for f in _sides(d)) for d in disputes]


def _room_for_disputes(
    printed: Sequence[FactGroup], sentences: Sequence[Sentence], disputes: Sequence[Dispute], budget: int
) -> list[FactGroup]:
    """The printed facts, the least important given up until the disputes of the figures they print
    fit beside them in ``budget`` words: a figure printed is shown disputed. The lede never gives
    way, nor a fact that prints a disputed figure (without it there is nothing to dispute); where
    no other can, the facts stay as they are and the dispute waits for room."""
    sides = [_sides(d) for d in disputes]
    sought = [{(f.value, f.noun) for f in figs} for figs in sides]
    # The words a dispute takes as a contested point: its label and each side's value.
    cost = [
        len(d.about.split()) + sum(len(f.surface.split()) for f in figs)
        for d, figs in zip(disputes, sides, strict=True)
    ]
    texts = {g.rep: compress(sentences[g.rep].text) for g in printed}
    told = {rep: _told(text) for rep, text in texts.items()}
    kept = list(printed)
    while True:
        shown = set().union(*(told[g.rep] for g in kept))
        pinned = [n for n, values in enumerate(sought) if values & shown]
        if sum(len(texts[g.rep].split()) for g in kept) + sum(cost[n] for n in pinned) <= budget:
            return kept
        spare = [g for g in kept[1:] if not any(sought[n] & told[g.rep] for n in pinned)]
        if not spare:
            return kept
        kept.remove(min(spare, key=lambda g: g.score))


def _budget(articles: Sequence[Article], config: Config) -> int:
    """The words lede and facts may take: ``--max-words`` where given; else, so that a brief of
    short articles (feed summaries, snippets) is shorter than they are, a share of the median
    article's length, never below ``min_words`` (0: no bound, for long articles)."""
    brief = config.brief
    if brief.max_words:
        return brief.max_words
    median = sorted(len(words(a.text)) for a in articles)[len(articles) // 2] if articles else 0
    share = int(brief.article_share * median)
    return max(share, brief.min_words) if share < brief.long_article_words else 0


# Below this a bare number in a title is more often an age, a day or a rank than the news's figure.
_TITLE_FIGURE_FLOOR = 100


def _title_figures(articles: Sequence[Article]) -> frozenset[str]:
    """The figures that at least two outlets' titles give: what they hold the news to be. Not an
    age or a day ("Dies at 68", "after Jan. 6 riot"): a count, a sum or a share."""
    counts = Counter(n for a in articles for n in numbers_in(a.title) if _counts_something(n))
    return frozenset(n for n, k in counts.items() if k >= 2)


def _counts_something(figure: str) -> bool:
    try:
        return float(figure) >= _TITLE_FIGURE_FLOOR
    except ValueError:
        return True  # a share or a unit's figure: "35%"


def _titles(articles: Sequence[Article], sections: Sequence[bool]) -> list[frozenset[str]]:
    """The words of each news report's title, where it has enough of them to say what happened."""
    return [
        content_stems(a.title) if len(words(a.title)) >= 3 and not column else frozenset()
        for a, column in zip(articles, _columns(sections), strict=True)
    ]


def _headed(
    kept: Sequence[Article], facts: Sequence[Fact], lede: Fact | None, sections: Sequence[bool],
    cited: Collection[int], names: Sequence[str],
) -> tuple[str, int | None]:
    """The brief's headline and the article whose title it is (:func:`choose_headline`)."""
    headline, article = choose_headline(kept, facts, lede, _columns(sections), cited)
    if article is not None and sections[article]:
        # A column's title is its argument ("Biden Has Emboldened Israel's Enemies", reading 37d): where
        # only columns tell the story, the headline says whose it is.
        headline = f"{names[article]}{opinion_mark(names[article], True)}: {headline}"
    return headline, article


def _columns(sections: Sequence[bool]) -> list[bool]:
    """Which articles are pieces filed as argument (``sections``) in a story news reports tell too: a
    column's title is its argument ("Stop listening to the CDC"), where news reports title the news."""
    return [section and not all(sections) for section in sections]


def _recency(articles: Sequence[Article]) -> list[float]:
    """Each article's place in publication order, 0 for the earliest and 1 for the latest; 0.5
    where undated (ISO dates and times sort as text)."""
    dated = sorted({a.published for a in articles if a.published})
    if len(dated) < 2:
        return [0.5] * len(articles)
    return [dated.index(a.published) / (len(dated) - 1) if a.published else 0.5 for a in articles]


def _within_budget(
    words: int, narratives: list[Narrative], contested: list[Contested], numbering: _Numbering,
    before: dict[int, int], pinned: Sequence[bool],
) -> tuple[list[Narrative], list[Contested]]:
    """The narratives, then the contested points, that fit in the ``words`` the lede and facts left, in
    order; the sources only they cited lose their numbers (numbers are given in order of first citation,
    so replaying the kept items' citations gives each the number it had). A point that disputes a
    figure the brief prints (``pinned``, one flag a point) comes first, before the narratives:
    printed alone, one outlet's figure would read as the fact (the example at 120 words said
    "injuring 40 workers" and nothing of the 47); facts gave way for it (:func:`_room_for_disputes`)."""
    pinned_points: list[Contested] = []
    for point, flag in zip(contested, pinned, strict=True):
        if flag and _point_words(point) <= words:
            pinned_points.append(point)
            words -= _point_words(point)
    kept_narratives: list[Narrative] = []
    for narrative in narratives:
        words -= len(narrative.text.split())
        if words < 0:
            break
        kept_narratives.append(narrative)
    kept_contested: list[Contested] = []
    for point in contested:
        if point in pinned_points or (words := words - _point_words(point)) >= 0:
            kept_contested.append(point)
    if len(kept_narratives) < len(narratives) or len(kept_contested) < len(contested):
        article_of = numbering.articles()
        numbering.order = dict(before)
        for narrative in kept_narratives:
            for number in [*narrative.sources, *(sup.source for sup in narrative.support)]:
                numbering.number(article_of[number])
        for point in kept_contested:
            for claim in point.claims:
                for number in [*(sup.source for sup in claim.support), *claim.sources]:
                    numbering.number(article_of[number])
    return kept_narratives, kept_contested


def _recorded_lean(article: Article) -> float | None:
    """The left-right leaning an article's own record gives its outlet (none is guessed)."""
    rating = rating_of(None, article.outlet, article.url, article.rating) if article.rating else None
    return rating.lean if rating else None


def _brief_id(articles: Sequence[Article]) -> str:
    digest = hashlib.sha256("\n".join(sorted(a.id or a.text[:200] for a in articles)).encode()).hexdigest()
    return digest[:12]


# The section an outlet's name files a piece under, which its readers want to see: "(Opinion)".
_SECTION = re.compile(r"\((opinion|opinions|editorial|commentary|analysis)\)", re.I)


def _display_names(articles: Sequence[Article], config: Config) -> list[str]:
    """Each article's outlet by its one name ("Fox News (Online News)" -> "Fox News", "Guardian
    (UK)" -> "The Guardian"; the user's registry entries too), keeping a section that tells a
    column from a report ("The New York Times (Opinion)")."""
    registry = load_registry(config)
    names = []
    for article in articles:
        name = registry.display_name(article.outlet, article.url)
        section = _SECTION.search(article.outlet) if name != article.outlet.strip() else None
        names.append(f"{name} ({section.group(1).capitalize()})" if section else name)
    return names


def _labels(
    articles: Sequence[Article], names: Sequence[str], numbering: _Numbering, independence: Sequence[str],
    sections: Sequence[bool],
) -> list[Source]:
    """The sources in citation order, each with its label and, where another outlet's source is the
    same report (a wire story republished), that source's number: cited together, they are one."""
    counts = Counter(names[i] for i in numbering.order)
    seen: Counter[str] = Counter()
    first_of: dict[str, tuple[int, str]] = {}  # independence key -> its first source's number and outlet
    sources = []
    for index, number in sorted(numbering.order.items(), key=lambda kv: kv[1]):
        article, name = articles[index], names[index]
        label = name
        if counts[name] > 1:
            label = f"{name} ({chr(ord('a') + seen[name])})"
            seen[name] += 1
        first, outlet = first_of.setdefault(independence[index], (number, name))
        sources.append(
            Source(number, article.outlet, label, article.title, article.url, index, article.id, article.published,
                   first if outlet != name else None, sections[index])
        )
    return sources


def _unused(
    articles: Sequence[Article], names: Sequence[str], numbering: _Numbering, sections: Sequence[bool]
) -> list[Unused]:
    """The outlets read whose articles nothing printed cites, each once, none cited already: a
    reader counting the Sources line would take them for outlets that did not cover the story."""
    cited = {names[i] for i in numbering.order}
    unused: dict[str, Unused] = {}
    for index, article in enumerate(articles):
        name = names[index]
        if index not in numbering.order and name not in cited and name not in unused:
            unused[name] = Unused(article.outlet, name, article.title, article.url, article.id, sections[index])
    return list(unused.values())


def _rivals(disputes: Sequence[Dispute], sentences: Sequence[Sentence]) -> dict[int, frozenset[int]]:
    """Sentence -> the disputes it takes part in: a disputed sentence's, and those of every unit that
    holds one ("... died early Tuesday, the leader's office announced. He was 68."), which states
    the same value."""
    rivals: dict[int, frozenset[int]] = {}
    for n, dispute in enumerate(disputes):
        for s in dispute.sentences():
            for k, unit in enumerate(sentences):
                if unit.article == s.article and unit.start <= s.start and s.end <= unit.end:
                    rivals[k] = rivals.get(k, frozenset()) | {n}
    return rivals


def _printed_groups(
    kept: Sequence[Article], candidates: Sequence[FactGroup], leads: Sequence[FactGroup],
    sentences: Sequence[Sentence], sim: Matrix, config: Config, states: Callable[[int, int], bool],
    titles: Sequence[frozenset[str]],
) -> list[FactGroup]:
    """The lede and the facts a brief prints, in print order; the lede from ``leads`` where given
    (``titles``: the words of each news report's title, :func:`_titles`)."""
    budget, limit = _budget(kept, config), config.brief.max_facts + 1
    texts = [a.text for a in kept]
    if config.brief.max_words:
        # A word budget the user set: the most important facts that fit, the lede among them.
        fitting = fit_budget(candidates, sentences, budget=budget, limit=limit + _SPARE)
        led = lede_first(fitting, sentences, sim, config, _recency(kept), titles, leads)
        led = with_sequel(led, sentences, config, budget, states)
        led = happenings_first(led, sentences, config.brief.unreported)
        # Facts that wait for a person's introduction may leave words over: the next candidates fill them.
        ordered = introduced([*led, *(g for g in candidates if g not in fitting)], sentences, texts)
        ordered = _without_retellings(ordered, sentences, sim, config, states)
        fitting = introduced(fit_budget(ordered, sentences, budget=budget, limit=limit), sentences, texts)
        return _told_in_order(fitting, sentences, texts)
    # A lede that names someone no fact before it introduces waits too: the first fact left leads.
    led = with_sequel(
        lede_first(candidates, sentences, sim, config, _recency(kept), titles, leads), sentences, config, budget,
        states,
    )
    ordered = introduced(happenings_first(led, sentences, config.brief.unreported), sentences, texts)
    ordered = _without_retellings(ordered, sentences, sim, config, states)
    # The length may cut the fact that names a person another fact gives by surname only.
    fitting = introduced(fit_budget(ordered, sentences, budget=budget, limit=limit, hard=False), sentences, texts)
    return _told_in_order(fitting, sentences, texts)


def _told_in_order(
    printed: Sequence[FactGroup], sentences: Sequence[Sentence], texts: Sequence[str]
) -> list[FactGroup]:
    """The facts with each article's in its own order, unless that puts a fact naming someone by
    surname before the fact that introduces them, where the order by importance stays."""
    reordered = introduced(in_article_order(printed, sentences), sentences, texts)
    return reordered if len(reordered) == len(printed) else list(printed)


def make_brief(
    articles: Sequence[Article], *, config: Config | None = None, brief_id: str = "",
    embedder: Embedder | None = None, writer: Writer | None = None,
) -> Brief:
    """The brief of one story's articles. Every sentence in it is a source's sentence, cited.

    With a ``writer`` (an LLM), each fact may be reworded, but a rewording is kept only when
    everything it says is in the fact's supporting sentences (:func:`evenhand.brief.llm.faithful`);
    otherwise the source's own sentence stays."""
    config = config or load_config()
    kept, independence = deduplicate(articles, config.grouping.duplicate_article_jaccard)
    kept, independence = _in_one_language(kept, independence)
    # A page without a title may have run it into its first sentence, byline and all (words of its
    # text, which no column's narrative cites as its title).
    as_given, kept = kept, [a if a.title else replace(a, title=run_in_title(a.text)) for a in kept]
    registry = load_registry(config)
    sections = [opinion_section(a, registry) for a in kept]
    texts = [a.text for a in kept]
    per_article = _argued(sections, _leading(segment_all(kept, max_chars=config.limits.max_sentence_chars),
                                         config.limits.max_sentences))
    sentences = [s for group in per_article for s in group]
    independence = link_copies(sentences, independence)
    ident = brief_id or _brief_id(kept)
    if not sentences:
        names, numbering = _display_names(kept, config), _Numbering()
        # Nothing to print: the headline still tells the story as a report's title does, not a column's
        # verdict, and its article is the brief's one source, as where sentences lead to nothing.
        headline, headline_article = _headed(kept, [], None, sections, set(), names)
        if headline_article is not None:
            numbering.number(headline_article)
        return Brief(
            id=ident, headline=headline, lede=None, sources=_labels(kept, names, numbering, independence, sections),
            headline_source=numbering.order.get(headline_article) if headline_article is not None else None,
            unused=_unused(kept, names, numbering, sections),
        )
    model = embedder or load_embedder(config.embedder.name)
    sim = similarity(sentences, np.asarray(model.embed([s.text for s in sentences])), config)
    groups = group_sentences(sentences, sim, config)
    ranked = rank_groups(groups, sentences, sim, independence, [len(p) for p in per_article], config)
    disputes = find_disputes(sentences, sim, independence, config)
    rivals = _rivals(disputes, sentences)
    title_figures = _title_figures(kept)

    def chosen_from(order: Sequence[FactGroup], limit: int) -> list[FactGroup]:
        return [
            g for g in select(
                order, sentences, sim, config, limit=limit, rivals=rivals, title_figures=title_figures,
            )
            if not answered(sentences[g.rep], sentences)
        ]

    # The lede is the news each outlet opens with; the facts after it, what the outlets share.
    # A word budget the user set chooses the lede among the facts that fit it.
    leads = [] if config.brief.max_words else chosen_from(
        sorted(ranked, key=lambda g: g.news, reverse=True), config.brief.lede_candidates
    )
    titles = _titles(kept, sections)
    led = lede_first(leads, sentences, sim, config, _recency(kept), titles)[:1]
    candidates = chosen_from([*led, *ranked], config.brief.max_facts + _SPARE)
    states = Stating(sentences, sim, config)
    chosen = with_reply(
        _printed_groups(kept, candidates, leads, sentences, sim, config, states, titles), ranked, sentences, texts
    )
    # (not the lede, which with_sequel tells with the sentence after it where there is room: made to
    # wait for its caveat too, neus-val-0123's and multinews-126's ledes gave way to reactions)
    chosen = [*chosen[:1], *with_contrast(chosen[1:], sentences, config, texts)]
    real = [d for d in disputes if d.real]
    if config.brief.max_words > 0:
        chosen = _room_for_disputes(chosen, sentences, real, config.brief.max_words)
    numbering = _Numbering()

    def support_of(s: Sentence) -> Support:
        return Support(numbering.number(s.article), s.start, s.end, s.text)

    facts = cited_facts(chosen, sentences, independence, states, support_of)
    if all(sections) and any(f.independent < 2 for f in facts):
        # Where every source is filed as argument, what one of them alone tells is its own telling (the
        # scene a column sets, the film it opens on, "Palestinian terrorists": readings 44b and 44c), not
        # the news: a fact is printed only where two independent sources tell it.
        chosen = [g for g, f in zip(chosen, facts, strict=True) if f.independent >= 2]
        numbering = _Numbering()
        facts = cited_facts(chosen, sentences, independence, states, support_of)
    printed = [sentences[g.rep] for g in chosen]
    if writer is not None:
        # A disputed figure keeps its source's words: who gives which number is the news.
        facts = [
            fact if g.rep in rivals else reword(writer, fact)
            for g, fact in zip(chosen, facts, strict=True)
        ]
    lede, facts = (facts[0], facts[1:]) if facts else (None, facts)
    before = dict(numbering.order)
    names = _display_names(kept, config)
    narratives = find_narratives(
        sentences, n_articles=len(set(independence)), support_of=support_of, source_of=numbering.number,
        outlet_of=lambda i: names[i], per_narrative=config.brief.narrative_sentences,
        max_narratives=config.brief.max_narratives, printed=printed, opinion=lambda i: sections[i],
        writer_of=lambda i: columnist(kept[i].outlet, names[i]), lean_of=lambda i: _recorded_lean(kept[i]),
        articles=[
            a if sections[i] and filed_beyond_its_title(a, per_article[i], registry) else replace(a, title="")
            for i, a in enumerate(as_given)
        ],
    )
    contested = to_contested(disputes, support_of, numbering.number, config)
    if config.brief.max_words > 0:
        printed_facts = [*([lede] if lede else []), *facts]
        narratives, contested = _within_budget(
            config.brief.max_words - sum(len(f.text.split()) for f in printed_facts),
            narratives, contested, numbering, before,
            _figures_printed(real, [f.text for f in printed_facts]),
        )
    article_of = numbering.articles()
    cited = {article_of[n] for fact in [*([lede] if lede else []), *facts] for n in fact.sources}
    headline, headline_article = _headed(kept, facts, lede, sections, cited, names)
    if headline_article is not None:
        numbering.number(headline_article)  # its title is the headline: a source; an uncited article is not
    sources = _labels(kept, names, numbering, independence, sections)
    return Brief(
        id=ident, headline=headline, lede=lede, facts=facts, sources=sources, narratives=narratives,
        contested=contested,
        headline_source=numbering.order.get(headline_article) if headline_article is not None else None,
        unused=_unused(kept, names, numbering, sections),
    )
