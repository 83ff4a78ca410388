"""``evenhand serve`` and ``evenhand export``: the web reader, live or as static files."""

from __future__ import annotations

import errno
import ipaddress
import re
import socket
import sys
from collections.abc import Callable
from typing import Any

import click

from .. import pipeline
from ..config import Config, load_config
from ..errors import EvenhandError, UsageError
from ..ingest.fetch import FetchSettings
from ..store import DB_ENV, open_existing
from . import EXIT_USAGE, fail, for_terminal, friendly, note
from .store import (
    _cluster_options,
    _config_option,
    _fetch_options,
    _with,
    count,
)

_DB_HELP = "The store to read: a SQLite file or a postgresql:// URL (default: $EVENHAND_DB, else ./evenhand.db)."


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def parse_duration(text: str) -> float:
    """Seconds in ``30m``, ``1h``, ``90s``, ``1.5h`` or a bare number of seconds."""
    match = _DURATION.fullmatch(text.strip().lower())
    if match is None or float(match[1]) <= 0:
        raise UsageError(f"--update-every {text}: give a duration such as 30m, 2h or 90s")
    return float(match[1]) * _UNIT[match[2]]


@click.command()
@click.option(
    "--db", "db_path", default=None, type=click.Path(dir_okay=False), envvar=DB_ENV, metavar="FILE|URL",
    help=_DB_HELP
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. The default is reachable from this machine only.",
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on."
)
@click.option(
    "--writable",
    is_flag=True,
    help="Open the store read-write (creating or upgrading it); the reader itself never writes.",
)
@click.option(
    "--cache-pages",
    default=256,
    show_default=True,
    type=click.IntRange(0, 100_000),
    help="Rendered story pages kept in memory (each is dropped as soon as its story changes); 0: none.",
)
@click.option(
    "--update-every",
    default=None,
    metavar="DURATION",
    help="Keep the site current: read the feeds (`evenhand feeds`), cluster and write briefs now and then "
    "every DURATION (30m, 2h, 90s) in this process.",
)
@click.option("--quiet", is_flag=True,
              help="With --update-every: print nothing about each update but what could not be read.")
@_with(_cluster_options)
@_fetch_options
@_config_option
@friendly
def serve(
    db_path: str | None,
    host: str,
    port: int,
    writable: bool,
    cache_pages: int,
    update_every: str | None,
    quiet: bool,
    threshold: float | None,
    window_days: float | None,
    no_embed: bool,
    allow_private: bool,
    ignore_robots: bool,
    per_host: int,
    delay: float,
    timeout: float,
    max_bytes: int,
    retries: int,
    config_path: str | None,
) -> None:
    """Serve the store as a web site: stories, briefs with clickable citations, search, feed.

    \b
    Every fact's citation numbers open the exact sentence each outlet wrote,
    highlighted in the article's cleaned text. The same data is JSON:
        /stories.json  /stories/ID.json  /articles/ID.json  /search.json?q=
        /outlets.json  /outlets/NAME.json   (described at /openapi.json)
    and an Atom feed of new and updated briefs is at /feed.atom.

    \b
    With --update-every, the site keeps itself current from the feeds that
    `evenhand feeds add` remembered (and the config's [feeds] urls): the same
    job as `evenhand update`, run at start and then every DURATION; /healthz
    and the pages' footer say how the last update went. The fetch and
    cluster options are those of `evenhand update`.

    \b
    Examples:
        evenhand serve --db news.db
        evenhand serve --db news.db --port 8080
        evenhand serve --db news.db --update-every 30m
    """
    import uvicorn

    from ..store import display_name, store_target
    from ..web.app import UpdateTask, create_app

    path = store_target(db_path)
    updates = None
    if update_every is not None:
        every = parse_duration(update_every)
        settings = pipeline.fetch_settings(allow_private, ignore_robots, per_host, delay, timeout, max_bytes, retries)
        updates = UpdateTask(
            _update_job(path, load_config(config_path), settings, threshold, window_days, no_embed, quiet),
            every,
            log=lambda line: click.echo(for_terminal(f"evenhand: {line}"), err=True),
        )
    open_existing(path, readonly=True).close()
    app = create_app(path, read_only=not writable, cache_pages=cache_pages, updates=updates)
    if not _is_loopback(host):
        note(f"serving on {host}: anyone who can reach it can read the store")
    _check_port(host, port)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"evenhand: serving {display_name(path)} at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def _check_port(host: str, port: int) -> None:
    """Fail in one line, before saying "serving", when the address is taken or cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise EvenhandError(
                    f"port {port} on {host} is already in use: stop what runs there, or give another --port"
                ) from None
            raise EvenhandError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None


def _update_job(
    path: str,
    config: Config,
    settings: FetchSettings,
    threshold: float | None,
    window_days: float | None,
    no_embed: bool,
    quiet: bool,
) -> Callable[[], dict[str, Any]]:
    """The server's update (``pipeline.update_job``), each run reported on stderr unless ``quiet``."""

    def report(run: pipeline.UpdateRun) -> None:
        failed = run.ingest.failed + run.briefs_failed
        if not quiet:
            click.echo(
                f"evenhand: updated from {count(len(run.feeds), 'feed')}: "
                f"{count(len(run.ingest.added), 'new article')}, "
                f"{count(run.cluster.new_stories, 'new story', 'new stories')}, "
                f"{count(len(run.briefs_written), 'brief')} written"
                + (f", {len(failed)} skipped" if failed else ""),
                err=True,
            )
        for line in failed:  # a dead feed is news to whoever runs the site, also under --quiet
            click.echo(for_terminal(f"evenhand: skipped {line}"), err=True)

    clustering = pipeline.cluster_settings(config, threshold, window_days)
    return pipeline.update_job(path, config, settings, clustering, no_embed, report)


@click.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option(
    "--db", "db_path", default=None, type=click.Path(dir_okay=False), envvar=DB_ENV, metavar="FILE|URL",
    help=_DB_HELP
)
@click.option(
    "--base-url",
    default=None,
    metavar="URL",
    help="Where the site will be hosted (https://...); makes the Atom feed's links absolute.",
)
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON.")
def export(directory: str, db_path: str | None, base_url: str | None, as_json: bool) -> None:
    """Write the web reader as static files into DIRECTORY, for hosting anywhere.

    \b
    The same pages as `evenhand serve`, with relative links, each page's JSON
    beside it (stories/ID.html and stories/ID.json), the Atom feed, and a
    search page that runs in the browser. DIRECTORY is replaced whole at the
    end; an existing folder is only replaced if it holds an earlier export.

    \b
    The JSON API sits at the live site's paths (stories.json, stories/ID.json,
    articles/ID.json, outlets.json, outlets/NAME.json, openapi.json), except
    what needs a server: /search.json?q= (the copy has search-index.json
    instead) and ?page= (stories.json lists every story). An outlet whose name
    cannot be a file name (a "/", a character Windows refuses) gets a slug.

    \b
    Examples:
        evenhand export site/ --db news.db
        evenhand export site/ --db news.db --base-url https://news.example.org/
    """
    import json

    from rich.progress import Progress, SpinnerColumn, TextColumn

    from ..serialize import EXPORT_SCHEMA
    from ..store import store_target
    from ..web.export import export_site

    if base_url and not base_url.startswith(("http://", "https://")):
        fail(f"--base-url {base_url}: give an absolute http(s) URL", EXIT_USAGE)
    path = store_target(db_path)
    columns = (SpinnerColumn(), TextColumn("{task.description}"))
    try:
        with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("Exporting", total=None)

            def tick(kind: str, n: int) -> None:
                bar.update(task, description=f"Exporting: {kind} {n}")

            report = export_site(path, directory, base_url=base_url, progress=tick)
    except EvenhandError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{directory}: cannot write the site ({exc.strerror or exc})")
    summary = {
        "schema": EXPORT_SCHEMA,
        "directory": str(report.directory),
        "stories": report.stories,
        "articles": report.articles,
        "outlets": report.outlets,
        "files": report.files,
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(
            f"Wrote {count(report.files, 'file')} ({count(report.stories, 'story', 'stories')}, "
            f"{count(report.articles, 'article')}, {count(report.outlets, 'outlet')}) to {report.directory}; "
            "open index.html or host the folder."
        )
