"""A note's schedule as a table: one line per generated entry.

Used by ``books schedule``, the Fava page and the audit export, so all three
show the same numbers. Exact (unrounded) values are shown to ten decimal
places; posted amounts are exact to the cent.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import astuple
from dataclasses import dataclass
from dataclasses import fields
from decimal import ROUND_HALF_UP
from decimal import Decimal
from typing import TYPE_CHECKING

from plugins.convertible_note.daycount import year_fraction
from plugins.convertible_note.entries import effective_rate_text
from plugins.convertible_note.schedule import ACCRUAL
from plugins.convertible_note.schedule import CONVERSION
from plugins.convertible_note.schedule import REPAYMENT
from plugins.convertible_note.schedule import SETTLEMENT

if TYPE_CHECKING:
    import datetime
    from fractions import Fraction

    from plugins.convertible_note.daycount import DayCount
    from plugins.convertible_note.schedule import Row
    from plugins.convertible_note.schedule import Schedule

EXACT_PLACES = Decimal("1e-10")


def exact(value: Fraction) -> Decimal:
    """An exact value shown to ten decimal places (half up)."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        EXACT_PLACES, rounding=ROUND_HALF_UP
    )


def exact_decimal(value: Decimal) -> Decimal:
    """A 60-digit decimal (the unamortized discount) to ten places (half up)."""
    return value.quantize(EXACT_PLACES, rounding=ROUND_HALF_UP)


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
    effective_rate: Decimal
    interest_bearing_balance: Decimal
    cumulative_interest_exact: Decimal
    amount_posted: Decimal
    amortization: Decimal
    interest_paid: Decimal
    principal_repaid: Decimal
    outstanding_principal: Decimal
    unamortized_discount: Decimal
    accrued_interest: Decimal
    carrying_amount: Decimal
    classification: str
    shares: int | None
    conversion_price: Decimal | None
    cash_paid: Decimal

    @classmethod
    def from_row(cls, row: Row, day_count: DayCount) -> ScheduleLine:
        is_accrual = row.kind == ACCRUAL
        moves_shares = row.kind in (CONVERSION, SETTLEMENT)
        moves_principal = moves_shares or row.kind == REPAYMENT
        amount = (
            row.principal_paid + row.interest_paid if moves_principal else row.amount
        )
        return cls(
            date=row.date,
            event=row.kind,
            period_start=row.period_start if is_accrual else None,
            # Shown inclusive: the last day the entry covers.
            period_end=row.last_day if is_accrual else None,
            days=row.days if is_accrual else None,
            day_count_fraction=(
                exact(year_fraction(day_count, row.period_start, row.period_end))
                if is_accrual and row.period_start and row.period_end
                else None
            ),
            rate=row.rate,
            effective_rate=effective_rate_text(row.effective_rate),
            interest_bearing_balance=exact(row.interest_bearing),
            cumulative_interest_exact=exact(row.interest_total),
            amount_posted=amount,
            amortization=row.amortization,
            interest_paid=row.interest_in_cash,
            principal_repaid=row.principal_paid if row.kind == REPAYMENT else ZERO,
            outstanding_principal=row.outstanding,
            unamortized_discount=row.discount_posted,
            accrued_interest=row.accrued_posted,
            carrying_amount=row.carrying_amount,
            classification=row.classification,
            shares=row.shares.shares if moves_shares else None,
            conversion_price=row.conversion_price,
            cash_paid=row.cash_total,
        )


ZERO = Decimal(0)

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
    "effective_rate": "Effective rate",
    "interest_bearing_balance": "Interest-bearing balance",
    "cumulative_interest_exact": "Cumulative interest (exact)",
    "amount_posted": "Amount posted",
    "amortization": "Amortization",
    "interest_paid": "Interest paid",
    "principal_repaid": "Principal repaid",
    "outstanding_principal": "Outstanding principal",
    "unamortized_discount": "Unamortized discount",
    "accrued_interest": "Accrued interest",
    "carrying_amount": "Carrying amount",
    "classification": "Classification",
    "shares": "Shares",
    "conversion_price": "Conversion price",
    "cash_paid": "Cash paid",
}

#: Money columns: shown with thousands separators to people.
MONEY_COLUMNS = frozenset(
    {
        "amount_posted",
        "amortization",
        "interest_paid",
        "principal_repaid",
        "outstanding_principal",
        "unamortized_discount",
        "accrued_interest",
        "carrying_amount",
        "cash_paid",
    }
)


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
    if isinstance(value, Decimal) and column in MONEY_COLUMNS:
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


#: The columns a narrow table keeps first, most useful first.
PRIORITY = (
    "date",
    "event",
    "amount_posted",
    "amortization",
    "outstanding_principal",
    "accrued_interest",
    "unamortized_discount",
    "carrying_amount",
    "interest_paid",
    "principal_repaid",
    "shares",
    "cash_paid",
    "days",
    "effective_rate",
    "classification",
    "conversion_price",
    "rate",
    "period_start",
    "period_end",
    "day_count_fraction",
    "cumulative_interest_exact",
    "interest_bearing_balance",
)
_LEFT = frozenset({"date", "event", "period_start", "period_end", "classification"})
_GAP = 2


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, Decimal) and not value)


def _title_lines(title: str, lines: int) -> list[str]:
    """A title on ``lines`` lines, split at the space nearest the middle."""
    if lines == 1 or " " not in title:
        return [title] + [""] * (lines - 1)
    spaces = [index for index, char in enumerate(title) if char == " "]
    cut = min(spaces, key=lambda index: abs(len(title) / 2 - index))
    return [title[:cut], title[cut + 1 :]]


def _column_width(column: str, cells: list[str], title_lines: int) -> int:
    title = max(len(part) for part in _title_lines(TITLES[column], title_lines))
    return max(title, *(len(cell) for cell in cells))


def table_columns(lines: list[ScheduleLine], width: int | None) -> tuple[str, ...]:
    """The columns of a table at most ``width`` characters wide (None: all).

    A narrow table (titles on two lines) leaves out columns with nothing to
    show (blank or zero on every line), then keeps columns in
    :data:`PRIORITY` order while they fit; the kept columns stay in their
    usual order."""
    if width is None:
        return COLUMNS
    kept: set[str] = set()
    used = -_GAP
    for column in PRIORITY:
        if column not in ("date", "event") and all(
            _is_blank(getattr(line, column)) for line in lines
        ):
            continue
        cells = [_human(column, getattr(line, column)) for line in lines]
        size = _column_width(column, cells, 2)
        if used + _GAP + size > width:
            continue
        kept.add(column)
        used += _GAP + size
    return tuple(column for column in COLUMNS if column in kept)


def to_table(lines: list[ScheduleLine], width: int | None = None) -> str:
    """An aligned table for a terminal: text left, numbers right.

    With a ``width``, at most that many characters wide, titles on two
    lines; without, every column with one-line titles."""
    columns = table_columns(lines, width)
    title_lines = 1 if width is None else 2
    titles = [_title_lines(TITLES[column], title_lines) for column in columns]
    header = [[title[line] for title in titles] for line in range(title_lines)]
    body = [
        [_human(column, getattr(line, column)) for column in columns] for line in lines
    ]
    widths = [max(len(row[i]) for row in [*header, *body]) for i in range(len(columns))]

    def render(cells: list[str]) -> str:
        parts = [
            cell.ljust(size) if column in _LEFT else cell.rjust(size)
            for column, cell, size in zip(columns, cells, widths, strict=True)
        ]
        return (" " * _GAP).join(parts).rstrip()

    rule = (" " * _GAP).join("-" * size for size in widths)
    rendered = [render(row) for row in header]
    return "\n".join([*rendered, rule, *(render(row) for row in body)]) + "\n"
