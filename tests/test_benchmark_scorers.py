"""The pure parts of the benchmark scripts: TimeML/timeline readers and scorers.

The scripts live in tests/benchmarks (not collected); their library calls are
imported lazily, so importing them here needs neither the corpora nor the
later pipeline stages.
"""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))

from adversarial_corpus import adversarial_strings
from corpus import (
    GoldMention,
    GoldTimelineEvent,
    Sentence,
    body_text,
    dateline_text,
    join_sentences,
    parse_gold_timeline,
    parse_timeml,
)
from dating import known_half
from scoring import (
    Annotation,
    DatingOutcome,
    ExtentCounts,
    SystemEvent,
    SystemMention,
    calibration,
    context,
    dating_by_method,
    f1,
    gold_date_matches,
    match_document,
    most_common_texts,
    relaxed_matches,
    score_semeval,
    strict_matches,
    summarize_dating,
    target_line,
    unique_gold_events,
    value_distance,
    value_kind,
)
from tempeval import system_annotations
from throughput import shifted_copies

from timeline.model import Kind, Symbol, Timex, TimexType

D = dt.date

TIMEBANK_DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T10:00:00"
  functionInDocument="CREATION_TIME">01/08/98</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> that
it <EVENT eid="e2">grew</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1997"
  ><EVENT eid="e3">the</EVENT> year 1997</TIMEX3>.
</TEXT>
</TimeML>
"""

SILVER_DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>AFP_ENG_19970401.0006</DOCID>
<DCT>KUALA LUMPUR, <TIMEX3 tid="t0" type="TIME" value="1997-04-01"
  functionInDocument="CREATION_TIME">April 1 ,
1997</TIMEX3> (AFP)</DCT>
<TITLE>Shares  fall</TITLE>
<TEXT>

Shares <EVENT eid="e1">dipped</EVENT> <TIMEX3 type="DATE" value="1997-04-01" tid="t1">Tuesday</TIMEX3>.

</TEXT>
</TimeML>
"""

SEMEVAL_DOC = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>100</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE"
  value="2008-01-09">2008-01-09</TIMEX3></DCT>
<EXTRAINFO>Apple lowers prices</EXTRAINFO>
<TEXT><s id="1">January 09 , 2008</s><s id="2">Apple <EVENT eid="e1">cut</EVENT> prices .</s></TEXT>
</TimeML>
"""


# ---------------------------------------------------------------- readers


def test_parse_timeml_offsets_point_into_the_tagless_text() -> None:
    doc = parse_timeml(TIMEBANK_DOC)
    assert doc.id == "TEST001"
    assert doc.dct == D(1998, 1, 8)
    assert doc.text.startswith("\nAT&T said yesterday that\nit grew")
    assert [(t.text, t.type, t.value, t.tid) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07", "t1"),
        ("the year 1997", "DATE", "1997", "t2"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.start : timex.end] == timex.text


def test_parse_timeml_keeps_the_dateline_and_title() -> None:
    doc = parse_timeml(SILVER_DOC)
    assert doc.dct == D(1997, 4, 1)
    assert doc.dct_text == "KUALA LUMPUR, April 1 ,\n1997 (AFP)"
    assert doc.title == "Shares fall"
    assert dateline_text(doc) == "KUALA LUMPUR, April 1 , 1997 (AFP)\n\nShares fall\n\nShares dipped Tuesday."
    assert body_text(doc) == "Shares fall\n\nShares dipped Tuesday."


def test_parse_timeml_without_dct_or_text() -> None:
    doc = parse_timeml("<TimeML><DOCID>x</DOCID></TimeML>", doc_id="file")
    assert (doc.id, doc.dct, doc.text, doc.timexes, doc.title) == ("x", None, "", (), None)
    assert parse_timeml("<TimeML/>", doc_id="file").id == "file"


def test_sentences_joined_by_newlines_keep_their_offsets() -> None:
    doc = parse_timeml(SEMEVAL_DOC)
    assert doc.extrainfo == "Apple lowers prices"
    assert [(s.id, doc.text[s.start : s.end]) for s in doc.sentences] == [
        (1, "January 09 , 2008"),
        (2, "Apple cut prices ."),
    ]
    text, sentences = join_sentences(doc)
    assert text == "January 09 , 2008\nApple cut prices ."
    assert [(s.id, text[s.start : s.end]) for s in sentences] == [
        (1, "January 09 , 2008"),
        (2, "Apple cut prices ."),
    ]


def test_parse_gold_timeline() -> None:
    content = (
        "iPhone 4\n"
        "0\tXXXX-XX-XX\t16844-16-use\n"
        "2\t2010-06-07\t16844-5-introducing\t16900-11-introduced\n"
        "3\t2006-03\t4596-2-court_case\n"
        "\n"
    )
    entity, events = parse_gold_timeline(content, "iphone_4")
    assert entity == "iPhone 4"
    assert [e.line_id for e in events] == ["iphone_4:2", "iphone_4:3", "iphone_4:4"]
    assert events[1] == GoldTimelineEvent(
        "iphone_4:3",
        2,
        "2010-06-07",
        (GoldMention("16844", 5, "introducing"), GoldMention("16900", 11, "introduced")),
    )
    assert events[2].mentions == (GoldMention("4596", 2, "court_case"),)


# ---------------------------------------------------------------- TempEval-3


def ann(start: int, end: int, value: str | None = None, type_: str = "DATE", text: str = "") -> Annotation:
    return Annotation(start, end, text or f"x{start}", type_, value)


def test_strict_matches_need_identical_offsets_and_are_one_to_one() -> None:
    gold = [ann(0, 5), ann(10, 15), ann(20, 25)]
    system = [ann(0, 5), ann(0, 5), ann(10, 14), ann(20, 25)]
    assert strict_matches(gold, system) == [(0, 0), (2, 3)]


def test_relaxed_matches_any_overlap_one_to_one_exact_first() -> None:
    gold = [ann(0, 10), ann(12, 20)]
    # System 0 overlaps both gold expressions; system 1 is exact for gold 1.
    system = [ann(5, 15), ann(12, 20), ann(30, 31)]
    assert relaxed_matches(gold, system) == [(0, 0), (1, 1)]
    # Largest overlap wins when nothing is exact.
    assert relaxed_matches([ann(0, 10)], [ann(8, 12), ann(2, 9)]) == [(0, 1)]
    # Touching is not overlapping.
    assert relaxed_matches([ann(0, 10)], [ann(10, 12)]) == []


def test_match_document_counts_and_errors() -> None:
    gold = [ann(0, 5, "1998-01-07"), ann(10, 20, "1997"), ann(30, 35, "P1W", "DURATION"), ann(40, 45, "1998")]
    system = [ann(0, 5, "1998-01-07"), ann(12, 20, "1996"), ann(30, 35, "P1W", "DATE"), ann(50, 55, "1999")]
    report = match_document(gold, system)
    counts = report.counts
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (4, 4, 2, 3)
    assert (counts.type_correct, counts.value_correct) == (2, 2)
    assert report.value_errors == [(gold[1], system[1])]
    assert report.missed == [gold[3]]
    assert report.spurious == [system[3]]


def test_extent_counts_figures() -> None:
    counts = ExtentCounts(gold=10, system=8, strict=6, relaxed=8, type_correct=7, value_correct=4)
    assert counts.strict_prf == pytest.approx((0.75, 0.6, f1(0.75, 0.6)))
    assert counts.relaxed_prf == pytest.approx((1.0, 0.8, 8 / 9))
    # TempEval-3 value F1: precision 4/8, recall 4/10.
    assert counts.value_prf == pytest.approx((0.5, 0.4, 4 / 9))
    assert counts.type_accuracy == pytest.approx(7 / 8)
    assert counts.value_accuracy == pytest.approx(0.5)
    total = ExtentCounts()
    total.add(counts)
    total.add(counts)
    assert total == ExtentCounts(20, 16, 12, 16, 14, 8)
    assert ExtentCounts().strict_prf == (0.0, 0.0, 0.0)
    assert ExtentCounts().value_accuracy == 0.0


@pytest.mark.parametrize(
    ("value", "timex_type", "kind"),
    [
        ("1998-01-08", "DATE", "day"),
        ("1990-XX-XX", "DATE", "day"),
        ("1998-W08", "DATE", "week"),
        ("1998-WXX", "DATE", "week"),
        ("1998-W10-WE", "DATE", "week"),
        ("1998-02", "DATE", "month"),
        ("1998", "DATE", "year"),
        ("1988-Q3", "DATE", "quarter"),
        ("1988-QX", "DATE", "quarter"),
        ("1998-SU", "DATE", "season"),
        ("1989-H2", "DATE", "half"),
        ("198", "DATE", "decade"),
        ("199X", "DATE", "decade"),
        ("P1W", "DURATION", "duration"),
        ("PT24H", "DURATION", "duration"),
        ("PRESENT_REF", "DATE", "ref"),
        ("PAST_REF", "DATE", "ref"),
        ("FUTURE_REF", "DATE", "ref"),
        ("1998-02-11T22:00", "TIME", "time"),
        ("1991-02-16TNI", "TIME", "time"),
        ("XXXX-WXX-1TNI", "SET", "set"),
        ("XXXX-WXX-1", "", "set"),
        ("P1D", "SET", "set"),
        ("19", "DATE", "other"),
        ("FY1989", "DATE", "other"),
    ],
)
def test_value_kind(value: str, timex_type: str, kind: str) -> None:
    assert value_kind(value, timex_type) == kind


def test_value_distance() -> None:
    assert value_distance("1998-02", "1997-02") == 365
    assert value_distance("1998-01-08", "1998-01-08") == 0
    assert value_distance("1998-W02", "1998-01-05") == 0
    assert value_distance("1988-Q3", "1988") == (D(1988, 7, 1) - D(1988, 1, 1)).days
    assert value_distance("1994-WI", "1997-WI") == (D(1997, 12, 1) - D(1994, 12, 1)).days
    assert value_distance("199X", "1990") == 0
    assert math.isinf(value_distance("P1W", "1998-W02"))
    assert math.isinf(value_distance("1998-02-30", "1998-02"))
    assert math.isinf(value_distance("1998", None))


def test_context_brackets_the_expression_on_one_line() -> None:
    text = "The leaders\nmet on Tuesday in Paris and agreed."
    start = text.index("Tuesday")
    shown = context(text, start, start + 7, width=27)
    assert shown == "rs met on [Tuesday] in Paris"  # 10 characters either side
    assert context("Tuesday", 0, 7) == "[Tuesday]"


def test_system_annotations_read_timeline_timexes() -> None:
    timex = Timex(3, 10, "Tuesday", TimexType.DATE, Symbol(Kind.WEEKDAY, weekday=2), "weekday", "1998-01-06")
    assert system_annotations([timex]) == [Annotation(3, 10, "Tuesday", "DATE", "1998-01-06")]


def test_most_common_texts_fold_case_and_spaces() -> None:
    annotations = [ann(0, 1, text="Now"), ann(2, 3, text="now"), ann(4, 5, text="last  year")]
    assert most_common_texts(annotations, 1) == [("now", 2)]
    assert most_common_texts(annotations, 5)[1] == ("last year", 1)


def test_target_line() -> None:
    assert target_line("F1", 0.9, 0.88) == "TARGET MET: F1 = 0.900 (target >= 0.880)"
    assert target_line("F1", 0.8, 0.88).startswith("TARGET MISSED")
    assert (
        target_line("ratio", 3.0, 3.3, fmt="{:.1f}", at_most=True)
        == "TARGET MET: ratio = 3.0 (target <= 3.3)"
    )


# ---------------------------------------------------------------- dating


OUTCOMES = [
    DatingOutcome("a", D(1997, 4, 1), D(1997, 4, 1), 0.95, "dateline"),
    DatingOutcome("b", D(1997, 4, 1), D(1997, 4, 2), 0.5, "content"),
    DatingOutcome("c", D(1997, 4, 1), D(1997, 4, 6), 0.85, "content"),
    DatingOutcome("d", D(1997, 4, 1), D(1997, 5, 1), 0.1, "alignment"),
    DatingOutcome("e", D(1997, 4, 1), None),
    DatingOutcome("f", D(1997, 4, 1), D(1997, 4, 1), 1.0, "alignment"),
]


def test_summarize_dating() -> None:
    summary = summarize_dating(OUTCOMES)
    assert (summary.total, summary.exact, summary.within_1, summary.within_7, summary.undated) == (
        6,
        2,
        3,
        4,
        1,
    )
    assert summary.high_confidence_wrong == 1  # "c": 0.85 and five days off
    assert summary.rate(summary.exact) == pytest.approx(1 / 3)
    assert summarize_dating([]).rate(0) == 0.0


def test_calibration_buckets_include_one_in_the_last() -> None:
    table = calibration(OUTCOMES)
    assert [label for label, _, _ in table] == [
        "[0.0,0.2)",
        "[0.2,0.4)",
        "[0.4,0.6)",
        "[0.6,0.8)",
        "[0.8,1.0]",
    ]
    assert [(n, exact) for _, n, exact in table] == [(1, 0), (0, 0), (1, 0), (0, 0), (3, 2)]
    edge = [
        DatingOutcome("x", D(2000, 1, 1), D(2000, 1, 1), 0.8),
        DatingOutcome("y", D(2000, 1, 1), D(2000, 1, 1), 0.2),
    ]
    assert [n for _, n, _ in calibration(edge)] == [0, 1, 0, 0, 1]


def test_dating_by_method() -> None:
    groups = dating_by_method(OUTCOMES)
    assert list(groups) == ["alignment", "content", "dateline", "undated"]
    assert (groups["content"].total, groups["content"].within_1) == (2, 1)
    assert groups["undated"].undated == 1


def test_known_half_is_a_fixed_half() -> None:
    half = known_half(101)
    assert len(half) == 50
    assert half <= set(range(101))
    assert known_half(101) == half
    assert known_half(101, seed=1) != half


# ---------------------------------------------------------------- SemEval-2015


@pytest.mark.parametrize(
    ("gold", "first", "last", "expected"),
    [
        ("2010-06-07", D(2010, 6, 7), D(2010, 6, 7), True),
        ("2010-06-07", D(2010, 6, 7), D(2010, 6, 13), False),
        ("2010-06-07", D(2010, 6, 8), D(2010, 6, 8), False),
        ("2007-10-XX", D(2007, 10, 1), D(2007, 10, 31), True),
        ("2007-10", D(2007, 10, 9), D(2007, 10, 9), True),
        ("2007-10", D(2007, 10, 29), D(2007, 11, 4), False),
        ("2008-XX-XX", D(2008, 3, 1), D(2008, 3, 31), True),
        ("2008", D(2008, 1, 1), D(2008, 12, 31), True),
        ("2008", D(2007, 12, 31), D(2008, 1, 6), False),
        ("XXXX-XX-XX", D(2008, 1, 1), D(2008, 1, 1), None),
        ("XXX-XX-XX", D(2008, 1, 1), D(2008, 1, 1), None),
    ],
)
def test_gold_date_matches(gold: str, first: dt.date, last: dt.date, expected: bool | None) -> None:
    assert gold_date_matches(gold, first, last) is expected


def test_unique_gold_events_drops_lines_repeated_across_timelines() -> None:
    mentions = (GoldMention("1", 2, "x"), GoldMention("3", 4, "y"))
    events = [
        GoldTimelineEvent("a:2", 1, "2010", mentions),
        GoldTimelineEvent("b:5", 7, "2010", mentions[::-1]),
        GoldTimelineEvent("b:6", 8, "2011", mentions),
    ]
    assert [e.line_id for e in unique_gold_events(events)] == ["a:2", "b:6"]


def test_score_semeval() -> None:
    # Two documents, three sentences each, 10 characters apart.
    sentences = {doc: tuple(Sentence(i + 1, 10 * i, 10 * i + 9) for i in range(3)) for doc in ("A", "B")}
    gold = [
        GoldTimelineEvent(
            "t:2", 1, "2010-06-07", (GoldMention("A", 2, "launched"), GoldMention("B", 2, "launch"))
        ),
        GoldTimelineEvent("t:3", 2, "2010-06", (GoldMention("A", 3, "sold"), GoldMention("B", 3, "sales"))),
        GoldTimelineEvent("t:4", 3, "2011", (GoldMention("A", 1, "said"),)),
        GoldTimelineEvent("t:5", 0, "XXXX-XX-XX", (GoldMention("B", 1, "rumour"),)),
    ]
    system = [
        # Right day, both documents merged.
        SystemEvent(
            "e1",
            D(2010, 6, 7),
            D(2010, 6, 7),
            (SystemMention("A", 10, 19, "Apple launched it"), SystemMention("B", 10, 19, "the launch")),
        ),
        # Right month but split in two events, one wrongly dated.
        SystemEvent("e2", D(2010, 6, 1), D(2010, 6, 30), (SystemMention("A", 20, 29, "it sold"),)),
        SystemEvent("e3", D(2009, 6, 1), D(2009, 6, 30), (SystemMention("B", 20, 29, "sales rose"),)),
        # A wrong merge: A's first sentence is off every gold line with B's undated rumour.
        SystemEvent(
            "e4",
            D(2012, 1, 1),
            D(2012, 1, 1),
            (
                SystemMention("A", 0, 9, "he said"),
                SystemMention("B", 0, 9, "rumour"),
                SystemMention("B", 20, 29),
            ),
        ),
    ]
    score = score_semeval(gold, system, sentences)
    assert (score.dated_gold, score.covered) == (3, 3)
    # t:2 right; t:3 covered by e2 (right) and e3 (wrong); t:4 covered by e4 (wrong).
    assert (score.date_right_any, score.date_right_all) == (2, 1)
    assert [g.line_id for g, _ in score.wrong_dates] == ["t:3", "t:4"]
    # Cross-doc gold pairs: (A2, B2) merged by e1; (A3, B3) covered but split.
    assert (score.cross_doc_pairs, score.cross_doc_pairs_covered, score.cross_doc_pairs_merged) == (2, 2, 1)
    # e1: 1 right pair. e4: (A1, B1) lines t:4 vs t:5 wrong; (A1, B3) t:4 vs t:3 wrong.
    assert (score.multi_doc_events, score.multi_doc_events_evaluable, score.multi_doc_events_pure) == (
        2,
        2,
        1,
    )
    assert (score.system_pairs_evaluable, score.system_pairs_right) == (3, 1)


def test_score_semeval_prefers_the_mention_whose_clause_has_the_token() -> None:
    sentences = {"A": (Sentence(1, 0, 40),)}
    gold = [GoldTimelineEvent("t:2", 1, "2010-06-07", (GoldMention("A", 1, "court_case"),))]
    system = [
        SystemEvent(
            "e1", D(2010, 6, 7), D(2010, 6, 7), (SystemMention("A", 0, 40, "the Court Case opened"),)
        ),
        SystemEvent("e2", D(2011, 1, 1), D(2011, 1, 1), (SystemMention("A", 0, 40, "it closed"),)),
    ]
    score = score_semeval(gold, system, sentences)
    assert (score.covered, score.date_right_any, score.date_right_all) == (1, 1, 1)
    uncovered = score_semeval(gold, [], sentences)
    assert (uncovered.dated_gold, uncovered.covered, uncovered.date_right_any) == (1, 0, 0)


# ---------------------------------------------------------------- throughput and adversarial inputs


def test_shifted_copies_move_only_the_date() -> None:
    doc = parse_timeml(SILVER_DOC)
    copies = shifted_copies([doc, parse_timeml("<TimeML/>")], 3)
    assert [(c[0], c[2]) for c in copies] == [
        ("AFP_ENG_19970401.0006~0", D(1997, 4, 1)),
        ("AFP_ENG_19970401.0006~1", D(1997, 4, 1) + dt.timedelta(days=400)),
        ("AFP_ENG_19970401.0006~2", D(1997, 4, 1) + dt.timedelta(days=800)),
    ]
    assert {c[1] for c in copies} == {body_text(doc)}


def test_adversarial_strings_have_the_requested_size() -> None:
    strings = adversarial_strings(size=200)
    for name in ("digits", "spaces", "month names", "on on on", "nested parentheses", "1 2 3", "newlines"):
        assert name in strings
    assert all(len(s) == 200 for s in strings.values())
    assert strings["15 March 2025, "].startswith("15 March 2025, 15 March")
    assert strings["1 2 3"].startswith("1 2 3 4 5 6 7 8 9 10 11")
    assert strings["nested parentheses"] == "(" * 100 + ")" * 100
    assert all(len(s) == 7 for s in adversarial_strings(size=7).values())
