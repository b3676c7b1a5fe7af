"""Publication dating: each step of the cascade, alignment on a synthetic corpus, the no-anchor error."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.config import Config
from timeline.dating import date_documents, explain_date, undated_error
from timeline.errors import DatingError
from timeline.model import Document, Method, PublicationDate
from timeline.tag import scan

CONFIG = Config()


def date_one(document: Document, config: Config = CONFIG) -> PublicationDate | None:
    (dated,) = date_documents([document], config)
    return dated.published


# --- given dates -------------------------------------------------------------------


def test_a_given_date_is_kept_as_it_is() -> None:
    given = PublicationDate.exact(dt.date(2025, 3, 15), Method.METADATA, "metadata.csv: published 2025-03-15")
    document = Document(id="a", text="MOSCOW, April 1, 1997 (AFP) - Talks opened.", published=given)
    (dated,) = date_documents([document], CONFIG)
    assert dated is document


def test_an_html_date_beats_the_dateline() -> None:
    given = PublicationDate.exact(dt.date(2025, 3, 15), Method.HTML, "meta article:published_time", 0.9)
    document = Document(id="a", text="MOSCOW, April 1, 1997 (AFP) - Talks opened.", published=given)
    assert date_one(document) == given


# --- dateline and byline -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, April 1, 1997 (AFP) - Russian prosecutors opened a probe.", dt.date(1997, 4, 1)),
        ("KUALA LUMPUR, April 1 , 1997 (AFP)\n\nShares fell by midday Tuesday.", dt.date(1997, 4, 1)),
        ("GAZA/RAMALLAH, Nov. 11 , 2006 (Xinhua)\n\nA ceremony was held on Saturday.", dt.date(2006, 11, 11)),
        ("LOS ANGELES, Dec 24 , 2006, 2006\n\nThe governor faces surgery.", dt.date(2006, 12, 24)),
        ("Talks resume\nPublished 15 March 2025\nThe talks resumed on Friday.", dt.date(2025, 3, 15)),
        ("Talks resume\nby Alice Padgett\n15 March 2025\nThe talks resumed.", dt.date(2025, 3, 15)),
        ("ST. PAUL, Minn., Dec. 19, 2025 /PRNewswire/ -- The council reached a deal.", dt.date(2025, 12, 19)),
        (
            "Fund Calls for Sale\n\nPublishes Letter\n\n"
            "LONDON--(BUSINESS WIRE)--March 16, 2026--The fund today published a letter.",
            dt.date(2026, 3, 16),
        ),
        (
            "Fund Calls for Sale\n\nLONDON—(BUSINESS WIRE)—March 16, 2026—The fund today published a letter.",
            dt.date(2026, 3, 16),
        ),
        (
            "Dorset Police\n\nNews\n\nMan charged following fire\n\nPublished: Monday 9 March 2026, 17:40\n\n"
            "A man has been charged.",
            dt.date(2026, 3, 9),
        ),
        (
            "Calloway Announces Acquisition\n\n"
            + "".join(f"- A point of the offer, number {n}, with its figures\n" for n in range(1, 6))
            + "\nCLEVELAND, March 19, 2026 /PRNewswire/ -- Calloway today announced an agreement.",
            dt.date(2026, 3, 19),
        ),
    ],
)
def test_a_dateline_or_byline_dates_the_article(text: str, expected: dt.date) -> None:
    published = date_one(Document(id="a", text=text))
    assert published is not None
    assert (published.date, published.method) == (expected, Method.DATELINE)
    assert published.earliest == published.latest == expected
    assert published.confidence >= 0.9


_BODY = "Negotiators met for a second round of talks, officials said. The meeting lasted four hours. " * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clock time and its zone between a byline's cue and its date, or after the date.
        (f"Walkout\nPublished 10:05 AM EDT, March 15, 2025\nUpdated 9:14 AM EDT, March 16, 2025\n{_BODY}",
         dt.date(2025, 3, 15)),
        (f"Talks stall\nBy Andrew Smith\nMarch 15, 2025 10:32 AM GMT\n\nLONDON (Reuters) - {_BODY}",
         dt.date(2025, 3, 15)),
        (f"Talks stall\nJan 10, 2025, 10:32 IST\n{_BODY}", dt.date(2025, 1, 10)),
        (f"Police arrest two\nTuesday 18 March 2025 10:32, UK\n{_BODY}", dt.date(2025, 3, 18)),
        (f"Talks stall\nMarch 16, 2025 at 10:32 a.m. EDT\n{_BODY}", dt.date(2025, 3, 16)),
        # The site's section after a dash; an author's name before the date.
        (f"Lawmakers walk out\nMar 30, 2025 - Politics & Policy\n{_BODY}", dt.date(2025, 3, 30)),
        (f"Lawmakers walk out\nBy Mychael Schnell - 06/23/25 10:32 AM ET\n{_BODY}", dt.date(2025, 6, 23)),
        # A place not in capitals, or none, where the agency follows the date.
        (f"Measles cases rise\nNew Delhi, Feb 20, 2025 (PTI) {_BODY}", dt.date(2025, 2, 20)),
        (f"Jakarta, April 6, 2025 (AFP) - {_BODY}", dt.date(2025, 4, 6)),
        # A date alone under the headline, a name and a role, before the first paragraph.
        (f"Flooding forces thousands from homes\nJohn Smith\nEconomics editor\n27 January 2025\n{_BODY}",
         dt.date(2025, 1, 27)),
        # A date among short labels on its line, or beside a clock time or a weekday.
        (f"Talks stall\nSource: Xinhua | 2024-12-02 10:32:11 | Editor: Liu\n{_BODY}", dt.date(2024, 12, 2)),
        (f"Talks stall\nReuters · 26 Feb 2025\n{_BODY}", dt.date(2025, 2, 26)),
        (f"The Times  |  Wednesday 22 January 2025  |  Page 1 of 3\nTalks stall\n{_BODY}",
         dt.date(2025, 1, 22)),
        (f"Morning Briefing — Monday, January 20, 2025\n{_BODY}", dt.date(2025, 1, 20)),
        (f"Talks stall\nINQUIRER.net / 10:32 AM April 30, 2025\n{_BODY}", dt.date(2025, 4, 30)),
        (f"Talks stall\n10:32 JST, July 3, 2025\n{_BODY}", dt.date(2025, 7, 3)),
        (f"Talks stall\nThe Guardian\nJanuary 30, 2025 Thursday\n{_BODY}", dt.date(2025, 1, 30)),
        (f"Talks stall\nWritten on the 19th of June, 2025\n{_BODY}", dt.date(2025, 6, 19)),
        # Of "Updated" and "Published" on one line, "Published".
        (f"Talks stall\nUpdated: 7 Jun 2025 12:00 | Published: 6 Jun 2025 18:40\n{_BODY}",
         dt.date(2025, 6, 6)),
        # A press release's place and dashes; ANI's country in brackets.
        (f"Acme unveils robot\nSAN FRANCISCO – March 8, 2025 – Acme Corp today announced {_BODY}",
         dt.date(2025, 3, 8)),
        (f"Rains lash city\nNew Delhi [India], July 23, 2025 (ANI): {_BODY}", dt.date(2025, 7, 23)),
        # The Guardian's last change alone under the headline, then "First published".
        (f"Dutch government collapses\nWilders quits\nSun 22 Dec 2024 08.15 GMT\n"
         f"First published on Sat 21 Dec 2024 17.32 GMT\n{_BODY}", dt.date(2024, 12, 21)),
        # A forwarded e-mail's header is the forward's, not the article's.
        ("---------- Forwarded message ---------\nFrom: Tom Roe <tom@example.com>\n"
         "Date: Tue, Feb 25, 2025 at 9:04 AM\nSubject: Thames Water\nTo: <desk@example.org>\n\n"
         f"Thames Water says it could run out of cash\nBy Simon Jack\nPublished February 23, 2025\n{_BODY}",
         dt.date(2025, 2, 23)),
        # A memo's own header stays its date.
        (f"To: News desks\nFrom: Press office\nDate: 3 March 2025\nSubject: Bridge closure\n{_BODY}",
         dt.date(2025, 3, 3)),
        # A note of the article's own correction reports no later date than its stamp.
        (f"Coroner rules on death\nInquest hears evidence\nBy Dan Milmo\nSun 6 Apr 2025 18.20 BST\n{_BODY}\n"
         "This article was amended on 9 April 2025 to correct the name of the court.", dt.date(2025, 4, 6)),
    ],
)  # fmt: skip
def test_the_stamps_of_news_sites_date_the_article(text: str, expected: dt.date) -> None:
    published = date_one(Document(id="a", text=text))
    assert published is not None
    assert (published.date, published.method) == (expected, Method.DATELINE)
    assert published.confidence >= 0.8


@pytest.mark.parametrize(
    "line",
    [
        "4 May 1938 – 1 April 2025",  # a life, under an obituary's headline
        "Latest: Markets rally as inflation eases — 7 July 2025",  # a ticker's headline
        "The ceasefire – agreed on 15 March 2025 – held",
    ],
)
def test_a_date_among_more_than_labels_is_no_stamp(line: str) -> None:
    published = date_one(Document(id="a", text=f"Talks stall\n{line}\n{_BODY}"))
    assert published is None or published.method is not Method.DATELINE


@pytest.mark.parametrize(
    ("day_first", "expected"), [(True, dt.date(2025, 6, 4)), (False, dt.date(2025, 4, 6))]
)
def test_a_stamp_of_either_order_is_read_in_the_order_configured(day_first: bool, expected: dt.date) -> None:
    config = attrs.evolve(CONFIG, day_first=day_first)
    text = f"Talks stall\nBBC News\nPublished: 04/06/2025\n{_BODY}"
    published = date_one(Document(id="a", text=text), config)
    assert published is not None
    assert (published.date, published.method) == (expected, Method.DATELINE)


def test_a_date_alone_at_the_foot_is_a_related_story_s() -> None:
    text = (
        f"Flooding forces thousands from homes\nJohn Smith\nBBC News\n15 March 2025\n{_BODY}\n{_BODY}\n"
        "More on this story\nCeasefire talks collapse\n2 March 2025"
    )
    published = date_one(Document(id="a", text=text))
    assert published is not None and published.date == dt.date(2025, 3, 15)
    # With no date at the head, the foot's date alone still dates nothing by the dateline.
    headless = text.replace("15 March 2025\n", "")
    published = date_one(Document(id="a", text=headless))
    assert published is None or published.method is not Method.DATELINE


def test_a_date_under_the_head_is_not_the_article_s_if_the_text_reports_a_later_one() -> None:
    text = f"Jane Roe\nBy John Doe\nObituaries\n12 April 1931\nShe died on 3 March 2025, he said.\n{_BODY}"
    published = date_one(Document(id="a", text=text))
    assert published is None or published.method is not Method.DATELINE


def test_a_dateline_without_its_year_takes_the_year_nearest_the_collection() -> None:
    wire = Document(id="wire", text="LISBON, Jan 2 (Reuters) - Storm Ines battered the coast on Thursday.")
    dated = Document(
        id="dated",
        text="The storm is moving north.",
        published=PublicationDate.exact(dt.date(2025, 12, 30), Method.METADATA, "given"),
    )
    published = {d.id: d.published for d in date_documents([wire, dated], Config())}["wire"]
    assert published is not None
    assert (published.date, published.method) == (dt.date(2026, 1, 2), Method.DATELINE)
    assert 0.5 < published.confidence < 0.95 and "Jan 2" in published.evidence
    # Alone, the user's --reference gives the year; without it nothing does.
    (alone,) = date_documents([wire], Config(reference=dt.date(2026, 6, 1)))
    assert alone.published is not None and alone.published.date == dt.date(2026, 1, 2)
    (undated,) = date_documents([wire], Config())
    assert undated.published is None


def test_a_dateline_without_its_year_in_a_collection_of_several_years_takes_the_inferred_year() -> None:
    def given(day: dt.date) -> PublicationDate:
        return PublicationDate.exact(day, Method.METADATA, "given")

    text = "BERLIN, March 12 (Reuters) - The talks, which opened on March 3, 2024, ended in a deal."
    wire = Document(id="wire", text=text)
    earlier = Document(id="earlier", text="Farmers protested.", published=given(dt.date(2024, 3, 10)))
    later = Document(id="later", text="Nurses went on strike.", published=given(dt.date(2025, 3, 10)))
    published = {d.id: d.published for d in date_documents([wire, earlier, later], Config())}["wire"]
    assert published is not None
    # Both years have an article near 12 March; the text's own latest date picks 2024.
    assert (published.date, published.method) == (dt.date(2024, 3, 12), Method.DATELINE)
    assert published.confidence <= 0.6 and "content" in published.evidence


def test_published_wins_over_updated() -> None:
    text = "Talks resume\nUpdated 10:32 GMT, Sat 15 Mar 2025\nFirst published 14 March 2025\nBody text."
    published = date_one(Document(id="a", text=text))
    assert published is not None and published.date == dt.date(2025, 3, 14)


def test_a_trailing_published_line_counts() -> None:
    body = "The talks went on all week, officials said. " * 20
    published = date_one(Document(id="a", text=f"Talks resume\n{body}\nPublished 15 March 2025"))
    assert published is not None
    assert (published.date, published.method) == (dt.date(2025, 3, 15), Method.DATELINE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A release quoted below the head does not date the report that quotes it.
        (
            "Acme shares jump on takeover bid\nBy Jane Doe\nPublished 20 March 2026\n\n"
            "Acme shares rose 20% on Friday after a bid.\nThe bidder said in a statement:\n"
            "NEW YORK, March 2, 2026 /PRNewswire/ -- Bidco today made an offer.",
            dt.date(2026, 3, 20),
        ),
        # A label in capitals and a dash is no place: the dateline is OSLO's.
        (
            "Acme declares dividend\n\nRECORD DATE – 10 April 2026\nOSLO, 16 March 2026 – Acme ASA declared "
            "a dividend.",
            dt.date(2026, 3, 16),
        ),
        # Nor is a date on the fourth line (an obituary's date of birth).
        ("Obituary: Jane Roe\nBy John Doe\n\nJane Roe, poet\n12 April 1931\n\nShe wrote ten books.", None),
    ],
)
def test_what_is_no_dateline(text: str, expected: dt.date | None) -> None:
    published = date_one(Document(id="a", text=text))
    found = published.date if published is not None and published.method is Method.DATELINE else None
    assert found == expected


def test_a_bare_date_line_below_the_head_is_no_dateline() -> None:
    # Below the first few lines only a wire dateline counts: a date alone on a line there heads a
    # section ("Monday 10 March 2025" in a live blog), not the article.
    lines = [f"Paragraph {n} of the report, with its detail." for n in range(1, 7)]
    text = "Talks resume\n\n" + "\n".join(lines) + "\n\n10 March 2025\n\nThe talks resumed."
    published = date_one(Document(id="a", text=text))
    assert published is None or published.method is not Method.DATELINE


def test_a_date_in_the_body_is_no_dateline() -> None:
    text = "Talks resume\nThe ceasefire announced on March 3, 2025 will be tested next week, officials say."
    published = date_one(Document(id="a", text=text))
    assert published is None or published.method is not Method.DATELINE


# --- URL and file name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected", "method"),
    [
        ({"url": "https://example.com/world/2025/03/15/talks-resume"}, dt.date(2025, 3, 15), Method.URL),
        ({"path": "articles/2025-03-15-talks.txt"}, dt.date(2025, 3, 15), Method.FILENAME),
        ({"path": "articles/AFP_ENG_19970401.0006.tml"}, dt.date(1997, 4, 1), Method.FILENAME),
        ({"id": "story-20250315"}, dt.date(2025, 3, 15), Method.FILENAME),
        ({"url": "https://www.theguardian.com/world/2025/mar/16/talks"}, dt.date(2025, 3, 16), Method.URL),
        ({"path": "articles/16-04-2025-story.txt"}, dt.date(2025, 4, 16), Method.FILENAME),  # day first
        ({"path": "articles/04.16.2025 talks.txt"}, dt.date(2025, 4, 16), Method.FILENAME),  # month first
        ({"path": "archive/2025/04/20/story.txt"}, dt.date(2025, 4, 20), Method.FILENAME),
        ({"path": "archive\\2025-04-20\\story.txt"}, dt.date(2025, 4, 20), Method.FILENAME),
        ({"path": "2024-12-01/archive/2025/04/20/story.txt"}, dt.date(2025, 4, 20), Method.FILENAME),
        ({"path": "2025/04/20/story-2025-04-19.txt"}, dt.date(2025, 4, 19), Method.FILENAME),  # name first
        ({"path": "news/2024/nov/06/landing.txt"}, dt.date(2024, 11, 6), Method.FILENAME),
        ({"path": "saved/24 October 2024 - Met opera Aida.txt"}, dt.date(2024, 10, 24), Method.FILENAME),
        ({"path": "saved/Oct 29 2024 oil fund profit.txt"}, dt.date(2024, 10, 29), Method.FILENAME),
        ({"path": "saved/2024-Nov-01 farmers protest.txt"}, dt.date(2024, 11, 1), Method.FILENAME),
        ({"path": "saved/story_20241018T103200Z.txt"}, dt.date(2024, 10, 18), Method.FILENAME),
    ],
)
def test_a_date_in_the_url_or_file_name(fields: dict[str, Any], expected: dt.date, method: Method) -> None:
    document = attrs.evolve(Document(id="a", text="The talks resumed."), **fields)
    published = date_one(document)
    assert published is not None
    assert (published.date, published.method) == (expected, method)
    assert 0.7 <= published.confidence < 0.95


def test_a_folder_date_is_less_sure_than_the_files_own_name() -> None:
    in_folder = date_one(Document(id="a", text="The talks resumed.", path="2025/04/20/story.txt"))
    in_name = date_one(Document(id="a", text="The talks resumed.", path="news/2025-04-20-story.txt"))
    assert in_folder is not None and in_name is not None
    assert in_folder.evidence == "folder '2025/04/20'"
    assert in_folder.confidence < in_name.confidence


@pytest.mark.parametrize(
    "path",
    [
        "articles/20251345.txt",
        "articles/18500101.txt",
        "articles/123456789.txt",
        "articles/9f20250315ab.txt",
        "articles/04-05-2025-story.txt",  # the 4th of May or the 5th of April
        "articles/31-02-2025.txt",
        "2025/13/01/story.txt",
    ],
)
def test_numbers_that_are_no_dates_are_ignored(path: str) -> None:
    assert date_one(Document(id="a", text="The talks resumed.", path=path)) is None


# --- content ---------------------------------------------------------------------------


def test_content_alone_gives_a_low_confidence_lower_bound() -> None:
    text = "Talks\nThe minister resigned on March 3, 2025, aides said. Talks stalled in February 2025."
    published = date_one(Document(id="a", text=text))
    assert published is not None
    assert published.method is Method.CONTENT
    assert published.date == published.earliest == dt.date(2025, 3, 3)
    assert published.latest > published.earliest
    assert published.confidence <= 0.3
    assert "March 3, 2025" in published.evidence


def test_content_ignores_future_dates() -> None:
    text = "Talks\nThe minister resigned on March 3, 2025, aides said. Elections will be held on May 4, 2025."
    published = date_one(Document(id="a", text=text))
    assert published is not None and published.date == dt.date(2025, 3, 3)


def test_a_weekday_and_date_pair_picks_its_year() -> None:
    # 11 March fell on a Tuesday in 2025 (and in 2031, 2036), not in 2024 or 2026.
    text = "Talks\nThe ceasefire was agreed on Tuesday, March 11, officials said."
    published = date_one(Document(id="a", text=text), Config(reference=dt.date(2025, 6, 1)))
    assert published is not None
    assert (published.date, published.method) == (dt.date(2025, 3, 11), Method.CONTENT)


# --- the reference and the no-anchor error -----------------------------------------------


def test_the_reference_is_the_last_resort_and_says_so() -> None:
    reference = dt.date(2025, 3, 16)
    published = date_one(Document(id="a", text="Talks resumed yesterday."), Config(reference=reference))
    assert published is not None
    assert (published.date, published.method, published.confidence) == (reference, Method.REFERENCE, 0.0)
    assert "--reference" in published.evidence and "assum" in published.evidence


def test_nothing_to_anchor_leaves_the_document_undated() -> None:
    documents = [Document(id="x1", text="Talks resumed yesterday."), Document(id="x2", text="No dates here.")]
    dated = date_documents(documents, Config())
    assert [d.published for d in dated] == [None, None]


def test_undated_error_names_the_documents_and_both_remedies() -> None:
    documents = [Document(id="x1", text="a"), Document(id="x2", text="b")]
    error = undated_error(documents)
    assert isinstance(error, DatingError) and isinstance(error, ValueError)
    assert error.documents == ("x1", "x2")
    message = str(error)
    assert "x1" in message and "x2" in message
    assert "--metadata" in message and "metadata.csv" in message and "--reference" in message
    # A library caller is told the same in Python's terms.
    assert "metadata=" in message and "Config(reference=" in message


def test_undated_error_says_when_a_dateline_lacks_its_year() -> None:
    documents = [
        Document(id="x1", text="LONDON, March 4 (Reuters) - Train drivers will strike on Friday."),
        Document(id="x2", text="No dates here."),
    ]
    message = str(undated_error(documents))
    assert "gives the day but not the year (x1: 'LONDON, March 4 (Reuters)" in message
    assert "x2:" not in message
    assert "year" not in str(undated_error(documents[1:])).split("the other articles:")[1]


def test_documents_keep_their_order_and_precomputed_scans_are_used() -> None:
    documents = [
        Document(id="b", text="Talks\nPublished 15 March 2025\nText."),
        Document(id="a", text="MOSCOW, April 1, 1997 (AFP) - Text."),
    ]
    timexes = {d.id: scan(d.text) for d in documents}
    dated = date_documents(documents, CONFIG, timexes)
    assert [d.id for d in dated] == ["b", "a"]
    assert [d.published.date for d in dated if d.published] == [dt.date(2025, 3, 15), dt.date(1997, 4, 1)]


def test_explain_date_reads_like_a_header() -> None:
    published = PublicationDate(
        dt.date(2025, 3, 16), Method.ALIGNMENT, 0.6, "aligned with 002 on 'virtual summit'",
        dt.date(2025, 3, 16), dt.date(2025, 3, 17),
    )  # fmt: skip
    line = explain_date(published)
    assert line.startswith("Sun 16 Mar 2025")
    assert "inferred: aligned with 002" in line and "2025-03-17" in line


# --- alignment ---------------------------------------------------------------------------------

# Made-up topics: each event has words no other event shares, as real stories have names.
TOPICS = [
    "the Zorblat harbour summit in Quenton",
    "the Vintrel dam collapse near Osk",
    "the Marrowby bank robbery in Plexa",
    "the Tundrel football final in Yarrow",
    "the Quillan railway strike at Dunmore",
    "the Brisket orchestra premiere in Lomb",
]


def relative(days: int) -> str:
    """How an article published ``days`` after an event names the event's day."""
    return {0: "today", 1: "yesterday", -1: "tomorrow"}.get(days, f"{days} days ago" if days > 0 else "")


def article(events: list[tuple[int, dt.date]], published: dt.date) -> str:
    lines = ["News roundup"]
    for topic, day in events:
        lines.append(
            f"Officials described {TOPICS[topic]}, which took place {relative((published - day).days)}."
        )
    return "\n".join(lines)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Document], dict[str, dt.date]]:
    """Dated articles and one undated article reporting some of the same events."""
    base = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    days = [base + dt.timedelta(days=draw(st.integers(0, 3))) for _ in TOPICS]
    hidden = max(days) + dt.timedelta(days=draw(st.integers(0, 2)))
    documents, truth = [], {}
    for n, topics in enumerate(([0, 1, 2], [3, 4, 5])):
        published = max(days[t] for t in topics) + dt.timedelta(days=draw(st.integers(0, 2)))
        documents.append(
            Document(
                id=f"dated{n}",
                text=article([(t, days[t]) for t in topics], published),
                published=PublicationDate.exact(published, Method.METADATA, "test"),
            )
        )
    shared = draw(st.lists(st.sampled_from(range(len(TOPICS))), min_size=3, max_size=4, unique=True))
    events = [(t, days[t]) for t in shared if (hidden - days[t]).days <= 6]
    documents.append(Document(id="undated", text=article(events, hidden)))
    truth["undated"] = hidden
    return documents, truth


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_alignment_recovers_a_hidden_date(corpus: tuple[list[Document], dict[str, dt.date]]) -> None:
    documents, truth = corpus
    dated = {d.id: d.published for d in date_documents(documents, CONFIG)}
    published = dated["undated"]
    assert published is not None
    assert published.method is Method.ALIGNMENT
    assert published.earliest <= truth["undated"] <= published.latest
    assert published.date == truth["undated"]
    assert published.evidence.startswith("aligned with dated")


def test_alignment_iterates_through_a_chain_of_articles() -> None:
    # C shares events only with B, and B only with A: C can be dated only once B is.
    a_day = dt.date(2025, 3, 10)
    day = {t: a_day - dt.timedelta(days=t % 2) for t in range(6)}
    a = Document(
        id="A",
        text=article([(0, day[0]), (1, day[1]), (2, day[2])], a_day),
        published=PublicationDate.exact(a_day, Method.METADATA, "test"),
    )
    b_day = a_day + dt.timedelta(days=1)
    b = Document(id="B", text=article([(0, day[0]), (1, day[1]), (2, day[2]), (3, b_day), (4, b_day)], b_day))
    c_day = b_day + dt.timedelta(days=2)
    c = Document(id="C", text=article([(3, b_day), (4, b_day), (5, c_day)], c_day))
    dated = {d.id: d.published for d in date_documents([a, b, c], CONFIG)}
    assert dated["B"] is not None and dated["B"].date == b_day
    assert dated["C"] is not None and dated["C"].date == c_day
    assert "aligned with B" in dated["C"].evidence


@pytest.mark.parametrize(
    ("entries", "expected"),
    [(100, 40.0), (10_000, 200.0), (1_000_000, 1000.0)],  # the floor, the share, the cap
)
def test_a_lookup_is_bounded_however_large_the_collection(entries: int, expected: float) -> None:
    # Without the cap, each lookup grew with the collection, and alignment with its square.
    from timeline.dating import _postings

    assert _postings(entries, 40.0, 0.02, 1000.0) == pytest.approx(expected)


def test_the_seed_story_dates_a_day_after_yesterday() -> None:
    """The issue's example: "said yesterday" after a virtual meeting reported on Saturday morning."""
    saturday = dt.date(2025, 3, 15)
    dated = Document(
        id="002",
        text="Starmer hosts allies\nThe prime minister held the virtual summit of the coalition of the "
        "willing on Saturday morning, with some 25 fellow leaders.\n"
        "Military chiefs will meet in London on Thursday.",
        published=PublicationDate.exact(saturday, Method.METADATA, "test"),
    )
    undated = Document(
        id="001",
        text="Allies step up\nThe prime minister said yesterday that the coalition of the willing, meeting "
        "at a virtual summit with 25 fellow leaders, was ready.\n"
        "Military chiefs will meet in London on Thursday.",
    )
    published = {d.id: d.published for d in date_documents([dated, undated], CONFIG)}["001"]
    assert published is not None
    assert published.date == dt.date(2025, 3, 16)
    assert published.evidence.startswith("aligned with 002 on '")


def test_an_undated_article_on_another_story_is_not_aligned() -> None:
    dated = Document(
        id="d",
        text=article([(0, dt.date(2025, 3, 14))], dt.date(2025, 3, 15)),
        published=PublicationDate.exact(dt.date(2025, 3, 15), Method.METADATA, "test"),
    )
    other = Document(id="u", text="Gardening tips\nWater the roses yesterday, experts advised.")
    (_, result) = date_documents([dated, other], CONFIG)
    assert result.published is None


def test_an_event_that_lands_on_its_day_from_any_date_does_not_make_alignment_sure() -> None:
    # "The summit on Nov. 25" meets the dated reports at every candidate date: the topic (dated
    # articles on the 16th and 18th) and the weekday chose Monday the 17th, and are no surer than
    # they are without a shared event.  It had been 0.48, and a wire story's week off at 0.84.
    from timeline.dating import _TOPIC_ONLY_CEILING

    head = "Zorblat summit ahead\nZorblat leaders will open the Quenton summit on Nov. 25, officials said"
    dated = [
        Document(
            id=f"x{n}",
            text=f"{head}.",
            published=PublicationDate.exact(dt.date(2025, 11, 16 + 2 * (n % 2)), Method.METADATA, "test"),
        )
        for n in range(4)
    ]
    undated = Document(id="u", text=f"{head} on Monday.\nVintrel farmers harvested record crops on Nov. 14.")
    published = date_documents([*dated, undated], CONFIG)[-1].published
    assert published is not None
    assert published.method is Method.ALIGNMENT
    assert published.date == dt.date(2025, 11, 17)
    assert published.confidence <= _TOPIC_ONLY_CEILING


@pytest.mark.parametrize(
    "text",
    [
        "Talks began on Tuesday and resumed yesterday; a vote is due next week, on March 20.",
        "Profit rose in the third quarter from a year earlier. Sales fell last year.",
        "The strike began on March 3, 2025. The following day, talks collapsed. Two days later they resumed.",
        "The deal, signed on 03/04/2025, takes effect in Q2 and ends next month.",
        "From January to October, exports rose. The fair will run from 1 October to 31 January.",
    ],
)
def test_alignment_resolves_exactly_as_the_tagger_does(text: str) -> None:
    # Alignment memoizes spans by symbol and date; they must stay those of tag.resolve_all.
    from timeline.dating import _independent, _Spans, _usable
    from timeline.tag import resolve_all

    timexes = [t for t in scan(text) if _usable(t)]
    spans = _Spans()
    ids = spans.ids(timexes)
    for offset in range(0, 400, 37):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=offset)
        expected = [t.span for t in resolve_all(timexes, day)]
        assert spans.spans(timexes, ids, day, _independent(timexes)) == expected


# --- the lead --------------------------------------------------------------------------------


def test_the_lead_is_the_first_paragraph_that_reads_as_prose() -> None:
    from timeline.dating import _lead_end

    text = "Shares fall\nBy Ann Lee\nShares fell on Tuesday, traders said.\nOn Monday they had risen."
    assert text[: _lead_end(text)].endswith("Shares fell on Tuesday, traders said.\n")
    assert _lead_end("A headline\nand a byline") == 0


def test_the_lead_and_the_body_are_learnt_apart() -> None:
    # Wire copy names the day of publication in its lead and the days before it in its body.
    from timeline.dating import _lead_end, _Recency, _recency_key, _style, _telling
    from timeline.tag import resolve_all

    recency = _Recency()
    tuesday = dt.date(2006, 11, 14)
    text = "Shares fall\nShares fell on Tuesday, traders said.\nOn Monday they had risen, as on Monday night."
    timexes = scan(text)
    for week in range(8):
        published = tuesday + dt.timedelta(weeks=week)
        spans = [t.span for t in resolve_all(timexes, published)]
        recency.learn(timexes, spans, published, _lead_end(text))
    lead, body = (t for t in timexes if _telling(t) and t.text.endswith(("Tuesday", "Monday")))
    lead_table = recency.table(_recency_key(_style(timexes), lead, _lead_end(text)))
    body_table = recency.table(_recency_key(_style(timexes), body, _lead_end(text)))
    assert max(lead_table, key=lambda lag: lead_table[lag]) == 0
    assert max(body_table, key=lambda lag: body_table[lag]) == 1


def test_a_weekday_in_the_lead_picks_the_day_within_the_week() -> None:
    # A week of dated reports on one story; the undated one's lead names its own day.
    start = dt.date(2006, 11, 13)  # a Monday
    documents = []
    for offset in range(6):
        day = start + dt.timedelta(days=offset)
        documents.append(
            Document(
                id=f"d{offset}",
                text=f"Zorblat talks go on\nZorblat negotiators met in Quenton on {day:%A}, officials said.\n"
                f"The Vintrel delegation had arrived on {day - dt.timedelta(days=1):%A}.",
                published=PublicationDate.exact(day, Method.METADATA, "test"),
            )
        )
    hidden = start + dt.timedelta(days=3)  # Thursday
    documents.append(
        Document(
            id="u",
            text="Zorblat talks stall\n"
            "Zorblat negotiators in Quenton broke off talks on Thursday, officials said.\n"
            "The Vintrel delegation had left on Wednesday.",
        )
    )
    published = date_documents(documents, CONFIG)[-1].published
    assert published is not None and published.date == hidden


def test_the_calendar_dates_a_text_names_are_candidate_days() -> None:
    from timeline.dating import _named_days, _telling

    timexes = scan("Talks ended on Nov. 17, and a deal signed on February 29, 2004 was recalled on Tuesday.")
    telling = [p for p, t in enumerate(timexes) if _telling(t)]
    days = _named_days(timexes, telling, dt.date(2004, 10, 1), dt.date(2006, 12, 31))
    # "Nov. 17" in each year of the window; the deal's date lies before it; a weekday is no calendar date.
    assert days == {
        dt.date(2004, 11, 17).toordinal(),
        dt.date(2005, 11, 17).toordinal(),
        dt.date(2006, 11, 17).toordinal(),
    }
    assert _named_days(timexes, telling, dt.date(2004, 1, 1), dt.date(2004, 3, 1)) == {
        dt.date(2004, 2, 29).toordinal()
    }


def test_a_relative_dateline_never_reads_the_clock() -> None:
    from timeline.config import Config as _Config
    from timeline.dating import from_dateline as _from_dateline
    from timeline.load import load_text as _load_text
    from timeline.tag import scan as _scan

    for text in (
        "MOSCOW, 3 days ago 2006 (Reuters) - Talks were held on Tuesday.",
        "LONDON, yesterday 2025 (AFP) - Talks were held on Tuesday.",
    ):
        doc = _load_text(text, id="x")
        assert _from_dateline(doc, _scan(doc.text), _Config()) is None


def test_a_weekday_in_the_lead_outweighs_agreement_on_another_weekday() -> None:
    # The lead names Thursday as the day; the body's "on Friday" meets a dated report of a Friday.
    # Read from a Friday, that report's Friday would be today; read from a Thursday, it is the
    # Friday before, so the article was published on the Thursday after the report.
    friday = dt.date(2006, 11, 17)
    report = Document(
        id="fri",
        text="Zorblat market report\n"
        "The Zorblat fish market in Quenton closed early on Friday, traders said.\n"
        "Vintrel prices were steady on Friday.",
        published=PublicationDate.exact(friday, Method.METADATA, "test"),
    )
    undated = Document(
        id="u",
        text="Quenton harbour reopens\n"
        "The Quenton harbour reopened to Zorblat trawlers on Thursday, officials said.\n"
        "The Zorblat fish market in Quenton had closed early on Friday, traders said, "
        "and Vintrel prices were steady on Friday.\n"
        "Ferries resumed on Wednesday and Tuesday.",
    )
    published = date_documents([report, undated], CONFIG)[-1].published
    assert published is not None
    assert published.date == dt.date(2006, 11, 23)
    assert published.evidence.startswith("aligned with fri")


def test_a_date_still_ahead_in_the_text_is_not_already_past() -> None:
    # Read on Wed 7 Jan, "will vote on Jan. 6" lands on the day before (resolution keeps the much
    # nearer date against the tense), and both sentences meet the later report; but the article
    # was written before the vote, on the Wednesday the first report gives.
    deal_day, vote_day = dt.date(2025, 12, 24), dt.date(2026, 1, 7)
    deal = Document(
        id="deal",
        text="Zorblat buses run again\nZorblat buses in Quenton rolled again on Wednesday, the union said.",
        published=PublicationDate.exact(deal_day, Method.METADATA, "test"),
    )
    vote = Document(
        id="vote",
        text="Zorblat workers ratify\nZorblat members voted on the Vintrel contract on Tuesday, "
        "the union said on Wednesday.\nZorblat buses in Quenton rolled again on Wednesday.",
        published=PublicationDate.exact(vote_day, Method.METADATA, "test"),
    )
    undated = Document(
        id="u",
        text="Zorblat deal struck\nZorblat buses in Quenton rolled again on Wednesday, the union said.\n"
        "Zorblat members will vote on the Vintrel contract on Jan. 6.",
    )
    published = date_documents([deal, vote, undated], CONFIG)[-1].published
    assert published is not None
    assert published.date == deal_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("32,879 people were surveyed in 2005. A survey found more in 2000.", dt.date(2005, 1, 1)),
        ("The fraud began in September 2003, prosecutors said.", dt.date(2003, 9, 1)),
        ("The games will be held in 2008.", None),  # a future year says nothing of when it was written
        ("The deal was signed on March 3, 2004.", None),  # full dates are the content bound's
    ],
)
def test_a_past_year_or_month_is_a_floor_for_alignment(text: str, expected: dt.date | None) -> None:
    from timeline.dating import _past_floor

    floor = _past_floor(text, scan(text))
    assert (floor.date if floor is not None else None) == expected


# IGNORECASE reads "ı" as "i" and "ſ" as "s": such endings are searched for too.
_WEEKDAY_ENDS = [
    "", "Mon", "monday", "Tues", "WEDNESDAY", "Thurs.", "sat,", "Sunday.,", "xfri",
    "frı", "ſun", "tueſ", "fRİ",
]  # fmt: skip


@given(
    st.text(alphabet="aoy., \n\u00a0", max_size=30),
    st.sampled_from(_WEEKDAY_ENDS),
    st.text(alphabet=" .,\t\u00a0x", max_size=8),
)
def test_a_weekday_is_stripped_from_the_end_of_a_long_text(head: str, word: str, tail: str) -> None:
    from timeline.dating import _WEEKDAY_WORD, _strip_weekday

    before = head * 10 + word + tail
    assert _strip_weekday(before) == _WEEKDAY_WORD.sub("", before)
