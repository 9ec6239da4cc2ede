"""Day-count fractions against QuantLib and against values worked by hand.

Bases (contract, section 2): ACT/365 Fixed; ACT/360; 30/360 ISDA bond basis
(QuantLib ``Thirty360(BondBasis)``); ACT/ACT ISDA (QuantLib
``ActualActual(ISDA)``).
"""

from __future__ import annotations

import datetime
from fractions import Fraction

import pytest
import QuantLib as ql
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from plugins.convertible_note.daycount import DayCount
from plugins.convertible_note.daycount import year_fraction
from tests.conftest import act_act_isda
from tests.conftest import last_day

QUANTLIB: dict[DayCount, ql.DayCounter] = {
    "ACT/365": ql.Actual365Fixed(),
    "ACT/360": ql.Actual360(),
    "30/360": ql.Thirty360(ql.Thirty360.BondBasis),
    "ACT/ACT": ql.ActualActual(ql.ActualActual.ISDA),
}
# Bases whose fraction is an integer day count over a fixed year.
FIXED_YEAR: dict[DayCount, int] = {"ACT/365": 365, "ACT/360": 360, "30/360": 360}
BASES = sorted(QUANTLIB)


def qdate(day: datetime.date) -> ql.Date:
    return ql.Date(day.day, day.month, day.year)


def quantlib_fraction(
    basis: DayCount, start: datetime.date, end: datetime.date
) -> float:
    return float(QUANTLIB[basis].yearFraction(qdate(start), qdate(end)))


years = st.integers(1990, 2100)
months = st.integers(1, 12)
any_date = st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31))
month_end = st.builds(
    lambda year, month: datetime.date(year, month, last_day(year, month)),
    years,
    months,
)
february_29 = st.sampled_from(
    [datetime.date(year, 2, 29) for year in range(1992, 2100, 4)]
)
the_31st = st.builds(
    lambda year, month: datetime.date(year, month, 31),
    years,
    st.sampled_from([1, 3, 5, 7, 8, 10, 12]),
)
the_30th = st.builds(
    lambda year, month: datetime.date(year, month, 30),
    years,
    st.sampled_from([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
)
dates = st.one_of(any_date, month_end, february_29, the_31st, the_30th)
ordered_pairs = st.tuples(dates, dates).map(sorted)


@settings(max_examples=400, deadline=None)
@given(basis=st.sampled_from(BASES), pair=ordered_pairs)
def test_year_fraction_matches_quantlib(
    basis: DayCount, pair: list[datetime.date]
) -> None:
    start, end = pair
    fraction = year_fraction(basis, start, end)
    assert isinstance(fraction, Fraction)
    expected = quantlib_fraction(basis, start, end)
    assert abs(float(fraction) - expected) <= 1e-12 * max(1.0, expected)


@settings(max_examples=300, deadline=None)
@given(basis=st.sampled_from(sorted(FIXED_YEAR)), pair=ordered_pairs)
def test_fixed_year_bases_are_exact_day_counts(
    basis: DayCount, pair: list[datetime.date]
) -> None:
    # QuantLib's dayCount is an integer, so the fraction is known exactly.
    start, end = pair
    days = QUANTLIB[basis].dayCount(qdate(start), qdate(end))
    assert year_fraction(basis, start, end) == Fraction(days, FIXED_YEAR[basis])


@settings(max_examples=300, deadline=None)
@given(pair=ordered_pairs)
def test_act_act_is_exact_sum_over_calendar_years(pair: list[datetime.date]) -> None:
    start, end = pair
    exact = act_act_isda(start, end)
    # The exact oracle agrees with QuantLib ...
    expected = quantlib_fraction("ACT/ACT", start, end)
    assert abs(float(exact) - expected) <= 1e-12 * max(1.0, expected)
    # ... and with the plugin, exactly.
    assert year_fraction("ACT/ACT", start, end) == exact


@settings(max_examples=200, deadline=None)
@given(
    basis=st.sampled_from(["ACT/365", "ACT/360", "ACT/ACT"]),
    triple=st.tuples(dates, dates, dates).map(sorted),
)
def test_actual_bases_are_additive(
    basis: DayCount, triple: list[datetime.date]
) -> None:
    # Splitting a period (at month-ends, compounding dates, events) must not
    # change the interest on actual-day bases.
    a, b, c = triple
    assert year_fraction(basis, a, b) + year_fraction(basis, b, c) == year_fraction(
        basis, a, c
    )


@pytest.mark.parametrize("basis", BASES)
@given(day=dates)
def test_empty_period_is_zero(basis: DayCount, day: datetime.date) -> None:
    assert year_fraction(basis, day, day) == 0


D = datetime.date


@pytest.mark.parametrize(
    ("basis", "start", "end", "expected"),
    [
        # The Aenco note's life: 365 actual days.
        ("ACT/365", D(2022, 12, 16), D(2023, 12, 16), Fraction(1)),
        ("ACT/360", D(2022, 12, 16), D(2023, 12, 16), Fraction(365, 360)),
        # A leap year under ACT/365 Fixed: 366/365.
        ("ACT/365", D(2024, 1, 1), D(2025, 1, 1), Fraction(366, 365)),
        # Dec 16 .. Dec 31 inclusive = [Dec 16, Jan 1): 16 days.
        ("ACT/365", D(2022, 12, 16), D(2023, 1, 1), Fraction(16, 365)),
        ("ACT/360", D(2022, 12, 16), D(2023, 1, 1), Fraction(16, 360)),
        # 30/360 bond basis: D1=31 -> 30; D2=31 and D1>=30 -> 30;
        # 30*(3-1) + (30-30) = 60.
        ("30/360", D(2023, 1, 31), D(2023, 3, 31), Fraction(60, 360)),
        # D1=30; D2=31 -> 30 because D1>=30: 60.
        ("30/360", D(2023, 1, 30), D(2023, 3, 31), Fraction(60, 360)),
        # D1=28 (<30) so D2=31 stays: 30 + (31-28) = 33.
        ("30/360", D(2023, 2, 28), D(2023, 3, 31), Fraction(33, 360)),
        # D1=29 (Feb 29, no end-of-February rule in bond basis): 30 + 2 = 32.
        ("30/360", D(2024, 2, 29), D(2024, 3, 31), Fraction(32, 360)),
        # [Dec 16, Jan 1): 360*1 + 30*(1-12) + (1-16) = 15.
        ("30/360", D(2022, 12, 16), D(2023, 1, 1), Fraction(15, 360)),
        # [Feb 1, Mar 1): a whole month is 30 days, even February.
        ("30/360", D(2023, 2, 1), D(2023, 3, 1), Fraction(30, 360)),
        # [Jan 31, Feb 1): D1=31 -> 30; 30*1 + (1-30) = 1.
        ("30/360", D(2023, 1, 31), D(2023, 2, 1), Fraction(1, 360)),
        # ACT/ACT ISDA: Dec 16-31 2023 in a 365-day year (16 days), Jan 1-15
        # 2024 in a 366-day year (15 days).
        (
            "ACT/ACT",
            D(2023, 12, 16),
            D(2024, 1, 16),
            Fraction(16, 365) + Fraction(15, 366),
        ),
        ("ACT/ACT", D(2024, 1, 1), D(2025, 1, 1), Fraction(1)),
        # 184/365 (Jul 1 - Dec 31 2023) + 366/366 (2024) + 181/365
        # (Jan 1 - Jun 30 2025) = 365/365 + 1 = 2.
        ("ACT/ACT", D(2023, 7, 1), D(2025, 7, 1), Fraction(2)),
        # February 2024 alone: 29/366.
        ("ACT/ACT", D(2024, 2, 1), D(2024, 3, 1), Fraction(29, 366)),
    ],
)
def test_hand_worked_values(
    basis: DayCount, start: datetime.date, end: datetime.date, expected: Fraction
) -> None:
    assert year_fraction(basis, start, end) == expected
    assert abs(quantlib_fraction(basis, start, end) - float(expected)) <= 1e-12
