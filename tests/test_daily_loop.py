"""The daily loop: `feeds add/list/remove`, `cluster` writing briefs, and `serve --update-every` keeping a
running site current from the loopback news server standing in for outlets."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from evenhand.cli import main
from evenhand.pipeline import starter_feeds
from evenhand.store import Store
from evenhand.web.app import UpdateTask, create_app

SITE_DIR = Path(__file__).resolve().parent / "fixtures" / "site"
sys.path.insert(0, str(SITE_DIR))
from newsserver import ARTICLES, Site, opml_xml, serve  # noqa: E402

FETCH_FLAGS = ["--allow-private", "--delay", "0", "--timeout", "5", "--retries", "0"]
EXAMPLE = Path(__file__).resolve().parents[1] / "src" / "evenhand" / "example"


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as running:
        running.feed_names = ["harbour-herald-fire.html", "valley-times-fire.html"]
        yield running


def _cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def test_feeds_add_list_remove(tmp_path: Path, site: Site) -> None:
    db = str(tmp_path / "news.db")
    opml = tmp_path / "subs.opml"
    opml.write_bytes(opml_xml(site.base))
    added = _cli("feeds", "add", f"{site.base}/latest.xml", str(opml), "--db", db)
    assert added.exit_code == 0, added.output
    assert "added 2 feeds" in added.output
    again = _cli("feeds", "add", f"{site.base}/latest.xml", "--db", db)
    assert "added 0 feeds (1 already there)" in again.output
    listed = _cli("feeds", "list", "--db", db, "--json")
    data = json.loads(listed.output)
    assert data["schema"] == "evenhand.feeds/1"
    assert [f["url"] for f in data["feeds"]] == sorted([f"{site.base}/latest.xml", f"{site.base}/feed.xml"])
    assert all(f["checked_at"] is None for f in data["feeds"])
    assert "not read yet" in _cli("feeds", "list", "--db", db).output
    removed = _cli("feeds", "remove", f"{site.base}/feed.xml", "--db", db)
    assert removed.exit_code == 0 and "removed 1 feed" in removed.output
    unknown = _cli("feeds", "remove", f"{site.base}/feed.xml", "--db", db)
    assert unknown.exit_code == 1 and "not a remembered feed" in unknown.output
    with Store.open(db, readonly=True) as store:
        assert [f.url for f in store.feeds()] == [f"{site.base}/latest.xml"]


def test_a_feed_that_cannot_be_read_says_so_in_the_list(tmp_path: Path) -> None:
    # A new user's feed at a private address was refused at every update, and `feeds list` still
    # said "not read yet".
    db = str(tmp_path / "news.db")
    added = _cli("feeds", "add", "http://10.0.0.1/rss.xml", "--db", db)
    assert added.exit_code == 0 and "private address 10.0.0.1" in added.output and "--allow-private" in added.output
    update = _cli("update", "--db", db)
    assert update.exit_code == 1 and "private address" in update.output
    # A new user's tryout: a run that read no feed printed a report like a success, and with --quiet
    # (for cron) nothing at all; both now end on one line that says it failed.
    failed = "evenhand: error: nothing ingested: none of the 1 feed(s) could be read\n"
    assert update.output.endswith(failed)
    # ... and a tryout's: under --quiet a feed that failed for weeks printed nothing at all.
    quiet = _cli("update", "--db", db, "--quiet")
    assert quiet.exit_code == 1 and quiet.output.startswith("evenhand: skipped http://10.0.0.1/rss.xml: ")
    assert quiet.output.endswith(failed) and quiet.output.count("\n") == 2
    (feed,) = json.loads(_cli("feeds", "list", "--db", db, "--json").output)["feeds"]
    assert feed["checked_at"] is not None and "private address" in feed["error"]
    assert "[failed " in _cli("feeds", "list", "--db", db).output


def test_a_feed_address_that_answers_with_a_page_is_that_feeds_failure(tmp_path: Path, site: Site) -> None:
    # A tryout's "Sorry, we moved our feeds" page at a newly added feed's address was stored as an
    # article and made a story, and `feeds list` said "not read yet" at every update.
    db = str(tmp_path / "news.db")
    page = f"{site.base}/articles/{next(a for a in ARTICLES if a not in site.feed_names)}"
    assert _cli("feeds", "add", page, f"{site.base}/latest.xml", "--db", db).exit_code == 0
    update = _cli("update", "--db", db, "--no-embed", *FETCH_FLAGS)
    assert update.exit_code == 0, update.output
    assert f"evenhand: skipped {page}: not a feed" in update.output
    with Store.open(db, readonly=True) as store:
        assert not store.has_url(page)
    listed = {f["url"]: f for f in json.loads(_cli("feeds", "list", "--db", db, "--json").output)["feeds"]}
    assert "not a feed" in listed[page]["error"]


def test_a_served_update_that_reads_no_feed_is_reported_failed(tmp_path: Path) -> None:
    # The tryout's server, every feed failing, told /healthz "ok": true with "failed": 25 and its
    # footer "0 new articles, 0 new stories".
    from evenhand.config import load_config
    from evenhand.pipeline import cluster_settings, fetch_settings, update_job

    db = str(tmp_path / "news.db")
    assert _cli("feeds", "add", "http://10.0.0.1/rss.xml", "--db", db).exit_code == 0
    config = load_config()
    job = update_job(db, config, fetch_settings(False, False, 1, 0.0, 5.0, 10_000, 0),
                     cluster_settings(config, None, None), True)
    task = UpdateTask(job, every=3600, log=lambda _line: None)
    task.run_once()
    assert task.last is not None and task.last["ok"] is False
    assert task.last["error"] == "nothing ingested: none of the 1 feed(s) could be read"
    assert "failed (nothing ingested" in TestClient(create_app(db, updates=task)).get("/").text


def test_feeds_add_refuses_what_is_not_a_feed_list(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    text = tmp_path / "notes.txt"
    text.write_text("just some notes\n")
    for source, reason in [
        (str(text), "not an OPML file"),
        (str(tmp_path / "missing.opml"), "no such file"),
        # a new user's tryout: an address of another scheme is not a file that is missing
        ("ftp://feeds.example/rss", "not a feed address: give an http(s) URL"),
    ]:
        result = _cli("feeds", "add", source, "--db", db)
        assert result.exit_code == 1 and reason in result.output and source in result.output
    assert not Path(db).exists()  # nothing added: no store made
    assert _cli("feeds", "list", "--db", db).exit_code == 1  # listing never creates a store


def test_starter_list_spans_many_outlets_and_is_opt_in(tmp_path: Path) -> None:
    feeds = starter_feeds()
    assert len(feeds) >= 20
    assert len({name for name, _ in feeds}) == len(feeds) and len({url for _, url in feeds}) == len(feeds)
    assert all(url.startswith("https://") for _, url in feeds)
    db = str(tmp_path / "news.db")
    assert _cli("feeds", "add", "--db", db).exit_code == 2  # nothing is added unasked: a usage error
    result = _cli("feeds", "add", "--starter", "--db", db)
    assert result.exit_code == 0 and f"added {len(feeds)} feeds" in result.output
    listed = _cli("feeds", "list", "--db", db).output
    assert "NPR  https://feeds.npr.org/1001/rss.xml  [not read yet]" in listed


def test_cluster_writes_the_briefs_of_the_stories_it_changes(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    assert _cli("ingest", str(EXAMPLE), "--db", db).exit_code == 0
    clustered = _cli("cluster", "--db", db, "--no-embed", "--json")
    data = json.loads(clustered.output)
    assert data["new_stories"] == 1 and data["briefs_written"] == data["changed_stories"]
    shown = _cli("stories", data["changed_stories"][0], "--db", db)
    assert "no brief yet" not in shown.output and "1. " in shown.output
    text = _cli("cluster", "--db", db, "--no-embed")
    assert text.output == "clustered 0 articles: 0 started new stories, 0 joined stories; wrote 0 briefs\n"


def test_cluster_on_an_empty_store_says_the_articles_joined_the_story_the_run_started(tmp_path: Path) -> None:
    # A new user's walkthrough read "5 joined existing stories" on a store that had none.
    db = str(tmp_path / "news.db")
    assert _cli("ingest", str(EXAMPLE), "--db", db).exit_code == 0
    text = _cli("cluster", "--db", db, "--no-embed").output
    assert text == "clustered 6 articles: 1 started a new story, 5 joined stories; wrote 1 brief\n"


def test_update_task_keeps_serving_when_an_update_fails(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store.open(db).close()
    calls: list[int] = []
    logged: list[str] = []

    def job() -> dict[str, Any]:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("disk full")
        return {"feeds": 1, "articles_added": 1, "new_stories": 1}

    task = UpdateTask(job, every=3600, log=logged.append)
    client = TestClient(create_app(db, updates=task))
    task.run_once()
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["update"]["last"]["ok"] is False
    assert health["update"]["last"]["error"] == "disk full" and logged == ["update failed: disk full"]
    assert "failed (disk full)" in client.get("/").text
    task.run_once()
    assert client.get("/healthz").json()["update"]["last"]["ok"] is True
    assert "from 1 feed: 1 new article, 1 new story." in client.get("/").text
    plain = TestClient(create_app(db)).get("/healthz").json()
    assert "update" not in plain  # without updates, /healthz and the footer are as before


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait(check: Callable[[], bool], seconds: float, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"serve exited: {proc.communicate()[1]}")
        try:
            if check():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise AssertionError("timed out")


def test_serve_update_every_picks_up_a_new_article_without_a_restart(tmp_path: Path, site: Site) -> None:
    db = str(tmp_path / "news.db")
    assert _cli("feeds", "add", f"{site.base}/latest.xml", "--db", db).exit_code == 0
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "evenhand", "serve", "--db", db, "--port", str(port), "--update-every", "1s",
               "--no-embed", *FETCH_FLAGS]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        def updated(runs: int) -> Callable[[], bool]:
            return lambda: (httpx.get(f"{base}/healthz").json()["update"]["runs"] >= runs)

        _wait(updated(1), 90, proc)
        last = httpx.get(f"{base}/healthz").json()["update"]["last"]
        assert last["ok"] and last["feeds"] == 1 and last["articles_added"] == 2
        front = httpx.get(base + "/").text
        assert "Elsby" in front and "Quill Street library" not in front
        assert "from 1 feed: 2 new articles" in front  # the footer

        site.feed_names.append("marrow-gazette-library.html")  # the outlet publishes
        _wait(lambda: "Quill Street library" in httpx.get(base + "/").text, 90, proc)
        assert "Quill Street library" in httpx.get(f"{base}/feed.atom").text
        runs = httpx.get(f"{base}/healthz").json()["update"]["runs"]
        _wait(updated(runs + 1), 30, proc)  # and it goes on: later runs find the feed unchanged
        assert httpx.get(f"{base}/healthz").json()["update"]["last"]["articles_added"] == 0
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "updated from 1 feed: 2 new articles, 1 new story, 1 brief written" in stderr
    assert "Traceback" not in stderr
    with Store.open(db, readonly=True) as store:
        assert store.stale_stories() == []  # every story has its brief
