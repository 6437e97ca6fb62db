"""Hostile text (issue 10): inputs that used to crash, hang or be misread now give a result or one
warning. Every article here is written for the test."""

from __future__ import annotations

import pytest

from ceasefire_cli.counted import find_counts

# --------------------------------------------------------------------------- numbers beyond floats


@pytest.mark.parametrize("digits", [16, 309, 400, 5000])
def test_numbers_too_long_to_be_counts_are_not_extracted(digits: int) -> None:
    counts = find_counts(f"The convoy carried {'9' * digits} parcels and 12 hostages were freed.")
    assert [c.text for c in counts] == ["12"]


def test_large_sums_are_still_counts() -> None:
    (c,) = find_counts("The plan would cost $1.5 trillion, the minister said.")
    assert c.value == 1.5e12
