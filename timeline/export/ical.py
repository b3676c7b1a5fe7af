"""An iCalendar (RFC 5545) file with one all-day VEVENT per event.

iCalendar is a byte format with CRLF line ends: :func:`to_bytes` returns it
as such; :func:`write` writes the same text to a text stream, which should be
opened with ``newline=""`` so that the CRLFs are not translated.

Output is byte-identical across runs: UIDs come from the event ids, which are
content-derived, and DTSTAMP from the publication dates (see :func:`stamp`).
"""

from __future__ import annotations

import datetime as dt
from typing import TextIO

import icalendar
from icalendar.enums import TRANSP

from timeline.export.text import CONTROL_CODES, format_span
from timeline.model import OPEN_ENDED, Document, Event, Status, Timeline

__all__ = ["PRODID", "event_uid", "stamp", "to_bytes", "to_calendar", "write"]

PRODID = "-//timeline//timeline news chronology//EN"
_UID_DOMAIN = "timeline"


def write(timeline: Timeline, stream: TextIO) -> None:
    """Write the calendar as text, CRLF line ends included."""
    stream.write(to_bytes(timeline).decode("utf-8"))


def to_bytes(timeline: Timeline) -> bytes:
    """The calendar as the UTF-8 bytes of an ``.ics`` file."""
    data: bytes = to_calendar(timeline).to_ical()
    return data


def to_calendar(timeline: Timeline) -> icalendar.Calendar:
    """The timeline as an :class:`icalendar.Calendar`, events in timeline order.

    An empty timeline gives a calendar with no VEVENT, which RFC 5545
    strictly forbids but every client we know opens as an empty calendar.
    """
    # Not Calendar.new(): it gives the calendar a random UID.
    calendar = icalendar.Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    documents = {document.id: document for document in timeline.documents}
    for event in timeline.events:
        calendar.add_component(_vevent(event, documents))
    return calendar


def event_uid(event: Event) -> str:
    """The VEVENT UID: the event's content-derived id, so it survives reruns and input order."""
    return f"{event.id}@{_UID_DOMAIN}"


def stamp(event: Event, documents: dict[str, Document]) -> dt.datetime:
    """DTSTAMP: midnight UTC of the latest publication date among the event's documents.

    RFC 5545 requires DTSTAMP, and icalendar would fill in the wall clock,
    making every run's output differ.  The newest source is when what we
    know of the event last changed, which is what DTSTAMP means in a
    calendar without METHOD.  With no dated source, the event's first day
    stands in.
    """
    published = [
        doc.published.date
        for doc in (documents.get(id_) for id_ in event.documents)
        if doc is not None and doc.published is not None
    ]
    day = max(published, default=event.span.first)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _vevent(event: Event, documents: dict[str, Document]) -> icalendar.Event:
    span = event.span
    prefix = "" if event.status is Status.HAPPENED else f"[{event.status.value}] "
    if span.mod in OPEN_ENDED:
        # A calendar has no open-ended event: "before 2015" is shown on 2015, and says so in
        # the words the text view uses ("before winter 2023", not "before 2023-WI").
        prefix += f"({format_span(span)}) "
    vevent: icalendar.Event = icalendar.Event.new(
        uid=event_uid(event),
        stamp=stamp(event, documents),
        start=span.first,
        # DTEND of an all-day event is exclusive (RFC 5545 3.6.1).
        end=span.last + dt.timedelta(days=1),
        categories=[event.status.value],
        # News events must not mark the reader busy.
        transparency=TRANSP.TRANSPARENT,
    )
    vevent.add("SUMMARY", _Text(prefix + _line(event.title)))
    vevent.add("DESCRIPTION", _Text(_description(event)))
    vevent.add("X-TIMELINE-GRANULARITY", span.granularity.value)
    vevent.add("X-TIMELINE-STATUS", event.status.value)
    vevent.add("X-TIMELINE-VALUE", _line(span.value))
    if span.mod is not None:
        vevent.add("X-TIMELINE-MOD", span.mod.value)
    return vevent


class _Text(icalendar.vText):
    """TEXT escaped as RFC 5545 3.3.11 has it.

    icalendar's own writer first turns a literal backslash-N of the text into a line break, so
    that "C:\\News" in a sentence would come back broken; its reader undoes this escaping exactly.
    """

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


def _description(event: Event) -> str:
    span = event.span
    when = f"{format_span(span)} (TIMEX {_line(span.value)}, {span.granularity.value} precision)"
    lines = [f"When: {when}", f"Status: {event.status.value}", ""]
    seen: set[tuple[str, str]] = set()
    for mention in event.mentions:
        if (mention.document, mention.sentence) not in seen:
            seen.add((mention.document, mention.sentence))
            lines.append(f"{_line(mention.document)}: {_line(mention.sentence)}")
    for dissent in event.dissent:
        where = f"{_line(dissent.document)}: {_line(dissent.span.value)}"
        lines.append(f"Dated otherwise by {where} ({_line(dissent.text)})")
    return "\n".join(lines)


def _line(text: str) -> str:
    """``text`` on one line, without the control characters RFC 5545 TEXT forbids.

    Sentences keep the line breaks of the article they come from; in a
    calendar they would only break the layout.
    """
    return " ".join(text.translate(_CONTROL_AS_SPACE).split())


_CONTROL_AS_SPACE = dict.fromkeys(CONTROL_CODES, " ")
