"""Worst-case inputs: tag() must finish each 1 MB string in under 2 s.

    python tests/benchmarks/adversarial.py [--size N] [--timeout S] [--only NAME]

Each string runs in a forked child so that a hang is cut off after
--timeout seconds (default 60) instead of stalling the run.  The rules are
compiled once in the parent first, as any process does before its first
text; the children inherit them, and each times only its string.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection

from adversarial_corpus import adversarial_strings

REFERENCE = dt.date(2025, 3, 15)
LIMIT_SECONDS = 2.0


def _tag_in_child(text: str, reply: Connection) -> None:
    from timeline.tag import tag

    try:
        started = time.perf_counter()
        found = len(tag(text, reference=REFERENCE))
        reply.send((time.perf_counter() - started, found, ""))
    except Exception as error:  # reported, not hidden: the row says what went wrong
        reply.send((0.0, 0, f"{type(error).__name__}: {error}"))
    finally:
        reply.close()


def time_tag(text: str, timeout: float) -> tuple[float | None, int, str]:
    """(seconds or None on timeout, expressions found, error message)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_tag_in_child, args=(text, send))
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            seconds, found, error = receive.recv()
            return seconds, found, error
        return None, 0, ""
    except EOFError:
        return None, 0, f"child died (exit code {child.exitcode})"
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--size", type=int, default=1_000_000, help="characters per string (default 1,000,000)"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="give up on a string after S seconds")
    parser.add_argument("--only", action="append", help="run only the named string(s)")
    args = parser.parse_args(argv)

    # The rules are compiled once per process, before any text: done here, so that every forked
    # child times its string, not the library's start-up (which the throughput benchmark reports).
    from timeline.tag import tag

    started = time.perf_counter()
    tag("Talks began on Tuesday, 15 March 2025, and ended two days later.", reference=REFERENCE)
    print(f"rule compilation (once per process, before any string): {time.perf_counter() - started:.2f} s")

    strings = adversarial_strings(args.size)
    if args.only:
        strings = {name: s for name, s in strings.items() if name in args.only}
    print(f"tag(s, reference={REFERENCE}) on {len(strings)} strings of {args.size:,} characters")
    missed = 0
    for name, text in strings.items():
        seconds, found, error = time_tag(text, args.timeout)
        if error:
            verdict, shown = "TARGET MISSED (error)", error
        elif seconds is None:
            verdict, shown = "TARGET MISSED", f"> {args.timeout:.0f} s (cut off)"
        else:
            verdict = "TARGET MET" if seconds < LIMIT_SECONDS else "TARGET MISSED"
            shown = f"{seconds:8.3f} s, {found:,} expressions"
        missed += verdict != "TARGET MET"
        print(f"  {name:22} {shown:40} {verdict} (< {LIMIT_SECONDS:.0f} s)")
    print(f"{len(strings) - missed} of {len(strings)} strings under {LIMIT_SECONDS:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
