"""The JSON API's encoding and its OpenAPI description."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .. import __version__


def json_bytes(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")



def openapi_document(server_url: str = "/") -> dict[str, Any]:
    """The OpenAPI 3.1 description of the JSON endpoints (kept as JSON beside the templates)."""
    text = resources.files("evenhand").joinpath("templates/openapi.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    doc["info"]["version"] = __version__
    doc["servers"] = [{"url": server_url}]
    return doc
