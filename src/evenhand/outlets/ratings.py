"""Ratings on two axes (left-right and establishment), only from files the user imports, matched to
articles by name, section, registry and domain."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..config import Config
from ..errors import InputError, clip
from .identity import _WORDS, Registry, _host, _parents, load_registry, name_domain, outlet_key

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


# -- an article's own record of its outlet's rating -----------------------------------------------

_RECORDED_WORDS = {name.casefold(): name for _, name in LEANINGS} | {"mixed": "Mixed", "centre": "Center"}


def recorded_rating(value: object, *, scores: bool = False) -> str | None:
    """An article's record of its outlet's left-right rating as evenhand keeps it: AllSides' words
    ("Lean Left", "Mixed"), or with ``scores`` a number from -1 to 1 ("-0.5"); None for anything
    else (a stance on a claim, "agree", is no leaning, and none is ever guessed)."""
    if scores and isinstance(value, int | float | str) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            return str(number) if -1.0 <= number <= 1.0 else None
    if not isinstance(value, str):
        return None
    words = " ".join(value.replace("-", " ").replace("_", " ").casefold().split())
    return _RECORDED_WORDS.get(words)


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
    def _best(candidates: Sequence[Rating] | None, url: str | None = None) -> Rating | None:
        """Of several ratings of one outlet, its news side at the site's root over opinion and sections.

        A rating of a section of the URL's own site that the URL lies outside of comes last: by the
        file's own links the URL is the root's ("National Review (News)" rates nationalreview.com/news/,
        "National Review (Opinion)" the root, so a /corner/ post is the Opinion row's)."""
        if not candidates:
            return None
        site = set(_parents(host)) if (host := _host(url)) else set()

        def outside(rating: Rating) -> bool:
            return _section(rating.link) is not None and _host(rating.link) in site

        return min(candidates, key=lambda r: (outside(r), r.is_opinion, _section(r.link) is not None, len(r.name)))

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
        if outlet is not None and (found := self._best(self._by_outlet.get(outlet.name), url)):
            return found
        if found := self._best(self._by_key.get(outlet_key(name)), url):
            return found
        domain = _host(url) or name_domain(name)
        if domain:
            return next((r for d in _parents(domain) if (r := self._best(self._by_root.get(d)))), None)
        return None


# How much of a row's name or value a problem line shows: a cell of megabytes is one line still.
_SHOWN = 80


def _score(value: str, where: str, problems: list[str]) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        score = float(value)
    except ValueError:
        problems.append(f"{where}: {clip(value, _SHOWN)!r} is not a number")
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
    from ..ingest.files import read_capped  # here: the readers of articles import the outlets

    try:
        # A regular file only: a FIFO or a device given as a CSV would hang or never end.
        data = read_capped(Path(csv_file), max_bytes)
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
                problems.append(f"{where}: {clip(name, _SHOWN)}: no rating on either axis")
            else:
                link = (row.get(link_col) or "").strip() if link_col else ""
                ratings.append(Rating(name, lean, establishment, label or None, link or None))
        return ratings, problems
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(csv_file, f"not a readable CSV file ({exc})") from None
    except OSError as exc:
        raise InputError(csv_file, f"cannot read ({exc.__class__.__name__})") from None


# -- a ratings file the user gives ---------------------------------------------------------------


def load_ratings(ratings_file: str | None, config: Config, on_problem: Callable[[str], None]) -> Ratings | None:
    """The ratings in a file the user gives (None without one), with the registry of the config; each
    unreadable row goes to ``on_problem``."""
    if ratings_file is None:
        return None
    rows, problems = read_ratings(ratings_file)
    for problem in problems:
        on_problem(problem)
    return Ratings(rows, load_registry(config))


def rating_of(
    ratings: Ratings | None, outlet: str, url: str | None = None, recorded: str | None = None
) -> Rating | None:
    """An article's rating: the left-right rating its own record gives (its outlet's when it was
    published, more specific and dated than a ratings table) over its outlet's imported rating, whose
    establishment score it keeps; the imported rating alone where the article records none."""
    imported = ratings.find(outlet, url) if ratings else None
    recorded = recorded_rating(recorded, scores=True)  # as ingest keeps it; anything else is no record
    if recorded is None:
        return imported
    try:
        own = Rating(outlet, float(recorded))
    except ValueError:
        own = Rating.in_words(outlet, recorded)
    if imported is None:
        return own
    return replace(imported, lean=own.lean, label=own.label)
