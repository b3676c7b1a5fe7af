"""Golden test: the five seed articles, read by hand.

A careful reading of seeds/ (March 2025, one of February 2025), written down
before looking at the program's output:

- 002 (LBC) and 003 (The i Paper) are dated by seeds/metadata.csv: 15 March
  and 19 February 2025.
- 004 was published on Saturday 15 March 2025: Starmer's press conference
  "this morning" after the virtual meeting; military chiefs meet "on Thursday".
- 001 was published on Sunday 16 March 2025: Starmer "said yesterday", after
  hosting a virtual meeting; militaries meet "on Thursday this week".
- 000 was published on Thursday 13 (or Friday 14) March 2025: the ceasefire
  "agreed by Kyiv and Washington on Tuesday" (11 March), ministers in Paris
  "on Wednesday" (12 March), Starmer "preparing to hold a second UK summit …
  this Saturday" (15 March), chiefs to meet in the UK "next week".
- Events: the virtual "coalition of the willing" summit on Saturday 15 March
  (000 announced it, 001, 002 and 004 report it); the military chiefs'
  meeting in the UK on Thursday 20 March (planned; 001, 002, 004, and 000's
  "next week"); Trump's remarks on Friday 14 March (001, 002, 004); the
  ceasefire proposal agreed on Tuesday 11 March (000, 002); European defence
  ministers in Paris on Wednesday 12 March (000); Putin on the ceasefire on
  Thursday 13 March (002); last month's row in the Oval Office, February 2025
  (000); Trump's remarks on Tuesday evening 18 February and the Paris summit
  on Monday 17 February (003).
- "30-day ceasefire", "for the last three years" and "three-year-old invasion"
  are not events.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline.model import Event, Granularity, Method, Status, Timeline

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
D = dt.date


@pytest.fixture(scope="module")
def seeds() -> Timeline:
    loaded = timeline.load([SEEDS])
    assert not loaded.skipped
    return timeline.build_timeline(loaded.documents)


def short(event: Event) -> set[str]:
    return {doc[:3] for doc in event.documents}


def on(tl: Timeline, day: dt.date) -> list[Event]:
    return [e for e in tl.events if e.span.first == day and e.span.granularity is Granularity.DAY]


def test_metadata_dates_are_facts(seeds: Timeline) -> None:
    by_id = {d.id[:3]: d.published for d in seeds.documents}
    for doc, day in (("002", D(2025, 3, 15)), ("003", D(2025, 2, 19))):
        published = by_id[doc]
        assert published is not None and published.date == day and published.method is Method.METADATA


def test_undated_articles_are_dated_by_alignment_with_evidence(seeds: Timeline) -> None:
    by_id = {d.id[:3]: d.published for d in seeds.documents}
    expected = {"004": (D(2025, 3, 15),), "001": (D(2025, 3, 16),), "000": (D(2025, 3, 13), D(2025, 3, 14))}
    for doc, days in expected.items():
        published = by_id[doc]
        assert published is not None
        assert published.method is Method.ALIGNMENT, doc
        assert published.date in days, (doc, published)
        assert "002" in published.evidence
        assert published.earliest <= published.date <= published.latest


def test_the_virtual_summit_appears_once_citing_every_outlet(seeds: Timeline) -> None:
    summits = [e for e in on(seeds, D(2025, 3, 15)) if {"001", "002", "004"} <= short(e)]
    assert len(summits) == 1
    assert short(summits[0]) >= {"000", "001", "002", "004"}
    assert summits[0].status is Status.HAPPENED


def test_the_military_chiefs_meeting_appears_once_with_several_sources(seeds: Timeline) -> None:
    meetings = [e for e in on(seeds, D(2025, 3, 20)) if len(e.documents) >= 3]
    assert len(meetings) == 1
    assert short(meetings[0]) >= {"001", "002", "004"}
    assert meetings[0].status is Status.PLANNED


def test_trump_friday_remarks_merge_across_outlets(seeds: Timeline) -> None:
    friday = [e for e in on(seeds, D(2025, 3, 14)) if "Trump" in e.title]
    assert any(short(e) >= {"001", "004"} for e in friday)


def test_other_events_on_their_days(seeds: Timeline) -> None:
    def find(day: dt.date, doc: str, word: str) -> Event:
        matches = [
            e
            for e in on(seeds, day)
            if doc in short(e) and word.lower() in " ".join(m.sentence.lower() for m in e.mentions)
        ]
        assert matches, (day, doc, word)
        return matches[0]

    assert "002" in short(find(D(2025, 3, 11), "000", "ceasefire"))
    find(D(2025, 3, 12), "000", "Paris")
    find(D(2025, 3, 13), "002", "Putin")
    find(D(2025, 2, 17), "003", "Paris")
    find(D(2025, 2, 18), "003", "Trump")


def test_last_months_row_keeps_its_month_precision(seeds: Timeline) -> None:
    rows = [
        e
        for e in seeds.events
        if "Oval Office" in " ".join(m.sentence for m in e.mentions) and "000" in short(e)
    ]
    assert rows and all(e.span.granularity is Granularity.MONTH and e.span.value == "2025-02" for e in rows)


def test_durations_and_ages_make_no_events(seeds: Timeline) -> None:
    expressions = {m.timex.text.lower() for e in seeds.events for m in e.mentions}
    assert not expressions & {"30-day", "the last three years", "three-year-old", "three years", "30 days"}


def test_titles_are_short_and_free_of_attribution(seeds: Timeline) -> None:
    for event in seeds.events:
        assert 0 < len(event.title) <= 101
        assert not event.title.endswith((" he said", " she said", "told Reuters"))
