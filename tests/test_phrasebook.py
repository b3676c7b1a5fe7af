"""The tagger against present-day English news: tests/fixtures/phrasebook.tsv, one test per row.

Each row is a short news sentence written for this test, its publication date, a stretch of the
sentence and what a careful reader takes it to mean: a TIMEX3 value for an expression that must be
found with exactly that extent, or ``none`` for text that must not be tagged at all (no expression
may overlap it).  A note starting ``xfail:`` marks a reading the tagger is known to miss and says
why; the test then fails if the tagger starts getting it right, so that the note is removed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.tag import tag

PHRASEBOOK = Path(__file__).parent / "fixtures" / "phrasebook.tsv"


def _rows() -> list[object]:
    rows = []
    for number, line in enumerate(PHRASEBOOK.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        sentence, reference, span, value, *rest = line.split("\t")
        note = rest[0] if rest else ""
        marks = [pytest.mark.xfail(strict=True, reason=note[6:].strip())] if note.startswith("xfail:") else []
        rows.append(
            pytest.param(
                sentence,
                dt.date.fromisoformat(reference),
                span,
                None if value == "none" else value,
                marks=marks,
                id=f"{number}: {span} | {sentence}",
            )
        )
    return rows


@pytest.mark.parametrize(("sentence", "reference", "span", "value"), _rows())
def test_phrase(sentence: str, reference: dt.date, span: str, value: str | None) -> None:
    start = sentence.index(span)
    end = start + len(span)
    found = tag(sentence, reference)
    seen = [(t.text, t.value) for t in found]
    if value is None:
        assert not [t for t in found if t.start < end and start < t.end], seen
    else:
        assert any((t.start, t.end, t.value) == (start, end, value) for t in found), seen


def test_the_phrasebook_is_large_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    for line in PHRASEBOOK.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            assert len(line.split("\t")) in (4, 5), line
