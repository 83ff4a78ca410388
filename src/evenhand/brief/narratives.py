"""The competing perspectives a story's outlets argue, each built from their own sentences.

Argument, evaluation and analysis sentences are scored against framings (a security threat,
a doubtful or symbolic affair, a failure of accountability, an overreaction, ...). A
narrative gathers the sentences that carry one framing and is attributed to the outlets they
come from. A second narrative is shown only when the text argues another framing from
other sentences; none is invented from a single voice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..model import Narrative, Sentence, Support
from .segment import count_sentences, named_speaker, words
from .wording import balanced_quotes

_ARGUMENT_KINDS = ("opinion", "quote")
# Sympathy is not an argument, whatever framing words it carries.
_CONDOLENCE = re.compile(
    r"\b(?:thoughts (?:are|go) (?:out )?(?:with|to)|prayers|condolences|hearts go out|sympath|mourn|grieving)", re.I
)
# A narrative is a line of argument: at least two sentences of it, and not an essay.
_MIN_SENTENCES = 2
_MAX_SENTENCES = 4
# Distinct words of its framing a narrative must carry, in all its sentences.
_MIN_CUES = 2
_MAX_WORDS = 110
_THIRD_SIDE = 0.75


@dataclass(frozen=True, slots=True)
class _Scored:
    sentence: Sentence
    frame: str
    strength: float


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every cue, matching at the start of a word ('escalat' finds
    'escalating'), and which framing each cue belongs to."""
    frame_of = {cue: frame for frame, (_, cues) in lexicon.FRAMES.items() for cue in cues}
    ordered = sorted(frame_of, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in ordered) + ")", re.I), frame_of


def frame_scores(text: str) -> dict[str, float]:
    pattern, frame_of = _cues()
    scores: dict[str, float] = {}
    for cue in sorted({m.group(0).lower() for m in pattern.finditer(text)}):
        frame = frame_of[cue]
        # A longer cue is a more specific one ("failure" over "warn"): it breaks ties between framings.
        scores[frame] = scores.get(frame, 0.0) + 1.0 + len(cue) / 1000
    return scores


def _scored(sentences: Sequence[Sentence]) -> list[_Scored]:
    """The sentences that argue: the outlet's opinion or analysis, or a quotation whose named
    speaker argues a framing. A report of what happened is never an argument, however many
    framing words it carries."""
    out = []
    for s in sentences:
        if s.text.rstrip().endswith("?") or s.kind not in _ARGUMENT_KINDS:
            continue  # a question argues nothing on its own
        scores = frame_scores(s.text)
        if not scores:
            continue
        frame, hits = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
        if (s.kind == "quote" and not named_speaker(s.text)) or _CONDOLENCE.search(s.text):
            continue
        polar = lexicon.FRAMES[frame][0] != "neutral"
        strength = hits * (1.5 if s.kind == "opinion" else 1.0) * (1.3 if polar else 1.0)
        out.append(_Scored(s, frame, strength))
    return out


def _pick_frames(by_frame: dict[str, list[_Scored]], max_narratives: int) -> list[str]:
    ranked = sorted(by_frame, key=lambda f: (len({x.sentence.article for x in by_frame[f]}),
                                             sum(x.strength for x in by_frame[f])), reverse=True)
    if not ranked:
        return []
    chosen = [ranked[0]]
    first_polarity = lexicon.FRAMES[ranked[0]][0]
    opposite = [f for f in ranked[1:] if {lexicon.FRAMES[f][0], first_polarity} == {"alarm", "doubt"}]
    others = [f for f in ranked[1:] if f not in opposite and lexicon.FRAMES[f][0] != first_polarity]
    def strength(frame: str) -> float:
        return sum(x.strength for x in by_frame[frame])

    for frame in opposite + others:
        if len(chosen) >= max_narratives:
            break
        # Past two sides, a framing is shown only if argued about as strongly as the second.
        if len(chosen) >= 2 and strength(frame) < _THIRD_SIDE * strength(chosen[1]):
            continue
        chosen.append(frame)
    return chosen


def find_narratives(
    sentences: Sequence[Sentence], *, n_articles: int, support_of: Callable[[Sentence], Support],
    source_of: Callable[[int], int], outlet_of: Callable[[int], str], per_narrative: int, max_narratives: int,
    printed: Sequence[Sentence] = (),
) -> list[Narrative]:
    """The narratives of a story, none repeating a sentence already ``printed`` as a fact."""
    scored = _scored(sentences)
    by_frame: dict[str, list[_Scored]] = {}
    for item in scored:
        by_frame.setdefault(item.frame, []).append(item)
    limit = 1 if n_articles < 2 else max_narratives
    out: list[Narrative] = []
    used: list[Sentence] = list(printed)
    for frame in _pick_frames(by_frame, limit):
        picked = _best(_argued(by_frame[frame]), per_narrative, used)
        if sum(count_sentences(s.text) for s in picked) < _MIN_SENTENCES:
            continue
        if frame_scores(" ".join(s.text for s in picked)).get(frame, 0.0) < _MIN_CUES:
            continue  # a framing word in passing is not a line of argument
        picked.sort(key=lambda s: (s.article, s.start))
        used.extend(picked)
        sources = tuple(sorted({source_of(s.article) for s in picked}))
        outlets = list(dict.fromkeys(outlet_of(s.article) for s in picked))
        out.append(
            Narrative(
                label=f"{frame} narrative, as provided by {_join(outlets)}",
                text=" ".join(" ".join(s.text.split()) for s in picked),
                sources=sources,
                support=tuple(support_of(s) for s in picked),
            )
        )
    return out


def _argued(items: Sequence[_Scored]) -> list[_Scored]:
    """A framing's sentences from the outlets that argue it in their own words: a quotation an
    outlet only reports (a wire story quoting an official) does not make the outlet a side."""
    arguing = {x.sentence.article for x in items if x.sentence.kind == "opinion"}
    return [x for x in items if x.sentence.article in arguing]


def _best(items: Sequence[_Scored], k: int, used: Sequence[Sentence]) -> list[Sentence]:
    """The strongest units of a framing from the outlet that argues it most, none sharing a sentence
    with another or with a unit already used, each text once, within the narrative's length."""
    weight: dict[int, float] = {}
    for x in items:
        weight[x.sentence.article] = weight.get(x.sentence.article, 0.0) + x.strength
    lead = max(weight, key=lambda a: (weight[a], -a), default=-1)
    # One line of argument is one outlet's: another's sentences glued on read as one voice.
    ordered = sorted(
        (x for x in items if x.sentence.article == lead), key=lambda x: (-x.strength, x.sentence.start - x.sentence.end)
    )
    picked: list[Sentence] = []
    length = told = 0
    for item in ordered:
        s = item.sentence
        if not balanced_quotes(s.text) or any(s.overlaps(other) for other in [*used, *picked]):
            continue
        if any(s.text in p.text or p.text in s.text for p in picked):
            continue
        n, k_sentences = len(words(s.text)), count_sentences(s.text)
        if picked and (length + n > _MAX_WORDS or told + k_sentences > _MAX_SENTENCES):
            continue
        picked.append(s)
        length += n
        told += k_sentences
        if len(picked) == k:
            break
    return picked


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
