"""Give every document a publication date, saying which evidence decided it.

A cascade, most trusted step first; each step is a small function that
returns a :class:`~timeline.model.PublicationDate` (with its method,
confidence, range and a one-line evidence sentence) or None:

1. a date given outright (metadata CSV, JSON Lines field, API argument, HTML
   markup): already on ``Document.published`` from the loader;
2. a dateline or byline at the head of the text, or a trailing
   "Published …"/"Updated …" line;
3. the URL, the file name or the id (``…/2025/03/15/…``, ``20250315``);
4. cross-document alignment: the date under which the events the article
   reports land on the same days as the same events in dated articles;
5. the content alone: the latest absolute past date the text reports;
6. the user's ``config.reference``, an assumption.

Nothing here reads the clock.  Alignment leans on the tagger's symbols being
date-free and on resolution being a cheap pure function: an undated
article is scanned once and its symbols re-resolved against each candidate
date.  The design and the benchmark figures are in docs/dating.md.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs
import dateparser

from timeline.config import Config
from timeline.errors import DatingError
from timeline.model import (
    Anchor,
    Direction,
    Document,
    Granularity,
    Kind,
    Method,
    PartOfDay,
    PublicationDate,
    Symbol,
    TimeSpan,
    Timex,
    TimexType,
    Unit,
)
from timeline.resolve import resolve
from timeline.rules.words import MONTH, WEEKDAY_ABBR
from timeline.tag import resolve_all, scan
from timeline.text import DATELINE_AGENCY, DATELINE_PLACE, actors, sentence_spans, terms

__all__ = ["date_documents", "explain_date", "own_date", "undated_error"]

logger = logging.getLogger(__name__)

DATELINE_CONFIDENCE = 0.95
YEARLESS_DATELINE_CONFIDENCE = 0.8  # the day is printed, the year inferred from the collection
YEARLESS_YEAR_INFERRED_CONFIDENCE = 0.6  # the day is printed, the year from alignment or content
NAME_CONFIDENCE = 0.8
FOLDER_CONFIDENCE = 0.7  # a folder may be named for the day the copies were gathered
STAMP_BELOW_HEAD_CONFIDENCE = 0.8  # a date alone under the head: the byline's, unless a caption's
CONTENT_CONFIDENCE = 0.3
# An aligned date this sure joins the dated articles and may anchor others.
ANCHOR_CONFIDENCE = 0.5
_ALIGNMENT_CEILING = 0.9  # alignment never claims the certainty of a stated date
_MAX_ROUNDS = 5
_HEAD_CHARS = 300
_HEAD_LINES = 3
_TAIL_LINES = 3
# A press release may put its headline and a summary in bullets above its dateline: when the head
# and the tail give no date, the lines this far down are read for a dateline that names its agency
# or a "Published" line.
_WIRE_HEAD_CHARS = 1500
_WIRE_HEAD_LINES = 12
# A line this long is a paragraph of the text, not a headline, a name or a role.
_BODY_LINE = 200
# How far a relative mention can land from the publication date: candidates for
# an undated article lie this many days either side of the days it may share.
_REACH = 14
_CONTENT_SLACK = 3  # days after the latest absolute date that content alone allows

# A weekday's opening, an abbreviation of the tagger's table without its full stop ("mon", "tues",
# "thurs"), and the rest of its name.
_WEEKDAY_OPENINGS = tuple(dict.fromkeys(abbreviation.rstrip(".") for abbreviation in WEEKDAY_ABBR))
_WEEKDAY_NAME = rf"({'|'.join(_WEEKDAY_OPENINGS)})(?:day|nesday|sday|rsday|urday)?"
_WEEKDAY_WORD = re.compile(rf"\b{_WEEKDAY_NAME}\.?,?\s*$", re.IGNORECASE)
# Longer than the longest _WEEKDAY_WORD before its trailing spaces ("Wednesday.,").
_WEEKDAY_REACH = 16
# The last three letters of every _WEEKDAY_WORD, lower case: "mon", "tues", "thurs", "friday"…
_WEEKDAY_ENDINGS = frozenset({opening[-3:] for opening in _WEEKDAY_OPENINGS} | {"day"})
_LEADING_WEEKDAY = re.compile(rf"{_WEEKDAY_NAME}\b\.?,?\s*(?=\w)", re.IGNORECASE)
_BYLINE_CUE = re.compile(
    r"^\W*(?:first\s+)?(?:published|updated|last\s+updated|posted|last\s+modified|date|dated|released|"
    r"issued|filed|written)\b(?:\s+on)?\s*:?",
    re.IGNORECASE,
)
# "MOSCOW, ", "LIVERPOOL, England, ", "WASHINGTON (Reuters) - ": a place in capitals before the date.
# Business newswires put their name between dashes ("LONDON--(BUSINESS WIRE)--"); a label in
# capitals and a dash alone ("RECORD DATE – 10 April") is no dateline.
_DATELINE_PLACE = re.compile(
    rf"^\s*(?:{DATELINE_PLACE},?|[A-Z][A-Z .'’/-]{{1,40}}?\s*[-–—]+\s*\([^)]{{1,40}}\)\s*[-–—]+)\s*$"
)
_AGENCY = re.compile(DATELINE_AGENCY)
# After the date: a repeated year, the agency in brackets or slashes ("(Reuters)", "/PRNewswire/"),
# then a dash or, after the agency, the text itself ("New Delhi, Feb 20, 2025 (PTI) The ministry…").
_DATELINE_TAIL = re.compile(
    rf"^\s*[,.]?\s*(?:\d{{4}}\s*,?\s*)*(?:(?P<agency>{DATELINE_AGENCY})\s*(?:[-–—:].*|\S.*)?|\s*(?:[-–—:].*)?)$"
)
_DATE_ONLY = re.compile(r"^[\W\d_]*$")
_FIRST_PUBLISHED = re.compile(r"\W*first\s+published\b", re.IGNORECASE)  # matched at a line's start
# A forwarded e-mail's header fields, and the line that opens the message forwarded.
_FORWARD_MARK = r"-{2,}\s*(?:Forwarded|Original)\s+message|Begin\s+forwarded\s+message"
_MAIL_FORWARDED = re.compile(rf"^[ \t]*(?:Sent\s*:|{_FORWARD_MARK})", re.IGNORECASE | re.MULTILINE)
_MAIL_HEADER = re.compile(
    rf"\s*(?:(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To)\s*:|{_FORWARD_MARK})", re.IGNORECASE
)
_MAIL_HEADER_REACH = 10  # lines
_WEEKDAY_ONLY = re.compile(rf"^\W*{_WEEKDAY_NAME}\.?\W*$", re.IGNORECASE)
# What parts a stamp's line into labels: a bar, a middle dot or bullet, a spaced dash or slash.
_LABEL_BREAK = re.compile(r"\s*[|·•]\s*|\s+[-–—/]\s+")
# A label beside a stamp's date: a few words, no sentence and no year ("Reuters", "Editor: Liu",
# "Page 1 of 3"); not a headline in a ticker, nor the other end of a life ("4 May 1938 – 1 April 2025").
_LABEL_CHARS = 40
_LABEL_WORDS = 4
_LABELLED_REACH = 3 * (_LABEL_CHARS + 5)  # characters either side of the date: a few labels and breaks
_SENTENCE_OR_YEAR = re.compile(r"[.!?;](?:\s|$)|(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# A press release's place in capitals and a dash before its date, and text after another dash.
_PLACE_BEFORE_DASH = re.compile(rf"^\s*{DATELINE_PLACE}\s+[–—-]\s*$")
_TEXT_AFTER_DASH = re.compile(r"^\s*[–—-]+\s+\S")
# A clock time and its zone beside a stamp's date: "10:05 AM EDT", "10.32 GMT", "at 10:32 a.m. ET",
# "5:31 PM GMT+1", "10:32, UK".
_ZONE = r"(?:\s*,?\s*(?:[A-Z]{1,5}(?:[+-]\d{1,2}(?::?\d\d)?)?|\([A-Z]{2,5}\)))*"
_CLOCK_AND_ZONE = rf"(?:at\s+)?\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?\s*(?i:[ap]\.?\s?m\b\.?)?{_ZONE}"
# Between a byline's cue and its date ("Published 10:05 AM EDT, March 15, 2025"), or after a stamp's
# date ("March 15, 2025 10:32 AM GMT", "Jan 10, 2025, 10:32 IST", "16 March 2025 | 10.32am",
# "Tuesday 18 March 2025 10:32, UK"), with the site's section after a dash ("Mar 30, 2025 - Politics
# & Policy").
_CLOCK_ONLY = re.compile(rf"^[\W_]*{_CLOCK_AND_ZONE}[\W_]*(?:on\s+)?$")
_DATE_THEN_CLOCK = re.compile(
    rf"^[\W\d_]*?(?:{_CLOCK_AND_ZONE}|{_ZONE})[\W_]*(?:\s[-–—|]\s+[A-Z][\w &,'’-]{{0,40}})?$"
)
# An author's name before a byline's date: "By Mychael Schnell - 06/23/25 10:32 AM ET".
_BY_AUTHOR = re.compile(r"^\W*By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[-–—|,]\s*$")
# A place not in capitals, or none, before a dateline's date: only where the agency follows it ("New
# Delhi, Feb 20, 2025 (PTI)", "Jakarta, April 6, 2025 (AFP) -", "April 3 (UPI) --"), its country
# perhaps in brackets ("New Delhi [India], July 23, 2025 (ANI)").
_NAMED_PLACE = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\[[A-Z][\w .'’-]{0,30}\])?\s*,\s*)?$"
)
_AGENCY_CUT = re.compile(r"\s*(?:\(|\s[-–—]\s|$)")

_PATH_SEPARATOR = re.compile(r"[/\\]")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_MONTH_NUMBER = r"(?P<month>0?[1-9]|1[0-2])"
_DAY_NUMBER = r"(?P<day>0?[1-9]|[12]\d|3[01])"
_MONTH_WORD = "(?P<month>{})".format(
    "|".join(sorted((name for name in MONTH if name.isalpha()), key=len, reverse=True))
)
_URL_DATE = re.compile(rf"(?<!\d){_YEAR}[/_.-]{_MONTH_NUMBER}[/_.-]{_DAY_NUMBER}(?!\d)")
# The Guardian's URLs name the month ("/world/2025/mar/16/ceasefire-talks"), and people their files
# ("2024-Nov-01 farmers protest.txt").
_URL_MONTH_NAME_DATE = re.compile(
    rf"(?<![0-9A-Za-z]){_YEAR}[/_.\s-]{_MONTH_WORD}[/_.\s-]{_DAY_NUMBER}(?!\d)", re.IGNORECASE
)
# Eight digits standing alone: inside a run of letters and digits (a hash) they are no date; before
# a clock time they are ISO 8601's basic form ("20241018T103200Z").
_COMPACT_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:(?![0-9A-Za-z])|(?=T\d{4}))"
)
# A file named as people write a date: "24 October 2024 - Met opera Aida.txt", "Oct 29 2024 oil
# fund profit.txt".
_NAME_DAY_MONTH_YEAR = re.compile(
    rf"(?<![0-9A-Za-z]){_DAY_NUMBER}(?:st|nd|rd|th)?[\s_.-]+{_MONTH_WORD}[\s_.,-]+{_YEAR}(?!\d)",
    re.IGNORECASE,
)
_NAME_MONTH_DAY_YEAR = re.compile(
    rf"(?<![0-9A-Za-z]){_MONTH_WORD}[\s_.-]+{_DAY_NUMBER}(?:st|nd|rd|th)?,?[\s_.,-]+{_YEAR}(?!\d)",
    re.IGNORECASE,
)
# The year last, as people name their own files ("16-04-2025-story.txt", "04.16.2025 talks.txt"):
# read only when one number cannot be a month, so the order is plain.
_YEAR_LAST_DATE = re.compile(r"(?<![0-9])([0-3]?\d)[_.-]([0-3]?\d)[_.-]((?:19|20)\d{2})(?![0-9])")

# Wider than the tagger's tense cues (rules/words.py) on purpose: here any hint of the future
# ("by", "from", "deadline") keeps a date out of the content's lower bound on publication.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|to be|scheduled|due|expected|expects?|plans?|planned|planning|next|upcoming|"
    r"until|deadline|by|starting|from|before|ahead|set to|intends?|hopes?)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:[a-z]{3,}ed|said|says|was|were|had|did|took|began|came|went|made|met|held|won|lost|fell|rose|"
    r"gave|told|saw|left|ago|last|earlier|since)\b",
    re.IGNORECASE,
)


# --- the cascade -------------------------------------------------------------------


def date_documents(
    documents: Sequence[Document],
    config: Config,
    timexes: Mapping[str, Sequence[Timex]] | None = None,
) -> tuple[Document, ...]:
    """The documents in the same order, each with ``published`` set when some step dates it.

    ``timexes`` are :func:`timeline.tag.scan` results by document id (scanned
    here when missing).  Documents nothing can date keep ``published=None``;
    :func:`undated_error` builds the error to raise for them.
    """
    scanned: dict[str, Sequence[Timex]] = {}

    def scan_once(document: Document) -> Sequence[Timex]:
        found = scanned.get(document.id)
        if found is None:
            given = timexes.get(document.id) if timexes is not None else None
            found = given if given is not None else scan(document.text, day_first=config.day_first)
            scanned[document.id] = found
        return found

    # A date given in metadata needs no scan.
    published = [doc.published or own_date(doc, scan_once(doc), config) for doc in documents]
    undated = [i for i, p in enumerate(published) if p is None]
    yearless: dict[int, tuple[Symbol, str]] = {}
    if undated:
        yearless = _date_yearless_datelines(documents, scanned, published, undated, config)
        undated = [i for i, p in enumerate(published) if p is None]
    if undated:
        for document in documents:
            scan_once(document)
        aligned = _align(documents, scanned, published, undated, config)
        for index in undated:
            document = documents[index]
            found = aligned.get(index) or from_content(document, scanned[document.id], config)
            if found is not None and index in yearless:
                found = _with_dateline_day(found, *yearless[index])
            published[index] = found or from_reference(config)
    for document, result in zip(documents, published, strict=True):
        if result is None:
            logger.info("%s: no date evidence", document.id)
        elif document.published is None:
            logger.debug("%s: %s", document.id, explain_date(result))
    return tuple(
        document if result is document.published else attrs.evolve(document, published=result)
        for document, result in zip(documents, published, strict=True)
    )


def own_date(document: Document, timexes: Sequence[Timex], config: Config) -> PublicationDate | None:
    """The date a document gives itself: metadata, else its dateline, else its file name or URL.

    Each step in trust order; the first that answers decides.  Needs nothing from the other
    documents, so the pipeline runs it in the per-document pass.
    """
    return document.published or from_dateline(document, timexes, config) or from_name(document)


def undated_error(documents: Iterable[Document]) -> DatingError:
    """The error for documents nothing could date: names them and the two ways to give a date."""
    documents = list(documents)
    ids = tuple(document.id for document in documents)
    shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    noun = "document has" if len(ids) == 1 else f"{len(ids)} documents have"
    message = (
        f"{noun} no publication date, and none could be inferred from the text, the file name or "
        f"the other articles: {shown}. "
        "Give the dates in a metadata CSV (--metadata FILE, or metadata.csv in the articles' folder; "
        "in Python, load(..., metadata=FILE); see docs/input.md), or give a date to assume with "
        "--reference DATE (in Python, Config(reference=...))."
        f"{_yearless_note(documents)}"
    )
    return DatingError(message, ids)


def _yearless_note(documents: Sequence[Document]) -> str:
    """What the error adds for documents whose dateline gives the day but not the year: the user
    who sees a date at the top of the article is told why it was not enough."""
    found = [
        (document.id, dateline[1])
        for document in documents
        if (dateline := _yearless_dateline(document.text, scan(document.text))) is not None
    ]
    if not found:
        return ""
    shown = "; ".join(f"{id_}: {_quote(line.strip(), 60)}" for id_, line in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    noun, pronoun = ("A dateline gives", "it is") if len(found) == 1 else ("Datelines give", "each is")
    return (
        f" {noun} the day but not the year ({shown}{more}); with --reference {pronoun} read in the year"
        " that puts that day nearest the date given."
    )


def explain_date(published: PublicationDate) -> str:
    """A one-line account for headers: "Sun 16 Mar 2025 — inferred: aligned with 002 on …"."""
    day = f"{published.date:%a} {published.date.day} {published.date:%b %Y}"
    if published.earliest != published.latest:
        day += f" (between {published.earliest.isoformat()} and {published.latest.isoformat()})"
    given = published.method in (Method.METADATA, Method.HTML)
    kind = "given" if given else "assumed" if published.method is Method.REFERENCE else "inferred"
    return f"{day} — {kind}: {published.evidence}"


def from_reference(config: Config) -> PublicationDate | None:
    """The user's ``--reference`` date, for documents nothing else dates; confidence 0."""
    if config.reference is None:
        return None
    return PublicationDate.exact(
        config.reference,
        Method.REFERENCE,
        f"an assumption: --reference {config.reference.isoformat()} given by the user; nothing dates it",
        confidence=0.0,
    )


# --- dateline and byline ------------------------------------------------------------


def from_dateline(document: Document, timexes: Sequence[Timex], config: Config) -> PublicationDate | None:
    """A dateline or byline: "MOSCOW, April 1, 1997 (AFP) -", "Published 15 March 2025", a bare date line.

    Looks only at the head of the text (the first few lines, past a forwarded
    e-mail's header) and at a trailing "Published/Updated" line, and, when they
    give nothing, a little further down for a dateline that names its agency or
    a "Published" line. Prefers a dateline to "published", "published" to a
    date alone or among labels, and that to "updated"; a "First published" line
    just below the head beats a date alone in it.
    """
    text = document.text
    lines = _without_mail_headers(text, _lines(text))
    head, tail = _dateline_regions(lines)
    # At the foot only a line that says what its date is counts ("Last updated 16 March 2025"): a
    # date alone there is as often a related story's, under its headline in a "More on this story"
    # list.
    found = _datelines(text, head, timexes, config) + [
        (rank, date, line)
        for rank, date, line in _datelines(text, tail, timexes, config)
        if _says_its_date(rank, line)
    ]
    if not found:
        # Below the head only a dateline that names its agency or a line that says what its date
        # is counts: a press release's "CLEVELAND, March 19, 2026 /PRNewswire/ --" under its
        # headline and bullets, a police release's "Published: Monday 9 March 2026" under its
        # force's name, section and headline.
        region = _wire_region(lines)
        below = _datelines(text, region, timexes, config)
        found = [(rank, date, line) for rank, date, line in below if _says_its_date(rank, line)]
        if not found:
            # A date alone on its line, under a headline, a name and a role that fill the head
            # ("BBC News", "Economics editor"), before the first paragraph: the byline's date.
            stamp = _stamp_above_body(text, lines[:_HEAD_LINES], region, timexes, config)
            if stamp is not None:
                date, line = stamp
                evidence = f"dateline {_quote(line.strip(), 60)}, a date alone under the headline and byline"
                return PublicationDate.exact(
                    date, Method.DATELINE, evidence, confidence=STAMP_BELOW_HEAD_CONFIDENCE
                )
    if found and min(rank for rank, _, _ in found) > _PUBLISHED_RANK:
        # The Guardian shows the last change's date alone under the headline and "First published
        # on Sat 21 Dec 2024 17.32 GMT" below it.
        cued = [span for span in _wire_region(lines) if _FIRST_PUBLISHED.match(text, *span)]
        found = _datelines(text, cued, timexes, config)[:1] or found
    if not found:
        return None
    _, date, line = min(found, key=lambda item: item[0])
    return PublicationDate.exact(
        date, Method.DATELINE, f"dateline {_quote(line.strip(), 60)}", confidence=DATELINE_CONFIDENCE
    )


def _without_mail_headers(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``lines`` without the header of a forwarded e-mail at the top ("From:", "Date: Tue, Feb 25,
    2025 at 9:04 AM", "Subject:"): its date is the day it was sent, not the article's. A memo's
    header ("To: News desks", "From: Press office", "Date: 3 March 2025") is its own and stays: a
    forward says so, or Outlook's "Sent:" does."""
    top = lines[:_MAIL_HEADER_REACH]
    if not top or _MAIL_FORWARDED.search(text, 0, top[-1][1]) is None:
        return lines
    header = {span for span in top if _MAIL_HEADER.match(text, span[0], span[1])}
    return [span for span in lines if span not in header]


def _stamp_above_body(
    text: str,
    head: Sequence[tuple[int, int]],
    region: Sequence[tuple[int, int]],
    timexes: Sequence[Timex],
    config: Config,
) -> tuple[dt.date, str] | None:
    """The date of the first line below the head that is a date alone (or with its clock time), when
    no paragraph of the text comes before it, nor a caption of whom it is about ("Jane Roe, poet"
    over her date of birth), and the text reports nothing later as past."""
    if not head or any(end - start >= _BODY_LINE for start, end in head):
        return None
    above = head[-1]
    for start, end in region:
        if end - start >= _BODY_LINE:
            return None
        for rank, date, line in _datelines(text, [(start, end)], timexes, config):
            if rank == _DATELINE_RANK or "," in text[above[0] : above[1]]:
                return None
            bound = _content_bound(text, timexes, date)
            return (date, line) if bound is None or bound.date <= date else None
        above = (start, end)
    return None


def _datelines(
    text: str, spans: Iterable[tuple[int, int]], timexes: Sequence[Timex], config: Config
) -> list[tuple[int, dt.date, str]]:
    """(rank, date, line) of each line at ``spans`` that is a dateline or byline."""
    found: list[tuple[int, dt.date, str]] = []
    for start, end in spans:
        line = text[start:end]
        # The best-ranked date of the line: "Updated: 7 Jun 2025 | Published: 6 Jun 2025" is the 6th.
        best: tuple[int, dt.date] | None = None
        for timex, rank in _ranked(text, start, end, timexes):
            full = _full_date(timex.symbol, ordered=rank != _DATELINE_RANK)
            if full is not None and (best is None or rank < best[0]):
                best = (rank, full)
                if rank == _DATELINE_RANK:
                    break  # none ranks better
        if best is not None:
            found.append((best[0], best[1], line))
        else:
            # A line with no date the tagger reads in full; most do not look like a dateline at all,
            # which is the cheaper test.
            if _looks_like_dateline(line) and _dateline_rank(line, "") is None:
                parsed = _parse_dateline(line, config)
                if parsed is not None:
                    found.append((_DATELINE_RANK, parsed, line))
    return found


def _ranked(text: str, start: int, end: int, timexes: Sequence[Timex]) -> Iterator[tuple[Timex, int]]:
    """Each calendar day on the line ``text[start:end]`` placed as a dateline's or byline's date, with
    its rank (see :func:`_dateline_rank`), in text order (``timexes`` are in text order, as scanned)."""
    line = text[start:end]
    for index in range(bisect.bisect_left(timexes, start, key=_start_of), len(timexes)):
        timex = timexes[index]
        if timex.start >= end:
            break
        symbol = timex.symbol
        if (
            symbol.kind is Kind.CALENDAR
            and symbol.day is not None
            and symbol.month is not None
            and timex.end <= end
        ):
            rank = _dateline_rank(line[: timex.start - start], line[timex.end - start :])
            if rank is not None:
                yield timex, rank


def _start_of(timex: Timex) -> int:
    return timex.start


def _date_yearless_datelines(
    documents: Sequence[Document],
    scanned: Mapping[str, Sequence[Timex]],
    published: list[PublicationDate | None],
    undated: Sequence[int],
    config: Config,
) -> dict[int, tuple[Symbol, str]]:
    """Date the documents whose dateline gives a day without its year ("LISBON, Jan 28 (Reuters) -").

    Wire copy is filed on the day its dateline says.  The year is the one that puts the day
    nearest the user's ``--reference``; else the only year in which the day falls within a month
    of some document dated by its own evidence.  When several years do (a collection spanning
    years), alignment decides the year: the (date, line) of those documents is returned.
    """
    dated = sorted(p.date.toordinal() for p in published if p is not None)
    left: dict[int, tuple[Symbol, str]] = {}
    for index in undated:
        found = _yearless_dateline(documents[index].text, scanned[documents[index].id])
        if found is None:
            continue
        day, line = found
        if config.reference is not None:
            date, whence = _nearest_occurrence(day, config.reference), "nearest --reference"
        else:
            years = {dt.date.fromordinal(ordinal).year for ordinal in dated}
            supported = [
                occurrence
                for year in sorted(years | {y + 1 for y in years} | {y - 1 for y in years})
                if (occurrence := _in_year(day, year)) is not None
                and _dated_within(dated, occurrence.toordinal(), _YEARLESS_REACH)
            ]
            whence = "of the other documents' dates"
            date = supported[0] if len(supported) == 1 else None
        if date is not None:
            published[index] = PublicationDate.exact(
                date,
                Method.DATELINE,
                f"dateline {_quote(line.strip(), 60)}, the year {whence}",
                confidence=YEARLESS_DATELINE_CONFIDENCE,
            )
        else:
            left[index] = found
    return left


def _with_dateline_day(inferred: PublicationDate, day: Symbol, line: str) -> PublicationDate:
    """The day a year-less dateline prints, in the year that puts it nearest the inferred date.

    The day is printed; only the year is inferred, so the date is as sure as the inference's year
    (right for about two articles in three on wire copy spanning years).
    """
    date = _nearest_occurrence(day, inferred.date)
    if date is None:
        return inferred
    return PublicationDate.exact(
        date,
        Method.DATELINE,
        f"dateline {_quote(line.strip(), 60)}, the year from {inferred.method.value}: {inferred.evidence}",
        confidence=min(YEARLESS_YEAR_INFERRED_CONFIDENCE, max(inferred.confidence, 0.3)),
    )


_YEARLESS_REACH = 31  # days: a year-less dateline's year is one with a dated document this near


def _dated_within(dated: Sequence[int], day: int, reach: int) -> bool:
    """Whether the sorted ordinals ``dated`` hold one within ``reach`` days of ``day``."""
    position = bisect.bisect_left(dated, day - reach)
    return position < len(dated) and dated[position] <= day + reach


def _in_year(day: Symbol, year: int) -> dt.date | None:
    span = resolve(attrs.evolve(day, year=year), dt.date(year, 1, 1)).span  # None: 29 February
    return None if span is None else span.first


def _yearless_dateline(text: str, timexes: Sequence[Timex]) -> tuple[Symbol, str] | None:
    """The date (month and day) and the line of a dateline that gives no year, as wire copy often does."""
    head, tail = _dateline_regions(_lines(text))
    for start, end in head + tail:
        for timex, _ in _ranked(text, start, end, timexes):
            symbol = timex.symbol
            if symbol.kind is not Kind.CALENDAR or symbol.year is not None or symbol.mod is not None:
                continue
            if symbol.month is None or symbol.day is None or symbol.swappable:
                continue
            return symbol, text[start:end]
    return None


def _nearest_occurrence(day: Symbol, near: dt.date) -> dt.date | None:
    span = resolve(attrs.evolve(day, direction=Direction.NEAREST), near).span
    return None if span is None else span.first


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of ``text``."""
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if stripped.strip():
            lines.append((position, position + len(stripped)))
        position += len(raw)
    return lines


def _dateline_regions(
    lines: Sequence[tuple[int, int]],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of the head lines, and of the last few lines, of the non-blank ``lines`` of a text."""
    head = [(s, min(e, _HEAD_CHARS)) for s, e in lines[:_HEAD_LINES] if s < _HEAD_CHARS]
    tail = [span for span in lines[-_TAIL_LINES:] if span not in head and span[0] >= _HEAD_CHARS]
    return head, tail


def _says_its_date(rank: int, line: str) -> bool:
    """Whether a dateline or byline found away from the head says it is the text's date: a dateline
    that names its agency, or a byline's cue ("Published", "Updated")."""
    return bool((rank == _DATELINE_RANK and _AGENCY.search(line)) or _BYLINE_CUE.match(line))


def _wire_region(lines: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines below the head where a press release's dateline or byline may still come."""
    return [(s, e) for s, e in lines[_HEAD_LINES:_WIRE_HEAD_LINES] if s < _WIRE_HEAD_CHARS]


# How surely a date on a stamp's line is the text's (see _dateline_rank); the lowest wins.
_DATELINE_RANK = 0  # "MOSCOW, April 1, 1997 (AFP) -"
_PUBLISHED_RANK = 1  # "Published 15 March 2025", "First published on Sat 21 Dec 2024"
_STAMP_RANK = 2  # a date alone, or beside a clock time, labels or an author: "Reuters · 26 Feb 2025"
_UPDATED_RANK = 3  # "Updated 10:32 GMT, Sat 15 Mar 2025"


def _dateline_rank(before: str, after: str) -> int | None:
    """How a date between ``before`` and ``after`` on its line reads (a dateline, a byline's
    "published", a stamp, "updated"), or None when it is no stamp's date."""
    cue = _BYLINE_CUE.match(before)
    if cue is not None:
        word = cue.group().lower()
        rest = _strip_weekday(before[cue.end() :])
        if not (_DATE_ONLY.match(rest) or _CLOCK_ONLY.match(rest)) and len(rest.strip()) > 12:
            return _labelled_rank(before, after)  # "Updated 7 Jun 2025 | Published: 6 Jun 2025"
        return _cue_rank(word)
    stripped = _strip_weekday(before)
    tail = _DATELINE_TAIL.match(after)
    if tail and (_DATELINE_PLACE.match(stripped) or (tail.group("agency") and _NAMED_PLACE.match(stripped))):
        return _DATELINE_RANK
    if _PLACE_BEFORE_DASH.match(stripped) and _TEXT_AFTER_DASH.match(after):
        return _DATELINE_RANK  # a press release's "SAN FRANCISCO – March 8, 2025 – Acme Corp today…"
    if (_DATE_ONLY.match(stripped) or _BY_AUTHOR.match(stripped) or _CLOCK_ONLY.match(stripped)) and (
        _DATE_THEN_CLOCK.match(after) or _WEEKDAY_ONLY.match(after)
    ):
        return _STAMP_RANK  # "10:32 JST, July 3, 2025", "January 30, 2025 Thursday" (Nexis)
    return _labelled_rank(before, after)


def _cue_rank(cue: str) -> int:
    """The rank of a date after a byline's cue (lower case): "updated", "last modified" or the rest."""
    return _UPDATED_RANK if "updat" in cue or "modif" in cue else _PUBLISHED_RANK


def _is_label(text: str) -> bool:
    """Whether ``text`` can label a stamp's date (see _LABEL_WORDS); another of the line's stamps
    may have its date ("Updated: 7 Jun 2025 12:00")."""
    text = text.strip()
    if len(text) > _LABEL_CHARS:
        return False
    if _BYLINE_CUE.match(text):
        return True
    return len(text.split()) <= _LABEL_WORDS and _SENTENCE_OR_YEAR.search(text) is None


def _labelled_rank(before: str, after: str) -> int | None:
    """The rank of a date among short labels on a stamp's line, split by bars, middle dots or
    spaced dashes: "Source: Xinhua | 2024-12-02 10:32:11 | Editor: Liu", "Reuters · 26 Feb 2025",
    "The Times | Wednesday 22 January 2025 | Page 1 of 3", "Morning Briefing — Monday, January 20,
    2025", "INQUIRER.net / 10:32 AM April 30, 2025". A byline's cue right before the date ranks
    it as the cue does ("Updated: 7 Jun 2025 12:00 | Published: 6 Jun 2025 18:40")."""
    if len(before) > _LABELLED_REACH or len(after) > _LABELLED_REACH:
        return None  # a paragraph's date: most dates on the head's lines
    *labels_before, nearest = _LABEL_BREAK.split(before)
    first_after, *labels_after = _LABEL_BREAK.split(after)
    if not (labels_before or labels_after):
        return None
    if not all(map(_is_label, (*labels_before, *labels_after))):
        return None
    if not (
        _DATE_ONLY.match(first_after)
        or _DATE_THEN_CLOCK.match(first_after)
        or _WEEKDAY_ONLY.match(first_after)
    ):
        return None
    nearest = _strip_weekday(nearest)
    cue = _BYLINE_CUE.match(nearest)
    if cue is not None and not nearest[cue.end() :].strip():
        return _cue_rank(cue.group().lower())
    return _STAMP_RANK if _DATE_ONLY.match(nearest) or _CLOCK_ONLY.match(nearest) else None


def is_dateline(before: str, after: str) -> bool:
    """Whether a date between ``before`` and ``after`` is a wire dateline's ("MOSCOW, April 1, 1997
    (AFP) - …"): a place in capitals before it, at most a year, the agency and a dash after it."""
    return _dateline_rank(before, after) == _DATELINE_RANK


def _looks_like_dateline(line: str) -> bool:
    place, comma, _ = line.partition(",")
    return bool(comma) and bool(_DATELINE_PLACE.match(place + ","))


def _strip_weekday(before: str) -> str:
    # The weekday can only end the text, so only its last characters are searched: a long
    # line is not scanned from its start for every date in it; and not at all when they end no
    # weekday (most lines: this runs for every date near the top of every text).  Only ASCII
    # endings are ruled out here: IGNORECASE also reads "ſ" as "s" and "ı" as "i".
    ending = before.rstrip().rstrip(".,")[-3:]
    if ending.isascii() and ending.lower() not in _WEEKDAY_ENDINGS:
        return before
    found = _WEEKDAY_WORD.search(before, max(0, len(before.rstrip()) - _WEEKDAY_REACH))
    return before if found is None else before[: found.start()]


def _parse_dateline(line: str, config: Config) -> dt.date | None:
    """A dateline's date by dateparser, for the forms the tagger does not read as one date."""
    _, _, rest = line.partition(",")
    rest = _AGENCY_CUT.split(rest, maxsplit=1)[0]
    # Agencies repeat the year ("Dec 24 , 2006, 2006"); keep the first full date.
    match = re.match(r"\s*(.*?\d{4})", rest)
    if match is None:
        return None
    settings = {
        "STRICT_PARSING": True,
        "DATE_ORDER": "DMY" if config.day_first else "MDY",
        "REQUIRE_PARTS": ["day", "month", "year"],
        # Absolute dates only: dateparser's relative parsers ("3 days ago") read today's date.
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    try:
        parsed = dateparser.parse(match.group(1), languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return None if parsed is None or not 1900 <= parsed.year <= 2100 else parsed.date()


def _full_date(symbol: Symbol, *, ordered: bool = False) -> dt.date | None:
    """The day a calendar date names in full; a numeric one that could be read either way
    ("04/06/2025") only when the order of day and month the tagger was given is to be trusted
    (``ordered``: a stamp on the site's own line, written as the site writes every date)."""
    if symbol.kind is not Kind.CALENDAR or symbol.year is None or symbol.month is None or symbol.day is None:
        return None
    if symbol.mod is not None or (symbol.swappable and not ordered):
        return None
    try:
        return dt.date(symbol.year, symbol.month, symbol.day)
    except ValueError:
        return None


# --- URL and file name ---------------------------------------------------------------------


def from_name(document: Document) -> PublicationDate | None:
    """A date in the URL, the file name or the id: ``/2025/03/15/``, ``2025-03-15``, ``20250315``,
    ``16-04-2025``; failing those, in the folders above the file: ``2025/04/20/story.txt``."""
    for value, method, what in (
        (document.url, Method.URL, "URL"),
        (document.path, Method.FILENAME, "file name"),
        (document.id, Method.FILENAME, "id"),
    ):
        if not value:
            continue
        name = value if method is Method.URL else _PATH_SEPARATOR.split(value)[-1]
        found = _date_in_name(name, year_last=method is not Method.URL)
        if found is not None:
            date, spelled = found
            evidence = f"{what} {_quote(spelled, 40)}"
            return PublicationDate.exact(date, method, evidence, confidence=NAME_CONFIDENCE)
    return _from_folders(document.path) if document.path else None


def _date_in_name(name: str, *, year_last: bool) -> tuple[dt.date, str] | None:
    written = (_NAME_DAY_MONTH_YEAR, _NAME_MONTH_DAY_YEAR) if year_last else ()
    patterns = (_URL_DATE, _URL_MONTH_NAME_DATE, _COMPACT_DATE, *written)
    for pattern in patterns:
        for match in pattern.finditer(name):
            found = _matched_date(match)
            if found is not None:
                return found, match.group()
    if year_last:
        for match in _YEAR_LAST_DATE.finditer(name):
            first, second, year = (int(number) for number in match.groups())
            if first == second or (first > 12) != (second > 12):
                day, month = (first, second) if second <= 12 else (second, first)
                try:
                    return dt.date(year, month, day), match.group()
                except ValueError:
                    continue
    return None


def _matched_date(match: re.Match[str]) -> dt.date | None:
    """The date a name pattern's ``year``, ``month`` (number or name) and ``day`` groups spell."""
    month = match["month"].lower()
    try:
        return dt.date(int(match["year"]), MONTH.get(month) or int(month), int(match["day"]))
    except ValueError:
        return None


def _from_folders(path: str) -> PublicationDate | None:
    """Archives kept as their sites' URLs are (``2025/04/20/``) or one folder a day (``2025-04-20/``).

    The deepest date counts. Less sure than the file's own name: a folder may be the day the copies
    were gathered rather than published."""
    folders = "/".join(_PATH_SEPARATOR.split(path)[:-1])
    found = None
    for match in sorted(
        (*_URL_DATE.finditer(folders), *_URL_MONTH_NAME_DATE.finditer(folders)), key=re.Match.start
    ):
        date = _matched_date(match)
        if date is not None:
            found = (date, match.group())
    if found is None:
        return None
    date, spelled = found
    evidence = f"folder {_quote(spelled, 40)}"
    return PublicationDate.exact(date, Method.FILENAME, evidence, confidence=FOLDER_CONFIDENCE)


# --- content ------------------------------------------------------------------------------


@attrs.frozen
class _Bound:
    """The latest absolute past date a text reports, and where."""

    date: dt.date
    text: str


def from_content(document: Document, timexes: Sequence[Timex], config: Config) -> PublicationDate | None:
    """The latest absolute past date the text reports, as a low-confidence lower bound.

    The article was written on or after it; the range runs a few days on.
    """
    bound = _content_bound(document.text, timexes, config.reference)
    if bound is None:
        return None
    return PublicationDate(
        date=bound.date,
        method=Method.CONTENT,
        confidence=CONTENT_CONFIDENCE,
        evidence=f"no date given: on or after the latest date it reports, {_quote(bound.text, 40)}",
        earliest=bound.date,
        latest=bound.date + dt.timedelta(days=_CONTENT_SLACK),
    )


def _content_bound(text: str, timexes: Sequence[Timex], near: dt.date | None) -> _Bound | None:
    """The latest full date in a past-tense clause; "Tuesday, March 11" pairs pick their year."""
    best: _Bound | None = None
    pairs: list[tuple[Timex, int]] = []
    for timex in timexes:
        symbol = timex.symbol
        if timex.type not in (TimexType.DATE, TimexType.TIME) or symbol.kind is not Kind.CALENDAR:
            continue
        weekday = _paired_weekday(text, timex)
        date = _full_date(symbol)
        if date is None:
            if (
                weekday is not None
                and symbol.month is not None
                and symbol.day is not None
                and symbol.year is None
            ):
                pairs.append((timex, weekday))
            continue
        if weekday is not None and date.isoweekday() != weekday:
            continue  # "Tuesday, March 12, 2025" is not a Tuesday: trust neither
        if _in_note_on_itself(text, timex.start):
            continue
        if _past_clause(text, timex) and (best is None or date > best.date):
            best = _Bound(date, timex.text)
    anchor = best.date if best is not None else near
    if anchor is None:
        return best
    for timex, weekday in pairs:
        date = _year_for_weekday(timex.symbol, weekday, anchor)
        if date is not None and _past_clause(text, timex) and (best is None or date > best.date):
            best = _Bound(date, text[max(0, timex.start - 10) : timex.end].strip())
    return best


def _in_note_on_itself(text: str, at: int) -> bool:
    """Whether ``at`` is on a line where the text tells of its own changes ("This article was
    amended on 9 April 2025", "Correction: …"): a date there comes after publication."""
    start = text.rfind("\n", 0, at) + 1
    return _NOTE_ON_ITSELF.match(text, start) is not None


_NOTE_ON_ITSELF = re.compile(
    r"\W*(?:(?:this|the|an\s+earlier\s+version\s+of\s+this)\s+(?:article|story|report|piece|post|column|version)"
    r"\s+(?:was|has\s+been|had)\s+(?:amended|corrected|updated|edited|changed|revised|clarified)"
    r"|corrections?\b|clarifications?\b|editor['’]s\s+note\b|update\s*:)",
    re.IGNORECASE,
)


def _past_floor(text: str, timexes: Sequence[Timex]) -> _Bound | None:
    """The latest start of a year or month reported in a past-tense clause ("in 2005", "September 2003").

    The article was most likely written after it began: a floor on the date that is coarser than
    :func:`_content_bound` but found in many more texts.
    """
    best: _Bound | None = None
    for timex in timexes:
        symbol = timex.symbol
        if timex.type not in (TimexType.DATE, TimexType.TIME) or symbol.kind is not Kind.CALENDAR:
            continue
        if symbol.year is None or symbol.day is not None or symbol.mod is not None or symbol.swappable:
            continue
        if not dt.MINYEAR <= symbol.year <= dt.MAXYEAR:
            continue
        start = dt.date(symbol.year, symbol.month or 1, 1)
        if (best is None or start > best.date) and _past_clause(text, timex):
            best = _Bound(start, timex.text)
    return best


def _paired_weekday(text: str, timex: Timex) -> int | None:
    """The ISO weekday named with a date ("Tuesday, March 11"), in the expression or just before it."""
    if timex.symbol.kind is not Kind.CALENDAR or timex.symbol.day is None:
        return None
    match = _LEADING_WEEKDAY.match(timex.text) or _WEEKDAY_WORD.search(
        text, max(0, timex.start - 12), timex.start
    )
    if match is None:
        return None
    return WEEKDAY_ABBR[match.group(1).lower()]


def _year_for_weekday(symbol: Symbol, weekday: int, near: dt.date) -> dt.date | None:
    """The date with this month and day, falling on ``weekday``, nearest ``near`` (within seven years)."""
    assert symbol.month is not None and symbol.day is not None
    options = []
    for year in range(near.year - 7, near.year + 8):
        try:
            date = dt.date(year, symbol.month, symbol.day)
        except ValueError:
            continue
        if date.isoweekday() == weekday:
            options.append(date)
    return min(options, key=lambda d: abs((d - near).days), default=None)


def _past_clause(text: str, timex: Timex) -> bool:
    """Whether the sentence around ``timex`` reports the past (a past cue, no future cue)."""
    if timex.symbol.direction is Direction.FUTURE or timex.symbol.mod is not None:
        return False
    start = max(text.rfind(".", 0, timex.start), text.rfind("\n", 0, timex.start)) + 1
    stops = [i for i in (text.find(". ", timex.end), text.find("\n", timex.end)) if i >= 0]
    end = min(stops) if stops else len(text)
    sentence = text[start:end]
    return _FUTURE_CUE.search(sentence) is None and _PAST_CUE.search(sentence) is not None


# --- cross-document alignment ----------------------------------------------------------------------
#
# An undated article is scored at each candidate date d by three kinds of evidence:
#   agreement  its mentions, resolved against d, land on the same days (or weeks) as
#              similar mentions of dated articles (the sum of those similarities);
#   topic      dated articles that share its rare words were published near d;
#   recency    the weekdays and calendar dates it names fall on or just before d, as
#              news reports the day's events ("said Tuesday"), its lead above all.
# A weekday its lead names scales the whole score by how well d fits it.  A date before the
# latest absolute past date it reports ("on March 3, 2005", "in 2005") is penalized.


@attrs.frozen
class _Mention:
    """A dated mention in the index: where its event falls and what its sentence is about."""

    document: int
    span: TimeSpan
    features: frozenset[str]
    weight: float
    terms: tuple[str, ...]  # the features in sentence order, for naming what two mentions share


@attrs.frozen
class _Probe:
    """An undated article's mention: its position among the article's timexes and its features."""

    position: int
    features: frozenset[str]
    weight: float
    terms: tuple[str, ...]
    sentence: str
    weekday: int | None  # a "Tuesday, March 11" pair must land on a Tuesday


@attrs.frozen
class _Result:
    date: dt.date
    earliest: dt.date
    latest: dt.date
    confidence: float
    evidence: str
    shared: bool  # whether mentions meeting a dated article's chose it (not topic and recency alone)


class _Spans:
    """Spans of a text's expressions against candidate dates, as :func:`timeline.tag.resolve_all` gives them.

    Most texts' expressions are independent of one another: each span is then
    a function of (symbol, date), memoized on small integer keys (hashing a
    Symbol of two dozen fields costs more than resolving a cached one).
    Texts where one expression counts from another ("the following day",
    "a year earlier") go through :func:`~timeline.tag.resolve_all` whole.
    """

    def __init__(self) -> None:
        self._ids: dict[Symbol, int] = {}
        self._memo: dict[tuple[int, int], TimeSpan | None] = {}

    def ids(self, timexes: Sequence[Timex]) -> list[int]:
        return [self._ids.setdefault(t.symbol, len(self._ids)) for t in timexes]

    def spans(
        self, timexes: Sequence[Timex], ids: Sequence[int], reference: dt.date, independent: bool
    ) -> list[TimeSpan | None]:
        if not independent:
            return [timex.span for timex in resolve_all(timexes, reference)]
        day = reference.toordinal()
        memo = self._memo
        spans: list[TimeSpan | None] = []
        for timex, key in zip(timexes, ids, strict=True):
            span = memo.get((key, day), _MISSING)
            if isinstance(span, _Missing):
                # One at a time gives the same spans when none depends on another; a numeric
                # date that reads both ways is left to resolve_all's rule for choosing.
                if timex.symbol.swappable:
                    span = resolve_all([timex], reference)[0].span
                else:
                    span = resolve(timex.symbol, reference).span
                memo[key, day] = span
            spans.append(span)
        return spans


def _independent(timexes: Sequence[Timex]) -> bool:
    """Whether each expression's span depends on the reference date alone, not on the ones before it.

    These are the cases where :func:`timeline.tag.resolve_all` counts from
    earlier expressions: narrative anchors ("the following day"), a range's end
    ("to 31 January" after "from 1 October"), and "a year earlier" after a
    quarter, a half-year or a month ("in September from a year earlier").
    """
    narrative = year_back = period = False
    for timex in timexes:
        symbol = timex.symbol
        narrative = narrative or symbol.anchor is not Anchor.PUBLICATION
        back = symbol.kind is Kind.RELATIVE and symbol.unit is Unit.YEAR
        year_back = year_back or back
        period = period or symbol.quarter is not None or symbol.half is not None
        period = period or symbol.unit in (Unit.QUARTER, Unit.HALF_YEAR)
        # A year back from a month told (tag._compare_months), or "June last year".
        period = period or (back and symbol.month is not None)
    return not narrative and not (year_back and period)


class _Missing:
    pass


_MISSING = _Missing()


def _usable(timex: Timex) -> bool:
    """Whether a timex can place an event on the calendar finely enough to align on."""
    return timex.type in (TimexType.DATE, TimexType.TIME) and timex.symbol.kind in (
        Kind.CALENDAR,
        Kind.RELATIVE,
        Kind.WEEKDAY,
    )


def _telling(timex: Timex) -> bool:
    """Whether where a timex lands says something about the publication date (for the recency score).

    Named weekdays and calendar dates do; "yesterday" lands one day back from any date, so it does not.
    """
    symbol = timex.symbol
    if timex.type not in (TimexType.DATE, TimexType.TIME) or symbol.anchor is not Anchor.PUBLICATION:
        return False
    if symbol.kind is Kind.WEEKDAY:
        return symbol.unit is None and symbol.offset in (None, 0)
    return symbol.kind is Kind.CALENDAR and symbol.day is not None and symbol.month is not None


class _Sentences:
    """Each timex's sentence features (its content terms) for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentence_spans(text)
        self.starts = [start for start, _ in self.spans]
        self._cache: dict[int, _Features] = {}

    def features(self, offset: int) -> _Features:
        """The content terms of the sentence holding ``offset``, as a set and in order, and the sentence."""
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        cached = self._cache.get(index)
        if cached is None:
            start, end = self.spans[index] if self.spans else (0, len(self.text))
            sentence = self.text[start:end]
            ordered = terms(sentence)
            cached = (frozenset(ordered), ordered, sentence)
            self._cache[index] = cached
        return cached


_Features = tuple[frozenset[str], tuple[str, ...], str]


@attrs.frozen
class _Undated:
    """What alignment needs of one undated article, computed once."""

    index: int
    id: str  # the document's, for the log
    probes: tuple[_Probe, ...]
    telling: tuple[int, ...]  # positions of the timexes the recency score reads
    bound: _Bound | None
    lead_end: int  # offset where its lead paragraph ends
    words: frozenset[str]
    names: frozenset[str]  # the words of the names it mentions, lower-cased


def _align(
    documents: Sequence[Document],
    scanned: Mapping[str, Sequence[Timex]],
    published: Sequence[PublicationDate | None],
    undated: Sequence[int],
    config: Config,
) -> dict[int, PublicationDate]:
    """Dates for undated documents by cross-document alignment, by document index."""
    dated = [i for i, p in enumerate(published) if p is not None]
    if not dated:
        return {}
    spans = _Spans()
    # Only expressions that can land on the calendar matter here (nor do others move the narrative anchor).
    usable = {i: [t for t in scanned[d.id] if _usable(t)] for i, d in enumerate(documents)}
    ids = {i: spans.ids(usable[i]) for i in range(len(documents))}
    # Feature rarity: over every usable mention's sentence for mentions, over documents for topics.
    raw: dict[int, list[tuple[int, _Features]]] = {}
    words: dict[int, frozenset[str]] = {}
    mention_frequency: dict[str, int] = defaultdict(int)
    document_frequency: dict[str, int] = defaultdict(int)
    for i, document in enumerate(documents):
        sentences = _Sentences(document.text)
        found = [(p, sentences.features(t.start)) for p, t in enumerate(usable[i])]
        raw[i] = found
        for features in {f for _, (f, _, _) in found}:
            for feature in features:
                mention_frequency[feature] += 1
        words[i] = frozenset(terms(document.text))
        for word in words[i]:
            document_frequency[word] += 1
    mention_total = sum(len(found) for found in raw.values()) + 1
    mention_idf = {f: math.log(mention_total / n) for f, n in mention_frequency.items()}
    document_idf = {w: math.log((len(documents) + 1) / n) for w, n in document_frequency.items()}
    index = _Index(mention_idf, mention_total, document_idf, len(documents))
    recency = _Recency()
    for i in dated:
        date = published[i]
        assert date is not None
        spans_at = [t.span for t in resolve_all(usable[i], date.date)]
        recency.learn(usable[i], spans_at, date.date, _lead_end(documents[i].text))
        index.add(i, documents[i], usable[i], raw[i], words[i], date.date)
    low = min(p.date for p in published if p is not None) - dt.timedelta(days=config.alignment_window)
    high = max(p.date for p in published if p is not None) + dt.timedelta(days=config.alignment_window)
    articles = {}
    for i in undated:
        timexes = usable[i]
        probes = tuple(
            _Probe(
                position=p,
                features=f,
                weight=math.fsum(mention_idf[x] for x in f),
                terms=ordered,
                sentence=sentence,
                weekday=_paired_weekday(documents[i].text, timexes[p]),
            )
            for p, (f, ordered, sentence) in raw[i]
        )
        telling = tuple(p for p, t in enumerate(timexes) if _telling(t))
        bound = _content_bound(documents[i].text, scanned[documents[i].id], None)
        floor = _past_floor(documents[i].text, scanned[documents[i].id])
        if floor is not None and (bound is None or floor.date > bound.date):
            bound = floor
        names = frozenset(w.lower() for name in actors(documents[i].text) for w in name.split())
        articles[i] = _Undated(
            i, documents[i].id, probes, telling, bound, _lead_end(documents[i].text), words[i], names
        )
    # Which undated articles a newly dated one can help: those sharing a rare word with it.
    undated_by_word: dict[str, list[int]] = defaultdict(list)
    for i in undated:
        for word in words[i]:
            if document_idf[word] >= index.common_word:
                undated_by_word[word].append(i)
    results: dict[int, _Result] = {}
    pending = set(undated)
    todo = list(undated)
    for round_number in range(_MAX_ROUNDS):
        anchored: list[int] = []
        for i in todo:
            result = _align_one(articles[i], usable[i], ids[i], index, spans, recency, low, high)
            if result is None:
                continue
            results[i] = result
            # Only a date resting on shared events may date others: a guess from topic alone would spread.
            if result.shared and result.confidence >= ANCHOR_CONFIDENCE:
                anchored.append(i)
        logger.debug("alignment round %d: %d of %d anchored", round_number + 1, len(anchored), len(todo))
        if not anchored:
            break
        pending.difference_update(anchored)
        affected: set[int] = set()
        for i in anchored:
            index.add(i, documents[i], usable[i], raw[i], words[i], results[i].date)
            sharing: set[int] = set()
            for word in words[i]:
                sharing.update(undated_by_word.get(word, ()))
            affected.update(j for j in sharing & pending if index.similarity(words[j], i) >= _RELATED_TOPIC)
        todo = sorted(affected)
    return {
        i: PublicationDate(
            date=r.date,
            method=Method.ALIGNMENT,
            confidence=r.confidence,
            evidence=r.evidence,
            earliest=r.earliest,
            latest=r.latest,
        )
        for i, r in results.items()
    }


class _Index:
    """Dated mentions and dated documents, findable by their rare features."""

    def __init__(
        self,
        mention_idf: Mapping[str, float],
        mentions: int,
        document_idf: Mapping[str, float],
        documents: int,
    ) -> None:
        self.idf = mention_idf
        self.document_idf = document_idf
        self.mentions: list[_Mention] = []
        self.by_feature: dict[str, list[int]] = defaultdict(list)
        self.names: dict[int, str] = {}
        self.dates: dict[int, dt.date] = {}
        self.days: set[int] = set()  # the days some dated article was published, as ordinals
        self.document_weight: dict[int, float] = {}
        self.by_word: dict[str, list[int]] = defaultdict(list)
        self.of_document: dict[int, list[int]] = defaultdict(list)
        self.words: dict[int, frozenset[str]] = {}
        # Features found in more entries than this are too common to be worth looking up: a share
        # of the collection, so that a small one still finds something, but capped, so that a
        # lookup costs no more in a year of coverage than in a week (a share alone made
        # alignment grow with the square of the collection).
        self.common = math.log(mentions / _postings(mentions, 40.0, 0.02, 1000.0))
        self.common_word = math.log((documents + 1) / _postings(documents, 20.0, 0.05, 500.0))

    def add(
        self,
        document_index: int,
        document: Document,
        timexes: Sequence[Timex],
        features: Sequence[tuple[int, _Features]],
        words: frozenset[str],
        date: dt.date,
    ) -> None:
        self.names[document_index] = document.id
        self.dates[document_index] = date
        self.days.add(date.toordinal())
        self.document_weight[document_index] = math.fsum(self.document_idf[w] for w in words)
        self.words[document_index] = words
        for word in words:
            if self.document_idf[word] >= self.common_word:
                self.by_word[word].append(document_index)
        resolved = [t.span for t in resolve_all(timexes, date)]
        for position, (found, ordered, _) in features:
            span = resolved[position]
            if span is None or span.granularity.rank > Granularity.WEEK.rank or not found:
                continue
            number = len(self.mentions)
            self.of_document[document_index].append(number)
            self.mentions.append(
                _Mention(document_index, span, found, math.fsum(self.idf[f] for f in found), ordered)
            )
            for feature in found:
                if self.idf[feature] >= self.common:
                    self.by_feature[feature].append(number)

    def similar(self, probe: _Probe, threshold: float) -> list[tuple[_Mention, float, tuple[str, ...]]]:
        """Dated mentions whose sentences share enough rare features with ``probe``'s."""
        shared: dict[int, float] = defaultdict(float)
        for feature in sorted(probe.features):  # in a fixed order: float sums depend on it
            weight = self.idf[feature]
            for number in self.by_feature.get(feature, ()):
                shared[number] += weight
        found = []
        for number, rare in shared.items():
            mention = self.mentions[number]
            if rare * 2 < threshold * (probe.weight + mention.weight):
                continue
            common = probe.features & mention.features
            score = 2 * math.fsum(self.idf[f] for f in common) / (probe.weight + mention.weight)
            if score >= threshold and len(common) >= 2:
                found.append((mention, score, tuple(sorted(common, key=lambda f: (-self.idf[f], f))[:3])))
        return found

    def similarity(self, words: frozenset[str], other: int) -> float:
        """How close in topic a text with ``words`` is to the dated document ``other``."""
        own = math.fsum(self.document_idf[w] for w in words)
        shared = math.fsum(self.document_idf[w] for w in words & self.words[other])
        return (
            shared / math.sqrt(own * self.document_weight[other])
            if own and self.document_weight[other]
            else 0.0
        )

    def shared_words(self, words: frozenset[str], other: int) -> tuple[str, ...]:
        """The rarest words two documents share, rarest first."""
        return tuple(sorted(words & self.words[other], key=lambda w: (-self.document_idf[w], w))[:2])

    def neighbours(self, document_index: int, words: frozenset[str], count: int) -> list[tuple[int, float]]:
        """The dated documents closest in topic (IDF-weighted cosine over shared words), best first."""
        shared: dict[int, float] = defaultdict(float)
        for word in sorted(words):  # in a fixed order: float sums depend on it
            weight = self.document_idf[word]
            for other in self.by_word.get(word, ()):
                shared[other] += weight
        own = math.fsum(self.document_idf[w] for w in words)
        if own <= 0:
            return []
        scored = [
            (other, rare / math.sqrt(own * self.document_weight[other]))
            for other, rare in shared.items()
            if other != document_index
        ]
        scored = [item for item in scored if item[1] >= _TOPIC_THRESHOLD]
        scored.sort(key=lambda item: -item[1])
        return scored[:count]


def _postings(entries: int, floor: float, share: float, cap: float) -> float:
    """How many entries a feature may have and still be looked up: ``share`` of them, within bounds."""
    return min(max(floor, entries * share), cap)


_SIMILARITY_THRESHOLD = 0.15
# Confidence from the margin of the best date over the runner-up, fitted to the share of exact days
# on the silver benchmark (docs/dating.md): a margin of 0 is right one time in ten, 0.25 six in ten.
_CONFIDENCE_BASE = 0.08
_CONFIDENCE_SLOPE = 1.4
_TOPIC_ONLY_MINIMUM = 0.07  # the topic similarity a date from topic and recency alone needs
_TOPIC_ONLY_CEILING = 0.3  # with no shared event, topic and the weekdays named are right one time in four
_PROPOSERS = 3  # similar dated mentions per mention whose days propose candidates
_RECURRING = 0.8  # dated sentences this close to the best match count as the same sentence again
_CONTAINED = 0.5  # a mention inside a week-long span agrees less than one on the same day
_EARLY_PENALTY = 0.25  # a date before the latest past date the text reports is implausible
_TENSE_CONFLICT = 0.6  # for each date the text names that would land on the other side of its tense
_TOPIC_THRESHOLD = 0.05
_RELATED_TOPIC = 0.2  # articles this close in topic are taken to report the same story
_RELATED_WEIGHT = 0.5  # a related article's mention counts this much of the topic similarity
_NEIGHBOURS = 10
_TOPIC_PLATEAU = 3  # days either side of a neighbour's date that fit equally well
_TOPIC_DECAY = 5.0  # days, beyond the plateau
_TOPIC_REACH = 7  # candidates this far from a neighbour's date
_DATE_REACH = 3  # candidates this far from a calendar date the text names
_TOPIC_CANDIDATES = 5  # the neighbours whose dates give candidates
_TOPIC_WEIGHT = 1.0
_RECENCY_WEIGHT = 2.0  # the weekday a lead names is the surest sign of the day itself
_LEAD_FLOOR = 0.05  # the least a lead's weekday scales a date by, however badly it fits
# How a named day sits relative to the publication date (lag = publication - named day, in days)
# depends on the house style, so it is learnt from the dated articles, starting from a prior.
# Wire copy names the day of publication by its weekday ("said Tuesday"); a text that has a
# word for a day ("today", "yesterday") uses it, and names a weekday only for other days.
_PRIOR_COUNTS = 30.0  # how many observed mentions the prior is worth
_FAR_FIT = 0.01
_PLAIN, _TODAY, _YESTERDAY = 0, 1, 2  # house styles


# How well each lag from 0 to 6 days fits a weekday named in the body, by house style.
_NEAR_PRIOR = {
    _PLAIN: (1.0, 0.6, 0.3, 0.15, 0.15, 0.15, 0.15),
    _TODAY: (0.15, 1.0, 0.7, 0.5, 0.4, 0.35, 0.3),
    _YESTERDAY: (0.15, 0.3, 1.0, 0.8, 0.6, 0.5, 0.4),
}
# A weekday in the lead is the day of publication, or else the day before.
_LEAD_PRIOR = (1.0, 0.2, 0.05, 0.05, 0.05, 0.05, 0.05)


def _weekday_prior(style: int, lead: bool) -> dict[int, float]:
    near = _LEAD_PRIOR if lead else _NEAR_PRIOR[style]
    prior = {lag: 0.1 for lag in range(-7, 0)}
    prior.update(enumerate(near))
    prior.update({lag: 0.03 for lag in range(7, 32)})
    return prior


def _calendar_prior(style: int) -> dict[int, float]:
    prior = {lag: 0.1 for lag in range(-31, 0)}
    prior.update(
        {
            lag: (0.6 if style == _PLAIN else 0.3) if lag == 0 else 0.5 if lag < 7 else 0.15
            for lag in range(63)
        }
    )
    return prior


_RecencyKey = tuple[int, bool, bool]  # house style, a weekday (or a calendar date), in the lead


def _recency_key(style: int, timex: Timex, lead_end: int) -> _RecencyKey:
    return style, timex.symbol.kind is Kind.WEEKDAY, timex.start < lead_end


def _lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph that reads as prose (a headline has no final stop).

    Wire copy names the day of publication in its lead ("… said on Tuesday"); the body also
    names the days before it.
    """
    position = 0
    for line in text.splitlines(keepends=True):
        if _PROSE_END.search(line):
            return position + len(line)
        position += len(line)
    return 0  # no prose paragraph: no lead to tell apart


_PROSE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


class _Recency:
    """How well each lag fits, per house style, kind (weekday or calendar date) and place (lead or body)."""

    def __init__(self) -> None:
        self.counts: dict[_RecencyKey, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.tables: dict[_RecencyKey, dict[int, float]] = {}

    def learn(
        self, timexes: Sequence[Timex], resolved: Sequence[TimeSpan | None], date: dt.date, lead_end: int
    ) -> None:
        style = _style(timexes)
        for timex, span in zip(timexes, resolved, strict=True):
            if span is not None and span.first == span.last and _telling(timex):
                lag = (date - span.first).days
                self.counts[_recency_key(style, timex, lead_end)][lag] += 1
        self.tables.clear()

    def table(self, key: _RecencyKey) -> dict[int, float]:
        table = self.tables.get(key)
        if table is None:
            style, weekday, lead = key
            prior = _weekday_prior(style, lead) if weekday else _calendar_prior(style)
            counts = self.counts[key]
            total_prior = sum(prior.values())
            mixed = {lag: counts.get(lag, 0) + _PRIOR_COUNTS * p / total_prior for lag, p in prior.items()}
            top = max(mixed.values())
            table = {lag: value / top for lag, value in mixed.items()}
            self.tables[key] = table
        return table


def _style(timexes: Sequence[Timex]) -> int:
    """Whether a text counts days from its own date: "yesterday"; "today", "this Saturday"; or neither."""
    style = _PLAIN
    for timex in timexes:
        symbol = timex.symbol
        if symbol.anchor is not Anchor.PUBLICATION:
            continue
        if symbol.kind is Kind.RELATIVE and symbol.unit is Unit.DAY and symbol.offset == -1:
            return _YESTERDAY
        if (symbol.kind is Kind.RELATIVE and symbol.unit is Unit.DAY and symbol.offset in (0, 1)) or (
            symbol.kind is Kind.WEEKDAY and symbol.offset == 0 and symbol.unit is None
        ):
            style = _TODAY
    return style


_Match = tuple[float, _Mention, tuple[str, ...]]  # similarity, dated mention, the words they share


def _part_of_day(span: TimeSpan) -> str:
    """The part of day a span names ("MO" for "2025-03-15TMO"), or "" for a whole day."""
    value = span.value
    return value[11:] if len(value) > 10 and value[10] == "T" and value[11:] in _PARTS_OF_DAY else ""


_PARTS_OF_DAY = frozenset(part.value for part in PartOfDay)


@attrs.frozen
class _Partners:
    """The dated mentions similar to one probe, by the span they fall on."""

    probe: _Probe
    days: dict[int, list[tuple[_Match, str]]]  # one-day spans by ordinal: best first, with part of day
    wide: dict[tuple[int, int], _Match]  # longer spans by (first, last): the best

    @classmethod
    def build(
        cls,
        probe: _Probe,
        similar: Sequence[tuple[_Mention, float, tuple[str, ...]]],
        related: Sequence[tuple[_Mention, float, tuple[str, ...]]],
    ) -> _Partners:
        days: dict[int, list[tuple[_Match, str]]] = defaultdict(list)
        wide: dict[tuple[int, int], _Match] = {}
        # A sentence that recurs on many days ("the stock market finished higher on Tuesday") says
        # little about which day it is: its weight is shared among the days it is found on.
        if similar:
            top = max(similarity for _, similarity, _ in similar)
            recurring = len({m.span.first for m, similarity, _ in similar if similarity >= _RECURRING * top})
            similar = [(m, similarity / recurring, words) for m, similarity, words in similar]
        for mention, similarity, words in [*similar, *related]:
            match = (similarity, mention, words)
            span = mention.span
            first, last = span.first.toordinal(), span.last.toordinal()
            if first == last:
                days[first].append((match, _part_of_day(span)))
            elif (first, last) not in wide or wide[first, last][0] < match[0]:
                wide[first, last] = match
        for found in days.values():
            found.sort(key=lambda item: -item[0][0])
        return cls(probe, dict(days), wide)

    def best(self, span: TimeSpan) -> _Match | None:
        """The best agreement for the probe landing on ``span``: the same span, or one holding the other."""
        first, last = span.first.toordinal(), span.last.toordinal()
        found: list[_Match]
        if first == last:
            part = _part_of_day(span)
            # A morning and an evening of the same day are different times.
            for match, other in self.days.get(first, ()):
                if not part or not other or part == other:
                    return match
            found = [match for (a, b), match in self.wide.items() if a <= first <= b]
        else:
            exact = self.wide.get((first, last))
            if exact is not None:
                return exact
            found = [self.days[d][0][0] for d in range(first, last + 1) if d in self.days]
            found += [
                m
                for (a, b), m in self.wide.items()
                if (a <= first and last <= b) or (first <= a and b <= last)
            ]
        if not found:
            return None
        similarity, mention, words = max(found, key=lambda item: item[0])
        return similarity * _CONTAINED, mention, words


def _align_one(
    article: _Undated,
    timexes: Sequence[Timex],
    ids: Sequence[int],
    index: _Index,
    spans: _Spans,
    recency_model: _Recency,
    low: dt.date,
    high: dt.date,
) -> _Result | None:
    partners = []
    proposers: list[_Mention] = []
    low_day, high_day = low.toordinal(), high.toordinal()
    neighbours = [(index.dates[other].toordinal(), sim, other) for other, sim in
                  index.neighbours(article.index, article.words, _NEIGHBOURS)]  # fmt: skip
    # Articles on the same story: every mention of theirs may report the same events as any of ours.
    related: list[tuple[_Mention, float, tuple[str, ...]]] = []
    for _, sim, other in neighbours:
        if sim >= _RELATED_TOPIC:
            words = index.shared_words(article.words, other)
            related.extend(
                (index.mentions[n], _RELATED_WEIGHT * sim, words) for n in index.of_document[other]
            )
    for probe in article.probes:
        similar = [s for s in index.similar(probe, _SIMILARITY_THRESHOLD) if s[0].document != article.index]
        if not similar and not related:
            continue
        partners.append(_Partners.build(probe, similar, related))
        # The closest few sentences propose candidate dates; the rest can still agree at them.
        proposers.extend(mention for mention, _, _ in sorted(similar, key=lambda item: -item[1])[:_PROPOSERS])
    candidates = _candidates(proposers, neighbours, _named_days(timexes, article.telling, low, high), index)
    candidates = {day for day in candidates if low_day <= day <= high_day}
    if not candidates:
        return None
    # Squared: the few articles really on the same story outweigh the many that share a word or two.
    topic_total = sum(sim * sim for _, sim, _ in neighbours)
    style = _style(timexes)
    # Resolve only the expressions scored, unless one counts from the one before it.
    independent = _independent(timexes)
    needed = sorted({partner.probe.position for partner in partners} | set(article.telling))
    if not independent and needed:
        needed = list(range(needed[-1] + 1))  # what comes after the last one scored cannot matter
    where = {position: n for n, position in enumerate(needed)}
    subset = [timexes[p] for p in needed]
    subset_ids = [ids[p] for p in needed]
    telling = [
        (where[p], recency_model.table(_recency_key(style, timexes[p], article.lead_end)))
        for p in article.telling
    ]
    # A weekday in the lead scales the whole score, not just its share of the recency: a dated
    # article on another day cannot outvote it, whatever else agrees there.
    lead_weekdays = [
        (where[p], table)
        for (_, table), p in zip(telling, article.telling, strict=True)
        if style == _PLAIN and timexes[p].symbol.kind is Kind.WEEKDAY and timexes[p].start < article.lead_end
    ]
    scored: list[tuple[float, int]] = []
    details: dict[int, list[tuple[_Probe, _Mention, float, tuple[str, ...]]]] = {}
    parts: dict[int, tuple[float, float, float]] = {}
    for day in candidates:
        date = dt.date.fromordinal(day)
        resolved = spans.spans(subset, subset_ids, date, independent)
        agreement = 0.0
        agreeing = []
        for partner in partners:
            probe = partner.probe
            span = resolved[where[probe.position]]
            if span is None or span.days > 7:
                continue
            if probe.weekday is not None and span.first.isoweekday() != probe.weekday:
                continue
            best = partner.best(span)
            if best is not None:
                agreement += best[0]
                agreeing.append((probe, best[1], best[0], best[2]))
        topic = 0.0
        for other_day, sim, _ in neighbours:
            distance = abs(day - other_day)
            fit = 1.0 if distance <= _TOPIC_PLATEAU else math.exp(-(distance - _TOPIC_PLATEAU) / _TOPIC_DECAY)
            topic += sim * sim * fit
        topic = topic / topic_total if topic_total else 0.0
        recency = 0.0
        conflicts = 0
        for position, table in telling:
            span = resolved[position]
            if span is None:
                continue
            if span.first == span.last:
                recency += table.get(day - span.first.toordinal(), _FAR_FIT)
            if subset[position].symbol.direction is Direction.FUTURE and span.last < date:
                conflicts += 1
        recency /= max(1, len(telling))
        score = agreement + _TOPIC_WEIGHT * topic + _RECENCY_WEIGHT * recency
        # "Will vote on Jan. 6" cannot have been written on Jan. 7: resolution keeps a date that is
        # much nearer the other way, so tense and date disagree there. Past cues are too weak a sign
        # ("hoped to enact the bill on April 18") to count the same way (docs/dating.md).
        score *= _TENSE_CONFLICT**conflicts
        for position, table in lead_weekdays:
            span = resolved[position]
            if span is not None and span.first == span.last:
                score *= max(_LEAD_FLOOR, table.get(day - span.first.toordinal(), _FAR_FIT))
        if article.bound is not None and date < article.bound.date:
            score *= _EARLY_PENALTY
        if score > 0:
            scored.append((score, day))
            details[day] = agreeing
            parts[day] = (agreement, topic, recency)
    if not scored:
        return None
    top = max(s for s, _ in scored)
    if logger.isEnabledFor(logging.DEBUG):
        for score, day in sorted(scored, reverse=True)[:6]:
            agreement, topic, recency = parts[day]
            logger.debug(
                "%s %s: %.3f = agreement %.3f + topic %.3f + recency %.3f; %s",
                article.id,
                dt.date.fromordinal(day),
                score,
                agreement,
                topic,
                recency,
                "; ".join(
                    f"{p.position}->{index.names[m.document]}@{m.span.value} {s:.2f} {w}"
                    for p, m, s, w in details[day]
                ),
            )
    tied = sorted(day for s, day in scored if s >= top - 1e-9)
    runner_up, runner_up_day = max(((s, day) for s, day in scored if s < top - 1e-9), default=(0.0, None))
    # The earliest of equally good dates is reported; the range shows the others.
    chosen = tied[0]
    margin = (top - runner_up) / top
    spread = 1 / (1 + math.log1p(tied[-1] - tied[0]))
    shared = bool(details[chosen])
    if not shared and max((sim for _, sim, _ in neighbours), default=0.0) < _TOPIC_ONLY_MINIMUM:
        return None  # nothing shared, and no dated article is really about the same thing: no anchor
    if shared and runner_up_day is not None and parts[chosen][0] <= parts[runner_up_day][0]:
        # The shared events agree as well at the next best date ("the summit on Nov. 17" lands on
        # the 17th from any date): topic and the weekdays named chose, and are only as sure as that.
        shared = False
    ceiling = _ALIGNMENT_CEILING if shared else _TOPIC_ONLY_CEILING
    confidence = round(min(ceiling, (_CONFIDENCE_BASE + _CONFIDENCE_SLOPE * margin) * spread), 3)
    evidence = _alignment_evidence(
        details[chosen], len(article.probes), index, neighbours, chosen, article.names
    )
    return _Result(
        date=dt.date.fromordinal(chosen),
        earliest=dt.date.fromordinal(tied[0]),
        latest=dt.date.fromordinal(tied[-1]),
        confidence=confidence,
        evidence=evidence,
        shared=shared,
    )


def _candidates(
    proposers: Iterable[_Mention],
    neighbours: Sequence[tuple[int, float, int]],
    named: Iterable[int],
    index: _Index,
) -> set[int]:
    """The days worth scoring an undated article at, as ordinals."""
    candidates: set[int] = set()
    # Around the day a similar sentence was published: an event ahead ("on July 1") says nothing of when.
    for mention in proposers:
        day = index.dates[mention.document].toordinal()
        candidates.update(range(day - _REACH, day + _REACH + 1))
    for day, _, _ in neighbours[:_TOPIC_CANDIDATES]:
        candidates.update(range(day - _TOPIC_REACH, day + _TOPIC_REACH + 1))
    if not candidates:
        return candidates  # nothing dated is like it: the dates it names alone cannot date it
    # Wire copy often carries the date of the day's event ("on Nov. 3").
    for day in named:
        # A date far from every dated article belongs to another time than the collection's.
        if any(day + shift in index.days for shift in range(-_TOPIC_REACH, _TOPIC_REACH + 1)):
            candidates.update(range(day - _DATE_REACH, day + _DATE_REACH + 1))
    return candidates


def _named_days(timexes: Sequence[Timex], telling: Iterable[int], low: dt.date, high: dt.date) -> set[int]:
    """The ordinals of the days the calendar dates a text names can fall on between ``low`` and ``high``."""
    days: set[int] = set()
    for position in telling:
        symbol = timexes[position].symbol
        if symbol.kind is not Kind.CALENDAR or symbol.month is None or symbol.day is None:
            continue
        for year in (symbol.year,) if symbol.year is not None else range(low.year, high.year + 1):
            try:
                date = dt.date(year, symbol.month, symbol.day)
            except ValueError:
                continue
            if low <= date <= high:
                days.add(date.toordinal())
    return days


def _alignment_evidence(
    agreeing: Sequence[tuple[_Probe, _Mention, float, tuple[str, ...]]],
    mentions: int,
    index: _Index,
    neighbours: Sequence[tuple[int, float, int]],
    day: int,
    names: frozenset[str],
) -> str:
    if agreeing:
        by_document: dict[int, float] = defaultdict(float)
        for _, mention, score, _ in agreeing:
            by_document[mention.document] += score
        partner = max(by_document, key=lambda d: by_document[d])
        topics: list[str] = []
        for probe, mention, _, _ in sorted(agreeing, key=lambda a: -a[2]):
            topic = _shared_phrase(probe.sentence, probe.features & mention.features, index.idf, names)
            if mention.document == partner and topic and topic not in topics:
                topics.append(topic)
        # No phrase when the shared words are all names or too common to quote.
        quoted = " on " + ", ".join(f"'{t}'" for t in topics[:2]) if topics else ""
        return f"aligned with {index.names[partner]}{quoted} ({len(agreeing)} of {mentions} mentions agree)"
    near = sorted(neighbours, key=lambda n: (abs(n[0] - day), -n[1]))[:2]
    nearby = " and ".join(
        f"{index.names[other]} ({dt.date.fromordinal(d).isoformat()})" for d, _, other in near
    )
    return f"no shared event; close in topic to {nearby}, and the days it names fit this date best"


def _shared_phrase(
    sentence: str, shared: frozenset[str], idf: Mapping[str, float], names: frozenset[str]
) -> str:
    """What two sentences share, in the words of the first: its rarest run of shared words.

    A run may bridge a few small words ("coalition of the willing").  Names are left
    out: every article on a story names the same people.
    """
    best: tuple[float, str] = (0.0, "")
    run: list[str] = []  # surface words of the current run
    weight = 0.0
    gap: list[str] = []  # small words since the run's last shared word
    for match in _SURFACE_WORD.finditer(sentence):
        word = match.group()
        term = _word_term(word)
        if term is not None and term in shared and term not in names:
            run.extend(gap)
            run.append(word)
            weight += idf.get(term, 0.0)
            gap = []
            if weight > best[0] and len(run) <= _PHRASE_WORDS:
                best = (weight, " ".join(run))
        elif term is None and run and len(gap) < 2:
            gap.append(word)
        else:
            run, weight, gap = [], 0.0, []
    return best[1]


@functools.lru_cache(maxsize=1 << 14)
def _word_term(word: str) -> str | None:
    found = terms(word)
    return found[0] if found else None


_SURFACE_WORD = re.compile(r"\w[\w'’-]*")
_PHRASE_WORDS = 4


def _quote(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
