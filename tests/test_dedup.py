from __future__ import annotations

from evenhand import dedup

WIRE = (
    "The operator of the Elsby to Skarn ferry suspended all crossings on Wednesday after one of the two "
    "engines of its only vessel failed during the morning sailing, leaving 112 passengers waiting on the "
    "quay. Engineers from the shipyard at Pennock were inspecting the engine, and the company expected "
    "crossings to stay suspended until at least Friday, a spokesperson said."
)
OWN = (
    "Skarn islanders face a long weekend without their ferry. Children will miss school on Thursday and "
    "Friday, the island council said, and the shop has asked for an emergency delivery of bread and milk "
    "from the mainland while the old vessel sits at the Elsby quay awaiting parts."
)


def test_content_hash_ignores_case_and_whitespace_only() -> None:
    assert dedup.content_hash(WIRE) == dedup.content_hash("  " + WIRE.upper().replace(" ", "\n  "))
    assert dedup.content_hash(WIRE) != dedup.content_hash(WIRE.replace("112", "113"))


def test_near_duplicates_score_high_and_different_reports_low() -> None:
    a = dedup.signature(WIRE)
    trimmed = dedup.signature(WIRE.rsplit(",", 1)[0] + ". Updated at noon.")
    other = dedup.signature(OWN)
    assert a is not None and trimmed is not None and other is not None
    assert dedup.similarity(a, trimmed) >= dedup.SYNDICATION_JACCARD
    assert dedup.similarity(a, other) < 0.1
    assert dedup.similarity(a, a) == 1.0


def test_near_duplicates_share_an_lsh_band_and_signatures_round_trip() -> None:
    a = dedup.signature(WIRE)
    b = dedup.signature(WIRE.replace("Wednesday", "Wednesday morning"))
    assert a is not None and b is not None
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
    assert (dedup.from_blob(dedup.to_blob(a)) == a).all()


def test_signature_estimates_jaccard() -> None:
    words = [f"w{i}" for i in range(400)]
    left = " ".join(words[:300])
    right = " ".join(words[100:])
    true = len(dedup.shingles(left) & dedup.shingles(right)) / len(
        dedup.shingles(left) | dedup.shingles(right)
    )
    a, b = dedup.signature(left), dedup.signature(right)
    assert a is not None and b is not None
    assert abs(dedup.similarity(a, b) - true) < 0.12


def test_short_texts_get_no_signature() -> None:
    assert dedup.signature("Too short to compare.") is None
    assert dedup.shingles("") == set()


def _low_hashed_phrase() -> str:
    """A 5-word run whose shingle hash is below 2**21, as about one in two thousand are."""
    return next(
        phrase for k in range(100_000)
        if min(dedup.shingles(phrase := f"the quay levy rose {k}")) < 1 << 21
    )


def test_two_reports_sharing_one_low_hashed_phrase_are_not_copies() -> None:
    # A tryout's three outlets, each writing its own teacher-pay story, all had "410 million over two
    # years", hashed low: estimated 0.8 alike (true 0.01), they were linked as wire copies.
    phrase = _low_hashed_phrase()
    a = dedup.signature(f"{WIRE} Harbour dues: {phrase}.")
    b = dedup.signature(f"{OWN} Island fares: {phrase}.")
    assert a is not None and b is not None
    assert dedup.similarity(a, b) < 0.2


def test_a_copy_is_traced_to_the_earliest_of_the_most_alike_stored_texts_and_its_own_original() -> None:
    copy = dedup.signature(WIRE)
    whole = dedup.signature(WIRE)
    trimmed = dedup.signature(WIRE.rsplit(",", 1)[0] + ". Updated at noon.")
    other = dedup.signature(OWN)
    assert copy is not None and whole is not None and trimmed is not None and other is not None
    stored = [
        ("own", 1, dedup.to_blob(other), None),
        ("later-whole", 9, dedup.to_blob(whole), "first-wire"),  # itself a copy of an earlier article
        ("whole", 5, dedup.to_blob(whole), None),
        ("trimmed", 2, dedup.to_blob(trimmed), None),
    ]
    assert dedup.earliest_copy(copy, stored) == ("whole", 1.0)
    assert dedup.earliest_copy(copy, [s for s in stored if s[0] != "whole"]) == ("first-wire", 1.0)
    assert dedup.earliest_copy(copy, [stored[0]]) == (None, None)
    assert dedup.earliest_copy(copy, []) == (None, None)
