"""Where an article is filed: as news, or as argument (an opinion, editorial, column or analysis
piece, where the writer's own calls and readings are the argument), and who wrote a column where its
source names a person rather than a publication."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from urllib.parse import urlsplit

from .. import lexicon
from ..model import Article, Sentence
from ..outlets.identity import Registry, load_registry
from .standalone import ANY_QUOTED
from .wording import in_first_person

# The writer speaking for themselves outside any quotation ("As we've discussed", "I'm not so sure").
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I['’](?:m|ve|d)|I (?:am|was|have|had|would|think|believe|know)|"
                           r"[Ww]e['’](?:ve|re|d)|[Mm]y|[Oo]ur)(?![\w'’])")

# Where a publication files its argument: an opinion or analysis section, by its name ("New York
# Times (Opinion)", "... (Analysis)", "Guest Writer - Left"), its address (/opinion/, /commentary/) or
# its title ("Opinion: ..."). A source labelled so says it in the Sources line already.
FILED_AS_ARGUMENT = re.compile(r"\((?:opinion|opinions|editorial|commentary|analysis)\)", re.I)


def opinion_mark(label: str, opinion: bool) -> str:
    """" (opinion)" after a source's label where its piece is filed as argument and the label does
    not say so already ("New York Post (Opinion)" does)."""
    return " (opinion)" if opinion and not FILED_AS_ARGUMENT.search(label) else ""


_OPINION_NAME = re.compile(FILED_AS_ARGUMENT.pattern + r"|\bguest (?:writer|column|essay)", re.I)
_OPINION_PATHS = frozenset(
    "opinion opinions commentary editorial editorials op-ed op-eds oped column columns columnists analysis "
    # (National Review's blog of argument, the Guardian's opinion section)
    "outlook ideas corner commentisfree".split()
)
# A slug that files the piece by its last words: "...-health-opinion-1613718", and an analysis
# slug with the desk's codes after it ("cuba-protests-analysis-intl-hnk/index.html").
_OPINION_SLUG = re.compile(
    r"-(?:opinion|op-ed|editorial|commentary)-\d+/?$|-analysis(?:-[a-z]{2,5}){0,3}(?:/index\.html?)?/?$"
    # ... or by its first ("/opinion-why-are-we-turning-our-backs-on-remote-learning/", allsides-5932's
    # Education Week column, whose sentences led its brief; not a report on the section or on polls:
    # "/opinion-poll-shows-...", "/opinion-editor-resigns-...")
    r"|/(?:opinion|op-ed|editorial|commentary)-(?!(?:polls?|pollsters?|surveys?|research|editors?|writers?|"
    r"columnists?|page|pages|section|board|box|draft|leak)\b)[a-z]",
    re.I,
)
# A piece filed under a person's name ("Ross Douthat") is their column; an outlet named like one
# ("Mother Jones", "Boston Globe") is known to the registry or has a publication's word in it.
# (not one opening on an article: "The Oregonian", "Le Devoir"; a surname's particle, "Katrina vanden
# Heuvel", is a publication's as often: "Estado de Minas", "Giornale di Sicilia": review 43c)
_PERSON = re.compile(
    r"^(?!(?:The|Le|La|Die|Der|Das|Il|Los|Las)\b)[A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:[A-Z][a-z]+)?$"
)
_OPINION_TITLE = re.compile(
    r"^\s*(?:opinion|editorial|commentary|column|analysis|op-ed)\s*[:|]"
    # a critic's: "Triggered review: Donald Jr, the Trump kid with real political chops" (not "Board
    # Upholds Trump Ban But Orders New Review")
    r"|^[^:–—]{0,80}\b[Rr]eview\s*[:–—]\s",
    re.I,
)
# ... or a title passing the writer's own judgement on someone's deed ("Trump's awful advice on voting
# twice", "Biden's Dishonest Sales Pitch"): a report's title tells the deed, not what it is worth.
_JUDGING_TITLE = re.compile(
    # (not a word a report gives a storm's or a company's lot: "dangerous winds", "a bad quarter")
    r"\b\w+['’]s\s+(?:very\s+|most\s+)?(?:awful|terrible|disgraceful|shameful|absurd|ridiculous|ludicrous|"
    r"outrageous|pathetic|stupid|dumb|foolish|despicable|idiotic|dishonest|cowardly|hypocritical|"
    r"embarrassing|vile|deranged)\s+[a-z]",
    re.I,
)


def opinion_section(article: Article, registry: Registry | None = None) -> bool:
    """Whether an article is filed as argument (an opinion, editorial, column or analysis piece),
    where a call in the writer's own words ("should", "must") is the argument itself. ``registry``:
    the outlets as the user's config has them (the bundled ones where not given), among them the
    publications of argument."""
    outlet = (registry or load_registry()).find(article.outlet, article.url)
    return bool(
        _OPINION_NAME.search(article.outlet)
        or (outlet is not None and outlet.argues_in(article.url))
        or _columnist(article.outlet)
        or any(part.lower() in _OPINION_PATHS for part in urlsplit(article.url or "").path.split("/"))
        or _OPINION_SLUG.search(urlsplit(article.url or "").path)
        or _OPINION_TITLE.match(article.title)
        or _JUDGING_TITLE.search(ANY_QUOTED.sub(" ", article.title))
        # "I want your vote to become your next president — here's what I will do" (neus-val-0031): the
        # writer's own case, a candidate's op-ed
        or in_first_person(article.title, singular=True)
        or _DISCLAIMER.search(article.text)
    )


def filed_beyond_its_title(article: Article, units: Sequence[Sentence], registry: Registry | None = None) -> bool:
    """Whether a piece is filed as argument by more than a judging or first-person title (by its
    address, section, outlet, a section's rubric in the title or a disclaimer), or speaks in the first
    person in its text as in its title: only then is its title its thesis ("I Will Not Scrap the Levy"
    over a news report of the mayor's words is hers: review 44b)."""
    plain = article if _OPINION_TITLE.match(article.title) else replace(article, title="")
    return opinion_section(plain, registry) or (in_first_person(article.title) and writes_in_first_person(units))


# A contributor's disclaimer, where the page carries it: "The opinions expressed are those of the
# writer.", "The views expressed in this article are the author's own."
_DISCLAIMER = re.compile(
    r"\b(?:opinions?|views?) expressed (?:here |herein |in this (?:article|column|piece|commentary) )?"
    r"(?:are|is) (?:those of the (?:writer|author|contributor)s?|(?:the|solely the) (?:writer|author)['’]s own)\b",
    re.I,
)


def columnist(outlet: str, display_name: str = "") -> str:
    """The writer a source names in place of its publication ("Ross Douthat"), or "": not a
    publication's own desk or edition, which shares a word with the name it is shown by
    (``display_name``: "Bloomberg Opinion", "Axios Denver", review 43c)."""
    writer = outlet.strip() if _columnist(outlet) else ""
    return "" if set(writer.split()) & set(display_name.split()) else writer


@lru_cache(maxsize=1024)
def _columnist(outlet: str) -> bool:
    name = outlet.strip()
    if not _PERSON.match(name) or load_registry().by_name(name) is not None:
        return False
    return not any(w.lower() in lexicon.PUBLICATION_WORDS for w in name.split())


def writes_in_first_person(units: Sequence[Sentence]) -> bool:
    """Whether the writer of an article argues in their own person: a news report speaks in the
    first person only in the quotations it reports."""
    return any(_FIRST_PERSON.search(ANY_QUOTED.sub(" ", u.text)) for u in units if u.kind != "quote")
