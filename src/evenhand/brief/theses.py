"""A column's title as the thesis it argues, where none of its sentences gives a line of argument.

A piece filed as argument states its point in its title ("The Harbour Levy Is a Tax on Fishermen",
"Keep the Ferry Running. The Island Needs It."), while the sentences a feed or an index gives of it
are often its set-up: an anecdote, or the news it answers (the AllSides stream's 70 columns are
90-word snippets; 18 gave a line of their sentences). Where such a piece argues none of the brief's
narratives, its title is its narrative, quoted as its outlet's words and cited to the title itself.
A title is a thesis only where it says something of its own: a claim (it has a verb) or a call to
its reader; not a question, a topic ("Ferries and Freedom"), an explainer that names its subject
without saying what it holds ("What the Levy Means for the Coast"), nor someone else's claim it
reports ("Harbour Union Calls for Strike", "Mayor Ada Wren: the levy will pass").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .. import lexicon
from ..model import Article, Narrative, Sentence, Support, narrative_label
from .features import words

_MIN_WORDS = 4
_MAX_WORDS = 30
# A section's rubric before the title: "Opinion: ...", "EDITORIAL | ...", "Analysis - ...".
_RUBRIC = re.compile(r"^\s*(?:opinions?|editorial|commentary|column|op-ed|analysis|letters?)\s*[:|–—-]\s*", re.I)
# A verb the title's claim is made with in the present: an auxiliary, a modal, or a verb titles use
# ("The Port Stays Shut", "The Audit Shows the Cost"). A title in the past tense alone tells what
# happened ("... was a gamble. Now it may not happen": neus-val-0249, labelled no argument), unless
# it judges it ("The Council Was Wrong to ...", "The Court Got It Right").
_CLAIMS = re.compile(
    r"\b(?:is|are|be|has|have|do|does|can|cannot|could|should|must|will|would|need|needs|ought|"
    r"(?:is|are|has|have|do|does|ca|could|should|would|wo|need)n['’]t|(?:I|you|we|they)['’](?:m|re|ve|ll)|"
    r"(?:it|that|there|he|she)['’]s|got it (?:right|wrong)|(?:was|were) (?:wrong|right)|"
    r"becomes|stays|shows|matters|means|takes|gives|leads|puts|comes|goes|looks|risks|misses|unites|divides|lacks|"
    r"punishes|"
    # (in the plural too, where the word is seldom a noun: "Fishermen Deserve Better", not "Big Changes")
    # (not after "to": "Council Plans to Keep the Levy" tells a plan; nor a compound, "Make-or-Break")
    r"(?<!to )(?:deserve|prove|seem|fail|owe|threaten|undermine|betray|expose|ignore|belong|remain|make|keep|want|"
    r"know|hurt|help|get|work)s?(?![\w’'-]))\b",
    re.I,
)
# ... or a call to its reader, in any of its sentences: "Don't Close the Library", "Keep It Open",
# "Time to scrap the levy" (not a noun that opens a title: "End of an Era", "Ban on Nets Begins").
_CALLS = re.compile(
    r"(?:(?:^|[.!?:]\s+)(?:Stop|Keep|Don['’]t|Do not|Defend|Let|End|Give|Make|Leave|Ban|Reject|Save|Protect|Fix|"
    r"Scrap|Repeal|Vote|Forget|Remember|Quit|Resist|Listen|Excuse|Abolish|Reopen)(?![\w’'-])"
    r"(?!\s+(?:of|on|for|in|at|to|and|or|as|is|are|was|were|will|has)\b)"
    r"|\b[Tt]ime to\b)"
)
# A title that asks, or names what it explains without saying it: "Is the Levy Fair?", "How the
# Levy Came to Be" ("Why the Levy Must Go" says it must); or a teaser, which promises what it does
# not say: "Here's what the council will do", "Why you should care about the levy" ("Here's why the
# levy matters" says it matters); or a title cut short ("The levy will …").
_NO_CLAIM = re.compile(
    r"\?\W*$|(?:…|\.\.\.)\W*$|^(?:What|How|When|Where|Who|Which)\b|\bhere(?:['’]s| is| are) (?:what|how)\b"
    r"|^why (?:you|we) (?:should|need to) (?:care|know|read|watch|listen)\b|\b(?:everything|what) you need to know\b"
    r"|^(?:why\s+)?(?:is|are|was|were|do(?!\s+not\b)|does|did|can|could|should|would|has)\s+[\w’'-]+\s"
    # ... or a list ("Here Are the Key Takeaways ...", "Things You Should Know Before the Vote")
    r"|^here(?:['’]s| is| are)\s+(?!why\b)|\bthings (?:you|to|we)\b",
    re.I,
)
# A page that carries a show, not a column, whatever section it sits in: "On this episode of ...".
_EPISODE = re.compile(r"^\W*(?:On|In) (?:this|today['’]s|the latest) (?:episode|edition|installment)\b", re.I)
# "... Now it may fail..": a slip of the source's, not an ellipsis.
_DOUBLED_STOP = re.compile(r"(?<=[^.])\.\.$")
# Someone else's claim the title reports: a verb of saying or calling, what a study or experts find
# or warn ("Study finds ...", "..., economists warn"), or a quotation ...
_REPORTED = re.compile(
    r"\b(?:" + "|".join(re.escape(v) for v in lexicon.SPEECH_VERBS) + r")\b"
    r"|(?<![.!?:]\s)(?<!^)\b(?:calls? for|urges?|demands?|asks?)\b"
    r"|\b(?:stud(?:y|ies)|polls?|surveys?|research|data|experts?|economists?|scientists?|analysts?|officials?)"
    r"\s+(?:[\w’'-]+\s+)?(?:warn|find|finds|found|show|shows|say|suggest|suggests|reveal|reveals)\b"
    r"|,\s+(?:[\w’'-]+\s+){0,2}(?:warn|say|argue)\W*$"
    r"|[\"“”]",
    re.I,
)
# ... or a speaker's, named before a colon ("Mayor Ada Wren: ...") or after it ("... scrap the levy:
# economist"), or quoted after it ("Wren: 'We must act'"); a topic before a colon is one word
# ("Juneteenth: ...") or not a name ("Harbour levy: ...").
_SPEAKER_COLON = re.compile(r"^[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)+:|:\s*[a-z][\w\s]{0,30}$|:\s*['‘]")


def thesis(title: str, outlet: str = "") -> str:
    """The claim or call a column's title makes, without its section's rubric or its ``outlet``'s
    name after it ("... - The Veld Post"), or "" where it makes none of its own."""
    text = _DOUBLED_STOP.sub(".", _RUBRIC.sub("", _without_site(title.strip(), outlet)))
    if "|" in text or not _MIN_WORDS <= len(words(text)) <= _MAX_WORDS:
        return ""
    if _NO_CLAIM.search(text) or _REPORTED.search(text) or _SPEAKER_COLON.search(text):
        return ""
    return text if _CLAIMS.search(text) or _CALLS.search(text) else ""


def _without_site(title: str, outlet: str) -> str:
    """The title without the name of the site it was read on at its end: "... | Opinion", "... -
    The Veld Post"."""
    names = [re.escape(name) for name in (outlet, outlet.removeprefix("The ")) if name]
    site = re.compile(r"\s*[|–—-]\s*(?:(?:the\s+)?(?:" + "|".join([*names, "opinions?"]) + r"))\s*$", re.I)
    while (shorter := site.sub("", title)) != title:  # "... - Opinion - The Veld Post"
        title = shorter
    return title


def title_narratives(
    articles: Sequence[Article], columns: Collection[int], argued: Collection[int], heard: Collection[int],
    room: int, kind: str, *,
    source_of: Callable[[int], int], outlet_of: Callable[[int], str], writer_of: Callable[[int], str],
    reason_of: Callable[[int], Sentence | None], support_of: Callable[[Sentence], Support],
    lean_of: Callable[[int], float | None] = lambda article: None,
) -> list[Narrative]:
    """Up to ``room`` narratives of the titles of the ``columns`` (indices of ``articles``) that
    argue in none of their sentences (``argued``), one a column, each labelled ``kind`` (what it
    argues, its title says) and argued by its writer where its source names one (``writer_of``);
    not a show's page ("On this episode of ..."). Outlets no narrative printed has been heard from
    (``heard``: the articles of those printed) come first, and of them, where the articles record
    their outlets' leaning (``lean_of``), the one standing furthest from those heard: two left-leaning
    columns' titles would fill the room a right-leaning one argues in too (reading 44c, allsides-5870).
    A title is followed by the sentence of the column that gives its verdict, where ``reason_of``
    finds one (a bare "The Reaction to the Speech Is Telling" says neither whose nor of what)."""
    heard = list(heard)
    titles = [a.title for a in articles]
    found: dict[str, tuple[int, str]] = {}  # each thesis once: a column two outlets carry, or two pages of one
    for k in sorted(columns):
        said = "" if k in argued or _EPISODE.match(articles[k].text) else thesis(titles[k], outlet_of(k))
        if said:
            found.setdefault(" ".join(said.casefold().split()), (k, said))
    pending = list(found.values())
    out: list[Narrative] = []

    def apart(k: int) -> float:
        """How far the article's recorded leaning stands from the nearest of those heard (0 unknown)."""
        lean, leans = lean_of(k), [x for h in heard if (x := lean_of(h)) is not None]
        return min(abs(lean - x) for x in leans) if lean is not None and leans else 0.0

    while pending and len(out) < room:
        outlets = {outlet_of(h) for h in heard}
        k, said = min(pending, key=lambda p: (outlet_of(p[0]) in outlets, -apart(p[0])))
        pending.remove((k, said))
        heard.append(k)
        start = titles[k].index(said)
        source, writer, reason = source_of(k), writer_of(k), reason_of(k)
        titled = Support(source, start, start + len(said), said, part="title")
        told = (titled, *([support_of(reason)] if reason else []))
        out.append(Narrative(
            label=narrative_label(kind, outlet_of(k), writer),
            text=_with_reason(" ".join(said.split()), [" ".join(s.text.split()) for s in told[1:]]),
            sources=(source,),
            support=told, speaker=writer,
        ))
    return out


def _with_reason(title: str, reasons: Sequence[str]) -> str:
    """A column's quoted title and the verdict that gives its reason: after a title with no full stop of
    its own, a colon, so that the two do not read as one sentence glued ("“The Ugly Reaction to Tim
    Scott's Speech Is Telling” In his ...", reading 51b)."""
    quoted = f"“{title}”"
    if not reasons:
        return quoted
    stopped = title.rstrip("’'\"”)").endswith((".", "!", "?"))  # ("... reopening ‘old wounds.’")
    return f"{quoted}{'' if stopped else ':'} {' '.join(reasons)}"
