"""The address guard: a network backend that resolves a host once, refuses it if any of its addresses is
private, loopback, link-local, multicast or reserved (unless ``allow_private``), and connects only to a
checked address, so that a second DNS answer cannot swap one in (DNS rebinding); and httpx's own
transport over it. Resolving and connecting are bounded by the fetch's deadline."""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

from .deadline import _bounded, _DeadlineStream

Resolver = Callable[[str, int], list[str]]


def _system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))  # keep the OS's preference order


def forbidden_address(address: str) -> str | None:
    """Why ``address`` must not be contacted without --allow-private, or None if it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(ip, ipaddress.IPv6Address):
        tunnelled = _six_to_four_reason(ip)
        if tunnelled:
            return tunnelled
    for kind, flag in (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved),
        ("unspecified", ip.is_unspecified),
    ):
        if flag:
            return f"{kind} address {ip}"
    if not ip.is_global:
        return f"non-public address {ip}"
    return None


def _six_to_four_reason(ip: ipaddress.IPv6Address) -> str | None:
    """6to4 (2002::/16) and Teredo carry an IPv4 address that relays route to; site-local is private."""
    if ip.sixtofour is not None:
        inner = forbidden_address(str(ip.sixtofour))
        return f"6to4 address {ip}" + (f" embedding a {inner}" if inner else "")
    if ip.teredo is not None:
        return f"Teredo address {ip}"
    if ip.is_site_local:
        return f"site-local address {ip}"
    return None


def _within(timeout: float | None, resolve: Resolver, host: str, port: int) -> list[str]:
    """``resolve(host, port)``, waited for no longer than ``timeout``: getaddrinfo takes no timeout, and a
    slow DNS server must not hold a fetch past its deadline (the lookup is left to finish on its own)."""
    outcome: list[list[str] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(resolve(host, port))
        except BaseException as exc:  # handed to the caller below
            outcome.append(exc)

    worker = threading.Thread(target=run, name="evenhand-resolve", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(host)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result


class _Refused(Exception):
    """Raised by the network backend, which knows only the host; `Fetcher` names the URL."""

    def __init__(self, reason: str, *, host: str, address: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.host = host
        self.address = address


class _PinnedBackend(httpcore.SyncBackend):
    """Resolve once, check every address, connect only to a checked one.

    httpcore hands the backend the URL's host name and keeps using it for the Host header, SNI and
    certificate checks, so pinning the connection here changes nothing else about the request."""

    def __init__(self, resolve: Resolver, allow_private: bool) -> None:
        self._resolve = resolve
        self._allow_private = allow_private

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = _within(_bounded(timeout), self._resolve, host, port)
        except (OSError, UnicodeError) as exc:
            raise _Refused(f"cannot resolve {host} ({exc})", host=host, address=False) from None
        except TimeoutError:
            raise _Refused(f"cannot resolve {host} in time", host=host, address=False) from None
        if not addresses:
            raise _Refused(f"cannot resolve {host}", host=host, address=False)
        if not self._allow_private:
            for address in addresses:
                why = forbidden_address(address)
                if why:
                    reason = f"{host} resolves to a {why} (use --allow-private to allow it)"
                    raise _Refused(reason, host=host, address=True)
        failure: httpcore.ConnectError | httpcore.ConnectTimeout | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, _bounded(timeout), local_address, socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure


class _PinnedTransport(httpx.HTTPTransport):
    """httpx's own transport (request and exception mapping) over a pool that uses `_PinnedBackend`."""

    def __init__(self, backend: _PinnedBackend) -> None:
        super().__init__(trust_env=False)
        if not isinstance(getattr(self, "_pool", None), httpcore.ConnectionPool):
            raise RuntimeError("this httpx version keeps no httpcore pool to pin connections with")
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            network_backend=backend,
            max_connections=100,  # httpx's default limits
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
        )
