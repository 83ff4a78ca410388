"""Fuzzing (hypothesis): hostile answers through the loopback test site, hostile files through every reader.

What must hold for any input: the reader returns, or raises `InputError` (one line naming the input);
never another exception, never a body past its cap, never a field past its bound. The address space is
capped while the examples run, so a decompression bomb that slipped through fails as MemoryError, and
each example has a generous watchdog (hypothesis's deadline) so that a hang fails too.
A longer hunt: ``EVENHAND_FUZZ_EXAMPLES=1000 python -m pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import resource
import sys
import zlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evenhand.config import load_config
from evenhand.errors import InputError
from evenhand.ingest import Ingester
from evenhand.ingest.decode import CappedStream, TooLarge, decode
from evenhand.ingest.extract import read_path
from evenhand.ingest.feeds import feed_entries, opml_feeds, warc_pages
from evenhand.ingest.fetch import Fetcher, FetchSettings
from evenhand.ingest.files import read_maybe_gzip
from evenhand.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "site"))
from newsserver import Site, serve

MAX_BYTES = 200_000
SETTINGS = FetchSettings(
    allow_private=True,
    obey_robots=False,
    delay=0.0,
    read_timeout=1.0,
    connect_timeout=1.0,
    deadline=2.0,
    retries=0,
    max_bytes=MAX_BYTES,
)
FUZZ = settings(
    max_examples=int(os.environ.get("EVENHAND_FUZZ_EXAMPLES", "25")),  # more for a longer hunt
    deadline=timedelta(seconds=20),  # a watchdog, not a timing: a bounded example takes well under a second
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
HEADROOM = 768 << 20  # address space allowed past what the test process already holds


@pytest.fixture(scope="module")
def memory_capped() -> Iterator[None]:
    """Cap this process's address space a little above its present size while the fuzzing runs."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        size = int(statm.read().split()[0]) * resource.getpagesize()
    cap = size + HEADROOM if hard == resource.RLIM_INFINITY else min(hard, size + HEADROOM)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


# -- bodies and codings ----------------------------------------------------------------------------------


def _bomb(megabytes: int) -> bytes:
    return gzip.compress(b"\0" * (1 << 20), 9) * megabytes


PAYLOADS = st.one_of(
    st.binary(max_size=3000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.integers(1, 400).map(_bomb),
    st.just(b"<html><head><title>" + b"T" * 500_000 + b"</title></head><body><p>x</p></body></html>"),
    st.just(b'<?xml version="1.0"?><rss version="2.0"><channel>' + b"<item>" * 5000),
)
CODINGS = st.lists(st.sampled_from(["gzip", "deflate", "identity", "x-gzip", "br", "zstd", "gzip;q=1", ""]), max_size=4)


def encode(body: bytes, codings: list[str]) -> bytes:
    for coding in codings:
        if coding in ("gzip", "x-gzip"):
            body = gzip.compress(body, 1)
        elif coding == "deflate":
            body = zlib.compress(body, 1)
    return body


HEADER_VALUES = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
HOSTILE_HEADERS = st.dictionaries(
    st.sampled_from(["Content-Type", "Location", "Content-Length", "Transfer-Encoding", "Retry-After", "ETag"]),
    st.one_of(
        HEADER_VALUES,
        st.sampled_from(
            [
                "mailto:x@y.example",
                "data:text/html,x",
                "javascript:alert(1)",
                "http://[::1",
                "http://x:99999/",
                "http://xn--a-.example/",
                "//[fe80::1]/",
                "http://10.0.0.1/",
                "http://[2002:a00:1::1]/",
                "chunked",
                "-1",
                "99999999999999999999",
                "text/html",
                "application/rss+xml",
                "²",
            ]
        ),
    ),
    max_size=4,
)


@st.composite
def responses(draw: st.DrawFn) -> bytes:
    status = draw(
        st.sampled_from(
            ["200 OK", "301 Moved", "302 Found", "304 Not Modified", "429 Slow", "500 Err", "999 What", "2OO OK", ""]
        )
    )
    codings = draw(CODINGS)
    headers = draw(HOSTILE_HEADERS)
    body = encode(draw(PAYLOADS), [c for c in codings if c])
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items())]
    if codings:
        lines.append(f"Content-Encoding: {', '.join(codings)}")
    if "Content-Length" not in headers and "Transfer-Encoding" not in headers:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@FUZZ
@given(answer=responses())
def test_any_answer_is_a_response_within_caps_or_one_error(site: Site, memory_capped: None, answer: bytes) -> None:
    site.raw["/fuzz"] = (answer, 0.0)
    with Fetcher(SETTINGS) as fetcher:
        try:
            response = fetcher.get(f"{site.base}/fuzz")
        except InputError as exc:
            assert exc.name == f"{site.base}/fuzz" and "\n" not in str(exc)[:2000]
        else:
            assert len(response.content) <= MAX_BYTES


@FUZZ
@given(answer=responses())
def test_ingesting_any_answer_never_ends_the_run(
    site: Site, memory_capped: None, tmp_path_factory: pytest.TempPathFactory, answer: bytes
) -> None:
    site.raw["/fuzz"] = (answer, 0.0)
    with Store.open(tmp_path_factory.mktemp("fuzz") / "s.db") as store:
        ingester = Ingester(store, fetch_settings=SETTINGS, workers=2)
        try:
            report = ingester.run([f"{site.base}/fuzz", f"{site.base}/fuzz?again"])
        finally:
            ingester.close()
        limits = load_config().limits
        for row in store.articles():
            assert len(row.title) <= limits.max_title_chars and len(row.outlet) <= limits.max_outlet_chars
    assert all("unexpected error" not in line for line in report.failed), report.failed


# -- files through every reader ---------------------------------------------------------------------------

DEEP = st.integers(1, 200_000).map(lambda n: "[" * n + "]" * n)
JSON_TEXT = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=50)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(["title", "text", "url", "source", "published", "articles", "id"]), inner, max_size=5
        ),
    ),
    max_leaves=20,
).map(json.dumps)
XML_TEXT = st.builds(
    lambda tag, depth, link, title: (
        f'<?xml version="1.0"?><{tag}>' + "<channel>" * depth + f"<item><title>{title}</title><link>{link}</link>"
        f'</item><outline xmlUrl="{link}"/>' + "</channel>" * depth + f"</{tag}>"
    ),
    st.sampled_from(["rss", "feed", "opml", "rdf:RDF", "x"]),
    st.integers(0, 3000),
    st.sampled_from(["https://a.example/1", "http://x:99999/", "http://[::1", "javascript:x", "http://a..b/"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="<&"), max_size=40),
)
FILE_BYTES = st.one_of(
    st.binary(max_size=4000),
    PAYLOADS,
    JSON_TEXT.map(str.encode),
    DEEP.map(str.encode),
    XML_TEXT.map(str.encode),
    st.tuples(st.text(max_size=300), st.sampled_from(["utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-8"])).map(
        lambda pair: pair[0].encode(pair[1], "replace")
    ),
    st.binary(max_size=2000).map(gzip.compress),
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl", ".xml", ".opml", ".warc", ".warc.gz"])


@FUZZ
@given(data=FILE_BYTES, suffix=SUFFIXES)
def test_any_file_through_every_reader(
    memory_capped: None, tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("files") / f"input{suffix}"
    path.write_bytes(data)
    config = load_config()
    limits = config.limits
    try:
        articles = read_path(path, config=config, on_error=lambda _e: None)
    except InputError:
        articles = []
    for article in articles:
        assert len(article.title) <= limits.max_title_chars and len(article.outlet) <= limits.max_outlet_chars
    readers = [
        lambda: decode(data, str(path)),
        lambda: feed_entries(read_maybe_gzip(path, limits.max_file_bytes), str(path)),
        lambda: opml_feeds(read_maybe_gzip(path, limits.max_file_bytes), str(path)),
        lambda: list(warc_pages(path, MAX_BYTES)),
    ]
    for reader in readers:
        try:
            reader()
        except InputError:
            continue


@FUZZ
@given(files=st.lists(st.tuples(FILE_BYTES, SUFFIXES), min_size=1, max_size=4))
def test_ingesting_a_folder_of_anything_never_ends_the_run(
    memory_capped: None, tmp_path_factory: pytest.TempPathFactory, files: list[tuple[bytes, str]]
) -> None:
    base = tmp_path_factory.mktemp("folder")
    folder = base / "in"
    folder.mkdir()
    for n, (data, suffix) in enumerate(files):
        (folder / f"f{n}{suffix}").write_bytes(data)
    with Store.open(base / "s.db") as store:
        ingester = Ingester(store, fetch_settings=SETTINGS, workers=1)
        try:
            report = ingester.run([str(folder)])
        finally:
            ingester.close()
    assert all("unexpected error" not in line for line in report.failed), report.failed


def test_capped_stream_stops_a_warc_bomb_early() -> None:
    stream = CappedStream(io.BytesIO(_bomb(200)), limit=1_000_000, ratio=100, max_line=2_000_000)
    with pytest.raises(TooLarge):
        while stream.read(1 << 16):
            pass
    assert stream.tell() <= 2_100_000
