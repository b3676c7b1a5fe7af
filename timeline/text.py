"""Plain-text helpers shared by the stages: sentences, content terms, actor names.

Deliberately simple and fast: they run on every sentence of every article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.rules import lexicon, words
from timeline.ruleset import word_alternation

__all__ = [
    "DATELINE_AGENCY",
    "DATELINE_PLACE",
    "RANGE_JOINT",
    "RANGE_OPENED",
    "SPACE",
    "actors",
    "ends_with_abbreviation",
    "sentence_spans",
    "terms",
]

# A sentence ends at . ! ? (with its closing quotes/brackets) before whitespace and a capital,
# a digit or an opening quote; and at every line break (news copy puts paragraphs on lines).
# The mark or break is matched first, as a plain character class, and told apart by looking back
# at it: a pattern that opens with a class lets the regex engine skip from candidate to candidate
# in C, where an alternation (or guarded()'s lookahead) is tried at every character of the text,
# four times slower.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])[\"'”’)\]]*(?P<gap>\s+)(?=[\"'“‘(\[]?[A-Z0-9]))")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|ST|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|vs|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m)|\b[A-Z])\.$"
)
# A wire dateline's place in capitals ("MOSCOW", "ST. PAUL, Minn.", "GAZA/RAMALLAH") and its agency
# ("(Reuters)", "/PRNewswire/"): dating reads the date between them, extraction skips it as no
# event, titles cut what is left of it.
DATELINE_PLACE = r"[A-Z][A-Z .'’/-]{1,40}(?:\([^)]{1,30}\))?(?:,\s*[A-Z][\w .'’-]{0,30})*"
DATELINE_AGENCY = r"(?:\(\w[\w .-]*\)|/\w[\w .-]*/)"
# Text that ends with the word opening a range ("from", "between"): the tagger reads a range's
# last day after it, extraction joins the two days into one event.
RANGE_OPENED = re.compile(rf"\b(?:{word_alternation(words.RANGE_OPENER)})\s+$", re.IGNORECASE)
# Between a range's two ends: a dash, a range word, or "and" (after "between", which the caller checks).
RANGE_JOINT = re.compile(
    rf"\s*[-–—]\s*|\s+(?P<word>{word_alternation((*words.RANGE_WORD_OF_NAMES, 'and'))})\s+(?:the\s+)?"
    rf"|-(?P<hyphened>{word_alternation(words.RANGE_WORD)})-",  # "January-to-October"
    re.IGNORECASE,
)
# The characters \s matches, listed for a character class: the regex engine tests a class of listed
# characters with a bitmap, and \s with a Unicode look-up, so a search that skips to a class holding
# them runs about twice as fast with them listed (see events._CLAUSE_BREAK).  A test checks the list.
SPACE = "\t-\r\x1c- \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")
# A run of capitalized words ("NATO" is one too: \w holds the capitals).  It opens with a plain
# character class, which the regex engine skips to in C.
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+the\s+|of\s+|de\s+|von\s+der\s+|van\s+)?[A-Z][\w'’-]+)*")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``, whitespace trimmed."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start, stop):
        # The sentence ends after its mark, or at a line break (no gap: its start is -1).
        gap = match.start("gap")
        cut = gap if gap >= 0 else match.start()
        if text.startswith("\n", cut) or not _ABBREVIATION.search(text, max(begin, cut - 6), cut):
            _append(text, spans, begin, cut)
            begin = match.end()
    _append(text, spans, begin, stop)
    return spans


def ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation ("Mr.", "Nov.", "U.S.", an initial)."""
    return _ABBREVIATION.search(text, max(0, dot - 5), dot + 1) is not None


def _append(text: str, spans: list[tuple[int, int]], begin: int, end: int) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append((begin, end))


@lru_cache(maxsize=65536)
def _term(word: str) -> str | None:
    lower = word.lower().strip("'’-")
    if len(lower) < 3 or lower in lexicon.STOPWORDS:
        return None
    canonical = lexicon.CANONICAL.get(lower)
    if canonical is not None:
        return canonical
    # Light stemming: enough to pair "troops"/"troop" and "talks"/"talk", no more.
    if lower.endswith("’s") or lower.endswith("'s"):
        lower = lower[:-2]
    if len(lower) > 4 and lower.endswith("ies"):
        return lower[:-3] + "y"
    if len(lower) > 3 and lower.endswith("s") and not lower.endswith("ss"):
        return lexicon.CANONICAL.get(lower[:-1], lower[:-1])
    return lower


def terms(text: str) -> tuple[str, ...]:
    """The normalized content words of ``text``, in order, without repeats."""
    # map() and dict.fromkeys keep the loop in C: this runs on every sentence that dates something.
    return tuple(dict.fromkeys(filter(None, map(_term, _WORD.findall(text)))))


def actors(text: str) -> tuple[str, ...]:
    """Proper names in ``text`` ("Keir Starmer", "Nato"), titles dropped, in order, without repeats."""
    return tuple(dict.fromkeys(filter(None, map(_actor, _NAME.findall(text)))))


@lru_cache(maxsize=65536)
def _actor(words_found: str) -> str | None:
    """The name a run of capitalized words gives ("President Vladimir Putin" -> "Vladimir Putin"), if any.

    Cached: the same names recur through a collection.
    """
    words = [w for w in words_found.split() if _POSSESSIVE.sub("", w) not in lexicon.NOT_ACTOR]
    while words and words[0].lower().strip("'’") in lexicon.HONORIFIC:
        words.pop(0)
    # The possessive goes ("Putin's"), not every final s ("Paris", "Reuters").
    name = _POSSESSIVE.sub("", " ".join(words)).strip()
    return name if len(name) > 1 else None


_POSSESSIVE = re.compile(r"['’]s?$")
