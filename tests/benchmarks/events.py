"""Cross-document events against the SemEval-2015 Task 4 trial timelines.

    python tests/benchmarks/events.py [DIR] [--show N]

DIR defaults to ../shared/semeval2015-timeline-trial.  The 30 Wikinews
articles are built into one timeline (text = the tokenized sentences joined
by newlines, publication date from <DCT> as metadata) and compared with the
6 gold timelines at sentence level, since our mentions are sentences:

- coverage: dated gold events (date not XXXX-XX-XX) of whose sentences one
  is a mention of ours;
- date accuracy on covered events: our span is the gold day, or lies inside
  the gold month/year for a partial gold date;
- merge recall: gold mention pairs from different documents on one gold line,
  both covered, that land in one event of ours;
- merge precision: cross-document mention pairs inside one event of ours,
  both on gold lines, that share a gold line.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus import (
    GoldTimelineEvent,
    Sentence,
    default_data_path,
    join_sentences,
    parse_gold_timeline,
    parse_timeml,
)
from scoring import SystemEvent, SystemMention, score_semeval, unique_gold_events


def system_events(timeline: Any) -> list[SystemEvent]:
    return [
        SystemEvent(
            id=event.id,
            first=event.span.first,
            last=event.span.last,
            mentions=tuple(
                SystemMention(m.document, m.sentence_start, m.sentence_end, m.clause) for m in event.mentions
            ),
        )
        for event in timeline.events
    ]


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%} ({part}/{whole})" if whole else "     — (0/0)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "directory", nargs="?", type=Path, default=default_data_path("semeval2015-timeline-trial")
    )
    parser.add_argument("--show", type=int, default=10, help="wrongly dated gold events to list (default 10)")
    args = parser.parse_args(argv)

    from timeline.config import Config
    from timeline.load import load_text
    from timeline.model import Method, PublicationDate
    from timeline.pipeline import build_timeline

    corpus_dir = args.directory / "Corpus-trial-data_task4_TimeML"
    gold_dir = args.directory / "TimeLines_trial_data_task4_v1.2"
    documents = []
    sentences: dict[str, tuple[Sentence, ...]] = {}
    texts: dict[str, str] = {}
    for path in sorted(corpus_dir.glob("*.tml")):
        doc = parse_timeml(path.read_bytes(), doc_id=path.stem)
        text, placed = join_sentences(doc)
        sentences[doc.id] = placed
        texts[doc.id] = text
        published = PublicationDate.exact(doc.dct, Method.METADATA, "DCT") if doc.dct else None
        documents.append(load_text(text, id=doc.id, title=doc.extrainfo, published=published))
    gold: list[GoldTimelineEvent] = []
    for path in sorted(gold_dir.glob("*.txt")):
        _entity, events = parse_gold_timeline(path.read_text(encoding="utf-8"), path.stem)
        gold += events
    unique = unique_gold_events(gold)
    print(
        f"corpus: {len(documents)} documents; gold: {len(gold)} timeline lines, {len(unique)} distinct events"
    )

    started = time.perf_counter()
    timeline = build_timeline(documents, Config())
    seconds = time.perf_counter() - started
    ours = system_events(timeline)
    multi = sum(len({m.document for m in e.mentions}) >= 2 for e in ours)
    print(f"build_timeline: {seconds:.2f} s; {len(ours)} events, {multi} with mentions from >= 2 documents")

    score = score_semeval(unique, ours, sentences)
    print()
    print(f"dated gold events:                  {score.dated_gold}")
    print(f"coverage (dated gold events whose sentence we report): {ratio(score.covered, score.dated_gold)}")
    print(
        "date accuracy on covered gold events, some covering event right: "
        f"{ratio(score.date_right_any, score.covered)}"
    )
    print(
        "date accuracy on covered gold events, every covering event right: "
        f"{ratio(score.date_right_all, score.covered)}"
    )
    print(f"gold cross-document mention pairs:  {score.cross_doc_pairs} (by sentence)")
    print(
        f"  both covered by us:               {ratio(score.cross_doc_pairs_covered, score.cross_doc_pairs)}"
    )
    print(
        "multi-doc merge recall (covered pairs in one event of ours): "
        f"{ratio(score.cross_doc_pairs_merged, score.cross_doc_pairs_covered)}"
    )
    print(
        "merge precision, pairs (cross-doc pairs in one event of ours, both on gold lines, sharing one): "
        f"{ratio(score.system_pairs_right, score.system_pairs_evaluable)}"
    )
    print(
        "merge precision, events (multi-doc events whose evaluable pairs all share a gold line): "
        f"{ratio(score.multi_doc_events_pure, score.multi_doc_events_evaluable)} "
        f"of {score.multi_doc_events} multi-doc events"
    )

    if score.wrong_dates and args.show:
        print()
        print("covered gold events not dated right (gold line, gold date, our spans, sentence):")
        for gold_event, candidates in score.wrong_dates[: args.show]:
            first = gold_event.mentions[0]
            by_id = {s.id: s for s in sentences.get(first.doc, ())}
            sentence = by_id.get(first.sentence)
            snippet = texts[first.doc][sentence.start : sentence.end][:90] if sentence else "?"
            spans = ", ".join(
                sorted(
                    {e.first.isoformat() + ("" if e.first == e.last else f"..{e.last}") for e in candidates}
                )
            )
            print(f"  {gold_event.line_id} {first.token!r} gold {gold_event.date}; ours {spans}")
            print(f"      {snippet}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
