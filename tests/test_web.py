"""The web reader over a real store built by the real pipeline from fictional articles."""

from __future__ import annotations

import hashlib
import html
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from markupsafe import escape
from openapi_spec_validator import validate as validate_openapi
from starlette.testclient import TestClient

from evenhand.brief.render import NO_FACTS, NO_SHARED_FACTS
from evenhand.model import Article
from evenhand.outlets import Rating, lean_key
from evenhand.store import Assignment, Store, StoreError
from evenhand.web import (
    CSP,
    Span,
    context_around,
    create_app,
    leaning_spread,
    locate,
    mark_spans,
    openapi_document,
    safe_url,
    static_name,
)
from web_fixture import _WIRE, HOSTILE_OUTLET, HOSTILE_URL, PAYLOADS, RATINGS, _add_story, build_store


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("web") / "store.db"
    ids = build_store(path)
    with Store.open(path, readonly=True) as store:
        briefs = {name: store.get_brief(sid) for name, sid in ids.items()}
        articles = {a.id: a for sid in ids.values() for a in store.story_articles(sid)}
    return {"path": path, "ids": ids, "briefs": briefs, "articles": articles}


@pytest.fixture(scope="module")
def client(site: dict[str, Any]) -> Any:
    with TestClient(create_app(site["path"])) as test_client:
        yield test_client


def visible_text(page: str) -> str:
    """The text a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'(?:href|src|action)="([^"]*)"', page)]


# -- pure helpers ------------------------------------------------------------------------------------


def test_mark_spans_escapes_every_piece_and_keeps_the_text() -> None:
    text = 'a <b>bold</b> & "q" <script>x()</script> end'
    spans = [Span(2, 13, text[2:13]), Span(20, 40, text[20:40])]
    out = str(mark_spans(text, spans))
    assert "<b>" not in out and "<script>" not in out
    assert '<mark id="s-2-13">&lt;b&gt;bold&lt;/b&gt;</mark>' in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_mark_spans_overlapping_spans_share_a_mark_and_keep_both_anchors() -> None:
    text = "One two three four five six."
    out = str(mark_spans(text, [Span(4, 18, text[4:18]), Span(8, 28, text[8:28]), Span(4, 18, text[4:18])]))
    assert out.count("<mark") == 1
    assert 'id="s-4-18"' in out and 'id="s-8-28"' in out
    assert visible_text(out) == text


def test_mark_spans_drops_spans_outside_the_text() -> None:
    out = str(mark_spans("short", [Span(3, 99, "x"), Span(-1, 2, "y")]))
    assert out == "short"


def test_locate_trusts_offsets_only_when_they_quote_the_text() -> None:
    text = "First sentence. Second sentence here."
    assert locate(text, 16, 37, "Second sentence here.") == Span(16, 37, "Second sentence here.")
    # stale offsets (the article changed since the brief): found by its words instead
    assert locate(text, 0, 21, "Second sentence here.") == Span(16, 37, "Second sentence here.")
    assert locate(text, 0, 15, "Not in the article.") is None
    assert locate(text, "0", None, None) is None


def test_context_around_cuts_at_word_boundaries() -> None:
    text = "word " * 100 + "TARGET." + " more" * 100
    start = text.index("TARGET.")
    before, after = context_around(text, Span(start, start + 7, "TARGET."), width=40)
    assert before.startswith("…") and after.endswith("…")
    assert before.endswith("word ") and after.startswith(" more")
    assert len(before) <= 42 and len(after) <= 42


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("//example.org/x", None),
        ("https://exa mple.org", None),
        ("https:/no-host", None),
        (None, None),
    ],
)
def test_safe_url_links_only_absolute_http(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


def test_leaning_spread_counts_each_outlet_once_and_ignores_unknown_ratings() -> None:
    spread = leaning_spread({"A": "Lean Left", "B": "Right", "C": None, "D": "Mixed", "E": "center"})
    assert spread["counts"] == {"left": 0, "lean-left": 1, "center": 1, "lean-right": 0, "right": 1}
    assert spread["rated"] == 3 and spread["unrated"] == 2
    assert sum(p["width"] for p in spread["parts"]) == pytest.approx(100.0)
    assert leaning_spread({"A": None})["rated"] == 0
    assert lean_key("Lean-Right") == "lean-right"


def test_static_name_keeps_portable_names_and_hashes_the_rest() -> None:
    for kept in ("s9c1ce7b7a1be4b8a", "Talmoor Tribune", "Le Monde diplomatique é", "a.json", "100%"):
        assert static_name(kept) == kept
    for odd in ('Hostile <b>"x"</b>/../..', "Fox: Politics", "CON", "lpt1.txt", ".hidden", "x" * 200, "a\nb"):
        name = static_name(odd)
        assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}", name), odd
        assert name == static_name(odd) and len(name) <= 60
    assert static_name("Fox: Politics") != static_name("Fox/ Politics")


# -- pages -------------------------------------------------------------------------------------------


def test_front_page_lists_stories_newest_first_with_coverage_and_leaning(
    client: TestClient, site: dict[str, Any]
) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    bridge, library = site["briefs"]["bridge"], site["briefs"]["library"]
    assert page.index(html.escape(bridge["headline"])) < page.index(html.escape(library["headline"]))
    text = visible_text(page)
    # bridge: 5 outlets; the Eastbrook Gazette copy of Coastal Wire's text is not independent
    assert "5 outlets · 4 independent sources · 5 articles" in " ".join(text.split())
    assert 'aria-label="Leaning of rated outlets: Lean Left 1, Center 1, Right 1; 2 not rated"' in page
    assert bridge["lede"] in text


def test_story_page_shows_every_section_with_counted_citations(
    client: TestClient, site: dict[str, Any]
) -> None:
    story_id, brief = site["ids"]["bridge"], site["briefs"]["bridge"]
    page = client.get(f"/stories/{story_id}").text
    for heading in ("Facts", "Sources", "Narratives", "Contested"):
        assert f">{heading}</h2>" in page
    items = re.findall(r'<li id="fact-(\d+)" class="fact( single)?">(.*?)</li>', page, re.S)
    assert len(items) == len(brief["facts"])
    for (number, single, body), fact in zip(items, brief["facts"], strict=True):
        assert html.escape(fact["text"]) in body or fact["text"] in visible_text(body)
        cited = [int(n) for n in re.findall(r'class="cite"[^>]*>(\d+)</a>', body)]
        assert cited == fact["sources"], number
        if fact["independent"] <= 1:
            assert single and "single source" in body
        else:
            assert not single and f"{fact['independent']} independent outlets" in body


@pytest.mark.parametrize(("outlet", "why"), [("Veld Post", NO_FACTS), ("Veld Post (Opinion)", NO_SHARED_FACTS)])
def test_a_story_whose_articles_report_nothing_says_why_its_brief_has_no_fact(
    tmp_path: Path, outlet: str, why: str
) -> None:
    path = tmp_path / "store.db"
    column = {
        "text": ("Mother's Day is a week away, and I think we should all slow down and call our mothers. Nothing "
                 "matters more than family, and we ought to say so more often."),
        "outlet": outlet, "title": "Call your mother", "id": "column",
    }
    with Store.open(path) as store:
        story_id = _add_story(store, [column])
    with TestClient(create_app(path)) as test_client:
        page = test_client.get(f"/stories/{story_id}").text
    assert f'<p class="note">{escape(why)}</p>' in page


def test_the_source_whose_title_is_the_headline_is_marked_on_the_story_page(
    client: TestClient, site: dict[str, Any]
) -> None:
    story_id, brief = site["ids"]["bridge"], site["briefs"]["bridge"]
    page = client.get(f"/stories/{story_id}").text
    assert brief["headline_source"] is not None
    item = re.search(rf'<li id="source-{brief["headline_source"]}".*?</li>', page, re.S)
    assert item is not None and 'class="badge headline"' in item.group(0)
    assert page.count('class="badge headline"') == 1


def test_a_column_is_marked_on_the_story_page_and_a_story_of_columns_says_so(tmp_path: Path) -> None:
    text = "About 300 ferry workers at the port of Kessel walked off the job on Friday after talks broke down."
    report = {"text": text, "outlet": "Veld Wire", "title": "Ferry strike", "url": "https://veld-wire.example/strike"}
    column = {"text": text.replace(" after", ", after"), "outlet": "Kessel Courier", "title": "The strike", "url": "https://kessel-courier.example/opinion/strike"}
    pages = []
    # (the second story's columns tell the walk-out each in its own words: two independent sources)
    walkout = "Some 300 ferry workers walked off the job at the port of Kessel on Friday when talks broke down."
    other = column | {"outlet": "Quay Daily", "url": "https://quay.example/opinion/s", "text": walkout}
    for n, articles in enumerate(([report, column], [column, other])):
        with Store.open(tmp_path / f"store{n}.db") as store:
            story_id = _add_story(store, articles)
        with TestClient(create_app(tmp_path / f"store{n}.db")) as test_client:
            pages.append(test_client.get(f"/stories/{story_id}").text)
    item = re.search(r'<li id="source-\d+"[^>]*>\s*<a class="outlet"[^>]*>Kessel Courier</a>.*?</li>', pages[0], re.S)
    assert item is not None and 'class="badge opinion"' in item.group(0)
    assert pages[0].count('class="badge opinion"') == 1 and "none a news report" not in pages[0]
    assert pages[1].count('class="badge opinion"') == 2 and "none a news report" in pages[1]


def test_a_columns_title_narrative_cites_the_article_not_a_span_of_its_text(tmp_path: Path) -> None:
    # A column's title printed as its narrative (brief/theses.py) rests on the title, the article's
    # heading: its citation opens the article, and no sentence of the text is marked for it.
    report = {"text": "About 300 ferry workers at the port of Kessel walked off the job on Friday after talks broke "
                      "down.", "outlet": "Veld Wire", "title": "Ferry strike", "url": "https://veld-wire.example/s"}
    title = "The Ferry Strike Is the Port Board's Own Doing"
    # (its page repeats the title under the text, as pages do: not a sentence the narrative cites)
    anecdote = "At dawn the quay at Kessel was silent. Piet Anker has crewed the ferry for thirty years."
    column = {"text": f"{anecdote}\n\n{title}",
              "outlet": "Kessel Courier", "title": title, "url": "https://kessel-courier.example/opinion/strike"}
    with Store.open(tmp_path / "store.db") as store:
        story_id = _add_story(store, [report, column])
        brief = store.get_brief(story_id)
    assert brief is not None and brief["narratives"][0]["support"][0]["part"] == "title"
    number = brief["narratives"][0]["sources"][0]
    article_id = next(s["article_id"] for s in brief["sources"] if s["number"] == number)
    with TestClient(create_app(tmp_path / "store.db")) as test_client:
        page = test_client.get(f"/stories/{story_id}").text
        article_page = test_client.get(f"/articles/{article_id}").text
    item = re.search(r'<li><strong>Commentary narrative, as provided by Kessel Courier:</strong>.*?</li>', page, re.S)
    assert item is not None and str(escape(f"“{title}”")) in item.group(0), page
    assert re.findall(r'<a class="cite" href="([^"]+)"', item.group(0)) == [f"/articles/{article_id}"]
    assert "<mark" not in article_page


def test_an_outlet_carrying_the_same_report_is_marked_on_the_story_page(tmp_path: Path) -> None:
    # A tryout's port strike: two papers reprinted the wire's story word for word
    text = ("About 300 ferry workers at the port of Kessel walked off the job on Friday after talks over automated "
            "gangways broke down, halting most crossings on the Veld estuary.\n\nThe union said the plan would "
            "cut about 80 jobs over five years.")
    wire = {"text": text, "outlet": "Veld Wire", "title": "Ferry strike", "url": "https://veld-wire.example/strike"}
    copy = wire | {"outlet": "Kessel Courier", "url": "https://kessel-courier.example/strike"}
    with Store.open(tmp_path / "store.db") as store:
        story_id = _add_story(store, [wire, copy])
    with TestClient(create_app(tmp_path / "store.db")) as test_client:
        page = test_client.get(f"/stories/{story_id}").text
    item = re.search(r'<li id="source-2".*?</li>', page, re.S)
    assert item is not None and "Kessel Courier" in item.group(0)
    assert 'class="badge same-report"' in item.group(0) and '<a href="#source-1">1</a>' in item.group(0)
    assert page.count('class="badge same-report"') == 1


def test_citation_links_point_at_the_cited_span_of_the_right_article(
    client: TestClient, site: dict[str, Any]
) -> None:
    story_id, brief = site["ids"]["bridge"], site["briefs"]["bridge"]
    page = client.get(f"/stories/{story_id}").text
    sources = {s["number"]: s for s in brief["sources"]}
    fact = brief["facts"][0]
    body = re.search(r'<li id="fact-1".*?</li>', page, re.S)
    assert body is not None
    links = re.findall(r'<a class="cite" href="([^"]+)" data-evidence="([^"]+)"', body.group(0))
    assert len(links) == len(fact["sources"])
    for (href, evidence_id), number in zip(links, fact["sources"], strict=True):
        support = next(s for s in fact["support"] if s["source"] == number)
        article_id = sources[number]["article_id"]
        assert href == f"/articles/{article_id}#s-{support['start']}-{support['end']}"
        text = site["articles"][article_id].text
        assert text[support["start"] : support["end"]] == support["text"]
        template = re.search(rf'<template id="{evidence_id}">(.*?)</template>', page, re.S)
        assert template is not None
        mark = re.search(r"<mark>(.*?)</mark>", template.group(1), re.S)
        assert mark is not None and html.unescape(mark.group(1)) == support["text"]


def test_article_page_highlights_every_cited_span_and_keeps_the_text_exact(
    client: TestClient, site: dict[str, Any]
) -> None:
    brief = site["briefs"]["bridge"]
    by_article: dict[str, set[tuple[int, int]]] = {}
    numbers = {s["number"]: s["article_id"] for s in brief["sources"]}
    for fact in brief["facts"]:
        for sup in fact["support"]:
            by_article.setdefault(numbers[sup["source"]], set()).add((sup["start"], sup["end"]))
    assert by_article
    for article_id, spans in by_article.items():
        page = client.get(f"/articles/{article_id}").text
        body = re.search(r'<div class="article-text">(.*?)</div>', page, re.S)
        assert body is not None
        assert visible_text(body.group(1)) == site["articles"][article_id].text
        for start, end in spans:
            assert f'id="s-{start}-{end}"' in body.group(1)


def test_hostile_article_text_is_rendered_as_text(client: TestClient, site: dict[str, Any]) -> None:
    story_id = site["ids"]["bridge"]
    hostile = next(a for a in site["articles"].values() if a.outlet == HOSTILE_OUTLET)
    pages = [
        client.get(path).text
        for path in ("/", f"/stories/{story_id}", f"/articles/{hostile.id}", "/search?q=bridge", "/outlets")
    ]
    pages.append(client.get(f"/outlets/{hostile.outlet}").text)
    for page in pages:
        assert "<script>window" not in page
        assert "<img" not in page
        assert "<b>" not in page
        assert all(not h.lower().startswith(("javascript:", "data:")) for h in hrefs(page))
        assert len(re.findall(r"<script\b", page)) == 1  # our own deferred static file only
    article_page = pages[2]
    for payload in PAYLOADS:
        assert str(escape(payload)) in article_page
        assert payload in visible_text(article_page)
    assert str(escape(HOSTILE_URL)) in article_page  # shown as text, not linked


def test_security_headers(client: TestClient, site: dict[str, Any]) -> None:
    for path in ("/", f"/stories/{site['ids']['bridge']}.json", "/static/evenhand.js", "/nope"):
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert "unsafe-inline" not in CSP and "script-src 'self'" in CSP


def test_search_finds_stories_and_articles_and_survives_fts_syntax(
    client: TestClient, site: dict[str, Any]
) -> None:
    page = client.get("/search", params={"q": "Greyhaven library"}).text
    assert html.escape(site["briefs"]["library"]["headline"]) in page
    assert "Orchard County votes to expand Greyhaven library" in html.unescape(page)
    for hostile_query in ('"unbalanced', "NEAR(a b", "bridge*", "a OR", "-x", "'; DROP TABLE articles; --"):
        assert client.get("/search", params={"q": hostile_query}).status_code == 200
        assert client.get("/search.json", params={"q": hostile_query}).status_code == 200
    data = client.get("/search.json", params={"q": "Okonjo"}).json()
    assert data["schema"] == "evenhand.search/1"
    assert {a["outlet"] for a in data["articles"]} >= {"Coastal Wire", "Talmoor Tribune", "Northfield Herald"}
    assert client.get("/search.json").status_code == 400


def test_outlet_pages_list_articles_and_stories(client: TestClient, site: dict[str, Any]) -> None:
    data = client.get("/outlets/Talmoor Tribune.json").json()
    assert data["rating"] == "Lean Left"
    assert data["n_articles"] == 2 and len(data["articles"]) == 2
    assert {s["id"] for s in data["stories"]} == set(site["ids"].values())
    page = client.get("/outlets/Talmoor%20Tribune").text
    assert "Lean Left" in page and "Cracked beams shut Veyra Street Bridge" in page
    listing = client.get("/outlets.json").json()["outlets"]
    assert {o["name"] for o in listing} == {a.outlet for a in site["articles"].values()}
    assert client.get("/outlets/Nobody").status_code == 404


def test_unknown_pages_and_bad_parameters(client: TestClient) -> None:
    assert client.get("/stories/nope").status_code == 404
    missing = client.get("/stories/nope.json")
    assert missing.status_code == 404 and missing.json()["error"]
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/?page=abc").status_code == 400
    assert client.get("/?page=99").status_code == 404
    assert client.post("/").status_code == 405


@pytest.mark.parametrize("page", ["²", "١", "%C2%B2", "1²"])
def test_a_page_number_in_other_digits_is_a_bad_request_not_a_crash(client: TestClient, page: str) -> None:
    """isdigit() accepts "²" and Arabic-Indic digits, which int() refuses: issue 9 saw a 500 here."""
    for path in (f"/?page={page}", f"/stories.json?page={page}"):
        assert client.get(path).status_code == 400, path


def test_method_not_allowed_says_what_is_allowed(client: TestClient, site: dict[str, Any]) -> None:
    for path in ("/", "/stories.json", f"/stories/{site['ids']['bridge']}"):
        response = client.post(path)
        assert response.status_code == 405 and "GET" in response.headers["allow"], path


# -- JSON API ------------------------------------------------------------------------------------------


def test_story_json_is_the_stored_brief_with_coverage_added(client: TestClient, site: dict[str, Any]) -> None:
    story_id = site["ids"]["bridge"]
    data = client.get(f"/stories/{story_id}.json").json()
    story = data.pop("story")
    assert data == site["briefs"]["bridge"]
    assert data["schema"] == "evenhand.brief/1"
    assert story["n_outlets"] == 5 and story["independent"] == 4
    assert {a["id"] for a in story["articles"]} == {s["article_id"] for s in data["sources"]}


def test_article_json_carries_text_and_verified_cited_spans(client: TestClient, site: dict[str, Any]) -> None:
    article = next(a for a in site["articles"].values() if a.outlet == "Talmoor Tribune")
    data = client.get(f"/articles/{article.id}.json").json()
    assert data["text"] == article.text and data["rating"] == "Lean Left"
    assert data["cited"]
    for span in data["cited"]:
        assert article.text[span["start"] : span["end"]] == span["text"]


def test_openapi_document_is_valid_and_describes_the_responses(
    client: TestClient, site: dict[str, Any]
) -> None:
    doc = client.get("/openapi.json").json()
    validate_openapi(doc)
    assert doc == openapi_document("http://testserver/")
    story_id = site["ids"]["bridge"]
    article_id = next(iter(site["articles"]))
    checks = {
        "/stories.json": "StoryList",
        f"/stories/{story_id}.json": "Brief",
        f"/articles/{article_id}.json": "ArticleText",
        "/search.json?q=bridge": "SearchResult",
        "/outlets.json": "OutletList",
        "/outlets/Coastal Wire.json": "Outlet",
        "/stories/nope.json": "Error",
        f"/stories/{story_id}.json?depth=2&lean=left": "Brief",
        f"/stories/{story_id}.json?depth=9": "Error",
        "/blindspots/left.json": "StoryList",
        "/blindspots/pro.json": "Error",
    }
    for path, schema_name in checks.items():
        schema = {"$ref": f"#/components/schemas/{schema_name}", "components": doc["components"]}
        errors = list(Draft202012Validator(schema).iter_errors(client.get(path).json()))
        assert not errors, (path, errors[:1])
    documented = {p.replace("{id}", "x").replace("{name}", "x").replace("{side}", "x") for p in doc["paths"]}
    assert documented == {
        "/blindspots/x.json",
        "/stories.json",
        "/stories/x.json",
        "/articles/x.json",
        "/search.json",
        "/outlets.json",
        "/outlets/x.json",
    }


# -- coverage counts at scale -------------------------------------------------------------------------


def coverage_per_article(store: Store, story_id: str) -> tuple[dict[str, str | None], int]:
    """The reference: each article read on its own, ratings looked up one outlet at a time."""
    ratings: dict[str, str | None] = {}
    roots = set()
    for art in store.story_articles(story_id):
        if ratings.get(art.outlet) is None:
            ratings[art.outlet] = store.outlet_rating(art.outlet, art.url)
        original = store.get_article(art.independent_of) if art.independent_of else None
        roots.add(original.outlet if original else art.outlet)
    return ratings, len(roots)


def _add_edge_story(store: Store) -> str:
    """A story whose coverage needs every rule: a copy of another story's wire report, an outlet
    rated only through the domain of its second article, a name that matches only once normalised."""
    records = [
        Article(
            text="Ferry crews in Talmoor walked off the job at dawn on Friday over a dispute about rest breaks. "
            "The harbour authority said six crossings were cancelled and two ran late. "
            "Union organiser Petra Lund said talks would resume on Monday.",
            outlet="The Daily Orbit (Online)",
            url="https://daily-orbit.example/ferry-strike",
            published="2031-04-11T07:00:00Z",
        ),
        Article(
            text="A morning walkout by ferry crews left commuters stranded at Talmoor's north pier. "
            "Passengers queued for buses that were not scheduled to carry them.",
            outlet="Ridge Radio",
            url="https://unrated-mirror.example/ridge/ferry",
            published="2031-04-11T08:00:00Z",
        ),
        Article(
            text="Ridge Radio spoke to deckhands who said they had worked fourteen-hour shifts since March. "
            "Several said they would strike again if the harbour authority refused to negotiate.",
            outlet="Ridge Radio",
            url="https://ridge-radio.example/news/deckhands",
            published="2031-04-11T09:00:00Z",
        ),
        Article(
            text=_WIRE + " Republished by arrangement.",
            outlet="Inland Echo",
            url="https://inland-echo.example/bridge",
            published="2031-04-11T10:00:00Z",
        ),
        Article(
            text=_WIRE + " Distributed by Coastal Wire.",
            outlet="Upland Echo",
            url="https://upland-echo.example/bridge",
            published="2031-04-11T11:00:00Z",
        ),
    ]
    added = [store.add_article(a) for a in records]
    assert [a.independent_of is not None for a in added] == [False, False, False, True, True]
    ids = [a.article_id for a in added]
    story_id = "s" + ids[0][1:]
    store.apply_assignments(
        [Assignment(article_id=a, story_id=story_id, score=1.0, new=i == 0) for i, a in enumerate(ids)]
    )
    return story_id


def test_story_coverage_equals_the_per_article_computation(tmp_path: Path) -> None:
    path = tmp_path / "coverage.db"
    ids = build_store(path)
    with Store.open(path) as store:
        edge = _add_edge_story(store)
        store.import_ratings(
            [
                *RATINGS,
                Rating.in_words("Daily Orbit", "Lean Right", None),
                Rating.in_words("Ridge Radio Network", "Left", "https://ridge-radio.example"),
            ]
        )
        story_ids = [*ids.values(), edge, "s-absent"]
        coverage = store.story_coverage(story_ids)
        assert set(coverage) == set(ids.values()) | {edge}
        for story_id in coverage:
            ratings, independent = coverage_per_article(store, story_id)
            assert coverage[story_id].outlets == ratings, story_id
            assert coverage[story_id].independent == independent, story_id
        edge_coverage = coverage[edge]
    # the rules the edge story exercises, spelled out
    assert edge_coverage.outlets == {
        "The Daily Orbit (Online)": "Lean Right",  # by name, once "The" and "(Online)" are dropped
        "Ridge Radio": "Left",  # by the domain of its second article
        "Inland Echo": None,
        "Upland Echo": None,
    }
    # both Echoes republish Coastal Wire's report from the other story: together one source
    assert edge_coverage.independent == 3
    with TestClient(create_app(path)) as test_client:
        listed = {s["id"]: s for s in test_client.get("/stories.json").json()["stories"]}
    assert listed[edge]["n_outlets"] == 4 and listed[edge]["independent"] == 3
    assert listed[edge]["leaning"]["counts"]["left"] == 1 and listed[edge]["leaning"]["counts"]["lean-right"] == 1


_TOWNS = ("Talmoor", "Greyhaven", "Orchard", "Veyra", "Harlow", "Northfield", "Eastbrook", "Marrowick")
_TOPICS = ("library", "bridge", "ferry", "school", "market", "clinic", "tram line", "harbour wall")


_CROWDED_TEXTS = (
    "Meeting {n}: the {town} council met about the {topic} and asked for {m} more weeks of study.",
    "Residents of {town} queued outside hall {n} to object; one carried a sign about the {topic}.",
    "Budget note {n}: {town} set aside {m} thousand for surveys, officials said on Thursday.",
)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store of 2,000 stories (every fifth with three outlets), each a distinct fictional event."""
    path = tmp_path_factory.mktemp("crowded") / "store.db"
    assignments = []
    with Store.open(path) as store:
        store.conn.execute("PRAGMA synchronous = OFF")  # a throwaway file: no need to wait for the disk
        for n in range(2000):
            town, topic = _TOWNS[n % len(_TOWNS)], _TOPICS[n // len(_TOWNS) % len(_TOPICS)]
            for k in range(3 if n % 5 == 0 else 1):
                text = _CROWDED_TEXTS[k].format(n=n, town=town, topic=topic, m=n % 97)
                article = Article(
                    text=text, outlet=RATINGS[k].name, title=f"{town} {topic} item {n}", url=f"https://x{k}.example/{n}"
                )
                added = store.add_article(article)
                assignments.append(
                    Assignment(article_id=added.article_id, story_id=f"s{n:05d}", score=1.0, new=k == 0)
                )
        store.apply_assignments(assignments)
        store.import_ratings(RATINGS)
    return {"path": path, "stories": 2000}


def test_front_page_reads_coverage_in_a_fixed_number_of_queries(crowded: dict[str, Any]) -> None:
    from evenhand.web import PAGE_SIZE, Reader

    statements: list[str] = []
    with Store.open(crowded["path"], readonly=True) as store:
        reader = Reader(store)
        store.conn.set_trace_callback(statements.append)
        counts = []
        last = -(-crowded["stories"] // PAGE_SIZE)
        for page in (1, 2, last):
            statements.clear()
            stories, more = reader.front(page)
            counts.append(len(statements))
            assert more == (page != last)
            assert len(stories) == (PAGE_SIZE if page != last else crowded["stories"] - PAGE_SIZE * (last - 1))
            for story in stories:
                multi = int(story["id"][1:]) % 5 == 0
                assert story["n_outlets"] == story["independent"] == story["n_articles"] == (3 if multi else 1)
                assert story["leaning"]["rated"] == story["n_outlets"]
        store.conn.set_trace_callback(None)
    # one query for the page of stories, one for the coverage of all of them: not one per story
    assert counts == [2, 2, 2], counts


def test_front_pages_of_a_crowded_store_render(crowded: dict[str, Any]) -> None:
    with TestClient(create_app(crowded["path"])) as test_client:
        for path in ("/", "/?page=40", "/?page=67", "/stories.json?page=3"):
            response = test_client.get(path)
            assert response.status_code == 200, path
        assert response.json()["more"] is True and len(response.json()["stories"]) == 30
        assert test_client.get("/?page=68").status_code == 404
        page = test_client.get("/?page=66").text
        assert page.count('<article class="card">') == 30
        assert "3 outlets · 3 independent sources · 3 articles" in " ".join(visible_text(page).split())


# -- the store is only read --------------------------------------------------------------------------


def test_read_only_by_default_leaves_the_database_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    build_store(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    path.chmod(0o444)
    app = create_app(path)
    with TestClient(app) as test_client:
        assert test_client.get("/").status_code == 200
        assert test_client.get("/feed.atom").status_code == 200
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            app.state.pool.reader().store.conn.execute("CREATE TABLE intruder(x)")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "absent.db")
    assert not (tmp_path / "absent.db").exists()


def test_cached_story_pages_follow_changes_to_the_store(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    story_id = build_store(path)["library"]
    with TestClient(create_app(path)) as reader_client:
        first = reader_client.get(f"/stories/{story_id}.json").json()
        assert reader_client.get(f"/stories/{story_id}.json").json() == first  # served from the cache
        with Store.open(path) as writer:  # another process (the ingest job) rewrites the brief
            changed = dict(writer.get_brief(story_id) or {}, headline="Greyhaven library vote: new headline")
            writer.save_brief(story_id, changed)
        assert reader_client.get(f"/stories/{story_id}.json").json()["headline"] == changed["headline"]
        assert "Greyhaven library vote: new headline" in reader_client.get(f"/stories/{story_id}").text


def test_cached_front_pages_follow_changes_to_the_store(tmp_path: Path) -> None:
    path = tmp_path / "live.db"
    story_id = build_store(path)["library"]
    with TestClient(create_app(path)) as reader_client:
        first = reader_client.get("/stories.json").json()
        assert reader_client.get("/stories.json").json() == first  # served from the cache
        with Store.open(path) as writer:  # another process (the ingest job) rewrites the brief
            changed = dict(writer.get_brief(story_id) or {}, headline="Greyhaven library vote: new headline")
            writer.save_brief(story_id, changed)
        headlines = [s["headline"] for s in reader_client.get("/stories.json").json()["stories"]]
        assert "Greyhaven library vote: new headline" in headlines
        assert "Greyhaven library vote: new headline" in reader_client.get("/").text


def test_serve_command_refuses_a_missing_store_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from evenhand.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "absent.db")])
    assert result.exit_code == 1
    assert "absent.db" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "absent.db").exists()


def test_stories_are_dated_by_when_their_news_came_out(tmp_path: Path) -> None:
    # A new user's tryout: the front page, the story page and the Atom feed dated a fire reported on
    # 14-15 October 2025 by the day it was stored, so old stories read as today's news.
    from click.testing import CliRunner

    from evenhand.cli import example_folder, main

    db = str(tmp_path / "news.db")
    for step in (["ingest", str(example_folder())], ["cluster", "--no-embed"]):
        assert CliRunner().invoke(main, [*step, "--db", db]).exit_code == 0
    client = TestClient(create_app(db))
    (story,) = client.get("/stories.json").json()["stories"]
    assert "Reported 14–15 October 2025" in client.get("/").text
    assert "Reported 14–15 October 2025" in client.get(f"/stories/{story['id']}").text
    # the Northgate wire story's 15:20 +01:00, the first article out
    assert "<published>2025-10-14T14:20:00Z</published>" in client.get("/feed.atom").text
