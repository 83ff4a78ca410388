"""``evenhand batch``: archives to stories and briefs on a Dask cluster (extra ``evenhand[batch]``).

JSON output (``--json``) has the versioned schema evenhand.batch/1. Keys may be added, never renamed.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import replace
from typing import Any

import click

from ..config import load_config
from ..errors import EvenhandError, UsageError
from ..pipeline import cluster_settings
from ..store import display_name
from . import friendly
from .store import _cluster_options, _config_option, _emit, _json_option, _with


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--parquet", "parquet", type=click.Path(file_okay=False), help="Write Parquet files to this folder.")
@click.option("--to", "store", help="Write to this store: a postgresql:// URL (or a SQLite file).")
@click.option(
    "--scheduler",
    help="Address of a running Dask scheduler (tcp://HOST:8786), e.g. on Kubernetes, YARN or SLURM. "
    "Default: a local cluster on this machine.",
)
@click.option("--workers", type=click.IntRange(1, 1024), default=None, help="Local cluster: worker processes.")
@click.option(
    "--partition-days", type=click.FloatRange(1, 3650), default=14.0, show_default=True,
    help="Length of a clustering partition; each also replays twice the story window before it.",
)  # fmt: skip
@_with(_cluster_options)
@_json_option
@_config_option
@friendly
def batch(
    inputs: tuple[str, ...],
    parquet: str | None,
    store: str | None,
    scheduler: str | None,
    workers: int | None,
    partition_days: float,
    threshold: float | None,
    window_days: float | None,
    no_embed: bool,
    as_json: bool,
    config_path: str | None,
) -> None:
    """Extract, cluster and brief INPUTS (WARC files, JSON Lines files, stores) on a Dask cluster.

    \b
    Articles are extracted in parallel, grouped into stories by time-window
    partitions merged at their edges (the stories of `evenhand cluster`), and
    every story's brief is written in parallel, to Parquet files or to a store.
    Re-running a job that was interrupted completes it: nothing lost or doubled.

    \b
    Examples:
        evenhand batch crawl/*.warc.gz --parquet out/
        evenhand batch news.jsonl --to postgresql://evenhand@db/news
        evenhand batch crawl/*.warc.gz --parquet out/ --scheduler tcp://10.0.0.5:8786
    """
    try:
        distributed: Any = importlib.import_module("distributed")  # partly typed: used as Any
    except ImportError:
        raise EvenhandError("evenhand batch needs Dask: pip install 'evenhand[batch]'") from None
    from ..batch import BatchSettings, run_batch

    if (parquet is None) == (store is None):
        raise UsageError("give one output: --parquet FOLDER or --to STORE")
    config = load_config(config_path)
    settings = BatchSettings(partition_days=partition_days, embed=not no_embed)
    settings = replace(settings, cluster=cluster_settings(config, threshold, window_days))

    def say(line: str) -> None:
        if not as_json:
            click.echo(f"evenhand: {line}", err=True)

    cluster: Any = None
    if scheduler:
        client = distributed.Client(scheduler)
    else:
        # Loopback only, no dashboard: a local cluster opens no port beyond this machine.
        cluster = distributed.LocalCluster(
            n_workers=workers or min(os.cpu_count() or 1, 8), threads_per_worker=1, processes=True,
            host="127.0.0.1", dashboard_address=None,
        )  # fmt: skip
        client = distributed.Client(cluster)
    try:
        say(f"cluster: {len(client.scheduler_info().get('workers', {}))} worker(s) at {client.scheduler.address}")
        report = run_batch(inputs, client, parquet=parquet, store=store, settings=settings, config=config, progress=say)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if as_json:
        _emit(report.as_dict())
        return
    for line in report.failed:
        click.echo(f"evenhand: skipped {line}", err=True)
    where = parquet if parquet is not None else display_name(store or "")
    click.echo(
        f"read {report.read} article(s) ({report.duplicates} duplicate(s)); {report.articles} article(s) in "
        f"{report.stories} stories, {report.briefs} brief(s) written to {where}"
    )
