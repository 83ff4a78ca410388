from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from evenhand.fetch import Fetcher, FetchError, FetchSettings, check_status, forbidden_address

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "site"))
from newsserver import ARTICLES, FEED_ETAG, Site, serve

FAST = FetchSettings(
    allow_private=True, delay=0.0, read_timeout=0.5, connect_timeout=0.5, deadline=5, retries=1, backoff=0.05
)


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve(slow_seconds=2.0) as running:
        yield running


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


def test_too_many_redirects_are_refused(site: Site) -> None:
    from dataclasses import replace

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
    from dataclasses import replace

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
    from dataclasses import replace

    with Fetcher(replace(FAST, allow_private=False)) as fetcher, pytest.raises(FetchError, match="loopback"):
        fetcher.get(f"{site.base}/articles/{ARTICLES[0]}")


def test_redirect_to_a_private_address_is_refused_at_the_hop(site: Site) -> None:
    """The first hop's host resolves (by this test's resolver) to a public address; the redirect target is
    127.0.0.1, which the per-hop check must refuse."""
    from dataclasses import replace

    port = site.base.rsplit(":", 1)[1]
    resolver_calls: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        resolver_calls.append(host)
        return ["93.184.216.34"] if host == "localhost" else [host]

    with (
        Fetcher(replace(FAST, allow_private=False), resolver=resolver) as fetcher,
        pytest.raises(FetchError, match=r"127\.0\.0\.1 resolves to a loopback address"),
    ):
        fetcher.get(f"http://localhost:{port}/to-private")
    assert resolver_calls == ["localhost", "127.0.0.1"]


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
    from dataclasses import replace

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
