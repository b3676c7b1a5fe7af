"""Every exporter's output, parsed back and checked field by field."""

from __future__ import annotations

import csv as stdlib_csv
import datetime as dt
import io
import json as stdlib_json
import random
import re
import sys
import unicodedata
from pathlib import Path

import attrs
import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text
from strategies import (
    any_text,
    document_ids,
    one_line_text,
    span_for,
    time_spans,
    timelines,
)

from timeline.errors import ExportError, MetadataError
from timeline.export import FORMATS, csv, ical, json, text, write
from timeline.model import (
    Direction,
    Dissent,
    Document,
    Event,
    Granularity,
    Kind,
    Mention,
    MergeLink,
    Method,
    Modifier,
    PublicationDate,
    Skipped,
    Status,
    Symbol,
    Timeline,
    TimeSpan,
    Timex,
    TimexType,
)

D = dt.date
ANSI_ESCAPE = re.compile(r"\x1b")


# -- fixtures ---------------------------------------------------------------------------------------

DOC_A = "000_2cf35dabbc1bce86"
DOC_B = "001_0ab563b9511735a0"
DOC_C = "002_4f9421fb867c1b8c"

SUMMIT_SENTENCE = "Leaders met on Saturday at a virtual summit, officials said."
TALKS_SENTENCE = "Talks are due to resume in the first quarter."


def _timex(text_: str, start: int, span: TimeSpan | None, symbol: Symbol | None = None) -> Timex:
    return Timex(
        start=start,
        end=start + len(text_),
        text=text_,
        type=TimexType.DATE,
        symbol=symbol or Symbol(Kind.CALENDAR, year=span.first.year if span else None),
        rule="calendar-test",
        value=span.value if span else None,
        span=span,
    )


def _mention(document: str, sentence: str, timex: Timex, status: Status = Status.HAPPENED) -> Mention:
    return Mention(
        document=document,
        sentence_start=5,
        sentence_end=5 + len(sentence),
        sentence=sentence,
        timex=timex,
        clause=sentence[:20],
        status=status,
        actors=("leaders",),
        terms=("summit", "virtual"),
    )


def sample_timeline() -> Timeline:
    """Three documents dated three ways, a skipped input, and three events."""
    documents = (
        Document(
            DOC_A,
            "full text A",
            title="Summit held",
            path="a.txt",
            url="https://example.org/a",
            source="Wire",
            published=PublicationDate.exact(D(2025, 3, 15), Method.METADATA, "metadata.csv"),
        ),
        Document(
            DOC_B,
            "full text B",
            path="b.txt",
            published=PublicationDate(
                date=D(2025, 3, 16),
                method=Method.ALIGNMENT,
                confidence=0.82,
                evidence="aligned with 002 on 'virtual summit'",
                earliest=D(2025, 3, 14),
                latest=D(2025, 3, 18),
            ),
        ),
        Document(
            DOC_C,
            "full text C",
            path="c.txt",
            published=PublicationDate.exact(D(2025, 3, 17), Method.REFERENCE, "--reference", 0.1),
        ),
    )
    day = TimeSpan(D(2025, 3, 15), D(2025, 3, 15), Granularity.DAY, "2025-03-15")
    saturday = Symbol(Kind.WEEKDAY, weekday=6, direction=Direction.PAST)
    summit = Event(
        id="e1summit",
        span=day,
        title="Leaders hold a virtual summit",
        status=Status.HAPPENED,
        mentions=(
            _mention(DOC_A, SUMMIT_SENTENCE, _timex("on Saturday", 17, day, saturday)),
            _mention(DOC_B, "The summit took place on Saturday.", _timex("on Saturday", 40, day, saturday)),
            _mention(DOC_C, "A summit on Saturday.", _timex("on Saturday", 9, day, saturday)),
        ),
        links=(MergeLink(0, 1, 0.82), MergeLink(1, 2, 0.61)),
        dissent=(
            Dissent(
                DOC_C, TimeSpan(D(2025, 3, 17), D(2025, 3, 17), Granularity.DAY, "2025-03-17"), "on Monday"
            ),
        ),
    )
    quarter = TimeSpan(D(2025, 1, 1), D(2025, 3, 31), Granularity.QUARTER, "2025-Q1")
    talks = Event(
        id="e2talks",
        span=quarter,
        title='=HYPERLINK("http://evil") talks resume',
        status=Status.PLANNED,
        mentions=(_mention(DOC_B, TALKS_SENTENCE, _timex("the first quarter", 27, quarter), Status.PLANNED),),
    )
    month = span_for(Granularity.MONTH, D(2025, 3, 1), Modifier.LATE)
    vote = Event(
        id="e3vote",
        span=month,
        title="Parliament votes if the deal holds",
        status=Status.CONDITIONAL,
        mentions=(_mention(DOC_C, "A vote could follow in late March.", _timex("late March", 24, month)),),
    )
    return Timeline(
        documents=documents,
        events=(summit, talks, vote),
        skipped=(Skipped("notes.pdf", "not text: binary content"),),
    )


def render_text(timeline: Timeline, **options: bool) -> str:
    stream = io.StringIO()
    text.write(timeline, stream, **options)
    return stream.getvalue()


def attrs_evolve_event(timeline: Timeline, index: int, **changes: object) -> Timeline:
    events = list(timeline.events)
    events[index] = attrs.evolve(events[index], **changes)  # type: ignore[arg-type]
    return attrs.evolve(timeline, events=tuple(events))


# -- FORMATS ----------------------------------------------------------------------------------------


def test_formats_maps_each_name_to_its_writer() -> None:
    expected = {"text": text.write, "csv": csv.write, "ics": ical.write, "json": json.write}
    assert expected == FORMATS


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_write_dispatches_on_format(fmt: str) -> None:
    timeline = sample_timeline()
    direct, dispatched = io.StringIO(), io.StringIO()
    FORMATS[fmt](timeline, direct)
    write(timeline, fmt, dispatched)
    assert dispatched.getvalue() == direct.getvalue() != ""


def test_write_rejects_unknown_format() -> None:
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        write(sample_timeline(), "xml", io.StringIO())


# -- text -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (span_for(Granularity.DAY, D(2025, 3, 15)), "Sat 15 Mar 2025"),
        (span_for(Granularity.WEEK, D(2025, 3, 19)), "week of 17 Mar 2025"),
        (TimeSpan(D(2025, 3, 22), D(2025, 3, 23), Granularity.WEEK, "2025-W12-WE"), "weekend 22–23 Mar 2025"),
        (
            TimeSpan(D(2025, 5, 31), D(2025, 6, 1), Granularity.WEEK, "2025-W22-WE"),
            "weekend 31 May – 1 Jun 2025",
        ),
        (span_for(Granularity.MONTH, D(2025, 3, 19)), "Mar 2025"),
        (span_for(Granularity.QUARTER, D(2025, 2, 1)), "Q1 2025"),
        (span_for(Granularity.SEASON, D(2025, 4, 1)), "spring 2025"),
        (span_for(Granularity.SEASON, D(2025, 1, 10)), "winter 2024/25"),
        (span_for(Granularity.HALF_YEAR, D(2025, 5, 1)), "H1 2025"),
        (span_for(Granularity.HALF_YEAR, D(2025, 7, 1)), "H2 2025"),
        (span_for(Granularity.YEAR, D(2025, 5, 1)), "2025"),
        (span_for(Granularity.DECADE, D(1994, 5, 1)), "1990s"),
        (span_for(Granularity.CENTURY, D(1994, 5, 1)), "20th century"),
        (span_for(Granularity.CENTURY, D(2025, 5, 1)), "21st century"),
        (span_for(Granularity.MONTH, D(2025, 3, 1), Modifier.EARLY), "early Mar 2025"),
        (span_for(Granularity.YEAR, D(2025, 3, 1), Modifier.MID), "mid 2025"),
        (span_for(Granularity.MONTH, D(2025, 3, 1), Modifier.LATE), "late Mar 2025"),
        (span_for(Granularity.DAY, D(2025, 3, 15), Modifier.BEFORE), "before 15 Mar 2025"),
        (span_for(Granularity.MONTH, D(2025, 3, 1), Modifier.APPROX), "c. Mar 2025"),
        (span_for(Granularity.DAY, D(2025, 3, 15), Modifier.ON_OR_AFTER), "on or after 15 Mar 2025"),
    ],
)
def test_format_span_names_date_at_its_precision(span: TimeSpan, label: str) -> None:
    assert text.format_span(span) == label


def test_format_span_names_the_period_the_value_names_when_a_mod_narrows_the_span() -> None:
    # "late March" resolved to its last ten days still reads as March.
    late = TimeSpan(D(2025, 3, 21), D(2025, 3, 31), Granularity.MONTH, "2025-03", Modifier.LATE)
    assert text.format_span(late) == "late Mar 2025"
    # "before 15 March" widened backwards: the value still names the day.
    before = TimeSpan(D(2025, 1, 1), D(2025, 3, 14), Granularity.DAY, "2025-03-15", Modifier.BEFORE)
    assert text.format_span(before) == "before 15 Mar 2025"


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (
            TimeSpan(D(2025, 3, 10), D(2025, 3, 14), Granularity.DAY, "2025-03-10/2025-03-14"),
            "10–14 Mar 2025",
        ),
        (
            TimeSpan(D(2025, 3, 29), D(2025, 4, 2), Granularity.DAY, "2025-03-29/2025-04-02"),
            "29 Mar – 2 Apr 2025",
        ),
        (
            TimeSpan(D(2024, 12, 28), D(2025, 1, 3), Granularity.DAY, "2024-12-28/2025-01-03"),
            "28 Dec 2024 – 3 Jan 2025",
        ),
    ],
)
def test_format_span_names_a_range_of_days_by_its_ends(span: TimeSpan, label: str) -> None:
    assert text.format_span(span) == label


@pytest.mark.parametrize(
    ("span", "label"),
    [
        (TimeSpan(D(2025, 3, 15), D(2025, 3, 15), Granularity.DAY, "XXXX-03-15"), "Sat 15 Mar 2025"),
        (TimeSpan(D(2025, 3, 17), D(2025, 3, 23), Granularity.WEEK, "2025-W99"), "week of 17 Mar 2025"),
        (TimeSpan(D(2025, 4, 1), D(2025, 6, 30), Granularity.QUARTER, "FY2025-Q1"), "Q2 2025"),
        (TimeSpan(D(2025, 3, 20), D(2025, 6, 20), Granularity.SEASON, "spring"), "spring 2025"),
        (TimeSpan(D(2025, 1, 1), D(2025, 12, 31), Granularity.YEAR, "PRESENT_REF"), "2025"),
        (TimeSpan(D(1990, 1, 1), D(1999, 12, 31), Granularity.DECADE, "199X"), "1990s"),
    ],
)
def test_format_span_falls_back_on_the_span_when_the_value_is_not_standard(
    span: TimeSpan, label: str
) -> None:
    assert text.format_span(span) == label


def test_format_date_ignores_the_locale() -> None:
    assert text.format_date(D(2025, 3, 1)) == "Sat 1 Mar 2025"
    assert text.format_date(D(2025, 12, 31), weekday=False) == "31 Dec 2025"


def test_short_ids_use_the_prefix_when_unique() -> None:
    assert text.short_ids([DOC_A, DOC_B, "plain"]) == {DOC_A: "000", DOC_B: "001", "plain": "plain"}


def test_short_ids_keep_full_ids_when_prefixes_collide() -> None:
    ids = ["000_aa", "000_bb", "001_cc", "001", "_x"]
    assert text.short_ids(ids) == {
        "000_aa": "000_aa",
        "000_bb": "000_bb",
        "001_cc": "001_cc",
        "001": "001",
        "_x": "_x",
    }


def test_short_ids_never_shorten_to_a_year() -> None:
    # "(2025)" after an event would read as a date, not as the article "2025_03_13_dam".
    ids = ["2025_03_13_dam", "1998_flood", "004_x"]
    assert text.short_ids(ids) == {
        "2025_03_13_dam": "2025_03_13_dam",
        "1998_flood": "1998_flood",
        "004_x": "004",
    }


@given(st.lists(document_ids(), unique=True, max_size=8))
def test_short_ids_are_unique(ids: list[str]) -> None:
    short = text.short_ids(ids)
    assert len(set(short.values())) == len(ids)


def test_text_header_lists_documents_with_date_and_provenance() -> None:
    lines = render_text(sample_timeline()).splitlines()
    assert lines[0] == "Documents (3)"
    assert lines[1].split() == [DOC_A, "Sat", "15", "Mar", "2025", "metadata"]
    aligned = " ".join(" ".join(lines[2:4]).split())
    assert aligned == (
        f"{DOC_B} Sun 16 Mar 2025 inferred: aligned with 002 on 'virtual summit' (confidence 0.82),"
        " between Fri 14 Mar 2025 and Tue 18 Mar 2025"
    )
    assert " ".join(lines[4].split()) == f"{DOC_C} Mon 17 Mar 2025 ASSUMED (--reference), not evidence"
    assert "Skipped (1)" in lines
    assert "  notes.pdf: not text: binary content" in lines


@pytest.mark.parametrize(
    ("method", "evidence"),
    [(Method.DATELINE, "dateline 'MOSCOW, April 1 (AFP)'"), (Method.URL, "URL '/1997/04/01/'")],
)
def test_text_header_does_not_repeat_a_method_the_evidence_names(method: Method, evidence: str) -> None:
    dated = PublicationDate.exact(D(1997, 4, 1), method, evidence, confidence=0.95)
    timeline = attrs.evolve(
        sample_timeline(), documents=(attrs.evolve(sample_timeline().documents[0], published=dated),)
    )
    header = " ".join(render_text(timeline).splitlines()[1].split())
    assert header.endswith(f"Tue 1 Apr 1997 {evidence} (confidence 0.95)")


def test_text_lists_one_line_per_event_with_date_title_status_and_sources() -> None:
    output = render_text(sample_timeline())
    events = output[output.index("Events (3)") :].splitlines()[1:]
    assert " ".join(events[0].split()) == "Sat 15 Mar 2025 Leaders hold a virtual summit (000 001 002)"
    assert " ".join(events[1].split()) == "dated otherwise by 002: Mon 17 Mar 2025 (“on Monday”)"
    assert " ".join(events[2].split()) == 'Q1 2025 =HYPERLINK("http://evil") talks resume [planned] (001)'
    assert (
        " ".join(events[3].split()) == "late Mar 2025 Parliament votes if the deal holds [conditional] (002)"
    )
    assert len(events) == 4
    assert "[happened]" not in output


def test_text_aligns_titles_in_one_column() -> None:
    output = render_text(sample_timeline())
    events = output[output.index("Events (3)") :].splitlines()[1:]
    columns = {events[i].index(title) for i, title in [(0, "Leaders"), (2, "=HYPER"), (3, "Parliament")]}
    assert len(columns) == 1


def test_text_explain_details_every_mention_and_the_merge_links() -> None:
    output = render_text(sample_timeline(), explain=True)
    flat = " ".join(output.split())
    assert (
        "[0] 000 “on Saturday” → 2025-03-15 rule calendar-test symbol weekday weekday=6 direction=past"
        in flat
    )
    assert "[1] 001 “on Saturday”" in flat
    assert "[2] 002 “on Saturday”" in flat
    assert "published Sat 15 Mar 2025, metadata" in flat
    assert "published Sun 16 Mar 2025, inferred: aligned with 002" in flat
    assert "published Mon 17 Mar 2025, ASSUMED (--reference), not evidence" in flat
    assert f"sentence “{SUMMIT_SENTENCE}”" in flat
    assert "merged: [0]–[1] 0.82, [1]–[2] 0.61" in flat
    assert "rule calendar-test symbol calendar year=2025" in flat
    assert "[planned]" in flat.split("“the first quarter”")[1].split("published")[0]
    assert "merged:" not in render_text(sample_timeline())


def test_text_fits_the_width() -> None:
    for width in (60, 100):
        lines = render_text(sample_timeline(), explain=True, width=width).splitlines()
        assert max(len(line) for line in lines) <= width
        assert all(line == line.rstrip() for line in lines)


_WRAPPED_WORDS = st.lists(
    st.text(st.sampled_from("ab漢-"), min_size=1, max_size=30).map(lambda w: w.strip(" ") or "x"), max_size=25
)


@given(_WRAPPED_WORDS, st.sampled_from([" ", "  "]), st.integers(20, 60))
def test_wrapping_the_rest_of_a_paragraph_again_at_its_width_changes_nothing(
    words: list[str], space: str, width: int
) -> None:
    # The text writer wraps a paragraph once when its continuation lines are as wide as its first,
    # instead of rewrapping what follows the first line: rich's greedy wrapping must not care
    # where it started.
    console = Console(width=200)
    body = Text(space.join(words))
    once = [line.plain.rstrip() for line in body.wrap(console, width, overflow="fold")]
    if len(once) > 1:
        first = once[0]
        rest = body[len(first) :]
        rest = rest[len(rest.plain) - len(rest.plain.lstrip()) :]
        again = [line.plain.rstrip() for line in rest.wrap(console, width, overflow="fold")]
        assert once[1:] == again


class _FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_text_without_color_has_no_escapes_even_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    stream = _FakeTerminal()
    text.write(sample_timeline(), stream, color=False, explain=True)
    assert not ANSI_ESCAPE.search(stream.getvalue())
    assert "Leaders hold a virtual summit" in stream.getvalue()


def test_text_with_color_styles_the_output_with_the_same_words() -> None:
    plain = render_text(sample_timeline(), color=False)
    colored = render_text(sample_timeline(), color=True)
    assert ANSI_ESCAPE.search(colored)
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored) == plain


def test_the_control_codes_are_unicodes_control_characters() -> None:
    # The exports replace them by a table, not by asking unicodedata of every character.
    control = {code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cc"}
    assert set(text.CONTROL_CODES) == control


def test_text_neutralizes_control_characters_and_markup_in_titles() -> None:
    timeline = sample_timeline()
    hostile = attrs_evolve_event(timeline, 0, title="\x1b[31mred\x1b[0m [bold]x[/bold]\nsecond line")
    output = render_text(hostile)
    assert "\x1b" not in output
    assert "[31mred" in output
    assert "[bold]x[/bold] second line" in output


def test_text_shows_undated_documents() -> None:
    timeline = Timeline(documents=(Document("x_1", "t"),), events=())
    assert " ".join(render_text(timeline).split()) == "Documents (1) x_1 undated Events (0)"


@settings(max_examples=60)
@given(timelines(), st.booleans(), st.booleans(), st.integers(0, 140))  # below 40: as 40
def test_text_survives_any_timeline(timeline: Timeline, color: bool, explain: bool, width: int) -> None:
    output = render_text(timeline, color=color, explain=explain, width=width)
    assert f"Events ({len(timeline.events)})" in output
    if not color:
        assert "\x1b" not in output
    plain = re.sub(r"\x1b\[[0-9;]*m", "", output)
    if color:
        # Unstyled lines are written without rich's rendering: they must be the styled ones' words.
        assert plain == render_text(timeline, color=False, explain=explain, width=width)
    for event in timeline.events:
        title = " ".join(event.title.split())
        if title and all(ch.isprintable() for ch in title):
            # The title may be wrapped, never altered.
            assert "".join(title.split()) in "".join(plain.split())


# -- CSV --------------------------------------------------------------------------------------------


def read_csv(timeline: Timeline) -> tuple[list[str], list[dict[str, str]]]:
    stream = io.StringIO(newline="")
    csv.write(timeline, stream)
    reader = stdlib_csv.DictReader(io.StringIO(stream.getvalue(), newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_csv_has_one_row_per_event_under_the_header() -> None:
    header, rows = read_csv(sample_timeline())
    assert header == [
        "start",
        "end",
        "granularity",
        "value",
        "title",
        "status",
        "sources",
        "documents",
        "evidence",
        "modifier",
    ]
    assert rows[0] == {
        "start": "2025-03-15",
        "end": "2025-03-15",
        "granularity": "day",
        "value": "2025-03-15",
        "title": "Leaders hold a virtual summit",
        "status": "happened",
        "sources": "3",
        "documents": f"{DOC_A};{DOC_B};{DOC_C}",
        "evidence": SUMMIT_SENTENCE,
        "modifier": "",
    }
    assert [row["start"] for row in rows] == ["2025-03-15", "2025-01-01", "2025-03-01"]
    assert [row["end"] for row in rows] == ["2025-03-15", "2025-03-31", "2025-03-31"]
    assert rows[1]["granularity"] == "quarter"
    assert rows[1]["value"] == "2025-Q1"
    assert rows[1]["status"] == "planned"
    assert rows[1]["evidence"] == TALKS_SENTENCE


def test_csv_rows_end_with_crlf() -> None:
    stream = io.StringIO(newline="")
    csv.write(sample_timeline(), stream)
    assert stream.getvalue().count("\r\n") == 4


def test_csv_neutralizes_formulas_in_cells() -> None:
    _, rows = read_csv(sample_timeline())
    assert rows[1]["title"] == '\'=HYPERLINK("http://evil") talks resume'


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("2025-03-15", "2025-03-15"),
        ("a=b", "a=b"),
        ("", ""),
        ("'quoted", "'quoted"),
    ],
)
def test_neutralize(cell: str, safe: str) -> None:
    assert csv.neutralize(cell) == safe


def test_csv_counts_distinct_documents() -> None:
    timeline = sample_timeline()
    summit = timeline.events[0]
    doubled = attrs_evolve_event(timeline, 0, mentions=(*summit.mentions, summit.mentions[0]))
    _, rows = read_csv(doubled)
    assert rows[0]["sources"] == "3"
    assert rows[0]["documents"] == f"{DOC_A};{DOC_B};{DOC_C}"


@settings(max_examples=60)
@given(timelines())
def test_csv_round_trips_any_timeline(timeline: Timeline) -> None:
    _, rows = read_csv(timeline)
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        assert row["title"] == csv.neutralize(event.title)
        assert row["evidence"] == csv.neutralize(event.mentions[0].sentence)
        assert row["start"] == event.span.first.isoformat()
        assert row["end"] == event.span.last.isoformat()
        assert row["documents"] == csv.neutralize(";".join(event.documents))
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


# -- iCalendar --------------------------------------------------------------------------------------


def parse_ics(timeline: Timeline) -> tuple[icalendar.Calendar, dict[str, icalendar.Event]]:
    calendar = icalendar.Calendar.from_ical(ical.to_bytes(timeline))
    return calendar, {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_ics_calendar_header() -> None:
    calendar, events = parse_ics(sample_timeline())
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == ical.PRODID
    assert list(events) == ["e1summit@timeline", "e2talks@timeline", "e3vote@timeline"]


def test_ics_events_are_all_day_with_exclusive_end() -> None:
    _, events = parse_ics(sample_timeline())
    summit, talks, vote = events.values()
    for vevent in (summit, talks, vote):
        for key in ("DTSTART", "DTEND"):
            value = vevent[key].dt
            assert type(value) is dt.date
    assert (summit["DTSTART"].dt, summit["DTEND"].dt) == (D(2025, 3, 15), D(2025, 3, 16))
    assert (talks["DTSTART"].dt, talks["DTEND"].dt) == (D(2025, 1, 1), D(2025, 4, 1))
    assert (vote["DTSTART"].dt, vote["DTEND"].dt) == (D(2025, 3, 1), D(2025, 4, 1))


def test_ics_summary_prefixes_status_when_not_happened() -> None:
    _, events = parse_ics(sample_timeline())
    summaries = [str(e["SUMMARY"]) for e in events.values()]
    assert summaries == [
        "Leaders hold a virtual summit",
        '[planned] =HYPERLINK("http://evil") talks resume',
        "[conditional] Parliament votes if the deal holds",
    ]


def test_ics_dtstamp_is_latest_publication_of_the_event_sources_at_utc_midnight() -> None:
    _, events = parse_ics(sample_timeline())
    utc = dt.timezone.utc
    stamps = [e["DTSTAMP"].dt for e in events.values()]
    assert stamps == [
        dt.datetime(2025, 3, 17, tzinfo=utc),
        dt.datetime(2025, 3, 16, tzinfo=utc),
        dt.datetime(2025, 3, 17, tzinfo=utc),
    ]


def test_ics_dtstamp_falls_back_on_the_event_start_without_dated_sources() -> None:
    timeline = sample_timeline()
    undated = Timeline(documents=(), events=timeline.events[1:2])
    _, events = parse_ics(undated)
    assert events["e2talks@timeline"]["DTSTAMP"].dt == dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)


def test_ics_carries_granularity_status_value_and_evidence() -> None:
    _, events = parse_ics(sample_timeline())
    summit, talks, vote = events.values()
    assert str(talks["X-TIMELINE-GRANULARITY"]) == "quarter"
    assert str(talks["X-TIMELINE-STATUS"]) == "planned"
    assert str(talks["X-TIMELINE-VALUE"]) == "2025-Q1"
    assert "X-TIMELINE-MOD" not in talks
    assert str(vote["X-TIMELINE-MOD"]) == "late"
    assert [str(c) for c in talks.categories] == ["planned"]
    assert str(talks["TRANSP"]) == "TRANSPARENT"
    description = str(summit["DESCRIPTION"]).splitlines()
    assert description[0] == "When: Sat 15 Mar 2025 (TIMEX 2025-03-15, day precision)"
    assert f"{DOC_A}: {SUMMIT_SENTENCE}" in description
    assert f"{DOC_B}: The summit took place on Saturday." in description
    assert f"Dated otherwise by {DOC_C}: 2025-03-17 (on Monday)" in description


def test_ics_write_gives_the_bytes_as_text_with_crlf() -> None:
    stream = io.StringIO(newline="")
    ical.write(sample_timeline(), stream)
    assert stream.getvalue().encode("utf-8") == ical.to_bytes(sample_timeline())
    assert stream.getvalue().startswith("BEGIN:VCALENDAR\r\n")


def test_ics_is_byte_identical_across_runs() -> None:
    assert ical.to_bytes(sample_timeline()) == ical.to_bytes(sample_timeline())


def test_ics_of_empty_timeline_parses() -> None:
    calendar, events = parse_ics(Timeline(documents=(), events=()))
    assert events == {}
    assert str(calendar["VERSION"]) == "2.0"


@settings(max_examples=40)
@given(timelines(), st.randoms(use_true_random=False))
def test_ics_events_do_not_depend_on_input_order(timeline: Timeline, rnd: random.Random) -> None:
    documents, events = list(timeline.documents), list(timeline.events)
    rnd.shuffle(documents)
    rnd.shuffle(events)
    shuffled = Timeline(documents=tuple(documents), events=tuple(events), skipped=timeline.skipped)
    _, before = parse_ics(timeline)
    _, after = parse_ics(shuffled)
    assert set(before) == set(after) == {f"{e.id}@timeline" for e in timeline.events}
    for uid, vevent in before.items():
        assert after[uid].to_ical() == vevent.to_ical()


@settings(max_examples=60)
@given(timelines())
def test_ics_round_trips_any_timeline(timeline: Timeline) -> None:
    _, parsed = parse_ics(timeline)
    assert len(parsed) == len(timeline.events)
    for event in timeline.events:
        vevent = parsed[f"{event.id}@timeline"]
        assert vevent["DTSTART"].dt == event.span.first
        assert vevent["DTEND"].dt == event.span.last + dt.timedelta(days=1)
        prefix = summary_prefix(event)
        # Control characters become spaces and whitespace runs one space.
        spaced = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in event.title)
        assert str(vevent["SUMMARY"]) == prefix + " ".join(spaced.split())


@settings(max_examples=60)
@given(timelines(text=one_line_text))
def test_ics_keeps_printable_titles_exactly(timeline: Timeline) -> None:
    _, parsed = parse_ics(timeline)
    for event in timeline.events:
        assert str(parsed[f"{event.id}@timeline"]["SUMMARY"]) == summary_prefix(event) + event.title


def summary_prefix(event: Event) -> str:
    prefix = "" if event.status is Status.HAPPENED else f"[{event.status.value}] "
    if event.span.mod in {Modifier.BEFORE, Modifier.AFTER, Modifier.ON_OR_BEFORE, Modifier.ON_OR_AFTER}:
        prefix += f"({text.format_span(event.span)}) "
    return prefix


def test_an_open_ended_date_says_so_in_the_csv_and_the_calendar() -> None:
    # "Over a decade ago", said in 2025: the year 2015 with mod BEFORE, not all of 2015.
    base = sample_timeline()
    event = base.events[0]
    before = attrs.evolve(event, span=attrs.evolve(event.span, mod=Modifier.BEFORE))
    timeline = attrs.evolve(base, events=(before,))
    _, rows = read_csv(timeline)
    assert rows[0]["modifier"] == "before"
    _, parsed = parse_ics(timeline)
    assert str(parsed[f"{event.id}@timeline"]["SUMMARY"]).startswith("(before 15 Mar 2025) ")


# -- JSON -------------------------------------------------------------------------------------------


def dump_json(timeline: Timeline) -> str:
    stream = io.StringIO()
    json.write(timeline, stream)
    return stream.getvalue()


def test_json_documents_and_skipped_inputs() -> None:
    data = stdlib_json.loads(dump_json(sample_timeline()))
    assert list(data) == ["documents", "events"]
    first, second, _, skipped = data["documents"]
    assert first == {
        "id": DOC_A,
        "path": "a.txt",
        "title": "Summit held",
        "url": "https://example.org/a",
        "source": "Wire",
        "status": "ok",
        "reason": None,
        "published": {
            "date": "2025-03-15",
            "earliest": "2025-03-15",
            "latest": "2025-03-15",
            "method": "metadata",
            "confidence": 1.0,
            "evidence": "metadata.csv",
        },
    }
    assert second["published"]["method"] == "alignment"
    assert (second["published"]["earliest"], second["published"]["latest"]) == ("2025-03-14", "2025-03-18")
    assert skipped == {
        "id": None,
        "path": "notes.pdf",
        "title": None,
        "url": None,
        "source": None,
        "status": "skipped",
        "reason": "not text: binary content",
        "published": None,
    }
    assert "full text" not in dump_json(sample_timeline())


def test_json_events() -> None:
    data = stdlib_json.loads(dump_json(sample_timeline()))
    summit = data["events"][0]
    assert list(summit) == [
        "id", "start", "end", "granularity", "value", "mod", "title", "status", "dissent", "sources", "links"
    ]  # fmt: skip
    assert (summit["id"], summit["start"], summit["end"]) == ("e1summit", "2025-03-15", "2025-03-15")
    assert (summit["granularity"], summit["value"], summit["mod"]) == ("day", "2025-03-15", None)
    assert summit["dissent"] == [
        {
            "document": DOC_C,
            "start": "2025-03-17",
            "end": "2025-03-17",
            "granularity": "day",
            "value": "2025-03-17",
            "mod": None,
            "text": "on Monday",
        }
    ]
    assert summit["links"] == [{"left": 0, "right": 1, "score": 0.82}, {"left": 1, "right": 2, "score": 0.61}]
    source = summit["sources"][0]
    assert source == {
        "document": DOC_A,
        "sentence": SUMMIT_SENTENCE,
        "expression": "on Saturday",
        "start": 17,
        "end": 28,
        "value": "2025-03-15",
        "rule": "calendar-test",
        "status": "happened",
        "type": "DATE",
        "symbol": {"kind": "weekday", "weekday": 6, "direction": "past"},
        "span": {
            "start": "2025-03-15",
            "end": "2025-03-15",
            "granularity": "day",
            "value": "2025-03-15",
            "mod": None,
        },
        "sentence_start": 5,
        "sentence_end": 5 + len(SUMMIT_SENTENCE),
        "clause": SUMMIT_SENTENCE[:20],
        "actors": ["leaders"],
        "terms": ["summit", "virtual"],
    }
    vote = data["events"][2]
    assert (vote["mod"], vote["status"]) == ("late", "conditional")


def test_json_has_one_item_per_line_keeps_unicode_and_ends_with_a_newline() -> None:
    timeline = attrs_evolve_event(sample_timeline(), 0, title="Gipfel in Genf – “Frieden”")
    output = dump_json(timeline)
    assert "Gipfel in Genf – “Frieden”" in output
    lines = output.splitlines()
    assert lines[:2] == ["{", '  "documents": [']
    assert output.endswith("\n  ]\n}\n")
    items = [line.strip().rstrip(",") for line in lines if line.startswith("    ")]
    assert len(items) == len(timeline.documents) + len(timeline.skipped) + len(timeline.events)
    for item in items:
        assert isinstance(stdlib_json.loads(item), dict)


def test_json_of_an_empty_timeline_is_valid() -> None:
    output = dump_json(Timeline(documents=(), events=(), skipped=()))
    assert stdlib_json.loads(output) == {"documents": [], "events": []}


def test_json_reads_back_what_it_wrote() -> None:
    timeline = sample_timeline()
    assert json.read(io.StringIO(dump_json(timeline))) == json.normalized(timeline)


def test_json_normalized_blanks_document_text_only() -> None:
    timeline = sample_timeline()
    normal = json.normalized(timeline)
    assert [d.text for d in normal.documents] == ["", "", ""]
    assert [d.id for d in normal.documents] == [d.id for d in timeline.documents]
    assert normal.events == timeline.events
    assert normal.skipped == timeline.skipped


@settings(max_examples=150)
@given(timelines())
def test_json_round_trips_any_timeline(timeline: Timeline) -> None:
    output = dump_json(timeline)
    assert json.read(io.StringIO(output)) == json.normalized(timeline)
    assert dump_json(json.read(io.StringIO(output))) == output


@settings(max_examples=150)
@given(timelines())
def test_json_is_what_the_encoder_makes_of_the_objects(timeline: Timeline) -> None:
    # One document or event per line, each as the encoder writes to_data()'s object.
    encode = stdlib_json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": ")).encode
    sections = [
        f"  {encode(key)}: " + ("[\n    " + ",\n    ".join(map(encode, items)) + "\n  ]" if items else "[]")
        for key, items in json.to_data(timeline).items()
    ]
    assert dump_json(timeline) == "{\n" + ",\n".join(sections) + "\n}\n"


@given(timelines(spans=time_spans(consistent=False)))
def test_json_round_trips_inconsistent_spans(timeline: Timeline) -> None:
    assert json.read(io.StringIO(dump_json(timeline))) == json.normalized(timeline)


def test_json_write_rejects_non_finite_numbers() -> None:
    timeline = attrs_evolve_event(sample_timeline(), 0, links=(MergeLink(0, 1, float("nan")),))
    stream = io.StringIO()
    with pytest.raises(ExportError, match="JSON"):
        json.write(timeline, stream)
    assert stream.getvalue() == ""


def _broken(path: list[str | int], value: object) -> str:
    data = stdlib_json.loads(dump_json(sample_timeline()))
    node = data
    for key in path[:-1]:
        node = node[key]
    if value is KeyError:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return stdlib_json.dumps(data)


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["events", 0, "start"], "2025-3-15", r"\$\.events\[0\]\.start: expected a YYYY-MM-DD date"),
        (["events", 0, "start"], "20250315", r"YYYY-MM-DD"),
        (["events", 0, "title"], None, r"\$\.events\[0\]\.title: expected str, got null"),
        (["events", 0, "status"], "rumoured", r"expected one of happened, planned, conditional"),
        (["events", 0, "links", 0, "left"], True, r"links\[0\]\.left: expected an integer, got bool"),
        (["events", 0, "links", 0, "score"], "high", r"expected a number"),
        (["events", 0, "sources", 0, "symbol", "colour"], "red", r"unknown symbol field 'colour'"),
        (["events", 0, "sources", 0, "symbol", "kind"], KeyError, r"missing 'kind'"),
        (["events", 0, "sources", 0, "symbol", "month"], "March", r"symbol\.month: expected an integer"),
        (["events", 0, "sources", 0, "symbol", "direction"], None, r"symbol\.direction: expected one of"),
        (["events", 0, "sources", 0, "actors"], "leaders", r"actors: expected list"),
        (["events", 0, "sources", 0, "span"], [], r"sources\[0\]\.span: expected an object, got list"),
        (["documents", 0, "status"], "lost", r"documents\[0\]\.status: expected one of ok, skipped"),
        (["documents", 0, "id"], KeyError, r"documents\[0\]: missing 'id'"),
        (["events"], {}, r"\$\.events: expected list"),
    ],
)
def test_json_read_names_the_bad_field(path: list[str | int], value: object, message: str) -> None:
    with pytest.raises(MetadataError, match=message):
        json.read(io.StringIO(_broken(path, value)))


def test_json_read_rejects_non_json() -> None:
    with pytest.raises(MetadataError, match="not JSON"):
        json.read(io.StringIO("{"))
    with pytest.raises(MetadataError, match=r"\$: expected an object, got list"):
        json.read(io.StringIO("[]"))


# -- the documented JSON schema ---------------------------------------------------------------------


def documented_schema() -> dict[str, object]:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text(encoding="utf-8")
    match = re.search(r"```json schema\n(.*?)```", doc, re.DOTALL)
    assert match, "docs/formats.md has no ```json schema block"
    schema = stdlib_json.loads(match[1])
    assert isinstance(schema, dict)
    return schema


def check_schema(value: object, schema: dict[str, object], root: dict[str, object], where: str = "$") -> None:
    """Validate against the subset of JSON Schema the docs use: $ref, type, enum, oneOf, properties…"""
    if "$ref" in schema:
        name = str(schema["$ref"]).removeprefix("#/$defs/")
        check_schema(value, root["$defs"][name], root, where)  # type: ignore[index]
        return
    if "oneOf" in schema:
        matches = 0
        for option in schema["oneOf"]:  # type: ignore[attr-defined]
            try:
                check_schema(value, option, root, where)
                matches += 1
            except AssertionError:
                pass
        assert matches == 1, f"{where}: matches {matches} of oneOf"
        return
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        python = {
            "object": dict, "array": list, "string": str, "null": type(None), "boolean": bool,
            "integer": int, "number": (int, float),
        }  # fmt: skip
        ok = any(isinstance(value, python[n]) and not (n in ("integer", "number") and isinstance(value, bool))
                 for n in names)  # fmt: skip
        assert ok, f"{where}: {value!r} is not {names}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in enum"  # type: ignore[operator]
    if "const" in schema:
        assert value == schema["const"], f"{where}: {value!r} is not {schema['const']!r}"
    if "pattern" in schema and isinstance(value, str):
        assert re.search(str(schema["pattern"]), value), f"{where}: {value!r} does not match"
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        assert isinstance(properties, dict)
        for key in schema.get("required", []):  # type: ignore[attr-defined]
            assert key in value, f"{where}: missing {key}"
        if schema.get("additionalProperties") is False:
            extra = set(value) - set(properties)
            assert not extra, f"{where}: undocumented keys {extra}"
        for key, item in value.items():
            if key in properties:
                check_schema(item, properties[key], root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            check_schema(item, schema["items"], root, f"{where}[{i}]")  # type: ignore[arg-type]


def test_json_output_follows_the_documented_schema() -> None:
    schema = documented_schema()
    check_schema(stdlib_json.loads(dump_json(sample_timeline())), schema, schema)


@settings(max_examples=40)
@given(timelines())
def test_json_output_of_any_timeline_follows_the_documented_schema(timeline: Timeline) -> None:
    schema = documented_schema()
    check_schema(stdlib_json.loads(dump_json(timeline)), schema, schema)


def test_schema_checker_catches_undocumented_keys() -> None:
    schema = documented_schema()
    data = stdlib_json.loads(dump_json(sample_timeline()))
    data["events"][0]["colour"] = "red"
    with pytest.raises(AssertionError, match="undocumented keys"):
        check_schema(data, schema, schema)


# -- every exporter, fuzzed -------------------------------------------------------------------------


@settings(max_examples=40)
@given(timelines(text=any_text))
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_any_timeline(fmt: str, timeline: Timeline) -> None:
    stream = io.StringIO(newline="")
    write(timeline, fmt, stream)
    output = stream.getvalue()
    if fmt == "json":
        assert json.read(io.StringIO(output)) == json.normalized(timeline)
    elif fmt == "csv":
        assert len(list(stdlib_csv.reader(io.StringIO(output, newline="")))) == len(timeline.events) + 1
    elif fmt == "ics":
        calendar = icalendar.Calendar.from_ical(output.encode("utf-8"))
        assert len(calendar.walk("VEVENT")) == len(timeline.events)
    else:
        assert "\x1b" not in output


def test_ics_keeps_a_literal_backslash_n_of_a_title_as_text() -> None:
    # icalendar's writer reads "\N" in text as a line break; ours escapes the backslash.
    timeline = sample_timeline()
    event = attrs.evolve(timeline.events[0], title=r"Files moved to C:\News, then \N; done")
    _, parsed = parse_ics(attrs.evolve(timeline, events=(event, *timeline.events[1:])))
    assert str(parsed[f"{event.id}@timeline"]["SUMMARY"]) == r"Files moved to C:\News, then \N; done"
