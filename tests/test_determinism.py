"""Same input, same bytes, in every process: nothing may depend on the order a set of strings
iterates in, which changes with each process's string hashing (merge's exact term weights are
tested in test_merge.py)."""

from __future__ import annotations

from timeline.dating import _Index


def _index(idf: dict[str, float], words: frozenset[str]) -> _Index:
    index = _Index({}, 100, idf, 100)
    index.words[0] = words
    index.document_weight[0] = 1.0
    return index


def test_equally_rare_shared_words_are_listed_by_the_word() -> None:
    idf = dict.fromkeys(["zeta", "alpha", "mu"], 2.0)
    index = _index(idf, frozenset(idf))
    assert index.shared_words(frozenset(idf), 0) == ("alpha", "mu")
