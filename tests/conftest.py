"""Test-wide settings."""

from hypothesis import settings

# Hypothesis fails an example that takes over 200 ms: a timing assertion, which a loaded machine
# trips (it did, on a CSV round trip). Speed is measured by tests/benchmarks/, not by unit tests.
settings.register_profile("timeline", deadline=None)
settings.load_profile("timeline")
