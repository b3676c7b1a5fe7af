"""Worker processes for the per-document stages: reading pages, and scanning and extracting."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor


def ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the main process stops the pool, and a worker left
    # to handle it would print a traceback of its own (the interrupt is the caller's to report).
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def process_pool(
    jobs: int, initializer: Callable[[], None] = ignore_interrupts
) -> Iterator[ProcessPoolExecutor]:
    """``jobs`` worker processes, each started by ``initializer`` (which should ignore Ctrl-C)."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=initializer)
    try:
        yield pool
    finally:
        # Not waiting for the workers to exit: the next stage can start while they do.
        pool.shutdown(wait=False, cancel_futures=True)
