"""The competing perspectives a story's outlets argue, each built from their own sentences.

A narrative is one line of argument: two to four consecutive sentences of one article, every one
of which argues (a judgement, a call, the writer's stance on a claim, an analytic claim, or an
argument attributed to those who make it: ``lexicon.ARGUMENT_MARKERS``; in a piece filed as
argument, also the writer's own reading of events, kind "opinion", so long as the line has one
marked word, and one reason between two verdicts), in one voice (the outlet's, with at most one
named speaker whose words it quotes); it may open on the report its argument leans on. A report of
what happened is never an argument, however many framing words it carries. Each line is labelled
by the framing it argues (a security threat, a doubtful or symbolic affair, a failure of
accountability, an overreaction, ...) where its sentences carry that framing's stance and subject;
where none fits, the writer's own line in a piece filed as argument or written in the first
person, or one named speaker's line a report relays, is "Critical" or "Supportive" by the verdict
it does not concede (``lexicon.VERDICTS_AGAINST``, ``VERDICTS_FOR``; a line partly of the writer's
reading, by the verdict of two of its sentences), and a column's line that gives no verdict is its
writer's "Commentary", which takes what room the others leave. Each is attributed to the outlet
whose sentences it prints. A second narrative is shown only when another line argues another
framing, or another outlet's line goes the same verdict's way or is commentary too (neither says
what a line argues); where no outlet argues, there is none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..model import COMMENTARY, Article, Narrative, Sentence, Support, narrative_label
from .features import content_stems, last_names, words
from .kinds import is_aside
from .sections import writes_in_first_person
from .segment import count_sentences
from .standalone import SPEAKER_NAME, SPEECH_VERB_WORDS, attributed, leans_back, named_speaker
from .theses import title_narratives
from .wording import balanced_quotes

# Sympathy is not an argument, whatever framing words it carries.
_CONDOLENCE = re.compile(
    r"\b(?:thoughts (?:are|go) (?:out )?(?:with|to)|prayers|condolences|hearts go out|sympath|mourn|grieving)", re.I
)
# A narrative is a line of argument: at least two sentences of it, and not an essay.
_MIN_SENTENCES = 2
_MAX_SENTENCES = 4
_MAX_WORDS = 110
# Distinct argument markers a line must carry, and words of its framing.
_MIN_MARKERS = 2
_MIN_CUES = 2
_THIRD_SIDE = 0.75
# Sentences of one article are consecutive when only the space or paragraph break between them separates them.
_MAX_GAP = 3
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘]?[A-Z])")
# "Not perfectly, of course, ...", "Nor ...": an answer to the sentence before, not a line's opening.
_ELLIPTIC = re.compile(r"^[\"“‘']?(?:Not|Nor)\b")
# ... nor is a turn to what follows ("Let's see how we got here.", "Here's why."): allsides-6093.
_TURN = re.compile(r"^(?:Let['’]s (?:see|look|consider|review|recap|start)|Here['’]s (?:why|how|what)|Consider)\b")
_CALLS = frozenset(lexicon.CALL_MARKERS)
# ... or of a column's remark, in any person of their own ("we can see why she would be ...")
_WRITER_SPEAKS = re.compile(r"(?<![\w'’])(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?![\w'’])|(?<![\w'’])(?:I|[Ww]e)['’]")
# A heading ("The bottom line…") or a cut ("... to help...") is no sentence of a line.
_CUT = re.compile(r"(?:…|\.\.\.)[\"”’]?[^\S\n]*(?:$|\n)")
# A charge is named, not argued: "reckless endangerment", "reckless homicide".
_CHARGE = re.compile(r"\breckless(?:ly)?(?=\s+(?:endanger|homicide|driving|manslaughter|conduct))", re.I)


@dataclass(frozen=True, slots=True)
class _Line:
    """Consecutive units of one article that argue one framing in one voice."""

    units: tuple[Sentence, ...]
    frame: str
    strength: float
    # its sentences that argue in the writer's reading alone, in no marked word
    unworded: int = 0

    @property
    def article(self) -> int:
        return self.units[0].article


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    """One pattern for every cue, matching at the start of a word ('escalat' finds
    'escalating'), and which framings each cue belongs to ("dangerous": a security threat, a
    health risk)."""
    frames_of: dict[str, tuple[str, ...]] = {}
    for frame, (_, stance_cues, topic_cues) in lexicon.FRAMES.items():
        for cue in (*stance_cues, *topic_cues):
            frames_of[cue] = (*frames_of.get(cue, ()), frame)
    ordered = sorted(frames_of, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in ordered) + ")", re.I), frames_of


@lru_cache(maxsize=2)
def _markers(opinion: bool) -> re.Pattern[str]:
    """Words that argue: in a piece filed as argument, also the writer's own verdicts and stance
    (``lexicon.VERDICTS_AGAINST``, ``VERDICTS_FOR``, ``OPINION_STANCE``), which in a news report are
    a source's or a headline's."""
    found = set(lexicon.ARGUMENT_MARKERS)
    if opinion:
        found |= {*lexicon.VERDICTS_AGAINST, *lexicon.VERDICTS_FOR, *lexicon.OPINION_STANCE}
    ordered = sorted(found, key=len, reverse=True)
    # "I'm" is written with either apostrophe.
    alternatives = "|".join(re.escape(m).replace("'", "['’]") for m in ordered)
    return re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w'’-])", re.I)


def writer_argues(text: str) -> bool:
    """Whether a sentence of a piece filed as argument carries, in the writer's own words, a word
    that argues or a verdict ("is right to resume", "the best thing ... can do"): the writer's
    argument, never a fact."""
    plain = _writers_words(text)
    return bool(_markers(True).search(plain)) or _compound_verdict(plain)


def writer_judges(text: str) -> bool:
    """Whether the writer's own words, outside any quotation, pass a verdict on someone or
    something, a compound's last word too ("New York's often-feckless mayor", allsides-5932; not
    "a no-nonsense sheriff", "the must-pass bill", "a wrong-way driver")."""
    plain = _writers_words(text)
    return any(m.group(0).lower() in _VERDICT_WORDS for m in _markers(True).finditer(plain)) or _compound_verdict(plain)


def _writers_words(text: str) -> str:
    """A sentence's words outside its quotations, a charge's name ("reckless endangerment") left out."""
    return _CHARGE.sub(" ", _unquoted(text))


def _compound_verdict(plain: str) -> bool:
    compounds = (m for m in _COMPOUND.finditer(plain) if m.group(1).lower() not in ("no", "non"))
    return any(m.group(2).lower() in _VERDICT_WORDS for m in compounds)


# A compound and its last word: "often-feckless", "no-nonsense".
_COMPOUND = re.compile(r"\b([A-Za-z]+)(?:-[A-Za-z]+)*-([A-Za-z]+)\b")


def _frame_cues(text: str) -> dict[str, set[str]]:
    pattern, frames_of = _cues()
    found: dict[str, set[str]] = {}
    for match in pattern.finditer(text):
        cue = match.group(0).lower()
        for frame in frames_of[cue]:
            found.setdefault(frame, set()).add(cue)
    return found


def frame_scores(text: str) -> dict[str, float]:
    # A longer cue is a more specific one ("failure" over "warn"): it breaks ties between framings.
    return {frame: sum(1.0 + len(cue) / 1000 for cue in cues) for frame, cues in _frame_cues(text).items()}


def argued_frame(text: str) -> str | None:
    """The framing a line of argument carries, if it carries one: of the framings with at least
    ``_MIN_CUES`` distinct words in it, among them a word of the framing's stance where it takes
    one and a word of its subject where it is named for one ("Security-threat": a danger, and
    security; a danger to health is a health risk), the one with most."""
    found = _frame_cues(text)
    scores = frame_scores(text)

    def carried(frame: str) -> bool:
        cues = found[frame]
        _, stance_cues, topic_cues = lexicon.FRAMES[frame]
        return len(cues) >= _MIN_CUES and not (stance_cues and not cues & set(stance_cues)) and not (
            topic_cues and not cues & set(topic_cues)
        )

    return max((f for f in found if carried(f)), key=lambda f: (scores[f], f), default=None)


def _sentences(text: str) -> list[str]:
    """The sentences of a unit, split where one ends outside any quotation (a sentence may end on
    one: '... about “the wisdom of the people.” This expression ...')."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text) if not any(a < m.end() < b for a, b in quoted)]
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return [part for part in parts if part.strip()]


def _markers_in(unit: Sentence, opinion: bool = False) -> list[set[str]]:
    """The argument markers of each sentence of a unit. A quotation's words are its speaker's, and
    count only where the unit is that speaker's quotation; elsewhere only the writer's words count."""
    pattern = _markers(opinion)
    return [
        {m.group(0).lower().replace("’", "'") for m in pattern.finditer(_CHARGE.sub(" ", part))}
        for part in (_sentences(unit.text) if unit.kind == "quote" else map(_unquoted, _sentences(unit.text)))
    ]


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _voice(unit: Sentence) -> frozenset[str] | None:
    """Whose argument a unit makes: None for the writer's own words, else the names it gives
    outside quotation marks for whoever it quotes or reports (empty where that is a pronoun, "he
    said", going on from the speaker before)."""
    if unit.kind != "quote" and not attributed(_THING_SAYS.sub(" ", unit.text)):
        return None
    return last_names(_QUOTED.sub(" ", unit.text))


# An idea that "says" is no one speaking: "QAnon is a crackpot conspiracy theory that says Donald Trump is
# ..." is the writer's own line (neus-val-0236, review 43b), not one relayed; a union or a statement "that
# said" is someone's words (review 43c).
_THING_SAYS = re.compile(
    r"\b(?:theory|theories|ideas?|notions?|myths?|beliefs?|doctrines?|laws?|rules?|principles?) (?:that|which) "
    r"(?:says?|holds?|claims?)\b"
)


def _one_voice(run: Sequence[Sentence]) -> bool:
    """Whether a run is one line of argument: the writer's words, and at most one speaker's that
    they report or quote; two speakers (a union leader after an outlet's own aside is fine, a
    union leader and a minister are two lines) are not."""
    named = [v for u in run if (v := _voice(u))]
    return not named or bool(frozenset.intersection(*named))


def _usable(s: Sentence, used: Sequence[Sentence], opinion: bool = False) -> bool:
    # A column's writer speaking for themselves is its argument, not an aside, where they argue in
    # a marked word ("The Games, I'm afraid, just aren't woke enough.", allsides-5885, the turn
    # that makes the sentences before it sarcasm); a caption, a correction or damaged text is not.
    aside = s.kind == "aside" and not (
        opinion and _WRITER_SPEAKS.search(_unquoted(s.text)) and writer_argues(s.text) and not is_aside(s.text)
    )
    if aside or s.kind == "fragment" or s.text.rstrip().endswith("?") or _CONDOLENCE.search(s.text):
        return False  # a question argues nothing on its own
    if s.kind == "quote" and not named_speaker(s.text):
        return False  # a quotation argues for its speaker, who must be named
    return balanced_quotes(s.text) and not any(s.overlaps(u) for u in used)


def _lines(
    units: Sequence[Sentence], used: Sequence[Sentence], opinion: bool = False, voiced: bool = False
) -> list[_Line]:
    """Every line of argument in one article's units (in text order): runs of consecutive units,
    each of whose sentences carries an argument marker, with at least ``_MIN_MARKERS`` distinct
    ones, not calls alone outside an ``opinion`` section (a court's order or an agency's guidance
    is a report), in one voice (:func:`_one_voice`), and a framing (:func:`argued_frame`). In an
    opinion section a line of three or four sentences may carry one of the writer's own that
    argues in no marked word (the reason between two verdicts), and where no framing fits, it is
    labelled by which way its verdicts go (:func:`_verdict_frame`); so it is where the writer
    argues in the first person (``voiced``), though there calls alone stay reports. In an opinion
    section the writer's sentences read as their own reading of events (kind "opinion": a guess,
    an analysis, a condition, a word to the reader) argue too, though they carry no marked word;
    a line of them needs one marked word all the same, and is "Commentary" where it argues no
    framing and two of its sentences give no verdict one way. A line may open on the report its
    argument leans on (:func:`_premise`), never on a turn to what follows, nor end on one."""
    writer = opinion or voiced
    usable = [u for u in units if _usable(u, used, opinion)]
    marks = {id(u): _read_as_argument(u, _markers_in(u, writer), opinion) for u in usable}
    arguing = [u for u in usable if all(marks[id(u)]) or (opinion and _voice(u) is None)]
    size = {id(u): (count_sentences(u.text), len(words(u.text))) for u in arguing}
    starting: dict[int, list[Sentence]] = {}
    for unit in arguing:
        starting.setdefault(unit.start, []).append(unit)
    out: list[_Line] = []

    def extend(run: tuple[Sentence, ...], told: int, length: int) -> None:
        if told >= _MIN_SENTENCES:
            line = _line(run, marks, opinion, writer)
            if line is not None:
                out.append(line)
        for gap in range(1, _MAX_GAP + 1):
            for nxt in starting.get(run[-1].end + gap, ()):
                k, n = size[id(nxt)]
                if told + k <= _MAX_SENTENCES and length + n <= _MAX_WORDS:
                    extend((*run, nxt), told + k, length + n)

    for unit in arguing:
        k, n = size[id(unit)]
        parts = _sentences(unit.text)
        opens = all(marks[id(unit)][:1]) or _premise(parts, marks[id(unit)])
        if opens and not (_ELLIPTIC.match(parts[0]) or _TURN.match(parts[0])) and k <= _MAX_SENTENCES \
                and n <= _MAX_WORDS:
            extend((unit,), k, n)
    return out


def _premise(parts: Sequence[str], marks: Sequence[set[str]]) -> bool:
    """Whether a unit opens on what its argument, the sentence after, leans on ("The port closed two
    piers again. Despite ... what might look like a step backward, the recovery must not flag."):
    a line may open on it, as a reader needs it."""
    return len(parts) > 1 and len(marks) > 1 and bool(marks[1]) and leans_back(parts[1])


def _read_as_argument(unit: Sentence, marks: list[set[str]], opinion: bool) -> list[set[str]]:
    """A unit's marks, where in an ``opinion`` section a sentence of the writer's own reading
    (:func:`_lines`) that carries no marked word is marked as such (once per sentence: each counts
    towards a line's distinct marks)."""
    if not (opinion and unit.kind == "opinion" and _voice(unit) is None):
        return marks
    return [m or {f"{_READING}{unit.start}.{k}"} for k, m in enumerate(marks)]


# The mark of a sentence argued in no marked word (no argument marker opens on a parenthesis).
_READING = "(reading) "


def _line(run: tuple[Sentence, ...], marks: dict[int, list[set[str]]], opinion: bool, writer: bool) -> _Line | None:
    sentences = [m for u in run for m in marks[id(u)]]
    found = set().union(*sentences)
    worded = {m for m in found if not m.startswith(_READING)}
    unmarked = sum(not m for m in sentences)
    voices = [_voice(u) for u in run]
    if unmarked > (1 if len(sentences) >= 3 else 0) or not sentences[-1]:
        return None  # a line opens and closes on its argument, with at most one reason between
    parts = [part for u in run for part in _sentences(u.text)]
    if any(_CUT.search(part) for part in parts) or _TURN.match(parts[-1].lstrip()):
        return None  # a heading or a cut, or a line ending where the writer turns to what follows
    if not worded or len(found) < _MIN_MARKERS or not (opinion or found - _CALLS) or not _one_voice(run):
        return None
    # A verdict labels the writer's own line in a piece the writer argues, or the line of one speaker
    # a report names first and relays; not the writer's words around someone else's, nor what
    # unnamed people said (whose verdict is it?).
    own = all(v is None for v in voices)
    named = named_speaker(run[0].text) and all(v is not None for v in voices)
    # A verdict word among the writer's reading may only describe ("an often dysfunctional daily
    # existence", allsides-5870): such a line says which way it goes where two of its sentences do.
    unworded = sum(any(m.startswith(_READING) for m in marked) for marked in sentences)
    by_verdict = ((writer and own) or named) and (not unworded or _verdict_sentences(run, writer) >= 2)
    frame = argued_frame(" ".join(u.text for u in run)) or (_verdict_frame(run, writer) if by_verdict else None)
    if frame is None and opinion and own:
        frame = COMMENTARY
    if frame is None:
        return None
    polar = _polarity(frame) not in ("neutral", "commentary")
    weight = 1.5 if any(u.kind != "quote" for u in run) else 1.0  # the outlet argues in its own words
    return _Line(run, frame, len(worded) * weight * (1.3 if polar else 1.0), unworded)


# Where no framing fits, a line is labelled by which way its verdicts go; the two are opposites.
_VERDICT_FRAMES = {"Critical": "against", "Supportive": "for"}
# ... and where it gives no verdict either, a column's line is its writer's commentary (COMMENTARY).
# Neither says what a line argues.
_UNNAMED_FRAMES = {**_VERDICT_FRAMES, COMMENTARY: "commentary"}
_AGAINST = frozenset(lexicon.VERDICTS_AGAINST)
_FOR = frozenset(lexicon.VERDICTS_FOR)
_VERDICT_WORDS = _AGAINST | _FOR


# What a sentence concedes before its own verdict: a leading "Despite ...," clause, or all before
# its last "but" or "yet".
_CONCESSION = re.compile(r"^\W*(?:despite|although|though|while|even if|even though|for all)\b[^,;:—]*[,;:—]", re.I)
# A verdict denied is none: "there is nothing wrong with ...", "he's not wrong", "neither reckless nor
# a giveaway", "anything but a disgrace", "far from a disgrace" (review 43b).
_DETERMINERS = "(?:the|its|his|her|their|our|my|your|this|that|these|those|only)"
_NEGATED = re.compile(
    r"\b(?:not|no|nothing|never|hardly|\w+n['’]t)\W+(?:\w+\W+){0,2}$"
    # (these only where the verdict is what they govern: "far from being a disgrace", "nor is it
    # reckless", not "far from the only reckless decision", "nor its reckless chairman": reviews 43c, 43d)
    r"|\b(?:neither|nor|anything but|far from)\s+(?:(?!" + _DETERMINERS + r"\b)[\w'’]+\s+){0,2}$",
    re.I,
)
_CONTRAST = re.compile(r"[,;—]\s*(?:but|yet)\b|^\W*(?:but|yet|instead)\b", re.I)


def _verdicts(sentence: str, quoted: bool, writer: bool) -> tuple[bool, bool]:
    """Whether a sentence's own verdict goes against and for what it judges: the verdict after its
    last contrast where that gives one, not a conceded clause's ("Despite what might look like a
    step backward, the response must not flag"; "a welcome shift, but ... no confidence"). The
    words counted are those :func:`_markers_in` counts."""
    text = _CHARGE.sub(" ", sentence if quoted else _QUOTED.sub(" ", sentence))
    parts = [*[text[m.end():] for m in _CONTRAST.finditer(text)][::-1], _CONCESSION.sub(" ", text)]
    pattern = _markers(writer)
    for part in parts:
        found = {
            m.group(0).lower().replace("’", "'") for m in pattern.finditer(part)
            if not _NEGATED.search(part, 0, m.start())
        }
        if found & _AGAINST or found & _FOR:
            return bool(found & _AGAINST), bool(found & _FOR)
    return False, False


def _verdict_sentences(run: Sequence[Sentence], writer: bool) -> int:
    """How many sentences of a line give a verdict one way (:func:`_verdicts`)."""
    return sum(
        len(set(_verdicts(part, u.kind == "quote", writer))) == 2 for u in run for part in _sentences(u.text)
    )


def _verdict_frame(run: Sequence[Sentence], writer: bool) -> str | None:
    """"Critical" for a line whose verdict goes against what it judges, "Supportive" for one whose
    verdict goes for it: the verdict of its last sentence that gives one one way only (a line
    grants a point, then makes its own: "the best thing to do is ...; yet many are undermining
    ..."), a sentence's own verdict being the one it does not concede (:func:`_verdicts`); none
    where it gives none."""
    sentences = [(part, u.kind == "quote") for u in run for part in _sentences(u.text)]
    for sentence, quoted in reversed(sentences):
        against, for_ = _verdicts(sentence, quoted, writer)
        if against != for_:
            return "Critical" if against else "Supportive"
    return None


def _polarity(frame: str) -> str:
    return _UNNAMED_FRAMES.get(frame) or lexicon.FRAMES[frame][0]


def _pick_frames(by_frame: dict[str, list[_Line]], max_narratives: int) -> list[str]:
    def strength(frame: str) -> float:
        return sum(x.strength for x in by_frame[frame])

    # Commentary says least of what a line argues: it takes what room a framing or a verdict leaves.
    ranked = sorted(
        by_frame, key=lambda f: (f != COMMENTARY, len({x.article for x in by_frame[f]}), strength(f)), reverse=True
    )
    if not ranked:
        return []
    chosen = [ranked[0]]
    first_polarity = _polarity(ranked[0])
    opposite = [f for f in ranked[1:] if {_polarity(f), first_polarity} in ({"alarm", "doubt"}, {"against", "for"})]
    others = [f for f in ranked[1:] if f not in opposite and _polarity(f) != first_polarity]
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
    printed: Sequence[Sentence] = (), opinion: Callable[[int], bool] = lambda article: False,
    writer_of: Callable[[int], str] = lambda article: "", articles: Sequence[Article] = (),
    lean_of: Callable[[int], float | None] = lambda article: None,
) -> list[Narrative]:
    """The narratives of a story, none repeating a sentence already ``printed`` as a fact;
    ``opinion`` says which articles are filed as argument (:func:`opinion_section`), ``writer_of``
    who wrote a column where its source names them and not its publication (:func:`columnist`).
    Where there is room, a column (of ``articles``, the story's) that argues none of them gives its
    title as its thesis (:func:`evenhand.brief.theses.title_narratives`; ``lean_of``: the leaning
    its article records, for the columns' balance)."""
    by_article: dict[int, list[Sentence]] = {}
    for s in sentences:
        by_article.setdefault(s.article, []).append(s)
    by_frame: dict[str, list[_Line]] = {}
    for article in sorted(by_article):
        units = sorted(by_article[article], key=lambda s: (s.start, s.end))
        for line in _lines(units, printed, opinion(article), writes_in_first_person(units)):
            by_frame.setdefault(line.frame, []).append(line)
    limit = 1 if n_articles < 2 else max_narratives
    out: list[Narrative] = []
    out_lines: list[_Line] = []
    used: list[Sentence] = list(printed)
    chosen = _pick_frames(by_frame, limit)
    # A verdict says which way a line goes, not what it argues, and commentary neither: another
    # outlet's line so labelled may argue something else, so it may follow where there is room.
    again = [f for f in chosen if f in _UNNAMED_FRAMES]
    for frame in (chosen + again)[:limit]:
        taken = {x.article for x in out_lines if x.frame == frame}
        best = _best([x for x in by_frame[frame] if x.article not in taken], per_narrative, used)
        if best is None:
            continue
        out_lines.append(best)
        used.extend(best.units)
        reported = all(_voice(s) is not None for s in best.units)
        # A column's own line is its writer's argument: "argued by Jonathan Turley, as provided by The Hill".
        speaker = _speaker(best.units, by_article[best.article]) if reported else writer_of(best.article)
        out.append(
            Narrative(
                label=narrative_label(frame, outlet_of(best.article), speaker),
                text=" ".join(" ".join(s.text.split()) for s in best.units),
                sources=(source_of(best.article),),
                support=tuple(support_of(s) for s in best.units),
                reported=reported,
                speaker=speaker,
            )
        )
    columns = [k for k in range(len(articles)) if opinion(k)]
    # (a column whose line was found but not chosen argues in its sentences: its title would stand in for them)
    argued = {x.article for lines in by_frame.values() for x in lines}
    return out + title_narratives(
        articles, columns, argued, [x.article for x in out_lines], limit - len(out), COMMENTARY,
        source_of=source_of, outlet_of=outlet_of, writer_of=writer_of, support_of=support_of, lean_of=lean_of,
        reason_of=lambda article: _opening_verdict(by_article.get(article, []), used, articles[article].title),
    )


# How far into a column its verdict may come to follow its title: its opening sentences.
_VERDICT_REACH = 3
# A verdict the sentence after turns or mocks ("The levy is a brilliant reform. What could possibly go
# wrong?", "... Or so the council claims."), or one the sentence gives to others ("Fishermen think
# the levy is a disgrace", "To hear the council tell it, ...", "Supporters call it ..."): review 44b.
_TURNED = re.compile(r"^\W*(?:But|Yet|Still|However|Or so|Or not|Then again|Not so|Hardly|Think again)\b")
_OTHERS_VIEW = re.compile(
    r"\b(?:(?:[Tt]hey|[Mm]any|[Ss]ome|[Cc]ritics|[Ss]upporters|[Oo]pponents|[A-Z][\w’'-]+)\s+"
    r"(?:think|thinks|believe|believes|claim|claims|insist|insists|argue|argues|fear|fears|say|says)"
    r"|calls?\s+(?:it|them|this)|[Tt]o hear|we are told|[Oo]r so)\b"
)


# What a verdict says of a thing is no sign of the thing: a reason shares a word of its title that names it.
_VERDICT_STEMS = content_stems(" ".join(_VERDICT_WORDS))


def _opening_verdict(units: Sequence[Sentence], used: Sequence[Sentence], title: str) -> Sentence | None:
    """The first of a column's opening sentences that gives the writer's own verdict one way on what
    its ``title`` names, the same way as the title where it gives one, standing alone and not turned
    by the sentence after it ("Tim Scott gave a competent response to a mendacious speech last
    night." under "The Reaction to Scott's Speech Is Telling"): what its title says of what."""
    ordered = sorted(units, key=lambda s: (s.start, s.end))
    titled = _verdicts(title, False, True)
    for unit in ordered[:_VERDICT_REACH]:
        if unit.kind in ("quote", "aside") or count_sentences(unit.text) > 1 or _voice(unit) is not None:
            continue
        verdict = _verdicts(unit.text, False, True)
        after = next((u for u in ordered if u.start >= unit.end), None)
        turned = after is not None and (after.text.rstrip().endswith("?") or bool(_TURNED.match(after.text)))
        if verdict[0] == verdict[1] or (titled[0] != titled[1] and verdict != titled) or turned:
            continue
        named = (content_stems(title) - _VERDICT_STEMS) & unit.content
        others = _OTHERS_VIEW.search(_unquoted(unit.text)) or leans_back(unit.text)
        if named and not others and _usable(unit, used, True):
            return unit
    return None


# Who argues a line its outlet reports: the name a speech verb follows or opens on ("..., Gadre
# said", "said Mark Springer", "Secretary General Ban Ki-moon called ..."), not a pronoun.
# (a name after the verb closes the clause: '..., said Mark Springer, an evolutionary geneticist', not
# "a theory that says Donald Trump is ...")
_SPEAKER = re.compile(
    rf"({SPEAKER_NAME})\s+(?:{SPEECH_VERB_WORDS})\b|\b(?:{SPEECH_VERB_WORDS})\s+({SPEAKER_NAME})\s*(?:[,.;]|$)"
)


def _speaker(run: Sequence[Sentence], units: Sequence[Sentence]) -> str:
    """The speaker whose argument a reported line is, as fully as the article names them ("Gadre"
    is "Arun Gadre" where the article said "gynecologist Arun Gadre"), or "" where no name is given."""
    found = next((m for u in run if (m := _SPEAKER.search(_unquoted(u.text)))), None)
    if found is None:
        return ""
    name = found.group(1) or found.group(2)
    fuller = (
        m.group(0) for u in units
        if (m := re.search(rf"(?:[A-Z][\w’'.-]*\s+){{1,2}}{re.escape(name.split()[-1])}\b", _unquoted(u.text)))
    )
    return next((f for f in fuller if len(f.split()) > len(name.split())), name)


def _best(lines: Sequence[_Line], k: int, used: Sequence[Sentence]) -> _Line | None:
    """The strongest line of a framing, of at most ``k`` units, sharing no sentence with one already
    used: one outlet's line (another's sentences glued on would read as one voice); of two equally
    strong, the one with fewer sentences argued in no marked word (a tail of the writer's reading
    adds no argument: allsides-5825's "However, it is going to take longer than once hoped."), then
    the longer."""
    fitting = [x for x in lines if len(x.units) <= k and not any(s.overlaps(u) for s in x.units for u in used)]
    return max(
        fitting,
        key=lambda x: (
            x.strength, -x.unworded, sum(count_sentences(s.text) for s in x.units), -x.article, -x.units[0].start,
        ),
        default=None,
    )
