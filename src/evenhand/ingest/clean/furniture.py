"""The patterns of a page's own lines: copyright notices, bylines, datelines, counters, photo
credits and captions, labels for other content, calls to action and sales pitches, notices
addressed to the reader, notes about the piece, disclosures and the note about the writer."""

from __future__ import annotations

import re

from ...lexicon import MONTH_PATTERN, REPORTING_WORDS

_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.*)$", re.I)
# "By Ines Carrow" or "By Ines Carrow, Chief Reporter": the name, then at most a short role.
_BYLINE = re.compile(
    r"^\s*(?i:by|written by|reporting by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?:\s*[,|–-]\s*[A-Z][\w'’-]*(?:\s+[\w&'’-]+){0,4})?\s*$"
)
_COUNTER = re.compile(
    r"^\s*[\d.,]+\s*[kKmM]?\s+(?:comments?|views?|shares?|likes?|reads?|reactions?|replies)\s*$", re.I
)
_CREDIT = re.compile(
    r"(?:\b(?:file\s+)?(?:image|photo|picture|pic|video)s?(?:\s+credit)?\s*[:/]\s*[\w .,&/'’-]{2,60}"
    r"|\((?:[\w.'’-]+\s+){0,3}(?:photo|image|picture)s?\b[^)]{0,60}\)"
    r"|^\W*(?:photo\s+|image\s+)?credits?\s*:\s*[^.!?]{2,60}\)?)\s*$",
    re.I,
)
# A caption that ends with its credit in capitals ("... at the boat ramp. By U.S. CUSTOMS AND
# BORDER PROTECTION"), as agencies and picture desks write them.
_CAPITAL_CREDIT = re.compile(r"[.!?]\s+(?i:photo\s+)?(?i:by|credit:)\s+[A-Z][A-Z.&'’/ -]{3,60}$")
# A caption places the people in its photo: "Jo Reyes (left) and Ines Carrow", "(L-R) ...", "(second
# from right)". A party label ("Sen. Jo Reyes (R)") is not this, nor "(pictured)", which Daily Mail
# prose uses in running text.
_PLACED_IN_PHOTO = re.compile(
    r"\((?:(?:second|third|fourth|far|front row|back row|top|bottom),?\s+)?(?:from\s+)?"
    r"(?:left|right|cent(?:re|er)|l-r|left to right)\)",
    re.I,
)
_CAPTION_WORDS = 60
_PROMO = re.compile(
    r"^\s*(?:also read|read more|read also|related|see also|watch|recommended|more from|more on|"
    r"must read|trending|sponsored|advertisement|listen)\b\s*([:|–-])?", re.I
)
# A copyright notice names a year, the sign or its rights, or is a few words; a paragraph that
# opens with the word ("Copyright claims against the archive rose ...") is the article's.
_COPYRIGHT_NOTICE = re.compile(r"©|\(c\)|\b\d{4}\b|rights reserved", re.I)
_COPYRIGHT_WORDS = 8
# Calls to action: a line that opens with one, or a short line that carries a sales pitch or
# an account prompt and reports nothing (no one "said" it).
_CTA = (
    r"(?:sign\s*in|sign\s*up|log\s*in|register|subscribe|newsletter|follow us|click here|join (?:now|us|today)|"
    r"submit (?:a|your) letter|follow (?:\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|tiktok|youtube)|"
    r"share (?:this|on)|leave a (?:comment|reply)|post a comment|comments? (?:are|is) closed|"
    r"enable javascript|accept cookies|cookie (?:policy|settings))\b"
)
_CALL_TO_ACTION = re.compile(r"^\W*(?:please\s+)?(?:to\s+)?" + _CTA, re.I)
_PITCH = re.compile(
    r"\b(?:sign(?:ing)?\s*in|sign(?:ing)?\s*up|log\s*in|subscri(?:be|bers?|ptions?)|newsletters?|unlimited access|"
    r"follow us|click here|share this|free trial|never miss|submit (?:a|your) letter|letters? to the editor|"
    r"we want to hear (?:from you|what you think)|"
    r"download (?:\w+ ){0,3}apps?|apps? for (?:ios|android)|"
    r"follow (?:\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|tiktok|youtube|x)\b)",
    re.I,
)
# Where a line with one pitch must be short to be furniture, two pitches mark a longer one, and
# up to _PITCHES_WORDS a line with two is furniture only where it speaks as the site or is off the
# article's subject (a review of a sign-up process pitches nothing).
_PITCH_WORDS = 16
_PITCHES_SURE_WORDS = 25
_PITCHES_WORDS = 45
# The reader is told about the site, not the story: what addressing them marks as furniture.
_SITE_ACTION = re.compile(
    r"\b(?:subscri\w*|newsletters?|sign(?:ing)?\s*(?:in|up)|log(?:ging)?\s*in|accounts?|membership|"
    r"download\w*|apps?|click\w*|cookies?|browser|javascript|ad\s*-?blockers?|donat\w+|"
    r"notifications?|alerts|unlimited access|free trial|our (?:site|website|journalism|newsletters?)|"
    r"tweets?|your (?:website|timeline|location history|profile|settings))\b",
    re.I,
)
# A line about the piece itself ("This article was originally published by ...", "This story
# has been updated"): publishing notes, not reporting.
_ABOUT_ITSELF = re.compile(
    r"^\W*(?:this|the above) (?:report|article|story|piece|post|version|content|copy)\b(?: \w+)?\s+"
    r"(?:was|has been|is|first|originally|appeared|appears|has|contains)\b",
    re.I,
)
# A web archive's note on how it crawled the page, kept in place of the page it could not save:
# about the archive, not the story.
_ARCHIVE_NOTICE = re.compile(
    r"\bcrawls? (?:are|is|was|were) part of an effort to archive\b|"
    r"\b(?:has been|have been|is) donating (?:their|its) crawl data to the Internet Archive\b|"
    r"\bthe Internet Archive hopes that references\b",
    re.I,
)
# Affiliate and advertising disclosures: the site about its business, not the story.
_DISCLOSURE = re.compile(
    r"\b(?:we (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|"
    r"advertisers? (?:do(?:es)? not|don[’']t) influence|(?:contains|includes?) affiliate links?|"
    r"references to products from)\b",
    re.I,
)
# The note about the writer that closes a column or a post ("Jo Reyes is a senior fellow at
# the Ostermoor Institute."): about who wrote the piece, not what it reports.
_AUTHOR_NOTE = re.compile(
    r"^([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}),? (?:is|was) (?:a|an|the) (?i:(?:[\w&-]+ ){0,5}"
    r"(?:founder|co-founder|editor|writer|journalist|reporter|author|professor|fellow|director|consultant|"
    r"correspondent|contributor|columnist|researcher|lecturer|freelancer|blogger))\b",
)
_REPORTED = re.compile(r"\b(?:" + "|".join(REPORTING_WORDS) + r")\b", re.I)
_DATELINE = re.compile(
    rf"^\s*(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?"
    rf"(?:\w+day,?\s+)?(?:{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:\s*[-–|,@at]*\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    re.I,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.I)
# The site speaking of itself ("our newsletter", "send us", "this story") or telling the reader what
# to do on it ("Sign up here."): an article about an app or an account does neither.
_SITE_VOICE = re.compile(
    r"\b(?i:we|we['’](?:re|ve|ll|d)|our|ours)\b|\bus\b"
    r"|\b(?i:this|the full) (?i:site|website|page|story|article|message|post|content)\b"
)
_IMPERATIVE_PITCH = re.compile(
    r"(?:^|[.!?]\s+)\W*(?i:please\s+)?(?i:sign\s*(?:up|in)|subscribe|log\s*in|register|click|tap|download|"
    r"follow|join|submit|share)\b"
)
# A notice addressed to the reader is short; one off the article's subject shares almost none of its words
# (at most one in ten) with the article's other paragraphs.
_NOTICE_WORDS = 60
_OFF_TOPIC_SHARE = 0.1
_QUOTED_SPAN = re.compile(r"[\"“”][^\"“”]*[\"“”]")
# A statement ends with a full stop, inside its closing quotes or brackets or not, and has at least
# this many words.
_STATEMENT_END = re.compile(r"\.[\"'”’)\]]*$")
_STATEMENT_WORDS = 4


def _first_sentence(line: str) -> str:
    match = re.search(r"[.!?](?:\s|$)", line)
    return line[: match.end()] if match else line


def _promotes(line: str, n_words: int) -> bool:
    """A label for other content ("Related: ...", "Watch | ...", "More on the floods"); a reported
    sentence that opens with the same word ("Related charges were filed, police said.") is not."""
    match = _PROMO.match(line)
    if match is None or n_words > 25:
        return False
    return bool(match.group(1)) or not _REPORTED.search(line)


def _states(line: str, n_words: int) -> bool:
    """A plain statement in the third person ("The Herald has 41,000 print subscribers."): a sentence
    of a few words that ends with a full stop and neither speaks as the site, nor to the reader, nor
    tells them what to do. A pitch word in it is the story's subject (a business's customers, a
    council's sign-up scheme) unless the article's other paragraphs say otherwise (see lines'
    _settle_addresses); a pitch is a label, an exclamation, or addressed to the reader."""
    unquoted = _QUOTED_SPAN.sub(" ", line)
    return (
        n_words >= _STATEMENT_WORDS and _STATEMENT_END.search(line) is not None
        and not (_SITE_VOICE.search(unquoted) or _IMPERATIVE_PITCH.search(unquoted)
                 or _SECOND_PERSON.search(unquoted))
    )


def _pitched(pitches: int, n_words: int, most_words: int) -> bool:
    """A sales pitch or account prompt: one in a short line, or two in one of at most ``most_words``."""
    return (pitches >= 1 and n_words <= _PITCH_WORDS) or (pitches >= 2 and n_words <= most_words)


def _addresses_reader(line: str, n_words: int) -> bool:
    """A paragraph that talks to the reader (outside quotes) about what *they* can do on the
    site: notices, sign-up pitches, app and cookie prompts. A how-to or a review that speaks to
    the reader about its subject ("you will need a pot with holes") is article text."""
    unquoted = _QUOTED_SPAN.sub(" ", line)
    if re.search(r"[\"“”]", unquoted):
        return False  # a quotation running on from or into another paragraph: someone speaking
    second = len(_SECOND_PERSON.findall(unquoted))
    return (
        n_words <= _NOTICE_WORDS and second >= 2 and second >= 0.05 * n_words
        and bool(_SITE_ACTION.search(unquoted))
    )
