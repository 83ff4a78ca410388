"""Optional rewording of facts by an LLM, kept only where it stays faithful to the sources.

An LLM may make a fact read better; it may not add to it. Every rewording is checked against
the fact's supporting sentences: each content word (by stem), number, day, name and quotation
it contains must be in them, and it must not flip negation. A rewording that fails the check is
dropped and the source's own sentence stays, so the brief's guarantee does not depend on the
model behaving.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import replace
from types import TracebackType
from typing import Any, Protocol

import httpx

from ..errors import EvenhandError
from ..model import Fact
from .features import content_stems, dates_in, entities_in, numbers_in, words
from .kinds import is_negated
from .standalone import SPEECH

_QUOTED = re.compile(r"[\"“]([^\"“”]{3,})[\"”]")
_MAX_GROWTH = 1.2
_MAX_RESPONSE_BYTES = 64 * 1024
_MAX_ERROR_BYTES = 4 * 1024
_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»"}
_DOUBLE_QUOTES = set('"“”«»')

SYSTEM_PROMPT = (
    "You are a news copy editor. Restate the given sentence as one plain sentence that is more concise "
    "and neutral in tone. Use only information found in the source sentences: add no new facts, names, "
    "numbers, dates or quotations, and keep every negation. Reply with that one sentence only."
)


class Writer(Protocol):
    """Rewords one fact sentence, given the source sentences that support it."""

    def rewrite(self, sentence: str, sources: Sequence[str]) -> str: ...


def faithful(candidate: str, sources: Sequence[str]) -> bool:
    """Whether ``candidate`` says nothing its ``sources`` do not: no new word (by stem), number,
    day, name or quotation, no flipped negation, not longer than the longest source, and where
    the sources quote someone, still said by someone."""
    candidate = candidate.strip()
    if not candidate or not sources:
        return False
    joined = " ".join(sources)
    if len(words(candidate)) > _MAX_GROWTH * max(len(words(s)) for s in sources):
        return False
    if not content_stems(candidate) <= content_stems(joined):
        return False
    if not numbers_in(candidate) <= numbers_in(joined) or not dates_in(candidate) <= dates_in(joined):
        return False
    if not entities_in(candidate) <= entities_in(joined) | content_stems(joined):
        return False
    if any(quote.strip() not in joined for quote in _QUOTED.findall(candidate)):
        return False
    if any(_QUOTED.search(s) for s in sources) and not SPEECH.search(candidate):
        return False  # what the sources quote is someone's claim: the rewording must say whose
    negated = [is_negated(s) for s in sources]
    return not (is_negated(candidate) and not any(negated)) and not (all(negated) and not is_negated(candidate))


def reword(writer: Writer, fact: Fact) -> Fact:
    """The fact in the writer's words where those are faithful to its support, else as it was;
    as it was too when the writer fails on it (its :class:`EvenhandError` is the writer's to report)."""
    sources = [s.text for s in fact.support]
    try:
        candidate = writer.rewrite(fact.text, sources).strip()
    except EvenhandError:
        return fact
    return replace(fact, text=candidate) if faithful(candidate, sources) else fact


class OpenAIChatWriter:
    """A :class:`Writer` over any OpenAI-compatible chat API (OpenAI, Ollama, vLLM, llama.cpp server).

    ``base_url`` is the API root that ``/chat/completions`` hangs off, e.g. ``http://127.0.0.1:11434/v1``.
    Every request is bounded: ``timeout`` seconds per network step and in all for reading the answer,
    and at most 64 KB of response. Any failure raises :class:`EvenhandError` naming the URL; after a
    failure to reach the server at all, later calls fail at once rather than wait out each fact.
    ``errors`` keeps each failure's message so that callers can report them.
    """

    def __init__(
        self, base_url: str, model: str, *, api_key: str | None = None, timeout: float = 30.0,
        max_tokens: int = 120, client: httpx.Client | None = None,
    ) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.max_tokens = max_tokens
        self.timeout = timeout
        self.errors: list[str] = []
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._owns_client = client is None
        self._client = client or httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=False)
        self._unreachable: str | None = None

    def rewrite(self, sentence: str, sources: Sequence[str]) -> str:
        try:
            answer = _first_sentence(self._content(self._post(self._request(sentence, sources))))
        except EvenhandError as exc:
            self.errors.append(str(exc))
            raise
        # A fact that is itself a quotation stays one: quotation marks around it are not wrapping.
        return answer if _unquoted(sentence) != sentence.strip() else _unquoted(answer)

    def _request(self, sentence: str, sources: Sequence[str]) -> dict[str, Any]:
        listed = "\n".join(f"- {s}" for s in sources)
        user = f"Sentence to restate:\n{sentence}\n\nSource sentences:\n{listed}"
        return {
            "model": self.model,
            "temperature": 0,
            "max_tokens": self.max_tokens,
            "stream": False,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}],
        }

    def _fail(self, reason: str) -> EvenhandError:
        return EvenhandError(f"LLM at {self.url}: {reason}")

    def _post(self, payload: dict[str, Any]) -> bytes:
        if self._unreachable:
            raise self._fail(self._unreachable)
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("POST", self.url, json=payload, headers=self._headers) as resp:
                if resp.status_code != 200:
                    raise self._fail(f"HTTP {resp.status_code} {resp.reason_phrase}{_error_detail(resp)}".rstrip())
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > _MAX_RESPONSE_BYTES:
                    raise self._fail(f"response of {declared} bytes is over the {_MAX_RESPONSE_BYTES}-byte limit")
                body = bytearray()
                for chunk in resp.iter_bytes():
                    body += chunk
                    if len(body) > _MAX_RESPONSE_BYTES:
                        raise self._fail(f"response is over the {_MAX_RESPONSE_BYTES}-byte limit")
                    if time.monotonic() > deadline:
                        raise self._fail(f"no complete answer within {self.timeout:g} s")
                return bytes(body)
        except httpx.TimeoutException:
            self._unreachable = f"no answer within {self.timeout:g} s"
        except httpx.TransportError as exc:
            self._unreachable = f"cannot connect ({type(exc).__name__}: {' '.join(str(exc).split())})"
        except httpx.HTTPError as exc:
            raise self._fail(f"{type(exc).__name__}: {' '.join(str(exc).split())}") from None
        raise self._fail(self._unreachable)

    def _content(self, body: bytes) -> str:
        try:
            data = json.loads(body)
        except json.JSONDecodeError as exc:
            raise self._fail(f"response is not JSON ({exc.msg} at character {exc.pos})") from None
        except UnicodeDecodeError:
            raise self._fail("response is not UTF-8 text") from None
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            content = None
        if not isinstance(content, str):
            raise self._fail("response has no choices[0].message.content string")
        return content

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> OpenAIChatWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None,
    ) -> None:
        self.close()


def _first_sentence(content: str) -> str:
    """The model's answer without what chat models wrap around it: a lead-in line ending in a colon
    ("Here is the revised sentence:") and any later lines."""
    lines = [ln.strip() for ln in content.splitlines() if ln.strip()]
    return next((ln for ln in lines if not ln.endswith(":")), "")


def _unquoted(line: str) -> str:
    """``line`` without quotation marks around the whole of it; '"A," she said, "B."' keeps its own."""
    line = line.strip()
    while len(line) >= 2 and _QUOTE_PAIRS.get(line[0]) == line[-1] and not _DOUBLE_QUOTES & set(line[1:-1]):
        line = line[1:-1].strip()
    return line


def _error_detail(resp: httpx.Response) -> str:
    """The API's own error message, if its (bounded) error body has one: ': model "x" not found'."""
    body = bytearray()
    for chunk in resp.iter_bytes():
        body += chunk
        if len(body) > _MAX_ERROR_BYTES:
            return ""
    try:
        error = json.loads(body).get("error")
        message = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        return ""
    return f": {' '.join(message.split())[:200]}" if isinstance(message, str) and message.strip() else ""
