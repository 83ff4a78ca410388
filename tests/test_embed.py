"""The sentence embedder (evenhand.embed): pinned weights, checked before use."""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

import numpy as np
import pytest

from evenhand import embed
from evenhand.embed import WEIGHTS, WordLlamaEmbedder, load_embedder, verified_files
from evenhand.errors import EvenhandError

SENTENCES = [
    "The fire injured 40 workers at the grain terminal on Tuesday.",
    "Forty dock workers were hurt in the blaze at the grain terminal.",
    "The central bank raised its interest rate by half a point.",
]


def test_unit_vectors_of_256_dimensions() -> None:
    vectors = load_embedder("wordllama").embed(SENTENCES)
    assert vectors.shape == (3, 256)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.isfinite(vectors).all()


def test_no_sentences_gives_an_empty_matrix() -> None:
    assert load_embedder("wordllama").embed([]).shape == (0, 256)


def test_a_paraphrase_scores_higher_than_an_unrelated_sentence() -> None:
    fire, paraphrase, unrelated = load_embedder("wordllama").embed(SENTENCES)
    assert float(fire @ paraphrase) > float(fire @ unrelated) + 0.2


def test_the_same_sentence_gives_the_same_vector() -> None:
    model = load_embedder("wordllama")
    first = model.embed(SENTENCES[:1])
    again = model.embed([SENTENCES[2], SENTENCES[0]])[1:]
    assert np.allclose(first, again, atol=1e-6)


def test_the_embedder_is_loaded_once() -> None:
    assert load_embedder("wordllama") is load_embedder("wordllama")


def test_an_unknown_embedder_is_a_clear_error() -> None:
    with pytest.raises(EvenhandError, match="unknown embedder"):
        load_embedder("no-such-model")


def test_the_pinned_files_match_their_digests() -> None:
    _, digests = WEIGHTS["wordllama"]
    files = verified_files("wordllama")
    assert set(files) == set(digests)
    for relative, path in files.items():
        assert path.is_file() and path.as_posix().endswith(relative)
        assert embed._sha256(path) == digests[relative]


def test_vectors_match_wordllamas_own_inference() -> None:
    # We read WordLlama's files ourselves; its own code is the reference for the vectors.
    wordllama = pytest.importorskip("wordllama")
    weights = verified_files("wordllama")["weights/l2_supercat_256.safetensors"]
    reference = wordllama.WordLlama.load(
        config="l2_supercat", dim=256, disable_download=True, cache_dir=weights.parent.parent
    )
    assert np.allclose(load_embedder("wordllama").embed(SENTENCES), reference.embed(SENTENCES, norm=True), atol=1e-5)


def test_a_wrong_digest_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    version, digests = WEIGHTS["wordllama"]
    tampered = dict(digests)
    tampered["weights/l2_supercat_256.safetensors"] = "0" * 64
    monkeypatch.setitem(WEIGHTS, "wordllama", (version, tampered))
    with pytest.raises(EvenhandError, match="sha256"):
        verified_files("wordllama")
    with pytest.raises(EvenhandError, match="sha256"):
        WordLlamaEmbedder()


def test_a_pin_on_another_installed_package_checks_its_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(WEIGHTS, "numpy", (metadata.version("numpy"), {"__init__.py": "0" * 64}))
    with pytest.raises(EvenhandError, match=r"numpy: __init__\.py does not match its pinned sha256"):
        verified_files("numpy")


def test_a_different_installed_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _, digests = WEIGHTS["wordllama"]
    monkeypatch.setitem(WEIGHTS, "wordllama", ("0.0.0", digests))
    with pytest.raises(EvenhandError, match=r"pinned to 0\.0\.0"):
        verified_files("wordllama")


def test_a_missing_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    version, _ = WEIGHTS["wordllama"]
    monkeypatch.setitem(WEIGHTS, "wordllama", (version, {"weights/no-such-file.safetensors": "0" * 64}))
    with pytest.raises(EvenhandError, match="missing"):
        verified_files("wordllama")


def test_a_package_that_is_not_installed_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(WEIGHTS, "evenhand-no-such-weights", ("1.0", {"w.bin": "0" * 64}))
    with pytest.raises(EvenhandError, match="not installed"):
        verified_files("evenhand-no-such-weights")


def test_sha256_of_a_file(tmp_path: Path) -> None:
    sample = tmp_path / "w.bin"
    sample.write_bytes(b"evenhand" * 300_000)
    assert embed._sha256(sample) == hashlib.sha256(sample.read_bytes()).hexdigest()


def test_a_copy_of_the_weights_with_one_byte_changed_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in installed package (a real distribution on sys.path) holding a tampered copy of
    # the weights, pinned with the real digest.
    _, digests = WEIGHTS["wordllama"]
    relative = "weights/l2_supercat_256.safetensors"
    original = verified_files("wordllama")[relative]
    package = tmp_path / "evenhand_fake_weights"
    (package / "weights").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (package / relative).write_bytes(bytes(data))
    dist = tmp_path / "evenhand_fake_weights-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: evenhand-fake-weights\nVersion: 1.0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(WEIGHTS, "evenhand-fake-weights", ("1.0", {relative: digests[relative]}))
    with pytest.raises(EvenhandError, match=r"evenhand-fake-weights: weights/l2_supercat_256\.safetensors"):
        verified_files("evenhand-fake-weights")
    (package / relative).write_bytes(original.read_bytes())
    assert verified_files("evenhand-fake-weights")[relative] == package / relative
