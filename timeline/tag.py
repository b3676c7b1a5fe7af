"""Find temporal expressions in text and describe them symbolically.

:func:`scan` is date-free: it returns each expression with a
:class:`~timeline.model.Symbol` saying what it means ("weekday Tuesday,
past").  :func:`resolve_all` gives them values against a reference date;
it is cheap, which is what lets the dating stage try many candidate dates.
:func:`tag` does both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from timeline.model import Anchor, Direction, Kind, Modifier, PartOfDay, Ref, Season, Symbol, Timex, Unit
from timeline.resolve import resolve
from timeline.rules import words
from timeline.ruleset import GROUP_TABLES, NAME_GROUPS, Rule, RuleSet, default_ruleset, word_alternation

__all__ = ["resolve_all", "scan", "tag"]

_INT_FIELDS = frozenset(
    {"year", "month", "day", "weekday", "week", "quarter", "half", "decade", "century", "hour", "minute",
     "weekday_of_set", "offset"}
)  # fmt: skip

_FUTURE = re.compile(r"(?<![\w'])" + word_alternation(words.FUTURE_CUE) + r"(?![\w'])", re.IGNORECASE)
_PAST = re.compile(
    r"(?<![\w'])(?:" + word_alternation(words.PAST_CUE)[3:-1] + r"|[a-z]{3,}ed)(?![\w'])", re.IGNORECASE
)
_NOT_PAST_ED = frozenset(words.NOT_PAST_ED)
_CLAUSE_BREAK = re.compile(r"[,;:—–()\"“”]| - ")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_PREV_WORD = re.compile(r"([\w'.-]+)\W*$")
_AMBIGUOUS_MONTH = frozenset(words.AMBIGUOUS_MONTH)
_CUE_BEFORE_MONTH = frozenset(words.CUE_BEFORE_MONTH)
_EXTENT_PREFIX = re.compile(r"(?:" + "|".join(words.EXTENT_PREFIX) + r")\s+", re.IGNORECASE)
_CONTEXT = 160  # characters either side of an expression searched for tense cues


def scan(text: str, ruleset: RuleSet | None = None, day_first: bool = True) -> list[Timex]:
    """Every temporal expression in ``text``, in order, with its symbol (no dates resolved).

    Overlap policy ("leftmost, then rule order"): among the places an
    expression could start, the leftmost wins, and there the first rule in
    the table that matches; the rules list longer forms first.  Matching is
    tried only where an expression can start: at a trigger word, or at the
    run of lead words just before it.
    """
    rules = ruleset or default_ruleset()
    pattern = rules.pattern
    lead = rules.lead
    found: list[Timex] = []
    covered = 0  # text before this offset is settled
    for trigger in rules.trigger.finditer(text):
        at = trigger.start()
        if at < covered:
            continue
        for start in _candidate_starts(text, at, covered, lead):
            match = pattern.match(text, start)
            if match is None:
                continue
            rule = rules.rules[match.lastgroup or ""]
            if rule.type is None:  # a blocker: consume the text, emit nothing
                covered = match.end()
                break
            timex = _build(text, match, rule, day_first)
            if timex is None:
                continue
            found.append(timex)
            covered = match.end()
            break
    return found


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
_TOKEN_START = re.compile(r"[\w'’.$£€¥#-]*$")
_LEAD_REACH = 48  # characters: "the end of the second half of" and no further


def _candidate_starts(text: str, at: int, floor: int, lead: frozenset[str]) -> list[int]:
    """Where an expression around the trigger at ``at`` may start, leftmost first."""
    # The trigger's own token may begin earlier: "three-year-old", "$2,025", "mid-March".
    token = _TOKEN_START.search(text, max(floor, at - 24), at)
    first = token.start() if token is not None else at
    starts = [first] if first == at else [first, at]
    edge = first
    lower = max(floor, first - _LEAD_REACH)
    while edge > lower:
        word = _WORD_BEFORE.search(text, lower, edge)
        if word is None or word.group(1).lower().rstrip(".") not in lead and word.group(1).lower() not in lead:
            break
        edge = word.start()
        starts.insert(0, edge)
    return starts


def _groups(match: re.Match[str], rule: Rule) -> dict[str, str]:
    values = {}
    for full, short in rule.groups:
        value = match.group(full)
        if value is not None:
            values[short] = value
    return values


def _lookup(table: Any, text: str) -> Any:
    key = " ".join(text.lower().split())
    if key in table:
        return table[key]
    raise KeyError(key)


def _normalize(group: str, text: str) -> Any:
    """The value of a named group's text, by the group's name."""
    if group in ("year",):
        digits = text.lstrip("'")
        year = int(digits)
        # Two-digit years ('98, 11/02/89) pivot at 50: news rarely looks 50 years ahead.
        if len(digits) == 2:
            year += 1900 if year >= 50 else 2000
        return year
    if group in ("decade",):
        return int(text)
    if group == "decade2":
        return 190 + int(text)
    if group == "fiscal":
        return True
    if group == "century":
        ordinal = words.ORDINAL.get(text.lower())
        number = ordinal if ordinal is not None else int(re.sub(r"\D", "", text))
        return number - 1
    if group in ("day", "quarter", "half", "num") and text[:1].isdigit():
        digits = re.match(r"\d+(?:\.\d+)?", text)
        assert digits is not None
        number = float(digits.group())
        return int(number) if number.is_integer() else number
    if group in ("hour", "minute", "q", "n1", "n2") or text.isdigit():
        return int(text)
    table = GROUP_TABLES.get(group)
    if table is None:
        return text
    try:
        return _lookup(table, text)
    except KeyError:
        if group != "num":
            raise
    # "twenty-five", "thirty one": tens and units.
    tens, _, ones = " ".join(text.lower().replace("-", " ").split()).partition(" ")
    return int(words.NUMBER[tens]) + int(words.NUMBER[ones])


def _build(text: str, match: re.Match[str], rule: Rule, day_first: bool) -> Timex | None:
    groups = _groups(match, rule)
    start, end = match.span()
    # Names must look like names: "may" and "march" in lower case are verbs.
    for group in NAME_GROUPS:
        word = groups.get(group)
        if word is not None and word[:1].isalpha() and not word[:1].isupper():
            return None
    if rule.name == "month" and groups["month"].lower() in _AMBIGUOUS_MONTH:
        previous = _PREV_WORD.search(text, max(0, start - 30), start)
        if previous is None or previous.group(1).lower() not in _CUE_BEFORE_MONTH:
            return None
    try:
        values = {short: _normalize(short, value) for short, value in groups.items()}
    except (KeyError, ValueError):
        return None
    fields = _fill_template(rule.template, values)
    if fields is None:
        return None
    if "n1" in values:
        _settle_numeric(fields, values["n1"], values["n2"], day_first)
    _apply_conventions(fields, values, groups)
    try:
        symbol = _make_symbol(fields)
    except (KeyError, ValueError, TypeError):
        return None
    if rule.tense and symbol.direction is Direction.NEAREST and _needs_direction(symbol):
        symbol = attrs.evolve(symbol, direction=_direction_from_tense(text, start, end))
    if rule.strip_prefix:
        prefix = _EXTENT_PREFIX.match(text, start, end)
        if prefix is not None:
            start = prefix.end()
    assert rule.type is not None
    return Timex(start=start, end=end, text=text[start:end], type=rule.type, symbol=symbol, rule=rule.name)


def _fill_template(template: dict[str, str] | Any, values: dict[str, Any]) -> dict[str, Any] | None:
    fields: dict[str, Any] = {}
    for field, spec in template.items():
        if not isinstance(spec, str) or "@" not in spec:
            fields[field] = spec
            continue
        chosen: Any = None
        for option in spec.split("|"):
            negate = option.startswith("-")
            ref = option.lstrip("-@")
            if ref in values:
                chosen = values[ref]
                if negate and isinstance(chosen, (int, float)):
                    chosen = -chosen
                break
        if chosen is not None:
            fields[field] = chosen
    return fields


def _settle_numeric(fields: dict[str, Any], first: int, second: int, day_first: bool) -> None:
    """Read 03/04/2025 as day/month or month/day.

    A reading that is impossible (a "month" over 12) settles it; otherwise
    the symbol is marked swappable and resolution picks the reading nearer
    the reference date, falling back on ``day_first``.
    """
    if first > 12 >= second:
        day, month, swappable = first, second, False
    elif second > 12 >= first:
        day, month, swappable = second, first, False
    else:
        day, month = (first, second) if day_first else (second, first)
        swappable = first != second
    fields.update(day=day, month=month, swappable=swappable)


def _apply_conventions(fields: dict[str, Any], values: dict[str, Any], groups: dict[str, str]) -> None:
    """The few readings no template can express; each is a convention of English."""
    rel = values.get("rel")
    if isinstance(rel, tuple):  # "three days ago", "two weeks later"
        anchor, sign = rel
        fields["anchor"] = anchor
        if fields.get("offset") is None:
            fields["direction"] = "future" if sign > 0 else "past"
        else:
            offset = fields["offset"] * sign
            in_days = words.COUNTED_UNIT_IN_DAYS.get(str(fields.get("unit")))
            if in_days is not None:
                fields["unit"], offset = "day", offset * in_days
            fields["offset"] = offset
    shift = groups.get("shift")
    if shift is not None:
        key = " ".join(shift.lower().split())
        if key in words.NARRATIVE_SHIFT or key in ("the following", "the previous", "the preceding", "the next",
                                                   "the same", "that"):
            fields.setdefault("anchor", "narrative")
        if fields.get("kind") == "weekday" and key in ("coming", "this coming"):
            fields["offset"], fields["direction"] = 0, "future"
        if fields.get("kind") == "calendar" and "direction" in fields and isinstance(fields["direction"], int):
            fields["direction"] = {-1: "past", 0: "nearest", 1: "future"}[fields["direction"]]
    if isinstance(fields.get("direction"), int):
        fields["direction"] = {-1: "past", 0: "nearest", 1: "future"}[fields["direction"]]
    ampm = groups.get("ampm")
    if ampm is not None and isinstance(fields.get("hour"), int):
        hour = fields["hour"]
        if ampm.lower().startswith("p") and hour < 12:
            fields["hour"] = hour + 12
        elif ampm.lower().startswith("a") and hour == 12:
            fields["hour"] = 0
    if "hour" in fields and "minute" not in fields:
        fields["minute"] = 0


_ENUM_FIELDS: dict[str, Any] = {
    "kind": Kind,
    "unit": Unit,
    "season": Season,
    "direction": Direction,
    "anchor": Anchor,
    "mod": Modifier,
}


def _make_symbol(fields: dict[str, Any]) -> Symbol:
    kwargs: dict[str, Any] = {}
    for field, value in fields.items():
        if value is None:
            continue
        if field in _ENUM_FIELDS:
            kwargs[field] = _ENUM_FIELDS[field](value)
        elif field == "part_of_day":
            code = words.PART_OF_DAY.get(str(value), value)
            kwargs[field] = PartOfDay(code)
        elif field == "ref":
            kwargs[field] = Ref[str(value).upper()]
        elif field == "fiscal":
            kwargs[field] = bool(value)
        elif field == "swappable":
            kwargs[field] = bool(value)
        elif field == "amount":
            kwargs[field] = float(value)
        elif field in _INT_FIELDS:
            kwargs[field] = int(value)
        else:
            kwargs[field] = value
    return Symbol(**kwargs)


def _needs_direction(symbol: Symbol) -> bool:
    if symbol.kind is Kind.WEEKDAY:
        return symbol.offset in (None, 0)
    if symbol.kind is Kind.CALENDAR:
        return symbol.year is None and symbol.decade is None and symbol.century is None
    return symbol.kind is Kind.RELATIVE and symbol.unit is Unit.WEEKEND


def _direction_from_tense(text: str, start: int, end: int) -> Direction:
    """Past or future by the nearest tense cue: first in the clause, then in the sentence."""
    lo = max(0, start - _CONTEXT)
    hi = min(len(text), end + _CONTEXT)
    left = text[lo:start]
    right = text[end:hi]
    # The sentence around the expression.
    breaks = list(_SENTENCE_BREAK.finditer(left))
    sentence_left = left[breaks[-1].end() :] if breaks else left
    after = _SENTENCE_BREAK.search(right)
    sentence_right = right[: after.start() + 1] if after else right
    # The clause: the sentence cut at commas, quotes and dashes.
    clause_breaks = list(_CLAUSE_BREAK.finditer(sentence_left))
    clause_left = sentence_left[clause_breaks[-1].end() :] if clause_breaks else sentence_left
    after_clause = _CLAUSE_BREAK.search(sentence_right)
    clause_right = sentence_right[: after_clause.start()] if after_clause else sentence_right
    for before, after_text in ((clause_left, clause_right), (sentence_left, sentence_right)):
        direction = _nearest_cue(before, after_text)
        if direction is not None:
            return direction
    return Direction.NEAREST


def _nearest_cue(before: str, after: str) -> Direction | None:
    best: tuple[int, Direction] | None = None
    for regex, direction in ((_FUTURE, Direction.FUTURE), (_PAST, Direction.PAST)):
        for match in regex.finditer(before):
            if direction is Direction.PAST and match.group().lower() in _NOT_PAST_ED:
                continue
            distance = len(before) - match.end()
            if best is None or distance < best[0]:
                best = (distance, direction)
        for match in regex.finditer(after):
            if direction is Direction.PAST and match.group().lower() in _NOT_PAST_ED:
                continue
            # A cue after the expression counts a little less than one before it.
            distance = match.start() + 8
            if best is None or distance < best[0]:
                best = (distance, direction)
            break
    return None if best is None else best[1]


def resolve_all(timexes: Sequence[Timex], reference: dt.date | None) -> list[Timex]:
    """Give each expression its value and span against ``reference``.

    Narrative expressions ("the following day") count from the last date the
    text mentioned before them; everything else from ``reference``.
    """
    if reference is None:
        return list(timexes)
    resolved: list[Timex] = []
    narrative: dt.date | None = None
    for timex in timexes:
        symbol = timex.symbol
        result = resolve(symbol, reference, narrative)
        if symbol.swappable and result.span is not None:
            swapped = resolve(attrs.evolve(symbol, day=symbol.month, month=symbol.day), reference, narrative)
            if swapped.span is not None and abs((swapped.span.first - reference).days) < abs(
                (result.span.first - reference).days
            ):
                result = swapped
        resolved.append(attrs.evolve(timex, value=result.value, span=result.span))
        if result.span is not None and symbol.kind is not Kind.REF and result.span.granularity.rank <= 2:
            narrative = result.span.first
    return resolved


def tag(text: str, reference: dt.date | None = None, *, day_first: bool = True) -> list[Timex]:
    """The temporal expressions of ``text`` in order; resolved when ``reference`` is given.

    >>> [t.value for t in tag("Talks began on Tuesday.", dt.date(2025, 3, 15))]
    ['2025-03-11']
    """
    return resolve_all(scan(text, day_first=day_first), reference)


def tag_many(texts: Iterable[str], reference: dt.date | None = None) -> list[list[Timex]]:
    return [tag(text, reference) for text in texts]
