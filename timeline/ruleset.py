"""Compile the rule resources into one validated pattern set.

The rules in :mod:`timeline.rules.english` are data; this module checks
them (every ``%MACRO%`` known, every ``@group`` a template names present in
the pattern, every pattern valid) and joins them into a single regular
expression in which each rule is one named alternative.  The tagger runs
that one expression over a text and dispatches on ``match.lastgroup``.

Named groups inside a rule are renamed ``<rule>__<group>`` so that rules can
reuse group names; the tagger reads them back through :class:`Rule.groups`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from timeline.errors import RuleError
from timeline.model import TimexType
from timeline.rules import english, words

__all__ = [
    "CURLY_APOSTROPHE",
    "GROUP_TABLES",
    "Rule",
    "RuleSet",
    "base_group",
    "compile_rules",
    "default_ruleset",
    "form_key",
    "guarded",
    "word_alternation",
]

_MACRO = re.compile(r"%([A-Z_0-9]+)%")
_GROUP_DEF = re.compile(r"\(\?P<([A-Za-z_][A-Za-z0-9_]*)>")
_GROUP_REF = re.compile(r"\(\?P=([A-Za-z_][A-Za-z0-9_]*)\)")
_TEMPLATE_REF = re.compile(r"-?@([A-Za-z_][A-Za-z0-9_]*)")

# Which word table a named group is normalized with.  Groups not listed are numbers.
GROUP_TABLES: Mapping[str, Mapping[str, Any]] = {
    "month": words.MONTH,
    "weekday": {**words.WEEKDAY, **words.WEEKDAY_ABBR},
    "later": words.WEEKDAY_LATER,
    "num": {**words.NUMBER, **words.VAGUE_NUMBER, "the coming": None, "the past": None, "the last": None},
    "unit": {
        **words.UNIT,
        "daily": "day",
        "weekly": "week",
        "monthly": "month",
        "annually": "year",
        "yearly": "year",
        "quarterly": "quarter",
        "hourly": "hour",
        "nightly": "day",
        "period": "quarter",
    },
    "unit2": words.UNIT,
    "season": words.SEASON,
    "holiday": words.HOLIDAY,
    "feast": words.FEAST,
    "civic": {name.lower(): feast for name, feast in words.CIVIC_DAY.items()},
    # Not a name group: "the spring bank holiday" is written in lower case.
    "bank_holiday": words.BANK_HOLIDAY,
    "pod": words.PART_OF_DAY,
    "pod2": {
        "mid-afternoon": "AF",
        "midafternoon": "AF",
        "mid afternoon": "AF",
        "mid-morning": "MO",
        "midmorning": "MO",
        "mid morning": "MO",
    },
    "shift": {
        **words.SHIFT,
        "the": 0,
        "that": 0,
        "the following": 1,
        "the previous": -1,
        "the preceding": -1,
        "the next": 1,
        "the same": 0,
        "that same": 0,
        "this past": -1,
        "full": 0,
    },
    "year_shift": {"last": -1, "this": 0, "next": 1},
    "mod": words.MODIFIER,
    "hedge": words.HEDGE,
    "quarter": words.QUARTER,
    "half": words.HALF,
    "decade_word": {k: 190 + v for k, v in words.DECADE_WORD.items()},
    "century": words.ORDINAL,
    "which": words.DEICTIC_DAY,
    "tonight": words.DEICTIC_DAY,
    "rel": words.COUNTED_SHIFT,
    "two_away": words.TWO_AWAY,
    "step": words.NARRATIVE_STEP,
    "dir": words.VAGUE_DIRECTION,
    "noon": words.CLOCK_WORD,
    "hour_word": words.CLOCK_HOUR_WORD,
    "minute_word": words.CLOCK_MINUTES_WORD,
    "half_of_day": words.CLOCK_HALF_OF_DAY,
    "noon_of_day": words.CLOCK_WORD_OF_DAY,
    "day": words.ORDINAL,
    "nth": words.NTH_OF_MONTH,
    "keep": words.SAME_TIME_OF_YEAR,
    "quarter_end": words.QUARTER_BY_LAST_MONTH,
    "half_end": words.HALF_BY_LAST_MONTH,
    "week_from": words.WEEK_FROM_DAY,
    "day_later": words.THIS_DAY_LATER,
}

# Groups whose word must be capitalized in running text: "may" and "march" are verbs.
NAME_GROUPS = frozenset({"month", "weekday", "holiday", "feast", "quarter_end", "half_end"})


def base_group(name: str) -> str:
    """The name a numbered group is read by: a rule whose alternatives each need a weekday names
    them ``weekday``, ``weekday2``…, all read as ``weekday`` unless GROUP_TABLES gives the numbered
    name a table of its own (``unit2``, ``pod2``)."""
    return name if name in GROUP_TABLES else name.rstrip("0123456789")


# Macros made from word tables (alternation, longest first).
_WORD_MACROS: Mapping[str, Sequence[str]] = {
    "MONTH": tuple(words.MONTH),
    "MONTH_FULL": tuple(words.MONTH_FULL),
    "WEEKDAY": tuple(words.WEEKDAY),
    "WEEKDAY_ABBR": tuple(words.WEEKDAY_ABBR),
    "NUMBER": tuple(words.NUMBER),
    "NUMBER_MULTIPLE": tuple(words.NUMBER_MULTIPLE),
    "ORDINAL": tuple(words.ORDINAL),
    "NTH_OF_MONTH": tuple(words.NTH_OF_MONTH),
    "UNIT": tuple(words.UNIT),
    "CLOCK_HOUR_WORD": tuple(words.CLOCK_HOUR_WORD),
    "CLOCK_MINUTES_WORD": tuple(words.CLOCK_MINUTES_WORD),
    "EVENT_AFTER_DAY_RANGE": words.EVENT_AFTER_DAY_RANGE,
    "CALENDAR_UNIT": tuple(words.CALENDAR_UNIT),
    "PLURAL_UNIT": tuple(words.PLURAL_UNIT),
    "SEASON": tuple(words.SEASON),
    "SEASONAL_KIND": words.SEASONAL_KIND,
    "HOLIDAY": tuple(words.HOLIDAY),
    "FEAST": tuple(words.FEAST),
    "BANK_HOLIDAY": tuple(words.BANK_HOLIDAY),
    "CIVIC_DAY": tuple(words.CIVIC_DAY),
    "PART_OF_DAY": tuple(words.PART_OF_DAY),
    "SHIFT": tuple(words.SHIFT),
    "MODIFIER": tuple(words.MODIFIER),
    "HEDGE": tuple(words.HEDGE),
    "DECADE_WORD": tuple(words.DECADE_WORD),
    "NAME_AFTER_WEEKDAY": words.NAME_AFTER_WEEKDAY,
    "LABEL_BEFORE_NUMBER": words.LABEL_BEFORE_NUMBER,
    "BROADCASTER": words.BROADCASTER,
    "PROGRAMME": words.PROGRAMME,
    "TITLED_DURATION": words.TITLED_DURATION,
    "RANGE_WORD": words.RANGE_WORD,
    "COUNTED_BY_ORDINAL": words.COUNTED_BY_ORDINAL,
    "COUNTED_BY_ORDINAL_UNLESS_ON": words.COUNTED_BY_ORDINAL_UNLESS_ON,
    "POSSESSIVE": words.POSSESSIVE,
    "COUNTED_NOUN": words.COUNTED_NOUN,
    "COUNT_QUALIFIER": words.COUNT_QUALIFIER,
    "NOT_A_NOUN_AFTER_ANY_WEEKDAY": words.NOT_A_NOUN_AFTER_ANY_WEEKDAY,
    "NOT_A_NOUN_AFTER_TIME_WORD": words.NOT_A_NOUN_AFTER_TIME_WORD,
    "WEEK_FROM_DAY": tuple(words.WEEK_FROM_DAY),
}


def word_alternation(forms: Sequence[str]) -> str:
    """A regex alternation of literal word forms, longest first, spaces matching any whitespace and
    an apostrophe either apostrophe (tables list "new year's eve", text may have "New Year’s Eve").

    The forms are merged into a prefix tree ("sep(?:t(?:\\.)?|\\.)?"): Python's regex engine
    does not share work between the branches of an alternation, and the tree makes a list of a
    hundred words cost a few character tests.  Every optional continuation is greedy, so a
    longer form is still tried before any of its prefixes ("Sept." before "Sep").
    """
    tree: dict[str, Any] = {}
    for form in set(forms):
        node = tree
        for char in form_key(form):
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _tree_regex(tree) + ")"


CURLY_APOSTROPHE = "\u2019"


def form_key(text: str) -> str:
    """A table's form for ``text`` as word_alternation matches it: single spaces, straight
    apostrophes (the case is the caller's: tables are looked up in lower case)."""
    return " ".join(text.replace(CURLY_APOSTROPHE, "'").split())


_TREE_CHAR = {" ": r"\s+", "'": "['\u2019]"}  # what a space and an apostrophe of a form match


def _tree_regex(node: Mapping[str, Any]) -> str:
    branches = [
        _TREE_CHAR.get(char, re.escape(char)) + _tree_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


@attrs.frozen
class Rule:
    """One compiled rule: what it emits and how to read its groups."""

    name: str
    type: TimexType | None  # None for blockers, which emit nothing
    template: Mapping[str, str]
    groups: tuple[tuple[str, str], ...]  # (group name in the big pattern, short name)
    tense: bool
    strip_prefix: bool
    examples: tuple[tuple[str, str | None, str | None], ...]
    # Only right after a day-precise date and a range word ("March 10-14"): the tagger checks.
    range_end: bool = False
    # A clock time that takes the day named right after it ("7am on 25 July"): the tagger joins them.
    joins_day: bool = False
    # Kept only where its clause looks ahead ("will reopen in two weeks"); elsewhere the rules after
    # it read the text ("was built in five years").  The tagger checks.
    ahead_only: bool = False
    # Counted from a day its sentence names before it, else from the publication day ("overnight"):
    # the tagger checks.
    day_of_its_sentence: bool = False
    # Derived once, for the tagger's per-match work: the groups' names in the big pattern, in
    # ``groups`` order, and the positions among them of the groups that must look like names.
    group_names: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)
    name_positions: tuple[int, ...] = attrs.field(init=False, repr=False, eq=False)

    @group_names.default
    def _group_names(self) -> tuple[str, ...]:
        return tuple(full for full, _ in self.groups)

    @name_positions.default
    def _name_positions(self) -> tuple[int, ...]:
        return tuple(i for i, (_, short) in enumerate(self.groups) if base_group(short) in NAME_GROUPS)


_Matcher = Callable[[str, int], re.Match[str] | None]  # a compiled rule's ``match``


@attrs.frozen
class RuleSet:
    """The compiled rules.

    :attr:`pattern` is the one alternation of every rule; ``triggers`` finds the
    words every expression contains, and ``lead`` the words an expression
    may start with before its trigger: the tagger tries the rules only
    there, which keeps it fast on text that has no dates in it.
    """

    flags: int
    rules: Mapping[str, Rule]
    triggers: Triggers
    lead: frozenset[str]
    # For each common first character, the rules (by position) that can start with it.
    by_first_char: Mapping[str, tuple[int, ...]] = attrs.field(factory=dict)
    # Each rule's alternative in ``pattern`` and the first characters it can match (see
    # _prefixes, _PrefixIndex): the finer dispatch on what a position starts with.
    alternatives: Sequence[str] = ()
    starts: Sequence[_PrefixIndex] = ()
    # Each rule's alternative compiled alone (compiling it is how a rule is checked), and a
    # position tries the few rules that can match there in order.  Compiling an alternation per
    # dispatch key instead cost about a second per process on a day of wire copy: the regex
    # compiler is slow, and keys are many.
    rule_patterns: Sequence[re.Pattern[str]] = attrs.field(default=(), repr=False, eq=False)
    # The full alternation, compiled on first use (see :attr:`pattern`).
    _full: list[re.Pattern[str]] = attrs.field(factory=list, init=False, repr=False, eq=False)
    # Nor per key met often: one regex call instead of one per rule saved next to nothing (the
    # rules' own matching is the cost), and each such alternation took 15-35 ms to compile, paid
    # inside a build again and again as more keys came up.
    _by_key: dict[str, tuple[int, ...]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    # By the characters a position opens with (the first _PREFIX_LENGTH, all its key is made of),
    # the ``match`` of each rule to try there, in table order: one look-up a position, where
    # working out its key and then its rules' patterns one by one cost a tenth of the tagging.
    _matchers: dict[str, tuple[_Matcher, ...]] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    # The tagger's memo of what it read from identical matches ("Tuesday", "last week" recur).
    memo: dict[Any, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        """Every rule in one alternation, in table order.

        Compiled on first use: :meth:`match` needs it only at a position that opens with a
        character no rule is indexed by, which most texts never have, and compiling it was a
        third of the start-up of a run on a few articles.
        """
        if not self._full:
            self._full.append(_join(self.alternatives, self.flags))
        return self._full[0]

    def match(self, text: str, start: int) -> re.Match[str] | None:
        """``pattern.match(text, start)``, trying only the rules that can match there.

        Rules are picked by what ``text`` holds at ``start`` (see :func:`_dispatch_key`),
        else by its first character, and tried in table order: the first that matches is
        what the full alternation would have matched.
        """
        opening = text[start : start + _PREFIX_LENGTH]
        matchers = self._matchers.get(opening)
        if matchers is None:
            if len(self._matchers) > _OPENINGS_KEPT:
                self._matchers.clear()
            matchers = self._matchers[opening] = self._matchers_at(opening)
        for match_at in matchers:
            match = match_at(text, start)
            if match is not None:
                return match
        return None

    def _matchers_at(self, opening: str) -> tuple[_Matcher, ...]:
        """What :meth:`match` tries at a position that opens with ``opening``."""
        key = _dispatch_key(opening, 0)
        if key is not None and self.starts:
            chosen = self._rules_for(key)
        else:
            found = self.by_first_char.get(opening[:1])
            if found is None:
                return (self.pattern.match,)
            chosen = found
        return tuple(self.rule_patterns[index].match for index in chosen)

    def _rules_for(self, key: str) -> tuple[int, ...]:
        """The rules that can match where ``key`` starts, in table order.

        Found among those of the key one character shorter, which are cached too: a rule that
        fits a key fits each of its prefixes, and a long key's rules are a few of its prefix's.
        """
        chosen = self._by_key.get(key)
        if chosen is None:
            candidates = self._rules_for(key[:-1]) if len(key) > 1 else range(len(self.starts))
            lowered = key.lower()
            chosen = self._by_key[key] = tuple(i for i in candidates if self.starts[i].fits(lowered))
        return chosen


def _prefix_groups(pattern: str, rule: str) -> str:
    """``pattern`` with each group ``g`` renamed ``<rule>__g``, definitions and back-references alike."""

    def definition(match: re.Match[str]) -> str:
        return f"(?P<{rule}__{match.group(1)}>"

    def reference(match: re.Match[str]) -> str:
        return f"(?P={rule}__{match.group(1)})"

    return _GROUP_REF.sub(reference, _GROUP_DEF.sub(definition, pattern))


def _expand(pattern: str, macros: Mapping[str, str], rule_name: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in macros:
            raise RuleError(f"rule {rule_name!r}: unknown macro %{name}%")
        return macros[name]

    # Macros may use other macros; a few passes settle every nesting the resources use.
    for _ in range(4):
        expanded = _MACRO.sub(substitute, pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    raise RuleError(f"rule {rule_name!r}: macros nest too deeply")


# Macros that look behind for a word of a table and a joint: Python's look-behind needs a fixed
# width, so each form is a look-behind of its own.
_LOOK_BEHIND_MACROS: Mapping[str, tuple[Sequence[str], Sequence[str]]] = {
    "AFTER_MONTH_DASH": (tuple(words.MONTH), ("-", "–")),  # "Jan-[Oct]", "January–[Sept.]"
}


def _look_behind_alternation(forms: Sequence[str], joints: Sequence[str]) -> str:
    """A zero-width pattern true right after a whole word of ``forms`` followed by one of ``joints``."""
    return (
        "(?:"
        + "|".join(
            rf"(?<=\b{re.escape(form)}{re.escape(joint)})" for form in sorted(set(forms)) for joint in joints
        )
        + ")"
    )


def _build_macros(patterns: Mapping[str, str]) -> dict[str, str]:
    macros = {name: word_alternation(forms) for name, forms in _WORD_MACROS.items()}
    macros.update((name, _look_behind_alternation(*spec)) for name, spec in _LOOK_BEHIND_MACROS.items())
    macros.update(patterns)
    return macros


def compile_rules(
    rules: Sequence[Mapping[str, Any]],
    patterns: Mapping[str, str],
    flags: int = re.IGNORECASE,
) -> RuleSet:
    """Validate rule resources and compile them into one alternation.

    Raises RuleError naming the rule at fault.
    """
    macros = _build_macros(patterns)
    alternatives: list[str] = []
    rule_patterns: list[re.Pattern[str]] = []
    guards: list[re.Pattern[str] | None] = []
    starts: list[_PrefixIndex] = []
    compiled: dict[str, Rule] = {}
    for index, spec in enumerate(rules):
        name = spec.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise RuleError(f"rule #{index}: needs a lower-case identifier as 'name', got {name!r}")
        if name in compiled:
            raise RuleError(f"rule {name!r}: defined twice")
        unknown_keys = set(spec) - {
            "name",
            "pattern",
            "type",
            "symbol",
            "tense",
            "emit",
            "examples",
            "strip_prefix",
            "range_end",
            "joins_day",
            "ahead_only",
            "day_of_its_sentence",
        }
        if unknown_keys:
            raise RuleError(f"rule {name!r}: unknown keys {sorted(unknown_keys)}")
        pattern = _expand(str(spec["pattern"]), macros, name)
        try:
            parsed = _parse(pattern, flags)
            guard = _first_char_guard(parsed)
            alternative = f"{guard}(?P<{name}>{_prefix_groups(pattern, name)})"
            # The rule as the tagger will try it: compiled once, here, where a fault can be named.
            rule_patterns.append(_join([alternative], flags))
        except re.error as exc:
            raise RuleError(f"rule {name!r}: invalid pattern: {exc}") from exc
        short_names = _GROUP_DEF.findall(pattern)
        emits = bool(spec.get("emit", True))
        template: dict[str, str] = dict(spec.get("symbol", {}))
        if emits:
            if "kind" not in template:
                raise RuleError(f"rule {name!r}: its symbol needs a 'kind'")
            referenced = {ref for value in template.values() for ref in _TEMPLATE_REF.findall(str(value))}
            missing = referenced - set(short_names)
            if missing:
                raise RuleError(
                    f"rule {name!r}: symbol refers to groups not in the pattern: {sorted(missing)}"
                )
            try:
                timex_type: TimexType | None = TimexType(spec.get("type", "DATE"))
            except ValueError as exc:
                raise RuleError(f"rule {name!r}: unknown type {spec.get('type')!r}") from exc
        else:
            timex_type = None
        alternatives.append(alternative)
        guards.append(re.compile(guard, flags) if guard else None)
        starts.append(_PrefixIndex.of(_rule_prefixes(parsed)))
        examples = tuple(
            (str(ex[0]), None if ex[1] is None else str(ex[1]), str(ex[2]) if len(ex) > 2 else None)
            for ex in spec.get("examples", ())
        )
        if not examples:
            raise RuleError(f"rule {name!r}: every rule needs at least one example")
        compiled[name] = Rule(
            name=name,
            type=timex_type,
            template=template,
            groups=tuple((f"{name}__{short}", short) for short in short_names),
            tense=bool(spec.get("tense", False)),
            strip_prefix=bool(spec.get("strip_prefix", False)),
            examples=examples,
            range_end=bool(spec.get("range_end", False)),
            joins_day=bool(spec.get("joins_day", False)),
            ahead_only=bool(spec.get("ahead_only", False)),
            day_of_its_sentence=bool(spec.get("day_of_its_sentence", False)),
        )
    return RuleSet(
        flags=flags,
        rules=compiled,
        triggers=_triggers(),
        lead=_LEAD,
        by_first_char=_by_first_char(guards),
        alternatives=tuple(alternatives),
        starts=tuple(starts),
        rule_patterns=tuple(rule_patterns),
    )


# Looked up as written in the text: each apostrophe in both forms, as word_alternation matches them.
_LEAD = frozenset(
    form for word in words.LEAD for form in (word.lower(), word.lower().replace("'", CURLY_APOSTROPHE))
)

# The characters an expression can start with that get a pattern of their own.
_DISPATCH_CHARS = "".join(chr(c) for c in range(33, 127)) + "£€¥’"


def _join(alternatives: Sequence[str], flags: int) -> re.Pattern[str]:
    return re.compile(_joined(alternatives), flags)


def _joined(alternatives: Sequence[str]) -> str:
    # No expression starts inside a word, and none ends inside one.
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?![^\W_])"


def _by_first_char(guards: Sequence[re.Pattern[str] | None]) -> dict[str, tuple[int, ...]]:
    """For each common first character, the rules (by position) whose first-character guard lets it pass."""
    return {
        char: tuple(i for i, guard in enumerate(guards) if guard is None or guard.match(char))
        for char in _DISPATCH_CHARS
    }


_ANYTHING = None


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """The characters a parsed regex can start with (None: any), and whether it can match empty."""
    found: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name == "LITERAL":
            found.add(re.escape(chr(av)))
            return found, False
        if name == "IN":
            for inner_op, inner_av in av:
                inner = str(inner_op)
                if inner == "LITERAL":
                    found.add(re.escape(chr(inner_av)))
                elif inner == "RANGE":
                    found.add(f"{re.escape(chr(inner_av[0]))}-{re.escape(chr(inner_av[1]))}")
                elif inner == "CATEGORY" and str(inner_av) in ("CATEGORY_DIGIT", "CATEGORY_SPACE"):
                    found.add(r"\d" if str(inner_av) == "CATEGORY_DIGIT" else r"\s")
                else:
                    return _ANYTHING, False
            return found, False
        if name == "BRANCH":
            nullable = False
            for alternative in av[1]:
                chars, empty = _first_chars(alternative)
                if chars is None:
                    return _ANYTHING, False
                found |= chars
                nullable = nullable or empty
            if not nullable:
                return found, False
            continue
        if name == "SUBPATTERN":
            chars, empty = _first_chars(av[3])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            chars, empty = _first_chars(av[2])
            empty = empty or av[0] == 0
        else:  # ANY, NOT_LITERAL, GROUPREF...: could start with anything
            return _ANYTHING, False
        if chars is None:
            return _ANYTHING, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _parse(pattern: str, flags: int) -> Any:
    """The regex engine's parse tree of ``pattern``, which the dispatch guards are read from."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python 3.11 and later
    except ImportError:  # Python 3.10
        import sre_parse as _parser

    return _parser.parse(pattern, flags)


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""``pattern`` compiled behind a lookahead on the characters it can start with.

    A search then rejects most positions with one character test: for cue lists such as
    ``\b(?:will|plans?\s+to|…)\b`` that is two to three times faster.  The pattern is wrapped
    in a group, so that the guard holds for every branch of a top-level alternation.
    """
    return re.compile(_first_char_guard(_parse(pattern, flags)) + "(?:" + pattern + ")", flags)


def _first_char_guard(parsed: Any) -> str:
    """A lookahead on the characters ``pattern`` can start with, or nothing.

    The guard lets the regex engine reject a rule with one character test
    instead of walking its word lists, which makes the big alternation
    several times faster at every position it is tried.
    """
    chars, empty = _first_chars(parsed)
    if chars is None or empty or not chars:
        return ""
    return "(?=[" + "".join(sorted(chars)) + "])"


# The finer dispatch: which rules can match is decided by the first six characters at a position
# ("the fo", "last y"; three left a dozen rules to try one by one at "Tue" and "the", and five left
# 39 at "the f" and 16 at "last "), or at a number by the length of its run of digits (up to four)
# and what follows, six characters in all, every digit read as 0: "2025 " does not start a date
# like "2025-03-15" or a time like "10:30", and "25 pe" ("25 people") starts none of the two dozen
# rules that "25 " could (a day of a month, a count of days, a clock time...).  A sixth character
# took a quarter of the rules tried off the silver corpus's scan (about 0.1 of its 1.2 CPU seconds);
# a seventh and an eighth took only a little more, for twice and three times as many keys to work
# out in each process.
_ASCII_DIGITS = frozenset("0123456789")
_AS_ZERO = str.maketrans("123456789", "000000000")
_RUN_CAP = 4
_DIGIT_RUN = re.compile(f"[0-9]{{1,{_RUN_CAP + 1}}}")  # one more: "00000" stands for any longer run
_PREFIX_LENGTH = 6
_OPENINGS_KEPT = 1 << 16  # RuleSet._matchers: numbers open with ever new digits
_WORD_KEY = _PREFIX_LENGTH
_MAX_PREFIXES = 1024

# A prefix is a tuple of character sets (None: any character), one per character; shorter than
# _PREFIX_LENGTH when the match may end there.  Characters are lower-cased ASCII; a set with one
# digit has them all, so that a key may stand for every digit by "0".
_Prefix = tuple[frozenset[str] | None, ...]
_WILD: frozenset[_Prefix] = frozenset({(None,) * _PREFIX_LENGTH})
_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f")


def _dispatch_key(text: str, start: int) -> str | None:
    """What the rules are picked by at ``start`` (digits as "0"), or None if it starts with no key.

    Keys are what the patterns are cached by: a word's first six characters, but at a number its
    shape, every digit read as 0, since the numbers a text holds are too many to cache one by one.
    """
    first = text[start : start + 1]
    if first in _ASCII_DIGITS:
        run = _DIGIT_RUN.match(text, start)
        assert run is not None
        key = "0" * (run.end() - start)
        if len(key) <= _RUN_CAP:
            key += text[run.end() : start + _PREFIX_LENGTH].translate(_AS_ZERO)
    else:
        key = text[start : start + _WORD_KEY]
        if len(key) < 2:
            return None
    if key.isascii():
        return key
    # Beyond ASCII, case folding pairs characters the prefix sets do not model ("ſ" is "s"): the
    # key stops before the first such character ("10–12 March" is keyed "10"), which only leaves
    # more rules to try.
    ascii_run = next(index for index, char in enumerate(key) if not char.isascii())
    return key[:ascii_run] if ascii_run >= 2 else None


@attrs.frozen
class _PrefixIndex:
    """The prefixes of a rule, as bit sets per position: which of them accept a character there.

    Checking a key is then a few dictionary look-ups and ANDs, not a walk over every prefix: the
    rules of a new key were costing about a millisecond, and a day of wire copy has hundreds.
    """

    anything: tuple[int, ...]  # per position, the prefixes that accept any character (or have ended)
    # Per position, character -> the prefixes accepting it there, those of ``anything`` included:
    # one look-up a character.
    accepting: tuple[dict[str, int], ...]

    @classmethod
    def of(cls, prefixes: Iterable[_Prefix]) -> _PrefixIndex:
        anything = [0] * _PREFIX_LENGTH
        # Prefixes share their sets ("any digit"): each set's characters are walked once.
        by_set: list[dict[frozenset[str], int]] = [{} for _ in range(_PREFIX_LENGTH)]
        for bit_number, prefix in enumerate(prefixes):
            bit = 1 << bit_number
            for position in range(_PREFIX_LENGTH):
                chars = prefix[position] if position < len(prefix) else None
                if chars is None:
                    anything[position] |= bit
                else:
                    sets = by_set[position]
                    sets[chars] = sets.get(chars, 0) | bit
        accepting: list[dict[str, int]] = []
        for others, sets in zip(anything, by_set, strict=True):
            table: dict[str, int] = {}
            for chars, bits in sets.items():
                for char in chars:
                    table[char] = table.get(char, others) | bits
            accepting.append(table)
        return cls(tuple(anything), tuple(accepting))

    def fits(self, key: str) -> bool:
        """Whether some prefix accepts each character of ``key`` (a prefix that has ended accepts any)."""
        alive = -1
        # A key may be shorter than the prefixes (a word at the end of the text).
        for table, others, char in zip(self.accepting, self.anything, key, strict=False):
            alive &= table.get(char, others)
            if not alive:
                return False
        return True


def _rule_prefixes(parsed: Any) -> frozenset[_Prefix]:
    """A rule's prefixes (see _prefixes), as long as they stay few: a rule whose forms are too many
    to spell out to _PREFIX_LENGTH characters ("Jan. 1", "Sept. 30, 2025"…) is modelled on fewer,
    a prefix that ends early accepting any character after it.  Giving up on such a rule instead
    would leave it to be tried at every key."""
    for length in range(_PREFIX_LENGTH, 0, -1):
        prefixes = _prefixes(parsed, length)
        if prefixes != _WILD:
            return prefixes
    return _WILD


def _prefixes(items: Any, length: int) -> frozenset[_Prefix]:
    """The first ``length`` characters a parsed regex can match (see _Prefix); a superset.

    Walks the parse tree as :func:`_first_chars` does, one character further:
    anything it does not model counts as any character.
    """
    done: set[_Prefix] = set()
    pending: set[_Prefix] = {()}
    for op, av in items:
        pending, finished = _extend(pending, _item_prefixes(str(op), av, length), length)
        done |= finished
        if not pending:
            break
        if len(pending) + len(done) > _MAX_PREFIXES:
            return _WILD
    return frozenset(done | pending)


def _extend(heads: set[_Prefix], tails: frozenset[_Prefix], length: int) -> tuple[set[_Prefix], set[_Prefix]]:
    """Each head followed by each tail: (the ones still short of ``length``, the complete ones)."""
    pending: set[_Prefix] = set()
    done: set[_Prefix] = set()
    for head in heads:
        for tail in tails:
            joined = (head + tail)[:length]
            (done if len(joined) == length else pending).add(joined)
    return pending, done


def _item_prefixes(name: str, av: Any, length: int) -> frozenset[_Prefix]:
    if name in ("ASSERT", "ASSERT_NOT", "AT"):  # zero-width: what follows decides
        return frozenset({()})
    if name == "LITERAL":
        return frozenset({(_char_set([(name, av)]),)})
    if name == "IN":
        return frozenset({(_char_set(av),)})
    if name in ("ANY", "NOT_LITERAL", "CATEGORY"):
        return frozenset({(None,)})
    if name == "BRANCH":
        found: set[_Prefix] = set()
        for alternative in av[1]:
            found |= _prefixes(alternative, length)
        return frozenset(found) if len(found) <= _MAX_PREFIXES else _WILD
    if name == "SUBPATTERN":
        return _prefixes(av[3], length)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, body = av[0], av[1], _prefixes(av[2], length)
        result: set[_Prefix] = {()} if low == 0 else set()
        frontier: set[_Prefix] = {()}
        # ``length`` rounds settle the first ``length`` characters: a round that adds none adds
        # nothing new.
        for count in range(1, length + 1):
            frontier, finished = _extend(frontier, body, length)
            result |= finished
            if count >= low:
                result |= frontier
            if count == high or not frontier:
                break
        return frozenset(result | frontier)
    return _WILD  # back-references, conditionals...: anything


def _char_set(items: Any) -> frozenset[str] | None:
    """The lower-cased ASCII characters a character class matches (all digits if one), or None for any."""
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and av < 128:
            chars.add(chr(av).lower())
        elif name == "RANGE" and av[1] < 128:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars |= _DIGITS
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars |= _SPACES
        else:  # negated classes, other categories; beyond ASCII, case folds of its own ("ſ" is "s")
            return None
    if chars & _DIGITS:
        chars |= _DIGITS
    return frozenset(chars)


def word_branches(forms: Sequence[str], after: str) -> list[str]:
    """Regex branches matching whole ``forms`` (lower case, Capitalized or UPPER), one per first character,
    an apostrophe matching either apostrophe, each followed by ``after`` (what ends a word).

    Case-sensitive, and each branch starts with a literal character: joined into one
    alternation, the regex engine can skip in C every position whose character starts no form,
    which makes a search over a whole text several times faster than a case-insensitive
    alternation.  Where a word starts is the caller's to say: both searches look for the
    character before it (see Triggers, and tag._Words).
    """
    tree: dict[str, Any] = {}
    for form in forms:
        form = form_key(form)
        for variant in (form.lower(), form[:1].upper() + form[1:].lower(), form.upper()):
            node = tree
            for char in variant:
                node = node.setdefault(char, {})
            node[""] = {}
    # Lower case first: the regex engine tests the branches of an alternation one by one, and
    # running text's words are mostly lower case.
    firsts = sorted(tree, key=lambda char: (char.isupper(), char))
    return [re.escape(char) + _tree_regex(tree[char]) + after for char in firsts]


@attrs.frozen
class Triggers:
    r"""Where an expression can be: every trigger word and every number that is not money.

    The one pass over the whole text.  A word is searched for with the character before it
    (``\W`` then the words), not with a lookbehind after its first letter: the regex engine then
    skips in C to each space or punctuation mark instead of entering the alternation at most
    letters, which made the pass a third faster.  Numbers need no word start ("FY2025").
    """

    anywhere: re.Pattern[str]  # a non-word character and a word, or a number
    at_start: re.Pattern[str]  # a word at the very start of the text, with no character before it

    def starts(self, text: str) -> Iterator[int]:
        """The offset of each trigger in ``text``, in order."""
        first = self.at_start.match(text)
        if first is not None:
            yield 0
        for found in self.anywhere.finditer(text, 0 if first is None else first.end()):
            at = found.start()
            # A word's match opens with the character before it, never a digit (a \w character).
            yield at if text[at].isdigit() else at + 1


def _triggers() -> Triggers:
    forms = [
        *words.MONTH, *words.WEEKDAY, *words.WEEKDAY_ABBR, *words.UNIT, *words.SEASON,
        *words.PART_OF_DAY, *words.DECADE_WORD, *words.TRIGGER,
    ]  # fmt: skip
    # Plural weekdays ("on Mondays") trigger too.
    word = "|".join(word_branches(forms, after=r"[sS]?(?![^\W_])"))
    # Numbers, but not money, percentages and the later groups of a number ("$2,025", "1,998",
    # "3.5%"), which no rule tags: skipping them saves a blocker match at each in financial text.
    # A grouped number counts when time units follow: "1,000 days".
    units = "|".join(sorted(words.UNIT, key=len, reverse=True))
    number = (
        r"(?<![\d$£€¥].)(?<!\d[,.].)\d*(?!\d|,\d{3}(?!(?:,\d{3})*[\s-]+(?:" + units + r")\b)"
        r"|(?:\.\d+)?\s?(?:%|per\s?cent))"
    )
    # One character class first, the branches after it: a pattern that opens with a class is
    # searched for by skipping in C to the next character of the class, while an alternation
    # first (even of a class and ten digits) is entered at every character.  The class is every
    # character but an ASCII letter or "_", which the engine tests in a bitmap (\W costs a Unicode
    # look-up a character, a sixth of the pass); the branches look back at it, and keep only a
    # non-word character or a digit: a letter beyond ASCII ("é") enters, to fail there.
    anywhere = re.compile(rf"[^A-Za-z_](?:(?<=\W)(?:{word})|(?<=[0-9]){number})")
    return Triggers(anywhere=anywhere, at_start=re.compile(word))


@functools.cache
def default_ruleset() -> RuleSet:
    """The English news rules, compiled once per process."""
    return compile_rules(english.RULES, english.PATTERNS)
