"""Pure scoring functions for the benchmark scripts.

Nothing here imports timeline or reads files: the scripts convert the
library's output to the small records below, and tests/test_benchmark_scorers.py
checks every function on hand-made inputs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from corpus import GoldMention, GoldTimelineEvent, Sentence

__all__ = [
    "CONFIDENCE_BUCKETS",
    "Annotation",
    "DatingOutcome",
    "DatingSummary",
    "ExtentCounts",
    "MatchReport",
    "SemEvalScore",
    "SystemEvent",
    "SystemMention",
    "calibration",
    "context",
    "dating_by_method",
    "f1",
    "gold_date_known",
    "gold_date_matches",
    "match_document",
    "most_common_texts",
    "relaxed_matches",
    "score_semeval",
    "strict_matches",
    "summarize_dating",
    "target_line",
    "unique_gold_events",
    "value_distance",
    "value_kind",
]


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def target_line(name: str, value: float, goal: float, *, fmt: str = "{:.3f}", at_most: bool = False) -> str:
    """``TARGET MET/MISSED`` line: value against goal (>= unless at_most)."""
    met = value <= goal if at_most else value >= goal
    relation = "<=" if at_most else ">="
    verdict = "TARGET MET" if met else "TARGET MISSED"
    return f"{verdict}: {name} = {fmt.format(value)} (target {relation} {fmt.format(goal)})"


# ---------------------------------------------------------------- TempEval-3


@dataclass(frozen=True)
class Annotation:
    """A gold or system temporal expression, reduced to what TempEval-3 scores."""

    start: int
    end: int
    text: str
    type: str
    value: str | None


def strict_matches(gold: Sequence[Annotation], system: Sequence[Annotation]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs with identical offsets."""
    by_offsets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, s in enumerate(system):
        by_offsets[(s.start, s.end)].append(j)
    pairs = []
    for i, g in enumerate(gold):
        candidates = by_offsets.get((g.start, g.end))
        if candidates:
            pairs.append((i, candidates.pop(0)))
    return pairs


def relaxed_matches(gold: Sequence[Annotation], system: Sequence[Annotation]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping extents.

    Where several pairings are possible, exact extents win first, then the
    largest overlap, then the earliest gold expression.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                candidates.append((not exact, -overlap, g.start, s.start, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((i, j))
    pairs.sort()
    return pairs


@dataclass
class ExtentCounts:
    """Counts summed over documents; every TempEval-3 figure derives from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def add(self, other: ExtentCounts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_correct += other.type_correct
        self.value_correct += other.value_correct

    def _prf(self, hits: int) -> tuple[float, float, float]:
        precision = hits / self.system if self.system else 0.0
        recall = hits / self.gold if self.gold else 0.0
        return precision, recall, f1(precision, recall)

    @property
    def strict_prf(self) -> tuple[float, float, float]:
        return self._prf(self.strict)

    @property
    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._prf(self.relaxed)

    @property
    def value_prf(self) -> tuple[float, float, float]:
        """TempEval-3 value F1: a relaxed match counts only if its value is identical."""
        return self._prf(self.value_correct)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed if self.relaxed else 0.0


@dataclass
class MatchReport:
    counts: ExtentCounts
    value_errors: list[tuple[Annotation, Annotation]] = field(default_factory=list)  # (gold, system)
    missed: list[Annotation] = field(default_factory=list)
    spurious: list[Annotation] = field(default_factory=list)


def match_document(gold: Sequence[Annotation], system: Sequence[Annotation]) -> MatchReport:
    relaxed = relaxed_matches(gold, system)
    counts = ExtentCounts(
        gold=len(gold),
        system=len(system),
        strict=len(strict_matches(gold, system)),
        relaxed=len(relaxed),
    )
    report = MatchReport(counts)
    for i, j in relaxed:
        g, s = gold[i], system[j]
        counts.type_correct += g.type == s.type
        if g.value == s.value:
            counts.value_correct += 1
        else:
            report.value_errors.append((g, s))
    matched_gold = {i for i, _ in relaxed}
    matched_system = {j for _, j in relaxed}
    report.missed = [g for i, g in enumerate(gold) if i not in matched_gold]
    report.spurious = [s for j, s in enumerate(system) if j not in matched_system]
    return report


_Y = r"[\dX]{4}"
_KIND_PATTERNS = [
    ("time", re.compile(rf"{_Y}-(?:[\dX]{{2}}-[\dX]{{2}}|W[\dX]{{2}}-[\dX])T.+")),
    ("day", re.compile(rf"{_Y}-[\dX]{{2}}-[\dX]{{2}}")),
    ("week", re.compile(rf"{_Y}-W[\dX]{{2}}(?:-WE|-[\dX])?")),
    ("month", re.compile(rf"{_Y}-[\dX]{{2}}")),
    ("quarter", re.compile(rf"{_Y}-Q[\dX]")),
    ("season", re.compile(rf"{_Y}-(?:SP|SU|FA|WI)")),
    ("half", re.compile(rf"{_Y}-H[\dX]")),
    ("decade", re.compile(r"\d{3}X?")),
    ("year", re.compile(_Y)),
]
VALUE_KINDS = (
    "day",
    "week",
    "month",
    "year",
    "quarter",
    "season",
    "half",
    "decade",
    "duration",
    "ref",
    "time",
    "set",
    "other",
)


def value_kind(value: str, timex_type: str = "") -> str:
    """The shape of a TIMEX3 value, for grouping errors: day, week, …, set, other."""
    if timex_type == "SET" or (not timex_type and value.startswith("XXXX-W")):
        return "set"
    if value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return "ref"
    if value.startswith("P"):
        return "duration"
    for kind, pattern in _KIND_PATTERNS:
        if pattern.fullmatch(value):
            return kind
    return "other"


_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _value_start(value: str | None) -> dt.date | None:
    """The first day a date-like TIMEX3 value denotes, or None."""
    if not value:
        return None
    try:
        if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.match(r"(\d{4})-W(\d{2})", value):
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := re.match(r"(\d{4})-(\d{2})$", value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := re.match(r"(\d{4})-Q(\d)$", value):
            return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
        if m := re.match(r"(\d{4})-H(\d)$", value):
            return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1)
        if m := re.match(r"(\d{4})-(SP|SU|FA|WI)$", value):
            return dt.date(int(m[1]), _SEASON_MONTH[m[2]], 1)
        if m := re.match(r"(\d{4})$", value):
            return dt.date(int(m[1]), 1, 1)
        if m := re.match(r"(\d{3})X?$", value):
            return dt.date(int(m[1]) * 10, 1, 1)
    except ValueError:
        return None
    return None


def value_distance(gold: str | None, system: str | None) -> float:
    """Days between the starts of two date values; inf when either is not a date."""
    a, b = _value_start(gold), _value_start(system)
    if a is None or b is None:
        return math.inf
    return float(abs((a - b).days))


def context(text: str, start: int, end: int, width: int = 60) -> str:
    """About ``width`` characters around text[start:end] on one line, the expression in [brackets]."""
    side = max(0, (width - (end - start)) // 2)
    left = text[max(0, start - side) : start]
    right = text[end : end + side]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


# ---------------------------------------------------------------- dating


@dataclass(frozen=True)
class DatingOutcome:
    doc_id: str
    truth: dt.date
    predicted: dt.date | None
    confidence: float | None = None
    method: str | None = None
    evidence: str = ""

    @property
    def error_days(self) -> int | None:
        return None if self.predicted is None else abs((self.predicted - self.truth).days)


@dataclass(frozen=True)
class DatingSummary:
    total: int
    exact: int
    within_1: int
    within_7: int
    undated: int
    high_confidence_wrong: int  # confidence >= 0.8 and off by more than a day

    def rate(self, count: int) -> float:
        return count / self.total if self.total else 0.0


def summarize_dating(outcomes: Iterable[DatingOutcome]) -> DatingSummary:
    total = exact = within_1 = within_7 = undated = confident_wrong = 0
    for outcome in outcomes:
        total += 1
        error = outcome.error_days
        if error is None:
            undated += 1
            continue
        exact += error == 0
        within_1 += error <= 1
        within_7 += error <= 7
        confident_wrong += error > 1 and (outcome.confidence or 0.0) >= 0.8
    return DatingSummary(total, exact, within_1, within_7, undated, confident_wrong)


CONFIDENCE_BUCKETS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0))


def calibration(outcomes: Iterable[DatingOutcome]) -> list[tuple[str, int, int]]:
    """(bucket label, dated count, exact count) per confidence bucket; the last bucket includes 1.0."""
    counts = [[0, 0] for _ in CONFIDENCE_BUCKETS]
    for outcome in outcomes:
        if outcome.predicted is None or outcome.confidence is None:
            continue
        c = outcome.confidence
        index = next(
            (k for k, (low, high) in enumerate(CONFIDENCE_BUCKETS) if low <= c < high),
            len(CONFIDENCE_BUCKETS) - 1 if c >= 1.0 else 0,
        )
        counts[index][0] += 1
        counts[index][1] += outcome.error_days == 0
    labels = [
        f"[{low:.1f},{high:.1f}{']' if k == len(CONFIDENCE_BUCKETS) - 1 else ')'}"
        for k, (low, high) in enumerate(CONFIDENCE_BUCKETS)
    ]
    return [(label, n, ok) for label, (n, ok) in zip(labels, counts, strict=True)]


def dating_by_method(outcomes: Iterable[DatingOutcome]) -> dict[str, DatingSummary]:
    """A summary per dating method; undated documents under "undated"."""
    groups: dict[str, list[DatingOutcome]] = defaultdict(list)
    for outcome in outcomes:
        key = "undated" if outcome.predicted is None else (outcome.method or "?")
        groups[key].append(outcome)
    return {key: summarize_dating(group) for key, group in sorted(groups.items())}


# ---------------------------------------------------------------- SemEval-2015 timelines

SentenceKey = tuple[str, int]  # (document id, <s id>)


@dataclass(frozen=True)
class SystemMention:
    document: str
    start: int  # sentence offsets in the document's text
    end: int
    clause: str = ""


@dataclass(frozen=True)
class SystemEvent:
    id: str
    first: dt.date
    last: dt.date
    mentions: tuple[SystemMention, ...]


def _gold_date_parts(gold_date: str) -> tuple[int, int | None, int | None] | None:
    parts = gold_date.split("-")
    if not parts[0].isdigit() or len(parts[0]) != 4:
        return None
    month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    day = int(parts[2]) if month is not None and len(parts) > 2 and parts[2].isdigit() else None
    return int(parts[0]), month, day


def gold_date_known(gold_date: str) -> bool:
    return _gold_date_parts(gold_date) is not None


def gold_date_matches(gold_date: str, first: dt.date, last: dt.date) -> bool | None:
    """Whether the span first..last fits a gold date; None when the gold date is unknown.

    A full gold date wants exactly that day; a partial one (2007-10-XX,
    2007-10, 2008-XX-XX, 2008) wants a span inside that month or year.
    """
    parts = _gold_date_parts(gold_date)
    if parts is None:
        return None
    year, month, day = parts
    if month is None:
        return first.year == year and last.year == year
    if day is None:
        return (first.year, first.month) == (year, month) and (last.year, last.month) == (year, month)
    return first == last == dt.date(year, month, day)


def unique_gold_events(events: Iterable[GoldTimelineEvent]) -> list[GoldTimelineEvent]:
    """Drop repeats of a line (same date, same mentions) listed in several entity timelines."""
    seen: set[tuple[str, frozenset[GoldMention]]] = set()
    unique = []
    for event in events:
        key = (event.date, frozenset(event.mentions))
        if key not in seen:
            seen.add(key)
            unique.append(event)
    return unique


def _mention_keys(mention: SystemMention, sentences: Mapping[str, Sequence[Sentence]]) -> set[SentenceKey]:
    return {
        (mention.document, s.id)
        for s in sentences.get(mention.document, ())
        if s.start < mention.end and mention.start < s.end
    }


def _token_in(token: str, clause: str) -> bool:
    return token.replace("_", " ").lower() in clause.lower()


@dataclass
class SemEvalScore:
    dated_gold: int = 0
    covered: int = 0
    date_right_any: int = 0  # some covering event of ours has the right date
    date_right_all: int = 0  # every covering event of ours has the right date
    cross_doc_pairs: int = 0  # gold mention pairs from different documents on one line
    cross_doc_pairs_covered: int = 0
    cross_doc_pairs_merged: int = 0
    multi_doc_events: int = 0  # our events with mentions from >= 2 documents
    multi_doc_events_evaluable: int = 0  # ... with at least one cross-doc pair both on gold lines
    multi_doc_events_pure: int = 0  # ... all of whose such pairs share a gold line
    system_pairs_evaluable: int = 0
    system_pairs_right: int = 0
    wrong_dates: list[tuple[GoldTimelineEvent, list[SystemEvent]]] = field(default_factory=list)


def score_semeval(
    gold: Sequence[GoldTimelineEvent],
    system: Sequence[SystemEvent],
    sentences: Mapping[str, Sequence[Sentence]],
) -> SemEvalScore:
    """Date accuracy, coverage and cross-document merge recall/precision (see events.py)."""
    score = SemEvalScore()
    # Which of our (event, mention) pairs sit on each gold sentence.
    on_sentence: dict[SentenceKey, list[tuple[SystemEvent, SystemMention]]] = defaultdict(list)
    events_on: dict[SentenceKey, set[str]] = defaultdict(set)
    for event in system:
        for mention in event.mentions:
            for key in _mention_keys(mention, sentences):
                on_sentence[key].append((event, mention))
                events_on[key].add(event.id)

    for gold_event in gold:
        keys = {(m.doc, m.sentence) for m in gold_event.mentions}
        if not gold_date_known(gold_event.date):
            continue
        score.dated_gold += 1
        covering = [pair for key in sorted(keys) for pair in on_sentence.get(key, ())]
        if not covering:
            continue
        score.covered += 1
        tokens = [m.token for m in gold_event.mentions]
        preferred = [(e, m) for e, m in covering if any(_token_in(t, m.clause) for t in tokens)]
        candidates = list({e.id: e for e, _ in (preferred or covering)}.values())
        verdicts = [gold_date_matches(gold_event.date, e.first, e.last) for e in candidates]
        score.date_right_any += any(verdicts)
        score.date_right_all += all(verdicts)
        if not all(verdicts):
            score.wrong_dates.append((gold_event, candidates))

    gold_pairs: set[frozenset[SentenceKey]] = set()
    for gold_event in gold:
        keys = {(m.doc, m.sentence) for m in gold_event.mentions}
        for a, b in itertools.combinations(sorted(keys), 2):
            if a[0] != b[0]:
                gold_pairs.add(frozenset((a, b)))
    score.cross_doc_pairs = len(gold_pairs)
    for pair in gold_pairs:
        a, b = sorted(pair)
        if events_on.get(a) and events_on.get(b):
            score.cross_doc_pairs_covered += 1
            score.cross_doc_pairs_merged += bool(events_on[a] & events_on[b])

    lines_on: dict[SentenceKey, set[str]] = defaultdict(set)
    for gold_event in gold:
        for m in gold_event.mentions:
            lines_on[(m.doc, m.sentence)].add(gold_event.line_id)
    for event in system:
        if len({m.document for m in event.mentions}) < 2:
            continue
        score.multi_doc_events += 1
        lines = [
            (m, set().union(*(lines_on.get(k, set()) for k in _mention_keys(m, sentences))))
            for m in dict.fromkeys(event.mentions)
        ]
        evaluable = right = 0
        for (m1, lines1), (m2, lines2) in itertools.combinations(lines, 2):
            if m1.document != m2.document and lines1 and lines2:
                evaluable += 1
                right += bool(lines1 & lines2)
        score.system_pairs_evaluable += evaluable
        score.system_pairs_right += right
        if evaluable:
            score.multi_doc_events_evaluable += 1
            score.multi_doc_events_pure += right == evaluable
    return score


def most_common_texts(annotations: Iterable[Annotation], n: int) -> list[tuple[str, int]]:
    return Counter(" ".join(a.text.lower().split()) for a in annotations).most_common(n)
