"""Whether a sentence stands alone: what it leans on in the sentence before it (a pronoun or
"this" subject, "But", "also", "the move", a quotation going on from its speaker), and who speaks
or claims in it. Whom it names by a surname alone is :mod:`.names`."""

from __future__ import annotations

import re

from .. import lexicon
from .features import entities_in
from .names import FIRST_PAIR

# A sentence that points back to the one before it: a pronoun or "this/these/such" subject, a
# contrast or consequence ("But", "However", "In exchange"), "also", "the move", "other ...".
# A source's tag set off as a sentence of its own: "Politico reported, citing interviews with 22 aides."
_SOURCE_TAG = r"(?:[A-Z][\w.&’'-]*\s+){1,4}(?:reported|said|wrote|added|reports|says|writes|adds),"
_LEANS_BACK = re.compile(
    r"^[\"“‘']?(?:(?:He|She|They|Them|His|Her|Its|Their|These|Those|Such|Also|But|However|Yet|Still|Instead|"
    r"Nevertheless|Nonetheless|Thus|Hence|Therefore|Then|So(?! far)|And|Or|Besides|Likewise|Similarly|Otherwise|"
    r"Even so|Alternately|Alternatively|Then again|As if|"
    r"In exchange|In return|In response|In turn|As a result|By contrast|In contrast|By comparison|In comparison|"
    r"On the other hand|In (?:its|their) place|"
    r"At the same time|Earlier|Later|Afterwards?|Soon after(?:wards?)?(?=\s*,)|Another|Other|Others|Neither|Either|"
    # one of the places or things the sentence before named: "In another, floodwaters swept through ..."
    r"(?:In|At|On|From|For) (?:another|yet another|the other|a second|a third)(?=\s*,)|"
    # "The former said", not "The former US first lady said"
    r"The (?:latter|former)(?=\s*[,;:]|\s+(?:is|was|are|were|has|had|have|said|says|told|added|did|does|will|"
    r"would|can|could)\b)|"
    r"The same|The two|The other|The move|The decision|The announcement|The remarks|The comments|"
    # what the sentence before told, as a whole: "The circumstances have left his mother baffled ..."
    # (multinews-139, reading 53a: that he hiked with no adult, told only before it)
    r"The circumstances(?!\s+(?:of|surrounding|around|behind|in|that|which|under|leading|at|for|involving|"
    r"where|when)\b)|"
    # parts of what the sentence before named: "Several sections are similar to the 2008 obituary ..."
    # (multinews-144, reading 53b: of the new obituary)
    r"(?:Several|Some|Many|Most|Other|Large|Entire|Two|Three|Four) (?:sections|parts|passages|portions|"
    r"paragraphs|pages|chapters|excerpts|segments)(?=\s+(?:are|were|is|was|have|had|remain|remained|appear|"
    r"appeared|seem|seemed|match|matched|mirror|mirrored|resemble|resembled)\b)|"
    # the next step of a practice the sentence before set out: "Only after identifying the antigen would
    # researchers then search for ..." (multinews-010, reading 53b: after "Typically, in developing blood
    # tests, researchers have searched for antigens", the study's own method read as the reverse)
    r"Only (?:after|when|once|if|by)\b[^.,;]*?\b(?:would|could)\s+"
    r"(?:[\w'’-]+\s+){0,2}then|"
    # the figure the sentence before reported, by its period: "Last week's figure was revised down ..."
    r"(?:Last|The previous|The prior|This|Next) (?:week|month|quarter|year)['’]s (?:[a-z]+ )?"
    r"(?:figure|reading|number|total|tally|count|level|estimate|rate)s?|"
    r"The statement|The incident|The development|The measure|The step|The plan|The deal|The news|The update|"
    r"The report|The findings|The study|The revelation|The disclosure|The discovery|The admission|"
    r"For example|For instance|In particular|Specifically|That said|Plus|Me,? too|Among other things|"
    # one of a group the sentence before named: "Each participant got two injections ..."
    r"Each (?:participant|patient|volunteer|subject|recipient|of (?:them|these|those))|"
    # ... or the people of a study the sentence before named: "Subjects were randomly chosen to ..."
    # (multinews-110, reading 48a), not those the sentence names ("Participants in the march chanted")
    r"(?:The )?(?:Participants|Subjects|Respondents)(?=\s+(?:were|are|was|is|had|have|who|[a-z]+ed)\b)|"
    r"The answer|The question|The message|The margin of error|The area(?! code)|"
    r"Even then|By then|Until then|Since then|After that|Before that|At the time(?=,)|For that|For one(?=,)|"
    r"Take,? for example|(?:Call|Chalk) (?:that|it|this))\b"
    # (not a count that says what it counts: "The number of people injured ... rose to 19")
    # (and after a word of time or cause: "After the remark was reported on MSNBC, ...")
    r"|(?:(?:After|When|Since|Before|Once|Following|Despite|Amid|Over)\s+the|The)"
    r"(?!(?:\s+[\w’'-]+){0,2}\s+(?:number|total|tally|count)\s+of\s+(?!them|these|those|which|whom)\w)"
    r"(?:\s+[\w’'-]+){0,2}\s+(?:figure|number|total|tally|caveats?|findings|move|decision|remarks|comments|"
    r"claims?|allegations?|proposal|measure|episode|incident|development|poll|survey|tweet|post|memo|"
    # (not an undertaking the sentence says of what: "The effort to recall Gov. Ada Wren has ...", "The
    # effort aimed at recalling ...": allsides-6099's Hill and Fox openings, left out, so the NYT's framed
    # one led alone)
    # (but "The effort to do so ...", "The attempt to stop them ..." say of what only with the sentence before)
    r"highlights?|(?:attempt|effort)(?!s?,?\s+(?:to\s+(?!(?:the|a|an|his|her|their|its|this|that|date|do)\b)[a-z]+\b"
    r"|aimed\s+at\b)(?!\s+(?:it|them|him|her|so|that|this|these|those)\b))|"
    r"invitation|list|chambers|pair|couple|duo|trio|request|documents?|gathering|"
    r"remark|process|information|lawyer|letter|ruling|smoke|method|pledge|vow|parties|model(?!\s+and\b)|"
    # a jibe the sentence before told: "The mysterious diss comes just hours after ..."
    r"diss|jab|swipe|rebuke|outburst|tirade|rant|edict|"
    # what the sentence before told, named as a thing: "The nomination puts Mr Perry in charge ..."
    r"nomination|controversy|appointment|resignation|shakeup|shake-up|ouster|verdict|indictment|authorization|"
    r"approval(?!\s+(?:rating|process)))s?\b"
    # someone the sentence before introduced: "The man has become so unreadable ...", "The killer was
    # found not guilty ..." (reading 38d: whom he killed, only the sentence before said) (not "The man
    # accused of ...", whom the sentence itself tells of)
    r"|The (?:man|woman|boy|girl|youth|teen|teenager|killer|gunman|shooter|attacker|assailant)\s+"
    r"(?:is|was|has|had|have|said|says|told|"
    r"[a-z]+ed(?!\s+(?:of|in|by|with|at|on|for|after|over|to|from)\b))\b"
    # ... or what is theirs: "The woman’s email arrived in Anthony Fauci’s inbox on Feb. 28, 2020, ..."
    # (allsides-5986: which woman, only the sentences after said)
    # (not anyone's: "The woman's right to choose ...", "The man's role in the family ..."; nor one the sentence
    # says whose: "The killer's identity in the 1994 ... murders")
    r"|The (?:man|woman|boy|girl|youth|teen|teenager|killer|gunman|shooter|attacker|assailant)['’]s\s+"
    r"(?!(?:right|rights|role|roles|place|mind|brain|body clock|health|education|unemployment)\b)"
    r"(?![a-z]+(?:\s+[a-z]+)?\s+(?:in|of|at)\s+the\s+(?:\d{4}\b|[A-Z]))[a-z]"
    # ... or one of a group it gave: "One of the names mentioned was that of ...", "Most of the differences are ..."
    # (or "The majority of the planned shipments will be of ...", allsides-6033, reading 41a)
    r"|(?:(?:One|Two|Three|Four|Five|Some|Many|Most|Several|All|None|Half|Each|Both) of the |"
    r"(?:The majority|The bulk|The rest|The remainder) of the (?:[a-z]+ )?)[a-z]+s\s+"
    r"(?:are|were|is|was|will|would|have|has|had|[a-z]+ed(?!\s+(?:of|in|by|with|at|on|for|after|over|to|from|as)\b))\b"
    # ... or a count of people the sentence before gave: "The seven workers went to ..."
    # (or "The four black men were convicted ...", multinews-109, reading 39c's labels)
    r"|The (?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3}) (?:[a-z]+ )?"
    r"(?:[a-z]+s|men|women|children)\s+"
    r"(?:are|were|have|had|went|remain|remained|[a-z]+ed(?!\s+(?:of|in|by|with|at|on|for|after|over|to|from)\b))\b"
    # more of what the sentence before counted: "Fifty more joined ...", "Two more people died"
    r"|(?:\d[\d,]*|A few|Several|Many|Dozens|Hundreds|Thousands|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|A hundred)\s+more\s+(?![^.,;]*\bthan\b)"
    # a quantity of people the sentence before named: "Many fired in the air, celebrating the truce."
    r"|(?:Many|Some|Most|Several|Few)\s+(?:[a-z]+ed|were|are|have|had|say|said)\b"
    r"|It\b(?!\s+(?:is|was|has been|had been|remains|remained)\s+(?:not\s+)?(?:yet\s+)?(?:immediately\s+)?"
    r"(?:clear|unclear|known|unknown|believed|expected|understood|likely|unlikely|possible|reported|thought|"
    r"estimated|the first time)\b)"
    r"|(?:This|That)\b(?!\s+(?:week|year|month|morning|afternoon|evening|weekend|spring|summer|autumn|fall|"
    r"winter|season)\b)"
    r"|Both\s+[a-z]|(?:Yes|No|Well|Indeed|There),"
    # a reply or a concession to the sentence before: "I'm not so sure.", "Of course, I know ..."
    r"|(?:Of course|True|Sure|Granted|Admittedly|To be sure),|I['’]m not so sure(?=\s*[.!;:,—])"
    r"|(?:Fair enough|Not so fast)\b"
    # someone by the title they hold at a body the sentence before named: "Network co-chairman Brian
    # Hooks said ..." (multinews-126: the Koch network, named only before it), "Company spokesman ..."
    r"|(?:Network|Group|Company|Firm|Agency|Department|Committee|Party|Union|Campaign|Organi[sz]ation|"
    r"Foundation|Council|Board|Team|Club|League|Association|Coalition|Institute|Ministry|Bureau|Commission|"
    # (one person, named after it: not "Fund managers are piling into bonds", "Party leaders in Congress ...")
    r"Airline|Bank|Fund|Chain)\s+(?:co-?|vice[\s-])?(?:chairman|chairwoman|chair|president|spokes(?:man|woman|person)|"
    r"director|chief|head|leader|founder|official|executive|owner|secretary|manager)\s+(?:[A-Z]\.\s+)?[A-Z][a-z]"
    # what the sentence before told, asked about: "How it all works out may make the case for ..."
    # (not a page's rubric: "Why it matters: ...")
    r"|(?!Why it matters\b)(?:How|What|Where|Why|When|Whether) (?:it|this|that|they|these|those)\b"
    # a time told from the sentence before: "Two years later,", "Moments later,"
    r"|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|A few|Several|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|moments?|seconds?)\s+later\b"
    r"|(?:Moments|Minutes|Hours|Seconds)\s+later\b"
    # ... within the hour, however told: "About 15 minutes later the station corrected its mistake"
    r"|(?:About|Nearly|Almost|Roughly|Around|Just|Only|Some|Barely|Exactly)\s+(?:a|an|one|two|three|four|five|"
    r"ten|fifteen|twenty|thirty|a few|several|\d+)\s+(?:half\s+)?(?:minutes?|hours?|seconds?|moments?)\s+later\b"
    # ... or in the year it named: "In that year, the West produced 23.5 million tonnes ..."
    r"|(?:(?:In|During|By|Since|For|Over)\s+)?[Tt]hat\s+(?:same\s+)?(?:year|month|week|day|decade|period|season|"
    r"night|morning|afternoon|evening)\b"
    # ... or up to what it told: "Until now, said Miles, ..." after "Nothing has worked to help Miles ..."
    r"|(?:Up\s+)?[Uu]ntil\s+now\b"
    # ... or from what it told: "Within minutes, the post garnered ..." (not "Within hours of the attack")
    r"|Within\s+(?:(?:a\s+few|several|\d+|two|three)\s+)?(?:seconds|minutes|hours|days|weeks|months|an\s+hour|a\s+day|a\s+week)"
    r"(?!\s+of\b)"
    # ... after who did it: "Spicer a half hour later told ..." (not "Nearly four months later, ...",
    # which the lede may open on: the lede rule weighs a longer unit the more)
    r"|(?!(?:Nearly|About|Almost|Roughly|Around|Just|Only|Some|Barely|Exactly)\b)"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+"
    r"(?:half\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?)\s+later\b"
    # a share of a group the sentence before named: "Twenty-two percent predicted ...", "Among that group,"
    r"|(?:(?:Only|Just|About|Nearly|Roughly|Around|Almost|Some)\s+)?(?:\d+(?:\.\d+)?|[A-Z][a-z]+(?:[ -][a-z]+)?)"
    r"\s*(?:%|percent|per cent)(?:,|\s+(?:[a-z]+(?:ed|s)|said|say|think|thought|want|believe|back|favou?r|oppose|"
    r"support|were|are)\b)"
    r"|Among (?:that|this|these|those|them)\b"
    # "A majority (52%) say they'd like ...": a majority of whom, only the sentence before says.
    r"|(?:A (?:slim |narrow |clear |large |solid |bare )?(?:majority|plurality|minority)|Half|A third|A quarter|"
    r"Two-thirds|Three-quarters)(?:\s*\([^)]*\))?\s+(?:say|said|want|wanted|think|thought|believe|believed|"
    r"support|supported|oppose|opposed|back|backed|favou?r|favou?red|agree|agreed|disagree|disagreed|approve|"
    r"approved|disapprove|disapproved|prefer|preferred|plan|planned|expect|expected)\b"
    # ... or by "the" and its kind alone: "Of the original contenders, two are still in contention"
    r"|Of the (?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*s,\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d[\d,]*|both|all|most|some|none|many|few|several|half)\b"
    # a share of a change the sentence before told: "A third of the increase was ..."
    r"|(?:A|One|Two|Three) (?:half|third|quarter|fifth|tenth)s? of (?:the|that|this) (?:increase|rise|gain|drop|"
    r"decline|fall|jump|growth|total|sum|amount)\b"
    # a time told from an event the sentence before named: "Shortly after the probe,"
    r"|(?:Shortly|Soon|Just|Minutes|Hours|Days|Weeks|Months)\s+(?:after|before)\s+(?:the|that|this)\s+[a-z]+,"
    # the answer to a question the sentence before asked, with no main clause of its own: "Because Obama's
    # withdrawal led to the increasing influence of Iran ..." (neus-val-0280, reading 39f)
    r"|Because\b(?![^.!?]*,)"
    # a source's tag whose claim is the sentence before: "Politico reported, citing interviews with ..."
    r"|" + _SOURCE_TAG + r")"
)
# Someone told of by role at a sentence's opening: "The San Antonio Spurs guard", "The 18-year-old",
# "The always-outspoken Buffalo Bills wide receiver", "The former acting director" (what may stand
# before the role, and the role), for the rules that ask who is meant.
ROLE_OPENING = (
    r"The\s+(?:(?:[A-Z][\w.'’-]*|\d[\w-]*|[a-z]+-[a-z]+|former|late|new|young|veteran|embattled|accused|alleged|acting|"
    r"interim|deputy|chief|senior|top|outgoing|incoming|longtime)\s+){0,4}"
)
ROLE = "|".join(lexicon.ROLES) + r"|\d+-year-old"
# The lower-case words of a title before a name: "White House deputy press secretary Sarah Sanders".
_TITLE_WORDS = ("deputy", "press", "chief", "senior", "former", "acting", "vice", "assistant", "general", "secretary",
                "of", "the")
# A month by its name as a date gives it ("in March", "May 3"), not the word for what may be.
_MONTH_NAMES = "|".join(sorted(name.capitalize() for name in lexicon.MONTHS if len(name) > 3))
_SEASON = "(?:year|month|season|summer|winter|spring|autumn)"

_LEANS_LATER = re.compile(
    r"^(?:\S+\s+){0,7}also\b"
    # which time, which error: the sentence before said ("..., said News Director Lee Rosenthal at the
    # time.", "to ensure that such a serious error is not repeated")
    r"|^(?!.*\b(?:(?:1[5-9]|20)\d\d|(?i:" + "|".join(sorted(lexicon.DATE_WORDS)) + r"))\b).*\bat the time[.!?]?[\"”]?$"
    r"|\bsuch an?\s+(?:[a-z]+\s+)?(?:error|mistake|blunder|incident|move|decision|step|"
    r"claim|allegation|attack|breach|lapse|failure)\b"
    # a concession to what the sentence before told, unnamed: "Despite the grim disappointment of what
    # might appear to be a step backward, ..." (allsides-5825: the return to masks, told only before it)
    # (a turn of events, not a thing seen: "While what appears to be a tornado touched down ...")
    r"|^(?:Despite|Although|Though|While|For all)\b[^,;]*?\bwhat\s+(?:might|may|could|would|must)?\s*"
    r"(?:appears?|seems?|looks?)\s+(?:to\s+be|like)\s+an?\s+(?:[a-z]+\s+)?"
    r"(?:step|setback|retreat|reversal|turn|blow|defeat|win|victory|concession|climbdown|U-turn|change|shift)\b"
    # a point someone made before: "Vance seems determined to make Trump's point for him" (allsides-5898,
    # Trump's claim of a witch hunt told only in the sentence before); not the speaker's own ("to make
    # her point, the senator used a chart")
    r"|\b(?:make|makes|made|making|prove|proves|proved|proving)\s+(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*['’]s\s+point\b|"
    r"(?:his|her|their|its)\s+point\s+for\s+(?:him|her|them|it)\b)"
    # ... after a name however long its title: "White House deputy press secretary Sarah Huckabee Sanders also"
    r"|^(?:[A-Z][\w.'’-]*\s+|(?:" + "|".join((*_TITLE_WORDS, *lexicon.ROLES, *lexicon.BODIES)) + r")\s+){8,14}also\b"
    # agreement with nothing agreed on: "the press is in general agreement.", "Not everybody agrees."
    r"|\b(?:(?:is|are|was|were)\s+in\s+(?:general\s+|broad\s+|full\s+|complete\s+)?(?:agreement|accord)|"
    r"(?:dis)?agree(?:s|d)?|concur(?:s|red)?)\s*[.!]?$"
    # a contrast with the sentence before: "After the remark was reported, though, Spicer pushed back"
    r"|,\s+though,"
    # "also" at the end: "... noted that others wrote letters as well.", "..., too."
    r"|\b(?:as well|,\s*too)[.!?]?$"
    # "In them, Sandusky expressed little sympathy ...": the letters the sentence before named
    r"|^(?:In|On|At|By|Through|Under|Within) (?:them|it)\b"
    # the rest of a statement the sentence before began: "Jones went on to say that ..."
    r"|^(?:\S+\s+){0,4}went on to (?:say|add|explain|note|write|claim|describe)\b"
    # a year or a season the sentence before named: "The parole board was batting a thousand that
    # year." (reading 38d, multinews-083), unless the sentence names it ("fell in 2019, and that year
    # ..."); measured and not kept, "that day" and "that night": allsides-6019's "669 deaths ...
    # recorded that day", printed after its Thursday, went into a unit and moved its lede (38b)
    # (as a time: "later that year", "that summer.", not "warned that winter storms ...")
    r"|^(?!.*\b(?:(?:1[5-9]|20)\d\d|" + _MONTH_NAMES + r")\b).*\b(?:(?:in|during|by|for|of|until|later|earlier) "
    r"that " + _SEASON + r"\b(?![ -](?:on|over|to|jobs?|sales|storms?)\b)|that " + _SEASON + r"[.,;!?])"
    # a distance from what the sentence before named: "communities a mile or two away may be showered"
    # (multinews-099, reading 38a: away from the summit crater, told only before it)
    r"|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d[\d,.]{0,12})\s+"
    r"(?:miles?|kilomet(?:er|re)s?|km|feet|met(?:er|re)s?|yards|blocks)(?:\s+or\s+(?:two|three|so|more|\d+))?"
    r"\s+away\b(?!\s+from\b)"
    # a reply to a thing the sentence before named: "Referring to the Russian plan, Yatseniuk said: ..."
    # (multinews-121, reading 38a: which plan, only the article's sentences before it said)
    # (not one the phrase names: "Reacting to the death of Queen Elizabeth II, ...", "Asked about the
    # Supreme Court's ruling on abortion, ...")
    r"|^(?:(?:Referring|Responding|Reacting|Replying) to|Asked (?:about|of|on|over))\s"
    r"(?:(?:the|that|this|these|those)\s(?![^,]{0,40}(?:['’]s\b|\bof [A-Z]))[^,]{0,40}[a-z]|it|them),"
    # since what the sentence before told, of someone named: "Eva has since moved into a mansion ..."
    # (not "has since 2010 lived", "has since the election said", nor "won an Oscar ... but has since")
    r"|^(?:[A-Z][\w’'-]*\s+){1,3}(?:has|have|had)\s+since\s+(?:then\s+)?"
    r"(?!(?:the|a|an|his|her|their|its|last|early|late|mid|then)\b)[a-z]+"
    # an answer to what the sentence before reported: "denied the claim", "disputed the report"
    r"|^(?!(?:Though|Although|While|Despite|Even though)\b)(?:\S+\s+){0,5}"
    r"(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|disputed|disputes|confirmed|confirms)\s+"
    r"(?:the|that|this|these|those|such)\s+(?:claims?|allegations?|reports?|accusations?|charges?|account)\b"

    r"|^(?:\S+\s+){1,3}(?:those|these|such(?!\s+as\b))\s"
    # others than the ones the sentence before counted: "Hospital officials said two other people had ..."
    r"|^(?:[a-z]+\s+|[A-Z][a-z]+\s+){0,4}(?:said|say|says|told)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)\s+other\b"
    r"|\bwhat\s+(?:\w+\s+)?(?:this|that|it)\s+(?:means|meant|would|will|could)\b"
    r"|^(?:\S+\s+){0,3}(?i:of|for|to|with|without|from|about|after|despite|amid|following|because of) "
    r"(?:them|that|this|it|those|these)\b"
    r"(?!\s+(?:day|week|year|month|morning|afternoon|evening|weekend|time)\b)"
    r"|^[A-Z][^,\"“]{0,60},\s(?:he|she|they|it|this|these|that['’]s)\s"
    r"|\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+(?:officials?|sources?|person|people|spokes(?:man|woman|person)|aide|diplomat)s?"
    r"\s+(?:said|says|told|added|say)\b"
    # "..., said the official, who spoke on condition of anonymity": the official the sentence before
    # introduced (not "the official in charge of ...", who is introduced there).
    r"|\b(?:said|says|told|added|according to)\s+(?:the|those|these)\s+(?:officials?|sources?|person|people|"
    r"spokes(?:man|woman|person)|aides?|diplomats?)\b(?!\s+(?:familiar|close|with|who|that|in|at|for|of|from|on)\b)"
    # "In that tweet", "At this point": the tweet or point is the one the sentence before named.
    r"|^(?:(?:In|On|At|By|Under|During|Since|Until) (?:this|these)|(?:\S+\s+){0,3}(?:[Ii]n|[Oo]n|[Aa]t|[Bb]y|"
    r"[Uu]nder|[Dd]uring|[Ss]ince|[Uu]ntil) (?:that|those))\b(?!\s+(?:week|year|month|morning|afternoon|evening|"
    r"weekend|spring|summer|autumn|fall|winter|season)\b)"
    # "... was referring to", "many think so", "zero evidence for this": an answer to what came before.
    r"|^In [A-Z][\w’'-]*(?:’s|'s) case\b"
    # "..., the outlet reported", "Durham told the newspaper that ...": which outlet, the sentence before said.
    # (not "the network": "... on CNN got the network its highest ratings, according to the network")
    r"|\b(?:told|according to|speaking to|(?:in )?an interview with)\s+the\s+(?:newspaper|paper|magazine|outlet|"
    r"tabloid|publication|news agency)\b"
    r"|\bthe (?:newspaper|paper|magazine|outlet|tabloid|publication|news agency) (?:reported|"
    r"said|says|reports|wrote|writes|learned|has learned|obtained|revealed)\b"
    # "According to the survey, ...": which survey, the sentence before said.
    r"|^According to (?:the|this|that) (?:survey|poll|study|report|data|figures|statement|letter|memo|document|"
    r"filing|complaint|lawsuit|indictment|ruling)\b"
    # "..., she says in the documentary": the documentary the sentence before introduced.
    r"|\b(?:says|said|writes|wrote|tells|told \w+) in the (?:documentary|film|interview|video|clip|book|podcast)\b"
    r"|\b(?:was|were|is|are) referring to\b|\b(?:think|thinks|thought|believe|believes|hope|hopes) so\b"
    r"|\b(?:for|of|about|to|with) (?:this|that|it)[.!?]?$"
    # "McConnell called the attempt a 'show vote'": which attempt, the sentence before said.
    r"|\b(?:called|calling|dubbed|described) the (?:attempt|loss|move|effort|defeat|win|victory|decision|remarks|"
    r"comments|outcome)\b(?!\s+(?:to|of|by|on|in|at|over|that)\b)"
    # "not happy with this,", "made this inevitable", "with this tweet", "the other two cities": what
    # "this" is, or which others, the sentence before said.
    r"|\bthis[,;:]|\b(?:made|makes|make) (?:this|that) [a-z]+[.!?]?$"
    r"|\b(?:with|in|by) this (?:tweet|post|statement|message|photo|video|note|letter|caption)\b"
    r"|\bthe other (?:two|three|four|five|six|\d+)\b"
    # "Jobless figures on this scale haven't been seen since ...": which scale, the sentence before said.
    r"|\b(?:on|of|at) this (?:scale|size|magnitude|kind|sort|level)\b"
    # "A slightly smaller percentage were ...", "went much further in a December ruling": smaller or
    # further than what, the sentence before said (unless the sentence says).
    r"|^(?:A|An|The)\s+(?:[a-z]+\s+)?(?:smaller|larger|bigger|higher|lower|greater)\s+(?:percentage|share|number|"
    r"proportion|portion|fraction|group)\b(?![^.]*\bthan\b)"
    r"|\bwent (?:much |even |a step |one step )?further\b(?![^.]*\bthan\b)"
    # "A similar claim", "just such a fossil": similar to what, the sentence before said.
    r"|^(?:A |The )?[Ss]imilar\b|\bjust such\b"
    # "The starving time was a period two years later ...": later than what, only a date the sentence
    # gives, or the sentence before, can say (a time it opens on is the opening's to tell).
    r"|^(?!.*\b(?:(?:1[5-9]|20)\d\d|(?i:" + "|".join(sorted(lexicon.DATE_WORDS)) + r"))\b)"
    r"(?:\S+\s+){3,}?(?:\S+\s+)*?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) "
    r"(?:half )?(?:years?|months?|weeks?|days?|hours?) later\b"
    # "The average Canadian, for example, generated ...": an example of what the sentence before said.
    r"|^(?:\S+\s+){1,6}(?:for example|for instance),"
    # "have denied these claims": which claims, the sentence before said.
    r"|\b(?:these|those|such) (?:claims?|allegations?|reports?|accusations?|charges|rumou?rs|suggestions?|"
    r"remarks|comments|concerns|fears|criticisms?)\b"
    # "worried that the comment might upset ...": which comment, the sentence before said.
    r"|\b(?:that|because|since|while) the (?:comment|remark)s?\b(?!\s+(?:by|from|of|on|about|that|to|in|at)\b)"
)
# What makes the deed the sentence before told half of what happened: another deed at that moment, or
# a doer the sources do not know ("At the same moment, Moore turned his own gun on himself", "It is
# unclear who fired the fatal shot", after "The agent fired, striking Moore"). So does a denial of it,
# and the source it is told by, set off as a sentence of its own ("Politico reported, citing ...").
# (A denial: "But Tracy Martin, Trayvon's father, claims that is not true.", after the police report
# said he had told an investigator the voice was not his son's: printed alone, the claim reads as
# settled.)
COMPLETES_DEED = re.compile(
    r"[\"“‘']?(?:At the same (?:moment|instant)\b|(?:But |And )?[Ii]t (?:is|was|remains|remained) (?:still |also )?"
    r"(?:unclear|not (?:yet |immediately )?(?:clear|known)|unknown) (?:who|whose)\b"
    r"|(?:But|However,|Yet)\s[^.!?\"“]{0,100}\b(?:"
    r"(?:says?|said|claims?|claimed|insists?|insisted|maintains?|maintained)"
    r"\s+(?:that\s+)?(?:that|this|it|the (?:claim|report|account))\s+(?:is|was)\s+(?:not\s+true|untrue|false|wrong)\b"
    # "But the NHTSA disputed that, saying its decision was an independent process." after "Musk claimed
    # that the automaker requested the investigation" (the 151st reading, multinews-149)
    r"|(?:(?:has|have|had)\s+)?(?:disputed|denied|rejected|refuted|disputes|denies|rejects|refutes)"
    r"\s+(?:that|this|it|the (?:claim|claims|report|reports|account|allegations?))\b)"
    # what came of what the sentence before set out: "The bad news for drinkers is that none of them
    # work." after "... the British Medical Journal published a review of trials of ... cures" (the
    # 157th reading, multinews-039: printed alone, the review read as if the cures had promise)
    r"|The (?:(?:good|bad|sad) news|answer|upshot|result|verdict|catch)(?: for [a-z]+)?(?: is| was|:)"
    # what the same subject could not, or denies: "But they would not have been able to re-download the
    # app ..." after "Existing users would have been able to continue using it" (the 158th reading,
    # neus-val-0208), "But she insists she never gave a dime." after "... is listed as a $500 donor"
    r"|(?:But|However,|Yet) (?:he|she|they|it)\b[^.,;:\"“]{0,40}?(?:\b(?:not|never|no longer|cannot)\b|n[’']t\b)"
    # a fact-checker's verdict on the claim the sentence before reports: "There is, a little." after
    # "Biden said there's “no evidence” that raising the minimum wage causes business bankruptcies."
    # (the 158th and 160th readings, neus-val-0036), "That's not true.", "There's no evidence of that."
    r"|(?:(?:That|This|It)(?:['’]s| is| was) (?:false|not true|untrue|wrong|misleading|incorrect|inaccurate|"
    r"not accurate|not the case)\b|There(?:['’]s| is| was)(?: (?:no|little|scant|zero) evidence|, a little)\b)"
    r"|" + _SOURCE_TAG + r")"
)
# "The measure has been celebrated by Republicans ...": which measure, a fact printed before it may
# say as well as the sentence before it did (a bill, a law); the brief prints it after one that does.
MEASURE_OPENING = re.compile(r"The (?:new |proposed )?(?:measure|bill|law|legislation)\b(?!['’])")
# A pronoun as the speaker ('"...," he said'): it leans back unless a name comes before it.
_CLOSERS = "|".join(lexicon.QUOTE_CLOSERS)
_PRONOUN_SPEAKER = re.compile(
    # "he said", and with a tense or an adverb between: "he had earlier told", "she later wrote"
    r"\b(?:he|she|they)\s+(?:(?:had|has|have|also|earlier|later|then|once|previously|[a-z]+ly)\s+){0,2}"
    r"(?:" + _CLOSERS + r")\b"
)
# Capitalised words that name nobody.
_NOT_NAMES = lexicon.NOT_NAMES
# Someone told of as "he" or "she" in a sentence with no capitalised word after its first ...
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
# ... within this many words of its opening: a "him" late in the sentence is most often someone it
# has named by role ("Though the captain has denied the allegations, a court ordered him to pay"),
# unless no word before it could be that person ("During the penalty phase, the jury said his lack
# of remorse ...": a jury is no "he").
_PRONOUN_WITHIN = 7
_SOMEONE = re.compile(
    r"\b(?:" + "|".join(lexicon.ROLES) + r"|person|individual|[a-z]+(?:er|or|ist|ian|ant|ent|ee|man|woman))s?\b"
)
# An opening quotation mark, curly or straight.
QUOTE_OPEN = re.compile(r"[\"“]")
_SURNAME_SPEAKER = re.compile(
    r"(\S+\s+)?\b([A-Z][a-z]+)\s+(?:" + _CLOSERS + r")\b|\b(?:said|says|added)\s+([A-Z][a-z]+)[.,]"
)
# Someone speaks or claims: the verbs the brief reads attributions and speakers by. "According to"
# opens a sentence as often as it follows a claim; the verbs are matched as written, so that a
# capitalised "Said" or "Calls" (a name, a headline's word) is not a verb of saying.
SPEECH = re.compile(r"\b(?:According to|" + "|".join(lexicon.SPEECH_VERBS) + r")\b")
# Who says something, by name, beside a verb of saying ('..., said Piet Anker', '"...," Mayor Jan Kobus
# said'): a name of up to four capitalised words, not a pronoun; and the one-word verbs of saying.
SPEAKER_NAME = r"(?!(?:He|She|They|It|We|I)\b)[A-Z][\w’'-]*[a-z](?:\s+[A-Z][\w’'-]*[a-z]){0,3}"
SPEECH_VERB_WORDS = "|".join(v for v in lexicon.SPEECH_VERBS if " " not in v)
# A source given by its kind: "according to the department's ...", "the agency said".
_BODY_SOURCE = re.compile(
    r"\b(?:according to|said|says|told|reported|reports)\s+the\s+(department|agency|ministry|commission|regulator)"
    r"(?:['’]s)?\b|\bthe\s+(department|agency|ministry|commission|regulator)\s+(?:said|says|reported|reports)\b"
)
# Who acted the quotation out, and nothing more: '"... You wanna get married?" Davidson, 24, jokingly
# proposed.', '"..." She shrugged.' The speaker is the quotation's, though no verb of saying names them.
ACTED_TAG = re.compile(
    r"\s+(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2}|He|She|They)(?:,\s[^,.!?\"“”]{1,40},)?"
    r"\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\.(?=\s|$)"
)
# A quotation, however short: the words outside it are the writer's.
ANY_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# A quotation whose speaker points back in their own words: '"As we expected, this represents ...'
# names what "this" is only in the sentence before, however clearly it names who spoke.
_QUOTE_POINTS_BACK = re.compile(
    r"[\"“][A-Z][^,\"“”]{0,60},\s(?:this|these)\s+(?:is|was|are|were|will|would|could|can|has|have|had|[a-z]+(?:s|ed))\b"
    # '"The person is truly figuring it out as they go," said Owsley': which person, the sentence before said.
    r"|[\"“]The (?:person|man|woman|boy|girl|guy|kid|people)\s+(?:is|was|are|were|has|had|have|[a-z]+ed)\b"
    # '"This is about reducing the chances of underbody impact damage, not improving safety," Musk said':
    # about what, why, the sentence before said (the 155th reading, multinews-149)
    r"|[\"“](?:This|That|It)(?:\s+is|’s|'s|\s+was)(?:\s+not)?\s+(?:about|because|why)\b"
    # '"They were so emaciated when they were rescued ...," says historian James Horn': who, only the
    # sentence before said (multinews-003, readings 48a and 48c); not where the tag says of whom ("...,"
    # said one aide of the Republicans)
    r"|[\"“]They(?:\s+(?:were|are|had|have|did|do|could|would|will)(?:n['’]t)?|\s+won['’]t|['’](?:re|ve|d|ll))\b"
    r"(?![^\"“”]*[\"”][^\"“”]*\b(?:said|says|added|wrote)\s+of\b)"
)


# A thing told of by the word the sentence before used for it: "The documents start with ...", "The
# poll found ...". Where the sentence before never named it, the referent is further back.
_THING_BY_NAME = re.compile(
    r"^[\"“‘']?(?:(?:After|When|Since|Before|Once|Following|Despite|Amid|Over)\s+the|The)(?:\s+[\w’'-]+){0,2}\s+"
    r"(documents?|reports?|study|poll|survey|letter|memo|tweet|post|list|invitation|ruling|smoke|method|emails?|"
    r"e-mails?|video|photos?|lawsuit|complaint|filing|statement)\b"
)


def thing_named(text: str) -> str:
    """The thing a sentence opens on by the word for it the sentence before would use ("The
    documents start with ..."), or ""."""
    match = _THING_BY_NAME.match(text.lstrip())
    return match.group(1) if match else ""


def leans_back(text: str, shared_surnames: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence cannot stand alone: it points back to the one before it.
    ``shared_surnames``: surnames the article gives two people ("Anthony Kennedy", "John
    Kennedy"), so that a quotation ending "Kennedy added" cannot say which of them spoke."""
    unquoted = ANY_QUOTED.sub(" ", text)
    if is_bare_quotation(text):
        return True  # its speaker is named in the sentence before
    own = unquoted.lstrip()
    later = (
        bool(_LEANS_LATER.search(own)) or _pronoun_speaker(unquoted) or _nameless_person(unquoted)
        or _body_by_kind(unquoted) or _demonstrative_back(unquoted) or bool(_OBJECT_BACK.match(own))
        or (bool(_SAID_OF_THIS.search(own)) and not _CONDITION_FIRST.match(own))
    )
    if text.lstrip()[:1] in "\"“" and not opens_on_quoted_name(text):
        # A quotation that names its speaker reads as theirs, whatever its first word points to.
        return (
            later or not named_speaker(text) or _surname_speaker(unquoted, shared_surnames)
            or bool(_QUOTE_POINTS_BACK.match(text.lstrip()))
        )
    quoting = bool(QUOTE_OPEN.search(text))
    # (past a connective too, as the lede reads it: review 39's R6; not past a wire dateline, which opens
    # a story and so leans on nothing: review 40's B1)
    openings = {text.lstrip(), _ADVERB_FIRST.sub(_capitalised, text.lstrip(), count=1)}
    back = any(
        (bool(_LEANS_BACK.match(opening) or COMPLETES_DEED.match(opening)) and not MEASURE_OPENING.match(opening))
        or nameless_by_rank(opening)
        for opening in openings
    )
    return later or back or (quoting and _surname_speaker(unquoted, shared_surnames))


# One person told of by their rank alone ("The No. 3 Republican in the U.S. House", "The third-ranking
# Senate Democrat") saying something: a rank and a party or a role, a chamber or a party word before it.
_RANKED_NAMELESS = re.compile(
    r"(?:The|A)\s+(?:No\.\s*\d+|(?:second|third|fourth|fifth)-(?:ranking|highest))\s+((?:[A-Z][\w.]*\s+)?"
    r"(?:Republican|Democrat|official|aide|member|" + ROLE + r")s?\b[^,;:]{0,80}?)\s+(?:on\s+\w+\s+)?"
    r"(?:said|says|told|tells|warned|urged|called|accused|announced)\b"
)
# ... and a name that would say who (``FIRST_PAIR``), not a chamber's or a party's.
_NOT_A_NAME = frozenset("House Senate Republican Republicans Democrat Democrats Democratic Congress Party GOP".split())


def nameless_by_rank(text: str) -> bool:
    """Whether the sentence's doer is one person told of by rank alone, unnamed: who, only the
    sentence after says."""
    subject = _RANKED_NAMELESS.match(text)
    return subject is not None and not any(
        not _NOT_A_NAME.intersection(name.group().split()) for name in FIRST_PAIR.finditer(subject.group(1))
    )


# Someone told of as "him" or "them" right after what the sentence's named subject did to them ("Liz
# Cheney, daughter of former Vice President Dick Cheney and a Trump critic, assailed him in a tweet",
# allsides-6076): never the subject, nor anyone its description names, so whom, the sentence before
# said. "Her" only where no noun follows it ("met her in 2006", not "thanked her fans").
_OBJECT_BACK = re.compile(
    # (a relative clause set off names whom: "Mayor Ilse Brand, who hired Olav Tal, fired him")
    r"(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]*(?:,(?!\s*(?:who|whom|whose)\b)[^,;]{2,150},)?\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|told|met|hit|sent|took|gave|beat|left|sought|drew|brought|caught|fought|saw|made|"
    r"let|put|kept|held)\s+(?:him|them|her(?=\s*(?:[,.;:]|(?:in|on|at|for|as|to|and|with|from|of|over|after|"
    r"before)\b)))\b"
)
# An adverb of time or sequence before what a sentence opens on: "So far, the chambers are taking
# divergent approaches" leans back as "The chambers are ..." would.
_ADVERB_FIRST = re.compile(r"^(?:(?:So far|For now),?|(?:Now|Meanwhile|Still|Already|Today|Separately),)\s+([a-z])")


def _capitalised(match: re.Match[str]) -> str:
    return match.group(1).upper()


def _body_by_kind(unquoted: str) -> bool:
    """A source named by its kind alone ("..., according to the department's Bureau of Labor
    Statistics", "the agency said"), where the sentence names no body of that kind: which one, the
    sentence before said."""
    match = _BODY_SOURCE.search(unquoted)
    return match is not None and (match.group(1) or match.group(2)).capitalize() not in unquoted[: match.start()]


# "this/these" and a noun inside a sentence ("jumped into this morass", "to solve this uncomfortable
# issue"): which morass, the sentence before said, unless the sentence names the thing itself first
# ("a new levy ... this levy", "the Musudan missile ... this model of missile").
_DEMONSTRATIVE = re.compile(r"(?<=\s)(?:this|these)\s+([a-z]+(?:-[a-z]+)?)(?:\s+of\s+([a-z]+)|\s+([a-z]+))?")
# ... and "those" and a plural ("to achieve those savings"), unless what follows says which ("those
# seats in the north", "those killed").
_THOSE = re.compile(
    r"(?<=\s)those\s+([a-z]{3,}s)\b(?!\s+(?:who|that|which|whom|whose|of|in|with|on|at|for|from|by|to|under|over|"
    r"[a-z]+ed)\b)()()"
)
# What a quotation left open, or closes, says is the speaker's, whatever it points to.
_OPEN_QUOTE_TAIL = re.compile(r"[\"“][^\"”]*$")
_CLOSED_QUOTE_HEAD = re.compile(r"^[^\"“]*[\"”]")


# What someone said or found of "this" or "these" ("The judges concluded this was difficult to prove if
# ...", multinews-096, reading 47a): what it is, the sentence before said; not after a condition the
# sentence opens on, which "this" may be ("If the bill passes, analysts said this would cut costs").
_CONDITION_FIRST = re.compile(r"(?:If|When|Once|Unless|Should|Whether|Were)\b")
_SAID_OF_THIS = re.compile(
    r"\b(?:said|says|say|told (?:[a-z]+|[A-Z][\w’'.-]*)|concluded|concludes|found|finds|ruled|rules|believes?|"
    r"believed|argued|argues|added|noted|warned|stressed|insisted|claimed|acknowledged|admitted|agreed|"
    r"explained|thinks|thought)\s+(?:that\s+)?(?:this|these|that)\s+(?:is|was|are|were|will|would|could|can|"
    r"may|might|had|has|have|meant|means)\b"
    # ... or of "the case", "the move" (the things that lean back at a sentence's opening), where the
    # sentence opens on who said it: "Biden said the case was already clear ..." (neus-val-0299, reading
    # 47d), not "A judge threw out the lawsuit and said the case was frivolous" nor "the plan was to ..."
    r"|^(?:[\w.’'-]+\s+){1,5}?(?:said|says|told (?:[a-z]+|[A-Z][\w’'.-]*)|added|noted|argued)\s+(?:that\s+)?"
    r"the (?:case|move|decision|announcement|remarks|comments|incident|development|measure|deal|plan|proposal|"
    r"findings)\s+(?:is|was|are|were|will|would|could|can|may|might|had|has|have)\b(?!\s+to\b)"
)


def _demonstrative_back(unquoted: str) -> bool:
    """A thing told of as "this" or "these" that the sentence does not name before it (see
    ``_DEMONSTRATIVE``), other than a time or what the whole article is about."""
    own = _CLOSED_QUOTE_HEAD.sub(" ", _OPEN_QUOTE_TAIL.sub(" ", unquoted))
    for match in (*_DEMONSTRATIVE.finditer(own), *_THOSE.finditer(own)):
        thing = [word for word in match.groups() if word]
        if thing[0] in lexicon.CLAUSE_AFTER_THIS or lexicon.NOT_POINTING_BACK.intersection(thing):
            continue
        before = own[: match.start()].lower()
        named = [word for word in thing if word not in lexicon.STOPWORDS]
        if not any(re.search(rf"\b{re.escape(word[:5])}", before) for word in named):
            return True
    return False


def _nameless_person(unquoted: str) -> bool:
    """A person told of only as "he" or "she" near the opening of a sentence that names no one
    ("Some of the women he recruited were formerly his foster children."): who, the sentence
    before said."""
    tokens = unquoted.split()
    if not tokens or tokens[0].lower() not in lexicon.STOPWORDS or _CAPITALISED.search(" ".join(tokens[1:])):
        return False
    if _PERSON_PRONOUN.search(" ".join(tokens[:_PRONOUN_WITHIN])):
        return True
    pronoun = _PERSON_PRONOUN.search(unquoted)
    return pronoun is not None and not _SOMEONE.search(unquoted, 0, pronoun.start())


def _surname_speaker(unquoted: str, shared: frozenset[str]) -> bool:
    """'..., Kennedy added', where the article has two Kennedys: which one spoke is not said."""
    for match in _SURNAME_SPEAKER.finditer(unquoted):
        before, name = match.group(1) or "", match.group(2) or match.group(3)
        if name in shared and (not before[:1].isupper() or before.rstrip().endswith((",", '"', "”"))):
            return True
    return False


def _pronoun_speaker(unquoted: str) -> bool:
    match = _PRONOUN_SPEAKER.search(unquoted)
    if match is None:
        return False
    before = unquoted[: match.start()]
    first = re.match(r"\s*([A-Z][a-z]+)\b", before)
    # "Trump erred when he said": a sentence's first word is a name unless it is a common word
    # ("Speaking on Monday, he said") or a day.
    word = first.group(1) if first else ""
    common = not word or word.lower() in _NOT_NAMES or word.endswith(("ing", "ed", "ly"))
    return common and not entities_in(before)


def named_speaker(text: str) -> bool:
    """Whether, outside its quotation marks, the text names who speaks: an attribution verb
    and a capitalised name ("..., Peskov said"; "Putin told reporters ...")."""
    unquoted = ANY_QUOTED.sub(" ", text)
    return (bool(SPEECH.search(unquoted)) or _acted_out(text)) and bool(entities_in(unquoted))


def _acted_out(text: str) -> bool:
    """Whether the text ends on a quotation and the speaker who acted it out, by name ('"..." Okafor
    laughed.'); "She shrugged." names nobody, as "she said" does not."""
    closing = max(text.rfind("”"), text.rfind('"'))
    tag = ACTED_TAG.fullmatch(text, closing + 1) if closing > 0 else None
    return tag is not None and tag.group().split()[0] not in ("He", "She", "They")


# A word of a quoted name: capitalised, or a small word inside one ("Orange Is the New Black").
QUOTED_NAME_WORD = r"(?:[A-Z0-9][^\s\"“”‘’',.;:!?]*|of|the|and|is|a|in|on|for|to)"
# A quoted name a sentence opens on, not someone's words: '"Tonight Show" host Jay Leno is taking a
# pay cut', '"The Truth Is Hard" campaign ...': capitalised words, closed without punctuation (or by a
# typewriter's double apostrophe: "“The Road’’ has been poured ..."), and the sentence runs on in
# lower case.
_QUOTED_NAME = re.compile(
    r"\s*[\"“‘](" + QUOTED_NAME_WORD + r"(?: " + QUOTED_NAME_WORD + r"){0,7})(?:[\"”]|’’?)\s+[a-z]"
)


def opens_on_quoted_name(text: str) -> bool:
    return _QUOTED_NAME.match(text) is not None


def is_bare_quotation(text: str) -> bool:
    """A sentence that is a quotation with no speaker of its own: it goes on someone's words."""
    return (
        text.lstrip()[:1] in "\"“" and not SPEECH.search(ANY_QUOTED.sub(" ", text)) and not _acted_out(text)
        and not opens_on_quoted_name(text)
    )


def attributed(text: str) -> bool:
    """Whether, outside its quotation marks, the sentence says who speaks or claims."""
    return bool(SPEECH.search(ANY_QUOTED.sub(" ", text)))


# Someone named, then given a role in a body the sentence does not name: '"We are delighted ...," Emma
# Norton the head of legal casework said.' (multinews-025, reading 47d: of Liberty, the sentence before
# said; alone, she reads as the defendant's lawyer). Not a title that is an office whole ("the head of
# state", "the chief of staff", "the director of national intelligence").
_NAMED_ROLE_OF = re.compile(
    r"[A-Z][a-z]+ [A-Z][a-z]+,? the (?:head|director|chief|chair|president|leader|manager|coordinator) of "
    r"(?!(?:state|staff|police|national|the opposition|government)\b)(?:[a-z][\w’'-]* ){0,3}[a-z][\w’'-]*,?\s+"
    r"(?:said|says|told|added|explained|stated)\b"
)


def speaker_of_unnamed_body(text: str) -> bool:
    """Whether the sentence's speaker is given by a role in a body it names nowhere (no capitalised
    word but the speaker's name): another outlet's telling may name it, or the sentence before."""
    unquoted = ANY_QUOTED.sub(" ", text)
    match = _NAMED_ROLE_OF.search(unquoted)
    if match is None:
        return False
    rest = unquoted[: match.start()] + unquoted[match.end() :]
    # (the sentence's own first word is no body: "But the ruling is a victory, ... said")
    return not re.search(r"(?<!^)\b[A-Z][\w’'-]+", rest.strip())
