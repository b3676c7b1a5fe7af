"""Every example of every tagging rule, run as a test; and the rule loader's checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import RuleError
from timeline.rules import english
from timeline.ruleset import Rule, compile_rules, default_ruleset, word_alternation
from timeline.tag import tag

SATURDAY = dt.date(2025, 3, 15)  # the reference of an example that names none

EXAMPLES = [
    pytest.param(rule, text, value, reference, id=f"{rule.name}: {text}")
    for rule in default_ruleset().rules.values()
    for text, value, reference in rule.examples
]


@pytest.mark.parametrize(("rule", "text", "value", "reference"), EXAMPLES)
def test_rule_example(rule: Rule, text: str, value: str | None, reference: str | None) -> None:
    found = tag(text, dt.date.fromisoformat(reference) if reference else SATURDAY)
    mine = [(t.text, t.value) for t in found if t.rule == rule.name]
    if value is None:
        if rule.type is None:  # a blocker: nothing in its text is tagged at all
            assert found == [], [(t.text, t.rule) for t in found]
        else:
            assert mine == []
    else:
        assert value in [v for _, v in mine], [(t.text, t.rule, t.value) for t in found]


def test_every_rule_has_examples_and_a_value_example() -> None:
    for rule in default_ruleset().rules.values():
        assert rule.examples
        if rule.type is not None:
            assert any(value is not None for _, value, _ in rule.examples), rule.name


# --- the loader ------------------------------------------------------------------


def good(**changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": "demo",
        "pattern": r"(?P<month>%MONTH%)\s+(?P<year>\d{4})",
        "symbol": {"kind": "calendar", "month": "@month", "year": "@year"},
        "examples": [("March 2025", "2025-03")],
    }
    spec.update(changes)
    return spec


def test_a_good_rule_compiles() -> None:
    ruleset = compile_rules([good()], {})
    assert set(ruleset.rules) == {"demo"}
    assert ruleset.rules["demo"].groups == (("demo__month", "month"), ("demo__year", "year"))
    assert ruleset.match("in March 2025", 3) is not None


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([good(pattern=r"%NO_SUCH_MACRO% \d+")], "unknown macro %NO_SUCH_MACRO%"),
        ([good(symbol={"kind": "calendar", "year": "@missing"})], "groups not in the pattern: ['missing']"),
        ([good(), good()], "defined twice"),
        ([good(pattern=r"(?P<month>March")], "invalid pattern"),
        ([good(examples=[])], "needs at least one example"),
        ([good(symbol={"month": "@month"})], "needs a 'kind'"),
        ([good(type="MOMENT")], "unknown type"),
        ([good(name="Bad Name")], "lower-case identifier"),
        ([good(colour="red")], "unknown keys ['colour']"),
        ([good(pattern=r"(?P<x>a)(?P<x>b)")], "invalid pattern"),
    ],
)
def test_bad_rules_are_rejected_with_the_rule_named(rules: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(RuleError, match=r"demo|#0") as raised:
        compile_rules(rules, {})
    assert message in str(raised.value)


def test_macros_nest_but_not_forever() -> None:
    plain = {"kind": "ref", "ref": "present"}
    assert compile_rules([good(pattern=r"%OUTER%", symbol=plain)], {"OUTER": "%INNER%", "INNER": "x"}).rules
    with pytest.raises(RuleError, match="nest too deeply"):
        compile_rules([good(pattern=r"%LOOP%", symbol=plain)], {"LOOP": "a%LOOP%"})


def test_rule_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        compile_rules([good(name="")], {})


def test_word_alternation_tries_longer_forms_first() -> None:
    import re

    pattern = re.compile(word_alternation(["sep", "sept", "sept.", "this", "this coming"]))
    assert pattern.match("sept.").group() == "sept."  # type: ignore[union-attr]
    assert pattern.match("sept").group() == "sept"  # type: ignore[union-attr]
    assert pattern.match("this  coming").group() == "this  coming"  # type: ignore[union-attr]
    assert pattern.match("this\u00a0coming").group() == "this\u00a0coming"  # type: ignore[union-attr]


def test_first_character_dispatch_agrees_with_the_full_pattern() -> None:
    ruleset = default_ruleset()
    text = "On Tuesday, 15 March 2025, the 1990s, $2,025 and three-year-old; next week at 10:30 a.m."
    for start in range(len(text)):
        full = ruleset.pattern.match(text, start)
        fast = ruleset.match(text, start)
        assert (full and (full.lastgroup, full.span())) == (fast and (fast.lastgroup, fast.span()))


# Pieces that make the dispatch keys differ: digit runs of every length before every kind of
# character, words that start rules, case, punctuation and characters beyond ASCII.
_PIECES = [
    "1", "15", "199", "2025", "19980108", "3", "10", ":30", "/", ".", "-", ",", "'", "$", " ", "  ", "\n",
    "\u00a0", "st", "s", "th", "March", "MARCH", "march", "May", "Mar.", "Sept.", "Tuesday", "Mon",
    "the", "The", "last", "next", "mid-", "early", "fiscal", "Q3", "H1", "a", "three", "year",
    "years", "weeks", "ago", "a.m.", "pm", "noon", "today", "nineteen", "ninety-six", "Sunday Times",
    "%", "ſ", "K", "é", "x", "\x00", "\x1c", "\x7f", "\t", "Tues", "Thu", "Thursday", "following", "lasting",
    "quarter", "quart", "decade", "mid", "Nov.", "Novem", "people", "per", "cent", "bn", "0", "9", "h", "T",
    "–", "€", "ſt",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_dispatch_agrees_with_the_full_pattern_everywhere(text: str) -> None:
    ruleset = default_ruleset()
    for start in range(len(text)):
        full = ruleset.pattern.match(text, start)
        fast = ruleset.match(text, start)
        assert (full and (full.lastgroup, full.span())) == (fast and (fast.lastgroup, fast.span()))


_TRIGGER_PIECES = [
    "May", "may", "MAY", "Mays", "Tuesday", "Tuesdays", "week", "weekend", "Jan.", "Jan", "2025", "FY2025",
    "15th", "$2,025", "1,998", "3.5%", "1,000", " days", "5", "0",
    " ", "-", "'", "’", "_", ".", ",", "é", "x", "\n", "²", "٣", "Ä",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TRIGGER_PIECES), max_size=10).map("".join))
def test_triggers_start_where_a_word_starts_or_a_number_is(text: str) -> None:
    import re

    triggers = default_ruleset().triggers
    word = triggers.at_start.pattern
    head = rf"[^A-Za-z_](?:(?<=\W)(?:{word})|(?<=[0-9])"
    assert triggers.anywhere.pattern.startswith(head)
    number = triggers.anywhere.pattern.removeprefix(head).removesuffix(")")
    # What the search finds, said the slow way: a word where no word character precedes it.
    plain = re.compile(rf"(?<!\w)(?:{word})|[0-9]{number}")
    assert list(triggers.starts(text)) == [match.start() for match in plain.finditer(text)]


def test_the_english_rules_are_all_compiled() -> None:
    assert [rule["name"] for rule in english.RULES] == list(default_ruleset().rules)


def test_the_tagging_guide_lists_every_rule() -> None:
    from pathlib import Path

    guide = Path(__file__).resolve().parent.parent / "docs" / "tagging.md"
    text = guide.read_text(encoding="utf-8")
    missing = [name for name in default_ruleset().rules if f"`{name}`" not in text]
    assert missing == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["will ", "Will", "plans to", "if ", "If", "x", " ", "set to", "'ll", "é"]),
        max_size=12,
    ).map("".join)
)
def test_a_guarded_pattern_finds_what_the_bare_one_finds(text: str) -> None:
    import re

    from timeline.ruleset import guarded

    source = r"\b(?:will|'ll|plans?\s+to|set\s+to|if)\b"
    bare, fast = re.compile(source, re.IGNORECASE), guarded(source, re.IGNORECASE)
    assert [m.span() for m in bare.finditer(text)] == [m.span() for m in fast.finditer(text)]


def test_the_guard_covers_every_branch_of_a_top_level_alternation() -> None:
    from timeline.ruleset import guarded

    # Unwrapped, "(?=[ac])ab|cd" would guard the first branch only: still right, but no faster.
    assert guarded("ab|cd").pattern == "(?=[ac])(?:ab|cd)"
