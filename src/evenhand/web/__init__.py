"""The web reader: the Starlette app (``app``), the view data it and the static export share
(``views``, ``citations``, ``links``), the HTML pages (``pages``), the JSON API (``api``), the Atom
feed (``atom``) and the static copy (``export``, which needs no Starlette).

Names load on first use, so that ``evenhand export`` does not import the server.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import (
        CSP,
        PAGE_SIZE,
        Reader,
        Span,
        context_around,
        create_app,
        lean_key,
        leaning_spread,
        locate,
        mark_spans,
        openapi_document,
        safe_url,
        static_name,
    )

_HOMES = {
    "CSP": "app", "PAGE_SIZE": "app", "Reader": "app", "Span": "app", "context_around": "app",
    "create_app": "app", "lean_key": "app", "leaning_spread": "app", "locate": "app", "mark_spans": "app",
    "openapi_document": "app", "safe_url": "app", "static_name": "app",
}

__all__ = [
    "CSP", "PAGE_SIZE", "Reader", "Span", "context_around", "create_app", "lean_key", "leaning_spread", "locate",
    "mark_spans", "openapi_document", "safe_url", "static_name",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'evenhand.web' has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
