"""Day-count bases and calendar helpers.

Every fraction here is an exact :class:`fractions.Fraction`: interest is
computed on exact values and only the posted amount is rounded, so a half cent
is never lost to a repeating decimal such as 16/365.

Periods are half-open, ``[start, end)``: the day ``start`` accrues, ``end``
does not.
"""

from __future__ import annotations

import calendar
import datetime
from fractions import Fraction
from typing import TYPE_CHECKING
from typing import Final
from typing import Literal
from typing import assert_never
from typing import get_args

if TYPE_CHECKING:
    from collections.abc import Iterator

#: A day-count basis, as written in a definition's ``day-count:``.
DayCount = Literal["ACT/365", "ACT/360", "30/360", "ACT/ACT"]

ACT_365: Final = "ACT/365"
ACT_360: Final = "ACT/360"
THIRTY_360: Final = "30/360"
ACT_ACT: Final = "ACT/ACT"

BASES: tuple[DayCount, ...] = get_args(DayCount)


def days_360(start: datetime.date, end: datetime.date) -> int:
    """Days between two dates on the 30/360 ISDA bond basis.

    2006 ISDA Definitions 4.16(f): D1 = 31 becomes 30; D2 = 31 becomes 30
    when D1 (after that change) is 30.
    """
    d1 = min(start.day, 30)
    d2 = end.day
    if d2 == 31 and d1 == 30:
        d2 = 30
    return 360 * (end.year - start.year) + 30 * (end.month - start.month) + (d2 - d1)


def year_pieces(start: datetime.date, end: datetime.date) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at 1 January: a list of (days, days in that year)."""
    pieces = []
    cursor = start
    while cursor < end:
        next_year = datetime.date(cursor.year + 1, 1, 1)
        piece_end = min(end, next_year)
        year_days = 366 if calendar.isleap(cursor.year) else 365
        pieces.append(((piece_end - cursor).days, year_days))
        cursor = piece_end
    return pieces


#: The denominator of each basis's day-count units: every fraction of that
#: basis is a whole number of units over it (ACT/ACT: 1/365 = 366 units).
UNIT_DENOMINATOR: dict[DayCount, int] = {
    ACT_365: 365,
    ACT_360: 360,
    THIRTY_360: 360,
    ACT_ACT: 365 * 366,
}


def dcf_units(basis: DayCount, start: datetime.date, end: datetime.date) -> int:
    """year_fraction(basis, start, end) * UNIT_DENOMINATOR[basis], exactly."""
    if basis == THIRTY_360:
        return days_360(start, end)
    if basis != ACT_ACT:
        return (end - start).days
    if start.year == end.year or (
        end.month == 1 and end.day == 1 and end.year == start.year + 1
    ):
        days = (end - start).days
        return days * (365 if calendar.isleap(start.year) else 366)
    return sum(
        days * (365 if year_days == 366 else 366)
        for days, year_days in year_pieces(start, end)
    )


def year_fraction(
    basis: DayCount, start: datetime.date, end: datetime.date
) -> Fraction:
    """The day-count fraction of ``[start, end)`` on ``basis``, exactly.

    >>> year_fraction("ACT/365", datetime.date(2022, 12, 16), datetime.date(2023, 1, 1))
    Fraction(16, 365)
    """
    match basis:
        case "ACT/365":
            return Fraction((end - start).days, 365)
        case "ACT/360":
            return Fraction((end - start).days, 360)
        case "30/360":
            return Fraction(days_360(start, end), 360)
        case "ACT/ACT":
            return sum(
                (
                    Fraction(days, year_days)
                    for days, year_days in year_pieces(start, end)
                ),
                Fraction(0),
            )
        case _:
            assert_never(basis)


def days_in_basis(basis: DayCount, start: datetime.date, end: datetime.date) -> int:
    """The number of days of ``[start, end)`` that the basis counts."""
    if basis == THIRTY_360:
        return days_360(start, end)
    return (end - start).days


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def month_end(year: int, month: int) -> datetime.date:
    """The last day of a month."""
    return datetime.date(year, month, days_in_month(year, month))


def is_month_end(date: datetime.date) -> bool:
    """Whether ``date`` is the last day of its month."""
    return date.day == days_in_month(date.year, date.month)


def add_months(date: datetime.date, months: int) -> datetime.date:
    """``date`` moved by whole months; a day the month lacks becomes its last day."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    last = days_in_month(year, month + 1)
    return datetime.date(year, month + 1, min(date.day, last))


def anniversaries(date: datetime.date, months: int | None) -> Iterator[datetime.date]:
    """``date`` moved by ``months``, twice ``months``, and so on, without end;
    nothing when ``months`` is None."""
    if months is None:
        return
    count = 1
    while True:
        yield add_months(date, months * count)
        count += 1


def month_ends(start: datetime.date, through: datetime.date) -> list[datetime.date]:
    """Month-ends from ``start``'s month up to and including ``through``."""
    ends: list[datetime.date] = []
    year, month = start.year, start.month
    while True:
        end = month_end(year, month)
        if end > through:
            return ends
        ends.append(end)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
