"""Word lists the pipeline reads: data, kept apart from the logic that uses it."""

from __future__ import annotations

# The function words that every word list below drops; alone, they are what the boilerplate
# detector (ingest/clean) ignores when it compares a paragraph with the page's title.
FUNCTION_WORDS = frozenset(
    """a an the and or but of to in on at for with by from as is are was were be been being this that these
    those it its his her their our your they he she we you i not no so if then than into about over after
    before during while which who whom whose what when where why how has have had do does did can could
    may might will would should shall must also such there here any all some more most other""".split()
)

# The brief engine's stop words: the function words, more pronouns and particles, and the words of
# attribution, which say who reported a fact rather than what happened.
STOPWORDS = FUNCTION_WORDS | frozenset(
    """nor am it's hers him theirs them ours yours me my mine us onto under having done another each every
    both either neither just only very too own same again further once up down out off above below between
    through until against among per via said says say according told tells reported reports reportedly mr
    mrs ms dr one's itself himself herself themselves ourselves yourself whether though although because
    since unless yet still even ever now new s t""".split()
)

# The stream clusterer's stop words (stories.py), as tuned on a real news stream: the function words
# but "shall" and "whose", and the words every news story uses (year, people, told), which would
# otherwise join unrelated stories.
CLUSTER_STOPWORDS = (FUNCTION_WORDS - {"shall", "whose"}) | frozenset(
    """above again against am because below between both doing down each few further having hers herself
    him himself itself just me my myself nor now off once only ours ourselves out own said same says theirs
    them themselves through too under until up very yours yourself yourselves new one two told according
    year years last first week day days time mr mrs ms including like get got make made many much well back
    still even since amid per via around across among another every however s t don didn doesn isn wasn won
    people""".split()
)

# Words that mark a line as reported speech (the boilerplate detector keeps such a line as text,
# however much it reads like a disclosure or a caption).
REPORTING_WORDS = ("said", "says", "told", "announced", "reported", "according")
# The speech verbs that close a quotation after its speaker ('"...," he said', '"...," Wren added').
QUOTE_CLOSERS = (
    "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "continued", "explained", "noted",
    "argued", "insisted", "warned", "asked", "concluded", "stated", "recalled", "replied",
)
# The verbs (and "according to") by which a sentence says who makes its claim or speaks: the brief
# reads attributions, speakers and quotations' owners by these.
SPEECH_VERBS = (
    "said", "says", "say", "saying", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes",
    "tweeted", "posted", "according to", "asked", "argued", "argues", "warned", "warns", "insisted", "explained",
    "called", "calls", "calling", "described", "describes", "describing", "urged", "vowed", "promised",
    "announced", "declared", "noted", "claimed", "claims", "acknowledged", "admitted", "conceded", "replied",
    "responded", "recalled", "testified", "quoted", "quoting",
)

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "hundred": 100, "dozens": 24, "dozen": 12, "half": 0.5,
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "twice": 2, "thrice": 3,
}

_UNITS = dict(zip("one two three four five six seven eight nine".split(), range(1, 10), strict=True))
_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10), strict=True))


def _spelled_numbers() -> dict[str, float]:
    spelled: dict[str, float] = {**NUMBER_WORDS, **_TENS}
    for tens, value in _TENS.items():
        for unit, extra in _UNITS.items():
            spelled[f"{tens}-{unit}"] = value + extra
    return spelled


_SPELLED = _spelled_numbers()


def number_word(word: str) -> float | None:
    """The value of a spelled-out number ("seven", "forty-seven"), else None."""
    return _SPELLED.get(word.lower())


# Words that end in a period without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt maj adm cmdr st jr sr rev hon pres supt insp
    no nos vol vs etc inc corp co ltd llc dept univ ave blvd rd mt ft est approx fig cf al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    a.m p.m am pm u.s u.k u.n e.g i.e d.c u.s.a ald atty assn supt sec treas cong drs profs sens reps govs v""".split()
)

# Abbreviations that are also words and stand only before a figure ("No. 3"): elsewhere ("vote no.")
# the word.
BEFORE_A_FIGURE = frozenset({"no", "nos"})

# Names spelt with an exclamation mark, which does not end the sentence ("shared with HOLA! USA").
EXCLAIMED_NAMES = frozenset("yahoo hola hello ok jeopardy wham".split())

# Verbs that tell what happened without an -ed: the past tense and participles of irregular verbs.
IRREGULAR_PAST = (
    "said", "told", "won", "lost", "made", "took", "gave", "met", "left", "came", "went", "struck", "hit", "shot",
    "fell", "rose", "sent", "found", "held", "ran", "began", "became", "brought", "bought", "sold", "sought",
    "fought", "threw", "wrote", "spoke", "chose", "broke", "stole", "drove", "led", "paid", "quit", "sank", "shut",
    "spent", "built", "dealt", "kept", "stood", "swore", "flew", "drew", "withdrew", "overtook", "forbade",
    "upheld", "set out", "put forward", "cut", "been", "done", "gone", "seen", "given", "taken", "known", "shown",
    "begun", "written", "spoken", "chosen", "broken", "stolen", "driven", "thrown",
)

# The past forms of the verbs news previews that the light stemmer does not bring back to the verb:
# irregular ones ("is expected to choose" and "has chosen") and "named" (stemmed "nam").
IRREGULAR_FORMS = {
    "choose": ("chose", "chosen"), "meet": ("met",), "win": ("won",), "lose": ("lost",), "take": ("took", "taken"),
    "give": ("gave", "given"), "hold": ("held",), "lead": ("led",), "make": ("made",), "speak": ("spoke", "spoken"),
    "leave": ("left",), "go": ("went", "gone"), "become": ("became",), "begin": ("began", "begun"),
    "run": ("ran",), "sell": ("sold",), "buy": ("bought",), "seek": ("sought",), "write": ("wrote", "written"),
    "pay": ("paid",), "build": ("built",), "swear": ("swore", "sworn"), "withdraw": ("withdrew", "withdrawn"),
    "come": ("came",), "tell": ("told",), "say": ("said",), "see": ("saw", "seen"), "send": ("sent",),
    "strike": ("struck",), "break": ("broke", "broken"), "rise": ("rose", "risen"), "fall": ("fell", "fallen"),
    "hear": ("heard",), "bring": ("brought",), "name": ("named",),
}

# What a sentence says is yet to come: "is expected to", "was poised to", "are set to".
PREVIEWING = "set expected projected due scheduled poised preparing".split()

# Class and id words of a box a page sets right above or below its article to sum it up (a review's
# verdict, the key points): the article's own text, which extractors leave outside the article's element.
SUMMARY_BOX_NAMES = ("verdict", "summary", "key-points", "keypoints", "key-takeaways", "takeaways", "tldr")

# Words of publications' names: an outlet named like a person ("Boston Globe", "Sky News") is not a columnist.
PUBLICATION_WORDS = frozenset(
    """times post globe news journal tribune herald star sun chronicle gazette review daily examiner observer
    record register bee inquirer courier dispatch press telegraph mirror express mail standard independent guardian
    monitor report reporter week weekly magazine wire radio tv network media beacon caller signal federalist blaze
    hill atlantic nation insider business street politics center centre institute foundation blog today tonight
    online digital bulletin leader advocate enquirer democrat republican statesman ledger citizen sentinel
    free world voice public policy watch source post-gazette times-picayune
    diario corriere gazzetta voz telegraaf stampa allgemeine zeitung monde jornal folha nouvelles nieuws dagblad
    krant tageblatt rundschau kurier presse figaro repubblica pais mundo periodico correio nacion echos zeit
    devoir""".split()
)

# Bodies a sentence may name by their kind alone ("The agency said ..."), once named before.
BODIES = (
    "agency", "company", "broadcaster", "network", "newspaper", "ministry", "firm", "group", "organization",
    "organisation", "department", "bureau", "museum", "university", "hospital", "court", "union", "board",
    "council", "committee", "commission", "station", "magazine", "website", "airline", "bank", "carrier",
    "automaker", "retailer", "watchdog", "regulator", "panel", "channel", "studio",
)

# A business by the plain word for one, and the words that tell one by its trade: once any is printed
# ("..., the drugmaker said"), a fact opening on "The company" or "The firm" names no one new ("The
# airline" still asks for an airline).
COMPANY_WORDS = frozenset({"company", "firm", "corporation"})
BUSINESSES = COMPANY_WORDS | frozenset(
    """business drugmaker carmaker automaker retailer manufacturer airline bank lender insurer chipmaker startup
    conglomerate""".split()
)

# What a sentence opening "The measure ..." may be about, once a fact printed before it names one.
MEASURES = ("measure", "bill", "law", "legislation", "act", "ordinance", "ban", "resolution", "amendment")

# People a sentence may name by their role alone ("The Spurs guard filed a lawsuit", "The 18-year-old
# said"), once an earlier sentence named them.
ROLES = (
    "actor", "actress", "singer", "star", "rapper", "guard", "forward", "quarterback", "pitcher", "player", "coach",
    "senator", "congressman", "congresswoman", "lawmaker", "governor", "mayor", "chancellor", "minister", "judge",
    "suspect", "victim", "teen", "teenager", "boy", "girl", "man", "woman", "father", "mother", "mom", "dad", "son",
    "daughter", "wife", "husband", "comedian", "host", "author", "writer", "director", "filmmaker", "CEO",
    "executive", "founder", "billionaire", "businessman", "businesswoman", "candidate", "nominee", "attorney",
    "officer", "soldier", "pilot", "driver", "student", "president", "spokesman", "spokeswoman", "leader",
    "celebrity", "model", "designer", "musician", "artist", "novelist", "journalist", "reporter", "anchor",
    "activist", "doctor", "nurse", "scientist", "researcher", "professor", "economist", "politician", "defendant",
    "plaintiff", "gunman", "shooter", "attacker", "killer", "goalkeeper", "goalie", "striker", "midfielder",
    "defender", "winger", "catcher", "shortstop", "linebacker", "receiver", "captain", "manager", "boxer", "fighter",
    "golfer", "swimmer", "gymnast", "skater", "athlete", "champion", "medalist", "speaker", "wide receiver",
    "running back", "point guard",
)

# News agencies and networks whose name in brackets opens a dateline: "Seoul (CNN) ...", "Moscow (AFP) - ...".
WIRES = ("AP", "AFP", "Reuters", "CNN", "UPI", "Xinhua", "dpa", "ANSA", "EFE", "Kyodo", "Yonhap", "IANS", "PTI")

# Time zones that follow a clock time inside a sentence ("at 10:30 p.m. Eastern time").
TIME_ZONES = frozenset("eastern pacific central mountain et pt ct mt est edt pst pdt gmt utc bst cet local".split())

# British spellings by their American form, as word beginnings ("favour" also in "favourite"),
# so that a British and an American outlet's report of one fact meet when facts are matched ("left
# paralysed", "left paralyzed"). The regular endings ("-ise", "-yse") are rewritten by rule
# (features.stem); these are the words no rule reaches safely: "-our" ("four" and "hour" stay),
# "-re", "-ence", a doubled "l" before an ending, "ae" and "oe".
US_SPELLING = {
    **{w: w[:-2] + "r" for w in """favour honour colour labour neighbour behaviour humour rumour harbour vigour
       armour endeavour flavour tumour odour parlour saviour rigour clamour ardour splendour candour
       glamour""".split()},
    **{w + "re": w + "er" for w in """cent theat met lit fib calib spect somb meag lust sab kilomet centimet
       millimet""".split()},
    **{w + "ence": w + "ense" for w in "def off lic pret".split()},
    **{w + "l": w for w in """travel cancel label model fuel counsel signal total channel level marshal
       tunnel quarrel jewel dial duel rival equal pencil spiral shovel refuel unravel marvel""".split()},
    "paediatric": "pediatric", "anaemi": "anemi", "anaesthe": "anesthe", "haemorrhag": "hemorrhag",
    "leukaemia": "leukemia", "oestrogen": "estrogen", "foetus": "fetus", "diarrhoea": "diarrhea",
    "manoeuvre": "maneuver", "gynaecolog": "gynecolog", "orthopaedic": "orthopedic", "programme": "program",
    "catalogue": "catalog", "analogue": "analog", "grey": "gray", "aluminium": "aluminum", "plough": "plow",
    "sceptic": "skeptic", "judgement": "judgment", "acknowledgement": "acknowledgment", "ageing": "aging",
    "sulphur": "sulfur", "mould": "mold", "smoulder": "smolder", "practis": "practic", "pyjama": "pajama",
    "instalment": "installment", "skilful": "skillful", "wilful": "willful", "moustache": "mustache",
}

# Verbs news uses for one happening, by stem: "reached Russia" and "arrived in Russia" report one
# step, so they must meet when facts are matched (stems on the left become the one on the right).
SAME_HAPPENING = {
    "reach": "arriv", "land": "arriv", "depart": "leav", "left": "leav", "set": "leav",
    "die": "kill", "died": "kill", "dead": "kill", "death": "kill", "slain": "kill", "wound": "injur", "hurt": "injur",
    "injuri": "injur", "detain": "arrest", "resign": "quit", "stepp": "quit", "talk": "meet", "met": "meet",
    "approv": "pass", "adopt": "pass", "reject": "vot", "ban": "bar", "prohibit": "bar",
    # a noun and its verb: "oil addiction" and "addicted to oil" (the 129th reading: told three times)
    "addiction": "addict",
    # a campaign suspended is a campaign ended ("will suspend her campaign", "ended her campaign")
    "suspend": "end",
}

# Words that tell one count of the hurt or damaged from another ("minor" against "critical").
SEVERITY = frozenset(
    """minor slight slightly light lightly moderate moderately serious seriously severe severely critical
    critically grave gravely fatal fatally stable life-threatening non-life-threatening""".split()
)

WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEK)

DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april june july
    august september october november december yesterday today tomorrow tonight""".split()
)
# Month names as dates write them, and each month's number.
MONTHS = {name: number for number, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december"), start=1) for name in names.split()}
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Words after "this" or "these" that do not point back to a thing the sentence before named: a time
# ("this week", "this digital age") or what the article as a whole is about ("this study", "this case",
# "this country", "this meeting", a review's "this movie", "this administration").
NOT_POINTING_BACK = frozenset(
    """week weekend year month morning afternoon evening night day spring summer autumn fall winter season
    time times decade century era age point moment hour stage past coming study research paper report article
    story survey analysis finding findings trial book film documentary episode interview country nation city
    town state election race campaign case movie show album novel administration government congress session
    term meeting summit visit trip conference talks event""".split()
)
# ... and words after "this" that make it stand for a clause ("this is", "this means", "this for ten years").
CLAUSE_AFTER_THIS = frozenset(
    """is was are were has have had will would could can may might should must does did do means meant
    represents shows showed suggests seems appears happens happened comes came makes made for or and to in on
    with at by as from that one ones""".split()
)
# Capitalised words that name nobody.
NOT_NAMES = STOPWORDS | DATE_WORDS
# Titles written before a name ("Rep. Elijah E. Cummings", "Gov. Kate Brown"): one outlet gives them, another
# does not, and the person is the same.
NAME_TITLES = frozenset(
    "mr mrs ms miss mx dr rep reps sen sens gov gen lt col maj sgt capt cpl adm prof rev hon jr sr".split()
)

# The writer's reading of what a deed means: "The new consensus marks the end to many weeks of negotiations
# and partisan gridlock" (National Review, allsides-5922, reading 53d: CNN said hurdles remain), "The decision
# Monday marks a setback for the trade commission". Someone's, where the sentence says whose.
# (Not "marking the end of a 20-year deployment", "marked the end of 200 years of coal mining": what
# happened, dated: review 53.)
SIGNIFICANCE = tuple(
    f" marks {what}"
    for what in ("the end to", "a setback", "a defeat", "a victory", "a win for", "a turning point",
                 "a new chapter", "a new era", "a watershed", "a departure", "a blow", "a rebuke", "a reversal",
                 "a triumph", "a breakthrough")
)
# The writer's verdict on the whole ("There's plenty of blame to go around, but one thing is clear: ..."),
# on what someone grasps ("President Trump doesn't understand that the trade deficit is ..."), or an insult
# or sneer in the writer's own words ("... continues to slam spineless Senate Majority Leader ...", "... to
# compete with other ludicrously-priced handbags"); someone's, where the sentence says whose ("Trump has
# called McConnell spineless", "the court ruled that the agency fails to understand ...").
REPORTABLE_VERDICTS = (
    " one thing is clear", " one thing is certain", " plenty of blame", " fails to understand",
    *(f" {does} understand that" for does in ("doesn't", "doesn’t", "does not", "don't", "don’t", "do not")),
    " spineless", " feckless", " clueless", " gutless", " hapless", " ludicrous",
    *SIGNIFICANCE,
)
# Evaluation, argument and address to the reader: what an outlet thinks, not what happened.
OPINION_CUES = (
    *SIGNIFICANCE,
    " should ", " shouldn't ", " ought ", " analysts argue", " argue that", " argues that",
    " in my view", " i think", " we think", " we believe", " in our view", " arguably", " undoubtedly",
    " clearly ", " of course", " it is time", " it's time", " dangerous", " reckless", " absurd",
    " shameful", " disgrace", " outrageous", " ridiculous", " crippling", " alarming",
    # the writer's verdict ("a worrying trend", "worryingly reminiscent"), not a report that someone worries
    # ("A wary Supreme Court ... weighed ..., worrying about overly restricting speech")
    " worryingly", " is worrying", " are worrying", " worrying sign", " worrying trend",
    " should be ", " would be wise", " bound to ", " highly successful",
    " symbolic", " desperate", " pariah", " paranoid", " bromance", " dictator", " in summary", " in short,",
    " the real ", " the truth ", " make no mistake", " the lesson", " it remains to be seen",
    # "some experts say", "according to some analysts", not "alarmed some experts" (a report of how they took it)
    *(f" some {who} {verb}" for who in ("experts", "analysts") for verb in (
        "say", "said", "believe", "believed", "think", "thought", "argue", "argued", "warn", "warned", "fear",
        "feared", "suggest", "suggested", "predict", "predicted", "worry", "worried", "contend", "have", "are")),
    " according to some experts", " according to some analysts",
    " critics say", " critics argue", " experts believe", " analysts believe",
    " analysts say", " experts say", " observers", " commentators", " unlikely", " overblown", " exaggerated",
    " correctly ", " rightly ", " wrongly ", " foolishly ", " brilliantly ", " shamefully ",
    " screwed up", " big loser", " big winner", " paved the way", " paves the way",
    # the writer talking to the reader
    " let's ", " let’s ", " for the most part", " would've ", " would’ve ",
    # a superlative with no one's measure behind it
    " like never before", " than ever before", " night yet", " week yet", " moment yet",
    # a critic's verdict on a performance, a film or a person
    " fantastic", " amazing ", " terrific", " superb", " masterful", " mesmeriz", " riveting", " dazzling",
    " delightful", " charismatic", " hilarious", " forgettable", " lackluster", " overrated", " underrated",
    " like no other", " force of nature", " good looks", " scary ", " warped ", " career liar",
    # the writer's guess or framing: "... is probably the biggest question", "Under cover of the crisis, ..."
    " probably the ", " under cover of", " a good moment to", " a scintilla of", " in practice,",
    " downright ", " put another way", " warrants attention",
    # the writer's verdict on a likeness: "The number of rebels at 117 is eyecatchingly similar to ..."
    " eyecatchingly", " strikingly", " eerily", " uncannily",
    *REPORTABLE_VERDICTS,
)

# The writer's stance on what happened: opinion even where most of the sentence is a quotation
# ("Predictably, the mayor tweeted: ...").
STANCE_CUES = (
    " sadly,", " unfortunately", " thankfully", " mercifully", " laughably", " tellingly", " predictably",
    " ironically", " understandably", " unsurprisingly", " inevitably", " notoriously", " conveniently",
    " fittingly", " no surprise,", " in reality,",
    " alas,", " amazingly,", " incredibly,", " remarkably,", " surprisingly,", " curiously,", " oddly,",
    " strangely,", " frankly,", " admittedly,", " let that sink in", " for better or worse,",
    # "That she finally conceded ... was not surprising."
    " was not surprising", " is not surprising", " was hardly surprising", " is hardly surprising",
)

# History and context a story carries along: true, but not what this story reports.
BACKGROUND_CUES = (
    " last met ", " first met ", " previously ", " in the past", " has long ", " have long ", " for decades",
    " historically", " history of", " since the fall", " was founded", " years ago", " decades ago",
    " first meeting in", " last time ", " in 2019", " in 2018", " in 2017", " in 2016", " in 2015",
    " in recent times", " in recent years", " in recent months", " have grown closer", " has grown closer",
)

# Openers that only join a sentence to its neighbours and carry no meaning of their own: the one
# deletion a printed fact may make. Openers that carry meaning ("However", "Also", "In exchange")
# make the sentence lean on the one before it instead (standalone.leans_back).
CONNECTIVES = (
    "Notably", "Additionally", "In addition", "Furthermore", "Moreover", "Meanwhile", "Separately",
    "Incidentally", "Importantly", "Significantly",
)

# The outlet's reading of events (what they signal, mean or will lead to) and unattributed
# speculation: analysis, which belongs to the narratives, never to the facts.
ANALYSIS_CUES = (
    " signals ", " signalled ", " signaled ", " underscores ", " underscored ", " highlights the ",
    " a sign of ", " sign that ", " a reminder of ", " a reminder that ", " a blow to ", " a win for ",
    " exemplifies ", " exemplified ", " epitomizes ", " epitomized ", " is emblematic", " was emblematic",
    " a victory for ", " a setback for ", " raises questions", " raises the question", " world order",
    " could potentially", " may potentially", " might potentially", " is likely to ",
    " are likely to ", " would likely ", " will likely ", " could well ", " seems to ", " seem to ",
    " appears to ", " appear to ", " seemed an ", " seems an ", " seemed a ", " seems a ", " it is a measure of ",
    " in other words", " the message is", " the stakes ",
    # the writer's reading of a document: "It speaks to the fact that Zimmerman ignored a police
    # dispatcher's advice ..." (multinews-113, the final reading of session 32)
    " speaks to the fact that", " points to the fact that", " speak to the fact that",
    " was likely ", " were likely ", " is likely ", " are likely ",
    # the writer's verdict on what the sentence told: "... since late April, likely a temporary blip"
    ", likely a ", ", likely an ", ", likely the ", ", probably a ", ", probably an ", ", probably the ",
    " is poised to ", " a turning point", " a watershed", " a game changer", " a game-changer",
    " remains to be seen", " only time will tell", " the bottom line", " the irony", " speculation turns to",
    " attention turns to", " questions turn to",
    # the writer's certainty about an outcome to come: "it's a forgone conclusion that ... The Artist will
    # win Best Picture" (multinews-136, reading 34c)
    " a foregone conclusion", " a forgone conclusion",
    # the writer weighing what it means, or pointing the reader to it: "For Putin, it's a chance to ..."
    " it's a chance to", " it’s a chance to", " it is a chance to", " it's worth noting", " it’s worth noting",
    " it is worth noting", " it bears noting", " it's worth remembering", " it’s worth remembering",
    # agentless claims: who holds the concern or the belief is not said
    " concerns have been raised", " questions have been raised", " it is believed", " is widely seen",
    " is seen as ", " are seen as ", " is widely believed", " is widely expected",
    # the writer's shrug: "No one really knows what ..."
    " no one really knows", " nobody really knows",
    # the writer's reading hung on a report: "..., signaling the labor market continues to ...",
    # "..., adding to signs of decelerating growth"
    ", signaling ", ", signalling ", " adding to signs ", " adding to fears ", " adding to concerns ",
    # "... between 1 inch and 18 inches away, bolstering Zimmerman's claim ..."
    ", bolstering ", ", undercutting ", ", undermining ", ", lending weight to ", ", lending credence to ",
    ", casting doubt on ", ", underscoring ", ", a signal that ", ", a sign that ",
    # "..., interrupting a downward trend and showing the labor market's recovery remains uneven"
    " showing the labor market", " showing the economy", " showing the recovery",
    # the writer's verdict: "Amtrak's failure to notice how much time had passed was a breath of fresh air"
    " a breath of fresh air",
    " adding to worries ", " in a sign that ",
    # the writer's verdict on what a deed amounts to: "... constitutes an enormous practical concession that ..."
    " constitutes a ", " constitutes an ", " amounts to a ", " amounts to an ", " as a matter of pure ",
    " a tacit admission", " a tacit acknowledg", " an implicit admission", " an implicit acknowledg",
)

# What the writer forecasts a thing "threatens to" do: "The panic-buying threatens to exacerbate the
# supply shock." (allsides-6053, reading 50a); harms no one carries out at will, so that no actor's threat
# is read as a forecast ("Iran threatens to disrupt oil shipping", "... to cripple the ports with a strike",
# review 50a's B2).
THREATENED_HARMS = ("exacerbate", "worsen", "deepen", "overwhelm", "complicate", "erode", "overshadow")

# A fact-checker's verdict on what someone said, in its words ("Trump erred when he said it's “proven”
# that ...", neus-val-0036, reading 50e).
MISSTATED = (
    "erred", "errs", "misspoke", "misstated", "exaggerated", "overstated", "understated", "mischaracterized",
    "was wrong", "were wrong", "is wrong", "are wrong", "got it wrong", "went too far", "stretched the truth",
)

# Loaded wording: emotive, intensifying or partisan words that a neutral report of the same fact
# does without. Among sentences that state one fact, the brief prints the least loaded.
LOADED = frozenset(
    """slam slams slammed blast blasts blasted rip rips ripped lash lashes lashed torch torched skewer skewered
    destroy destroys destroyed eviscerate eviscerated shred shredded bash bashed hammer hammered
    outrage outraged outrageous furious fury rage raging enraged livid fuming scathing blistering stinging
    shocking shocked stunning stunned astonishing staggering jaw-dropping bombshell explosive dramatic
    dramatically massive huge enormous unprecedented historic sweeping sharply
    disastrous disaster catastrophic catastrophe devastating devastated chaos chaotic crisis meltdown
    nightmare horrific horrifying horrible terrible terrifying brutal brutally savage vicious heinous
    radical extremist extreme far-left far-right leftist rightwing right-wing left-wing socialist fascist
    regime thug thugs tyrant puppet cronies crony elites elitist woke mob mobs rioters hysteria hysterical
    lies lie lied liar lying smear smears hoax sham scam rigged corrupt corruption disgraced disgraceful
    shameful shameless reckless dangerous absurd ridiculous bizarre ludicrous insane crazy unhinged
    slap slapped snub snubbed spar sparred feud feuding war warring clash clashed clashes fiery heated
    embattled beleaguered controversial notorious infamous vile vitriol vitriolic toxic draconian
    crackdown onslaught assault surge soar soared soaring plunge plunged plummet plummeted skyrocket
    skyrocketed tout touted boast boasted brag bragged vow vowed mock mocked ridicule ridiculed
    blame blamed accuse accused extraordinary purge purged feckless nonsensical splurge obliterate
    obliterated spineless buckle buckled skyrocketing firebrand momentous monumental landmark torches censor
    censors censored""".split()
)

# Framings a story's outlets argue. Each has the words that take its stance (a threat, a doubt,
# a failure, an overreaction) and the words of the subject it is named for, if any (security,
# the economy, diplomacy, people hurt): a narrative is labelled by a framing only where its
# sentences carry what the framing has of both (a danger to health is not a security threat).
# Two narratives are shown only when they argue opposite ways (an ``alarm`` framing against a
# ``doubt`` framing) or distinct framings.
FRAMES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "Security-threat": (
        "alarm",
        ("threat", "danger", "dangerous", "risk", "escalat", "aggress", "deadly", "crippling", "warn", "concern"),
        ("security", "weapon", "arms", "missile", "nuclear", "military", "attack", "arsenal"),
    ),
    "Skeptical": (
        "doubt",
        ("symbolic", "unlikely", "limited", "little", "overblown", "exaggerat", "desperate", "scrambling",
         "reluctan", "doubt", "pariah", "isolated", "paranoid", "not trade", "no sign", "surface level",
         "old munitions", "hype", "spin", "insignificant", "not a great deal", "not convincing", "unconvincing",
         "counterproductive", "no evidence", "overstat", "mistaken", "premature", "not so sure", "doesn't matter",
         "does not matter", "little difference"),
        (),
    ),
    "Accountability": (
        "alarm",
        ("failure", "failed", "negligen", "blame", "responsib", "cover-up", "scandal", "accountab", "lax",
         "ignored", "warning signs", "regulator", "oversight", "investigat", "inspection"),
        (),
    ),
    "Overreaction-critical": (
        "doubt",
        ("overreact", "exploit", "politiciz", "politicis", "opportunis", "scaremonger", "panic", "fearmonger",
         "blown out of proportion", "isolated incident", "point-scoring", "grandstand", "political fight",
         "political argument", "villain", "rush to blame", "wait for the evidence", "too early", "accident",
         "rare"),
        (),
    ),
    "Economic": (
        "neutral",
        (),
        ("economy", "economic", "cost", "price", "market", "jobs", "trade", "business", "investment", "growth",
         "inflation", "budget", "billion", "sanction", "aid", "supply", "supplies"),
    ),
    "Diplomatic": (
        "neutral",
        (),
        ("alliance", "partnership", "ties", "diplomac", "diplomat", "cooperation", "friendship", "relations",
         "bilateral", "united front", "allies", "neighbours", "neighbors", "summit"),
    ),
    "Human-impact": (
        "alarm",
        ("suffer", "humanitarian", "toll", "devastat", "heartbreak", "tragic", "tragedy", "compassion", "persecut",
         "inhumane", "cruel", "in fear", "collateral damage"),
        ("victim", "families", "injured", "killed", "dead", "residents", "hospital", "evacuat", "homeless",
         "health", "children", "refugee", "migrant", "asylum", "fleeing"),
    ),
    "Health-risk": (
        "alarm",
        ("danger", "dangerous", "risk", "harm", "toxic", "deadly", "unsafe", "poison"),
        ("health", "drug", "disease", "patient", "medical", "medicine", "vaccin", "virus", "chemical", "overdose",
         "pill", "illness"),
    ),
}

# What makes a sentence argue rather than report, as whole words or phrases: a judgement
# (evaluative words), a call (normative words), the writer's stance on a claim, an analytic
# claim about what something means or will do, or an argument attributed to those who make it.
# Each alone is common in news ("must appear in court", "went wrong"): a narrative needs several,
# in every sentence it prints, and more than calls (a court's order, an agency's guidance and a
# poll's "should" are reports): ``CALL_MARKERS`` are the calls, the rest judge or reason.
CALL_MARKERS = (
    "should", "shouldn't", "should not", "ought to", "must", "mustn't", "must not", "it is time", "it's time",
    "high time", "let us", "let's", "we need", "deserve", "deserves", "would do well", "would be wise",
    "enough is enough", "has to stop", "must stop",
)
ARGUMENT_MARKERS = (
    *CALL_MARKERS,
    # a judgement
    "the right thing", "the right instinct", "the right call", "wrong", "wrongly", "rightly", "misguided",
    "misleading", "misnomer", "misnomers", "absurd", "reckless", "shameful", "shame", "disgrace", "disgraceful",
    "hypocrisy", "hypocritical", "cynical", "foolish", "irresponsible", "indefensible", "unacceptable",
    "outrageous", "ridiculous", "dishonest", "baseless", "nonsense", "folly", "blunder", "travesty", "appalling",
    "deplorable", "inexcusable", "laughable", "pathetic", "naive", "sensible", "admirable", "courageous", "unfair",
    "unjust", "injustice", "incompetent", "incompetence", "cowardly", "a failure of", "was a failure",
    "not convincing", "unconvincing", "a mistake", "mistaken", "overblown", "exaggerated", "scaremongering",
    "fearmongering", "hysteria", "hysterical", "grandstanding", "political theater", "political theatre",
    "point-scoring", "a political argument", "nothing more than", "little more than", "at best", "at worst",
    "far too", "too early", "too soon", "rush to blame", "desperate", "paranoid", "pariah", "dangerous game",
    # the writer's stance on a claim
    "the truth is", "the fact is", "make no mistake", "the real problem", "the real question", "the real issue",
    "the real scandal", "the real story", "the problem is", "the point is", "the lesson", "what matters",
    "it is clear", "clearly", "plainly", "obviously", "surely", "undoubtedly", "arguably", "in my view",
    "in our view", "i think", "i believe", "we believe", "ironically", "tellingly", "predictably",
    "unfortunately", "thankfully", "the bottom line",
    # what something means or will do
    "which means", "in other words", "is to blame", "are to blame", "partly to blame", "partially to blame",
    "largely to blame", "unlikely", "a sign that",
    "a reminder that",
    # an argument its makers are named for
    "argue that", "argues that", "argued that", "critics argue", "experts believe", "analysts believe",
)

# A verdict for or against what a line judges, among the judgements above: where no framing fits
# a line of argument, its verdicts say which way it argues (a "Critical" or a "Supportive" line).
VERDICTS_AGAINST = (
    "wrong", "wrongly", "misguided", "misleading", "absurd", "reckless", "shameful", "shame", "disgrace",
    "disgraceful", "hypocrisy", "hypocritical", "cynical", "foolish", "irresponsible", "indefensible",
    "unacceptable", "outrageous", "ridiculous", "dishonest", "baseless", "nonsense", "folly", "blunder",
    "travesty", "appalling", "deplorable", "inexcusable", "laughable", "pathetic", "naive", "unfair", "unjust",
    "injustice", "incompetent", "incompetence", "cowardly", "a failure of", "was a failure", "a mistake",
    "mistaken", "dangerous game",
    # the writer's verdict on a deed or on how it is taken: "for a lot of people that decision won't
    # make sense" (allsides-5826, a column's opening)
    "makes no sense", "made no sense", "won't make sense", "doesn't make sense", "didn't make sense",
    # the writer's own, counted as argument only in a piece filed as argument (a news report leaves
    # such verdicts to those it quotes)
    "troubling", "disturbing", "feckless", "mendacious", "lies", "slander", "smear",
    "crackpot", "doomed", "not true", "undermine", "undermines", "undermining", "witch hunt", "banana republic",
    "hand-wringing", "condescension", "condescending", "embarrassing", "embarrassingly", "dysfunctional",
    "fakery", "phony", "sham", "farce", "debacle", "fiasco", "disastrous", "callous", "cruelty", "overreach",
    "power grab", "wasteful", "incoherent", "backward", "step backward", "partisanship", "political enemies",
    "not working", "no reason to", "mistake", "inaccurate", "distorting", "lazy", "clichéd",
    "not one that inspires confidence", "does not inspire confidence", "doesn't inspire confidence",
    # a verdict in a figure of speech: "connected only intermittently with reality" (allsides-6090),
    # "was, in fact, a fraud" (6083)
    "with reality", "from reality", "extremist party", "was a fraud", "is a fraud", "in fact, a fraud",
    # words a column or a quoted critic judges by and a report does not describe with (not "botched
    # robbery", "exemplary damages", "brilliant sunshine", "absurdly cheap": review 43's B5)
    "disingenuous", "ludicrous", "preposterous", "shameless", "despicable", "idiotic",
    "bogus", "deceitful", "demagoguery", "spineless", "repugnant", "reprehensible",
    "abhorrent", "unhinged", "deranged", "contemptible", "inept", "bungled",
    "unconscionable", "asinine", "gaslighting", "cowardice", "hypocrite", "hypocrites", "platitudes", "pandering",
    "dishonesty", "nonsensical", "propagandistic", "recklessness",
    "absurdity", "shamefully", "irresponsibly", "foolishly",
    "wrongheaded", "wrong-headed", "ill-conceived", "short-sighted", "shortsighted", "counterproductive",
)
VERDICTS_FOR = (
    "the right thing", "the right instinct", "the right call", "rightly", "sensible", "admirable", "courageous",
    # the writer's own, as above
    "a welcome", "is welcome", "welcome news", "a good thing", "good news", "is right to", "was right to", "wise",
    "wisely", "commendable",
    "laudable", "long overdue", "step forward", "important step", "a win for", "a victory for", "genuine",
    "success story", "much-deserved", "well-deserved", "the best thing", "no better",
    # as above
    "masterful", "principled", "praiseworthy", "a breath of fresh air",
    "a step in the right direction", "the right move", "the right decision",
    # a slip forgiven, not faulted: "It was an honest mistake that anyone could have made." (multinews-105)
    "an honest mistake", "an innocent mistake", "an understandable mistake",
)
# A writer arguing in the first person or weighing a claim: in a piece filed as argument, their
# own line ("I'm not so sure", "the reality is", "that is why").
OPINION_STANCE = (
    "i'm not so sure", "i am not so sure", "i'm afraid", "i would", "i still would", "in reality", "the reality is",
    "the truth remains", "the question now is", "that is why", "is key", "it is clear that",
    "probably", "seems determined", "no doubt", "the upshot is",
)

# Stems of verbs by which someone takes a side on another's words or deeds: a sentence that tells
# a condemnation does not state a thanks, whatever else they share ("condemned Rep. Omar ... after
# she wrote a tweet" against "issued a statement thanking Rep. Omar for ... 'clarifying' a tweet").
# ("blasted", not "blast", an explosion; "hailed", not "Hailey").
SIDING_AGAINST = ("condemn", "denounc", "criticiz", "criticis", "rebuk", "slam", "blasted", "censur", "reprimand")
SIDING_FOR = ("thank", "prais", "applaud", "commend", "welcom", "congratulat", "endors", "hailed")

# How a sentence tells what someone made of the news rather than the news: "slammed", "praising".
REACTIONS = (
    "up in arms", "outraged", "incensed", "furious", "fuming", "slammed", "slamming", "blasted", "blasting",
    r"lambast(?:ed|ing|s)?", "lashed out", "ripped", "cheered", "celebrated", "praised", "praising", "hailed",
    "hailing", "applauded", "condemned", "condemning", "denounced", "denouncing", "decried", "criticized",
    "criticizing", "criticised", "criticising",
)
# An answer to a charge: what the side a brief's claims are about says back ("has never threatened",
# "a bogus lawsuit", "denied the allegations").
DENIALS = (
    r"den(?:y|ies|ied) (?:the|these|those|all|any|that|it|them|wrongdoing|having|ever)", r"never", r"bogus",
    r"baseless", r"false(?:ly)?", r"untrue", r"unfounded", r"meritless", r"without merit", r"categorically",
    r"reject(?:s|ed)? (?:the|these|those|all|any)", r"refut(?:e|es|ed)",
    r"disput(?:e|es|ed) (?:the|these|those|all|any)", r"not true", r"smear",
)
# A charge or claim made against someone, as a report tells it.
CHARGES = (
    r"claim(?:s|ed|ing)?", r"accus(?:e|es|ed|ing|ation|ations)", r"alleg(?:e|es|ed|ing|ation|ations)",
    r"lawsuit", r"sued", r"su(?:es|ing)", r"petition", r"complaint", r"charg(?:e|es|ed)",
)
# A charge's own words: what a denial takes up of a claim is the deed, not that it is charged.
CHARGE_WORDS = (
    "accused charged charges alleged allegations claims sued lawsuit indicted investigated investigation wrongdoing"
).split()
# Deeds an accused is told to deny in other words than the claim's ("never discussed ..." for "told Iran ...");
# not "told" ("never told anyone he had paid ..." admits the payment).
DENIED_DEEDS = (
    "discussed shared gave paid took received accepted leaked passed spoke talked met steered revealed disclosed "
    "committed broke lied offered asked sent ordered directed used made wrote signed knowingly intentionally"
).split()
# Who brings a case, and speaks for its side: "Prosecutors say ...", "Police said in a statement ...".
CASE_BRINGERS = ("prosecutors", "police", "investigators", "authorities")
# Words before a surname that are no first name: "Secretary Kerry", "Democrat Voss", "Prime Minister ...".
TITLES_BEFORE_NAMES = (
    "secretary chairman chairwoman speaker justice chief commissioner ambassador sheriff prosecutor general former "
    "vice prime lord lady sir dame king queen prince princess pope democrat republican independent democratic "
    "conservative liberal labour tory"
).split()
# Who answers for a party: "The widow's attorney Adam Streisand sent THR a statement".
SPOKESPEOPLE = (
    r"attorney(?!s? general)s?", r"lawyers?", r"spokes(?:man|men|woman|women|person|people)", r"representatives?",
    r"reps?", r"publicists?", r"counsel", r"statement",
)
# How an answer is told besides the verbs of saying: "Sargeant's lawyers insist ... and deny ...".
ANSWER_VERBS = (r"insist(?:s|ed)?", r"maintain(?:s|ed)?", r"den(?:y|ies|ied)", r"reject(?:s|ed)?", r"dispute[sd]?")

# A party that did not answer ("... but neither responded", "declined to comment", "could not be
# reached"): what the outlet knew when it wrote, not what the party said elsewhere.
NO_RESPONSE = (
    r"(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not)\s+(?:immediately\s+)?"
    r"(?:respond|return|reply|comment)",
    r"neither (?:responded|replied|commented)", r"declined to comment", r"could not be reached",
    r"no (?:immediate )?(?:response|comment)", r"not immediately available",
)

# Domains under which many publications live, each on its own subdomain.
SHARED_HOSTS = frozenset(
    """substack.com medium.com blogspot.com wordpress.com github.io tumblr.com ghost.io beehiiv.com
    example.com example.org example.net""".split()
)

# Abbreviations a reader knows without their article's spelling them out: a fact using one does not
# wait for the sentence that did ("Federal Bureau of Investigation (FBI)").
KNOWN_ABBREVIATIONS = frozenset(
    "FBI CIA NSA NASA UN NATO EU US USA UK IRS FDA CDC WHO EPA DOJ DHS ICE GOP NBA NFL MLB NHL FIFA IOC CEO "
    "BBC CNN NBC CBS ABC NPR AP AFP PBS AIDS HIV DNA TV NHS IMF OPEC".split()
)

