"""Turn a dated document's resolved expressions into event mentions.

Every DATE or TIME expression with a span anchors one mention: the sentence
around it, the clause it sits in, who is named there, and whether the event
happened, is planned or is only hypothetical.  Durations, recurrences and
vague references ("now", "recently") anchor nothing.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence

from timeline.model import Document, Kind, Mention, Status, Timex, TimexType
from timeline.text import actors, sentence_spans, terms

__all__ = ["extract", "make_title"]

_ANCHORING = frozenset({TimexType.DATE, TimexType.TIME})
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is\s+set\s+to|are\s+set\s+to|set\s+to|(?:is|are)\s+expected\s+to|expected\s+to|"
    r"plans?\s+to|planning\s+to|(?:is|are)\s+preparing\s+to|preparing\s+to|(?:is|are)\s+due\s+to|"
    r"scheduled|(?:is|are)\s+to\s+\w+|going\s+to|would\s+then|to\s+be\s+held|upcoming|aims?\s+to|"
    r"intends?\s+to|ahead\s+of)\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|should\s+(?:there|the|a|an|russia|moscow|\w+)\s+(?:be|agree|accept)|in\s+the\s+event\s+of|"
    r"in\s+case|provided\s+that|whether|could\s+have|would\s+have|might|hypothetical)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"\s*(?:[;:]|,\s+(?:but|while|although|though|whereas|which|who)\b|\s[-–—]\s)\s*")
_ATTRIBUTION = re.compile(
    r"(?:,?\s*(?:\"|”|’|')?\s*(?:,\s*)?(?:he|she|they|it|officials?|sources?|diplomats?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"\s+(?:said|says|added|told\s+[\w\s]{1,30}|continued|warned|insisted|stated|wrote|explained|noted)"
    r"(?:\s+(?:on|in)\s+[\w/]+)?\s*[.,]?\s*$"
    r"|,?\s*(?:diplomatic\s+)?sources\s+told\s+\w+\s*\.?$|,?\s*it\s+is\s+understood\.?$)",
    re.IGNORECASE,
)
_ATTRIBUTION_HINT = re.compile(
    r"\b(?:said|says|added|told|continued|warned|insisted|stated|wrote|explained|noted|understood)\b"
)
_LEADING_JUNK = re.compile(r"^(?:(?:and|but|meanwhile|however|separately)\b[,\s]*)+", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:late|early)\s+)?\b(?:on|in|at|during|by|since|until|from|over|before|after|this|"
    r"earlier|later|next|last)\s*$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_QUOTES = "\"“”‘’'"
_TITLE_LIMIT = 100
_SENTENCE_LIMIT = 600  # characters; longer "sentences" are cut to a window around the date
_TITLE_MINIMUM = 30
_SUBJECT_LIMIT = 50
# A clause opening with one of these has its own subject, or none to borrow.
_NOT_A_PREDICATE = frozenset(
    "and but or which who whom whose that it we he she they there i you this".split()
)
# A sentence opening with one of these does not open with who acted.
_NOT_A_SUBJECT = frozenset(
    "in on at after before during since while when if as for from with by speaking asked responding "
    "following despite amid although though".split()
)


def extract(document: Document, timexes: Sequence[Timex]) -> list[Mention]:
    """The event mentions of one document, in text order.

    ``timexes`` are the document's expressions resolved against its
    publication date.
    """
    text = document.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    published = document.published.date if document.published is not None else None
    anchoring = [
        t for t in timexes if t.type in _ANCHORING and t.span is not None and t.symbol.kind is not Kind.REF
    ]
    dated_sentences = {bisect.bisect_right(starts, t.start) - 1 for t in anchoring}
    mentions: list[Mention] = []
    for timex in anchoring:
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
        sentence = text[sentence_start:sentence_end]
        if _is_dateline(sentence, timex, sentence_start):
            continue
        clause = _clause(sentence, timex.start - sentence_start, timex.end - sentence_start)
        status = _status(clause, timex, published)
        content = _without(sentence, timex.start - sentence_start, timex.end - sentence_start)
        if index + 1 < len(spans) and index + 1 not in dated_sentences:
            # The next sentence, when it names no date of its own, usually goes on about the same
            # event ("Starmer said yesterday …" / "Starmer hosted a virtual meeting …").
            follow_start, follow_end = spans[index + 1]
            content += "\n" + text[follow_start:follow_end]
        mentions.append(
            Mention(
                document=document.id,
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                sentence=sentence,
                timex=timex,
                clause=clause,
                status=status,
                actors=actors(content),
                terms=terms(content),
            )
        )
    return mentions


_DATELINE_WORDS = frozenset(
    {"published", "updated", "posted", "first", "last", "by", "at", "on", "and", "gmt", "utc"}
)
_DATELINE_MARK = re.compile(
    r"\b[A-Z]{2,}\b|\([A-Za-z .]+\)|\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|PUBLISHED|UPDATED)\b"
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’]{3,}\b")


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
    if sentence_start > 400:
        return False
    rest = sentence[: timex.start - sentence_start] + sentence[timex.end - sentence_start :]
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


def _status(clause: str, timex: Timex, published: dt.date | None) -> Status:
    """Happened, planned or conditional, by the clause's modality and where the date falls.

    A conditional cue counts only before the date in its clause: in "said
    yesterday that allies would help in the event of a ceasefire" the
    statement happened; in "if Moscow accepts on Friday" the acceptance is
    hypothetical.
    """
    at = clause.find(timex.text)
    if _CONDITIONAL.search(clause, 0, at if at >= 0 else len(clause)):
        return Status.CONDITIONAL
    span = timex.span
    assert span is not None
    if published is not None and span.first > published:
        return Status.PLANNED
    if _FUTURE.search(clause) and (published is None or span.last >= published):
        return Status.PLANNED
    return Status.HAPPENED


def _without(sentence: str, start: int, end: int) -> str:
    """The sentence with the date expression (and the preposition leading it) taken out."""
    before = sentence[:start]
    lead = _PREPOSITION_BEFORE.search(before, max(0, start - 24))
    if lead is not None:
        before = before[: lead.start()]
    after = sentence[end:]
    if after[:2] in ("'s", "’s"):  # "Saturday morning's meeting" -> "the meeting"
        after = after[2:]
        before = before.rstrip() + " the"
    return before.rstrip() + " " + after.lstrip()


_SEGMENT_BREAK = re.compile(r",\s+|;\s+|\s[-–—]\s")


def _title_source(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a long sentence that is about the dated event: the comma-delimited segment
    holding the date, widened with its neighbours up to the title length."""
    if len(sentence) <= _TITLE_LIMIT + 20:
        return sentence, start, end
    cuts = [0] + [m.end() for m in _SEGMENT_BREAK.finditer(sentence)] + [len(sentence)]
    index = max(i for i, cut in enumerate(cuts[:-1]) if cut <= start)
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
    subject = sentence[: cuts[1]].rstrip(" ,;:-–—")
    first_word = piece.split(maxsplit=1)[0].lower() if piece.strip() else ""
    if (
        left > 0
        and piece[:1].islower()
        and first_word not in _NOT_A_PREDICATE
        and len(subject) <= _SUBJECT_LIMIT
        and subject[:1].isupper()
        and subject.split(maxsplit=1)[0].lower() not in _NOT_A_SUBJECT
    ):
        # "HR McMaster, a former US Army general …, predicted this week that …": keep who did it.
        piece = subject + " " + piece
        offset -= len(subject) + 1
    return piece, start - offset, end - offset


def make_title(mention: Mention) -> str:
    """A short readable title from a mention's sentence: the date and attribution removed."""
    source, local_start, local_end = _title_source(
        mention.sentence,
        mention.timex.start - mention.sentence_start,
        mention.timex.end - mention.sentence_start,
    )
    text = _without(source, local_start, local_end)
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    # Attribution sits at the end: search only the tail, so a long title costs no more than a short one.
    tail_start = max(0, len(text) - 90)
    if _ATTRIBUTION_HINT.search(text, tail_start):
        text = text[:tail_start] + _ATTRIBUTION.sub("", text[tail_start:])
    text = text.strip()
    text = _LEADING_JUNK.sub("", text).strip(" ,;:-–—")
    text = _balance_quotes(text).strip(" ,;:-–—")
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
