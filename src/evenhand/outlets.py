"""Outlets: which publication an article is from, where the user's ratings place it, and what
that says about a story.

- **Identity**: a bundled registry of major outlets (``data/outlets.toml``: name, domains,
  country, other names; facts only, never a rating) and the user's additions and renames
  (``[[outlets.outlet]]`` in their config) make "The Guardian", "Guardian (UK)" and
  theguardian.com one outlet with one display name.
- **Ratings** on two axes, left-right (``lean``) and establishment, from -1 (left;
  establishment-critical) to 1 (right; pro-establishment), come only from files the user
  imports (an AllSides-style CSV or a plain one with scores); none is bundled and none is ever
  guessed. They are matched to articles by name, by the link's section, by the registry and by
  domain, so "CNN (Online News)", "CNN" and cnn.com meet.
- **Coverage**: how many outlets and independent sources cover a story from each side of each
  rated axis, and the blindspots (a side that covers far less than the other).
- **Side-labelled narratives**: a step applied to a finished brief, leaving the brief engine
  untouched: two narratives whose outlets stand apart on a rated axis are labelled by it.
- **Sliders**: which outlets a brief draws on (by their ratings) and how long it is.

One module past 600 lines on purpose: every part above rests on the same matcher (``Ratings``)
and the same axes and sides, and architecture.md gives outlets one room; split it into a package
when a second implementation of any part appears.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from . import lexicon
from .config import Config
from .errors import InputError
from .model import Article, Brief, Narrative, Unargued

_WORDS = re.compile(r"\w+", re.UNICODE)


def outlet_from_url(url: str | None) -> str | None:
    """The outlet a URL's host names: its registered domain ("bbc" of news.bbc.co.uk), or the
    publication's own subdomain on a shared host (a Substack, a Medium blog, example.org)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    host = re.sub(r"^(?:www\d?|m|amp|edition|news)\.", "", host)
    if not host or "." not in host:
        return None
    parts = host.split(".")
    registered = 3 if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2 else 2
    if ".".join(parts[-registered:]) in lexicon.SHARED_HOSTS and len(parts) > registered:
        registered += 1
    core = parts[-registered]
    return core.capitalize() if len(core) > 4 else core.upper()


def outlet_key(name: str) -> str:
    """An outlet name reduced for matching: "The Hill" ~ "the hill", "Fox News (Online News)" ~ "Fox News"."""
    base = re.sub(r"\([^)]*\)", " ", unicodedata.normalize("NFKC", name)).casefold()
    words = _WORDS.findall(base)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


LEANINGS: tuple[tuple[str, str], ...] = (
    ("left", "Left"),
    ("lean-left", "Lean Left"),
    ("center", "Center"),
    ("lean-right", "Lean Right"),
    ("right", "Right"),
)
LEAN_KEYS = {key for key, _ in LEANINGS}


def lean_key(rating: str | None) -> str | None:
    """The CSS/bucket key of an AllSides-style rating ("Lean Left" -> "lean-left"), None if unknown."""
    if not rating:
        return None
    key = "-".join(rating.casefold().replace("-", " ").split())
    return key if key in LEAN_KEYS else None



# -- identity -----------------------------------------------------------------------------------

_DOMAIN_NAME = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Outlet:
    """A publication: one display name for every name and domain its articles carry."""

    name: str
    domains: tuple[str, ...] = ()
    country: str | None = None
    aliases: tuple[str, ...] = ()


def _host(link: str | None) -> str | None:
    """The host of a URL or of a bare ``domain/path`` as ratings files give links."""
    if not link:
        return None
    link = link.strip()
    if "://" not in link:
        link = "http://" + link
    try:
        return url_domain(link)
    except ValueError:
        return None


def _parents(host: str) -> Iterator[str]:
    """``money.yahoo.com``, then ``yahoo.com``: a host and the domains above it, down to two labels."""
    parts = host.split(".")
    for i in range(max(len(parts) - 1, 1)):
        yield ".".join(parts[i:])


def name_domain(name: str) -> str | None:
    """The domain an outlet name is, where the name is one ("TheBlaze.com", "theguardian.com")."""
    match = _DOMAIN_NAME.match(name.strip())
    return match.group(1).lower() if match else None


class Registry:
    """Outlets by name, alias and domain; a later entry sharing a name or domain replaces an earlier one."""

    def __init__(self, outlets: Iterable[Outlet]) -> None:
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in outlets:
            replaced = {self._by_key.get(k) for k in self._keys(outlet)} | {
                self._by_domain.get(d) for d in outlet.domains
            }
            for old in replaced - {None}:
                assert old is not None
                self._forget(old)
            for key in self._keys(outlet):
                self._by_key[key] = outlet
            for domain in outlet.domains:
                self._by_domain[domain] = outlet

    @staticmethod
    def _keys(outlet: Outlet) -> set[str]:
        return {k for k in (outlet_key(n) for n in (outlet.name, *outlet.aliases)) if k}

    def _forget(self, outlet: Outlet) -> None:
        self._by_key = {k: o for k, o in self._by_key.items() if o is not outlet}
        self._by_domain = {d: o for d, o in self._by_domain.items() if o is not outlet}

    @property
    def outlets(self) -> list[Outlet]:
        return list(dict.fromkeys([*self._by_key.values(), *self._by_domain.values()]))

    def by_name(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        if (domain := name_domain(name)) and (found := self.by_url("http://" + domain)):
            return found
        return self._by_key.get(outlet_key(name))

    def by_url(self, url: str | None) -> Outlet | None:
        host = _host(url)
        if not host:
            return None
        return next((self._by_domain[d] for d in _parents(host) if d in self._by_domain), None)

    def find(self, name: str | None, url: str | None = None) -> Outlet | None:
        """The outlet of an article: by the name it gives, else by its URL's domain."""
        return self.by_name(name) or self.by_url(url)

    def display_name(self, name: str, url: str | None = None) -> str:
        found = self.find(name, url)
        return found.name if found else name.strip()

    def identity(self, name: str, url: str | None = None) -> str:
        """A key equal for every name and domain of one outlet (the registry's, else the name's key)."""
        found = self.find(name, url)
        return "=" + found.name if found else outlet_key(name) or name.strip()


def _outlet_entries(raw: Any, origin: str) -> list[Outlet]:
    if not isinstance(raw, list):
        raise InputError(origin, "[[outlet]] entries must be a list of tables")
    out = []
    for entry in raw:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise InputError(origin, f"an outlet entry needs a name: {entry!r:.80}")
        unknown = set(entry) - {"name", "domains", "country", "aliases"}
        if unknown:
            raise InputError(origin, f"unknown key(s) in an outlet entry: {', '.join(sorted(unknown))}")
        domains = tuple(h for d in entry.get("domains", []) if (h := _host(str(d))))
        aliases = tuple(str(a) for a in entry.get("aliases", []))
        out.append(Outlet(entry["name"].strip(), domains, entry.get("country"), aliases))
    return out


@lru_cache(maxsize=1)
def _bundled() -> tuple[Outlet, ...]:
    text = resources.files("evenhand").joinpath("data/outlets.toml").read_text(encoding="utf-8")
    return tuple(_outlet_entries(tomllib.loads(text)["outlet"], "data/outlets.toml"))


def load_registry(config: Config | None = None) -> Registry:
    """The bundled outlets with the user's own ``[[outlets.outlet]]`` entries laid over them."""
    user = (config.extra.get("outlets", {}) if config else {}).get("outlet", [])
    return Registry([*_bundled(), *_outlet_entries(user, "config [[outlets.outlet]]")])


# -- ratings ------------------------------------------------------------------------------------

AXES = ("lean", "establishment")
SIDES: dict[str, tuple[str, str, str]] = {
    "lean": ("left", "center", "right"),
    "establishment": ("critical", "neutral", "pro"),
}
SIDE_NAMES = {
    ("lean", "left"): "Left", ("lean", "center"): "Center", ("lean", "right"): "Right",
    ("establishment", "pro"): "Pro-establishment", ("establishment", "neutral"): "Neutral",
    ("establishment", "critical"): "Establishment-critical",
}
_SIDE_WORDS = {
    ("lean", "left"): "left-leaning", ("lean", "center"): "centrist", ("lean", "right"): "right-leaning",
    ("establishment", "pro"): "pro-establishment", ("establishment", "neutral"): "establishment-neutral",
    ("establishment", "critical"): "establishment-critical",
}
# AllSides' five words on the left-right axis as scores; "Mixed" places an outlet nowhere.
ALLSIDES_LEAN = {"left": -1.0, "lean left": -0.5, "center": 0.0, "lean right": 0.5, "right": 1.0}


@dataclass(frozen=True, slots=True)
class OutletSettings:
    side_at: float = 0.25
    blindspot_min: int = 3
    blindspot_share: float = 0.2
    narrative_gap: float = 0.5
    slider_width: float = 0.5


def outlet_settings(config: Config | None) -> OutletSettings:
    raw = dict(config.extra.get("outlets", {})) if config else {}
    raw.pop("outlet", None)
    known = {f.name for f in fields(OutletSettings)}
    if unknown := set(raw) - known:
        raise InputError("config", f"unknown key(s) in [outlets]: {', '.join(sorted(unknown))}")
    return OutletSettings(**raw)


@dataclass(frozen=True, slots=True)
class Rating:
    """Where a ratings file places an outlet (or a section or writer of one): scores from -1 (left;
    establishment-critical) to 1 (right; pro-establishment), None where it gives none."""

    name: str
    lean: float | None = None
    establishment: float | None = None
    label: str | None = None
    link: str | None = None

    @classmethod
    def in_words(cls, name: str, label: str, link: str | None = None) -> Rating:
        """A rating given in AllSides' words ("Lean Left"; "Mixed" places the outlet on no side)."""
        return cls(name, ALLSIDES_LEAN.get(" ".join(label.casefold().replace("-", " ").split())), None, label, link)

    def score(self, axis: str) -> float | None:
        return self.lean if axis == "lean" else self.establishment

    @property
    def lean_label(self) -> str | None:
        """The lean in AllSides' words: the file's own, else the word nearest the score."""
        if self.label and lean_key(self.label):
            return self.label
        lean = self.lean
        if lean is None:
            return None
        return min((name for _, name in LEANINGS), key=lambda name: abs(ALLSIDES_LEAN[name.casefold()] - lean))

    @property
    def is_opinion(self) -> bool:
        return "opinion" in self.name.casefold()


def side_of(score: float | None, axis: str, settings: OutletSettings = OutletSettings()) -> str | None:
    """The side of an axis a score falls on, None for no score."""
    if score is None:
        return None
    low, middle, high = SIDES[axis]
    return low if score <= -settings.side_at else high if score >= settings.side_at else middle


def side_of_rating(
    rating: Rating | None, axis: str, settings: OutletSettings = OutletSettings()
) -> str | None:
    return side_of(rating.score(axis), axis, settings) if rating else None


def side_word(axis: str, side: str) -> str:
    return _SIDE_WORDS[axis, side]


def _full_key(name: str) -> str:
    """A name reduced for exact matching, keeping its qualifier: "CNN (Opinion)" ~ "cnn opinion"."""
    words = _WORDS.findall(unicodedata.normalize("NFKC", name).casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _section(link: str | None) -> str | None:
    """``host/path`` of a link below a site's root ("cnn.com/business"), None for a root or no link."""
    host = _host(link)
    if not host or link is None:
        return None
    path = urlsplit(link if "://" in link else "http://" + link).path.strip("/")
    return f"{host}/{path.casefold()}" if path else None


def _url_path(url: str | None) -> str | None:
    host = _host(url)
    if not host or url is None:
        return None
    return f"{host}/{urlsplit(url).path.strip('/').casefold()}"


class Ratings:
    """The user's ratings, matched to articles: by the exact name, else the rated section the URL
    lies in, else the registry's outlet, else the name without its qualifier, else the domain."""

    def __init__(self, ratings: Iterable[Rating], registry: Registry | None = None) -> None:
        self.registry = registry or load_registry()
        self.ratings = list(ratings)
        self._exact: dict[str, Rating] = {}
        self._sections: dict[str, Rating] = {}
        self._by_outlet: dict[str, list[Rating]] = {}
        self._by_key: dict[str, list[Rating]] = {}
        self._by_root: dict[str, list[Rating]] = {}
        for rating in self.ratings:
            self._exact.setdefault(_full_key(rating.name), rating)
            self._by_key.setdefault(outlet_key(rating.name), []).append(rating)
            section = _section(rating.link)
            if section:
                self._sections.setdefault(section, rating)
            elif host := _host(rating.link) or name_domain(rating.name):
                self._by_root.setdefault(host, []).append(rating)
            # A writer's page on a site (a link below its root) rates the writer, not the outlet.
            outlet = self.registry.by_name(rating.name) or (None if section else self.registry.by_url(rating.link))
            if outlet is not None:
                self._by_outlet.setdefault(outlet.name, []).append(rating)
        self._cache: dict[tuple[str, str | None], Rating | None] = {}

    def __bool__(self) -> bool:
        return bool(self.ratings)

    def __len__(self) -> int:
        return len(self.ratings)

    @staticmethod
    def _best(candidates: Sequence[Rating] | None) -> Rating | None:
        """Of several ratings of one outlet, its news side at the site's root over opinion and sections."""
        if not candidates:
            return None
        return min(candidates, key=lambda r: (r.is_opinion, _section(r.link) is not None, len(r.name)))

    def find(self, name: str, url: str | None = None) -> Rating | None:
        key = (name, url)
        if key not in self._cache:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = self._find(name, url)
        return self._cache[key]

    def _find(self, name: str, url: str | None) -> Rating | None:
        if found := self._exact.get(_full_key(name)):
            return found
        if path := _url_path(url):
            host, _, rest = path.partition("/")
            parts = rest.split("/") if rest else []
            for depth in range(len(parts), 0, -1):
                if found := self._sections.get(host + "/" + "/".join(parts[:depth])):
                    return found
        outlet = self.registry.find(name, url)
        if outlet is not None and (found := self._best(self._by_outlet.get(outlet.name))):
            return found
        if found := self._best(self._by_key.get(outlet_key(name))):
            return found
        domain = _host(url) or name_domain(name)
        if domain:
            return next((r for d in _parents(domain) if (r := self._best(self._by_root.get(d)))), None)
        return None


def _score(value: str, where: str, problems: list[str]) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        score = float(value)
    except ValueError:
        problems.append(f"{where}: {value!r} is not a number")
        return None
    if not -1.0 <= score <= 1.0:
        problems.append(f"{where}: {score} is outside -1 .. 1")
        return None
    return score


_NAME_COLUMNS = ("news_source", "outlet", "name", "source", "domain")
_LABEL_COLUMNS = ("bias_rating", "rating", "bias")
_LEAN_COLUMNS = ("lean", "left_right", "leftright", "left-right")
_ESTABLISHMENT_COLUMNS = ("establishment", "pro_establishment")
_LINK_COLUMNS = ("news_link", "link", "url", "domain")


def read_ratings(csv_file: str, *, max_bytes: int = 20_000_000) -> tuple[list[Rating], list[str]]:
    """The ratings of a CSV file and a line for each row that could not be read.

    Two shapes: AllSides' (``news_source``, ``news_link``, ``bias_rating`` in words: Left, Lean
    Left, Center, Lean Right, Right, Mixed) and a plain one (``outlet`` or ``domain``, ``lean``
    and/or ``establishment`` as numbers from -1 to 1, optional ``link``).
    """
    try:
        with open(csv_file, "rb") as raw:
            data = raw.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(csv_file, f"larger than {max_bytes} bytes")
        reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
        columns = {c.strip().casefold(): c for c in reader.fieldnames or []}

        def column(names: tuple[str, ...]) -> str | None:
            return next((columns[n] for n in names if n in columns), None)

        name_col, label_col = column(_NAME_COLUMNS), column(_LABEL_COLUMNS)
        lean_col, est_col, link_col = column(_LEAN_COLUMNS), column(_ESTABLISHMENT_COLUMNS), column(_LINK_COLUMNS)
        if name_col is None or (label_col is None and lean_col is None and est_col is None):
            raise InputError(
                csv_file,
                "needs an outlet column (news_source, outlet or domain) and a rating: bias_rating, or lean"
                " and/or establishment scores from -1 to 1",
            )
        ratings: list[Rating] = []
        problems: list[str] = []
        for row in reader:
            where = f"{csv_file} line {reader.line_num}"
            name = (row.get(name_col) or "").strip()
            label = (row.get(label_col) or "").strip() if label_col else ""
            lean = _score(row.get(lean_col) or "", where, problems) if lean_col else None
            if lean is None and label:
                lean = Rating.in_words(name, label).lean
            establishment = _score(row.get(est_col) or "", where, problems) if est_col else None
            if not name:
                problems.append(f"{where}: no outlet name")
            elif lean is None and establishment is None and label.casefold() != "mixed":
                problems.append(f"{where}: {name}: no rating on either axis")
            else:
                link = (row.get(link_col) or "").strip() if link_col else ""
                ratings.append(Rating(name, lean, establishment, label or None, link or None))
        return ratings, problems
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(csv_file, f"not a readable CSV file ({exc})") from None
    except OSError as exc:
        raise InputError(csv_file, f"cannot read ({exc.__class__.__name__})") from None


# -- coverage and blindspots --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Covering:
    """One article of a story as coverage counts it; ``original_*`` name the article it is a
    syndicated copy of, whose outlet is then the independent source."""

    outlet: str
    url: str | None = None
    original_outlet: str | None = None
    original_url: str | None = None


def source_of(member: Covering) -> tuple[str, str | None]:
    """The outlet (name and URL) an article counts as a source for: its original's where it is a
    syndicated copy, else its own."""
    if member.original_outlet:
        return member.original_outlet, member.original_url
    return member.outlet, member.url


def independent_sources(
    members: Iterable[Covering], key: Callable[[str, str | None], str] = lambda name, _url: name
) -> set[str]:
    """A story's independent sources: the distinct ``key`` of each article's source (``source_of``),
    by the outlet's name as stored unless a registry's identity is given."""
    return {key(*source_of(m)) for m in members}


@dataclass(frozen=True, slots=True)
class SideCoverage:
    outlets: tuple[str, ...]
    independent: int


@dataclass(frozen=True, slots=True)
class Coverage:
    """Who covers a story from where: per rated axis and side, its outlets (display names) and
    independent sources; ``blindspots`` are the ``(axis, side)`` that cover it far less than the
    other side does."""

    outlets: tuple[str, ...]
    independent: int
    sides: dict[str, dict[str, SideCoverage]]
    blindspots: tuple[tuple[str, str], ...]
    unrated: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "axes": {
                axis: {
                    side: {
                        "name": SIDE_NAMES[axis, side], "n_outlets": len(c.outlets), "independent": c.independent,
                        "outlets": list(c.outlets),
                    }
                    for side, c in by_side.items()
                }
                for axis, by_side in self.sides.items()
            },
            "blindspots": [
                {"axis": axis, "side": side, "label": f"Blindspot: little {side_word(axis, side)} coverage"}
                for axis, side in self.blindspots
            ],
            "unrated": list(self.unrated),
        }


def coverage(
    members: Iterable[Covering], registry: Registry, ratings: Ratings | None,
    settings: OutletSettings = OutletSettings(),
) -> Coverage:
    """How many outlets and independent sources cover a story from each side of each rated axis.

    An outlet is counted once however many names and articles it has (the registry's identity),
    with the rating of its first rated article; without ratings no side is ever given.
    """
    names: dict[str, str] = {}
    rated: dict[str, Rating | None] = {}
    sources: set[str] = set()
    for m in members:
        ident = registry.identity(m.outlet, m.url)
        names.setdefault(ident, registry.display_name(m.outlet, m.url))
        if rated.get(ident) is None:
            rated[ident] = ratings.find(m.outlet, m.url) if ratings else None
        original = m.original_outlet or m.outlet
        source = registry.identity(*source_of(m))
        sources.add(source)
        if source not in rated and ratings:
            rated[source] = ratings.find(original, m.original_url)
    sides: dict[str, dict[str, SideCoverage]] = {}
    blindspots: list[tuple[str, str]] = []
    for axis in AXES:
        placed = {i: s for i, r in rated.items() if r and (s := side_of(r.score(axis), axis, settings))}
        if not placed:
            continue
        by_side = {
            side: SideCoverage(
                tuple(sorted(names[i] for i in names if placed.get(i) == side)),
                sum(1 for i in sources if placed.get(i) == side),
            )
            for side in SIDES[axis]
        }
        sides[axis] = by_side
        low, _, high = SIDES[axis]
        for side, other in ((low, high), (high, low)):
            theirs = by_side[other].independent
            if theirs >= settings.blindspot_min and by_side[side].independent <= settings.blindspot_share * theirs:
                blindspots.append((axis, side))
    unrated = tuple(sorted(names[i] for i in names if not any(side_of_rating(rated.get(i), a) for a in AXES)))
    return Coverage(tuple(sorted(names.values())), len(sources), sides, tuple(blindspots), unrated)


# -- side-labelled narratives -------------------------------------------------------------------

_PROVIDED_BY = ", as provided by "


def _mean(scores: dict[int, float]) -> float:
    return sum(scores.values()) / len(scores)


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def label_narratives(brief: Brief, ratings: Ratings | None, settings: OutletSettings = OutletSettings()) -> Brief:
    """The brief with its narratives labelled by side where their outlets stand apart on a rated axis.

    Two narratives are labelled ("Left narrative" / "Right narrative", "Pro-establishment
    narrative" / "Establishment-critical narrative") when every outlet behind each is rated on
    the axis, each narrative's outlets all sit on one side, the sides differ and their mean scores
    are at least ``narrative_gap`` apart; the other narratives keep the label of what they argue.
    Where a side's outlets cover the story but argue none of its narratives, ``brief.unargued``
    says so. Without ratings, or with no rated outlet, the brief is returned unchanged.
    """
    if not ratings or not brief.narratives:
        return brief
    rating_of = {s.number: ratings.find(s.outlet, s.url) for s in brief.sources}

    def scores(numbers: Iterable[int], axis: str) -> dict[int, float]:
        return {n: score for n in numbers if (r := rating_of.get(n)) and (score := r.score(axis)) is not None}

    def one_side(narrative: Narrative, axis: str) -> str | None:
        placed = scores(narrative.sources, axis)
        found = {side_of(v, axis, settings) for v in placed.values()}
        if len(placed) < len(narrative.sources) or len(found) != 1 or SIDES[axis][1] in found:
            return None
        return found.pop()

    best: tuple[float, str, int, int] | None = None
    narratives = brief.narratives
    for axis in AXES:
        for i, first in enumerate(narratives):
            for j in range(i + 1, len(narratives)):
                a, b = one_side(first, axis), one_side(narratives[j], axis)
                if a is None or b is None or a == b:
                    continue
                gap = abs(_mean(scores(first.sources, axis)) - _mean(scores(narratives[j].sources, axis)))
                if gap >= settings.narrative_gap and (best is None or gap > best[0]):
                    best = (gap, axis, i, j)
    labelled = list(narratives)
    if best is not None:
        _, axis, i, j = best
        for k in (i, j):
            n = labelled[k]
            side = one_side(n, axis)
            assert side is not None
            outlets = n.label.split(_PROVIDED_BY, 1)[1] if _PROVIDED_BY in n.label else _join(
                list(dict.fromkeys(s.outlet for s in brief.sources if s.number in n.sources))
            )
            labelled[k] = replace(
                n, label=f"{SIDE_NAMES[axis, side]} narrative{_PROVIDED_BY}{outlets}", axis=axis, side=side,
                scores=tuple(sorted(scores(n.sources, axis).items())),
            )
    return replace(brief, narratives=labelled, unargued=_unargued(brief, scores, one_side, settings))


def _unargued(
    brief: Brief, scores: Callable[[Iterable[int], str], dict[int, float]],
    one_side: Callable[[Narrative, str], str | None], settings: OutletSettings,
) -> list[Unargued]:
    """Sides of an axis that the narratives show to matter, whose outlets cover the story but argue none of them."""
    out = []
    for axis in AXES:
        if not any(one_side(n, axis) for n in brief.narratives):
            continue
        argued = {side_of(v, axis, settings) for n in brief.narratives for v in scores(n.sources, axis).values()}
        covering: dict[str, list[int]] = {}
        for number, score in scores((s.number for s in brief.sources), axis).items():
            covering.setdefault(side_of(score, axis, settings) or "", []).append(number)
        low, _, high = SIDES[axis]
        out += [Unargued(axis, side, tuple(covering[side])) for side in (low, high)
                if side in covering and side not in argued]
    return out


# -- the store's outlets ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutletEntry:
    """One publication of the store: its display name, the names its articles give, and its rating."""

    name: str
    names: tuple[str, ...]
    n_articles: int
    outlet: Outlet | None
    rating: Rating | None

    def to_dict(self) -> dict[str, Any]:
        r = self.rating
        return {
            "name": self.name, "n_articles": self.n_articles, "rating": r.lean_label if r else None,
            "names": list(self.names), "country": self.outlet.country if self.outlet else None,
            "domains": list(self.outlet.domains) if self.outlet else [],
            "lean": r.lean if r else None, "establishment": r.establishment if r else None,
            "rated_as": r.name if r else None,
        }


def outlet_entries(
    counts: Iterable[tuple[str, int]], urls: dict[str, str], registry: Registry, ratings: Ratings | None
) -> list[OutletEntry]:
    """Stored outlet names (with article counts and a URL of each) gathered into publications, the
    most prolific first; each rated as its most prolific rated name is."""
    grouped: dict[str, list[tuple[str, int]]] = {}
    for name, count in counts:
        grouped.setdefault(registry.identity(name, urls.get(name)), []).append((name, count))
    entries = []
    for members in grouped.values():
        members.sort(key=lambda m: -m[1])
        first = members[0][0]
        found = (ratings.find(n, urls.get(n)) for n, _ in members) if ratings else iter(())
        entries.append(OutletEntry(
            registry.display_name(first, urls.get(first)), tuple(n for n, _ in members), sum(c for _, c in members),
            registry.find(first, urls.get(first)), next((r for r in found if r is not None), None),
        ))
    return sorted(entries, key=lambda e: (-e.n_articles, e.name))


def find_entry(
    entries: Iterable[OutletEntry], name: str, registry: Registry, urls: dict[str, str]
) -> OutletEntry | None:
    """The publication ``name`` means: any of its names, its registry names, or a domain of its articles."""
    wanted, domain = registry.identity(name), name_domain(name)
    for entry in entries:
        hosts = {h for n in entry.names if (h := _host(urls.get(n)))}
        if (
            name in entry.names or registry.identity(entry.name) == wanted
            or (domain and any(domain in _parents(h) for h in hosts))
        ):
            return entry
    return None


def unrated_outlets(entries: Iterable[OutletEntry]) -> list[OutletEntry]:
    return [e for e in entries if e.rating is None]


# -- the reader's sliders -----------------------------------------------------------------------

# A slider's words, as points on its axis; a number from -1 to 1 is taken as it is.
SLIDER_POINTS = {
    "lean": {"left": -1.0, "center": 0.0, "right": 1.0},
    "establishment": {"critical": -1.0, "neutral": 0.0, "pro": 1.0},
}
# How many facts a brief has (besides its lede) at each depth; depth 3 keeps the configured number.
DEPTH_FACTS = (2, 4, None, 12, 20)


@dataclass(frozen=True, slots=True)
class Sliders:
    """The reader's settings: which outlets a brief draws on (those rated within ``slider_width`` of
    ``lean`` and of ``establishment``; unset: every outlet) and how long it is (``depth`` 1-5)."""

    lean: str | None = None
    establishment: str | None = None
    depth: int | None = None

    @classmethod
    def parse(
        cls, lean: str | None = None, establishment: str | None = None, depth: str | int | None = None
    ) -> Sliders:
        """Sliders from words or numbers as a reader gives them; raises InputError naming the bad one."""
        for axis, value in (("lean", lean), ("establishment", establishment)):
            if value is not None and cls._point(axis, value) is None:
                words = ", ".join(SLIDER_POINTS[axis])
                raise InputError(f"--{axis} {value}", f"expected {words} or a number from -1 to 1")
        level: int | None = None
        if depth is not None and depth != "":
            try:
                level = int(depth)
            except ValueError:
                level = 0
            if not 1 <= level <= len(DEPTH_FACTS):
                raise InputError(f"--depth {depth}", f"expected a whole number from 1 to {len(DEPTH_FACTS)}")
        return cls(_slider_word(lean), _slider_word(establishment), level)

    @staticmethod
    def _point(axis: str, value: str) -> float | None:
        word = value.strip().casefold()
        if word in SLIDER_POINTS[axis]:
            return SLIDER_POINTS[axis][word]
        try:
            number = float(word)
        except ValueError:
            return None
        return number if -1.0 <= number <= 1.0 else None

    def point(self, axis: str) -> float | None:
        value = self.lean if axis == "lean" else self.establishment
        return None if value is None else self._point(axis, value)

    @property
    def filters(self) -> bool:
        return self.lean is not None or self.establishment is not None

    @property
    def is_default(self) -> bool:
        return not self.filters and self.depth is None

    def params(self) -> dict[str, str]:
        """The settings as query parameters, unset ones left out (also the cache key)."""
        out = {"lean": self.lean, "establishment": self.establishment, "depth": str(self.depth or "")}
        return {k: v for k, v in out.items() if v}

    def configure(self, config: Config) -> Config:
        """``config`` with the brief as long as the depth asks (a word budget, if set, still bounds it)."""
        facts = DEPTH_FACTS[self.depth - 1] if self.depth else None
        if facts is None:
            return config
        brief = replace(config.brief, max_facts=facts, budgeted_max_facts=min(facts, config.brief.budgeted_max_facts))
        return replace(config, brief=brief)


def _slider_word(value: str | None) -> str | None:
    return value.strip().casefold() if value else None


def slider_subset(
    articles: Sequence[Article], ratings: Ratings | None, sliders: Sliders, settings: OutletSettings = OutletSettings()
) -> list[Article]:
    """The articles whose outlets the sliders keep: rated within ``slider_width`` of each set slider.
    An outlet not rated on a set slider's axis is left out (its leaning is never guessed)."""
    if not sliders.filters:
        return list(articles)
    kept = []
    for article in articles:
        rating = ratings.find(article.outlet, article.url) if ratings else None
        if rating is None:
            continue
        if all(
            (score := rating.score(axis)) is not None and abs(score - point) <= settings.slider_width + 1e-9
            for axis in AXES if (point := sliders.point(axis)) is not None
        ):
            kept.append(article)
    return kept


# -- the brief command's use of ratings and sliders ---------------------------------------------


def load_ratings(ratings_file: str | None, config: Config, on_problem: Callable[[str], None]) -> Ratings | None:
    """The ratings in a file the user gives (None without one), with the registry of the config; each
    unreadable row goes to ``on_problem``."""
    if ratings_file is None:
        return None
    rows, problems = read_ratings(ratings_file)
    for problem in problems:
        on_problem(problem)
    return Ratings(rows, load_registry(config))


def side_labeller(ratings: Ratings | None, config: Config) -> Callable[[Brief], Brief]:
    """The step that labels a finished brief's narratives by side with the user's ratings (none: unchanged)."""
    if ratings is None:
        return lambda brief: brief
    settings = outlet_settings(config)
    return lambda brief: label_narratives(brief, ratings, settings)


def slider_select(
    ratings: Ratings | None, sliders: Sliders, config: Config
) -> Callable[[list[Article], str], list[Article]]:
    """The articles a brief draws on under the sliders; none kept is an error naming the input."""
    settings = outlet_settings(config)

    def select(articles: list[Article], where: str) -> list[Article]:
        kept = slider_subset(articles, ratings, sliders, settings)
        if not kept:
            raise InputError(where, "no article's outlet is rated where the sliders ask (leanings are never guessed)")
        return kept

    return select
