"""TempEval-3 evaluation of tagging + resolution on TimeBank.

    python tests/benchmarks/tempeval.py [DIR] [--errors N] [--fn N] [--fp N]

DIR defaults to ../shared/tempeval3/TimeBank.  Scores as TempEval-3 does
(strict and relaxed extent P/R/F1, type and value accuracy over relaxed
matches, value F1) on character offsets, lists value errors by kind of gold
value and the most frequent misses and false alarms, and times tag() against
a bare regex pass over the same texts.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from corpus import TimeMLDoc, default_data_path, iter_timeml
from scoring import (
    VALUE_KINDS,
    Annotation,
    ExtentCounts,
    context,
    match_document,
    most_common_texts,
    target_line,
    value_distance,
    value_kind,
)

# HeidelTime 2.2.1 on TempEval-3 (platinum test set), as published.
HEIDELTIME = {"strict F1": 0.853, "relaxed F1": 0.919, "value F1": 0.795}
TARGETS = {"strict F1": 0.88, "relaxed F1": 0.93, "value F1": 0.85}
TARGET_CHARS_PER_SECOND = 2_000_000

FLOOR_PATTERN = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4})\b",
    re.IGNORECASE,
)


def gold_annotations(doc: TimeMLDoc) -> list[Annotation]:
    return [Annotation(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes]


def system_annotations(timexes: Sequence[Any]) -> list[Annotation]:
    """timeline Timex objects as scoring annotations."""
    return [
        Annotation(t.start, t.end, t.text, getattr(t.type, "value", str(t.type)), t.value) for t in timexes
    ]


def best_time(passes: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(passes):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", nargs="?", type=Path, default=default_data_path("tempeval3", "TimeBank"))
    parser.add_argument("--errors", type=int, default=5, help="value errors to list per kind (default 5)")
    parser.add_argument("--fn", type=int, default=25, help="most frequent missed expressions to list")
    parser.add_argument("--fp", type=int, default=25, help="most frequent spurious expressions to list")
    parser.add_argument("--passes", type=int, default=3, help="timing passes; the best counts (default 3)")
    args = parser.parse_args(argv)

    from timeline.tag import tag

    docs = list(iter_timeml(args.directory))
    texts = [(d.text, d.dct) for d in docs]
    total_chars = sum(len(d.text) for d in docs)
    print(f"corpus: {args.directory} — {len(docs)} documents, {total_chars:,} characters")

    counts = ExtentCounts()
    errors_by_kind: dict[str, list[tuple[float, str, Annotation, Annotation, str]]] = defaultdict(list)
    kind_totals: dict[str, int] = defaultdict(int)
    missed: list[Annotation] = []
    spurious: list[Annotation] = []
    for doc in docs:
        system = system_annotations(tag(doc.text, doc.dct))
        gold = gold_annotations(doc)
        report = match_document(gold, system)
        counts.add(report.counts)
        missed += report.missed
        spurious += report.spurious
        for g in gold:
            kind_totals[value_kind(g.value or "", g.type)] += 1
        for g, s in report.value_errors:
            kind = value_kind(g.value or "", g.type)
            errors_by_kind[kind].append(
                (value_distance(g.value, s.value), doc.id, g, s, context(doc.text, g.start, g.end))
            )

    print()
    print(
        f"gold {counts.gold}, system {counts.system}, "
        f"strict matches {counts.strict}, relaxed matches {counts.relaxed}"
    )
    rows = [
        ("strict extent", counts.strict_prf),
        ("relaxed extent", counts.relaxed_prf),
        ("value", counts.value_prf),
    ]
    print(f"{'':16}{'P':>7}{'R':>7}{'F1':>7}")
    for name, (p, r, f) in rows:
        print(f"{name:16}{p:7.3f}{r:7.3f}{f:7.3f}")
    print(f"type accuracy (over relaxed matches):  {counts.type_accuracy:.3f}")
    print(f"value accuracy (over relaxed matches): {counts.value_accuracy:.3f}")
    print()
    scores = {
        "strict F1": counts.strict_prf[2],
        "relaxed F1": counts.relaxed_prf[2],
        "value F1": counts.value_prf[2],
    }
    print(f"{'':12}{'ours':>8}{'HeidelTime':>12}")
    for name, value in scores.items():
        print(f"{name:12}{value:8.3f}{HEIDELTIME[name]:12.3f}")
    for name, value in scores.items():
        print(target_line(name, value, TARGETS[name], fmt="{:.4f}"))

    print()
    print("value errors by kind of gold value (kind: errors / gold expressions of that kind)")
    for kind in VALUE_KINDS:
        errors = errors_by_kind.get(kind, [])
        if not kind_totals.get(kind):
            continue
        print(f"  {kind:9} {len(errors):4} / {kind_totals[kind]}")
        # Furthest from the gold date first; unresolved and non-date mix-ups (inf) lead.
        for distance, doc_id, g, s, ctx in sorted(errors, key=lambda e: -e[0])[: args.errors]:
            gap = "" if distance == float("inf") else f" ({distance:.0f} d)"
            print(f"      {doc_id}: {g.text!r} gold={g.value} ours={s.value}{gap}  …{ctx}…")

    print()
    print(f"missed gold expressions (false negatives): {len(missed)}; most frequent:")
    for text, n in most_common_texts(missed, args.fn):
        print(f"  {n:4}  {text}")
    print(f"spurious system expressions (false positives): {len(spurious)}; most frequent:")
    for text, n in most_common_texts(spurious, args.fp):
        print(f"  {n:4}  {text}")

    def run_tagger() -> None:
        for text, reference in texts:
            tag(text, reference)

    def run_floor() -> None:
        for text, _ in texts:
            for _match in FLOOR_PATTERN.finditer(text):
                pass

    tag_seconds = best_time(args.passes, run_tagger)
    floor_seconds = best_time(args.passes, run_floor)
    chars_per_second = total_chars / tag_seconds
    print()
    print(f"tag() (tagging + resolution), best of {args.passes}: {tag_seconds:.3f} s")
    print(f"  {chars_per_second:,.0f} chars/s, {len(docs) / tag_seconds:,.1f} docs/s")
    print(
        f"bare regex alternation (floor): {floor_seconds:.3f} s, {total_chars / floor_seconds:,.0f} chars/s"
    )
    print(
        f"  ours / floor speed ratio: {floor_seconds / tag_seconds:.3f} "
        f"(the floor is {tag_seconds / floor_seconds:.1f}x faster)"
    )
    print(target_line("chars/s", chars_per_second, TARGET_CHARS_PER_SECOND, fmt="{:,.0f}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
