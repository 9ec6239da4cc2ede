"""Ledger text and independent arithmetic for the deal-terms tests.

The expected values here are computed from the definitions of the note
language (plugins/convertible_note/README.md, "Amortized cost"), in exact
rational arithmetic and with a bisection of this module's own, never with
the plugin's code.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from beancount.core import data

from tests.conftest import PLUGIN
from tests.conftest import definition_text
from tests.conftest import round_half_up

if TYPE_CHECKING:
    from collections.abc import Callable
    from collections.abc import Iterable
    from collections.abc import Mapping
    from collections.abc import Sequence

DEAL_ACCOUNTS = (
    "Assets:Bank",
    "Liabilities:Loans:Holder",
    "Liabilities:Notes",
    "Liabilities:NoteDiscount",
    "Liabilities:Interest",
    "Expenses:Interest",
    "Expenses:Extinguishment",
    "Income:Extinguishment",
    "Equity:Capital",
    "Equity:Premium",
)

#: A plain note of 1,000,000.00 USD; tests change keys with ``deal_note``.
DEAL_FIELDS: dict[str, str] = {
    "holder": '"Holder Ltd"',
    "principal": "1000000.00 USD",
    "rate": "0",
    "maturity": "2025-01-01",
    "conversion-price": "2.00 USD",
    "par-value": "0.01 USD",
    "proceeds-account": "Assets:Bank",
    "principal-account": "Liabilities:Notes",
    "discount-account": "Liabilities:NoteDiscount",
    "interest-account": "Liabilities:Interest",
    "expense-account": "Expenses:Interest",
    "share-capital-account": "Equity:Capital",
    "premium-account": "Equity:Premium",
}


def deal_note(
    date: str | None = "2024-01-01", note_id: str | None = "N", **overrides: str | None
) -> str:
    """A definition; keyword ``_`` stands for ``-``; None removes a key."""
    first_line = f'{date or "2024-01-01"} custom "convertible-note" "{note_id or "N"}"'
    return definition_text(first_line, DEAL_FIELDS, overrides)


def deal_ledger(*body: str, through: str | None = None) -> str:
    plugin = PLUGIN if through is None else f'{PLUGIN} "through={through}"'
    opens = "".join(f"2020-01-01 open {account} USD\n" for account in DEAL_ACCOUNTS)
    return "\n".join([plugin, 'option "operating_currency" "USD"', "", opens, *body])


def postings_to(
    entries: Iterable[data.Directive], account: str, event: str | None = None
) -> list[Decimal]:
    """Every generated posting's number on ``account``, in entry order."""
    numbers = []
    for entry in entries:
        if not isinstance(entry, data.Transaction) or "note-event" not in entry.meta:
            continue
        if event is not None and entry.meta["note-event"] != event:
            continue
        for posting in entry.postings:
            if posting.account == account:
                assert posting.units is not None and posting.units.number is not None
                numbers.append(posting.units.number)
    return numbers


def assert_legs(entry: data.Transaction, expected: Mapping[str, str]) -> None:
    """The entry's postings on the accounts of ``expected`` (0 for none)."""
    assert {account: leg(entry, account) for account in expected} == {
        account: Decimal(number) for account, number in expected.items()
    }, entry.date


def leg(entry: data.Transaction, account: str) -> Decimal:
    """The one posting on ``account`` (0 when there is none)."""
    numbers = [
        posting.units.number
        for posting in entry.postings
        if posting.account == account and posting.units is not None
    ]
    assert len(numbers) <= 1, entry
    return numbers[0] if numbers and numbers[0] is not None else Decimal(0)


# -- Independent arithmetic --------------------------------------------------


def month_piece_ends(
    start: datetime.date, maturity: datetime.date
) -> list[datetime.date]:
    """The day after every month-end between start and maturity, then the
    maturity: the ends of the pieces of a note with no event."""
    ends = []
    year, month = start.year, start.month
    while True:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        first = datetime.date(year, month, 1)
        if first >= maturity:
            break
        if first > start:
            ends.append(first)
    return [*ends, maturity]


def month_piece_fractions(
    start: datetime.date, maturity: datetime.date, year: int = 365
) -> list[Fraction]:
    """The day-count fraction (actual days over ``year``) of every piece
    between start and maturity."""
    ends = month_piece_ends(start, maturity)
    starts = [start, *ends[:-1]]
    return [Fraction((b - a).days, year) for a, b in zip(starts, ends, strict=True)]


def simple_carrying_at_end(
    rate: Fraction,
    carrying: Fraction,
    principal: Fraction,
    coupon_rate: Fraction,
    fractions: Sequence[Fraction],
) -> Fraction:
    """Carrying amount C = principal - U after pieces of simple interest:
    C' = C (1 + e f) - principal x coupon x f (section "Amortized cost")."""
    for fraction in fractions:
        carrying = carrying * (1 + rate * fraction) - principal * coupon_rate * fraction
    return carrying


def bisect_rate(
    carrying_at_end: Callable[[Fraction], Fraction],
    target: Fraction,
    low: Fraction = Fraction(-1, 2),
    high: Fraction = Fraction(2),
) -> Fraction:
    """The rate whose carrying amount at maturity is ``target`` (it rises with
    the rate), by bisection to 10^-40."""
    assert carrying_at_end(low) < target < carrying_at_end(high)
    while high - low > Fraction(1, 10**40):
        middle = (low + high) / 2
        # Keep the numbers small: round the midpoint to 45 decimal places.
        middle = Fraction(round(middle * 10**45), 10**45)
        if carrying_at_end(middle) < target:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def effective_rate(
    carrying: Fraction,
    fractions: Sequence[Fraction],
    coupon_rate: Fraction = Fraction(0),
    principal: Fraction = Fraction(1000000),
) -> Fraction:
    """The rate that takes ``carrying`` to ``principal`` at maturity over the
    pieces of simple interest ``fractions`` (``simple_carrying_at_end``)."""
    return bisect_rate(
        lambda e: simple_carrying_at_end(
            e, carrying, principal, coupon_rate, fractions
        ),
        principal,
    )


def twelve_places(rate: Fraction) -> Decimal:
    """A rate rounded half up to 12 decimal places."""
    scaled = rate * 10**12
    whole = int(abs(scaled) + Fraction(1, 2))
    return Decimal(whole if rate >= 0 else -whole).scaleb(-12)


def cents(value: Fraction) -> Decimal:
    return round_half_up(value)
