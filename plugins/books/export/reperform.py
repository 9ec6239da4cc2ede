"""Re-perform Interest_Recalculation.csv from its own columns.

An auditor's check, written apart from the plugin on purpose: its own day
counts (the four bases of the note language), its own growth factors, and
nothing but the values a row shows. A row is the dict of its columns as the
export writes them (dates, Decimals, or None for a blank cell).

For each ``piece`` row ``[piece_start, piece_end]`` (both days included):

- the day-count fraction is that of the basis;
- daily compounding: the growth factor is the product of (1 + rate / Y)^n
  over the piece's calendar-year parts, and the interest is
  balance x (growth - 1); otherwise the interest is balance x rate x fraction;
- at amortized cost: the effective interest is the same formula at the
  effective rate on the carrying balance, and the amortization is the
  effective interest less the interest.

For each ``entry`` row: interest posted = round_half_up(unpaid exact) -
posted before; amortization posted = discount posted before -
round_half_up(unamortized exact); amount posted = their sum; and the pieces
since the note's previous entry add up to the change of the cumulative
interest.
"""

from __future__ import annotations

import calendar
import datetime
from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import localcontext
from fractions import Fraction
from typing import Any

#: Exact values are shown to ten places, so a value re-performed from
#: shown values agrees to well within this (a cent is 0.01).
TOLERANCE = Decimal("1e-7")
CENT = Decimal("0.01")
ONE_DAY = datetime.timedelta(days=1)


def _days_30_360(start: datetime.date, end: datetime.date) -> int:
    """30/360 ISDA bond basis: a 31st start is the 30th; a 31st end is the
    30th when the start is the 30th (after that rule)."""
    first = 30 if start.day == 31 else start.day
    last = 30 if end.day == 31 and first == 30 else end.day
    return (end.year - start.year) * 360 + (end.month - start.month) * 30 + last - first


def _year_parts(start: datetime.date, end: datetime.date) -> list[tuple[int, int]]:
    """(days, days of that year) for each calendar year ``[start, end)`` spans."""
    parts = []
    while start < end:
        boundary = min(end, datetime.date(start.year + 1, 1, 1))
        parts.append(
            ((boundary - start).days, 366 if calendar.isleap(start.year) else 365)
        )
        start = boundary
    return parts


def powers(
    basis: str, start: datetime.date, end: datetime.date
) -> list[tuple[int, int]]:
    """(n, Y) of ``[start, end)``: days over a year, per basis."""
    if basis == "ACT/ACT":
        return _year_parts(start, end)
    if basis == "30/360":
        return [(_days_30_360(start, end), 360)]
    year = 365 if basis == "ACT/365" else 360
    return [((end - start).days, year)]


def fraction(basis: str, start: datetime.date, end: datetime.date) -> Fraction:
    return sum(
        (Fraction(n, year) for n, year in powers(basis, start, end)), Fraction(0)
    )


def growth(rate: Fraction, parts: list[tuple[int, int]]) -> Fraction:
    factor = Fraction(1)
    for n, year in parts:
        factor *= (1 + rate / year) ** n
    return factor


def _cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def _close(left: Decimal, right: Decimal) -> bool:
    return abs(left - right) <= TOLERANCE


def _piece(row: dict[str, Any]) -> tuple[list[str], Decimal]:
    """Problems of one piece row, and its re-performed interest."""
    problems: list[str] = []
    where = f"{row['note']} piece {row['piece_start']}..{row['piece_end']}"
    start, end = row["piece_start"], row["piece_end"] + ONE_DAY
    basis = str(row["day_count"])
    parts = powers(basis, start, end)
    shown = Decimal(row["day_count_fraction"])
    if _decimal(fraction(basis, start, end)).quantize(shown) != shown:
        problems.append(f"{where}: day-count fraction {shown} is not {basis}'s")
    balance = Decimal(row["interest_bearing_balance"])
    rate = Fraction(Decimal(row["rate"]))
    if row["compounding"] == "daily":
        factor = growth(rate, parts)
        written = Decimal(row["growth_factor"])
        if _decimal(factor).quantize(written) != written:
            problems.append(f"{where}: growth factor {written} is not (1 + r/Y)^n")
        interest = balance * (_decimal(factor) - 1)
    else:
        interest = balance * _decimal(rate * fraction(basis, start, end))
    if not _close(interest, Decimal(row["interest_exact"])):
        problems.append(
            f"{where}: interest re-performed {interest:.10f}, shown "
            f"{row['interest_exact']}"
        )
    if row["effective_rate"] is not None:
        effective_rate = Fraction(Decimal(row["effective_rate"]))
        carrying = Decimal(row["carrying_balance"])
        if row["compounding"] == "daily":
            effective = carrying * (_decimal(growth(effective_rate, parts)) - 1)
        else:
            effective = carrying * _decimal(
                effective_rate * fraction(basis, start, end)
            )
        if not _close(effective, Decimal(row["effective_interest_exact"])):
            problems.append(
                f"{where}: effective interest re-performed {effective:.10f}, "
                f"shown {row['effective_interest_exact']}"
            )
    if row["amortization_exact"] is not None and not _close(
        Decimal(row["effective_interest_exact"]) - Decimal(row["interest_exact"]),
        Decimal(row["amortization_exact"]),
    ):
        problems.append(f"{where}: amortization is not effective - coupon interest")
    return problems, interest


def _entry(row: dict[str, Any]) -> list[str]:
    where = f"{row['note']} entry {row['entry_date']}"
    interest = _cents(Decimal(row["accrued_unpaid_exact"])) - Decimal(
        row["accrued_posted_before"]
    )
    amortization = Decimal(row["discount_posted_before"]) - _cents(
        Decimal(row["unamortized_discount_exact"])
    )
    problems = []
    if interest != Decimal(row["interest_posted"]):
        problems.append(
            f"{where}: interest posted {row['interest_posted']}, "
            f"re-performed {interest}"
        )
    if amortization != Decimal(row["amortization_posted"]):
        problems.append(
            f"{where}: amortization posted {row['amortization_posted']}, "
            f"re-performed {amortization}"
        )
    if interest + amortization != Decimal(row["amount_posted"]):
        problems.append(
            f"{where}: amount posted {row['amount_posted']} is not "
            f"interest + amortization"
        )
    return problems


def problems(rows: list[dict[str, Any]]) -> list[str]:
    """Everything in the rows that does not re-perform."""
    found: list[str] = []
    since: dict[str, Decimal] = {}  # note -> interest of the pieces since
    previous: dict[str, Decimal] = {}  # note -> cumulative at its last entry
    with localcontext() as context:
        context.prec = 60
        for row in rows:
            note = str(row["note"])
            if row["row_type"] == "piece":
                piece_problems, interest = _piece(row)
                found += piece_problems
                since[note] = since.get(note, Decimal(0)) + interest
                continue
            found += _entry(row)
            cumulative = Decimal(row["cumulative_interest_exact"])
            if note in previous and not _close(
                cumulative - previous[note], since.get(note, Decimal(0))
            ):
                found.append(
                    f"{note} entry {row['entry_date']}: the pieces since the "
                    f"previous entry add up to {since.get(note, Decimal(0)):.10f}, "
                    f"the cumulative interest moved by {cumulative - previous[note]}"
                )
            previous[note] = cumulative
            since[note] = Decimal(0)
    return found
