"""build_timeline(): the only module that knows every stage.

load → tag → date → resolve → extract → merge → order
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

from timeline.config import Config
from timeline.dating import date_documents, undated_error
from timeline.errors import MetadataError
from timeline.events import extract
from timeline.merge import merge
from timeline.model import Document, Mention, Skipped, Timeline, Timex
from timeline.order import order
from timeline.tag import resolve_all, scan

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
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield pool


def _map(
    pool: ProcessPoolExecutor | None, jobs: int, function: Callable[[_In], _Out], items: Sequence[_In]
) -> list[_Out]:
    """``map`` over the pool, results in input order (so output never depends on the number of jobs)."""
    if pool is None:
        return [function(item) for item in items]
    chunk = max(1, len(items) // (jobs * 8))
    return list(pool.map(function, items, chunksize=chunk))


def _scan_document(item: tuple[str, bool]) -> list[Timex]:
    text, day_first = item
    return scan(text, day_first=day_first)


def _extract_document(item: tuple[Document, list[Timex]]) -> list[Mention]:
    document, timexes = item
    assert document.published is not None
    return extract(document, resolve_all(timexes, document.published.date))


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
    with _workers(settings.jobs, len(docs)) as pool:
        scanned = _map(pool, settings.jobs, _scan_document, [(d.text, settings.day_first) for d in docs])
        timexes = {doc.id: found for doc, found in zip(docs, scanned, strict=True)}
        dated = date_documents(docs, settings, timexes)
        undated = [doc for doc in dated if doc.published is None]
        if undated:
            raise undated_error(undated)
        per_document = _map(pool, settings.jobs, _extract_document, [(doc, timexes[doc.id]) for doc in dated])
    mentions = [mention for found in per_document for mention in found]
    log.info("%d documents, %d mentions", len(dated), len(mentions))
    events = order(merge(mentions, settings))
    return Timeline(
        documents=tuple(dated),
        events=tuple(events),
        skipped=tuple(sorted(skipped, key=lambda s: (s.path, s.reason))),
    )
