"""``evenhand outlets``: the store's outlets with their ratings, one outlet, and importing ratings.

JSON output (``--json``): ``evenhand.outlets/1`` (the shape of the web reader's ``/outlets.json``,
with keys added), ``evenhand.outlet-info/1`` and ``evenhand.ratings-import/1``.
"""

from __future__ import annotations

import click

from ..config import load_config
from ..errors import InputError
from ..outlets import (
    OutletEntry,
    Ratings,
    find_entry,
    load_registry,
    outlet_entries,
    read_ratings,
    unrated_outlets,
)
from ..serialize import outlets_document
from ..store import Store, open_existing, open_or_create
from . import friendly, warn
from .store import _db_option, _emit, _json_option

_config_option = click.option(
    "--config", "config_path", type=click.Path(exists=True, dir_okay=False),
    help="A TOML file over the packaged defaults; its [[outlets.outlet]] entries add or rename outlets.",
)


def _entries(store: Store, config_path: str | None) -> tuple[list[OutletEntry], Ratings]:
    registry = load_registry(load_config(config_path))
    ratings = Ratings(store.ratings(), registry)
    return outlet_entries(store.outlets(), store.outlet_urls(), registry, ratings), ratings


def _rating_text(entry: OutletEntry) -> str:
    rating = entry.rating
    if rating is None:
        return "not rated"
    scores = [f"{axis} {value:+.2f}" for axis, value in (("lean", rating.lean), ("establishment", rating.establishment))
              if value is not None]
    label = f"{rating.label}: " if rating.label else ""
    return f"{label}{', '.join(scores) or 'no side'} (as {rating.name})"


@click.group(invoke_without_command=True)
@_db_option
@_config_option
@_json_option
@click.pass_context
@friendly
def outlets(ctx: click.Context, db: str, config_path: str | None, as_json: bool) -> None:
    """The store's outlets, one per publication whatever its articles call it, with their
    article counts and the ratings you imported.

    \b
    Examples:
        evenhand outlets
        evenhand outlets show "The Guardian"
        evenhand outlets import ratings.csv
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_existing(db, readonly=True) as store:
        entries, _ = _entries(store, config_path)
    if as_json:
        _emit(outlets_document([e.to_dict() for e in entries]))
        return
    if not entries:
        click.echo("no outlets yet: run `evenhand ingest SOURCE...`")
    for entry in entries:
        also = [n for n in entry.names if n != entry.name]
        known = f" (also {', '.join(also)})" if also else ""
        click.echo(f"{entry.n_articles:6d}  {entry.name}{known}  [{_rating_text(entry)}]")


def _registered(name: str, ratings: Ratings) -> OutletEntry | None:
    """An outlet the registry knows by this name or domain, with no stored article yet."""
    outlet = ratings.registry.find(name)
    if outlet is None:
        return None
    url = f"https://{outlet.domains[0]}/" if outlet.domains else None
    return OutletEntry(outlet.name, (outlet.name,), 0, outlet, ratings.find(outlet.name, url))


@outlets.command("show")
@click.argument("name")
@_db_option
@_config_option
@_json_option
@friendly
def show(name: str, db: str, config_path: str | None, as_json: bool) -> None:
    """One outlet: its names, domains and country, its rating and its latest articles. NAME may be
    any of its names or one of its domains ("Guardian (UK)", theguardian.com)."""
    with open_existing(db, readonly=True) as store:
        entries, ratings = _entries(store, config_path)
        entry = find_entry(entries, name, ratings.registry, store.outlet_urls()) or _registered(name, ratings)
        if entry is None:
            raise InputError(name, "no stored article is from this outlet, and the outlet registry does not know it "
                                   "(see `evenhand outlets`)")
        articles = [a for n in entry.names for a in store.outlet_articles(n, limit=10)]
    articles.sort(key=lambda a: a.published_ts or a.added_at, reverse=True)
    if as_json:
        _emit({
            "schema": "evenhand.outlet-info/1", **entry.to_dict(),
            "articles": [{"id": a.id, "title": a.title, "url": a.url, "published": a.published,
                          "story_id": a.story_id} for a in articles[:10]],
        })
        return
    outlet = entry.outlet
    click.echo(entry.name)
    if outlet is not None:
        click.echo(f"  domains: {', '.join(outlet.domains)}; country: {outlet.country or 'unknown'}")
    if entry.n_articles:
        click.echo(f"  stored as: {', '.join(entry.names)}; {entry.n_articles} article(s)")
    else:
        click.echo("  no stored article yet")
    click.echo(f"  rating: {_rating_text(entry)}")
    for article in articles[:10]:
        click.echo(f"  - {article.title}  {article.url or ''}")


@outlets.command("import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@_db_option
@_config_option
@_json_option
@friendly
def import_ratings(csv_file: str, db: str, config_path: str | None, as_json: bool) -> None:
    """Replace the stored ratings with those of CSV_FILE (never bundled: a file you may use) and
    relabel the stored briefs' narratives by side.

    \b
    Two shapes of CSV:
      AllSides-style: news_source, news_link, bias_rating (Left, Lean Left, Center,
        Lean Right, Right, Mixed)
      plain: outlet (or domain), lean and/or establishment as numbers from -1 (left;
        establishment-critical) to 1 (right; pro-establishment), optional link
    Ratings meet articles by name ("CNN (Online News)" ~ "CNN"), by the rated section
    of a link (cnn.com/business), by the outlet registry and by domain. Rows that
    cannot be read, and stored outlets that no rating meets, are listed.
    """
    config = load_config(config_path)
    rows, problems = read_ratings(csv_file)
    for problem in problems:
        warn(problem)
    if not rows:
        raise InputError(csv_file, "no rating could be read")
    from ..pipeline import write_briefs

    with open_or_create(db) as store:
        count = store.import_ratings(rows)
        entries, _ = _entries(store, config_path)
        missing = unrated_outlets(entries)
        briefed = [s.id for s in store.list_stories(limit=max(store.story_count(), 1)) if s.has_brief]
        written, failed = write_briefs(store, briefed, config, None)
    for line in failed:
        warn(f"skipped {line}")
    if as_json:
        _emit({
            "schema": "evenhand.ratings-import/1", "stored": count, "problems": problems,
            "unmatched_outlets": [e.name for e in missing], "briefs_relabelled": len(written),
        })
        return
    click.echo(f"stored {count} outlet rating(s); relabelled {len(written)} brief(s)")
    if missing:
        click.echo(f"{len(missing)} stored outlet(s) no rating meets:")
        for entry in missing:
            click.echo(f"  {entry.name} ({entry.n_articles} article(s))")


@click.group()
def ratings() -> None:
    """Outlet ratings that you supply (never bundled): `evenhand ratings import FILE` is
    `evenhand outlets import FILE`."""


ratings.add_command(import_ratings)
