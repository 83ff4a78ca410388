"""What a page declares about itself (evenhand.ingest.pagemeta), on pages written for the tests."""

from __future__ import annotations

import json

from evenhand.ingest.pagemeta import page_metadata


def _page(head: str, body: str = "<p>Text.</p>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def _jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_news_article_in_a_graph_names_outlet_title_author_and_date() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Ostermoor Herald website"},
        {"@type": ["NewsArticle"], "headline": "Barriers hold &amp; the quay stays dry",
         "datePublished": "2025-03-03T07:10:00+01:00",
         "author": [{"@type": "Person", "name": "Wilma Trent"}, {"@type": "Person", "name": "Piet Maas"}],
         "publisher": {"@type": "NewsMediaOrganization", "name": "The Ostermoor Herald"}},
    ]}
    meta = page_metadata(_page(_jsonld(graph)))
    assert meta.outlet == "The Ostermoor Herald"
    assert meta.title == "Barriers hold & the quay stays dry"
    assert meta.author == "Wilma Trent; Piet Maas"
    assert meta.published == "2025-03-03T07:10:00+01:00"


def test_open_graph_alone_is_enough() -> None:
    head = (
        '<meta property="og:site_name" content="Vessen Gazette">'
        '<meta property="article:published_time" content="2025-03-04">'
        '<meta property="article:author" content="https://social.example.com/wilma">'
        '<meta name="author" content="Wilma Trent">'
        '<link rel="canonical" href="https://vessengazette.example.com/flood">'
    )
    meta = page_metadata(_page(head))
    assert (meta.outlet, meta.published, meta.author) == ("Vessen Gazette", "2025-03-04", "Wilma Trent")
    assert meta.url == "https://vessengazette.example.com/flood"


def test_broken_json_ld_is_ignored_and_the_rest_still_read() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>' \
           '<meta property="og:site_name" content="Vessen Gazette">'
    meta = page_metadata(_page(head))
    assert meta.outlet == "Vessen Gazette" and meta.title is None


def test_an_organisation_beside_the_article_names_the_outlet() -> None:
    head = _jsonld({"@type": "Organization", "name": "Ammel Valley Radio"}) + _jsonld(
        {"@type": "BlogPosting", "headline": "Ferry back on Saturday"})
    assert page_metadata(_page(head)).outlet == "Ammel Valley Radio"


def test_a_declared_body_in_html_becomes_plain_paragraphs() -> None:
    body = "<p>The ferry runs again on Saturday.</p><p>Tickets are <em>valid</em> until May.</p>"
    meta = page_metadata(_page(_jsonld({"@type": "NewsArticle", "articleBody": body})))
    assert meta.body is not None
    assert [p.strip() for p in meta.body.split("\n\n") if p.strip()] == [
        "The ferry runs again on Saturday.", "Tickets are valid until May."]


def test_a_page_that_declares_its_encoding_in_an_xml_prolog_is_read() -> None:
    page = '<?xml version="1.0" encoding="utf-8"?>' + _page('<meta property="og:site_name" content="Vessen Gazette">')
    assert page_metadata(page).outlet == "Vessen Gazette"


def test_weaker_clues_to_the_site_name() -> None:
    feed = '<link rel="alternate" type="application/rss+xml" title="The Ostermoor Herald &raquo; Feed" href="/feed">'
    assert page_metadata(_page(feed)).site == "The Ostermoor Herald"
    titled = "<title>Barriers hold on the quay - Ammel Valley Radio</title>"
    assert page_metadata(_page(titled, "<h1>Barriers hold on the quay</h1>")).site == "Ammel Valley Radio"
    question = "<title>Barriers hold on the quay - Will they hold again?</title>"
    assert page_metadata(_page(question, "<h1>Barriers hold on the quay</h1>")).site is None
    generic = '<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/feed">'
    assert page_metadata(_page(generic)).site is None


def test_nothing_declared_gives_nothing() -> None:
    meta = page_metadata(_page(""))
    assert (meta.outlet, meta.site, meta.title, meta.author, meta.published, meta.url, meta.body) == (None,) * 7
    assert page_metadata("") == meta
