"""``evenhand serve`` and ``evenhand export``: the web reader, live or as static files."""

from __future__ import annotations

import ipaddress
import sys

import click

from .cli import fail
from .errors import EvenhandError

_DB_HELP = "The store to read (default: $EVENHAND_DB, else ./evenhand.db)."


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--db", "db_path", default=None, type=click.Path(dir_okay=False), envvar="EVENHAND_DB", help=_DB_HELP
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
def serve(db_path: str | None, host: str, port: int, writable: bool, cache_pages: int) -> None:
    """Serve the store as a web site: stories, briefs with clickable citations, search, feed.

    \b
    Every fact's citation numbers open the exact sentence each outlet wrote,
    highlighted in the article's cleaned text. The same data is JSON:
        /stories.json  /stories/ID.json  /articles/ID.json  /search.json?q=
        /outlets.json  /outlets/NAME.json   (described at /openapi.json)
    and an Atom feed of new and updated briefs is at /feed.atom.

    \b
    Examples:
        evenhand serve --db news.db
        evenhand serve --db news.db --port 8080
    """
    import uvicorn

    from .store import DEFAULT_DB
    from .web.app import create_app

    path = db_path or DEFAULT_DB
    try:
        app = create_app(path, read_only=not writable, cache_pages=cache_pages)
    except EvenhandError as exc:
        fail(str(exc))
    if not _is_loopback(host):
        click.echo(f"evenhand: note: serving on {host}: anyone who can reach it can read the store", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"evenhand: serving {path} at http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@click.command()
@click.argument("directory", type=click.Path(file_okay=False))
@click.option(
    "--db", "db_path", default=None, type=click.Path(dir_okay=False), envvar="EVENHAND_DB", help=_DB_HELP
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

    from .store import DEFAULT_DB
    from .web.export import export_site

    if base_url and not base_url.startswith(("http://", "https://")):
        fail(f"--base-url {base_url}: give an absolute http(s) URL")
    path = db_path or DEFAULT_DB
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
            f"Wrote {report.files} files ({report.stories} stories, {report.articles} articles, "
            f"{report.outlets} outlets) to {report.directory}; open index.html or host the folder."
        )
