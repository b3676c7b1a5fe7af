"""The same input gives the same bytes in every process, whatever its string hashing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _json_of_the_seeds(hash_seed: str) -> bytes:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, "-m", "timeline", str(SEEDS), "--format", "json", "--quiet"]
    return subprocess.run(command, env=environment, capture_output=True, check=True).stdout


@pytest.mark.parametrize("other_seed", ["1", "11"])
def test_the_seeds_timeline_is_the_same_under_any_hash_seed(other_seed: str) -> None:
    assert _json_of_the_seeds("0") == _json_of_the_seeds(other_seed)
