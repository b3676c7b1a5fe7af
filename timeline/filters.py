"""Narrow a built timeline down to the events a reader asked for.

Filtering happens after merging and ordering, so an event keeps every source
and its place in the chronology; only whole events are dropped.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Iterable

import attrs

from timeline.errors import ConfigError
from timeline.model import Event, Modifier, Status, Timeline, TimeSpan

__all__ = ["filter_events"]

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words of ``text`` casefolded and stripped of accents ("Zelenskyy's Kyïv" → zelenskyy, s, kyiv)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _WORD.findall(bare.casefold())


def _statuses(given: Status | str | Collection[Status | str]) -> frozenset[Status]:
    """The statuses asked for, as Status values: one or several, each a Status or its value."""
    if isinstance(given, (Status, str)):
        given = (given,)
    try:
        return frozenset(Status(value) for value in given)
    except ValueError:
        known = ", ".join(repr(status.value) for status in Status)
        raise ConfigError(f"status must be among {known}, not {given!r}") from None


def filter_events(
    timeline: Timeline,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    about: str | None = None,
    min_sources: int = 1,
    status: Status | str | Collection[Status | str] | None = None,
) -> Timeline:
    """A timeline with only the events that pass every given test, in the same order.

    since/until: the days the event's date allows overlap [since, until] (either end may be
        open), so "March 2025" is kept by ``since=2025-03-15``; "before 2015" (a span with
        mod BEFORE) allows every day until the end of 2014, "after 2015" every day from 2016.
    about: every word of the query starts a word of the event's title, of one of its
        mentions' sentences or of one of its actors; case and accents are ignored, so
        "starmer ceasefire" matches "Starmer's call for a ceasefire".
    min_sources: the event is cited by at least this many distinct documents.
    status: the event's status is this one or one of these, a Status or its value ("planned");
        None keeps every status.  Raises ConfigError for a value that is no status.

    The documents and skipped inputs are kept as they are.
    """
    query = _words(about) if about is not None else []
    wanted_status = _statuses(status) if status is not None else None

    def keep(event: Event) -> bool:
        earliest, latest = _allowed_days(event.span)
        if since is not None and latest is not None and latest < since:
            return False
        if until is not None and earliest is not None and earliest > until:
            return False
        if len(event.documents) < min_sources:
            return False
        if wanted_status is not None and event.status not in wanted_status:
            return False
        return not query or _mentions_all(event, query)

    return attrs.evolve(timeline, events=tuple(event for event in timeline.events if keep(event)))


def _allowed_days(span: TimeSpan) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day a span's date allows; None where it is open ("before 2015")."""
    if span.mod is Modifier.BEFORE:
        return None, span.first - dt.timedelta(days=1)
    if span.mod is Modifier.ON_OR_BEFORE:
        return None, span.last
    if span.mod is Modifier.AFTER:
        return span.last + dt.timedelta(days=1), None
    if span.mod is Modifier.ON_OR_AFTER:
        return span.first, None
    return span.first, span.last


def _mentions_all(event: Event, query: Iterable[str]) -> bool:
    texts = [event.title]
    for mention in event.mentions:
        texts.append(mention.sentence)
        texts.extend(mention.actors)
    words = set(_words(" ".join(texts)))
    # Prefix match: "peace" should find "peacekeeping", "Starmer" finds "Starmer's".
    return all(any(word.startswith(term) for word in words) for term in query)
