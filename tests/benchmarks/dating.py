"""Publication-date inference on the silver AFP/Xinhua corpus.

    python tests/benchmarks/dating.py [DIR] [--limit N] [--show N] [--show-c N]

DIR defaults to ../shared/tempeval3/silver.  The true date of each article is
the value of its <DCT> (which differs from the date in the file name for
about 10% of the articles, mostly by one day).  Documents get anonymous ids
so that the file name's date cannot leak into the result.

(a) The DCT date is hidden but the dateline text is kept at the top of the
    article ("KUALA LUMPUR, April 1 , 1997 (AFP)"); nothing else is given.
(b) The dateline is deleted as well, and the true dates of a random half of
    the articles are given as metadata; the other half is scored.
(c) As (b), but inside each story pile: the articles whose lead names one story
    (STORIES below) in one month, dated as a collection of their own, with three
    random halves given.  This is how the tool is used, on the coverage of one
    story; (b) mixes a month's unrelated wire stories.  Not a target of the issue.
(d) As (c), with a quarter of each pile's dates given (at least one): a pile where
    most copies carry no date.  Not a target of the issue either.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus import TimeMLDoc, body_text, dateline_text, default_data_path, iter_timeml
from scoring import DatingOutcome, calibration, dating_by_method, summarize_dating, target_line

SEED = 2015
# (c): the stories the silver months cover most, by what an article's lead names.  The first that
# matches wins; a pile needs at least STORY_MINIMUM articles in its month.
STORIES = {
    "Zaire": r"\b(?:Zaire|Kabila|Mobutu|Kinshasa)\b",
    "Peru hostages": r"\b(?:Lima|Peru|Fujimori|hostage)",
    "Albania": r"\bAlbania",
    "Asian Games": r"\bAsian Games\b",
    "APEC": r"\bAPEC\b",
    "bird flu": r"\b(?:bird flu|avian)",
    "Nepal": r"\b(?:Nepal|Maoist)",
    "Somalia": r"\b(?:Somalia|Mogadishu)",
    "Saddam Hussein": r"\bSaddam\b",
    "Lebanon": r"\b(?:Lebanon|Hezbollah|Siniora)",
    "Palestinians": r"\b(?:Gaza|Hamas|Abbas)\b",
    "North Korea": r"\b(?:Pyongyang|DPRK|six-party)",
    "Iran's nuclear programme": r"\bIran(?:ian)? nuclear",
}
STORY_LEAD = 400  # characters of the body that say what an article is about
STORY_MINIMUM = 8
STORY_SEEDS = 3


def known_half(count: int, seed: int = SEED, parts: int = 2) -> set[int]:
    """Indices of the documents whose dates are given in experiment (b): a random half, or one
    ``parts``-th (at least one document)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return set(order[: max(1, count // parts)])


def date_piles(piles: dict[tuple[str, str], list[TimeMLDoc]], parts: int) -> list[DatingOutcome]:
    """Each pile dated as a collection of its own, one ``parts``-th of its dates given, over
    STORY_SEEDS random draws; the outcomes of the documents whose dates were hidden."""
    from timeline.load import load_text
    from timeline.model import Method, PublicationDate

    outcomes: list[DatingOutcome] = []
    for seed in range(SEED, SEED + STORY_SEEDS):
        for _, ordered in sorted(piles.items()):
            # Neither the order nor the ids may follow the files' chronological order.
            pile = random.Random(seed).sample(ordered, len(ordered))
            given = known_half(len(pile), seed, parts)
            documents = [
                load_text(
                    body_text(d),
                    id=f"{i:03d}",
                    published=PublicationDate.exact(true_date(d), Method.METADATA, "benchmark")
                    if i in given
                    else None,
                )
                for i, d in enumerate(pile)
            ]
            dated, _ = run_dating(documents)
            scored = enumerate(zip(pile, dated, strict=True))
            outcomes += [outcome(d, x) for i, (d, x) in scored if i not in given]
    return outcomes


def anonymous_ids(count: int, seed: int = SEED) -> list[str]:
    """Document ids that give nothing away: the corpus ids hold the filing date, and numbering
    the files in their (chronological) order would leak it too."""
    numbers = list(range(count))
    random.Random(seed + 1).shuffle(numbers)
    return [f"doc{n:05d}" for n in numbers]


def true_date(doc: TimeMLDoc) -> dt.date:
    assert doc.dct is not None, "documents without a DCT date are dropped on reading"
    return doc.dct


def outcome(doc: TimeMLDoc, dated: Any) -> DatingOutcome:
    published = dated.published
    if published is None:
        return DatingOutcome(doc.id, true_date(doc), None)
    return DatingOutcome(
        doc.id,
        true_date(doc),
        published.date,
        published.confidence,
        getattr(published.method, "value", str(published.method)),
        published.evidence,
    )


def run_dating(documents: list[Any]) -> tuple[tuple[Any, ...], float]:
    from timeline.config import Config
    from timeline.dating import date_documents
    from timeline.errors import DatingError

    started = time.perf_counter()
    try:
        dated = date_documents(documents, Config())
    except DatingError as error:
        # The contract is to return undated documents; count them all as undated if it raises instead.
        print(f"  date_documents raised DatingError ({error}); counting every document as undated")
        dated = tuple(documents)
    return dated, time.perf_counter() - started


def show_misses(outcomes: Sequence[DatingOutcome], limit: int) -> None:
    misses = [o for o in outcomes if o.error_days != 0]
    # Confidently wrong first: those are the ones that mislead a reader.
    misses.sort(key=lambda o: (-(o.confidence or 0.0), -(o.error_days or 0)))
    for o in misses[:limit]:
        predicted = o.predicted.isoformat() if o.predicted else "undated"
        evidence = " ".join(o.evidence.split())[:70]
        print(
            f"    {o.doc_id}: true {o.truth} ours {predicted} "
            f"(method {o.method}, confidence {o.confidence}) {evidence!r}"
        )


def print_summary(outcomes: Sequence[DatingOutcome]) -> None:
    summary = summarize_dating(outcomes)
    print(f"  scored documents:  {summary.total}")
    print(f"  exact day:         {summary.rate(summary.exact):7.2%}  ({summary.exact})")
    print(f"  within ±1 day:     {summary.rate(summary.within_1):7.2%}  ({summary.within_1})")
    print(f"  within ±7 days:    {summary.rate(summary.within_7):7.2%}  ({summary.within_7})")
    print(f"  undated:           {summary.rate(summary.undated):7.2%}  ({summary.undated})")
    print(f"  high-confidence wrong (confidence >= 0.8, off by > 1 day): {summary.high_confidence_wrong}")


def print_calibration(outcomes: Sequence[DatingOutcome]) -> None:
    print("  calibration (confidence bucket: dated documents, exact-day accuracy):")
    for label, n, exact in calibration(outcomes):
        accuracy = f"{exact / n:7.2%}" if n else "     —"
        print(f"    {label:10} {n:5}  {accuracy}")


def print_error_shape(outcomes: Sequence[DatingOutcome]) -> None:
    """Diagnostics only: which part of the date is wrong (the weekday, the week, the year)."""
    dated = [o for o in outcomes if o.predicted is not None]
    if not dated:
        return
    weekday = sum(1 for o in dated if o.predicted is not None and o.predicted.weekday() == o.truth.weekday())
    year = sum(1 for o in dated if o.predicted is not None and o.predicted.year == o.truth.year)
    weeks_off = sum(1 for o in dated if o.error_days in (7, 14))
    share = len(dated)
    print(
        f"  of the {share} dated: right weekday {weekday / share:.0%}, right year {year / share:.0%}; "
        f"the right weekday one or two weeks off: {weeks_off}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", nargs="?", type=Path, default=default_data_path("tempeval3", "silver"))
    parser.add_argument("--limit", type=int, default=None, help="use only the first N files (sorted)")
    parser.add_argument("--show", type=int, default=10, help="wrongly dated documents to list (default 10)")
    parser.add_argument(
        "--show-c", type=int, default=0, help="wrongly dated or undated documents of (c) to list (default 0)"
    )
    args = parser.parse_args(argv)

    from timeline.load import load_text
    from timeline.model import Method, PublicationDate

    overall = time.perf_counter()
    docs = [d for d in iter_timeml(args.directory, args.limit) if d.dct is not None]
    # Neither the input order nor the ids may follow the files' chronological order.
    random.Random(SEED + 2).shuffle(docs)
    ids = anonymous_ids(len(docs))
    print(f"corpus: {args.directory} — {len(docs)} documents with a DCT date (shuffled, anonymous ids)")

    # (a) dateline kept, no metadata.
    documents = [load_text(dateline_text(d), id=ids[i]) for i, d in enumerate(docs)]
    dated, seconds = run_dating(documents)
    outcomes_a = [outcome(d, x) for d, x in zip(docs, dated, strict=True)]
    summary_a = summarize_dating(outcomes_a)
    print()
    print(
        f"(a) dateline kept, no metadata — date_documents: {seconds:.2f} s "
        f"({len(docs) / seconds:,.0f} docs/s)"
    )
    print_summary(outcomes_a)
    print("  by method:")
    for method, s in dating_by_method(outcomes_a).items():
        print(f"    {method:14} {s.total:5}  exact {s.rate(s.exact):7.2%}")
    print(target_line("(a) exact-day accuracy", summary_a.rate(summary_a.exact), 0.99, fmt="{:.2%}"))
    if summary_a.exact < summary_a.total:
        print("  wrong or undated, most confident first:")
        show_misses(outcomes_a, args.show)

    # (b) no dateline; half the articles carry their true date as metadata.
    given = known_half(len(docs))
    documents = [
        load_text(
            body_text(d),
            id=ids[i],
            published=PublicationDate.exact(true_date(d), Method.METADATA, "benchmark")
            if i in given
            else None,
        )
        for i, d in enumerate(docs)
    ]
    dated, seconds = run_dating(documents)
    outcomes_b = [outcome(d, x) for i, (d, x) in enumerate(zip(docs, dated, strict=True)) if i not in given]
    summary_b = summarize_dating(outcomes_b)
    print()
    print(
        f"(b) no dateline, {len(given)} of {len(docs)} dates given — "
        f"date_documents: {seconds:.2f} s ({len(docs) / seconds:,.0f} docs/s)"
    )
    print_summary(outcomes_b)
    print_calibration(outcomes_b)
    print_error_shape(outcomes_b)
    print("  by method (documents, exact, within ±1 day):")
    for method, s in dating_by_method(outcomes_b).items():
        print(f"    {method:14} {s.total:5}  {s.rate(s.exact):7.2%}  {s.rate(s.within_1):7.2%}")
    print(target_line("(b) exact-day accuracy", summary_b.rate(summary_b.exact), 0.85, fmt="{:.2%}"))
    print(target_line("(b) within ±1 day", summary_b.rate(summary_b.within_1), 0.92, fmt="{:.2%}"))
    print(f"(b) high-confidence wrong: {summary_b.high_confidence_wrong}")
    if summary_b.exact < summary_b.total:
        print("  wrong or undated, most confident first:")
        show_misses(outcomes_b, args.show)

    # (c) story piles, each dated on its own; (d) the same piles with a quarter of the dates given.
    piles: dict[tuple[str, str], list[TimeMLDoc]] = defaultdict(list)
    for doc in sorted(docs, key=lambda d: d.id):
        lead = body_text(doc)[:STORY_LEAD]
        story = next((name for name, pattern in STORIES.items() if re.search(pattern, lead)), None)
        if story is not None:
            piles[story, true_date(doc).strftime("%Y-%m")].append(doc)
    piles = {key: pile for key, pile in piles.items() if len(pile) >= STORY_MINIMUM}
    largest = max(map(len, piles.values()), default=0)
    for label, share in (("(c)", "half"), ("(d)", "a quarter")):
        outcomes = date_piles(piles, 2 if share == "half" else 4)
        print()
        print(
            f"{label} story piles: {len(piles)} piles of {STORY_MINIMUM}–{largest} articles (one story in "
            f"one month), no dateline, {share} of the dates given, {STORY_SEEDS} draws"
        )
        print_summary(outcomes)
        print_calibration(outcomes)
        print_error_shape(outcomes)
        if args.show_c and any(o.error_days != 0 for o in outcomes):
            print("  wrong or undated, most confident first:")
            show_misses(outcomes, args.show_c)

    print()
    print(f"total time: {time.perf_counter() - overall:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
