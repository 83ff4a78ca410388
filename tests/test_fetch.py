from __future__ import annotations

import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from evenhand.ingest.fetch import (
    AddressRefused,
    Fetcher,
    FetchError,
    FetchSettings,
    RobotsDisallowed,
    check_status,
    forbidden_address,
)
from evenhand.ingest.fetch import client as client_module

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "site"))
from newsserver import ARTICLES, FEED_ETAG, FEED_LAST_MODIFIED, Site, serve

PUBLIC = "93.184.216.34"  # a public address that, in these tests, the loopback site answers on

FAST = FetchSettings(
    allow_private=True, delay=0.0, read_timeout=0.5, connect_timeout=0.5, deadline=5, retries=1, backoff=0.05
)


@pytest.fixture(scope="module")
def served() -> Iterator[Site]:
    with serve(slow_seconds=2.0) as running:
        yield running


@pytest.fixture
def site(served: Site) -> Iterator[Site]:
    """The module's server, hit counts cleared, and with no robots.txt (a 404) again after each test."""
    served.hits.clear()
    yield served
    served.robots, served.robots_status, served.robots_seconds, served.robots_redirect = None, 200, 0.0, None


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address a socket is opened to; one at PUBLIC reaches the loopback site instead."""
    real = socket.create_connection
    seen: list[str] = []

    def create_connection(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        seen.append(address[0])
        host = "127.0.0.1" if address[0] == PUBLIC else address[0]
        return real((host, address[1]), *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", create_connection)
    return seen


def test_fetches_a_page_and_follows_a_redirect(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        page = fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")
        moved = fetcher.get(f"{site.base}/moved")
    assert page.status == 200 and b"<article" in page.content and page.content_type == "text/html"
    assert moved.status == 200 and moved.url.endswith(ARTICLES[0])
    assert moved.redirects == (f"{site.base}/moved",) and moved.requested == f"{site.base}/moved"


def test_conditional_get_returns_not_modified(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        first = fetcher.get(f"{site.base}/feed.xml")
        again = fetcher.get(f"{site.base}/feed.xml", etag=first.headers["etag"])
    assert first.headers["etag"] == FEED_ETAG and first.status == 200
    assert again.not_modified and again.content == b""


def test_404_is_an_error_with_the_status(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        response = fetcher.get(f"{site.base}/nothing-here")
    with pytest.raises(FetchError, match="HTTP 404"):
        check_status(response)


def test_redirect_loop_is_detected(site: Site) -> None:
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="redirect loop"):
        fetcher.get(f"{site.base}/loop-a")


def test_conditional_get_with_last_modified(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        first = fetcher.get(f"{site.base}/dated-feed.xml")
        again = fetcher.get(f"{site.base}/dated-feed.xml", last_modified=first.headers["last-modified"])
        older = fetcher.get(f"{site.base}/dated-feed.xml", last_modified="Mon, 06 May 2024 09:30:00 GMT")
    assert first.status == 200 and first.headers["last-modified"] == FEED_LAST_MODIFIED and b"<rss" in first.content
    assert again.not_modified and again.content == b""
    assert older.status == 200 and older.content == first.content


def test_too_many_redirects_are_refused(site: Site) -> None:
    with (
        Fetcher(replace(FAST, max_redirects=0)) as fetcher,
        pytest.raises(FetchError, match="more than 0 redirects"),
    ):
        fetcher.get(f"{site.base}/moved")


def test_slow_endpoint_times_out_after_bounded_retries(site: Site) -> None:
    started = time.monotonic()
    with Fetcher(FAST) as fetcher, pytest.raises(FetchError, match="timed out"):
        fetcher.get(f"{site.base}/slow")
    assert time.monotonic() - started < 4.0  # 2 attempts of 0.5 s plus backoff, never the 2 s sleep each


def test_huge_body_is_cut_off_at_the_cap(site: Site) -> None:
    with (
        Fetcher(replace(FAST, max_bytes=1_000_000)) as fetcher,
        pytest.raises(FetchError, match="byte limit"),
    ):
        fetcher.get(f"{site.base}/huge")


def test_503_is_retried(site: Site) -> None:
    with Fetcher(FAST) as fetcher:
        response = fetcher.get(f"{site.base}/flaky")
    assert response.status == 200 and site.hits["/flaky"] == 2


def test_loopback_is_refused_without_allow_private(site: Site) -> None:
    hits = sum(site.hits.values())
    for settings in (replace(FAST, allow_private=False), replace(FAST, allow_private=False, obey_robots=False)):
        with Fetcher(settings) as fetcher, pytest.raises(AddressRefused, match="loopback") as refused:
            fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")
        assert refused.value.name == f"{site.base}/articles/{ARTICLES[0]}"  # the page, not its robots.txt
    assert sum(site.hits.values()) == hits


def test_redirect_to_a_private_address_is_refused_at_the_hop(site: Site, connects: list[str]) -> None:
    """The first hop's host resolves (by this test's resolver) to a public address; the redirect target is
    127.0.0.1, which the per-hop check must refuse."""
    port = site.base.rsplit(":", 1)[1]
    resolver_calls: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        resolver_calls.append(host)
        return [PUBLIC] if host == "localhost" else [host]

    with (
        Fetcher(replace(FAST, allow_private=False), resolver=resolver) as fetcher,
        pytest.raises(AddressRefused, match=r"127\.0\.0\.1 resolves to a loopback address"),
    ):
        fetcher.get(f"http://localhost:{port}/to-private")
    assert resolver_calls[0] == "localhost" and resolver_calls[-1] == "127.0.0.1"
    assert site.hits["/to-private"] >= 1 and set(connects) == {PUBLIC}


def test_connection_is_pinned_to_the_checked_address(
    site: Site, connects: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name answers with a public address when it is checked and with loopback on any
    later lookup. The connection must go to the checked address (the OS is never asked to resolve the name
    again), keeping the name in the Host header; a new connection that resolves to loopback is refused."""
    port = int(site.base.rsplit(":", 1)[1])
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(host: str, *args: Any, **kwargs: Any) -> list[Any]:
        if host != "news.rebind.test":
            return real(host, *args, **kwargs)
        lookups.append(host)
        address = PUBLIC if len(lookups) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    url = f"http://news.rebind.test:{port}/articles/{ARTICLES[0]}"
    settings = replace(FAST, allow_private=False, obey_robots=False)
    with Fetcher(settings) as fetcher:
        page = fetcher.get(url)
    assert page.status == 200 and b"<article" in page.content
    assert lookups == ["news.rebind.test"] and connects == [PUBLIC]
    assert site.hosts[-1] == f"news.rebind.test:{port}"
    with (
        Fetcher(settings) as fetcher,
        pytest.raises(AddressRefused, match=r"news\.rebind\.test resolves to a loopback"),
    ):
        fetcher.get(url)
    assert connects == [PUBLIC]  # the rebound name never got a connection


def test_robots_txt_disallows_per_url_and_is_read_once_per_run(site: Site) -> None:
    site.robots = "User-agent: *\nDisallow: /articles/coast\n"
    disallowed = f"{site.base}/articles/coast-wire-ferry.html"
    assert ARTICLES[0] == "coast-wire-ferry.html"  # where /moved redirects
    with Fetcher(FAST) as fetcher:
        allowed = [fetcher.get(f"{site.base}/articles/{name}") for name in ARTICLES[1:]]
        with pytest.raises(RobotsDisallowed, match=r"disallowed by robots\.txt$") as refused:
            fetcher.get(disallowed)
        with pytest.raises(RobotsDisallowed, match=r"disallowed by robots.txt \(redirect to .*coast-wire"):
            fetcher.get(f"{site.base}/moved")
    assert all(r.status == 200 for r in allowed) and len(allowed) == len(ARTICLES) - 1
    assert str(refused.value) == f"{disallowed}: disallowed by robots.txt"
    assert site.hits["/articles/coast-wire-ferry.html"] == 0 and site.hits["/robots.txt"] == 1
    with Fetcher(replace(FAST, obey_robots=False)) as fetcher:
        assert fetcher.get(disallowed).status == 200
    assert site.hits["/robots.txt"] == 1


def test_robots_group_for_our_agent_wins_over_the_star_group(site: Site) -> None:
    site.robots = (
        "# a site that shuts out every crawler but evenhand, and keeps it out of one corner\n"
        "User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nAllow: /\n\n"
        "User-agent: evenhand\nDisallow: /articles/valley\n"
    )
    with Fetcher(FAST) as fetcher:
        assert fetcher.get(f"{site.base}/articles/{ARTICLES[0]}").status == 200
        with pytest.raises(RobotsDisallowed):
            fetcher.get(f"{site.base}/articles/valley-times-fire.html")


def test_robots_txt_server_error_disallows_the_host_and_404_allows_all(site: Site) -> None:
    site.robots_status = 503
    with Fetcher(FAST) as fetcher:
        for name in ARTICLES[:2]:
            with pytest.raises(RobotsDisallowed, match=r"robots.txt answered HTTP 503, so the host is skipped"):
                fetcher.get(f"{site.base}/articles/{name}")
    assert site.hits["/robots.txt"] == 1 + FAST.retries  # retried like any 5xx, then remembered for the run
    assert site.hits[f"/articles/{ARTICLES[0]}"] == 0
    site.robots_status = 404
    with Fetcher(FAST) as fetcher:
        assert fetcher.get(f"{site.base}/articles/{ARTICLES[0]}").status == 200


def test_robots_txt_timeout_disallows_the_host(site: Site) -> None:
    site.robots, site.robots_seconds = "User-agent: *\nAllow: /\n", 1.0
    with Fetcher(replace(FAST, read_timeout=0.2, retries=0)) as fetcher:
        for name in ARTICLES[:2]:
            with pytest.raises(RobotsDisallowed, match=r"robots.txt unreachable \(timed out"):
                fetcher.get(f"{site.base}/articles/{name}")
    assert site.hits["/robots.txt"] == 1 and site.hits[f"/articles/{ARTICLES[0]}"] == 0


def test_robots_txt_redirecting_to_a_private_address_skips_the_host(site: Site, connects: list[str]) -> None:
    port = site.base.rsplit(":", 1)[1]
    site.robots_redirect = f"http://127.0.0.1:{port}/robots.txt"

    def resolver(host: str, _port: int) -> list[str]:
        return [PUBLIC] if host == "localhost" else [host]

    refused = r"redirects to a refused host \(127\.0\.0\.1 resolves to a loopback"
    with Fetcher(replace(FAST, allow_private=False), resolver=resolver) as fetcher:
        for name in ARTICLES[:2]:
            with pytest.raises(RobotsDisallowed, match=refused):
                fetcher.get(f"http://localhost:{port}/articles/{name}")
    assert site.hits["/robots.txt"] == 1 and site.hits[f"/articles/{ARTICLES[0]}"] == 0
    assert set(connects) == {PUBLIC}


def test_robots_txt_over_the_cap_is_read_up_to_the_cap(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "ROBOTS_MAX_BYTES", 4096)  # where `Fetcher` reads it
    site.robots = "User-agent: *\nDisallow: /private/\n" + "# padding\n" * 1000 + "Disallow: /articles/\n"
    with Fetcher(FAST) as fetcher:
        assert fetcher.get(f"{site.base}/articles/{ARTICLES[0]}").status == 200  # that rule is past the cap
        with pytest.raises(RobotsDisallowed):
            fetcher.get(f"{site.base}/private/x.html")


def test_crawl_delay_raises_the_host_delay_up_to_the_cap(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps: list[float] = []
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:  # the fetcher's waits (this thread) are recorded, not waited out
        if threading.current_thread() is threading.main_thread():
            sleeps.append(seconds)
        else:
            real_sleep(seconds)

    monkeypatch.setattr(client_module.time, "sleep", sleep)
    site.robots = "User-agent: *\nCrawl-delay: 3\n"
    with Fetcher(FAST) as fetcher:
        for name in ARTICLES[:2]:
            fetcher.get(f"{site.base}/articles/{name}")
        assert fetcher.host_delay(site.base) == 3.0
    # robots.txt, then two pages: each waits out the crawl delay after the one before (less the time the
    # robots.txt request took, as sleeps here return at once)
    assert len(sleeps) == 3 and sleeps[0] == 0.0 and 2.0 < sleeps[1] <= 3.0 and 5.0 < sleeps[2] <= 6.0
    site.robots = "User-agent: *\nCrawl-delay: 86400\n"
    with Fetcher(FAST) as fetcher:
        fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")
        assert fetcher.host_delay(site.base) == FAST.max_crawl_delay == 30.0
    site.robots = "User-agent: *\nCrawl-delay: 3\n"
    with Fetcher(replace(FAST, delay=5.0)) as fetcher:
        fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")
        assert fetcher.host_delay(site.base) == 5.0  # a longer --delay stands
    with Fetcher(replace(FAST, obey_robots=False)) as fetcher:
        fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")
        assert fetcher.host_delay(site.base) == 0.0


def test_forbidden_addresses() -> None:
    for address in [
        "10.1.2.3",
        "192.168.0.1",
        "172.16.5.5",
        "127.0.0.1",
        "::1",
        "169.254.169.254",
        "fe80::1",
        "224.0.0.1",
        "0.0.0.0",
        "::ffff:127.0.0.1",
        "100.64.0.1",
    ]:
        assert forbidden_address(address), address
    for address in ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"]:
        assert forbidden_address(address) is None


def test_non_http_schemes_are_refused() -> None:
    with Fetcher(FAST) as fetcher:
        for url in ["file:///etc/passwd", "ftp://example.org/x", "gopher://x"]:
            with pytest.raises(FetchError, match="refusing"):
                fetcher.get(url)


def test_per_host_concurrency_and_delay_are_kept(site: Site) -> None:
    settings = replace(FAST, per_host=1, delay=0.2)
    starts: list[float] = []
    lock = threading.Lock()

    with Fetcher(settings) as fetcher:

        def one() -> None:
            fetcher.get(f"{site.base}/articles/{ARTICLES[1]}")
            with lock:
                starts.append(time.monotonic())

        threads = [threading.Thread(target=one) for _ in range(4)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
    assert len(starts) == 4
    assert max(starts) - began >= 0.6  # three delays of 0.2 s between four request starts
