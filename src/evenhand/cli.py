"""The ``evenhand`` command line: one function per command, each with help that teaches."""

from __future__ import annotations

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="evenhand")
def main() -> None:
    """Turn many outlets' articles on the same events into balanced, verifiable briefs.

    \b
    Write a brief from a folder of articles:
        evenhand brief examples/harbour-fire/
    Keep a store of feeds and stories up to date (for cron):
        evenhand ingest https://example.org/feed.xml && evenhand cluster
    """


from .cli_web import export, serve  # noqa: E402

main.add_command(serve)
main.add_command(export)

from .cli_store import cluster, ingest, ratings, stories, update  # noqa: E402

main.add_command(ingest)
main.add_command(cluster)
main.add_command(update)
main.add_command(stories)
main.add_command(ratings)
