"""The terminal view: documents with their dates, then one line per event.

Styles come from rich; with ``color=False`` the output is plain text with no
escape codes even when the stream is a terminal.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable
from typing import TextIO

import attrs
from rich.console import Console
from rich.text import Text

from timeline.errors import EventNotFoundError
from timeline.model import Event, Granularity, Method, Modifier, PublicationDate, Status, Timeline, TimeSpan

__all__ = ["CONTROL_CODES", "format_date", "format_span", "short_ids", "write"]

# Unicode's control characters (category Cc), fixed by the standard: C0, DEL and C1.  As a
# str.translate table, they are replaced in one pass in C.
CONTROL_CODES = (*range(0x20), *range(0x7F, 0xA0))

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# Fixed English names: strftime's %a/%b follow the process locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}
_SEASON_OF_MONTH = {
    3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
    9: "FA", 10: "FA", 11: "FA", 12: "WI", 1: "WI", 2: "WI",
}  # fmt: skip

# How each modifier reads before the period it qualifies ("late Mar 2025", "before 2015").
MOD_LABEL = {
    Modifier.APPROX: "c.",
    Modifier.EARLY: "early",
    Modifier.MID: "mid",
    Modifier.LATE: "late",
    Modifier.START: "start of",
    Modifier.END: "end of",
    Modifier.BEFORE: "before",
    Modifier.AFTER: "after",
    Modifier.ON_OR_BEFORE: "on or before",
    Modifier.ON_OR_AFTER: "on or after",
}
# A span for "before 15 March" may be widened backwards by the resolver; its
# reference point is then the end of the span, not the start.
_MODS_ANCHORED_AT_END = {Modifier.BEFORE, Modifier.ON_OR_BEFORE}

_METHOD_LABEL = {
    Method.METADATA: "metadata",
    Method.HTML: "html metadata",
    Method.DATELINE: "dateline",
    Method.FILENAME: "file name",
    Method.URL: "url",
    Method.CONTENT: "inferred from content",
    Method.ALIGNMENT: "inferred",
    Method.REFERENCE: "ASSUMED (--reference), not evidence",
}

# TIMEX3 values by granularity; the value names the period even when a
# modifier has narrowed or widened the span, so labels prefer it.
_VALUE_PATTERNS = {
    Granularity.DAY: re.compile(r"(\d{4})-(\d{2})-(\d{2})"),
    Granularity.WEEK: re.compile(r"(\d{4})-W(\d{2})"),
    Granularity.MONTH: re.compile(r"(\d{4})-(\d{2})"),
    Granularity.QUARTER: re.compile(r"(\d{4})-Q([1-4])"),
    Granularity.SEASON: re.compile(r"(\d{4})-(SP|SU|FA|WI)"),
    Granularity.HALF_YEAR: re.compile(r"(\d{4})-H([12])"),
    Granularity.YEAR: re.compile(r"(\d{4})"),
    Granularity.DECADE: re.compile(r"(\d{3})"),
    Granularity.CENTURY: re.compile(r"(\d{2})"),
}

_STYLE_HEADING = "bold underline"
_STYLE_DATE = "bold cyan"
_STYLE_STATUS = "yellow"
_STYLE_SOURCES = "dim"
_STYLE_DISSENT = "magenta"
_STYLE_ASSUMED = "bold red"
_STYLE_DETAIL = "dim"

_INDENT = "  "
_DETAIL_INDENT = 6


def format_date(date: dt.date, *, weekday: bool = True) -> str:
    """``Sat 15 Mar 2025`` (or ``15 Mar 2025`` without the weekday), whatever the locale."""
    text = f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
    return f"{_WEEKDAYS[date.weekday()]} {text}" if weekday else text


def format_span(span: TimeSpan) -> str:
    """A span at its own precision: ``Sat 15 Mar 2025``, ``Q1 2025``, ``late Mar 2025``, ``1990s``…"""
    period = _period_label(span, weekday=span.mod is None)
    if span.mod is None:
        return period
    return f"{MOD_LABEL[span.mod]} {period}"


_YEAR_LIKE = re.compile(r"(?:1[5-9]|2[0-9])\d\d")


def short_ids(ids: Iterable[str]) -> dict[str, str]:
    """Map each id to its prefix up to the first ``_`` when no other id shares that prefix, else to itself."""
    unique = list(dict.fromkeys(ids))
    prefixes: dict[str, int] = {}
    for id_ in unique:
        prefix = id_.split("_", 1)[0]
        prefixes[prefix] = prefixes.get(prefix, 0) + 1
    short: dict[str, str] = {}
    for id_ in unique:
        prefix = id_.split("_", 1)[0]
        # An empty prefix ("_abc") would print as nothing, and a year ("2025" of "2025_03_13_dam")
        # would pass for a date beside the timeline's own dates.
        usable = prefix and prefixes[prefix] == 1 and not _YEAR_LIKE.fullmatch(prefix)
        short[id_] = prefix if usable else id_
    return short


_NARROWEST = 40  # columns: narrower, a date and its evidence no longer fit beside an id


def write(
    timeline: Timeline,
    stream: TextIO,
    *,
    color: bool = False,
    explain: bool = False,
    width: int = 100,
) -> None:
    """Write ``timeline`` for a reader: documents, skipped inputs, then events.

    color: style with ANSI escapes (rich); False writes plain text.
    explain: under each event, list every mention with its rule, symbol,
        TIMEX value and publication date, and the merge links with scores.
    width: the column at which lines wrap (40 at the least).
    """
    width = max(width, _NARROWEST)
    console = Console(
        file=stream,
        force_terminal=color,
        no_color=not color,
        # force_terminal=False already stops rich styling a terminal (and
        # overrides FORCE_COLOR); with no colour system it could not anyway.
        color_system="auto" if color else None,
        highlight=False,
        width=width,
        emoji=False,
        markup=False,
    )
    view = _View(console, timeline, width, stream if not color else None)
    view.documents()
    view.events(explain=explain)


class _View:
    def __init__(self, console: Console, timeline: Timeline, width: int, plain: TextIO | None) -> None:
        """``plain``: the stream to write unstyled lines to directly, or None to print through
        ``console`` (styles)."""
        self.console = console
        self.plain = plain
        self.timeline = timeline
        self.width = width
        mentioned = (m.document for e in timeline.events for m in e.mentions)
        self.short = {
            id_: _clean(short)
            for id_, short in short_ids([*(d.id for d in timeline.documents), *mentioned]).items()
        }
        self.published = {d.id: d.published for d in timeline.documents}

    def documents(self) -> None:
        docs = self.timeline.documents
        self._heading(f"Documents ({len(docs)})")
        ids = [_clean(d.id) for d in docs]
        id_width = min(max((len(id_) for id_ in ids), default=0), 32)
        for doc, id_ in zip(docs, ids, strict=True):
            prefix = Text(_INDENT + id_.ljust(id_width) + "  ")
            body = Text()
            if doc.published is None:
                body.append("undated", _STYLE_ASSUMED)
            else:
                body.append(format_date(doc.published.date).ljust(15), _STYLE_DATE)
                body.append("  ")
                body.append_text(_provenance(doc.published))
            self._paragraph(prefix, body, hanging=prefix.cell_len if prefix.cell_len < self.width // 2 else 4)
        if self.timeline.skipped:
            self._line(Text())
            self._heading(f"Skipped ({len(self.timeline.skipped)})")
            for skipped in self.timeline.skipped:
                line = Text(f"{_clean(skipped.path)}: {_clean(skipped.reason)}")
                self._paragraph(Text(_INDENT), line, hanging=4)

    def events(self, *, explain: bool) -> None:
        events = self.timeline.events
        self._line(Text())
        self._heading(f"Events ({len(events)})")
        labels = [format_span(e.span) for e in events]
        date_width = min(max((len(label) for label in labels), default=0), 24)
        for event, label in zip(events, labels, strict=True):
            prefix = Text(_INDENT)
            prefix.append(label.ljust(date_width), _STYLE_DATE)
            prefix.append("  ")
            self._paragraph(prefix, self._event_body(event), hanging=prefix.cell_len)
            for dissent in event.dissent:
                line = Text(f"dated otherwise by {self._short(dissent.document)}: ")
                line.append(format_span(dissent.span))
                line.append(f" ({_quote(dissent.text)})")
                line.stylize(_STYLE_DISSENT)
                self._paragraph(Text(" " * prefix.cell_len), line, hanging=prefix.cell_len + 2)
            if explain:
                self._explain(event)
                self._line(Text())

    def _event_body(self, event: Event) -> Text:
        body = Text()
        body.append(_clean(event.title))
        if event.status is not Status.HAPPENED:
            body.append(" ")
            body.append(f"[{event.status.value}]", _STYLE_STATUS)
        body.append("  ")
        body.append(f"({' '.join(self._short(d) for d in event.documents)})", _STYLE_SOURCES)
        return body

    def _explain(self, event: Event) -> None:
        indent = " " * _DETAIL_INDENT
        for index, mention in enumerate(event.mentions):
            timex = mention.timex
            prefix = Text(f"{indent}[{index}] ")
            line = Text()
            line.append(f"{self._short(mention.document)} ")
            line.append(_quote(timex.text), "bold")
            line.append(f" → {_clean(timex.value) if timex.value is not None else '(unresolved)'}")
            line.append(f"  rule {_clean(timex.rule)}  symbol {_clean(timex.symbol.describe())}")
            if mention.status is not Status.HAPPENED:
                line.append(" ")
                line.append(f"[{mention.status.value}]", _STYLE_STATUS)
            hanging = prefix.cell_len
            self._paragraph(prefix, line, hanging=hanging)
            published = self.published.get(mention.document)
            pub = Text("published ", _STYLE_DETAIL)
            if published is None:
                pub.append("undated", _STYLE_DETAIL)
            else:
                pub.append(format_date(published.date) + ", ", _STYLE_DETAIL)
                pub.append_text(_provenance(published, detail=True))
            self._paragraph(Text(" " * hanging), pub, hanging=hanging + 2)
            sentence = Text(f"sentence {_quote(mention.sentence)}", _STYLE_DETAIL)
            self._paragraph(Text(" " * hanging), sentence, hanging=hanging + 2)
        if event.links:
            links = ", ".join(f"[{link.left}]–[{link.right}] {link.score:.2f}" for link in event.links)
            self._paragraph(Text(indent), Text(f"merged: {links}", _STYLE_DETAIL), hanging=len(indent) + 2)

    def _short(self, document: str) -> str:
        return self.short.get(document) or _clean(document)

    def _heading(self, title: str) -> None:
        self._line(Text(title, _STYLE_HEADING))

    def _paragraph(self, prefix: Text, body: Text, *, hanging: int) -> None:
        """Print ``prefix`` then ``body`` wrapped to the width, continuation lines indented by ``hanging``."""
        first_width = max(self.width - prefix.cell_len, 20)
        rest_width = max(self.width - hanging, 20)
        if body.cell_len <= first_width:
            lines = [body]  # what wrapping gives, at a fraction of the cost: many lines fit
        else:
            lines = list(body.wrap(self.console, first_width, overflow="fold"))
        if len(lines) > 1 and rest_width != first_width:
            # Continuation lines start further left than the first: rewrap the rest to their width.
            first = lines[0]
            first.rstrip()
            rest = body[len(first.plain) :]
            rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]
            lines = [first, *rest.wrap(self.console, rest_width, overflow="fold")]
        for number, line in enumerate(lines):
            line.rstrip()
            lead = prefix.copy() if number == 0 else Text(" " * hanging)
            self._line(lead + line)

    def _line(self, line: Text) -> None:
        if self.plain is not None:
            # Unstyled, a line is its characters: rich's rendering of each would only cost time.
            self.plain.write(line.plain + "\n")
        else:
            self.console.print(line, soft_wrap=True)


def _provenance(published: PublicationDate, *, detail: bool = False) -> Text:
    """How a publication date was obtained, e.g. ``inferred: aligned with 002 (confidence 0.82)``."""
    method = published.method
    style = _STYLE_DETAIL if detail else ""
    if method is Method.REFERENCE:
        text = Text(_METHOD_LABEL[method], _STYLE_ASSUMED)
    elif method is Method.METADATA:
        text = Text(_METHOD_LABEL[method], style)
    else:
        evidence = _clean(published.evidence)
        name = _METHOD_LABEL[method]
        # "dateline 'MOSCOW, April 1 (AFP)'", "URL '2025/03/12'" say their method already: no
        # "dateline: dateline …".
        label = evidence if evidence.lower().startswith(name) else f"{name}: {evidence}" if evidence else name
        if published.confidence < 1.0:
            label += f" (confidence {published.confidence:.2f})"
        text = Text(label, style)
    if published.earliest != published.latest:
        text.append(
            f", between {format_date(published.earliest)} and {format_date(published.latest)}",
            style,
        )
    return text


def _period_label(span: TimeSpan, *, weekday: bool) -> str:
    granularity = span.granularity
    match = _VALUE_PATTERNS[granularity].fullmatch(span.value)
    anchor = span.last if span.mod in _MODS_ANCHORED_AT_END else span.first
    if granularity is Granularity.DAY:
        if "/" in span.value and span.days > 1:  # a range of days, "2025-03-10/2025-03-14"
            return _range_label(span)
        day = _date_or_none(match) if match else None
        return format_date(day or anchor, weekday=weekday)
    if granularity is Granularity.WEEK:
        if span.value.endswith("-WE") and span.days == 2:
            return f"weekend {_range_label(span)}"  # "weekend 24–25 Jan 2026", not the week's Monday
        monday = _iso_week_monday(int(match[1]), int(match[2])) if match else None
        if monday is None:
            monday = anchor - dt.timedelta(days=anchor.weekday())
        return f"week of {format_date(monday, weekday=False)}"
    if granularity is Granularity.MONTH:
        if match and 1 <= int(match[2]) <= 12:
            return f"{_MONTHS[int(match[2]) - 1]} {match[1]}"
        return f"{_MONTHS[anchor.month - 1]} {anchor.year}"
    if granularity is Granularity.QUARTER:
        if match:
            return f"Q{match[2]} {match[1]}"
        return f"Q{(anchor.month - 1) // 3 + 1} {anchor.year}"
    if granularity is Granularity.SEASON:
        return _season_label(span, match)
    if granularity is Granularity.HALF_YEAR:
        if match:
            return f"H{match[2]} {match[1]}"
        return f"H{1 if anchor.month <= 6 else 2} {anchor.year}"
    if granularity is Granularity.YEAR:
        return match[1] if match else str(anchor.year)
    if granularity is Granularity.DECADE:
        return f"{match[1]}0s" if match else f"{anchor.year // 10}0s"
    century = int(match[1]) if match else anchor.year // 100
    return f"{_ordinal(century + 1)} century"


def _range_label(span: TimeSpan) -> str:
    """``10–14 Mar 2025``, ``28 Mar – 2 Apr 2025``, ``28 Dec 2024 – 3 Jan 2025``."""
    first, last = span.first, span.last
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, weekday=False)}"
    if first.year == last.year:
        return f"{first.day} {_MONTHS[first.month - 1]} – {format_date(last, weekday=False)}"
    return f"{format_date(first, weekday=False)} – {format_date(last, weekday=False)}"


def _season_label(span: TimeSpan, match: re.Match[str] | None) -> str:
    if match:
        code, year = match[2], int(match[1])
    else:
        # The middle of the span names the season whether the resolver uses
        # meteorological (1 Mar) or astronomical (20 Mar) boundaries.
        middle = span.first + (span.last - span.first) / 2
        code, year = _SEASON_OF_MONTH[middle.month], span.first.year
    name = _SEASON_NAMES[code]
    if code == "WI" and span.first.year != span.last.year and span.first.year == year:
        return f"{name} {year}/{span.last.year % 100:02d}"
    return f"{name} {year}"


def _date_or_none(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _iso_week_monday(year: int, week: int) -> dt.date | None:
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _quote(text: str) -> str:
    return f"“{_clean(text)}”"


def _clean(text: str) -> str:
    """One line of printable text.

    Titles and sentences come from arbitrary documents: line breaks would
    break the layout, and a control character such as ESC would be obeyed
    by the terminal, restyling it or worse.
    """
    return " ".join(text.split()).translate(_CONTROL_CHARACTERS)


_CONTROL_CHARACTERS = dict.fromkeys(CONTROL_CODES, "\N{REPLACEMENT CHARACTER}")


def explain(timeline: Timeline, event_id: str | None = None, *, width: int = 100) -> str:
    """How each event was dated and merged, as plain text (the CLI's ``--explain``).

    With ``event_id``, the documents and only that event.  For every mention: the expression,
    the rule that found it, its symbol and TIMEX3 value, its document's
    publication date and how that was obtained; then the merge links with
    their scores.  Raises EventNotFoundError for an unknown ``event_id``.
    """
    if event_id is not None:
        chosen = tuple(e for e in timeline.events if e.id == event_id)
        if not chosen:
            raise EventNotFoundError(f"no event with id {event_id!r}")
        timeline = attrs.evolve(timeline, events=chosen)
    buffer = io.StringIO()
    write(timeline, buffer, explain=True, width=width)
    return buffer.getvalue()
