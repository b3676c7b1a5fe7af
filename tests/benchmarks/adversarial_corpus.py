"""Inputs built to make a regex tagger backtrack or a resolver loop.

Used by adversarial.py (1 MB each) and reusable by unit tests at a smaller size.
"""

from __future__ import annotations

import itertools

__all__ = ["adversarial_strings"]

_MONTHS = "January February March April May June July August September October November December "
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "


def _repeat(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _counting(size: int) -> str:
    """ "1 2 3 4 …" up to ``size`` characters."""
    parts: list[str] = []
    length = 0
    for number in itertools.count(1):
        if length >= size:
            break
        parts.append(str(number))
        length += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def adversarial_strings(size: int = 1_000_000) -> dict[str, str]:
    """Named strings of exactly ``size`` characters each."""
    return {
        "digits": _repeat("1234567890", size),
        "spaces": _repeat(" ", size),
        "no-break spaces": _repeat("\u00a0", size),
        "newlines": _repeat("\n", size),
        "commas": _repeat(",", size),
        "hyphens": _repeat("-", size),
        "open parentheses": _repeat("(", size),
        "nested parentheses": _repeat("(", size // 2) + _repeat(")", size - size // 2),
        "long word": _repeat("abcdefghijklmnopqrstuvwxyz", size),
        "month names": _repeat(_MONTHS, size),
        "weekday names": _repeat(_WEEKDAYS, size),
        "March March": _repeat("March ", size),
        "on on on": _repeat("on ", size),
        "the the": _repeat("the ", size),
        "1 2 3": _counting(size),
        "15 March 2025, ": _repeat("15 March 2025, ", size),
        "Tuesday, March 11, ": _repeat("Tuesday, March 11, ", size),
        "numeric dates": _repeat("15/03/2025 ", size),
        "years": _repeat("2025 ", size),
    }
