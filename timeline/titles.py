"""Short readable titles for events, made from the sentence that reports them.

The date expression and the preposition leading it come out ("on Saturday
morning"), then attribution tails (", he said", ", diplomatic sources told
Reuters"), leading connectives and quotation marks left without a partner;
a long sentence is narrowed to the clause around its date.
"""

from __future__ import annotations

import bisect
import re

from timeline.model import Mention
from timeline.ruleset import guarded
from timeline.text import DATELINE_AGENCY, DATELINE_PLACE, SPACE, ends_with_abbreviation

__all__ = ["make_title", "without_date"]

# The verbs of an attribution, and "told" with whom it told.
_SPEECH_VERBS = "said|says|added|continued|warned|insisted|stated|wrote|explained|noted"
# How an attribution ends: the reporting verb and what may follow it ("said on Tuesday."), or a
# phrase with no speaker.
_SPEECH_END = rf"(?:{_SPEECH_VERBS}|told\s+[\w\s]{{1,30}})(?:\s+(?:on|in)\s+[\w/]+)?\s*[.,]?\s*$"
_SOURCES_TOLD_END = r"sources\s+told\s+\w+\s*\.?$"
_UNDERSTOOD_END = r"it\s+is\s+understood\.?$"
# Tried at every position of a title's tail, so kept from backtracking: a speaker's name starts
# where no letter precedes it (a match starting inside a word would start earlier, at the word),
# and each of its words must be taken whole (a lookahead: possessive quantifiers need Python 3.11).
_ATTRIBUTION = re.compile(
    r"(?:,?\s*(?:\"|”|’|')?\s*(?:,\s*)?"
    r"(?<![A-Z])(?:he|she|they|it|officials?|sources?|diplomats?|[A-Z][\w.'’-]*(?![\w.'’-])(?:\s+[A-Z][\w.'’-]*(?![\w.'’-])){0,3})"
    rf"\s+{_SPEECH_END}"
    rf"|,?\s*\b(?:diplomatic\s+)?{_SOURCES_TOLD_END}|,?\s*\b{_UNDERSTOOD_END})",
    re.IGNORECASE,
)
_ATTRIBUTION_HINT = re.compile(rf"\b(?:{_SPEECH_VERBS}|told|understood)\b")
# The end of each form of _ATTRIBUTION, without which it cannot match.  _ATTRIBUTION is tried at
# every position of a title's tail, a few dozen microseconds a title; this only at spaces and a few
# letters, and most tails that name a reporting verb do not end with one.
_ATTRIBUTION_END = re.compile(rf"\s{_SPEECH_END}|{_SOURCES_TOLD_END}|{_UNDERSTOOD_END}", re.IGNORECASE)
_LEADING_JUNK = re.compile(r"^(?:(?:and|but|meanwhile|however|separately)\b[,\s]*)+", re.IGNORECASE)
_PREPOSITION_BEFORE = guarded(
    r"(?:\b(?:late|early)\s+)?\b(?:on|in|at|during|by|for|since|until|from|over|before|after|this|"
    r"earlier|later|next|last)\s*$",
    re.IGNORECASE,
)
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[,.;:!?])")  # spaces already collapsed to one
_DOUBLE_COMMA = re.compile(r",\s*,")
_QUOTES = "\"“”‘’'"
_TITLE_LIMIT = 100
_TITLE_MINIMUM = 30
_SUBJECT_LIMIT = 50
# A clause opening with one of these has its own subject, or none to borrow.
_NOT_A_PREDICATE = frozenset(
    "and but or which who whom whose that it we he she they there i you this".split()
)
_RELATIVE_PRONOUNS = frozenset({"which", "who"})
_TEMPORAL_CONJUNCTIONS = frozenset({"after", "when", "once", "while", "before", "since"})
_TRAILING_NAME = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+$")
# "… reacted furiously to the fire, which occurred …": a determiner and up to three words.
_TRAILING_NOUN_PHRASE = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", re.IGNORECASE
)
# "… a minerals deal in Ukraine, first floated by the US President last month": a passive participle
# with its agent, describing the noun phrase before the comma (a reduced relative clause).
_REDUCED_RELATIVE = re.compile(
    r"(?:(?:first|originally|initially|later|recently|previously|once|also|jointly|newly|widely)\s+)?"
    r"(?:[a-z]{2,}ed|made|given|taken|written|sent|held|led|won|struck|drawn|brought|put|set|built|"
    r"known|seen|shown|told|chosen|broken|begun|sought|signed|brokered)\s+(?:up\s+|out\s+)?by\s"
)
# Its noun phrase: a determiner, up to four words, and one prepositional phrase ("a minerals deal in
# Ukraine"); it keeps a trailing name, so the title reads right whichever the participle describes.
# No word of it is another determiner or ends in "-ed": the phrase would have crossed a verb ("the
# country rejected the results of the election" is no noun phrase).
_DETERMINER = r"(?:a|an|the|its|their|his|her|this|that)"
_NOUN_WORD = r"(?!" + _DETERMINER + r"\s)(?![\w'’-]*ed[\s,]|[\w'’-]*ed$)[\w'’-]+"
_NOUN_PHRASE_BEFORE = re.compile(
    rf"\b{_DETERMINER}\s+(?:{_NOUN_WORD}\s+){{0,3}}{_NOUN_WORD}"
    rf"(?:\s+(?:in|of|for|with|on|from|over)\s+(?:the\s+)?(?:{_NOUN_WORD}\s+){{0,2}}{_NOUN_WORD})?$",
    re.IGNORECASE,
)
_PHRASE_REACH = 120


def _described(sentence: str, segment_start: int, segment_end: int, piece: str) -> str | None:
    """The noun phrase ending the segment before ``piece``, when ``piece`` is a reduced relative."""
    if not _REDUCED_RELATIVE.match(piece):
        return None
    # The phrase is at most a dozen words: its search need not start further back.
    tail = sentence[max(segment_start, segment_end - _PHRASE_REACH) : segment_end].rstrip(" ,;:-–—")
    phrase = _NOUN_PHRASE_BEFORE.search(tail)
    return None if phrase is None else phrase.group()[:1].upper() + phrase.group()[1:]


# A sentence opening with one of these does not open with who acted.
_NOT_A_SUBJECT = frozenset(
    "in on at after before during since while when if as for from with by speaking asked responding "
    "following despite amid although though".split()
)


# A date that ends a preposition which cannot be taken out with it ("go back to the 7th century",
# "compared with a year earlier"), or that is one end of a range ("between 1975 and 1980").
_DATE_WORD = (
    r"(?:\d\w*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?)"
)
# Verbs whose object is the time itself count too ("had spent this week focused on the deal").
_BOUND_WORDS = (
    "to", "of", "between", "through", "throughout", "into", "than", "with", "versus", "vs", "vs.",
    "spend", "spent", "spends", "spending", "took", "take", "takes", "taking", "lasted", "lasting",
)  # fmt: skip
_BOUND_BEFORE = guarded(
    rf"(?:\b(?:{'|'.join(map(re.escape, _BOUND_WORDS))})|{_DATE_WORD},?\s+(?:and|or))\s+$", re.IGNORECASE
)
# The last two characters of what _BOUND_BEFORE finds before its spaces, lower case.  The words
# before most dates ("on", "in", "last") end otherwise, and are passed over without the search.
_BOUND_ENDINGS = frozenset({word[-2:] for word in (*_BOUND_WORDS, "and", "or")})
_BOUND_AFTER = re.compile(r"\s*,?\s*(?:and|or|to|until|till|through|[-–])\s*" + _DATE_WORD)


def _bound_before(sentence: str, start: int) -> bool:
    """Whether the date at ``start`` ends a preposition it is bound to (see _BOUND_BEFORE)."""
    lo = max(0, start - 12)
    ending = sentence[lo:start].rstrip()[-2:]
    # Only ASCII is ruled out by its ending: IGNORECASE also reads "ſ" as "s", "K" as "k".
    if ending.isascii() and ending.lower() not in _BOUND_ENDINGS:
        return False
    return _BOUND_BEFORE.search(sentence, lo, start) is not None


def without_date(sentence: str, start: int, end: int) -> str:
    """The sentence with the date expression (and the preposition leading it) taken out."""
    possessive = sentence[end : end + 2] in ("'s", "’s")  # "last month's row" -> "the row" reads
    if not possessive and (_bound_before(sentence, start) or _BOUND_AFTER.match(sentence, end)):
        # Without the date the sentence would not read: "go back to in Jerusalem",
        # "lived there between and 1980", "had spent focused on the deal".
        return sentence
    before = sentence[:start]
    lead = _PREPOSITION_BEFORE.search(before, max(0, start - 24))
    if lead is not None:
        before = before[: lead.start()]
    after = sentence[end:]
    if possessive:  # "Saturday morning's meeting" -> "the meeting"
        after = after[2:]
        following = after.split(maxsplit=1)[:1]
        if not following or following[0].lower() not in _NOT_OWNED:  # not "Monday's the last day"
            before = before.rstrip() + " the"
    return before.rstrip() + " " + after.lstrip()


# A comma or a semicolon and the spaces after it, or a dash between spaces: r",\s+|;\s+|\s[-–—]\s",
# written to open with its first character, a class the regex engine skips to in C; each branch
# then opens with the character after it, which the engine tests before entering the branch, so
# that a space before a word (the most of them) costs two character tests.
_SEGMENT_BREAK = re.compile(rf"[{SPACE},;](?:[-–—](?<=[{SPACE}][-–—])\s|\s(?<=[,;]\s)\s*)")


def _title_source(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a long sentence that is about the dated event: the comma-delimited segment
    holding the date, widened with its neighbours up to the title length."""
    if len(sentence) <= _TITLE_LIMIT + 20:
        return sentence, start, end
    cuts = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(sentence)] + [len(sentence)]
    index = bisect.bisect_right(cuts, start, 0, len(cuts) - 1) - 1  # cuts ascend; the last at or before start
    left, right = index, index + 1
    while cuts[right] < end and right < len(cuts) - 1:
        right += 1
    while True:
        grow_left = left > 0 and cuts[right] - cuts[left - 1] <= _TITLE_LIMIT
        grow_right = right < len(cuts) - 1 and cuts[right + 1] - cuts[left] <= _TITLE_LIMIT
        if cuts[right] - cuts[left] - (end - start) < _TITLE_MINIMUM and right < len(cuts) - 1:
            grow_right = True  # a segment that is little more than its date says nothing
        elif cuts[right] - cuts[left] >= _TITLE_LIMIT * 0.6 or not (grow_left or grow_right):
            break
        if grow_left:
            left -= 1
        else:
            right += 1
    piece = sentence[cuts[left] : cuts[right]]
    offset = cuts[left]
    # Who acts is named first, after a dateline if the lede opens with one: "LONDON, Oct 9 (Reuters)
    # - The operator of Tarrow, …, on Thursday raised its offer" was done by the operator.
    opening = _DATELINE_OPENING.match(sentence)
    subject_start = 0 if opening is None else opening.end()
    after_subject = bisect.bisect_right(cuts, subject_start)  # the first cut after it
    subject_end = cuts[after_subject] if after_subject < len(cuts) else len(sentence)
    subject = sentence[subject_start:subject_end].rstrip(" ,;:-–—")
    first_word = piece.split(maxsplit=1)[0].lower() if piece.strip() else ""
    if left > 0 and first_word in _TEMPORAL_CONJUNCTIONS and start > cuts[left] + len(first_word) + 1:
        # "…, after the summit in Paris on Monday ended without agreement": the clause is the event.
        piece = piece[len(first_word) :].lstrip()
        offset = cuts[right] - len(piece)
    elif (
        left > 0
        and start >= cuts[left]
        and (described := _described(sentence, cuts[left - 1], cuts[left], piece))
    ):
        # "…, first floated by the US President last month": what was floated, then the clause.
        piece = described + ", " + piece
        offset -= len(described) + 2
    elif (
        subject_end <= cuts[left]
        and piece[:1].islower()
        and first_word not in _NOT_A_PREDICATE
        and len(subject) <= _SUBJECT_LIMIT
        and subject[:1].isupper()
        and subject.split(maxsplit=1)[0].lower() not in _NOT_A_SUBJECT
    ):
        # "HR McMaster, a former US Army general …, predicted this week that …": keep who did it.
        piece = subject + " " + piece
        offset -= len(subject) + 1
    elif left > 0 and first_word in _RELATIVE_PRONOUNS:
        # "Baghdad, which in September said it would …": the clause is about its antecedent,
        # the segment just before it; "Baghdad said it would …" reads as a title.
        antecedent = _LEADING_JUNK.sub("", sentence[cuts[left - 1] : cuts[left]]).rstrip(" ,;:-–—")
        if len(antecedent) > _SUBJECT_LIMIT or not antecedent[:1].isupper():
            # "… in camps south of Kisangani, which was taken …": the name just before it.
            name = _TRAILING_NAME.search(antecedent) or _TRAILING_NOUN_PHRASE.search(antecedent)
            antecedent = name.group()[:1].upper() + name.group()[1:] if name is not None else ""
        pronoun_end = cuts[left] + len(first_word) + 1
        if (
            start >= pronoun_end
            and 0 < len(antecedent) <= _SUBJECT_LIMIT
            and antecedent[:1].isupper()
            and antecedent.split(maxsplit=1)[0].lower() not in _NOT_A_SUBJECT
        ):
            piece = antecedent + " " + sentence[pronoun_end : cuts[right]]
            offset = pronoun_end - len(antecedent) - 1
    return piece, start - offset, end - offset


# The end of a quotation followed by its attribution: 'peace," Zelenskyy added on Saturday'.
_QUOTE_THEN_SPEAKER = re.compile(r"[,.!?…]\s*[”\"]\s+(?=[A-Z])")


def _after_opening_quote(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """For "“Quote,” Zelenskyy added on X on Saturday." the part after the quote: the date
    belongs to the telling, and the quotation says nothing of what happened that day."""
    closing = None
    for match in _QUOTE_THEN_SPEAKER.finditer(sentence, 0, start):
        closing = match
    if (
        closing is None
        or start - closing.end() > _TITLE_LIMIT
        or len(sentence) - closing.end() < _TITLE_MINIMUM
    ):
        return sentence, start, end
    cut = closing.end()
    return sentence[cut:], start - cut, end - cut


# "Speaking in Paris on Wednesday, Healey said …", "Responding to Saturday's meeting, the Liberal
# Democrat leader said …": the opening frames the saying, and the main clause says what was said.
_SPEECH_OPENING = re.compile(
    r"(?:Speaking|Writing|Talking|Addressing|Appearing|Responding|Reacting|Replying|Commenting)\b[^,]*,\s+"
)


def _after_speech_opening(
    sentence: str, start: int, end: int, opening: re.Match[str] | None
) -> tuple[str, int, int]:
    """For a sentence opening with a speech participle (``opening``, the match of
    _SPEECH_OPENING) that holds the date, its main clause (with an empty date span at its
    start: the date is gone with the opening)."""
    if opening is None or end > opening.end() or len(sentence) - opening.end() < _TITLE_MINIMUM:
        return sentence, start, end
    return sentence[opening.end() :], 0, 0


# "When Macron suggested last week that …, Downing Street downplayed it": the date is the
# opening clause's, and that clause, without its conjunction, is the event.
_TEMPORAL_OPENING = re.compile(
    "(?:" + "|".join(sorted(word.capitalize() for word in _TEMPORAL_CONJUNCTIONS)) + r")\s+"
)


def _within_temporal_opening(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """For a sentence opening with a temporal clause that holds the date, that clause alone."""
    opening = _TEMPORAL_OPENING.match(sentence)
    if opening is None:
        return sentence, start, end
    comma = sentence.find(", ", opening.end())
    if comma == -1 or start < opening.end() or end > comma or comma - opening.end() < _TITLE_MINIMUM:
        return sentence, start, end
    clause = sentence[opening.end() : comma]
    return clause[:1].upper() + clause[1:], start - opening.end(), end - opening.end()


# "… a repeat of last month's row in the Oval Office, which …": a date in the possessive names the
# event it owns, and that phrase is the title.
_POSSESSIVE = re.compile(r"[’']s\s+(?=[a-z])")
# The phrase ends at a clause break, a relative pronoun or an auxiliary: "and", "of" and "with"
# join inside a noun phrase ("tensions between Taiwan and China"), and a phrase that runs on
# without such an end is not taken (its own verb could not be told from its nouns).
_OWNED_END = re.compile(
    r"[,.](?!\d)|(?<!\d)[,.]|[;:!?()]|\s[-–—]{1,2}\s|\s(?:which|who|whom|whose|when|where|that|while"
    r"|but|because|although|if|said|says|was|were|is|are|has|have|had|will|would|could|should|may|might"
    r"|can|did|does|do)\b"
)
_OWNED_WORDS = (3, 8)
_DANGLING = re.compile(r"(?:\s+(?:and|or))+$")
# A phrase cut before its noun ("meeting of the") is not one.
_UNFINISHED = frozenset("the a an of in on at to for with by from his her its their this that".split())
# Nor is one after an "'s" that stands for "is" ("Monday's the last day", "Tomorrow's going to be").
_NOT_OWNED = _UNFINISHED | frozenset(
    "going been being not also just still already expected set due likely over here there no all "
    "about up off out now yet gone done".split()
)


def _owned_by_date(sentence: str, end: int) -> str | None:
    """For a date in the possessive, "The" and the phrase it owns, if that says enough."""
    possessive = _POSSESSIVE.match(sentence, end)
    if possessive is None:
        return None
    stop = _OWNED_END.search(sentence, possessive.end())
    while stop is not None and stop.group() == "." and ends_with_abbreviation(sentence, stop.start()):
        stop = _OWNED_END.search(sentence, stop.end())  # "Nov.", "U.S." do not end it
    phrase = sentence[possessive.end() : stop.start() if stop else len(sentence)].strip()
    phrase = _DANGLING.sub("", phrase)  # "… downhill and was airlifted": the phrase is "downhill"
    words = phrase.split()
    low, high = _OWNED_WORDS
    if not low <= len(words) <= high or words[-1].lower() in _UNFINISHED or words[0].lower() in _NOT_OWNED:
        return None
    return "The " + phrase


# What is left of a dateline that opens the lede, once its date is out: "LISBON, (Reuters) - ",
# "ST. PAUL, Minn., /PRNewswire/ -- ", "WASHINGTON (AP) — ", "Nov. 2 (Xinhua) -- " (the place cut
# off with the segment before it).  The place is in capitals and ends at a comma, or is followed by
# the agency.
_DATELINE_PREFIX = re.compile(
    rf"^(?:{DATELINE_PLACE},[^-–—()/]{{0,30}}?\s*{DATELINE_AGENCY}?|{DATELINE_PLACE}\s*{DATELINE_AGENCY}"
    rf"|(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*)?{DATELINE_AGENCY})"
    r"\s*(?:--|[-–—])\s+"
)


# A wire dateline opening a sentence, its date still in it: "LONDON, Oct 9 (Reuters) - ".
_DATELINE_OPENING = re.compile(
    rf"{DATELINE_PLACE},[^-–—\n]{{0,40}}?(?:\d[^-–—\n]{{0,30}}?|{DATELINE_AGENCY})\s*(?:--|[-–—])\s+"
)


def make_title(mention: Mention) -> str:
    """A short readable title from a mention's sentence: the date and attribution removed."""
    start = mention.timex.start - mention.sentence_start
    end = mention.timex.end - mention.sentence_start
    speech = _SPEECH_OPENING.match(mention.sentence)
    # "Responding to Saturday's meeting, X said …" is about what X said (see _after_speech_opening).
    owned = _owned_by_date(mention.sentence, end) if speech is None or end > speech.end() else None
    if owned is not None:
        return _balance_quotes(owned)
    sentence, start, end = _after_opening_quote(
        *_within_temporal_opening(*_after_speech_opening(mention.sentence, start, end, speech))
    )
    source, local_start, local_end = _title_source(sentence, start, end)
    text = without_date(source, local_start, local_end)
    text = " ".join(text.split())
    text = _SPACE_BEFORE_PUNCTUATION.sub("", text)
    text = _DOUBLE_COMMA.sub(",", text)
    # Attribution sits at the end: search only the tail, so a long title costs no more than a short one.
    tail_start = max(0, len(text) - 90)
    tail = text[tail_start:]
    if _ATTRIBUTION_HINT.search(text, tail_start) and _ATTRIBUTION_END.search(tail):
        stripped = text[:tail_start] + _ATTRIBUTION.sub("", tail)
        # When the attribution is all there is ("Zelenskyy added on X"), it is the title.
        if len(stripped.strip(" ,.;:")) >= _TITLE_MINIMUM // 2:
            text = stripped
    text = text.strip()
    text = _DATELINE_PREFIX.sub("", text)
    text = _LEADING_JUNK.sub("", text).strip(" ,;:-–—")
    text = _balance_quotes(text)
    if "“" in text or "‘" in text:  # _EMPTY_QUOTES, tried at every position, only when it can match
        text = _EMPTY_QUOTES.sub("", text)
    text = text.strip(" ,;:-–—")
    if len(text) > _TITLE_LIMIT:
        text = _shorten(text)
    text = text.rstrip(" ,;:.-–—")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text or mention.sentence[:_TITLE_LIMIT]


def _shorten(text: str) -> str:
    """Cut at the last clause break, else the last word, before the limit."""
    head = text[: _TITLE_LIMIT + 1]
    for breaker in (" - ", " – ", " — ", "; ", ", "):
        cut = head.rfind(breaker)
        if cut >= _TITLE_LIMIT * 0.5:
            return _balance_quotes(head[:cut])
    cut = head.rfind(" ")
    return _balance_quotes(head[: cut if cut > 0 else _TITLE_LIMIT]) + "…"


# Quotation marks left around nothing once the date they quoted is cut: 'the mayor said “on
# Wednesday”' would end 'the mayor said “ ”'.  Only curly ones, whose opening mark is known: two
# straight ones may close one quotation and open the next ('"yes" "no"').
_EMPTY_QUOTES = re.compile(r"\s*(?:“\s*”|‘\s*’)")


def _balance_quotes(text: str) -> str:
    """Drop a quotation mark left without its partner by the cuts above."""
    for opening, closing in (("“", "”"), ("‘", "’")):
        if text.count(opening) != text.count(closing):
            if text.count(opening) > text.count(closing):
                index = text.rfind(opening)
            else:
                index = text.find(closing)
                # An apostrophe (Putin’s) is not a closing quote.
                if closing == "’" and 0 < index < len(text) - 1 and text[index + 1].isalpha():
                    continue
            text = text[:index] + text[index + 1 :]
    if text.count('"') % 2:
        index = text.rfind('"') if text.rstrip().endswith('"') or text.count('"') == 1 else text.find('"')
        text = text[:index] + text[index + 1 :]
    return text.strip().strip(_QUOTES[:1]) if text.startswith('"') and text.count('"') == 1 else text
