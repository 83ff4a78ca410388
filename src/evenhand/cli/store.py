"""Commands over the store: ``ingest``, ``cluster``, ``update``, ``stories`` and ``ratings``.

JSON output (``--json``) has versioned schemas: evenhand.ingest/1, evenhand.cluster/1, evenhand.update/1,
evenhand.stories/1 and evenhand.story/1 (the last two built by ``evenhand.serialize``, as the web reader's are).
Keys may be added, never renamed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ParamSpec, TypeVar

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .. import pipeline
from ..config import Config, load_config
from ..errors import EvenhandError, InputError, UsageError
from ..ingest.fetch import FetchSettings
from ..ingest.run import IngestReport
from ..outlets import SIDE_NAMES, Coverage, Sliders, side_word
from ..serialize import listed_story, read_coverage, stories_document, story_document
from ..store import DB_ENV, DEFAULT_DB, ArticleRow, Store, open_existing, open_or_create
from ..stories import ClusterRun, ClusterSettings
from . import EXIT_FAILED, for_terminal, friendly, parse_sliders, slider_options

P = ParamSpec("P")
R = TypeVar("R")

_db_option = click.option(
    "--db",
    "db",
    envvar=DB_ENV,
    default=DEFAULT_DB,
    show_default=True,
    metavar="FILE|URL",
    help="The store: a SQLite file or a postgresql:// URL (also $EVENHAND_DB).",
)
_json_option = click.option(
    "--json", "as_json", is_flag=True, help="Write JSON for machines instead of text."
)
_quiet_option = click.option(
    "--quiet", is_flag=True,
    help="For cron: no progress and no report; only failures print, a line for each source that could not be read.",
)
_config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="A TOML file overriding the packaged defaults (`evenhand config` shows them); `update` also reads "
    "the feeds its [feeds] urls = [...] name.",
)


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Callable[[str, int], None]]:
    """A rich progress bar on stderr fed by ``("total", n)`` and ``("done", n)`` events."""
    if not enabled:
        yield lambda _kind, _n: None
        return
    console = Console(stderr=True)
    with Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=0)

        def update(kind: str, n: int) -> None:
            if kind == "total":
                bar.update(task, total=(bar.tasks[0].total or 0) + n)
            else:
                bar.advance(task, n)

        yield update


def count(n: int, one: str, many: str | None = None) -> str:
    """``1 brief``, ``2 briefs``, ``1 new story``, ``3 new stories``."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _say(text: str, *, err: bool = False, lines: bool = True) -> None:
    """Text for the terminal: titles, outlet names and URLs come from sources, so escapes are stripped."""
    click.echo(for_terminal(text, lines=lines), err=err)


def _emit(data: dict[str, Any]) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _fetch_options(func: Callable[P, R]) -> Callable[P, R]:
    options = [
        click.option(
            "--allow-private",
            is_flag=True,
            help="Allow private, loopback and link-local addresses (refused by default, at every redirect).",
        ),
        click.option(
            "--ignore-robots",
            is_flag=True,
            help="Fetch pages and feeds that robots.txt disallows (obeyed by default; Crawl-delay too).",
        ),
        click.option(
            "--per-host",
            default=2,
            show_default=True,
            type=click.IntRange(1, 16),
            help="Requests at once per host.",
        ),
        click.option(
            "--delay",
            default=1.0,
            show_default=True,
            type=click.FloatRange(0, 60),
            help="Seconds between requests to one host (a robots.txt Crawl-delay raises it, up to 30).",
        ),
        click.option(
            "--timeout",
            default=20.0,
            show_default=True,
            type=click.FloatRange(0.1, 300),
            help="Read timeout in seconds.",
        ),
        click.option(
            "--max-bytes",
            default=10_000_000,
            show_default=True,
            type=click.IntRange(1024),
            help="Largest body fetched.",
        ),
        click.option(
            "--retries",
            default=2,
            show_default=True,
            type=click.IntRange(0, 10),
            help="Retries with backoff on timeouts, 429 and 5xx.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _print_report(report: IngestReport) -> None:
    _say(
        f"added {len(report.added)} article(s) ({report.syndicated} syndicated copies linked), "
        f"{report.duplicates} duplicate(s), {report.skipped_known} already stored, "
        f"{report.feeds_read} feed(s) read, {report.feeds_not_modified} unchanged"
    )
    for line in report.from_feed_text:
        _say(f"evenhand: from feed text: {line}", err=True, lines=False)
    for line in report.cut:
        _say(f"evenhand: note: {line}", err=True, lines=False)
    _print_skipped(report.failed)


def _print_skipped(lines: Sequence[str]) -> None:
    """Each source that could not be read: a dead feed is news to whoever runs the loop, also under --quiet."""
    for line in lines:
        _say(f"evenhand: skipped {line}", err=True, lines=False)


def _run_ingest(
    store: Store, sources: Sequence[str], settings: FetchSettings, config: Config, show_progress: bool
) -> IngestReport:
    with _progress(show_progress, "ingest") as progress:
        return pipeline.ingest(store, sources, settings, config, progress)


@click.command()
@click.argument("sources", nargs=-1, required=True)
@_db_option
@_fetch_options
@_json_option
@_quiet_option
@_config_option
@friendly
def ingest(
    sources: tuple[str, ...],
    db: str,
    allow_private: bool,
    ignore_robots: bool,
    per_host: int,
    delay: float,
    timeout: float,
    max_bytes: int,
    retries: int,
    as_json: bool,
    quiet: bool,
    config_path: str | None,
) -> None:
    """Read SOURCES into the store: article URLs, RSS/Atom feeds (URL or file), OPML lists of feeds,
    HTML/text/JSON(L) files, folders of them, and WARC files.

    \b
    Articles are keyed by canonical URL and by the hash of their text: running the
    same ingest twice adds nothing, and an interrupted run resumes where it stopped.
    Wire copy that several outlets republish is linked to its first copy, so briefs
    count it as one independent source. Feeds are remembered for `evenhand update`.

    \b
    Examples:
        evenhand ingest https://news.example/rss.xml
        evenhand ingest subscriptions.opml crawl.warc.gz articles.jsonl
        evenhand ingest --db ~/news.db saved-pages/
    """
    config = load_config(config_path)
    settings = pipeline.fetch_settings(allow_private, ignore_robots, per_host, delay, timeout, max_bytes, retries)
    with open_or_create(db) as store:
        report = _run_ingest(store, sources, settings, config, not (as_json or quiet))
    if as_json:
        _emit(report.as_dict())
    elif not quiet:
        _print_report(report)
    else:
        _print_skipped(report.failed)
    if pipeline.nothing_read(report):
        if as_json:
            raise SystemExit(EXIT_FAILED)
        raise EvenhandError(f"nothing ingested from {len(sources)} source(s)")


def _run_cluster(store: Store, settings: ClusterSettings, embedder: Any, show_progress: bool) -> ClusterRun:
    with _progress(show_progress, "cluster") as progress:
        return pipeline.cluster(store, settings, embedder, progress)


_cluster_options = [
    click.option(
        "--threshold", type=click.FloatRange(0, 1), default=None, help="Join score needed (default 0.22)."
    ),
    click.option(
        "--window-days",
        type=click.FloatRange(0.1, 365),
        default=None,
        help="How long a story stays open (default 3).",
    ),
    click.option("--no-embed", is_flag=True, help="Cluster on words alone, without the sentence embedder."),
]


def _with(options: list[Callable[[Any], Any]]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def apply(func: Callable[P, R]) -> Callable[P, R]:
        for option in reversed(options):
            func = option(func)
        return func

    return apply


@click.command()
@_db_option
@_with(_cluster_options)
@_json_option
@_quiet_option
@_config_option
@friendly
def cluster(
    db: str,
    threshold: float | None,
    window_days: float | None,
    no_embed: bool,
    as_json: bool,
    quiet: bool,
    config_path: str | None,
) -> None:
    """Group the stored articles not yet in a story into stories, incrementally.

    \b
    Each article joins the best recent story it matches (words and names shared,
    sentence similarity, time since the story last grew) or starts a new one.
    Story ids never change. `evenhand stories ID` shows why each article joined.

    \b
    Examples:
        evenhand cluster                       # after `evenhand ingest ...`
        evenhand cluster --threshold 0.5       # join less readily: more, tighter stories
        evenhand cluster --db news.db --json   # what joined what, for scripts
    """
    config = load_config(config_path)
    with open_existing(db) as store:
        embedder = pipeline.embedder(config, no_embed)
        run = _run_cluster(
            store, pipeline.cluster_settings(config, threshold, window_days), embedder, not (as_json or quiet)
        )
        with _progress(not (as_json or quiet), "briefs") as progress:
            written, failed = pipeline.write_briefs(store, store.stale_stories(), config, embedder, progress)
    data = {
        "schema": "evenhand.cluster/1",
        "articles": run.articles,
        "joined": run.joined,
        "new_stories": run.new_stories,
        "changed_stories": list(run.changed_stories),
        "briefs_written": written,
        "failed": failed,
    }
    if as_json:
        _emit(data)
    if as_json or quiet:
        return
    # "joined", not "joined existing": the story an article joins may be one this run started
    started = count(run.new_stories, "started a new story", "started new stories")
    joined = count(run.joined, "joined a story", "joined stories")
    _say(f"clustered {count(run.articles, 'article')}: {started}, {joined}; wrote {count(len(written), 'brief')}")
    for line in failed:
        _say(f"evenhand: skipped {line}", err=True, lines=False)


@click.command()
@_db_option
@_fetch_options
@_with(_cluster_options)
@_json_option
@_quiet_option
@_config_option
@friendly
def update(
    db: str,
    allow_private: bool,
    ignore_robots: bool,
    per_host: int,
    delay: float,
    timeout: float,
    max_bytes: int,
    retries: int,
    threshold: float | None,
    window_days: float | None,
    no_embed: bool,
    as_json: bool,
    quiet: bool,
    config_path: str | None,
) -> None:
    """Ingest the feeds, cluster, and rewrite the briefs of the stories that changed (for cron).

    \b
    The feeds are every feed ever given to `evenhand ingest` plus the config's
    [feeds] urls = [...]. Unchanged feeds cost one conditional GET (ETag /
    Last-Modified). Example crontab line, every 20 minutes:
        */20 * * * * cd ~/news && evenhand update --json >> update.log
    """
    config = load_config(config_path)
    settings = pipeline.fetch_settings(allow_private, ignore_robots, per_host, delay, timeout, max_bytes, retries)
    clustering = pipeline.cluster_settings(config, threshold, window_days)
    with open_existing(db) as store:
        result = pipeline.update(
            store,
            config,
            settings,
            clustering,
            pipeline.embedder(config, no_embed),
            stage=lambda label: _progress(not (as_json or quiet), label),
        )
    report, run, written, failed = result.ingest, result.cluster, result.briefs_written, result.briefs_failed
    data = {
        "schema": "evenhand.update/1",
        "feeds": len(result.feeds),
        "ingest": report.as_dict(),
        "clustered": run.articles,
        "new_stories": run.new_stories,
        "briefs_written": written,
        "failed": report.failed + failed,
    }
    if as_json:
        _emit(data)
    elif not quiet:
        _print_report(report)
        _say(
            f"clustered {count(run.articles, 'article')} ({count(run.new_stories, 'new story', 'new stories')});"
            f" wrote {count(len(written), 'brief')}"
        )
        _print_skipped(failed)
    else:
        _print_skipped(report.failed + failed)
    if pipeline.nothing_read(report):
        if as_json:
            raise SystemExit(EXIT_FAILED)
        raise pipeline.no_feed_read(len(result.feeds))


def _why(article: ArticleRow) -> str:
    reason = article.join_reason or {}
    if reason.get("new"):
        return "started the story"
    shared = ", ".join(reason.get("names") or reason.get("terms") or [])
    return f"joined at {article.join_score or 0:.2f}" + (f": shares {shared}" if shared else "")


@click.command()
@click.argument("story_id", required=False)
@_db_option
@click.option(
    "--limit", default=50, show_default=True, type=click.IntRange(1, 10_000), help="Stories to list."
)
@click.option("--offset", default=0, type=click.IntRange(0), help="Skip this many stories (paging).")
@_json_option
@slider_options
@friendly
def stories(
    story_id: str | None, db: str, limit: int, offset: int, as_json: bool, lean: str | None,
    establishment: str | None, depth: str | None,
) -> None:
    """List the stories, newest first, with their articles; or show story STORY_ID with its brief.

    With --lean, --establishment or --depth, STORY_ID's brief is written for those sliders (from the
    outlets the imported ratings place there, as long as the depth asks) instead of the stored one.

    \b
    Examples:
        evenhand stories --limit 10
        evenhand stories s3f1c2... --json
        evenhand stories s3f1c2... --lean right --depth 2
    """
    sliders = parse_sliders(lean, establishment, depth)
    if not sliders.is_default and not story_id:
        raise UsageError("--lean, --establishment and --depth apply to one story: give its STORY_ID")
    with open_existing(db, readonly=True) as store:
        if story_id:
            _show_story(store, story_id, as_json, sliders)
            return
        rows = store.list_stories(limit=limit, offset=offset)
        listed = [(row, store.story_articles(row.id)) for row in rows]
        total = store.story_count()
        covered = read_coverage(store, [row.id for row in rows])
    sides = {story_id: by_side for story_id, (_, by_side) in covered.items()}
    if as_json:
        _emit(stories_document(
            [listed_story(row, *covered[row.id], members) for row, members in listed],
            page=offset // limit + 1, more=offset + len(rows) < total, total=total, offset=offset,
        ))
        return
    if not listed:
        _say("no stories yet: run `evenhand ingest SOURCE...` then `evenhand cluster`")
    for row, members in listed:
        undated = ", undated" if row.undated else ""
        _say(
            f"{row.id}  {row.headline}  "
            f"[{count(row.article_count, 'article')}, {row.source_count} independent{undated}"
            f"{_sides_text(sides[row.id])}]"
        )
        for article in members:
            _say(f"    {article.outlet}: {article.title}  {article.url or article.origin}")


def _sides_text(sides: Coverage) -> str:
    """``; left 2, center 1, right 0; BLINDSPOT: little right-leaning coverage`` (nothing without ratings)."""
    parts = [
        ", ".join(f"{SIDE_NAMES[axis, side].lower()} {len(c.outlets)}" for side, c in by_side.items())
        for axis, by_side in sides.sides.items()
    ]
    parts += [f"BLINDSPOT: little {side_word(axis, side)} coverage" for axis, side in sides.blindspots]
    return "".join(f"; {p}" for p in parts)


def _show_story(store: Store, story_id: str, as_json: bool, sliders: Sliders) -> None:
    story = store.get_story(story_id)
    if story is None:
        raise InputError(story_id, "no such story (see `evenhand stories`)")
    members = store.story_articles(story_id)
    brief = pipeline.story_brief(store, story_id, [m.to_article() for m in members], sliders)
    found, sides = read_coverage(store, [story_id])[story_id]
    if as_json:
        _emit(story_document(listed_story(story, found, sides, members), brief))
        return
    # A slider's brief draws on some outlets only: its own headline, not the story's, heads it.
    _say(f"{brief.get('headline') or story.headline}\n" if brief else f"{story.headline}\n{story.lede}\n")
    if sides.sides:
        _say(f"coverage: {_sides_text(sides)[2:]}\n")
    for article in members:
        copy = f" (copy of {article.independent_of})" if article.independent_of else ""
        _say(
            f"- {article.outlet}: {article.title}{copy}\n  {article.url or article.origin}\n  {_why(article)}"
        )
    if story.undated:
        _say("\nundated: no outlet gave a date; the story is dated by when its articles were stored")
    if brief is None:
        _say("\nno brief yet: run `evenhand cluster` or `evenhand update`")
        return
    _print_brief(brief)


def _print_brief(brief: dict[str, Any]) -> None:
    """The stored brief as text: facts, sources, narratives and contested points, with their citations."""

    def cites(item: dict[str, Any]) -> str:
        return "".join(f"[{n}]" for n in item.get("sources", []))

    _say("")
    if brief.get("lede"):
        _say(f"{brief['lede']} {cites({'sources': brief.get('lede_sources', [])})}\n")
    for number, fact in enumerate(brief.get("facts", []), 1):
        _say(f"{number}. {fact.get('text', '')} {cites(fact)}")
    _say("\nSources:")
    for source in brief.get("sources", []):
        where = source.get("url") or source.get("title") or ""
        _say(f"[{source.get('number')}] {source.get('label')}" + (f": {where}" if where else ""))
    if brief.get("narratives"):
        _say("\nNarratives:")
        for narrative in brief["narratives"]:
            _say(f"- {narrative.get('label', '')}. {narrative.get('text', '')} {cites(narrative)}")
        for item in brief.get("unargued", []):
            word = side_word(str(item.get("axis")), str(item.get("side")))
            _say(f"- No {word} narrative: none was found in its outlets' news reports here {cites(item)}")
    if brief.get("contested"):
        _say("\nContested:")
        for point in brief["contested"]:
            sides = "; ".join(f"{c.get('value', '')} {cites(c)}" for c in point.get("claims", []))
            _say(f"- {point.get('about', '')}: {sides}")

