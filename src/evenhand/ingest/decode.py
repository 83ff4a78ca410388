"""Bytes to what the readers need: decompression capped on the bytes it produces, and text encodings.

A few kilobytes of gzip can decode to gigabytes, so nothing here decompresses a whole buffer at
once: every layer is fed in pieces with a bound on its output, and the cap is on the decoded bytes
as they are produced (``zlib``'s ``max_length``), never checked after the fact.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from ..errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_STEP = 1 << 16  # decoded bytes asked of zlib at a time


class TooLarge(Exception):
    """Decoded data went past its cap; ``what`` says which data and which cap."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class BadEncoding(Exception):
    """A Content-Encoding we cannot decode, or data that is not what its encoding says."""


class _Layer:
    """One layer of gzip or deflate, decoded incrementally; gzip may hold several members."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._obj = self._new()
        self._started = False

    def _new(self) -> zlib._Decompress:
        if self.kind == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(zlib.MAX_WBITS)  # deflate: zlib-wrapped, raw tried below

    def feed(self, data: bytes, budget: int) -> Iterator[bytes]:
        """Decoded pieces of ``data``; stops (raising `TooLarge`) once more than ``budget`` bytes came out."""
        produced = 0
        pending = data
        while pending:
            try:
                piece = self._obj.decompress(pending, min(_STEP, budget - produced + 1))
            except zlib.error as exc:
                if self.kind == "deflate" and not self._started:  # servers send raw deflate too
                    self._obj, self._started = zlib.decompressobj(-zlib.MAX_WBITS), True
                    continue
                raise BadEncoding(f"broken {self.kind} data ({exc})") from None
            self._started = True
            produced += len(piece)
            if produced > budget:
                raise TooLarge("decoded data")
            if piece:
                yield piece
            if self._obj.eof:
                rest = self._obj.unused_data
                if self.kind != "gzip" or not rest.strip(b"\x00"):
                    return  # trailing bytes after a deflate stream, or gzip padding, are ignored
                self._obj = self._new()  # the next gzip member
                pending = rest
            else:
                pending = self._obj.unconsumed_tail


def content_codings(header: str) -> list[str]:
    """The codings of a Content-Encoding header in the order they were applied, ``identity`` left out."""
    codings = [c.strip().lower() for c in header.split(",") if c.strip()]
    return [("gzip" if c == "x-gzip" else c) for c in codings if c != "identity"]


class Decoder:
    """Undo a list of content codings (as applied, outermost last) with every layer's output capped.

    ``limit`` bounds the decoded body; each inner layer is held to the same bound, since no
    compressed stream decodes to less than a small fraction of its own size."""

    def __init__(self, codings: Sequence[str], limit: int) -> None:
        unknown = [c for c in codings if c not in ("gzip", "deflate")]
        if unknown:
            raise BadEncoding(f"unsupported Content-Encoding {', '.join(unknown)}")
        self._layers = [_Layer(c) for c in reversed(codings)]
        self._out = [0] * len(self._layers)
        self.limit = limit

    def feed(self, data: bytes) -> Iterator[bytes]:
        yield from self._through(0, data)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            yield data
            return
        budget = self.limit - self._out[index]
        for piece in self._layers[index].feed(data, budget):
            self._out[index] += len(piece)
            yield from self._through(index + 1, piece)


def decode_body(chunks: Iterable[bytes], codings: Sequence[str], limit: int) -> Iterator[bytes]:
    """The decoded pieces of a body that arrives as ``chunks``; raises `TooLarge` past ``limit`` decoded bytes."""
    decoder = Decoder(codings, limit)
    total = 0
    for chunk in chunks:
        for piece in decoder.feed(chunk):
            total += len(piece)
            if total > limit:
                raise TooLarge("decoded data")
            yield piece


def gunzip_capped(data: bytes, limit: int, name: str) -> bytes:
    """``data`` if it is not gzip, else its decompression, refused (as `InputError`) past ``limit`` bytes."""
    if not data.startswith(GZIP_MAGIC):
        return data
    try:
        return b"".join(decode_body([data], ["gzip"], limit))
    except TooLarge:
        raise InputError(name, f"decompresses to over the {limit / 1e6:g} MB limit") from None
    except BadEncoding as exc:
        raise InputError(name, f"not readable gzip ({exc})") from None


class CappedStream(io.RawIOBase):
    """A file's bytes, gunzipped on the fly if it is gzip, read through by a parser (warcio).

    ``ratio`` bounds the decoded bytes by the compressed bytes read so far (after a first
    ``limit`` bytes), which keeps both memory and time in proportion to the file; ``max_line``
    bounds a run without a newline, since parsers buffer a whole line before looking at it."""

    def __init__(self, handle: IO[bytes], *, limit: int, ratio: int, max_line: int) -> None:
        super().__init__()
        self._handle = handle
        head = handle.read(2)
        self._decoder = Decoder(["gzip"] if head == GZIP_MAGIC else [], limit=2**62)
        self._pending = list(self._decoder.feed(head))
        self._limit, self._ratio, self._max_line = limit, ratio, max_line
        self._read_in = len(head)
        self._out = 0
        self._since_newline = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._out

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            raw = self._handle.read(_STEP)
            if not raw:
                return 0
            self._read_in += len(raw)
            self._pending = [p for p in self._decoder.feed(raw) if p]
        piece = self._pending.pop(0)
        n = min(len(buffer), len(piece))
        if n < len(piece):
            self._pending.insert(0, piece[n:])
        self._check(piece[:n])
        buffer[:n] = piece[:n]
        return n

    def _check(self, piece: bytes) -> None:
        self._out += len(piece)
        if self._out > max(self._limit, self._ratio * self._read_in):
            raise TooLarge(f"decompresses to over {self._ratio} times its size")
        newline = piece.rfind(b"\n")
        self._since_newline = len(piece) - newline - 1 if newline >= 0 else self._since_newline + len(piece)
        if self._since_newline > self._max_line:
            raise TooLarge(f"holds a line of over {self._max_line / 1e6:g} MB")


# -- text encodings -------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark declares, and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for text that is plainly UTF-16 with no mark: mostly ASCII, so every
    other byte is NUL, on the same side."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.6 and zeros_even < 0.1:
        return "utf-16-le"
    if zeros_even > 0.6 and zeros_odd < 0.1:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.05 * max(len(head), 1)


def unicode_text(data: bytes) -> str | None:
    """The text of ``data`` when a byte-order mark or plain UTF-16 says how to read it, else None."""
    marked = bom_encoding(data)
    encoding, skip = marked if marked else (utf16_without_bom(data), 0)
    if encoding is None:
        return None
    return data[skip:].decode(encoding, errors="replace")


def decode(data: bytes, name: str) -> str:
    """Text of a file: by its byte-order mark, as UTF-16, as UTF-8, else the encoding that fits best
    (Windows-1252 when that is among the best fits); binary data is refused."""
    if not data.strip():
        raise InputError(name, "empty file")
    text = unicode_text(data)
    if text is not None:
        if not text.strip() or looks_binary(text.encode("utf-8", errors="replace")):
            raise InputError(name, "binary file, not text")
        return text
    if looks_binary(data):
        raise InputError(name, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(data, name)


def _legacy(data: bytes, name: str) -> str:
    """charset-normalizer's answer, except that Windows-1252 wins a tie: Western European text fits
    cp1250 and cp1257 as well by its measures, and those turn "naïve" into "naďve"."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(name, "not UTF-8, and no text encoding fits it")
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
            return str(match)
    return str(best)


# C1 controls in decoded text are Windows-1252 punctuation read as Latin-1 by whoever stored it
# ("\x97" for an em dash); other controls than tab and line ends are no part of any text.
_C1 = re.compile("[\x80-\x9f]")
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _windows_1252(match: re.Match[str]) -> str:
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""  # the five bytes Windows-1252 leaves undefined


def repair_controls(text: str) -> str:
    """Article text with its C1 controls read as the Windows-1252 punctuation they stand for, a form
    feed as a paragraph break and other controls (tab and line ends aside) dropped."""
    return _STRAY_CONTROLS.sub("", _C1.sub(_windows_1252, text).replace("\x0c", "\n\n"))


# C0 and C1 controls (tab and newline too: a one-line field has none), DEL, and the bidirectional
# overrides and isolates that make text display in another order than it reads.
_NOT_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]+")
# Marks a page carries that show nothing but split a word for search and copy: a soft hyphen
# ("Vladi\u00admir"), a zero-width space, a word joiner, a byte-order mark inside the text.
INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


# A date as any page, record or feed writes it ("Tue, 04 May 2021 10:00:00 +0000") fits in this many
# characters; a longer one is a source's junk, cut before it reaches the store, a brief or a page.
MAX_DATE_CHARS = 100


def single_line(text: str, limit: int) -> str:
    """A one-line field from a source (a title, an outlet name): controls become spaces, and at most
    ``limit`` characters are kept."""
    return " ".join(_NOT_IN_A_LINE.sub(" ", INVISIBLE.sub("", text[: limit * 2])).split())[:limit]


def load_json(text: str, where: str) -> Any:
    """The JSON value of ``text``; :class:`InputError` naming ``where`` for text that is not JSON,
    nests too deeply to read, or holds a number too long to convert (Python refuses integers of
    over 4,300 digits with a plain ValueError)."""
    try:
        return json_value(text)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(where, "JSON nested too deeply") from None
    except ValueError:
        raise InputError(where, "JSON holds a number too long to read") from None


# "\ud800" unpaired: JSON may spell half a UTF-16 pair, which no UTF-8 text (a store, a page) can hold.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def json_value(text: str) -> Any:
    """``json.loads``, with any half of a UTF-16 pair a string spells unpaired made U+FFFD (a lone
    "\\ud800" in one record's title had made every later write of the text fail)."""
    value = json.loads(text)
    return _mended(value) if _ESCAPED_SURROGATE.search(text) else value


def _mended(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_mended(v) for v in value]
    if isinstance(value, dict):
        return {_mended(k): _mended(v) for k, v in value.items()}
    return value
