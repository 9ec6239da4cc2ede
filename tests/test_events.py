"""Note events and the entries they generate (contract sections 3 to 6).

Every expected amount is worked out by hand from the language reference
(plugins/convertible_note/README.md), never from the
plugin's code; the arithmetic is written beside each expectation.

Unless a test says otherwise the note is the one of ``definition()``:
1,000,000.00 USD at 6 % simple interest, ACT/365, issued 2023-01-01, maturing
2024-12-31, conversion price 2.00 USD, par value 0.125 USD (a par value whose
share capital often needs rounding: 201,479 x 0.125 = 25,184.875).

Handy day counts from the issue date 2023-01-01 (interest accrues from and
including the issue date, up to but excluding an event's date):

    up to and including 2023-01-31   31 days
    up to and including 2023-02-28   59 days
    up to and including 2023-03-31   90 days
    up to and including 2023-04-30  120 days
    up to and including 2023-05-31  151 days

With simple interest the exact unpaid interest is always
    outstanding principal x rate x (days since issue) / 365,
because a conversion of c while P is outstanding scales the exact accrued
interest by (P - c) / P.
"""

from __future__ import annotations

import datetime
import math
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from beancount import loader
from beancount.core.amount import Amount
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from tests.chart import CAPITAL
from tests.chart import CASH
from tests.chart import CURRENT
from tests.chart import EXPENSE
from tests.chart import FEES
from tests.chart import INTEREST
from tests.chart import NONCURRENT
from tests.chart import NOTE
from tests.chart import NOTE_ACCOUNTS
from tests.chart import PREMIUM
from tests.chart import PROCEEDS
from tests.chart import definition
from tests.conftest import line_of
from tests.conftest import note_transactions
from tests.conftest import number

if TYPE_CHECKING:
    from collections.abc import Iterable

    from beancount.core import data


ACCOUNTS = NOTE_ACCOUNTS
LOADED = "<string>"
USD = "USD"

D = Decimal
day = datetime.date.fromisoformat


# --------------------------------------------------------------------------
# Helpers: ledgers as text, loading, and reading the generated entries.


def ledger(*body: str, through: str | None = None) -> str:
    plugin = 'plugin "plugins.convertible_note"'
    if through is not None:
        plugin += f' "through={through}"'
    opens = "".join(f"2020-01-01 open {account}\n" for account in (*ACCOUNTS, FEES))
    return "\n".join([plugin, "", opens, *body])


def book(text: str) -> list[data.Directive]:
    """Load a ledger that must have no errors."""
    entries, errors, _options = loader.load_string(text)
    assert errors == [], [error.message for error in errors]
    return entries


def postings(txn: data.Transaction) -> dict[str, Decimal]:
    """Account -> amount; one posting per account, all in USD."""
    amounts: dict[str, Decimal] = {}
    for posting in txn.postings:
        assert posting.account not in amounts, f"two postings on {posting.account}"
        assert posting.units is not None and posting.units.currency == USD
        amounts[posting.account] = number(posting)
    return amounts


def assert_generated(txn: data.Transaction, event: str, lineno: int) -> None:
    assert txn.flag == "*"
    assert txn.links == {NOTE}
    assert txn.meta["note"] == NOTE
    assert txn.meta["note-event"] == event
    assert txn.meta["filename"] == LOADED
    assert txn.meta["lineno"] == lineno


def assert_accrual(
    txn: data.Transaction,
    *,
    date: str,
    start: str,
    end: str,
    days: int,
    amount: str,
    lineno: int,
) -> None:
    assert_generated(txn, "accrual", lineno)
    assert txn.date == day(date)
    assert txn.meta["period-start"] == day(start)
    assert txn.meta["period-end"] == day(end)
    assert txn.meta["days"] == days
    assert postings(txn) == {EXPENSE: D(amount), INTEREST: -D(amount)}


def only(txns: list[data.Transaction]) -> data.Transaction:
    assert len(txns) == 1, txns
    return txns[0]


def on(txns: Iterable[data.Transaction], date: str) -> list[data.Transaction]:
    return [txn for txn in txns if txn.date == day(date)]


def rhu(value: Fraction) -> Decimal:
    """round_half_up to the cent of a non-negative exact value."""
    assert value >= 0
    return D(math.floor(value * 100 + Fraction(1, 2))).scaleb(-2)


def total(entries: Iterable[data.Directive], account: str) -> Decimal:
    return sum(
        (postings(txn).get(account, D(0)) for txn in note_transactions(entries)), D(0)
    )


# --------------------------------------------------------------------------
# Conversion, one test per interest-on-conversion policy.
#
# Convert 400,001.00 on 2023-02-15 (1,000,000.00 outstanding):
#   January accrual: 1,000,000 x 0.06 x 31/365 = 5,095.890411 -> 5,095.89
#   event accrual 2023-02-01..2023-02-14 (14 days):
#     exact = 1,000,000 x 0.06 x 45/365 = 7,397.260274 -> 7,397.26
#     entry = 7,397.26 - 5,095.89 = 2,301.37
#   A = round_half_up(7,397.260274 x 400,001 / 1,000,000)
#     = round_half_up(2,958.911507) = 2,958.91
#   February month-end (2023-02-15..2023-02-28, 14 days on 599,999.00):
#     exact unpaid = 599,999 x 0.06 x 59/365 = 5,819.168384 -> 5,819.17
#     posted unpaid = 7,397.26 - 2,958.91 = 4,438.35
#     entry = 5,819.17 - 4,438.35 = 1,380.82

POLICY_EVENT = (
    '2023-02-15 custom "convertible-note-convert" "CN-2023-01" 400001.00 USD\n'
)

POLICY_CASES = {
    # shares: V = 400,001.00 + 2,958.91 = 402,959.91
    #   shares = floor(402,959.91 / 2.00) = floor(201,479.955) = 201,479
    #   S = 201,479 x 2.00 = 402,958.00
    #   share capital = round_half_up(201,479 x 0.125 = 25,184.875) = 25,184.88
    #   premium = 402,958.00 - 25,184.88 = 377,773.12
    #   cash in lieu = 402,959.91 - 402,958.00 = 1.91
    "shares": (
        201479,
        {
            CURRENT: D("400001.00"),
            INTEREST: D("2958.91"),
            CAPITAL: D("-25184.88"),
            PREMIUM: D("-377773.12"),
            CASH: D("-1.91"),
        },
    ),
    # cash: V = 400,001.00; shares = floor(200,000.5) = 200,000
    #   S = 400,000.00; share capital = 200,000 x 0.125 = 25,000.00
    #   premium = 375,000.00; cash = in lieu 1.00 + A 2,958.91 = 2,959.91
    "cash": (
        200000,
        {
            CURRENT: D("400001.00"),
            INTEREST: D("2958.91"),
            CAPITAL: D("-25000.00"),
            PREMIUM: D("-375000.00"),
            CASH: D("-2959.91"),
        },
    ),
    # forfeit: V = 400,001.00; shares = 200,000; S = 400,000.00
    #   share capital 25,000.00; premium = 375,000.00 + A 2,958.91 = 377,958.91
    #   cash in lieu = 1.00
    "forfeit": (
        200000,
        {
            CURRENT: D("400001.00"),
            INTEREST: D("2958.91"),
            CAPITAL: D("-25000.00"),
            PREMIUM: D("-377958.91"),
            CASH: D("-1.00"),
        },
    ),
}


@pytest.mark.parametrize("policy", sorted(POLICY_CASES))
def test_conversion_postings_for_each_interest_policy(policy: str) -> None:
    text = ledger(definition(policy=policy), POLICY_EVENT, through="2023-02-28")
    entries = book(text)
    event_line = line_of(text, "convertible-note-convert")
    definition_line = line_of(text, 'custom "convertible-note" ')
    shares, expected = POLICY_CASES[policy]

    conversion = only(note_transactions(entries, "conversion"))
    assert_generated(conversion, "conversion", event_line)
    assert conversion.date == day("2023-02-15")
    assert conversion.meta["shares"] == shares
    assert isinstance(conversion.meta["shares"], Decimal)
    assert conversion.meta["conversion-price"] == Amount(D("2.00"), USD)
    assert postings(conversion) == expected
    assert sum(expected.values()) == 0

    accruals = note_transactions(entries, "accrual")
    assert len(accruals) == 3
    assert_accrual(
        accruals[0], date="2023-01-31", start="2023-01-01", end="2023-01-31",
        days=31, amount="5095.89", lineno=definition_line,
    )  # fmt: skip
    assert_accrual(
        accruals[1], date="2023-02-15", start="2023-02-01", end="2023-02-14",
        days=14, amount="2301.37", lineno=event_line,
    )  # fmt: skip
    assert_accrual(
        accruals[2], date="2023-02-28", start="2023-02-15", end="2023-02-28",
        days=14, amount="1380.82", lineno=definition_line,
    )  # fmt: skip


def test_policy_does_not_change_the_accruals() -> None:
    # The policy only decides how A is paid; the exact interest left on the
    # 599,999.00 still outstanding is the same, so the accruals are too.
    amounts = {
        policy: [
            postings(txn)[EXPENSE]
            for txn in note_transactions(
                book(
                    ledger(
                        definition(policy=policy), POLICY_EVENT, through="2023-03-31"
                    )
                ),
                "accrual",
            )
        ]
        for policy in POLICY_CASES
    }
    # March: 599,999 x 0.06 x 90/365 = 8,876.697534 -> 8,876.70;
    #        8,876.70 - 5,819.17 = 3,057.53
    expected = [D("5095.89"), D("2301.37"), D("1380.82"), D("3057.53")]
    assert amounts == dict.fromkeys(POLICY_CASES, expected)


# --------------------------------------------------------------------------
# A partial, then a full conversion.


def test_partial_then_full_conversion_closes_the_note() -> None:
    text = ledger(
        definition(),
        '2023-02-15 custom "convertible-note-convert" "CN-2023-01" 400000.00 USD\n',
        '2023-04-20 custom "convertible-note-convert" "CN-2023-01" 600000.00 USD\n',
        through="2023-06-30",
    )
    entries = book(text)
    first_line = line_of(text, "convertible-note-convert", 1)
    second_line = line_of(text, "convertible-note-convert", 2)
    definition_line = line_of(text, 'custom "convertible-note" ')

    first, second = note_transactions(entries, "conversion")
    # First conversion, 400,000.00 of 1,000,000.00 on 2023-02-15:
    #   exact = 7,397.260274 (45 days); A = round_half_up(x 0.4 = 2,958.904110)
    #   = 2,958.90; V = 402,958.90; shares = floor(201,479.45) = 201,479
    #   S = 402,958.00; capital = round_half_up(25,184.875) = 25,184.88
    #   premium = 377,773.12; cash in lieu = 0.90
    assert_generated(first, "conversion", first_line)
    assert first.meta["shares"] == 201479
    assert postings(first) == {
        CURRENT: D("400000.00"),
        INTEREST: D("2958.90"),
        CAPITAL: D("-25184.88"),
        PREMIUM: D("-377773.12"),
        CASH: D("-0.90"),
    }
    # Accruals on 600,000.00 after it (exact = 600,000 x 0.06 x days/365):
    #   posted unpaid after the conversion = 7,397.26 - 2,958.90 = 4,438.36
    #   02-28:  59 days  5,819.178082 -> 5,819.18  entry 5,819.18 - 4,438.36 = 1,380.82
    #   03-31:  90 days  8,876.712329 -> 8,876.71  entry 3,057.53
    #   04-20: 109 days 10,750.684932 -> 10,750.68 entry 1,873.97
    #          (event accrual 2023-04-01..2023-04-19, 19 days)
    accruals = note_transactions(entries, "accrual")
    assert [(txn.date, postings(txn)[EXPENSE]) for txn in accruals] == [
        (day("2023-01-31"), D("5095.89")),
        (day("2023-02-15"), D("2301.37")),
        (day("2023-02-28"), D("1380.82")),
        (day("2023-03-31"), D("3057.53")),
        (day("2023-04-20"), D("1873.97")),
    ]
    assert_accrual(
        accruals[-1], date="2023-04-20", start="2023-04-01", end="2023-04-19",
        days=19, amount="1873.97", lineno=second_line,
    )  # fmt: skip
    assert accruals[3].meta["lineno"] == definition_line

    # Second conversion, all 600,000.00 outstanding on 2023-04-20:
    #   A = round_half_up(10,750.684932 x 600,000/600,000) = 10,750.68, which is
    #   everything posted and unpaid; V = 610,750.68
    #   shares = floor(305,375.34) = 305,375; S = 610,750.00
    #   capital = round_half_up(305,375 x 0.125 = 38,171.875) = 38,171.88
    #   premium = 610,750.00 - 38,171.88 = 572,578.12; cash in lieu = 0.68
    assert_generated(second, "conversion", second_line)
    assert second.date == day("2023-04-20")
    assert second.meta["shares"] == 305375
    assert postings(second) == {
        CURRENT: D("600000.00"),
        INTEREST: D("10750.68"),
        CAPITAL: D("-38171.88"),
        PREMIUM: D("-572578.12"),
        CASH: D("-0.68"),
    }

    # Closed: nothing with the note's link after 2023-04-20 (no 04-30, 05-31,
    # 06-30 accruals), and the liability accounts are back to zero.
    linked = [e for e in entries if NOTE in getattr(e, "links", set())]
    assert max(entry.date for entry in linked) == day("2023-04-20")
    assert total(entries, CURRENT) == 0
    assert total(entries, INTEREST) == 0
    # 5,095.89 + 2,301.37 + 1,380.82 + 3,057.53 + 1,873.97 = 13,709.58
    #   = 2,958.90 + 10,750.68
    assert total(entries, EXPENSE) == D("13709.58")


def test_conversion_on_the_issue_date_accrues_nothing() -> None:
    text = ledger(
        definition(),
        '2023-01-01 custom "convertible-note-convert" "CN-2023-01" 100000.00 USD\n',
        through="2023-01-31",
    )
    entries = book(text)
    # Zero days, so no accrual entry on 2023-01-01 and A = 0 (no interest
    # posting): V = 100,000.00; shares = 50,000; S = 100,000.00
    # capital = 50,000 x 0.125 = 6,250.00; premium = 93,750.00; no cash.
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.meta["shares"] == 50000
    assert postings(conversion) == {
        CURRENT: D("100000.00"),
        CAPITAL: D("-6250.00"),
        PREMIUM: D("-93750.00"),
    }
    # January on 900,000.00: 900,000 x 0.06 x 31/365 = 4,586.301370 -> 4,586.30
    accrual = only(note_transactions(entries, "accrual"))
    assert accrual.date == day("2023-01-31")
    assert postings(accrual)[EXPENSE] == D("4586.30")


def test_conversion_on_a_month_end() -> None:
    text = ledger(
        definition(),
        '2023-01-31 custom "convertible-note-convert" "CN-2023-01" 400000.00 USD\n',
        through="2023-02-28",
    )
    entries = book(text)
    event_line = line_of(text, "convertible-note-convert")
    definition_line = line_of(text, 'custom "convertible-note" ')
    accruals = note_transactions(entries, "accrual")
    assert len(accruals) == 3
    # Event accrual: 2023-01-01..2023-01-30, 30 days on 1,000,000.00
    #   1,000,000 x 0.06 x 30/365 = 4,931.506849 -> 4,931.51
    event_accrual, month_end = on(accruals, "2023-01-31")
    if event_accrual.meta["period-end"] != day("2023-01-30"):
        event_accrual, month_end = month_end, event_accrual
    assert_accrual(
        event_accrual, date="2023-01-31", start="2023-01-01", end="2023-01-30",
        days=30, amount="4931.51", lineno=event_line,
    )  # fmt: skip
    # Conversion: A = round_half_up(4,931.506849 x 0.4 = 1,972.602740) = 1,972.60
    #   V = 401,972.60; shares = floor(200,986.3) = 200,986; S = 401,972.00
    #   capital = 200,986 x 0.125 = 25,123.25; premium = 376,848.75; lieu 0.60
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.date == day("2023-01-31")
    assert conversion.meta["shares"] == 200986
    assert postings(conversion) == {
        CURRENT: D("400000.00"),
        INTEREST: D("1972.60"),
        CAPITAL: D("-25123.25"),
        PREMIUM: D("-376848.75"),
        CASH: D("-0.60"),
    }
    # Month-end accrual: the one day 2023-01-31 on 600,000.00
    #   exact unpaid = 600,000 x 0.06 x 31/365 = 3,057.534247 -> 3,057.53
    #   posted unpaid = 4,931.51 - 1,972.60 = 2,958.91
    #   entry = 3,057.53 - 2,958.91 = 98.62 (one day alone would be 98.630137)
    assert_accrual(
        month_end, date="2023-01-31", start="2023-01-31", end="2023-01-31",
        days=1, amount="98.62", lineno=definition_line,
    )  # fmt: skip
    # February: 600,000 x 0.06 x 59/365 = 5,819.178082 -> 5,819.18;
    #   5,819.18 - 3,057.53 = 2,761.65
    assert_accrual(
        accruals[2], date="2023-02-28", start="2023-02-01", end="2023-02-28",
        days=28, amount="2761.65", lineno=definition_line,
    )  # fmt: skip


# --------------------------------------------------------------------------
# Two events on one day, in file order.
#
# On 2023-03-10 (68 days since issue): exact = 1,000,000 x 0.06 x 68/365
#   = 11,178.082192 -> 11,178.08; February posted 9,698.63 (59 days:
#   9,698.630137), so the event accrual is 11,178.08 - 9,698.63 = 1,479.45.
#   Converting 250,000.00: A = round_half_up(11,178.082192 x 0.25
#   = 2,794.520548) = 2,794.52; V = 252,794.52.

ADJUST_PRICE = """\
2023-03-10 custom "convertible-note-adjust" "CN-2023-01"
  conversion-price: 1.60 USD
"""
CONVERT_250K = (
    '2023-03-10 custom "convertible-note-convert" "CN-2023-01" 250000.00 USD\n'
)


def test_adjust_then_convert_on_one_day_uses_the_new_price() -> None:
    text = ledger(definition(), ADJUST_PRICE, CONVERT_250K, through="2023-03-31")
    entries = book(text)
    event_line = line_of(text, "convertible-note-convert")
    accrual = only(on(note_transactions(entries, "accrual"), "2023-03-10"))
    assert_accrual(
        accrual, date="2023-03-10", start="2023-03-01", end="2023-03-09",
        days=9, amount="1479.45", lineno=event_line,
    )  # fmt: skip
    # New price 1.60: shares = floor(252,794.52 / 1.60 = 157,996.575) = 157,996
    #   S = 157,996 x 1.60 = 252,793.60; capital = 157,996 x 0.125 = 19,749.50
    #   premium = 252,793.60 - 19,749.50 = 233,044.10; lieu = 0.92
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.meta["shares"] == 157996
    assert conversion.meta["conversion-price"] == Amount(D("1.60"), USD)
    assert postings(conversion) == {
        CURRENT: D("250000.00"),
        INTEREST: D("2794.52"),
        CAPITAL: D("-19749.50"),
        PREMIUM: D("-233044.10"),
        CASH: D("-0.92"),
    }


def test_convert_then_adjust_on_one_day_uses_the_old_price() -> None:
    text = ledger(definition(), CONVERT_250K, ADJUST_PRICE, through="2023-03-31")
    entries = book(text)
    # Old price 2.00: shares = floor(252,794.52 / 2.00 = 126,397.26) = 126,397
    #   S = 252,794.00; capital = round_half_up(126,397 x 0.125 = 15,799.625)
    #   = 15,799.63; premium = 252,794.00 - 15,799.63 = 236,994.37; lieu 0.52
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.meta["shares"] == 126397
    assert conversion.meta["conversion-price"] == Amount(D("2.00"), USD)
    assert postings(conversion) == {
        CURRENT: D("250000.00"),
        INTEREST: D("2794.52"),
        CAPITAL: D("-15799.63"),
        PREMIUM: D("-236994.37"),
        CASH: D("-0.52"),
    }


def test_two_conversions_on_one_day() -> None:
    text = ledger(
        definition(),
        '2023-03-10 custom "convertible-note-convert" "CN-2023-01" 100000.00 USD\n',
        '2023-03-10 custom "convertible-note-convert" "CN-2023-01" 300000.00 USD\n',
        through="2023-03-31",
    )
    entries = book(text)
    first_line = line_of(text, "convertible-note-convert", 1)
    second_line = line_of(text, "convertible-note-convert", 2)
    # One accrual on the day (the second conversion adds no days): 1,479.45.
    accrual = only(on(note_transactions(entries, "accrual"), "2023-03-10"))
    assert_accrual(
        accrual, date="2023-03-10", start="2023-03-01", end="2023-03-09",
        days=9, amount="1479.45", lineno=first_line,
    )  # fmt: skip
    conversions = note_transactions(entries, "conversion")
    first = only([c for c in conversions if c.meta["lineno"] == first_line])
    second = only([c for c in conversions if c.meta["lineno"] == second_line])
    # First, 100,000.00 of 1,000,000.00:
    #   A1 = round_half_up(11,178.082192 x 0.1 = 1,117.808219) = 1,117.81
    #   V = 101,117.81; shares = floor(50,558.905) = 50,558; S = 101,116.00
    #   capital = 50,558 x 0.125 = 6,319.75; premium = 94,796.25; lieu 1.81
    assert first.meta["shares"] == 50558
    assert postings(first) == {
        CURRENT: D("100000.00"),
        INTEREST: D("1117.81"),
        CAPITAL: D("-6319.75"),
        PREMIUM: D("-94796.25"),
        CASH: D("-1.81"),
    }
    # Second, 300,000.00 of 900,000.00 (exact is now 11,178.082192 x 0.9):
    #   A2 = round_half_up(10,060.273973 x 300,000/900,000 = 3,353.424658)
    #   = 3,353.42; V = 303,353.42; shares = floor(151,676.71) = 151,676
    #   S = 303,352.00; capital = 151,676 x 0.125 = 18,959.50
    #   premium = 284,392.50; lieu 1.42
    assert second.meta["shares"] == 151676
    assert postings(second) == {
        CURRENT: D("300000.00"),
        INTEREST: D("3353.42"),
        CAPITAL: D("-18959.50"),
        PREMIUM: D("-284392.50"),
        CASH: D("-1.42"),
    }
    # March month-end on 600,000.00: exact 600,000 x 0.06 x 90/365
    #   = 8,876.712329 -> 8,876.71; posted unpaid 11,178.08 - 1,117.81
    #   - 3,353.42 = 6,706.85; entry = 8,876.71 - 6,706.85 = 2,169.86
    march = only(on(note_transactions(entries, "accrual"), "2023-03-31"))
    assert postings(march)[EXPENSE] == D("2169.86")


# --------------------------------------------------------------------------
# Adjust: rate, conversion price and par value.


def test_rate_reset_mid_month_splits_the_period_in_one_entry() -> None:
    text = ledger(
        definition(),
        '2023-03-14 custom "convertible-note-adjust" "CN-2023-01"\n  rate: 0.09\n',
        through="2023-04-30",
    )
    entries = book(text)
    definition_line = line_of(text, 'custom "convertible-note" ')
    accruals = note_transactions(entries, "accrual")
    # No entry on the adjust date.
    assert [txn.date for txn in accruals] == [
        day("2023-01-31"),
        day("2023-02-28"),
        day("2023-03-31"),
        day("2023-04-30"),
    ]
    # January 5,095.89; February: 59 days 9,698.630137 -> 9,698.63, entry 4,602.74
    assert postings(accruals[1])[EXPENSE] == D("4602.74")
    # March: 2023-03-01..2023-03-13, 13 days at 6 %:
    #          1,000,000 x 0.06 x 13/365 = 2,136.986301
    #        2023-03-14..2023-03-31, 18 days at 9 %:
    #          1,000,000 x 0.09 x 18/365 = 4,438.356164
    #   exact cumulative = 9,698.630137 + 6,575.342466 = 16,273.972603 -> 16,273.97
    #   entry = 16,273.97 - 9,698.63 = 6,575.34
    #   (rounding the two pieces apart would give 2,136.99 + 4,438.36 = 6,575.35)
    six = Fraction(6, 100)
    nine = Fraction(9, 100)
    exact = 1_000_000 * (six * 59 + six * 13 + nine * 18) / 365
    assert rhu(exact) - D("9698.63") == D("6575.34")
    assert_accrual(
        accruals[2], date="2023-03-31", start="2023-03-01", end="2023-03-31",
        days=31, amount="6575.34", lineno=definition_line,
    )  # fmt: skip
    # April at 9 %: 1,000,000 x 0.09 x 30/365 = 7,397.260274;
    #   cumulative 23,671.232877 -> 23,671.23; entry 23,671.23 - 16,273.97 = 7,397.26
    assert postings(accruals[3])[EXPENSE] == D("7397.26")


def test_split_between_two_accruals() -> None:
    # A 3-for-1 split on 2023-03-10: price 2.00 -> 0.6667, par 0.125 -> 0.0417.
    text = ledger(
        definition(),
        '2023-03-10 custom "convertible-note-adjust" "CN-2023-01"\n'
        "  conversion-price: 0.6667 USD\n"
        "  par-value: 0.0417 USD\n",
        '2023-04-12 custom "convertible-note-convert" "CN-2023-01" 123456.78 USD\n',
        through="2023-04-30",
    )
    entries = book(text)
    accruals = note_transactions(entries, "accrual")
    # The split changes no interest and posts nothing on 2023-03-10:
    #   02-28: 9,698.63 - 5,095.89 = 4,602.74
    #   03-31: 90 days 14,794.520548 -> 14,794.52; 14,794.52 - 9,698.63 = 5,095.89
    #   04-12: 101 days 16,602.739726 -> 16,602.74; 16,602.74 - 14,794.52 = 1,808.22
    assert [(txn.date, postings(txn)[EXPENSE]) for txn in accruals[:4]] == [
        (day("2023-01-31"), D("5095.89")),
        (day("2023-02-28"), D("4602.74")),
        (day("2023-03-31"), D("5095.89")),
        (day("2023-04-12"), D("1808.22")),
    ]
    # Conversion of 123,456.78 on 2023-04-12 (101 days):
    #   A = round_half_up(123,456.78 x 0.06 x 101/365 = 2,049.720786) = 2,049.72
    #   V = 125,506.50; shares = floor(125,506.50 / 0.6667 = 188,250.34) = 188,250
    #   S = round_half_up(188,250 x 0.6667 = 125,506.275) = 125,506.28
    #   capital = round_half_up(188,250 x 0.0417 = 7,850.025) = 7,850.03
    #   premium = 125,506.28 - 7,850.03 = 117,656.25
    #   cash in lieu = 125,506.50 - 125,506.28 = 0.22
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.meta["shares"] == 188250
    assert conversion.meta["conversion-price"] == Amount(D("0.6667"), USD)
    assert postings(conversion) == {
        CURRENT: D("123456.78"),
        INTEREST: D("2049.72"),
        CAPITAL: D("-7850.03"),
        PREMIUM: D("-117656.25"),
        CASH: D("-0.22"),
    }


def test_par_value_change_moves_value_from_capital_to_premium() -> None:
    text = ledger(
        definition(),
        '2023-03-01 custom "convertible-note-adjust" "CN-2023-01"\n'
        "  par-value: 0.10 USD\n",
        '2023-03-20 custom "convertible-note-convert" "CN-2023-01" 200000.00 USD\n',
        through="2023-03-31",
    )
    entries = book(text)
    # 2023-03-20 is 78 days after issue:
    #   event accrual: 1,000,000 x 0.06 x 78/365 = 12,821.917808 -> 12,821.92;
    #     12,821.92 - 9,698.63 = 3,123.29
    #   A = round_half_up(200,000 x 0.06 x 78/365 = 2,564.383562) = 2,564.38
    #   V = 202,564.38; shares = floor(101,282.19) = 101,282; S = 202,564.00
    #   capital = 101,282 x 0.10 = 10,128.20; premium = 192,435.80; lieu 0.38
    assert postings(only(on(note_transactions(entries, "accrual"), "2023-03-20")))[
        EXPENSE
    ] == D("3123.29")
    conversion = only(note_transactions(entries, "conversion"))
    assert conversion.meta["shares"] == 101282
    assert conversion.meta["conversion-price"] == Amount(D("2.00"), USD)
    assert postings(conversion) == {
        CURRENT: D("200000.00"),
        INTEREST: D("2564.38"),
        CAPITAL: D("-10128.20"),
        PREMIUM: D("-192435.80"),
        CASH: D("-0.38"),
    }


#: A conversion of 400,000.00 of the monthly-compounding note on 2023-03-10.
COMPOUNDING_CONVERSION = (
    '2023-03-10 custom "convertible-note-convert" "CN-2023-01" 400000.00 USD\n'
)


def interest_before_the_conversion() -> tuple[Fraction, Fraction, Fraction, Fraction]:
    """I1, I2, I3 and the balance B2 of the monthly-compounding note up to the
    conversion of ``COMPOUNDING_CONVERSION`` (compounding dates 02-01, 03-01,
    04-01)."""
    r = Fraction(6, 100)
    # [01-01, 02-01) 31 days: I1 = 1,000,000 x 0.06 x 31/365 = 5,095.890411
    i1 = 1_000_000 * r * 31 / 365
    # balance 1,005,095.890411; [02-01, 03-01) 28 days:
    #   I2 = 1,005,095.890411 x 0.06 x 28/365 = 4,626.194783
    b1 = 1_000_000 + i1
    i2 = b1 * r * 28 / 365
    # balance 1,009,722.085194; [03-01, 03-10) 9 days:
    #   I3 = 1,009,722.085194 x 0.06 x 9/365 = 1,493.835414
    b2 = b1 + i2
    i3 = b2 * r * 9 / 365
    return i1, i2, i3, b2


def test_conversion_scales_a_compounding_balance() -> None:
    text = ledger(
        definition(compounding="monthly"), COMPOUNDING_CONVERSION, through="2023-03-31"
    )
    entries = book(text)
    r = Fraction(6, 100)
    i1, i2, i3, b2 = interest_before_the_conversion()
    # exact accrued 11,215.920608 -> 11,215.92
    # A = round_half_up(11,215.920608 x 0.4 = 4,486.368243) = 4,486.37
    a = rhu((i1 + i2 + i3) * Fraction(4, 10))
    assert a == D("4486.37")
    # After the conversion the balance is 1,009,722.085194 x 0.6 = 605,833.251117
    # and the exact accrued 11,215.920608 x 0.6 = 6,729.552365 (posted unpaid
    # 11,215.92 - 4,486.37 = 6,729.55).  [03-10, 04-01) 22 days:
    #   I4 = 605,833.251117 x 0.06 x 22/365 = 2,190.958607
    #   cumulative 8,920.510972 -> 8,920.51; entry = 8,920.51 - 6,729.55 = 2,190.96
    # (subtracting 400,000 from the balance instead of scaling gives 2,205.02)
    i4 = b2 * Fraction(6, 10) * r * 22 / 365
    assert rhu((i1 + i2 + i3) * Fraction(6, 10) + i4) - D("6729.55") == D("2190.96")
    amounts = [
        (txn.date, postings(txn)[EXPENSE])
        for txn in note_transactions(entries, "accrual")
    ]
    # 01-31: 5,095.89; 02-28: 9,722.085194 -> 9,722.09, entry 4,626.20;
    # 03-10: 11,215.92 - 9,722.09 = 1,493.83
    assert amounts == [
        (day("2023-01-31"), D("5095.89")),
        (day("2023-02-28"), D("4626.20")),
        (day("2023-03-10"), D("1493.83")),
        (day("2023-03-31"), D("2190.96")),
    ]
    # V = 404,486.37; shares = floor(202,243.185) = 202,243; S = 404,486.00
    # capital = round_half_up(202,243 x 0.125 = 25,280.375) = 25,280.38
    # premium = 379,205.62; lieu 0.37
    assert postings(only(note_transactions(entries, "conversion"))) == {
        CURRENT: D("400000.00"),
        INTEREST: D("4486.37"),
        CAPITAL: D("-25280.38"),
        PREMIUM: D("-379205.62"),
        CASH: D("-0.37"),
    }


def test_interest_pending_at_a_conversion_compounds_at_the_next_date() -> None:
    # The note of the test above, one month further. The interest since the
    # 03-01 compounding date is scaled by 0.6 at the conversion and joins the
    # balance on 04-01 with the interest accrued after the conversion.
    text = ledger(
        definition(compounding="monthly"), COMPOUNDING_CONVERSION, through="2023-04-30"
    )
    r = Fraction(6, 100)
    i1, i2, i3, b2 = interest_before_the_conversion()
    i4 = b2 * Fraction(6, 10) * r * 22 / 365
    # Pending on 04-01: I3 x 0.6 + I4 = 896.301248 + 2,190.958607 = 3,087.259855;
    # balance 605,833.251117 + 3,087.259855 = 608,920.510972.
    b3 = b2 * Fraction(6, 10) + i3 * Fraction(6, 10) + i4
    assert rhu(b3) == D("608920.51")
    # [04-01, 05-01) 30 days: I5 = 608,920.510972 x 0.06 x 30/365 = 3,002.895671
    i5 = b3 * r * 30 / 365
    # cumulative unpaid 8,920.510972 + 3,002.895671 = 11,923.406642 -> 11,923.41;
    # entry = 11,923.41 - 8,920.51 = 3,002.90 (without the pending interest
    # in the balance it would be 2,987.67).
    assert rhu((i1 + i2 + i3) * Fraction(6, 10) + i4 + i5) == D("11923.41")
    april = on(note_transactions(book(text), "accrual"), "2023-04-30")
    assert postings(only(april)) == {EXPENSE: D("3002.90"), INTEREST: D("-3002.90")}


# --------------------------------------------------------------------------
# Extension and current / non-current.


def test_extension_on_the_maturity_date_keeps_the_note_alive() -> None:
    text = ledger(
        definition(maturity="2023-06-30"),
        '2023-06-30 custom "convertible-note-extend" "CN-2023-01" 2023-12-31\n',
        f'2023-08-15 * "Bank charges"\n  {FEES}  10.00 USD\n  {CASH}\n',
        through="2023-07-31",
    )
    entries = book(text)  # an entry after the old maturity, and no error
    # The extension itself posts nothing; interest runs on past 2023-06-30.
    assert {txn.meta["note-event"] for txn in note_transactions(entries)} == {
        "issue",
        "accrual",
    }
    july = only(on(note_transactions(entries, "accrual"), "2023-07-31"))
    # 1,000,000 x 0.06 x 212/365 = 34,849.315068 -> 34,849.32 (212 days to 07-31)
    # June: 181 days, 29,753.424658 -> 29,753.42
    # entry = 34,849.32 - 29,753.42 = 5,095.90
    assert july.meta["days"] == 31
    assert postings(july)[EXPENSE] == D("5095.90")


def test_extension_moves_principal_back_to_noncurrent() -> None:
    text = ledger(
        definition(issue="2023-01-10", maturity="2024-03-31", noncurrent=True),
        '2023-05-10 custom "convertible-note-convert" "CN-2023-01" 250000.00 USD\n',
        '2023-06-15 custom "convertible-note-extend" "CN-2023-01" 2025-12-31\n',
        through="2023-09-30",
    )
    entries = book(text)
    # Issue: maturity 2024-03-31 > 2023-01-10 + 12 months = 2024-01-10, so
    # non-current.
    issue = only(note_transactions(entries, "issue"))
    assert issue.date == day("2023-01-10")
    assert postings(issue) == {PROCEEDS: D("1000000.00"), NONCURRENT: D("-1000000.00")}
    # Month-ends:  2023-01-31 + 12 months = 2024-01-31 < 2024-03-31 non-current
    #              2023-02-28 -> 2024-02-29 < 2024-03-31 non-current
    #              2023-03-31 -> 2024-03-31 >= 2024-03-31 current: reclassify
    #              2023-04-30, 05-31: current, no change
    # 2023-06-15 extension to 2025-12-31:
    #              2023-06-30 -> 2024-06-30 < 2025-12-31 non-current: reclassify
    #              07-31, 08-31, 09-30: non-current, no change
    to_current, to_noncurrent = note_transactions(entries, "reclassification")
    assert to_current.date == day("2023-03-31")
    assert to_current.flag == "*"
    assert to_current.links == {NOTE}
    assert to_current.meta["note"] == NOTE
    assert postings(to_current) == {
        NONCURRENT: D("1000000.00"),
        CURRENT: D("-1000000.00"),
    }
    # The conversion debits the account then holding the principal (current).
    # 2023-05-10 is 120 days after 2023-01-10 (22 + 28 + 31 + 30 + 9):
    #   A = round_half_up(250,000 x 0.06 x 120/365 = 4,931.506849) = 4,931.51
    #   V = 254,931.51; shares = floor(127,465.755) = 127,465; S = 254,930.00
    #   capital = round_half_up(127,465 x 0.125 = 15,933.125) = 15,933.13
    #   premium = 238,996.87; lieu 1.51
    conversion = only(note_transactions(entries, "conversion"))
    assert postings(conversion) == {
        CURRENT: D("250000.00"),
        INTEREST: D("4931.51"),
        CAPITAL: D("-15933.13"),
        PREMIUM: D("-238996.87"),
        CASH: D("-1.51"),
    }
    # Back to non-current: the outstanding 1,000,000 - 250,000 = 750,000.00.
    assert to_noncurrent.date == day("2023-06-30")
    assert to_noncurrent.links == {NOTE}
    assert postings(to_noncurrent) == {
        CURRENT: D("750000.00"),
        NONCURRENT: D("-750000.00"),
    }
    assert total(entries, CURRENT) == 0
    assert total(entries, NONCURRENT) == D("-750000.00")


# --------------------------------------------------------------------------
# Settlement, with a non-current account: the principal (non-current at issue:
# 2024-12-31 is more than 12 months after every month-end up to 2023-06-30)
# is debited from non-current.
#
# On 2023-06-15 (165 days since issue): event accrual 2023-06-01..2023-06-14
#   exact = 1,000,000 x 0.06 x 165/365 = 27,123.287671 -> 27,123.29
#   May posted 151 days: 24,821.917808 -> 24,821.92; entry = 2,301.37
#   T = 1,000,000.00 + 27,123.29 = 1,027,123.29

SETTLE_CASES = {
    # cash: all T to cash, no shares.
    "cash": (
        "",
        0,
        {NONCURRENT: D("1000000.00"), INTEREST: D("27123.29"), CASH: D("-1027123.29")},
    ),
    # shares: V = T = 1,027,123.29; shares = floor(513,561.645) = 513,561
    #   S = 1,027,122.00; capital = round_half_up(513,561 x 0.125 = 64,195.125)
    #   = 64,195.13; premium = 1,027,122.00 - 64,195.13 = 962,926.87; lieu 1.29
    "shares": (
        "",
        513561,
        {
            NONCURRENT: D("1000000.00"),
            INTEREST: D("27123.29"),
            CAPITAL: D("-64195.13"),
            PREMIUM: D("-962926.87"),
            CASH: D("-1.29"),
        },
    ),
    # mixed, cash 100,000.00: V = 1,027,123.29 - 100,000.00 = 927,123.29
    #   shares = floor(463,561.645) = 463,561; S = 927,122.00
    #   capital = round_half_up(463,561 x 0.125 = 57,945.125) = 57,945.13
    #   premium = 927,122.00 - 57,945.13 = 869,176.87
    #   cash = 100,000.00 + lieu 1.29 = 100,001.29
    "mixed": (
        "  cash: 100000.00 USD\n",
        463561,
        {
            NONCURRENT: D("1000000.00"),
            INTEREST: D("27123.29"),
            CAPITAL: D("-57945.13"),
            PREMIUM: D("-869176.87"),
            CASH: D("-100001.29"),
        },
    ),
}


@pytest.mark.parametrize("kind", sorted(SETTLE_CASES))
def test_settlement(kind: str) -> None:
    cash_line, shares, expected = SETTLE_CASES[kind]
    text = ledger(
        definition(noncurrent=True),
        f'2023-06-15 custom "convertible-note-settle" "{NOTE}" "{kind}"\n{cash_line}',
        through="2023-08-31",
    )
    entries = book(text)
    event_line = line_of(text, "convertible-note-settle")
    accrual = only(on(note_transactions(entries, "accrual"), "2023-06-15"))
    assert_accrual(
        accrual, date="2023-06-15", start="2023-06-01", end="2023-06-14",
        days=14, amount="2301.37", lineno=event_line,
    )  # fmt: skip
    settlement = only(note_transactions(entries, "settlement"))
    assert_generated(settlement, "settlement", event_line)
    assert settlement.date == day("2023-06-15")
    assert settlement.meta["shares"] == shares
    assert settlement.meta["conversion-price"] == Amount(D("2.00"), USD)
    assert postings(settlement) == expected
    assert sum(expected.values()) == 0
    # Closed: nothing after 2023-06-15 (no 06-30, 07-31, 08-31 accruals).
    linked = [e for e in entries if NOTE in getattr(e, "links", set())]
    assert max(entry.date for entry in linked) == day("2023-06-15")
    assert note_transactions(entries, "reclassification") == []
    assert total(entries, NONCURRENT) == 0
    assert total(entries, INTEREST) == 0


def test_settlement_on_a_month_end_accrues_up_to_the_day_before() -> None:
    text = ledger(
        definition(),
        '2023-06-30 custom "convertible-note-settle" "CN-2023-01" "cash"\n',
        through="2023-07-31",
    )
    entries = book(text)
    event_line = line_of(text, "convertible-note-settle")
    # Event accrual 2023-06-01..2023-06-29 (29 days); 180 days since issue:
    #   1,000,000 x 0.06 x 180/365 = 29,589.041096 -> 29,589.04
    #   entry = 29,589.04 - 24,821.92 = 4,767.12
    # and no month-end accrual for 2023-06-30: the note closed that day.
    accrual = only(on(note_transactions(entries, "accrual"), "2023-06-30"))
    assert_accrual(
        accrual, date="2023-06-30", start="2023-06-01", end="2023-06-29",
        days=29, amount="4767.12", lineno=event_line,
    )  # fmt: skip
    # T = 1,000,000.00 + 29,589.04 = 1,029,589.04
    settlement = only(note_transactions(entries, "settlement"))
    assert postings(settlement) == {
        CURRENT: D("1000000.00"),
        INTEREST: D("29589.04"),
        CASH: D("-1029589.04"),
    }
    linked = [e for e in entries if NOTE in getattr(e, "links", set())]
    assert max(entry.date for entry in linked) == day("2023-06-30")


def test_settlement_after_a_partial_conversion() -> None:
    text = ledger(
        definition(),
        '2023-02-15 custom "convertible-note-convert" "CN-2023-01" 400000.00 USD\n',
        '2023-06-15 custom "convertible-note-settle" "CN-2023-01" "mixed"\n'
        "  cash: 50000.00 USD\n",
        through="2023-06-30",
    )
    entries = book(text)
    # Outstanding 600,000.00; 165 days since issue:
    #   exact unpaid = 600,000 x 0.06 x 165/365 = 16,273.972603 -> 16,273.97
    #   (posted by then: May-end 600,000 x 0.06 x 151/365 = 14,893.150685
    #   -> 14,893.15; event accrual 16,273.97 - 14,893.15 = 1,380.82)
    #   T = 600,000.00 + 16,273.97 = 616,273.97; V = T - 50,000.00 = 566,273.97
    #   shares = floor(283,136.985) = 283,136; S = 566,272.00
    #   capital = 283,136 x 0.125 = 35,392.00; premium = 530,880.00
    #   cash = 50,000.00 + lieu 1.97 = 50,001.97
    assert postings(only(on(note_transactions(entries, "accrual"), "2023-06-15")))[
        EXPENSE
    ] == D("1380.82")
    settlement = only(note_transactions(entries, "settlement"))
    assert settlement.meta["shares"] == 283136
    assert postings(settlement) == {
        CURRENT: D("600000.00"),
        INTEREST: D("16273.97"),
        CAPITAL: D("-35392.00"),
        PREMIUM: D("-530880.00"),
        CASH: D("-50001.97"),
    }


# --------------------------------------------------------------------------
# Property: random notes with random legal event sequences.

POLICIES = ("shares", "cash", "forfeit")


def month_end(date: datetime.date) -> datetime.date:
    following = datetime.date(date.year + date.month // 12, date.month % 12 + 1, 1)
    return following - datetime.timedelta(days=1)


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, object]:
    issue = draw(st.dates(datetime.date(2021, 1, 1), datetime.date(2026, 12, 31)))
    maturity = issue + datetime.timedelta(days=draw(st.integers(60, 1100)))
    principal = draw(st.integers(100_000, 1_000_000_000))  # cents
    rate = D(draw(st.integers(0, 2000))).scaleb(-4)
    price = draw(st.integers(50, 2000))  # cents
    par = D(draw(st.integers(0, price * 100))).scaleb(-4)
    events: list[tuple[str, datetime.date, int, str]] = []  # kind, date, cents, word
    outstanding = principal
    when = issue - datetime.timedelta(days=1)
    for _ in range(draw(st.integers(0, 3))):
        when += datetime.timedelta(days=draw(st.integers(1, 200)))
        if when > maturity:
            break
        if draw(st.integers(0, 4)) == 0:
            amount = outstanding
        else:
            amount = draw(st.integers(1, outstanding))
        events.append(("convert", when, amount, ""))
        outstanding -= amount
        if outstanding == 0:
            break
    if outstanding and draw(st.booleans()):
        when += datetime.timedelta(days=draw(st.integers(1, 200)))
        if when <= maturity:
            word = draw(st.sampled_from(("cash", "shares", "mixed")))
            cash = draw(st.integers(1, outstanding)) if word == "mixed" else 0
            events.append(("settle", when, cash, word))
    return {
        "issue": issue,
        "maturity": maturity,
        "principal": principal,
        "rate": rate,
        "price": price,
        "par": par,
        "policy": draw(st.sampled_from(POLICIES)),
        "noncurrent": draw(st.booleans()),
        "events": events,
    }


def cents(value: int) -> str:
    return str(D(value).scaleb(-2))


def _scenario_ledger(case: dict[str, object]) -> tuple[str, datetime.date | None]:
    """The ledger of a random scenario, and the day the note closes (if)."""
    issue: datetime.date = case["issue"]  # type: ignore[assignment]
    maturity: datetime.date = case["maturity"]  # type: ignore[assignment]
    principal = D(cents(case["principal"]))  # type: ignore[arg-type]
    price = D(cents(case["price"]))  # type: ignore[arg-type]
    par: Decimal = case["par"]  # type: ignore[assignment]
    policy: str = case["policy"]  # type: ignore[assignment]
    events: list[tuple[str, datetime.date, int, str]] = case["events"]  # type: ignore[assignment]

    body = [
        definition(
            issue=issue.isoformat(),
            principal=str(principal),
            rate=str(case["rate"]),
            maturity=maturity.isoformat(),
            price=str(price),
            par=str(par),
            policy=policy,
            noncurrent=bool(case["noncurrent"]),
        )
    ]
    for kind, when, amount, word in events:
        if kind == "convert":
            amount_text = f"{cents(amount)} USD"
            body.append(
                f'{when} custom "convertible-note-convert" "{NOTE}" {amount_text}\n'
            )
        else:
            cash = f"  cash: {cents(amount)} USD\n" if word == "mixed" else ""
            body.append(
                f'{when} custom "convertible-note-settle" "{NOTE}" "{word}"\n{cash}'
            )

    closed_on: datetime.date | None = None
    if events and (
        events[-1][0] == "settle"
        or sum(amount for kind, _, amount, _ in events if kind == "convert")
        == case["principal"]
    ):
        closed_on = events[-1][1]
    if closed_on is not None:
        through = month_end(closed_on + datetime.timedelta(days=70))
    else:  # stay on or before maturity: no "maturity passed" question
        through = month_end(maturity.replace(day=1) - datetime.timedelta(days=1))
    return ledger(*body, through=through.isoformat()), closed_on


def _check_event_entries(
    case: dict[str, object], entries: list[data.Directive], text: str
) -> Decimal:
    """Each conversion and settlement, by the closed form of simple interest;
    returns the principal they debit."""
    issue: datetime.date = case["issue"]  # type: ignore[assignment]
    principal = D(cents(case["principal"]))  # type: ignore[arg-type]
    rate = Fraction(case["rate"])  # type: ignore[call-overload]
    price = D(cents(case["price"]))  # type: ignore[arg-type]
    par: Decimal = case["par"]  # type: ignore[assignment]
    policy: str = case["policy"]  # type: ignore[assignment]
    events: list[tuple[str, datetime.date, int, str]] = case["events"]  # type: ignore[assignment]

    event_lines = [
        n for n, line in enumerate(text.splitlines(), 1) if "convertible-note-" in line
    ]
    # Walk the events in order, with the closed form of simple interest:
    # exact unpaid interest = outstanding x rate x (days since issue) / 365.
    conversions = note_transactions(entries, "conversion") + note_transactions(
        entries, "settlement"
    )
    assert len(conversions) == len(events)
    outstanding = principal
    principal_debited = D(0)
    for (kind, when, amount, word), lineno in zip(events, event_lines, strict=True):
        txn = only([t for t in conversions if t.meta["lineno"] == lineno])
        assert txn.date == when
        assert txn.meta["note-event"] == (
            "conversion" if kind == "convert" else "settlement"
        )
        booked = postings(txn)
        debit = booked.get(CURRENT, D(0)) + booked.get(NONCURRENT, D(0))
        interest = booked.get(INTEREST, D(0))
        elapsed = (when - issue).days
        shares = txn.meta["shares"]
        assert shares == int(shares)
        cash_part = D(0)
        premium_extra = D(0)
        if kind == "convert":
            converted = D(cents(amount))
            assert debit == converted
            a = rhu(Fraction(converted) * rate * elapsed / 365)
            assert interest == a
            value = converted + a
            if policy == "cash":
                value, cash_part = converted, a
            elif policy == "forfeit":
                value, premium_extra = converted, a
            outstanding -= converted
        else:
            owed = outstanding + rhu(Fraction(outstanding) * rate * elapsed / 365)
            assert debit == outstanding
            assert debit + interest == owed
            cash_part = {"cash": owed, "shares": D(0), "mixed": D(cents(amount))}[word]
            value = owed - cash_part
            outstanding = D(0)
        principal_debited += debit
        assert principal_debited <= principal
        assert txn.meta["conversion-price"] == Amount(price, USD)
        assert shares == math.floor(Fraction(value) / Fraction(price))
        share_value = rhu(Fraction(shares) * Fraction(price))
        capital = rhu(Fraction(shares) * Fraction(par))
        assert -booked.get(CAPITAL, D(0)) == capital
        assert -booked.get(PREMIUM, D(0)) == share_value - capital + premium_extra
        in_lieu = -booked.get(CASH, D(0)) - cash_part
        # shares x conversion price + cash in lieu = value converted
        assert share_value + in_lieu == value
        assert 0 <= in_lieu < price

    return principal_debited


def _check_accruals(case: dict[str, object], entries: list[data.Directive]) -> Decimal:
    """Every accrual leaves round_half_up(exact unpaid) posted and unpaid;
    returns what is posted and unpaid at the end."""
    issue: datetime.date = case["issue"]  # type: ignore[assignment]
    principal = D(cents(case["principal"]))  # type: ignore[arg-type]
    rate = Fraction(case["rate"])  # type: ignore[call-overload]

    conversions = note_transactions(entries, "conversion") + note_transactions(
        entries, "settlement"
    )
    paid = {  # interest paid by conversions, by (date, line)
        (t.date, t.meta["lineno"]): postings(t).get(INTEREST, D(0)) for t in conversions
    }
    chrono: list[tuple[tuple[datetime.date, int, int], data.Transaction]] = []
    for txn in note_transactions(entries, "accrual"):
        is_event_accrual = txn.meta["period-end"] < txn.date
        order = 0 if is_event_accrual else 2
        chrono.append(((txn.date, order, txn.meta["lineno"]), txn))
    for txn in conversions:
        chrono.append(((txn.date, 1, txn.meta["lineno"]), txn))
    chrono.sort(key=lambda item: item[0])
    posted_unpaid = D(0)
    outstanding = principal
    for _key, txn in chrono:
        if txn.meta["note-event"] == "accrual":
            posted_unpaid += postings(txn)[EXPENSE]
            covered = (txn.meta["period-end"] - issue).days + 1
            assert (
                txn.meta["days"]
                == (txn.meta["period-end"] - txn.meta["period-start"]).days + 1
            )
            assert posted_unpaid == rhu(Fraction(outstanding) * rate * covered / 365)
        else:
            posted_unpaid -= paid[(txn.date, txn.meta["lineno"])]
            outstanding -= postings(txn).get(CURRENT, D(0)) + postings(txn).get(
                NONCURRENT, D(0)
            )

    return posted_unpaid


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(scenarios())
def test_random_event_sequences(case: dict[str, object]) -> None:
    principal = D(cents(case["principal"]))  # type: ignore[arg-type]
    text, closed_on = _scenario_ledger(case)
    entries = book(text)
    # Every generated transaction balances to exactly zero.
    for txn in note_transactions(entries):
        assert sum(postings(txn).values()) == 0, txn
    principal_debited = _check_event_entries(case, entries, text)
    posted_unpaid = _check_accruals(case, entries)
    if closed_on is not None:
        assert principal_debited == principal
        assert posted_unpaid == 0
        linked = [e for e in entries if NOTE in getattr(e, "links", set())]
        assert all(entry.date <= closed_on for entry in linked)
        for txn in note_transactions(entries, "accrual"):
            assert txn.meta["period-end"] < closed_on
        assert total(entries, CURRENT) == 0
        assert total(entries, NONCURRENT) == 0
        assert total(entries, INTEREST) == 0
