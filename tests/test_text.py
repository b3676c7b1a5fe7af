"""Sentence splitting, on small hand-made texts."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from timeline.text import SPACE, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_sentences_end_at_a_mark_before_a_capital_a_digit_or_a_quote_and_at_line_breaks() -> None:
    text = 'Talks began. "We agree," he said! 2025 will tell?  Maybe.\nHeadline without a stop\nEnd'
    assert sentences(text) == [
        "Talks began.",
        '"We agree," he said!',
        "2025 will tell?",
        "Maybe.",
        "Headline without a stop",
        "End",
    ]


def test_abbreviations_and_lower_case_do_not_end_a_sentence() -> None:
    text = "Mr. Smith met Gen. Jones at 3 p.m. Monday in the U.S. capital. it went well. J. Doe came."
    assert sentences(text) == [
        "Mr. Smith met Gen. Jones at 3 p.m. Monday in the U.S. capital. it went well.",
        "J. Doe came.",
    ]


def test_a_sentence_keeps_its_closing_quote_or_bracket() -> None:
    text = 'He said “no.” Then he left. (It rained.) She said "yes." Fine.'
    assert sentences(text) == ["He said “no.”", "Then he left.", "(It rained.)", 'She said "yes."', "Fine."]


# The sentence end written plainly, looking behind for the mark and its closing quotes: the
# splitter must agree with it.
_PLAIN_END = re.compile(r"\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_AFTER_MARK = re.compile(r"[.!?][\"'”’)\]]*$")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Dr|Gen|U\.S|p\.m)|\b[A-Z])\.$")


def plain_spans(text: str) -> list[tuple[int, int]]:
    ends: list[tuple[int, int, bool]] = []  # (start, end, whether a line break)
    for match in _PLAIN_END.finditer(text):
        line_break = match.group().startswith("\n")
        if line_break or _AFTER_MARK.search(text, 0, match.start()):
            ends.append((match.start(), match.end(), line_break))
        else:  # whitespace after no mark still breaks at its line breaks
            ends += [
                (match.start() + m.start(), match.start() + m.end(), True)
                for m in re.finditer(r"\n+", match.group())
            ]
    cuts, begin = [], 0
    for start, end, line_break in ends:
        before = text[max(begin, start - 6) : start]
        if line_break or not _ABBREVIATION.search(before):
            cuts.append((begin, start))
            begin = end
    cuts.append((begin, len(text)))
    spans = []
    for start, end in cuts:
        piece = text[start:end]
        if piece.strip():
            spans.append((start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())))
    return spans


@given(
    st.lists(
        st.sampled_from(
            ["Mr.", "U.S.", "p.m.", "A", "b", "3", ".", "!", "?", '"', "”", ")", "“", "(", " ", "\n", "\t"]
        )
    )
)
def test_sentence_ends_agree_with_the_plain_lookbehind(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert sentence_spans(text) == plain_spans(text)


def test_space_lists_what_backslash_s_matches() -> None:
    every_character = "".join(map(chr, range(0x110000)))
    assert re.findall(f"[{SPACE}]", every_character) == re.findall(r"\s", every_character)
