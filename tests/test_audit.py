"""The issue-7 audit's own detectors, on sentences and briefs written for these tests.

A measuring instrument that flags the wrong things would steer the engine wrong, so each
detector is checked on what it must flag and on the look-alikes it must leave alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from rouge_score import rouge_scorer

from audit_detectors import (
    caption_or_aside,
    citation_agrees,
    dangling_opener,
    dropped_attribution,
    duplicates,
    glued_sentences,
    name_runs,
    speakerless_quotation,
)
from audit_eval import (
    AuditReport,
    BriefAudit,
    ClusterAudit,
    Item,
    Label,
    Precision,
    audit_brief,
    brief_items,
    framing_bias,
    framing_scores,
    item_record,
    judged_right,
    labelled_precision,
    labels_measured,
    lede_scores,
    load_labels,
    load_lexicon,
    pinned_limits,
    proxy_against_labels,
    rouge1_f,
    run_audit,
    text_hash,
)
from conftest import ROOT, SHARED
from evenhand import Brief, Claim, Contested, Fact, Narrative, Support


def fact(text: str, *spans: tuple[int, int, int, str]) -> Fact:
    """A printed fact; its first span is its own sentence (the engine's order)."""
    support = tuple(Support(source, start, end, span) for source, start, end, span in spans)
    return Fact(text=text, sources=tuple(sorted({s.source for s in support})), support=support,
                independent=len(support))


@pytest.mark.parametrize(
    ("printed", "source"),
    [
        ("The ferry was carrying 212 passengers.", "The ferry was carrying 212 passengers, the coast guard said."),
        ("The mayor will resign.", "According to two aides familiar with the plan, the mayor will resign."),
        ("The minister met the envoy twice.", "The minister met the envoy twice, per the agency Kestrel Wire."),
        ("The senator took the payment.", "The senator allegedly took the payment."),
        ("The plant will close in May.", "The plant will close in May, sources familiar with the talks told Reuters."),
    ],
)
def test_a_deleted_attribution_is_flagged(printed: str, source: str) -> None:
    assert dropped_attribution(printed, source)


@pytest.mark.parametrize(
    ("printed", "source"),
    [
        ("The coast guard said the ferry carried 212 people.", "The coast guard said the ferry carried 212 people."),
        ("The ferry sank near Orlan Point.", "MARROWICK (Kestrel Wire) - The ferry sank near Orlan Point."),
        ("Notably the plant closed in May.", "Notably, the plant closed in May."),
        # A passive is not an attribution: deleting "when the sale was announced" keeps the claim's source.
        ("A spokeswoman said he left in May.", "A spokeswoman said he left in May, when the sale was announced."),
        # "per cent" and "per day" name no source.
        ("Prices rose 4.", "Prices rose 4 per cent."),
    ],
)
def test_kept_attributions_and_harmless_deletions_are_not(printed: str, source: str) -> None:
    assert not dropped_attribution(printed, source)


@pytest.mark.parametrize(
    "text",
    [
        "He said the bridge would reopen on Friday.",
        "It was the third closure this year.",
        "These measures cost the port 40 jobs.",
        "However, the council rejected the plan.",
        "But the vote was delayed.",
        "In exchange, the union dropped its claim.",
        "Other studies found no such link.",
        "The move angered residents of Orlan Point.",
        "Also arrested was the driver of the van.",
        '"We will rebuild every pier in Marrowick," he said.',
        "The harbour will stay shut until the inquiry ends, she said.",
        'The plan drew fire at once. "It will fail within a year," she said.',  # no one named before "she"
    ],
)
def test_a_fact_leaning_on_an_unprinted_sentence_is_flagged(text: str) -> None:
    assert dangling_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        "This week, the council voted to close the harbour.",
        "Instead of a fine, the company received a warning.",
        '"We will rebuild every pier in Marrowick," Mayor Ada Okafor said.',
        '"They never warned us about the fumes," dock worker Lena Varga told reporters.',
        "Thereafter the harbour reopened.",
        "In addition to the fire, the port faces a strike.",
        # A fact of two sentences names its speaker first.
        'Okafor will lead the inquiry. "I have never walked away from this port," she told the Harbour Times.',
        "Hearings begin in June, and officials said he would testify.",
        "The nearest rival, Orlan Freight, declined to comment.",
    ],
)
def test_standalone_facts_are_not_dangling(text: str) -> None:
    assert not dangling_opener(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild every pier in Marrowick."',  # wholly a quotation
        'Mayor Ada Okafor said: "We will rebuild every pier in Marrowick.',  # cut: the quotation never closes
        'who believe everything the council tells them."',
        'The plan is "a betrayal of every family on this coast" and must be dropped.',  # nobody says it
    ],
)
def test_speakerless_and_cut_quotations_are_flagged(text: str) -> None:
    assert speakerless_quotation(text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild every pier in Marrowick," Mayor Ada Okafor said.',
        'Okafor called the plan "a betrayal of every family on this coast."',
        'Critics called the deal a "sham".',  # a quoted term, not a quotation
        'The album "Songs Of The Open Road" sold 40,000 copies.',  # a title
        'The plan is "a betrayal of every family on this coast," according to a union statement.',
        "The harbour reopened on Friday.",
        'A union campaign urged voters to "put the port over party."',
        'Okafor testified that the gallery had "no sprinklers in working order."',
        'The mayor threatened to close the harbour unless owners "commit to real safety improvements."',
    ],
)
def test_attributed_quotations_terms_and_titles_are_not(text: str) -> None:
    assert not speakerless_quotation(text)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("The toll rose to 33.The mayor declared a day of mourning.", True),
        ('"We are heartbroken," she said.”The inquiry opens Monday.', True),
        ("The inquiry opens at 3 p.m.Tuesday in Marrowick.", True),
        ("The U.S. economy grew 3.5 percent in the quarter.", False),
        ("The inquiry opens at 3 p.m. Tuesday. It will last a week.", False),
        ("J.K. Rowling visited the port.", False),
    ],
)
def test_glued_sentences(text: str, glued: bool) -> None:
    assert glued_sentences(text) is glued


@pytest.mark.parametrize(
    "text",
    [
        "In this Oct. 27, 2021 file photo, firefighters spray the burning warehouse in Marrowick.",
        "Firefighters spray the warehouse. (AP Photo/Lena Varga)",
        "CORRECTS NAME OF PORT TO MARROWICK FROM MARWICK",
        "Correction: An earlier version misspelled the mayor's name.",
        "Editor's note: This story has been updated.",
        "The fire burned for six hours [Pro tip: check the port's feed for closures].",
        "Details: the fire began in a conveyor gallery.",
        "When I visited the port last summer, the gallery was already rusting.",
        "Our reporters counted 40 fire engines at the gate.",
        "This August 2021 photo shows the gallery before the fire.",
    ],
)
def test_captions_corrections_asides_and_first_person_are_flagged(text: str) -> None:
    assert caption_or_aside(text)


@pytest.mark.parametrize(
    "text",
    [
        'Okafor added: "We will rebuild every pier, and our workers will be paid."',  # a speaker, not a label
        "World War I veterans laid wreaths at the harbour.",
        "The U.S. Coast Guard said 12 people were rescued.",
        'Varga told reporters, "I saw my colleagues run."',
        "Okafor told senators, ‘The days of closed hearings [on port safety] are over.’",
        "The fire began at 3:40 a.m. in a conveyor gallery.",
        "The band played There’s A Girl In My Soup at the reopening.",  # a title, not the reporter
        "'Science tells us the masks don’t work,' Okafor added.",  # first person inside single quotes
    ],
)
def test_reported_facts_are_not_captions(text: str) -> None:
    assert not caption_or_aside(text)


def test_duplicates_by_overlapping_spans_and_by_coinciding_words() -> None:
    lede = fact("A fire destroyed the main warehouse of Marrowick port on Tuesday.",
                (1, 0, 66, "A fire destroyed the main warehouse of Marrowick port on Tuesday."))
    same_span = fact("The main warehouse of Marrowick port was destroyed.", (1, 20, 66, "main warehouse ..."))
    reworded = fact("On Tuesday a fire destroyed the main warehouse at Marrowick port.",
                    (2, 0, 64, "On Tuesday a fire destroyed the main warehouse at Marrowick port."))
    other = fact("Forty-seven dock workers were treated for smoke inhalation.",
                 (3, 0, 59, "Forty-seven dock workers were treated for smoke inhalation."))
    assert duplicates([lede, same_span, reworded, other]) == [None, 0, 0, None]


def test_a_cited_unit_containing_another_facts_sentence_is_a_repeat() -> None:
    """A two-sentence unit cited for one fact that contains the sentence printed as another puts
    one source text behind two printed items; spans of one source that do not overlap do not."""
    unit = (2, 0, 120, "The harbour closed at noon. Forty-seven dock workers were treated for smoke inhalation.")
    first = fact("The harbour closed at noon on Tuesday.", (1, 0, 38, "The harbour closed at noon on Tuesday."), unit)
    second = fact("Forty-seven dock workers were treated.", (2, 28, 120, "Forty-seven dock workers were treated."))
    later = fact("The strike began a week later.", (2, 120, 150, "The strike began a week later."))
    assert duplicates([first, second, later]) == [None, 0, None]


def test_citation_agreement_needs_the_figures_names_and_most_words() -> None:
    printed = "Mayor Ada Okafor said 47 dock workers were injured in the Marrowick fire on Tuesday."
    assert citation_agrees(printed, "In Marrowick on Tuesday, 47 dock workers were hurt in the fire, Ms. Okafor said.")
    assert not citation_agrees(printed, printed.replace("47", "12"))
    assert not citation_agrees(printed, printed.replace("Tuesday", "Monday"))
    assert not citation_agrees(printed, "47 dock workers were injured on Tuesday, said the Orlan Freight union.")
    assert not citation_agrees(printed, "Okafor visited the docks on Tuesday, where 47 workers were hired.")
    assert not citation_agrees(printed, "Officials said 47 dock workers were injured in the fire on Tuesday.")  # whose?


def test_citation_agreement_reads_british_and_american_spellings_as_one_word() -> None:
    printed = "The harbour master apologised to the 12 crews and praised their behaviour."
    assert citation_agrees(printed, "The harbor master apologized to the 12 crews and praised their behavior.")
    assert not citation_agrees(printed, "The harbor master thanked the 12 crews for their patience.")
    # a hyphenated surname names the person by either part
    assert citation_agrees("Okafor apologised to the 12 crews.", "Ada Nwosu-Okafor apologized to the 12 crews.")


def test_names_skip_a_sentence_opening_word_but_not_one_after_an_abbreviation() -> None:
    assert name_runs("Police said Mr. Okafor left Marrowick.") == [{"okafor"}, {"marrowick"}]
    assert name_runs("Okafor left Marrowick, police said.") == [{"marrowick"}]
    assert name_runs("Police said Mayor Ada Okafor met Kim Jong Un in Marrowick.") == [
        {"mayor", "ada", "okafor"}, {"kim", "jong", "un"}, {"marrowick"}
    ]


def test_audit_brief_counts_each_class_once_per_fact_and_checks_corroborating_citations() -> None:
    lede = fact(
        "A fire destroyed the main warehouse of Marrowick port on Tuesday.",
        (1, 0, 80, "A fire destroyed the main warehouse of Marrowick port on Tuesday, the port authority said."),
        (2, 0, 64, "On Tuesday a fire destroyed the main warehouse at Marrowick port."),  # agrees
        (3, 0, 40, "Marrowick port reopened its ferry terminal on Friday."),  # does not
    )
    dangling_and_quoted = fact('"We will rebuild," he said.', (2, 100, 127, '"We will rebuild," he said.'))
    fine = fact("Forty-seven dock workers were treated for smoke inhalation.",
                (3, 50, 109, "Forty-seven dock workers were treated for smoke inhalation."))
    glued = fact("The toll rose to 33.The mayor declared mourning.",
                 (1, 90, 140, "The toll rose to 33.The mayor declared mourning."))
    brief = Brief(id="b", headline="Fire at Marrowick port", lede=lede, facts=[dangling_and_quoted, fine, glued])

    audit = audit_brief(brief)

    assert audit.facts == 4
    assert dict(audit.defects) == {"dropped_attribution": 1, "dangling_opener": 1, "glued_sentences": 1}
    assert (audit.citations, audit.failed_citations) == (2, 1)


def test_a_failing_citation_a_reader_judged_right_is_not_counted_as_failing() -> None:
    # The mechanical check fails a source that states the fact in other words; the gate counts the
    # failures no reader judged right (session 40: all 25 labelled failures had been judged right).
    paraphrase = Item("stream", "s1", "citation", "A fire destroyed the main warehouse of Marrowick port on Tuesday.",
                      "Flames gutted Marrowick's biggest depot on Tuesday.")
    unrelated = Item("stream", "s1", "citation", "A fire destroyed the main warehouse of Marrowick port on Tuesday.",
                     "Marrowick port reopened its ferry terminal on Tuesday.")
    assert not citation_agrees(paraphrase.text, paraphrase.span) and not citation_agrees(unrelated.text, unrelated.span)
    cluster = ClusterAudit(id="s1", audit=BriefAudit(facts=1, citations=2, failed_citations=2), words=12,
                           facts_after_lede=0, narratives=0, contested=0, lede=None, framing=None,
                           items=[paraphrase, unrelated])
    labels = [Label(paraphrase.key(), True), Label(unrelated.key(), False)]

    report = AuditReport("stream", "stream.jsonl", [cluster], judged_right=judged_right(labels))

    assert report.rates()["failed_citations"] == 100.0
    assert report.failed_not_judged_right() == 1  # the one judged wrong still counts
    assert report.measured()["failed_citations_not_judged_right_per_100"] == 50.0
    assert "failed_citations_per_100" not in report.measured()
    assert AuditReport("stream", "stream.jsonl", [cluster]).failed_not_judged_right() == 2


def test_rouge1_matches_rouge_score() -> None:
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    pairs = [
        ("A fire destroyed the main warehouse of Marrowick port.", "Fire destroys Marrowick port's main warehouse."),
        ("The mayor resigned on Friday.", "On Friday, the mayor of Marrowick resigned after the fire, aides said."),
        ("The mayor resigned.", "Nothing in common here."),
    ]
    for reference, candidate in pairs:
        assert rouge1_f(reference, candidate) == pytest.approx(scorer.score(reference, candidate)["rouge1"].fmeasure)


def test_lede_scores_place_the_lede_between_the_first_article_and_the_ceiling() -> None:
    reference = "A fire destroyed the main warehouse of Marrowick port on Tuesday. Forty-seven workers were hurt."
    texts = [
        "Marrowick is a port town. A fire destroyed its main warehouse on Tuesday.",
        "The port's main warehouse was destroyed by a fire on Tuesday in Marrowick.",
    ]
    scores = lede_scores("The port's main warehouse was destroyed by a fire on Tuesday in Marrowick.", reference, texts)
    assert scores.first_article == pytest.approx(rouge1_f(reference.split(". ")[0] + ".", "Marrowick is a port town."))
    assert scores.evenhand == scores.ceiling > scores.first_article


@pytest.fixture()
def tiny_lexicon(tmp_path: Path) -> Path:
    """A lexicon in the NRC VAD layout, with made-up scores for words of these tests."""
    path = tmp_path / "lexicon.txt"
    path.write_text(
        "Word\tValence\tArousal\tDominance\n"  # a header line is skipped
        "inferno\t0.100\t0.900\t0.500\nheroic\t0.900\t0.700\t0.600\nport\t0.500\t0.200\t0.500\n"
        "blaze\t0.200\t0.800\t0.400\nmiracle\t0.950\t0.600\t0.500\n",
        encoding="utf-8",
    )
    return path


def test_framing_bias_sums_arousal_of_valenced_words_the_reference_lacks(tiny_lexicon: Path) -> None:
    lexicon = load_lexicon(tiny_lexicon)
    reference = "A blaze hit the port."
    # "inferno" (negative, 0.9) and "Heroic" (positive, 0.7) are added; "blaze" is in the reference,
    # "port" is neutral; a word counts once however often it is repeated, punctuation aside.
    summary = "An inferno, an INFERNO! Heroic crews fought the blaze at the port."
    assert framing_bias(summary, reference, lexicon) == pytest.approx(1.6)
    assert framing_bias(reference, reference, lexicon) == 0.0


def test_framing_scores_cut_every_system_to_seventy_words(tiny_lexicon: Path) -> None:
    lexicon = load_lexicon(tiny_lexicon)
    filler = " ".join(["word"] * 70)
    texts = [f"Heroic crews. {filler}", f"{filler} inferno"]
    scores = framing_scores(f"{filler} miracle", "The port.", texts, lexicon)
    assert scores.evenhand == 0.0  # "miracle" is the 71st word
    assert scores.first_article == pytest.approx(0.7)
    assert scores.mean_article == pytest.approx(0.35)
    # The brief has 70 words: cut to its length, each article is cut as before.
    assert scores.mean_article_matched == pytest.approx(0.35)


def test_framing_scores_length_matched_cuts_articles_to_a_short_brief(tiny_lexicon: Path) -> None:
    lexicon = load_lexicon(tiny_lexicon)
    texts = ["Heroic crews came. The inferno spread.", "Crews came at dawn."]
    scores = framing_scores("Crews came.", "The port.", texts, lexicon)
    assert scores.mean_article == pytest.approx((0.7 + 0.9) / 2)
    assert scores.mean_article_matched == pytest.approx(0.7 / 2)  # "Heroic crews" only


def _brief_with_everything() -> Brief:
    lede = fact("A fire destroyed the main warehouse of Marrowick port on Tuesday.",
                (1, 0, 66, "A fire destroyed the main warehouse of Marrowick port on Tuesday."),
                (2, 0, 64, "On Tuesday a fire destroyed the main warehouse at Marrowick port."))
    narrative = Narrative("Accountability narrative, as provided by Harbour Times",
                          "The port ignored three safety warnings.", (2,), ())
    contested = Contested("how many workers", (
        Claim("47", "Forty-seven workers were hurt.", (1,), ()), Claim("12", "Twelve workers were hurt.", (2,), ()),
    ))
    return Brief(id="b", headline="Fire", lede=lede, narratives=[narrative], contested=[contested])


def test_brief_items_are_what_a_reader_labels() -> None:
    items = brief_items("neus", "c1", _brief_with_everything())
    assert [item.kind for item in items] == ["lede", "citation", "narrative", "contested"]
    assert items[1].text == items[0].text
    assert items[1].span == "On Tuesday a fire destroyed the main warehouse at Marrowick port."
    assert items[2].text == "The port ignored three safety warnings."
    assert items[2].span == "Accountability narrative"  # relabelled, it is read again
    assert items[3].text == "how many workers"


def test_labels_are_committed_by_hash_and_a_text_line_hashes_alike(tmp_path: Path) -> None:
    citation = brief_items("neus", "c1", _brief_with_everything())[1]
    record = item_record(citation)
    assert record["text_hash"] == text_hash("  " + citation.text.replace(" ", "\n", 1))  # whitespace aside
    hashed = {k: record[k] for k in ("set", "cluster", "kind", "text_hash", "span_hash")} | {"label": "right"}
    plain = {"set": "neus", "cluster": "c1", "kind": "citation", "text": citation.text, "span": citation.span,
             "label": "wrong"}
    path = tmp_path / "labels.jsonl"
    path.write_text(json.dumps(hashed) + "\n" + json.dumps(plain) + "\n", encoding="utf-8")
    first, second = load_labels(path)
    assert first.key == second.key == citation.key()
    assert (first.right, second.right) == (True, False)


def _label(item: Item, label: str) -> dict[str, str]:
    return {k: v for k, v in item_record(item).items() if k not in ("text", "span")} | {"label": label}


def test_the_citation_proxy_is_set_against_what_readers_judged() -> None:
    fact = "The Marrowick ferry terminal reopened on Monday after a week of repairs."
    paraphrase = Item("neus", "c1", "citation", fact, "Ferries are running again at Marrowick since Monday.")
    stated = Item("neus", "c1", "citation", fact, "Marrowick's ferry terminal reopened on Monday after repairs.")
    wrong = Item("neus", "c1", "citation", fact, "The Marrowick ferry terminal reopened on Monday to protests.")
    unlabelled = Item("neus", "c1", "citation", fact, "The terminal reopened on Monday after a week of repairs.")
    labels = [Label(paraphrase.key(), True), Label(stated.key(), True), Label(wrong.key(), False)]

    check = proxy_against_labels(labels, [paraphrase, stated, wrong, unlabelled])

    assert check.to_dict() == {"failing_right": 1, "failing_wrong": 0, "passing_right": 1, "passing_wrong": 1}


def test_labelled_precision_counts_only_items_still_printed(tmp_path: Path) -> None:
    items = brief_items("neus", "c1", _brief_with_everything())
    lede, citation, narrative = items[0], items[1], items[2]
    gone_citation = Item("neus", "c1", "citation", citation.text, "Marrowick port reopened its ferry terminal.")
    gone_contested = Item("neus", "c2", "contested", "how many workers")
    lines = [_label(lede, "right"), _label(citation, "right"), _label(gone_citation, "wrong"),
             _label(narrative, "wrong"), _label(gone_contested, "right")]
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")

    precision = labelled_precision(load_labels(path), items)

    assert (precision["citation"].labelled, precision["citation"].present, precision["citation"].gone) == (2, 1, 1)
    assert precision["citation"].precision == 1.0
    assert precision["lede"].precision == 1.0
    assert precision["narrative"].precision == 0.0
    assert precision["contested"].precision is None and precision["contested"].gone == 1
    assert precision["fact"].to_dict() == {"labelled": 0, "present": 0, "gone": 0, "right": 0, "wrong": 0,
                                           "precision": None}


def test_item_keys_ignore_spacing_differences() -> None:
    spaced, plain = Item("neus", "c", "fact", "A  fire\nbroke out."), Item("neus", "c", "fact", "A fire broke out.")
    assert spaced.key() == plain.key()


@pytest.mark.parametrize(
    "line",
    ['{"set": "neus", "cluster": "c", "kind": "quote", "text": "t", "label": "right"}',
     '{"set": "neus", "cluster": "c", "kind": "fact", "text": "t", "label": "maybe"}',
     '{"set": "neus", "kind": "fact", "text": "t", "label": "right"}',
     '{"set": "neus", "cluster": "c", "kind": "fact", "text_hash": "not-a-hash", "span_hash": "", "label": "right"}',
     "not json"],
)
def test_a_malformed_label_line_names_its_file_and_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "labels.jsonl"
    good = '{"set": "neus", "cluster": "c", "kind": "fact", "text": "t", "label": "right"}'
    path.write_text(good + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels\.jsonl:2"):
        load_labels(path)


ARTICLES = [
    ("Harbour Times", "Fire destroys Marrowick port warehouse",
     "A fire destroyed the main warehouse of Marrowick port on Tuesday, the port authority said. "
     "Forty-seven dock workers were treated for smoke inhalation. The blaze began at 3:40 a.m. in a conveyor "
     "gallery. He said the port would reopen next week."),
    ("Coast Courier", "Marrowick warehouse lost to fire",
     "On Tuesday a fire destroyed the main warehouse at Marrowick port. Twelve dock workers were treated "
     "for smoke inhalation, the fire service said. The blaze started at about 3:40 a.m. in a conveyor gallery."),
    ("Orlan Post", "Port fire in Marrowick",
     "Fire destroyed the Marrowick port warehouse on Tuesday. Mayor Ada Okafor said the port would reopen "
     "next week. \"We will rebuild every pier,\" Okafor said."),
]


def _cluster() -> dict[str, object]:
    return {
        "id": "marrowick-fire",
        "articles": [{"source": source, "title": title, "text": text} for source, title, text in ARTICLES],
        "reference": "A fire destroyed the main warehouse of Marrowick port on Tuesday. Workers were hurt.",
    }


def test_run_audit_builds_the_default_brief_and_reports_every_figure(tiny_lexicon: Path) -> None:
    report = run_audit("neus", [_cluster()], lexicon=load_lexicon(tiny_lexicon))
    (cluster,) = report.clusters
    assert cluster.audit.facts == cluster.facts_after_lede + 1
    assert cluster.lede is not None and cluster.framing is not None
    # The ceiling is the best whole sentence; a shortened lede may score above it.
    assert 0.0 < cluster.lede.first_article <= cluster.lede.ceiling and cluster.lede.evenhand > 0.0
    figures = report.to_dict()
    assert figures["printed_facts"] == cluster.audit.facts
    assert set(figures["per_100"]) == {*report.rates()}
    assert set(report.measured()) >= {"median_words", "lede_gap_closed", "framing_reduction",
                                      "framing_reduction_length_matched"}
    assert {item.kind for item in cluster.items} >= {"fact"}


def test_pinned_limits_are_the_tables_the_gate_reads(tiny_lexicon: Path) -> None:
    report = run_audit("neus", [_cluster()], lexicon=load_lexicon(tiny_lexicon))
    items = [item for cluster in report.clusters for item in cluster.items]
    lede = next(item for item in items if item.kind == "lede")
    precision = labelled_precision([Label(lede.key(), True)], items)

    tables = tomllib.loads(pinned_limits([report], precision))

    measured = report.measured()
    limits = tables["neus"]
    assert limits["clusters"] == 1
    assert set(limits["ceilings"]) | set(limits["floors"]) == set(measured)
    assert all(limits["ceilings"][key] >= measured[key] for key in limits["ceilings"])
    assert all(limits["floors"][key] <= measured[key] for key in limits["floors"])
    assert tables["labels"] == {"lede_wrong": 0}


def test_the_labels_gate_holds_wrong_items_and_precision_only_on_a_sample() -> None:
    few = {"citation": Precision("citation", labelled=5, present=4, right=3),
           "fact": Precision("fact", labelled=63, present=43, right=32),
           "narrative": Precision("narrative", labelled=0, present=0, right=0)}
    assert labels_measured(few) == {"citation_wrong": 1.0, "fact_wrong": 11.0, "fact": pytest.approx(32 / 43)}
    tables = tomllib.loads(pinned_limits([], few))
    assert tables["labels"] == {"citation_wrong": 1, "fact_wrong": 11, "fact": 0.731}


def test_bench_audit_prints_json_for_a_data_dir(tmp_path: Path, tiny_lexicon: Path) -> None:
    (tmp_path / "neus_val.jsonl").write_text(json.dumps(_cluster()) + "\n", encoding="utf-8")
    (tmp_path / "nrc_vad_lexicon_2018.txt").write_bytes(tiny_lexicon.read_bytes())
    items = tmp_path / "items.jsonl"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "audit.py"), "--data-dir", str(tmp_path), "--set", "neus", "--json",
         "--items", str(items), "--labels", str(tmp_path / "none.jsonl")],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["sets"]["neus"]
    assert figures["clusters"] == 1 and figures["framing_70_words"] is not None
    written = [json.loads(line) for line in items.read_text(encoding="utf-8").splitlines()]
    assert written and all(line["cluster"] == "marrowick-fire" and line["label"] == "" for line in written)
    assert all(line["text_hash"] == text_hash(line["text"]) for line in written)


_STREAM = SHARED / "data" / "allsides_stream_dev.jsonl"


@pytest.mark.skipif(not _STREAM.exists(), reason=f"{_STREAM} absent: the shared data sets are not here")
@pytest.mark.xfail(strict=True, reason=(
    "reading 42d (MISLEADS), allsides-6020: a story of two states' reopenings prints the Washington Examiner's "
    "'Social distancing rules will end, ...' without its opening 'California will drop most pandemic restrictions "
    "on June 15.', under a New York lede, so it reads as New York's; measured at the end of session 42, joining an "
    "article's second sentence that names nothing to an opening that names a place took 11 ledes and 31 facts "
    "judged right out of the dev briefs, and was not kept"))
def test_a_sentence_whose_place_only_its_articles_opening_names_is_not_printed_under_another_places_lede() -> None:
    from audit_eval import BriefMaker, stream_stories

    story = next(s for s in stream_stories(_STREAM) if s["id"] == "allsides-6020")
    brief = BriefMaker()(story)
    assert brief is not None
    printed = [f.text for f in ([brief.lede] if brief.lede else []) + brief.facts]
    assert not any(text.startswith("Social distancing rules will end") for text in printed), printed


_MULTINEWS = SHARED / "data" / "multinews_dev150.jsonl"


def _printed_of(cluster_id: str) -> list[str]:
    """What the default brief of one Multi-News dev cluster prints, lede first."""
    from audit_eval import BriefMaker, printed_facts

    clusters = map(json.loads, _MULTINEWS.read_text(encoding="utf-8").splitlines())
    brief = BriefMaker()(next(c for c in clusters if c["id"] == cluster_id))
    assert brief is not None
    return [f.text for f in printed_facts(brief)]


@pytest.mark.skipif(not _MULTINEWS.exists(), reason=f"{_MULTINEWS} absent: the shared data sets are not here")
@pytest.mark.xfail(strict=True, reason=(
    "reading 47f (MISLEADS), multinews-048: 'Prior to Thursday, things between Grande and Davidson appeared to be "
    "very civil. The two called it quits earlier this month ...' prints beside USA Today's 'In October, news broke "
    "that ... hasty engagement ended ...': one outlet's relative date, stale or wrong against the other's month, and "
    "the breakup told twice. The retelling checks match claims by their figures and words; 'called it quits "
    "earlier this month' and 'ended in October' share neither, and no rule yet dates 'this month' by its article"))
def test_a_breakup_told_this_month_by_one_outlet_and_in_october_by_another_is_not_printed_twice() -> None:
    printed = _printed_of("multinews-test-sample-048")
    this_month = any("earlier this month" in text for text in printed)
    in_october = any(text.startswith("In October") for text in printed)
    assert not (this_month and in_october), printed


@pytest.mark.skipif(not _MULTINEWS.exists(), reason=f"{_MULTINEWS} absent: the shared data sets are not here")
@pytest.mark.xfail(strict=True, reason=(
    "reading 48g (MISLEADS), multinews-135: Maclean's 'Churches rang their bells and bonfires were lit on the hills "
    "of Balmoral ...' tells Victoria's milestone of 1896, dated only in the sentence before ('On Sept. 23, 1896, Queen "
    "Victoria marked a momentous day ...'); printed alone under a lede on Elizabeth's record, it reads as her "
    "celebration, where the outlet says not to expect one. No rule yet carries a past date a paragraph opens on to "
    "the past-tense sentences after it"))
def test_a_scene_dated_only_by_the_sentence_before_is_not_printed_as_todays() -> None:
    printed = _printed_of("multinews-test-sample-135")
    assert not any(text.startswith("Churches rang their bells") for text in printed), printed


@pytest.mark.skipif(not _MULTINEWS.exists(), reason=f"{_MULTINEWS} absent: the shared data sets are not here")
@pytest.mark.xfail(strict=True, reason=(
    "reading 53g (MISLEADS), multinews-044: the page title run into TMZ's text, 'Alan Thicke Sons Go to War with "
    "His Wife To Protect the Estate', heads the brief and states as fact the sons' motive, which the articles give "
    "as their claim ('believe', 'claiming') and the widow's lawyer calls a smear; a title is skipped for dropping "
    "whose judgement it states only where an article says 'what ... call(s)' (headline._drops_who_calls_it). A "
    "made-up pair in that shape printed no brief at all, so the finding is kept on the real cluster"))
def test_a_title_stating_one_sides_motive_as_fact_is_not_the_headline() -> None:
    from audit_eval import BriefMaker

    clusters = map(json.loads, _MULTINEWS.read_text(encoding="utf-8").splitlines())
    brief = BriefMaker()(next(c for c in clusters if c["id"] == "multinews-test-sample-044"))
    assert brief is not None
    assert "To Protect the Estate" not in brief.headline, brief.headline
