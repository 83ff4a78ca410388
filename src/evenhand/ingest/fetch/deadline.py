"""One deadline per fetch, kept for the thread that fetches, and a connection whose every read and write
waits no longer than what is left of it."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpcore


class _Deadline(threading.local):
    """The deadline of the fetch running in this thread: ``budget`` seconds from its first request's
    start (time queued for a host's turn before that does not count), ``ends`` once that started."""

    budget: float | None = None
    ends: float | None = None

    def start(self) -> None:
        if self.budget is not None and self.ends is None:
            self.ends = time.monotonic() + self.budget

    def left(self) -> float | None:
        return None if self.ends is None else self.ends - time.monotonic()


_DEADLINE = _Deadline()


def _bounded(timeout: float | None) -> float | None:
    """``timeout`` cut to what is left of this thread's deadline; past it, a timeout at once."""
    left = _DEADLINE.left()
    if left is None:
        return timeout
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits no longer than the current fetch's deadline allows.

    httpcore applies the read timeout to each read, so a server trickling one byte per read would never
    time out; bounding each read by the time left makes the deadline hold for headers too."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)
