"""Duplicate detection: exact (content hash) and near-duplicate (word shingles, MinHash, LSH banding).

The same text at two URLs is one article; wire copy republished by several outlets with small edits is a
near-duplicate, kept as its own article but linked to the first copy so that corroboration counts it once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
# Estimated Jaccard of word 5-shingles above which two texts are the same wire copy. Trimmed or lightly
# edited syndication keeps well above it; two outlets' own reports of one event share few 5-word runs.
SYNDICATION_JACCARD = 0.5
# Texts this short share 5-word runs by chance (datelines, boilerplate sentences): never linked.
MIN_SHINGLES = 8

_MERSENNE = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240601)
# Multipliers across the whole field, not below 2**32: with those, a shingle hashed below about 2**21
# never wrapped, stayed the smallest value of most permutations, and two outlets' own reports sharing that
# one 5-word run ("410 million over two years") read as copies (a tryout: estimated 0.8, true 0.01).
_A = _rng.integers(1, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, int(_MERSENNE), size=NUM_PERM, dtype=np.uint64)
# Signatures of another version are not comparable: a store signs its articles again on opening.
SIGNATURE_VERSION = "2"
_WORD = re.compile(r"\w+", re.UNICODE)

Signature = npt.NDArray[np.uint32]


def normalize(text: str) -> str:
    """The text as compared for exact duplicates: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """Stable 32-bit hashes of the text's overlapping k-word runs."""
    words = _WORD.findall(normalize(text))
    if len(words) < k:
        grams = {" ".join(words)} if words else set()
    else:
        grams = {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=4).digest(), "little") for g in grams}


def minhash(hashes: Iterable[int]) -> Signature | None:
    """A MinHash signature of a shingle set, or None when the set is too small to compare."""
    values = np.fromiter(hashes, dtype=np.uint64)
    if values.size < MIN_SHINGLES:
        return None
    permuted = (values[:, None] * _A[None, :] + _B[None, :]) % _MERSENNE
    low: Signature = (permuted.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return low


def signature(text: str) -> Signature | None:
    return minhash(shingles(text))


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def earliest_copy(
    sig: Signature, stored: Iterable[tuple[str, int, bytes, str | None]]
) -> tuple[str | None, float | None]:
    """The stored article ``sig``'s text was copied from, among ``stored`` candidates (id, arrival
    seq, minhash blob, the original it is itself a copy of): the most alike at the syndication
    threshold or above, the earliest of those alike, traced to its own original; and how alike."""
    rows = list(stored)
    if not rows:
        return None, None
    scores = np.count_nonzero(np.stack([from_blob(blob) for _, _, blob, _ in rows]) == sig, axis=1) / NUM_PERM
    best: tuple[float, int, str, str | None] | None = None
    for (article_id, seq, _, original), score in zip(rows, scores.tolist(), strict=True):
        if score >= SYNDICATION_JACCARD and (best is None or (score, -seq) > (best[0], -best[1])):
            best = (score, seq, article_id, original)
    if best is None:
        return None, None
    return best[3] or best[2], best[0]


def band_keys(sig: Signature) -> list[tuple[int, int]]:
    """(band, bucket) pairs: two signatures sharing any pair are candidate near-duplicates."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        bucket = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)
        keys.append((band, bucket))
    return keys


def to_blob(sig: Signature) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> Signature:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
