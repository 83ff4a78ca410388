"""The jobs shared by the command line and the server: ingest, cluster, write briefs, and the update
that runs them in turn. No printing here: callers pass progress callbacks and report the results."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from .config import Config, check_types
from .errors import EvenhandError, InputError, log_unexpected
from .ingest.fetch import FetchSettings
from .ingest.run import Ingester, IngestReport
from .model import Article, Brief
from .outlets import (
    Ratings,
    Sliders,
    label_narratives,
    lacks_ratings,
    load_registry,
    outlet_settings,
    slider_subset,
)
from .store import Store, StoreError
from .stories import ClusterRun, ClusterSettings, cluster_store

Progress = Callable[[str, int], None]


Stage = Callable[[str], AbstractContextManager[Progress]]


def _silent(_kind: str, _n: int) -> None:
    return None


@contextmanager
def _no_stage(_label: str) -> Iterator[Progress]:
    yield _silent


def cluster_settings(config: Config, threshold: float | None, window_days: float | None) -> ClusterSettings:
    """The [stories] section of the configuration, with the command's options laid over it."""
    section = config.extra.get("stories", {})
    check_types(ClusterSettings, section, "stories", "config")
    settings = ClusterSettings(**section)
    if threshold is not None:
        settings = ClusterSettings(**{**asdict(settings), "threshold": threshold})
    if window_days is not None:
        settings = ClusterSettings(**{**asdict(settings), "window_days": window_days})
    return settings


def embedder(config: Config, no_embed: bool) -> Any:
    if no_embed:
        return None
    from .embed import load_embedder

    return load_embedder(config.embedder.name)


def configured_feeds(config: Config) -> list[str]:
    """The config's ``[feeds] urls = [...]``."""
    section = config.extra.get("feeds", {})
    urls = section.get("urls", []) if isinstance(section, dict) else None
    if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
        raise InputError("config", "[feeds] urls must be a list of URL strings")
    return urls


def ingest(
    store: Store, sources: Sequence[str], settings: FetchSettings, config: Config, progress: Progress = _silent
) -> IngestReport:
    ingester = Ingester(store, fetch_settings=settings, config=config, progress=progress)
    try:
        return ingester.run(sources)
    finally:
        ingester.close()


def cluster(store: Store, settings: ClusterSettings, embedder: Any, progress: Progress = _silent) -> ClusterRun:
    progress("total", store.stats()["unclustered"])
    return cluster_store(store, settings=settings, embedder=embedder, progress=lambda n: progress("done", n))


def write_briefs(
    store: Store, story_ids: Sequence[str], config: Config, embedder: Any, progress: Progress = _silent
) -> tuple[list[str], list[str]]:
    """(Re)write the briefs of ``story_ids``; returns the ids of those that changed and one line per
    story that failed."""
    from .brief.compose import make_brief
    from .brief.render import brief_to_dict

    written, failed = [], []
    ratings, settings = Ratings(store.ratings(), load_registry(config)), outlet_settings(config)
    progress("total", len(story_ids))
    for story_id in story_ids:
        progress("done", 1)
        articles = [row.to_article() for row in store.story_articles(story_id)]
        try:
            brief = make_brief(articles, config=config, brief_id=story_id, embedder=embedder)
            brief = label_narratives(brief, ratings, settings, articles)  # by side, where ratings place its outlets
            if store.save_brief(story_id, brief_to_dict(brief)):
                written.append(story_id)
        except StoreError:
            raise
        except EvenhandError as exc:
            failed.append(f"story {story_id}: {exc}")
        except Exception as exc:  # a bug met on one story: one line and a log, and the other briefs are written
            failed.append(f"story {story_id}: unexpected error {exc.__class__.__name__} (log: {log_unexpected(exc)})")
    return written, failed


def slider_brief(
    articles: Sequence[Article], config: Config, ratings: Ratings | None, sliders: Sliders, *,
    brief_id: str = "", embedder: Any = None,
) -> Brief:
    """The brief of a story's articles for the reader's sliders: drawn from the outlets they keep,
    as long as their depth asks, narratives labelled by side. Raises InputError when no outlet is kept."""
    from .brief.compose import make_brief

    settings = outlet_settings(config)
    kept = slider_subset(articles, ratings, sliders, settings)
    if not kept:
        asked = ", ".join(f"{k} {v}" for k, v in sliders.params().items() if k != "depth")
        raise InputError(asked, "no article's outlet is rated there (outlets without a rating are never guessed)")
    config = sliders.configure(config)
    brief = make_brief(kept, config=config, brief_id=brief_id, embedder=embedder)
    return label_narratives(brief, ratings, settings, kept)


def story_brief(store: Store, story_id: str, articles: Sequence[Article], sliders: Sliders) -> dict[str, Any] | None:
    """The story's stored brief (None before one is written), or one written for the sliders from
    ``articles`` (with the settings under ``sliders``); the filtering sliders need ratings, imported
    or recorded with the articles."""
    if sliders.is_default:
        return store.get_brief(story_id)
    from .brief.render import brief_to_dict
    from .config import load_config

    ratings = store.rating_table()
    if lacks_ratings(sliders, ratings, articles):
        raise EvenhandError(
            "--lean and --establishment need ratings: run `evenhand outlets import FILE` (no article of this "
            "story carries its outlet's rating)"
        )
    made = slider_brief(articles, load_config(), ratings, sliders, brief_id=story_id)
    return brief_to_dict(made) | {"sliders": sliders.params()}


@dataclass(frozen=True, slots=True)
class UpdateRun:
    """What one update (ingest the feeds, cluster, rewrite the changed briefs) did."""

    feeds: list[str]
    ingest: IngestReport
    cluster: ClusterRun
    briefs_written: list[str]
    briefs_failed: list[str]


def update(
    store: Store,
    config: Config,
    fetch: FetchSettings,
    clustering: ClusterSettings,
    embedder: Any,
    *,
    stage: Stage = _no_stage,
) -> UpdateRun:
    """Read every remembered and configured feed, cluster what is new, rewrite the stale briefs.

    ``stage(label)`` opens the progress of one step ("ingest", "cluster") and yields its callback."""
    feeds = list(dict.fromkeys([f.url for f in store.feeds()] + configured_feeds(config)))
    report = IngestReport()
    if feeds:
        with stage("ingest") as progress:
            report = ingest(store, feeds, fetch, config, progress)
    with stage("cluster") as progress:
        run = cluster(store, clustering, embedder, progress)
    with stage("briefs") as progress:
        written, failed = write_briefs(store, store.stale_stories(), config, embedder, progress)
    return UpdateRun(feeds, report, run, written, failed)


def update_job(
    path: str, config: Config, fetch: FetchSettings, clustering: ClusterSettings, no_embed: bool,
    on_run: Callable[[UpdateRun], None] = lambda _run: None,
) -> Callable[[], dict[str, Any]]:
    """The server's update: ``update`` on the store at ``path``, with the embedder loaded once; each
    run goes to ``on_run`` (to report it) and its counts are returned; a run that could read no
    feed raises (:func:`nothing_read`), so that the server reports it failed."""
    loaded: list[Any] = []

    def job() -> dict[str, Any]:
        if not loaded:
            loaded.append(embedder(config, no_embed))
        with Store.open(path) as store:
            run = update(store, config, fetch, clustering, loaded[0])
        counts = {
            "feeds": len(run.feeds),
            "articles_added": len(run.ingest.added),
            "clustered": run.cluster.articles,
            "new_stories": run.cluster.new_stories,
            "briefs_written": len(run.briefs_written),
            "failed": len(run.ingest.failed + run.briefs_failed),
        }
        on_run(run)
        if nothing_read(run.ingest):  # a run that read no feed at all failed, whatever it counted
            raise no_feed_read(len(run.feeds))
        return counts

    return job


# -- the feeds an update reads ----------------------------------------------------------------------


def starter_feeds() -> list[tuple[str, str]]:
    """The opt-in starter list (``starter_feeds.toml``): (outlet name, feed URL) pairs."""
    import tomllib
    from importlib import resources

    text = resources.files("evenhand").joinpath("starter_feeds.toml").read_text(encoding="utf-8")
    return [(str(f["name"]), str(f["url"])) for f in tomllib.loads(text)["feed"]]


def feed_urls(source: str, config: Config, on_error: Callable[[InputError], None] = lambda _e: None) -> list[str]:
    """The feed URLs ``source`` names: itself if it is an http(s) URL, else every feed of an OPML file
    (those past ``max_opml_feeds``, and malformed ones, go to ``on_error``)."""
    from pathlib import Path
    from urllib.parse import urlsplit

    from .ingest.feeds import opml_feeds
    from .ingest.files import read_maybe_gzip
    from .ingest.run import source_kind

    if source_kind(source) == "url":
        parts = urlsplit(source)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(source, "not a feed address: give an http(s) URL or an OPML file")
        return [source]
    if "://" in source:
        raise InputError(source, "not a feed address: give an http(s) URL or an OPML file")
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file (give a feed's http(s) URL or an OPML file)")
    data = read_maybe_gzip(path, config.limits.max_file_bytes)  # a regular file, capped on the bytes read
    if b"<opml" not in data[:4096].lower():
        raise InputError(source, "not an OPML file (to read a saved feed's articles once, use `evenhand ingest`)")
    return opml_feeds(data, source, limit=config.limits.max_opml_feeds, on_error=on_error)


def fetch_settings(
    allow_private: bool,
    ignore_robots: bool,
    per_host: int,
    delay: float,
    timeout: float,
    max_bytes: int,
    retries: int,
) -> FetchSettings:
    """The fetcher's settings from the command's options (connect timeout and deadline follow the read timeout)."""
    return FetchSettings(
        allow_private=allow_private,
        obey_robots=not ignore_robots,
        per_host=per_host,
        delay=delay,
        read_timeout=timeout,
        connect_timeout=min(timeout, 10.0),
        deadline=max(timeout * 3, timeout),
        max_bytes=max_bytes,
        retries=retries,
    )


def no_feed_read(feeds: int) -> EvenhandError:
    """The error of an update that could read none of its ``feeds``."""
    return EvenhandError(f"nothing ingested: none of the {feeds} feed(s) could be read")


def nothing_read(report: IngestReport) -> bool:
    """The exit-code rule (README, "Exit codes"): a run fails when sources failed and none was read."""
    read = report.added or report.duplicates or report.skipped_known or report.feeds_read or report.feeds_not_modified
    return bool(report.failed) and not read
