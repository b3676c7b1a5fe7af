"""build_timeline(): the only module that knows every stage.

load → tag → date → resolve → extract → merge → order
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

import attrs

from timeline._memory import no_cycle_collection
from timeline._pool import ignore_interrupts, process_pool
from timeline.config import Config
from timeline.dating import date_documents, own_date, undated_error
from timeline.errors import MetadataError
from timeline.events import extract
from timeline.merge import merge
from timeline.model import Document, Event, Mention, PublicationDate, Skipped, Timeline, Timex
from timeline.order import order
from timeline.tag import resolve_all, scan
from timeline.titles import make_title

__all__ = ["build_timeline"]

log = logging.getLogger(__name__)

_In = TypeVar("_In")
_Out = TypeVar("_Out")

# Below this many documents a process pool costs more than it saves.
_POOL_MINIMUM = 64


@contextlib.contextmanager
def _workers(jobs: int, count: int) -> Iterator[ProcessPoolExecutor | None]:
    """A process pool for the per-document stages, or None when one process is better."""
    if jobs <= 1 or count < _POOL_MINIMUM:
        yield None
        return
    with process_pool(jobs, _start_worker) as pool:
        yield pool


def _start_worker() -> None:
    ignore_interrupts()
    gc.disable()  # as in the main process (see no_cycle_collection): the stages make no cycles


def _map(
    pool: ProcessPoolExecutor | None,
    jobs: int,
    function: Callable[[Sequence[_In]], list[_Out]],
    items: Sequence[_In],
) -> list[_Out]:
    """``function`` over ``items`` batch by batch, in the pool if any; results in input order
    (so output never depends on the number of jobs)."""
    if pool is None:
        return [
            result
            for start in range(0, len(items), _BATCH)
            for result in function(items[start : start + _BATCH])
        ]
    futures = [pool.submit(function, items[start:stop]) for start, stop in _chunks(len(items), jobs)]
    return [result for future in futures for result in future.result()]


# The per-document stages run stage by stage over a batch of documents, not document by
# document: each stage's rules and tables then stay in the processor's caches, which made the
# per-document work an eighth faster.  A batch's expressions are held until it is done, so a
# batch is a few hundred documents, not the collection.
_BATCH = 256

# Each chunk is this share of the work left per worker: chunks shrink as the work runs out
# (guided scheduling), few and large at first, small at the end so that the workers finish
# together: equal chunks left one worker idle for half a chunk on average, a tenth of a second.
_CHUNK_SHARE = 4
_SMALLEST_CHUNK = 4


def _chunks(count: int, jobs: int) -> list[tuple[int, int]]:
    """(start, stop) of each chunk of ``count`` items for ``jobs`` workers, in order."""
    bounds = []
    start = 0
    while start < count:
        stop = min(count, start + max(_SMALLEST_CHUNK, (count - start) // (jobs * _CHUNK_SHARE)))
        bounds.append((start, stop))
        start = stop
    return bounds


# Mentions and, when made in the per-document pass, their titles in the same order.
_Extracted = tuple[list[Mention], list[str] | None]


@attrs.frozen
class _Processed:
    """What the per-document pass learned of one document."""

    published: PublicationDate | None  # from the document's own evidence; None: needs the collection
    timexes: list[Timex] | None  # kept only for a document that needs the collection to be dated
    extracted: _Extracted | None  # None until the document is dated


def _process_documents(items: Sequence[tuple[Document, Config]], titled: bool) -> list[_Processed]:
    """Scan each document, date it from its own evidence, and extract the events of those it dates.

    One pass per document, so that a worker process receives each text once and sends back
    only what the later stages need; documents that need the collection to be dated wait.
    ``titled``: make each mention's title too (see :func:`_extract_documents`).
    """
    timexes = [scan(document.text, day_first=config.day_first) for document, config in items]
    published = [
        own_date(document, found, config) for (document, config), found in zip(items, timexes, strict=True)
    ]
    dated = [
        (_with_date(document, date), found)
        for (document, _), date, found in zip(items, published, timexes, strict=True)
        if date is not None
    ]
    extracted = iter(_extract_documents(dated, titled))
    return [
        _Processed(date, None, next(extracted)) if date is not None else _Processed(None, found, None)
        for date, found in zip(published, timexes, strict=True)
    ]


def _with_date(document: Document, published: PublicationDate | None) -> Document:
    if published is None or document.published is not None:
        return document
    return attrs.evolve(document, published=published)


def _scan_documents(items: Sequence[tuple[str, bool]]) -> list[list[Timex]]:
    return [scan(text, day_first=day_first) for text, day_first in items]


def _extract_documents(items: Sequence[tuple[Document, list[Timex]]], titled: bool) -> list[_Extracted]:
    """Dated documents' mentions, with each one's title if ``titled``.

    An event's title is one of its mentions' titles, so a quarter of the mentions never need
    one: in one process, merging makes only those it uses.  Worker processes make them all,
    since there they cost the serial merge nothing.
    """
    mentions = []
    for document, timexes in items:
        assert document.published is not None
        mentions.append(extract(document, resolve_all(timexes, document.published.date)))
    return [(found, [make_title(mention) for mention in found] if titled else None) for found in mentions]


def _date_collection(
    pool: ProcessPoolExecutor | None,
    docs: Sequence[Document],
    processed: Sequence[_Processed],
    config: Config,
) -> tuple[tuple[Document, ...], list[tuple[Document, list[Timex]]]]:
    """Every document dated, and those still to extract with their expressions.

    Raises DatingError for documents nothing dates.
    """
    pairs = list(zip(docs, processed, strict=True))
    if all(p.published is not None for p in processed):
        return tuple(_with_date(doc, p.published) for doc, p in pairs), []
    # Some documents need the others to be dated: the whole collection goes to dating, with the
    # expressions of the documents that dated themselves scanned again.
    again = [(doc.text, config.day_first) for doc, p in pairs if p.timexes is None]
    rescanned = iter(_map(pool, config.jobs, _scan_documents, again))
    timexes = {doc.id: p.timexes if p.timexes is not None else next(rescanned) for doc, p in pairs}
    dated = date_documents([_with_date(doc, p.published) for doc, p in pairs], config, timexes)
    undated = [doc for doc in dated if doc.published is None]
    if undated:
        raise undated_error(undated)
    waiting = [(doc, timexes[doc.id]) for doc, p in zip(dated, processed, strict=True) if p.extracted is None]
    return dated, waiting


def _events(docs: Sequence[Document], settings: Config) -> tuple[tuple[Document, ...], list[Event]]:
    """The documents dated, and their events merged and ordered."""
    with _workers(settings.jobs, len(docs)) as pool:
        titled = pool is not None
        process = functools.partial(_process_documents, titled=titled)
        processed = _map(pool, settings.jobs, process, [(d, settings) for d in docs])
        dated, waiting = _date_collection(pool, docs, processed, settings)
        extract_waiting = functools.partial(_extract_documents, titled=titled)
        extracted = iter(_map(pool, settings.jobs, extract_waiting, waiting))
        per_document = [p.extracted if p.extracted is not None else next(extracted) for p in processed]
    mentions = [mention for found, _ in per_document for mention in found]
    titles = [title for _, made in per_document for title in made or ()] if titled else None
    log.info("%d documents, %d mentions", len(dated), len(mentions))
    return dated, order(merge(mentions, settings, titles))


def build_timeline(
    documents: Iterable[Document],
    config: Config | None = None,
    skipped: Iterable[Skipped] = (),
) -> Timeline:
    """Date every document, extract and merge its events, and order them.

    Raises DatingError when some document can be dated neither from its own
    evidence, nor by alignment, nor by ``config.reference``.
    """
    settings = config or Config()
    # Sorted by id, so that the output never depends on the order the inputs came in.
    docs = sorted(documents, key=lambda d: (d.id, d.path or ""))
    repeated = sorted({a.id for a, b in itertools.pairwise(docs) if a.id == b.id})
    if repeated:
        # Every stage keys documents by id; two with one id would be silently mixed up.
        raise MetadataError(f"document ids must be unique; repeated: {', '.join(repeated)}")
    with no_cycle_collection():
        dated, events = _events(docs, settings)
    return Timeline(
        documents=dated,
        events=tuple(events),
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.reason))),
    )
