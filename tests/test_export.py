"""``evenhand export``: the same site as static files with relative links, JSON beside pages."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from evenhand.cli import main
from evenhand.errors import EvenhandError
from evenhand.export import MARKER, export_site
from evenhand.web import create_app, file_key
from test_feed import check_atom
from web_fixture import build_store


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
            assert (site / "stories" / f"{file_key(story_id)}.html").is_file()
            written = json.loads(
                (site / "stories" / f"{file_key(story_id)}.json").read_text(encoding="utf-8")
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


def test_citations_in_the_export_point_at_marked_spans(exported: dict[str, Any]) -> None:
    site: Path = exported["site"]
    story_id = exported["ids"]["bridge"]
    page = (site / "stories" / f"{file_key(story_id)}.html").read_text(encoding="utf-8")
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
    assert summary["stories"] == 2 and (tmp_path / "out" / "index.html").is_file()
    missing = runner.invoke(main, ["export", str(tmp_path / "x"), "--db", str(tmp_path / "absent.db")])
    assert missing.exit_code == 1
    assert "absent.db" in missing.output and "Traceback" not in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()
    bad_base = runner.invoke(main, ["export", str(tmp_path / "y"), "--db", str(db), "--base-url", "ftp://x"])
    assert bad_base.exit_code == 1 and "--base-url" in bad_base.output
