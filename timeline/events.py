"""Turn a dated document's resolved expressions into event mentions.

Every DATE or TIME expression with a span anchors one mention: the sentence
around it, the clause it sits in, who is named there, and whether the event
happened, is planned or is only hypothetical.  Durations, recurrences and
vague references ("now", "recently") anchor nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from timeline.dating import is_dateline
from timeline.model import Document, Granularity, Kind, Mention, Modifier, Status, TimeSpan, Timex, TimexType
from timeline.rules import words
from timeline.ruleset import guarded, word_alternation
from timeline.tag import STAMP_RULE
from timeline.text import RANGE_JOINT, RANGE_OPENED, SPACE, actors, sentence_spans, terms

__all__ = ["extract"]

_ANCHORING = frozenset({TimexType.DATE, TimexType.TIME})
# Narrower than the tagger's tense cues (rules/words.py) on purpose: "would", "next" or "until"
# in a clause do not make the event it dates a plan.
# The cues share their first words ("is set to", "is due to"; "set to", "scheduled"): each first
# word is tried once, which makes the search, at every character of the clause, a third faster.
_FUTURE = guarded(
    r"\b(?:will|'ll|s(?:hall|et\s+to|cheduled)"
    r"|i(?:s\s+(?:set\s+to|expected|preparing\s+to|due\s+to|to\s+\w+)|ntends?\s+to)"
    r"|a(?:re\s+(?:set\s+to|expected|preparing\s+to|due\s+to|to\s+\w+)|ims?\s+to|head\s+of)"
    r"|expected\s+to|p(?:lans?\s+to|lanning\s+to|reparing\s+to)|going\s+to|would\s+then|to\s+be\s+held"
    r"|upcoming)\b",
    re.IGNORECASE,
)
# A plan told as one of the past, whatever its date: "the announcement had been expected last week",
# "talks were scheduled for Monday" (whether it then happened, the clause does not say).
_PAST_PLAN = guarded(
    r"(?<!\bthan\s)(?<!\bas\s)\b(?:had\s+been\s+(?:expected|scheduled|planned|due|slated|set)"
    r"|(?:was|were)\s+(?:expected|scheduled|slated|supposed)\s+(?:to|for))\b",
    re.IGNORECASE,
)
# What may come, not what will: "a second round could follow later in May", "the plant may close
# next year"; not the month, nor "could have", a past that did not happen, nor "could not", as
# often a past failure ("the talks could not be finished on Friday").
_CUE_REACH = 48  # characters: "could resume talks in Geneva as early as Monday"
_POSSIBLE = re.compile(r"\b(?:[Cc]ould|(?<!\bif\s)may)\b(?!\s+(?:not\s+)?have\b|\s+not\b|n['’]t)")
# "later this month", "later in May": ahead of the telling, though the month has begun.
_LATER_BEFORE = re.compile(r"\blater(?:\s+(?:in|this))?\s+$", re.IGNORECASE)
# The cues as whole words, case aside: "if", "unless", "should there be", "in the event of", "in case",
# "provided that", "whether", "could have", "would have", "should have", "might", "hypothetical".  As
# r"\b(?:if|unless|…)\b" with IGNORECASE (tests/test_events.py keeps that form) the search is tried
# at every character of the clause; this opens with the first letters, in every case IGNORECASE
# reads them ("ı" is "i", "ſ" is "s"), a class the regex engine skips to in C, then looks back for
# the start of a word and takes the cues of the letter it read.
_CONDITIONAL = re.compile(
    r"[cChHiIİımMpPsSſuUwW](?<!\w.)"
    r"(?i:(?<=c)ould\s+have|(?<=h)ypothetical|(?<=i)(?:f|n\s+(?:the\s+event\s+of|case))|(?<=m)ight"
    r"|(?<=p)rovided\s+that|(?<=s)hould\s+(?:(?:there|the|a|an|russia|moscow|\w+)\s+(?:be|agree|accept)|have)"
    r"|(?<=u)nless|(?<=w)(?:hether|ould\s+have))\b"
)
# A condition holds to the end of its conjunct: in "is prepared to sell sites if needed, and said
# earlier this month that it had secured financing" the saying is no condition's.
_NEW_CONJUNCT = re.compile(r",\s+(?:and|or)\s", re.IGNORECASE)
# A clause ends at a semicolon or a colon, a comma before a conjunction or a relative pronoun, or a
# dash between spaces; spaces before and after go with it.  That is
#     r"\s*(?:[;:]|,\s+(?:but|…)\b|\s[-–—]\s)\s*"
# written to open with its first character, a listed class (text.SPACE) the regex engine skips to
# in C, then told apart by looking back at it: the form above is tried at every character of the
# sentence, and took a tenth of the extraction.
_CLAUSE_WORDS = r"(?:but|while|although|though|whereas|which|who)\b"
_CLAUSE_BREAK = re.compile(
    rf"[{SPACE},;:](?:(?<=[{SPACE}])(?=[{SPACE},;:\-–—])(?:\s*(?:[;:]|,\s+{_CLAUSE_WORDS}|\s[-–—]\s)|[-–—]\s)\s*"
    rf"|(?<=[;:])\s*|(?<=,)\s+{_CLAUSE_WORDS}\s*)"
)
_SENTENCE_LIMIT = 600  # characters; longer "sentences" are cut to a window around the date


def extract(document: Document, timexes: Sequence[Timex]) -> list[Mention]:
    """The event mentions of one document, in text order.

    ``timexes`` are the document's expressions resolved against its
    publication date.
    """
    text = document.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    published = document.published.date if document.published is not None else None
    anchoring = _join_ranges(
        text,
        [t for t in timexes if t.type in _ANCHORING and t.span is not None and t.symbol.kind is not Kind.REF],
    )
    dated_sentences = {bisect.bisect_right(starts, t.start) - 1 for t in anchoring}
    # A live blog runs newest first, and its entries are written at their stamps; a timetable or
    # a fixture list, stamped the same way, runs in order and tells what is to come.
    stamps = [t.value or "" for t in anchoring if t.rule == STAMP_RULE]
    newest_first = len(stamps) >= 2 and all(a >= b for a, b in itertools.pairwise(stamps))
    mentions: list[Mention] = []
    cache: dict[tuple[int, int], tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def content_of(part: tuple[int, int]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        found = cache.get(part)
        if found is None:
            piece = text[part[0] : part[1]]
            found = cache[part] = (terms(piece), actors(piece))
        return found

    for timex in anchoring:
        told_at_its_date = False
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0:
            continue
        sentence_start, sentence_end = spans[index]
        if timex.end > sentence_end:
            continue
        if sentence_end - sentence_start > _SENTENCE_LIMIT:
            # Text with no sentence breaks (a table, a scrape gone wrong): keep a window around
            # the date, cut at spaces, so each mention costs the same however long the line.
            sentence_start, sentence_end = _window(text, timex.start, timex.end, sentence_start, sentence_end)
        if _stands_alone(text, timex, sentence_start, sentence_end) and (
            timex.type is TimexType.TIME or sentence_start > _HEADER_TOP  # not a dateline
        ):
            # A live blog's time stamp or a section's date on a line of its own: the event is the
            # paragraph under it, unless that names a date of its own (a header over a stamp).
            if index + 1 >= len(spans) or index + 1 in dated_sentences:
                continue
            index += 1
            # A live blog's entry was written at its stamp, however long after the blog was first
            # published; a date heading a section may be of what is to come.
            told_at_its_date = newest_first and timex.rule == STAMP_RULE
            if _FURNITURE.match(text, spans[index][0]):
                continue
            sentence_end = min(spans[index][1], sentence_start + _SENTENCE_LIMIT)
        sentence = text[sentence_start:sentence_end]
        if _is_dateline(sentence, timex, sentence_start):
            continue
        timex = _bounded(text, timex)
        clause = _clause(sentence, timex.start - sentence_start, timex.end - sentence_start)
        status = _status(clause, timex, None if told_at_its_date else published)
        # Date words are stop words and not names, so a sentence's terms and actors are the same
        # with or without its dates: computed once per sentence, shared by its mentions.
        found_terms, found_actors = content_of((sentence_start, sentence_end))
        if index + 1 < len(spans) and index + 1 not in dated_sentences:
            # The next sentence, when it names no date of its own, usually goes on about the same
            # event ("Starmer said yesterday …" / "Starmer hosted a virtual meeting …").
            next_terms, next_actors = content_of(spans[index + 1])
            found_terms = tuple(dict.fromkeys(found_terms + next_terms))
            found_actors = tuple(dict.fromkeys(found_actors + next_actors))
        mentions.append(
            Mention(
                document=document.id,
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                sentence=sentence,
                timex=timex,
                clause=clause,
                status=status,
                actors=found_actors,
                terms=found_terms,
            )
        )
    return mentions


def _bounded(text: str, timex: Timex) -> Timex:
    """``timex`` as the date of its event: before it after "before", "ahead of", "in the run-up to"
    ("dock workers could walk out before Christmas" is no event on Christmas Day), on or before it
    after "by" ("must respond by Friday").  A span with a modifier of its own ("by the end of the
    month", "over a decade ago") keeps it."""
    span = timex.span
    if span is None or span.mod is not None:
        return timex
    lead = _SIGNAL_BEFORE.search(text, max(0, timex.start - _SIGNAL_REACH), timex.start)
    if lead is None:
        return timex
    if lead.group("deadline") is None:
        mod = Modifier.BEFORE
    elif text.startswith(("'s", "’s"), timex.end):
        return timex  # "hit by Friday's storm": the storm's day
    else:
        mod = Modifier.ON_OR_BEFORE
    return attrs.evolve(timex, span=attrs.evolve(span, mod=mod))


_SIGNAL_BEFORE = re.compile(
    rf"\b(?:(?P<before>{word_alternation(words.EVENT_BEFORE_SIGNAL)})"
    rf"|(?P<deadline>{word_alternation(words.EVENT_DEADLINE_SIGNAL)}))\s+$|\bpre-$",
    re.IGNORECASE,
)
_SIGNAL_REACH = 24  # characters: "in the build-up to "


_SAME_DAY_TIME = re.compile(r"\s*,?\s*(?:at\s+)?")  # "March 10 at 9 a.m.", "Monday, 9 a.m."
_RESCHEDULED = re.compile(rf"\b(?:{word_alternation(words.RESCHEDULE_CUE)})\b", re.IGNORECASE)
_RANGE_MAX_DAYS = 62
_RANGE_RULE = "range"
_RANGE_END_RULE = "day_range_end"


def _join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """``timexes`` with each pair of days that bound a range ("March 10-14") made one expression.

    Tagging keeps the two days apart, as TimeML does; an event told with a range happens over
    all its days, and two entries a few days apart with one title would read as two events.  A
    date moved ("postponed from March 10 to March 14") is two dates, not a range.
    """
    joined: list[Timex] = []
    position = 0
    while position < len(timexes):
        first = timexes[position]
        if position + 1 < len(timexes):
            last = timexes[position + 1]
            opening = first
            if joined and _is_time_of(first, joined[-1], text):
                opening = joined[-1]  # "from March 10 at 9 a.m. until March 14" opens at the date
            span = _range_span(text, opening, first, last) or _night_into_day(text, first, last)
            if span is not None:
                if opening is not first:
                    joined.pop()
                joined.append(
                    attrs.evolve(
                        opening,
                        end=last.end,
                        text=text[opening.start : last.end],
                        type=TimexType.DATE,
                        rule=_RANGE_RULE,
                        value=span.value,
                        span=span,
                    )
                )
                position += 2
                continue
        if first.rule != _RANGE_END_RULE:  # a range's last day alone tells of no event
            joined.append(first)
        position += 1
    return joined


_INTO_DAY = re.compile(r"\s+(?:and\s+)?(?:into\s+)?(?:on\s+)?(?:early\s+)?", re.IGNORECASE)


def _night_into_day(text: str, night: Timex, day: Timex) -> TimeSpan | None:
    """The night and the day after it, if the text tells one stretch of both ("overnight and this
    morning", "overnight into Sunday", "on Tuesday night and Wednesday"): one event over two days,
    not two events each with half the sentence for a title."""
    a, b = night.span, day.span
    if a is None or b is None or a.days != 1 or b.days != 1 or b.granularity is not Granularity.DAY:
        return None
    if not (night.value or "").endswith("TNI"):
        return None
    if (b.first - a.first).days != 1 or _INTO_DAY.fullmatch(text, night.end, day.start) is None:
        return None
    return _days_from_to(a, b)


def _is_time_of(time: Timex, date: Timex, text: str) -> bool:
    """Whether ``time`` is a time of the day ``date`` names, written just after it."""
    if time.type is not TimexType.TIME or time.span is None or date.span is None:
        return False
    same_day = (time.span.first, time.span.last) == (date.span.first, date.span.last)
    return same_day and _SAME_DAY_TIME.fullmatch(text, date.end, time.start) is not None


def _range_span(text: str, opening: Timex, first: Timex, last: Timex) -> TimeSpan | None:
    """The span from the first to the last day, if the two expressions say a range of days.

    ``opening`` is where the range starts in the text: ``first``, or the date a time of ``first``
    follows.
    """
    a, b = first.span, last.span
    if a is None or b is None or a.granularity is not Granularity.DAY or b.granularity is not Granularity.DAY:
        return None
    if a.days != 1 or b.days != 1:
        return None
    if not 0 < (b.first - a.first).days <= _RANGE_MAX_DAYS:
        return None
    rolled_over = (a.first.year, a.first.month) != (b.first.year, b.first.month)
    if last.rule == _RANGE_END_RULE and rolled_over and b.first.day >= a.first.day:
        return None  # "Feb. 28-30" is no range into March 30; "March 28-2" is one into April
    joint = RANGE_JOINT.fullmatch(text, first.end, last.start)
    if joint is None:
        return None
    sentence_start = max(text.rfind(". ", 0, opening.start), text.rfind("\n", 0, opening.start)) + 1
    before = text[sentence_start : opening.start]
    word = joint.group().strip().lower()
    if word[:1].isalpha():
        if not word.startswith(("through", "thru")) and not RANGE_OPENED.search(before):
            return None
        if word.startswith("and") and not before.rstrip().lower().endswith("between"):
            return None
        if _RESCHEDULED.search(before) and before.rstrip().lower().endswith("from"):
            return None  # "moved from March 10 to March 14": the old date and the new
    return _days_from_to(a, b)


def _days_from_to(first: TimeSpan, last: TimeSpan) -> TimeSpan:
    """The days from ``first`` to ``last``, valued by their dates ("2025-03-10/2025-03-14")."""
    value = f"{first.value.partition('T')[0]}/{last.value.partition('T')[0]}"
    return TimeSpan(first=first.first, last=last.last, granularity=Granularity.DAY, value=value)


_DATELINE_WORDS = frozenset(
    {"published", "updated", "posted", "first", "last", "by", "at", "on", "and", "gmt", "utc"}
)
_DATELINE_MARK = re.compile(
    r"\b[A-Z]{2,}\b|\([A-Za-z .]+\)|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|PUBLISHED|UPDATED)\b"
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]{3,}\b")


_FURNITURE = re.compile(rf"(?:{word_alternation(words.LIVE_BLOG_FURNITURE)})(?![\w'’])", re.IGNORECASE)
_HEADER_TOP = 400  # characters: a date alone on a line this near the top is the article's dateline


def _stands_alone(text: str, timex: Timex, start: int, end: int) -> bool:
    """Whether ``timex`` is all there is of the sentence [start, end), but for punctuation."""
    return not any(c.isalnum() for c in text[start : timex.start]) and not any(
        c.isalnum() for c in text[timex.end : end]
    )


def _window(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    reach = _SENTENCE_LIMIT // 2
    left = max(lo, start - reach)
    right = min(hi, end + reach)
    space = text.find(" ", left, start)
    if left > lo and space != -1:
        left = space + 1
    space = text.rfind(" ", end, right)
    if right < hi and space != -1:
        right = space
    return left, right


def _is_dateline(sentence: str, timex: Timex, sentence_start: int) -> bool:
    """A line that only says when the article was written: "MOSCOW, April 1, 1997 (AFP)",
    "Published 15 March 2025" — no ordinary lower-case word besides such labels."""
    if sentence_start > _HEADER_TOP:
        return False
    before, after = sentence[: timex.start - sentence_start], sentence[timex.end - sentence_start :]
    if is_dateline(before, after):
        # A dateline that opens the lede's sentence: "LISBON, Jan 28 (Reuters) - Storm Ines …".
        return True
    rest = before + after
    if len(rest) >= 80 or not all(word in _DATELINE_WORDS for word in _LOWER_WORD.findall(rest)):
        return False
    # What is left must look like a place, an agency or a label, not a headline ("Talks on Monday").
    return not re.search(r"[A-Za-z]", rest) or bool(_DATELINE_MARK.search(rest))


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` holding the span [start, end)."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(sentence, 0, start):
        left = match.end()
    right_match = _CLAUSE_BREAK.search(sentence, end)
    right = right_match.start() if right_match else len(sentence)
    return sentence[left:right].strip()


def _last_match(cue: re.Pattern[str], clause: str, at: int, reach: int | None = None) -> int:
    """Where the last match of ``cue`` before ``at`` (and within ``reach`` of it) ends, or -1."""
    lo = 0 if reach is None else max(0, at - reach)
    return max((found.end() for found in cue.finditer(clause, lo, at)), default=-1)


def _governs(cue: re.Pattern[str], clause: str, at: int) -> bool:
    """Whether ``cue`` comes just before the date at ``at``, with no comma between: "could follow
    later in May", "had been expected last week"; not "Asked what a force could take, he said talks
    would be on Thursday" (the modal is the aside's)."""
    last_end = _last_match(cue, clause, at, _CUE_REACH)
    return last_end >= 0 and not any(mark in clause[last_end:at] for mark in ",;:")


def _told_later(clause: str, timex: Timex, at: int) -> bool:
    """Whether a period is told as "later" than the telling: "later this month", "later in May";
    not a day, where "later Tuesday" goes on from the story ("Later Wednesday, he met Burns")."""
    if timex.span is None or timex.span.granularity is Granularity.DAY:
        return False
    if timex.text[:5].lower() == "later":
        return True
    return _LATER_BEFORE.search(clause, max(0, at - 16), at) is not None


def _status(clause: str, timex: Timex, published: dt.date | None) -> Status:
    """Happened, planned or conditional, by the clause's modality and where the date falls.

    A conditional cue counts only before the date in its clause: in "said
    yesterday that allies would help in the event of a ceasefire" the
    statement happened; in "if Moscow accepts on Friday" the acceptance is
    hypothetical.
    """
    at = clause.find(timex.text)
    before = at if at >= 0 else len(clause)
    condition = _last_match(_CONDITIONAL, clause, before)
    if condition >= 0 and _NEW_CONJUNCT.search(clause, condition, before) is None:
        return Status.CONDITIONAL
    if _governs(_PAST_PLAN, clause, before):
        return Status.PLANNED
    span = timex.span
    assert span is not None
    not_over = published is None or span.last >= published
    if not_over and _governs(_POSSIBLE, clause, before):
        return Status.CONDITIONAL
    if published is not None and span.first > published:
        return Status.PLANNED
    if not_over and (_FUTURE.search(clause) or _told_later(clause, timex, before)):
        return Status.PLANNED
    return Status.HAPPENED
