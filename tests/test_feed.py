"""The Atom writer: RFC 4287's required elements, escaping, and the feed the app serves."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import feedparser
import pytest
from defusedxml.ElementTree import fromstring
from starlette.testclient import TestClient

from evenhand.store import Store
from evenhand.web import create_app
from evenhand.web.atom import FeedEntry, atom_feed, rfc3339
from web_fixture import build_store

A = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")


def check_atom(document: str) -> Element:
    """Assert the feed is well-formed Atom with every element RFC 4287 requires; return its root."""
    root: Element = fromstring(document.encode("utf-8"))
    assert root.tag == f"{A}feed"
    for name in ("id", "title", "updated"):
        assert len(root.findall(f"{A}{name}")) == 1, name
    assert RFC3339.fullmatch(root.findtext(f"{A}updated") or "")
    assert [link for link in root.findall(f"{A}link") if link.get("rel") == "self"]
    feed_has_author = root.find(f"{A}author/{A}name") is not None
    ids = []
    for entry in root.findall(f"{A}entry"):
        for name in ("id", "title", "updated"):
            assert len(entry.findall(f"{A}{name}")) == 1, name
        assert RFC3339.fullmatch(entry.findtext(f"{A}updated") or "")
        assert entry.find(f"{A}link[@rel='alternate']") is not None
        assert entry.find(f"{A}summary") is not None or entry.find(f"{A}content") is not None
        assert feed_has_author or entry.find(f"{A}author/{A}name") is not None
        ids.append(entry.findtext(f"{A}id"))
    assert len(ids) == len(set(ids))
    parsed = feedparser.parse(document)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return root


def test_rfc3339_normalises_to_utc() -> None:
    assert rfc3339("2031-04-08T11:15:00+02:00") == "2031-04-08T09:15:00Z"
    assert rfc3339("2031-04-08") == "2031-04-08T00:00:00Z"
    assert RFC3339.fullmatch(rfc3339("not a date"))
    assert RFC3339.fullmatch(rfc3339(None))


def test_feed_escapes_markup_and_drops_characters_xml_forbids() -> None:
    nasty = 'Fire & "flood" <script>alert(1)</script> \x00\x07\x1b ]]> end'
    entry = FeedEntry(
        id="urn:uuid:2f1b0c4e-0000-4000-8000-000000000001",
        title=nasty,
        updated="2031-04-08T10:00:00Z",
        link="https://example.org/stories/1?a=1&b=2",
        summary=nasty,
        authors=["Outlet <One>", "Outlet & Two"],
        content_html="<p>A fact <a href='x'>[1]</a></p>",
        categories=['a"b'],
    )
    document = atom_feed(
        [entry],
        feed_id="urn:uuid:2f1b0c4e-0000-4000-8000-000000000000",
        title="T & <T>",
        self_url="https://example.org/feed.atom?x=1&y=2",
        site_url="https://example.org/",
    )
    assert "<script>" not in document and "\x00" not in document and "\x1b" not in document
    root = check_atom(document)
    item = root.find(f"{A}entry")
    assert item is not None
    assert item.findtext(f"{A}title") == 'Fire & "flood" <script>alert(1)</script>  ]]> end'
    assert [a.findtext(f"{A}name") for a in item.findall(f"{A}author")] == ["Outlet <One>", "Outlet & Two"]
    link = item.find(f"{A}link")
    assert link is not None and link.get("href") == "https://example.org/stories/1?a=1&b=2"
    assert item.findtext(f"{A}content") == "<p>A fact <a href='x'>[1]</a></p>"
    assert root.findtext(f"{A}updated") == "2031-04-08T10:00:00Z"


def test_empty_feed_is_still_valid() -> None:
    check_atom(
        atom_feed(
            [],
            feed_id="urn:uuid:2f1b0c4e-0000-4000-8000-000000000000",
            title="Empty",
            self_url="https://example.org/feed.atom",
            site_url="https://example.org/",
        )
    )


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    path = tmp_path_factory.mktemp("feed") / "store.db"
    return path, build_store(path)


def test_served_feed_has_one_entry_per_brief_newest_first(store_path: tuple[Path, dict[str, str]]) -> None:
    path, ids = store_path
    with TestClient(create_app(path)) as client:
        response = client.get("/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = check_atom(response.text)
    entries = root.findall(f"{A}entry")
    with Store.open(path, readonly=True) as store:
        briefs = {sid: store.get_brief(sid) for sid in ids.values()}
        rows = {sid: store.get_story(sid) for sid in ids.values()}
    assert len(entries) == len(briefs)
    updated = [e.findtext(f"{A}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)
    by_link: dict[str, Any] = {}
    for entry in entries:
        link = entry.find(f"{A}link[@rel='alternate']")
        assert link is not None
        by_link[link.get("href") or ""] = entry
    for sid, brief in briefs.items():
        assert brief is not None
        entry = by_link[f"http://testserver/stories/{sid}"]
        assert entry.findtext(f"{A}title") == brief["headline"]
        assert entry.findtext(f"{A}summary") == brief["lede"]
        content = entry.findtext(f"{A}content") or ""
        assert "<script" not in content  # the hostile outlet's payloads stay escaped inside the HTML
        row = rows[sid]
        assert row is not None and row.brief_updated_at is not None
        stamp = datetime.fromisoformat(
            (entry.findtext(f"{A}updated") or "").replace("Z", "+00:00")
        ).timestamp()
        assert abs(stamp - row.brief_updated_at) < 1.0
    self_link = root.find(f"{A}link[@rel='self']")
    assert self_link is not None and self_link.get("href") == "http://testserver/feed.atom"
