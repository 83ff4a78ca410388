from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from evenhand.cli import main
from evenhand.ingest import Ingester, source_kind
from evenhand.ingest.fetch import FetchSettings
from evenhand.store import Store

SITE_DIR = Path(__file__).resolve().parent / "fixtures" / "site"
sys.path.insert(0, str(SITE_DIR))
from newsserver import (  # noqa: E402
    ARTICLES,
    BILLION_LAUGHS,
    FEED_LAST_MODIFIED,
    FULLTEXT_OUTLET,
    Site,
    feed_xml,
    serve,
)

FAST = FetchSettings(
    allow_private=True, delay=0.0, read_timeout=1.0, connect_timeout=1.0, deadline=10, retries=1, backoff=0.05
)
FETCH_FLAGS = ["--allow-private", "--delay", "0", "--timeout", "1", "--retries", "0"]


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(slow_seconds=2.0) as running:
        yield running


def run(store: Store, *sources: str, settings: FetchSettings = FAST) -> Ingester:
    ingester = Ingester(store, fetch_settings=settings, workers=4)
    try:
        ingester.run(list(sources))
    finally:
        ingester.close()
    return ingester


def test_source_kinds() -> None:
    assert source_kind("https://x.example/feed") == "url"
    assert source_kind("crawl.warc.gz") == "warc"
    assert source_kind("subs.opml") == "opml"
    assert source_kind("feed.xml") == "feed"
    assert source_kind("articles.jsonl") == "file"


def test_feed_ingest_extracts_clean_articles_and_links_wire_copy(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/feed.xml").report
        assert report.failed == [] and report.feeds_read == 1
        assert len(report.added) == len(ARTICLES) == 5
        rows = {row.title: row for row in store.articles()}
        fire = rows["Fire destroys Elsby grain warehouse as crews battle through the night"]
        assert fire.outlet == "Harbour Herald" and fire.author == "Mara Quillon"
        assert fire.published and fire.published.startswith("2024-05-07")
        assert fire.url == f"{site.base}/articles/harbour-herald-fire.html"  # tracking parameter dropped
        for row in rows.values():
            for boilerplate in (
                "cookies",
                "Accept all",
                "Related stories",
                "Comments",
                "Sign up",
                "Most read",
            ):
                assert boilerplate not in row.text, (row.title, boilerplate)
        wire = rows["Ferry operator suspends Elsby to Skarn crossings after engine failure"]
        copy = rows["Skarn ferry crossings suspended after engine failure"]
        assert copy.independent_of == wire.id and wire.independent_of is None
        assert report.syndicated == 1
        state = store.feed_state(f"{site.base}/feed.xml")
        assert state is not None and state.etag == '"feed-v1"'


def test_second_run_adds_nothing_and_uses_a_conditional_get(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        run(store, f"{site.base}/feed.xml")
        page_hits = sum(n for path, n in site.hits.items() if path.startswith("/articles/"))
        again = run(store, f"{site.base}/feed.xml").report
        assert again.added == [] and again.feeds_not_modified == 1
        assert sum(n for path, n in site.hits.items() if path.startswith("/articles/")) == page_hits
        assert store.article_count() == 5


def test_a_last_modified_feed_is_read_again_with_if_modified_since(site: Site, tmp_path: Path) -> None:
    feed = f"{site.base}/dated-feed.xml"
    with Store.open(tmp_path / "s.db") as store:
        first = run(store, feed).report
        assert len(first.added) == 5 and first.feeds_read == 1
        state = store.feed_state(feed)
        assert state is not None and state.last_modified == FEED_LAST_MODIFIED and state.etag is None
        again = run(store, feed).report
        assert again.feeds_not_modified == 1 and again.feeds_read == 0 and again.added == []
        assert site.hits["/dated-feed.xml"] == 2 and store.article_count() == 5
        state = store.feed_state(feed)
        assert state is not None and state.last_modified == FEED_LAST_MODIFIED and state.status == 304


def test_feed_with_new_entries_fetches_only_the_new_ones(site: Site, tmp_path: Path) -> None:
    site.feed_names = ARTICLES[:2]
    with Store.open(tmp_path / "s.db") as store:
        assert len(run(store, f"{site.base}/feed.xml").report.added) == 2
        site.feed_names = list(ARTICLES)
        store.save_feed_state(f"{site.base}/feed.xml", etag='"stale"', last_modified=None, status=200)
        report = run(store, f"{site.base}/feed.xml").report
        assert len(report.added) == 3 and report.skipped_known == 2
        assert site.hits[f"/articles/{ARTICLES[0]}"] == 1


def test_opml_lists_feeds(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/subscriptions.opml").report
        assert report.feeds_read == 1 and len(report.added) == 5
        assert [f.url for f in store.feeds()] == [f"{site.base}/feed.xml"]


def test_entity_attack_feed_is_refused(site: Site, tmp_path: Path) -> None:
    local = tmp_path / "evil.xml"
    local.write_bytes(BILLION_LAUGHS)
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/evil-feed.xml", str(local)).report
        assert report.added == []
        assert len(report.failed) == 2 and all("unsafe XML refused" in line for line in report.failed)


def test_robots_txt_disallowed_pages_are_skipped_and_reported(site: Site, tmp_path: Path) -> None:
    site.robots = "User-agent: *\nDisallow: /\n\nUser-agent: evenhand\nDisallow: /articles/harbour-herald\n"
    disallowed = f"{site.base}/articles/harbour-herald-fire.html"
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/feed.xml").report
        assert len(report.added) == 4 and report.feeds_read == 1
        assert report.failed == [f"{disallowed}?utm_source=rss: disallowed by robots.txt"]  # the feed's link
        assert site.hits["/articles/harbour-herald-fire.html"] == 0 and site.hits["/robots.txt"] == 1
        assert not store.has_url(disallowed)
        ignoring = run(store, f"{site.base}/feed.xml", settings=replace(FAST, obey_robots=False)).report
        assert len(ignoring.added) == 1 and ignoring.failed == [] and store.has_url(disallowed)


def test_a_host_whose_robots_txt_fails_is_skipped_for_the_run(site: Site, tmp_path: Path) -> None:
    site.robots_status = 500
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/feed.xml", f"{site.base}/articles/{ARTICLES[0]}").report
        assert report.added == [] and len(report.failed) == 2
        assert all("robots.txt answered HTTP 500, so the host is skipped" in line for line in report.failed)
        assert site.hits["/feed.xml"] == 0 and site.hits["/robots.txt"] == 1 + FAST.retries


def test_feed_text_stands_in_for_a_missing_or_disallowed_page(site: Site, tmp_path: Path) -> None:
    site.robots = "User-agent: *\nDisallow: /private/\n"
    bridge_url = f"{site.base}/articles/pennock-bridge.html"
    market_url = f"{site.base}/private/orsk-market.html"
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/fulltext-feed.xml").report
        assert len(report.added) == 3 and report.feeds_read == 1
        assert report.from_feed_text == [
            f"{bridge_url}: HTTP 404 from {bridge_url}; stored from feed text",
            f"{market_url}: disallowed by robots.txt; stored from feed text",
        ]
        choir = f"{site.base}/articles/wendle-choir.html"
        assert report.failed == [f"{choir}: HTTP 404 from {choir}"]  # a one-line teaser is not an article
        assert site.hits["/private/orsk-market.html"] == 0
        rows = {row.url: row for row in store.articles()}
        bridge = rows[bridge_url]
        assert bridge.title == "Pennock swing bridge to close for six weeks of repairs"
        assert bridge.outlet == FULLTEXT_OUTLET and bridge.origin == f"{bridge_url} (feed text)"
        assert bridge.text.startswith("The Pennock swing bridge will close to traffic for six weeks")
        assert "board's chair, Ilse Varden." in bridge.text and "<p>" not in bridge.text
        assert bridge.published_ts is not None
        market = rows[market_url]
        assert market.title.startswith("Orsk covered market") and "forty-one to six" in market.text
        library = rows[f"{site.base}/articles/{ARTICLES[2]}"]
        assert library.outlet == "Marrow Gazette" and "teaser" not in library.text  # its page, not the feed
        again = run(store, f"{site.base}/fulltext-feed.xml").report
        assert again.added == [] and again.skipped_known == 3 and again.from_feed_text == []


def test_plain_text_feed_summary_stands_in_as_a_record(site: Site, tmp_path: Path) -> None:
    site.robots = "User-agent: *\nDisallow: /private/\n"
    with Store.open(tmp_path / "s.db") as store:
        report = run(store, f"{site.base}/fulltext-feed.atom").report
        market_url = f"{site.base}/private/orsk-market.html"
        assert report.from_feed_text == [f"{market_url}: disallowed by robots.txt; stored from feed text"]
        assert len(report.added) == 2 and len(report.failed) == 1  # the library page, and the choir teaser
        market = next(row for row in store.articles() if row.url == market_url)
        assert market.outlet == FULLTEXT_OUTLET and market.title == "Orsk covered market to stay open late on Fridays"
        assert market.text.startswith("The Orsk covered market will stay open until ten at night on Fridays")


def test_bad_urls_are_reported_and_skipped_while_good_ones_are_stored(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        settings = replace(FAST, read_timeout=0.3, max_bytes=500_000, retries=0)
        report = run(
            store,
            f"{site.base}/missing",
            f"{site.base}/loop-a",
            f"{site.base}/slow",
            f"{site.base}/huge",
            f"{site.base}/articles/{ARTICLES[2]}",
            settings=settings,
        ).report
        assert len(report.added) == 1
        failures = "\n".join(report.failed)
        for expected in ("HTTP 404", "redirect loop", "timed out", "byte limit"):
            assert expected in failures
        assert len(report.failed) == 4


def test_redirect_and_direct_url_are_one_article(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        first = run(store, f"{site.base}/moved").report
        second = run(store, f"{site.base}/articles/{ARTICLES[0]}", f"{site.base}/moved").report
        assert len(first.added) == 1 and second.added == [] and second.skipped_known == 2
        assert store.has_url(f"{site.base}/moved")


def test_private_addresses_are_refused_by_default(site: Site, tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        report = run(
            store, f"{site.base}/articles/{ARTICLES[0]}", settings=replace(FAST, allow_private=False)
        ).report
        assert report.added == [] and "loopback address" in report.failed[0]


def test_local_files_folders_jsonl_feeds_and_warc(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ARTICLES[:2]:
        (folder / name).write_bytes((SITE_DIR / "articles" / name).read_bytes())
    note = tmp_path / "note.txt"
    note.write_text(
        "Pennock bypass delayed again\n\nThe Pennock bypass will open a year late, the regional authority"
        " said on Friday, after engineers found soft ground under the planned river crossing.\n",
        encoding="utf-8",
    )
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        json.dumps(
            {
                "source": "Orsk Post",
                "title": "Orsk tram depot reopens",
                "url": "https://orsk.example/t",
                "text": "The Orsk tram depot reopened on Monday after a two-year rebuild that cost the city "
                "more than it planned, officials said.",
                "published": "2024-05-10",
            }
        )
        + "\nnot json\n",
        encoding="utf-8",
    )
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc, "https://marrowgazette.example/library", SITE_DIR / "articles" / ARTICLES[2])
    with Store.open(tmp_path / "s.db") as store:
        report = run(
            store, str(folder), str(note), str(jsonl), str(warc), str(tmp_path / "absent.html")
        ).report
        assert len(report.added) == 5
        assert any("line 2" in line and "not valid JSON" in line for line in report.failed)
        assert any("absent.html" in line for line in report.failed)
        outlets = dict(store.outlets())
        assert outlets.get("Orsk Post") == 1 and outlets.get("Marrow Gazette") == 1
        assert store.has_url("https://marrowgazette.example/library")
        again = run(store, str(folder), str(note), str(jsonl), str(warc)).report
        assert again.added == []


def test_local_feed_file_fetches_its_entries(site: Site, tmp_path: Path) -> None:
    feed = tmp_path / "coast.xml"
    feed.write_bytes(feed_xml(site.base, ARTICLES[:3]))
    with Store.open(tmp_path / "s.db") as store:
        assert len(run(store, str(feed)).report.added) == 3


def _write_warc(path: Path, url: str, page: Path) -> None:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=BytesIO(page.read_bytes()), http_headers=headers
        )
        writer.write_record(record)
        missing = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url + "/gone", "response", payload=BytesIO(b"nope"), http_headers=missing
            )
        )


def test_cli_ingest_cluster_stories_and_json(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    refused = runner.invoke(main, ["ingest", f"{site.base}/feed.xml", "--db", db])
    assert refused.exit_code == 1
    assert "loopback address" in refused.output and "Traceback" not in refused.output
    result = runner.invoke(main, ["ingest", f"{site.base}/feed.xml", "--db", db, "--json", *FETCH_FLAGS])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "evenhand.ingest/1" and data["added"] == 5 and data["syndicated"] == 1
    clustered = runner.invoke(main, ["cluster", "--db", db, "--json"])
    assert clustered.exit_code == 0, clustered.output
    assert json.loads(clustered.output)["articles"] == 5
    listing = json.loads(runner.invoke(main, ["stories", "--db", db, "--json"]).output)
    assert listing["schema"] == "evenhand.stories/1"
    by_size = sorted(listing["stories"], key=lambda s: -s["articles"])
    fire_or_ferry = {m["outlet"] for m in by_size[0]["members"]}
    assert by_size[0]["articles"] == 2 and len(fire_or_ferry) == 2
    library = [s for s in listing["stories"] if "library" in s["headline"].lower()]
    assert len(library) == 1 and library[0]["articles"] == 1
    ferry = [s for s in listing["stories"] if "ferry" in s["headline"].lower() or "Skarn" in s["headline"]]
    assert len(ferry) == 1 and ferry[0]["independent_sources"] == 1  # wire copy counts once
    one = runner.invoke(main, ["stories", ferry[0]["id"], "--db", db])
    assert one.exit_code == 0 and "joined at" in one.output and "copy of" in one.output
    missing = runner.invoke(main, ["stories", "s-nope", "--db", db])
    assert missing.exit_code == 1 and "no such story" in missing.output


def test_cli_ingest_obeys_robots_txt_unless_told_to_ignore_it(site: Site, tmp_path: Path) -> None:
    site.robots = "User-agent: *\nDisallow: /articles/valley-times-fire.html\n"
    disallowed = f"{site.base}/articles/valley-times-fire.html"
    db = str(tmp_path / "r.db")
    runner = CliRunner()
    obeying = runner.invoke(main, ["ingest", f"{site.base}/feed.xml", "--db", db, "--json", *FETCH_FLAGS])
    assert obeying.exit_code == 0, obeying.output
    data = json.loads(obeying.stdout)
    assert data["added"] == 4 and data["failed"] == [f"{disallowed}?utm_source=rss: disallowed by robots.txt"]
    assert data["from_feed_text"] == []
    text = runner.invoke(main, ["ingest", disallowed, "--db", db, *FETCH_FLAGS])
    assert text.exit_code == 1 and f"skipped {disallowed}: disallowed by robots.txt" in text.output
    ignoring = runner.invoke(main, ["ingest", disallowed, "--db", db, "--ignore-robots", *FETCH_FLAGS])
    assert ignoring.exit_code == 0 and "added 1 article(s)" in ignoring.output
    assert site.hits["/articles/valley-times-fire.html"] == 1
    assert "--ignore-robots" in runner.invoke(main, ["update", "--help"]).output


def test_cli_update_writes_briefs_of_changed_stories(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    runner = CliRunner()
    site.feed_names = ARTICLES[:3]
    assert runner.invoke(main, ["ingest", f"{site.base}/feed.xml", "--db", db, *FETCH_FLAGS]).exit_code == 0
    first = runner.invoke(main, ["update", "--db", db, "--json", *FETCH_FLAGS])
    assert first.exit_code == 0, first.output
    data = json.loads(first.output)
    assert data["schema"] == "evenhand.update/1" and data["feeds"] == 1 and data["failed"] == []
    assert data["clustered"] == 3 and len(data["briefs_written"]) == 3  # ferry, fire, library
    with Store.open(db) as store:
        for story_id in data["briefs_written"]:
            brief = store.get_brief(story_id)
            assert brief is not None and brief["schema"] == "evenhand.brief/1"
            members = {a.id for a in store.story_articles(story_id)}
            assert {s["article_id"] for s in brief["sources"]} <= members
    quiet = json.loads(runner.invoke(main, ["update", "--db", db, "--json", *FETCH_FLAGS]).output)
    assert quiet["briefs_written"] == [] and quiet["ingest"]["feeds_not_modified"] == 1
    site.feed_names = list(ARTICLES)
    with Store.open(db) as store:
        store.save_feed_state(f"{site.base}/feed.xml", etag='"old"', last_modified=None, status=200)
    grown = json.loads(runner.invoke(main, ["update", "--db", db, "--json", *FETCH_FLAGS]).output)
    assert grown["clustered"] == 2
    assert set(grown["briefs_written"]) < set(data["briefs_written"]) and len(grown["briefs_written"]) == 2


def test_ratings_import(tmp_path: Path) -> None:
    csv_file = tmp_path / "r.csv"
    csv_file.write_text(
        "news_source,news_link,bias_rating\nHarbour Herald,https://harbourherald.example/,Center\n"
    )
    db = str(tmp_path / "r.db")
    result = CliRunner().invoke(main, ["ratings", "import", str(csv_file), "--db", db])
    assert result.exit_code == 0 and "stored 1" in result.output
    with Store.open(db) as store:
        assert store.outlet_rating("Harbour Herald") == "Center"
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    failed = CliRunner().invoke(main, ["ratings", "import", str(bad), "--db", db])
    assert failed.exit_code == 1 and "needs an outlet column" in failed.output


def test_kill_9_mid_ingest_then_rerun_loses_and_doubles_nothing(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    total = 120
    with serve(generated_delay=0.02) as site:
        feed = f"{site.base}/big-feed.xml?n={total}"
        command = [
            sys.executable,
            "-c",
            "from evenhand.cli import main; main()",
            "ingest",
            feed,
            "--db",
            str(db),
            *FETCH_FLAGS,
        ]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        stored = 0
        deadline = time.monotonic() + 60
        while stored < 15 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
            stored = _count(db)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        with Store.open(db) as store:
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            partial = store.article_count()
        assert 15 <= partial < total
        rerun = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=120, env=env)
        assert rerun.returncode == 0, rerun.stderr
        report = json.loads(rerun.stdout)
        assert report["added"] == total - partial and report["already_stored"] == partial
    with Store.open(db) as store:
        assert store.article_count() == total
        assert store.conn.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == total
        assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == total


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_a_gzipped_feed_file_is_read_and_counted_as_a_feed(tmp_path: Path) -> None:
    # The red team's: "feed.xml.gz" was "unsupported file type .gz", and a feed file read said "0 feed(s) read".
    import gzip

    from click.testing import CliRunner

    from evenhand.cli import main

    items = "<item><title>t</title><link>http://10.0.0.1/a.html</link></item>"  # refused unfetched: private
    feed = f'<rss version="2.0"><channel><title>c</title>{items}</channel></rss>'.encode()
    (tmp_path / "feed.xml.gz").write_bytes(gzip.compress(feed))
    (tmp_path / "plain.xml").write_bytes(feed)
    for name in ("feed.xml.gz", "plain.xml"):
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / name), "--db", str(tmp_path / "s.db"), "--json",
                                           "--timeout", "1", "--retries", "0"])
        report = json.loads(result.stdout)
        assert report["feeds_read"] == 1, (name, result.output)
