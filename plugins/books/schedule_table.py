"""A note's schedule as a table: one line per generated entry.

Used by ``books schedule``, the Fava page and the audit export, so all three
show the same numbers. Exact (unrounded) values are shown to ten decimal
places; posted amounts are exact to the cent.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from dataclasses import astuple
from dataclasses import dataclass
from dataclasses import fields
from decimal import ROUND_HALF_UP
from decimal import Decimal
from typing import TYPE_CHECKING

from plugins.convertible_note.daycount import year_fraction
from plugins.convertible_note.schedule import ACCRUAL
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import SETTLEMENT

if TYPE_CHECKING:
    from fractions import Fraction

    from plugins.convertible_note.schedule import Row
    from plugins.convertible_note.schedule import Schedule

EXACT_PLACES = Decimal("1e-10")


def exact(value: Fraction) -> Decimal:
    """An exact value shown to ten decimal places (half up)."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        EXACT_PLACES, rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True)
class ScheduleLine:
    """One generated entry with the note's state right after it."""

    date: datetime.date
    event: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    days: int | None
    day_count_fraction: Decimal | None
    rate: Decimal
    interest_bearing_balance: Decimal
    cumulative_interest_exact: Decimal
    amount_posted: Decimal
    outstanding_principal: Decimal
    accrued_interest: Decimal
    classification: str
    shares: int | None
    conversion_price: Decimal
    cash_paid: Decimal

    @classmethod
    def from_row(cls, row: Row, day_count: str) -> ScheduleLine:
        is_accrual = row.kind == ACCRUAL
        moves_shares = row.kind in (CONVERSION, SETTLEMENT)
        amount = row.principal_paid + row.interest_paid if moves_shares else row.amount
        return cls(
            date=row.date,
            event=row.kind,
            period_start=row.period_start if is_accrual else None,
            # Shown inclusive: the last day the entry covers.
            period_end=(
                row.period_end - datetime.timedelta(days=1)
                if is_accrual and row.period_end is not None
                else None
            ),
            days=row.days if is_accrual else None,
            day_count_fraction=(
                exact(year_fraction(day_count, row.period_start, row.period_end))
                if is_accrual and row.period_start and row.period_end
                else None
            ),
            rate=row.rate,
            interest_bearing_balance=exact(row.interest_bearing),
            cumulative_interest_exact=exact(row.interest_total),
            amount_posted=amount,
            outstanding_principal=row.outstanding,
            accrued_interest=row.accrued_posted,
            classification=row.classification,
            shares=row.shares.shares if moves_shares else None,
            conversion_price=row.conversion_price,
            cash_paid=row.cash_total,
        )


COLUMNS = tuple(field.name for field in fields(ScheduleLine))

#: Column titles for people (table output, workbook, Fava).
TITLES = {
    "date": "Date",
    "event": "Event",
    "period_start": "Period start",
    "period_end": "Period end",
    "days": "Days",
    "day_count_fraction": "Day-count fraction",
    "rate": "Rate",
    "interest_bearing_balance": "Interest-bearing balance",
    "cumulative_interest_exact": "Cumulative interest (exact)",
    "amount_posted": "Amount posted",
    "outstanding_principal": "Outstanding principal",
    "accrued_interest": "Accrued interest",
    "classification": "Classification",
    "shares": "Shares",
    "conversion_price": "Conversion price",
    "cash_paid": "Cash paid",
}


def schedule_lines(schedule: Schedule) -> list[ScheduleLine]:
    day_count = schedule.terms.day_count
    return [ScheduleLine.from_row(row, day_count) for row in schedule.rows]


def decimal_text(value: Decimal) -> str:
    """A decimal as plain text, money with at least two places (0 → 0.00)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return format(value, "f")


def _plain(value: object) -> str:
    """A cell for machines: ISO dates, plain decimals, empty for none."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return decimal_text(value)
    return str(value)


def _human(column: str, value: object) -> str:
    """A cell for people: thousands separators on money."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and column in (
        "amount_posted",
        "outstanding_principal",
        "accrued_interest",
        "cash_paid",
    ):
        return f"{value:,.2f}"
    if isinstance(value, int) and column == "shares":
        return f"{value:,}"
    return _plain(value)


def to_csv(lines: list[ScheduleLine]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for line in lines:
        writer.writerow([_plain(value) for value in astuple(line)])
    return out.getvalue()


def to_json(note_id: str, lines: list[ScheduleLine]) -> str:
    rows = [
        {
            column: (None if value is None else _json_value(value))
            for column, value in zip(COLUMNS, astuple(line), strict=True)
        }
        for line in lines
    ]
    return json.dumps({"note": note_id, "rows": rows}, indent=2) + "\n"


def _json_value(value: object) -> object:
    """Numbers as strings (Decimal, never float); integers and text as is."""
    if isinstance(value, int | str):
        return value
    return _plain(value)


def to_table(lines: list[ScheduleLine]) -> str:
    """An aligned table for a terminal: text left, numbers right."""
    header = [TITLES[column] for column in COLUMNS]
    body = [
        [
            _human(column, value)
            for column, value in zip(COLUMNS, astuple(line), strict=True)
        ]
        for line in lines
    ]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    left = {"date", "event", "period_start", "period_end", "classification"}

    def render(cells: list[str]) -> str:
        parts = [
            cell.ljust(width) if column in left else cell.rjust(width)
            for column, cell, width in zip(COLUMNS, cells, widths, strict=True)
        ]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([render(header), rule, *(render(row) for row in body)]) + "\n"
