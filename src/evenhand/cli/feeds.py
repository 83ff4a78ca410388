"""``evenhand feeds``: the feeds that `evenhand update` and `evenhand serve --update-every` read.

JSON output (``--json``) has a versioned schema, evenhand.feeds/1; keys may be added, never renamed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import click

from .. import pipeline
from ..config import load_config
from ..errors import EvenhandError, InputError, UsageError
from ..ingest.fetch import forbidden_address
from ..store import open_existing, open_or_create
from . import for_terminal, friendly, note, warn
from .store import _config_option, _db_option, _json_option, count


@click.group()
def feeds() -> None:
    """The feeds read by `evenhand update` and `evenhand serve --update-every`.

    \b
    Examples:
        evenhand feeds add https://news.example/rss.xml
        evenhand feeds add subscriptions.opml
        evenhand feeds add --starter     # major outlets' public feeds, across the spectrum
        evenhand feeds list
        evenhand feeds remove https://news.example/rss.xml
    """


@feeds.command("add")
@click.argument("sources", nargs=-1)
@click.option(
    "--starter",
    is_flag=True,
    help="Add the starter list: about 25 major outlets' public feeds, from left to right (`feeds list` shows them).",
)
@_db_option
@_config_option
@friendly
def add(sources: tuple[str, ...], starter: bool, db: str, config_path: str | None) -> None:
    """Remember SOURCES (feed URLs, or OPML files of feeds) for the next update; creates the store.

    Nothing is fetched now: `evenhand update` (or `evenhand serve --update-every 30m`)
    reads every remembered feed, with a conditional GET once it has been read.
    """
    if not sources and not starter:
        raise UsageError("give feed URLs or OPML files to add, or --starter")
    config = load_config(config_path)
    urls: list[str] = [url for _, url in pipeline.starter_feeds()] if starter else []
    problems = 0
    for source in sources:
        try:
            urls.extend(pipeline.feed_urls(source, config, on_error=lambda exc: warn(str(exc))))
        except InputError as exc:
            if len(sources) == 1 and not starter:
                raise
            warn(str(exc))
            problems += 1
    if not urls:
        raise EvenhandError(f"no feed found in {len(sources)} source(s)")
    for url in dict.fromkeys(urls):
        private = _private(url)
        if private:
            note(f"{url}: a {private}: `evenhand update` reads it only with --allow-private")
    with open_or_create(db) as store:
        added = sum(store.add_feed(url) for url in dict.fromkeys(urls))
        total = len(store.feeds())
    known = len(dict.fromkeys(urls)) - added
    click.echo(
        f"added {count(added, 'feed')}" + (f" ({known} already there)" if known else "")
        + f"; {db} now reads {count(total, 'feed')}: run `evenhand update` or `evenhand serve --update-every 30m`"
    )


def _private(url: str) -> str | None:
    """What private address a feed's URL names outright ("loopback address 127.0.0.1"), which an
    update refuses unless told otherwise; a host name is only known to be one once it is resolved."""
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return f"loopback host {host}"
    try:
        return forbidden_address(host)
    except ValueError:
        return None


@feeds.command("list")
@_db_option
@_json_option
@friendly
def list_feeds(db: str, as_json: bool) -> None:
    """The remembered feeds, with when each was last read and how that went."""
    names = {url: name for name, url in pipeline.starter_feeds()}
    with open_existing(db) as store:
        rows = store.feeds()
    if as_json:
        click.echo(json.dumps({
            "schema": "evenhand.feeds/1",
            "feeds": [
                {"url": r.url, "name": names.get(r.url), "checked_at": _iso(r.checked_at), "status": r.status,
                 "error": r.error}
                for r in rows
            ],
        }, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no feeds yet: `evenhand feeds add URL|OPML` or `evenhand feeds add --starter`")
    for r in rows:
        if r.checked_at is None:
            state = "not read yet"
        elif r.error:
            state = f"failed {_iso(r.checked_at)}: {r.error}"
        else:
            state = f"read {_iso(r.checked_at)}" + (" (unchanged)" if r.status == 304 else "")
        name = f"{names[r.url]}  " if r.url in names else ""
        click.echo(for_terminal(f"{name}{r.url}  [{state}]"))  # the error text came from a server


@feeds.command("remove")
@click.argument("urls", nargs=-1, required=True)
@_db_option
@friendly
def remove(urls: tuple[str, ...], db: str) -> None:
    """Stop reading URLS (the articles already stored stay). Feeds in the config's [feeds] urls stay too."""
    with open_existing(db) as store:
        removed = [url for url in urls if store.remove_feed(url)]
    for url in urls:
        if url not in removed:
            warn(f"{url}: not a remembered feed (see `evenhand feeds list`)")
    if not removed:
        raise EvenhandError("no feed removed")
    click.echo(f"removed {count(len(removed), 'feed')}")


def _iso(ts: float | None) -> str | None:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M UTC") if ts is not None else None
