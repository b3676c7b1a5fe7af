"""Find temporal expressions in text and describe them symbolically.

:func:`scan` is date-free: it returns each expression with a
:class:`~timeline.model.Symbol` saying what it means ("weekday Tuesday,
past").  :func:`resolve_all` gives them values against a reference date;
it is cheap, which is what lets the dating stage try many candidate dates.
:func:`tag` does both.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import attrs

from timeline._memory import no_cycle_collection
from timeline.config import check_reference
from timeline.model import (
    Anchor,
    Direction,
    Feast,
    Granularity,
    Kind,
    Modifier,
    PartOfDay,
    Ref,
    Season,
    Symbol,
    TimeSpan,
    Timex,
    TimexType,
    Unit,
)
from timeline.resolve import Resolution, resolve
from timeline.rules import words
from timeline.ruleset import (
    GROUP_TABLES,
    Rule,
    RuleSet,
    base_group,
    default_ruleset,
    form_key,
    word_alternation,
    word_branches,
)
from timeline.text import RANGE_JOINT, RANGE_OPENED

__all__ = ["resolve_all", "scan", "tag"]

_INT_FIELDS = frozenset(
    {"year", "month", "day", "weekday", "week", "quarter", "half", "decade", "century", "hour", "minute",
     "weekday_of_set", "offset"}
)  # fmt: skip


class _Words:
    r"""Whole words and phrases, as ``(?<![\w'])(?:body)`` finds them.

    The search looks for the character before a word instead of checking a
    lookbehind at every letter: the regex engine then skips in C to each
    space or punctuation mark, which makes it several times faster.
    """

    def __init__(self, body: str, whole_words_only: bool = False, compounds_of: str | None = None) -> None:
        self._after_break = re.compile(r"[^\w'](?:" + body + ")")
        self._at_start = re.compile("(?:" + body + ")")
        # With whole_words_only, a compound's last part ("face" in "face-to-face") is no match, but
        # in the group ``compounds_of``: checked on each match, as a look-behind before the words
        # would cost the search its skipping.
        self._whole_words_only = whole_words_only
        self._compounds_of = compounds_of

    def matches(self, text: str, lo: int, end: int) -> Iterator[tuple[int, int, str | None]]:
        """(start, end, name of the group that matched) of each match starting at ``lo`` or after."""
        position = max(lo - 1, 0)
        if lo == 0:
            first = self._at_start.match(text, 0, end)
            if first is not None:
                yield first.start(), first.end(), first.lastgroup
                position = first.end()
        for match in self._after_break.finditer(text, position, end):
            start = match.start() + 1
            if (
                self._whole_words_only
                and text[start - 1] == "-"
                and match.lastgroup != self._compounds_of
                and _in_compound(text, start, match.end())
            ):
                continue
            yield start, match.end(), match.lastgroup


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the word at [start, end), after a hyphen, is a compound's last part ("face-to-face"),
    not a verb's after its prefix ("re-elected", words.VERB_PREFIX); an "-ed" word is left to the
    rules of "-ed" compounds (see _is_past_verb: "North Korea test-fired a missile")."""
    return (
        not text.endswith("ed", start, end)
        and _VERB_PREFIX_BEFORE.search(text, max(0, start - _LONGEST_VERB_PREFIX - 2), start) is None
    )


def _cue_branches(forms: Sequence[str]) -> str:
    # Case-sensitive, in their usual spellings (see word_branches): several times faster, and this
    # runs over most of a news text.
    return "|".join(word_branches(forms, after=r"(?![\w'-])"))


_NOT_A_VERB_AFTER = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.NOT_A_VERB_AFTER)})\s+$", re.IGNORECASE
)
_NOT_A_VERB_WORDS = frozenset(words.NOT_A_VERB_AFTER)
_SHARED_PASSIVE = re.compile(
    r"(?<![\w'])(?<!\bused\s)(?:will|shall|would|to|['’]ll)\s+(?:not\s+)?be\s+[a-z]+ed\b"
    r"[^,;:.!?\n]*?\s(?:and|or)\s+$",
    re.IGNORECASE,
)
_SHARED_PASSIVE_REACH = 96  # characters: "will be suspended on 17 October and "
_AFTER_ED_AND = re.compile(r"(?<![\w'])([a-z]+ed)\s+(?:and|or)\s+$", re.IGNORECASE)
_BEFORE_INFINITIVE = frozenset(words.BEFORE_INFINITIVE)
_PAST_ALSO_INFINITIVE = frozenset(words.PAST_CUE_ALSO_INFINITIVE)
_ADVERB_BEFORE_VERB = frozenset(words.ADVERB_BEFORE_VERB)
_NOT_PAST_ED = frozenset(words.NOT_PAST_ED)
_VERB_PREFIX = frozenset(words.VERB_PREFIX)
_VERB_PREFIX_BEFORE = re.compile(rf"(?<![\w'-])(?:{word_alternation(words.VERB_PREFIX)})-$", re.IGNORECASE)
_LONGEST_VERB_PREFIX = max(map(len, words.VERB_PREFIX))
_ED_PENALTY = 12  # characters: a couple of words
_WEAK_PENALTY = 36  # characters: any verb of the clause comes nearer ("were bracing for … on Friday")


# The kinds of tense cue, as (direction, extra distance): an "-ed" word counts as if it were farther
# away than it is.  Any "-ed" word not in the past list is a weaker past cue, unless a determiner makes
# it an adjective ("the reduced dividend") or "be" a passive ("will be held", which is also why
# _is_past_verb checks past cues).
class _CueKind(NamedTuple):
    direction: Direction
    penalty: int = 0  # extra distance; a cue with none is explicit
    # Extra distance for a cue after the expression, which also makes it no explicit cue there: an
    # infinitive of scheduling after a date tells the purpose of another verb ("arrived in Busan on
    # Thursday to attend the summit"), and wins only where nothing else tells ("EU leaders gather in
    # Brussels on Thursday to attend a summit").
    after_penalty: int | None = 0  # None: no cue at all after the expression (see words.MODAL_OF_POSSIBILITY)
    fallback: bool = False  # counts only where no other cue in the sentence does ("beginning Tuesday")


_CUE_KINDS = {
    "future": _CueKind(Direction.FUTURE),
    "future_infinitive": _CueKind(Direction.FUTURE, after_penalty=_WEAK_PENALTY),
    "future_modal": _CueKind(Direction.FUTURE, after_penalty=None),
    "future_weak": _CueKind(Direction.FUTURE, _WEAK_PENALTY),
    "future_start": _CueKind(Direction.FUTURE, _WEAK_PENALTY, fallback=True),
    "past": _CueKind(Direction.PAST),
    "past_ed": _CueKind(Direction.PAST, _ED_PENALTY),
}
_PHRASE_BREAK = re.compile(r"[^\w']")  # what may follow a whole cue (see _cue_branches)


def _cue_kinds(listed: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Each cue phrase (lower case, single spaces) and its kind, the first kind listed winning where
    two start at one place.

    The phrases of every kind are then one prefix tree, which finds the longest phrase at a place:
    a phrase that starts with a whole phrase of a kind listed before it could never win, and is
    left out, so that the longest phrase found is always the one of the first kind listed.
    """
    kind_of: dict[str, str] = {}
    for kind, forms in listed:
        found = {}
        for form in forms:
            phrase = form_key(form.lower())
            ends = [match.start() for match in _PHRASE_BREAK.finditer(phrase)] + [len(phrase)]
            if all(phrase[:end] not in kind_of for end in ends):
                found[phrase] = kind
        kind_of.update(found)
    return kind_of


_CUE_KIND_OF = _cue_kinds(
    (
        ("future", words.FUTURE_CUE),
        ("future_infinitive", words.FUTURE_INFINITIVE_CUE),
        ("future_modal", words.MODAL_OF_POSSIBILITY),
        ("future_weak", words.WEAK_FUTURE_CUE),
        ("future_start", words.START_OF_STRETCH_CUE),
        ("past", words.PAST_CUE),
    )
)
# One pass finds them all, in one tree of the phrases of every kind, each match's kind looked up:
# trying a tree per kind in turn at every word made the pass a third slower.  A phrase hides the
# cues inside it ("had been due to expire" is past, and its "expire" no future cue); any "-ed" word
# is tried last.
# A cue is a whole word, not part of a compound ("face-to-face talks", "a last-minute deal"), unless
# a verb prefix makes the compound a verb ("unanimously re-elected Bashir"); an "-ed" word after a
# hyphen has rules of its own (see _is_past_verb).
_CUES = _Words(
    f"(?P<cue>{_cue_branches(tuple(_CUE_KIND_OF))})" r"|(?P<past_ed>[A-Za-z][a-z]{2,}ed(?![\w']))",
    whole_words_only=True,
    compounds_of="past_ed",
)


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the cue word at [start, end) is capitalized inside a sentence, and so part of a name:
    "CBS's Face the Nation", "Will Smith", "Said Jalili".  Not in a headline: a word in capitals,
    or one of a title-case headline, whose next two words are capitalized too ("Apple Will Unveil
    New iPhones on Tuesday")."""
    if not text[start].isupper() or text[start:end].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if not before or before[-1] in _OPENS_SENTENCE:
        # A sentence's first word is capitalized anyway; a verb there opens a name when the next
        # word is capitalized too ("Met Office forecasters expect…", "Said Jalili will…"), unless
        # that word is a day, a month or a word such as "the" (words.NO_NAME_AFTER_CUE: "Announced
        # Tuesday, the plan…"); an adverb or a preposition opens none ("Since Brexit, …").
        if text[start:end].lower() in _CUE_OPENS_NO_NAME:
            return False
        after = _WORD_AFTER.match(text, end)
        return after is not None and after.group(1).lower() not in _NO_NAME_AFTER_CUE
    return _TITLE_CASE_AFTER.match(text, end) is None


_OPENS_SENTENCE = frozenset(".!?:;\n\"“‘'(—–-[")
_TITLE_CASE_AFTER = re.compile(r"[^\S\n]+[A-Z][a-z][\w'’-]*[^\S\n]+[A-Z][a-z]")
_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_a-z][^\W\d_]*[a-z][\w'’-]*)")
_NO_NAME_AFTER_CUE = frozenset((*words.NO_NAME_AFTER_CUE, *words.WEEKDAY, *words.MONTH))
_CUE_OPENS_NO_NAME = frozenset(words.CUE_OPENS_NO_NAME)


def _cue_kind(text: str, start: int, end: int, group: str | None) -> str:
    """The kind of the cue _CUES found at [start, end), by the name of the group that matched."""
    if group != "cue":
        return "past_ed"
    phrase = text[start:end].lower()
    # As word_branches matches the phrases: any whitespace, either apostrophe ("won’t").
    return _CUE_KIND_OF.get(phrase) or _CUE_KIND_OF[form_key(phrase)]


# Clauses end at punctuation and at conjunctions: in "the truce came into effect on Friday and will
# last 30 days" the "will" of the second clause says nothing about Friday.  Each pattern starts
# with one character class, which lets the regex engine skip in C to the next candidate.
_CLAUSE_BREAK = re.compile(r"[ ,;:—–()\"“”](?:(?<! )|- |and |but |while |whereas )")
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)|(?<!\n)\s)")
_PREV_WORD = re.compile(r"([\w'.-]+)\W*$")
_AMBIGUOUS_MONTH = frozenset(words.AMBIGUOUS_MONTH)
_CUE_BEFORE_MONTH = frozenset(words.CUE_BEFORE_MONTH)
_EXTENT_PREFIX = re.compile(r"(?:" + "|".join(words.EXTENT_PREFIX) + r")\s+", re.IGNORECASE)
_NOT_A_PAST_TENSE = frozenset(name for name, kind in _CUE_KINDS.items() if kind.direction is Direction.FUTURE)
# "They'll", "we’ll": "will" contracted onto its word, which the cue search skips past; found on its
# own, as a branch of the cues tried at every word would cost more than all the others.
_CONTRACTED_WILL = ("'ll", "’ll")
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
    lead = rules.lead
    found: list[Timex] = []
    covered = 0  # text before this offset is settled
    tenses = _TenseIndex(text)
    for at in rules.triggers.starts(text):
        if at < covered:
            continue
        for start in _candidate_starts(text, at, covered, lead):
            match = rules.match(text, start)
            if match is None:
                continue
            rule = rules.rules[match.lastgroup or ""]
            if rule.type is None:  # a blocker: consume the text, emit nothing
                covered = match.end()
                break
            timex = _build(text, match, rule, day_first, tenses, rules.memo)
            if timex is None or (
                rule.range_end
                and (_range_start(found, text) != timex.start or not _closes_range(found[-1], timex))
            ):
                continue
            if rule.joins_day:
                joined = _with_day_after(text, timex, rules, day_first, tenses)
                if joined is None:
                    continue  # "1.27 this morning": no hour of the morning, a price
                if joined is timex and timex.symbol.hour is None:
                    continue  # "the morning of" is nothing without its day
                timex = joined
            found.append(timex)
            covered = max(timex.end, match.end())
            closing_at = _range_start(found, text)
            if closing_at is not None:
                # The trigger skips a number right after another ("10-14" is no date by its
                # look), so the day closing a range is tried here.
                end = _range_end(text, closing_at, rules, day_first, tenses)
                if end is not None:
                    end = _full_year(text, timex, end)
                if end is not None and _closes_range(timex, end):
                    found.append(end)
                    covered = end.end
                elif _is_bare_year(timex.symbol):
                    found.pop()  # "1500-2000 volunteers", "1800-1900 pounds": a count, not two years
            break
    _join_ranges(found, text)
    _compare_months(found, text)
    _compare_periods(found, text)
    _share_sets(found, text)
    _date_stamps(found, text)
    _day_of_the_sentence(found, text, rules)
    return found


def _day_of_the_sentence(found: list[Timex], text: str, rules: RuleSet) -> None:
    """Count an expression of a rule marked ``day_of_its_sentence`` ("overnight") from the
    publication day when its sentence names no day before it.

    "Shares fell Friday after overnight losses in New York" is the night before Friday; but in
    "Halloway was arrested on Tuesday. A second man, who was detained overnight, was released", or
    "…, they wrote in a note to clients overnight", it is last night, not the night before a day
    told sentences ago.
    """
    for index, timex in enumerate(found):
        rule = rules.rules.get(timex.rule)
        if rule is None or not rule.day_of_its_sentence or timex.symbol.anchor is not Anchor.NARRATIVE:
            continue
        named = False
        for position in range(index - 1, -1, -1):
            if _SENTENCE_BREAK.search(text, found[position].end, found[position + 1].start):
                break
            if _names_a_day(found[position].symbol):
                named = True
                break
        if not named:
            found[index] = attrs.evolve(timex, symbol=attrs.evolve(timex.symbol, anchor=Anchor.PUBLICATION))


def _date_stamps(found: list[Timex], text: str) -> None:
    """Give each live-blog time stamp the day of the section it is in: the date alone on a line
    above it ("Friday 17 October", then "23:40"), as a blog that runs newest first has it.  Without
    such a header a stamp is of the publication day (rule ``clock_stamp``)."""
    if not any(timex.rule == STAMP_RULE for timex in found):
        return  # most texts: no line-reading for their headers
    header: Symbol | None = None
    for index, timex in enumerate(found):
        if timex.rule == STAMP_RULE:
            if header is not None:
                symbol = attrs.evolve(
                    header, hour=timex.symbol.hour, minute=timex.symbol.minute, part_of_day=None
                )
                found[index] = attrs.evolve(timex, symbol=symbol)
        elif timex.type is TimexType.DATE and _names_a_day(timex.symbol) and _alone_on_its_line(text, timex):
            header = timex.symbol


STAMP_RULE = "clock_stamp"  # a live blog's time stamp (extraction reads its entries too)


def _alone_on_its_line(text: str, timex: Timex) -> bool:
    line_start = text.rfind("\n", 0, timex.start) + 1
    line_end = text.find("\n", timex.end)
    rest = text[line_start : timex.start] + text[timex.end : len(text) if line_end < 0 else line_end]
    return not any(c.isalnum() for c in rest)


def _share_sets(found: list[Timex], text: str) -> None:
    """Make a weekday joined to a set of weekdays one too: in "every Monday and Friday", "on
    Tuesdays, Thursdays and Saturdays" every day named recurs, not the coming Friday."""
    for index in range(1, len(found)):
        previous, timex = found[index - 1], found[index]
        symbol = timex.symbol
        if (
            previous.type is not TimexType.SET
            or previous.symbol.weekday_of_set is None
            or symbol.kind is not Kind.WEEKDAY
            or symbol.weekday is None
            or symbol.offset not in (None, 0)
            or symbol.unit is not None
            or _SET_JOINT.fullmatch(text, previous.end, timex.start) is None
            or text.startswith(("'s", "’s"), timex.end)  # "every Sunday, and Monday's sale"
        ):
            continue
        every = attrs.evolve(previous.symbol, weekday_of_set=symbol.weekday, part_of_day=symbol.part_of_day)
        found[index] = attrs.evolve(timex, type=TimexType.SET, symbol=every)


_SET_JOINT = re.compile(r"\s*,\s*|,?\s+(?:and|or)\s+")


def _join_ranges(found: list[Timex], text: str) -> None:
    """Read each pair of expressions that a range word or a dash joins as one range: the first
    takes the year the last names (_share_year), a partial last end is marked for resolution to
    keep the two in order (_range_end_symbol), and so are two weekdays (_weekday_range).  One pass,
    one joint match a pair.
    """
    for index in range(len(found) - 1):
        first, last = found[index], found[index + 1]
        opening, closing = first.symbol, last.symbol
        weekdays = opening.kind is Kind.WEEKDAY and closing.kind is Kind.WEEKDAY
        clock_first = _is_bare_clock(opening) and closing.hour is not None
        if not (weekdays or clock_first) and (opening.month is None or closing.month is None):
            continue
        joint = RANGE_JOINT.fullmatch(text, first.end, last.start)
        if joint is None:
            continue
        word = (joint.group("word") or "").lower()
        if clock_first:
            if index and _day_opens(found[index - 1], first, text):
                continue  # "on Saturday from 6am until 8pm on Sunday": 6am is Saturday's
            on_day = _clock_on_day_of(text, first, last, word)
            if on_day is not None:
                found[index] = on_day
            continue
        if weekdays:
            joined = _weekday_range(text, first, last, word)
            if joined is not None:
                found[index], found[index + 1] = joined
        elif opening.kind is Kind.CALENDAR and opening.year is None and _names_year(closing):
            if word != "and" or _opens_range(text, first):  # "on 3 March and 5 April 2024": two years
                found[index] = attrs.evolve(first, symbol=_share_year(opening, closing))
        elif _ends_range(closing) and (opening.kind is Kind.CALENDAR or _names_year_by_offset(opening)):
            # "January-to-October" is one word as "January-October" is.
            dash = "-" if joint.group("hyphened") else joint.group()
            symbol = _range_end_symbol(text, first, last, word, dash)
            if symbol is not None:
                found[index + 1] = attrs.evolve(last, symbol=symbol)


def _is_bare_clock(symbol: Symbol) -> bool:
    """A time of day that names no day ("9am", "18:00"): on the story's day, unless a range gives one."""
    return symbol.kind is Kind.RELATIVE and symbol.anchor is Anchor.NARRATIVE and symbol.hour is not None


def _names_day(symbol: Symbol) -> bool:
    """Whether ``symbol`` names a day: a weekday, a day of a month, "tomorrow"."""
    return symbol.kind is Kind.WEEKDAY or symbol.day is not None or symbol.unit is Unit.DAY


def _day_opens(day: Timex, opening: Timex, text: str) -> bool:
    """Whether ``day`` names the day a range opened by ``opening`` starts on: "on Saturday from 6am"."""
    return _names_day(day.symbol) and _DAY_THEN_RANGE.fullmatch(text, day.end, opening.start) is not None


_DAY_THEN_RANGE = re.compile(rf"[\s,]*(?:{word_alternation(words.RANGE_OPENER)})\s+", re.IGNORECASE)


def _clock_on_day_of(text: str, first: Timex, last: Timex, word: str) -> Timex | None:
    """A bare time opening a range that closes on a named day ("from 9am until 5pm on Thursday",
    "between 6am and 9pm on Saturday"), on that day; None where the two are no range in one day
    (a time later than the close runs overnight from the day before: "from 10pm to 6am on Friday")."""
    opening, closing = first.symbol, last.symbol
    assert opening.hour is not None and closing.hour is not None
    if closing.anchor is Anchor.NARRATIVE:
        return None  # no day named: "from 9am to 5pm"
    if word and word not in _THROUGH and not _opens_range(text, first):
        return None  # "at 9am and 5pm on Thursday", "rose to 5pm on Thursday"
    if (opening.hour, opening.minute or 0) >= (closing.hour, closing.minute or 0):
        return None
    return attrs.evolve(
        first, symbol=attrs.evolve(closing, hour=opening.hour, minute=opening.minute, part_of_day=None)
    )


def _compare_months(found: list[Timex], text: str) -> None:
    """Mark each comparison with a year before ("from a year earlier", "the same month last year")
    that follows a bare month in its sentence with that month: "exports grew 8.3% in September
    from a year earlier" is last September, and "rose 0.4% in October from September and 3.2% from
    a year earlier" last October, the month reported, which comes first.  Not across a semicolon
    (but "the same month" reaches back to the last sentence with a month), nor after a month to
    come, one that names its year, or one that opens or ends a range or a stretch ("in the 12
    months to September").  A comparison told from the story's time that opens its sentence ("A
    year earlier") reaches back to the last sentence that names a date: "Inflation rose to 3.1% in
    March. A year earlier it stood at 2.2%." is last March."""
    for index, timex in enumerate(found):
        symbol = timex.symbol
        if not _compares_year_before(symbol):
            continue
        told = None
        # "A year ago" opening a sentence is as often a year before the telling ("A year ago, few
        # had heard of him"); "a year earlier" is of the story's last date.
        sentences_back = (
            1 if symbol.anchor is Anchor.NARRATIVE and _at_sentence_start(text, timex.start) else 0
        )
        for position in range(index - 1, -1, -1):
            before = found[position]
            if _SENTENCE_OR_SEMICOLON.search(text, before.end, found[position + 1].start):
                if told is not None:
                    break
                if symbol.keep is not Unit.MONTH:  # "the same month" looks back to the last sentence with one
                    if not sentences_back:
                        break
                    sentences_back -= 1
            if _bare_month_told(text, before) and not _opens_month_range(found, position, text):
                told = before.symbol.month
        if told is not None:
            compared = Symbol(
                kind=Kind.RELATIVE, unit=Unit.YEAR, offset=-1, direction=Direction.PAST, month=told
            )
            found[index] = attrs.evolve(timex, symbol=compared)


def _compare_periods(found: list[Timex], text: str) -> None:
    """Mark each comparison with a year before, and each "1989 period", whose sentence names no
    quarter or half-year before it (Symbol.apart): "Profit rose in the third quarter from a year
    ago. After a flat second quarter, … The comparison was flattered by charges in the year-earlier
    period" compares the third quarter, while in "In the second quarter, a strike cut output …
    down from 1.9 billion euros a year earlier" the second quarter is compared, however long the
    sentence."""
    seen = False  # whether the text has named a period yet: only then does the mark tell anything
    for index, timex in enumerate(found):
        symbol = timex.symbol
        seen = seen or _names_period(symbol)
        if not seen or not _compares_period(symbol):
            continue
        named = False
        for position in range(index - 1, -1, -1):
            before = found[position]
            if _SENTENCE_BREAK.search(text, before.end, found[position + 1].start):
                break
            if _names_period(before.symbol):
                named = True
                break
        if not named:
            found[index] = attrs.evolve(timex, symbol=attrs.evolve(symbol, apart=True))


def _compares_period(symbol: Symbol) -> bool:
    """ "A year earlier", "the year-ago quarter" (not of a month told), and "the 1989 period"."""
    if symbol.month is not None:
        return False
    return _is_year_earlier(symbol) or (
        symbol.kind is Kind.RELATIVE
        and symbol.keep is None
        and symbol.year is not None
        and symbol.unit in _PERIOD_UNITS
    )


def _names_period(symbol: Symbol) -> bool:
    """Whether ``symbol`` names a quarter or half-year itself ("the third quarter", "that quarter"),
    not by comparison ("the 1989 period", "a year earlier")."""
    if symbol.quarter is not None or symbol.half is not None:
        return not _counts_back_years(symbol)
    # "That quarter", "the previous quarter"; not "in coming quarters", no one period.
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit in _PERIOD_UNITS
        and symbol.year is None
        and symbol.offset is not None
    )


_PERIOD_UNITS = frozenset({Unit.QUARTER, Unit.HALF_YEAR})


def _compares_year_before(symbol: Symbol) -> bool:
    """ "A year earlier", "the same period last year", and "the same month last year" (the
    publication's month, Symbol.keep, where no month is told)."""
    return (
        _counts_back_years(symbol)
        and symbol.offset == -1
        and symbol.month is None
        and symbol.keep in (None, Unit.MONTH)
    )


def _bare_month_told(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is a month without its year, not ahead and not the end of a range."""
    symbol = timex.symbol
    return (
        symbol.kind is Kind.CALENDAR
        and symbol.month is not None
        and symbol.day is None
        and symbol.year is None
        and symbol.direction is not Direction.FUTURE
        and symbol.anchor is Anchor.PUBLICATION
        and _RANGE_WORD_BEFORE.search(text, max(0, timex.start - 10), timex.start) is None
    )


def _opens_month_range(found: list[Timex], position: int, text: str) -> bool:
    """Whether the month at ``position`` opens a range of months ("From January to October")."""
    if position + 1 >= len(found) or found[position + 1].symbol.month is None:
        return False
    return RANGE_JOINT.fullmatch(text, found[position].end, found[position + 1].start) is not None


# The end of a sentence or of a clause a semicolon closes: a comparison looks no further back, nor
# a verb's subject further ahead for its own verb.
_SENTENCE_OR_SEMICOLON = re.compile(r"[.!?;\n]\s")
_RANGE_WORD_BEFORE = re.compile(
    rf"(?:[-–]|(?<![\w'])(?:{word_alternation(words.RANGE_WORD)})\s+)$", re.IGNORECASE
)


def _share_year(opening: Symbol, closing: Symbol) -> Symbol:
    """The first date of a range, in the year its last one names: "between 1 July and 31 December
    2024" starts in July 2024 (in November 2024 when the range runs over the new year), and "from
    January to August this year" in January of this year."""
    back = 1 if (opening.month, opening.day or 1) > (closing.month, closing.day or 1) else 0
    if closing.year is not None:
        return attrs.evolve(opening, year=closing.year - back, direction=Direction.NEAREST)
    assert closing.offset is not None
    return _in_year_counted(opening, closing.offset - back)


def _in_year_counted(symbol: Symbol, offset: int) -> Symbol:
    """``symbol``'s month (and day) in the year ``offset`` years from the publication's."""
    return attrs.evolve(
        symbol, kind=Kind.RELATIVE, unit=Unit.YEAR, offset=offset, direction=Direction.NEAREST
    )


def _names_year(symbol: Symbol) -> bool:
    """A date with its year, named ("31 December 2024") or counted ("August this year")."""
    return (symbol.kind is Kind.CALENDAR and symbol.year is not None) or _names_year_by_offset(symbol)


def _names_year_by_offset(symbol: Symbol) -> bool:
    """A month or day of a year counted from the publication's: "August this year", "5 May last year"."""
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit is Unit.YEAR
        and symbol.offset is not None
        and symbol.anchor is Anchor.PUBLICATION
        and symbol.keep is None
    )


def _ends_range(symbol: Symbol) -> bool:
    """A partial calendar date, which may close a range: "31 January", "October"."""
    return symbol.kind is Kind.CALENDAR and symbol.year is None and symbol.offset is None


def _range_end_symbol(text: str, first: Timex, last: Timex, word: str, joint: str) -> Symbol | None:
    """The symbol of a partial date closing a range opened by ``first`` ("from 1 October to 31
    January", "From January to October", "January-October"), marked for resolution to keep the two
    ends in order (see resolve_all); where the opening names its year ("from November 2024 to
    February"), the first such date after it.  None where the two are no range."""
    opening, closing = first.symbol, last.symbol
    bare_months = opening.day is None and closing.day is None
    if word:
        # "January to October" joins a range by itself; days, only after "from" or "between".
        if not (word in _THROUGH or _opens_range(text, first) or (bare_months and word != "and")):
            return None
    elif not (bare_months and joint in ("-", "–")):
        # A spaced dash joins no range: "TOKYO, Dec 5 - October retail sales fell" is a dateline.
        return None
    if _rescheduled(text, first) is not None:
        return None  # "the deadline was extended from 31 December to 31 March": two dates, not a range
    ahead = 1 if (closing.month, closing.day or 1) < (opening.month, opening.day or 1) else 0
    if opening.year is not None and opening.kind is Kind.CALENDAR:
        return attrs.evolve(closing, year=opening.year + ahead, direction=Direction.NEAREST)
    if opening.kind is Kind.RELATIVE:
        assert opening.offset is not None
        return _in_year_counted(closing, opening.offset + ahead)
    symbol = attrs.evolve(closing, anchor=Anchor.RANGE_START)
    if not word and (
        (symbol.direction is Direction.NEAREST and not _looks_ahead(text, first, last))
        or _figures_gone_by(text, first.start, last.end)
    ):
        # Months joined by a hyphen name a period of a report's statistics ("the January-June
        # period"): the one gone by, where no tense says, and whatever it says before the figures
        # of the period ("will report April-June results"); not a forecast nor a schedule ("the
        # outlook for November-January", "the Proms season runs July-September").
        symbol = attrs.evolve(symbol, direction=Direction.PAST, firm=False)
    return symbol


def _figures_gone_by(text: str, start: int, end: int) -> bool:
    """Whether the period at [start, end) is that of figures told of, so the one gone by: before
    figures ("will report April-June results") or after "results for", "figures of"… ("inflation
    figures for the September quarter will be released on Wednesday"); not when a forecast is
    made of them ("economists expect October-December GDP figures to show…"), nor when their
    publication is dated later ("will report its January-March results in May"), where the tense
    decides."""
    if _RESULTS_BEFORE.search(text, max(0, start - _RESULTS_BEFORE_REACH), start) is None:
        figures = _RESULTS_AFTER.match(text, end)
        if figures is None or _PUBLISHED_LATER.match(text, figures.end()):
            return False
    lo = max(_sentence_start(text, start), start - _FORECAST_VERB_REACH)
    return _FORECAST_VERB.search(text, lo, start) is None


# "Results for ", "figures of ": the figures of the period that follows.
_RESULTS_BEFORE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.RESULTS_NOUN)})\s+(?:for|of|covering)\s+$", re.IGNORECASE
)
_RESULTS_BEFORE_REACH = 24  # characters: "statistics covering "
_FORECAST_VERB = re.compile(rf"(?<![\w'])(?:{word_alternation(words.FORECAST_VERB)})(?![\w'])", re.IGNORECASE)
_FORECAST_VERB_REACH = 60  # characters: "Spanish tourism officials expect "
# A date of publication after figures: "results in May", "figures next summer".
_PUBLISHED_LATER = re.compile(
    rf"\s+(?:in|next|due\s+in|by)\s+(?:{word_alternation(tuple(words.MONTH))}|{word_alternation(tuple(words.SEASON))}"
    r"|year|month)(?![\w'])",
    re.IGNORECASE,
)


def _weekday_range(text: str, first: Timex, last: Timex, word: str) -> tuple[Timex, Timex] | None:
    """Two weekdays that a range word joins, the last marked as _range_end_symbol marks a date
    ("will run from Monday to Friday", told on a Thursday, ends on the Friday after that Monday,
    not tomorrow); or the first in the week the last is in ("from Monday to Friday last week").  A
    day a change of date puts off from another is marked so too."""
    opening, closing = first.symbol, last.symbol
    if opening.offset is not None or opening.unit is not None or closing.anchor is not Anchor.PUBLICATION:
        return None
    if not word or not (word in _THROUGH or _opens_range(text, first)):
        return None
    moved = _rescheduled(text, first)
    if moved is not None:
        # "The vote was moved from Monday to Friday": two days, not a range; but a day put off
        # comes after the one it was put off from ("has been pushed back from Tuesday to Friday",
        # told on a Thursday, is next week's Friday, not tomorrow).
        if _POSTPONED.search(moved.group()) and closing.offset is None and closing.unit is None:
            # Told in the simple past, the move may be a few days old and its old day gone by ("the
            # launch was postponed from Tuesday to Thursday", told on a Wednesday, is yesterday and
            # tomorrow); told just now, both are to come.
            anchor = Anchor.RANGE_START if _told_just_now(text, moved.start()) else Anchor.MOVED
            return first, attrs.evolve(last, symbol=attrs.evolve(closing, anchor=anchor))
        return None
    if closing.unit is Unit.WEEK and closing.offset is not None:
        shared = attrs.evolve(opening, unit=Unit.WEEK, offset=closing.offset, direction=closing.direction)
        return attrs.evolve(first, symbol=shared), last
    if closing.offset is None and closing.unit is None:
        return first, attrs.evolve(last, symbol=attrs.evolve(closing, anchor=Anchor.RANGE_START))
    return None


def _rescheduled(text: str, first: Timex) -> re.Match[str] | None:
    """The change of date before the "from" that opens ``first``, if any (see _moves_through: not
    "sterling moved in a narrow range from January to September")."""
    moved = _MOVED_TO_OR_FROM.search(text, max(0, first.start - _RESCHEDULE_REACH), first.start)
    if moved is None or moved.group("word").lower() != "from" or not _moves_through(text, moved, first.end):
        return None
    return moved


_POSTPONED = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.POSTPONING_VERB)}|back)(?![\w'])", re.IGNORECASE
)


def _looks_ahead(text: str, first: Timex, last: Timex) -> bool:
    """Whether a word of a forecast or a schedule (words.LOOKS_AHEAD) is in the sentence of the
    range [first, last]."""
    stop = _SENTENCE_BREAK.search(text, last.end)
    hi = len(text) if stop is None else stop.start()
    return _LOOKS_AHEAD.search(text, _sentence_start(text, first.start), hi) is not None


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, roughly: after the last ". " or line break."""
    return max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1


_LOOKS_AHEAD = re.compile(rf"(?<![\w'])(?:{word_alternation(words.LOOKS_AHEAD)})(?![\w'])", re.IGNORECASE)
_THROUGH = frozenset({"through", "thru"})
_RESCHEDULE_REACH = 60  # characters: "postponed the opening of the new bridge from "
# A change of date, words of its object (no mark: another clause), and the word that brings the
# old or the new date: "pushed the launch back from ", "brought forward the election to ",
# "was extended from 31 December to 31 March".
_MOVED_TO_OR_FROM = re.compile(
    rf"(?<![\w'])(?P<verb>{word_alternation(words.RESCHEDULE_CUE)})(?P<gap>(?:\s+[\w'’-]+){{0,6}}?)\s+"
    rf"(?P<word>{word_alternation(words.MOVED_DATE_PREPOSITION)})\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OLD_DATE_GAP = re.compile(r"\s+from\s", re.IGNORECASE)
_MOVED_DATE_LAST_WORD = frozenset(form.split()[-1] for form in words.MOVED_DATE_PREPOSITION)
_MOVING_VERB = frozenset(words.MOVING_VERB)
_MOVED_OBJECT_OPENS = re.compile(
    rf"\s+(?:(?:{word_alternation(words.MOVED_OBJECT_OPENER)})(?![\w'])|[\w-]+['’]s(?!\w))", re.IGNORECASE
)


def _told_just_now(text: str, verb: int) -> bool:
    """Whether the verb at ``verb`` is told in the present, the present perfect or ahead ("has been
    pushed back", "will scrap", "is postponed"), not in the simple past."""
    return _NOW_BEFORE_VERB.search(text, max(0, verb - _NOW_REACH), verb) is not None


_NOW_REACH = 24  # characters: "has now been" and an adverb
_NOW_BEFORE_VERB = re.compile(
    r"(?<![\w'])(?:has|have|will|shall|is|are|['’]s|['’]ve|['’]ll)\s+"
    r"(?:(?:been|be|now|just|also|again|already|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
_HAD_BEFORE = re.compile(r"(?<![\w'])had\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
_UNIT_ENDS = re.compile(rf"\s(?:{word_alternation(tuple(words.UNIT))})$", re.IGNORECASE)
# The new date after an old one: "from Saturday to Monday", not "switched from Monday to a reduced
# timetable".
_NEW_DATE_AFTER = re.compile(
    rf"\s+(?:to|until|till)\s+(?:the\s+)?(?:next\s+|mid-|early\s+|late\s+)?"
    rf"(?:{word_alternation((*words.WEEKDAY, *words.MONTH))}(?![\w'])|\d)",
    re.IGNORECASE,
)
_MOVED_OBJECT = re.compile(
    rf"(?<![\w'])(?P<verb>{word_alternation((*words.MOVING_VERB, *words.CANCELLING_VERB))})\s+"
    rf"(?:(?:{word_alternation(words.QUANTITY_OF)})\s+of\s+)?(?:the\s+|this\s+|next\s+)?$",
    re.IGNORECASE,
)


# A range word before a day: "-14", " to 14", " until the 14th"; not a spaced dash ("on March 10 -
# 14 people died").
_RANGE_TO_DAY = re.compile(
    rf"(?:[-–—]|\s+(?:{word_alternation(words.RANGE_WORD)})\s+)(?:the\s+)?(?=\d)", re.IGNORECASE
)
_ROLLOVER_DAYS = 15  # "March 28-2" runs into April; "Scotland's March 3-1 win" is a score
_LONGEST_MONTH = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}  # days in the longest such month


def _range_start(found: Sequence[Timex], text: str) -> int | None:
    """Where a bare day closing a range would start, if the last expression found opens one: a day
    of a month, then a dash, or a range word after "from" or "between" ("the toll rose on March
    10 to 14" is a count)."""
    if not found:
        return None
    opening = found[-1]
    if opening.symbol.month is None:  # a year, or nothing that opens a range
        joint = _YEAR_TO_YEAR.match(text, opening.end)
        return joint.end() if joint is not None and _is_bare_year(opening.symbol) else None
    if opening.symbol.day is None:
        return None
    joint = _RANGE_TO_DAY.match(text, opening.end)
    if joint is None:
        return None
    if joint.group()[:1] not in "-–—" and not _opens_range(text, opening):
        return None
    return joint.end()


# "2010-2014", "1948–2025", "2015-24", "2025/26": a year, a dash or slash and a year, no space between.
_YEAR_TO_YEAR = re.compile(r"[-–/](?=(?:\d{4}|\d\d)(?![\d/-]))")
_LONGEST_YEAR_RANGE = 300  # a life, a dynasty ("Qing Dynasty (1644-1911)"); "1500-2000" is no range
# Two digits close a shorter range: "2025-03" is no range to 2103 (nor a month written so).
_LONGEST_SHORT_YEAR_RANGE = 50


def _full_year(text: str, opening: Timex, end: Timex) -> Timex | None:
    """``end``, a range's closing year written in two digits ("2015-24", "1999-00"), in full: of the
    century of the year that opens the range, or of the next where the digits roll over.  None
    where a slash joins years that do not follow each other: "2025/26" is one season or tax year,
    "2010/2020" two goals and "Directive 2014/65" a number."""
    first, last = opening.symbol.year, end.symbol.year
    if first is None or last is None:
        return end
    if text[opening.end : end.start] == "/" and (last - first) % 100 != 1:
        return None
    if last >= 100:
        return end
    year = first - first % 100 + last
    if year <= first:
        year += 100
    if year - first > _LONGEST_SHORT_YEAR_RANGE:
        return end
    return attrs.evolve(end, symbol=attrs.evolve(end.symbol, year=year))


def _is_bare_year(symbol: Symbol) -> bool:
    """A year and nothing else: "2010", not "late 2010", "fiscal 2010" or "spring 2010"."""
    return symbol.year is not None and symbol == Symbol(Kind.CALENDAR, year=symbol.year)


def _opens_range(text: str, opening: Timex) -> bool:
    """Whether "from" or "between" comes right before ``opening``."""
    return RANGE_OPENED.search(text, max(0, opening.start - 16), opening.start) is not None


def _closes_range(opening: Timex, end: Timex) -> bool:
    """Whether the day ``end`` names can close a range opened on the day of ``opening``; or the
    year, a range opened by a year."""
    first_year, last_year = opening.symbol.year, end.symbol.year
    if _is_bare_year(opening.symbol) or _is_bare_year(end.symbol):
        # A year closes only a year's range ("2010-2014"), and a year closes no day's range.
        if not (_is_bare_year(opening.symbol) and _is_bare_year(end.symbol)):
            return False
        assert first_year is not None and last_year is not None
        return 0 < last_year - first_year <= _LONGEST_YEAR_RANGE
    first, last, month = opening.symbol.day, end.symbol.day, opening.symbol.month
    if first is None or last is None or month is None:
        return False
    if first < last:
        return last <= _LONGEST_MONTH.get(month, 31)  # "Feb. 28-30" is no range
    return first - last >= _ROLLOVER_DAYS


def _with_day_after(
    text: str, clock: Timex, rules: RuleSet, day_first: bool, tenses: _TenseIndex
) -> Timex | None:
    """A clock time with the day named right after it: "7am on 25 July", "11pm on New Year's Eve",
    "04:09 UTC on Friday", "1pm BST this Friday", "10pm the previous night" are that time of that
    day, not of the day the text last named."""
    joint = _CLOCK_TO_DAY.match(text, clock.end)
    if joint is None:
        return clock
    if clock.text.endswith(".") and not joint.group().strip() and _NAMED_DAY.match(text, joint.end()) is None:
        # "Polls closed at 10 p.m. The next day, …": the stop of "p.m." may end the sentence; only
        # a day's name straight after it ("10 p.m. Monday") is surely the time's day.
        return clock
    if joint.group("conversion"):
        return _across_conversion(text, clock, joint.span("conversion"), rules, day_first)
    match = rules.match(text, joint.end())
    if match is None:
        return clock
    rule = rules.rules[match.lastgroup or ""]
    if rule.type not in _DAY_TYPES or rule.range_end:
        return clock
    day = _build(text, match, rule, day_first, tenses, rules.memo)
    if day is not None and rule.joins_day:  # "10pm on the night of 3 March"
        day = _with_day_after(text, day, rules, day_first, tenses) or day
        if day.symbol.hour is None and day.symbol.kind is Kind.RELATIVE:
            return clock  # "the night of" with no day after it
    if day is None or day.start != joint.end() or not _names_a_day(day.symbol):
        return clock
    # "Midnight on 31 December" ends that day, as "midnight Friday" does (words.CLOCK_WORD_OF_DAY).
    said = [word for word in clock.text.lower().split() if word in words.CLOCK_WORD_OF_DAY]  # "midnight GMT"
    hour = words.CLOCK_WORD_OF_DAY[said[-1]] if said else clock.symbol.hour
    part_of_day = day.symbol.part_of_day
    if hour is not None and part_of_day is not None and _PLAIN_HOUR.search(clock.text):
        # Written without a.m. or p.m., the hour is the one the part of the day holds: "7.30 this
        # evening" is 19:30; none ("1.27 this morning", "2.30 last night") makes it no time of it.
        first, last = words.PART_OF_DAY_HOURS[part_of_day.value]
        hour = next((h for h in (hour, hour + 12) if first <= h <= last), None)
        if hour is None:
            return None
    symbol = attrs.evolve(
        day.symbol, hour=hour, minute=clock.symbol.minute, part_of_day=clock.symbol.part_of_day
    )
    return Timex(clock.start, day.end, text[clock.start : day.end], TimexType.TIME, symbol, clock.rule)


def _across_conversion(
    text: str, clock: Timex, conversion: tuple[int, int], rules: RuleSet, day_first: bool
) -> Timex | None:
    """A clock time and its day read as if the time in another zone between them were not there:
    "polls opened at 7 a.m. (0400 GMT) Saturday" is "polls opened at 7 a.m. Saturday", told in
    the past, where the bracket alone would stand as a clause of its own between verb and day."""
    lo, hi = conversion
    compact = text[:lo] + text[hi:]
    tenses = _TenseIndex(compact)
    match = rules.match(compact, clock.start)
    read = None
    if match is not None:
        rule = rules.rules[match.lastgroup or ""]
        read = _build(compact, match, rule, day_first, tenses, rules.memo) if rule.type is not None else None
    if read is None or read.end <= lo:
        # No rule reads the time and its day as one ("at 1100 on Tuesday", shown a clock time only
        # by its bracket): the time joins the day after it.
        read = _with_day_after(compact, clock, rules, day_first, tenses)
        if read is None:
            return None
    if read.end <= lo:
        return clock
    end = read.end + hi - lo
    return Timex(clock.start, end, text[clock.start : end], read.type, read.symbol, read.rule)


_DAY_TYPES = (TimexType.DATE, TimexType.TIME)  # "Friday", "the previous night"
# A clock time written without a.m. or p.m. (a leading zero marks a 24-hour clock: "06:15").
_PLAIN_HOUR = re.compile(
    rf"(?:(?<![\d:.])[1-9]\d?(?:[:.]\d\d)?|\b(?:{word_alternation(tuple(words.CLOCK_HOUR_WORD))})|o['’]clock)$",
    re.IGNORECASE,
)
_DAY_NAMES = (*words.WEEKDAY, *words.MONTH)
_NAMED_DAY = re.compile(rf"(?:{word_alternation(_DAY_NAMES)})\b", re.IGNORECASE)
# Not across a comma: in "the count ended at 10pm, yesterday's tally showed" the day is another's.
# Wire copy gives the time in another zone in brackets between the local time and its day: "at
# 11:30 p.m. (0830 GMT) on Wednesday", "at 7 a.m. (2200 GMT Saturday) Sunday" (the day is the local one).
_CLOCK_TO_DAY = re.compile(
    r"(?P<conversion>\s*\(\s*(?:about\s+|around\s+)?\d{1,2}(?:[:.]?\d\d)?\s*(?:[ap]\.?m\.?\s*)?"
    r"(?:(?-i:[A-Z]{2,5})|local)\b[^()\n]{0,24}\))?"  # a zone's letters, then perhaps a day
    r"\s+(?:on\s+)?",
    re.IGNORECASE,
)


def _names_a_day(symbol: Symbol) -> bool:
    """Whether ``symbol`` is a day or a part of one: a date, a weekday, a holiday, "the next day",
    "the previous night" (whose clock time the hour then is)."""
    if symbol.hour is not None or symbol.kind is Kind.DURATION:
        return False
    if symbol.kind is Kind.RELATIVE:
        # "the next day"; "3 March last year"
        return (symbol.unit is Unit.DAY and symbol.offset is not None) or (
            symbol.unit is Unit.YEAR and symbol.day is not None
        )
    return symbol.day is not None or symbol.weekday is not None or symbol.feast is not None


def _range_end(text: str, start: int, rules: RuleSet, day_first: bool, tenses: _TenseIndex) -> Timex | None:
    match = rules.match(text, start)
    if match is None:
        return None
    rule = rules.rules[match.lastgroup or ""]
    if not rule.range_end:
        return None
    return _build(text, match, rule, day_first, tenses, rules.memo)


_TOKEN_CHARS = frozenset("'’.$£€¥#-_")
_WORD_CHARS = frozenset("'’.-_")
_LEAD_REACH = 48  # characters: "the end of the second half of" and no further


def _candidate_starts(text: str, at: int, floor: int, lead: frozenset[str]) -> list[int]:
    """Where an expression around the trigger at ``at`` may start, leftmost first.

    Walks back by hand rather than by regex: this runs at every trigger, and a
    backwards character loop over a word or two is cheaper than a search.
    """
    # The trigger's own token may begin earlier: "three-year-old", "$2,025", "mid-March".
    first = at
    lowest = max(floor, at - 24)
    while first > lowest and (text[first - 1].isalnum() or text[first - 1] in _TOKEN_CHARS):
        first -= 1
    starts = [first] if first == at else [first, at]
    edge = first
    lower = max(floor, first - _LEAD_REACH)
    while edge > lower:
        end = edge
        while end > lower and text[end - 1].isspace():
            end -= 1
        if end == edge:
            break
        begin = end
        while begin > lower and (text[begin - 1].isalnum() or text[begin - 1] in _WORD_CHARS):
            begin -= 1
        while begin < end and not text[begin].isalpha():  # a word starts with a letter
            begin += 1
        if begin == end:
            break
        word = text[begin:end].lower()
        if word not in lead and word.rstrip(".") not in lead:
            break
        edge = begin
        starts.insert(0, edge)
    return starts


def _lookup(table: Any, text: str) -> Any:
    key = form_key(text.lower())
    if key in table:
        return table[key]
    raise KeyError(key)


def _normalize(group: str, text: str) -> Any:
    """The value of a named group's text, by the group's name."""
    if group in ("year", "year_end"):
        digits = text.lstrip("'")
        year = int(digits)
        # Two-digit years ('98, 11/02/89) pivot at 50: news rarely looks 50 years ahead.
        if len(digits) == 2:
            year += 1900 if year >= 50 else 2000
        return year
    if group == "year_words":
        return _spelled_year(text)
    if group == "decade":
        return int(text)
    if group in ("decade2", "decade3"):  # "'90s", "the 90s"
        return 190 + int(text)
    if group == "fiscal":
        return True
    if group == "century":
        ordinal = words.ORDINAL.get(text.lower())
        number = ordinal if ordinal is not None else int(re.sub(r"\D", "", text))
        return number - 1
    if group == "num" and "/" in text:  # "2 1/2"
        return int(text.split()[0]) + 0.5
    if group == "num" and "," in text:  # "1,000"
        return int(text.replace(",", ""))
    if group == "num" and text.lower().endswith(_MULTIPLES):  # "two thousand"
        head, _, multiple = " ".join(text.lower().split()).rpartition(" ")
        if head in words.NUMBER:
            return words.NUMBER[head] * words.NUMBER_MULTIPLE[multiple]
    if group in ("day", "quarter", "half", "num") and text[:1].isdigit():
        leading = re.match(r"\d+(?:\.\d+)?", text)
        assert leading is not None
        amount = float(leading.group())
        return int(amount) if amount.is_integer() else amount
    if group in ("hour", "minute", "q", "n1", "n2") or text.isdigit():
        return int(text)
    table = GROUP_TABLES.get(base_group(group))
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


_MULTIPLES = tuple(words.NUMBER_MULTIPLE)
_SMALL_NUMBER = {**{k: int(v) for k, v in words.NUMBER.items() if isinstance(v, int)}, "oh": 0, "o": 0}


def _spelled_year(text: str) -> int:
    """1996 for "nineteen ninety-six", 2001 for "two thousand and one"."""
    tokens = [t for t in text.lower().replace("-", " ").split() if t != "and"]
    if tokens[:2] == ["two", "thousand"]:
        return 2000 + sum(_SMALL_NUMBER[t] for t in tokens[2:])
    return 100 * _SMALL_NUMBER[tokens[0]] + sum(_SMALL_NUMBER[t] for t in tokens[1:])


def _build(
    text: str, match: re.Match[str], rule: Rule, day_first: bool, tenses: _TenseIndex, memo: dict[Any, Any]
) -> Timex | None:
    """The expression ``match`` found, or None if it is not one after all.

    What the groups spell is read once per distinct (rule, groups' texts) and
    kept in ``memo``: news repeats its expressions ("Tuesday", "last week").
    """
    texts = _group_texts(match, rule)
    start, end = match.span()
    if text.startswith(_KIND_SUFFIXES, end) or (text.startswith(".", end) and _DOMAIN_AFTER.match(text, end)):
        return None  # "Black Friday-style discounts", "a Christmas-like glow", "Monday.com": no date
    # Names must look like names: "may" and "march" in lower case are verbs.
    for position in rule.name_positions:
        word = texts[position]
        if word is not None and word[:1].isalpha() and not word[:1].isupper():
            return None
    if rule.name == "month" and not _month_stands_alone(text, start, match.group("month__month")):
        return None
    key = (rule.name, texts, day_first)
    reading = memo.get(key, _UNREAD)
    if reading is _UNREAD:
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        reading = memo[key] = _read(rule, texts, day_first)
    if reading is None or (rule.ahead_only and not _counted_ahead(text, start, end, tenses)):
        return None
    symbol, tense_sensitive = reading
    # A clause with a tense cue sets the direction; without one the rule's own stands (NEAREST, or a
    # default such as the quarter's "the latest begun").
    direction, ahead_in_clause = tenses.direction(start, end) if tense_sensitive else _UNTOLD
    if direction is not Direction.FUTURE and reading[0].kind is Kind.WEEKDAY:
        # The verb tells of the notice, not of its days.
        direction = _notice_period(text, start, direction) or direction
    elif direction is Direction.FUTURE and _figures_of_period(reading[0], text, start, end):
        direction = Direction.PAST  # a period's figures come out once it is over, whatever the tense
    # Only a month or a longer part of the year is held to its tense: a day ("Dec. 7") keeps the
    # leeway, as a stray verb misleads more often than a day is most of a year away; weekdays and
    # "this week" have none to lose.
    firm = _is_part_of_year(reading[0]) and (
        (ahead_in_clause and tenses.will_governs(start, end))
        or (direction is Direction.PAST and tenses.past_governs(start, end))
        # A month a change of date moves to, just now, is the next one ("has been pushed back to
        # August", in October).
        or (direction is Direction.FUTURE and _moved_date_held(text, start, end))
    )
    if direction is not Direction.NEAREST:
        directed = (key, direction, firm)
        symbol = memo.get(directed)
        if symbol is None:
            symbol = memo[directed] = attrs.evolve(reading[0], direction=direction, firm=firm)
    if (
        direction is Direction.FUTURE
        and symbol.kind is Kind.WEEKDAY
        and symbol.offset is None
        and symbol.anchor is Anchor.PUBLICATION
        and _told_ahead_of_telling(text, start)
    ):
        # "Officials said on Thursday that the bridge would reopen on Saturday", told on a Sunday:
        # the Saturday after the telling, yesterday, not the next one.
        symbol = attrs.evolve(symbol, anchor=Anchor.NARRATIVE)
    if _names_day(symbol) and _in_closing_attribution(text, start, end):
        told = memo.get((symbol, _TOLD))  # evolve is slow, and the symbols told are few
        if told is None:
            told = memo[symbol, _TOLD] = attrs.evolve(symbol, told=True)
        symbol = told
    if rule.strip_prefix:
        prefix = _EXTENT_PREFIX.match(text, start, end)
        if prefix is not None:
            start = prefix.end()
    assert rule.type is not None
    return Timex(start=start, end=end, text=text[start:end], type=rule.type, symbol=symbol, rule=rule.name)


_KIND_SUFFIXES = tuple(f"-{suffix}" for suffix in words.KIND_SUFFIX)
# In lower case, as domains are written: "on Monday.Company shares fell" is a missing space.
_DOMAIN_AFTER = re.compile(rf"\.(?:{word_alternation(words.DOMAIN_SUFFIX)})(?![\w-])")


def _told_ahead_of_telling(text: str, start: int) -> bool:
    """Whether a weekday at ``start`` is of what a telling on an earlier weekday said would come:
    after a verb of telling (words.TELLING_VERB_PAST), its weekday, and "would" in the same sentence
    ("the union said on Monday that talks would resume on Wednesday"), so counted from the day of
    the telling, which resolution takes as the story's day (Anchor.NARRATIVE)."""
    lo = max(0, start - _TOLD_WOULD_REACH)
    if text.find("would", lo, start) < 0:
        return False  # most future weekdays: their "will" or fixture is no telling's, told in C
    return _TOLD_WOULD_BEFORE.search(text, max(_sentence_start(text, start), lo), start) is not None


# "<said> [on] <Monday> [that] … would … ", ending where the weekday starts.
_TOLD_WOULD_BEFORE = re.compile(
    rf"(?<![\w'-])(?:{word_alternation(words.TELLING_VERB_PAST)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:on\s+)?"
    rf"(?-i:{word_alternation(tuple(name.capitalize() for name in words.WEEKDAY))})(?![\w'’-])"
    r"(?:[^.;!?]|\.(?!\s))*?\bwould\b(?:[^.;!?]|\.(?!\s))*$",
    re.IGNORECASE,
)
_TOLD_WOULD_REACH = 200  # characters: the telling, its day, and what it said would come


def _figures_of_period(symbol: Symbol, text: str, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is a quarter or a half without a year ("the September
    quarter") whose figures are told of (_figures_gone_by)."""
    if symbol.kind is not Kind.CALENDAR or symbol.year is not None or (symbol.quarter or symbol.half) is None:
        return False
    return _figures_gone_by(text, start, end)


def _notice_period(text: str, start: int, tense: Direction) -> Direction | None:
    """The direction of a weekday at ``start`` that opens or closes the time a notice just issued
    covers (words.NOTICE_VERB, words.NOTICE_NOUN), or None if it does not; ``tense`` is the
    direction its clause's tense gave.

    "Issued a yellow warning for snow from Thursday evening until Friday morning", told on a
    Wednesday, is tomorrow's, though "issued" is past; told on a Friday, the night just gone.  A
    forecast (words.FORECAST_NOTICE) covers today or the days ahead, or yesterday (SOON: "from
    Friday evening", told on a Tuesday); so does a curfew, a ban or a closure just announced ("has
    announced the closure of the A39 from Saturday", "orders a lockdown from Monday"), where one
    told in the simple past may have begun days before (NEAREST: "police imposed a curfew from Sunday
    night", told on a Tuesday).  A notice looked back on is NEAREST too (words.NOTICE_LOOKED_BACK
    before its verb: "last week the Met Office issued a warning for snow from Friday evening", "had
    issued").  In the passive, the auxiliary tells which ("a yellow warning has been issued from
    Thursday evening", "a curfew was imposed from Sunday night").  A headline may leave out the
    auxiliary or the verb ("Met Office weather warnings issued for snow from Saturday", "Met
    Office: yellow warning for snow from Thursday"); in a sentence, a notice with no verb before it
    keeps the tense: "the curfew from Friday was lifted", "the curfew imposed from Friday night was
    relaxed", "breached his curfew from Saturday night".
    """
    if _word_before(text, start) not in _NOTICE_LAST_WORD:
        return None  # the common case, told cheaply: no "from" or range word right before
    reach = max(0, start - _NOTICE_REACH)
    window = text[reach:start].lower()
    if not any(noun in window for noun in _NOTICE_NOUNS_FOUND_BY):
        return None  # most weekdays after "for" or "and": no notice at all, told by a search in C
    sentence = _sentence_start(text, start)
    notice = _NOTICE_BEFORE.search(text, reach, start)
    if notice is not None:
        looked_back_until = notice.start()
        just_issued = (
            notice.group("verb").lower() in _NOTICE_VERB_PRESENT
            or _word_before(text, looked_back_until) in _NOTICE_JUST_ISSUED
        )
    else:
        notice = _NOTICE_PASSIVE.search(text, max(reach, sentence), start)
        if notice is not None:
            auxiliary = notice.group("auxiliary")
            if auxiliary is None and not _is_headline(text, start):
                return None  # "the curfew imposed from Friday night was relaxed": the tense decides
            # With no auxiliary, a headline's notice just issued ("warnings issued for snow from
            # Saturday"), in which what looks back may follow the notice; with one, what looks back
            # comes before the verb, the auxiliary included ("had been imposed").
            just_issued = auxiliary is None or auxiliary.lower() in _NOTICE_JUST_ISSUED_AUXILIARY
            looked_back_until = start if auxiliary is None else notice.end("auxiliary")
        elif tense is Direction.NEAREST and _is_headline(text, start):
            # No verb, no tense: a headline's notice, now in force or to come ("Met Office: yellow
            # warning for snow from Thursday"); not "the warning from Sunday night remains in place."
            notice = _NOTICE_UNTOLD.match(text, sentence, start)
            if notice is None or notice.group("notice").lower() not in _FORECAST_NOTICE:
                return None
            return Direction.SOON
        else:
            return None
    if _NOTICE_LOOKED_BACK.search(text, sentence, looked_back_until):
        return Direction.NEAREST
    if just_issued or notice.group("notice").lower() in _FORECAST_NOTICE:
        return Direction.SOON
    return Direction.NEAREST


def _is_headline(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a headline: it ends with no full stop, question or
    exclamation mark (a headline's verb may be left out)."""
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end].rstrip(_AFTER_SENTENCE_END)
    return not line.endswith((".", "!", "?"))


_AFTER_SENTENCE_END = " \t\r\"'”’)"  # what may close a sentence after its full stop


# What a notice covers and where, then the words opening its time, and a range's first end, ending
# where the expression starts: "[for snow][,] [valid] from …[ until/to ]", "[on protests] for
# Saturday night", "[in the town] between Friday and ".
_NOTICE_SUBJECT = (
    r"(?:\s+(?:for|of|covering|on|in|across|over|to)\s+"
    rf"(?:(?!(?<![\w'’-])(?:{word_alternation(words.NOTICE_SUBJECT_BREAK)})(?![\w'’-]))[^.;:!?,]){{1,60}}?)?"
)
_NOTICE_TIME = (
    rf",?\s+(?:valid\s+)?(?:{word_alternation(words.NOTICE_OPENER)})\s+"
    rf"(?:[^.;:!?]{{1,40}}?\s+(?:{word_alternation((*words.RANGE_WORD_OF_NAMES, 'and'))})\s+)?$"
)
_NOTICE_NOUNS = rf"(?P<notice>{word_alternation(words.NOTICE_NOUN)})"
# "<issued> [a yellow …] <notice>…"
_NOTICE_BEFORE = re.compile(
    rf"(?<![\w'-])(?P<verb>{word_alternation(words.NOTICE_VERB)})\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"{_NOTICE_NOUNS}{_NOTICE_SUBJECT}{_NOTICE_TIME}",
    re.IGNORECASE,
)
# … and in the passive: "<notice> [for …] has been <issued> [for …]…", "<notices> issued for …"
_NOTICE_PASSIVE = re.compile(
    rf"(?<![\w'-]){_NOTICE_NOUNS}{_NOTICE_SUBJECT}\s+"
    rf"(?:(?P<auxiliary>{word_alternation(words.NOTICE_AUXILIARY)})\s+(?:been\s+|being\s+)?)?(?:\w+ly\s+)?"
    rf"(?:{word_alternation(words.NOTICE_VERB)}){_NOTICE_SUBJECT}{_NOTICE_TIME}",
    re.IGNORECASE,
)
# … and with no verb, a sentence of a few words before its notice: "Met Office: yellow warning for
# snow from …" (matched from the sentence's start).
_NOTICE_UNTOLD = re.compile(
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:[\w'’-]+:\s+)?(?:[\w'’-]+\s+){{0,3}}?{_NOTICE_NOUNS}{_NOTICE_SUBJECT}{_NOTICE_TIME}",
    re.IGNORECASE,
)
_NOTICE_REACH = 200  # characters: its verb, the notice, what it is for, and a range's first end
_NOTICE_LAST_WORD = frozenset({*words.NOTICE_OPENER, *words.RANGE_WORD_OF_NAMES, "and"})
_NOTICE_JUST_ISSUED_AUXILIARY = frozenset(words.NOTICE_AUXILIARY_JUST_ISSUED)
# The notices' words that every other one contains ("ban" is in "bans"): one of them is in any
# stretch that holds a notice.
_NOTICE_NOUNS_FOUND_BY = tuple(
    noun
    for noun in words.NOTICE_NOUN
    if not any(other != noun and other in noun for other in words.NOTICE_NOUN)
)
_FORECAST_NOTICE = frozenset(words.FORECAST_NOTICE)
_NOTICE_VERB_PRESENT = frozenset(words.NOTICE_VERB_PRESENT)
_NOTICE_JUST_ISSUED = frozenset(words.NOTICE_JUST_ISSUED)
_NOTICE_LOOKED_BACK = re.compile(
    rf"(?<![\w'-])(?:{word_alternation(words.NOTICE_LOOKED_BACK)})(?![\w'-])", re.IGNORECASE
)


def _counted_ahead(text: str, start: int, end: int, tenses: _TenseIndex) -> bool:
    """Whether a stretch at [start, end) ("in two weeks") counts on from now: its clause looks ahead;
    nothing in the clause makes it the stretch something is measured in ("the first rate cut in five
    years", "four matches in 11 days", "in a year for the first time"); and the future is not that
    of a telling dated before it ("the company said in 2019 it would close the plant in two years")."""
    if _MEASURED_IN_BEFORE.search(text, max(0, start - _MEASURED_REACH), start) or _MEASURED_IN_AFTER.match(
        text, end
    ):
        return False
    if tenses.direction(start, end)[0] is not Direction.FUTURE:
        return False
    opening = _sentence_start(text, start)
    return not (_WOULD.search(text, opening, start) and _DATED_TELLING.search(text, opening, start))


_NUMBER_WORDS = tuple(word for word, value in words.NUMBER.items() if value not in (0.5, 1, 1.5))
_MEASURED_IN_BEFORE = re.compile(
    rf"(?:(?<![\w'-])(?:{word_alternation(words.MEASURED_IN_BEFORE)}"
    rf"|(?:the|{word_alternation(words.POSSESSIVE)})\s+[a-z][a-z-]*est|\d+(?:st|nd|rd|th)"
    rf"|{word_alternation((*_NUMBER_WORDS, *words.LARGE_NUMBER))})"
    r"(?![\w'-])|\d|[£$€¥%])[^.;:!?]*$",
    re.IGNORECASE,
)
_MEASURED_IN_AFTER = re.compile(r"[^.;:!?]{0,40}?(?<![\w'-])first\s+time(?![\w'-])", re.IGNORECASE)
_WOULD = re.compile(r"(?<![\w'])would(?![\w'])", re.IGNORECASE)
# A date before "would" that dates the telling: "in 2019", "in January", "on Tuesday", "last week".
_DATED_TELLING = re.compile(
    rf"(?<![\w'-])(?:1[5-9]\d\d|20\d\d|{word_alternation((*words.MONTH_FULL, *words.WEEKDAY))}"
    r"|ago|yesterday|last)(?![\w'-])",
    re.IGNORECASE,
)
_MEASURED_REACH = 90  # characters: "the first visit by top Chinese leaders to this South Asian country "


def _is_part_of_year(symbol: Symbol) -> bool:
    """A month, quarter, half or season with no day in it."""
    return (
        symbol.kind is Kind.CALENDAR
        and symbol.day is None
        and symbol.weekday is None  # "the first Monday of March" is a day
        and symbol.feast is None
        and (symbol.month, symbol.quarter, symbol.half, symbol.season) != (None, None, None, None)
    )


def _in_closing_attribution(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is in the attribution that closes its sentence ("…, the company said
    on Tuesday.")."""
    comma = text.rfind(",", max(0, start - _ATTRIBUTION_REACH), start)
    if comma < 0 or _SENTENCE_BREAK.search(text, comma, start) is not None:
        return False
    closing = _SENTENCE_BREAK.search(text, end, end + _ATTRIBUTION_REACH)
    stop = closing.start() + 1 if closing is not None else len(text)
    return stop - end <= _ATTRIBUTION_REACH and _ATTRIBUTION.fullmatch(text, comma, stop) is not None


_ATTRIBUTION_REACH = 60  # characters: ", the Ministry of Defence said in a statement on"
_UNREAD = object()
_TOLD = object()  # the memo's key, with a symbol, for that symbol told (see Symbol.told)
_UNTOLD = (Direction.NEAREST, False)
# Characters from a firm cue to its expression: a verb with a short object between ("will
# publish its figures in January"); further off, the cue is more often of another verb.
_FIRM_REACH = 30  # back to where "will" may start; a longer cue must end as near as "will" would
_FIRM_CUE_SHORTEST = min(len(cue) for cue in words.FIRM_FUTURE_CUE)
_FIRM_CUE_LONGEST = max(len(cue) for cue in words.FIRM_FUTURE_CUE)
_FIRM_CUE = re.compile(
    rf"(?:(?<![\w'])(?:{word_alternation(words.FIRM_FUTURE_CUE)})|(?<=\w)['’]ll)(?![\w'])", re.IGNORECASE
)
_NOT_FIRM_BETWEEN = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.NOT_FIRM_BETWEEN)})(?![\w'])", re.IGNORECASE
)
_IN_OR_SINCE_BEFORE = re.compile(r"(?<![\w'])(in|since)\s+$", re.IGNORECASE)


def _names_period_of_noun(text: str, start: int, end: int) -> bool:
    """Whether the month (or range of months) at [start, end) stands before a noun of figures as
    their period (words.STATISTIC_NOUN), with no preposition before it: "will publish October
    inflation data", "July-September GDP figures" (not "will resume in January amid protests", nor
    "will hold December elections")."""
    return (
        _STATISTIC_AFTER.match(text, end) is not None
        and _PREPOSITION_BEFORE.search(text, max(0, start - _LONGEST_PREPOSITION - 2), start) is None
    )


def _at_sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    stripped = before.rstrip()
    return not stripped or "\n" in before or stripped[-1] in '.!?"“”'


_PAST_REACH = 48  # characters: "launched an unusually aggressive takeover bid "
_PAST_NOT_GOVERNING = frozenset(words.PAST_CUE_NOT_GOVERNING)
_SCHEDULE_VERB = frozenset(words.SCHEDULE_VERB)
_PLAN_VERB = frozenset(words.PLAN_VERB)
_SCHEDULE_VERB_BEFORE_IN = frozenset(words.SCHEDULE_VERB_BEFORE_IN)
_IN_AFTER = re.compile(r"\s+in(?![\w'])", re.IGNORECASE)
_CONDITION_BEFORE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.CONDITION_BEFORE_VERB)})\s+[^,;:.]*$", re.IGNORECASE
)
_CONDITION_REACH = 30  # characters: "if the proposed merger "
_ASIDE_OPENER = re.compile(rf"(?<![\w'])(?:{word_alternation(words.ASIDE_OPENER)})(?![\w'])", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:is|are|was|were|will|has|had|would)(?![\w'])", re.IGNORECASE)
_REPORTED_BY = frozenset(words.REPORTED_BY)
_NOT_FIRM_PAST_BETWEEN = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.NOT_FIRM_PAST_BETWEEN)})(?![\w'])", re.IGNORECASE
)
_INFINITIVE = re.compile(rf"(?<![\w'])to\s+(?!(?:{word_alternation(words.DETERMINER)})\s|[\dA-Z])")


def _other_verb_or_break(text: str, lo: int, hi: int) -> bool:
    """Whether a mark (not in a number: "1.2 million", "5,000 people") or an "-ing" verb comes in
    [lo, hi): the month is then another clause's or verb's ("barred residents from participating in
    the vote in January").  An "-ing" word after a determiner or capitalized is a noun or a name
    ("the building in January", "Beijing")."""
    if _BREAK_BETWEEN.search(text, lo, hi):
        return True
    for match in _ING_WORD.finditer(text, lo, hi):
        at = match.start()
        if not text[at].isupper() and _DETERMINER_BEFORE.search(text, max(0, at - 6), at) is None:
            return True
    return False


_BREAK_BETWEEN = re.compile(r"[;:!?()\"“”]|[.,](?!\d)")
_ING_WORD = re.compile(r"(?<![\w'-])[A-Za-z]+ing(?![\w'])")
_DETERMINER_BEFORE = re.compile(rf"(?<![\w'])(?:{word_alternation(words.DETERMINER)})\s+$", re.IGNORECASE)
_MEMO_SIZE = 1 << 16  # readings kept: a long text of distinct dates must not grow the memo without bound


def _group_texts(match: re.Match[str], rule: Rule) -> tuple[str | None, ...]:
    """What each of the rule's groups matched, in ``rule.groups`` order (None: did not take part)."""
    if len(rule.group_names) == 1:
        return (match.group(rule.group_names[0]),)
    return match.group(*rule.group_names) if rule.group_names else ()


def _month_stands_alone(text: str, start: int, month: str) -> bool:
    """Whether a bare month name is a month: an ambiguous one ("May", "March") needs a cue word before it."""
    if month.lower() not in _AMBIGUOUS_MONTH:
        return True
    if _MONTH_BEFORE_DASH.search(text, max(0, start - _LONGEST_MONTH_NAME - 9), start) or (
        _DASH_MONTH_AFTER.match(text, start + len(month))
    ):
        return True  # "January-June", "April-June": an end of a range of months
    cue = _month_cue(text[max(0, start - _CUE_REACH) : start])
    after_dateline = _DATELINE_DASH_BEFORE.search(text, max(0, start - 8), start) is not None
    if cue is None and after_dateline and month.lower() != "may":
        # Opening a wire story's first sentence before a noun: "PARIS, Sept 30 (Reuters) - August
        # consumer spending rose".  Not "May", a name that leads many a story ("- May faces…").
        return _NOUN_AFTER_MONTH.match(text, start + len(month)) is not None
    if cue == "the":
        # "The May jobs report" is of a month, "the March for Our Lives" is a march.
        return _NOUN_AFTER_MONTH.match(text, start + len(month)) is not None
    return cue is not None


_CUE_REACH = 30  # characters before a bare month searched for its cue word
_DATELINE_DASH_BEFORE = re.compile(r"[\w)]\s+[-–—]{1,2}\s+$")
_FULL_MONTH_NAME = word_alternation(tuple(words.MONTH_FULL))
_ANY_MONTH_NAME = word_alternation(tuple(words.MONTH))
_LONGEST_MONTH_NAME = max(map(len, words.MONTH_FULL))
_HYPHENED_RANGE_WORD = rf"-(?:{word_alternation(words.RANGE_WORD)})-"  # "January-to-October"
_RANGE_DASH = rf"(?:[-–]|{_HYPHENED_RANGE_WORD})"
# Not "a May-December romance", an idiom of ages.
_DASH_MONTH_AFTER = re.compile(
    rf"{_RANGE_DASH}(?:{_ANY_MONTH_NAME})(?![\w-])"
    rf"(?!\s+(?:{word_alternation(words.NOT_A_MONTH_RANGE_AFTER)})\b)",
    re.IGNORECASE,
)
_MONTH_BEFORE_DASH = re.compile(rf"(?<![\w-])(?:{_ANY_MONTH_NAME}){_RANGE_DASH}$", re.IGNORECASE)


def _noun_ahead(nouns: Sequence[str], lead: str = "") -> re.Pattern[str]:
    """A pattern of a noun of ``nouns`` right after what ``lead`` matches, or a word or two after
    it (none that ends a noun phrase: words.NOT_A_MONTH_AFTER)."""
    return re.compile(
        rf"{lead}(?:\s+(?!(?:{word_alternation(words.NOT_A_MONTH_AFTER)})\b)[\w-]+){{0,2}}?"
        rf"\s+(?:{word_alternation(nouns)})(?![\w'])",
        re.IGNORECASE,
    )


# A noun of figures after a month, or after the range it opens, a word or two between ("October
# inflation data", "July-September GDP figures"): the month is the figures' period.
_STATISTIC_AFTER = _noun_ahead(words.STATISTIC_NOUN, lead=f"(?:{_RANGE_DASH}{_ANY_MONTH_NAME})?")
# Figures of a period, which exist only once it is over: "will release July-September GDP figures".
_RESULTS_AFTER = _noun_ahead(words.RESULTS_NOUN)
_PREPOSITION_BEFORE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.PREPOSITION_BEFORE_DATE)})\s+$", re.IGNORECASE
)
_LONGEST_PREPOSITION = max(map(len, words.PREPOSITION_BEFORE_DATE))
_NOUN_AFTER_MONTH = re.compile(
    rf"\s+(?!{word_alternation(words.NOT_A_MONTH_AFTER)}\b)"
    r"(?:[a-z]|[A-Z]{2,}\b)"  # a noun, or an initialism: "the June CPI report"
)


@functools.lru_cache(maxsize=1 << 12)
def _month_cue(before: str) -> str | None:
    """The cue word (``words.CUE_BEFORE_MONTH``) just before a bare month, lower-cased, if any."""
    # Cached: the same few words precede a month again and again ("in May", "since March").
    previous = _PREV_WORD.search(before)
    word = None if previous is None else previous.group(1).lower()
    if word in _CUE_BEFORE_MONTH:
        return word
    if word in _CUE_PHRASE_LAST_WORDS and _CUE_PHRASE_BEFORE_MONTH.search(before):
        return word  # "as early as March"
    return None


_CUE_PHRASE_BEFORE_MONTH = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.CUE_PHRASE_BEFORE_MONTH)})\s+$", re.IGNORECASE
)
_CUE_PHRASE_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in words.CUE_PHRASE_BEFORE_MONTH)


def _read(rule: Rule, texts: tuple[str | None, ...], day_first: bool) -> tuple[Symbol, bool] | None:
    """The symbol the rule's groups spell, and whether the clause's tense is to set its direction.

    A pure function of the rule and the groups' texts, which is what lets :func:`_build` memoize it.
    """
    groups = {short: value for (_, short), value in zip(rule.groups, texts, strict=True) if value is not None}
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
    # A direction the rule's template gives is a default that a tense cue overrides ("the latest
    # quarter begun", unless "will publish in the second quarter"); one a convention gives is not.
    tense_sensitive = (
        rule.tense
        and (symbol.direction is Direction.NEAREST or "direction" in rule.template)
        and _needs_direction(symbol)
    )
    return symbol, tense_sensitive


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
    holiday = fields.pop("holiday", None)
    if holiday is not None:  # "Christmas": a day of the year, from the holiday table
        fields["month"], fields["day"] = holiday
    rel = values.get("rel")
    if isinstance(rel, tuple):  # "three days ago", "two weeks later"
        anchor, sign = rel
        fields["anchor"] = anchor
        # With an offset the direction is redundant with its sign, but it lets resolution tell
        # "a year ago" from "last year"; without one it is all there is ("years ago").
        fields["direction"] = "future" if sign > 0 else "past"
        halved = words.HALF_COUNTED_IN.get(str(fields.get("unit")))
        if (
            fields.get("offset") is not None
            and halved is not None
            and ("half_before" in groups or "half_after" in groups)
        ):
            fields["unit"], per = halved  # "a year and a half ago": eighteen months
            fields["offset"] = fields["offset"] * per + per // 2
        if fields.get("offset") is not None:
            offset = fields["offset"] * sign
            in_days = words.COUNTED_UNIT_IN_DAYS.get(str(fields.get("unit")))
            in_years = words.COUNTED_UNIT_IN_YEARS.get(str(fields.get("unit")))
            if in_days is not None:
                fields["unit"], offset = "day", offset * in_days
            elif in_years is not None:
                fields["unit"], offset = "year", offset * in_years
            fields["offset"] = offset
    shift = groups.get("shift")
    if shift is not None:
        key = " ".join(shift.lower().split())
        if key in words.NARRATIVE_SHIFT or key in (
            "the following",
            "the previous",
            "the preceding",
            "the next",
            "the same",
            "that",
        ):
            fields.setdefault("anchor", "narrative")
        if fields.get("kind") == "weekday" and key in ("coming", "this coming"):
            fields["offset"], fields["direction"] = 0, "future"
        if key == "this" and fields.get("unit") == "weekend":
            fields["named_this"] = True
        if (
            fields.get("kind") == "calendar"
            and isinstance(fields.get("offset"), int)
            and key not in ("last", "this")
        ):
            # "last April" and "this April" name a calendar year.  "Next April" is the first April
            # after the reference's month, so "next March" said in March is a year away; "this
            # coming April" and "the coming winter" the first from the reference's month or season
            # on ("the coming winter" said in December is the one just begun).  "This past April"
            # is "last April"; "this past summer" the last summer, the current one included.
            shifted = fields.pop("offset")
            if key == "next":
                fields["offset"] = 1
            elif key in ("coming", "this coming"):
                fields["offset"], fields["direction"] = 0, "future"
            elif "month" in fields:
                fields["offset"] = -1
            else:
                fields["direction"] = shifted
    if isinstance(fields.get("direction"), int):
        fields["direction"] = {-1: "past", 0: "nearest", 1: "future"}[fields["direction"]]
    if ("half_before" in groups or "half_after" in groups) and isinstance(fields.get("amount"), (int, float)):
        fields["amount"] += 0.5  # "two and a half years", "a minute and a half"
    if (
        (groups.get("to_hour") or "").lower() == "to"
        and isinstance(fields.get("hour"), int)
        and isinstance(fields.get("minute"), int)
    ):
        # "a quarter to eight" is 7.45; "a quarter to one" 12.45.
        fields["hour"], fields["minute"] = (fields["hour"] - 1) or 12, 60 - fields["minute"]
    ampm = groups.get("ampm") or values.get("half_of_day")
    if ampm == "night" and isinstance(fields.get("hour"), int):
        ampm = "am" if fields["hour"] == 12 else "pm"  # "twelve at night" is midnight
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
    "keep": Unit,
    "season": Season,
    "feast": Feast,
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
        elif field in ("fiscal", "swappable", "named_this"):
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
        # A numeric date that reads both ways ("03/04/2025") takes the reading its tense allows.
        return symbol.swappable or (symbol.year is None and symbol.decade is None and symbol.century is None)
    if symbol.kind is Kind.RELATIVE and symbol.offset == -1 and symbol.part_of_day is PartOfDay.NIGHT:
        return symbol.unit is Unit.DAY  # "overnight": the night gone by, or in a forecast the one to come
    if symbol.kind is not Kind.RELATIVE or symbol.offset != 0:
        return False
    # "This weekend", "this week"; a day's end ("before midnight") or its first minute ("at
    # midnight"): gone by or to come.
    return symbol.unit in (Unit.WEEKEND, Unit.WEEK) or (
        symbol.unit is Unit.DAY and (symbol.hour == 24 or (symbol.hour == 0 and not symbol.minute))
    )


class _TenseIndex:
    """Sentence and clause breaks and tense cues of one text, looked up by position.

    Only the text around expressions that need a direction is indexed: the
    window of each, as the scan reaches it.  The windows come in text order,
    so the index is one run that grows to the right (a gap starts a new run),
    and an expression costs a few binary searches in it.  That is about 40 %
    of a news text, and a page that is nothing but dates stays linear.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._length = len(text)
        self._run: _Block | None = None  # what [self._run_lo, self._frontier) holds
        self._run_lo = 0
        self._frontier = 0

    def _indexed(self, lo: int, hi: int) -> _Block:
        """An index that holds every break and cue starting in [lo, hi)."""
        run = self._run
        if run is None or lo > self._frontier:
            hi = max(hi, min(lo + _STEP, self._length))
            run = self._run = _Block.of(self._text, lo, hi)
            self._run_lo, self._frontier = lo, hi
        elif lo < self._run_lo:
            # Behind the run (a rule tried a little left of the last one): indexed on its own.
            return _Block.of(self._text, lo, hi)
        elif hi > self._frontier:
            # At least a step at a time: a page of dates would otherwise pay a stretch's fixed cost
            # for every few characters.
            hi = max(hi, min(self._frontier + _STEP, self._length))
            run.extend(_Block.of(self._text, self._frontier, hi, resume=max(self._frontier, run.cues_end)))
            self._frontier = hi
        return run

    def will_governs(self, start: int, end: int) -> bool:
        """Whether "will" (or "shall", "won't") governs the expression at [start, end): near
        before it, with nothing between that makes the date another thing's ("will contest the
        October result", "will return to the stadium in May"), and not itself naming a noun's
        period ("will publish October inflation data", "will report April-June results": the
        figures of a month gone by, not a date to come)."""
        text = self._text
        cues = [
            cue
            for cue in _FIRM_CUE.finditer(text, max(0, start - _FIRM_REACH - _FIRM_CUE_LONGEST), start)
            if cue.end() >= start - _FIRM_REACH + _FIRM_CUE_SHORTEST
        ]
        return (
            bool(cues)
            and _NOT_FIRM_BETWEEN.search(text, cues[-1].end(), start) is None
            and not _names_period_of_noun(text, start, end)
        )

    def past_governs(self, start: int, end: int) -> bool:
        """Whether a past-tense verb governs the expression at [start, end) through "in" ("won the
        elections in January", "was arrested in January"; "In January, exports fell"), or "since"
        comes before it; words.SCHEDULE_VERB and the lists after it say what holds nothing."""
        text = self._text
        preposition = _IN_OR_SINCE_BEFORE.search(text, max(0, start - 8), start)
        if preposition is None:
            return False
        if preposition.group(1).lower() == "since":
            # Not "since" for "because": "since January is too soon".
            return _VERB_AFTER.match(text, end) is None
        if text.startswith(("'s", "’s"), end):
            return False  # "ruled out tax rises in January's budget": the budget's month
        lo = preposition.start()
        if preposition.group(1) == "In" and text.startswith(",", end) and _at_sentence_start(text, lo):
            return self._fronted_past(end)
        last = None
        for cue_start, cue_end, group in _CUES.matches(text, max(0, lo - _PAST_REACH), lo):
            if not _is_other_plural(text, cue_start, cue_end):  # "lost a budget vote in May"
                last = (cue_start, cue_end, group)
        if last is None:
            return False
        cue_start, cue_end, group = last
        cue = text[cue_start:cue_end].lower()
        if cue != "since":
            kind = _cue_kind(text, cue_start, cue_end, group)
            if kind not in ("past", "past_ed") or cue in _PAST_NOT_GOVERNING or cue in _SCHEDULE_VERB:
                return False
            if cue in _SCHEDULE_VERB_BEFORE_IN and _IN_AFTER.match(text, cue_end) and cue_end < lo - 1:
                return False
            if cue in _REPORTED_BY or cue in _PLAN_VERB:
                return text[cue_end:lo].isspace()  # "said in January", "announced in January that"
            if not _is_past_verb(text, cue_start, cue_end) or _CONDITION_BEFORE.search(
                text, max(0, cue_start - _CONDITION_REACH), cue_start
            ):
                return False
        return (
            _NOT_FIRM_PAST_BETWEEN.search(text, cue_end, lo) is None
            and _INFINITIVE.search(text, cue_end, lo) is None
            and not _other_verb_or_break(text, cue_end, lo)
        )

    def _fronted_past(self, end: int) -> bool:
        """Whether the clause after a fronted "In <month>," is past: its first cue, with no aside
        before it ("In January, after talks collapsed, the union will strike")."""
        text = self._text
        for cue_start, cue_end, group in _CUES.matches(text, end, end + _PAST_REACH):
            return _is_past_tense_cue(text, cue_start, cue_end, group) and (
                _ASIDE_OPENER.search(text, end, cue_start) is None
            )
        return False

    def direction(self, start: int, end: int) -> tuple[Direction, bool]:
        """Past or future by the nearest tense cue: first in the clause, then in the sentence; and
        whether an explicit future cue before the expression in its clause told it (see
        Symbol.firm)."""
        lo = start - _CONTEXT if start > _CONTEXT else 0
        hi = end + _CONTEXT
        if hi > self._length:
            hi = self._length
        block = self._indexed(lo, hi)
        if not block.any_cue(lo, hi):
            # A verb of moving a date may be no tense cue: "the bank holiday moves to Tuesday".
            return (Direction.FUTURE, False) if _moved_date(self._text, start, end) else _UNTOLD
        if _moved_date(self._text, start, end):
            return Direction.FUTURE, False
        if _after_event_of_fixture(self._text, start, end):
            return _UNTOLD  # "Residents face another night without power after Monday's storm"
        sentence_lo, sentence_hi = _inner(block.sentences, lo, start, end, hi, tail=1)
        embedded = _EMBEDDED_AFTER.search(self._text, end, sentence_hi)
        if embedded is None:
            # What is told may follow with no "that": "told reporters on Friday he would travel".
            embedded = _TOLD_CLAUSE_AFTER.match(self._text, end, sentence_hi)
            if embedded is not None and _TELLING_BEFORE.search(self._text, sentence_lo, start) is None:
                embedded = None
        if embedded is not None:
            own_lo, _ = _inner(block.clauses, sentence_lo, start, end, sentence_hi, tail=0)
            if _nearest(block, own_lo, start, end, embedded.start(), False) and not (
                _tells_of_event(self._text, own_lo, start, end)
            ):
                # A clause that "that" or "saying" opens after the expression has a verb of its own,
                # which tells of what is said, not of the date, once a verb of the expression's
                # clause can: in "refused to comment on reports over the weekend that Jiang would
                # offer the post", "would" tells of the offer, and "refused" of the weekend.
                sentence_hi = embedded.start()
        clause_lo, clause_hi = _inner(block.clauses, sentence_lo, start, end, sentence_hi, tail=0)
        # The nearest cue in the clause.  An "-ed" word before the expression there is mostly its
        # verb: "the 1.6 percent it predicted in its last official forecast in April" is past,
        # whatever "will grow" earlier in the sentence says; but not after an explicit future cue
        # in the clause, where it is mostly an adjective ("will release unaudited results on
        # Tuesday").  Such a word, or one after the expression (a participle of what the date is
        # told of), gives way to an explicit cue in the sentence: "is preparing to hold a summit,
        # by telephone, this Saturday to gather countries involved".
        clause = _nearest(block, clause_lo, start, end, clause_hi, explicit_only=False)
        fallback = None
        if clause is not None and clause[3]:
            # "Beginning Tuesday" looks ahead only where no other cue in the sentence tells.
            fallback = clause
            clause = _nearest(block, clause_lo, start, end, clause_hi, False, fallback=False)
        # A weak future cue before it ("must", "next") does not decide so: an explicit cue in the
        # sentence still may.
        past_before = clause is not None and clause[2] and clause[0] is Direction.PAST
        if clause is not None and (
            clause[1] or (past_before and not _future_before(block, clause_lo, start, end))
        ):
            return clause[0], clause[0] is Direction.FUTURE and clause[1] and clause[2]
        if (clause_lo, clause_hi) != (sentence_lo, sentence_hi):
            # A relative clause set off by commas just before the expression's clause has a tense of
            # its own: in "the sale, which had been expected, is part of a plan to repay the loan by
            # February", "had been" says nothing of February; a cue before the aside still counts
            # ("he said the plant, which opened in 1990, shut in February").
            aside = _ASIDE_BEFORE.search(self._text, sentence_lo, clause_lo)
            if _ATTRIBUTION.fullmatch(self._text, clause_hi, sentence_hi) and not (
                _fronted(self._text, sentence_lo, clause_lo, start, end, clause_hi)
            ):
                # "… will visit Aveiro on Monday, the Commission said.": the telling is past, not
                # what is told.  But "On Wednesday, the minister said …" is when it was said.
                sentence_hi = clause_hi
            else:
                # Nor does a relative clause after it tell its tense: "During the third quarter,
                # Compaq purchased a plant, which will be used for repairs."
                relative = _RELATIVE_AFTER.search(self._text, clause_hi, sentence_hi)
                if relative is not None:
                    sentence_hi = relative.start()
            if (
                clause is not None
                and _COORDINATED_AFTER.match(self._text, clause_hi)
                and _nearest(block, clause_lo, start, end, start, explicit_only=False) is not None
            ):
                # The next clause of "She pleaded guilty in October and will be sentenced next
                # month" has a verb of its own: the one before the date in its clause tells its tense.
                sentence_hi = clause_hi
            for explicit_only in (True, False):
                if aside is None:
                    sentence = _nearest(block, sentence_lo, start, end, sentence_hi, explicit_only, False)
                else:
                    before = aside.start()
                    sentence = _nearest(
                        block, clause_lo, start, end, sentence_hi, explicit_only, False
                    ) or _nearest(block, sentence_lo, before, before, before, explicit_only, False)
                if sentence is not None and (sentence[1] or clause is None):
                    return sentence[0], False
        if clause is None:
            return _UNTOLD if fallback is None else (fallback[0], False)
        return clause[0], False


def _moved_date(text: str, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is a date that a change of date moves (see
    _moving_verb_before)."""
    return _moving_verb_before(text, start, end) >= 0


def _moved_date_held(text: str, start: int, end: int) -> bool:
    """Whether a date a change of date moves is told as moved just now, in the present perfect or
    ahead ("has been pushed back to August", "will be postponed to May"), or in a headline, which
    tells the news of the day ("Hearings pushed to January"): the next such date however far.  A
    simple past may tell a move long done ("the court was adjourned to February")."""
    verb = _moving_verb_before(text, start, end)
    return verb >= 0 and (_told_just_now(text, verb) or _is_headline(text, verb))


def _moving_verb_before(text: str, start: int, end: int) -> int:
    """Where the change of date starts that moves the expression at [start, end), from or to, or
    -1: "postponed the census from March to October", "has been pushed back to April", "deferred
    Tuesday's vote".  What is moved has not happened yet, whatever the verb's tense; the day of the
    change itself is not moved ("was postponed on Monday to Thursday": Monday is past), nor a date
    told of a change long done ("the deadline, which had been extended to June, passed")."""
    possessive = text.startswith(("'s", "’s"), end)
    if not possessive:
        # The common case, checked first with a split (this runs for most expressions): no word
        # that brings a moved date right before the expression.
        before = text[max(0, start - 16) : start].lower().split()
        if before and before[-1] == "the":
            before.pop()
        if not before or before[-1] not in _MOVED_DATE_LAST_WORD:
            return -1
    lo = max(0, start - _RESCHEDULE_REACH)
    moved = _MOVED_TO_OR_FROM.search(text, lo, start)
    if moved is None:
        moved = _MOVED_OBJECT.search(text, lo, start) if possessive else None
        if moved is None or not _cancelled_ahead(text, moved):
            return -1
    elif possessive or not _moves_through(text, moved, end):
        return -1  # "moved to Sunday's session", "advanced to Sunday's final"
    if _HAD_BEFORE.search(text, max(0, moved.start() - 20), moved.start()) or _outcome_told_after(
        text, moved.start(), end
    ):
        return -1  # "had been extended to June", "was postponed to Saturday, when Arsenal won 2-1"
    return moved.start()


def _cancelled_ahead(text: str, moved: re.Match[str]) -> bool:
    """Whether the verb of ``moved`` (_MOVED_OBJECT), if it cancels, tells of a day still to come:
    in the present or just now ("organisers have called off Saturday's match", "cancels Friday's
    flights", "will scrap Sunday's parade").  A cancelling told in the past is often of a day gone
    by ("the referee called off Sunday's game at half-time", "strikes cancelled hundreds of
    Tuesday's flights, stranding thousands"), where the tense decides."""
    verb = form_key(moved.group("verb").lower())
    if verb not in _CANCELLING_VERB:
        return True
    return verb.split()[0].endswith("s") or _told_just_now(text, moved.start())


_CANCELLING_VERB = frozenset(form_key(verb) for verb in words.CANCELLING_VERB)


def _moves_through(text: str, moved: re.Match[str], end: int) -> bool:
    """Whether the change of date ``moved`` (_MOVED_TO_OR_FROM), through its preposition, moves
    the expression that ends at ``end``."""
    gap = moved.group("gap")
    if gap and _UNIT_ENDS.search(gap):
        return False  # "changed little in the year to June": a period up to a date
    word = moved.group("word").lower()
    if gap and _OLD_DATE_GAP.match(gap):
        gap = ""  # "was moved from Monday to Wednesday": the old date, no object
    if form_key(moved.group("verb").lower()) not in _MOVING_VERB:
        if word == "into":
            return False  # "stocks extended their slide into Tuesday": a stretch, no move
        # The passive or the perfect: "the final was moved to Sunday", "has shifted to Sunday" (a
        # headline leaves out the auxiliary: "Final moved to Sunday"); or the present, of a move to
        # come: "the bank holiday moves to Tuesday".
        auxiliary = _AUXILIARY_BEFORE.search(text, max(0, moved.start() - 24), moved.start())
        passive = auxiliary is not None or _is_headline(text, moved.start())
        present = moved.group("verb").lower().endswith("s") and word == "to"
        if not (_MOVED_OBJECT_OPENS.match(gap) if gap else passive or present):
            return False  # "sterling moved in a narrow range from January", "turnout shifted from Saturday"
    # An old date alone is often gone by: "The final, postponed from May, was played…".
    return word != "from" or _NEW_DATE_AFTER.match(text, end) is not None


_AFTER_FIXTURE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.PRESENT_FIXTURE_CUE)})(?:\s+[\w'’-]+){{0,6}}?\s+"
    rf"(?P<event>{word_alternation(words.EVENT_BEFORE)})(?:\s+[\w'’-]+){{0,6}}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_AFTER_FIXTURE_REACH = 90  # characters: "face a fine after fielding an ineligible player on "


def _after_event_of_fixture(text: str, start: int, end: int) -> bool:
    """Whether the expression at [start, end) dates an event that an "after" phrase after a present
    fixture verb tells, a possessive or an "-ing" verb showing the event ("face a fine after
    fielding an ineligible player on Saturday", "holds 120 seats after Sunday's election"); not the
    fixture's own date ("face Chelsea after the international break on Saturday")."""
    lo = max(0, start - _AFTER_FIXTURE_REACH)
    window = text[lo:start].lower()
    if not any(word in window for word in words.EVENT_BEFORE):
        return False  # the common case, checked first (a substring test): this runs for most expressions
    found = _AFTER_FIXTURE.search(text, lo, start)
    if found is None:
        return False
    possessive = text.startswith(("'s", "’s"), end)
    return possessive or _ING_WORD.search(text, found.start("event"), start) is not None


def _outcome_told_after(text: str, verb: int, end: int) -> bool:
    """Whether the sentence goes on to tell, in the past, what became of a date moved by the verb
    at ``verb`` (the move is then long done): in a "when" clause ("was adjourned to July, when the
    judge ruled…"), a verb joined by "and" or ", but" ("was rescheduled for Saturday and drew
    40,000 fans"), or the main verb after an aside or a fronted phrase that tells the move ("The
    race, postponed from Saturday to Sunday because of rain, was won by Verstappen", "Postponed to
    Thursday, the match ended 2-2").  Not a verb of attribution ("…, officials said"), nor one of
    a noun's clause ("…, a move critics called unconstitutional")."""
    stop = _SENTENCE_BREAK.search(text, end)
    hi = len(text) if stop is None else stop.start()
    after = _OUTCOME_OPENS.match(text, end, hi)
    if after is not None:
        return _first_cue_is_past(text, after.end(), hi)
    if _ASIDE_TO_VERB.search(text, max(0, verb - 24), verb):
        closing = text.find(",", end, hi)
        return closing >= 0 and _first_cue_is_past(text, closing + 1, hi)
    return False


def _first_cue_is_past(text: str, lo: int, hi: int) -> bool:
    """Whether the first tense cue in [lo, hi), before any clause break, is a past verb that tells
    an outcome (not "said", "ago"…)."""
    for cue_start, cue_end, group in _CUES.matches(text, lo, hi):
        if "," in text[lo:cue_start]:
            return False
        cue = text[cue_start:cue_end].lower()
        return (
            cue not in _PAST_TIME_WORD
            and cue not in _REPORTED_BY
            and _is_past_tense_cue(text, cue_start, cue_end, group)
        )
    return False


def _is_past_tense_cue(text: str, start: int, end: int, group: str | None) -> bool:
    """Whether the cue _CUES found at [start, end) is a past cue and a past-tense verb there."""
    return _cue_kind(text, start, end, group) in ("past", "past_ed") and _is_past_verb(text, start, end)


# What joins the telling of a moved date's outcome to it: "…to July, when the judge ruled", "…for
# Saturday and drew 40,000 fans", "…, and finally went ahead".
_OUTCOME_OPENS = re.compile(r"[^,.;]{0,40}?(?:,\s+when\s+|,?\s+and\s+|,\s+but\s+)", re.IGNORECASE)
# What may stand between the start of an aside or of a fronted phrase and the change of date it
# tells: "The race, postponed…", "Postponed to Thursday…", "After being postponed…", "The match,
# which was rescheduled…".
_ASIDE_TO_VERB = re.compile(
    r"(?:(?:^|[.!?\n]\s*)(?:(?:after|having)\s+(?:been|being)\s+)?"
    r"|,\s+(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?)$",
    re.IGNORECASE,
)


_PAST_TIME_WORD = frozenset(words.PAST_TIME_WORD)


def _future_before(block: _Block, lo: int, start: int, end: int) -> bool:
    """Whether the explicit cue nearest before [start, end), from ``lo``, looks ahead."""
    found = _nearest(block, lo, start, end, start, explicit_only=True)
    return found is not None and found[0] is Direction.FUTURE


def _tells_of_event(text: str, lo: int, start: int, end: int) -> bool:
    """Whether "that" right after [start, end) opens a relative clause of the event named just
    before the date ("a hearing on Monday that will decide"), rather than what is told ("tell the
    conference on Monday that the deal was a success")."""
    if _THAT_AFTER.match(text, end) is None:
        return False
    event = _EVENT_BEFORE.search(text, max(lo, start - _EVENT_REACH), start)
    return event is not None and _TELLING_BEFORE.search(text, lo, event.start()) is None


_THAT_AFTER = re.compile(r"\s+that\s")  # lower case, as _EMBEDDED_AFTER
# An event noun, then at most three words and a preposition before the date; not a verb after
# "will" or "to" ("will debate a motion this week").
_EVENT_BEFORE = re.compile(
    rf"(?<![\w'])(?<!will )(?<!to )(?:{word_alternation(words.EVENT_NOUN)})"
    r"(?:\s+(?!that\b)[\w'-]+){0,3}?(?:\s+(?:on|at|over|in|this|for|next))?\s+$",
    re.IGNORECASE,
)
_EVENT_REACH = 40  # characters: "a strike on", "disruption across the network at"
# Not "warned of": "warned of disruption at the weekend that will see lines closed" names the event.
_TELLING_BEFORE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.TELLING_VERB)})\b(?!\s+of\b)", re.IGNORECASE
)


def _fronted(text: str, sentence_lo: int, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the clause [lo, hi) heads its sentence and is a phrase with no verb of its own that
    ends with the expression, set before the clause it dates: "On Wednesday,", "Speaking on
    Wednesday,", "In a statement on Wednesday,"."""
    if text[sentence_lo:lo].strip(_CLAUSE_PUNCTUATION) or text[end:hi].strip(_CLAUSE_PUNCTUATION):
        return False
    before = text[lo:start].strip(_CLAUSE_PUNCTUATION)
    first = before.split(maxsplit=1)[0].lower() if before else ""
    return not first or first in _PHRASE_OPENERS or (first.endswith("ing") and before[:1].isupper())


_CLAUSE_PUNCTUATION = ' \t\n,;:—–()"“”'
_PHRASE_OPENERS = frozenset(words.FRONTED_PHRASE_OPENER)


# A sentence's closing attribution: ", the Commission said.", ", officials told Reuters on Friday.",
# and after a quotation: '…on Sunday," he added.'
_ATTRIBUTION = re.compile(
    rf",[\"”’']?\s+(?:[^\s,;]+\s+){{0,6}}?(?:{word_alternation(words.REPORTING_VERB)})"
    r"(?:\s+[^\s,;]+){0,4}[.!?\"”]*\s*"
)
_COORDINATED_AFTER = re.compile(r"[,;]?\s+(?:and|but|while|whereas)\s")
_RELATIVE = word_alternation(words.RELATIVE_PRONOUN)
_RELATIVE_AFTER = re.compile(rf",\s+(?:{_RELATIVE})\s")
# Lower case: after a date in its sentence, these words are never capitalized.
_EMBEDDED_AFTER = re.compile(rf"\s(?:{word_alternation(words.EMBEDDED_CLAUSE_OPENER)})\s")
# Right after a date, a clause's subject and its first verb: "…on Friday he would travel".
_TOLD_CLAUSE_AFTER = re.compile(
    rf"\s+(?:{word_alternation(words.SUBJECT_PRONOUN)})\s+(?:{word_alternation(words.FINITE_AUXILIARY)})\s",
    re.IGNORECASE,
)
_ASIDE_BEFORE = re.compile(rf",\s+(?:{_RELATIVE})\s[^,;:.!?]*,\s*$")
_STEP = 256  # characters indexed at least at a time (see _TenseIndex._indexed)
_OVERLAP = 64  # room for a cue or break that starts inside a stretch indexed and ends after it

_Positions = tuple[list[int], list[int]]  # starts and ends, both ascending


@attrs.define
class _Block:
    """The breaks and tense cues that start in a stretch of text (runs of stretches, extended).

    Whether a past cue is a verb (_is_past_verb, the dearest check) is asked only when a look-up
    reaches the cue, and kept: most of a block's past cues are never the nearest one to an
    expression, as a future cue or a nearer cue decides first.
    """

    text: str
    sentences: _Positions
    clauses: _Positions
    # Per kind of cue: where they are, and for each whether it counts (None: a past cue not checked
    # yet, see counts).
    cues: tuple[tuple[_Positions, _CueKind, list[bool | None]], ...]
    cues_end: int  # where the search for cues stopped: the end of the last phrase it found

    def counts(self, positions: _Positions, verdicts: list[bool | None], index: int) -> bool:
        """Whether cue ``index`` of a kind (its ``positions`` and ``verdicts``) counts: a past cue
        only as a verb."""
        verdict = verdicts[index]
        if verdict is None:
            starts, ends = positions
            verdict = verdicts[index] = _is_past_verb(self.text, starts[index], ends[index])
        return verdict

    def last_counting(self, positions: _Positions, verdicts: list[bool | None], index: int, lo: int) -> int:
        """The last cue of a kind from ``index`` back that counts and starts at ``lo`` or after, or -1."""
        starts, _ = positions
        while index >= 0 and starts[index] >= lo:
            if self.counts(positions, verdicts, index):
                return index
            index -= 1
        return -1

    def first_counting(self, positions: _Positions, verdicts: list[bool | None], index: int, hi: int) -> int:
        """The first cue of a kind from ``index`` on that counts and ends by ``hi``, or one past the last."""
        _, ends = positions
        while index < len(ends) and ends[index] <= hi:
            if self.counts(positions, verdicts, index):
                return index
            index += 1
        return len(ends)

    def any_cue(self, lo: int, hi: int) -> bool:
        """Whether a cue starts in [lo, hi): without one, every direction there is NEAREST."""
        # The future kinds come first: a cue of theirs needs no check.
        for positions, _, verdicts in self.cues:
            starts, _ = positions
            index = bisect.bisect_left(starts, lo)
            while index < len(starts) and starts[index] < hi:
                if self.counts(positions, verdicts, index):
                    return True
                index += 1
        return False

    @classmethod
    def of(cls, text: str, lo: int, hi: int, resume: int | None = None) -> _Block:
        """The stretch [lo, hi), searched for cues from ``resume``: where the search over the text
        before it stopped, else a little before ``lo``.  A search started inside a phrase would
        find the cues the phrase hides ("due to be held" in "had been due to be held")."""
        end = min(len(text), hi + _OVERLAP)

        def within(regex: re.Pattern[str]) -> _Positions:
            starts: list[int] = []
            stops: list[int] = []
            for match in regex.finditer(text, lo, end):
                start, stop = match.span()
                if start >= hi:
                    break
                starts.append(start)
                stops.append(stop)
            return starts, stops

        found: dict[str, _Positions] = {kind: ([], []) for kind in _CUE_KINDS}
        verdicts: dict[str, list[bool | None]] = {kind: [] for kind in _CUE_KINDS}
        cues_end = lo
        search_from = max(0, lo - _OVERLAP) if resume is None else resume
        for start, stop, group in _CUES.matches(text, search_from, end):
            if start >= hi:
                break
            cues_end = stop
            if start < lo:
                continue  # a phrase before the stretch: found, so that its inner cues are not
            kind = _cue_kind(text, start, stop, group)
            if group == "cue" and _in_name(text, start, stop):
                continue
            if kind == "future_modal":
                modal = _modal_kind(text, start, stop)
                if modal is None:
                    continue
                kind = modal
            if kind == "future_start" and _is_passage(text, start, stop):
                continue
            if kind == "future_infinitive" and _attempted_infinitive(text, start):
                continue
            if kind == "future" and (
                _is_causal(text, start, stop)
                or _is_other_plural(text, start, stop)
                or _is_range_joint(text, start, stop)
                or _is_passage(text, start, stop)
                or _is_noun(text, start, stop)
                or _ran_its_course(text, start, stop)
                or _is_fall_in_price(text, start, stop)
            ):
                continue
            starts, ends = found[kind]
            starts.append(start)
            ends.append(stop)
            verdicts[kind].append(True if kind in _NOT_A_PAST_TENSE else None)  # see _Block.counts
        starts, ends = found["future"]
        # A contraction is three characters: one that starts just before ``hi`` is found whole.
        for contraction in _CONTRACTED_WILL:
            at = text.find(contraction, lo, min(end, hi + 2))
            while 0 < at < hi:
                if text[at - 1].isalpha() and not text[at + 3 : at + 4].isalnum():
                    index = bisect.bisect_left(starts, at)
                    starts.insert(index, at)
                    ends.insert(index, at + 3)
                    verdicts["future"].insert(index, True)
                at = text.find(contraction, at + 3, min(end, hi + 2))
        return cls(
            text,
            within(_SENTENCE_BREAK),
            within(_CLAUSE_BREAK),
            tuple((found[name], kind, verdicts[name]) for name, kind in _CUE_KINDS.items()),
            cues_end,
        )

    def extend(self, after: _Block) -> None:
        """Add what ``after`` holds, which starts where this ends."""
        for (starts, ends), (more_starts, more_ends) in zip(
            (self.sentences, self.clauses, *(positions for positions, _, _ in self.cues)),
            (after.sentences, after.clauses, *(positions for positions, _, _ in after.cues)),
            strict=True,
        ):
            starts += more_starts
            ends += more_ends
        for (_, _, verdicts), (_, _, more_verdicts) in zip(self.cues, after.cues, strict=True):
            verdicts += more_verdicts
        self.cues_end = after.cues_end


def _nearest(
    block: _Block, lo: int, start: int, end: int, hi: int, explicit_only: bool, fallback: bool = True
) -> tuple[Direction, bool, bool, bool] | None:
    """The direction of the cue nearest [start, end) within [lo, hi), whether it is explicit,
    whether it comes before the expression, and whether it is a fallback (see _CueKind); with
    ``fallback`` False, fallbacks are left out.

    A cue after the expression counts a little less than one before it.
    """
    best: tuple[int, Direction, bool, bool, bool] | None = None
    # A cue after the expression that ends in a preposition right before a date of its own tells
    # of that date ("was suspended on Thursday night until January 15"): it counts only where no
    # other cue does ("On Saturday the museum stays open until 10pm").
    of_own_date: tuple[int, Direction, bool, bool, bool] | None = None
    for positions, (direction, penalty, after_penalty, is_fallback), verdicts in block.cues:
        if (explicit_only and penalty) or (is_fallback and not fallback):
            continue
        starts, ends = positions
        # The last cue that ends before the expression and starts inside the window.  A past cue is
        # checked here, when first reached, and passed over if it is no verb.
        index = bisect.bisect_right(ends, start) - 1
        if index >= 0 and starts[index] >= lo and not verdicts[index]:
            index = block.last_counting(positions, verdicts, index, lo)
        if index >= 0 and starts[index] >= lo:
            distance = start - ends[index] + penalty
            if best is None or distance < best[0]:
                best = (distance, direction, not penalty, True, is_fallback)
        # The first cue that starts after it and ends inside the window.
        if after_penalty is None or (explicit_only and after_penalty):
            continue
        index = bisect.bisect_left(starts, end)
        if index < len(starts) and ends[index] <= hi and not verdicts[index]:
            index = block.first_counting(positions, verdicts, index, hi)
        if index < len(starts) and ends[index] <= hi:
            distance = starts[index] - end + 8 + penalty + after_penalty
            found = (distance, direction, not (penalty or after_penalty), False, is_fallback)
            if _opens_own_date(block.text, starts[index], ends[index]):
                if of_own_date is None or distance < of_own_date[0]:
                    of_own_date = found
            elif best is None or distance < best[0]:
                best = found
    if best is None:
        best = of_own_date
    return None if best is None else best[1:]


def _opens_own_date(text: str, start: int, end: int) -> bool:
    """Whether the cue at [start, end) ends in a preposition with a date right after it, and so
    tells of that date first (see _nearest)."""
    return (
        text[start:end].rsplit(None, 1)[-1].lower() in _DATE_PREPOSITION
        and _DATE_AHEAD.match(text, end) is not None
    )


_DATE_PREPOSITION = frozenset(words.CUE_PREPOSITION_OF_OWN_DATE)


def _inner(breaks: _Positions, lo: int, start: int, end: int, hi: int, tail: int) -> tuple[int, int]:
    """The stretch around [start, end) between the nearest breaks inside [lo, hi).

    ``tail`` characters of the closing break stay inside (a sentence keeps its full stop).
    """
    starts, ends = breaks
    index = bisect.bisect_right(ends, start) - 1
    left = ends[index] if index >= 0 and starts[index] >= lo else lo
    index = bisect.bisect_left(starts, end)
    right = starts[index] + tail if index < len(starts) and ends[index] <= hi else hi
    return left, max(right, end)


def _is_range_joint(text: str, start: int, end: int) -> bool:
    """Whether a cue such as "until" joins the two ends of a range ("from 10 p.m. on Tuesday until
    9 a.m. on Wednesday", "January through March"), which tells nothing of their tense, rather than
    looking ahead ("the offer runs until Friday")."""
    if text[start:end].lower() not in _RANGE_WORDS:
        return False
    reach = max(0, start - _RANGE_REACH)
    return (
        _RANGE_OPENED_BEFORE.search(text, reach, start) is not None
        or _MONTH_BEFORE.search(text, reach, start) is not None
    )


_RANGE_WORDS = frozenset(words.RANGE_WORD)
# The opener and, right after it, what starts a date or time ("from 10 p.m.", "from Friday",
# "between March 3"), then no end of sentence before the range word ("p.m. on" is no end).
_RANGE_OPENED_BEFORE = re.compile(
    rf"\b(?:{word_alternation(words.RANGE_OPENER)})\s+(?:the\s+)?"
    rf"(?:\d|(?:{word_alternation((*_DAY_NAMES, *words.CLOCK_WORD))})\b)"
    r"(?:[^.!?;\n]|\.(?!\s+(?-i:[A-Z])))*\s$",
    re.IGNORECASE,
)
_RANGE_REACH = 40  # characters: "from 10:30 p.m. on Tuesday " and a little more


def _ran_its_course(text: str, start: int, end: int) -> bool:
    """Whether "until" tells how long a past action lasted, after its verb in the clause ("the court
    sat until 6.15pm on Friday"), rather than looking ahead ("the court adjourned until Friday")."""
    if text[start:end].lower() not in _RANGE_WORDS or _CLAUSE_OF_ITS_OWN.match(text, end):
        return False
    lo = max(0, start - _DURATIVE_REACH)
    verb = _DURATIVE_BEFORE.search(text, lo, start)
    if verb is None:
        return False
    # Not a passive or a present perfect ("schools are temporarily closed", "has remained"): those
    # tell of now, and "until" of what is to come.
    return _AUXILIARY_BEFORE.search(text, max(0, verb.start() - 24), verb.start()) is None


# The verb, then no break of the clause and no new verb phrase ("stayed at the table ", not "worked
# out a plan to keep the bridge closed ", "talked and agreed to extend the curfew ").
_DURATIVE_BEFORE = re.compile(
    rf"(?<![\w'])(?:{word_alternation(words.DURATIVE_PAST)})\s"
    r"(?:(?!(?<![\w'])(?:and|but|to|that|then|which|who|when)\b)[^,;:.!?()\"“”—–])*$",
    re.IGNORECASE,
)
# "Until" opening a clause with a verb of its own, which tells its tense: "stayed on as caretaker
# until a new government is sworn in on Friday".
_CLAUSE_OF_ITS_OWN = re.compile(
    r"[^,;:.!?]{0,40}?(?<![\w'])(?:is|are|will|can|has|have|gets?)\s", re.IGNORECASE
)
_AUXILIARY_BEFORE = re.compile(
    r"(?<![\w'])(?:be|been|being|is|are|was|were|has|have)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
_DURATIVE_REACH = 60  # characters: a few words between the verb and "until"


def _is_noun(text: str, start: int, end: int) -> bool:
    """Whether a future cue such as "hosts" is a noun after a determiner, a possessive or a
    preposition ("for the hosts", "in Sunday's play", "fired shots in return")."""
    if text[start:end].lower() not in _FUTURE_CUE_ALSO_NOUN:
        return False
    if (
        _NOT_A_VERB_AFTER.search(text, max(0, start - 8), start) is not None
        or _POSSESSIVE_BEFORE.search(text, max(0, start - 4), start) is not None
    ):
        return True
    return _word_before(text, start) in _PREPOSITION_BEFORE_NOUN


def _word_before(text: str, start: int) -> str:
    """The short word right before ``start``, in lower case ("" if none ends within a few characters)."""
    before = text[max(0, start - 8) : start].split()
    return before[-1].lower() if before else ""


_POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s+$")


_FUTURE_CUE_ALSO_NOUN = frozenset(words.FUTURE_CUE_ALSO_NOUN)
_PREPOSITION_BEFORE_NOUN = frozenset(words.PREPOSITION_BEFORE_NOUN)


def _attempted_infinitive(text: str, start: int) -> bool:
    """Whether the infinitive of scheduling at ``start`` was tried, managed or found hard in the
    past, and so took place (or not) when its verb did: "he was unable to attend on Tuesday",
    "problems made it difficult for Sun to meet demand well into the summer"; not "agreed to meet
    on Tuesday", "are trying to meet on Tuesday", nor "ahead of", no infinitive."""
    if not text.startswith("to", start):
        return False
    return _ATTEMPT_BEFORE.search(text, max(0, start - _ATTEMPT_REACH), start) is not None


# Each phrase's words, with room for an adverb between them ("made it extremely difficult").
_ATTEMPT_PHRASES = "|".join(
    r"\s+(?:[a-z]+ly\s+)?".join(map(re.escape, phrase.split())) for phrase in words.ATTEMPT_BEFORE_INFINITIVE
)
_ATTEMPT_BEFORE = re.compile(rf"(?<![\w'-])(?:{_ATTEMPT_PHRASES})(?:\s+[\w'’]+){{0,3}}\s+$", re.IGNORECASE)
_ATTEMPT_REACH = 90  # characters: the phrase and three more words


def _is_causal(text: str, start: int, end: int) -> bool:
    """Whether "due" means "because of" ("pulled out due to injuries on Monday"), not owed or
    expected ("the report is due on Tuesday", "due to start on Friday"): a noun phrase follows."""
    return text[start:end].lower() == "due" and _NOUN_PHRASE_AFTER_TO.match(text, end) is not None


# "to", then a quotation mark, a determiner, a plural or an "-ing" word, which no verb after "to"
# is ("due to the weather", "due to injuries", "due to rising costs"; not "due to discuss", "due
# to be held").
_NOUN_PHRASE_AFTER_TO = re.compile(
    rf"\s+to\s+(?:[\"“‘']|(?:{word_alternation(words.DETERMINER)}|some|bad|poor|heavy"
    r"|high|low|lack|ill|security|technical|health|safety|personal)\b|[a-z]+(?:[^su\W]s|ings?)\b)",
    re.IGNORECASE,
)


def _is_other_plural(text: str, start: int, end: int) -> bool:
    """Whether a plural fixture cue ("play", "begin") is no present of a fixture: an infinitive
    after a modal, "to" or "did" ("did not play on Saturday"), a verb before "to" ("cracks begin to
    appear"; but "MPs return to Westminster" is of a place), or without the name a fixture's verb
    takes ("officials play down fears")."""
    cue = text[start:end].lower()
    if cue not in _FIXTURE_PLURAL:
        return False
    if cue in _FIXTURE_TO_PLACE:
        return _after_modal(text, start) or _return_is_noun(text, start, end)
    if cue in _VOTE_VERB:
        return _after_modal(text, start) or _vote_is_noun(text, start, end)
    if cue in _OPENING_PLURAL:
        before = [word.lower() for word in text[max(0, start - _OPEN_REACH) : start].split()[-_OPEN_WORDS:]]
        return _after_modal(text, start) or (
            bool(before) and (before[-1] in _OPEN_ADJECTIVE_AFTER or not _OPEN_KEPT_BY.isdisjoint(before))
        )
    if _after_modal(text, start) or _TO_AFTER.match(text, end):
        return True
    return cue in _FIXTURE_BEFORE_NAME and _NAME_AFTER.match(text, end) is None


def _return_is_noun(text: str, start: int, end: int) -> bool:
    """Whether a plural fixture such as "return" at [start, end) is no present of its verb (see
    words.FIXTURE_TO_PLACE)."""
    if not _direction_or_date_after(text, end):
        return True  # "return flights", "return leg"
    before = [word.lower() for word in text[max(0, start - _RETURN_REACH) : start].split()][-_RETURN_WORDS:]
    if before and (before[-1] in ("and", "or", "then") or before[-1] in _SUBJECT_PRONOUN):
        return False
    if not _BARE_INFINITIVE_AFTER.isdisjoint(before):
        return True  # "helped elderly residents return on Tuesday"
    if before and before[-1] not in _DETERMINER and _PLURAL_SUBJECT.match(before[-1]):
        return False  # "the troops return home on Monday"; not "his famous return"
    return any(map(_opens_noun_phrase, before[-_NOUN_WORDS_BEFORE:]))


def _direction_or_date_after(text: str, end: int) -> bool:
    """Whether a word of direction or a date follows ``end``, as it does a fixture's verb that is
    more often a noun ("return to Westminster", "votes on Sunday"; not "return flights")."""
    return _DIRECTION_AFTER_RETURN.match(text, end) is not None or _DATE_AHEAD.match(text, end) is not None


def _opens_noun_phrase(word: str) -> bool:
    """Whether ``word`` (lower case) is a determiner, a possessive or a figure, which a noun a few
    words after belongs to: "Saka's long-awaited return", "the Commons vote", "40,000 votes"."""
    return word in _DETERMINER or word.endswith(("'s", "’s", "'", "’", "%", "cent")) or word[:1].isdigit()


def _vote_is_noun(text: str, start: int, end: int) -> bool:
    """Whether "vote" or "votes" at [start, end) is no present of a vote to come (see
    words.VOTE_VERB).  The verb has its subject right before it: a pronoun, a plural for "vote"
    ("lawmakers vote"), a name for "votes" ("Poland votes"); no determiner, possessive or figure
    before that but one opening the sentence ("The Senate votes on Monday"; not "swept the Florida
    votes on Tuesday", "after the Commons vote on Tuesday"); and no past verb after it in the
    sentence ("Postal votes on Sunday favoured the opposition", "The Texas vote on Tuesday handed
    Trump a win") nor just before, but for one of telling ("won the Ohio and Texas votes on
    Tuesday"; "officials said lawmakers vote on Tuesday" looks ahead).  "The country votes" is left
    to the other cues, as "the postal votes" looks the same."""
    if not _direction_or_date_after(text, end):
        return True  # "vote counting", "votes cast"
    lo = max(0, start - _VOTE_SUBJECT_REACH)
    before = [(match.start(), match.group()) for match in _NON_SPACE.finditer(text, lo, start)]
    if not before:
        return True
    word = before[-1][1]
    for at, other in before[-_NOUN_WORDS_BEFORE:]:
        lower = other.lower()
        if _opens_noun_phrase(lower) and not (lower in _DETERMINER and _at_sentence_start(text, at)):
            return True  # "Sunday's vote", "the Commons vote"; but "The Senate votes on Monday"
    if word.lower() in _SUBJECT_PRONOUN:
        subject = True
    elif end - start == len("vote"):
        subject = _PLURAL_SUBJECT.match(word) is not None  # "lawmakers vote"; not "the Knesset vote"
    else:
        subject = word[:1].isupper()
    return not subject or _past_verb_after(text, end) or _past_verb_before(text, lo, start)


def _past_verb_before(text: str, lo: int, start: int) -> bool:
    """Whether a past-tense verb comes in [lo, start), whose object the word at ``start`` is then
    ("Democrats won the Ohio and Texas votes on Tuesday"); not one of telling, whose clause has a
    tense of its own ("officials said lawmakers vote on Tuesday")."""
    return any(
        _is_past_tense_cue(text, cue_start, cue_end, group)
        and text[cue_start:cue_end].lower() not in _REPORTED_BY
        for cue_start, cue_end, group in _CUES.matches(text, lo, start)
    )


def _past_verb_after(text: str, end: int) -> bool:
    """Whether a past-tense verb comes after ``end`` in its sentence: then a word before it that
    could be a present verb is its subject's noun ("Both votes on Tuesday failed")."""
    stop = _SENTENCE_OR_SEMICOLON.search(text, end, end + _PAST_AFTER_REACH)
    hi = stop.start() if stop is not None else min(len(text), end + _PAST_AFTER_REACH)
    return any(
        _is_past_tense_cue(text, cue_start, cue_end, group)
        for cue_start, cue_end, group in _CUES.matches(text, end, hi)
    )


_PAST_AFTER_REACH = 120  # characters
_NON_SPACE = re.compile(r"\S+")
_NOUN_WORDS_BEFORE = 3  # a determiner this many words before a noun's: "Saka's long-awaited return"
_VOTE_SUBJECT_REACH = 30  # characters: the word before
_VOTE_VERB = frozenset(words.VOTE_VERB)


_DIRECTION_AFTER_RETURN = re.compile(
    rf"\s+(?:{word_alternation(words.DIRECTION_AFTER_RETURN)})(?![\w'])", re.IGNORECASE
)
_BARE_INFINITIVE_AFTER = frozenset(words.BARE_INFINITIVE_AFTER)
_DETERMINER = frozenset(words.DETERMINER)
_SUBJECT_PRONOUN = frozenset(words.SUBJECT_PRONOUN)
# A plural noun, the subject of a plural verb: "troops", "MPs"; not "famous", "previous", "class".
_PLURAL_SUBJECT = re.compile(r"[A-Za-z]+[^\Wsui_]s$")
_RETURN_WORDS = 6  # "let hundreds of thousands of Palestinians return"
_RETURN_REACH = 80  # characters: enough for those six words


_FIXTURE_BEFORE_NAME = frozenset(words.FIXTURE_BEFORE_NAME)
_FIXTURE_TO_PLACE = frozenset(words.FIXTURE_TO_PLACE)
_OPENING_PLURAL = frozenset(words.OPENING_PLURAL)
_OPEN_ADJECTIVE_AFTER = frozenset(words.OPEN_ADJECTIVE_AFTER)
_OPEN_KEPT_BY = frozenset(words.OPEN_KEPT_BY)
_OPEN_WORDS = 4  # "left the door open", "kept all its options open"
_OPEN_REACH = 60  # characters: enough for the four words
_TO_AFTER = re.compile(r"\s+to\s", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:the\s+|their\s+)?[A-Z]")


def _is_fall_in_price(text: str, start: int, end: int) -> bool:
    """Whether "falls on" is no date's fall in the calendar (see words.CALENDAR_SUBJECT): "Gold falls
    on Friday", not "Valentine's Day falls on Saturday"."""
    if not text[start:end].lower().startswith("falls"):
        return False
    before = text[max(0, start - _FALLS_REACH) : start]
    words_before = before.split()
    if words_before and words_before[-1].lower() in _CALENDAR_SUBJECT:
        return False
    # The subject's head may come before what it is of: "the 50th anniversary of the Dublin and
    # Monaghan bombings falls on Friday".
    return _CALENDAR_SUBJECT_OF.search(before) is None


_FALLS_REACH = 80  # characters: the subject, with what it is of
_CALENDAR_SUBJECT_OF = re.compile(
    rf"\b(?:{word_alternation(words.CALENDAR_SUBJECT_OF)})\s+of\s+(?:[\w'’-]+\s+){{1,8}}$", re.IGNORECASE
)
_CALENDAR_SUBJECT = frozenset(
    (*words.CALENDAR_SUBJECT, *(name.split()[-1] for name in (*words.HOLIDAY, *words.FEAST)))
)


def _is_passage(text: str, start: int, end: int) -> bool:
    """Whether a cue that counts only before a date has none after it: "through" of place or means
    ("tornadoes tore through Kentucky on Friday", not "the offer runs through Friday"), "beginning"
    of no stretch ("since the beginning of the talks"); and a copula before a day's possessive, of
    what the day brought ("all eyes are on Sunday's result")."""
    cue = text[start:end].lower()
    if cue not in _CUE_BEFORE_DATE_ONLY:
        return False
    ahead = _DATE_AHEAD.match(text, end)
    return ahead is None or (cue in _NOT_BEFORE_POSSESSIVE and text.startswith(("'s", "’s"), ahead.end()))


_CUE_BEFORE_DATE_ONLY = frozenset(words.CUE_BEFORE_DATE_ONLY)
_NOT_BEFORE_POSSESSIVE = frozenset(words.CUE_NOT_BEFORE_POSSESSIVE)
_FIXTURE_PLURAL = frozenset(words.FIXTURE_PLURAL)
# After a modal of possibility (see words.MODAL_OF_POSSIBILITY): what makes it past (an adverb may
# come between), and "could" of perception.
_MODAL_PAST = {
    modal: re.compile(
        rf"(?:\s+(?:{word_alternation(words.ADVERB_BEFORE_VERB)}|[a-z]+ly))?\s+(?:{word_alternation(after)})\b"
        rf"(?!\s+(?:{word_alternation(words.NOT_PAST_AFTER_MODAL)})\b)"
    )
    for modal, after in words.MODAL_OF_THE_PAST.items()
}
_PERCEPTION_AFTER_COULD = re.compile(rf"\s+(?:{word_alternation(words.PERCEPTION_AFTER_COULD)})\b")
_ELIDED_MODAL_BEFORE = re.compile(
    rf"\b(?:{word_alternation(words.ELIDED_MODAL_OPENER)})\s+(?:{word_alternation(words.SUBJECT_PRONOUN)})\s+$",
    re.IGNORECASE,
)
_MIGHT_AS_NOUN_BEFORE = re.compile(rf"\b(?:{word_alternation(words.MIGHT_AS_NOUN_AFTER)})\s+$", re.IGNORECASE)
_MODAL_REACH = 24  # characters before a modal read for what makes it no cue


def _modal_kind(text: str, start: int, end: int) -> str | None:
    """The kind of cue a modal of possibility is: ahead ("could be signed as soon as Friday"),
    past ("could not confirm on Monday", "may have started"), or None: the month "May", the noun
    "might", a modal whose verb is left out ("whatever they could on Monday"), "could" of
    perception."""
    modal = text[start:end]
    if modal == "May":
        return None
    modal = modal.lower()
    before = text[max(0, start - _MODAL_REACH) : start]
    # Followed as a verb is ("whatever they could on Monday", "as fast as he could."), the modal
    # stands for a verb left out.
    if _VERB_FOLLOWS.match(text, end) or _ELIDED_MODAL_BEFORE.search(before):
        return None
    if modal == "might" and _MIGHT_AS_NOUN_BEFORE.search(before):
        return None
    if modal == "could" and _PERCEPTION_AFTER_COULD.match(text, end):
        return None
    if _MODAL_PAST[modal].match(text, end):
        return "past"
    return "future_modal"


_MONTH_NAME = word_alternation(tuple(words.MONTH))
# A month right before the range word opens the range without "from": "January through March".
# Not a weekday ("adjourned Monday until Wednesday" looks ahead from the adjourning), nor a period
# ("for a year until January").
_MONTH_BEFORE = re.compile(rf"(?<![\w'])(?:{_MONTH_NAME})\s+$", re.IGNORECASE)
# What starts a date or time: a year, a clock time, a day of a month, or a named day or shift.
_DATE_AHEAD = re.compile(
    # "At" may open a clock time's expression, and so be left out of a cue right before it ("voting
    # closes at midnight Sunday").
    r"\s+(?:at\s+)?(?:the\s+)?(?:end\s+of\s+|middle\s+of\s+)?(?:\d{4}\b|\d{1,2}(?::\d\d|\s*[ap]\.?m\b"
    # A clock time written with a dot needs a clock's company: "6.85 per cent" is no time.
    r"|\.\d\d(?=\s*(?:[ap]\.?m\b|h\b|on\b|GMT|BST|local\b|today|tonight|tomorrow|this\b|next\b))"
    rf"|(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAME})\b)"
    # A day of the month told alone: "planned for the 15th"; not "the 13th tee", "the 15th floor".
    r"|(?<=the\s)\d{1,2}(?:st|nd|rd|th)(?![\w-])"
    rf"(?!\s+(?!(?:{word_alternation(words.NOT_A_NOUN_AFTER_TIME_WORD)})\b)[a-z])"
    rf"|(?:{_MONTH_NAME})\.?\s+\d|(?:"
    + word_alternation((*_DAY_NAMES, *words.CLOCK_WORD, *words.SHIFT, "mid", "early", "late"))
    + r")\b)",
    re.IGNORECASE,
)


def _is_past_verb(text: str, start: int, end: int) -> bool:
    """Whether a past cue is a past-tense verb rather than an adjective, a passive participle or an
    infinitive ("will put", "to set out")."""
    if text[start:end].lower() in _NOT_PAST_ED or _COMPARISON_AFTER.match(text, end) is not None:
        return False  # "Germans vote on Sunday, seven months earlier than planned": no tense
    if start > 1 and text[start - 1] == "-":
        # A compound is read as one word, from its first part ("the so-called coalition of the
        # willing" is an adjective), and is a verb only after a verb prefix ("re-elected Bashir")
        # or before its object or a preposition ("North Korea test-fired a missile"; not
        # "third-placed Fiorentina").
        compound = _PREV_WORD.search(text, max(0, start - 16), start - 1)
        if compound is None:
            return False
        if compound[1].lower() not in _VERB_PREFIX and _VERB_FOLLOWS.match(text, end) is None:
            return False
        start = compound.start(1)
    # The words before it, split rather than searched with a regex: this runs for every past cue.
    window = max(0, start - _VERB_WINDOW)
    before = text[window:start].rsplit(None, 3)
    if len(before) == 4 or (before and window and (text[window - 1].isalnum() or text[window - 1] in "'_")):
        before.pop(0)  # more words than are read, or one cut at the window's edge
    before = [word.lower().lstrip(_OPENING_PUNCTUATION) for word in before]
    if _after_non_verb(before) or (text[start].isupper() and _attributive_opener(text, start, end)):
        return False
    if len(before) > 1 and before[-1] in ("and", "or") and before[-2].endswith("ed"):
        coordinated = _AFTER_ED_AND.search(text, window, start)
        if coordinated is not None and not _is_past_verb(text, coordinated.start(1), coordinated.end(1)):
            return False  # "will be presented and played on Friday": a participle like the first
    if (
        before
        and before[-1] in ("and", "or")
        and _SHARED_PASSIVE.search(text, max(0, start - _SHARED_PASSIVE_REACH), start) is not None
    ):
        # "will be suspended on 17 October and delisted at 8am on 21 October": the second
        # participle shares the first one's "will be".
        return False
    if text[start:end] not in _PAST_ALSO_INFINITIVE:
        return True
    # Spelled as the present too: not after a condition ("if they beat Deportivo on Wednesday").
    return not (
        _after_modal(text, start)
        or (before and before[-1].rpartition("-")[2] in _NOUN_BEFORE_CUE_NOUN)  # "a quarter-point cut"
        or any(word in _CONDITION_WORDS for word in before)
    )


_NOUN_BEFORE_CUE_NOUN = frozenset(words.NOUN_BEFORE_CUE_NOUN)
_CONDITION_WORDS = frozenset(words.CONDITION_BEFORE_VERB)


_COMPARISON_AFTER = re.compile(r"\s+than(?![\w'])", re.IGNORECASE)
_VERB_WINDOW = 32  # characters: "will be officially presented and "
_OPENING_PUNCTUATION = "(\"“‘'"


def _after_non_verb(before: list[str]) -> bool:
    """Whether the words ``before`` a past cue (lower case) end with "be", "the" and the like, then
    an adverb at most: "will be officially presented", "on a still unspecified date"."""
    if before and (before[-1] in _ADVERB_BEFORE_VERB or before[-1].endswith("ly")):
        before = before[:-1]
    return bool(before) and before[-1] in _NOT_A_VERB_WORDS


def _attributive_opener(text: str, start: int, end: int) -> bool:
    """Whether an "-ed" word that begins its sentence, where news puts a subject, is an adjective:
    "Detained protesters face a hearing on Monday".  Not when a preposition or a particle follows:
    "Signed on Tuesday, the agreement…" is a participle, and past."""
    if not text[start:end].lower().endswith("ed") or _VERB_FOLLOWS.match(text, end) is not None:
        return False
    at = start
    while at > 0 and text[at - 1] in _SENTENCE_OPENING:
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n"


_SENTENCE_OPENING = frozenset(" \t\"“‘'(")
# What follows a verb or a participle rather than an adjective (which a noun follows): a determiner
# or a preposition, a mark, the end ("Signed on Tuesday, …", "North Korea test-fired a missile").
_VERB_FOLLOWS = re.compile(
    rf"\s+(?:{word_alternation((*words.DETERMINER, *words.PREPOSITION_OR_PARTICLE))})\b|[^\s\w]|\s*$",
    re.IGNORECASE,
)


def _after_modal(text: str, start: int) -> bool:
    """Whether the word before ``start`` is a modal or "to", or one before an adverb ("will also")."""
    before = text[max(0, start - 24) : start].split()
    if before and (before[-1] in _ADVERB_BEFORE_VERB or before[-1].endswith("ly")) and before[-1].islower():
        before.pop()
    if not before:
        return False
    word = before[-1]
    # Case-sensitive: "Theresa May set out her plan" has no modal.
    return word in _BEFORE_INFINITIVE or word.endswith(("'ll", "’ll"))


def resolve_all(timexes: Sequence[Timex], reference: dt.date | None) -> list[Timex]:
    """Give each expression its value and span against ``reference``.

    Narrative expressions ("the following day", "that quarter") count from
    the last date the text mentioned before them, and from the last period
    of their own unit when there was one ("the following year" after "in
    1995" is 1996).  "A year earlier" after a quarter, month or half-year is
    that period a year before: news compares like with like ("profit rose
    in the third quarter from a year earlier").
    """
    if reference is None:
        return list(timexes)
    resolved: list[Timex] = []
    narrative: dt.date | None = None
    story_day: dt.date | None = None  # the same, but never the day of a telling (Symbol.told)
    latest_span: dt.date | None = None  # the first day of the last span mentioned, a year or finer
    narrative_clock: tuple[int, int] | None = None  # the time of day given with the narrative date
    # The last day named, for a time of day: after "Brent for October delivery rose", "by 1130 GMT"
    # is of the day of writing (None), not of 1 October.
    narrative_day: dt.date | None = None
    named_day: dt.date | None = None  # the same, when the text named it (see below)
    # Where the last date that named its own year ("Aug. 12, 2019", not "Aug. 12" or "Tuesday")
    # was, in ``timexes``: only such a date is surely later than the period mentioned before it.
    dated_at = -1
    last_of: dict[Granularity, tuple[dt.date, int]] = {}  # first day of the last span of each, and where
    story_last_of: dict[Granularity, tuple[dt.date, int]] = {}  # the same, but no day of a telling
    # The last quarter or half-year mentioned; the last one over by the reference, whose results
    # can be out, and the last one begun; and the last one a comparison was made with.
    period: TimeSpan | None = None
    months_told: dict[int, TimeSpan] = {}  # the last span of each month named, by its number
    reported: TimeSpan | None = None
    begun: TimeSpan | None = None
    last_compared: TimeSpan | None = None
    known: dict[tuple[int, dt.date | None], Resolution] = {}
    for position, timex in enumerate(timexes):
        symbol = timex.symbol
        # A shift from the story ("two weeks later", "the next day") counts from its last date,
        # not from the day of a telling after it (see Symbol.told); a clock time or "overnight"
        # from the last day named, whichever.
        shifted = (
            symbol.kind is Kind.RELATIVE
            and symbol.offset not in (None, 0)
            and symbol.part_of_day is None
            and symbol.unit not in _CLOCK_UNITS
        )
        anchor = story_day if shifted else narrative
        if symbol.kind is Kind.CALENDAR and symbol.anchor is Anchor.NARRATIVE:
            # "That summer", "that September": of the year of the last date or period told, however
            # coarse ("in the spring of 2023 … That autumn").
            anchor = latest_span
        derived = False  # a comparison period ("a year earlier") is not what the text is about
        if symbol.kind is Kind.RELATIVE and symbol.anchor is Anchor.NARRATIVE and symbol.unit is not None:
            mentioned = story_last_of if shifted else last_of
            topic, topic_at = mentioned.get(_UNIT_GRANULARITY.get(symbol.unit, Granularity.DAY), (None, -1))
            if symbol.offset == 0 or topic_at > dated_at:
                # "That quarter" is the last quarter mentioned, and "the following year" after "in
                # 1995" is 1996, even past "on Aug. 12" or "said Tuesday"; but "a year earlier"
                # after "in 1985 … the six months ended Aug. 12, 2019" counts from 2019.
                anchor = topic or anchor
            if _is_topic(symbol) and topic is None:
                # "the latest quarter" with none mentioned: the last one completed.
                symbol = attrs.evolve(symbol, offset=-1, anchor=Anchor.PUBLICATION)
        if not shifted and (symbol.hour is not None or symbol.part_of_day is not None):
            anchor = narrative_day
        if symbol.anchor is Anchor.FOLLOWING and position + 1 < len(timexes):
            following = _resolve(timexes[position + 1].symbol, reference, narrative_day).span
            if following is not None and following.granularity is Granularity.DAY:
                symbol, anchor = attrs.evolve(symbol, anchor=Anchor.NARRATIVE), following.first
        if symbol.unit in _CLOCK_UNITS and symbol.anchor is Anchor.NARRATIVE and narrative_clock is not None:
            # "At 9:15 a.m. … Twenty minutes later": from the time given, not from noon.
            symbol = attrs.evolve(symbol, hour=narrative_clock[0], minute=narrative_clock[1])
        if _is_year_earlier(symbol):
            assert symbol.offset is not None
            # A period named in its own sentence is the one compared with a year before ("expects
            # losses in the first quarter of 1990, compared with a year earlier").  Else
            # (Symbol.apart) a story goes on comparing the period it compared before, whatever it
            # named in passing ("After a flat second quarter, … charges taken in the year-earlier
            # period"); with none, not a period to come but the last one over, whose results are out
            # ("… through the third quarter of 1990. … In the year-ago period, Bethlehem earned
            # $101.4 million" is 1988's third).
            compared = period
            if symbol.apart and period is not None:
                if last_compared is not None:
                    compared = last_compared
                elif period.first > reference:
                    compared = reported or begun
            if symbol.month is not None:
                # "Exports grew 8.3% in September from a year earlier": the month told (see
                # _compare_months), a year before; "September last year" if it was not resolved.
                compared = months_told.get(symbol.month)
            if compared is not None:
                result = resolve(_same_period(compared, symbol.offset), reference)
                if symbol.month is None:
                    last_compared = compared
            else:
                result = _resolve(symbol, reference, anchor)
            # A comparison anchors nothing: "… C$2.3 million a year ago. Sales were C$348 million
            # against C$307 million a year earlier" compares both with the same year.  But "Four
            # years ago, she launched the charity. The following year, …" tells a story.
            derived = compared is not None or symbol.offset == -1
        elif symbol.kind is Kind.RELATIVE and symbol.year is not None and symbol.keep is None:
            # "The 1988 quarter": the quarter under discussion, in the year named, and a comparison
            # too; with no quarter mentioned, just that year.
            if Granularity.QUARTER in last_of:
                if symbol.apart and last_compared is not None:
                    anchor = last_compared.first
                result = _resolve(symbol, reference, anchor)
            else:
                result = resolve(Symbol(kind=Kind.CALENDAR, year=symbol.year), reference)
            derived = True
        elif symbol is timex.symbol:
            # The tagger shares one symbol among identical expressions; while ``timexes`` holds
            # them, a symbol's id names it, and is far cheaper to hash than its 24 fields.
            key = (id(symbol), anchor)
            cached = known.get(key)
            if cached is None:
                cached = known[key] = _resolve(symbol, reference, anchor)
            result = cached
        else:
            result = _resolve(symbol, reference, anchor)
        if symbol.anchor in _ORDERED_AFTER and resolved:
            ordered = _range_in_order(resolved[-1], symbol, result, reference)
            if ordered is not None:
                opening, result = ordered
                resolved[-1] = attrs.evolve(resolved[-1], value=opening.value, span=opening.span)
        span = result.span
        resolved.append(
            Timex(
                timex.start, timex.end, timex.text, timex.type, timex.symbol, timex.rule, result.value, span
            )
        )
        if span is None or symbol.kind is Kind.REF or derived:
            continue
        last_of[span.granularity] = span.first, position
        if symbol.told and story_day is not None:
            # The day of a telling is no date of the story: "The plant closed on 3 March, the
            # company said on Tuesday. Two weeks later, …" is 17 March.  Nor is it the day of a time
            # told after it when the story has just named its day, which the telling reports: "The
            # dam collapsed late on Tuesday, officials said on Wednesday. The breach opened shortly
            # before midnight" is Tuesday's; but "As of 11 a.m., the storm was …" after "… said
            # Wednesday" of last week's storm is Wednesday's.
            narrative = span.first
            reports_named_day = (
                named_day is not None
                and named_day == narrative_day
                and 0 <= (span.first - named_day).days <= _TELLING_LAG_DAYS
            )
            if span.granularity is Granularity.DAY and not reports_named_day:
                narrative_day = narrative
            continue
        story_last_of[span.granularity] = span.first, position
        if span.granularity.rank <= Granularity.YEAR.rank:
            latest_span = span.first
        if span.granularity.rank <= _NARRATIVE_RANK:
            narrative = story_day = span.first
            if span.granularity is Granularity.DAY:
                narrative_day = narrative
                # A day named ("late on Tuesday", "yesterday"), not one counted from the story
                # ("overnight", "the next day").
                named_day = narrative if symbol.anchor is not Anchor.NARRATIVE else None
            clock = _CLOCK_IN_VALUE.search(result.value or "")
            narrative_clock = None if clock is None else (int(clock["hour"]), int(clock["minute"]))
            if symbol.kind is Kind.CALENDAR and symbol.year is not None:
                dated_at = position
        if span.granularity in _PERIODS:
            period = span
            if span.last < reference:
                reported = span
            if span.first <= reference:
                begun = span
        elif span.granularity is Granularity.MONTH and symbol.kind is Kind.CALENDAR and symbol.month:
            months_told[symbol.month] = span
    return resolved


def _range_in_order(
    opening: Timex, symbol: Symbol, closing: Resolution, reference: dt.date
) -> tuple[Resolution, Resolution] | None:
    """The two ends of a range a year (of weekdays, a week) apart where, each resolved alone, the
    last came before the first; None where they are in order.

    Either end moves, as the tense says: "From January to October, exports rose", told in
    November, is this year's (not next January to this October); "the exhibition will run from 1
    October to 31 January", told in March, ends next January.  With no tense, the range just
    ended, else the one to come.
    """
    first, last = opening.span, closing.span
    if first is None or last is None or first.first <= last.first:
        return None
    direction = symbol.direction if symbol.direction is not Direction.NEAREST else opening.symbol.direction
    if symbol.kind is Kind.WEEKDAY:
        # Each was resolved alone: read on a Saturday, "conducted from Friday through Sunday" gave
        # yesterday and the Sunday before.  The end the tense points at stays: in the past the later
        # day, ahead (or with no tense) the earlier one; and the new day of a move (Anchor.MOVED).
        # A notice's range (SOON) keeps its end too where that is today or ahead: "from Friday
        # evening until Sunday morning", told on the Sunday, is in force, not next weekend's; but
        # one that would have ended yesterday is still to come ("from Sunday night into Monday",
        # told on a Tuesday, is the coming Sunday's).
        keeps_end = direction is Direction.PAST or (direction is Direction.SOON and last.first >= reference)
        if keeps_end or symbol.anchor is Anchor.MOVED:
            return resolve(opening.symbol, reference - _WEEK), closing
        return Resolution(opening.value, first), resolve(symbol, reference + _WEEK)
    if opening.symbol.swappable or symbol.swappable:
        return None  # "03/04": which of its readings was taken depends on the reference (see _resolve)
    pairs: list[tuple[Resolution, Resolution]] = []
    if opening.symbol.year is None:
        earlier = resolve(attrs.evolve(opening.symbol, year=first.first.year - 1), reference)
        if earlier.span is not None and earlier.span.first <= last.first:
            pairs.append((earlier, closing))
    if symbol.year is None:
        later = resolve(attrs.evolve(symbol, year=last.first.year + 1), reference)
        if later.span is not None and first.first <= later.span.first:
            pairs.append((Resolution(opening.value, first), later))
    if not pairs:
        return None
    if len(pairs) == 1:
        return pairs[0]
    gone, coming = pairs
    gone_end = gone[1].span
    assert gone_end is not None
    if direction is Direction.PAST:
        return gone
    if direction is Direction.FUTURE:
        # A range still under way is told in the future too: "output from January to December
        # will top 700 million tonnes", in December, is this year's.
        return gone if gone_end.last >= reference else coming
    # No tense: statistics of the months just ended ("From January to October, exports …" in
    # November), else a schedule ("the exhibition runs from 1 October to 31 January", in May).
    return gone if (reference - gone_end.last).days <= _JUST_ENDED_DAYS else coming


_WEEK = dt.timedelta(days=7)
_ORDERED_AFTER = frozenset({Anchor.RANGE_START, Anchor.MOVED})  # ends kept after the expression before
_JUST_ENDED_DAYS = 62  # a range ended within two months is the one a report without a tense tells of


def _resolve(symbol: Symbol, reference: dt.date, anchor: dt.date | None) -> Resolution:
    """``resolve``, taking for an ambiguous numeric date the reading its tense allows (not after
    ``reference`` in the past, not before it ahead) and, of those, the nearer."""
    result = resolve(symbol, reference, anchor)
    if symbol.swappable and result.span is not None:
        swapped = resolve(attrs.evolve(symbol, day=symbol.month, month=symbol.day), reference, anchor)
        direction = symbol.direction
        if swapped.span is not None and (
            _reading_rank(swapped.span, direction, reference)
            < _reading_rank(result.span, direction, reference)
        ):
            result = swapped
    return result


def _reading_rank(span: TimeSpan, direction: Direction, reference: dt.date) -> tuple[bool, int]:
    """How well a reading of a numeric date fits: against its tense last, then by distance."""
    against = (direction is Direction.PAST and span.first > reference) or (
        direction is Direction.FUTURE and span.first < reference
    )
    return against, abs((span.first - reference).days)


_CLOCK_UNITS = frozenset({Unit.HOUR, Unit.MINUTE})
_CLOCK_IN_VALUE = re.compile(r"T(?P<hour>\d\d):(?P<minute>\d\d)$")
# How long after the day of a story its telling may come and still report it ("it collapsed on
# Sunday, officials said on Thursday").
_TELLING_LAG_DAYS = 4
_NARRATIVE_RANK = Granularity.MONTH.rank  # coarser spans do not move the narrative date
_PERIODS = frozenset({Granularity.QUARTER, Granularity.HALF_YEAR})
_UNIT_GRANULARITY = {
    Unit.DAY: Granularity.DAY, Unit.WEEK: Granularity.WEEK, Unit.MONTH: Granularity.MONTH,
    Unit.QUARTER: Granularity.QUARTER, Unit.HALF_YEAR: Granularity.HALF_YEAR, Unit.SEASON: Granularity.SEASON,
    Unit.YEAR: Granularity.YEAR, Unit.DECADE: Granularity.DECADE, Unit.CENTURY: Granularity.CENTURY,
}  # fmt: skip


def _is_topic(symbol: Symbol) -> bool:
    """ "The quarter", "the latest period": the last one the text mentioned (not a clock time:
    "took effect at midnight" is of the day told, whichever)."""
    return symbol.offset == 0 and symbol.direction is Direction.PAST and symbol.hour is None


def _is_year_earlier(symbol: Symbol) -> bool:
    """ "A year ago", "two years earlier", "the year-ago quarter": counted back in years."""
    # Not "a year ago today", an anniversary, no comparison.
    return _counts_back_years(symbol) and symbol.keep is None


def _counts_back_years(symbol: Symbol) -> bool:
    return (
        symbol.kind is Kind.RELATIVE
        and symbol.unit is Unit.YEAR
        and symbol.direction is Direction.PAST
        and symbol.offset is not None
        and symbol.offset < 0
    )


def _same_period(period: TimeSpan, offset: int) -> Symbol:
    """The calendar symbol of ``period`` moved ``offset`` years."""
    first = period.first
    year = first.year + offset
    if period.granularity is Granularity.QUARTER:
        return Symbol(kind=Kind.CALENDAR, year=year, quarter=(first.month - 1) // 3 + 1)
    if period.granularity is Granularity.HALF_YEAR:
        return Symbol(kind=Kind.CALENDAR, year=year, half=(first.month - 1) // 6 + 1)
    return Symbol(kind=Kind.CALENDAR, year=year, month=first.month)


def tag(text: str, reference: dt.date | None = None, *, day_first: bool = True) -> list[Timex]:
    """The temporal expressions of ``text`` in order; resolved when ``reference`` is given.

    >>> [t.value for t in tag("Talks began on Tuesday.", dt.date(2025, 3, 15))]
    ['2025-03-11']
    """
    check_reference(reference)
    with no_cycle_collection():
        return resolve_all(scan(text, day_first=day_first), reference)
