"""``evenhand export``: the same site as static files with relative links, JSON beside pages."""

from __future__ import annotations

import functools
import html
import http.server
import json
import re
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import httpx
import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi
from starlette.testclient import TestClient

from evenhand.cli import main
from evenhand.errors import EvenhandError
from evenhand.web import create_app, openapi_document, static_name
from evenhand.web.export import MARKER, export_site, static_openapi_document
from test_feed import check_atom
from web_fixture import HOSTILE_OUTLET, build_store


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("export")
    db = base / "store.db"
    ids = build_store(db)
    report = export_site(db, base / "site")
    return {"db": db, "ids": ids, "site": base / "site", "report": report}


def local_refs(page: str) -> list[str]:
    refs = [html.unescape(r) for r in re.findall(r'(?:href|src|action|data-index)="([^"]*)"', page)]
    return [r for r in refs if not r.startswith(("http://", "https://", "#"))]


def test_every_page_link_is_relative_and_resolves_to_a_written_file(exported: dict[str, Any]) -> None:
    site: Path = exported["site"]
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 2 + 7 + 5
    for page in pages:
        for ref in local_refs(page.read_text(encoding="utf-8")):
            assert not ref.startswith("/"), (page, ref)
            target = (page.parent / unquote(urlsplit(ref).path)).resolve()
            assert target.is_file(), (page.relative_to(site), ref)
            assert site in target.parents


def test_json_files_beside_pages_match_the_served_api(exported: dict[str, Any]) -> None:
    site: Path = exported["site"]
    with TestClient(create_app(exported["db"])) as client:
        for story_id in exported["ids"].values():
            assert (site / "stories" / f"{static_name(story_id)}.html").is_file()
            written = json.loads(
                (site / "stories" / f"{static_name(story_id)}.json").read_text(encoding="utf-8")
            )
            assert written == client.get(f"/stories/{story_id}.json").json()
        served = client.get("/stories.json").json()
        listing = json.loads((site / "stories.json").read_text(encoding="utf-8"))
        assert [s["id"] for s in listing["stories"]] == [s["id"] for s in served["stories"]]
        for path in (site / "articles").glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            assert data == client.get(f"/articles/{data['id']}.json").json()
            assert path.with_suffix(".html").is_file()
    assert exported["report"].stories == 2 and exported["report"].articles == 7


@pytest.fixture(scope="module")
def static_host(exported: dict[str, Any]) -> Iterator[str]:
    """The exported folder behind a plain static file server on loopback (Python's own)."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    handler = functools.partial(Quiet, directory=str(exported["site"]))
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        thread.join(timeout=5)


def fetch(url: str) -> httpx.Response:
    return httpx.get(url, trust_env=False, timeout=30)  # loopback: no proxy from the environment


def live_api_paths(client: TestClient, story_ids: list[str]) -> list[str]:
    """Every JSON URL the live API serves for the fixture store, as the live site writes them."""
    outlets = [o["name"] for o in client.get("/outlets.json").json()["outlets"]]
    articles = [a["id"] for sid in story_ids for a in client.get(f"/stories/{sid}.json").json()["story"]["articles"]]
    return [
        "/stories.json",
        "/outlets.json",
        *(f"/stories/{quote(s, safe='')}.json" for s in story_ids),
        *(f"/articles/{quote(a, safe='')}.json" for a in articles),
        *(f"/outlets/{quote(o, safe='')}.json" for o in outlets if o != HOSTILE_OUTLET),
    ]


def test_a_static_host_serves_the_live_json_api_paths(exported: dict[str, Any], static_host: str) -> None:
    with TestClient(create_app(exported["db"])) as client:
        paths = live_api_paths(client, list(exported["ids"].values()))
        assert len(paths) == 2 + 2 + 7 + 4  # listings, stories, articles, outlets with portable names
        for path in paths:
            live = client.get(path)
            copy = fetch(static_host + path)
            assert live.status_code == copy.status_code == 200, path
            assert copy.json() == live.json(), path
        assert "/outlets/Talmoor%20Tribune.json" in paths
        # the outlet whose name holds "/" and markup: live at its name, copied under a slug
        hostile = client.get(f"/outlets/{quote(HOSTILE_OUTLET, safe='')}.json")
        assert hostile.status_code == 200
        slugged = fetch(f"{static_host}/outlets/{static_name(HOSTILE_OUTLET)}.json")
        assert slugged.json() == hostile.json()
    feed = fetch(static_host + "/feed.atom")
    assert feed.status_code == 200
    check_atom(feed.text)


def test_the_copy_describes_itself_in_openapi(exported: dict[str, Any], static_host: str) -> None:
    doc = fetch(static_host + "/openapi.json").json()
    validate_openapi(doc)
    assert doc == static_openapi_document()
    assert doc["servers"] == [{"url": "./"}]
    live = openapi_document()
    assert set(doc["paths"]) == set(live["paths"]) - {"/search.json"} | {"/search-index.json"}
    assert "parameters" not in doc["paths"]["/stories.json"]["get"]
    assert "/search.json" in doc["info"]["description"]

    checks = {
        "/stories.json": "StoryList",
        "/outlets.json": "OutletList",
        "/search-index.json": "SearchIndex",
        f"/stories/{exported['ids']['bridge']}.json": "Brief",
    }
    for path, name in checks.items():
        schema = {"$ref": f"#/components/schemas/{name}", "components": doc["components"]}
        errors = list(Draft202012Validator(schema).iter_errors(fetch(static_host + path).json()))
        assert not errors, (path, errors[:1])
    hosted = static_openapi_document("https://news.example.org/briefs")
    assert hosted["servers"] == [{"url": "https://news.example.org/briefs/"}]


def test_citations_in_the_export_point_at_marked_spans(exported: dict[str, Any]) -> None:
    site: Path = exported["site"]
    story_id = exported["ids"]["bridge"]
    page = (site / "stories" / f"{static_name(story_id)}.html").read_text(encoding="utf-8")
    links = re.findall(r'<a class="cite" href="([^"]+)"', page)
    assert links
    for link in links:
        path, _, anchor = html.unescape(link).partition("#")
        assert anchor.startswith("s-")
        article = (site / "stories" / path).resolve().read_text(encoding="utf-8")
        assert f'id="{anchor}"' in article


def test_hostile_text_stays_inert_in_static_pages(exported: dict[str, Any]) -> None:
    for page in exported["site"].rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>window" not in text and "<img" not in text
        assert not re.search(r'href="\s*javascript:', text, re.I)
        assert len(re.findall(r"<script\b", text)) == 1


def test_exported_feed_is_valid_atom_with_absolute_links_when_given_a_base_url(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    ids = build_store(db)
    export_site(db, tmp_path / "site", base_url="https://news.example.org/briefs")
    document = (tmp_path / "site" / "feed.atom").read_text(encoding="utf-8")
    check_atom(document)
    for story_id in ids.values():
        assert f'href="https://news.example.org/briefs/stories/{story_id}.html"' in document
    assert 'href="https://news.example.org/briefs/feed.atom"' in document


def test_static_search_index_covers_stories_and_articles(exported: dict[str, Any]) -> None:
    index = json.loads((exported["site"] / "search-index.json").read_text(encoding="utf-8"))
    kinds = [item["kind"] for item in index["items"]]
    assert kinds.count("story") == 2 and kinds.count("article") == 7
    library = next(i for i in index["items"] if i["kind"] == "story" and "greyhaven" in i["words"])
    assert (exported["site"] / library["href"]).is_file()


def test_export_replaces_an_earlier_export_but_refuses_other_folders(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    build_store(db)
    site = tmp_path / "site"
    export_site(db, site)
    (site / "stale.html").write_text("old", encoding="utf-8")
    export_site(db, site)
    assert (site / MARKER).is_file() and not (site / "stale.html").exists()
    other = tmp_path / "mine"
    other.mkdir()
    (other / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(EvenhandError, match="not empty"):
        export_site(db, other)
    assert (other / "notes.txt").read_text(encoding="utf-8") == "keep me"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert leftovers == []  # no staging or retired folders remain


def test_export_command_reports_and_fails_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    build_store(db)
    runner = CliRunner()
    result = runner.invoke(main, ["export", str(tmp_path / "out"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["schema"] == "evenhand.export/1"  # every --json output names its schema
    assert summary["stories"] == 2 and (tmp_path / "out" / "index.html").is_file()
    missing = runner.invoke(main, ["export", str(tmp_path / "x"), "--db", str(tmp_path / "absent.db")])
    assert missing.exit_code == 1
    assert "absent.db" in missing.output and "Traceback" not in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()
    bad_base = runner.invoke(main, ["export", str(tmp_path / "y"), "--db", str(db), "--base-url", "ftp://x"])
    assert bad_base.exit_code == 2 and "--base-url" in bad_base.output  # a usage error


def test_every_exported_page_carries_the_content_security_policy(exported: dict[str, Any]) -> None:
    """A static host sends no headers of ours, so the policy travels in a meta tag (issue 9)."""
    from evenhand.web.pages import CSP_META

    pages = list(exported["site"].rglob("*.html"))
    assert pages
    for page in pages:
        head = page.read_text(encoding="utf-8").split("</head>", 1)[0]
        policies = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', head)
        assert [html.unescape(p) for p in policies] == [CSP_META], page
    assert "script-src 'self'" in CSP_META and "frame-ancestors" not in CSP_META
